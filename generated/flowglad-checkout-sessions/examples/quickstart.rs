//! Create → get → paginate → handle a typed error, against a loopback mock of Flowglad's API that
//! this program starts itself: `cargo run -p flowglad-checkout-sessions --example flowglad_quickstart`.

use flowglad_checkout_sessions::{Client, errors, runtime, types};
use futures::TryStreamExt;

const SESSION: &str = include_str!("../../../tests/fixtures/flowglad/session_product.json");
const LAST_PAGE: &str = include_str!("../../../tests/fixtures/flowglad/list_last_page.json");

/// A tiny stand-in for `https://app.flowglad.com`: create, get (404 for `missing`), one page.
async fn mock_flowglad() -> String {
    use axum::http::StatusCode;
    use axum::routing::get;
    let json = |status: StatusCode, body: &'static str| (status, [("content-type", "application/json")], body);
    let app = axum::Router::new()
        .route(
            "/api/v1/checkout-sessions",
            get(move || async move { json(StatusCode::OK, LAST_PAGE) }).post(move || async move { json(StatusCode::OK, SESSION) }),
        )
        .route(
            "/api/v1/checkout-sessions/{id}",
            get(move |axum::extract::Path(id): axum::extract::Path<String>| async move {
                if id == "missing" {
                    json(StatusCode::NOT_FOUND, r#"{"error": "No checkout sessions found with id: missing", "code": "NOT_FOUND"}"#)
                } else {
                    json(StatusCode::OK, SESSION)
                }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("an address"));
    tokio::spawn(async move { axum::serve(listener, app).await.expect("the mock serves") });
    url
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url(mock_flowglad().await).credentials("sk_test_example").build()?;

    let session = types::ProductCheckoutSessionByPriceSlug::try_from(
        types::ProductCheckoutSessionByPriceSlug::builder()
            .type_(types::ProductCheckoutSessionByPriceSlugType::Product)
            .customer_external_id("user_42")
            .price_slug("pro-monthly")
            .success_url("https://example.com/ok")
            .cancel_url("https://example.com/cancel"),
    )?;
    let created = client
        .checkout_sessions_create()
        .body_map(|b| b.checkout_session(types::CheckoutSessionInput::Product(session.into())))
        .send()
        .await?
        .into_inner();
    println!("send the customer to {}", created.url);

    let fetched = client.checkout_sessions_get().id("chckt_session_4f8Zq2LmN7pRtV6w").send().await?.into_inner();
    if let types::CheckoutSessionRecord::Product(product) = fetched.checkout_session {
        println!("product session {} created at {} ms since the epoch", product.id, product.created_at);
    }

    let all: Vec<types::CheckoutSessionRecord> = client.checkout_sessions_list_items(|list| list.limit(100u64)).try_collect().await?;
    println!("{} session(s) across all pages", all.len());

    match client.checkout_sessions_get().id("missing").send().await {
        Err(runtime::Error::Api { error: errors::CheckoutSessionsGetError::NotFound(body), .. }) => {
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
