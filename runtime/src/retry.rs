//! Retries: [`RetryPolicy`] (exponential backoff with full jitter, capped), [`retry_after`]
//! (seconds or HTTP-date), and [`execute`], the loop generated clients send every request through.
//!
//! What is retried: a 408, 429 or 5xx response, a timeout, or a broken connection, for idempotent
//! methods (GET, HEAD, PUT, DELETE, OPTIONS, TRACE), and for a request carrying the idempotency
//! header the spec says the API honours (`x-idempotency-header`; neither Polar nor Flowglad has
//! one, so their creates and updates are never retried after they may have reached the server); a
//! connection that could not be established, for every method, since such a request provably
//! never reached the server. A POST or PATCH that may have reached the server is never sent
//! twice.

use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

/// When and how often a request is retried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 disables retries.
    pub max_attempts: u32,
    /// The backoff before the first retry is drawn from `[0, base_delay]`, doubling each time.
    pub base_delay: Duration,
    /// No wait exceeds this; a `Retry-After` longer than this is not waited for (the response is
    /// returned instead).
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    /// Three attempts, 500 ms base, 30 s cap.
    fn default() -> Self {
        RetryPolicy { max_attempts: 3, base_delay: Duration::from_millis(500), max_delay: Duration::from_secs(30) }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> RetryPolicy {
        RetryPolicy { max_attempts: 1, ..RetryPolicy::default() }
    }

    /// The full-jitter backoff before retry number `retry` (1 for the first retry): uniform in
    /// `[0, min(max_delay, base_delay * 2^(retry-1))]`.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self.base_delay.saturating_mul(1u32.checked_shl(retry.saturating_sub(1)).unwrap_or(u32::MAX));
        let ceiling = exp.min(self.max_delay);
        let nanos = ceiling.as_nanos().min(u64::MAX as u128) as u64;
        Duration::from_nanos(if nanos == 0 { 0 } else { random() % (nanos + 1) })
    }
}

/// A random `u64` from the standard library's per-process random hasher keys (no extra crate).
fn random() -> u64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0));
    hasher.finish()
}

/// The wait a `Retry-After` header asks for: delay-seconds or an HTTP-date (in the past: zero).
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Too many seconds for a u64 is longer than any policy waits: "too long", not "absent".
        return Some(value.parse::<u64>().map_or(Duration::MAX, Duration::from_secs));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.signed_duration_since(chrono::Utc::now());
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// Whether sending `request` twice is safe: an idempotent method, or the API's own idempotency
/// header (`idempotency_header`, from the spec) present on the request.
fn is_idempotent(request: &reqwest::Request, idempotency_header: Option<&str>) -> bool {
    matches!(*request.method(), Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE)
        || idempotency_header.is_some_and(|name| request.headers().contains_key(name))
}

/// The statuses worth sending an idempotent request again for: 408, 429 and 5xx.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    status == StatusCode::REQUEST_TIMEOUT || status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error()
}

/// Where a request's retries wait for rate-limit capacity: the client's pacer, the operation
/// (progenitor's name) and its own limits.
pub type Pace<'a> = (&'a crate::pace::Pacer, &'static str, &'static [crate::pace::RateLimit]);

