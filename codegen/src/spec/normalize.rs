//! Part of stage 1, *load*: an OpenAPI 3.1 document is rewritten in place into the 3.0 the rest
//! of the pipeline (and progenitor) reads. Nodes are changed where they are, never moved, so a
//! JSON pointer into the result still names the same line of the original file.
//!
//! Rewritten in schemas: a `$ref` with siblings (wrapped in `allOf`), `type` arrays (`[T, "null"]` → `type: T, nullable: true`; several types
//! → `anyOf`), a `{type: "null"}` member of `anyOf`/`oneOf` (removed, the parent `nullable`),
//! `const` → a one-value `enum`, numeric `exclusiveMinimum`/`exclusiveMaximum` → the 3.0 pair,
//! an `examples` list → `example`, and JSON Schema keywords 3.0 lacks are dropped
//! (`$schema`, `$id`, `$comment`, `contentMediaType`, `unevaluatedProperties`…). At the top:
//! `webhooks`, `jsonSchemaDialect`, `info.summary`, `info.license.identifier` and
//! `components.pathItems` are dropped and a missing `paths` is added.

use serde_json::{Map, Value, json};

/// JSON Schema keywords of OpenAPI 3.1 with no 3.0 equivalent that matters to a client.
const DROPPED: [&str; 21] = [
    // Not JSON Schema at all, but emitted by some generators (Pydantic) beside `enum`.
    "enumNames",
    "$schema",
    "$id",
    "$comment",
    "$anchor",
    "$dynamicAnchor",
    "$dynamicRef",
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
    "unevaluatedProperties",
    "unevaluatedItems",
    "prefixItems",
    "dependentRequired",
    "dependentSchemas",
    "propertyNames",
    "patternProperties",
    "contains",
    "minContains",
    "maxContains",
    "if",
];

/// Whether `raw` declares OpenAPI 3.1.
pub fn is_3_1(raw: &Value) -> bool {
    raw.get("openapi").and_then(Value::as_str).is_some_and(|v| v.starts_with("3.1."))
}

/// Rewrites a 3.1 document into 3.0.3 in place (see the module documentation).
pub fn to_3_0(raw: &mut Value) {
    let Some(doc) = raw.as_object_mut() else { return };
    doc.insert("openapi".into(), json!("3.0.3"));
    for key in ["webhooks", "jsonSchemaDialect"] {
        doc.remove(key);
    }
    doc.entry("paths").or_insert_with(|| json!({}));
    if let Some(Value::Object(info)) = doc.get_mut("info") {
        info.remove("summary");
        if let Some(Value::Object(license)) = info.get_mut("license") {
            license.remove("identifier");
        }
    }
    if let Some(Value::Object(components)) = doc.get_mut("components") {
        components.remove("pathItems");
        if let Some(Value::Object(schemas)) = components.get_mut("schemas") {
            schemas.values_mut().for_each(schema);
        }
    }
    for key in ["paths", "components"] {
        if let Some(node) = doc.get_mut(key) {
            find_schemas(node);
        }
    }
}

/// Finds the schemas outside `components/schemas`: under every `schema` key (parameters, media
/// types, headers).
fn find_schemas(node: &mut Value) {
    match node {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if key == "schema" {
                    schema(value);
                } else if key != "schemas" {
                    find_schemas(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(find_schemas),
        _ => {}
    }
}

/// Rewrites one schema and the schemas inside it.
fn schema(node: &mut Value) {
    let Value::Object(map) = node else { return };
    // 3.1 lets a `$ref` carry siblings (a description, a default); 3.0 ignores them. Wrapped in
    // `allOf`, they keep their meaning.
    if map.len() > 1
        && let Some(reference) = map.remove("$ref")
    {
        map.insert("allOf".into(), json!([{ "$ref": reference }]));
    }
    for key in DROPPED {
        map.remove(key);
    }
    for key in ["then", "else"] {
        map.remove(key);
    }
    if let Some(Value::Object(defs)) = map.get_mut("$defs") {
        defs.values_mut().for_each(schema);
    }
    type_array(map);
    if let Some(value) = map.remove("const") {
        map.insert("enum".into(), Value::Array(vec![value]));
    }
    for (exclusive, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
        if let Some(limit) = map.get(exclusive).filter(|v| v.is_number()).cloned() {
            map.insert(bound.into(), limit);
            map.insert(exclusive.into(), json!(true));
        }
    }
    if let Some(Value::Array(examples)) = map.remove("examples")
        && let Some(first) = examples.into_iter().next()
    {
        map.entry("example").or_insert(first);
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(members)) = map.get_mut(key) {
            let before = members.len();
            members.retain(|m| !is_null_schema(m));
            if members.len() < before {
                map.insert("nullable".into(), json!(true));
            }
        }
    }
    // An `anyOf` left with one member (`anyOf: [{$ref}, {type: null}]`) is that member.
    for key in ["anyOf", "oneOf"] {
        if matches!(map.get(key), Some(Value::Array(members)) if members.len() == 1) {
            let Some(Value::Array(mut members)) = map.remove(key) else { continue };
            map.insert("allOf".into(), Value::Array(vec![members.remove(0)]));
        }
    }
    if map.get("type").and_then(Value::as_str) == Some("null") {
        map.remove("type");
        map.insert("nullable".into(), json!(true));
        map.insert("enum".into(), json!([null]));
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(members)) = map.get_mut(key) {
            members.iter_mut().for_each(schema);
        }
    }
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        props.values_mut().for_each(schema);
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get_mut(key) {
            schema(child);
        }
    }
}

