//! Golden tests over every bad-input fixture in tests/diagnostics: the exit code and the full
//! diagnostic text. Run with UPDATE_GOLDEN=1 to rewrite the `.stderr` files after review.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

fn run_case(root: &Path, schema: &Path) -> String {
    let relative = schema.strip_prefix(root).expect("fixture under the repo");
    let mut command = Command::cargo_bin("linkml").expect("binary built");
    // generate sqltables runs every stage, so the transform's errors are covered too.
    command.current_dir(root).args(["generate", "sqltables"]).arg(relative);
    if relative.to_string_lossy().contains("strict") {
        command.arg("--strict");
    }
    let output = command.output().expect("linkml runs");
    let stderr = String::from_utf8(output.stderr).expect("diagnostics are UTF-8");
    assert!(!stderr.contains("panicked"), "{stderr}");
    format!("exit: {}\n{stderr}", output.status.code().unwrap_or(-1))
}

#[test]
fn diagnostics_match_golden_files() {
    let root = repo_root();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root.join("tests/diagnostics"))
        .expect("fixtures folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 15, "expected the full set of bad-input fixtures");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for schema in &cases {
        let actual = run_case(&root, schema);
        let golden = schema.with_extension("stderr");
        if update {
            std::fs::write(&golden, &actual).expect("write golden");
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if actual != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}\n--- actual\n{actual}",
                golden.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_error_fixture_exits_non_zero_and_points_at_a_line() {
    let root = repo_root();
    for name in [
        "malformed",
        "empty",
        "not_mapping",
        "missing_id_name",
        "wrong_type",
        "undefined_parent",
        "isa_cycle",
        "undefined_slot",
        "missing_import",
        "non_utf8",
        "duplicate_key",
        "many_errors",
        "unknown_range_strict",
    ] {
        let out = run_case(&root, &root.join(format!("tests/diagnostics/{name}.yaml")));
        assert!(out.starts_with("exit: 1\n"), "{name}: {out}");
        assert!(
            out.contains(&format!("tests/diagnostics/{name}.yaml:")),
            "{name} has no file:line:column: {out}"
        );
    }
}

#[test]
fn reports_several_errors_in_one_run() {
    let root = repo_root();
    let out = run_case(&root, &root.join("tests/diagnostics/many_errors.yaml"));
    assert!(
        out.matches("\nerror: tests/").count() + usize::from(out.contains("exit: 1\nerror: tests/")) >= 4,
        "{out}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let output = Command::cargo_bin("linkml")
        .unwrap()
        .args(["schema", "induced"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}
