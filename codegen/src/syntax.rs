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
