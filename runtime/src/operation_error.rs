//! [`operation_error!`](crate::operation_error): the `decode` and `Display` impls of every
//! generated per-operation error enum, written once here instead of once per operation in the
//! generated code. The generated code declares the enum (a variant per documented error status,
//! with its docs, and `Unexpected { status, headers, body }`) and invokes the macro with each
//! variant's status pattern and body kind.

/// Implements, for the error enum `$name` of one operation:
///
/// - `decode(status, headers, body, secrets)`: the first arm whose status pattern matches decodes the
///   body as its kind says (`json`: the variant's type, falling through when the body does not
///   decode; `text`: the body as lossy UTF-8; `empty`: no body). The `else` variant (the spec's
///   `default` response), if any, is tried next; otherwise, or when it too does not decode, the
///   result is `Unexpected` with the raw response (its body a [`RawBody`](crate::RawBody) that
///   never shows the `secrets` fields).
/// - `Display`: the variant's name, then the body as compact JSON or text, cut at 300
///   characters; a raw body with its secret values redacted.
///
/// ```
/// use checkout_runtime::bytes::Bytes;
/// use checkout_runtime::reqwest::{StatusCode, header::HeaderMap};
/// use checkout_runtime::RawBody;
///
/// #[derive(Debug, serde::Deserialize, serde::Serialize)]
/// pub struct Problem { pub detail: String }
///
/// #[derive(Debug)]
/// pub enum GetError {
///     NotFound(Problem),
///     TooManyRequests,
///     ServerError(String),
///     Default(Problem),
///     Unexpected { status: StatusCode, headers: HeaderMap, body: RawBody },
/// }
/// checkout_runtime::operation_error!(GetError {
///     404 => NotFound: json,
///     429 => TooManyRequests: empty,
///     500..=599 => ServerError: text,
/// } else Default: json);
///
/// let decode = |status: u16, body: &'static str| {
///     GetError::decode(StatusCode::from_u16(status).unwrap(), &HeaderMap::new(), Bytes::from(body), &["client_secret"])
/// };
/// let not_found = decode(404, r#"{"detail":"gone"}"#);
/// assert!(matches!(&not_found, GetError::NotFound(p) if p.detail == "gone"));
/// assert_eq!(not_found.to_string(), r#"NotFound: {"detail":"gone"}"#);
/// assert_eq!(decode(429, "").to_string(), "TooManyRequests");
/// assert_eq!(decode(503, "down").to_string(), "ServerError: down");
/// // An undocumented status goes to the default response; a documented one whose body does not
/// // decode is tried as the default response too, and kept raw if that fails as well.
/// assert!(matches!(decode(400, r#"{"detail":"bad"}"#), GetError::Default(_)));
/// assert!(matches!(decode(404, r#"{"message":"x"}"#), GetError::Unexpected { .. }));
/// // The raw body's display is cut at 300 characters.
/// let long = decode(418, Box::leak("é".repeat(400).into_boxed_str()));
/// assert!(matches!(&long, GetError::Unexpected { status, .. } if status.as_u16() == 418));
/// assert_eq!(long.to_string(), format!("unexpected response: {}…", "é".repeat(300)));
/// // A raw body never shows a secret field, in `Display` or `Debug`; its bytes stay raw.
/// let leaky = decode(418, r#"{"client_secret":"polar_c_abc"}"#);
/// assert_eq!(leaky.to_string(), r#"unexpected response: {"client_secret":"<redacted>"}"#);
/// assert!(!format!("{leaky:?}").contains("polar_c_abc"));
/// assert!(matches!(&leaky, GetError::Unexpected { body, .. } if body.starts_with(b"{\"client_secret\":\"polar_c")));
/// ```
///
/// A `default` response without a body answers every other status, so the `Unexpected` fallback
/// is never reached (and `decode` allows that, so a user's crate sees no `unreachable_code`
/// warning):
///
/// ```
/// #![deny(warnings)]
/// use checkout_runtime::RawBody;
/// use checkout_runtime::reqwest::{StatusCode, header::HeaderMap};
///
/// #[derive(Debug, serde::Deserialize, serde::Serialize)]
/// pub struct Problem { pub detail: String }
///
/// #[derive(Debug)]
/// pub enum PutError {
///     Conflict,
///     Default,
///     Unexpected { status: StatusCode, headers: HeaderMap, body: RawBody },
/// }
/// checkout_runtime::operation_error!(PutError { 409 => Conflict: empty } else Default: empty);
///
/// let other = PutError::decode(StatusCode::IM_A_TEAPOT, &HeaderMap::new(), Default::default(), &[]);
/// assert!(matches!(other, PutError::Default));
/// ```
// Used by the generated code, not by a service: hidden from the docs.
#[doc(hidden)]
#[macro_export]
macro_rules! operation_error {
    ($name:ident { $($status:pat => $variant:ident : $kind:ident),* $(,)? } $(else $default:ident : $default_kind:ident)?) => {
        impl $name {
            /// Decodes an error response of this operation by its status (the client's `send`
            /// calls it; hidden from the docs).
            #[doc(hidden)]
            // A `default` response without a JSON body always answers, which leaves the
            // `Unexpected` fallback unreachable: that is expected, not a warning for the user.
            #[allow(unreachable_code)]
            pub fn decode(
                status: $crate::reqwest::StatusCode,
                headers: &$crate::reqwest::header::HeaderMap,
                body: $crate::bytes::Bytes,
                secrets: &'static [&'static str],
            ) -> Self {
                #[allow(unreachable_patterns, clippy::match_single_binding)]
                match status.as_u16() {
                    $($status => $crate::operation_error!(@decode body $kind $variant),)*
                    _ => {}
                }
                $($crate::operation_error!(@decode body $default_kind $default);)?
                Self::Unexpected { status, headers: headers.clone(), body: $crate::RawBody::new(body, secrets) }
            }
        }
        impl ::std::error::Error for $name {}
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    $(error @ Self::$variant { .. } => $crate::operation_error!(@show error f $kind $variant),)*
                    $(error @ Self::$default { .. } => $crate::operation_error!(@show error f $default_kind $default),)?
                    Self::Unexpected { body, .. } => {
                        write!(f, "unexpected response: {}", $crate::__private::truncate(&body.redacted()))
                    }
                }
            }
        }
    };
    (@decode $body:ident json $variant:ident) => {
        if let Ok(value) = $crate::__private::serde_json::from_slice(&$body) {
            return Self::$variant(value);
        }
    };
    (@decode $body:ident text $variant:ident) => {
        return Self::$variant(::std::string::String::from_utf8_lossy(&$body).into_owned())
    };
    (@decode $body:ident empty $variant:ident) => {
        return Self::$variant
    };
    (@show $error:ident $f:ident json $variant:ident) => {{
        let Self::$variant(value) = $error else { unreachable!() };
        write!($f, "{}: {}", stringify!($variant), $crate::__private::compact(value))
    }};
    (@show $error:ident $f:ident text $variant:ident) => {{
        let Self::$variant(text) = $error else { unreachable!() };
        write!($f, "{}: {}", stringify!($variant), $crate::__private::truncate(text))
    }};
    (@show $error:ident $f:ident empty $variant:ident) => {
        $f.write_str(stringify!($variant))
    };
}

/// An error body as compact JSON, cut for a log line.
pub fn compact<T: serde::Serialize>(value: &T) -> String {
    truncate(&serde_json::to_string(value).unwrap_or_default())
}

/// `text` cut after 300 characters, with `…` where it was cut.
pub fn truncate(text: &str) -> String {
    match text.char_indices().nth(300) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
