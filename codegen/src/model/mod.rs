//! Stage 3, *model*: the typed model of the API, built once from a checked spec ([`build`]):
//! every operation ([`OperationInfo`]: method, path, parameters with their location, error and
//! success bodies by status, auth, paging, idempotency header, rate limits, secret parameters,
//! media types), servers, webhooks, string enums, discriminated unions, one-value booleans,
//! partial-update fields, secret fields and example values ([`Prepared`]). Every later stage
//! reads it.
//!
//! Building it also rewrites the document into one progenitor 0.15 accepts, without losing
//! information — whatever is taken out is recorded in the model. (The rewritten document,
//! [`Prepared::doc`], is progenitor's input and is read by nothing else.)
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
//!   `components.schemas` under the name typify would have given them, so that the *emit* stage
//!   can replace every string enum with one that has readable variant names and keeps unknown values.
//!
//! Named string enums become [`EnumSpec`]s and named `oneOf` + `discriminator` schemas become
//! [`UnionSpec`]s, which the emit stage generates in place of typify's output.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, ReferenceOr, Response, Schema, StatusCode};
use serde_json::{Map, Value, json};

use crate::error::{Error, Location, Problem, Result};
use crate::naming::{pascal, rust_name};
pub use crate::openapi::{Method, Status};
use crate::openapi::{escape, media_rank, resolve};
use crate::spec::Spec;

pub mod bounds;
mod errors;
pub mod example_values;
mod rules;
mod schemas;

use errors::*;
use rules::*;
use schemas::*;

/// The document handed to progenitor, and what was taken out of it.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The rewritten document.
    pub doc: OpenAPI,
    /// Every operation, in document order.
    pub operations: Vec<OperationInfo>,
    /// Every named string enum, which the emit stage generates.
    pub enums: Vec<EnumSpec>,
    /// Every named discriminated union, which the emit stage generates.
    pub unions: Vec<UnionSpec>,
    /// Component schemas of booleans that allow one value (`{type: boolean, enum: [false]}`),
    /// with that value: generated as the runtime's `False` or `True`.
    pub constants: Vec<(String, bool)>,
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
    /// The component schemas a request body can contain, which get constructors (`new` with
    /// the required fields): Rust name → its required properties' wire names, in spec order.
    pub request_types: BTreeMap<String, Vec<String>>,
    /// An example of every component schema, as JSON text, by Rust type name (see [`example_values`]).
    pub examples: BTreeMap<String, String>,
}

/// The webhooks an API sends (`x-webhooks`): the body property that names the event type, and
/// the typed events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhooks {
    /// The JSON property of the body that names the event (`type` for Polar, `object` for
    /// Flowglad).
    pub tag: String,
    /// How a secret becomes the signing key (`x-webhooks.key`).
    pub key: SigningKey,
    /// Where an event names its resource and that resource's version (`x-webhooks.ordering`).
    pub ordering: Option<Ordering>,
    /// The typed events, in spec order.
    pub events: Vec<WebhookEvent>,
}

/// Where a webhook event names the resource it is about and the resource's version, as JSON
/// pointers into the body (the runtime's `inbox::Ordering`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ordering {
    /// The resource's id (`/data/id`).
    pub key: String,
    /// Its version: the first present (`/data/modified_at`, then `/data/created_at`).
    pub version: Vec<String>,
}

/// How the API turns a webhook secret into the HMAC key it signs with (the runtime's
/// `webhook::SigningKey`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigningKey {
    /// Standard Webhooks: the base64 text after `whsec_` (`key: base64`, the default).
    Base64,
    /// The secret's own UTF-8 bytes (`key: utf8`, as Polar's server signs).
    Utf8,
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
    /// The variant that keeps values this client does not know: `Unknown`, or `UnknownValue`
    /// when a value of the enum is itself named `Unknown`.
    pub fallback: String,
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
#[derive(Debug, Clone, PartialEq)]
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
    /// Query parameters sent as one delimited value where progenitor would repeat the key
    /// (`tags=a&tags=b`): `style: form, explode: false` joins with `,` (`tags=a,b`), and
    /// `spaceDelimited` / `pipeDelimited` with `explode: false` join with a space or `|`.
    pub delimited: Vec<(String, char)>,
    /// The `Content-Type` of the request body when it is a JSON type other than
    /// `application/json` (`application/json-patch+json`, `application/vnd.api+json`): progenitor
    /// sends the body as JSON, and the client labels it with this type.
    pub request_content_type: Option<String>,
    /// The `Accept` header when the success body is a JSON type other than `application/json`
    /// (`application/vnd.api+json`): progenitor would ask for `application/json`.
    pub accept: Option<String>,
    /// Success statuses without a body left out beside one with a body: the other success
    /// statuses are then not decoded as that body, and reach the caller as errors.
    pub bodiless_successes: Vec<String>,
    /// The 2xx responses, when their JSON bodies differ: `send` decodes by status into the
    /// operation's success enum. Empty when one body serves every success status.
    pub success_bodies: Vec<SuccessBody>,
    /// The header with which the API makes a retried non-idempotent request safe, from
    /// `x-idempotency-header` on the operation or on `info`; `None` when the API honours none.
    pub idempotency_header: Option<String>,
    /// The first documented 2xx status (what a mock answers a typed success with); `None` when
    /// only a range or `default` is documented.
    pub success_status: Option<u16>,
    /// The operation's own rate limits (`x-rate-limit`), beside its server's.
    pub rate_limits: Vec<RateLimit>,
    /// The parameters the client sends (the operation's, then its path item's), `$ref`s
    /// resolved; the ones progenitor cannot send are left out (see the operation's notes).
    pub parameters: Vec<Parameter>,
    /// The bounds the spec declares on the request body, by path below it.
    pub body_rules: Vec<bounds::Rule>,
}

