//! Constructors and setters for every struct: `new` takes the required fields (so a
//! request without them does not compile), one method per optional field sets it. Structs
//! are `#[non_exhaustive]` (a field the API adds must not break a literal in the user's
//! code), so outside the crate these, or `Default`, are the only ways to build one: requests
//! to send, and responses in the user's tests.

use super::docs::{comment_text, doc_line, push_doc_line};
use super::text::{
    chain_argument, fits, function_call, signature, struct_literal, Param, Segment, TextItem,
    TypeText, MARGIN,
};
use super::types::type_text;
use super::Piece;
use crate::error::Result;
use crate::ir::{Api, Field, Presence, Struct, TypeDef, TypeKind, TypeRef, EXTRA_FIELD};
use crate::naming;

/// The methods of the binary operator traits (`Sub::sub`, ...), whose shape a setter has.
const OPERATOR_METHODS: &[&str] = &[
    "add", "bitand", "bitor", "bitxor", "div", "mul", "rem", "shl", "shr", "sub",
];

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
pub fn builder_items(api: &Api) -> Result<Vec<(Piece, &[String])>> {
    built(api)
        .map(|(def, s)| {
            let features = super::features::type_features(api, &def.name);
            Ok((
                Piece::LaidOut(TextItem::code(builder_code(api, def, s)?)),
                features,
            ))
        })
        .collect()
}

/// The module's first lines, before its items.
pub const BUILDERS_HEAD: &str =
    "//! Constructors and setters for the structs.\nuse crate::types::*;\n";

/// A struct's `impl` block, laid out as prettyplease lays it out: a method whose lines do
/// not all fit is laid out by prettyplease alone, not the whole block (one setter of a long
/// name sent Microsoft Graph's largest blocks, 70 KB each, to prettyplease whole).
fn builder_code(api: &Api, def: &TypeDef, s: &Struct) -> Result<String> {
    let mut code = String::with_capacity(256 + 256 * s.fields.len());
    code.extend(["impl ", &def.name, " {\n"]);
    let mut methods = Methods { code, first: true };
    if construction(api, s) == Construction::New {
        methods.add(constructor(api, s))?;
    }
    let field_names: Vec<&str> = s
        .fields
        .iter()
        .map(|f| naming::unraw(&f.rust_name))
        .collect();
    for f in s.fields.iter().filter(|f| f.presence != Presence::Required) {
        if !methods.setter_on_lines_that_fit(f) {
            methods.add(setter(f))?;
        }
        if let Some(null_setter) = null_setter(f, &field_names) {
            methods.add(null_setter)?;
        }
    }
    let mut code = methods.code;
    code.push_str("}\n");
    Ok(code)
}

/// An `impl` block's methods, written one after the other with a blank line between them.
struct Methods {
    code: String,
    first: bool,
}

impl Methods {
    /// A method as it is if its lines fit, else as prettyplease lays it out alone.
    fn add(&mut self, method: String) -> Result<()> {
        self.separate();
        match fits(&method) {
            true => self.code.push_str(&method),
            false => {
                let laid_out = super::formatted_method(&method)?;
                self.code.push_str(&super::space_items(&laid_out));
            }
        }
        Ok(())
    }

    fn separate(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.code.push('\n');
        }
    }

    /// The setter of an optional field written straight into the block when its signature
    /// and its assignment each fit on a line, as nearly every setter's do: what [`setter`]
    /// makes then, without the pieces it joins. `false` (nothing written) otherwise.
    fn setter_on_lines_that_fit(&mut self, f: &Field) -> bool {
        let (start, first) = (self.code.len(), self.first);
        self.separate();
        let code = &mut self.code;
        let method = setter_name(f);
        push_doc_line(code, 4, &[" Sets `", &f.wire_name, "`."]);
        code.push_str(operator_allowance(&method));
        let signature = code.len();
        code.extend(["    pub fn ", &method, "(mut self, value: impl Into<"]);
        code.push_str(&type_text(&f.ty).flat());
        code.push_str(">) -> Self {");
        let assignment = code.len() + 1;
        code.extend([
            "\n        self.",
            &f.rust_name,
            " = ",
            setter_wrapper(f),
            "(value.into());",
        ]);
        let fit = assignment - 1 - signature <= MARGIN && code.len() - assignment <= MARGIN;
        match fit {
            true => code.push_str("\n        self\n    }\n"),
            false => {
                code.truncate(start);
                self.first = first;
            }
        }
        fit
    }
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
    // Each field's value on one line (for a literal that fits on one) and as its line of
    // the broken literal, where `{field}: {field}.into()` breaks before `.into()`.
    let mut values = Vec::new();
    let mut broken = String::new();
    let mut add = |value: String, laid_out: Option<String>| {
        broken += &laid_out.unwrap_or_else(|| ["            ", &value, ",\n"].concat());
        values.push(value);
    };
    for f in &s.fields {
        let field = &f.rust_name;
        match f.presence {
            Presence::Required if is_constant(api, f) => {
                add([field, ": Default::default()"].concat(), None)
            }
            Presence::Required => {
                let into = [Segment::Call("into".to_owned(), Vec::new())];
                let lead = [field, ": "].concat();
                let laid_out = chain_argument(12, field, &into, (&lead, ",", 1));
                add([field, ": ", field, ".into()"].concat(), Some(laid_out))
            }
            Presence::OptionalNullable => {
                add([field, ": crate::fields::Nullable::Absent"].concat(), None)
            }
            Presence::RequiredNullable | Presence::Optional => {
                add([field, ": None"].concat(), None)
            }
        }
    }
    if s.keeps_extra {
        add(format!("{EXTRA_FIELD}: Default::default()"), None);
    }
    let names = required
        .iter()
        .map(|f| ["`", &f.wire_name, "`"].concat())
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
    code += &struct_literal(8, ("", "Self"), &values, &broken, "");
    code + "    }\n"
}

