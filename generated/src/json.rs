// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The crate's own JSON reader, which the client decodes answers with: each type reads its
//! value straight from the text ([`FromJson`]), without serde's visitors in between; an
//! object type reads its properties through the same code as its `Deserialize` impl
//! (`fields::Object::from_map`), so both decode to the same value.
//!
//! The reader handles what answers are made of: objects, arrays, strings without escapes,
//! numbers, `true`, `false` and `null`. Anything else (an escaped string, a free-form
//! value, a union told apart by more than a tag) it hands to serde_json, which decodes that
//! piece from its text. Where the text is not what
//! the type expects, the reader gives up ([`GaveUp`]) and [`from_str`] decodes the whole
//! text again with serde_json, whose error says what is wrong and where: the reader never
//! accepts what serde would reject, and never needs error messages of its own.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;

/// Decodes a `T` from JSON text as the client decodes answers: with the crate's own reader,
/// and where it gives up, with serde_json (for the error, or for a turn the reader leaves
/// to it). Either way the value is the one `serde_json::from_str` gives.
pub fn from_str<T: FromJson>(text: &str) -> serde_json::Result<T> {
    match read(text) {
        Ok(value) => Ok(value),
        Err(GaveUp) => serde_json::from_str(text),
    }
}

/// Decodes a `T` from JSON text with the crate's reader alone, without serde_json's
/// decoding of the whole text where it gives up (the pieces it hands to serde_json are
/// decoded by it still): what [`from_str`] tries first.
#[inline]
pub fn read<T: FromJson>(text: &str) -> Result<T, GaveUp> {
    let mut reader = Reader::new(text);
    match T::read_json(&mut reader) {
        Ok(value) if reader.end().is_ok() => Ok(value),
        _ => Err(GaveUp),
    }
}

/// The reader met what it does not read, or text that is not what the type expects: the
/// caller decodes with serde_json instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GaveUp;

impl fmt::Display for GaveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the JSON reader gave up; serde_json decodes this text instead")
    }
}

impl std::error::Error for GaveUp {}

impl serde::de::Error for GaveUp {
    fn custom<T: fmt::Display>(_: T) -> Self {
        GaveUp
    }
}

/// How deep arrays and objects may nest (one less than serde_json's limit, so that the open
/// brackets fit the bits of a `u128` in [`Reader::skip`]): deeper, the reader gives up and
/// serde_json decides.
const MAX_DEPTH: u32 = 127;

/// A type read straight from JSON text. Types with nothing faster to do decode their value's
/// text with serde_json (the provided method).
pub trait FromJson: DeserializeOwned {
    /// Reads one value; the reader stands after it.
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        reader.through_serde()
    }
}

/// A position in JSON text: what a type's [`FromJson::read_json`] reads from (its methods
/// serve the crate's own types).
pub struct Reader<'de> {
    text: &'de str,
    at: usize,
    depth: u32,
}

/// The reader's steps, for the crate's own types and unions.
#[doc(hidden)]
impl<'de> Reader<'de> {
    /// A reader at the start of `text`.
    pub fn new(text: &'de str) -> Self {
        Reader {
            text,
            at: 0,
            depth: 0,
        }
    }

