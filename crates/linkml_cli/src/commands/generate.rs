//! `linkml generate ...`: the generators, with linkml's options.

use clap::{ArgAction, Args, Subcommand, ValueEnum};
use linkml_derive::SchemaView;
use linkml_emit_sqla::{BaseKind, ModuleScope, Style};

use linkml_emit_ddl::Dialect;
use linkml_transform::{ForeignKeyPolicy, RelationalModel};

use crate::output::{self, OutputArgs};
use crate::pipeline::{self, Failure, SchemaArgs};

#[derive(Subcommand)]
pub enum GenerateCommand {
    /// SQLAlchemy models (linkml's gen-sqla).
    Sqla(SqlaArgs),
    /// SQL DDL for one database (linkml's gen-sqltables and gen-sqlddl).
    #[command(alias = "sqlddl")]
    Sqltables(SqltablesArgs),
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
    /// Merge the imported schemas' classes into the output (the default).
    #[arg(long, overrides_with = "no_mergeimports")]
    mergeimports: bool,
    /// generate sqla: only the schema file's own classes; those of its imports come from
    /// sibling modules named after the imports (see --module-map). Other generators: no effect.
    #[arg(long)]
    pub no_mergeimports: bool,
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
    /// Where the classes live: `own` (the module defines Base, the default), `sqlmodel`
    /// (SQLModel's registry and metadata, shared with the project's SQLModel classes), or
    /// `MODULE:ATTR` (a declarative base the project owns).
    #[arg(long, default_value = "own", value_name = "own|sqlmodel|MODULE:ATTR", value_parser = parse_base)]
    base: BaseKind,
    /// With --no-mergeimports: the module of an import, where the default is the sibling named
    /// after it (`core` -> `.core`). Repeatable.
    #[arg(long = "module-map", value_name = "IMPORT=MODULE", value_parser = crate::modules::parse_module_map)]
    module_map: Vec<(String, String)>,
    #[command(flatten)]
    shared: SharedArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum NamingConvention {
    Default,
    None,
}

#[derive(Args, Debug)]
pub struct SqltablesArgs {
    #[command(flatten)]
    schema: SchemaArgs,
    #[command(flatten)]
    output: OutputArgs,
    /// The database: sqlite, postgresql, or mysql (mariadb is the same DDL).
    #[arg(long, default_value = "sqlite", value_name = "DIALECT")]
    dialect: String,
    /// Emit foreign keys, surrogate keys and join tables (default).
    #[arg(long, overrides_with = "no_use_foreign_keys")]
    use_foreign_keys: bool,
    /// Plain columns only: no keys injected, no join tables, no foreign keys.
    #[arg(long)]
    no_use_foreign_keys: bool,
    /// Name every reference column `<slot>_<key>`, as `generate sqla --sqla-style 2` does.
    #[arg(long, overrides_with = "no_rename_foreign_keys")]
    rename_foreign_keys: bool,
    /// Name reference columns after their slots, except inlined ones (default).
    #[arg(long)]
    no_rename_foreign_keys: bool,
    /// Index key columns (`ix_<table>_<column>`) and unique keys (`<table>_<columns>_idx`).
    #[arg(long = "autogenerate_index", value_name = "BOOL", default_value = "True", value_parser = parse_bool, action = ArgAction::Set)]
    autogenerate_index: bool,
    /// Create tables for abstract classes; with False, foreign keys to them are left out.
    #[arg(long = "generate_abstract_class_ddl", value_name = "BOOL", default_value = "True", value_parser = parse_bool, action = ArgAction::Set)]
    generate_abstract_class_ddl: bool,
    /// Also write the relational model as a LinkML schema (YAML) to FILE.
    #[arg(long, value_name = "FILE")]
    relmodel_output: Option<std::path::PathBuf>,
    /// Not supported (linkml raises NotImplementedError for it): use `linkml generate sqla`.
    #[arg(long, value_name = "FILE")]
    sqla_file: Option<String>,
    /// Accepted for compatibility with linkml (no effect).
    #[arg(long, value_name = "MODULE")]
    python_import: Option<String>,
    /// Accepted for compatibility with linkml (Oracle only, which is not supported).
    #[arg(long = "default_length_oracle", value_name = "N")]
    default_length_oracle: Option<u32>,
    #[command(flatten)]
    shared: SharedArgs,
}

fn parse_base(value: &str) -> Result<BaseKind, String> {
    match value {
        "own" => Ok(BaseKind::Own),
        "sqlmodel" => Ok(BaseKind::SqlModel),
        _ => match value.split_once(':') {
            Some((module, attr))
                if !module.is_empty() && module.split('.').chain([attr]).all(linkml_naming::is_python_identifier) =>
            {
                Ok(BaseKind::Project {
                    module: module.to_string(),
                    attr: attr.to_string(),
                })
            }
            _ => Err(format!(
                "`{value}` is not a base: use own, sqlmodel, or MODULE:ATTR (e.g. myapp.db:Base)"
            )),
        },
    }
}

/// Click's BOOL, as linkml's options take it.
fn parse_bool(value: &str) -> Result<bool, String> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "t" | "yes" | "y" | "on" => Ok(true),
        "0" | "false" | "f" | "no" | "n" | "off" => Ok(false),
        _ => Err(format!("`{value}` is not a boolean: use True or False")),
    }
}

