//! The generated Flowglad client: fixture round-trips for every session type, every operation on
//! the wire against a loopback server (errors included), and the create-input rules.

use checkout_sdk_tests::{Mock, api_error, assert_round_trip, fixture};
use flowglad_checkout_sessions::errors::{CheckoutSessionsGetError, CheckoutSessionsListError};
use flowglad_checkout_sessions::types::{
    self, CheckoutSessionInput, CheckoutSessionList, CheckoutSessionRecord, FlowgladError, FlowgladErrorDetail,
    ProductCheckoutSessionInput, SingleCheckoutSession,
};
use flowglad_checkout_sessions::{Client, RetryPolicy, runtime};

#[test]
fn every_session_type_round_trips_and_dispatches_on_type() {
    let session = |file: &str| assert_round_trip::<SingleCheckoutSession>(&format!("flowglad/session_{file}.json")).checkout_session;
    assert!(
        matches!(session("purchase"), CheckoutSessionRecord::Purchase(s) if s.purchase_id == "prch_3Xy9" && s.price_id == "price_Ab12Cd")
    );
    assert!(
        matches!(session("product"), CheckoutSessionRecord::Product(s) if s.quantity == 3 && s.preserve_billing_cycle_anchor == Some(true))
    );
    assert!(
        matches!(session("add_payment_method"), CheckoutSessionRecord::AddPaymentMethod(s) if s.customer_id == "cust_5Rt2" && s.automatically_update_subscriptions == Some(true))
    );
    assert!(
        matches!(session("activate_subscription"), CheckoutSessionRecord::ActivateSubscription(s) if s.target_subscription_id == "sub_8Lm4")
    );
    let CheckoutSessionRecord::Product(nulls) = session("product_nulls") else { panic!("not a product session") };
    assert_eq!((nulls.success_url, nulls.expires, nulls.billing_address.is_none()), (None, None, true));
}

