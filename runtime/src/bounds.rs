//! The bounds a spec declares on request values — lengths, ranges, patterns, allowed values,
//! item counts — checked before anything is sent. A value outside one is refused with
//! [`Error::Invalid`](crate::Error::Invalid), naming the field and the bound (never the value,
//! which may be a secret), instead of a round trip to a `422`.

use std::fmt;

use serde_json::Value;

/// A bound the spec declares on a request value.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Bound {
    /// At least this many characters (`minLength`).
    MinLength(u64),
    /// At most this many characters (`maxLength`).
    MaxLength(u64),
    /// At least this (`minimum`).
    Minimum(f64),
    /// At most this (`maximum`).
    Maximum(f64),
    /// More than this (`exclusiveMinimum`).
    ExclusiveMinimum(f64),
    /// Less than this (`exclusiveMaximum`).
    ExclusiveMaximum(f64),
    /// Matches this ECMAScript regular expression (`pattern`).
    Pattern(&'static str),
    /// One of these strings (`enum`), as their JSON text.
    OneOf(&'static [&'static str]),
    /// At least this many items (`minItems`).
    MinItems(u64),
    /// At most this many items (`maxItems`).
    MaxItems(u64),
    /// At most this many entries (`maxProperties`).
    MaxEntries(u64),
    /// A value of this format or type (`uuid`; an object for a map): the value given does not
    /// convert into it.
    Format(&'static str),
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Bound::MinLength(n) => write!(f, "must be at least {n} characters long"),
            Bound::MaxLength(n) => write!(f, "must be at most {n} characters long"),
            Bound::Minimum(n) => write!(f, "must be at least {n}"),
            Bound::Maximum(n) => write!(f, "must be at most {n}"),
            Bound::ExclusiveMinimum(n) => write!(f, "must be more than {n}"),
            Bound::ExclusiveMaximum(n) => write!(f, "must be less than {n}"),
            Bound::Pattern(pattern) => write!(f, "must match `{pattern}`"),
            Bound::OneOf(values) => write!(f, "must be one of {}", values.join(", ")),
            Bound::MinItems(n) => write!(f, "must have at least {n} items"),
            Bound::MaxItems(n) => write!(f, "must have at most {n} items"),
            Bound::MaxEntries(n) => write!(f, "must have at most {n} entries"),
            Bound::Format(format) => write!(f, "must be a {format}"),
        }
    }
}

/// One bound at one place of a request: `path` is the field (`limit`, `customer_name`), with `/`
/// between the levels of a nested value and `*` for every item of a list or entry of a map
/// (`metadata/*`, `products/*`).
#[derive(Clone, Debug)]
pub struct Rule {
    /// Where.
    pub path: &'static str,
    /// What.
    pub bound: Bound,
}

/// The field that broke a bound, as a path into the request (`metadata.order`, `products[3]`),
/// and the bound.
#[derive(Clone, Debug, PartialEq)]
pub struct Invalid {
    /// The field.
    pub field: String,
    /// The bound it broke.
    pub bound: Bound,
}

/// Checks `value` (the request value at `root`: a parameter's name, or `""` for a body) against
/// every rule; the first broken one, in the rules' order, is the error.
pub fn check(root: &str, value: &Value, rules: &[Rule]) -> Result<(), Invalid> {
    check_at(root, value, rules.iter().map(|rule| (rule.path, &rule.bound)))
}

fn check_at<'a>(root: &str, value: &Value, rules: impl Iterator<Item = (&'a str, &'a Bound)>) -> Result<(), Invalid> {
    for (path, bound) in rules {
        let steps: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        visit(value, &steps, root.to_owned(), &mut |value, field| if broken(value, bound) { Err(field) } else { Ok(()) })
            .map_err(|field| Invalid { field, bound: bound.clone() })?;
    }
    Ok(())
}

