//! Stage 1: read a spec file, check that it is OpenAPI 3.0 or 3.1, normalise 3.1 forms, and
//! read it into `openapiv3`'s model, its paths into the generator's own (`model_reader`,
//! `model`).

use std::path::Path;

use openapiv3::OpenAPI;
use serde_json::Value;

mod json_split;
mod local_refs;
mod path_stream;

use crate::error::{Error, ErrorKind, Result};
use crate::model::Document;
use crate::model_pool::PartPool;
use crate::model_reader;
use crate::normalize::{normalize_components, normalize_document, normalize_paths};

/// The largest document whose components are given to `early` while its paths are read.
/// What `early` makes is held beside the document's text, which the paths' last entries
/// still need: Microsoft Graph's beta description (47 MB of JSON) peaked at 291 MiB with it,
/// 282 MiB without; its v1.0 (20 MB) at 137 MiB either way. Above this, memory comes first.
const EARLY_TEXT_LIMIT: usize = 32 << 20;

/// Reads and parses the spec at `path`. Every error names the file.
pub fn load_file(path: &Path) -> Result<Document> {
    load_file_with(path, &|_| ()).map(|(document, _)| document)
}

/// [`load_file`], and what `early` makes of the components (the only part of the
/// `OpenAPI` it is given) as soon as they are read, on the thread that read them while the
/// other reads the paths: for a JSON document read in two parts (`json_split`) of at most
/// [`EARLY_TEXT_LIMIT`] bytes; `None` otherwise.
pub fn load_file_with<R: Send>(
    path: &Path,
    early: &(dyn Fn(&OpenAPI) -> R + Sync),
) -> Result<(Document, Option<R>)> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::new(ErrorKind::Io, format!("cannot read the spec: {e}")).in_file(path)
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::new(ErrorKind::Syntax, "the file is not UTF-8 text")
            .with_hint("an OpenAPI document is a YAML or JSON text file")
            .in_file(path)
    })?;
    load_str_with(&text, early).map_err(|e| e.in_file(path))
}

/// Parses a spec given as YAML or JSON text. JSON (text starting with `{`) is read by a JSON
/// parser: JSON's `\ud83d\udc4d` surrogate pairs are not YAML, and it is several times faster;
/// its two large parts on two threads where nothing is unusual (`json_split`).
#[cfg(test)]
pub fn load_str(text: &str) -> Result<Document> {
    load_str_with(text, &|_| ()).map(|(document, _)| document)
}

/// [`load_str`], with [`load_file_with`]'s `early`.
fn load_str_with<R: Send>(
    text: &str,
    early: &(dyn Fn(&OpenAPI) -> R + Sync),
) -> Result<(Document, Option<R>)> {
    let early = (text.len() <= EARLY_TEXT_LIMIT).then_some(early);
    if let Some(read) = json_split::read(text, early) {
        return Ok(read);
    }
    let mut spec = match deserialize_split(prepared(text)?)? {
        Some(spec) => spec,
        // Tracking the path of every value costs more than the decoding itself, so the
        // document is read again, and the path tracked, only to name where decoding failed.
        None => deserialize_tracked(normalized(text)?)?,
    };
    // As `json_split` shares them while it reads.
    let mut pool = PartPool::default();
    for item in spec.paths.values_mut() {
        if let openapiv3::ReferenceOr::Item(item) = item {
            pool.share(item);
        }
    }
    Ok((spec, None))
}

/// The document as a `Value`, checked, its references to places that are not components
/// replaced by copies (`local_refs`), with the sections the 3.0 model needs filled in (not
/// yet normalised).
fn prepared(text: &str) -> Result<Value> {
    let mut doc = if text.trim_start().starts_with('{') {
        parse_json(text)?
    } else {
        parse_yaml(text)?
    };
    check_version(&doc)?;
    if local_refs::mentions_local_refs(text) {
        local_refs::inline_local_refs(&mut doc);
    }
    fill_optional_sections(&mut doc);
    Ok(doc)
}

/// The document as a `Value`, checked and normalised for the 3.0 model.
pub(crate) fn normalized(text: &str) -> Result<Value> {
    let mut doc = prepared(text)?;
    normalize_document(&mut doc)?;
    Ok(doc)
}

