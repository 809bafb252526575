//! The bounds a spec declares on request values, read from the document as written (the rewrite
//! for progenitor moves them into descriptions): per parameter, and for the body at each path
//! below it. The client checks them before it sends anything.

use serde_json::Value;

use crate::openapi::resolve;

/// A bound on a request value (the runtime's `checkout_runtime::bounds::Bound`).
#[derive(Debug, Clone, PartialEq)]
pub enum Bound {
    /// `minLength`.
    MinLength(u64),
    /// `maxLength`.
    MaxLength(u64),
    /// `minimum`.
    Minimum(f64),
    /// `maximum`.
    Maximum(f64),
    /// `minimum` with `exclusiveMinimum: true`.
    ExclusiveMinimum(f64),
    /// `maximum` with `exclusiveMaximum: true`.
    ExclusiveMaximum(f64),
    /// `pattern`.
    Pattern(String),
    /// `enum` of strings, each as its JSON text.
    OneOf(Vec<String>),
    /// `minItems`.
    MinItems(u64),
    /// `maxItems`.
    MaxItems(u64),
    /// `maxProperties`.
    MaxEntries(u64),
}

/// One bound at one place: `path` below the value (`customer_name`, `metadata/*`), `/` between
/// levels and `*` for every item or entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Where.
    pub path: String,
    /// What.
    pub bound: Bound,
}

/// How deep the walk goes into nested request types (a recursive schema stops there).
const DEPTH: usize = 8;

/// The rules of `schema` in `raw` and of everything it holds: `$ref`s followed, `allOf` members
/// merged, a `oneOf`/`anyOf` member only where it is the one member of its JSON type (else which
/// one applies depends on the value); anything below `DEPTH` or a `$ref` already being walked is
/// left out.
pub fn rules(raw: &Value, schema: &Value) -> Vec<Rule> {
    let mut out = Vec::new();
    walk(raw, schema, String::new(), &mut Vec::new(), &mut out);
    out
}

fn walk<'a>(raw: &'a Value, schema: &'a Value, path: String, refs: &mut Vec<&'a str>, out: &mut Vec<Rule>) {
    if refs.len() > DEPTH {
        return;
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        if refs.contains(&reference) {
            return;
        }
        if let Some(target) = resolve(raw, reference) {
            refs.push(reference);
            walk(raw, target, path, refs, out);
            refs.pop();
        }
        return;
    }
    let Some(map) = schema.as_object() else { return };
    let number = |key: &str| map.get(key).and_then(Value::as_f64);
    let count = |key: &str| map.get(key).and_then(Value::as_u64);
    let mut add = |bound: Bound| out.push(Rule { path: path.clone(), bound });
    if let Some(n) = count("minLength").filter(|n| *n > 0) {
        add(Bound::MinLength(n));
    }
    if let Some(n) = count("maxLength") {
        add(Bound::MaxLength(n));
    }
    let exclusive = |key: &str| map.get(key) == Some(&Value::Bool(true));
    if let Some(n) = number("minimum") {
        add(if exclusive("exclusiveMinimum") { Bound::ExclusiveMinimum(n) } else { Bound::Minimum(n) });
    }
    if let Some(n) = number("maximum") {
        add(if exclusive("exclusiveMaximum") { Bound::ExclusiveMaximum(n) } else { Bound::Maximum(n) });
    }
    if let Some(pattern) = map.get("pattern").and_then(Value::as_str) {
        add(Bound::Pattern(pattern.to_owned()));
    }
    if let Some(Value::Array(values)) = map.get("enum")
        && !values.is_empty()
        && values.iter().all(|v| v.is_string() || v.is_null())
    {
        add(Bound::OneOf(values.iter().filter(|v| v.is_string()).map(Value::to_string).collect()));
    }
    if let Some(n) = count("minItems").filter(|n| *n > 0) {
        add(Bound::MinItems(n));
    }
    if let Some(n) = count("maxItems") {
        add(Bound::MaxItems(n));
    }
    if let Some(n) = count("maxProperties") {
        add(Bound::MaxEntries(n));
    }
    let below = |key: &str| if path.is_empty() { key.to_owned() } else { format!("{path}/{key}") };
    for member in map.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        walk(raw, member, path.clone(), refs, out);
    }
    // Of a `oneOf`/`anyOf`, a member that is the only one of its JSON type is the one any value
    // of that type is checked against (a string member's length, beside a number member).
    for key in ["oneOf", "anyOf"] {
        let members: Vec<&Value> = map.get(key).and_then(Value::as_array).into_iter().flatten().collect();
        let kinds: Vec<Option<&str>> = members.iter().map(|m| kind(raw, m)).collect();
        for (member, kind) in members.iter().zip(&kinds) {
            if kind.is_some() && kinds.iter().filter(|k| *k == kind).count() == 1 {
                walk(raw, member, path.clone(), refs, out);
            }
        }
    }
    for (name, property) in map.get("properties").and_then(Value::as_object).into_iter().flatten() {
        walk(raw, property, below(&name.replace('/', "~1")), refs, out);
    }
    if let Some(items) = map.get("items") {
        walk(raw, items, below("*"), refs, out);
    }
    if let Some(values @ Value::Object(_)) = map.get("additionalProperties") {
        walk(raw, values, below("*"), refs, out);
    }
}

