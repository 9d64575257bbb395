//! Items written as text, laid out as prettyplease lays them out, for the emitters whose
//! items are fixed text around names and literals (string enums): quoting them into tokens,
//! parsing the tokens with `syn` and printing them again cost most of the generator's time.
//!
//! Architecture Invariant: text written here is what `format_items` would make of it, byte
//! for byte (the formatting-fixpoint tests check it on every kind of item written as text);
//! the generated files do not change with the way their items were built.

use proc_macro2::Literal;

/// Columns a line may take before prettyplease breaks it (its `MARGIN`, counted in bytes).
const MARGIN: usize = 89;

/// One item: its doc comment apart from the rest, because a `#[cfg]` goes between them.
pub struct TextItem {
    /// The `///` lines, each ending in a line break (empty for none).
    pub docs: String,
    /// The attributes after the docs and the item itself, each line ending in a line break.
    pub code: String,
}

impl TextItem {
    /// An item without docs.
    pub fn code(code: String) -> Self {
        Self {
            docs: String::new(),
            code,
        }
    }
}

/// A string literal as `quote!` writes it (the escapes of `proc_macro2`).
pub fn string_literal(value: &str) -> String {
    Literal::string(value).to_string()
}

/// `{head} for {name} {` (`head` is `impl` and the trait), broken before `for` when the
/// line would pass the margin, as prettyplease breaks it.
pub fn impl_header(head: &str, name: &str) -> String {
    let one_line = format!("{head} for {name} {{\n");
    // The line break does not count.
    match one_line.len() - 1 <= MARGIN {
        true => one_line,
        false => format!("{head}\nfor {name} {{\n"),
    }
}

/// One arm of a `match` whose body is a single path or literal: on one line when it fits
/// (the trailing comma does not count), else its body in a block, as prettyplease writes it.
pub fn match_arm(indent: usize, pattern: &str, body: &str) -> String {
    let pad = " ".repeat(indent);
    let line = format!("{pad}{pattern} => {body}");
    match line.len() <= MARGIN {
        true => format!("{line},\n"),
        false => format!("{pad}{pattern} => {{\n{pad}    {body}\n{pad}}}\n"),
    }
}

/// `{prefix}{path} { a, b }{suffix}` at `indent` spaces: on one line when prettyplease keeps
/// it there (the path and the braces' content within 34 columns, its `max_width` for
/// struct literals, and the line within the margin), else a field a line.
pub fn struct_literal(
    indent: usize,
    prefix: &str,
    path: &str,
    fields: &[String],
    suffix: &str,
) -> String {
    let pad = " ".repeat(indent);
    let joined = fields.join(", ");
    let one_line = format!("{pad}{prefix}{path} {{ {joined} }}{suffix}");
    let braces = path.len() + " { ".len() + joined.len() + " ".len();
    if braces <= STRUCT_LITERAL_WIDTH && one_line.len() <= MARGIN {
        return one_line + "\n";
    }
    let mut text = format!("{pad}{prefix}{path} {{\n");
    for field in fields {
        text += &format!("{pad}    {field},\n");
    }
    text + &format!("{pad}}}{suffix}\n")
}

/// The widest a struct literal's braces may be and stay on one line (prettyplease).
const STRUCT_LITERAL_WIDTH: usize = 34;

