//! The project config: generation targets in `linkml-sql.toml` or in `pyproject.toml`'s
//! `[tool.linkml-sql]` table, which `generate` (no generator) regenerates and `generate --check`
//! checks. Each target is a generator run, in the shape of buf's `buf.gen.yaml`:
//!
//! ```toml
//! [[targets]]                      # [[tool.linkml-sql.targets]] in pyproject.toml
//! schema = "schema/library.yaml"
//! generator = "sqla"               # or "sqlmodel", "sqltables"
//! output = "src/app/models.py"     # a folder ("src/app/models/") for --no-mergeimports packages
//! options = ["--sqla-style", "2"]  # the generator's command-line options
//! ```
//!
//! Paths are relative to the config's folder.

use std::ffi::OsString;
use std::ops::Range;
use std::path::{Path, PathBuf};

use clap::Parser;
use linkml_diagnostics::{Diagnostic, Diagnostics, FileId, SourceMap, Span};
use serde::Deserialize;
use toml::Spanned;

use crate::commands::generate::{run_generator, GenerateCommand};
use crate::pipeline::Failure;

const OWN_FILE: &str = "linkml-sql.toml";
const PYPROJECT: &str = "pyproject.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Config {
    #[serde(default)]
    targets: Vec<Spanned<Target>>,
}

#[derive(Deserialize)]
struct Pyproject {
    #[serde(default)]
    tool: Tool,
}

#[derive(Deserialize, Default)]
struct Tool {
    #[serde(rename = "linkml-sql")]
    linkml_sql: Option<Config>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Target {
    schema: Spanned<String>,
    generator: Spanned<String>,
    output: Spanned<String>,
    options: Option<Spanned<Vec<String>>>,
}

/// A target's generator, parsed as the command line would parse it.
#[derive(Parser)]
#[command(no_binary_name = true)]
struct TargetCommand {
    #[command(subcommand)]
    command: GenerateCommand,
}

/// Runs (or with `check`, checks) every target of the config at `path`, or of the one found
/// from the current folder upwards. Errors: a missing or bad config (positioned, every problem
/// at once; nothing runs), or a target that fails or is stale (the others still run).
pub fn run(path: Option<&Path>, check: bool) -> Result<(), Failure> {
    let path = match path {
        Some(path) => path.to_path_buf(),
        None => find().ok_or_else(|| {
            eprintln!(
                "error: no generator named and no project config found: name one (`generate sqla SCHEMA`), \
                 or list targets in {OWN_FILE} or in {PYPROJECT} under [tool.linkml-sql]"
            );
            Failure::Usage
        })?,
    };
    let text = std::fs::read_to_string(&path).map_err(|e| {
        eprintln!("error: cannot read {}: {e}", path.display());
        Failure::Input
    })?;
    let mut map = SourceMap::new();
    let file = map.add(path.display().to_string(), text.clone());
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let source = Source {
        file,
        pyproject: is_pyproject(&path),
        folder,
        check,
    };
    let commands = parse(&text, &source).map_err(|diags| {
        eprint!("{}", diags.render(&map));
        Failure::Input
    })?;
    // Paths in targets, options included, are relative to the config's folder.
    std::env::set_current_dir(folder).map_err(|e| {
        eprintln!("error: cannot enter {}: {e}", folder.display());
        Failure::Input
    })?;
    run_targets(commands, check)
}

fn run_targets(commands: Vec<(String, TargetCommand)>, check: bool) -> Result<(), Failure> {
    let total = commands.len();
    let mut failed = 0;
    for (output, target) in commands {
        if run_generator(target.command).is_err() {
            failed += 1;
            eprintln!(
                "error: target {output} {}",
                if check { "is stale or failed" } else { "failed" }
            );
        }
    }
    let verb = if check { "checked" } else { "generated" };
    eprintln!("{verb} {total} target(s), {failed} failed");
    if failed == 0 {
        Ok(())
    } else {
        Err(Failure::Input)
    }
}

fn is_pyproject(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == PYPROJECT)
}

/// The nearest `linkml-sql.toml`, or `pyproject.toml` with a `[tool.linkml-sql]` table, from
/// the current folder upwards.
fn find() -> Option<PathBuf> {
    let start = std::env::current_dir().ok()?;
    start.ancestors().find_map(|folder| {
        let own = folder.join(OWN_FILE);
        if own.is_file() {
            return Some(own);
        }
        let pyproject = folder.join(PYPROJECT);
        let text = std::fs::read_to_string(&pyproject).ok()?;
        let table: toml::Table = toml::from_str(&text).ok()?;
        let tool = table.get("tool")?.as_table()?;
        tool.contains_key("linkml-sql").then_some(pyproject)
    })
}

