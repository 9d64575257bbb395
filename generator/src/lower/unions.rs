//! oneOf / anyOf become one Rust enum whose variants say how each member is recognised
//! (see [`Matcher`]): literal strings, objects by a tag property, JSON kinds, or trial.
//!
//! Nested unions are flattened into their parent, so `AssistantStreamEvent` (a oneOf of
//! oneOfs of events) is one enum with a variant per event.

use std::collections::BTreeMap;

use openapiv3::Schema;

use super::view::{view, RefOr, View};
use super::{docs_of, Hint, Lowered, Lowerer, Slot};
use crate::error::{pointer_push, Result};
use crate::ir::{JsonKind, Matcher, TypeKind, TypeRef, Union, UnionVariant};
use crate::naming::{self, Names};

/// Properties preferred as the tag, in order, when the spec names no discriminator.
const PREFERRED_TAGS: &[&str] = &["type", "event", "object", "kind"];

#[derive(Clone)]
struct Member<'a> {
    schema: RefOr<'a>,
    resolved: &'a Schema,
    component: Option<&'a str>,
    pointer: String,
}

impl<'a> Lowerer<'a> {
    pub(super) fn lower_union(
        &mut self,
        schema: &'a Schema,
        members: &[RefOr<'a>],
        keyword: &str,
        slot: &Slot,
        pointer: &str,
    ) -> Result<Lowered> {
        let mut flat = Vec::new();
        let mut nullable = schema.schema_data.nullable;
        self.flatten(
            members,
            &pointer_push(pointer, keyword),
            &mut flat,
            &mut nullable,
            0,
        )?;

        // anyOf [string, enum] and friends: one open string enumeration.
        let string_values: Option<Vec<Vec<&str>>> = flat
            .iter()
            .map(|m| match view(m.resolved) {
                View::String { values } => Some(values),
                _ => None,
            })
            .collect();
        if let Some(string_values) = string_values {
            let open = string_values.iter().any(Vec::is_empty);
            let values: Vec<&str> = string_values.into_iter().flatten().collect();
            let ty = if values.is_empty() {
                TypeRef::String
            } else {
                self.lower_string_enum(schema, &values, open, slot, pointer)
            };
            return Ok(Lowered { ty, nullable });
        }

        if let [only] = flat.as_slice() {
            let lowered = match (slot, only.schema) {
                (Slot::Component(_), RefOr::Item(item)) => {
                    self.lower_schema(item, slot.clone(), &only.pointer)?
                }
                _ => self.lower_ref_or(only.schema, Hint::Text(slot.base()), &only.pointer)?,
            };
            return Ok(Lowered {
                ty: lowered.ty,
                nullable: nullable || lowered.nullable,
            });
        }

        let name = self.claim_name(schema, slot);
        let union = self.classify(&name, schema, &flat)?;
        let ty = self.define(
            name,
            TypeKind::Union(union),
            docs_of(schema),
            schema,
            pointer,
        );
        Ok(Lowered { ty, nullable })
    }

    fn flatten(
        &self,
        members: &[RefOr<'a>],
        pointer: &str,
        out: &mut Vec<Member<'a>>,
        nullable: &mut bool,
        depth: usize,
    ) -> Result<()> {
        for (index, member) in members.iter().enumerate() {
            let member_pointer = pointer_push(pointer, &index.to_string());
            let (resolved, component) = self.resolve(*member, &member_pointer)?;
            let nested = match view(resolved) {
                View::OneOf(nested) => Some((nested, "oneOf")),
                View::AnyOf(nested) => Some((nested, "anyOf")),
                _ => None,
            };
            match nested {
                Some((nested, keyword)) if depth < 16 => {
                    *nullable |= resolved.schema_data.nullable;
                    let base = match component {
                        Some(name) => pointer_push("#/components/schemas", name),
                        None => member_pointer,
                    };
                    self.flatten(
                        &nested,
                        &pointer_push(&base, keyword),
                        out,
                        nullable,
                        depth + 1,
                    )?;
                }
                _ => out.push(Member {
                    schema: *member,
                    resolved,
                    component,
                    pointer: member_pointer,
                }),
            }
        }
        Ok(())
    }

    fn classify(
        &mut self,
        union_name: &str,
        schema: &'a Schema,
        members: &[Member<'a>],
    ) -> Result<Union> {
        let tag = self.choose_tag(schema, members)?;
        let mut names = Names::default();
        let mut literals = Vec::new();
        let mut tagged = Vec::new();
        let mut by_kind: BTreeMap<JsonKind, Vec<&Member<'a>>> = BTreeMap::new();
        let mut tried = Vec::new();
        let mut tag_values_seen = Vec::new();

        for member in members {
            let member_view = view(member.resolved);
            if let View::String { values } = &member_view {
                if values.is_empty() {
                    // A plain string: matched by its JSON kind below.
                    by_kind.entry(JsonKind::String).or_default().push(member);
                    continue;
                }
                for value in values {
                    // A value listed twice (in one member or two) matches once.
                    let seen =
                        |v: &UnionVariant| matches!(&v.matcher, Matcher::Literal(l) if l == value);
                    if literals.iter().any(seen) {
                        continue;
                    }
                    literals.push(UnionVariant {
                        rust_name: names.claim(naming::variant_name(value)),
                        docs: docs_of(member.resolved),
                        matcher: Matcher::Literal((*value).to_owned()),
                    });
                }
                continue;
            }
            if let Some(tag) = &tag {
                if let Some(value) = self.tag_value(member, tag, schema)? {
                    if !tag_values_seen.contains(&value) {
                        tag_values_seen.push(value.clone());
                        tagged.push((member, value));
                        continue;
                    }
                }
            }
            match json_kind(&member_view) {
                Some(kind) => by_kind.entry(kind).or_default().push(member),
                None => tried.push(member),
            }
        }

        let mut variants = literals;
        for (member, value) in tagged {
            let rust_name = names.claim(naming::variant_name(&value));
            let hint = Hint::Joined(union_name, &rust_name);
            let payload = self.lower_ref_or(member.schema, hint, &member.pointer)?.ty;
            variants.push(UnionVariant {
                rust_name,
                docs: docs_of(member.resolved),
                matcher: Matcher::Tagged {
                    value,
                    payload: Some(payload),
                },
            });
        }
        for (kind, kind_members) in by_kind {
            if kind_members.len() > 1 {
                tried.extend(kind_members);
                continue;
            }
            let member = kind_members[0];
            let rust_name = names.claim(self.member_variant_name(union_name, member, Some(kind)));
            let hint = Hint::Joined(union_name, &rust_name);
            let ty = self.lower_ref_or(member.schema, hint, &member.pointer)?.ty;
            variants.push(UnionVariant {
                rust_name,
                docs: docs_of(member.resolved),
                matcher: Matcher::Kind { kind, ty },
            });
        }
        // Keep the spec's order among members that can only be tried.
        tried.sort_by_key(|m| members.iter().position(|x| x.pointer == m.pointer));
        let mut tried_types = Vec::new();
        for member in tried {
            let base =
                self.member_variant_name(union_name, member, json_kind(&view(member.resolved)));
            let hint = Hint::Joined(union_name, &base);
            let ty = self.lower_ref_or(member.schema, hint, &member.pointer)?.ty;
            // Two members of the same Rust type (a date-time string and a plain one): the
            // second could never match.
            if tried_types.contains(&ty) {
                continue;
            }
            tried_types.push(ty.clone());
            let rust_name = names.claim(&base);
            variants.push(UnionVariant {
                rust_name,
                docs: docs_of(member.resolved),
                matcher: Matcher::Try(ty),
            });
        }

        let evolves = variants
            .iter()
            .any(|v| matches!(v.matcher, Matcher::Literal(_) | Matcher::Tagged { .. }));
        let fallback = evolves.then(|| names.claim("Unknown"));
        Ok(Union {
            tag,
            variants,
            fallback,
        })
    }

    /// The property that tells object members apart: the discriminator's, or the one most
    /// members fix to a single value (preferring `type`, `event`, ...).
    fn choose_tag(&self, schema: &'a Schema, members: &[Member<'a>]) -> Result<Option<String>> {
        if let Some(discriminator) = &schema.schema_data.discriminator {
            return Ok(Some(discriminator.property_name.clone()));
        }
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for member in members {
            for property in self.one_valued_properties(member)?.into_keys() {
                *counts.entry(property).or_default() += 1;
            }
        }
        let best = counts.values().copied().max().unwrap_or(0);
        if best == 0 {
            return Ok(None);
        }
        let preferred = PREFERRED_TAGS
            .iter()
            .find(|p| counts.get(**p) == Some(&best))
            .map(|p| (*p).to_owned());
        Ok(preferred.or_else(|| {
            counts
                .into_iter()
                .find(|(_, count)| *count == best)
                .map(|(property, _)| property)
        }))
    }

    /// The member's value of the tag property: its one-valued enum, or the discriminator's
    /// mapping to the member's component.
    fn tag_value(&self, member: &Member<'a>, tag: &str, schema: &Schema) -> Result<Option<String>> {
        if let Some(value) = self.one_valued_properties(member)?.remove(tag) {
            return Ok(Some(value));
        }
        let (Some(discriminator), Some(component)) =
            (&schema.schema_data.discriminator, member.component)
        else {
            return Ok(None);
        };
        if discriminator.property_name != tag {
            return Ok(None);
        }
        let target = format!("#/components/schemas/{component}");
        let mapped = discriminator
            .mapping
            .iter()
            .find(|(_, reference)| **reference == target || reference.as_str() == component)
            .map(|(value, _)| value.clone());
        Ok(mapped.or_else(|| {
            discriminator
                .mapping
                .is_empty()
                .then(|| component.to_owned())
        }))
    }

    /// Properties of an object member fixed to one string value, with that value.
    fn one_valued_properties(&self, member: &Member<'a>) -> Result<BTreeMap<String, String>> {
        let mut found = BTreeMap::new();
        let mut stack = vec![(member.resolved, member.pointer.clone())];
        while let Some((schema, pointer)) = stack.pop() {
            match view(schema) {
                View::Object(object) => {
                    for (name, property) in object.properties {
                        let (property, _) = self.resolve(RefOr::from(property), &pointer)?;
                        if let View::String { values } = view(property) {
                            if let [value] = values.as_slice() {
                                if object.required.contains(name) || found.is_empty() {
                                    found.insert(name.clone(), (*value).to_owned());
                                }
                            }
                        }
                    }
                }
                View::AllOf(parts) if stack.len() < 64 => {
                    for part in parts {
                        let (part, _) = self.resolve(part, &pointer)?;
                        stack.push((part, pointer.clone()));
                    }
                }
                _ => {}
            }
        }
        Ok(found)
    }

    fn member_variant_name(
        &self,
        union_name: &str,
        member: &Member<'a>,
        kind: Option<JsonKind>,
    ) -> String {
        if let RefOr::Ref(_) = member.schema {
            if let Some(component) = member.component {
                let component = self
                    .state
                    .component_names
                    .get(component)
                    .cloned()
                    .unwrap_or_else(|| naming::type_name(component));
                return naming::strip_common_prefix(union_name, &component);
            }
        }
        if let Some(title) = &member.resolved.schema_data.title {
            return naming::variant_name(title);
        }
        match kind {
            Some(JsonKind::String) => "Text".into(),
            Some(JsonKind::Array) => "Parts".into(),
            Some(JsonKind::Number) => "Number".into(),
            Some(JsonKind::Boolean) => "Boolean".into(),
            Some(JsonKind::Object) => "Object".into(),
            None => "Value".into(),
        }
    }
}

fn json_kind(view: &View<'_>) -> Option<JsonKind> {
    match view {
        View::String { .. } => Some(JsonKind::String),
        View::Integer { .. } | View::Number => Some(JsonKind::Number),
        View::Boolean => Some(JsonKind::Boolean),
        View::Array { .. } => Some(JsonKind::Array),
        View::Object(_) | View::AllOf(_) => Some(JsonKind::Object),
        View::OneOf(_) | View::AnyOf(_) | View::Any => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::error::Warnings;
    use crate::ir::TypeKind;
    use crate::select::{select, OperationFilter};

    /// The tag chosen for the union `U`, whose members are `members` (YAML flow mappings).
    fn tag_of(members: &[&str], discriminator: Option<&str>) -> Option<String> {
        let discriminator = discriminator
            .map(|p| format!(", discriminator: {{propertyName: {p}}}"))
            .unwrap_or_default();
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n\
             components:\n  schemas:\n    U: {{oneOf: [{}]{discriminator}}}\n",
            members.join(", ")
        );
        let spec = crate::load::load_str(&text).expect("the test spec loads");
        let selection = select(&spec, &OperationFilter::All, true).expect("selects");
        let api = super::super::lower(
            spec,
            &selection,
            &Default::default(),
            None,
            &mut Warnings::default(),
        )
        .expect("the test spec lowers");
        match &api.types["U"].kind {
            TypeKind::Union(union) => union.tag.clone(),
            other => panic!("U is not a union: {other:?}"),
        }
    }

    /// An object member whose properties are each fixed to one value.
    fn fixing(properties: &[(&str, &str)]) -> String {
        let fields: Vec<String> = properties
            .iter()
            .map(|(name, value)| format!("{name}: {{type: string, enum: [{value}]}}"))
            .collect();
        let required: Vec<&str> = properties.iter().map(|(name, _)| *name).collect();
        format!(
            "{{type: object, required: [{}], properties: {{{}, x: {{type: integer}}}}}}",
            required.join(", "),
            fields.join(", ")
        )
    }

    #[test]
    fn the_discriminator_names_the_tag() {
        let a = fixing(&[("type", "a"), ("object", "a")]);
        let b = fixing(&[("type", "b"), ("object", "b")]);
        assert_eq!(tag_of(&[&a, &b], Some("object")).as_deref(), Some("object"));
    }

    #[test]
    fn the_property_most_members_fix_is_the_tag() {
        let a = fixing(&[("type", "a"), ("shape", "round")]);
        let b = fixing(&[("shape", "square")]);
        let c = fixing(&[("shape", "flat")]);
        assert_eq!(tag_of(&[&a, &b, &c], None).as_deref(), Some("shape"));
    }

    #[test]
    fn ties_go_to_the_usual_tag_names_then_to_the_first_by_name() {
        let a = fixing(&[("event", "a"), ("type", "a")]);
        let b = fixing(&[("event", "b"), ("type", "b")]);
        assert_eq!(tag_of(&[&a, &b], None).as_deref(), Some("type"));
        let a = fixing(&[("zeta", "a"), ("object", "a")]);
        let b = fixing(&[("zeta", "b"), ("object", "b")]);
        assert_eq!(tag_of(&[&a, &b], None).as_deref(), Some("object"));
        let a = fixing(&[("beta", "a"), ("alpha", "a")]);
        let b = fixing(&[("beta", "b"), ("alpha", "b")]);
        assert_eq!(tag_of(&[&a, &b], None).as_deref(), Some("alpha"));
    }

    #[test]
    fn members_that_fix_nothing_have_no_tag() {
        let a = "{type: object, properties: {a: {type: string}}}";
        let b = "{type: object, properties: {b: {type: integer}}}";
        assert_eq!(tag_of(&[a, b], None), None);
    }
}
