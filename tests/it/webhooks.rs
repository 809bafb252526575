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

/// The shape of secret Polar issues since June 2026 (`whsec_` and 43 letters and digits).
const POLAR_SECRET: &str = "whsec_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK";
/// The shape Polar issued before, still in use by older endpoints.
const OLDER_POLAR_SECRET: &str = "polar_whs_k2nHd8sQwL0pZ";
const FLOWGLAD_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const NOW: i64 = 1_764_410_400;

fn at(seconds: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds as u64)
}

type Sign = fn(&str, &str, i64, &[u8]) -> Result<String, polar::WebhookError>;

/// Headers of a delivery of `body`, signed with `secret` as the vendor would (`sign`: the crate's
/// own `webhooks::sign`).
fn signed(prefix: &str, sign: Sign, secret: &str, id: &str, body: &[u8]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(format!("{prefix}-id").parse::<reqwest::header::HeaderName>().unwrap(), HeaderValue::from_str(id).unwrap());
    headers.insert(format!("{prefix}-timestamp").parse::<reqwest::header::HeaderName>().unwrap(), HeaderValue::from(NOW));
    let signature = sign(secret, id, NOW, body).unwrap();
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
        let event = webhook.verify_at(&signed("webhook", polar::sign, POLAR_SECRET, "msg_1", &body), &body, at(NOW)).unwrap();
        assert_eq!(event.event_type(), event_type);
        match event {
            polar::Event::CheckoutCreated(e) => assert_eq!(e.data.amount, 2900),
            polar::Event::CheckoutUpdated(e) => assert_eq!(e.data.status, polar_checkouts::types::CheckoutStatus::Succeeded),
            polar::Event::CheckoutExpired(e) => assert!(e.data.discount.is_none()),
            other => panic!("{event_type}: {other:?}"),
        }
    }
}

/// A delivery as Polar's server signs it today: `webhook/tasks.py` hands the base64 encoding of
/// the whole secret to the Python `standardwebhooks` signer, so the HMAC key is the secret's own
/// UTF-8 bytes. The signature was made that way (by that package) for a secret of the shape Polar
/// issues since June 2026, and polar-sdk 1.0.2's `validate_event` accepts it; `sign` reproduces it.
#[test]
fn a_current_polar_secret_verifies_what_polars_server_signed() {
    let body = br#"{"type":"checkout.created","timestamp":"2026-11-29T10:00:00Z","api_version":"2026-10","data":{}}"#;
    let (id, timestamp, signature) = ("msg_2vJ9h8Qd7sPz", 1_764_410_400, "v1,QJH4fD7ja+q2xQGm1U2nU4wVY+JiI+hSzfQvSfTYo0I=");
    assert_eq!(polar::sign(POLAR_SECRET, id, timestamp, body).unwrap(), signature);
    let mut headers = HeaderMap::new();
    headers.insert("webhook-id", HeaderValue::from_static(id));
    headers.insert("webhook-timestamp", HeaderValue::from(timestamp));
    headers.insert("webhook-signature", HeaderValue::from_static(signature));
    let webhook = polar::Webhook::new(POLAR_SECRET).unwrap();
    // The signature is good; the empty `data` is not a checkout, which only decoding says.
    let error = webhook.verify_at(&headers, body, at(timestamp)).unwrap_err();
    assert!(matches!(&error, polar::WebhookError::Payload { event_type, .. } if event_type == "checkout.created"), "{error:?}");
}

/// Every shape of secret Polar has issued verifies: the current `whsec_` one, the older
/// `polar_whs_` one, and a `whsec_<base64>` one read either way (as polar-sdk does).
#[test]
fn every_polar_secret_shape_verifies_a_delivery_signed_with_it() {
    let standard_key = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    for secret in [POLAR_SECRET, OLDER_POLAR_SECRET, standard_key] {
        let webhook = polar::Webhook::new(secret).unwrap();
        let body = polar_event("checkout.updated", fixture("polar/checkout.json"));
        let event = webhook.verify_at(&signed("webhook", polar::sign, secret, "msg_7", &body), &body, at(NOW)).unwrap();
        assert_eq!(event.event_type(), "checkout.updated", "{secret}");
        // Signed with the Standard Webhooks reading of the secret (its base64 part decoded).
        let by_standard = signed("webhook", flowglad::sign, standard_key, "msg_8", &body);
        let result = webhook.verify_at(&by_standard, &body, at(NOW));
        assert_eq!(result.is_ok(), secret == standard_key, "{secret}: {result:?}");
    }
    // Flowglad (Svix) keys are base64: a secret that is not is refused up front.
    assert_eq!(flowglad::Webhook::new(OLDER_POLAR_SECRET).unwrap_err(), flowglad::WebhookError::InvalidSecret);
}

