// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Helpers shared by the generated types.
/// Deserializes a string through `T: From<&str>` without allocating for the
/// values `T` knows. The visitor is the same for every `T`, so the decoder's
/// string reading is compiled once, not once per enum.
pub(crate) fn deserialize_from_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: for<'a> From<&'a str>,
{
    deserializer.deserialize_str(StrVisitor).map(|text| T::from(&text))
}

/// A string as read: borrowed from the input when it can be.
struct StrVisitor;

impl<'de> serde::de::Visitor<'de> for StrVisitor {
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

/// Decodes a union member from the JSON the union has already read.
pub(crate) fn decode<T, E>(value: serde_json::Value) -> Result<T, E>
where
    T: serde::de::DeserializeOwned,
    E: serde::de::Error,
{
    T::deserialize(value).map_err(E::custom)
}

/// A union of objects told apart by the string property `TAG`.
pub(crate) trait TaggedUnion: Sized {
    const TAG: &'static str;

    const EXPECTING: &'static str;

    /// The member for `tag`, from the object (its tag included).
    fn from_rest<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        rest: D,
    ) -> Result<Self, D::Error>;
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
    struct TagOnlyVisitor;

    impl<'de> serde::de::Visitor<'de> for TagOnlyVisitor {
        type Value = Option<serde_json::Value>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let Some(first_key) = map.next_key::<crate::fields::Key<'de>>()? else {
                return Ok(None);
            };
            let first_value: TagValue<'de> = map.next_value()?;
            let Some(second_key) = map.next_key::<crate::fields::Key<'de>>()? else {
                return Ok(None);
            };
            let first_value = match first_value {
                TagValue::Str(text) => serde_json::Value::String(text.into_string()),
                TagValue::Other(value) => value,
            };
            let mut object = serde_json::Map::new();
            object.insert(first_key.into_string(), first_value);
            object.insert(second_key.into_string(), map.next_value()?);
            while let Some(key) = map.next_key::<String>()? {
                object.insert(key, map.next_value()?);
            }
            Ok(Some(serde_json::Value::Object(object)))
        }
    }
    object.deserialize_map(TagOnlyVisitor)
}

/// The value of a tag property: a string, borrowed from the input when it can be; anything
/// else (which makes the object no member) as a JSON value.
enum TagValue<'de> {
    Str(crate::fields::Key<'de>),
    Other(serde_json::Value),
}

impl<'de> serde::Deserialize<'de> for TagValue<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TagValueVisitor)
    }
}

struct TagValueVisitor;

impl<'de> serde::de::Visitor<'de> for TagValueVisitor {
    type Value = TagValue<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: serde::de::Error>(
        self,
        v: &'de str,
    ) -> Result<Self::Value, E> {
        Ok(TagValue::Str(crate::fields::Key::Borrowed(v)))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(TagValue::Str(crate::fields::Key::Owned(v.to_owned())))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(TagValue::Str(crate::fields::Key::Owned(v)))
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(TagValue::Other(serde_json::Value::Bool(v)))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(TagValue::Other(v.into()))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(TagValue::Other(v.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(TagValue::Other(v.into()))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(TagValue::Other(serde_json::Value::Null))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(TagValue::Other(serde_json::Value::Null))
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
        serde::Deserialize::deserialize(seq).map(TagValue::Other)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        map: A,
    ) -> Result<Self::Value, A::Error> {
        let map = serde::de::value::MapAccessDeserializer::new(map);
        serde::Deserialize::deserialize(map).map(TagValue::Other)
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

/// The entries read before the tag, then the tag, then the rest of the map.
struct Prefixed<'de, A> {
    seen: std::vec::IntoIter<(String, serde_json::Value)>,
    value: Option<serde_json::Value>,
    /// The tag property's name and value, still to replay.
    tag: Option<(&'static str, crate::fields::Key<'de>)>,
    /// The tag's value, once its name has been replayed.
    tag_value: Option<crate::fields::Key<'de>>,
    rest: A,
}

impl<'de, A: serde::de::MapAccess<'de>> serde::de::MapAccess<'de> for Prefixed<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.seen.next() {
            self.value = Some(value);
            return seed
                .deserialize(serde::de::value::StringDeserializer::<A::Error>::new(key))
                .map(Some);
        }
        if let Some((name, value)) = self.tag.take() {
            self.tag_value = Some(value);
            return seed
                .deserialize(
                    serde::de::value::BorrowedStrDeserializer::<A::Error>::new(name),
                )
                .map(Some);
        }
        self.rest.next_key_seed(seed)
    }

    fn next_value_seed<V: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, A::Error> {
        if let Some(value) = self.value.take() {
            return seed.deserialize(value).map_err(serde::de::Error::custom);
        }
        match self.tag_value.take() {
            Some(crate::fields::Key::Borrowed(text)) => {
                seed.deserialize(serde::de::value::BorrowedStrDeserializer::new(text))
            }
            Some(crate::fields::Key::Owned(text)) => {
                seed.deserialize(serde::de::value::StringDeserializer::new(text))
            }
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
        let mut seen: Vec<(String, serde_json::Value)> = Vec::new();
        while let Some(key) = map.next_key::<crate::fields::Key<'de>>()? {
            if key.as_str() != T::TAG {
                seen.push((key.into_string(), map.next_value()?));
                continue;
            }
            match map.next_value::<TagValue<'de>>()? {
                TagValue::Str(tag) => {
                    let name = tag.as_str().to_owned();
                    let rest = Prefixed {
                        seen: seen.into_iter(),
                        value: None,
                        tag: Some((T::TAG, tag)),
                        tag_value: None,
                        rest: map,
                    };
                    return T::from_rest(
                        &name,
                        serde::de::value::MapAccessDeserializer::new(rest),
                    );
                }
                TagValue::Other(value) => seen.push((key.into_string(), value)),
            }
        }
        T::from_buffered(serde_json::Value::Object(seen.into_iter().collect()))
    }

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
