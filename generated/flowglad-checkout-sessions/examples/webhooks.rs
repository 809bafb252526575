//! A webhook endpoint for Flowglad (delivered through Svix), in axum: the handler takes the
//! verified, typed, de-duplicated event (`webhooks::Fresh`, feature `axum`) and matches on the
//! object it is about. `cargo run -p flowglad-checkout-sessions --features axum --example
//! flowglad_webhooks` starts it on loopback and delivers a signed event (twice, and replayed
//! an hour late) to itself.

use std::sync::Arc;

use axum::http::StatusCode;
use flowglad_checkout_sessions::webhooks::{Event, Fresh, Inbox, Webhook};

/// The endpoint's signing secret, as Flowglad's dashboard shows it (`whsec_…`).
const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/// Runs once per fresh delivery: forged (401), late (400) and duplicate (200) deliveries are
/// answered before it.
async fn flowglad_webhook(delivery: Fresh) -> StatusCode {
    match delivery.event {
        Event::Purchase(event) => {
            println!("purchase {} completed for customer {:?}", event.id, event.customer.map(|c| c.external_id));
        }
        Event::Payment(event) => println!("payment {} changed: fetch it for its status", event.id),
        other => println!("ignoring an event about `{}`", other.event_type()),
    }
    StatusCode::NO_CONTENT
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let inbox = Arc::new(Inbox::new(Webhook::new(SECRET)?));
    let app = axum::Router::new().route("/webhooks/flowglad", axum::routing::post(flowglad_webhook)).with_state(inbox);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/webhooks/flowglad", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await.expect("the endpoint serves") });

    flowglad_checkout_sessions::runtime::install_crypto_provider(); // before building a reqwest::Client of our own
    let http = reqwest::Client::new();
    let body = r#"{"object":"purchase","id":"prch_3Xy9","customer":{"id":"cust_1","externalId":"user_42"},"pricingModelId":"pm_1"}"#;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as i64;
    let sent = [
        ("msg_1", now, StatusCode::NO_CONTENT),
        // Svix sends it again: acknowledged, not handled twice.
        ("msg_1", now, StatusCode::OK),
        // A replay of another message an hour late: refused by the timestamp window.
        ("msg_2", now - 3600, StatusCode::BAD_REQUEST),
    ];
    for (id, timestamp, expected) in sent {
        let signature = flowglad_checkout_sessions::webhooks::sign(SECRET, id, timestamp, body.as_bytes())?;
        let status = http
            .post(&url)
            .header("svix-id", id)
            .header("svix-timestamp", timestamp.to_string())
            .header("svix-signature", signature)
            .body(body)
            .send()
            .await?
            .status();
        if status != expected {
            return Err(format!("{id} sent at {timestamp}: {status}, expected {expected}").into());
        }
    }
    Ok(())
}

#[cfg(test)]
#[test]
fn the_endpoint_handles_a_delivery_once_and_refuses_a_replay() {
    main().expect("the example succeeds");
}
