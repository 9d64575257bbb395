// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! What the object types keep besides their listed properties, so that a decoded value is
//! written back exactly as it came: [`Nullable`] tells an explicit `null` from an absent
//! property, and [`Extra`] keeps the properties the spec does not list and remembers the
//! required ones the object lacked.
//!
//! The generated types decode through [`Object`] (one `match` on the property names, the
//! rest collected into [`Extra`]) rather than serde's derive with `#[serde(flatten)]`, which
//! would buffer every object before decoding it.

use std::fmt;

use serde::de::{self, DeserializeOwned, MapAccess};
use serde::ser::SerializeMap;
use serde_json::value::RawValue;

/// A property the spec lets be absent or `null`: the three states are kept apart, in answers
/// and in requests (send [`Nullable::Null`] to clear a value, leave it [`Nullable::Absent`]
/// to leave it alone).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// Not in the object.
    #[default]
    Absent,
    /// In the object, as `null`.
    Null,
    /// In the object, with a value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Whether the property was left out.
    pub fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }

    /// Whether the property is there as `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// The value, if there is one (`None` for both `null` and absent).
    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// The value as a mutable reference, if there is one.
    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }

    /// The value, if there is one (`None` for both `null` and absent).
    pub fn into_option(self) -> Option<T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Self::Value(value)
    }
}

impl<T: serde::Serialize> serde::Serialize for Nullable<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Value(value) => value.serialize(serializer),
            // An object leaves an absent property out; anywhere else it can only be `null`.
            Self::Absent | Self::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Nullable<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            Some(value) => Self::Value(value),
            None => Self::Null,
        })
    }
}

/// The properties of an object that its type does not list, kept as sent and written back
/// after the listed ones; and the required properties the object lacked (decoded as their
/// type's empty value, and left out again when the object is written).
///
/// It reads like a map: `run.extra.get("new_field")`, and `request.extra.insert(..)` sends a
/// property this crate does not know yet. Empty, it takes one pointer and no allocation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extra(Option<Box<ExtraInner>>);

#[derive(Clone, Debug, Default, PartialEq)]
struct ExtraInner {
    properties: serde_json::Map<String, serde_json::Value>,
    absent_required: Vec<&'static str>,
}

/// No unlisted property: what [`ObjectWriter::without_extra`] writes after the listed ones.
static NO_EXTRA: Extra = Extra(None);

impl Extra {
    /// The value of the unlisted property `name`.
    pub fn get(&self, name: &str) -> Option<&serde_json::Value> {
        self.0.as_ref()?.properties.get(name)
    }

    /// The unlisted properties, in the order they came (or were inserted).
    pub fn iter(&self) -> impl Iterator<Item = (&String, &serde_json::Value)> {
        self.0.iter().flat_map(|inner| inner.properties.iter())
    }

    /// How many unlisted properties there are.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |inner| inner.properties.len())
    }

    /// Whether there are no unlisted properties.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds (or replaces) an unlisted property, which is written after the listed ones.
    pub fn insert(
        &mut self,
        name: impl Into<String>,
        value: serde_json::Value,
    ) -> Option<serde_json::Value> {
        self.inner().properties.insert(name.into(), value)
    }

    /// Removes an unlisted property.
    // Compiled where it is called: the map's removal code is a tenth of the runtime's
    // machine code, for a method few programs call.
    #[inline]
    pub fn remove(&mut self, name: &str) -> Option<serde_json::Value> {
        self.0.as_mut()?.properties.remove(name)
    }

    /// The required properties the object lacked, by their names on the wire.
    pub fn absent_required(&self) -> &[&'static str] {
        self.0
            .as_ref()
            .map_or(&[], |inner| inner.absent_required.as_slice())
    }

    /// A required property's decoded value, or, when the object lacked it, its type's empty
    /// value (remembered, so that it is left out again when written).
    #[doc(hidden)]
    pub fn required_or_default<T: Default>(&mut self, value: Option<T>, name: &'static str) -> T {
        // A `match`, not `unwrap_or_else` with a closure: one function for each field type
        // instead of three (with the closure and `unwrap_or_else` itself).
        match value {
            Some(value) => value,
            None => {
                self.note_absent(name);
                T::default()
            }
        }
    }

    /// Remembers that the object lacked the required property `name`.
    fn note_absent(&mut self, name: &'static str) {
        self.inner().absent_required.push(name);
    }

    /// Whether the object lacked the required property `name`.
    fn lacks(&self, name: &str) -> bool {
        self.absent_required().contains(&name)
    }

    fn inner(&mut self) -> &mut ExtraInner {
        self.0.get_or_insert_with(Box::default)
    }
}

