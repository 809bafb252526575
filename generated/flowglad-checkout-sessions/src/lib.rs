//! Typed Rust client for Flowglad's checkout-session API.
//!
//! The module [`generated`] (re-exported here) is produced by `cargo xtask codegen` from
//! `spec/flowglad-checkout-sessions.yaml` and is never edited by hand. See the crate README.
#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

#[rustfmt::skip]
#[allow(missing_docs)]
pub mod generated;

pub use generated::*;

/// The shared runtime: [`runtime::Secret`], [`runtime::RetryPolicy`], [`runtime::Error`].
pub use checkout_runtime as runtime;
pub use checkout_runtime::{RetryPolicy, Secret};
/// Re-exported so a service needs no other dependency: IDs, timestamps and stream helpers.
pub use {checkout_runtime::futures, chrono, uuid};

/// Flowglad's API (live or test mode is chosen by the secret key).
pub const PRODUCTION_URL: &str = "https://app.flowglad.com";