/// The document normalised and read into the 3.0 model, its `components` on a thread of
/// their own beside the rest (the two largest parts of most documents, which share nothing,
/// and loading is on the critical path); `None` if either part does not decode. A problem
/// of normalisation is an error, the first in the document's order (paths, then components).
///
/// (Nothing is run early on the components here: their thread is the longer one in OpenAI's
/// documents, and in Stripe's it frees the components' `Value`, which the other thread
/// allocated, while that thread allocates: lowering the components there made OpenAI 3.1's
/// generation 6-15 ms slower and Stripe's no quicker.)
fn deserialize_split(mut doc: Value) -> Result<Option<Document>> {
    let Some(root) = doc.as_object_mut() else {
        return Ok(None);
    };
    let components = root.remove("components");
    std::thread::scope(|scope| {
        let components = scope.spawn(move || {
            let mut components = components;
            let problems = components
                .as_mut()
                .map(normalize_components)
                .unwrap_or_default();
            let decoded = match &components {
                _ if !problems.is_empty() => None,
                Some(value) => model_reader::components(value).map(Some),
                None => Some(None),
            };
            (problems, decoded)
        });
        let mut problems = normalize_paths(&mut doc);
        let spec = match problems.is_empty() {
            true => model_reader::document(&doc),
            false => None,
        };
        // A thread that panicked decoded nothing: the document is read again, tracked.
        let (component_problems, components) = components.join().unwrap_or_default();
        problems.extend(component_problems);
        if let Some(problem) = problems.into_iter().next() {
            return Err(problem);
        }
        Ok(spec.zip(components).map(|(mut document, components)| {
            document.spec.components = components;
            document
        }))
    })
}

/// The document into the 3.0 model, the place of the first value that does not decode
/// named as a JSON pointer.
fn deserialize_tracked(doc: Value) -> Result<Document> {
    match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(doc) {
        Ok(spec) => Ok(Document::from(spec)),
        Err(e) => {
            let pointer = path_to_pointer(e.path());
            Err(Error::new(ErrorKind::InvalidSpec, e.inner().to_string()).at(pointer))
        }
    }
}

fn parse_yaml(text: &str) -> Result<Value> {
    let Lenient(doc) = serde_yaml::from_str(text).map_err(|e| {
        let mut error = Error::new(ErrorKind::Syntax, e.to_string());
        if let Some(location) = e.location() {
            error = error.at_line(location.line(), location.column());
        }
        error
    })?;
    Ok(doc)
}

fn parse_json(text: &str) -> Result<Value> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let doc = serde::Deserialize::deserialize(&mut deserializer)
        .and_then(|Lenient(doc)| deserializer.end().map(|()| doc))
        .map_err(|e| Error::new(ErrorKind::Syntax, e.to_string()).at_line(e.line(), e.column()))?;
    Ok(doc)
}

/// Where 3.1's `info.license.identifier` (an SPDX expression) is kept: the 3.0 model keeps
/// extensions only.
pub const LICENSE_IDENTIFIER: &str = "x-identifier";

/// What 3.1 and 3.2 made optional, filled in as the 3.0 model needs it: `paths` (a document of
/// webhooks or components alone) and an operation's `responses`. Webhooks move into an
/// `x-webhooks` extension, and the license's `identifier` into `x-identifier`, which the 3.0
/// model keeps.
fn fill_optional_sections(doc: &mut Value) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    let license = root
        .get_mut("info")
        .and_then(|info| info.get_mut("license"))
        .and_then(Value::as_object_mut);
    if let Some(license) = license {
        if let Some(identifier) = license.remove("identifier") {
            license.insert(LICENSE_IDENTIFIER.to_owned(), identifier);
        }
    }
    if let Some(webhooks) = root.remove("webhooks") {
        root.insert("x-webhooks".to_owned(), webhooks);
    }
    inline_path_item_refs(root);
    if let Some(components) = root.get_mut("components") {
        fill_component_callbacks(components);
    }
    let paths = root
        .entry("paths")
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    for item in paths
        .as_object_mut()
        .into_iter()
        .flat_map(|p| p.values_mut())
    {
        fill_path_item(item);
    }
    // 3.1's `webhooks`, or a 3.0 document's own `x-webhooks` (Redocly's convention).
    let Some(webhooks) = root.get_mut("x-webhooks").and_then(Value::as_object_mut) else {
        return;
    };
    // An extension among the webhooks (`x-sdk-exclude: true`) is no webhook.
    webhooks.retain(|name, item| !name.starts_with("x-") || item.is_object());
    for item in webhooks.values_mut() {
        fill_path_item(item);
    }
}

