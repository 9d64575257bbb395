//! Stage 1, second half: the document's `Value` read into `openapiv3`'s model by hand where
//! serde's derive is slow, with serde's result.
//!
//! Why: `ReferenceOr` is an untagged enum and `Schema` flattens two structs, so serde copies
//! every subtree into its private buffer once for each level that holds it; on a JSON
//! document the copies cost more than reading the text. The readers here look at the
//! `Value` in place.
//!
//! Architecture Invariant: every reader returns what `openapiv3`'s `Deserialize` returns for
//! the same value, or `None` where it fails. A reader reads by hand only what it knows to
//! be plain (the expected JSON types, the keys `openapiv3` names); anything else, it hands
//! to serde whole, so an unusual document costs time, never a different answer. The test
//! below holds the two readings equal on every document the project is tried on.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, BooleanType, Components, IntegerType, MediaType,
    NumberType, ObjectType, OpenAPI, Parameter, ParameterData, ParameterSchemaOrContent, Paths,
    ReferenceOr, RequestBody, Response, Responses, Schema, SchemaData, SchemaKind, StatusCode,
    StringType, Type,
};
use serde::de::DeserializeOwned;
use serde_json::{Map, Number, Value};

use crate::lookup::value_of;
use crate::model::{self, Document, Operation, PathItem, METHODS};

/// The document, as `OpenAPI::deserialize` reads it (the loader reads `components` apart,
/// on another thread, and gives a document without them here).
pub(crate) fn document(value: &Value) -> Option<Document> {
    let Value::Object(object) = value else {
        return serde::<OpenAPI>(value).map(Document::from);
    };
    let (paths, path_extensions) = required(object, "paths", paths)?;
    let spec = OpenAPI {
        openapi: required(object, "openapi", string)?,
        info: required(object, "info", serde)?,
        servers: defaulted(object, "servers", serde)?,
        paths: Paths {
            paths: IndexMap::new(),
            extensions: path_extensions,
        },
        components: optional(object, "components", components)?,
        security: optional(object, "security", serde)?,
        tags: defaulted(object, "tags", serde)?,
        external_docs: optional(object, "externalDocs", serde)?,
        extensions: extensions(object),
    };
    Some(Document { spec, paths })
}

/// The `components` section, as `Components::deserialize` reads it.
pub(crate) fn components(value: &Value) -> Option<Components> {
    let Value::Object(object) = value else {
        return serde(value);
    };
    Some(Components {
        schemas: defaulted(object, "schemas", |v| map_of(v, schema_or_reference))?,
        responses: defaulted(object, "responses", |v| {
            map_of(v, |v| reference_or(v, response))
        })?,
        parameters: defaulted(object, "parameters", |v| {
            map_of(v, |v| reference_or(v, parameter_item))
        })?,
        // Nothing after loading reads them (types and docs come from the schemas), and they
        // are the bulk of some documents: GitHub's are a third of its text.
        examples: IndexMap::new(),
        request_bodies: defaulted(object, "requestBodies", |v| {
            map_of(v, |v| reference_or(v, request_body))
        })?,
        headers: entries(object, "headers")?,
        security_schemes: entries(object, "securitySchemes")?,
        links: entries(object, "links")?,
        callbacks: entries(object, "callbacks")?,
        extensions: extensions(object),
    })
}

/// A map of components whose items' own `Deserialize` buffers nothing large.
fn entries<T: DeserializeOwned>(
    object: &Map<String, Value>,
    key: &str,
) -> Option<IndexMap<String, ReferenceOr<T>>> {
    defaulted(object, key, |v| map_of(v, reference_or_serde))
}

/// The path items of `paths`, and its extensions, as `Paths::deserialize` reads them.
fn paths(value: &Value) -> Option<(model::Paths, IndexMap<String, Value>)> {
    let Value::Object(object) = value else {
        let paths = serde::<Paths>(value)?;
        let items = paths.paths.into_iter();
        let items = items.map(|(path, item)| (path, model::reference_or_item(item)));
        return Some((items.collect(), paths.extensions));
    };
    let mut paths = IndexMap::new();
    for (key, item) in object.iter().filter(|(key, _)| key.starts_with('/')) {
        paths.insert(key.clone(), path_item_or_reference(item)?);
    }
    Some((paths, extensions(object)))
}

