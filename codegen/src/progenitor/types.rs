//! The changes made to typify's `types` module, each a named function: the types the emit stage
//! writes put where typify would have ([`replace_all`]); a required, nullable field that decodes
//! an absent key as `None` ([`absent_nullable_is_none`]); untagged unions that say why no variant
//! matched ([`explain_untagged`]); every enum `#[non_exhaustive]`; three-state fields in
//! partial-update bodies ([`tri_state`], [`tri_state_builder`]); a redacted `Debug` where a field
//! is secret ([`redact_debug`]); `Eq` wherever no float forbids it ([`derive_eq`]).

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use std::collections::{HashMap, HashSet};

use syn::{Item, ItemMod, ItemStruct};

use crate::model::Prepared;

/// The `types` module of `file`, if progenitor wrote one.
pub(crate) fn types_module(file: &mut syn::File) -> Option<&mut Vec<Item>> {
    file.items.iter_mut().find_map(|item| match item {
        Item::Mod(ItemMod { ident, content: Some((_, items)), .. }) if ident == "types" => Some(items),
        _ => None,
    })
}

/// Changes typify's `types` module of `file`: `replacements` (Rust name → the emitted type) take
/// the place of typify's types of those names, `helper` (the three-state fields' decoder) is added
/// when a field is made three-state, and every change listed in the module docs is made.
/// Returns, per struct, the Rust names of its fields made three-state. `file` is progenitor's
/// output generated with [`settings_for`](crate::progenitor::settings_for) (typify left the
/// replaced types out) or with plain [`settings`](crate::progenitor::settings) (typify's versions
/// are replaced where they stand); either way every type ends up in typify's order.
pub fn patch(
    file: &mut syn::File,
    prepared: &Prepared,
    replacements: Vec<(String, TokenStream)>,
    helper: TokenStream,
) -> std::result::Result<Vec<(String, Vec<String>)>, String> {
    let Some(types) = types_module(file) else { return Ok(Vec::new()) };
    // Every pass below is one walk over the module (with name → position indexes), so the stage
    // stays linear in the size of the spec.
    let replacements: HashMap<String, TokenStream> = replacements.into_iter().collect();
    if !replacements.is_empty() {
        import_types(types);
    }
    replace_all(types, replacements)?;
    absent_nullable_is_none(types)?;
    explain_untagged(types)?;
    non_exhaustive(types);
    if !prepared.keep_null.is_empty() {
        let helper: syn::File = syn::parse2(helper).map_err(|e| format!("the three-state helper does not parse: {e}"))?;
        types.extend(helper.items);
    }
    let index = positions(types);
    let builder_position = types.iter().position(|i| matches!(i, Item::Mod(m) if m.ident == "builder"));
    let mut builder_index: HashMap<String, Vec<usize>> = HashMap::new();
    if let Some(Item::Mod(ItemMod { content: Some((_, items)), .. })) = builder_position.map(|p| &types[p]) {
        for (i, item) in items.iter().enumerate() {
            if let Some(name) = item_name(item) {
                builder_index.entry(name).or_default().push(i);
            }
        }
    }
    let mut three_state = Vec::new();
    for (name, props) in &prepared.keep_null {
        let position = *index.get(name).ok_or_else(|| format!("no struct `{name}` to make three-state"))?;
        let Item::Struct(s) = &mut types[position] else { return Err(format!("`{name}` is not a struct")) };
        let changed = tri_state(s, props)?;
        if !changed.is_empty() {
            three_state.push((name.clone(), changed.clone()));
        }
        if let (false, Some(Item::Mod(ItemMod { content: Some((_, builder)), .. }))) =
            (changed.is_empty(), builder_position.map(|p| &mut types[p]))
        {
            for &i in builder_index.get(name).into_iter().flatten() {
                tri_state_builder(&mut builder[i], name, &changed)?;
            }
        }
    }
    // Each redacted `Debug` impl goes right after its struct, as a reviewer would write it.
    let mut debug_impls: HashMap<usize, Item> = HashMap::new();
    for (name, props) in &prepared.secrets {
        let position = *index.get(name).ok_or_else(|| format!("no struct `{name}` to redact"))?;
        let Item::Struct(s) = &mut types[position] else { return Err(format!("`{name}` is not a struct")) };
        debug_impls.insert(position, redacted_debug(s, props)?);
    }
    if !debug_impls.is_empty() {
        let mut merged = Vec::with_capacity(types.len() + debug_impls.len());
        for (i, item) in std::mem::take(types).into_iter().enumerate() {
            merged.push(item);
            merged.extend(debug_impls.remove(&i));
        }
        *types = merged;
    }
    Ok(three_state)
}

