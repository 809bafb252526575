//! Schema rewrites of the model stage (titles, `uuid4`, defaults and bounds into the docs,
//! hoisted inline enums) and what is read from the rewritten schemas: which fields are
//! three-state, which are secret.

use super::*;

/// Calls `f` on every schema object in the document: component schemas, parameter, body and
/// response schemas, and every schema nested in those.
pub(super) fn for_each_schema(raw: &mut Value, f: &mut dyn FnMut(&mut Map<String, Value>)) {
    fn schema(node: &mut Value, f: &mut dyn FnMut(&mut Map<String, Value>)) {
        let Value::Object(map) = node else { return };
        if map.contains_key("$ref") {
            return;
        }
        f(map);
        for key in ["items", "additionalProperties", "not"] {
            if let Some(child) = map.get_mut(key) {
                schema(child, f);
            }
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            if let Some(Value::Array(items)) = map.get_mut(key) {
                items.iter_mut().for_each(|c| schema(c, f));
            }
        }
        if let Some(Value::Object(props)) = map.get_mut("properties") {
            props.values_mut().for_each(|c| schema(c, f));
        }
    }
    fn content(node: Option<&mut Value>, f: &mut dyn FnMut(&mut Map<String, Value>)) {
        if let Some(Value::Object(media)) = node {
            for m in media.values_mut() {
                if let Some(s) = m.get_mut("schema") {
                    schema(s, f);
                }
            }
        }
    }
    fn parameters(node: Option<&mut Value>, f: &mut dyn FnMut(&mut Map<String, Value>)) {
        if let Some(Value::Array(params)) = node {
            for p in params {
                if let Some(s) = p.get_mut("schema") {
                    schema(s, f);
                }
            }
        }
    }
    if let Some(Value::Object(paths)) = raw.get_mut("paths") {
        for item in paths.values_mut() {
            parameters(item.get_mut("parameters"), f);
            let Value::Object(item) = item else { continue };
            for (method, op) in item.iter_mut() {
                if Method::from_key(method).is_none() {
                    continue;
                }
                parameters(op.get_mut("parameters"), f);
                content(op.get_mut("requestBody").and_then(|b| b.get_mut("content")), f);
                if let Some(Value::Object(responses)) = op.get_mut("responses") {
                    for r in responses.values_mut() {
                        content(r.get_mut("content"), f);
                    }
                }
            }
        }
    }
    if let Some(components) = raw.get_mut("components") {
        for kind in ["schemas", "parameters", "requestBodies", "responses"] {
            let Some(Value::Object(entries)) = components.get_mut(kind) else { continue };
            for entry in entries.values_mut() {
                match kind {
                    "schemas" => schema(entry, f),
                    "parameters" => {
                        if let Some(s) = entry.get_mut("schema") {
                            schema(s, f)
                        }
                    }
                    _ => content(entry.get_mut("content"), f),
                }
            }
        }
    }
}

pub(super) fn rewrite_schema(map: &mut Map<String, Value>) {
    if let Some(Value::String(title)) = map.remove("title")
        && !map.contains_key("description")
    {
        map.insert("description".into(), Value::String(title));
    }
    if map.get("format").and_then(Value::as_str) == Some("uuid4") {
        map.insert("format".into(), json!("uuid"));
    }
    if let Some(default) = map.remove("default") {
        append_note(map, format!("Defaults to `{default}` when not sent."));
    }
    if let Some(note) = unchecked_bounds(map) {
        append_note(map, note);
    }
    // `{nullable: true, enum: [null]}` (3.1's `type: null`): typify makes it `()`, which is always
    // sent as `null` even when the caller set nothing. Any JSON value instead: optional when the
    // key is, and sent only when set.
    if matches!(map.get("enum"), Some(Value::Array(values)) if !values.is_empty() && values.iter().all(Value::is_null)) {
        map.remove("enum");
        map.remove("type");
        map.insert("nullable".into(), json!(true));
        append_note(map, "Always `null` in the API's schema.".to_owned());
    }
    // typify makes an `anyOf` a struct of flattened optional members, which can only decode an
    // object: `anyOf: [date-time, "now"]` would refuse every value the API sends. Of members that
    // are all inline scalars or arrays at most one can hold any one value's shape, so it is the
    // untagged `oneOf` (tried member by member) that decodes them.
    if let Some(Value::Array(members)) = map.get("anyOf")
        && !members.is_empty()
        && members.iter().all(|m| {
            m.get("$ref").is_none()
                && matches!(m.get("type").and_then(Value::as_str), Some("string" | "integer" | "number" | "boolean" | "array"))
        })
        && !map.contains_key("oneOf")
        && let Some(members) = map.remove("anyOf")
    {
        map.insert("oneOf".into(), members);
    }
    // typify checks a `pattern` with the `regress` crate, which a generated crate does not depend
    // on (it would not compile); the pattern is documented instead, and the server checks it.
    if let Some(Value::String(pattern)) = map.remove("pattern") {
        append_note(map, format!("Matches the pattern `{pattern}`; the server refuses other values."));
    }
}

