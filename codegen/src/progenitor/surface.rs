//! The operations as generated, shared by the stages that add to the client (`client`, `mock`,
//! `examples`): each operation's client method, builder and success type beside what the spec
//! says of it, and the names of its error enum and variants.

use quote::format_ident;

use crate::naming::rust_name;
use crate::model::{OperationInfo, Status};

/// One operation as generated: its client method, builder type, success type and spec facts.
pub(crate) struct Op<'a> {
    /// The client method, `checkouts_get`.
    pub(crate) method: syn::Ident,
    /// The builder type, `CheckoutsGet`.
    pub(crate) builder: syn::Ident,
    /// The success type `send` returns (inside `ResponseValue`).
    pub(crate) ok: syn::Type,
    /// What the spec says of the operation.
    pub(crate) info: &'a OperationInfo,
}

/// The operation's error enum: `<Method>Error` (`CheckoutsGetError`).
pub(crate) fn error_enum(op: &Op) -> syn::Ident {
    format_ident!("{}Error", rust_name(&op.method.to_string()))
}

/// The variant name for a documented status: its reason phrase (`404` → `NotFound`).
pub(crate) fn status_variant(status: Status) -> String {
    match status {
        Status::Default => "Default".into(),
        Status::Range(4) => "ClientError".into(),
        Status::Range(5) => "ServerError".into(),
        Status::Range(class) => format!("Status{class}XX"),
        Status::Code(code) => reason_phrase(code).map(rust_name).unwrap_or_else(|| format!("Status{code}")),
    }
}

/// The standard reason phrase of an error status.
fn reason_phrase(code: u16) -> Option<&'static str> {
    Some(match code {
        400 => "bad request",
        401 => "unauthorized",
        402 => "payment required",
        403 => "forbidden",
        404 => "not found",
        405 => "method not allowed",
        409 => "conflict",
        410 => "gone",
        413 => "payload too large",
        415 => "unsupported media type",
        422 => "unprocessable entity",
        429 => "too many requests",
        500 => "internal server error",
        502 => "bad gateway",
        503 => "service unavailable",
        504 => "gateway timeout",
        _ => return None,
    })
}
