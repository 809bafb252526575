//! The service's logic, tested against the clients' typed mocks: no JSON and no hand-written
//! server. Each API: a create checked on the wire, typed error handling, a three-page walk.

use checkout_downstream::{flowglad, polar};
use flowglad_checkout_sessions as fg;
use polar_checkouts as pc;

fn id(n: u128) -> pc::uuid::Uuid {
    pc::uuid::Uuid::from_u128(n)
}

#[tokio::test]
async fn polar_start_checkout_sends_the_product_and_email_and_returns_the_url() {
    let mock = pc::mock::MockServer::start().await;
    let created = pc::types::Checkout { url: "https://polar.example/c/1".into(), ..pc::types::Checkout::example() };
    mock.checkouts_create()
        .body_matches(|body| body.products == vec![id(7)] && body.customer_email.as_deref() == Some("ada@example.com"))
        .times(1)
        .respond(created);
    let url = polar::start_checkout(&mock.client(), id(7), "ada@example.com").await.unwrap();
    assert_eq!(url, "https://polar.example/c/1");
}

#[tokio::test]
async fn polar_open_checkouts_walk_three_pages_with_the_filters() {
    let mock = pc::mock::MockServer::start().await;
    let open: Vec<pc::types::Checkout> = (1..=250).map(|n| pc::types::Checkout { id: id(n), ..pc::types::Checkout::example() }).collect();
    mock.checkouts_list().product_id(id(7)).status(pc::types::CheckoutStatus::Open).respond_pages(open.clone(), 100);
    assert_eq!(polar::open_checkouts(&mock.client(), id(7)).await.unwrap(), open);
    assert_eq!(mock.received().len(), 3);
}

#[tokio::test]
async fn polar_forget_email_clears_it_and_a_closed_checkout_is_a_typed_403() {
    let mock = pc::mock::MockServer::start().await;
    let not_open = pc::types::CheckoutForbiddenError::NotOpenCheckout(pc::types::NotOpenCheckout::example());
    mock.checkouts_update().id(id(2)).respond_error(pc::errors::CheckoutsUpdateError::Forbidden(not_open));
    mock.checkouts_update()
        .id(id(1))
        .body(pc::types::CheckoutUpdate { customer_email: Some(None), ..pc::types::CheckoutUpdate::new() })
        .respond(pc::types::Checkout::example());
    let client = mock.client();
    polar::forget_email(&client, id(1)).await.unwrap();
    let error = polar::forget_email(&client, id(2)).await.unwrap_err();
    assert!(
        matches!(
            error.api_error(),
            Some(pc::errors::CheckoutsUpdateError::Forbidden(pc::types::CheckoutForbiddenError::NotOpenCheckout(_)))
        ),
        "{error}"
    );
}

#[tokio::test]
async fn polar_status_is_none_for_a_missing_checkout() {
    let mock = pc::mock::MockServer::start().await;
    mock.checkouts_get().id(id(9)).respond_error(pc::errors::CheckoutsGetError::NotFound(pc::types::ResourceNotFound::example()));
    mock.checkouts_get().respond(pc::types::Checkout { status: pc::types::CheckoutStatus::Succeeded, ..pc::types::Checkout::example() });
    let client = mock.client();
    assert_eq!(polar::status(&client, id(9)).await.unwrap(), None);
    assert_eq!(polar::status(&client, id(1)).await.unwrap(), Some(pc::types::CheckoutStatus::Succeeded));
}

fn session(n: u32, status: fg::types::CheckoutSessionStatus) -> fg::types::CheckoutSessionRecord {
    let record =
        fg::types::ProductCheckoutSessionRecord { id: format!("chckt_{n}"), status, ..fg::types::ProductCheckoutSessionRecord::example() };
    fg::types::CheckoutSessionRecord::Product(record)
}

#[tokio::test]
async fn flowglad_start_checkout_names_the_price_by_slug() {
    let mock = fg::mock::MockServer::start().await;
    let expected =
        fg::types::ProductCheckoutSessionByPriceSlug::new("user_42", "https://shop.example/ok", "https://shop.example/cancel", "pro");
    mock.checkout_sessions_create().body(fg::types::CreateCheckoutSessionInput::new(expected)).respond(fg::types::SingleCheckoutSession {
        url: "https://flowglad.example/s/1".into(),
        ..fg::types::SingleCheckoutSession::example()
    });
    assert_eq!(flowglad::start_checkout(&mock.client(), "user_42", "pro").await.unwrap(), "https://flowglad.example/s/1");
}

#[tokio::test]
async fn flowglad_open_sessions_walk_three_pages() {
    use fg::types::CheckoutSessionStatus::{Expired, Open};
    let mock = fg::mock::MockServer::start().await;
    let sessions: Vec<_> = (1..=250).map(|n| session(n, if n % 2 == 0 { Open } else { Expired })).collect();
    mock.checkout_sessions_list().limit(100u64).respond_pages(sessions, 100);
    let open = flowglad::open_sessions(&mock.client()).await.unwrap();
    assert_eq!((open.len(), open.first().map(String::as_str)), (125, Some("chckt_2")));
    assert_eq!(mock.received().len(), 3);
}

#[tokio::test]
async fn flowglad_status_is_none_for_a_missing_session_and_an_outage_is_an_error() {
    let mock = fg::mock::MockServer::start().await;
    mock.checkout_sessions_get()
        .id("gone")
        .respond_error(fg::errors::CheckoutSessionsGetError::NotFound(fg::types::FlowgladError::example()));
    let down = fg::errors::CheckoutSessionsGetError::InternalServerError(fg::types::FlowgladError::example());
    mock.checkout_sessions_get().id("busy").respond_error(down);
    let client = mock.client();
    assert_eq!(flowglad::status(&client, "gone").await.unwrap(), None);
    let error = flowglad::status(&client, "busy").await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), error.is_retryable()), (Some(500), true));
}
