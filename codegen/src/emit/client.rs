//! The client glue, for every crate from what its spec says — no per-API hand-written code:
//! each builder's typed `send`, a `ClientHooks` impl sending every request through the runtime
//! (credentials where the operation's `security` asks for them, the `x-version-header`, the
//! timeout, the rate limits and the retry loop), `Server` (from `servers` + `x-server-name`),
//! `ClientBuilder`, and the secret fields no error may show.

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{error_enum, success_enum};
use crate::model::{Auth, Prepared};
use crate::progenitor::{OkKind, Op, Place};

/// The typed `send` of `op`'s builder (progenitor's is renamed `send_raw` by the boundary) and
/// its `options` setter: credentials, pacing and the decoding of documented errors.
pub fn send_impl(op: &Op) -> TokenStream {
    let builder = &op.builder;
    let ok = &op.ok;
    // Only a JSON body can fail to decode; a stream (`ByteStream`) never does.
    // Bytes and websocket upgrades are not decoded: there is no body type to name a path in.
    let decoded = if matches!(op.ok_kind, OkKind::Bytes | OkKind::Upgraded) { quote!(::serde::de::IgnoredAny) } else { quote!(#ok) };
    let error = error_enum(op);
    let operation = &op.info.operation_id;
    let doc = format!(" Sends `{} {}`. An error response decodes into [`super::errors::{error}`].", op.info.method, op.info.path);
    let (method, path) = (op.info.method.to_string(), &op.info.path);
    // Different bodies by status: progenitor hands over bytes, decoded into the success enum.
    let (ok, on_success, decoded) = if op.info.success_bodies.is_empty() {
        (quote!(#ok), quote!(Ok(value)), decoded)
    } else {
        let success = success_enum(op);
        (
            quote!(super::successes::#success),
            quote!(::checkout_runtime::__private::decode_by_status(#operation, value, super::successes::#success::decode, super::SECRET_FIELDS).await),
            quote!(::serde::de::IgnoredAny),
        )
    };
    // The secret parameters' values, which no error of the call may show even when echoed.
    let secret_params = op.info.secret_params.iter().map(|p| format_ident!("{}", p.to_snake_case()));
    let paced = op.method.to_string();
    let client = &op.client;
    let bounds = bounds_checks(op);
    quote! {
        impl<'a> #builder<'a> {
            /// Per-call settings: a timeout, extra headers, a retry policy (see
            /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
            pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
                self.options = options;
                self
            }
            #[doc = #doc]
            pub async fn send(self) -> ::std::result::Result<#ok, ::checkout_runtime::Error<super::errors::#error>> {
                self.send_with_response().await.map(ResponseValue::into_inner)
            }
            /// [`send`](Self::send), keeping the response's status and headers with its value
            /// (`ResponseValue` derefs to the value; `into_inner` takes it).
            pub async fn send_with_response(self) -> ::std::result::Result<ResponseValue<#ok>, ::checkout_runtime::Error<super::errors::#error>> {
                ::checkout_runtime::__private::traced(#operation, #method, #path, async move {
                    #( if let Ok(value) = &self.#secret_params { ::checkout_runtime::__private::add_secret(&value.to_string()); } )*
                    // A value a setter refused, then the spec's bounds: nothing is sent.
                    if let Some(invalid) = self.invalid {
                        return Err(::checkout_runtime::Error::Invalid { operation: #operation, field: invalid.field, bound: invalid.bound });
                    }
                    #bounds
                    // Under the rate limits, within the call's timeout, or not at all.
                    if let Err(retry_in) = ::checkout_runtime::__private::pace(&self.#client.inner, #paced, super::rate_limits(#paced), &self.options).await {
                        return Err(::checkout_runtime::Error::RateLimited { operation: #operation, retry_in });
                    }
                    match self.send_raw().await {
                        Ok(value) => #on_success,
                        Err(error) => Err(::checkout_runtime::Error::from_progenitor::<#decoded>(#operation, error, super::errors::#error::decode, super::SECRET_FIELDS).await),
                    }
                })
                .await
            }
        }
    }
}

/// The checks of the spec's bounds on `op`'s parameters and body, each returning
/// `Error::Invalid` before anything is sent (the runtime's `bounds::check`).
fn bounds_checks(op: &Op) -> TokenStream {
    let operation = &op.info.operation_id;
    let refuse = quote! {
        return Err(::checkout_runtime::Error::Invalid { operation: #operation, field: invalid.field, bound: invalid.bound });
    };
    let mut checks = Vec::new();
    for param in &op.params {
        let (ident, wire) = (&param.ident, &param.wire);
        match &param.place {
            Place::Body { name, builder } if !op.info.body_rules.is_empty() => {
                let rules = super::rule_tokens(&op.info.body_rules);
                let ty = format_ident!("{}", name);
                // typify's builder becomes the body only in `send_raw`: a copy is checked here.
                let body = if *builder { quote!(types::#ty::try_from(body.clone())) } else { quote!(Ok::<_, ()>(body.clone())) };
                checks.push(quote! {
                    if let Ok(body) = &self.#ident && let Ok(body) = #body
                        && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds("", &body, &[#rules])
                    {
                        #refuse
                    }
                });
            }
            Place::Path | Place::Query | Place::Header => {
                let Some(parameter) = op.info.parameters.iter().find(|p| p.name == *wire).filter(|p| !p.rules.is_empty()) else { continue };
                let rules = super::rule_tokens(&parameter.rules);
                let value = if param.required { quote!(Ok(value)) } else { quote!(Ok(Some(value))) };
                checks.push(quote! {
                    if let #value = &self.#ident && let Err(invalid) = ::checkout_runtime::__private::check_value_bounds(#wire, value, &[#rules]) {
                        #refuse
                    }
                });
            }
            _ => {}
        }
    }
    quote!(#( #checks )*)
}

/// `SECRET_FIELDS`: the wire names of every property the spec marks secret (`format: password`,
/// `x-secret`), which no raw body shown in an error may reveal.
pub(crate) fn secret_fields(prepared: &Prepared) -> TokenStream {
    let names: std::collections::BTreeSet<&str> = prepared.secrets.iter().flat_map(|(_, props)| props.iter().map(String::as_str)).collect();
    let names = names.into_iter();
    quote! {
        /// The JSON names of the fields the spec marks secret; raw bodies kept in errors never
        /// show their values (`runtime::RawBody`).
        pub(crate) const SECRET_FIELDS: &[&str] = &[#( #names ),*];
    }
}

/// The hooks and per-operation tables the runtime calls.
pub(crate) fn hooks(ops: &[Op]) -> TokenStream {
    let arms = ops.iter().filter_map(|op| {
        let name = op.method.to_string();
        let scheme = match op.info.auth.as_ref()? {
            Auth::Bearer => quote!(::checkout_runtime::__private::AuthScheme::Bearer),
            Auth::Header(header) => quote!(::checkout_runtime::__private::AuthScheme::Header(#header)),
            Auth::Basic => quote!(::checkout_runtime::__private::AuthScheme::Basic),
        };
        Some(quote!(#name => Some(#scheme),))
    });
    let limited = ops.iter().filter(|op| !op.info.rate_limits.is_empty()).map(|op| {
        let name = op.method.to_string();
        let limits = op.info.rate_limits.iter().map(|l| {
            let (requests, seconds) = (l.requests, l.seconds);
            quote!(::checkout_runtime::pace::RateLimit::new(#requests, ::std::time::Duration::from_secs(#seconds)))
        });
        quote!(#name => { const LIMITS: &[::checkout_runtime::pace::RateLimit] = &[#( #limits ),*]; LIMITS })
    });
    let keyed = ops.iter().filter_map(|op| {
        let name = op.method.to_string();
        let header = op.info.idempotency_header.as_ref()?;
        Some(quote!(#name => Some(#header),))
    });
    quote! {
        /// The header each operation's API de-duplicates retried requests by (`x-idempotency-header`);
        /// without one, a POST or PATCH that may have reached the server is never retried.
        fn idempotency_header(operation: &str) -> Option<&'static str> {
            match operation {
                #( #keyed )*
                _ => None,
            }
        }
        /// Each operation's own rate limits (`x-rate-limit`), beside its server's.
        pub(crate) fn rate_limits(operation: &str) -> &'static [::checkout_runtime::pace::RateLimit] {
            match operation {
                #( #limited, )*
                _ => &[],
            }
        }
        /// How each operation (by progenitor's operation name) authenticates.
        fn auth_scheme(operation: &str) -> Option<::checkout_runtime::__private::AuthScheme> {
            match operation {
                #( #arms )*
                _ => None,
            }
        }
        impl Client {
            /// Sends a prepared request through the retry loop, with the call's options: its
            /// timeout and headers replace the client's, its retry policy the client's policy.
            async fn exec_with(
                &self,
                mut request: reqwest::Request,
                info: &OperationInfo,
                options: &::checkout_runtime::RequestOptions,
            ) -> reqwest::Result<reqwest::Response> {
                ::checkout_runtime::__private::apply_options(&mut request, options);
                let policy = options.retry.as_ref().unwrap_or(&self.inner.retry);
                let limit = self.inner.max_response_bytes.unwrap_or(::checkout_runtime::DEFAULT_MAX_RESPONSE_BYTES);
                let pace = self.inner.pacer.as_deref().map(|pacer| (pacer, info.operation_id, rate_limits(info.operation_id)));
                ::checkout_runtime::__private::execute(&self.client, policy, request, idempotency_header(info.operation_id), pace)
                    .await
                    .map(|response| ::checkout_runtime::__private::limit_body(response, limit))
            }
        }
        // The runtime's side of every request; nothing a service calls.
        #[doc(hidden)]
        impl ClientHooks<::checkout_runtime::__private::ClientState> for Client {
            async fn pre<E>(&self, request: &mut reqwest::Request, info: &OperationInfo) -> ::std::result::Result<(), Error<E>> {
                ::checkout_runtime::__private::prepare(&self.inner, request, info.operation_id, auth_scheme(info.operation_id)).map_err(Error::Custom)
            }
            async fn exec(&self, request: reqwest::Request, info: &OperationInfo) -> reqwest::Result<reqwest::Response> {
                let pace = self.inner.pacer.as_deref().map(|pacer| (pacer, info.operation_id, rate_limits(info.operation_id)));
                ::checkout_runtime::__private::execute(&self.client, &self.inner.retry, request, idempotency_header(info.operation_id), pace).await
            }
        }
    }
}

/// The `Server` enum and `ClientBuilder`: one `checkout_runtime::client_builder!` call with what
/// differs per API (servers, a version header, the headers decided per operation).
pub(crate) fn servers_and_builder(prepared: &Prepared) -> TokenStream {
    // Headers the runtime sets or leaves out per operation, so a caller's client must not send
    // them by default: credentials and the API's idempotency header.
    let mut per_operation: std::collections::BTreeSet<String> = std::collections::BTreeSet::from(["authorization".to_owned()]);
    for op in &prepared.operations {
        if let Some(Auth::Header(name)) = &op.auth {
            per_operation.insert(name.to_ascii_lowercase());
        }
        per_operation.extend(op.idempotency_header.clone());
    }
    let credential: Vec<String> = per_operation
        .iter()
        .filter(|h| !prepared.operations.iter().any(|op| op.idempotency_header.as_ref() == Some(*h)))
        .cloned()
        .collect();
    let per_operation = per_operation.into_iter();
    let servers = prepared.servers.iter().map(|s| {
        let name = format_ident!("{}", s.name);
        let doc = format!(" `{}`{}", s.url, s.description.as_deref().map(|d| format!(": {d}")).unwrap_or_default());
        let url = &s.url;
        let limits = (!s.rate_limits.is_empty()).then(|| {
            let limits = s.rate_limits.iter().map(|l| {
                let (requests, seconds) = (l.requests, l.seconds);
                quote!((#requests, #seconds))
            });
            quote!(limits [#( #limits ),*])
        });
        quote!(#[doc = #doc] #name = #url #limits)
    });
    // The whole path segments every operation's path starts with (`/v1`), which a base URL must
    // not end with.
    let paths: Vec<Vec<&str>> = prepared.operations.iter().map(|op| op.path.split('/').skip(1).collect()).collect();
    let mut shared = 0;
    while let Some(first) = paths.first().and_then(|p| p.get(shared))
        && !first.is_empty()
        && !first.contains('{')
        && paths.iter().all(|p| p.len() > shared + 1 && p.get(shared) == Some(first))
    {
        shared += 1;
    }
    let prefix = paths.first().map(|p| p[..shared].iter().map(|s| format!("/{s}")).collect::<String>()).unwrap_or_default();
    let prefix = (!prefix.is_empty()).then(|| quote!(path_prefix: #prefix,));
    let version = prepared.version_header.as_ref().map(|(name, value)| {
        let name = name.to_ascii_lowercase();
        quote!(version_header: (#name, #value),)
    });
    quote! {
        ::checkout_runtime::client_builder! {
            servers: [ #( #servers ),* ],
            #prefix
            #version
            per_operation_headers: [ #( #per_operation ),* ],
            credential_headers: [ #( #credential ),* ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{load, squeezed};
    use crate::progenitor::surface;

    fn ops_and_prepared() -> (crate::model::Prepared, syn::File) {
        let (prepared, file, _) = load();
        (prepared, file)
    }

    #[test]
    fn credentials_go_only_where_security_asks_for_them() {
        let (prepared, file) = ops_and_prepared();
        let surface = surface::read(&file, &prepared).unwrap();
        let hooks = squeezed(&super::hooks(&surface.ops));
        assert!(hooks.contains("\"orders_list\"=>Some(::checkout_runtime::__private::AuthScheme::Bearer),\"orders_create\"=>Some(::checkout_runtime::__private::AuthScheme::Bearer),_=>None"), "{hooks}");
        assert!(!hooks.contains("\"orders_update\"=>Some(::checkout_runtime::__private::AuthScheme"), "`security: []`: {hooks}");
        // The idempotency header of `info`, and the create's own rate limit.
        assert!(hooks.contains("\"orders_create\"=>Some(\"idempotency-key\")"), "{hooks}");
        assert!(hooks.contains("\"orders_create\"=>{constLIMITS:&[::checkout_runtime::pace::RateLimit]=&[::checkout_runtime::pace::RateLimit::new(5u32,::std::time::Duration::from_secs(60u64))];LIMITS}"), "{hooks}");
    }

    #[test]
    fn the_builder_knows_the_servers_their_limits_and_the_version_header() {
        let (prepared, _) = ops_and_prepared();
        let builder = squeezed(&super::servers_and_builder(&prepared));
        assert!(builder.contains("Production=\"https://api.example.com\"limits[(100u32,60u64)],"), "{builder}");
        assert!(builder.contains("Sandbox=\"https://sandbox.example.com\"]"), "{builder}");
        assert!(builder.contains("version_header:(\"api-version\",\"2026-01\")"), "{builder}");
        assert!(
            builder.contains("per_operation_headers:[\"authorization\",\"idempotency-key\"],credential_headers:[\"authorization\"]"),
            "{builder}"
        );
    }

    #[test]
    fn send_paces_then_decodes_errors_and_different_successes() {
        let (prepared, file) = ops_and_prepared();
        let surface = surface::read(&file, &prepared).unwrap();
        let update = surface.ops.iter().find(|op| op.method == "orders_update").unwrap();
        let send = squeezed(&super::send_impl(update));
        assert!(send.contains("::checkout_runtime::__private::pace(&self.client.inner,\"orders_update\",super::rate_limits(\"orders_update\"),&self.options)"), "{send}");
        assert!(send.contains("Ok(value)=>::checkout_runtime::__private::decode_by_status(\"orders.update\",value,super::successes::OrdersUpdateSuccess::decode"), "{send}");
        assert!(
            send.contains("from_progenitor::<::serde::de::IgnoredAny>(\"orders.update\",error,super::errors::OrdersUpdateError::decode"),
            "{send}"
        );
        let list = surface.ops.iter().find(|op| op.method == "orders_list").unwrap();
        let send = squeezed(&super::send_impl(list));
        assert!(
            send.contains(
                "->::std::result::Result<ResponseValue<types::OrderPage>,::checkout_runtime::Error<super::errors::OrdersListError>>"
            ),
            "{send}"
        );
    }

    #[test]
    fn send_checks_every_kind_of_bound_before_anything_is_sent() {
        let (prepared, file) = ops_and_prepared();
        let surface = surface::read(&file, &prepared).unwrap();
        let op = |name: &str| surface.ops.iter().find(|op| op.method == name).unwrap();
        let list = squeezed(&super::send_impl(op("orders_list")));
        // A parameter: pattern, and the allowed values of an enum.
        assert!(list.contains("ifletOk(Some(value))=&self.cursor&&letErr(invalid)=::checkout_runtime::__private::check_value_bounds(\"cursor\",value,&[::checkout_runtime::bounds::Rule{path:\"\",bound:::checkout_runtime::bounds::Bound::Pattern(\"^c_[0-9]+$\")}])"), "{list}");
        assert!(list.contains("Bound::OneOf(&[\"\\\"open\\\"\",\"\\\"closed\\\"\"])"), "{list}");
        // The body, as a copy of what `send_raw` sends: length, range, item count.
        let create = squeezed(&super::send_impl(op("orders_create")));
        assert!(create.contains("ifletOk(body)=&self.body&&letOk(body)=types::OrderCreate::try_from(body.clone())"), "{create}");
        for rule in [
            "path:\"nickname\",bound:::checkout_runtime::bounds::Bound::MaxLength(200u64)",
            "path:\"count\",bound:::checkout_runtime::bounds::Bound::Maximum(10f64)",
            "path:\"seats\",bound:::checkout_runtime::bounds::Bound::Minimum(1f64)",
            "path:\"tags\",bound:::checkout_runtime::bounds::Bound::MaxItems(3u64)",
        ] {
            assert!(create.contains(rule), "no `{rule}` in {create}");
        }
        // A value a setter refused comes first.
        assert!(
            create.contains("ifletSome(invalid)=self.invalid{returnErr(::checkout_runtime::Error::Invalid{operation:\"orders.create\""),
            "{create}"
        );
    }

    #[test]
    fn secret_fields_lists_every_secret_once() {
        let (mut prepared, _) = ops_and_prepared();
        prepared.secrets = vec![("A".into(), vec!["token".into(), "key".into()]), ("B".into(), vec!["token".into()])];
        let secrets = squeezed(&super::secret_fields(&prepared));
        assert!(secrets.ends_with("pub(crate)constSECRET_FIELDS:&[&str]=&[\"key\",\"token\"];"), "{secrets}");
    }
}
