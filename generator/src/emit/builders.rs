//! Constructors and setters for every struct: `new` takes the required fields (so a
//! request without them does not compile), one method per optional field sets it. Structs
//! are `#[non_exhaustive]` (a field the API adds must not break a literal in the user's
//! code), so outside the crate these, or `Default`, are the only ways to build one: requests
//! to send, and responses in the user's tests.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::doc_line;
use super::types::{ident, type_tokens};
use crate::ir::{Api, Field, Presence, Struct, TypeDef, TypeKind, TypeRef, EXTRA_FIELD};

/// Method names a setter must not take: the struct's own, and those of the traits it
/// implements, which an inherent method would shadow (`T::default()`, `T::from(..)`,
/// `value.clone()` would find the setter).
const TAKEN: &[&str] = &[
    "new",
    "validate",
    "validate_at",
    "default",
    "from",
    "into",
    "clone",
    "fmt",
    "eq",
    "ne",
    "serialize",
    "deserialize",
    "to_owned",
    "to_string",
];

/// The structs that get a constructor or setters: all but those built with `Default` that
/// have no field to set (no fields, or only tags).
fn built(api: &Api) -> impl Iterator<Item = (&TypeDef, &Struct)> {
    api.types.values().filter_map(|def| match &def.kind {
        TypeKind::Struct(s)
            if construction(api, s) == Construction::New
                || s.fields.iter().any(|f| f.presence != Presence::Required) =>
        {
            Some((def, s))
        }
        _ => None,
    })
}

/// Whether the crate has a `builders` module.
pub fn has_builders(api: &Api) -> bool {
    built(api).next().is_some()
}

/// How a struct is built outside the crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Construction {
    /// `Name::new(required fields)`, then the setters.
    New,
    /// `Name::default()`, then the setters: no field needs a value.
    Default,
}

/// `Default` when `new` would ask for nothing and the struct has it, else `new`.
pub fn construction(api: &Api, s: &Struct) -> Construction {
    match asked_for(api, s).is_empty() && super::structs::derives_default(s) {
        true => Construction::Default,
        false => Construction::New,
    }
}

/// The fields `new` asks for: the required ones, but for a one-valued enumeration (a tag),
/// which is filled in.
pub fn asked_for<'s>(api: &Api, s: &'s Struct) -> Vec<&'s Field> {
    s.fields
        .iter()
        .filter(|f| f.presence == Presence::Required && !is_constant(api, f))
        .collect()
}

fn is_constant(api: &Api, f: &Field) -> bool {
    matches!(api.resolve_alias(&f.ty), TypeRef::Named(n)
        if matches!(api.types.get(n).map(|d| &d.kind), Some(TypeKind::Enum(e)) if e.variants.len() == 1))
}

pub fn emit_builders(api: &Api) -> TokenStream {
    // One `impl` block a struct, under the struct's own `#[cfg]`.
    let impls = built(api).map(|(def, s)| {
        let cfg = super::features::type_cfg(api, &def.name);
        let builder = emit_builder(api, def, s);
        quote!(#cfg #builder)
    });
    quote! {
        #![doc = " Constructors and setters for the structs."]

        use crate::types::*;

        #(#impls)*
    }
}

fn emit_builder(api: &Api, def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let is_constant = |f: &Field| is_constant(api, f);
    let required = asked_for(api, s);
    let constructor = (construction(api, s) == Construction::New).then(|| {
        let parameters = required.iter().map(|f| {
            let field = ident(&f.rust_name);
            let ty = type_tokens(&f.ty);
            quote!(#field: impl Into<#ty>)
        });
        let values = s.fields.iter().map(|f| {
            let field = ident(&f.rust_name);
            match f.presence {
                Presence::Required if is_constant(f) => quote!(#field: Default::default()),
                Presence::Required => quote!(#field: #field.into()),
                Presence::OptionalNullable => quote!(#field: crate::fields::Nullable::Absent),
                Presence::RequiredNullable | Presence::Optional => quote!(#field: None),
            }
        });
        let extra = s.keeps_extra.then(|| {
            let extra = ident(EXTRA_FIELD);
            quote!(#extra: Default::default())
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
                Self { #(#values,)* #extra }
            }
        }
    });
    let field_names: Vec<&str> = s
        .fields
        .iter()
        .map(|f| f.rust_name.trim_start_matches("r#"))
        .collect();
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
            let (value, null_setter) = match f.presence {
                Presence::OptionalNullable => {
                    let null_doc = doc_line(&format!(
                        " Sends `{}` as an explicit `null` (to clear it), rather than leaving it out.",
                        f.wire_name
                    ));
                    let mut null_method = format!("{bare}_null");
                    if field_names.contains(&null_method.as_str()) {
                        null_method = format!("null_{bare}");
                    }
                    let null_method = format_ident!("{}", null_method);
                    let setter = quote! {
                        #[doc = #null_doc]
                        pub fn #null_method(mut self) -> Self {
                            self.#field = crate::fields::Nullable::Null;
                            self
                        }
                    };
                    (quote!(crate::fields::Nullable::Value(value.into())), Some(setter))
                }
                _ => (quote!(Some(value.into())), None),
            };
            quote! {
                #[doc = #doc]
                pub fn #method(mut self, value: impl Into<#ty>) -> Self {
                    self.#field = #value;
                    self
                }

                #null_setter
            }
        });
    quote! {
        impl #name {
            #constructor
            #(#setters)*
        }
    }
}
