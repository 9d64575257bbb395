//! The items spliced from the runtime's `tag_first.rs`, `unions.rs`, `support_items.rs`,
//! `cli_helpers.rs` and `cli_readers.rs` (all but their `use` lines), each as prettyplease
//! prints it alone, with its kind and name. Written by the test `printed_items_are_fresh` (`UPDATE_PRINTED=1 cargo test -p
//! openapi-generator printed_items`, then `cargo fmt`); do not edit by hand.

pub(super) const TAG_FIRST: &[(&str, &str)] = &[
    (
        "other",
        r####"/// A union of objects told apart by the string property `TAG`.
pub(crate) trait TaggedUnion: Sized {
    const TAG: &'static str;
    const EXPECTING: &'static str;
    /// The member for `tag`, from the object (its tag included).
    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error>;
    /// The member for a value read whole, from its JSON text.
    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E>;
    /// The member a string is, for a union with literal members (checked before the string
    /// is written out as JSON for `from_buffered`).
    fn from_literal(_text: &str) -> Option<Self> {
        None
    }
}
"####,
    ),
    (
        "fn read_tagged",
        r####"/// A tagged union read by the crate's JSON reader: the tag found first (the entries before
/// it skipped), then the object read again from its start into the member, as `from_rest`
/// takes it from serde; a string is a literal member. Anything else gives up, for serde to
/// decode (a missing tag, an escaped one, a value read whole).
pub(crate) fn read_tagged<T: TaggedUnion>(
    reader: &mut crate::json::Reader<'_>,
) -> Result<T, crate::json::GaveUp> {
    if reader.peek() == Some(b'"') {
        return T::from_literal(reader.str()?).ok_or(crate::json::GaveUp);
    }
    let mark = reader.mark();
    let mut object = reader.object()?;
    let tag = loop {
        let key = object.next_key()?.ok_or(crate::json::GaveUp)?;
        let value = object.value();
        if key == T::TAG && value.peek() == Some(b'"') {
            break value.str()?;
        }
        value.skip()?;
    };
    reader.rewind(mark);
    T::from_rest(tag, reader.object()?)
}
"####,
    ),
    (
        "fn unknown_member",
        r####"/// An unknown member: its object, as a value.
pub(crate) fn unknown_member<'de, M: crate::fields::Properties<'de>>(
    object: M,
) -> Result<serde_json::Value, M::Error> {
    object.decode()
}
"####,
    ),
    (
        "fn tag_only",
        r####"/// A member that is its tag alone: `None` when the object holds nothing else, or the whole
/// object when it holds more (the union keeps it in its fallback, so nothing is lost).
pub(crate) fn tag_only<'de, M: crate::fields::Properties<'de>>(
    object: M,
) -> Result<Option<serde_json::Value>, M::Error> {
    match object.into_text()? {
        (_, 0 | 1) => Ok(None),
        (text, _) => crate::fields::decode_text(&text).map(Some),
    }
}
"####,
    ),
    (
        "impl Text",
        r####"/// A value the union reads before or as its tag, through `deserialize_any`: a string or an
/// unsigned integer kept as it is (a tag, an `index` before a `type`), anything else as its
/// JSON text (a float written back by serde_json: the same number).
impl<'de> serde::Deserialize<'de> for crate::fields::Text<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}
"####,
    ),
    (
        "struct TextVisitor",
        r####"struct TextVisitor;
"####,
    ),
    (
        "fn json_text",
        r####"/// A value read whole, kept as its JSON text.
fn json_text<'de, V: serde::Serialize + ?Sized, E: serde::de::Error>(
    value: &V,
) -> Result<crate::fields::Text<'de>, E> {
    match raw_of(value) {
        Ok(text) => Ok(crate::fields::Text::Json(text)),
        Err(error) => Err(E::custom(error)),
    }
}
"####,
    ),
    (
        "impl TextVisitor",
        r####"impl<'de> serde::de::Visitor<'de> for TextVisitor {
    type Value = crate::fields::Text<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_borrowed_str<E: serde::de::Error>(
        self,
        v: &'de str,
    ) -> Result<Self::Value, E> {
        Ok(crate::fields::Text::Str(crate::fields::Key::Borrowed(v)))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(crate::fields::Text::Str(crate::fields::Key::Owned(v.to_owned())))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(crate::fields::Text::Str(crate::fields::Key::Owned(v)))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(crate::fields::Text::Unsigned(v))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
        json_text(&v)
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        json_text(&v)
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
        json_text(&v)
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        json_text(&())
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        json_text(&())
    }
    fn visit_some<D: serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> Result<Self::Value, D::Error> {
        serde::Deserialize::deserialize(d)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        seq: A,
    ) -> Result<Self::Value, A::Error> {
        let seq = serde::de::value::SeqAccessDeserializer::new(seq);
        let value: serde_json::Value = serde::Deserialize::deserialize(seq)?;
        json_text(&value)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        map: A,
    ) -> Result<Self::Value, A::Error> {
        let map = serde::de::value::MapAccessDeserializer::new(map);
        let value: serde_json::Value = serde::Deserialize::deserialize(map)?;
        json_text(&value)
    }
}
"####,
    ),
    (
        "fn deserialize_tagged",
        r####"pub(crate) fn deserialize_tagged<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: TaggedUnion,
{
    deserializer.deserialize_any(TaggedVisitor(std::marker::PhantomData))
}
"####,
    ),
    (
        "struct TaggedVisitor",
        r####"struct TaggedVisitor<T>(std::marker::PhantomData<T>);
"####,
    ),
    (
        "fn raw_of",
        r####"/// A value read whole, as JSON text.
fn raw_of<V: serde::Serialize + ?Sized>(
    value: &V,
) -> Result<Box<serde_json::value::RawValue>, serde_json::Error> {
    serde_json::value::to_raw_value(value)
}
"####,
    ),
    (
        "fn buffered",
        r####"/// The member for a value read whole (one function per union, which each kind of value the
/// visitor reads calls).
fn buffered<T: TaggedUnion, E: serde::de::Error>(
    raw: Result<Box<serde_json::value::RawValue>, serde_json::Error>,
) -> Result<T, E> {
    match raw {
        Ok(raw) => T::from_buffered(&raw),
        Err(error) => Err(E::custom(error)),
    }
}
"####,
    ),
    (
        "struct Entries",
        r####"/// An object's entries as read, written back as the object.
struct Entries<'a, 'de>(&'a crate::fields::ReadEntries<'de>);
"####,
    ),
    (
        "impl Entries",
        r####"impl serde::Serialize for Entries<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, value)| (key.as_str(), value)))
    }
}
"####,
    ),
    (
        "impl TaggedVisitor",
        r####"impl<'de, T: TaggedUnion> serde::de::Visitor<'de> for TaggedVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(T::EXPECTING)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut read = crate::fields::ReadEntries::default();
        while let Some(key) = map.next_key::<crate::fields::Key<'de>>()? {
            match map.next_value::<crate::fields::Text<'de>>()? {
                crate::fields::Text::Str(tag) if key.as_str() == T::TAG => {
                    let name = match &tag {
                        crate::fields::Key::Borrowed(tag) => {
                            std::borrow::Cow::Borrowed(*tag)
                        }
                        crate::fields::Key::Owned(tag) => {
                            std::borrow::Cow::Owned(tag.clone())
                        }
                    };
                    let name_key = crate::fields::Key::Borrowed(T::TAG);
                    let mut replay = crate::fields::Replay::new(read, name_key, tag);
                    let rest = crate::fields::ObjectMap::after_tag(&mut replay, map);
                    return T::from_rest(&name, rest);
                }
                value => read.push(key, value),
            }
        }
        buffered(raw_of(&Entries(&read)))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<T, E> {
        buffered(raw_of(&v))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
        buffered(raw_of(&v))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
        buffered(raw_of(&v))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<T, E> {
        buffered(raw_of(&v))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        if let Some(member) = T::from_literal(v) {
            return Ok(member);
        }
        let mut buffer = [0; crate::fields::STRING_BUFFER];
        let text = crate::fields::string_json(v, &mut buffer);
        match serde_json::from_str::<&serde_json::value::RawValue>(&text) {
            Ok(raw) => T::from_buffered(raw),
            Err(error) => Err(E::custom(error)),
        }
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<T, E> {
        buffered(raw_of(&()))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let mut items: Vec<Box<serde_json::value::RawValue>> = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        buffered(raw_of(&items))
    }
}
"####,
    ),
];

