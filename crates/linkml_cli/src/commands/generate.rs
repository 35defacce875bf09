//! `linkml generate ...`: the generators, with linkml's options.

use clap::{ArgAction, Args, Subcommand, ValueEnum};
use linkml_emit_sqla::{BaseKind, ModuleScope, Style};

use linkml_emit_ddl::Dialect;
use linkml_transform::{ForeignKeyPolicy, RelationalModel};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use linkml_resolve::Origin;

use crate::output::{self, OutputArgs};
use crate::pipeline::{self, Failure, Reporter, SchemaArgs};

/// `generate GENERATOR ...`, or `generate [--check]` for every target of the project config.
#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct GenerateArgs {
    #[command(subcommand)]
    command: Option<GenerateCommand>,
    /// The project config (default: `linkml-sql.toml`, or `pyproject.toml` with a
    /// `[tool.linkml-sql]` table, in this folder or the nearest parent that has one).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Do not write: exit 1 with a diff for every target whose files are stale.
    #[arg(long)]
    check: bool,
}

#[derive(Subcommand)]
pub enum GenerateCommand {
    /// SQLAlchemy models (linkml's gen-sqla).
    Sqla(SqlaArgs),
    /// SQL DDL for one database (linkml's gen-sqltables and gen-sqlddl).
    #[command(alias = "sqlddl")]
    Sqltables(SqltablesArgs),
    /// SQLModel table models: the tables of `sqla --sqla-style 2`, validated by pydantic.
    Sqlmodel(SqlmodelArgs),
}