/// `type: [T, "null"]` → `type: T, nullable: true`; several non-null types → an `anyOf` of each.
fn type_array(map: &mut Map<String, Value>) {
    let Some(Value::Array(types)) = map.get("type").cloned() else { return };
    let names: Vec<&str> = types.iter().filter_map(Value::as_str).collect();
    let concrete: Vec<&str> = names.iter().copied().filter(|t| *t != "null").collect();
    if concrete.len() < names.len() {
        map.insert("nullable".into(), json!(true));
    }
    match concrete.as_slice() {
        [] => {
            map.remove("type");
            map.insert("enum".into(), json!([null]));
        }
        [one] => {
            map.insert("type".into(), json!(one));
        }
        many => {
            map.remove("type");
            map.insert("anyOf".into(), Value::Array(many.iter().map(|t| json!({ "type": t })).collect()));
        }
    }
}

/// `{type: "null"}` or `{type: ["null"]}`, alone or with a description.
fn is_null_schema(node: &Value) -> bool {
    let Some(map) = node.as_object() else { return false };
    let null_type = match map.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(types)) => types.len() == 1 && types[0] == "null",
        _ => false,
    };
    null_type && map.keys().all(|k| matches!(k.as_str(), "type" | "description" | "title"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(schema_json: Value) -> Value {
        let mut doc = json!({ "openapi": "3.1.0", "info": {"title": "t", "version": "1", "summary": "s"}, "components": { "schemas": { "S": schema_json } }, "webhooks": {} });
        to_3_0(&mut doc);
        assert_eq!(doc["openapi"], "3.0.3");
        assert!(doc.get("webhooks").is_none() && doc["info"].get("summary").is_none() && doc["paths"] == json!({}));
        doc["components"]["schemas"]["S"].take()
    }

    #[test]
    fn type_arrays_become_nullable_or_any_of() {
        assert_eq!(normalized(json!({"type": ["string", "null"]})), json!({"type": "string", "nullable": true}));
        assert_eq!(normalized(json!({"type": ["string", "integer"]})), json!({"anyOf": [{"type": "string"}, {"type": "integer"}]}));
        assert_eq!(normalized(json!({"type": "null"})), json!({"nullable": true, "enum": [null]}));
    }

    #[test]
    fn a_null_member_of_any_of_makes_the_parent_nullable() {
        assert_eq!(
            normalized(json!({"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}], "description": "d"})),
            json!({"allOf": [{"$ref": "#/components/schemas/T"}], "nullable": true, "description": "d"})
        );
        assert_eq!(
            normalized(json!({"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]})),
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}], "nullable": true})
        );
    }

    #[test]
    fn const_bounds_examples_and_unknown_keywords() {
        assert_eq!(
            normalized(json!({"type": "string", "const": "x", "$schema": "s", "contentMediaType": "m"})),
            json!({"type": "string", "enum": ["x"]})
        );
        assert_eq!(
            normalized(json!({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10})),
            json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 10, "exclusiveMaximum": true})
        );
        assert_eq!(normalized(json!({"type": "string", "examples": ["a", "b"]})), json!({"type": "string", "example": "a"}));
        assert_eq!(
            normalized(json!({"$ref": "#/components/schemas/T", "description": "d"})),
            json!({"allOf": [{"$ref": "#/components/schemas/T"}], "description": "d"})
        );
    }

    #[test]
    fn nested_schemas_and_schemas_outside_components_are_rewritten() {
        let mut doc = json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"get": {"parameters": [{"name": "q", "in": "query", "schema": {"type": ["integer", "null"]}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"type": {"type": ["string", "null"]}, "const": {"const": 1}}}}}}}}}}
        });
        to_3_0(&mut doc);
        assert_eq!(doc.pointer("/paths/~1x/get/parameters/0/schema").unwrap(), &json!({"type": "integer", "nullable": true}));
        let props = doc.pointer("/paths/~1x/get/responses/200/content/application~1json/schema/properties").unwrap();
        assert_eq!(props, &json!({"type": {"type": "string", "nullable": true}, "const": {"enum": [1]}}));
    }
}
