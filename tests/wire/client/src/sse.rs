// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Server-sent events: a decoder that frames bytes into events as the WHATWG HTML standard
//! says (LF, CRLF and CR line ends; `:` comments; multi-line `data`; `id` and `retry`;
//! fields and UTF-8 characters split across chunks), and a stream of typed events on top.
//!
//! A small decoder of our own rather than a crate: it is about a hundred lines, has no
//! dependencies, and the crates we looked at differ from the standard at the edges (CR-only
//! line ends, events without data, an unterminated event at the end of the stream).

use std::collections::VecDeque;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::json::FromJson;
use bytes::Bytes;
use futures_core::Stream;

use crate::client::{Client, Request};
use crate::error::Error;
use crate::response::ResponseMeta;

/// One event, as the standard dispatches it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SseEvent {
    /// The `event` field, or `message` when the event had none.
    pub event: String,
    /// The `data` lines, joined with `\n`.
    pub data: String,
    /// The last event id seen so far in the stream.
    pub id: Option<String>,
    /// A `retry` field in this event: the reconnection time the server asks for, in ms.
    pub retry: Option<u64>,
}

/// Frames a byte stream into events. Feed it chunks as they arrive; it keeps what it has
/// not yet seen the end of.
#[derive(Debug, Default)]
pub struct SseDecoder {
    /// Whether the first bytes were seen (a leading byte-order mark is dropped).
    started: bool,
    /// The first bytes, while they may still be the start of a byte-order mark.
    head: Vec<u8>,
    /// Bytes of the line being read (kept as bytes so split UTF-8 is joined before decoding).
    line: Vec<u8>,
    /// The previous chunk ended in CR: a LF at the start of the next one belongs to it.
    after_cr: bool,
    event: Option<String>,
    data: String,
    has_data: bool,
    retry: Option<u64>,
    last_id: Option<String>,
}

impl SseDecoder {
    pub fn new() -> Self {
        SseDecoder::default()
    }

    /// How many bytes the event being read holds so far (its unended line and its data).
    pub fn pending_len(&self) -> usize {
        self.head.len() + self.line.len() + self.data.len()
    }

    /// Decodes a chunk and appends the events it completes to `out`.
    pub fn push(&mut self, chunk: &[u8], out: &mut VecDeque<SseEvent>) {
        const BOM: &[u8] = b"\xEF\xBB\xBF";
        if self.started {
            return self.push_lines(chunk, out);
        }
        self.head.extend_from_slice(chunk);
        let seen = self.head.len().min(BOM.len());
        if self.head.len() < BOM.len() && self.head[..seen] == BOM[..seen] {
            // Could still be a byte-order mark split across chunks: wait for more.
            return;
        }
        self.started = true;
        let head = std::mem::take(&mut self.head);
        let text = head.strip_prefix(BOM).unwrap_or(&head);
        self.push_lines(text, out);
    }

    fn push_lines(&mut self, chunk: &[u8], out: &mut VecDeque<SseEvent>) {
        let mut rest = chunk;
        if self.after_cr {
            self.after_cr = false;
            if let Some(b'\n') = rest.first() {
                rest = &rest[1..];
            }
        }
        while let Some(end) = rest.iter().position(|b| *b == b'\n' || *b == b'\r') {
            self.line.extend_from_slice(&rest[..end]);
            let terminator = rest[end];
            rest = &rest[end + 1..];
            if terminator == b'\r' {
                match rest.first() {
                    Some(b'\n') => rest = &rest[1..],
                    None => self.after_cr = true,
                    Some(_) => {}
                }
            }
            let line = std::mem::take(&mut self.line);
            self.process_line(&String::from_utf8_lossy(&line), out);
        }
        self.line.extend_from_slice(rest);
    }

    /// How many bytes the decoder holds for the line and the event it has not finished:
    /// bounded by the longest event, however long the stream.
    pub fn buffered(&self) -> usize {
        self.head.len() + self.line.len() + self.data.len()
    }

