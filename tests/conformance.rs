//! Conformance of the generated types against real payloads.
//!
//! The corpus in `shared/corpus` (next to the repository) collects payloads
//! from the spec's own examples, SDK tests, SDK wire output and API captures
//! pasted in public issues. Its `INDEX.md` names the schema each file should
//! deserialize into. The corpus is read at run time and never copied here, so
//! the test follows the corpus as it grows.
//!
//! For every payload of a schema our spec has, the test checks that it
//! decodes and that re-serialising it gives the same JSON: `null` stays
//! `null`, absent stays absent, and fields our schema lacks are kept and
//! written back (numbers compare as numbers: `1` and `1.0` are one JSON
//! number). The fields our schema lacks are listed too, from the value written
//! with only what the schema lists, so that spec gaps stay visible.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use openai_thread_runs::types::{self, AssistantStreamEvent};
use serde_json::{json, Map, Value};

const CORPUS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");

// ---------------------------------------------------------------------------
// Decoders
// ---------------------------------------------------------------------------

/// How one generated type is exercised.
#[derive(Clone, Copy)]
struct Codec {
    /// Decodes a JSON value into the type and serialises it back: whole, and with only the
    /// properties the schema lists.
    round_trip: fn(&Value) -> Result<(Value, Value), String>,
    /// Decodes raw text, as a client reading a response body would.
    parse_text: fn(&str) -> Result<(), String>,
    /// Decodes text with the crate's JSON reader alone: whether it read it (rather than
    /// give up), or the error if it read a value other than serde_json's.
    read_alone: fn(&str) -> Result<bool, String>,
}

/// Whether the crate's JSON reader reads `text` alone, and an error if what it reads is not
/// what serde_json reads.
fn read_alone<T>(text: &str) -> Result<bool, String>
where
    T: openai_thread_runs::json::FromJson + PartialEq + std::fmt::Debug,
{
    let Ok(ours) = openai_thread_runs::json::read::<T>(text) else {
        return Ok(false);
    };
    match serde_json::from_str::<T>(text) {
        Ok(serde) if serde == ours => Ok(true),
        Ok(serde) => Err(format!(
            "the JSON reader read {ours:?}, serde_json {serde:?}"
        )),
        Err(e) => Err(format!("the JSON reader read what serde_json rejects: {e}")),
    }
}

macro_rules! codec {
    ($ty:ty) => {
        Codec {
            round_trip: |value: &Value| {
                let decoded: $ty =
                    serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
                let whole = serde_json::to_value(&decoded).map_err(|e| e.to_string())?;
                let listed =
                    openai_thread_runs::fields::listed_only(|| serde_json::to_value(&decoded))
                        .map_err(|e| e.to_string())?;
                Ok((whole, listed))
            },
            parse_text: |text: &str| {
                serde_json::from_str::<$ty>(text)
                    .map(drop)
                    .map_err(|e| e.to_string())
            },
            read_alone: read_alone::<$ty>,
        }
    };
}

/// The codec of the OpenAPI schema `name`, or `None` if our spec lacks it.
fn codec_for(name: &str) -> Option<Codec> {
    macro_rules! by_schema_name {
        ($($schema:ident),* $(,)?) => {
            match name {
                $(stringify!($schema) => Some(codec!(types::$schema)),)*
                _ => None,
            }
        };
    }
    by_schema_name!(
        CreateThreadAndRunRequest,
        CreateThreadRequest,
        CreateMessageRequest,
        SubmitToolOutputsRunRequest,
        RunObject,
        ThreadObject,
        MessageObject,
        MessageDeltaObject,
        RunStepObject,
        RunStepDeltaObject,
        ListMessagesResponse,
    )
}

/// What a corpus file is decoded into.
enum Target {
    /// A component schema, decoded directly.
    Schema(Codec),
    /// The `data` of a stream event, decoded as `AssistantStreamEvent`
    /// together with its event name.
    Event(String),
}

impl Target {
    /// Decodes `payload` and returns it re-serialised: whole, and with only the listed
    /// properties.
    fn round_trip(&self, payload: &Value) -> Result<(Value, Value), String> {
        match self {
            Target::Schema(codec) => (codec.round_trip)(payload),
            Target::Event(name) => round_trip_event(name, payload),
        }
    }

