//! Path parameters: each value becomes exactly one segment of the documented path template.

/// Percent-encodes `value` as one path segment: every byte except ASCII letters, digits, `-`, `_`
/// and `~` is written `%XX`, so `/`, `\`, `?`, `#`, `%` and `.` can neither end the segment nor
/// be read as a path separator or a dot segment.
///
/// # Errors
/// An empty value, `.` or `..` would still change which path is requested (`/checkouts/` is
/// another operation; URL parsers resolve `%2E%2E` like `..`), so they are refused before
/// anything is sent. The message does not repeat the value, which may be a secret. (The error is
/// progenitor's, which the generated `send` returns as it is; its size is not ours to choose.)
#[allow(clippy::result_large_err)]
pub fn encode_segment(value: &str) -> Result<String, progenitor_client::Error<()>> {
    match value {
        "" => return Err(progenitor_client::Error::InvalidRequest("a path parameter is empty".to_owned())),
        "." | ".." => {
            return Err(progenitor_client::Error::InvalidRequest("a path parameter may not be `.` or `..`".to_owned()));
        }
        _ => {}
    }
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte & 0xF)]));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::encode_segment;

    #[test]
    fn every_reserved_byte_is_encoded() {
        assert_eq!(encode_segment("polar_c_AbC-9~").unwrap(), "polar_c_AbC-9~");
        assert_eq!(encode_segment("../a/b\\c?d#e%f.g").unwrap(), "%2E%2E%2Fa%2Fb%5Cc%3Fd%23e%25f%2Eg");
        assert_eq!(encode_segment("é ").unwrap(), "%C3%A9%20");
        assert_eq!(encode_segment("...").unwrap(), "%2E%2E%2E");
    }

    #[test]
    fn dot_segments_and_empty_values_are_refused_without_echoing_them() {
        for value in ["", ".", ".."] {
            let err = encode_segment(value).unwrap_err().to_string();
            assert!(err.contains("path parameter"), "{err}");
        }
    }
}
