//! Typed Rust client for Polar's checkout-session API.
//!
//! The module [`generated`] (re-exported here) is produced by `cargo xtask codegen` from
//! `spec/polar-checkouts.yaml` and is never edited by hand. See the crate README for usage.
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

/// Polar's production API.
pub const PRODUCTION_URL: &str = "https://api.polar.sh";
/// Polar's sandbox API, for testing with fake payments.
pub const SANDBOX_URL: &str = "https://sandbox-api.polar.sh";
