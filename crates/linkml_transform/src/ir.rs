//! The relational IR: tables, columns, keys, join tables and relationship mappings. Every
//! emitter reads only this.

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

/// A column's generic SQL type, as SQLAlchemy names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SqlType {
    Text,
    Integer,
    Boolean,
    Float,
    Numeric,
    Date,
    DateTime,
    Time,
    /// A string with a maximum length: the slot's `max_length` annotation.
    String(u32),
    /// Shared: every column of the enum's type points at the same one.
    Enum(Arc<EnumType>),
}

/// An enum range's type: its permissible values, and the databases that store them as text.
#[derive(Debug, PartialEq, Eq)]
pub struct EnumType {
    pub name: String,
    pub values: Vec<String>,
    /// The databases whose native ENUM cannot hold the values, which store them as
    /// `VARCHAR(length)` instead: `mysql` and `mariadb`, `postgresql` (see
    /// [`crate::physical::enum_as_string_on`]).
    pub as_string_on: Vec<&'static str>,
    /// The longest value, in characters (SQLAlchemy's `Enum.length`).
    pub length: usize,
}

impl EnumType {
    /// The type of the enum `name` with its permissible `values`, in order; which databases
    /// store it as text, and its length, are worked out from the values.
    pub fn new(name: String, values: Vec<String>) -> Self {
        EnumType {
            as_string_on: crate::physical::enum_as_string_on(&values),
            length: values.iter().map(|v| v.chars().count()).max().unwrap_or(0),
            name,
            values,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForeignKey {
    /// The referenced table's class, as named in [`RelationalModel::tables`].
    pub class: String,
    pub table: String,
    pub column: String,
}

#[derive(Clone, Debug)]
pub struct Column {
    /// The column name in the database.
    pub name: String,
    /// The relational attribute name linkml uses (before underscoring).
    pub attribute: String,
    pub sql_type: SqlType,
    pub primary_key: bool,
    pub nullable: bool,
    pub autoincrement: bool,
    /// Boxed: most columns have none.
    pub foreign_key: Option<Box<ForeignKey>>,
    /// For a reference column renamed `<slot>_<pk>`: the slot that the relationship keeps.
    pub original_slot: Option<String>,
    /// The class the column's slot ranges over, if it is a class.
    pub range_class: Option<String>,
    /// Referenced by a foreign key without being the table's whole primary key.
    pub unique: bool,
    /// The slot is the class's `identifier`.
    pub identifier: bool,
    /// The slot is a `key`.
    pub key: bool,
    /// The slot's description (the SQLite DDL's comment lines), shared between columns.
    pub description: Option<Arc<str>>,
    /// The slot's annotation `renamed_from`: its name in the previous schema version.
    pub renamed_from: Option<String>,
    /// The slot's `minimum_value`, `maximum_value` and `pattern`, if it has any (shared by
    /// the columns of one attribute).
    pub values: Option<Arc<ValueConstraints>>,
    /// The slot's `ifabsent`, where it is a literal the database can hold (boxed: most
    /// columns have none).
    pub server_default: Option<Box<Literal>>,
}

/// A literal value in SQL, as the schema writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Literal {
    /// A number, as written (`10`, `1.5`).
    Number(String),
    Text(String),
    Boolean(bool),
    /// `YYYY-MM-DD`.
    Date(String),
    /// `YYYY-MM-DD HH:MM:SS[.ffffff]`, without a zone.
    DateTime(String),
}

/// A named CHECK constraint over one column, from what its slot says about its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub column: String,
    /// The last part of its name, `ck_<table>_<column>_<kind>`: `min`, `max`, `eq`, `in`,
    /// `pattern` or `length`.
    pub kind: &'static str,
    pub rule: CheckRule,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckRule {
    /// `column >= value` (`minimum_value`).
    AtLeast(Literal),
    /// `column <= value` (`maximum_value`).
    AtMost(Literal),
    /// `column = value` (`equals_string`, `equals_number`).
    Equals(Literal),
    /// `column IN (values)` (`equals_string_in`).
    OneOf(Vec<Literal>),
    /// `length(column) <= n`, on SQLite only: elsewhere `VARCHAR(n)` holds the length.
    LengthAtMost(u32),
    /// The slot's `pattern`, translated for each database family that runs it; `None` where a
    /// database cannot run it (the transform warned), and SQLite has no REGEXP.
    Matches {
        postgresql: Option<String>,
        mysql: Option<String>,
    },
}

/// What a slot says about its values: numeric bounds (as the schema writes them, numbers
/// only) and a regular expression. Shared by the columns of one slot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValueConstraints {
    pub minimum: Option<String>,
    pub maximum: Option<String>,
    pub pattern: Option<String>,
}

#[derive(Clone, Debug)]
pub struct UniqueKey {
    pub name: String,
    pub columns: Vec<String>,
    /// linkml's index beside the constraint, `<table>_<columns>_idx`; none where that name
    /// is already an `ix_` index's.
    pub index_name: Option<String>,
}

/// An index that the schema names: linkml's `index` class annotation,
/// `{index: {name_age_index: [name, age]}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Index {
    pub name: String,
    pub columns: Vec<String>,
}