    /// The end of the stream. An event not yet ended by a blank line is discarded, as the
    /// standard says.
    pub fn finish(&mut self) {
        *self = SseDecoder {
            last_id: self.last_id.take(),
            ..SseDecoder::default()
        };
    }

    fn process_line(&mut self, line: &str, out: &mut VecDeque<SseEvent>) {
        if line.is_empty() {
            self.dispatch(out);
            return;
        }
        if line.starts_with(':') {
            return;
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "event" => self.event = Some(value.to_owned()),
            "data" => {
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            "id" if !value.contains('\0') => self.last_id = Some(value.to_owned()),
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                self.retry = value.parse().ok();
            }
            _ => {}
        }
    }

    fn dispatch(&mut self, out: &mut VecDeque<SseEvent>) {
        let event = self.event.take();
        let retry = self.retry.take();
        if !self.has_data {
            // An event without data is not dispatched.
            return;
        }
        self.has_data = false;
        out.push_back(SseEvent {
            event: event
                .filter(|e| !e.is_empty())
                .unwrap_or_else(|| "message".to_owned()),
            data: std::mem::take(&mut self.data),
            id: self.last_id.clone(),
            retry,
        });
    }
}

/// Typed events from a response body: each SSE event becomes `{"event": name, "data":
/// data}` (data parsed as JSON where it is JSON, else kept as a string) decoded into `T`.
/// A payload that does not decode is an error item that keeps the raw event, and the
/// stream goes on; `data: [DONE]` ends it.
pub struct EventStream<T> {
    body: Pin<Box<dyn Stream<Item = Result<Bytes, reqwest::Error>> + Send>>,
    decoder: SseDecoder,
    ready: VecDeque<SseEvent>,
    finished: bool,
    /// The most one event may hold while it is read.
    max_event_size: usize,
    /// The client's read timeout, named by the error item of a stream that went silent.
    read_timeout: Option<std::time::Duration>,
    /// The answer that opened the stream, when an operation did.
    response: Option<ResponseMeta>,
    item: PhantomData<fn() -> T>,
}

/// The requests for streams, here rather than in `client.rs` so that a crate with no
/// streaming operation, which has no `sse.rs`, compiles none of this.
impl Client {
    /// Sends a request for server-sent events; the events arrive as the body does.
    #[allow(dead_code)]
    pub(crate) async fn send_events<T: FromJson>(
        &self,
        request: Request,
    ) -> Result<EventStream<T>, Error> {
        let (response, attempts) = self.send(request.streamed("text/event-stream")).await?;
        let (max_event_size, read_timeout) = self.stream_limits();
        let meta = ResponseMeta::new(
            response.status().as_u16(),
            response.headers().clone(),
            attempts,
        );
        Ok(EventStream::new(response.bytes_stream())
            .with_max_event_size(max_event_size)
            .with_read_timeout(read_timeout)
            .with_response(meta))
    }

    /// Sends a request for a stream of JSON values, one per line; they arrive as the body does.
    #[allow(dead_code)]
    pub(crate) async fn send_json_lines<T: FromJson>(
        &self,
        request: Request,
        media_type: &'static str,
    ) -> Result<JsonLines<T>, Error> {
        let (response, attempts) = self.send(request.streamed(media_type)).await?;
        let (max_line_size, read_timeout) = self.stream_limits();
        let status = response.status().as_u16();
        let meta = ResponseMeta::new(status, response.headers().clone(), attempts);
        Ok(JsonLines::new(response.bytes_stream(), status)
            .with_max_line_size(max_line_size)
            .with_read_timeout(read_timeout)
            .with_response(meta))
    }
}