/// A union decodes the same from bytes, from a `Value` and from a reader; an unknown `type`
/// survives as the same JSON value; a record that names its `type` twice is refused rather than decoded by
/// whichever copy came last.
#[test]
fn a_union_decodes_alike_from_every_json_source_and_refuses_a_doubled_tag() {
    let text = serde_json::to_string(&fixture("flowglad/session_product.json")["checkoutSession"]).unwrap();
    let from_slice = serde_json::from_slice::<CheckoutSessionRecord>(text.as_bytes()).unwrap();
    let from_value = serde_json::from_value::<CheckoutSessionRecord>(serde_json::from_str(&text).unwrap()).unwrap();
    let from_reader = serde_json::from_reader::<_, CheckoutSessionRecord>(text.as_bytes()).unwrap();
    for record in [&from_slice, &from_value, &from_reader] {
        assert!(matches!(record, CheckoutSessionRecord::Product(s) if s.quantity == 3), "{record:?}");
    }
    let unknown = r#"{"type":"gift_card","id":"chckt_1","amount":{"value":1.50,"nested":[null,true]}}"#;
    let record = serde_json::from_str::<CheckoutSessionRecord>(unknown).unwrap();
    assert!(matches!(&record, CheckoutSessionRecord::Unknown(_)), "{record:?}");
    let reencoded: serde_json::Value = serde_json::from_str(&serde_json::to_string(&record).unwrap()).unwrap();
    assert_eq!(reencoded, serde_json::from_str::<serde_json::Value>(unknown).unwrap());
    let doubled = text.replacen(r#""type":"product""#, r#""type":"purchase","type":"product""#, 1);
    assert_ne!(doubled, text, "the fixture writes its tag as expected");
    let err = serde_json::from_str::<CheckoutSessionRecord>(&doubled).unwrap_err().to_string();
    assert!(err.contains("duplicate field `type`"), "{err}");
    let err = serde_json::from_str::<CheckoutSessionRecord>("[1, 2]").unwrap_err().to_string();
    assert!(err.contains("missing discriminator `type`"), "{err}");
}

/// Timestamps are epoch milliseconds (the seed's ISO strings are not what the API sends).
#[test]
fn timestamps_are_epoch_milliseconds_and_fields_keep_their_types() {
    let CheckoutSessionRecord::Purchase(purchase) =
        assert_round_trip::<SingleCheckoutSession>("flowglad/session_purchase.json").checkout_session
    else {
        panic!("not a purchase")
    };
    assert_eq!((purchase.created_at, purchase.updated_at, purchase.expires), (1741944413589, 1741944417789, Some(1742030813589)));
    let address = purchase.billing_address.unwrap();
    assert_eq!((address.address.country.as_str(), address.address.postal_code.as_deref()), ("US", Some("10001")));
    // `line2` was sent as `null`: in a response, absent and `null` are both `None`.
    assert_eq!(address.address.line2, None);
    assert_eq!(purchase.payment_method_type, Some(types::PaymentMethodType::Card));
    let metadata = purchase.output_metadata.unwrap();
    assert!(matches!(metadata.0["seats"], types::MetadataValue::Integer(3)));
    assert!(matches!(metadata.0["ratio"], types::MetadataValue::Number(r) if r == 0.5));
    assert!(matches!(metadata.0["vip"], types::MetadataValue::Boolean(true)));
    let bad = fixture("flowglad/session_purchase.json").to_string().replace("1741944413589", "\"2025-03-14T09:26:53.589Z\"");
    assert!(serde_json::from_str::<SingleCheckoutSession>(&bad).is_err(), "an ISO string is not a Flowglad timestamp");
}

#[test]
fn list_pages_and_error_bodies_round_trip() {
    let first: CheckoutSessionList = assert_round_trip("flowglad/list_first_page.json");
    assert_eq!(
        (first.data.len(), first.has_more, first.total, first.next_cursor.as_deref()),
        (4, true, 5.0, Some("eyJpZCI6ImNoY2t0XzEifQ=="))
    );
    let last: CheckoutSessionList = assert_round_trip("flowglad/list_last_page.json");
    assert_eq!((last.has_more, last.next_cursor), (false, None));
    let not_found: FlowgladError = assert_round_trip("flowglad/error_not_found.json");
    assert_eq!(not_found.code.as_deref(), Some("NOT_FOUND"));
    let validation: FlowgladError = assert_round_trip("flowglad/error_validation.json");
    assert!(matches!(validation.error, Some(FlowgladErrorDetail::Array(ref issues)) if issues.len() == 2));
    for file in ["error_forbidden", "error_bad_json", "error_internal"] {
        let error: FlowgladError = assert_round_trip(&format!("flowglad/{file}.json"));
        assert!(matches!(error.error, Some(FlowgladErrorDetail::String(_))));
    }
}

/// "Exactly one of `priceId` and `priceSlug`" is a type: each product input carries one of them,
/// and on the wire a session names the price exactly once.
#[test]
fn a_product_input_names_its_price_exactly_once() {
    let by_id = ProductCheckoutSessionInput::from(
        types::ProductCheckoutSessionByPriceId::try_from(
            types::ProductCheckoutSessionByPriceId::builder()
                .type_(types::ProductCheckoutSessionByPriceIdType::Product)
                .customer_external_id("user_42")
                .price_id("price_Ab12Cd")
                .success_url("https://example.com/ok")
                .cancel_url("https://example.com/no"),
        )
        .unwrap(),
    );
    let json = serde_json::to_value(CheckoutSessionInput::Product(by_id)).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"type": "product", "customerExternalId": "user_42", "priceId": "price_Ab12Cd",
                           "successUrl": "https://example.com/ok", "cancelUrl": "https://example.com/no"})
    );
    // Decoding a session input that names both is refused instead of silently picking one.
    let both = serde_json::json!({"type": "product", "customerExternalId": "u", "priceId": "p", "priceSlug": "s", "successUrl": "a", "cancelUrl": "b"});
    assert!(serde_json::from_value::<CheckoutSessionInput>(both).is_err());
    let neither = serde_json::json!({"type": "product", "customerExternalId": "u", "successUrl": "a", "cancelUrl": "b"});
    assert!(serde_json::from_value::<CheckoutSessionInput>(neither).is_err());
    let anonymous_by_slug =
        serde_json::json!({"type": "product", "anonymous": true, "priceSlug": "pro", "successUrl": "a", "cancelUrl": "b"});
    assert!(matches!(
        serde_json::from_value::<CheckoutSessionInput>(anonymous_by_slug).unwrap(),
        CheckoutSessionInput::Product(ProductCheckoutSessionInput::AnonymousProductCheckoutSessionByPriceSlug(_))
    ));
}

async fn serve(status: u16, body_fixture: &str) -> (Mock, Client) {
    let mock = Mock::serving(status, body_fixture).await;
    let client = client_for(&mock);
    (mock, client)
}

fn client_for(mock: &Mock) -> Client {
    Client::builder().base_url(&mock.url).credentials("sk_test_KEY").retry(RetryPolicy::none()).build().unwrap()
}

