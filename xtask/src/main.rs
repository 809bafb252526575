//! `cargo xtask` entry point; see the library for the tasks. `cargo xtask codegen --help` explains them.

fn main() -> std::process::ExitCode {
    let code = xtask::run(std::env::args_os(), &mut std::io::stdout(), &mut std::io::stderr());
    std::process::ExitCode::from(code)
}
