//! The stages every command shares: resolve the schema set, derive the view, report problems.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use linkml_diagnostics::{Diagnostics, SourceMap};
use linkml_resolve::{ImportMap, ResolveOptions, SchemaSet};

/// Options that every command reading a schema accepts.
#[derive(Args, Debug, Clone)]
pub struct SchemaArgs {
    /// The LinkML schema (YAML).
    pub schema: PathBuf,

    /// JSON file mapping import names or `prefix:` keys to local paths (linkml's `-im`, which is
    /// accepted too).
    #[arg(short = 'i', long = "importmap", alias = "im", value_name = "FILE")]
    pub importmap: Option<PathBuf>,

    /// Treat every warning as an error.
    #[arg(long)]
    pub strict: bool,
}

/// Why a command stopped; diagnostics were already printed.
pub enum Failure {
    /// Errors in the input (exit 1).
    Input,
    /// Bad usage (exit 2).
    Usage,
}

impl Failure {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Failure::Input => ExitCode::from(1),
            Failure::Usage => ExitCode::from(2),
        }
    }
}

/// A loaded and validated schema set, with the sources its diagnostics point into.
pub struct Loaded {
    pub set: SchemaSet,
}

/// Runs load, resolve and validation; prints diagnostics; stops on errors.
pub fn load(args: &SchemaArgs) -> Result<Loaded, Failure> {
    let mut options = ResolveOptions::default();
    if let Some(path) = &args.importmap {
        options.importmap = ImportMap::from_json_file(path).map_err(|message| {
            eprintln!("error: {message}");
            Failure::Usage
        })?;
    }
    let mut map = SourceMap::new();
    let mut diags = Diagnostics::new();
    let set = linkml_resolve::resolve(&args.schema, &options, &mut map, &mut diags);
    if let Some(set) = &set {
        diags.extend(linkml_derive::SchemaView::new(set).validate());
    }
    report(diags, &map, args.strict, set.is_some()).map(|()| Loaded {
        set: set.expect("checked by report"),
    })
}

fn report(mut diags: Diagnostics, map: &SourceMap, strict: bool, loaded: bool) -> Result<(), Failure> {
    if strict {
        diags.make_strict();
    }
    eprint!("{}", diags.render(map));
    if diags.has_errors() || !loaded {
        let count = diags
            .items()
            .iter()
            .filter(|d| d.severity == linkml_diagnostics::Severity::Error)
            .count();
        eprintln!("error: stopped after {count} error(s)");
        return Err(Failure::Input);
    }
    Ok(())
}
