//! Webhook verification, as [Standard Webhooks](https://www.standardwebhooks.com/) specifies it
//! (Polar signs so; Flowglad sends through Svix, which does the same with `svix-*` headers).
//!
//! The signature is checked **before** the body is parsed: HMAC-SHA256 over
//! `{webhook-id}.{webhook-timestamp}.{body}`, compared in constant time against every `v1,<base64>`
//! entry of `webhook-signature` (several during key rotation; other versions are ignored), and the
//! timestamp must be within a tolerance (5 minutes by default, both directions) of now, which
//! closes the replay window. No message of any error says anything about the secret.
//!
//! How a secret becomes the HMAC key differs by vendor, so each API says it ([`SigningKey`], from
//! the spec's `x-webhooks.key`): Standard Webhooks (Svix, Flowglad) signs with the base64 bytes
//! after `whsec_`; Polar's server signs with the secret's own UTF-8 bytes, `whsec_` included.
//!
//! Written on `hmac`, `sha2` and `base64` rather than the `standardwebhooks` crate, which fixes the
//! tolerance at five minutes, reads only `webhook-*` headers and has no way to try Polar's raw
//! secret as well as its base64 reading.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{KeyInit, Mac};
use reqwest::header::HeaderMap;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// The default timestamp tolerance: 5 minutes, in both directions.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// Why a webhook was refused. No variant carries anything derived from the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebhookError {
    /// The secret is empty, or not base64 where the API's [`SigningKey`] needs it to be.
    InvalidSecret,
    /// A required header is absent (`webhook-id`, `webhook-timestamp` or `webhook-signature`, or
    /// their `svix-` forms).
    MissingHeader(&'static str),
    /// A header is not visible ASCII text.
    InvalidHeader(&'static str),
    /// `webhook-timestamp` is not a whole number of seconds since the Unix epoch.
    InvalidTimestamp,
    /// The timestamp is older than the tolerance allows (a replay, or a delayed delivery).
    TooOld {
        /// How many seconds old it is.
        age_seconds: u64,
    },
    /// The timestamp is further in the future than the tolerance allows.
    TooNew {
        /// How many seconds ahead it is.
        ahead_seconds: u64,
    },
    /// No `v1` signature matches the body with this secret (a wrong secret, or a tampered id,
    /// timestamp or body).
    NoMatchingSignature,
    /// The verified body is not UTF-8.
    BodyNotUtf8,
    /// The verified body is not JSON, or not a JSON object with the event tag.
    BodyNotJson(String),
    /// The body is an event of a known type whose payload does not match its schema.
    Payload {
        /// The event type.
        event_type: String,
        /// What does not match, with its JSON path.
        message: String,
    },
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::InvalidSecret => f.write_str("the webhook secret is empty or not a secret this API issues"),
            WebhookError::MissingHeader(name) => write!(f, "the webhook has no `{name}` header"),
            WebhookError::InvalidHeader(name) => write!(f, "the webhook's `{name}` header is not text"),
            WebhookError::InvalidTimestamp => f.write_str("the webhook timestamp is not a number of seconds"),
            WebhookError::TooOld { age_seconds } => write!(f, "the webhook is {age_seconds} s old, beyond the tolerance"),
            WebhookError::TooNew { ahead_seconds } => write!(f, "the webhook is dated {ahead_seconds} s ahead, beyond the tolerance"),
            WebhookError::NoMatchingSignature => f.write_str("no webhook signature matches"),
            WebhookError::BodyNotUtf8 => f.write_str("the webhook body is not UTF-8"),
            WebhookError::BodyNotJson(message) => write!(f, "the webhook body is not a JSON event: {message}"),
            WebhookError::Payload { event_type, message } => write!(f, "the `{event_type}` event does not match its schema: {message}"),
        }
    }
}

impl std::error::Error for WebhookError {}

/// How an API turns its webhook secret into the HMAC-SHA256 key it signs deliveries with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SigningKey {
    /// Standard Webhooks (Svix): the key is the base64 text after `whsec_` (or the whole secret
    /// without that prefix). A secret that is not base64 is [`WebhookError::InvalidSecret`].
    Base64,
    /// The secret's own UTF-8 bytes, prefix and all: Polar's server hands the base64 *encoding*
    /// of the whole secret to its Standard Webhooks signer, which decodes it back
    /// (`server/polar/webhook/tasks.py`). Verification also tries the base64 reading of the part
    /// after `whsec_`, as polar-sdk's `validate_event` does, so every secret Polar has issued
    /// (`polar_whs_…`, `whsec_` and 43 letters and digits, a base64 `whsec_…`) verifies.
    Utf8,
}

