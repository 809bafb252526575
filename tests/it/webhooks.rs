//! Webhooks of both generated crates: each Polar checkout event decodes into its typed variant
//! after its signature is checked, an unknown event type is kept as `Unknown`, the signature is
//! checked before the body is parsed, a payload that does not match names the JSON path, and no
//! input of bytes and headers makes verification panic.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use checkout_sdk_tests::fixture;
use flowglad_checkout_sessions::webhooks as flowglad;
use polar_checkouts::webhooks as polar;
use proptest::prelude::*;
use reqwest::header::{HeaderMap, HeaderValue};

const POLAR_SECRET: &str = "polar_whs_k2nHd8sQwL0pZ";
const FLOWGLAD_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const NOW: i64 = 1_764_410_400;

fn at(seconds: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds as u64)
}

/// Headers of a delivery of `body`, signed with `secret` as the vendor would.
fn signed(prefix: &str, secret: &str, id: &str, body: &[u8]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(format!("{prefix}-id").parse::<reqwest::header::HeaderName>().unwrap(), HeaderValue::from_str(id).unwrap());
    headers.insert(format!("{prefix}-timestamp").parse::<reqwest::header::HeaderName>().unwrap(), HeaderValue::from(NOW));
    let signature = polar::sign(secret, id, NOW, body).unwrap();
    headers
        .insert(format!("{prefix}-signature").parse::<reqwest::header::HeaderName>().unwrap(), HeaderValue::from_str(&signature).unwrap());
    headers
}

fn polar_event(event_type: &str, data: serde_json::Value) -> Vec<u8> {
    serde_json::json!({"type": event_type, "timestamp": "2026-11-29T10:00:00Z", "data": data}).to_string().into_bytes()
}

#[test]
fn each_polar_checkout_event_decodes_into_its_variant() {
    let webhook = polar::Webhook::new(POLAR_SECRET).unwrap();
    let mut succeeded = fixture("polar/checkout.json");
    succeeded["status"] = "succeeded".into();
    for (event_type, data) in [
        ("checkout.created", fixture("polar/checkout.json")),
        ("checkout.updated", succeeded),
        ("checkout.expired", fixture("polar/checkout_nulls.json")),
    ] {
        let body = polar_event(event_type, data);
        let event = webhook.verify_at(&signed("webhook", POLAR_SECRET, "msg_1", &body), &body, at(NOW)).unwrap();
        assert_eq!(event.event_type(), event_type);
        match event {
            polar::Event::CheckoutCreated(e) => assert_eq!(e.data.amount, 2900),
            polar::Event::CheckoutUpdated(e) => assert_eq!(e.data.status, polar_checkouts::types::CheckoutStatus::Succeeded),
            polar::Event::CheckoutExpired(e) => assert!(e.data.discount.is_none()),
            other => panic!("{event_type}: {other:?}"),
        }
    }
}

#[test]
fn an_unknown_event_type_is_kept_whole() {
    let webhook = polar::Webhook::new(POLAR_SECRET).unwrap();
    let body = br#"{"type":"order.paid","timestamp":"2026-11-29T10:00:00Z","data":{"id":"o1","total":5}}"#;
    let event = webhook.verify_at(&signed("webhook", POLAR_SECRET, "msg_2", body), body, at(NOW)).unwrap();
    let polar::Event::Unknown { event_type, raw } = &event else { panic!("{event:?}") };
    assert_eq!((event_type.as_str(), &raw["data"]["total"]), ("order.paid", &serde_json::json!(5)));
    assert_eq!(event.event_type(), "order.paid");
}

