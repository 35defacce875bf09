//! `generate sqla --no-mergeimports`: which classes a schema file's module defines, and where
//! the classes of its imports live (sibling modules named after the imports).

use linkml_emit_sqla::ModuleScope;
use linkml_resolve::SchemaSet;
use linkml_transform::{Mapping, RelationalModel};

/// `--module-map IMPORT=MODULE`, parsed.
pub fn parse_module_map(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((import, module)) if !import.is_empty() && !module.is_empty() => {
            Ok((import.to_string(), module.to_string()))
        }
        _ => Err(format!(
            "`{value}` is not IMPORT=MODULE (e.g. core=.core or core=myapp.models.core)"
        )),
    }
}

/// The module of an import: `imports: [core]` (or `../common/core`) is the sibling `.core`.
fn default_module(import: &str) -> String {
    let last = import.rsplit(['/', ':']).next().unwrap_or(import);
    let stem = last.strip_suffix(".yaml").unwrap_or(last);
    format!(
        ".{}",
        linkml_naming::python_identifier(&linkml_naming::underscore(stem), &[])
    )
}

/// The root schema's part of `model`, or why it cannot have one.
pub fn module_scope(
    set: &SchemaSet,
    model: &RelationalModel,
    module_map: &[(String, String)],
) -> Result<ModuleScope, String> {
    let root = set.root();
    let mut scope = ModuleScope::default();
    let mut problems = Vec::new();
    for loaded in set.schemas.iter().filter(|s| !std::ptr::eq(&s.schema, root)) {
        let module = module_map
            .iter()
            .find(|(import, _)| *import == loaded.key)
            .map_or_else(|| default_module(&loaded.key), |(_, module)| module.clone());
        for class in loaded.schema.classes.keys() {
            if root.classes.contains_key(class) {
                problems.push(format!(
                    "class `{class}` is defined both here and in `{}`: its table would be defined by two modules",
                    loaded.key
                ));
            }
            scope.external.entry(class.clone()).or_insert_with(|| module.clone());
        }
    }
    let own: Vec<&str> = root.classes.keys().map(String::as_str).collect();
    for table in model.tables.iter().filter(|t| own.contains(&t.class_name.as_str())) {
        scope.classes.insert(table.class_name.clone());
        for mapping in &table.mappings {
            match mapping {
                Mapping::ManyToMany { join_class, .. } | Mapping::MultivaluedScalar { join_class, .. } => {
                    scope.classes.insert(join_class.clone());
                }
                Mapping::OneToMany {
                    slot,
                    target_class,
                    backref_column,
                } if scope.external.contains_key(target_class) => problems.push(format!(
                    "`{}.{slot}` stores `{target_class}` rows inline, which needs the column \
                     `{backref_column}` in `{target_class}`'s table, defined by another module; \
                     generate with --mergeimports, or make `{slot}` not inlined",
                    table.class_name
                )),
                Mapping::OneToMany { .. } => {}
            }
        }
    }
    scope.external.retain(|class, _| !scope.classes.contains(class));
    if problems.is_empty() {
        Ok(scope)
    } else {
        Err(problems.join("\n"))
    }
}
