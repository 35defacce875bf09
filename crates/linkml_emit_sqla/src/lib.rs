//! Stage 5 of the pipeline: SQLAlchemy modules written from the relational IR only.

mod declarative;
mod names;
mod python;

pub use declarative::{write as write_declarative, Options, Style};
