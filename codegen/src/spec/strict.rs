//! Strict reading of an OpenAPI 3.0 document: every key of every OpenAPI object must be one the
//! specification defines (or an `x-` extension), every schema `type` and `format` must be known,
//! and `required` may only name declared properties. A typo (`nulable`, `format: datetime`, a
//! property outdented out of `properties:`) is otherwise silently ignored by the parsers below and
//! changes the generated client without a word. Each problem has its location and, where a known
//! word is close, a did-you-mean.

use serde_json::{Map, Value};

use crate::error::Problem;
use crate::spec::{Spec, escape};

/// What an OpenAPI object is, for the keys it may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Document,
    Info,
    Contact,
    License,
    Server,
    ServerVariable,
    PathItem,
    Operation,
    Parameter,
    Header,
    RequestBody,
    MediaType,
    Encoding,
    Response,
    Components,
    SecurityScheme,
    OAuthFlows,
    OAuthFlow,
    Tag,
    ExternalDocs,
    Example,
    Link,
    Schema,
    Discriminator,
    Xml,
}

/// How the value under a key is read.
#[derive(Clone, Copy)]
enum Child {
    /// Data (an example, a default, enum values, a scalar): not walked.
    Data,
    /// One object of this kind.
    One(Kind),
    /// A list of objects of this kind.
    List(Kind),
    /// A map from names to objects of this kind.
    Map(Kind),
    /// `paths`: path templates to path items.
    Paths,
    /// `responses`: status codes to responses.
    Responses,
    /// `callbacks`: names to expressions to path items.
    Callbacks,
    /// `additionalProperties`: a boolean or a schema.
    BoolOrSchema,
}

