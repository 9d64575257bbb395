//! Unit tests of the runtime's pure parts: retry delays, `Retry-After` parsing, SSE framing,
//! tag-first decoding, and the per-API settings reaching the builder.

use std::collections::VecDeque;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::StatusCode;

use crate::client::{retry_after, should_retry};
use crate::sse::{SseDecoder, SseEvent};
use crate::{ClientBuilder, RetryPolicy};

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.insert(
            *name,
            HeaderValue::from_str(value).expect("a valid header value"),
        );
    }
    map
}

#[test]
fn backoff_doubles_with_up_to_a_quarter_of_jitter_and_stops_at_the_cap() {
    let policy = RetryPolicy::default();
    for (retry, full) in [
        (0, 500),
        (1, 1000),
        (2, 2000),
        (3, 4000),
        (4, 8000),
        (9, 8000),
    ] {
        let full = Duration::from_millis(full);
        for _ in 0..50 {
            let delay = policy.delay(retry, None);
            assert!(delay <= full, "retry {retry}: {delay:?} > {full:?}");
            assert!(
                delay >= full.mul_f64(0.75),
                "retry {retry}: {delay:?} < 3/4 of {full:?}"
            );
        }
    }
}

#[test]
fn a_huge_retry_number_saturates_instead_of_overflowing() {
    let policy = RetryPolicy {
        max_backoff: Duration::MAX,
        ..RetryPolicy::default()
    };
    assert!(policy.delay(u32::MAX, None) >= Duration::from_millis(500).mul_f64(0.75));
}

#[test]
fn the_delay_the_server_asks_for_wins_up_to_the_limit() {
    let policy = RetryPolicy::default();
    let asked = headers(&[("retry-after", "3")]);
    assert_eq!(policy.delay(0, Some(&asked)), Duration::from_secs(3));
    let too_long = headers(&[("retry-after", "600")]);
    assert!(policy.delay(0, Some(&too_long)) <= Duration::from_millis(500));
}

#[test]
fn retry_after_reads_milliseconds_first_then_seconds() {
    let both = headers(&[("retry-after-ms", "250"), ("retry-after", "9")]);
    assert_eq!(retry_after(&both), Some(Duration::from_millis(250)));
    let fractional = headers(&[("retry-after", " 1.5 ")]);
    assert_eq!(retry_after(&fractional), Some(Duration::from_millis(1500)));
    let bad_ms = headers(&[("retry-after-ms", "-5"), ("retry-after", "2")]);
    assert_eq!(retry_after(&bad_ms), Some(Duration::from_secs(2)));
}

