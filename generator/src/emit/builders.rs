//! Constructors and setters for every struct: `new` takes the required fields (so a
//! request without them does not compile), one method per optional field sets it. Structs
//! are `#[non_exhaustive]` (a field the API adds must not break a literal in the user's
//! code), so outside the crate these, or `Default`, are the only ways to build one: requests
//! to send, and responses in the user's tests.

use super::docs::{comment_text, doc_line};
use super::text::{signature, struct_literal, Param, TextItem, TypeText};
use super::types::type_text;
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

/// The `builders` module's items after its docs and `use` line: one `impl` block a struct,
/// under the struct's own `#[cfg]` (its features), written as text.
pub fn builder_items(api: &Api) -> Vec<(TextItem, &[String])> {
    built(api)
        .map(|(def, s)| {
            let features = super::features::type_features(api, &def.name);
            (TextItem::code(builder_code(api, def, s)), features)
        })
        .collect()
}

/// The module's first lines, before its items.
pub const BUILDERS_HEAD: &str =
    "//! Constructors and setters for the structs.\nuse crate::types::*;\n";

fn builder_code(api: &Api, def: &TypeDef, s: &Struct) -> String {
    let mut methods = Vec::new();
    if construction(api, s) == Construction::New {
        methods.push(constructor(api, s));
    }
    let field_names: Vec<&str> = s
        .fields
        .iter()
        .map(|f| f.rust_name.trim_start_matches("r#"))
        .collect();
    for f in s.fields.iter().filter(|f| f.presence != Presence::Required) {
        methods.extend(setters(f, &field_names));
    }
    format!("impl {} {{\n{}}}\n", def.name, methods.join("\n"))
}

/// `impl Into<{ty}>`, what a constructor or setter takes.
fn into(ty: &TypeRef) -> TypeText {
    TypeText::new("impl Into", vec![type_text(ty)])
}

/// `new`, which takes the required fields.
fn constructor(api: &Api, s: &Struct) -> String {
    let required = asked_for(api, s);
    let parameters: Vec<Param> = required
        .iter()
        .map(|f| Param::typed(&f.rust_name, into(&f.ty)))
        .collect();
    let mut values: Vec<String> = s
        .fields
        .iter()
        .map(|f| {
            let field = &f.rust_name;
            match f.presence {
                Presence::Required if is_constant(api, f) => format!("{field}: Default::default()"),
                Presence::Required => format!("{field}: {field}.into()"),
                Presence::OptionalNullable => format!("{field}: crate::fields::Nullable::Absent"),
                Presence::RequiredNullable | Presence::Optional => format!("{field}: None"),
            }
        })
        .collect();
    if s.keeps_extra {
        values.push(format!("{EXTRA_FIELD}: Default::default()"));
    }
    let names = required
        .iter()
        .map(|f| format!("`{}`", f.wire_name))
        .collect::<Vec<_>>()
        .join(", ");
    let doc = doc_line(&format!(
        " A value with the required fields ({names}); the others are unset."
    ));
    let mut code = comment_text(&[doc], 4);
    if required.len() > 7 {
        code += "    #[allow(clippy::too_many_arguments)]\n";
    }
    code += &signature(4, "pub fn new", &parameters, &TypeText::leaf("Self"));
    let broken: String = values
        .iter()
        .map(|v| format!("            {v},\n"))
        .collect();
    code += &struct_literal(8, ("", "Self"), &values, &broken, "");
    code + "    }\n"
}

/// The setter of an optional field, and for a nullable one the setter of `null`.
fn setters(f: &Field, field_names: &[&str]) -> Vec<String> {
    let field = &f.rust_name;
    let bare = field.trim_start_matches("r#");
    let method = match TAKEN.contains(&bare) {
        true => format!("with_{bare}"),
        false => field.clone(),
    };
    let doc = doc_line(&format!(" Sets `{}`.", f.wire_name));
    let value = match f.presence {
        Presence::OptionalNullable => "crate::fields::Nullable::Value(value.into())",
        _ => "Some(value.into())",
    };
    let parameters = [Param::plain("mut self"), Param::typed("value", into(&f.ty))];
    let mut setters = vec![format!(
        "{}{}        self.{field} = {value};\n        self\n    }}\n",
        comment_text(&[doc], 4),
        signature(
            4,
            &format!("pub fn {method}"),
            &parameters,
            &TypeText::leaf("Self")
        ),
    )];
    if f.presence == Presence::OptionalNullable {
        let null_doc = doc_line(&format!(
            " Sends `{}` as an explicit `null` (to clear it), rather than leaving it out.",
            f.wire_name
        ));
        let mut null_method = format!("{bare}_null");
        if field_names.contains(&null_method.as_str()) {
            null_method = format!("null_{bare}");
        }
        setters.push(format!(
            "{}    pub fn {null_method}(mut self) -> Self {{
        self.{field} = crate::fields::Nullable::Null;
        self
    }}
",
            comment_text(&[null_doc], 4)
        ));
    }
    setters
}