/// Where a config comes from, and how its targets run.
struct Source<'a> {
    file: FileId,
    pyproject: bool,
    folder: &'a Path,
    check: bool,
}

/// The config's targets as generator commands (each with `-o OUTPUT`, and `--check` when
/// checking), or every problem.
fn parse(text: &str, source: &Source) -> Result<Vec<(String, TargetCommand)>, Diagnostics> {
    let at = |range: Range<usize>| Span {
        file: source.file,
        start: range.start,
        end: range.end,
    };
    let config = if source.pyproject {
        toml::from_str::<Pyproject>(text).map(|p| p.tool.linkml_sql.unwrap_or(Config { targets: Vec::new() }))
    } else {
        toml::from_str::<Config>(text)
    };
    let config = config.map_err(|e| {
        let mut diags = Diagnostics::new();
        let d = Diagnostic::error(format!("bad project config: {}", e.message().trim_end()));
        diags.push(match e.span() {
            Some(range) => d.at(at(range), "here"),
            None => d,
        });
        diags
    })?;
    let mut diags = Diagnostics::new();
    if config.targets.is_empty() {
        diags.push(
            Diagnostic::error("the project config lists no targets")
                .at(at(0..0), "no [[targets]]")
                .help("add a [[targets]] table with schema, generator and output"),
        );
    }
    let mut commands = Vec::new();
    let mut outputs: Vec<&str> = Vec::new();
    for target in &config.targets {
        let target = target.get_ref();
        if outputs.contains(&target.output.get_ref().as_str()) {
            diags.push(
                Diagnostic::error(format!("two targets write {}", target.output.get_ref()))
                    .at(at(target.output.span()), "written by an earlier target too"),
            );
        }
        outputs.push(target.output.get_ref());
        match command(target, source, at) {
            Ok(command) => commands.push((target.output.get_ref().clone(), command)),
            Err(problems) => problems.into_iter().for_each(|d| diags.push(d)),
        }
    }
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok(commands)
    }
}

/// One target as the generator command it stands for, or its problems.
fn command(
    target: &Target,
    source: &Source,
    at: impl Fn(Range<usize>) -> Span,
) -> Result<TargetCommand, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    if !source.folder.join(target.schema.get_ref()).is_file() {
        problems.push(
            Diagnostic::error(format!("schema {} does not exist", target.schema.get_ref()))
                .at(at(target.schema.span()), "no such file")
                .help("give the path relative to the config's folder"),
        );
    }
    let generator = target.generator.get_ref();
    if !["sqla", "sqlmodel", "sqltables", "sqlddl"].contains(&generator.as_str()) {
        problems.push(
            Diagnostic::error(format!("unknown generator `{generator}`"))
                .at(at(target.generator.span()), "not a generator")
                .help("use sqla, sqlmodel or sqltables"),
        );
    }
    let options = target.options.as_ref().map_or(&[][..], |o| o.get_ref().as_slice());
    let options_span = target.options.as_ref().map_or(target.generator.span(), Spanned::span);
    if let Some(option) = options
        .iter()
        .find(|o| ["-o", "--output", "--check"].contains(&o.as_str()))
    {
        problems.push(
            Diagnostic::error(format!("`{option}` is not a target option"))
                .at(at(options_span.clone()), "in these options")
                .help("the target's `output` sets -o; `generate --check` checks every target"),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut args: Vec<OsString> = vec![generator.into(), target.schema.get_ref().into()];
    args.extend(options.iter().map(OsString::from));
    args.extend(["-o".into(), target.output.get_ref().into()]);
    if source.check {
        args.push("--check".into());
    }
    TargetCommand::try_parse_from(args).map_err(|e| {
        let message = e.render().to_string();
        let first = message.lines().next().unwrap_or_default().trim_start_matches("error: ");
        // clap's own suggestion (`tip: a similar argument exists`), where it has one.
        let tip = message.lines().map(str::trim).find(|l| l.starts_with("tip:"));
        let help = tip.map_or_else(
            || format!("the options of `{generator}`, as on its command line (see --help)"),
            str::to_string,
        );
        vec![Diagnostic::error(format!("bad target options: {first}"))
            .at(at(options_span.clone()), "these options")
            .help(help)]
    })
}
