//! The `errors` module (per operation, an enum decoded by HTTP status from the documented error
//! bodies, with `Unexpected { status, headers, body }` for anything else) and the `successes`
//! module (per operation whose 2xx bodies differ, an enum by status).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{error_enum, status_variant, success_enum, success_variant};
use crate::model::{ErrorBody, Status};
use crate::naming::rust_name;
use crate::progenitor::Op;

/// The `successes` module: for each operation whose 2xx bodies differ, an enum with a variant per
/// status (`200` → `Ok(T)`, a bodiless `202` → `Accepted`) and its decoder.
pub(crate) fn successes_module(ops: &[Op]) -> TokenStream {
    let enums = ops.iter().filter(|op| !op.info.success_bodies.is_empty()).map(|op| {
        let name = success_enum(op);
        let doc = format!(" The success responses of `{}` (`{} {}`), by status.", op.info.operation_id, op.info.method, op.info.path);
        let operation = &op.info.operation_id;
        let variants = op.info.success_bodies.iter().map(|b| {
            let variant = format_ident!("{}", success_variant(b.status));
            let doc = format!(" `{}`: {}", b.status, b.description.trim());
            match &b.type_name {
                Some(ty) => {
                    let ty = format_ident!("{}", ty);
                    quote!(#[doc = #doc] #variant(super::types::#ty))
                }
                None => quote!(#[doc = #doc] #variant),
            }
        });
        let arms = op.info.success_bodies.iter().map(|b| {
            let variant = format_ident!("{}", success_variant(b.status));
            let status = b.status;
            match &b.type_name {
                Some(ty) => {
                    let ty = format_ident!("{}", ty);
                    quote!(#status => ::checkout_runtime::__private::decode_json::<super::types::#ty>(body).map(Self::#variant))
                }
                None => quote!(#status => Ok(Self::#variant)),
            }
        });
        quote! {
            #[doc = #doc]
            #[derive(Clone, Debug, PartialEq)]
            #[non_exhaustive]
            pub enum #name { #(#variants,)* }
            impl #name {
                /// Decodes a success body by its status.
                #[doc(hidden)]
                pub fn decode(status: u16, body: &[u8]) -> ::std::result::Result<Self, ::std::string::String> {
                    match status {
                        #(#arms,)*
                        other => Err(format!("status {other} is not a documented success of `{}`", #operation)),
                    }
                }
            }
        }
    });
    let enums: Vec<TokenStream> = enums.collect();
    if enums.is_empty() {
        return TokenStream::new();
    }
    quote! {
        /// Success enums of the operations whose 2xx responses have different bodies.
        pub mod successes { #(#enums)* }
    }
}

/// The `errors` module.
pub(crate) fn errors_module(ops: &[Op]) -> TokenStream {
    let enums = ops.iter().map(|op| {
        let name = error_enum(op);
        let info = op.info;
        let doc = format!(" Error responses of `{}` (`{} {}`), decoded by status.", info.operation_id, info.method, info.path);
        let mut variants = Vec::new();
        // Arms of `operation_error!`: exact statuses first, then ranges, so that a documented
        // `404` wins over `4XX`; `default` is tried after them.
        let mut exact = Vec::new();
        let mut ranges = Vec::new();
        let mut fallback = None;
        for error in &info.errors {
            let variant = format_ident!("{}", status_variant(error.status));
            let vdoc = format!(" `{}`: {}", error.status, error.description.trim());
            let (decl, kind) = match &error.body {
                ErrorBody::Schema(schema) => {
                    let ty = format_ident!("{}", rust_name(schema));
                    (quote!(#[doc = #vdoc] #variant(super::types::#ty),), quote!(json))
                }
                ErrorBody::Raw(_) => (quote!(#[doc = #vdoc] #variant(::std::string::String),), quote!(text)),
                ErrorBody::Empty => (quote!(#[doc = #vdoc] #variant,), quote!(empty)),
            };
            variants.push(decl);
            match error.status {
                Status::Default => fallback = Some(quote!(else #variant: #kind)),
                Status::Range(class) => {
                    let (low, high) = (u16::from(class) * 100, u16::from(class) * 100 + 99);
                    let (low, high) = (proc_macro2::Literal::u16_unsuffixed(low), proc_macro2::Literal::u16_unsuffixed(high));
                    ranges.push(quote!(#low..=#high => #variant: #kind));
                }
                Status::Code(code) => {
                    let code = proc_macro2::Literal::u16_unsuffixed(code);
                    exact.push(quote!(#code => #variant: #kind));
                }
            }
        }
        quote! {
            #[doc = #doc]
            #[derive(Clone, Debug, PartialEq)]
            #[non_exhaustive]
            pub enum #name {
                #( #variants )*
                /// A status this operation does not document, or a documented one whose body did
                /// not decode; the raw response is kept.
                Unexpected {
                    /// The HTTP status.
                    status: ::checkout_runtime::reqwest::StatusCode,
                    /// The response headers.
                    headers: ::checkout_runtime::reqwest::header::HeaderMap,
                    /// The raw body; its `Debug` and `Display` never show a field the spec marks secret.
                    body: ::checkout_runtime::RawBody,
                },
            }
            ::checkout_runtime::operation_error!(#name { #( #exact, )* #( #ranges, )* } #fallback);
        }
    });
    quote! {
        /// Per-operation error enums, decoded by HTTP status from the documented error bodies
        /// (`decode` and `Display` come from `checkout_runtime::operation_error!`).
        pub mod errors {
            #( #enums )*
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{load, squeezed};
    use crate::progenitor::surface;

    #[test]
    fn errors_decode_by_exact_status_then_range_then_default() {
        let (prepared, file, _) = load();
        let surface = surface::read(&file, &prepared).unwrap();
        let errors = squeezed(&super::errors_module(&surface.ops));
        assert!(errors.contains("NotFound(super::types::Problem),#[doc=\"`4XX`:refused\"]ClientError(::std::string::String),#[doc=\"`default`:anythingelse\"]Default,"), "{errors}");
        assert!(
            errors.contains("operation_error!(OrdersListError{404=>NotFound:json,400..=499=>ClientError:text,}elseDefault:empty);"),
            "{errors}"
        );
        // An operation without documented errors still has `Unexpected`.
        assert!(errors.contains("pubenumOrdersCreateError{#[doc=r\"Astatusthisoperationdoesnotdocument"), "{errors}");
    }

    #[test]
    fn different_success_bodies_get_a_variant_per_status() {
        let (prepared, file, _) = load();
        let surface = surface::read(&file, &prepared).unwrap();
        let successes = squeezed(&super::successes_module(&surface.ops));
        assert!(successes.contains("pubenumOrdersUpdateSuccess{#[doc=\"`200`:updated\"]Ok(super::types::Order),#[doc=\"`202`:queued\"]Accepted(super::types::Problem),}"), "{successes}");
        assert!(!successes.contains("OrdersListSuccess"), "one body serves every success of `orders.list`");
    }
}
