//! Alembic for generated models: `linkml alembic init` writes an `alembic.ini`, an `env.py`
//! that imports every model module and compares only the tables it owns, and a
//! `script.py.mako` that imports what generated columns need; [`revision`] writes migrations
//! from two versions of a schema.

const ENV_PY: &str = include_str!("../templates/env.py");
const SCRIPT_MAKO: &str = include_str!("../templates/script.py.mako");
const ALEMBIC_INI: &str = include_str!("../templates/alembic.ini");

/// The markers around the part of `env.py` that `--print` shows for an existing environment.
const BLOCK_START: &str = "# --- linkml: models and comparison";
const BLOCK_END: &str = "# --- end of the linkml block ---\n";

pub struct InitOptions {
    /// The environment's folder, relative to the folder of `alembic.ini`.
    pub script_location: String,
    /// Packages or modules holding the models, imported in this order.
    pub model_packages: Vec<String>,
}

/// The files to write, relative to the folder of `alembic.ini`, with their text. `versions/`
/// is a folder; its text is empty.
pub fn init_files(options: &InitOptions) -> Vec<(String, String)> {
    let folder = options.script_location.trim_end_matches('/');
    vec![
        (
            "alembic.ini".to_string(),
            ALEMBIC_INI.replace("{{SCRIPT_LOCATION}}", folder),
        ),
        (format!("{folder}/env.py"), env_py(options)),
        (format!("{folder}/script.py.mako"), SCRIPT_MAKO.to_string()),
    ]
}

fn env_py(options: &InitOptions) -> String {
    let packages: Vec<String> = options
        .model_packages
        .iter()
        .map(|p| format!("\"{}\"", p.replace('\\', "\\\\").replace('"', "\\\"")))
        .collect();
    ENV_PY.replace("{{MODEL_PACKAGES}}", &format!("[{}]", packages.join(", ")))
}

/// What to paste into an existing `env.py`: the packages, the imports, the shared metadata and
/// the comparison options, with a note on where they go.
pub fn env_block(options: &InitOptions) -> String {
    let env = env_py(options);
    let start = env.find(BLOCK_START).expect("the template has the block");
    let end = env.find(BLOCK_END).expect("the template has the block") + BLOCK_END.len();
    let packages_line = env
        .lines()
        .find(|l| l.starts_with("MODEL_PACKAGES = "))
        .expect("the template names the packages");
    format!(
        "# Add to env.py, after `config = context.config`, and pass `**COMPARE` (plus\n\
         # render_as_batch=connection.dialect.name == \"sqlite\") to each context.configure(...).\n\
         import importlib\nimport pkgutil\n\nfrom alembic.operations.ops import DropIndexOp, DropTableOp, ExecuteSQLOp, ModifyTableOps\n\
         from sqlalchemy import Enum, MetaData\n\n{packages_line}\n\n\n{}",
        &env[start..end]
    )
}

pub mod revision;