/// Sends `request` with `client`, retrying per `policy` (see the module docs). `idempotency_header`
/// is the header the API de-duplicates by, if the spec names one. With `pace`, a retry first waits
/// for capacity (within what is left of the request's timeout; past it, the last response is
/// returned), and a `429` with `Retry-After` pauses the whole client. Returns the last response or
/// error.
pub async fn execute(
    client: &reqwest::Client,
    policy: &RetryPolicy,
    request: reqwest::Request,
    idempotency_header: Option<&str>,
    pace: Option<Pace<'_>>,
) -> reqwest::Result<reqwest::Response> {
    let idempotent = is_idempotent(&request, idempotency_header);
    // `Error::is_retryable` answers for this request with the same decision.
    crate::call::record_idempotent(idempotent);
    let mut request = request;
    // The call waited for capacity before it got here: that time is off its timeout.
    shorten_timeout(&mut request, crate::call::waited());
    let mut attempt = 1;
    loop {
        // A body that is a stream cannot be cloned: such a request is sent once.
        let next = if attempt < policy.max_attempts { request.try_clone() } else { None };
        let result = client.execute(request).await;
        crate::trace::attempt_done(attempt, result.as_ref().ok());
        // The server said it is over a limit and when to come back: every call waits.
        if let (Some((pacer, ..)), Ok(response)) = (pace, &result)
            && response.status() == StatusCode::TOO_MANY_REQUESTS
            && let Some(wait) = retry_after(response.headers())
        {
            pacer.pause(wait);
        }
        let wait = match &result {
            Ok(response) if idempotent && is_retryable_status(response.status()) => match retry_after(response.headers()) {
                Some(asked) if asked > policy.max_delay => None,
                Some(asked) => Some(asked),
                None => Some(policy.backoff(attempt)),
            },
            Ok(_) => None,
            Err(e) if e.is_connect() => Some(policy.backoff(attempt)),
            Err(_) if idempotent => Some(policy.backoff(attempt)),
            Err(_) => None,
        };
        match (wait, next) {
            (Some(wait), Some(mut next)) => {
                match &result {
                    Ok(response) => crate::trace::retrying(attempt, &response.status(), wait),
                    Err(error) => crate::trace::retrying(attempt, &transport_reason(error), wait),
                }
                tokio::time::sleep(wait).await;
                if let Some((pacer, operation, limits)) = pace {
                    // A retry keeps to the limits too; one that cannot go out within its timeout
                    // is not sent, and the last answer stands.
                    match pacer.acquire(operation, limits, *next.timeout_mut()).await {
                        Ok(waited) => shorten_timeout(&mut next, waited),
                        Err(_) => return result,
                    }
                }
                request = next;
                attempt += 1;
            }
            _ => return result,
        }
    }
}

/// Takes `waited` (time spent waiting for rate-limit capacity) off `request`'s timeout, leaving
/// at least a millisecond.
fn shorten_timeout(request: &mut reqwest::Request, waited: Duration) {
    if let Some(timeout) = request.timeout_mut().as_mut()
        && !waited.is_zero()
    {
        *timeout = timeout.saturating_sub(waited).max(Duration::from_millis(1));
    }
}

/// What went wrong with a request that got no response, without its URL.
fn transport_reason(error: &reqwest::Error) -> &'static str {
    if error.is_connect() {
        "could not connect"
    } else if error.is_timeout() {
        "timed out"
    } else {
        "connection failed"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn backoff_is_full_jitter_under_an_exponential_cap() {
        let policy = RetryPolicy { max_attempts: 10, base_delay: Duration::from_millis(100), max_delay: Duration::from_millis(1000) };
        for retry in 1..=8 {
            let cap = Duration::from_millis((100u64 << (retry - 1)).min(1000));
            let draws: Vec<Duration> = (0..200).map(|_| policy.backoff(retry)).collect();
            assert!(draws.iter().all(|d| *d <= cap), "retry {retry}: a draw exceeds {cap:?}");
            assert!(
                draws.iter().any(|d| *d < cap / 2) && draws.iter().any(|d| *d > cap / 2),
                "retry {retry}: draws are not spread over [0, cap]"
            );
        }
        assert_eq!(RetryPolicy { base_delay: Duration::ZERO, ..policy }.backoff(3), Duration::ZERO);
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        let soon = (chrono::Utc::now() + chrono::Duration::seconds(30)).to_rfc2822().replace("+0000", "GMT");
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&soon).unwrap());
        let wait = retry_after(&headers).unwrap();
        assert!(wait > Duration::from_secs(25) && wait <= Duration::from_secs(30), "{wait:?}");
        headers.insert(RETRY_AFTER, HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT"));
        assert_eq!(retry_after(&headers), Some(Duration::ZERO));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers), None);
    }

    /// An `Idempotency-Key` makes a POST retryable only when the spec says the API honours that
    /// header; otherwise a retried create could create twice.
    #[test]
    fn only_idempotent_methods_or_a_declared_idempotency_header_are_idempotent() {
        let url: reqwest::Url = "http://127.0.0.1/".parse().unwrap();
        let get = reqwest::Request::new(Method::GET, url.clone());
        let mut post = reqwest::Request::new(Method::POST, url.clone());
        assert!(is_idempotent(&get, None) && !is_idempotent(&post, None));
        assert!(!is_idempotent(&reqwest::Request::new(Method::PATCH, url), None));
        post.headers_mut().insert("Idempotency-Key", HeaderValue::from_static("k1"));
        assert!(!is_idempotent(&post, None), "a header the API does not honour makes nothing safe");
        assert!(!is_idempotent(&post, Some("x-request-key")));
        assert!(is_idempotent(&post, Some("idempotency-key")));
    }

    #[test]
    fn a_retry_after_too_large_for_an_integer_is_too_long() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("99999999999999999999999"));
        assert_eq!(retry_after(&headers), Some(Duration::MAX));
    }
}
