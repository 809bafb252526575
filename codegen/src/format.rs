//! Stage 6, *format*: print the syntax tree with prettyplease and put the `@generated` header
//! first. The output depends only on the tree: it is deterministic.

/// The first line of every generated file.
pub fn header(spec_name: &str) -> String {
    format!("// @generated from {spec_name} by `cargo xtask codegen`. Do not edit.\n")
}

/// Prints `file` as the complete text of a module generated from `spec_name`.
pub fn print(file: &syn::File, spec_name: &str) -> String {
    let mut out = header(spec_name);
    out.push_str("#![allow(clippy::all, missing_docs, unused_imports, unreachable_pub, dead_code)]\n\n");
    out.push_str(&prettyplease::unparse(file));
    out
}
