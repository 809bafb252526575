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

/// `cargo metadata` of the whole workspace, from `Cargo.lock`. Not `--offline`: it reads the
/// manifests of every platform's dependencies, which a fresh machine has not downloaded.
fn metadata() -> serde_json::Value {
    let output = cargo().args(["metadata", "--format-version", "1", "--locked"]).output().expect("cargo metadata runs");
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

/// `tests/downstream` is a service that uses both clients as a dependency, in a workspace of its
/// own (no workspace inheritance or feature unification to hide a missing feature): its tests,
/// against the typed mocks, pass. Its own target directory keeps the two builds from waiting on
/// each other's lock.
#[test]
fn a_downstream_service_builds_and_its_tests_pass_against_the_mocks() {
    let dir = root().join("tests/downstream");
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(&dir)
        .args(["test", "--locked", "--offline", "--quiet"])
        .env("CARGO_TARGET_DIR", root().join("target/downstream"))
        .output()
        .expect("cargo test runs");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "the downstream crate's tests failed:\n{text}");
    assert!(text.contains("9 passed"), "{text}");
}

/// The runtime and both clients package for crates.io: metadata complete (cargo warns otherwise),
/// licence files, README and CHANGELOG inside, and no source reaching outside its crate (an
/// `include_str!` of a repository file would not exist in the published crate).
#[test]
fn the_published_crates_package_with_their_metadata_and_nothing_from_outside() {
    let crates = ["checkout-runtime", "polar-checkouts", "flowglad-checkout-sessions"];
    let mut command = cargo();
    command.args(["package", "--no-verify", "--offline", "--locked", "--allow-dirty"]);
    for name in crates {
        command.args(["-p", name]);
    }
    let target = tempfile::tempdir().unwrap();
    let output = command.env("CARGO_TARGET_DIR", target.path()).output().expect("cargo package runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "cargo package failed:\n{stderr}");
    assert!(!stderr.contains("warning"), "cargo package warns:\n{stderr}");
    let metadata = metadata();
    for name in crates {
        let package = metadata["packages"].as_array().unwrap().iter().find(|p| p["name"] == name).unwrap();
        for key in ["description", "repository", "license", "readme"] {
            assert!(package[key].is_string(), "{name}: no `{key}`");
        }
        assert!(!package["keywords"].as_array().unwrap().is_empty() && !package["categories"].as_array().unwrap().is_empty(), "{name}");
        assert!(package["metadata"]["docs"]["rs"].is_object(), "{name}: no [package.metadata.docs.rs]");
        let dir = std::path::Path::new(package["manifest_path"].as_str().unwrap()).parent().unwrap().to_owned();
        let listed = cargo().args(["package", "--list", "--offline", "--allow-dirty", "-p", name]).output().unwrap();
        let files = String::from_utf8_lossy(&listed.stdout).into_owned();
        for wanted in ["README.md", "CHANGELOG.md", "LICENSE-MIT", "LICENSE-APACHE"] {
            assert!(files.lines().any(|f| f == wanted), "{name} does not ship {wanted}: {files}");
        }
        for file in files.lines().filter(|f| f.ends_with(".rs")) {
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            assert!(!text.contains("\"../../"), "{name}/{file} reads a file outside the crate");
        }
    }
    // The generated crates depend on the runtime by a version, as crates.io needs.
    let workspace = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(workspace.contains("checkout-runtime = { path = \"runtime\", version = \"0.1.0\" }"), "the runtime dependency has no version");
}

/// Every spec of the corpus that generates also *builds*: each becomes a crate as `new-api` would
/// scaffold it (manifest, crate root, README), in a workspace under `target/` with the
/// repository's dependency versions, and must pass clippy with `-D warnings` without features and
/// with `mock` and `tracing`, and its doctests (README and every operation's example) must build.
/// This is where a construct that generates but does not compile (a constructor, an example
/// value, a mock for an odd body) is caught.
#[test]
fn every_accepted_corpus_spec_builds_with_and_without_mock() {
    let corpus = root().join("tests/corpus");
    let work = root().join("target/corpus-crates");
    let mut names = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&corpus).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        let file = path.file_name().unwrap().to_str().unwrap().to_owned();
        let Some(stem) = file.strip_prefix("ok-").and_then(|f| f.rsplit_once('.')).map(|(stem, _)| stem.to_owned()) else { continue };
        let name = format!("corpus-{}", stem.replace('.', "-"));
        let spec = format!("spec/{name}.yaml");
        let output = codegen::generate_file(&path, &spec).unwrap_or_else(|e| panic!("{file}: {e}"));
        let dir = work.join(&name);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let files = [
            ("Cargo.toml", xtask::new_api::manifest(&name, &stem, &spec)),
            ("README.md", xtask::new_api::readme(&name, &stem, &spec, &output.prepared_operations)),
            ("src/lib.rs", xtask::new_api::lib_rs(&stem, &spec)),
            ("src/generated.rs", output.code),
        ];
        for (rel, text) in files {
            // Unchanged files keep their modification time, so cargo rebuilds only what changed.
            if std::fs::read_to_string(dir.join(rel)).ok().as_deref() != Some(text.as_str()) {
                std::fs::write(dir.join(rel), text).unwrap();
            }
        }
        names.push(name);
    }
    assert!(names.len() >= 20, "only {} corpus specs generate", names.len());
    // The repository's workspace manifest, for these members, with every path made absolute.
    let workspace = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let members: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
    let mut manifest = String::new();
    for line in workspace.lines() {
        if line.starts_with("members = ") {
            manifest.push_str(&format!("members = [{}]\n", members.join(", ")));
        } else if line.starts_with("exclude = ") {
        } else if let Some((before, after)) = line.split_once("path = \"") {
            manifest.push_str(&format!("{before}path = \"{}/{after}\n", root().display()));
        } else {
            manifest.push_str(line);
            manifest.push('\n');
        }
    }
    std::fs::write(work.join("Cargo.toml"), manifest).unwrap();
    if !work.join("Cargo.lock").exists() {
        std::fs::copy(root().join("Cargo.lock"), work.join("Cargo.lock")).unwrap();
    }
    let run = |args: &[&str]| {
        let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .current_dir(&work)
            .args(args)
            .env("CARGO_TARGET_DIR", root().join("target/downstream"))
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .expect("cargo runs");
        let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "`cargo {}` failed in {}:\n{text}", args.join(" "), work.display());
    };
    run(&["clippy", "--workspace", "--offline", "--quiet", "--", "-D", "warnings"]);
    run(&["clippy", "--workspace", "--offline", "--quiet", "--features", "mock,tracing", "--", "-D", "warnings"]);
    run(&["test", "--workspace", "--offline", "--quiet", "--doc", "--features", "mock"]);
}
