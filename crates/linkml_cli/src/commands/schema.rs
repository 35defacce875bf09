//! `linkml schema ...`: what a schema derives to.

use clap::Subcommand;
use linkml_derive::{InducedSlot, SchemaView};
use serde_json::{json, Value};

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
            println!("{}", to_pretty_json(&induced_json(&view)));
            Ok(())
        }
    }
}

fn to_pretty_json(value: &Value) -> String {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    serde::Serialize::serialize(value, &mut serializer).expect("JSON values always serialize");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

pub fn induced_json(view: &SchemaView) -> Value {
    let classes: Vec<Value> = view
        .all_classes()
        .iter()
        .map(|(name, class)| {
            let induced = view.class_induced_slots(name);
            let element = &class.element;
            json!({
                "name": name,
                "is_a": element.str("is_a"),
                "mixins": element.list("mixins").iter().map(|t| t.as_str()).collect::<Vec<_>>(),
                "abstract": element.is("abstract"),
                "mixin": element.is("mixin"),
                "identifier_slot": view.get_identifier_slot(&induced).map(|s| s.name),
                "induced_slots": induced.iter().map(slot_json).collect::<Vec<_>>(),
            })
        })
        .collect();
    let enums: Vec<Value> = view
        .all_enums()
        .iter()
        .map(|(name, e)| json!({"name": name, "permissible_values": e.permissible_values.keys().collect::<Vec<_>>()}))
        .collect();
    let types: Vec<Value> = view
        .all_types()
        .iter()
        .map(
            |(name, t)| json!({"name": name, "typeof": t.str("typeof"), "base": view.induced_type_field(name, "base")}),
        )
        .collect();
    json!({"name": view.name(), "classes": classes, "enums": enums, "types": types})
}

fn slot_json(slot: &InducedSlot) -> Value {
    json!({
        "name": slot.name,
        "alias": slot.alias(),
        "range": slot.range(),
        "required": slot.is("required"),
        "multivalued": slot.is("multivalued"),
        "identifier": slot.is("identifier"),
        "key": slot.is("key"),
        "inlined": slot.is("inlined"),
        "inlined_as_list": slot.is("inlined_as_list"),
    })
}