/// One entry of `paths` whose key starts with `/`, as `Paths::deserialize` reads it.
pub(crate) fn path_item_or_reference(value: &Value) -> Option<ReferenceOr<PathItem>> {
    match value {
        Value::Object(object) if !object.contains_key("$ref") => {
            path_item(object).map(ReferenceOr::Item)
        }
        _ => serde(value).map(model::reference_or_item),
    }
}

fn path_item(object: &Map<String, Value>) -> Option<PathItem> {
    let count = METHODS
        .iter()
        .filter(|method| object.contains_key(**method));
    let mut operations = Vec::with_capacity(count.count());
    for method in METHODS {
        if let Some(found) = optional(object, method, operation)? {
            operations.push((method, found));
        }
    }
    Some(PathItem {
        summary: optional(object, "summary", string)?,
        description: optional(object, "description", string)?,
        operations,
        servers: defaulted(object, "servers", serde)?,
        parameters: defaulted(object, "parameters", |v| vec_of(v, parameter))?,
        extensions: extensions(object),
    })
}

/// A parameter of a path item or an operation, as `ReferenceOr<Parameter>` reads it.
fn parameter(value: &Value) -> Option<model::ParameterRef> {
    let parameter = reference_or(value, parameter_item)?;
    Some(model::map_item(parameter, std::sync::Arc::new))
}

/// A parameter object, by hand where it is plain.
fn parameter_item(value: &Value) -> Option<Parameter> {
    (value.as_object())
        .and_then(parameter_by_hand)
        .or_else(|| serde(value))
}

/// A parameter object as `Parameter::deserialize` reads it (tagged by `in`, its data
/// flattened), where serde buffers every entry, twice for the flattened data: a sixth of
/// Stripe's reading of its paths. Both `schema` and `content`, or neither, is left to serde,
/// which takes the first in the document's order or fails.
fn parameter_by_hand(object: &Map<String, Value>) -> Option<Parameter> {
    let format = match (value_of(object, "schema"), value_of(object, "content")) {
        (Some(schema), None) => ParameterSchemaOrContent::Schema(schema_or_reference(schema)?),
        (None, Some(content)) => ParameterSchemaOrContent::Content(map_of(content, media_type)?),
        _ => return None,
    };
    let parameter_data = ParameterData {
        name: required(object, "name", string)?,
        description: optional(object, "description", string)?,
        required: defaulted(object, "required", Value::as_bool)?,
        deprecated: optional(object, "deprecated", Value::as_bool)?,
        format,
        example: optional(object, "example", |v| Some(v.clone()))?,
        examples: defaulted(object, "examples", serde)?,
        explode: optional(object, "explode", Value::as_bool)?,
        extensions: extensions(object),
    };
    Some(match value_of(object, "in")?.as_str()? {
        "query" => Parameter::Query {
            parameter_data,
            allow_reserved: defaulted(object, "allowReserved", Value::as_bool)?,
            style: defaulted(object, "style", serde)?,
            allow_empty_value: optional(object, "allowEmptyValue", Value::as_bool)?,
        },
        "header" => Parameter::Header {
            parameter_data,
            style: defaulted(object, "style", serde)?,
        },
        "path" => Parameter::Path {
            parameter_data,
            style: defaulted(object, "style", serde)?,
        },
        "cookie" => Parameter::Cookie {
            parameter_data,
            style: defaulted(object, "style", serde)?,
        },
        _ => return None,
    })
}

fn operation(value: &Value) -> Option<Operation> {
    let Value::Object(object) = value else {
        return serde::<openapiv3::Operation>(value).map(Operation::from);
    };
    Some(Operation {
        tags: defaulted(object, "tags", |v| vec_of(v, string))?,
        summary: optional(object, "summary", string)?,
        description: optional(object, "description", string)?,
        external_docs: optional(object, "externalDocs", serde)?,
        operation_id: optional(object, "operationId", string)?,
        parameters: defaulted(object, "parameters", |v| vec_of(v, parameter))?,
        request_body: optional(object, "requestBody", |v| reference_or(v, request_body))?,
        responses: required(object, "responses", responses)?,
        callbacks: model::callbacks(defaulted(object, "callbacks", serde)?),
        deprecated: defaulted(object, "deprecated", Value::as_bool)?,
        security: optional(object, "security", serde)?,
        servers: defaulted(object, "servers", serde)?,
        extensions: extensions(object),
    })
}

