//! `SchemaView.induced_slot`: a slot's values in the context of one class.

use linkml_diagnostics::Span;
use linkml_load::OrderedMap;
use linkml_load::{Annotation, Prop, PropValue, SlotDef, Text};

use crate::SchemaView;
use linkml_naming::underscore;

/// The metaslots that a slot takes from its `is_a`/mixin ancestors
/// (`SlotDefinition._inherited_slots` in linkml-runtime 1.12.1).
const INHERITED: &[&str] = &[
    "domain",
    "inherited",
    "readonly",
    "ifabsent",
    "list_elements_unique",
    "list_elements_ordered",
    "shared",
    "key",
    "identifier",
    "designates_type",
    "role",
    "relational_role",
    "range",
    "required",
    "recommended",
    "multivalued",
    "inlined",
    "inlined_as_list",
    "minimum_value",
    "maximum_value",
    "pattern",
    "structured_pattern",
    "value_presence",
    "equals_string",
    "equals_string_in",
    "equals_number",
    "equals_expression",
    "exact_cardinality",
    "minimum_cardinality",
    "maximum_cardinality",
    "array",
];

/// One metaslot value of an induced slot: read from a definition, or set by SchemaView's rules.
#[derive(Clone, Copy, Debug)]
pub enum Val<'a> {
    Prop(&'a Prop),
    Bool(bool),
    Text(&'a str),
}

impl<'a> Val<'a> {
    pub fn as_bool(self) -> Option<bool> {
        match self {
            Val::Bool(b)
            | Val::Prop(&Prop {
                value: PropValue::Bool(b),
                ..
            }) => Some(b),
            _ => None,
        }
    }

    pub fn as_str(self) -> Option<&'a str> {
        match self {
            Val::Text(s) => Some(s),
            Val::Prop(Prop {
                value: PropValue::Text(s),
                ..
            }) => Some(s),
            _ => None,
        }
    }

    pub fn span(self) -> Option<Span> {
        match self {
            Val::Prop(prop) => Some(prop.span),
            _ => None,
        }
    }

    /// The value's text where it is a number (`minimum_value: 10`, `"1.5"`), as written.
    pub fn number_text(self) -> Option<&'a str> {
        let text = match self {
            Val::Prop(Prop {
                value: PropValue::Node(node),
                ..
            }) => node.as_scalar().map(|s| s.text.as_str()),
            Val::Prop(Prop {
                value: PropValue::Text(text),
                ..
            }) => Some(text.as_str()),
            _ => None,
        }?;
        text.trim()
            .parse::<f64>()
            .is_ok_and(f64::is_finite)
            .then_some(text.trim())
    }

    fn number(self) -> Option<f64> {
        match self {
            Val::Prop(Prop {
                value: PropValue::Node(node),
                ..
            }) => node.as_scalar()?.text.parse().ok(),
            Val::Prop(Prop {
                value: PropValue::Text(text),
                ..
            }) => text.parse().ok(),
            _ => None,
        }
    }
}

/// Python truthiness of a metaslot value, which decides slot-ancestor inheritance.
fn is_truthy(prop: &Prop) -> bool {
    match &prop.value {
        PropValue::Bool(b) => *b,
        PropValue::Text(s) => !s.is_empty() && (s.parse::<f64>() != Ok(0.0)),
        PropValue::List(items) => !items.is_empty(),
        PropValue::Node(node) => match &node.value {
            linkml_load::yaml::Value::Scalar(s) => !s.is_null() && (s.text.parse::<f64>() != Ok(0.0)),
            linkml_load::yaml::Value::Seq(items) => !items.is_empty(),
            linkml_load::yaml::Value::Map(entries) => !entries.is_empty(),
        },
    }
}

/// linkml's `is_empty`: only empty lists and mappings count (not `false` or `0`).
fn is_empty(prop: &Prop) -> bool {
    match &prop.value {
        PropValue::List(items) => items.is_empty(),
        PropValue::Node(node) => match &node.value {
            linkml_load::yaml::Value::Seq(items) => items.is_empty(),
            linkml_load::yaml::Value::Map(entries) => entries.is_empty(),
            linkml_load::yaml::Value::Scalar(s) => s.is_null(),
        },
        _ => false,
    }
}

/// A slot as seen from one class: `SchemaView.induced_slot(slot, class)`.
#[derive(Clone, Debug)]
pub struct InducedSlot<'a> {
    pub name: &'a str,
    /// The name the class lists the slot under; it differs from `name` only when linkml maps an
    /// underscored name back to the slot (`sample_code` for `sample-code`).
    pub listed_as: &'a str,
    pub definition: &'a SlotDef,
    values: Vec<(&'a str, Val<'a>)>,
    pub annotations: &'a OrderedMap<String, Annotation>,
    alias: Option<String>,
}

impl<'a> InducedSlot<'a> {
    fn new(definition: &'a SlotDef) -> Self {
        let values = definition
            .props
            .iter()
            .map(|(k, p)| (k.as_str(), Val::Prop(p)))
            .collect();
        InducedSlot {
            name: definition.name(),
            listed_as: definition.name(),
            definition,
            values,
            annotations: &definition.annotations,
            alias: None,
        }
    }

