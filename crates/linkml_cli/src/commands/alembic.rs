//! `linkml alembic ...`: Alembic environments for generated models.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use linkml_emit_alembic::InitOptions;

use crate::output;
use crate::pipeline::Failure;

#[derive(Subcommand)]
pub enum AlembicCommand {
    /// Write an Alembic environment (alembic.ini, env.py, script.py.mako, versions/) for the
    /// model packages: it imports every model module, targets their one shared metadata,
    /// compares types and server defaults, uses batch mode on SQLite, and leaves alone the
    /// tables the models do not own.
    Init(InitArgs),
}

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The environment's folder; alembic.ini goes into the folder above it.
    #[arg(default_value = "migrations")]
    dir: PathBuf,
    /// A package (or module) of models to import, such as `schemas.generated`; repeat it for
    /// the project's own models. Importable from alembic.ini's folder.
    #[arg(long = "models", value_name = "PACKAGE", required = true)]
    models: Vec<String>,
    /// Overwrite existing files.
    #[arg(long)]
    force: bool,
    /// Write nothing: print the block to paste into an existing env.py.
    #[arg(long = "print")]
    print_block: bool,
}

pub fn run(command: AlembicCommand) -> Result<(), Failure> {
    match command {
        AlembicCommand::Init(args) => init(args),
    }
}

fn init(args: InitArgs) -> Result<(), Failure> {
    let root = args
        .dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let location = args
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| usage(&format!("`{}` is not a folder name", args.dir.display())))?;
    let options = InitOptions {
        script_location: location,
        model_packages: args.models,
    };
    if args.print_block {
        print!("{}", linkml_emit_alembic::env_block(&options));
        return Ok(());
    }
    let files = linkml_emit_alembic::init_files(&options);
    let existing: Vec<String> = files
        .iter()
        .map(|(path, _)| root.join(path))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() && !args.force {
        eprintln!(
            "error: an Alembic environment is already there ({}): nothing written\n\
             help: `--print` prints the block to paste into your env.py; `--force` overwrites",
            existing.join(", ")
        );
        return Err(Failure::Input);
    }
    let versions = args.dir.join("versions");
    std::fs::create_dir_all(&versions).map_err(|e| {
        eprintln!("error: cannot create {}: {e}", versions.display());
        Failure::Input
    })?;
    for (path, text) in files {
        output::write_file(&root.join(path), false, &text)?;
    }
    eprintln!(
        "wrote {} and {}/: run `alembic -c {} revision --autogenerate -m \"create tables\"`",
        root.join("alembic.ini").display(),
        args.dir.display(),
        root.join("alembic.ini").display()
    );
    Ok(())
}

fn usage(message: &str) -> Failure {
    eprintln!("error: {message}");
    Failure::Usage
}
