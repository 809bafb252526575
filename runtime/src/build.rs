//! [`BuildError`]: why a generated `ClientBuilder::build` refused to build a client.

use std::fmt;

/// Why a client could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// reqwest could not build its HTTP client (TLS backend, proxy settings).
    Http(reqwest::Error),
    /// The caller's own `reqwest::Client` carries a default header the runtime must decide per
    /// operation: a credential header (reqwest adds default headers after the runtime has prepared
    /// the request, so it would reach operations whose `security` is `[]`), or the API's
    /// idempotency header (one key for every request would make distinct creates look alike).
    /// Set credentials with `ClientBuilder::credentials` instead.
    DefaultHeader {
        /// The header's name, lower case.
        header: String,
    },
    /// The spec names no server and no base URL was set.
    NoBaseUrl,
    /// The base URL already ends with the path every operation's path starts with
    /// (`https://api.polar.sh/v1` for paths `/v1/…`): every request would go to `/v1/v1/…`.
    BaseUrlHasPathPrefix {
        /// The base URL given.
        url: String,
        /// The prefix every operation's path starts with.
        prefix: &'static str,
    },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Http(e) => write!(f, "could not build the HTTP client: {e}"),
            BuildError::NoBaseUrl => f.write_str("the API's spec names no server: set one with ClientBuilder::base_url"),
            BuildError::BaseUrlHasPathPrefix { url, prefix } => write!(
                f,
                "the base URL `{url}` already ends with `{prefix}`, with which every operation's path starts: requests would go to `{prefix}{prefix}/…`; use `{}`",
                url.trim_end_matches('/').strip_suffix(prefix).unwrap_or(url)
            ),
            BuildError::DefaultHeader { header } => write!(
                f,
                "the reqwest::Client given to http_client() sends a default `{header}` header on every request, \
                 including operations that must not carry it; remove it from the client's default headers \
                 (use ClientBuilder::credentials for the credential)"
            ),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Http(e) => Some(e),
            BuildError::DefaultHeader { .. } | BuildError::NoBaseUrl | BuildError::BaseUrlHasPathPrefix { .. } => None,
        }
    }
}

impl From<reqwest::Error> for BuildError {
    fn from(e: reqwest::Error) -> Self {
        BuildError::Http(e)
    }
}

/// The leading part of `prefix` (whole segments: `/v1`, `/v1/checkouts` of `/v1/checkouts`) that
/// the base `url` (without a trailing `/`) already ends with: every path would repeat it.
pub fn doubled_prefix(url: &str, prefix: &'static str) -> Option<&'static str> {
    let ends = prefix.match_indices('/').map(|(i, _)| i).skip(1).chain([prefix.len()]);
    ends.map(|end| &prefix[..end]).find(|part| part.len() > 1 && url.ends_with(part))
}

/// The first of `names` (lower case) among `client`'s default headers, if any. reqwest has no
/// accessor for them; its `Debug` lists them (`default_headers: {"name": value, …}`, values of
/// sensitive headers hidden), which is what this reads. A test pins that format.
pub fn default_header(client: &reqwest::Client, names: &[&str]) -> Option<String> {
    let text = format!("{client:?}");
    let defaults = &text[text.find("default_headers: {")?..];
    let defaults = &defaults[..defaults.find('}').map_or(defaults.len(), |end| end + 1)];
    names.iter().find(|name| defaults.contains(&format!("\"{name}\":"))).map(|name| (*name).to_owned())
}

#[cfg(test)]
mod tests {
    use super::default_header;
    use reqwest::header::{HeaderMap, HeaderValue};

    #[test]
    fn a_default_credential_header_is_found_and_others_are_not() {
        crate::install_crypto_provider();
        let mut headers = HeaderMap::new();
        let mut auth = HeaderValue::from_static("Bearer leaked");
        auth.set_sensitive(true);
        headers.insert("authorization", auth);
        headers.insert("x-shop", HeaderValue::from_static("eu-1"));
        let client = reqwest::Client::builder().default_headers(headers).build().unwrap();
        assert_eq!(default_header(&client, &["authorization"]).as_deref(), Some("authorization"));
        assert_eq!(default_header(&client, &["idempotency-key"]), None);
        assert_eq!(default_header(&reqwest::Client::new(), &["authorization"]), None);
        let text = format!("{client:?}");
        assert!(!text.contains("leaked"), "reqwest shows a sensitive default header: {text}");
    }
}
