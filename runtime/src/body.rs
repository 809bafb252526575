//! [`RawBody`]: a response body kept raw for the caller, whose `Debug` and `Display` never show
//! the fields the spec marks secret (a checkout's `client_secret`, the `url` that embeds it).

use std::fmt;

/// What a secret value is shown as.
pub const REDACTED: &str = "<redacted>";

/// A raw response body, with the wire names of the fields its API's spec marks secret
/// (`format: password`, `x-secret`). The bytes are available as they came (`Deref<[u8]>`,
/// [`RawBody::bytes`]); only the text shown by `Debug` and `Display` is redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody {
    bytes: bytes::Bytes,
    secrets: &'static [&'static str],
}

impl RawBody {
    /// Wraps `bytes`; `secrets` are the JSON keys whose values are never shown.
    pub fn new(bytes: bytes::Bytes, secrets: &'static [&'static str]) -> RawBody {
        RawBody { bytes, secrets }
    }

    /// The body as it came.
    pub fn bytes(&self) -> &bytes::Bytes {
        &self.bytes
    }

    /// The body as it came.
    pub fn into_bytes(self) -> bytes::Bytes {
        self.bytes
    }

    /// The body as text with every secret value replaced by `<redacted>` (see [`redact`]).
    pub fn redacted(&self) -> String {
        redact(&self.bytes, self.secrets)
    }
}

impl std::ops::Deref for RawBody {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.bytes
    }
}

impl AsRef<[u8]> for RawBody {
    fn as_ref(&self) -> &[u8] {
        &self.bytes
    }
}

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.redacted(), f)
    }
}

impl fmt::Display for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// `body` as text, with the value of every object member named in `secrets` (at any depth)
/// replaced by `"<redacted>"`. A body that is not JSON (an HTML page, a truncated document) is
/// scrubbed textually: each `"name": <value>` with a secret name has its value replaced.
pub fn redact(body: &[u8], secrets: &[&str]) -> String {
    if secrets.is_empty() {
        return String::from_utf8_lossy(body).into_owned();
    }
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut value) => {
            redact_value(&mut value, secrets);
            value.to_string()
        }
        Err(_) => scrub(&String::from_utf8_lossy(body), secrets),
    }
}

fn redact_value(value: &mut serde_json::Value, secrets: &[&str]) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, member) in map.iter_mut() {
                if secrets.contains(&key.as_str()) {
                    *member = serde_json::Value::String(REDACTED.to_owned());
                } else {
                    redact_value(member, secrets);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|item| redact_value(item, secrets)),
        _ => {}
    }
}

/// Replaces the value after each `"<secret>"` key and its `:` in `text`, up to the end of that
/// JSON value (a string to its closing quote, anything else to the next `,`, `}` or `]`).
fn scrub(text: &str, secrets: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'outer: while !rest.is_empty() {
        for name in secrets {
            let key = format!("\"{name}\"");
            if let Some(after_key) = rest.strip_prefix(key.as_str()) {
                let trimmed = after_key.trim_start();
                if let Some(after_colon) = trimmed.strip_prefix(':') {
                    let value = after_colon.trim_start();
                    out.push_str(&key);
                    out.push_str(":\"");
                    out.push_str(REDACTED);
                    out.push('"');
                    rest = &value[value_len(value)..];
                    continue 'outer;
                }
            }
        }
        let mut chars = rest.chars();
        out.extend(chars.next());
        rest = chars.as_str();
    }
    out
}

/// The length of the JSON value `text` starts with (to its end, when it is cut off).
fn value_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b'"') {
        let mut i = 1;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += 2,
                b'"' => return i + 1,
                _ => i += 1,
            }
        }
        return text.len();
    }
    if matches!(bytes.first(), Some(b'{' | b'[')) {
        // A nested value under a secret name: hide all of it, to the end of what came.
        let mut depth = 0usize;
        let mut in_string = false;
        let mut i = 0;
        while i < bytes.len() {
            match (in_string, bytes[i]) {
                (true, b'\\') => i += 1,
                (true, b'"') => in_string = false,
                (false, b'"') => in_string = true,
                (false, b'{' | b'[') => depth += 1,
                (false, b'}' | b']') => {
                    depth -= 1;
                    if depth == 0 {
                        return i + 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        return text.len();
    }
    text.find([',', '}', ']']).unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRETS: &[&str] = &["client_secret", "url", "payment_processor_metadata"];

    #[test]
    fn json_bodies_lose_every_secret_value_at_any_depth() {
        let body = br#"{"id":"c1","client_secret":"polar_c_abc","items":[{"url":"https://buy.polar.sh/polar_c_abc","n":1}],"payment_processor_metadata":{"k":"cuss_secret"}}"#;
        let text = redact(body, SECRETS);
        assert!(!text.contains("polar_c_abc") && !text.contains("cuss_secret"), "{text}");
        assert!(text.contains(r#""id":"c1""#) && text.contains(r#""n":1"#), "{text}");
        assert_eq!(text.matches(REDACTED).count(), 3, "{text}");
    }

    #[test]
    fn broken_and_non_json_bodies_are_scrubbed_textually() {
        let cut = br#"{"id":"c1","client_secret" : "polar_c_abc\"q","url":"https://x/polar_c_abc","payment_processor_metadata":{"a":{"b":"s3cr"}},"amount":5"#;
        let text = redact(cut, SECRETS);
        assert!(!text.contains("polar_c_abc") && !text.contains("s3cr"), "{text}");
        assert!(text.contains(r#""amount":5"#), "{text}");
        let cut_inside = br#"{"client_secret":"polar_c_ab"#;
        assert_eq!(redact(cut_inside, SECRETS), r#"{"client_secret":"<redacted>""#);
        assert_eq!(redact(b"<html>Bad gateway</html>", SECRETS), "<html>Bad gateway</html>");
    }

    #[test]
    fn debug_and_display_redact_but_the_bytes_stay_raw() {
        let body = RawBody::new(bytes::Bytes::from_static(br#"{"client_secret":"polar_c_abc"}"#), SECRETS);
        assert!(!format!("{body:?}").contains("polar_c_abc"));
        assert!(!body.to_string().contains("polar_c_abc"));
        assert_eq!(&body[..], br#"{"client_secret":"polar_c_abc"}"#);
    }
}
