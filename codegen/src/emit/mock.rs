//! The `mock` module (behind the generated crate's `mock` feature),
//! typed test doubles generated from the spec for every operation, on top of
//! `checkout_runtime::mock` (an HTTP server on a loopback port):
//!
//! - `MockServer`: `start()`, `client()` (a `Client` pointed at it, without retries), one method
//!   per operation returning an expectation, `received()`, `verify()`;
//! - per operation, `<Op>Request`: the request as received, decoded into its typed path and
//!   query parameters and body; and `<Op>`, the expectation: matchers over typed values
//!   (`id(…)`, `status(…)`, `body(…)`, `body_matches(…)`, `matching(…)`), `times(n)`, and a reply —
//!   a typed success (`respond`), a typed documented error (`respond_error`), a raw reply
//!   (`respond_with`: status, body, delay, dropped connection), or, for a paginated operation,
//!   `respond_pages(items, per_page)` in the API's own paging style;
//! - `example()` on every component schema's type, decoded from the example the model stage
//!   built (`model::example_values`).
//!
//! What does not depend on the operation's types lives in the runtime: each `<Op>` wraps a
//! `checkout_runtime::mock::Expectation` (checks, `times`, mounting), each matcher is one call
//! of its `equals`, and the `example()` impls come from `checkout_runtime::mock_examples!`, so
//! the generated code is the typed surface and little else.
//!
//! The server is hyper's, already in every client's tree through reqwest: the feature adds its
//! server side, not a mock framework (httpmock, wiremock) and its dependencies. Why not
//! progenitor's own httpmock generation: it matches on progenitor's untyped path and
//! query strings, knows only the responses left in the document (this pipeline moves error
//! responses out, so it would know none of the typed errors), has no paging, and brings httpmock
//! with its own HTTP stack into every user's dev-dependencies.

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{ErrorBody, PaginationStyle, Prepared, Status};
use crate::naming::rust_name;
use crate::progenitor::{OkKind, Op, Param, Place, Surface, nonzero};

/// Methods every expectation has; a parameter with one of these names is matched by
/// `<name>_param` instead.
const EXPECTATION_METHODS: &[&str] =
    &["times", "matching", "respond", "respond_error", "respond_with", "respond_pages", "body_matches", "body"];

