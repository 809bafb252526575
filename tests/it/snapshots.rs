//! Model snapshots: one readable summary per spec (every type, field, serde name and operation),
//! committed under `tests/snapshots/`. A failing comparison names the schema and field that
//! drifted. Accept intended changes with `cargo insta review` or `INSTA_UPDATE=always`.

use checkout_sdk_tests::{committed_snapshot, model_of, root};

#[track_caller]
fn assert_model(spec_file: &str) {
    let name = spec_file.trim_start_matches("spec/").rsplit_once('.').map_or(spec_file, |(name, _)| name);
    let model = model_of(&root().join(spec_file), spec_file).unwrap();
    let snapshot = format!("snapshots__{name}");
    if let Some(committed) = committed_snapshot(&snapshot) {
        let drift = codegen::report::drift(&committed, &model);
        if !drift.is_empty() {
            eprintln!("model drift in {spec_file}:\n  {}", drift.join("\n  "));
        }
    }
    // The snapshots stay in `tests/snapshots/snapshots__<name>.snap`, where `cargo xtask codegen`
    // reads them for its API report, whatever module this test runs in.
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!(snapshot, model);
    });
}

#[test]
fn polar_checkouts_model() {
    assert_model("spec/polar-checkouts.yaml");
}

#[test]
fn flowglad_checkout_sessions_model() {
    assert_model("spec/flowglad-checkout-sessions.yaml");
}

/// Every spec under `spec/`, including one added by `cargo xtask new-api` (which writes its
/// snapshot), is compared with its committed model snapshot.
#[test]
fn every_spec_matches_its_model_snapshot() {
    for target in xtask::targets(&root()).unwrap() {
        let name = target.spec.trim_start_matches("spec/").rsplit_once('.').map_or(target.spec.as_str(), |(n, _)| n).to_owned();
        assert!(
            committed_snapshot(&format!("snapshots__{name}")).is_some(),
            "{}: no model snapshot (run `cargo xtask new-api` to add an API)",
            target.spec
        );
        assert_model(&target.spec);
    }
}

/// Adding a field to a schema makes the comparison fail, and the failure names schema and field.
#[test]
fn an_added_field_is_reported_as_drift_naming_schema_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let spec = std::fs::read_to_string(root().join("spec/polar-checkouts.yaml")).unwrap();
    let anchor = "    Pagination:\n      description: Where a page sits in the whole result set.\n      type: object\n      required: [total_count, max_page]\n      properties:\n";
    assert!(spec.contains(anchor), "the spec no longer has the anchor this test edits");
    let edited = spec.replace(anchor, &format!("{anchor}        next_cursor:\n          type: string\n"));
    let path = dir.path().join("polar-checkouts.yaml");
    std::fs::write(&path, edited).unwrap();

    let committed = committed_snapshot("snapshots__polar-checkouts").expect("committed snapshot");
    let model = model_of(&path, "spec/polar-checkouts.yaml").unwrap();
    assert_ne!(committed, model, "the comparison did not fail");
    assert_eq!(
        codegen::report::drift(&committed, &model),
        vec!["schema `Pagination`: field `next_cursor` added (`next_cursor: Option<String> as \"next_cursor\"`)"]
    );
}