    pub fn get(&self, key: &str) -> Option<Val<'a>> {
        self.values.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    fn set(&mut self, key: &'a str, value: Val<'a>) {
        match self.values.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = value,
            None => self.values.push((key, value)),
        }
    }

    pub fn is(&self, key: &str) -> bool {
        self.get(key).and_then(Val::as_bool).unwrap_or(false)
    }

    pub fn str(&self, key: &str) -> Option<&'a str> {
        self.get(key).and_then(Val::as_str)
    }

    pub fn list(&self, key: &str) -> &'a [Text] {
        match self.get(key) {
            Some(Val::Prop(Prop {
                value: PropValue::List(items),
                ..
            })) => items,
            _ => &[],
        }
    }

    pub fn range(&self) -> Option<&'a str> {
        self.str("range")
    }

    /// The declared alias, else the underscored name when that differs from the name.
    pub fn alias(&self) -> Option<&str> {
        self.alias.as_deref()
    }

    /// The column name linkml uses: the alias if set, otherwise the name.
    pub fn column_name(&self) -> &str {
        self.alias().unwrap_or(self.name)
    }

    fn inherit_from_slot_ancestor(&mut self, ancestor: &'a SlotDef) {
        for (key, prop) in &ancestor.props {
            if INHERITED.contains(&key.as_str()) && is_truthy(prop) {
                self.set(key, Val::Prop(prop));
            }
        }
    }

    fn apply_slot_usage(&mut self, usage: &'a SlotDef) {
        for (key, prop) in &usage.props {
            let key = key.as_str();
            let new = Val::Prop(prop);
            match self.get(key) {
                None => self.set(key, new),
                Some(old) if key == "maximum_value" || key == "minimum_value" => self.set(key, combine(key, old, new)),
                Some(_) if !is_empty(prop) => self.set(key, new),
                Some(_) => {}
            }
        }
        if !usage.annotations.is_empty() {
            self.annotations = &usage.annotations;
        }
    }

    fn finish(&mut self, default_range: Option<&'a str>, slot_name: &str) {
        if self.get("range").is_none() {
            if let Some(range) = default_range {
                self.set("range", Val::Text(range));
            }
        }
        if self.is("inlined_as_list") {
            self.set("inlined", Val::Bool(true));
        }
        if self.is("identifier") || self.is("key") {
            self.set("required", Val::Bool(true));
        }
        self.alias = self
            .str("alias")
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .or_else(|| {
                let underscored = underscore(slot_name);
                (underscored != self.name).then_some(underscored)
            });
    }
}

/// `maximum_value` keeps the smaller bound and `minimum_value` the larger one.
fn combine<'a>(key: &str, old: Val<'a>, new: Val<'a>) -> Val<'a> {
    match (old.number(), new.number()) {
        (Some(a), Some(b)) if (key == "maximum_value") == (b < a) => new,
        (Some(_), Some(_)) => old,
        _ => new,
    }
}

impl<'a> SchemaView<'a> {
    /// `induced_slot(slot_name, class_name)`; `None` when no definition exists (reported by
    /// validation).
    pub fn induced_slot(&self, slot_name: &'a str, class_name: &'a str) -> Option<InducedSlot<'a>> {
        let ancestors = self.class_ancestors(class_name);
        let attribute = ancestors
            .iter()
            .find_map(|a| self.get_class(a)?.attributes.get(slot_name));
        let definition = match attribute.or_else(|| self.schema_slots().get(slot_name).copied()) {
            Some(definition) => definition,
            None => {
                return self
                    .canonical_slot_name(slot_name)
                    .and_then(|name| self.induced_slot(name, class_name))
                    .map(|slot| InducedSlot {
                        listed_as: slot_name,
                        ..slot
                    })
            }
        };
        let mut slot = match attribute {
            Some(attribute) => InducedSlot::new(attribute),
            None => self.schema_slot_with_inheritance(slot_name, definition),
        };
        for ancestor in ancestors.iter().rev() {
            if let Some(usage) = self.get_class(ancestor).and_then(|c| c.slot_usage.get(slot_name)) {
                slot.apply_slot_usage(usage);
            }
        }
        slot.finish(self.default_range(), slot_name);
        Some(slot)
    }

    /// A schema slot with what it inherits from its slot ancestors (cached: class-independent).
    fn schema_slot_with_inheritance(&self, slot_name: &'a str, definition: &'a SlotDef) -> InducedSlot<'a> {
        if let Some(cached) = self.slot_base_cache.borrow().get(slot_name) {
            return cached.clone();
        }
        let mut slot = InducedSlot::new(definition);
        for ancestor in self.slot_ancestors(slot_name).into_iter().rev() {
            if let Some(ancestor) = self.schema_slots().get(ancestor) {
                slot.inherit_from_slot_ancestor(ancestor);
            }
        }
        self.slot_base_cache.borrow_mut().insert(slot_name, slot.clone());
        slot
    }

    /// Whether `induced_slot(slot_name, class_name)` finds a definition.
    pub fn has_slot_definition(&self, slot_name: &str, class_name: &'a str) -> bool {
        self.schema_slots().contains_key(slot_name)
            || self
                .class_ancestors(class_name)
                .iter()
                .any(|a| self.get_class(a).is_some_and(|c| c.attributes.contains_key(slot_name)))
            || self.canonical_slot_name(slot_name).is_some()
    }

    /// `slot_name_mappings`: a slot whose underscored name is `name` (the last such slot).
    fn canonical_slot_name(&self, name: &str) -> Option<&'a str> {
        let attributes = self.all_classes().values().flat_map(|c| c.attributes.values());
        self.schema_slots()
            .values()
            .copied()
            .chain(attributes)
            .rfind(|s| underscore(s.name()) == name && s.name() != name)
            .map(|s| s.name())
    }
}
