//! A client that paces itself, over loopback against a server that enforces a rate limit as
//! Polar's does (`server/polar/rate_limit.py`, asgi-ratelimit's Redis backend: a window opened by
//! the first request, `429` with `Retry-After` beyond the limit): concurrent calls through one
//! client draw no `429`; a call that could go out only after its timeout fails at once, with
//! nothing sent; and a `429` with `Retry-After` holds back every call of the client.

use std::time::{Duration, Instant};

use checkout_sdk_tests::rate_limited_server as limited_server;
use polar_checkouts as polar;
use polar_checkouts::runtime::pace::RateLimit;
use polar_checkouts::{RetryPolicy, runtime};

fn id() -> uuid::Uuid {
    "0b2c2d7e-1c4f-4c3a-9f0e-5b8a6c1d2e3f".parse().unwrap()
}

/// 200 concurrent calls through one client (and its clones) against 50 a second: the server
/// refuses none.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_calls_keep_to_the_limit_and_draw_no_429() {
    let (url, seen) = limited_server(50, Duration::from_secs(1)).await;
    let client = polar::Client::builder()
        .base_url(&url)
        .credentials("polar_oat_PACING")
        .retry(RetryPolicy::none())
        .rate_limits([RateLimit::new(50, Duration::from_secs(1))])
        .build()
        .unwrap();
    let calls: Vec<_> = (0..200)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.checkouts_get().id(id()).send().await.map(|_| ()) })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    let seen = seen.lock().unwrap();
    assert_eq!((seen.arrivals.len(), seen.refused), (200, 0), "every call arrived, and the server refused none");
    // Paced, not merely lucky: the calls came over four of the server's windows.
    let (first, last) = (seen.arrivals.iter().min().unwrap(), seen.arrivals.iter().max().unwrap());
    assert!(*last - *first >= Duration::from_secs(3), "200 calls in {:?}", *last - *first);
}

/// A call whose wait for capacity would outlast its timeout is refused at once, typed, with
/// when capacity returns, and the server never sees it.
#[tokio::test]
async fn a_deadline_shorter_than_the_wait_fails_at_once_and_sends_nothing() {
    let (url, seen) = limited_server(100, Duration::from_secs(1)).await;
    let client = polar::Client::builder()
        .base_url(&url)
        .credentials("polar_oat_PACING")
        .rate_limits([RateLimit::new(1, Duration::from_secs(30))])
        .timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    client.checkouts_get().id(id()).send().await.unwrap();
    let started = Instant::now();
    let error = client.checkouts_get().id(id()).send().await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1), "it waited {:?}", started.elapsed());
    let runtime::Error::RateLimited { operation, retry_in } = &error else { panic!("{error:?}") };
    assert_eq!(*operation, "checkouts:get");
    assert!(*retry_in > Duration::from_secs(29) && *retry_in <= Duration::from_millis(30_600), "{retry_in:?}");
    assert_eq!(error.retry_after(), Some(*retry_in));
    assert!(error.is_retryable(), "nothing was sent");
    assert!(error.to_string().starts_with("checkouts:get: not sent: the API's rate limit lets it through in "), "{error}");
    assert_eq!(seen.lock().unwrap().arrivals.len(), 1);
    // A call given a longer timeout of its own waits instead; one with the limits off goes now.
    let unpaced = polar::Client::builder().base_url(&url).credentials("polar_oat_PACING").no_rate_limits().build().unwrap();
    unpaced.checkouts_get().id(id()).send().await.unwrap();
    assert_eq!(seen.lock().unwrap().arrivals.len(), 2);
}

/// A `429` with `Retry-After` that one call draws holds back every call of the client (its
/// clones included) for that long, not only the call that saw it.
#[tokio::test]
async fn a_429_with_retry_after_pauses_the_whole_client() {
    let (url, seen) = limited_server(1, Duration::from_secs(3)).await;
    let client = polar::Client::builder()
        .base_url(&url)
        .credentials("polar_oat_PACING")
        .retry(RetryPolicy::none())
        .rate_limits([RateLimit::new(1000, Duration::from_secs(1))])
        .build()
        .unwrap();
    // Paced far below its limit: the first call passes, the second is refused with
    // `Retry-After: 1` (the server allows one in three seconds).
    client.checkouts_get().id(id()).send().await.unwrap();
    let refused = client.checkouts_get().id(id()).send().await.unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(429));
    let paused_at = Instant::now();
    let clone = client.clone();
    let _ = clone.checkouts_get().id(id()).send().await;
    let seen = seen.lock().unwrap();
    let third = seen.arrivals[2];
    assert!(third >= paused_at + Duration::from_millis(900), "the next call went out {:?} after the 429", third - paused_at);
}
