//! Column types and key handling shared by the declarative and imperative writers, including
//! what MariaDB, MySQL and PostgreSQL need beyond the generic types.

use std::collections::BTreeSet;

use linkml_naming::constraints::{check_name, truncate_generated_name};
use linkml_transform::{CheckRule, Column, Literal, SqlType, Table, UniqueKey};

use crate::python::{string, Expr};

/// The names a module imports, by module, in the order the import lines list them.
#[derive(Default)]
pub struct Imports {
    pub modules: std::collections::BTreeMap<&'static str, BTreeSet<&'static str>>,
    /// The texts `modules` holds, by address and length, for a quick answer to the many
    /// repeated additions (every column adds its type and function): one address and length
    /// is one text. One text at two addresses only takes the slower way in.
    added: rustc_hash::FxHashSet<(*const str, *const str)>,
}

impl Imports {
    pub fn add(&mut self, module: &'static str, name: &'static str) {
        if self.added.insert((module, name)) {
            self.modules.entry(module).or_default().insert(name);
        }
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
        SqlType::String(length) => ("String", vec![Expr::atom(length.to_string())]),
        SqlType::Enum(e) if e.values.is_empty() => ("Text", vec![]),
        SqlType::Enum(e) => {
            let mut args: Vec<Expr> = e.values.iter().map(|v| Expr::atom(string(v))).collect();
            args.push(Expr::keyword("name", Expr::atom(string(&e.name))));
            args.push(Expr::keyword("create_constraint", Expr::atom("True")));
            ("Enum", args)
        }
    };
    imports.add("sqlalchemy", name);
    if let SqlType::Enum(e) = sql_type {
        if !e.as_string_on.is_empty() {
            imports.add("sqlalchemy", "String");
            let mut variant_args = vec![Expr::atom(format!("String({})", e.length.max(1)))];
            variant_args.extend(e.as_string_on.iter().map(|d| Expr::atom(string(d))));
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
            vec![Expr::atom(string(&[fk.table.as_str(), ".", &fk.column].concat()))],
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
    if let Some(default) = &column.server_default {
        args.push(Expr::keyword("server_default", server_default(imports, default)));
    }
    args
}

/// A `server_default`, in the form that Alembic's comparison finds equal to what each database
/// reflects: a string as a Python string (SQLAlchemy quotes it), a boolean as `"1"`/`"0"`
/// (which PostgreSQL reads as true and false), a number, date or datetime as SQL text.
pub fn server_default(imports: &mut Imports, default: &Literal) -> Expr {
    let sql_text = |imports: &mut Imports, sql: String| {
        imports.add("sqlalchemy", "text");
        Expr::call("text", vec![Expr::atom(string(&sql))])
    };
    match default {
        Literal::Text(t) => Expr::atom(string(t)),
        Literal::Boolean(b) => Expr::atom(string(if *b { "1" } else { "0" })),
        Literal::Number(n) => sql_text(imports, n.clone()),
        Literal::Date(t) | Literal::DateTime(t) => sql_text(imports, format!("'{t}'")),
    }
}

/// One of the table's CHECK constraints, as Python source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckSource {
    /// `ck_<table>_<column>_<kind>`, before truncation.
    pub name: String,
    /// The last part of the name.
    pub kind: &'static str,
    /// The condition, such as `column("depth_cm") >= 0`.
    pub condition: Expr,
    /// The `ddl_if(dialect=...)` argument where only some databases get it.
    pub dialects: Option<&'static str>,
}

/// The table's CHECK constraints from the schema (a length's on SQLite only, which ignores
/// `VARCHAR(n)`); the names they use go to `imports`.
pub fn check_sources(imports: &mut Imports, table: &Table) -> Vec<CheckSource> {
    let mut out = Vec::new();
    for check in &table.checks {
        imports.add("sqlalchemy", "column");
        let column = format!("column({})", string(&check.column));
        let mut push = |condition: Expr, dialects: Option<&'static str>| {
            out.push(CheckSource {
                name: check_name(&table.name, &check.column, check.kind),
                kind: check.kind,
                condition,
                dialects,
            })
        };
        match &check.rule {
            CheckRule::Matches { postgresql, mysql } => {
                for (module, name) in MATCHES_IMPORTS {
                    imports.add(module, name);
                }
                let pattern = |p: &Option<String>| Expr::atom(p.as_deref().map_or("None".to_string(), string));
                let args = vec![Expr::atom(string(&check.column)), pattern(postgresql), pattern(mysql)];
                push(Expr::call("_Matches", args), None);
            }
            CheckRule::LengthAtMost(n) => {
                imports.add("sqlalchemy", "func");
                push(Expr::atom(format!("func.length({column}) <= {n}")), Some("\"sqlite\""));
            }
            rule => {
                if let Some(condition) = comparison(&column, rule) {
                    push(Expr::atom(condition), None);
                }
            }
        }
    }
    out
}

