//! [`string_enum!`](crate::string_enum): the impls every generated string enum shares, written
//! once here instead of once per enum in the generated code. The generated code declares the
//! enum (its variants, their docs, and an `Unknown(String)` variant) and invokes the macro with
//! each variant's wire value.

/// Implements, for a string enum `$name` with an `Unknown(String)` variant: `as_str` and
/// `is_unknown`, `From<&str>` and `FromStr` (infallible: an unknown value becomes `Unknown`),
/// `Display`, and serde `Serialize`/`Deserialize` as the wire string, so a value a newer API
/// version added decodes and re-encodes verbatim.
///
/// ```
/// #[derive(Clone, Debug, PartialEq, Eq)]
/// pub enum Status {
///     Open,
///     Expired,
///     Unknown(String),
/// }
/// checkout_runtime::string_enum!(Status { Open = "open", Expired = "expired" });
///
/// assert_eq!("open".parse::<Status>().unwrap(), Status::Open);
/// let later: Status = serde_json::from_str("\"archived\"").unwrap();
/// assert!(later.is_unknown());
/// assert_eq!(serde_json::to_string(&later).unwrap(), "\"archived\"");
/// assert_eq!(Status::Expired.to_string(), "expired");
/// ```
// Used by the generated code, not by a service: hidden from the docs.
#[doc(hidden)]
#[macro_export]
macro_rules! string_enum {
    ($name:ident { $($variant:ident = $value:literal),* $(,)? }) => {
        $crate::string_enum!($name { $($variant = $value),* } fallback Unknown);
    };
    // `fallback` names the variant that keeps unknown values, when a value is itself `unknown`.
    ($name:ident { $($variant:ident = $value:literal),* $(,)? } fallback $fallback:ident) => {
        impl $name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::$fallback(value) => value.as_str(),
                }
            }
            /// Whether this is a value not known to this version of the client.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::$fallback(_))
            }
        }
        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::$fallback(other.to_owned()),
                }
            }
        }
        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                struct Visitor;
                impl<'de> $crate::serde::de::Visitor<'de> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: $crate::serde::de::Error>(self, value: &str) -> ::std::result::Result<$name, E> {
                        Ok($name::from(value))
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    /// An enum whose values include `unknown`: that value keeps the name `Unknown`, and values
    /// this client does not know go to the renamed fallback.
    #[derive(Clone, Debug, PartialEq, Eq)]
    enum State {
        Known,
        Unknown,
        UnknownValue(String),
    }
    crate::string_enum!(State { Known = "known", Unknown = "unknown" } fallback UnknownValue);

    #[test]
    fn a_value_named_unknown_and_the_fallback_coexist() {
        assert_eq!(serde_json::from_str::<State>("\"unknown\"").unwrap(), State::Unknown);
        assert_eq!(serde_json::from_str::<State>("\"known\"").unwrap(), State::Known);
        let later = serde_json::from_str::<State>("\"archived\"").unwrap();
        assert_eq!(later, State::UnknownValue("archived".into()));
        assert!(later.is_unknown() && !State::Unknown.is_unknown());
        assert_eq!(serde_json::to_string(&later).unwrap(), "\"archived\"");
    }
}
