//! Library-level tests of the pipeline's stages (no client crate, no `xtask`): typify's and the
//! prepare stage's agreement on names, the equivalence of leaving replaced types out, and the
//! semver classification of model changes.

/// The workspace root.
fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen/ is one level below the root").to_owned()
}

/// The pipeline has typify leave out the enums and unions it writes itself
/// (`progenitor::settings_for`). The result must be what letting typify generate them and replacing
/// them afterwards gives, apart from how they are referred to (`types::Name` instead of `Name` or
/// `super::Name`): the same items in the same order, for both specs and the corpus specs that
/// generate.
#[test]
fn leaving_replaced_types_to_extend_changes_only_their_paths() {
    let specs = [
        "spec/polar-checkouts.yaml",
        "spec/flowglad-checkout-sessions.yaml",
        "tests/corpus/ok-default-beside-2xx.yaml",
        "tests/corpus/ok-path-item-parameters.yaml",
    ];
    // Printed, without whitespace and paths: a shorter path wraps differently, and prettyplease
    // puts a comma after the last generic argument or parameter of a wrapped list.
    let normalized = |printed: String| -> String {
        let squeezed: String = printed.split_whitespace().collect();
        squeezed.replace("super::", "").replace("types::", "").replace(",>", ">").replace(",)", ")")
    };
    for name in specs {
        let spec = codegen::Spec::load(&root().join(name), name).unwrap();
        let prepared = codegen::prepare(&spec).unwrap();
        assert!(!prepared.enums.is_empty(), "{name}: no enums to replace; the test would prove nothing");
        let plain = codegen::progenitor::generate_with(&prepared.doc, &codegen::progenitor::settings(), name).unwrap();
        let plain = codegen::progenitor::without_unused_builders(plain, &prepared);
        let left_out = codegen::progenitor::generate(&prepared, name).unwrap();
        assert!(left_out.to_string().len() < plain.to_string().len(), "{name}: typify still generated the replaced types");
        let mut replaced_after = codegen::progenitor::parse(plain, name).unwrap();
        let mut never_generated = codegen::progenitor::parse(left_out, name).unwrap();
        codegen::progenitor::types::patch(
            &mut replaced_after,
            &prepared,
            codegen::emit::types::replacements(&prepared),
            codegen::emit::types::deserialize_present_tokens(),
        )
        .unwrap();
        codegen::progenitor::types::patch(
            &mut never_generated,
            &prepared,
            codegen::emit::types::replacements(&prepared),
            codegen::emit::types::deserialize_present_tokens(),
        )
        .unwrap();
        let (a, b) =
            (normalized(codegen::format::print(&replaced_after, name)), normalized(codegen::format::print(&never_generated, name)));
        let at = a.bytes().zip(b.bytes()).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
        assert!(
            a == b,
            "{name}: the two ways give different code from: {} | {}",
            &a[at.saturating_sub(200)..(at + 200).min(a.len())],
            &b[at.saturating_sub(200)..(at + 200).min(b.len())]
        );
    }
}

/// typify leaves out a schema we replace only when our Rust name for it is exactly the one typify
/// would give it; otherwise typify generates its own type, refers to that, and ours goes unused.
/// With schema names that stress the naming rules, typify (left to generate everything) must
/// define every enum and union under the name the prepare stage computes.
#[test]
fn prepare_names_replaced_types_as_typify_does() {
    let names = [
        "foo-bar",
        "foo_bar_2",
        "3ds",
        "Self",
        "type",
        "a.b.c",
        "HTTPStatus",
        "x-y_z",
        "snake_case_thing",
        "ALL_CAPS",
        "trailing-",
        "mixed.Case-name_9",
    ];
    let mut yaml = String::from(
        "openapi: 3.0.3\ninfo: {title: Names, version: \"1\"}\npaths:\n  /things:\n    get:\n      operationId: things.list\n      responses:\n        \"200\":\n          description: ok\n          content: {application/json: {schema: {$ref: \"#/components/schemas/Holder\"}}}\ncomponents:\n  schemas:\n    Holder:\n      type: object\n      properties:\n",
    );
    for (i, name) in names.iter().enumerate() {
        yaml.push_str(&format!("        f{i}: {{$ref: \"#/components/schemas/{name}\"}}\n"));
    }
    yaml.push_str("        u: {$ref: \"#/components/schemas/one.of-these\"}\n");
    for name in names {
        yaml.push_str(&format!("    {name}: {{type: string, enum: [one, two]}}\n"));
    }
    yaml.push_str(concat!(
        "    one.of-these:\n      oneOf: [{$ref: \"#/components/schemas/Left\"}, {$ref: \"#/components/schemas/Right\"}]\n",
        "      discriminator: {propertyName: kind}\n",
        "    Left: {type: object, required: [kind], properties: {kind: {type: string, enum: [Left]}}}\n",
        "    Right: {type: object, required: [kind], properties: {kind: {type: string, enum: [Right]}}}\n",
    ));
    let spec = codegen::Spec::parse("names.yaml", yaml.as_bytes()).unwrap();
    let prepared = codegen::prepare(&spec).unwrap();
    let ours: Vec<&str> =
        prepared.enums.iter().map(|e| e.rust_name.as_str()).chain(prepared.unions.iter().map(|u| u.rust_name.as_str())).collect();
    assert!(ours.len() > names.len(), "every schema above is an enum, and one a union: {ours:?}");
    let plain = codegen::progenitor::generate_with(&prepared.doc, &codegen::progenitor::settings(), "names.yaml").unwrap().to_string();
    for name in &ours {
        assert!(plain.contains(&format!("pub enum {name} ")), "typify names no enum `{name}`; prepare's name differs from typify's");
    }
    // And the pipeline as a whole generates (no type is missing or defined twice).
    codegen::generate_spec(&spec).unwrap();
}

