//! Helpers shared by the test suites: the workspace root, throw-away copies of the repository's
//! `spec/` and `generated/` trees, an in-process `cargo xtask`, and model summaries.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The workspace root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ is one level below the root").to_owned()
}

/// The output of one in-process `cargo xtask` run.
#[derive(Debug)]
pub struct Run {
    /// Exit code.
    pub code: u8,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr.
    pub stderr: String,
}

/// Runs `cargo xtask <args>` in-process.
pub fn xtask(args: &[&str]) -> Run {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let argv = std::iter::once("xtask").chain(args.iter().copied());
    let code = xtask::run(argv, &mut stdout, &mut stderr);
    Run { code, stdout: String::from_utf8(stdout).unwrap(), stderr: String::from_utf8(stderr).unwrap() }
}

/// A temporary copy of the repository's `spec/` and `generated/` trees.
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    /// Copies `spec/`, `generated/` (without build output) and the committed model snapshots
    /// into a new temporary directory.
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["spec", "generated", "tests/snapshots"] {
            copy_tree(&root().join(sub), &dir.path().join(sub));
        }
        Sandbox { dir }
    }

    /// The sandbox root.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The sandbox root as a `--root` argument.
    pub fn root_arg(&self) -> String {
        self.path().to_str().unwrap().to_owned()
    }

    /// Reads a file of the sandbox.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    /// Rewrites a file of the sandbox.
    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) {
        std::fs::write(self.path().join(rel), text).unwrap();
    }

    /// Every file under `generated/`, with its bytes and modification time.
    pub fn generated_tree(&self) -> BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)> {
        let mut files = BTreeMap::new();
        walk(&self.path().join("generated"), &mut |path| {
            let meta = std::fs::metadata(path).unwrap();
            files.insert(path.to_owned(), (std::fs::read(path).unwrap(), meta.modified().unwrap()));
        });
        files
    }
}

