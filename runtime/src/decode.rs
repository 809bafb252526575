//! Decode failures that say *where*: a success body that does not match its type is decoded a
//! second time, only on failure, with the JSON path tracked, so one bad element of a list page
//! reads `items[37].product.prices[2]: …` instead of a bare serde message.

use serde::de::DeserializeOwned;

/// Why `body` does not decode as `T`, prefixed with the JSON path of the offending value (e.g.
/// `items[1].discount: …`); the path is omitted when the problem is at the root or the body is
/// not JSON at all. Meant for bodies that already failed to decode: it decodes again.
pub fn describe<T: DeserializeOwned>(body: &[u8]) -> String {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Ok(_) => match deserializer.end() {
            Ok(()) => "the body decodes on a second reading".to_owned(),
            Err(e) => e.to_string(),
        },
        Err(e) => located(e),
    }
}

/// Decodes one member of a generated union from its buffered JSON `text`, with the path inside
/// the member in the message (the path up to the union is added by the caller's decoder).
///
/// # Errors
/// The message of the first problem, prefixed with its path inside the member.
pub fn member<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    // The path is tracked only on failure: tracking it costs on every member of every page.
    serde_json::from_str(text).or_else(|_| {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, T>(&mut deserializer).map_err(located)
    })
}

fn located(error: serde_path_to_error::Error<serde_json::Error>) -> String {
    let path = error.path().to_string();
    if path == "." || path.is_empty() { error.into_inner().to_string() } else { format!("{path}: {}", error.into_inner()) }
}

#[cfg(test)]
mod tests {
    use super::{describe, member};
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Page {
        items: Vec<Item>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: u32,
        price: Price,
    }

    /// A union as the generated ones decode: buffered as raw JSON text, then dispatched.
    #[derive(Debug)]
    #[allow(dead_code)]
    struct Price(Inner);

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        amount: u64,
    }

    impl<'de> Deserialize<'de> for Price {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw = <Box<serde_json::value::RawValue>>::deserialize(deserializer)?;
            member(raw.get()).map(Price).map_err(<D::Error as serde::de::Error>::custom)
        }
    }

    #[test]
    fn the_path_of_the_bad_element_leads_the_message() {
        let body = br#"{"items":[{"id":1,"price":{"amount":5}},{"id":2,"price":{"amount":"x"}}]}"#;
        let message = describe::<Page>(body);
        assert!(message.starts_with("items[1].price: amount: invalid type: string \"x\""), "{message}");
        let message = describe::<Page>(br#"{"items":[{"id":-1,"price":{"amount":5}}]}"#);
        assert!(message.starts_with("items[0].id: invalid value"), "{message}");
    }

    #[test]
    fn a_root_problem_has_no_path_and_trailing_text_is_reported() {
        assert!(describe::<Page>(br#""x""#).starts_with("invalid type: string"), "{}", describe::<Page>(br#""x""#));
        assert!(describe::<Page>(br#"{"items":[]} x"#).contains("trailing characters"));
        assert_eq!(describe::<Page>(br#"{"items":[]}"#), "the body decodes on a second reading");
    }
}
