//! [`Secret`]: a credential that never appears in `Debug` or `Display` output.

use std::fmt;

/// A secret string (an access token, an API key, a client secret). Its `Debug` and `Display`
/// print `<redacted>`; only [`Secret::expose`] gives the value, for the one place that sends it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps `value`.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The secret value. Call it only where the value is sent.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Secret {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Secret {
        Secret(value.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_never_prints() {
        let secret = Secret::new("polar_oat_SECRETVALUE");
        assert_eq!(format!("{secret:?} {secret} {:?}", Some(&secret)), "Secret(<redacted>) <redacted> Some(Secret(<redacted>))");
        assert_eq!(secret.expose(), "polar_oat_SECRETVALUE");
    }
}