impl Default for Sandbox {
    fn default() -> Self {
        Sandbox::new()
    }
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() { walk(&path, f) } else { f(&path) }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The model summary of the spec at `path`, named `name` in the summary.
pub fn model_of(path: &Path, name: &str) -> Result<String, codegen::Error> {
    let spec = codegen::Spec::load(path, name)?;
    let output = codegen::generate_spec(&spec)?;
    codegen::report::summarize(&output.code, &output.prepared_operations, name)
}

/// The committed insta snapshot `tests/snapshots/<file>.snap`, without its metadata header.
pub fn committed_snapshot(file: &str) -> Option<String> {
    let text = std::fs::read_to_string(root().join("tests/snapshots").join(format!("{file}.snap"))).ok()?;
    // insta files: "---\n<yaml metadata>\n---\n<contents>"
    let body = text.strip_prefix("---\n")?;
    let (_, contents) = body.split_once("\n---\n")?;
    Some(contents.to_owned())
}

/// The JSON path (`$.items[0].discount.duration_in_months`) of the first difference between
/// `expected` and `actual`, with both sides, or `None` when they are equal. Two strings that are
/// RFC 3339 timestamps of the same instant are equal (`.589000Z` and `.589Z` are one time), and
/// so are an absent key and `null` (response fields decode both as `None`).
pub fn first_difference(expected: &serde_json::Value, actual: &serde_json::Value) -> Option<String> {
    fn walk(path: &str, a: &serde_json::Value, b: &serde_json::Value) -> Option<String> {
        use serde_json::Value::*;
        match (a, b) {
            (Object(x), Object(y)) => {
                let mut keys: Vec<&std::string::String> = x.keys().chain(y.keys()).collect();
                keys.sort();
                keys.dedup();
                keys.into_iter().find_map(|k| match (x.get(k), y.get(k)) {
                    (Some(l), Some(r)) => walk(&format!("{path}.{k}"), l, r),
                    // In a response, an absent key and `null` say the same thing.
                    (None | Some(Null), None | Some(Null)) => None,
                    (l, r) => Some(format!("{path}.{k}: expected {}, got {}", show(l), show(r))),
                })
            }
            (Array(x), Array(y)) if x.len() == y.len() => {
                x.iter().zip(y).enumerate().find_map(|(i, (l, r))| walk(&format!("{path}[{i}]"), l, r))
            }
            (String(x), String(y)) if x != y && same_instant(x, y) => None,
            // `5` and `5.0` are one JSON number (a `number` field re-encodes as a float).
            (Number(x), Number(y)) if x.as_f64() == y.as_f64() => None,
            _ if a == b => None,
            _ => Some(format!("{path}: expected {a}, got {b}")),
        }
    }
    fn show(v: Option<&serde_json::Value>) -> String {
        v.map_or_else(|| "(absent)".to_owned(), |v| v.to_string())
    }
    fn same_instant(a: &str, b: &str) -> bool {
        match (chrono::DateTime::parse_from_rfc3339(a), chrono::DateTime::parse_from_rfc3339(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
    walk("$", expected, actual)
}

/// Reads `tests/fixtures/<rel>` as JSON.
pub fn fixture(rel: &str) -> serde_json::Value {
    let path = root().join("tests/fixtures").join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Decodes fixture `rel` into `T`, re-encodes it, and panics naming the JSON path of the first
/// difference if the result is not the same JSON. Returns the decoded value.
#[track_caller]
pub fn assert_round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(rel: &str) -> T {
    let json = fixture(rel);
    let decoded: T = serde_json::from_value(json.clone()).unwrap_or_else(|e| panic!("{rel}: does not decode: {e}"));
    let encoded = serde_json::to_value(&decoded).unwrap_or_else(|e| panic!("{rel}: does not encode: {e}"));
    if let Some(difference) = first_difference(&json, &encoded) {
        panic!("{rel}: did not round-trip: {difference}");
    }
    decoded
}

/// One request as the mock server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// `GET`, `POST`, …
    pub method: String,
    /// The path, e.g. `/v1/checkouts/`.
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// Every header.
    pub headers: axum::http::HeaderMap,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The body as JSON (panics if it is not JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("request body is not JSON ({e}): {:?}", String::from_utf8_lossy(&self.body)))
    }

    /// A header's value as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// A real HTTP server on 127.0.0.1 that answers queued responses in order (the last one repeats)
/// and records every request.
pub struct Mock {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    requests: std::sync::Arc<std::sync::Mutex<Vec<Recorded>>>,
    responses: std::sync::Arc<std::sync::Mutex<std::collections::VecDeque<Reply>>>,
}

/// One scripted response of the [`Mock`] server.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The status.
    pub status: u16,
    /// The content type.
    pub content_type: String,
    /// The body, sent verbatim.
    pub body: String,
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// How long to wait before answering.
    pub delay: std::time::Duration,
}

impl Reply {
    /// A JSON reply.
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply {
            status,
            content_type: "application/json".into(),
            body: body.to_string(),
            headers: Vec::new(),
            delay: std::time::Duration::ZERO,
        }
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Answers after `delay`.
    pub fn after(mut self, delay: std::time::Duration) -> Reply {
        self.delay = delay;
        self
    }
}

impl Mock {
    /// Starts a server on an ephemeral loopback port.
    pub async fn start() -> Mock {
        Mock::start_on(0).await
    }

    /// Starts a server on loopback port `port` (0: any free port), answering 201 with the Polar
    /// checkout fixture until other replies are queued.
    pub async fn start_on(port: u16) -> Mock {
        let mock = Mock::listen(port).await;
        if port != 0 {
            mock.respond(201, fixture("polar/checkout.json"));
        }
        mock
    }

    async fn listen(port: u16) -> Mock {
        use axum::body::Body;
        use axum::http::{Request, Response};
        let requests: std::sync::Arc<std::sync::Mutex<Vec<Recorded>>> = Default::default();
        let responses: std::sync::Arc<std::sync::Mutex<std::collections::VecDeque<Reply>>> = Default::default();
        let (seen, queue) = (requests.clone(), responses.clone());
        let app = axum::Router::new().fallback(move |req: Request<Body>| {
            let (seen, queue) = (seen.clone(), queue.clone());
            async move {
                let (parts, body) = req.into_parts();
                let body = axum::body::to_bytes(body, usize::MAX).await.map(|b| b.to_vec()).unwrap_or_default();
                seen.lock().unwrap().push(Recorded {
                    method: parts.method.to_string(),
                    path: parts.uri.path().to_owned(),
                    query: parts.uri.query().map(str::to_owned),
                    headers: parts.headers,
                    body,
                });
                let reply = {
                    let mut queue = queue.lock().unwrap();
                    if queue.len() > 1 { queue.pop_front() } else { queue.front().cloned() }
                }
                .unwrap_or_else(|| Reply::json(500, serde_json::json!({"detail": "no response queued"})));
                tokio::time::sleep(reply.delay).await;
                let mut response = Response::builder().status(reply.status).header("content-type", reply.content_type);
                for (name, value) in &reply.headers {
                    response = response.header(name, value);
                }
                response.body(Body::from(reply.body)).unwrap()
            }
        });
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Mock { url, requests, responses }
    }

    /// Queues a response: `status` with a JSON body.
    pub fn respond(&self, status: u16, body: serde_json::Value) -> &Self {
        self.reply(Reply::json(status, body))
    }

    /// Queues a scripted reply.
    pub fn reply(&self, reply: Reply) -> &Self {
        self.responses.lock().unwrap().push_back(reply);
        self
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    /// The only request received (panics unless exactly one arrived).
    pub fn single(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(requests.len(), 1, "expected exactly one request, got {requests:#?}");
        requests.into_iter().next().unwrap()
    }
}

/// The model summary of spec text (written to a temporary file named `spec/test.yaml`).
pub fn model_of_text(yaml: &str) -> Result<String, codegen::Error> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("test.yaml");
    std::fs::write(&path, yaml).unwrap();
    model_of(&path, "spec/test.yaml")
}

impl Mock {
    /// Queues a response with a raw body and content type (e.g. a plain-text 401).
    pub fn respond_raw(&self, status: u16, content_type: &str, body: &str) -> &Self {
        self.reply(Reply { content_type: content_type.into(), body: body.into(), ..Reply::json(status, serde_json::Value::Null) })
    }
}

impl Mock {
    /// Starts a server that answers every request with `status` and the JSON of fixture `rel`.
    pub async fn serving(status: u16, rel: &str) -> Mock {
        let mock = Mock::start().await;
        mock.respond(status, fixture(rel));
        mock
    }
}

/// The operation's typed error from a failed call, asserting that the server answered `status`.
#[track_caller]
pub fn api_error<E: std::fmt::Debug, R: std::fmt::Debug>(result: Result<R, checkout_runtime::Error<E>>, status: u16) -> E {
    match result {
        Err(checkout_runtime::Error::Api { error, meta, .. }) => {
            assert_eq!(meta.status.as_u16(), status, "{error:?}");
            error
        }
        other => panic!("expected a {status} response, got {other:?}"),
    }
}

/// What a [`FaultServer`] does with one connection.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Reads the request, then resets the connection without answering.
    ResetBeforeResponse,
    /// Sends the status line, headers and `sent` bytes of a `declared`-byte body, then resets.
    ResetMidBody {
        /// The `Content-Length` announced.
        declared: usize,
        /// How many body bytes are sent before the reset.
        sent: usize,
    },
    /// A complete response, written verbatim.
    Raw(String),
    /// A 200 whose body arrives one byte every `interval`.
    Trickle(std::time::Duration),
    /// A response with `status` whose chunked body does not end: 64 KiB chunks as fast as the
    /// client reads, until it hangs up (bounded at 256 MiB so that the test always ends).
    Endless(u16),
}

/// A raw TCP server on loopback that misbehaves on purpose: one [`Fault`] per connection, in
/// order (the last repeats). It counts the requests it read.
pub struct FaultServer {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    hits: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl FaultServer {
    /// Starts the server.
    pub async fn start(script: Vec<Fault>) -> FaultServer {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let hits: std::sync::Arc<std::sync::atomic::AtomicUsize> = Default::default();
        let counter = hits.clone();
        tokio::spawn(async move {
            let mut script = std::collections::VecDeque::from(script);
            loop {
                let Ok((mut stream, _)) = listener.accept().await else { return };
                let fault = if script.len() > 1 { script.pop_front().unwrap() } else { script.front().cloned().unwrap() };
                let counter = counter.clone();
                tokio::spawn(async move {
                    // Read the request head (and a small body) before misbehaving.
                    let mut buffer = vec![0u8; 64 * 1024];
                    let mut read = 0;
                    while !buffer[..read].windows(4).any(|w| w == b"\r\n\r\n") {
                        match stream.read(&mut buffer[read..]).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => read += n,
                        }
                    }
                    counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    match fault {
                        Fault::ResetBeforeResponse => {
                            reset_on_drop(&stream);
                        }
                        Fault::ResetMidBody { declared, sent } => {
                            let head = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n");
                            let _ = stream.write_all(head.as_bytes()).await;
                            let _ = stream.write_all(&vec![b' '; sent]).await;
                            let _ = stream.flush().await;
                            reset_on_drop(&stream);
                        }
                        Fault::Raw(response) => {
                            let _ = stream.write_all(response.as_bytes()).await;
                            let _ = stream.flush().await;
                            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                        }
                        Fault::Endless(status) => {
                            let head =
                                format!("HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n");
                            let _ = stream.write_all(head.as_bytes()).await;
                            let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, " ".repeat(64 * 1024));
                            for _ in 0..4096 {
                                if stream.write_all(chunk.as_bytes()).await.is_err() {
                                    return;
                                }
                            }
                        }
                        Fault::Trickle(interval) => {
                            let body = "{\"slow\": true}";
                            let head =
                                format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n", body.len());
                            let _ = stream.write_all(head.as_bytes()).await;
                            for byte in body.bytes() {
                                if stream.write_all(&[byte]).await.is_err() {
                                    return;
                                }
                                let _ = stream.flush().await;
                                tokio::time::sleep(interval).await;
                            }
                        }
                    }
                });
            }
        });
        FaultServer { url, hits }
    }

    /// How many requests the server has read.
    pub fn hits(&self) -> usize {
        self.hits.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// Makes dropping `stream` send a TCP reset (linger zero).
#[allow(deprecated, reason = "linger zero is how a test server resets a connection; with a zero timeout nothing blocks on drop")]
fn reset_on_drop(stream: &tokio::net::TcpStream) {
    let _ = stream.set_linger(Some(std::time::Duration::ZERO));
}

/// A complete raw HTTP/1.1 response.
pub fn raw_response(status: &str, content_type: &str, body: &str) -> String {
    format!("HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len())
}

/// What the server saw: when each request arrived, and how many it refused.
#[derive(Default)]
pub struct Seen {
    /// When each request arrived.
    pub arrivals: Vec<std::time::Instant>,
    window: Option<(std::time::Instant, u32)>,
    /// How many it refused with `429`.
    pub refused: u32,
}

/// A server that answers `checkouts:get` and allows `limit` requests per window of `per`, the
/// window opening with the first request after the last one closed (a fixed window, as
/// asgi-ratelimit's Redis backend keeps); beyond it, `429` with `Retry-After: 1` and no body.
pub async fn rate_limited_server(limit: u32, per: std::time::Duration) -> (String, std::sync::Arc<std::sync::Mutex<Seen>>) {
    let seen: std::sync::Arc<std::sync::Mutex<Seen>> = Default::default();
    let body = fixture("polar/checkout.json").to_string();
    let state = seen.clone();
    let app = axum::Router::new().fallback(move || {
        let (state, body) = (state.clone(), body.clone());
        async move {
            let now = std::time::Instant::now();
            let mut seen = state.lock().unwrap();
            seen.arrivals.push(now);
            let (opened, count) = match seen.window {
                Some((opened, count)) if now < opened + per => (opened, count),
                _ => (now, 0),
            };
            if count >= limit {
                seen.refused += 1;
                return axum::http::Response::builder().status(429).header("retry-after", "1").body(axum::body::Body::empty()).unwrap();
            }
            seen.window = Some((opened, count + 1));
            axum::http::Response::builder()
                .status(200)
                .header("content-type", "application/json")
                .body(axum::body::Body::from(body))
                .unwrap()
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, seen)
}
