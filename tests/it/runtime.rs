//! The production behaviour of both generated clients against loopback servers: credentials
//! where each operation's `security` says, version and user-agent headers, retries and their
//! limits, requests that must never be sent twice, timeouts, typed error details, pagination,
//! forward compatibility, and secrets that never print.

use std::time::{Duration, Instant};

use checkout_sdk_tests::{Mock, Reply, fixture};
use flowglad_checkout_sessions as flowglad;
use futures::TryStreamExt;
use polar_checkouts as polar;
use polar_checkouts::{RetryPolicy, runtime};

const TOKEN: &str = "polar_oat_SUPERSECRETTOKEN";
const KEY: &str = "sk_test_SUPERSECRETKEY";
const CLIENT_SECRET: &str = "polar_c_Xr4Fq0NwZb8KqT3yVd1sLm6PjH2eGa9u";

fn quick(max_attempts: u32) -> RetryPolicy {
    RetryPolicy { max_attempts, base_delay: Duration::from_millis(20), max_delay: Duration::from_secs(5) }
}

fn polar_client(url: &str, retry: RetryPolicy) -> polar::Client {
    polar::Client::builder().base_url(url).credentials(TOKEN).retry(retry).build().unwrap()
}

fn flowglad_client(url: &str) -> flowglad::Client {
    flowglad::Client::builder().base_url(url).credentials(KEY).retry(RetryPolicy::none()).build().unwrap()
}

fn id() -> uuid::Uuid {
    "b2c4a1f0-6d2e-4c7a-9f4b-1e0d3c5a7b91".parse().unwrap()
}

