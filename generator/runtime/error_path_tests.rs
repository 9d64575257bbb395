//! The paths of decoding errors, worked out from the text (`error::error_path`), against
//! what decoding again with the path tracked (`serde_path_to_error`) names, for every way a
//! document breaks its type: each value replaced by one of another type, each key removed,
//! pretty-printed and compact.

use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::error_path;

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
struct Run {
    id: String,
    created_at: i64,
    status: Status,
    tools: Vec<Tool>,
    usage: Option<Usage>,
    metadata: std::collections::BTreeMap<String, String>,
    nested: Vec<Vec<u8>>,
    #[serde(rename = "odd \"key\"\n")]
    odd: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Queued,
    Completed,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
struct Tool {
    r#type: String,
    function: Option<Function>,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
struct Function {
    name: String,
    strict: bool,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
struct Usage {
    prompt_tokens: u32,
    total_tokens: u32,
}

fn valid() -> Value {
    json!({
        "id": "run_1",
        "created_at": 1_700_000_000,
        "status": "queued",
        "tools": [
            {"type": "code_interpreter", "function": null},
            {"type": "function", "function": {"name": "f \" \\ é", "strict": true}}
        ],
        "usage": {"prompt_tokens": 3, "total_tokens": 5},
        "metadata": {"a": "b", "c,d": "e:f"},
        "nested": [[1, 2], [3]],
        "odd \"key\"\n": false
    })
}

/// Every document one change away from `value`: a value replaced, a key removed.
fn broken(value: &Value) -> Vec<Value> {
    let replacements = [
        json!(null),
        json!(-7),
        json!("text"),
        json!({}),
        json!([1]),
        json!(1.5),
    ];
    let mut out: Vec<Value> = replacements.to_vec();
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let mut without = map.clone();
                without.remove(key);
                out.push(Value::Object(without));
                for changed in broken(inner) {
                    let mut with = map.clone();
                    with.insert(key.clone(), changed);
                    out.push(Value::Object(with));
                }
            }
        }
        Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                for changed in broken(inner) {
                    let mut with = items.clone();
                    with[index] = changed;
                    out.push(Value::Array(with));
                }
            }
        }
        _ => {}
    }
    out
}

#[test]
fn error_paths_name_what_decoding_again_with_the_path_tracked_names() {
    let mut compared = 0;
    for document in broken(&valid()) {
        for text in [
            serde_json::to_string(&document).expect("encodes"),
            serde_json::to_string_pretty(&document).expect("encodes"),
        ] {
            let Err(error) = serde_json::from_str::<Run>(&text) else {
                continue;
            };
            let mut deserializer = serde_json::Deserializer::from_str(&text);
            let tracked = serde_path_to_error::deserialize::<_, Run>(&mut deserializer)
                .expect_err("fails the same way")
                .path()
                .to_string();
            assert_eq!(
                error_path(text.as_bytes(), &error),
                tracked,
                "{error} in {text}"
            );
            compared += 1;
        }
    }
    assert!(compared > 300, "only {compared} broken documents compared");
}

#[test]
fn a_syntax_error_is_placed_in_the_entry_being_read() {
    let text = br#"{"a": [1, {"b": tru}]}"#;
    let error = serde_json::from_slice::<Value>(text).expect_err("not JSON");
    assert_eq!(error_path(text, &error), "a[1].b");
    let text = b"{\"a\": \n  [1, 2";
    let error = serde_json::from_slice::<Value>(text).expect_err("cut short");
    assert_eq!(error_path(text, &error), "a[1]");
}

#[test]
fn a_position_past_the_text_gives_a_path_and_no_panic() {
    let long = "{\n\"a\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, true]}";
    let error = serde_json::from_str::<std::collections::BTreeMap<String, Vec<u8>>>(long)
        .expect_err("true is no number");
    assert_eq!(error_path(long.as_bytes(), &error), "a[16]");
    assert_eq!(error_path(b"{\n\"a\": [", &error), "a[0]");
    assert_eq!(error_path(b"{}", &error), ".");
}