    /// Succeeds when only whitespace is left.
    pub fn end(&mut self) -> Result<(), GaveUp> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(GaveUp),
        }
    }

    /// The next byte that is not whitespace, left unread.
    #[inline]
    pub fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        // A local position, stored once: not once a byte of indentation.
        let mut at = self.at;
        while let Some(&byte) = bytes.get(at) {
            if !is_whitespace(byte) {
                self.at = at;
                return Some(byte);
            }
            at += 1;
            // The spaces after a line feed (a pretty-printed text's indentation), up to eight
            // at a time: the zero bytes at the low end of the word are spaces.
            if byte != b'\n' {
                continue;
            }
            if let Some(Ok(word)) = bytes.get(at..at + 8).map(<[u8; 8]>::try_from) {
                let other = u64::from_le_bytes(word) ^ u64::from_le_bytes([b' '; 8]);
                at += (other.trailing_zeros() / 8) as usize;
            }
        }
        self.at = at;
        None
    }

    /// Reads `byte` if it comes next (after whitespace).
    #[inline]
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.at += usize::from(next);
        next
    }

    /// Reads `byte`, which must come next.
    #[inline]
    fn expect(&mut self, byte: u8) -> Result<(), GaveUp> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(GaveUp)
        }
    }

    /// Reads `null` if it comes next.
    #[inline]
    pub fn null(&mut self) -> Result<bool, GaveUp> {
        if self.peek() != Some(b'n') {
            return Ok(false);
        }
        self.literal("null")?;
        Ok(true)
    }

    /// Reads the keyword `word`, which must come next.
    #[inline]
    fn literal(&mut self, word: &str) -> Result<(), GaveUp> {
        let end = self.at + word.len();
        if self.text.as_bytes().get(self.at..end) != Some(word.as_bytes()) {
            return Err(GaveUp);
        }
        self.at = end;
        Ok(())
    }

    /// Reads a string without escapes, borrowed from the text (an escaped string gives up,
    /// with the reader where it was).
    #[inline]
    pub fn str(&mut self) -> Result<&'de str, GaveUp> {
        self.peek();
        self.str_here()
    }

    /// [`Self::str`] for a string that starts where the reader stands (no whitespace first).
    #[inline]
    fn str_here(&mut self) -> Result<&'de str, GaveUp> {
        if self.text.as_bytes().get(self.at) != Some(&b'"') {
            return Err(GaveUp);
        }
        let start = self.at + 1;
        let (end, escaped) = string_end(self.text.as_bytes(), start)?;
        if escaped {
            return Err(GaveUp);
        }
        self.at = end + 1;
        self.text.get(start..end).ok_or(GaveUp)
    }

    /// Reads an integer written as one (digits, a sign): anything else (a fraction, an
    /// exponent, a value out of range) gives up, for serde_json to decide.
    #[inline]
    pub fn integer<T: TryFrom<i64>>(&mut self) -> Result<T, GaveUp> {
        self.peek();
        let bytes = self.text.as_bytes();
        let negative = bytes.get(self.at) == Some(&b'-');
        let start = self.at + usize::from(negative);
        let mut at = start;
        // Nineteen digits fit a `u64` without a check at each; more give up.
        let mut value: u64 = 0;
        while let Some(&byte) = bytes.get(at) {
            let digit = byte.wrapping_sub(b'0');
            if digit > 9 {
                break;
            }
            if at - start == 19 {
                return Err(GaveUp);
            }
            value = value * 10 + u64::from(digit);
            at += 1;
        }
        let value = i64::try_from(value).map_err(|_| GaveUp)?;
        let digits = at - start;
        let leading_zero = digits > 1 && bytes.get(start) == Some(&b'0');
        let more = matches!(bytes.get(at), Some(b'.' | b'e' | b'E'));
        // serde_json reads `-0` as a float, which an integer type refuses.
        let negative_zero = negative && value == 0;
        if digits == 0 || leading_zero || more || negative_zero {
            return Err(GaveUp);
        }
        self.at = at;
        T::try_from(if negative { -value } else { value }).map_err(|_| GaveUp)
    }

    /// Reads any value and gives its text. Each token is checked, and brackets match, but
    /// not where commas and colons stand: what is skipped is always read again, by serde
    /// (which checks it all) or by the type that skipped it to find a tag.
    pub fn skip(&mut self) -> Result<&'de str, GaveUp> {
        self.peek();
        let start = self.at;
        let bytes = self.text.as_bytes();
        // Arrays and objects nest without recursion: the open brackets are bits (1 for an
        // object), as many as `MAX_DEPTH` allows.
        let mut depth = 0u32;
        let mut open: u128 = 0;
        loop {
            match self.peek().ok_or(GaveUp)? {
                b'"' => self.at = string_end(bytes, self.at + 1)?.0 + 1,
                bracket @ (b'[' | b'{') => {
                    depth += 1;
                    if depth + self.depth > MAX_DEPTH {
                        return Err(GaveUp);
                    }
                    open = open << 1 | u128::from(bracket == b'{');
                    self.at += 1;
                    continue;
                }
                bracket @ (b']' | b'}') => {
                    depth = depth.checked_sub(1).ok_or(GaveUp)?;
                    if open & 1 != u128::from(bracket == b'}') {
                        return Err(GaveUp);
                    }
                    open >>= 1;
                    self.at += 1;
                }
                b',' | b':' if depth > 0 => {
                    self.at += 1;
                    continue;
                }
                b't' => self.literal("true")?,
                b'f' => self.literal("false")?,
                b'n' => self.literal("null")?,
                b'-' | b'0'..=b'9' => self.at = number_end(bytes, self.at)?,
                _ => return Err(GaveUp),
            }
            if depth == 0 {
                return self.text.get(start..self.at).ok_or(GaveUp);
            }
        }
    }

    /// Reads any value and decodes its text with serde_json.
    pub fn through_serde<T: DeserializeOwned>(&mut self) -> Result<T, GaveUp> {
        let text = self.skip()?;
        serde_json::from_str(text).map_err(|_| GaveUp)
    }

    /// Reads the `bracket` that opens an array or an object: one level deeper.
    fn open(&mut self, bracket: u8) -> Result<(), GaveUp> {
        self.expect(bracket)?;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(GaveUp);
        }
        Ok(())
    }

    /// Whether another item or entry follows (reading the comma before it), or the array or
    /// object ends with `close` (reading it). `first` is whether none was read yet.
    #[inline]
    fn more(&mut self, first: bool, close: u8) -> Result<bool, GaveUp> {
        if self.eat(close) {
            self.depth -= 1;
            return Ok(false);
        }
        if first || self.eat(b',') {
            Ok(true)
        } else {
            Err(GaveUp)
        }
    }

    /// Reads an object's `{`: its entries follow, read by the [`ObjectReader`].
    #[inline]
    pub fn object(&mut self) -> Result<ObjectReader<'_, 'de>, GaveUp> {
        let start = self.peek().map(|_| self.at).ok_or(GaveUp)?;
        self.open(b'{')?;
        Ok(ObjectReader {
            reader: self,
            start,
            first: true,
        })
    }

    /// Where the reader stands (and how deep), to come back to with [`Self::rewind`].
    pub fn mark(&self) -> Mark {
        Mark {
            at: self.at,
            depth: self.depth,
        }
    }

    /// Goes back to a place [`Self::mark`] gave.
    pub fn rewind(&mut self, mark: Mark) {
        self.at = mark.at;
        self.depth = mark.depth;
    }
}

