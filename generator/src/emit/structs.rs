//! Structs: one field per property, presence deciding `Option`/`Nullable`; an API object
//! also has `extra` (what its schema does not list) and its own serde impls, which keep null,
//! absent and unknown apart so that a decoded value is written back as it came.

use super::builders::{construction, Construction};
use super::docs::{doc_text, doc_text_into, push_paragraphs_after};
use super::text::{
    function_call, impl_header, impls_macro, match_arm_call_into, method_call_into, string_literal,
    struct_literal, struct_literal_broken, TextItem, TypeText, STRUCT_LITERAL_WIDTH,
};
use super::types::type_text;
use super::{Piece, TypeItems};
use crate::ir::{Api, Field, Presence, Struct, TypeDef, TypeKind, TypeRef, EXTRA_FIELD};
use crate::naming;

/// Whether the struct derives `Default`: an API object when every field has an empty value,
/// a struct of query parameters when none is required.
pub fn derives_default(s: &Struct) -> bool {
    match s.keeps_extra {
        true => s.defaultable,
        false => s.fields.iter().all(|f| f.presence == Presence::Optional),
    }
}

/// Why the struct is `#[non_exhaustive]` and how it is built instead of with a literal.
fn building_paragraph(api: &Api, def: &TypeDef, s: &Struct) -> String {
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
    format!(
        "Fields the API adds later become fields here, so the struct is `#[non_exhaustive]`: \
         outside this crate it is built {how},{decoded} not with a literal. Its fields are \
         public, to read and to assign."
    )
}

/// `tags`: the tag properties of the tag-first unions the struct is a member of. The items
/// are fixed text around the struct's names, so they are written as text (see `text`). A
/// struct of query parameters (no `extra`: its unlisted entries are dropped when decoded)
/// goes through the same `Object` decoder and `ObjectWriter` as an API object, so that every
/// struct is decoded and written one way.
pub fn emit_struct(api: &Api, def: &TypeDef, s: &Struct, tags: &[String]) -> TypeItems {
    let mut docs = doc_text(&def.docs, None, None, 0);
    push_paragraphs_after(&mut docs, &def.docs, &[building_paragraph(api, def, s)], 0);
    // Each property's name as a string literal, written by both impls.
    let wires: Vec<String> = s
        .fields
        .iter()
        .map(|f| string_literal(&f.wire_name))
        .collect();
    let items = [
        TextItem {
            docs,
            code: struct_code(def, s),
        },
        TextItem::code(serialize_code(def, s, &wires)),
        // `Deserialize` and `FromJson`, the same for every struct: both through `from_map`.
        TextItem::code(impls_macro(
            "crate::fields::impl_object_decoding",
            &def.name,
        )),
        TextItem::code(object_code(api, def, s, (tags, &wires))),
    ];
    items.into_iter().map(Piece::Text).collect()
}

/// The struct, after its docs.
fn struct_code(def: &TypeDef, s: &Struct) -> String {
    let default = if derives_default(s) { "Default, " } else { "" };
    let mut code = format!(
        "#[non_exhaustive]\n#[derive(Clone, Debug, {default}PartialEq)]\npub struct {} {{\n",
        def.name
    );
    // About what the fields take with their docs, so that the text is not copied as it grows.
    code.reserve(128 + 256 * s.fields.len());
    // Each field's `pub name: ` in one text, made again for each.
    let mut lead = String::new();
    for field in &s.fields {
        let facts = (Some(&*field.constraints), field.default.as_ref());
        doc_text_into(&mut code, &field.docs, facts, 4);
        lead.clear();
        lead.extend(["pub ", &field.rust_name, ": "]);
        field_type_text(field).layout_into(&mut code, 4, &lead, ",");
    }
    if s.keeps_extra {
        code += "    /// The properties the spec does not list, kept as sent and written back (and
    /// which required ones the object lacked).
";
        code.extend(["    pub ", EXTRA_FIELD, ": crate::fields::Extra,\n"]);
    }
    code += "}\n";
    code
}

/// The field's Rust type, from its presence, as text.
fn field_type_text(field: &Field) -> TypeText {
    let inner = type_text(&field.ty);
    match field.presence {
        Presence::Required => inner,
        Presence::RequiredNullable | Presence::Optional => TypeText::new("Option", vec![inner]),
        Presence::OptionalNullable => TypeText::new("crate::fields::Nullable", vec![inner]),
    }
}

/// Listed properties as their presence says, then the extra ones.
fn serialize_code(def: &TypeDef, s: &Struct, wires: &[String]) -> String {
    // An object with no listed property (only extra ones) writes nothing before `end`.
    let binding = if s.fields.is_empty() {
        "object"
    } else {
        "mut object"
    };
    // Without `extra`, a constructor of its own keeps the line within the margin: a longer
    // one would send the whole impl through prettyplease.
    let writer = match s.keeps_extra {
        true => ["new(serializer, &self.", EXTRA_FIELD, ")"].concat(),
        false => "without_extra(serializer)".to_owned(),
    };
    let mut code = impl_header("impl serde::Serialize", &def.name);
    // About what the impl takes, so that the text is not copied as it grows.
    code.reserve(256 + 64 * s.fields.len());
    code.extend([
        "    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ",
        binding,
        " = crate::fields::ObjectWriter::",
        &writer,
        "?;\n",
    ]);
    // Each field's `&self.name` in one text, made again for each.
    let mut value = String::new();
    for (field, wire) in s.fields.iter().zip(wires) {
        let method = match field.presence {
            Presence::Required | Presence::RequiredNullable => "required",
            Presence::Optional => "optional",
            Presence::OptionalNullable => "nullable",
        };
        value.clear();
        value.extend(["&self.", &field.rust_name]);
        let args = [wire.as_str(), &value];
        method_call_into(&mut code, (8, ""), "object", (method, &args), ";");
    }
    code += "        object.end()\n    }\n}\n";
    code
}

