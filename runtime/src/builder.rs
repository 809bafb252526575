//! [`client_builder!`](crate::client_builder): the `Server` enum and `ClientBuilder` every
//! generated crate has, written once here. The generated code calls the macro with what differs
//! per API (its servers, an API version header, the headers the runtime decides per operation).

/// Declares, in the calling module, `Server` (the spec's servers plus `Custom`), `ClientBuilder`
/// (server, credentials, timeouts, user agent, retry policy, page and body limits, a caller's
/// `reqwest::Client`, and `api_version` when the API has a version header) and
/// `Client::builder()`, for a progenitor `Client` with `new_with_client(url, http, state)`.
///
/// ```ignore
/// checkout_runtime::client_builder! {
///     servers: [
///         /// `https://api.polar.sh`: Production environment.
///         Production = "https://api.polar.sh",
///         /// `https://sandbox-api.polar.sh`: Sandbox environment.
///         Sandbox = "https://sandbox-api.polar.sh",
///     ],
///     version_header: ("polar-version", "2026-10"),
///     per_operation_headers: ["authorization"],
///     credential_headers: ["authorization"],
/// }
/// ```
// Used by the generated code, not by a service: hidden from the docs.
#[doc(hidden)]
#[macro_export]
macro_rules! client_builder {
    (@server) => {
        /// The servers this API is served from: the spec names none, so the base URL is the
        /// caller's (`ClientBuilder::base_url`).
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum Server {
            /// The base URL (a proxy, a mock server, or the API itself).
            Custom(::std::string::String),
        }

        impl Server {
            /// The base URL.
            pub fn url(&self) -> &str {
                match self {
                    Self::Custom(url) => url,
                }
            }

            fn first() -> ::std::option::Option<Server> {
                None
            }

            /// The rate limits the spec gives for the server (`x-rate-limit`): none.
            pub fn rate_limits(&self) -> &'static [$crate::pace::RateLimit] {
                &[]
            }
        }
    };
    (@server
        $(#[doc = $first_doc:literal])* $first:ident = $first_url:literal $(limits [$(($first_n:literal, $first_s:literal)),* $(,)?])?
        $(, $(#[doc = $doc:literal])* $server:ident = $url:literal $(limits [$(($n:literal, $s:literal)),* $(,)?])?)* $(,)?
    ) => {
        /// The servers this API is served from.
        #[derive(Clone, Debug, PartialEq, Eq, Default)]
        #[non_exhaustive]
        pub enum Server {
            $(#[doc = $first_doc])*
            #[default]
            $first,
            $( $(#[doc = $doc])* $server, )*
            /// Any other base URL (a proxy, a mock server).
            Custom(::std::string::String),
        }

        impl Server {
            /// The base URL.
            pub fn url(&self) -> &str {
                match self {
                    Self::$first => $first_url,
                    $( Self::$server => $url, )*
                    Self::Custom(url) => url,
                }
            }

            fn first() -> ::std::option::Option<Server> {
                Some(Self::$first)
            }

            /// The rate limits the spec gives for the server (`x-rate-limit`; none for `Custom`):
            /// `(requests, seconds)`, kept per client unless `ClientBuilder::rate_limits` says
            /// otherwise.
            pub fn rate_limits(&self) -> &'static [$crate::pace::RateLimit] {
                match self {
                    Self::$first => {
                        const LIMITS: &[$crate::pace::RateLimit] =
                            &[$($($crate::pace::RateLimit::new($first_n, ::std::time::Duration::from_secs($first_s))),*)?];
                        LIMITS
                    }
                    $( Self::$server => {
                        const LIMITS: &[$crate::pace::RateLimit] = &[$($($crate::pace::RateLimit::new($n, ::std::time::Duration::from_secs($s))),*)?];
                        LIMITS
                    } )*
                    Self::Custom(_) => &[],
                }
            }
        }
    };
    (
        servers: [ $($servers:tt)* ],
        $(path_prefix: $path_prefix:literal,)?
        $(version_header: ($version_name:literal, $version_value:literal),)?
        per_operation_headers: [ $($per_operation:literal),* $(,)? ],
        credential_headers: [ $($credential:literal),* $(,)? ] $(,)?
    ) => {
        /// Headers the runtime decides per operation; a caller's `reqwest::Client` must not send
        /// them by default.
        const PER_OPERATION_HEADERS: &[&str] = &[$($per_operation),*];
        /// The credential headers, which a call's `RequestOptions` may not set.
        const CREDENTIAL_HEADERS: &[&str] = &[$($credential),*];

        $crate::client_builder!(@server $($servers)*);

        /// Builds a [`Client`]: server, credentials, timeouts, user agent, retry policy, and an
        /// optional caller-supplied `reqwest::Client`. `Debug` never shows the credentials.
        #[derive(Clone, Debug)]
        pub struct ClientBuilder {
            server: ::std::option::Option<Server>,
            credentials: ::std::option::Option<$crate::Secret>,
            timeout: ::std::time::Duration,
            connect_timeout: ::std::time::Duration,
            retry: $crate::RetryPolicy,
            http: ::std::option::Option<$crate::reqwest::Client>,
            headers: $crate::reqwest::header::HeaderMap,
            pages: $crate::paginate::Bounds,
            max_response_bytes: usize,
            rate_limits: ::std::option::Option<::std::vec::Vec<$crate::pace::RateLimit>>,
        }

        impl ::std::default::Default for ClientBuilder {
            fn default() -> Self {
                let mut headers = $crate::reqwest::header::HeaderMap::new();
                headers.insert(
                    $crate::reqwest::header::USER_AGENT,
                    $crate::reqwest::header::HeaderValue::from_static(concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"))),
                );
                $( headers.insert($version_name, $crate::reqwest::header::HeaderValue::from_static($version_value)); )?
                ClientBuilder {
                    server: Server::first(),
                    credentials: None,
                    timeout: ::std::time::Duration::from_secs(60),
                    connect_timeout: ::std::time::Duration::from_secs(10),
                    retry: $crate::RetryPolicy::default(),
                    http: None,
                    headers,
                    pages: $crate::paginate::Bounds::default(),
                    max_response_bytes: $crate::DEFAULT_MAX_RESPONSE_BYTES,
                    rate_limits: None,
                }
            }
        }

        impl ClientBuilder {
            /// The server to talk to (default: the first in the spec; with none in the spec, a
            /// base URL must be set).
            pub fn server(mut self, server: Server) -> Self {
                self.server = Some(server);
                self
            }
            /// A custom base URL: shorthand for `server(Server::Custom(url))`.
            pub fn base_url(self, url: impl Into<::std::string::String>) -> Self {
                self.server(Server::Custom(url.into()))
            }
            /// The credential for operations that require authentication.
            pub fn credentials(mut self, credentials: impl Into<$crate::Secret>) -> Self {
                self.credentials = Some(credentials.into());
                self
            }
            /// The whole-request timeout (default 60 s); applies to a caller's client too.
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.timeout = timeout;
                self
            }
            /// The connect timeout (default 10 s); unused with `http_client`.
            pub fn connect_timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.connect_timeout = timeout;
                self
            }
            /// The `User-Agent` header (default `<crate>/<version>`).
            pub fn user_agent(mut self, user_agent: &str) -> ::std::result::Result<Self, $crate::reqwest::header::InvalidHeaderValue> {
                self.headers.insert($crate::reqwest::header::USER_AGENT, $crate::reqwest::header::HeaderValue::from_str(user_agent)?);
                Ok(self)
            }
            /// The retry policy (default: 3 attempts, 500 ms base, 30 s cap).
            pub fn retry(mut self, policy: $crate::RetryPolicy) -> Self {
                self.retry = policy;
                self
            }
            /// Uses `client` (its TLS, proxy and pool settings) instead of building one. With the
            /// default `rustls-ring` feature, call [`crate::runtime::install_crypto_provider`]
            /// before building that client: reqwest panics when it builds an HTTPS client while
            /// no rustls crypto provider is installed. A client whose default headers include a
            /// credential header (`Authorization`, the API's key header) or the API's idempotency
            /// header is refused by [`ClientBuilder::build`]: reqwest would add it to every
            /// request, including operations that must not carry it.
            pub fn http_client(mut self, client: $crate::reqwest::Client) -> Self {
                self.http = Some(client);
                self
            }
            /// The most pages one `<operation>_pages` / `<operation>_items` stream reads (default
            /// 10 000); a server still announcing more then ends the stream with
            /// `Error::Pagination` (`PageLimit`) rather than running forever.
            pub fn max_pages(mut self, max_pages: u64) -> Self {
                self.pages.max_pages = max_pages;
                self
            }
            /// The most bytes of a response body the client reads (default 32 MiB): a larger
            /// body, or one that never ends, fails with `Error::ResponseTooLarge` once the cap is
            /// crossed, without buffering the rest.
            pub fn max_response_bytes(mut self, max: usize) -> Self {
                self.max_response_bytes = max;
                self
            }
            /// The rate limits to keep to across all requests (default: the server's, from the spec,
            /// with each operation's own; none for a custom base URL unless set here). An
            /// organisation with raised limits sets its own. Every clone of the client shares
            /// them, and each operation's own limits apply too. A call waits for capacity within
            /// its timeout, else fails at once with `Error::RateLimited`, nothing sent.
            pub fn rate_limits(mut self, limits: impl ::std::iter::IntoIterator<Item = $crate::pace::RateLimit>) -> Self {
                self.rate_limits = Some(limits.into_iter().collect());
                self
            }
            /// Keeps to no rate limit: every call is sent at once (a `429` is then retried per
            /// the retry policy).
            pub fn no_rate_limits(mut self) -> Self {
                self.rate_limits = Some(::std::vec::Vec::new());
                self
            }
            $(
                #[doc = concat!(" The `", $version_name, "` header sent with every request (default `", $version_value, "`): the API version the client speaks.")]
                pub fn api_version(mut self, version: &str) -> ::std::result::Result<Self, $crate::reqwest::header::InvalidHeaderValue> {
                    self.headers.insert($version_name, $crate::reqwest::header::HeaderValue::from_str(version)?);
                    Ok(self)
                }
            )?
            /// Builds the client.
            ///
            /// # Errors
            /// reqwest cannot build its client, or the caller's client (`http_client`) carries a
            /// default header the runtime must decide per operation.
            pub fn build(self) -> ::std::result::Result<Client, $crate::BuildError> {
                let Some(server) = self.server else { return Err($crate::BuildError::NoBaseUrl) };
                // The spec's servers come with their limits (and the operations' own); a custom
                // base URL (a mock, a test server, a proxy) is paced only when asked to.
                let limits = match self.rate_limits {
                    Some(limits) if limits.is_empty() => None,
                    Some(limits) => Some(limits),
                    None if matches!(server, Server::Custom(_)) => None,
                    None => Some(server.rate_limits().to_vec()),
                };
                let pacer = limits.map(|limits| ::std::sync::Arc::new($crate::pace::Pacer::new(limits)));
                $crate::install_crypto_provider();
                let http = match self.http {
                    Some(client) => {
                        if let Some(header) = $crate::__private::default_header(&client, PER_OPERATION_HEADERS) {
                            return Err($crate::BuildError::DefaultHeader { header });
                        }
                        client
                    }
                    None => $crate::reqwest::Client::builder().connect_timeout(self.connect_timeout).build()?,
                };
                let state = $crate::__private::ClientState {
                    credentials: self.credentials,
                    retry: self.retry,
                    headers: self.headers,
                    timeout: Some(self.timeout),
                    pages: self.pages,
                    max_response_bytes: Some(self.max_response_bytes),
                    pacer,
                };
                // A trailing `/` would make `//v1/…`; a base URL already ending with the paths'
                // common prefix would make `/v1/v1/…`: the first is mended, the second refused.
                let url = server.url().trim_end_matches('/');
                $(
                    if let Some(prefix) = $crate::__private::doubled_prefix(url, $path_prefix) {
                        return Err($crate::BuildError::BaseUrlHasPathPrefix { url: server.url().to_owned(), prefix });
                    }
                )?
                Ok(Client::new_with_client(url, http, state))
            }
        }

        impl Client {
            /// A [`ClientBuilder`] with the defaults.
            pub fn builder() -> ClientBuilder {
                ClientBuilder::default()
            }
        }
    };
}

#[cfg(test)]
mod tests {
    /// A stand-in for a generated `Client`: what `client_builder!` needs of it.
    macro_rules! fake_client {
        () => {
            pub struct Client {
                pub url: String,
                pub paced: Option<Vec<crate::pace::RateLimit>>,
            }
            impl Client {
                pub fn new_with_client(url: &str, _http: reqwest::Client, state: crate::__private::ClientState) -> Self {
                    Client { url: url.to_owned(), paced: state.pacer.map(|p| p.limits().to_vec()) }
                }
            }
        };
    }

    #[allow(dead_code)]
    mod without_servers {
        fake_client!();
        crate::client_builder! {
            servers: [],
            per_operation_headers: ["authorization"],
            credential_headers: ["authorization"],
        }
    }

    #[allow(dead_code)]
    mod with_servers {
        fake_client!();
        crate::client_builder! {
            servers: [
                /// The live API.
                Production = "https://api.example.com" limits [(500, 60)],
                Sandbox = "https://sandbox.example.com",
            ],
            path_prefix: "/v1/things",
            version_header: ("example-version", "2026-01"),
            per_operation_headers: ["authorization", "x-api-key"],
            credential_headers: ["authorization", "x-api-key"],
        }
    }

    /// With no server in the spec, the base URL is the caller's: building without one is an
    /// error that says so.
    #[test]
    fn a_spec_without_servers_needs_a_base_url() {
        let error = without_servers::Client::builder().build().err().expect("no base URL");
        assert!(matches!(error, crate::BuildError::NoBaseUrl));
        assert!(error.to_string().contains("base_url"), "{error}");
        let client = without_servers::Client::builder().base_url("http://127.0.0.1:9").build().expect("a client");
        assert_eq!(client.url, "http://127.0.0.1:9");
    }

    #[test]
    fn the_first_server_is_the_default_and_others_are_chosen_by_name() {
        use with_servers::{Client, Server};
        assert_eq!(Client::builder().build().expect("a client").url, "https://api.example.com");
        assert_eq!(Client::builder().server(Server::Sandbox).build().expect("a client").url, "https://sandbox.example.com");
        assert!(Client::builder().api_version("2026-02").is_ok());
        assert_eq!(Server::Production.rate_limits(), [crate::pace::RateLimit::new(500, std::time::Duration::from_secs(60))]);
        assert!(Server::Sandbox.rate_limits().is_empty() && Server::Custom("x".into()).rate_limits().is_empty());
    }

    /// A spec's server comes with its limits; a custom base URL is paced only when asked; the
    /// builder replaces the limits or turns pacing off.
    #[test]
    fn a_client_keeps_to_its_servers_limits_unless_told_otherwise() {
        use crate::pace::RateLimit;
        use std::time::Duration;
        use with_servers::{Client, Server};
        let minute = |n| RateLimit::new(n, Duration::from_secs(60));
        assert_eq!(Client::builder().build().unwrap().paced, Some(vec![minute(500)]));
        assert_eq!(Client::builder().server(Server::Sandbox).build().unwrap().paced, Some(vec![]));
        assert_eq!(Client::builder().base_url("http://127.0.0.1:9").build().unwrap().paced, None);
        assert_eq!(Client::builder().base_url("http://127.0.0.1:9").rate_limits([minute(5)]).build().unwrap().paced, Some(vec![minute(5)]));
        assert_eq!(Client::builder().rate_limits([minute(5000)]).build().unwrap().paced, Some(vec![minute(5000)]));
        assert_eq!(Client::builder().no_rate_limits().build().unwrap().paced, None);
    }

    /// A trailing `/` is dropped (paths start with one); a base URL that already ends with the
    /// operations' common prefix is refused, with the fix, instead of sending `/v1/v1/…`.
    #[test]
    fn a_base_url_cannot_double_the_path() {
        use with_servers::Client;
        assert_eq!(Client::builder().base_url("http://127.0.0.1:9/").build().expect("a client").url, "http://127.0.0.1:9");
        assert_eq!(
            Client::builder().base_url("https://proxy.example/polar//").build().expect("a client").url,
            "https://proxy.example/polar"
        );
        let error = Client::builder().base_url("https://api.example.com/v1/").build().err().expect("refused");
        assert!(Client::builder().base_url("https://api.example.com/v1/things").build().is_err());
        assert!(Client::builder().base_url("https://api.example.com/v2").build().is_ok());
        assert!(matches!(&error, crate::BuildError::BaseUrlHasPathPrefix { prefix: "/v1", .. }), "{error:?}");
        assert!(error.to_string().ends_with("use `https://api.example.com`"), "{error}");
        assert_eq!(without_servers::Client::builder().base_url("http://h/v1").build().expect("no prefix to check").url, "http://h/v1");
    }
}
