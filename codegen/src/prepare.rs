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

use openapiv3::{OpenAPI, ReferenceOr, Response, Schema, StatusCode};

use crate::load::Spec;
use crate::validate::resolve;

/// The document handed to progenitor, and what was taken out of it.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The rewritten document.
    pub doc: OpenAPI,
    /// Every operation, in document order.
    pub operations: Vec<OperationInfo>,
}

/// One operation and the error responses taken out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationInfo {
    /// The `operationId`.
    pub operation_id: String,
    /// The HTTP method, upper case.
    pub method: String,
    /// The path template, e.g. `/v1/checkouts/{id}`.
    pub path: String,
    /// The documented error responses, in the order written.
    pub errors: Vec<ErrorResponse>,
}

/// One documented error response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorResponse {
    /// `404`, `4XX` or `default`.
    pub status: String,
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

/// Rewrites `spec` for progenitor. `spec` must have passed [`crate::validate`].
pub fn prepare(spec: &Spec) -> Prepared {
    let mut doc = spec.doc.clone();
    let mut hoisted: Vec<(String, ReferenceOr<Schema>)> = Vec::new();
    let mut operations = Vec::new();
    let mut taken_names: std::collections::BTreeSet<String> = doc.components.iter().flat_map(|c| c.schemas.keys().cloned()).collect();

    for (path, item) in doc.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else { continue };
        let methods = [
            ("get", &mut item.get),
            ("put", &mut item.put),
            ("post", &mut item.post),
            ("delete", &mut item.delete),
            ("options", &mut item.options),
            ("head", &mut item.head),
            ("patch", &mut item.patch),
            ("trace", &mut item.trace),
        ];
        for (method, op) in methods.into_iter().filter_map(|(m, op)| Some((m, op.as_mut()?))) {
            let operation_id = op.operation_id.clone().unwrap_or_default();
            let mut errors = Vec::new();
            let statuses: Vec<StatusCode> = op.responses.responses.keys().filter(|s| !is_success(s)).cloned().collect();
            let mut taken: Vec<(String, ReferenceOr<Response>)> = Vec::new();
            for status in statuses {
                if let Some(response) = op.responses.responses.shift_remove(&status) {
                    taken.push((status.to_string(), response));
                }
            }
            if let Some(default) = op.responses.default.take() {
                taken.push(("default".into(), default));
            }
            for (status, response) in taken {
                let (description, body) = describe(spec, &response, &operation_id, &status, &mut taken_names, &mut hoisted);
                errors.push(ErrorResponse { status, description, body });
            }
            operations.push(OperationInfo { operation_id, method: method.to_uppercase(), path: path.clone(), errors });
        }
    }
    if !hoisted.is_empty() {
        let components = doc.components.get_or_insert_with(Default::default);
        components.schemas.extend(hoisted);
    }
    Prepared { doc, operations }
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

/// `checkouts:client_get` → `CheckoutsClientGet`; `4XX` → `4XX`.
pub(crate) fn pascal(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}
