//! HTTPS with the default `rustls-ring` feature, in a process of its own (the crypto provider is
//! process-wide state, so this file holds one test that runs its steps in order):
//!
//! 1. nothing is installed before a generated client is built, and `ClientBuilder::build` (the
//!    one constructor) builds without panicking (reqwest panics when it builds a client with no
//!    provider installed, which the builder prevents);
//! 2. a second install keeps the provider already there (an application's choice wins);
//! 3. a real TLS handshake against a loopback server: a client trusting its certificate decodes
//!    the checkout; the default client, which trusts only the platform's roots, refuses the
//!    self-signed certificate with a connect error (never a panic, never a request sent).
//!
//! The certificate in `fixtures/tls/` is a self-signed one for `127.0.0.1`, for this test only.

use std::sync::Arc;

use checkout_runtime::TransportKind;
use polar_checkouts as polar;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const CERT: &str = include_str!("fixtures/tls/loopback.cert.pem");
const KEY: &str = include_str!("fixtures/tls/loopback.key.pem");

/// An HTTPS server on loopback answering every request with `body` (HTTP/1.1, one request per
/// connection). Returns its port and a counter of the requests it received (each after a
/// completed handshake).
async fn https_server(body: Vec<u8>) -> (u16, Arc<std::sync::atomic::AtomicUsize>) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from_pem_slice(CERT.as_bytes()).unwrap()],
            PrivateKeyDer::from_pem_slice(KEY.as_bytes()).unwrap(),
        )
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let served = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = served.clone();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { return };
            let (acceptor, body, counter) = (acceptor.clone(), body.clone(), counter.clone());
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = tls.write_all(head.as_bytes()).await;
                let _ = tls.write_all(&body).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (port, served)
}

#[test]
fn https_works_with_the_default_features_and_no_constructor_panics() {
    // 1. Nothing installed yet; the builder of a generated client installs ring first.
    assert!(rustls::crypto::CryptoProvider::get_default().is_none(), "this test binary must start with no provider");
    polar::Client::builder().credentials("polar_oat_TLS").build().expect("the builder builds an HTTPS client");
    let installed = rustls::crypto::CryptoProvider::get_default().expect("the builder installed a provider");
    let installed: *const rustls::crypto::CryptoProvider = Arc::as_ptr(installed);

    // 2. Installing again keeps the provider already installed.
    polar::runtime::install_crypto_provider();
    assert!(std::ptr::eq(Arc::as_ptr(rustls::crypto::CryptoProvider::get_default().unwrap()), installed));

    // 3. A real handshake.
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let body = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/polar/checkout.json")).unwrap();
        let (port, served) = https_server(body).await;
        let url = format!("https://127.0.0.1:{port}");

        let trusting =
            reqwest::Client::builder().tls_certs_only([reqwest::Certificate::from_pem(CERT.as_bytes()).unwrap()]).build().unwrap();
        let client = polar::Client::builder()
            .base_url(&url)
            .credentials("polar_oat_TLS")
            .http_client(trusting)
            .retry(polar::RetryPolicy::none())
            .build()
            .unwrap();
        let id: uuid::Uuid = "b2c4a1f0-6d2e-4c7a-9f4b-1e0d3c5a7b91".parse().unwrap();
        let checkout = client.checkouts_get().id(id).send().await.expect("HTTPS round trip");
        assert_eq!(checkout.id, id);
        assert_eq!(served.load(std::sync::atomic::Ordering::SeqCst), 1);

        let default =
            polar::Client::builder().base_url(&url).credentials("polar_oat_TLS").retry(polar::RetryPolicy::none()).build().unwrap();
        match default.checkouts_get().id(id).send().await {
            Err(polar::runtime::Error::Transport { kind: TransportKind::Connect, .. }) => {}
            other => panic!("an untrusted certificate must fail to connect, got {other:?}"),
        }
        assert_eq!(served.load(std::sync::atomic::Ordering::SeqCst), 1, "no request crossed the refused handshake");
    });
}
