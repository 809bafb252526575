//! What the vendors' servers send today, over loopback: error bodies shaped as the server source
//! writes them decode into their typed variants and re-encode to exactly what was received (an
//! empty array included); a write that may have reached the server is never called retryable;
//! and no error text shows a credential or client secret, even one the server echoes.

use std::time::Duration;

use checkout_sdk_tests::{Mock, Reply, first_difference, fixture};
use flowglad_checkout_sessions as flowglad;
use polar_checkouts as polar;
use polar_checkouts::errors::{CheckoutsClientGetError, CheckoutsCreateError, CheckoutsGetError};
use polar_checkouts::types::{AuthenticationError, CheckoutForbiddenError, ValidationErrorKind};
use polar_checkouts::{RetryPolicy, runtime};

const TOKEN: &str = "polar_oat_7dH2kq9ZrT4mWx1bVc8nLp3sYf6gJa0e";
const CLIENT_SECRET: &str = "polar_c_Qm4TzR8wXk2Lp9Vb7Nd1Hs6Jf3Gy5Ca0Ue";

fn id() -> uuid::Uuid {
    "0b2c2d7e-1c4f-4c3a-9f0e-5b8a6c1d2e3f".parse().unwrap()
}

fn polar_client(url: &str, retry: RetryPolicy) -> polar::Client {
    polar::Client::builder().base_url(url).credentials(TOKEN).retry(retry).build().unwrap()
}

fn quick() -> RetryPolicy {
    RetryPolicy { max_attempts: 3, base_delay: Duration::from_millis(10), max_delay: Duration::from_secs(1) }
}

/// The JSON a decoded value encodes to, compared with what the server sent.
fn assert_re_encodes<T: serde::Serialize>(value: &T, sent: &serde_json::Value) {
    assert_eq!(first_difference(sent, &serde_json::to_value(value).unwrap()), None, "{sent}");
}

/// `server/polar/exception_handlers.py`: a 422 is `{"error": <the exception class>, "detail":
/// exc.errors()}`, for the request's shape (`RequestValidationError`) or for a business rule
/// (`PolarRequestValidationError`); the `error` tells the two apart.
#[tokio::test]
async fn polars_422_says_which_check_refused_the_request() {
    let shape = serde_json::json!({"error": "RequestValidationError", "detail": [
        {"type": "missing", "loc": ["body", "products"], "msg": "Field required", "input": {}},
    ]});
    let rule = serde_json::json!({"error": "PolarRequestValidationError", "detail": [
        {"type": "value_error", "loc": ["body", "discount_id"], "msg": "Discount does not exist.", "input": "d1", "ctx": {}},
    ]});
    for (body, kind) in [(shape, ValidationErrorKind::RequestValidationError), (rule, ValidationErrorKind::PolarRequestValidationError)] {
        let mock = Mock::start().await;
        mock.respond(422, body.clone());
        let error = polar_client(&mock.url, quick()).checkouts_create().body_map(|b| b.products(vec![id()])).send().await.unwrap_err();
        let Some(CheckoutsCreateError::UnprocessableEntity(decoded)) = error.api_error() else { panic!("{error:?}") };
        assert_eq!(decoded.error, Some(kind));
        assert_re_encodes(decoded, &body);
    }
}