/// The name of an optional field's setter: the field's, unless the struct or one of its
/// traits has a method of that name.
fn setter_name(f: &Field) -> std::borrow::Cow<'_, str> {
    let bare = naming::unraw(&f.rust_name);
    match TAKEN.contains(&bare) {
        true => format!("with_{bare}").into(),
        false => f.rust_name.as_str().into(),
    }
}

/// What the setter wraps its value in.
fn setter_wrapper(f: &Field) -> &'static str {
    match f.presence {
        Presence::OptionalNullable => "crate::fields::Nullable::Value",
        _ => "Some",
    }
}

/// A setter named as an operator's method (`sub`, a token's subject) has its shape:
/// clippy's `should_implement_trait` would take it for one.
fn operator_allowance(method: &str) -> &'static str {
    match OPERATOR_METHODS.contains(&method) {
        true => "    #[allow(clippy::should_implement_trait)]\n",
        false => "",
    }
}

/// The setter of an optional field.
fn setter(f: &Field) -> String {
    let field = &f.rust_name;
    let method = setter_name(f);
    let doc = doc_line(&[" Sets `", &f.wire_name, "`."].concat());
    let assignment = function_call(
        8,
        &["self.", field, " = "].concat(),
        setter_wrapper(f),
        &["value.into()"],
        ("", ";"),
    );
    let parameters = [Param::plain("mut self"), Param::typed("value", into(&f.ty))];
    let head = ["pub fn ", &method].concat();
    [
        &comment_text(&[doc], 4),
        operator_allowance(&method),
        &signature(4, &head, &parameters, &TypeText::leaf("Self")),
        &assignment,
        "        self\n    }\n",
    ]
    .concat()
}

/// For a nullable field, the setter of `null`.
fn null_setter(f: &Field, field_names: &[&str]) -> Option<String> {
    if f.presence != Presence::OptionalNullable {
        return None;
    }
    let field = &f.rust_name;
    let bare = naming::unraw(field);
    let null_doc = doc_line(&format!(
        " Sends `{}` as an explicit `null` (to clear it), rather than leaving it out.",
        f.wire_name
    ));
    let mut null_method = format!("{bare}_null");
    if field_names.contains(&null_method.as_str()) {
        null_method = format!("null_{bare}");
    }
    // `#[inline]`: the other setters are generic, so compiled only where they are
    // called; this one would otherwise be compiled here, with the drop code of the
    // field's whole type (the assignment drops the old value).
    Some(format!(
        "{}    #[inline]\n    pub fn {null_method}(mut self) -> Self {{
        self.{field} = crate::fields::Nullable::Null;
        self
    }}
",
        comment_text(&[null_doc], 4)
    ))
}

