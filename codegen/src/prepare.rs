//! Stage 3, *prepare*: rewrite a validated document into one progenitor 0.15 accepts, without
//! losing information — whatever is taken out is recorded in [`Prepared`] for later stages.
//!
//! progenitor panics (`assertion failed: response_types.len() <= 1`) on an operation whose error
//! responses have different bodies, as every Polar operation does. So every non-2xx response
//! (`4XX`, `5XX`, codes and `default`) is moved out of the document into a per-operation
//! status → body table ([`OperationInfo::errors`]). progenitor then hands any such response back
//! whole (`Error::UnexpectedResponse`), body included, and the table says how to decode it.
//! Inline error bodies are hoisted into `components.schemas` so that a Rust type is still
//! generated for them.
//!
//! Schemas are rewritten to defeat typify traps, each without losing information:
//! - `title` is removed from every schema (typify names inline types from it, so that several
//!   properties titled alike collapse into one enum that rejects most values); a title with no
//!   description becomes the description;
//! - `format: uuid4` becomes `uuid` (typify leaves `uuid4` as `String`);
//! - `default` is removed and stated in the description (typify fills defaults into request bodies
//!   the caller never set);
//! - string enums written inline in a component's properties are hoisted into
//!   `components.schemas` under the name typify would have given them, so that the *extend* stage
//!   can replace every string enum with one that has readable variant names and keeps unknown values.
//!
//! Named string enums become [`EnumSpec`]s and named `oneOf` + `discriminator` schemas become
//! [`UnionSpec`]s, which the extend stage generates in place of typify's output.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, ReferenceOr, Response, Schema, StatusCode};
use serde_json::{Map, Value, json};

use crate::error::{Error, Location, Problem, Result};
use crate::load::{Spec, escape, resolve};
use crate::naming::{pascal, rust_name};

/// The document handed to progenitor, and what was taken out of it.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The rewritten document.
    pub doc: OpenAPI,
    /// Every operation, in document order.
    pub operations: Vec<OperationInfo>,
    /// Every named string enum, which the extend stage generates.
    pub enums: Vec<EnumSpec>,
    /// Every named discriminated union, which the extend stage generates.
    pub unions: Vec<UnionSpec>,
    /// Secret fields, redacted from `Debug`: the Rust type name and the wire names of its
    /// properties marked `format: password` or `x-secret: true`.
    pub secrets: Vec<(String, Vec<String>)>,
    /// The servers, in spec order.
    pub servers: Vec<Server>,
    /// A header every request carries, from `info.x-version-header` (`name`, `value`).
    pub version_header: Option<(String, String)>,
    /// The webhook events the API sends, from the top-level `x-webhooks` extension.
    pub webhooks: Option<Webhooks>,
    /// For object schemas of partial-update bodies (PATCH, or `x-partial-update: true`): the Rust
    /// type name and the optional, nullable properties, which become three-state (absent, `null`,
    /// value).
    pub keep_null: Vec<(String, Vec<String>)>,
}

/// The webhooks an API sends (`x-webhooks`): the body property that names the event type, and
/// the typed events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhooks {
    /// The JSON property of the body that names the event (`type` for Polar, `object` for
    /// Flowglad).
    pub tag: String,
    /// The typed events, in spec order.
    pub events: Vec<WebhookEvent>,
}

/// One typed webhook event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookEvent {
    /// The tag value, e.g. `checkout.updated`.
    pub name: String,
    /// The `Event` variant, e.g. `CheckoutUpdated`.
    pub variant: String,
    /// The Rust type of the payload.
    pub payload: String,
    /// What the event means.
    pub description: Option<String>,
}

/// A string enum of `components.schemas`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumSpec {
    /// The Rust type name.
    pub rust_name: String,
    /// The schema's description.
    pub description: Option<String>,
    /// `(wire value, Rust variant name)` in spec order.
    pub values: Vec<(String, String)>,
}

