//! Typed Rust client for Polar's checkout-session API.
//!
//! Everything a service needs is at the crate root: [`Client`] and its [`ClientBuilder`], the
//! [`Server`]s, the models in [`types`], each operation's error enum in [`errors`], and the one
//! [`Error`] (with [`Result`]) that every operation returns. The code behind them is produced by
//! `cargo xtask codegen` from `spec/polar-checkouts.yaml` and is never edited by hand.
#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

#[rustfmt::skip]
#[allow(missing_docs)]
mod generated;

pub use generated::*;

/// The shared runtime: credentials, retry policy, per-call options, errors, pagination, webhooks.
pub use checkout_runtime as runtime;
pub use checkout_runtime::{Error, Optional, RequestOptions, RetryPolicy, Secret};
/// Re-exported so a service needs no other dependency: IDs, timestamps, JSON values (metadata,
/// unknown variants) and stream helpers.
pub use {checkout_runtime::futures, chrono, serde_json, uuid};

/// What every operation's `send` returns: the response, or an [`Error`] whose `Api` variant holds
/// the operation's enum from [`errors`] (`E`).
pub type Result<T, E> = ::std::result::Result<T, Error<E>>;
