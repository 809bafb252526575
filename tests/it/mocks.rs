//! The typed mocks of the `mock` feature: example values for every model, expectations that
//! match typed requests and answer typed values, loud failures, recorded requests, and pages in
//! each API's own style.

use flowglad_checkout_sessions as flowglad;
use polar_checkouts as polar;

/// Every model's `example()` decodes (the examples are built from the spec, not written by hand).
#[test]
fn every_example_decodes() {
    assert_eq!(polar::mock::examples_that_do_not_decode(), Vec::<String>::new());
    assert_eq!(flowglad::mock::examples_that_do_not_decode(), Vec::<String>::new());
}

use futures::TryStreamExt;
use polar::mock::{MockServer, Reply};
use polar::types::{Checkout, CheckoutStatus};

fn uuid(n: u128) -> uuid::Uuid {
    uuid::Uuid::from_u128(n)
}

/// A create matched on its typed body and answered with a typed value; the request is recorded
/// and decodes into its typed body.
#[tokio::test]
async fn a_typed_expectation_matches_the_body_and_answers_a_typed_value() {
    let mock = MockServer::start().await;
    let product = uuid(7);
    let answer = Checkout { status: CheckoutStatus::Confirmed, ..Checkout::example() };
    let create = mock
        .checkouts_create()
        .body_matches(move |body| matches!(body, polar::types::CheckoutCreate { products, .. } if products == &vec![product]))
        .respond(answer.clone());
    let client = mock.client();
    let created = client.checkouts_create().body(polar::types::CheckoutCreate::new(vec![product])).send_with_response().await.unwrap();
    assert_eq!(created.status().as_u16(), 201, "the documented success status");
    assert_eq!(created.into_inner(), answer);
    create.assert_hits(1);

    let received = mock.received();
    let request = polar::mock::CheckoutsCreateRequest::decode(&received[0]).unwrap();
    assert_eq!(request.body, polar::types::CheckoutCreate::new(vec![product]));
}

/// A documented error is answered with its status and body, and the client decodes the same
/// variant; path parameters match as typed values.
#[tokio::test]
async fn a_typed_error_round_trips_through_the_client() {
    let mock = MockServer::start().await;
    let missing = polar::types::ResourceNotFound { detail: "Not found".into(), ..polar::types::ResourceNotFound::example() };
    mock.checkouts_get().id(uuid(1)).respond_error(polar::errors::CheckoutsGetError::NotFound(missing.clone()));
    let error = mock.client().checkouts_get().id(uuid(1)).send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(error.api_error(), Some(&polar::errors::CheckoutsGetError::NotFound(missing)));
}

/// A request no expectation takes is answered 418 and `verify` panics with what differed.
#[tokio::test]
async fn an_unmatched_request_fails_loudly_with_a_diff() {
    let mock = MockServer::start().await;
    mock.checkouts_get().id(uuid(1)).respond(Checkout::example());
    mock.checkouts_list().status(CheckoutStatus::Open).respond(polar::types::ListResourceCheckout::example());
    let client = mock.client();
    let error = client.checkouts_get().id(uuid(2)).send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(checkout_runtime::mock::UNMATCHED));
    client.checkouts_list().status(CheckoutStatus::Expired).send().await.unwrap_err();
    let report = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| mock.verify())).unwrap_err();
    let report = report.downcast_ref::<String>().unwrap();
    assert!(report.contains(&format!("GET /v1/checkouts/{} (`checkouts:get`) matched no route", uuid(2))), "{report}");
    assert!(report.contains(&format!("id: expected {:?}, got {:?}", uuid(1), uuid(2))), "{report}");
    assert!(report.contains("status: expected CheckoutStatus(Open), got Some(CheckoutStatus(Expired))"), "{report}");
}

/// `times(n)` answers n calls then hands over, and `verify` counts: a 503, then the success the
/// client's retry gets.
#[tokio::test]
async fn times_sequence_replies_and_raw_faults() {
    let mock = MockServer::start().await;
    let busy = mock.checkouts_get().times(1).respond_with(Reply::json(503, &serde_json::json!({"detail": "busy"})));
    let ok = mock.checkouts_get().respond(Checkout::example());
    let client = polar::Client::builder()
        .base_url(mock.url())
        .credentials("polar_oat_MOCK")
        .retry(polar::RetryPolicy { max_attempts: 2, base_delay: std::time::Duration::ZERO, max_delay: std::time::Duration::ZERO })
        .build()
        .unwrap();
    client.checkouts_get().id(uuid(3)).send().await.unwrap();
    busy.assert_hits(1);
    ok.assert_hits(1);

    // A dropped connection and a slow answer, for fault tests.
    let mock = MockServer::start().await;
    mock.checkouts_update().times(1).respond_with(Reply::drop_connection());
    mock.checkouts_update().respond_with(Reply::json(200, &Checkout::example()).delay(std::time::Duration::from_millis(300)));
    let client = polar::Client::builder()
        .base_url(mock.url())
        .credentials("polar_oat_MOCK")
        .timeout(std::time::Duration::from_millis(100))
        .build()
        .unwrap();
    let update = || client.checkouts_update().id(uuid(4)).body(polar::types::CheckoutUpdate::new());
    let dropped = update().send().await.unwrap_err();
    assert!(matches!(dropped, polar::Error::Transport { .. }), "{dropped:?}");
    let slow = update().send().await.unwrap_err();
    assert!(matches!(slow, polar::Error::Transport { kind: polar::runtime::TransportKind::Timeout, .. }), "{slow:?}");
}