/// A `oneOf` with a `discriminator` in `components.schemas`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnionSpec {
    /// The Rust type name.
    pub rust_name: String,
    /// The schema's description.
    pub description: Option<String>,
    /// The discriminating property.
    pub property: String,
    /// `(Rust variant name, Rust type name of its schema, tag values)` in `oneOf` order.
    pub variants: Vec<(String, String, Vec<String>)>,
    /// The variant (by Rust variant name) that decodes a payload without the discriminator
    /// property, from the `x-discriminator-fallback` extension.
    pub fallback: Option<String>,
}

/// One operation and the error responses taken out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationInfo {
    /// The `operationId`.
    pub operation_id: String,
    /// The HTTP method.
    pub method: Method,
    /// The path template, e.g. `/v1/checkouts/{id}`.
    pub path: String,
    /// The documented error responses, in the order written.
    pub errors: Vec<ErrorResponse>,
    /// How the operation authenticates (`None` for `security: []`).
    pub auth: Option<Auth>,
    /// How the operation pages, from its `x-pagination` extension.
    pub pagination: Option<Pagination>,
    /// Parameters marked `format: password`, redacted from the request builder's `Debug`.
    pub secret_params: Vec<String>,
    /// The header with which the API makes a retried non-idempotent request safe, from
    /// `x-idempotency-header` on the operation or on `info`; `None` when the API honours none.
    pub idempotency_header: Option<String>,
}

/// An operation's authentication, from its (or the document's) first security requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// `type: http, scheme: bearer`.
    Bearer,
    /// `type: apiKey, in: header`: the named header carries the key.
    Header(String),
}

/// An HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`.
    Get,
    /// `PUT`.
    Put,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
    /// `OPTIONS`.
    Options,
    /// `HEAD`.
    Head,
    /// `PATCH`.
    Patch,
    /// `TRACE`.
    Trace,
}

impl Method {
    /// The method of a path item's key (`get`, `post`, …).
    pub fn from_key(key: &str) -> Option<Method> {
        Some(match key {
            "get" => Method::Get,
            "put" => Method::Put,
            "post" => Method::Post,
            "delete" => Method::Delete,
            "options" => Method::Options,
            "head" => Method::Head,
            "patch" => Method::Patch,
            "trace" => Method::Trace,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        })
    }
}

/// A documented response status: one code, a class (`4XX`), or `default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// One code, e.g. `404`.
    Code(u16),
    /// A class, e.g. `4XX` (the digit is 4).
    Range(u8),
    /// `default`.
    Default,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Code(code) => write!(f, "{code}"),
            Status::Range(class) => write!(f, "{class}XX"),
            Status::Default => f.write_str("default"),
        }
    }
}

/// How a list operation pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaginationStyle {
    /// Page numbers, with the last page's number in the response.
    Page,
    /// Opaque cursors, the next one in the response.
    Cursor,
}

/// A list operation's paging, from `x-pagination` (`style: page` or `style: cursor`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// How it pages.
    pub style: PaginationStyle,
    /// The query parameter carrying the page number or cursor.
    pub param: String,
    /// The JSON path (dot-separated) of the item array in the response.
    pub items: String,
    /// For `page`: the path of the last page's number; for `cursor`: the path of the next cursor.
    pub next: String,
    /// For `cursor`: the path of the "more pages follow" flag, if any.
    pub has_more: Option<String>,
    /// The component schema the response and the items are, e.g. `ListResourceCheckout`, `Checkout`.
    pub page_schema: String,
    /// The component schema of one item.
    pub item_schema: String,
}

/// A server from the spec's `servers`, named by `x-server-name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// The Rust variant name, e.g. `Production`.
    pub name: String,
    /// The URL.
    pub url: String,
    /// The description.
    pub description: Option<String>,
}

/// One documented error response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorResponse {
    /// `404`, `4XX` or `default`.
    pub status: Status,
    /// The response's description.
    pub description: String,
    /// What its body decodes into.
    pub body: ErrorBody,
}

/// The body of an error response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorBody {
    /// No body is documented.
    Empty,
    /// A JSON body whose schema is `components.schemas.<name>` (hoisted there if it was inline).
    Schema(String),
    /// A body in a media type other than JSON; kept as bytes.
    Raw(String),
}

