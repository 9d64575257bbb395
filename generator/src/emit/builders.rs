//! Constructors and setters for request types: `new` takes the required fields (so a
//! request without them does not compile), one method per optional field sets it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::doc_line;
use super::types::{ident, type_tokens};
use crate::ir::{Api, Presence, Struct, TypeDef, TypeKind};

/// Method names a setter must not take.
const TAKEN: &[&str] = &["new", "validate", "validate_at"];

pub fn emit_builders(api: &Api) -> TokenStream {
    let impls = super::validation::request_types(api)
        .into_iter()
        .filter_map(|name| api.types.get(&name))
        .filter_map(|def| match &def.kind {
            TypeKind::Struct(s) if !s.fields.is_empty() => Some(emit_builder(def, s)),
            _ => None,
        });
    quote! {
        #![doc = " Constructors and setters for the request types."]

        use crate::types::*;

        #(#impls)*
    }
}

fn emit_builder(def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let required: Vec<_> = s
        .fields
        .iter()
        .filter(|f| f.presence == Presence::Required)
        .collect();
    let constructor = (!required.is_empty()).then(|| {
        let parameters = required.iter().map(|f| {
            let field = ident(&f.rust_name);
            let ty = type_tokens(&f.ty);
            quote!(#field: impl Into<#ty>)
        });
        let values = s.fields.iter().map(|f| {
            let field = ident(&f.rust_name);
            match f.presence {
                Presence::Required => quote!(#field: #field.into()),
                _ => quote!(#field: None),
            }
        });
        let allow = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
        let names = required
            .iter()
            .map(|f| format!("`{}`", f.wire_name))
            .collect::<Vec<_>>()
            .join(", ");
        let doc = doc_line(&format!(
            " A value with the required fields ({names}); the others are unset."
        ));
        quote! {
            #[doc = #doc]
            #allow
            pub fn new(#(#parameters),*) -> Self {
                Self { #(#values),* }
            }
        }
    });
    let setters = s
        .fields
        .iter()
        .filter(|f| f.presence != Presence::Required)
        .map(|f| {
            let field = ident(&f.rust_name);
            let bare = f.rust_name.trim_start_matches("r#");
            let method = if TAKEN.contains(&bare) {
                format_ident!("with_{}", bare)
            } else {
                ident(&f.rust_name)
            };
            let ty = type_tokens(&f.ty);
            let doc = doc_line(&format!(" Sets `{}`.", f.wire_name));
            quote! {
                #[doc = #doc]
                pub fn #method(mut self, value: impl Into<#ty>) -> Self {
                    self.#field = Some(value.into());
                    self
                }
            }
        });
    quote! {
        impl #name {
            #constructor
            #(#setters)*
        }
    }
}