/// A delivery re-encodes to exactly what was received: `api_version` (which polar-sdk 1.0.2
/// requires on a checkout event) and every field of the checkout.
#[test]
fn a_polar_delivery_re_encodes_to_what_was_received() {
    let webhook = polar::Webhook::new(POLAR_SECRET).unwrap();
    let sent = serde_json::json!({
        "type": "checkout.updated", "timestamp": "2026-11-29T10:00:00Z", "api_version": "2026-10",
        "data": fixture("polar/checkout.json"),
    });
    let body = sent.to_string().into_bytes();
    let event = webhook.verify_at(&signed("webhook", polar::sign, POLAR_SECRET, "msg_9", &body), &body, at(NOW)).unwrap();
    let polar::Event::CheckoutUpdated(payload) = &event else { panic!("{event:?}") };
    assert_eq!(payload.api_version.as_deref(), Some("2026-10"));
    assert_eq!(checkout_sdk_tests::first_difference(&sent, &serde_json::to_value(payload).unwrap()), None);
}

#[test]
fn an_unknown_event_type_is_kept_whole() {
    let webhook = polar::Webhook::new(POLAR_SECRET).unwrap();
    let body = br#"{"type":"order.paid","timestamp":"2026-11-29T10:00:00Z","data":{"id":"o1","total":5}}"#;
    let event = webhook.verify_at(&signed("webhook", polar::sign, POLAR_SECRET, "msg_2", body), body, at(NOW)).unwrap();
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
    let headers = signed("webhook", polar::sign, "another_secret", "msg_3", garbage);
    assert_eq!(webhook.verify_at(&headers, garbage, at(NOW)).unwrap_err(), polar::WebhookError::NoMatchingSignature);
    let headers = signed("webhook", polar::sign, POLAR_SECRET, "msg_3", garbage);
    assert_eq!(webhook.verify_at(&headers, garbage, at(NOW)).unwrap_err(), polar::WebhookError::BodyNotUtf8);
    let text = b"not json";
    let headers = signed("webhook", polar::sign, POLAR_SECRET, "msg_3", text);
    assert!(matches!(webhook.verify_at(&headers, text, at(NOW)).unwrap_err(), polar::WebhookError::BodyNotJson(_)));
    // Tampering with the body, the id or the timestamp after signing.
    let body = polar_event("checkout.created", fixture("polar/checkout.json"));
    let headers = signed("webhook", polar::sign, POLAR_SECRET, "msg_4", &body);
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
    let error = webhook.verify_at(&signed("webhook", polar::sign, POLAR_SECRET, "msg_6", &body), &body, at(NOW)).unwrap_err();
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
        let event = webhook
            .verify_at(&signed("svix", flowglad::sign, FLOWGLAD_SECRET, "msg_1", body.as_bytes()), body.as_bytes(), at(NOW))
            .unwrap();
        assert!(format!("{event:?}").starts_with(expected), "{object}: {event:?}");
        assert_eq!(event.event_type(), object);
    }
    let body = br#"{"object":"sync_stream","id":"ss_1"}"#;
    let event = webhook.verify_at(&signed("webhook", flowglad::sign, FLOWGLAD_SECRET, "msg_2", body), body, at(NOW)).unwrap();
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
            let headers = signed("webhook", polar::sign, POLAR_SECRET, "msg_p", &body);
            let result = webhook.verify_at(&headers, &body, at(NOW));
            prop_assert!(!matches!(result, Err(polar::WebhookError::NoMatchingSignature)));
        }
    }
}