/// The JSON type a schema takes (`integer` and `number` are one), `$ref`s followed once.
fn kind<'a>(raw: &'a Value, schema: &'a Value) -> Option<&'a str> {
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => resolve(raw, reference)?,
        None => schema,
    };
    match schema.get("type")?.as_str()? {
        "integer" | "number" => Some("number"),
        other => Some(other),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn every_kind_of_bound_at_its_path() {
        let raw = json!({"components": {"schemas": {
            "Name": {"type": "string", "maxLength": 256},
            "Body": {"type": "object", "properties": {
                "name": {"$ref": "#/components/schemas/Name"},
                "limit": {"type": "integer", "minimum": 0, "exclusiveMinimum": true, "maximum": 100},
                "code": {"type": "string", "pattern": "^[a-z]+$", "minLength": 2},
                "status": {"type": "string", "enum": ["open", "closed", null]},
                "products": {"type": "array", "items": {"type": "string", "format": "uuid"}, "minItems": 1, "maxItems": 10},
                "metadata": {"type": "object", "maxProperties": 50, "additionalProperties": {"type": "string", "maxLength": 500}},
                "next": {"$ref": "#/components/schemas/Body"},
                "either": {"oneOf": [{"type": "string", "maxLength": 1}, {"type": "string", "maxLength": 2}]},
                "value": {"oneOf": [{"type": "string", "maxLength": 500}, {"type": "integer", "maximum": 9}, {"type": "number", "maximum": 8}]}
            }}
        }}});
        let rules = rules(&raw, &json!({"$ref": "#/components/schemas/Body"}));
        let at = |path: &str| rules.iter().filter(|r| r.path == path).map(|r| r.bound.clone()).collect::<Vec<_>>();
        assert_eq!(at("name"), [Bound::MaxLength(256)]);
        assert_eq!(at("limit"), [Bound::ExclusiveMinimum(0.0), Bound::Maximum(100.0)]);
        assert_eq!(at("code"), [Bound::MinLength(2), Bound::Pattern("^[a-z]+$".into())]);
        assert_eq!(at("status"), [Bound::OneOf(vec!["\"open\"".into(), "\"closed\"".into()])]);
        assert_eq!(at("products"), [Bound::MinItems(1), Bound::MaxItems(10)]);
        assert_eq!(at("metadata"), [Bound::MaxEntries(50)]);
        assert_eq!(at("metadata/*"), [Bound::MaxLength(500)]);
        // A recursive schema is walked once; a union member's bounds depend on the member.
        assert!(rules.iter().all(|r| !r.path.starts_with("next")), "{rules:?}");
        assert!(at("either").is_empty());
        // A member alone of its JSON type is the one its values meet; two numeric ones are not.
        assert_eq!(at("value"), [Bound::MaxLength(500)]);
    }
}
