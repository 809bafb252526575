//! `cargo xtask codegen [--check]`: regenerate every client crate under `generated/` from its spec
//! under `spec/`, or (with `--check`) verify that the committed files are up to date.
//!
//! The mapping is by name: `spec/<name>.yaml` → `generated/<name>/src/generated.rs`. Only that one
//! file per crate is owned by the generator; `Cargo.toml`, `README.md` and `src/lib.rs` beside it
//! are written by hand. Everything is generated in memory first, so an invalid spec changes
//! nothing on disk. Exit codes: 0 done / up to date, 1 stale (`--check`), 2 invalid spec, I/O
//! error or bad usage. The logic lives in this library so tests can run it in-process.
//! `cargo xtask new-api` ([`new_api`]) adds an API; `cargo xtask drift` compares a spec with the
//! vendor's published document; `cargo xtask release --dry-run` ([`release`]) packages and
//! verifies the published crates together and prints the order to publish them in.

pub mod new_api;
pub mod release;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};

/// The command printed whenever generated files are stale.
pub const FIX_COMMAND: &str = "cargo xtask codegen";

#[derive(Parser, Debug)]
#[command(name = "cargo xtask", about = "Repository automation for checkout-sdk.", disable_version_flag = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Regenerate generated/<name>/src/generated.rs from every spec/<name>.yaml.
    ///
    /// Writes only files whose content changed, and nothing at all if any spec is invalid.
    /// With --check, writes nothing: lists every stale file with a unified diff and exits 1.
    /// Exit codes: 0 up to date, 1 stale (--check), 2 invalid spec, I/O error or bad usage.
    Codegen {
        /// Write nothing; exit 1 and show a diff if any generated file is stale.
        #[arg(long)]
        check: bool,
        /// Print only problems and stale files: no per-spec timings, API reports or summary.
        #[arg(short, long)]
        quiet: bool,
        /// Repository root to work on (default: the checkout of the current directory).
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
    },
    /// Compare spec/<name>.yaml with the vendor's published OpenAPI document.
    ///
    /// For the operations our spec covers: parameters, bodies, every response status and body,
    /// security, and every schema reachable from them, structurally at each JSON path from the
    /// operation. Differences are grouped by what they do to a user; those declared in
    /// spec/<name>.deviations.yaml are reported as such. Exit codes: 0 nothing that breaks
    /// decoding or requests, 1 undeclared findings that would fail to decode, drop data or make
    /// a request impossible, 2 bad usage or an unreadable document.
    Drift {
        /// The spec's name: spec/<name>.yaml.
        name: String,
        /// The published document (OpenAPI 3.0 or 3.1, JSON or YAML), downloaded beforehand.
        #[arg(long, value_name = "FILE")]
        against: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Repository root to work on (default: the checkout of the current directory).
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
    },
    /// Print the CHANGELOG entry for what spec/<name>.yaml changed since the last commit.
    ///
    /// One line per API change with its semver bump (the report `codegen` prints), from the model
    /// snapshot committed in git (HEAD), so accepting the new snapshot first or later gives the
    /// same entry. With --write, adds the lines not there yet under `## Unreleased` in
    /// generated/<name>/CHANGELOG.md.
    Changelog {
        /// The spec's name: spec/<name>.yaml.
        name: String,
        /// Add the entry to the crate's CHANGELOG.md instead of printing it.
        #[arg(long)]
        write: bool,
        /// Repository root to work on (default: the checkout of the current directory).
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
    },
    /// Add an API: copy the spec to spec/<name>.<ext>, scaffold generated/<name>/, generate it.
    ///
    /// The spec is generated in memory first: if it is invalid, nothing is written. Then writes
    /// the spec, the crate (Cargo.toml, README.md, src/lib.rs, src/generated.rs), the model
    /// snapshot tests/snapshots/snapshots__<name>.snap, and registers the crate in the workspace
    /// manifest and Cargo.lock. Exit codes: 0 added, 2 refused (bad name, existing API, invalid
    /// spec) or an I/O error.
    NewApi {
        /// The API's name: lowercase words joined by dashes (the crate and file name).
        name: String,
        /// The OpenAPI 3.0 or 3.1 document (YAML or JSON).
        spec: PathBuf,
        /// Repository root to work on (default: the checkout of the current directory).
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
    },
    /// Package and verify every published crate, and print the order to publish them in.
    ///
    /// checkout-runtime and every generated client are packaged together, so each client's package
    /// is built against the packaged runtime (as crates.io users will build it), not the
    /// workspace's. Nothing is uploaded: publishing is `cargo publish` for each crate, in the
    /// printed order. Exit codes: 0 every package is good, 1 cargo refused one, 2 bad usage.
    Release {
        /// Required: this command only rehearses a release.
        #[arg(long)]
        dry_run: bool,
        /// Package without building each package (faster; checks the file lists and manifests).
        #[arg(long)]
        no_verify: bool,
        /// Repository root to work on (default: the checkout of the current directory).
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
    },
}

