//! Unions: one enum, a `Serialize` that writes each variant's wire shape, and a
//! `Deserialize` that reads the value as JSON text and picks the variant in the order
//! literal, tag, JSON kind, trial, fallback (a tagged union reads its tag first and streams
//! the rest into the member).

use super::docs::{comment_text, doc_line, doc_text, push_paragraphs_after};
use super::text::{
    deserialize_impl, fits, from_json_impl, function_call, impl_header, indentation,
    match_arm_call, signature, string_literal, tuple_variant, Param, TextItem, TypeText, MARGIN,
};
use super::types::type_text;
use super::{Piece, TypeItems};
use crate::ir::{Api, JsonKind, Matcher, TypeDef, TypeKind, TypeRef, Union};

/// The enum, its `Serialize`, its decoding and its `From` impls, as text (fixed text around
/// names).
pub fn emit_union(api: &Api, def: &TypeDef, u: &Union) -> TypeItems {
    let mut docs = doc_text(&def.docs, None, None, 0);
    push_paragraphs_after(&mut docs, &def.docs, &[matching_docs(u)], 0);
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
            from_header(&ty, name),
            signature(
                4,
                "fn from",
                &[Param::typed("value", ty)],
                &TypeText::leaf("Self")
            ),
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

/// `impl From<{ty}> for {name} {`, broken as prettyplease breaks it: before `for` (see
/// [`impl_header`]), or, when `impl From<{ty}>` alone is too long, in its generic argument.
fn from_header(ty: &TypeText, name: &str) -> String {
    let head = ["impl From<", &ty.flat(), ">"].concat();
    match head.len() <= MARGIN {
        true => impl_header(&head, name),
        false => {
            TypeText::new("From", vec![ty.clone()]).layout(0, "impl ", &format!(" for {name} {{"))
        }
    }
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

/// A tag-first union's `TaggedUnion` impl and `Deserialize`; another's `Deserialize`.
fn emit_deserialize(api: &Api, def: &TypeDef, u: &Union) -> Vec<Piece> {
    if !tag_first(u) {
        return vec![
            settled(|flat| untagged_deserialize(def, u, flat)),
            Piece::Text(TextItem::code(from_json_impl(&def.name, None))),
        ];
    }
    let deserialize = deserialize_impl(&def.name, "crate::support::deserialize_tagged");
    let from_json = from_json_impl(&def.name, Some("crate::support::read_tagged"));
    vec![
        settled(|flat| tagged_union(api, def, u, flat)),
        Piece::Text(TextItem::code(deserialize)),
        Piece::Text(TextItem::code(from_json)),
    ]
}

/// The item laid out as prettyplease lays it out (`flat` false) if it fits the margin
/// (`text::fits`), else written `flat` (each arm on one line, as tokens would give it) for
/// prettyplease to lay out: a broken arm written as a block would be other tokens.
fn settled(code: impl Fn(bool) -> String) -> Piece {
    let laid_out = code(false);
    match fits(&laid_out) {
        true => Piece::Text(TextItem::code(laid_out)),
        false => Piece::Unformatted(code(true)),
    }
}

/// The `Deserialize` of a union read as JSON text.
fn untagged_deserialize(def: &TypeDef, u: &Union, flat: bool) -> String {
    let body = from_raw_body(def, u, flat);
    format!(
        "{}    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {{
        let text: Box<serde_json::value::RawValue> = serde::Deserialize::deserialize(
            deserializer,
        )?;
        let raw = &*text;
{body}    }}
}}
",
        impl_header("impl<'de> serde::Deserialize<'de>", &def.name)
    )
}

