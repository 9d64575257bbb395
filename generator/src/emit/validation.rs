//! `Validate` for every type a request body reaches: the spec's limits (ranges, lengths,
//! item and entry counts, key lengths), checked before sending, each failure named by the
//! path of its field.

use std::collections::BTreeSet;

use super::text::{function_call, impl_header, indentation, string_literal, TextItem};
use super::Piece;
use crate::ir::{Api, Constraints, IntWidth, Presence, TypeDef, TypeKind, TypeRef};

/// Types reachable from request bodies, by name.
pub fn request_types(api: &Api) -> BTreeSet<String> {
    let mut reached = BTreeSet::new();
    let mut stack: Vec<&TypeRef> = api
        .operations
        .iter()
        .filter_map(|op| op.request_body.as_ref().map(|b| &b.ty))
        .collect();
    while let Some(ty) = stack.pop() {
        match ty {
            TypeRef::Named(name) => {
                if !reached.insert(name.clone()) {
                    continue;
                }
                match api.types.get(name).map(|d| &d.kind) {
                    Some(TypeKind::Struct(s)) => stack.extend(s.fields.iter().map(|f| &f.ty)),
                    Some(TypeKind::Alias(ty)) => stack.push(ty),
                    Some(TypeKind::Union(u)) => {
                        stack.extend(u.variants.iter().filter_map(|v| v.matcher.payload()))
                    }
                    Some(TypeKind::Enum(_)) | None => {}
                }
            }
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::Boxed(inner) => stack.push(inner),
            _ => {}
        }
    }
    reached
}

/// The module's first lines, before its items.
pub const VALIDATION_HEAD: &str = "//! Checks of request types against the spec's limits.
use crate::error::ValidationError;
use crate::types;

#[allow(unused_imports)]
use crate::validate::{field, index, key, push, Validate};
";

/// The module's head when no request body holds an object or a union (nothing to check).
pub const VALIDATION_HEAD_EMPTY: &str =
    "//! Checks of request types against the spec's limits: none, as no request body holds an\n//! object or a union.\n";

/// The module's items after its head: one `impl` block a type, under the type's own
/// `#[cfg]` (its features), written as text.
pub fn validation_items(api: &Api) -> Vec<(Piece, &[String])> {
    request_types(api)
        .into_iter()
        .filter_map(|name| api.types.get(&name))
        .filter_map(|def| {
            let features = super::features::type_features(api, &def.name);
            Some((Piece::Text(TextItem::code(impl_code(api, def)?)), features))
        })
        .collect()
}

/// Whether a request body of this type is checked before sending: it is (or holds, in
/// lists, maps and options) a struct or union with its own `Validate` impl.
pub fn is_validated(api: &Api, ty: &TypeRef) -> bool {
    match api.resolve_alias(ty) {
        TypeRef::Named(name) => has_impl(api, name),
        other => other.inner().is_some_and(|inner| is_validated(api, inner)),
    }
}

/// Whether a named type has its own `Validate` impl (structs and unions do).
fn has_impl(api: &Api, name: &str) -> bool {
    matches!(
        api.types.get(name).map(|d| &d.kind),
        Some(TypeKind::Struct(_) | TypeKind::Union(_))
    )
}

/// The named type a field's values are of, through aliases, lists, maps, nullables and
/// boxes.
fn innermost<'a>(api: &'a Api, ty: &'a TypeRef) -> Option<&'a str> {
    match api.resolve_alias(ty) {
        TypeRef::Named(name) => Some(name),
        other => innermost(api, other.inner()?),
    }
}