/// A path item that is a `$ref` to another in the document (3.1's `components/pathItems`, or
/// another path) is replaced by a copy of it, which the 3.0 model reads. A reference to
/// another file stays, and `select` refuses it with its pointer.
fn inline_path_item_refs(root: &mut serde_json::Map<String, Value>) {
    if !has_path_item_refs(root) {
        return;
    }
    let document = Value::Object(root.clone());
    let Some(paths) = root.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        // A few hops at most: a reference to a reference is rare, a cycle is left as it is.
        for _ in 0..8 {
            let Some(target) = item
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|reference| reference.strip_prefix('#'))
                .and_then(|pointer| document.pointer(pointer))
                .cloned()
            else {
                break;
            };
            *item = target;
        }
    }
}

/// The path items of the components' callbacks, filled as the operations' own are.
fn fill_component_callbacks(components: &mut Value) {
    fill_callbacks(
        components
            .get_mut("callbacks")
            .and_then(Value::as_object_mut),
    );
}

/// The path items of a `callbacks` map (an operation's, or the components'), filled.
fn fill_callbacks(callbacks: Option<&mut serde_json::Map<String, Value>>) {
    for callback in callbacks.into_iter().flat_map(|c| c.values_mut()) {
        let items = callback.as_object_mut();
        for item in items.into_iter().flat_map(|items| items.values_mut()) {
            fill_path_item(item);
        }
    }
}

fn has_path_item_refs(root: &serde_json::Map<String, Value>) -> bool {
    root.get("paths")
        .and_then(Value::as_object)
        .is_some_and(|paths| paths.values().any(|item| item.get("$ref").is_some()))
}

/// Each operation of a path item (and of its callbacks) gets `responses` if it has none; 3.2's
/// `query` operation moves into an `x-query` extension (the 3.0 model has no field for it),
/// where `select` reads it.
pub(super) fn fill_path_item(item: &mut Value) {
    let Some(item) = item.as_object_mut() else {
        return;
    };
    if let Some(mut query) = item.remove("query") {
        if let Some(operation) = query.as_object_mut() {
            operation
                .entry("responses")
                .or_insert_with(|| Value::Object(serde_json::Map::new()));
        }
        item.insert("x-query".to_owned(), query);
    }
    for method in crate::model::METHODS {
        let Some(operation) = item.get_mut(method).and_then(Value::as_object_mut) else {
            continue;
        };
        operation
            .entry("responses")
            .or_insert_with(|| Value::Object(serde_json::Map::new()));
        fill_callbacks(
            operation
                .get_mut("callbacks")
                .and_then(Value::as_object_mut),
        );
    }
}

fn check_version(doc: &Value) -> Result<()> {
    let Some(root) = doc.as_object() else {
        let found = match doc {
            Value::Null => "an empty document",
            Value::Array(_) => "a list",
            _ => "a single value",
        };
        return Err(Error::new(
            ErrorKind::NotOpenApi,
            format!("expected an OpenAPI object at the top level, found {found}"),
        )
        .at("#")
        .with_hint("an OpenAPI document is a mapping with `openapi`, `info` and `paths`"));
    };
    if let Some(swagger) = root.get("swagger") {
        return Err(Error::new(
            ErrorKind::NotOpenApi,
            format!("this is a Swagger {} document", display_scalar(swagger)),
        )
        .at("#/swagger")
        .with_hint("convert it to OpenAPI 3 first (for example with swagger2openapi)"));
    }
    let version = match root.get("openapi") {
        Some(Value::String(version)) => version.as_str(),
        Some(other) => {
            return Err(Error::new(
                ErrorKind::NotOpenApi,
                format!(
                    "`openapi` must be a version string, found {}",
                    display_scalar(other)
                ),
            )
            .at("#/openapi")
            .with_hint("write it quoted, e.g. openapi: \"3.1.0\""))
        }
        None => {
            return Err(
                Error::new(ErrorKind::NotOpenApi, "there is no `openapi` version field")
                    .at("#")
                    .with_hint("add `openapi: 3.1.0` (or 3.0.x) at the top"),
            )
        }
    };
    if !["3.0", "3.1", "3.2"].iter().any(|v| version.starts_with(v)) {
        return Err(Error::new(
            ErrorKind::NotOpenApi,
            format!("OpenAPI version {version} is not supported"),
        )
        .at("#/openapi")
        .with_hint("the generator reads OpenAPI 3.0.x, 3.1.x and 3.2.x"));
    }
    Ok(())
}

