//! Streaming: `create_thread_and_run_stream` over real HTTP (a tiny in-process server that
//! writes the body as chunked transfer encoding, in chunks of a chosen size), against every
//! `.sse` file of the shared corpus, and the SSE framing (`sse::SseDecoder`) on its own.
//!
//! Expectations follow the WHATWG HTML standard ("server-sent events"): where an SDK's test
//! expects something else, the comment at the expectation says so.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::time::Duration;

use futures::StreamExt;
use openai_thread_runs::sse::{SseDecoder, SseEvent};
use openai_thread_runs::types::{AssistantStreamEvent, CreateThreadAndRunRequest, DoneEventData};
use openai_thread_runs::{Client, Error};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The shared corpus, read where it is (never copied into the project).
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");

// ---------------------------------------------------------------------------------------
// A one-request HTTP server
// ---------------------------------------------------------------------------------------

/// Serves one request on 127.0.0.1: reads it (head, then the body by `Content-Length`),
/// answers 200 with `body` as `text/event-stream` in HTTP chunks of `chunk` bytes, flushed
/// one by one, ends the chunked body and closes. Gives the base URL, and a handle that
/// yields the request as received.
async fn serve_once(body: Vec<u8>, chunk: usize) -> (String, JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("local address"));
    let handle = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("accept");
        let request = read_request(&mut socket).await;
        // A write fails only if the client hung up early (it may stop reading after
        // `[DONE]`); what it did receive is checked on the client side.
        let _ = write_chunked(&mut socket, &body, chunk).await;
        request
    });
    (url, handle)
}

async fn read_request(socket: &mut TcpStream) -> String {
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    let mut head_len = None;
    let mut body_len = 0;
    while head_len.is_none_or(|head: usize| received.len() < head + body_len) {
        let n = socket.read(&mut buffer).await.expect("read the request");
        assert!(n > 0, "the client closed before sending its whole request");
        received.extend_from_slice(&buffer[..n]);
        if head_len.is_none() {
            if let Some(end) = received.windows(4).position(|w| w == b"\r\n\r\n") {
                head_len = Some(end + 4);
                body_len = String::from_utf8_lossy(&received[..end])
                    .lines()
                    .filter_map(|line| line.split_once(':'))
                    .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
                    .map_or(0, |(_, value)| {
                        value.trim().parse().expect("Content-Length")
                    });
            }
        }
    }
    String::from_utf8_lossy(&received).into_owned()
}

async fn write_chunked(socket: &mut TcpStream, body: &[u8], chunk: usize) -> std::io::Result<()> {
    socket
        .write_all(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\
              transfer-encoding: chunked\r\n\r\n",
        )
        .await?;
    socket.flush().await?;
    for piece in body.chunks(chunk.max(1)) {
        let mut frame = format!("{:x}\r\n", piece.len()).into_bytes();
        frame.extend_from_slice(piece);
        frame.extend_from_slice(b"\r\n");
        socket.write_all(&frame).await?;
        socket.flush().await?;
    }
    socket.write_all(b"0\r\n\r\n").await?;
    socket.flush().await?;
    socket.shutdown().await
}

// ---------------------------------------------------------------------------------------
// The client side
// ---------------------------------------------------------------------------------------

/// One item of the stream, rendered so that runs can be compared.
#[derive(Debug)]
struct Item {
    /// `serde_json::to_string(&event)`, or `error:<event>:<data>` for an error item.
    rendered: String,
    /// The SSE event name.
    name: String,
    /// An `Error::Event` item.
    error: bool,
    /// `AssistantStreamEvent::Unknown`.
    unknown: bool,
    /// The event as JSON (`{"event","data"}`); for an error item, its raw data.
    value: Value,
}

impl Item {
    fn new(result: Result<AssistantStreamEvent, Error>) -> Self {
        match result {
            Ok(event) => {
                let rendered = serde_json::to_string(&event).expect("an event serializes");
                let value: Value = serde_json::from_str(&rendered).expect("rendered is JSON");
                Item {
                    name: value["event"].as_str().expect("an event name").to_owned(),
                    error: false,
                    unknown: matches!(event, AssistantStreamEvent::Unknown(_)),
                    rendered,
                    value,
                }
            }
            Err(Error::Event { event, data, .. }) => Item {
                rendered: format!("error:{event}:{data}"),
                name: event,
                error: true,
                unknown: false,
                value: Value::String(data),
            },
            Err(other) => panic!("a stream item failed with something else than an event: {other}"),
        }
    }
}

