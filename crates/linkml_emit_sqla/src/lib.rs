//! Stage 5 of the pipeline: SQLAlchemy modules written from the relational IR only.

mod columns;
mod declarative;
mod imperative;
mod names;
mod python;
mod sqlmodel;

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
    let names = imports
        .modules
        .get("sqlalchemy")
        .map(|n| n.iter().copied().collect())
        .unwrap_or_default();
    (expr.flat(), names)
}
