//! `linkml generate sqla` and `linkml generate sqltables` options: output files, --check,
//! dialects, and linkml's flags.

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

/// A fresh folder for one test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("linkml-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn temp_path(name: &str) -> PathBuf {
    temp_dir(name).join("model.py")
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

/// Writes `body` (classes and enums) into a schema file of its own, and returns its path.
fn schema_file(name: &str, body: &str) -> PathBuf {
    let path = temp_dir(name).join("schema.yaml");
    let header = "id: https://example.org/t\nname: t\nprefixes: {linkml: https://w3id.org/linkml/}\nimports: [linkml:types]\ndefault_range: string\n";
    std::fs::write(&path, format!("{header}{body}")).unwrap();
    path
}

#[test]
fn an_enum_named_like_a_table_is_a_positioned_error_naming_both() {
    let join_table = schema_file(
        "enum-join",
        "enums:\n  Sample_tags:\n    permissible_values: {a: , b: }\nclasses:\n  Sample:\n    attributes:\n      id:\n        identifier: true\n      tags:\n        multivalued: true\n      kind:\n        range: Sample_tags\n",
    );
    let out = linkml(&["generate", "sqla", join_table.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("schema.yaml:16:7: the enum `Sample_tags` (the range of `Sample.kind`) and a join table"),
        "{stderr}"
    );
    let table = schema_file(
        "enum-table",
        "enums:\n  status:\n    permissible_values: {open: , closed: }\nclasses:\n  Ticket:\n    annotations: {__tablename__: status}\n    attributes:\n      id:\n        identifier: true\n      state:\n        range: status\n",
    );
    let out = linkml(&[
        "generate",
        "sqltables",
        "--dialect",
        "postgresql",
        table.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "schema.yaml:10:3: the enum `status` (the range of `Ticket.state`) and the table of class `Ticket`"
        ),
        "{stderr}"
    );
}

// `linkml generate sqltables`

fn stdout(args: &[&str]) -> String {
    let out = linkml(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const SCHEMA: &str = "examples/library.yaml";

#[test]
fn sqlddl_and_mariadb_are_aliases() {
    let mysql = stdout(&["generate", "sqltables", "--dialect", "mysql", SCHEMA]);
    assert_eq!(stdout(&["generate", "sqlddl", "--dialect", "mariadb", SCHEMA]), mysql);
    assert!(mysql.contains("VARCHAR(255)"));
}

#[test]
fn sqlite_is_the_default_dialect() {
    let default = stdout(&["generate", "sqltables", SCHEMA]);
    assert_eq!(
        default,
        stdout(&["generate", "sqltables", "--dialect", "sqlite", SCHEMA])
    );
    assert!(default.starts_with("-- # "), "linkml's comment header comes first");
}

#[test]
fn unsupported_dialects_and_options_exit_with_a_message() {
    for args in [
        &["generate", "sqltables", "--dialect", "oracle", SCHEMA][..],
        &["generate", "sqltables", "--dialect", "mssql", SCHEMA][..],
        &["generate", "sqltables", "--sqla-file", "x.py", SCHEMA][..],
        &["generate", "sqltables", "--autogenerate_index", "maybe", SCHEMA][..],
    ] {
        let out = linkml(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("error"), "{args:?}");
    }
    let out = linkml(&["generate", "sqltables", "--dialect", "oracle", SCHEMA]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not supported: use sqlite, postgresql, mysql or mariadb"));
}

#[test]
fn index_and_abstract_options_take_values() {
    let indexed = stdout(&["generate", "sqltables", SCHEMA]);
    let plain = stdout(&["generate", "sqltables", "--autogenerate_index", "False", SCHEMA]);
    assert!(indexed.contains("CREATE INDEX") && !plain.contains("CREATE INDEX"));
    let concrete = stdout(&[
        "generate",
        "sqltables",
        "--generate_abstract_class_ddl",
        "False",
        SCHEMA,
    ]);
    assert!(indexed.contains("CREATE TABLE \"NamedThing\""));
    assert!(!concrete.contains("CREATE TABLE \"NamedThing\""));
    assert!(!concrete.contains("REFERENCES \"NamedThing\""));
}

#[test]
fn rename_foreign_keys_names_references_after_their_key() {
    let renamed = stdout(&["generate", "sqltables", "--rename-foreign-keys", SCHEMA]);
    let plain = stdout(&["generate", "sqltables", SCHEMA]);
    assert_ne!(renamed, plain);
    assert!(renamed.contains("author_id"), "{renamed}");
}

#[test]
fn output_file_check_and_relmodel() {
    let dir = temp_dir("out");
    let ddl = dir.join("schema.sql");
    let relmodel = dir.join("relmodel.yaml");
    let (ddl_s, relmodel_s) = (ddl.to_str().unwrap(), relmodel.to_str().unwrap());
    let args = [
        "generate",
        "sqltables",
        SCHEMA,
        "-o",
        ddl_s,
        "--relmodel-output",
        relmodel_s,
    ];
    assert!(linkml(&args).status.success());
    assert_eq!(
        std::fs::read_to_string(&ddl).unwrap(),
        stdout(&["generate", "sqltables", SCHEMA])
    );
    let checked = [&args[..], &["--check"]].concat();
    assert!(linkml(&checked).status.success());
    std::fs::write(&ddl, "stale\n").unwrap();
    let stale = linkml(&checked);
    assert_eq!(stale.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&ddl).unwrap(),
        "stale\n",
        "--check never writes"
    );
    // The relational model is itself a schema this tool reads.
    let induced = stdout(&["schema", "induced", relmodel_s]);
    assert!(induced.contains("\"Book_authors\""), "{induced}");
}
