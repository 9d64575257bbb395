//! Open string enums: `as_str`, `Display`, `FromStr`, `From<&str>`, and serde through them.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{doc_attrs, doc_line, paragraphs_after};
use super::types::ident;
use crate::ir::{StringEnum, TypeDef};

pub fn emit_enum(def: &TypeDef, e: &StringEnum) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, None, None);
    let matching = paragraphs_after(&def.docs, &matching_docs(def, e));
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
        #matching
        #[non_exhaustive]
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
