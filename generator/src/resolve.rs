//! References, one rule for select and lower alike. A reference is
//! `#/components/<section>/<name>`; a chain of them is followed to an item. A name the
//! section does not have is the dangling-reference error, a chain that comes back to a name
//! it passed is a cycle (both `BadReference`, at the pointer of the reference), and a
//! reference into another file or section is `Unsupported`.

use std::borrow::Borrow;
use std::collections::BTreeSet;

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, Components, MediaType, OpenAPI, ParameterSchemaOrContent, ReferenceOr,
    Schema, SchemaKind, Type,
};

use crate::error::{Error, ErrorKind, Result};

/// A schema, or a reference to one: `openapiv3`'s two spellings (`Schema` and
/// `Box<Schema>`) as one borrowed value.
#[derive(Clone, Copy, Debug)]
pub(crate) enum RefOr<'a> {
    Ref(&'a str),
    Item(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for RefOr<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => RefOr::Ref(reference),
            ReferenceOr::Item(schema) => RefOr::Item(schema),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for RefOr<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => RefOr::Ref(reference),
            ReferenceOr::Item(schema) => RefOr::Item(schema),
        }
    }
}

/// The schemas written inside `schema` (properties, items, map values, members, `not`), in
/// the order a walk with a stack takes them; the one list of where a schema nests another.
pub(crate) fn subschemas<'a>(schema: &'a Schema, out: &mut Vec<RefOr<'a>>) {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => {
            out.extend(object.properties.values().map(RefOr::from));
            if let Some(AdditionalProperties::Schema(values)) = &object.additional_properties {
                out.push(RefOr::from(&**values));
            }
        }
        SchemaKind::Type(Type::Array(array)) => out.extend(array.items.iter().map(RefOr::from)),
        SchemaKind::Type(_) => {}
        SchemaKind::OneOf { one_of: members }
        | SchemaKind::AnyOf { any_of: members }
        | SchemaKind::AllOf { all_of: members } => out.extend(members.iter().map(RefOr::from)),
        SchemaKind::Not { not } => out.push(RefOr::from(&**not)),
        SchemaKind::Any(any) => {
            out.extend(any.properties.values().map(RefOr::from));
            if let Some(AdditionalProperties::Schema(values)) = &any.additional_properties {
                out.push(RefOr::from(&**values));
            }
            out.extend(any.items.iter().map(RefOr::from));
            for members in [&any.one_of, &any.any_of, &any.all_of] {
                out.extend(members.iter().map(RefOr::from));
            }
            if let Some(not) = &any.not {
                out.push(RefOr::from(&**not));
            }
        }
    }
}

/// The schemas of a list of media types (a body's, an answer's `content`), in its order.
pub(crate) fn media_schemas(
    content: &IndexMap<String, MediaType>,
) -> impl Iterator<Item = RefOr<'_>> {
    content
        .values()
        .filter_map(|media| media.schema.as_ref().map(RefOr::from))
}

/// The schemas of a parameter's or a header's `schema` or `content`.
pub(crate) fn format_schemas(format: &ParameterSchemaOrContent) -> impl Iterator<Item = RefOr<'_>> {
    let (schema, content) = match format {
        ParameterSchemaOrContent::Schema(schema) => (Some(RefOr::from(schema)), None),
        ParameterSchemaOrContent::Content(content) => (None, Some(content)),
    };
    schema
        .into_iter()
        .chain(content.into_iter().flat_map(media_schemas))
}

/// The component a reference names in `section` (`schemas`, `parameters`, ...).
pub(crate) fn component_name<'r>(
    reference: &'r str,
    section: &str,
    pointer: &str,
) -> Result<&'r str> {
    let name = reference
        .strip_prefix("#/components/")
        .and_then(|rest| rest.strip_prefix(section))
        .and_then(|rest| rest.strip_prefix('/'));
    match name {
        Some(name) if !name.contains('/') => Ok(name),
        _ if !reference.starts_with('#') => Err(Error::new(
            ErrorKind::Unsupported,
            format!("`{reference}` refers to another file"),
        )
        .at(pointer)
        .with_hint("bundle the spec into one file first (e.g. `redocly bundle`)")),
        _ => Err(Error::new(
            ErrorKind::Unsupported,
            format!("`{reference}` is not a reference to a component of `{section}`"),
        )
        .at(pointer)
        .with_hint(format!(
            "expected a reference to #/components/{section}/<Name>"
        ))),
    }
}

/// Follows `value` through `section` to an item; with the name of the last component on the
/// way, if there was one. The item may be held boxed (`I` is `T` or `Box<T>`: the model's
/// parameters are boxed, the components' are not).
pub(crate) fn component<'a, T, I: Borrow<T>>(
    spec: &'a OpenAPI,
    value: &'a ReferenceOr<I>,
    section: &str,
    pointer: &str,
    pick: impl Fn(&'a Components) -> &'a IndexMap<String, ReferenceOr<T>>,
) -> Result<(&'a T, Option<&'a str>)> {
    match value {
        ReferenceOr::Item(item) => Ok((item.borrow(), None)),
        ReferenceOr::Reference { reference } => {
            follow(spec, reference, section, pointer, pick).map(|(item, name)| (item, Some(name)))
        }
    }
}