/// `default`, then every key that reads as a status code (others are passed over, as
/// `openapiv3` passes them over).
fn responses(value: &Value) -> Option<model::Responses> {
    let Value::Object(object) = value else {
        return serde::<Responses>(value).map(model::Responses::from);
    };
    let answer = |value: &Value| {
        let answer = reference_or(value, response)?;
        Some(model::map_item(answer, std::sync::Arc::new))
    };
    let mut responses = IndexMap::with_capacity(object.len());
    for (key, value) in object.iter().filter(|(key, _)| *key != "default") {
        if let Some(code) = status_code(key) {
            responses.insert(code, answer(value)?);
        }
    }
    Some(model::Responses {
        default: optional(object, "default", answer)?,
        responses,
        extensions: extensions(object),
    })
}

/// A key read by `StatusCode`'s own rules.
pub(crate) fn status_code(key: &str) -> Option<StatusCode> {
    use serde::de::{value::Error, value::StrDeserializer, Deserialize};
    StatusCode::deserialize(StrDeserializer::<Error>::new(key)).ok()
}

fn response(value: &Value) -> Option<Response> {
    let Value::Object(object) = value else {
        return serde(value);
    };
    Some(Response {
        description: required(object, "description", string)?,
        headers: defaulted(object, "headers", |v| map_of(v, reference_or_serde))?,
        content: defaulted(object, "content", |v| map_of(v, media_type))?,
        links: defaulted(object, "links", |v| map_of(v, reference_or_serde))?,
        extensions: extensions(object),
    })
}

pub(crate) fn request_body(value: &Value) -> Option<RequestBody> {
    let Value::Object(object) = value else {
        return serde(value);
    };
    Some(RequestBody {
        description: optional(object, "description", string)?,
        content: defaulted(object, "content", |v| map_of(v, media_type))?,
        required: defaulted(object, "required", Value::as_bool)?,
        extensions: extensions(object),
    })
}

pub(crate) fn media_type(value: &Value) -> Option<MediaType> {
    let Value::Object(object) = value else {
        return serde(value);
    };
    Some(MediaType {
        schema: optional(object, "schema", schema_or_reference)?,
        example: optional(object, "example", |v| Some(v.clone()))?,
        examples: defaulted(object, "examples", |v| map_of(v, reference_or_serde))?,
        encoding: defaulted(object, "encoding", serde)?,
        extensions: extensions(object),
    })
}

pub(crate) fn schema_or_reference(value: &Value) -> Option<ReferenceOr<Schema>> {
    reference_or(value, schema)
}

fn boxed_schema_or_reference(value: &Value) -> Option<ReferenceOr<Box<Schema>>> {
    Some(match schema_or_reference(value)? {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
        ReferenceOr::Item(schema) => ReferenceOr::Item(Box::new(schema)),
    })
}

/// A schema object; one whose keys are not the plain JSON types `openapiv3` expects is read
/// by serde.
fn schema(value: &Value) -> Option<Schema> {
    let Value::Object(object) = value else {
        return serde(value);
    };
    schema_by_hand(object).or_else(|| serde(value))
}

/// One pass over the schema's keys (a lookup a keyword costs more than the keys it has).
fn schema_by_hand(object: &Map<String, Value>) -> Option<Schema> {
    let mut data = SchemaData::default();
    let mut keywords = RawKeywords::default();
    for (key, value) in object {
        if !data.read(key, value)? && !keywords.read(key, value)? && key.starts_with("x-") {
            data.extensions.insert(key.clone(), value.clone());
        }
    }
    Some(Schema {
        schema_data: data,
        schema_kind: keywords.with_presence().kind()?,
    })
}

/// A schema's keyword read into its place: whether `key` is one of the type's, `None` if
/// its value is not what serde reads.
trait ReadKeyword {
    fn read(&mut self, key: &str, value: &Value) -> Option<bool>;
}

