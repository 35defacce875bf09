//! Column types and key handling shared by the declarative and imperative writers, including
//! what MariaDB, MySQL and PostgreSQL need beyond the generic types.

use std::collections::BTreeSet;

use linkml_transform::physical::{enum_as_string_on, enum_length};
use linkml_transform::{Column, SqlType, Table, UniqueKey};

use crate::python::{string, Expr};

#[derive(Default)]
pub struct Imports {
    pub modules: std::collections::BTreeMap<&'static str, BTreeSet<&'static str>>,
}

impl Imports {
    pub fn add(&mut self, module: &'static str, name: &'static str) {
        self.modules.entry(module).or_default().insert(name);
    }
}

/// The SQLAlchemy type of a column. Key columns that are TEXT elsewhere are VARCHAR on
/// MariaDB and MySQL, which cannot index TEXT; enums that a database cannot hold natively are
/// strings there. The generic type stays the same. Enums are named and, where the database
/// has no native enum, checked by a named CHECK constraint.
pub fn sql_type(imports: &mut Imports, sql_type: &SqlType, mysql_length: Option<usize>) -> Expr {
    let (name, args): (&'static str, Vec<Expr>) = match sql_type {
        SqlType::Text => ("Text", vec![]),
        SqlType::Integer => ("Integer", vec![]),
        SqlType::Boolean => ("Boolean", vec![]),
        SqlType::Float => ("Float", vec![]),
        SqlType::Numeric => ("Numeric", vec![]),
        SqlType::Date => ("Date", vec![]),
        SqlType::DateTime => ("DateTime", vec![]),
        SqlType::Time => ("Time", vec![]),
        SqlType::Enum { values, .. } if values.is_empty() => ("Text", vec![]),
        SqlType::Enum { name, values } => {
            let mut args: Vec<Expr> = values.iter().map(|v| Expr::atom(string(v))).collect();
            args.push(Expr::keyword("name", Expr::atom(string(name))));
            args.push(Expr::keyword("create_constraint", Expr::atom("True")));
            ("Enum", args)
        }
    };
    imports.add("sqlalchemy", name);
    if let SqlType::Enum { values, .. } = sql_type {
        let dialects = enum_as_string_on(values);
        if !dialects.is_empty() {
            imports.add("sqlalchemy", "String");
            let mut variant_args = vec![Expr::atom(format!("String({})", enum_length(values).max(1)))];
            variant_args.extend(dialects.iter().map(|d| Expr::atom(string(d))));
            return Expr::Chained {
                receiver: Box::new(Expr::call(name, args)),
                method: "with_variant".into(),
                args: variant_args,
            };
        }
    }
    if let Some(length) = mysql_length.filter(|_| name == "Text") {
        imports.add("sqlalchemy", "String");
        return Expr::call(
            "Text().with_variant",
            vec![
                Expr::atom(format!("String({length})")),
                Expr::atom("\"mysql\""),
                Expr::atom("\"mariadb\""),
            ],
        );
    }
    Expr::call(name, args)
}

/// The table-level form of a foreign key that MariaDB and MySQL cannot hold (see
/// [`foreign_keys_over_mysql_limit`]); `_not_on_mysql` is [`MYSQL_GUARD`]. `refer` writes a
/// reference to one of the table's columns.
fn conditional_foreign_key(imports: &mut Imports, column: &Column, refer: &dyn Fn(&str) -> String) -> Expr {
    imports.add("sqlalchemy", "ForeignKeyConstraint");
    let fk = column
        .foreign_key
        .as_ref()
        .expect("only foreign-key columns are deferred");
    let constraint = Expr::call(
        "ForeignKeyConstraint",
        vec![
            Expr::atom(format!("[{}]", refer(&column.name))),
            Expr::atom(format!("[{}]", string(&format!("{}.{}", fk.table, fk.column)))),
        ],
    );
    Expr::Chained {
        receiver: Box::new(constraint),
        method: "ddl_if".into(),
        args: vec![Expr::keyword("callable_", Expr::atom("_not_on_mysql"))],
    }
}

/// A column's type, foreign key and flags (`Column`/`mapped_column` arguments after
/// the name). `deferred` are the table's foreign keys that MariaDB and MySQL do not get.
pub fn column_arguments(
    imports: &mut Imports,
    table: &Table,
    column: &Column,
    primary_key: bool,
    deferred: &[&Column],
) -> Vec<Expr> {
    let length = table.mysql_length(column, primary_key, deferred);
    let mut args = vec![sql_type(imports, &column.sql_type, length)];
    let inline_fk = !deferred.iter().any(|d| d.name == column.name);
    if let Some(fk) = column.foreign_key.as_ref().filter(|_| inline_fk) {
        imports.add("sqlalchemy", "ForeignKey");
        args.push(Expr::call(
            "ForeignKey",
            vec![Expr::atom(string(&format!("{}.{}", fk.table, fk.column)))],
        ));
    }
    let flags = [
        ("primary_key", primary_key),
        ("autoincrement", column.autoincrement),
        ("unique", column.unique),
        ("index", column.indexed()),
    ];
    for (flag, _) in flags.iter().filter(|(_, set)| *set) {
        args.push(Expr::keyword(flag, Expr::atom("True")));
    }
    args
}

/// The table-level constraints: foreign keys only PostgreSQL and SQLite create, linkml's
/// unique keys, each with its index, and the schema's named indexes. Columns are named by
/// their names.
pub fn table_constraints(imports: &mut Imports, table: &Table, deferred: &[&Column]) -> Vec<Expr> {
    let keys: Vec<&UniqueKey> = table.unique_keys.iter().collect();
    let mut out = constraints(imports, deferred, &keys, &|name| string(name));
    for index in table.named_indexes(true) {
        imports.add("sqlalchemy", "Index");
        let mut args = vec![Expr::atom(string(&index.name))];
        args.extend(index.columns.iter().map(|c| Expr::atom(string(c))));
        out.push(Expr::call("Index", args));
    }
    out
}

/// Deferred foreign keys and unique keys (with their indexes) over columns that `refer`
/// writes: names inside a `Table` or `__table_args__`, column objects elsewhere.
pub fn constraints(
    imports: &mut Imports,
    deferred: &[&Column],
    keys: &[&UniqueKey],
    refer: &dyn Fn(&str) -> String,
) -> Vec<Expr> {
    let mut out: Vec<Expr> = deferred
        .iter()
        .map(|c| conditional_foreign_key(imports, c, refer))
        .collect();
    let columns = |names: &[String]| names.iter().map(|c| Expr::atom(refer(c))).collect::<Vec<_>>();
    for key in keys {
        imports.add("sqlalchemy", "UniqueConstraint");
        out.push(Expr::call("UniqueConstraint", columns(&key.columns)));
        if let Some(index) = &key.index_name {
            imports.add("sqlalchemy", "Index");
            let mut args = vec![Expr::atom(string(index))];
            args.extend(columns(&key.columns));
            out.push(Expr::call("Index", args));
        }
    }
    out
}

/// The `ddl_if` condition of the foreign keys MariaDB and MySQL cannot hold.
pub const MYSQL_GUARD: &str = "

def _not_on_mysql(*_: object, dialect: Dialect, **__: object) -> bool:
    \"\"\"Whether a foreign key that MariaDB and MySQL cannot hold is created.\"\"\"
    return dialect.name not in (\"mysql\", \"mariadb\")
";
