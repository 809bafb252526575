//! Stage 5, *emit*: the modules and items progenitor lacks, each written from the model and the
//! [`Surface`] (what progenitor generated, read by the boundary) — never from progenitor's items.
//! Emitters do not use one another; what one hands another (the constructors the examples
//! call) passes through this module's types.
//!
//! - [`types`]: string enums, discriminated unions and one-value booleans, in typify's place;
//! - [`ergonomics`]: constructors, `clear_<field>()`, union accessors, nested-union conversions;
//! - [`client`]: each builder's typed `send`, the runtime glue (`ClientHooks`, credentials,
//!   version header, rate limits, idempotency), `Server` and `ClientBuilder`, secret fields;
//! - [`errors`]: the per-operation error and success enums;
//! - [`pagination`]: `<op>_pages` and `<op>_items`;
//! - [`webhooks`]: the `webhooks` module;
//! - [`mock`]: the `mock` feature's typed mock server and example values;
//! - [`examples`]: each operation method's doctest.

use proc_macro2::TokenStream;
use quote::format_ident;

use crate::model::{Prepared, Status};
use crate::naming::rust_name;
use crate::progenitor::{Op, Surface};

pub mod client;
pub mod ergonomics;
pub mod errors;
pub mod examples;
pub mod mock;
pub mod pagination;
pub mod types;
pub mod webhooks;

/// The modules added beside progenitor's, in the order they follow its items.
pub fn modules(prepared: &Prepared, surface: &Surface) -> Vec<TokenStream> {
    let ops = &surface.ops;
    vec![
        mock::module(surface, prepared),
        errors::errors_module(ops),
        errors::successes_module(ops),
        client::secret_fields(prepared),
        client::hooks(ops),
        client::servers_and_builder(prepared),
        pagination::pagination(ops),
        webhooks::webhooks(prepared),
    ]
}

/// One constructor the ergonomics emitter wrote: `<name>::new(args…)`, each argument with the
/// type it converts into.
#[derive(Debug, Clone)]
pub struct Constructor {
    /// The type's Rust name.
    pub name: String,
    /// The arguments in order: their names and types (`impl Into<T>` as `T`).
    pub args: Vec<(String, syn::Type)>,
}

/// The operation's error enum: `<Method>Error` (`CheckoutsGetError`).
pub(crate) fn error_enum(op: &Op) -> syn::Ident {
    format_ident!("{}Error", rust_name(&op.method.to_string()))
}

/// The operation's success enum, when its 2xx bodies differ: `<Method>Success`.
pub(crate) fn success_enum(op: &Op) -> syn::Ident {
    format_ident!("{}Success", rust_name(&op.method.to_string()))
}

/// The variant name for a documented error status: its reason phrase (`404` → `NotFound`).
pub(crate) fn status_variant(status: Status) -> String {
    match status {
        Status::Default => "Default".into(),
        Status::Range(4) => "ClientError".into(),
        Status::Range(5) => "ServerError".into(),
        Status::Range(class) => format!("Status{class}XX"),
        Status::Code(code) => crate::openapi::reason_phrase(code).map(rust_name).unwrap_or_else(|| format!("Status{code}")),
    }
}

/// The variant name of a success status: its reason phrase (`201` → `Created`).
pub(crate) fn success_variant(code: u16) -> String {
    crate::openapi::reason_phrase(code).map(rust_name).unwrap_or_else(|| format!("Status{code}"))
}

/// Names `MockServer` uses itself; an operation method with one of them gets `_op` appended.
const RESERVED: &[&str] = &["start", "url", "client", "received", "verify", "inner"];

/// The `MockServer` method that expects operation method `method`: the same name, unless
/// `MockServer` uses it itself.
pub(crate) fn expectation_method(method: &str) -> String {
    if RESERVED.contains(&method) { format!("{method}_op") } else { method.to_owned() }
}