#[tokio::test]
async fn credentials_go_where_each_operations_security_says() {
    let mock = Mock::serving(200, "polar/checkout.json").await;
    let client = polar_client(&mock.url, RetryPolicy::none());
    client.checkouts_get().id(id()).send().await.unwrap();
    let request = mock.single();
    assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));

    // `security: []`: no credential, even though the client has one.
    let mock = Mock::serving(200, "polar/checkout_public.json").await;
    polar_client(&mock.url, RetryPolicy::none()).checkouts_client_get().client_secret(CLIENT_SECRET).send().await.unwrap();
    assert_eq!(mock.single().header("authorization"), None);

    // Flowglad: the key is the whole header value.
    let mock = Mock::serving(200, "flowglad/session_product.json").await;
    flowglad_client(&mock.url).checkout_sessions_get().id("x").send().await.unwrap();
    assert_eq!(mock.single().header("authorization"), Some(KEY));

    // Without credentials, an operation that needs them fails before sending; a public one works.
    let mock = Mock::serving(200, "polar/checkout_public.json").await;
    let anonymous = polar::Client::builder().base_url(&mock.url).build().unwrap();
    match anonymous.checkouts_get().id(id()).send().await {
        Err(runtime::Error::InvalidRequest { operation, message }) => {
            assert_eq!(operation, "checkouts:get");
            assert!(message.contains("needs credentials"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert!(mock.requests().is_empty());
    anonymous.checkouts_client_get().client_secret(CLIENT_SECRET).send().await.unwrap();
}

#[tokio::test]
async fn polar_sends_its_version_and_no_client_sends_api_version() {
    let mock = Mock::serving(200, "polar/checkout.json").await;
    polar_client(&mock.url, RetryPolicy::none()).checkouts_get().id(id()).send().await.unwrap();
    let request = mock.single();
    assert_eq!(request.header("polar-version"), Some("2026-10"));
    assert_eq!(request.header("user-agent"), Some("polar-checkouts/0.1.0"));
    assert_eq!(request.header("api-version"), None);

    let mock = Mock::serving(200, "polar/checkout.json").await;
    let client = polar::Client::builder()
        .base_url(&mock.url)
        .credentials(TOKEN)
        .api_version("2026-07")
        .unwrap()
        .user_agent("shop/2")
        .unwrap()
        .build()
        .unwrap();
    client.checkouts_get().id(id()).send().await.unwrap();
    let request = mock.single();
    assert_eq!((request.header("polar-version"), request.header("user-agent")), (Some("2026-07"), Some("shop/2")));

    let mock = Mock::serving(200, "flowglad/session_product.json").await;
    flowglad_client(&mock.url).checkout_sessions_get().id("x").send().await.unwrap();
    let request = mock.single();
    assert_eq!((request.header("polar-version"), request.header("api-version")), (None, None));
}

#[tokio::test]
async fn a_get_is_retried_after_500_and_stops_at_max_attempts() {
    let mock = Mock::start().await;
    mock.respond(500, serde_json::json!({"detail": "boom"})).respond(200, fixture("polar/checkout.json"));
    let checkout = polar_client(&mock.url, quick(3)).checkouts_get().id(id()).send().await.unwrap();
    assert_eq!((checkout.id, mock.requests().len()), (id(), 2));

    let mock = Mock::serving(503, "polar/error_resource_not_found.json").await;
    let error = polar_client(&mock.url, quick(3)).checkouts_get().id(id()).send().await.unwrap_err();
    assert_eq!(mock.requests().len(), 3, "max_attempts is the number of requests in all");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(error.is_retryable());
    assert!(matches!(error.api_error(), Some(polar::errors::CheckoutsGetError::Unexpected { .. })));
}

#[tokio::test]
async fn retry_after_is_honoured_in_seconds_and_as_an_http_date_but_not_beyond_max_delay() {
    let mock = Mock::start().await;
    mock.reply(Reply::json(429, serde_json::json!({})).header("retry-after", "1")).respond(200, fixture("polar/checkout.json"));
    let started = Instant::now();
    polar_client(&mock.url, quick(2)).checkouts_get().id(id()).send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(950), "waited only {:?}", started.elapsed());
    assert_eq!(mock.requests().len(), 2);

    let date = (chrono::Utc::now() + chrono::Duration::seconds(2)).to_rfc2822().replace("+0000", "GMT");
    let mock = Mock::start().await;
    mock.reply(Reply::json(503, serde_json::json!({})).header("retry-after", &date)).respond(200, fixture("polar/checkout.json"));
    let started = Instant::now();
    polar_client(&mock.url, quick(2)).checkouts_get().id(id()).send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(900), "waited only {:?}", started.elapsed());

    // A Retry-After beyond the policy's max_delay is not waited for: the 429 is returned.
    let mock = Mock::start().await;
    mock.reply(Reply::json(429, serde_json::json!({})).header("retry-after", "3600"));
    let started = Instant::now();
    let error = polar_client(&mock.url, quick(3)).checkouts_get().id(id()).send().await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!((error.status().map(|s| s.as_u16()), mock.requests().len()), (Some(429), 1));
}

/// A create that reached the server — whatever came back, or nothing in time — is never sent twice.
#[tokio::test]
async fn a_create_that_reached_the_server_is_never_sent_twice() {
    let mock = Mock::start().await;
    mock.respond(500, serde_json::json!({"detail": "boom"})).respond(201, fixture("polar/checkout.json"));
    let client = polar_client(&mock.url, quick(5));
    let error = client.checkouts_create().body_map(|b| b.products(vec![id()])).send().await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), mock.requests().len()), (Some(500), 1));

    let mock = Mock::start().await;
    mock.reply(Reply::json(201, fixture("polar/checkout.json")).after(Duration::from_millis(800)));
    let client = polar::Client::builder()
        .base_url(&mock.url)
        .credentials(TOKEN)
        .retry(quick(5))
        .timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    let error = client.checkouts_create().body_map(|b| b.products(vec![id()])).send().await.unwrap_err();
    assert!(matches!(error, runtime::Error::Transport { kind: runtime::TransportKind::Timeout, .. }), "{error:?}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(mock.requests().len(), 1, "a timed-out create was sent again");
}