thread_local! {
    /// Set while [`listed_only`] runs.
    static LISTED_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `write` (a serialisation) with every object's extra properties left out: what the
/// spec describes of a value, e.g. to list what a payload has beyond it.
pub fn listed_only<R>(write: impl FnOnce() -> R) -> R {
    /// Puts the previous state back, even if `write` panics.
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            LISTED_ONLY.with(|flag| flag.set(self.0));
        }
    }
    let _restore = Restore(LISTED_ONLY.with(|flag| flag.replace(true)));
    write()
}

/// A required property's decoded value, or the error naming it and its type (a type with no
/// empty value cannot stand in for it).
#[doc(hidden)]
pub fn required<T, E: de::Error>(
    value: Option<T>,
    name: &'static str,
    of_type: &'static str,
) -> Result<T, E> {
    value.ok_or_else(|| E::custom(format_args!("missing field `{name}` of {of_type}")))
}

/// A property name as read: borrowed from the input when it can be, so that matching the
/// known names allocates nothing.
#[doc(hidden)]
pub enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(key) => key,
            Key::Owned(key) => key,
        }
    }

    pub fn into_string(self) -> String {
        match self {
            Key::Borrowed(key) => key.to_owned(),
            Key::Owned(key) => key,
        }
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> de::Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key::Borrowed(key))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key::Owned(key.to_owned()))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key::Owned(key))
    }
}

/// An object type: its name for messages, and how it reads its properties from a map.
#[doc(hidden)]
pub trait Object: Sized {
    const NAME: &'static str;

    fn from_map<'de, M: Properties<'de>>(map: M) -> Result<Self, M::Error>;
}

/// An object's properties as an object type reads them ([`Object::from_map`]): from serde's
/// decoder ([`ObjectMap`]) or from the crate's own JSON reader
/// ([`crate::json::ObjectReader`]). Both give the same entries in the same order, and one
/// `from_map` decodes them, so that a type decodes to the same value either way.
#[doc(hidden)]
pub trait Properties<'de>: Sized {
    type Error: de::Error;

    /// The next property name.
    fn next_key(&mut self) -> Result<Option<Key<'de>>, Self::Error>;

    /// The value of the property `next_key` gave.
    fn value_as<T: crate::json::FromJson>(&mut self) -> Result<T, Self::Error>;

    /// The value of the property `next_key` gave, for a union's tag property (a string the
    /// union has read, taken as it is).
    fn tag_as<T>(&mut self) -> Result<T, Self::Error>
    where
        T: crate::json::FromJson + for<'a> From<&'a str>;

    /// Reads the value of the property `next_key` gave into `slot` (an `Option` or a
    /// `Nullable`, which decode as themselves). The `read*` methods return `()` so that a
    /// decoder's match over its property names applies `?` once, not once an arm: each `?`
    /// is a branch and an error conversion that rustc type-checks and lowers for every
    /// field of every type.
    #[inline(always)]
    fn read<T: crate::json::FromJson>(&mut self, slot: &mut T) -> Result<(), Self::Error> {
        *slot = self.value_as()?;
        Ok(())
    }

    /// Reads the value of the property `next_key` gave into a required field's slot.
    #[inline(always)]
    fn read_some<T: crate::json::FromJson>(
        &mut self,
        slot: &mut Option<T>,
    ) -> Result<(), Self::Error> {
        *slot = Some(self.value_as()?);
        Ok(())
    }

    /// Reads a union's tag property into a required field's slot.
    #[inline(always)]
    fn read_tag<T>(&mut self, slot: &mut Option<T>) -> Result<(), Self::Error>
    where
        T: crate::json::FromJson + for<'a> From<&'a str>,
    {
        *slot = Some(self.tag_as()?);
        Ok(())
    }

    /// The entries not read yet, as a JSON object's text (for a member that is no object
    /// type, which reads it whole) and how many there are.
    fn into_text(self) -> Result<(String, usize), Self::Error>;

    /// The entries not read yet, decoded as a `T` from their text.
    fn decode<T: DeserializeOwned>(self) -> Result<T, Self::Error> {
        decode_text(&self.into_text()?.0)
    }
}

