//! The `#[cfg(feature = ..)]` of what one group of operations needs (`ir::Features`), put on
//! the items where each type's and each operation's items are gathered, so that the
//! emitters of the items themselves know nothing of features.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Item};

use crate::error::Result;
use crate::ir::Api;

/// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", feature = "b"))]`; `None` for no
/// feature.
pub fn cfg(features: &[String]) -> Option<TokenStream> {
    match features {
        [] => None,
        [one] => Some(quote!(#[cfg(feature = #one)])),
        many => Some(quote!(#[cfg(any(#(feature = #many),*))])),
    }
}

/// The features that need a named type (none: it is always compiled).
pub fn type_features<'a>(api: &'a Api, name: &str) -> &'a [String] {
    api.features
        .types
        .get(name)
        .map_or(&[], |features| features)
}

/// [`cfg`]'s attribute as prettyplease prints it before an item (empty for no feature):
/// on one line if it fits, else `any(..)` on a line of its own, else a feature a line.
pub fn cfg_text(features: &[String]) -> Result<String> {
    use super::text::MARGIN;
    // The argument written once (`any(..)` of several), in one text: a `Vec` of each
    // feature's own text cost an allocation a feature (Box's types have up to 74).
    let mut inner = String::with_capacity(16 + 32 * features.len());
    if features.len() > 1 {
        inner.push_str("any(");
    }
    push_feature_list(&mut inner, features, ("", ", "));
    match features.len() {
        0 => return Ok(String::new()),
        1 => {}
        _ => inner.push(')'),
    }
    if "#[cfg()]".len() + inner.len() <= MARGIN {
        return Ok(["#[cfg(", &inner, ")]\n"].concat());
    }
    match features.len() {
        // One feature past the margin: prettyplease's own layout.
        1 => attribute_text(&parsed_attribute(cfg(features))?),
        _ if 4 + inner.len() <= MARGIN => Ok(["#[cfg(\n    ", &inner, "\n)]\n"].concat()),
        _ => {
            let mut text = String::with_capacity(24 + inner.len() + 10 * features.len());
            text.push_str("#[cfg(\n    any(\n");
            push_feature_list(&mut text, features, ("        ", ",\n"));
            text.push_str("\n    )\n)]\n");
            Ok(text)
        }
    }
}

/// The `#[cfg]` of an item for its group's feature, `indent` spaces in (a method in an
/// `impl` block, an operation's or a resource handle's accessor; a command's variant,
/// arguments struct, run function or arm of `dispatch`): on one line, or its argument on a
/// line of its own past the margin, as prettyplease breaks an attribute; empty for none.
pub fn cfg_line(indent: usize, feature: Option<&String>) -> String {
    let Some(feature) = feature else {
        return String::new();
    };
    // Written into one text (a few of them an operation).
    let mut line = String::with_capacity(2 * indent + 32 + feature.len());
    let pad = |line: &mut String| line.extend(std::iter::repeat_n(' ', indent));
    pad(&mut line);
    line.push_str("#[cfg(");
    let argument_at = line.len();
    push_feature_list(&mut line, std::slice::from_ref(feature), ("", ""));
    let argument_len = line.len() - argument_at;
    if indent + "#[cfg()]".len() + argument_len <= super::text::MARGIN {
        line.push_str(")]\n");
        return line;
    }
    let argument = line.split_off(argument_at);
    line.push('\n');
    pad(&mut line);
    line.push_str("    ");
    line.push_str(&argument);
    line.push('\n');
    pad(&mut line);
    line.push_str(")]\n");
    line
}

/// `feature = "name"` for each feature, each after `lead`, `separator` between them.
fn push_feature_list(out: &mut String, features: &[String], (lead, separator): (&str, &str)) {
    for (index, feature) in features.iter().enumerate() {
        if index > 0 {
            out.push_str(separator);
        }
        out.extend([lead, "feature = "]);
        super::text::push_string_literal(out, feature);
    }
}

/// The attribute as `syn` has it, for items already parsed.
pub fn parsed(cfg: Option<TokenStream>) -> Result<Option<Attribute>> {
    let Some(cfg) = cfg else { return Ok(None) };
    let item: syn::ItemStruct = super::parse_tokens(quote!(#cfg struct S;))?;
    Ok(item.attrs.into_iter().next())
}

fn parsed_attribute(cfg: Option<TokenStream>) -> Result<Attribute> {
    parsed(cfg)?.ok_or_else(|| {
        crate::error::Error::new(crate::error::ErrorKind::Emit, "a feature's cfg is empty")
            .with_hint("this is a bug in the generator; please report it with the spec")
    })
}

/// An attribute as prettyplease prints it before an item (one line, or several when long).
fn attribute_text(attribute: &Attribute) -> Result<String> {
    let file: syn::File = super::parse_tokens(quote!(#attribute struct S;))?;
    let text = prettyplease::unparse(&file);
    Ok(text.strip_suffix("struct S;\n").unwrap_or(&text).to_owned())
}

/// Puts `attribute` on an item, after its documentation.
pub fn add_to_item(item: &mut Item, attribute: &Attribute) {
    if let Some(attrs) = item_attrs(item) {
        insert_after_docs(attrs, attribute);
    }
}

fn insert_after_docs(attrs: &mut Vec<Attribute>, attribute: &Attribute) {
    let docs = attrs
        .iter()
        .take_while(|a| a.path().is_ident("doc"))
        .count();
    attrs.insert(docs, attribute.clone());
}

fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Union(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}

/// The crate root's: built with only some groups, the helpers (and imports) that only the
/// others' items use are unused; they are allowed then, and only then, so that the crate
/// with its default features is still held to every lint.
pub fn partial_build_allowances(api: &Api) -> Option<TokenStream> {
    allowances_without_all(api, quote!(dead_code, unused_imports))
}

/// The command line's: as the crate root's, and its `dispatch`'s client and format, which
/// only the completion script's command is left to not use when built with no group.
pub fn partial_cli_allowances(api: &Api) -> Option<TokenStream> {
    allowances_without_all(api, quote!(dead_code, unused_imports, unused_variables))
}

/// `lints` allowed unless every group's feature is on; `None` for a crate without groups.
fn allowances_without_all(api: &Api, lints: TokenStream) -> Option<TokenStream> {
    let names = &api.features.names;
    if names.is_empty() {
        return None;
    }
    Some(quote! {
        #![cfg_attr(not(all(#(feature = #names),*)), allow(#lints))]
    })
}
