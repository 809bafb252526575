//! Stage 4c, *client*: what progenitor's client lacks, generated for every crate from what its
//! spec says — no per-API hand-written code. Added to the generated module:
//!
//! - `errors`: per operation, an enum decoded by HTTP status from the documented error bodies
//!   (the prepare stage's table), with `Unexpected { status, headers, body }` for anything else;
//!   each builder's `send` returns `checkout_runtime::Error<ThatEnum>` (progenitor's untyped send
//!   stays as `send_raw`);
//! - a `ClientHooks` impl sending every request through the runtime: credentials where the
//!   operation's `security` asks for them, the `x-version-header`, the timeout, and the retry loop;
//! - `Server` (from `servers` + `x-server-name`) and `ClientBuilder`;
//! - for operations with `x-pagination`, `<op>_pages` and `<op>_items` streams.

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::{Item, ItemMod};

use crate::error::{Error, Location, Result};
use crate::naming::rust_name;
use crate::progenitor::surface::{Op, error_enum, status_variant};
use crate::model::{Auth, ErrorBody, OperationInfo, PaginationStyle, Prepared, SigningKey, Status};
use crate::progenitor::syntax::{builder_name, client_methods};

/// Adds the client glue (see the module docs) to `file`.
pub fn extend_client(file: &mut syn::File, prepared: &Prepared, spec_name: &str) -> Result<()> {
    let error = |message: String| Error::Internal { stage: "client", location: Location::file(spec_name), message };
    let ops = operations(&file.items, prepared).map_err(error)?;
    let errors_mod = errors_module(&ops);
    private_constructors(&mut file.items).map_err(error)?;
    public_surface(&mut file.items).map_err(error)?;
    let builder_items = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(ItemMod { ident, content: Some((_, items)), .. }) if ident == "builder" => Some(items),
            _ => None,
        })
        .ok_or_else(|| error("progenitor generated no `builder` module".into()))?;
    for op in &ops {
        typed_send(builder_items, op).map_err(error)?;
        if !op.info.secret_params.is_empty() {
            let secrets: Vec<String> = op.info.secret_params.iter().map(|p| p.to_snake_case()).collect();
            crate::emit::extend::redact_debug(builder_items, &op.builder.to_string(), &secrets).map_err(error)?;
        }
    }
    let types = crate::progenitor::syntax::module(&file.items, "types").unwrap_or(&[]);
    let builders = crate::progenitor::syntax::module(&file.items, "builder").unwrap_or(&[]);
    let mock = crate::emit::mock::module(builders, &ops, prepared, types);
    let glue = [
        mock,
        errors_mod,
        successes_module(&ops),
        secret_fields(prepared),
        hooks(&ops),
        servers_and_builder(prepared),
        pagination(&ops),
        webhooks(prepared),
    ];
    for tokens in glue {
        let parsed: syn::File = syn::parse2(tokens).map_err(|e| error(format!("generated client code does not parse: {e}")))?;
        file.items.extend(parsed.items);
    }
    // The crate is named after the spec's file (`spec/<name>.yaml` → `<name>`).
    let stem = std::path::Path::new(spec_name).file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    crate::emit::examples::rewrite(&mut file.items, prepared, &stem.replace(['-', '.'], "_"), &ops);
    Ok(())
}