/// Adds what the emit stage wrote for the types (`in_types` to `types`, `in_builder` to
/// `types::builder`), then [`derive_eq`] over the whole module.
pub fn append(file: &mut syn::File, in_types: TokenStream, in_builder: TokenStream) -> std::result::Result<(), String> {
    let Some(types) = types_module(file) else { return Ok(()) };
    let in_types: syn::File = syn::parse2(in_types).map_err(|e| format!("the types' conveniences do not parse: {e}"))?;
    let in_builder: syn::File = syn::parse2(in_builder).map_err(|e| format!("the builders' conveniences do not parse: {e}"))?;
    match types.iter_mut().find_map(|item| match item {
        Item::Mod(ItemMod { ident, content: Some((_, items)), .. }) if ident == "builder" => Some(items),
        _ => None,
    }) {
        Some(builder) => builder.extend(in_builder.items),
        None if in_builder.items.is_empty() => {}
        None => return Err("constructors were written for types that have no typify builder".into()),
    }
    types.extend(in_types.items);
    derive_eq(types);
    Ok(())
}

/// typify refers to the replaced types as `types::<Name>` (see
/// [`settings_for`](crate::progenitor::settings_for)), also inside `types` and its `builder`
/// module: both import `types`.
pub fn import_types(types: &mut Vec<Item>) {
    types.insert(
        0,
        syn::parse_quote!(
            use super::types;
        ),
    );
    for item in types.iter_mut() {
        if let Item::Mod(ItemMod { ident, content: Some((_, items)), .. }) = item
            && ident == "builder"
        {
            items.insert(
                0,
                syn::parse_quote!(
                    use super::super::types;
                ),
            );
        }
    }
}

/// A later spec may add a variant to any enum (a value, a union member): a minor release.
pub fn non_exhaustive(types: &mut [Item]) {
    for item in types.iter_mut() {
        if let Item::Enum(e) = item
            && !e.attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
        {
            e.attrs.push(syn::parse_quote!(#[non_exhaustive]));
        }
    }
}

/// Adds `Eq` beside `PartialEq` on every model that can have it: no float in it, directly or
/// through another model (found by iterating to a fixed point over the module's types).
pub fn derive_eq(types: &mut [Item]) {
    let mut fields: HashMap<String, Vec<String>> = HashMap::new();
    for item in types.iter() {
        let (name, tys): (String, Vec<&syn::Type>) = match item {
            Item::Struct(s) => (s.ident.to_string(), s.fields.iter().map(|f| &f.ty).collect()),
            Item::Enum(e) => (e.ident.to_string(), e.variants.iter().flat_map(|v| v.fields.iter().map(|f| &f.ty)).collect()),
            _ => continue,
        };
        let mut words = Vec::new();
        tys.into_iter().for_each(|ty| type_words(ty, &mut words));
        fields.insert(name, words);
    }
    let mut not_eq: HashSet<String> =
        fields.iter().filter(|(_, words)| words.iter().any(|w| w == "f64" || w == "f32")).map(|(name, _)| name.clone()).collect();
    loop {
        let more: Vec<String> = fields
            .iter()
            .filter(|(name, words)| !not_eq.contains(*name) && words.iter().any(|w| not_eq.contains(w)))
            .map(|(name, _)| name.clone())
            .collect();
        if more.is_empty() {
            break;
        }
        not_eq.extend(more);
    }
    for item in types.iter_mut() {
        let (name, attrs) = match item {
            Item::Struct(s) => (s.ident.to_string(), &mut s.attrs),
            Item::Enum(e) => (e.ident.to_string(), &mut e.attrs),
            _ => continue,
        };
        if not_eq.contains(&name) {
            continue;
        }
        for attr in attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
            let Ok(paths) = attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated) else {
                continue;
            };
            let has = |name: &str| paths.iter().any(|p| p.segments.last().is_some_and(|s| s.ident == name));
            if has("PartialEq") && !has("Eq") {
                let paths = paths.iter();
                *attr = syn::parse_quote!(#[derive(#(#paths,)* Eq)]);
            }
        }
    }
}

/// Every identifier in a type, generic arguments included (`Vec<Price>`, `Option<f64>`), read
/// from the syntax tree (printing each type to split its text was most of `derive_eq`'s time).
fn type_words(ty: &syn::Type, words: &mut Vec<String>) {
    match ty {
        syn::Type::Path(path) => {
            for segment in &path.path.segments {
                words.push(segment.ident.to_string());
                if let syn::PathArguments::AngleBracketed(args) = &segment.arguments {
                    for arg in &args.args {
                        match arg {
                            syn::GenericArgument::Type(inner) => type_words(inner, words),
                            other => words.extend(other.to_token_stream().into_iter().filter_map(|t| match t {
                                proc_macro2::TokenTree::Ident(ident) => Some(ident.to_string()),
                                _ => None,
                            })),
                        }
                    }
                }
            }
        }
        syn::Type::Reference(r) => type_words(&r.elem, words),
        syn::Type::Array(a) => type_words(&a.elem, words),
        syn::Type::Slice(s) => type_words(&s.elem, words),
        syn::Type::Paren(p) => type_words(&p.elem, words),
        syn::Type::Group(g) => type_words(&g.elem, words),
        syn::Type::Tuple(t) => t.elems.iter().for_each(|e| type_words(e, words)),
        other => {
            let text = other.to_token_stream().to_string();
            words.extend(text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).map(str::to_owned));
        }
    }
}

