//! Type references and identifiers as tokens.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{IntWidth, TypeRef};

/// An identifier, raw (`r#type`) when the name says so.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// A type as the `types` module names it, as text (for the items written as text).
pub fn type_text(ty: &TypeRef) -> String {
    match ty {
        TypeRef::String => "String".to_owned(),
        TypeRef::Integer(IntWidth::I32) => "i32".to_owned(),
        TypeRef::Integer(IntWidth::I64) => "i64".to_owned(),
        TypeRef::Number => "f64".to_owned(),
        TypeRef::Boolean => "bool".to_owned(),
        TypeRef::Json => "serde_json::Value".to_owned(),
        TypeRef::Binary => "crate::support::FileUpload".to_owned(),
        TypeRef::Named(name) => name.clone(),
        TypeRef::Array(item) => format!("Vec<{}>", type_text(item)),
        TypeRef::Map(value) => format!("std::collections::BTreeMap<String, {}>", type_text(value)),
        TypeRef::Nullable(value) => format!("Option<{}>", type_text(value)),
        TypeRef::Boxed(value) => format!("Box<{}>", type_text(value)),
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

/// A type as the `types` module names it.
pub fn type_tokens(ty: &TypeRef) -> TokenStream {
    type_tokens_in(ty, Scope::Types)
}

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
