//! Objects with properties become structs; `allOf` becomes one merged struct.

use std::collections::BTreeSet;

use openapiv3::Schema;

use super::view::{self, view, ObjectView, RefOr, View};
use super::{docs_of, Hint, Lowered, Lowerer, Slot};
use crate::error::{pointer_push, pointer_push_all, Result};
use crate::ir::{Constraints, Docs, Field, Presence, Struct, TypeKind, TypeRef, EXTRA_FIELD};
use crate::naming::{self, Names};

/// One property gathered for a struct, with the pointer it came from.
struct Property<'a> {
    wire_name: String,
    schema: RefOr<'a>,
    pointer: String,
}

impl<'a> Lowerer<'a> {
    pub(super) fn lower_object(
        &mut self,
        schema: &'a Schema,
        object: ObjectView<'a>,
        slot: &Slot,
        pointer: &str,
    ) -> Result<TypeRef> {
        let properties = object
            .properties
            .iter()
            .map(|(name, property)| Property {
                wire_name: name.clone(),
                schema: RefOr::from(property),
                pointer: pointer_push_all(pointer, &["properties", name]),
            })
            .collect();
        let required = object.required.iter().map(String::as_str).collect();
        self.lower_struct(schema, properties, &required, slot, pointer)
    }

    /// `allOf`: one member is that member (an alias, or a `$ref` made nullable); several
    /// are merged into one struct.
    pub(super) fn lower_all_of(
        &mut self,
        schema: &'a Schema,
        members: &[RefOr<'a>],
        slot: &Slot,
        pointer: &str,
    ) -> Result<Lowered> {
        let mut nullable = schema.schema_data.nullable;
        // Members that only annotate (`- nullable: true`, a lone description: the 3.0 idiom
        // for a nullable or documented `$ref`) are modifiers, not parts to merge.
        let mut parts = Vec::new();
        for member in members {
            match member {
                RefOr::Item(item) if is_annotation_only(item) => {
                    nullable |= item.schema_data.nullable
                }
                _ => parts.push(*member),
            }
        }
        let members = parts.as_slice();
        if let [only] = members {
            let member_pointer = pointer_push_all(pointer, &["allOf", "0"]);
            let lowered = self.lower_ref_or(*only, Hint::Text(slot.base()), &member_pointer)?;
            return Ok(Lowered {
                ty: lowered.ty,
                nullable: nullable || lowered.nullable,
            });
        }
        let mut properties = Vec::new();
        let mut required = BTreeSet::new();
        for (index, member) in members.iter().enumerate() {
            let member_pointer = pointer_push_all(pointer, &["allOf", &index.to_string()]);
            if !self.gather_properties(
                *member,
                &member_pointer,
                &mut properties,
                &mut required,
                0,
            )? {
                self.warnings.push(
                    "allOf with a member that is not an object: the member's constraints are not kept",
                    member_pointer,
                );
            }
        }
        let ty = self.lower_struct(schema, properties, &required, slot, pointer)?;
        Ok(Lowered { ty, nullable })
    }

    /// Adds an allOf member's properties (following references and nested allOf).
    /// Returns false if the member is not an object.
    fn gather_properties(
        &self,
        member: RefOr<'a>,
        pointer: &str,
        properties: &mut Vec<Property<'a>>,
        required: &mut BTreeSet<&'a str>,
        depth: usize,
    ) -> Result<bool> {
        if depth > 64 {
            return Ok(false);
        }
        let (schema, component) = self.resolve(member, pointer)?;
        let base = match component {
            Some(name) => pointer_push("#/components/schemas", name),
            None => pointer.to_owned(),
        };
        match view(schema) {
            View::Object(object) => {
                for (name, property) in object.properties {
                    let property_pointer = pointer_push_all(&base, &["properties", name]);
                    match properties.iter_mut().find(|p| &p.wire_name == name) {
                        // A later member restating a property refines it.
                        Some(existing) => {
                            existing.schema = RefOr::from(property);
                            existing.pointer = property_pointer;
                        }
                        None => properties.push(Property {
                            wire_name: name.clone(),
                            schema: RefOr::from(property),
                            pointer: property_pointer,
                        }),
                    }
                }
                required.extend(object.required.iter().map(String::as_str));
                Ok(true)
            }
            View::AllOf(members) => {
                let mut all = true;
                for (index, member) in members.iter().enumerate() {
                    let member_pointer = pointer_push_all(&base, &["allOf", &index.to_string()]);
                    all &= self.gather_properties(
                        *member,
                        &member_pointer,
                        properties,
                        required,
                        depth + 1,
                    )?;
                }
                Ok(all)
            }
            _ => Ok(false),
        }
    }

    fn lower_struct(
        &mut self,
        schema: &'a Schema,
        properties: Vec<Property<'a>>,
        required: &BTreeSet<&str>,
        slot: &Slot,
        pointer: &str,
    ) -> Result<TypeRef> {
        let name = self.claim_name(schema, slot);
        for missing in required
            .iter()
            .filter(|r| !properties.iter().any(|p| p.wire_name == **r))
        {
            self.warnings.push(
                format!("required property `{missing}` is not among the properties; ignored"),
                pointer.to_owned(),
            );
        }
        let mut field_names = Names::with_capacity(properties.len() + 1);
        // The field that keeps what the spec does not list has the same name in every type.
        field_names.claim_snake(EXTRA_FIELD);
        let mut fields = Vec::with_capacity(properties.len());
        for property in properties {
            let hint = Hint::Named(&name, &property.wire_name);
            let lowered = self.lower_ref_or(property.schema, hint, &property.pointer)?;
            let presence = match (
                required.contains(property.wire_name.as_str()),
                lowered.nullable,
            ) {
                (true, false) => Presence::Required,
                (true, true) => Presence::RequiredNullable,
                (false, false) => Presence::Optional,
                (false, true) => Presence::OptionalNullable,
            };
            let (docs, constraints, default) = match property.schema {
                RefOr::Item(schema) => (
                    self.state.texts.docs_of(schema),
                    view::constraints(schema),
                    schema.schema_data.default.clone(),
                ),
                RefOr::Ref(_) => (Docs::default(), Constraints::default(), None),
            };
            fields.push(Field {
                rust_name: field_names.claim_snake(naming::field_name(&property.wire_name)),
                wire_name: property.wire_name,
                ty: lowered.ty,
                presence,
                docs,
                constraints: constraints.into(),
                default,
            });
        }
        Ok(self.define(
            name,
            TypeKind::Struct(Struct {
                fields,
                keeps_extra: true,
                defaultable: false,
            }),
            docs_of(schema),
            schema,
            pointer,
        ))
    }
}

/// A schema that says nothing about the shape of the value (no type, properties, items,
/// enum or composition): only `nullable`, a description, a title or extensions.
fn is_annotation_only(schema: &Schema) -> bool {
    match &schema.schema_kind {
        openapiv3::SchemaKind::Any(any) => *any == openapiv3::AnySchema::default(),
        _ => false,
    }
}