impl<T> std::fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventStream")
            .field("ready", &self.ready.len())
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl<T: FromJson> EventStream<T> {
    /// Events from any stream of byte chunks (a response body, a file, a test).
    pub fn new<S>(body: S) -> Self
    where
        S: Stream<Item = Result<Bytes, reqwest::Error>> + Send + 'static,
    {
        EventStream {
            body: Box::pin(body),
            decoder: SseDecoder::new(),
            ready: VecDeque::new(),
            finished: false,
            max_event_size: usize::MAX,
            read_timeout: None,
            response: None,
            item: PhantomData,
        }
    }

    /// Ends the stream with an [`Error::TooLarge`] item when one event grows past `limit`
    /// bytes (a server that never ends a line cannot fill memory).
    pub fn with_max_event_size(mut self, limit: usize) -> Self {
        self.max_event_size = limit;
        self
    }

    /// Names `timeout` in the [`Error::Timeout`] item that ends the stream when the body's
    /// reads time out (the HTTP client's read timeout does the timing).
    pub fn with_read_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }

    /// The status, headers, request id and attempts of the answer that opened the stream;
    /// `None` only for a stream made with `new` from bytes of your own.
    pub fn response(&self) -> Option<&ResponseMeta> {
        self.response.as_ref()
    }

    pub(crate) fn with_response(mut self, meta: ResponseMeta) -> Self {
        self.response = Some(meta);
        self
    }

    fn typed(event: SseEvent) -> Result<T, Error> {
        // The event as JSON text, `event` first, so that a tagged union reads its tag first
        // and decodes the payload straight from the text. Data that is not JSON goes in as a
        // string (`[DONE]`, keep-alives); that is checked only when the JSON reading fails,
        // so the usual event is read once.
        let name = serde_json::Value::String(event.event.clone());
        let as_json = format!(r#"{{"event":{name},"data":{}}}"#, event.data);
        let error = match crate::json::from_str(&as_json) {
            Ok(typed) => return Ok(typed),
            Err(error) => error,
        };
        let source = if serde_json::from_str::<serde::de::IgnoredAny>(&event.data).is_ok() {
            error
        } else {
            let data = serde_json::Value::String(event.data.clone());
            match crate::json::from_str(&format!(r#"{{"event":{name},"data":{data}}}"#)) {
                Ok(typed) => return Ok(typed),
                Err(error) => error,
            }
        };
        Err(Error::Event {
            event: event.event,
            data: event.data,
            source,
        })
    }
}

impl<T: FromJson> Stream for EventStream<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(event) = this.ready.pop_front() {
                if event.data == "[DONE]" {
                    // The end marker: what follows it is not part of the stream.
                    this.finished = true;
                    this.ready.clear();
                }
                return Poll::Ready(Some(Self::typed(event)));
            }
            if this.finished {
                return Poll::Ready(None);
            }
            match this.body.as_mut().poll_next(cx) {
                Poll::Ready(Some(Ok(chunk))) => {
                    this.decoder.push(&chunk, &mut this.ready);
                    if this.decoder.pending_len() > this.max_event_size {
                        this.finished = true;
                        this.ready.clear();
                        return Poll::Ready(Some(Err(Error::TooLarge {
                            what: "a stream event",
                            limit: this.max_event_size,
                        })));
                    }
                }
                Poll::Ready(Some(Err(error))) => {
                    this.finished = true;
                    return Poll::Ready(Some(Err(body_error(error, this.read_timeout))));
                }
                Poll::Ready(None) => {
                    this.decoder.finish();
                    this.finished = true;
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// Typed items from a body of JSON values one per line (`application/jsonl`,
/// `application/x-ndjson`, and `application/json-seq`, whose record separators are skipped).
/// Blank lines are skipped; a line that does not decode is an [`Error::Decode`] item keeping
/// the line, and the stream goes on.
pub struct JsonLines<T> {
    body: Pin<Box<dyn Stream<Item = Result<Bytes, reqwest::Error>> + Send>>,
    /// The bytes of the line not yet ended.
    pending: Vec<u8>,
    /// The most one line may hold.
    max_line_size: usize,
    /// The client's read timeout, named by the error item of a stream that went silent.
    read_timeout: Option<std::time::Duration>,
    status: u16,
    /// The answer that opened the stream, when an operation did.
    response: Option<ResponseMeta>,
    finished: bool,
    item: PhantomData<fn() -> T>,
}

impl<T> std::fmt::Debug for JsonLines<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonLines")
            .field("pending", &self.pending.len())
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl<T: FromJson> JsonLines<T> {
    /// Items from any stream of byte chunks; `status` is the answer's, for errors.
    pub fn new<S>(body: S, status: u16) -> Self
    where
        S: Stream<Item = Result<Bytes, reqwest::Error>> + Send + 'static,
    {
        JsonLines {
            body: Box::pin(body),
            pending: Vec::new(),
            max_line_size: usize::MAX,
            read_timeout: None,
            status,
            response: None,
            finished: false,
            item: PhantomData,
        }
    }

    /// Names `timeout` in the [`Error::Timeout`] item that ends a stream whose reads time out.
    pub fn with_read_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }

    /// Ends the stream with an [`Error::TooLarge`] item when one line grows past `limit` bytes.
    pub fn with_max_line_size(mut self, limit: usize) -> Self {
        self.max_line_size = limit;
        self
    }

    /// The status, headers, request id and attempts of the answer that opened the stream;
    /// `None` only for a stream made with `new` from bytes of your own.
    pub fn response(&self) -> Option<&ResponseMeta> {
        self.response.as_ref()
    }

    pub(crate) fn with_response(mut self, meta: ResponseMeta) -> Self {
        self.response = Some(meta);
        self
    }

    /// The next complete line's item, if a line with content is buffered (or, at the end,
    /// whatever is left).
    fn next_item(&mut self) -> Option<Result<T, Error>> {
        loop {
            let end = match self.pending.iter().position(|&b| b == b'\n') {
                Some(end) => end + 1,
                None if self.finished && !self.pending.is_empty() => self.pending.len(),
                None => return None,
            };
            let line: Vec<u8> = self.pending.drain(..end).collect();
            let text = String::from_utf8_lossy(&line);
            // JSON text sequences start each record with RS (0x1E).
            let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{1e}');
            if text.is_empty() {
                continue;
            }
            return Some(crate::json::from_str(text).map_err(|source| Error::Decode {
                status: self.status,
                path: crate::error::error_path(text.as_bytes(), &source),
                body: text.to_owned(),
                source,
            }));
        }
    }
}

impl<T: FromJson> Stream for JsonLines<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.next_item() {
                return Poll::Ready(Some(item));
            }
            if this.finished {
                return Poll::Ready(None);
            }
            match this.body.as_mut().poll_next(cx) {
                Poll::Ready(Some(Ok(chunk))) => {
                    this.pending.extend_from_slice(&chunk);
                    // Complete lines were taken before this chunk was asked for, so what is
                    // unended is the chunk's tail, or all that is pending.
                    let unended = match chunk.iter().rposition(|&b| b == b'\n') {
                        Some(end) => chunk.len() - end - 1,
                        None => this.pending.len(),
                    };
                    if unended > this.max_line_size {
                        this.finished = true;
                        this.pending.clear();
                        return Poll::Ready(Some(Err(Error::TooLarge {
                            what: "a line of the stream",
                            limit: this.max_line_size,
                        })));
                    }
                }
                Poll::Ready(Some(Err(error))) => {
                    this.finished = true;
                    this.pending.clear();
                    return Poll::Ready(Some(Err(body_error(error, this.read_timeout))));
                }
                Poll::Ready(None) => this.finished = true,
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// A failed read of a stream's body: a timeout when the read timed out, else a transport error.
fn body_error(error: reqwest::Error, read_timeout: Option<std::time::Duration>) -> Error {
    match read_timeout {
        Some(timeout) if error.is_timeout() => Error::Timeout(timeout),
        _ => Error::Transport(error),
    }
}