fn impl_code(api: &Api, def: &TypeDef) -> Option<String> {
    let body = match &def.kind {
        TypeKind::Struct(s) => {
            let mut body = String::new();
            // Fields that only lead back to this type check nothing unless another field
            // does (and alone, `errors` would be passed only to itself: clippy's
            // `only_used_in_recursion`, as in AWS's `Mapping { children: Vec<Mapping> }`).
            let recursion_only = |f: &&crate::ir::Field| {
                f.constraints.is_empty() && innermost(api, &f.ty) == Some(def.name.as_str())
            };
            let checked = s.fields.iter().filter(|f| !recursion_only(f));
            let fields: Vec<&crate::ir::Field> = match checked
                .clone()
                .any(|f| checks(api, "value", &f.ty, &f.constraints, (12, 0)).is_some())
            {
                true => s.fields.iter().collect(),
                false => Vec::new(),
            };
            for f in fields {
                let Some(check) = checks(api, "value", &f.ty, &f.constraints, (12, 0)) else {
                    continue;
                };
                let path = format!(
                    "            let path = &field(path, {});\n",
                    string_literal(&f.wire_name)
                );
                body += &match f.presence {
                    Presence::Required => format!(
                        "        {{\n            let value = &self.{};\n{path}{check}        }}\n",
                        f.rust_name
                    ),
                    _ => format!(
                        "        if let Some(value) = self.{}.as_ref() {{\n{path}{check}        }}\n",
                        f.rust_name
                    ),
                };
            }
            match body.is_empty() {
                true => NOTHING.to_owned(),
                false => body,
            }
        }
        TypeKind::Union(u) => {
            let none = Constraints::default();
            let check = |ty: &TypeRef, indent: usize| checks(api, "value", ty, &none, (indent, 0));
            let arms: Vec<(String, &TypeRef)> = u
                .variants
                .iter()
                .filter_map(|v| {
                    let ty = v.matcher.payload()?;
                    check(ty, 0)?;
                    Some((format!("Self::{}(value)", v.rust_name), ty))
                })
                .collect();
            match arms.as_slice() {
                [] => NOTHING.to_owned(),
                [(pattern, ty)] => {
                    let check = check(ty, 12).unwrap_or_default();
                    format!("        if let {pattern} = self {{\n{check}        }}\n")
                }
                _ => {
                    let mut body = "        match self {\n".to_owned();
                    let mut guarded = false;
                    for (pattern, ty) in &arms {
                        let check = arm_body(check(ty, 16), || check(ty, 12));
                        // An arm that is one `if` is a guard (clippy's `collapsible_match`).
                        match lone_if(&check) {
                            Some((condition, inner)) => {
                                guarded = true;
                                body += &format!(
                                    "            {pattern} if {condition} => {{\n{inner}            }}\n"
                                );
                            }
                            None => {
                                body += &format!(
                                    "            {pattern} => {{\n{check}            }}\n"
                                );
                            }
                        }
                    }
                    // A wildcard only where some variant has nothing to check, or a guard
                    // lets its variant through.
                    if guarded || arms.len() != u.variants.len() + usize::from(u.fallback.is_some())
                    {
                        body += "            _ => {}\n";
                    }
                    body + "        }\n"
                }
            }
        }
        TypeKind::Enum(_) | TypeKind::Alias(_) => return None,
    };
    // `#[inline]` for the reason the client's methods are (`operations::Method::code`): a
    // non-generic function is compiled where it is defined, and a program validates only the
    // bodies it sends.
    Some(format!(
        "{}    #[inline]\n    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {{\n{body}    }}\n}}\n",
        impl_header("impl Validate", &format!("types::{}", def.name))
    ))
}

/// An arm's statements (at 16 spaces): prettyplease writes an arm whose body is one block
/// without that block's braces, so a check that is one block is taken one level up
/// (`outer`, at 12 spaces) without its first and last lines.
fn arm_body(check: Option<String>, outer: impl Fn() -> Option<String>) -> String {
    let check = check.unwrap_or_default();
    let at_arm_level = |line: &&str| line.len() - line.trim_start().len() == 16;
    let lines: Vec<&str> = check.lines().filter(at_arm_level).collect();
    if lines != ["                {", "                }"] {
        return check;
    }
    let outer = outer().unwrap_or_default();
    let inner: Vec<&str> = outer.lines().collect();
    match inner.as_slice() {
        [_, inner @ .., _] => inner.iter().map(|line| format!("{line}\n")).collect(),
        _ => check,
    }
}

