//! `cargo xtask new-api <name> <spec-file>`: adds an API to the workspace in one step.
//!
//! The spec is generated in memory first, so a spec that does not generate changes nothing. Then
//! the command writes `spec/<name>.<ext>`, the crate under `generated/<name>/` (a manifest with
//! the same features as the built-in crates, a `lib.rs`, a README whose example compiles, and
//! `src/generated.rs`), the model snapshot `tests/snapshots/snapshots__<name>.snap` that the
//! snapshot test compares every spec with, and registers the crate in `[workspace.dependencies]`
//! and `Cargo.lock`. The workspace picks up `generated/*` by itself.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// Names the workspace already uses for something other than an API crate.
const RESERVED: &[&str] = &["codegen", "runtime", "checkout-runtime", "xtask", "tests", "checkout-sdk-tests", "spec", "generated"];

/// Checks that `name` can be a file stem, a package name and (with `_`) a Rust identifier.
pub fn check_name(name: &str) -> anyhow::Result<()> {
    let well_formed = name.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
        && name.starts_with(|c: char| c.is_ascii_lowercase());
    if !well_formed {
        bail!(
            "`{name}` is not a valid API name: use lowercase ASCII letters and digits in dash-separated words, starting with a letter (e.g. `acme-payments`)"
        );
    }
    if RESERVED.contains(&name) {
        bail!("`{name}` is already used by the workspace; choose another name");
    }
    Ok(())
}

/// Runs the command; returns the exit code (0 done, 2 refused or failed: nothing was written).
pub fn run(root: &Path, name: &str, source: &Path, out: &mut dyn Write) -> anyhow::Result<u8> {
    check_name(name)?;
    let ext = match source.extension().and_then(|e| e.to_str()) {
        Some(ext @ ("yaml" | "yml" | "json")) => ext,
        _ => bail!("{}: expected a .yaml, .yml or .json OpenAPI document", source.display()),
    };
    for existing in ["yaml", "yml", "json"].map(|e| format!("spec/{name}.{e}")).into_iter().chain([format!("generated/{name}")]) {
        if root.join(&existing).exists() {
            bail!("{existing} already exists: `new-api` only adds an API (edit the spec and run `cargo xtask codegen` to change one)");
        }
    }
    let spec_text = std::fs::read_to_string(source).with_context(|| format!("cannot read {}", source.display()))?;
    let spec_name = format!("spec/{name}.{ext}");
    let output = codegen::generate_file(source, &spec_name)
        .map_err(|e| anyhow::anyhow!("{e}\n(the spec was read from {} and would be {spec_name})", source.display()))?;
    let model = codegen::report::summarize(&output.code, &output.prepared_operations, &spec_name)?;
    let title = info_title(&spec_text).unwrap_or_else(|| name.to_owned());

    let crate_dir = format!("generated/{name}");
    let files = [
        (spec_name.clone(), spec_text),
        (format!("{crate_dir}/Cargo.toml"), manifest(name, &title, &spec_name)),
        (format!("{crate_dir}/README.md"), readme(name, &title, &spec_name, &output.prepared_operations)),
        (format!("{crate_dir}/src/lib.rs"), lib_rs(&title, &spec_name)),
        (format!("{crate_dir}/src/generated.rs"), output.code.clone()),
        (format!("tests/snapshots/snapshots__{name}.snap"), format!("---\nsource: tests/it/snapshots.rs\nexpression: model\n---\n{model}")),
    ];
    write_new(root, &files)?;
    for (path, _) in &files {
        writeln!(out, "created {path}")?;
    }

    let manifest_path = root.join("Cargo.toml");
    if manifest_path.is_file() {
        // The API is added from here on: a failure below is a note with the step to do by hand.
        let registered = std::fs::read_to_string(&manifest_path)
            .ok()
            .and_then(|workspace| register_dependency(&workspace, name))
            .is_some_and(|updated| std::fs::write(&manifest_path, updated).is_ok());
        if registered {
            writeln!(out, "registered {name} in [workspace.dependencies] of Cargo.toml")?;
        } else {
            writeln!(out, "note: add `{name} = {{ path = \"{crate_dir}\" }}` to [workspace.dependencies] in Cargo.toml")?;
        }
        // `--locked` builds refuse a workspace whose lock file lacks a member: record it now.
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = std::process::Command::new(cargo)
            .args(["metadata", "--format-version", "1", "--manifest-path"])
            .arg(&manifest_path)
            .stdout(std::process::Stdio::null())
            .status();
        match status {
            Ok(s) if s.success() => writeln!(out, "recorded {name} in Cargo.lock")?,
            _ => writeln!(out, "note: run `cargo metadata > /dev/null` to record {name} in Cargo.lock")?,
        }
    }
    writeln!(
        out,
        "{}",
        crate::progress_line(&crate::Target { spec: spec_name.clone(), output: format!("{crate_dir}/src/generated.rs") }, &output)
    )?;
    writeln!(
        out,
        "next: record the spec's sources in spec/README.md, then `cargo build -p {name}` and `cargo test -p {name} --doc`; \
         `cargo xtask codegen` regenerates it from now on"
    )?;
    Ok(0)
}