/// A place in the text to come back to: a tagged union's object, read again once its tag
/// is found.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    at: usize,
    depth: u32,
}

/// Whether `byte` is JSON whitespace (a space, a tab, a line feed or a carriage return): one
/// comparison and one bit test.
#[inline]
fn is_whitespace(byte: u8) -> bool {
    const WHITESPACE: u64 = 1 << b' ' | 1 << b'\t' | 1 << b'\n' | 1 << b'\r';
    byte <= b' ' && WHITESPACE >> byte & 1 == 1
}

/// Where the string whose text starts at `start` ends (its closing quote), and whether it
/// has escapes. A control character gives up (JSON does not allow it in a string).
#[inline]
fn string_end(bytes: &[u8], start: usize) -> Result<(usize, bool), GaveUp> {
    let mut at = start;
    let mut escaped = false;
    loop {
        // Eight bytes at a time, to the first quote, backslash or control character among
        // them; byte by byte only in the text's last seven.
        if let Some(Ok(word)) = bytes.get(at..at + 8).map(<[u8; 8]>::try_from) {
            let (special, quotes) = special_bytes(u64::from_le_bytes(word));
            if special == 0 {
                at += 8;
                continue;
            }
            // The lowest flagged byte is the first special one (a flag above it may be
            // false, never one below); a quote there ends the string without a second look
            // at the byte.
            at += (special.trailing_zeros() / 8) as usize;
            if quotes & special & special.wrapping_neg() != 0 {
                return Ok((at, escaped));
            }
        }
        match *bytes.get(at).ok_or(GaveUp)? {
            b'"' => return Ok((at, escaped)),
            b'\\' => {
                escaped = true;
                at += 2;
            }
            byte if byte < 0x20 => return Err(GaveUp),
            _ => at += 1,
        }
    }
}

