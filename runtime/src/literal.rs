//! [`False`] and [`True`]: booleans that can hold only one value, for fields whose schema accepts
//! only that value (`{type: boolean, enum: [false]}`; Polar's public update and confirm bodies
//! take `allow_trial: false` and refuse `true` with a 422). A request cannot send what the server
//! would refuse, and a response with the other value fails to decode, naming the field. A
//! generated crate re-exports them in its `types` module under the schema's name.

use std::fmt;

use serde::de::{Deserializer, Error as _, Unexpected};
use serde::{Deserialize, Serialize, Serializer};

macro_rules! literal {
    ($name:ident, $value:literal, $doc:literal) => {
        #[doc = $doc]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name;

        impl $name {
            /// The one value, as a `bool`.
            pub const VALUE: bool = $value;
        }

        impl From<$name> for bool {
            fn from(_: $name) -> bool {
                $value
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", $value)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_bool($value)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = bool::deserialize(deserializer)?;
                if value == $value { Ok($name) } else { Err(D::Error::invalid_value(Unexpected::Bool(value), &stringify!($value))) }
            }
        }
    };
}

literal!(False, false, "`false`, and nothing else: sent as `false`, decoded only from `false`.");
literal!(True, true, "`true`, and nothing else: sent as `true`, decoded only from `true`.");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_literal_round_trips_its_value_and_refuses_the_other() {
        assert_eq!(serde_json::to_string(&False).unwrap(), "false");
        assert_eq!(serde_json::from_str::<False>("false").unwrap(), False);
        let error = serde_json::from_str::<False>("true").unwrap_err().to_string();
        assert!(error.starts_with("invalid value: boolean `true`, expected false"), "{error}");
        assert_eq!(serde_json::to_string(&True).unwrap(), "true");
        assert!(serde_json::from_str::<True>("false").is_err());
        assert!(serde_json::from_str::<True>("\"true\"").is_err());
        assert!(!bool::from(False) && bool::from(True));
        // As an optional, nullable field: absent, `null` and `false` all decode.
        #[derive(Deserialize, Serialize, PartialEq, Debug)]
        struct Body {
            #[serde(default, skip_serializing_if = "Option::is_none")]
            allow_trial: Option<Option<False>>,
        }
        assert_eq!(serde_json::to_string(&Body { allow_trial: Some(Some(False)) }).unwrap(), r#"{"allow_trial":false}"#);
        assert_eq!(serde_json::from_str::<Body>(r#"{"allow_trial":null}"#).unwrap(), Body { allow_trial: None });
    }
}
