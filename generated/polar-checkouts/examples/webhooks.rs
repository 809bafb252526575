//! A webhook endpoint for Polar's checkout events, in axum: the handler takes the verified, typed,
//! de-duplicated event (`webhooks::Fresh`, feature `axum`) and runs once per delivery.
//! `cargo run -p polar-checkouts --features mock,axum --example polar_webhooks` starts it on
//! loopback and delivers signed events to itself: each twice at once and once more after, an
//! out-of-order update, and a forged one.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::FromRef;
use axum::http::StatusCode;
use polar_checkouts::types::{self, Checkout, CheckoutStatus};
use polar_checkouts::webhooks::{Event, Fresh, Inbox, Webhook};

/// The endpoint's secret, as Polar's dashboard shows it (in a service: from the environment).
const SECRET: &str = "whsec_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK";

/// What the handlers share: the inbox (which the extractor finds through `FromRef`) and, for
/// this example, how many events were handled.
#[derive(Clone)]
struct App {
    inbox: Arc<Inbox>,
    handled: Arc<AtomicUsize>,
}

impl FromRef<App> for Arc<Inbox> {
    fn from_ref(app: &App) -> Arc<Inbox> {
        app.inbox.clone()
    }
}

/// The handler runs only for a genuine first delivery that is not stale: forged ones were
/// answered 401, duplicates and stale updates 200, before it.
async fn polar_webhook(axum::extract::State(app): axum::extract::State<App>, delivery: Fresh) -> StatusCode {
    app.handled.fetch_add(1, Ordering::SeqCst);
    match delivery.event {
        Event::CheckoutUpdated(event) if event.data.status == CheckoutStatus::Succeeded => {
            println!("checkout {} paid: fulfil the order", event.data.id);
        }
        Event::CheckoutExpired(event) => println!("checkout {} expired: send a reminder", event.data.id),
        other => println!("ignoring {}", other.event_type()),
    }
    // Were the work to fail: `app.inbox.release(&delivery.id).await` and answer 500, so that
    // Polar's next attempt runs it.
    StatusCode::NO_CONTENT
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let app = App { inbox: Arc::new(Inbox::new(Webhook::new(SECRET)?)), handled: Arc::default() };
    let router = axum::Router::new().route("/webhooks/polar", axum::routing::post(polar_webhook)).with_state(app.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/webhooks/polar", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, router).await.expect("the endpoint serves") });

    // Deliveries as Polar signs them (`webhooks::sign` is the test helper for this).
    polar_checkouts::runtime::install_crypto_provider(); // before building a reqwest::Client of our own
    let http = reqwest::Client::new();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as i64;
    let deliver = |id: String, body: String, secret: &'static str| {
        let (http, url) = (http.clone(), url.clone());
        async move {
            let signature = polar_checkouts::webhooks::sign(secret, &id, now, body.as_bytes()).expect("a valid secret");
            let response = http
                .post(&url)
                .header("webhook-id", id)
                .header("webhook-timestamp", now.to_string())
                .header("webhook-signature", signature)
                .body(body)
                .send()
                .await
                .expect("the endpoint answers");
            response.status()
        }
    };
    // The events are typed values (`example()` comes with the `mock` feature).
    let paid = Checkout { status: CheckoutStatus::Succeeded, modified_at: Some("2026-11-29T10:05:00Z".parse()?), ..Checkout::example() };
    let updated = |data: Checkout| {
        serde_json::to_string(&types::WebhookCheckoutUpdatedPayload { data, ..types::WebhookCheckoutUpdatedPayload::example() })
    };
    let expired = Checkout { id: uuid::Uuid::from_u128(7), status: CheckoutStatus::Expired, ..Checkout::example() };
    let deliveries = [
        updated(paid.clone())?,
        serde_json::to_string(&types::WebhookCheckoutExpiredPayload { data: expired, ..types::WebhookCheckoutExpiredPayload::example() })?,
    ];
    for (n, body) in deliveries.into_iter().enumerate() {
        // Twice at once (Polar's retry racing a slow first attempt), then once more.
        let id = format!("msg_{n}");
        let (first, second) = tokio::join!(deliver(id.clone(), body.clone(), SECRET), deliver(id.clone(), body.clone(), SECRET));
        let mut statuses = [first, second];
        statuses.sort();
        if statuses != [StatusCode::OK, StatusCode::NO_CONTENT] {
            return Err(format!("{id} twice at once: {statuses:?}").into());
        }
        let again = deliver(id.clone(), body, SECRET).await;
        if again != StatusCode::OK {
            return Err(format!("{id} once more: {again}").into());
        }
    }
    // An update older than the one handled, arriving late: acknowledged, not handled.
    let older = Checkout { status: CheckoutStatus::Open, modified_at: Some("2026-11-29T10:01:00Z".parse()?), ..paid };
    let status = deliver("msg_late".into(), updated(older)?, SECRET).await;
    if status != StatusCode::OK {
        return Err(format!("an out-of-order update got {status}").into());
    }
    // A forged delivery: signed with another secret.
    let status = deliver("msg_x".into(), updated(Checkout::example())?, "someone_else").await;
    if status != StatusCode::UNAUTHORIZED {
        return Err(format!("a forged delivery got {status}").into());
    }
    let handled = app.handled.load(Ordering::SeqCst);
    if handled != 2 {
        return Err(format!("the handler ran {handled} times for 2 distinct, fresh deliveries").into());
    }
    Ok(())
}

#[cfg(test)]
#[test]
fn the_handler_runs_once_per_fresh_delivery() {
    main().expect("the example succeeds");
}