/// Base64 as Python's `base64.b64decode(…, validate=True)` reads it, which is what the vendors'
/// verifiers use: standard alphabet, padding optional, non-zero trailing bits allowed (Polar's
/// 43-character secrets end in such a character).
const LENIENT: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// The base64 reading of `secret`: the text after `whsec_`, decoded; `None` when it is not base64
/// or decodes to nothing.
fn base64_reading(secret: &str) -> Option<Vec<u8>> {
    let encoded = secret.strip_prefix("whsec_").unwrap_or(secret);
    LENIENT.decode(encoded).ok().filter(|key| !key.is_empty())
}

/// The HMAC keys a delivery signed for `secret` may have been signed with, the one the vendor
/// signs with first.
fn keys(secret: &str, scheme: SigningKey) -> Result<Vec<Vec<u8>>, WebhookError> {
    if secret.is_empty() {
        return Err(WebhookError::InvalidSecret);
    }
    match scheme {
        SigningKey::Base64 => base64_reading(secret).map(|key| vec![key]).ok_or(WebhookError::InvalidSecret),
        SigningKey::Utf8 => {
            let raw = secret.as_bytes().to_vec();
            let mut keys = vec![raw];
            keys.extend(base64_reading(secret).filter(|decoded| decoded != &keys[0]));
            Ok(keys)
        }
    }
}

/// Checks webhook signatures for one endpoint secret.
#[derive(Clone)]
pub struct Verifier {
    keys: Vec<Vec<u8>>,
    tolerance: Duration,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier").field("secret", &"<redacted>").field("tolerance", &self.tolerance).finish()
    }
}

/// The signature of `id.timestamp.body` with `key`.
fn mac(key: &[u8], id: &str, timestamp: &str, body: &[u8]) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The `webhook-id` (or `svix-id`) of a delivery.
pub(crate) fn delivery_id(headers: &HeaderMap) -> Result<&str, WebhookError> {
    header(headers, ["webhook-id", "svix-id"])
}

/// The `webhook-timestamp` (or `svix-timestamp`) of a delivery.
pub(crate) fn delivery_time(headers: &HeaderMap) -> Result<SystemTime, WebhookError> {
    let seconds: i64 =
        header(headers, ["webhook-timestamp", "svix-timestamp"])?.trim().parse().map_err(|_| WebhookError::InvalidTimestamp)?;
    Ok(match u64::try_from(seconds) {
        Ok(seconds) => UNIX_EPOCH + Duration::from_secs(seconds),
        Err(_) => UNIX_EPOCH,
    })
}

/// The first of `names` present in `headers` (header names are case-insensitive), as text.
fn header<'h>(headers: &'h HeaderMap, names: [&'static str; 2]) -> Result<&'h str, WebhookError> {
    let value = names.iter().find_map(|name| headers.get(*name)).ok_or(WebhookError::MissingHeader(names[0]))?;
    value.to_str().map_err(|_| WebhookError::InvalidHeader(names[0]))
}

impl Verifier {
    /// A verifier for `secret`, turned into a key as `scheme` says, with the default tolerance.
    ///
    /// # Errors
    /// [`WebhookError::InvalidSecret`]: an empty secret, or one `scheme` cannot read.
    pub fn new(secret: &str, scheme: SigningKey) -> Result<Verifier, WebhookError> {
        Ok(Verifier { keys: keys(secret, scheme)?, tolerance: DEFAULT_TOLERANCE })
    }

    /// Accepts timestamps up to `tolerance` away from now, in either direction.
    pub fn tolerance(mut self, tolerance: Duration) -> Verifier {
        self.tolerance = tolerance;
        self
    }

    /// Checks `headers` and `body` against the secret, as of now.
    ///
    /// # Errors
    /// A missing or malformed header, a timestamp outside the tolerance, or no matching signature.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<(), WebhookError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// [`verify`](Self::verify) as of `now` (for tests and replays of recorded deliveries).
    ///
    /// # Errors
    /// As [`verify`](Self::verify).
    pub fn verify_at(&self, headers: &HeaderMap, body: &[u8], now: SystemTime) -> Result<(), WebhookError> {
        let id = delivery_id(headers)?;
        let timestamp = header(headers, ["webhook-timestamp", "svix-timestamp"])?;
        let signatures = header(headers, ["webhook-signature", "svix-signature"])?;
        let seconds: i64 = timestamp.trim().parse().map_err(|_| WebhookError::InvalidTimestamp)?;
        let now = match now.duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
        };
        let tolerance = i64::try_from(self.tolerance.as_secs()).unwrap_or(i64::MAX);
        let age = now.saturating_sub(seconds);
        if age > tolerance {
            return Err(WebhookError::TooOld { age_seconds: age.unsigned_abs() });
        }
        if -age > tolerance {
            return Err(WebhookError::TooNew { ahead_seconds: age.unsigned_abs() });
        }
        // Every `v1,<base64>` entry is tried with every key; other versions are skipped.
        let candidates: Vec<Vec<u8>> = signatures
            .split_ascii_whitespace()
            .filter_map(|entry| entry.split_once(','))
            .filter(|(version, _)| *version == "v1")
            .filter_map(|(_, signature)| LENIENT.decode(signature).ok())
            .collect();
        let matched = self.keys.iter().any(|key| {
            let expected = mac(key, id, timestamp, body);
            // `verify_slice` compares in constant time.
            candidates.iter().any(|candidate| expected.clone().verify_slice(candidate).is_ok())
        });
        if matched { Ok(()) } else { Err(WebhookError::NoMatchingSignature) }
    }
}

