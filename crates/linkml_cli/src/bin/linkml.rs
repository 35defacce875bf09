//! `linkml`: the drop-in name, for projects without Python linkml (`cargo install` gives both).

fn main() -> std::process::ExitCode {
    linkml_cli::main()
}
