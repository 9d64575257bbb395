//! A JSON document read on two threads: its `components` parsed, normalised and decoded on
//! a thread of their own while the rest is parsed on this one (the parse of a JSON document
//! is most of its loading); then each entry of `paths` parsed, normalised and decoded on its
//! own by whichever thread is free, its `Value` dropped at once (so the whole of `paths`
//! is never a `Value`, and the threads share out what the two parts leave unequal). The
//! top level, and `paths`, are scanned for where their entries are, up to the components
//! when they come after the paths: the thread that reads them finds where they end, and
//! the rest of the top level is scanned once both threads are done. That thread does not
//! wait for the scan to start: it reads the components from where a search of the text
//! guesses they start, and the scan confirms the place (or they are read again where it
//! found them).
//!
//! The same model as the serial path, or `None`, where the caller takes that path: for
//! YAML, and for anything unusual (a duplicate key at the top or among the paths, a path
//! item that is a `$ref`, which may point into the components, a reference to a place that
//! is not a component, which may point into the other part, or any problem, which the
//! serial path reports as it always has).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr};
use serde_json::Value;

use super::{
    check_version, fill_component_callbacks, fill_optional_sections, fill_path_item, Lenient,
};
use crate::model::{Document, PathItem, Paths};
use crate::model_pool::PartPool;
use crate::model_reader;
use crate::normalize::{normalize_components, normalize_path_item, normalize_paths};

/// The document read, and what `early` made of its components (`None` if it has none or
/// there is no `early`), run on the thread that read them as soon as they were.
pub(super) fn read<R: Send>(
    text: &str,
    early: Option<&(dyn Fn(&OpenAPI) -> R + Sync)>,
) -> Option<(Document, Option<R>)> {
    if !text.trim_start().starts_with('{') || super::local_refs::mentions_local_refs(text) {
        return None;
    }
    let guess = components_guess(text);
    // The scan's findings, for the other thread: `None` where the document is unusual.
    let scanned: OnceLock<Option<Scanned<'_>>> = OnceLock::new();
    std::thread::scope(|scope| {
        let helper = scope.spawn(|| {
            // Read from the guessed place while this thread scans, which confirms it.
            let speculative = guess.and_then(|at| read_components(text, at));
            let scanned = scanned.wait().as_ref()?;
            let components = match scanned.components_at {
                Some(at) if Some(at) == guess => Some(speculative?),
                Some(at) => Some(read_components(text, at)?),
                None => None,
            };
            let components = components.map(|(components, end)| match early {
                Some(early) => {
                    let (components, made) = early_on(components, early);
                    components.map(|components| (components, end, Some(made)))
                }
                None => Some((components, end, None)),
            });
            Some((components, scanned.queue.work()))
        });
        let mut head = scan_head(text);
        let queue = head.as_mut().and_then(|head| {
            let has_paths = head.top.entries.iter().any(|(key, _)| key == "paths");
            let items = head.paths.take();
            (!has_paths || items.is_some()).then(|| PathQueue {
                items: items.unwrap_or_default(),
                next: AtomicUsize::new(0),
            })
        });
        let scanned = scanned.get_or_init(|| {
            Some(Scanned {
                components_at: head.as_ref()?.components,
                queue: queue?,
            })
        });
        let own = scanned.as_ref()?.queue.work();
        let (components, theirs) = helper.join().ok()??;
        let components = match components {
            Some(components) => Some(components?),
            None => None,
        };
        let entries = head?.finish(|_| components.as_ref().map(|(_, end, _)| *end))?;
        let spec = read_document(&entries)?;
        let (paths, extensions) = paths(own?.into_iter().chain(theirs?).collect());
        let (components, made) = match components {
            Some((components, _, made)) => (Some(components), made),
            None => (None, None),
        };
        let document = Document {
            spec: OpenAPI {
                components,
                paths: openapiv3::Paths {
                    paths: IndexMap::new(),
                    extensions,
                },
                ..spec.spec
            },
            paths,
        };
        Some((document, made))
    })
}

/// What the scan of the top level tells the thread that reads the components: where they
/// start, and the entries of `paths` to share out.
struct Scanned<'t> {
    components_at: Option<usize>,
    queue: PathQueue<'t>,
}

