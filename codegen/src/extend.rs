//! Stage 4b, *extend*: replace what progenitor/typify generate badly with our own items, written
//! with syn/quote into the same `types` module under the same names (so every reference to them
//! stays valid).
//!
//! - **String enums** ([`EnumSpec`]): variants named from `x-enum-varnames` (or the value), plus
//!   `Unknown(String)` so a value added by a newer API version decodes, and re-encodes verbatim.
//! - **Discriminated unions** ([`UnionSpec`]): typify makes `oneOf` an untagged enum where the
//!   first variant that happens to match wins, silently dropping fields. Ours reads the
//!   discriminator property and decodes exactly the variant it names; a tag this client does not
//!   know decodes into `Unknown(serde_json::Value)` with the raw JSON kept.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::{Item, ItemMod};

use crate::error::{Error, Location, Result};
use crate::prepare::{EnumSpec, Prepared, UnionSpec};

/// Replaces typify's enums and unions in `file` with ours.
pub fn extend(file: &mut syn::File, prepared: &Prepared, spec_name: &str) -> Result<()> {
    let Some(types) = file.items.iter_mut().find_map(|item| match item {
        Item::Mod(ItemMod { ident, content: Some((_, items)), .. }) if ident == "types" => Some(items),
        _ => None,
    }) else {
        return Ok(());
    };
    for spec in &prepared.enums {
        replace(types, &spec.rust_name, enum_tokens(spec), spec_name)?;
    }
    for spec in &prepared.unions {
        replace(types, &spec.rust_name, union_tokens(spec), spec_name)?;
    }
    if !prepared.keep_null.is_empty() {
        let helper: syn::File = syn::parse2(deserialize_present_tokens()).expect("static tokens parse");
        types.extend(helper.items);
    }
    for (name, props) in &prepared.keep_null {
        tri_state(types, name, props).map_err(|message| Error::Generate { location: Location::file(spec_name), message })?;
    }
    for (name, props) in &prepared.secrets {
        redact_debug(types, name, props).map_err(|message| Error::Generate { location: Location::file(spec_name), message })?;
    }
    Ok(())
}

