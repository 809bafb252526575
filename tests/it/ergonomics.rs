//! The conveniences generated from the specs (see `codegen/src/ergonomics.rs`), checked on the
//! wire: constructors that set a union's discriminator, nested union members that convert
//! straight into the request, `clear_<field>()`, filters from one value or a `Vec`, union
//! accessors, and pagination streams that move into a spawned task.

use checkout_sdk_tests::{Mock, Reply, fixture};
use flowglad_checkout_sessions as flowglad;
use futures::TryStreamExt;
use polar_checkouts as polar;

fn polar_client(url: &str) -> polar::Client {
    polar::Client::builder().base_url(url).credentials("polar_oat_ERGONOMICS").retry(polar::RetryPolicy::none()).build().unwrap()
}

fn flowglad_client(url: &str) -> flowglad::Client {
    flowglad::Client::builder().base_url(url).credentials("sk_test_ergonomics").retry(flowglad::RetryPolicy::none()).build().unwrap()
}

/// `new` takes the required fields in the spec's order and sets `type`; the session converts
/// into the request's union without naming the intermediate `ProductCheckoutSessionInput`.
#[tokio::test]
async fn a_flowglad_session_is_one_constructor_and_goes_out_exactly() {
    let mock = Mock::start().await;
    mock.respond(200, fixture("flowglad/session_product.json"));
    let session = flowglad::types::ProductCheckoutSessionByPriceSlugRequired {
        customer_external_id: "user_42".into(),
        price_slug: "pro-monthly".into(),
        success_url: "https://e.com/ok".into(),
        cancel_url: "https://e.com/cancel".into(),
    };
    flowglad_client(&mock.url).checkout_sessions_create().checkout_session(session).send().await.unwrap();
    assert_eq!(
        mock.single().json(),
        serde_json::json!({"checkoutSession": {
            "type": "product", "customerExternalId": "user_42", "priceSlug": "pro-monthly",
            "successUrl": "https://e.com/ok", "cancelUrl": "https://e.com/cancel"
        }}),
        "only what was set, with the discriminator"
    );

    // The other session types too, and the whole body by constructor.
    let mock = Mock::start().await;
    mock.respond(200, fixture("flowglad/session_product.json"));
    let input = flowglad::types::AddPaymentMethodCheckoutSessionInputRequired {
        customer_external_id: "user_42".into(),
        success_url: "https://e.com/ok".into(),
        cancel_url: "https://e.com/cancel".into(),
    };
    let body = flowglad::types::CreateCheckoutSessionInput::new(input);
    flowglad_client(&mock.url).checkout_sessions_create().body(body).send().await.unwrap();
    assert_eq!(mock.single().json()["checkoutSession"]["type"], "add_payment_method");
}

/// `clear_<field>()` sends `null` for that field and nothing for the fields left alone.
#[tokio::test]
async fn clearing_a_polar_field_sends_null_and_nothing_else() {
    let mock = Mock::start().await;
    mock.respond(200, fixture("polar/checkout.json"));
    polar_client(&mock.url)
        .checkouts_update()
        .id(uuid::Uuid::nil())
        .body_map(|b| b.clear_customer_email().allow_trial(Some(Some(false))))
        .send()
        .await
        .unwrap();
    assert_eq!(mock.single().json(), serde_json::json!({"customer_email": null, "allow_trial": false}));
}

/// A filter takes one value or a `Vec`; a Polar price takes its constructor.
#[tokio::test]
async fn filters_take_one_value_or_many() {
    let mock = Mock::start().await;
    mock.respond(200, fixture("polar/list.json"));
    let (a, b) = (uuid::Uuid::from_u128(1), uuid::Uuid::from_u128(2));
    polar_client(&mock.url)
        .checkouts_list()
        .status(polar::types::CheckoutStatus::Open)
        .product_id(vec![a, b])
        .organization_id(a)
        .send()
        .await
        .unwrap();
    let query = mock.single().query.unwrap();
    assert_eq!(
        query,
        format!("organization_id={a}&product_id={a}&product_id={b}&status=open"),
        "one value is one pair, a Vec repeats the key"
    );
}

/// A union's shared fields read without matching on the member.
#[test]
fn union_accessors_read_the_shared_fields() {
    let page: flowglad::types::CheckoutSessionList =
        serde_json::from_value(fixture("flowglad/list_first_page.json")).expect("the fixture decodes");
    use flowglad::types::CheckoutSessionRecord as Record;
    assert!(!page.data.is_empty());
    for record in &page.data {
        let (id, status) = match record {
            Record::Product(v) => (&v.id, &v.status),
            Record::Purchase(v) => (&v.id, &v.status),
            Record::AddPaymentMethod(v) => (&v.id, &v.status),
            Record::ActivateSubscription(v) => (&v.id, &v.status),
            other => panic!("the fixture holds only known records: {other:?}"),
        };
        assert_eq!((record.id(), record.status()), (Some(id), Some(status)));
    }
    let unknown = Record::Unknown(serde_json::json!({"type": "from_the_future"}));
    assert_eq!(unknown.id(), None);
}

/// A pagination stream owns a clone of the client: it outlives the borrow and runs in a task.
#[tokio::test]
async fn a_pagination_stream_moves_into_a_spawned_task() {
    let mock = Mock::start().await;
    mock.reply(Reply::json(200, fixture("flowglad/list_last_page.json")));
    let stream = {
        let client = flowglad_client(&mock.url);
        client.checkout_sessions_list_items(|list| list.limit(10u64))
    };
    let records = tokio::spawn(async move { stream.try_collect::<Vec<_>>().await }).await.unwrap().unwrap();
    let expected = fixture("flowglad/list_last_page.json")["data"].as_array().unwrap().len();
    assert_eq!(records.len(), expected);
    assert_eq!(mock.single().query.as_deref(), Some("limit=10"));
}
