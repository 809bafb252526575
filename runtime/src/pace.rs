//! Pacing: a client keeps to the API's rate limits instead of running into them. The limits
//! come from the spec (`x-rate-limit` on a server: every request to it; on an operation: that
//! operation too) and can be changed or turned off on the builder. One [`Pacer`] is shared by
//! every clone of a client, so concurrent tasks queue for the same capacity.
//!
//! Each limit ("`requests` per `per`") is a sliding window: a request is sent only when fewer
//! than `requests` of the requests it counts toward were sent in the `per` before it, which keeps
//! within a server's limit whether it counts in fixed or sliding windows. A call reserves its
//! send time before it waits, so concurrent calls are spaced and none is sent into a full window.
//! A call whose wait would outlast its timeout fails at once, with how long until capacity
//! returns, and nothing is sent. A `429` with `Retry-After` pauses the whole client.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// At most `requests` requests in any `per`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RateLimit {
    /// How many requests.
    pub requests: u32,
    /// In how long.
    pub per: Duration,
}

impl RateLimit {
    /// `requests` in any `per`.
    pub const fn new(requests: u32, per: Duration) -> RateLimit {
        RateLimit { requests, per }
    }
}

/// One limit's send times, oldest first (each window is only ever appended to in time order).
#[derive(Debug, Default)]
struct Window {
    sent: VecDeque<Instant>,
}

impl Window {
    /// The earliest time at or after `at` that `limit` lets one more request through. The window
    /// is taken 2 % longer than the limit's: a request reaches the server a little after it is
    /// sent, and not always equally late, so a server counting from its own clock must never see
    /// one more than the limit in its window.
    fn earliest(&self, limit: RateLimit, at: Instant) -> Instant {
        let requests = limit.requests.max(1) as usize;
        let mut earliest = at.max(self.sent.back().copied().unwrap_or(at));
        if self.sent.len() >= requests {
            earliest = earliest.max(self.sent[self.sent.len() - requests] + limit.per + limit.per / 50);
        }
        earliest
    }

    fn record(&mut self, limit: RateLimit, at: Instant) {
        self.sent.push_back(at);
        // Only the last `requests` send times matter.
        while self.sent.len() > limit.requests.max(1) as usize {
            self.sent.pop_front();
        }
    }
}

#[derive(Debug, Default)]
struct State {
    /// The server's limits, by position.
    server: Vec<Window>,
    /// Each operation's own limits, by operation and position.
    operations: HashMap<&'static str, Vec<Window>>,
    /// No request goes out before this (a `429` said `Retry-After`).
    paused_until: Option<Instant>,
}

/// The rate limits one client keeps to, shared by its clones.
#[derive(Debug)]
pub struct Pacer {
    server: Vec<RateLimit>,
    state: Mutex<State>,
}

impl Pacer {
    /// A pacer keeping to `server` for every request (and to each operation's own limits).
    pub fn new(server: Vec<RateLimit>) -> Pacer {
        let windows = server.iter().map(|_| Window::default()).collect();
        Pacer { server, state: Mutex::new(State { server: windows, ..State::default() }) }
    }

    /// The server-wide limits.
    pub fn limits(&self) -> &[RateLimit] {
        &self.server
    }

    /// Waits until a request of `operation` (with its own `limits`) may be sent, and reserves
    /// that time; `Err(wait)` at once, reserving nothing, when the wait would be longer than
    /// `max_wait`. Returns how long it waited.
    pub async fn acquire(
        &self,
        operation: &'static str,
        limits: &'static [RateLimit],
        max_wait: Option<Duration>,
    ) -> Result<Duration, Duration> {
        let start = Instant::now();
        loop {
            let now = Instant::now();
            let waited = now - start;
            let too_long = |at: Instant| max_wait.is_some_and(|max| at.saturating_duration_since(start) > max);
            let slot = {
                let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let at = state.paused_until.map_or(now, |until| until.max(now));
                // The operation's own windows first: a call waiting for them holds no place in
                // the server's windows, so it delays no other operation.
                let windows = state.operations.entry(operation).or_insert_with(|| limits.iter().map(|_| Window::default()).collect());
                let own = limits.iter().zip(windows.iter()).fold(at, |at, (limit, window)| window.earliest(*limit, at));
                if own > at {
                    Err(own)
                } else {
                    let at = self.server.iter().zip(state.server.iter()).fold(at, |at, (limit, window)| window.earliest(*limit, at));
                    if too_long(at) {
                        return Err(at - now);
                    }
                    for (limit, window) in self.server.iter().zip(state.server.iter_mut()) {
                        window.record(*limit, at);
                    }
                    if let Some(windows) = state.operations.get_mut(operation) {
                        for (limit, window) in limits.iter().zip(windows.iter_mut()) {
                            window.record(*limit, at);
                        }
                    }
                    Ok(at)
                }
            };
            match slot {
                Ok(at) => {
                    // Not even a zero-length sleep when there is capacity now: a timer wakes on
                    // its next tick (a millisecond), which would double a loopback round trip.
                    if at > now {
                        tokio::time::sleep_until(at).await;
                    }
                    return Ok(waited + (at - now));
                }
                Err(own) if too_long(own) => return Err(own - now),
                // Wait for the operation's own capacity, then try again from the start.
                Err(own) => tokio::time::sleep_until(own).await,
            }
        }
    }

