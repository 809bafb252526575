//! What a crates.io user gets: an honest MSRV and packages that `cargo package` accepts.

use checkout_sdk_tests::root;
use std::process::Command;

/// A `major.minor[.patch]` Rust version as a comparable triple.
fn version(text: &str) -> (u32, u32, u32) {
    let mut parts = text.split('.').map(|part| part.parse::<u32>().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root());
    command
}

/// `cargo metadata` of the whole workspace, from `Cargo.lock` (no network).
fn metadata() -> serde_json::Value {
    let output = cargo().args(["metadata", "--format-version", "1", "--locked", "--offline"]).output().expect("cargo metadata runs");
    assert!(output.status.success(), "cargo metadata failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON")
}

/// Every package in `Cargo.lock` builds with the Rust version the workspace declares: a
/// dependency that needs a newer compiler makes `rust-version` a lie to every user.
#[test]
fn declared_rust_version_covers_every_locked_dependency() {
    let metadata = metadata();
    let members: Vec<&str> = metadata["workspace_members"].as_array().unwrap().iter().map(|id| id.as_str().unwrap()).collect();
    let packages = metadata["packages"].as_array().unwrap();
    let declared: Vec<(u32, u32, u32)> = packages
        .iter()
        .filter(|package| members.contains(&package["id"].as_str().unwrap()))
        .map(|package| {
            let name = package["name"].as_str().unwrap();
            version(package["rust_version"].as_str().unwrap_or_else(|| panic!("{name} declares no rust-version")))
        })
        .collect();
    let workspace = declared[0];
    assert!(declared.iter().all(|member| *member == workspace), "members declare different rust-versions");
    let too_new: Vec<String> = packages
        .iter()
        .filter_map(|package| {
            let needs = package["rust_version"].as_str()?;
            (version(needs) > workspace).then(|| format!("{} {} needs {needs}", package["name"], package["version"]))
        })
        .collect();
    assert!(too_new.is_empty(), "rust-version {workspace:?} is older than: {too_new:#?}");
}

/// The package lines (`name vX.Y.Z` and `name feature "f"`) of `cargo tree` for one crate.
fn tree(package: &str, features: &[&str]) -> std::collections::BTreeSet<String> {
    let mut command = cargo();
    command.args(["tree", "-p", package, "-e", "normal,features", "--prefix", "none", "--offline", "--locked"]);
    if !features.is_empty() {
        command.args(["--features", &features.join(",")]);
    }
    let output = command.output().expect("cargo tree runs");
    assert!(output.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).lines().map(|line| line.trim_end_matches(" (*)").to_owned()).collect()
}

/// A service that does not enable `mock` (or `tracing`) builds nothing for it: the HTTP server
/// side of hyper and what it brings appear only with the feature.
#[test]
fn the_mock_feature_adds_nothing_to_a_crate_that_does_not_enable_it() {
    for package in ["polar-checkouts", "flowglad-checkout-sessions"] {
        let plain = tree(package, &[]);
        let mocked = tree(package, &["mock"]);
        let added: Vec<&String> = mocked.difference(&plain).collect();
        assert!(added.iter().any(|line| line.as_str() == "hyper feature \"server\""), "{package}: mock adds {added:?}");
        for line in &plain {
            assert!(!line.contains("feature \"mock\"") && !line.contains("feature \"server\""), "{package} without features has `{line}`");
        }
        // Nothing the repository's own tests use reaches a user.
        for dev_only in ["axum ", "tracing-subscriber ", "insta ", "proptest ", "criterion "] {
            assert!(!plain.iter().chain(&mocked).any(|line| line.starts_with(dev_only)), "{package} depends on {dev_only}");
        }
    }
}