/// An arm's body (16 spaces in) that is one `if` without `else`: its condition, and its
/// inner lines brought 4 spaces out, for the arm's guard and body.
fn lone_if(check: &str) -> Option<(&str, String)> {
    let lines: Vec<&str> = check.lines().collect();
    let (first, rest) = lines.split_first()?;
    let (last, inner) = rest.split_last()?;
    let condition = first
        .strip_prefix("                if ")?
        .strip_suffix(" {")?;
    let at_arm_level = |line: &&str| line.len() - line.trim_start().len() <= 16;
    if *last != "                }" || inner.iter().any(at_arm_level) {
        return None;
    }
    let inner = inner
        .iter()
        .map(|line| format!("{}\n", line.strip_prefix("    ").unwrap_or(line)))
        .collect();
    Some((condition, inner))
}

/// The body of a check of nothing: its parameters used.
const NOTHING: &str = "        let _ = (path, errors);\n";

/// A bound as a literal of the value's own type, so no cast is needed.
fn bound(value: f64, integer: bool) -> String {
    if integer && value.fract() == 0.0 && value.abs() < 9.0e18 {
        proc_macro2::Literal::i64_unsuffixed(value as i64).to_string()
    } else {
        proc_macro2::Literal::f64_unsuffixed(value).to_string()
    }
}

/// `if {condition} { push(errors, {path}, format!({message}, {shown})); }` at `indent`.
fn failure(indent: usize, condition: &str, path: &str, message: &str, shown: &str) -> String {
    let pad = indentation(indent);
    let args = [
        "errors".to_owned(),
        path.to_owned(),
        format!("format!({}, {shown})", string_literal(message)),
    ];
    format!(
        "{pad}if {condition} {{\n{}{pad}}}\n",
        function_call(indent + 4, "", "push", &args, ("", ";"))
    )
}

