//! Inputs shared by the benchmarks: synthetic streams built in memory, so every run
//! measures the same bytes.

/// The `data:` payload of one `thread.message.delta` event carrying `text`.
pub fn message_delta(index: usize, text: &str) -> String {
    serde_json::json!({
        "id": format!("msg_{index:06}"),
        "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": text, "annotations": []}}]}
    })
    .to_string()
}

/// A stream of `count` message deltas as the API sends them, ending with `[DONE]`,
/// and the payloads alone (for the floor: decoding without framing).
pub fn delta_stream(count: usize) -> (Vec<u8>, Vec<String>) {
    let words = [
        "Deep",
        " learning",
        " is",
        " like",
        " teaching",
        " a",
        " computer",
        " to",
        " see.",
    ];
    let mut stream = String::new();
    let mut payloads = Vec::with_capacity(count);
    for index in 0..count {
        let payload = message_delta(index, words[index % words.len()]);
        stream.push_str("event: thread.message.delta\ndata: ");
        stream.push_str(&payload);
        stream.push_str("\n\n");
        payloads.push(payload);
    }
    stream.push_str("event: done\ndata: [DONE]\n\n");
    (stream.into_bytes(), payloads)
}

/// `bytes` cut into chunks of `size`, as a network would deliver them.
pub fn chunks(bytes: &[u8], size: usize) -> Vec<bytes::Bytes> {
    bytes
        .chunks(size)
        .map(bytes::Bytes::copy_from_slice)
        .collect()
}

/// The corpus beside the repository (a test input, read at run time).
pub fn corpus_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus")
}

/// The text of every corpus file whose name starts with `prefix` and ends with `.json`.
pub fn corpus_files(prefix: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(corpus_dir())
        .expect("the corpus at ../shared/corpus")
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(prefix) && name.ends_with(".json"))
        .filter_map(|name| {
            let text = std::fs::read_to_string(corpus_dir().join(&name)).ok()?;
            Some((name, text))
        })
        .collect();
    files.sort();
    files
}

/// Each event of an SSE stream as the JSON text `{"event": name, "data": data}`, the form
/// both our types and async-openai's decode from.
pub fn event_texts(stream: &[u8]) -> Vec<String> {
    let mut decoder = openai_thread_runs::sse::SseDecoder::new();
    let mut events = std::collections::VecDeque::new();
    decoder.push(stream, &mut events);
    events
        .into_iter()
        .filter(|event| event.data != "[DONE]")
        .map(|event| {
            format!(
                r#"{{"event":{},"data":{}}}"#,
                serde_json::Value::String(event.event),
                event.data
            )
        })
        .collect()
}
