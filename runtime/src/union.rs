//! Reading a discriminated union's tag from the object's buffered JSON text, for the
//! `Deserialize` impls the generated unions share.

use serde::Deserializer as _;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use std::fmt;

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
    use super::union_tag;

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