/// Checks of `value` (a reference to a value of type `ty`) at `path` (a `&str`-like
/// binding named `path` in scope), as statements at `indent` spaces, or `None` when there
/// is nothing to check.
fn checks(
    api: &Api,
    value: &str,
    ty: &TypeRef,
    c: &Constraints,
    (indent, depth): (usize, usize),
) -> Option<String> {
    if depth > 8 {
        return None;
    }
    let pad = indentation(indent);
    let deeper = (indent + 4, depth + 1);
    let here = "path.to_string()";
    let mut out = String::new();
    match ty {
        TypeRef::Integer(_) | TypeRef::Number => {
            let integer = matches!(ty, TypeRef::Integer(_));
            let exact = c
                .minimum
                .into_iter()
                .chain(c.maximum)
                .all(|b| b.fract() == 0.0);
            // An integer compared with a fractional bound is widened first.
            let as_f64 = match integer && !exact {
                true => format!("(*{value} as f64)"),
                false => format!("*{value}"),
            };
            let integer = integer && exact;
            // A bound the Rust type cannot pass cannot be broken, and its comparison would
            // not compile or would warn as useless (`i32` against 2147483647). `i64`'s own
            // limits are not exact in `f64`: bounds past ±9e18 go unchecked.
            let (lowest, highest) = match ty {
                TypeRef::Integer(IntWidth::I32) if integer => {
                    (f64::from(i32::MIN), f64::from(i32::MAX))
                }
                _ if integer => (-9.0e18, 9.0e18),
                _ => (f64::NEG_INFINITY, f64::INFINITY),
            };
            let minimum = c
                .minimum
                .filter(|b| *b > lowest || (*b == lowest && c.exclusive_minimum));
            let maximum = c
                .maximum
                .filter(|b| *b < highest || (*b == highest && c.exclusive_maximum));
            if let Some(min) = minimum {
                let (test, word) = match c.exclusive_minimum {
                    true => ("<=", "greater than"),
                    false => ("<", "at least"),
                };
                let condition = format!("{as_f64} {test} {}", bound(min, integer));
                let message = format!("must be {word} {min}, is {{}}");
                out += &failure(indent, &condition, here, &message, value);
            }
            if let Some(max) = maximum {
                let (test, word) = match c.exclusive_maximum {
                    true => (">=", "less than"),
                    false => (">", "at most"),
                };
                let condition = format!("{as_f64} {test} {}", bound(max, integer));
                let message = format!("must be {word} {max}, is {{}}");
                out += &failure(indent, &condition, here, &message, value);
            }
        }
        TypeRef::String => {
            // `minLength: 0` holds anyway (and `length < 0` warns as useless).
            let min_length = c.min_length.filter(|min| *min > 0);
            if min_length.is_some() || c.max_length.is_some() {
                out += &format!("{pad}{{\n{pad}    let length = {value}.chars().count();\n");
                if let Some(min) = min_length {
                    let message = format!("must have at least {min} characters, has {{}}");
                    out += &failure(
                        indent + 4,
                        &format!("length < {min}"),
                        here,
                        &message,
                        "length",
                    );
                }
                if let Some(max) = c.max_length {
                    let message = format!("must have at most {max} characters, has {{}}");
                    out += &failure(
                        indent + 4,
                        &format!("length > {max}"),
                        here,
                        &message,
                        "length",
                    );
                }
                out += &format!("{pad}}}\n");
            }
        }
        TypeRef::Array(item) => {
            let length = format!("{value}.len()");
            // `minItems: 0` holds anyway; `len() < 1` is `is_empty()` (clippy's `len_zero`).
            if let Some(min) = c.min_items.filter(|min| *min > 0) {
                let message = format!("must have at least {min} items, has {{}}");
                let condition = match min {
                    1 => format!("{value}.is_empty()"),
                    _ => format!("{length} < {min}"),
                };
                out += &failure(indent, &condition, here, &message, &length);
            }
            if let Some(max) = c.max_items {
                let message = format!("must have at most {max} items, has {{}}");
                let condition = more_than(value, max);
                out += &failure(indent, &condition, here, &message, &length);
            }
            let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
            if let Some(check) = checks(api, "item", item, &item_constraints, deeper) {
                out += &format!(
                    "{pad}for (position, item) in {value}.iter().enumerate() {{\n{pad}    let path = &index(path, position);\n{check}{pad}}}\n"
                );
            }
        }
        TypeRef::Map(item) => {
            if let Some(max) = c.max_properties {
                let length = format!("{value}.len()");
                let message = format!("must have at most {max} entries, has {{}}");
                out += &failure(indent, &more_than(value, max), here, &message, &length);
            }
            let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
            let key_check = c.max_key_length.map(|max| {
                let message = format!("keys must have at most {max} characters, has {{}}");
                format!("{pad}    let length = name.chars().count();\n")
                    + &failure(
                        indent + 4,
                        &format!("length > {max}"),
                        "key(path, name)",
                        &message,
                        "length",
                    )
            });
            let value_check = checks(
                api,
                "item",
                item,
                &item_constraints,
                (indent + 8, depth + 1),
            )
            .map(|check| {
                format!(
                    "{pad}    {{\n{pad}        let path = &key(path, name);\n{check}{pad}    }}\n"
                )
            });
            if key_check.is_some() || value_check.is_some() {
                out += &format!(
                    "{pad}for (name, item) in {value}.iter() {{\n{}{}{pad}}}\n",
                    key_check.unwrap_or_default(),
                    value_check.unwrap_or_default()
                );
            }
        }
        TypeRef::Nullable(inner) => {
            if let Some(check) = checks(api, "inner", inner, c, deeper) {
                out += &format!("{pad}if let Some(inner) = {value} {{\n{check}{pad}}}\n");
            }
        }
        TypeRef::Boxed(inner) => {
            if let Some(check) = checks(api, "inner", inner, c, deeper) {
                out += &format!("{pad}{{\n{pad}    let inner = &**{value};\n{check}{pad}}}\n");
            }
        }
        TypeRef::Named(name) => match api.types.get(name).map(|d| &d.kind) {
            Some(TypeKind::Alias(target)) => {
                // An alias has no impl of its own: its limits apply here.
                let alias: &Constraints = &api.types[name].constraints;
                let merged = if c.is_empty() {
                    alias.clone()
                } else {
                    c.clone()
                };
                if let Some(check) = checks(api, value, target, &merged, (indent, depth + 1)) {
                    out += &check;
                }
            }
            _ if has_impl(api, name) => {
                out += &format!("{pad}{value}.validate_at(path, errors);\n")
            }
            _ => {}
        },
        TypeRef::Boolean | TypeRef::Json | TypeRef::Binary => {}
    }
    (!out.is_empty()).then_some(out)
}

