//! Part of stage 5: each operation method's doc example, as a doctest that compiles.
//!
//! progenitor documents every operation with an `ignore` block that passes variables nobody
//! defined (`.body(body)`). This replaces it with a `no_run` example that builds: each required
//! parameter gets a value of its type, and a body is built with its type's `new(…)` constructor
//! (see `ergonomics`) when every argument has an example value, else with `body_map`. Values are
//! placeholders of the right type (`"<id>"`, `Uuid::nil()`, the enum's first value), not data.

use std::collections::HashMap;

use quote::ToTokens;
use syn::Item;

use crate::model::Prepared;

/// What example values are made of.
struct Context<'a> {
    /// The crate's Rust name, for paths.
    krate: &'a str,
    /// Enum name → its first variant.
    enums: HashMap<&'a str, &'a str>,
    /// Request type → its constructor's arguments.
    constructors: HashMap<String, Vec<(String, syn::Type)>>,
    /// Union → the types that convert into it, by name.
    converts: HashMap<String, Vec<String>>,
}

/// A Rust expression of type `ty` (as written in the generated code), or `None` when there is no
/// obvious one; `name` names a string placeholder. A request type is built with its `new`; a
/// union from the first (by name) type that converts into it and can be built.
fn value(ty: &syn::Type, cx: &Context, name: &str, depth: usize) -> Option<String> {
    let krate = cx.krate;
    let text = ty.to_token_stream().to_string().replace(' ', "");
    let last = match ty {
        syn::Type::Path(p) => p.path.segments.last()?,
        _ => return None,
    };
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
            let element = value(crate::progenitor::syntax::under(ty, "Vec")?, cx, name, depth)?;
            if element.starts_with('"') { format!("vec![{element}.to_owned()]") } else { format!("vec![{element}]") }
        }
        _ if depth > 4 => return None,
        _ if text.starts_with("types::") || !text.contains("::") => {
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
    let args = cx.constructors.get(name)?;
    let values: Option<Vec<String>> = args.iter().map(|(arg, ty)| value(ty, cx, arg, depth)).collect();
    Some(format!("{}::types::{name}::new({})", cx.krate, values?.join(", ")))
}

/// The mock expectation's reply for `op`'s success (`respond(…)`), when the mock has a typed one
/// and the success type has an example.
fn mock_reply(op: &crate::progenitor::surface::Op, krate: &str, exemplified: &std::collections::HashSet<String>) -> Option<String> {
    let ok = op.ok.to_token_stream().to_string().replace(' ', "");
    if !op.info.success_bodies.is_empty() || ok.contains("Upgraded") {
        return None;
    }
    if ok == "()" {
        return Some("respond()".to_owned());
    }
    if ok.contains("ByteStream") {
        return Some("respond(Vec::<u8>::new())".to_owned());
    }
    let name = ok.strip_prefix("types::")?;
    exemplified.contains(name).then(|| format!("respond({krate}::types::{name}::example())"))
}

/// The argument types of each request type's `new`, by type name (from the `types::builder`
/// module, where `ergonomics` writes them); `impl Into<T>` is read as `T`.
fn constructors(items: &[Item]) -> HashMap<String, Vec<(String, syn::Type)>> {
    let Some(builder) = crate::progenitor::syntax::module(items, "types").and_then(|types| crate::progenitor::syntax::module(types, "builder")) else {
        return HashMap::new();
    };
    let mut out = HashMap::new();
    for item in builder {
        let Item::Impl(block) = item else { continue };
        let syn::Type::Path(target) = block.self_ty.as_ref() else { continue };
        let Some(name) = target.path.segments.last().map(|s| s.ident.to_string()) else { continue };
        for member in &block.items {
            let syn::ImplItem::Fn(f) = member else { continue };
            if f.sig.ident != "new" || f.sig.receiver().is_some() {
                continue;
            }
            let args = f
                .sig
                .inputs
                .iter()
                .filter_map(|arg| match arg {
                    syn::FnArg::Typed(t) => {
                        let name = t.pat.to_token_stream().to_string();
                        let ty = match t.ty.as_ref() {
                            syn::Type::ImplTrait(i) => i.bounds.iter().find_map(|b| match b {
                                syn::TypeParamBound::Trait(t) => {
                                    let last = t.path.segments.last()?;
                                    match &last.arguments {
                                        syn::PathArguments::AngleBracketed(a) => match a.args.first()? {
                                            syn::GenericArgument::Type(ty) => Some(ty.clone()),
                                            _ => None,
                                        },
                                        _ => None,
                                    }
                                }
                                _ => None,
                            })?,
                            ty => ty.clone(),
                        };
                        Some((name, ty))
                    }
                    syn::FnArg::Receiver(_) => None,
                })
                .collect();
            out.insert(name.clone(), args);
        }
    }
    out
}