/// The high bit of each of the eight bytes of `word` that is `"`, `\` or below 0x20, the
/// lowest one exact (the classic bit trick: a byte is zero in `word ^ pattern` where it
/// equals the pattern's byte; a borrow may flag a byte above a flagged one); and the flags
/// of the quotes alone.
#[inline]
pub(crate) fn special_bytes(word: u64) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let quote = zero_byte(word ^ (ONES * u64::from(b'"')));
    let backslash = zero_byte(word ^ (ONES * u64::from(b'\\')));
    let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    (quote | backslash | control, quote)
}

/// Where the number starting at `start` ends, checked against JSON's grammar.
fn number_end(bytes: &[u8], start: usize) -> Result<usize, GaveUp> {
    let digits = |mut at: usize| {
        let from = at;
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        (at, at - from)
    };
    let mut at = start + usize::from(bytes.get(start) == Some(&b'-'));
    let (end, count) = digits(at);
    if count == 0 || (count > 1 && bytes.get(at) == Some(&b'0')) {
        return Err(GaveUp);
    }
    at = end;
    if bytes.get(at) == Some(&b'.') {
        let (end, count) = digits(at + 1);
        if count == 0 {
            return Err(GaveUp);
        }
        at = end;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        at += usize::from(matches!(bytes.get(at), Some(b'+' | b'-')));
        let (end, count) = digits(at);
        if count == 0 {
            return Err(GaveUp);
        }
        at = end;
    }
    Ok(at)
}

/// An object's entries, read in order: what an object type's
/// `fields::Object::from_map` reads from the reader.
#[doc(hidden)]
pub struct ObjectReader<'r, 'de> {
    reader: &'r mut Reader<'de>,
    /// Where the object's `{` is.
    start: usize,
    /// Whether no entry was read yet.
    first: bool,
}

#[doc(hidden)]
impl<'de> ObjectReader<'_, 'de> {
    /// The next property name, its colon read; `None` at the object's end.
    #[inline]
    pub fn next_key(&mut self) -> Result<Option<&'de str>, GaveUp> {
        // One look past the whitespace before the comma (or the end) and one after it: each
        // look is a call's worth of work at every property.
        let reader = &mut *self.reader;
        match reader.peek() {
            Some(b'}') => {
                reader.at += 1;
                reader.depth -= 1;
                return Ok(None);
            }
            Some(b',') if !self.first => {
                reader.at += 1;
                reader.peek();
            }
            _ if self.first => {}
            _ => return Err(GaveUp),
        }
        self.first = false;
        let key = reader.str_here()?;
        // The colon, as a rule, right after the name.
        match reader.text.as_bytes().get(reader.at) {
            Some(b':') => reader.at += 1,
            _ => reader.expect(b':')?,
        }
        Ok(Some(key))
    }

    /// The reader, standing before the value of the property `next_key` gave.
    #[inline]
    pub fn value(&mut self) -> &mut Reader<'de> {
        self.reader
    }

    /// The whole object's text, read to its end, and how many entries it has; `None` once an
    /// entry was read (only an object not read yet is given whole).
    pub fn whole(self) -> Result<(&'de str, usize), GaveUp> {
        if !self.first {
            return Err(GaveUp);
        }
        let reader = self.reader;
        reader.depth -= 1;
        reader.at = self.start;
        let text = reader.skip()?;
        let mut entries = Reader::new(text);
        let mut object = entries.object()?;
        let mut count = 0;
        while object.next_key()?.is_some() {
            object.value().skip()?;
            count += 1;
        }
        Ok((text, count))
    }
}