/// The keys `kind` may have, each with how its value is read.
fn keys(kind: Kind) -> &'static [(&'static str, Child)] {
    use Child::*;
    use Kind as K;
    match kind {
        K::Document => &[
            ("openapi", Data),
            ("info", One(K::Info)),
            ("servers", List(K::Server)),
            ("paths", Paths),
            ("components", One(K::Components)),
            ("security", Data),
            ("tags", List(K::Tag)),
            ("externalDocs", One(K::ExternalDocs)),
        ],
        K::Info => &[
            ("title", Data),
            ("description", Data),
            ("termsOfService", Data),
            ("contact", One(K::Contact)),
            ("license", One(K::License)),
            ("version", Data),
        ],
        K::Contact => &[("name", Data), ("url", Data), ("email", Data)],
        K::License => &[("name", Data), ("url", Data)],
        K::Server => &[("url", Data), ("description", Data), ("variables", Map(K::ServerVariable))],
        K::ServerVariable => &[("enum", Data), ("default", Data), ("description", Data)],
        K::PathItem => &[
            ("$ref", Data),
            ("summary", Data),
            ("description", Data),
            ("get", One(K::Operation)),
            ("put", One(K::Operation)),
            ("post", One(K::Operation)),
            ("delete", One(K::Operation)),
            ("options", One(K::Operation)),
            ("head", One(K::Operation)),
            ("patch", One(K::Operation)),
            ("trace", One(K::Operation)),
            ("servers", List(K::Server)),
            ("parameters", List(K::Parameter)),
        ],
        K::Operation => &[
            ("tags", Data),
            ("summary", Data),
            ("description", Data),
            ("externalDocs", One(K::ExternalDocs)),
            ("operationId", Data),
            ("parameters", List(K::Parameter)),
            ("requestBody", One(K::RequestBody)),
            ("responses", Responses),
            ("callbacks", Callbacks),
            ("deprecated", Data),
            ("security", Data),
            ("servers", List(K::Server)),
        ],
        K::Parameter => &[
            ("name", Data),
            ("in", Data),
            ("description", Data),
            ("required", Data),
            ("deprecated", Data),
            ("allowEmptyValue", Data),
            ("style", Data),
            ("explode", Data),
            ("allowReserved", Data),
            ("schema", One(K::Schema)),
            ("example", Data),
            ("examples", Map(K::Example)),
            ("content", Map(K::MediaType)),
        ],
        K::Header => &[
            ("description", Data),
            ("required", Data),
            ("deprecated", Data),
            ("allowEmptyValue", Data),
            ("style", Data),
            ("explode", Data),
            ("allowReserved", Data),
            ("schema", One(K::Schema)),
            ("example", Data),
            ("examples", Map(K::Example)),
            ("content", Map(K::MediaType)),
        ],
        K::RequestBody => &[("description", Data), ("content", Map(K::MediaType)), ("required", Data)],
        K::MediaType => &[("schema", One(K::Schema)), ("example", Data), ("examples", Map(K::Example)), ("encoding", Map(K::Encoding))],
        K::Encoding => &[("contentType", Data), ("headers", Map(K::Header)), ("style", Data), ("explode", Data), ("allowReserved", Data)],
        K::Response => &[("description", Data), ("headers", Map(K::Header)), ("content", Map(K::MediaType)), ("links", Map(K::Link))],
        K::Components => &[
            ("schemas", Map(K::Schema)),
            ("responses", Map(K::Response)),
            ("parameters", Map(K::Parameter)),
            ("examples", Map(K::Example)),
            ("requestBodies", Map(K::RequestBody)),
            ("headers", Map(K::Header)),
            ("securitySchemes", Map(K::SecurityScheme)),
            ("links", Map(K::Link)),
            ("callbacks", Callbacks),
        ],
        K::SecurityScheme => &[
            ("type", Data),
            ("description", Data),
            ("name", Data),
            ("in", Data),
            ("scheme", Data),
            ("bearerFormat", Data),
            ("flows", One(K::OAuthFlows)),
            ("openIdConnectUrl", Data),
        ],
        K::OAuthFlows => &[
            ("implicit", One(K::OAuthFlow)),
            ("password", One(K::OAuthFlow)),
            ("clientCredentials", One(K::OAuthFlow)),
            ("authorizationCode", One(K::OAuthFlow)),
        ],
        K::OAuthFlow => &[("authorizationUrl", Data), ("tokenUrl", Data), ("refreshUrl", Data), ("scopes", Data)],
        K::Tag => &[("name", Data), ("description", Data), ("externalDocs", One(K::ExternalDocs))],
        K::ExternalDocs => &[("description", Data), ("url", Data)],
        K::Example => &[("summary", Data), ("description", Data), ("value", Data), ("externalValue", Data)],
        K::Link => &[
            ("operationRef", Data),
            ("operationId", Data),
            ("parameters", Data),
            ("requestBody", Data),
            ("description", Data),
            ("server", One(K::Server)),
        ],
        K::Schema => &[
            ("title", Data),
            ("multipleOf", Data),
            ("maximum", Data),
            ("exclusiveMaximum", Data),
            ("minimum", Data),
            ("exclusiveMinimum", Data),
            ("maxLength", Data),
            ("minLength", Data),
            ("pattern", Data),
            ("maxItems", Data),
            ("minItems", Data),
            ("uniqueItems", Data),
            ("maxProperties", Data),
            ("minProperties", Data),
            ("required", Data),
            ("enum", Data),
            ("type", Data),
            ("allOf", List(K::Schema)),
            ("oneOf", List(K::Schema)),
            ("anyOf", List(K::Schema)),
            ("not", One(K::Schema)),
            ("items", One(K::Schema)),
            ("properties", Map(K::Schema)),
            ("additionalProperties", BoolOrSchema),
            ("description", Data),
            ("format", Data),
            ("default", Data),
            ("nullable", Data),
            ("discriminator", One(K::Discriminator)),
            ("readOnly", Data),
            ("writeOnly", Data),
            ("xml", One(K::Xml)),
            ("externalDocs", One(K::ExternalDocs)),
            ("example", Data),
            ("deprecated", Data),
        ],
        K::Discriminator => &[("propertyName", Data), ("mapping", Data)],
        K::Xml => &[("name", Data), ("namespace", Data), ("prefix", Data), ("attribute", Data), ("wrapped", Data)],
    }
}

/// What a kind is called in messages.
fn noun(kind: Kind) -> &'static str {
    match kind {
        Kind::Document => "the document",
        Kind::Info => "`info`",
        Kind::Contact => "a contact",
        Kind::License => "a license",
        Kind::Server => "a server",
        Kind::ServerVariable => "a server variable",
        Kind::PathItem => "a path item",
        Kind::Operation => "an operation",
        Kind::Parameter => "a parameter",
        Kind::Header => "a header",
        Kind::RequestBody => "a request body",
        Kind::MediaType => "a media type",
        Kind::Encoding => "an encoding",
        Kind::Response => "a response",
        Kind::Components => "`components`",
        Kind::SecurityScheme => "a security scheme",
        Kind::OAuthFlows => "OAuth flows",
        Kind::OAuthFlow => "an OAuth flow",
        Kind::Tag => "a tag",
        Kind::ExternalDocs => "external docs",
        Kind::Example => "an example",
        Kind::Link => "a link",
        Kind::Schema => "a schema",
        Kind::Discriminator => "a discriminator",
        Kind::Xml => "an XML object",
    }
}

