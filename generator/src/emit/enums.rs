//! Open string enums: `as_str`, `Display`, `FromStr`, `From<&str>`, and serde through them.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{doc_attrs, doc_line};
use super::types::ident;
use crate::ir::{StringEnum, TypeDef};

pub fn emit_enum(def: &TypeDef, e: &StringEnum) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, None, None);
    let fallback = ident(&e.fallback.rust_name);
    let fallback_doc = if e.fallback.open_by_spec {
        " Any other value, which the API accepts as well."
    } else {
        " A value this crate does not know yet, kept as sent and written back unchanged."
    };
    // An enumeration of one value (a tag, `object: "thread.run"`) has it as its default, so
    // that the structs holding it are built without naming it.
    let single = e.variants.len() == 1;
    let derive_default = single.then(|| quote!(Default,));
    let variants = e.variants.iter().map(|v| {
        let variant = ident(&v.rust_name);
        let wire_doc = doc_line(&format!(" `{}`", v.wire));
        let docs = doc_attrs(&v.docs, None, None);
        let default = single.then(|| quote!(#[default]));
        if v.docs.description.is_some() {
            quote!(#docs #default #variant,)
        } else {
            quote!(#[doc = #wire_doc] #default #variant,)
        }
    });
    let to_str = e.variants.iter().map(|v| {
        let variant = ident(&v.rust_name);
        let wire = &v.wire;
        quote!(Self::#variant => #wire,)
    });
    let from_str = e.variants.iter().map(|v| {
        let variant = ident(&v.rust_name);
        let wire = &v.wire;
        quote!(#wire => Self::#variant,)
    });
    quote! {
        #docs
        #[derive(Clone, Debug, #derive_default PartialEq, Eq, Hash)]
        pub enum #name {
            #(#variants)*
            #[doc = #fallback_doc]
            #fallback(String),
        }

        impl #name {
            /// The value as it is written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    Self::#fallback(value) => value,
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => Self::#fallback(other.to_owned()),
                }
            }
        }

        impl std::str::FromStr for #name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::support::deserialize_from_str(deserializer)
            }
        }
    }
}