/// What the prepare stage learns about a document before it rewrites it: the schema rewrites
/// and hoisted enums, the enums and unions the extend stage generates, each operation's
/// authentication and paging, servers, webhooks. [`plan`] builds it and reports every problem
/// of these rules, so that [`crate::validate()`] can list them with its own in one run.
#[derive(Debug, Clone)]
pub struct Plan {
    raw: Value,
    enums: Vec<EnumSpec>,
    unions: Vec<UnionSpec>,
    keep_null: Vec<(String, Vec<String>)>,
    secrets: Vec<(String, Vec<String>)>,
    servers: Vec<Server>,
    webhooks: Option<Webhooks>,
    version_header: Option<(String, String)>,
    /// By the operation's JSON pointer (`/paths/~1x/get`).
    operations: BTreeMap<String, OperationPlan>,
}

#[derive(Debug, Clone)]
struct OperationPlan {
    auth: Option<Auth>,
    pagination: Option<Pagination>,
    idempotency_header: Option<String>,
    secret_params: Vec<String>,
}

const METHOD_KEYS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Learns what [`rewrite`] needs from `spec`, with every problem of the prepare stage's rules.
pub fn plan(spec: &Spec) -> (Plan, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut raw = spec.raw.clone();
    for_each_schema(&mut raw, &mut rewrite_schema);
    let origins = hoist_inline_enums(&mut raw);
    let enums = collect_enums(spec, &raw, &origins, &mut problems);
    let unions = collect_unions(spec, &raw, &mut problems);
    let keep_null = collect_keep_null(&raw);
    let secrets = collect_secrets(&raw);
    let mut operations = BTreeMap::new();
    for (path, item) in &spec.doc.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        for (method, op) in
            METHOD_KEYS.iter().zip([&item.get, &item.put, &item.post, &item.delete, &item.options, &item.head, &item.patch, &item.trace])
        {
            let Some(op) = op else { continue };
            let pointer = format!("/paths/{}/{method}", escape(path));
            let security_pointer = if op.security.is_some() { format!("{pointer}/security") } else { "/security".to_owned() };
            let auth = operation_auth(spec, op.security.as_ref().or(spec.doc.security.as_ref()), &security_pointer, &mut problems);
            let pagination = spec
                .raw
                .pointer(&format!("{pointer}/x-pagination"))
                .and_then(|p| operation_pagination(spec, p, op, &pointer, &mut problems));
            let idempotency_header = idempotency_header(spec, &pointer, &mut problems);
            if let Some(flag) = spec.raw.pointer(&format!("{pointer}/x-partial-update"))
                && !flag.is_boolean()
            {
                problems.push(spec.problem(&format!("{pointer}/x-partial-update"), "`x-partial-update` must be `true` or `false`"));
            }
            let secret_params = op
                .parameters
                .iter()
                .chain(&item.parameters)
                .filter_map(|p| p.as_item())
                .map(|p| p.parameter_data_ref())
                .filter(|d| matches!(&d.format, openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) if is_secret_schema(s)))
                .map(|d| d.name.clone())
                .collect();
            operations.insert(pointer, OperationPlan { auth, pagination, idempotency_header, secret_params });
        }
    }
    let servers = collect_servers(spec, &mut problems);
    let webhooks = collect_webhooks(spec, &mut problems);
    let version_header = spec
        .raw
        .pointer("/info/x-version-header")
        .and_then(|h| Some((h.get("name")?.as_str()?.to_owned(), h.get("value")?.as_str()?.to_owned())));
    let plan = Plan { raw, enums, unions, keep_null, secrets, servers, webhooks, version_header, operations };
    (plan, problems)
}

/// Plans and rewrites `spec` for progenitor (see [`plan`] and [`rewrite`]); the problems of the
/// plan are an [`Error::Invalid`]. `spec` should have passed [`crate::validate()`], which reports
/// them together with its own.
pub fn prepare(spec: &Spec) -> Result<Prepared> {
    let (plan, problems) = plan(spec);
    if !problems.is_empty() {
        return Err(Error::Invalid { file: spec.name.clone(), problems });
    }
    rewrite(spec, plan)
}

