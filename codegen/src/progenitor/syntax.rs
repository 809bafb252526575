//! Reading progenitor's output: the operation methods of `Client`, their docs, and modules.

use quote::ToTokens;
use syn::{Attribute, Item};

/// The items of the inline module `name` among `items`.
pub(crate) fn module<'a>(items: &'a [Item], name: &str) -> Option<&'a [Item]> {
    items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| items.as_slice()),
        _ => None,
    })
}

/// Methods of `impl Client` blocks with their doc text.
pub(crate) fn client_methods(items: &[Item]) -> Vec<(syn::Signature, String)> {
    let mut methods = Vec::new();
    for item in items {
        let Item::Impl(block) = item else { continue };
        if block.trait_.is_some() || block.self_ty.to_token_stream().to_string() != "Client" {
            continue;
        }
        for item in &block.items {
            if let syn::ImplItem::Fn(f) = item {
                methods.push((f.sig.clone(), doc_text(&f.attrs)));
            }
        }
    }
    methods
}

pub(crate) fn doc_text(attrs: &[Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// progenitor documents every operation method with "Sends a `GET` request to `/path`".
pub(crate) fn parse_sends(doc: &str) -> Option<(String, String)> {
    let rest = &doc[doc.find("Sends a `")? + 9..];
    let (method, rest) = rest.split_once('`')?;
    let rest = &rest[rest.find('`')? + 1..];
    let (path, _) = rest.split_once('`')?;
    Some((method.to_owned(), path.to_owned()))
}

/// The builder type an operation method returns (`builder::CheckoutsGet<'_>` → `CheckoutsGet`).
pub(crate) fn builder_name(sig: &syn::Signature) -> Option<String> {
    let syn::ReturnType::Type(_, t) = &sig.output else { return None };
    let syn::Type::Path(p) = t.as_ref() else { return None };
    let first = p.path.segments.first()?;
    (first.ident == "builder").then(|| p.path.segments.last().map(|s| s.ident.to_string())).flatten()
}

/// `(type, T)` for every `impl From<T> for type` in `items`, `T` as token text.
pub(crate) fn from_impls(items: &[Item]) -> std::collections::HashSet<(String, String)> {
    items
        .iter()
        .filter_map(|item| {
            let Item::Impl(block) = item else { return None };
            let (_, path, _) = block.trait_.as_ref()?;
            let last = path.segments.last()?;
            if last.ident != "From" {
                return None;
            }
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
            let Some(syn::GenericArgument::Type(from)) = args.args.first() else { return None };
            let syn::Type::Path(target) = block.self_ty.as_ref() else { return None };
            Some((target.path.segments.last()?.ident.to_string(), from.to_token_stream().to_string()))
        })
        .collect()
}

pub(crate) fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut rename = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                rename = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            }
            Ok(())
        });
    }
    rename
}

/// `T` of `Outer<T>` (`Result<T, _>`, `Option<T>`, `Into<T>`…): the type under one wrapper
/// named `outer`.
pub(crate) fn under<'a>(ty: &'a syn::Type, outer: &str) -> Option<&'a syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last().filter(|s| s.ident == outer)?;
    match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => match args.args.first()? {
            syn::GenericArgument::Type(ty) => Some(ty),
            _ => None,
        },
        _ => None,
    }
}
