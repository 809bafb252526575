//! [`Error`]: what every generated operation returns on failure, with the status, the
//! server's request id and whether a retry could help — and never a credential or a URL (which
//! may hold a client secret).

use std::fmt;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// Status and headers of an HTTP response.
#[derive(Clone, Debug)]
pub struct ResponseMeta {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
}

impl ResponseMeta {
    /// The `X-Request-Id` the server sent, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.headers.get("x-request-id").and_then(|v| v.to_str().ok())
    }
}

/// Why a request got no response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransportKind {
    /// No connection could be made (the request never reached the server).
    Connect,
    /// The request or the response timed out.
    Timeout,
    /// The connection broke, or the body could not be read.
    Other,
}

/// A failed operation. `E` is the operation's own error enum, decoded by HTTP status from the
/// documented error bodies (with an `Unexpected` variant for anything else).
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The server answered with an error status.
    Api {
        /// The operation (its `operationId`).
        operation: &'static str,
        /// The decoded error. A credential or client secret of the request that the body echoes
        /// is `<redacted>` in it.
        error: E,
        /// Status and headers.
        meta: ResponseMeta,
        /// Whether the request may be sent again without acting twice: an idempotent method
        /// (GET, PUT, DELETE…), or the idempotency header the API declares was on it.
        idempotent: bool,
    },
    /// No usable response: the connection failed, timed out or broke.
    Transport {
        /// The operation.
        operation: &'static str,
        /// What went wrong.
        kind: TransportKind,
        /// The underlying error, with the URL removed.
        source: reqwest::Error,
        /// Whether the request may be sent again without acting twice (as for [`Error::Api`]).
        idempotent: bool,
    },
    /// A success response whose body is not what the spec says.
    Decode {
        /// The operation.
        operation: &'static str,
        /// Status and headers. progenitor does not keep them for a success body it fails to
        /// decode, so this says `200` with no headers.
        meta: ResponseMeta,
        /// The raw body (its `Debug` and `Display` never show the fields the spec marks secret).
        body: crate::RawBody,
        /// The decoder's message, naming the JSON path of the bad value.
        message: String,
    },
    /// The response body was larger than the client reads (`ClientBuilder::max_response_bytes`,
    /// 32 MiB by default); reading stopped at the cap.
    ResponseTooLarge {
        /// The operation.
        operation: &'static str,
        /// The cap, in bytes.
        limit: usize,
    },
    /// A paginated stream stopped because following the server would loop.
    Pagination {
        /// The operation.
        operation: &'static str,
        /// What went wrong.
        source: crate::paginate::PaginationError,
    },
    /// The request was not sent: under the API's rate limits (`ClientBuilder::rate_limits`)
    /// it could go out only after its timeout. Nothing reached the server.
    RateLimited {
        /// The operation.
        operation: &'static str,
        /// How long until the client's capacity lets it through.
        retry_in: std::time::Duration,
    },
    /// The request was not sent: a value is outside a bound the spec declares (a length, a
    /// range, a pattern, the allowed values, an item count).
    Invalid {
        /// The operation.
        operation: &'static str,
        /// The field, as a path into the request (`limit`, `customer_name`, `metadata.order`).
        field: String,
        /// The bound it broke.
        bound: crate::bounds::Bound,
    },
    /// The request was not sent: a required parameter is missing, a value does not convert, or
    /// the client lacks credentials.
    InvalidRequest {
        /// The operation.
        operation: &'static str,
        /// What is wrong.
        message: String,
    },
}

