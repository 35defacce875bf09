//! End-to-end behaviour of the `linkml` binary that the golden diagnostics do not cover.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

fn induced(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("linkml")
        .unwrap()
        .current_dir(repo_root())
        .args(["schema", "induced"])
        .args(args)
        .output()
        .unwrap()
}

fn class_names(stdout: &[u8]) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_slice(stdout).expect("JSON output");
    json["classes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn importmap_maps_names_and_prefixes_to_local_files() {
    let out = induced(&[
        "tests/cli/importmap/main.yaml",
        "--importmap",
        "tests/cli/importmap/map.json",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(class_names(&out.stdout), ["Core", "Extra", "Local"]);
}

#[test]
fn without_the_importmap_the_imports_are_missing() {
    let out = induced(&["tests/cli/importmap/main.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("main.yaml:8:5: cannot import `core`"), "{stderr}");
}

#[test]
fn a_bad_importmap_is_a_usage_error() {
    let out = induced(&["examples/library.yaml", "--importmap", "tests/cli/importmap/main.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid JSON"));
}

#[test]
fn output_is_byte_identical_across_runs() {
    let first = induced(&["examples/library.yaml"]);
    assert!(first.status.success());
    for _ in 0..3 {
        assert_eq!(induced(&["examples/library.yaml"]).stdout, first.stdout);
    }
}

#[test]
fn the_bundled_example_derives_cleanly() {
    let out = induced(&["examples/library.yaml", "--strict"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        class_names(&out.stdout),
        ["NamedThing", "Author", "Book", "Member", "Loan"]
    );
}