fn client(url: &str) -> Client {
    Client::builder()
        .base_url(url)
        .api_key("k")
        .build()
        .expect("the client builds")
}

/// Streams `body` through `create_thread_and_run_stream`, served in `chunk`-byte HTTP
/// chunks, to its end. Gives the items and the request the server received.
async fn stream(body: &[u8], chunk: usize) -> (Vec<Item>, String) {
    let (url, server) = serve_once(body.to_vec(), chunk).await;
    let mut events = client(&url)
        .create_thread_and_run_stream(&CreateThreadAndRunRequest::new("asst_1"))
        .await
        .expect("the stream opens");
    let mut items = Vec::new();
    while let Some(item) = events.next().await {
        items.push(Item::new(item));
    }
    assert!(events.next().await.is_none(), "an ended stream stays ended");
    drop(events);
    (items, server.await.expect("the server task"))
}

/// The events the decoder gives for `bytes` pushed in pieces cut at `cuts` (byte offsets).
fn decode_cut(bytes: &[u8], cuts: &[usize]) -> Vec<SseEvent> {
    let mut decoder = SseDecoder::new();
    let mut out = VecDeque::new();
    let mut start = 0;
    for &cut in cuts.iter().chain(std::iter::once(&bytes.len())) {
        decoder.push(&bytes[start..cut], &mut out);
        start = cut;
    }
    decoder.finish();
    out.into()
}

/// The events the decoder gives for `bytes` pushed in `chunk`-byte pieces.
fn decode_chunked(bytes: &[u8], chunk: usize) -> Vec<SseEvent> {
    let cuts: Vec<usize> = (chunk..bytes.len()).step_by(chunk).collect();
    decode_cut(bytes, &cuts)
}

fn data_of(events: &[SseEvent]) -> Vec<&str> {
    events.iter().map(|e| e.data.as_str()).collect()
}

// ---------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------

/// What a corpus file should give through the client.
enum Expected {
    /// A whole spec stream: the event names in order, `!` marking an error item (the
    /// spec prints a surplus `}` after the payload, which makes it invalid JSON).
    Spec(&'static [&'static str]),
    /// A decoder vector: every item is `Unknown` (none uses an Assistants event name),
    /// equal to these `{"event","data"}` values.
    Vector(Vec<Value>),
}

const RUN_STREAM: &[&str] = &[
    "!thread.run.created",
    "!thread.run.queued",
    "!thread.run.in_progress",
    "thread.run.step.created",
    "thread.run.step.in_progress",
    "thread.message.created",
    "thread.message.in_progress",
    "thread.message.delta",
    // The spec's "..." elision line is a field named "..." with no data: not dispatched.
    "thread.message.delta",
    "thread.message.delta",
    "thread.message.completed",
    "thread.run.step.completed",
    "!thread.run.completed",
    // The spec prints `event: done` / `data: [DONE]` with no blank line after it: an event
    // still open at the end of the stream is discarded (WHATWG), so no `Done` item.
];

