//! Example values: one JSON document per component schema, built from the spec's own `example`s
//! and, where it gives none, from the types and constraints (the first enum value, a minimum,
//! a format's typical shape). The `mock` feature's `example()` constructors decode them, so a
//! test writes `Checkout { status: Succeeded, ..Checkout::example() }` instead of JSON.
//!
//! Deterministic and local: the same spec gives the same examples, and an edit changes only the
//! examples of what it touches. An id is derived from where it stands (`Checkout.customer_id`),
//! not numbered in document order, so adding a field does not renumber every later id (which
//! would show in review as a change to every later example, and change what users' tests see).
//!
//! Each example is flat: a property whose schema is another component is written
//! `{"$example": "<Name>"}`, which `checkout_runtime::mock` replaces with that component's example
//! when it decodes one. Each component's example is then written once, not again inside every
//! schema that contains it.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

/// How deep nested objects are filled before optional properties are left out (and unions and
/// arrays shrink to what is required), so recursive schemas end.
const DEPTH: usize = 8;

/// The key of a reference to another component's example.
pub const REFERENCE: &str = "$example";

/// `(component schema name, example JSON)` for every schema in `schemas` (`components.schemas`).
pub fn example_values(schemas: &Map<String, Value>) -> BTreeMap<String, Value> {
    let maker = Maker { schemas };
    schemas.iter().map(|(name, schema)| (name.clone(), maker.value(schema, name, name, 0))).collect()
}

/// The component a `$ref` names, when it names one of `schemas`.
fn component<'a>(schemas: &Map<String, Value>, schema: &'a Value) -> Option<&'a str> {
    let name = schema.get("$ref")?.as_str()?.strip_prefix("#/components/schemas/")?;
    schemas.contains_key(name).then_some(name)
}

struct Maker<'a> {
    schemas: &'a Map<String, Value>,
}

/// A UUID (version 4 in shape) for the value at `path`: the low 48 bits of the path's 64-bit
/// FNV-1a hash, which is fixed by its definition (unlike std's `Hasher`s).
fn uuid_at(path: &str) -> String {
    let hash = path.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("00000000-0000-4000-8000-{:012x}", hash & 0xffff_ffff_ffff)
}