/// A small API for the breaking-change table: one struct, an enum, a tagged union, two
/// operations with documented errors.
const API: &str = r##"openapi: 3.0.3
info: {title: Shop, version: "1"}
servers: [{url: "https://api.example.com", x-server-name: production}]
paths:
  /orders/{id}:
    get:
      operationId: orders.get
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}
        "404": {description: missing, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
  /orders:
    post:
      operationId: orders.create
      requestBody: {required: true, content: {application/json: {schema: {$ref: "#/components/schemas/OrderCreate"}}}}
      responses:
        "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}
components:
  schemas:
    Order:
      description: An order.
      type: object
      required: [id, status, total, item]
      properties:
        id: {type: string}
        status: {$ref: "#/components/schemas/Status"}
        total: {type: integer}
        note: {type: string, nullable: true}
        item: {$ref: "#/components/schemas/Item"}
    Status: {type: string, enum: [open, paid]}
    Item:
      oneOf: [{$ref: "#/components/schemas/Book"}, {$ref: "#/components/schemas/Pen"}]
      discriminator: {propertyName: kind, mapping: {book: "#/components/schemas/Book", pen: "#/components/schemas/Pen"}}
    Book: {type: object, required: [kind, title], properties: {kind: {type: string, enum: [book]}, title: {type: string}}}
    Pen: {type: object, required: [kind, colour], properties: {kind: {type: string, enum: [pen]}, colour: {type: string}}}
    OrderCreate:
      type: object
      required: [item]
      properties:
        item: {type: string}
        note: {type: string}
    Problem: {type: object, required: [detail], properties: {detail: {type: string}}}
"##;

/// The model summary of `spec` (YAML text).
fn summary_of(spec: &str) -> String {
    let parsed = codegen::Spec::parse("spec/shop.yaml", spec.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{spec}"));
    let output = codegen::generate_spec(&parsed).unwrap_or_else(|e| panic!("{e}\n{spec}"));
    codegen::report::summarize(&output.code, &output.prepared_operations, "spec/shop.yaml").unwrap()
}

/// The items of module `name` among `items`.
fn module<'a>(items: &'a [syn::Item], name: &str) -> &'a [syn::Item] {
    items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| items.as_slice()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no module `{name}`"))
}

/// Only what a request carries has typify's builder (`types::builder::X`, `X::builder()`): a
/// request body and the types inside it, which `body_map` and `new(…)` are written on; a
/// response-only type (`Order`, its union's members, the error body) has neither.
#[test]
fn only_request_types_keep_typifys_builder() {
    let spec = codegen::Spec::parse(
        "spec/shop.yaml",
        API.replace(
            "        note: {type: string}\n",
            "        note: {type: string}\n        address: {$ref: \"#/components/schemas/Address\"}\n",
        )
        .replace("    Problem:", "    Address: {type: object, properties: {city: {type: string}}}\n    Problem:")
        .as_bytes(),
    )
    .unwrap();
    let output = codegen::generate_spec(&spec).unwrap();
    let file = syn::parse_file(&output.code).unwrap();
    let types = module(&file.items, "types");
    let builders: std::collections::BTreeSet<String> = module(types, "builder")
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(builders, ["Address", "OrderCreate"].map(String::from).into(), "builders in {}", output.code);
    let builder_fns: Vec<String> = types
        .iter()
        .filter_map(|item| match item {
            syn::Item::Impl(block) if block.items.iter().any(|i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "builder")) => {
                Some(quote::ToTokens::to_token_stream(&block.self_ty).to_string())
            }
            _ => None,
        })
        .collect();
    assert_eq!(builder_fns, ["Address", "OrderCreate"]);
    assert!(output.code.contains("body: Result<types::builder::OrderCreate, String>"), "the operation still takes the builder");
}

