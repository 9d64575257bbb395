//! Unions: one enum, a `Serialize` that writes each variant's wire shape, and a
//! `Deserialize` that reads the value as JSON text and picks the variant in the order
//! literal, tag, JSON kind, trial, fallback (a tagged union reads its tag first and streams
//! the rest into the member).

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{comment_text, doc_line, doc_text, paragraphs_after_text};
use super::text::{
    deserialize_impl, function_call, impl_header, match_arm_call, signature, string_literal,
    tuple_variant, Param, TextItem,
};
use super::types::{ident, type_text, type_tokens};
use super::{Piece, TypeItems};
use crate::ir::{Api, JsonKind, Matcher, TypeDef, TypeKind, TypeRef, Union};

/// The enum, its `Serialize` and `From` impls and a tag-first union's `Deserialize` as text
/// (fixed text around names); the decoding of the others as tokens.
pub fn emit_union(api: &Api, def: &TypeDef, u: &Union) -> TypeItems {
    let docs = doc_text(&def.docs, None, None, 0)
        + &paragraphs_after_text(&def.docs, &[matching_docs(u)], 0);
    let mut items = vec![
        Piece::Text(TextItem {
            docs,
            code: enum_code(def, u),
        }),
        Piece::Text(TextItem::code(serialize_code(def, u))),
    ];
    items.extend(emit_deserialize(api, def, u));
    items.extend(conversions(api, def, u).into_iter().map(Piece::Text));
    items
}

/// The enum itself, after its docs.
fn enum_code(def: &TypeDef, u: &Union) -> String {
    let mut code = format!(
        "#[non_exhaustive]\n#[derive(Clone, Debug, PartialEq)]\npub enum {} {{\n",
        def.name
    );
    for v in &u.variants {
        let wire_doc = match &v.matcher {
            Matcher::Literal(value) => Some(doc_line(&format!(" The string `{value}`."))),
            Matcher::Tagged { value, .. } if v.docs.description.is_none() => Some(doc_line(
                &format!(" `{}: {value}`", u.tag.as_deref().unwrap_or_default()),
            )),
            _ => None,
        };
        code += &match v.docs.description.is_some() && !matches!(v.matcher, Matcher::Literal(_)) {
            true => doc_text(&v.docs, None, None, 4),
            false => comment_text(&Vec::from_iter(wire_doc), 4),
        };
        code += &match v.matcher.payload() {
            Some(ty) => tuple_variant(4, &v.rust_name, &type_text(ty)),
            None => format!("    {},\n", v.rust_name),
        };
    }
    if let Some(fallback) = &u.fallback {
        code += &format!(
            "    /// A member this crate does not know yet, kept as sent and written back unchanged.
    {fallback}(serde_json::Value),
"
        );
    }
    code + "}\n"
}

/// How to match the union so that the next version of the crate, with more variants, still
/// compiles: a wildcard arm.
fn matching_docs(u: &Union) -> String {
    match &u.fallback {
        Some(fallback) => format!(
            "Members the API adds later arrive as `{fallback}` (the JSON as sent) and may get \
             variants of their own in a later version of this crate, so the enum is \
             `#[non_exhaustive]`: end a `match` with a wildcard arm, which covers both."
        ),
        None => "A later version of this crate may add variants (members the API adds), so the \
                 enum is `#[non_exhaustive]`: end a `match` with a wildcard arm."
            .to_owned(),
    }
}

/// `From` each payload type whose variant it alone can be (so `.content("hi")` and
/// `.tools(vec![function.into()])` read well); `From<&str>` beside `From<String>`. Payloads
/// are compared as Rust sees them, aliases resolved: two aliases of `String` are one type.
fn conversions(api: &Api, def: &TypeDef, u: &Union) -> Vec<TextItem> {
    let name = &def.name;
    let rust_type = |ty: &TypeRef| api.resolve_alias(ty).clone();
    let payloads: Vec<_> = u
        .variants
        .iter()
        .filter_map(|v| v.matcher.payload())
        .map(rust_type)
        .collect();
    let mut impls = Vec::new();
    for v in &u.variants {
        let Some(ty) = v.matcher.payload() else {
            continue;
        };
        let resolved = rust_type(ty);
        if *ty == TypeRef::Json || payloads.iter().filter(|p| **p == resolved).count() > 1 {
            continue;
        }
        let variant = &v.rust_name;
        let ty = type_text(ty);
        let value = ["value".to_owned()];
        impls.push(TextItem::code(format!(
            "{}{}{}    }}\n}}\n",
            impl_header(&format!("impl From<{}>", ty.flat()), name),
            signature(4, "fn from", &[Param::typed("value", ty)], "-> Self"),
            function_call(8, "", &format!("Self::{variant}"), &value, ("", "")),
        )));
        if resolved == TypeRef::String {
            impls.push(TextItem::code(format!(
                "{}    fn from(value: &str) -> Self {{
        Self::{variant}(value.to_owned())
    }}
}}
",
                impl_header("impl From<&str>", name)
            )));
        }
    }
    impls
}

