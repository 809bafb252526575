//! The fault matrix: both clients against servers that misbehave — resets before and during the
//! body, truncated or invalid JSON, HTML error pages, wrong content types, huge bodies, redirects to
//! another host, trickling responses. Each has its documented typed outcome (see RELIABILITY.md),
//! nothing panics, retries stay within the policy, and a create is never sent twice.

use std::time::Duration;

use checkout_sdk_tests::{Fault, FaultServer, Mock, Reply, fixture, raw_response};
use flowglad_checkout_sessions as flowglad;
use polar_checkouts as polar;
use polar_checkouts::{RetryPolicy, runtime};

fn policy() -> RetryPolicy {
    RetryPolicy { max_attempts: 3, base_delay: Duration::from_millis(10), max_delay: Duration::from_secs(2) }
}

fn polar_client(url: &str) -> polar::Client {
    polar::Client::builder().base_url(url).credentials("polar_oat_TOKEN").retry(policy()).timeout(Duration::from_secs(2)).build().unwrap()
}

fn flowglad_client(url: &str) -> flowglad::Client {
    flowglad::Client::builder().base_url(url).credentials("sk_test_KEY").retry(policy()).timeout(Duration::from_secs(2)).build().unwrap()
}

fn id() -> uuid::Uuid {
    "b2c4a1f0-6d2e-4c7a-9f4b-1e0d3c5a7b91".parse().unwrap()
}

fn kind<E>(error: &runtime::Error<E>) -> Option<runtime::TransportKind> {
    match error {
        runtime::Error::Transport { kind, .. } => Some(*kind),
        _ => None,
    }
}

#[tokio::test]
async fn a_reset_before_the_response_is_retried_for_reads_and_never_for_creates() {
    let server = FaultServer::start(vec![Fault::ResetBeforeResponse]).await;
    let error = polar_client(&server.url).checkouts_get().id(id()).send().await.unwrap_err();
    assert_eq!((kind(&error), server.hits()), (Some(runtime::TransportKind::Other), 3), "{error:?}");

    let server = FaultServer::start(vec![
        Fault::ResetBeforeResponse,
        Fault::Raw(raw_response("200 OK", "application/json", &fixture("polar/checkout.json").to_string())),
    ])
    .await;
    polar_client(&server.url).checkouts_get().id(id()).send().await.unwrap();
    assert_eq!(server.hits(), 2);

    for create in [true, false] {
        let server = FaultServer::start(vec![Fault::ResetBeforeResponse]).await;
        let error = if create {
            polar_client(&server.url)
                .checkouts_create()
                .body_map(|b| b.products(vec![id()]))
                .send()
                .await
                .map(drop)
                .unwrap_err()
                .to_string()
        } else {
            let input: flowglad::types::CreateCheckoutSessionInput = serde_json::from_value(serde_json::json!({"checkoutSession": {"type": "activate_subscription", "customerExternalId": "u", "targetSubscriptionId": "s", "successUrl": "a", "cancelUrl": "b"}})).unwrap();
            flowglad_client(&server.url).checkout_sessions_create().body(input).send().await.map(drop).unwrap_err().to_string()
        };
        assert!(error.contains("connection failed"), "{error}");
        assert_eq!(server.hits(), 1, "a create that reached the server was sent again");
    }
}

#[tokio::test]
async fn a_reset_in_the_middle_of_the_body_is_a_transport_error() {
    let server = FaultServer::start(vec![Fault::ResetMidBody { declared: 5000, sent: 100 }]).await;
    let error = polar_client(&server.url).checkouts_get().id(id()).send().await.unwrap_err();
    assert_eq!(kind(&error), Some(runtime::TransportKind::Other), "{error:?}");
    let server = FaultServer::start(vec![Fault::ResetMidBody { declared: 5000, sent: 100 }]).await;
    let error = flowglad_client(&server.url).checkout_sessions_list().send().await.unwrap_err();
    assert_eq!(kind(&error), Some(runtime::TransportKind::Other), "{error:?}");
}

