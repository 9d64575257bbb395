//! What the generated crate takes from the runtime crate (`generator/runtime`): its files,
//! copied verbatim, and the fixed items spliced into emitted files, as prettyplease prints
//! them (`runtime/printed.rs`, written by a test from the runtime's files: printed once
//! there rather than parsed and printed at every generation). (Its dependencies are read by
//! `manifest.rs`.)

mod printed;

/// The client's fixed part, the same for every spec: written as Rust in `generator/runtime/`
/// (a crate of the workspace, compiled, linted and tested there) and copied verbatim.
pub(super) const FILES: &[(&str, &str)] = &[
    ("src/client.rs", include_str!("../../runtime/client.rs")),
    ("src/error.rs", include_str!("../../runtime/error.rs")),
    ("src/response.rs", include_str!("../../runtime/response.rs")),
    ("src/validate.rs", include_str!("../../runtime/validate.rs")),
];

/// Null, absent and unknown properties kept apart, for the generated crates that have object
/// types (copied verbatim like `FILES`).
pub(super) const FIELDS: (&str, &str) = ("src/fields.rs", include_str!("../../runtime/fields.rs"));

/// The crate's own JSON reader, for the generated crates that have types or a client
/// (copied verbatim like `FILES`).
pub(super) const JSON: (&str, &str) = ("src/json.rs", include_str!("../../runtime/json.rs"));

/// Server-sent events and JSON lines, for the generated crates that have operations whose
/// answers stream (copied verbatim like `FILES`).
pub(super) const SSE: (&str, &str) = ("src/sse.rs", include_str!("../../runtime/sse.rs"));

/// Multipart bodies, for the generated crates that have operations that send them (copied
/// verbatim like `FILES`).
pub(super) const FORM: (&str, &str) = ("src/form.rs", include_str!("../../runtime/form.rs"));

/// Auto-pagination, for the generated crates that have list operations (copied verbatim
/// like `FILES`).
pub(super) const PAGINATION: (&str, &str) = (
    "src/pagination.rs",
    include_str!("../../runtime/pagination.rs"),
);

/// Tag-first decoding of tagged unions, for `support.rs`.
#[cfg(test)]
const TAG_FIRST: (&str, &str) = ("tag_first.rs", include_str!("../../runtime/tag_first.rs"));

/// How unions tell their members apart, for `support.rs`.
#[cfg(test)]
const UNIONS: (&str, &str) = ("unions.rs", include_str!("../../runtime/unions.rs"));

/// The helpers of `support.rs` that do not depend on the API.
#[cfg(test)]
const SUPPORT_ITEMS: (&str, &str) = (
    "support_items.rs",
    include_str!("../../runtime/support_items.rs"),
);

/// The command line's helpers, for `cli.rs`.
#[cfg(test)]
const CLI_HELPERS: (&str, &str) = (
    "cli_helpers.rs",
    include_str!("../../runtime/cli_helpers.rs"),
);

/// The command line's flag readers that only some APIs need, for `cli.rs`.
#[cfg(test)]
const CLI_READERS: (&str, &str) = (
    "cli_readers.rs",
    include_str!("../../runtime/cli_readers.rs"),
);

/// The items of `tag_first.rs`, printed; `tag_only` only for unions with a member that is its
/// tag alone (elsewhere it would be dead code).
pub(super) fn tag_first_text(with_tag_only: bool) -> String {
    printed::TAG_FIRST
        .iter()
        .filter(|(key, _)| with_tag_only || *key != "fn tag_only")
        .map(|(_, text)| *text)
        .collect()
}

/// The items of `unions.rs` named in `names`, printed (see [`named_items`]).
pub(super) fn union_text(names: &[&str]) -> String {
    named_items(printed::UNIONS, names)
}

/// The items of `support_items.rs` named in `names`, printed (see [`named_items`]).
pub(super) fn support_items_text(names: &[&str]) -> String {
    named_items(printed::SUPPORT_ITEMS, names)
}

