//! Stage 5 of the pipeline: SQLAlchemy modules written from the relational IR only.

mod columns;
mod declarative;
mod imperative;
mod names;
mod python;

pub use declarative::{write as write_declarative, write_base, BaseKind, ModuleScope, Options, Style};
pub use imperative::write as write_imperative;