/// A tag-first union's `TaggedUnion` impl: the member from the rest of the object once the
/// tag is read, from the buffered object when the tag came late, from a literal string.
fn tagged_union(api: &Api, def: &TypeDef, u: &Union, flat: bool) -> String {
    let body = from_raw_body(def, u, flat);
    let tag = u.tag.as_deref().unwrap_or("type");
    let mut code = impl_header("impl crate::support::TaggedUnion", &def.name);
    code += &format!(
        "    const TAG: &'static str = {};

    const EXPECTING: &'static str = {};

    fn from_rest<'de, M: crate::fields::Properties<'de>>(
        tag: &str,
        rest: M,
    ) -> Result<Self, M::Error> {{
        match tag {{
",
        string_literal(tag),
        string_literal(&format!("a {} object", def.name))
    );
    for v in &u.variants {
        if let Matcher::Tagged { value, payload, .. } = &v.matcher {
            let arm = (string_literal(value), v.rust_name.as_str());
            code += &from_rest_arm(api, u, arm, payload.as_ref(), flat);
        }
    }
    code += &match &u.fallback {
        Some(f) => arm_call(
            "_",
            "crate::support::unknown_member(rest)",
            &format!("Self::{f}"),
            flat,
        ),
        None => {
            let message = string_literal(&format!("unknown `{tag}` of {}: {{tag}}", def.name));
            format!("            _ => Err(serde::de::Error::custom(format!({message}))),\n")
        }
    };
    code += &format!(
        "        }}
    }}

    fn from_buffered<E: serde::de::Error>(
        raw: &serde_json::value::RawValue,
    ) -> Result<Self, E> {{
{body}    }}
"
    );
    let literal_arms: String = u
        .variants
        .iter()
        .filter_map(|v| match &v.matcher {
            Matcher::Literal(value) => Some(format!(
                "            {} => Some(Self::{}),\n",
                string_literal(value),
                v.rust_name
            )),
            _ => None,
        })
        .collect();
    if !literal_arms.is_empty() {
        code += &format!(
            "
    fn from_literal(text: &str) -> Option<Self> {{
        match text {{
{literal_arms}            _ => None,
        }}
    }}
"
        );
    }
    code + "}\n"
}

/// Picks the variant for a value read whole, from its JSON text, at 8 spaces: the whole
/// decoding for most unions, the fallback of the tag-first path for tagged ones.
fn from_raw_body(def: &TypeDef, u: &Union, flat: bool) -> String {
    let mut literals = Vec::new();
    let mut tagged = Vec::new();
    let mut rest = String::new();
    for v in &u.variants {
        let variant = &v.rust_name;
        match &v.matcher {
            Matcher::Literal(value) => literals.push((
                format!("Some({})", string_literal(value)),
                vec![format!("Ok(Self::{variant})")],
            )),
            Matcher::Tagged { value, payload, .. } => {
                let action = match (payload, &u.fallback) {
                    // An object with more than the tag is kept whole in the fallback.
                    (None, Some(f)) => vec![
                        "Ok(".to_owned(),
                        "    match crate::support::entry_count(raw) {".to_owned(),
                        format!("        0 | 1 => Self::{variant},"),
                        format!("        _ => Self::{f}(crate::support::decode(raw)?),"),
                        "    },".to_owned(),
                        ")".to_owned(),
                    ],
                    (None, None) => vec![format!("Ok(Self::{variant})")],
                    (Some(_), _) => {
                        vec![format!("crate::support::decode(raw).map(Self::{variant})")]
                    }
                };
                tagged.push((format!("Some({})", string_literal(value)), action));
            }
            Matcher::Kind { kind, .. } => {
                let kind = match kind {
                    JsonKind::String => "String",
                    JsonKind::Number => "Number",
                    JsonKind::Boolean => "Boolean",
                    JsonKind::Array => "Array",
                    JsonKind::Object => "Object",
                };
                let decode = [format!("crate::support::decode(raw).map(Self::{variant})")];
                rest += &format!(
                    "        if crate::support::kind(raw) == crate::support::Kind::{kind} {{\n{}        }}\n",
                    place(12, "return ", &decode, ";")
                );
            }
            Matcher::Try(_) => {}
        }
    }
    for v in &u.variants {
        if let Matcher::Try(ty) = &v.matcher {
            // The turbofish breaks at its type, as a generic type does, when the line is long.
            let try_decode = TypeText::new("crate::support::try_decode::", vec![type_text(ty)]);
            let head = match flat {
                true => format!(
                    "        if let Some(payload) = {}(raw) {{\n",
                    try_decode.flat()
                ),
                false => try_decode.layout(8, "if let Some(payload) = ", "(raw) {"),
            };
            rest += &format!(
                "{head}            return Ok(Self::{}(payload));\n        }}\n",
                v.rust_name
            );
        }
    }
    let tag = string_literal(u.tag.as_deref().unwrap_or("type"));
    let mut body = returning_block("crate::support::string_of(raw).as_deref()", &literals, flat);
    let tag_of = format!("crate::support::tag_of(raw, {tag}).as_deref()");
    body += &returning_block(&tag_of, &tagged, flat);
    body += &rest;
    body += &match &u.fallback {
        Some(f) => format!("        crate::support::decode(raw).map(Self::{f})\n"),
        None => no_variant_error(&def.name),
    };
    body
}

/// The error of a value no variant matches, at 8 spaces: broken call by call where it
/// does not fit, as prettyplease breaks nested calls.
fn no_variant_error(name: &str) -> String {
    let message = string_literal(&format!("the value matches no variant of {name}"));
    let one_line = format!("        Err(serde::de::Error::custom({message}))");
    if one_line.len() <= MARGIN {
        return one_line + "\n";
    }
    let inner = format!("            serde::de::Error::custom({message})");
    let inner = match inner.len() <= MARGIN {
        true => inner + ",\n",
        false => format!(
            "            serde::de::Error::custom(\n                {message},\n            ),\n"
        ),
    };
    format!("        Err(\n{inner}        )\n")
}

/// `lines` (an expression whose later lines are indented from its first) at `indent`
/// spaces, after `lead` and before `tail`. A single line too long for the margin that
/// ends in a `.map(..)` has it on a line of its own, 4 spaces further, as prettyplease
/// breaks a chain.
fn place(indent: usize, lead: &str, lines: &[String], tail: &str) -> String {
    let pad = indentation(indent);
    if let [line] = lines {
        let width = indent + lead.len() + line.len() + tail.len();
        if let (true, Some(at)) = (width > MARGIN, line.rfind(").map(")) {
            let (receiver, map) = line.split_at(at + 1);
            return format!("{pad}{lead}{receiver}\n{pad}    {map}{tail}\n");
        }
    }
    let mut text = String::new();
    for (index, line) in lines.iter().enumerate() {
        let lead = if index == 0 { lead } else { "" };
        let tail = if index + 1 == lines.len() { tail } else { "" };
        text += &format!("{pad}{lead}{line}{tail}\n");
    }
    text
}

/// At 8 spaces, `if scrutinee == pattern { return action; }` for a single arm (what a
/// person, and clippy, would write), else a `match` of `pattern => return action` arms and
/// `_ => {}`: one line when it fits (or `flat`), else the `return` in a block.
fn returning_block(scrutinee: &str, arms: &[(String, Vec<String>)], flat: bool) -> String {
    match arms {
        [] => String::new(),
        [(pattern, action)] => {
            // Too long, the block opens on a line of its own, and if the condition is still
            // too long, it breaks before `==`.
            let condition = format!("        if {scrutinee} == {pattern}");
            let head = if flat || condition.len() + " {".len() <= MARGIN {
                condition + " {\n"
            } else if condition.len() <= MARGIN {
                condition + "\n        {\n"
            } else {
                format!("        if {scrutinee}\n            == {pattern}\n        {{\n")
            };
            format!("{head}{}        }}\n", place(12, "return ", action, ";"))
        }
        _ => {
            let mut text = format!("        match {scrutinee} {{\n");
            for (pattern, action) in arms {
                let line = format!("            {pattern} => return {}", action.join(" "));
                text += &match flat || (action.len() == 1 && line.len() <= MARGIN) {
                    true => line + ",\n",
                    false => format!(
                        "            {pattern} => {{\n{}            }}\n",
                        place(16, "return ", action, ";")
                    ),
                };
            }
            text + "            _ => {}\n        }\n"
        }
    }
}

/// An arm of `from_rest` at 12 spaces: the member read from the rest of the object.
fn from_rest_arm(
    api: &Api,
    u: &Union,
    (pattern, variant): (String, &str),
    payload: Option<&TypeRef>,
    flat: bool,
) -> String {
    let object = |ty: &TypeRef| match ty {
        TypeRef::Named(name) => matches!(
            api.types.get(name).map(|d| &d.kind),
            Some(TypeKind::Struct(s)) if s.keeps_extra
        ),
        _ => false,
    };
    let from_map = |ty: &TypeRef| {
        format!(
            "<{} as crate::fields::Object>::from_map(rest)",
            type_text(ty).flat()
        )
    };
    let pad = "            ";
    match (payload, &u.fallback) {
        // An object type straight from the map, so that its decoding is the one compiled
        // for the reader; anything else from the object's text.
        (Some(ty @ TypeRef::Named(_)), _) if object(ty) => {
            arm_call(&pattern, &from_map(ty), &format!("Self::{variant}"), flat)
        }
        (Some(TypeRef::Boxed(inner)), _) if object(inner) => {
            let boxed = format!("|member| Self::{variant}(Box::new(member))");
            arm_call(&pattern, &from_map(inner), &boxed, flat)
        }
        (Some(_), _) => format!("{pad}{pattern} => rest.decode().map(Self::{variant}),\n"),
        (None, Some(f)) if flat => format!(
            "{pad}{pattern} => Ok(match crate::support::tag_only(rest)? {{ \
             None => Self::{variant}, Some(object) => Self::{f}(object), }}),\n"
        ),
        (None, Some(f)) => format!(
            "{pad}{pattern} => {{
                Ok(
                    match crate::support::tag_only(rest)? {{
                        None => Self::{variant},
                        Some(object) => Self::{f}(object),
                    }},
                )
            }}
"
        ),
        (None, None) => {
            format!("{pad}{pattern} => crate::support::tag_only(rest).map(|_| Self::{variant}),\n")
        }
    }
}