#[tokio::test]
async fn truncated_and_invalid_json_are_decode_errors() {
    let full = fixture("polar/checkout.json").to_string();
    for body in [&full[..full.len() / 2], "{not json", ""] {
        let server = FaultServer::start(vec![Fault::Raw(raw_response("200 OK", "application/json", body))]).await;
        let error = polar_client(&server.url).checkouts_get().id(id()).send().await.unwrap_err();
        assert!(matches!(error, runtime::Error::Decode { .. }), "{body:?}: {error:?}");
        assert_eq!(server.hits(), 1, "a decode error is not retried");
    }
    let server = FaultServer::start(vec![Fault::Raw(raw_response("200 OK", "application/json", "[1, 2, 3]"))]).await;
    let error = flowglad_client(&server.url).checkout_sessions_get().id("x").send().await.unwrap_err();
    assert!(matches!(error, runtime::Error::Decode { .. }), "{error:?}");
}

#[tokio::test]
async fn a_502_html_page_is_retried_for_reads_and_kept_whole() {
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let server = FaultServer::start(vec![Fault::Raw(raw_response("502 Bad Gateway", "text/html", html))]).await;
    let error = polar_client(&server.url).checkouts_get().id(id()).send().await.unwrap_err();
    assert_eq!(server.hits(), 3, "retries stay within max_attempts");
    match error.api_error() {
        Some(polar::errors::CheckoutsGetError::Unexpected { status, body, .. }) => {
            assert_eq!((status.as_u16(), &body[..]), (502, html.as_bytes()))
        }
        other => panic!("{other:?}"),
    }
    assert!(error.is_retryable());

    let server = FaultServer::start(vec![Fault::Raw(raw_response("502 Bad Gateway", "text/html", html))]).await;
    let error = polar_client(&server.url).checkouts_create().body_map(|b| b.products(vec![id()])).send().await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), server.hits()), (Some(502), 1));

    let server = FaultServer::start(vec![Fault::Raw(raw_response("502 Bad Gateway", "text/html", html))]).await;
    let error = flowglad_client(&server.url).checkout_sessions_get().id("x").send().await.unwrap_err();
    assert!(matches!(error.api_error(), Some(flowglad::errors::CheckoutSessionsGetError::Unexpected { .. })), "{error:?}");
    assert_eq!(server.hits(), 3);
}

/// The content type is not trusted either way: a JSON body under a wrong content type decodes; an
/// HTML page under `application/json` is a decode error.
#[tokio::test]
async fn a_wrong_content_type_does_not_change_the_outcome() {
    let json = fixture("polar/checkout.json").to_string();
    let server = FaultServer::start(vec![Fault::Raw(raw_response("200 OK", "text/html", &json))]).await;
    assert_eq!(polar_client(&server.url).checkouts_get().id(id()).send().await.unwrap().id, id());
    let server = FaultServer::start(vec![Fault::Raw(raw_response("200 OK", "application/json", "<html>maintenance</html>"))]).await;
    assert!(matches!(polar_client(&server.url).checkouts_get().id(id()).send().await.unwrap_err(), runtime::Error::Decode { .. }));
}

#[tokio::test]
async fn a_very_large_body_decodes() {
    let mut checkout = fixture("polar/checkout.json");
    checkout["customer_name"] = "x".repeat(16 * 1024 * 1024).into();
    let mock = Mock::start().await;
    mock.respond(200, checkout);
    let decoded = polar_client(&mock.url).checkouts_get().id(id()).send().await.unwrap();
    assert_eq!(decoded.customer_name.map(|n| n.len()), Some(16 * 1024 * 1024));
}

