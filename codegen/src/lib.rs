//! `codegen`: turns a hand-written OpenAPI 3.0 spec into the text of a Rust client module.
//!
//! [`generate_file`] runs these stages, one module each, in this order:
//!
//! 1. [`load`] — YAML (or JSON) → [`openapiv3::OpenAPI`], remembering where every node is in the
//!    file;
//! 2. [`validate`](mod@validate) — the document is read strictly (unknown keys, types, formats) and checked
//!    against what the pipeline and progenitor 0.15 rely on, reporting every problem at once;
//! 3. [`prepare`](mod@prepare) — rewrite the document so progenitor accepts it, recording what was taken out;
//! 4. [`generate`] — run `progenitor::Generator` as a library, leaving out typify's builders of
//!    the types no request carries;
//! 5. [`extend`] and [`client`] — add what progenitor lacks (lossless unions, forward-compatible
//!    enums, three-state fields, typed errors, the runtime glue, webhooks), with three private
//!    helpers: `ergonomics` (constructors, `clear_<field>()`, union accessors, nested-union
//!    conversions), `mock` (the `mock` feature's typed mock server and example values) and
//!    `examples` (each operation's doctest); `ops` pairs the spec's operations with progenitor's
//!    methods for all of them;
//! 6. [`format`](mod@format) — prettyplease, plus the `@generated` header.
//!
//! [`naming`] holds every rule that turns spec names into Rust names. [`model`] renders a
//! reviewer-readable summary of the generated types and operations (the snapshot tests' subject)
//! and classifies what a change to it does to the public API; [`drift`] compares a spec with the
//! vendor's published document. The library never writes files: `xtask` decides what to do with
//! the text.
#![deny(missing_docs)]

pub mod client;
pub mod drift;
mod ergonomics;
pub mod error;
mod examples;
pub mod extend;
pub mod format;
pub mod generate;
pub mod load;
mod mock;
pub mod model;
pub mod naming;
pub mod normalize;
mod ops;
pub mod prepare;
mod strict;
mod syntax;
pub mod validate;

pub use error::{Error, Location, Problem, Result};
pub use load::Spec;
pub use prepare::{
    Auth, EnumSpec, ErrorBody, ErrorResponse, OperationInfo, Pagination, Prepared, Server, SuccessBody, UnionSpec, WebhookEvent, Webhooks,
    prepare,
};
pub use validate::validate;

/// Everything generated from one spec.
#[derive(Debug, Clone)]
pub struct Output {
    /// The complete text of the generated Rust module, header included.
    pub code: String,
    /// What the prepare stage took out of the document (error responses per operation).
    pub prepared_operations: Vec<OperationInfo>,
    /// How long each stage took, in pipeline order (for progress output).
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// Runs the whole pipeline on the spec at `path`, named `name` in messages and in the header.
pub fn generate_file(path: &std::path::Path, name: &str) -> Result<Output> {
    let started = std::time::Instant::now();
    let spec = Spec::load(path, name)?;
    let loaded = started.elapsed();
    let mut output = generate_spec(&spec)?;
    output.timings.insert(0, ("load", loaded));
    Ok(output)
}

/// Runs validate → prepare → generate → format on a loaded spec.
pub fn generate_spec(spec: &Spec) -> Result<Output> {
    let mut timings = Vec::new();
    let mut clock = std::time::Instant::now();
    let mut lap = |stage: &'static str, timings: &mut Vec<(&'static str, std::time::Duration)>| {
        timings.push((stage, clock.elapsed()));
        clock = std::time::Instant::now();
    };
    let plan = validate(spec)?;
    lap("validate", &mut timings);
    let mut prepared = prepare::rewrite(spec, plan)?;
    lap("prepare", &mut timings);
    let tokens = generate::generate(&prepared, &spec.name)?;
    // Only progenitor reads the prepared document: free it before the syntax tree is built, so a
    // large spec does not hold both at once.
    drop(std::mem::take(&mut prepared.doc));
    lap("generate", &mut timings);
    let mut file = format::parse(tokens, &spec.name)?;
    extend::extend(&mut file, &prepared, &spec.name)?;
    client::extend_client(&mut file, &prepared, &spec.name)?;
    lap("extend", &mut timings);
    let code = format::print(&file, &spec.name);
    lap("format", &mut timings);
    Ok(Output { code, prepared_operations: prepared.operations, timings })
}