/// Makes the optional, nullable fields `props` of response-only struct `name` three-state:
/// `Option<Option<T>>`, absent → `None`, `null` → `Some(None)`, a value → `Some(Some(v))`, each
/// re-encoded as it came. typify's builder for the struct is rewritten to match.
fn tri_state(items: &mut [Item], name: &str, props: &[String]) -> Result<(), String> {
    let mut changed: Vec<String> = Vec::new(); // the Rust names of the fields made three-state
    for item in items.iter_mut() {
        let Item::Struct(s) = item else { continue };
        if s.ident != name {
            continue;
        }
        for field in s.fields.iter_mut() {
            let ident = field.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
            let rename = serde_rename(&field.attrs);
            let wire = rename.clone().unwrap_or_else(|| ident.trim_start_matches("r#").to_owned());
            if !props.contains(&wire) {
                continue;
            }
            let old = field.ty.clone();
            if !old.to_token_stream().to_string().starts_with(":: std :: option :: Option <") {
                return Err(format!("`{name}.{wire}` is nullable but typify did not make it an Option"));
            }
            let new: syn::Type = syn::parse_quote!(::std::option::Option<#old>);
            changed.push(ident);
            field.ty = new;
            field.attrs.retain(|a| !a.path().is_ident("serde"));
            let rename = rename.map(|r| quote!(rename = #r,));
            field.attrs.push(syn::parse_quote!(
                #[serde(#rename default, skip_serializing_if = "::std::option::Option::is_none", deserialize_with = "deserialize_present")]
            ));
        }
    }
    if changed.is_empty() {
        return Ok(());
    }
    // typify's builder: the field's `Result<Option<T>, String>` and its setter's `TryInto<Option<T>>`.
    let builder = items.iter_mut().find_map(|item| match item {
        Item::Mod(ItemMod { ident, content: Some((_, items)), .. }) if ident == "builder" => Some(items),
        _ => None,
    });
    for item in builder.into_iter().flatten() {
        match item {
            Item::Struct(s) if s.ident == name => {
                for field in s.fields.iter_mut() {
                    let ident = field.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                    if changed.contains(&ident) && !wrap_first_arg(&mut field.ty, "Result") {
                        return Err(format!("the builder field `{name}.{ident}` is not a `Result<_, _>`"));
                    }
                }
            }
            Item::Impl(block)
                if block.trait_.is_none() && matches!(block.self_ty.as_ref(), syn::Type::Path(p) if p.path.is_ident(name)) =>
            {
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
    }
    Ok(())
}

/// Replaces the derived `Debug` of struct `name` in `items` with one that prints `<redacted>` for
/// the fields whose wire or Rust name is in `secrets`.
pub(crate) fn redact_debug(items: &mut Vec<Item>, name: &str, secrets: &[String]) -> std::result::Result<(), String> {
    let position = items
        .iter()
        .position(|item| matches!(item, Item::Struct(s) if s.ident == name))
        .ok_or_else(|| format!("no struct `{name}` to redact"))?;
    let Item::Struct(s) = &mut items[position] else { unreachable!("position found a struct") };
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
            let wire = serde_rename(&f.attrs).unwrap_or_else(|| label.trim_start_matches("r#").to_owned());
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
    let label = ident.to_string();
    let (impl_generics, type_generics, where_clause) = s.generics.split_for_impl();
    let tokens = quote! {
        impl #impl_generics ::std::fmt::Debug for #ident #type_generics #where_clause {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#label) #( #fields )* .finish()
            }
        }
    };
    let parsed: syn::File = syn::parse2(tokens).map_err(|e| format!("`{name}`: {e}"))?;
    items.splice(position + 1..position + 1, parsed.items);
    Ok(())
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

/// The helper the three-state fields deserialize with.
fn deserialize_present_tokens() -> TokenStream {
    quote! {
        /// Deserializes a field that is present, even as `null`, as `Some`: together with
        /// `#[serde(default)]` (absent → `None`) it tells absent, `null` and a value apart.
        fn deserialize_present<'de, T, D>(deserializer: D) -> ::std::result::Result<::std::option::Option<T>, D::Error>
        where
            T: ::serde::Deserialize<'de>,
            D: ::serde::Deserializer<'de>,
        {
            T::deserialize(deserializer).map(::std::option::Option::Some)
        }
    }
}

fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
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

/// Removes the type `name` and every inherent or trait impl for it from `items`, and puts
/// `tokens` where the type was.
fn replace(items: &mut Vec<Item>, name: &str, tokens: TokenStream, spec_name: &str) -> Result<()> {
    let error = |message: String| Error::Generate { location: Location::file(spec_name), message };
    let position = items
        .iter()
        .position(|item| matches!(item, Item::Enum(e) if e.ident == name) || matches!(item, Item::Struct(s) if s.ident == name))
        .ok_or_else(|| error(format!("typify generated no type `{name}` to replace (did its naming change?)")))?;
    let is_impl_of = |item: &Item| match item {
        Item::Impl(block) => match block.self_ty.as_ref() {
            syn::Type::Path(p) => p.qself.is_none() && p.path.is_ident(name),
            _ => false,
        },
        _ => false,
    };
    let before = items[..position].iter().filter(|i| is_impl_of(i)).count();
    items.retain(|item| !is_impl_of(item));
    let position = position - before;
    let new: syn::File = syn::parse2(tokens).map_err(|e| error(format!("generated `{name}` does not parse: {e}")))?;
    items.splice(position..=position, new.items);
    Ok(())
}

fn doc(description: Option<&str>, fallback: &str) -> TokenStream {
    let text = description.unwrap_or(fallback);
    let lines = text.lines().map(|l| format!(" {l}"));
    quote! { #( #[doc = #lines] )* }
}

fn enum_tokens(spec: &EnumSpec) -> TokenStream {
    let name = format_ident!("{}", spec.rust_name);
    let docs = doc(spec.description.as_deref(), &format!("`{}`", spec.rust_name));
    let values: Vec<&str> = spec.values.iter().map(|(v, _)| v.as_str()).collect();
    let variants: Vec<syn::Ident> = spec.values.iter().map(|(_, n)| syn::Ident::new(n, Span::call_site())).collect();
    let value_docs = values.iter().map(|v| format!(" `{v}`"));
    quote! {
        #docs
        ///
        /// A value this version of the client does not know decodes as `Unknown` and re-encodes verbatim.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #[doc = #value_docs] #variants, )*
            /// A value not known to this version of the client, kept as sent.
            Unknown(::std::string::String),
        }
        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #values, )*
                    Self::Unknown(value) => value.as_str(),
                }
            }
            /// Whether this is a value not known to this version of the client.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }
        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #( #values => Self::#variants, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }
        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                struct Visitor;
                impl<'de> ::serde::de::Visitor<'de> for Visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: ::serde::de::Error>(self, value: &str) -> ::std::result::Result<#name, E> {
                        Ok(#name::from(value))
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    }
}

fn union_tokens(spec: &UnionSpec) -> TokenStream {
    let name = format_ident!("{}", spec.rust_name);
    let docs = doc(spec.description.as_deref(), &format!("`{}`", spec.rust_name));
    let property = &spec.property;
    let variants: Vec<syn::Ident> = spec.variants.iter().map(|(v, _, _)| format_ident!("{}", v)).collect();
    let types: Vec<syn::Ident> = spec.variants.iter().map(|(_, t, _)| format_ident!("{}", t)).collect();
    let variant_docs = spec.variants.iter().map(|(variant, _, tags)| {
        let tags: Vec<String> = tags.iter().map(|t| format!("`{t}`")).collect();
        if spec.fallback.as_deref() == Some(variant.as_str()) {
            format!(" When `{property}` is absent.")
        } else {
            format!(" When `{property}` is {}.", tags.join(" or "))
        }
    });
    let arms = spec.variants.iter().filter(|(_, _, tags)| !tags.is_empty()).map(|(variant, _, tags)| {
        let variant = format_ident!("{}", variant);
        quote! {
            #( Some(#tags) )|* => ::serde_json::from_value(value)
                .map(Self::#variant)
                .map_err(|e| <D::Error as ::serde::de::Error>::custom(format_args!("{} `{}`: {}", #property, tag.unwrap_or_default(), e))),
        }
    });
    let from_impls = variants.iter().zip(&types).map(|(variant, ty)| {
        quote! {
            impl ::std::convert::From<#ty> for #name {
                fn from(value: #ty) -> Self {
                    Self::#variant(value)
                }
            }
        }
    });
    let unknown_doc = format!(" A `{property}` not known to this version of the client; the raw JSON is kept and re-encodes verbatim.");
    let missing = format!("missing discriminator `{property}`");
    let absent = match &spec.fallback {
        Some(variant) => {
            let variant = format_ident!("{}", variant);
            quote! {
                None => ::serde_json::from_value(value)
                    .map(Self::#variant)
                    .map_err(|e| <D::Error as ::serde::de::Error>::custom(format_args!("no `{}`: {}", #property, e))),
            }
        }
        None => quote! { None => Err(<D::Error as ::serde::de::Error>::custom(#missing)), },
    };
    quote! {
        #docs
        ///
        #[doc = concat!(" Decoded by its `", #property, "` property; an unknown value decodes as `Unknown`.")]
        #[derive(Clone, Debug)]
        pub enum #name {
            #( #[doc = #variant_docs] #variants(#types), )*
            #[doc = #unknown_doc]
            Unknown(::serde_json::Value),
        }
        #( #from_impls )*
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    #( Self::#variants(value) => value.serialize(serializer), )*
                    Self::Unknown(value) => value.serialize(serializer),
                }
            }
        }
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                // A tag is matched by its JSON text: strings as they are, `true`, `42`.
                let tag = match value.get(#property) {
                    None | Some(::serde_json::Value::Null) => None,
                    Some(::serde_json::Value::String(s)) => Some(s.clone()),
                    Some(other) => Some(other.to_string()),
                };
                let tag = tag.as_deref();
                match tag {
                    #( #arms )*
                    Some(_) => Ok(Self::Unknown(value)),
                    #absent
                }
            }
        }
    }
}
