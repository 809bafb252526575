//! Query parameters with `explode: false`: one key with the values joined by a delimiter
//! (`tags=a,b`), where progenitor's `QueryParam` repeats the key (`tags=a&tags=b`). A server
//! that reads the comma-separated form sees only the first or the last value of the repeated one,
//! so a filter silently narrows: the generated code wraps such parameters in [`Delimited`].

use serde::ser::{Error as _, Serialize, Serializer};
use serde_json::Value;

/// A query value sent as one string: array items (or an object's keys and values, keys sorted)
/// joined by the delimiter; `None` stays absent, a scalar is sent as it is.
#[derive(Debug, Clone, Copy)]
pub struct Delimited<'a, T: ?Sized>(pub &'a T, pub char);

impl<T: Serialize + ?Sized> Serialize for Delimited<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let delimiter = self.1.to_string();
        match serde_json::to_value(self.0).map_err(S::Error::custom)? {
            Value::Null => serializer.serialize_none(),
            Value::Array(items) => serializer.serialize_str(&items.iter().map(scalar).collect::<Vec<_>>().join(&delimiter)),
            Value::Object(map) => {
                serializer.serialize_str(&map.iter().flat_map(|(k, v)| [k.clone(), scalar(v)]).collect::<Vec<_>>().join(&delimiter))
            }
            other => serializer.serialize_str(&scalar(&other)),
        }
    }
}

/// The text of one value as a query string carries it: strings unquoted, numbers and booleans
/// as written, anything nested as JSON.
fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::Delimited;

    fn query<T: serde::Serialize>(name: &str, value: &T, delimiter: char) -> String {
        let url = reqwest::Url::parse("https://x.test/").unwrap();
        let request =
            reqwest::Client::new().get(url).query(&progenitor_client::QueryParam::new(name, &Delimited(value, delimiter))).build().unwrap();
        request.url().query().unwrap_or("").to_owned()
    }

    #[test]
    fn arrays_are_one_key_with_joined_values() {
        assert_eq!(query("tags", &vec!["a", "b c"], ','), "tags=a%2Cb+c");
        assert_eq!(query("ids", &Some(vec![1, 2, 3]), '|'), "ids=1%7C2%7C3");
        assert_eq!(query("ids", &vec![true, false], ' '), "ids=true+false");
    }

    #[test]
    fn an_unset_parameter_stays_absent_and_an_empty_list_is_sent_empty() {
        assert_eq!(query("tags", &None::<Vec<String>>, ','), "");
        assert_eq!(query("tags", &Vec::<String>::new(), ','), "tags=");
    }

    #[test]
    fn scalars_and_objects() {
        assert_eq!(query("q", &"x", ','), "q=x");
        assert_eq!(query("q", &7u8, ','), "q=7");
        let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(r#"{"role":"admin","first":"Al"}"#).unwrap();
        assert_eq!(query("q", &object, ','), "q=first%2CAl%2Crole%2Cadmin");
    }
}