impl<E> Error<E> {
    /// The operation that failed.
    pub fn operation(&self) -> &'static str {
        match self {
            Error::Api { operation, .. }
            | Error::Transport { operation, .. }
            | Error::Decode { operation, .. }
            | Error::ResponseTooLarge { operation, .. }
            | Error::Pagination { operation, .. }
            | Error::RateLimited { operation, .. }
            | Error::Invalid { operation, .. }
            | Error::InvalidRequest { operation, .. } => operation,
        }
    }

    /// The HTTP status, when a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { meta, .. } | Error::Decode { meta, .. } => Some(meta.status),
            Error::Transport { source, .. } => source.status(),
            Error::ResponseTooLarge { .. }
            | Error::Pagination { .. }
            | Error::RateLimited { .. }
            | Error::Invalid { .. }
            | Error::InvalidRequest { .. } => None,
        }
    }

    /// The server's `X-Request-Id`, when a response carried one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api { meta, .. } | Error::Decode { meta, .. } => meta.request_id(),
            _ => None,
        }
    }

    /// Whether sending the same request again could succeed **and** cannot act twice — the rule
    /// the client's own retries follow: a 408, 429 or 5xx, a timeout or a broken connection, for
    /// a request that is idempotent (a GET, or one carrying the idempotency header the API
    /// declares); a connection that could not be made, or a call the rate limits kept back
    /// (`RateLimited`), for any request (it never reached the server). A create, update or
    /// confirm that got a 503 or timed out may have been carried
    /// out, so it is not retryable: sending it again could create a second checkout. (The client
    /// already retried per its policy; this is for the caller's own queue.)
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api { meta, idempotent, .. } => *idempotent && crate::retry::is_retryable_status(meta.status),
            Error::Transport { kind: TransportKind::Connect, .. } | Error::RateLimited { .. } => true,
            Error::Transport { idempotent, .. } => *idempotent,
            Error::Decode { .. }
            | Error::ResponseTooLarge { .. }
            | Error::Pagination { .. }
            | Error::Invalid { .. }
            | Error::InvalidRequest { .. } => false,
        }
    }

    /// How long the server asked to wait before the next request (`Retry-After`, seconds or an
    /// HTTP-date), on an error response that says so (a 429, a 503).
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            Error::Api { meta, .. } => crate::retry::retry_after(&meta.headers),
            Error::RateLimited { retry_in, .. } => Some(*retry_in),
            _ => None,
        }
    }

    /// The operation's own error, when the server answered with an error status.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api { operation, error, meta, .. } => {
                write!(f, "{operation}: {} {error}", meta.status.as_u16())?;
                if let Some(id) = meta.request_id() {
                    write!(f, " (request id {id})")?;
                }
                Ok(())
            }
            Error::Transport { operation, kind, source, .. } => {
                let what = match kind {
                    TransportKind::Connect => "could not connect",
                    TransportKind::Timeout => "timed out",
                    TransportKind::Other => "connection failed",
                };
                write!(f, "{operation}: {what}: {source}")
            }
            Error::Decode { operation, meta, message, .. } => {
                write!(f, "{operation}: {} response does not match the spec: {message}", meta.status.as_u16())
            }
            Error::ResponseTooLarge { operation, limit } => {
                write!(f, "{operation}: the response body is larger than the {limit} bytes this client reads")
            }
            Error::Pagination { operation, source } => write!(f, "{operation}: {source}"),
            Error::RateLimited { operation, retry_in } => {
                write!(f, "{operation}: not sent: the API's rate limit lets it through in {} ms, after its timeout", retry_in.as_millis())
            }
            Error::Invalid { operation, field, bound } => write!(f, "{operation}: not sent: `{field}` {bound}"),
            Error::InvalidRequest { operation, message } => write!(f, "{operation}: invalid request: {message}"),
        }
    }
}