fn expected(file: &str) -> Expected {
    let message = |data: Value| json!({"event": "message", "data": data});
    let first = || message(json!({"value": "first"}));
    let done = || message(json!("[DONE]"));
    match file {
        "stream__spec30_createRun_streaming.sse"
        | "stream__spec30_createRun_streaming_with_functions.sse" => Expected::Spec(RUN_STREAM),
        "stream__spec30_createThreadAndRun_streaming.sse" => Expected::Spec(&[
            "thread.created",
            "thread.run.created",
            "thread.run.queued",
            "thread.run.in_progress",
            "thread.run.step.created",
            "thread.run.step.in_progress",
            "thread.message.created",
            "thread.message.in_progress",
            "thread.message.delta",
            "thread.message.delta",
            "thread.message.delta",
            "thread.message.completed",
            "thread.run.step.completed",
            // `event: thread.run.completed` has its payload line without `data:` (a spec
            // misprint): that line is a field named `{"id"`, ignored, so the block has no
            // data and is not dispatched. The final unterminated `done` is discarded.
        ]),
        "stream__spec30_createThreadAndRun_streaming_with_functions.sse" => Expected::Spec(&[
            "thread.created",
            "!thread.run.created",
            "!thread.run.queued",
            "!thread.run.in_progress",
            "thread.run.step.created",
            "thread.run.step.in_progress",
            "thread.run.step.delta",
            "thread.run.step.delta",
            "thread.run.step.delta",
            "thread.run.step.delta",
            "thread.run.step.delta",
            "!thread.run.requires_action",
        ]),
        "stream__spec30_submitToolOuputsToRun_streaming.sse" => Expected::Spec(&[
            "thread.run.step.completed",
            "!thread.run.queued",
            "!thread.run.in_progress",
            "thread.run.step.created",
            "thread.run.step.in_progress",
            "thread.message.created",
            "thread.message.in_progress",
            "thread.message.delta",
            "thread.message.delta",
            "thread.message.delta",
            "thread.message.delta",
            "thread.message.delta",
            "thread.message.completed",
            "thread.run.step.completed",
            "!thread.run.completed",
        ]),
        // async-openai expects `[DONE]` not to be yielded; this client yields it and then
        // ends. Without an `event:` line its name is `message`, so it is `Unknown`, not
        // `Done` (the variant is chosen by the event name).
        "sse_vector__async_openai_stream_then_done.sse" => {
            Expected::Vector(vec![message(json!({"ok": true})), done()])
        }
        // The upstream stays open there; this server closes, which ends the stream.
        "sse_vector__async_openai_one_event_then_idle.sse" => {
            Expected::Vector(vec![message(json!({"ok": true}))])
        }
        // Go fails with "unexpected end of JSON input". WHATWG: a `data:` line makes the
        // data buffer "\n", which is not empty, so an event with data "" is dispatched.
        "sse_vector__openai_go_empty_data_field.sse" => Expected::Vector(vec![message(json!(""))]),
        // Go turns a top-level "error" key into a *StreamError. Assistants streams send
        // errors as `event: error`; this nameless event is a `message`, kept as Unknown.
        "sse_vector__openai_go_error_after_keepalive.sse" => {
            Expected::Vector(vec![message(json!({"error": {"message": "bad"}}))])
        }
        "sse_vector__openai_go_incomplete_event_at_eof_with_data.sse"
        | "sse_vector__openai_go_incomplete_event_at_eof_without_data.sse"
        | "sse_vector__openai_go_only_empty_events.sse" => Expected::Vector(vec![]),
        "sse_vector__openai_go_multiple_empty_events.sse" => {
            Expected::Vector(vec![first(), message(json!({"value": "second"})), done()])
        }
        "sse_vector__openai_go_skips_comment.sse"
        | "sse_vector__openai_go_skips_crlf_comment.sse"
        | "sse_vector__openai_go_skips_retry_directive.sse" => {
            Expected::Vector(vec![first(), done()])
        }
        "sse_vector__openai_python_test_basic.sse" => {
            Expected::Vector(vec![json!({"event": "completion", "data": {"foo": true}})])
        }
        "sse_vector__openai_python_test_data_json_escaped_double_new_line.sse" => {
            Expected::Vector(vec![
                json!({"event": "ping", "data": {"foo": "my long\n\ncontent"}}),
            ])
        }
        // Python reports event=None; WHATWG names an event without `event:` "message".
        "sse_vector__openai_python_test_data_missing_event.sse" => {
            Expected::Vector(vec![message(json!({"foo": true}))])
        }
        // Python yields ping/"" (and completion/""); WHATWG dispatches no event that has no
        // `data` line.
        "sse_vector__openai_python_test_event_missing_data.sse"
        | "sse_vector__openai_python_test_multiple_events.sse" => Expected::Vector(vec![]),
        "sse_vector__openai_python_test_multi_byte_character_multiple_chunks.sse" => {
            Expected::Vector(vec![message(json!({"content": "известни"}))])
        }
        "sse_vector__openai_python_test_multiple_data_lines.sse"
        | "sse_vector__openai_python_test_multiple_data_lines_with_empty_line.sse" => {
            Expected::Vector(vec![json!({"event": "ping", "data": {"foo": true}})])
        }
        "sse_vector__openai_python_test_multiple_events_with_data.sse" => Expected::Vector(vec![
            json!({"event": "ping", "data": {"foo": true}}),
            json!({"event": "completion", "data": {"bar": false}}),
        ]),
        "sse_vector__openai_python_test_special_new_line_character.sse" => Expected::Vector(vec![
            message(json!({"content": " culpa"})),
            message(json!({"content": " \u{2028}"})),
            message(json!({"content": "foo"})),
        ]),
        other => panic!("{other}: a corpus file this test has no expectation for"),
    }
}

