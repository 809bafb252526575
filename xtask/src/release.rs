//! `cargo xtask release --dry-run`: everything a release does short of uploading. The crates the
//! workspace publishes (`checkout-runtime` and every generated client) are packaged together, so
//! each client's package is verified by building it against the *packaged* runtime (cargo's
//! local-registry overlay), not the workspace's copy; then the order they must be published in
//! is printed: a crate only after every crate it depends on, since crates.io resolves a
//! dependency only once it is published.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};

/// A crate the workspace publishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publishable {
    /// The package name.
    pub name: String,
    /// Its version.
    pub version: String,
    /// The other publishable crates it depends on (normal or build dependencies).
    pub needs: BTreeSet<String>,
}

/// The publishable crates of `cargo metadata --no-deps` output (those without `publish = false`),
/// each with the others it depends on.
pub fn publishable(metadata: &serde_json::Value) -> Vec<Publishable> {
    let packages = metadata["packages"].as_array().map(Vec::as_slice).unwrap_or_default();
    // `publish = false` is `"publish": []`; unset is `null` (any registry).
    let published = |package: &serde_json::Value| !package["publish"].as_array().is_some_and(Vec::is_empty);
    let names: BTreeSet<&str> = packages.iter().filter(|p| published(p)).filter_map(|p| p["name"].as_str()).collect();
    packages
        .iter()
        .filter(|p| published(p))
        .map(|p| Publishable {
            name: p["name"].as_str().unwrap_or_default().to_owned(),
            version: p["version"].as_str().unwrap_or_default().to_owned(),
            needs: p["dependencies"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|d| d["kind"].as_str() != Some("dev"))
                .filter_map(|d| d["name"].as_str())
                .filter(|name| names.contains(name))
                .map(str::to_owned)
                .collect(),
        })
        .collect()
}

/// `crates` in an order they can be published in: each after every crate it needs, ties by name.
///
/// # Errors
/// The crates depend on each other in a cycle.
pub fn order(crates: &[Publishable]) -> anyhow::Result<Vec<&Publishable>> {
    let mut left: BTreeMap<&str, &Publishable> = crates.iter().map(|c| (c.name.as_str(), c)).collect();
    let mut ordered = Vec::with_capacity(crates.len());
    while !left.is_empty() {
        let ready: Vec<&str> =
            left.values().filter(|c| c.needs.iter().all(|need| !left.contains_key(need.as_str()))).map(|c| c.name.as_str()).collect();
        if ready.is_empty() {
            bail!("the publishable crates depend on each other in a cycle: {}", left.keys().copied().collect::<Vec<_>>().join(", "));
        }
        for name in ready {
            ordered.extend(left.remove(name));
        }
    }
    Ok(ordered)
}

/// Removes what earlier dry runs left of `crates` in cargo's registry sources. Packaging several
/// crates together, cargo serves the packaged ones from a local registry of its own (a
/// `registry/src/-<hash>/` directory) and extracts each there once per name and version: a
/// runtime packaged again under the same version, but changed, would otherwise be built from the
/// earlier extraction, and its clients' verification would fail (or pass) on stale code.
fn forget_earlier_packages(crates: &[&Publishable], out: &mut dyn Write) -> anyhow::Result<()> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    let Some(sources) = home.map(|home| home.join("registry").join("src")) else { return Ok(()) };
    let Ok(registries) = std::fs::read_dir(&sources) else { return Ok(()) };
    for registry in registries.flatten() {
        // Local registries are named `-<hash>`; crates.io's `index.crates.io-<hash>` is left alone.
        if !registry.file_name().to_string_lossy().starts_with('-') {
            continue;
        }
        for c in crates {
            let extracted = registry.path().join(format!("{}-{}", c.name, c.version));
            if extracted.is_dir() {
                std::fs::remove_dir_all(&extracted).with_context(|| format!("cannot remove {}", extracted.display()))?;
                writeln!(out, "removed an earlier package's sources: {}", extracted.display())?;
            }
        }
    }
    Ok(())
}

fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root);
    command
}

/// Runs the dry run in `root`: packages (and, unless `no_verify`, verifies) every publishable
/// crate together, then prints the publishing order. Exit code 0 when every package is good, 1
/// when `cargo package` refused one (its output is printed).
///
/// # Errors
/// cargo could not be run, or its metadata is unreadable.
pub fn dry_run(root: &Path, no_verify: bool, out: &mut dyn Write) -> anyhow::Result<u8> {
    let metadata = cargo(root).args(["metadata", "--format-version", "1", "--no-deps", "--locked"]).output().context("cannot run cargo")?;
    if !metadata.status.success() {
        bail!("cargo metadata failed: {}", String::from_utf8_lossy(&metadata.stderr));
    }
    let metadata: serde_json::Value = serde_json::from_slice(&metadata.stdout).context("cargo metadata printed no JSON")?;
    let crates = publishable(&metadata);
    let ordered = order(&crates)?;
    forget_earlier_packages(&ordered, out)?;
    let mut package = cargo(root);
    package.args(["package", "--locked"]);
    if no_verify {
        package.arg("--no-verify");
    }
    for c in &ordered {
        package.args(["-p", &c.name]);
    }
    writeln!(out, "packaging {} crates together{}…", ordered.len(), if no_verify { "" } else { " and building each from its package" })?;
    let packaged = package.output().context("cannot run cargo package")?;
    if !packaged.status.success() {
        writeln!(out, "cargo package refused the release:\n{}", String::from_utf8_lossy(&packaged.stderr))?;
        return Ok(1);
    }
    let target = metadata["target_directory"].as_str().map_or_else(|| root.join("target"), Into::into);
    writeln!(
        out,
        "every package is good{}",
        if no_verify { " (not built: --no-verify)" } else { ", each client built against the packaged runtime" }
    )?;
    writeln!(out, "publish them in this order, each once the one before shows on crates.io:")?;
    for (i, c) in ordered.iter().enumerate() {
        let file = target.join("package").join(format!("{}-{}.crate", c.name, c.version));
        let size = std::fs::metadata(&file).map(|m| format!(", {} KiB", m.len().div_ceil(1024))).unwrap_or_default();
        writeln!(out, "  {}. cargo publish --locked -p {}   ({} {}{size})", i + 1, c.name, c.name, c.version)?;
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn package(name: &str, publish: serde_json::Value, dependencies: &[(&str, &str)]) -> serde_json::Value {
        let dependencies: Vec<serde_json::Value> = dependencies
            .iter()
            .map(|(name, kind)| json!({"name": name, "kind": if kind.is_empty() { json!(null) } else { json!(kind) }}))
            .collect();
        json!({"name": name, "version": "0.1.0", "publish": publish, "dependencies": dependencies})
    }

    #[test]
    fn a_crate_is_published_after_the_crates_it_needs() {
        let metadata = json!({"packages": [
            package("polar-checkouts", json!(null), &[("checkout-runtime", ""), ("serde", ""), ("tokio", "dev")]),
            package("checkout-runtime", json!(null), &[("serde", "")]),
            package("xtask", json!([]), &[("codegen", "")]),
            package("codegen", json!([]), &[]),
            package("acme-payments", json!(null), &[("checkout-runtime", ""), ("polar-checkouts", "dev")]),
        ]});
        let crates = publishable(&metadata);
        let names: Vec<&str> = order(&crates).unwrap().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["checkout-runtime", "acme-payments", "polar-checkouts"]);
        let cycle = [
            Publishable { name: "a".into(), version: "1.0.0".into(), needs: ["b".to_owned()].into() },
            Publishable { name: "b".into(), version: "1.0.0".into(), needs: ["a".to_owned()].into() },
        ];
        assert!(order(&cycle).unwrap_err().to_string().contains("cycle: a, b"));
    }
}
