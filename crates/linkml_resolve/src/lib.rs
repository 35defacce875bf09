//! Stage 2 of the pipeline: follow imports and put the schemas in SchemaView's merge order.
//!
//! The traversal reproduces linkml-runtime's `imports_closure`: a stack of imports, each schema
//! put in front of the closure when it is visited, duplicates then dropped keeping the first.
//! Later schemas in the closure win on name clashes, and the root schema comes last.

mod embedded;
mod importmap;
mod paths;

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};

use linkml_diagnostics::{Diagnostic, Diagnostics, SourceMap};
use linkml_load::OrderedMap;
use linkml_load::{Schema, Text};

pub use embedded::LINKML_MODEL_VERSION;
pub use importmap::ImportMap;

/// Where a schema's text came from; relative imports resolve against it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    /// A linkml-model schema built into the binary, such as `types` for `linkml:types`.
    Embedded(&'static str),
}

#[derive(Debug)]
pub struct LoadedSchema {
    pub key: String,
    pub origin: Origin,
    pub schema: Schema,
}

/// The root schema and everything it imports, in SchemaView's `imports_closure` order.
#[derive(Debug)]
pub struct SchemaSet {
    pub schemas: Vec<LoadedSchema>,
    root: usize,
}

impl SchemaSet {
    /// The schema named on the command line. It is usually last in closure order, but an
    /// import cycle back to it can move it earlier, as in linkml-runtime.
    pub fn root(&self) -> &Schema {
        &self.schemas[self.root].schema
    }
}

#[derive(Default, Clone, Debug)]
pub struct ResolveOptions {
    pub importmap: ImportMap,
}

