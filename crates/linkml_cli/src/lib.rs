//! `linkml`: LinkML schemas to relational models, fast.

/// Schemas load as many small allocations; mimalloc makes them markedly cheaper than glibc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod commands;
mod json;
mod modules;
mod output;
mod pipeline;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "linkml",
    version,
    about = "LinkML schemas to SQLAlchemy models, SQL DDL and Alembic migrations"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate code from a schema.
    #[command(subcommand)]
    Generate(commands::generate::GenerateCommand),
    /// Inspect what a schema derives to.
    #[command(subcommand)]
    Schema(commands::schema::SchemaCommand),
    /// Alembic environments and migrations for generated models.
    #[command(subcommand)]
    Alembic(commands::alembic::AlembicCommand),
}

fn main() -> ExitCode {
    // linkml spells the import-map option `-im`; clap's short options are one letter.
    let args = std::env::args_os().map(|a| if a == "-im" { "--importmap".into() } else { a });
    let cli = Cli::parse_from(args);
    let result = match cli.command {
        Command::Generate(command) => commands::generate::run(command),
        Command::Schema(command) => commands::schema::run(command),
        Command::Alembic(command) => commands::alembic::run(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.exit_code(),
    }
}
