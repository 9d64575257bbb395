//! The generated crate's private `support` module: the few helpers the types share,
//! emitted only when some type needs them.

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

/// The module's items as prettyplease prints them (not yet spaced), its doc first: each
/// printed ahead of time from the runtime's files (`runtime/printed.rs`).
pub fn support_text(needs: &SupportNeeds) -> String {
    let mut text = String::from("//! Helpers shared by the generated types.\n");
    if needs.enums {
        text += &super::runtime::support_items_text(&["deserialize_from_str", "StrVisitor"]);
    }
    text += &super::runtime::union_text(&needs.union_items);
    if needs.binary {
        text += &super::runtime::support_items_text(&["FileUpload"]);
    }
    if needs.tag_first {
        text += &super::runtime::tag_first_text(needs.tag_only);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The module printed in parts (the runtime's items printed ahead of time) reads as
    /// prettyplease prints it whole, for every choice of helpers: the same text parsed again
    /// and printed as one file. It holds the helpers chosen, and no other.
    #[test]
    fn printed_in_parts_as_the_whole_module_prints() {
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
            let parts = support_text(&needs);
            let file = syn::parse_file(&parts).expect("the module is Rust");
            assert_eq!(parts, prettyplease::unparse(&file), "choice {choice:#b}");
            let has = |item: &str| parts.contains(item);
            assert_eq!(has("fn deserialize_from_str<"), needs.enums, "{choice:#b}");
            assert_eq!(
                has("impl<'de> serde::de::Visitor<'de> for StrVisitor"),
                needs.enums
            );
            assert_eq!(has("pub struct FileUpload {"), needs.binary, "{choice:#b}");
            assert_eq!(
                has("impl crate::json::FromJson for FileUpload {}"),
                needs.binary
            );
        }
    }
}