/// One parameter of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// Its name on the wire.
    pub name: String,
    /// Where it goes.
    pub location: ParameterLocation,
    /// Whether the operation needs it.
    pub required: bool,
    /// The bounds the spec declares on it.
    pub rules: Vec<bounds::Rule>,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterLocation {
    /// A path segment.
    Path,
    /// The query string.
    Query,
    /// A header.
    Header,
}

/// At most `requests` requests in any `seconds` (an entry of `x-rate-limit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// How many requests.
    pub requests: u32,
    /// In how many seconds.
    pub seconds: u64,
}

/// One 2xx response of an operation whose success bodies differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuccessBody {
    /// The status.
    pub status: u16,
    /// The response's description.
    pub description: String,
    /// The Rust type of its body (a schema of `types`), or `None` for no body.
    pub type_name: Option<String>,
}

/// An operation's authentication, from its (or the document's) first security requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// `type: http, scheme: bearer`, and OAuth 2 and OpenID Connect, whose tokens the client
    /// sends as bearer tokens.
    Bearer,
    /// `type: http, scheme: basic`: the credential is `user:password`.
    Basic,
    /// `type: apiKey, in: header`: the named header carries the key.
    Header(String),
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
    /// The path of the number of items across all pages, if the API reports it.
    pub total: Option<String>,
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
    /// The rate limits every request to it keeps to (`x-rate-limit`).
    pub rate_limits: Vec<RateLimit>,
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

/// What the model stage learns about a document before it rewrites it: the schema rewrites
/// and hoisted enums, the enums and unions the emit stage generates, each operation's
/// authentication and paging, servers, webhooks. [`plan`] builds it and reports every problem
/// of these rules, so that [`build`] can list them with the check stage's in one run.
#[derive(Debug, Clone)]
pub struct Plan {
    raw: Value,
    enums: Vec<EnumSpec>,
    unions: Vec<UnionSpec>,
    constants: Vec<(String, bool)>,
    keep_null: Vec<(String, Vec<String>)>,
    request_types: BTreeMap<String, Vec<String>>,
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
    rate_limits: Vec<RateLimit>,
    secret_params: Vec<String>,
    delimited: Vec<(String, char)>,
    request_content_type: Option<String>,
    accept: Option<String>,
    bodiless_successes: Vec<String>,
    success_bodies: Vec<SuccessBody>,
    parameter_rules: BTreeMap<String, Vec<bounds::Rule>>,
    body_rules: Vec<bounds::Rule>,
}