/// `source()` is the underlying reqwest error of a transport failure (so `anyhow`'s chain and
/// `{:?}` reach hyper's and the OS's cause) and the [`PaginationError`](crate::paginate::PaginationError)
/// of a stopped stream. The one-line `Display` already names both, so a log line stays complete.
impl<E: fmt::Debug + fmt::Display> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport { source, .. } => Some(source),
            Error::Pagination { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl<E> Error<E> {
    /// A connection, timeout or body error of `operation` (the body cap's error becomes
    /// [`Error::ResponseTooLarge`]), with the URL removed.
    pub(crate) fn from_transport(operation: &'static str, source: reqwest::Error) -> Error<E> {
        if let Some(hit) = crate::limit::too_large(&source) {
            return Error::ResponseTooLarge { operation, limit: hit.limit };
        }
        let kind = if source.is_connect() {
            TransportKind::Connect
        } else if source.is_timeout() {
            TransportKind::Timeout
        } else {
            TransportKind::Other
        };
        Error::Transport { operation, kind, source: source.without_url(), idempotent: crate::call::idempotent() }
    }

    /// Converts progenitor's error for `operation`, decoding an error response with `decode`
    /// (status, headers, body → the operation's error). URLs are stripped from transport errors.
    /// `T` is the success type: a body that does not decode as it is described with the JSON path
    /// of the offending value. `secrets` are the wire names of the fields the spec marks secret:
    /// no raw body kept in the error shows them. The call's own secret values (its credential,
    /// secret path parameters) are replaced in every body before it is decoded or kept.
    #[doc(hidden)]
    pub async fn from_progenitor<T: serde::de::DeserializeOwned>(
        operation: &'static str,
        error: progenitor_client::Error<()>,
        decode: impl FnOnce(StatusCode, &HeaderMap, bytes::Bytes, &'static [&'static str]) -> E,
        secrets: &'static [&'static str],
    ) -> Error<E> {
        use progenitor_client::Error as P;
        let transport = |source: reqwest::Error| Error::from_transport(operation, source);
        match error {
            P::UnexpectedResponse(response) => {
                let meta = ResponseMeta { status: response.status(), headers: response.headers().clone() };
                match response.bytes().await {
                    Ok(body) => {
                        let error = decode(meta.status, &meta.headers, crate::call::scrub_body(body), secrets);
                        Error::Api { operation, error, meta, idempotent: crate::call::idempotent() }
                    }
                    Err(source) => transport(source),
                }
            }
            P::CommunicationError(source) | P::ResponseBodyError(source) | P::InvalidUpgrade(source) => transport(source),
            P::InvalidResponsePayload(body, _) => {
                // serde's own message has no path; decoding again (only on failure) finds it.
                let body = crate::call::scrub_body(body);
                let message = crate::decode::describe::<T>(&body);
                let body = crate::RawBody::new(body, secrets);
                Error::Decode { operation, meta: ResponseMeta { status: StatusCode::OK, headers: HeaderMap::new() }, body, message }
            }
            P::ErrorResponse(value) => {
                Error::InvalidRequest { operation, message: format!("unexpected documented error response {}", value.status()) }
            }
            P::InvalidRequest(message) | P::Custom(message) => Error::InvalidRequest { operation, message },
        }
    }
}

/// An operation's result with "no such thing" as an answer: a `404` becomes `Ok(None)`.
///
/// ```
/// use checkout_runtime::{Error, Optional};
/// let missing: Result<u8, Error<()>> = Err(Error::InvalidRequest { operation: "get", message: String::new() });
/// assert!(missing.optional().is_err(), "only a 404 is an answer");
/// let found: Result<u8, Error<()>> = Ok(7);
/// assert_eq!(found.optional().unwrap(), Some(7));
/// ```
// The operation's own `Result` is this size already; boxing here would differ from `send`.
#[allow(clippy::result_large_err)]
pub trait Optional<T, E> {
    /// `Ok(Some(value))`, `Ok(None)` for a `404` response, else the error.
    ///
    /// # Errors
    /// Every error but a `404` response.
    fn optional(self) -> Result<Option<T>, Error<E>>;
}

#[allow(clippy::result_large_err)]
impl<T, E> Optional<T, E> for Result<T, Error<E>> {
    fn optional(self) -> Result<Option<T>, Error<E>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(Error::Api { meta, .. }) if meta.status == StatusCode::NOT_FOUND => Ok(None),
            Err(error) => Err(error),
        }
    }
}
