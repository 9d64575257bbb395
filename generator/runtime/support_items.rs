//! The helpers of a generated `support.rs` that are the same for every API: the string
//! enums' decoder, and the file of a multipart request.
//!
//! The generator splices the items a crate needs into its `support.rs` (so `//` comments
//! stay here).

/// Deserializes a string through `T: From<&str>` without allocating for the
/// values `T` knows. The visitor is the same for every `T`, so the decoder's
/// string reading is compiled once, not once per enum.
pub(crate) fn deserialize_from_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: for<'a> From<&'a str>,
{
    deserializer
        .deserialize_str(StrVisitor)
        .map(|text| T::from(&text))
}

/// A string as read: borrowed from the input when it can be.
struct StrVisitor;

impl<'de> serde::de::Visitor<'de> for StrVisitor {
    type Value = std::borrow::Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(value))
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(value.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(value))
    }
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
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let file_name = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(FileUpload::new(file_name, Vec::new()))
    }
}

impl crate::json::FromJson for FileUpload {}
