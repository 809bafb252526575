//! Stage 5, *format*: parse the token stream as a Rust file, print it with prettyplease, and put
//! the `@generated` header first. The output depends only on the tokens: it is deterministic.

use proc_macro2::TokenStream;

use crate::error::{Error, Location, Result};

/// The first line of every generated file.
pub fn header(spec_name: &str) -> String {
    format!("// @generated from {spec_name} by `cargo xtask codegen`. Do not edit.\n")
}

/// Formats `tokens` as a complete file generated from `spec_name`.
pub fn format(tokens: TokenStream, spec_name: &str) -> Result<String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Format { location: Location::file(spec_name), message: e.to_string() })?;
    let mut out = header(spec_name);
    out.push_str("#![allow(clippy::all, missing_docs, unused_imports, unreachable_pub, dead_code)]\n\n");
    out.push_str(&prettyplease::unparse(&file));
    Ok(out)
}