    /// Decodes text with the crate's JSON reader alone (see [`Codec::read_alone`]).
    fn read_alone(&self, text: &str) -> Result<bool, String> {
        match self {
            Target::Schema(codec) => (codec.read_alone)(text),
            Target::Event(name) => read_alone::<AssistantStreamEvent>(&format!(
                r#"{{"event":{},"data":{text}}}"#,
                json!(name)
            )),
        }
    }

    /// Decodes raw text that is not valid JSON; must be `Err`.
    fn parse_text(&self, text: &str) -> Result<(), String> {
        match self {
            Target::Schema(codec) => (codec.parse_text)(text),
            Target::Event(name) => {
                // Spliced in as text, the way an SSE client builds the event
                // from the raw `data:` line.
                let event = format!(r#"{{"event":{},"data":{text}}}"#, json!(name));
                serde_json::from_str::<AssistantStreamEvent>(&event)
                    .map(drop)
                    .map_err(|e| e.to_string())
            }
        }
    }
}

/// Decodes `{"event": name, "data": data}` as a stream event and returns the
/// re-serialised `data`, whole and with only the listed properties. The event
/// must decode as the variant `name` names: an `Unknown` event would round-trip
/// perfectly while proving nothing.
fn round_trip_event(name: &str, data: &Value) -> Result<(Value, Value), String> {
    let event: AssistantStreamEvent =
        serde_json::from_value(json!({ "event": name, "data": data }))
            .map_err(|e| e.to_string())?;
    if let AssistantStreamEvent::Unknown(_) = event {
        return Err(format!(
            "event `{name}` decoded as AssistantStreamEvent::Unknown"
        ));
    }
    let data_of = |mut written: Value| {
        let written_name = written.get("event").and_then(Value::as_str);
        if written_name != Some(name) {
            return Err(format!(
                "event `{name}` re-serialised as event {written_name:?}"
            ));
        }
        written
            .get_mut("data")
            .map(Value::take)
            .ok_or_else(|| format!("event `{name}` re-serialised without `data`"))
    };
    let whole = serde_json::to_value(&event).map_err(|e| e.to_string())?;
    let listed = openai_thread_runs::fields::listed_only(|| serde_json::to_value(&event))
        .map_err(|e| e.to_string())?;
    Ok((data_of(whole)?, data_of(listed)?))
}

// ---------------------------------------------------------------------------
// INDEX.md
// ---------------------------------------------------------------------------

/// One row of the file tables of `INDEX.md`.
struct Entry {
    file: String,
    /// The "deserialize into" column, reduced to the schema name
    /// (`RunObject (v1 shape)` -> `RunObject`).
    schema: String,
    /// The notes mark payloads that deliberately do not match the schema.
    negative: bool,
}

/// Column positions of a file table, read from its header row.
struct Columns {
    file: usize,
    schema: usize,
    notes: usize,
}

fn table_cells(line: &str) -> Vec<&str> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(str::trim).collect()
}

/// Reads the rows of every table whose header has `file`, `deserialize into`
/// and `notes` columns; other tables (such as the per-schema counts) are
/// skipped.
fn parse_index(index: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut columns: Option<Columns> = None;
    for line in index.lines() {
        if !line.trim_start().starts_with('|') {
            columns = None;
            continue;
        }
        let cells = table_cells(line);
        let position = |name: &str| cells.iter().position(|cell| *cell == name);
        if let (Some(file), Some(schema), Some(notes)) = (
            position("file"),
            position("deserialize into"),
            position("notes"),
        ) {
            columns = Some(Columns {
                file,
                schema,
                notes,
            });
            continue;
        }
        let Some(columns) = &columns else { continue };
        if cells
            .iter()
            .all(|cell| cell.chars().all(|c| c == '-' || c == ':'))
        {
            continue; // the |---|---| separator row
        }
        entries.push(Entry {
            file: cells[columns.file].trim_matches('`').to_owned(),
            schema: cells[columns.schema]
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_owned(),
            negative: cells[columns.notes].contains("NEGATIVE"),
        });
    }
    entries
}

/// The event name of a `stream_event__<event-name>__<source>...` file.
fn stream_event_name(file: &str) -> Option<&str> {
    file.strip_prefix("stream_event__")?.split("__").next()
}

// ---------------------------------------------------------------------------
// Round-trip comparison
// ---------------------------------------------------------------------------

/// How a re-serialised payload differs from the original.
#[derive(Default)]
struct Diff {
    /// Paths of keys the original has and the written value does not.
    lagging: Vec<String>,
    /// Any other difference, described with its path.
    mismatches: Vec<String>,
}

