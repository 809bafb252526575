//! *Drift*: what a vendor's published OpenAPI document says that our hand-written spec does not,
//! for the operations our spec covers, classified by what it does to a user of the client.
//!
//! Both documents are read as 3.0 first, by the load stage's one normaliser
//! ([`crate::spec::normalize`]: `type: [x, "null"]`, `const`, numeric `exclusiveMinimum`), then
//! reduced to [`Shape`]s — `$ref`s followed, nested unions flattened — and compared **structurally at each JSON path from the
//! operation** (`GET /v1/checkouts/{id} → 200 → items[].discount`), because our specs rename and
//! restructure unions: union members are paired by their tag values (single-valued enum
//! properties such as `amount_type: fixed`), not by name.
//!
//! Deliberate deviations are declared in `spec/<name>.deviations.yaml` ([`Deviation`]); a
//! finding they cover is reported as declared, and a deviation that covers nothing as stale.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;

use crate::openapi::resolve;

/// What a difference does to a user of the generated client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// A body the vendor may send would fail to decode (we require what they may omit, refuse a
    /// value or a `null` they may send).
    FailsToDecode,
    /// Something the vendor sends is not modelled (a field, a status's body, a union member).
    DataDropped,
    /// Something the vendor accepts cannot be sent (a field, a value, a `null`).
    RequestCannotBeExpressed,
    /// The vendor is stricter than our request types (a constraint we lack): a 422 instead of a
    /// local error.
    RequestLooser,
    /// Naming, descriptions, or what our client absorbs anyway.
    Harmless,
}

impl Class {
    /// Whether the class makes `cargo xtask drift` exit non-zero.
    pub fn is_breaking(self) -> bool {
        matches!(self, Class::FailsToDecode | Class::DataDropped | Class::RequestCannotBeExpressed)
    }

    /// A heading for reports.
    pub fn title(self) -> &'static str {
        match self {
            Class::FailsToDecode => "would fail to decode",
            Class::DataDropped => "data dropped",
            Class::RequestCannotBeExpressed => "request cannot be expressed",
            Class::RequestLooser => "request looser than the server",
            Class::Harmless => "harmless",
        }
    }
}

/// One difference.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// What it does to a user.
    pub class: Class,
    /// Where, from the operation: `GET /v1/checkouts/{id} → 200 → items[].discount`.
    pub path: String,
    /// What differs.
    pub what: String,
    /// Our side.
    pub ours: String,
    /// The published side.
    pub theirs: String,
    /// The reason, when a declared deviation covers it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub declared: Option<String>,
}

/// A deliberate deviation from the published document (an entry of
/// `spec/<name>.deviations.yaml`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub struct Deviation {
    /// The finding's path, exactly as reported.
    pub path: String,
    /// Text the finding's `what` contains (empty: any finding at `path`).
    #[serde(default)]
    pub what: String,
    /// Why we differ.
    pub why: String,
    /// Where the behaviour is shown (server source, a recorded response).
    #[serde(default)]
    pub evidence: String,
}

/// Everything `compare` found.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    /// Every difference, declared ones included.
    pub findings: Vec<Finding>,
    /// Deviations that cover no finding any more.
    pub stale: Vec<Deviation>,
}

impl Report {
    /// How many undeclared findings each class has.
    pub fn counts(&self) -> BTreeMap<Class, usize> {
        let mut counts = BTreeMap::new();
        for f in self.findings.iter().filter(|f| f.declared.is_none()) {
            *counts.entry(f.class).or_default() += 1;
        }
        counts
    }

    /// Whether an undeclared finding is in a breaking class.
    pub fn is_breaking(&self) -> bool {
        self.findings.iter().any(|f| f.declared.is_none() && f.class.is_breaking())
    }
}

/// Whether a path segment is a response status (`200`, `4XX`, `default`).
fn is_status(segment: &str) -> bool {
    segment == "default" || (segment.len() == 3 && segment.chars().all(|c| c.is_ascii_digit() || c == 'X'))
}

/// How many values of a long list a report shows.
const SHOWN_VALUES: usize = 6;

/// Values (`|`-separated JSON texts) as a report shows them: all of a short list, else how many
/// and the first few (`249 values: "AD"|"AE"|…`).
fn summarized(values: &[&str]) -> String {
    if values.len() <= SHOWN_VALUES + 2 {
        return values.join("|");
    }
    format!("{} values: {}|…", values.len(), values[..SHOWN_VALUES].join("|"))
}

/// The `ours`/`published` lines of a finding, with a long value list summarized and, when both
/// sides list values, what each has that the other lacks.
fn sides(x: &Finding) -> String {
    let lists = x.what.contains("values");
    let show = |text: &str| if lists { summarized(&text.split('|').collect::<Vec<_>>()) } else { text.to_owned() };
    let mut out = format!("      ours:      {}\n      published: {}\n", show(&x.ours), show(&x.theirs));
    let (ours, theirs): (BTreeSet<&str>, BTreeSet<&str>) = (x.ours.split('|').collect(), x.theirs.split('|').collect());
    if lists && ours.len() > 1 && theirs.len() > 1 && ours.len().max(theirs.len()) > SHOWN_VALUES + 2 {
        for (label, only) in [("ours", ours.difference(&theirs)), ("published", theirs.difference(&ours))] {
            let only: Vec<&str> = only.copied().collect();
            if !only.is_empty() {
                out.push_str(&format!("      only {label}:{} {}\n", " ".repeat(9 - label.len()), summarized(&only)));
            }
        }
    }
    out
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Harmless findings are counted here and listed in full by `--json`. A finding met in
        // several operations (a shared schema) is shown once, with the operations it affects;
        // long value lists are summarized (`--json` has them whole).
        for class in [Class::FailsToDecode, Class::DataDropped, Class::RequestCannotBeExpressed, Class::RequestLooser] {
            let found: Vec<&Finding> = self.findings.iter().filter(|x| x.class == class && x.declared.is_none()).collect();
            if found.is_empty() {
                continue;
            }
            // `GET /x → 200 → a.b` is at `a.b` in `GET /x → 200` (the operation, and the status
            // for a response).
            let mut groups: Vec<(&str, &Finding, Vec<&str>)> = Vec::new();
            for x in &found {
                let at = |after: usize| x.path[after..].find(" → ").map(|i| after + i);
                let end = match at(0) {
                    Some(first) => match at(first + " → ".len()) {
                        Some(second) if is_status(&x.path[first + " → ".len()..second]) => second,
                        _ => first,
                    },
                    None => x.path.len(),
                };
                let (operation, rest) = (&x.path[..end], x.path[end..].trim_start_matches(" → "));
                match groups.iter_mut().find(|(r, g, _)| *r == rest && g.what == x.what && g.ours == x.ours && g.theirs == x.theirs) {
                    Some((_, _, operations)) => operations.push(operation),
                    None => groups.push((rest, x, vec![operation])),
                }
            }
            writeln!(f, "{} ({}):", class.title(), found.len())?;
            for (rest, x, operations) in groups {
                match operations.as_slice() {
                    [_] => writeln!(f, "  {}: {}", x.path, x.what)?,
                    _ => writeln!(f, "  {rest}: {}\n      in:        {}", x.what, operations.join(", "))?,
                }
                write!(f, "{}", sides(x))?;
            }
        }
        let declared: Vec<&Finding> = self.findings.iter().filter(|x| x.declared.is_some()).collect();
        if !declared.is_empty() {
            writeln!(f, "declared deviations ({}):", declared.len())?;
            for x in declared {
                writeln!(f, "  {}: {} — {}", x.path, x.what, x.declared.as_deref().unwrap_or_default())?;
            }
        }
        if !self.stale.is_empty() {
            writeln!(f, "stale deviations, matching nothing ({}):", self.stale.len())?;
            for d in &self.stale {
                writeln!(f, "  {}: {}", d.path, d.what)?;
            }
        }
        let counts = self.counts();
        let summary: Vec<String> = counts.iter().map(|(c, n)| format!("{n} {}", c.title())).collect();
        if summary.is_empty() { writeln!(f, "no differences") } else { writeln!(f, "{}", summary.join(", ")) }
    }
}

