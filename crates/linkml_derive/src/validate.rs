//! Checks that make SchemaView fail or silently guess: undefined parents, cycles, unknown slots
//! and ranges, stray `slot_usage`, and names defined twice across imports.
//!
//! What Python linkml rejects (with an exception) is an error here; what it tolerates is a
//! warning, so that output stays the same as linkml's.

use linkml_diagnostics::{did_you_mean, Diagnostic, Diagnostics};
use linkml_load::OrderedMap;
use linkml_load::{ClassDef, Element, Text};

use crate::SchemaView;

pub fn validate(view: &SchemaView) -> Diagnostics {
    let mut diags = Diagnostics::new();
    duplicate_definitions(view, &mut diags);
    for (name, class) in view.all_classes() {
        class_parents(view, class, &mut diags);
        class_slot_references(view, name, class, &mut diags);
    }
    inheritance_cycles(view, &mut diags);
    for slot in all_slot_definitions(view) {
        slot_parents(view, slot, &mut diags);
        unknown_range(view, slot, &mut diags);
    }
    for (_, def) in view.all_types() {
        undefined_typeof(view, def, &mut diags);
    }
    diags
}

fn all_slot_definitions<'a>(view: &SchemaView<'a>) -> Vec<&'a Element> {
    let in_classes = view
        .all_classes()
        .values()
        .flat_map(|c| c.attributes.values().chain(c.slot_usage.values()));
    view.schema_slots().values().copied().chain(in_classes).collect()
}

fn undefined(kind: &str, name: &Text, role: &str) -> Diagnostic {
    Diagnostic::error(format!(
        "{role} `{}` names no {kind} in the schema or its imports",
        name.value
    ))
    .at(name.span, format!("undefined {kind}"))
}

fn with_suggestion<'k>(
    diagnostic: Diagnostic,
    word: &str,
    candidates: impl IntoIterator<Item = &'k str>,
    fallback: &str,
) -> Diagnostic {
    match did_you_mean(word, candidates) {
        Some(s) => diagnostic.help(format!("did you mean `{s}`?")),
        None => diagnostic.help(fallback.to_string()),
    }
}

fn class_parents(view: &SchemaView, class: &ClassDef, diags: &mut Diagnostics) {
    let is_a = class.element.text("is_a").into_iter().map(|t| ("is_a", t));
    let mixins = class.element.list("mixins").iter().cloned().map(|t| ("mixin", t));
    for (role, parent) in is_a.chain(mixins) {
        if view.get_class(&parent.value).is_none() {
            let d = undefined("class", &parent, role);
            diags.push(with_suggestion(
                d,
                &parent.value,
                view.all_classes().keys().copied(),
                "define the class, or import the schema that defines it",
            ));
        }
    }
}

fn slot_parents(view: &SchemaView, slot: &Element, diags: &mut Diagnostics) {
    let is_a = slot.text("is_a").into_iter().map(|t| ("is_a", t));
    let mixins = slot.list("mixins").iter().cloned().map(|t| ("mixin", t));
    for (role, parent) in is_a.chain(mixins) {
        if view.get_slot(&parent.value).is_none() {
            let d = undefined("slot", &parent, role);
            diags.push(with_suggestion(
                d,
                &parent.value,
                view.schema_slots().keys().copied(),
                "define the slot under `slots:`",
            ));
        }
    }
}

fn undefined_typeof(view: &SchemaView, def: &Element, diags: &mut Diagnostics) {
    if let Some(parent) = def.text("typeof") {
        if view.get_type(&parent.value).is_none() {
            let d = undefined("type", &parent, "typeof");
            diags.push(with_suggestion(
                d,
                &parent.value,
                view.all_types().keys().copied(),
                "import `linkml:types` or define the type",
            ));
        }
    }
}

fn class_slot_references<'a>(view: &SchemaView<'a>, name: &'a str, class: &'a ClassDef, diags: &mut Diagnostics) {
    if view.get_class(name).is_none_or(|c| !std::ptr::eq(c, class)) {
        return;
    }
    let known: Vec<&str> = view.class_slots(name);
    for slot in class.element.list("slots") {
        if !view.has_slot_definition(&slot.value, name) {
            let d = Diagnostic::error(format!(
                "class `{name}` uses slot `{}`, which is not defined",
                slot.value
            ))
            .at(slot.span, "undefined slot");
            diags.push(with_suggestion(
                d,
                &slot.value,
                view.schema_slots().keys().copied(),
                "define it under `slots:`, or as an attribute of the class",
            ));
        }
    }
    for key in class.unique_keys.values() {
        if key.slots.is_empty() {
            diags.push(
                Diagnostic::error(format!(
                    "unique key `{}` of class `{name}` names no slots",
                    key.name.value
                ))
                .at(key.name.span, "no `unique_key_slots`")
                .help("list the slots under `unique_key_slots:` (linkml requires them)"),
            );
        }
        for slot in key.slots.iter().filter(|s| !known.contains(&s.value.as_str())) {
            let d = Diagnostic::error(format!(
                "unique key `{}` of class `{name}` names `{}`, which the class does not have",
                key.name.value, slot.value
            ))
            .at(slot.span, "not one of the class's slots");
            diags.push(with_suggestion(
                d,
                &slot.value,
                known.iter().copied(),
                "name the class's own or inherited slots (linkml drops such a key without a word)",
            ));
        }
    }
    for (slot, usage) in &class.slot_usage {
        // A class's slot_usage also refines the slot in every class below it (mixins above all).
        if !known.contains(&slot.as_str()) && !used_below(view, name, slot) {
            let d = Diagnostic::warning(format!(
                "`slot_usage` of class `{name}` refines `{slot}`, which the class does not have"
            ))
            .at(usage.name.span, "not one of the class's slots; linkml ignores this");
            diags.push(with_suggestion(
                d,
                slot,
                known.iter().copied(),
                "add the slot to the class's `slots:` list, or remove this entry",
            ));
        }
    }
}