/// typify's untagged enums (a `oneOf` without a discriminator) fail with serde's bare "data did
/// not match any variant". Where every variant holds one value, the derived `Deserialize` is
/// replaced by one that tries the variants in the same order and, when none matches, says why
/// each did not (`ByPriceId: unknown field `priceSlug``), with the path inside each.
pub fn explain_untagged(types: &mut Vec<Item>) -> std::result::Result<(), String> {
    let existing = super::syntax::from_impl_texts(types);
    let mut impls = Vec::new();
    for item in types.iter_mut() {
        let Item::Enum(e) = item else { continue };
        let untagged = e.attrs.iter().any(|a| a.path().is_ident("serde") && a.meta.to_token_stream().to_string().contains("untagged"));
        let newtypes = e.variants.iter().all(|v| matches!(&v.fields, syn::Fields::Unnamed(f) if f.unnamed.len() == 1));
        if !untagged || !newtypes || e.variants.is_empty() {
            continue;
        }
        let name = e.ident.clone();
        for attr in e.attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
            let paths = attr
                .parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .map_err(|err| format!("`{name}`: {err}"))?;
            let kept: Vec<&syn::Path> = paths.iter().filter(|p| p.segments.last().is_none_or(|seg| seg.ident != "Deserialize")).collect();
            *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
        }
        let variants: Vec<&syn::Ident> = e.variants.iter().map(|v| &v.ident).collect();
        let tys: Vec<&syn::Type> = e.variants.iter().filter_map(|v| v.fields.iter().next().map(|f| &f.ty)).collect();
        let labels: Vec<String> = variants.iter().map(|v| v.to_string()).collect();
        let expected = format!("no variant of `{name}` matches");
        // One value converts into its variant (typify leaves some out, e.g. `From<String>`), so
        // a one-or-many filter takes one value as readily as a `Vec`.
        for (variant, ty) in variants.iter().zip(&tys) {
            let key = ty.to_token_stream().to_string();
            let unique = tys.iter().filter(|t| t.to_token_stream().to_string() == key).count() == 1;
            if unique && !existing.contains(&(name.to_string(), key)) {
                impls.push(syn::parse_quote! {
                    impl ::std::convert::From<#ty> for #name {
                        fn from(value: #ty) -> Self {
                            Self::#variant(value)
                        }
                    }
                });
            }
        }
        impls.push(syn::parse_quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    // Buffered as JSON text, then tried variant by variant as serde's untagged
                    // enums are; only when none matches are the reasons collected.
                    let text = ::checkout_runtime::__private::json_text(deserializer)?;
                    let text = text.as_str();
                    #( if let Ok(value) = ::serde_json::from_str::<#tys>(text) { return Ok(Self::#variants(value)); } )*
                    let reasons: ::std::vec::Vec<::std::string::String> = ::std::vec![
                        #( format!("{}: {}", #labels, ::checkout_runtime::__private::member::<#tys>(text).err().unwrap_or_default()) ),*
                    ];
                    Err(<D::Error as ::serde::de::Error>::custom(format_args!("{} ({})", #expected, reasons.join("; "))))
                }
            }
        });
    }
    types.extend(impls);
    Ok(())
}

