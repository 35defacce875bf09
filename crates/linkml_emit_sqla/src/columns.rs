//! Column types and key handling shared by the declarative and imperative writers, including
//! what MariaDB, MySQL and PostgreSQL need beyond the generic types.

use std::collections::BTreeSet;

use linkml_transform::{Column, SqlType, Table};

use crate::python::{string, Expr};

/// Constraint names Alembic can rely on; `%(column_0_name)s` keeps CHECK names per column.
pub const NAMING_CONVENTION: &[(&str, &str)] = &[
    ("ix", "ix_%(column_0_label)s"),
    ("uq", "uq_%(table_name)s_%(column_0_name)s"),
    ("ck", "ck_%(table_name)s_%(constraint_name)s"),
    ("fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"),
    ("pk", "pk_%(table_name)s"),
];

#[derive(Default)]
pub struct Imports {
    pub modules: std::collections::BTreeMap<&'static str, BTreeSet<&'static str>>,
}

impl Imports {
    pub fn add(&mut self, module: &'static str, name: &'static str) {
        self.modules.entry(module).or_default().insert(name);
    }
}

/// The SQLAlchemy type of a column. Key columns that are TEXT elsewhere are VARCHAR(255) on
/// MariaDB and MySQL, which cannot index TEXT; enums that a database cannot hold natively are
/// strings there. The generic type stays the same.
pub fn sql_type(imports: &mut Imports, sql_type: &SqlType, is_key: bool) -> Expr {
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
            ("Enum", args)
        }
    };
    imports.add("sqlalchemy", name);
    if let SqlType::Enum { values, .. } = sql_type {
        let dialects = enum_fallback_dialects(values);
        if !dialects.is_empty() {
            imports.add("sqlalchemy", "String");
            let longest = values.iter().map(|v| v.chars().count()).max().unwrap_or(1).max(1);
            let mut variant_args = vec![Expr::atom(format!("String({longest})"))];
            variant_args.extend(dialects.iter().map(|d| Expr::atom(string(d))));
            return Expr::Chained {
                receiver: Box::new(Expr::call(name, args)),
                method: "with_variant".into(),
                args: variant_args,
            };
        }
    }
    if name == "Text" && is_key {
        // MySQL and MariaDB cannot index TEXT without a length; the generic type stays Text.
        imports.add("sqlalchemy", "String");
        return Expr::call(
            "Text().with_variant",
            vec![
                Expr::atom("String(255)"),
                Expr::atom("\"mysql\""),
                Expr::atom("\"mariadb\""),
            ],
        );
    }
    Expr::call(name, args)
}

/// The table-level form of a foreign key that MariaDB and MySQL cannot hold (see
/// [`foreign_keys_over_mysql_limit`]); `_not_on_mysql` is [`MYSQL_GUARD`].
pub fn conditional_foreign_key(imports: &mut Imports, column: &Column) -> Expr {
    imports.add("sqlalchemy", "ForeignKeyConstraint");
    let fk = column
        .foreign_key
        .as_ref()
        .expect("only foreign-key columns are deferred");
    let constraint = Expr::call(
        "ForeignKeyConstraint",
        vec![
            Expr::atom(format!("[{}]", string(&column.name))),
            Expr::atom(format!("[{}]", string(&format!("{}.{}", fk.table, fk.column)))),
        ],
    );
    Expr::Chained {
        receiver: Box::new(constraint),
        method: "ddl_if".into(),
        args: vec![Expr::keyword("callable_", Expr::atom("_not_on_mysql"))],
    }
}

/// A column's type, foreign key and flags (`Column`/`mapped_column` arguments after the name).
pub fn column_arguments(imports: &mut Imports, column: &Column, primary_key: bool, inline_fk: bool) -> Vec<Expr> {
    // Key columns are VARCHAR on MariaDB and MySQL, which cannot index TEXT.
    let is_key = primary_key || (column.foreign_key.is_some() && inline_fk) || column.unique;
    let mut args = vec![sql_type(imports, &column.sql_type, is_key)];
    if let Some(fk) = column.foreign_key.as_ref().filter(|_| inline_fk) {
        imports.add("sqlalchemy", "ForeignKey");
        args.push(Expr::call(
            "ForeignKey",
            vec![Expr::atom(string(&format!("{}.{}", fk.table, fk.column)))],
        ));
    }
    if primary_key {
        args.push(Expr::keyword("primary_key", Expr::atom("True")));
    }
    if column.autoincrement {
        args.push(Expr::keyword("autoincrement", Expr::atom("True")));
    }
    if column.unique {
        args.push(Expr::keyword("unique", Expr::atom("True")));
    }
    args
}

/// The `ddl_if` condition of the foreign keys MariaDB and MySQL cannot hold.
pub const MYSQL_GUARD: &str = "

def _not_on_mysql(*_: object, dialect: Dialect, **__: object) -> bool:
    \"\"\"Whether a foreign key that MariaDB and MySQL cannot hold is created.\"\"\"
    return dialect.name not in (\"mysql\", \"mariadb\")
";

/// Foreign keys per table that MariaDB and MySQL can hold: a table has at most 64 indexes
/// (every foreign key needs one), and each indexed VARCHAR(255) key column takes 1,020 of the
/// 65,535 bytes a row may use.
const MYSQL_FOREIGN_KEYS_PER_TABLE: usize = 48;

/// The foreign-key columns of `table` beyond what MariaDB and MySQL can hold.
pub fn foreign_keys_over_mysql_limit(table: &Table) -> Vec<&Column> {
    let uniques = table.columns.iter().filter(|c| c.unique).count();
    let allowed = MYSQL_FOREIGN_KEYS_PER_TABLE.saturating_sub(1 + uniques);
    table
        .columns
        .iter()
        .filter(|c| c.foreign_key.is_some())
        .skip(allowed)
        .collect()
}

/// Databases whose native ENUM cannot hold these values: MariaDB and MySQL compare labels
/// without case or trailing spaces and cap them at 255 characters; PostgreSQL caps them at 63
/// bytes. Those databases store such an enum as a string column instead.
fn enum_fallback_dialects(values: &[String]) -> Vec<&'static str> {
    let folded: Vec<String> = values.iter().map(|v| v.trim_end().to_lowercase()).collect();
    let mysql_clash = folded.iter().enumerate().any(|(i, v)| folded[..i].contains(v))
        || values.iter().any(|v| v.chars().count() > 255);
    let mut dialects = Vec::new();
    if mysql_clash {
        dialects.extend(["mysql", "mariadb"]);
    }
    if values.iter().any(|v| v.len() > 63) {
        dialects.push("postgresql");
    }
    dialects
}
