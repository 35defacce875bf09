//! Stage 4 of the pipeline: a resolved schema view to the relational IR.

pub mod constraints;
mod inverse;
pub mod ir;
pub mod order;
pub mod physical;
pub mod regex;
mod transformer;
mod types;

pub use ir::{
    Check, CheckRule, Column, EnumType, ForeignKey, Index, InversePair, Literal, Mapping, RelationalModel, SqlType,
    Table, UniqueKey, ValueConstraints,
};
pub use transformer::{ForeignKeyPolicy, Transformer};

/// Something the transform reports about a class and, where it concerns one, a slot; the
/// caller positions it in the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// An error stops generation; a warning does not.
    pub error: bool,
    pub message: String,
    /// The LinkML class (for a join table, the class whose slot it stores).
    pub class: String,
    pub slot: Option<String>,
    pub help: Option<Box<str>>,
    /// Where in the schema, with its label, when that is neither the class nor the slot.
    pub at: Option<Box<(linkml_diagnostics::Span, String)>>,
    /// A note: something left out that needs no change to the schema.
    pub note: bool,
    /// The kind of problem, for grouping repeated warnings (`pattern-not-checked`, ...).
    pub kind: Option<&'static str>,
}

impl Problem {
    pub fn error(class: &str, slot: Option<&str>, message: String, help: &str) -> Self {
        Problem {
            error: true,
            message,
            class: class.to_string(),
            slot: slot.map(str::to_string),
            help: Some(help.into()),
            at: None,
            note: false,
            kind: None,
        }
    }

    pub fn warning(class: &str, slot: Option<&str>, message: String, help: &str) -> Self {
        Problem {
            error: false,
            ..Problem::error(class, slot, message, help)
        }
    }
}

/// The relational model, and the warnings its transform gave.
pub struct Transformed {
    pub model: RelationalModel,
    pub warnings: Vec<Problem>,
}

/// Transforms the view's schema into tables, as linkml 1.12.1 does for the given policy,
/// plus the schema's value constraints where `schema_constraints` (see [`constraints`]).
/// Errors: every problem that stops it (at least one of them an error).
pub fn transform(
    view: &linkml_derive::SchemaView,
    policy: ForeignKeyPolicy,
    schema_constraints: bool,
) -> Result<Transformed, Vec<Problem>> {
    Transformer::new(view, policy)
        .with_schema_constraints(schema_constraints)
        .transform()
}