/// A schema reduced to what decoding and encoding depend on.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// Anything (no type).
    Any,
    /// A string, number, integer or boolean.
    Scalar {
        /// `string`, `integer`, `number` or `boolean`.
        ty: String,
        /// The format (`uuid4` read as `uuid`).
        format: Option<String>,
        /// The allowed values, as JSON text.
        values: Option<BTreeSet<String>>,
        /// Whether `null` is allowed.
        nullable: bool,
        /// `minimum`, `maxLength`, `pattern`… as JSON text.
        bounds: BTreeMap<String, String>,
    },
    /// An array.
    Array {
        /// The items.
        items: Box<Shape>,
        /// Whether `null` is allowed.
        nullable: bool,
        /// `minItems`, `maxItems`.
        bounds: BTreeMap<String, String>,
    },
    /// An object.
    Object {
        /// Declared properties.
        properties: BTreeMap<String, Shape>,
        /// Required property names.
        required: BTreeSet<String>,
        /// The value shape of other keys (`additionalProperties`), if any.
        additional: Option<Box<Shape>>,
        /// Whether `null` is allowed.
        nullable: bool,
        /// `maxProperties`…
        bounds: BTreeMap<String, String>,
    },
    /// One of several shapes.
    Union {
        /// The members, nested unions flattened.
        members: Vec<Shape>,
        /// Whether `null` is allowed.
        nullable: bool,
        /// Whether a discriminator picks the member (our unions then keep unknown members).
        tagged: bool,
    },
}

const BOUNDS: [&str; 11] = [
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
];

impl Shape {
    fn nullable(&self) -> bool {
        match self {
            Shape::Any => true,
            Shape::Scalar { nullable, .. }
            | Shape::Array { nullable, .. }
            | Shape::Object { nullable, .. }
            | Shape::Union { nullable, .. } => *nullable,
        }
    }

    fn set_nullable(&mut self, value: bool) {
        match self {
            Shape::Any => {}
            Shape::Scalar { nullable, .. }
            | Shape::Array { nullable, .. }
            | Shape::Object { nullable, .. }
            | Shape::Union { nullable, .. } => *nullable = value,
        }
    }

    fn describe(&self) -> String {
        let null = if self.nullable() { " | null" } else { "" };
        match self {
            Shape::Any => "any".into(),
            Shape::Scalar { ty, format, values, .. } => {
                let format = format.as_deref().map(|f| format!(" ({f})")).unwrap_or_default();
                let values = values.as_ref().map(|v| format!(" {}", v.iter().cloned().collect::<Vec<_>>().join("|"))).unwrap_or_default();
                format!("{ty}{format}{values}{null}")
            }
            Shape::Array { items, .. } => format!("array of {}{null}", items.describe()),
            Shape::Object { properties, additional, .. } => match (properties.is_empty(), additional) {
                (true, Some(values)) => format!("map of {}{null}", values.describe()),
                _ => format!("object ({} properties){null}", properties.len()),
            },
            Shape::Union { members, .. } => format!("one of {} members{null}", members.len()),
        }
    }

    /// The single-valued enum properties of an object (its tags), as `name=value`.
    fn tags(&self) -> BTreeMap<String, String> {
        let Shape::Object { properties, .. } = self else { return BTreeMap::new() };
        properties
            .iter()
            .filter_map(|(name, p)| match p {
                Shape::Scalar { values: Some(v), .. } if v.len() == 1 => Some((name.clone(), v.iter().next().cloned().unwrap_or_default())),
                _ => None,
            })
            .collect()
    }
}

/// Reads the document at `text` (JSON or YAML, by content).
///
/// # Errors
/// The text is neither.
pub fn parse_document(text: &str) -> Result<Value, String> {
    if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))
    } else {
        serde_yaml::from_str(text).map_err(|e| format!("not valid YAML: {e}"))
    }
}

/// `doc` with OpenAPI 3.1's spellings rewritten as 3.0's (a 3.0 document is unchanged).
fn as_3_0(doc: &Value) -> Value {
    let mut doc = doc.clone();
    crate::spec::normalize::to_3_0(&mut doc);
    doc
}

/// Reduces `schema` of a 3.0 document `doc` to a [`Shape`].
pub fn shape(doc: &Value, schema: &Value) -> Shape {
    shape_at(doc, schema, 0)
}