/// Whether typify makes `schema` a bare `Vec` or `Map` (an inline, non-nullable array, or an
/// object without properties).
fn is_bare_collection(schema: &Map<String, Value>) -> bool {
    if schema.get("nullable").and_then(Value::as_bool) == Some(true) || schema.contains_key("$ref") {
        return false;
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => true,
        Some("object") => {
            !schema.contains_key("properties")
                && !["allOf", "oneOf", "anyOf"].iter().any(|k| schema.contains_key(*k))
                && schema.get("additionalProperties") != Some(&Value::Bool(false))
        }
        _ => false,
    }
}

/// An optional array or map that is not nullable becomes typify's bare `Vec`/`Map` skipped when
/// empty, so a `[]` or `{}` that was sent is dropped when the value is encoded again, and a
/// request cannot send one. Marked nullable, it becomes `Option<…>`: absent and empty differ.
/// Runs after [`collect_keep_null`] has read which fields are nullable, so no such field becomes
/// three-state in a partial update (the server would refuse the `null`).
pub(super) fn keep_empty_collections(map: &mut Map<String, Value>) {
    let required: Vec<String> =
        map.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect();
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        for (name, property) in properties.iter_mut() {
            if !required.contains(name)
                && let Value::Object(property) = property
                && is_bare_collection(property)
            {
                property.insert("nullable".into(), json!(true));
            }
        }
    }
}

/// Adds `note` as a paragraph of the schema's description.
pub(super) fn append_note(map: &mut Map<String, Value>, note: String) {
    let description = match map.get("description").and_then(Value::as_str) {
        Some(d) => format!("{}\n\n{note}", d.trim_end()),
        None => note,
    };
    map.insert("description".into(), Value::String(description));
}

/// Bounds the generated type cannot hold, stated in the docs: typify turns `minimum: 0` and
/// `minimum: 1` into unsigned and non-zero integers, but checks no `maximum`, other minimum or
/// `maxProperties`, so the caller learns them from the field's documentation.
pub(super) fn unchecked_bounds(map: &Map<String, Value>) -> Option<String> {
    let number = |key: &str| map.get(key).filter(|v| v.is_number()).map(Value::to_string);
    match map.get("type").and_then(Value::as_str) {
        Some("integer" | "number") => {
            let (min, max) = (number("minimum"), number("maximum"));
            let held = matches!(min.as_deref(), None | Some("0" | "1" | "0.0" | "1.0"));
            match (min, max) {
                (Some(min), Some(max)) => Some(format!("Between `{min}` and `{max}`; the server refuses other values.")),
                (None, Some(max)) => Some(format!("At most `{max}`; the server refuses larger values.")),
                (Some(min), None) if !held => Some(format!("At least `{min}`; the server refuses smaller values.")),
                _ => None,
            }
        }
        Some("object") => number("maxProperties").map(|max| format!("At most `{max}` entries; the server refuses more.")),
        _ => None,
    }
}

/// The one value a boolean schema allows (`{type: boolean, enum: [false]}`, `null` aside), if it
/// allows only one.
fn boolean_constant(map: &Map<String, Value>) -> Option<bool> {
    if map.get("type").and_then(Value::as_str) != Some("boolean") {
        return None;
    }
    let values: Vec<bool> = map.get("enum")?.as_array()?.iter().filter(|v| !v.is_null()).map(Value::as_bool).collect::<Option<_>>()?;
    match values.as_slice() {
        [first, rest @ ..] if rest.iter().all(|v| v == first) => Some(*first),
        _ => None,
    }
}

