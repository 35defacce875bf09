//! Turning a mapped import name into a file or an embedded schema.

use std::path::{Component, Path, PathBuf};

use crate::importmap::EMBEDDED_DIR;
use crate::{embedded, Origin};

const W3ID_LINKML: [&str; 2] = ["https://w3id.org/linkml/", "http://w3id.org/linkml/"];

/// Locates `target` (an import after mapping), relative to the folder of `base` when it is a
/// relative path. linkml appends `.yaml` to every import; a name that already ends in `.yaml`
/// is also accepted as written.
pub fn locate(target: &str, base: Option<&Origin>) -> Result<Origin, String> {
    if let Some(name) = embedded_name(target) {
        return embedded::text(name)
            .map(|_| Origin::Embedded(embedded::static_name(name)))
            .ok_or_else(|| {
                format!(
                    "`linkml:{name}` is not a schema of linkml-model {}",
                    crate::embedded::LINKML_MODEL_VERSION
                )
            });
    }
    let path = match target.split_once("://") {
        Some(("file", rest)) => PathBuf::from(rest),
        Some(_) => return Err(format!("{target} is a remote URL, and this tool never fetches imports")),
        None => PathBuf::from(target),
    };
    let path = match base {
        Some(Origin::File(file)) if path.is_relative() => file.parent().unwrap_or(Path::new("")).join(path),
        _ => path,
    };
    let with_suffix = PathBuf::from(format!("{}.yaml", path.display()));
    [with_suffix.clone(), path]
        .into_iter()
        .find(|p| p.is_file() && (p == &with_suffix || p.extension().is_some_and(|e| e == "yaml" || e == "yml")))
        .map(Origin::File)
        .ok_or_else(|| format!("{} does not exist", with_suffix.display()))
}

fn embedded_name(target: &str) -> Option<&str> {
    let rest = target.strip_prefix(EMBEDDED_DIR).and_then(|r| r.strip_prefix('/'));
    let rest = rest.or_else(|| W3ID_LINKML.iter().find_map(|p| target.strip_prefix(p)))?;
    Some(rest.trim_end_matches(".yaml"))
}

/// Lexical normalisation, as Python's `os.path.normpath`.
pub fn normalize(path: &Path) -> String {
    let mut parts: Vec<Component> = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if matches!(parts.last(), Some(Component::Normal(_))) => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let joined: PathBuf = parts.iter().collect();
    if joined.as_os_str().is_empty() {
        ".".to_string()
    } else {
        joined.display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_like_normpath() {
        assert_eq!(normalize(Path::new("sub/../core")), "core");
        assert_eq!(normalize(Path::new("./a/./b")), "a/b");
        assert_eq!(normalize(Path::new("../x")), "../x");
    }

    #[test]
    fn finds_embedded_schemas() {
        assert_eq!(
            locate(&format!("{EMBEDDED_DIR}/types"), None),
            Ok(Origin::Embedded("types"))
        );
        assert_eq!(
            locate("https://w3id.org/linkml/mappings", None),
            Ok(Origin::Embedded("mappings"))
        );
        assert!(locate(&format!("{EMBEDDED_DIR}/nope"), None).is_err());
        assert!(locate("https://example.org/x", None).is_err());
    }
}