fn shape_at(doc: &Value, schema: &Value, depth: usize) -> Shape {
    if depth > 64 {
        return Shape::Any;
    }
    let Some(map) = schema.as_object() else { return Shape::Any };
    let nullable_30 = map.get("nullable") == Some(&Value::Bool(true));
    if let Some(Value::String(reference)) = map.get("$ref") {
        let mut inner = resolve(doc, reference).map_or(Shape::Any, |s| shape_at(doc, s, depth + 1));
        if nullable_30 {
            inner.set_nullable(true);
        }
        return inner;
    }
    if let Some(Value::Array(all)) = map.get("allOf") {
        let parts: Vec<Shape> = all.iter().map(|s| shape_at(doc, s, depth + 1)).collect();
        let mut merged = merge_all(parts);
        if nullable_30 {
            merged.set_nullable(true);
        }
        return merged;
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(options)) = map.get(key) {
            let mut nullable = nullable_30;
            let mut members = Vec::new();
            for option in options {
                match shape_at(doc, option, depth + 1) {
                    Shape::Union { members: inner, nullable: n, .. } => {
                        nullable |= n;
                        members.extend(inner);
                    }
                    other => {
                        nullable |= other.nullable() && !matches!(other, Shape::Any);
                        members.push(other);
                    }
                }
            }
            let tagged = map.contains_key("discriminator");
            return match members.len() {
                1 => {
                    let mut only = members.remove(0);
                    if nullable {
                        only.set_nullable(true);
                    }
                    only
                }
                _ => Shape::Union { members, nullable, tagged },
            };
        }
    }
    let (ty, mut nullable) = (map.get("type").and_then(Value::as_str).map(str::to_owned), nullable_30);
    let values: Option<BTreeSet<String>> = match map.get("enum") {
        Some(Value::Array(v)) => {
            if v.contains(&Value::Null) {
                nullable = true;
            }
            Some(v.iter().filter(|x| !x.is_null()).map(Value::to_string).collect())
        }
        _ => None,
    };
    let number = |v: &Value| match v {
        Value::Number(n) => n.as_f64().map_or_else(|| n.to_string(), |f| f.to_string()),
        other => other.to_string(),
    };
    let mut bounds: BTreeMap<String, String> = BTreeMap::new();
    for key in BOUNDS {
        let Some(value) = map.get(key) else { continue };
        match (key, value) {
            // 3.0's exclusive bounds are booleans that qualify `minimum`/`maximum`.
            ("exclusiveMinimum" | "exclusiveMaximum", Value::Bool(false)) => {}
            ("exclusiveMinimum", Value::Bool(true)) => {
                bounds.insert(key.to_owned(), map.get("minimum").map(number).unwrap_or_default());
            }
            ("exclusiveMaximum", Value::Bool(true)) => {
                bounds.insert(key.to_owned(), map.get("maximum").map(number).unwrap_or_default());
            }
            _ => {
                bounds.insert(key.to_owned(), number(value));
            }
        }
    }
    if map.get("exclusiveMinimum") == Some(&Value::Bool(true)) {
        bounds.remove("minimum");
    }
    if map.get("exclusiveMaximum") == Some(&Value::Bool(true)) {
        bounds.remove("maximum");
    }
    // For integers an exclusive bound is an inclusive one off by one: `> 0` is `>= 1`.
    if ty.as_deref() == Some("integer") {
        for (exclusive, inclusive, step) in [("exclusiveMinimum", "minimum", 1.0), ("exclusiveMaximum", "maximum", -1.0)] {
            if let Some(bound) = bounds.remove(exclusive).and_then(|b| b.parse::<f64>().ok()) {
                bounds.insert(inclusive.to_owned(), (bound + step).to_string());
            }
        }
    }
    let is_object =
        ty.as_deref() == Some("object") || map.contains_key("properties") || map.get("additionalProperties").is_some_and(Value::is_object);
    if is_object {
        let properties = map
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.iter().map(|(k, v)| (k.clone(), shape_at(doc, v, depth + 1))).collect())
            .unwrap_or_default();
        let required = map
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default();
        let additional = match map.get("additionalProperties") {
            Some(v @ Value::Object(_)) => Some(Box::new(shape_at(doc, v, depth + 1))),
            Some(Value::Bool(true)) => Some(Box::new(Shape::Any)),
            _ => None,
        };
        return Shape::Object { properties, required, additional, nullable, bounds };
    }
    match ty.as_deref() {
        Some("array") => {
            Shape::Array { items: Box::new(map.get("items").map_or(Shape::Any, |i| shape_at(doc, i, depth + 1))), nullable, bounds }
        }
        Some(t @ ("string" | "integer" | "number" | "boolean")) => Shape::Scalar {
            ty: t.to_owned(),
            format: map.get("format").and_then(Value::as_str).map(|f| if f == "uuid4" { "uuid".to_owned() } else { f.to_owned() }),
            values,
            nullable,
            bounds,
        },
        // An enum of strings without a `type`; one of `null` alone (3.1's `type: "null"`) says
        // nothing of a type, as no schema does.
        _ if values.as_ref().is_some_and(|v| !v.is_empty()) => {
            Shape::Scalar { ty: "string".into(), format: None, values, nullable, bounds }
        }
        _ => Shape::Any,
    }
}

/// `allOf`: one part is itself; several objects merge their properties and requirements.
fn merge_all(mut parts: Vec<Shape>) -> Shape {
    if parts.len() == 1 {
        return parts.remove(0);
    }
    let mut merged = Shape::Object {
        properties: BTreeMap::new(),
        required: BTreeSet::new(),
        additional: None,
        nullable: false,
        bounds: BTreeMap::new(),
    };
    for part in parts {
        match (part, &mut merged) {
            (Shape::Object { properties, required, additional, .. }, Shape::Object { properties: p, required: r, additional: a, .. }) => {
                p.extend(properties);
                r.extend(required);
                if a.is_none() {
                    *a = additional;
                }
            }
            (other, _) => return other,
        }
    }
    merged
}

/// Which way a value travels.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Way {
    Response,
    Request,
}

struct Walk<'a> {
    findings: &'a mut Vec<Finding>,
}

