//! Runs the pipeline or its baseline a few times on one spec, for an instruction count that,
//! unlike a wall-clock time, does not move with the load on a shared machine:
//!
//! ```sh
//! cargo build --release --locked -p codegen --example instructions
//! for what in setup baseline pipeline; do
//!   valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/release/examples/instructions $what spec/polar-checkouts.yaml 2>&1 | grep Collected
//! done
//! ```
//!
//! Subtract `setup` (reading the spec and preparing the baseline's document once) from the other
//! two; their ratio is the pipeline's cost relative to progenitor used as its README shows
//! (`generate_tokens` → `syn::parse2` → `prettyplease::unparse`, document already in memory), the
//! same comparison `cargo bench -p codegen` times. `same-builders` is that baseline with typify's
//! builders of response-only types left out, as the pipeline leaves them out. See BENCHMARKS.md.

use std::process::ExitCode;

/// Runs per measurement; the setup is paid once either way.
const RUNS: usize = 3;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [what, path] = args.as_slice() else {
        eprintln!("usage: instructions <setup|baseline|same-builders|pipeline> <spec.yaml>");
        return ExitCode::from(2);
    };
    let name = std::path::Path::new(path).file_name().map_or(path.clone(), |n| n.to_string_lossy().into_owned());
    let text = match std::fs::read(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let prepared = match codegen::Spec::parse(&name, &text).and_then(|spec| codegen::prepare(&spec)) {
        Ok(prepared) => prepared,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let settings = codegen::progenitor::settings();
    let mut bytes = 0;
    for _ in 0..RUNS {
        bytes += match what.as_str() {
            "setup" => 0,
            "baseline" => {
                let tokens = codegen::progenitor::generate_with(&prepared.doc, &settings, &name).expect("spec generates");
                prettyplease::unparse(&syn::parse2(tokens).expect("progenitor's output parses")).len()
            }
            "same-builders" => {
                let tokens = codegen::progenitor::generate_with(&prepared.doc, &settings, &name).expect("spec generates");
                let tokens = codegen::progenitor::without_unused_builders(tokens, &prepared);
                prettyplease::unparse(&syn::parse2(tokens).expect("progenitor's output parses")).len()
            }
            "pipeline" => {
                let spec = codegen::Spec::parse(&name, &text).expect("spec parses");
                codegen::generate_spec(&spec).expect("spec generates").code.len()
            }
            other => {
                eprintln!("unknown measurement `{other}`: setup, baseline, same-builders or pipeline");
                return ExitCode::from(2);
            }
        };
    }
    println!("{what}: {RUNS} runs, {bytes} bytes of output");
    ExitCode::SUCCESS
}