/// Credentials never follow a redirect to another host.
#[tokio::test]
async fn credentials_do_not_follow_a_redirect_to_another_host() {
    let elsewhere = Mock::start().await;
    elsewhere.respond(200, fixture("polar/checkout.json"));
    let port = elsewhere.url.rsplit(':').next().unwrap().to_owned();
    let origin = Mock::start().await;
    origin.reply(Reply::json(307, serde_json::json!({})).header("location", &format!("http://localhost:{port}/v1/checkouts/{}", id())));
    polar_client(&origin.url).checkouts_get().id(id()).send().await.unwrap();
    assert_eq!(origin.single().header("authorization"), Some("Bearer polar_oat_TOKEN"));
    assert_eq!(elsewhere.single().header("authorization"), None, "the token followed the redirect");

    let elsewhere = Mock::start().await;
    elsewhere.respond(200, fixture("flowglad/session_product.json"));
    let port = elsewhere.url.rsplit(':').next().unwrap().to_owned();
    let origin = Mock::start().await;
    origin
        .reply(Reply::json(302, serde_json::json!({})).header("location", &format!("http://localhost:{port}/api/v1/checkout-sessions/x")));
    flowglad_client(&origin.url).checkout_sessions_get().id("x").send().await.unwrap();
    assert_eq!(elsewhere.single().header("authorization"), None, "the key followed the redirect");
}

#[tokio::test]
async fn a_response_that_trickles_slowly_times_out() {
    let server = FaultServer::start(vec![Fault::Trickle(Duration::from_millis(300))]).await;
    let client = polar::Client::builder()
        .base_url(&server.url)
        .credentials("t")
        .retry(RetryPolicy::none())
        .timeout(Duration::from_millis(700))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let error = client.checkouts_get().id(id()).send().await.unwrap_err();
    assert!(matches!(kind(&error), Some(runtime::TransportKind::Timeout | runtime::TransportKind::Other)), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(3), "the timeout did not bound a trickling body");
}

#[tokio::test]
async fn flowglad_retries_a_500_then_succeeds_and_honours_retry_after() {
    let mock = Mock::start().await;
    mock.respond(500, serde_json::json!({"error": "Internal server error"}))
        .reply(Reply::json(429, serde_json::json!({"error": "slow down"})).header("retry-after", "1"))
        .respond(200, fixture("flowglad/session_product.json"));
    let started = std::time::Instant::now();
    flowglad_client(&mock.url).checkout_sessions_get().id("x").send().await.unwrap();
    assert_eq!(mock.requests().len(), 3);
    assert!(started.elapsed() >= Duration::from_millis(950));
}

/// Hostile path parameters: each value arrives as exactly one segment of the documented template
/// (every reserved byte encoded), and an empty, `.` or `..` value is refused before anything is
/// sent, for every string path parameter of both clients.
#[tokio::test]
async fn a_path_parameter_is_exactly_one_segment_or_refused() {
    let hostile = [
        ("..\\..\\..\\admin", "%2E%2E%5C%2E%2E%5C%2E%2E%5Cadmin"),
        ("../admin", "%2E%2E%2Fadmin"),
        ("a/b", "a%2Fb"),
        ("a?b#c", "a%3Fb%23c"),
        ("%2e%2e", "%252e%252e"),
        ("...", "%2E%2E%2E"),
        ("sp ace", "sp%20ace"),
    ];
    for (value, encoded) in hostile {
        let mock = Mock::start().await;
        mock.respond(200, fixture("flowglad/session_product.json"));
        flowglad_client(&mock.url).checkout_sessions_get().id(value).send().await.unwrap();
        assert_eq!(mock.single().path, format!("/api/v1/checkout-sessions/{encoded}"), "{value}");

        let mock = Mock::start().await;
        mock.respond(200, fixture("polar/checkout_public.json"));
        let client = polar_client(&mock.url);
        client.checkouts_client_get().client_secret(value).send().await.unwrap();
        client.checkouts_client_update().client_secret(value).body_map(|b| b).send().await.unwrap();
        mock.respond(200, fixture("polar/checkout_public_confirmed.json"));
        client.checkouts_client_confirm().client_secret(value).body_map(|b| b).send().await.unwrap();
        let paths: Vec<String> = mock.requests().into_iter().map(|r| r.path).collect();
        let expected = format!("/v1/checkouts/client/{encoded}");
        assert_eq!(paths, [expected.clone(), expected.clone(), format!("{expected}/confirm")], "{value}");
    }
    for value in ["", ".", ".."] {
        let mock = Mock::start().await;
        let err = flowglad_client(&mock.url).checkout_sessions_get().id(value).send().await.unwrap_err();
        assert!(matches!(err, runtime::Error::InvalidRequest { .. }), "{value:?}: {err:?}");
        let client = polar_client(&mock.url);
        let errors = [
            client.checkouts_client_get().client_secret(value).send().await.map(|_| ()).unwrap_err().to_string(),
            client.checkouts_client_update().client_secret(value).body_map(|b| b).send().await.map(|_| ()).unwrap_err().to_string(),
            client.checkouts_client_confirm().client_secret(value).body_map(|b| b).send().await.map(|_| ()).unwrap_err().to_string(),
        ];
        for err in errors {
            assert!(err.contains("invalid request: a path parameter"), "{value:?}: {err}");
        }
        assert_eq!(mock.requests().len(), 0, "{value:?}: a refused request was sent");
    }
}

