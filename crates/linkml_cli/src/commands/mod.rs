pub mod generate;
pub mod schema;
