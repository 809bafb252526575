//! A cap on response bodies: a server that sends more than the client allows (or never stops)
//! gets [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge) once the cap is crossed,
//! without the rest being buffered.

use std::fmt;

use futures::StreamExt;

/// The default cap: 32 MiB, far above any checkout page.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// The error a capped body stream ends with; found again in the reqwest error's source chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    /// The cap, in bytes.
    pub limit: usize,
}

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the response body is larger than the {} bytes this client reads", self.limit)
    }
}

impl std::error::Error for TooLarge {}

/// `response` with its body capped at `limit` bytes: reading past the cap fails with
/// [`TooLarge`], and a `Content-Length` above it fails before any of the body is read.
pub fn limit_body(response: reqwest::Response, limit: usize) -> reqwest::Response {
    let mut head = http::Response::builder().status(response.status()).version(response.version());
    head = reqwest::ResponseBuilderExt::url(head, response.url().clone());
    if let Some(headers) = head.headers_mut() {
        *headers = response.headers().clone();
    }
    let declared_too_large = response.content_length().is_some_and(|n| n > limit as u64);
    let body = if declared_too_large {
        drop(response);
        reqwest::Body::wrap_stream(futures::stream::once(async move { Err::<bytes::Bytes, TooLarge>(TooLarge { limit }) }))
    } else {
        let mut seen = 0usize;
        reqwest::Body::wrap_stream(response.bytes_stream().map(
            move |chunk| -> Result<bytes::Bytes, Box<dyn std::error::Error + Send + Sync>> {
                let chunk = chunk?;
                seen = seen.saturating_add(chunk.len());
                if seen > limit { Err(Box::new(TooLarge { limit })) } else { Ok(chunk) }
            },
        ))
    };
    match head.body(body) {
        Ok(capped) => reqwest::Response::from(capped),
        // The parts come from a response reqwest accepted, so this cannot happen; were it to,
        // failing the body is safer than reading it uncapped.
        Err(_) => reqwest::Response::from(http::Response::new(reqwest::Body::wrap_stream(futures::stream::once(async move {
            Err::<bytes::Bytes, TooLarge>(TooLarge { limit })
        })))),
    }
}

/// The cap `error` hit, if a capped body is why it failed.
pub fn too_large(error: &(dyn std::error::Error + 'static)) -> Option<TooLarge> {
    let mut source = Some(error);
    while let Some(e) = source {
        if let Some(hit) = e.downcast_ref::<TooLarge>() {
            return Some(*hit);
        }
        source = e.source();
    }
    None
}
