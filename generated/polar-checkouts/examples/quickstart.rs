//! Create → get → paginate → handle a typed error, against this crate's typed mock of Polar's API
//! (the `mock` feature): `cargo run -p polar-checkouts --example polar_quickstart --features mock`.

use polar_checkouts::futures::TryStreamExt;
use polar_checkouts::mock::MockServer;
use polar_checkouts::{Client, errors, types};

/// Stands in for `https://api.polar.sh`, answering the calls below with typed values.
async fn mock_polar() -> MockServer {
    let mock = MockServer::start().await;
    let checkout = types::Checkout::example();
    mock.checkouts_create().respond(checkout.clone());
    let missing = types::ResourceNotFound { detail: "Not found".into(), ..types::ResourceNotFound::example() };
    mock.checkouts_get().id(uuid::Uuid::nil()).respond_error(errors::CheckoutsGetError::NotFound(missing));
    mock.checkouts_get().respond(checkout.clone());
    let open: Vec<types::Checkout> = (1..=5).map(|n| types::Checkout { id: uuid::Uuid::from_u128(n), ..checkout.clone() }).collect();
    mock.checkouts_list().status(types::CheckoutStatus::Open).respond_pages(open, 2);
    mock
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = mock_polar().await;
    // Against the real API: `.server(Server::Production)` (the default) or `Server::Sandbox`.
    let client = Client::builder().base_url(mock.url()).credentials("polar_oat_example").build()?;

    let product: uuid::Uuid = "7f1d2c3b-4a5e-4f60-8b71-92a3b4c5d6e7".parse()?;
    let created = client.checkouts_create().body(types::CheckoutCreate::new(vec![product])).send().await?;
    println!("created checkout {} ({:?}), total {} {}", created.id, created.status, created.total_amount, created.currency);

    let fetched = client.checkouts_get().id(created.id).send().await?;
    println!("fetched it back: {} product(s) to choose from", fetched.products.len());

    let open: Vec<types::Checkout> =
        client.checkouts_list_items(|list| list.status(types::CheckoutStatus::Open).limit(2u64)).try_collect().await?;
    println!("{} open checkout(s) across all pages", open.len());

    match client.checkouts_get().id(uuid::Uuid::nil()).send().await {
        Err(polar_checkouts::Error::Api { error: errors::CheckoutsGetError::NotFound(body), meta, .. }) => {
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