/// The `webhooks` module, from `x-webhooks`: an `Event` enum dispatched on the tag property,
/// with `Unknown` for event types the spec does not list, and `Webhook`, which verifies a
/// delivery's signature before decoding it (see `checkout_runtime::webhook`).
fn webhooks(prepared: &Prepared) -> TokenStream {
    let Some(hooks) = &prepared.webhooks else { return TokenStream::new() };
    let tag = &hooks.tag;
    let variants: Vec<syn::Ident> = hooks.events.iter().map(|e| format_ident!("{}", e.variant)).collect();
    let payloads: Vec<syn::Ident> = hooks.events.iter().map(|e| format_ident!("{}", e.payload)).collect();
    let names: Vec<&str> = hooks.events.iter().map(|e| e.name.as_str()).collect();
    let docs = hooks.events.iter().map(|e| match &e.description {
        Some(d) => format!(" `{}`: {}", e.name, d.trim()),
        None => format!(" `{}`.", e.name),
    });
    let unknown_doc = format!(" An event whose `{tag}` this version of the client does not know, with the body kept as JSON.");
    let ordering = match &hooks.ordering {
        Some(o) => {
            let (key, version) = (&o.key, &o.version);
            quote!(Some(::checkout_runtime::inbox::Ordering { key: #key, version: &[#( #version ),*] }))
        }
        None => quote!(None),
    };
    let (key, key_doc) = match hooks.key {
        SigningKey::Base64 => (quote!(Base64), " Standard Webhooks: the signing key is the base64 text after `whsec_`."),
        SigningKey::Utf8 => (quote!(Utf8), " The signing key is the secret's own UTF-8 bytes, exactly as issued (prefix included)."),
    };
    let module_doc = format!(
        " Webhooks: verified, typed events. `Webhook::verify` checks the Standard Webhooks signature \
         (and the timestamp's freshness) before anything is parsed, then decodes the body into an \
         `Event` by its `{tag}` property."
    );
    quote! {
        #[doc = #module_doc]
        pub mod webhooks {
            use super::types;
            pub use ::checkout_runtime::webhook::{DEFAULT_TOLERANCE, SigningKey, WebhookError};

            /// A webhook event, by its type.
            #[derive(Clone, Debug, PartialEq)]
            #[non_exhaustive]
            pub enum Event {
                #( #[doc = #docs] #variants(types::#payloads), )*
                #[doc = #unknown_doc]
                Unknown {
                    /// The event's type.
                    event_type: ::std::string::String,
                    /// The whole body.
                    raw: ::serde_json::Value,
                },
            }

            impl Event {
                /// The property of the body that names the event type.
                pub const TAG: &'static str = #tag;

                /// The event's type, as sent.
                pub fn event_type(&self) -> &str {
                    match self {
                        #( Self::#variants(_) => #names, )*
                        Self::Unknown { event_type, .. } => event_type,
                    }
                }

                /// Decodes a body **already verified** (use [`Webhook::verify`] for a delivery).
                ///
                /// # Errors
                /// The body is not a JSON object with a `TAG`, or a known event's payload does not
                /// match its schema (the error names the JSON path).
                pub fn from_verified_body(body: &[u8]) -> ::std::result::Result<Event, WebhookError> {
                    let event_type = ::checkout_runtime::webhook::tag(body, Self::TAG)?;
                    match event_type.as_str() {
                        #( #names => ::checkout_runtime::webhook::payload(body, #names).map(Self::#variants), )*
                        _ => Ok(Self::Unknown { raw: ::checkout_runtime::webhook::raw(body)?, event_type }),
                    }
                }
            }

            impl ::checkout_runtime::webhook::Event for Event {
                #[doc = #key_doc]
                const SIGNING_KEY: SigningKey = SigningKey::#key;
                const ORDERING: ::std::option::Option<::checkout_runtime::inbox::Ordering> = #ordering;

                fn event_type(&self) -> &str {
                    Event::event_type(self)
                }

                fn from_verified_body(body: &[u8]) -> ::std::result::Result<Event, WebhookError> {
                    Event::from_verified_body(body)
                }
            }

            /// Verified deliveries told apart: fresh, a duplicate of a `webhook-id` already
            /// accepted, or stale (see `checkout_runtime::inbox`); in memory unless given a store.
            pub type Inbox<S = ::checkout_runtime::inbox::MemoryStore> = ::checkout_runtime::inbox::Inbox<Event, S>;
            pub use ::checkout_runtime::inbox::{DeliveryStore, InboxError, MemoryStore, Received, StoreError};

            /// A fresh event as an axum extractor (feature `axum`): see `checkout_runtime::inbox::Fresh`.
            #[cfg(feature = "axum")]
            pub type Fresh<S = ::checkout_runtime::inbox::MemoryStore> = ::checkout_runtime::inbox::Fresh<Event, S>;

            /// The `webhook-signature` value for `body` sent as message `id` at `timestamp`
            /// (seconds since the Unix epoch), signed with `secret` exactly as this API signs:
            /// for tests of a service's own webhook handler.
            ///
            /// # Errors
            /// [`WebhookError::InvalidSecret`] for a secret this API would not issue.
            pub fn sign(secret: &str, id: &str, timestamp: i64, body: &[u8]) -> ::std::result::Result<::std::string::String, WebhookError> {
                ::checkout_runtime::webhook::sign(<Event as ::checkout_runtime::webhook::Event>::SIGNING_KEY, secret, id, timestamp, body)
            }

            /// Verifies and decodes this API's webhooks into [`Event`]s: `Webhook::new(secret)`,
            /// then `verify(headers, body)`. `Debug` never shows the secret.
            pub type Webhook = ::checkout_runtime::webhook::Webhook<Event>;
        }
    }
}

/// `SECRET_FIELDS`: the wire names of every property the spec marks secret (`format: password`,
/// `x-secret`), which no raw body shown in an error may reveal.
fn secret_fields(prepared: &Prepared) -> TokenStream {
    let names: std::collections::BTreeSet<&str> = prepared.secrets.iter().flat_map(|(_, props)| props.iter().map(String::as_str)).collect();
    let names = names.into_iter();
    quote! {
        /// The JSON names of the fields the spec marks secret; raw bodies kept in errors never
        /// show their values (`runtime::RawBody`).
        pub(crate) const SECRET_FIELDS: &[&str] = &[#( #names ),*];
    }
}

/// Takes progenitor's constructors out of the public API: `Client::new` (its own
/// `reqwest::Client` with a fixed 15 s timeout, no credentials, no retry policy) is removed, and
/// `new_with_client` is left to `Client::builder()`, the one documented way to build a client.
fn private_constructors(items: &mut [Item]) -> std::result::Result<(), String> {
    let mut found = false;
    for item in items.iter_mut() {
        let Item::Impl(block) = item else { continue };
        if block.trait_.is_some() || !matches!(block.self_ty.as_ref(), syn::Type::Path(p) if p.path.is_ident("Client")) {
            continue;
        }
        let before = block.items.len();
        block.items.retain(|member| !matches!(member, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
        let removed = before != block.items.len();
        for member in &mut block.items {
            if let syn::ImplItem::Fn(f) = member
                && f.sig.ident == "new_with_client"
            {
                f.vis = syn::parse_quote!(pub(crate));
                found |= removed;
            }
        }
    }
    found.then_some(()).ok_or_else(|| "progenitor generated no `Client::new` and `Client::new_with_client`".to_string())
}

/// Leaves one public API: progenitor's untyped `Error` and its `ClientInfo` trait become
/// crate-private (every `send` returns `checkout_runtime::Error`), and its `prelude` module, which
/// only re-exports `Client`, goes. `ResponseValue` and `ByteStream` stay: they appear in `send`.
fn public_surface(items: &mut Vec<Item>) -> std::result::Result<(), String> {
    let position = items
        .iter()
        .position(|item| {
            matches!(item, Item::Use(u) if matches!(u.vis, syn::Visibility::Public(_))
                && u.tree.to_token_stream().to_string().starts_with("progenitor_client"))
        })
        .ok_or("progenitor generated no `pub use progenitor_client::{…}`")?;
    items.splice(
        position..=position,
        [
            syn::parse_quote!(
                pub use progenitor_client::{ByteStream, ResponseValue};
            ),
            syn::parse_quote!(
                #[allow(unused_imports)]
                pub(crate) use progenitor_client::{ClientInfo, Error};
            ),
        ],
    );
    items.retain(|item| !matches!(item, Item::Mod(m) if m.ident == "prelude"));
    Ok(())
}

/// Pairs every operation of the spec with the client method progenitor generated for it, by
/// the method name its `operationId` gives ([`crate::naming::method_name`]); a method missing
/// for an operation is an error, not a silent skip.
fn operations<'a>(items: &[Item], prepared: &'a Prepared) -> std::result::Result<Vec<Op<'a>>, String> {
    let builders = crate::progenitor::syntax::module(items, "builder").unwrap_or(&[]);
    let methods: Vec<syn::Signature> = client_methods(items).into_iter().map(|(sig, _)| sig).collect();
    let mut ops = Vec::new();
    for info in &prepared.operations {
        let name = crate::naming::method_name(&info.operation_id);
        let sig = methods
            .iter()
            .find(|sig| sig.ident == name)
            .cloned()
            .ok_or_else(|| format!("progenitor generated no method `{name}` for operation `{}`", info.operation_id))?;
        let builder = builder_name(&sig).ok_or_else(|| format!("`{}` returns no builder", sig.ident))?;
        let ok = send_ok_type(builders, &builder)
            .ok_or_else(|| format!("`builder::{builder}` has no `send` returning `Result<ResponseValue<T>, _>`"))?;
        ops.push(Op { method: sig.ident.clone(), builder: format_ident!("{}", builder), ok, info });
    }
    Ok(ops)
}

/// `T` of `send(self) -> Result<ResponseValue<T>, Error<()>>` in `impl Builder`.
fn send_ok_type(builders: &[Item], builder: &str) -> Option<syn::Type> {
    builders.iter().find_map(|item| {
        let Item::Impl(block) = item else { return None };
        if !matches!(block.self_ty.as_ref(), syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == builder)) {
            return None;
        }
        block.items.iter().find_map(|item| {
            let syn::ImplItem::Fn(f) = item else { return None };
            if f.sig.ident != "send" {
                return None;
            }
            let syn::ReturnType::Type(_, ty) = &f.sig.output else { return None };
            first_generic(first_generic(ty)?).cloned()
        })
    })
}

fn first_generic(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let syn::PathArguments::AngleBracketed(args) = &p.path.segments.last()?.arguments else { return None };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

fn success_enum(op: &Op) -> syn::Ident {
    format_ident!("{}Success", rust_name(&op.method.to_string()))
}

/// The `successes` module: for each operation whose 2xx bodies differ, an enum with a variant per
/// status (`200` → `Ok(T)`, a bodiless `202` → `Accepted`) and its decoder.
fn successes_module(ops: &[Op]) -> TokenStream {
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

/// The variant name of a success status: its reason phrase (`201` → `Created`).
fn success_variant(code: u16) -> String {
    let phrase = match code {
        200 => "ok",
        201 => "created",
        202 => "accepted",
        203 => "non authoritative information",
        204 => "no content",
        205 => "reset content",
        206 => "partial content",
        207 => "multi status",
        _ => return format!("Status{code}"),
    };
    rust_name(phrase)
}

fn errors_module(ops: &[Op]) -> TokenStream {
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

/// Renames progenitor's `send` to `send_raw` and adds a `send` returning typed errors.
fn typed_send(builders: &mut Vec<Item>, op: &Op) -> std::result::Result<(), String> {
    let builder = &op.builder;
    let mut renamed = false;
    for item in builders.iter_mut() {
        let Item::Impl(block) = item else { continue };
        if !matches!(block.self_ty.as_ref(), syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == *builder)) {
            continue;
        }
        for member in &mut block.items {
            if let syn::ImplItem::Fn(f) = member
                && f.sig.ident == "send"
            {
                f.sig.ident = format_ident!("send_raw");
                // Only `send` is public: progenitor's untyped error would be a second `Error`.
                f.vis = syn::Visibility::Inherited;
                f.block = wire_safety(&f.block, op.info).map_err(|e| format!("`builder::{builder}::send`: {e}"))?;
                f.attrs.retain(|a| !a.path().is_ident("doc"));
                f.attrs.push(syn::parse_quote!(#[doc = " Sends the request with progenitor's untyped errors; `send` decodes them."]));
                renamed = true;
            }
        }
    }
    if !renamed {
        return Err(format!("`builder::{builder}` has no `send`"));
    }
    add_options(builders, builder)?;
    let ok = &op.ok;
    // Only a JSON body can fail to decode; a stream (`ByteStream`) never does.
    // Bytes and websocket upgrades are not decoded: there is no body type to name a path in.
    let ok_text = ok.to_token_stream().to_string();
    let decoded =
        if ok_text.contains("ByteStream") || ok_text.contains("Upgraded") { quote!(::serde::de::IgnoredAny) } else { quote!(#ok) };
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
    // progenitor names the builder's client `_client` when a parameter is called `client`.
    let client = builders
        .iter()
        .find_map(|item| match item {
            Item::Struct(s) if s.ident == *builder => {
                s.fields.iter().find(|f| matches!(f.ty, syn::Type::Reference(_))).and_then(|f| f.ident.clone())
            }
            _ => None,
        })
        .ok_or_else(|| format!("`builder::{builder}` has no client field"))?;
    builders.push(syn::parse_quote! {
        impl<'a> #builder<'a> {
            /// Per-call settings: a timeout, extra headers, a retry policy (see
            /// [`RequestOptions`](::checkout_runtime::RequestOptions)).
            pub fn options(mut self, options: ::checkout_runtime::RequestOptions) -> Self {
                self.options = options;
                self
            }
            #[doc = #doc]
            pub async fn send(self) -> ::std::result::Result<ResponseValue<#ok>, ::checkout_runtime::Error<super::errors::#error>> {
                ::checkout_runtime::__private::traced(#operation, #method, #path, async move {
                    #( if let Ok(value) = &self.#secret_params { ::checkout_runtime::__private::add_secret(&value.to_string()); } )*
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
    });
    Ok(())
}

/// Gives builder `name` a `options: RequestOptions` field: initialised in `new`, taken apart in
/// `send_raw` (which checks it before building the request and hands it to `exec_with`).
fn add_options(builders: &mut [Item], name: &syn::Ident) -> std::result::Result<(), String> {
    let is_ours = |ty: &syn::Type| matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == *name));
    let mut done = (false, false, false);
    for item in builders.iter_mut() {
        match item {
            Item::Struct(st) if st.ident == *name => {
                let syn::Fields::Named(fields) = &mut st.fields else { return Err(format!("`{name}` has no named fields")) };
                fields.named.push(syn::parse_quote!(options: ::checkout_runtime::RequestOptions));
                done.0 = true;
            }
            Item::Impl(block) if block.trait_.is_none() && is_ours(&block.self_ty) => {
                for member in block.items.iter_mut() {
                    let syn::ImplItem::Fn(f) = member else { continue };
                    if f.sig.ident == "new" {
                        // `client.<operation>()` is the way to get a builder.
                        f.vis = syn::parse_quote!(pub(crate));
                        let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) = f.block.stmts.last_mut() else {
                            return Err(format!("`{name}::new` does not end in `Self {{ … }}`"));
                        };
                        init.fields.push(syn::parse_quote!(options: ::std::default::Default::default()));
                        done.1 = true;
                    } else if f.sig.ident == "send_raw" {
                        let position = f
                            .block
                            .stmts
                            .iter()
                            .position(|stmt| matches!(stmt, syn::Stmt::Local(l) if matches!(&l.pat, syn::Pat::Struct(_))))
                            .ok_or_else(|| format!("`{name}::send_raw` does not take `self` apart"))?;
                        let syn::Stmt::Local(local) = &mut f.block.stmts[position] else { unreachable!("found above") };
                        let syn::Pat::Struct(pattern) = &mut local.pat else { unreachable!("found above") };
                        pattern.fields.push(syn::FieldPat {
                            attrs: Vec::new(),
                            member: syn::Member::Named(format_ident!("options")),
                            colon_token: None,
                            pat: Box::new(syn::parse_quote!(options)),
                        });
                        f.block.stmts.insert(
                            position + 1,
                            syn::parse_quote!(::checkout_runtime::__private::check_options(&options, super::CREDENTIAL_HEADERS).map_err(Error::InvalidRequest)?;),
                        );
                        done.2 = true;
                    }
                }
            }
            _ => {}
        }
    }
    match done {
        (true, true, true) => Ok(()),
        _ => Err(format!("builder `{name}`: could not add `options` (struct, new, send_raw: {done:?})")),
    }
}

/// Rewrites progenitor's `send` body for two wire rules:
/// - every path parameter goes through `checkout_runtime::__private::encode_segment`, which
///   encodes every byte that is not unreserved and refuses `.`, `..` and empty values (progenitor's
///   `encode_path` leaves `.` and `\\` alone, and the URL parser then resolves `..` and reads `\\`
///   as `/`, sending the request, credential included, to another path);
/// - the one documented success status accepts any 2xx (a `200` answered with `201` is still a
///   success when its body decodes as the success type).
fn wire_safety(block: &syn::Block, info: &OperationInfo) -> std::result::Result<syn::Block, String> {
    let tokens = block.to_token_stream();
    let successes = count_success_arms(tokens.clone());
    // With a bodiless success left out, the other 2xx statuses must not decode as the body.
    let rewrite = Rewrite {
        widen_success: successes == 1 && info.bodiless_successes.is_empty(),
        delimited: &info.delimited,
        content_type: info.request_content_type.as_deref(),
        accept: info.accept.as_deref(),
    };
    let rewritten = rewrite_tokens(tokens, &rewrite);
    syn::parse2(rewritten).map_err(|e| format!("the rewritten body does not parse: {e}"))
}

/// How many `2xxu16 =>` arms the body has.
fn count_success_arms(tokens: TokenStream) -> usize {
    use proc_macro2::TokenTree;
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut count = 0;
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Group(g) => count += count_success_arms(g.stream()),
            TokenTree::Literal(l) if is_success_literal(&l.to_string()) && is_arrow(&trees[i + 1..]) => count += 1,
            _ => {}
        }
    }
    count
}

fn is_success_literal(text: &str) -> bool {
    text.strip_suffix("u16").and_then(|n| n.parse::<u16>().ok()).is_some_and(|n| (200..300).contains(&n))
}

/// Whether `rest` starts with `=>`.
fn is_arrow(rest: &[proc_macro2::TokenTree]) -> bool {
    use proc_macro2::TokenTree;
    matches!((rest.first(), rest.get(1)), (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == '=' && b.as_char() == '>')
}

/// What [`rewrite_tokens`] changes in one operation's `send`.
struct Rewrite<'a> {
    /// Whether the lone success arm is widened to every 2xx.
    widen_success: bool,
    /// `explode: false` query parameters and their delimiters.
    delimited: &'a [(String, char)],
    /// The request body's `Content-Type` when it is not `application/json`.
    content_type: Option<&'a str>,
    /// The `Accept` header when the success body is not `application/json`.
    accept: Option<&'a str>,
}

/// Rewrites a `send` body: path segments through `encode_segment`, `exec` to `exec_with`, a lone
/// success arm widened to every 2xx, each `explode: false` query parameter sent as one joined
/// value, a JSON body of another JSON type labelled with it, and `Accept` asking for the success
/// body's own JSON type.
fn rewrite_tokens(tokens: TokenStream, rewrite: &Rewrite) -> TokenStream {
    let Rewrite { widen_success, delimited, content_type, accept } = *rewrite;
    use proc_macro2::{Group, TokenTree};
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Ident(ident) if ident == "encode_path" && matches!(trees.get(i + 1), Some(TokenTree::Group(_))) => {
                let TokenTree::Group(args) = &trees[i + 1] else { unreachable!("matched above") };
                let args = Group::new(args.delimiter(), rewrite_tokens(args.stream(), rewrite));
                out.extend(quote!(::checkout_runtime::__private::encode_segment #args ?));
                i += 2;
                continue;
            }
            // A websocket key from `::base64` and `::rand`, which generated crates do not depend
            // on: `::base64::Engine::encode(&STANDARD, ::rand::random())` → the runtime's.
            TokenTree::Punct(colon)
                if colon.as_char() == ':'
                    && matches!(trees.get(i + 2), Some(TokenTree::Ident(b)) if b == "base64")
                    && matches!(trees.get(i + 5), Some(TokenTree::Ident(e)) if e == "Engine")
                    && matches!(trees.get(i + 8), Some(TokenTree::Ident(e)) if e == "encode")
                    && matches!(trees.get(i + 9), Some(TokenTree::Group(g)) if g.stream().to_string().contains("rand")) =>
            {
                out.extend(quote!(::checkout_runtime::__private::websocket_key()));
                i += 10;
                continue;
            }
            // `client.exec(request, &info)` → `client.exec_with(request, &info, &options)`: the
            // call's options apply after the hooks' preparation, right before the retry loop.
            TokenTree::Ident(ident)
                if ident == "exec"
                    && matches!(trees.get(i.wrapping_sub(1)), Some(TokenTree::Punct(p)) if p.as_char() == '.')
                    && matches!(trees.get(i + 1), Some(TokenTree::Group(g)) if g.stream().to_string() == "request , & info") =>
            {
                out.extend(quote!(exec_with(request, &info, &options)));
                i += 2;
                continue;
            }
            // `QueryParam::new("tags", &tags)` → `QueryParam::new("tags", &Delimited(&tags, ','))`.
            TokenTree::Ident(ident) if ident == "QueryParam" && !delimited.is_empty() => {
                let arguments = match trees.get(i + 1..i + 5) {
                    Some([TokenTree::Punct(a), TokenTree::Punct(b), TokenTree::Ident(new), TokenTree::Group(args)])
                        if a.as_char() == ':' && b.as_char() == ':' && new == "new" =>
                    {
                        Some(args)
                    }
                    _ => None,
                };
                let joined = arguments.and_then(|args| {
                    let mut parts = args.stream().into_iter();
                    let TokenTree::Literal(name) = parts.next()? else { return None };
                    let (_, delimiter) = delimited.iter().find(|(wire, _)| format!("{wire:?}") == name.to_string())?;
                    let TokenTree::Punct(comma) = parts.next()? else { return None };
                    (comma.as_char() == ',').then_some(())?;
                    let value: TokenStream = parts.collect();
                    Some(quote!(QueryParam::new(#name, &::checkout_runtime::__private::Delimited(#value, #delimiter))))
                });
                if let Some(joined) = joined {
                    out.extend(joined);
                    i += 5;
                    continue;
                }
                out.extend([trees[i].clone()]);
            }
            // `.json(&body)` → `.header(CONTENT_TYPE, "…+json").json(&body)`: reqwest's `json`
            // keeps a `Content-Type` set before it.
            TokenTree::Punct(dot)
                if dot.as_char() == '.'
                    && content_type.is_some()
                    && matches!(trees.get(i + 1), Some(TokenTree::Ident(json)) if json == "json")
                    && matches!(trees.get(i + 2), Some(TokenTree::Group(g)) if g.stream().to_string() == "& body") =>
            {
                let media = content_type.unwrap_or_default();
                out.extend(quote!(.header(::reqwest::header::CONTENT_TYPE, ::reqwest::header::HeaderValue::from_static(#media))));
                out.extend([trees[i].clone()]);
            }
            TokenTree::Literal(l) if widen_success && is_success_literal(&l.to_string()) && is_arrow(&trees[i + 1..]) => {
                out.extend(quote!(200u16..=299u16));
            }
            // `.header(ACCEPT, HeaderValue::from_static("application/json"))` → the API's type.
            TokenTree::Group(g)
                if accept.is_some()
                    && g.stream().into_iter().any(|t| matches!(&t, TokenTree::Ident(a) if a == "ACCEPT"))
                    && g.stream().to_string().contains("\"application/json\"") =>
            {
                let media = accept.unwrap_or_default();
                let text = g.stream().to_string().replace("\"application/json\"", &format!("{media:?}"));
                let stream: TokenStream = text.parse().map_err(|_| ()).unwrap_or_else(|()| g.stream());
                out.extend([TokenTree::Group(Group::new(g.delimiter(), stream))]);
            }
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), rewrite_tokens(g.stream(), rewrite));
                group.set_span(g.span());
                out.extend([TokenTree::Group(group)]);
            }
            other => out.extend([other.clone()]),
        }
        i += 1;
    }
    out
}

fn hooks(ops: &[Op]) -> TokenStream {
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
fn servers_and_builder(prepared: &Prepared) -> TokenStream {
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

/// `pagination.max_page` → `p.pagination.max_page` (each segment as typify names fields).
fn field_path(path: &str) -> TokenStream {
    let segments = path.split('.').map(|s| {
        let name = s.to_snake_case();
        let name = if syn::parse_str::<syn::Ident>(&name).is_ok() { name } else { format!("{name}_") };
        format_ident!("{}", name)
    });
    quote!(#( . #segments )*)
}

fn pagination(ops: &[Op]) -> TokenStream {
    let methods = ops.iter().filter_map(|op| {
        let p = op.info.pagination.as_ref()?;
        let (method, builder, error) = (&op.method, &op.builder, error_enum(op));
        let pages = format_ident!("{}_pages", method);
        let items_fn = format_ident!("{}_items", method);
        let page_ty = format_ident!("{}", rust_name(&p.page_schema));
        let item_ty = format_ident!("{}", rust_name(&p.item_schema));
        let param = format_ident!("{}", p.param.to_snake_case());
        let items = field_path(&p.items);
        let next = field_path(&p.next);
        let operation = &op.info.operation_id;
        let driver = if p.style == PaginationStyle::Page {
            quote! {
                ::checkout_runtime::__private::pages_by_number(
                    1,
                    move |page: u64| {
                        let (client, configure) = (client.clone(), configure.clone());
                        async move { configure(client.#method()).#param(page).send().await.map(ResponseValue::into_inner) }
                    },
                    |page: &types::#page_ty| page #items .is_empty(),
                    // Any integer type the spec gives the last page; one below zero means none.
                    |page: &types::#page_ty| ::std::convert::TryFrom::try_from(page #next).unwrap_or(0u64),
                    |page: &types::#page_ty| ::checkout_runtime::__private::fingerprint(&page #items),
                    self.inner.pages,
                    |source| ::checkout_runtime::Error::Pagination { operation: #operation, source },
                )
            }
        } else {
            // "More pages" without a cursor is an error, not a silently short list.
            let more = match &p.has_more {
                Some(flag) => {
                    let flag = field_path(flag);
                    quote! {
                        match (page #flag, page #next .clone()) {
                            (true, None) => Err(::checkout_runtime::paginate::PaginationError::MissingCursor),
                            (true, cursor) => Ok(cursor),
                            (false, _) => Ok(None),
                        }
                    }
                }
                None => quote!(Ok(page #next .clone())),
            };
            quote! {
                ::checkout_runtime::__private::pages_by_cursor(
                    None,
                    move |cursor: ::std::option::Option<::std::string::String>| {
                        let (client, configure) = (client.clone(), configure.clone());
                        async move {
                            let request = configure(client.#method());
                            let request = match cursor {
                                Some(cursor) => request.#param(cursor),
                                None => request,
                            };
                            request.send().await.map(ResponseValue::into_inner)
                        }
                    },
                    |page: &types::#page_ty| #more,
                    |page: &types::#page_ty| ::checkout_runtime::__private::fingerprint(&page #items),
                    self.inner.pages,
                    |source| ::checkout_runtime::Error::Pagination { operation: #operation, source },
                )
            }
        };
        let pages_doc = format!(
            " Every page of `{operation}`, in order. `configure` sets the other parameters; the `{}` parameter is set for you. The stream owns a clone of the client (cheap: the connection pool is shared), so it can move into a spawned task.",
            p.param
        );
        let items_doc = format!(" Every item of every page of `{operation}` (see [`Client::{pages}`]).");
        Some(quote! {
            #[doc = #pages_doc]
            pub fn #pages<F>(&self, configure: F) -> impl ::checkout_runtime::futures::Stream<Item = ::std::result::Result<types::#page_ty, ::checkout_runtime::Error<errors::#error>>> + 'static
            where
                F: for<'b> Fn(builder::#builder<'b>) -> builder::#builder<'b> + 'static,
            {
                let client = self.clone();
                let configure = ::std::sync::Arc::new(configure);
                #driver
            }
            #[doc = #items_doc]
            pub fn #items_fn<F>(&self, configure: F) -> impl ::checkout_runtime::futures::Stream<Item = ::std::result::Result<types::#item_ty, ::checkout_runtime::Error<errors::#error>>> + 'static
            where
                F: for<'b> Fn(builder::#builder<'b>) -> builder::#builder<'b> + 'static,
            {
                use ::checkout_runtime::futures::TryStreamExt;
                self.#pages(configure).map_ok(|page| ::checkout_runtime::futures::stream::iter(page #items .into_iter().map(Ok))).try_flatten()
            }
        })
    });
    quote! {
        impl Client {
            #( #methods )*
        }
    }
}