/// A create that could not connect provably never reached the server: it is retried, and the
/// server sees it once.
#[tokio::test]
async fn a_create_that_never_connected_is_retried_and_arrives_once() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("http://127.0.0.1:{port}");
    let server = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(150)).await;
        Mock::start_on(port).await
    });
    let policy = RetryPolicy { max_attempts: 40, base_delay: Duration::from_millis(100), max_delay: Duration::from_millis(200) };
    let client = polar_client(&url, policy);
    let created = client.checkouts_create().body_map(|b| b.products(vec![id()])).send_with_response().await;
    let mock = server.await.unwrap();
    assert_eq!(created.unwrap().status().as_u16(), 201);
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn a_get_that_times_out_is_retried() {
    let mock = Mock::start().await;
    mock.reply(Reply::json(200, fixture("polar/checkout.json")).after(Duration::from_millis(600)))
        .respond(200, fixture("polar/checkout.json"));
    let client = polar::Client::builder()
        .base_url(&mock.url)
        .credentials(TOKEN)
        .retry(quick(3))
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    client.checkouts_get().id(id()).send().await.unwrap();
    assert_eq!(mock.requests().len(), 2);
}

/// A POST carrying an `Idempotency-Key` is retried only when the spec says the API honours that
/// header (`x-idempotency-header`): neither Polar nor Flowglad does, so there a 502 on a create is
/// returned, never sent again.
#[tokio::test]
async fn a_post_with_an_idempotency_key_is_retried_only_where_the_api_honours_it() {
    runtime::install_crypto_provider(); // needed before building a `reqwest::Client` of one's own
    let http = reqwest::Client::new();
    for (honoured, attempts, status) in [(None, 1, 502), (Some("idempotency-key"), 2, 201)] {
        let mock = Mock::start().await;
        mock.respond(502, serde_json::json!({})).respond(201, serde_json::json!({"ok": true}));
        let request = http.post(format!("{}/v1/checkouts/", mock.url)).header("Idempotency-Key", "order-42").body("{}").build().unwrap();
        let response = runtime::__private::execute(&http, &quick(3), request, honoured, None).await.unwrap();
        assert_eq!((response.status().as_u16(), mock.requests().len()), (status, attempts), "{honoured:?}");
    }
}

#[tokio::test]
async fn errors_carry_status_request_id_retryability_and_a_useful_display() {
    let mock = Mock::start().await;
    mock.reply(Reply::json(404, fixture("polar/error_resource_not_found.json")).header("x-request-id", "req_8f2c"));
    let error = polar_client(&mock.url, quick(3)).checkouts_get().id(id()).send().await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), error.request_id(), error.is_retryable()), (Some(404), Some("req_8f2c"), false));
    assert_eq!(mock.requests().len(), 1, "a 404 is not retried");
    let line = error.to_string();
    assert!(line.starts_with("checkouts:get: 404 NotFound: {"), "{line}");
    assert!(line.ends_with("(request id req_8f2c)") && line.contains("\"detail\":\"Not found\""), "{line}");
}

