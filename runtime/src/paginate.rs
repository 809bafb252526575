//! Pagination drivers: turn "fetch one page" into a `Stream` of pages, for page-numbered and
//! cursor APIs. Generated clients wire them to their list operations (`x-pagination`).

use futures::Stream;

/// Why a paginated stream stopped with an error of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaginationError {
    /// The server returned a cursor it had already returned: following it would loop forever.
    RepeatedCursor(String),
    /// A page brought exactly the items of the page before it (a server ignoring the page
    /// number or handing out fresh cursors to the same data): following it would never end.
    NoProgress {
        /// The number of the page (1 for the first) that repeated the one before.
        page: u64,
    },
    /// The server said more pages follow but gave no cursor to read them with: stopping here
    /// would silently return a short list.
    MissingCursor,
    /// The stream read the most pages the client allows (`ClientBuilder::max_pages`) and the
    /// server still announced more.
    PageLimit(u64),
}

impl std::fmt::Display for PaginationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PaginationError::RepeatedCursor(c) => write!(f, "the server returned cursor {c:?} twice; stopping instead of looping"),
            PaginationError::NoProgress { page } => {
                write!(f, "page {page} repeats the items of page {}; stopping instead of looping", page - 1)
            }
            PaginationError::MissingCursor => f.write_str("the server announced more pages but sent no cursor for them"),
            PaginationError::PageLimit(max) => write!(f, "read {max} pages, the most this client allows, and the server announced more"),
        }
    }
}

impl std::error::Error for PaginationError {}

/// What a paginated stream needs besides "fetch one page": when to stop with an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    /// The most pages one stream reads; reaching it with more announced is
    /// [`PaginationError::PageLimit`].
    pub max_pages: u64,
}

impl Default for Bounds {
    /// 10 000 pages.
    fn default() -> Self {
        Bounds { max_pages: 10_000 }
    }
}

/// A fingerprint of a page's items, to notice a page that repeats the one before it. Object
/// members are hashed in key order: maps decoded from the same JSON may serialize in different
/// orders.
#[doc(hidden)]
pub fn fingerprint<T: serde::Serialize>(items: &T) -> u64 {
    use std::hash::{Hash, Hasher};
    fn feed(value: &serde_json::Value, hasher: &mut std::collections::hash_map::DefaultHasher) {
        match value {
            serde_json::Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                for key in keys {
                    key.hash(hasher);
                    feed(&map[key.as_str()], hasher);
                }
                0xB1u8.hash(hasher);
            }
            serde_json::Value::Array(items) => {
                items.iter().for_each(|item| feed(item, hasher));
                0xA1u8.hash(hasher);
            }
            other => other.to_string().hash(hasher),
        }
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    feed(&serde_json::to_value(items).unwrap_or_default(), &mut hasher);
    hasher.finish()
}

/// Pages `1, 2, …` from `fetch(page)`, stopping after a page with no items or after `last_page`
/// (what the page says its last page is). A page whose items (`fingerprint`) repeat the page
/// before ends the stream with [`PaginationError::NoProgress`]; more than `bounds.max_pages`
/// pages with [`PaginationError::PageLimit`] (both through `stop`).
#[doc(hidden)]
pub fn pages_by_number<P, E, F, Fut>(
    first: u64,
    fetch: F,
    is_empty: impl Fn(&P) -> bool,
    last_page: impl Fn(&P) -> u64,
    fingerprint: impl Fn(&P) -> u64,
    bounds: Bounds,
    stop: impl Fn(PaginationError) -> E,
) -> impl Stream<Item = Result<P, E>>
where
    F: FnMut(u64) -> Fut,
    Fut: std::future::Future<Output = Result<P, E>>,
{
    let state = (Some(first), fetch, None::<u64>, 0u64);
    let rules = (is_empty, last_page, fingerprint, stop);
    futures::stream::try_unfold((state, rules), move |((page, mut fetch, previous, read), rules)| async move {
        let Some(number) = page else { return Ok(None) };
        let (is_empty, last_page, fingerprint, stop) = &rules;
        if read >= bounds.max_pages {
            return Err(stop(PaginationError::PageLimit(bounds.max_pages)));
        }
        let body = fetch(number).await?;
        crate::trace::page(read + 1);
        if is_empty(&body) {
            return Ok(None);
        }
        let print = fingerprint(&body);
        if previous == Some(print) {
            return Err(stop(PaginationError::NoProgress { page: read + 1 }));
        }
        let next = if number >= last_page(&body) { None } else { number.checked_add(1) };
        Ok(Some((body, ((next, fetch, Some(print), read + 1), rules))))
    })
}

