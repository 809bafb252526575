//! Create → get → paginate → handle a typed error, against this crate's typed mock of Flowglad's
//! API (the `mock` feature):
//! `cargo run -p flowglad-checkout-sessions --example flowglad_quickstart --features mock`.

use flowglad_checkout_sessions::futures::TryStreamExt;
use flowglad_checkout_sessions::mock::MockServer;
use flowglad_checkout_sessions::{Client, errors, types};

/// Stands in for `https://app.flowglad.com`, answering the calls below with typed values.
async fn mock_flowglad() -> MockServer {
    let mock = MockServer::start().await;
    let session = |id: &str| types::ProductCheckoutSessionRecord { id: id.into(), ..types::ProductCheckoutSessionRecord::example() };
    let record = types::CheckoutSessionRecord::Product(session("chckt_session_4f8Zq2LmN7pRtV6w"));
    let answer = types::SingleCheckoutSession { checkout_session: record, ..types::SingleCheckoutSession::example() };
    mock.checkout_sessions_create()
        .body_matches(|body| matches!(body.checkout_session, types::CheckoutSessionInput::Product(_)))
        .respond(answer.clone());
    let missing = types::FlowgladError {
        error: Some(types::FlowgladErrorDetail::String("No checkout sessions found with id: missing".into())),
        ..types::FlowgladError::example()
    };
    mock.checkout_sessions_get().id("missing").respond_error(errors::CheckoutSessionsGetError::NotFound(missing));
    mock.checkout_sessions_get().respond(answer);
    let sessions = (1..=5).map(|n| types::CheckoutSessionRecord::Product(session(&format!("chckt_{n}")))).collect();
    mock.checkout_sessions_list().respond_pages(sessions, 2);
    mock
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = mock_flowglad().await;
    let client = Client::builder().base_url(mock.url()).credentials("sk_test_example").build()?;

    // The required fields by name; `type: product` is set for you.
    let session = types::ProductCheckoutSessionByPriceSlugRequired {
        customer_external_id: "user_42".into(),
        price_slug: "pro-monthly".into(),
        success_url: "https://example.com/ok".into(),
        cancel_url: "https://example.com/cancel".into(),
    };
    let created = client.checkout_sessions_create().checkout_session(session).send().await?;
    println!("send the customer to {}", created.url);

    let fetched = client.checkout_sessions_get().id("chckt_session_4f8Zq2LmN7pRtV6w").send().await?;
    let record = fetched.checkout_session;
    println!("session {:?} is {:?}", record.id(), record.status());

    let all: Vec<types::CheckoutSessionRecord> = client.checkout_sessions_list_items(|list| list.limit(2u64)).try_collect().await?;
    println!("{} session(s) across all pages", all.len());

    match client.checkout_sessions_get().id("missing").send().await {
        Err(flowglad_checkout_sessions::Error::Api { error: errors::CheckoutSessionsGetError::NotFound(body), .. }) => {
            println!("typed 404 as expected: {:?} ({:?})", body.error, body.code)
        }
        other => return Err(format!("expected a typed 404, got {other:?}").into()),
    }
    Ok(())
}

#[cfg(test)]
#[test]
fn quickstart_runs_against_the_mock() {
    main().expect("the quickstart succeeds");
}