#[tokio::test]
async fn polar_pages_stop_at_max_page_and_carry_the_filters() {
    // The typed mock serves five checkouts in pages of two, for requests carrying the filter.
    let mock = polar::mock::MockServer::start().await;
    let checkouts: Vec<polar::types::Checkout> =
        (1..=5).map(|n| polar::types::Checkout { id: uuid::Uuid::from_u128(n), ..polar::types::Checkout::example() }).collect();
    mock.checkouts_list().status(polar::types::CheckoutStatus::Open).respond_pages(checkouts.clone(), 2);
    let items: Vec<polar::types::Checkout> =
        mock.client().checkouts_list_items(|list| list.limit(2u64).status(polar::types::CheckoutStatus::Open)).try_collect().await.unwrap();
    assert_eq!(items, checkouts);
    let queries: Vec<String> =
        mock.received().iter().map(|r| r.query.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")).collect();
    assert_eq!(queries, ["limit=2&page=1&status=open", "limit=2&page=2&status=open", "limit=2&page=3&status=open"]);

    // An empty page ends the stream even before max_page.
    let mock = Mock::start().await;
    mock.reply(polar_page(2, 9, 1)).reply(polar_page(0, 9, 2));
    let pages: Vec<_> = polar_client(&mock.url, RetryPolicy::none()).checkouts_list_pages(|list| list).try_collect().await.unwrap();
    assert_eq!((pages.len(), mock.requests().len()), (1, 2));
}

/// A Polar list page of `n` checkouts whose ids are marked with `mark`, saying `max_page`.
fn polar_page(n: usize, max_page: u64, mark: u64) -> Reply {
    let mut list = fixture("polar/list.json");
    list["pagination"]["max_page"] = max_page.into();
    let items = list["items"].as_array_mut().unwrap();
    items.truncate(n);
    for (i, item) in items.iter_mut().enumerate() {
        item["id"] = format!("00000000-0000-4000-8000-{:06}{:06}", mark, i).into();
    }
    Reply::json(200, list)
}

/// A Flowglad list page with `nextCursor` (absent for `None`) and `hasMore`; each call marks the
/// records' ids differently, as a real next page would be.
fn flowglad_page(cursor: Option<&str>, more: bool) -> Reply {
    static MARK: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let mark = MARK.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let mut list = fixture("flowglad/list_first_page.json");
    match cursor {
        Some(c) => list["nextCursor"] = c.into(),
        None => {
            list.as_object_mut().unwrap().remove("nextCursor");
        }
    }
    list["hasMore"] = more.into();
    for record in list["data"].as_array_mut().unwrap() {
        record["checkoutSession"]["id"] = format!("chckt_{mark}").into();
        record["id"] = format!("chckt_{mark}_{}", record["id"].as_str().unwrap_or_default()).into();
    }
    Reply::json(200, list)
}

#[tokio::test]
async fn flowglad_follows_cursors_and_refuses_to_loop() {
    let page = flowglad_page;
    let mock = Mock::start().await;
    mock.reply(page(Some("c1"), true)).reply(page(Some("c2"), true)).reply(page(None, false));
    let records: Vec<flowglad::types::CheckoutSessionRecord> =
        flowglad_client(&mock.url).checkout_sessions_list_items(|list| list.limit(4u64)).try_collect().await.unwrap();
    assert_eq!(records.len(), 12);
    let queries: Vec<String> = mock.requests().into_iter().map(|r| r.query.unwrap()).collect();
    assert_eq!(queries, ["limit=4", "cursor=c1&limit=4", "cursor=c2&limit=4"]);

    let mock = Mock::start().await;
    mock.reply(page(Some("c1"), true)).reply(page(Some("c1"), true));
    let error = flowglad_client(&mock.url).checkout_sessions_list_pages(|list| list).try_collect::<Vec<_>>().await.unwrap_err();
    assert!(matches!(error, runtime::Error::Pagination { .. }), "{error:?}");
    assert_eq!(mock.requests().len(), 2);
    assert_eq!(error.to_string(), "checkoutSessions.list: the server returned cursor \"c1\" twice; stopping instead of looping");
}

/// Payloads from a newer API version: unknown enum values and union tags decode into `Unknown`
/// variants that keep what was sent; unknown fields are ignored.
#[tokio::test]
async fn payloads_from_a_future_api_version_decode() {
    let mut future = fixture("polar/checkout.json");
    future["status"] = "archived".into();
    future["discount"] = serde_json::json!({"type": "bundle", "id": "d1", "bundle_size": 3});
    future["products"][0]["prices"][0]["amount_type"] = "tiered".into();
    future["products"][0]["benefits"][0]["type"] = "mentorship".into();
    future["brand_new_field"] = serde_json::json!({"x": 1});
    let mock = Mock::start().await;
    mock.respond(200, future.clone());
    let checkout = polar_client(&mock.url, RetryPolicy::none()).checkouts_get().id(id()).send().await.unwrap();
    assert_eq!(checkout.status, polar::types::CheckoutStatus::Unknown("archived".into()));
    assert!(matches!(checkout.discount, Some(polar::types::CheckoutDiscount::Unknown(ref raw)) if raw["bundle_size"] == 3));
    assert!(matches!(checkout.products[0].prices[0], polar::types::ProductPrice::Current(polar::types::CurrentProductPrice::Unknown(_))));
    assert!(matches!(checkout.products[0].benefits[0], polar::types::BenefitPublic::Unknown(ref raw) if raw["type"] == "mentorship"));
    let mut again = serde_json::to_value(&checkout).unwrap();
    again.as_object_mut().unwrap().insert("brand_new_field".into(), serde_json::json!({"x": 1}));
    assert_eq!(checkout_sdk_tests::first_difference(&future, &again), None, "unknown values did not re-encode verbatim");

    let mut session = fixture("flowglad/session_product.json");
    session["checkoutSession"]["type"] = "invoice".into();
    session["checkoutSession"]["status"] = "refunded".into();
    let mock = Mock::start().await;
    mock.respond(200, session);
    let found = flowglad_client(&mock.url).checkout_sessions_get().id("x").send().await.unwrap();
    assert!(matches!(found.checkout_session, flowglad::types::CheckoutSessionRecord::Unknown(ref raw) if raw["status"] == "refunded"));
}

/// Tokens, API keys and client secrets appear in no `Debug` output and no error message.
#[tokio::test]
async fn secrets_never_print() {
    let client = polar_client("http://127.0.0.1:9", RetryPolicy::none());
    let builder = polar::Client::builder().credentials(TOKEN);
    let text = format!("{client:?} {builder:?} {:?}", flowglad::Client::builder().credentials(KEY));
    assert!(!text.contains("SUPERSECRET"), "{text}");

    // A transport error on an operation whose path holds the client secret.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let client = polar_client(&format!("http://127.0.0.1:{closed}"), RetryPolicy::none());
    let error = client.checkouts_client_get().client_secret(CLIENT_SECRET).send().await.unwrap_err();
    assert!(matches!(error, runtime::Error::Transport { kind: runtime::TransportKind::Connect, .. }), "{error:?}");
    let text = format!("{error} {error:?}");
    assert!(!text.contains(CLIENT_SECRET) && !text.contains("SUPERSECRET"), "{text}");

    // An API error on an authenticated call.
    let mock = Mock::serving(403, "polar/error_not_open_checkout.json").await;
    let error = polar_client(&mock.url, RetryPolicy::none()).checkouts_update().id(id()).body_map(|b| b).send().await.unwrap_err();
    let text = format!("{error} {error:?}");
    assert!(!text.contains("SUPERSECRET"), "{text}");
    assert!(text.contains("Forbidden"), "{text}");

    // Decoded records: client secrets and session tokens are redacted from Debug.
    let checkout: polar::types::CheckoutPublicConfirmed = serde_json::from_value(fixture("polar/checkout_public_confirmed.json")).unwrap();
    let text = format!("{checkout:?}");
    assert!(!text.contains(CLIENT_SECRET) && !text.contains("polar_cst_8fQ2kLmN3pRtV6wXyZ1aB4cD"), "a secret shows in Debug");
    assert!(text.contains("client_secret: \"<redacted>\""), "{}", &text[..200.min(text.len())]);
    let client = polar_client("http://127.0.0.1:9", RetryPolicy::none());
    let builder = client.checkouts_client_get().client_secret(CLIENT_SECRET);
    assert!(!format!("{builder:?}").contains(CLIENT_SECRET), "the request builder shows the client secret");
}

/// A response that carries secrets (a checkout's `client_secret`, the `url` embedding it, the
/// Stripe session secret) shows none of them in any error's `Debug` or `Display`: a body that
/// does not decode (`Decode`), an undocumented status (`Api` / `Unexpected`), a documented error,
/// a transport failure and a refused request. The raw bytes stay available to the caller.
#[tokio::test]
async fn no_error_variant_shows_a_secret_from_the_response() {
    let stripe = "cuss_secret_xyz";
    let show = |text: String| {
        assert!(!text.contains(CLIENT_SECRET) && !text.contains(stripe) && !text.contains(TOKEN), "a secret shows: {text}");
        text
    };
    let mut checkout = fixture("polar/checkout.json");
    checkout["amount"] = serde_json::json!("not a number");
    let mock = Mock::start().await;
    mock.respond(200, checkout.clone());
    let error = polar_client(&mock.url, RetryPolicy::none()).checkouts_get().id(id()).send().await.unwrap_err();
    let runtime::Error::Decode { body, .. } = &error else { panic!("{error:?}") };
    assert!(std::str::from_utf8(body).unwrap().contains(CLIENT_SECRET), "the raw bytes are kept");
    let text = show(format!("{error} {error:?}"));
    assert!(text.contains("amount: invalid type") && text.contains("<redacted>"), "{text}");

    // A truncated body is scrubbed textually.
    let mock = Mock::start().await;
    let cut = checkout.to_string()[..800].to_owned();
    mock.reply(Reply { content_type: "application/json".into(), body: cut, ..Reply::json(200, serde_json::json!(null)) });
    let error = polar_client(&mock.url, RetryPolicy::none()).checkouts_get().id(id()).send().await.unwrap_err();
    show(format!("{error} {error:?}"));

    // An undocumented status whose body is a checkout: `Unexpected`, redacted.
    let mock = Mock::start().await;
    mock.respond(418, fixture("polar/checkout.json"));
    let error = polar_client(&mock.url, RetryPolicy::none()).checkouts_get().id(id()).send().await.unwrap_err();
    assert!(matches!(error.api_error(), Some(polar::errors::CheckoutsGetError::Unexpected { .. })), "{error:?}");
    let text = show(format!("{error} {error:?}"));
    assert!(text.contains("<redacted>"), "{text}");

    // A documented error status, a refused request, an operation with the secret in its path.
    let mock = Mock::serving(404, "polar/error_resource_not_found.json").await;
    let client = polar_client(&mock.url, RetryPolicy::none());
    let error = client.checkouts_client_get().client_secret(CLIENT_SECRET).send().await.unwrap_err();
    show(format!("{error} {error:?}"));
    let error = client.checkouts_client_get().client_secret("..").send().await.unwrap_err();
    show(format!("{error} {error:?}"));
}

/// A success status whose body is not what the spec says is a `Decode` error, kept apart from
/// transport failures and API errors, with the raw body kept.
#[tokio::test]
async fn a_success_body_that_does_not_match_the_spec_is_a_decode_error() {
    let mock = Mock::start().await;
    mock.respond(200, serde_json::json!({"id": "not-a-checkout"}));
    let error = polar_client(&mock.url, quick(3)).checkouts_get().id(id()).send().await.unwrap_err();
    match &error {
        runtime::Error::Decode { body, message, .. } => {
            assert_eq!(&body[..], br#"{"id":"not-a-checkout"}"#);
            assert!(message.contains("missing field") || message.contains("invalid"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert!(!error.is_retryable());
    assert_eq!(mock.requests().len(), 1);
}

/// A caller's `reqwest::Client` is used as is (its default headers arrive), and the runtime still
/// adds credentials and the version header and applies the timeout.
#[tokio::test]
async fn a_caller_supplied_http_client_is_used_with_auth_and_timeout() {
    let mut defaults = reqwest::header::HeaderMap::new();
    defaults.insert("x-shop", reqwest::header::HeaderValue::from_static("eu-1"));
    runtime::install_crypto_provider(); // needed before building a `reqwest::Client` of one's own
    let http = reqwest::Client::builder().default_headers(defaults).build().unwrap();
    let mock = Mock::start().await;
    mock.respond(200, fixture("polar/checkout.json"));
    let client = polar::Client::builder().base_url(&mock.url).credentials(TOKEN).http_client(http.clone()).build().unwrap();
    client.checkouts_get().id(id()).send().await.unwrap();
    let request = mock.single();
    assert_eq!((request.header("x-shop"), request.header("polar-version")), (Some("eu-1"), Some("2026-10")));
    assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));

    let mock = Mock::start().await;
    mock.reply(Reply::json(200, fixture("polar/checkout.json")).after(Duration::from_millis(500)));
    let client = polar::Client::builder()
        .base_url(&mock.url)
        .credentials(TOKEN)
        .http_client(http)
        .timeout(Duration::from_millis(100))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.checkouts_get().id(id()).send().await.unwrap_err();
    assert!(matches!(error, runtime::Error::Transport { kind: runtime::TransportKind::Timeout, .. }), "{error:?}");
}

/// reqwest adds a client's default headers after the runtime has prepared a request, so a default
/// `Authorization` would reach operations whose `security` is `[]`: such a client is refused at
/// `build()`, with a message that says what to do, for both APIs.
#[tokio::test]
async fn a_caller_client_with_a_default_credential_header_is_refused() {
    runtime::install_crypto_provider();
    let mut defaults = reqwest::header::HeaderMap::new();
    defaults.insert("authorization", reqwest::header::HeaderValue::from_static("Bearer polar_oat_SUPERSECRETTOKEN"));
    let http = reqwest::Client::builder().default_headers(defaults).build().unwrap();
    let err = polar::Client::builder().base_url("http://127.0.0.1:9").http_client(http.clone()).build().unwrap_err();
    assert!(matches!(&err, runtime::BuildError::DefaultHeader { header } if header == "authorization"), "{err:?}");
    let text = format!("{err} {err:?}");
    assert!(text.contains("ClientBuilder::credentials") && !text.contains("SUPERSECRET"), "{text}");
    let err = flowglad::Client::builder().base_url("http://127.0.0.1:9").http_client(http).build().unwrap_err();
    assert!(matches!(&err, runtime::BuildError::DefaultHeader { header } if header == "authorization"), "{err:?}");
}

/// Per-call options on every operation builder: extra headers arrive, the call's timeout and
/// retry policy replace the client's, and a credential header cannot be set per call.
#[tokio::test]
async fn per_call_options_apply_on_the_wire() {
    use runtime::RequestOptions;
    let mock = Mock::start().await;
    mock.respond(200, fixture("polar/checkout.json"));
    let client = polar_client(&mock.url, quick(3));
    let options = RequestOptions::new().header("x-trace-id", "4bf92f35").unwrap().header("user-agent", "svc/1").unwrap();
    client.checkouts_get().id(id()).options(options.clone()).send().await.unwrap();
    let request = mock.single();
    assert_eq!((request.header("x-trace-id"), request.header("user-agent")), (Some("4bf92f35"), Some("svc/1")));
    assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()), "the credential still goes");

    // The client retries a 500 three times; this call not at all.
    let mock = Mock::start().await;
    mock.respond(500, serde_json::json!({}));
    let client = polar_client(&mock.url, quick(3));
    let error = client.checkouts_get().id(id()).options(RequestOptions::new().retry(RetryPolicy::none())).send().await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), mock.requests().len()), (Some(500), 1));
    client.checkouts_get().id(id()).send().await.unwrap_err();
    assert_eq!(mock.requests().len(), 4, "without options, the client's policy applies");

    // The client allows 60 s; this call 100 ms.
    let mock = Mock::start().await;
    mock.reply(Reply::json(200, fixture("polar/checkout.json")).after(Duration::from_millis(800)));
    let error = polar_client(&mock.url, RetryPolicy::none())
        .checkouts_get()
        .id(id())
        .options(RequestOptions::new().timeout(Duration::from_millis(100)))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, runtime::Error::Transport { kind: runtime::TransportKind::Timeout, .. }), "{error:?}");

    // Flowglad too; and no call may carry its own credential header.
    let mock = Mock::start().await;
    mock.respond(200, fixture("flowglad/session_product.json"));
    let client = flowglad_client(&mock.url);
    client.checkout_sessions_get().id("chckt_1").options(options).send().await.unwrap();
    assert_eq!(mock.single().header("x-trace-id"), Some("4bf92f35"));
    let sneaky = RequestOptions::new().header("Authorization", "sk_live_OTHER").unwrap();
    let error = client.checkout_sessions_get().id("chckt_1").options(sneaky.clone()).send().await.unwrap_err();
    assert!(matches!(error, runtime::Error::InvalidRequest { .. }) && !error.to_string().contains("sk_live_OTHER"), "{error}");
    let error =
        polar_client(&mock.url, quick(3)).checkouts_client_get().client_secret(CLIENT_SECRET).options(sneaky).send().await.unwrap_err();
    assert!(matches!(error, runtime::Error::InvalidRequest { .. }), "{error}");
    assert_eq!(mock.requests().len(), 1, "a refused call was sent");
}