/// Where the value of `components` starts, guessed before the top level is scanned (the
/// scan, a search of the text for the ends of every path item, comes to them last in most
/// documents): the first `"components"` in the text that opens an object. The scan then
/// tells whether that was the place; if not, what was read there is dropped and the
/// components are read again where they are.
pub(super) fn components_guess(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    loop {
        let key = from + memchr::memmem::find(bytes.get(from..)?, b"\"components\"")?;
        let colon = skip_whitespace(bytes, key + "\"components\"".len());
        let at = skip_whitespace(bytes, colon + 1);
        if bytes.get(colon) == Some(&b':') && bytes.get(at) == Some(&b'{') {
            return Some(at);
        }
        from = key + 1;
    }
}

/// What `early` makes of `components` (given as the only part of an `OpenAPI`), and the
/// components back: moved in and out as a value, their nodes stay where they are, and what
/// is made may know them by address.
fn early_on<R>(
    components: openapiv3::Components,
    early: &(dyn Fn(&OpenAPI) -> R + Sync),
) -> (Option<openapiv3::Components>, R) {
    let spec = OpenAPI {
        components: Some(components),
        ..OpenAPI::default()
    };
    let made = early(&spec);
    (spec.components, made)
}

/// The entries of `paths` (key and text), shared out one at a time.
struct PathQueue<'a> {
    items: Vec<(String, &'a str)>,
    next: AtomicUsize,
}

/// An entry of `paths`, read: a path's item (or reference), an extension, or neither
/// (which the model does not keep).
enum PathEntry {
    Item(String, ReferenceOr<PathItem>),
    Extension(String, Value),
    Other,
}

impl PathQueue<'_> {
    /// Reads entries until none is left, each with its place in `paths`, sharing equal
    /// parameters and answers among the items this thread reads.
    fn work(&self) -> Option<Vec<(usize, PathEntry)>> {
        let mut read = Vec::new();
        let mut pool = PartPool::default();
        loop {
            let index = self.next.fetch_add(1, Ordering::Relaxed);
            let Some((key, raw)) = self.items.get(index) else {
                return Some(read);
            };
            let mut entry = read_path_entry(key, raw)?;
            if let PathEntry::Item(_, ReferenceOr::Item(item)) = &mut entry {
                pool.share(item);
            }
            read.push((index, entry));
        }
    }
}

/// One entry of `paths`: a path item read from its text where `path_stream` reads it (most
/// do), else through the serial path's steps for it: filled (`fill_optional_sections`),
/// normalised (`normalize_paths`), read (`model_reader`).
fn read_path_entry(key: &str, raw: &str) -> Option<PathEntry> {
    if key.starts_with('/') {
        if let Some(item) = super::path_stream::path_item(raw) {
            return Some(PathEntry::Item(key.to_owned(), ReferenceOr::Item(item)));
        }
    }
    let mut item = parse(raw)?;
    if item.get("$ref").is_some() {
        return None;
    }
    fill_path_item(&mut item);
    if !normalize_path_item(key, &mut item).is_empty() {
        return None;
    }
    Some(match key {
        _ if key.starts_with('/') => {
            PathEntry::Item(key.to_owned(), model_reader::path_item_or_reference(&item)?)
        }
        _ if key.starts_with("x-") => PathEntry::Extension(key.to_owned(), item),
        _ => PathEntry::Other,
    })
}

/// The items and the extensions read, in the document's order.
fn paths(mut entries: Vec<(usize, PathEntry)>) -> (Paths, IndexMap<String, Value>) {
    entries.sort_unstable_by_key(|(index, _)| *index);
    let mut paths = Paths::default();
    let mut extensions = IndexMap::new();
    for (_, entry) in entries {
        match entry {
            PathEntry::Item(key, item) => {
                paths.insert(key, item);
            }
            PathEntry::Extension(key, value) => {
                extensions.insert(key, value);
            }
            PathEntry::Other => {}
        }
    }
    (paths, extensions)
}

/// One part of the document, read as the serial path reads the whole (`Lenient`).
fn parse(text: &str) -> Option<Value> {
    serde_json::from_str(text).ok().map(|Lenient(value)| value)
}

