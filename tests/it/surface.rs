//! The public surface a service codes against: one `Error`/`Result` at the crate root, no
//! progenitor constructor or untyped `send_raw` in the API, error chains that reach the transport
//! cause, comparable models, and enums that a later spec can extend in a minor release.

use checkout_sdk_tests::{Mock, fixture, root};
use flowglad_checkout_sessions as flowglad;
use polar_checkouts as polar;
use std::error::Error as _;

/// The crate root's `Result` is what `send` returns, so `?` works in a service's own functions
/// typed with it (this is a compile-time check as much as a runtime one).
async fn get(client: &polar::Client, id: uuid::Uuid) -> polar::Result<polar::types::Checkout, polar::errors::CheckoutsGetError> {
    client.checkouts_get().id(id).send().await
}

#[tokio::test]
async fn one_error_type_and_comparable_models_at_the_crate_root() {
    let mock = Mock::start().await;
    mock.respond(200, fixture("polar/checkout.json")).respond(200, fixture("polar/checkout.json"));
    let client = polar::Client::builder().base_url(&mock.url).credentials("polar_oat_SURFACE").build().unwrap();
    let id = uuid::Uuid::nil();
    let first = get(&client, id).await.unwrap();
    let second = get(&client, id).await.unwrap();
    assert_eq!(first, second, "models derive PartialEq");
    let mut changed = second.clone();
    changed.status = polar::types::CheckoutStatus::Expired;
    assert_ne!(first, changed);
}

/// `Eq` wherever no float makes it impossible (a compile-time check), for `HashSet`s and `==` in
/// tests; a model holding a float (Flowglad's page `total`) keeps `PartialEq` only.
#[test]
fn models_without_floats_are_eq() {
    fn eq<T: Eq>() {}
    eq::<polar::types::Address>();
    eq::<polar::types::ResourceNotFound>();
    eq::<flowglad::types::BillingAddress>();
    eq::<flowglad::types::FlowgladError>();
    let code = std::fs::read_to_string(root().join("generated/flowglad-checkout-sessions/src/generated.rs")).unwrap();
    let list = code.find("pub struct CheckoutSessionList {").unwrap();
    let derive = &code[code[..list].rfind("#[derive(").unwrap()..list];
    assert!(derive.contains("PartialEq") && !derive.contains(" Eq"), "{derive}");
}

/// `source()` reaches reqwest's error, so `anyhow`'s chain shows the cause; per-operation error
/// enums are `std::error::Error`s, so they box and chain too.
#[tokio::test]
async fn error_chains_reach_the_transport_cause_and_operation_errors_are_std_errors() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let client = flowglad::Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .credentials("sk_test_surface")
        .retry(polar::RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.checkout_sessions_get().id("chckt_1").send().await.unwrap_err();
    assert!(matches!(error, flowglad::Error::Transport { .. }), "{error:?}");
    let source = error.source().expect("a transport error has a source");
    assert!(source.downcast_ref::<reqwest::Error>().is_some(), "{source:?}");

    let mock = Mock::start().await;
    mock.respond(404, serde_json::json!({"error": "No checkout sessions found with id: x", "code": "NOT_FOUND"}));
    let client = flowglad::Client::builder().base_url(&mock.url).credentials("sk_test_surface").build().unwrap();
    let error = client.checkout_sessions_get().id("x").send().await.unwrap_err();
    let api = error.api_error().expect("a typed 404");
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(api.clone());
    assert!(boxed.to_string().starts_with("NotFound: "), "{boxed}");
}

/// What the generated code keeps out of the public API, read from the committed sources (the
/// absence of an item cannot be a compiling test).
#[test]
fn progenitor_internals_are_not_public() {
    for name in ["polar-checkouts", "flowglad-checkout-sessions"] {
        let lib = std::fs::read_to_string(root().join(format!("generated/{name}/src/lib.rs"))).unwrap();
        assert!(lib.contains("\nmod generated;") && !lib.contains("pub mod generated"), "{name}: the generated module is public");
        assert!(!lib.contains("_URL"), "{name}: URL constants duplicate `Server`");
        let code = std::fs::read_to_string(root().join(format!("generated/{name}/src/generated.rs"))).unwrap();
        for hidden in [
            // progenitor's `Client::new` and the operation builders' `new(client)`.
            "pub fn new(\n        baseurl",
            "pub fn new(client",
            "pub fn new_with_client(",
            "pub async fn send_raw(",
            "pub mod prelude",
            "pub use progenitor_client::{ByteStream, ClientInfo",
        ] {
            assert!(!code.contains(hidden), "{name}: `{hidden}` is public");
        }
        // Each operation's doc example is a doctest that runs against the crate's mock (the test
        // command, which builds with `mock`, runs them).
        assert!(
            !code.contains("```ignore") && code.matches("```rust\n# #[cfg(feature = \"mock\")]").count() >= 3,
            "{name}: an operation example is not a doctest"
        );
        // Every enum (string enums, unions, error and success enums, webhook events) can gain a
        // variant in a minor release.
        let enums = code.matches("pub enum ").count();
        let marked = code.matches("#[non_exhaustive]\n    pub enum ").count() + code.matches("#[non_exhaustive]\npub enum ").count();
        let marked = marked + code.matches("#[non_exhaustive]\n        pub enum ").count();
        assert_eq!(marked, enums, "{name}: {} enum(s) without #[non_exhaustive]", enums - marked);
    }
}

/// The crate root re-exports `serde_json` beside `chrono` and `uuid` (metadata values and unknown
/// variants are JSON), and the API version progenitor reports is the one the client sends.
#[test]
fn serde_json_is_re_exported_and_the_reported_api_version_is_the_one_sent() {
    let raw: polar_checkouts::serde_json::Value = polar_checkouts::serde_json::json!({"type": "mentorship"});
    let benefit: polar_checkouts::types::BenefitPublic = polar_checkouts::serde_json::from_value(raw.clone()).unwrap();
    assert_eq!(benefit, polar_checkouts::types::BenefitPublic::Unknown(raw));
    let generated = std::fs::read_to_string(checkout_sdk_tests::root().join("generated/polar-checkouts/src/generated.rs")).unwrap();
    let squeezed: String = generated.split_whitespace().collect();
    assert!(squeezed.contains("fnapi_version()->&'staticstr{\"2026-10\"}"), "ClientInfo::api_version disagrees with Polar-Version");
    let _: fn() -> flowglad_checkout_sessions::serde_json::Value = || flowglad_checkout_sessions::serde_json::Value::Null;
}