impl ReadKeyword for SchemaData {
    fn read(&mut self, key: &str, value: &Value) -> Option<bool> {
        match key {
            "nullable" => self.nullable = value.as_bool()?,
            "readOnly" => self.read_only = value.as_bool()?,
            "writeOnly" => self.write_only = value.as_bool()?,
            "deprecated" => self.deprecated = value.as_bool()?,
            "externalDocs" => self.external_docs = nullable(value, serde)?,
            "example" => self.example = nullable(value, |v| Some(v.clone()))?,
            "title" => self.title = nullable(value, string)?,
            "description" => self.description = nullable(value, string)?,
            "discriminator" => self.discriminator = nullable(value, serde)?,
            "default" => self.default = nullable(value, |v| Some(v.clone()))?,
            _ => return Some(false),
        }
        Some(true)
    }
}

/// The keywords that decide a schema's kind, as `openapiv3` reads them before choosing.
#[derive(Default)]
struct RawKeywords {
    /// Which keywords are present, a bit each (`keyword`): set once by `with_presence`,
    /// since choosing the kind asks up to seven times, for every schema of the document.
    present: u32,
    typ: Option<String>,
    pattern: Option<String>,
    multiple_of: Option<Number>,
    exclusive_minimum: Option<bool>,
    exclusive_maximum: Option<bool>,
    minimum: Option<Number>,
    maximum: Option<Number>,
    properties: Option<IndexMap<String, ReferenceOr<Box<Schema>>>>,
    required: Option<Vec<String>>,
    additional_properties: Option<AdditionalProperties>,
    min_properties: Option<usize>,
    max_properties: Option<usize>,
    items: Option<ReferenceOr<Box<Schema>>>,
    min_items: Option<usize>,
    max_items: Option<usize>,
    unique_items: Option<bool>,
    enumeration: Option<Vec<Value>>,
    format: Option<String>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    one_of: Option<Vec<ReferenceOr<Schema>>>,
    all_of: Option<Vec<ReferenceOr<Schema>>>,
    any_of: Option<Vec<ReferenceOr<Schema>>>,
    not: Option<Box<ReferenceOr<Schema>>>,
}

/// One bit a keyword, set when it is present and not null.
mod keyword {
    pub const TYPE: u32 = 1;
    pub const PATTERN: u32 = 1 << 1;
    pub const NUMERIC: u32 = 0b11111 << 2;
    pub const OBJECT: u32 = 0b11111 << 7;
    pub const ARRAY: u32 = 0b1111 << 12;
    pub const ENUM: u32 = 1 << 16;
    pub const FORMAT: u32 = 1 << 17;
    pub const LENGTH: u32 = 0b11 << 18;
    pub const ONE_OF: u32 = 1 << 20;
    pub const ALL_OF: u32 = 1 << 21;
    pub const ANY_OF: u32 = 1 << 22;
    pub const NOT: u32 = 1 << 23;
}

impl ReadKeyword for RawKeywords {
    fn read(&mut self, key: &str, value: &Value) -> Option<bool> {
        let number = |v: &Value| v.as_number().cloned();
        let size = |v: &Value| v.as_u64().and_then(|n| usize::try_from(n).ok());
        let schemas = |v: &Value| vec_of(v, schema_or_reference);
        match key {
            "type" => self.typ = nullable(value, string)?,
            "pattern" => self.pattern = nullable(value, string)?,
            "multipleOf" => self.multiple_of = nullable(value, number)?,
            "exclusiveMinimum" => self.exclusive_minimum = nullable(value, Value::as_bool)?,
            "exclusiveMaximum" => self.exclusive_maximum = nullable(value, Value::as_bool)?,
            "minimum" => self.minimum = nullable(value, number)?,
            "maximum" => self.maximum = nullable(value, number)?,
            "properties" => {
                self.properties = nullable(value, |v| map_of(v, boxed_schema_or_reference))?;
            }
            "required" => self.required = nullable(value, |v| vec_of(v, string))?,
            "additionalProperties" => {
                self.additional_properties = nullable(value, |v| match v {
                    Value::Bool(any) => Some(AdditionalProperties::Any(*any)),
                    v => schema_or_reference(v).map(|s| AdditionalProperties::Schema(Box::new(s))),
                })?;
            }
            "minProperties" => self.min_properties = nullable(value, size)?,
            "maxProperties" => self.max_properties = nullable(value, size)?,
            "items" => self.items = nullable(value, boxed_schema_or_reference)?,
            "minItems" => self.min_items = nullable(value, size)?,
            "maxItems" => self.max_items = nullable(value, size)?,
            "uniqueItems" => self.unique_items = nullable(value, Value::as_bool)?,
            "enum" => self.enumeration = nullable(value, |v| v.as_array().cloned())?,
            "format" => self.format = nullable(value, string)?,
            "minLength" => self.min_length = nullable(value, size)?,
            "maxLength" => self.max_length = nullable(value, size)?,
            "oneOf" => self.one_of = nullable(value, schemas)?,
            "allOf" => self.all_of = nullable(value, schemas)?,
            "anyOf" => self.any_of = nullable(value, schemas)?,
            "not" => self.not = nullable(value, |v| schema_or_reference(v).map(Box::new))?,
            _ => return Some(false),
        }
        Some(true)
    }
}

