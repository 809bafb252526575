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
use quote::{format_ident, quote};
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
    for (name, props) in &prepared.keep_null {
        keep_null(types, name, props);
    }
    Ok(())
}

/// Removes `skip_serializing_if` from the serde attributes of the fields of struct `name` whose
/// wire names are in `props`, so that a `null` the server sent is re-encoded as `null`.
fn keep_null(items: &mut [Item], name: &str, props: &[String]) {
    for item in items {
        let Item::Struct(s) = item else { continue };
        if s.ident != name {
            continue;
        }
        for field in s.fields.iter_mut() {
            let wire = serde_rename(&field.attrs).unwrap_or_else(|| field.ident.as_ref().map(|i| i.to_string()).unwrap_or_default());
            if !props.contains(&wire) {
                continue;
            }
            for attr in field.attrs.iter_mut().filter(|a| a.path().is_ident("serde")) {
                let Ok(metas) = attr.parse_args_with(syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated) else {
                    continue;
                };
                let kept: Vec<&syn::Meta> = metas.iter().filter(|m| !m.path().is_ident("skip_serializing_if")).collect();
                *attr = syn::parse_quote!(#[serde(#(#kept),*)]);
            }
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
