//! The engine behind each generated crate's `mock` module (the `mock` feature): an HTTP server on
//! a loopback ephemeral port that answers from *routes* — one operation's method and path
//! template, a check over the request, and a reply — and records every request.
//!
//! Generated code gives routes their types: it decodes a request into the operation's typed
//! request and checks it, and encodes typed success and error values as replies. This module
//! knows only HTTP. A request no route accepts is answered `418` with the reasons each route of
//! the same operation gave, and [`Server::verify`] (also run when the server is dropped) panics
//! with them, as it does for a route whose expected call count was not met.
//!
//! Routes are tried in the order they were added; a route limited with `times(n)` stops
//! matching after `n` calls, so a later route answers next (a 503, then a success).

use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming as Body;
use hyper::header::{HeaderMap, HeaderName, HeaderValue};

/// One operation of the API: `(operationId, method, path template, parameters marked secret)`.
pub type Operation = (&'static str, &'static str, &'static str, &'static [&'static str]);

/// The status of the answer to a request no route accepts: no API documents it, so a client never
/// mistakes it for a real error response, and no client retries it.
pub const UNMATCHED: u16 = 418;

/// One request as the server received it. Its `Debug` (and every report of the server) shows
/// neither a secret parameter's value nor a credential header's.
#[derive(Clone)]
pub struct Received {
    /// The operation whose method and path template it matched, if any.
    pub operation: Option<&'static str>,
    /// `GET`, `POST`, …
    pub method: String,
    /// The path, percent-encoded as sent.
    pub path: String,
    /// The path parameters of the matched template, by wire name, percent-decoded.
    pub path_params: Vec<(String, String)>,
    /// The query pairs in order, decoded.
    pub query: Vec<(String, String)>,
    /// Every header.
    pub headers: HeaderMap,
    /// The body.
    pub body: Bytes,
    /// The operation's parameters marked secret (`format: password`), never shown.
    secrets: &'static [&'static str],
}

/// Whether a header carries a credential (its value is never shown).
fn is_credential(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["authorization", "cookie", "key", "token", "secret", "signature"].iter().any(|word| name.contains(word))
}

impl Received {
    /// The path with each secret path parameter replaced by `<redacted>`.
    pub fn shown_path(&self) -> String {
        let mut path = self.path.clone();
        for (name, value) in &self.path_params {
            if self.secrets.contains(&name.as_str()) && !value.is_empty() {
                let encoded = percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string();
                path = path.replace(&encoded, "<redacted>").replace(value.as_str(), "<redacted>");
            }
        }
        path
    }

    /// The query pairs, secret ones redacted.
    fn shown_query(&self) -> Vec<(String, String)> {
        self.query
            .iter()
            .map(|(k, v)| (k.clone(), if self.secrets.contains(&k.as_str()) { "<redacted>".to_owned() } else { v.clone() }))
            .collect()
    }
    /// Every value of the query parameter `name`, in order.
    pub fn query_values(&self, name: &str) -> Vec<&str> {
        self.query.iter().filter(|(key, _)| key == name).map(|(_, value)| value.as_str()).collect()
    }

    /// The path parameter `name`.
    pub fn path_param(&self, name: &str) -> Option<&str> {
        self.path_params.iter().find(|(key, _)| *key == name).map(|(_, value)| value.as_str())
    }
}

impl std::fmt::Debug for Received {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let headers: Vec<(String, String)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                let shown = if is_credential(name.as_str()) {
                    "<redacted>".to_owned()
                } else {
                    String::from_utf8_lossy(value.as_bytes()).into_owned()
                };
                (name.to_string(), shown)
            })
            .collect();
        f.debug_struct("Received")
            .field("operation", &self.operation)
            .field("method", &self.method)
            .field("path", &self.shown_path())
            .field("query", &self.shown_query())
            .field("headers", &headers)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

/// What a route answers.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The status.
    pub status: u16,
    /// Headers (a JSON reply carries `content-type: application/json`).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Bytes,
    /// How long to wait before answering (a slow server, a timeout test).
    pub delay: Duration,
    /// Close the connection instead of answering (a broken connection).
    pub drop_connection: bool,
}

impl Reply {
    /// A reply with `status` and no body.
    pub fn status(status: u16) -> Reply {
        Reply { status, headers: Vec::new(), body: Bytes::new(), delay: Duration::ZERO, drop_connection: false }
    }

