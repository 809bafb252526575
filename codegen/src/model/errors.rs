//! Error responses: each operation's non-2xx responses become its error table (status, description,
//! body kind), and inline error bodies get a name in `components.schemas`.

use super::*;

pub(super) fn is_success(status: &StatusCode) -> bool {
    match status {
        StatusCode::Code(code) => (200..300).contains(code),
        StatusCode::Range(range) => *range == 2,
    }
}

pub(super) fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or("").trim();
    essence == "application/json" || essence.ends_with("+json")
}

pub(super) fn describe(
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
            // The check stage proved the reference resolves; a node that is not a response is empty.
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
