//! The webhook inbox's memory under load: 100 000 distinct Polar deliveries, each verified and
//! recorded by `webhooks::Inbox` (in memory), arriving at 100 a second of a simulated clock for
//! 1 000 seconds with the default 5-minute window. The store forgets each id once the window would
//! refuse a replay of it, so it holds about 100 × 300 entries however long the load lasts; the
//! baseline is the "seen ids" set a service writes by hand, which keeps all of them. Also: the
//! time per delivery, against verifying the signature alone.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use polar_checkouts::runtime::reqwest::header::{HeaderMap, HeaderValue};
use polar_checkouts::webhooks::{Inbox, MemoryStore, Received, Webhook};

const SECRET: &str = "whsec_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK";
const DELIVERIES: u64 = 100_000;
const PER_SECOND: u64 = 100;
const T0: u64 = 1_764_410_400;

static NOW: AtomicU64 = AtomicU64::new(T0);

fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(NOW.load(Ordering::SeqCst))
}

fn main() {
    let body = serde_json::json!({"type": "order.paid", "timestamp": "2026-11-29T10:00:00Z", "data": {"id": "o1"}}).to_string();
    let deliveries: Vec<(u64, HeaderMap)> = (0..DELIVERIES)
        .map(|n| {
            let (id, timestamp) = (format!("msg_{n:06}"), T0 + n / PER_SECOND);
            let signature = polar_checkouts::webhooks::sign(SECRET, &id, timestamp as i64, body.as_bytes()).unwrap();
            let mut headers = HeaderMap::new();
            headers.insert("webhook-id", HeaderValue::from_str(&id).unwrap());
            headers.insert("webhook-timestamp", HeaderValue::from(timestamp));
            headers.insert("webhook-signature", HeaderValue::from_str(&signature).unwrap());
            (timestamp, headers)
        })
        .collect();
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let webhook = Webhook::new(SECRET).unwrap();

    // Baseline: verify, then a set of every id ever seen.
    let started = Instant::now();
    let mut seen = std::collections::HashSet::new();
    for (timestamp, headers) in &deliveries {
        let at = UNIX_EPOCH + Duration::from_secs(*timestamp);
        webhook.verify_at(headers, body.as_bytes(), at).unwrap();
        seen.insert(headers["webhook-id"].to_str().unwrap().to_owned());
    }
    let baseline = started.elapsed();

    let inbox = Inbox::with_store(webhook, MemoryStore::with_clock(now));
    let started = Instant::now();
    let (mut largest, mut fresh) = (0, 0);
    for (timestamp, headers) in &deliveries {
        NOW.store(*timestamp, Ordering::SeqCst);
        let at = UNIX_EPOCH + Duration::from_secs(*timestamp);
        if let Received::Fresh { .. } = runtime.block_on(inbox.receive_at(headers, body.as_bytes(), at)).unwrap() {
            fresh += 1;
        }
        largest = largest.max(inbox.store().len());
    }
    let inbox_time = started.elapsed();
    assert_eq!(fresh, DELIVERIES);
    println!("{DELIVERIES} distinct deliveries, {PER_SECOND}/s for {} s, 300 s window:", DELIVERIES / PER_SECOND);
    println!("  inbox (MemoryStore): at most {largest} ids held, {} at the end", inbox.store().len());
    println!("  baseline (a set of seen ids): {} ids held at the end", seen.len());
    println!(
        "  time per delivery: inbox {:.2} µs, verify alone + set {:.2} µs ({:.2}x)",
        inbox_time.as_secs_f64() * 1e6 / DELIVERIES as f64,
        baseline.as_secs_f64() * 1e6 / DELIVERIES as f64,
        inbox_time.as_secs_f64() / baseline.as_secs_f64()
    );
}