/// Servers that never stop: Polar ignoring `page` with `max_page` always one ahead, Flowglad
/// handing out a fresh cursor to the same records, Flowglad announcing more without a cursor, and
/// a server with endless distinct pages beyond the client's `max_pages`: each stream ends with
/// `Error::Pagination` after a bounded number of requests.
#[tokio::test]
async fn streams_from_servers_that_never_stop_end_with_an_error() {
    let mock = Mock::start().await;
    mock.reply(polar_page(2, 2, 1)); // the same page, whatever is asked
    let error = polar_client(&mock.url, RetryPolicy::none()).checkouts_list_pages(|list| list).try_collect::<Vec<_>>().await.unwrap_err();
    assert_eq!(error.to_string(), "checkouts:list: page 2 repeats the items of page 1; stopping instead of looping");
    assert_eq!(mock.requests().len(), 2);

    let mock = Mock::start().await;
    let same = {
        let mut list = fixture("flowglad/list_first_page.json");
        list["hasMore"] = true.into();
        list
    };
    for n in 0..5 {
        let mut page = same.clone();
        page["nextCursor"] = format!("fresh{n}").into();
        mock.reply(Reply::json(200, page));
    }
    let error = flowglad_client(&mock.url).checkout_sessions_list_pages(|list| list).try_collect::<Vec<_>>().await.unwrap_err();
    assert!(
        matches!(&error, runtime::Error::Pagination { source: runtime::paginate::PaginationError::NoProgress { page: 2 }, .. }),
        "{error:?}"
    );
    assert_eq!(mock.requests().len(), 2);

    let mock = Mock::start().await;
    mock.reply(flowglad_page(None, true));
    let error = flowglad_client(&mock.url).checkout_sessions_list_items(|list| list).try_collect::<Vec<_>>().await.unwrap_err();
    assert!(matches!(&error, runtime::Error::Pagination { source: runtime::paginate::PaginationError::MissingCursor, .. }), "{error:?}");

    let mock = Mock::start().await;
    for n in 0..10 {
        mock.reply(polar_page(1, u64::MAX / 2, n));
    }
    let client = polar::Client::builder().base_url(&mock.url).credentials(TOKEN).retry(RetryPolicy::none()).max_pages(3).build().unwrap();
    let pages: Vec<_> = futures::StreamExt::collect(client.checkouts_list_pages(|list| list)).await;
    assert_eq!(pages.len(), 4, "three pages, then the error");
    assert!(pages[..3].iter().all(Result::is_ok));
    let error = pages[3].as_ref().unwrap_err();
    assert!(matches!(error, runtime::Error::Pagination { source: runtime::paginate::PaginationError::PageLimit(3), .. }), "{error:?}");
    assert_eq!(mock.requests().len(), 3);
}

/// Honest idempotency on the wire: a create carrying an `Idempotency-Key` (set per call) that
/// meets a 502 is not sent again, since neither API de-duplicates by that header; and a 503 whose
/// `Retry-After` is too large for an integer is returned at once, not retried as if it had none.
#[tokio::test]
async fn a_keyed_create_is_sent_once_and_an_endless_retry_after_is_not_waited_for() {
    let mock = Mock::start().await;
    mock.respond(502, serde_json::json!({})).respond(201, fixture("polar/checkout.json"));
    let keyed = runtime::RequestOptions::new().header("Idempotency-Key", "order-42").unwrap();
    let error =
        polar_client(&mock.url, quick(3)).checkouts_create().body_map(|b| b.products(vec![id()])).options(keyed).send().await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), mock.requests().len()), (Some(502), 1));
    assert_eq!(mock.single().header("idempotency-key"), Some("order-42"), "the header itself is sent");

    let mock = Mock::start().await;
    mock.reply(Reply::json(503, serde_json::json!({})).header("retry-after", "99999999999999999999999"));
    let started = Instant::now();
    let error = polar_client(&mock.url, quick(3)).checkouts_get().id(id()).send().await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), mock.requests().len()), (Some(503), 1));
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
}