/// Rewrites the planned document into one progenitor accepts: every non-2xx response moves into
/// the operation's error table, inline error bodies are hoisted into `components.schemas`.
pub fn rewrite(spec: &Spec, plan: Plan) -> Result<Prepared> {
    let Plan { raw, enums, unions, keep_null, secrets, servers, webhooks, version_header, operations: planned } = plan;
    let mut doc: OpenAPI = serde_json::from_value(raw).map_err(|e| Error::Internal {
        stage: "prepare",
        location: Location::file(spec.name.clone()),
        message: format!("the prepared document no longer parses (a bug in the prepare stage): {e}"),
    })?;
    let mut hoisted: Vec<(String, ReferenceOr<Schema>)> = Vec::new();
    let mut operations = Vec::new();
    let mut taken_names: std::collections::BTreeSet<String> = doc.components.iter().flat_map(|c| c.schemas.keys().cloned()).collect();

    for (path, item) in doc.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else { continue };
        let methods = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ];
        for (method, op) in METHOD_KEYS.iter().zip(methods).filter_map(|(m, op)| Some((*m, op.as_mut()?))) {
            let operation_id = op.operation_id.clone().unwrap_or_default();
            let mut errors = Vec::new();
            let statuses: Vec<StatusCode> = op.responses.responses.keys().filter(|s| !is_success(s)).cloned().collect();
            let mut taken: Vec<(Status, ReferenceOr<Response>)> = Vec::new();
            for code in statuses {
                if let Some(response) = op.responses.responses.shift_remove(&code) {
                    let status = match code {
                        StatusCode::Code(n) => Status::Code(n),
                        StatusCode::Range(class) => Status::Range(u8::try_from(class).unwrap_or(0)),
                    };
                    taken.push((status, response));
                }
            }
            if let Some(default) = op.responses.default.take() {
                taken.push((Status::Default, default));
            }
            for (status, response) in taken {
                let (description, body) = describe(spec, &response, &operation_id, &status.to_string(), &mut taken_names, &mut hoisted);
                errors.push(ErrorResponse { status, description, body });
            }
            let pointer = format!("/paths/{}/{method}", escape(path));
            let Some(OperationPlan { auth, pagination, idempotency_header, secret_params }) = planned.get(&pointer).cloned() else {
                return Err(Error::Internal {
                    stage: "prepare",
                    location: Location::file(spec.name.clone()),
                    message: format!("the plan has no operation at {pointer}"),
                });
            };
            operations.push(OperationInfo {
                operation_id,
                method: Method::from_key(method).expect("the loop walks the eight method keys"),
                path: path.clone(),
                errors,
                auth,
                pagination,
                secret_params,
                idempotency_header,
            });
        }
    }
    if !hoisted.is_empty() {
        let components = doc.components.get_or_insert_with(Default::default);
        components.schemas.extend(hoisted);
    }
    Ok(Prepared { doc, operations, enums, unions, keep_null, secrets, servers, version_header, webhooks })
}