/// A webhook event type a generated crate defines: decodes a body whose signature was checked.
pub trait Event: Sized {
    /// How the API's secrets become signing keys.
    const SIGNING_KEY: SigningKey;

    /// Which resource an event is about, and its version, for telling stale events apart
    /// ([`crate::inbox`]); `None` when the API's events do not say.
    const ORDERING: Option<crate::inbox::Ordering> = None;

    /// The event's type, as sent (`checkout.updated`).
    fn event_type(&self) -> &str;

    /// Decodes a verified body.
    ///
    /// # Errors
    /// The body is not the event it says it is.
    fn from_verified_body(body: &[u8]) -> Result<Self, WebhookError>;
}

/// Verifies and decodes the webhooks of one endpoint into `E` (each generated crate's
/// `webhooks::Webhook` is this with its own `Event`). `Debug` never shows the secret.
pub struct Webhook<E> {
    verifier: Verifier,
    event: std::marker::PhantomData<fn() -> E>,
}

impl<E> Clone for Webhook<E> {
    fn clone(&self) -> Self {
        Webhook { verifier: self.verifier.clone(), event: std::marker::PhantomData }
    }
}

impl<E> fmt::Debug for Webhook<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook").field("verifier", &self.verifier).finish()
    }
}

impl<E: Event> Webhook<E> {
    /// A verifier for the endpoint's signing `secret`, exactly as the vendor's dashboard or API
    /// shows it, accepting timestamps within 5 minutes of now.
    ///
    /// # Errors
    /// [`WebhookError::InvalidSecret`] for an empty secret, or one the API's
    /// [`SigningKey`] cannot read.
    pub fn new(secret: &str) -> Result<Self, WebhookError> {
        Ok(Webhook { verifier: Verifier::new(secret, E::SIGNING_KEY)?, event: std::marker::PhantomData })
    }

    /// Accepts timestamps up to `tolerance` away from now, in either direction.
    pub fn tolerance(self, tolerance: Duration) -> Self {
        Webhook { verifier: self.verifier.tolerance(tolerance), event: std::marker::PhantomData }
    }

    /// How long after its timestamp a delivery is still accepted.
    pub(crate) fn tolerance_window(&self) -> Duration {
        self.verifier.tolerance
    }

    /// Checks the signature of a delivery (`webhook-id`, `webhook-timestamp`,
    /// `webhook-signature`, or their `svix-` forms), then decodes its body.
    ///
    /// # Errors
    /// A missing header, a stale or future timestamp, no matching signature (the body is not
    /// looked at then), or a body that is not the event it says.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<E, WebhookError> {
        self.verifier.verify(headers, body)?;
        E::from_verified_body(body)
    }

    /// [`verify`](Self::verify) as of `now` (tests, replays of recorded deliveries).
    ///
    /// # Errors
    /// As [`verify`](Self::verify).
    pub fn verify_at(&self, headers: &HeaderMap, body: &[u8], now: SystemTime) -> Result<E, WebhookError> {
        self.verifier.verify_at(headers, body, now)?;
        E::from_verified_body(body)
    }
}