/// `info.title` of a YAML or JSON document, when it is a string.
fn info_title(text: &str) -> Option<String> {
    let doc: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    let title = doc.get("info")?.get("title")?.as_str()?.trim();
    (!title.is_empty()).then(|| title.lines().next().unwrap_or(title).to_owned())
}

/// Writes every file, creating directories; on any failure removes what it created.
fn write_new(root: &Path, files: &[(String, String)]) -> anyhow::Result<()> {
    let mut created: Vec<PathBuf> = Vec::new();
    let result = (|| {
        for (rel, text) in files {
            let path = root.join(rel);
            if let Some(parent) = path.parent()
                && !parent.exists()
            {
                let mut missing = parent.to_owned();
                while let Some(up) = missing.parent().filter(|p| !p.exists()) {
                    missing = up.to_owned();
                }
                std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
                created.push(missing);
            }
            std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
            created.push(path);
        }
        Ok(())
    })();
    if result.is_err() {
        for path in created.iter().rev() {
            let _ = if path.is_dir() { std::fs::remove_dir_all(path) } else { std::fs::remove_file(path) };
        }
    }
    result
}

/// The workspace manifest with `name` declared after the last generated crate (or after the
/// runtime), or `None` when neither anchor is there.
pub fn register_dependency(workspace: &str, name: &str) -> Option<String> {
    let line = format!("{name} = {{ path = \"generated/{name}\" }}\n");
    let anchor = workspace
        .match_indices("{ path = \"generated/")
        .last()
        .map(|(at, _)| at)
        .or_else(|| workspace.find("checkout-runtime = { path = \"runtime\" }"))?;
    let end = workspace[anchor..].find('\n').map_or(workspace.len(), |i| anchor + i + 1);
    let mut updated = workspace.to_owned();
    if end == workspace.len() && !workspace.ends_with('\n') {
        updated.push('\n');
    }
    updated.insert_str(end.min(updated.len()), &line);
    Some(updated)
}

