//! Prints the generated module for one spec: `cargo run -p codegen --example render -- spec/x.yaml`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: render <spec.yaml>");
    match codegen::generate_file(std::path::Path::new(&path), &path) {
        Ok(out) => print!("{}", out.code),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    }
}
