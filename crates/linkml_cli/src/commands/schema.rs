//! `linkml schema ...`: what a schema derives to.

use clap::Subcommand;
use linkml_derive::{InducedSlot, SchemaView};

use crate::json::JsonWriter;
use crate::pipeline::{self, Failure, SchemaArgs};

#[derive(Subcommand)]
pub enum SchemaCommand {
    /// Print every class's ancestors, identifier and induced slots, every enum and type, as JSON
    /// (the values linkml-runtime's SchemaView derives).
    Induced(SchemaArgs),
}

pub fn run(command: SchemaCommand) -> Result<(), Failure> {
    match command {
        SchemaCommand::Induced(args) => {
            let loaded = pipeline::load(&args)?;
            let view = SchemaView::new(&loaded.set);
            print!("{}", induced_json(&view));
            // The process ends next; freeing every node of a large schema only costs time.
            std::mem::forget(view);
            std::mem::forget(loaded);
            Ok(())
        }
    }
}

/// The `linkml schema induced` document: classes, enums and types in SchemaView's order.
pub fn induced_json(view: &SchemaView) -> String {
    let mut json = JsonWriter::new();
    json.begin_object();
    json.field_str("name", Some(view.name()));
    json.key("classes");
    json.begin_array();
    for name in view.all_classes().keys() {
        class_json(&mut json, view, name);
    }
    json.end_array();
    json.key("enums");
    json.begin_array();
    for (name, definition) in view.all_enums() {
        json.begin_object();
        json.field_str("name", Some(name));
        json.key("permissible_values");
        json.strings(definition.permissible_values.keys().map(String::as_str));
        json.end_object();
    }
    json.end_array();
    json.key("types");
    json.begin_array();
    for (name, definition) in view.all_types() {
        json.begin_object();
        json.field_str("name", Some(name));
        json.field_str("typeof", definition.str("typeof"));
        json.field_str("base", view.induced_type_field(name, "base"));
        json.end_object();
    }
    json.end_array();
    json.end_object();
    json.finish()
}

fn class_json<'a>(json: &mut JsonWriter, view: &SchemaView<'a>, name: &'a str) {
    let element = &view.all_classes()[name].element;
    let induced = view.class_induced_slots(name);
    json.begin_object();
    json.field_str("name", Some(name));
    json.field_str("is_a", element.str("is_a"));
    json.key("mixins");
    json.strings(element.list("mixins").iter().map(|t| t.as_str()));
    json.field_bool("abstract", element.is("abstract"));
    json.field_bool("mixin", element.is("mixin"));
    json.field_str("identifier_slot", view.get_identifier_slot(&induced).map(|s| s.name));
    json.key("induced_slots");
    json.begin_array();
    for slot in &induced {
        slot_json(json, slot);
    }
    json.end_array();
    json.end_object();
}

fn slot_json(json: &mut JsonWriter, slot: &InducedSlot) {
    json.begin_object();
    json.field_str("name", Some(slot.name));
    json.field_str("alias", slot.alias());
    json.field_str("range", slot.range());
    for flag in [
        "required",
        "multivalued",
        "identifier",
        "key",
        "inlined",
        "inlined_as_list",
    ] {
        json.field_bool(flag, slot.is(flag));
    }
    json.end_object();
}
