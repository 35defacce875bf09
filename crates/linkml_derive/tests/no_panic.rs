//! Random schemas, valid or not (undefined parents, cycles, unknown slots and ranges), go
//! through resolve, validation and every derivation without a panic.

use linkml_derive::SchemaView;
use linkml_diagnostics::{Diagnostics, SourceMap};
use proptest::prelude::*;

const NAMES: &[&str] = &["A", "B", "C", "D", "Missing"];
const SLOTS: &[&str] = &["s1", "s2", "s 3", "ghost"];

fn name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(NAMES)
}

fn slot() -> impl Strategy<Value = &'static str> {
    prop::sample::select(SLOTS)
}

fn flags() -> impl Strategy<Value = String> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), name()).prop_map(|(id, key, multi, inl, range)| {
        format!("identifier: {id}, key: {key}, multivalued: {multi}, inlined_as_list: {inl}, range: {range}")
    })
}

fn class() -> impl Strategy<Value = String> {
    (
        prop::option::of(name()),
        prop::collection::vec(name(), 0..3),
        prop::collection::vec(slot(), 0..3),
        prop::collection::vec((slot(), flags()), 0..2),
        prop::collection::vec((slot(), flags()), 0..2),
    )
        .prop_map(|(is_a, mixins, slots, attributes, usage)| {
            let mut text = String::new();
            if let Some(parent) = is_a {
                text += &format!("    is_a: {parent}\n");
            }
            text += &format!(
                "    mixins: [{}]\n    slots: [{}]\n",
                mixins.join(", "),
                slots.join(", ")
            );
            text += "    attributes:\n";
            for (name, body) in attributes {
                text += &format!("      {name}: {{{body}}}\n");
            }
            text += "    slot_usage:\n";
            for (name, body) in usage {
                text += &format!("      {name}: {{{body}}}\n");
            }
            text
        })
}

fn schema() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(class(), 1..5),
        prop::collection::vec((slot(), prop::option::of(slot()), flags()), 0..4),
    )
        .prop_map(|(classes, slots)| {
            let mut text = String::from("id: https://example.org/p\nname: p\nimports: [linkml:types]\nclasses:\n");
            for (body, class_name) in classes.iter().zip(NAMES) {
                text += &format!("  {class_name}:\n{body}");
            }
            text += "slots:\n";
            for (name, parent, body) in slots {
                let parent = parent.map(|p| format!("is_a: {p}, ")).unwrap_or_default();
                text += &format!("  {name}: {{{parent}{body}}}\n");
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn derivation_never_panics(text in schema()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.yaml");
        std::fs::write(&path, &text).unwrap();
        let mut map = SourceMap::new();
        let mut diags = Diagnostics::new();
        if let Some(set) = linkml_resolve::resolve(&path, &Default::default(), &mut map, &mut diags) {
            let view = SchemaView::new(&set);
            let _ = view.validate().render(&map);
            for name in view.all_classes().keys() {
                let induced = view.class_induced_slots(name);
                let _ = view.get_identifier_slot(&induced);
            }
            for name in view.all_types().keys() {
                let _ = view.induced_type_field(name, "base");
            }
        }
    }
}