/// Points every boolean schema that allows one value at a component schema per value, which the
/// generate stage replaces with the runtime's `False` or `True` (typify would make it a `bool`,
/// so a request could send the value the server refuses). Returns those components' names and
/// values; the schema keeps its description and `nullable` beside the `$ref`.
pub(super) fn hoist_boolean_constants(raw: &mut Value) -> Vec<(String, bool)> {
    let mut taken = taken_names(raw);
    let mut names: std::collections::BTreeMap<bool, String> = std::collections::BTreeMap::new();
    for_each_schema(raw, &mut |map| {
        let Some(value) = boolean_constant(map) else { return };
        let name = names
            .entry(value)
            .or_insert_with(|| {
                let mut name = if value { "True".to_owned() } else { "False".to_owned() };
                while !taken.insert(name.clone()) {
                    name.push_str("Literal");
                }
                name
            })
            .clone();
        map.remove("type");
        map.remove("enum");
        map.insert("allOf".into(), json!([{ "$ref": format!("#/components/schemas/{name}") }]));
    });
    let constants: Vec<(String, bool)> = names.into_iter().map(|(value, name)| (name, value)).collect();
    add_schemas(raw, constants.iter().map(|(name, value)| (name.clone(), json!({ "type": "boolean", "enum": [value] }))).collect());
    constants
}

pub(super) fn is_string_enum(node: &Value) -> bool {
    node.get("enum").is_some() && node.get("type").and_then(Value::as_str) == Some("string") && node.get("$ref").is_none()
}

/// Moves each inline string enum of a component's properties (and of their array items) into
/// `components.schemas` as `<Component><Property>` (`…Item` for array items), as typify names it.
/// Returns, for each hoisted enum, the pointer of the property it was written at.
pub(super) fn hoist_inline_enums(raw: &mut Value) -> std::collections::BTreeMap<String, String> {
    let mut origins = std::collections::BTreeMap::new();
    let Some(Value::Object(schemas)) = raw.pointer_mut("/components/schemas") else { return origins };
    let mut taken: std::collections::BTreeSet<String> = schemas.keys().map(|k| rust_name(k)).collect();
    let mut hoisted = Vec::new();
    for (parent, schema) in schemas.iter_mut() {
        let Some(Value::Object(props)) = schema.get_mut("properties") else { continue };
        // Names and pointers are built only for the properties that hold an inline enum.
        let base = |prop: &str| format!("{}{}", rust_name(parent), rust_name(prop));
        let origin = |prop: &str| format!("/components/schemas/{}/properties/{}", escape(parent), escape(prop));
        for (prop, node) in props.iter_mut() {
            if is_string_enum(node) {
                origins.insert(hoist(node, base(prop), &mut taken, &mut hoisted), origin(prop));
            } else if let Some(items) = node.get_mut("items").filter(|items| is_string_enum(items)) {
                origins.insert(hoist(items, format!("{}Item", base(prop)), &mut taken, &mut hoisted), format!("{}/items", origin(prop)));
            }
        }
    }
    schemas.extend(hoisted);
    origins
}

/// The Rust names of the document's component schemas: names a hoisted schema must avoid.
pub(super) fn taken_names(raw: &Value) -> std::collections::BTreeSet<String> {
    raw.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten().map(|(k, _)| rust_name(k)).collect()
}

/// Adds `schemas` to `components/schemas`, creating both when the document has none.
pub(super) fn add_schemas(raw: &mut Value, schemas: Vec<(String, Value)>) {
    if !schemas.is_empty()
        && let Some(doc) = raw.as_object_mut()
        && let Value::Object(components) = doc.entry("components").or_insert_with(|| json!({}))
        && let Value::Object(existing) = components.entry("schemas").or_insert_with(|| json!({}))
    {
        existing.extend(schemas);
    }
}