/// Compares as JSON: numbers as numbers (`1` equals `1.0`), objects by keys
/// (in any order), `null` and absent apart.
fn compare(original: &Value, written: &Value, path: &str, diff: &mut Diff) {
    match (original, written) {
        (Value::Object(original), Value::Object(written)) => {
            compare_objects(original, written, path, diff);
        }
        (Value::Array(original), Value::Array(written)) if original.len() == written.len() => {
            for (index, (a, b)) in original.iter().zip(written).enumerate() {
                compare(a, b, &format!("{path}[{index}]"), diff);
            }
        }
        (Value::Array(original), Value::Array(written)) => diff.mismatches.push(format!(
            "{path}: array of {} items became {} items",
            original.len(),
            written.len()
        )),
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => {}
        (a, b) if a == b => {}
        (a, b) => diff.mismatches.push(format!(
            "{path}: {} became {}",
            abbreviate(a),
            abbreviate(b)
        )),
    }
}

fn compare_objects(
    original: &Map<String, Value>,
    written: &Map<String, Value>,
    path: &str,
    diff: &mut Diff,
) {
    for (key, value) in original {
        let child = format!("{path}.{key}");
        match written.get(key) {
            Some(written_value) => compare(value, written_value, &child, diff),
            None => diff.lagging.push(child),
        }
    }
    for (key, value) in written {
        if !original.contains_key(key) {
            diff.mismatches
                .push(format!("{path}.{key}: absent became {}", abbreviate(value)));
        }
    }
}