fn corpus_streams() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(CORPUS)
        .unwrap_or_else(|e| panic!("{CORPUS}: {e}"))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "sse"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("read a corpus file"))
        })
        .collect()
}

/// Checks a spec stream's items against the expected names; an error item must be the
/// spec's surplus `}` and nothing else: without it, the payload decodes into the event.
fn check_spec(file: &str, items: &[Item], names: &[&str]) {
    let got: Vec<String> = items
        .iter()
        .map(|item| format!("{}{}", if item.error { "!" } else { "" }, item.name))
        .collect();
    assert_eq!(got, names, "{file}: event names (`!` = error item)");
    for item in items {
        assert!(!item.unknown, "{file}: `{}` decoded as Unknown", item.name);
        if item.error {
            let data = item.value.as_str().expect("raw data");
            let repaired = data
                .strip_suffix('}')
                .unwrap_or_else(|| panic!("{file}: `{}` error data: {data}", item.name));
            let repaired: Value = serde_json::from_str(repaired).unwrap_or_else(|e| {
                panic!(
                    "{file}: `{}` is not the surplus-`}}` defect: {e}",
                    item.name
                )
            });
            let event: AssistantStreamEvent =
                serde_json::from_value(json!({"event": item.name, "data": repaired}))
                    .unwrap_or_else(|e| panic!("{file}: repaired `{}`: {e}", item.name));
            assert!(!matches!(event, AssistantStreamEvent::Unknown(_)));
        }
    }
}

