//! Type references and identifiers as tokens.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::text::TypeText;
use crate::ir::{IntWidth, TypeRef};

/// An identifier, raw (`r#type`) when the name says so.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// A type as the `types` module names it, as text to lay out (for the items written as
/// text).
pub fn type_text(ty: &TypeRef) -> TypeText {
    type_text_in(ty, Scope::Types)
}

/// [`type_tokens_in`] as text.
pub fn type_text_in(ty: &TypeRef, scope: Scope) -> TypeText {
    let leaf = |path: &'static str| TypeText::leaf(path);
    let generic =
        |path: &'static str, inner: &TypeRef| TypeText::new(path, vec![type_text_in(inner, scope)]);
    match ty {
        TypeRef::String => leaf("String"),
        TypeRef::Integer(IntWidth::I32) => leaf("i32"),
        TypeRef::Integer(IntWidth::I64) => leaf("i64"),
        TypeRef::Number => leaf("f64"),
        TypeRef::Boolean => leaf("bool"),
        TypeRef::Json => leaf("serde_json::Value"),
        TypeRef::Binary if scope == Scope::Program => leaf("FileUpload"),
        TypeRef::Binary => leaf("crate::support::FileUpload"),
        TypeRef::Named(name) => match scope {
            Scope::Types => TypeText::leaf(name.clone()),
            Scope::Crate | Scope::Program => TypeText::leaf(["types::", name].concat()),
        },
        TypeRef::Array(item) => generic("Vec", item),
        TypeRef::Map(value) => TypeText::new(
            "std::collections::BTreeMap",
            vec![leaf("String"), type_text_in(value, scope)],
        ),
        TypeRef::Nullable(value) => generic("Option", value),
        TypeRef::Boxed(value) => generic("Box", value),
    }
}

/// Where a type is named from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Inside the `types` module: spec types by their bare names.
    Types,
    /// Elsewhere in the generated crate: `types::Name`.
    Crate,
    /// In the command-line program, another crate: `types::Name`, and `FileUpload` from the
    /// library's root.
    Program,
}

/// A type as the module of `scope` names it.
pub fn type_tokens_in(ty: &TypeRef, scope: Scope) -> TokenStream {
    let inner = |inner: &TypeRef| type_tokens_in(inner, scope);
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Integer(IntWidth::I32) => quote!(i32),
        TypeRef::Integer(IntWidth::I64) => quote!(i64),
        TypeRef::Number => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::Binary if scope == Scope::Program => quote!(FileUpload),
        TypeRef::Binary => quote!(crate::support::FileUpload),
        TypeRef::Named(name) => {
            let name = ident(name);
            match scope {
                Scope::Types => quote!(#name),
                Scope::Crate | Scope::Program => quote!(types::#name),
            }
        }
        TypeRef::Array(item) => {
            let item = inner(item);
            quote!(Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = inner(value);
            quote!(std::collections::BTreeMap<String, #value>)
        }
        TypeRef::Nullable(value) => {
            let value = inner(value);
            quote!(Option<#value>)
        }
        TypeRef::Boxed(value) => {
            let value = inner(value);
            quote!(Box<#value>)
        }
    }
}