/// A documented `200` answered with `201` (or any 2xx) whose body decodes is a success, and a
/// documented `201` answered with `200` too: a service must not think a checkout it created failed.
#[tokio::test]
async fn any_2xx_with_the_success_body_is_a_success() {
    for status in [200, 201, 202] {
        let mock = Mock::start().await;
        mock.respond(status, fixture("polar/checkout.json"));
        let client = polar_client(&mock.url);
        let got = client.checkouts_get().id(id()).send_with_response().await.unwrap();
        assert_eq!(got.status().as_u16(), status);
        let created = client.checkouts_create().body_map(|b| b.products(vec![id()])).send_with_response().await.unwrap();
        assert_eq!(created.status().as_u16(), status);
        let mock = Mock::start().await;
        mock.respond(status, fixture("flowglad/session_product.json"));
        assert_eq!(
            flowglad_client(&mock.url).checkout_sessions_get().id("chckt_1").send_with_response().await.unwrap().status().as_u16(),
            status
        );
    }
}

/// Response bodies are capped while they are read: a declared size over the cap fails before the
/// body is read, and a body that never ends fails once the cap is crossed, for a success and an
/// error status alike; memory stays near the cap.
#[tokio::test]
async fn a_body_over_the_cap_or_never_ending_is_response_too_large() {
    let capped = |url: &str| {
        polar::Client::builder()
            .base_url(url)
            .credentials("polar_oat_TOKEN")
            .retry(RetryPolicy::none())
            .max_response_bytes(1024 * 1024)
            .build()
            .unwrap()
    };
    let mut checkout = fixture("polar/checkout.json");
    checkout["customer_name"] = "x".repeat(2 * 1024 * 1024).into();
    let mock = Mock::start().await;
    mock.respond(200, checkout);
    let error = capped(&mock.url).checkouts_get().id(id()).send().await.unwrap_err();
    assert!(matches!(error, runtime::Error::ResponseTooLarge { limit: 1_048_576, .. }), "{error:?}");
    assert_eq!(error.to_string(), "checkouts:get: the response body is larger than the 1048576 bytes this client reads");

    for status in [200, 500] {
        let server = FaultServer::start(vec![Fault::Endless(status)]).await;
        let started = std::time::Instant::now();
        let error = capped(&server.url).checkouts_get().id(id()).send().await.unwrap_err();
        assert!(matches!(error, runtime::Error::ResponseTooLarge { .. }), "{status}: {error:?}");
        assert!(!error.is_retryable());
        assert!(started.elapsed() < Duration::from_secs(10), "{status}: took {:?}", started.elapsed());
    }
    // Within the cap, a flowglad page decodes as usual.
    let mock = Mock::start().await;
    mock.respond(200, fixture("flowglad/list_first_page.json"));
    flowglad_client(&mock.url).checkout_sessions_list().send().await.unwrap();
}
