//! `checkout-runtime`: the hand-written runtime shared by every generated checkout client.
//!
//! Generated crates re-export it, so a service depends only on the generated crate. It holds
//! what must not be generated per API: [`Secret`] credentials that never print, the
//! [`RetryPolicy`] and its idempotency-aware retry loop ([`execute`]), request preparation
//! ([`prepare`]: auth per operation, fixed headers), the [`Error`] every operation returns, and the
//! pagination drivers ([`paginate`]).
#![deny(missing_docs)]

mod error;
pub mod paginate;
mod retry;
mod secret;
mod state;

pub use error::{Error, ResponseMeta, TransportKind};
pub use retry::{RetryPolicy, execute, retry_after};
pub use secret::Secret;
pub use state::{AuthScheme, ClientState, prepare};

/// Re-exported so generated code and callers share one version.
pub use bytes;
pub use futures;
pub use progenitor_client;
pub use reqwest;
