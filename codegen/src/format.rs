//! Stage 5, *format*: parse the token stream as a Rust file, print it with prettyplease, and put
//! the `@generated` header first. The output depends only on the tokens: it is deterministic.

use proc_macro2::TokenStream;

use crate::error::{Error, Location, Result};

/// The first line of every generated file.
pub fn header(spec_name: &str) -> String {
    format!("// @generated from {spec_name} by `cargo xtask codegen`. Do not edit.\n")
}

/// Parses generated tokens as a Rust file.
pub fn parse(tokens: TokenStream, spec_name: &str) -> Result<syn::File> {
    syn::parse2(tokens).map_err(|e| Error::Format { location: Location::file(spec_name), message: e.to_string() })
}

/// Prints `file` as the complete text of a module generated from `spec_name`.
pub fn print(file: &syn::File, spec_name: &str) -> String {
    let mut out = header(spec_name);
    out.push_str("#![allow(clippy::all, missing_docs, unused_imports, unreachable_pub, dead_code)]\n\n");
    out.push_str(&prettyplease::unparse(file));
    out
}
