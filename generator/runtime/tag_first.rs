//! Tag-first decoding of tagged unions: the tag is read, then the object goes straight into
//! the member's type (the entries before the tag, the tag itself, then the rest as it
//! streams); only the entries up to the tag are buffered, as JSON text. A tag that is missing
//! or not a string falls back to reading the object whole.
//!
//! The generator splices these items into a generated crate's `support.rs` when one of its
//! unions is tagged (so `//` comments stay here), with those of `unions.rs`; each union
//! implements [`TaggedUnion`].

use crate::unions::string_of;

/// A union of objects told apart by the string property `TAG`.
pub(crate) trait TaggedUnion: Sized {
    const TAG: &'static str;
    const EXPECTING: &'static str;

    /// The member for `tag`, from the object (its tag included).
    fn from_rest<'de, A: serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::fields::ObjectMap<'de, A>,
    ) -> Result<Self, A::Error>;

    /// The member for a value read whole, from its JSON text.
    fn from_buffered<E: serde::de::Error>(raw: &serde_json::value::RawValue) -> Result<Self, E>;
}

/// An unknown member: its object, as a value.
pub(crate) fn unknown_member<'de, A: serde::de::MapAccess<'de>>(
    object: crate::fields::ObjectMap<'de, A>,
) -> Result<serde_json::Value, A::Error> {
    object.decode()
}

/// A member that is its tag alone: `None` when the object holds nothing else, or the whole
/// object when it holds more (the union keeps it in its fallback, so nothing is lost).
pub(crate) fn tag_only<'de, A: serde::de::MapAccess<'de>>(
    object: crate::fields::ObjectMap<'de, A>,
) -> Result<Option<serde_json::Value>, A::Error> {
    match object.into_text()? {
        (_, 0 | 1) => Ok(None),
        (text, _) => crate::fields::decode_text(&text).map(Some),
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
fn raw_of<T: serde::Serialize + ?Sized, E: serde::de::Error>(
    value: &T,
) -> Result<Box<serde_json::value::RawValue>, E> {
    serde_json::value::to_raw_value(value).map_err(E::custom)
}

/// An object's entries as read, written back as the object.
struct Entries<'a, 'de>(&'a [(crate::fields::Key<'de>, Box<serde_json::value::RawValue>)]);

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
        // Entries before the tag are kept as text; once the tag is read, they, the tag and the
        // rest of the object (read as it streams) go to the member.
        let mut read: Vec<(crate::fields::Key<'de>, Box<serde_json::value::RawValue>)> = Vec::new();
        while let Some(key) = map.next_key::<crate::fields::Key<'de>>()? {
            let value: Box<serde_json::value::RawValue> = map.next_value()?;
            let tag = match key.as_str() == T::TAG {
                true => string_of(&value).map(|tag| tag.into_owned()),
                false => None,
            };
            read.push((key, value));
            if let Some(tag) = tag {
                return T::from_rest(&tag, crate::fields::ObjectMap::after(read, map));
            }
        }
        T::from_buffered(&raw_of(&Entries(&read))?)
    }

    // Anything but an object is no member; the fallback (if any) keeps it.
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<T, E> {
        T::from_buffered(&raw_of(&v)?)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
        T::from_buffered(&raw_of(&v)?)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
        T::from_buffered(&raw_of(&v)?)
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<T, E> {
        T::from_buffered(&raw_of(&v)?)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        T::from_buffered(&raw_of(v)?)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<T, E> {
        T::from_buffered(&raw_of(&())?)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let mut items: Vec<Box<serde_json::value::RawValue>> = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        T::from_buffered(&raw_of(&items)?)
    }
}
