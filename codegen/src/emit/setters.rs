//! The body's fields as setters of the operation builder, so a service writes
//! `client.checkouts_create().products([id]).customer_email("a@b.c")` instead of building the
//! body apart (`body(...)` and `body_map(...)` stay). Each setter takes what a service has:
//!
//! - a string field, bounded or not, any `Into<String>` (`&str`, `String`); a bounded one
//!   (typify's newtype) is converted here, and a value outside its bounds is kept as the
//!   request's `invalid`, which `send` returns as `Error::Invalid` naming the field and bound;
//! - a UUID, a `Uuid` or its text;
//! - a list, any iterator of what its items take;
//! - a map (metadata, custom field data), an iterator of `(key, value)` pairs whose values are
//!   JSON values (`"text".into()`, `3.into()`, `true.into()`);
//! - anything else, anything that converts into the field's type.
//!
//! An optional field is set by giving its value; a nullable field of a partial update also gets
//! `clear_<field>()`, which sends `null`. A field named like a parameter or one of the builder's
//! own methods is left to `body_map`.

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::progenitor::{Field, Op, Place, Surface, last_ident, nonzero, wrapped};

/// The builder's own methods, which a body field must not shadow.
const RESERVED: &[&str] = &["body", "body_map", "send", "send_with_response", "send_raw", "options", "new"];

/// The setters of every operation whose body is a model with a typify builder.
pub fn setters(surface: &Surface) -> Vec<TokenStream> {
    surface.ops.iter().filter_map(|op| operation(op, surface)).collect()
}

fn operation(op: &Op, surface: &Surface) -> Option<TokenStream> {
    let Place::Body { name, builder: true } = &op.params.iter().find(|p| matches!(p.place, Place::Body { .. }))?.place else { return None };
    let fields = surface.builders.get(name)?;
    let struct_fields = surface.structs.get(name)?;
    let taken: Vec<String> = op.params.iter().map(|p| p.ident.to_string()).chain(RESERVED.iter().map(|s| s.to_string())).collect();
    let builder = &op.builder;
    let body = format_ident!("{}", name);
    let methods: Vec<TokenStream> = fields
        .iter()
        .filter(|f| !taken.contains(&f.ident.to_string()) && !taken.contains(&format!("clear_{}", plain(f))))
        .filter_map(|field| {
            // The type as the struct declares it (the builder's names resolve in `types` only).
            let declared = struct_fields.iter().find(|s| s.ident == field.ident)?;
            Some(setter(field, &declared.ty, surface, &body))
        })
        .collect();
    let rules = super::rule_tokens(&op.info.body_rules);
    Some(quote! {
        impl<'a> #builder<'a> {
            /// The bounds the spec declares on the body, by field.
            const BODY_RULES: &'static [::checkout_runtime::bounds::Rule] = &[#rules];
            #( #methods )*
        }
    })
}

/// The field's name without `r#`.
fn plain(field: &Field) -> String {
    field.ident.to_string().trim_start_matches("r#").to_owned()
}

/// `ty` as written in the `types` module, as the top-level `builder` module names it: a model
/// (one identifier, or `types::X`) becomes `types::X`; anything else is a full path already.
fn from_builder_module(ty: &syn::Type) -> syn::Type {
    let mut ty = ty.clone();
    qualify(&mut ty);
    ty
}

