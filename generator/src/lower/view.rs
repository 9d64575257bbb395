//! A uniform, borrowed view of an `openapiv3` schema.
//!
//! `openapiv3` splits schemas into typed kinds and a catch-all `AnySchema` for the mixed
//! ones; lowering wants one answer to "what shape is this?" whichever way it was parsed.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, ReferenceOr, Schema, SchemaKind, Type,
    VariantOrUnknownOrEmpty,
};

use crate::ir::{Constraints, IntWidth};

pub(crate) use crate::resolve::RefOr;

pub type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

#[derive(Clone, Copy, Debug)]
pub struct ObjectView<'a> {
    pub properties: &'a Properties,
    pub required: &'a [String],
    pub additional: Option<&'a AdditionalProperties>,
}

#[derive(Clone, Debug)]
pub enum View<'a> {
    Object(ObjectView<'a>),
    Array { items: Option<RefOr<'a>> },
    String { values: Vec<&'a str> },
    Integer { width: IntWidth },
    Number,
    Boolean,
    OneOf(Vec<RefOr<'a>>),
    AnyOf(Vec<RefOr<'a>>),
    AllOf(Vec<RefOr<'a>>),
    Any,
}

pub fn view(schema: &Schema) -> View<'_> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => View::Object(ObjectView {
            properties: &object.properties,
            required: &object.required,
            additional: object.additional_properties.as_ref(),
        }),
        SchemaKind::Type(Type::Array(array)) => View::Array {
            items: array.items.as_ref().map(RefOr::from),
        },
        SchemaKind::Type(Type::String(string)) => View::String {
            values: string
                .enumeration
                .iter()
                .flatten()
                .map(String::as_str)
                .collect(),
        },
        SchemaKind::Type(Type::Integer(integer)) => View::Integer {
            width: match integer.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => IntWidth::I32,
                _ => IntWidth::I64,
            },
        },
        SchemaKind::Type(Type::Number(_)) => View::Number,
        SchemaKind::Type(Type::Boolean(_)) => View::Boolean,
        SchemaKind::OneOf { one_of } => View::OneOf(one_of.iter().map(RefOr::from).collect()),
        SchemaKind::AnyOf { any_of } => View::AnyOf(any_of.iter().map(RefOr::from).collect()),
        SchemaKind::AllOf { all_of } => View::AllOf(all_of.iter().map(RefOr::from).collect()),
        SchemaKind::Not { .. } => View::Any,
        SchemaKind::Any(any) => {
            if !any.one_of.is_empty() {
                View::OneOf(any.one_of.iter().map(RefOr::from).collect())
            } else if !any.any_of.is_empty() {
                View::AnyOf(any.any_of.iter().map(RefOr::from).collect())
            } else if !any.all_of.is_empty() {
                View::AllOf(any.all_of.iter().map(RefOr::from).collect())
            } else if any.typ.as_deref() == Some("object")
                || !any.properties.is_empty()
                || any.additional_properties.is_some()
            {
                View::Object(ObjectView {
                    properties: &any.properties,
                    required: &any.required,
                    additional: any.additional_properties.as_ref(),
                })
            } else if any.typ.as_deref() == Some("array") || any.items.is_some() {
                View::Array {
                    items: any.items.as_ref().map(RefOr::from),
                }
            } else if any.typ.as_deref() == Some("string")
                || (!any.enumeration.is_empty() && any.enumeration.iter().all(|v| v.is_string()))
            {
                View::String {
                    values: any.enumeration.iter().filter_map(|v| v.as_str()).collect(),
                }
            } else {
                match any.typ.as_deref() {
                    Some("integer") => View::Integer {
                        width: match any.format.as_deref() {
                            Some("int32") => IntWidth::I32,
                            _ => IntWidth::I64,
                        },
                    },
                    Some("number") => View::Number,
                    Some("boolean") => View::Boolean,
                    _ => View::Any,
                }
            }
        }
    }
}

/// Whether `enum` lists `null` among a string schema's values.
pub fn enum_allows_null(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => string.enumeration.iter().any(Option::is_none),
        SchemaKind::Any(any) => any.enumeration.iter().any(|v| v.is_null()),
        _ => false,
    }
}

/// Whether a string schema is raw bytes (`format: binary`).
pub fn is_binary(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => {
            matches!(
                string.format,
                VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)
            )
        }
        SchemaKind::Any(any) => any.format.as_deref() == Some("binary"),
        _ => false,
    }
}

/// The limits a schema states about itself.
pub fn constraints(schema: &Schema) -> Constraints {
    let mut c = Constraints::default();
    match &schema.schema_kind {
        SchemaKind::Type(Type::Integer(t)) => {
            c.minimum = t.minimum.map(|v| v as f64);
            c.maximum = t.maximum.map(|v| v as f64);
            c.exclusive_minimum = t.exclusive_minimum;
            c.exclusive_maximum = t.exclusive_maximum;
        }
        SchemaKind::Type(Type::Number(t)) => {
            c.minimum = t.minimum;
            c.maximum = t.maximum;
            c.exclusive_minimum = t.exclusive_minimum;
            c.exclusive_maximum = t.exclusive_maximum;
        }
        SchemaKind::Type(Type::String(t)) => {
            c.min_length = t.min_length;
            c.max_length = t.max_length;
        }
        SchemaKind::Type(Type::Array(t)) => {
            c.min_items = t.min_items;
            c.max_items = t.max_items;
        }
        SchemaKind::Type(Type::Object(t)) => {
            c.max_properties = t.max_properties;
        }
        SchemaKind::Any(any) => {
            c.minimum = any.minimum;
            c.maximum = any.maximum;
            c.exclusive_minimum = any.exclusive_minimum.unwrap_or(false);
            c.exclusive_maximum = any.exclusive_maximum.unwrap_or(false);
            c.min_length = any.min_length;
            c.max_length = any.max_length;
            c.min_items = any.min_items;
            c.max_items = any.max_items;
            c.max_properties = any.max_properties;
        }
        _ => {}
    }
    c.max_key_length = schema
        .schema_data
        .extensions
        .get(crate::normalize::KEY_MAX_LENGTH)
        .and_then(serde_json::Value::as_u64)
        .and_then(|n| usize::try_from(n).ok());
    let inner = match &schema.schema_kind {
        SchemaKind::Type(Type::Array(array)) => array
            .items
            .as_ref()
            .and_then(ReferenceOr::as_item)
            .map(|s| &**s),
        SchemaKind::Type(Type::Object(object)) => match &object.additional_properties {
            Some(AdditionalProperties::Schema(values)) => values.as_item(),
            _ => None,
        },
        SchemaKind::Any(any) => match (&any.items, &any.additional_properties) {
            (Some(items), _) => items.as_item().map(|s| &**s),
            (None, Some(AdditionalProperties::Schema(values))) => values.as_item(),
            _ => None,
        },
        _ => None,
    };
    c.items = inner
        .map(constraints)
        .filter(|c| !c.is_empty())
        .map(Box::new);
    if c.min_length == Some(0) {
        c.min_length = None;
    }
    if c.min_items == Some(0) {
        c.min_items = None;
    }
    c
}
