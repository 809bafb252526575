//! Each operation method's doc example, as a doctest that compiles.
//!
//! progenitor documents every operation with an `ignore` block that passes variables nobody
//! defined (`.body(body)`). This replaces it with a `no_run` example that builds: each required
//! parameter gets a value of its type, and a body is built with its type's `new(…)` constructor
//! (see `ergonomics`) when every argument has an example value, else with `body_map`. Values are
//! placeholders of the right type (`"<id>"`, `Uuid::nil()`, the enum's first value), not data.

use std::collections::{BTreeMap, HashMap};

use super::Constructor;
use crate::model::Prepared;
use crate::model::bounds::Bound;
use crate::progenitor::{OkKind, Op, Place, Surface, TypeName, wrapped};

/// What example values are made of.
struct Context<'a> {
    /// The crate's Rust name, for paths.
    krate: &'a str,
    /// Enum name → its first variant.
    enums: HashMap<&'a str, &'a str>,
    /// Request type → its constructor's arguments, and whether they are given by name.
    constructors: HashMap<String, (Vec<(String, syn::Type)>, bool)>,
    /// Union → the types that convert into it, by name.
    converts: HashMap<String, Vec<String>>,
}

/// A Rust expression of type `ty` (as written in the generated code), or `None` when there is no
/// obvious one; `name` names a string placeholder. A request type is built with its `new`; a
/// union from the first (by name) type that converts into it and can be built.
fn value(ty: &syn::Type, cx: &Context, name: &str, depth: usize) -> Option<String> {
    let krate = cx.krate;
    let syn::Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    // A model: `types::X`, or a bare name.
    let model = path.path.leading_colon.is_none() && (path.path.segments.len() == 1 || path.path.segments[0].ident == "types");
    let ident = last.ident.to_string();
    Some(match ident.as_str() {
        "String" | "str" => format!("\"<{name}>\""),
        "Uuid" => format!("{krate}::uuid::Uuid::nil()"),
        "bool" => "true".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => format!("1{ident}"),
        "f32" | "f64" => format!("1.0{ident}"),
        _ if ident.starts_with("NonZero") => format!("::std::num::{ident}::MIN"),
        "Option" => "None".into(),
        // Elements are not converted: a string in a `Vec<String>` must be a `String`.
        "Vec" => {
            let element = value(wrapped(ty, "Vec")?, cx, name, depth)?;
            if element.starts_with('"') { format!("vec![{element}.to_owned()]") } else { format!("vec![{element}]") }
        }
        _ if depth > 4 => return None,
        _ if model => {
            if let Some(variant) = cx.enums.get(ident.as_str()) {
                format!("{krate}::types::{ident}::{variant}")
            } else if let Some(built) = construct(&ident, cx, depth + 1) {
                built
            } else {
                cx.converts.get(&ident)?.iter().find_map(|from| construct(from, cx, depth + 1))?
            }
        }
        _ => return None,
    })
}

/// `<krate>::types::<name>::new(…)` with a value for every argument.
fn construct(name: &str, cx: &Context, depth: usize) -> Option<String> {
    let (args, named) = cx.constructors.get(name)?;
    let values: Vec<String> = args.iter().map(|(arg, ty)| value(ty, cx, arg, depth)).collect::<Option<_>>()?;
    let krate = cx.krate;
    if *named {
        // `X::from(XRequired { field: value, … })`; a text placeholder becomes the field's `String`.
        let fields: Vec<String> = args
            .iter()
            .zip(&values)
            .map(|((arg, _), value)| if value.starts_with('"') { format!("{arg}: {value}.into()") } else { format!("{arg}: {value}") })
            .collect();
        return Some(format!("{krate}::types::{name}::from({krate}::types::{name}Required {{ {} }})", fields.join(", ")));
    }
    Some(format!("{krate}::types::{name}::new({})", values.join(", ")))
}

/// The mock expectation's reply for `op`'s success (`respond(…)`), when the mock has a typed one
/// and the success type has an example.
fn mock_reply(op: &Op, krate: &str, exemplified: &dyn Fn(&str) -> bool) -> Option<String> {
    if !op.info.success_bodies.is_empty() {
        return None;
    }
    match &op.ok_kind {
        OkKind::Unit => Some("respond()".to_owned()),
        OkKind::Bytes => Some("respond(Vec::<u8>::new())".to_owned()),
        OkKind::Model(name) => exemplified(name).then(|| format!("respond({krate}::types::{name}::example())")),
        OkKind::Upgraded | OkKind::Other => None,
    }
}

/// Whether the placeholder written for `field` (`"<field>"`, `1`, the first enum value, a list
/// of one) is within `bound`.
fn placeholder_meets(bound: &Bound, field: &str) -> bool {
    let length = field.chars().count() as u64 + 2;
    match bound {
        Bound::MinLength(n) => length >= *n,
        Bound::MaxLength(n) => length <= *n,
        Bound::Minimum(n) => *n <= 1.0,
        Bound::Maximum(n) => *n >= 1.0,
        Bound::ExclusiveMinimum(n) => *n < 1.0,
        Bound::ExclusiveMaximum(n) => *n > 1.0,
        Bound::MinItems(n) => *n <= 1,
        Bound::MaxItems(n) => *n >= 1,
        Bound::OneOf(_) | Bound::MaxEntries(_) => true,
        Bound::Pattern(_) => false,
    }
}