/// A collection-valued slot, as linkml's transformer maps it.
#[derive(Clone, Debug)]
pub enum Mapping {
    /// Inlined multivalued class slot: the target table holds a backref column.
    OneToMany {
        slot: String,
        target_class: String,
        backref_column: String,
    },
    /// Non-inlined multivalued class slot, through a join table.
    ManyToMany {
        slot: String,
        target_class: String,
        join_class: String,
        source_column: String,
        target_column: String,
    },
    /// Multivalued type or enum slot, stored in a join table.
    MultivaluedScalar {
        slot: String,
        join_class: String,
        value_column: String,
    },
}

impl Mapping {
    /// The slot the mapping stores.
    pub fn slot(&self) -> &str {
        match self {
            Mapping::OneToMany { slot, .. }
            | Mapping::ManyToMany { slot, .. }
            | Mapping::MultivaluedScalar { slot, .. } => slot,
        }
    }

    /// The class of the mapping's join table, if it has one.
    pub fn join_class(&self) -> Option<&str> {
        match self {
            Mapping::ManyToMany { join_class, .. } | Mapping::MultivaluedScalar { join_class, .. } => Some(join_class),
            Mapping::OneToMany { .. } => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Table {
    /// The relational class name (the LinkML class, or `<Class>_<slot>` for a join table).
    pub class_name: String,
    /// The table name in the database (`__tablename__`).
    pub name: String,
    pub is_a: Option<String>,
    pub mixins: Vec<String>,
    pub abstract_: bool,
    pub description: Option<String>,
    pub join_table: bool,
    pub columns: Vec<Column>,
    pub unique_keys: Vec<UniqueKey>,
    /// Collection slots whose source is this table's class, in creation order.
    pub mappings: Vec<Mapping>,
    /// The class's annotation `renamed_from`: its name in the previous schema version.
    pub renamed_from: Option<String>,
    /// The class's `index` annotation, in its order (see [`Table::named_indexes`]).
    pub indexes: Vec<Index>,
    /// This table's relationships that the schema pairs with one of the target's (`inverse`).
    pub inverses: Vec<InversePair>,
    /// CHECK constraints from the slots' value constraints, in column order.
    pub checks: Vec<Check>,
    /// How the table fits MariaDB's and MySQL's limits, worked out once (see `physical`).
    pub mysql: MysqlLayout,
}

/// What MariaDB and MySQL need of a table beyond the generic types.
#[derive(Clone, Debug, Default)]
pub struct MysqlLayout {
    /// Keys and indexes over several columns whose text columns are narrowed to a length
    /// below the usual key length, so that the index fits 3,072 bytes.
    pub narrowed: Vec<(Vec<String>, usize)>,
    /// Foreign-key columns past the per-table limits, whose constraints MariaDB and MySQL
    /// do not get.
    pub deferred_foreign_keys: Vec<String>,
}

/// A relationship (many-to-one, one-to-many or many-to-many) whose slot and the target
/// class's `partner` slot are each other's `inverse`. Each keeps its own storage, as in
/// linkml; the ORM keeps the two in step (`back_populates`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InversePair {
    /// The relational slot name: a mapping's `slot`, or a column's `original_slot`.
    pub slot: String,
    /// The target class's relational slot name.
    pub partner: String,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// The target's slot that the relationship of `slot` pairs with, if any.
    pub fn inverse_of(&self, slot: &str) -> Option<&str> {
        self.inverses
            .iter()
            .find(|p| p.slot == slot)
            .map(|p| p.partner.as_str())
    }
}

/// The whole relational model, tables in linkml's order (original classes, then join tables).
#[derive(Clone, Debug)]
pub struct RelationalModel {
    pub schema_name: String,
    /// The schema's `id` URI.
    pub schema_id: String,
    pub tables: Vec<Table>,
    by_class: HashMap<String, usize>,
}

impl RelationalModel {
    pub fn new(schema_name: String, schema_id: String, tables: Vec<Table>) -> Self {
        let by_class = tables
            .iter()
            .enumerate()
            .map(|(i, t)| (t.class_name.clone(), i))
            .collect();
        RelationalModel {
            schema_name,
            schema_id,
            tables,
            by_class,
        }
    }

    pub fn table(&self, class_name: &str) -> Option<&Table> {
        self.by_class.get(class_name).map(|&i| &self.tables[i])
    }
}

impl Column {
    /// linkml's `ix_` index: on primary-key, identifier and key columns.
    pub fn indexed(&self) -> bool {
        self.primary_key || self.identifier || self.key
    }
}