/// typify makes a required, nullable field refuse an absent key (`deserialize_with =
/// "Option::deserialize"`). A server that leaves such a key out means the same as `null`, and
/// failing the whole body for it would turn a harmless omission into an outage, so the attribute
/// is dropped: the field decodes as `None` when absent and still encodes as `null`.
pub fn absent_nullable_is_none(types: &mut [Item]) -> std::result::Result<(), String> {
    for item in types.iter_mut() {
        let Item::Struct(s) = item else { continue };
        for field in s.fields.iter_mut() {
            // Only an attribute naming `deserialize_with` is parsed (most name `rename` or
            // `default`, and parsing them all was a tenth of this stage).
            let names_deserialize_with = |a: &syn::Attribute| matches!(&a.meta, syn::Meta::List(list) if list.tokens.clone().into_iter().any(|t| matches!(&t, proc_macro2::TokenTree::Ident(i) if i == "deserialize_with")));
            for attr in field.attrs.iter_mut().filter(|a| a.path().is_ident("serde") && names_deserialize_with(a)) {
                let metas = attr
                    .parse_args_with(syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
                    .map_err(|e| format!("`{}`: {e}", s.ident))?;
                let strict = |m: &syn::Meta| {
                    matches!(m, syn::Meta::NameValue(nv) if nv.path.is_ident("deserialize_with")
                        && matches!(&nv.value, syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(l), .. }) if l.value() == "::std::option::Option::deserialize"))
                };
                if metas.iter().any(strict) {
                    let kept: Vec<&syn::Meta> = metas.iter().filter(|m| !strict(m)).collect();
                    *attr = syn::parse_quote!(#[serde(#(#kept),*)]);
                }
            }
            field.attrs.retain(|a| !(a.path().is_ident("serde") && matches!(&a.meta, syn::Meta::List(l) if l.tokens.is_empty())));
        }
    }
    Ok(())
}

/// The type an item defines or implements (structs, enums, inherent and trait impls).
fn item_name(item: &Item) -> Option<String> {
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Enum(e) => Some(e.ident.to_string()),
        Item::Impl(block) => match block.self_ty.as_ref() {
            syn::Type::Path(p) if p.qself.is_none() => p.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// The last segments of the types among the generic arguments of the trait `block` implements
/// (`From<False>` → `False`).
fn trait_arguments(block: &syn::ItemImpl) -> impl Iterator<Item = String> + '_ {
    let last = block.trait_.as_ref().and_then(|(_, path, _)| path.segments.last());
    let arguments = match last.map(|segment| &segment.arguments) {
        Some(syn::PathArguments::AngleBracketed(arguments)) => Some(&arguments.args),
        _ => None,
    };
    arguments.into_iter().flatten().filter_map(|argument| match argument {
        syn::GenericArgument::Type(syn::Type::Path(p)) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    })
}

/// Positions of the structs and enums among `items`, by name.
fn positions(items: &[Item]) -> HashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| matches!(item, Item::Struct(_) | Item::Enum(_)))
        .filter_map(|(i, item)| Some((item_name(item)?, i)))
        .collect()
}

