//! The stages every command shares: resolve the schema set, derive the view, report problems.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use linkml_diagnostics::{Diagnostic, Diagnostics, Severity, SourceMap};
use linkml_resolve::{ImportMap, Origin, ResolveOptions, SchemaSet};
use linkml_transform::Problem;

/// Options that every command reading a schema accepts.
#[derive(Args, Debug, Clone, Default)]
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

    /// Show no warnings (errors still show).
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Show every repeated warning, not one per kind and pair of files (also linkml's -v).
    #[arg(short = 'v', long = "verbose", action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Leave out what the schema's value constraints give the tables: CHECK constraints
    /// (minimum_value, maximum_value, equals_*, pattern), server defaults (ifabsent) and string
    /// lengths (the max_length annotation). linkml 1.12.1 writes none of them.
    #[arg(long)]
    pub no_schema_constraints: bool,
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
    /// The sources, for diagnostics that later stages raise.
    pub map: SourceMap,
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
    reporter.report(diags, &map, args, set.is_some()).map(|()| Loaded {
        set: set.expect("checked by report"),
        map,
    })
}

/// The relational model of a loaded schema, with the transform's warnings and errors reported
/// at their positions.
pub fn transform(
    loaded: &Loaded,
    args: &SchemaArgs,
    reporter: &mut Reporter,
    policy: linkml_transform::ForeignKeyPolicy,
) -> Result<linkml_transform::RelationalModel, Failure> {
    let view = linkml_derive::SchemaView::merged(&loaded.set);
    match linkml_transform::transform(&view, policy, !args.no_schema_constraints) {
        Ok(transformed) => {
            reporter.report_problems(&transformed.warnings, loaded, args)?;
            Ok(transformed.model)
        }
        Err(problems) => {
            reporter.report_problems(&problems, loaded, args)?;
            Err(Failure::Input)
        }
    }
}

impl Reporter {
    /// Reports what the transform found, each at the slot or class it concerns; fails if one
    /// is an error.
    pub fn report_problems(&mut self, problems: &[Problem], loaded: &Loaded, args: &SchemaArgs) -> Result<(), Failure> {
        if problems.is_empty() {
            return Ok(());
        }
        let view = linkml_derive::SchemaView::merged(&loaded.set);
        let mut diags = Diagnostics::new();
        for problem in problems {
            let mut d = match (problem.error, problem.note) {
                (true, _) => Diagnostic::error(problem.message.clone()),
                (false, false) => Diagnostic::warning(problem.message.clone()),
                (false, true) => Diagnostic::note(problem.message.clone()),
            };
            if let Some(kind) = problem.kind {
                d = d.about(kind, problem.slot.clone().unwrap_or_else(|| problem.class.clone()));
            }
            if let Some((span, label)) = problem.at.as_deref() {
                d = d.at(*span, label.clone());
            } else if let Some(span) = problem_span(&view, problem) {
                d = d.at(
                    span,
                    if problem.slot.is_some() {
                        "this slot"
                    } else {
                        "this class"
                    },
                );
            }
            if let Some(help) = &problem.help {
                d = d.help(help.to_string());
            }
            diags.push(d);
        }
        self.report(diags, &loaded.map, args, true)
    }

    /// Prints the diagnostics (grouped, each once, warnings left out with `--quiet`) and a
    /// summary line; fails on errors.
    fn report(
        &mut self,
        mut diags: Diagnostics,
        map: &SourceMap,
        args: &SchemaArgs,
        loaded: bool,
    ) -> Result<(), Failure> {
        if args.strict {
            diags.make_strict();
        }
        let items: Vec<Diagnostic> = diags.items().iter().map(|d| self.missing_import(d)).collect();
        let errors = items.iter().filter(|d| d.severity == Severity::Error).count();
        let warnings = items.iter().filter(|d| d.severity == Severity::Warning).count();
        let shown: Vec<&Diagnostic> = items
            .iter()
            .filter(|d| !args.quiet || d.severity == Severity::Error)
            .collect();
        let mut printed_any = false;
        for text in linkml_diagnostics::render_grouped(&shown, map, args.verbose > 0) {
            if self.printed.insert(text.clone()) {
                eprint!("{text}");
                printed_any = true;
            }
        }
        let summary = format!("{errors} error(s), {warnings} warning(s)");
        if errors > 0 || !loaded {
            eprintln!("error: stopped: {summary}");
            return Err(Failure::Input);
        }
        if printed_any {
            eprintln!("{summary}");
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

/// Where a transform problem is: the slot's definition in the class or an ancestor (an
/// attribute, a `slot_usage` or the schema's slot), else the class's name.
fn problem_span(view: &linkml_derive::SchemaView, problem: &Problem) -> Option<linkml_diagnostics::Span> {
    let class = view.get_class(&problem.class)?;
    let in_classes = problem.slot.as_deref().and_then(|slot| {
        view.class_ancestors(&class.element.name.value)
            .iter()
            .filter_map(|name| view.get_class(name))
            .find_map(|c| c.attributes.get(slot).or_else(|| c.slot_usage.get(slot)))
            .map(|s| s.name.span)
    });
    let in_schema = || {
        problem
            .slot
            .as_deref()
            .and_then(|s| view.get_slot(s))
            .map(|s| s.name.span)
    };
    Some(in_classes.or_else(in_schema).unwrap_or(class.element.name.span))
}