#[tokio::test]
async fn list_sends_cursor_and_limit_and_decodes_the_page() {
    let (mock, client) = serve(200, "flowglad/list_first_page.json").await;
    let page =
        client.checkout_sessions_list().cursor("eyJpZCI6IngifQ==").limit(std::num::NonZeroU64::new(25).unwrap()).send().await.unwrap();
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("GET", "/api/v1/checkout-sessions"));
    assert_eq!(request.query.as_deref(), Some("cursor=eyJpZCI6IngifQ%3D%3D&limit=25"));
    assert_eq!(page.data.len(), 4);
}

#[tokio::test]
async fn create_wraps_the_session_and_sends_only_what_was_set() {
    let (mock, client) = serve(200, "flowglad/session_product.json").await;
    let input = CheckoutSessionInput::ActivateSubscription(
        types::ActivateSubscriptionCheckoutSessionInput::builder()
            .type_(types::ActivateSubscriptionCheckoutSessionInputType::ActivateSubscription)
            .customer_external_id("user_42")
            .target_subscription_id("sub_8Lm4")
            .success_url("https://example.com/ok")
            .cancel_url("https://example.com/no")
            .try_into()
            .unwrap(),
    );
    let created = client.checkout_sessions_create().body_map(|b| b.checkout_session(input)).send().await.unwrap();
    let request = mock.single();
    assert_eq!((request.method.as_str(), request.path.as_str()), ("POST", "/api/v1/checkout-sessions"));
    assert_eq!(
        request.json(),
        serde_json::json!({"checkoutSession": {"type": "activate_subscription", "customerExternalId": "user_42",
            "targetSubscriptionId": "sub_8Lm4", "successUrl": "https://example.com/ok", "cancelUrl": "https://example.com/no"}})
    );
    assert!(created.url.ends_with("/checkout/chckt_session_4f8Zq2LmN7pRtV6w"));
}

#[tokio::test]
async fn get_puts_the_id_in_the_path() {
    let (mock, client) = serve(200, "flowglad/session_add_payment_method.json").await;
    let found = client.checkout_sessions_get().id("chckt_session_4f8Zq2LmN7pRtV6w").send().await.unwrap();
    assert_eq!(mock.single().path, "/api/v1/checkout-sessions/chckt_session_4f8Zq2LmN7pRtV6w");
    assert!(matches!(found.checkout_session, CheckoutSessionRecord::AddPaymentMethod(_)));
}

/// Every documented error status decodes into its variant: JSON `{error, code}` bodies as
/// `FlowgladError`, and the 401 as its plain text.
#[tokio::test]
async fn every_documented_error_status_decodes_into_its_variant() {
    for (status, file) in
        [(400, "error_validation"), (400, "error_bad_json"), (403, "error_forbidden"), (404, "error_not_found"), (500, "error_internal")]
    {
        let (_mock, client) = serve(status, &format!("flowglad/{file}.json")).await;
        let body: FlowgladError = match api_error(client.checkout_sessions_get().id("x").send().await, status) {
            CheckoutSessionsGetError::BadRequest(b) if status == 400 => b,
            CheckoutSessionsGetError::Forbidden(b) if status == 403 => b,
            CheckoutSessionsGetError::NotFound(b) if status == 404 => b,
            CheckoutSessionsGetError::InternalServerError(b) if status == 500 => b,
            other => panic!("{file}: {status} decoded as {other:?}"),
        };
        assert_eq!(serde_json::to_value(&body).unwrap(), fixture(&format!("flowglad/{file}.json")));
        let (_mock, client) = serve(status, &format!("flowglad/{file}.json")).await;
        // `list` documents 404 too, as the published schema does.
        let error = api_error(client.checkout_sessions_list().send().await, status);
        let ok = match &error {
            CheckoutSessionsListError::BadRequest(_) => status == 400,
            CheckoutSessionsListError::Forbidden(_) => status == 403,
            CheckoutSessionsListError::NotFound(_) => status == 404,
            CheckoutSessionsListError::InternalServerError(_) => status == 500,
            _ => false,
        };
        assert!(ok, "{file}: {status} decoded as {error:?}");
    }
    let mock = Mock::start().await;
    mock.respond_raw(401, "text/plain", "API key invalid. Please check that you are providing a valid API key.");
    let client = client_for(&mock);
    let error = api_error(client.checkout_sessions_get().id("x").send().await, 401);
    assert!(matches!(error, CheckoutSessionsGetError::Unauthorized(ref text) if text.starts_with("API key invalid.")), "{error:?}");
    // A create without its required session is refused before anything is sent.
    match client.checkout_sessions_create().body_map(|b| b).send().await {
        Err(runtime::Error::InvalidRequest { message, .. }) => assert!(message.contains("checkout_session"), "{message}"),
        other => panic!("expected an invalid request, got {other:?}"),
    }
    assert_eq!(mock.requests().len(), 1, "the incomplete create reached the server");
}

