//! The `Sec-WebSocket-Key` of a websocket upgrade (dropshot's `x-dropshot-websocket`
//! operations), without the `rand` dependency progenitor's code assumes.

use std::hash::{BuildHasher, Hasher};

/// A fresh base64-encoded 16-byte nonce. RFC 6455 asks for a random value so that caches and
/// proxies do not replay an upgrade; it is not a secret. The bytes come from the standard
/// library's randomly seeded hasher, mixed with the time and a counter.
pub fn websocket_key() -> String {
    use base64::Engine;
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let mut bytes = [0u8; 16];
    for (i, half) in bytes.chunks_mut(8).enumerate() {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(nanos);
        hasher.write_u64(COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
        hasher.write_usize(i);
        half.copy_from_slice(&hasher.finish().to_le_bytes());
    }
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_are_16_bytes_of_base64_and_differ() {
        use base64::Engine;
        let keys: std::collections::HashSet<String> = (0..100).map(|_| super::websocket_key()).collect();
        assert_eq!(keys.len(), 100);
        for key in &keys {
            assert_eq!(base64::engine::general_purpose::STANDARD.decode(key).unwrap().len(), 16);
        }
    }
}
