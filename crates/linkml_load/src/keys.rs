//! The metamodel keys each kind of element accepts, and the shape of their values.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::metamodel_keys;

/// How a metamodel field's value is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Bool,
    Text,
    TextList,
    Any,
}

/// A check linkml-runtime makes on a field's text when it reads a schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    Uri,
    UriOrCurie,
    NcName,
}

impl Check {
    /// Whether linkml accepts `value`; what it calls such a value otherwise.
    pub fn accepts(self, value: &str) -> Result<(), &'static str> {
        let (valid, name) = match self {
            Check::Uri => (crate::uri::is_uri(value), "a valid URI"),
            Check::UriOrCurie => (crate::uri::is_uri_or_curie(value), "a valid URI or CURIE"),
            Check::NcName => (crate::uri::is_ncname(value), "a valid NCName"),
        };
        if valid {
            Ok(())
        } else {
            Err(name)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Schema,
    Class,
    Slot,
    Enum,
    Type,
    PermissibleValue,
    Subset,
    UniqueKey,
    Prefix,
    Annotation,
}

const PREFIX_KEYS: &[(&str, Shape)] = &[("prefix_prefix", Shape::Text), ("prefix_reference", Shape::Text)];
const ANNOTATION_KEYS: &[(&str, Shape)] = &[
    ("tag", Shape::Text),
    ("value", Shape::Any),
    ("extensions", Shape::Any),
    ("annotations", Shape::Any),
];

impl Kind {
    pub fn keys(self) -> &'static [(&'static str, Shape)] {
        match self {
            Kind::Schema => metamodel_keys::SCHEMA,
            Kind::Class => metamodel_keys::CLASS,
            Kind::Slot => metamodel_keys::SLOT,
            Kind::Enum => metamodel_keys::ENUM,
            Kind::Type => metamodel_keys::TYPE,
            Kind::PermissibleValue => metamodel_keys::PERMISSIBLE_VALUE,
            Kind::Subset => metamodel_keys::SUBSET,
            Kind::UniqueKey => metamodel_keys::UNIQUE_KEY,
            Kind::Prefix => PREFIX_KEYS,
            Kind::Annotation => ANNOTATION_KEYS,
        }
    }

    /// The field that names an entry when entries are written as a list, not a mapping.
    pub fn list_key(self) -> &'static str {
        match self {
            Kind::PermissibleValue => "text",
            Kind::UniqueKey => "unique_key_name",
            Kind::Prefix => "prefix_prefix",
            Kind::Annotation => "tag",
            _ => "name",
        }
    }

    /// The field that linkml's `key: value` shorthand sets: the first field after the key
    /// (`E: {permissible_values: {A: some description}}` describes `A`).
    pub fn value_field(self) -> &'static str {
        match self {
            Kind::PermissibleValue => "description",
            Kind::UniqueKey => "unique_key_slots",
            Kind::Prefix => "prefix_reference",
            Kind::Annotation => "value",
            _ => "id_prefixes",
        }
    }

    /// The check linkml-runtime makes on the field `key`, if any.
    pub fn check(self, key: &str) -> Option<Check> {
        let checks = match self {
            Kind::Schema => metamodel_keys::SCHEMA_CHECKS,
            Kind::Class => metamodel_keys::CLASS_CHECKS,
            Kind::Slot => metamodel_keys::SLOT_CHECKS,
            Kind::Enum => metamodel_keys::ENUM_CHECKS,
            Kind::Type => metamodel_keys::TYPE_CHECKS,
            Kind::PermissibleValue => metamodel_keys::PERMISSIBLE_VALUE_CHECKS,
            Kind::Subset => metamodel_keys::SUBSET_CHECKS,
            Kind::UniqueKey => metamodel_keys::UNIQUE_KEY_CHECKS,
            Kind::Prefix | Kind::Annotation => &[],
        };
        checks.iter().find(|(k, _)| *k == key).map(|(_, check)| *check)
    }

    pub fn shape(self, key: &str) -> Option<Shape> {
        static INDEXES: [OnceLock<HashMap<&'static str, Shape>>; 10] = [const { OnceLock::new() }; 10];
        let index = INDEXES[self as usize].get_or_init(|| self.keys().iter().copied().collect());
        index.get(key).copied()
    }

    pub fn noun(self) -> &'static str {
        match self {
            Kind::Schema => "schema",
            Kind::Class => "class",
            Kind::Slot => "slot",
            Kind::Enum => "enum",
            Kind::Type => "type",
            Kind::PermissibleValue => "permissible value",
            Kind::Subset => "subset",
            Kind::UniqueKey => "unique key",
            Kind::Prefix => "prefix",
            Kind::Annotation => "annotation",
        }
    }
}
