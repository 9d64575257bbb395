//! The generator's one error type: what went wrong, in which file, at which node.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

/// What kind of problem stopped generation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file could not be read or written.
    Io,
    /// The file is not well-formed YAML or JSON.
    Syntax,
    /// The document is not an OpenAPI 3.0 or 3.1 document.
    NotOpenApi,
    /// The document is OpenAPI but breaks its rules in a way we cannot work around.
    InvalidSpec,
    /// A `$ref` that points nowhere, or somewhere we do not follow.
    BadReference,
    /// The spec is valid but uses something the generator does not support.
    Unsupported,
    /// An option of the generator (crate name, version, client setting) cannot work.
    Config,
    /// The emitted code did not parse as Rust: a bug in the generator.
    Emit,
}

impl ErrorKind {
    fn label(self) -> &'static str {
        match self {
            ErrorKind::Io => "cannot read or write",
            ErrorKind::Syntax => "malformed document",
            ErrorKind::NotOpenApi => "not an OpenAPI 3.x document",
            ErrorKind::InvalidSpec => "invalid OpenAPI",
            ErrorKind::BadReference => "bad reference",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::Config => "unusable option",
            ErrorKind::Emit => "internal error while emitting",
        }
    }
}

/// An error that names its place: the file, the JSON pointer of the node, and where the
/// parser knows them, the line and column. Boxed, so that `Result`s stay small; its fields
/// are read through `Deref` (`error.kind`, `error.pointer`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(Box<ErrorData>);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorData {
    pub kind: ErrorKind,
    pub message: String,
    pub file: Option<PathBuf>,
    /// JSON pointer of the offending node, e.g. `#/components/schemas/Foo/properties/bar`.
    pub pointer: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// One sentence on what to do about it.
    pub hint: Option<String>,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error(Box::new(ErrorData {
            kind,
            message: message.into(),
            file: None,
            pointer: None,
            line: None,
            column: None,
            hint: None,
        }))
    }

    pub fn at(mut self, pointer: impl Into<String>) -> Self {
        self.0.pointer = Some(pointer.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.0.hint = Some(hint.into());
        self
    }

    pub fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        if self.0.file.is_none() {
            self.0.file = Some(file.into());
        }
        self
    }

    pub fn at_line(mut self, line: usize, column: usize) -> Self {
        self.0.line = Some(line);
        self.0.column = Some(column);
        self
    }
}

impl std::ops::Deref for Error {
    type Target = ErrorData;

    fn deref(&self) -> &ErrorData {
        &self.0
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}: {}", self.kind.label(), self.message)?;
        if let Some(file) = &self.file {
            write!(f, "\n  --> {}", file.display())?;
            if let (Some(line), Some(column)) = (self.line, self.column) {
                write!(f, ":{line}:{column}")?;
            }
        }
        if let Some(pointer) = &self.pointer {
            write!(f, "\n   at {pointer}")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Appends one reference token to a JSON pointer, escaping `~` and `/` as RFC 6901 says.
/// Lowering builds one for every schema and property, so it is built with pushes, not
/// `format!` and two `replace`s.
pub fn pointer_push(pointer: &str, token: &str) -> String {
    let escapes = escapes(token);
    let mut out = String::with_capacity(pointer.len() + 1 + token.len() + escapes);
    out.push_str(pointer);
    push_token(&mut out, token, escapes);
    out
}

/// Appends several reference tokens at once (`properties` and a name): one string, where
/// nested [`pointer_push`]es made one for each token.
pub fn pointer_push_all(pointer: &str, tokens: &[&str]) -> String {
    let room: usize = tokens
        .iter()
        .map(|token| 1 + token.len() + escapes(token))
        .sum();
    let mut out = String::with_capacity(pointer.len() + room);
    out.push_str(pointer);
    for token in tokens {
        push_token(&mut out, token, escapes(token));
    }
    out
}

/// How many characters of a token are escaped: each adds one (path templates hold several
/// `/`), which a pointer is given room for.
fn escapes(token: &str) -> usize {
    token.bytes().filter(|b| matches!(b, b'~' | b'/')).count()
}

/// `/` and the token, its `escapes` escaped: the text between two escaped characters
/// copied whole.
fn push_token(out: &mut String, token: &str, escapes: usize) {
    out.push('/');
    if escapes == 0 {
        out.push_str(token);
        return;
    }
    let mut copied = 0;
    for (at, byte) in token.bytes().enumerate() {
        let escaped = match byte {
            b'~' => "~0",
            b'/' => "~1",
            _ => continue,
        };
        out.push_str(&token[copied..at]);
        out.push_str(escaped);
        copied = at + 1;
    }
    out.push_str(&token[copied..]);
}

/// Things accepted but dubious, grouped by message so each is reported once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Warnings {
    by_message: BTreeMap<String, Vec<String>>,
}

impl Warnings {
    pub fn push(&mut self, message: impl Into<String>, pointer: impl Into<String>) {
        self.by_message
            .entry(message.into())
            .or_default()
            .push(pointer.into());
    }

    pub fn is_empty(&self) -> bool {
        self.by_message.is_empty()
    }

    /// `later`'s warnings after these, as if pushed here in their order.
    pub(crate) fn append(&mut self, later: Warnings) {
        for (message, places) in later.by_message {
            self.by_message.entry(message).or_default().extend(places);
        }
    }

    /// One line per kind of warning, with how often and where first.
    pub fn summary(&self) -> Vec<String> {
        self.by_message
            .iter()
            .map(|(message, places)| match places.as_slice() {
                [only] => format!("warning: {message} (at {only})"),
                [first, rest @ ..] => {
                    format!(
                        "warning: {message} ({} places, first at {first})",
                        rest.len() + 1
                    )
                }
                [] => format!("warning: {message}"),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::{pointer_push, pointer_push_all};

    #[test]
    fn a_pointers_token_escapes_tilde_then_slash() {
        assert_eq!(pointer_push("#/paths", "/a/{b}"), "#/paths/~1a~1{b}");
        assert_eq!(pointer_push("#", "~1/~"), "#/~01~1~0");
        assert_eq!(pointer_push("#/x", ""), "#/x/");
        assert_eq!(pointer_push("#", "plain"), "#/plain");
        assert_eq!(
            pointer_push_all("#/paths", &["/a/{b}", "get", "~x"]),
            pointer_push(
                &pointer_push(&pointer_push("#/paths", "/a/{b}"), "get"),
                "~x"
            )
        );
    }
}