/// One spec and the file generated from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The spec, relative to the root with `/` separators (`spec/polar-checkouts.yaml`).
    pub spec: String,
    /// The generated file, relative to the root (`generated/polar-checkouts/src/generated.rs`).
    pub output: String,
}

/// The repository to work on when no `--root` is given, found when the command runs (never the
/// path the binary was built in: cargo does not rebuild xtask for a second checkout that shares
/// its target directory, so that path may be another checkout's): the nearest directory at or
/// above the current one that holds a `Cargo.toml` and a `spec/` directory; else, when the current
/// directory is outside any checkout, the one cargo ran xtask from (`CARGO_MANIFEST_DIR`, which
/// `cargo run` sets at run time, is `<root>/xtask`).
///
/// # Errors
/// Neither names a checkout.
pub fn default_root() -> anyhow::Result<PathBuf> {
    let is_root = |dir: &Path| dir.join("Cargo.toml").is_file() && dir.join("spec").is_dir();
    let current = std::env::current_dir().context("cannot read the current directory")?;
    if let Some(root) = current.ancestors().find(|dir| is_root(dir)) {
        return Ok(root.to_owned());
    }
    let from_cargo = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    if let Some(root) = from_cargo.as_deref().and_then(Path::parent).filter(|dir| is_root(dir)) {
        return Ok(root.to_owned());
    }
    bail!(
        "{} is not inside a checkout of this repository (no directory above it has a Cargo.toml and a spec/ directory); run from the checkout or pass --root",
        current.display()
    )
}

/// Every `spec/*.yaml` (or `.yml`, or `.json`: JSON is read as the YAML it also is, with the same
/// located errors) under `root` but `*.deviations.yaml`, sorted by name, with its output file.
pub fn targets(root: &Path) -> anyhow::Result<Vec<Target>> {
    let dir = root.join("spec");
    let mut targets = Vec::new();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("cannot list {}", dir.display()))? {
        let path = entry.with_context(|| format!("cannot list {}", dir.display()))?.path();
        let (Some(stem), Some(ext)) = (path.file_stem().and_then(|s| s.to_str()), path.extension().and_then(|s| s.to_str())) else {
            continue;
        };
        // `spec/<name>.deviations.yaml` belongs to `cargo xtask drift`, not to codegen.
        if matches!(ext, "yaml" | "yml" | "json") && !stem.ends_with(".deviations") {
            targets.push(Target { spec: format!("spec/{stem}.{ext}"), output: format!("generated/{stem}/src/generated.rs") });
        }
    }
    targets.sort_by(|a, b| a.spec.cmp(&b.spec));
    if targets.is_empty() {
        bail!("no specs found: expected spec/<name>.yaml (or .json) files under {}", root.display());
    }
    Ok(targets)
}

/// Generates every target in memory. Returns the texts, or every error from every spec.
pub fn render_all(root: &Path, targets: &[Target]) -> Result<Vec<String>, Vec<anyhow::Error>> {
    render_outputs(root, targets).map(|outputs| outputs.into_iter().map(|o| o.code).collect())
}

/// Generates every target in memory, keeping what the model summary needs.
fn render_outputs(root: &Path, targets: &[Target]) -> Result<Vec<codegen::Output>, Vec<anyhow::Error>> {
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    for target in targets {
        let crate_manifest = root.join(&target.output).parent().and_then(Path::parent).map(|c| c.join("Cargo.toml"));
        match codegen::generate_file(&root.join(&target.spec), &target.spec) {
            Ok(output) => texts.push(output),
            Err(e) => errors.push(anyhow::Error::new(e)),
        }
        if let Some(manifest) = crate_manifest
            && !manifest.is_file()
        {
            let dir = target.output.trim_end_matches("/src/generated.rs");
            errors.push(anyhow::anyhow!(
                "{}: no crate at {dir}/ for this spec: add an API with `cargo xtask new-api <name> <spec-file>` (README, \"Adding an API\")",
                target.spec
            ));
        }
    }
    if errors.is_empty() { Ok(texts) } else { Err(errors) }
}

