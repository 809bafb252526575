//! Part of stage 5, *extend*: conveniences derived from what the spec already states, so that a
//! service writes a request the way it would with a vendor's own SDK.
//!
//! - **Constructors.** Every type a request body can contain gets `new(required fields…)`: the
//!   optional fields take the value an absent key decodes to (typify's builder defaults, spec
//!   `default`s included), and a field whose type is a one-value enum — a union's discriminator,
//!   such as `type: product` — is set for the caller.
//! - **Clearing a field.** Each three-state field of a partial-update body gets `clear_<field>()`
//!   on its builder, the readable spelling of `<field>(Some(None::<T>))`: it sends `null`.
//! - **Union accessors.** A discriminated union gets one method per field that every member
//!   struct has with the same type (`id()`, `status()`…), returning `None` for `Unknown`.
//! - **Nested members convert.** When a union's member is itself a union (`product` sessions by
//!   price ID *or* by slug), each inner member converts straight into the outer union, so a
//!   request setter takes it without `Outer::Member(inner.into())`.

use std::collections::{BTreeMap, HashMap, HashSet};

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::{Item, ItemMod};

use crate::model::Prepared;

/// Names an inherent method must not take: it would shadow a trait method that generated and
/// user code call by path (`Union::from(member)`).
const SHADOWING: &[&str] =
    &["from", "into", "clone", "fmt", "serialize", "deserialize", "eq", "ne", "hash", "try_from", "try_into", "default", "to_string"];

/// Adds the conveniences to the `types` module `types`. `three_state` lists, per struct, the
/// Rust names of its fields made three-state.
pub(crate) fn add(types: &mut Vec<Item>, prepared: &Prepared, three_state: &[(String, Vec<String>)]) -> Result<(), String> {
    let wire = wire_names(types, &|name| prepared.request_types.contains_key(name));
    let mut in_types: Vec<Item> = Vec::new();
    in_types.extend(accessors(types, prepared));
    in_types.extend(lifted_from_impls(types, prepared));
    let Some(Item::Mod(ItemMod { content: Some((_, builder)), .. })) =
        types.iter_mut().find(|item| matches!(item, Item::Mod(m) if m.ident == "builder"))
    else {
        types.extend(in_types);
        return Ok(());
    };
    let mut in_builder = constructors(builder, prepared, &wire)?;
    in_builder.extend(clear_setters(three_state));
    builder.extend(in_builder);
    types.extend(in_types);
    Ok(())
}

/// One field of a typify builder: its Rust name, type, and default (`None`: required).
struct BuilderField {
    ident: syn::Ident,
    ty: syn::Type,
    default: Option<syn::Expr>,
}

/// The fields of every struct typify wrote a builder for, from the builder struct (types) and its
/// `Default` impl (`Err(..)` for a required field, `Ok(default)` otherwise).
fn builder_fields(builder: &[Item], wanted: &dyn Fn(&str) -> bool) -> Result<BTreeMap<String, Vec<BuilderField>>, String> {
    let mut types: HashMap<String, Vec<(syn::Ident, syn::Type)>> = HashMap::new();
    for item in builder {
        let Item::Struct(s) = item else { continue };
        if !wanted(&s.ident.to_string()) {
            continue;
        }
        let mut fields = Vec::new();
        for field in &s.fields {
            let (Some(ident), Some(ty)) = (field.ident.clone(), crate::progenitor::syntax::under(&field.ty, "Result").cloned()) else {
                return Err(format!("the builder field `{}.{:?}` is not a `Result<T, String>`", s.ident, field.ident));
            };
            fields.push((ident, ty));
        }
        types.insert(s.ident.to_string(), fields);
    }
    let mut out = BTreeMap::new();
    for item in builder {
        let Item::Impl(block) = item else { continue };
        let is_default = block.trait_.as_ref().is_some_and(|(_, path, _)| path.segments.last().is_some_and(|s| s.ident == "Default"));
        let syn::Type::Path(target) = block.self_ty.as_ref() else { continue };
        let Some(name) = target.path.segments.last().map(|s| s.ident.to_string()) else { continue };
        let Some(fields) = types.get(&name).filter(|_| is_default) else { continue };
        let Some(syn::ImplItem::Fn(default)) = block.items.first() else { continue };
        let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) = default.block.stmts.last() else { continue };
        let mut defaults: HashMap<String, Option<syn::Expr>> = HashMap::new();
        for value in &init.fields {
            let syn::Member::Named(ident) = &value.member else { continue };
            defaults.insert(ident.to_string(), ok_argument(&value.expr));
        }
        let fields = fields
            .iter()
            .map(|(ident, ty)| BuilderField {
                ident: ident.clone(),
                ty: ty.clone(),
                default: defaults.remove(&ident.to_string()).flatten(),
            })
            .collect();
        out.insert(name, fields);
    }
    Ok(out)
}

/// `x` of `Ok(x)`; `None` for anything else (typify's `Err("no value supplied …")`).
fn ok_argument(expr: &syn::Expr) -> Option<syn::Expr> {
    let syn::Expr::Call(call) = expr else { return None };
    let syn::Expr::Path(function) = call.func.as_ref() else { return None };
    (function.path.is_ident("Ok") && call.args.len() == 1).then(|| call.args[0].clone())
}

