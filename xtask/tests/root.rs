//! The built `xtask` binary works on the checkout it runs in, not on the one it was built from:
//! cargo does not rebuild xtask for a second checkout that shares its target directory (a global
//! `CARGO_TARGET_DIR`, `git worktree`s), so the same binary serves both.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository this test was built from.
fn origin() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_owned()
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A second checkout: what xtask reads of a repository.
fn second_checkout() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["spec", "generated", "tests/snapshots"] {
        copy_tree(&origin().join(sub), &dir.path().join(sub));
    }
    std::fs::copy(origin().join("Cargo.toml"), dir.path().join("Cargo.toml")).unwrap();
    dir
}

/// Runs the built binary in `cwd`, with `manifest_dir` as cargo's run-time `CARGO_MANIFEST_DIR`
/// (or none, as when the binary is run directly).
fn xtask(cwd: &Path, manifest_dir: Option<&Path>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
    command.current_dir(cwd).args(args).env_remove("CARGO_MANIFEST_DIR");
    if let Some(dir) = manifest_dir {
        command.env("CARGO_MANIFEST_DIR", dir);
    }
    command.output().unwrap()
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn the_binary_works_on_the_checkout_it_runs_in() {
    let copy = second_checkout();
    let root = copy.path();
    // From a subdirectory of the copy: up to date there.
    let check = xtask(&root.join("generated"), None, &["codegen", "--check", "-q"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));
    // An edit in the copy is seen by a run in the copy, and not by a run in the origin.
    let spec = root.join("spec/polar-checkouts.yaml");
    let edited = std::fs::read_to_string(&spec).unwrap().replace(
        "        total_amount: {type: integer, description: \"Amount in cents, after discounts and taxes.\"}\n",
        "        total_amount: {type: integer, description: \"Amount in cents, after discounts and taxes.\"}\n        order_id: {type: string, nullable: true}\n",
    );
    assert_ne!(edited, std::fs::read_to_string(&spec).unwrap(), "the anchor this test edits is gone");
    std::fs::write(&spec, edited).unwrap();
    let stale = xtask(root, None, &["codegen", "--check", "-q"]);
    assert_eq!(stale.status.code(), Some(1), "{}", text(&stale));
    assert!(text(&stale).contains("stale: generated/polar-checkouts/src/generated.rs"), "{}", text(&stale));
    assert_eq!(xtask(&origin(), None, &["codegen", "--check", "-q"]).status.code(), Some(0));
    // `drift` reads the copy's specs: one it lacks is named under the copy's path.
    std::fs::remove_file(root.join("spec/flowglad-checkout-sessions.yaml")).unwrap();
    let drift = xtask(root, None, &["drift", "flowglad-checkout-sessions", "--against", spec.to_str().unwrap()]);
    assert_eq!(drift.status.code(), Some(2), "{}", text(&drift));
    assert!(text(&drift).contains(&format!("no spec/flowglad-checkout-sessions.yaml under {}", root.display())), "{}", text(&drift));
    let drift = xtask(root, None, &["drift", "polar-checkouts", "--against", spec.to_str().unwrap()]);
    assert_eq!(drift.status.code(), Some(0), "{}", text(&drift));
}

/// Outside any checkout, `cargo run`'s `CARGO_MANIFEST_DIR` (`<root>/xtask`) names the checkout;
/// with neither, the command says so instead of working on the checkout it was built in.
#[test]
fn outside_a_checkout_cargos_manifest_dir_decides_or_nothing_is_done() {
    let copy = second_checkout();
    let elsewhere = tempfile::tempdir().unwrap();
    let check = xtask(elsewhere.path(), Some(&copy.path().join("xtask")), &["codegen", "--check", "-q"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));
    std::fs::remove_file(copy.path().join("generated/polar-checkouts/src/generated.rs")).unwrap();
    let missing = xtask(elsewhere.path(), Some(&copy.path().join("xtask")), &["codegen", "--check", "-q"]);
    assert!(text(&missing).contains("missing: generated/polar-checkouts/src/generated.rs"), "{}", text(&missing));
    let lost = xtask(elsewhere.path(), None, &["codegen", "--check"]);
    assert_eq!(lost.status.code(), Some(2), "{}", text(&lost));
    assert!(text(&lost).contains("is not inside a checkout of this repository"), "{}", text(&lost));
}