/// The required parameters of a builder struct (its `Result<T, _>` fields whose `T` is not an
/// `Option`), with their types.
fn required_fields(builder: &syn::ItemStruct) -> Vec<(String, syn::Type)> {
    builder
        .fields
        .iter()
        .filter_map(|f| {
            let ident = f.ident.as_ref()?.to_string();
            let ty = crate::progenitor::syntax::under(&f.ty, "Result")?;
            // The client reference and the options are not `Result`s; every parameter is.
            crate::progenitor::syntax::under(ty, "Option").is_none().then(|| (ident, ty.clone()))
        })
        .collect()
}

/// Rewrites the example of every operation method in `items`; `krate` is the crate's Rust name.
pub(crate) fn rewrite(items: &mut [Item], prepared: &Prepared, krate: &str, ops: &[crate::progenitor::surface::Op]) {
    let mut converts: HashMap<String, Vec<String>> = HashMap::new();
    if let Some(types) = crate::progenitor::syntax::module(items, "types") {
        for (target, from) in crate::progenitor::syntax::from_impls(types) {
            converts.entry(target).or_default().push(from);
        }
    }
    converts.values_mut().for_each(|from| from.sort());
    let cx = Context {
        krate,
        enums: prepared.enums.iter().filter_map(|e| Some((e.rust_name.as_str(), e.values.first()?.1.as_str()))).collect(),
        constructors: constructors(items),
        converts,
    };
    // Types with an `example()` (the `mock` feature): a runnable example's mock answers with one.
    let exemplified: std::collections::HashSet<String> = crate::progenitor::syntax::module(items, "types")
        .unwrap_or(&[])
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s.ident.to_string()),
            Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .filter(|name| prepared.examples.contains_key(name))
        .collect();
    // Read before the methods are rewritten (the builder module is not touched).
    let required: HashMap<String, Vec<(String, syn::Type)>> = crate::progenitor::syntax::module(items, "builder")
        .unwrap_or(&[])
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some((s.ident.to_string(), required_fields(s))),
            _ => None,
        })
        .collect();
    for item in items.iter_mut() {
        let Item::Impl(block) = item else { continue };
        if block.trait_.is_some() || block.self_ty.to_token_stream().to_string() != "Client" {
            continue;
        }
        for member in &mut block.items {
            let syn::ImplItem::Fn(f) = member else { continue };
            let Some(builder) = crate::progenitor::syntax::builder_name(&f.sig) else { continue };
            let Some(doc) = f.attrs.iter_mut().find(|a| a.path().is_ident("doc")) else { continue };
            let syn::Meta::NameValue(nv) = &mut doc.meta else { continue };
            let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = &nv.value else { continue };
            let text = text.value();
            let Some(start) = text.find("```ignore") else { continue };
            let mut calls = Vec::new();
            // Runs against the mock only when every required value could be written.
            let mut complete = true;
            for (field, ty) in required.get(&builder).into_iter().flatten() {
                if field == "body" {
                    let body_type = ty.to_token_stream().to_string().replace(' ', "");
                    let name = body_type.rsplit("::").next().unwrap_or_default().to_owned();
                    let built = construct(&name, &cx, 0);
                    // `body_map` exists where the body has a typify builder; a byte body takes bytes.
                    let has_builder = body_type.starts_with("types::builder::");
                    match built {
                        Some(body) => calls.push(format!("    .body({body})")),
                        None if has_builder => {
                            complete = false;
                            calls.push("    .body_map(|body| body) // set the body's fields: `body.<field>(value)`".to_owned())
                        }
                        None if body_type.ends_with("reqwest::Body") => calls.push("    .body(Vec::<u8>::new())".to_owned()),
                        None => complete = false,
                    }
                } else if let Some(v) = value(ty, &cx, field, 0) {
                    calls.push(format!("    .{field}({v})"));
                } else {
                    complete = false;
                }
            }
            let method = &f.sig.ident;
            let call = format!(
                "let response = client\n    .{method}()\n{}{}    .send()\n    .await?\n    .into_inner();\n# let _ = response;\n",
                calls.join("\n"),
                if calls.is_empty() { "" } else { "\n" },
            );
            let reply = ops.iter().find(|op| op.method == *method).filter(|_| complete).and_then(|op| mock_reply(op, krate, &exemplified));
            let example = match reply {
                // Runs (with the `mock` feature, as the repository's tests build it) against the
                // crate's own mock, which answers with an example value.
                Some(reply) => format!(
                    "```rust\n# #[cfg(feature = \"mock\")]\n# tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {{\n# let mock = {krate}::mock::MockServer::start().await;\n# mock.{}().{reply};\n# let client = &mock.client();\n{call}# Ok::<(), Box<dyn std::error::Error>>(())\n# }}).unwrap();\n```",
                    crate::emit::mock::expectation_method(&method.to_string()),
                ),
                None => format!(
                    "```rust,no_run\n# async fn example(client: &{krate}::Client) -> Result<(), Box<dyn std::error::Error>> {{\n{call}# Ok(())\n# }}\n```"
                ),
            };
            let rewritten = format!("{}{example}", &text[..start]);
            nv.value = syn::parse_quote!(#rewritten);
        }
    }
}
