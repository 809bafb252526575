//! Stage 1, *load*: read a YAML spec into [`openapiv3::OpenAPI`], keeping enough of the source to
//! point every later error at a file, line, column and JSON pointer.

pub mod normalize;
pub(crate) mod strict;

use std::collections::HashMap;
use std::path::Path;

use openapiv3::OpenAPI;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::error::{Error, Location, Problem, Result};
pub use crate::openapi::{escape, resolve};

/// A loaded spec: the typed document, the same document as plain JSON (for `$ref` walking), and
/// the line of every node so errors can be located.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The file name used in messages and in the generated header, e.g. `spec/polar-checkouts.yaml`.
    pub name: String,
    /// The typed OpenAPI document.
    pub doc: OpenAPI,
    /// The document as JSON, exactly as written (keys such as `200` become strings).
    pub raw: serde_json::Value,
    /// The source text, kept so the line index can be built when an error first needs it.
    source: std::sync::Arc<str>,
    /// Built on first use: a spec without errors never pays for it.
    lines: std::sync::OnceLock<LineIndex>,
}

impl Spec {
    /// Reads and parses the spec at `path`; `name` is how messages and the generated header name it.
    pub fn load(path: &Path, name: &str) -> Result<Spec> {
        let bytes = std::fs::read(path).map_err(|source| Error::Read { path: path.to_owned(), source })?;
        Spec::parse(name, &bytes)
    }

    /// Parses spec text already in memory; `name` is how messages name it.
    pub fn parse(name: &str, bytes: &[u8]) -> Result<Spec> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let offset = e.valid_up_to();
            let (line, column) = line_col(&bytes[..offset]);
            Error::NotUtf8 { location: Location { file: name.into(), line: Some(line), column: Some(column), pointer: None }, offset }
        })?;
        if text.trim().is_empty() {
            return Err(Error::Structure {
                location: Location { file: name.into(), line: Some(1), column: Some(1), pointer: Some(String::new()) },
                message: "the file is empty; expected an OpenAPI 3.0.x document".into(),
            });
        }
        // Straight into JSON, refusing duplicate keys (tests/corpus/31-duplicate-keys.yaml), which
        // a JSON map would silently overwrite; see [`Json`].
        let mut raw = match serde_yaml::from_str::<Json>(text) {
            Ok(Json(json)) => json,
            // YAML refuses the surrogate-pair escapes JSON allows (`"\ud83d\udc4d"`): a document
            // that is valid JSON is read as JSON.
            Err(e) => match text.trim_start().starts_with('{').then(|| serde_json::from_str::<serde_json::Value>(text).ok()).flatten() {
                Some(json) => json,
                None => return Err(yaml_error(name, &e, &LineIndex::build(text))),
            },
        };
        if crate::spec::normalize::is_3_1(&raw) {
            crate::spec::normalize::to_3_0(&mut raw);
        }
        check_version(name, &raw, text)?;
        // The typed document is read from the JSON tree already built, not by parsing the YAML a
        // second time; the path of a failure is still known, and the line index locates it.
        // Read without tracking the path; only a failure is read again, with it, to locate it.
        let doc: OpenAPI = match <OpenAPI as serde::Deserialize>::deserialize(&raw) {
            Ok(doc) => doc,
            Err(_) => serde_path_to_error::deserialize(&raw).map_err(|e| {
                let pointer = path_to_pointer(e.path());
                let message = strip_location(&e.into_inner().to_string());
                let (pointer, message) = refine(&raw, pointer, message);
                Error::Structure { location: LineIndex::build(text).locate(name, &pointer), message }
            })?,
        };
        Ok(Spec { name: name.into(), doc, raw, source: text.into(), lines: std::sync::OnceLock::new() })
    }

    /// The location of the node at `pointer` (or of its nearest ancestor that exists in the file).
    pub fn locate(&self, pointer: &str) -> Location {
        self.lines.get_or_init(|| LineIndex::build(&self.source)).locate(&self.name, pointer)
    }

    /// The parameter `param` is or refers to (`#/components/parameters/…`); `None` for a dangling
    /// or chained reference, which the check stage's `$ref` walk reports.
    pub fn parameter<'a>(&'a self, param: &'a openapiv3::ReferenceOr<openapiv3::Parameter>) -> Option<&'a openapiv3::Parameter> {
        match param {
            openapiv3::ReferenceOr::Item(p) => Some(p),
            openapiv3::ReferenceOr::Reference { reference } => {
                reference.strip_prefix("#/components/parameters/").and_then(|n| self.doc.components.as_ref()?.parameters.get(n)?.as_item())
            }
        }
    }

    /// A problem located at `pointer`.
    pub fn problem(&self, pointer: &str, message: impl Into<String>) -> Problem {
        Problem { location: self.locate(pointer), message: message.into() }
    }
}