pub(super) const UNIONS: &[(&str, &str)] = &[
    (
        "enum Kind",
        r####"/// The kind of a JSON value, from its first character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    String,
    Number,
    Boolean,
    Array,
    Object,
    Null,
}
"####,
    ),
    (
        "fn kind",
        r####"/// The kind of the value `raw` is.
pub(crate) fn kind(raw: &serde_json::value::RawValue) -> Kind {
    match raw.get().as_bytes().first() {
        Some(b'"') => Kind::String,
        Some(b'{') => Kind::Object,
        Some(b'[') => Kind::Array,
        Some(b't' | b'f') => Kind::Boolean,
        Some(b'n') => Kind::Null,
        _ => Kind::Number,
    }
}
"####,
    ),
    (
        "fn string_of",
        r####"/// The string `raw` is, if it is one (borrowed unless it has escapes).
pub(crate) fn string_of(
    raw: &serde_json::value::RawValue,
) -> Option<std::borrow::Cow<'_, str>> {
    let text = raw.get();
    if kind(raw) != Kind::String {
        return None;
    }
    if !text.contains('\\') {
        return text.get(1..text.len() - 1).map(std::borrow::Cow::Borrowed);
    }
    serde_json::from_str::<String>(text).ok().map(std::borrow::Cow::Owned)
}
"####,
    ),
    (
        "fn tag_of",
        r####"/// The string property `tag` of the object `raw`, if it is an object with one.
pub(crate) fn tag_of<'r>(
    raw: &'r serde_json::value::RawValue,
    tag: &str,
) -> Option<std::borrow::Cow<'r, str>> {
    if kind(raw) != Kind::Object {
        return None;
    }
    let mut reader = serde_json::Deserializer::from_str(raw.get());
    let found = serde::Deserializer::deserialize_map(&mut reader, TagVisitor(tag))
        .ok()??;
    match found {
        crate::fields::Key::Borrowed(text) => Some(std::borrow::Cow::Borrowed(text)),
        crate::fields::Key::Owned(text) => Some(std::borrow::Cow::Owned(text)),
    }
}
"####,
    ),
    (
        "struct TagVisitor",
        r####"/// Finds the tag's value among an object's entries, skipping the others unread.
struct TagVisitor<'t>(&'t str);
"####,
    ),
    (
        "impl TagVisitor",
        r####"impl<'de> serde::de::Visitor<'de> for TagVisitor<'_> {
    type Value = Option<crate::fields::Key<'de>>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(key) = map.next_key::<crate::fields::Key<'de>>()? {
            if found.is_none() && key.as_str() == self.0 {
                found = Some(map.next_value::<crate::fields::Key<'de>>()?);
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}
"####,
    ),
    (
        "fn entry_count",
        r####"/// How many entries the object `raw` has (0 for anything else).
pub(crate) fn entry_count(raw: &serde_json::value::RawValue) -> usize {
    if kind(raw) != Kind::Object {
        return 0;
    }
    let mut reader = serde_json::Deserializer::from_str(raw.get());
    serde::Deserializer::deserialize_map(&mut reader, CountVisitor).unwrap_or(0)
}
"####,
    ),
    (
        "struct CountVisitor",
        r####"/// Counts an object's entries, skipping them unread.
struct CountVisitor;
"####,
    ),
    (
        "impl CountVisitor",
        r####"impl<'de> serde::de::Visitor<'de> for CountVisitor {
    type Value = usize;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> Result<usize, A::Error> {
        let mut entries = 0;
        while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some()
        {
            entries += 1;
        }
        Ok(entries)
    }
}
"####,
    ),
    (
        "fn decode",
        r####"/// Decodes a member from the union's text.
pub(crate) fn decode<T: serde::de::DeserializeOwned, E: serde::de::Error>(
    raw: &serde_json::value::RawValue,
) -> Result<T, E> {
    crate::fields::decode_text(raw.get())
}
"####,
    ),
    (
        "fn try_decode",
        r####"/// Decodes a member from the union's text, if the text is one. Not through `decode`, whose
/// error message would be written out for every member tried in vain.
pub(crate) fn try_decode<T: serde::de::DeserializeOwned>(
    raw: &serde_json::value::RawValue,
) -> Option<T> {
    T::deserialize(&mut serde_json::Deserializer::from_str(raw.get())).ok()
}
"####,
    ),
];