/// A string, or a string enumeration's value: a plain string taken as it is (`T::from`), an
/// escaped one decoded by serde_json.
#[doc(hidden)]
#[inline]
pub fn read_str_as<T: DeserializeOwned + for<'a> From<&'a str>>(
    reader: &mut Reader<'_>,
) -> Result<T, GaveUp> {
    let before = reader.at;
    match reader.str() {
        Ok(text) => Ok(T::from(text)),
        Err(GaveUp) => {
            reader.at = before;
            reader.through_serde()
        }
    }
}

/// A string enum's equality, hash, `FromStr`, `Display`, serde impls and `FromJson`, all
/// through its own `as_str` and `From<&str>`: the same for every string enum, so written
/// once, here, and each enum names itself (`crate::json::impl_string_traits!(Name);`).
///
/// Two values are equal when their wire text is: `Unknown("red")`, built by hand, equals
/// `Red`, as their JSON does. (Derived, equality and hash cost rustc three times what these
/// three impls do, for every enum of a large crate.)
// Allowed unused: not every crate has a string enum.
#[allow(unused_macros)]
macro_rules! impl_string_traits {
    ($name:ident) => {
        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $name {}

        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::support::deserialize_from_str(deserializer)
            }
        }

        impl crate::json::FromJson for $name {
            #[inline]
            fn read_json(
                reader: &mut crate::json::Reader<'_>,
            ) -> Result<Self, crate::json::GaveUp> {
                crate::json::read_str_as(reader)
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use impl_string_traits;

impl FromJson for String {
    #[inline]
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        read_str_as(reader)
    }
}

impl FromJson for bool {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        match reader.peek() {
            Some(b't') => reader.literal("true").map(|()| true),
            Some(b'f') => reader.literal("false").map(|()| false),
            _ => Err(GaveUp),
        }
    }
}

impl FromJson for i32 {
    #[inline]
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        reader.integer()
    }
}

impl FromJson for i64 {
    #[inline]
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        reader.integer()
    }
}

/// A number's nearest `f64`, by the standard library's exact parsing: serde_json's with
/// `float_roundtrip`, which the crate takes, is exact too, so both give the same `f64`. A
/// number too large for one gives up (serde_json refuses it).
impl FromJson for f64 {
    #[inline]
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        reader.peek();
        let end = number_end(reader.text.as_bytes(), reader.at)?;
        let text = reader.text.get(reader.at..end).ok_or(GaveUp)?;
        match text.parse::<f64>() {
            Ok(value) if value.is_finite() => {
                reader.at = end;
                Ok(value)
            }
            _ => Err(GaveUp),
        }
    }
}

/// Free-form JSON is decoded by serde_json from its text.
impl FromJson for serde_json::Value {}

impl<T: FromJson> FromJson for Option<T> {
    #[inline]
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        if reader.null()? {
            return Ok(None);
        }
        T::read_json(reader).map(Some)
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        T::read_json(reader).map(Box::new)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        reader.open(b'[')?;
        let mut items = Vec::new();
        while reader.more(items.is_empty(), b']')? {
            items.push(T::read_json(reader)?);
        }
        Ok(items)
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn read_json(reader: &mut Reader<'_>) -> Result<Self, GaveUp> {
        let mut object = reader.object()?;
        let mut map = BTreeMap::new();
        while let Some(key) = object.next_key()? {
            map.insert(key.to_owned(), T::read_json(object.value())?);
        }
        Ok(map)
    }
}