/// A value short enough for a one-line report.
fn abbreviate(value: &Value) -> String {
    const LIMIT: usize = 100;
    let text = value.to_string();
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// `$.data[3].content[0]` -> `$.data[*].content[*]`, so the same missing
/// field counts once per file however many array items carry it.
fn generalise_indices(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push_str("[*]");
            }
            ']' => in_index = false,
            _ if in_index => {}
            _ => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Running the corpus
// ---------------------------------------------------------------------------

#[derive(Default)]
struct Counts {
    decoded: usize,
    /// Payloads the crate's JSON reader read without serde_json's help for the whole.
    read_alone: usize,
    total: usize,
    invalid_rejected: usize,
    invalid_total: usize,
    negative_rejected: usize,
    negative_total: usize,
}

#[derive(Default)]
struct Report {
    /// Per row label (schema, or schema carried by a stream event).
    counts: BTreeMap<String, Counts>,
    /// `Schema.$.path` -> number of files whose payload has it.
    lagging: BTreeMap<String, usize>,
    /// Schema -> number of files, for schemas our spec does not have.
    not_in_spec: BTreeMap<String, usize>,
    sse_files: usize,
    /// What happened to each NEGATIVE payload (informational).
    negatives: Vec<String>,
    failures: Vec<String>,
}

impl Report {
    fn fail(&mut self, file: &str, message: impl std::fmt::Display) {
        self.failures.push(format!("{file}: {message}"));
    }
}

fn read_corpus_file(file: &str) -> Result<String, String> {
    std::fs::read_to_string(Path::new(CORPUS_DIR).join(file))
        .map_err(|e| format!("cannot read the file listed in INDEX.md: {e}"))
}

/// Checks one file of the index, recording the outcome in `report`.
fn check_entry(entry: &Entry, report: &mut Report) {
    let file = entry.file.as_str();
    if file.ends_with(".sse") {
        report.sse_files += 1; // whole streams: the SSE test covers them
        return;
    }
    let (target, label) = match stream_event_name(file) {
        Some(name) => (
            Target::Event(name.to_owned()),
            format!("{} (stream event)", entry.schema),
        ),
        None => match codec_for(&entry.schema) {
            Some(codec) => (Target::Schema(codec), entry.schema.clone()),
            None => {
                *report.not_in_spec.entry(entry.schema.clone()).or_default() += 1;
                return;
            }
        },
    };
    let text = match read_corpus_file(file) {
        Ok(text) => text,
        Err(message) => return report.fail(file, message),
    };
    if file.ends_with(".invalid.txt") {
        check_invalid(file, &target, &text, &label, report);
        return;
    }
    let payload = if file.ends_with(".json") {
        match serde_json::from_str::<Value>(&text) {
            Ok(payload) => payload,
            Err(e) => return report.fail(file, format!("the corpus file is not JSON: {e}")),
        }
    } else if file.ends_with(".txt") {
        // Non-JSON event data such as `[DONE]`, carried as a JSON string.
        Value::String(text.clone())
    } else {
        return report.fail(file, "unknown file kind (expected .json, .txt or .sse)");
    };
    if entry.negative {
        check_negative(file, &target, &payload, &label, report);
    } else {
        check_payload(file, &target, &payload, &entry.schema, &label, report);
        // The file's own text (as the API wrote it), or a string's JSON.
        let json_text = if file.ends_with(".json") {
            text
        } else {
            payload.to_string()
        };
        check_reader(file, &target, &json_text, &label, report);
    }
}

/// The client decodes answers with the crate's JSON reader: where it reads a payload alone,
/// it must read what serde_json reads.
fn check_reader(file: &str, target: &Target, text: &str, label: &str, report: &mut Report) {
    match target.read_alone(text) {
        Ok(read) => {
            let counts = report.counts.entry(label.to_owned()).or_default();
            counts.read_alone += usize::from(read);
        }
        Err(e) => report.fail(file, e),
    }
}

/// A payload that must decode and round-trip.
fn check_payload(
    file: &str,
    target: &Target,
    payload: &Value,
    schema: &str,
    label: &str,
    report: &mut Report,
) {
    report.counts.entry(label.to_owned()).or_default().total += 1;
    let (written, listed) = match target.round_trip(payload) {
        Ok(written) => written,
        Err(e) => return report.fail(file, format!("does not decode into {label}: {e}")),
    };
    report.counts.entry(label.to_owned()).or_default().decoded += 1;
    let mut diff = Diff::default();
    compare(payload, &written, "$", &mut diff);
    for path in diff.mismatches.iter().chain(&diff.lagging) {
        report.fail(file, format!("round trip differs at {path}"));
    }
    // What the payload has beyond the schema: what the listed-only writing leaves out.
    let mut diff = Diff::default();
    compare(payload, &listed, "$", &mut diff);
    // Count each lagging field once per file.
    let lagging: BTreeSet<_> = diff
        .lagging
        .iter()
        .map(|path| format!("{schema}.{}", generalise_indices(path)))
        .collect();
    for path in lagging {
        *report.lagging.entry(path).or_default() += 1;
    }
}

/// A payload the corpus marks as outside the schema on purpose (e.g. an
/// Assistants v1 object): either outcome is acceptable, so it is reported,
/// and its shape says nothing about conformance, so it is not diffed.
fn check_negative(file: &str, target: &Target, payload: &Value, label: &str, report: &mut Report) {
    let counts = report.counts.entry(label.to_owned()).or_default();
    counts.negative_total += 1;
    let outcome = match target.round_trip(payload) {
        Ok(_) => "decoded (accepted)".to_owned(),
        Err(e) => {
            counts.negative_rejected += 1;
            format!("rejected: {e}")
        }
    };
    report
        .negatives
        .push(format!("{file} as {label}: {outcome}"));
}

/// Text that is not valid JSON must be rejected with an error.
fn check_invalid(file: &str, target: &Target, text: &str, label: &str, report: &mut Report) {
    let counts = report.counts.entry(label.to_owned()).or_default();
    counts.invalid_total += 1;
    match target.parse_text(text) {
        Err(_) => counts.invalid_rejected += 1,
        Ok(()) => report.fail(file, format!("invalid JSON was accepted as {label}")),
    }
}

/// Runs `check_entry` so that a panic in a generated `Deserialize` becomes a
/// failure of that one file instead of hiding the rest of the report.
fn check_entry_catching_panics(entry: &Entry, report: &mut Report) {
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| check_entry(entry, report)));
    if let Err(payload) = outcome {
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("(non-string panic payload)");
        report.fail(&entry.file, format!("panicked: {message}"));
    }
}

/// Files on disk that the index does not describe: without a row their
/// schema is unknown, and silently ignoring them would let new payloads
/// escape the test.
fn check_unindexed_files(entries: &[Entry], report: &mut Report) {
    let indexed: BTreeSet<&str> = entries.iter().map(|e| e.file.as_str()).collect();
    let listing = std::fs::read_dir(CORPUS_DIR).expect("the corpus directory is readable");
    let mut names: Vec<String> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "INDEX.md" && !name.starts_with('.'))
        .collect();
    names.sort();
    for name in names.iter().filter(|name| !indexed.contains(name.as_str())) {
        report.fail(name, "not listed in INDEX.md, so its schema is unknown");
    }
}