/// Calls `f` on every schema object in the document: component schemas, parameter, body and
/// response schemas, and every schema nested in those.
fn for_each_schema(raw: &mut Value, f: &mut dyn FnMut(&mut Map<String, Value>)) {
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
                if !matches!(method.as_str(), "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace") {
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

fn rewrite_schema(map: &mut Map<String, Value>) {
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
}

/// Adds `note` as a paragraph of the schema's description.
fn append_note(map: &mut Map<String, Value>, note: String) {
    let description = match map.get("description").and_then(Value::as_str) {
        Some(d) => format!("{}\n\n{note}", d.trim_end()),
        None => note,
    };
    map.insert("description".into(), Value::String(description));
}

/// Bounds the generated type cannot hold, stated in the docs: typify turns `minimum: 0` and
/// `minimum: 1` into unsigned and non-zero integers, but checks no `maximum`, other minimum or
/// `maxProperties`, so the caller learns them from the field's documentation.
fn unchecked_bounds(map: &Map<String, Value>) -> Option<String> {
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

fn is_string_enum(node: &Value) -> bool {
    node.get("enum").is_some() && node.get("type").and_then(Value::as_str) == Some("string") && node.get("$ref").is_none()
}

/// Moves each inline string enum of a component's properties (and of their array items) into
/// `components.schemas` as `<Component><Property>` (`…Item` for array items), as typify names it.
/// Returns, for each hoisted enum, the pointer of the property it was written at.
fn hoist_inline_enums(raw: &mut Value) -> std::collections::BTreeMap<String, String> {
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

/// Moves the enum at `node` into `hoisted` under a free name (returned) and leaves a `$ref`.
fn hoist(node: &mut Value, mut name: String, taken: &mut std::collections::BTreeSet<String>, hoisted: &mut Vec<(String, Value)>) -> String {
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
fn collect_keep_null(raw: &Value) -> Vec<(String, Vec<String>)> {
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

/// The operation's `x-idempotency-header` (or else `info`'s): the name of a header the API
/// de-duplicates requests by. Only with one is a POST or PATCH retried after it may have reached
/// the server; neither Polar nor Flowglad has one.
fn idempotency_header(spec: &Spec, pointer: &str, problems: &mut Vec<Problem>) -> Option<String> {
    let at = [format!("{pointer}/x-idempotency-header"), "/info/x-idempotency-header".to_owned()]
        .into_iter()
        .find(|at| spec.raw.pointer(at).is_some())?;
    match spec.raw.pointer(&at).and_then(Value::as_str) {
        Some(name) if is_header_name(name) => Some(name.to_ascii_lowercase()),
        _ => {
            problems.push(spec.problem(&at, "`x-idempotency-header` must be a header name, e.g. `Idempotency-Key`"));
            None
        }
    }
}

/// Whether `name` is a valid HTTP header name (RFC 9110 token characters).
fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Whether the operation's body is applied as a partial update: every PATCH, and any operation
/// with `x-partial-update: true`.
pub(crate) fn is_partial_update(method: &str, op: &Value) -> bool {
    method == "patch" || op.get("x-partial-update").and_then(Value::as_bool) == Some(true)
}

/// Every `$ref` target reachable from `roots`.
fn reachable<'a>(raw: &'a Value, mut stack: Vec<&'a Value>) -> std::collections::BTreeSet<String> {
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

fn collect_enums(
    spec: &Spec,
    raw: &Value,
    origins: &std::collections::BTreeMap<String, String>,
    problems: &mut Vec<Problem>,
) -> Vec<EnumSpec> {
    let Some(Value::Object(schemas)) = raw.pointer("/components/schemas") else { return Vec::new() };
    let mut enums = Vec::new();
    for (name, schema) in schemas {
        if !is_string_enum(schema) {
            continue;
        }
        let pointer = origins.get(name).cloned().unwrap_or_else(|| format!("/components/schemas/{}", escape(name)));
        let values: Vec<String> = schema["enum"].as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_owned)).collect();
        let names: Vec<String> = match schema.get("x-enum-varnames").and_then(Value::as_array) {
            Some(names) if names.len() == values.len() => names.iter().map(|n| n.as_str().unwrap_or_default().to_owned()).collect(),
            Some(_) => {
                problems.push(spec.problem(&format!("{pointer}/x-enum-varnames"), "`x-enum-varnames` must list one name per `enum` value"));
                continue;
            }
            None => values.iter().map(|v| rust_name(v)).collect(),
        };
        let mut seen = std::collections::BTreeMap::new();
        for (value, variant) in values.iter().zip(&names) {
            if syn::parse_str::<syn::Ident>(variant).is_err() || variant == "Unknown" {
                problems.push(spec.problem(&pointer, format!("enum value `{value}` gives the variant name `{variant}`, which is not usable; name the variants with `x-enum-varnames`")));
            } else if let Some(first) = seen.insert(variant.clone(), value.clone()) {
                problems.push(spec.problem(
                    &pointer,
                    format!(
                        "enum values `{first}` and `{value}` both become the variant `{variant}`; name the variants with `x-enum-varnames`"
                    ),
                ));
            }
        }
        let description = schema.get("description").and_then(Value::as_str).map(str::to_owned);
        enums.push(EnumSpec { rust_name: rust_name(name), description, values: values.into_iter().zip(names).collect() });
    }
    enums
}

fn collect_unions(spec: &Spec, raw: &Value, problems: &mut Vec<Problem>) -> Vec<UnionSpec> {
    let Some(Value::Object(schemas)) = raw.pointer("/components/schemas") else { return Vec::new() };
    let mut unions = Vec::new();
    for (name, schema) in schemas {
        let Some(discriminator) = schema.get("discriminator") else { continue };
        let pointer = format!("/components/schemas/{}", escape(name));
        let Some(property) = discriminator.get("propertyName").and_then(Value::as_str) else {
            problems.push(spec.problem(&format!("{pointer}/discriminator"), "`discriminator` needs a `propertyName`"));
            continue;
        };
        let Some(members) = schema.get("oneOf").and_then(Value::as_array) else {
            problems.push(spec.problem(&format!("{pointer}/discriminator"), "a `discriminator` is only supported on a `oneOf`"));
            continue;
        };
        let mapping: Vec<(String, String)> = discriminator
            .get("mapping")
            .and_then(Value::as_object)
            .map(|m| m.iter().filter_map(|(tag, r)| Some((tag.clone(), r.as_str()?.to_owned()))).collect())
            .unwrap_or_default();
        let union_name = rust_name(name);
        let mut members_named = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let Some(reference) = member.get("$ref").and_then(Value::as_str) else {
                problems.push(spec.problem(
                    &format!("{pointer}/oneOf/{i}"),
                    "each member of a discriminated `oneOf` must be a `$ref` to a component schema",
                ));
                continue;
            };
            let tags: Vec<String> = mapping.iter().filter(|(_, r)| r == reference).map(|(t, _)| t.clone()).collect();
            members_named.push((reference.to_owned(), rust_name(reference.trim_start_matches("#/components/schemas/")), tags));
        }
        let fallback_ref = schema.get("x-discriminator-fallback").and_then(Value::as_str);
        if let Some(fallback) = fallback_ref
            && !members_named.iter().any(|(r, ..)| r == fallback)
        {
            problems
                .push(spec.problem(&format!("{pointer}/x-discriminator-fallback"), format!("`{fallback}` is not a member of the `oneOf`")));
        }
        // Variant names: the tag itself when every member has exactly one textual tag (`fixed` →
        // `Fixed`); otherwise the member's type name less the union's name as prefix or suffix.
        let by_tag = members_named.iter().all(|(.., tags)| tags.len() == 1 && !matches!(tags[0].as_str(), "true" | "false"));
        let mut variants = Vec::new();
        let mut fallback = None;
        for (reference, type_name, mut tags) in members_named {
            let variant = if by_tag {
                rust_name(&tags[0])
            } else if let Some(rest) = type_name.strip_prefix(&union_name).filter(|r| r.starts_with(|c: char| c.is_ascii_uppercase())) {
                rest.to_owned()
            } else if let Some(rest) = type_name.strip_suffix(&union_name).filter(|r| !r.is_empty()) {
                rest.to_owned()
            } else {
                type_name.clone()
            };
            if fallback_ref == Some(reference.as_str()) {
                fallback = Some(variant.clone());
            } else if tags.is_empty() {
                // OpenAPI's implicit mapping: the tag is the schema's name.
                tags.push(reference.trim_start_matches("#/components/schemas/").to_owned());
            }
            variants.push((variant, type_name, tags));
        }
        for (tag, reference) in &mapping {
            if !members.iter().any(|m| m.get("$ref").and_then(Value::as_str) == Some(reference)) {
                problems.push(spec.problem(
                    &format!("{pointer}/discriminator/mapping/{}", escape(tag)),
                    format!("mapping `{tag}` points at `{reference}`, which is not a member of the `oneOf`"),
                ));
            }
        }
        let description = schema.get("description").and_then(Value::as_str).map(str::to_owned);
        unions.push(UnionSpec { rust_name: union_name, description, property: property.to_owned(), variants, fallback });
    }
    unions
}

fn operation_auth(
    spec: &Spec,
    security: Option<&Vec<openapiv3::SecurityRequirement>>,
    pointer: &str,
    problems: &mut Vec<Problem>,
) -> Option<Auth> {
    let requirement = security?.first()?;
    let name = requirement.keys().next()?;
    let scheme = spec.doc.components.as_ref().and_then(|c| c.security_schemes.get(name)).and_then(|s| s.as_item());
    match scheme {
        Some(openapiv3::SecurityScheme::HTTP { scheme, .. }) if scheme.eq_ignore_ascii_case("bearer") => Some(Auth::Bearer),
        Some(openapiv3::SecurityScheme::APIKey { location: openapiv3::APIKeyLocation::Header, name, .. }) => {
            Some(Auth::Header(name.to_ascii_lowercase()))
        }
        _ => {
            problems.push(
                spec.problem(pointer, format!("security scheme `{name}` is not supported: use `http`/`bearer` or an `apiKey` in a header")),
            );
            None
        }
    }
}

fn operation_pagination(
    spec: &Spec,
    ext: &Value,
    op: &openapiv3::Operation,
    pointer: &str,
    problems: &mut Vec<Problem>,
) -> Option<Pagination> {
    let at = format!("{pointer}/x-pagination");
    let text = |key: &str| ext.get(key).and_then(Value::as_str).map(str::to_owned);
    let (style, param, next) = match text("style").as_deref() {
        Some("page") => (PaginationStyle::Page, text("page_param"), text("last_page")),
        Some("cursor") => (PaginationStyle::Cursor, text("cursor_param"), text("next_cursor")),
        _ => {
            problems.push(spec.problem(&at, "`x-pagination` needs `style: page` or `style: cursor`"));
            return None;
        }
    };
    let page_schema = op.responses.responses.iter().find(|(s, _)| is_success(s)).and_then(|(_, r)| match r {
        ReferenceOr::Item(r) => match r.content.get("application/json")?.schema.as_ref()? {
            ReferenceOr::Reference { reference } => Some(reference.trim_start_matches("#/components/schemas/").to_owned()),
            _ => None,
        },
        _ => None,
    });
    let items = text("items");
    let item_schema = page_schema.as_ref().zip(items.as_ref()).and_then(|(page, items)| {
        let node = spec.raw.pointer(&format!(
            "/components/schemas/{}/properties/{}",
            escape(page),
            items.split('.').map(escape).collect::<Vec<_>>().join("/properties/")
        ))?;
        Some(node.pointer("/items/$ref")?.as_str()?.trim_start_matches("#/components/schemas/").to_owned())
    });
    match (param, next, items, page_schema, item_schema) {
        (Some(param), Some(next), Some(items), Some(page_schema), Some(item_schema)) => {
            Some(Pagination { style, param, items, next, has_more: text("has_more"), page_schema, item_schema })
        }
        _ => {
            problems.push(spec.problem(
                &at,
                "`x-pagination` needs `items` (an array of `$ref`s in the `$ref`'d success body) and, for `page`, `page_param` and `last_page`; for `cursor`, `cursor_param` and `next_cursor`",
            ));
            None
        }
    }
}

/// The top-level `x-webhooks`: `{tag: <property>, events: {<tag value>: {$ref, description?}}}`.
fn collect_webhooks(spec: &Spec, problems: &mut Vec<Problem>) -> Option<Webhooks> {
    let node = spec.raw.get("x-webhooks")?;
    let Some(tag) = node.get("tag").and_then(Value::as_str) else {
        problems.push(spec.problem("/x-webhooks", "`x-webhooks` needs `tag`: the body property that names the event type"));
        return None;
    };
    let Some(Value::Object(events)) = node.get("events") else {
        problems.push(spec.problem("/x-webhooks", "`x-webhooks` needs `events`: a map from event type to `{$ref: <payload schema>}`"));
        return None;
    };
    let mut out = Vec::new();
    let mut variants = std::collections::BTreeMap::new();
    for (name, event) in events {
        let at = format!("/x-webhooks/events/{}", escape(name));
        let target = event.get("$ref").and_then(Value::as_str);
        let Some(schema) = target
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .filter(|_| resolve(&spec.raw, target.unwrap_or_default()).is_some())
        else {
            problems.push(spec.problem(&at, "each webhook event needs a `$ref` to a schema in `components.schemas` (its payload)"));
            continue;
        };
        let variant = rust_name(name);
        if variant == "Unknown" {
            problems.push(spec.problem(&at, "the webhook event variant `Unknown` is reserved for event types the spec does not list"));
            continue;
        }
        if let Some(first) = variants.insert(variant.clone(), name.clone()) {
            problems.push(spec.problem(&at, format!("webhook events `{first}` and `{name}` both become the variant `{variant}`")));
            continue;
        }
        out.push(WebhookEvent {
            name: name.clone(),
            variant,
            payload: rust_name(schema),
            description: event.get("description").and_then(Value::as_str).map(str::to_owned),
        });
    }
    Some(Webhooks { tag: tag.to_owned(), events: out })
}

fn collect_servers(spec: &Spec, problems: &mut Vec<Problem>) -> Vec<Server> {
    let mut servers = Vec::new();
    for (i, server) in spec.raw.get("servers").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let Some(name) = server.get("x-server-name").and_then(Value::as_str) else {
            problems.push(
                spec.problem(&format!("/servers/{i}"), "each server needs an `x-server-name` (the name of its variant in the client)"),
            );
            continue;
        };
        servers.push(Server {
            name: rust_name(name),
            url: server.get("url").and_then(Value::as_str).unwrap_or_default().to_owned(),
            description: server.get("description").and_then(Value::as_str).map(str::to_owned),
        });
    }
    servers
}

fn is_secret_schema(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
        if matches!(&s.format, openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Password)))
        || schema.schema_data.extensions.get("x-secret").and_then(Value::as_bool) == Some(true)
}