/// The schema types OpenAPI 3.0 defines.
const TYPES: [&str; 6] = ["array", "boolean", "integer", "number", "object", "string"];

/// The formats this toolchain knows: OpenAPI's, JSON Schema's, and the integer widths typify
/// maps to Rust types. Others need declaring in the document's `x-formats` list.
const FORMATS: [&str; 34] = [
    "binary",
    "byte",
    "date",
    "date-time",
    "decimal",
    "double",
    "duration",
    "email",
    "float",
    "hostname",
    "idn-email",
    "idn-hostname",
    "int8",
    "int16",
    "int32",
    "int64",
    "ip",
    "ipv4",
    "ipv6",
    "iri",
    "iri-reference",
    "password",
    "regex",
    "time",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uri",
    "uri-reference",
    "uri-template",
    "uuid",
    "uuid4",
];

/// Checks the whole document; pushes a located problem for each unknown key, type or format and
/// each `required` entry naming no declared property.
pub(crate) fn check(spec: &Spec, problems: &mut Vec<Problem>) {
    let custom: Vec<&str> = spec.raw.get("x-formats").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    let mut walk = Walk { spec, problems, custom };
    walk.node(&spec.raw, "", Kind::Document);
}

struct Walk<'a> {
    spec: &'a Spec,
    problems: &'a mut Vec<Problem>,
    custom: Vec<&'a str>,
}