/// A JSON value read straight from YAML, without a `serde_yaml::Value` tree in between (building,
/// converting and freeing that tree was a tenth of a small spec's pipeline). Like that tree, it
/// refuses a key written twice in one mapping; a number or boolean key becomes its text (`200:`
/// → `"200"`), and a YAML tag, which no OpenAPI document has, is an error.
struct Json(serde_json::Value);

impl<'de> serde::Deserialize<'de> for Json {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor).map(Json)
    }
}

/// Builds a [`serde_json::Value`] from whatever the YAML node is.
struct JsonVisitor;

impl<'de> serde::de::Visitor<'de> for JsonVisitor {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a YAML value that JSON can represent")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<Self::Value, E> {
        serde_json::Number::from_f64(v)
            .map(Into::into)
            .ok_or_else(|| E::custom(format_args!("the number {v} cannot be represented as JSON")))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_unit<E>(self) -> std::result::Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_none<E>(self) -> std::result::Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(Json(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(items.into())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Self::Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(Key(key)) = map.next_key()? {
            let Json(value) = map.next_value()?;
            if object.contains_key(&key) {
                // serde_yaml's own wording, which `yaml_error` recognizes to locate the key.
                return Err(serde::de::Error::custom(format_args!("duplicate entry with key {key:?}")));
            }
            object.insert(key, value);
        }
        Ok(object.into())
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, _: A) -> std::result::Result<Self::Value, A::Error> {
        Err(serde::de::Error::custom("a YAML tag (`!name`) has no JSON form and no place in an OpenAPI document"))
    }
}

/// A mapping key as JSON has it: a string, or the text of a number or boolean.
struct Key(String);

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        match deserializer.deserialize_any(JsonVisitor)? {
            serde_json::Value::String(key) => Ok(Key(key)),
            key @ (serde_json::Value::Number(_) | serde_json::Value::Bool(_)) => Ok(Key(key.to_string())),
            other => Err(serde::de::Error::custom(format_args!("a mapping key must be a string, number or boolean, found {other}"))),
        }
    }
}

/// progenitor (and this pipeline) read OpenAPI 3.0.x (a 3.1 document is converted first, see
/// [`crate::normalize`]); say so before another version fails deserialization confusingly.
fn check_version(name: &str, raw: &serde_json::Value, text: &str) -> Result<()> {
    let problem = match raw.get("openapi") {
        Some(serde_json::Value::String(v)) if v.starts_with("3.0.") => return Ok(()),
        Some(serde_json::Value::String(v)) => {
            format!("OpenAPI {v} is not supported; write `openapi: 3.0.3` (3.0.x, or 3.1.x, which is read as 3.0)")
        }
        Some(other) => format!("`openapi` must be a version string such as \"3.0.3\", found {other}"),
        None if raw.is_object() => "missing `openapi: 3.0.x` version field".to_owned(),
        None => "the document is not a mapping; expected an OpenAPI 3.0.x document".to_owned(),
    };
    let pointer = if raw.get("openapi").is_some() { "/openapi" } else { "" };
    let location = LineIndex::build(text).locate(name, pointer);
    Err(Error::Invalid { file: name.into(), problems: vec![Problem { location, message: problem }] })
}