impl Walk<'_> {
    fn add(&mut self, class: Class, path: &str, what: impl Into<String>, ours: impl Into<String>, theirs: impl Into<String>) {
        self.findings.push(Finding {
            class,
            path: path.to_owned(),
            what: what.into(),
            ours: ours.into(),
            theirs: theirs.into(),
            declared: None,
        });
    }

    fn compare(&mut self, path: &str, ours: &Shape, theirs: &Shape, way: Way) {
        if matches!(theirs, Shape::Any) || matches!(ours, Shape::Any) {
            return;
        }
        // Nullability first: it applies whatever the shapes are.
        match (ours.nullable(), theirs.nullable(), way) {
            (false, true, Way::Response) => {
                self.add(Class::FailsToDecode, path, "the published schema allows null", "not nullable", "nullable")
            }
            (false, true, Way::Request) => {
                self.add(Class::RequestCannotBeExpressed, path, "null is accepted but cannot be sent", "not nullable", "nullable")
            }
            (true, false, Way::Request) => {
                self.add(Class::RequestLooser, path, "we can send null, the server refuses it", "nullable", "not nullable")
            }
            _ => {}
        }
        match (ours, theirs) {
            (Shape::Union { .. }, _) | (_, Shape::Union { .. }) => self.union(path, ours, theirs, way),
            (Shape::Object { .. }, Shape::Object { .. }) => self.object(path, ours, theirs, way),
            (Shape::Array { items: a, bounds: ab, .. }, Shape::Array { items: b, bounds: bb, .. }) => {
                self.bounds(path, ab, bb, way);
                self.compare(&format!("{path}[]"), a, b, way);
            }
            (Shape::Scalar { .. }, Shape::Scalar { .. }) => self.scalar(path, ours, theirs, way),
            _ => {
                let class = if way == Way::Response { Class::FailsToDecode } else { Class::RequestCannotBeExpressed };
                self.add(class, path, "different kinds of value", ours.describe(), theirs.describe());
            }
        }
    }

    fn scalar(&mut self, path: &str, ours: &Shape, theirs: &Shape, way: Way) {
        let (
            Shape::Scalar { ty: ot, format: of, values: ov, bounds: ob, .. },
            Shape::Scalar { ty: tt, format: tf, values: tv, bounds: tb, .. },
        ) = (ours, theirs)
        else {
            return;
        };
        // An integer is a number; a number where we want an integer is not.
        let compatible = ot == tt || (ot == "number" && tt == "integer");
        if !compatible {
            let class = if way == Way::Response { Class::FailsToDecode } else { Class::RequestCannotBeExpressed };
            self.add(class, path, "different types", ours.describe(), theirs.describe());
            return;
        }
        if ot == "integer" && tt == "integer" && integer_width(of.as_deref(), ob) != 0 && integer_width(tf.as_deref(), tb) != 0 {
            // `int32`/`int64` are ranges: compare the widths, not the words (an unformatted
            // integer is 64-bit in the client; safe-integer bounds fit in it).
            match (integer_width(of.as_deref(), ob), integer_width(tf.as_deref(), tb), way) {
                (32, 64, Way::Response) => self.add(Class::FailsToDecode, path, "their integers may exceed 32 bits", "int32", "int64"),
                (32, 64, Way::Request) => {
                    self.add(Class::RequestCannotBeExpressed, path, "accepted integers beyond 32 bits", "int32", "int64")
                }
                (64, 32, Way::Request) => self.add(Class::RequestLooser, path, "the server takes 32-bit integers only", "int64", "int32"),
                _ => {}
            }
        } else if of != tf {
            // A format we parse (date-time, uuid) that they do not promise may fail to decode.
            let strict = matches!(of.as_deref(), Some("date-time" | "date" | "uuid" | "int32" | "int64" | "email" | "uri"));
            let class = match way {
                Way::Response if strict => Class::FailsToDecode,
                Way::Request if tf.is_some() && of.is_none() => Class::RequestLooser,
                _ => Class::Harmless,
            };
            self.add(class, path, "different formats", of.as_deref().unwrap_or("none"), tf.as_deref().unwrap_or("none"));
        }
        match (ov, tv) {
            (Some(o), Some(t)) => {
                let theirs_only: Vec<&String> = t.difference(o).collect();
                let ours_only: Vec<&String> = o.difference(t).collect();
                if !theirs_only.is_empty() {
                    // Our string enums keep unknown values (`Unknown(..)`); a request has no typed
                    // variant for them.
                    let (class, what) = match way {
                        Way::Response if ot == "string" => (Class::Harmless, "values we decode as `Unknown`"),
                        Way::Response => (Class::FailsToDecode, "values we refuse"),
                        Way::Request => (Class::RequestCannotBeExpressed, "accepted values we have no variant for"),
                    };
                    self.add(class, path, what, join(o), join(t));
                }
                if !ours_only.is_empty() {
                    let class = if way == Way::Request { Class::RequestLooser } else { Class::Harmless };
                    self.add(class, path, "values the published schema does not list", join(o), join(t));
                }
            }
            (None, Some(t)) if way == Way::Request => {
                self.add(Class::RequestLooser, path, "the server accepts only some values", "any", join(t))
            }
            (Some(o), None) => {
                let class = if way == Way::Response && ot != "string" {
                    Class::FailsToDecode
                } else if way == Way::Request {
                    Class::RequestCannotBeExpressed
                } else {
                    Class::Harmless
                };
                self.add(class, path, "we allow only some values", join(o), "any");
            }
            _ => {}
        }
        self.bounds(path, ob, tb, way);
    }

    fn bounds(&mut self, path: &str, ours: &BTreeMap<String, String>, theirs: &BTreeMap<String, String>, way: Way) {
        let keys: BTreeSet<&String> = ours.keys().chain(theirs.keys()).collect();
        for key in keys {
            let (o, t) = (ours.get(key), theirs.get(key));
            if o == t {
                continue;
            }
            let text = |v: Option<&String>| v.cloned().unwrap_or_else(|| "none".into());
            let what = format!("`{key}` differs");
            match way {
                // In a request, a bound only they have makes us looser; one only we have (or
                // ours tighter) keeps a valid value from being sent.
                Way::Request => {
                    let class = match (o, t) {
                        (None, Some(_)) => Class::RequestLooser,
                        (Some(_), None) => Class::RequestCannotBeExpressed,
                        (Some(a), Some(b)) if tighter(key, a, b) => Class::RequestCannotBeExpressed,
                        _ => Class::RequestLooser,
                    };
                    self.add(class, path, what, text(o), text(t));
                }
                // In a response, a bound of ours that they do not promise may refuse a body.
                Way::Response => {
                    let class = match (o, t) {
                        (Some(_), None) => Class::FailsToDecode,
                        (Some(a), Some(b)) if tighter(key, a, b) => Class::FailsToDecode,
                        _ => Class::Harmless,
                    };
                    self.add(class, path, what, text(o), text(t));
                }
            }
        }
    }

    fn object(&mut self, path: &str, ours: &Shape, theirs: &Shape, way: Way) {
        let (
            Shape::Object { properties: op, required: or, additional: oa, bounds: ob, .. },
            Shape::Object { properties: tp, required: tr, additional: ta, bounds: tb, .. },
        ) = (ours, theirs)
        else {
            return;
        };
        self.bounds(path, ob, tb, way);
        let at = |name: &str| if path.ends_with('→') { format!("{path} {name}") } else { format!("{path}.{name}") };
        for (name, theirs_prop) in tp {
            let here = at(name);
            match op.get(name) {
                Some(ours_prop) => {
                    match (or.contains(name), tr.contains(name), way) {
                        // We require a key they may omit: only a non-nullable one fails (a
                        // required nullable key decodes as `None` when absent).
                        (true, false, Way::Response) if !ours_prop.nullable() => self.add(
                            Class::FailsToDecode,
                            &here,
                            "required by us, optional in the published schema",
                            "required",
                            "optional",
                        ),
                        (true, false, Way::Request) => self.add(
                            Class::RequestCannotBeExpressed,
                            &here,
                            "we must send what the server lets us omit",
                            "required",
                            "optional",
                        ),
                        (false, true, Way::Request) => {
                            self.add(Class::RequestLooser, &here, "the server requires what we let a caller omit", "optional", "required")
                        }
                        _ => {}
                    }
                    self.compare(&here, ours_prop, theirs_prop, way);
                }
                None => {
                    // A map type of ours absorbs undeclared keys.
                    if let Some(values) = oa {
                        self.compare(&here, values, theirs_prop, way);
                        continue;
                    }
                    match way {
                        Way::Response => self.add(
                            Class::DataDropped,
                            &here,
                            "a field the vendor sends is not modelled",
                            "absent",
                            theirs_prop.describe(),
                        ),
                        Way::Request if tr.contains(name) => self.add(
                            Class::RequestCannotBeExpressed,
                            &here,
                            "a required field cannot be sent",
                            "absent",
                            theirs_prop.describe(),
                        ),
                        Way::Request => self.add(
                            Class::RequestCannotBeExpressed,
                            &here,
                            "an accepted field cannot be sent",
                            "absent",
                            theirs_prop.describe(),
                        ),
                    }
                }
            }
        }
        for (name, ours_prop) in op.iter().filter(|(n, _)| !tp.contains_key(*n)) {
            let here = at(name);
            if ta.is_some() {
                continue;
            }
            match way {
                Way::Response if or.contains(name) && !ours_prop.nullable() => {
                    self.add(Class::FailsToDecode, &here, "required by us, not in the published schema", "required", "absent")
                }
                Way::Response => self.add(Class::Harmless, &here, "modelled, not in the published schema", ours_prop.describe(), "absent"),
                Way::Request => self.add(
                    Class::RequestLooser,
                    &here,
                    "we can send a field the published schema does not list",
                    ours_prop.describe(),
                    "absent",
                ),
            }
        }
        match (oa, ta) {
            (Some(a), Some(b)) => self.compare(&format!("{path}{{}}"), a, b, way),
            (None, Some(b)) if op.is_empty() => self.add(
                if way == Way::Response { Class::DataDropped } else { Class::RequestCannotBeExpressed },
                path,
                "a map we do not model",
                "no additional properties",
                b.describe(),
            ),
            _ => {}
        }
    }

    fn union(&mut self, path: &str, ours: &Shape, theirs: &Shape, way: Way) {
        let members = |s: &Shape| match s {
            Shape::Union { members, .. } => members.clone(),
            other => vec![other.clone()],
        };
        let (om, tm) = (members(ours), members(theirs));
        let ours_tagged = matches!(ours, Shape::Union { tagged: true, .. });
        let mut used = vec![false; om.len()];
        for (i, t) in tm.iter().enumerate() {
            let here = format!("{path}<{}>", label(t, i));
            match pair(t, &om) {
                Some(j) => {
                    used[j] = true;
                    let (mut o, mut t) = (om[j].clone(), t.clone());
                    // A union's nullability was compared above, not its members'.
                    o.set_nullable(ours.nullable() || o.nullable());
                    t.set_nullable(theirs.nullable() || t.nullable());
                    self.compare(&here, &o, &t, way);
                }
                None => match way {
                    Way::Response if ours_tagged => {
                        self.add(Class::DataDropped, &here, "a union member we do not model (decodes as `Unknown`)", "absent", t.describe())
                    }
                    Way::Response => self.add(Class::FailsToDecode, &here, "a union member we do not model", "absent", t.describe()),
                    Way::Request => {
                        self.add(Class::RequestCannotBeExpressed, &here, "an accepted member cannot be sent", "absent", t.describe())
                    }
                },
            }
        }
        for (j, o) in om.iter().enumerate().filter(|(j, _)| !used[*j]) {
            let here = format!("{path}<{}>", label(o, j));
            let class = if way == Way::Request { Class::RequestLooser } else { Class::Harmless };
            self.add(class, &here, "a union member the published schema does not list", o.describe(), "absent");
        }
    }
}