    /// `value` as a JSON body with `status`.
    ///
    /// # Panics
    /// `value` does not serialize (a map with non-string keys): a bug in the test.
    pub fn json(status: u16, value: &impl serde::Serialize) -> Reply {
        let body = serde_json::to_vec(value).expect("a mock reply serializes as JSON");
        Reply::status(status).header("content-type", "application/json").body(body)
    }

    /// `text` as a `text/plain` body with `status`.
    pub fn text(status: u16, text: impl Into<String>) -> Reply {
        Reply::status(status).header("content-type", "text/plain").body(text.into())
    }

    /// The connection is closed without an answer.
    pub fn drop_connection() -> Reply {
        Reply { drop_connection: true, ..Reply::status(0) }
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Replaces the body, sent verbatim.
    pub fn body(mut self, body: impl Into<Bytes>) -> Reply {
        self.body = body.into();
        self
    }

    /// Waits `delay` before answering.
    pub fn delay(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }
}

impl Reply {
    /// The reply an `Unexpected` error describes: its status, its headers (those that are text)
    /// and its body, verbatim.
    pub fn unexpected(status: u16, headers: &HeaderMap, body: Bytes) -> Reply {
        let mut reply = Reply::status(status).body(body);
        for (name, value) in headers {
            if let Ok(value) = value.to_str() {
                reply = reply.header(name.as_str(), value);
            }
        }
        reply
    }
}

/// A check over one operation's decoded request `R`; `Err` says what differs.
type RequestCheck<R> = Box<dyn Fn(&R) -> Result<(), String> + Send + Sync>;

/// One operation's expectation before it is mounted, as each generated `<Operation>` type holds
/// it: checks over the typed request `R` (decoded from what the server received), how many calls
/// it answers, and the server to mount it on. The generated type adds the typed matchers and
/// replies, each a line that calls one of these.
#[must_use = "an expectation does nothing until it is mounted"]
pub struct Expectation<'a, R> {
    server: &'a Server,
    operation: (&'static str, &'static str, &'static str),
    decode: fn(&Received) -> Result<R, String>,
    checks: Vec<RequestCheck<R>>,
    times: Option<usize>,
}

impl<'a, R: 'static> Expectation<'a, R> {
    /// An expectation of `operation` (`operationId`, method, path template) on `server`, whose
    /// requests `decode` reads.
    pub fn new(
        server: &'a Server,
        operation: (&'static str, &'static str, &'static str),
        decode: fn(&Received) -> Result<R, String>,
    ) -> Self {
        Expectation { server, operation, decode, checks: Vec::new(), times: None }
    }

    /// Only requests whose `name` (what `read` takes from the request, `None` when absent)
    /// equals `expected`; `None` as `expected` is a value that did not convert to the parameter's
    /// type, which no request matches. A `required` value is shown bare in a difference, an
    /// optional one as `Some(…)`/`None`; a `secret` one is not shown at all.
    pub fn equals<T: PartialEq + std::fmt::Debug + Send + Sync + 'static>(
        mut self,
        name: &'static str,
        expected: Option<T>,
        read: fn(&R) -> Option<&T>,
        required: bool,
        secret: bool,
    ) -> Self {
        self.checks.push(Box::new(move |request: &R| {
            let got = read(request);
            match &expected {
                None => Err(format!("{name}: the expected value does not convert")),
                Some(value) if got == Some(value) => Ok(()),
                Some(_) if secret => Err(format!("{name}: expected <redacted>, got <redacted>")),
                Some(value) => match got {
                    Some(got) if required => Err(format!("{name}: expected {value:?}, got {got:?}")),
                    got => Err(format!("{name}: expected {value:?}, got {got:?}")),
                },
            }
        }));
        self
    }