/// The whole `mock` module.
pub(crate) fn module(surface: &Surface, prepared: &Prepared) -> TokenStream {
    let ops = &surface.ops;
    let routes = ops.iter().map(|op| {
        let id = &op.info.operation_id;
        let method = op.info.method.to_string();
        let path = &op.info.path;
        let secrets = &op.info.secret_params;
        quote!((#id, #method, #path, &[#(#secrets),*]))
    });
    let per_op: Vec<TokenStream> = ops.iter().map(operation).collect();
    let methods = ops.iter().map(|op| {
        let builder = &op.builder;
        let request = format_ident!("{}Request", op.builder);
        let (id, method, path) = (&op.info.operation_id, op.info.method.to_string(), &op.info.path);
        let name = format_ident!("{}", super::expectation_method(&op.method.to_string()));
        let doc = format!(" Expect `{}` (`{} {}`): add matchers, then a reply.", op.info.operation_id, op.info.method, op.info.path);
        quote! {
            #[doc = #doc]
            pub fn #name(&self) -> #builder<'_> {
                #builder { inner: ::checkout_runtime::mock::Expectation::new(&self.inner, (#id, #method, #path), #request::decode) }
            }
        }
    });
    let examples = example_impls(prepared, surface);
    quote! {
        /// Typed mocks for tests (the `mock` feature): a server on a loopback port that answers
        /// per operation from typed expectations, and `example()` values of every model.
        #[cfg(feature = "mock")]
        pub mod mock {
            #![allow(clippy::all)]
            use super::types;
            use super::errors;
            pub use ::checkout_runtime::mock::{Mounted, Received, Reply};

            /// Every operation: `(operationId, method, path template, secret parameters)`.
            const OPERATIONS: &[::checkout_runtime::mock::Operation] = &[#(#routes),*];

            ::checkout_runtime::mock_server!(OPERATIONS);

            impl MockServer {
                /// A client of this server: placeholder credentials, no retries (a test sees
                /// every request it caused) and no rate limits (the mock has none).
                ///
                /// # Panics
                /// reqwest cannot build a client (no TLS backend at all): the test cannot run.
                pub fn client(&self) -> super::Client {
                    super::Client::builder()
                        .base_url(self.url())
                        .credentials("mock-credentials")
                        .retry(::checkout_runtime::RetryPolicy::none())
                        .no_rate_limits()
                        .build()
                        .expect("a client of the mock server builds")
                }

                #(#methods)*
            }

            #(#per_op)*

            #examples
        }
    }
}

/// The table of examples (every component schema, flat: see `model::example_values`), then
/// `impl Type { pub fn example() }` for every one that is a struct or an enum.
fn example_impls(prepared: &Prepared, surface: &Surface) -> TokenStream {
    let named = |name: &String| surface.structs.contains_key(name) || surface.enums.contains(name);
    let table = prepared.examples.iter().map(|(name, json)| quote!((#name, #json)));
    let typed: Vec<(&String, syn::Ident)> =
        prepared.examples.keys().filter(|name| named(name)).map(|name| (name, format_ident!("{}", name))).collect();
    let impls = typed.iter().map(|(name, ty)| quote!(types::#ty = #name));
    quote! {
        /// Every model's example by type name, sorted; `{"$example": "Name"}` stands for another's.
        const EXAMPLES: &[(&str, &str)] = &[#(#table),*];

        ::checkout_runtime::mock_examples!(EXAMPLES: #(#impls),*);
    }
}

/// The request type, the expectation type and its methods for one operation.
fn operation(op: &Op) -> TokenStream {
    let info = op.info;
    let builder = &op.builder;
    let request = format_ident!("{}Request", op.builder);
    let operation_id = &info.operation_id;
    let method = info.method.to_string();
    let template = &info.path;
    // Headers are not matched: the mock sees the client's own as well.
    let params: Vec<&Param> = op.params.iter().filter(|p| p.place != Place::Header).collect();
    let secret = |param: &&Param| info.secret_params.iter().any(|s| s.to_snake_case() == param.ident.to_string().trim_start_matches("r#"));

    let fields = params.iter().map(|p| {
        let (ident, ty) = (&p.ident, &p.ty);
        let doc = match p.place {
            Place::Path => format!(" The `{}` path parameter.", p.wire),
            Place::Query => format!(" The `{}` query parameter.", p.wire),
            Place::Body { .. } => " The JSON body.".to_owned(),
            Place::RawBody { .. } => " The body's bytes.".to_owned(),
            Place::Header => format!(" The `{}` header.", p.wire),
        };
        if p.required { quote!(#[doc = #doc] pub #ident: #ty,) } else { quote!(#[doc = #doc] pub #ident: ::std::option::Option<#ty>,) }
    });
    let decoders = params.iter().map(|p| {
        let (ident, wire) = (&p.ident, &p.wire);
        let values = match p.place {
            Place::Path => quote!(received.path_param(#wire).into_iter().collect::<Vec<_>>()),
            Place::Query => quote!(received.query_values(#wire)),
            Place::RawBody { .. } => {
                return if p.required {
                    quote!(#ident: received.body.clone(),)
                } else {
                    quote!(#ident: (!received.body.is_empty()).then(|| received.body.clone()),)
                };
            }
            Place::Body { .. } | Place::Header => {
                return if p.required {
                    quote!(#ident: ::checkout_runtime::mock::decode_body(received)?,)
                } else {
                    quote!(#ident: if received.body.is_empty() { None } else { Some(::checkout_runtime::mock::decode_body(received)?) },)
                };
            }
        };
        let label = if p.place == Place::Path { format!("path parameter `{wire}`") } else { format!("query parameter `{wire}`") };
        if p.required {
            quote!(#ident: ::checkout_runtime::mock::decode_param(&#values, #label)?.ok_or_else(|| format!("no {}", #label))?,)
        } else {
            quote!(#ident: ::checkout_runtime::mock::decode_param(&#values, #label)?,)
        }
    });
    let matchers = params.iter().map(|p| {
        let (ident, ty) = (&p.ident, &p.ty);
        let body = matches!(p.place, Place::Body { .. } | Place::RawBody { .. });
        let name = if body { "body".to_owned() } else { p.wire.clone() };
        let doc = format!(" Only requests whose `{name}` is `value` (compared as typed values).");
        // The body's matcher is `body`; a parameter named like an expectation method gets `_param`.
        let setter = if body {
            format_ident!("body")
        } else if EXPECTATION_METHODS.contains(&ident.to_string().trim_start_matches("r#")) {
            format_ident!("{}_param", ident.to_string().trim_start_matches("r#"))
        } else {
            ident.clone()
        };
        let got = if p.required { quote!(Some(&request.#ident)) } else { quote!(request.#ident.as_ref()) };
        let (required, secret) = (p.required, secret(p));
        // A count (`NonZeroU64`) is matched from any integer, as the client's setter takes one.
        let (bound, expected) = match nonzero(ty) {
            Some((nonzero, primitive)) => {
                (quote!(::std::convert::TryInto<#primitive>), quote!(value.try_into().ok().and_then(::std::num::#nonzero::new)))
            }
            None => (quote!(::std::convert::TryInto<#ty>), quote!(value.try_into().ok())),
        };
        let setter = quote! {
            #[doc = #doc]
            pub fn #setter<V: #bound>(self, value: V) -> Self {
                Self { inner: self.inner.equals(#name, #expected, |request| #got, #required, #secret) }
            }
        };
        if !body {
            return setter;
        }
        let predicate_doc = " Only requests whose body satisfies `predicate`.";
        quote! {
            #setter
            #[doc = #predicate_doc]
            pub fn body_matches(self, predicate: impl Fn(&#ty) -> bool + Send + Sync + 'static) -> Self {
                Self { inner: self.inner.body_matches(|request| #got, predicate) }
            }
        }
    });
    let respond = success_reply(op);
    let respond_error = error_reply(op);
    let pages = pages_reply(op);
    let request_doc = format!(" A `{operation_id}` request (`{method} {template}`) as the mock server received it, decoded.");
    let builder_doc = format!(" An expectation of `{operation_id}` (`{method} {template}`): matchers, then a reply that mounts it.");
    quote! {
        #[doc = #request_doc]
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub struct #request {
            #(#fields)*
        }

        impl #request {
            /// Decodes a received request of this operation.
            ///
            /// # Errors
            /// A parameter or the body does not decode as its type (the message says which).
            #[allow(unused_variables)]
            pub fn decode(received: &Received) -> ::std::result::Result<Self, ::std::string::String> {
                Ok(Self { #(#decoders)* })
            }
        }

        #[doc = #builder_doc]
        #[must_use = "an expectation does nothing until a `respond…` method mounts it"]
        pub struct #builder<'a> {
            inner: ::checkout_runtime::mock::Expectation<'a, #request>,
        }

        impl<'a> #builder<'a> {
            #(#matchers)*

            /// Only requests for which `predicate` holds.
            pub fn matching(self, predicate: impl Fn(&#request) -> bool + Send + Sync + 'static) -> Self {
                Self { inner: self.inner.matching(predicate) }
            }

            /// Answers exactly `n` calls, then stops matching (a later expectation answers the
            /// next call); `verify` fails if fewer than `n` came.
            pub fn times(self, n: usize) -> Self {
                Self { inner: self.inner.times(n) }
            }

            #respond
            #respond_error
            #pages

            /// Answers with `reply` as given: any status, body, headers, a delay or a dropped
            /// connection.
            pub fn respond_with(self, reply: Reply) -> Mounted {
                self.inner.reply(reply)
            }
        }
    }
}

/// `respond(value)`: the documented success status with the typed body.
fn success_reply(op: &Op) -> TokenStream {
    let ok = &op.ok;
    let status = op.info.success_status.unwrap_or(200);
    if !op.info.success_bodies.is_empty() || op.ok_kind == OkKind::Upgraded {
        return TokenStream::new();
    }
    let doc = format!(" Answers `{status}` with `value` as the body.");
    if op.ok_kind == OkKind::Unit {
        let doc = format!(" Answers `{status}` without a body.");
        return quote! {
            #[doc = #doc]
            pub fn respond(self) -> Mounted {
                self.inner.reply(Reply::status(#status))
            }
        };
    }
    if op.ok_kind == OkKind::Bytes {
        return quote! {
            #[doc = #doc]
            pub fn respond(self, value: impl Into<::checkout_runtime::bytes::Bytes>) -> Mounted {
                self.inner.reply(Reply::status(#status).body(value.into()))
            }
        };
    }
    quote! {
        #[doc = #doc]
        pub fn respond(self, value: #ok) -> Mounted {
            self.inner.reply(Reply::json(#status, &value))
        }
    }
}

/// A status for each documented error: its code, or for a range (`4XX`) or `default` the first
/// code no other response of the operation documents, so the client decodes the same variant.
fn error_status(op: &Op, status: Status) -> u16 {
    let (mut exact, mut ranges): (Vec<u16>, Vec<u8>) = (Vec::new(), Vec::new());
    for error in &op.info.errors {
        match error.status {
            Status::Code(code) => exact.push(code),
            Status::Range(class) => ranges.push(class),
            Status::Default => {}
        }
    }
    let free = |codes: std::ops::RangeInclusive<u16>| codes.into_iter().find(|c| !exact.contains(c));
    match status {
        Status::Code(code) => code,
        Status::Range(class) => free(u16::from(class) * 100..=u16::from(class) * 100 + 99).unwrap_or(u16::from(class) * 100),
        Status::Default => free(500..=599)
            .filter(|c| !ranges.contains(&((c / 100) as u8)))
            .or_else(|| free(400..=499).filter(|c| !ranges.contains(&((c / 100) as u8))))
            .unwrap_or(500),
    }
}

/// `respond_error(error)`: the variant's status and body.
fn error_reply(op: &Op) -> TokenStream {
    let error = super::error_enum(op);
    let arms = op.info.errors.iter().map(|e| {
        let variant = format_ident!("{}", super::status_variant(e.status));
        let status = error_status(op, e.status);
        match &e.body {
            ErrorBody::Schema(_) => quote!(errors::#error::#variant(body) => Reply::json(#status, body),),
            ErrorBody::Raw(_) => quote!(errors::#error::#variant(text) => Reply::text(#status, text.clone()),),
            ErrorBody::Empty => quote!(errors::#error::#variant => Reply::status(#status),),
        }
    });
    quote! {
        /// Answers with a documented error: its status and body (`Unexpected` answers its own
        /// status, headers and body).
        pub fn respond_error(self, error: errors::#error) -> Mounted {
            self.inner.reply(match &error {
                #(#arms)*
                errors::#error::Unexpected { status, headers, body } => Reply::unexpected(status.as_u16(), headers, body.bytes().clone()),
            })
        }
    }
}

/// `respond_pages(items, per_page)` for a paginated operation, in its paging style.
fn pages_reply(op: &Op) -> TokenStream {
    let Some(p) = &op.info.pagination else { return TokenStream::new() };
    let page_ty = format_ident!("{}", rust_name(&p.page_schema));
    let item_ty = format_ident!("{}", rust_name(&p.item_schema));
    let pointer = |path: &str| format!("/{}", path.replace('.', "/"));
    let (param, items, next) = (&p.param, pointer(&p.items), pointer(&p.next));
    let status = op.info.success_status.unwrap_or(200);
    let optional = |path: &Option<String>| match path.as_deref().map(pointer) {
        Some(at) => quote!(Some(#at)),
        None => quote!(None),
    };
    let total = optional(&p.total);
    let driver = match p.style {
        PaginationStyle::Page => quote!(::checkout_runtime::mock::pages_by_number(paged, #param, #next)),
        PaginationStyle::Cursor => {
            let has_more = optional(&p.has_more);
            quote!(::checkout_runtime::mock::pages_by_cursor(paged, #param, #next, #has_more))
        }
    };
    let doc = format!(
        " Serves `items` as pages of `per_page` in the API's own style (`{}` is read from each request), each built on `{}::example()`{}. Make the items distinct: a page equal to the one before it makes the client stop with `PaginationError::NoProgress`.",
        p.param,
        page_ty,
        p.total.as_ref().map(|t| format!(" with `{t}` set to the number of items")).unwrap_or_default()
    );
    quote! {
        #[doc = #doc]
        pub fn respond_pages(self, items: Vec<types::#item_ty>, per_page: usize) -> Mounted {
            let paged = ::checkout_runtime::mock::Paged {
                page: ::checkout_runtime::mock::to_value(&types::#page_ty::example()),
                items: items.iter().map(::checkout_runtime::mock::to_value).collect(),
                per_page,
                status: #status,
                items_at: #items,
                total_at: #total,
            };
            self.inner.mount(#driver)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{load, squeezed};
    use crate::progenitor::surface;

    fn mock() -> String {
        let (prepared, file, _) = load();
        let surface = surface::read(&file, &prepared).unwrap();
        squeezed(&super::module(&surface, &prepared))
    }

    #[test]
    fn every_operation_is_routed_by_method_and_template() {
        let mock = mock();
        assert!(mock.contains("constOPERATIONS:&[::checkout_runtime::mock::Operation]=&[(\"orders.list\",\"GET\",\"/orders\",&[]),(\"orders.create\",\"POST\",\"/orders\",&[]),(\"orders.update\",\"PATCH\",\"/orders/{id}\",&[])];"), "{mock}");
    }

    #[test]
    fn a_request_decodes_into_its_typed_parameters_and_body() {
        let mock = mock();
        assert!(mock.contains("pubstructOrdersUpdateRequest{#[doc=\"The`id`pathparameter.\"]pubid:::std::string::String,#[doc=\"TheJSONbody.\"]pubbody:types::OrderUpdate,}"), "{mock}");
        assert!(mock.contains("pubstructOrdersListRequest{#[doc=\"The`cursor`queryparameter.\"]pubcursor:::std::option::Option<::std::string::String>,#[doc=\"The`status`queryparameter.\"]pubstatus:::std::option::Option<types::Status>,}"), "{mock}");
        assert!(mock.contains("received.path_param(\"id\")"), "{mock}");
    }

    #[test]
    fn a_documented_error_is_answered_with_a_status_that_decodes_back_to_it() {
        let mock = mock();
        // `4XX` answers the first 4xx no other response documents; `default` a 5xx.
        assert!(mock.contains("errors::OrdersListError::NotFound(body)=>Reply::json(404u16,body),errors::OrdersListError::ClientError(text)=>Reply::text(400u16,text.clone()),errors::OrdersListError::Default=>Reply::status(500u16),"), "{mock}");
    }

    #[test]
    fn a_paginated_operation_serves_pages_in_its_own_style() {
        let mock = mock();
        assert!(mock.contains("pubfnrespond_pages(self,items:Vec<types::Order>,per_page:usize)->Mounted"), "{mock}");
        assert!(mock.contains("pages_by_cursor(paged,\"cursor\",\"/next\",None)"), "{mock}");
    }
}
