//! The service's tasks, tested against the clients' typed mocks: no JSON written by hand for a
//! reply and no hand-written server. Each task is checked on the wire.

use checkout_downstream::{flowglad, polar};
use flowglad_checkout_sessions as fg;
use pc::serde_json::{self, Value, json};
use polar_checkouts as pc;

fn id(n: u128) -> pc::uuid::Uuid {
    pc::uuid::Uuid::from_u128(n)
}

/// The JSON body of request `n` the mock received.
fn body(received: &[pc::mock::Received], n: usize) -> Value {
    serde_json::from_slice(&received[n].body).unwrap()
}

#[tokio::test]
async fn polar_create_sends_the_products_email_and_typed_metadata() {
    let mock = pc::mock::MockServer::start().await;
    let created = pc::types::Checkout { url: "https://polar.example/c/1".into(), ..pc::types::Checkout::example() };
    mock.checkouts_create().times(1).respond(created.clone());
    assert_eq!(polar::create(&mock.client(), id(7), "ada@example.com").await.unwrap(), created);
    assert_eq!(
        body(&mock.received(), 0),
        json!({"products": [id(7)], "customer_email": "ada@example.com", "metadata": {"order": "o-1042", "items": 3, "gift": true}})
    );
}

#[tokio::test]
async fn polar_get_is_none_for_a_missing_checkout() {
    let mock = pc::mock::MockServer::start().await;
    mock.checkouts_get().id(id(9)).respond_error(pc::errors::CheckoutsGetError::NotFound(pc::types::ResourceNotFound::example()));
    mock.checkouts_get().respond(pc::types::Checkout::example());
    let client = mock.client();
    assert_eq!(polar::get(&client, id(9)).await.unwrap(), None);
    assert_eq!(polar::get(&client, id(1)).await.unwrap(), Some(pc::types::Checkout::example()));
}

#[tokio::test]
async fn polar_update_sets_the_email_and_clears_the_ip_address() {
    let mock = pc::mock::MockServer::start().await;
    mock.checkouts_update().id(id(1)).respond(pc::types::Checkout::example());
    polar::update(&mock.client(), id(1), "new@example.com").await.unwrap();
    assert_eq!(body(&mock.received(), 0), json!({"customer_email": "new@example.com", "customer_ip_address": null}));
}

#[tokio::test]
async fn polar_list_walks_every_page_with_the_filters() {
    let mock = pc::mock::MockServer::start().await;
    let open: Vec<pc::types::Checkout> = (1..=250).map(|n| pc::types::Checkout { id: id(n), ..pc::types::Checkout::example() }).collect();
    mock.checkouts_list()
        .organization_id(id(3))
        .product_id(id(7))
        .external_customer_id("cus_1")
        .status(pc::types::CheckoutStatus::Open)
        .respond_pages(open.clone(), 100);
    assert_eq!(polar::list(&mock.client(), id(3), id(7), "cus_1").await.unwrap(), open);
    let received = mock.received();
    assert_eq!(received.len(), 3);
    assert!(received.iter().all(|r| r.query_values("sorting") == ["-created_at"]), "{received:?}");
}

#[tokio::test]
async fn polar_pay_gets_updates_and_confirms_by_client_secret() {
    let mock = pc::mock::MockServer::start().await;
    mock.checkouts_client_get().client_secret("secret_1").respond(pc::types::CheckoutPublic::example());
    mock.checkouts_client_update().client_secret("secret_1").respond(pc::types::CheckoutPublic::example());
    mock.checkouts_client_confirm().client_secret("secret_1").respond(pc::types::CheckoutPublicConfirmed::example());
    let confirmed = polar::pay(&mock.client(), "secret_1", "ada@example.com").await.unwrap();
    assert_eq!(confirmed, pc::types::CheckoutPublicConfirmed::example());
    let received = mock.received();
    assert_eq!(received.iter().map(|r| r.method.as_str()).collect::<Vec<_>>(), ["GET", "PATCH", "POST"]);
    assert_eq!(body(&received, 1), json!({"customer_email": "ada@example.com"}));
    assert_eq!(body(&received, 2), json!({"confirmation_token_id": "ctoken_1"}));
}

#[test]
fn polar_webhooks_are_verified_then_dispatched_on_their_type() {
    let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let payload = pc::types::WebhookCheckoutUpdatedPayload::example();
    let body = serde_json::to_vec(&payload).unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let signature = pc::webhooks::sign(secret, "msg_1", now, &body).unwrap();
    let mut headers = pc::runtime::reqwest::header::HeaderMap::new();
    headers.insert("webhook-id", "msg_1".parse().unwrap());
    headers.insert("webhook-timestamp", now.to_string().parse().unwrap());
    headers.insert("webhook-signature", signature.parse().unwrap());
    assert_eq!(polar::on_webhook(secret, &headers, &body).unwrap(), Some((payload.data.id, "updated")));
    // A forged body is refused before it is read.
    assert!(polar::on_webhook(secret, &headers, b"{\"type\":\"checkout.created\"}").is_err());
}

#[tokio::test]
async fn flowglad_create_names_the_price_by_id() {
    let mock = fg::mock::MockServer::start().await;
    mock.checkout_sessions_create().respond(fg::types::SingleCheckoutSession::example());
    flowglad::create(&mock.client(), "user_42", "price_1").await.unwrap();
    let received = mock.received();
    let sent: Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(
        sent,
        json!({"checkoutSession": {
            "type": "product", "customerExternalId": "user_42", "priceId": "price_1",
            "successUrl": "https://shop.example/ok", "cancelUrl": "https://shop.example/cancel"
        }})
    );
}

#[tokio::test]
async fn flowglad_get_is_none_for_a_missing_session_and_an_outage_is_an_error() {
    let mock = fg::mock::MockServer::start().await;
    mock.checkout_sessions_get()
        .id("gone")
        .respond_error(fg::errors::CheckoutSessionsGetError::NotFound(fg::types::FlowgladError::example()));
    let down = fg::errors::CheckoutSessionsGetError::InternalServerError(fg::types::FlowgladError::example());
    mock.checkout_sessions_get().id("busy").respond_error(down);
    let client = mock.client();
    assert_eq!(flowglad::get(&client, "gone").await.unwrap(), None);
    let error = flowglad::get(&client, "busy").await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), error.is_retryable()), (Some(500), true));
}

#[tokio::test]
async fn flowglad_all_walks_every_page() {
    let mock = fg::mock::MockServer::start().await;
    let sessions: Vec<fg::types::CheckoutSessionRecord> = (1..=250)
        .map(|n| {
            let record =
                fg::types::ProductCheckoutSessionRecord { id: format!("chckt_{n}"), ..fg::types::ProductCheckoutSessionRecord::example() };
            fg::types::CheckoutSessionRecord::Product(record)
        })
        .collect();
    mock.checkout_sessions_list().respond_pages(sessions.clone(), 100);
    assert_eq!(flowglad::all(&mock.client()).await.unwrap(), sessions);
    assert_eq!(mock.received().len(), 3);
}