/// An object type read by the crate's JSON reader, through the same `from_map` as by serde
/// (what each object type's `FromJson` impl calls).
#[doc(hidden)]
#[inline]
pub fn read_object<T: Object>(
    reader: &mut crate::json::Reader<'_>,
) -> Result<T, crate::json::GaveUp> {
    T::from_map(reader.object()?)
}

impl<T: crate::json::FromJson> crate::json::FromJson for Nullable<T> {
    #[inline]
    fn read_json(reader: &mut crate::json::Reader<'_>) -> Result<Self, crate::json::GaveUp> {
        if reader.null()? {
            return Ok(Self::Null);
        }
        T::read_json(reader).map(Self::Value)
    }
}

impl<'de> Properties<'de> for crate::json::ObjectReader<'_, 'de> {
    type Error = crate::json::GaveUp;

    #[inline]
    fn next_key(&mut self) -> Result<Option<Key<'de>>, Self::Error> {
        Ok(crate::json::ObjectReader::next_key(self)?.map(Key::Borrowed))
    }

    #[inline(always)]
    fn value_as<T: crate::json::FromJson>(&mut self) -> Result<T, Self::Error> {
        T::read_json(self.value())
    }

    #[inline(always)]
    fn tag_as<T>(&mut self) -> Result<T, Self::Error>
    where
        T: crate::json::FromJson + for<'a> From<&'a str>,
    {
        Ok(T::from(self.value().str()?))
    }

    fn into_text(self) -> Result<(String, usize), Self::Error> {
        let (text, entries) = self.whole()?;
        Ok((text.to_owned(), entries))
    }
}

/// Decodes an object type from a JSON object.
#[doc(hidden)]
pub fn deserialize_object<'de, D: serde::Deserializer<'de>, T: Object>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

/// `Deserialize` and `FromJson` of an object type, both through its [`Object`] impl: the
/// two impls are the same for every object type, so they are written once, here, and each
/// type names itself (`crate::fields::impl_object_decoding!(Name);`).
// Allowed unused: a crate whose only objects are its unions' has no struct to name it.
#[allow(unused_macros)]
macro_rules! impl_object_decoding {
    ($name:ident) => {
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::fields::deserialize_object(deserializer)
            }
        }

        impl crate::json::FromJson for $name {
            // Like the client's methods, compiled where an answer is decoded, not for every
            // type in the crate itself (which would build every decoder twice).
            #[inline]
            fn read_json(
                reader: &mut crate::json::Reader<'_>,
            ) -> Result<Self, crate::json::GaveUp> {
                crate::fields::read_object(reader)
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use impl_object_decoding;

struct ObjectVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Object> de::Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(ObjectMap::new(map))
    }
}

/// An object's entries as its type reads them: first any entries already read (by a tagged
/// union: those before its tag, then the tag), replayed from their JSON text, then the rest
/// straight from the decoder.
///
/// Through serde, every object type reads through this one map type, and values are
/// replayed through `serde_json::from_str`, so each type's decoding is compiled once for
/// serde rather than once for every kind of map that could hand it its entries (a union's
/// replay, a buffered `serde_json::Value`); a union's tag goes to a member's tag field as the
/// string the union read (`next_tag`).
#[doc(hidden)]
pub struct ObjectMap<'r, 'de, A> {
    /// Entries to replay; `None` for most maps, which then cost one check a property. The
    /// union that read them keeps them and lends them: a map has nothing to drop, which
    /// every object's decoder would otherwise call a function for at its end.
    read: Option<&'r mut Replay<'de>>,
    rest: A,
}

/// An entry a union read before its tag: the name and the value.
pub(crate) type ReadEntry<'de> = (Key<'de>, Text<'de>);

/// The entries a union read before its tag. Most objects have one or none (an `index`
/// before a `type`), which are kept without a vector: no allocation, growth and release of
/// one for every union value.
#[doc(hidden)]
#[derive(Default)]
pub struct ReadEntries<'de> {
    first: Option<ReadEntry<'de>>,
    more: Vec<ReadEntry<'de>>,
}

