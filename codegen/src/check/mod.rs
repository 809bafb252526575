//! Stage 2, *check*: the rules this pipeline and progenitor 0.15 rely on, checked up front so
//! that every problem in a spec is reported at once, each with its location, before any code runs.
//!
//! Checked: a unique `operationId` on every operation; every `$ref` is local and resolves, and no
//! chain of `$ref`s loops; no construct progenitor 0.15 cannot generate (cookie and `deepObject`
//! parameters, `multipart/form-data` bodies, `$ref`'d path items, several success
//! responses with different bodies). The `openapi: 3.0.x` version is checked while loading.

use std::collections::{BTreeMap, HashSet};

use heck::ToSnakeCase;
use openapiv3::{Parameter, QueryStyle, ReferenceOr};

use crate::error::Problem;
use crate::spec::{Spec, escape, resolve};

/// Checks `spec` against this stage's rules — strict reading, references, operations, names —
/// and returns every problem found. The model stage adds its own (enums, unions,
/// authentication, paging, servers, webhooks) and reports them all at once, in document order
/// ([`crate::model::build`]).
pub fn check(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    crate::spec::strict::check(spec, &mut problems);
    check_refs(spec, &spec.raw, &mut Vec::new(), &mut problems);
    check_operations(spec, &mut problems);
    check_rust_names(spec, &mut problems);
    problems
}

/// Walks the raw document and checks every `$ref` where OpenAPI reads one: a string, local, and
/// resolving (through chains of bare `$ref`s) to a node. Example values, defaults and enum values
/// are data, not walked; the keys of `properties` are names, so a property called `$ref` is one.
fn check_refs<'a>(spec: &Spec, node: &'a serde_json::Value, path: &mut Vec<Segment<'a>>, problems: &mut Vec<Problem>) {
    let names = matches!(path.last(), Some(Segment::Key("properties")));
    match node {
        serde_json::Value::Object(map) => {
            if let Some(reference) = map.get("$ref").filter(|_| !names) {
                let problem = match reference.as_str() {
                    None => Some("`$ref` must be a string".to_owned()),
                    Some(r) if !r.starts_with("#/") => {
                        Some(format!("`$ref: {r}` is not supported: only references within the same file (`#/components/...`) are"))
                    }
                    Some(r) => follow_chain(spec, r),
                };
                if let Some(problem) = problem {
                    problems.push(spec.problem(&format!("{}/$ref", pointer(path)), problem));
                }
            }
            for (key, value) in map {
                if !names && matches!(key.as_str(), "example" | "examples" | "default" | "enum" | "const") {
                    // Data: but `examples` of a parameter or media type maps names to Example
                    // objects, which may be references themselves.
                    if key == "examples" && value.is_object() {
                        for (name, example) in value.as_object().into_iter().flatten() {
                            if let Some(reference) = example.get("$ref") {
                                let problem = match reference.as_str() {
                                    Some(r) if r.starts_with("#/") => follow_chain(spec, r),
                                    _ => Some("`$ref` must be a string within the same file (`#/components/...`)".to_owned()),
                                };
                                if let Some(problem) = problem {
                                    problems.push(spec.problem(&format!("{}/examples/{}/$ref", pointer(path), escape(name)), problem));
                                }
                            }
                        }
                    }
                    continue;
                }
                path.push(Segment::Key(key));
                check_refs(spec, value, path, problems);
                path.pop();
            }
        }
        serde_json::Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                path.push(Segment::Index(i));
                check_refs(spec, value, path, problems);
                path.pop();
            }
        }
        _ => {}
    }
}