/// Every merchant operation can answer 401: `Unauthorized` (`exceptions.py`, no token) or the
/// RFC 6750 `invalid_token` (`oauth2/exceptions.py`, a bad one), both with `WWW-Authenticate`; a
/// token without the scope gets the 403 `insufficient_scope`.
#[tokio::test]
async fn polars_401_and_403_bodies_decode_by_their_error() {
    let missing = serde_json::json!({"error": "Unauthorized", "detail": "Unauthorized"});
    let invalid = serde_json::json!({"error": "invalid_token", "error_description": "The access token provided is expired, revoked, malformed, or invalid for other reasons."});
    for body in [missing, invalid] {
        let mock = Mock::start().await;
        mock.reply(Reply::json(401, body.clone()).header("www-authenticate", r#"Bearer realm="polar", error="invalid_token""#));
        let error = polar_client(&mock.url, quick()).checkouts_get().id(id()).send().await.unwrap_err();
        let Some(CheckoutsGetError::Unauthorized(decoded)) = error.api_error() else { panic!("{error:?}") };
        match (decoded, body["error"].as_str()) {
            (AuthenticationError::Unauthorized(u), Some("Unauthorized")) => assert_eq!(u.detail, "Unauthorized"),
            (AuthenticationError::InvalidToken(t), Some("invalid_token")) => {
                assert!(t.error_description.as_deref().unwrap().contains("expired"))
            }
            other => panic!("{other:?}"),
        }
        assert_re_encodes(decoded, &body);
        let runtime::Error::Api { meta, .. } = &error else { panic!("{error:?}") };
        assert!(meta.headers["www-authenticate"].to_str().unwrap().starts_with("Bearer realm="));
        assert!(!error.is_retryable());
    }
    let scope = serde_json::json!({"error": "insufficient_scope", "error_description": "The request requires higher privileges than provided by the access token."});
    let mock = Mock::start().await;
    mock.respond(403, scope.clone());
    let error = polar_client(&mock.url, quick()).checkouts_get().id(id()).send().await.unwrap_err();
    let Some(CheckoutsGetError::Forbidden(decoded @ CheckoutForbiddenError::InsufficientScope(_))) = error.api_error() else {
        panic!("{error:?}")
    };
    assert_re_encodes(decoded, &scope);
}

/// `server/polar/rate_limit.py` (asgi-ratelimit's `default_429`): an empty 429 with `Retry-After`
/// in seconds. A read waits and tries again; a create is not sent twice, and its error says when.
#[tokio::test]
async fn polars_429_is_typed_with_its_retry_after() {
    let limited = || {
        Reply { content_type: String::new(), body: String::new(), ..Reply::json(429, serde_json::Value::Null) }.header("retry-after", "1")
    };
    let mock = Mock::start().await;
    mock.reply(limited());
    let error =
        polar_client(&mock.url, RetryPolicy::none()).checkouts_create().body_map(|b| b.products(vec![id()])).send().await.unwrap_err();
    assert!(matches!(error.api_error(), Some(CheckoutsCreateError::TooManyRequests)), "{error:?}");
    assert_eq!(error.retry_after(), Some(Duration::from_secs(1)));
    assert_eq!(error.to_string(), "checkouts:create: 429 TooManyRequests");
    assert!(!error.is_retryable(), "a create is never called retryable once it may have arrived");

    let mock = Mock::start().await;
    mock.reply(limited());
    mock.respond(200, fixture("polar/checkout_public.json"));
    let public = polar_client(&mock.url, quick()).checkouts_client_get().client_secret(CLIENT_SECRET).send_with_response().await.unwrap();
    assert_eq!(mock.requests().len(), 2, "the read waited `Retry-After` and was sent again");
    assert_eq!(public.status().as_u16(), 200);
}

/// An empty array or map the server sent is kept: absent and `[]` decode apart and each
/// re-encodes as it came (Polar's `organization.socials`, validation `ctx`, Flowglad's `issues`).
#[tokio::test]
async fn an_empty_array_is_not_an_absent_key() {
    let mut public = fixture("polar/checkout_public.json");
    public["organization"]["socials"] = serde_json::json!([]);
    public["organization"]["feature_settings"] = serde_json::json!({});
    let mock = Mock::start().await;
    mock.respond(200, public.clone());
    let decoded = polar_client(&mock.url, quick()).checkouts_client_get().client_secret(CLIENT_SECRET).send().await.unwrap();
    assert_eq!(decoded.organization.socials, Some(Vec::new()));
    assert_re_encodes(&decoded, &public);
    public["organization"].as_object_mut().unwrap().remove("socials");
    let decoded: polar::types::CheckoutPublic = serde_json::from_value(public.clone()).unwrap();
    assert_eq!(decoded.organization.socials, None);
    assert_re_encodes(&decoded, &public);

    // Flowglad's published error shape with no issues.
    let body = serde_json::json!({"message": "Not found", "code": "NOT_FOUND", "issues": []});
    let mock = Mock::start().await;
    mock.respond(404, body.clone());
    let client = flowglad::Client::builder().base_url(&mock.url).credentials("sk_test_1").build().unwrap();
    let error = client.checkout_sessions_get().id("cs_1").send().await.unwrap_err();
    let Some(flowglad::errors::CheckoutSessionsGetError::NotFound(decoded)) = error.api_error() else { panic!("{error:?}") };
    assert_eq!(decoded.issues, Some(Vec::new()));
    assert_re_encodes(decoded, &body);
}

/// The server refuses `allow_trial: true` on the public bodies, so a request cannot say it: the
/// field holds `runtime::False` (or `null`), and the wire carries exactly `false`.
#[tokio::test]
async fn only_false_can_be_sent_for_allow_trial() {
    let mock = Mock::start().await;
    mock.respond(200, fixture("polar/checkout_public.json"));
    polar_client(&mock.url, quick())
        .checkouts_client_update()
        .client_secret(CLIENT_SECRET)
        .body_map(|b| b.allow_trial(Some(runtime::False)))
        .send()
        .await
        .unwrap();
    let sent: serde_json::Value = serde_json::from_slice(&mock.single().body).unwrap();
    assert_eq!(sent, serde_json::json!({"allow_trial": false}));
    assert!(serde_json::from_value::<polar::types::CheckoutUpdatePublic>(serde_json::json!({"allow_trial": true})).is_err());
}

/// `is_retryable` answers for the request it is asked about, as the client's own retries do: a
/// create that got a 503, timed out or lost its connection may have created the checkout.
#[tokio::test]
async fn a_write_that_may_have_arrived_is_never_retryable() {
    let down = || Reply::json(503, serde_json::json!({"detail": "unavailable"}));
    let mock = Mock::start().await;
    mock.reply(down());
    let error = polar_client(&mock.url, quick()).checkouts_create().body_map(|b| b.products(vec![id()])).send().await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), mock.requests().len()), (Some(503), 1));
    assert!(!error.is_retryable(), "a 503 create is not retryable: {error:?}");
    // The same status on a read is retried, and still retryable after the client gave up.
    let mock = Mock::start().await;
    mock.reply(down());
    let error = polar_client(&mock.url, quick()).checkouts_get().id(id()).send().await.unwrap_err();
    assert_eq!(mock.requests().len(), 3);
    assert!(error.is_retryable());
    // A create that timed out.
    let mock = Mock::start().await;
    mock.reply(Reply::json(201, fixture("polar/checkout.json")).after(Duration::from_secs(2)));
    let client =
        polar::Client::builder().base_url(&mock.url).credentials(TOKEN).timeout(Duration::from_millis(200)).retry(quick()).build().unwrap();
    let error = client.checkouts_create().body_map(|b| b.products(vec![id()])).send().await.unwrap_err();
    assert!(matches!(error, runtime::Error::Transport { kind: runtime::TransportKind::Timeout, .. }), "{error:?}");
    assert!(!error.is_retryable());
    // A create that could not connect never reached the server: it is retryable.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let error = polar_client(&format!("http://{closed}"), RetryPolicy::none())
        .checkouts_create()
        .body_map(|b| b.products(vec![id()]))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, runtime::Error::Transport { kind: runtime::TransportKind::Connect, .. }), "{error:?}");
    assert!(error.is_retryable());
}