pub(super) const SUPPORT_ITEMS: &[(&str, &str)] = &[
    (
        "fn deserialize_from_str",
        r####"/// Deserializes a string through `T: From<&str>` without allocating for the
/// values `T` knows. The visitor is the same for every `T`, so the decoder's
/// string reading is compiled once, not once per enum.
pub(crate) fn deserialize_from_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: for<'a> From<&'a str>,
{
    deserializer.deserialize_str(StrVisitor).map(|text| T::from(&text))
}
"####,
    ),
    (
        "struct StrVisitor",
        r####"/// A string as read: borrowed from the input when it can be.
struct StrVisitor;
"####,
    ),
    (
        "impl StrVisitor",
        r####"impl<'de> serde::de::Visitor<'de> for StrVisitor {
    type Value = std::borrow::Cow<'de, str>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: serde::de::Error>(
        self,
        value: &'de str,
    ) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(value))
    }
    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(value.to_owned()))
    }
    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(value))
    }
}
"####,
    ),
    (
        "struct FileUpload",
        r####"/// A file in a multipart request: its bytes and the name (and, optionally, the media
/// type) the server sees. In JSON it appears as its file name only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileUpload {
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// The part's media type; `None` types it by the name's extension (`report.pdf` is
    /// `application/pdf`), else as `application/octet-stream`.
    pub content_type: Option<String>,
}
"####,
    ),
    (
        "impl FileUpload",
        r####"impl FileUpload {
    pub fn new(file_name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        FileUpload {
            file_name: file_name.into(),
            bytes: bytes.into(),
            content_type: None,
        }
    }
}
"####,
    ),
    (
        "impl FileUpload",
        r####"impl serde::Serialize for FileUpload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.file_name)
    }
}
"####,
    ),
    (
        "impl FileUpload",
        r####"impl<'de> serde::Deserialize<'de> for FileUpload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let file_name = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(FileUpload::new(file_name, Vec::new()))
    }
}
"####,
    ),
    (
        "impl FileUpload",
        r####"impl crate::json::FromJson for FileUpload {}
"####,
    ),
];