/// Pages in each API's own style: Polar's page numbers and `max_page`, Flowglad's cursors and
/// `hasMore`; the client's streams walk them to the end.
#[tokio::test]
async fn pages_are_served_in_each_apis_style() {
    let mock = MockServer::start().await;
    let checkouts: Vec<Checkout> = (1..=5).map(|n| Checkout { id: uuid(n), ..Checkout::example() }).collect();
    mock.checkouts_list().respond_pages(checkouts.clone(), 2);
    let walked: Vec<Checkout> = mock.client().checkouts_list_items(|list| list.limit(2u64)).try_collect().await.unwrap();
    assert_eq!(walked, checkouts);
    let pages: Vec<Option<String>> = mock.received().iter().map(|r| r.query_values("page").first().map(|p| p.to_string())).collect();
    assert_eq!(pages, [Some("1".to_owned()), Some("2".to_owned()), Some("3".to_owned())]);
    // Every page reports the whole count, as Polar's `pagination.total_count` does.
    let bodies: Vec<_> = mock.client().checkouts_list_pages(|list| list.limit(2u64)).try_collect().await.unwrap();
    let counts: Vec<(i64, i64)> = bodies.iter().map(|page| (page.pagination.total_count, page.pagination.max_page)).collect();
    assert_eq!(counts, [(5, 3), (5, 3), (5, 3)]);

    let mock = flowglad::mock::MockServer::start().await;
    let records: Vec<flowglad::types::CheckoutSessionRecord> = (1..=5)
        .map(|n| {
            let session = flowglad::types::ProductCheckoutSessionRecord {
                id: format!("chckt_{n}"),
                ..flowglad::types::ProductCheckoutSessionRecord::example()
            };
            flowglad::types::CheckoutSessionRecord::Product(session)
        })
        .collect();
    mock.checkout_sessions_list().respond_pages(records.clone(), 2);
    let walked: Vec<_> = mock.client().checkout_sessions_list_items(|list| list).try_collect().await.unwrap();
    assert_eq!(walked, records);
    assert_eq!(mock.received().len(), 3);
    let bodies: Vec<_> = mock.client().checkout_sessions_list_pages(|list| list).try_collect().await.unwrap();
    let totals: Vec<(f64, bool)> = bodies.iter().map(|page| (page.total, page.has_more)).collect();
    assert_eq!(totals, [(5.0, true), (5.0, true), (5.0, false)]);
}

/// What the mock reports never shows a secret: not a client secret in the path (unmatched, or in
/// a matcher's difference), not the credential header of a recorded request.
#[tokio::test]
async fn mock_reports_and_recorded_requests_show_no_secret() {
    const SECRET: &str = "polar_c_MOCK_SECRET_VALUE";
    let mock = MockServer::start().await;
    mock.checkouts_client_get().client_secret("polar_c_OTHER_SECRET_VALUE").respond(polar::types::CheckoutPublic::example());
    let client = polar::Client::builder().base_url(mock.url()).credentials("polar_oat_MOCK_TOKEN_VALUE").build().unwrap();
    client.checkouts_client_get().client_secret(SECRET).send().await.unwrap_err();
    client.checkouts_get().id(uuid(1)).send().await.unwrap_err();
    let recorded = format!("{:?}", mock.received());
    let report = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| mock.verify())).unwrap_err();
    let report = report.downcast_ref::<String>().unwrap().clone();
    for text in [&recorded, &report] {
        assert!(!text.contains("SECRET_VALUE") && !text.contains("TOKEN_VALUE"), "{text}");
    }
    assert!(report.contains("/v1/checkouts/client/<redacted>") && report.contains("client_secret: expected <redacted>"), "{report}");
    assert!(recorded.contains("(\"authorization\", \"<redacted>\")"), "{recorded}");
}

/// The mock's client keeps to no rate limit: a test may confirm more often than Polar's 6 a
/// minute (a paced client would refuse the seventh at once, within this call's 1 s timeout).
#[tokio::test]
async fn the_mock_client_is_not_paced() {
    let mock = MockServer::start().await;
    mock.checkouts_client_confirm().respond(polar::types::CheckoutPublicConfirmed::example());
    let client = mock.client();
    for _ in 0..7 {
        client
            .checkouts_client_confirm()
            .client_secret("polar_c_mock")
            .body(polar::types::CheckoutConfirmStripe::new())
            .options(polar::RequestOptions::new().timeout(std::time::Duration::from_secs(1)))
            .send()
            .await
            .unwrap();
    }
}
