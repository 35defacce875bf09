pub mod alembic;
pub mod generate;
pub mod schema;