/// One step of the path [`check_refs`] walks; the JSON pointer is spelled out only for a problem.
#[derive(Clone, Copy)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn pointer(path: &[Segment]) -> String {
    let mut out = String::new();
    for segment in path {
        out.push('/');
        match segment {
            Segment::Key(key) => out.push_str(&escape(key)),
            Segment::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// Follows `reference` through nodes that are themselves only a `$ref`; reports a dangling target
/// or a loop (a schema that *contains* a reference to itself is fine: that is recursion).
fn follow_chain(spec: &Spec, reference: &str) -> Option<String> {
    let mut seen = vec![reference.to_owned()];
    let mut current = reference.to_owned();
    loop {
        let Some(target) = resolve(&spec.raw, &current) else {
            return Some(if current == reference {
                format!("`$ref: {reference}` points at nothing: no such node in this document")
            } else {
                format!("`$ref: {reference}` leads to `{current}`, which points at nothing")
            });
        };
        match target.get("$ref").and_then(|r| r.as_str()) {
            Some(next) if target.as_object().is_some_and(|m| m.len() == 1) => {
                if seen.iter().any(|s| s == next) {
                    seen.push(next.to_owned());
                    return Some(format!("`$ref` cycle with no schema in it: {}", seen.join(" -> ")));
                }
                seen.push(next.to_owned());
                current = next.to_owned();
            }
            _ => return None,
        }
    }
}

fn check_operations(spec: &Spec, problems: &mut Vec<Problem>) {
    let mut ids: BTreeMap<&str, String> = BTreeMap::new();
    let mut rust_ids: BTreeMap<String, (String, String)> = BTreeMap::new();
    for (path, item) in spec.doc.paths.paths.iter() {
        let item_pointer = format!("/paths/{}", escape(path));
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { .. } => {
                problems
                    .push(spec.problem(&item_pointer, "a `$ref`'d path item is not supported by progenitor; write the operations inline"));
                continue;
            }
        };
        for param in &item.parameters {
            check_parameter(spec, param, &format!("{item_pointer}/parameters"), problems);
        }
        for (method, op) in item.iter() {
            let op_pointer = format!("{item_pointer}/{method}");
            match op.operation_id.as_deref() {
                None | Some("") => problems.push(spec.problem(
                    &op_pointer,
                    format!("`{} {path}` has no `operationId`; every operation needs a unique one", method.to_uppercase()),
                )),
                Some(id) => {
                    if let Some(first) = ids.get(id) {
                        problems.push(spec.problem(
                            &format!("{op_pointer}/operationId"),
                            format!("duplicate operationId `{id}`, first used at #{first}"),
                        ));
                    } else {
                        ids.insert(id, op_pointer.clone());
                        let method_name = id.to_snake_case();
                        if let Some((other, at)) = rust_ids.get(&method_name) {
                            problems.push(spec.problem(
                                &format!("{op_pointer}/operationId"),
                                format!(
                                    "operationIds `{other}` (at #{at}) and `{id}` both become the Rust method `{method_name}`; rename one"
                                ),
                            ));
                        } else {
                            rust_ids.insert(method_name, (id.to_owned(), op_pointer.clone()));
                        }
                    }
                }
            }
            for (i, param) in op.parameters.iter().enumerate() {
                check_parameter(spec, param, &format!("{op_pointer}/parameters/{i}"), problems);
            }
            if let Some(body) = &op.request_body {
                let body_pointer = format!("{op_pointer}/requestBody");
                let body = match body {
                    ReferenceOr::Item(b) => Some(b),
                    ReferenceOr::Reference { reference } => reference
                        .strip_prefix("#/components/requestBodies/")
                        .and_then(|name| spec.doc.components.as_ref()?.request_bodies.get(name))
                        .and_then(|b| b.as_item()),
                };
                // One media type progenitor can send is enough: prepare keeps it and notes the rest.
                let media: Vec<&String> = body.into_iter().flat_map(|b| b.content.keys()).collect();
                if let Some(first) = media.first()
                    && media.iter().all(|m| crate::openapi::media_rank(m) > 3)
                {
                    let detail =
                        if first.starts_with("multipart/") { "" } else { " (it sends JSON, form-urlencoded, plain text or bytes)" };
                    problems.push(spec.problem(
                        &format!("{body_pointer}/content/{}", escape(first)),
                        format!("`{first}` request bodies are not supported by progenitor 0.15{detail}"),
                    ));
                }
            }
            check_success_bodies(spec, op, &op_pointer, problems);
            check_path_parameters(spec, path, item, op, &op_pointer, problems);
        }
    }
}

/// Every `{name}` in the path template needs a declared path parameter (progenitor panics otherwise).
fn check_path_parameters(
    spec: &Spec,
    path: &str,
    item: &openapiv3::PathItem,
    op: &openapiv3::Operation,
    op_pointer: &str,
    problems: &mut Vec<Problem>,
) {
    let declared: HashSet<String> = item
        .parameters
        .iter()
        .chain(&op.parameters)
        .filter_map(|p| spec.parameter(p))
        .filter(|p| matches!(p, Parameter::Path { .. }))
        .map(|p| p.parameter_data_ref().name.clone())
        .collect();
    for segment in path.split('/') {
        if let Some(name) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}'))
            && !declared.contains(name)
        {
            problems.push(spec.problem(
                op_pointer,
                format!("path parameter `{{{name}}}` of `{path}` is not declared in `parameters` (`in: path`, `required: true`)"),
            ));
        }
    }
}