#[test]
fn retry_after_reads_http_dates_and_rejects_nonsense() {
    let later = SystemTime::now() + Duration::from_secs(120);
    let date = headers(&[("retry-after", &httpdate::fmt_http_date(later))]);
    let delay = retry_after(&date).expect("a date parses");
    assert!(
        delay > Duration::from_secs(100) && delay <= Duration::from_secs(120),
        "{delay:?}"
    );
    let past = headers(&[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")]);
    assert_eq!(retry_after(&past), Some(Duration::ZERO));
    for nonsense in ["soon", "-1", "NaN", ""] {
        assert_eq!(
            retry_after(&headers(&[("retry-after", nonsense)])),
            None,
            "{nonsense:?}"
        );
    }
    assert_eq!(retry_after(&HeaderMap::new()), None);
}

#[test]
fn the_server_decides_whether_to_retry_when_it_says() {
    let none = HeaderMap::new();
    for (status, retried) in [
        (408, true),
        (409, true),
        (429, true),
        (500, true),
        (503, true),
    ] {
        let status = StatusCode::from_u16(status).expect("a status");
        assert_eq!(should_retry(status, &none), retried, "{status}");
    }
    for status in [400, 401, 404, 422] {
        let status = StatusCode::from_u16(status).expect("a status");
        assert!(!should_retry(status, &none), "{status}");
    }
    let no = headers(&[("x-should-retry", "false")]);
    assert!(!should_retry(StatusCode::SERVICE_UNAVAILABLE, &no));
    let yes = headers(&[("x-should-retry", "true")]);
    assert!(should_retry(StatusCode::BAD_REQUEST, &yes));
}

/// Feeds `chunks` one by one and returns every event, the end of the stream included.
fn frame(chunks: &[&[u8]]) -> Vec<SseEvent> {
    let mut decoder = SseDecoder::new();
    let mut out = VecDeque::new();
    for chunk in chunks {
        decoder.push(chunk, &mut out);
    }
    decoder.finish();
    out.into_iter().collect()
}

fn event(name: &str, data: &str) -> SseEvent {
    SseEvent {
        event: name.to_owned(),
        data: data.to_owned(),
        ..SseEvent::default()
    }
}

#[test]
fn events_are_framed_by_blank_lines_with_any_line_end() {
    let text: &[u8] = b"event: a\ndata: 1\n\nevent: b\r\ndata: 2\r\n\r\nevent: c\rdata: 3\r\r";
    assert_eq!(
        frame(&[text]),
        vec![event("a", "1"), event("b", "2"), event("c", "3")]
    );
}

#[test]
fn the_same_events_come_out_however_the_bytes_are_split() {
    let text = "\u{feff}event: delta\r\ndata: {\"x\": \"é\"}\r\n\r\n: keep-alive\r\n\r\ndata: [DONE]\r\n\r\n";
    let whole = frame(&[text.as_bytes()]);
    assert_eq!(
        whole,
        vec![event("delta", "{\"x\": \"é\"}"), event("message", "[DONE]")]
    );
    let bytes = text.as_bytes();
    for split in 1..bytes.len() {
        let (first, second) = bytes.split_at(split);
        assert_eq!(frame(&[first, second]), whole, "split at byte {split}");
    }
    let one_by_one: Vec<&[u8]> = bytes.chunks(1).collect();
    assert_eq!(frame(&one_by_one), whole);
}

#[test]
fn data_lines_join_and_id_retry_and_unterminated_events_follow_the_standard() {
    let events =
        frame(&[b"id: 7\nretry: 1500\ndata: a\ndata\ndata: b\n\nevent: ping\n\ndata: cut off"]);
    assert_eq!(
        events,
        vec![SseEvent {
            event: "message".into(),
            data: "a\n\nb".into(),
            id: Some("7".into()),
            retry: Some(1500),
        }],
        "an event without data and an unterminated event are not dispatched"
    );
}

#[test]
fn the_decoder_holds_only_the_unfinished_event() {
    let mut decoder = SseDecoder::new();
    let mut out = VecDeque::new();
    for _ in 0..1000 {
        decoder.push(b"data: 0123456789\n\n", &mut out);
    }
    decoder.push(b"data: half", &mut out);
    assert_eq!(out.len(), 1000);
    assert_eq!(decoder.buffered(), "data: half".len());
}

#[test]
fn the_settings_give_the_default_base_url() {
    let client = ClientBuilder::default()
        .build()
        .expect("the default settings build");
    assert_eq!(
        client.base_url(),
        crate::operations::SETTINGS.default_base_url
    );
    let client = ClientBuilder::default()
        .base_url("https://example.test/v1/")
        .build()
        .expect("an explicit base URL builds");
    assert_eq!(client.base_url(), "https://example.test/v1");
}

/// A tagged union as the generator writes one: a known member and the rest kept.
#[derive(Debug, PartialEq)]
enum Shape {
    Circle(Circle),
    /// A member that is its tag alone.
    Dot,
    Unknown(serde_json::Value),
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct Circle {
    r#type: String,
    radius: f64,
}

impl crate::tag_first::TaggedUnion for Shape {
    const TAG: &'static str = "type";
    const EXPECTING: &'static str = "a shape";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "circle" => rest.decode().map(Shape::Circle),
            "dot" => Ok(match crate::tag_first::tag_only(rest)? {
                None => Shape::Dot,
                Some(object) => Shape::Unknown(object),
            }),
            _ => crate::tag_first::unknown_member(rest).map(Shape::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(raw: &serde_json::value::RawValue) -> Result<Self, E> {
        crate::unions::decode(raw).map(Shape::Unknown)
    }
}

impl<'de> serde::Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::tag_first::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for Circle {}

impl crate::json::FromJson for Shape {
    fn read_json(reader: &mut crate::json::Reader<'_>) -> Result<Self, crate::json::GaveUp> {
        crate::tag_first::read_tagged(reader)
    }
}

fn shape(text: &str) -> Shape {
    serde_json::from_str(text).expect("every JSON value is some shape")
}

#[test]
fn tag_first_decoding_replays_the_entries_before_the_tag() {
    let circle = Shape::Circle(Circle {
        r#type: "circle".into(),
        radius: 2.0,
    });
    assert_eq!(shape(r#"{"type": "circle", "radius": 2}"#), circle);
    assert_eq!(shape(r#"{"radius": 2, "type": "circle"}"#), circle);
}

#[test]
fn a_tag_only_member_with_more_than_its_tag_is_kept_whole() {
    assert_eq!(shape(r#"{"type": "dot"}"#), Shape::Dot);
    let bigger = serde_json::json!({"size": 2, "type": "dot"});
    assert_eq!(
        shape(r#"{"size": 2, "type": "dot"}"#),
        Shape::Unknown(bigger)
    );
}

#[test]
fn tag_first_decoding_keeps_what_it_does_not_know() {
    let square = serde_json::json!({"side": 1, "type": "square"});
    assert_eq!(
        shape(r#"{"side": 1, "type": "square"}"#),
        Shape::Unknown(square)
    );
    let untagged = serde_json::json!({"type": 3});
    assert_eq!(shape(r#"{"type": 3}"#), Shape::Unknown(untagged));
    assert_eq!(
        shape("[1, null]"),
        Shape::Unknown(serde_json::json!([1, null]))
    );
    assert_eq!(
        shape(r#""circle""#),
        Shape::Unknown(serde_json::json!("circle"))
    );
}

#[test]
fn a_known_tag_with_a_broken_member_is_an_error() {
    let error = serde_json::from_str::<Shape>(r#"{"type": "circle", "radius": "big"}"#)
        .expect_err("a radius must be a number");
    assert!(error.to_string().contains("invalid type"), "{error}");
}

/// Settings of an imaginary API whose security scheme puts the key at `placement`.
fn settings_with(placement: crate::client::ApiKeyPlacement) -> &'static crate::client::ApiSettings {
    Box::leak(Box::new(crate::client::ApiSettings {
        default_base_url: "https://api.example.com",
        api_key_placement: placement,
        user_agent: "example/1.0",
        never_retry_codes: &[],
        retry_count_header: None,
        idempotency_header: None,
        api_key_env: None,
        base_url_env: None,
        headers_from_env: &[],
        headers: &[("Example-Version", "2")],
    }))
}

/// Reads a request's head (up to the blank line), byte by byte.
fn read_head(stream: &mut std::net::TcpStream) -> Vec<u8> {
    use std::io::Read;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
        head.push(byte[0]);
    }
    head
}

/// The head of the one request a one-shot loopback server receives (answered `{}`).
fn request_head(placement: crate::client::ApiKeyPlacement, key: &str) -> String {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accept");
        let head = read_head(&mut stream);
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}");
        String::from_utf8_lossy(&head).to_lowercase()
    });
    let client = ClientBuilder::new(settings_with(placement))
        .base_url(url)
        .api_key(key)
        .build()
        .expect("builds");
    assert!(
        !format!("{client:?}").contains(key),
        "the key shows in Debug"
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(client.get_thing("t")).expect("answered");
    server.join().expect("server")
}

#[test]
fn the_api_key_goes_where_the_security_scheme_says() {
    use crate::client::ApiKeyPlacement;
    let bearer = request_head(ApiKeyPlacement::Bearer, "user:secret");
    assert!(
        bearer.contains("authorization: bearer user:secret\r\n"),
        "{bearer}"
    );
    // The configuration's constant headers go with every request.
    assert!(bearer.contains("example-version: 2\r\n"), "{bearer}");
    let basic = request_head(ApiKeyPlacement::Basic, "user:secret");
    assert!(
        basic.contains("authorization: basic dxnlcjpzzwnyzxq=\r\n"),
        "{basic}"
    );
    // A key alone is a user name with an empty password: base64 of `sk_test:`.
    let key_alone = request_head(ApiKeyPlacement::Basic, "sk_test");
    assert!(
        key_alone.contains("authorization: basic c2tfdgvzddo=\r\n"),
        "{key_alone}"
    );
    let header = request_head(ApiKeyPlacement::Header("X-API-Key"), "user:secret");
    assert!(header.contains("x-api-key: user:secret\r\n"), "{header}");
    assert!(!header.contains("authorization"), "{header}");
    let cookie = request_head(ApiKeyPlacement::Cookie("session"), "user:secret");
    assert!(
        cookie.contains("cookie: session=user:secret\r\n"),
        "{cookie}"
    );
    let query = request_head(ApiKeyPlacement::Query("api_key"), "user:secret");
    assert!(
        query.starts_with("get /things/t?api_key=user%3asecret "),
        "{query}"
    );
    assert!(!query.contains("authorization"), "{query}");
}

/// A loopback server that answers one request with `head` and then `chunk` again and again
/// (at most `times`, so the test ends even if the client kept reading), and says how many
/// bytes of body it managed to write.
fn endless_server(
    head: &'static str,
    chunk: Vec<u8>,
    times: usize,
) -> (String, std::thread::JoinHandle<usize>) {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accept");
        read_head(&mut stream);
        let mut written = 0;
        if stream.write_all(head.as_bytes()).is_err() {
            return written;
        }
        for _ in 0..times {
            if stream.write_all(&chunk).is_err() {
                break;
            }
            written += chunk.len();
        }
        written
    });
    (url, server)
}

fn limited_client(url: String) -> crate::Client {
    ClientBuilder::default()
        .base_url(url)
        .max_retries(0)
        .max_body_size(1 << 20)
        .max_event_size(64 << 10)
        .build()
        .expect("builds")
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(future)
}

#[test]
fn a_body_announced_or_growing_past_the_limit_is_refused_without_reading_it_all() {
    // 4 GiB announced: refused before the body is read.
    let head =
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 4294967296\r\n\r\n";
    let (url, server) = endless_server(head, vec![b' '; 64 << 10], 1 << 16);
    let error = block_on(limited_client(url).get_thing("big")).expect_err("too large");
    assert!(
        matches!(error, crate::Error::TooLarge { limit, .. } if limit == 1 << 20),
        "{error}"
    );
    drop(server);
    // No length, chunks without end (up to 4 GiB): the read stops just past 1 MiB.
    let head =
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
    let mut chunk = format!("{:x}\r\n", 64 << 10).into_bytes();
    chunk.extend(vec![b' '; 64 << 10]);
    chunk.extend(b"\r\n");
    let (url, server) = endless_server(head, chunk, 1 << 16);
    let error = block_on(limited_client(url).get_thing("endless")).expect_err("too large");
    assert!(matches!(error, crate::Error::TooLarge { .. }), "{error}");
    let written = server.join().expect("server");
    assert!(
        written < 64 << 20,
        "the client stopped reading early; the server wrote {written} bytes"
    );
}

#[test]
fn an_event_that_never_ends_ends_the_stream_with_an_error_item() {
    use futures_core::Stream;
    let head =
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n";
    let mut first = b"data: ".to_vec();
    first.extend(vec![b'a'; 4096]);
    let mut chunk = format!("{:x}\r\n", first.len()).into_bytes();
    chunk.extend(&first);
    chunk.extend(b"\r\n");
    // The same chunk again and again: "data: aaa…" with no line end, up to 256 MiB.
    let (url, server) = endless_server(head, chunk, 1 << 16);
    let items = block_on(async {
        let mut stream = limited_client(url)
            .watch_things()
            .await
            .expect("stream opens");
        let mut items = Vec::new();
        while let Some(item) =
            std::future::poll_fn(|cx| std::pin::Pin::new(&mut stream).poll_next(cx)).await
        {
            items.push(item);
        }
        items
    });
    assert_eq!(items.len(), 1, "one error item, then the end");
    assert!(matches!(
        &items[0],
        Err(crate::Error::TooLarge {
            what: "a stream event",
            ..
        })
    ));
    let written = server.join().expect("server");
    assert!(written < 64 << 20, "the server wrote {written} bytes");
}

/// An object type as the generator writes one: `name` required, `note` optional and nullable.
#[derive(Debug, Default, PartialEq)]
struct Note {
    name: String,
    note: crate::fields::Nullable<String>,
    extra: crate::fields::Extra,
}

impl serde::Serialize for Note {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = crate::fields::ObjectWriter::new(serializer, &self.extra)?;
        object.required("name", &self.name);
        object.nullable("note", &self.note);
        object.end()
    }
}

crate::fields::impl_object_decoding!(Note);

impl crate::fields::Object for Note {
    const NAME: &'static str = "Note";

    fn from_map<'de, M: crate::fields::Properties<'de>>(mut map: M) -> Result<Self, M::Error> {
        let mut name = None;
        let mut note = crate::fields::Nullable::Absent;
        let mut extra = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
            match key.as_str() {
                "name" => map.read_some(&mut name),
                "note" => map.read(&mut note),
                _ => extra.keep(key, &mut map),
            }?;
        }
        Ok(Self {
            name: extra.required_or_default(name, "name"),
            note,
            extra,
        })
    }
}

/// A string enum as the generator writes one: `as_str` and `From<&str>` of its own, the
/// rest through `impl_string_traits!`.
#[derive(Clone, Debug)]
enum Color {
    Red,
    Unknown(String),
}

impl Color {
    fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Color {
    fn from(value: &str) -> Self {
        match value {
            "red" => Self::Red,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::json::impl_string_traits!(Color);

#[test]
fn a_string_enum_reads_and_writes_through_its_own_names() {
    let unknown = Color::Unknown("ultra violet".to_owned());
    for (text, color) in [("red", Color::Red), ("ultra violet", unknown)] {
        let json = format!("\"{text}\"");
        assert_eq!(read_alone::<Color>(&json), Some(color.clone()), "{json}");
        assert_eq!(serde_json::to_string(&color).expect("encodes"), json);
        assert_eq!(color.to_string(), text);
        assert_eq!(text.parse::<Color>(), Ok(color));
    }
    assert_eq!(
        read_alone::<Color>(r#""r\u0065d""#),
        Some(Color::Red),
        "escaped"
    );
    assert_eq!(read_alone::<Color>("3"), None);
}

#[test]
fn a_string_enum_is_equal_and_hashed_by_its_wire_text() {
    use std::collections::HashSet;
    let by_hand = Color::Unknown("red".to_owned());
    assert_eq!(by_hand, Color::Red, "the same JSON");
    assert_ne!(Color::Unknown("blue".to_owned()), Color::Red);
    assert_ne!(
        Color::Unknown("blue".to_owned()),
        Color::Unknown("green".to_owned())
    );
    let set: HashSet<Color> = [Color::Red, by_hand, Color::Unknown("blue".to_owned())].into();
    assert_eq!(set.len(), 2, "{set:?}");
}

fn note_round_trip(text: &str) -> (Note, serde_json::Value) {
    let note: Note = serde_json::from_str(text).expect("decodes");
    let written = serde_json::to_value(&note).expect("encodes");
    assert_eq!(
        written,
        serde_json::from_str::<serde_json::Value>(text).expect("JSON"),
        "{text} comes back as it came"
    );
    (note, written)
}

#[test]
fn null_absent_and_value_stay_apart() {
    let (absent, _) = note_round_trip(r#"{"name": "a"}"#);
    assert!(absent.note.is_absent());
    let (null, _) = note_round_trip(r#"{"name": "a", "note": null}"#);
    assert!(null.note.is_null());
    let (value, _) = note_round_trip(r#"{"name": "a", "note": "n"}"#);
    assert_eq!(value.note.as_ref().map(String::as_str), Some("n"));
}

#[test]
fn unknown_properties_are_kept_and_a_missing_required_one_is_remembered() {
    let (note, _) = note_round_trip(r#"{"new": [1, {"x": null}], "name": "a", "z": 2}"#);
    assert_eq!(
        note.extra.get("new"),
        Some(&serde_json::json!([1, {"x": null}]))
    );
    assert_eq!(note.extra.len(), 2);
    let (lacking, written) = note_round_trip(r#"{"note": null}"#);
    assert_eq!(lacking.extra.absent_required(), ["name"]);
    assert_eq!(written, serde_json::json!({"note": null}), "left out again");
    let listed = crate::fields::listed_only(|| serde_json::to_value(&note)).expect("encodes");
    assert_eq!(
        listed,
        serde_json::json!({"name": "a"}),
        "only what the type lists"
    );
    let whole = serde_json::to_value(&note).expect("encodes");
    assert_eq!(whole["z"], 2, "listed_only ends with its closure");
}

/// A value whose serialisation fails, or records that it was asked for.
struct Writes<'a>(Option<&'a std::cell::Cell<u32>>);

impl serde::Serialize for Writes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            None => Err(serde::ser::Error::custom("refused")),
            Some(count) => {
                count.set(count.get() + 1);
                serializer.serialize_unit()
            }
        }
    }
}

/// Written through the object writer: `before`, the value that fails, `after`.
struct Failing<'a>(Writes<'a>, Writes<'a>, Writes<'a>);

impl serde::Serialize for Failing<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let extra = crate::fields::Extra::default();
        let mut object = crate::fields::ObjectWriter::new(serializer, &extra)?;
        object.required("before", &self.0);
        object.required("fails", &self.1);
        object.optional("after", &Some(&self.2));
        object.end()
    }
}

#[test]
fn the_writers_first_error_is_returned_and_nothing_is_written_after_it() {
    let count = std::cell::Cell::new(0);
    let failing = Failing(Writes(Some(&count)), Writes(None), Writes(Some(&count)));
    let error = serde_json::to_string(&failing).expect_err("the second property fails");
    assert_eq!(error.to_string(), "refused");
    assert_eq!(
        count.get(),
        1,
        "only the property before the failing one was written"
    );
}

#[test]
fn a_missing_required_property_without_an_empty_value_is_named() {
    let error =
        crate::fields::required::<crate::Client, serde_json::Error>(None, "client", "Settings")
            .expect_err("nothing to stand in");
    assert_eq!(error.to_string(), "missing field `client` of Settings");
}

/// A tagged union with an object type as its member, as the generator writes one.
#[derive(Debug, PartialEq)]
enum Tagged {
    Note(Note),
    Unknown(serde_json::Value),
}

impl crate::tag_first::TaggedUnion for Tagged {
    const TAG: &'static str = "kind";
    const EXPECTING: &'static str = "a tagged value";

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {
        match tag {
            "note" => <Note as crate::fields::Object>::from_map(rest).map(Tagged::Note),
            _ => crate::tag_first::unknown_member(rest).map(Tagged::Unknown),
        }
    }

    fn from_buffered<E: serde::de::Error>(raw: &serde_json::value::RawValue) -> Result<Self, E> {
        match crate::unions::tag_of(raw, "kind").as_deref() {
            Some("note") => crate::unions::decode(raw).map(Tagged::Note),
            _ => crate::unions::decode(raw).map(Tagged::Unknown),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Tagged {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::tag_first::deserialize_tagged(deserializer)
    }
}

impl crate::json::FromJson for Tagged {
    fn read_json(reader: &mut crate::json::Reader<'_>) -> Result<Self, crate::json::GaveUp> {
        crate::tag_first::read_tagged(reader)
    }
}

/// What the crate's JSON reader makes of `text` without serde (`None` where it gives up),
/// checked to be what serde makes of it.
pub(crate) fn read_alone<T>(text: &str) -> Option<T>
where
    T: crate::json::FromJson + PartialEq + std::fmt::Debug,
{
    let value = crate::json::read::<T>(text);
    let serde = serde_json::from_str::<T>(text).ok();
    if let Ok(value) = &value {
        assert_eq!(Some(value), serde.as_ref(), "{text}");
    }
    value.ok()
}

#[test]
fn the_json_reader_decodes_objects_and_tagged_unions_as_serde_does() {
    for text in [
        r#"{"name": "a"}"#,
        r#"{"name": "a", "note": null}"#,
        r#" {"note": "n", "name": "a", "new": [1, {"x": null}], "z": 2.5} "#,
        r#"{"note": null}"#,
        r#"{"name": "a", "name": "b"}"#,
    ] {
        assert!(read_alone::<Note>(text).is_some(), "{text}");
    }
    for text in [
        r#"{"note": null, "new": {"a": [1, "\u00e9"]}, "kind": "note", "name": "n"}"#,
        r#"{"name": "a", "name": "c", "name": "b", "kind": "note"}"#,
        r#"{"x": 1, "kind": "other", "y": [true]}"#,
        r#"{"kind": 3, "kind": "note", "name": "n"}"#,
    ] {
        assert!(read_alone::<Tagged>(text).is_some(), "{text}");
    }
    for text in [
        r#"{"type": "circle", "radius": 2}"#,
        r#"{"radius": 2, "type": "circle"}"#,
        r#"{"type": "dot"}"#,
        r#"{"size": 2, "type": "dot"}"#,
        r#"{"side": 1, "type": "square"}"#,
    ] {
        assert!(read_alone::<Shape>(text).is_some(), "{text}");
    }
    // Left to serde: no tag, an escaped name, a value that is no object, a broken member.
    for text in [
        r#"{"type": 3}"#,
        r#"{"t\u0079pe": "dot"}"#,
        "[1, null]",
        r#""circle""#,
        r#"{"type": "circle", "radius": "big"}"#,
    ] {
        assert_eq!(read_alone::<Shape>(text), None, "{text}");
    }
    assert_eq!(read_alone::<Note>(r#"{"name": 5}"#), None);
    assert_eq!(read_alone::<Note>(r#"{"name": "a",}"#), None);
}

/// Texts close to valid ones (a byte dropped, changed or added, a piece repeated): wherever
/// the JSON reader reads one alone, serde_json reads the same value (`read_alone` checks it).
#[test]
fn the_json_reader_never_reads_what_serde_reads_otherwise() {
    let bases = [
        r#"{"note": null, "new": {"a": [1, -2.5e3, "\u00e9"]}, "kind": "note", "name": "n"}"#,
        r#"{"kind": "note", "name": "a", "note": "x", "list": [true, false, null, 0]}"#,
        "{\n  \"type\": \"circle\",\n  \"radius\": 2,\n  \"tags\": [\"a\", \"b\"]\n}",
        r#"{"size": 2, "type": "dot", "t": "\"quoted\""}"#,
        r#"[[1, 2], [], [-3, 40, 500]]"#,
        r#"[[1.5, -0.0, 2e-3], [17976931348623157e292], [0.1, -0]]"#,
        "{\"a\": \"x\", \"b\\u0041\": null,\r\n\t\"kind\": \"note\", \"name\": \"\u{e9}\"}",
    ];
    let alphabet = b"{}[]\",:\\ \n\tntrufalse0123456789-+.eE\x01\x1f\x7fa\xc3\xa9";
    let mut rng = fastrand::Rng::with_seed(7);
    let mut read = 0;
    for _ in 0..20_000 {
        let mut bytes = bases[rng.usize(..bases.len())].as_bytes().to_vec();
        for _ in 0..rng.usize(1..=3) {
            let at = rng.usize(..bytes.len());
            let byte = alphabet[rng.usize(..alphabet.len())];
            match rng.u8(..4) {
                0 => drop(bytes.remove(at)),
                1 => bytes[at] = byte,
                2 => bytes.insert(at, byte),
                _ => {
                    let end = (at + rng.usize(1..8)).min(bytes.len());
                    let piece = bytes[at..end].to_vec();
                    bytes.splice(at..at, piece);
                }
            }
            if bytes.is_empty() {
                break;
            }
        }
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let alone = [
            read_alone::<Tagged>(text).is_some(),
            read_alone::<Note>(text).is_some(),
            read_alone::<Shape>(text).is_some(),
            read_alone::<Vec<Vec<i64>>>(text).is_some(),
            read_alone::<Vec<Vec<f64>>>(text).is_some(),
            read_alone::<Vec<Option<i32>>>(text).is_some(),
            read_alone::<std::collections::BTreeMap<String, Option<String>>>(text).is_some(),
        ];
        read += alone.iter().filter(|alone| **alone).count();
    }
    // Enough of the texts stay readable for the comparison to mean something.
    assert!(read > 2_000, "only {read} texts were read");
}

#[test]
fn entries_before_the_tag_are_replayed_into_the_member_from_their_text() {
    let text = r#"{"note": null, "new": {"a": [1, "\u00e9"]}, "kind": "note", "name": "n"}"#;
    let Tagged::Note(note) = serde_json::from_str::<Tagged>(text).expect("decodes") else {
        panic!("a note")
    };
    assert!(note.note.is_null(), "an explicit null stays one");
    assert_eq!(note.name, "n");
    assert_eq!(
        note.extra.get("new"),
        Some(&serde_json::json!({"a": [1, "é"]}))
    );
    assert_eq!(note.extra.get("kind"), Some(&serde_json::json!("note")));
    // Replayed in the order they were read: the last of a repeated property wins, as after
    // the tag.
    let repeated = r#"{"name": "a", "name": "c", "name": "b", "kind": "note"}"#;
    let Tagged::Note(note) = serde_json::from_str::<Tagged>(repeated).expect("decodes") else {
        panic!("a note")
    };
    assert_eq!(note.name, "b");
    let unknown = r#"{"x": 1, "kind": "other", "y": [true]}"#;
    assert_eq!(
        serde_json::from_str::<Tagged>(unknown).expect("decodes"),
        Tagged::Unknown(serde_json::json!({"x": 1, "kind": "other", "y": [true]}))
    );
    let untagged = r#"{"kind": 3, "name": "n"}"#;
    assert_eq!(
        serde_json::from_str::<Tagged>(untagged).expect("decodes"),
        Tagged::Unknown(serde_json::json!({"kind": 3, "name": "n"}))
    );
}

#[test]
fn every_kind_of_value_before_the_tag_comes_back_as_it_came() {
    let values = r#"{"zero": 0, "ten": 10, "max": 18446744073709551615, "negative": -3,
        "float": 1.5, "yes": true, "none": null, "text": "a\"\u00e9", "list": [1, "b"],
        "object": {"c": {}}}"#;
    let expected: serde_json::Value = serde_json::from_str(values).expect("JSON");
    // Before a tag: replayed into the member, which keeps what it does not list.
    let entries = values.strip_prefix('{').and_then(|v| v.strip_suffix('}'));
    let before_tag = format!(
        r#"{{"name": "n", {}, "kind": "note"}}"#,
        entries.expect("an object")
    );
    let Tagged::Note(note) = serde_json::from_str::<Tagged>(&before_tag).expect("decodes") else {
        panic!("a note: {before_tag}")
    };
    assert_eq!(note.name, "n");
    let mut kept: serde_json::Map<_, _> = note
        .extra
        .iter()
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect();
    assert_eq!(kept.remove("kind"), Some(serde_json::json!("note")));
    assert_eq!(serde_json::Value::Object(kept), expected);
    // No tag: the object is written back whole.
    assert_eq!(
        serde_json::from_str::<Tagged>(values).expect("decodes"),
        Tagged::Unknown(expected)
    );
}

#[test]
fn a_replayed_entry_that_fails_names_its_error_without_the_place_in_the_piece() {
    let error = serde_json::from_str::<Tagged>(r#"{"name": 5, "kind": "note"}"#)
        .expect_err("a name is a string");
    let message = error.to_string();
    assert!(
        message.starts_with("invalid type: integer `5`"),
        "{message}"
    );
    assert_eq!(
        message.matches(" at line ").count(),
        1,
        "one place, the document's: {message}"
    );
}

fn raw(text: &str) -> Box<serde_json::value::RawValue> {
    serde_json::value::RawValue::from_string(text.to_owned()).expect("JSON")
}

#[test]
fn unions_look_at_a_value_without_decoding_it() {
    use crate::unions::{entry_count, kind, string_of, tag_of, try_decode, Kind};
    let kinds = [
        (r#""a""#, Kind::String),
        ("-1.5", Kind::Number),
        ("false", Kind::Boolean),
        ("[]", Kind::Array),
        (r#"{"a": 1}"#, Kind::Object),
        ("null", Kind::Null),
    ];
    for (text, expected) in kinds {
        assert_eq!(kind(&raw(text)), expected, "{text}");
    }
    assert!(matches!(
        string_of(&raw(r#""auto""#)),
        Some(std::borrow::Cow::Borrowed("auto"))
    ));
    assert_eq!(string_of(&raw(r#""a\"b""#)).as_deref(), Some("a\"b"));
    assert_eq!(string_of(&raw("[1]")), None);
    let object = raw(r#"{"a": {"type": "inner"}, "type": "outer", "b": [1]}"#);
    assert_eq!(tag_of(&object, "type").as_deref(), Some("outer"));
    assert_eq!(tag_of(&object, "kind"), None);
    assert_eq!(tag_of(&raw(r#"{"type": 3}"#), "type"), None);
    assert_eq!(tag_of(&raw(r#"["type"]"#), "type"), None);
    assert_eq!(entry_count(&object), 3);
    assert_eq!(entry_count(&raw("{}")), 0);
    assert_eq!(entry_count(&raw("7")), 0);
    assert_eq!(try_decode::<Vec<u8>>(&raw("[1, 2]")), Some(vec![1, 2]));
    assert_eq!(try_decode::<Vec<u8>>(&raw("[1, -2]")), None);
}

#[test]
fn a_tag_is_written_as_json_in_place_when_it_fits_and_needs_no_escapes() {
    let mut buffer = [0; crate::fields::STRING_BUFFER];
    let short = crate::fields::string_json("thread.run", &mut buffer);
    assert!(matches!(short, std::borrow::Cow::Borrowed(_)));
    assert_eq!(&*short, r#""thread.run""#);
    for text in ["a\"b\\c\n", &"x".repeat(62), "", "é"] {
        let mut buffer = [0; crate::fields::STRING_BUFFER];
        let json = crate::fields::string_json(text, &mut buffer);
        let back: String = serde_json::from_str(&json).expect("JSON");
        assert_eq!(back, text);
    }
}