/// The kind of the warning for a range that names nothing (see [`Diagnostic::about`]).
pub const UNKNOWN_RANGE: &str = "unknown-range";

/// Whether a class that has `class` among its ancestors has the slot.
fn used_below<'a>(view: &SchemaView<'a>, class: &str, slot: &str) -> bool {
    view.all_classes().keys().any(|&other| {
        other != class && view.class_ancestors(other).contains(&class) && view.class_slots(other).contains(&slot)
    })
}

fn unknown_range(view: &SchemaView, slot: &Element, diags: &mut Diagnostics) {
    let Some(range) = slot.text("range") else {
        return;
    };
    let name = range.value.as_str();
    if view.get_class(name).is_some() || view.get_type(name).is_some() || view.get_enum(name).is_some() {
        return;
    }
    let candidates = view
        .all_classes()
        .keys()
        .chain(view.all_types().keys())
        .chain(view.all_enums().keys())
        .copied();
    let d = Diagnostic::warning(format!(
        "range `{name}` of slot `{}` names no class, type or enum",
        slot.name()
    ))
    .at(range.span, "unknown range; linkml treats it as a string")
    .about(UNKNOWN_RANGE, name);
    diags.push(with_suggestion(
        d,
        name,
        candidates,
        "define it, import it (for example `linkml:types`), or fix the name",
    ));
}

/// Reports each `is_a`/mixin cycle once, from an iterative depth-first search (deep
/// hierarchies must not exhaust the stack).
fn inheritance_cycles(view: &SchemaView, diags: &mut Diagnostics) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Unseen,
        OnPath,
        Done,
    }
    let classes = view.all_classes();
    let mut marks = vec![Mark::Unseen; classes.len()];
    for start in 0..classes.len() {
        if marks[start] != Mark::Unseen {
            continue;
        }
        // Each frame: a class index and the parents still to visit.
        let mut stack: Vec<(usize, Vec<usize>)> = vec![(start, parent_indexes(view, start))];
        marks[start] = Mark::OnPath;
        while let Some((node, pending)) = stack.last_mut() {
            let node = *node;
            let Some(parent) = pending.pop() else {
                marks[node] = Mark::Done;
                stack.pop();
                continue;
            };
            match marks[parent] {
                Mark::Unseen => {
                    marks[parent] = Mark::OnPath;
                    stack.push((parent, parent_indexes(view, parent)));
                }
                Mark::OnPath => {
                    let from = stack.iter().position(|(n, _)| *n == parent).unwrap_or(0);
                    let cycle: Vec<usize> = stack[from..].iter().map(|(n, _)| *n).collect();
                    report_cycle(view, &cycle, diags);
                }
                Mark::Done => {}
            }
        }
    }
}

fn parent_indexes(view: &SchemaView, index: usize) -> Vec<usize> {
    let (name, _) = view.all_classes().get_index(index).expect("index from the same map");
    let mut parents: Vec<usize> = view
        .class_parents(name)
        .iter()
        .filter_map(|p| view.all_classes().get_index_of(*p))
        .collect();
    parents.reverse();
    parents
}

fn report_cycle(view: &SchemaView, cycle: &[usize], diags: &mut Diagnostics) {
    let names: Vec<&str> = cycle
        .iter()
        .map(|i| *view.all_classes().get_index(*i).expect("valid index").0)
        .collect();
    let class = view.all_classes()[names[0]];
    let span = class.element.text("is_a").map_or(class.element.name.span, |t| t.span);
    let shown = names
        .iter()
        .chain(names.first())
        .copied()
        .collect::<Vec<_>>()
        .join(" → ");
    diags.push(
        Diagnostic::error(format!("inheritance cycle: {shown}"))
            .at(span, "this class is its own ancestor")
            .help("remove one `is_a` or mixin so that the hierarchy has a root"),
    );
}

/// Names defined in more than one schema of the closure: linkml keeps the last silently.
/// The kind of the warning for an element defined in two schemas (see [`Diagnostic::about`]).
pub const DEFINED_TWICE: &str = "defined-twice";

fn duplicate_definitions(view: &SchemaView, diags: &mut Diagnostics) {
    let mut seen: OrderedMap<(&str, &str), &Text> = OrderedMap::default();
    for loaded in &view.set.schemas {
        let schema = &loaded.schema;
        let elements = schema
            .classes
            .values()
            .map(|c| ("class", &c.element.name))
            .chain(schema.slots.values().map(|s| ("slot", &s.name)))
            .chain(schema.enums.values().map(|e| ("enum", &e.element.name)))
            .chain(schema.types.values().map(|t| ("type", &t.name)));
        for (kind, name) in elements {
            if let Some(first) = seen.insert((kind, name.value.as_str()), name) {
                diags.push(
                    Diagnostic::warning(format!("{kind} `{}` is defined in two schemas", name.value))
                        .at(name.span, "this definition wins, as in linkml")
                        .related(first.span, "also defined here")
                        .help("rename one of them, or remove the copy")
                        .about(DEFINED_TWICE, name.value.clone()),
                );
            }
        }
    }
}
