//! Stage 4 of the pipeline: a resolved schema view to the relational IR.

pub mod ir;
pub mod order;
pub mod physical;
mod transformer;
mod types;

pub use ir::{Column, ForeignKey, Index, Mapping, RelationalModel, SqlType, Table, UniqueKey};
pub use transformer::{ForeignKeyPolicy, Transformer};

/// Transforms the view's schema into tables, as linkml 1.12.1 does for the given policy.
pub fn transform(view: &linkml_derive::SchemaView, policy: ForeignKeyPolicy) -> Result<RelationalModel, String> {
    Transformer::new(view, policy).transform()
}