/// `rel` as the last commit has it (`git show HEAD:<rel>`), or, where there is no such commit or
/// file (not a git checkout, a file not committed yet), as the working tree has it; `None` when
/// neither has it. `\r\n` is normalized.
fn committed_text(root: &Path, rel: &str) -> Option<String> {
    let shown = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["show", &format!("HEAD:{rel}")])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|output| output.status.success());
    match shown {
        Some(output) => Some(String::from_utf8_lossy(&output.stdout).replace("\r\n", "\n")),
        None => read_existing(&root.join(rel)).ok().flatten(),
    }
}

/// The model recorded in the snapshot of the API `name` in the last commit (see
/// [`committed_text`]): the snapshot file's body after its front matter.
fn committed_model(root: &Path, name: &str) -> Option<String> {
    let text = committed_text(root, &format!("tests/snapshots/snapshots__{name}.snap"))?;
    let (_, body) = text.strip_prefix("---\n")?.split_once("\n---\n")?;
    Some(body.to_owned())
}

/// Reads a committed file for comparison (`None` when absent), with `\r\n` normalized.
fn read_existing(path: &Path) -> anyhow::Result<Option<String>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(String::from_utf8_lossy(&bytes).replace("\r\n", "\n"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// A unified diff from `old` to `new`, cut after `max_lines` lines.
pub fn unified_diff(old: &str, new: &str, name: &str, max_lines: usize) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff.unified_diff().context_radius(3).header(&format!("{name} (committed)"), &format!("{name} (from spec)")).to_string();
    let total = text.lines().count();
    if total <= max_lines {
        return text;
    }
    let mut cut: String = text.lines().take(max_lines).flat_map(|l| [l, "\n"]).collect();
    cut.push_str(&format!("... {} more diff lines not shown\n", total - max_lines));
    cut
}

/// Runs `cargo xtask` with `args` (the first is the program name); returns the exit code.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            let _ = if code == 0 { write!(out, "{}", e.render()) } else { write!(err, "{}", e.render()) };
            return if code == 0 { 0 } else { 2 };
        }
    };
    let (check, quiet, root) = match cli.command {
        Command::Release { dry_run, no_verify, root } => {
            if !dry_run {
                let _ = writeln!(
                    err,
                    "error: only `cargo xtask release --dry-run` exists: publish with the `cargo publish` commands it prints, in order"
                );
                return 2;
            }
            return match root.map_or_else(default_root, Ok).and_then(|root| release::dry_run(&root, no_verify, out)) {
                Ok(code) => code,
                Err(e) => {
                    let _ = writeln!(err, "error: {e:#}");
                    2
                }
            };
        }
        Command::Codegen { check, quiet, root } => (check, quiet, root),
        Command::Drift { name, against, json, root } => {
            return match root.map_or_else(default_root, Ok).and_then(|root| drift_command(&root, &name, &against, json, out)) {
                Ok(code) => code,
                Err(e) => {
                    let _ = writeln!(err, "error: {e:#}");
                    2
                }
            };
        }
        Command::Changelog { name, write, root } => {
            return match root.map_or_else(default_root, Ok).and_then(|root| changelog_command(&root, &name, write, out)) {
                Ok(code) => code,
                Err(e) => {
                    let _ = writeln!(err, "error: {e:#}");
                    2
                }
            };
        }
        Command::NewApi { name, spec, root } => {
            return match root.map_or_else(default_root, Ok).and_then(|root| new_api::run(&root, &name, &spec, out)) {
                Ok(code) => code,
                Err(e) => {
                    let _ = writeln!(err, "error: {e:#}");
                    let _ = writeln!(err, "nothing was added");
                    2
                }
            };
        }
    };
    let root = match root.map_or_else(default_root, Ok) {
        Ok(root) => root,
        Err(e) => {
            let _ = writeln!(err, "error: {e:#}");
            return 2;
        }
    };
    match codegen_command(&root, check, quiet, out) {
        Ok(code) => code,
        Err(errors) => {
            for e in &errors {
                let _ = writeln!(err, "error: {e:#}");
            }
            let _ = writeln!(err, "nothing under generated/ was changed");
            2
        }
    }
}

