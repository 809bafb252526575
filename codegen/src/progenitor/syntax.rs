//! Reading progenitor's output: modules, the operation methods of `Client`, builder names,
//! `From` impls, serde renames and wrapped types.

use quote::ToTokens;
use syn::Item;

/// The items of the inline module `name` among `items`.
pub(crate) fn module<'a>(items: &'a [Item], name: &str) -> Option<&'a [Item]> {
    items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| items.as_slice()),
        _ => None,
    })
}

/// Methods of `impl Client` blocks.
pub(crate) fn client_methods(items: &[Item]) -> Vec<syn::Signature> {
    let mut methods = Vec::new();
    for item in items {
        let Item::Impl(block) = item else { continue };
        if block.trait_.is_some() || block.self_ty.to_token_stream().to_string() != "Client" {
            continue;
        }
        for item in &block.items {
            if let syn::ImplItem::Fn(f) = item {
                methods.push(f.sig.clone());
            }
        }
    }
    methods
}

/// The builder type an operation method returns (`builder::CheckoutsGet<'_>` → `CheckoutsGet`).
pub(crate) fn builder_name(sig: &syn::Signature) -> Option<String> {
    let syn::ReturnType::Type(_, t) = &sig.output else { return None };
    let syn::Type::Path(p) = t.as_ref() else { return None };
    let first = p.path.segments.first()?;
    (first.ident == "builder").then(|| p.path.segments.last().map(|s| s.ident.to_string())).flatten()
}

/// `(type, T)` for every `impl From<T> for type` in `items`.
pub(crate) fn from_impls(items: &[Item]) -> Vec<(String, &syn::Type)> {
    conversions(items, "From")
}

/// `(type, T)` for every `impl <conversion><T> for type` in `items` (`From`, `TryFrom`).
pub(crate) fn conversions<'a>(items: &'a [Item], conversion: &str) -> Vec<(String, &'a syn::Type)> {
    items
        .iter()
        .filter_map(|item| {
            let Item::Impl(block) = item else { return None };
            let (_, path, _) = block.trait_.as_ref()?;
            let last = path.segments.last()?;
            if last.ident != conversion {
                return None;
            }
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
            let Some(syn::GenericArgument::Type(from)) = args.args.first() else { return None };
            let syn::Type::Path(target) = block.self_ty.as_ref() else { return None };
            Some((target.path.segments.last()?.ident.to_string(), from))
        })
        .collect()
}

/// [`from_impls`] with each `T` as token text.
pub(crate) fn from_impl_texts(items: &[Item]) -> std::collections::HashSet<(String, String)> {
    from_impls(items).into_iter().map(|(target, from)| (target, from.to_token_stream().to_string())).collect()
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

/// Whether `ty` is the type `name` (its last path segment).
pub(crate) fn is_type(ty: &syn::Type, name: &str) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == name))
}

/// The methods of the inherent impls of type `name` among `items` (a builder's).
pub(crate) fn methods_mut<'a>(items: &'a mut [Item], name: &'a syn::Ident) -> impl Iterator<Item = &'a mut syn::ImplItemFn> + 'a {
    let name = name.to_string();
    items
        .iter_mut()
        .filter_map(move |item| match item {
            Item::Impl(block) if block.trait_.is_none() && is_type(&block.self_ty, &name) => Some(block),
            _ => None,
        })
        .flat_map(|block| {
            block.items.iter_mut().filter_map(|member| match member {
                syn::ImplItem::Fn(f) => Some(f),
                _ => None,
            })
        })
}