/// Properties marked `format: password` or `x-secret: true`, per component schema.
fn collect_secrets(raw: &Value) -> Vec<(String, Vec<String>)> {
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

fn is_success(status: &StatusCode) -> bool {
    match status {
        StatusCode::Code(code) => (200..300).contains(code),
        StatusCode::Range(range) => *range == 2,
    }
}

fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or("").trim();
    essence == "application/json" || essence.ends_with("+json")
}

fn describe(
    spec: &Spec,
    response: &ReferenceOr<Response>,
    operation_id: &str,
    status: &str,
    taken_names: &mut std::collections::BTreeSet<String>,
    hoisted: &mut Vec<(String, ReferenceOr<Schema>)>,
) -> (String, ErrorBody) {
    let response: Response = match response {
        ReferenceOr::Item(r) => r.clone(),
        ReferenceOr::Reference { reference } => {
            // validate() proved the reference resolves; a node that is not a response is empty.
            resolve(&spec.raw, reference).and_then(|v| serde_json::from_value(v.clone()).ok()).unwrap_or_default()
        }
    };
    let body = match response.content.iter().find(|(media, _)| is_json(media)) {
        Some((_, media)) => match &media.schema {
            Some(ReferenceOr::Reference { reference }) if reference.starts_with("#/components/schemas/") => {
                ErrorBody::Schema(reference.trim_start_matches("#/components/schemas/").to_owned())
            }
            Some(schema) => {
                let mut name = format!("{}{}Error", pascal(operation_id), pascal(status));
                while !taken_names.insert(name.clone()) {
                    name.push_str("Body");
                }
                hoisted.push((name.clone(), schema.clone()));
                ErrorBody::Schema(name)
            }
            None => ErrorBody::Raw("application/json".into()),
        },
        None => match response.content.keys().next() {
            Some(media) => ErrorBody::Raw(media.clone()),
            None => ErrorBody::Empty,
        },
    };
    (response.description, body)
}