impl<'de> ReadEntries<'de> {
    /// Keeps an entry, after those kept before it.
    pub fn push(&mut self, key: Key<'de>, value: Text<'de>) {
        match self.first {
            None => self.first = Some((key, value)),
            Some(_) => self.more.push((key, value)),
        }
    }

    /// The entries in the order they were read.
    pub fn iter(&self) -> impl Iterator<Item = &ReadEntry<'de>> {
        self.first.iter().chain(&self.more)
    }
}

/// What a tagged union replays to its member: the entries it read before the tag, then the
/// tag.
#[doc(hidden)]
pub struct Replay<'de> {
    /// The first entry, replayed first.
    first: Option<ReadEntry<'de>>,
    /// The other entries, the last first (taken from the end, in the order they were read).
    more: Vec<ReadEntry<'de>>,
    /// The tag (name and value), replayed after the entries.
    tag: Option<(Key<'de>, Key<'de>)>,
    /// The value of the entry last given out, until it is taken.
    value: Option<Text<'de>>,
}

/// A value a union read before its tag, or the tag: a string or an unsigned integer as
/// it is (the usual cases: a tag, an `index` before a `type`), anything else as its JSON
/// text. A string or an integer costs no allocation; replayed, it is written as JSON into
/// a buffer on the stack.
#[doc(hidden)]
pub enum Text<'de> {
    Json(Box<RawValue>),
    Str(Key<'de>),
    Unsigned(u64),
}

impl Text<'_> {
    /// The value's JSON text (a short string or an integer is written into `buffer`).
    fn json<'a>(&'a self, buffer: &'a mut [u8; STRING_BUFFER]) -> std::borrow::Cow<'a, str> {
        match self {
            Text::Json(text) => std::borrow::Cow::Borrowed(text.get()),
            Text::Str(text) => string_json(text.as_str(), buffer),
            Text::Unsigned(value) => std::borrow::Cow::Borrowed(unsigned_json(*value, buffer)),
        }
    }
}

impl serde::Serialize for Text<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Json(text) => text.serialize(serializer),
            Text::Str(text) => serializer.serialize_str(text.as_str()),
            Text::Unsigned(value) => serializer.serialize_u64(*value),
        }
    }
}

/// An unsigned integer's decimal digits, written at the end of `buffer` (20 digits at most:
/// the buffer is larger).
fn unsigned_json(mut value: u64, buffer: &mut [u8; STRING_BUFFER]) -> &str {
    let mut start = buffer.len();
    loop {
        start -= 1;
        // A digit: `value % 10` is below 10.
        buffer[start] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    // ASCII digits are UTF-8; an empty text would only fail to decode.
    std::str::from_utf8(&buffer[start..]).unwrap_or_default()
}

/// The bytes a string's JSON text is written into without allocating (a tag, as a rule).
#[doc(hidden)]
pub const STRING_BUFFER: usize = 64;

/// A string as JSON text: written into `buffer` when it fits and needs no escapes (a tag,
/// as a rule), so that replaying it allocates nothing.
#[doc(hidden)]
pub fn string_json<'a>(
    text: &str,
    buffer: &'a mut [u8; STRING_BUFFER],
) -> std::borrow::Cow<'a, str> {
    let plain = text
        .bytes()
        .all(|byte| byte >= 0x20 && byte != b'"' && byte != b'\\');
    if plain && text.len() + 2 <= buffer.len() {
        let end = text.len() + 1;
        buffer[0] = b'"';
        buffer[1..end].copy_from_slice(text.as_bytes());
        buffer[end] = b'"';
        // Quotes around a `str` are UTF-8.
        if let Ok(json) = std::str::from_utf8(&buffer[..=end]) {
            return std::borrow::Cow::Borrowed(json);
        }
    }
    std::borrow::Cow::Owned(quoted(text))
}

/// A string as JSON text, quoted and escaped by `Value`'s `Display` (compiled in serde_json:
/// `serde_json::to_string` would compile its writer again in every generated crate).
fn quoted(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}

