//! [`ClientState`]: what a generated client carries besides its `reqwest::Client`, and
//! [`prepare`], which applies it to each request before it is sent.

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};

use crate::retry::RetryPolicy;
use crate::secret::Secret;

/// How an operation authenticates, from the spec's `securitySchemes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthScheme {
    /// `Authorization: Bearer <credential>` (`type: http, scheme: bearer`).
    Bearer,
    /// The credential as the whole value of a header (`type: apiKey, in: header`).
    Header(&'static str),
    /// `Authorization: Basic <base64 of the credential>` (`type: http, scheme: basic`): the
    /// credential is `user:password`.
    Basic,
}

/// Per-client settings shared by every operation: credentials, retry policy, fixed headers.
#[derive(Clone, Debug, Default)]
pub struct ClientState {
    /// The credential sent to operations that require authentication.
    pub credentials: Option<Secret>,
    /// When and how often to retry.
    pub retry: RetryPolicy,
    /// Headers sent with every request (user agent, an API version header).
    pub headers: HeaderMap,
    /// The whole-request timeout applied to every request (also with a caller's `reqwest::Client`).
    pub timeout: Option<std::time::Duration>,
    /// How far a paginated stream may go.
    pub pages: crate::paginate::Bounds,
    /// The most bytes of a response body read; `None` is
    /// [`DEFAULT_MAX_RESPONSE_BYTES`](crate::DEFAULT_MAX_RESPONSE_BYTES).
    pub max_response_bytes: Option<usize>,
    /// The rate limits the client keeps to, shared by its clones; `None` paces nothing.
    pub pacer: Option<std::sync::Arc<crate::pace::Pacer>>,
}

/// Waits until a call of `operation` (progenitor's name, with its own `limits`) may be sent under
/// the client's rate limits, within the call's timeout; `Err(wait)` at once, with nothing sent,
/// when the wait would outlast it. The wait is then taken off the request's own timeout.
pub async fn pace(
    state: &ClientState,
    operation: &'static str,
    limits: &'static [crate::pace::RateLimit],
    options: &crate::RequestOptions,
) -> Result<(), std::time::Duration> {
    let Some(pacer) = &state.pacer else { return Ok(()) };
    let waited = pacer.acquire(operation, limits, options.timeout.or(state.timeout)).await?;
    crate::call::record_waited(waited);
    Ok(())
}

/// Prepares `request` for operation `operation`: removes progenitor's automatic `api-version`
/// header (a spec that wants such a header names it in `x-version-header`, which is among the
/// fixed headers), adds the fixed headers and the timeout, and adds the credential when `auth` says
/// the operation needs one. The credential's header value is marked sensitive, so `Debug` output of
/// the request never shows it.
pub fn prepare(state: &ClientState, request: &mut reqwest::Request, operation: &str, auth: Option<AuthScheme>) -> Result<(), String> {
    if let Some(timeout) = state.timeout {
        *request.timeout_mut() = Some(timeout);
    }
    let headers = request.headers_mut();
    headers.remove("api-version");
    for (name, value) in &state.headers {
        headers.insert(name.clone(), value.clone());
    }
    let Some(scheme) = auth else {
        // Operations with `security: []` must not carry a credential, even a caller's default one.
        headers.remove(AUTHORIZATION);
        return Ok(());
    };
    let credential =
        state.credentials.as_ref().ok_or_else(|| format!("`{operation}` needs credentials, and the client was built without them"))?;
    // No error of this call may show it, even one whose body echoes it.
    crate::call::add_secret(credential.expose());
    let (name, text) = match scheme {
        AuthScheme::Bearer => (AUTHORIZATION, format!("Bearer {}", credential.expose())),
        AuthScheme::Header(name) => (HeaderName::from_static(name), credential.expose().to_owned()),
        AuthScheme::Basic => {
            use base64::Engine as _;
            (AUTHORIZATION, format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(credential.expose())))
        }
    };
    let mut value = HeaderValue::from_str(&text).map_err(|_| "the credential contains characters a header cannot carry".to_owned())?;
    value.set_sensitive(true);
    headers.insert(name, value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> reqwest::Request {
        let mut request = reqwest::Request::new(reqwest::Method::GET, "http://127.0.0.1/x".parse().unwrap());
        request.headers_mut().insert("api-version", HeaderValue::from_static("1"));
        request
    }

    fn state() -> ClientState {
        let mut headers = HeaderMap::new();
        headers.insert("polar-version", HeaderValue::from_static("2025-01-01"));
        ClientState {
            credentials: Some(Secret::new("tok_123")),
            retry: RetryPolicy::default(),
            headers,
            timeout: None,
            pages: Default::default(),
            max_response_bytes: None,
            pacer: None,
        }
    }

    #[test]
    fn bearer_auth_is_added_sensitive_and_api_version_removed() {
        let mut r = request();
        prepare(&state(), &mut r, "op", Some(AuthScheme::Bearer)).unwrap();
        assert_eq!(r.headers()["authorization"], "Bearer tok_123");
        assert!(r.headers()["authorization"].is_sensitive());
        assert!(!r.headers().contains_key("api-version"));
        assert_eq!(r.headers()["polar-version"], "2025-01-01");
        assert!(!format!("{:?}", r.headers()).contains("tok_123"), "the token shows in Debug output");
    }

    #[test]
    fn header_auth_sends_the_raw_key_and_public_operations_send_none() {
        let mut r = request();
        prepare(&state(), &mut r, "op", Some(AuthScheme::Header("authorization"))).unwrap();
        assert_eq!(r.headers()["authorization"], "tok_123");
        let mut r = request();
        r.headers_mut().insert(AUTHORIZATION, HeaderValue::from_static("Bearer leaked"));
        prepare(&state(), &mut r, "op", None).unwrap();
        assert!(!r.headers().contains_key(AUTHORIZATION));
    }

    #[test]
    fn basic_auth_sends_the_encoded_user_and_password() {
        let mut state = state();
        state.credentials = Some(Secret::new("ada:s3cret"));
        let mut r = request();
        prepare(&state, &mut r, "op", Some(AuthScheme::Basic)).unwrap();
        assert_eq!(r.headers()["authorization"], "Basic YWRhOnMzY3JldA==");
        assert!(r.headers()["authorization"].is_sensitive());
    }

    #[test]
    fn a_missing_credential_is_an_error_naming_the_operation() {
        let state = ClientState::default();
        let err = prepare(&state, &mut request(), "checkouts:get", Some(AuthScheme::Bearer)).unwrap_err();
        assert_eq!(err, "`checkouts:get` needs credentials, and the client was built without them");
    }
}