impl<'a> Maker<'a> {
    fn resolve<'b>(&self, schema: &'b Value) -> &'b Value
    where
        'a: 'b,
    {
        let mut schema = schema;
        for _ in 0..16 {
            match schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/components/schemas/")) {
                Some(name) => match self.schemas.get(name) {
                    Some(target) => schema = target,
                    None => break,
                },
                None => break,
            }
        }
        schema
    }

    /// An example of `schema`; `name` is the property (or schema) it is for, to shape strings, and
    /// `path` where it stands (`Checkout.products[]`), to make its ids.
    fn value(&self, schema: &Value, name: &str, path: &str, depth: usize) -> Value {
        if depth > 0
            && let Some(target) = component(self.schemas, schema)
        {
            return json!({ REFERENCE: target });
        }
        let schema = self.resolve(schema);
        if let Some(example) = schema.get("example") {
            return example.clone();
        }
        if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|values| values.iter().find(|v| !v.is_null())) {
            return first.clone();
        }
        if let Some(default) = schema.get("default").filter(|d| !d.is_null()) {
            return default.clone();
        }
        if let Some(members) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for member in members {
                // Merged, so read through a reference rather than naming it.
                match self.value(self.resolve(member), name, path, depth) {
                    Value::Object(fields) => merged.extend(fields),
                    // `allOf: [$ref]` used to add a description: the member is the value.
                    other if members.len() == 1 => return other,
                    _ => {}
                }
            }
            return self.object(schema, merged, path, depth);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(members) = schema.get(key).and_then(Value::as_array) {
                // Inlined (not named), so the discriminator's tag can be added to it.
                let mut value = members
                    .iter()
                    .map(|m| self.resolve(m))
                    .find(|m| !is_null_only(m))
                    .map_or(Value::Null, |m| self.value(m, name, path, depth));
                // The discriminator's tag for the member chosen, when the mapping names it.
                if let (Some(property), Some(first)) =
                    (schema.pointer("/discriminator/propertyName").and_then(Value::as_str), members.first())
                    && let (Some(target), Value::Object(fields)) = (first.get("$ref").and_then(Value::as_str), &mut value)
                    && let Some(tag) = schema
                        .pointer("/discriminator/mapping")
                        .and_then(Value::as_object)
                        .and_then(|mapping| mapping.iter().find(|(_, to)| to.as_str() == Some(target)).map(|(tag, _)| tag.clone()))
                {
                    fields.entry(property.to_owned()).or_insert(Value::String(tag));
                }
                return value;
            }
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => self.object(schema, Map::new(), path, depth),
            Some("array") => {
                // As many as the schema asks for (a fixed-length array), else one.
                let wanted = schema.get("minItems").and_then(Value::as_u64).unwrap_or(if depth < DEPTH { 1 } else { 0 });
                let count = wanted.min(schema.get("maxItems").and_then(Value::as_u64).unwrap_or(u64::MAX)).min(64);
                let items = schema.get("items").cloned().unwrap_or(Value::Null);
                let path = format!("{path}[]");
                Value::Array(
                    (0..count)
                        .map(|i| {
                            self.value(&items, name, &format!("{path}{}", if i == 0 { String::new() } else { i.to_string() }), depth + 1)
                        })
                        .collect(),
                )
            }
            Some("string") => self.string(schema, name, path),
            Some("integer") => json!(number(schema) as i64),
            Some("number") => json!(number(schema)),
            Some("boolean") => Value::Bool(false),
            _ if schema.get("properties").is_some() => self.object(schema, Map::new(), path, depth),
            _ if schema.get("nullable").and_then(Value::as_bool) == Some(true) => Value::Null,
            _ => json!({}),
        }
    }

    /// An object: every property (only the required ones past [`DEPTH`]), on top of `fields`.
    fn object(&self, schema: &Value, mut fields: Map<String, Value>, path: &str, depth: usize) -> Value {
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (property, sub) in properties {
                if depth >= DEPTH && !required.contains(&property.as_str()) {
                    continue;
                }
                let value = self.value(sub, property, &format!("{path}.{property}"), depth + 1);
                fields.insert(property.clone(), value);
            }
        }
        Value::Object(fields)
    }

    fn string(&self, schema: &Value, name: &str, path: &str) -> Value {
        let text = match schema.get("format").and_then(Value::as_str) {
            Some("uuid") => uuid_at(path),
            Some("date-time") => "2026-01-15T09:30:00Z".to_owned(),
            Some("date") => "2026-01-15".to_owned(),
            Some("email") => "customer@example.com".to_owned(),
            Some("uri" | "url") => "https://example.com/".to_owned(),
            Some("ipv4" | "ip") => "192.0.2.1".to_owned(),
            Some("ipv6") => "2001:db8::1".to_owned(),
            _ if name.ends_with("url") || name.ends_with("Url") => "https://example.com/".to_owned(),
            _ if name.ends_with("email") || name.ends_with("Email") => "customer@example.com".to_owned(),
            _ if name.ends_with("ip_address") || name.ends_with("IpAddress") => "192.0.2.1".to_owned(),
            _ if name.contains("currency") || name.contains("Currency") => "usd".to_owned(),
            _ if name.contains("country") || name.contains("Country") => "US".to_owned(),
            _ => format!("example {}", name.replace('_', " ")),
        };
        let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = schema.get("maxLength").and_then(Value::as_u64).map_or(usize::MAX, |m| m as usize);
        let mut text: String = text.chars().take(max).collect();
        while text.chars().count() < min {
            text.push('x');
        }
        Value::String(text)
    }
}

fn is_null_only(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null") || schema.get("enum").is_some_and(|e| e == &json!([null]))
}

/// A number inside the schema's bounds: its minimum (just above an exclusive one), else 1 (or the
/// maximum, when that is below 1).
fn number(schema: &Value) -> f64 {
    let exclusive = schema.get("exclusiveMinimum").and_then(Value::as_bool) == Some(true);
    let value = match schema.get("minimum").and_then(Value::as_f64) {
        Some(min) if exclusive => min + 1.0,
        Some(min) => min.max(if min <= 1.0 && schema.get("maximum").and_then(Value::as_f64).is_none_or(|m| m >= 1.0) { 1.0 } else { min }),
        None => 1.0,
    };
    match schema.get("maximum").and_then(Value::as_f64) {
        Some(max) if value > max => max,
        _ => value,
    }
}

/// Renames every reference in `value` (`{"$example": "name"}`) with `rename` (to Rust type names).
pub fn rename_references(value: &mut Value, rename: &dyn Fn(&str) -> String) {
    match value {
        Value::Object(map) => {
            if map.len() == 1
                && let Some(Value::String(target)) = map.get_mut(REFERENCE)
            {
                *target = rename(target);
                return;
            }
            map.values_mut().for_each(|v| rename_references(v, rename));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rename_references(v, rename)),
        _ => {}
    }
}