/// The components whose object opens at `at` in `text`, and where they end.
fn read_components(text: &str, at: usize) -> Option<(openapiv3::Components, usize)> {
    let (mut components, end) = parse_but_examples(text, at)?;
    fill_component_callbacks(&mut components);
    match normalize_components(&mut components).is_empty() {
        true => Some((model_reader::components(&components)?, end)),
        false => None,
    }
}

/// The components' object (opening at `at`) parsed but for its `examples`, which nothing
/// after loading reads (`model_reader::components` leaves them out): in GitHub's document
/// they are a third of the text. They are still checked to be JSON, by serde's skim (a
/// fraction of a parse), so that a document that is not JSON is refused as the serial
/// path refuses it. With where the object ends.
fn parse_but_examples(text: &str, at: usize) -> Option<(Value, usize)> {
    let mut scan = ObjectScan::open(text, at)?;
    let mut object = serde_json::Map::new();
    while let Some(start) = scan.next_key()? {
        // Parsed from where it opens, which finds where it ends: the text is read once, not
        // scanned for the end first (a tenth of the components' reading).
        let (value, end) = match scan.key.as_str() {
            "examples" => (None, parse_at::<serde::de::IgnoredAny>(text, start)?.1),
            _ => parse_at(text, start).map(|(Lenient(value), end)| (Some(value), end))?,
        };
        scan.value_ends(start, end)?;
        if let (Some(value), Some((key, _))) = (value, scan.entries.last()) {
            object.insert(key.clone(), value);
        }
    }
    Some((Value::Object(object), scan.at))
}

/// The JSON value that opens at `at` in `text`, read to its end, and where it ends.
fn parse_at<T: serde::de::DeserializeOwned>(text: &str, at: usize) -> Option<(T, usize)> {
    let mut values = serde_json::Deserializer::from_str(text.get(at..)?).into_iter();
    let value = values.next()?.ok()?;
    Some((value, at + values.byte_offset()))
}