    /// Only requests whose body (what `read` takes from the request) satisfies `predicate`.
    pub fn body_matches<T: 'static>(mut self, read: fn(&R) -> Option<&T>, predicate: impl Fn(&T) -> bool + Send + Sync + 'static) -> Self {
        self.checks.push(Box::new(move |request: &R| match read(request) {
            Some(body) if predicate(body) => Ok(()),
            _ => Err("body: the predicate of `body_matches` is false".to_owned()),
        }));
        self
    }

    /// Only requests for which `predicate` holds.
    pub fn matching(mut self, predicate: impl Fn(&R) -> bool + Send + Sync + 'static) -> Self {
        self.checks.push(Box::new(
            move |request: &R| {
                if predicate(request) { Ok(()) } else { Err("the predicate of `matching` is false".to_owned()) }
            },
        ));
        self
    }

    /// Answers exactly `n` calls, then stops matching.
    pub fn times(mut self, n: usize) -> Self {
        self.times = Some(n);
        self
    }

    /// Mounts the expectation, answering every matching call with `reply`.
    pub fn reply(self, reply: Reply) -> Mounted {
        self.mount(Box::new(move |_| reply.clone()))
    }

    /// Mounts the expectation, answering every matching call with what `respond` builds.
    pub fn mount(self, respond: Respond) -> Mounted {
        let Expectation { server, operation: (id, method, template), decode, checks, times } = self;
        let check: Check = Box::new(move |received: &Received| {
            let request = decode(received).map_err(|error| vec![error])?;
            let differences: Vec<String> = checks.iter().filter_map(|check| check(&request).err()).collect();
            if differences.is_empty() { Ok(()) } else { Err(differences) }
        });
        server.mount(Route::new(id, method, template, check, respond), times)
    }
}

/// Checks a request; `Err` lists what differs, one line each (`id: expected …, got …`).
pub type Check = Box<dyn Fn(&Received) -> Result<(), Vec<String>> + Send + Sync>;

/// Builds the reply to a request a route accepted.
pub type Respond = Box<dyn Fn(&Received) -> Reply + Send + Sync>;

/// One expectation: an operation's method and path template, a check, and a reply.
pub struct Route {
    /// The `operationId`.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// The path template, `/v1/checkouts/{id}`.
    pub template: &'static str,
    /// What the request must satisfy.
    pub check: Check,
    /// The reply.
    pub respond: Respond,
    /// How many calls it answers (then it stops matching); `None`: any number.
    pub times: Option<usize>,
    hits: AtomicUsize,
}

impl Route {
    /// A route answering every call of `operation` that passes `check` with `respond`.
    pub fn new(operation: &'static str, method: &'static str, template: &'static str, check: Check, respond: Respond) -> Route {
        Route { operation, method, template, check, respond, times: None, hits: AtomicUsize::new(0) }
    }

    /// How many requests this route answered.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

#[derive(Default)]
struct Shared {
    routes: Mutex<Vec<Arc<Route>>>,
    received: Mutex<Vec<Received>>,
    failures: Mutex<Vec<String>>,
    /// Set once `verify` has reported (so that dropping the server does not report again).
    reported: std::sync::atomic::AtomicBool,
    /// Every operation's method and template, to name the operation of a request no route takes.
    operations: Mutex<Vec<Operation>>,
}

/// A mock HTTP server on `127.0.0.1:<ephemeral port>`; it stops when dropped.
pub struct Server {
    url: String,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

/// A handle on a mounted route, to check how often it was called.
#[derive(Clone)]
pub struct Mounted {
    route: Arc<Route>,
}

impl Mounted {
    /// How many requests the route answered.
    pub fn hits(&self) -> usize {
        self.route.hits()
    }