fn codegen_command(root: &Path, check: bool, quiet: bool, out: &mut dyn Write) -> Result<u8, Vec<anyhow::Error>> {
    let targets = targets(root).map_err(|e| vec![e])?;
    let outputs = render_outputs(root, &targets)?;
    let mut stale = Vec::new();
    for (target, output) in targets.iter().zip(&outputs) {
        if !quiet {
            let _ = writeln!(out, "{}", progress_line(target, output));
        }
        let existing = read_existing(&root.join(&target.output)).map_err(|e| vec![e])?;
        // The API report says what changed since the last commit, so it shows after a
        // regeneration too (`--check` on a tree regenerated but not committed).
        let changed = if existing.as_deref() == Some(output.code.as_str()) {
            committed_text(root, &target.output).as_deref() != Some(output.code.as_str())
        } else {
            true
        };
        if changed && !quiet {
            let _ = write!(out, "{}", api_report(root, target, output));
        }
        if existing.as_deref() != Some(output.code.as_str()) {
            stale.push((target, &output.code, existing));
        }
    }
    if check {
        for (target, text, existing) in &stale {
            let _ = match existing {
                Some(old) => {
                    writeln!(out, "stale: {} (from {})\n{}", target.output, target.spec, unified_diff(old, text, &target.output, 400))
                }
                None => writeln!(out, "missing: {} (from {})", target.output, target.spec),
            };
        }
        if stale.is_empty() {
            let _ = writeln!(out, "{} generated file(s) up to date", targets.len());
            return Ok(0);
        }
        let _ = writeln!(out, "{} generated file(s) stale: run `{FIX_COMMAND}` and commit the result", stale.len());
        return Ok(1);
    }
    write_all(root, &stale.iter().map(|(t, text, _)| (t.output.as_str(), text.as_str())).collect::<Vec<_>>()).map_err(|e| vec![e])?;
    if !quiet {
        for (target, ..) in &stale {
            let _ = writeln!(out, "wrote {} (from {})", target.output, target.spec);
        }
        let _ = writeln!(out, "{} file(s) written, {} unchanged", stale.len(), targets.len() - stale.len());
    }
    Ok(0)
}

/// Writes every file to a temporary sibling first, then renames them all into place, so a failed
/// write (disk full, permissions) leaves the old files as they were.
fn write_all(root: &Path, files: &[(&str, &str)]) -> anyhow::Result<()> {
    let mut staged = Vec::new();
    for (name, text) in files {
        let path = root.join(name);
        let tmp = path.with_extension("rs.xtask-tmp");
        if let Err(e) = std::fs::write(&tmp, text) {
            for (tmp, _) in &staged {
                let _ = std::fs::remove_file(tmp);
            }
            let _ = std::fs::remove_file(&tmp);
            return Err(e).with_context(|| format!("cannot write {}", tmp.display()));
        }
        staged.push((tmp, path));
    }
    for (tmp, path) in &staged {
        std::fs::rename(tmp, path).with_context(|| format!("cannot move {} into place", tmp.display()))?;
    }
    Ok(())
}

/// `cargo xtask drift`: the report for `spec/<name>.yaml` against `against`; exit 1 when an
/// undeclared finding breaks decoding or requests.
fn drift_command(root: &Path, name: &str, against: &Path, json: bool, out: &mut dyn Write) -> anyhow::Result<u8> {
    let read = |path: &Path| std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()));
    let ours_path = ["yaml", "yml", "json"].iter().map(|ext| root.join("spec").join(format!("{name}.{ext}"))).find(|p| p.is_file());
    let Some(ours_path) = ours_path else { bail!("no spec/{name}.yaml under {}", root.display()) };
    let ours = codegen::drift::parse_document(&read(&ours_path)?).map_err(|e| anyhow::anyhow!("{}: {e}", ours_path.display()))?;
    let theirs = codegen::drift::parse_document(&read(against)?).map_err(|e| anyhow::anyhow!("{}: {e}", against.display()))?;
    let deviations_path = root.join("spec").join(format!("{name}.deviations.yaml"));
    let deviations: Vec<codegen::drift::Deviation> = if deviations_path.is_file() {
        serde_yaml::from_str(&read(&deviations_path)?)
            .with_context(|| format!("{}: not a list of deviations", deviations_path.display()))?
    } else {
        Vec::new()
    };
    let report = codegen::drift::compare(&ours, &theirs, &deviations);
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        write!(out, "{report}")?;
    }
    Ok(u8::from(report.is_breaking()))
}