/// Follows a schema reference to a schema, with the component it is (if it is one).
pub(crate) fn schema<'a>(
    spec: &'a OpenAPI,
    value: RefOr<'a>,
    pointer: &str,
) -> Result<(&'a Schema, Option<&'a str>)> {
    match value {
        RefOr::Item(schema) => Ok((schema, None)),
        RefOr::Ref(reference) => follow(spec, reference, "schemas", pointer, |c| &c.schemas)
            .map(|(schema, name)| (schema, Some(name))),
    }
}

/// The one rule: references are followed until an item; a name seen twice is a cycle, a
/// name that is not there is a dangling reference.
fn follow<'a, T>(
    spec: &'a OpenAPI,
    reference: &'a str,
    section: &str,
    pointer: &str,
    pick: impl Fn(&'a Components) -> &'a IndexMap<String, ReferenceOr<T>>,
) -> Result<(&'a T, &'a str)> {
    let mut reference = reference;
    // Most references lead to an item at once: a name is kept (and the set allocated) only
    // once it leads to another reference.
    let mut seen = BTreeSet::new();
    loop {
        let name = component_name(reference, section, pointer)?;
        if seen.contains(&name) {
            return Err(Error::new(
                ErrorKind::BadReference,
                format!("`{reference}` is part of a cycle of references"),
            )
            .at(pointer)
            .with_hint("a chain of `$ref`s must end in an item"));
        }
        let (key, next) = spec
            .components
            .as_ref()
            .map(&pick)
            .and_then(|components| components.get_key_value(name))
            .ok_or_else(|| dangling(reference, section, pointer))?;
        match next {
            ReferenceOr::Item(item) => return Ok((item, key.as_str())),
            ReferenceOr::Reference { reference: next } => {
                seen.insert(name);
                reference = next;
            }
        }
    }
}

/// The error of a reference to a component that is not there.
pub(crate) fn dangling(reference: &str, section: &str, pointer: &str) -> Error {
    Error::new(
        ErrorKind::BadReference,
        format!("`{reference}` points to nothing"),
    )
    .at(pointer)
    .with_hint(format!(
        "check the spelling, or add it under components/{section}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:
  schemas:
    A: {$ref: '#/components/schemas/B'}
    B: {type: string}
    Loop1: {$ref: '#/components/schemas/Loop2'}
    Loop2: {$ref: '#/components/schemas/Loop1'}
    Itself: {$ref: '#/components/schemas/Itself'}
    Gone: {$ref: '#/components/schemas/Nowhere'}
  parameters:
    Shared: {$ref: '#/components/parameters/Limit'}
    Limit: {name: limit, in: query, schema: {type: integer}}
";

    fn spec() -> OpenAPI {
        crate::load::load_str(SPEC)
            .expect("the test spec loads")
            .spec
    }

    fn schema_error(reference: &str) -> Error {
        let spec = spec();
        let result = schema(&spec, RefOr::Ref(reference), "#/here").map(|(_, name)| name);
        result.expect_err("an error")
    }

    #[test]
    fn chains_end_in_the_item_and_name_the_last_component() -> Result<()> {
        let spec = spec();
        let (b, name) = schema(&spec, RefOr::Ref("#/components/schemas/A"), "#/here")?;
        assert_eq!(name, Some("B"));
        assert!(matches!(b.schema_kind, openapiv3::SchemaKind::Type(_)));
        let shared: crate::model::ParameterRef =
            ReferenceOr::ref_("#/components/parameters/Shared");
        let (limit, name) = component(&spec, &shared, "parameters", "#/here", |c| &c.parameters)?;
        assert_eq!(limit.parameter_data_ref().name, "limit");
        assert_eq!(name, Some("Limit"));
        Ok(())
    }

    #[test]
    fn a_miss_anywhere_on_the_chain_is_a_dangling_reference_at_the_pointer() {
        for reference in ["#/components/schemas/Missing", "#/components/schemas/Gone"] {
            let error = schema_error(reference);
            assert_eq!(error.kind, ErrorKind::BadReference, "{error}");
            assert_eq!(error.pointer.as_deref(), Some("#/here"), "{error}");
            assert!(error.message.contains("points to nothing"), "{error}");
        }
    }

    #[test]
    fn a_cycle_is_a_bad_reference() {
        for (reference, named) in [
            (
                "#/components/schemas/Loop1",
                "`#/components/schemas/Loop1` is part",
            ),
            (
                "#/components/schemas/Itself",
                "`#/components/schemas/Itself` is part",
            ),
        ] {
            let error = schema_error(reference);
            assert_eq!(error.kind, ErrorKind::BadReference, "{error}");
            assert!(error.message.contains("cycle"), "{error}");
            // The reference that came back to a name already on the chain.
            assert!(error.message.starts_with(named), "{error}");
        }
    }

    #[test]
    fn other_files_and_other_sections_are_unsupported() {
        let error = schema_error("other.yaml#/B");
        assert_eq!(error.kind, ErrorKind::Unsupported, "{error}");
        assert!(error.message.contains("another file"), "{error}");
        let error = schema_error("#/components/parameters/Limit");
        assert_eq!(error.kind, ErrorKind::Unsupported, "{error}");
        assert!(error.message.contains("`schemas`"), "{error}");
    }
}
