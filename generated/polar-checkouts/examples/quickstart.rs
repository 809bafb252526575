//! Create → get → paginate → handle a typed error, against a loopback mock of Polar's API that
//! this program starts itself: `cargo run -p polar-checkouts --example polar_quickstart`.

use futures::TryStreamExt;
use polar_checkouts::{Client, errors, runtime, types};

const CHECKOUT: &str = include_str!("../../../tests/fixtures/polar/checkout.json");

/// A tiny stand-in for `https://api.polar.sh`: create, get (404 for the nil ID), one list page.
async fn mock_polar() -> String {
    use axum::http::StatusCode;
    use axum::routing::get;
    let json = |status: StatusCode, body: String| (status, [("content-type", "application/json")], body);
    let app = axum::Router::new()
        .route(
            "/v1/checkouts/",
            get(move || async move {
                json(StatusCode::OK, format!(r#"{{"items": [{CHECKOUT}], "pagination": {{"total_count": 1, "max_page": 1}}}}"#))
            })
            .post(move || async move { json(StatusCode::CREATED, CHECKOUT.to_owned()) }),
        )
        .route(
            "/v1/checkouts/{id}",
            get(move |axum::extract::Path(id): axum::extract::Path<String>| async move {
                if id == uuid::Uuid::nil().to_string() {
                    json(StatusCode::NOT_FOUND, r#"{"error": "ResourceNotFound", "detail": "Not found"}"#.to_owned())
                } else {
                    json(StatusCode::OK, CHECKOUT.to_owned())
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
    // Against the real API: `.server(Server::Production)` (the default) or `Server::Sandbox`.
    let client = Client::builder().base_url(mock_polar().await).credentials("polar_oat_example").build()?;

    let product: uuid::Uuid = "7f1d2c3b-4a5e-4f60-8b71-92a3b4c5d6e7".parse()?;
    let created = client.checkouts_create().body_map(|b| b.products(vec![product])).send().await?.into_inner();
    println!("created checkout {} ({:?}), total {} {}", created.id, created.status, created.total_amount, created.currency);

    let fetched = client.checkouts_get().id(created.id).send().await?.into_inner();
    println!("fetched it back: {} product(s) to choose from", fetched.products.len());

    let open: Vec<types::Checkout> = client
        .checkouts_list_items(|list| list.status(types::CheckoutStatusFilter::CheckoutStatus(types::CheckoutStatus::Open)))
        .try_collect()
        .await?;
    println!("{} open checkout(s) across all pages", open.len());

    match client.checkouts_get().id(uuid::Uuid::nil()).send().await {
        Err(runtime::Error::Api { error: errors::CheckoutsGetError::NotFound(body), meta, .. }) => {
            println!("typed 404 as expected: {} (status {})", body.detail, meta.status)
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