fn escape_toml(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The new crate's `Cargo.toml` (workspace inheritance, the built-in crates' features).
pub fn manifest(name: &str, title: &str, spec: &str) -> String {
    format!(
        r#"[package]
name = "{name}"
description = "Typed Rust client for {title}, generated from {spec}."
version = "0.1.0"
edition.workspace = true
rust-version.workspace = true
license.workspace = true
publish.workspace = true

[features]
default = ["rustls-ring"]
## HTTPS through rustls with the ring crypto provider and the platform certificate verifier.
rustls-ring = ["checkout-runtime/rustls-ring"]
## HTTPS through rustls with reqwest's own default provider, aws-lc-rs.
rustls = ["reqwest/rustls"]
## HTTPS through the platform's native TLS library.
native-tls = ["reqwest/native-tls"]
## HTTP/2, negotiated by ALPN over HTTPS.
http2 = ["reqwest/http2"]
## A `tracing` span per operation call (operation, method, path template, attempts, status,
## request id) and events for retries and pagination pages; never a secret.
tracing = ["checkout-runtime/tracing"]
## Typed mocks for tests: `mock::MockServer` with an expectation per operation, and `example()`
## values of every model. Enable it in `[dev-dependencies]`; it adds an HTTP server (hyper).
mock = ["checkout-runtime/mock"]
## An axum extractor of verified, de-duplicated webhook events (`webhooks::Fresh`): a handler
## taking it runs once per delivery id; forged, late, duplicate and stale deliveries are answered
## before it.
axum = ["checkout-runtime/axum"]

[dependencies]
checkout-runtime = {{ workspace = true }}
progenitor-client = {{ workspace = true }}
reqwest = {{ workspace = true }}
serde = {{ workspace = true }}
serde_json = {{ workspace = true }}
chrono = {{ workspace = true }}
uuid = {{ workspace = true }}
futures = {{ workspace = true }}

[dev-dependencies]
# The operations' doc examples run against the crate's mock (`--features mock`).
tokio = {{ workspace = true, features = ["macros", "rt-multi-thread", "net"] }}

[lints]
workspace = true
"#,
        title = escape_toml(title),
    )
}

/// The new crate's README, whose example compiles.
pub fn readme(name: &str, title: &str, spec: &str, operations: &[codegen::OperationInfo]) -> String {
    let ident = name.replace('-', "_");
    let names: Vec<String> = operations.iter().map(|op| format!("`{}`", codegen::naming::method_name(&op.operation_id))).collect();
    format!(
        r#"# {name}

A typed Rust client for {title}, generated from `{spec}` by `cargo xtask codegen`.
Operations: {ops}.

```rust,no_run
# fn demo() -> Result<(), Box<dyn std::error::Error>> {{
let client = {ident}::Client::builder()
    .base_url("https://api.example.com")
    .build()?;
# let _ = client;
# Ok(()) }}
```

Each operation is a method of `Client` returning a request builder: set its parameters, then
`.send().await`. Errors are `{ident}::runtime::Error`, with the operation's documented error
responses typed under `{ident}::errors`.
"#,
        ops = if names.is_empty() { "none".to_owned() } else { names.join(", ") },
    )
}

/// The new crate's `src/lib.rs`: the same crate root as the built-in crates'.
pub fn lib_rs(title: &str, spec: &str) -> String {
    format!(
        r#"//! Typed Rust client for {title}.
//!
//! Everything a service needs is at the crate root: [`Client`] and its [`ClientBuilder`], the
//! [`Server`]s, the models in [`types`], each operation's error enum in [`errors`], and the one
//! [`Error`] (with [`Result`]) that every operation returns. The code behind them is produced by
//! `cargo xtask codegen` from `{spec}` and is never edited by hand.
#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

#[rustfmt::skip]
#[allow(missing_docs)]
mod generated;

pub use generated::*;

/// The shared runtime: credentials, retry policy, per-call options, errors, pagination, webhooks.
pub use checkout_runtime as runtime;
pub use checkout_runtime::{{Error, Optional, RequestOptions, RetryPolicy, Secret}};
/// Re-exported so a service needs no other dependency: IDs, timestamps, JSON values (metadata,
/// unknown variants) and stream helpers.
pub use {{checkout_runtime::futures, chrono, serde_json, uuid}};

/// What every operation's `send` returns: the response, or an [`Error`] whose `Api` variant holds
/// the operation's enum from [`errors`] (`E`).
pub type Result<T, E> = ::std::result::Result<T, Error<E>>;
"#
    )
}