impl RawKeywords {
    fn with_presence(mut self) -> Self {
        let bits = [
            self.typ.is_some(),
            self.pattern.is_some(),
            self.multiple_of.is_some(),
            self.exclusive_minimum.is_some(),
            self.exclusive_maximum.is_some(),
            self.minimum.is_some(),
            self.maximum.is_some(),
            self.properties.is_some(),
            self.required.is_some(),
            self.additional_properties.is_some(),
            self.min_properties.is_some(),
            self.max_properties.is_some(),
            self.items.is_some(),
            self.min_items.is_some(),
            self.max_items.is_some(),
            self.unique_items.is_some(),
            self.enumeration.is_some(),
            self.format.is_some(),
            self.min_length.is_some(),
            self.max_length.is_some(),
            self.one_of.is_some(),
            self.all_of.is_some(),
            self.any_of.is_some(),
            self.not.is_some(),
        ];
        self.present = bits
            .iter()
            .enumerate()
            .fold(0, |present, (bit, &set)| present | (u32::from(set) << bit));
        self
    }

    /// Whether the type is `name` and no keyword outside `allowed` is present.
    fn typed(&self, name: &str, allowed: u32) -> bool {
        self.typ.as_deref() == Some(name) && self.present & !(keyword::TYPE | allowed) == 0
    }

    fn enum_holds(&self, check: fn(&Value) -> bool) -> bool {
        self.enumeration
            .iter()
            .flatten()
            .all(|value| value.is_null() || check(value))
    }

    /// `openapiv3`'s choice: a typed schema when only that type's keywords are present, a
    /// composition when it is alone, `Any` for everything else.
    fn kind(self) -> Option<SchemaKind> {
        use keyword::*;
        let integral = |n: &Option<Number>| n.as_ref().is_none_or(Number::is_i64);
        let kind = if self.typed("string", PATTERN | ENUM | FORMAT | LENGTH)
            && self.enum_holds(Value::is_string)
        {
            SchemaKind::Type(Type::String(StringType {
                format: self.format.into(),
                pattern: self.pattern,
                enumeration: enum_values(self.enumeration, |v| v.as_str().map(String::from))?,
                min_length: self.min_length,
                max_length: self.max_length,
            }))
        } else if self.typed("number", NUMERIC | ENUM | FORMAT) && self.enum_holds(Value::is_number)
        {
            SchemaKind::Type(Type::Number(NumberType {
                format: self.format.into(),
                multiple_of: self.multiple_of.and_then(|n| n.as_f64()),
                exclusive_minimum: self.exclusive_minimum.unwrap_or_default(),
                exclusive_maximum: self.exclusive_maximum.unwrap_or_default(),
                minimum: self.minimum.and_then(|n| n.as_f64()),
                maximum: self.maximum.and_then(|n| n.as_f64()),
                enumeration: enum_values(self.enumeration, Value::as_f64)?,
            }))
        } else if self.typed("integer", NUMERIC | ENUM | FORMAT)
            && self.enum_holds(Value::is_i64)
            && integral(&self.multiple_of)
            && integral(&self.minimum)
            && integral(&self.maximum)
        {
            SchemaKind::Type(Type::Integer(IntegerType {
                format: self.format.into(),
                multiple_of: self.multiple_of.and_then(|n| n.as_i64()),
                exclusive_minimum: self.exclusive_minimum.unwrap_or_default(),
                exclusive_maximum: self.exclusive_maximum.unwrap_or_default(),
                minimum: self.minimum.and_then(|n| n.as_i64()),
                maximum: self.maximum.and_then(|n| n.as_i64()),
                enumeration: enum_values(self.enumeration, Value::as_i64)?,
            }))
        } else if self.typed("boolean", ENUM) && self.enum_holds(Value::is_boolean) {
            SchemaKind::Type(Type::Boolean(BooleanType {
                enumeration: enum_values(self.enumeration, Value::as_bool)?,
            }))
        } else if self.typed("object", OBJECT) {
            SchemaKind::Type(Type::Object(ObjectType {
                properties: self.properties.unwrap_or_default(),
                required: self.required.unwrap_or_default(),
                additional_properties: self.additional_properties,
                min_properties: self.min_properties,
                max_properties: self.max_properties,
            }))
        } else if self.typed("array", ARRAY) {
            SchemaKind::Type(Type::Array(ArrayType {
                items: self.items,
                min_items: self.min_items,
                max_items: self.max_items,
                unique_items: self.unique_items.unwrap_or_default(),
            }))
        } else {
            self.composition_or_any()
        };
        Some(kind)
    }

