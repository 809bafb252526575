//! The toolchain end to end: `cargo xtask codegen` and `--check` on the real repository and on
//! throw-away copies of it, including malformed specs that must change nothing on disk.

use checkout_sdk_tests::{Sandbox, model_of, root, xtask};

/// `stdout` without the per-spec progress lines (`spec/x.yaml: generated in 412 ms (…)`), whose
/// timings vary.
fn without_progress(stdout: &str) -> String {
    stdout.lines().filter(|l| !(l.starts_with("spec/") && l.contains(": generated in "))).map(|l| format!("{l}\n")).collect()
}

const POLAR: &str = "spec/polar-checkouts.yaml";

/// Plain `cargo test` fails when a committed generated file is stale.
#[test]
fn committed_generated_files_are_up_to_date() {
    let run = xtask(&["codegen", "--check"]);
    assert_eq!(run.code, 0, "generated/ is stale; run `cargo xtask codegen` and commit.\n{}{}", run.stdout, run.stderr);
}

#[test]
fn generation_is_deterministic_and_byte_identical() {
    for target in xtask::targets(&root()).unwrap() {
        let first = codegen::generate_file(&root().join(&target.spec), &target.spec).unwrap().code;
        let second = codegen::generate_file(&root().join(&target.spec), &target.spec).unwrap().code;
        assert!(first == second, "{}: two runs differ", target.spec);
        let header = format!("// @generated from {} by `cargo xtask codegen`. Do not edit.\n", target.spec);
        assert!(first.starts_with(&header), "{}: header missing: {:?}", target.spec, first.lines().next());
    }
}

#[test]
fn regenerating_twice_writes_once_then_nothing() {
    let sandbox = Sandbox::new();
    let output = "generated/polar-checkouts/src/generated.rs";
    sandbox.write(output, "// outdated\n");
    let run = xtask(&["codegen", "--root", &sandbox.root_arg()]);
    assert_eq!(
        (run.code, without_progress(&run.stdout).as_str()),
        (
            0,
            "api changes in generated/polar-checkouts: patch release\n  patch  documentation or formatting only: the model is unchanged\n\
             wrote generated/polar-checkouts/src/generated.rs (from spec/polar-checkouts.yaml)\n1 file(s) written, 1 unchanged\n"
        )
    );
    let first = sandbox.generated_tree();
    assert_eq!(first[&sandbox.path().join(output)].0, std::fs::read(root().join(output)).unwrap());
    let run = xtask(&["codegen", "--root", &sandbox.root_arg()]);
    assert_eq!((run.code, without_progress(&run.stdout).as_str()), (0, "0 file(s) written, 2 unchanged\n"));
    // One progress line per spec, with the stage timings; none with `-q`.
    assert_eq!(run.stdout.lines().filter(|l| l.contains(": generated in ") && l.contains("(load ")).count(), 2, "{}", run.stdout);
    let quiet = xtask(&["codegen", "-q", "--root", &sandbox.root_arg()]);
    assert_eq!((quiet.code, quiet.stdout.as_str()), (0, ""));
    assert_eq!(sandbox.generated_tree(), first, "an up-to-date file was rewritten");
}

