//! Pagination drivers: turn "fetch one page" into a `Stream` of pages, for page-numbered and
//! cursor APIs. Generated clients wire them to their list operations (`x-pagination`).

use futures::Stream;

/// Why a paginated stream stopped with an error of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaginationError {
    /// The server returned a cursor it had already returned: following it would loop forever.
    RepeatedCursor(String),
}

impl std::fmt::Display for PaginationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PaginationError::RepeatedCursor(c) => write!(f, "the server returned cursor {c:?} twice; stopping instead of looping"),
        }
    }
}

impl std::error::Error for PaginationError {}

/// Pages `1, 2, …` from `fetch(page)`, stopping after a page with no items or after `last_page`
/// (what the page says its last page is).
pub fn pages_by_number<P, E, F, Fut>(
    first: u64,
    fetch: F,
    is_empty: impl Fn(&P) -> bool,
    last_page: impl Fn(&P) -> u64,
) -> impl Stream<Item = Result<P, E>>
where
    F: FnMut(u64) -> Fut,
    Fut: std::future::Future<Output = Result<P, E>>,
{
    futures::stream::try_unfold((Some(first), fetch, is_empty, last_page), |(page, mut fetch, is_empty, last_page)| async move {
        let Some(number) = page else { return Ok(None) };
        let body = fetch(number).await?;
        if is_empty(&body) {
            return Ok(None);
        }
        let next = if number >= last_page(&body) { None } else { Some(number + 1) };
        Ok(Some((body, (next, fetch, is_empty, last_page))))
    })
}

/// Pages from `fetch(cursor)`, starting with `first` (no cursor for the first page), following
/// `next(page)` while it is `Some`. A cursor seen before ends the stream with
/// `repeated(PaginationError)` instead of looping.
pub fn pages_by_cursor<P, E, F, Fut>(
    first: Option<String>,
    fetch: F,
    next: impl Fn(&P) -> Option<String>,
    repeated: impl Fn(PaginationError) -> E,
) -> impl Stream<Item = Result<P, E>>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: std::future::Future<Output = Result<P, E>>,
{
    let seen: std::collections::HashSet<String> = first.iter().cloned().collect();
    futures::stream::try_unfold((Some(first), fetch, seen, next, repeated), |(cursor, mut fetch, mut seen, next, repeated)| async move {
        let Some(cursor) = cursor else { return Ok(None) };
        let body = fetch(cursor).await?;
        let following = match next(&body) {
            Some(c) if !seen.insert(c.clone()) => return Err(repeated(PaginationError::RepeatedCursor(c))),
            Some(c) => Some(Some(c)),
            None => None,
        };
        Ok(Some((body, (following, fetch, seen, next, repeated))))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;

    #[tokio::test]
    async fn page_numbers_stop_at_the_last_page_or_an_empty_page() {
        let pages: Vec<Vec<u32>> =
            pages_by_number(1, |n| async move { Ok::<_, ()>(vec![n as u32; 2]) }, Vec::is_empty, |_| 3).try_collect().await.unwrap();
        assert_eq!(pages, vec![vec![1, 1], vec![2, 2], vec![3, 3]]);
        let pages: Vec<Vec<u32>> =
            pages_by_number(1, |n| async move { Ok::<_, ()>(if n < 2 { vec![n as u32] } else { vec![] }) }, Vec::is_empty, |_| 99)
                .try_collect()
                .await
                .unwrap();
        assert_eq!(pages, vec![vec![1]]);
    }

    #[tokio::test]
    async fn cursors_are_followed_and_a_repeated_one_is_an_error() {
        let next = |p: &(u32, Option<&'static str>)| p.1.map(str::to_owned);
        let chain = |c: Option<String>| async move {
            Ok::<_, PaginationError>(match c.as_deref() {
                None => (1, Some("a")),
                Some("a") => (2, Some("b")),
                _ => (3, None),
            })
        };
        let got: Vec<u32> = pages_by_cursor(None, chain, next, |e| e).map_ok(|p| p.0).try_collect().await.unwrap();
        assert_eq!(got, vec![1, 2, 3]);
        let looping =
            |c: Option<String>| async move { Ok::<_, PaginationError>(if c.is_none() { (1, Some("a")) } else { (2, Some("a")) }) };
        let err = pages_by_cursor(None, looping, next, |e| e).try_collect::<Vec<_>>().await.unwrap_err();
        assert_eq!(err, PaginationError::RepeatedCursor("a".into()));
    }
}