/// Flowglad sends errors in two shapes: the REST route's `{error, code?, request_id, trace_id?,
/// sentry_event_id?}` and the published schema's `{message, code, issues}`. Both decode into the
/// typed variant, keeping the correlation IDs.
#[tokio::test]
async fn both_error_shapes_decode_into_the_typed_variant() {
    let route = serde_json::json!({"error": "Checkout session not found", "code": "NOT_FOUND", "request_id": "req_9", "trace_id": "tr_1"});
    let published = serde_json::json!({"message": "Not found", "code": "NOT_FOUND", "issues": [{"message": "no such id"}]});
    for body in [route, published] {
        let mock = Mock::start().await;
        mock.respond(404, body.clone());
        let client = client_for(&mock);
        let error = api_error(client.checkout_sessions_get().id("chckt_x").send().await, 404);
        let CheckoutSessionsGetError::NotFound(decoded) = error else { panic!("{body}: {error:?}") };
        assert_eq!(decoded.code.as_deref(), Some("NOT_FOUND"));
        assert_eq!(serde_json::to_value(&decoded).unwrap(), body, "re-encodes as it came");
        if body.get("request_id").is_some() {
            assert_eq!((decoded.request_id.as_deref(), decoded.trace_id.as_deref()), (Some("req_9"), Some("tr_1")));
        } else {
            assert_eq!((decoded.message.as_deref(), decoded.issues.as_ref().map(Vec::len)), (Some("Not found"), Some(1)));
        }
    }
}

/// The published schema lets an identified product input say `anonymous: false`.
#[test]
fn an_identified_product_input_accepts_anonymous_false() {
    let json = serde_json::json!({
        "type": "product", "customerExternalId": "user_42", "anonymous": false, "priceId": "price_1",
        "successUrl": "https://example.com/ok", "cancelUrl": "https://example.com/no"
    });
    let input: ProductCheckoutSessionInput = serde_json::from_value(json.clone()).unwrap();
    assert!(
        matches!(&input, ProductCheckoutSessionInput::ProductCheckoutSessionByPriceId(p) if p.anonymous == Some(runtime::False)),
        "{input:?}"
    );
    assert_eq!(serde_json::to_value(&input).unwrap(), json);
}

/// A record without the keys the published schema leaves optional decodes, and so does a list
/// whose `total` is any JSON number.
#[test]
fn a_record_without_the_optional_keys_and_a_float_total_decode() {
    let mut page = fixture("flowglad/list_first_page.json");
    for record in page["data"].as_array_mut().unwrap() {
        let record = record.as_object_mut().unwrap();
        for key in ["billingAddress", "invoiceId", "successUrl", "cancelUrl", "paymentMethodType", "outputMetadata", "expires"] {
            record.remove(key);
        }
        // Required (non-null) only for `add_payment_method`.
        if record["type"] != "add_payment_method" {
            record.remove("preserveBillingCycleAnchor");
        }
    }
    page["total"] = serde_json::json!(5.0);
    let list: CheckoutSessionList = serde_json::from_value(page).unwrap();
    assert_eq!((list.data.len(), list.total), (4, 5.0));
}

/// A body that matches no variant of an untagged input says why each variant refused it.
#[test]
fn an_input_matching_no_variant_says_why() {
    let json = serde_json::json!({
        "type": "product", "customerExternalId": "user_42", "priceId": "price_1", "priceSlug": "pro",
        "successUrl": "https://example.com/ok", "cancelUrl": "https://example.com/no"
    });
    let err = serde_json::from_value::<ProductCheckoutSessionInput>(json).unwrap_err().to_string();
    assert!(err.starts_with("no variant of `ProductCheckoutSessionInput` matches ("), "{err}");
    assert!(err.contains("ProductCheckoutSessionByPriceId: priceSlug: unknown field `priceSlug`"), "{err}");
    assert!(err.contains("AnonymousProductCheckoutSessionByPriceSlug: customerExternalId: unknown field `customerExternalId`"), "{err}");
}