/// Moves every other inline string enum whose values typify cannot name apart (`add`/`Add`:
/// it panics) or names in lower case (`+1` → `plus1`) into `components/schemas`, wherever it sits: nested in a component's properties,
/// or in an operation's request or response body (`<Operation>Body…`, `<Operation>Response…`).
/// The pipeline's enum rules then give distinct variant names. Others stay with typify.
pub(super) fn hoist_colliding_enums(raw: &mut Value) -> std::collections::BTreeMap<String, String> {
    let mut origins = std::collections::BTreeMap::new();
    let mut taken = taken_names(raw);
    let mut hoisted = Vec::new();
    let mut roots: Vec<(String, String)> = Vec::new();
    if let Some(Value::Object(schemas)) = raw.pointer("/components/schemas") {
        roots.extend(schemas.keys().map(|k| (format!("/components/schemas/{}", escape(k)), rust_name(k))));
    }
    if let Some(Value::Object(paths)) = raw.get("paths") {
        for (path, item) in paths {
            for (method, op) in item.as_object().into_iter().flatten() {
                let Some(id) = op.get("operationId").and_then(Value::as_str) else { continue };
                let op_pointer = format!("/paths/{}/{method}", escape(path));
                for (media, _) in op.pointer("/requestBody/content").and_then(Value::as_object).into_iter().flatten() {
                    roots.push((format!("{op_pointer}/requestBody/content/{}/schema", escape(media)), format!("{}Body", rust_name(id))));
                }
                for (status, response) in op.get("responses").and_then(Value::as_object).into_iter().flatten() {
                    for (media, _) in response.get("content").and_then(Value::as_object).into_iter().flatten() {
                        roots.push((
                            format!("{op_pointer}/responses/{}/content/{}/schema", escape(status), escape(media)),
                            format!("{}Response", rust_name(id)),
                        ));
                    }
                }
            }
        }
    }
    for (pointer, name) in roots {
        if let Some(node) = raw.pointer_mut(&pointer) {
            // The root itself is a component (named already) or a body (typify names it).
            walk_colliding(node, &name, &pointer, true, &mut taken, &mut hoisted, &mut origins);
        }
    }
    add_schemas(raw, hoisted);
    origins
}

fn walk_colliding(
    node: &mut Value,
    name: &str,
    pointer: &str,
    root: bool,
    taken: &mut std::collections::BTreeSet<String>,
    hoisted: &mut Vec<(String, Value)>,
    origins: &mut std::collections::BTreeMap<String, String>,
) {
    if !root && is_string_enum(node) {
        let values: Vec<String> = node["enum"].as_array().into_iter().flatten().filter_map(|v| v.as_str().map(rust_name)).collect();
        let distinct: std::collections::BTreeSet<&String> = values.iter().collect();
        // typify also names `+1` as the variant `plus1`, which `deny(warnings)` refuses.
        let lower_case = node["enum"].as_array().into_iter().flatten().any(|v| matches!(v.as_str(), Some("+1" | "-1")));
        if distinct.len() < values.len() || lower_case {
            let hoisted_name = hoist(node, name.to_owned(), taken, hoisted);
            origins.insert(hoisted_name, pointer.to_owned());
        }
        return;
    }
    let Value::Object(map) = node else { return };
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        for (prop, child) in props.iter_mut() {
            let here = format!("{pointer}/properties/{}", escape(prop));
            walk_colliding(child, &format!("{name}{}", rust_name(prop)), &here, false, taken, hoisted, origins);
        }
    }
    if let Some(items) = map.get_mut("items") {
        walk_colliding(items, &format!("{name}Item"), &format!("{pointer}/items"), false, taken, hoisted, origins);
    }
    if let Some(values) = map.get_mut("additionalProperties").filter(|v| v.is_object()) {
        walk_colliding(values, &format!("{name}Value"), &format!("{pointer}/additionalProperties"), false, taken, hoisted, origins);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(members)) = map.get_mut(key) {
            for (i, member) in members.iter_mut().enumerate() {
                walk_colliding(member, name, &format!("{pointer}/{key}/{i}"), false, taken, hoisted, origins);
            }
        }
    }
}

