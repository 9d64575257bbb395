// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The one error type of this crate, and the API's own errors.

use std::fmt;
use std::time::Duration;

/// Everything a call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error status (after any retries).
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The API answered with success, but the body is not what the spec describes.
    #[error("HTTP {status}: the response body does not decode at `{path}`: {source}")]
    Decode {
        status: u16,
        /// Where in the body decoding stopped, e.g. `data[0].billing_details` (`.` for the
        /// body itself).
        path: String,
        /// The body as received, for diagnosis.
        body: String,
        #[source]
        source: serde_json::Error,
    },
    /// One event of a stream does not decode; the stream goes on after it.
    #[error("the stream event `{event}` does not decode: {source}")]
    Event {
        event: String,
        /// The event's data as received.
        data: String,
        #[source]
        source: serde_json::Error,
    },
    /// The request breaks a limit of the spec; it was not sent.
    #[error("the request is invalid: {0}")]
    Validation(ValidationErrors),
    /// No answer within the configured timeout (after any retries).
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    /// The connection failed, or another transport error (after any retries).
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request body could not be encoded as JSON.
    #[error("the request body does not encode as JSON: {0}")]
    Encode(#[source] serde_json::Error),
    /// The client's configuration is unusable (a base URL or header that does not parse).
    #[error("client configuration: {0}")]
    Config(String),
    /// An answer (or one event of a stream) was larger than the client's limit; what came
    /// past the limit was not read.
    #[error("{what} is larger than the limit of {limit} bytes")]
    TooLarge { what: &'static str, limit: usize },
}

impl Error {
    /// The API error, if this is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(error) => Some(error),
            _ => None,
        }
    }

    /// The HTTP status, if the API answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(error) => Some(error.status),
            Error::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// What kind of error status the API answered with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiErrorKind {
    /// 400 or 422: the request is malformed or breaks a rule of the API.
    BadRequest,
    /// 401: the API key is missing or wrong.
    Unauthorized,
    /// 403: the key may not do this.
    Forbidden,
    /// 404: no such resource.
    NotFound,
    /// 409: the resource is in a state that conflicts with the request.
    Conflict,
    /// 429: too many requests, or the quota is used up.
    RateLimited,
    /// 5xx: the server failed.
    Server,
    /// Any other status.
    Other,
}

impl ApiErrorKind {
    pub fn from_status(status: u16) -> Self {
        match status {
            400 | 422 => ApiErrorKind::BadRequest,
            401 => ApiErrorKind::Unauthorized,
            403 => ApiErrorKind::Forbidden,
            404 => ApiErrorKind::NotFound,
            409 => ApiErrorKind::Conflict,
            429 => ApiErrorKind::RateLimited,
            500..=599 => ApiErrorKind::Server,
            _ => ApiErrorKind::Other,
        }
    }
}

/// An error answer from the API: its status, its body (typed by `details()`, which the
/// operations module defines with the spec's error schema), and the request id to quote to
/// support.
#[derive(Clone, Debug)]
pub struct ApiError {
    pub status: u16,
    pub kind: ApiErrorKind,
    /// The body as received (an HTML page from a proxy, say).
    pub body: String,
    /// The `x-request-id` response header.
    pub request_id: Option<String>,
    /// How long the server asked to wait, from `retry-after-ms` or `Retry-After`.
    pub retry_after: Option<Duration>,
}

impl ApiError {
    /// The most specific message the body carries: `error.message`, `message`, or the
    /// start of the body itself.
    pub fn message(&self) -> String {
        // `Value`'s own `FromStr`, compiled in serde_json, not its decoder built here again.
        let json: Option<serde_json::Value> = self.body.parse().ok();
        let from_json = json.as_ref().and_then(|value| {
            value
                .pointer("/error/message")
                .or_else(|| value.get("message"))
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned)
        });
        from_json.unwrap_or_else(|| self.body.chars().take(200).collect())
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HTTP {} ({:?}): {}",
            self.status,
            self.kind,
            self.message()
        )?;
        if let Some(id) = &self.request_id {
            write!(f, " [request id {id}]")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// One broken limit, named by the path of the field (`thread.messages[0].content`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    pub path: String,
    pub message: String,
}

