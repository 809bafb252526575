//! `codegen`: turns a hand-written OpenAPI 3.0 spec into the text of a Rust client module.
//!
//! [`generate_file`] runs these stages, one module each, in this order; a module imports only
//! the stages before it (a test, `tests/tidy.rs`, holds the direction):
//!
//! 1. [`spec`] — *load*: YAML (or JSON) → [`openapiv3::OpenAPI`] and the raw JSON, remembering
//!    where every node is in the file; the strict reading, the one `$ref` resolver and the
//!    OpenAPI 3.1 normaliser live here;
//! 2. [`check`](mod@check) — *check*: the document against what the pipeline and progenitor 0.15 rely on,
//!    reporting every problem at once, each with file, line, column and pointer;
//! 3. [`model`] — *model*: the typed model of the API, built once (operations, errors, auth,
//!    paging, servers, webhooks, enums, unions, secrets, example values), and the document
//!    rewritten for progenitor;
//! 4. [`progenitor`] — *generate*: the one boundary with progenitor and typify. It runs them,
//!    reads what they generated into a typed [`progenitor::Surface`], and holds every change made
//!    to their output;
//! 5. [`emit`] — *emit*: the modules progenitor lacks, each from the model and the surface
//!    (enums and unions, errors, successes, client glue, pagination, webhooks, mock, examples,
//!    constructors and accessors);
//! 6. [`format`](mod@format) — *format*: prettyplease, plus the `@generated` header.
//!
//! Beside the pipeline: [`report`] renders a reviewer-readable summary of the generated types
//! and operations (the snapshot tests' subject) and classifies what a change to it does to the
//! public API; [`drift`] compares a spec with the vendor's published document. [`naming`] holds
//! every rule that turns spec names into Rust names, [`openapi`] the vocabulary every stage
//! shares (HTTP methods, statuses and reason phrases, media types, `$ref`s), [`error`] the
//! located errors. The library
//! never writes files: `xtask` decides what to do with the text.
#![deny(missing_docs)]

pub mod check;
pub mod drift;
pub mod emit;
pub mod error;
pub mod format;
pub mod model;
pub mod naming;
pub mod openapi;
pub mod progenitor;
pub mod report;
pub mod spec;

pub use check::check;
pub use error::{Error, Location, Problem, Result};
pub use model::{
    Auth, EnumSpec, ErrorBody, ErrorResponse, OperationInfo, Pagination, Prepared, Server, SuccessBody, UnionSpec, WebhookEvent, Webhooks,
    prepare,
};
pub use spec::Spec;

/// Everything generated from one spec.
#[derive(Debug, Clone)]
pub struct Output {
    /// The complete text of the generated Rust module, header included.
    pub code: String,
    /// What the model stage took out of the document (error responses per operation).
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

/// Runs check → model → generate → emit → format on a loaded spec.
pub fn generate_spec(spec: &Spec) -> Result<Output> {
    let mut timings = Vec::new();
    let mut clock = std::time::Instant::now();
    let mut lap = |stage: &'static str, timings: &mut Vec<(&'static str, std::time::Duration)>| {
        timings.push((stage, clock.elapsed()));
        clock = std::time::Instant::now();
    };
    let problems = check(spec);
    lap("check", &mut timings);
    let mut prepared = model::build(spec, problems)?;
    lap("model", &mut timings);
    let tokens = progenitor::generate(&prepared, &spec.name)?;
    // Only progenitor reads the prepared document: free it before the syntax tree is built, so a
    // large spec does not hold both at once.
    drop(std::mem::take(&mut prepared.doc));
    lap("generate", &mut timings);
    let mut file = progenitor::parse(tokens, &spec.name)?;
    emit_file(&mut file, &prepared, &spec.name).map_err(|message| Error::Internal {
        stage: "emit",
        location: Location::file(&spec.name),
        message,
    })?;
    lap("emit", &mut timings);
    let code = format::print(&file, &spec.name);
    lap("format", &mut timings);
    Ok(Output { code, prepared_operations: prepared.operations, timings })
}

/// The emit stage around the boundary: the types emitted from the model take typify's place,
/// the surface is read once, and every emitter's output goes where the boundary puts it.
pub fn emit_file(file: &mut syn::File, prepared: &Prepared, spec_name: &str) -> std::result::Result<(), String> {
    let three_state =
        progenitor::types::patch(file, prepared, emit::types::replacements(prepared), emit::types::deserialize_present_tokens())?;
    let surface = progenitor::surface::read(file, prepared)?;
    let conveniences = emit::ergonomics::conveniences(prepared, &surface, &three_state);
    progenitor::types::append(file, conveniences.in_types, conveniences.in_builder)?;
    let mut sends: Vec<proc_macro2::TokenStream> = surface.ops.iter().map(emit::client::send_impl).collect();
    sends.extend(emit::setters::setters(&surface));
    progenitor::client::patch(file, &surface.ops, sends)?;
    progenitor::client::append(file, emit::modules(prepared, &surface))?;
    // The crate is named after the spec's file (`spec/<name>.yaml` → `<name>`).
    let stem = std::path::Path::new(spec_name).file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let doctests = emit::doctests::doctests(prepared, &surface, &conveniences.constructors, &stem.replace(['-', '.'], "_"));
    progenitor::client::replace_examples(file, &doctests);
    Ok(())
}
