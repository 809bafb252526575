//! `checkout-runtime`: the hand-written runtime shared by every generated checkout client.
//!
//! Generated crates re-export it, so a service depends only on the generated crate. It holds
//! what must not be generated per API: [`Secret`] credentials that never print, the
//! [`RetryPolicy`] and its idempotency-aware retry loop ([`execute`]), request preparation
//! ([`prepare`]: auth per operation, fixed headers), the [`Error`] every operation returns, the
//! pagination drivers ([`paginate`]), the tag reader the generated unions decode with
//! ([`union_tag`]), the impls of every generated string enum ([`string_enum!`]) and of every
//! per-operation error enum ([`operation_error!`]), and the TLS crypto provider
//! ([`install_crypto_provider`]).
#![deny(missing_docs)]

mod body;
mod build;
mod decode;
mod error;
mod limit;
mod operation_error;
mod options;
pub mod paginate;
mod path;
mod retry;
mod secret;
mod state;
mod string_enum;
mod tls;
mod union;
pub mod webhook;

pub use body::{REDACTED, RawBody, redact};
pub use build::BuildError;
pub use error::{Error, ResponseMeta, TransportKind};
pub use limit::{DEFAULT_MAX_RESPONSE_BYTES, TooLarge};
pub use options::RequestOptions;
pub use retry::{RetryPolicy, execute, retry_after};
pub use secret::Secret;
pub use state::{AuthScheme, ClientState, prepare};
pub use tls::install_crypto_provider;
pub use union::union_tag;

/// Re-exported so generated code and callers share one version.
pub use bytes;
pub use futures;
pub use progenitor_client;
pub use reqwest;
pub use serde;

/// What the macros expand to; not part of the API.
#[doc(hidden)]
pub mod __private {
    pub use crate::build::default_header;
    pub use crate::decode::{describe, member};
    pub use crate::limit::limit_body;
    pub use crate::operation_error::{compact, truncate};
    pub use crate::options::{apply as apply_options, check as check_options};
    pub use crate::path::encode_segment;
    pub use serde_json;
}
