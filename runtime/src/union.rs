//! Buffering a value as its JSON text and reading a discriminated union's tag from it, for the
//! `Deserialize` impls the generated unions and untagged enums share.

use serde::Deserializer as _;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// The token serde_json recognises in `deserialize_newtype_struct` to hand over a value's JSON text
/// (what `Box<RawValue>` asks for).
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// The JSON text of the value `deserializer` holds. From serde_json (text or `Value`), this is the
/// value's text as `Box<RawValue>` would get it; from a deserializer that buffered the value
/// itself — serde's own, inside an internally tagged, adjacently tagged or untagged enum or a
/// `flatten`ed field — it is the value decoded as a `serde_json::Value` and printed again, which
/// `Box<RawValue>` cannot do ("invalid type: newtype struct").
///
/// # Errors
/// The value is not one JSON can hold.
pub fn json_text<'de, D: de::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, Text)
}

struct Text;

impl<'de> Visitor<'de> for Text {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    /// serde_json's raw-value protocol: a single entry whose value is the JSON text.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        if map.next_key::<IgnoredAny>()?.is_none() {
            return Err(de::Error::custom("an empty raw JSON value"));
        }
        map.next_value::<String>()
    }

    /// Any other deserializer: the value itself, printed as JSON.
    fn visit_newtype_struct<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        use serde::Deserialize as _;
        Ok(serde_json::Value::deserialize(deserializer)?.to_string())
    }
}

/// The tag under `property` of the JSON object `text`, as a generated union matches it: a string
/// as it is, any other value as its JSON text (`true`, `42`). `None` when the property is absent
/// or `null`, or when `text` is not an object. Only the tag is decoded; other members are skipped.
///
/// # Errors
/// `text` is not valid JSON, or the object names `property` more than once (which copy is meant
/// is ambiguous, so neither is trusted).
pub fn union_tag(text: &str, property: &str) -> Result<Option<String>, serde_json::Error> {
    if !text.trim_start().starts_with('{') {
        return Ok(None);
    }
    serde_json::Deserializer::from_str(text).deserialize_map(Tag { property })
}

/// [`union_tag`] for text that is valid JSON (what [`json_text`] returns, which generated unions
/// read their tag from): the object's top-level keys are found by a scan of its bytes instead of
/// a full parse, which was most of the cost of a union over serde's own tagged enums. Whatever
/// the scan does not settle itself — an escape in a key or in the tag, a tag that is a number, a
/// repeated tag, text that is not an object — goes to [`union_tag`], so the result is always
/// `union_tag`'s.
///
/// # Errors
/// As [`union_tag`].
pub fn union_tag_of_json(text: &str, property: &str) -> Result<Option<String>, serde_json::Error> {
    match scan_tag(text.as_bytes(), property.as_bytes()) {
        Some(tag) => Ok(tag),
        None => union_tag(text, property),
    }
}

/// The tag as [`union_tag_of_json`] finds it; `None` when the scan leaves it to [`union_tag`].
fn scan_tag(b: &[u8], property: &[u8]) -> Option<Option<String>> {
    let mut i = skip_ws(b, 0);
    if *b.get(i)? != b'{' {
        return None;
    }
    i += 1;
    // `None`: not seen yet; `Some(None)`: `null`.
    let mut tag: Option<Option<String>> = None;
    loop {
        i = skip_ws(b, i);
        match *b.get(i)? {
            b'}' => break,
            b'"' => {}
            _ => return None,
        }
        let key = plain_string(b, i)?;
        i = skip_ws(b, key.end + 1);
        if *b.get(i)? != b':' {
            return None;
        }
        i = skip_ws(b, i + 1);
        if &b[key] == property {
            if tag.is_some() {
                return None;
            }
            let (value, end) = match *b.get(i)? {
                b'"' => {
                    let value = plain_string(b, i)?;
                    let end = value.end + 1;
                    (Some(std::str::from_utf8(&b[value]).ok()?.to_owned()), end)
                }
                b'n' if b[i..].starts_with(b"null") => (None, i + 4),
                b't' if b[i..].starts_with(b"true") => (Some("true".to_owned()), i + 4),
                b'f' if b[i..].starts_with(b"false") => (Some("false".to_owned()), i + 5),
                _ => return None,
            };
            tag = Some(value);
            i = end;
        } else {
            i = skip_value(b, i)?;
        }
        i = skip_ws(b, i);
        match *b.get(i)? {
            b',' => i += 1,
            b'}' => break,
            _ => return None,
        }
    }
    Some(tag.flatten())
}

/// The index of the first byte at or after `i` that is not JSON whitespace.
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The contents of the string opening at `i`, if it has no escape (which only a parse reads).
fn plain_string(b: &[u8], i: usize) -> Option<std::ops::Range<usize>> {
    let start = i + 1;
    let len = b.get(start..)?.iter().position(|&c| c == b'"' || c == b'\\')?;
    (b[start + len] == b'"').then_some(start..start + len)
}

