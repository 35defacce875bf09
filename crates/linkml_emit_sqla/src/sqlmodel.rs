//! What `generate sqlmodel` writes differently from style 2: Python enum classes, columns as
//! `Field(...)` (the same SQL type, keys and indexes, plus pydantic's value constraints) and
//! relationships as `Relationship(...)`. Tables and constraints are style 2's.

use linkml_naming::{camelcase, python_identifier};
use linkml_transform::{Column, Literal, Mapping, RelationalModel, SqlType, Table, ValueConstraints};

use crate::columns;
use crate::declarative::{python_type, RelKind, Writer};
use crate::names::{PythonNames, HELPER_NAMES, MODULE_NAMES, SQLMODEL_NAMES};
use crate::python::{class_header, string, write_annotated, write_statement, Expr};

/// A schema enum as a Python `str` enum: its SQL type name, class name and (member, value)s.
#[derive(Clone, Debug)]
pub struct EnumClass {
    pub sql_name: String,
    pub python: String,
    pub members: Vec<(String, String)>,
}

/// The enum classes the tables' columns use, in order of first use, named apart from the
/// table classes and the module's names.
pub fn enum_classes(model: &RelationalModel, tables: &[&Table], names: &PythonNames) -> Vec<EnumClass> {
    let mut taken: Vec<String> = model
        .tables
        .iter()
        .map(|t| names.class(&t.class_name).to_string())
        .collect();
    taken.extend(
        MODULE_NAMES
            .iter()
            .chain(HELPER_NAMES)
            .chain(SQLMODEL_NAMES)
            .map(|s| s.to_string()),
    );
    let mut out: Vec<EnumClass> = Vec::new();
    for column in tables.iter().flat_map(|t| &t.columns) {
        let SqlType::Enum(enum_type) = &column.sql_type else {
            continue;
        };
        let (name, values) = (&enum_type.name, &enum_type.values);
        if values.is_empty() || out.iter().any(|e| &e.sql_name == name) {
            continue;
        }
        let mut python = python_identifier(&camelcase(name), &[]);
        while taken.contains(&python) {
            python.push_str("Enum");
        }
        taken.push(python.clone());
        out.push(EnumClass {
            sql_name: name.clone(),
            python,
            members: members(values),
        });
    }
    out
}

/// Names a member of a `str` enum must not take: `Enum`'s own attributes and `str`'s methods.
const RESERVED_MEMBERS: &[&str] = &[
    "name",
    "value",
    "mro",
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "format_map",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
];

/// Member names for enum values: Python identifiers, distinct, never `_`-prefixed (which
/// `enum` reserves) or one of [`RESERVED_MEMBERS`].
fn members(values: &[String]) -> Vec<(String, String)> {
    let mut taken: Vec<String> = Vec::new();
    values
        .iter()
        .map(|value| {
            let mut member = python_identifier(value, RESERVED_MEMBERS);
            if member.starts_with('_') {
                member.insert(0, 'v');
            }
            while taken.contains(&member) {
                member.push('_');
            }
            taken.push(member.clone());
            (member, value.clone())
        })
        .collect()
}