/// What regenerating `target` does to its crate's public API since the last commit: the model
/// snapshot `tests/snapshots/snapshots__<name>.snap` as committed (see [`committed_model`])
/// against the model of the new code, each change classified (see `codegen::report::api_changes`),
/// and the semver bump the crate needs.
pub fn api_report(root: &Path, target: &Target, output: &codegen::Output) -> String {
    let name = target.spec.trim_start_matches("spec/").rsplit_once('.').map_or(target.spec.as_str(), |(n, _)| n);
    let crate_dir = target.output.trim_end_matches("/src/generated.rs");
    let Some(before) = committed_model(root, name) else {
        return format!(
            "api changes in {crate_dir}: no committed model snapshot to compare with (tests/snapshots/snapshots__{name}.snap)\n"
        );
    };
    let after = match codegen::report::summarize(&output.code, &output.prepared_operations, &target.spec) {
        Ok(after) => after,
        Err(e) => return format!("api changes in {crate_dir}: the new model could not be summarized: {e}\n"),
    };
    let changes = codegen::report::api_changes(before.trim_end(), after.trim_end());
    let bump = codegen::report::bump(&changes);
    let mut report = format!("api changes in {crate_dir}: {bump} release\n");
    if changes.is_empty() {
        report.push_str("  patch  documentation or formatting only: the model is unchanged\n");
    }
    for change in &changes {
        report.push_str(&format!("  {:<5}  {}: {}\n", change.bump, change.reason, change.change));
    }
    report
}

/// The changelog lines (`- **minor**: a new optional field: …`) for `target`'s changes since
/// the model snapshot of the last commit (so accepting the new snapshot before or after writing
/// the changelog gives the same lines); `None` when there is no snapshot to compare with.
pub fn changelog_lines(root: &Path, target: &Target, output: &codegen::Output) -> Option<Vec<String>> {
    let name = target.spec.trim_start_matches("spec/").rsplit_once('.').map_or(target.spec.as_str(), |(n, _)| n);
    let before = committed_model(root, name)?;
    let after = codegen::report::summarize(&output.code, &output.prepared_operations, &target.spec).ok()?;
    let changes = codegen::report::api_changes(before.trim_end(), after.trim_end());
    Some(changes.iter().map(|c| format!("- **{}**: {}: {}", c.bump, c.reason, c.change)).collect())
}

/// `cargo xtask changelog`: prints the entry, or with `write` adds its new lines under
/// `## Unreleased` (0 done, 2 unknown spec or no CHANGELOG.md / snapshot).
fn changelog_command(root: &Path, name: &str, write: bool, out: &mut dyn Write) -> anyhow::Result<u8> {
    let target = targets(root)?
        .into_iter()
        .find(|t| t.spec.trim_start_matches("spec/").rsplit_once('.').is_some_and(|(n, _)| n == name))
        .ok_or_else(|| anyhow::anyhow!("no spec/{name}.yaml"))?;
    let output = codegen::generate_file(&root.join(&target.spec), &target.spec).map_err(|e| anyhow::anyhow!("{e}"))?;
    let lines =
        changelog_lines(root, &target, &output).ok_or_else(|| anyhow::anyhow!("no committed model snapshot for {name} to compare with"))?;
    if !write {
        if lines.is_empty() {
            writeln!(out, "no API change since the model snapshot of the last commit")?;
        }
        for line in &lines {
            writeln!(out, "{line}")?;
        }
        return Ok(0);
    }
    let path = root.join(target.output.trim_end_matches("src/generated.rs")).join("CHANGELOG.md");
    let text = std::fs::read_to_string(&path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let (head, rest) =
        text.split_once("## Unreleased\n").ok_or_else(|| anyhow::anyhow!("{} has no `## Unreleased` section", path.display()))?;
    let section_end = rest.find("\n## ").map_or(rest.len(), |i| i + 1);
    let (section, tail) = rest.split_at(section_end);
    let new: Vec<&String> = lines.iter().filter(|line| !section.lines().any(|l| l == line.as_str())).collect();
    let mut entries = section.trim_end().to_owned();
    for line in &new {
        if !entries.is_empty() {
            entries.push('\n');
        }
        entries.push_str(line);
    }
    let updated = format!("{head}## Unreleased\n\n{}\n\n{tail}", entries.trim_start());
    std::fs::write(&path, updated.replace("\n\n\n", "\n\n"))?;
    writeln!(out, "{}: {} new line(s) under `## Unreleased`", path.display(), new.len())?;
    Ok(0)
}

/// `spec/x.yaml: 412 ms (load 21 · validate 3 · prepare 18 · generate 240 · extend 60 · format 70)`.
pub(crate) fn progress_line(target: &Target, output: &codegen::Output) -> String {
    let total: std::time::Duration = output.timings.iter().map(|(_, d)| *d).sum();
    let stages: Vec<String> = output.timings.iter().map(|(stage, d)| format!("{stage} {}", d.as_millis())).collect();
    format!("{}: generated in {} ms ({})", target.spec, total.as_millis(), stages.join(" · "))
}