/// Checks, with the decoder alone, what the vectors say about the data itself.
fn check_vector_framing(file: &str, bytes: &[u8]) {
    let events = decode_chunked(bytes, bytes.len().max(1));
    match file {
        "sse_vector__openai_python_test_multiple_data_lines.sse" => {
            assert_eq!(data_of(&events), ["{\n\"foo\":\ntrue}"], "{file}");
            assert_eq!(events[0].event, "ping");
        }
        "sse_vector__openai_python_test_multiple_data_lines_with_empty_line.sse" => {
            assert_eq!(data_of(&events), ["{\n\"foo\":\n\n\ntrue}"], "{file}");
        }
        "sse_vector__openai_python_test_data_json_escaped_double_new_line.sse" => {
            // The escaped `\n\n` stays two characters each: it is JSON, not a line end.
            assert_eq!(
                data_of(&events),
                [r#"{"foo": "my long\n\ncontent"}"#],
                "{file}"
            );
        }
        "sse_vector__openai_python_test_special_new_line_character.sse" => {
            // U+2028 is not a line end in SSE (only CR, LF, CRLF are).
            let expected = [
                "{\"content\":\" culpa\"}",
                "{\"content\":\" \u{2028}\"}",
                "{\"content\":\"foo\"}",
            ];
            assert_eq!(data_of(&events), expected, "{file}");
        }
        "sse_vector__openai_python_test_multi_byte_character_multiple_chunks.sse" => {
            // The SDK test delivers it in 6 chunks cut at these offsets, some of them
            // inside a 2-byte UTF-8 sequence.
            let cuts = [18, 19, 23, 34, 37];
            let text = std::str::from_utf8(bytes).expect("UTF-8");
            assert!(
                cuts.iter().any(|&cut| !text.is_char_boundary(cut)),
                "{file}"
            );
            let events = decode_cut(bytes, &cuts);
            assert_eq!(data_of(&events), ["{\"content\":\"известни\"}"], "{file}");
        }
        "sse_vector__openai_go_skips_crlf_comment.sse"
        | "sse_vector__openai_go_skips_comment.sse" => {
            assert_eq!(
                data_of(&events),
                ["{\"value\":\"first\"}", "[DONE]"],
                "{file}"
            );
        }
        "sse_vector__openai_go_skips_retry_directive.sse" => {
            assert_eq!(
                data_of(&events),
                ["{\"value\":\"first\"}", "[DONE]"],
                "{file}"
            );
            // The `retry` field was in a block with no data, which is not dispatched.
            assert!(events.iter().all(|e| e.retry.is_none()), "{file}");
        }
        "sse_vector__openai_go_incomplete_event_at_eof_with_data.sse"
        | "sse_vector__openai_go_incomplete_event_at_eof_without_data.sse" => {
            let mut decoder = SseDecoder::new();
            let mut out = VecDeque::new();
            decoder.push(bytes, &mut out);
            assert!(
                out.is_empty() && decoder.buffered() > 0,
                "{file}: held, not dispatched"
            );
            decoder.finish();
            assert!(
                out.is_empty() && decoder.buffered() == 0,
                "{file}: dropped at the end"
            );
        }
        "sse_vector__openai_go_only_empty_events.sse"
        | "sse_vector__openai_python_test_event_missing_data.sse"
        | "sse_vector__openai_python_test_multiple_events.sse" => {
            assert_eq!(events, [], "{file}: blocks without data are not dispatched");
        }
        "sse_vector__openai_go_empty_data_field.sse" => {
            assert_eq!(data_of(&events), [""], "{file}");
            assert_eq!(events[0].event, "message");
        }
        "sse_vector__openai_python_test_data_missing_event.sse" => {
            assert_eq!(events[0].event, "message", "{file}");
        }
        _ => {}
    }
}

#[tokio::test]
async fn every_corpus_stream_gives_the_same_events_whole_and_in_1_and_7_byte_chunks() {
    let streams = corpus_streams();
    assert_eq!(streams.len(), 26, "the corpus has 26 .sse files");
    for (file, bytes) in &streams {
        // The framing alone, in 1- and 7-byte pieces, equals the whole.
        let whole = decode_chunked(bytes, bytes.len().max(1));
        for chunk in [1, 7] {
            assert_eq!(
                decode_chunked(bytes, chunk),
                whole,
                "{file}: decoder, {chunk}-byte pieces"
            );
        }

        let (items, request) = stream(bytes, bytes.len()).await;
        assert!(
            request.starts_with("POST /threads/runs HTTP/1.1\r\n"),
            "{request}"
        );
        let rendered: Vec<&str> = items.iter().map(|i| i.rendered.as_str()).collect();
        for chunk in [1, 7] {
            let (chunked, _) = stream(bytes, chunk).await;
            let chunked: Vec<&str> = chunked.iter().map(|i| i.rendered.as_str()).collect();
            assert_eq!(
                chunked, rendered,
                "{file}: {chunk}-byte HTTP chunks vs whole"
            );
        }

        match expected(file) {
            Expected::Spec(names) => {
                check_spec(file, &items, names);
                // Ended by the blank line a real stream has, the same file ends with `Done`.
                let mut terminated = bytes.clone();
                terminated.push(b'\n');
                let (with_done, _) = stream(&terminated, terminated.len()).await;
                assert_eq!(with_done.len(), items.len() + 1, "{file} + \\n");
                let last = with_done.last().unwrap();
                assert_eq!(
                    last.value,
                    json!({"event": "done", "data": "[DONE]"}),
                    "{file}"
                );
            }
            Expected::Vector(values) => {
                assert!(items.iter().all(|i| i.unknown), "{file}: {rendered:?}");
                let got: Vec<&Value> = items.iter().map(|i| &i.value).collect();
                assert_eq!(got, values.iter().collect::<Vec<_>>(), "{file}");
                check_vector_framing(file, bytes);
            }
        }
        let errors = items.iter().filter(|i| i.error).count();
        println!(
            "{file}: {} events, {errors} error items",
            items.len() - errors
        );
    }
}

// ---------------------------------------------------------------------------------------
// Single behaviours
// ---------------------------------------------------------------------------------------

/// A run as the API sends it (every field `RunObject` requires, and the usual others).
fn run_json() -> Value {
    json!({
        "id": "run_1", "object": "thread.run", "created_at": 1_700_000_000,
        "thread_id": "thread_1", "assistant_id": "asst_1", "status": "queued",
        "required_action": null, "last_error": null, "expires_at": null, "started_at": null,
        "cancelled_at": null, "failed_at": null, "completed_at": null,
        "incomplete_details": null, "model": "gpt-4o", "instructions": null, "tools": [],
        "metadata": {}, "usage": null, "temperature": 1.0, "top_p": 1.0,
        "max_prompt_tokens": null, "max_completion_tokens": null,
        "truncation_strategy": {"type": "auto", "last_messages": null},
        "tool_choice": "auto", "parallel_tool_calls": true, "response_format": "auto"
    })
}

#[tokio::test]
async fn unknown_events_do_not_end_the_stream() {
    let run = run_json();
    let body = format!(
        "event: keepalive\ndata: {{}}\n\n\
         event: keepalive\ndata: still here\n\n\
         event: thread.run.created\ndata: {run}\n\n\
         event: done\ndata: [DONE]\n\n\
         event: thread.run.created\ndata: {run}\n\n"
    );
    let (url, server) = serve_once(body.into_bytes(), 7).await;
    let mut events = client(&url)
        .create_thread_and_run_stream(&CreateThreadAndRunRequest::new("asst_1"))
        .await
        .expect("the stream opens");
    let first = events.next().await.expect("an item").expect("decodes");
    assert_eq!(
        first,
        AssistantStreamEvent::Unknown(json!({"event": "keepalive", "data": {}}))
    );
    let second = events.next().await.expect("an item").expect("decodes");
    assert_eq!(
        second,
        AssistantStreamEvent::Unknown(json!({"event": "keepalive", "data": "still here"}))
    );
    match events.next().await.expect("an item").expect("decodes") {
        AssistantStreamEvent::ThreadRunCreated(created) => assert_eq!(created.data.id, "run_1"),
        other => panic!("expected ThreadRunCreated, got {other:?}"),
    }
    match events.next().await.expect("an item").expect("decodes") {
        AssistantStreamEvent::Done(done) => assert_eq!(done.data, DoneEventData::Done),
        other => panic!("expected Done, got {other:?}"),
    }
    assert!(events.next().await.is_none(), "nothing after [DONE]");
    assert!(events.next().await.is_none(), "and the stream stays ended");
    drop(events);

    let request = server.await.expect("the server task");
    let (head, body) = request.split_once("\r\n\r\n").expect("a request head");
    assert!(
        head.starts_with("POST /threads/runs HTTP/1.1\r\n"),
        "{head}"
    );
    assert!(
        head.to_ascii_lowercase()
            .contains("\r\naccept: text/event-stream"),
        "{head}"
    );
    let body: Value = serde_json::from_str(body).expect("a JSON body");
    assert_eq!(body["stream"], json!(true));
    assert_eq!(body["assistant_id"], json!("asst_1"));
}

#[tokio::test]
async fn an_error_event_is_typed() {
    let body = "event: error\n\
                data: {\"message\":\"boom\",\"type\":\"server_error\",\"param\":null,\"code\":null}\n\n";
    let (items, _) = stream(body.as_bytes(), 1).await;
    assert_eq!(items.len(), 1, "{items:?}");
    let event: AssistantStreamEvent =
        serde_json::from_str(&items[0].rendered).expect("the rendering decodes back");
    match event {
        AssistantStreamEvent::Error(error) => {
            assert_eq!(error.data.message, "boom");
            assert_eq!(error.data.r#type, "server_error");
            assert_eq!(error.data.param, None);
            assert_eq!(error.data.code, None);
        }
        other => panic!("expected the Error variant, got {other:?}"),
    }
}

#[tokio::test]
async fn a_long_stream_keeps_memory_bounded() {
    const DELTAS: usize = 20_000;
    let mut body = Vec::new();
    let mut longest = 0;
    for i in 0..DELTAS {
        let delta = json!({
            "id": "msg_1", "object": "thread.message.delta",
            "delta": {"content": [{"index": 0, "type": "text",
                                   "text": {"value": format!("word {i} "), "annotations": []}}]}
        });
        let event = format!("event: thread.message.delta\ndata: {delta}\n\n");
        longest = longest.max(event.len());
        body.extend_from_slice(event.as_bytes());
    }
    body.extend_from_slice(b"event: done\ndata: [DONE]\n\n");

    // Through the client, one item at a time.
    let (url, server) = serve_once(body.clone(), 4096).await;
    let mut events = client(&url)
        .create_thread_and_run_stream(&CreateThreadAndRunRequest::new("asst_1"))
        .await
        .expect("the stream opens");
    let mut deltas = 0;
    let mut done = false;
    while let Some(item) = events.next().await {
        assert!(!done, "nothing after Done");
        match item.expect("every event decodes") {
            AssistantStreamEvent::ThreadMessageDelta(_) => deltas += 1,
            AssistantStreamEvent::Done(_) => done = true,
            other => panic!("unexpected event {other:?}"),
        }
    }
    assert_eq!(deltas, DELTAS);
    assert!(done, "the stream ends with Done");
    drop(events);
    server.await.expect("the server task");

    // The decoder alone, in 1000-byte pieces, drained after each: what it holds never
    // exceeds twice the longest event (a partial line plus the data of one event).
    let mut decoder = SseDecoder::new();
    let mut queue = VecDeque::new();
    let (mut count, mut most) = (0, 0);
    for piece in body.chunks(1000) {
        decoder.push(piece, &mut queue);
        count += queue.drain(..).count();
        most = most.max(decoder.buffered());
        assert!(
            decoder.buffered() <= 2 * longest,
            "{} > 2 × {longest}",
            decoder.buffered()
        );
    }
    decoder.finish();
    assert_eq!(count, DELTAS + 1);
    println!("decoder held at most {most} bytes (longest event {longest} bytes)");
}

#[test]
fn a_leading_byte_order_mark_is_dropped_even_when_split() {
    let stream = b"\xEF\xBB\xBFdata: first\n\ndata: \xEF\xBB\xBFsecond\n\n";
    for size in [1, 2, 3, stream.len()] {
        let mut decoder = SseDecoder::new();
        let mut events = VecDeque::new();
        for chunk in stream.chunks(size) {
            decoder.push(chunk, &mut events);
        }
        let data: Vec<&str> = events.iter().map(|e| e.data.as_str()).collect();
        // Only the stream's first bytes can be a byte-order mark; inside data it is text.
        assert_eq!(data, ["first", "\u{feff}second"], "chunks of {size}");
    }
}

/// A stream that sends one event and then goes silent (for 5 s, then closes) ends with a
/// timeout item once the client's read timeout passes.
#[tokio::test]
async fn a_stream_that_goes_silent_ends_with_a_timeout_item() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("local address"));
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("accept");
        read_request(&mut socket).await;
        let event = b"event: thread.run.created\ndata: {\"id\": \"run_1\"}\n\n";
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\
             transfer-encoding: chunked\r\n\r\n{:x}\r\n",
            event.len()
        );
        let _ = socket.write_all(head.as_bytes()).await;
        let _ = socket.write_all(event).await;
        let _ = socket.write_all(b"\r\n").await;
        let _ = socket.flush().await;
        tokio::time::sleep(Duration::from_secs(5)).await;
    });
    let client = Client::builder()
        .base_url(&url)
        .max_retries(0)
        .read_timeout(Duration::from_millis(300))
        .build()
        .expect("client");
    let started = std::time::Instant::now();
    let stream = client
        .create_thread_and_run_stream(&CreateThreadAndRunRequest::new("asst_1"))
        .await
        .expect("the stream opens");
    let items: Vec<_> = stream.collect().await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(
        matches!(items[1], Err(Error::Timeout(t)) if t == Duration::from_millis(300)),
        "{:?}",
        items[1]
    );
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "ended by the timeout, not the server"
    );
    server.abort();
}