    /// Panics unless the route answered exactly `expected` requests.
    pub fn assert_hits(&self, expected: usize) {
        let hits = self.hits();
        assert!(hits == expected, "mock `{}`: expected {expected} call(s), got {hits}", self.route.operation);
    }
}

impl Server {
    /// Starts a server on a loopback ephemeral port; `operations` lists every operation.
    ///
    /// # Panics
    /// No loopback port can be bound (the test cannot run anyway).
    pub async fn start(operations: &[Operation]) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("the mock binds a loopback port");
        let url = format!("http://{}", listener.local_addr().expect("a bound listener has an address"));
        let shared = Arc::new(Shared::default());
        *lock(&shared.operations) = operations.to_vec();
        let serving = shared.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let shared = serving.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request| handle(shared.clone(), request));
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let _ = hyper::server::conn::http1::Builder::new().serve_connection(io, service).await;
                });
            }
        });
        Server { url, shared, task }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Adds a route after the others; `times` limits how many calls it answers.
    pub fn mount(&self, mut route: Route, times: Option<usize>) -> Mounted {
        route.times = times;
        let route = Arc::new(route);
        lock(&self.shared.routes).push(route.clone());
        Mounted { route }
    }

    /// Every request received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        lock(&self.shared.received).clone()
    }

    /// Panics, with the reasons, if a request matched no route or a route limited with `times(n)`
    /// answered fewer than `n` calls.
    pub fn verify(&self) {
        let mut report = lock(&self.shared.failures).clone();
        for route in lock(&self.shared.routes).iter() {
            if let Some(times) = route.times
                && route.hits() < times
            {
                report.push(format!("`{}` expected {times} call(s), got {}", route.operation, route.hits()));
            }
        }
        if !report.is_empty() {
            self.shared.reported.store(true, Ordering::SeqCst);
            panic!("the mock server's expectations were not met:\n\n{}", report.join("\n\n"));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
        // A failing test is already reporting; a second panic would abort the process.
        if !std::thread::panicking() && !self.shared.reported.load(Ordering::SeqCst) {
            self.verify();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// The path parameters of `path` under `template`, or `None` when it does not fit.
fn fit(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    let (wanted, got): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    if wanted.len() != got.len() {
        return None;
    }
    let mut params = Vec::new();
    for (want, got) in wanted.iter().zip(&got) {
        match want.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
            Some(_) if got.is_empty() => return None,
            Some(name) => {
                let value = percent_encoding::percent_decode_str(got).decode_utf8().ok()?.into_owned();
                params.push((name.to_owned(), value));
            }
            None if want == got => {}
            None => return None,
        }
    }
    Some(params)
}

async fn handle(shared: Arc<Shared>, request: hyper::Request<Body>) -> Result<hyper::Response<Full<Bytes>>, std::io::Error> {
    let (parts, body) = request.into_parts();
    let body = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let path = parts.uri.path().to_owned();
    let query: Vec<(String, String)> =
        form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let method = parts.method.as_str().to_owned();
    let operation = lock(&shared.operations).iter().find_map(|(operation, m, template, secrets)| {
        (*m == method).then(|| fit(template, &path).map(|p| (*operation, p, *secrets))).flatten()
    });
    let mut received = Received {
        operation: operation.as_ref().map(|(o, _, _)| *o),
        method,
        path,
        secrets: operation.as_ref().map_or(&[][..], |(_, _, secrets)| *secrets),
        path_params: operation.map(|(_, p, _)| p).unwrap_or_default(),
        query,
        headers: parts.headers,
        body,
    };
    let routes = lock(&shared.routes).clone();
    let mut reasons = Vec::new();
    let mut chosen = None;
    for (i, route) in routes.iter().enumerate() {
        if route.method != received.method {
            continue;
        }
        let Some(params) = fit(route.template, &received.path) else { continue };
        received.path_params = params;
        if route.times.is_some_and(|times| route.hits() >= times) {
            reasons.push(format!("  route #{} `{}`: already answered its {} call(s)", i + 1, route.operation, route.hits()));
            continue;
        }
        match (route.check)(&received) {
            Ok(()) => {
                chosen = Some(route.clone());
                break;
            }
            Err(diffs) => {
                let mut text = format!("  route #{} `{}`:", i + 1, route.operation);
                for diff in diffs {
                    let _ = write!(text, "\n    {diff}");
                }
                reasons.push(text);
            }
        }
    }
    lock(&shared.received).push(received.clone());
    let reply = match chosen {
        Some(route) => {
            route.hits.fetch_add(1, Ordering::SeqCst);
            (route.respond)(&received)
        }
        None => {
            let mut report = format!("{} {}", received.method, received.shown_path());
            if !received.query.is_empty() {
                let pairs: Vec<String> = received.shown_query().iter().map(|(k, v)| format!("{k}={v}")).collect();
                let _ = write!(report, "?{}", pairs.join("&"));
            }
            match (received.operation, reasons.is_empty()) {
                (Some(operation), true) => {
                    let _ = write!(report, " (`{operation}`) matched no route: none is mounted for `{operation}`");
                }
                (None, _) => report.push_str(" is no operation of this API"),
                (Some(operation), false) => {
                    let _ = write!(report, " (`{operation}`) matched no route:\n{}", reasons.join("\n"));
                }
            }
            lock(&shared.failures).push(report.clone());
            Reply::text(UNMATCHED, report)
        }
    };
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    if reply.drop_connection {
        // An error from the service makes hyper close the connection without answering.
        return Err(std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "the mock drops the connection"));
    }
    let mut response = hyper::Response::new(Full::new(reply.body));
    *response.status_mut() = hyper::StatusCode::from_u16(reply.status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in &reply.headers {
        if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(value)) {
            response.headers_mut().append(name, value);
        }
    }
    Ok(response)
}

/// The example of type `name` in `table` (`(name, JSON)`, sorted by name, as generated), with
/// every `{"$example": "Other"}` replaced by `Other`'s example (a reference back to a type being
/// expanded, which only a recursive schema has, is left out of its array or object).
///
/// # Errors
/// `name` is not in the table, or an example is not JSON.
pub fn example_value(table: &[(&str, &str)], name: &str) -> Result<serde_json::Value, String> {
    fn expand(table: &[(&str, &str)], name: &str, open: &mut Vec<String>) -> Result<serde_json::Value, String> {
        let index = table.binary_search_by(|(key, _)| (*key).cmp(name)).map_err(|_| format!("no example of `{name}`"))?;
        let mut value: serde_json::Value =
            serde_json::from_str(table[index].1).map_err(|e| format!("the example of `{name}` is not JSON: {e}"))?;
        open.push(name.to_owned());
        resolve(table, &mut value, open)?;
        open.pop();
        Ok(value)
    }
    /// The component a reference value names (`{"$example": "Name"}`).
    fn reference(value: &serde_json::Value) -> Option<&str> {
        match value {
            serde_json::Value::Object(map) if map.len() == 1 => map.get("$example")?.as_str(),
            _ => None,
        }
    }
    fn resolve(table: &[(&str, &str)], value: &mut serde_json::Value, open: &mut Vec<String>) -> Result<(), String> {
        // A reference back to a type being expanded (a recursive schema) is left out: an array
        // loses that element, an object that property.
        let cyclic = |v: &serde_json::Value, open: &Vec<String>| reference(v).is_some_and(|target| open.iter().any(|o| o == target));
        if let Some(target) = reference(value).map(str::to_owned) {
            *value = if open.contains(&target) { serde_json::Value::Null } else { expand(table, &target, open)? };
            return Ok(());
        }
        match value {
            serde_json::Value::Object(map) => {
                map.retain(|_, v| !cyclic(v, open));
                map.values_mut().try_for_each(|v| resolve(table, v, open))
            }
            serde_json::Value::Array(items) => {
                items.retain(|v| !cyclic(v, open));
                items.iter_mut().try_for_each(|v| resolve(table, v, open))
            }
            _ => Ok(()),
        }
    }
    expand(table, name, &mut Vec::new())
}

/// Why the example of `name` does not decode as `T`, if it does not.
pub fn example_error<T: serde::de::DeserializeOwned>(table: &[(&str, &str)], name: &str) -> Option<String> {
    let value = match example_value(table, name) {
        Ok(value) => value,
        Err(error) => return Some(error),
    };
    serde_json::from_value::<T>(value).err().map(|e| format!("{name}: {e}"))
}

/// The `MockServer` of a generated crate's `mock` module, on the operations table
/// `$operations`: the struct and what does not depend on the API (`start`, `url`, `received`,
/// `verify`). The generated code adds `client()` and one method per operation in its own `impl`.
///
/// ```
/// const OPERATIONS: &[checkout_runtime::mock::Operation] = &[("things.get", "GET", "/things/{id}", &[])];
/// checkout_runtime::mock_server!(OPERATIONS);
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let mock = MockServer::start().await;
/// assert!(mock.url().starts_with("http://127.0.0.1:"));
/// assert!(mock.received().is_empty());
/// mock.verify();
/// # }
/// ```
// Used by the generated code, not by a service: hidden from the docs.
#[doc(hidden)]
#[macro_export]
macro_rules! mock_server {
    ($operations:path) => {
        /// A mock of this API on `127.0.0.1:<ephemeral port>`. Dropping it checks the
        /// expectations (see [`MockServer::verify`]).
        pub struct MockServer {
            inner: $crate::mock::Server,
        }

        impl MockServer {
            /// Starts the server.
            pub async fn start() -> MockServer {
                MockServer { inner: $crate::mock::Server::start($operations).await }
            }

            /// `http://127.0.0.1:<port>`.
            pub fn url(&self) -> &str {
                self.inner.url()
            }

            /// Every request received so far, in order (decode one with
            /// `<Operation>Request::decode`).
            pub fn received(&self) -> ::std::vec::Vec<$crate::mock::Received> {
                self.inner.received()
            }

            /// Panics, saying why, if a request matched no expectation or an expectation
            /// with `times(n)` was called fewer than `n` times. Dropping the server does
            /// this too.
            pub fn verify(&self) {
                self.inner.verify()
            }
        }
    };
}

/// `example()` on each listed type, from the generated `EXAMPLES` table `$table` (see
/// [`example_value`]), and `examples_that_do_not_decode()`, the repository's check that every
/// one of them decodes. Generated code invokes it once per crate instead of writing each impl.
///
/// ```
/// #[derive(Debug, PartialEq, serde::Deserialize)]
/// pub struct Order { pub id: String, pub lines: Vec<Line> }
/// #[derive(Debug, PartialEq, serde::Deserialize)]
/// pub struct Line { pub sku: String }
///
/// const EXAMPLES: &[(&str, &str)] = &[
///     ("Line", r#"{"sku":"A-1"}"#),
///     ("Order", r#"{"id":"o_1","lines":[{"$example":"Line"}]}"#),
/// ];
/// checkout_runtime::mock_examples!(EXAMPLES: Order = "Order", Line = "Line");
///
/// assert_eq!(Order::example(), Order { id: "o_1".into(), lines: vec![Line { sku: "A-1".into() }] });
/// assert!(examples_that_do_not_decode().is_empty());
/// ```
// Used by the generated code, not by a service: hidden from the docs.
#[doc(hidden)]
#[macro_export]
macro_rules! mock_examples {
    ($table:ident: $($ty:ty = $name:literal),* $(,)?) => {
        $(
            impl $ty {
                #[doc = concat!(
                    " A deterministic example, from the spec's `example`s and the field types: a starting point for tests (`",
                    $name, " { field: …, ..", $name, "::example() }` for a struct)."
                )]
                pub fn example() -> Self {
                    $crate::mock::example($table, $name)
                }
            }
        )*

        /// The types whose example does not decode, with the reason (for the repository's tests).
        #[doc(hidden)]
        pub fn examples_that_do_not_decode() -> ::std::vec::Vec<::std::string::String> {
            let checks: ::std::vec::Vec<::std::option::Option<::std::string::String>> =
                ::std::vec![$($crate::mock::example_error::<$ty>($table, $name)),*];
            checks.into_iter().flatten().collect()
        }
    };
}