/// Component schemas, and the properties of each, whose names become the same Rust identifier
/// would generate two items (or fields) of one name, which does not compile.
fn check_rust_names(spec: &Spec, problems: &mut Vec<Problem>) {
    let Some(serde_json::Value::Object(schemas)) = spec.raw.pointer("/components/schemas") else { return };
    let mut types: BTreeMap<String, &str> = BTreeMap::new();
    for (name, schema) in schemas {
        let rust = crate::naming::rust_name(name);
        if let Some(first) = types.insert(rust.clone(), name) {
            problems.push(spec.problem(
                &format!("/components/schemas/{}", escape(name)),
                format!("schemas `{first}` and `{name}` both become the Rust type `{rust}`; rename one"),
            ));
        }
        let mut fields: BTreeMap<String, &str> = BTreeMap::new();
        for prop in schema.get("properties").and_then(|p| p.as_object()).into_iter().flat_map(|p| p.keys()) {
            let field = crate::naming::field_name(prop);
            if let Some(first) = fields.insert(field.clone(), prop) {
                problems.push(spec.problem(
                    &format!("/components/schemas/{}/properties/{}", escape(name), escape(prop)),
                    format!("properties `{first}` and `{prop}` of `{name}` both become the Rust field `{field}`; rename one"),
                ));
            }
        }
    }
}

fn check_parameter(spec: &Spec, param: &ReferenceOr<Parameter>, pointer: &str, problems: &mut Vec<Problem>) {
    // Dangling or chained references are reported by the `$ref` walk.
    let Some(param) = spec.parameter(param) else { return };
    let data = param.parameter_data_ref();
    let name = &data.name;
    match param {
        // An optional one is left out (prepare notes it in the operation's description).
        Parameter::Cookie { .. } if data.required => problems.push(spec.problem(
            pointer,
            format!("cookie parameter `{name}` is not supported by progenitor 0.15, and a required one cannot be left out"),
        )),
        Parameter::Query { style: QueryStyle::DeepObject, .. } if data.required => problems.push(spec.problem(
            pointer,
            format!("query parameter `{name}` uses `style: deepObject`, which progenitor 0.15 cannot send, and a required one cannot be left out"),
        )),
        // `explode: false` (form, spaceDelimited, pipeDelimited) is sent as one delimited value:
        // see `OperationInfo::delimited`.
        _ => {}
    }
}

