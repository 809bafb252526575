//! A webhook endpoint for Polar's checkout events, in axum: verify, then match on the event.
//! `cargo run -p polar-checkouts --example polar_webhooks` starts it on loopback and delivers three
//! signed events (and a forged one) to itself.

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use polar_checkouts::types::{self, Checkout, CheckoutStatus};
use polar_checkouts::webhooks::{Event, Webhook};

/// The endpoint's secret, as Polar's dashboard shows it (in a service: from the environment).
const SECRET: &str = "whsec_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK";

/// The handler: 401 for anything not signed by Polar, 204 once the event is handled.
async fn polar_webhook(webhook: Webhook, headers: HeaderMap, body: Bytes) -> StatusCode {
    match webhook.verify(&headers, &body) {
        Ok(Event::CheckoutUpdated(event)) if event.data.status == CheckoutStatus::Succeeded => {
            println!("checkout {} paid: fulfil the order", event.data.id);
            StatusCode::NO_CONTENT
        }
        Ok(Event::CheckoutExpired(event)) => {
            println!("checkout {} expired: send a reminder", event.data.id);
            StatusCode::NO_CONTENT
        }
        Ok(other) => {
            println!("ignoring {}", other.event_type());
            StatusCode::NO_CONTENT
        }
        Err(error) => {
            println!("refused: {error}");
            StatusCode::UNAUTHORIZED
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let webhook = Webhook::new(SECRET)?;
    let app = axum::Router::new().route(
        "/webhooks/polar",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| polar_webhook(webhook.clone(), headers, body)),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/webhooks/polar", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await.expect("the endpoint serves") });

    // Deliveries as Polar signs them (`webhooks::sign` is the test helper for this).
    polar_checkouts::runtime::install_crypto_provider(); // before building a reqwest::Client of our own
    let http = reqwest::Client::new();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as i64;
    // The events are typed values (`example()` comes with the `mock` feature).
    let paid = Checkout { status: CheckoutStatus::Succeeded, ..Checkout::example() };
    let expired = Checkout { status: CheckoutStatus::Expired, ..Checkout::example() };
    let deliveries = [
        (
            "checkout.updated",
            serde_json::to_string(&types::WebhookCheckoutUpdatedPayload { data: paid, ..types::WebhookCheckoutUpdatedPayload::example() })?,
        ),
        (
            "checkout.expired",
            serde_json::to_string(&types::WebhookCheckoutExpiredPayload {
                data: expired,
                ..types::WebhookCheckoutExpiredPayload::example()
            })?,
        ),
        ("checkout.created", serde_json::to_string(&types::WebhookCheckoutCreatedPayload::example())?),
    ];
    for (n, (event_type, body)) in deliveries.into_iter().enumerate() {
        let id = format!("msg_{n}");
        let signature = polar_checkouts::webhooks::sign(SECRET, &id, now, body.as_bytes())?;
        let status = http
            .post(&url)
            .header("webhook-id", id)
            .header("webhook-timestamp", now.to_string())
            .header("webhook-signature", signature)
            .body(body)
            .send()
            .await?
            .status();
        if status != reqwest::StatusCode::NO_CONTENT {
            return Err(format!("{event_type}: {status}").into());
        }
    }
    // A forged delivery: signed with another secret.
    let body = serde_json::to_string(&types::WebhookCheckoutUpdatedPayload::example())?;
    let forged = polar_checkouts::webhooks::sign("someone_else", "msg_x", now, body.as_bytes())?;
    let status = http
        .post(&url)
        .header("webhook-id", "msg_x")
        .header("webhook-timestamp", now.to_string())
        .header("webhook-signature", forged)
        .body(body.clone())
        .send()
        .await?
        .status();
    if status != reqwest::StatusCode::UNAUTHORIZED {
        return Err(format!("a forged delivery got {status}").into());
    }
    Ok(())
}

#[cfg(test)]
#[test]
fn the_webhook_endpoint_accepts_signed_events_and_refuses_forged_ones() {
    main().expect("the example succeeds");
}