/// Learns what [`rewrite`] needs from `spec`, with every problem of the model stage's rules.
pub fn plan(spec: &Spec) -> (Plan, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut raw = spec.raw.clone();
    for_each_schema(&mut raw, &mut rewrite_schema);
    delimited_styles_to_form(&mut raw);
    let shared_bodies = normalize_shared_media(&mut raw);
    let mut origins = hoist_inline_enums(&mut raw);
    origins.extend(hoist_parameter_enums(&mut raw));
    origins.extend(hoist_colliding_enums(&mut raw));
    let constants = hoist_boolean_constants(&mut raw);
    let enums = collect_enums(spec, &raw, &origins, &mut problems);
    let unions = collect_unions(spec, &raw, &mut problems);
    let keep_null = collect_keep_null(&raw);
    let request_types = schemas::collect_request_types(&raw);
    let secrets = collect_secrets(&raw);
    for_each_schema(&mut raw, &mut keep_empty_collections);
    let mut operations = BTreeMap::new();
    let mut taken_names = schemas::taken_names(&raw);
    for (path, item) in &spec.doc.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        for (method, op) in
            Method::KEYS.iter().zip([&item.get, &item.put, &item.post, &item.delete, &item.options, &item.head, &item.patch, &item.trace])
        {
            let Some(op) = op else { continue };
            let pointer = format!("/paths/{}/{method}", escape(path));
            let security_pointer = if op.security.is_some() { format!("{pointer}/security") } else { "/security".to_owned() };
            let auth = operation_auth(spec, op.security.as_ref().or(spec.doc.security.as_ref()), &security_pointer, &mut problems);
            // dropshot's `x-dropshot-pagination` makes progenitor write `_stream` methods against
            // its own error types; it becomes this pipeline's cursor paging (`page_token` →
            // `next_page`, `items`) and is removed before progenitor sees it.
            let dropshot = op.extensions.contains_key("x-dropshot-pagination").then(|| {
                if let Some(Value::Object(raw_op)) = raw.pointer_mut(&pointer) {
                    raw_op.remove("x-dropshot-pagination");
                }
                json!({ "style": "cursor", "cursor_param": "page_token", "next_cursor": "next_page", "items": "items" })
            });
            let pagination = match (spec.raw.pointer(&format!("{pointer}/x-pagination")), &dropshot) {
                (Some(p), _) => operation_pagination(spec, p, op, &pointer, &mut problems),
                // An operation whose shape is not dropshot's usual page is left unpaged, not refused.
                (None, Some(p)) => {
                    let mut unfit = Vec::new();
                    operation_pagination(spec, p, op, &pointer, &mut unfit).filter(|_| unfit.is_empty())
                }
                (None, None) => None,
            };
            let idempotency_header = idempotency_header(spec, &pointer, &mut problems);
            let rate_limits = rate_limits(spec, &format!("{pointer}/x-rate-limit"), &mut problems);
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
            let delimited = op
                .parameters
                .iter()
                .chain(&item.parameters)
                .filter_map(|p| spec.parameter(p))
                .filter_map(|p| match p {
                    // `explode` defaults to true for `form` only (OpenAPI 3.0.3, "Parameter Object").
                    openapiv3::Parameter::Query { style, parameter_data, .. } => {
                        let delimiter = match (style, parameter_data.explode) {
                            (openapiv3::QueryStyle::Form, Some(false)) => ',',
                            (openapiv3::QueryStyle::SpaceDelimited, None | Some(false)) => ' ',
                            (openapiv3::QueryStyle::PipeDelimited, None | Some(false)) => '|',
                            _ => return None,
                        };
                        Some((parameter_data.name.clone(), delimiter))
                    }
                    _ => None,
                })
                .collect();
            // The bounds, from the document as written (the rewrite moves them into the docs).
            let parameter_rules = op
                .parameters
                .iter()
                .chain(&item.parameters)
                .filter_map(|p| spec.parameter(p))
                .filter_map(|p| {
                    let data = p.parameter_data_ref();
                    let openapiv3::ParameterSchemaOrContent::Schema(schema) = &data.format else { return None };
                    let rules = bounds::rules(&spec.raw, &serde_json::to_value(schema).ok()?);
                    (!rules.is_empty()).then(|| (data.name.clone(), rules))
                })
                .collect();
            let body_rules = request_body_schema(spec, &pointer).map(|schema| bounds::rules(&spec.raw, schema)).unwrap_or_default();
            let mut accept = None;
            let request_content_type = normalize_operation_media(&mut raw, &pointer, &shared_bodies, &mut accept);
            leave_out_unsendable_parameters(&mut raw, &pointer, op, item, spec);
            let success_bodies = split_success_bodies(&mut raw, &pointer, op.operation_id.as_deref().unwrap_or_default(), &mut taken_names);
            let bodiless_successes =
                if success_bodies.is_empty() { leave_out_bodiless_successes(&mut raw, &pointer, op, spec) } else { Vec::new() };
            operations.insert(
                pointer,
                OperationPlan {
                    auth,
                    pagination,
                    idempotency_header,
                    rate_limits,
                    secret_params,
                    delimited,
                    request_content_type,
                    accept,
                    bodiless_successes,
                    success_bodies,
                    parameter_rules,
                    body_rules,
                },
            );
        }
    }
    let servers = collect_servers(spec, &mut problems);
    let webhooks = collect_webhooks(spec, &mut problems);
    let version_header = spec
        .raw
        .pointer("/info/x-version-header")
        .and_then(|h| Some((h.get("name")?.as_str()?.to_owned(), h.get("value")?.as_str()?.to_owned())));
    let plan = Plan { raw, enums, unions, constants, keep_null, request_types, secrets, servers, webhooks, version_header, operations };
    // A rule met by many operations at one place (a document-wide `security`) is one problem.
    let mut unique: Vec<Problem> = Vec::with_capacity(problems.len());
    for problem in problems {
        if !unique.iter().any(|p| p.location == problem.location && p.message == problem.message) {
            unique.push(problem);
        }
    }
    (plan, unique)
}

/// The JSON schema of the request body of the operation at `pointer`, as written (a `$ref`'d
/// request body followed).
fn request_body_schema<'a>(spec: &'a Spec, pointer: &str) -> Option<&'a Value> {
    let mut body = spec.raw.pointer(&format!("{pointer}/requestBody"))?;
    for _ in 0..8 {
        match body.get("$ref").and_then(Value::as_str) {
            Some(reference) => body = resolve(&spec.raw, reference)?,
            None => break,
        }
    }
    let content = body.get("content")?.as_object()?;
    let (_, media) = content.iter().filter(|(m, _)| media_rank(m) <= 2).min_by_key(|(m, _)| media_rank(m))?;
    media.get("schema")
}

