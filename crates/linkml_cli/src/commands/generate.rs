//! `linkml generate ...`: the generators, with linkml's options.

use clap::{ArgAction, Args, Subcommand, ValueEnum};
use linkml_derive::SchemaView;
use linkml_emit_sqla::Style;

use linkml_transform::ForeignKeyPolicy;

use crate::output::{self, OutputArgs};
use crate::pipeline::{self, Failure, SchemaArgs};

#[derive(Subcommand)]
pub enum GenerateCommand {
    /// SQLAlchemy models (linkml's gen-sqla).
    Sqla(SqlaArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SqlaStyle {
    #[value(name = "1")]
    One,
    #[value(name = "2")]
    Two,
}

/// Options that linkml accepts on every generator and that change nothing in its output.
#[derive(Args, Debug)]
pub struct SharedArgs {
    /// Accepted for compatibility with linkml: imports are always merged (see the README).
    #[arg(long, overrides_with = "no_mergeimports")]
    mergeimports: bool,
    /// Accepted for compatibility with linkml; the output is the same (see the README).
    #[arg(long)]
    no_mergeimports: bool,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(short = 'f', long = "format", value_name = "FORMAT")]
    format: Option<String>,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long, overrides_with = "no_metadata")]
    metadata: bool,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long)]
    no_metadata: bool,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long, overrides_with = "metauris")]
    useuris: bool,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long)]
    metauris: bool,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long, overrides_with = "no_generation_date")]
    generation_date: bool,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long)]
    no_generation_date: bool,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long = "log_level", value_name = "LEVEL")]
    log_level: Option<String>,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(short = 'v', long = "verbose", action = ArgAction::Count)]
    verbose: u8,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long, overrides_with = "no_stacktrace")]
    stacktrace: bool,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long)]
    no_stacktrace: bool,
}

#[derive(Args, Debug)]
pub struct SqlaArgs {
    #[command(flatten)]
    schema: SchemaArgs,
    #[command(flatten)]
    output: OutputArgs,
    /// Declarative classes (the default).
    #[arg(long, overrides_with = "no_declarative")]
    declarative: bool,
    /// linkml's imperative mapping: Table objects mapped onto the classes of the schema's
    /// gen-python module.
    #[arg(long)]
    no_declarative: bool,
    /// SQLAlchemy style: 1 (declarative_base and Column, the default) or 2 (DeclarativeBase,
    /// Mapped and mapped_column).
    #[arg(long, value_enum, value_name = "1|2")]
    sqla_style: Option<SqlaStyle>,
    /// Emit foreign keys, surrogate keys and join tables (default).
    #[arg(long, overrides_with = "no_use_foreign_keys")]
    use_foreign_keys: bool,
    /// Plain columns only: no keys injected, no join tables, no foreign keys.
    #[arg(long)]
    no_use_foreign_keys: bool,
    /// Not supported: linkml prints a Pydantic module first; use a Pydantic generator.
    #[arg(long, overrides_with = "no_pydantic")]
    pydantic: bool,
    #[arg(long, hide = true)]
    no_pydantic: bool,
    /// Not supported (linkml raises NotImplementedError for it).
    #[arg(long, overrides_with = "no_generate_classes")]
    generate_classes: bool,
    #[arg(long, hide = true)]
    no_generate_classes: bool,
    /// Constraint naming convention on the generated metadata: `default` (ix, uq, ck, fk and
    /// pk names that Alembic can alter and drop) or `none`.
    #[arg(long, value_enum, default_value = "default", value_name = "default|none")]
    naming_convention: NamingConvention,
    #[command(flatten)]
    shared: SharedArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum NamingConvention {
    Default,
    None,
}

pub fn run(command: GenerateCommand) -> Result<(), Failure> {
    match command {
        GenerateCommand::Sqla(args) => sqla(args),
    }
}

fn usage(message: &str) -> Failure {
    eprintln!("error: {message}");
    Failure::Usage
}

fn sqla(args: SqlaArgs) -> Result<(), Failure> {
    if args.pydantic {
        return Err(usage(
            "--pydantic is not supported: generate Pydantic models with a Pydantic generator",
        ));
    }
    if args.generate_classes {
        return Err(usage(
            "--generate-classes is not supported (linkml does not implement it either)",
        ));
    }
    if args.no_declarative && args.sqla_style.is_some() {
        return Err(usage(
            "--sqla-style only applies in declarative mode (remove --no-declarative)",
        ));
    }
    let style = match args.sqla_style {
        Some(SqlaStyle::Two) => Style::Two,
        _ => Style::One,
    };
    let policy = match (args.no_use_foreign_keys, style) {
        (true, _) => ForeignKeyPolicy::None,
        (false, Style::Two) => ForeignKeyPolicy::InjectForAllRefs,
        (false, Style::One) => ForeignKeyPolicy::InjectForNested,
    };
    let loaded = pipeline::load(&args.schema)?;
    let view = SchemaView::merged(&loaded.set);
    let model = linkml_transform::transform(&view, policy).map_err(|message| {
        eprintln!("error: {message}");
        Failure::Input
    })?;
    // Emitters read only the IR: the schema can go before the (large) output is built.
    drop(view);
    drop(loaded);
    let naming_convention = args.naming_convention == NamingConvention::Default;
    let code = if args.no_declarative {
        linkml_emit_sqla::write_imperative(&model, naming_convention)
    } else {
        linkml_emit_sqla::write_declarative(
            &model,
            linkml_emit_sqla::Options {
                style,
                naming_convention,
            },
        )
    };
    output::emit(&args.output, &code)
}