/// An arm `pattern => receiver.map(argument),` at 12 spaces: on one line if it fits (or
/// `flat`), else the call in a block, its method on a line of its own; a receiver that is
/// a call too long for its line (`f(rest)`) has its argument on a line of its own, 8
/// spaces further, as prettyplease breaks the head of a broken chain.
fn arm_call(pattern: &str, receiver: &str, argument: &str, flat: bool) -> String {
    if flat {
        return format!("            {pattern} => {receiver}.map({argument}),\n");
    }
    let laid_out = match_arm_call(12, pattern, receiver, ("map", &[argument.to_owned()]));
    let receiver_call = receiver
        .strip_suffix(')')
        .and_then(|call| call.rsplit_once('('))
        .filter(|(_, args)| !args.contains([',', '(']));
    match (fits(&laid_out), receiver_call) {
        (false, Some((function, args))) if 16 + receiver.len() > MARGIN => format!(
            "            {pattern} => {{
                {function}(
                        {args},
                    )
                    .map({argument})
            }}
"
        ),
        _ => laid_out,
    }
}

/// By struct name: the tag properties of the tag-first unions the struct is a member of.
pub type UnionTags = foldhash::HashMap<String, Vec<String>>;

/// Which structs are members of tag-first unions, and under which tag property: their
/// `from_map` reads that property's replayed value with `next_tag`, without writing it as JSON.
pub fn union_tags(api: &Api) -> UnionTags {
    let mut tags = UnionTags::default();
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

#[cfg(test)]
mod tests {
    use super::super::{space_items, Piece};
    use crate::ir::{Api, TypeKind};

    /// prettyplease's layout of `text`, spaced as the types module is.
    fn formatted(text: &str) -> String {
        let file: syn::File = syn::parse_str(text).expect("the item is Rust");
        space_items(&prettyplease::unparse(&file))
    }

    /// A document of unions whose members (and tag values) are named `length` characters
    /// past their stem: tagged members read tag first, decoded from their text, one tagged
    /// member beside a string.
    fn unions_named_at(length: usize) -> Api {
        let (name, value) = ("A".repeat(length), "x".repeat(length));
        let member = |stem: &str, field: &str| {
            format!(
                "    {stem}{name}:
      type: object
      required: [object]
      properties:
        object: {{type: string, enum: [{}_{value}]}}
        {field}: {{type: string}}
",
                stem.to_lowercase()
            )
        };
        let text = format!(
            "openapi: 3.1.0
info: {{title: Long unions, version: '1'}}
paths: {{}}
components:
  schemas:
    Pet{name}:
      oneOf: [{{$ref: '#/components/schemas/Cat{name}'}}, {{$ref: '#/components/schemas/Dog{name}'}}]
      discriminator: {{propertyName: object}}
    Loose{name}:
      oneOf: [{{$ref: '#/components/schemas/Cat{name}'}}, {{$ref: '#/components/schemas/Dog{name}'}}]
    Either{name}:
      oneOf: [{{$ref: '#/components/schemas/Cat{name}'}}, {{type: string}}]
{}{}",
            member("Cat", "a"),
            member("Dog", "b")
        );
        crate::testing::lowered_text(&text)
    }

    /// Members named at every length up to 50 characters past their stem (at 54, `.map` of
    /// a variant no longer fits its own line, and prettyplease breaks its argument): every
    /// impl of every union is laid out as text, never left to prettyplease, and that text
    /// is prettyplease's own layout (long lines broken where it breaks them).
    #[test]
    fn unions_named_at_length_are_laid_out_as_text() {
        let mut checked = 0;
        for length in 0..=50 {
            let api = unions_named_at(length);
            for def in api.types.values() {
                let TypeKind::Union(u) = &def.kind else {
                    continue;
                };
                for piece in super::emit_union(&api, def, u) {
                    let item = match piece {
                        Piece::Text(item) | Piece::LaidOut(item) => item,
                        Piece::Unformatted(code) => {
                            panic!(
                                "{} at length {length} left to prettyplease:\n{code}",
                                def.name
                            )
                        }
                    };
                    let text = format!("{}{}", item.docs, item.code);
                    assert_eq!(formatted(&text), text);
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "{checked} items checked");
    }

    /// Members named at length: their `From` impls break before `for`, then in their
    /// generic argument, as prettyplease breaks them.
    #[test]
    fn from_impls_of_members_named_at_length_are_laid_out_as_text() {
        let (mut checked, mut broken) = (0, 0);
        for length in (40..=110).step_by(3) {
            let api = unions_named_at(length);
            for def in api.types.values() {
                let TypeKind::Union(u) = &def.kind else {
                    continue;
                };
                for piece in super::emit_union(&api, def, u) {
                    let Piece::Text(item) = piece else {
                        continue;
                    };
                    // Past where a line of one name exceeds the margin, left to prettyplease.
                    if !item.code.starts_with("impl From<") || !super::fits(&item.code) {
                        continue;
                    }
                    assert_eq!(formatted(&item.code), item.code);
                    checked += 1;
                    broken += usize::from(item.code.starts_with("impl From<\n"));
                }
            }
        }
        assert!(
            checked > 40 && broken > 2,
            "{checked} checked, {broken} broken"
        );
    }
}
