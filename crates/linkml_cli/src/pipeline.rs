//! The stages every command shares: resolve the schema set, derive the view, report problems.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use linkml_diagnostics::{Diagnostic, Diagnostics, Severity, SourceMap};
use linkml_resolve::{ImportMap, Origin, ResolveOptions, SchemaSet};

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

/// Prints each diagnostic once, however many loads find it (a package's modules load the
/// same imported files again).
#[derive(Default)]
pub struct Reporter {
    printed: std::collections::HashSet<String>,
    /// The classes of a whole package's schemas, with the file defining each: a file that
    /// names one without importing it would give a module unlike the merged model's, so
    /// that unknown range is an error.
    pub package_classes: std::collections::HashMap<String, String>,
}

/// Runs load, resolve and validation; prints diagnostics; stops on errors.
pub fn load(args: &SchemaArgs) -> Result<Loaded, Failure> {
    load_from(&Origin::File(args.schema.clone()), args, &mut Reporter::default())
}

/// As [`load`], for the schema at `origin` (a file or a built-in schema), with `args`'s
/// import map and strictness.
pub fn load_from(origin: &Origin, args: &SchemaArgs, reporter: &mut Reporter) -> Result<Loaded, Failure> {
    let mut options = ResolveOptions::default();
    if let Some(path) = &args.importmap {
        options.importmap = ImportMap::from_json_file(path).map_err(|message| {
            eprintln!("error: {message}");
            Failure::Usage
        })?;
    }
    let mut map = SourceMap::new();
    let mut diags = Diagnostics::new();
    let set = linkml_resolve::resolve_origin(origin, &options, &mut map, &mut diags);
    if let Some(set) = &set {
        diags.extend(linkml_derive::SchemaView::new(set).validate());
    }
    reporter
        .report(diags, &map, args.strict, set.is_some())
        .map(|()| Loaded {
            set: set.expect("checked by report"),
        })
}

impl Reporter {
    fn report(&mut self, mut diags: Diagnostics, map: &SourceMap, strict: bool, loaded: bool) -> Result<(), Failure> {
        if strict {
            diags.make_strict();
        }
        let items: Vec<Diagnostic> = diags.items().iter().map(|d| self.missing_import(d)).collect();
        for diagnostic in &items {
            let text = diagnostic.render(map);
            if !self.printed.contains(&text) {
                eprint!("{text}");
                self.printed.insert(text);
            }
        }
        let count = items.iter().filter(|d| d.severity == Severity::Error).count();
        if count > 0 || !loaded {
            eprintln!("error: stopped after {count} error(s)");
            return Err(Failure::Input);
        }
        Ok(())
    }

    /// An unknown range that names a class of another file of the package, as an error.
    fn missing_import(&self, diagnostic: &Diagnostic) -> Diagnostic {
        let mut out = diagnostic.clone();
        if let Some((linkml_derive::UNKNOWN_RANGE, name)) = &diagnostic.about {
            if let Some(file) = self.package_classes.get(name) {
                out.severity = Severity::Error;
                out.help = Some(format!(
                    "`{name}` is a class of {file}, which this file does not import; with \
                     --no-mergeimports every file must import the schemas whose classes it uses"
                ));
            }
        }
        out
    }
}
