//! Import maps (`-im/--importmap`) and the CURIE expansion that linkml-runtime's `map_import`
//! applies to every import.

use std::path::Path;

use linkml_load::OrderedMap;

/// The value that the built-in `linkml:` entry maps to; [`crate::paths::locate`] reads it as
/// the embedded linkml-model folder.
pub const EMBEDDED_DIR: &str = "linkml-model:embedded";

#[derive(Default, Clone, Debug)]
pub struct ImportMap {
    entries: OrderedMap<String, String>,
}

impl ImportMap {
    /// Reads a JSON object of import names (or `prefix:` keys) to paths. Relative paths become
    /// absolute from the map file's folder, as linkml's `parse_import_map` does; values with a
    /// `:` (URLs, CURIEs) stay as written.
    pub fn from_json_file(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let json: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: not valid JSON: {e}", path.display()))?;
        let object = json
            .as_object()
            .ok_or_else(|| format!("{}: expected a JSON object", path.display()))?;
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let base = std::path::absolute(folder).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut entries = OrderedMap::default();
        for (key, value) in object {
            let value = value
                .as_str()
                .ok_or_else(|| format!("{}: the value of `{key}` must be a string path", path.display()))?;
            let resolved = if value.contains(':') || Path::new(value).is_absolute() {
                value.to_string()
            } else {
                base.join(value).display().to_string()
            };
            entries.insert(key.clone(), resolved);
        }
        Ok(ImportMap { entries })
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .get(key)
            .map(String::as_str)
            .or((key == "linkml:").then_some(EMBEDDED_DIR))
    }

    /// linkml-runtime's `map_import`: expand a mapped prefix, apply the map, expand a CURIE
    /// through the schemas' prefixes, then apply the map again.
    pub fn map_import(&self, import: &str, prefixes: &OrderedMap<String, String>) -> Result<String, String> {
        let mut name = import.to_string();
        if let Some((prefix, local)) = import.split_once(':') {
            if let Some(expanded) = self.get(&format!("{prefix}:")) {
                name = if expanded.starts_with("http") {
                    format!("{expanded}{local}")
                } else {
                    format!("{expanded}/{local}")
                };
            }
        }
        name = self.get(&name).map_or(name.clone(), str::to_string);
        if name.contains(':') && !name.contains("://") && !name.starts_with(EMBEDDED_DIR) {
            name = expand_curie(&name, prefixes)?;
        }
        Ok(self.get(&name).map_or(name.clone(), str::to_string))
    }
}

fn expand_curie(curie: &str, prefixes: &OrderedMap<String, String>) -> Result<String, String> {
    let (prefix, local) = curie.split_once(':').unwrap_or(("", curie));
    prefixes
        .get(prefix)
        .map(|base| format!("{base}{local}"))
        .ok_or_else(|| format!("the prefix `{prefix}` is not declared under `prefixes:`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_linkml_prefix_to_embedded_models() {
        let map = ImportMap::default();
        assert_eq!(
            map.map_import("linkml:types", &OrderedMap::default()).unwrap(),
            format!("{EMBEDDED_DIR}/types")
        );
    }

    #[test]
    fn expands_curies_through_prefixes() {
        let map = ImportMap::default();
        let prefixes = OrderedMap::from_iter([("local".to_string(), "./schemas/".to_string())]);
        assert_eq!(map.map_import("local:core", &prefixes).unwrap(), "./schemas/core");
        assert!(map.map_import("nope:core", &prefixes).is_err());
        assert_eq!(map.map_import("core", &prefixes).unwrap(), "core");
    }
}
