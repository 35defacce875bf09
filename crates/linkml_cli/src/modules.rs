//! `generate sqla --no-mergeimports`: which classes a schema file's module defines, where the
//! classes of its imports live, and where each module of a whole schema's package goes.
//!
//! A module's place follows its schema file's: the module of an import is the relative import
//! that mirrors the relative path between the two files (`core` is `.core`,
//! `../../common/v1/namespace` is `...common.v1.namespace`), so that a module's text depends
//! only on its own file and what that file imports.

use std::path::{Component, Path, PathBuf};

use linkml_diagnostics::{Diagnostic, Diagnostics};
use linkml_emit_sqla::ModuleScope;
use linkml_load::Text;
use linkml_resolve::{LoadedSchema, Origin, SchemaSet};
use linkml_transform::RelationalModel;

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

/// A file or folder name as a Python module name (`cell-annotation.yaml` is `cell_annotation`).
pub fn module_name(file_name: &str) -> String {
    let stem = [".yaml", ".yml"]
        .iter()
        .find_map(|suffix| file_name.strip_suffix(suffix))
        .unwrap_or(file_name);
    linkml_naming::python_identifier(&linkml_naming::underscore(stem), &[])
}

/// An absolute path without `.` and `..` (symbolic links resolved where the file exists).
fn absolute(path: &Path) -> PathBuf {
    let path = std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The folder names from the filesystem root to `path`'s folder, and `path`'s module name.
fn folders_and_module(path: &Path) -> (Vec<String>, String) {
    let path = absolute(path);
    let folders = path
        .parent()
        .map(|p| {
            p.components()
                .filter_map(|c| match c {
                    Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (folders, module_name(&file))
}

/// The relative import of the module of `to`, from the module of `from`.
fn relative_module(from: &Origin, to: &Origin) -> String {
    match (from, to) {
        (Origin::File(from), Origin::File(to)) => {
            let (from_folders, _) = folders_and_module(from);
            let (to_folders, module) = folders_and_module(to);
            let common = from_folders.iter().zip(&to_folders).take_while(|(a, b)| a == b).count();
            let dots = ".".repeat(1 + from_folders.len() - common);
            let down: Vec<String> = to_folders[common..].iter().map(|f| module_name(f)).collect();
            let path: Vec<&str> = down.iter().map(String::as_str).chain([module.as_str()]).collect();
            format!("{dots}{}", path.join("."))
        }
        // Built-in schemas are modules beside the schema that imports them.
        (_, Origin::Embedded(name)) => format!(".{}", module_name(name)),
        (Origin::Embedded(_), Origin::File(path)) => format!(".{}", folders_and_module(path).1),
    }
}

fn root_schema(set: &SchemaSet) -> &LoadedSchema {
    let root = set.root();
    set.schemas
        .iter()
        .find(|s| std::ptr::eq(&s.schema, root))
        .expect("the root is in the set")
}

/// The root schema's part of `model`, or why it cannot have one. The root module defines its
/// own classes' tables and join tables; the columns its inlined lists need in the tables of
/// imported classes are added by it too (see the emitter).
pub fn module_scope(
    set: &SchemaSet,
    model: &RelationalModel,
    module_map: &[(String, String)],
) -> Result<ModuleScope, String> {
    let root = root_schema(set);
    let mut scope = ModuleScope::default();
    let mut problems = Vec::new();
    for loaded in set.schemas.iter().filter(|s| !std::ptr::eq(*s, root)) {
        let module = module_map.iter().find(|(import, _)| *import == loaded.key).map_or_else(
            || relative_module(&root.origin, &loaded.origin),
            |(_, module)| module.clone(),
        );
        for class in loaded.schema.classes.keys() {
            if root.schema.classes.contains_key(class) {
                problems.push(format!(
                    "class `{class}` is defined both here and in `{}`: its table would be defined by two modules",
                    loaded.key
                ));
            }
            scope.external.entry(class.clone()).or_insert_with(|| module.clone());
        }
    }
    for table in model
        .tables
        .iter()
        .filter(|t| root.schema.classes.contains_key(&t.class_name))
    {
        scope.classes.insert(table.class_name.clone());
        for mapping in &table.mappings {
            if let Some(join_class) = mapping.join_class() {
                scope.classes.insert(join_class.to_string());
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

/// One module of a whole schema's package: the schema it is generated from, and its file in
/// the package, relative to the package folder.
pub struct PackageModule {
    pub origin: Origin,
    pub file: PathBuf,
}

/// The modules of the package for `set`'s import closure, in closure order: one per schema
/// file, and one per built-in `linkml:` schema that defines classes (beside the root's).
/// Files keep their folders relative to the folder all of them share. Errors: two files whose
/// modules would have one name, and a class that several files define (each module would
/// define its table, where the merged model keeps one).
pub fn package(set: &SchemaSet) -> Result<Vec<PackageModule>, Diagnostics> {
    let mut problems = Diagnostics::new();
    let mut first: std::collections::HashMap<&str, (&Text, &LoadedSchema)> = Default::default();
    for schema in set
        .schemas
        .iter()
        .filter(|s| matches!(s.origin, Origin::File(_)) || !s.schema.classes.is_empty())
    {
        for class in schema.schema.classes.values() {
            let name = &class.element.name;
            match first.get(name.value.as_str()) {
                Some((earlier, defined_by)) => problems.push(
                    Diagnostic::error(format!(
                        "class `{}` is defined here and in {}: as modules of one package, both would define its table",
                        name.value,
                        describe(&defined_by.origin)
                    ))
                    .at(name.span, "defined again here")
                    .related(earlier.span, "first defined here")
                    .help("keep one definition and import its file where the class is used, or generate with --mergeimports (the merged model keeps the last)"),
                ),
                None => {
                    first.insert(name.value.as_str(), (name, schema));
                }
            }
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    package_files(set).map_err(|message| {
        let mut diags = Diagnostics::new();
        diags.push(Diagnostic::error(message));
        diags
    })
}

fn package_files(set: &SchemaSet) -> Result<Vec<PackageModule>, String> {
    let root = root_schema(set);
    let files: Vec<(Vec<String>, String)> = set
        .schemas
        .iter()
        .filter_map(|s| match &s.origin {
            Origin::File(path) => Some(folders_and_module(path)),
            Origin::Embedded(_) => None,
        })
        .collect();
    let shared = files
        .iter()
        .map(|(folders, _)| folders.as_slice())
        .reduce(|a, b| &a[..a.iter().zip(b).take_while(|(x, y)| x == y).count()])
        .map_or(0, <[String]>::len);
    let root_folder = match &root.origin {
        Origin::File(path) => folders_and_module(path).0,
        Origin::Embedded(_) => Vec::new(),
    };
    let mut modules: Vec<PackageModule> = Vec::new();
    for schema in &set.schemas {
        let (folders, module) = match &schema.origin {
            Origin::File(path) => folders_and_module(path),
            Origin::Embedded(name) if !schema.schema.classes.is_empty() => (root_folder.clone(), module_name(name)),
            Origin::Embedded(_) => continue,
        };
        let mut file: PathBuf = folders[shared.min(folders.len())..]
            .iter()
            .map(|f| module_name(f))
            .collect();
        file.push(format!("{module}.py"));
        if let Some(other) = modules.iter().find(|m| m.file == file) {
            return Err(format!(
                "{} and {} would both be the module {}: rename one of them",
                describe(&other.origin),
                describe(&schema.origin),
                file.display()
            ));
        }
        modules.push(PackageModule {
            origin: schema.origin.clone(),
            file,
        });
    }
    Ok(modules)
}

/// Every class of the set, with the file (or built-in schema) that defines it.
pub fn classes_by_file(set: &SchemaSet) -> std::collections::HashMap<String, String> {
    set.schemas
        .iter()
        .flat_map(|s| {
            s.schema
                .classes
                .keys()
                .map(|class| (class.clone(), describe(&s.origin)))
        })
        .collect()
}

fn describe(origin: &Origin) -> String {
    match origin {
        Origin::File(path) => path.display().to_string(),
        Origin::Embedded(name) => format!("linkml:{name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imports_mirror_the_folders_between_two_files() {
        let dir = std::env::temp_dir().join("linkml-modules-test");
        let from = Origin::File(dir.join("src/schema/main.yaml"));
        let module = |path: &str| relative_module(&from, &Origin::File(dir.join(path)));
        assert_eq!(module("src/schema/core.yaml"), ".core");
        assert_eq!(module("src/schema/sub/my-core.yaml"), ".sub.my_core");
        assert_eq!(module("common/v1/namespace.yaml"), "...common.v1.namespace");
        assert_eq!(relative_module(&from, &Origin::Embedded("extensions")), ".extensions");
    }
}
