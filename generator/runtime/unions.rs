//! How a union tells its members apart: it reads its value whole as JSON text (the decoder
//! checks it, nothing is built), looks at it without decoding it (its kind, its tag, the
//! string it is), then decodes the member from the text with the reader answers are decoded
//! with, so that each member's decoding is compiled once.
//!
//! The generator splices the items a crate's unions use into its `support.rs` (so `//`
//! comments stay here).

/// The kind of a JSON value, from its first character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    String,
    Number,
    Boolean,
    Array,
    Object,
    Null,
}

/// The kind of the value `raw` is.
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

/// The string `raw` is, if it is one (borrowed unless it has escapes).
pub(crate) fn string_of(raw: &serde_json::value::RawValue) -> Option<std::borrow::Cow<'_, str>> {
    let text = raw.get();
    if kind(raw) != Kind::String {
        return None;
    }
    // Valid JSON without a backslash: the text between the quotes is the string.
    if !text.contains('\\') {
        return text.get(1..text.len() - 1).map(std::borrow::Cow::Borrowed);
    }
    serde_json::from_str::<String>(text)
        .ok()
        .map(std::borrow::Cow::Owned)
}

/// The string property `tag` of the object `raw`, if it is an object with one.
pub(crate) fn tag_of<'r>(
    raw: &'r serde_json::value::RawValue,
    tag: &str,
) -> Option<std::borrow::Cow<'r, str>> {
    if kind(raw) != Kind::Object {
        return None;
    }
    let mut reader = serde_json::Deserializer::from_str(raw.get());
    let found = serde::Deserializer::deserialize_map(&mut reader, TagVisitor(tag)).ok()??;
    match found {
        crate::fields::Key::Borrowed(text) => Some(std::borrow::Cow::Borrowed(text)),
        crate::fields::Key::Owned(text) => Some(std::borrow::Cow::Owned(text)),
    }
}

/// Finds the tag's value among an object's entries, skipping the others unread.
struct TagVisitor<'t>(&'t str);

impl<'de> serde::de::Visitor<'de> for TagVisitor<'_> {
    type Value = Option<crate::fields::Key<'de>>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(key) = map.next_key::<crate::fields::Key<'de>>()? {
            if found.is_none() && key.as_str() == self.0 {
                // Not a string: the object has no tag, whatever follows.
                found = Some(map.next_value::<crate::fields::Key<'de>>()?);
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// How many entries the object `raw` has (0 for anything else).
pub(crate) fn entry_count(raw: &serde_json::value::RawValue) -> usize {
    if kind(raw) != Kind::Object {
        return 0;
    }
    let mut reader = serde_json::Deserializer::from_str(raw.get());
    serde::Deserializer::deserialize_map(&mut reader, CountVisitor).unwrap_or(0)
}

/// Counts an object's entries, skipping them unread.
struct CountVisitor;

impl<'de> serde::de::Visitor<'de> for CountVisitor {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
        let mut entries = 0;
        while map
            .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
            .is_some()
        {
            entries += 1;
        }
        Ok(entries)
    }
}

/// Decodes a member from the union's text.
pub(crate) fn decode<T: serde::de::DeserializeOwned, E: serde::de::Error>(
    raw: &serde_json::value::RawValue,
) -> Result<T, E> {
    crate::fields::decode_text(raw.get())
}

/// Decodes a member from the union's text, if the text is one. Not through `decode`, whose
/// error message would be written out for every member tried in vain.
pub(crate) fn try_decode<T: serde::de::DeserializeOwned>(
    raw: &serde_json::value::RawValue,
) -> Option<T> {
    T::deserialize(&mut serde_json::Deserializer::from_str(raw.get())).ok()
}