/// Loads `path` and its imports closure. `None` if the root schema itself could not be read.
pub fn resolve(
    path: &Path,
    options: &ResolveOptions,
    map: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<SchemaSet> {
    resolve_origin(&Origin::File(path.to_path_buf()), options, map, diags)
}

/// Loads the schema at `origin` (a file, or a built-in `linkml:` schema) and its imports
/// closure. `None` if the root schema itself could not be read.
pub fn resolve_origin(
    origin: &Origin,
    options: &ResolveOptions,
    map: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<SchemaSet> {
    let (name, bytes) = match read(origin) {
        Ok(read) => read,
        Err(message) => {
            diags.push(Diagnostic::error(message));
            return None;
        }
    };
    let schema = linkml_load::load_bytes(map, &name, bytes, diags)?;
    let root = LoadedSchema {
        key: schema.name().to_string(),
        origin: origin.clone(),
        schema,
    };
    Some(
        Resolver {
            options,
            map,
            diags,
            loaded: OrderedMap::default(),
        }
        .closure(root),
    )
}

/// The name diagnostics give a schema's source, and its bytes.
fn read(origin: &Origin) -> Result<(String, Vec<u8>), String> {
    match origin {
        Origin::File(path) => std::fs::read(path)
            .map(|bytes| (path.display().to_string(), bytes))
            .map_err(|err| format!("cannot read {}: {err}", path.display())),
        Origin::Embedded(name) => embedded::text(name)
            .map(|text| (format!("linkml:{name}"), text.as_bytes().to_vec()))
            .ok_or_else(|| {
                format!(
                    "`linkml:{name}` is not a schema of linkml-model {}",
                    crate::embedded::LINKML_MODEL_VERSION
                )
            }),
    }
}

struct Import {
    key: String,
    written: Text,
    importer: String,
}

struct Resolver<'a> {
    options: &'a ResolveOptions,
    map: &'a mut SourceMap,
    diags: &'a mut Diagnostics,
    /// Every key tried so far; `None` for imports that failed to load.
    loaded: OrderedMap<String, Option<LoadedSchema>>,
}

impl Resolver<'_> {
    fn closure(mut self, root: LoadedSchema) -> SchemaSet {
        let root_key = root.key.clone();
        self.loaded.insert(root_key.clone(), Some(root));
        let mut todo: Vec<Option<Import>> = vec![None];
        let mut visited = HashSet::new();
        let mut closure = VecDeque::new();
        while let Some(next) = todo.pop() {
            let key = next.as_ref().map_or_else(|| root_key.clone(), |i| i.key.clone());
            if let Some(import) = next {
                self.load_once(import);
            }
            let Some(Some(schema)) = self.loaded.get(&key) else {
                continue;
            };
            if !visited.contains(&key) {
                todo.extend(imports_of(&key, &schema.schema).map(Some));
            }
            closure.push_front(key.clone());
            visited.insert(key);
        }
        self.into_set(closure)
    }

    fn into_set(mut self, closure: VecDeque<String>) -> SchemaSet {
        let root_key = self.root_key().to_string();
        let mut seen = HashSet::new();
        let schemas: Vec<LoadedSchema> = closure
            .into_iter()
            .filter(|key| seen.insert(key.clone()))
            .filter_map(|key| self.loaded.get_mut(&key).and_then(Option::take))
            .collect();
        let root = schemas.iter().position(|s| s.key == root_key).unwrap_or(0);
        SchemaSet { schemas, root }
    }

    fn load_once(&mut self, import: Import) {
        if self.loaded.contains_key(&import.key) {
            return;
        }
        let loaded = self.load(&import);
        self.loaded.insert(import.key, loaded);
    }

    fn load(&mut self, import: &Import) -> Option<LoadedSchema> {
        let origin = self.locate(import)?;
        let (name, bytes) = match read(&origin) {
            Ok(read) => read,
            Err(message) => {
                self.missing(import, &message);
                return None;
            }
        };
        let schema = linkml_load::load_bytes(self.map, &name, bytes, self.diags)?;
        Some(LoadedSchema {
            key: import.key.clone(),
            origin,
            schema,
        })
    }

    /// Finds the file for an import, as linkml-runtime's `_load_closure_import` does: an
    /// import-map or CURIE hit resolves against the root schema, anything else against the
    /// schema that wrote the import.
    fn locate(&mut self, import: &Import) -> Option<Origin> {
        let namespaces = self.namespaces();
        let mapped = match self.options.importmap.map_import(&import.key, &namespaces) {
            Ok(mapped) => mapped,
            Err(message) => {
                self.missing(import, &message);
                return None;
            }
        };
        let (target, base) = if mapped != import.key {
            (mapped, self.origin_of(self.root_key()))
        } else {
            (import.written.value.clone(), self.origin_of(&import.importer))
        };
        let target = match self.options.importmap.map_import(&target, &namespaces) {
            Ok(target) => target,
            Err(message) => {
                self.missing(import, &message);
                return None;
            }
        };
        match paths::locate(&target, base.as_ref()) {
            Ok(origin) => Some(origin),
            Err(message) => {
                self.missing(import, &message);
                None
            }
        }
    }

    fn root_key(&self) -> &str {
        self.loaded.keys().next().map_or("", String::as_str)
    }

    fn origin_of(&self, key: &str) -> Option<Origin> {
        self.loaded.get(key)?.as_ref().map(|s| s.origin.clone())
    }

    /// Every prefix declared by the schemas loaded so far, as SchemaView's `namespaces()`.
    fn namespaces(&self) -> OrderedMap<String, String> {
        let mut out = OrderedMap::default();
        for schema in self.loaded.values().flatten() {
            for (prefix, reference) in &schema.schema.prefixes {
                out.insert(prefix.clone(), reference.value.clone());
            }
        }
        out
    }

    fn missing(&mut self, import: &Import, message: &str) {
        self.diags.push(
            Diagnostic::error(format!("cannot import `{}`: {message}", import.written.value))
                .at(import.written.span, "imported here")
                .help("check the path (relative to this file, without `.yaml`), or map it with --importmap"),
        );
    }
}

/// The imports a schema declares, with SchemaView's closure keys: a relative import of a schema
/// whose key is a path is normalised against that path's folder.
fn imports_of<'s>(key: &'s str, schema: &'s Schema) -> impl Iterator<Item = Import> + 's {
    schema
        .imports
        .iter()
        .filter(move |i| i.value != key)
        .map(move |written| {
            let key_is_path = key.contains('/') && !key.contains("://");
            let import_key = if key_is_path && !written.value.contains(':') {
                paths::normalize(&Path::new(key).parent().unwrap_or(Path::new("")).join(&written.value))
            } else {
                written.value.clone()
            };
            Import {
                key: import_key,
                written: written.clone(),
                importer: key.to_string(),
            }
        })
}