#[derive(Args, Debug)]
pub struct SqlmodelArgs {
    #[command(flatten)]
    schema: SchemaArgs,
    #[command(flatten)]
    output: OutputArgs,
    /// Constraint naming convention on SQLModel.metadata: `default` (ix, uq, ck, fk and pk
    /// names that Alembic can alter and drop) or `none`.
    #[arg(long, value_enum, default_value = "default", value_name = "default|none")]
    naming_convention: NamingConvention,
    /// With --no-mergeimports: the module of an import, where the default is the sibling named
    /// after it (`core` -> `.core`). Repeatable.
    #[arg(long = "module-map", value_name = "IMPORT=MODULE", value_parser = crate::modules::parse_module_map)]
    module_map: Vec<(String, String)>,
    #[command(flatten)]
    shared: SharedArgs,
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

pub fn run(args: GenerateArgs) -> Result<(), Failure> {
    match args.command {
        Some(command) => run_generator(command),
        None => crate::project::run(args.config.as_deref(), args.check),
    }
}

/// Runs one generator, as given on the command line or by a target of the project config.
pub fn run_generator(command: GenerateCommand) -> Result<(), Failure> {
    match command {
        GenerateCommand::Sqla(args) => sqla(args),
        GenerateCommand::Sqltables(args) => sqltables(args),
        GenerateCommand::Sqlmodel(args) => sqlmodel(args),
    }
}

/// `generate sqlmodel`: `generate sqla`'s path with the SQLModel style, on SQLModel.metadata.
fn sqlmodel(args: SqlmodelArgs) -> Result<(), Failure> {
    let args = SqlaArgs {
        schema: args.schema,
        output: args.output,
        declarative: true,
        no_declarative: false,
        sqla_style: Some(SqlaStyle::Two),
        use_foreign_keys: true,
        no_use_foreign_keys: false,
        pydantic: false,
        no_pydantic: false,
        generate_classes: false,
        no_generate_classes: false,
        naming_convention: args.naming_convention,
        base: BaseKind::SqlModel,
        module_map: args.module_map,
        shared: args.shared,
    };
    models(&args, Style::SqlModel)
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
    let origin = Origin::File(schema.schema.clone());
    relational_model_and_scope(&origin, schema, &mut Reporter::default(), policy, None).map(|(model, _)| model)
}

/// The IR of the schema at `origin` and, given a module map, the schema's part of it
/// (`--no-mergeimports`).
fn relational_model_and_scope(
    origin: &Origin,
    schema: &SchemaArgs,
    reporter: &mut Reporter,
    policy: ForeignKeyPolicy,
    module_map: Option<&[(String, String)]>,
) -> Result<(RelationalModel, Option<ModuleScope>), Failure> {
    let report = |message: String| {
        eprintln!("error: {message}");
        Failure::Input
    };
    let loaded = pipeline::load_from(origin, schema, reporter)?;
    let model = pipeline::transform(&loaded, schema, reporter, policy)?;
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

/// How `generate sqla` writes each module, from its options.
struct SqlaPlan {
    style: Style,
    policy: ForeignKeyPolicy,
    naming_convention: bool,
    /// `--no-mergeimports` in declarative form: one module per schema file.
    per_schema: bool,
    /// The modules share a `_base` module (`--no-mergeimports` with `--base own`).
    shared_base: bool,
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
    models(&args, style)
}

/// The declarative modules (or the imperative one) of `generate sqla` and `generate sqlmodel`.
fn models(args: &SqlaArgs, style: Style) -> Result<(), Failure> {
    let per_schema = args.shared.no_mergeimports && !args.no_declarative;
    let plan = SqlaPlan {
        style,
        policy: match (args.no_use_foreign_keys, style) {
            (true, _) => ForeignKeyPolicy::None,
            (false, Style::Two | Style::SqlModel) => ForeignKeyPolicy::InjectForAllRefs,
            (false, Style::One) => ForeignKeyPolicy::InjectForNested,
        },
        naming_convention: args.naming_convention == NamingConvention::Default,
        per_schema,
        shared_base: per_schema && args.base == BaseKind::Own,
    };
    match &args.output.output {
        Some(folder) if output::is_folder(folder) => {
            if !per_schema {
                return Err(usage(&format!(
                    "{} is a folder: a package of modules needs --no-mergeimports (or give -o a file)",
                    folder.display()
                )));
            }
            return sqla_package(args, &plan, folder);
        }
        None if plan.shared_base => {
            return Err(usage(
                "--no-mergeimports with --base own needs -o FILE, to write the modules' shared `_base.py` \
                 beside it (or -o DIR/ for the whole schema); or use --base sqlmodel or --base MODULE:ATTR",
            ))
        }
        _ => {}
    }
    let origin = Origin::File(args.schema.schema.clone());
    let code = sqla_module(&origin, args, &plan, &mut Reporter::default())?;
    if let Some(path) = args.output.output.as_ref().filter(|_| plan.shared_base) {
        output::write_file(
            &path.with_file_name("_base.py"),
            args.output.check,
            &linkml_emit_sqla::write_base(style, plan.naming_convention),
        )?;
    }
    output::emit(&args.output, &code)
}

/// The module `generate sqla` writes for the schema at `origin`.
fn sqla_module(origin: &Origin, args: &SqlaArgs, plan: &SqlaPlan, reporter: &mut Reporter) -> Result<String, Failure> {
    let module_map = plan.per_schema.then_some(args.module_map.as_slice());
    // Emitters read only the IR: the schema is freed before the (large) output is built.
    let (model, scope) = relational_model_and_scope(origin, &args.schema, reporter, plan.policy, module_map)?;
    Ok(if args.no_declarative {
        linkml_emit_sqla::write_imperative(&model, plan.naming_convention)
    } else {
        linkml_emit_sqla::write_declarative(
            &model,
            linkml_emit_sqla::Options {
                style: plan.style,
                naming_convention: plan.naming_convention,
                base: if plan.shared_base {
                    BaseKind::Shared
                } else {
                    args.base.clone()
                },
                scope,
            },
        )
    })
}

/// `--no-mergeimports -o DIR/`: a package with the module of every schema file of the import
/// closure, each the text that generating that file alone gives, with `__init__.py` in every
/// folder and, with `--base own`, the shared `_base.py` (re-exported in sub-folders). Nothing
/// is written unless every module generates.
fn sqla_package(args: &SqlaArgs, plan: &SqlaPlan, folder: &Path) -> Result<(), Failure> {
    let mut reporter = Reporter::default();
    let root = Origin::File(args.schema.schema.clone());
    let modules = {
        let loaded = pipeline::load_from(&root, &args.schema, &mut reporter)?;
        reporter.package_classes = crate::modules::classes_by_file(&loaded.set);
        crate::modules::package(&loaded.set).map_err(|problems| {
            eprint!("{}", problems.render(&loaded.map));
            Failure::Input
        })?
    };
    let mut files = Vec::new();
    let mut failure = None;
    for module in &modules {
        match sqla_module(&module.origin, args, plan, &mut reporter) {
            Ok(code) => files.push((folder.join(&module.file), code)),
            Err(error) => failure = Some(error),
        }
    }
    if let Some(failure) = failure {
        return Err(failure);
    }
    let packages: BTreeSet<PathBuf> = modules
        .iter()
        .flat_map(|m| m.file.ancestors().skip(1).map(Path::to_path_buf))
        .collect();
    let with_modules: BTreeSet<&Path> = modules.iter().filter_map(|m| m.file.parent()).collect();
    for sub in &packages {
        files.push((folder.join(sub).join("__init__.py"), PACKAGE_DOCSTRING.to_string()));
        let depth = sub.components().count();
        if plan.shared_base && (depth == 0 || with_modules.contains(sub.as_path())) {
            let base = match depth {
                0 => linkml_emit_sqla::write_base(plan.style, plan.naming_convention),
                _ => format!(
                    "\"\"\"The package's shared declarative base.\"\"\"\n\nfrom {}_base import Base\n\n__all__ = [\"Base\"]\n",
                    ".".repeat(depth + 1)
                ),
            };
            files.push((folder.join(sub).join("_base.py"), base));
        }
    }
    output::write_files(&files, args.output.check)
}

const PACKAGE_DOCSTRING: &str =
    "\"\"\"SQLAlchemy models written by `linkml generate sqla --no-mergeimports`, a module per schema file.\"\"\"\n";
