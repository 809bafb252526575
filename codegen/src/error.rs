//! The pipeline's error type: every failure names the spec file and, where it has one, the line,
//! column and JSON pointer of the construct at fault.

use std::fmt;
use std::path::PathBuf;

/// A place in a spec file: the file as the user named it, a 1-based line and column when known,
/// and the JSON pointer (RFC 6901, written `#/paths/~1v1~1checkouts~1/get`) when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The spec file, as given to the loader (usually relative to the repository root).
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// JSON pointer into the document, without the leading `#`; empty for the document root.
    pub pointer: Option<String>,
}

impl Location {
    /// A location that names only the file.
    pub fn file(file: impl Into<String>) -> Self {
        Location { file: file.into(), line: None, column: None, pointer: None }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        if let Some(pointer) = &self.pointer {
            write!(f, " (at #{pointer})")?;
        }
        Ok(())
    }
}

/// One validation finding: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is.
    pub location: Location,
    /// What is wrong, and where it helps, what to write instead.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Every way the pipeline can fail. No input makes the pipeline panic; each case is one of these.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec file could not be read.
    #[error("{}: cannot read the spec: {source}", path.display())]
    Read {
        /// The path that was read.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{location}: the spec is not valid UTF-8 (first bad byte at offset {offset})")]
    NotUtf8 {
        /// Where the first invalid byte is.
        location: Location,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The file is not well-formed YAML.
    #[error("{location}: invalid YAML: {message}")]
    Yaml {
        /// Where the parser stopped.
        location: Location,
        /// The parser's message.
        message: String,
    },
    /// The YAML is well-formed but is not an OpenAPI 3.0 document (wrong type or missing field).
    #[error("{location}: not a valid OpenAPI 3.0 document: {message}")]
    Structure {
        /// Where the deserializer stopped.
        location: Location,
        /// What it expected.
        message: String,
    },
    /// The document parsed but breaks rules that the pipeline relies on. All problems are listed.
    #[error("{file}: {} problem{} found:\n{}", problems.len(), if problems.len() == 1 { "" } else { "s" }, render_problems(problems))]
    Invalid {
        /// The spec file.
        file: String,
        /// Every problem found, in document order.
        problems: Vec<Problem>,
    },
    /// progenitor refused the prepared document (or, as a last resort, panicked on it).
    #[error("{location}: progenitor could not generate a client: {message}")]
    Generate {
        /// The spec file (progenitor reports no finer location).
        location: Location,
        /// progenitor's message.
        message: String,
    },
    /// A stage of this toolchain (not progenitor) failed on a document the check stage accepted: a
    /// bug here, reported with the stage to blame rather than as progenitor's refusal.
    #[error("{location}: internal error in the {stage} stage (please report it with the spec): {message}")]
    Internal {
        /// The stage: `model`, `generate` or `emit`.
        stage: &'static str,
        /// The spec file.
        location: Location,
        /// What went wrong.
        message: String,
    },
    /// The generated tokens are not a valid Rust file (a bug in a generation stage).
    #[error("{location}: generated code does not parse as Rust: {message}")]
    Format {
        /// The spec file the code was generated from.
        location: Location,
        /// syn's message.
        message: String,
    },
}

fn render_problems(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n")
}

/// The pipeline's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::{Error, Location};

    /// A bug in one of this toolchain's stages names the stage, not progenitor.
    #[test]
    fn an_internal_failure_names_its_stage() {
        let error = Error::Internal { stage: "emit", location: Location::file("spec/x.yaml"), message: "no struct `Foo`".into() };
        assert_eq!(error.to_string(), "spec/x.yaml: internal error in the emit stage (please report it with the spec): no struct `Foo`");
    }
}