/// A server that echoes the request's token or client secret in an error body (a typed one, a
/// raw one, a success body that does not decode) puts neither into any error's `Display` or
/// `Debug`.
#[tokio::test]
async fn no_error_text_contains_a_credential_the_server_echoes() {
    let assert_clean = |error: &dyn std::fmt::Debug, display: String| {
        let text = format!("{display} {error:?}");
        assert!(!text.contains(TOKEN) && !text.contains(CLIENT_SECRET), "{text}");
        assert!(text.contains("<redacted>"), "{text}");
    };
    let echo = format!("the token {TOKEN} is revoked");
    let replies = [
        Reply::json(401, serde_json::json!({"error": "invalid_token", "error_description": echo})),
        Reply::json(422, serde_json::json!({"detail": [{"type": "x", "loc": ["header"], "msg": echo, "input": TOKEN}]})),
        Reply {
            content_type: "text/plain".into(),
            body: format!("Authorization: Bearer {TOKEN}"),
            ..Reply::json(500, serde_json::Value::Null)
        },
        Reply::json(200, serde_json::json!({"id": TOKEN})),
    ];
    for reply in replies {
        let mock = Mock::start().await;
        mock.reply(reply);
        let error = polar_client(&mock.url, RetryPolicy::none()).checkouts_get().id(id()).send().await.unwrap_err();
        assert_clean(&error, error.to_string());
        if let Some(api) = error.api_error() {
            assert_clean(api, api.to_string());
        }
    }
    // A client secret sent in the path, echoed in a 404 and a 403.
    for (status, body) in [
        (404, serde_json::json!({"error": "ResourceNotFound", "detail": format!("no checkout {CLIENT_SECRET}")})),
        (403, serde_json::json!({"error": "SomethingNew", "detail": format!("{CLIENT_SECRET} is locked")})),
    ] {
        let mock = Mock::start().await;
        mock.respond(status, body);
        let error =
            polar_client(&mock.url, RetryPolicy::none()).checkouts_client_get().client_secret(CLIENT_SECRET).send().await.unwrap_err();
        assert!(
            matches!(error.api_error(), Some(CheckoutsClientGetError::NotFound(_) | CheckoutsClientGetError::Forbidden(_))),
            "{error:?}"
        );
        assert_clean(&error, error.to_string());
    }
}

/// A base URL with a trailing `/` sends the documented paths (not `//v1/…`); one that already
/// ends with `/v1` (or `/v1/checkouts`), which every path starts with, is refused at `build()`
/// with the fix, instead of sending `/v1/v1/…`.
#[tokio::test]
async fn a_base_url_cannot_double_the_path() {
    let mock = Mock::start().await;
    mock.respond(200, fixture("polar/checkout.json"));
    let client = polar::Client::builder().base_url(format!("{}/", mock.url)).credentials(TOKEN).build().unwrap();
    client.checkouts_get().id(id()).send().await.unwrap();
    assert_eq!(mock.single().path, format!("/v1/checkouts/{}", id()));
    for doubled in ["https://api.polar.sh/v1", "https://api.polar.sh/v1/", "https://api.polar.sh/v1/checkouts"] {
        let error = polar::Client::builder().base_url(doubled).build().expect_err("refused");
        assert!(error.to_string().ends_with("use `https://api.polar.sh`"), "{doubled}: {error}");
    }
    let flowglad = flowglad::Client::builder().base_url("https://app.flowglad.com/api/v1").build().expect_err("refused");
    assert!(matches!(flowglad, runtime::BuildError::BaseUrlHasPathPrefix { prefix: "/api/v1", .. }), "{flowglad:?}");
}
