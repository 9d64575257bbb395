//! Structs: one field per property, presence deciding `Option`/`Nullable`; an API object
//! also has `extra` (what its schema does not list) and its own serde impls, which keep null,
//! absent and unknown apart so that a decoded value is written back as it came.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::builders::{construction, Construction};
use super::docs::{doc_attrs, paragraphs_after};
use super::types::{ident, type_tokens};
use crate::ir::{Api, Field, Presence, Struct, TypeDef, TypeKind, TypeRef, EXTRA_FIELD};

/// Whether the struct derives `Default`: an API object when every field has an empty value,
/// a struct of query parameters when none is required.
pub fn derives_default(s: &Struct) -> bool {
    match s.keeps_extra {
        true => s.defaultable,
        false => s.fields.iter().all(|f| f.presence == Presence::Optional),
    }
}

/// Why the struct is `#[non_exhaustive]` and how it is built instead of with a literal.
fn building_docs(api: &Api, def: &TypeDef, s: &Struct) -> TokenStream {
    let name = &def.name;
    let setters = match s.fields.iter().any(|f| f.presence != Presence::Required) {
        true => " and the setters",
        false => "",
    };
    let how = match construction(api, s) {
        Construction::New => format!("with `{name}::new(..)`{setters}"),
        Construction::Default => format!("with `{name}::default()`{setters}"),
    };
    let decoded = match s.keeps_extra {
        true => " or decoded from JSON (`serde_json::from_value`),",
        false => "",
    };
    let text = format!(
        "Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`: \
         outside this crate it is built {how},{decoded} not with a literal. Its fields are \
         public, to read and to assign."
    );
    paragraphs_after(&def.docs, &[text])
}

/// `tags`: the tag properties of the tag-first unions the struct is a member of.
pub fn emit_struct(api: &Api, def: &TypeDef, s: &Struct, tags: &[String]) -> TokenStream {
    if !s.keeps_extra {
        return emit_plain_struct(api, def, s);
    }
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, None, None);
    let building = building_docs(api, def, s);
    let derive_default = derives_default(s).then(|| quote!(Default,));
    let fields = s.fields.iter().map(|field| {
        let docs = doc_attrs(
            &field.docs,
            Some(&field.constraints),
            field.default.as_ref(),
        );
        let field_name = ident(&field.rust_name);
        let ty = field_type(field);
        quote! {
            #docs
            pub #field_name: #ty,
        }
    });
    let extra = ident(EXTRA_FIELD);
    let serialize = emit_serialize(def, s);
    let deserialize = emit_deserialize(api, def, s, tags);
    quote! {
        #docs
        #building
        #[non_exhaustive]
        #[derive(Clone, Debug, #derive_default PartialEq)]
        pub struct #name {
            #(#fields)*
            /// The properties the spec does not list, kept as sent and written back (and
            /// which required ones the object lacked).
            pub #extra: crate::fields::Extra,
        }

        #serialize

        #deserialize
    }
}

/// The field's Rust type, from its presence.
fn field_type(field: &Field) -> TokenStream {
    let inner = type_tokens(&field.ty);
    match field.presence {
        Presence::Required => inner,
        Presence::RequiredNullable | Presence::Optional => quote!(Option<#inner>),
        Presence::OptionalNullable => quote!(crate::fields::Nullable<#inner>),
    }
}

/// Listed properties as their presence says, then the extra ones.
fn emit_serialize(def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let extra = ident(EXTRA_FIELD);
    let writes = s.fields.iter().map(|field| {
        let field_name = ident(&field.rust_name);
        let wire = &field.wire_name;
        let method = match field.presence {
            Presence::Required | Presence::RequiredNullable => quote!(required),
            Presence::Optional => quote!(optional),
            Presence::OptionalNullable => quote!(nullable),
        };
        quote!(object.#method(#wire, &self.#field_name);)
    });
    // An object with no listed property (only extra ones) writes nothing before `end`.
    let binding = if s.fields.is_empty() {
        quote!(object)
    } else {
        quote!(mut object)
    };
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let #binding = crate::fields::ObjectWriter::new(serializer, &self.#extra)?;
                #(#writes)*
                object.end()
            }
        }
    }
}

