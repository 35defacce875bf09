//! The `linkml-sql` command (also installed as `linkml` by `cargo install`): LinkML schemas to
//! relational models, fast. Both binaries call [`main`]; the command names itself after the
//! name it was run by.

/// Schemas load as many small allocations; mimalloc makes them markedly cheaper than glibc.
/// Its version 2 (the `v2` feature): version 3's arenas kept 1.6 times the resident memory.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod commands;
mod json;
mod modules;
mod output;
mod pipeline;
mod project;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

#[derive(Parser)]
#[command(about = "LinkML schemas to SQLAlchemy models, SQL DDL and Alembic migrations")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate code from a schema, or with no generator, every target of the project config.
    Generate(commands::generate::GenerateArgs),
    /// Inspect what a schema derives to.
    #[command(subcommand)]
    Schema(commands::schema::SchemaCommand),
    /// Alembic environments and migrations for generated models.
    #[command(subcommand)]
    Alembic(commands::alembic::AlembicCommand),
    /// Print a shell completion script (bash, zsh, fish, powershell or elvish).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -`.
    Man,
}

/// The command as run: `linkml-sql` or `linkml`, from the program's file name.
fn command_name() -> &'static str {
    let program = std::env::args_os().next().map(std::path::PathBuf::from);
    let stem = program.as_deref().and_then(std::path::Path::file_stem);
    if stem.is_some_and(|s| s == "linkml") {
        "linkml"
    } else {
        "linkml-sql"
    }
}

/// The clap command under the name it was run by, with the tool's and linkml-model's versions.
fn cli_command() -> clap::Command {
    let name = command_name();
    // Built once per run; clap keeps `'static` text.
    let version: &'static str = Box::leak(
        format!(
            "{} (linkml-model {})",
            env!("CARGO_PKG_VERSION"),
            linkml_resolve::LINKML_MODEL_VERSION
        )
        .into_boxed_str(),
    );
    Cli::command().name(name).bin_name(name).version(version)
}

/// Runs the command line; the exit code is 0 on success, 1 on bad input or stale files, 2 on
/// bad usage.
pub fn main() -> ExitCode {
    // linkml spells the import-map option `-im`; clap's short options are one letter.
    let args = std::env::args_os().map(|a| if a == "-im" { "--importmap".into() } else { a });
    let matches = cli_command().get_matches_from(args);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let result = match cli.command {
        Command::Generate(args) => commands::generate::run(args),
        Command::Schema(command) => commands::schema::run(command),
        Command::Alembic(command) => commands::alembic::run(command),
        Command::Completions { shell } => {
            let mut command = cli_command();
            clap_complete::generate(shell, &mut command, command_name(), &mut std::io::stdout());
            Ok(())
        }
        Command::Man => man(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.exit_code(),
    }
}

fn man() -> Result<(), pipeline::Failure> {
    clap_mangen::Man::new(cli_command())
        .render(&mut std::io::stdout())
        .map_err(|e| {
            eprintln!("error: cannot write the manual page: {e}");
            pipeline::Failure::Input
        })
}