/// The example of type `name` (see [`example_value`]) as a `T`.
///
/// # Panics
/// The example does not decode as `T` (the spec's `example` contradicts its schema): the panic
/// names the type, so the spec can be fixed; the repository's tests decode every example.
pub fn example<T: serde::de::DeserializeOwned>(table: &[(&str, &str)], name: &str) -> T {
    match example_value(table, name).and_then(|value| serde_json::from_value(value).map_err(|e| e.to_string())) {
        Ok(value) => value,
        Err(error) => panic!("the example of `{name}` does not decode ({error}); fix the spec's `example` for it"),
    }
}

/// `value` as JSON.
///
/// # Panics
/// `value` does not serialize (a map with non-string keys): a bug in the test.
pub fn to_value<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("a mock value serializes as JSON")
}

/// Decodes a request body: JSON (naming the JSON path of a bad value), or a form
/// (`application/x-www-form-urlencoded`, each field read as a string, else as JSON).
///
/// # Errors
/// The body is not of type `T`.
pub fn decode_body<T: serde::de::DeserializeOwned>(received: &Received) -> Result<T, String> {
    let content_type = received.headers.get(hyper::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    if content_type.starts_with("application/x-www-form-urlencoded") {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(&received.body).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        let object = |parse: bool| {
            let mut map = serde_json::Map::new();
            for (key, value) in &pairs {
                let value = if parse { serde_json::from_str(value).unwrap_or_else(|_| value.clone().into()) } else { value.clone().into() };
                map.insert(key.clone(), value);
            }
            serde_json::Value::Object(map)
        };
        return serde_json::from_value(object(false))
            .or_else(|_| serde_json::from_value(object(true)))
            .map_err(|e| format!("body: the form does not decode: {e}"));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(&received.body);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|e| format!("body: does not decode: {e}"))
}

/// Decodes the values a path or query parameter had into `T`; `None` when it was absent. One
/// value decodes as a string (`abc`, a UUID, an enum value) or as JSON (`10`, `true`), several
/// (a repeated key) as an array of either.
///
/// # Errors
/// No reading decodes as `T`.
pub fn decode_param<T: serde::de::DeserializeOwned>(values: &[&str], label: &str) -> Result<Option<T>, String> {
    use serde_json::Value;
    if values.is_empty() {
        return Ok(None);
    }
    let text = |v: &&str| Value::String((*v).to_owned());
    let parsed = |v: &&str| serde_json::from_str::<Value>(v).unwrap_or_else(|_| Value::String((*v).to_owned()));
    let mut readings = Vec::new();
    if let [one] = values {
        readings.push(text(one));
        readings.push(parsed(one));
    }
    readings.push(Value::Array(values.iter().map(text).collect()));
    readings.push(Value::Array(values.iter().map(parsed).collect()));
    readings
        .into_iter()
        .find_map(|reading| serde_json::from_value(reading).ok())
        .map(Some)
        .ok_or_else(|| format!("{label}: {values:?} does not decode as its type"))
}

/// The JSON value at `pointer` in `value`, created (with its parents) when absent.
fn slot<'a>(value: &'a mut serde_json::Value, pointer: &str) -> &'a mut serde_json::Value {
    let mut current = value;
    for key in pointer.split('/').skip(1) {
        if !current.is_object() {
            *current = serde_json::Value::Object(serde_json::Map::new());
        }
        let serde_json::Value::Object(map) = current else { unreachable!("made an object above") };
        current = map.entry(key.to_owned()).or_insert(serde_json::Value::Null);
    }
    current
}