/// Puts each type of `replacements` into `items` (a `types` module, whose types typify sorts by
/// name) where typify would have put it, in one pass. A type typify generated under the same name
/// is replaced, with every impl for it; typify generating two of one name is an error.
pub fn replace_all(items: &mut Vec<Item>, replacements: HashMap<String, TokenStream>) -> std::result::Result<(), String> {
    let names: HashSet<String> = replacements.keys().cloned().collect();
    // Sorted descending, so `pop` yields the next name in typify's order.
    let mut pending: Vec<(String, TokenStream)> = replacements.into_iter().collect();
    pending.sort_unstable_by(|a, b| b.0.cmp(&a.0));
    let mut kept = Vec::with_capacity(items.len() + 3 * pending.len());
    let insert = |kept: &mut Vec<Item>, (name, tokens): (String, TokenStream)| -> std::result::Result<(), String> {
        let new: syn::File = syn::parse2(tokens).map_err(|e| format!("generated `{name}` does not parse: {e}"))?;
        kept.extend(new.items);
        Ok(())
    };
    let mut seen_type = false;
    for item in std::mem::take(items) {
        match (&item, item_name(&item)) {
            (Item::Impl(_), Some(name)) if names.contains(&name) => {}
            // typify's conversions out of a replaced type (`impl From<False> for bool`).
            (Item::Impl(block), _) if trait_arguments(block).any(|name| names.contains(&name)) => {}
            (Item::Struct(_) | Item::Enum(_), Some(name)) => {
                seen_type = true;
                while pending.last().is_some_and(|(next, _)| *next < name) {
                    insert(&mut kept, pending.pop().expect("checked"))?;
                }
                if names.contains(&name) {
                    match pending.pop_if(|(next, _)| *next == name) {
                        Some(replacement) => insert(&mut kept, replacement)?,
                        None => return Err(format!("typify generated two types named `{name}`; rename one of the schemas")),
                    }
                } else {
                    kept.push(item);
                }
            }
            // typify's `builder` and `error` modules follow the types.
            (Item::Mod(_), _) if seen_type => {
                while let Some(replacement) = pending.pop() {
                    insert(&mut kept, replacement)?;
                }
                kept.push(item);
            }
            _ => kept.push(item),
        }
    }
    while let Some(replacement) = pending.pop() {
        insert(&mut kept, replacement)?;
    }
    *items = kept;
    Ok(())
}