/// The last path segment of a type, e.g. `Kind` for `types::Kind`.
fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Struct name → (Rust field name → wire name), from typify's `#[serde(rename)]`s.
fn wire_names(types: &[Item], wanted: &dyn Fn(&str) -> bool) -> HashMap<String, HashMap<String, String>> {
    types
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) if wanted(&s.ident.to_string()) => Some((
                s.ident.to_string(),
                s.fields
                    .iter()
                    .filter_map(|f| {
                        let ident = f.ident.as_ref()?.to_string();
                        let wire = crate::progenitor::syntax::serde_rename(&f.attrs).unwrap_or_else(|| ident.trim_start_matches("r#").to_owned());
                        Some((ident, wire))
                    })
                    .collect(),
            )),
            _ => None,
        })
        .collect()
}

/// `new(required…)` for every request type, written in the builder module (where typify's
/// default expressions resolve) as `impl super::Type`. The parameters come in the order of the
/// schema's `required` list (the vendor's own order), then any other required field.
fn constructors(builder: &[Item], prepared: &Prepared, wire: &HashMap<String, HashMap<String, String>>) -> Result<Vec<Item>, String> {
    // A one-value enum names a constant: set it, do not ask for it.
    let constants: HashMap<&str, &str> =
        prepared.enums.iter().filter(|e| e.values.len() == 1).map(|e| (e.rust_name.as_str(), e.values[0].1.as_str())).collect();
    let fields = builder_fields(builder, &|name| prepared.request_types.contains_key(name))?;
    let mut items = Vec::new();
    for (name, fields) in &fields {
        let Some(order) = prepared.request_types.get(name) else { continue };
        let position = |field: &BuilderField| {
            let ident = field.ident.to_string();
            let on_wire = wire.get(name).and_then(|w| w.get(&ident)).cloned().unwrap_or(ident);
            order.iter().position(|r| *r == on_wire).unwrap_or(order.len())
        };
        let ty = format_ident!("{}", name);
        let mut params: Vec<(usize, TokenStream)> = Vec::new();
        let mut inits = Vec::new();
        let mut required = Vec::new();
        let mut fixed = Vec::new();
        for field in fields {
            let BuilderField { ident, ty, default } = field;
            let constant = last_ident(ty).and_then(|t| constants.get(t.as_str()).copied());
            // A boolean that allows one value is the runtime's unit struct `True` or `False`.
            let literal = last_ident(ty).is_some_and(|t| prepared.constants.iter().any(|(name, _)| crate::naming::rust_name(name) == t));
            let value = match (default, constant) {
                (_, Some(variant)) => {
                    let variant = format_ident!("{}", variant);
                    fixed.push(format!("`{}`", ident.to_string().trim_start_matches("r#")));
                    quote!(<#ty>::#variant)
                }
                _ if literal => {
                    fixed.push(format!("`{}`", ident.to_string().trim_start_matches("r#")));
                    quote!(#ty)
                }
                (Some(default), None) => default.to_token_stream(),
                (None, None) => {
                    let at = position(field);
                    required.push((at, format!("`{}`", ident.to_string().trim_start_matches("r#"))));
                    // `impl Into<Option<T>>` would leave a bare `None` without a type.
                    if crate::progenitor::syntax::under(ty, "Option").is_some() {
                        params.push((at, quote!(#ident: #ty)));
                        quote!(#ident)
                    } else {
                        params.push((at, quote!(#ident: impl ::std::convert::Into<#ty>)));
                        quote!(#ident.into())
                    }
                }
            };
            inits.push(quote!(#ident: #value));
        }
        params.sort_by_key(|(at, _)| *at);
        required.sort_by_key(|(at, _)| *at);
        let required: Vec<String> = required.into_iter().map(|(_, name)| name).collect();
        let params = params.into_iter().map(|(_, param)| param);
        let mut doc = format!(" A `{name}` from its required fields");
        if !required.is_empty() {
            doc.push_str(&format!(" ({})", required.join(", ")));
        }
        if !fixed.is_empty() {
            doc.push_str(&format!(", with {} set to the only value allowed", fixed.join(", ")));
        }
        doc.push_str("; every other field is what an absent key means (unset, or the spec's default).");
        items.push(syn::parse_quote! {
            impl super::#ty {
                #[doc = #doc]
                #[allow(clippy::too_many_arguments)]
                pub fn new(#(#params),*) -> Self {
                    Self { #(#inits),* }
                }
            }
        });
    }
    Ok(items)
}

/// `clear_<field>()` on the builder of every partial-update struct, for each three-state field.
fn clear_setters(three_state: &[(String, Vec<String>)]) -> Vec<Item> {
    three_state
        .iter()
        .map(|(name, fields)| {
            let ty = format_ident!("{}", name);
            let methods = fields.iter().map(|field| {
                let ident: syn::Ident = syn::parse_str(field).unwrap_or_else(|_| format_ident!("{}", field));
                let clear = format_ident!("clear_{}", field.trim_start_matches("r#"));
                let doc = format!(" Sends `{}` as `null`, which clears it (unset keeps it).", field.trim_start_matches("r#"));
                quote! {
                    #[doc = #doc]
                    pub fn #clear(mut self) -> Self {
                        self.#ident = Ok(Some(None));
                        self
                    }
                }
            });
            syn::parse_quote! {
                impl #ty {
                    #(#methods)*
                }
            }
        })
        .collect()
}

/// The named fields of the structs in `types` named in `wanted`: Rust name → (field, type).
fn struct_fields(types: &[Item], wanted: &HashSet<&str>) -> HashMap<String, Vec<(syn::Ident, syn::Type)>> {
    types
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) if wanted.contains(s.ident.to_string().as_str()) => {
                Some((s.ident.to_string(), s.fields.iter().filter_map(|f| Some((f.ident.clone()?, f.ty.clone()))).collect::<Vec<_>>()))
            }
            _ => None,
        })
        .collect()
}

/// For each union whose members are all structs: a method per field every member has with the
/// same type.
fn accessors(types: &[Item], prepared: &Prepared) -> Vec<Item> {
    let members: HashSet<&str> = prepared.unions.iter().flat_map(|u| u.variants.iter().map(|(_, ty, _)| ty.as_str())).collect();
    let structs = struct_fields(types, &members);
    let mut items = Vec::new();
    for union in &prepared.unions {
        let members: Option<Vec<&Vec<(syn::Ident, syn::Type)>>> = union.variants.iter().map(|(_, ty, _)| structs.get(ty)).collect();
        let Some(members) = members.filter(|m| !m.is_empty()) else { continue };
        let key = |ident: &syn::Ident, ty: &syn::Type| (ident.to_string(), ty.to_token_stream().to_string());
        // Each member's fields as text, once: comparing them pairwise re-printed every type.
        let others: Vec<HashSet<(String, String)>> = members[1..].iter().map(|m| m.iter().map(|(i, t)| key(i, t)).collect()).collect();
        let shared: Vec<&(syn::Ident, syn::Type)> = members[0]
            .iter()
            .filter(|(ident, ty)| {
                let wanted = key(ident, ty);
                !SHADOWING.contains(&wanted.0.as_str()) && others.iter().all(|fields| fields.contains(&wanted))
            })
            .collect();
        if shared.is_empty() {
            continue;
        }
        let name = format_ident!("{}", union.rust_name);
        let variants: Vec<syn::Ident> = union.variants.iter().map(|(v, _, _)| format_ident!("{}", v)).collect();
        let methods = shared.iter().map(|(ident, ty)| {
            let (returns, read): (TokenStream, TokenStream) = match crate::progenitor::syntax::under(ty, "Option") {
                Some(inner) => (quote!(::std::option::Option<&#inner>), quote!(value.#ident.as_ref())),
                None => (quote!(::std::option::Option<&#ty>), quote!(Some(&value.#ident))),
            };
            let doc = format!(" `{}` of whichever member this is; `None` for `Unknown`.", ident.to_string().trim_start_matches("r#"));
            quote! {
                #[doc = #doc]
                pub fn #ident(&self) -> #returns {
                    match self {
                        #( Self::#variants(value) => #read, )*
                        Self::Unknown(_) => None,
                    }
                }
            }
        });
        items.push(syn::parse_quote! {
            impl #name {
                #(#methods)*
            }
        });
    }
    items
}

/// `impl From<Inner> for Union` for each member of a member, when exactly one member leads to
/// it and the union does not convert from it already.
fn lifted_from_impls(types: &[Item], prepared: &Prepared) -> Vec<Item> {
    let from = crate::progenitor::syntax::from_impls(types);
    // What converts into each type, looked up per member (scanning every impl for every member
    // grew with the square of the spec).
    let mut into: HashMap<&str, Vec<&str>> = HashMap::new();
    for (target, inner) in &from {
        into.entry(target.as_str()).or_default().push(inner.as_str());
    }
    let mut items = Vec::new();
    for union in &prepared.unions {
        let members: HashSet<&str> = union.variants.iter().map(|(_, ty, _)| ty.as_str()).collect();
        let mut routes: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (variant, member, _) in &union.variants {
            for &inner in into.get(member.as_str()).into_iter().flatten() {
                let simple = inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if simple && !members.contains(inner) && !from.contains(&(union.rust_name.clone(), inner.to_owned())) {
                    routes.entry(inner).or_default().push((variant.as_str(), member.as_str()));
                }
            }
        }
        let name = format_ident!("{}", union.rust_name);
        for (inner, via) in routes {
            let [(variant, member)] = via.as_slice() else { continue };
            let (inner, variant, member) = (format_ident!("{}", inner), format_ident!("{}", variant), format_ident!("{}", member));
            items.push(syn::parse_quote! {
                impl ::std::convert::From<#inner> for #name {
                    fn from(value: #inner) -> Self {
                        Self::#variant(#member::from(value))
                    }
                }
            });
        }
    }
    items
}
