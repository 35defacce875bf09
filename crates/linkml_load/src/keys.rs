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
}

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
        }
    }

    pub fn shape(self, key: &str) -> Option<Shape> {
        static INDEXES: [OnceLock<HashMap<&'static str, Shape>>; 8] = [const { OnceLock::new() }; 8];
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
        }
    }
}
