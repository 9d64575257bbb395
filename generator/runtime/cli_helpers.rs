//! The fixed helpers of a generated command line (`src/cli.rs`): printing answers and events,
//! exit codes, reading flag values. The generator splices these items into the file, after
//! its own `use` lines (the ones below are for compiling here).

use std::io::Write;

use crate::client::{AttemptInfo, Hook};
use crate::response::ResponseMeta;
use crate::Error;

/// Exit codes: 2 is a usage error (clap's), 3 an error answer from the API, 4 a
/// network error or timeout, 1 anything else.
fn exit_code(error: &Error) -> u8 {
    match error {
        Error::Api(_) => 3,
        Error::Transport(_) | Error::Timeout(_) => 4,
        _ => 1,
    }
}

/// Prints each event of a stream as one line of JSON, as it arrives.
#[allow(dead_code)]
async fn print_events<T: serde::Serialize>(
    mut events: impl futures_core::Stream<Item = Result<T, Error>> + Unpin,
) -> Result<(), Error> {
    let mut stdout = std::io::stdout();
    while let Some(item) =
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut events).poll_next(cx)).await
    {
        match item {
            Ok(event) => {
                let line = serde_json::to_string(&event).map_err(Error::Encode)?;
                // A closed stdout (`| head`) ends the program quietly.
                if writeln!(stdout, "{line}")
                    .and_then(|()| stdout.flush())
                    .is_err()
                {
                    return Ok(());
                }
            }
            Err(error @ Error::Event { .. }) => eprintln!("warning: {error}"),
            Err(error) => return Err(error),
        }
    }
    Ok(())
}

/// Writes raw bytes (audio, files) to stdout.
#[allow(dead_code)]
fn write_bytes(bytes: &[u8]) -> Result<(), Error> {
    std::io::stdout()
        .write_all(bytes)
        .map_err(|e| Error::Config(format!("cannot write to stdout: {e}")))
}

/// A flag's text, or the contents of the file after `@`.
fn argument_text(text: &str) -> Result<String, String> {
    match text.strip_prefix('@') {
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}")),
        None => Ok(text.to_owned()),
    }
}

/// JSON (or `@file.json`); text that is not JSON is taken as a string.
#[allow(dead_code)]
fn json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let text = argument_text(text)?;
    let value = serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text));
    serde_json::from_value(value).map_err(|e| format!("not valid here: {e}"))
}

/// A value of an open string enum.
#[allow(dead_code)]
fn text<T: for<'a> From<&'a str>>(text: &str) -> Result<T, String> {
    Ok(T::from(text))
}

/// How answers are printed (`--format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Indented JSON.
    Pretty,
    /// JSON on one line.
    Json,
    /// One JSON value a line: a list's items, a stream's events.
    Jsonl,
    /// YAML.
    Yaml,
    /// The answer on one line as it came: the types keep every property, null and unknown
    /// key, so only whitespace and key order may differ from the server's bytes.
    Raw,
}

/// Prints an answer in `format`; with `jsonl`, a list's items (the property `items`, or the
/// answer itself when it is an array) one a line.
#[allow(dead_code)]
fn print<T: serde::Serialize>(value: &T, format: Format, items: Option<&str>) -> Result<(), Error> {
    let text = match format {
        Format::Pretty => serde_json::to_string_pretty(value).map_err(Error::Encode)?,
        Format::Json | Format::Raw => serde_json::to_string(value).map_err(Error::Encode)?,
        Format::Yaml => serde_yaml::to_string(value)
            .map_err(|e| Error::Config(format!("cannot write YAML: {e}")))?,
        Format::Jsonl => return print_lines(value, items),
    };
    let mut stdout = std::io::stdout();
    // A closed stdout (`| head`) ends the program quietly.
    let _ = writeln!(stdout, "{}", text.trim_end()).and_then(|()| stdout.flush());
    Ok(())
}

/// One JSON value a line: the list's items, or the value alone.
fn print_lines<T: serde::Serialize>(value: &T, items: Option<&str>) -> Result<(), Error> {
    let value = serde_json::to_value(value).map_err(Error::Encode)?;
    let list = match (&value, items) {
        (serde_json::Value::Array(list), _) => Some(list),
        (serde_json::Value::Object(object), Some(items)) => {
            object.get(items).and_then(|v| v.as_array())
        }
        _ => None,
    };
    let lines = list.map_or_else(|| vec![&value], |list| list.iter().collect());
    let mut stdout = std::io::stdout();
    for line in lines {
        let text = serde_json::to_string(line).map_err(Error::Encode)?;
        if writeln!(stdout, "{text}").is_err() {
            break;
        }
    }
    Ok(())
}