impl Walk<'_> {
    fn node(&mut self, node: &Value, pointer: &str, kind: Kind) {
        let Some(map) = node.as_object() else { return };
        // A reference stands for the object: beside `$ref`, only `summary` and `description`
        // (which 3.1 allows and 3.0 tools ignore).
        if map.contains_key("$ref") && kind != Kind::PathItem {
            for key in map.keys().filter(|k| !k.starts_with("x-") && !matches!(k.as_str(), "$ref" | "summary" | "description")) {
                self.problems.push(self.spec.problem(
                    &format!("{pointer}/{}", escape(key)),
                    format!("`{key}` beside `$ref` is ignored: a reference stands for the whole object (wrap it in `allOf` to add to it)"),
                ));
            }
            return;
        }
        let allowed = keys(kind);
        for (key, value) in map {
            if key.starts_with("x-") {
                continue;
            }
            let here = format!("{pointer}/{}", escape(key));
            let Some((_, child)) = allowed.iter().find(|(name, _)| name == key) else {
                self.unknown_key(&here, key, value, kind, allowed);
                continue;
            };
            self.child(value, &here, *child);
        }
        if kind == Kind::Schema {
            self.schema(map, pointer);
        }
    }

    fn child(&mut self, value: &Value, pointer: &str, child: Child) {
        match child {
            Child::Data => {}
            Child::One(kind) => self.node(value, pointer, kind),
            Child::List(kind) => {
                for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                    self.node(item, &format!("{pointer}/{i}"), kind);
                }
            }
            Child::Map(kind) => {
                for (name, item) in value.as_object().into_iter().flatten() {
                    if !(name.starts_with("x-") && kind != Kind::Schema) {
                        self.node(item, &format!("{pointer}/{}", escape(name)), kind);
                    }
                }
            }
            Child::Paths => {
                for (path, item) in value.as_object().into_iter().flatten().filter(|(p, _)| !p.starts_with("x-")) {
                    self.node(item, &format!("{pointer}/{}", escape(path)), Kind::PathItem);
                }
            }
            Child::Responses => {
                for (status, item) in value.as_object().into_iter().flatten().filter(|(s, _)| !s.starts_with("x-")) {
                    self.node(item, &format!("{pointer}/{}", escape(status)), Kind::Response);
                }
            }
            Child::Callbacks => {
                for (name, callback) in value.as_object().into_iter().flatten() {
                    for (expression, item) in callback.as_object().into_iter().flatten().filter(|(e, _)| !e.starts_with("x-")) {
                        self.node(item, &format!("{pointer}/{}/{}", escape(name), escape(expression)), Kind::PathItem);
                    }
                }
            }
            Child::BoolOrSchema => {
                if value.is_object() {
                    self.node(value, pointer, Kind::Schema);
                }
            }
        }
    }

    /// An unknown key is refused when it is evidently a mistake: a near miss of a known key
    /// (`nulable`), or a schema sitting where a keyword belongs (a property outdented out of
    /// `properties:`). Any other is ignored, as progenitor ignores it: published specs carry
    /// stray keys (`type` on a response) that change nothing.
    fn unknown_key(&mut self, pointer: &str, key: &str, value: &Value, kind: Kind, allowed: &[(&str, Child)]) {
        let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).collect();
        let looks_like_schema = value
            .as_object()
            .is_some_and(|m| ["type", "$ref", "properties", "items", "enum", "allOf", "oneOf", "anyOf"].iter().any(|k| m.contains_key(*k)));
        let hint = match closest(key, &names) {
            Some(best) => format!("; did you mean `{best}`?"),
            None if kind == Kind::Schema && looks_like_schema => "; a property belongs under `properties:`".to_owned(),
            None => return,
        };
        self.problems.push(self.spec.problem(pointer, format!("unknown key `{key}` in {}{hint} (extensions start with `x-`)", noun(kind))));
    }

    /// `type`, `format` and `required` of a schema.
    fn schema(&mut self, map: &Map<String, Value>, pointer: &str) {
        if let Some(ty) = map.get("type") {
            match ty.as_str() {
                Some(t) if TYPES.contains(&t) => {}
                Some(t) => {
                    let hint = closest(t, &TYPES).map(|b| format!("; did you mean `{b}`?")).unwrap_or_default();
                    self.problems.push(
                        self.spec.problem(&format!("{pointer}/type"), format!("unknown type `{t}`{hint} (known: {})", TYPES.join(", "))),
                    );
                }
                None => self.problems.push(
                    self.spec.problem(&format!("{pointer}/type"), "`type` must be one name in OpenAPI 3.0 (use `nullable: true` for null)"),
                ),
            }
        }
        // A format close to a known one is a typo and refused; any other unknown format is
        // OpenAPI's open vocabulary (`color`, `ipvanyaddress`) and generates as a plain string.
        if let Some(format) = map.get("format").and_then(Value::as_str)
            && !FORMATS.contains(&format)
            && !self.custom.contains(&format)
            && let Some(likely) = closest(format, &FORMATS)
        {
            let hint = format!("; did you mean `{likely}`?");
            self.problems.push(self.spec.problem(
                &format!("{pointer}/format"),
                format!(
                    "unknown format `{format}`{hint} (known: {}; declare a custom one in the document's `x-formats` list)",
                    FORMATS.join(", ")
                ),
            ));
        }
        // `required` names declared properties, unless the schema composes others (`allOf`,
        // `anyOf`, `oneOf`: the names may be declared there) or itself declares
        // `additionalProperties` (any key may come). An undeclared name would otherwise become a
        // required field of type `serde_json::Value` that no real body has.
        if let (Some(Value::Array(required)), Some(Value::Object(properties))) = (map.get("required"), map.get("properties"))
            && !["allOf", "anyOf", "oneOf"].iter().any(|key| map.contains_key(*key))
            && !map.get("additionalProperties").is_some_and(|a| a != &Value::Bool(false))
        {
            let declared: Vec<&str> = properties.keys().map(String::as_str).collect();
            for (i, name) in required.iter().enumerate() {
                if let Some(name) = name.as_str()
                    && !properties.contains_key(name)
                {
                    let hint = closest(name, &declared).map(|likely| format!("; did you mean `{likely}`?")).unwrap_or_default();
                    self.problems.push(self.spec.problem(
                        &format!("{pointer}/required/{i}"),
                        format!("`required` names `{name}`, which is not among the properties{hint} (declared: {})", declared.join(", ")),
                    ));
                }
            }
        }
    }
}

/// The word of `known` closest to `word`, if it is close: an edit distance of at most 2, and less
/// than half the word.
fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    let lower = word.to_ascii_lowercase();
    known
        .iter()
        .map(|k| (*k, distance(&lower, &k.to_ascii_lowercase())))
        .filter(|(_, d)| *d <= 2 && *d * 2 < word.chars().count().max(2))
        .min_by_key(|(_, d)| *d)
        .map(|(k, _)| k)
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb)).min(row[j] + 1).min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{closest, distance};

    #[test]
    fn close_words_are_suggested_and_far_ones_not() {
        assert_eq!(distance("nulable", "nullable"), 1);
        assert_eq!(closest("nulable", &["nullable", "enum"]), Some("nullable"));
        assert_eq!(closest("datetime", &["date-time", "date"]), Some("date-time"));
        assert_eq!(closest("strng", &["string", "integer"]), Some("string"));
        assert_eq!(closest("colour", &["nullable", "enum"]), None);
    }
}
