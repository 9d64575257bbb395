//! Tag-first decoding of tagged unions: the tag is read, then the object goes straight into
//! the member's type (the entries before the tag, the tag itself, then the rest as it
//! streams); only the entries up to the tag are buffered. A tag
//! that is missing or not a string falls back to reading the object as a `serde_json::Value`.
//!
//! The generator splices these items into a generated crate's `support.rs` when one of its
//! unions is tagged (so `//` comments stay here); each union implements [`TaggedUnion`].

/// A union of objects told apart by the string property `TAG`.
pub(crate) trait TaggedUnion: Sized {
    const TAG: &'static str;
    const EXPECTING: &'static str;

    /// The member for `tag`, from the object (its tag included).
    fn from_rest<'de, D: serde::Deserializer<'de>>(tag: &str, rest: D) -> Result<Self, D::Error>;

    /// The member for an object read whole.
    fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E>;
}

/// An unknown member: its object, as a value.
pub(crate) fn unknown_member<'de, D: serde::Deserializer<'de>>(
    object: D,
) -> Result<serde_json::Value, D::Error> {
    serde::Deserialize::deserialize(object).map(serde_json::Value::Object)
}

/// A member that is its tag alone: `None` when the object holds nothing else, or the whole
/// object when it holds more (the union keeps it in its fallback, so nothing is lost).
pub(crate) fn tag_only<'de, D: serde::Deserializer<'de>>(
    object: D,
) -> Result<Option<serde_json::Value>, D::Error> {
    let object: serde_json::Map<String, serde_json::Value> =
        serde::Deserialize::deserialize(object)?;
    Ok((object.len() > 1).then_some(serde_json::Value::Object(object)))
}

pub(crate) fn deserialize_tagged<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: TaggedUnion,
{
    deserializer.deserialize_any(TaggedVisitor(std::marker::PhantomData))
}

struct TaggedVisitor<T>(std::marker::PhantomData<T>);

/// The entries read before the tag, then the rest of the map.
struct Prefixed<A> {
    seen: std::vec::IntoIter<(String, serde_json::Value)>,
    value: Option<serde_json::Value>,
    rest: A,
}

impl<'de, A: serde::de::MapAccess<'de>> serde::de::MapAccess<'de> for Prefixed<A> {
    type Error = A::Error;

    fn next_key_seed<K: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.seen.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(serde::de::value::StringDeserializer::<A::Error>::new(key))
                    .map(Some)
            }
            None => self.rest.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, A::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value).map_err(serde::de::Error::custom),
            None => self.rest.next_value_seed(seed),
        }
    }
}

impl<'de, T: TaggedUnion> serde::de::Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        // Entries before the tag are kept as values; once the tag is read, they and the
        // rest of the object (read as it streams) go to the member.
        let mut seen: Vec<(String, serde_json::Value)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value: serde_json::Value = map.next_value()?;
            if key == T::TAG {
                if let serde_json::Value::String(tag) = &value {
                    let tag = tag.clone();
                    seen.push((key, value));
                    let rest = Prefixed {
                        seen: seen.into_iter(),
                        value: None,
                        rest: map,
                    };
                    return T::from_rest(&tag, serde::de::value::MapAccessDeserializer::new(rest));
                }
            }
            seen.push((key, value));
        }
        T::from_buffered(serde_json::Value::Object(seen.into_iter().collect()))
    }

    // Anything but an object is no member; the fallback (if any) keeps it.
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<T, E> {
        T::from_buffered(serde_json::Value::Bool(v))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
        T::from_buffered(serde_json::Value::from(v))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
        T::from_buffered(serde_json::Value::from(v))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<T, E> {
        T::from_buffered(serde_json::Value::from(v))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        T::from_buffered(serde_json::Value::String(v.to_owned()))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<T, E> {
        T::from_buffered(serde_json::Value::Null)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<serde_json::Value>()? {
            items.push(item);
        }
        T::from_buffered(serde_json::Value::Array(items))
    }
}