fn qualify(ty: &mut syn::Type) {
    let syn::Type::Path(p) = ty else { return };
    if p.qself.is_none() && p.path.leading_colon.is_none() && p.path.segments.len() == 1 {
        let name = &p.path.segments[0].ident;
        let primitive = ["bool", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64", "usize", "isize", "String"];
        if !primitive.contains(&name.to_string().as_str()) {
            p.path.segments.insert(0, format_ident!("types").into());
            return;
        }
    }
    for segment in p.path.segments.iter_mut() {
        if let syn::PathArguments::AngleBracketed(args) = &mut segment.arguments {
            for arg in args.args.iter_mut() {
                if let syn::GenericArgument::Type(inner) = arg {
                    qualify(inner);
                }
            }
        }
    }
}

/// How a setter takes a value of type `ty` and turns it into one: the parameter's type, and the
/// code from `value` to a `Result<ty, Invalid>` (`Ok` for a conversion that cannot fail).
fn conversion(ty: &syn::Type, surface: &Surface, field: &str) -> (TokenStream, TokenStream) {
    let name = last_ident(ty).unwrap_or_default();
    let qualified = from_builder_module(ty);
    if name == "String" {
        return (quote!(impl ::std::convert::Into<::std::string::String>), quote!(Ok(value.into())));
    }
    if let Some((nonzero, primitive)) = nonzero(ty) {
        // A count (`minimum: 1`) from any integer; zero or less is below its minimum.
        return (
            quote!(impl ::std::convert::TryInto<#primitive>),
            quote!(value.try_into().ok().and_then(::std::num::#nonzero::new).ok_or_else(|| ::checkout_runtime::bounds::Invalid {
                field: #field.to_owned(),
                bound: ::checkout_runtime::bounds::Bound::Minimum(1.0),
            })),
        );
    }
    if name == "Uuid" {
        return (
            quote!(impl ::std::convert::TryInto<::uuid::Uuid>),
            quote!(value.try_into().map_err(|_| ::checkout_runtime::bounds::Invalid {
                field: #field.to_owned(),
                bound: ::checkout_runtime::bounds::Bound::Format("UUID"),
            })),
        );
    }
    if let Some(item) = wrapped(ty, "Vec") {
        let (item_type, convert) = conversion(item, surface, field);
        let item_qualified = from_builder_module(item);
        return (
            quote!(impl ::std::iter::IntoIterator<Item = #item_type>),
            quote!(value
                .into_iter()
                .enumerate()
                .map(|(i, value)| {
                    let converted: ::std::result::Result<#item_qualified, ::checkout_runtime::bounds::Invalid> = #convert;
                    converted.map_err(|mut invalid| {
                        if invalid.field == #field {
                            invalid.field = format!("{}[{}]", #field, i);
                        }
                        invalid
                    })
                })
                .collect::<::std::result::Result<::std::vec::Vec<_>, _>>()),
        );
    }
    let wrapped = surface.newtypes.get(&name);
    let is_map = |ty: &syn::Type| last_ident(ty).is_some_and(|n| n == "HashMap" || n == "Map");
    if wrapped.is_some_and(is_map) || is_map(ty) {
        return (
            quote!(impl ::std::iter::IntoIterator<Item = (impl ::std::convert::Into<::std::string::String>, ::serde_json::Value)>),
            quote!({
                let object: ::serde_json::Map<::std::string::String, ::serde_json::Value> =
                    value.into_iter().map(|(key, value)| (key.into(), value)).collect();
                let object = ::serde_json::Value::Object(object);
                ::serde_json::from_value::<#qualified>(object.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(#field, object, Self::BODY_RULES, "map of JSON values its schema allows"))
            }),
        );
    }
    if wrapped.is_some_and(|inner| last_ident(inner).is_some_and(|n| n == "String")) {
        return (
            quote!(impl ::std::convert::Into<::std::string::String>),
            quote!({
                let text: ::std::string::String = value.into();
                <#qualified>::try_from(text.clone())
                    .map_err(|_| ::checkout_runtime::__private::invalid(#field, ::serde_json::Value::String(text), Self::BODY_RULES, "string its schema allows"))
            }),
        );
    }
    (quote!(impl ::std::convert::Into<#qualified>), quote!(Ok(value.into())))
}

fn setter(field: &Field, declared: &syn::Type, surface: &Surface, body: &syn::Ident) -> TokenStream {
    let ident = &field.ident;
    let wire = &field.wire;
    // Three-state (`Option<Option<T>>`), optional (`Option<T>`) or required (`T`).
    let (inner, wrap, three_state) = match wrapped(declared, "Option") {
        Some(once) => match wrapped(once, "Option") {
            Some(twice) => (twice, quote!(Some(Some(value))), true),
            None => (once, quote!(Some(value)), false),
        },
        None => (declared, quote!(value), false),
    };
    let (param, convert) = conversion(inner, surface, wire);
    let link = format!("types::{body}::{}", plain(field));
    let doc = format!(" Sets the body's `{wire}` (see [`{}`]({link})).", plain(field));
    let doc_detail = if three_state { " Unset, the field is left as it is; `clear_<field>()` sends `null`." } else { "" };
    let inner_type = from_builder_module(inner);
    let clear = three_state.then(|| {
        let clear = format_ident!("clear_{}", plain(field).to_snake_case());
        let doc = format!(" Sends the body's `{wire}` as `null`, which clears it.");
        quote! {
            #[doc = #doc]
            pub fn #clear(self) -> Self {
                self.body_map(|body| body.#ident(Some(None)))
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[doc = #doc_detail]
        pub fn #ident(mut self, value: #param) -> Self {
            let converted: ::std::result::Result<#inner_type, ::checkout_runtime::bounds::Invalid> = #convert;
            match converted {
                Ok(value) => self.body_map(|body| body.#ident(#wrap)),
                Err(invalid) => {
                    self.invalid.get_or_insert(invalid);
                    self
                }
            }
        }
        #clear
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{load, squeezed};
    use crate::progenitor::surface;

    fn setters() -> String {
        let (prepared, file, _) = load();
        let surface = surface::read(&file, &prepared).unwrap();
        let all = super::setters(&surface);
        squeezed(&quote::quote!(#( #all )*))
    }

    #[test]
    fn each_body_field_is_a_setter_taking_what_a_service_has() {
        let setters = setters();
        // A required model, an optional integer, a nullable required string: each sets the body.
        assert!(setters.contains("impl<'a>OrdersCreate<'a>{"), "{setters}");
        assert!(setters.contains("pubfnline(mutself,value:impl::std::convert::Into<types::Line>)->Self"), "{setters}");
        assert!(setters.contains("pubfnquantity(mutself,value:impl::std::convert::Into<i64>)->Self"), "{setters}");
        assert!(setters.contains("pubfnnote(mutself,value:impl::std::convert::Into<::std::string::String>)->Self"), "{setters}");
        assert!(setters.contains("Ok(value)=>self.body_map(|body|body.quantity(Some(value)))"), "{setters}");
        // A count takes any integer; zero is below its minimum.
        assert!(setters.contains("pubfnseats(mutself,value:impl::std::convert::TryInto<u64>)->Self"), "{setters}");
        assert!(setters.contains("bound:::checkout_runtime::bounds::Bound::Minimum(1.0),})"), "{setters}");
    }

    #[test]
    fn a_partial_updates_nullable_field_can_be_cleared() {
        let setters = setters();
        assert!(setters.contains("Ok(value)=>self.body_map(|body|body.note(Some(Some(value))))"), "{setters}");
        assert!(setters.contains("pubfnclear_note(self)->Self{self.body_map(|body|body.note(Some(None)))}"), "{setters}");
    }

    #[test]
    fn a_refused_value_is_kept_for_send() {
        let setters = setters();
        assert!(setters.contains("Err(invalid)=>{self.invalid.get_or_insert(invalid);self}"), "{setters}");
    }
}