/// Variants whose tag the union writes: the tag is all there is (a payload struct writes
/// its own tag field).
fn writes_tag(matcher: &Matcher) -> bool {
    matches!(matcher, Matcher::Tagged { payload: None, .. })
}

fn serialize_code(def: &TypeDef, u: &Union) -> String {
    let mut code = impl_header("impl serde::Serialize", &def.name);
    code += "    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {\n";
    let tagged: Vec<_> = u
        .variants
        .iter()
        .filter(|v| writes_tag(&v.matcher))
        .collect();
    // serde's internally tagged derive writes `{"tag": "value"}` for a unit variant.
    if !tagged.is_empty() {
        let tag = string_literal(u.tag.as_deref().unwrap_or("type"));
        code += &format!(
            "        #[derive(serde::Serialize)]\n        #[serde(tag = {tag})]\n        enum TaggedRepr {{\n"
        );
        for v in &tagged {
            if let Matcher::Tagged { value, .. } = &v.matcher {
                let value = string_literal(value);
                code += &format!(
                    "            #[serde(rename = {value})]\n            {},\n",
                    v.rust_name
                );
            }
        }
        code += "        }\n";
    }
    code += "        match self {\n";
    for v in &u.variants {
        let variant = &v.rust_name;
        let serializer = ["serializer".to_owned()];
        code += &match &v.matcher {
            Matcher::Literal(value) => match_arm_call(
                12,
                &format!("Self::{variant}"),
                "serializer",
                ("serialize_str", &[string_literal(value)]),
            ),
            Matcher::Tagged { payload: None, .. } => match_arm_call(
                12,
                &format!("Self::{variant}"),
                &format!("TaggedRepr::{variant}"),
                ("serialize", &serializer),
            ),
            Matcher::Tagged { .. } | Matcher::Kind { .. } | Matcher::Try(_) => match_arm_call(
                12,
                &format!("Self::{variant}(payload)"),
                "payload",
                ("serialize", &serializer),
            ),
        };
    }
    if let Some(f) = &u.fallback {
        code += &format!("            Self::{f}(value) => value.serialize(serializer),\n");
    }
    code + "        }\n    }\n}\n"
}