/// One pass over the object's entries: a listed name goes to its field, any other to
/// `extra`; a required property that is missing takes its type's empty value if it has one,
/// or fails naming the property.
fn emit_deserialize(api: &Api, def: &TypeDef, s: &Struct, tags: &[String]) -> TokenStream {
    let name = ident(&def.name);
    let type_name = &def.name;
    let extra = ident(EXTRA_FIELD);
    let local = |field: &Field| format_ident!("field_{}", field.rust_name.trim_start_matches("r#"));
    let declarations = s.fields.iter().map(|field| {
        let local = local(field);
        match field.presence {
            Presence::OptionalNullable => quote!(let mut #local = crate::fields::Nullable::Absent;),
            _ => quote!(let mut #local = None;),
        }
    });
    let arms = s.fields.iter().map(|field| {
        let local = local(field);
        let wire = &field.wire_name;
        match field.presence {
            // `Option<T>` (null as `None`) and `Nullable<T>` decode as the field's type.
            Presence::Optional | Presence::OptionalNullable => {
                quote!(#wire => map.read(&mut #local),)
            }
            // A union's tag, which the union has read as a string: taken as it is.
            Presence::Required if tags.contains(wire) && is_string_like(api, &field.ty) => {
                quote!(#wire => map.read_tag(&mut #local),)
            }
            Presence::Required | Presence::RequiredNullable => {
                quote!(#wire => map.read_some(&mut #local),)
            }
        }
    });
    let values = s.fields.iter().map(|field| {
        let field_name = ident(&field.rust_name);
        let local = local(field);
        let wire = &field.wire_name;
        let tolerated = field.presence == Presence::RequiredNullable || api.has_default(&field.ty);
        match field.presence {
            Presence::Optional | Presence::OptionalNullable => quote!(#field_name: #local,),
            Presence::Required | Presence::RequiredNullable if tolerated => {
                quote!(#field_name: #extra.required_or_default(#local, #wire),)
            }
            Presence::Required | Presence::RequiredNullable => {
                quote!(#field_name: crate::fields::required(#local, #wire, Self::NAME)?,)
            }
        }
    });
    // One `?` for the whole match (the arms' reads return `Result<(), _>`), not one an arm.
    let key_match = if s.fields.is_empty() {
        quote!(#extra.keep(key, &mut map)?;)
    } else {
        quote! {
            match key.as_str() {
                #(#arms)*
                _ => #extra.keep(key, &mut map),
            }?;
        }
    };
    quote! {
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::fields::deserialize_object(deserializer)
            }
        }

        impl crate::fields::Object for #name {
            const NAME: &'static str = #type_name;

            fn from_map<'de, A: serde::de::MapAccess<'de>>(
                mut map: crate::fields::ObjectMap<'_, 'de, A>,
            ) -> Result<Self, A::Error> {
                #(#declarations)*
                let mut #extra = crate::fields::Extra::default();
                while let Some(key) = map.next_key()? {
                    #key_match
                }
                Ok(Self {
                    #(#values)*
                    #extra,
                })
            }
        }
    }
}

/// Whether values of the type are made from a string with `From<&str>`: `String` and the
/// string enums.
fn is_string_like(api: &Api, ty: &TypeRef) -> bool {
    match api.resolve_alias(ty) {
        TypeRef::String => true,
        TypeRef::Named(name) => matches!(
            api.types.get(name).map(|d| &d.kind),
            Some(TypeKind::Enum(_))
        ),
        _ => false,
    }
}

/// A struct that is no API object (an operation's query parameters): serde's derive.
fn emit_plain_struct(api: &Api, def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(&def.docs, None, None);
    let building = building_docs(api, def, s);
    let derive_default = derives_default(s).then(|| quote!(Default,));
    let fields = s.fields.iter().map(|field| {
        let docs = doc_attrs(
            &field.docs,
            Some(&field.constraints),
            field.default.as_ref(),
        );
        let field_name = ident(&field.rust_name);
        let mut serde = Vec::new();
        if field.rust_name.trim_start_matches("r#") != field.wire_name {
            let wire = &field.wire_name;
            serde.push(quote!(rename = #wire));
        }
        if field.presence != Presence::Required {
            serde.push(quote!(default, skip_serializing_if = "Option::is_none"));
        }
        let ty = field_type(field);
        let serde = (!serde.is_empty()).then(|| quote!(#[serde(#(#serde),*)]));
        quote! {
            #docs
            #serde
            pub #field_name: #ty,
        }
    });
    quote! {
        #docs
        #building
        #[non_exhaustive]
        #[derive(Clone, Debug, #derive_default PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct #name {
            #(#fields)*
        }
    }
}
