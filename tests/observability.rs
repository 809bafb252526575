//! The `tracing` feature: one `checkout.operation` span per call with the operation, method, path
//! template, attempts, status and request id; `retrying` and `page` events; and never a secret,
//! checked with a subscriber that captures everything it is given. In a process of its own (see
//! `tests/Cargo.toml`).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use checkout_sdk_tests::{Mock, Reply, fixture};
use flowglad_checkout_sessions as flowglad;
use futures::TryStreamExt;
use polar_checkouts as polar;
use tracing::field::{Field, Visit};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

/// A span or an event as the subscriber saw it: its name, fields and (for events) its span's id.
#[derive(Debug, Clone, Default)]
struct Seen {
    name: String,
    fields: BTreeMap<String, String>,
    span: Option<u64>,
}

#[derive(Clone, Default)]
struct Capture {
    spans: Arc<Mutex<BTreeMap<u64, Seen>>>,
    events: Arc<Mutex<Vec<Seen>>>,
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}").trim_matches('"').to_owned());
    }
}

impl<S: tracing::Subscriber + for<'a> LookupSpan<'a>> tracing_subscriber::Layer<S> for Capture {
    fn on_new_span(&self, attrs: &tracing::span::Attributes<'_>, id: &tracing::span::Id, _: Context<'_, S>) {
        let mut seen = Seen { name: attrs.metadata().name().to_owned(), ..Seen::default() };
        attrs.record(&mut Fields(&mut seen.fields));
        self.spans.lock().unwrap().insert(id.into_u64(), seen);
    }

    fn on_record(&self, id: &tracing::span::Id, values: &tracing::span::Record<'_>, _: Context<'_, S>) {
        if let Some(seen) = self.spans.lock().unwrap().get_mut(&id.into_u64()) {
            values.record(&mut Fields(&mut seen.fields));
        }
    }

    fn on_event(&self, event: &tracing::Event<'_>, ctx: Context<'_, S>) {
        let mut seen = Seen { span: ctx.event_span(event).map(|s| s.id().into_u64()), ..Seen::default() };
        event.record(&mut Fields(&mut seen.fields));
        seen.name = seen.fields.remove("message").unwrap_or_default();
        self.events.lock().unwrap().push(seen);
    }
}

impl Capture {
    /// Makes this capture the current thread's subscriber. The callsites' cached interest is
    /// rebuilt after: another test's thread, with no subscriber, may have cached "never" for a
    /// callsite while this one was being registered (tracing's cache is process-wide).
    fn install(&self) -> tracing::subscriber::DefaultGuard {
        let guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(self.clone()));
        tracing::callsite::rebuild_interest_cache();
        guard
    }

    /// Every operation span, in the order they were created.
    fn operations(&self) -> Vec<Seen> {
        self.spans.lock().unwrap().values().filter(|s| s.name == "checkout.operation").cloned().collect()
    }

    fn events(&self, name: &str) -> Vec<Seen> {
        self.events.lock().unwrap().iter().filter(|e| e.name == name).cloned().collect()
    }

    /// Everything captured, as text (for the secrets check).
    fn text(&self) -> String {
        format!("{:?}{:?}", self.spans.lock().unwrap(), self.events.lock().unwrap())
    }
}

fn field<'a>(seen: &'a Seen, name: &str) -> &'a str {
    seen.fields.get(name).map(String::as_str).unwrap_or_else(|| panic!("no `{name}` in {seen:?}"))
}

const TOKEN: &str = "polar_oat_TRACING_SECRET";
const CLIENT_SECRET: &str = "polar_c_TRACING_SECRET";

#[tokio::test]
async fn an_operation_is_one_span_with_its_retries_as_events_and_no_secret() {
    let capture = Capture::default();
    let _guard = capture.install();
    let mock = Mock::start().await;
    mock.reply(Reply::json(503, serde_json::json!({"detail": "busy"})))
        .reply(Reply::json(200, fixture("polar/checkout_public.json")).header("x-request-id", "req_trace_1"));
    let client = polar::Client::builder()
        .base_url(&mock.url)
        .credentials(TOKEN)
        .retry(polar::RetryPolicy { max_attempts: 3, base_delay: Duration::from_millis(1), max_delay: Duration::from_millis(5) })
        .build()
        .unwrap();
    client.checkouts_client_get().client_secret(CLIENT_SECRET).send().await.unwrap();

    let spans = capture.operations();
    assert_eq!(spans.len(), 1, "{spans:?}");
    let span = &spans[0];
    assert_eq!(
        [field(span, "operation"), field(span, "method"), field(span, "path")],
        ["checkouts:client_get", "GET", "/v1/checkouts/client/{client_secret}"],
        "the path is the template, never the filled-in path"
    );
    assert_eq!([field(span, "attempts"), field(span, "status"), field(span, "request_id")], ["2", "200", "req_trace_1"]);
    let retries = capture.events("retrying");
    assert_eq!(retries.len(), 1, "{retries:?}");
    assert_eq!((field(&retries[0], "attempt"), field(&retries[0], "reason")), ("1", "503 Service Unavailable"));
    assert!(field(&retries[0], "delay_ms").parse::<u64>().unwrap() <= 5);
    assert!(retries[0].span.is_some(), "the retry event is inside the operation's span");

    let text = capture.text();
    assert!(!text.contains("TRACING_SECRET"), "a secret reached the subscriber: {text}");
}

#[tokio::test]
async fn each_page_is_an_event_and_each_request_a_span() {
    let capture = Capture::default();
    let _guard = capture.install();
    let mock = Mock::start().await;
    let mut first = fixture("flowglad/list_first_page.json");
    first["nextCursor"] = "c1".into();
    first["hasMore"] = true.into();
    mock.reply(Reply::json(200, first)).reply(Reply::json(200, fixture("flowglad/list_last_page.json")));
    let client = flowglad::Client::builder().base_url(&mock.url).credentials("sk_test_TRACING_SECRET").build().unwrap();
    let pages: Vec<_> = client.checkout_sessions_list_pages(|list| list).try_collect().await.unwrap();
    assert_eq!(pages.len(), 2);
    let numbers: Vec<String> = capture.events("page").iter().map(|e| field(e, "page").to_owned()).collect();
    assert_eq!(numbers, ["1", "2"]);
    let spans = capture.operations();
    assert_eq!(spans.len(), 2);
    assert!(spans.iter().all(|s| field(s, "operation") == "checkoutSessions.list" && field(s, "status") == "200"), "{spans:?}");
    assert!(!capture.text().contains("TRACING_SECRET"));
}