fn render(report: &Report, indexed_files: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n== Conformance corpus: {CORPUS_DIR} ({indexed_files} files in INDEX.md)"
    );
    let _ = writeln!(
        out,
        "{:<38} {:>9} {:>11} {:>18} {:>19}",
        "schema", "decoded", "read alone", "invalid rejected", "negative rejected"
    );
    let ratio = |done: usize, all: usize| {
        if all == 0 {
            "-".to_owned()
        } else {
            format!("{done}/{all}")
        }
    };
    for (label, c) in &report.counts {
        let _ = writeln!(
            out,
            "{label:<38} {:>9} {:>11} {:>18} {:>19}",
            ratio(c.decoded, c.total),
            ratio(c.read_alone, c.total),
            ratio(c.invalid_rejected, c.invalid_total),
            ratio(c.negative_rejected, c.negative_total),
        );
    }
    let _ = writeln!(
        out,
        "\nFields the payloads have and our schema does not ({}):",
        report.lagging.len()
    );
    for (path, files) in &report.lagging {
        let _ = writeln!(
            out,
            "  {path}  ({files} file{})",
            if *files == 1 { "" } else { "s" }
        );
    }
    let not_in_spec: Vec<String> = report
        .not_in_spec
        .iter()
        .map(|(schema, n)| format!("{schema} ({n})"))
        .collect();
    let _ = writeln!(
        out,
        "\nNot in our spec ({} files, not checked): {}",
        report.not_in_spec.values().sum::<usize>(),
        not_in_spec.join(", ")
    );
    let _ = writeln!(
        out,
        "Out of scope: {} .sse streams (covered by the SSE test)",
        report.sse_files
    );
    for negative in &report.negatives {
        let _ = writeln!(out, "NEGATIVE {negative}");
    }
    let _ = writeln!(out, "\nUnexpected failures: {}", report.failures.len());
    for failure in &report.failures {
        let _ = writeln!(out, "  FAIL {failure}");
    }
    out
}

#[test]
fn corpus_payloads_round_trip() {
    assert!(
        Path::new(CORPUS_DIR).is_dir(),
        "the conformance corpus is missing: expected a directory at {CORPUS_DIR} \
         (shared/corpus next to the repository); this test never skips"
    );
    let index = std::fs::read_to_string(Path::new(CORPUS_DIR).join("INDEX.md"))
        .unwrap_or_else(|e| panic!("cannot read {CORPUS_DIR}/INDEX.md: {e}"));
    let entries = parse_index(&index);
    assert!(
        !entries.is_empty(),
        "INDEX.md has no file table rows: has its format changed?"
    );

    let mut report = Report::default();
    for entry in &entries {
        check_entry_catching_panics(entry, &mut report);
    }
    check_unindexed_files(&entries, &mut report);

    // Shown by `cargo xtask test` (with --nocapture), and by cargo whenever the test fails.
    println!("{}", render(&report, entries.len()));

    assert!(
        report.failures.is_empty(),
        "{} corpus payload(s) failed:\n{}",
        report.failures.len(),
        report.failures.join("\n")
    );
    let decoded: usize = report.counts.values().map(|c| c.decoded).sum();
    assert!(decoded > 0, "no corpus payload was decoded");
    // The reader may hand a whole text to serde_json (an escaped property name, a tag it
    // cannot find), but nothing the API sent in the corpus needs that.
    let read_alone: usize = report.counts.values().map(|c| c.read_alone).sum();
    assert_eq!(read_alone, decoded, "payloads the JSON reader gave up on");
}

// ---------------------------------------------------------------------------
// Open enums and unions, without the corpus
// ---------------------------------------------------------------------------

/// Decodes `$json` into `$ty`, asserts it serialises back to exactly `$json`,
/// and evaluates to the decoded value.
macro_rules! assert_round_trip {
    ($ty:ty, $json:expr) => {{
        let original: Value = $json;
        let decoded: $ty = serde_json::from_value(original.clone()).unwrap_or_else(|e| {
            panic!("{} does not decode into {}: {e}", original, stringify!($ty))
        });
        let written = serde_json::to_value(&decoded).expect("serialises");
        assert_eq!(written, original, "{} does not round-trip", stringify!($ty));
        decoded
    }};
}