/// Calls `f` on every value `steps` reaches from `value`, with its field path.
fn visit(value: &Value, steps: &[&str], field: String, f: &mut dyn FnMut(&Value, String) -> Result<(), String>) -> Result<(), String> {
    let Some((step, rest)) = steps.split_first() else { return f(value, field) };
    let join = |key: &str| if field.is_empty() { key.to_owned() } else { format!("{field}.{key}") };
    match (*step, value) {
        ("*", Value::Array(items)) => items.iter().enumerate().try_for_each(|(i, item)| visit(item, rest, format!("{field}[{i}]"), f)),
        ("*", Value::Object(entries)) => entries.iter().try_for_each(|(key, item)| visit(item, rest, join(key), f)),
        (key, Value::Object(entries)) => match entries.get(key) {
            Some(item) => visit(item, rest, join(key), f),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}

/// Whether `value` breaks `bound`; a value of another JSON type than the bound is about (`null`,
/// a number under `maxLength`) breaks nothing here.
fn broken(value: &Value, bound: &Bound) -> bool {
    let number = value.as_f64();
    let length = value.as_str().map(|s| s.chars().count() as u64);
    let items = value.as_array().map(|a| a.len() as u64);
    match bound {
        Bound::MinLength(n) => length.is_some_and(|l| l < *n),
        Bound::MaxLength(n) => length.is_some_and(|l| l > *n),
        Bound::Minimum(n) => number.is_some_and(|v| v < *n),
        Bound::Maximum(n) => number.is_some_and(|v| v > *n),
        Bound::ExclusiveMinimum(n) => number.is_some_and(|v| v <= *n),
        Bound::ExclusiveMaximum(n) => number.is_some_and(|v| v >= *n),
        // A pattern this engine cannot compile refuses nothing: the server still checks.
        Bound::Pattern(pattern) => match (value.as_str(), regress::Regex::new(pattern)) {
            (Some(text), Ok(regex)) => regex.find(text).is_none(),
            _ => false,
        },
        // Only strings: a filter takes one value or a list of them (`status` or `status[]`).
        Bound::OneOf(values) => value.is_string() && !values.contains(&value.to_string().as_str()),
        Bound::MinItems(n) => items.is_some_and(|l| l < *n),
        Bound::MaxItems(n) => items.is_some_and(|l| l > *n),
        Bound::MaxEntries(n) => value.as_object().is_some_and(|o| o.len() as u64 > *n),
        // Checked where the value is converted, not on its JSON.
        Bound::Format(_) => false,
    }
}

/// Checks a request value of any serializable type (see [`check`]).
pub fn check_value<T: serde::Serialize + ?Sized>(root: &str, value: &T, rules: &[Rule]) -> Result<(), Invalid> {
    if rules.is_empty() {
        return Ok(());
    }
    match serde_json::to_value(value) {
        Ok(value) => check(root, &value, rules),
        Err(_) => Ok(()),
    }
}

/// The first bound `value`, set as field `field` of a request, breaks among the `rules` of the
/// request at that field; else `Format(format)`: the value did not convert for another reason.
pub fn invalid(field: &str, value: Value, rules: &[Rule], format: &'static str) -> Invalid {
    let below = format!("{field}/");
    let at = rules.iter().filter_map(|rule| {
        let rest = if rule.path == field { "" } else { rule.path.strip_prefix(below.as_str())? };
        Some((rest, &rule.bound))
    });
    check_at(field, &value, at).err().unwrap_or(Invalid { field: field.to_owned(), bound: Bound::Format(format) })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn first(value: Value, rules: &[Rule]) -> Option<(String, Bound)> {
        check("", &value, rules).err().map(|i| (i.field, i.bound))
    }

    #[test]
    fn each_kind_of_bound_names_the_field_and_the_bound() {
        let rules = [
            Rule { path: "name", bound: Bound::MaxLength(3) },
            Rule { path: "name", bound: Bound::MinLength(1) },
            Rule { path: "limit", bound: Bound::Maximum(100.0) },
            Rule { path: "limit", bound: Bound::ExclusiveMinimum(0.0) },
            Rule { path: "code", bound: Bound::Pattern("^[a-z]+$") },
            Rule { path: "status", bound: Bound::OneOf(&["\"open\"", "\"closed\""]) },
            Rule { path: "products", bound: Bound::MaxItems(2) },
            Rule { path: "metadata/*", bound: Bound::MaxLength(5) },
            Rule { path: "lines/*/sku", bound: Bound::MinLength(2) },
        ];
        let ok = json!({"name": "abc", "limit": 100, "code": "abc", "status": "open", "products": [1, 2], "metadata": {"a": "x"}, "lines": [{"sku": "ab"}]});
        assert_eq!(first(ok.clone(), &rules), None);
        let with = |key: &str, value: Value| {
            let mut v = ok.clone();
            v[key] = value;
            first(v, &rules)
        };
        assert_eq!(with("name", json!("abcd")), Some(("name".into(), Bound::MaxLength(3))));
        assert_eq!(with("name", json!("")), Some(("name".into(), Bound::MinLength(1))));
        assert_eq!(with("limit", json!(101)), Some(("limit".into(), Bound::Maximum(100.0))));
        assert_eq!(with("limit", json!(0)), Some(("limit".into(), Bound::ExclusiveMinimum(0.0))));
        assert_eq!(with("code", json!("ABC")), Some(("code".into(), Bound::Pattern("^[a-z]+$"))));
        assert_eq!(with("status", json!("archived")).map(|(f, _)| f), Some("status".into()));
        assert_eq!(with("products", json!([1, 2, 3])), Some(("products".into(), Bound::MaxItems(2))));
        assert_eq!(with("metadata", json!({"a": "x", "order": "too long"})), Some(("metadata.order".into(), Bound::MaxLength(5))));
        assert_eq!(with("lines", json!([{"sku": "ab"}, {"sku": "a"}])), Some(("lines[1].sku".into(), Bound::MinLength(2))));
        // Absent and `null` values break nothing; characters are counted, not bytes; a bound of
        // strings does not look at a list (a one-or-many filter's other form).
        assert_eq!(first(json!({"name": null, "code": "é"}), &rules[..4]), None);
        assert_eq!(with("status", json!(["open", "closed"])), None);
        assert_eq!(first(json!({"name": "ééé"}), &rules), None);
    }

    #[test]
    fn a_parameter_is_named_by_itself() {
        let rules = [Rule { path: "", bound: Bound::Maximum(100.0) }];
        let invalid = check("limit", &json!(500), &rules).unwrap_err();
        assert_eq!(invalid, Invalid { field: "limit".into(), bound: Bound::Maximum(100.0) });
        assert_eq!(invalid.bound.to_string(), "must be at most 100");
    }
}
