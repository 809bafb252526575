//! The malformed-spec corpus (`tests/corpus/`): every case is refused with its exact message and
//! location, through `cargo xtask codegen` exits 2, and leaves `generated/` byte-identical. The
//! `ok-*` cases are constructs the pipeline must keep accepting; a very large spec must generate.

use checkout_sdk_tests::{Sandbox, root, xtask};

/// `(file, what follows the file name in the error)`: the location and the message, as reviewed.
const CASES: &[(&str, &str)] = &[
    (
        "01-unclosed-flow.yaml",
        ":6:18: invalid YAML: did not find expected ',' or ']' at line 6 column 18, while parsing a flow sequence at line 5 column 10",
    ),
    (
        "02-tab-indentation.yaml",
        ":6:1: invalid YAML: found character that cannot start any token at line 6 column 1, while scanning for the next token",
    ),
    ("03-empty.yaml", ":1:1 (at #): not a valid OpenAPI 3.0 document: the file is empty; expected an OpenAPI 3.0.x document"),
    ("04-whitespace-only.yaml", ":1:1 (at #): not a valid OpenAPI 3.0 document: the file is empty; expected an OpenAPI 3.0.x document"),
    ("05-top-level-list.yaml", ":1:1 (at #): the document is not a mapping; expected an OpenAPI 3.0.x document"),
    ("06-missing-version.yaml", ":1:1 (at #): missing `openapi: 3.0.x` version field"),
    (
        "07-openapi-3.2.yaml",
        ":1:1 (at #/openapi): OpenAPI 3.2.0 is not supported; write `openapi: 3.0.3` (3.0.x, or 3.1.x, which is read as 3.0)",
    ),
    ("08-swagger-2.yaml", ":1:1 (at #): missing `openapi: 3.0.x` version field"),
    ("09-version-is-a-number.yaml", ":1:1 (at #/openapi): `openapi` must be a version string such as \"3.0.3\", found 3.0"),
    ("10-paths-is-a-list.yaml", ":3:1 (at #/paths): not a valid OpenAPI 3.0 document: invalid type: sequence, expected struct Paths"),
    (
        "11-operation-id-is-a-list.yaml",
        ":6:7 (at #/paths/~1things~1{id}/get/operationId): not a valid OpenAPI 3.0 document: invalid type: sequence, expected a string",
    ),
    (
        "12-responses-is-a-string.yaml",
        ":9:7 (at #/paths/~1things~1{id}/get/responses): not a valid OpenAPI 3.0 document: invalid type: string \"everything\", expected struct Responses",
    ),
    (
        "13-dangling-schema-ref.yaml",
        ":12:49 (at #/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$ref): `$ref: #/components/schemas/Thingy` points at nothing: no such node in this document",
    ),
    (
        "14-dangling-response-ref.yaml",
        ":13:17 (at #/paths/~1things~1{id}/get/responses/404/$ref): `$ref: #/components/responses/Missing` points at nothing: no such node in this document",
    ),
    (
        "15-external-ref.yaml",
        ":15:49 (at #/paths/~1things~1{id}/get/responses/404/content/application~1json/schema/$ref): `$ref: common.yaml#/components/schemas/Problem` is not supported: only references within the same file (`#/components/...`) are",
    ),
    (
        "16-ref-cycle.yaml",
        ":15:49 (at #/paths/~1things~1{id}/get/responses/404/content/application~1json/schema/$ref): `$ref` cycle with no schema in it: #/components/schemas/Problem -> #/components/schemas/Loop -> #/components/schemas/Problem",
    ),
    (
        "17-self-ref.yaml",
        ":15:49 (at #/paths/~1things~1{id}/get/responses/404/content/application~1json/schema/$ref): `$ref` cycle with no schema in it: #/components/schemas/Problem -> #/components/schemas/Problem",
    ),
    (
        "18-duplicate-operation-id.yaml",
        ":13:7 (at #/paths/~1things~1{id}/get/operationId): duplicate operationId `things.get`, first used at #/paths/~1things/get",
    ),
    (
        "19-missing-operation-id.yaml",
        ":5:5 (at #/paths/~1things~1{id}/get): `GET /things/{id}` has no `operationId`; every operation needs a unique one",
    ),
    (
        "20-nullable-3.1-style.yaml",
        ":19:5 (at #/components/schemas/Problem): not a valid OpenAPI 3.0 document: invalid type: sequence, expected a string",
    ),
    (
        "21-deep-object.yaml",
        ":9:11 (at #/paths/~1things~1{id}/get/parameters/1): query parameter `filter` uses `style: deepObject`, which progenitor 0.15 cannot send, and a required one cannot be left out",
    ),
    (
        "23-cookie-parameter.yaml",
        ":9:11 (at #/paths/~1things~1{id}/get/parameters/1): cookie parameter `session` is not supported by progenitor 0.15, and a required one cannot be left out",
    ),
    (
        "24-multipart-body.yaml",
        ":8:19 (at #/paths/~1things~1{id}/get/requestBody/content/multipart~1form-data): `multipart/form-data` request bodies are not supported by progenitor 0.15",
    ),
    (
        "25-success-bodies-not-json.yaml",
        ":13:9 (at #/paths/~1things~1{id}/get/responses/201): success responses 200 and 201 have different bodies, not all JSON under a literal status; only those can be decoded by status",
    ),
    (
        "26-schema-names-collide.yaml",
        ":19:5 (at #/components/schemas/Thing_): schemas `Thing` and `Thing_` both become the Rust type `Thing`; rename one",
    ),
    (
        "27-property-names-collide.yaml",
        ":18:100 (at #/components/schemas/Thing/properties/user_id): properties `userId` and `user_id` of `Thing` both become the Rust field `user_id`; rename one",
    ),
    (
        "28-operation-ids-collide.yaml",
        ":13:7 (at #/paths/~1things~1{id}/get/operationId): operationIds `things_get` (at #/paths/~1things/get) and `things.get` both become the Rust method `things_get`; rename one",
    ),
    (
        "30-undeclared-path-parameter.yaml",
        ":5:5 (at #/paths/~1things~1{id}/get): path parameter `{id}` of `/things/{id}` is not declared in `parameters` (`in: path`, `required: true`)",
    ),
    ("31-duplicate-keys.yaml", ":16:1 (at #/info): invalid YAML: duplicate entry with key \"info\""),
    ("32-alias-bomb.yaml", ": invalid YAML: repetition limit exceeded"),
    ("33-nesting-too-deep.yaml", ":20:1011: invalid YAML: recursion limit exceeded at line 20 column 1011"),
    (
        "34-unsupported-security.yaml",
        ":16:1 (at #/security): security scheme `oauth` is not supported: use `http` (`bearer` or `basic`), `oauth2`, `openIdConnect` or an `apiKey` in a header",
    ),
    (
        "35-server-names-collide.yaml",
        ":7:8 (at #/servers/2): this server's variant name `Sandbox` is taken by another server (or is `Custom`); name it with `x-server-name`",
    ),
    ("36-bad-pagination.yaml", ":7:7 (at #/paths/~1things~1{id}/get/x-pagination): `x-pagination` needs `style: page` or `style: cursor`"),
    (
        "37-mapping-outside-one-of.yaml",
        ":21:53 (at #/components/schemas/Either/discriminator/mapping/b): mapping `b` points at `#/components/schemas/Problem`, which is not a member of the `oneOf`",
    ),
    (
        "38-varnames-miscount.yaml",
        ":18:111 (at #/components/schemas/Thing/properties/kind/x-enum-varnames): `x-enum-varnames` must list one name per `enum` value",
    ),
    ("39-not-utf8.yaml", ":2:19: the spec is not valid UTF-8 (first bad byte at offset 33)"),
    ("40-bad-partial-update.yaml", ":7:7 (at #/paths/~1things~1{id}/get/x-partial-update): `x-partial-update` must be `true` or `false`"),
    (
        "41-bad-idempotency-header.yaml",
        ":7:7 (at #/paths/~1things~1{id}/get/x-idempotency-header): `x-idempotency-header` must be a header name, e.g. `Idempotency-Key`",
    ),
    (
        "42-webhook-without-payload.yaml",
        ":6:21 (at #/x-webhooks/events/thing.created/$ref): `$ref: #/components/schemas/Missing` points at nothing: no such node in this document",
    ),
    ("43-webhooks-without-tag.yaml", ":3:1 (at #/x-webhooks): `x-webhooks` needs `tag`: the body property that names the event type"),
    // A JSON spec is read as YAML is, with the same located errors.
    (
        "44-json-spec-dangling-ref.json",
        ":10:84 (at #/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$ref): `$ref: #/components/schemas/Thnig` points at nothing: no such node in this document",
    ),
    // Slips a maintainer makes, each refused where it is, with what was probably meant.
    (
        "45-misspelled-nullable.yaml",
        ":18:133 (at #/components/schemas/Thing/properties/note/nulable): unknown key `nulable` in a schema; did you mean `nullable`? (extensions start with `x-`)",
    ),
    (
        "46-misspelled-format.yaml",
        ":18:131 (at #/components/schemas/Thing/properties/at/format): unknown format `datetime`; did you mean `date-time`? (known: binary,",
    ),
    (
        "47-outdented-property.yaml",
        ":23:7 (at #/components/schemas/Thing/kind): unknown key `kind` in a schema; a property belongs under `properties:` (extensions start with `x-`)",
    ),
    (
        "48-misspelled-type.yaml",
        ":18:119 (at #/components/schemas/Thing/properties/size/type): unknown type `strng`; did you mean `string`? (known: array, boolean, integer, number, object, string)",
    ),
    (
        "49-misspelled-pagination-key.yaml",
        ":12:9 (at #/paths/~1things/get/x-pagination/totl): `x-pagination` has no key `totl`; its keys are style, page_param, cursor_param, items, last_page, next_cursor, has_more, total",
    ),
    (
        "50-pagination-total-not-in-page.yaml",
        ":12:9 (at #/paths/~1things/get/x-pagination/total): `x-pagination` `total`: `Things` has no property `count`",
    ),
    // How a webhook secret becomes the key differs by vendor; a value that says neither is refused.
    (
        "51-bad-webhook-key.yaml",
        ":5:3 (at #/x-webhooks/key): `x-webhooks.key` is `base64` (Standard Webhooks: the key is the base64 after `whsec_`) or `utf8` (the secret's own bytes)",
    ),
    // A `required` name that no property has would be a required `serde_json::Value` field that
    // no real body has, whether or not a declared name is close.
    (
        "52-undeclared-required.yaml",
        ":19:11 (at #/components/schemas/Thing/required/1): `required` names `no_such_property`, which is not among the properties (declared: id, order_id)",
    ),
    (
        "53-misspelled-required.yaml",
        ":17:7 (at #/components/schemas/Thing/requried): unknown key `requried` in a schema; did you mean `required`? (extensions start with `x-`)",
    ),
];