pub fn run(command: GenerateCommand) -> Result<(), Failure> {
    match command {
        GenerateCommand::Sqla(args) => sqla(args),
        GenerateCommand::Sqltables(args) => sqltables(args),
    }
}

fn dialect(name: &str) -> Result<Dialect, Failure> {
    match name.to_ascii_lowercase().as_str() {
        "sqlite" => Ok(Dialect::Sqlite),
        "postgresql" | "postgres" => Ok(Dialect::Postgresql),
        "mysql" | "mariadb" => Ok(Dialect::Mysql),
        _ => Err(usage(&format!(
            "dialect `{name}` is not supported: use sqlite, postgresql, mysql or mariadb"
        ))),
    }
}

fn sqltables(args: SqltablesArgs) -> Result<(), Failure> {
    if args.sqla_file.is_some() {
        return Err(usage(
            "--sqla-file is not supported (linkml does not implement it either): use `linkml generate sqla`",
        ));
    }
    let dialect = dialect(&args.dialect)?;
    let policy = match (args.no_use_foreign_keys, args.rename_foreign_keys) {
        (true, _) => ForeignKeyPolicy::None,
        (false, true) => ForeignKeyPolicy::InjectForAllRefs,
        (false, false) => ForeignKeyPolicy::InjectForNested,
    };
    let model = relational_model(&args.schema, policy)?;
    let ddl = linkml_emit_ddl::write(
        &model,
        linkml_emit_ddl::Options {
            dialect,
            autogenerate_index: args.autogenerate_index,
            abstract_tables: args.generate_abstract_class_ddl,
        },
    );
    if let Some(path) = &args.relmodel_output {
        output::write_file(path, args.output.check, &linkml_emit_ddl::relmodel::write(&model))?;
    }
    output::emit(&args.output, &ddl)
}

/// Load, derive and transform: the IR every generator writes from.
fn relational_model(schema: &SchemaArgs, policy: ForeignKeyPolicy) -> Result<RelationalModel, Failure> {
    relational_model_and_scope(schema, policy, None).map(|(model, _)| model)
}

/// The IR and, given a module map, the root schema's part of it (`--no-mergeimports`).
fn relational_model_and_scope(
    schema: &SchemaArgs,
    policy: ForeignKeyPolicy,
    module_map: Option<&Vec<(String, String)>>,
) -> Result<(RelationalModel, Option<ModuleScope>), Failure> {
    let report = |message: String| {
        eprintln!("error: {message}");
        Failure::Input
    };
    let loaded = pipeline::load(schema)?;
    let view = SchemaView::merged(&loaded.set);
    let model = linkml_transform::transform(&view, policy).map_err(report)?;
    let scope = module_map
        .map(|map| crate::modules::module_scope(&loaded.set, &model, map))
        .transpose()
        .map_err(report)?;
    Ok((model, scope))
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
    if args.no_declarative && args.base != BaseKind::Own {
        return Err(usage("--base applies to declarative classes (remove --no-declarative)"));
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
    let per_schema = args.shared.no_mergeimports && !args.no_declarative;
    let shared_base = per_schema && args.base == BaseKind::Own;
    let base_path = match (&args.output.output, shared_base) {
        (Some(path), true) => Some(path.with_file_name("_base.py")),
        (None, true) => {
            return Err(usage(
                "--no-mergeimports with --base own needs -o FILE, to write the modules' shared `_base.py` \
                 beside it; or use --base sqlmodel or --base MODULE:ATTR",
            ))
        }
        _ => None,
    };
    // Emitters read only the IR: the schema is freed before the (large) output is built.
    let (model, scope) = relational_model_and_scope(&args.schema, policy, per_schema.then_some(&args.module_map))?;
    let naming_convention = args.naming_convention == NamingConvention::Default;
    let code = if args.no_declarative {
        linkml_emit_sqla::write_imperative(&model, naming_convention)
    } else {
        linkml_emit_sqla::write_declarative(
            &model,
            linkml_emit_sqla::Options {
                style,
                naming_convention,
                base: if shared_base { BaseKind::Shared } else { args.base },
                scope,
            },
        )
    };
    if let Some(path) = base_path {
        output::write_file(
            &path,
            args.output.check,
            &linkml_emit_sqla::write_base(style, naming_convention),
        )?;
    }
    output::emit(&args.output, &code)
}