/// Moves inline string enums of parameters (an operation's, a path item's, or a shared one in
/// `components/parameters`, and their array items) into `components/schemas` as
/// `<Operation><Parameter>`, so that their variants are named by this pipeline's rules (typify
/// panics on values such as `ASC` and `asc`). Returns each new schema's origin, as
/// [`hoist_inline_enums`] does.
pub(super) fn hoist_parameter_enums(raw: &mut Value) -> std::collections::BTreeMap<String, String> {
    let mut origins = std::collections::BTreeMap::new();
    let mut taken = taken_names(raw);
    let mut hoisted = Vec::new();
    // (pointer of a parameter list or map, name prefix)
    let mut lists: Vec<(String, String)> = Vec::new();
    if let Some(Value::Object(paths)) = raw.get("paths") {
        for (path, item) in paths {
            let Some(item) = item.as_object() else { continue };
            let item_pointer = format!("/paths/{}", escape(path));
            lists.push((format!("{item_pointer}/parameters"), rust_name(path)));
            for (method, op) in item {
                if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                    lists.push((format!("{item_pointer}/{method}/parameters"), rust_name(id)));
                }
            }
        }
    }
    for (list_pointer, prefix) in lists {
        let Some(Value::Array(params)) = raw.pointer_mut(&list_pointer) else { continue };
        for (i, param) in params.iter_mut().enumerate() {
            let name = param.get("name").and_then(Value::as_str).map(rust_name).unwrap_or_default();
            hoist_parameter(param, &format!("{prefix}{name}"), &format!("{list_pointer}/{i}"), &mut taken, &mut hoisted, &mut origins);
        }
    }
    if let Some(Value::Object(shared)) = raw.pointer_mut("/components/parameters") {
        for (key, param) in shared.iter_mut() {
            let pointer = format!("/components/parameters/{}", escape(key));
            hoist_parameter(param, &rust_name(key), &pointer, &mut taken, &mut hoisted, &mut origins);
        }
    }
    add_schemas(raw, hoisted);
    origins
}

/// Hoists the enum schema (or enum items) of one parameter; the parameter keeps a `$ref`.
fn hoist_parameter(
    param: &mut Value,
    name: &str,
    pointer: &str,
    taken: &mut std::collections::BTreeSet<String>,
    hoisted: &mut Vec<(String, Value)>,
    origins: &mut std::collections::BTreeMap<String, String>,
) {
    let Some(schema) = param.get_mut("schema") else { return };
    let (node, name, origin) = if is_string_enum(schema) {
        (schema, name.to_owned(), format!("{pointer}/schema"))
    } else if let Some(items) = schema.get_mut("items").filter(|items| is_string_enum(items)) {
        (items, format!("{name}Item"), format!("{pointer}/schema/items"))
    } else {
        return;
    };
    let hoisted_name = hoist(node, name, taken, hoisted);
    // A parameter's schema is a plain `$ref`: progenitor resolves it, and nothing is lost
    // (the description lives on the parameter).
    *node = json!({ "$ref": format!("#/components/schemas/{hoisted_name}") });
    origins.insert(hoisted_name, origin);
}

/// Moves the enum at `node` into `hoisted` under a free name (returned) and leaves a `$ref`.
pub(super) fn hoist(
    node: &mut Value,
    mut name: String,
    taken: &mut std::collections::BTreeSet<String>,
    hoisted: &mut Vec<(String, Value)>,
) -> String {
    while !taken.insert(name.clone()) {
        name.push_str("Enum");
    }
    let Value::Object(mut schema) = node.take() else { return name };
    let mut property = Map::new();
    for key in ["description", "nullable", "readOnly", "writeOnly", "deprecated", "example"] {
        if let Some(v) = schema.remove(key) {
            property.insert(key.into(), v);
        }
    }
    if let Some(Value::Array(values)) = schema.get_mut("enum") {
        values.retain(|v| !v.is_null());
    }
    property.insert("allOf".into(), json!([{ "$ref": format!("#/components/schemas/{name}") }]));
    *node = Value::Object(property);
    hoisted.push((name.clone(), Value::Object(schema)));
    name
}