impl Writer<'_> {
    pub(crate) fn write_enum_classes(&mut self, out: &mut String) {
        if self.enums.is_empty() {
            return;
        }
        self.imports.add("enum", "Enum as PyEnum");
        for class in &self.enums {
            out.push_str("\n\n");
            out.push_str(&class_header(&class.python, "str, PyEnum"));
            for (member, value) in &class.members {
                write_statement(out, 4, &format!("{member} = "), &Expr::atom(string(value)), "");
            }
        }
    }

    fn enum_class(&self, sql_name: &str) -> Option<&EnumClass> {
        self.enums.iter().find(|e| e.sql_name == sql_name)
    }

    /// A column as `name: type = Field(...)`: the annotation, and the `Field` with style 2's
    /// SQL type, keys and index, the slot's description and its value constraints.
    pub(crate) fn sqlmodel_field(
        &mut self,
        table: &Table,
        column: &Column,
        primary_key: bool,
        deferred: &[&Column],
    ) -> (String, String, Expr) {
        self.imports.add("sqlmodel", "Field");
        let attr = self.names.column(&table.class_name, &column.name).to_string();
        // Keys that the database or SQLAlchemy fills in (a surrogate key, or a foreign key in a
        // join table or a child's key, set through the relationship) may be left out.
        let optional =
            (column.nullable && !primary_key) || column.autoincrement || (primary_key && column.foreign_key.is_some());
        let python = match &column.sql_type {
            SqlType::Enum(e) => self.enum_class(&e.name).map(|c| c.python.clone()),
            _ => None,
        }
        .unwrap_or_else(|| python_type(&column.sql_type, &mut self.imports).to_string());
        let annotation = if optional { format!("{python} | None") } else { python };
        let mut args = Vec::new();
        if let Some(default) = column.server_default.as_deref().map(python_default) {
            args.push(Expr::keyword("default", Expr::atom(default)));
        } else if optional {
            args.push(Expr::keyword("default", Expr::atom("None")));
        }
        args.push(Expr::keyword(
            "sa_type",
            self.sqlmodel_type(table, column, primary_key, deferred),
        ));
        let inline_fk = column
            .foreign_key
            .as_ref()
            .filter(|_| !deferred.iter().any(|d| d.name == column.name));
        let flags = [
            ("primary_key", primary_key),
            ("unique", column.unique),
            ("index", column.indexed()),
        ];
        args.extend(
            flags
                .iter()
                .filter(|(_, on)| *on)
                .map(|(flag, _)| Expr::keyword(flag, Expr::atom("True"))),
        );
        if let Some(fk) = inline_fk {
            args.push(Expr::keyword(
                "foreign_key",
                Expr::atom(string(&format!("{}.{}", fk.table, fk.column))),
            ));
        }
        args.extend(value_constraints(column));
        if let Some(description) = column.description.as_deref().filter(|d| !d.trim().is_empty()) {
            args.push(Expr::keyword("description", Expr::atom(string(description.trim()))));
        }
        let mut column_kwargs = Vec::new();
        if attr != column.name {
            column_kwargs.push(("name", Expr::atom(string(&column.name))));
        }
        if column.autoincrement {
            column_kwargs.push(("autoincrement", Expr::atom("True")));
        }
        if let Some(literal) = &column.server_default {
            column_kwargs.push(("server_default", columns::server_default(&mut self.imports, literal)));
        }
        if !column_kwargs.is_empty() {
            args.push(Expr::keyword("sa_column_kwargs", Expr::dict(column_kwargs)));
        }
        (attr, annotation, Expr::call("Field", args))
    }

    /// Style 2's SQL type; an enum is mapped onto its Python class, stored by value.
    fn sqlmodel_type(&mut self, table: &Table, column: &Column, primary_key: bool, deferred: &[&Column]) -> Expr {
        let length = table.mysql_length(column, primary_key, deferred);
        let expr = columns::sql_type(&mut self.imports, &column.sql_type, length);
        let SqlType::Enum(enum_type) = &column.sql_type else {
            return expr;
        };
        let Some(class) = self.enum_class(&enum_type.name).map(|e| e.python.clone()) else {
            return expr;
        };
        let by_value = |args: Vec<Expr>| {
            let mut out = vec![Expr::atom(class.clone())];
            out.extend(args.into_iter().filter(|a| matches!(a, Expr::Prefixed(..))));
            out.push(Expr::keyword(
                "values_callable",
                Expr::atom("lambda e: [m.value for m in e]"),
            ));
            out
        };
        match expr {
            Expr::Call { callee, args } => Expr::call(callee, by_value(args)),
            Expr::Chained { receiver, method, args } => match *receiver {
                Expr::Call {
                    callee,
                    args: enum_args,
                } => Expr::Chained {
                    receiver: Box::new(Expr::call(callee, by_value(enum_args))),
                    method,
                    args,
                },
                other => Expr::Chained {
                    receiver: Box::new(other),
                    method,
                    args,
                },
            },
            other => other,
        }
    }

    /// `attr: list["Target"] = Relationship(...)` (or `Optional["Target"]`), with the
    /// relationship's arguments as `sa_relationship_kwargs`.
    pub(crate) fn sqlmodel_relationship(
        &mut self,
        out: &mut String,
        attr: &str,
        target: &str,
        kind: RelKind,
        args: Vec<Expr>,
    ) {
        self.imports.add("sqlmodel", "Relationship");
        // SQLModel finds the target class in the annotation; a string names it lazily.
        let annotation = match kind {
            RelKind::One => {
                self.imports.add("typing", "Optional");
                format!("Optional[{}]", string(target))
            }
            RelKind::Many => format!("list[{}]", string(target)),
        };
        // `Relationship`'s own parameters where it has them, SQLAlchemy's for the rest.
        let mut own = Vec::new();
        let mut entries = Vec::new();
        for arg in args {
            let Expr::Prefixed(prefix, value) = arg else {
                continue;
            };
            let Some(key) = prefix.strip_suffix('=') else {
                continue;
            };
            match key {
                "back_populates" | "link_model" => own.push(Expr::Prefixed(prefix, value)),
                "cascade" => own.push(Expr::keyword("cascade_delete", Expr::atom("True"))),
                _ => entries.push(Expr::prefixed(format!("{}: ", string(key)), *value)),
            }
        }
        if !entries.is_empty() {
            own.push(Expr::keyword("sa_relationship_kwargs", Expr::Dict(entries)));
        }
        write_annotated(out, attr, &annotation, &Expr::call("Relationship", own));
    }
}