    fn composition_or_any(self) -> SchemaKind {
        match (
            self.present,
            self.one_of,
            self.all_of,
            self.any_of,
            self.not,
        ) {
            (keyword::ONE_OF, Some(one_of), None, None, None) => SchemaKind::OneOf { one_of },
            (keyword::ALL_OF, None, Some(all_of), None, None) => SchemaKind::AllOf { all_of },
            (keyword::ANY_OF, None, None, Some(any_of), None) => SchemaKind::AnyOf { any_of },
            (keyword::NOT, None, None, None, Some(not)) => SchemaKind::Not { not },
            (_, one_of, all_of, any_of, not) => SchemaKind::Any(AnySchema {
                typ: self.typ,
                pattern: self.pattern,
                multiple_of: self.multiple_of.and_then(|n| n.as_f64()),
                exclusive_minimum: self.exclusive_minimum,
                exclusive_maximum: self.exclusive_maximum,
                minimum: self.minimum.and_then(|n| n.as_f64()),
                maximum: self.maximum.and_then(|n| n.as_f64()),
                properties: self.properties.unwrap_or_default(),
                required: self.required.unwrap_or_default(),
                additional_properties: self.additional_properties,
                min_properties: self.min_properties,
                max_properties: self.max_properties,
                items: self.items,
                min_items: self.min_items,
                max_items: self.max_items,
                unique_items: self.unique_items,
                enumeration: self.enumeration.unwrap_or_default(),
                format: self.format,
                min_length: self.min_length,
                max_length: self.max_length,
                one_of: one_of.unwrap_or_default(),
                all_of: all_of.unwrap_or_default(),
                any_of: any_of.unwrap_or_default(),
                not,
            }),
        }
    }
}

/// An `enum`'s values, `null` as `None`; the caller has checked every other value converts.
fn enum_values<T>(
    values: Option<Vec<Value>>,
    convert: fn(&Value) -> Option<T>,
) -> Option<Vec<Option<T>>> {
    values
        .unwrap_or_default()
        .iter()
        .map(|v| match v {
            Value::Null => Some(None),
            v => convert(v).map(Some),
        })
        .collect()
}

/// `ReferenceOr<T>` as its untagged reading decides: a string `$ref` makes a reference
/// (other keys ignored); an object without `$ref` is the item. Anything else goes to serde.
pub(crate) fn reference_or<T: DeserializeOwned>(
    value: &Value,
    item: impl FnOnce(&Value) -> Option<T>,
) -> Option<ReferenceOr<T>> {
    let Value::Object(object) = value else {
        return serde(value);
    };
    // A scan, not a lookup: these objects have a few keys, and hashing costs more.
    let reference = object.iter().find(|(key, _)| *key == "$ref");
    match reference.map(|(_, value)| value) {
        Some(Value::String(reference)) => Some(ReferenceOr::Reference {
            reference: reference.clone(),
        }),
        Some(_) => serde(value),
        None => item(value).map(ReferenceOr::Item),
    }
}

/// A reference, or an item whose own `Deserialize` buffers nothing large.
pub(crate) fn reference_or_serde<T: DeserializeOwned>(value: &Value) -> Option<ReferenceOr<T>> {
    reference_or(value, serde)
}