/// The index just past the JSON value starting at `i` (valid JSON assumed; `None` past the end).
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => skip_string(b, i),
        b'{' | b'[' => {
            let (mut depth, mut j) = (1usize, i + 1);
            while depth > 0 {
                match *b.get(j)? {
                    b'"' => {
                        j = skip_string(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            Some(j)
        }
        _ => Some(i + b[i..].iter().position(|c| matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')).unwrap_or(b.len() - i)),
    }
}

/// The index just past the string opening at `i`, escapes included.
fn skip_string(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    loop {
        match *b.get(j)? {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
}

struct Tag<'p> {
    property: &'p str,
}

impl<'de> Visitor<'de> for Tag<'_> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut tag: Option<serde_json::Value> = None;
        let mut seen = false;
        while let Some(is_tag) = map.next_key_seed(IsKey(self.property))? {
            if !is_tag {
                map.next_value::<IgnoredAny>()?;
            } else if seen {
                return Err(de::Error::custom(format_args!("duplicate field `{}`", self.property)));
            } else {
                seen = true;
                tag = map.next_value()?;
            }
        }
        Ok(match tag {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) => Some(s),
            Some(other) => Some(other.to_string()),
        })
    }
}

/// Compares a key with the property name without allocating it.
struct IsKey<'p>(&'p str);

impl<'de> DeserializeSeed<'de> for IsKey<'_> {
    type Value = bool;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for IsKey<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<bool, E> {
        Ok(key == self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::{json_text, union_tag};

    /// A type decoding through `json_text`, as the generated unions do.
    #[derive(Debug, PartialEq)]
    struct Text(String);

    impl<'de> serde::Deserialize<'de> for Text {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            json_text(deserializer).map(Text)
        }
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(tag = "type")]
    enum Tagged {
        #[serde(rename = "a")]
        A { inner: Text },
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(untagged)]
    enum Untagged {
        One { inner: Text },
    }

    /// From text, from a `Value`, and inside serde's own buffering (internally tagged and
    /// untagged enums), where `Box<RawValue>` fails.
    #[test]
    fn json_text_works_wherever_serde_buffers_the_value() {
        let text = |t: Text| t.0;
        assert_eq!(text(serde_json::from_str(r#" {"x": [1, 2]} "#).unwrap()), r#"{"x": [1, 2]}"#);
        assert_eq!(text(serde_json::from_value(serde_json::json!({"x": [1, 2]})).unwrap()), r#"{"x":[1,2]}"#);
        let tagged: Tagged = serde_json::from_str(r#"{"type":"a","inner":{"x":"y"}}"#).unwrap();
        assert_eq!(tagged, Tagged::A { inner: Text(r#"{"x":"y"}"#.into()) });
        let untagged: Untagged = serde_json::from_str(r#"{"inner":"z"}"#).unwrap();
        assert_eq!(untagged, Untagged::One { inner: Text(r#""z""#.into()) });
        assert!(serde_json::from_str::<Tagged>(r#"{"type":"a","inner":{"x":"y"}}"#.replace("inner", "other").as_str()).is_err());
        let raw_fails = serde_json::from_str::<RawTagged>(r#"{"type":"a","inner":{"x":"y"}}"#);
        assert!(raw_fails.unwrap_err().to_string().contains("newtype struct"), "the case this exists for");
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(tag = "type")]
    #[allow(dead_code)]
    enum RawTagged {
        #[serde(rename = "a")]
        A { inner: Box<serde_json::value::RawValue> },
    }

    #[test]
    fn a_tag_reads_as_its_json_text_and_absent_or_null_is_none() {
        let tag = |text: &str| union_tag(text, "type").unwrap();
        assert_eq!(tag(r#"{"id":1,"type":"product","x":{"type":"nested"}}"#).as_deref(), Some("product"));
        assert_eq!(tag(r#"{"type":true}"#).as_deref(), Some("true"));
        assert_eq!(tag(r#"{"type":42}"#).as_deref(), Some("42"));
        assert_eq!(tag(r#"{"ty\u0070e":"escaped"}"#).as_deref(), Some("escaped"));
        assert_eq!(tag(r#"{"type":null}"#), None);
        assert_eq!(tag(r#"{"kind":"product"}"#), None);
        assert_eq!(tag("[1,2]"), None);
        assert_eq!(tag("\"product\""), None);
    }

    /// The byte scan gives `union_tag`'s answer on every valid object: escapes, nesting, strings
    /// holding braces and quotes, whitespace, every kind of tag, a doubled tag.
    #[test]
    fn the_byte_scan_agrees_with_the_parse() {
        use super::union_tag_of_json;
        let values = [
            r#""product""#,
            r#""with \"quote\" and }""#,
            r#""\u0070roduct""#,
            "true",
            "false",
            "null",
            "42",
            "-1.5e3",
            r#"{"type":"nested","a":[1,{"b":"}"}]}"#,
            r#"["type",{"type":1}]"#,
            r#""""#,
        ];
        let keys = ["type", "ty\\u0070e", "id", "typed", "x\\\"y", ""];
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let mut scanned_alone = 0;
        for _ in 0..5000 {
            let members: Vec<String> = (0..next(5))
                .map(|_| {
                    let space = [" ", "", "\n\t"][next(3)];
                    format!("{space}\"{}\"{space}:{space}{}{space}", keys[next(keys.len())], values[next(values.len())])
                })
                .collect();
            let text = format!("{}{{{}}}{}", [" ", ""][next(2)], members.join(","), ["\n", ""][next(2)]);
            serde_json::from_str::<serde_json::Value>(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            scanned_alone += usize::from(super::scan_tag(text.as_bytes(), b"type").is_some());
            let (scanned, parsed) = (union_tag_of_json(&text, "type"), union_tag(&text, "type"));
            match (&scanned, &parsed) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text}"),
                _ => panic!("{text}: {scanned:?} against {parsed:?}"),
            }
        }
        assert!(scanned_alone > 2000, "the scan settled only {scanned_alone} of 5000");
        assert_eq!(union_tag_of_json("[1]", "type").unwrap(), None);
        assert_eq!(union_tag_of_json(r#" "x" "#, "type").unwrap(), None);
    }

    #[test]
    fn a_doubled_tag_and_broken_json_are_errors() {
        let err = union_tag(r#"{"type":"purchase","id":1,"type":"product"}"#, "type").unwrap_err();
        assert!(err.to_string().contains("duplicate field `type`"), "{err}");
        assert!(union_tag(r#"{"type":"product""#, "type").is_err());
    }
}