/// Object schemas whose optional, nullable properties must tell absent from `null`: those reachable
/// from a partial-update request body — every PATCH body, and the body of any operation marked
/// `x-partial-update: true` (a POST the server applies field by field, as Polar's confirm) — where
/// absent means "keep" and `null` means "clear". Everywhere else, absent and `null` mean the same:
/// in responses (`None` either way, so a field the vendor may omit decodes) and in other requests.
pub(super) fn collect_keep_null(raw: &Value) -> Vec<(String, Vec<String>)> {
    let Some(Value::Object(schemas)) = raw.pointer("/components/schemas") else { return Vec::new() };
    let mut partial_bodies: Vec<&Value> = Vec::new();
    if let Some(Value::Object(paths)) = raw.get("paths") {
        for item in paths.values() {
            for (method, op) in item.as_object().into_iter().flat_map(|m| m.iter()) {
                if is_partial_update(method, op) {
                    partial_bodies.extend(op.get("requestBody"));
                }
            }
        }
    }
    let partial = reachable(raw, partial_bodies);
    let mut keep = Vec::new();
    for (name, schema) in schemas {
        if !partial.contains(&format!("#/components/schemas/{name}")) {
            continue;
        }
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        let props: Vec<String> = schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter(|(p, s)| !required.contains(&p.as_str()) && s.get("nullable").and_then(Value::as_bool) == Some(true))
            .map(|(p, _)| p.clone())
            .collect();
        if !props.is_empty() {
            keep.push((rust_name(name), props));
        }
    }
    keep
}

/// The component schemas reachable from any operation's request body: Rust name → the wire
/// names of its required properties, in the order the spec lists them ([`required_of`]).
pub(super) fn collect_request_types(raw: &Value) -> std::collections::BTreeMap<String, Vec<String>> {
    let bodies: Vec<&Value> = raw
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .filter_map(|op| op.get("requestBody"))
        .collect();
    reachable(raw, bodies)
        .iter()
        .filter_map(|target| {
            let name = target.strip_prefix("#/components/schemas/")?;
            let mut required = Vec::new();
            required_of(raw, resolve(raw, target)?, &mut required, 0);
            Some((rust_name(name), required))
        })
        .collect()
}

/// Adds the wire names `schema` requires to `out`, once each, in the spec's order: its own
/// `required`, then each `allOf` member's (followed through `$ref`s), as typify merges an
/// `allOf` of objects into one struct.
fn required_of(raw: &Value, schema: &Value, out: &mut Vec<String>, depth: usize) {
    if depth > 16 {
        return;
    }
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => match resolve(raw, reference) {
            Some(target) => return required_of(raw, target, out, depth + 1),
            None => return,
        },
        None => schema,
    };
    for name in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
        if !out.iter().any(|n| n == name) {
            out.push(name.to_owned());
        }
    }
    for member in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        required_of(raw, member, out, depth + 1);
    }
}

/// Whether the operation's body is applied as a partial update: every PATCH, and any operation
/// with `x-partial-update: true`.
pub(super) fn is_partial_update(method: &str, op: &Value) -> bool {
    method == "patch" || op.get("x-partial-update").and_then(Value::as_bool) == Some(true)
}

/// Every `$ref` target reachable from `roots`.
pub(super) fn reachable<'a>(raw: &'a Value, mut stack: Vec<&'a Value>) -> std::collections::BTreeSet<String> {
    let mut seen = std::collections::BTreeSet::new();
    while let Some(node) = stack.pop() {
        match node {
            Value::Object(map) => {
                if let Some(target) = map.get("$ref").and_then(Value::as_str)
                    && seen.insert(target.to_owned())
                {
                    stack.extend(resolve(raw, target));
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    seen
}

pub(super) fn is_secret_schema(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
        if matches!(&s.format, openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Password)))
        || schema.schema_data.extensions.get("x-secret").and_then(Value::as_bool) == Some(true)
}

/// Properties marked `format: password` or `x-secret: true`, per component schema.
pub(super) fn collect_secrets(raw: &Value) -> Vec<(String, Vec<String>)> {
    let Some(Value::Object(schemas)) = raw.pointer("/components/schemas") else { return Vec::new() };
    schemas
        .iter()
        .filter_map(|(name, schema)| {
            let props: Vec<String> = schema
                .get("properties")?
                .as_object()?
                .iter()
                .filter(|(_, p)| {
                    p.get("format").and_then(Value::as_str) == Some("password") || p.get("x-secret").and_then(Value::as_bool) == Some(true)
                })
                .map(|(p, _)| p.clone())
                .collect();
            (!props.is_empty()).then(|| (rust_name(name), props))
        })
        .collect()
}