/// The parameters of `list` the client sends, `$ref`s resolved through `named` (the document's
/// `components.parameters`); an operation's own parameter hides its path item's of the same name
/// and place.
fn parameters<'a>(
    list: impl Iterator<Item = &'a ReferenceOr<openapiv3::Parameter>>,
    named: &BTreeMap<String, ReferenceOr<openapiv3::Parameter>>,
) -> Vec<Parameter> {
    let mut out: Vec<Parameter> = Vec::new();
    for parameter in list {
        let mut parameter = parameter;
        for _ in 0..16 {
            match parameter {
                ReferenceOr::Reference { reference } => match reference.strip_prefix("#/components/parameters/").and_then(|n| named.get(n))
                {
                    Some(next) => parameter = next,
                    None => break,
                },
                ReferenceOr::Item(_) => break,
            }
        }
        let ReferenceOr::Item(parameter) = parameter else { continue };
        let location = match parameter {
            openapiv3::Parameter::Path { .. } => ParameterLocation::Path,
            openapiv3::Parameter::Query { .. } => ParameterLocation::Query,
            openapiv3::Parameter::Header { .. } => ParameterLocation::Header,
            openapiv3::Parameter::Cookie { .. } => continue,
        };
        let data = parameter.parameter_data_ref();
        if !out.iter().any(|p| p.name == data.name && p.location == location) {
            out.push(Parameter { name: data.name.clone(), location, required: data.required, rules: Vec::new() });
        }
    }
    out
}

/// Keeps the one request media type progenitor can send best (JSON first), naming a JSON
/// alias `application/json`. Returns the `Content-Type` to send when it is not
/// `application/json`, and a note naming the media types dropped, if any.
fn choose_request_media(content: &mut Map<String, Value>) -> (Option<String>, Option<String>) {
    let Some(chosen) = content.keys().min_by_key(|m| media_rank(m)).cloned() else { return (None, None) };
    let dropped: Vec<String> = content.keys().filter(|m| **m != chosen).map(|m| format!("`{m}`")).collect();
    let note = (!dropped.is_empty()).then(|| {
        let sent = if media_rank(&chosen) == 2 { "application/json" } else { chosen.as_str() };
        format!("The request body is sent as `{sent}`; the API also accepts {}, which this client does not send.", dropped.join(", "))
    });
    let media = content.remove(&chosen).unwrap_or(Value::Null);
    content.clear();
    let header = match media_rank(&chosen) {
        0 => {
            content.insert(chosen, media);
            None
        }
        1 => {
            content.insert("application/json".into(), media);
            // `HeaderValue::from_static` accepts visible ASCII and spaces only.
            chosen.bytes().all(|b| (0x20..0x7f).contains(&b)).then_some(chosen)
        }
        2 => {
            content.insert("application/json".into(), media);
            None
        }
        _ => {
            content.insert(chosen, media);
            None
        }
    };
    (header, note)
}

/// A response with no `application/json` body but a JSON alias or a wildcard with a schema is
/// decoded as JSON: progenitor would otherwise hand back untyped bytes.
fn normalize_response_media(content: &mut Map<String, Value>) -> Option<String> {
    if content.keys().any(|m| media_rank(m) == 0) {
        return None;
    }
    let alias = content
        .iter()
        .filter(|(m, v)| matches!(media_rank(m), 1 | 2) && v.get("schema").is_some())
        .map(|(m, _)| m.clone())
        .min_by_key(|m| media_rank(m));
    if let Some(alias) = alias
        && let Some(media) = content.remove(&alias)
    {
        content.insert("application/json".into(), media);
        return Some(alias);
    }
    None
}

/// Normalizes `components/responses` and `components/requestBodies`; returns, by `$ref`, the
/// request content type and dropped media of each shared request body, and the JSON type of each
/// shared response (when not `application/json`).
fn normalize_shared_media(raw: &mut Value) -> BTreeMap<String, (Option<String>, Option<String>)> {
    let mut shared = BTreeMap::new();
    if let Some(Value::Object(responses)) = raw.pointer_mut("/components/responses") {
        for (name, response) in responses.iter_mut() {
            if let Some(Value::Object(content)) = response.get_mut("content") {
                // A shared response's own JSON type, for the `Accept` of the operations using it.
                let alias = normalize_response_media(content);
                shared.insert(format!("#/components/responses/{name}"), (alias, None));
            }
        }
    }
    if let Some(Value::Object(bodies)) = raw.pointer_mut("/components/requestBodies") {
        for (name, body) in bodies.iter_mut() {
            if let Some(Value::Object(content)) = body.get_mut("content") {
                shared.insert(format!("#/components/requestBodies/{name}"), choose_request_media(content));
            }
        }
    }
    shared
}

