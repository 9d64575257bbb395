//! Structs: one field per property; presence decides `Option` and the serde attributes.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::doc_attrs;
use super::types::{ident, type_tokens};
use crate::ir::{Presence, Struct, TypeDef};

pub fn emit_struct(def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, None, None);
    let all_optional = s.fields.iter().all(|f| f.presence == Presence::Optional);
    let derive_default = all_optional.then(|| quote!(Default,));
    let fields = s.fields.iter().map(|field| {
        let docs = doc_attrs(
            &field.docs,
            Some(&field.constraints),
            field.default.as_ref(),
        );
        let field_name = ident(&field.rust_name);
        let inner = type_tokens(&field.ty);
        let mut serde = Vec::new();
        if field.rust_name.trim_start_matches("r#") != field.wire_name {
            let wire = &field.wire_name;
            serde.push(quote!(rename = #wire));
        }
        let ty = match field.presence {
            Presence::Required => inner,
            // Tolerate a missing field as `None` too: the API omits what it deems empty.
            Presence::RequiredNullable => {
                serde.push(quote!(default));
                quote!(Option<#inner>)
            }
            Presence::Optional => {
                serde.push(quote!(default, skip_serializing_if = "Option::is_none"));
                quote!(Option<#inner>)
            }
        };
        let serde = (!serde.is_empty()).then(|| quote!(#[serde(#(#serde),*)]));
        quote! {
            #docs
            #serde
            pub #field_name: #ty,
        }
    });
    quote! {
        #docs
        #[derive(Clone, Debug, #derive_default PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct #name {
            #(#fields)*
        }
    }
}
