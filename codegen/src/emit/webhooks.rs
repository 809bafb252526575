//! The `webhooks` module, from `x-webhooks`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{Prepared, SigningKey};

/// The `webhooks` module, from `x-webhooks`: an `Event` enum dispatched on the tag property,
/// with `Unknown` for event types the spec does not list, and `Webhook`, which verifies a
/// delivery's signature before decoding it (see `checkout_runtime::webhook`).
pub(crate) fn webhooks(prepared: &Prepared) -> TokenStream {
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
            #[derive(Clone, Debug)]
            pub struct Webhook(::checkout_runtime::webhook::Webhook<Event>);

            impl Webhook {
                /// A verifier for the endpoint's signing `secret`, exactly as the vendor shows
                /// it, accepting timestamps within 5 minutes of now.
                ///
                /// # Errors
                /// [`WebhookError::InvalidSecret`] for an empty secret, or one this API's
                /// [`SigningKey`] cannot read.
                pub fn new(secret: &str) -> ::std::result::Result<Self, WebhookError> {
                    ::checkout_runtime::webhook::Webhook::new(secret).map(Self)
                }

                /// Accepts timestamps up to `tolerance` away from now, in either direction.
                pub fn tolerance(self, tolerance: ::std::time::Duration) -> Self {
                    Self(self.0.tolerance(tolerance))
                }

                /// Checks the signature of a delivery (`webhook-id`, `webhook-timestamp`,
                /// `webhook-signature`, or their `svix-` forms), then decodes its body.
                ///
                /// # Errors
                /// A missing header, a stale or future timestamp, no matching signature (the
                /// body is not looked at then), or a body that is not the event it says.
                pub fn verify(&self, headers: &::checkout_runtime::reqwest::header::HeaderMap, body: &[u8]) -> ::std::result::Result<Event, WebhookError> {
                    self.0.verify(headers, body)
                }

                /// [`verify`](Self::verify) as of `now` (tests, replays of recorded deliveries).
                ///
                /// # Errors
                /// As [`verify`](Self::verify).
                pub fn verify_at(
                    &self,
                    headers: &::checkout_runtime::reqwest::header::HeaderMap,
                    body: &[u8],
                    now: ::std::time::SystemTime,
                ) -> ::std::result::Result<Event, WebhookError> {
                    self.0.verify_at(headers, body, now)
                }
            }

            impl ::std::convert::From<Webhook> for ::checkout_runtime::webhook::Webhook<Event> {
                fn from(webhook: Webhook) -> Self {
                    webhook.0
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{load, squeezed};

    #[test]
    fn events_dispatch_on_the_tag_and_keep_unknown_ones() {
        let (prepared, _, _) = load();
        let hooks = squeezed(&super::webhooks(&prepared));
        assert!(hooks.contains("OrderCreated(types::OrderCreated),"), "{hooks}");
        assert!(hooks.contains("pubconstTAG:&'staticstr=\"type\";"), "{hooks}");
        assert!(hooks.contains("\"order.created\"=>::checkout_runtime::webhook::payload(body,\"order.created\").map(Self::OrderCreated),_=>Ok(Self::Unknown{"), "{hooks}");
        assert!(hooks.contains("SigningKey::Base64"), "`key: base64`: {hooks}");
    }

    #[test]
    fn no_webhooks_no_module() {
        let (mut prepared, _, _) = load();
        prepared.webhooks = None;
        assert!(super::webhooks(&prepared).is_empty());
    }
}