/// Normalizes the media types of the operation at `pointer` (see [`choose_request_media`] and
/// [`normalize_response_media`]), noting dropped request types in its description.
fn normalize_operation_media(
    raw: &mut Value,
    pointer: &str,
    shared: &BTreeMap<String, (Option<String>, Option<String>)>,
    accept: &mut Option<String>,
) -> Option<String> {
    let op = raw.pointer_mut(pointer)?;
    // A websocket's `*/*` response is the upgraded connection, not a JSON body.
    let websocket = op.get("x-dropshot-websocket").is_some();
    if let Some(Value::Object(responses)) = op.get_mut("responses").filter(|_| !websocket) {
        let mut success_media: Vec<String> = Vec::new();
        for (status, response) in responses.iter_mut() {
            let shared_alias = response.get("$ref").and_then(Value::as_str).map(|r| shared.get(r).and_then(|(alias, _)| alias.clone()));
            let alias = match (shared_alias, response.get_mut("content")) {
                (Some(alias), _) => alias,
                (None, Some(Value::Object(content))) => normalize_response_media(content),
                _ => None,
            };
            if let Some(alias) = alias
                && status.starts_with('2')
                && !success_media.contains(&alias)
            {
                success_media.push(alias);
            }
        }
        // The client asks for what the API sends (a `+json` type), not `application/json`.
        if !success_media.is_empty() {
            *accept = Some(success_media.join(", "));
        }
    }
    let body = op.get_mut("requestBody")?;
    let (header, note) = match body.get("$ref").and_then(Value::as_str) {
        Some(reference) => shared.get(reference).cloned().unwrap_or_default(),
        None => match body.get_mut("content") {
            Some(Value::Object(content)) => choose_request_media(content),
            _ => (None, None),
        },
    };
    if let Some(note) = note {
        let description = op.get("description").and_then(Value::as_str).map_or(note.clone(), |d| format!("{d}\n\n{note}"));
        op["description"] = json!(description);
    }
    header
}

