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

    #[test]
    fn a_doubled_tag_and_broken_json_are_errors() {
        let err = union_tag(r#"{"type":"purchase","id":1,"type":"product"}"#, "type").unwrap_err();
        assert!(err.to_string().contains("duplicate field `type`"), "{err}");
        assert!(union_tag(r#"{"type":"product""#, "type").is_err());
    }
}