/// Moves the join tables of many-to-many relationships to the front: `Relationship`'s
/// `link_model` is the class itself, so it must be defined before the classes that use it.
pub(crate) fn link_models_first(tables: &mut [&Table]) {
    let links: rustc_hash::FxHashSet<&str> = tables
        .iter()
        .flat_map(|t| &t.mappings)
        .filter_map(|m| match m {
            Mapping::ManyToMany { join_class, .. } => Some(join_class.as_str()),
            _ => None,
        })
        .collect();
    tables.sort_by_cached_key(|t| !links.contains(t.class_name.as_str()));
}

/// The class's pydantic configuration, where a field has a pattern: linkml's patterns are
/// Python regular expressions, and pydantic's default engine has no look-around.
pub(crate) fn model_config(table: &Table) -> Option<&'static str> {
    table
        .columns
        .iter()
        .any(|c| {
            c.values.as_ref().is_some_and(|v| v.pattern.is_some())
                && matches!(c.sql_type, SqlType::Text | SqlType::String(_))
        })
        .then_some("    model_config = {\"regex_engine\": \"python-re\"}\n")
}

/// pydantic's `ge`, `le` and `pattern` for the slot's `minimum_value`, `maximum_value` and
/// `pattern`, on the types pydantic can compare them with.
fn value_constraints(column: &Column) -> Vec<Expr> {
    let numeric = matches!(column.sql_type, SqlType::Integer | SqlType::Float | SqlType::Numeric);
    let mut out = Vec::new();
    let none = ValueConstraints::default();
    let values = column.values.as_deref().unwrap_or(&none);
    for (keyword, bound) in [("ge", &values.minimum), ("le", &values.maximum)] {
        if let Some(bound) = bound.as_ref().filter(|_| numeric) {
            out.push(Expr::keyword(keyword, Expr::atom(python_number(bound))));
        }
    }
    if let SqlType::String(length) = column.sql_type {
        out.push(Expr::keyword("max_length", Expr::atom(length.to_string())));
    }
    let textual = matches!(column.sql_type, SqlType::Text | SqlType::String(_));
    if let Some(pattern) = values.pattern.as_ref().filter(|_| textual) {
        // SQLModel's own `regex` is not enforced under pydantic 2; its `pattern` is.
        out.push(Expr::keyword(
            "schema_extra",
            Expr::dict(vec![("pattern", Expr::atom(string(pattern)))]),
        ));
    }
    out
}

/// The pydantic default of a column with a server default: the same value in Python.
fn python_default(literal: &Literal) -> String {
    match literal {
        Literal::Text(t) => string(t),
        Literal::Number(n) => python_number(n),
        Literal::Boolean(b) => if *b { "True" } else { "False" }.to_string(),
        Literal::Date(d) => format!("date.fromisoformat({})", string(d)),
        Literal::DateTime(d) => format!("datetime.fromisoformat({})", string(d)),
    }
}

/// A bound as a Python number literal: an integer where the schema writes one.
fn python_number(text: &str) -> String {
    match text.parse::<i64>() {
        Ok(n) => n.to_string(),
        Err(_) => text.parse::<f64>().map_or(text.to_string(), |f| format!("{f:?}")),
    }
}
