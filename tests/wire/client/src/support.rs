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

/// A file in a multipart request: its bytes and the name (and, optionally, the media
/// type) the server sees. In JSON it appears as its file name only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileUpload {
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// The part's media type; `None` types it by the name's extension (`report.pdf` is
    /// `application/pdf`), else as `application/octet-stream`.
    pub content_type: Option<String>,
}

impl FileUpload {
    pub fn new(file_name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        FileUpload {
            file_name: file_name.into(),
            bytes: bytes.into(),
            content_type: None,
        }
    }
}

impl serde::Serialize for FileUpload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.file_name)
    }
}

impl<'de> serde::Deserialize<'de> for FileUpload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let file_name = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(FileUpload::new(file_name, Vec::new()))
    }
}

impl crate::json::FromJson for FileUpload {}
