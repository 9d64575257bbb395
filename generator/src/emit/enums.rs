//! Open string enums: `as_str` and `From<&str>`, and through them (one macro of the crate's
//! JSON reader) equality and hash, `Display`, `FromStr`, serde and `FromJson`.

use super::docs::{comment_text, doc_text, push_doc_line, push_paragraphs_after};
use super::text::{impl_header, impls_macro, match_arm_into, push_string_literal, TextItem};
use crate::ir::{StringEnum, TypeDef};

/// The enum and its impls, as text: every string enum has the same items around its names
/// and values, so they are written as prettyplease would print them rather than quoted,
/// parsed and printed (string enums are a third of a large crate's types).
pub fn emit_enum(def: &TypeDef, e: &StringEnum) -> Vec<TextItem> {
    let name = &def.name;
    let fallback = &e.fallback.rust_name;
    let mut docs = doc_text(&def.docs, None, None, 0);
    push_paragraphs_after(&mut docs, &def.docs, &matching_docs(def, e), 0);
    let mut items = vec![TextItem {
        docs,
        code: enum_code(def, e),
    }];
    let mut as_str = String::new();
    let mut from_str = String::new();
    // Each variant's literal and path in texts made again for each.
    let (mut wire, mut variant) = (String::new(), String::new());
    for v in e.variants.iter() {
        wire.clear();
        push_string_literal(&mut wire, &v.wire);
        variant.clear();
        variant.extend(["Self::", &v.rust_name]);
        match_arm_into(&mut as_str, 12, &variant, &wire);
        match_arm_into(&mut from_str, 12, &wire, &variant);
    }
    items.push(TextItem::code(format!(
        "impl {name} {{
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {{
        match self {{
{as_str}            Self::{fallback}(value) => value,
        }}
    }}
}}
"
    )));
    let from = format!(
        "    fn from(value: &str) -> Self {{
        match value {{
{from_str}            other => Self::{fallback}(other.to_owned()),
        }}
    }}
"
    );
    items.push(TextItem::code(
        [&*impl_header("impl From<&str>", name), &from, "}\n"].concat(),
    ));
    // Equality and hash, `FromStr`, `Display`, serde and `FromJson`, the same for every
    // string enum: all through `as_str` and `From<&str>`.
    items.push(TextItem::code(impls_macro(
        "crate::json::impl_string_traits",
        name,
    )));
    items
}

/// The enum itself, after its docs.
fn enum_code(def: &TypeDef, e: &StringEnum) -> String {
    // An enumeration of one value (a tag, `object: "thread.run"`) has it as its default, so
    // that the structs holding it are built without naming it.
    let single = e.variants.len() == 1;
    let default = if single { ", Default" } else { "" };
    let mut code = format!(
        "#[non_exhaustive]\n#[derive(Clone, Debug{default})]\npub enum {} {{\n",
        def.name
    );
    for v in e.variants.iter() {
        match v.docs.description.is_some() {
            true => code += &doc_text(&v.docs, None, None, 4),
            false => push_doc_line(&mut code, 4, &[" `", &v.wire, "`"]),
        }
        if single {
            code += "    #[default]\n";
        }
        code.extend(["    ", &v.rust_name, ",\n"]);
    }
    let fallback_doc = if e.fallback.open_by_spec {
        " Any other value, which the API accepts as well."
    } else {
        " A value this crate does not know yet, kept as sent and written back unchanged."
    };
    code += &comment_text(&[fallback_doc.to_owned()], 4);
    code.extend(["    ", &e.fallback.rust_name, "(String),\n}\n"]);
    code
}

/// How to match the enum so that the next version of the crate, with more variants, still
/// compiles: a wildcard arm, and `as_str()` for the text of any value.
fn matching_docs(def: &TypeDef, e: &StringEnum) -> Vec<String> {
    let fallback = &e.fallback.rust_name;
    let arrival = if e.fallback.open_by_spec {
        format!("Values other than these are `{fallback}`; those the API names later")
    } else {
        format!("Values the API adds later arrive as `{fallback}` and")
    };
    let mut paragraphs = vec![format!(
        "{arrival} may get variants of their own in a later version of this crate, so the \
         enum is `#[non_exhaustive]`: end a `match` with a wildcard arm, which covers both, \
         and read the text of any value with `as_str()`:"
    )];
    if let Some(first) = e.variants.first() {
        paragraphs.push(format!(
            "```text\nmatch &value {{\n    {}::{} => {{ /* ... */ }}\n    \
             other => println!(\"{{}}\", other.as_str()),\n}}\n```",
            def.name, first.rust_name
        ));
    }
    paragraphs
}
