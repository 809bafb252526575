//! `checkout-runtime`: the hand-written runtime shared by every generated checkout client.
//!
//! Generated crates re-export it, so a service depends only on the generated crate. The public
//! API is what a service uses: [`Secret`] credentials that never print, the [`RetryPolicy`], the
//! per-call [`RequestOptions`], the [`Error`] every operation returns (with [`RawBody`]s that never
//! show a secret, and [`Optional`] for "a 404 is `None`"), the [`bounds`] checked before a request
//! is sent, [`paginate::PaginationError`], the one-valued booleans [`False`] and [`True`], [`webhook`] verification, [`BuildError`] and the
//! TLS crypto provider ([`install_crypto_provider`]). What only generated code calls — the retry
//! loop, request preparation, the pagination drivers, the union tag reader, the impls behind
//! [`string_enum!`] and [`operation_error!`] — lives in the hidden `__private` module, as in
//! progenitor-client, so it can change without a major release.
#![deny(missing_docs)]

mod body;
pub mod bounds;
mod build;
mod builder;
mod call;
mod decode;
mod error;
pub mod inbox;
mod limit;
mod literal;
#[cfg(feature = "mock")]
pub mod mock;
mod operation_error;
mod options;
pub mod pace;
pub mod paginate;
mod path;
mod query;
mod retry;
mod secret;
mod state;
mod string_enum;
mod success;
mod tls;
mod trace;
mod union;
pub mod webhook;
mod websocket;

pub use body::{REDACTED, RawBody, redact};
pub use build::BuildError;
pub use error::{Error, Optional, ResponseMeta, TransportKind};
pub use limit::{DEFAULT_MAX_RESPONSE_BYTES, TooLarge};
pub use literal::{False, True};
pub use options::RequestOptions;
pub use retry::{RetryPolicy, retry_after};
pub use secret::Secret;
pub use tls::install_crypto_provider;

/// Re-exported so generated code and callers share one version.
pub use bytes;
pub use futures;
pub use progenitor_client;
pub use reqwest;
pub use serde;

/// What generated code and the macros call; not part of the API.
#[doc(hidden)]
pub mod __private {
    pub use crate::bounds::{check as check_bounds, check_value as check_value_bounds, invalid};
    pub use crate::build::{default_header, doubled_prefix};
    pub use crate::call::add_secret;
    pub use crate::decode::{describe, member};
    pub use crate::limit::limit_body;
    pub use crate::operation_error::{compact, truncate};
    pub use crate::options::{apply as apply_options, check as check_options};
    pub use crate::paginate::{fingerprint, pages_by_cursor, pages_by_number};
    pub use crate::path::encode_segment;
    pub use crate::query::Delimited;
    pub use crate::retry::execute;
    pub use crate::state::{AuthScheme, ClientState, pace, prepare};
    pub use crate::success::{decode_by_status, json as decode_json};
    pub use crate::trace::operation as traced;
    pub use crate::union::{json_text, union_tag, union_tag_of_json};
    pub use crate::websocket::websocket_key;
    pub use serde_json;
}
