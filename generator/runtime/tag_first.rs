//! Tag-first decoding of tagged unions: the tag is read, then the object goes straight into
//! the member's type (the entries before the tag, the tag itself, then the rest as it
//! streams); only the entries before the tag are kept (a string or an unsigned integer as
//! it is, any other value as its JSON text). A tag that is missing or not a string falls
//! back to reading the object whole.
//!
//! The generator splices these items into a generated crate's `support.rs` when one of its
//! unions is tagged (so `//` comments stay here), with those of `unions.rs`; each union
//! implements [`TaggedUnion`].

/// A union of objects told apart by the string property `TAG`.
pub(crate) trait TaggedUnion: Sized {
    const TAG: &'static str;
    const EXPECTING: &'static str;

    /// The member for `tag`, from the object (its tag included).
    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error>;

    /// The member for a value read whole, from its JSON text.
    fn from_buffered<E: serde::de::Error>(raw: &serde_json::value::RawValue) -> Result<Self, E>;

    /// The member a string is, for a union with literal members (checked before the string
    /// is written out as JSON for `from_buffered`).
    fn from_literal(_text: &str) -> Option<Self> {
        None
    }
}

/// A tagged union read by the crate's JSON reader: the tag found first (the entries before
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

/// An unknown member: its object, as a value.
pub(crate) fn unknown_member<'de, M: crate::fields::Properties<'de>>(
    object: M,
) -> Result<serde_json::Value, M::Error> {
    object.decode()
}

/// A member that is its tag alone: `None` when the object holds nothing else, or the whole
/// object when it holds more (the union keeps it in its fallback, so nothing is lost).
pub(crate) fn tag_only<'de, M: crate::fields::Properties<'de>>(
    object: M,
) -> Result<Option<serde_json::Value>, M::Error> {
    match object.into_text()? {
        (_, 0 | 1) => Ok(None),
        (text, _) => crate::fields::decode_text(&text).map(Some),
    }
}

/// A value the union reads before or as its tag, through `deserialize_any`: a string or an
/// unsigned integer kept as it is (a tag, an `index` before a `type`), anything else as its
/// JSON text (a float written back by serde_json: the same number).
impl<'de> serde::Deserialize<'de> for crate::fields::Text<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

/// A value read whole, kept as its JSON text.
fn json_text<'de, V: serde::Serialize + ?Sized, E: serde::de::Error>(
    value: &V,
) -> Result<crate::fields::Text<'de>, E> {
    match raw_of(value) {
        Ok(text) => Ok(crate::fields::Text::Json(text)),
        Err(error) => Err(E::custom(error)),
    }
}

impl<'de> serde::de::Visitor<'de> for TextVisitor {
    type Value = crate::fields::Text<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(crate::fields::Text::Str(crate::fields::Key::Borrowed(v)))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(crate::fields::Text::Str(crate::fields::Key::Owned(
            v.to_owned(),
        )))
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

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        serde::Deserialize::deserialize(d)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let seq = serde::de::value::SeqAccessDeserializer::new(seq);
        let value: serde_json::Value = serde::Deserialize::deserialize(seq)?;
        json_text(&value)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let map = serde::de::value::MapAccessDeserializer::new(map);
        let value: serde_json::Value = serde::Deserialize::deserialize(map)?;
        json_text(&value)
    }
}

pub(crate) fn deserialize_tagged<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: TaggedUnion,
{
    deserializer.deserialize_any(TaggedVisitor(std::marker::PhantomData))
}

struct TaggedVisitor<T>(std::marker::PhantomData<T>);

/// A value read whole, as JSON text.
fn raw_of<V: serde::Serialize + ?Sized>(
    value: &V,
) -> Result<Box<serde_json::value::RawValue>, serde_json::Error> {
    serde_json::value::to_raw_value(value)
}

/// The member for a value read whole (one function per union, which each kind of value the
/// visitor reads calls).
fn buffered<T: TaggedUnion, E: serde::de::Error>(
    raw: Result<Box<serde_json::value::RawValue>, serde_json::Error>,
) -> Result<T, E> {
    match raw {
        Ok(raw) => T::from_buffered(&raw),
        Err(error) => Err(E::custom(error)),
    }
}

/// An object's entries as read, written back as the object.
struct Entries<'a, 'de>(&'a crate::fields::ReadEntries<'de>);

impl serde::Serialize for Entries<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, value)| (key.as_str(), value)))
    }
}

impl<'de, T: TaggedUnion> serde::de::Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        // Entries before the tag are kept (strings and unsigned integers as they are, the rest
        // as JSON text); once the tag is read, they, the tag and the rest of the object (read
        // as it streams) go to the member.
        let mut read = crate::fields::ReadEntries::default();
        while let Some(key) = map.next_key::<crate::fields::Key<'de>>()? {
            match map.next_value::<crate::fields::Text<'de>>()? {
                crate::fields::Text::Str(tag) if key.as_str() == T::TAG => {
                    let name = match &tag {
                        crate::fields::Key::Borrowed(tag) => std::borrow::Cow::Borrowed(*tag),
                        crate::fields::Key::Owned(tag) => std::borrow::Cow::Owned(tag.clone()),
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

    // Anything but an object is no member; the fallback (if any) keeps it.
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
