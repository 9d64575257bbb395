//! The generated crate's private `support` module: the few helpers the types share,
//! emitted only when some type needs them.

use proc_macro2::TokenStream;
use quote::quote;

pub fn emit_support(
    needs_enums: bool,
    needs_unions: bool,
    needs_binary: bool,
    needs_tag_first: bool,
) -> TokenStream {
    let from_str = needs_enums.then(|| {
        quote! {
            /// Deserializes a string through `T: From<&str>` without allocating for the
            /// values `T` knows.
            pub(crate) fn deserialize_from_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
            where
                D: serde::Deserializer<'de>,
                T: for<'a> From<&'a str>,
            {
                struct StrVisitor<T>(std::marker::PhantomData<T>);

                impl<T: for<'a> From<&'a str>> serde::de::Visitor<'_> for StrVisitor<T> {
                    type Value = T;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a string")
                    }

                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
                        Ok(T::from(value))
                    }
                }

                deserializer.deserialize_str(StrVisitor(std::marker::PhantomData))
            }
        }
    });
    let decode = needs_unions.then(|| {
        quote! {
            /// Decodes a union member from the JSON the union has already read.
            pub(crate) fn decode<T, E>(value: serde_json::Value) -> Result<T, E>
            where
                T: serde::de::DeserializeOwned,
                E: serde::de::Error,
            {
                T::deserialize(value).map_err(E::custom)
            }
        }
    });
    let binary = needs_binary.then(|| {
        quote! {
            /// A file in a multipart request: its bytes and the name (and, optionally, the media
            /// type) the server sees. In JSON it appears as its file name only.
            #[derive(Clone, Debug, Default, PartialEq, Eq)]
            pub struct FileUpload {
                pub file_name: String,
                pub bytes: Vec<u8>,
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
        }
    });
    let tag_first = needs_tag_first.then(tag_first_support);
    quote! {
        #from_str
        #decode
        #binary
        #tag_first
    }
}

/// Tag-first decoding of tagged unions: the tag is read, then the rest of the object goes
/// straight into the member's type. A tag that does not come first, or is not a string,
/// falls back to reading the whole object as a `serde_json::Value`.
fn tag_first_support() -> TokenStream {
    quote! {
        /// A union of objects told apart by the string property `TAG`.
        pub(crate) trait TaggedUnion: Sized {
            const TAG: &'static str;
            const EXPECTING: &'static str;

            /// The member for `tag`, from the rest of the object.
            fn from_rest<'de, D: serde::Deserializer<'de>>(tag: &str, rest: D) -> Result<Self, D::Error>;

            /// The member for an object read whole.
            fn from_buffered<E: serde::de::Error>(value: serde_json::Value) -> Result<Self, E>;
        }

        pub(crate) fn deserialize_tagged<'de, D, T>(deserializer: D) -> Result<T, D::Error>
        where
            D: serde::Deserializer<'de>,
            T: TaggedUnion,
        {
            deserializer.deserialize_any(TaggedVisitor(std::marker::PhantomData))
        }

        struct TaggedVisitor<T>(std::marker::PhantomData<T>);

        impl<'de, T: TaggedUnion> serde::de::Visitor<'de> for TaggedVisitor<T> {
            type Value = T;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(T::EXPECTING)
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
                let mut seen = serde_json::Map::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value: serde_json::Value = map.next_value()?;
                    if key == T::TAG && seen.is_empty() {
                        if let serde_json::Value::String(tag) = &value {
                            return T::from_rest(tag, serde::de::value::MapAccessDeserializer::new(map));
                        }
                    }
                    seen.insert(key, value);
                }
                T::from_buffered(serde_json::Value::Object(seen))
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
    }
}
