//! Python names for the tables, columns and relationships of a relational model: linkml's
//! camelcase class names and underscored attribute names, made safe and distinct.

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use linkml_naming::{camelcase, is_python_identifier, python_identifier};
use linkml_transform::{Mapping, RelationalModel, Table};

/// Names a generated module defines or imports at module level; a class must not shadow them.
pub const MODULE_NAMES: &[&str] = &[
    "annotations",
    "date",
    "datetime",
    "time",
    "Decimal",
    "Boolean",
    "Column",
    "Date",
    "DateTime",
    "Enum",
    "Float",
    "ForeignKey",
    "Integer",
    "Numeric",
    "String",
    "Text",
    "Time",
    "AssociationProxy",
    "association_proxy",
    "DeclarativeBase",
    "Mapped",
    "declarative_base",
    "mapped_column",
    "relationship",
    "Base",
    "metadata",
];

/// Module-level names that some modules import (concrete inheritance, constraints, pattern
/// CHECKs): a class must not take them; a member may, since class bodies use none of them.
pub(crate) const HELPER_NAMES: &[&str] = &[
    "Any",
    "ClassVar",
    "CheckConstraint",
    "ColumnClause",
    "ColumnElement",
    "SQLCompiler",
    "column",
    "compiles",
    "func",
    "literal",
    "text",
];

/// Names a SQLModel module adds (`generate sqlmodel`).
pub const SQLMODEL_NAMES: &[&str] = &["SQLModel", "Field", "Relationship", "Optional", "ClassVar", "PyEnum"];

/// Attribute names SQLAlchemy reserves on declarative classes, plus the class's own helpers.
const CLASS_ATTRIBUTE_NAMES: &[&str] = &[
    "metadata",
    "registry",
    "__tablename__",
    "__mapper_args__",
    "__table_args__",
];

/// The maps hold only the names that differ from what they name: most are the same.
pub struct PythonNames {
    /// pydantic fields (SQLModel): no leading underscore, which pydantic refuses.
    pydantic: bool,
    classes: HashMap<String, String>,
    /// table class -> column name -> attribute name
    columns: HashMap<String, HashMap<String, String>>,
    /// table class -> slot -> relationship attribute name
    relationships: HashMap<String, HashMap<String, String>>,
}

impl PythonNames {
    /// Names for the model's classes and members, none of them one of `MODULE_NAMES` or of
    /// the module's `extra` names; with `pydantic`, members do not start with `_`.
    pub fn new(model: &RelationalModel, extra: &[&str], pydantic: bool) -> Self {
        let mut taken: HashSet<String> = MODULE_NAMES
            .iter()
            .chain(HELPER_NAMES)
            .chain(extra)
            .map(|s| s.to_string())
            .collect();
        let mut classes = HashMap::default();
        for table in &model.tables {
            let mut name = python_identifier(&camelcase(&table.class_name), &[]);
            while taken.contains(&name) {
                name.push('_');
            }
            taken.insert(name.clone());
            if name != table.class_name {
                classes.insert(table.class_name.clone(), name);
            }
        }
        let mut names = PythonNames {
            pydantic,
            classes,
            columns: HashMap::default(),
            relationships: HashMap::default(),
        };
        // Relationships also keep clear of `__repr__`.
        let reserved: HashSet<&str> = MODULE_NAMES.iter().chain(CLASS_ATTRIBUTE_NAMES).copied().collect();
        let mut reserved_for_relationships = reserved.clone();
        reserved_for_relationships.insert("__repr__");
        // One set for every table's names, emptied for each: most tables have a few members.
        let mut taken = HashSet::default();
        for table in &model.tables {
            taken.clear();
            names.name_members(table, &mut taken, &reserved, &reserved_for_relationships);
        }
        names
    }

    /// Names `table`'s members; `taken` holds the names it has taken (most are named as their
    /// columns: those are borrowed, not copied).
    fn name_members<'m>(
        &mut self,
        table: &'m Table,
        taken: &mut HashSet<Cow<'m, str>>,
        reserved: &HashSet<&str>,
        reserved_for_relationships: &HashSet<&str>,
    ) {
        let mut columns = HashMap::default();
        for column in &table.columns {
            let name = unique(self.member(member_identifier(&column.name, reserved)), taken);
            taken.insert(name.clone());
            if name != column.name.as_str() {
                columns.insert(column.name.clone(), name.into_owned());
            }
        }
        let slots = table
            .columns
            .iter()
            .filter_map(|c| c.original_slot.as_deref())
            .chain(table.mappings.iter().map(mapping_slot));
        let mut relationships = HashMap::default();
        for slot in slots {
            let underscored = linkml_naming::underscore(slot);
            let base = self.member(member_identifier(&underscored, reserved_for_relationships));
            let name = unique(base, taken).into_owned();
            taken.insert(Cow::Owned(format!("{name}_rel")));
            taken.insert(Cow::Owned(name.clone()));
            if name != slot {
                relationships.insert(slot.to_string(), name);
            }
        }
        if !columns.is_empty() {
            self.columns.insert(table.class_name.clone(), columns);
        }
        if !relationships.is_empty() {
            self.relationships.insert(table.class_name.clone(), relationships);
        }
    }

    /// pydantic refuses field names with a leading `_`: `_type` becomes `type`, `_1st`
    /// becomes `field_1st` (the column keeps its name).
    fn member<'n>(&self, name: Cow<'n, str>) -> Cow<'n, str> {
        let trimmed = name.trim_start_matches('_');
        match (self.pydantic, trimmed.chars().next()) {
            (false, _) => name,
            (true, Some(c)) if !c.is_ascii_digit() && trimmed == python_identifier(trimmed, &[]) => {
                Cow::Owned(trimmed.to_string())
            }
            (true, _) => Cow::Owned(format!("field{name}")),
        }
    }

    pub fn class<'s>(&'s self, class_name: &'s str) -> &'s str {
        self.classes.get(class_name).map_or(class_name, String::as_str)
    }

    pub fn column<'s>(&'s self, class_name: &str, column: &'s str) -> &'s str {
        self.columns
            .get(class_name)
            .and_then(|c| c.get(column))
            .map_or(column, String::as_str)
    }

    pub fn relationship<'s>(&'s self, class_name: &str, slot: &'s str) -> &'s str {
        self.relationships
            .get(class_name)
            .and_then(|r| r.get(slot))
            .map_or(slot, String::as_str)
    }
}

pub fn mapping_slot(mapping: &Mapping) -> &str {
    match mapping {
        Mapping::OneToMany { slot, .. }
        | Mapping::ManyToMany { slot, .. }
        | Mapping::MultivaluedScalar { slot, .. } => slot,
    }
}

/// `python_identifier(name, reserved)` for a set `reserved`; `name` itself where it is one
/// already.
fn member_identifier<'n>(name: &'n str, reserved: &HashSet<&str>) -> Cow<'n, str> {
    if is_python_identifier(name) && !reserved.contains(name) {
        return Cow::Borrowed(name);
    }
    let mut out = python_identifier(name, &[]);
    while reserved.contains(out.as_str()) {
        out.push('_');
    }
    Cow::Owned(out)
}

fn unique<'n>(mut name: Cow<'n, str>, taken: &HashSet<Cow<str>>) -> Cow<'n, str> {
    while taken.contains(&name) {
        name.to_mut().push('_');
    }
    name
}