fn display_scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Turns serde's path (`paths./a.post.responses`) into a JSON pointer (`#/paths/~1a/post/...`).
pub(crate) fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::from("#");
    for segment in path.iter() {
        let token = match segment {
            Segment::Seq { index } => index.to_string(),
            Segment::Map { key } => key.clone(),
            Segment::Enum { variant } => variant.clone(),
            Segment::Unknown => continue,
        };
        pointer = crate::error::pointer_push(&pointer, &token);
    }
    pointer
}

/// A JSON value read from YAML, leniently where YAML allows more than JSON: integers beyond
/// 64 bits (OpenAI's spec has a `minimum` of -9223372036854776000) become floats, and
/// non-string keys (`200:`) become their text. `serde_json::Value`'s own `Deserialize`
/// rejects both.
struct Lenient(Value);

impl<'de> serde::Deserialize<'de> for Lenient {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut pending = Pending::default();
        deserializer
            .deserialize_any(LenientVisitor(&mut pending))
            .map(Lenient)
    }
}

/// The entries of the maps and the items of the lists being read, each kind on one stack
/// for the whole document: a map's entries are pushed as they are read and moved into a
/// map of their number once it ends (the nested maps' own entries are gone by then), so
/// that no map or list grows (and rehashes) a step at a time as it is read.
#[derive(Default)]
struct Pending {
    entries: Vec<(String, Value)>,
    items: Vec<Value>,
}

/// Reads a [`Lenient`] value, its maps and lists through `Pending`.
struct LenientVisitor<'p>(&'p mut Pending);

impl<'de> serde::de::DeserializeSeed<'de> for LenientVisitor<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for LenientVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v)
            .map(Value::from)
            .unwrap_or_else(|_| float(v as f64)))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(u64::try_from(v)
            .map(Value::from)
            .unwrap_or_else(|_| float(v as f64)))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let pending = self.0;
        let start = pending.items.len();
        while let Some(item) = seq.next_element_seed(LenientVisitor(&mut *pending))? {
            pending.items.push(item);
        }
        Ok(Value::Array(pending.items.drain(start..).collect()))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let pending = self.0;
        let start = pending.entries.len();
        while let Some(Key(key)) = map.next_key()? {
            let value = map.next_value_seed(LenientVisitor(&mut *pending))?;
            pending.entries.push((key, value));
        }
        let mut object = serde_json::Map::with_capacity(pending.entries.len() - start);
        for (key, value) in pending.entries.drain(start..) {
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// A mapping's key as its text, not resolved as a value would be: `200:` is `"200"`, read
/// without trying it as a boolean, a number and null first (a tenth of reading a YAML
/// document went to that).
struct Key(String);

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_string(KeyVisitor).map(Key)
    }
}

struct KeyVisitor;

impl serde::de::Visitor<'_> for KeyVisitor {
    type Value = String;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }

    fn visit_string<E>(self, v: String) -> Result<String, E> {
        Ok(v)
    }

    fn visit_bool<E>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_i64<E>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_u64<E>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_f64<E>(self, v: f64) -> Result<String, E> {
        Ok(float(v).to_string())
    }

    fn visit_unit<E>(self) -> Result<String, E> {
        Ok("null".to_owned())
    }
}

/// A float as JSON can hold it (NaN and infinities are not numbers in JSON).
fn float(v: f64) -> Value {
    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)
}

#[cfg(test)]
mod tests {
    use super::{
        deserialize_split, json_split, load_str, load_str_with, parse_json, parse_yaml, prepared,
        EARLY_TEXT_LIMIT,
    };