/// Every broken limit of one request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {}", error.path, error.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// Where in `body` decoding stopped with `error`, e.g. `data[0].billing_details` (`.` for the
/// body itself): the keys and indices of the values open at the position serde_json gives.
///
/// Worked out from the text after a failure rather than by decoding again with the path
/// tracked (`serde_path_to_error`), which would compile every answer's types a second time,
/// for a second kind of decoder: two fifths of a large crate's machine code went to that.
pub(crate) fn error_path(body: &[u8], error: &serde_json::Error) -> String {
    let Some(at) = last_read(body, error.line(), error.column()) else {
        return ".".to_owned();
    };
    // An error of another text than `body` must not index past its end.
    let at = at.min(body.len());
    let mut scan = PathScan::default();
    for &byte in &body[..at] {
        scan.feed(byte);
    }
    // serde_json's position is the last byte it read, or, for a syntax error, the byte it
    // looked at next.
    match body.get(at) {
        // A `}` or `]` read when the error was found: the object or array itself is at fault
        // (a missing field, no union member matched), not its last entry.
        Some(b'}' | b']') if error.is_data() => scan.path(false),
        Some(b'}' | b']' | b'{' | b'[') if error.is_syntax() => scan.path(true),
        Some(&byte) => {
            scan.feed(byte);
            scan.path(true)
        }
        None => scan.path(true),
    }
}

/// The index of the last byte serde_json read: `column` counts the bytes of `line` read so far.
fn last_read(body: &[u8], line: usize, column: usize) -> Option<usize> {
    let line_start = match line {
        0 => return None,
        1 => 0,
        _ => {
            body.iter()
                .enumerate()
                .filter(|(_, byte)| **byte == b'\n')
                .nth(line - 2)?
                .0
                + 1
        }
    };
    (line_start + column).checked_sub(1)
}

/// A container open at the scanned position, and the entry being read in it.
enum Frame {
    /// In an object: the key of the entry after its `:`, until the `,` that ends it.
    Object { key: Option<String> },
    /// In an array: the entry's index, from the `[` or `,` before it.
    Array { index: usize },
}

/// What the bytes scanned so far leave open.
#[derive(Default)]
struct PathScan {
    frames: Vec<Frame>,
    /// Inside a string; with its bytes if it is an object's key.
    string: Option<Option<Vec<u8>>>,
    escaped: bool,
    /// The last key read, until its `:`.
    pending_key: Option<String>,
}

impl PathScan {
    fn feed(&mut self, byte: u8) {
        if let Some(key) = &mut self.string {
            match (self.escaped, byte) {
                (true, _) => self.escaped = false,
                (false, b'\\') => self.escaped = true,
                (false, b'"') => {
                    self.pending_key = key.take().map(|bytes| unescape(&bytes));
                    self.string = None;
                    return;
                }
                _ => {}
            }
            if let Some(bytes) = key {
                bytes.push(byte);
            }
            return;
        }
        match byte {
            b'"' => self.string = Some(self.expects_key().then(Vec::new)),
            b'{' => self.frames.push(Frame::Object { key: None }),
            b'[' => self.frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => drop(self.frames.pop()),
            b':' => {
                if let Some(Frame::Object { key }) = self.frames.last_mut() {
                    *key = self.pending_key.take();
                }
            }
            b',' => match self.frames.last_mut() {
                Some(Frame::Object { key }) => *key = None,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
    }

    /// Whether a string starting here is an object's key.
    fn expects_key(&self) -> bool {
        matches!(self.frames.last(), Some(Frame::Object { key: None }))
    }

    /// The path of the open entries; of the innermost container's only with `innermost`.
    fn path(&self, innermost: bool) -> String {
        let open = if innermost {
            &self.frames[..]
        } else {
            &self.frames[..self.frames.len().saturating_sub(1)]
        };
        let mut path = String::new();
        for frame in open {
            match frame {
                Frame::Object { key: Some(key) } => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Frame::Object { key: None } => {}
                Frame::Array { index } => {
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                }
            }
        }
        if path.is_empty() {
            path.push('.');
        }
        path
    }
}

/// A key's text from its bytes between the quotes, escapes resolved.
fn unescape(raw: &[u8]) -> String {
    let mut quoted = Vec::with_capacity(raw.len() + 2);
    quoted.push(b'"');
    quoted.extend_from_slice(raw);
    quoted.push(b'"');
    // Read as a `Value` (whose decoder serde_json compiled), not as a `String` from bytes,
    // whose decoder every generated crate would compile for this alone.
    match std::str::from_utf8(&quoted).map(str::parse) {
        Ok(Ok(serde_json::Value::String(key))) => key,
        _ => String::from_utf8_lossy(raw).into_owned(),
    }
}