pub(crate) fn serde<T: DeserializeOwned>(value: &Value) -> Option<T> {
    T::deserialize(value).ok()
}

fn string(value: &Value) -> Option<String> {
    value.as_str().map(String::from)
}

/// A field read as serde reads an `Option`: absent and `null` are `None`.
fn optional<T>(
    object: &Map<String, Value>,
    key: &str,
    read: impl FnOnce(&Value) -> Option<T>,
) -> Option<Option<T>> {
    value_of(object, key).map_or(Some(None), |value| nullable(value, read))
}

/// A present value read as serde reads an `Option`: `null` is `None`.
fn nullable<T>(value: &Value, read: impl FnOnce(&Value) -> Option<T>) -> Option<Option<T>> {
    match value {
        Value::Null => Some(None),
        value => read(value).map(Some),
    }
}

/// A field with `#[serde(default)]`: the default when absent (`null` is read, and fails).
fn defaulted<T: Default>(
    object: &Map<String, Value>,
    key: &str,
    read: impl FnOnce(&Value) -> Option<T>,
) -> Option<T> {
    value_of(object, key).map_or(Some(T::default()), read)
}

fn required<T>(
    object: &Map<String, Value>,
    key: &str,
    read: impl FnOnce(&Value) -> Option<T>,
) -> Option<T> {
    value_of(object, key).and_then(read)
}

pub(crate) fn map_of<T>(
    value: &Value,
    read: impl Fn(&Value) -> Option<T>,
) -> Option<IndexMap<String, T>> {
    let object = value.as_object()?;
    let mut map = IndexMap::with_capacity(object.len());
    for (key, value) in object {
        map.insert(key.clone(), read(value)?);
    }
    Some(map)
}

/// Sized once: collected from an iterator of `Option`s, a list grows by doubling (the
/// iterator cannot tell its length), and a parameter is 1,184 bytes.
fn vec_of<T>(value: &Value, read: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    let array = value.as_array()?;
    let mut items = Vec::with_capacity(array.len());
    for item in array {
        items.push(read(item)?);
    }
    Some(items)
}