/// What a paged reply is built from, whatever the paging style: the items, how many go on a
/// page, the status, and the page body they go into (`page`, the list type's example) with the
/// JSON pointers of its item array and, when the API reports one, of its total item count.
pub struct Paged {
    /// The page body every page starts from.
    pub page: serde_json::Value,
    /// Every item, in order.
    pub items: Vec<serde_json::Value>,
    /// How many items a page holds (at least one).
    pub per_page: usize,
    /// The status of every page.
    pub status: u16,
    /// Where a page holds its items.
    pub items_at: &'static str,
    /// Where a page holds the number of items across all pages, if it does.
    pub total_at: Option<&'static str>,
}

impl Paged {
    /// Page `number` (1-based): the body with that page's items (and the total), and how many
    /// pages there are (at least one).
    fn body(&self, number: usize) -> (serde_json::Value, usize) {
        let per_page = self.per_page.max(1);
        let pages = self.items.len().div_ceil(per_page).max(1);
        let start = number.saturating_sub(1).saturating_mul(per_page);
        let mut body = self.page.clone();
        *slot(&mut body, self.items_at) = self.items.iter().skip(start).take(per_page).cloned().collect();
        if let Some(total_at) = self.total_at {
            *slot(&mut body, total_at) = self.items.len().into();
        }
        (body, pages)
    }
}