    /// Maps and lists read through the shared stacks hold what serde_json reads: nested in
    /// each other at any depth, empty, a key seen twice (its last value, at its first place).
    #[test]
    fn values_read_through_the_stacks_are_serde_json_s() {
        let texts = [
            r#"{"a": {"b": [1, {"c": [], "d": {}}, [[{"e": 2}]]], "f": 3}, "g": [{"h": {"i": null}}]}"#,
            r#"{"k": 1, "l": {"m": [true, false]}, "k": {"n": "o"}, "p": [[], {}, [1, [2, [3]]]]}"#,
            r#"[{"a": 1}, [{"b": 2}, {"c": [3, {"d": 4}]}], {}, []]"#,
            r#"{}"#,
        ];
        for text in texts {
            let ours = parse_json(text).expect("the text parses");
            let theirs: serde_json::Value = serde_json::from_str(text).expect("the text parses");
            assert_eq!(ours, theirs, "{text}");
            // The order of keys too, which `Value`'s equality does not compare.
            assert_eq!(ours.to_string(), theirs.to_string(), "{text}");
            let yaml = parse_yaml(text).expect("JSON is YAML");
            assert_eq!(yaml.to_string(), theirs.to_string(), "{text}");
        }
    }

    /// The model read in two parts, or `None` where the serial path reads it.
    fn split(text: &str) -> Option<crate::model::Document> {
        json_split::read::<()>(text, None).map(|(document, _)| document)
    }

    /// The model by the serial path: the whole document parsed on one thread.
    fn serial(text: &str) -> Option<crate::model::Document> {
        deserialize_split(prepared(text).ok()?).ok()?
    }

    #[test]
    fn json_documents_read_split_as_they_read_whole() {
        let mut read_split = 0;
        for path in crate::testing::documents() {
            let text = std::fs::read_to_string(&path).expect("the document");
            let Some(spec) = split(&text) else {
                continue;
            };
            assert!(Some(spec) == serial(&text), "{}", path.display());
            read_split += 1;
        }
        // Every JSON OpenAPI document of the shared inputs (GitHub's, Box's, progenitor's
        // seven); the tenth JSON file there is Stripe's fixtures.
        assert!(read_split >= 9, "only {read_split} documents read split");
    }