/// `shape` with no `null` allowed, in it or in its union members.
fn without_null(mut shape: Shape) -> Shape {
    shape.set_nullable(false);
    if let Shape::Union { members, .. } = &mut shape {
        members.iter_mut().for_each(|m| m.set_nullable(false));
    }
    shape
}

/// The bits of an integer format: 32 for `int32`, 64 for `int64` or none (the client's
/// default), 0 for a format that is not an integer width. Bounds are compared on their own.
fn integer_width(format: Option<&str>, _bounds: &BTreeMap<String, String>) -> u32 {
    match format {
        Some("int32") => 32,
        Some("int64") | None => 64,
        Some(_) => 0,
    }
}

/// Whether bound `key` is tighter at `a` than at `b`.
fn tighter(key: &str, a: &str, b: &str) -> bool {
    let (Ok(a), Ok(b)) = (a.parse::<f64>(), b.parse::<f64>()) else { return false };
    if key.starts_with("min") || key == "exclusiveMinimum" { a > b } else { a < b }
}

fn join(values: &BTreeSet<String>) -> String {
    values.iter().cloned().collect::<Vec<_>>().join("|")
}

/// A member's label in a path: its tags (`amount_type=fixed`), else its kind and position.
fn label(shape: &Shape, index: usize) -> String {
    let tags = shape.tags();
    if tags.is_empty() {
        format!("{}#{index}", shape.describe().split(' ').next().unwrap_or("member"))
    } else {
        tags.iter().map(|(k, v)| format!("{k}={}", v.trim_matches('"'))).collect::<Vec<_>>().join(",")
    }
}

/// The member of `candidates` that `member` pairs with: objects by their common tags (all must
/// agree, at least one must exist), other shapes by kind.
fn pair(member: &Shape, candidates: &[Shape]) -> Option<usize> {
    let tags = member.tags();
    if !tags.is_empty() {
        // Most tags in common wins; among equals, the fewest tags of its own (a current price
        // pairs with our current price, not with the legacy one that adds `legacy=true`).
        let mut best: Option<(usize, (usize, std::cmp::Reverse<usize>))> = None;
        for (j, c) in candidates.iter().enumerate() {
            let ct = c.tags();
            let common: Vec<&String> = tags.keys().filter(|k| ct.contains_key(*k)).collect();
            let score = (common.len(), std::cmp::Reverse(ct.len() - common.len()));
            if !common.is_empty() && common.iter().all(|k| tags[*k] == ct[*k]) && best.is_none_or(|(_, s)| score > s) {
                best = Some((j, score));
            }
        }
        if let Some((j, _)) = best {
            return Some(j);
        }
    }
    // Objects without tags (a published union whose members name their tag through a shared
    // enum): the candidate sharing most property names, if it shares at least half.
    if let Shape::Object { properties, .. } = member
        && !properties.is_empty()
    {
        let names: BTreeSet<&String> = properties.keys().collect();
        // A candidate whose tag says otherwise (`kind=fixed` for a `kind=seat_based` member)
        // is another member, however alike the rest.
        let conflicts = |c: &Shape| {
            let ct = c.tags();
            tags.iter().any(|(k, v)| ct.get(k).is_some_and(|w| w != v))
        };
        let overlap = |c: &Shape| match c {
            Shape::Object { properties: other, .. } if !other.is_empty() && !conflicts(c) => {
                let theirs: BTreeSet<&String> = other.keys().collect();
                let common = names.intersection(&theirs).count();
                (common * 2 >= names.len().max(theirs.len())).then(|| (common, std::cmp::Reverse(names.len().abs_diff(theirs.len()))))
            }
            _ => None,
        };
        if let Some((j, _)) = candidates.iter().enumerate().filter_map(|(j, c)| overlap(c).map(|o| (j, o))).max_by_key(|(_, o)| *o) {
            return Some(j);
        }
    }
    let kind = |s: &Shape| match s {
        Shape::Scalar { ty, .. } => ty.clone(),
        Shape::Array { .. } => "array".into(),
        Shape::Object { properties, .. } if properties.is_empty() => "map".into(),
        Shape::Object { .. } => "object".into(),
        _ => "other".into(),
    };
    let k = kind(member);
    candidates.iter().position(|c| kind(c) == k && c.tags().is_empty())
}

