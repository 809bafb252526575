//! [`Inbox`]: webhook deliveries, verified, each said to be fresh, a duplicate, or stale.
//!
//! Standard Webhooks asks a receiver to use `webhook-id` as an idempotency key, and vendors re-send
//! a delivery they did not see acknowledged in time (Polar: up to 10 times, backing off from
//! 2 s, each attempt signed again with a new timestamp, `server/polar/webhook/tasks.py`), so a
//! handler that did its work and then timed out gets the same event again. The inbox verifies a
//! delivery ([`Webhook::verify`]), then records its id in a [`DeliveryStore`] with an
//! insert-if-absent: of any number of deliveries of one id, concurrent or not, exactly one is
//! [`Received::Fresh`]. Where the API's events say which resource they are about and its version
//! (`x-webhooks.ordering`: Polar's checkout events, by `data.id` and `data.modified_at`), an event
//! older than the newest one seen for its resource is [`Received::Stale`], so an out-of-order
//! `checkout.updated` does not overwrite a newer state.
//!
//! [`MemoryStore`] keeps ids in memory and forgets each once its retention has passed (by default
//! the timestamp tolerance: past it the signature check refuses a replay of that delivery anyway),
//! so its size is bounded by the deliveries of one retention period, whatever the load. A service
//! with several instances implements [`DeliveryStore`] on a shared store (Redis `SET NX PX`, a
//! Postgres `INSERT … ON CONFLICT DO NOTHING`).

use std::collections::{BTreeSet, HashMap};
use std::future::Future;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;

use crate::webhook::{Event, Webhook, WebhookError};

