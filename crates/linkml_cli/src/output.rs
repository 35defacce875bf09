//! Where generated text goes: stdout, a file written atomically, or a `--check` comparison.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::pipeline::Failure;

#[derive(Args, Debug)]
pub struct OutputArgs {
    /// Write to FILE instead of stdout. The file is replaced atomically, and left untouched
    /// when generation fails.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Do not write: exit 1 with a unified diff if FILE (from -o) differs from what would be
    /// generated. For CI and pre-commit.
    #[arg(long, requires = "output")]
    pub check: bool,
}

pub fn emit(args: &OutputArgs, text: &str) -> Result<(), Failure> {
    match &args.output {
        Some(path) => write_file(path, args.check, text),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|e| {
                    eprintln!("error: cannot write to stdout: {e}");
                    Failure::Input
                })
        }
    }
}

/// Writes `text` to `path` atomically, or with `check`, compares them instead.
pub fn write_file(path: &Path, check_only: bool, text: &str) -> Result<(), Failure> {
    if check_only {
        check(path, text)
    } else {
        write_atomically(path, text)
    }
}

/// Whether `-o PATH` names a folder: an existing one, or a path that ends with `/`.
pub fn is_folder(path: &Path) -> bool {
    path.is_dir() || path.as_os_str().to_string_lossy().ends_with(std::path::MAIN_SEPARATOR)
}

/// Writes (or, with `check`, compares) every file; a failure does not stop the others.
pub fn write_files(files: &[(PathBuf, String)], check_only: bool) -> Result<(), Failure> {
    let mut result = Ok(());
    for (path, text) in files {
        if let Err(failure) = write_file(path, check_only, text) {
            result = Err(failure);
        }
    }
    result
}

fn check(path: &Path, text: &str) -> Result<(), Failure> {
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current == text {
        return Ok(());
    }
    let shown = path.display().to_string();
    let diff = similar::TextDiff::from_lines(current.as_str(), text);
    print!(
        "{}",
        diff.unified_diff().header(&shown, &format!("{shown} (generated)"))
    );
    eprintln!("error: {shown} is stale; run the same command without --check to regenerate it");
    Err(Failure::Input)
}

/// Writes to a temporary file beside `path`, then renames it over `path`; creates the folder.
fn write_atomically(path: &Path, text: &str) -> Result<(), Failure> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = folder.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = std::fs::create_dir_all(folder)
        .and_then(|()| std::fs::write(&temporary, text))
        .and_then(|()| std::fs::rename(&temporary, path));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        eprintln!("error: cannot write {}: {e}", path.display());
        Failure::Input
    })
}