/// `--debug`: each attempt's request and answer head on stderr, secrets left out.
struct DebugPrinter;

/// Headers whose values are secrets: what authenticates the caller.
#[allow(dead_code)]
fn is_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["authorization", "cookie", "proxy-authorization"].contains(&name.as_str())
        || name.contains("key")
        || name.contains("token")
        || name.contains("secret")
}

impl Hook for DebugPrinter {
    fn on_request(&self, attempt: &AttemptInfo, request: &mut reqwest::Request) {
        let mut url = request.url().clone();
        let query: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let shown = if is_secret(&k) {
                    "[redacted]".into()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), shown)
            })
            .collect();
        if !query.is_empty() {
            url.query_pairs_mut().clear().extend_pairs(query);
        }
        eprintln!(
            "> {} {} (attempt {})",
            request.method(),
            url,
            attempt.attempt
        );
        print_headers('>', request.headers());
        if let Some(body) = request.body().and_then(|b| b.as_bytes()) {
            eprintln!(">\n{}", String::from_utf8_lossy(body));
        }
    }

    fn on_response(&self, _: &AttemptInfo, response: &ResponseMeta) {
        eprintln!("< {}", response.status());
        print_headers('<', response.headers());
    }
}

/// Headers on stderr after `side` (`>` sent, `<` received), secrets redacted.
fn print_headers(side: char, headers: &reqwest::header::HeaderMap) {
    for (name, value) in headers {
        let value = if is_secret(name.as_str()) {
            "[redacted]"
        } else {
            value.to_str().unwrap_or("[binary]")
        };
        eprintln!("{side} {name}: {value}");
    }
}

/// The whole body from `--body`: JSON or YAML text, `@file`, or `-` for standard input.
#[allow(dead_code)]
fn body_object(text: &str) -> Result<serde_json::Map<String, serde_json::Value>, Error> {
    let text = if text == "-" {
        let mut input = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut input)
            .map_err(|e| Error::Config(format!("cannot read the body from standard input: {e}")))?;
        input
    } else {
        argument_text(text).map_err(Error::Config)?
    };
    // YAML reads JSON too.
    match serde_yaml::from_str(&text) {
        Ok(serde_json::Value::Object(object)) => Ok(object),
        Ok(_) => Err(Error::Config("--body must be an object".into())),
        Err(e) => Err(Error::Config(format!(
            "--body is neither JSON nor YAML: {e}"
        ))),
    }
}

/// A flag `--body` made optional, which the body built from flags needs.
#[allow(dead_code)]
fn required_flag<T>(value: Option<T>, flag: &str) -> Result<T, Error> {
    value.ok_or_else(|| Error::Config(format!("{flag} is required unless --body gives the body")))
}

/// The request from the body read whole, its flags laid over it.
#[allow(dead_code)]
fn request_body<T: serde::de::DeserializeOwned>(
    object: serde_json::Map<String, serde_json::Value>,
) -> Result<T, Error> {
    serde_json::from_value(serde_json::Value::Object(object))
        .map_err(|e| Error::Config(format!("the body does not fit the request: {e}")))
}

/// A list given whole (`--tools` as JSON) or an item a flag (`--tool`, repeated): the
/// whole list if given, else the items if any.
#[allow(dead_code)]
fn whole_or_items<T>(whole: Option<Vec<T>>, items: Vec<T>) -> Option<Vec<T>> {
    whole.or_else(|| (!items.is_empty()).then_some(items))
}

/// Sets the property `name` of a body read whole to a flag's value, when the flag was given.
#[allow(dead_code)]
fn overlay<T: serde::Serialize>(
    object: &mut serde_json::Map<String, serde_json::Value>,
    name: &str,
    value: Option<&T>,
) -> Result<(), Error> {
    if let Some(value) = value {
        object.insert(
            name.to_owned(),
            serde_json::to_value(value).map_err(Error::Encode)?,
        );
    }
    Ok(())
}