/// The example of every operation, by its client method (`checkouts_get`): the text that takes
/// the place of progenitor's `ignore` block. `krate` is the crate's Rust name; `constructors`
/// are the ones the ergonomics emitter wrote.
pub fn doctests(prepared: &Prepared, surface: &Surface, constructors: &[Constructor], krate: &str) -> BTreeMap<String, String> {
    let mut converts: HashMap<String, Vec<String>> = HashMap::new();
    for (target, from) in &surface.from_impls {
        if let TypeName::Named(from) = from {
            converts.entry(target.clone()).or_default().push(from.clone());
        }
    }
    converts.values_mut().for_each(|from| from.sort());
    let cx = Context {
        krate,
        enums: prepared.enums.iter().filter_map(|e| Some((e.rust_name.as_str(), e.values.first()?.1.as_str()))).collect(),
        constructors: constructors.iter().map(|c| (c.name.clone(), (c.args.clone(), c.named))).collect(),
        converts,
    };
    // Types with an `example()` (the `mock` feature): a runnable example's mock answers with one.
    let exemplified =
        |name: &str| (surface.structs.contains_key(name) || surface.enums.contains(name)) && prepared.examples.contains_key(name);
    let mut out = BTreeMap::new();
    for op in &surface.ops {
        let mut calls = Vec::new();
        // Runs against the mock only when every required value could be written.
        let mut complete = true;
        for param in op.params.iter().filter(|p| p.required) {
            let field = param.ident.to_string();
            match &param.place {
                Place::Body { name, builder } => match construct(name, &cx, 0) {
                    Some(body) => calls.push(format!("    .body({body})")),
                    // `body_map` exists where the body has a typify builder.
                    None if *builder => {
                        complete = false;
                        calls.push("    .body_map(|body| body) // set the body's fields: `body.<field>(value)`".to_owned())
                    }
                    None => complete = false,
                },
                Place::RawBody { stream: true } => calls.push("    .body(Vec::<u8>::new())".to_owned()),
                Place::RawBody { stream: false } => complete = false,
                Place::Path | Place::Query | Place::Header => match value(&param.ty, &cx, &field, 0) {
                    Some(v) => {
                        // A placeholder may be outside the parameter's bounds: the client would
                        // refuse it, so the example only compiles.
                        let rules =
                            op.info.parameters.iter().find(|p| p.name == param.wire).map(|p| p.rules.as_slice()).unwrap_or_default();
                        complete &= rules.iter().all(|rule| placeholder_meets(&rule.bound, &field));
                        calls.push(format!("    .{field}({v})"))
                    }
                    None => complete = false,
                },
            }
        }
        // The same for the body's placeholders: only its required fields are set.
        let required: &[String] = op
            .params
            .iter()
            .find_map(|p| match &p.place {
                Place::Body { name, .. } => prepared.request_types.get(name).map(Vec::as_slice),
                _ => None,
            })
            .unwrap_or_default();
        complete &= op.info.body_rules.iter().all(|rule| {
            let mut path = rule.path.split('/');
            let field = path.next().unwrap_or_default();
            let last = rule.path.rsplit('/').find(|s| *s != "*").unwrap_or(field);
            !required.iter().any(|r| r == field) || placeholder_meets(&rule.bound, last)
        });
        let method = &op.method;
        let call = format!(
            "let response = client\n    .{method}()\n{}{}    .send()\n    .await?;\n# let _ = response;\n",
            calls.join("\n"),
            if calls.is_empty() { "" } else { "\n" },
        );
        let reply = if complete { mock_reply(op, krate, &exemplified) } else { None };
        let example = match reply {
            // Runs (with the `mock` feature, as the repository's tests build it) against the
            // crate's own mock, which answers with an example value.
            Some(reply) => format!(
                "```rust\n# #[cfg(feature = \"mock\")]\n# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {{\n# let mock = {krate}::mock::MockServer::start().await;\n# mock.{}().{reply};\n# let client = &mock.client();\n{call}# Ok::<(), Box<dyn std::error::Error>>(())\n# }}).unwrap();\n```",
                super::expectation_method(&method.to_string()),
            ),
            None => format!(
                "```rust,no_run\n# async fn example(client: &{krate}::Client) -> Result<(), Box<dyn std::error::Error>> {{\n{call}# Ok(())\n# }}\n```"
            ),
        };
        out.insert(method.to_string(), example);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture::load;
    use crate::progenitor::surface;

    fn examples() -> std::collections::BTreeMap<String, String> {
        let (prepared, file, three_state) = load();
        let surface = surface::read(&file, &prepared).unwrap();
        let constructors = super::super::ergonomics::conveniences(&prepared, &surface, &three_state).constructors;
        super::doctests(&prepared, &surface, &constructors, "emit")
    }

    #[test]
    fn a_body_is_built_with_constructors_and_runs_against_the_mock() {
        let examples = examples();
        let create = &examples["orders_create"];
        assert!(create.contains(".body(emit::types::OrderCreate::new(emit::types::Book::new(\"<sku>\"), None))"), "{create}");
        assert!(create.contains("# mock.orders_create().respond(emit::types::Order::example());"), "{create}");
        assert!(create.starts_with("```rust\n# #[cfg(feature = \"mock\")]"), "{create}");
    }

    #[test]
    fn without_a_typed_reply_the_example_only_compiles() {
        let examples = examples();
        // Its success bodies differ: the mock has no one typed reply for it.
        let update = &examples["orders_update"];
        assert!(update.starts_with("```rust,no_run\n"), "{update}");
        assert!(update.contains("    .id(\"<id>\")\n    .body(emit::types::OrderUpdate::new())\n"), "{update}");
    }
}