/// One spec edit per row → the semver bump the report asks for, and why.
#[test]
fn the_breaking_change_report_classifies_each_kind_of_edit() {
    use codegen::report::{Bump, api_changes, bump};
    let base = summary_of(API);
    // Each row: the edits (text replaced once each), the bump, and words of the reason.
    let add_query = "        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: expand, in: query, schema: {type: boolean}}\n";
    let new_op = "  /orders/{id}/cancel:\n    post:\n      operationId: orders.cancel\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses:\n        \"204\": {description: cancelled}\n  /orders:\n";
    let conflict = "        \"409\": {description: conflict, content: {application/json: {schema: {$ref: \"#/components/schemas/Problem\"}}}}\n        \"201\": {description: created,";
    type Row<'a> = (&'a str, &'a [(&'a str, &'a str)], Bump, &'a str);
    let rows: &[Row] = &[
        (
            "a new optional field",
            &[(
                "        note: {type: string, nullable: true}\n",
                "        note: {type: string, nullable: true}\n        gift: {type: boolean}\n",
            )],
            Bump::Minor,
            "a new optional field",
        ),
        (
            "a new required request field",
            &[
                ("      required: [item]\n", "      required: [item, quantity]\n"),
                ("        note: {type: string}\n", "        note: {type: string}\n        quantity: {type: integer}\n"),
            ],
            Bump::Major,
            "a new required field",
        ),
        (
            "a removed field",
            &[("        total: {type: integer}\n", ""), ("required: [id, status, total, item]", "required: [id, status, item]")],
            Bump::Major,
            "removed",
        ),
        ("a changed field type", &[("        total: {type: integer}\n", "        total: {type: string}\n")], Bump::Major, "type changed"),
        ("optional → required", &[("      required: [item]\n", "      required: [item, note]\n")], Bump::Major, "became required"),
        ("a new enum value", &[("enum: [open, paid]", "enum: [open, paid, refunded]")], Bump::Minor, "enum value"),
        ("a removed enum value", &[("enum: [open, paid]", "enum: [open]")], Bump::Major, "removed"),
        (
            "a new union member",
            &[
                (
                    "book: \"#/components/schemas/Book\", pen:",
                    "book: \"#/components/schemas/Book\", mug: \"#/components/schemas/Mug\", pen:",
                ),
                (
                    "oneOf: [{$ref: \"#/components/schemas/Book\"}, ",
                    "oneOf: [{$ref: \"#/components/schemas/Mug\"}, {$ref: \"#/components/schemas/Book\"}, ",
                ),
                (
                    "    Problem:",
                    "    Mug: {type: object, required: [kind], properties: {kind: {type: string, enum: [mug]}}}\n    Problem:",
                ),
            ],
            Bump::Minor,
            "union member",
        ),
        ("a new operation", &[("  /orders:\n", new_op)], Bump::Minor, "a new operation"),
        (
            "a removed operation",
            &[("    post:\n      operationId: orders.create\n", "    put:\n      operationId: orders.create\n")],
            Bump::Major,
            "removed",
        ),
        ("a new error status", &[("        \"201\": {description: created,", conflict)], Bump::Minor, "a new error status"),
        (
            "a new query parameter",
            &[("        - {name: id, in: path, required: true, schema: {type: string}}\n", add_query)],
            Bump::Minor,
            "builder parameter",
        ),
        ("a description", &[("      description: An order.\n", "      description: An order placed in the shop.\n")], Bump::Patch, ""),
        (
            "a renamed field",
            &[
                ("        id: {type: string}\n", "        order_id: {type: string}\n"),
                ("required: [id, status, total, item]", "required: [order_id, status, total, item]"),
            ],
            Bump::Major,
            "removed",
        ),
    ];
    let mut failures = Vec::new();
    for (name, edits, expected, reason) in rows {
        let mut spec = API.to_owned();
        for (from, to) in edits.iter() {
            assert!(spec.contains(from), "{name}: the base spec has no `{from}`");
            spec = spec.replacen(from, to, 1);
        }
        let changes = api_changes(&base, &summary_of(&spec));
        let got = bump(&changes);
        let reasons: Vec<String> = changes.iter().map(|c| format!("{} {}: {}", c.bump, c.reason, c.change)).collect();
        if got != *expected || (!reason.is_empty() && !changes.iter().any(|c| c.bump == got && c.reason.contains(reason))) {
            failures.push(format!("{name}: expected {expected:?} ({reason}), got {got:?}:\n  {}", reasons.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
