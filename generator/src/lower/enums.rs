//! String enumerations become open Rust enums: the listed values as variants, and one
//! fallback variant that keeps any other string, because the API adds values over time.

use std::collections::BTreeSet;

use super::{Lowerer, Slot};
use crate::ir::{Docs, EnumVariant, Fallback, StringEnum, TypeDef, TypeKind, TypeRef};
use crate::naming::{self, Names};

impl Lowerer<'_> {
    /// Defines an enum for `values`. `open_by_spec` marks `anyOf: [string, enum]`, where the
    /// spec itself allows any string.
    pub(super) fn lower_string_enum(
        &mut self,
        schema: &openapiv3::Schema,
        values: &[&str],
        open_by_spec: bool,
        slot: &Slot,
        pointer: &str,
    ) -> TypeRef {
        let docs = super::docs_of(schema);
        let name = self.claim_name(schema, slot);
        let key = (
            values.iter().map(|v| (*v).to_owned()).collect(),
            open_by_spec,
        );
        let made = self.state.enums.entry(key);
        let kind = TypeKind::Enum(
            made.or_insert_with(|| string_enum(values, open_by_spec))
                .clone(),
        );
        self.state.types.insert(
            name.clone(),
            TypeDef {
                name: name.clone(),
                docs,
                kind,
                constraints: Default::default(),
                source: pointer.to_owned(),
            },
        );
        TypeRef::Named(name)
    }
}

pub(super) fn string_enum(values: &[&str], open_by_spec: bool) -> StringEnum {
    let mut names = Names::with_capacity(values.len());
    let mut seen = BTreeSet::new();
    let mut variants = Vec::with_capacity(values.len());
    for value in values {
        if !seen.insert(*value) {
            continue;
        }
        variants.push(EnumVariant {
            rust_name: names.claim(naming::variant_name(value)),
            wire: (*value).to_owned(),
            docs: Docs::default(),
        });
    }
    let fallback = if open_by_spec { "Other" } else { "Unknown" };
    let fallback = if names.contains(fallback) {
        names.claim(format!("{fallback}Value"))
    } else {
        fallback.to_owned()
    };
    StringEnum {
        variants: variants.into(),
        fallback: Fallback {
            rust_name: fallback,
            open_by_spec,
        },
    }
}