/// progenitor panics when an operation's success responses have different bodies.
fn check_success_bodies(spec: &Spec, op: &openapiv3::Operation, op_pointer: &str, problems: &mut Vec<Problem>) {
    let mut bodies: Vec<(String, String)> = Vec::new();
    for (status, response) in &op.responses.responses {
        let code = status.to_string();
        if !code.starts_with('2') {
            continue;
        }
        let key = match response {
            ReferenceOr::Reference { reference } => reference.clone(),
            ReferenceOr::Item(r) => {
                match r.content.iter().find(|(m, _)| crate::openapi::media_rank(m) <= 2).and_then(|(_, m)| m.schema.as_ref()) {
                    Some(schema) => serde_json::to_string(schema).unwrap_or_default(),
                    None if r.content.is_empty() => "(no body)".into(),
                    None => format!("({})", r.content.keys().cloned().collect::<Vec<_>>().join(", ")),
                }
            }
        };
        bodies.push((code, key));
    }
    // Bodiless successes beside one body are left to the error path by prepare.
    let distinct: HashSet<&str> = bodies.iter().map(|(_, k)| k.as_str()).filter(|k| *k != "(no body)").collect();
    // Different JSON bodies under literal statuses are decoded by status (prepare splits them);
    // a non-JSON body or a `2XX` range among them is not.
    let splittable = bodies.iter().all(|(code, key)| code.parse::<u16>().is_ok() && !(key.starts_with('(') && key != "(no body)"));
    if distinct.len() > 1 && !splittable {
        let codes: Vec<&str> = bodies.iter().map(|(c, _)| c.as_str()).collect();
        problems.push(spec.problem(
            &format!("{op_pointer}/responses/{}", bodies[1].0),
            format!(
                "success responses {} have different bodies, not all JSON under a literal status; only those can be decoded by status",
                codes.join(" and ")
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::spec::Spec;

    /// The problems of `yaml` after `paths:` (with `components` after it), as `line: message`.
    fn problems(paths_and_more: &str) -> Vec<String> {
        let text = format!("openapi: 3.0.3\ninfo: {{title: T, version: \"1\"}}\npaths:\n{paths_and_more}");
        let spec = Spec::parse("t.yaml", text.as_bytes()).expect("loads");
        super::check(&spec).iter().map(|p| format!("{}: {}", p.location.line.unwrap_or(0), p.message)).collect()
    }

    const OK: &str = "      responses: {\"200\": {description: ok}}\n";

    #[test]
    fn every_problem_is_reported_at_once_with_its_line() {
        let found = problems(&format!(
            "  /a:\n    get:\n      operationId: same\n{OK}  /b:\n    get:\n      operationId: same\n{OK}  /c:\n    get:\n{OK}"
        ));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("10: duplicate operationId `same`, first used at #/paths/~1a/get"), "{found:?}");
        assert!(found[1].starts_with("13: `GET /c` has no `operationId`"), "{found:?}");
    }

    #[test]
    fn a_reference_must_resolve_within_the_file_without_a_loop() {
        let schema = |s: &str| {
            format!(
                "  /a:\n    get:\n      operationId: a\n      responses:\n        \"200\": {{description: ok, content: {{application/json: {{schema: {s}}}}}}}\n"
            )
        };
        let dangling = problems(&schema("{$ref: \"#/components/schemas/Nope\"}"));
        assert!(dangling.len() == 1 && dangling[0].contains("#/components/schemas/Nope"), "{dangling:?}");
        let external = problems(&schema("{$ref: \"other.yaml#/X\"}"));
        assert!(external.len() == 1 && external[0].contains("only references within the same file"), "{external:?}");
        let looped = problems(&format!(
            "{}components:\n  schemas:\n    A: {{$ref: \"#/components/schemas/B\"}}\n    B: {{$ref: \"#/components/schemas/A\"}}\n",
            schema("{$ref: \"#/components/schemas/A\"}")
        ));
        assert!(!looped.is_empty() && looped.iter().all(|p| p.contains("loop") || p.contains("cycle")), "{looped:?}");
    }

    #[test]
    fn what_progenitor_cannot_send_is_refused_only_when_required() {
        let param = |p: &str| problems(&format!("  /a:\n    get:\n      operationId: a\n      parameters: [{p}]\n{OK}"));
        let cookie = param("{name: session, in: cookie, required: true, schema: {type: string}}");
        assert!(cookie.len() == 1 && cookie[0].contains("cookie parameter `session`"), "{cookie:?}");
        assert!(param("{name: session, in: cookie, schema: {type: string}}").is_empty(), "an optional one is left out by the model");
        let deep = param("{name: f, in: query, required: true, style: deepObject, schema: {type: object}}");
        assert!(deep.len() == 1 && deep[0].contains("`style: deepObject`"), "{deep:?}");
    }

    #[test]
    fn a_path_parameter_must_be_declared() {
        let found = problems(&format!("  /a/{{id}}:\n    get:\n      operationId: a\n{OK}"));
        assert!(found.len() == 1 && found[0].contains("path parameter `{id}` of `/a/{id}` is not declared"), "{found:?}");
    }

    #[test]
    fn names_that_become_one_rust_name_are_refused() {
        let found = problems(&format!(
            "  /a:\n    get:\n      operationId: a\n{OK}components:\n  schemas:\n    OrderItem: {{type: object, properties: {{item_id: {{type: string}}, itemId: {{type: string}}}}}}\n    order_item: {{type: string}}\n"
        ));
        assert!(
            found.iter().any(|p| p.contains("properties `itemId` and `item_id` of `OrderItem` both become the Rust field `item_id`")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|p| p.contains("schemas `OrderItem` and `order_item` both become the Rust type `OrderItem`")),
            "{found:?}"
        );
    }
}