/// The `x-` keys, as `openapiv3` keeps them on every object that has `extensions`.
fn extensions(object: &Map<String, Value>) -> IndexMap<String, Value> {
    object
        .iter()
        .filter(|(key, _)| key.starts_with("x-"))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The readings of `value` by hand and by serde, for a reader and its type.
    fn both<T: DeserializeOwned>(
        value: &Value,
        by_hand: fn(&Value) -> Option<T>,
    ) -> [Option<T>; 2] {
        [by_hand(value), serde(value)]
    }

    #[test]
    fn schemas_read_as_serde_reads_them_plain_or_not() {
        let cases = [
            json!({"type": "string", "format": "date-time", "enum": ["a", null], "maxLength": 3}),
            json!({"type": "string", "oneOf": [{"type": "integer"}]}),
            json!({"type": "string", "enum": ["a", 1]}),
            json!({"type": "integer", "minimum": 1.5}),
            json!({"type": "integer", "multipleOf": 2, "maximum": u64::MAX}),
            json!({"type": "integer", "enum": [1, null, 3], "format": "int64"}),
            json!({"type": "number", "enum": [1, 2.5], "exclusiveMinimum": true}),
            json!({"type": "boolean", "format": "flag"}),
            json!({"type": "boolean", "enum": [true, null]}),
            json!({"type": "object", "properties": {"a": {"type": "array", "items": {"$ref": "#/b"}}},
                   "additionalProperties": false, "required": ["a"]}),
            json!({"type": "object", "additionalProperties": {"type": "string"}, "pattern": "x"}),
            json!({"type": "object", "additionalProperties": ["#/c"]}),
            json!({"type": "array", "items": {"type": "string"}, "uniqueItems": true}),
            json!({"oneOf": [{"$ref": "#/a"}], "nullable": true, "x-tag": 1, "discriminator": {"propertyName": "k"}}),
            json!({"allOf": [], "description": null, "title": "t"}),
            json!({"anyOf": [{}], "properties": {}}),
            json!({"not": {"type": "string"}}),
            json!({"enum": [1, "a", null], "example": null, "default": 0}),
            json!({"type": null, "pattern": null, "readOnly": true}),
            json!({"$ref": "#/x", "type": "string"}),
            json!({"$ref": 5, "type": "string"}),
            json!(["#/x"]),
            // Not schemas: both readings fail.
            json!({"nullable": "yes"}),
            json!({"minLength": 2.0}),
            json!({"type": "object", "minProperties": -1}),
            json!({"type": 4}),
            json!("string"),
        ];
        for case in &cases {
            let [by_hand, by_serde] = both(case, schema_or_reference);
            assert_eq!(by_hand, by_serde, "{case}");
        }
    }

    /// Parameters read by hand as serde reads them, and every case it leaves to serde read
    /// by serde: each place, both `schema` and `content` (the first in the document's order
    /// wins), neither, a place or a style that is not one, values of the wrong type.
    #[test]
    fn parameters_read_as_serde_reads_them_plain_or_not() {
        let schema = json!({"type": "string"});
        let cases = [
            json!({"in": "query", "name": "a", "schema": schema, "style": "deepObject",
                   "allowReserved": true, "allowEmptyValue": false, "explode": true}),
            json!({"in": "header", "name": "b", "required": true, "schema": {"$ref": "#/s"},
                   "example": null, "examples": {"e": {"value": 1}}, "x-c": [1]}),
            json!({"in": "path", "name": "c", "required": true, "style": "label", "schema": schema}),
            json!({"in": "cookie", "name": "d", "deprecated": true, "description": "d",
                   "content": {"application/json": {"schema": schema}}}),
            json!({"in": "query", "name": "e", "content": {}, "schema": schema}),
            json!({"in": "query", "name": "e", "schema": schema, "content": {}}),
            json!({"in": "query", "name": "f"}),
            json!({"in": "body", "name": "g", "schema": schema}),
            json!({"in": 5, "name": "g", "schema": schema}),
            json!({"name": "g", "schema": schema}),
            json!({"in": "query", "schema": schema}),
            json!({"in": "query", "name": "h", "schema": schema, "required": null}),
            json!({"in": "query", "name": "h", "schema": schema, "style": "label"}),
            json!({"in": "header", "name": "h", "schema": null}),
            json!({"$ref": "#/components/parameters/p"}),
            json!(["in", "query"]),
        ];
        for case in &cases {
            let by_serde = serde::<ReferenceOr<Parameter>>(case)
                .map(|read| model::map_item(read, std::sync::Arc::new));
            assert_eq!(parameter(case), by_serde, "{case}");
        }
        let by_hand = cases
            .iter()
            .filter_map(|case| case.as_object().and_then(parameter_by_hand));
        assert_eq!(by_hand.count(), 4);
    }

    #[test]
    fn responses_keep_what_serde_keeps() {
        let cases = [
            json!({"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}},
                   "2XX": {"$ref": "#/r"}, "x-a": 1, "other": {}, "99": {"description": "x"},
                   "1000": {}, "600": {"description": "odd"}, "default": null}),
            json!({"default": {"description": "d", "headers": {"X-Rate": {"schema": {"type": "integer"}}}}}),
            json!({"200": {"content": {}}}),
            json!({"200": {"description": "ok", "content": {"text/plain": {"example": null}}}}),
        ];
        for case in &cases {
            let by_serde = serde::<Responses>(case).map(model::Responses::from);
            assert_eq!(responses(case), by_serde, "{case}");
        }
    }

    #[test]
    fn every_document_reads_as_serde_reads_it() {
        let mut read = 0;
        for path in crate::testing::documents() {
            let text = std::fs::read_to_string(&path).expect("the document");
            // Stripe's fixtures and other JSON files that are not OpenAPI documents.
            let Ok(doc) = crate::load::normalized(&text) else {
                continue;
            };
            let mut by_serde: Option<OpenAPI> = serde(&doc);
            assert!(by_serde.is_some(), "{}", path.display());
            // The components' examples are left out by hand, on purpose (`components`).
            if let Some(components) = by_serde.as_mut().and_then(|doc| doc.components.as_mut()) {
                components.examples.clear();
            }
            assert!(
                document(&doc) == by_serde.map(Document::from),
                "{}",
                path.display()
            );
            read += 1;
        }
        assert!(read >= 40, "only {read} documents read");
    }
}