/// Where an [`Inbox`] records what it accepted. Both operations are atomic: a store shared by
/// several processes must make them so (one round trip each).
pub trait DeliveryStore: Send + Sync {
    /// Records delivery `id`, to be remembered until `expires_at`; `true` when it was not
    /// recorded yet (the delivery is fresh), `false` for a duplicate.
    fn insert_if_absent(&self, id: &str, expires_at: SystemTime) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Records `version` as the newest seen for resource `key` (until `expires_at`) when it is at
    /// least as new as the one recorded; `false` when a newer version was recorded (the event is
    /// stale).
    fn advance(&self, key: &str, version: i64, expires_at: SystemTime) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Forgets delivery `id` (its handling failed, so the vendor's next attempt must be fresh).
    fn remove(&self, id: &str) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// A store could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the webhook delivery store failed: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

/// A [`DeliveryStore`] in memory, for one process. Each entry is forgotten once it expires, so
/// the store holds at most the deliveries of one retention period.
#[derive(Debug)]
pub struct MemoryStore {
    state: Mutex<MemoryState>,
    clock: fn() -> SystemTime,
}

impl Default for MemoryStore {
    fn default() -> Self {
        MemoryStore { state: Mutex::default(), clock: SystemTime::now }
    }
}

#[derive(Debug, Default)]
struct MemoryState {
    /// Delivery id → when it may be forgotten.
    ids: HashMap<String, SystemTime>,
    /// Resource key → (newest version, when it may be forgotten).
    versions: HashMap<String, (i64, SystemTime)>,
    /// Every entry by expiry, to forget the expired ones first: (expiry, is a version, key).
    expiries: BTreeSet<(SystemTime, bool, String)>,
}

impl MemoryState {
    fn forget_expired(&mut self, now: SystemTime) {
        while let Some(first) = self.expiries.first().filter(|(at, ..)| *at <= now).cloned() {
            self.expiries.remove(&first);
            let (at, version, key) = first;
            // An entry whose expiry was moved later is forgotten at its new expiry.
            if version {
                if self.versions.get(&key).is_some_and(|(_, expiry)| *expiry == at) {
                    self.versions.remove(&key);
                }
            } else if self.ids.get(&key) == Some(&at) {
                self.ids.remove(&key);
            }
        }
    }
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// An empty store that reads the time from `clock` (to replay recorded deliveries, or to
    /// test expiry without waiting).
    pub fn with_clock(clock: fn() -> SystemTime) -> MemoryStore {
        MemoryStore { clock, ..MemoryStore::default() }
    }

    /// How many delivery ids and resource versions it holds now (expired ones included until the
    /// next operation forgets them).
    pub fn len(&self) -> usize {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.ids.len() + state.versions.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn with<T>(&self, f: impl FnOnce(&mut MemoryState) -> T) -> T {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.forget_expired((self.clock)());
        f(&mut state)
    }
}

impl DeliveryStore for MemoryStore {
    fn insert_if_absent(&self, id: &str, expires_at: SystemTime) -> impl Future<Output = Result<bool, StoreError>> + Send {
        let fresh = self.with(|state| {
            if state.ids.contains_key(id) {
                return false;
            }
            state.ids.insert(id.to_owned(), expires_at);
            state.expiries.insert((expires_at, false, id.to_owned()));
            true
        });
        std::future::ready(Ok(fresh))
    }

    fn advance(&self, key: &str, version: i64, expires_at: SystemTime) -> impl Future<Output = Result<bool, StoreError>> + Send {
        let newest = self.with(|state| match state.versions.get(key) {
            Some((seen, _)) if *seen > version => false,
            _ => {
                let expires_at = state.versions.get(key).map_or(expires_at, |(_, at)| (*at).max(expires_at));
                state.versions.insert(key.to_owned(), (version, expires_at));
                state.expiries.insert((expires_at, true, key.to_owned()));
                true
            }
        });
        std::future::ready(Ok(newest))
    }

    fn remove(&self, id: &str) -> impl Future<Output = Result<(), StoreError>> + Send {
        self.with(|state| state.ids.remove(id));
        std::future::ready(Ok(()))
    }
}

/// Where an event says which resource it is about and that resource's version: JSON pointers
/// into the body (`x-webhooks.ordering` in the spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ordering {
    /// The resource's id (`/data/id`).
    pub key: &'static str,
    /// Its version: the first of these present and not `null`, an RFC 3339 time or an integer
    /// (`/data/modified_at`, then `/data/created_at`).
    pub version: &'static [&'static str],
}

impl Ordering {
    /// The event type, resource id and version `body` (verified JSON) says, when it says them.
    fn read(&self, body: &[u8], event_type: &str) -> Option<(String, i64)> {
        let value: serde_json::Value = serde_json::from_slice(body).ok()?;
        let key = match value.pointer(self.key)? {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let version = self.version.iter().find_map(|pointer| match value.pointer(pointer)? {
            serde_json::Value::Number(n) => n.as_i64(),
            serde_json::Value::String(s) => chrono::DateTime::parse_from_rfc3339(s).ok()?.timestamp_nanos_opt(),
            _ => None,
        })?;
        // Resources of different event families (`checkout`, `order`) keep apart.
        let family = event_type.split('.').next().unwrap_or(event_type);
        Some((format!("{family}:{key}"), version))
    }
}

/// What an [`Inbox`] says of a verified delivery.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Received<E> {
    /// The first delivery of this id: handle it (and [`Inbox::release`] it if handling fails).
    Fresh {
        /// The delivery's `webhook-id`.
        id: String,
        /// The event.
        event: E,
    },
    /// A delivery of an id already accepted: acknowledge it (2xx) without handling it again.
    Duplicate {
        /// The delivery's `webhook-id`.
        id: String,
    },
    /// A first delivery whose resource was already seen in a newer version: acknowledge it
    /// without applying it.
    Stale {
        /// The delivery's `webhook-id`.
        id: String,
        /// The event, older than the newest seen for its resource.
        event: E,
    },
}

/// Why an [`Inbox`] refused a delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InboxError {
    /// The delivery is not genuine or not fresh (see [`WebhookError`]); nothing was recorded.
    Webhook(WebhookError),
    /// The store failed; nothing can be said of the delivery (answer 5xx, so it comes again).
    Store(StoreError),
}

impl std::fmt::Display for InboxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InboxError::Webhook(e) => e.fmt(f),
            InboxError::Store(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for InboxError {}

/// Verifies webhook deliveries and tells fresh ones from duplicates and stale ones (see the
/// module docs). Each generated crate's `webhooks::Inbox` is this with its own `Event`.
pub struct Inbox<E, S = MemoryStore> {
    webhook: Webhook<E>,
    store: S,
    retention: Duration,
}

impl<E> std::fmt::Debug for Inbox<E, MemoryStore> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inbox").field("webhook", &self.webhook).field("retention", &self.retention).finish_non_exhaustive()
    }
}

