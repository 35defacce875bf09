//! Stage 5 of the pipeline: SQLAlchemy modules written from the relational IR only.

mod columns;
mod declarative;
mod imperative;
mod names;
mod python;
mod sqlmodel;

pub use columns::{CheckSource, MATCHES_HELPER, MATCHES_IMPORTS};
pub use declarative::{write as write_declarative, write_base, BaseKind, ModuleScope, Options, Style};
pub use imperative::write as write_imperative;

/// A Python string literal, as the generated modules write them.
pub use python::string as python_string;

/// A column's SQLAlchemy type as Python source (as in the generated models), and the names it
/// needs from `sqlalchemy`.
pub fn column_type_source(
    table: &linkml_transform::Table,
    column: &linkml_transform::Column,
) -> (String, Vec<&'static str>) {
    let deferred = table.foreign_keys_over_mysql_limit();
    let length = table.mysql_length(column, table.is_mapped_primary_key(column), &deferred);
    let mut imports = columns::Imports::default();
    let expr = columns::sql_type(&mut imports, &column.sql_type, length);
    (expr.flat(), sqlalchemy_names(&imports))
}

/// The table's CHECK constraints as Python source, and the names they need from `sqlalchemy`.
pub fn check_sources(table: &linkml_transform::Table) -> (Vec<CheckSource>, Vec<&'static str>) {
    let mut imports = columns::Imports::default();
    let sources = columns::check_sources(&mut imports, table);
    (sources, sqlalchemy_names(&imports))
}

/// A column's server default as Python source (as in the generated models), and the names it
/// needs from `sqlalchemy`.
pub fn server_default_source(literal: &linkml_transform::Literal) -> (String, Vec<&'static str>) {
    let mut imports = columns::Imports::default();
    let expr = columns::server_default(&mut imports, literal);
    (expr.flat(), sqlalchemy_names(&imports))
}

fn sqlalchemy_names(imports: &columns::Imports) -> Vec<&'static str> {
    imports
        .modules
        .get("sqlalchemy")
        .map(|n| n.iter().copied().collect())
        .unwrap_or_default()
}