/// Compares every operation of `ours` with the same method and path in `theirs`.
pub fn compare(ours: &Value, theirs: &Value, deviations: &[Deviation]) -> Report {
    let (ours, theirs) = (&as_3_0(ours), &as_3_0(theirs));
    let mut findings = Vec::new();
    let mut walk = Walk { findings: &mut findings };
    let empty = serde_json::Map::new();
    let their_paths = theirs.get("paths").and_then(Value::as_object).unwrap_or(&empty);
    for (template, item) in ours.get("paths").and_then(Value::as_object).unwrap_or(&empty) {
        for method in crate::openapi::Method::KEYS {
            let Some(op) = item.get(method) else { continue };
            let name = format!("{} {template}", method.to_uppercase());
            let Some(their_op) = their_paths.get(template).and_then(|i| i.get(method)) else {
                walk.add(Class::Harmless, &name, "an operation the published document does not have", "present", "absent");
                continue;
            };
            operation(&mut walk, &name, (ours, item, op), (theirs, &their_paths[template], their_op));
        }
    }
    // Servers: a published base URL we do not list is reachable only as `Server::Custom`.
    let urls = |doc: &Value| -> BTreeSet<String> {
        doc.get("servers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|s| s.get("url")?.as_str())
            .map(|u| u.trim_end_matches('/').to_owned())
            .collect()
    };
    let (our_urls, their_urls) = (urls(ours), urls(theirs));
    for url in their_urls.difference(&our_urls) {
        findings.push(Finding {
            class: Class::Harmless,
            path: "servers".into(),
            what: "a published server we do not name (reachable as `Server::Custom`)".into(),
            ours: our_urls.iter().cloned().collect::<Vec<_>>().join(", "),
            theirs: url.clone(),
            declared: None,
        });
    }
    let mut report = Report { findings, stale: Vec::new() };
    for deviation in deviations {
        let mut matched = false;
        for f in report.findings.iter_mut().filter(|f| f.path == deviation.path && f.what.contains(deviation.what.as_str())) {
            f.declared = Some(deviation.why.clone());
            matched = true;
        }
        if !matched {
            report.stale.push(deviation.clone());
        }
    }
    report
}

/// The parameters of an operation and its path item, by `(in, name)`, references followed.
fn parameters<'a>(doc: &'a Value, item: &'a Value, op: &'a Value) -> BTreeMap<(String, String), &'a Value> {
    let mut out = BTreeMap::new();
    for list in [item.get("parameters"), op.get("parameters")].into_iter().flatten() {
        for p in list.as_array().into_iter().flatten() {
            let p = match p.get("$ref").and_then(Value::as_str) {
                Some(r) => match resolve(doc, r) {
                    Some(target) => target,
                    None => continue,
                },
                None => p,
            };
            let (Some(location), Some(name)) = (p.get("in").and_then(Value::as_str), p.get("name").and_then(Value::as_str)) else {
                continue;
            };
            out.insert((location.to_owned(), name.to_owned()), p);
        }
    }
    out
}

/// The JSON body schema of a request body or response (references followed).
fn json_body<'a>(doc: &'a Value, node: &'a Value) -> Option<&'a Value> {
    let node = match node.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(doc, r)?,
        None => node,
    };
    let content = node.get("content")?.as_object()?;
    content.iter().find(|(media, _)| media.as_str() == "application/json" || media.ends_with("+json")).and_then(|(_, m)| m.get("schema"))
}

