//! A JSON document read with its `components` parsed, normalised and decoded on a thread of
//! their own while the rest is parsed on this one (the parse of a JSON document is most of
//! its loading, and the two parts are of a size). The top level is scanned first for where
//! its entries are.
//!
//! The same model as the serial path, or `None`, where the caller takes that path: for
//! YAML, and for anything unusual (a duplicate key at the top, a path item that is a `$ref`,
//! which may point into the components, a reference to a place that is not a component,
//! which may point into the other part, or any problem, which the serial path reports as it
//! always has).

use serde_json::Value;

use super::{
    check_version, fill_component_callbacks, fill_optional_sections, has_path_item_refs, Lenient,
};
use crate::model_reader;
use crate::normalize::{normalize_components, normalize_paths};

pub(super) fn read(text: &str) -> Option<openapiv3::OpenAPI> {
    if !text.trim_start().starts_with('{') || super::local_refs::mentions_local_refs(text) {
        return None;
    }
    let entries = top_level_entries(text)?;
    let components = entries.iter().find(|(key, _)| key == "components");
    std::thread::scope(|scope| {
        let components = components.map(|(_, raw)| scope.spawn(|| read_components(raw)));
        let spec = read_document(&entries);
        let components = match components {
            Some(thread) => Some(thread.join().ok()??),
            None => None,
        };
        spec.map(|spec| openapiv3::OpenAPI { components, ..spec })
    })
}

/// One part of the document, read as the serial path reads the whole (`Lenient`).
fn parse(text: &str) -> Option<Value> {
    serde_json::from_str(text).ok().map(|Lenient(value)| value)
}

fn read_components(text: &str) -> Option<openapiv3::Components> {
    let mut components = parse(text)?;
    fill_component_callbacks(&mut components);
    match normalize_components(&mut components).is_empty() {
        true => model_reader::components(&components),
        false => None,
    }
}

/// Everything but the components, in the order and the steps of the serial path (whose
/// `components` stand here as `null` until they are removed as that path removes them).
fn read_document(entries: &[(String, &str)]) -> Option<openapiv3::OpenAPI> {
    let mut root = serde_json::Map::with_capacity(entries.len());
    for (key, raw) in entries {
        let value = match key.as_str() {
            "components" => Value::Null,
            _ => parse(raw)?,
        };
        root.insert(key.clone(), value);
    }
    if has_path_item_refs(&root) {
        return None;
    }
    let mut doc = Value::Object(root);
    check_version(&doc).ok()?;
    fill_optional_sections(&mut doc);
    doc.as_object_mut()?.remove("components");
    match normalize_paths(&mut doc).is_empty() {
        true => model_reader::document(&doc),
        false => None,
    }
}

/// The entries of the JSON object `text`, each value as its text, found by a scan of
/// the structure that checks the top level only: each value is parsed later on its
/// own, which checks the rest (serde's skim, which checks everything, cost a quarter
/// of the parse). `None` for anything but one object, or a key seen twice (the serial
/// path keeps its last value).
pub(super) fn top_level_entries(text: &str) -> Option<Vec<(String, &str)>> {
    let bytes = text.as_bytes();
    let mut at = skip_whitespace(bytes, 0);
    (bytes.get(at) == Some(&b'{')).then_some(())?;
    at = skip_whitespace(bytes, at + 1);
    let mut entries: Vec<(String, &str)> = Vec::new();
    if bytes.get(at) == Some(&b'}') {
        return end_of_text(bytes, at + 1).then_some(entries);
    }
    loop {
        let key_end = string_end(bytes, at)?;
        let key: String = serde_json::from_str(text.get(at..key_end)?).ok()?;
        at = skip_whitespace(bytes, key_end);
        (bytes.get(at) == Some(&b':')).then_some(())?;
        let start = skip_whitespace(bytes, at + 1);
        let end = value_end(bytes, start)?;
        if entries.iter().any(|(seen, _)| *seen == key) {
            return None;
        }
        entries.push((key, text.get(start..end)?));
        at = skip_whitespace(bytes, end);
        match bytes.get(at)? {
            b',' => at = skip_whitespace(bytes, at + 1),
            b'}' => return end_of_text(bytes, at + 1).then_some(entries),
            _ => return None,
        }
    }
}

fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

fn end_of_text(bytes: &[u8], at: usize) -> bool {
    skip_whitespace(bytes, at) == bytes.len()
}

/// Past the string that opens at `at` (its quote).
fn string_end(bytes: &[u8], at: usize) -> Option<usize> {
    (bytes.get(at) == Some(&b'"')).then_some(())?;
    let mut at = at + 1;
    loop {
        at += memchr::memchr2(b'"', b'\\', bytes.get(at..)?)?;
        match bytes.get(at)? {
            b'"' => return Some(at + 1),
            _ => at += 2,
        }
    }
}

/// Past the value that starts at `at`: a string, an object or array (to its closing
/// bracket, strings inside skipped whole), or a scalar (to the next delimiter). In valid
/// JSON an object's braces balance whatever the brackets between them, and an array's
/// brackets whatever the braces: a search for three bytes, not a look at each.
fn value_end(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' => string_end(bytes, at),
        &open @ (b'{' | b'[') => {
            let close = if open == b'{' { b'}' } else { b']' };
            let (mut at, mut depth) = (at + 1, 1usize);
            while depth > 0 {
                at += memchr::memchr3(b'"', open, close, bytes.get(at..)?)?;
                match bytes.get(at)? {
                    b'"' => at = string_end(bytes, at)?,
                    &b if b == open => (at, depth) = (at + 1, depth + 1),
                    _ => (at, depth) = (at + 1, depth - 1),
                }
            }
            Some(at)
        }
        _ => {
            let scalar = bytes
                .get(at..)?
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace());
            Some(at + scalar.unwrap_or(bytes.len() - at))
        }
    }
}
