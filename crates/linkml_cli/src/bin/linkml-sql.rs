//! `linkml-sql`: the name the wheel installs, beside Python linkml's own `linkml`.

fn main() -> std::process::ExitCode {
    linkml_cli::main()
}
