//! `cargo xtask round-trip`: a document's published example objects, decoded with the types
//! generated from it and written back, must come out as they went in (key order aside,
//! nothing else aside). The input is Stripe's: `stripe-fixtures3.json` holds, under
//! `resources`, one example object per schema name of `stripe-spec3.yaml`.
//!
//! The crate is generated with every schema into `target/round-trip/<name>`, and a small
//! program beside it (`target/round-trip/<name>-check`) decodes each example with the type of
//! its schema, writes it back and compares. A schema whose type cannot be found counts as a
//! failure too. Numbers compare as numbers: `19` and `19.0` are one JSON number, which an `f64`
//! field writes in its own spelling.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, ExitCode};

use openapi_generator::{generate, Config};

/// The document and its examples, beside the repository.
const SPEC: &str = "../shared/realworld/stripe-spec3.yaml";
const EXAMPLES: &str = "../shared/realworld/stripe-fixtures3.json";
const NAME: &str = "stripe-round-trip";

pub fn round_trip() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let text = std::fs::read_to_string(EXAMPLES).map_err(|e| format!("{EXAMPLES}: {e}"))?;
    let examples: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{EXAMPLES}: {e}"))?;
    let resources = examples
        .get("resources")
        .and_then(serde_json::Value::as_object)
        .ok_or_else(|| format!("{EXAMPLES}: no `resources` object"))?;

    let mut config = Config::new(SPEC, NAME);
    config.standalone = true;
    config.all_schemas = true;
    let generated = generate(&config).map_err(|e| e.to_string())?;
    let root = Path::new("target/round-trip");
    generated
        .write_to(&root.join(NAME))
        .map_err(|e| e.to_string())?;
    let types = generated
        .files
        .get("src/types.rs")
        .ok_or("the crate has no types.rs")?;

    let mut known = BTreeMap::new();
    let mut missing = Vec::new();
    for schema in resources.keys() {
        let rust = type_name(schema);
        if defines(types, &rust) {
            known.insert(schema.clone(), rust);
        } else {
            missing.push(schema.clone());
        }
    }
    let check = root.join(format!("{NAME}-check"));
    write_checker(&check, &known)?;
    let target = Path::new("target")
        .canonicalize()
        .map_err(|e| e.to_string())?;
    println!(
        "==> {} examples of {} schemas: decode, write back, compare",
        resources.len(),
        known.len()
    );
    let examples_path = Path::new(EXAMPLES)
        .canonicalize()
        .map_err(|e| format!("{EXAMPLES}: {e}"))?;
    let status = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--"])
        .arg(examples_path)
        .current_dir(&check)
        .env("CARGO_TARGET_DIR", target.join("round-trip"))
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    for schema in &missing {
        eprintln!("{schema}: no type named {} in the crate", type_name(schema));
    }
    if !status.success() || !missing.is_empty() {
        return Err(format!(
            "some examples do not come back as they went in ({} without a type)",
            missing.len()
        ));
    }
    Ok(())
}

/// The Rust name the generator gives a component schema: its words in UpperCamelCase.
fn type_name(schema: &str) -> String {
    schema
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

fn defines(types: &str, name: &str) -> bool {
    ["pub struct ", "pub enum ", "pub type "]
        .iter()
        .any(|kind| {
            types.contains(&format!("{kind}{name} ")) || types.contains(&format!("{kind}{name}="))
        })
}

/// The checking program: one line per schema in a table, the comparison in `main`.
fn write_checker(dir: &Path, known: &BTreeMap<String, String>) -> Result<(), String> {
    let krate = NAME.replace('-', "_");
    let mut table = String::new();
    for (schema, rust) in known {
        let _ = writeln!(
            table,
            "        ({schema:?}, check::<{krate}::types::{rust}>),"
        );
    }
    let main = MAIN
        .replace("TABLE", table.trim_end())
        .replace("CRATE", &krate);
    let manifest = format!(
        "[package]\nname = \"{NAME}-check\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [workspace]\n\n[dependencies]\n{NAME} = {{ path = \"../{NAME}\", default-features = false }}\n\
         serde = \"1\"\nserde_json = \"1\"\n"
    );
    std::fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("src/main.rs"), main).map_err(|e| e.to_string())
}

const MAIN: &str = r#"//! Decodes each example with its schema's type, writes it back, compares.

use serde_json::Value;

/// Whether the crate's JSON reader read the example alone, or why the example fails.
type Check = fn(&Value) -> Result<bool, String>;

fn check<T>(example: &Value) -> Result<bool, String>
where
    T: CRATE::json::FromJson + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let text = example.to_string();
    let decoded: T = serde_json::from_str(&text).map_err(|e| format!("does not decode: {e}"))?;
    let back = serde_json::to_value(&decoded).map_err(|e| format!("does not encode: {e}"))?;
    if let Some(difference) = first_difference(example, &back, String::new()) {
        return Err(difference);
    }
    // The client decodes answers with the crate's JSON reader: pretty-printed text too, and
    // whatever it reads alone must be what serde_json reads.
    let mut read_alone = true;
    for text in [text, serde_json::to_string_pretty(example).unwrap_or_default()] {
        match CRATE::json::read::<T>(&text) {
            Ok(read) if read == decoded => {}
            Ok(read) => return Err(format!("the JSON reader reads {read:?}, serde_json {decoded:?}")),
            Err(_) => read_alone = false,
        }
    }
    Ok(read_alone)
}

/// Where two values first differ, as a JSON pointer and the two sides.
fn first_difference(sent: &Value, back: &Value, at: String) -> Option<String> {
    match (sent, back) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let here = format!("{at}/{key}");
                match b.get(key) {
                    Some(other) => {
                        if let Some(d) = first_difference(value, other, here) {
                            return Some(d);
                        }
                    }
                    None => return Some(format!("{here}: lost ({value})")),
                }
            }
            b.keys()
                .find(|key| !a.contains_key(*key))
                .map(|key| format!("{at}/{key}: added ({})", b[key]))
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, format!("{at}/{i}"))),
        // One JSON number, two spellings: an `f64` field writes `19` back as `19.0`, and
        // cannot tell them apart (the API sends both forms across fields).
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => None,
        _ if sent == back => None,
        _ => Some(format!("{at}: sent {sent}, written back {back}")),
    }
}

fn main() -> std::process::ExitCode {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let examples: Value = serde_json::from_str(&text).unwrap_or_default();
    let table: &[(&str, Check)] = &[
TABLE
    ];
    let mut same = 0;
    let mut read_alone = 0;
    let mut failures = Vec::new();
    for (schema, check) in table {
        match examples["resources"].get(*schema).map(check) {
            Some(Ok(alone)) => {
                same += 1;
                read_alone += usize::from(alone);
            }
            Some(Err(why)) => failures.push(format!("{schema}: {why}")),
            None => failures.push(format!("{schema}: no example")),
        }
    }
    for failure in &failures {
        eprintln!("{failure}");
    }
    println!("{same}/{} examples decode and come back identical", table.len());
    println!(
        "{read_alone}/{} read by the crate's JSON reader alone (compact and pretty-printed), \
         each as serde_json reads it",
        table.len()
    );
    if failures.is_empty() {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}
"#;