impl<E: Event> Inbox<E, MemoryStore> {
    /// An inbox for `webhook`'s deliveries (a generated crate's `webhooks::Webhook`),
    /// remembering them in memory.
    pub fn new(webhook: impl Into<Webhook<E>>) -> Self {
        Inbox::with_store(webhook, MemoryStore::new())
    }
}

impl<E: Event, S: DeliveryStore> Inbox<E, S> {
    /// An inbox remembering deliveries in `store`.
    pub fn with_store(webhook: impl Into<Webhook<E>>, store: S) -> Self {
        let webhook = webhook.into();
        let retention = webhook.tolerance_window();
        Inbox { webhook, store, retention }
    }

    /// Remembers each delivery id for `retention` after its timestamp (at least the timestamp
    /// tolerance). The default, the tolerance, drops every replay the signature check would let
    /// through; a longer one also drops the vendor's re-sends of a delivery that was handled but
    /// not acknowledged in time (each re-send has a new timestamp), at the cost of memory for the
    /// deliveries of that period.
    pub fn retention(mut self, retention: Duration) -> Self {
        self.retention = retention.max(self.webhook.tolerance_window());
        self
    }

    /// The store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Verifies `headers` and `body` (as [`Webhook::verify`]) as of now, then records the delivery.
    ///
    /// # Errors
    /// [`InboxError::Webhook`] for a delivery that is not genuine or not fresh; [`InboxError::Store`].
    pub async fn receive(&self, headers: &HeaderMap, body: &[u8]) -> Result<Received<E>, InboxError> {
        self.receive_at(headers, body, SystemTime::now()).await
    }

    /// [`receive`](Self::receive) as of `now` (tests, replays of recorded deliveries).
    ///
    /// # Errors
    /// As [`receive`](Self::receive).
    pub async fn receive_at(&self, headers: &HeaderMap, body: &[u8], now: SystemTime) -> Result<Received<E>, InboxError> {
        let event = self.webhook.verify_at(headers, body, now).map_err(InboxError::Webhook)?;
        let id = crate::webhook::delivery_id(headers).map_err(InboxError::Webhook)?.to_owned();
        let sent = crate::webhook::delivery_time(headers).map_err(InboxError::Webhook)?;
        let expires_at = sent.max(UNIX_EPOCH) + self.retention;
        if !self.store.insert_if_absent(&id, expires_at).await.map_err(InboxError::Store)? {
            return Ok(Received::Duplicate { id });
        }
        if let Some(ordering) = E::ORDERING
            && let Some((key, version)) = ordering.read(body, event.event_type())
        {
            // A resource's newest version is kept as long as its deliveries are.
            if !self.store.advance(&key, version, expires_at).await.map_err(InboxError::Store)? {
                return Ok(Received::Stale { id, event });
            }
        }
        Ok(Received::Fresh { id, event })
    }

    /// Forgets delivery `id`, so that the vendor's next attempt of it is fresh: call it when
    /// handling a fresh delivery failed (and answer the vendor with an error).
    ///
    /// # Errors
    /// [`StoreError`].
    pub async fn release(&self, id: &str) -> Result<(), StoreError> {
        self.store.remove(id).await
    }
}

/// A fresh webhook event as an axum extractor (feature `axum`): a handler that takes
/// `Fresh<Event>` runs only for a genuine, timely, first delivery of its `webhook-id` that is not
/// stale. Before the handler, a forged delivery (no or a wrong signature) is answered `401`, one
/// outside the timestamp tolerance or whose body is not the event it says `400`, a duplicate or a
/// stale event `200` (acknowledged, so the vendor stops sending it), and a failing store `503`.
/// The app's state provides the inbox: `Arc<Inbox<Event, S>>: FromRef<state>`. A handler whose
/// work fails calls [`Inbox::release`] and answers an error, so the vendor's next attempt runs it.
#[cfg(feature = "axum")]
#[derive(Debug, Clone, PartialEq)]
pub struct Fresh<E, S = MemoryStore> {
    /// The delivery's `webhook-id`.
    pub id: String,
    /// The event.
    pub event: E,
    store: std::marker::PhantomData<fn() -> S>,
}