/// Whether every line of `code` is within the margin. A longer line is one prettyplease
/// may break (a long type, a call's arguments); an item with one is formatted from its
/// tokens instead, as the other items are.
pub fn fits(code: &str) -> bool {
    code.lines().all(|line| line.len() <= MARGIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::path::Path;

    /// prettyplease's own layout of `text`, item by item, as the types module is formatted.
    fn formatted(text: &str) -> String {
        let file: syn::File = syn::parse_str(text).expect("the text is a file of items");
        let mut out = String::new();
        for item in file.items {
            out.push_str(&format_item(item));
        }
        out
    }

    fn format_item(item: syn::Item) -> String {
        let single = syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: vec![item],
        };
        super::super::space_items(&prettyplease::unparse(&single))
    }

    /// A generated `types.rs` formatted again from its syntax: the header (comments, which
    /// `syn` drops) as it is, the module's docs, then each item after a blank line.
    fn formatted_types_module(text: &str) -> String {
        let at = text.find("//!").expect("the module's docs");
        let (header, rest) = text.split_at(at);
        let file: syn::File = syn::parse_str(rest).expect("the types module is Rust");
        let module = syn::File {
            shebang: None,
            attrs: file.attrs,
            items: Vec::new(),
        };
        let mut out = format!("{header}{}", prettyplease::unparse(&module));
        for item in file.items {
            out.push('\n');
            out.push_str(&format_item(item));
        }
        out
    }

    #[test]
    fn struct_literals_break_where_prettyplease_breaks_them() {
        for length in 0..40 {
            let name = format!("a{}", "b".repeat(length));
            for fields in [
                vec!["extra".to_owned()],
                vec![format!("{name}: field_{name}"), "extra".to_owned()],
                vec!["id: field_id".to_owned(), name.clone(), "extra".to_owned()],
            ] {
                let literal = struct_literal(8, "Ok(", "Self", &fields, ")");
                let text = format!("impl X {{\n    fn f() -> Self {{\n{literal}    }}\n}}\n");
                assert_eq!(formatted(&text), text, "{fields:?}");
            }
        }
    }

    /// An item with a line past the margin is laid out by prettyplease from its tokens, its
    /// `#[cfg]` after its docs as on the items written as text.
    #[test]
    fn an_item_with_a_long_line_is_formatted_from_its_tokens() {
        let long_type = format!(
            "std::collections::BTreeMap<String, Vec<{}>>",
            "A".repeat(60)
        );
        let item = TextItem {
            docs: "/// Docs.\n".to_owned(),
            code: format!("pub struct S {{\n    pub field: {long_type},\n}}\n"),
        };
        assert!(!fits(&item.code));
        let written = format!("{}{}", item.docs, item.code);
        let cfg = Some(quote::quote!(#[cfg(feature = "a")]));
        let text = super::super::format_items(std::iter::once((
            super::super::TypeItems::Text(vec![item]),
            cfg,
        )))
        .expect("formats");
        let expected =
            formatted(&written).replace("/// Docs.\n", "/// Docs.\n#[cfg(feature = \"a\")]\n");
        assert_eq!(text, format!("\n{expected}"));
        assert!(
            text.contains("pub field: std::collections::BTreeMap<\n"),
            "{text}"
        );
    }

    /// Every fixture's types (every schema), and the repository's, are laid out as
    /// prettyplease lays them out: what is written as text cannot drift from it.
    #[test]
    fn the_types_of_every_fixture_are_their_own_formatting() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut specs: Vec<_> = std::fs::read_dir(root.join("tests/fixtures"))
            .expect("the fixtures")
            .map(|entry| entry.expect("a fixture").path())
            .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
            .collect();
        specs.sort();
        specs.push(root.join("../spec/openapi.yaml"));
        assert!(specs.len() > 20, "{specs:?}");
        let mut enums = 0;
        for spec in specs {
            let mut config = crate::Config::new(&spec, "fixture");
            config.all_schemas = true;
            let generated = crate::generate(&config).expect("the fixture generates");
            let types = &generated.files["src/types.rs"];
            enums += types.matches("pub fn as_str(&self) -> &str {").count();
            assert!(
                formatted_types_module(types) == *types,
                "{} is not laid out as prettyplease lays it out",
                spec.display()
            );
        }
        assert!(enums > 100, "only {enums} string enums");
    }

    fn as_str_impl(name: &str, arms: &[(&str, &str)]) -> String {
        let mut text =
            format!("impl {name} {{\n    fn as_str(&self) -> &str {{\n        match self {{\n");
        for (pattern, body) in arms {
            text.push_str(&match_arm(12, pattern, body));
        }
        text.push_str("        }\n    }\n}\n");
        text
    }

    #[test]
    fn arms_break_where_prettyplease_breaks_them() {
        for length in 55..75 {
            let literal = string_literal(&"a".repeat(length));
            let text = as_str_impl("X", &[("Self::A", &literal), (&literal, "Self::A")]);
            assert_eq!(formatted(&text), text, "a literal of {length} characters");
        }
        let escaped = string_literal("quo\"te\\ é \u{200b} \t x");
        let text = as_str_impl("X", &[("Self::B", &escaped), (&escaped, "Self::B")]);
        assert_eq!(formatted(&text), text);
    }

    #[test]
    fn impl_headers_break_where_prettyplease_breaks_them() {
        for length in 50..80 {
            let name = format!("A{}", "b".repeat(length));
            for head in [
                "impl From<&str>",
                "impl std::fmt::Display",
                "impl<'de> serde::Deserialize<'de>",
            ] {
                let text = format!("{}    fn f() {{}}\n}}\n", impl_header(head, &name));
                assert_eq!(formatted(&text), text, "{head} for a name of {length}");
            }
        }
    }
}
