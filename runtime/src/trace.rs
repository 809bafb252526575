//! Observability behind the optional `tracing` feature: one span per operation call, events for
//! retries and pagination pages. Without the feature every function here is a no-op the compiler
//! removes, and the crate does not depend on `tracing`.
//!
//! The span is `checkout.operation` with `operation` (the `operationId`), `method`, `path` (the
//! *template*, `/v1/checkouts/{id}`: a filled-in path can hold a client secret), and, once known,
//! `attempts`, `status` and `request_id`. Nothing here ever records a header, a URL, a query, a
//! body or a credential.

use std::future::Future;

/// Runs one operation call inside its own call scope (see `crate::call`) and its span (the span
/// only with the `tracing` feature).
pub async fn operation<T, F: Future<Output = T>>(operation: &'static str, method: &'static str, path: &'static str, call: F) -> T {
    let call = crate::call::scoped(call);
    #[cfg(feature = "tracing")]
    {
        use tracing::Instrument;
        let span = tracing::info_span!(
            "checkout.operation",
            operation,
            method,
            path,
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        call.instrument(span).await
    }
    #[cfg(not(feature = "tracing"))]
    {
        let _ = (operation, method, path);
        call.await
    }
}

/// Records the outcome of attempt `attempt` on the current operation span: its status and the
/// server's `X-Request-Id`, if a response arrived.
pub(crate) fn attempt_done(attempt: u32, response: Option<&reqwest::Response>) {
    #[cfg(feature = "tracing")]
    {
        let span = tracing::Span::current();
        span.record("attempts", attempt);
        if let Some(response) = response {
            span.record("status", response.status().as_u16());
            if let Some(id) = response.headers().get("x-request-id").and_then(|v| v.to_str().ok()) {
                span.record("request_id", id);
            }
        }
    }
    #[cfg(not(feature = "tracing"))]
    let _ = (attempt, response);
}

/// An event: attempt `attempt` failed with `why` (a status or a transport failure) and the
/// request is sent again after `delay`.
pub(crate) fn retrying(attempt: u32, why: &dyn std::fmt::Display, delay: std::time::Duration) {
    #[cfg(feature = "tracing")]
    tracing::info!(attempt, reason = %why, delay_ms = delay.as_millis() as u64, "retrying");
    #[cfg(not(feature = "tracing"))]
    let _ = (attempt, why, delay);
}

/// An event: page `page` (1-based, in stream order) of a paginated stream arrived.
pub(crate) fn page(page: u64) {
    #[cfg(feature = "tracing")]
    tracing::debug!(page, "page");
    #[cfg(not(feature = "tracing"))]
    let _ = page;
}
