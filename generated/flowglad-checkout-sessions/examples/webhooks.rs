//! A webhook endpoint for Flowglad (delivered through Svix), in axum: verify, then match on the
//! object the event is about. `cargo run -p flowglad-checkout-sessions --example flowglad_webhooks`
//! starts it on loopback and delivers a signed event (and a replayed one) to itself.

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use flowglad_checkout_sessions::webhooks::{Event, Webhook, WebhookError};

/// The endpoint's signing secret, as Flowglad's dashboard shows it (`whsec_…`).
const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

async fn flowglad_webhook(webhook: Webhook, headers: HeaderMap, body: Bytes) -> StatusCode {
    match webhook.verify(&headers, &body) {
        Ok(Event::Purchase(event)) => {
            println!("purchase {} completed for customer {:?}", event.id, event.customer.map(|c| c.external_id));
            StatusCode::NO_CONTENT
        }
        Ok(Event::Payment(event)) => {
            println!("payment {} changed: fetch it for its status", event.id);
            StatusCode::NO_CONTENT
        }
        Ok(other) => {
            println!("ignoring an event about `{}`", other.event_type());
            StatusCode::NO_CONTENT
        }
        Err(WebhookError::TooOld { .. } | WebhookError::TooNew { .. }) => StatusCode::BAD_REQUEST,
        Err(_) => StatusCode::UNAUTHORIZED,
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let webhook = Webhook::new(SECRET)?;
    let app = axum::Router::new().route(
        "/webhooks/flowglad",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| flowglad_webhook(webhook.clone(), headers, body)),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/webhooks/flowglad", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await.expect("the endpoint serves") });

    flowglad_checkout_sessions::runtime::install_crypto_provider(); // before building a reqwest::Client of our own
    let http = reqwest::Client::new();
    let body = r#"{"object":"purchase","id":"prch_3Xy9","customer":{"id":"cust_1","externalId":"user_42"},"pricingModelId":"pm_1"}"#;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as i64;
    for (timestamp, expected) in [(now, reqwest::StatusCode::NO_CONTENT), (now - 3600, reqwest::StatusCode::BAD_REQUEST)] {
        let signature = flowglad_checkout_sessions::webhooks::sign(SECRET, "msg_1", timestamp, body.as_bytes())?;
        let status = http
            .post(&url)
            .header("svix-id", "msg_1")
            .header("svix-timestamp", timestamp.to_string())
            .header("svix-signature", signature)
            .body(body)
            .send()
            .await?
            .status();
        if status != expected {
            return Err(format!("sent at {timestamp}: {status}, expected {expected}").into());
        }
    }
    Ok(())
}

#[cfg(test)]
#[test]
fn the_webhook_endpoint_accepts_a_signed_event_and_refuses_a_replay() {
    main().expect("the example succeeds");
}
