//! What one operation call shares between the code that sends it and the code that reports its
//! failure: whether the request may be sent twice ([`crate::retry::execute`] decides it, and
//! [`Error::is_retryable`](crate::Error::is_retryable) must answer the same), and the secret values
//! it carries (the credential, secret path parameters), which no error text may show even when the
//! server echoes them.
//!
//! The generated `send` runs inside [`scoped`] (through `trace::operation`); code deeper in the
//! call reads and writes the scope's [`Call`] through a thread-local that is set only while the
//! call's future is being polled, so concurrent calls on one thread never see each other's.

use std::cell::RefCell;
use std::future::Future;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};

use crate::body::REDACTED;
use crate::secret::Secret;

/// The state of one call.
#[derive(Default)]
struct Call {
    /// 0: not decided yet; 1: not idempotent; 2: idempotent.
    idempotent: AtomicU8,
    /// How long the call waited for rate-limit capacity before its first attempt, in µs.
    waited: std::sync::atomic::AtomicU64,
    secrets: Mutex<Vec<Secret>>,
}

thread_local! {
    static CURRENT: RefCell<Option<Arc<Call>>> = const { RefCell::new(None) };
}

/// Runs `call` as one operation call with a scope of its own.
pub(crate) async fn scoped<F: Future>(call: F) -> F::Output {
    let scope = Arc::new(Call::default());
    let mut call = std::pin::pin!(call);
    std::future::poll_fn(|cx| {
        let outer = CURRENT.with(|current| current.replace(Some(scope.clone())));
        let result = call.as_mut().poll(cx);
        CURRENT.with(|current| *current.borrow_mut() = outer);
        result
    })
    .await
}

/// `f` of the current call's scope; `None` outside a call.
fn with_current<T>(f: impl FnOnce(&Call) -> T) -> Option<T> {
    CURRENT.with(|current| current.borrow().as_ref().map(|call| f(call)))
}

/// Records whether the current call's request may be sent twice.
pub(crate) fn record_idempotent(idempotent: bool) {
    with_current(|call| call.idempotent.store(if idempotent { 2 } else { 1 }, Ordering::Relaxed));
}

/// Whether the current call's request may be sent twice; `false` when nothing recorded it (it is
/// the answer that never invites a duplicate).
pub(crate) fn idempotent() -> bool {
    with_current(|call| call.idempotent.load(Ordering::Relaxed) == 2).unwrap_or(false)
}

/// Records how long the current call waited for capacity (taken off its request's timeout).
pub(crate) fn record_waited(waited: std::time::Duration) {
    with_current(|call| call.waited.store(u64::try_from(waited.as_micros()).unwrap_or(u64::MAX), Ordering::Relaxed));
}

/// How long the current call waited for capacity before its first attempt.
pub(crate) fn waited() -> std::time::Duration {
    std::time::Duration::from_micros(with_current(|call| call.waited.load(Ordering::Relaxed)).unwrap_or(0))
}

/// Adds a secret value the current call sends (a credential, a secret path parameter): no error
/// of the call shows it.
pub fn add_secret(value: &str) {
    // A value this short would turn ordinary text into `<redacted>`; no credential is so short.
    if value.len() >= 4 {
        with_current(|call| call.secrets.lock().unwrap_or_else(|e| e.into_inner()).push(Secret::new(value)));
    }
}

/// `text` with every secret value of the current call (and its JSON-escaped form) replaced by
/// `<redacted>`.
pub(crate) fn scrub(text: &str) -> String {
    let mut out = text.to_owned();
    with_current(|call| {
        for secret in call.secrets.lock().unwrap_or_else(|e| e.into_inner()).iter() {
            let value = secret.expose();
            out = out.replace(value, REDACTED);
            let escaped = serde_json::to_string(value).unwrap_or_default();
            let escaped = escaped.trim_matches('"');
            if escaped != value {
                out = out.replace(escaped, REDACTED);
            }
        }
    });
    out
}

/// `body` with the current call's secret values replaced (see [`scrub`]); the same bytes when the
/// call has none or none occurs.
pub(crate) fn scrub_body(body: bytes::Bytes) -> bytes::Bytes {
    let has_secrets = with_current(|call| !call.secrets.lock().unwrap_or_else(|e| e.into_inner()).is_empty());
    if has_secrets != Some(true) {
        return body;
    }
    let text = String::from_utf8_lossy(&body);
    let scrubbed = scrub(&text);
    if scrubbed == text { body } else { bytes::Bytes::from(scrubbed) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
    }

    #[test]
    fn a_call_sees_only_its_own_scope() {
        block_on(async {
            assert!(!idempotent(), "outside a call nothing is idempotent");
            add_secret("polar_oat_outside");
            assert_eq!(scrub("polar_oat_outside"), "polar_oat_outside");
            let first = scoped(async {
                record_idempotent(true);
                add_secret("polar_oat_first");
                tokio::task::yield_now().await;
                (idempotent(), scrub(r#"{"detail":"token polar_oat_first, not polar_oat_second"}"#))
            });
            let second = scoped(async {
                add_secret("polar_oat_second");
                add_secret("abc");
                tokio::task::yield_now().await;
                (idempotent(), scrub("polar_oat_first polar_oat_second abc"))
            });
            let (first, second) = futures::join!(first, second);
            assert_eq!(first, (true, r#"{"detail":"token <redacted>, not polar_oat_second"}"#.to_owned()));
            assert_eq!(second, (false, "polar_oat_first <redacted> abc".to_owned()));
            assert!(!idempotent());
        });
    }

    #[test]
    fn json_escaped_forms_are_scrubbed_and_clean_bodies_are_kept() {
        block_on(scoped(async {
            add_secret("key/with\"quote");
            assert_eq!(scrub(r#"{"echo":"key/with\"quote"}"#), r#"{"echo":"<redacted>"}"#);
            let clean = bytes::Bytes::from_static(b"{\"ok\":true}");
            assert_eq!(scrub_body(clean.clone()).as_ptr(), clean.as_ptr());
        }));
    }
}