/// A tag-first union's `TaggedUnion` impl (tokens) and `Deserialize` (text); another's
/// `Deserialize` (tokens).
fn emit_deserialize(api: &Api, def: &TypeDef, u: &Union) -> Vec<Piece> {
    let literals: Vec<_> = u
        .variants
        .iter()
        .filter_map(|v| match &v.matcher {
            Matcher::Literal(value) => {
                let variant = ident(&v.rust_name);
                Some((quote!(Some(#value)), quote!(return Ok(Self::#variant))))
            }
            _ => None,
        })
        .collect();
    let literal_block = match_or_if(quote!(crate::support::string_of(raw).as_deref()), literals);
    let tagged: Vec<_> = u
        .variants
        .iter()
        .filter_map(|v| match &v.matcher {
            Matcher::Tagged { value, payload, .. } => {
                let variant = ident(&v.rust_name);
                let action = match (payload, &u.fallback) {
                    // An object with more than the tag is kept whole in the fallback.
                    (None, Some(f)) => {
                        let f = ident(f);
                        quote! {
                            return Ok(match crate::support::entry_count(raw) {
                                0 | 1 => Self::#variant,
                                _ => Self::#f(crate::support::decode(raw)?),
                            })
                        }
                    }
                    (None, None) => quote!(return Ok(Self::#variant)),
                    (Some(_), _) => {
                        quote!(return crate::support::decode(raw).map(Self::#variant))
                    }
                };
                Some((quote!(Some(#value)), action))
            }
            _ => None,
        })
        .collect();
    let tag = u.tag.as_deref().unwrap_or("type");
    let tagged_block = match_or_if(quote!(crate::support::tag_of(raw, #tag).as_deref()), tagged);
    let kinds = u.variants.iter().filter_map(|v| match &v.matcher {
        Matcher::Kind { kind, .. } => {
            let variant = ident(&v.rust_name);
            let kind = match kind {
                JsonKind::String => quote!(String),
                JsonKind::Number => quote!(Number),
                JsonKind::Boolean => quote!(Boolean),
                JsonKind::Array => quote!(Array),
                JsonKind::Object => quote!(Object),
            };
            Some(quote! {
                if crate::support::kind(raw) == crate::support::Kind::#kind {
                    return crate::support::decode(raw).map(Self::#variant);
                }
            })
        }
        _ => None,
    });
    let tries = u.variants.iter().filter_map(|v| match &v.matcher {
        Matcher::Try(ty) => {
            let variant = ident(&v.rust_name);
            let ty = type_tokens(ty);
            Some(quote! {
                if let Some(payload) = crate::support::try_decode::<#ty>(raw) {
                    return Ok(Self::#variant(payload));
                }
            })
        }
        _ => None,
    });
    let end = match &u.fallback {
        Some(f) => {
            let f = ident(f);
            quote!(crate::support::decode(raw).map(Self::#f))
        }
        None => {
            let message = format!("the value matches no variant of {}", def.name);
            quote!(Err(serde::de::Error::custom(#message)))
        }
    };
    let name = ident(&def.name);
    // Picks the variant for a value read whole, from its JSON text: the whole decoding for
    // most unions, the fallback of the tag-first path for tagged ones.
    let from_raw_body = quote! {
        #literal_block
        #tagged_block
        #(#kinds)*
        #(#tries)*
        #end
    };
    if !tag_first(u) {
        return vec![Piece::Tokens(quote! {
            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let text: Box<serde_json::value::RawValue> =
                        serde::Deserialize::deserialize(deserializer)?;
                    let raw = &*text;
                    #from_raw_body
                }
            }
        })];
    }
    // All members are objects told apart by a tag the union writes: read the tag, then decode
    // the rest of the object straight into the member, with nothing buffered (when the tag
    // comes first, as the API sends it).
    let arms = u.variants.iter().filter_map(|v| {
        let variant = ident(&v.rust_name);
        match &v.matcher {
            Matcher::Tagged {
                value,
                payload: Some(ty),
                ..
            } => {
                let read = read_member(api, ty, &variant);
                Some(quote!(#value => #read,))
            }
            Matcher::Tagged {
                value,
                payload: None,
                ..
            } => Some(match &u.fallback {
                Some(f) => {
                    let f = ident(f);
                    quote! {
                        #value => Ok(match crate::support::tag_only(rest)? {
                            None => Self::#variant,
                            Some(object) => Self::#f(object),
                        }),
                    }
                }
                None => quote! {
                    #value => crate::support::tag_only(rest).map(|_| Self::#variant),
                },
            }),
            _ => None,
        }
    });
    let unknown = match &u.fallback {
        Some(f) => {
            let f = ident(f);
            quote!(_ => crate::support::unknown_member(rest).map(Self::#f),)
        }
        None => {
            let message = format!("unknown `{tag}` of {}: {{tag}}", def.name);
            quote!(_ => Err(serde::de::Error::custom(format!(#message))),)
        }
    };
    let what = format!("a {} object", def.name);
    let literal_arms: Vec<_> = u
        .variants
        .iter()
        .filter_map(|v| match &v.matcher {
            Matcher::Literal(value) => {
                let variant = ident(&v.rust_name);
                Some(quote!(#value => Some(Self::#variant),))
            }
            _ => None,
        })
        .collect();
    let from_literal = (!literal_arms.is_empty()).then(|| {
        quote! {
            fn from_literal(text: &str) -> Option<Self> {
                match text {
                    #(#literal_arms)*
                    _ => None,
                }
            }
        }
    });
    let tagged_union = quote! {
        impl crate::support::TaggedUnion for #name {
            const TAG: &'static str = #tag;
            const EXPECTING: &'static str = #what;

            fn from_rest<'de, A: serde::de::MapAccess<'de>>(
                tag: &str,
                rest: crate::fields::ObjectMap<'_, 'de, A>,
            ) -> Result<Self, A::Error> {
                match tag {
                    #(#arms)*
                    #unknown
                }
            }

            fn from_buffered<E: serde::de::Error>(raw: &serde_json::value::RawValue) -> Result<Self, E> {
                #from_raw_body
            }

            #from_literal
        }
    };
    let deserialize = deserialize_impl(&def.name, "crate::support::deserialize_tagged");
    vec![
        Piece::Tokens(tagged_union),
        Piece::Text(TextItem::code(deserialize)),
    ]
}

/// How a tag-first union reads the member `ty` from the rest of the object: an object type
/// straight from the map (so that its decoding is the one compiled for the reader), anything
/// else from the object's text.
fn read_member(api: &Api, ty: &TypeRef, variant: &proc_macro2::Ident) -> TokenStream {
    let object = |ty: &TypeRef| match ty {
        TypeRef::Named(name) => matches!(
            api.types.get(name).map(|d| &d.kind),
            Some(TypeKind::Struct(s)) if s.keeps_extra
        ),
        _ => false,
    };
    match ty {
        TypeRef::Named(_) if object(ty) => {
            let ty = type_tokens(ty);
            quote!(<#ty as crate::fields::Object>::from_map(rest).map(Self::#variant))
        }
        TypeRef::Boxed(inner) if object(inner) => {
            let inner = type_tokens(inner);
            quote!(<#inner as crate::fields::Object>::from_map(rest).map(|member| Self::#variant(Box::new(member))))
        }
        _ => quote!(rest.decode().map(Self::#variant)),
    }
}

/// By struct name: the tag properties of the tag-first unions the struct is a member of.
pub type UnionTags = std::collections::HashMap<String, Vec<String>>;

/// Which structs are members of tag-first unions, and under which tag property: their
/// `from_map` reads that property's replayed value with `next_tag`, without writing it as JSON.
pub fn union_tags(api: &Api) -> UnionTags {
    let mut tags = UnionTags::new();
    for def in api.types.values() {
        let TypeKind::Union(u) = &def.kind else {
            continue;
        };
        let Some(tag) = u.tag.as_ref().filter(|_| tag_first(u)) else {
            continue;
        };
        for v in &u.variants {
            let Matcher::Tagged {
                payload: Some(payload),
                ..
            } = &v.matcher
            else {
                continue;
            };
            let payload = match payload {
                TypeRef::Boxed(inner) => inner,
                other => other,
            };
            let TypeRef::Named(name) = payload else {
                continue;
            };
            let entry = tags.entry(name.clone()).or_default();
            if !entry.contains(tag) {
                entry.push(tag.clone());
            }
        }
    }
    tags
}

/// The helpers of `unions.rs` the unions of `api` use, by name.
pub fn support_items(api: &Api) -> Vec<&'static str> {
    let unions: Vec<&Union> = api
        .types
        .values()
        .filter_map(|t| match &t.kind {
            TypeKind::Union(u) => Some(u),
            _ => None,
        })
        .collect();
    let any = |test: &dyn Fn(&Union, &Matcher) -> bool| {
        unions
            .iter()
            .any(|u| u.variants.iter().any(|v| test(u, &v.matcher)))
    };
    let literal = any(&|_, m| matches!(m, Matcher::Literal(_)));
    let tagged = any(&|_, m| matches!(m, Matcher::Tagged { .. }));
    let counted =
        any(&|u, m| matches!(m, Matcher::Tagged { payload: None, .. }) && u.fallback.is_some());
    let kinds = any(&|_, m| matches!(m, Matcher::Kind { .. }));
    let tries = any(&|_, m| matches!(m, Matcher::Try(_)));
    let decodes = any(&|u, m| {
        u.fallback.is_some()
            || matches!(
                m,
                Matcher::Kind { .. }
                    | Matcher::Tagged {
                        payload: Some(_),
                        ..
                    }
            )
    });
    let mut items = Vec::new();
    let mut add = |needed: bool, names: &[&'static str]| {
        if needed {
            items.extend_from_slice(names);
        }
    };
    add(literal || tagged || counted || kinds, &["Kind", "kind"]);
    add(literal, &["string_of"]);
    add(tagged, &["tag_of", "TagVisitor"]);
    add(counted, &["entry_count", "CountVisitor"]);
    add(decodes, &["decode"]);
    add(tries, &["try_decode"]);
    items
}

/// Whether a union can be read tag first: its members are tagged objects, or literal strings
/// (which the visitor hands to the value path).
pub fn tag_first(u: &Union) -> bool {
    u.tag.is_some()
        && u.variants
            .iter()
            .all(|v| matches!(v.matcher, Matcher::Tagged { .. } | Matcher::Literal(_)))
}

/// `match scrutinee { pattern => action, ... _ => {} }`, or an `if` for a single pattern
/// (which is what a person, and clippy, would write).
fn match_or_if(
    scrutinee: TokenStream,
    arms: Vec<(TokenStream, TokenStream)>,
) -> Option<TokenStream> {
    match arms.as_slice() {
        [] => None,
        [(pattern, action)] => Some(quote! {
            if #scrutinee == #pattern {
                #action;
            }
        }),
        _ => {
            let arms = arms
                .iter()
                .map(|(pattern, action)| quote!(#pattern => #action,));
            Some(quote! {
                match #scrutinee {
                    #(#arms)*
                    _ => {}
                }
            })
        }
    }
}
