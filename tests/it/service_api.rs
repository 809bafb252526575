//! The service-first API (issue #26): body fields set on the operation builder from what a
//! service has (`&str`, `Uuid` or its text, iterators, `(key, value)` pairs), `clear_…` for a
//! partial update's `null`, and the spec's bounds checked before anything is sent.

use checkout_runtime::bounds::Bound;
use polar::mock::MockServer;
use polar::types::Checkout;
use polar_checkouts as polar;
use serde_json::{Value, json};

fn uuid(n: u128) -> uuid::Uuid {
    uuid::Uuid::from_u128(n)
}

/// The JSON body of the one request `mock` received.
fn sent(mock: &MockServer) -> Value {
    let received = mock.received();
    assert_eq!(received.len(), 1, "{received:?}");
    serde_json::from_slice(&received[0].body).unwrap()
}

#[tokio::test]
async fn a_create_is_written_with_the_values_a_service_has() {
    let mock = MockServer::start().await;
    mock.checkouts_create().respond(Checkout::example());
    let client = mock.client();
    let checkout = client
        .checkouts_create()
        .products([uuid(1)])
        .customer_email("a@b.c")
        .customer_name(String::from("Ada"))
        .success_url("https://shop.example/ok")
        .seats(2)
        .metadata([("order", "o-1".into()), ("qty", 3.into()), ("gift", true.into())])
        .send()
        .await
        .unwrap();
    assert_eq!(checkout, Checkout::example());
    assert_eq!(
        sent(&mock),
        json!({
            "products": [uuid(1)],
            "customer_email": "a@b.c",
            "customer_name": "Ada",
            "success_url": "https://shop.example/ok",
            "seats": 2,
            "metadata": {"order": "o-1", "qty": 3, "gift": true}
        })
    );
}

#[tokio::test]
async fn an_id_is_a_uuid_or_its_text() {
    let mock = MockServer::start().await;
    mock.checkouts_create().respond(Checkout::example());
    let client = mock.client();
    let text = uuid(2).to_string();
    client.checkouts_create().products([text.as_str()]).discount_id(uuid(3)).send().await.unwrap();
    assert_eq!(sent(&mock), json!({"products": [uuid(2)], "discount_id": uuid(3)}));

    // Text that is no UUID is refused, naming the item; nothing is sent.
    let mock = MockServer::start().await;
    let error = mock.client().checkouts_create().products(["not-a-uuid"]).send().await.unwrap_err();
    assert!(matches!(&error, polar::Error::Invalid { field, bound: Bound::Format("UUID"), .. } if field == "products[0]"), "{error:?}");
    assert!(mock.received().is_empty());
}

#[tokio::test]
async fn an_update_sets_clears_and_leaves_fields_alone() {
    let mock = MockServer::start().await;
    mock.checkouts_update().respond(Checkout::example());
    let client = mock.client();
    client.checkouts_update().id(uuid(4)).customer_email("new@b.c").clear_customer_ip_address().send().await.unwrap();
    // Set, `null`, and nothing else: an unset field is not sent.
    assert_eq!(sent(&mock), json!({"customer_email": "new@b.c", "customer_ip_address": null}));
}