fn operation(walk: &mut Walk, name: &str, (od, oi, oo): (&Value, &Value, &Value), (td, ti, to): (&Value, &Value, &Value)) {
    // Parameters.
    let (ours, theirs) = (parameters(od, oi, oo), parameters(td, ti, to));
    for (key, tp) in &theirs {
        let here = format!("{name} → {} {}", key.0, key.1);
        let required = tp.get("required") == Some(&Value::Bool(true));
        match ours.get(key) {
            Some(op) => {
                // A query or path value cannot be `null`: nullability says nothing there.
                let os = op.get("schema").map_or(Shape::Any, |s| without_null(shape(od, s)));
                let ts = tp.get("schema").map_or(Shape::Any, |s| without_null(shape(td, s)));
                walk.compare(&here, &os, &ts, Way::Request);
                if required && op.get("required") != Some(&Value::Bool(true)) {
                    walk.add(Class::RequestLooser, &here, "a required parameter we let a caller omit", "optional", "required");
                }
            }
            None => walk.add(
                Class::RequestCannotBeExpressed,
                &here,
                "a parameter we cannot send",
                "absent",
                if required { "required" } else { "optional" },
            ),
        }
    }
    for key in ours.keys().filter(|k| !theirs.contains_key(*k)) {
        walk.add(
            Class::RequestLooser,
            &format!("{name} → {} {}", key.0, key.1),
            "a parameter the published document does not list",
            "present",
            "absent",
        );
    }
    // Request body.
    let (ob, tb) = (oo.get("requestBody").and_then(|b| json_body(od, b)), to.get("requestBody").and_then(|b| json_body(td, b)));
    match (ob, tb) {
        (Some(o), Some(t)) => walk.compare(&format!("{name} → body"), &shape(od, o), &shape(td, t), Way::Request),
        (None, Some(_)) => {
            walk.add(Class::RequestCannotBeExpressed, &format!("{name} → body"), "a request body we cannot send", "absent", "present")
        }
        (Some(_), None) => walk.add(
            Class::RequestLooser,
            &format!("{name} → body"),
            "a request body the published document does not take",
            "present",
            "absent",
        ),
        (None, None) => {}
    }
    // Responses, status by status.
    let empty = serde_json::Map::new();
    let (or, tr) = (
        oo.get("responses").and_then(Value::as_object).unwrap_or(&empty),
        to.get("responses").and_then(Value::as_object).unwrap_or(&empty),
    );
    for (status, response) in tr {
        let here = format!("{name} → {status}");
        let theirs = json_body(td, response);
        match (or.get(status).map(|r| json_body(od, r)), theirs) {
            (Some(Some(o)), Some(t)) => walk.compare(&format!("{here} →"), &shape(od, o), &shape(td, t), Way::Response),
            (Some(_), _) => {}
            (None, Some(t)) => walk.add(
                Class::DataDropped,
                &here,
                "a status we do not document (its body arrives untyped, as `Unexpected`)",
                "absent",
                shape(td, t).describe(),
            ),
            (None, None) => walk.add(Class::Harmless, &here, "a status we do not document", "absent", "present"),
        }
    }
    for status in or.keys().filter(|s| !tr.contains_key(*s)) {
        walk.add(Class::Harmless, &format!("{name} → {status}"), "a status the published document does not list", "present", "absent");
    }
    // Security: the scheme types each side asks for.
    let schemes = |doc: &Value, op: &Value| -> BTreeSet<String> {
        let requirement = op.get("security").or_else(|| doc.get("security"));
        requirement
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .flat_map(|r| r.keys())
            .filter_map(|k| doc.pointer(&format!("/components/securitySchemes/{k}")))
            .map(|s| {
                let ty = s.get("type").and_then(Value::as_str).unwrap_or_default();
                match ty {
                    "http" => format!("http {}", s.get("scheme").and_then(Value::as_str).unwrap_or_default().to_ascii_lowercase()),
                    "apiKey" => format!("apiKey {}", s.get("name").and_then(Value::as_str).unwrap_or_default().to_ascii_lowercase()),
                    other => other.to_owned(),
                }
            })
            .collect()
    };
    let (os, ts) = (schemes(od, oo), schemes(td, to));
    if !ts.is_empty() && ts.is_disjoint(&os) {
        let show = |s: &BTreeSet<String>| if s.is_empty() { "none".to_owned() } else { s.iter().cloned().collect::<Vec<_>>().join(", ") };
        walk.add(
            Class::RequestCannotBeExpressed,
            &format!("{name} → security"),
            "no authentication the server accepts",
            show(&os),
            show(&ts),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A document with `GET /x` answering 200 with `response`, and `POST /x` taking `request`.
    fn doc(response: Value, request: Value, schemas: Value) -> Value {
        json!({
            "openapi": "3.0.3",
            "paths": {"/x": {
                "get": {"responses": {"200": {"content": {"application/json": {"schema": response}}}}},
                "post": {"requestBody": {"content": {"application/json": {"schema": request}}}, "responses": {"204": {"description": "ok"}}}
            }},
            "components": {"schemas": schemas}
        })
    }

    fn object(props: Value, required: &[&str]) -> Value {
        json!({"type": "object", "properties": props, "required": required})
    }

    /// The non-harmless findings, as `(class, path, what)`.
    fn findings(ours: &Value, theirs: &Value) -> Vec<(Class, String, String)> {
        compare(ours, theirs, &[]).findings.into_iter().filter(|f| f.class != Class::Harmless).map(|f| (f.class, f.path, f.what)).collect()
    }

    fn one(ours: Value, theirs: Value, class: Class, path: &str, what: &str) {
        let got = findings(&ours, &theirs);
        assert!(
            got.iter().any(|(c, p, w)| *c == class && p == path && w.contains(what)),
            "expected {class:?} at `{path}` ({what}); got {got:#?}"
        );
    }

    #[test]
    fn every_kind_of_difference_is_classified() {
        let id = json!({"type": "string"});
        let base = object(json!({"id": id}), &["id"]);
        let empty = json!({});
        // An added response field: data dropped.
        one(
            doc(base.clone(), base.clone(), empty.clone()),
            doc(object(json!({"id": id, "note": {"type": "string"}}), &["id"]), base.clone(), empty.clone()),
            Class::DataDropped,
            "GET /x → 200 → note",
            "not modelled",
        );
        // A new request field: cannot be expressed.
        one(
            doc(base.clone(), base.clone(), empty.clone()),
            doc(base.clone(), object(json!({"id": id, "note": {"type": "string"}}), &["id"]), empty.clone()),
            Class::RequestCannotBeExpressed,
            "POST /x → body.note",
            "cannot be sent",
        );
        // A new enum value: absorbed in a response, missing in a request.
        let status = |values: Value| object(json!({"status": {"type": "string", "enum": values}}), &["status"]);
        let ours = doc(status(json!(["open"])), status(json!(["open"])), empty.clone());
        let theirs = doc(status(json!(["open", "paid"])), status(json!(["open", "paid"])), empty.clone());
        one(ours.clone(), theirs.clone(), Class::RequestCannotBeExpressed, "POST /x → body.status", "no variant");
        assert!(!findings(&ours, &theirs).iter().any(|(_, p, _)| p.starts_with("GET")), "a response enum value is absorbed");
        // Optional → required, both ways.
        let with = |required: &[&str]| object(json!({"id": id, "name": {"type": "string"}}), required);
        one(
            doc(with(&["id", "name"]), with(&["id"]), empty.clone()),
            doc(with(&["id"]), with(&["id", "name"]), empty.clone()),
            Class::FailsToDecode,
            "GET /x → 200 → name",
            "required by us",
        );
        one(
            doc(with(&["id", "name"]), with(&["id"]), empty.clone()),
            doc(with(&["id"]), with(&["id", "name"]), empty.clone()),
            Class::RequestLooser,
            "POST /x → body.name",
            "requires",
        );
        // A required but nullable key decodes absent: not a failure.
        let nullable = object(json!({"id": id, "name": {"type": "string", "nullable": true}}), &["id", "name"]);
        assert!(findings(&doc(nullable, base.clone(), empty.clone()), &doc(with(&["id"]), base.clone(), empty.clone())).is_empty());
        // A new status with a body: data dropped.
        let mut theirs = doc(base.clone(), base.clone(), empty.clone());
        theirs["paths"]["/x"]["get"]["responses"]["409"] = json!({"content": {"application/json": {"schema": base}}});
        one(doc(base.clone(), base.clone(), empty.clone()), theirs, Class::DataDropped, "GET /x → 409", "do not document");
        // A constraint the server has that we lack: looser; one of ours a response may break: fails.
        let bounded = |bounds: Value| {
            let mut name = json!({"type": "string"});
            name.as_object_mut().unwrap().extend(bounds.as_object().unwrap().clone());
            object(json!({"name": name}), &["name"])
        };
        one(
            doc(bounded(json!({})), bounded(json!({})), empty.clone()),
            doc(bounded(json!({})), bounded(json!({"maxLength": 256})), empty.clone()),
            Class::RequestLooser,
            "POST /x → body.name",
            "maxLength",
        );
        one(
            doc(bounded(json!({"maxLength": 3})), bounded(json!({})), empty.clone()),
            doc(bounded(json!({})), bounded(json!({})), empty.clone()),
            Class::FailsToDecode,
            "GET /x → 200 → name",
            "maxLength",
        );
    }

    #[test]
    fn union_members_pair_by_tag_whatever_the_names() {
        let member = |kind: &str, extra: &str| json!({"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": [kind]}, extra: {"type": "integer"}}});
        let ours = doc(
            json!({"$ref": "#/components/schemas/Price"}),
            json!({"type": "string"}),
            json!({
                "Price": {"oneOf": [{"$ref": "#/components/schemas/Fixed"}, {"$ref": "#/components/schemas/Custom"}], "discriminator": {"propertyName": "kind"}},
                "Fixed": member("fixed", "amount"),
                "Custom": member("custom", "minimum")
            }),
        );
        // Renamed, reordered, written as 3.1 `const`: the same shape, so nothing but harmless.
        let renamed = doc(
            json!({"anyOf": [{"$ref": "#/components/schemas/B"}, {"$ref": "#/components/schemas/A"}]}),
            json!({"type": "string"}),
            json!({
                "A": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "const": "fixed"}, "amount": {"type": "integer"}}},
                "B": member("custom", "minimum")
            }),
        );
        assert_eq!(findings(&ours, &renamed), vec![]);
        // A new member: ours is tagged, so it decodes as `Unknown` (its data is not typed).
        let mut grown = renamed.clone();
        grown["components"]["schemas"]["C"] = member("seat_based", "seats");
        grown["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["anyOf"]
            .as_array_mut()
            .unwrap()
            .push(json!({"$ref": "#/components/schemas/C"}));
        one(ours.clone(), grown, Class::DataDropped, "GET /x → 200 →<kind=seat_based>", "union member");
    }

    #[test]
    fn openapi_3_1_constructs_read_like_3_0() {
        let ours = doc(
            json!({"type": "object", "required": ["n"], "properties": {"n": {"type": "integer", "minimum": 1}, "s": {"type": "string"}}}),
            json!({"type": "string"}),
            json!({}),
        );
        let theirs = doc(
            json!({"type": "object", "required": ["n"], "properties": {"n": {"type": "integer", "exclusiveMinimum": 0}, "s": {"type": ["string", "null"]}}}),
            json!({"type": "string"}),
            json!({}),
        );
        // `exclusiveMinimum: 0` is `minimum: 1` for integers; `[string, null]` is a nullable string.
        one(ours, theirs, Class::FailsToDecode, "GET /x → 200 → s", "allows null");
        // Each read through the load stage's normaliser, as `compare` reads a document.
        let read = |schema: Value| {
            let doc = as_3_0(&json!({"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"X": schema}}}));
            shape(&doc, &doc["components"]["schemas"]["X"])
        };
        assert_eq!(
            read(json!({"type": "integer", "nullable": true, "minimum": 0, "exclusiveMinimum": true})),
            read(json!({"type": ["integer", "null"], "exclusiveMinimum": 0}))
        );
        assert_eq!(read(json!({"const": "fixed", "type": "string"})), read(json!({"type": "string", "enum": ["fixed"]})));
        assert_eq!(read(json!({"anyOf": [{"type": "string"}, {"type": "null"}]})), read(json!({"type": "string", "nullable": true})));
        // A property that is only ever `null` ("Omitted.") constrains nothing.
        assert_eq!(read(json!({"type": "null", "description": "Omitted."})), Shape::Any);
    }

    #[test]
    fn servers_and_security_are_compared() {
        let mut ours = doc(json!({"type": "string"}), json!({"type": "string"}), json!({}));
        let mut theirs = ours.clone();
        ours["servers"] = json!([{"url": "https://api.example.com/"}]);
        theirs["servers"] = json!([{"url": "https://api.example.com"}, {"url": "https://sandbox.example.com"}]);
        theirs["components"]["securitySchemes"] = json!({"key": {"type": "apiKey", "in": "header", "name": "X-Key"}});
        theirs["security"] = json!([{"key": []}]);
        let report = compare(&ours, &theirs, &[]);
        let servers: Vec<&Finding> = report.findings.iter().filter(|f| f.path == "servers").collect();
        assert_eq!((servers.len(), servers[0].theirs.as_str()), (1, "https://sandbox.example.com"));
        one(ours, theirs, Class::RequestCannotBeExpressed, "GET /x → security", "no authentication");
    }

    #[test]
    fn deviations_are_honoured_and_stale_ones_reported() {
        let id = json!({"type": "string"});
        let ours = doc(object(json!({"id": id}), &["id"]), json!({"type": "string"}), json!({}));
        let theirs = doc(object(json!({"id": id, "note": {"type": "string"}}), &["id"]), json!({"type": "string"}), json!({}));
        let deviation =
            |path: &str| Deviation { path: path.into(), what: "not modelled".into(), why: "on purpose".into(), evidence: String::new() };
        let report = compare(&ours, &theirs, &[deviation("GET /x → 200 → note"), deviation("GET /x → 200 → gone")]);
        assert!(!report.is_breaking(), "{report}");
        assert_eq!(
            report.findings.iter().find(|f| f.path == "GET /x → 200 → note").and_then(|f| f.declared.as_deref()),
            Some("on purpose")
        );
        assert_eq!(report.stale.len(), 1);
        assert!(report.to_string().contains("stale deviations, matching nothing (1):\n  GET /x → 200 → gone"), "{report}");
        assert!(compare(&ours, &theirs, &[]).is_breaking());
    }

    /// A finding met in several operations is shown once with them, and a long value list as its
    /// size, its first values and what each side lacks; `--json` keeps everything.
    #[test]
    fn the_report_shows_each_finding_once_and_summarizes_long_value_lists() {
        let country = |values: &[&str]| json!({"type": "string", "enum": values});
        let many: Vec<String> = (0..40).map(|i| format!("C{i:02}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let ours =
            doc(object(json!({"country": country(&many[..38])}), &[]), object(json!({"country": {"type": "string"}}), &[]), json!({}));
        let mut theirs = doc(object(json!({"country": country(&many)}), &[]), object(json!({"country": country(&many)}), &[]), json!({}));
        theirs["paths"]["/y"] = theirs["paths"]["/x"].clone();
        let mut ours = ours;
        ours["paths"]["/y"] = ours["paths"]["/x"].clone();
        let report = compare(&ours, &theirs, &[]);
        let text = report.to_string();
        assert!(text.contains("  body.country: the server accepts only some values\n      in:        POST /x, POST /y\n"), "{text}");
        assert!(text.contains("      published: 40 values: \"C00\"|\"C01\"|\"C02\"|\"C03\"|\"C04\"|\"C05\"|…\n"), "{text}");
        assert_eq!(text.matches("body.country: the server accepts only some values").count(), 1, "{text}");
        // Harmless (responses keep unknown values) but both sides' lists: what each lacks.
        let harmless = report.findings.iter().find(|f| f.class == Class::Harmless && f.path.ends_with("200 → country")).unwrap();
        assert!(sides(harmless).contains("      only published: \"C38\"|\"C39\"\n"), "{}", sides(harmless));
        assert_eq!(report.findings.iter().filter(|f| f.what == "the server accepts only some values").count(), 2);
    }
}