/// A forged delivery is refused on its signature, before its body is even parsed: a body that is
/// not JSON, signed wrongly, says "no matching signature", not "not JSON".
#[test]
fn the_signature_is_checked_before_the_body_is_parsed() {
    let webhook = polar::Webhook::new(POLAR_SECRET).unwrap();
    let garbage = b"\xff\xfe not json";
    let headers = signed("webhook", "another_secret", "msg_3", garbage);
    assert_eq!(webhook.verify_at(&headers, garbage, at(NOW)).unwrap_err(), polar::WebhookError::NoMatchingSignature);
    let headers = signed("webhook", POLAR_SECRET, "msg_3", garbage);
    assert_eq!(webhook.verify_at(&headers, garbage, at(NOW)).unwrap_err(), polar::WebhookError::BodyNotUtf8);
    let text = b"not json";
    let headers = signed("webhook", POLAR_SECRET, "msg_3", text);
    assert!(matches!(webhook.verify_at(&headers, text, at(NOW)).unwrap_err(), polar::WebhookError::BodyNotJson(_)));
    // Tampering with the body, the id or the timestamp after signing.
    let body = polar_event("checkout.created", fixture("polar/checkout.json"));
    let headers = signed("webhook", POLAR_SECRET, "msg_4", &body);
    let mut tampered = body.clone();
    tampered[10] ^= 1;
    assert_eq!(webhook.verify_at(&headers, &tampered, at(NOW)).unwrap_err(), polar::WebhookError::NoMatchingSignature);
    let mut other_id = headers.clone();
    other_id.insert("webhook-id", HeaderValue::from_static("msg_5"));
    assert_eq!(webhook.verify_at(&other_id, &body, at(NOW)).unwrap_err(), polar::WebhookError::NoMatchingSignature);
    let mut other_time = headers.clone();
    other_time.insert("webhook-timestamp", HeaderValue::from(NOW - 1));
    assert_eq!(webhook.verify_at(&other_time, &body, at(NOW)).unwrap_err(), polar::WebhookError::NoMatchingSignature);
    // A replay beyond the tolerance, and a tighter tolerance.
    assert!(matches!(webhook.verify_at(&headers, &body, at(NOW + 301)).unwrap_err(), polar::WebhookError::TooOld { age_seconds: 301 }));
    let strict = webhook.clone().tolerance(Duration::from_secs(5));
    assert!(matches!(strict.verify_at(&headers, &body, at(NOW - 6)).unwrap_err(), polar::WebhookError::TooNew { ahead_seconds: 6 }));
    assert!(!format!("{webhook:?}").contains(POLAR_SECRET));
}

#[test]
fn a_payload_that_does_not_match_names_its_path() {
    let webhook = polar::Webhook::new(POLAR_SECRET).unwrap();
    let mut data = fixture("polar/checkout.json");
    data["amount"] = "a lot".into();
    let body = polar_event("checkout.updated", data);
    let error = webhook.verify_at(&signed("webhook", POLAR_SECRET, "msg_6", &body), &body, at(NOW)).unwrap_err();
    let polar::WebhookError::Payload { event_type, message } = &error else { panic!("{error:?}") };
    assert_eq!(event_type, "checkout.updated");
    assert!(message.starts_with("data.amount: invalid type"), "{message}");
}

/// Flowglad delivers through Svix (`svix-*` headers, a `whsec_` secret); the body names the
/// object the event is about.
#[test]
fn flowglad_events_verify_with_svix_headers_and_dispatch_on_the_object() {
    let webhook = flowglad::Webhook::new(FLOWGLAD_SECRET).unwrap();
    for (object, expected) in [("purchase", "Purchase"), ("payment", "Payment"), ("customer", "Customer"), ("subscription", "Subscription")]
    {
        let body =
            format!(r#"{{"object":"{object}","id":"obj_1","customer":{{"id":"cust_1","externalId":"user_42"}},"pricingModelId":"pm_1"}}"#);
        let event = webhook.verify_at(&signed("svix", FLOWGLAD_SECRET, "msg_1", body.as_bytes()), body.as_bytes(), at(NOW)).unwrap();
        assert!(format!("{event:?}").starts_with(expected), "{object}: {event:?}");
        assert_eq!(event.event_type(), object);
    }
    let body = br#"{"object":"sync_stream","id":"ss_1"}"#;
    let event = webhook.verify_at(&signed("webhook", FLOWGLAD_SECRET, "msg_2", body), body, at(NOW)).unwrap();
    assert!(matches!(event, flowglad::Event::Unknown { ref event_type, .. } if event_type == "sync_stream"), "{event:?}");
}

proptest! {
    /// Arbitrary bytes and header values never make verification panic, signed or not.
    #[test]
    fn arbitrary_deliveries_never_panic(
        body in proptest::collection::vec(any::<u8>(), 0..256),
        id in "[ -~]{0,40}",
        timestamp in "[ -~]{0,24}",
        signature in "[ -~]{0,120}",
        sign_it in any::<bool>(),
    ) {
        let webhook = polar::Webhook::new(POLAR_SECRET).unwrap();
        let mut headers = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(&id) { headers.insert("webhook-id", v); }
        if let Ok(v) = HeaderValue::from_str(&timestamp) { headers.insert("webhook-timestamp", v); }
        if let Ok(v) = HeaderValue::from_str(&signature) { headers.insert("webhook-signature", v); }
        let _ = webhook.verify_at(&headers, &body, at(NOW));
        if sign_it {
            let headers = signed("webhook", POLAR_SECRET, "msg_p", &body);
            let result = webhook.verify_at(&headers, &body, at(NOW));
            prop_assert!(!matches!(result, Err(polar::WebhookError::NoMatchingSignature)));
        }
    }
}
