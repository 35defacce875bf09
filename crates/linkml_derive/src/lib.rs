//! Stage 3 of the pipeline: linkml-runtime 1.12.1's `SchemaView` semantics over a resolved
//! schema set: merged element maps, ancestors, induced slots, identifiers and induced types.

mod closure;
mod induced;

mod validate;

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::rc::Rc;

use linkml_diagnostics::Diagnostics;
use linkml_load::OrderedMap;
use linkml_load::{ClassDef, Element, EnumDef, SlotDef, TypeDef};
use linkml_resolve::SchemaSet;

pub use induced::{InducedSlot, Val};
pub use linkml_naming::underscore;
pub use validate::UNKNOWN_RANGE;

/// Read-only view over a schema and its imports, as SchemaView with `imports=True`.
pub struct SchemaView<'a> {
    pub set: &'a SchemaSet,
    classes: OrderedMap<&'a str, &'a ClassDef>,
    slots: OrderedMap<&'a str, &'a SlotDef>,
    enums: OrderedMap<&'a str, &'a EnumDef>,
    types: OrderedMap<&'a str, &'a TypeDef>,
    /// Attributes by name across all classes, for `get_slot(attributes=True)`.
    attributes: OrderedMap<&'a str, Vec<&'a SlotDef>>,
    ancestors_cache: RefCell<HashMap<&'a str, Rc<[&'a str]>>>,
    /// Schema slots after slot-ancestor inheritance, which does not depend on the class.
    slot_base_cache: RefCell<HashMap<&'a str, InducedSlot<'a>>>,
}

/// Merges per-schema maps in closure order: a later schema replaces the definition, but the
/// name keeps the position where it first appeared (Python's `{**d, **d1}`).
fn merged<'a, T>(
    schemas: &[&'a linkml_load::Schema],
    precedence: Precedence,
    pick: impl Fn(&'a linkml_load::Schema) -> &'a OrderedMap<String, T>,
) -> OrderedMap<&'a str, &'a T> {
    let mut out = OrderedMap::default();
    for schema in schemas {
        for (name, item) in pick(schema) {
            if precedence == Precedence::LastWins || !out.contains_key(name.as_str()) {
                out.insert(name.as_str(), item);
            }
        }
    }
    out
}

/// Which definition of a name defined in two schemas counts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Precedence {
    /// SchemaView with imports: the later schema in closure order.
    LastWins,
    /// After `merge_imports()`: the root's own, then the earliest in closure order.
    FirstWins,
}

impl<'a> SchemaView<'a> {
    /// SchemaView over the schema and its imports.
    pub fn new(set: &'a SchemaSet) -> Self {
        let schemas: Vec<&linkml_load::Schema> = set.schemas.iter().map(|s| &s.schema).collect();
        Self::build(set, &schemas, Precedence::LastWins)
    }

    /// SchemaView after linkml's `merge_imports()`, as the SQL generators see the schema: the
    /// root schema's elements first, then each import's new ones in closure order.
    pub fn merged(set: &'a SchemaSet) -> Self {
        let root = set.root();
        let mut schemas = vec![root];
        schemas.extend(
            set.schemas
                .iter()
                .map(|s| &s.schema)
                .filter(|s| !std::ptr::eq(*s, root)),
        );
        Self::build(set, &schemas, Precedence::FirstWins)
    }