/// One pass over the object's entries: a listed name goes to its field, any other to
/// `extra`; a required property that is missing takes its type's empty value if it has one,
/// or fails naming the property.
fn object_code(
    api: &Api,
    def: &TypeDef,
    s: &Struct,
    (tags, wires): (&[String], &[String]),
) -> String {
    let mut code = impl_header("impl crate::fields::Object", &def.name);
    // About what the impl takes (three lines a field), as above.
    code.reserve(512 + 192 * s.fields.len());
    code.extend([
        "    const NAME: &'static str = ",
        &string_literal(&def.name),
        ";

    fn from_map<'de, M: crate::fields::Properties<'de>>(
        mut map: M,
    ) -> Result<Self, M::Error> {
",
    ]);
    for field in &s.fields {
        let empty = match field.presence {
            Presence::OptionalNullable => "crate::fields::Nullable::Absent",
            _ => "None",
        };
        code.extend([
            "        let mut field_",
            local_name(field),
            " = ",
            empty,
            ";\n",
        ]);
    }
    code.extend([
        "        let mut ",
        EXTRA_FIELD,
        " = crate::fields::Extra::default();
        while let Some(key) = map.next_key()? {
",
    ]);
    // One `?` for the whole match (the arms' reads return `Result<(), _>`), not one an arm.
    if s.fields.is_empty() {
        code.extend(["            ", EXTRA_FIELD, ".keep(key, &mut map)?;\n"]);
    } else {
        code += "            match key.as_str() {\n";
        // Each arm's `&mut field_name` in one text, made again for each.
        let mut local = String::new();
        for (field, wire) in s.fields.iter().zip(wires) {
            let read = match field.presence {
                // `Option<T>` (null as `None`) and `Nullable<T>` decode as the field's type.
                Presence::Optional | Presence::OptionalNullable => "read",
                // A union's tag, which the union has read as a string: taken as it is.
                Presence::Required
                    if tags.contains(&field.wire_name) && is_string_like(api, &field.ty) =>
                {
                    "read_tag"
                }
                Presence::Required | Presence::RequiredNullable => "read_some",
            };
            local.clear();
            local.extend(["&mut field_", local_name(field)]);
            match_arm_call_into(&mut code, (16, wire), "map", (read, &[local.as_str()]));
        }
        code.extend([
            "                _ => ",
            EXTRA_FIELD,
            ".keep(key, &mut map),\n            }?;\n",
        ]);
    }
    code += "        }\n";
    // The fields on one line (`name: value`), kept while they could fit (`struct_literal`);
    // most structs' are too wide, and are written a field a line alone.
    let mut flat = Vec::new();
    let mut flat_width = "Self".len() + " { ".len() + " ".len();
    let mut broken = String::with_capacity(64 * s.fields.len());
    // A field `lead` and the pieces of its value, joined only while they could fit.
    let mut add_flat = |lead: &str, value: &[&str]| {
        if flat_width <= STRUCT_LITERAL_WIDTH {
            let width: usize = value.iter().map(|piece| piece.len()).sum();
            flat_width += lead.len() + width + if flat.is_empty() { 0 } else { 2 };
            flat.push([&[lead], value].concat().concat());
        }
    };
    // Each field's `name: ` and local, in texts made again for each.
    let (mut lead, mut local) = (String::new(), String::new());
    for (field, wire) in s.fields.iter().zip(wires) {
        lead.clear();
        lead.extend([&field.rust_name, ": "]);
        local.clear();
        local.extend(["field_", local_name(field)]);
        let tolerated = field.presence == Presence::RequiredNullable || api.has_default(&field.ty);
        match field.presence {
            Presence::Optional | Presence::OptionalNullable => {
                broken.extend(["            ", &lead, &local, ",\n"]);
                add_flat(&lead, &[&local]);
            }
            Presence::Required | Presence::RequiredNullable if tolerated => {
                let args = [local.as_str(), wire];
                let call = ("required_or_default", &args[..]);
                method_call_into(&mut broken, (12, &lead), EXTRA_FIELD, call, ",");
                let value = [
                    EXTRA_FIELD,
                    ".required_or_default(",
                    &local,
                    ", ",
                    wire,
                    ")",
                ];
                add_flat(&lead, &value);
            }
            Presence::Required | Presence::RequiredNullable => {
                let args = [local.as_str(), wire, "Self::NAME"];
                let function = "crate::fields::required";
                broken += &function_call(12, &lead, function, &args, ("?", ","));
                add_flat(
                    &lead,
                    &[function, "(", &local, ", ", wire, ", Self::NAME)?"],
                );
            }
        }
    }
    if s.keeps_extra {
        add_flat("", &[EXTRA_FIELD]);
        broken.extend(["            ", EXTRA_FIELD, ",\n"]);
    }
    let head = ("Ok(", "Self");
    code += &match flat_width <= STRUCT_LITERAL_WIDTH {
        true => struct_literal(8, head, &flat, &broken, ")"),
        false => struct_literal_broken(8, head, &broken, ")"),
    };
    code += "    }\n}\n";
    code
}

/// The name of a field's local variable in `from_map`, after `field_`.
fn local_name(field: &Field) -> &str {
    naming::unraw(&field.rust_name)
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
