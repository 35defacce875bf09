//! Golden snapshots for every schema in tests/schemas and the bundled example: `linkml generate
//! sqla` (both styles and the imperative mapping), `linkml generate sqltables` (each dialect)
//! and `linkml generate sqlmodel`.
//! The Python tests import, lint and run the same outputs on real databases; these show every
//! change to the text. Run with UPDATE_GOLDEN=1 to rewrite tests/golden after review.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// Each output: its generator arguments and its golden file, `tests/golden/<file>`, where
/// `{}` is the schema's name.
const OUTPUTS: [(&[&str], &str); 7] = [
    (&["sqla", "--sqla-style", "1"], "sqla/{}.style1.py"),
    (&["sqla", "--sqla-style", "2"], "sqla/{}.style2.py"),
    (&["sqla", "--no-declarative"], "sqla/{}.imperative.py"),
    (&["sqltables", "--dialect", "sqlite"], "ddl/{}.sqlite.sql"),
    (&["sqltables", "--dialect", "postgresql"], "ddl/{}.postgresql.sql"),
    (&["sqltables", "--dialect", "mysql"], "ddl/{}.mysql.sql"),
    (&["sqlmodel"], "sqlmodel/{}.py"),
];

fn generate(root: &Path, schema: &Path, flags: &[&str]) -> String {
    let relative = schema.strip_prefix(root).expect("schema under the repo");
    let output = Command::cargo_bin("linkml")
        .unwrap()
        .current_dir(root)
        .arg("generate")
        .args(flags)
        .arg(relative)
        .output()
        .expect("linkml runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    match output.status.code() {
        Some(0) => stdout,
        code => format!(
            "exit: {}\n{}",
            code.unwrap_or(-1),
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

#[test]
fn outputs_match_golden_files() {
    let root = repo_root();
    let mut schemas: Vec<PathBuf> = std::fs::read_dir(root.join("tests/schemas"))
        .expect("schemas folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    schemas.sort();
    // The bundled example, whose outputs the README shows.
    schemas.push(root.join("examples/library.yaml"));
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for schema in &schemas {
        for (flags, file) in OUTPUTS {
            let actual = generate(&root, schema, flags);
            let stem = schema.file_stem().unwrap().to_string_lossy();
            let golden = root.join("tests/golden").join(file.replace("{}", &stem));
            if update {
                std::fs::write(&golden, &actual).expect("write golden");
            } else if std::fs::read_to_string(&golden).unwrap_or_default() != actual {
                failures.push(golden.display().to_string());
            }
        }
    }
    assert!(
        failures.is_empty(),
        "outputs differ from (run with UPDATE_GOLDEN=1 to review):\n{}",
        failures.join("\n")
    );
}

/// Every file under `folder`, relative to it, sorted.
fn files_under(folder: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![folder.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.push(path.strip_prefix(folder).expect("under the folder").to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// The package `--no-mergeimports -o DIR/` writes for the multi-file test schema
/// (tests/schemas/modular), in `tests/golden/packages/modular`.
#[test]
fn package_matches_golden_files() {
    let root = repo_root();
    let out = std::env::temp_dir().join(format!("linkml-golden-package-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    Command::cargo_bin("linkml")
        .unwrap()
        .current_dir(&root)
        .args([
            "generate",
            "sqla",
            "--sqla-style",
            "2",
            "--base",
            "sqlmodel",
            "--no-mergeimports",
        ])
        .arg("tests/schemas/modular/src/schema/study.yaml")
        .arg("-o")
        .arg(format!("{}/", out.display()))
        .assert()
        .success();
    let golden = root.join("tests/golden/packages/modular");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let _ = std::fs::remove_dir_all(&golden);
        for file in files_under(&out) {
            std::fs::create_dir_all(golden.join(&file).parent().unwrap()).expect("golden folder");
            std::fs::copy(out.join(&file), golden.join(&file)).expect("write golden");
        }
    }
    assert_eq!(files_under(&out), files_under(&golden), "the package's files");
    for file in files_under(&out) {
        let actual = std::fs::read_to_string(out.join(&file)).expect("generated");
        let expected = std::fs::read_to_string(golden.join(&file)).unwrap_or_default();
        assert!(
            actual == expected,
            "{} differs (run with UPDATE_GOLDEN=1 to review)",
            file.display()
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}