/// The setters of an optional field, as [`builder_code`] writes them (each before its
/// layout's check).
#[cfg(test)]
fn setters(f: &Field, field_names: &[&str]) -> Vec<String> {
    std::iter::once(setter(f))
        .chain(null_setter(f, field_names))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Docs;

    fn field(name: &str, presence: Presence) -> Field {
        Field {
            wire_name: name.to_owned(),
            rust_name: name.to_owned(),
            ty: TypeRef::Named(format!("T{name}")),
            presence,
            docs: Docs::default(),
            constraints: Default::default(),
            default: None,
        }
    }

    #[test]
    fn a_setter_named_as_an_operator_method_allows_clippy_s_lint() {
        // Google's `sub` (a token's subject): `fn sub(mut self, value) -> Self` is `Sub`'s shape.
        let allow = "#[allow(clippy::should_implement_trait)]";
        assert!(setters(&field("sub", Presence::Optional), &[])[0].contains(allow));
        assert!(!setters(&field("subject", Presence::Optional), &[])[0].contains(allow));
    }

    /// A setter written straight into the block is what the general path writes, and
    /// one whose signature or assignment would break is left to it, the block untouched.
    #[test]
    fn a_setter_written_straight_is_the_setter_the_general_path_writes() -> Result<()> {
        let (mut straight, mut general) = (0, 0);
        for length in 1..100 {
            for presence in [Presence::Optional, Presence::OptionalNullable] {
                let f = field(&"f".repeat(length), presence);
                for first in [true, false] {
                    let block = || Methods {
                        code: "impl X {\n".to_owned(),
                        first,
                    };
                    let (mut fast, mut slow) = (block(), block());
                    slow.add(setter(&f))?;
                    match fast.setter_on_lines_that_fit(&f) {
                        true => {
                            assert_eq!(fast.code, slow.code, "a field of {length}");
                            straight += 1;
                        }
                        false => {
                            assert_eq!((fast.code, fast.first), (block().code, first));
                            assert!(setter(&f).lines().count() > 5, "a field of {length}");
                            general += 1;
                        }
                    }
                }
            }
        }
        assert!(straight > 50 && general > 100, "{straight}, {general}");
        Ok(())
    }

    /// The constructor and setters of structs whose names grow past the margin, against
    /// prettyplease's layout of the same code where every line fits (or is one it leaves long).
    #[test]
    fn constructors_and_setters_break_where_prettyplease_breaks_them() {
        let (mut checked, mut broken_values, mut broken_setters) = (0, 0, 0);
        for length in 1..80 {
            let name = |prefix: &str| format!("{prefix}{}", "b".repeat(length));
            let s = Struct {
                fields: vec![
                    field(&name("a"), Presence::Required),
                    field("c", Presence::Required),
                    field(&name("d"), Presence::OptionalNullable),
                    field(&name("e"), Presence::Optional),
                ],
                keeps_extra: length % 2 == 0,
                defaultable: false,
            };
            let api = Api::default();
            let mut code = format!("impl X {{\n{}", constructor(&api, &s));
            for f in &s.fields[2..] {
                code.extend(setters(f, &[]));
            }
            code += "}\n";
            if !super::super::text::fits(&code) {
                continue;
            }
            let file: syn::File = syn::parse_str(&code).expect("the code parses");
            // The blank lines between methods are `builder_code`'s, not compared here.
            let lines = |text: &str| -> Vec<String> {
                text.lines()
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect()
            };
            assert_eq!(
                lines(&prettyplease::unparse(&file)),
                lines(&code),
                "fields of {length}"
            );
            checked += 1;
            broken_values += usize::from(code.contains("\n                .into(),"));
            broken_setters += usize::from(code.contains("::Value(\n"));
        }
        assert!(checked > 30, "{checked} layouts checked");
        assert!(
            broken_values > 1 && broken_setters > 1,
            "{broken_values}, {broken_setters}"
        );
    }

    /// Where a setter's lines do not all fit (a long field name), the block is what
    /// prettyplease makes of it whole, though only that setter went to prettyplease.
    #[test]
    fn setters_that_do_not_fit_are_laid_out_alone_as_in_the_whole_block() -> Result<()> {
        let mut long = 0;
        for length in 50..130 {
            let s = Struct {
                fields: vec![
                    field(&"d".repeat(length), Presence::OptionalNullable),
                    field("e", Presence::Optional),
                ],
                keeps_extra: true,
                defaultable: false,
            };
            let def = TypeDef {
                name: "X".to_owned(),
                docs: Default::default(),
                kind: TypeKind::Struct(s.clone()),
                constraints: Default::default(),
                source: String::new(),
            };
            let code = builder_code(&Api::default(), &def, &s)?;
            let file: syn::File = syn::parse_str(&code).expect("the code parses");
            let whole = super::super::space_items(&prettyplease::unparse(&file));
            assert_eq!(code, whole, "a field of {length}");
            long += usize::from(!fits(&code));
        }
        assert!(long > 20, "{long} blocks with lines over the margin");
        Ok(())
    }
}