fn yaml_error(name: &str, e: &serde_yaml::Error, lines: &LineIndex) -> Error {
    let message = e.to_string();
    // serde_yaml places a duplicate key at the start of its mapping, and names the mapping by a
    // dotted path; the index knows the duplicate (the later entry) by its pointer and line.
    if let Some(at) = message.find("duplicate entry with key ")
        && let Some(pointer) = &lines.duplicate
    {
        return Error::Yaml { location: lines.locate(name, pointer), message: strip_location(&message[at..]) };
    }
    let location = match e.location() {
        Some(mark) => Location { file: name.into(), line: Some(mark.line()), column: Some(mark.column()), pointer: None },
        None => Location::file(name),
    };
    // Kept whole: a syntax error's message may also say where the unclosed construct began.
    Error::Yaml { location, message }
}

/// serde_yaml appends " at line L column C" to its messages; the location is reported separately.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn line_col(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = prefix.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => pointer.push_str(&format!("/{}", escape(key))),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

/// openapiv3 wraps most nodes in an untagged `ReferenceOr`, whose error hides the real path
/// ("data did not match any variant"). Re-deserialize the node at `pointer` as the concrete type
/// its position implies, descending while that finds a deeper, more precise error.
fn refine(raw: &serde_json::Value, mut pointer: String, mut message: String) -> (String, String) {
    for _ in 0..64 {
        let Some(node) = raw.pointer(&pointer) else { break };
        if node.get("$ref").is_some() {
            break;
        }
        let Some((deeper, text)) = deserialize_as_position(&pointer, node) else { break };
        if deeper.is_empty() && text == message {
            break;
        }
        pointer.push_str(&deeper);
        message = text;
        if deeper.is_empty() {
            break;
        }
    }
    (pointer, message)
}

/// Deserializes `node` as the OpenAPI object expected at `pointer`; the error's relative pointer.
/// Maps and lists of `ReferenceOr` (whose errors carry no path) are searched child by child.
fn deserialize_as_position(pointer: &str, node: &serde_json::Value) -> Option<(String, String)> {
    fn check<T: serde::de::DeserializeOwned>(node: &serde_json::Value) -> Option<(String, String)> {
        serde_path_to_error::deserialize::<_, T>(node).err().map(|e| (path_to_pointer(e.path()), e.into_inner().to_string()))
    }
    let segments: Vec<&str> = pointer.split('/').collect();
    let last = *segments.last()?;
    let parent = segments.len().checked_sub(2).map(|i| segments[i]).unwrap_or("");
    let is_method = crate::openapi::Method::from_key(last).is_some();
    match (parent, last) {
        ("paths", _) if segments.len() == 3 => check::<openapiv3::PathItem>(node),
        _ if is_method && segments.len() == 4 && segments[1] == "paths" => check::<openapiv3::Operation>(node),
        ("schemas" | "properties" | "oneOf" | "anyOf" | "allOf", _) => check::<openapiv3::Schema>(node),
        ("parameters", _) => check::<openapiv3::Parameter>(node),
        ("requestBodies", _) => check::<openapiv3::RequestBody>(node),
        ("responses", _) => check::<openapiv3::Response>(node),
        (_, "schema" | "items" | "additionalProperties" | "not") => check::<openapiv3::Schema>(node),
        (_, "requestBody") => check::<openapiv3::RequestBody>(node),
        (_, "paths" | "schemas" | "responses" | "parameters" | "requestBodies" | "properties" | "oneOf" | "anyOf" | "allOf") => {
            search_children(pointer, node)
        }
        ("", "components") => check::<openapiv3::Components>(node),
        _ => None,
    }
}

fn search_children(pointer: &str, node: &serde_json::Value) -> Option<(String, String)> {
    let children: Vec<(String, &serde_json::Value)> = match node {
        serde_json::Value::Object(map) => map.iter().filter(|(k, _)| !k.starts_with("x-")).map(|(k, v)| (escape(k), v)).collect(),
        serde_json::Value::Array(items) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
        _ => return None,
    };
    children.into_iter().find_map(|(token, child)| {
        if child.get("$ref").is_some() {
            return None;
        }
        let (rel, message) = deserialize_as_position(&format!("{pointer}/{token}"), child)?;
        Some((format!("/{token}{rel}"), message))
    })
}

