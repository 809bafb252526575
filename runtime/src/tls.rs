//! The TLS crypto provider. With the `rustls-ring` feature (the generated crates' default),
//! reqwest is built without a crypto provider of its own, and panics when it builds a client
//! while none is installed; [`install_crypto_provider`] installs rustls's ring provider as the
//! process default, once, unless the application installed one first. Every constructor of a
//! generated client calls it before building its `reqwest::Client`.

/// Makes HTTPS work for every `reqwest::Client` built afterwards in this process.
///
/// With the `rustls-ring` feature it installs rustls's ring provider as the process-wide default
/// unless a provider is already installed (an application's own choice always wins). Without
/// the feature it does nothing. Call it before building a `reqwest::Client` yourself to pass to
/// a generated client's `http_client(…)`: with `rustls-ring` alone, reqwest panics in
/// `Client::new()`/`ClientBuilder::build()` when no provider is installed. Cheap after the first
/// call; safe from any thread.
pub fn install_crypto_provider() {
    #[cfg(feature = "rustls-ring")]
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Losing a race to another thread's install is fine: a provider is installed either way.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}
