//! Conveniences derived from what the spec already states, so that a
//! service writes a request the way it would with a vendor's own SDK.
//!
//! - **Constructors.** Every type a request body can contain gets `new(required fields…)`: the
//!   optional fields take the value an absent key decodes to (`Default::default()`: the model
//!   moves a spec's `default` into the field's docs), and a field whose type is a one-value enum — a union's discriminator,
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
use quote::{format_ident, quote};

use super::Constructor;
use crate::model::Prepared;
use crate::progenitor::{Field, Surface, TypeName, last_ident, wrapped};

/// Names an inherent method must not take: it would shadow a trait method that generated and
/// user code call by path (`Union::from(member)`).
const SHADOWING: &[&str] =
    &["from", "into", "clone", "fmt", "serialize", "deserialize", "eq", "ne", "hash", "try_from", "try_into", "default", "to_string"];

/// What this emitter adds: items for `types`, items for `types::builder`, and the constructors
/// it wrote (for the examples).
pub struct Conveniences {
    /// Accessors and conversions, for the `types` module.
    pub in_types: TokenStream,
    /// Constructors and `clear_<field>()` setters, for the `types::builder` module.
    pub in_builder: TokenStream,
    /// Every constructor written.
    pub constructors: Vec<Constructor>,
}

/// The conveniences for `surface`'s types. `three_state` lists, per struct, the Rust names of its
/// fields made three-state.
pub fn conveniences(prepared: &Prepared, surface: &Surface, three_state: &[(String, Vec<String>)]) -> Conveniences {
    let in_types =
        [accessors(surface, prepared), lifted_from_impls(surface, prepared), text_and_list_conversions(surface)].into_iter().flatten();
    let in_types = quote!(#( #in_types )*);
    if surface.builders.is_empty() {
        return Conveniences { in_types, in_builder: TokenStream::new(), constructors: Vec::new() };
    }
    let (mut in_builder, constructors) = constructors(surface, prepared);
    in_builder.extend(clear_setters(three_state));
    // The `<Name>Required` structs written in the builder module, named from `types`.
    let required: Vec<syn::Ident> = prepared
        .request_types
        .keys()
        .filter(|name| constructors.iter().any(|c| &c.name == *name && c.named))
        .map(|name| format_ident!("{}Required", name))
        .collect();
    let in_types = quote!(#in_types #( pub use self::builder::#required; )*);
    Conveniences { in_types, in_builder: quote!(#( #in_builder )*), constructors }
}

/// `new(required…)` for every request type typify wrote a builder for, written in the builder
/// module as `impl super::Type`. A field is required when the model says so (the schema's
/// `required`, `allOf` members included); the parameters come in that list's order (the vendor's
/// own). An optional field is what an absent key decodes to, `Default::default()`.
fn constructors(surface: &Surface, prepared: &Prepared) -> (Vec<TokenStream>, Vec<Constructor>) {
    // A one-value enum names a constant: set it, do not ask for it.
    let constants: HashMap<&str, &str> =
        prepared.enums.iter().filter(|e| e.values.len() == 1).map(|e| (e.rust_name.as_str(), e.values[0].1.as_str())).collect();
    let mut items = Vec::new();
    let mut written = Vec::new();
    for (name, order) in &prepared.request_types {
        let Some(fields) = surface.builders.get(name) else { continue };
        let position = |field: &Field| order.iter().position(|r| *r == field.wire).unwrap_or(order.len());
        let ty = format_ident!("{}", name);
        let mut params: Vec<(usize, TokenStream, (String, syn::Type))> = Vec::new();
        let mut inits = Vec::new();
        let mut required = Vec::new();
        let mut fixed = Vec::new();
        for field in fields {
            let Field { ident, ty, wire } = field;
            let constant = last_ident(ty).and_then(|t| constants.get(t.as_str()).copied());
            // A boolean that allows one value is the runtime's unit struct `True` or `False`.
            let literal = last_ident(ty).is_some_and(|t| prepared.constants.iter().any(|(name, _)| crate::naming::rust_name(name) == t));
            let value = match (order.contains(wire), constant) {
                (_, Some(variant)) => {
                    let variant = format_ident!("{}", variant);
                    fixed.push(format!("`{}`", ident.to_string().trim_start_matches("r#")));
                    quote!(<#ty>::#variant)
                }
                _ if literal => {
                    fixed.push(format!("`{}`", ident.to_string().trim_start_matches("r#")));
                    quote!(#ty)
                }
                (false, None) => quote!(Default::default()),
                (true, None) => {
                    let at = position(field);
                    required.push((at, format!("`{}`", ident.to_string().trim_start_matches("r#"))));
                    // `impl Into<Option<T>>` would leave a bare `None` without a type.
                    if wrapped(ty, "Option").is_some() {
                        params.push((at, quote!(#ident: #ty), (ident.to_string(), ty.clone())));
                        quote!(#ident)
                    } else {
                        params.push((at, quote!(#ident: impl ::std::convert::Into<#ty>), (ident.to_string(), ty.clone())));
                        quote!(#ident.into())
                    }
                }
            };
            inits.push(quote!(#ident: #value));
        }
        params.sort_by_key(|(at, _, _)| *at);
        required.sort_by_key(|(at, _)| *at);
        let required: Vec<String> = required.into_iter().map(|(_, name)| name).collect();
        // Two required arguments of one type (four URLs and IDs as strings) could be swapped
        // without a compiler noticing: those are given by name instead.
        let types: Vec<&syn::Type> = params.iter().map(|(_, _, (_, ty))| ty).collect();
        let args = params.iter().map(|(_, _, arg)| arg.clone()).collect();
        if types.iter().enumerate().any(|(i, a)| types[..i].contains(a)) {
            items.push(required_fields(name, &params, &inits, prepared, surface));
            written.push(Constructor { name: name.clone(), args, named: true });
            continue;
        }
        written.push(Constructor { name: name.clone(), args, named: false });
        let params = params.into_iter().map(|(_, param, _)| param);
        let mut doc = format!(" A `{name}` from its required fields");
        if !required.is_empty() {
            doc.push_str(&format!(" ({})", required.join(", ")));
        }
        if !fixed.is_empty() {
            doc.push_str(&format!(", with {} set to the only value allowed", fixed.join(", ")));
        }
        doc.push_str("; every other field is what an absent key means (unset, or the spec's default).");
        items.push(quote! {
            impl super::#ty {
                #[doc = #doc]
                #[allow(clippy::too_many_arguments)]
                pub fn new(#(#params),*) -> Self {
                    Self { #(#inits),* }
                }
            }
        });
    }
    (items, written)
}

/// `<Name>Required`: the required fields of request type `name` by name, converting into it and
/// into every union it is a member of (directly or through one inner union), the other fields
/// what an absent key means. Written in `types::builder`, where `inits` resolve, and re-exported
/// in `types`.
fn required_fields(
    name: &str,
    params: &[(usize, TokenStream, (String, syn::Type))],
    inits: &[TokenStream],
    prepared: &Prepared,
    surface: &Surface,
) -> TokenStream {
    let ty = format_ident!("{}", name);
    let required = format_ident!("{}Required", name);
    let fields = params.iter().map(|(_, _, (field, ty))| {
        let ident: syn::Ident = syn::parse_str(field).unwrap_or_else(|_| format_ident!("{}", field));
        let doc = format!(" `{}` (see [`{name}`](super::{name})).", field.trim_start_matches("r#"));
        quote!(#[doc = #doc] pub #ident: #ty)
    });
    let moved = params.iter().map(|(_, _, (field, _))| {
        let ident: syn::Ident = syn::parse_str(field).unwrap_or_else(|_| format_ident!("{}", field));
        quote!(let #ident = required.#ident;)
    });
    // The unions (discriminated, or typify's untagged) with a member `name`, and those holding
    // one of them: each converts from its members.
    let mut members: Vec<(String, Vec<String>)> =
        prepared.unions.iter().map(|u| (u.rust_name.clone(), u.variants.iter().map(|(_, member, _)| member.clone()).collect())).collect();
    for (union, variants) in &surface.untagged {
        let held = variants.iter().filter_map(|(_, ty)| match crate::progenitor::surface::type_name(ty) {
            TypeName::Named(member) => Some(member),
            TypeName::Other(_) => None,
        });
        members.push((union.clone(), held.collect()));
    }
    let holding =
        |member: &str| -> Vec<String> { members.iter().filter(|(_, m)| m.iter().any(|x| x == member)).map(|(u, _)| u.clone()).collect() };
    let mut unions: Vec<(syn::Ident, Vec<syn::Ident>)> = Vec::new();
    for direct in holding(name) {
        unions.push((format_ident!("{}", direct), Vec::new()));
        for outer in holding(&direct) {
            unions.push((format_ident!("{}", outer), vec![format_ident!("{}", direct)]));
        }
    }
    let lifts = unions.iter().map(|(target, through)| {
        quote! {
            impl ::std::convert::From<#required> for super::#target {
                fn from(required: #required) -> Self {
                    let value = super::#ty::from(required);
                    #( let value = super::#through::from(value); )*
                    Self::from(value)
                }
            }
        }
    });
    let doc = format!(
        " The required fields of a [`{name}`](super::{name}), by name: several are of one type, which positional arguments \
         would let a caller swap. Converts into a `{name}` (and the unions it is a member of), every other field what an \
         absent key means."
    );
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq)]
        pub struct #required {
            #( #fields, )*
        }
        impl ::std::convert::From<#required> for super::#ty {
            fn from(required: #required) -> Self {
                #( #moved )*
                Self { #( #inits ),* }
            }
        }
        #( #lifts )*
    }
}

/// `clear_<field>()` on the builder of every partial-update struct, for each three-state field.
fn clear_setters(three_state: &[(String, Vec<String>)]) -> Vec<TokenStream> {
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
            quote! {
                impl #ty {
                    #(#methods)*
                }
            }
        })
        .collect()
}

/// For each union whose members are all structs: a method per field every member has with the
/// same type.
fn accessors(surface: &Surface, prepared: &Prepared) -> Vec<TokenStream> {
    let members: HashSet<&str> = prepared.unions.iter().flat_map(|u| u.variants.iter().map(|(_, ty, _)| ty.as_str())).collect();
    let structs: HashMap<&str, &Vec<Field>> =
        surface.structs.iter().filter(|(name, _)| members.contains(name.as_str())).map(|(name, fields)| (name.as_str(), fields)).collect();
    let mut items = Vec::new();
    for union in &prepared.unions {
        let members: Option<Vec<&Vec<Field>>> = union.variants.iter().map(|(_, ty, _)| structs.get(ty.as_str()).copied()).collect();
        let Some(members) = members.filter(|m| !m.is_empty()) else { continue };
        // Each member's fields, hashed once: comparing them pairwise grew with the square.
        let others: Vec<HashSet<(&syn::Ident, &syn::Type)>> =
            members[1..].iter().map(|m| m.iter().map(|f| (&f.ident, &f.ty)).collect()).collect();
        let shared: Vec<(&syn::Ident, &syn::Type)> = members[0]
            .iter()
            .map(|f| (&f.ident, &f.ty))
            .filter(|wanted| !SHADOWING.contains(&wanted.0.to_string().as_str()) && others.iter().all(|fields| fields.contains(wanted)))
            .collect();
        if shared.is_empty() {
            continue;
        }
        let name = format_ident!("{}", union.rust_name);
        let variants: Vec<syn::Ident> = union.variants.iter().map(|(v, _, _)| format_ident!("{}", v)).collect();
        let methods = shared.iter().map(|(ident, ty)| {
            let (returns, read): (TokenStream, TokenStream) = match wrapped(ty, "Option") {
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
        items.push(quote! {
            impl #name {
                #(#methods)*
            }
        });
    }
    items
}

/// `impl From<Inner> for Union` for each member of a member, when exactly one member leads to
/// it and the union does not convert from it already.
fn lifted_from_impls(surface: &Surface, prepared: &Prepared) -> Vec<TokenStream> {
    let from = &surface.from_impls;
    // What converts into each type, looked up per member (scanning every impl for every member
    // grew with the square of the spec).
    let mut into: HashMap<&str, Vec<&str>> = HashMap::new();
    for (target, inner) in from {
        // Only a type one identifier names can be converted through (not `Vec<T>`, `String`…).
        if let TypeName::Named(inner) = inner {
            into.entry(target.as_str()).or_default().push(inner.as_str());
        }
    }
    let mut items = Vec::new();
    for union in &prepared.unions {
        let members: HashSet<&str> = union.variants.iter().map(|(_, ty, _)| ty.as_str()).collect();
        let mut routes: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (variant, member, _) in &union.variants {
            for &inner in into.get(member.as_str()).into_iter().flatten() {
                if !members.contains(inner) && !from.contains(&(union.rust_name.clone(), TypeName::Named(inner.to_owned()))) {
                    routes.entry(inner).or_default().push((variant.as_str(), member.as_str()));
                }
            }
        }
        let name = format_ident!("{}", union.rust_name);
        for (inner, via) in routes {
            let [(variant, member)] = via.as_slice() else { continue };
            let (inner, variant, member) = (format_ident!("{}", inner), format_ident!("{}", variant), format_ident!("{}", member));
            items.push(quote! {
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

/// What a one-or-many value (typify's untagged `oneOf` of a value and a list: a filter, a
/// metadata value) converts from besides its variants: text where a variant holds a `String`
/// (`"cus_1"`), or else the text of a UUID where one holds a `Uuid`; an array where a variant
/// holds a `Vec` (`[id_a, id_b]`, `["a", "b"]`).
fn text_and_list_conversions(surface: &Surface) -> Vec<TokenStream> {
    let string: syn::Type = syn::parse_quote!(::std::string::String);
    let uuid: syn::Type = syn::parse_quote!(::uuid::Uuid);
    let str_ref: syn::Type = syn::parse_quote!(&str);
    let mut items = Vec::new();
    for (name, variants) in &surface.untagged {
        let ty = format_ident!("{}", name);
        let has = |from: &syn::Type| {
            let key = (name.clone(), TypeName::Other(from.clone()));
            surface.from_impls.contains(&key) || surface.try_from_impls.contains(&key)
        };
        if let Some((variant, _)) = variants.iter().find(|(_, held)| *held == string) {
            if !has(&str_ref) {
                items.push(quote! {
                    impl ::std::convert::From<&str> for #ty {
                        fn from(value: &str) -> Self {
                            Self::#variant(value.to_owned())
                        }
                    }
                });
            }
        } else if let Some((variant, _)) = variants.iter().find(|(_, held)| *held == uuid).filter(|_| !has(&str_ref)) {
            items.push(quote! {
                impl ::std::convert::TryFrom<&str> for #ty {
                    type Error = ::uuid::Error;
                    fn try_from(value: &str) -> ::std::result::Result<Self, ::uuid::Error> {
                        value.parse().map(Self::#variant)
                    }
                }
            });
        }
        for (variant, held) in variants {
            let Some(item) = wrapped(held, "Vec") else { continue };
            items.push(quote! {
                impl<const N: usize> ::std::convert::From<[#item; N]> for #ty {
                    fn from(value: [#item; N]) -> Self {
                        Self::#variant(value.into())
                    }
                }
            });
            if *item == string {
                items.push(quote! {
                    impl<const N: usize> ::std::convert::From<[&str; N]> for #ty {
                        fn from(value: [&str; N]) -> Self {
                            Self::#variant(value.iter().map(|v| (*v).to_owned()).collect())
                        }
                    }
                });
            }
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{load, squeezed};
    use crate::progenitor::surface;

    fn conveniences() -> (super::Conveniences, String, String) {
        let (prepared, file, three_state) = load();
        let surface = surface::read(&file, &prepared).unwrap();
        let c = super::conveniences(&prepared, &surface, &three_state);
        let (types, builder) = (squeezed(&c.in_types), squeezed(&c.in_builder));
        (c, types, builder)
    }

    #[test]
    fn a_constructor_asks_for_the_required_fields_in_the_specs_order() {
        let (c, _, builder) = conveniences();
        // `required: [line, note]`: a nullable required field is an `Option`, not `impl Into`.
        assert!(builder.contains("pubfnnew(line:impl::std::convert::Into<types::Line>,note:::std::option::Option<::std::string::String>)->Self{Self{count:Default::default(),line:line.into(),nickname:Default::default(),note:note,quantity:Default::default(),seats:Default::default(),tags:Default::default()}}"), "{builder}");
        let order: Vec<(&str, Vec<&str>)> =
            c.constructors.iter().map(|c| (c.name.as_str(), c.args.iter().map(|a| a.0.as_str()).collect())).collect();
        assert!(order.contains(&("OrderCreate", vec!["line", "note"])), "{order:?}");
    }

    #[test]
    fn a_one_value_enum_field_is_set_for_the_caller() {
        let (_, _, builder) = conveniences();
        assert!(builder.contains("with`kind`settotheonlyvalueallowed"), "{builder}");
        assert!(
            builder.contains(
                "pubfnnew(sku:impl::std::convert::Into<::std::string::String>)->Self{Self{kind:<types::Kind>::Book,sku:sku.into()}}"
            ),
            "{builder}"
        );
    }

    #[test]
    fn a_three_state_field_can_be_cleared() {
        let (_, _, builder) = conveniences();
        assert!(builder.contains("implOrderUpdate{#[doc=\"Sends`note`as`null`,whichclearsit(unsetkeepsit).\"]pubfnclear_note(mutself)->Self{self.note=Ok(Some(None));self}}"), "{builder}");
    }

    #[test]
    fn a_union_reads_a_field_every_member_has_alike() {
        let (_, types, _) = conveniences();
        // `sku` is a `String` in both members; `kind` is an enum in one and a string in the other.
        assert!(types.contains("pubfnsku(&self)->::std::option::Option<&::std::string::String>{matchself{Self::Book(value)=>Some(&value.sku),Self::Pen(value)=>Some(&value.sku),Self::Unknown(_)=>None,}}"), "{types}");
        assert!(!types.contains("pubfnkind("), "{types}");
    }

    #[test]
    fn no_typify_builder_means_no_constructor() {
        let (prepared, file, three_state) = load();
        let mut surface = surface::read(&file, &prepared).unwrap();
        surface.builders.clear();
        let c = super::conveniences(&prepared, &surface, &three_state);
        assert!(c.in_builder.is_empty() && c.constructors.is_empty());
    }
}