fn corpus(file: &str) -> std::path::PathBuf {
    root().join("tests/corpus").join(file)
}

#[test]
fn every_case_is_refused_with_its_message_and_location() {
    let mut failures = Vec::new();
    for (file, expected) in CASES {
        let name = format!("corpus/{file}");
        let outcome = std::panic::catch_unwind(|| codegen::generate_file(&corpus(file), &name));
        match outcome {
            Err(_) => failures.push(format!("{file}: panicked")),
            Ok(Ok(_)) => failures.push(format!("{file}: was accepted")),
            Ok(Err(error)) => {
                let text = error.to_string();
                if !text.contains(&format!("{name}{expected}")) {
                    failures.push(format!("{file}: expected `{name}{expected}` in:\n{text}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
    assert!(CASES.len() >= 30);
}

/// Through the CLI, in a copy of the repository: exit 2, the message on stderr, and not a byte of
/// `generated/` changed (nor a file's modification time).
#[test]
fn no_case_changes_anything_under_generated() {
    let sandbox = Sandbox::new();
    // Only the spec under test: each run fails fast instead of regenerating the other client.
    std::fs::remove_file(sandbox.path().join("spec/polar-checkouts.yaml")).unwrap();
    let before = sandbox.generated_tree();
    let target = "spec/flowglad-checkout-sessions.yaml";
    let original = std::fs::read(sandbox.path().join(target)).unwrap();
    for (file, expected) in CASES {
        sandbox.write(target, std::fs::read(corpus(file)).unwrap());
        let run = xtask(&["codegen", "--root", &sandbox.root_arg()]);
        assert_eq!(run.code, 2, "{file}: {run:?}");
        assert!(run.stderr.contains(&format!("{target}{expected}")), "{file}: {}", run.stderr);
        assert_eq!(sandbox.generated_tree(), before, "{file} changed generated/");
    }
    sandbox.write(target, original);
    assert_eq!(xtask(&["codegen", "--check", "--root", &sandbox.root_arg()]).code, 0);
}

#[test]
fn accepted_constructs_stay_accepted() {
    let files = [
        "ok-default-beside-2xx.yaml",
        "ok-path-item-parameters.yaml",
        "ok-server-named-by-description-or-host.yaml",
        "ok-no-servers.yaml",
        "ok-ref-as-data-and-name.yaml",
        "ok-oauth2-and-basic.yaml",
        "ok-enum-value-unknown.yaml",
        "ok-pattern.yaml",
        "ok-explode-false.yaml",
        "ok-media-types.yaml",
        "ok-enum-values-collide.yaml",
        "ok-left-out.yaml",
        "ok-openapi-3.1.yaml",
        "ok-surrogate-pairs.json",
        "ok-success-bodies-differ.yaml",
        "ok-null-only.yaml",
        "ok-websocket.yaml",
        "ok-dropshot-pagination.yaml",
        // Stray keys progenitor ignores (`type` on a response) are ignored; near misses,
        // outdented properties and undeclared `required` names are refused.
        "ok-stray-keys.yaml",
        "ok-nested-enum-collide.yaml",
        "ok-constructors.yaml",
        // Built and its doctests run against its mock by `package::every_accepted_corpus_spec…`.
        "ok-mock-edge-cases.yaml",
        "ok-literals-and-collections.yaml",
    ];
    for file in files {
        let output = codegen::generate_file(&corpus(file), file).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(output.code.contains("pub async fn send("), "{file}");
    }
    // Servers without `x-server-name` are named by their description's first word, else their
    // host; a spec without servers leaves the base URL to the caller (`client_builder!` is
    // tested for both in the runtime).
    let squeezed = |file: &str| -> String { codegen::generate_file(&corpus(file), file).unwrap().code.split_whitespace().collect() };
    // Request types get `new(required…)` in the `required` order, with a one-value discriminator
    // set; a partial update's nullable fields get `clear_…`; a nested union's members convert
    // into the outer union; a union's shared fields get accessors.
    let built = squeezed("ok-constructors.yaml");
    for wanted in [
        // Two required strings would be swappable as arguments: they are named instead.
        "pubstructBookRequired{",
        "pubtitle:::std::string::String,",
        "impl::std::convert::From<BookRequired>forsuper::Book{",
        "impl::std::convert::From<BookRequired>forsuper::Line{",
        "pubuseself::builder::BookRequired;",
        "kind:<types::BookKind>::Book",
        // A required nullable field is asked for as the `Option` itself; a default is not asked.
        "pubfnnew(line:impl::std::convert::Into<types::Line>,note:::std::option::Option<::std::string::String>,)->Self",
        "pubfnclear_note(mutself)->Self{self.note=Ok(Some(None));self}",
        "impl::std::convert::From<PenBySku>forLine{fnfrom(value:PenBySku)->Self{Self::Pen(Pen::from(value))}}",
        "pubfnsku(&self)->::std::option::Option<&::std::string::String>",
        // An `allOf` body requires what each member requires, as typify's merged struct does.
        "pubstructGiftCreateRequired{",
        "Self{message:message.into(),recipient:recipient.into(),wrapped:Default::default(),}",
    ] {
        assert!(built.contains(wanted), "ok-constructors.yaml: no `{wanted}` in\n{built}");
    }
    // An `anyOf` of scalars is an untagged enum (decodes each member), not typify's struct of
    // flattened options (which decodes no scalar).
    let edge = squeezed("ok-mock-edge-cases.yaml");
    assert!(edge.contains("pubenumThingEnds{DateTime(") && !edge.contains("pubstructThingEnds"), "{edge}");
    // A boolean that allows one value is a type that holds only it (in a partial update, still
    // three-state); an optional list or map is an `Option`, so `[]`/`{}` and absent differ, and
    // a non-nullable one does not become three-state; the webhook key scheme is the spec's.
    let literals = squeezed("ok-literals-and-collections.yaml");
    for wanted in [
        "pubenabled:::std::option::Option<::std::option::Option<types::False>>,",
        "publegacy:types::True,",
        "pubuse::checkout_runtime::False;",
        "pubuse::checkout_runtime::True;",
        "pubtags:::std::option::Option<::std::vec::Vec<::std::string::String>>,",
        "pubattributes:::std::option::Option<::serde_json::Map<::std::string::String,::serde_json::Value>,>,",
        "constSIGNING_KEY:SigningKey=SigningKey::Utf8;",
        // Union members named by the words they do not share with the union, unless two collide.
        "VisaCard(VisaCard),",
        "Visa(Visa),",
    ] {
        assert!(literals.contains(wanted), "ok-literals-and-collections.yaml: no `{wanted}` in\n{literals}");
    }
    assert!(!literals.contains("Vec::is_empty") && !literals.contains("Map::is_empty"), "{literals}");
    // Response-only types get no constructor.
    assert!(!built.contains("implsuper::Order{"), "{built}");
    let named = squeezed("ok-server-named-by-description-or-host.yaml");
    assert!(named.contains("servers:[#[doc=\"`https://api.example.com`\"]ApiExampleCom=\"https://api.example.com\""), "{named}");
    assert!(named.contains("]Sandbox=\"https://sandbox.example.com/v2\""), "{named}");
    assert!(named.contains("]SandboxInTheEu=\"https://eu.example.com\""), "{named}");
    assert!(squeezed("ok-no-servers.yaml").contains("servers:[],"));
    // An enum value named `unknown` keeps its name; the fallback variant becomes `UnknownValue`.
    let state = squeezed("ok-enum-value-unknown.yaml");
    assert!(state.contains("pubenumState{///`known`Known,///`unknown`Unknown,"), "{state}");
    assert!(state.contains("UnknownValue(::std::string::String),}"), "{state}");
    assert!(state.contains("::checkout_runtime::string_enum!(State{Known=\"known\",Unknown=\"unknown\"}fallbackUnknownValue);"), "{state}");
    // A `pattern` is documented, not checked with `regress` (a dependency generated crates lack).
    let pattern = codegen::generate_file(&corpus("ok-pattern.yaml"), "ok-pattern.yaml").unwrap().code;
    assert!(!pattern.contains("regress"), "the generated code calls regress");
    assert!(pattern.contains("Matches the pattern `^th_[a-z0-9]+$`"), "{pattern}");
    // `explode: false` query arrays are sent as one delimited value (`Delimited` is tested on the
    // wire in the runtime), a `$ref`'d parameter too; an exploded one keeps repeated keys.
    let query = squeezed("ok-explode-false.yaml");
    assert!(query.contains("QueryParam::new(\"tags\",&::checkout_runtime::__private::Delimited(&tags,',')"), "{query}");
    assert!(query.contains("QueryParam::new(\"ids\",&::checkout_runtime::__private::Delimited(&ids,'|')"), "{query}");
    assert!(query.contains("QueryParam::new(\"fields\",&::checkout_runtime::__private::Delimited(&fields,',')"), "{query}");
    assert!(query.contains("QueryParam::new(\"kinds\",&kinds)"), "{query}");
    // Enum values that would share a variant name get distinct ones (punctuation spelled out,
    // then separators, then case), in schemas and in parameters (hoisted: typify panics on them).
    let variants = |code: &str, name: &str| -> Vec<String> {
        let start = code.find(&format!("pub enum {name} {{")).unwrap_or_else(|| panic!("no enum {name}"));
        let body = &code[start..start + code[start..].find('}').unwrap()];
        body.lines()
            .map(str::trim)
            .filter(|l| !l.starts_with("//") && l.ends_with(','))
            .map(|l| l.trim_end_matches(',').to_owned())
            .collect()
    };
    let collide = codegen::generate_file(&corpus("ok-enum-values-collide.yaml"), "ok").unwrap().code;
    assert_eq!(variants(&collide, "ThingsListOrder"), ["AscUpper", "AscLower", "DescUpper", "DescLower", "Unknown(::std::string::String)"]);
    assert_eq!(variants(&collide, "ThingKind"), ["AMinusB", "AUnderscoreB", "ADotB", "Unknown(::std::string::String)"]);
    assert_eq!(variants(&collide, "ThingTz"), ["EtcGmtPlus0", "EtcGmtMinus0", "Utc", "Unknown(::std::string::String)"]);
    assert_eq!(variants(&collide, "Zone"), ["EtcGmtPlus0", "EtcGmtMinus0", "Unknown(::std::string::String)"]);
    assert_eq!(variants(&collide, "ThingsFieldsItem"), ["IdLower", "IdUpper", "Unknown(::std::string::String)"]);
    assert!(collide.contains("\"Etc/GMT+0\""), "the wire value is kept");
    // typify's names for `+1`/`-1` are lower-case; variants start upper-case (deny(warnings)).
    assert_eq!(variants(&collide, "ThingReaction"), ["Plus1", "Minus1", "Unknown(::std::string::String)"]);
    // Optional parameters progenitor cannot send are left out and named in the description; a
    // bodiless 202 beside a 200 body reaches the caller as an error, not a failed decode.
    let left_out = codegen::generate_file(&corpus("ok-left-out.yaml"), "ok").unwrap();
    let bodiless = |id: &str| left_out.prepared_operations.iter().find(|o| o.operation_id == id).unwrap().bodiless_successes.clone();
    assert_eq!(bodiless("things.receipt"), ["202"]);
    // A `$ref`'d bodiless response counts by what it refers to (GitHub's `204`s).
    assert_eq!(bodiless("things.star"), ["204"]);
    assert!(left_out.code.contains("Not sent by this client (progenitor 0.15 cannot encode them): the query parameter `metadata` (`style: deepObject`), the cookie `session`."), "{}", left_out.code);
    assert!(left_out.code.contains(
        "A `202` (Still being generated, retry later) response has no body: `send` returns it as an error with that status (`Unexpected`)."
    ));
    let squeezed_left: String = left_out.code.split_whitespace().collect();
    assert!(squeezed_left.contains("200u16=>ResponseValue::from_response(response).await,"), "the lone success arm was widened");
    assert!(!squeezed_left.contains("pubfnmetadata") && !squeezed_left.contains("pubfnsession") && squeezed_left.contains("pubfnlimit<"));
    // OpenAPI 3.1 is read as 3.0: type arrays with null, `anyOf` with a null member, `const`,
    // `$ref` siblings, numeric exclusive bounds; a JSON document with surrogate-pair escapes loads.
    let model = checkout_sdk_tests::model_of(&corpus("ok-openapi-3.1.yaml"), "ok").unwrap();
    for field in [
        "id: String as \"id\"",
        "kind: ThingKind as \"kind\"",
        "parent: Option<Parent> as \"parent\"",
        "note: Option<String> as \"note\"",
        "size: Option<Size> as \"size\"",
    ] {
        assert!(model.contains(field), "{field}: {model}");
    }
    // `exclusiveMinimum: 0` on an integer is typify's non-zero type.
    assert!(model.contains("param limit: Option<NonZeroU64>"), "{model}");
    assert!(model.contains("enum ThingValue [untagged]\n  String(String)\n  Integer(i64)\n"), "{model}");
    let emoji = codegen::generate_file(&corpus("ok-surrogate-pairs.json"), "ok").unwrap().code;
    assert!(emoji.contains("Thumbs \u{1f44d} up"), "{emoji}");
    // 2xx responses with different bodies decode by status into a success enum (the runtime's
    // `decode_by_status` is tested with bytes on the wire); an inline body gets a named type.
    let differ = codegen::generate_file(&corpus("ok-success-bodies-differ.yaml"), "ok").unwrap();
    let bodies = &differ.prepared_operations[0].success_bodies;
    assert_eq!(
        bodies.iter().map(|b| (b.status, b.type_name.clone())).collect::<Vec<_>>(),
        [(200, Some("Thing".to_owned())), (201, Some("ThingsPut201Body".to_owned())), (202, None)]
    );
    let squeezed_differ: String = differ.code.split_whitespace().collect();
    assert!(squeezed_differ.contains("pubenumThingsPutSuccess{///`200`:Replaced.Ok(super::types::Thing),///`201`:Created.Created(super::types::ThingsPut201Body),///`202`:Queued.Accepted,}"), "{}", differ.code);
    assert!(squeezed_differ.contains("ResponseValue<super::successes::ThingsPutSuccess>"), "send does not return the success enum");
    assert!(squeezed_differ.contains("NotFound(super::types::Problem)"), "the error responses stay typed");
    // A schema whose only value is `null` is any JSON value, optional when its key is: a request
    // carries it only when the caller sets it (typify's `()` was always sent as `null`).
    let null_only = checkout_sdk_tests::model_of(&corpus("ok-null-only.yaml"), "ok").unwrap();
    assert!(null_only.contains("  gone: serde_json::Value as \"gone\"\n"), "{null_only}");
    assert!(null_only.contains("  later: Option<serde_json::Value> as \"later\"\n"), "{null_only}");
    assert!(!null_only.contains("()"), "{null_only}");
    // A dropshot websocket keeps its `default` (progenitor's 101) and upgrades; its key comes from
    // the runtime, not from `base64`/`rand`, which generated crates do not depend on.
    let websocket: String = codegen::generate_file(&corpus("ok-websocket.yaml"), "ok").unwrap().code.split_whitespace().collect();
    assert!(websocket.contains("101u16=>ResponseValue::upgrade(response).await"), "{websocket}");
    assert!(websocket.contains("SEC_WEBSOCKET_KEY,::checkout_runtime::__private::websocket_key(),"), "{websocket}");
    assert!(!websocket.contains("::base64") && !websocket.contains("::rand"), "{websocket}");
    // dropshot's pagination becomes cursor paging (`page_token` → `next_page`, `items`) with this
    // client's streams and error types; progenitor's own `_stream` (which did not compile against
    // them) is not generated.
    let dropshot = codegen::generate_file(&corpus("ok-dropshot-pagination.yaml"), "ok").unwrap();
    let paging =
        dropshot.prepared_operations.iter().find(|o| o.operation_id == "project.list").and_then(|o| o.pagination.as_ref()).expect("paged");
    assert_eq!((paging.param.as_str(), paging.next.as_str(), paging.items.as_str()), ("page_token", "next_page", "items"));
    assert!(dropshot.code.contains("pub fn project_list_items<") && !dropshot.code.contains("project_list_stream"), "{}", dropshot.code);
    // One whose page is not dropshot's usual shape stays a plain operation instead of a refusal.
    let announce = dropshot.prepared_operations.iter().find(|o| o.operation_id == "announce.list").unwrap();
    assert!(announce.pagination.is_none() && !dropshot.code.contains("announce_list_stream"));
    // Nested inline enums whose values typify cannot name apart (it panicked) are hoisted, in a
    // body or deep in a component; an unambiguous one stays with typify.
    let nested = codegen::generate_file(&corpus("ok-nested-enum-collide.yaml"), "ok").unwrap().code;
    assert_eq!(
        variants(&nested, "GroupsPatchBodyOperationsItemOp"),
        ["AddLower", "Add", "RemoveLower", "Remove", "Unknown(::std::string::String)"]
    );
    assert_eq!(variants(&nested, "GroupMetaState"), ["OnLower", "OnUpper", "Off", "Unknown(::std::string::String)"]);
    // Several request media types: JSON is sent and the rest noted; another JSON type is sent
    // as JSON labelled with its own type; `+json` and `*/*` responses decode as JSON.
    let media = codegen::generate_file(&corpus("ok-media-types.yaml"), "ok-media-types.yaml").unwrap();
    let code: String = media.code.split_whitespace().collect();
    let content_type = |op: &str| media.prepared_operations.iter().find(|o| o.operation_id == op).unwrap().request_content_type.clone();
    assert_eq!(content_type("things.patch").as_deref(), Some("application/json-patch+json"));
    assert_eq!(content_type("things.put").as_deref(), Some("application/merge-patch+json"));
    assert_eq!(content_type("things.create"), None);
    assert!(code.contains(".header(::reqwest::header::CONTENT_TYPE,::reqwest::header::HeaderValue::from_static(\"application/json-patch+json\",),).json(&body)"), "{code}");
    assert!(media.code.contains("The request body is sent as `application/json`; the API also accepts `application/x-www-form-urlencoded`, `multipart/form-data`, which this client does not send."));
    assert!(media.code.contains("The request body is sent as `application/merge-patch+json`; the API also accepts `text/plain`"));
    assert_eq!(code.matches("Result<ResponseValue<types::Thing>,Error<()>>").count(), 3, "a JSON-alias response is not typed");
    assert!(code.contains("UnprocessableEntity(super::types::Problem)"), "a problem+json error is not typed");
    // The client asks for the success body's own type, not progenitor's `application/json`.
    let accept = |op: &str| media.prepared_operations.iter().find(|o| o.operation_id == op).unwrap().accept.clone();
    assert_eq!(accept("things.create").as_deref(), Some("application/vnd.api+json"));
    assert!(
        code.contains("::reqwest::header::ACCEPT,::reqwest::header::HeaderValue::from_static(\"application/vnd.api+json\",)"),
        "{code}"
    );
    assert_eq!(accept("things.patch").as_deref(), Some("*/*"));
    assert_eq!(accept("things.put").as_deref(), Some("application/hal+json"), "through a shared response");
    // OAuth 2 and OpenID Connect tokens are bearer tokens to the client.
    assert!(squeezed("ok-oauth2-and-basic.yaml").contains("\"things_get\"=>Some(::checkout_runtime::__private::AuthScheme::Bearer)"));
    // A `default` response beside a 2xx is the error body for every undocumented status.
    let output = codegen::generate_file(&corpus("ok-default-beside-2xx.yaml"), "ok").unwrap();
    let errors = &output.prepared_operations[0].errors;
    assert_eq!(errors.iter().map(|e| e.status.to_string()).collect::<Vec<_>>(), ["404", "5XX", "default"]);
    // The error enum's `decode` tries the exact status, then the range, then `default`: the
    // order `checkout_runtime::operation_error!` (doctested there) takes its arms in.
    let squeezed: String = output.code.split_whitespace().collect();
    assert!(
        squeezed.contains("operation_error!(ThingsGetError{404=>NotFound:json,500..=599=>ServerError:empty,}elseDefault:json);"),
        "{}",
        &output.code[output.code.find("pub mod errors").unwrap_or(0)..]
    );
}

/// A spec with 250 operations and 750 schemas generates (and is not refused for its size).
#[test]
fn a_very_large_spec_generates() {
    let mut yaml = String::from("openapi: 3.0.3\ninfo: {title: Large, version: '1'}\npaths:\n");
    for i in 0..250 {
        yaml.push_str(&format!(
            "  /r{i}/{{id}}:\n    get:\n      operationId: r{i}.get\n      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n      responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{i}'}}}}}}}}\n        '404': {{description: missing, content: {{application/json: {{schema: {{$ref: '#/components/schemas/E{i}'}}}}}}}}\n"
        ));
    }
    yaml.push_str("components:\n  schemas:\n");
    for i in 0..250 {
        yaml.push_str(&format!(
            "    R{i}: {{type: object, required: [id], properties: {{id: {{type: string}}, n: {{type: integer}}, child: {{$ref: '#/components/schemas/C{i}'}}}}}}\n    C{i}: {{type: object, properties: {{kind: {{type: string, enum: [x{i}, y{i}]}}}}}}\n    E{i}: {{type: object, properties: {{detail: {{type: string}}}}}}\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.yaml");
    std::fs::write(&path, &yaml).unwrap();
    let output = codegen::generate_file(&path, "large.yaml").unwrap();
    assert_eq!(output.prepared_operations.len(), 250);
    assert!(output.code.contains("pub struct R249") && output.code.contains("pub enum C249Kind"));
}
