//! The OpenAPI and HTTP vocabulary every stage shares: one method type, one status type with
//! its reason phrases, how progenitor ranks a media type, JSON-pointer escaping and the one
//! local `$ref` resolver.

/// An HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`.
    Get,
    /// `PUT`.
    Put,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
    /// `OPTIONS`.
    Options,
    /// `HEAD`.
    Head,
    /// `PATCH`.
    Patch,
    /// `TRACE`.
    Trace,
}

impl Method {
    /// The keys of a path item that name an operation, in the order OpenAPI lists them.
    pub const KEYS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// The method of a path item's key (`get`, `post`, …).
    pub fn from_key(key: &str) -> Option<Method> {
        Some(match key {
            "get" => Method::Get,
            "put" => Method::Put,
            "post" => Method::Post,
            "delete" => Method::Delete,
            "options" => Method::Options,
            "head" => Method::Head,
            "patch" => Method::Patch,
            "trace" => Method::Trace,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        })
    }
}

/// A documented response status: one code, a class (`4XX`), or `default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// One code, e.g. `404`.
    Code(u16),
    /// A class, e.g. `4XX` (the digit is 4).
    Range(u8),
    /// `default`.
    Default,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Code(code) => write!(f, "{code}"),
            Status::Range(class) => write!(f, "{class}XX"),
            Status::Default => f.write_str("default"),
        }
    }
}

/// The standard reason phrase of a status (`404` → `not found`), for the names of the success
/// and error variants.
pub fn reason_phrase(code: u16) -> Option<&'static str> {
    Some(match code {
        200 => "ok",
        201 => "created",
        202 => "accepted",
        203 => "non authoritative information",
        204 => "no content",
        205 => "reset content",
        206 => "partial content",
        207 => "multi status",
        400 => "bad request",
        401 => "unauthorized",
        402 => "payment required",
        403 => "forbidden",
        404 => "not found",
        405 => "method not allowed",
        409 => "conflict",
        410 => "gone",
        413 => "payload too large",
        415 => "unsupported media type",
        422 => "unprocessable entity",
        429 => "too many requests",
        500 => "internal server error",
        502 => "bad gateway",
        503 => "service unavailable",
        504 => "gateway timeout",
        _ => return None,
    })
}

/// How well progenitor 0.15 handles a media type: 0 JSON, 1 another JSON type (`+json`), 2 a
/// wildcard (taken as JSON), 3 a type it sends or reads as text or bytes, 4 anything else.
pub fn media_rank(media: &str) -> u8 {
    let essence = media.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/json" => 0,
        e if e.ends_with("+json") => 1,
        "*/*" | "application/*" => 2,
        "application/octet-stream" | "application/x-www-form-urlencoded" | "text/plain" => 3,
        _ => 4,
    }
}

/// Escapes one JSON-pointer reference token (RFC 6901).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Resolves a local `$ref` (`#/...`) in the raw document.
pub fn resolve<'a>(raw: &'a serde_json::Value, reference: &str) -> Option<&'a serde_json::Value> {
    raw.pointer(reference.strip_prefix('#')?)
}
