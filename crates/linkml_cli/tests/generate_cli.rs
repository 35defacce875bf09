//! `linkml generate sqla` options: output files, --check, and linkml's flags.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

fn linkml(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("linkml")
        .unwrap()
        .current_dir(repo_root())
        .args(args)
        .output()
        .unwrap()
}

fn temp_path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("linkml-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("model.py")
}

#[test]
fn output_file_matches_stdout_and_check_passes() {
    let out = temp_path("check");
    let path = out.to_str().unwrap();
    let stdout = linkml(&["generate", "sqla", "examples/library.yaml"]).stdout;
    assert!(linkml(&["generate", "sqla", "examples/library.yaml", "-o", path])
        .status
        .success());
    assert_eq!(std::fs::read(&out).unwrap(), stdout);
    assert!(
        linkml(&["generate", "sqla", "examples/library.yaml", "-o", path, "--check"])
            .status
            .success()
    );
}

#[test]
fn check_reports_a_diff_and_fails_when_the_file_is_stale() {
    let out = temp_path("stale");
    std::fs::write(&out, "stale\n").unwrap();
    let result = linkml(&[
        "generate",
        "sqla",
        "examples/library.yaml",
        "-o",
        out.to_str().unwrap(),
        "--check",
    ]);
    assert_eq!(result.status.code(), Some(1));
    let diff = String::from_utf8_lossy(&result.stdout);
    assert!(
        diff.contains("-stale") && diff.contains("+class Book(NamedThing):"),
        "{diff}"
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "stale\n",
        "--check never writes"
    );
}

#[test]
fn an_existing_file_is_left_untouched_on_error() {
    let out = temp_path("error");
    std::fs::write(&out, "keep me\n").unwrap();
    let result = linkml(&[
        "generate",
        "sqla",
        "tests/diagnostics/isa_cycle.yaml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me\n");
    let leftovers = std::fs::read_dir(out.parent().unwrap()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

#[test]
fn accepts_linkml_options_that_change_nothing() {
    let plain = linkml(&["generate", "sqla", "examples/library.yaml"]).stdout;
    let with_flags = linkml(&[
        "generate",
        "sqla",
        "examples/library.yaml",
        "--mergeimports",
        "--metadata",
        "--useuris",
        "-f",
        "sqla",
        "--use-foreign-keys",
        "--declarative",
        "-im",
        "tests/cli/importmap/map.json",
        "--log_level",
        "INFO",
        "-v",
    ]);
    assert!(
        with_flags.status.success(),
        "{}",
        String::from_utf8_lossy(&with_flags.stderr)
    );
    assert_eq!(with_flags.stdout, plain);
}

#[test]
fn style_2_is_selected_by_sqla_style() {
    let out = linkml(&["generate", "sqla", "--sqla-style", "2", "examples/library.yaml"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("class Base(DeclarativeBase):"));
}

#[test]
fn unsupported_options_exit_with_a_clear_message() {
    for args in [
        &["generate", "sqla", "--pydantic", "examples/library.yaml"][..],
        &["generate", "sqla", "--generate-classes", "examples/library.yaml"][..],
        &[
            "generate",
            "sqla",
            "--no-declarative",
            "--sqla-style",
            "2",
            "examples/library.yaml",
        ][..],
    ] {
        let out = linkml(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "), "{args:?}");
    }
}

#[test]
fn name_clashes_without_case_are_refused() {
    let out = linkml(&["generate", "sqla", "tests/schemas/identifiers.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`itemid` (from itemid) and `itemId` (from itemId)"));
}