#[test]
fn check_reports_a_stale_file_with_a_diff_and_the_fix_and_writes_nothing() {
    let sandbox = Sandbox::new();
    let spec = sandbox.read(POLAR);
    let anchor = "      required: [total_count, max_page]\n      properties:\n";
    let edited = spec.replace(anchor, &format!("{anchor}        locale: {{type: string, nullable: true}}\n"));
    assert_ne!(spec, edited, "the spec no longer has the anchor this test edits");
    sandbox.write(POLAR, edited);
    let before = sandbox.generated_tree();

    let run = xtask(&["codegen", "--check", "--root", &sandbox.root_arg()]);
    assert_eq!(run.code, 1, "{run:?}");
    // The public-API report comes first, from the committed model snapshot and the new model.
    assert!(
        without_progress(&run.stdout).starts_with(
            "api changes in generated/polar-checkouts: minor release\n  minor  a new optional field: schema `Pagination`: field `locale` added"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("\nstale: generated/polar-checkouts/src/generated.rs (from spec/polar-checkouts.yaml)\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("--- generated/polar-checkouts/src/generated.rs (committed)"), "{}", run.stdout);
    // An optional, nullable field of a response schema is one `Option`: absent and `null` alike.
    assert!(run.stdout.contains("\n+        pub locale: ::std::option::Option<::std::string::String>,\n"), "{}", run.stdout);
    assert!(run.stdout.ends_with("1 generated file(s) stale: run `cargo xtask codegen` and commit the result\n"), "{}", run.stdout);
    assert_eq!(sandbox.generated_tree(), before, "--check wrote something");

    assert_eq!(xtask(&["codegen", "--root", &sandbox.root_arg()]).code, 0);
    assert_eq!(xtask(&["codegen", "--check", "--root", &sandbox.root_arg()]).code, 0);
}

/// A malformed spec exits 2, names the file and the place, and leaves `generated/` untouched, in
/// both modes.
#[track_caller]
fn assert_refused(edit: impl Fn(&str) -> String, expected: &[&str]) {
    let sandbox = Sandbox::new();
    let spec = sandbox.read(POLAR);
    let edited = edit(&spec);
    assert_ne!(spec, edited, "the edit did not apply");
    sandbox.write(POLAR, edited);
    let before = sandbox.generated_tree();
    let root_arg = sandbox.root_arg();
    for mode in [&["codegen"][..], &["codegen", "--check"][..]] {
        let args: Vec<&str> = mode.iter().copied().chain(["--root", root_arg.as_str()]).collect();
        let run = xtask(&args);
        assert_eq!(run.code, 2, "{mode:?}: {run:?}");
        for needle in expected {
            assert!(run.stderr.contains(needle), "{mode:?}: stderr lacks {needle:?}:\n{}", run.stderr);
        }
        assert!(run.stderr.ends_with("nothing under generated/ was changed\n"), "{}", run.stderr);
        assert_eq!(sandbox.generated_tree(), before, "{mode:?} changed generated/");
    }
}

#[test]
fn bad_yaml_is_refused_with_file_line_and_column() {
    let spec = std::fs::read_to_string(root().join(POLAR)).unwrap();
    // The flow sequence opened on the `get:` line; the parser notices on the next line.
    let get = spec.lines().position(|l| l == "  /v1/checkouts/:").unwrap() + 2;
    let at = format!("error: spec/polar-checkouts.yaml:{}:11: invalid YAML: ", get + 1);
    let opened = format!("while parsing a flow sequence at line {get} column 10");
    assert_refused(|s| s.replacen("  /v1/checkouts/:\n    get:\n", "  /v1/checkouts/:\n    get: [unclosed\n", 1), &[&at, &opened]);
}

#[test]
fn a_dangling_ref_is_refused_with_its_line_and_pointer() {
    let line = |s: &str| s.lines().position(|l| l.contains("$ref: \"#/components/schemas/ListResourceCheckout\"")).unwrap() + 1;
    let spec = std::fs::read_to_string(root().join(POLAR)).unwrap();
    let at = format!("spec/polar-checkouts.yaml:{}:", line(&spec));
    assert_refused(
        |s| s.replace("$ref: \"#/components/schemas/ListResourceCheckout\"", "$ref: \"#/components/schemas/ListResourceCheckouts\""),
        &[
            &at,
            "(at #/paths/~1v1~1checkouts~1/get/responses/200/content/application~1json/schema/$ref)",
            "`$ref: #/components/schemas/ListResourceCheckouts` points at nothing",
        ],
    );
}

#[test]
fn a_duplicate_operation_id_is_refused_naming_both_places() {
    let spec = std::fs::read_to_string(root().join(POLAR)).unwrap();
    let line = spec.lines().position(|l| l.contains("operationId: checkouts:get")).unwrap() + 1;
    let at = format!("spec/polar-checkouts.yaml:{line}:");
    assert_refused(
        |s| s.replace("operationId: checkouts:get", "operationId: checkouts:list"),
        &[&at, "duplicate operationId `checkouts:list`, first used at #/paths/~1v1~1checkouts~1/get"],
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    assert_refused(
        |s| {
            s.replace("operationId: checkouts:get", "operationId: checkouts:list")
                .replace("$ref: \"#/components/schemas/Pagination\"", "$ref: \"#/components/schemas/Paging\"")
                .replacen("- {name: query, in: query,", "- {name: query, in: cookie, required: true,", 1)
        },
        &[
            "3 problems found:",
            "duplicate operationId",
            "`$ref: #/components/schemas/Paging` points at nothing",
            "cookie parameter `query` is not supported",
        ],
    );
}

/// The prepare stage's rules (servers, paging, enum names, extensions, webhooks) are checked by
/// `validate` too: their problems come in the same run as a dangling `$ref`, not one run later.
#[test]
fn problems_of_every_stage_are_reported_together() {
    assert_refused(
        |s| {
            s.replace("$ref: \"#/components/schemas/Pagination\"", "$ref: \"#/components/schemas/Paging\"")
                .replacen("    x-server-name: sandbox\n", "    x-server-name: production\n", 1)
                .replacen("x-pagination: {style: page,", "x-pagination: {style: offset,", 1)
                .replacen("x-enum-varnames: [CreatedAt, CreatedAtDesc, ", "x-enum-varnames: [CreatedAtDesc, ", 1)
                .replacen("      x-partial-update: true\n", "      x-partial-update: \"yes\"\n", 1)
                .replacen("x-webhooks:\n  tag: type\n", "x-webhooks:\n  label: type\n", 1)
        },
        &[
            "7 problems found:",
            "`x-webhooks` has no key `label`; its keys are tag, key, ordering, events",
            "`$ref: #/components/schemas/Paging` points at nothing",
            "this server's variant name `Production` is taken by another server",
            "`x-pagination` needs `style: page` or `style: cursor`",
            "`x-enum-varnames` must list one name per `enum` value",
            "`x-partial-update` must be `true` or `false`",
            "`x-webhooks` needs `tag`",
        ],
    );
}

#[test]
fn a_missing_crate_is_an_error_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    std::fs::copy(root().join(POLAR), sandbox.path().join("spec/another-api.yaml")).unwrap();
    let before = sandbox.generated_tree();
    let run = xtask(&["codegen", "--root", &sandbox.root_arg()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("spec/another-api.yaml: no crate at generated/another-api/ for this spec"), "{}", run.stderr);
    assert_eq!(sandbox.generated_tree(), before);
}

#[test]
fn usage_errors_exit_2_and_help_explains_the_command() {
    let run = xtask(&["codegen", "--chek"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unexpected argument '--chek'"), "{}", run.stderr);
    let run = xtask(&["codegen", "--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("--check") && run.stdout.contains("Exit codes: 0 up to date, 1 stale"), "{}", run.stdout);
}

/// `cargo xtask drift`: the committed Polar spec against a "published" copy of itself with one
/// field added to `Checkout` and one query parameter more. Undeclared, the added field is data
/// dropped (exit 1); declared in `spec/<name>.deviations.yaml`, it is reported as such (exit 0);
/// `--json` gives the same report; an unreadable document is exit 2.
#[test]
fn drift_reports_classifies_and_honours_declared_deviations() {
    let sandbox = Sandbox::new();
    let mut published: serde_json::Value = serde_yaml::from_str(&sandbox.read(POLAR)).unwrap();
    published["components"]["schemas"]["Checkout"]["properties"]["loyalty_points"] = serde_json::json!({"type": "integer"});
    published["paths"]["/v1/checkouts/"]["get"]["parameters"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"name": "country", "in": "query", "schema": {"type": "string"}}));
    sandbox.write("published.json", published.to_string());
    let against = sandbox.path().join("published.json").display().to_string();
    let root = sandbox.root_arg();
    let args = |json: bool| {
        let mut args = vec!["drift", "polar-checkouts", "--against", against.as_str(), "--root", root.as_str()];
        if json {
            args.push("--json");
        }
        args
    };

    let run = xtask(&args(false));
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("data dropped ("), "{}", run.stdout);
    assert!(
        run.stdout.contains(
            "  loyalty_points: a field the vendor sends is not modelled\n      in:        POST /v1/checkouts/ → 201, GET /v1/checkouts/{id} → 200, PATCH /v1/checkouts/{id} → 200\n"
        ),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  GET /v1/checkouts/ → query country: a parameter we cannot send"), "{}", run.stdout);

    let deviations = "- {path: \"GET /v1/checkouts/ → query country\", why: not useful to us}\n\
                      - {path: \"GET /v1/checkouts/ → 200 → items[].loyalty_points\", why: points are read elsewhere}\n\
                      - {path: \"GET /v1/checkouts/{id} → 200 → loyalty_points\", why: points are read elsewhere}\n\
                      - {path: \"POST /v1/checkouts/ → 201 → loyalty_points\", why: points are read elsewhere}\n\
                      - {path: \"PATCH /v1/checkouts/{id} → 200 → loyalty_points\", why: points are read elsewhere}\n\
                      - {path: \"GET /v1/checkouts/ → query gone\", why: a filter since removed}\n";
    sandbox.write("spec/polar-checkouts.deviations.yaml", deviations);
    let run = xtask(&args(false));
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("declared deviations (5):"), "{}", run.stdout);
    assert!(run.stdout.contains("stale deviations, matching nothing (1):\n  GET /v1/checkouts/ → query gone"), "{}", run.stdout);

    let run = xtask(&args(true));
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let declared = report["findings"].as_array().unwrap().iter().filter(|f| f.get("declared").is_some()).count();
    assert_eq!((declared, report["stale"].as_array().unwrap().len()), (5, 1));

    sandbox.write("published.json", "{ not json");
    assert_eq!(xtask(&args(false)).code, 2);
}

/// A spec written as JSON (`spec/<name>.json`) is generated like its YAML twin, not skipped.
#[test]
fn a_json_spec_is_read_like_yaml() {
    let sandbox = Sandbox::new();
    let yaml = "spec/flowglad-checkout-sessions.yaml";
    let as_json: serde_json::Value = serde_yaml::from_str(&sandbox.read(yaml)).unwrap();
    std::fs::remove_file(sandbox.path().join(yaml)).unwrap();
    sandbox.write("spec/flowglad-checkout-sessions.json", serde_json::to_string_pretty(&as_json).unwrap());
    sandbox.write("generated/flowglad-checkout-sessions/src/generated.rs", "// outdated\n");
    let run = xtask(&["codegen", "--root", &sandbox.root_arg()]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("wrote generated/flowglad-checkout-sessions/src/generated.rs (from spec/flowglad-checkout-sessions.json)"),
        "{}",
        run.stdout
    );
    let generated = sandbox.read("generated/flowglad-checkout-sessions/src/generated.rs");
    let committed = std::fs::read_to_string(root().join("generated/flowglad-checkout-sessions/src/generated.rs")).unwrap();
    // Only the header names the other file.
    assert_eq!(generated.replacen(".json", ".yaml", 1), committed);
}

/// A fresh clone's first `cargo xtask codegen` builds the pipeline for minutes: the alias must let
/// cargo show that build (no `--quiet`), and must build with the committed lock file.
#[test]
fn the_cargo_alias_shows_the_first_build() {
    let config = std::fs::read_to_string(root().join(".cargo/config.toml")).unwrap();
    let alias = config.lines().find(|l| l.trim_start().starts_with("xtask")).expect("an xtask alias");
    assert!(alias.contains("--locked") && !alias.contains("--quiet") && !alias.contains(" -q"), "{alias}");
}

/// `cargo xtask new-api` adds a spec, its crate and its model snapshot in one step, and the
/// result is what `codegen --check` and the snapshot test then expect.
#[test]
fn new_api_scaffolds_a_crate_that_codegen_then_considers_up_to_date() {
    let sandbox = Sandbox::new();
    let source = root().join("tests/corpus/ok-oauth2-and-basic.yaml");
    let run = xtask(&["new-api", "acme-pay", source.to_str().unwrap(), "--root", &sandbox.root_arg()]);
    assert_eq!(run.code, 0, "{run:?}");
    for file in ["spec/acme-pay.yaml", "generated/acme-pay/Cargo.toml", "generated/acme-pay/README.md", "generated/acme-pay/src/lib.rs"] {
        assert!(run.stdout.contains(&format!("created {file}")), "{file} not reported: {}", run.stdout);
    }
    assert_eq!(sandbox.read("spec/acme-pay.yaml"), std::fs::read_to_string(&source).unwrap());

    // The manifest has the built-in crates' features and none of their examples.
    let manifest = sandbox.read("generated/acme-pay/Cargo.toml");
    assert!(
        manifest.contains("name = \"acme-pay\"") && manifest.contains("rustls-ring = [\"checkout-runtime/rustls-ring\"]"),
        "{manifest}"
    );
    assert!(!manifest.contains("[[example]]") && !manifest.contains("polar"), "{manifest}");
    // The README's example names this crate and compiles without a server (`no_run`).
    let readme = sandbox.read("generated/acme-pay/README.md");
    assert!(
        readme.contains("```rust,no_run") && readme.contains("acme_pay::Client::builder()") && readme.contains("`things_get`"),
        "{readme}"
    );
    // The crate root is the built-in crates' one: a private generated module, one `Error`/`Result`.
    let lib = sandbox.read("generated/acme-pay/src/lib.rs");
    let polar = std::fs::read_to_string(root().join("generated/polar-checkouts/src/lib.rs")).unwrap();
    let body = |text: &str| text.lines().skip_while(|line| line.starts_with("//!")).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&lib), body(&polar), "the scaffolded lib.rs differs from the built-in crates'");
    assert!(lib.contains("\nmod generated;") && lib.contains("pub type Result<T, E>"), "{lib}");

    // Codegen now owns generated.rs, and the snapshot is the model of the spec.
    let check = xtask(&["codegen", "--check", "-q", "--root", &sandbox.root_arg()]);
    assert_eq!(check.code, 0, "{check:?}");
    let snapshot = sandbox.read("tests/snapshots/snapshots__acme-pay.snap");
    let model = model_of(&source, "spec/acme-pay.yaml").unwrap();
    assert_eq!(snapshot.split_once("\n---\n").unwrap().1, model);
}

/// A bad name, an existing API or an invalid spec is refused with a reason and writes nothing.
#[test]
fn new_api_refuses_bad_names_existing_apis_and_invalid_specs_without_writing() {
    let sandbox = Sandbox::new();
    let before = sandbox.generated_tree();
    let good = root().join("tests/corpus/ok-oauth2-and-basic.yaml");
    let cases = [
        ("Acme", good.clone(), "not a valid API name"),
        ("acme_pay", good.clone(), "not a valid API name"),
        ("acme--pay", good.clone(), "not a valid API name"),
        ("9acme", good.clone(), "not a valid API name"),
        ("codegen", good.clone(), "already used by the workspace"),
        ("polar-checkouts", good.clone(), "spec/polar-checkouts.yaml already exists"),
        ("acme", root().join("README.md"), "expected a .yaml, .yml or .json"),
        ("acme", root().join("tests/corpus/13-dangling-schema-ref.yaml"), "spec/acme.yaml:"),
    ];
    for (name, spec, reason) in cases {
        let run = xtask(&["new-api", name, spec.to_str().unwrap(), "--root", &sandbox.root_arg()]);
        assert_eq!(run.code, 2, "{name}: {run:?}");
        assert!(run.stderr.contains(reason) && run.stderr.contains("nothing was added"), "{name}: {}", run.stderr);
        assert!(!sandbox.path().join(format!("spec/{name}.yaml")).exists() || name == "polar-checkouts", "{name}: spec written");
    }
    assert_eq!(sandbox.generated_tree(), before, "generated/ changed");
    assert!(!sandbox.path().join("tests/snapshots/snapshots__acme.snap").exists());
}

/// The crate is declared after the last generated crate in `[workspace.dependencies]`.
#[test]
fn new_api_registers_the_crate_beside_the_other_generated_crates() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let updated = xtask::new_api::register_dependency(&manifest, "acme-pay").unwrap();
    let lines: Vec<&str> = updated.lines().collect();
    let at = lines.iter().position(|l| *l == "acme-pay = { path = \"generated/acme-pay\" }").expect("declared");
    assert!(lines[at - 1].contains("{ path = \"generated/"), "not beside the generated crates: {}", lines[at - 1]);
    assert_eq!(updated.lines().count(), manifest.lines().count() + 1);
    assert_eq!(xtask::new_api::register_dependency("[package]\nname = \"x\"\n", "acme-pay"), None);
}

/// `cargo xtask changelog`: the API report as CHANGELOG lines, added once under `## Unreleased`.
#[test]
fn the_changelog_is_fed_by_the_api_report_without_repeating_a_line() {
    let sandbox = Sandbox::new();
    let spec = sandbox.read(POLAR);
    let edited = spec.replacen("      properties:\n", "      properties:\n        loyalty_points: {type: integer, nullable: true}\n", 1);
    assert_ne!(edited, spec);
    sandbox.write(POLAR, edited);
    let root = sandbox.root_arg();
    let printed = xtask(&["changelog", "polar-checkouts", "--root", &root]);
    assert_eq!(printed.code, 0, "{printed:?}");
    assert!(
        printed.stdout.contains("- **minor**: a new optional field: ") && printed.stdout.contains("loyalty_points"),
        "{}",
        printed.stdout
    );
    for _ in 0..2 {
        let written = xtask(&["changelog", "polar-checkouts", "--write", "--root", &root]);
        assert_eq!(written.code, 0, "{written:?}");
    }
    let changelog = sandbox.read("generated/polar-checkouts/CHANGELOG.md");
    let unreleased = changelog.split("## Unreleased\n").nth(1).unwrap().split("\n## ").next().unwrap();
    assert_eq!(unreleased.lines().filter(|line| line.contains("loyalty_points")).count(), 1, "{changelog}");
    assert!(changelog.contains("## 0.1.0\n\nFirst release."), "{changelog}");
    assert_eq!(xtask(&["changelog", "no-such-api", "--root", &root]).code, 2);
}

/// Runs `git` in `dir`, with an identity of its own, and asserts it succeeded.
fn git(dir: &std::path::Path, args: &[&str]) {
    let output = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
}

/// The sandbox's model snapshot of Polar's crate, rewritten to the current spec's model (what
/// accepting the snapshot with insta does), keeping its metadata header.
fn accept_snapshot(sandbox: &Sandbox) {
    let rel = "tests/snapshots/snapshots__polar-checkouts.snap";
    let text = sandbox.read(rel);
    let (header, _) = text.strip_prefix("---\n").unwrap().split_once("\n---\n").unwrap();
    let model = model_of(&sandbox.path().join(POLAR), POLAR).unwrap();
    sandbox.write(rel, format!("---\n{header}\n---\n{model}"));
}

/// The loop's steps in either order give one CHANGELOG entry: `changelog` and the API report
/// compare with the snapshot of the last commit, not with the working tree's (which accepting the
/// snapshot first would already have updated); and `codegen --check` on a tree regenerated but not
/// committed still prints the API report.
#[test]
fn snapshot_then_changelog_and_changelog_then_snapshot_give_one_entry() {
    let entry = |snapshot_first: bool| -> String {
        let sandbox = Sandbox::new();
        git(sandbox.path(), &["init", "-q"]);
        git(sandbox.path(), &["add", "-A"]);
        git(sandbox.path(), &["commit", "-q", "-m", "base"]);
        let spec = sandbox.read(POLAR);
        sandbox.write(
            POLAR,
            spec.replacen("      properties:\n", "      properties:\n        loyalty_points: {type: integer, nullable: true}\n", 1),
        );
        let root = sandbox.root_arg();
        assert_eq!(xtask(&["codegen", "--root", &root]).code, 0);
        let check = xtask(&["codegen", "--check", "--root", &root]);
        assert_eq!(check.code, 0, "{check:?}");
        assert!(check.stdout.contains("api changes in generated/polar-checkouts: minor release"), "{}", check.stdout);
        if snapshot_first {
            accept_snapshot(&sandbox);
        }
        let written = xtask(&["changelog", "polar-checkouts", "--write", "--root", &root]);
        assert_eq!(written.code, 0, "{written:?}");
        if !snapshot_first {
            accept_snapshot(&sandbox);
        }
        let changelog = sandbox.read("generated/polar-checkouts/CHANGELOG.md");
        changelog.split("## Unreleased\n").nth(1).unwrap().split("\n## ").next().unwrap().to_owned()
    };
    let (snapshot_first, changelog_first) = (entry(true), entry(false));
    assert!(snapshot_first.contains("loyalty_points"), "{snapshot_first}");
    assert_eq!(snapshot_first, changelog_first);
}

/// A spec edit changes only the generated lines about it: adding an optional id to `Checkout`
/// touches its field and `Checkout`'s example, and no other example (ids are derived from where
/// they stand, not numbered in document order, which shifted every later id by one).
#[test]
fn adding_an_optional_field_changes_only_the_lines_about_it() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(root().join(POLAR)).unwrap();
    let anchor = "        total_amount: {type: integer, description: \"Amount in cents, after discounts and taxes.\"}\n";
    assert!(original.contains(anchor), "the anchor this test edits is gone");
    let field = "        order_id: {type: string, format: uuid, nullable: true, description: \"The order paid with this checkout.\"}\n";
    let edited = original.replacen(anchor, &format!("{anchor}{field}"), 1);
    let generate = |text: &str| {
        let path = dir.path().join("polar-checkouts.yaml");
        std::fs::write(&path, text).unwrap();
        codegen::generate_file(&path, POLAR).unwrap().code
    };
    let (before, after) = (generate(&original), generate(&edited));
    let diff = similar::TextDiff::from_lines(&before, &after);
    let mut changed = 0;
    for group in diff.grouped_ops(0) {
        let lines: Vec<String> = group
            .iter()
            .flat_map(|op| diff.iter_changes(op))
            .filter(|c| c.tag() != similar::ChangeTag::Equal)
            .map(|c| c.to_string())
            .collect();
        changed += lines.len();
        assert!(lines.iter().any(|line| line.contains("order_id")), "a change that is not about `order_id`:\n{}", lines.concat());
    }
    // The field (doc, serde attribute, declaration), its `Debug` line, and `Checkout`'s example.
    assert!((4..=12).contains(&changed), "{changed} lines changed");
}

/// The model's `Auth` and the runtime's `AuthScheme` are one vocabulary: each converts into the
/// other with an exhaustive `match`, so a scheme added on one side and not the other stops this
/// test from compiling.
#[test]
fn the_model_and_the_runtime_know_the_same_auth_schemes() {
    use checkout_runtime::__private::AuthScheme;
    use codegen::Auth;
    fn to_runtime(auth: &Auth) -> AuthScheme {
        match auth {
            Auth::Bearer => AuthScheme::Bearer,
            Auth::Basic => AuthScheme::Basic,
            Auth::Header(name) => AuthScheme::Header(if name == "x-api-key" { "x-api-key" } else { "other" }),
        }
    }
    fn to_model(scheme: AuthScheme) -> Auth {
        match scheme {
            AuthScheme::Bearer => Auth::Bearer,
            AuthScheme::Basic => Auth::Basic,
            AuthScheme::Header(name) => Auth::Header(name.to_owned()),
        }
    }
    for auth in [Auth::Bearer, Auth::Basic, Auth::Header("x-api-key".into())] {
        assert_eq!(to_model(to_runtime(&auth)), auth);
    }
}

/// The model's `bounds::Bound` and the runtime's are one vocabulary: a bound the model gains
/// without the runtime stops this test from compiling. The runtime's enum is
/// `#[non_exhaustive]`, so one it gains alone is caught at compile time only inside the
/// runtime; here it would fall to the wildcard. (`Format` is raised by the generated setters,
/// not declared by a spec.)
#[test]
fn the_model_and_the_runtime_know_the_same_bounds() {
    use checkout_runtime::bounds::Bound as Runtime;
    use codegen::model::bounds::Bound as Model;
    fn to_runtime(bound: &Model) -> Runtime {
        match bound {
            Model::MinLength(n) => Runtime::MinLength(*n),
            Model::MaxLength(n) => Runtime::MaxLength(*n),
            Model::Minimum(n) => Runtime::Minimum(*n),
            Model::Maximum(n) => Runtime::Maximum(*n),
            Model::ExclusiveMinimum(n) => Runtime::ExclusiveMinimum(*n),
            Model::ExclusiveMaximum(n) => Runtime::ExclusiveMaximum(*n),
            Model::Pattern(_) => Runtime::Pattern("p"),
            Model::OneOf(_) => Runtime::OneOf(&["\"v\""]),
            Model::MinItems(n) => Runtime::MinItems(*n),
            Model::MaxItems(n) => Runtime::MaxItems(*n),
            Model::MaxEntries(n) => Runtime::MaxEntries(*n),
        }
    }
    #[allow(unreachable_patterns)] // `Bound` is `#[non_exhaustive]` outside the runtime.
    fn to_model(bound: Runtime) -> Option<Model> {
        Some(match bound {
            Runtime::MinLength(n) => Model::MinLength(n),
            Runtime::MaxLength(n) => Model::MaxLength(n),
            Runtime::Minimum(n) => Model::Minimum(n),
            Runtime::Maximum(n) => Model::Maximum(n),
            Runtime::ExclusiveMinimum(n) => Model::ExclusiveMinimum(n),
            Runtime::ExclusiveMaximum(n) => Model::ExclusiveMaximum(n),
            Runtime::Pattern(p) => Model::Pattern(p.into()),
            Runtime::OneOf(v) => Model::OneOf(v.iter().map(|s| (*s).to_owned()).collect()),
            Runtime::MinItems(n) => Model::MinItems(n),
            Runtime::MaxItems(n) => Model::MaxItems(n),
            Runtime::MaxEntries(n) => Model::MaxEntries(n),
            Runtime::Format(_) => return None,
            _ => panic!("a runtime bound the model does not know"),
        })
    }
    let all = [
        Model::MinLength(1),
        Model::MaxLength(2),
        Model::Minimum(3.0),
        Model::Maximum(4.0),
        Model::ExclusiveMinimum(5.0),
        Model::ExclusiveMaximum(6.0),
        Model::Pattern("p".into()),
        Model::OneOf(vec!["\"v\"".into()]),
        Model::MinItems(7),
        Model::MaxItems(8),
        Model::MaxEntries(9),
    ];
    for bound in all {
        assert_eq!(to_model(to_runtime(&bound)), Some(bound));
    }
}
