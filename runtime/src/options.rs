//! [`RequestOptions`]: per-call settings every operation builder takes (`.options(…)`): a
//! timeout, extra headers (tracing ids) and a retry policy that replace the client's for one call.
//! The generated `send` checks them ([`check`]) before building the request and applies them
//! ([`apply`]) after the client's own preparation, right before the retry loop.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::retry::RetryPolicy;

/// Settings for one call, applied before the request is sent and before the retry decision.
///
/// ```
/// use checkout_runtime::{RequestOptions, RetryPolicy};
/// use std::time::Duration;
///
/// let options = RequestOptions::new()
///     .timeout(Duration::from_secs(2))
///     .header("x-trace-id", "4bf92f35")
///     .unwrap()
///     .retry(RetryPolicy::none());
/// assert_eq!(options.timeout, Some(Duration::from_secs(2)));
/// assert!(RequestOptions::new().header("bad header", "x").is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RequestOptions {
    /// The whole-request timeout for this call, instead of the client's.
    pub timeout: Option<Duration>,
    /// Headers added to this call (replacing the client's fixed headers of the same name). A
    /// credential header is refused: credentials go only where each operation's `security` says.
    pub headers: HeaderMap,
    /// The retry policy for this call (e.g. [`RetryPolicy::none`] inside a request handler).
    pub retry: Option<RetryPolicy>,
}

impl RequestOptions {
    /// No overrides.
    pub fn new() -> RequestOptions {
        RequestOptions::default()
    }

    /// Sets the timeout of this call.
    pub fn timeout(mut self, timeout: Duration) -> RequestOptions {
        self.timeout = Some(timeout);
        self
    }

    /// Adds a header to this call.
    ///
    /// # Errors
    /// `name` or `value` cannot be a header.
    pub fn header(mut self, name: &str, value: &str) -> Result<RequestOptions, String> {
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| format!("`{name}` is not a header name"))?;
        let value = HeaderValue::from_str(value).map_err(|_| format!("the value of `{name}` is not a header value"))?;
        self.headers.insert(name, value);
        Ok(self)
    }

    /// Sets the retry policy of this call.
    pub fn retry(mut self, policy: RetryPolicy) -> RequestOptions {
        self.retry = Some(policy);
        self
    }
}

/// Refuses options that set a credential header (`credential_headers`, lower case):
/// credentials go only to the operations whose `security` asks for them.
///
/// # Errors
/// The message names the header.
pub fn check(options: &RequestOptions, credential_headers: &[&str]) -> Result<(), String> {
    match options.headers.keys().find(|name| credential_headers.contains(&name.as_str())) {
        Some(name) => Err(format!("`{name}` cannot be set per call: credentials go where each operation's security says")),
        None => Ok(()),
    }
}

/// Applies the timeout and headers of `options` to a prepared `request` (after the client's fixed
/// headers, which they replace).
pub fn apply(request: &mut reqwest::Request, options: &RequestOptions) {
    if let Some(timeout) = options.timeout {
        *request.timeout_mut() = Some(timeout);
    }
    for (name, value) in &options.headers {
        request.headers_mut().insert(name.clone(), value.clone());
    }
}