/// Line and column of every node, keyed by JSON pointer. Mapping entries are located at their key.
#[derive(Debug, Clone, Default)]
struct LineIndex {
    marks: HashMap<String, (usize, usize)>,
    /// The pointer of the first key written twice in one mapping (its mark is the second one's).
    duplicate: Option<String>,
}

impl LineIndex {
    fn build(text: &str) -> LineIndex {
        let mut builder = IndexBuilder::default();
        // The text already parsed with serde_yaml; a failure here only costs line numbers.
        let _ = Parser::new_from_str(text).load(&mut builder, false);
        LineIndex { marks: builder.marks, duplicate: builder.duplicate }
    }

    fn locate(&self, file: &str, pointer: &str) -> Location {
        let mut probe = pointer;
        loop {
            if let Some(&(line, column)) = self.marks.get(probe) {
                return Location { file: file.into(), line: Some(line), column: Some(column), pointer: Some(pointer.into()) };
            }
            match probe.rfind('/') {
                Some(i) => probe = &probe[..i],
                None => return Location { file: file.into(), line: None, column: None, pointer: Some(pointer.into()) },
            }
        }
    }
}

enum Frame {
    Map {
        pointer: String,
        key: Option<String>,
    },
    Seq {
        pointer: String,
        next: usize,
    },
    /// A complex (non-scalar) mapping key; its contents are not addressable by a pointer.
    Skip,
}

#[derive(Default)]
struct IndexBuilder {
    stack: Vec<Frame>,
    marks: HashMap<String, (usize, usize)>,
    duplicate: Option<String>,
}

impl IndexBuilder {
    /// The pointer of the value that starts now, or `None` when the event is a mapping key.
    fn next_value(&mut self, event: &Event, mark: Marker) -> Option<String> {
        let at = (mark.line(), mark.col() + 1);
        match self.stack.last_mut() {
            None => {
                // The document itself starts at the top of the file, whatever its first node.
                self.marks.insert(String::new(), (1, 1));
                Some(String::new())
            }
            Some(Frame::Skip) => None,
            Some(Frame::Seq { pointer, next }) => {
                let child = format!("{pointer}/{next}");
                *next += 1;
                self.marks.insert(child.clone(), at);
                Some(child)
            }
            Some(Frame::Map { pointer, key }) => match key.take() {
                Some(k) => Some(format!("{pointer}/{}", escape(&k))),
                None => {
                    if let Event::Scalar(k, ..) = event {
                        let child = format!("{pointer}/{}", escape(k));
                        if self.marks.insert(child.clone(), at).is_some() && self.duplicate.is_none() {
                            self.duplicate = Some(child);
                        }
                        *key = Some(k.clone());
                    } else {
                        // Non-scalar key: its value follows under a placeholder key.
                        *key = Some(String::from("?"));
                    }
                    None
                }
            },
        }
    }
}

