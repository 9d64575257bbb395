//! What the generated crate takes from the runtime crate (`generator/runtime`): its files,
//! copied verbatim, and the fixed items spliced into emitted files. (Its dependencies are
//! read by `manifest.rs`.)

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::{Error, ErrorKind, Result};

/// The client's fixed part, the same for every spec: written as Rust in `generator/runtime/`
/// (a crate of the workspace, compiled, linted and tested there) and copied verbatim.
pub(super) const FILES: &[(&str, &str)] = &[
    ("src/client.rs", include_str!("../../runtime/client.rs")),
    ("src/error.rs", include_str!("../../runtime/error.rs")),
    ("src/response.rs", include_str!("../../runtime/response.rs")),
    ("src/sse.rs", include_str!("../../runtime/sse.rs")),
    ("src/validate.rs", include_str!("../../runtime/validate.rs")),
];

/// Null, absent and unknown properties kept apart, for the generated crates that have object
/// types (copied verbatim like `FILES`).
pub(super) const FIELDS: (&str, &str) = ("src/fields.rs", include_str!("../../runtime/fields.rs"));

/// Auto-pagination, for the generated crates that have list operations (copied verbatim
/// like `FILES`).
pub(super) const PAGINATION: (&str, &str) = (
    "src/pagination.rs",
    include_str!("../../runtime/pagination.rs"),
);

/// Tag-first decoding of tagged unions, for `support.rs`.
const TAG_FIRST: (&str, &str) = ("tag_first.rs", include_str!("../../runtime/tag_first.rs"));

/// How unions tell their members apart, for `support.rs`.
const UNIONS: (&str, &str) = ("unions.rs", include_str!("../../runtime/unions.rs"));

/// The command line's helpers, for `cli.rs`.
const CLI_HELPERS: (&str, &str) = (
    "cli_helpers.rs",
    include_str!("../../runtime/cli_helpers.rs"),
);

/// The items of `tag_first.rs`; `tag_only` only for unions with a member that is its tag
/// alone (elsewhere it would be dead code).
pub(super) fn tag_first_items(with_tag_only: bool) -> Result<TokenStream> {
    let file = parse(TAG_FIRST.0, TAG_FIRST.1)?;
    let items = file.items.into_iter().filter(|item| match item {
        syn::Item::Use(_) => false,
        syn::Item::Fn(f) => with_tag_only || f.sig.ident != "tag_only",
        _ => true,
    });
    Ok(quote!(#(#items)*))
}

/// The items of `unions.rs` named in `names` (a function, type or enum by its name).
pub(super) fn union_items(names: &[&str]) -> Result<TokenStream> {
    let file = parse(UNIONS.0, UNIONS.1)?;
    let items = file.items.into_iter().filter(|item| {
        let name = match item {
            syn::Item::Fn(f) => &f.sig.ident,
            syn::Item::Struct(s) => &s.ident,
            syn::Item::Enum(e) => &e.ident,
            syn::Item::Impl(i) => match &*i.self_ty {
                syn::Type::Path(p) => match p.path.segments.last() {
                    Some(segment) => &segment.ident,
                    None => return false,
                },
                _ => return false,
            },
            _ => return false,
        };
        names.iter().any(|wanted| name == wanted)
    });
    Ok(quote!(#(#items)*))
}

/// The items of `cli_helpers.rs`.
pub(super) fn cli_helper_items() -> Result<TokenStream> {
    spliced_items(CLI_HELPERS)
}

/// A runtime file's items without its `use` lines, which serve its compilation in the runtime
/// crate; the file it is spliced into has its own.
fn spliced_items((path, text): (&str, &str)) -> Result<TokenStream> {
    let file = parse(path, text)?;
    let items = file
        .items
        .into_iter()
        .filter(|item| !matches!(item, syn::Item::Use(_)));
    Ok(quote!(#(#items)*))
}

fn parse(path: &str, text: &str) -> Result<syn::File> {
    syn::parse_file(text).map_err(|e| {
        Error::new(
            ErrorKind::Emit,
            format!("the runtime file {path} is not valid Rust: {e}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files copied verbatim are Rust (they are compiled in the runtime crate too; this
    /// holds them to what `syn` reads, as the generated crate's readers would).
    #[test]
    fn the_copied_files_are_rust() -> Result<()> {
        for (path, text) in FILES.iter().chain([&FIELDS, &PAGINATION]) {
            parse(path, text)?;
        }
        Ok(())
    }

    #[test]
    fn spliced_files_lose_only_their_use_lines() -> Result<()> {
        let items = cli_helper_items()?.to_string();
        assert!(items.contains("fn exit_code"), "{items}");
        assert!(!items.contains("use crate"), "{items}");
        assert!(tag_first_items(false)?
            .to_string()
            .contains("trait TaggedUnion"));
        assert!(!tag_first_items(false)?.to_string().contains("fn tag_only"));
        assert!(tag_first_items(true)?.to_string().contains("fn tag_only"));
        let kind_only = union_items(&["kind", "Kind"])?.to_string();
        assert!(kind_only.contains("fn kind"), "{kind_only}");
        assert!(kind_only.contains("enum Kind"), "{kind_only}");
        assert!(!kind_only.contains("fn tag_of"), "{kind_only}");
        let tag = union_items(&["tag_of", "TagVisitor"])?.to_string();
        assert!(
            tag.contains("impl < 'de > serde :: de :: Visitor < 'de > for TagVisitor"),
            "{tag}"
        );
        assert!(!tag.contains("CountVisitor"), "{tag}");
        Ok(())
    }
}