/// Serves `paged` in pages numbered from 1 by query parameter `param`, with the number of pages
/// at `last_at` (a JSON pointer).
pub fn pages_by_number(paged: Paged, param: &'static str, last_at: &'static str) -> Respond {
    Box::new(move |received| {
        let number = received.query_values(param).first().and_then(|v| v.parse::<usize>().ok()).unwrap_or(1);
        let (mut body, pages) = paged.body(number);
        *slot(&mut body, last_at) = pages.into();
        Reply::json(paged.status, &body)
    })
}

/// Serves `paged` in pages chained by cursor (query parameter `param`; the cursor of page `n` is
/// `page-<n>`), with the next cursor at `next_at` (`null` on the last page) and, when the API has
/// one, the "more follow" flag at `more_at`.
pub fn pages_by_cursor(paged: Paged, param: &'static str, next_at: &'static str, more_at: Option<&'static str>) -> Respond {
    Box::new(move |received| {
        let number =
            received.query_values(param).first().and_then(|v| v.strip_prefix("page-")).and_then(|n| n.parse::<usize>().ok()).unwrap_or(1);
        let (mut body, pages) = paged.body(number);
        let more = number < pages;
        *slot(&mut body, next_at) = if more { format!("page-{}", number + 1).into() } else { serde_json::Value::Null };
        if let Some(flag) = more_at {
            *slot(&mut body, flag) = more.into();
        }
        Reply::json(paged.status, &body)
    })
}