impl<'r, 'de, A: MapAccess<'de>> ObjectMap<'r, 'de, A> {
    /// The entries of `rest`.
    pub fn new(rest: A) -> Self {
        Self { read: None, rest }
    }

    /// The entries of `replay`, then those of `rest`.
    pub fn after_tag(replay: &'r mut Replay<'de>, rest: A) -> Self {
        Self {
            read: Some(replay),
            rest,
        }
    }

    /// The value of the property `next_key` gave. While the map replays, every value is a
    /// replayed one, decoded in a function of the replay's: inlined here, its match would
    /// lengthen every object's decoder at every property (1 % more instructions for a
    /// `RunObject`, which replays nothing).
    #[inline]
    fn next_value<T: DeserializeOwned>(&mut self) -> Result<T, A::Error> {
        match self.read.as_mut() {
            None => self.rest.next_value(),
            Some(read) => read.decode_value(),
        }
    }

    /// The value of the property `next_key` gave, for a union's tag property (a string the
    /// union has read, taken as it is).
    fn next_tag<T>(&mut self) -> Result<T, A::Error>
    where
        T: DeserializeOwned + for<'a> From<&'a str>,
    {
        match self.read.as_mut() {
            None => self.rest.next_value(),
            Some(read) => read.decode_tag(),
        }
    }

    /// The value of the property `next_key` gave, as JSON text.
    fn next_text(&mut self) -> Result<Box<RawValue>, A::Error> {
        match self.read.as_mut() {
            None => self.rest.next_value(),
            Some(read) => match read.take_value()? {
                Text::Json(text) => Ok(text),
                text => decode_text(&text.json(&mut [0; STRING_BUFFER])),
            },
        }
    }
}

impl<'de, A: MapAccess<'de>> Properties<'de> for ObjectMap<'_, 'de, A> {
    type Error = A::Error;

    #[inline]
    fn next_key(&mut self) -> Result<Option<Key<'de>>, A::Error> {
        if let Some(read) = self.read.as_mut() {
            match read.next_key() {
                Some(key) => return Ok(Some(key)),
                // Replayed (and the last value taken): the rest costs one check a property.
                None => self.read = None,
            }
        }
        self.rest.next_key()
    }

    #[inline(always)]
    fn value_as<T: crate::json::FromJson>(&mut self) -> Result<T, A::Error> {
        self.next_value()
    }

    #[inline(always)]
    fn tag_as<T>(&mut self) -> Result<T, A::Error>
    where
        T: crate::json::FromJson + for<'a> From<&'a str>,
    {
        self.next_tag()
    }

    fn into_text(mut self) -> Result<(String, usize), A::Error> {
        let mut text = String::from("{");
        let mut entries = 0;
        while let Some(key) = self.next_key()? {
            let value = self.next_text()?;
            if entries > 0 {
                text.push(',');
            }
            text.push_str(&quoted(key.as_str()));
            text.push(':');
            text.push_str(value.get());
            entries += 1;
        }
        text.push('}');
        Ok((text, entries))
    }
}

impl<'de> Replay<'de> {
    /// The entries in `read` (values as JSON text), then the tag `name: value`.
    pub fn new(read: ReadEntries<'de>, name: Key<'de>, value: Key<'de>) -> Self {
        let ReadEntries { first, mut more } = read;
        more.reverse();
        Self {
            first,
            more,
            tag: Some((name, value)),
            value: None,
        }
    }

    fn next_key(&mut self) -> Option<Key<'de>> {
        if let Some((key, value)) = self.first.take().or_else(|| self.more.pop()) {
            self.value = Some(value);
            return Some(key);
        }
        let (name, value) = self.tag.take()?;
        self.value = Some(Text::Str(value));
        Some(name)
    }

    /// The value of the entry `next_key` gave last (an error if it was taken already: a
    /// value asked for before its name).
    fn take_value<E: de::Error>(&mut self) -> Result<Text<'de>, E> {
        self.value
            .take()
            .ok_or_else(|| E::custom("a property's value asked for before its name"))
    }

    /// The value of the entry `next_key` gave last, decoded.
    fn decode_value<T: DeserializeOwned, E: de::Error>(&mut self) -> Result<T, E> {
        decode_text(&self.take_value()?.json(&mut [0; STRING_BUFFER]))
    }

    /// The value of the entry `next_key` gave last, for a tag field: a string read as a
    /// string is taken as it is.
    fn decode_tag<T, E>(&mut self) -> Result<T, E>
    where
        T: DeserializeOwned + for<'a> From<&'a str>,
        E: de::Error,
    {
        match self.take_value()? {
            Text::Str(tag) => Ok(T::from(tag.as_str())),
            text => decode_text(&text.json(&mut [0; STRING_BUFFER])),
        }
    }
}