/// The most bytes of a webhook body the extractor reads (Polar's checkout events are a few KiB).
#[cfg(feature = "axum")]
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

#[cfg(feature = "axum")]
impl<State, E, S> axum_core::extract::FromRequest<State> for Fresh<E, S>
where
    State: Send + Sync,
    E: Event + Send + Sync + 'static,
    S: DeliveryStore + 'static,
    std::sync::Arc<Inbox<E, S>>: axum_core::extract::FromRef<State>,
{
    type Rejection = axum_core::response::Response;

    async fn from_request(request: axum_core::extract::Request, state: &State) -> Result<Self, Self::Rejection> {
        use axum_core::response::IntoResponse as _;
        use http::StatusCode;
        let inbox = <std::sync::Arc<Inbox<E, S>> as axum_core::extract::FromRef<State>>::from_ref(state);
        let (parts, body) = request.into_parts();
        let Ok(body) = http_body_util::BodyExt::collect(http_body_util::Limited::new(body, MAX_BODY_BYTES)).await.map(|c| c.to_bytes())
        else {
            return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
        };
        match inbox.receive(&parts.headers, &body).await {
            Ok(Received::Fresh { id, event }) => Ok(Fresh { id, event, store: std::marker::PhantomData }),
            Ok(_) => Err(StatusCode::OK.into_response()),
            Err(InboxError::Webhook(
                WebhookError::TooOld { .. }
                | WebhookError::TooNew { .. }
                | WebhookError::InvalidTimestamp
                | WebhookError::BodyNotUtf8
                | WebhookError::BodyNotJson(_)
                | WebhookError::Payload { .. },
            )) => Err(StatusCode::BAD_REQUEST.into_response()),
            Err(InboxError::Webhook(_)) => Err(StatusCode::UNAUTHORIZED.into_response()),
            Err(InboxError::Store(_)) => Err(StatusCode::SERVICE_UNAVAILABLE.into_response()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::webhook::{SigningKey, sign};
    use reqwest::header::HeaderValue;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

    /// Events of a test API: `{"type": …, "data": {"id": …, "modified_at": …}}`.
    #[derive(Debug, Clone, PartialEq)]
    struct Test(String);

    impl Event for Test {
        const SIGNING_KEY: SigningKey = SigningKey::Utf8;
        const ORDERING: Option<Ordering> = Some(Ordering { key: "/data/id", version: &["/data/modified_at", "/data/created_at"] });

        fn event_type(&self) -> &str {
            &self.0
        }

        fn from_verified_body(body: &[u8]) -> Result<Self, WebhookError> {
            Ok(Test(crate::webhook::tag(body, "type")?))
        }
    }

    const SECRET: &str = "whsec_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK";
    const T0: u64 = 1_764_410_400;

    fn delivery(id: &str, timestamp: u64, body: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("webhook-id", HeaderValue::from_str(id).unwrap());
        headers.insert("webhook-timestamp", HeaderValue::from(timestamp));
        let signature = sign(SigningKey::Utf8, SECRET, id, timestamp as i64, body.as_bytes()).unwrap();
        headers.insert("webhook-signature", HeaderValue::from_str(&signature).unwrap());
        headers
    }

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    /// Now, in whole seconds: deliveries the store keeps by the real clock.
    fn real_now() -> u64 {
        SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
    }

    /// The clock of the one test that moves time (statics are shared by concurrent tests).
    static NOW: AtomicU64 = AtomicU64::new(T0);

    fn now() -> SystemTime {
        at(NOW.load(AtomicOrdering::SeqCst))
    }

    fn checkout(id: &str, modified_at: &str) -> String {
        format!(r#"{{"type":"checkout.updated","data":{{"id":"{id}","created_at":"2026-11-29T09:00:00Z","modified_at":{modified_at}}}}}"#)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn of_many_deliveries_of_one_id_at_once_exactly_one_is_fresh() {
        let t0 = real_now();
        let inbox = Arc::new(Inbox::new(Webhook::<Test>::new(SECRET).unwrap()));
        let body = checkout("c1", "null");
        let tasks: Vec<_> = (0..64)
            .map(|_| {
                let (inbox, body) = (inbox.clone(), body.clone());
                tokio::spawn(async move { inbox.receive_at(&delivery("msg_1", t0, &body), body.as_bytes(), at(t0)).await.unwrap() })
            })
            .collect();
        let mut fresh = 0;
        for task in tasks {
            match task.await.unwrap() {
                Received::Fresh { id, event } => {
                    assert_eq!((id.as_str(), event.0.as_str()), ("msg_1", "checkout.updated"));
                    fresh += 1;
                }
                Received::Duplicate { id } => assert_eq!(id, "msg_1"),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(fresh, 1);
        // Released after a failed handling, the next attempt (re-signed later) is fresh again.
        inbox.release("msg_1").await.unwrap();
        let later = inbox.receive_at(&delivery("msg_1", t0 + 60, &body), body.as_bytes(), at(t0 + 60)).await.unwrap();
        assert!(matches!(later, Received::Fresh { .. }), "{later:?}");
    }

    #[tokio::test]
    async fn an_update_older_than_the_newest_seen_is_stale() {
        let t0 = real_now();
        let inbox = Inbox::new(Webhook::<Test>::new(SECRET).unwrap());
        let receive = |id: &'static str, body: String| {
            let inbox = &inbox;
            async move { inbox.receive_at(&delivery(id, t0, &body), body.as_bytes(), at(t0)).await.unwrap() }
        };
        // Created (no modification yet), then a change at 10:05, then one at 10:01 arriving late.
        assert!(matches!(receive("m1", checkout("c1", "null")).await, Received::Fresh { .. }));
        assert!(matches!(receive("m2", checkout("c1", r#""2026-11-29T10:05:00Z""#)).await, Received::Fresh { .. }));
        let late = receive("m3", checkout("c1", r#""2026-11-29T10:01:00.000000+00:00""#)).await;
        assert!(matches!(late, Received::Stale { ref id, .. } if id == "m3"), "{late:?}");
        // Another checkout, and an event that names no resource, are not affected.
        assert!(matches!(receive("m4", checkout("c2", r#""2026-11-29T10:00:00Z""#)).await, Received::Fresh { .. }));
        assert!(matches!(receive("m5", r#"{"type":"ping"}"#.to_owned()).await, Received::Fresh { .. }));
        // A forged delivery is refused and records nothing.
        let body = checkout("c3", "null");
        let mut forged = delivery("m6", t0, &body);
        forged.insert("webhook-signature", HeaderValue::from_static("v1,AAAA"));
        let refused = inbox.receive_at(&forged, body.as_bytes(), at(t0)).await.unwrap_err();
        assert_eq!(refused, InboxError::Webhook(WebhookError::NoMatchingSignature));
        assert!(matches!(inbox.receive_at(&delivery("m6", t0, &body), body.as_bytes(), at(t0)).await.unwrap(), Received::Fresh { .. }));
    }

    /// Ids are forgotten once their retention has passed, so the store holds at most the
    /// deliveries of one retention period.
    #[tokio::test]
    async fn the_memory_store_forgets_what_the_window_would_refuse() {
        let webhook = Webhook::<Test>::new(SECRET).unwrap().tolerance(Duration::from_secs(10));
        let inbox = Inbox::with_store(webhook, MemoryStore::with_clock(now));
        for second in 0..100u64 {
            NOW.store(T0 + second, AtomicOrdering::SeqCst);
            for n in 0..10 {
                let id = format!("m{second}_{n}");
                let body = r#"{"type":"ping"}"#;
                inbox.receive_at(&delivery(&id, T0 + second, body), body.as_bytes(), at(T0 + second)).await.unwrap();
            }
            // Ten a second, each kept ten seconds after its timestamp (and then until the next call).
            assert!(inbox.store().len() <= 110, "{} entries at {second} s", inbox.store().len());
        }
        assert!(inbox.store().len() >= 100);
        // A replay of a forgotten delivery is refused by the timestamp check, not by the store.
        let body = r#"{"type":"ping"}"#;
        let replay = inbox.receive_at(&delivery("m0_0", T0, body), body.as_bytes(), at(T0 + 99)).await.unwrap_err();
        assert!(matches!(replay, InboxError::Webhook(WebhookError::TooOld { .. })), "{replay:?}");
    }
}
