//! Pacing under a rate limit: 200 concurrent `checkouts:get` calls through one client against a
//! loopback server that allows 50 a second (a window opened by the first request, `429` with
//! `Retry-After: 1` beyond it, as Polar's rate limiter answers). Paced: the client keeps to the
//! limit. Baseline, the same run without pacing (`no_rate_limits`, the default retry policy,
//! which honours `Retry-After`): the calls run into the limit. The least time the limit allows is
//! 3 s (50 at once, then 50 at 1, 2 and 3 s).

use std::time::{Duration, Instant};

use checkout_sdk_tests::rate_limited_server;
use polar_checkouts::runtime::pace::RateLimit;

const CALLS: usize = 200;
const PER_SECOND: u32 = 50;

async fn run(paced: bool) -> (Duration, u32, usize) {
    let (url, seen) = rate_limited_server(PER_SECOND, Duration::from_secs(1)).await;
    let builder = polar_checkouts::Client::builder().base_url(&url).credentials("polar_oat_BENCH");
    let client = if paced { builder.rate_limits([RateLimit::new(PER_SECOND, Duration::from_secs(1))]) } else { builder.no_rate_limits() }
        .build()
        .unwrap();
    let id: uuid::Uuid = "0b2c2d7e-1c4f-4c3a-9f0e-5b8a6c1d2e3f".parse().unwrap();
    let started = Instant::now();
    let calls: Vec<_> = (0..CALLS)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.checkouts_get().id(id).send().await.is_ok() })
        })
        .collect();
    let mut succeeded = 0;
    for call in calls {
        succeeded += usize::from(call.await.unwrap());
    }
    let elapsed = started.elapsed();
    let refused = seen.lock().unwrap().refused;
    (elapsed, refused, succeeded)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let least = Duration::from_secs(((CALLS as u32).div_ceil(PER_SECOND) - 1).into());
    println!("{CALLS} concurrent calls, {PER_SECOND}/s allowed; the least time the limit allows: {least:?}");
    for round in 1..=3 {
        let (paced, paced_429, paced_ok) = runtime.block_on(run(true));
        let (unpaced, unpaced_429, unpaced_ok) = runtime.block_on(run(false));
        println!(
            "  run {round}: paced {:.3} s ({:.3}x the least), {paced_429} responses 429, {paced_ok} succeeded | without pacing {:.3} s, {unpaced_429} responses 429, {unpaced_ok} succeeded",
            paced.as_secs_f64(),
            paced.as_secs_f64() / least.as_secs_f64(),
            unpaced.as_secs_f64(),
        );
    }
}