    #[test]
    fn the_top_level_scan_finds_each_value_whole() {
        let text =
            r#" {"a": "x\"}\\", "b" :[1, {"c": "]}"}] ,"d":-1.5e3, "\u0065": true,"f":null} "#;
        let entries = json_split::scan(text).expect("one object").entries;
        let found: Vec<(&str, &str)> = entries.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(
            found,
            [
                ("a", r#""x\"}\\""#),
                ("b", r#"[1, {"c": "]}"}]"#),
                ("d", "-1.5e3"),
                ("e", "true"),
                ("f", "null"),
            ]
        );
        for text in [
            r#"{"a": 1} x"#,
            r#"[{"a": 1}]"#,
            r#"{"a": 1, "a": 2}"#,
            r#"{"a" 1}"#,
            r#"{"a": "1}"#,
        ] {
            assert!(json_split::scan(text).is_none(), "{text}");
        }
        assert_eq!(
            json_split::scan(" {} ").map(|scan| scan.entries.len()),
            Some(0)
        );
    }

    #[test]
    fn the_scan_finds_the_entries_of_paths() {
        let text = r#"{"paths": {"/a": {"get": {}}, "x-b": [1, "}"] , "/c\"": {}}, "x": 1}"#;
        let scan = json_split::scan(text).expect("one object");
        let paths: Vec<(&str, &str)> = scan
            .paths
            .iter()
            .flatten()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(
            paths,
            [
                ("/a", r#"{"get": {}}"#),
                ("x-b", r#"[1, "}"]"#),
                ("/c\"", "{}")
            ]
        );
        assert_eq!(scan.entries.len(), 2);
        // Not an object: no entries, and the split read leaves the document to the serial
        // path; a key twice among the paths: no scan at all.
        let scan = json_split::scan(r#"{"paths": null}"#).expect("one object");
        assert!(scan.paths.is_none());
        assert!(split(r#"{"openapi": "3.0.0", "paths": null}"#).is_none());
        assert!(json_split::scan(r#"{"paths": {"/a": {}, "/a": {}}}"#).is_none());
    }

    /// The components' examples are left out of the model on either path; in a JSON
    /// document they are skimmed, not parsed, yet a document whose examples are not JSON is
    /// refused as the serial path refuses it, and one whose examples are of no shape the
    /// model knows reads (nothing reads them).
    #[test]
    fn the_components_examples_are_checked_but_not_read() {
        let head = r#""openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}"#;
        let schemas = r#""schemas": {"A": {"type": "string"}}"#;
        let with = |examples: &str| {
            format!(r#"{{{head}, "components": {{"examples": {examples}, {schemas}}}}}"#)
        };
        let shaped = with(r#"{"a": {"value": {"b": [1, "}"]}}}"#);
        for text in [&shaped, &with("[1, 2]")] {
            let spec = split(text).expect("read split");
            assert!(Some(&spec) == serial(text).as_ref(), "{text}");
            let components = spec.spec.components.expect("components");
            assert!(components.examples.is_empty(), "{text}");
            assert!(components.schemas.contains_key("A"), "{text}");
        }
        let not_json = with(r#"{"a": {"value": [1,, 2]}}"#);
        assert!(split(&not_json).is_none());
        assert!(load_str(&not_json).is_err());
    }

    /// Each entry of the components is parsed from where it opens to where it ends (braces
    /// and quotes in strings included), and checked as the top level's entries are: a key
    /// seen twice, a missing comma or a comma before the closing brace refuse the split read.
    #[test]
    fn the_components_entries_are_read_to_their_ends_and_checked() {
        let head = r#""openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}"#;
        let schemas = r#""schemas": {"A": {"type": "string", "description": "} ] \" {"}}"#;
        let schemes =
            r#""securitySchemes": {"k": {"type": "apiKey", "in": "header", "name": "k"}}"#;
        let read = format!(r#"{{{head}, "components": {{{schemas}, {schemes}}}}}"#);
        let spec = split(&read).expect("read split");
        assert!(Some(&spec) == serial(&read).as_ref());
        let components = spec.spec.components.expect("components");
        assert_eq!(components.security_schemes.len(), 1);
        let described = components.schemas["A"]
            .as_item()
            .and_then(|a| a.schema_data.description.clone());
        assert_eq!(described.as_deref(), Some("} ] \" {"));
        for refused in [
            format!(r#"{{{head}, "components": {{{schemas}, {schemas}}}}}"#),
            format!(r#"{{{head}, "components": {{{schemas} {schemes}}}}}"#),
            format!(r#"{{{head}, "components": {{{schemas}, }}}}"#),
        ] {
            assert!(split(&refused).is_none(), "{refused}");
        }
    }

    #[test]
    fn unusual_json_documents_take_the_serial_path() {
        let head = r#""openapi": "3.0.3", "info": {"title": "t", "version": "1"}"#;
        let item = r#"{"get": {"responses": {"200": {"description": "ok"}}}}"#;
        let cases = [
            // A duplicate top-level key: the serial path keeps the last value.
            format!(r#"{{{head}, "paths": {{}}, "paths": {{"/a": {item}}}}}"#),
            // A path item that is a reference, into the components.
            format!(
                r##"{{{head}, "paths": {{"/a": {{"$ref": "#/components/pathItems/A"}}}},
                "components": {{"pathItems": {{"A": {item}}}}}}}"##
            ),
            // Not an OpenAPI version: the serial path's error.
            r#"{"openapi": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}"#.into(),
        ];
        for text in &cases {
            assert!(split(text).is_none(), "{text}");
        }
        let spec = load_str(&cases[0]).expect("the last value read");
        assert!(spec.paths.contains_key("/a"));
        let spec = load_str(&cases[1]).expect("the reference inlined");
        assert!(spec.paths["/a"]
            .as_item()
            .is_some_and(|item| item.iter().any(|(method, _)| method == "get")));
        let error = load_str(&cases[2]).expect_err("not 3.x");
        assert!(
            error.to_string().contains("2.0 is not supported"),
            "{error}"
        );
    }

    /// What is run early on the components is run for a JSON document up to the limit, and
    /// not past it (the same document, padded), which reads the same.
    #[test]
    fn what_is_run_early_is_run_up_to_the_limit() {
        let text = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"A": {"type": "string"}, "B": {"type": "integer"}}}}"#;
        let schemas = |spec: &openapiv3::OpenAPI| spec.components.as_ref().map(|c| c.schemas.len());
        let (small, made) = load_str_with(text, &schemas).expect("it loads");
        assert_eq!(made, Some(Some(2)));
        let padded = format!("{text}{}", " ".repeat(EARLY_TEXT_LIMIT));
        let (large, made) = load_str_with(&padded, &schemas).expect("it loads");
        assert_eq!(made, None);
        assert!(small == large);
    }

    /// When the components follow the paths, the top-level scan pauses at them and the
    /// thread that reads them tells where they end: what follows is still read, and still
    /// checked (a key seen twice, text after the document), as where the scan does not
    /// pause.
    #[test]
    fn what_follows_the_components_is_read_and_checked() {
        let head = r#""openapi": "3.0.3", "info": {"title": "t", "version": "1"}"#;
        let paths = r#""paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}"#;
        let components = r#""components": {"schemas": {"A": {"type": "string"}}}"#;
        let tail = r#""tags": [{"name": "b"}], "x-c": {"d": "}"}"#;
        let read = format!("{{{head}, {paths}, {components}, {tail}}}");
        let spec = split(&read).expect("read split");
        assert!(Some(&spec) == serial(&read).as_ref());
        assert_eq!(spec.spec.tags.len(), 1);
        assert!(spec.spec.extensions.contains_key("x-c"));
        let schemas = spec.spec.components.map(|c| c.schemas.len());
        assert_eq!(schemas, Some(1));
        let scan = json_split::scan(&read).expect("one object");
        let keys: Vec<&str> = scan.entries.iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(
            keys,
            ["openapi", "info", "paths", "components", "tags", "x-c"]
        );
        for refused in [
            format!("{{{head}, {paths}, {components}, {tail}, \"tags\": []}}"),
            format!("{{{head}, {paths}, {components}, {paths}}}"),
            format!("{{{head}, {paths}, {components}, {components}}}"),
            format!("{{{head}, {paths}, {components}}} x"),
            format!("{{{head}, {paths}, {components} \"x\": 1}}"),
        ] {
            assert!(split(&refused).is_none(), "{refused}");
            assert!(json_split::scan(&refused).is_none(), "{refused}");
        }
    }

    /// The components are read from a guess of where they start while the top level is
    /// scanned: a guess that was not their place (a property named `components` in a path
    /// item; the word as a value first) is dropped and the components read where the scan
    /// found them, as where the guess was right.
    #[test]
    fn components_guessed_elsewhere_are_read_where_they_are() {
        let head = r#""openapi": "3.0.3", "info": {"title": "t", "version": "1"}"#;
        let body = r#""requestBody": {"content": {"application/json": {"schema":
            {"type": "object", "enum": ["components"], "properties": {"components": {"type": "string"}}}}}}"#;
        let paths = format!(
            r#""paths": {{"/a": {{"post": {{{body}, "responses": {{"200": {{"description": "ok"}}}}}}}}}}"#
        );
        let components =
            r#""components": {"schemas": {"A": {"type": "string"}, "B": {"type": "integer"}}}"#;
        let missed = format!("{{{head}, {paths}, {components}}}");
        let guess = json_split::components_guess(&missed).expect("a guess");
        assert!(
            missed[guess..].starts_with(r#"{"type": "string"}"#),
            "{}",
            &missed[guess..]
        );
        let right = format!("{{{head}, {components}, {paths}}}");
        let guess = json_split::components_guess(&right).expect("a guess");
        assert!(right[guess..].starts_with(r#"{"schemas""#));
        let schemas = |spec: &openapiv3::OpenAPI| spec.components.as_ref().map(|c| c.schemas.len());
        for text in [&missed, &right] {
            let spec = split(text).expect("read split");
            assert!(Some(&spec) == serial(text).as_ref(), "{text}");
            let (_, made) = load_str_with(text, &schemas).expect("it loads");
            assert_eq!(made, Some(Some(2)), "{text}");
        }
    }

    #[test]
    fn yaml_keys_are_their_text_and_values_are_resolved() {
        let doc = parse_yaml("200: a\ntrue: b\n1.50: c\n0x10: 0x10\nbig: -9223372036854776000\n")
            .expect("the YAML parses");
        let keys: Vec<&str> = doc
            .as_object()
            .expect("a mapping")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["200", "true", "1.50", "0x10", "big"]);
        assert_eq!(doc["0x10"], 16);
        assert!(doc["big"].is_f64());
    }
}
