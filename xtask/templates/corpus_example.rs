//! Decodes the conformance corpus with the types generated from OpenAI's full spec, and
//! prints what decodes per schema. Written into a scratch copy of the full-spec crate by
//! `cargo xtask full-spec`; not part of any crate of the repository.

use std::collections::BTreeMap;

use serde_json::Value;

type Decode = fn(&Value) -> Result<(), String>;

macro_rules! decoders {
    ($($name:ident),* $(,)?) => {
        fn decoder(schema: &str) -> Option<Decode> {
            match schema {
                $(stringify!($name) => Some(|value| {
                    serde_json::from_value::<CRATE::types::$name>(value.clone()).map(drop).map_err(|e| e.to_string())
                }),)*
                _ => None,
            }
        }
    };
}

decoders!(
    AssistantObject, CreateAssistantRequest, CreateMessageRequest, CreateRunRequest,
    CreateThreadAndRunRequest, CreateThreadRequest, DeleteAssistantResponse, DeleteMessageResponse,
    DeleteThreadResponse, ListAssistantsResponse, ListMessagesResponse, ListRunStepsResponse,
    ListRunsResponse, MessageDeltaObject, MessageObject, ModifyAssistantRequest, ModifyMessageRequest,
    ModifyRunRequest, ModifyThreadRequest, RunObject, RunStepDeltaObject, RunStepObject,
    SubmitToolOutputsRunRequest, ThreadObject,
);

fn main() {
    let corpus = std::env::args().nth(1).expect("usage: corpus <corpus dir>");
    let index = std::fs::read_to_string(format!("{corpus}/INDEX.md")).expect("INDEX.md");
    // schema → (decoded, total, failures (file, spec says invalid, error))
    let mut results: BTreeMap<String, (usize, usize, Vec<(String, bool, String)>)> = BTreeMap::new();
    for line in index.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 7 || !cells[1].starts_with('`') {
            continue;
        }
        let file = cells[1].trim_matches('`');
        let schema = cells[2].split_whitespace().next().unwrap_or_default();
        let spec_says_invalid = cells[5].starts_with("INVALID");
        if !file.ends_with(".json") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(format!("{corpus}/{file}")) else { continue };
        let Ok(value) = serde_json::from_str::<Value>(&text) else { continue };
        let (key, outcome) = if let Some(event) = file.strip_prefix("stream_event__").and_then(|r| r.split("__").next()) {
            let wrapped = serde_json::json!({"event": event, "data": value});
            let outcome = serde_json::from_value::<CRATE::types::AssistantStreamEvent>(wrapped)
                .map_err(|e| e.to_string())
                .and_then(|decoded| {
                    if format!("{decoded:?}").starts_with("Unknown(") {
                        Err("decoded as an unknown event".to_owned())
                    } else {
                        Ok(())
                    }
                });
            ("AssistantStreamEvent".to_owned(), Some(outcome))
        } else {
            (schema.to_owned(), decoder(schema).map(|decode| decode(&value)))
        };
        let Some(outcome) = outcome else { continue };
        let entry = results.entry(key).or_default();
        entry.1 += 1;
        match outcome {
            Ok(()) => entry.0 += 1,
            Err(error) => entry.2.push((file.to_owned(), spec_says_invalid, error)),
        }
    }
    let (mut decoded, mut total) = (0, 0);
    println!("{:<32} {:>9}", "schema", "decoded");
    for (schema, (ok, count, failures)) in &results {
        decoded += ok;
        total += count;
        println!("{schema:<32} {:>9}", format!("{ok}/{count}"));
        for (file, spec_says_invalid, error) in failures {
            let whose = if *spec_says_invalid { "the payload breaks the spec's own schema" } else { "OUR FAILURE" };
            let error: String = error.chars().take(140).collect();
            println!("    {file}: {whose}: {error}");
        }
    }
    println!("total {decoded}/{total}");
}