pub(super) const CLI_HELPERS: &[(&str, &str)] = &[
    (
        "fn exit_code",
        r####"/// Exit codes: 2 is a usage error (clap's), 3 an error answer from the API, 4 a
/// network error or timeout, 1 anything else.
fn exit_code(error: &Error) -> u8 {
    match error {
        Error::Api(_) => 3,
        Error::Transport(_) | Error::Timeout(_) => 4,
        _ => 1,
    }
}
"####,
    ),
    (
        "fn print_events",
        r####"/// Prints each event of a stream as one line of JSON, as it arrives.
#[allow(dead_code)]
async fn print_events<T: serde::Serialize>(
    mut events: impl futures_core::Stream<Item = Result<T, Error>> + Unpin,
) -> Result<(), Error> {
    let mut stdout = std::io::stdout();
    while let Some(item) = std::future::poll_fn(|cx| {
            std::pin::Pin::new(&mut events).poll_next(cx)
        })
        .await
    {
        match item {
            Ok(event) => {
                let line = serde_json::to_string(&event).map_err(Error::Encode)?;
                if writeln!(stdout, "{line}").and_then(|()| stdout.flush()).is_err() {
                    return Ok(());
                }
            }
            Err(error @ Error::Event { .. }) => eprintln!("warning: {error}"),
            Err(error) => return Err(error),
        }
    }
    Ok(())
}
"####,
    ),
    (
        "fn write_bytes",
        r####"/// Writes raw bytes (audio, files) to stdout.
#[allow(dead_code)]
fn write_bytes(bytes: &[u8]) -> Result<(), Error> {
    std::io::stdout()
        .write_all(bytes)
        .map_err(|e| Error::Config(format!("cannot write to stdout: {e}")))
}
"####,
    ),
    (
        "fn argument_text",
        r####"/// A flag's text, or the contents of the file after `@`.
fn argument_text(text: &str) -> Result<String, String> {
    match text.strip_prefix('@') {
        Some(path) => {
            std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
        }
        None => Ok(text.to_owned()),
    }
}
"####,
    ),
    (
        "fn json",
        r####"/// JSON (or `@file.json`); text that is not JSON is taken as a string.
#[allow(dead_code)]
fn json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let text = argument_text(text)?;
    let value = serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text));
    serde_json::from_value(value).map_err(|e| format!("not valid here: {e}"))
}
"####,
    ),
    (
        "fn text",
        r####"/// A value of an open string enum.
#[allow(dead_code)]
fn text<T: for<'a> From<&'a str>>(text: &str) -> Result<T, String> {
    Ok(T::from(text))
}
"####,
    ),
    (
        "enum Format",
        r####"/// How answers are printed (`--format`).
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
"####,
    ),
    (
        "fn print",
        r####"/// Prints an answer in `format`; with `jsonl`, a list's items (the property `items`, or the
/// answer itself when it is an array) one a line.
#[allow(dead_code)]
fn print<T: serde::Serialize>(
    value: &T,
    format: Format,
    items: Option<&str>,
) -> Result<(), Error> {
    let text = match format {
        Format::Pretty => serde_json::to_string_pretty(value).map_err(Error::Encode)?,
        Format::Json | Format::Raw => {
            serde_json::to_string(value).map_err(Error::Encode)?
        }
        Format::Yaml => {
            serde_yaml::to_string(value)
                .map_err(|e| Error::Config(format!("cannot write YAML: {e}")))?
        }
        Format::Jsonl => return print_lines(value, items),
    };
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "{}", text.trim_end()).and_then(|()| stdout.flush());
    Ok(())
}
"####,
    ),
    (
        "fn print_lines",
        r####"/// One JSON value a line: the list's items, or the value alone.
fn print_lines<T: serde::Serialize>(
    value: &T,
    items: Option<&str>,
) -> Result<(), Error> {
    let value = serde_json::to_value(value).map_err(Error::Encode)?;
    let list = match (&value, items) {
        (serde_json::Value::Array(list), _) => Some(list),
        (serde_json::Value::Object(object), Some(items)) => {
            object.get(items).and_then(|v| v.as_array())
        }
        _ => None,
    };
    let lines = list.map_or_else(|| vec![& value], |list| list.iter().collect());
    let mut stdout = std::io::stdout();
    for line in lines {
        let text = serde_json::to_string(line).map_err(Error::Encode)?;
        if writeln!(stdout, "{text}").is_err() {
            break;
        }
    }
    Ok(())
}
"####,
    ),
    (
        "struct DebugPrinter",
        r####"/// `--debug`: each attempt's request and answer head on stderr, secrets left out.
struct DebugPrinter;
"####,
    ),
    (
        "fn is_secret",
        r####"/// Headers whose values are secrets: what authenticates the caller.
#[allow(dead_code)]
fn is_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["authorization", "cookie", "proxy-authorization"].contains(&name.as_str())
        || name.contains("key") || name.contains("token") || name.contains("secret")
}
"####,
    ),
    (
        "impl DebugPrinter",
        r####"impl Hook for DebugPrinter {
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
        eprintln!("> {} {} (attempt {})", request.method(), url, attempt.attempt);
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
"####,
    ),
    (
        "fn print_headers",
        r####"/// Headers on stderr after `side` (`>` sent, `<` received), secrets redacted.
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
"####,
    ),
    (
        "fn body_object",
        r####"/// The whole body from `--body`: JSON or YAML text, `@file`, or `-` for standard input.
#[allow(dead_code)]
fn body_object(text: &str) -> Result<serde_json::Map<String, serde_json::Value>, Error> {
    let text = if text == "-" {
        let mut input = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut input)
            .map_err(|e| Error::Config(
                format!("cannot read the body from standard input: {e}"),
            ))?;
        input
    } else {
        argument_text(text).map_err(Error::Config)?
    };
    match serde_yaml::from_str(&text) {
        Ok(serde_json::Value::Object(object)) => Ok(object),
        Ok(_) => Err(Error::Config("--body must be an object".into())),
        Err(e) => Err(Error::Config(format!("--body is neither JSON nor YAML: {e}"))),
    }
}
"####,
    ),
    (
        "fn required_flag",
        r####"/// A flag `--body` made optional, which the body built from flags needs.
#[allow(dead_code)]
fn required_flag<T>(value: Option<T>, flag: &str) -> Result<T, Error> {
    value
        .ok_or_else(|| Error::Config(
            format!("{flag} is required unless --body gives the body"),
        ))
}
"####,
    ),
    (
        "fn request_body",
        r####"/// The request from the body read whole, its flags laid over it.
#[allow(dead_code)]
fn request_body<T: serde::de::DeserializeOwned>(
    object: serde_json::Map<String, serde_json::Value>,
) -> Result<T, Error> {
    serde_json::from_value(serde_json::Value::Object(object))
        .map_err(|e| Error::Config(format!("the body does not fit the request: {e}")))
}
"####,
    ),
    (
        "fn whole_or_items",
        r####"/// A list given whole (`--tools` as JSON) or an item a flag (`--tool`, repeated): the
/// whole list if given, else the items if any.
#[allow(dead_code)]
fn whole_or_items<T>(whole: Option<Vec<T>>, items: Vec<T>) -> Option<Vec<T>> {
    whole.or_else(|| (!items.is_empty()).then_some(items))
}
"####,
    ),
    (
        "fn overlay",
        r####"/// Sets the property `name` of a body read whole to a flag's value, when the flag was given.
#[allow(dead_code)]
fn overlay<T: serde::Serialize>(
    object: &mut serde_json::Map<String, serde_json::Value>,
    name: &str,
    value: Option<&T>,
) -> Result<(), Error> {
    if let Some(value) = value {
        object
            .insert(
                name.to_owned(),
                serde_json::to_value(value).map_err(Error::Encode)?,
            );
    }
    Ok(())
}
"####,
    ),
];

pub(super) const CLI_READERS: &[(&str, &str)] = &[
    (
        "fn file",
        r####"/// `@path`: a file to upload.
fn file(text: &str) -> Result<FileUpload, String> {
    let path = text.strip_prefix('@').unwrap_or(text);
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let name = std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(FileUpload::new(name, bytes))
}
"####,
    ),
    (
        "fn nullable",
        r####"/// A property's value from its flag, or `null` if `--null` names it, or absent.
fn nullable<T>(value: Option<T>, null: &[String], property: &str) -> Nullable<T> {
    match value {
        Some(value) => Nullable::Value(value),
        None if null.iter().any(|name| name == property) => Nullable::Null,
        None => Nullable::Absent,
    }
}
"####,
    ),
];
