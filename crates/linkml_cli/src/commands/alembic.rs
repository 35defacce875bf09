//! `linkml alembic ...`: Alembic environments for generated models.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use linkml_emit_alembic::revision::RevisionOptions;
use linkml_emit_alembic::InitOptions;
use linkml_transform::ForeignKeyPolicy;

use crate::output;
use crate::pipeline::{self, Failure, SchemaArgs};

#[derive(Subcommand)]
pub enum AlembicCommand {
    /// Write an Alembic environment (alembic.ini, env.py, script.py.mako, versions/) for the
    /// model packages: it imports every model module, targets their one shared metadata,
    /// compares types and server defaults, uses batch mode on SQLite, and leaves alone the
    /// tables the models do not own.
    Init(InitArgs),
    /// Write a reversible revision from two versions of a schema, without a database: tables,
    /// columns, nullability, types, keys, indexes, join tables, enum values, and renames named
    /// by `annotations: {renamed_from: OLD}` on a class or slot.
    Revision(RevisionArgs),
}

#[derive(Args, Debug)]
pub struct RevisionArgs {
    /// The schema the database has now.
    #[arg(long = "from", value_name = "OLD.yaml")]
    from: PathBuf,
    /// The schema the database should have.
    #[arg(long = "to", value_name = "NEW.yaml")]
    to: PathBuf,
    /// The revision's message.
    #[arg(short = 'm', long = "message")]
    message: String,
    /// The revision id (default: derived from the two schemas and the message).
    #[arg(long = "rev-id", value_name = "ID")]
    rev_id: Option<String>,
    /// The revision this one follows (default: the head of the versions folder).
    #[arg(long = "down-revision", value_name = "ID")]
    down_revision: Option<String>,
    /// The versions folder.
    #[arg(long = "dir", value_name = "VERSIONS", default_value = "migrations/versions")]
    dir: PathBuf,
    /// The models' style: 1 or 2 (as given to `generate sqla`; 2 names every reference column
    /// `<slot>_<key>`).
    #[arg(long, value_name = "1|2", default_value = "1")]
    sqla_style: u8,
    /// The models were generated with `--no-use-foreign-keys` (plain columns, no join tables).
    #[arg(long)]
    no_use_foreign_keys: bool,
    /// The models were generated with `--no-schema-constraints` (no CHECKs, server defaults
    /// or string lengths from the schema).
    #[arg(long)]
    no_schema_constraints: bool,
    /// JSON file mapping import names to local paths (linkml's `-im`).
    #[arg(short = 'i', long = "importmap", value_name = "FILE")]
    importmap: Option<PathBuf>,
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
        AlembicCommand::Revision(args) => revision(args),
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

fn revision(args: RevisionArgs) -> Result<(), Failure> {
    let policy = match (args.sqla_style, args.no_use_foreign_keys) {
        (1 | 2, true) => ForeignKeyPolicy::None,
        (1, false) => ForeignKeyPolicy::InjectForNested,
        (2, false) => ForeignKeyPolicy::InjectForAllRefs,
        _ => return Err(usage("--sqla-style is 1 or 2")),
    };
    let model = |schema: &PathBuf| {
        let schema_args = SchemaArgs {
            schema: schema.clone(),
            importmap: args.importmap.clone(),
            no_schema_constraints: args.no_schema_constraints,
            ..SchemaArgs::default()
        };
        let loaded = pipeline::load(&schema_args)?;
        pipeline::transform(&loaded, &schema_args, &mut pipeline::Reporter::default(), policy)
    };
    let (old, new) = (model(&args.from)?, model(&args.to)?);
    let unsupported = linkml_emit_alembic::revision::unsupported(&old, &new);
    if !unsupported.is_empty() {
        for message in &unsupported {
            eprintln!("error: {message}");
        }
        eprintln!(
            "error: no revision written: {} change(s) this command does not migrate",
            unsupported.len()
        );
        return Err(Failure::Input);
    }
    let down_revision = match args.down_revision {
        Some(id) => Some(id),
        None => head_revision(&args.dir)?,
    };
    let rev_id = args.rev_id.unwrap_or_else(|| {
        let seed = format!(
            "{}\n{}\n{}\n{down_revision:?}",
            args.from.display(),
            args.to.display(),
            args.message
        );
        linkml_naming::stable_hash(&seed)[..12].to_string()
    });
    let written = linkml_emit_alembic::revision::write(
        &old,
        &new,
        &RevisionOptions {
            message: &args.message,
            revision: &rev_id,
            down_revision: down_revision.as_deref(),
        },
    );
    for warning in &written.warnings {
        eprintln!("warning: {warning}: data is lost (marked WARNING in the revision)");
    }
    let slug: String = args
        .message
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let path = args.dir.join(format!("{rev_id}_{}.py", slug.trim_matches('_')));
    std::fs::create_dir_all(&args.dir).map_err(|e| {
        eprintln!("error: cannot create {}: {e}", args.dir.display());
        Failure::Input
    })?;
    output::write_file(&path, false, &written.text)?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// The head of a versions folder: the revision no other revision names as its parent.
fn head_revision(dir: &Path) -> Result<Option<String>, Failure> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(None);
    };
    let mut revisions = Vec::new();
    let mut parents = Vec::new();
    for entry in entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
    {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for line in text.lines() {
            let quoted = || {
                line.split(['\'', '"'])
                    .skip(1)
                    .step_by(2)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            };
            if line.starts_with("revision") && line.contains('=') {
                revisions.extend(quoted());
            } else if line.starts_with("down_revision") && line.contains('=') {
                parents.extend(quoted());
            }
        }
    }
    let heads: Vec<String> = revisions.into_iter().filter(|r| !parents.contains(r)).collect();
    match heads.as_slice() {
        [] => Ok(None),
        [head] => Ok(Some(head.clone())),
        _ => {
            eprintln!(
                "error: {} has several heads ({}): name one with --down-revision",
                dir.display(),
                heads.join(", ")
            );
            Err(Failure::Usage)
        }
    }
}

fn usage(message: &str) -> Failure {
    eprintln!("error: {message}");
    Failure::Usage
}