/// Operations whose 2xx responses have different JSON bodies: each body becomes a named schema
/// (a `$ref` keeps its own), and every 2xx response is handed to progenitor as bytes, which the
/// generated `send` decodes by status into the operation's success enum. Returns the statuses
/// and their types, or nothing when the bodies agree (progenitor's own path).
fn split_success_bodies(
    raw: &mut Value,
    pointer: &str,
    operation_id: &str,
    taken: &mut std::collections::BTreeSet<String>,
) -> Vec<SuccessBody> {
    let Some(Value::Object(responses)) = raw.pointer(&format!("{pointer}/responses")).cloned() else { return Vec::new() };
    let mut successes: Vec<(u16, String, Option<Value>)> = Vec::new();
    for (status, response) in &responses {
        let Some(code) = status.parse::<u16>().ok().filter(|c| (200..300).contains(c)) else { continue };
        let response = match response.get("$ref").and_then(Value::as_str) {
            Some(reference) => resolve(raw, reference).cloned().unwrap_or(Value::Null),
            None => response.clone(),
        };
        let description = response.get("description").and_then(Value::as_str).unwrap_or_default().to_owned();
        let schema = response.pointer("/content/application~1json/schema").cloned();
        successes.push((code, description, schema));
    }
    let bodies: std::collections::BTreeSet<String> = successes.iter().filter_map(|(_, _, s)| s.as_ref().map(Value::to_string)).collect();
    if bodies.len() < 2 {
        return Vec::new();
    }
    let mut split = Vec::new();
    let mut hoisted = Vec::new();
    for (code, description, schema) in successes {
        let type_name =
            schema.map(|schema| match schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/components/schemas/")) {
                Some(name) => rust_name(name),
                None => {
                    let mut name = format!("{}{}Body", rust_name(operation_id), code);
                    while !taken.insert(name.clone()) {
                        name.push_str("Success");
                    }
                    hoisted.push((name.clone(), schema));
                    name
                }
            });
        if let Some(Value::Object(responses)) = raw.pointer_mut(&format!("{pointer}/responses")) {
            // Bodiless ones too: progenitor needs one kind of success response.
            let content = json!({ "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } });
            responses.insert(code.to_string(), json!({ "description": description, "content": content }));
        }
        split.push(SuccessBody { status: code, description, type_name });
    }
    schemas::add_schemas(raw, hoisted);
    split
}

/// Appends `note` as a paragraph of the operation's description at `pointer`.
fn note_on_operation(raw: &mut Value, pointer: &str, note: &str) {
    let Some(op) = raw.pointer_mut(pointer) else { return };
    let description = op.get("description").and_then(Value::as_str).map_or(note.to_owned(), |d| format!("{}\n\n{note}", d.trim_end()));
    op["description"] = json!(description);
}

/// Leaves out the optional cookie and `deepObject` query parameters progenitor cannot send
/// (the check stage refuses required ones), noting each in the operation's description. One declared
/// on the path item is left out of the item, so of every operation under it.
fn leave_out_unsendable_parameters(raw: &mut Value, pointer: &str, op: &openapiv3::Operation, item: &openapiv3::PathItem, spec: &Spec) {
    let unsendable = |p: &openapiv3::Parameter| match p {
        openapiv3::Parameter::Cookie { parameter_data, .. } if !parameter_data.required => {
            Some(format!("the cookie `{}`", parameter_data.name))
        }
        openapiv3::Parameter::Query { style: openapiv3::QueryStyle::DeepObject, parameter_data, .. } if !parameter_data.required => {
            Some(format!("the query parameter `{}` (`style: deepObject`)", parameter_data.name))
        }
        _ => None,
    };
    let item_pointer = pointer.rsplit_once('/').map_or(pointer, |(p, _)| p).to_owned();
    let mut notes = Vec::new();
    for (list, params) in [(format!("{pointer}/parameters"), &op.parameters), (format!("{item_pointer}/parameters"), &item.parameters)] {
        let drop: Vec<bool> = params.iter().map(|p| spec.parameter(p).and_then(unsendable).map(|n| notes.push(n)).is_some()).collect();
        if drop.contains(&true)
            && let Some(Value::Array(raw_params)) = raw.pointer_mut(&list)
        {
            let mut i = 0;
            raw_params.retain(|_| {
                i += 1;
                !drop.get(i - 1).copied().unwrap_or(false)
            });
        }
    }
    if !notes.is_empty() {
        note_on_operation(raw, pointer, &format!("Not sent by this client (progenitor 0.15 cannot encode them): {}.", notes.join(", ")));
    }
}

/// Leaves out 2xx responses without a body when another 2xx has one (progenitor needs one
/// success body), noting them; returns their statuses. They then reach the caller as errors
/// that carry the status, rather than failing to decode as the other body.
fn leave_out_bodiless_successes(raw: &mut Value, pointer: &str, op: &openapiv3::Operation, spec: &Spec) -> Vec<String> {
    let successes: Vec<(String, bool, String)> = op
        .responses
        .responses
        .iter()
        .filter(|(status, _)| status.to_string().starts_with('2'))
        .filter_map(|(status, r)| {
            // A `$ref`'d response (`components/responses`) counts by what it refers to.
            let r = match r {
                ReferenceOr::Item(r) => r,
                ReferenceOr::Reference { reference } => reference
                    .strip_prefix("#/components/responses/")
                    .and_then(|n| spec.doc.components.as_ref()?.responses.get(n))
                    .and_then(ReferenceOr::as_item)?,
            };
            Some((status.to_string(), r.content.is_empty(), r.description.clone()))
        })
        .collect();
    if !successes.iter().any(|(_, bodiless, _)| !bodiless) {
        return Vec::new();
    }
    let bodiless: Vec<(String, String)> = successes.into_iter().filter(|(_, b, _)| *b).map(|(s, _, d)| (s, d)).collect();
    if bodiless.is_empty() {
        return Vec::new();
    }
    if let Some(Value::Object(responses)) = raw.pointer_mut(&format!("{pointer}/responses")) {
        for (status, _) in &bodiless {
            responses.remove(status);
        }
    }
    let listed: Vec<String> = bodiless
        .iter()
        .map(|(s, d)| if d.is_empty() { format!("`{s}`") } else { format!("`{s}` ({})", d.trim_end_matches('.')) })
        .collect();
    note_on_operation(
        raw,
        pointer,
        &format!("A {} response has no body: `send` returns it as an error with that status (`Unexpected`).", listed.join(", a ")),
    );
    bodiless.into_iter().map(|(s, _)| s).collect()
}

/// progenitor 0.15 refuses `spaceDelimited` and `pipeDelimited` query parameters; they become
/// `form`, and the operation's [`OperationInfo::delimited`] joins their values on the wire.
fn delimited_styles_to_form(raw: &mut Value) {
    let mut lists: Vec<&mut Value> = Vec::new();
    let (paths, components) = match raw {
        Value::Object(doc) => {
            let mut paths = None;
            let mut components = None;
            for (key, value) in doc.iter_mut() {
                match key.as_str() {
                    "paths" => paths = Some(value),
                    "components" => components = Some(value),
                    _ => {}
                }
            }
            (paths, components)
        }
        _ => return,
    };
    if let Some(Value::Object(paths)) = paths {
        for item in paths.values_mut().filter_map(Value::as_object_mut) {
            for (key, value) in item.iter_mut() {
                if key == "parameters" {
                    lists.push(value);
                } else if let Some(params) = value.as_object_mut().and_then(|op| op.get_mut("parameters")) {
                    lists.push(params);
                }
            }
        }
    }
    let mut params: Vec<&mut Value> = lists.into_iter().filter_map(Value::as_array_mut).flat_map(|l| l.iter_mut()).collect();
    if let Some(Value::Object(shared)) = components.and_then(|c| c.get_mut("parameters")) {
        params.extend(shared.values_mut());
    }
    for param in params {
        if let Some(style) = param.get_mut("style")
            && matches!(style.as_str(), Some("spaceDelimited" | "pipeDelimited"))
        {
            *style = json!("form");
        }
    }
}

/// Builds the model of `spec` and the document for progenitor (see [`plan`] and [`rewrite`]).
/// `checked` are the check stage's problems: with the plan's own, every one is reported at
/// once, in document order, as one [`Error::Invalid`].
pub fn build(spec: &Spec, checked: Vec<Problem>) -> Result<Prepared> {
    let mut problems = checked;
    let (plan, planned) = plan(spec);
    for problem in planned {
        if !problems.iter().any(|p| p.location == problem.location && p.message == problem.message) {
            problems.push(problem);
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.location.line, p.location.column));
        return Err(Error::Invalid { file: spec.name.clone(), problems });
    }
    rewrite(spec, plan)
}

