//! The types typify generates badly, written here from the model: string enums
//! ([`EnumSpec`]) with `Unknown(String)` so a value added by a newer API version decodes and
//! re-encodes verbatim; discriminated unions ([`UnionSpec`]) decoded by their discriminator, with
//! `Unknown(serde_json::Value)` for a tag this client does not know and the JSON path inside a
//! member that does not decode; one-value booleans as the runtime's `True`/`False`; and the
//! helper three-state fields decode with. The boundary puts each where typify would have.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::{EnumSpec, Prepared, UnionSpec};

/// Every type written here instead of typify's, by the Rust name typify refers to, in the
/// model's order: enums, unions, then the one-value booleans (re-exports of the runtime's).
pub fn replacements(prepared: &Prepared) -> Vec<(String, TokenStream)> {
    let mut out = Vec::new();
    for spec in &prepared.enums {
        out.push((spec.rust_name.clone(), enum_tokens(spec)));
    }
    for spec in &prepared.unions {
        out.push((spec.rust_name.clone(), union_tokens(spec)));
    }
    // A boolean that allows one value is the runtime's `True` or `False` (see
    // `model::Prepared::constants`), re-exported under the schema's name.
    for (name, value) in &prepared.constants {
        let (literal, name) =
            (format_ident!("{}", if *value { "True" } else { "False" }), format_ident!("{}", crate::naming::rust_name(name)));
        let tokens = if literal == name {
            quote!(pub use ::checkout_runtime::#literal;)
        } else {
            quote!(pub use ::checkout_runtime::#literal as #name;)
        };
        out.push((name.to_string(), tokens));
    }
    out
}

/// The helper the three-state fields deserialize with (`deserialize_with = "deserialize_present"`).
pub fn deserialize_present_tokens() -> TokenStream {
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
    let fallback = format_ident!("{}", spec.fallback);
    let fallback_arg = (spec.fallback != "Unknown").then(|| quote!(fallback #fallback));
    let unknown_doc = format!(" A value this version of the client does not know decodes as `{}` and re-encodes verbatim.", spec.fallback);
    // The impls (`as_str`, `From<&str>`, `FromStr`, `Display`, serde) come from one hand-written
    // macro in the runtime: less generated code to review, parse and print.
    quote! {
        #docs
        ///
        #[doc = #unknown_doc]
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #value_docs] #variants, )*
            /// A value not known to this version of the client, kept as sent.
            #fallback(::std::string::String),
        }
        ::checkout_runtime::string_enum!(#name { #( #variants = #values ),* } #fallback_arg);
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
            #( Some(#tags) )|* => ::checkout_runtime::__private::member(text)
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
    let unknown_doc =
        format!(" A `{property}` not known to this version of the client; the raw JSON is kept and re-encodes as the same JSON value.");
    let missing = format!("missing discriminator `{property}`");
    let absent = match &spec.fallback {
        Some(variant) => {
            let variant = format_ident!("{}", variant);
            quote! {
                None => ::checkout_runtime::__private::member(text)
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
        ///
        /// Decodes from JSON only (any `serde_json` deserializer, `from_value` included), so it can
        /// buffer the object as text rather than as a tree.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
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
                // The object is buffered as its JSON text, not as a `Value` (one allocation, not
                // one per key; a `Value` only where serde itself buffered the enclosing value);
                // only the discriminator is read from it before the variant decodes straight from
                // the text. See BENCHMARKS.md, "Decode".
                let text = ::checkout_runtime::__private::json_text(deserializer)?;
                let text = text.as_str();
                // A tag is matched by its JSON text: strings as they are, `true`, `42`.
                let tag = ::checkout_runtime::__private::union_tag_of_json(text, #property).map_err(<D::Error as ::serde::de::Error>::custom)?;
                let tag = tag.as_deref();
                match tag {
                    #( #arms )*
                    Some(_) => ::serde_json::from_str(text).map(Self::Unknown).map_err(<D::Error as ::serde::de::Error>::custom),
                    #absent
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{load, squeezed};

    fn replacement(name: &str) -> String {
        let (prepared, _, _) = load();
        let (_, tokens) = super::replacements(&prepared).into_iter().find(|(n, _)| n == name).expect("a replacement");
        squeezed(&tokens)
    }

    #[test]
    fn a_string_enum_keeps_a_value_it_does_not_know() {
        let status = replacement("Status");
        assert!(status.contains("pubenumStatus{#[doc=\"`open`\"]Open,#[doc=\"`closed`\"]Closed,"), "{status}");
        assert!(status.contains("Unknown(::std::string::String),}"), "{status}");
        assert!(status.contains("::checkout_runtime::string_enum!(Status{Open=\"open\",Closed=\"closed\"});"), "{status}");
    }

    #[test]
    fn a_discriminated_union_decodes_the_member_its_tag_names() {
        let line = replacement("Line");
        assert!(line.contains("Book(Book),") && line.contains("Pen(Pen),") && line.contains("Unknown(::serde_json::Value),"), "{line}");
        assert!(line.contains("union_tag_of_json(text,\"kind\")"), "{line}");
        assert!(line.contains("Some(\"book\")=>::checkout_runtime::__private::member(text).map(Self::Book)"), "{line}");
        // A tag it does not know keeps the JSON; no tag at all is an error (no fallback member).
        assert!(line.contains("Some(_)=>::serde_json::from_str(text).map(Self::Unknown)"), "{line}");
        assert!(line.contains("None=>Err(<D::Erroras::serde::de::Error>::custom(\"missingdiscriminator`kind`\"))"), "{line}");
        assert!(line.contains("impl::std::convert::From<Book>forLine"), "{line}");
    }

    #[test]
    fn a_one_value_boolean_is_the_runtimes_literal() {
        let (mut prepared, _, _) = load();
        prepared.constants = vec![("allow_trial".into(), false), ("True".into(), true)];
        let out: Vec<(String, String)> = super::replacements(&prepared).into_iter().map(|(n, t)| (n, squeezed(&t))).collect();
        assert!(out.contains(&("AllowTrial".into(), "pubuse::checkout_runtime::FalseasAllowTrial;".into())), "{out:?}");
        assert!(out.contains(&("True".into(), "pubuse::checkout_runtime::True;".into())), "{out:?}");
    }
}