/// Whether the list or map `value` holds more than `max` entries; for `0` (AppVeyor's
/// `maxItems: 0`), `!is_empty()`, as clippy's `len_zero` asks.
fn more_than(value: &str, max: usize) -> String {
    match max {
        0 => format!("!{value}.is_empty()"),
        _ => format!("{value}.len() > {max}"),
    }
}

#[cfg(test)]
mod tests {
    use super::{arm_body, checks};
    use crate::ir::{Api, Constraints, IntWidth, TypeRef};

    #[test]
    fn bounds_the_type_holds_anyway_are_not_checked() {
        let api = Api::default();
        let int32 = TypeRef::Integer(IntWidth::I32);
        let bounds = |minimum: f64, maximum: f64, exclusive: bool| {
            let c = Constraints {
                minimum: Some(minimum),
                maximum: Some(maximum),
                exclusive_minimum: exclusive,
                exclusive_maximum: exclusive,
                ..Constraints::default()
            };
            checks(&api, "value", &int32, &c, (0, 0)).unwrap_or_default()
        };
        // Azure's `format: int32, maximum: 2147483647`: `*value > 2147483647` warns.
        let text = bounds(0.0, 2147483647.0, false);
        assert!(text.contains("*value < 0"), "{text}");
        assert!(!text.contains("2147483647"), "{text}");
        // Past the type's range: the literal would not compile.
        assert!(!bounds(-3.0e9, 3.0e9, false).contains("*value"));
        // Exclusive at the limit: the limit itself is out.
        let text = bounds(-2147483648.0, 2147483647.0, true);
        assert!(text.contains("*value >= 2147483647"), "{text}");
        assert!(text.contains("*value <= -2147483648"), "{text}");
    }

    #[test]
    fn bounds_of_zero_and_one_on_lengths_read_as_clippy_asks() {
        let api = Api::default();
        let list = TypeRef::Array(Box::new(TypeRef::String));
        let check = |ty: &TypeRef, c: Constraints| {
            checks(&api, "value", ty, &c, (0, 0)).unwrap_or_default()
        };
        let items = |min| Constraints {
            min_items: Some(min),
            ..Constraints::default()
        };
        assert!(check(&list, items(1)).contains("if value.is_empty() {"));
        assert!(check(&list, items(2)).contains("if value.len() < 2 {"));
        assert_eq!(check(&list, items(0)), "");
        let at_most = |max| Constraints {
            max_items: Some(max),
            ..Constraints::default()
        };
        assert!(check(&list, at_most(0)).contains("if !value.is_empty() {"));
        assert!(check(&list, at_most(3)).contains("if value.len() > 3 {"));
        let map = TypeRef::Map(Box::new(TypeRef::String));
        let entries = Constraints {
            max_properties: Some(0),
            ..Constraints::default()
        };
        assert!(check(&map, entries).contains("if !value.is_empty() {"));
        let text = Constraints {
            min_length: Some(0),
            ..Constraints::default()
        };
        assert_eq!(check(&TypeRef::String, text), "");
    }

    #[test]
    fn an_arm_that_is_one_block_loses_its_braces() {
        let pad = |n: usize, line: &str| format!("{}{line}\n", " ".repeat(n));
        let block = |n: usize| pad(n, "{") + &pad(n + 4, "let inner = &**value;") + &pad(n, "}");
        let body = arm_body(Some(block(16)), || Some(block(12)));
        assert_eq!(body, pad(16, "let inner = &**value;"));
        let two_blocks = block(16) + &block(16);
        assert_eq!(arm_body(Some(two_blocks.clone()), || None), two_blocks);
        let statement = pad(16, "value.validate_at(path, errors);");
        assert_eq!(arm_body(Some(statement.clone()), || None), statement);
    }
}