/// The items of a printed table named in `names` (a function, type or enum, or the impls
/// of a type, by its name), in the table's order.
fn named_items(table: &[(&str, &'static str)], names: &[&str]) -> String {
    table
        .iter()
        .filter(|(key, _)| {
            key.split_once(' ')
                .is_some_and(|(_, name)| names.contains(&name))
        })
        .map(|(_, text)| *text)
        .collect()
}

/// The flag reader `name` of `cli_readers.rs` (`file`, `nullable`), printed.
pub(super) fn cli_reader_text(name: &str) -> &'static str {
    printed::CLI_READERS
        .iter()
        .find(|(key, _)| key.strip_prefix("fn ") == Some(name))
        .map_or("", |(_, text)| *text)
}

/// The items of `cli_helpers.rs`, printed.
pub(super) fn cli_helpers_text() -> String {
    printed::CLI_HELPERS.iter().map(|(_, text)| *text).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Error, ErrorKind, Result};

    fn parse(path: &str, text: &str) -> Result<syn::File> {
        syn::parse_file(text).map_err(|e| {
            Error::new(
                ErrorKind::Emit,
                format!("the runtime file {path} is not valid Rust: {e}"),
            )
        })
    }

    /// Every file copied verbatim, whichever crates take it.
    fn copied_files() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
        FILES
            .iter()
            .chain([&FIELDS, &JSON, &PAGINATION, &SSE, &FORM])
    }

    /// The files copied verbatim are Rust (they are compiled in the runtime crate too; this
    /// holds them to what `syn` reads, as the generated crate's readers would).
    #[test]
    fn the_copied_files_are_rust() -> Result<()> {
        for (path, text) in copied_files() {
            parse(path, text)?;
        }
        Ok(())
    }

    /// The runtime's tests stay in the runtime crate: a generated crate has none of its
    /// dev set-up (one with types alone has no `fastrand`), and its `cargo test` must build.
    #[test]
    fn the_copied_files_carry_no_tests() {
        for (path, text) in copied_files() {
            assert!(!text.contains("#[cfg(test)]"), "{path} has tests");
            assert!(!text.contains("#[test]"), "{path} has tests");
        }
    }

    /// A spliced file's items but its `use` lines (which serve its compilation in the
    /// runtime crate; the file it is spliced into has its own), each printed alone, with its
    /// kind and name (`fn tag_of`, `impl TagVisitor`; `other` for the rest).
    fn printed_items((path, text): (&str, &str)) -> Result<Vec<(String, String)>> {
        let items = parse(path, text)?.items.into_iter();
        let items = items.filter(|item| !matches!(item, syn::Item::Use(_)));
        Ok(items
            .map(|item| {
                let key = match &item {
                    syn::Item::Fn(f) => format!("fn {}", f.sig.ident),
                    syn::Item::Struct(s) => format!("struct {}", s.ident),
                    syn::Item::Enum(e) => format!("enum {}", e.ident),
                    syn::Item::Impl(i) => match &*i.self_ty {
                        syn::Type::Path(p) => p.path.segments.last().map_or_else(
                            || "other".to_owned(),
                            |last| format!("impl {}", last.ident),
                        ),
                        _ => "other".to_owned(),
                    },
                    _ => "other".to_owned(),
                };
                let file = syn::File {
                    shebang: None,
                    attrs: Vec::new(),
                    items: vec![item],
                };
                (key, prettyplease::unparse(&file))
            })
            .collect())
    }

    fn as_owned(table: &[(&str, &str)]) -> Vec<(String, String)> {
        table
            .iter()
            .map(|(key, text)| (key.to_string(), text.to_string()))
            .collect()
    }

    /// `printed.rs` holds what the runtime's files print as now. When they change, this
    /// fails; `UPDATE_PRINTED=1 cargo test -p openapi-generator printed_items` writes the
    /// file anew (then `cargo fmt`).
    #[test]
    fn printed_items_are_fresh() -> Result<()> {
        let tables = [
            ("TAG_FIRST", TAG_FIRST, printed::TAG_FIRST),
            ("UNIONS", UNIONS, printed::UNIONS),
            ("SUPPORT_ITEMS", SUPPORT_ITEMS, printed::SUPPORT_ITEMS),
            ("CLI_HELPERS", CLI_HELPERS, printed::CLI_HELPERS),
            ("CLI_READERS", CLI_READERS, printed::CLI_READERS),
        ];
        let mut fresh = true;
        let mut file = String::from(PRINTED_HEAD);
        for (name, source, table) in tables {
            let items = printed_items(source)?;
            fresh &= items == as_owned(table);
            file += &format!("\npub(super) const {name}: &[(&str, &str)] = &[\n");
            for (key, text) in &items {
                file += &format!("    ({key:?}, r####\"{text}\"####),\n");
            }
            file += "];\n";
        }
        if !fresh && std::env::var_os("UPDATE_PRINTED").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/emit/runtime/printed.rs");
            std::fs::write(path, file).map_err(|e| Error::new(ErrorKind::Io, e.to_string()))?;
            return Ok(());
        }
        assert!(fresh, "printed.rs is stale: run UPDATE_PRINTED=1 cargo test -p openapi-generator printed_items, then cargo fmt");
        Ok(())
    }

    const PRINTED_HEAD: &str =
        "//! The items spliced from the runtime's `tag_first.rs`, `unions.rs`, `support_items.rs`,
//! `cli_helpers.rs` and `cli_readers.rs` (all but their `use` lines), each as prettyplease
//! prints it alone, with its kind and name. Written by the test `printed_items_are_fresh` (`UPDATE_PRINTED=1 cargo test -p
//! openapi-generator printed_items`, then `cargo fmt`); do not edit by hand.
";

    #[test]
    fn spliced_items_are_chosen_by_name() {
        let items = cli_helpers_text();
        assert!(items.contains("fn exit_code"), "{items}");
        assert!(!items.contains("use crate"), "{items}");
        assert!(tag_first_text(false).contains("trait TaggedUnion"));
        assert!(!tag_first_text(false).contains("fn tag_only"));
        assert!(tag_first_text(true).contains("fn tag_only"));
        let kind_only = union_text(&["kind", "Kind"]);
        assert!(kind_only.contains("fn kind"), "{kind_only}");
        assert!(kind_only.contains("enum Kind"), "{kind_only}");
        assert!(!kind_only.contains("fn tag_of"), "{kind_only}");
        let tag = union_text(&["tag_of", "TagVisitor"]);
        assert!(
            tag.contains("impl<'de> serde::de::Visitor<'de> for TagVisitor"),
            "{tag}"
        );
        assert!(!tag.contains("CountVisitor"), "{tag}");
    }
}