    fn build(set: &'a SchemaSet, schemas: &[&'a linkml_load::Schema], precedence: Precedence) -> Self {
        let classes = merged(schemas, precedence, |s| &s.classes);
        let mut attributes: OrderedMap<&str, Vec<&SlotDef>> = OrderedMap::default();
        for class in classes.values() {
            for (name, attribute) in &class.attributes {
                attributes.entry(name.as_str()).or_default().push(attribute);
            }
        }
        SchemaView {
            set,
            classes,
            slots: merged(schemas, precedence, |s| &s.slots),
            enums: merged(schemas, precedence, |s| &s.enums),
            types: merged(schemas, precedence, |s| &s.types),
            attributes,
            ancestors_cache: RefCell::new(HashMap::default()),
            slot_base_cache: RefCell::new(HashMap::default()),
        }
    }

    /// Checks references, cycles and clashes; see [`validate`].
    pub fn validate(&self) -> Diagnostics {
        validate::validate(self)
    }

    pub fn name(&self) -> &'a str {
        self.set.root().name()
    }

    pub fn default_range(&self) -> Option<&'a str> {
        self.set.root().default_range()
    }

    pub fn id(&self) -> Option<&'a str> {
        self.set.root().id()
    }

    pub fn all_classes(&self) -> &OrderedMap<&'a str, &'a ClassDef> {
        &self.classes
    }

    pub fn all_enums(&self) -> &OrderedMap<&'a str, &'a EnumDef> {
        &self.enums
    }

    pub fn all_types(&self) -> &OrderedMap<&'a str, &'a TypeDef> {
        &self.types
    }

    /// Schema-level slots only (`all_slots(attributes=False)`).
    pub fn schema_slots(&self) -> &OrderedMap<&'a str, &'a SlotDef> {
        &self.slots
    }

    pub fn get_class(&self, name: &str) -> Option<&'a ClassDef> {
        self.classes.get(name).copied()
    }

    pub fn get_type(&self, name: &str) -> Option<&'a TypeDef> {
        self.types.get(name).copied()
    }

    pub fn get_enum(&self, name: &str) -> Option<&'a EnumDef> {
        self.enums.get(name).copied()
    }

    /// `get_slot(attributes=True)`: a schema slot, else the one attribute of that name.
    pub fn get_slot(&self, name: &str) -> Option<&'a SlotDef> {
        self.slots
            .get(name)
            .copied()
            .or_else(|| match self.attributes.get(name).map(Vec::as_slice) {
                Some([only]) => Some(*only),
                _ => None,
            })
    }

    /// Direct parents of a class: its mixins, then its `is_a`.
    pub fn class_parents(&self, name: &str) -> Vec<&'a str> {
        self.get_class(name).map_or_else(Vec::new, |c| parents(&c.element))
    }

    /// `class_ancestors(reflexive=True, mixins=True)`, depth first, in SchemaView's order.
    pub fn class_ancestors(&self, name: &'a str) -> Rc<[&'a str]> {
        if let Some(cached) = self.ancestors_cache.borrow().get(name) {
            return Rc::clone(cached);
        }
        let ancestors: Rc<[&'a str]> = closure::closure(name, |n| self.class_parents(n)).into();
        self.ancestors_cache.borrow_mut().insert(name, Rc::clone(&ancestors));
        ancestors
    }

    pub fn slot_ancestors(&self, name: &'a str) -> Vec<&'a str> {
        closure::closure(name, |n| self.get_slot(n).map_or_else(Vec::new, parents))
    }

    /// `class_slots`: each ancestor's `slots`, then its `attributes`, without repeats.
    pub fn class_slots(&self, name: &'a str) -> Vec<&'a str> {
        let mut out: Vec<&'a str> = Vec::new();
        for ancestor in self.class_ancestors(name).iter() {
            let Some(class) = self.get_class(ancestor) else {
                continue;
            };
            let own = class.element.list("slots").iter().map(|t| t.as_str());
            for slot in own.chain(class.attributes.keys().map(String::as_str)) {
                if !out.contains(&slot) {
                    out.push(slot);
                }
            }
        }
        out
    }

    pub fn class_induced_slots(&self, name: &'a str) -> Vec<InducedSlot<'a>> {
        self.class_slots(name)
            .into_iter()
            .filter_map(|slot| self.induced_slot(slot, name))
            .collect()
    }

    /// `get_identifier_slot`: the first identifier among the class's slots sorted by the names
    /// the class lists them under.
    pub fn get_identifier_slot<'s>(&self, induced: &'s [InducedSlot<'a>]) -> Option<&'s InducedSlot<'a>> {
        induced
            .iter()
            .filter(|s| s.is("identifier"))
            .min_by_key(|s| s.listed_as)
    }

    /// `type_ancestors(reflexive=True)`: the type, then its `typeof` chain.
    pub fn type_ancestors(&self, name: &'a str) -> Vec<&'a str> {
        closure::closure(name, |n| {
            self.get_type(n).and_then(|t| t.str("typeof")).into_iter().collect()
        })
    }

    /// `induced_type(name).<field>`: the nearest value of an inherited type field along `typeof`.
    pub fn induced_type_field(&self, name: &'a str, field: &str) -> Option<&'a str> {
        self.type_ancestors(name)
            .into_iter()
            .find_map(|t| self.get_type(t)?.str(field).filter(|v| !v.is_empty()))
    }
}

fn parents(element: &Element) -> Vec<&str> {
    let mut out: Vec<&str> = element.list("mixins").iter().map(|t| t.as_str()).collect();
    out.extend(element.str("is_a"));
    out
}