/// The table's CHECK constraints as `CheckConstraint(..., name=...)` items. With the naming
/// convention the name is the kind, which the convention makes `ck_<table>_<column>_<kind>`;
/// without it, that whole name, truncated as SQLAlchemy truncates it for PostgreSQL.
pub fn checks(imports: &mut Imports, table: &Table, naming_convention: bool) -> Vec<Expr> {
    let sources = check_sources(imports, table);
    if !sources.is_empty() {
        imports.add("sqlalchemy", "CheckConstraint");
    }
    sources
        .into_iter()
        .map(|check| {
            let name = if naming_convention {
                check.kind.to_string()
            } else {
                truncate_generated_name(&check.name, 63).into_owned()
            };
            let constraint = Expr::call(
                "CheckConstraint",
                vec![check.condition, Expr::keyword("name", Expr::atom(string(&name)))],
            );
            match check.dialects {
                None => constraint,
                Some(dialects) => Expr::Chained {
                    receiver: Box::new(constraint),
                    method: "ddl_if".into(),
                    args: vec![Expr::keyword("dialect", Expr::atom(dialects))],
                },
            }
        })
        .collect()
}

/// A CHECK's condition other than a pattern, in Python.
fn comparison(column: &str, rule: &CheckRule) -> Option<String> {
    let value = |literal: &Literal| match literal {
        Literal::Number(n) => n.clone(),
        Literal::Boolean(b) => if *b { "True" } else { "False" }.to_string(),
        Literal::Text(t) | Literal::Date(t) | Literal::DateTime(t) => string(t),
    };
    Some(match rule {
        CheckRule::AtLeast(v) => format!("{column} >= {}", value(v)),
        CheckRule::AtMost(v) => format!("{column} <= {}", value(v)),
        CheckRule::Equals(v) => format!("{column} == {}", value(v)),
        CheckRule::OneOf(values) => {
            let values: Vec<String> = values.iter().map(value).collect();
            format!("{column}.in_([{}])", values.join(", "))
        }
        CheckRule::Matches { .. } | CheckRule::LengthAtMost(_) => return None,
    })
}

/// The table-level constraints: foreign keys only PostgreSQL and SQLite create, linkml's
/// unique keys, each with its index, and the schema's named indexes. Columns are named by
/// their names.
pub fn table_constraints(
    imports: &mut Imports,
    table: &Table,
    deferred: &[&Column],
    naming_convention: bool,
) -> Vec<Expr> {
    let keys: Vec<&UniqueKey> = table.unique_keys.iter().collect();
    let mut out = constraints(imports, deferred, &keys, &|name| string(name));
    for index in table.named_indexes(true) {
        imports.add("sqlalchemy", "Index");
        let mut args = vec![Expr::atom(string(&index.name))];
        args.extend(index.columns.iter().map(|c| Expr::atom(string(c))));
        out.push(Expr::call("Index", args));
    }
    out.extend(checks(imports, table, naming_convention));
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

/// What [`MATCHES_HELPER`] imports.
pub const MATCHES_IMPORTS: [(&str, &str); 8] = [
    ("typing", "Any"),
    ("sqlalchemy", "Boolean"),
    ("sqlalchemy", "ColumnElement"),
    ("sqlalchemy", "column"),
    ("sqlalchemy", "literal"),
    ("sqlalchemy.ext.compiler", "compiles"),
    ("sqlalchemy.sql.compiler", "SQLCompiler"),
    ("sqlalchemy.sql.elements", "ColumnClause"),
];

/// Whether a module's imports include [`MATCHES_HELPER`]'s, which a pattern CHECK needs.
pub fn needs_matches_helper(imports: &Imports) -> bool {
    imports.modules.contains_key("sqlalchemy.ext.compiler")
}

/// A pattern CHECK's condition, compiled for each database: its regular expressions differ
/// (see `linkml_transform::regex`), and SQLite has none. One constraint of one name on every
/// database, so that Alembic's autogenerate renders it for the database it runs against.
pub const MATCHES_HELPER: &str = r#"

class _Matches(ColumnElement[bool]):
    """A CHECK that a column matches a schema pattern, in each database's own regular
    expressions: `~` on PostgreSQL, `REGEXP` on MariaDB and MySQL; true where it has none."""

    inherit_cache = False
    type = Boolean()

    def __init__(self, name: str, postgresql: str | None, mysql: str | None) -> None:
        self.column: ColumnClause[Any] = column(name)
        self.postgresql = postgresql
        self.mysql = mysql

    def get_children(self, **kw: Any) -> tuple[ColumnClause[Any]]:
        return (self.column,)


@compiles(_Matches)
def _matches(element: _Matches, compiler: SQLCompiler, **kw: Any) -> str:
    dialect = compiler.dialect.name
    if dialect == "postgresql" and element.postgresql is not None:
        operator, pattern = "~", element.postgresql
    elif dialect in ("mysql", "mariadb") and element.mysql is not None:
        operator, pattern = "REGEXP", element.mysql
    else:
        return "1 = 1"
    left = compiler.process(element.column, **kw)
    return f"{left} {operator} {compiler.process(literal(pattern), **kw)}"
"#;

/// The `ddl_if` condition of the foreign keys MariaDB and MySQL cannot hold.
pub const MYSQL_GUARD: &str = "

def _not_on_mysql(*_: object, dialect: Dialect, **__: object) -> bool:
    \"\"\"Whether a foreign key that MariaDB and MySQL cannot hold is created.\"\"\"
    return dialect.name not in (\"mysql\", \"mariadb\")
";