/// [`build`] without the check stage: for a spec known to pass it (benchmarks, tests).
pub fn prepare(spec: &Spec) -> Result<Prepared> {
    build(spec, Vec::new())
}

/// `components.schemas` of `doc` as JSON (only when error bodies were hoisted, which is rare).
fn raw_schemas(doc: &OpenAPI) -> Map<String, Value> {
    doc.components.as_ref().and_then(|c| serde_json::to_value(&c.schemas).ok()).and_then(|v| v.as_object().cloned()).unwrap_or_default()
}

/// Rewrites the planned document into one progenitor accepts: every non-2xx response moves into
/// the operation's error table, inline error bodies are hoisted into `components.schemas`.
pub fn rewrite(spec: &Spec, plan: Plan) -> Result<Prepared> {
    let Plan { raw, enums, unions, constants, keep_null, request_types, secrets, servers, webhooks, version_header, operations: planned } =
        plan;
    let mut example_values =
        raw.pointer("/components/schemas").and_then(Value::as_object).map(example_values::example_values).unwrap_or_default();
    let mut doc: OpenAPI = serde_json::from_value(raw).map_err(|e| Error::Internal {
        stage: "model",
        location: Location::file(spec.name.clone()),
        message: format!("the prepared document no longer parses (a bug in the model stage): {e}"),
    })?;
    // progenitor reports `info.version` as the client's API version (`ClientInfo::api_version`,
    // the client's docs); where the spec names the version header the client sends, that is it.
    if let Some((_, value)) = &version_header {
        doc.info.version.clone_from(value);
    }
    let mut hoisted: Vec<(String, ReferenceOr<Schema>)> = Vec::new();
    let mut operations = Vec::new();
    let mut taken_names: std::collections::BTreeSet<String> = doc.components.iter().flat_map(|c| c.schemas.keys().cloned()).collect();

    let named_parameters: BTreeMap<String, ReferenceOr<openapiv3::Parameter>> =
        doc.components.iter().flat_map(|c| c.parameters.iter().map(|(k, v)| (k.clone(), v.clone()))).collect();
    for (path, item) in doc.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else { continue };
        let shared_parameters = item.parameters.clone();
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
        for (method, op) in Method::KEYS.iter().zip(methods).filter_map(|(m, op)| Some((*m, op.as_mut()?))) {
            let operation_id = op.operation_id.clone().unwrap_or_default();
            let mut parameters = parameters(op.parameters.iter().chain(&shared_parameters), &named_parameters);
            let mut errors = Vec::new();
            // A dropshot websocket's `default` is its `101 Switching Protocols` to progenitor.
            let websocket = op.extensions.contains_key("x-dropshot-websocket");
            let statuses: Vec<StatusCode> = op
                .responses
                .responses
                .keys()
                .filter(|s| !(is_success(s) || (websocket && matches!(s, StatusCode::Code(101)))))
                .cloned()
                .collect();
            let success_status = op.responses.responses.keys().find_map(|s| match s {
                StatusCode::Code(code @ 200..=299) => Some(*code),
                _ => None,
            });
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
            if let Some(default) = op.responses.default.take_if(|_| !websocket) {
                taken.push((Status::Default, default));
            }
            for (status, response) in taken {
                let (description, body) = describe(spec, &response, &operation_id, &status.to_string(), &mut taken_names, &mut hoisted);
                errors.push(ErrorResponse { status, description, body });
            }
            let pointer = format!("/paths/{}/{method}", escape(path));
            let Some(OperationPlan {
                auth,
                pagination,
                idempotency_header,
                rate_limits,
                secret_params,
                delimited,
                request_content_type,
                accept,
                bodiless_successes,
                success_bodies,
                parameter_rules,
                body_rules,
            }) = planned.get(&pointer).cloned()
            else {
                return Err(Error::Internal {
                    stage: "model",
                    location: Location::file(spec.name.clone()),
                    message: format!("the plan has no operation at {pointer}"),
                });
            };
            for parameter in &mut parameters {
                parameter.rules = parameter_rules.get(&parameter.name).cloned().unwrap_or_default();
            }
            operations.push(OperationInfo {
                operation_id,
                method: Method::from_key(method).expect("the loop walks the eight method keys"),
                path: path.clone(),
                errors,
                auth,
                pagination,
                secret_params,
                delimited,
                request_content_type,
                accept,
                bodiless_successes,
                success_bodies,
                idempotency_header,
                success_status,
                rate_limits,
                parameters,
                body_rules,
            });
        }
    }
    if !hoisted.is_empty() {
        // Hoisted error bodies get examples too (a typed error reply is built from one).
        let mut all: Map<String, Value> = raw_schemas(&doc);
        let names: Vec<String> = hoisted.iter().map(|(name, _)| name.clone()).collect();
        all.extend(hoisted.iter().filter_map(|(name, schema)| Some((name.clone(), serde_json::to_value(schema).ok()?))));
        let mut more = example_values::example_values(&all);
        example_values.extend(names.into_iter().filter_map(|name| more.remove_entry(&name)));
        let components = doc.components.get_or_insert_with(Default::default);
        components.schemas.extend(hoisted);
    }
    let examples = example_values
        .into_iter()
        .map(|(name, mut value)| {
            example_values::rename_references(&mut value, &rust_name);
            (rust_name(&name), value.to_string())
        })
        .collect();
    Ok(Prepared {
        doc,
        operations,
        enums,
        unions,
        constants,
        keep_null,
        request_types,
        secrets,
        servers,
        version_header,
        webhooks,
        examples,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(yaml: &str) -> Result<Prepared> {
        let spec = Spec::parse("m.yaml", yaml.as_bytes()).expect("loads");
        super::build(&spec, crate::check::check(&spec))
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: M, version: \"1\"}\n";

    #[test]
    fn error_responses_move_out_of_the_document_into_the_operations_table() {
        let prepared = build(&format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: a\n      responses:\n        \"200\": {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}\n        \"404\": {{description: gone, content: {{application/json: {{schema: {{type: object, properties: {{why: {{type: string}}}}}}}}}}}}\n        \"5XX\": {{description: broken, content: {{text/plain: {{schema: {{type: string}}}}}}}}\n        default: {{description: other}}\n"
        ))
        .unwrap();
        let op = &prepared.operations[0];
        let errors: Vec<(Status, &ErrorBody)> = op.errors.iter().map(|e| (e.status, &e.body)).collect();
        assert_eq!(
            errors,
            [
                (Status::Code(404), &ErrorBody::Schema("A404Error".into())),
                (Status::Range(5), &ErrorBody::Raw("text/plain".into())),
                (Status::Default, &ErrorBody::Empty)
            ]
        );
        // The inline error body is hoisted, so a type is generated for it; the document keeps
        // only the success.
        let responses = &prepared.doc.paths.paths["/a"].as_item().unwrap().get.as_ref().unwrap().responses;
        assert_eq!(responses.responses.len(), 1);
        assert!(responses.default.is_none());
        assert!(prepared.doc.components.as_ref().unwrap().schemas.contains_key("A404Error"));
    }

    #[test]
    fn parameters_are_the_operations_then_its_path_items_resolved_and_sendable() {
        let prepared = build(&format!(
            "{HEAD}paths:\n  /a/{{id}}:\n    parameters:\n      - {{name: id, in: path, required: true, schema: {{type: string}}}}\n      - {{name: limit, in: query, schema: {{type: integer}}}}\n    get:\n      operationId: a\n      parameters:\n        - {{$ref: \"#/components/parameters/Tags\"}}\n        - {{name: limit, in: query, required: true, schema: {{type: integer}}}}\n        - {{name: session, in: cookie, schema: {{type: string}}}}\n        - {{name: X-Trace, in: header, schema: {{type: string}}}}\n      responses: {{\"200\": {{description: ok}}}}\ncomponents:\n  parameters:\n    Tags: {{name: tags, in: query, explode: false, schema: {{type: array, items: {{type: string}}}}}}\n"
        ))
        .unwrap();
        let op = &prepared.operations[0];
        let params: Vec<(&str, ParameterLocation, bool)> =
            op.parameters.iter().map(|p| (p.name.as_str(), p.location, p.required)).collect();
        // The operation's `limit` hides its path item's; the optional cookie is left out.
        assert_eq!(
            params,
            [
                ("tags", ParameterLocation::Query, false),
                ("limit", ParameterLocation::Query, true),
                ("X-Trace", ParameterLocation::Header, false),
                ("id", ParameterLocation::Path, true)
            ]
        );
        assert_eq!(op.delimited, [("tags".to_owned(), ',')]);
    }

    #[test]
    fn the_plans_problems_are_reported_with_the_checks_in_document_order() {
        let error = build(&format!(
            "{HEAD}paths:\n  /a:\n    get:\n      operationId: a\n      x-idempotency-header: 12\n      responses: {{\"200\": {{description: ok}}}}\n  /b:\n    get:\n      responses: {{\"200\": {{description: ok}}}}\n"
        ))
        .unwrap_err();
        let Error::Invalid { problems, .. } = error else { panic!("{error}") };
        let lines: Vec<(usize, &str)> = problems.iter().map(|p| (p.location.line.unwrap_or(0), p.message.as_str())).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].0 < lines[1].0, "{lines:?}");
        assert!(lines[0].1.contains("`x-idempotency-header` must be a header name"), "{lines:?}");
        assert!(lines[1].1.contains("has no `operationId`"), "{lines:?}");
    }

    #[test]
    fn the_version_header_is_the_version_the_client_reports() {
        let prepared = build(
            "openapi: 3.0.3\ninfo: {title: M, version: \"2026-11-21\", x-version-header: {name: Api-Version, value: \"2026-10\"}}\npaths: {}\n",
        )
        .unwrap();
        assert_eq!(prepared.doc.info.version, "2026-10");
        assert_eq!(prepared.version_header, Some(("Api-Version".to_owned(), "2026-10".to_owned())));
    }
}