/// Pages from `fetch(cursor)`, starting with `first` (no cursor for the first page), following
/// `next(page)` while it is `Ok(Some(_))`; `next` says `Err(MissingCursor)` for a page that
/// announces more without a cursor. A cursor seen before, a page repeating the one before and
/// more than `bounds.max_pages` pages end the stream with an error (through `stop`) instead of
/// looping.
#[doc(hidden)]
pub fn pages_by_cursor<P, E, F, Fut>(
    first: Option<String>,
    fetch: F,
    next: impl Fn(&P) -> Result<Option<String>, PaginationError>,
    fingerprint: impl Fn(&P) -> u64,
    bounds: Bounds,
    stop: impl Fn(PaginationError) -> E,
) -> impl Stream<Item = Result<P, E>>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: std::future::Future<Output = Result<P, E>>,
{
    let seen: std::collections::HashSet<String> = first.iter().cloned().collect();
    let state = (Some(first), fetch, seen, None::<u64>, 0u64);
    let rules = (next, fingerprint, stop);
    futures::stream::try_unfold((state, rules), move |((cursor, mut fetch, mut seen, previous, read), rules)| async move {
        let Some(cursor) = cursor else { return Ok(None) };
        let (next, fingerprint, stop) = &rules;
        if read >= bounds.max_pages {
            return Err(stop(PaginationError::PageLimit(bounds.max_pages)));
        }
        let body = fetch(cursor).await?;
        crate::trace::page(read + 1);
        let print = fingerprint(&body);
        if previous == Some(print) {
            return Err(stop(PaginationError::NoProgress { page: read + 1 }));
        }
        let following = match next(&body).map_err(stop)? {
            Some(c) if !seen.insert(c.clone()) => return Err(stop(PaginationError::RepeatedCursor(c))),
            Some(c) => Some(Some(c)),
            None => None,
        };
        Ok(Some((body, ((following, fetch, seen, Some(print), read + 1), rules))))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;

    fn id(e: PaginationError) -> PaginationError {
        e
    }

    #[tokio::test]
    async fn page_numbers_stop_at_the_last_page_or_an_empty_page() {
        let fetch = |n: u64| async move { Ok::<_, PaginationError>(vec![n as u32; 2]) };
        let pages: Vec<Vec<u32>> =
            pages_by_number(1, fetch, Vec::is_empty, |_| 3, fingerprint, Bounds::default(), id).try_collect().await.unwrap();
        assert_eq!(pages, vec![vec![1, 1], vec![2, 2], vec![3, 3]]);
        let fetch = |n: u64| async move { Ok::<_, PaginationError>(if n < 2 { vec![n as u32] } else { vec![] }) };
        let pages: Vec<Vec<u32>> =
            pages_by_number(1, fetch, Vec::is_empty, |_| 99, fingerprint, Bounds::default(), id).try_collect().await.unwrap();
        assert_eq!(pages, vec![vec![1]]);
    }

    /// A server that ignores the page number and announces one more page each time.
    #[tokio::test]
    async fn a_page_repeating_the_one_before_or_too_many_pages_end_with_an_error() {
        let same = |_: u64| async move { Ok::<_, PaginationError>(vec![7u32]) };
        let ahead = |p: &Vec<u32>| p.len() as u64 + 1_000_000;
        let err = pages_by_number(1, same, Vec::is_empty, ahead, fingerprint, Bounds::default(), id).try_collect::<Vec<_>>().await;
        assert_eq!(err.unwrap_err(), PaginationError::NoProgress { page: 2 });
        let fresh = |n: u64| async move { Ok::<_, PaginationError>(vec![n as u32]) };
        let bounds = Bounds { max_pages: 5 };
        let mut pages = Vec::new();
        let mut stream = Box::pin(pages_by_number(1, fresh, Vec::is_empty, |_| u64::MAX, fingerprint, bounds, id));
        let err = loop {
            match stream.try_next().await {
                Ok(Some(page)) => pages.push(page),
                Ok(None) => panic!("the stream ended without an error"),
                Err(e) => break e,
            }
        };
        assert_eq!((pages.len(), err), (5, PaginationError::PageLimit(5)));
    }

    #[tokio::test]
    async fn cursors_are_followed_and_a_repeated_one_is_an_error() {
        let next = |p: &(u32, Option<&'static str>)| Ok(p.1.map(str::to_owned));
        let print = |p: &(u32, Option<&'static str>)| u64::from(p.0);
        let chain = |c: Option<String>| async move {
            Ok::<_, PaginationError>(match c.as_deref() {
                None => (1, Some("a")),
                Some("a") => (2, Some("b")),
                _ => (3, None),
            })
        };
        let got: Vec<u32> = pages_by_cursor(None, chain, next, print, Bounds::default(), id).map_ok(|p| p.0).try_collect().await.unwrap();
        assert_eq!(got, vec![1, 2, 3]);
        let looping =
            |c: Option<String>| async move { Ok::<_, PaginationError>(if c.is_none() { (1, Some("a")) } else { (2, Some("a")) }) };
        let err = pages_by_cursor(None, looping, next, print, Bounds::default(), id).try_collect::<Vec<_>>().await.unwrap_err();
        assert_eq!(err, PaginationError::RepeatedCursor("a".into()));
    }

    #[test]
    fn a_fingerprint_does_not_depend_on_map_order() {
        let a: std::collections::HashMap<String, u32> = (0..64).map(|i| (format!("k{i}"), i)).collect();
        let b: std::collections::HashMap<String, u32> = (0..64).rev().map(|i| (format!("k{i}"), i)).collect();
        assert_eq!(fingerprint(&vec![a.clone()]), fingerprint(&vec![b]));
        assert_ne!(fingerprint(&vec![a.clone()]), fingerprint(&vec![a.clone(), a]));
    }

    /// Fresh cursors to the same data, and "more" without a cursor.
    #[tokio::test]
    async fn fresh_cursors_to_the_same_items_and_a_missing_cursor_are_errors() {
        let counter = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
        let fresh = move |_: Option<String>| {
            let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            async move { Ok::<_, PaginationError>((vec![1u32, 2], format!("c{n}"))) }
        };
        let next = |p: &(Vec<u32>, String)| Ok(Some(p.1.clone()));
        let print = |p: &(Vec<u32>, String)| fingerprint(&p.0);
        let err = pages_by_cursor(None, fresh, next, print, Bounds::default(), id).try_collect::<Vec<_>>().await.unwrap_err();
        assert_eq!(err, PaginationError::NoProgress { page: 2 });
        let missing = |_: Option<String>| async move { Ok::<_, PaginationError>(1u32) };
        let err = pages_by_cursor(None, missing, |_| Err(PaginationError::MissingCursor), |p| u64::from(*p), Bounds::default(), id)
            .try_collect::<Vec<_>>()
            .await
            .unwrap_err();
        assert_eq!(err, PaginationError::MissingCursor);
    }
}