#[test]
fn unknown_enum_values_round_trip() {
    // Every field the spec requires; the nullable ones are null.
    let run = assert_round_trip!(
        types::RunObject,
        json!({
            "id": "run_abc123",
            "object": "thread.run",
            "created_at": 1_699_063_290,
            "thread_id": "thread_abc123",
            "assistant_id": "asst_abc123",
            "status": "paused_for_review",
            "last_error": null,
            "expires_at": null,
            "started_at": null,
            "cancelled_at": null,
            "failed_at": null,
            "completed_at": null,
            "model": "gpt-4o",
            "instructions": null,
            "tools": [],
            "metadata": null,
            "usage": null,
            "tool_choice": null,
            "response_format": null
        })
    );
    assert_eq!(
        run.status,
        types::RunObjectStatus::Unknown("paused_for_review".to_owned())
    );
}

#[test]
fn unknown_union_members_round_trip() {
    let request = assert_round_trip!(
        types::CreateThreadAndRunRequest,
        json!({
            "assistant_id": "asst_abc123",
            "tools": [{ "type": "web_browser", "settings": { "depth": 2 } }],
            "response_format": { "type": "xml" },
            "tool_choice": { "type": "computer" }
        })
    );
    let tools = request.tools.into_option().expect("tools decoded");
    assert!(
        matches!(tools[0], types::AssistantTools::Unknown(_)),
        "{:?}",
        tools[0]
    );
    let format = request
        .response_format
        .into_option()
        .expect("response_format decoded");
    assert!(
        matches!(format, types::AssistantsApiResponseFormatOption::Unknown(_)),
        "{format:?}"
    );
    let choice = request
        .tool_choice
        .into_option()
        .expect("tool_choice decoded");
    assert!(
        matches!(choice, types::AssistantsApiToolChoiceOption::Unknown(_)),
        "{choice:?}"
    );
}

#[test]
fn literal_or_object_unions_are_flat() {
    use types::{
        AssistantsApiResponseFormatOption as Format, CreateThreadAndRunRequestModel as Model,
    };

    let auto = assert_round_trip!(Format, json!("auto"));
    assert_eq!(auto, Format::Auto);
    let json_object = assert_round_trip!(Format, json!({ "type": "json_object" }));
    assert_eq!(json_object, Format::JsonObject);

    let required = assert_round_trip!(types::AssistantsApiToolChoiceOption, json!("required"));
    assert_eq!(required, types::AssistantsApiToolChoiceOption::Required);
    let file_search = assert_round_trip!(
        types::AssistantsApiToolChoiceOption,
        json!({ "type": "file_search" })
    );
    assert_eq!(
        file_search,
        types::AssistantsApiToolChoiceOption::FileSearch
    );
    let function = assert_round_trip!(
        types::AssistantsApiToolChoiceOption,
        json!({ "type": "function", "function": { "name": "lookup" } })
    );
    assert!(
        matches!(&function, types::AssistantsApiToolChoiceOption::Function(f) if f.function.name == "lookup"),
        "{function:?}"
    );

    let known = assert_round_trip!(Model, json!("gpt-4o"));
    assert_eq!(known, Model::Gpt4o);
    let fine_tune = assert_round_trip!(Model, json!("my-fine-tune"));
    assert_eq!(fine_tune, Model::Other("my-fine-tune".to_owned()));
}

#[test]
fn tagged_unions_decode_whatever_the_key_order() {
    // The tag first is read without buffering; anywhere else, the object is read whole.
    let first: types::AssistantTools =
        serde_json::from_value(json!({"type": "function", "function": {"name": "f"}}))
            .expect("tag first");
    let last: types::AssistantTools =
        serde_json::from_value(json!({"function": {"name": "f"}, "type": "function"}))
            .expect("tag last");
    assert_eq!(first, last);
    assert!(
        matches!(first, types::AssistantTools::Function(_)),
        "{first:?}"
    );
    let text = r#"{"function":{"name":"f"},"type":"function"}"#;
    let from_text: types::AssistantTools = serde_json::from_str(text).expect("tag last, from text");
    assert_eq!(from_text, first);
    let unknown: types::AssistantTools =
        serde_json::from_str(r#"{"type":"web_browser","depth":2}"#).expect("unknown tag");
    assert_eq!(
        serde_json::to_value(&unknown).expect("encodes"),
        json!({"type": "web_browser", "depth": 2})
    );
    let not_an_object = serde_json::from_str::<types::AssistantTools>("42").expect("kept");
    assert!(
        matches!(not_an_object, types::AssistantTools::Unknown(_)),
        "{not_an_object:?}"
    );
}