/// Makes the optional, nullable fields `props` of struct `s` three-state: `Option<Option<T>>`,
/// absent → `None`, `null` → `Some(None)`, a value → `Some(Some(v))`, each re-encoded as it came.
/// Returns the Rust names of the fields changed.
pub fn tri_state(s: &mut ItemStruct, props: &[String]) -> std::result::Result<Vec<String>, String> {
    let name = s.ident.to_string();
    let mut changed = Vec::new();
    for field in s.fields.iter_mut() {
        let ident = field.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
        let rename = super::syntax::serde_rename(&field.attrs);
        let wire = rename.clone().unwrap_or_else(|| ident.trim_start_matches("r#").to_owned());
        if !props.contains(&wire) {
            continue;
        }
        let old = field.ty.clone();
        if !old.to_token_stream().to_string().starts_with(":: std :: option :: Option <") {
            return Err(format!("`{name}.{wire}` is nullable but typify did not make it an Option"));
        }
        field.ty = syn::parse_quote!(::std::option::Option<#old>);
        field.attrs.retain(|a| !a.path().is_ident("serde"));
        let rename = rename.map(|r| quote!(rename = #r,));
        field.attrs.push(syn::parse_quote!(
            #[serde(#rename default, skip_serializing_if = "::std::option::Option::is_none", deserialize_with = "deserialize_present")]
        ));
        changed.push(ident);
    }
    Ok(changed)
}

/// Rewrites typify's builder item (struct or impl) for struct `name` to match [`tri_state`]: the
/// field's `Result<Option<T>, String>` and its setter's `TryInto<Option<T>>` gain an `Option`.
pub fn tri_state_builder(item: &mut Item, name: &str, changed: &[String]) -> std::result::Result<(), String> {
    match item {
        Item::Struct(s) => {
            for field in s.fields.iter_mut() {
                let ident = field.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                if changed.contains(&ident) && !wrap_first_arg(&mut field.ty, "Result") {
                    return Err(format!("the builder field `{name}.{ident}` is not a `Result<_, _>`"));
                }
            }
        }
        Item::Impl(block) if block.trait_.is_none() => {
            for member in block.items.iter_mut() {
                let syn::ImplItem::Fn(f) = member else { continue };
                if !changed.iter().any(|field| f.sig.ident == field.as_str()) {
                    continue;
                }
                let wrapped = f.sig.generics.where_clause.iter_mut().flat_map(|w| w.predicates.iter_mut()).any(|predicate| {
                    let syn::WherePredicate::Type(bound) = predicate else { return false };
                    bound.bounds.iter_mut().any(|b| match b {
                        syn::TypeParamBound::Trait(t) => wrap_first_arg_of_path(&mut t.path, "TryInto"),
                        _ => false,
                    })
                });
                if !wrapped {
                    return Err(format!("the builder setter `{name}::{}` has no `TryInto<_>` bound", f.sig.ident));
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// Replaces the derived `Debug` of struct `name` in `items` with one that prints `<redacted>` for
/// the fields whose wire or Rust name is in `secrets` (see [`redacted_debug`]).
pub fn redact_debug(items: &mut Vec<Item>, name: &str, secrets: &[String]) -> std::result::Result<(), String> {
    let position = items
        .iter()
        .position(|item| matches!(item, Item::Struct(s) if s.ident == name))
        .ok_or_else(|| format!("no struct `{name}` to redact"))?;
    let Item::Struct(s) = &mut items[position] else { unreachable!("position found a struct") };
    let debug = redacted_debug(s, secrets)?;
    items.insert(position + 1, debug);
    Ok(())
}

/// Removes `Debug` from the derives of `s` and returns a `Debug` impl printing `<redacted>` for
/// the fields whose wire or Rust name is in `secrets`.
pub fn redacted_debug(s: &mut ItemStruct, secrets: &[String]) -> std::result::Result<Item, String> {
    let name = s.ident.to_string();
    for attr in s.attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let paths = attr
            .parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
            .map_err(|e| format!("`{name}`: {e}"))?;
        let kept: Vec<&syn::Path> = paths.iter().filter(|p| p.segments.last().is_none_or(|seg| seg.ident != "Debug")).collect();
        *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
    }
    let mut found = 0;
    let fields: Vec<TokenStream> = s
        .fields
        .iter()
        .filter_map(|f| {
            let ident = f.ident.as_ref()?;
            let label = ident.to_string();
            let wire = super::syntax::serde_rename(&f.attrs).unwrap_or_else(|| label.trim_start_matches("r#").to_owned());
            Some(if secrets.contains(&wire) || secrets.contains(&label) {
                found += 1;
                quote!(.field(#label, &"<redacted>"))
            } else {
                quote!(.field(#label, &self.#ident))
            })
        })
        .collect();
    if found == 0 {
        return Err(format!("`{name}` has none of the secret fields {secrets:?}"));
    }
    let ident = &s.ident;
    let (impl_generics, type_generics, where_clause) = s.generics.split_for_impl();
    Ok(syn::parse_quote! {
        impl #impl_generics ::std::fmt::Debug for #ident #type_generics #where_clause {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#name) #( #fields )* .finish()
            }
        }
    })
}

/// `Result<T, E>` → `Result<Option<T>, E>` when `ty`'s last segment is `outer`.
fn wrap_first_arg(ty: &mut syn::Type, outer: &str) -> bool {
    match ty {
        syn::Type::Path(p) => wrap_first_arg_of_path(&mut p.path, outer),
        _ => false,
    }
}

fn wrap_first_arg_of_path(path: &mut syn::Path, outer: &str) -> bool {
    let Some(last) = path.segments.last_mut() else { return false };
    if last.ident != outer {
        return false;
    }
    let syn::PathArguments::AngleBracketed(args) = &mut last.arguments else { return false };
    match args.args.first_mut() {
        Some(syn::GenericArgument::Type(inner)) => {
            *inner = syn::parse_quote!(::std::option::Option<#inner>);
            true
        }
        _ => false,
    }
}