/// Each kind of bound the spec declares on a request value is checked before sending, and the
/// error names the field and the bound.
#[tokio::test]
async fn a_value_outside_its_bounds_is_refused_before_sending() {
    let mock = MockServer::start().await;
    let client = mock.client();
    fn refused<E: std::fmt::Debug>(error: polar::Error<E>) -> (String, Bound) {
        match error {
            polar::Error::Invalid { field, bound, .. } => (field, bound),
            other => panic!("not refused: {other:?}"),
        }
    }
    // Length (`customer_name`, at most 256 characters), checked where it is set.
    let error = client.checkouts_create().products([uuid(1)]).customer_name("x".repeat(257)).send().await.unwrap_err();
    assert_eq!(refused(error), ("customer_name".to_owned(), Bound::MaxLength(256)));
    // Range (`limit`, 1 to 100), from any integer: a literal, a `u64`, a `NonZeroU64`.
    let error = client.checkouts_list().limit(500).send().await.unwrap_err();
    assert_eq!(refused(error), ("limit".to_owned(), Bound::Maximum(100.0)));
    let error = client.checkouts_list().limit(0u64).send().await.unwrap_err();
    assert_eq!(refused(error), ("limit".to_owned(), Bound::Minimum(1.0)));
    let error = client.checkouts_list().page(-1).send().await.unwrap_err();
    assert_eq!(refused(error), ("page".to_owned(), Bound::Minimum(1.0)));
    // A count in the body too (`seats`, at least 1).
    let error = client.checkouts_create().products([uuid(1)]).seats(0).send().await.unwrap_err();
    assert_eq!(refused(error), ("seats".to_owned(), Bound::Minimum(1.0)));
    // Item count (`products`, at least one), also on a body given whole.
    let error = client.checkouts_create().body(polar::types::CheckoutCreate::new(Vec::new())).send().await.unwrap_err();
    assert_eq!(refused(error), ("products".to_owned(), Bound::MinItems(1)));
    // Allowed values: a value this client does not know is not sent to a server that refuses it.
    let error =
        client.checkouts_list().sorting(vec![polar::types::CheckoutSortProperty::Unknown("price".into())]).send().await.unwrap_err();
    let (field, bound) = refused(error);
    assert_eq!(field, "sorting[0]");
    assert!(matches!(bound, Bound::OneOf(values) if values.contains(&"\"created_at\"")), "{bound:?}");
    // A metadata value (at most 500 characters), named by its key.
    let error = client.checkouts_create().products([uuid(1)]).metadata([("note", "y".repeat(501).into())]).send().await.unwrap_err();
    assert_eq!(refused(error), ("metadata.note".to_owned(), Bound::MaxLength(500)));
    assert!(mock.received().is_empty(), "nothing was sent: {:?}", mock.received());
    // The message says which field and which bound, never the value.
    let error = client.checkouts_create().products([uuid(1)]).customer_name("secret".repeat(50)).send().await.unwrap_err();
    assert_eq!(error.to_string(), "checkouts:create: not sent: `customer_name` must be at most 256 characters long");
}

/// Filters take one value or many, from `&str`, `String` or `Uuid`; so do the mock's matchers.
#[tokio::test]
async fn filters_take_one_value_or_many_and_the_mock_matches_the_same() {
    let mock = MockServer::start().await;
    let (org, product) = (uuid(5), uuid(6));
    let list = mock
        .checkouts_list()
        .limit(10)
        .external_customer_id("cus_1")
        .organization_id(org)
        .product_id([product, uuid(7)])
        .status(polar::types::CheckoutStatus::Open)
        .respond(polar::types::ListResourceCheckout::example());
    let client = mock.client();
    client
        .checkouts_list()
        .limit(10)
        .external_customer_id("cus_1")
        .organization_id(org)
        .product_id([product, uuid(7)])
        .status(polar::types::CheckoutStatus::Open)
        .send()
        .await
        .unwrap();
    list.assert_hits(1);
    let query = &mock.received()[0].query;
    let values = |key: &str| query.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str()).collect::<Vec<_>>();
    assert_eq!(values("external_customer_id"), ["cus_1"]);
    assert_eq!(values("product_id"), [product.to_string(), uuid(7).to_string()]);

    // Many strings, a `String`, and a UUID's text.
    let mock = MockServer::start().await;
    mock.checkouts_list().respond(polar::types::ListResourceCheckout::example());
    let text = org.to_string();
    mock.client()
        .checkouts_list()
        .external_customer_id(["cus_1", "cus_2"])
        .query(String::from("ada"))
        .organization_id(text.as_str())
        .send()
        .await
        .unwrap();
    let query = &mock.received()[0].query;
    let values = |key: &str| query.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect::<Vec<_>>();
    assert_eq!(values("external_customer_id"), ["cus_1", "cus_2"]);
    assert_eq!(values("organization_id"), [text]);
}
