//! The progenitor/typify traps the pipeline defeats, each shown on a minimal spec so that a
//! regression in the prepare or extend stage fails here, naming the trap.

use checkout_sdk_tests::model_of_text;

fn spec(schemas: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /x:\n    post:\n      operationId: x\n      requestBody:\n        content:\n          application/json:\n            schema: {{$ref: '#/components/schemas/Body'}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/Out'}}\ncomponents:\n  schemas:\n    Body: {{type: object, properties: {{n: {{type: integer}}}}}}\n{schemas}"
    )
}

/// typify names inline enums from `title`: two properties titled alike collapsed into one enum
/// holding only the first values, which then rejected every other payload.
#[test]
fn inline_enums_titled_alike_stay_distinct() {
    let model = model_of_text(&spec(
        "    Out:\n      type: object\n      properties:\n        a: {title: AmountType, type: string, enum: [fixed, custom]}\n        b: {title: AmountType, type: string, enum: [free, metered_unit]}\n",
    ))
    .unwrap();
    assert!(model.contains("enum OutA\n  Fixed = \"fixed\"\n  Custom = \"custom\"\n"), "{model}");
    assert!(model.contains("enum OutB\n  Free = \"free\"\n  MeteredUnit = \"metered_unit\"\n"), "{model}");
    assert!(!model.contains("AmountType"), "{model}");
}

/// typify leaves `format: uuid4` as `String`.
#[test]
fn uuid4_is_a_uuid() {
    let model = model_of_text(&spec("    Out: {type: object, required: [id], properties: {id: {type: string, format: uuid4}}}\n")).unwrap();
    assert!(model.contains("  id: uuid::Uuid as \"id\"\n"), "{model}");
}

/// typify fills `default`s into request structs, so they are sent although the caller never set
/// them; the pipeline keeps the field optional and states the default in its docs instead.
#[test]
fn request_defaults_are_not_injected() {
    let yaml = spec("    Out: {type: object}\n").replace(
        "Body: {type: object, properties: {n: {type: integer}}}",
        "Body: {type: object, properties: {allow: {type: boolean, default: true}}}",
    );
    let model = model_of_text(&yaml).unwrap();
    assert!(model.contains("struct Body\n  allow: Option<bool> as \"allow\"\n"), "{model}");
}

/// typify makes `oneOf` untagged (first match wins); with a discriminator the pipeline dispatches
/// on the tag and keeps unknown tags.
#[test]
fn a_discriminated_union_dispatches_on_its_tag() {
    let model = model_of_text(&spec(
        "    Out:\n      oneOf: [{$ref: '#/components/schemas/Once'}, {$ref: '#/components/schemas/Repeat'}]\n      discriminator: {propertyName: duration, mapping: {once: '#/components/schemas/Once', repeating: '#/components/schemas/Repeat'}}\n    Once: {type: object, required: [duration], properties: {duration: {type: string, enum: [once]}}}\n    Repeat: {type: object, required: [duration], properties: {duration: {type: string, enum: [repeating]}, months: {type: integer}}}\n",
    ))
    .unwrap();
    assert!(model.contains("enum Out\n  Once(Once) when `duration` is `once`\n  Repeating(Repeat) when `duration` is `repeating`\n  Unknown(serde_json::Value) for any other value, kept verbatim\n"), "{model}");
    assert!(!model.contains("[untagged]\n  Once"), "{model}");
}

/// Enum values that sanitize to the same Rust name get distinct variants, not merged or refused;
/// names given with `x-enum-varnames` that collide are refused with the fix.
#[test]
fn colliding_enum_variants_get_distinct_names_and_given_names_must_differ() {
    let model = model_of_text(&spec("    Out: {type: string, enum: [created_at, -created_at]}\n")).unwrap();
    assert!(model.contains("  CreatedAt = \"created_at\"\n  MinusCreatedAt = \"-created_at\"\n"), "{model}");
    let err = model_of_text(&spec("    Out: {type: string, enum: [a, b], x-enum-varnames: [Same, Same]}\n")).unwrap_err().to_string();
    assert!(err.contains("spec/test.yaml:"), "{err}");
    assert!(err.contains("(at #/components/schemas/Out): enum values `a` and `b` both become the variant `Same`; name the variants with `x-enum-varnames`"), "{err}");
}

/// A discriminator mapping that names a schema outside the `oneOf` is refused with its location.
#[test]
fn a_mapping_outside_the_one_of_is_refused() {
    let err = model_of_text(&spec(
        "    Out:\n      oneOf: [{$ref: '#/components/schemas/A'}]\n      discriminator: {propertyName: t, mapping: {b: '#/components/schemas/B'}}\n    A: {type: object, properties: {t: {type: string}}}\n    B: {type: object, properties: {t: {type: string}}}\n",
    ))
    .unwrap_err()
    .to_string();
    assert!(err.contains("(at #/components/schemas/Out/discriminator/mapping/b): mapping `b` points at `#/components/schemas/B`, which is not a member of the `oneOf`"), "{err}");
}

/// The same trap for inline objects: two properties titled alike must not share one struct.
#[test]
fn inline_objects_titled_alike_stay_distinct() {
    let model = model_of_text(&spec(
        "    Out:\n      type: object\n      properties:\n        a: {title: Details, type: object, required: [x], properties: {x: {type: integer}}}\n        b: {title: Details, type: object, required: [y], properties: {y: {type: boolean}}}\n",
    ))
    .unwrap();
    assert!(model.contains("  a: Option<OutA> as \"a\"\n") && model.contains("  b: Option<OutB> as \"b\"\n"), "{model}");
    assert!(model.contains("struct OutA\n  x: i64 as \"x\"\n") && model.contains("struct OutB\n  y: bool as \"y\"\n"), "{model}");
}