    /// Holds every request back for `wait` (a `429` with `Retry-After`).
    pub fn pause(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.paused_until = Some(state.paused_until.map_or(until, |current| current.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: &[RateLimit] = &[];
    const CONFIRM: &[RateLimit] = &[RateLimit::new(2, Duration::from_secs(60))];

    #[tokio::test(start_paused = true)]
    async fn calls_are_spaced_to_the_window_and_never_exceed_it() {
        let pacer = std::sync::Arc::new(Pacer::new(vec![RateLimit::new(5, Duration::from_secs(1))]));
        let start = Instant::now();
        let tasks: Vec<_> = (0..20)
            .map(|_| {
                let pacer = pacer.clone();
                tokio::spawn(async move {
                    pacer.acquire("get", NONE, None).await.unwrap();
                    Instant::now()
                })
            })
            .collect();
        let mut sent = Vec::new();
        for task in tasks {
            sent.push(task.await.unwrap() - start);
        }
        sent.sort();
        // Five at once, then five a second (and the 2 % margin): 20 in 3.06 s, where the least
        // the limit allows is 3 s.
        assert_eq!(sent[4], Duration::ZERO);
        assert_eq!(sent[19], Duration::from_millis(3060));
        for (i, at) in sent.iter().enumerate().skip(5) {
            assert!(*at >= sent[i - 5] + Duration::from_secs(1), "request {i} at {at:?} is the sixth in a second");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_wait_past_the_deadline_fails_at_once_and_reserves_nothing() {
        let pacer = Pacer::new(vec![RateLimit::new(1, Duration::from_secs(10))]);
        assert_eq!(pacer.acquire("get", NONE, Some(Duration::from_secs(1))).await, Ok(Duration::ZERO));
        let start = Instant::now();
        assert_eq!(pacer.acquire("get", NONE, Some(Duration::from_secs(1))).await, Err(Duration::from_millis(10_200)));
        assert_eq!(Instant::now(), start, "it did not wait");
        // The refused call took no place: the next one goes when capacity returns.
        assert_eq!(pacer.acquire("get", NONE, None).await, Ok(Duration::from_millis(10_200)));
    }

    #[tokio::test(start_paused = true)]
    async fn an_operation_waiting_for_its_own_limit_delays_no_other() {
        let pacer = std::sync::Arc::new(Pacer::new(vec![RateLimit::new(100, Duration::from_secs(1))]));
        for _ in 0..2 {
            pacer.acquire("confirm", CONFIRM, None).await.unwrap();
        }
        let third = {
            let pacer = pacer.clone();
            tokio::spawn(async move { pacer.acquire("confirm", CONFIRM, None).await })
        };
        tokio::task::yield_now().await;
        assert_eq!(pacer.acquire("get", NONE, None).await, Ok(Duration::ZERO));
        assert_eq!(third.await.unwrap(), Ok(Duration::from_millis(61_200)));
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_holds_every_call_back() {
        let pacer = Pacer::new(Vec::new());
        pacer.pause(Duration::from_secs(7));
        assert_eq!(pacer.acquire("get", NONE, Some(Duration::from_secs(5))).await, Err(Duration::from_secs(7)));
        assert_eq!(pacer.acquire("get", NONE, None).await, Ok(Duration::from_secs(7)));
    }
}
