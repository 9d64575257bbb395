//! The generated crate's private `support` module: the few helpers the types share,
//! emitted only when some type needs them.

use quote::quote;

use crate::error::Result;

/// What the `support` module holds: each helper only when a type uses it (anything else
/// would be dead code in the generated crate).
pub struct SupportNeeds {
    /// String enums decode through `deserialize_from_str`.
    pub enums: bool,
    /// `FileUpload`, for multipart bodies.
    pub binary: bool,
    /// The union helpers (`unions.rs`) by name.
    pub union_items: Vec<&'static str>,
    /// Tag-first decoding (`tag_first.rs`), and whether with `tag_only`.
    pub tag_first: bool,
    pub tag_only: bool,
}

/// The module's items as prettyplease prints them (not yet spaced), its doc first.
pub fn support_text(needs: &SupportNeeds) -> Result<String> {
    let from_str = needs.enums.then(|| {
        quote! {
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
        }
    });
    let binary = needs.binary.then(|| {
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

            impl crate::json::FromJson for FileUpload {}
        }
    });
    let head = quote! {
        //! Helpers shared by the generated types.

        #from_str
    };
    let mut text = super::print_tokens(head)?;
    text += &super::runtime::union_text(&needs.union_items);
    if let Some(binary) = binary {
        text += &super::print_tokens(binary)?;
    }
    if needs.tag_first {
        text += &super::runtime::tag_first_text(needs.tag_only);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The module printed in parts (its head and `FileUpload` from tokens, the runtime's items
    /// printed ahead of time) reads as prettyplease prints it whole, for every choice of
    /// helpers: the same text parsed again and printed as one file.
    #[test]
    fn printed_in_parts_as_the_whole_module_prints() -> Result<()> {
        const UNION_GROUPS: [&[&str]; 6] = [
            &["Kind", "kind"],
            &["string_of"],
            &["tag_of", "TagVisitor"],
            &["entry_count", "CountVisitor"],
            &["decode"],
            &["try_decode"],
        ];
        for choice in 0u32..(1 << 9) {
            let bit = |n: u32| choice & (1 << n) != 0;
            let needs = SupportNeeds {
                enums: bit(0),
                binary: bit(1),
                union_items: (0..6)
                    .filter(|n| bit(n + 3))
                    .flat_map(|n| UNION_GROUPS[n as usize].iter().copied())
                    .collect(),
                tag_first: bit(2),
                tag_only: bit(2) && choice % 3 == 0,
            };
            let parts = support_text(&needs)?;
            let file = syn::parse_file(&parts).expect("the module is Rust");
            assert_eq!(parts, prettyplease::unparse(&file), "choice {choice:#b}");
        }
        Ok(())
    }
}