impl MarkedEventReceiver for IndexBuilder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match &event {
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let frame_pointer = self.next_value(&event, mark);
                let is_map = matches!(event, Event::MappingStart(..));
                self.stack.push(match frame_pointer {
                    Some(pointer) if is_map => {
                        self.marks.entry(pointer.clone()).or_insert((mark.line(), mark.col() + 1));
                        Frame::Map { pointer, key: None }
                    }
                    Some(pointer) => {
                        self.marks.entry(pointer.clone()).or_insert((mark.line(), mark.col() + 1));
                        Frame::Seq { pointer, next: 0 }
                    }
                    None => Frame::Skip,
                });
            }
            Event::Scalar(..) | Event::Alias(..) => {
                self.next_value(&event, mark);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a/{id}:\n    get:\n      operationId: a\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema: {type: string}\n      responses:\n        200:\n          description: ok\n";

    #[test]
    fn pointers_map_to_the_line_of_their_key() {
        let spec = Spec::parse("t.yaml", SPEC.as_bytes()).unwrap();
        let at = |p: &str| spec.locate(p).line;
        assert_eq!(at("/info/title"), Some(3));
        assert_eq!(at("/paths/~1a~1{id}/get/operationId"), Some(8));
        assert_eq!(at("/paths/~1a~1{id}/get/parameters/0"), Some(10));
        assert_eq!(at("/paths/~1a~1{id}/get/parameters/0/schema/type"), Some(13));
        assert_eq!(at("/paths/~1a~1{id}/get/responses/200"), Some(15));
        // A pointer that does not exist falls back to its nearest ancestor, but keeps its text.
        let missing = spec.locate("/paths/~1a~1{id}/get/requestBody");
        assert_eq!((missing.line, missing.pointer.as_deref()), (Some(7), Some("/paths/~1a~1{id}/get/requestBody")));
    }

    #[test]
    fn a_yaml_syntax_error_names_file_line_and_column() {
        let err = Spec::parse("bad.yaml", b"openapi: 3.0.3\ninfo: [unclosed\n").unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, Error::Yaml { .. }), "{text}");
        assert!(text.starts_with("bad.yaml:3:1: invalid YAML"), "{text}");
    }

    #[test]
    fn a_wrong_type_names_the_json_pointer() {
        let text = SPEC.replace("operationId: a", "operationId: [a, b]");
        let err = Spec::parse("t.yaml", text.as_bytes()).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, Error::Structure { .. }), "{msg}");
        assert!(msg.contains("t.yaml:8:"), "{msg}");
        assert!(msg.contains("#/paths/~1a~1{id}/get/operationId"), "{msg}");
    }

    #[test]
    fn openapi_3_1_is_read_as_3_0_and_later_versions_are_refused_with_the_fix() {
        let spec = Spec::parse("t.yaml", SPEC.replace("3.0.3", "3.1.0").as_bytes()).unwrap();
        assert_eq!(spec.raw["openapi"], "3.0.3");
        let err = Spec::parse("t.yaml", SPEC.replace("3.0.3", "3.2.0").as_bytes()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.yaml: 1 problem found:\n  - t.yaml:1:1 (at #/openapi): OpenAPI 3.2.0 is not supported; write `openapi: 3.0.3` (3.0.x, or 3.1.x, which is read as 3.0)"
        );
    }

    #[test]
    fn empty_and_non_utf8_files_are_errors_not_panics() {
        assert!(
            Spec::parse("e.yaml", b"  \n")
                .unwrap_err()
                .to_string()
                .contains("e.yaml:1:1 (at #): not a valid OpenAPI 3.0 document: the file is empty")
        );
        let err = Spec::parse("u.yaml", b"openapi: 3.0.3\ninfo: \xff\n").unwrap_err();
        assert_eq!(err.to_string(), "u.yaml:2:7: the spec is not valid UTF-8 (first bad byte at offset 21)");
    }

    #[test]
    fn yaml_becomes_json_as_written_and_a_key_twice_or_a_tag_is_a_located_error() {
        let spec = Spec::parse("t.yaml", SPEC.replace("title: t", "title: t\n  x-n: {1.5: a, true: b, 7: c}").as_bytes()).unwrap();
        assert!(spec.raw["paths"]["/a/{id}"]["get"]["responses"]["200"].is_object(), "a number key becomes its text");
        assert_eq!(spec.raw["info"]["x-n"], serde_json::json!({"1.5": "a", "true": "b", "7": "c"}));
        let nested = SPEC.replace("      operationId: a\n", "      operationId: a\n      summary: s\n      summary: t\n");
        let err = Spec::parse("t.yaml", nested.as_bytes()).unwrap_err().to_string();
        assert_eq!(err, "t.yaml:10:7 (at #/paths/~1a~1{id}/get/summary): invalid YAML: duplicate entry with key \"summary\"");
        let err = Spec::parse("t.yaml", SPEC.replace("title: t", "title: !secret t").as_bytes()).unwrap_err().to_string();
        assert!(err.starts_with("t.yaml:3:") && err.contains("YAML tag"), "{err}");
        let err = Spec::parse("t.yaml", SPEC.replace("title: t", "title: t\n  x-n: {~: a}").as_bytes()).unwrap_err().to_string();
        assert!(err.contains("a mapping key must be a string, number or boolean"), "{err}");
    }
}