/// The `webhook-signature` value for `body` sent as message `id` at `timestamp` (seconds since
/// the Unix epoch), signed with `secret` as a vendor whose secrets are `scheme` signs: for tests
/// of a service's own webhook handler (each generated `webhooks::sign` fills in its API's scheme).
///
/// # Errors
/// [`WebhookError::InvalidSecret`].
pub fn sign(scheme: SigningKey, secret: &str, id: &str, timestamp: i64, body: &[u8]) -> Result<String, WebhookError> {
    let keys = keys(secret, scheme)?;
    let signature = mac(&keys[0], id, &timestamp.to_string(), body).finalize().into_bytes();
    Ok(format!("v1,{}", STANDARD.encode(signature)))
}

/// The tag under `property` of the verified JSON object `body`.
///
/// # Errors
/// The body is not UTF-8, not a JSON object, or has no string tag.
pub fn tag(body: &[u8], property: &str) -> Result<String, WebhookError> {
    let text = std::str::from_utf8(body).map_err(|_| WebhookError::BodyNotUtf8)?;
    match crate::union::union_tag(text, property) {
        Ok(Some(tag)) => Ok(tag),
        Ok(None) => Err(WebhookError::BodyNotJson(format!("no `{property}` in a JSON object"))),
        Err(e) => Err(WebhookError::BodyNotJson(e.to_string())),
    }
}

/// Decodes the verified `body` of an `event_type` event as `T`.
///
/// # Errors
/// [`WebhookError::Payload`], naming the JSON path of what does not match.
pub fn payload<T: serde::de::DeserializeOwned>(body: &[u8], event_type: &str) -> Result<T, WebhookError> {
    let text = std::str::from_utf8(body).map_err(|_| WebhookError::BodyNotUtf8)?;
    crate::decode::member(text).map_err(|message| WebhookError::Payload { event_type: event_type.to_owned(), message })
}