/// Decodes a `T` from JSON text the decoder has already read (a replayed entry, a union's
/// member), with `serde_json::from_str` (serde's one reader in the crate), so that `T`'s
/// decoding is compiled for one serde reader only. An error keeps its message; its place is
/// where the outer decoder stands.
#[doc(hidden)]
pub fn decode_text<T: DeserializeOwned, E: de::Error>(text: &str) -> Result<T, E> {
    match T::deserialize(&mut serde_json::Deserializer::from_str(text)) {
        Ok(value) => Ok(value),
        Err(error) => Err(piece_error(&error)),
    }
}

/// The error of decoding a piece of text, as an error of the decoder that read it.
fn piece_error<E: de::Error>(error: &serde_json::Error) -> E {
    E::custom(WithoutPlace(error))
}

/// A decoding error's message without its line and column, which are those of a piece of
/// text, not of the document.
struct WithoutPlace<'a>(&'a serde_json::Error);

impl fmt::Display for WithoutPlace<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.to_string();
        let place = format!(" at line {} column {}", self.0.line(), self.0.column());
        f.write_str(text.strip_suffix(&place).unwrap_or(&text))
    }
}

impl Extra {
    /// Keeps a property the type does not list.
    #[doc(hidden)]
    pub fn keep<'de, M: Properties<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut M,
    ) -> Result<(), M::Error> {
        let value: serde_json::Value = map.value_as()?;
        self.inner().properties.insert(key.into_string(), value);
        Ok(())
    }
}

/// Writes an object type's properties: the listed ones as their presence says, then the
/// extra ones. The first error is kept and returned by [`ObjectWriter::end`] (the writes
/// after it do nothing), so that a type's `serialize` has no `?` a property: each is a
/// branch and an error conversion that rustc type-checks and lowers for every field of
/// every type.
#[doc(hidden)]
pub struct ObjectWriter<'a, M: SerializeMap> {
    map: M,
    extra: &'a Extra,
    error: Option<M::Error>,
}

impl<'a, M: SerializeMap> ObjectWriter<'a, M> {
    pub fn new<S: serde::Serializer<SerializeMap = M>>(
        serializer: S,
        extra: &'a Extra,
    ) -> Result<Self, S::Error> {
        Ok(Self {
            map: serializer.serialize_map(None)?,
            extra,
            error: None,
        })
    }

    /// A writer for a struct without an `extra` field (an operation's query parameters).
    pub fn without_extra<S: serde::Serializer<SerializeMap = M>>(
        serializer: S,
    ) -> Result<Self, S::Error> {
        Self::new(serializer, &NO_EXTRA)
    }

    /// A required property (written as `null` when it is an empty `Option`), unless the
    /// decoded object lacked it.
    pub fn required<T: serde::Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if !self.extra.lacks(name) {
            self.entry(name, value);
        }
    }

    /// A property that may be absent: left out when `None`.
    pub fn optional<T: serde::Serialize>(&mut self, name: &'static str, value: &Option<T>) {
        if let Some(value) = value {
            self.entry(name, value);
        }
    }

    /// A property that may be absent or `null`: left out when absent.
    pub fn nullable<T: serde::Serialize>(&mut self, name: &'static str, value: &Nullable<T>) {
        match value {
            Nullable::Absent => {}
            Nullable::Null => self.entry(name, &()),
            Nullable::Value(value) => self.entry(name, value),
        }
    }

    /// Writes one entry, unless an earlier one failed.
    fn entry<T: serde::Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        if self.error.is_none() {
            self.error = self.map.serialize_entry(name, value).err();
        }
    }

    /// The extra properties (unless [`listed_only`] runs), and the end of the object.
    pub fn end(mut self) -> Result<M::Ok, M::Error> {
        if let Some(error) = self.error.take() {
            return Err(error);
        }
        if !self.extra.is_empty() && !LISTED_ONLY.with(std::cell::Cell::get) {
            for (name, value) in self.extra.iter() {
                self.map.serialize_entry(name, value)?;
            }
        }
        self.map.end()
    }
}