/// Everything but the components and the paths' entries, in the order and the steps of the
/// serial path (whose `components` stand here as `null` until they are removed as that path
/// removes them, and whose `paths` are empty here).
fn read_document(entries: &[(String, &str)]) -> Option<Document> {
    let mut root = serde_json::Map::with_capacity(entries.len());
    for (key, raw) in entries {
        let value = match key.as_str() {
            "components" => Value::Null,
            "paths" => Value::Object(serde_json::Map::new()),
            _ => parse(raw)?,
        };
        root.insert(key.clone(), value);
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

/// The document's top-level entries, each value as its text, and the entries of its
/// `paths` in the same pass (`None` if it has none, or they are not an object).
#[cfg(test)]
pub(super) struct Scan<'t> {
    pub entries: Vec<(String, &'t str)>,
    pub paths: Option<Vec<(String, &'t str)>>,
}

/// The whole top level scanned by this thread, as `read` scans it with the components'
/// end told by the thread that reads them.
#[cfg(test)]
pub(super) fn scan(text: &str) -> Option<Scan<'_>> {
    let bytes = text.as_bytes();
    let head = scan_head(text)?;
    let paths = head.paths.clone();
    let entries = head.finish(|at| value_end(bytes, at))?;
    Some(Scan { entries, paths })
}

/// The top level of a document scanned up to its `components` when they follow `paths`
/// (as in most documents), and paused there: the thread that reads the components finds
/// where they end as it reads them, so that they are scanned once, and neither thread
/// waits for the other to skip them.
struct Head<'t> {
    top: ObjectScan<'t>,
    paths: Option<Vec<(String, &'t str)>>,
    /// Where the value of `components` starts.
    components: Option<usize>,
}

/// The entries of the JSON object `text` (and of its `paths`), found by a scan of the
/// structure that checks those levels only: each value is parsed later on its own, which
/// checks the rest (serde's skim, which checks everything, cost a quarter of the parse).
/// `None` for anything but one object, or a key seen twice at either level (the serial
/// path keeps its last value); what follows the components, if the scan pauses at them,
/// is checked when it resumes ([`Head::finish`]).
fn scan_head(text: &str) -> Option<Head<'_>> {
    let bytes = text.as_bytes();
    let mut top = ObjectScan::open(text, skip_whitespace(bytes, 0))?;
    let mut paths = None;
    let mut components = None;
    while let Some(start) = top.next_key()? {
        let end = match top.key.as_str() {
            "paths" if bytes.get(start) == Some(&b'{') => {
                let (items, end) = object_entries(text, start, &mut |_, at| value_end(bytes, at))?;
                paths = Some(items);
                end
            }
            "components" if components.is_none() => {
                components = Some(start);
                if paths.is_some() && bytes.get(start) == Some(&b'{') {
                    return Some(Head {
                        top,
                        paths,
                        components,
                    });
                }
                value_end(bytes, start)?
            }
            _ => value_end(bytes, start)?,
        };
        top.value_ends(start, end)?;
    }
    end_of_text(bytes, top.at).then_some(Head {
        top,
        paths,
        components,
    })
}

impl<'t> Head<'t> {
    /// The top-level entries, the scan resumed past the components if it paused at them,
    /// `components_end` telling where they end (`None` if they are not an object).
    fn finish(
        mut self,
        components_end: impl FnOnce(usize) -> Option<usize>,
    ) -> Option<Vec<(String, &'t str)>> {
        // A scan that went through reached the closing brace; one paused did not.
        if !self.top.closed {
            let start = self.components?;
            self.top.value_ends(start, components_end(start)?)?;
            let bytes = self.top.text.as_bytes();
            while let Some(start) = self.top.next_key()? {
                self.top.value_ends(start, value_end(bytes, start)?)?;
            }
            end_of_text(bytes, self.top.at).then_some(())?;
        }
        Some(self.top.entries)
    }
}

/// The entries of the object whose brace is at `at`, and where it ends; `value_end` finds
/// where the value of a key that starts at a place ends. `None` for anything but an
/// object, or a key seen twice.
fn object_entries<'t>(
    text: &'t str,
    at: usize,
    value_end: &mut dyn FnMut(&str, usize) -> Option<usize>,
) -> Option<(Vec<(String, &'t str)>, usize)> {
    let mut scan = ObjectScan::open(text, at)?;
    while let Some(start) = scan.next_key()? {
        let end = value_end(&scan.key, start)?;
        scan.value_ends(start, end)?;
    }
    Some((scan.entries, scan.at))
}

/// An object's entries read one at a time: a key and where its value starts, then the
/// value's end told by the caller, and so on to the closing brace.
struct ObjectScan<'t> {
    text: &'t str,
    /// Where the next key starts, or past the closing brace once `closed`.
    at: usize,
    closed: bool,
    /// The key whose value is being read.
    key: String,
    entries: Vec<(String, &'t str)>,
}

impl<'t> ObjectScan<'t> {
    /// The scan of the object whose brace is at `at`; `None` for anything but an object.
    fn open(text: &'t str, at: usize) -> Option<Self> {
        let bytes = text.as_bytes();
        (bytes.get(at) == Some(&b'{')).then_some(())?;
        let at = skip_whitespace(bytes, at + 1);
        let closed = bytes.get(at) == Some(&b'}');
        Some(ObjectScan {
            text,
            at: at + usize::from(closed),
            closed,
            key: String::new(),
            entries: Vec::new(),
        })
    }

    /// Where the value of the next key (now `self.key`) starts: `Some(None)` past the
    /// closing brace, `None` for a key that is not one.
    fn next_key(&mut self) -> Option<Option<usize>> {
        if self.closed {
            return Some(None);
        }
        let bytes = self.text.as_bytes();
        let key_end = string_end(bytes, self.at)?;
        self.key = serde_json::from_str(self.text.get(self.at..key_end)?).ok()?;
        let at = skip_whitespace(bytes, key_end);
        (bytes.get(at) == Some(&b':')).then_some(())?;
        Some(Some(skip_whitespace(bytes, at + 1)))
    }

    /// The current key's value is `start..end`: its entry kept (`None` if the key was seen
    /// before), and the comma or the closing brace after it read.
    fn value_ends(&mut self, start: usize, end: usize) -> Option<()> {
        let key = std::mem::take(&mut self.key);
        if self.entries.iter().any(|(seen, _)| *seen == key) {
            return None;
        }
        self.entries.push((key, self.text.get(start..end)?));
        let bytes = self.text.as_bytes();
        let at = skip_whitespace(bytes, end);
        match bytes.get(at)? {
            b',' => self.at = skip_whitespace(bytes, at + 1),
            b'}' => (self.at, self.closed) = (at + 1, true),
            _ => return None,
        }
        Some(())
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