/// The verified `body` as a JSON value (for event types the spec does not describe).
///
/// # Errors
/// [`WebhookError::BodyNotJson`].
pub fn raw(body: &[u8]) -> Result<serde_json::Value, WebhookError> {
    serde_json::from_slice(body).map_err(|e| WebhookError::BodyNotJson(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    /// The Standard Webhooks specification's published test vector.
    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const TIMESTAMP: i64 = 1614265330;
    const BODY: &[u8] = br#"{"test": 2432232314}"#;
    const SIGNATURE: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    fn at(seconds: i64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds as u64)
    }

    fn headers(id: &str, timestamp: &str, signature: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("webhook-id", HeaderValue::from_str(id).unwrap());
        h.insert("webhook-timestamp", HeaderValue::from_str(timestamp).unwrap());
        h.insert("webhook-signature", HeaderValue::from_str(signature).unwrap());
        h
    }

    #[test]
    fn the_published_test_vector_signs_and_verifies() {
        assert_eq!(sign(SigningKey::Base64, SECRET, ID, TIMESTAMP, BODY).unwrap(), SIGNATURE);
        let verifier = Verifier::new(SECRET, SigningKey::Base64).unwrap();
        verifier.verify_at(&headers(ID, &TIMESTAMP.to_string(), SIGNATURE), BODY, at(TIMESTAMP)).unwrap();
    }

    #[test]
    fn tampering_or_a_wrong_secret_fails() {
        let verifier = Verifier::new(SECRET, SigningKey::Base64).unwrap();
        let ok = headers(ID, &TIMESTAMP.to_string(), SIGNATURE);
        assert_eq!(verifier.verify_at(&ok, br#"{"test": 2432232315}"#, at(TIMESTAMP)), Err(WebhookError::NoMatchingSignature));
        let other_id = headers("msg_other", &TIMESTAMP.to_string(), SIGNATURE);
        assert_eq!(verifier.verify_at(&other_id, BODY, at(TIMESTAMP)), Err(WebhookError::NoMatchingSignature));
        let other_time = headers(ID, &(TIMESTAMP + 1).to_string(), SIGNATURE);
        assert_eq!(verifier.verify_at(&other_time, BODY, at(TIMESTAMP)), Err(WebhookError::NoMatchingSignature));
        let wrong = Verifier::new("whsec_aGVsbG8gd29ybGQ=", SigningKey::Base64).unwrap();
        assert_eq!(wrong.verify_at(&ok, BODY, at(TIMESTAMP)), Err(WebhookError::NoMatchingSignature));
    }

    #[test]
    fn rotation_and_other_versions_are_handled() {
        let verifier = Verifier::new(SECRET, SigningKey::Base64).unwrap();
        let rotated = format!("v1,aGVsbG8= v2,AAAA v1a,xyz {SIGNATURE} v1,notbase64!!");
        verifier.verify_at(&headers(ID, &TIMESTAMP.to_string(), &rotated), BODY, at(TIMESTAMP)).unwrap();
        let only_v2 = SIGNATURE.replace("v1,", "v2,");
        let error = verifier.verify_at(&headers(ID, &TIMESTAMP.to_string(), &only_v2), BODY, at(TIMESTAMP));
        assert_eq!(error, Err(WebhookError::NoMatchingSignature));
    }

    #[test]
    fn the_tolerance_holds_at_its_edges_in_both_directions() {
        let verifier = Verifier::new(SECRET, SigningKey::Base64).unwrap();
        let h = headers(ID, &TIMESTAMP.to_string(), SIGNATURE);
        verifier.verify_at(&h, BODY, at(TIMESTAMP + 300)).unwrap();
        verifier.verify_at(&h, BODY, at(TIMESTAMP - 300)).unwrap();
        assert_eq!(verifier.verify_at(&h, BODY, at(TIMESTAMP + 301)), Err(WebhookError::TooOld { age_seconds: 301 }));
        assert_eq!(verifier.verify_at(&h, BODY, at(TIMESTAMP - 301)), Err(WebhookError::TooNew { ahead_seconds: 301 }));
        let strict = verifier.tolerance(Duration::from_secs(10));
        assert!(matches!(strict.verify_at(&h, BODY, at(TIMESTAMP + 11)), Err(WebhookError::TooOld { .. })));
    }

    #[test]
    fn headers_are_required_case_insensitive_and_svix_names_work() {
        let verifier = Verifier::new(SECRET, SigningKey::Base64).unwrap();
        let mut h = HeaderMap::new();
        assert_eq!(verifier.verify_at(&h, BODY, at(TIMESTAMP)), Err(WebhookError::MissingHeader("webhook-id")));
        h.insert("Svix-Id", HeaderValue::from_static(ID));
        h.insert("SVIX-TIMESTAMP", HeaderValue::from_str(&TIMESTAMP.to_string()).unwrap());
        h.insert("svix-signature", HeaderValue::from_static(SIGNATURE));
        verifier.verify_at(&h, BODY, at(TIMESTAMP)).unwrap();
        let bad_time = headers(ID, "soon", SIGNATURE);
        assert_eq!(verifier.verify_at(&bad_time, BODY, at(TIMESTAMP)), Err(WebhookError::InvalidTimestamp));
    }

    /// Polar's server signs with the UTF-8 bytes of the whole secret: it base64-encodes the secret
    /// and hands that to the `standardwebhooks` signer, which decodes it back
    /// (`server/polar/webhook/tasks.py`). The signature below was made that way by the Python
    /// `standardwebhooks` package, for a secret of the shape Polar issues since June 2026 (`whsec_`
    /// and 43 letters and digits: `generate_token`; the example of `webhook/schemas.py`), and
    /// polar-sdk 1.0.2's `validate_event` accepts it.
    const POLAR_SECRET: &str = "whsec_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK";
    const POLAR_ID: &str = "msg_2vJ9h8Qd7sPz";
    const POLAR_TIMESTAMP: i64 = 1764410400;
    const POLAR_BODY: &[u8] = br#"{"type":"checkout.created","timestamp":"2026-11-29T10:00:00Z","api_version":"2026-10","data":{}}"#;
    const POLAR_SIGNATURE: &str = "v1,QJH4fD7ja+q2xQGm1U2nU4wVY+JiI+hSzfQvSfTYo0I=";

    #[test]
    fn a_current_polar_secret_verifies_polars_signature_and_signs_it_again() {
        let verifier = Verifier::new(POLAR_SECRET, SigningKey::Utf8).unwrap();
        let h = headers(POLAR_ID, &POLAR_TIMESTAMP.to_string(), POLAR_SIGNATURE);
        verifier.verify_at(&h, POLAR_BODY, at(POLAR_TIMESTAMP)).unwrap();
        assert_eq!(sign(SigningKey::Utf8, POLAR_SECRET, POLAR_ID, POLAR_TIMESTAMP, POLAR_BODY).unwrap(), POLAR_SIGNATURE);
        // Its base64 reading (43 characters, non-zero trailing bits) is a second key, as polar-sdk
        // tries; a Standard Webhooks reading of the same secret signs differently.
        let by_decoded = sign(SigningKey::Base64, POLAR_SECRET, POLAR_ID, POLAR_TIMESTAMP, POLAR_BODY).unwrap();
        assert_ne!(by_decoded, POLAR_SIGNATURE);
        verifier.verify_at(&headers(POLAR_ID, &POLAR_TIMESTAMP.to_string(), &by_decoded), POLAR_BODY, at(POLAR_TIMESTAMP)).unwrap();
        // The Standard Webhooks vector verifies with Polar's scheme too (through the base64 reading).
        Verifier::new(SECRET, SigningKey::Utf8)
            .unwrap()
            .verify_at(&headers(ID, &TIMESTAMP.to_string(), SIGNATURE), BODY, at(TIMESTAMP))
            .unwrap();
    }

    /// Polar's older secrets (`polar_whs_…`) are not base64: they sign and verify with their bytes.
    #[test]
    fn an_older_polar_secret_verifies_with_its_bytes() {
        let raw = "polar_whs_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK";
        let signature = sign(SigningKey::Utf8, raw, ID, TIMESTAMP, BODY).unwrap();
        let verifier = Verifier::new(raw, SigningKey::Utf8).unwrap();
        verifier.verify_at(&headers(ID, &TIMESTAMP.to_string(), &signature), BODY, at(TIMESTAMP)).unwrap();
        assert_eq!(
            verifier.verify_at(&headers(ID, &TIMESTAMP.to_string(), SIGNATURE), BODY, at(TIMESTAMP)),
            Err(WebhookError::NoMatchingSignature)
        );
        assert_eq!(Verifier::new("", SigningKey::Utf8).unwrap_err(), WebhookError::InvalidSecret);
        // Standard Webhooks needs base64, with or without the prefix.
        assert_eq!(Verifier::new(raw, SigningKey::Base64).unwrap_err(), WebhookError::InvalidSecret);
        assert_eq!(Verifier::new("whsec_!!!", SigningKey::Base64).unwrap_err(), WebhookError::InvalidSecret);
        assert_eq!(Verifier::new("whsec_", SigningKey::Base64).unwrap_err(), WebhookError::InvalidSecret);
        let unprefixed = SECRET.strip_prefix("whsec_").unwrap();
        Verifier::new(unprefixed, SigningKey::Base64)
            .unwrap()
            .verify_at(&headers(ID, &TIMESTAMP.to_string(), SIGNATURE), BODY, at(TIMESTAMP))
            .unwrap();
    }

    /// Entries separated by any whitespace, and signatures without padding, as Python's verifiers
    /// read them.
    #[test]
    fn signature_lists_are_read_as_the_vendors_read_them() {
        let verifier = Verifier::new(SECRET, SigningKey::Base64).unwrap();
        let unpadded = SIGNATURE.trim_end_matches('=');
        for list in [format!("v1,AAAA\t{SIGNATURE}"), format!("v1,AAAA  {unpadded}")] {
            verifier.verify_at(&headers(ID, &TIMESTAMP.to_string(), &list), BODY, at(TIMESTAMP)).unwrap();
        }
    }

    #[test]
    fn no_message_or_debug_output_mentions_the_secret() {
        let verifier = Verifier::new(SECRET, SigningKey::Base64).unwrap();
        assert!(!format!("{verifier:?}").contains("MfKQ9r8"));
        for error in [
            Verifier::new("whsec_!!!", SigningKey::Base64).unwrap_err(),
            verifier.verify_at(&headers(ID, "1", SIGNATURE), BODY, at(TIMESTAMP)).unwrap_err(),
            verifier.verify_at(&headers(ID, &TIMESTAMP.to_string(), "v1,AAAA"), BODY, at(TIMESTAMP)).unwrap_err(),
        ] {
            let text = format!("{error} {error:?}");
            assert!(!text.contains("MfKQ9r8") && !text.contains("!!!"), "{text}");
        }
    }
}
