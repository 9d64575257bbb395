//! A path item of a JSON document read from its text into the model as serde_json reads the
//! text, without making the whole item a `serde_json::Value` first: the item, its
//! operations, their parameters and answers, and their strings are read where they stand,
//! and only the parts the usual readers take whole (schemas, request bodies, media types,
//! headers, examples, extensions, servers) are made `Value`s, normalised and read by those
//! readers.
//!
//! Why: a `Value` costs an allocation and a hash a key, an allocation a string, and a drop;
//! the structure of Box's path items (the items, operations and answers) is a third of
//! their nodes, and the parameters another third.
//!
//! Architecture Invariant: an item read here is the item `json_split` reads through a
//! `Value` (`fill_path_item`, `normalize_path_item`, `model_reader::path_item_or_reference`),
//! and where this reader meets anything it does not read the same way (a duplicate key,
//! `$ref` on the item, `query`, `callbacks`, a value of another type than it expects, a part
//! that normalising finds a problem in) it gives up, and the item is read through the
//! `Value`, from its text, as before. The test below holds the two readings equal on every
//! path item of every JSON document the project is tried on.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use indexmap::IndexMap;
use openapiv3::{Parameter, ParameterData, ParameterSchemaOrContent, ReferenceOr, Response};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::Lenient;
use crate::model::{self, Operation, PathItem, ResponseRef, METHODS};
use crate::model_reader as reader;
use crate::normalize::parts as normalized;

/// The path item whose JSON text is `text`, or `None` where it is to be read the usual way.
pub(super) fn path_item(text: &str) -> Option<PathItem> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let item = deserializer.deserialize_map(ItemVisitor).ok()?;
    deserializer.end().ok()?;
    Some(item)
}

/// The error that hands the item back to the usual reading (its text is never shown).
fn give_up<E: serde::de::Error>() -> E {
    E::custom("read through a Value")
}

/// An object's key, borrowed from the text unless it holds an escape.
struct Key<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(key)))
    }

    fn visit_str<E>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key.to_owned())))
    }

    fn visit_string<E>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key)))
    }
}

/// The most keys an object read here may have: they are looked along for a duplicate, and
/// a larger object (none in a real document) is read through a `Value`, in time linear in
/// its keys.
const MAX_KEYS: usize = 64;

/// The next key of an object, giving up on one it has had already (a `Value` keeps the
/// last value of a duplicate key at the place of the first, which this reader does not).
fn next_key<'de, A: MapAccess<'de>>(
    map: &mut A,
    seen: &mut Vec<Cow<'de, str>>,
) -> Result<Option<Cow<'de, str>>, A::Error> {
    let Some(Key(key)) = map.next_key()? else {
        return Ok(None);
    };
    if seen.len() == MAX_KEYS || seen.contains(&key) {
        return Err(give_up());
    }
    seen.push(key.clone());
    Ok(Some(key))
}

/// The next value as the usual reading has it: a `Value`, read as the loader reads one.
fn value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Value, A::Error> {
    Ok(map.next_value::<Lenient>()?.0)
}

/// `read` of a part, or giving up where it reads nothing.
fn read<T, E: serde::de::Error>(part: Option<T>) -> Result<T, E> {
    part.ok_or_else(give_up)
}

/// A part normalised (`normalize` names the part), or giving up where normalising finds a
/// problem: the usual reading reports it.
fn normalize<E: serde::de::Error>(
    mut part: Value,
    normalize: fn(&mut Value) -> bool,
) -> Result<Value, E> {
    match normalize(&mut part) {
        true => Ok(part),
        false => Err(give_up()),
    }
}

/// What `optional(object, key, serde)` reads: `null` is `None`.
fn optional_serde<T: serde::de::DeserializeOwned, E: serde::de::Error>(
    part: Value,
) -> Result<Option<T>, E> {
    match part {
        Value::Null => Ok(None),
        part => read(reader::serde(&part)).map(Some),
    }
}

/// An object, read by its visitor.
struct Object<V>(V);

impl<'de, V: Visitor<'de>> DeserializeSeed<'de> for Object<V> {
    type Value = V::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        deserializer.deserialize_map(self.0)
    }
}

/// `null` (none), or an object read by its visitor.
struct ObjectOrNull<V>(V);

impl<'de, V: Visitor<'de>> DeserializeSeed<'de> for ObjectOrNull<V> {
    type Value = Option<V::Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for ObjectOrNull<V> {
    type Value = Option<V::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self.0).map(Some)
    }
}

/// A path item: its strings, operations and parameters read here, the rest as `Value`s.
struct ItemVisitor;

impl<'de> Visitor<'de> for ItemVisitor {
    type Value = PathItem;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a path item")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PathItem, A::Error> {
        let mut seen = Vec::new();
        let mut item = PathItem {
            summary: None,
            description: None,
            operations: Vec::new(),
            servers: Vec::new(),
            parameters: Vec::new(),
            extensions: IndexMap::new(),
        };
        // Each operation with its method's place in `METHODS`, the model's order.
        let mut operations = Vec::new();
        while let Some(key) = next_key(&mut map, &mut seen)? {
            match &*key {
                "summary" => item.summary = map.next_value()?,
                "description" => item.description = map.next_value()?,
                "servers" => item.servers = read(reader::serde(&value(&mut map)?))?,
                "parameters" => item.parameters = map.next_value_seed(ParametersSeed)?,
                // `$ref` may point into the components; `query` is moved to an extension.
                "$ref" | "query" => return Err(give_up()),
                key if key.starts_with("x-") => {
                    item.extensions.insert(key.to_owned(), value(&mut map)?);
                }
                key => match METHODS.iter().position(|method| *method == key) {
                    Some(at) => {
                        if let Some(operation) =
                            map.next_value_seed(ObjectOrNull(OperationVisitor))?
                        {
                            operations.push((at, operation));
                        }
                    }
                    None => {
                        map.next_value::<IgnoredAny>()?;
                    }
                },
            }
        }
        operations.sort_unstable_by_key(|(at, _)| *at);
        item.operations = (operations.into_iter())
            .map(|(at, operation)| (METHODS[at], operation))
            .collect();
        Ok(item)
    }
}

/// A path item's or an operation's `parameters`, each read as `model_reader::parameter`
/// reads it by hand where it is plain.
struct ParametersSeed;

impl<'de> DeserializeSeed<'de> for ParametersSeed {
    type Value = Vec<model::ParameterRef>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ParametersSeed {
    type Value = Vec<model::ParameterRef>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of parameters")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut parameters = Vec::with_capacity(seq.size_hint().unwrap_or_default());
        while let Some(parameter) = seq.next_element_seed(Object(ParameterVisitor))? {
            parameters.push(parameter);
        }
        Ok(parameters)
    }
}

/// A parameter, or a reference to one (whose other keys normalising drops).
struct ParameterVisitor;

/// A parameter's keys as read, before its place (`in`) tells how to read some of them.
#[derive(Default)]
struct ParameterKeys {
    reference: Option<String>,
    name: Option<String>,
    location: Option<String>,
    description: Option<String>,
    required: bool,
    deprecated: Option<bool>,
    schema: Option<Value>,
    content: Option<Value>,
    example: Option<Value>,
    examples: Option<Value>,
    explode: Option<bool>,
    style: Option<Value>,
    allow_reserved: Option<Value>,
    allow_empty_value: Option<Value>,
    extensions: IndexMap<String, Value>,
}

impl<'de> Visitor<'de> for ParameterVisitor {
    type Value = model::ParameterRef;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a parameter")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut seen = Vec::new();
        let mut keys = ParameterKeys::default();
        while let Some(key) = next_key(&mut map, &mut seen)? {
            match &*key {
                "$ref" => keys.reference = Some(map.next_value()?),
                "name" => keys.name = Some(map.next_value()?),
                "in" => keys.location = Some(map.next_value()?),
                "description" => keys.description = map.next_value()?,
                "required" => keys.required = map.next_value()?,
                "deprecated" => keys.deprecated = map.next_value()?,
                "explode" => keys.explode = map.next_value()?,
                "schema" => keys.schema = Some(value(&mut map)?),
                "content" => keys.content = Some(value(&mut map)?),
                "example" => keys.example = Some(value(&mut map)?),
                "examples" => keys.examples = Some(value(&mut map)?),
                "style" => keys.style = Some(value(&mut map)?),
                "allowReserved" => keys.allow_reserved = Some(value(&mut map)?),
                "allowEmptyValue" => keys.allow_empty_value = Some(value(&mut map)?),
                key if key.starts_with("x-") => {
                    keys.extensions.insert(key.to_owned(), value(&mut map)?);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        match keys.reference.take() {
            // Normalising drops a reference's other keys, and reading passes over them.
            Some(reference) => Ok(ReferenceOr::Reference { reference }),
            None => read(keys.parameter()).map(|p| ReferenceOr::Item(Arc::new(p))),
        }
    }
}

impl ParameterKeys {
    /// The parameter as `model_reader::parameter_by_hand` reads it, normalised first;
    /// `None` where that reader leaves it to serde.
    fn parameter(self) -> Option<Parameter> {
        let format = match (self.schema, self.content) {
            (Some(mut schema), None) => {
                normalized::schema(&mut schema).then_some(())?;
                ParameterSchemaOrContent::Schema(reader::schema_or_reference(&schema)?)
            }
            (None, Some(mut content)) => {
                for media in content
                    .as_object_mut()
                    .into_iter()
                    .flat_map(|c| c.values_mut())
                {
                    normalized::media_type(media).then_some(())?;
                }
                ParameterSchemaOrContent::Content(reader::map_of(&content, reader::media_type)?)
            }
            _ => return None,
        };
        let parameter_data = ParameterData {
            name: self.name?,
            description: self.description,
            required: self.required,
            deprecated: self.deprecated,
            format,
            example: self.example.filter(|example| !example.is_null()),
            examples: self
                .examples
                .map_or(Some(IndexMap::new()), |e| reader::serde(&e))?,
            explode: self.explode,
            extensions: self.extensions,
        };
        let style = self.style;
        Some(match self.location?.as_str() {
            "query" => Parameter::Query {
                parameter_data,
                allow_reserved: self.allow_reserved.map_or(Some(false), |v| v.as_bool())?,
                style: defaulted_serde(style)?,
                allow_empty_value: match self.allow_empty_value {
                    None | Some(Value::Null) => None,
                    Some(v) => Some(v.as_bool()?),
                },
            },
            "header" => Parameter::Header {
                parameter_data,
                style: defaulted_serde(style)?,
            },
            "path" => Parameter::Path {
                parameter_data,
                style: defaulted_serde(style)?,
            },
            "cookie" => Parameter::Cookie {
                parameter_data,
                style: defaulted_serde(style)?,
            },
            _ => return None,
        })
    }
}

/// What `defaulted(object, key, serde)` reads: the default when absent.
fn defaulted_serde<T: Default + serde::de::DeserializeOwned>(part: Option<Value>) -> Option<T> {
    part.map_or(Some(T::default()), |part| reader::serde(&part))
}

/// An operation, read as `model_reader::operation` reads it.
struct OperationVisitor;

impl<'de> Visitor<'de> for OperationVisitor {
    type Value = Operation;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an operation")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Operation, A::Error> {
        let mut seen = Vec::new();
        // An operation without `responses` is given none, as the loader fills it in.
        let mut operation = Operation {
            tags: Vec::new(),
            summary: None,
            description: None,
            external_docs: None,
            operation_id: None,
            parameters: Vec::new(),
            request_body: None,
            responses: model::Responses::default(),
            callbacks: IndexMap::new(),
            deprecated: false,
            security: None,
            servers: Vec::new(),
            extensions: IndexMap::new(),
        };
        while let Some(key) = next_key(&mut map, &mut seen)? {
            match &*key {
                "tags" => operation.tags = map.next_value()?,
                "summary" => operation.summary = map.next_value()?,
                "description" => operation.description = map.next_value()?,
                "operationId" => operation.operation_id = map.next_value()?,
                "deprecated" => operation.deprecated = map.next_value()?,
                "externalDocs" => operation.external_docs = optional_serde(value(&mut map)?)?,
                "security" => operation.security = optional_serde(value(&mut map)?)?,
                "servers" => operation.servers = read(reader::serde(&value(&mut map)?))?,
                "parameters" => operation.parameters = map.next_value_seed(ParametersSeed)?,
                "requestBody" => {
                    let body = normalize(value(&mut map)?, normalized::request_body)?;
                    operation.request_body = match body {
                        Value::Null => None,
                        body => Some(read(reader::reference_or(&body, reader::request_body))?),
                    };
                }
                "responses" => {
                    operation.responses = map.next_value_seed(Object(ResponsesVisitor))?
                }
                // The loader fills in the callbacks' path items before they are read.
                "callbacks" => return Err(give_up()),
                key if key.starts_with("x-") => {
                    operation
                        .extensions
                        .insert(key.to_owned(), value(&mut map)?);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(operation)
    }
}

/// An operation's `responses`: `default` and the keys that read as status codes, each
/// normalised as every entry is; the extensions kept (normalised too), other keys passed
/// over, as `model_reader::responses` passes them over.
struct ResponsesVisitor;

impl<'de> Visitor<'de> for ResponsesVisitor {
    type Value = model::Responses;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an operation's responses")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut seen = Vec::new();
        let mut responses = model::Responses::default();
        while let Some(key) = next_key(&mut map, &mut seen)? {
            if key == "default" {
                responses.default = map.next_value_seed(ObjectOrNull(AnswerVisitor))?;
            } else if let Some(code) = reader::status_code(&key) {
                let answer = map.next_value_seed(ObjectOrNull(AnswerVisitor))?;
                responses.responses.insert(code, read(answer)?);
            } else {
                let entry = normalize(value(&mut map)?, normalized::response)?;
                if key.starts_with("x-") {
                    responses.extensions.insert(key.into_owned(), entry);
                }
            }
        }
        Ok(responses)
    }
}

/// An answer, or a reference to one (whose other keys normalising drops, and reading
/// passes over).
struct AnswerVisitor;

impl<'de> Visitor<'de> for AnswerVisitor {
    type Value = ResponseRef;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answer")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ResponseRef, A::Error> {
        let mut seen = Vec::new();
        let mut reference = None;
        let mut description = None;
        let mut answer = Response::default();
        while let Some(key) = next_key(&mut map, &mut seen)? {
            match &*key {
                "$ref" => reference = Some(map.next_value::<String>()?),
                "description" => description = Some(map.next_value::<String>()?),
                "content" => answer.content = map.next_value_seed(Object(ContentVisitor))?,
                "headers" => {
                    let mut headers = value(&mut map)?;
                    if let Some(headers) = headers.as_object_mut() {
                        for header in headers.values_mut() {
                            if !normalized::header(header) {
                                return Err(give_up());
                            }
                        }
                    }
                    answer.headers = read(reader::map_of(&headers, reader::reference_or_serde))?;
                }
                "links" => {
                    let links = value(&mut map)?;
                    answer.links = read(reader::map_of(&links, reader::reference_or_serde))?;
                }
                key if key.starts_with("x-") => {
                    answer.extensions.insert(key.to_owned(), value(&mut map)?);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if let Some(reference) = reference {
            return Ok(ReferenceOr::Reference { reference });
        }
        answer.description = read(description)?;
        Ok(ReferenceOr::Item(Arc::new(answer)))
    }
}

/// An answer's `content`: each media type normalised and read as the usual way reads it.
struct ContentVisitor;

impl<'de> Visitor<'de> for ContentVisitor {
    type Value = IndexMap<String, openapiv3::MediaType>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a content map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut seen = Vec::new();
        let mut content = IndexMap::new();
        while let Some(key) = next_key(&mut map, &mut seen)? {
            let media = normalize(value(&mut map)?, normalized::media_type)?;
            content.insert(key.into_owned(), read(reader::media_type(&media))?);
        }
        Ok(content)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model_reader::path_item_or_reference;
    use crate::normalize::normalize_path_item;

    /// The item as the loader reads it through a `Value`: filled, normalised (a problem
    /// reads nothing), read.
    fn through_value(path: &str, text: &str) -> Option<ReferenceOr<PathItem>> {
        let mut item = serde_json::from_str::<Lenient>(text).ok()?.0;
        if item.get("$ref").is_some() {
            return None;
        }
        super::super::fill_path_item(&mut item);
        if !normalize_path_item(path, &mut item).is_empty() {
            return None;
        }
        path_item_or_reference(&item)
    }

    /// Whether the item streamed is the item read through a `Value`; `None` where the
    /// stream gives up.
    fn streams_as_through_value(path: &str, text: &str) -> Option<bool> {
        let streamed = path_item(text)?;
        Some(through_value(path, text) == Some(ReferenceOr::Item(streamed)))
    }

    /// Every path item of every document (YAML ones written out as JSON), read both ways:
    /// where the stream reads one, it is the same; and it reads most of them.
    #[test]
    fn every_path_item_streams_as_it_reads_through_a_value() {
        let (mut items, mut streamed) = (0, 0);
        for path in crate::testing::documents() {
            let text = std::fs::read_to_string(&path).expect("the document");
            let document = match text.trim_start().starts_with('{') {
                true => super::super::parse_json(&text),
                false => super::super::parse_yaml(&text),
            };
            let Some(paths) = document.ok().and_then(|doc| doc.get("paths").cloned()) else {
                continue;
            };
            for (key, item) in paths.as_object().into_iter().flatten() {
                if !key.starts_with('/') {
                    continue;
                }
                let text = serde_json::to_string(item).expect("a value writes");
                items += 1;
                if let Some(same) = streams_as_through_value(key, &text) {
                    assert!(same, "{key} of {}", path.display());
                    streamed += 1;
                }
            }
        }
        assert!(items > 1_000, "only {items} path items");
        assert!(streamed * 10 >= items * 9, "{streamed} of {items} streamed");
    }

    /// What the stream reads unlike a `Value` it gives up on; what it reads, it reads as the
    /// `Value` is read, normalised the same way, `null`s and references included.
    #[test]
    fn unusual_items_stream_as_they_read_through_a_value_or_not_at_all() {
        let given_up = [
            // A duplicate key, at each level read here.
            r##"{"get": {"responses": {}}, "get": {"responses": {}}}"##,
            r##"{"get": {"summary": "a", "summary": "b", "responses": {}}}"##,
            r##"{"get": {"responses": {"200": {"description": "a"}, "200": {"description": "b"}}}}"##,
            r##"{"get": {"responses": {"200": {"description": "a", "description": "b"}}}}"##,
            r##"{"get": {"responses": {"200": {"description": "a", "content": {"a/b": {}, "a/b": {}}}}}}"##,
            // What the loader fills in or moves, and a reference.
            r##"{"$ref": "#/components/pathItems/a"}"##,
            r##"{"query": {"responses": {}}}"##,
            r##"{"post": {"callbacks": {"c": {"{$url}": {"post": {"responses": {}}}}}, "responses": {}}}"##,
            // Values of another type than the model's.
            r##"{"summary": 5}"##,
            r##"{"get": {"tags": null, "responses": {}}}"##,
            r##"{"get": {"deprecated": null, "responses": {}}}"##,
            r##"{"get": {"responses": null}}"##,
            r##"{"get": {"responses": {"200": null}}}"##,
            r##"{"get": {"responses": {"200": {"description": null}}}}"##,
            r##"{"get": {"responses": {"200": {}}}}"##,
            r##"{"get": {"responses": {"200": {"$ref": 5}}}}"##,
            r##"{"get": 5}"##,
            // Parameters the usual reader leaves to serde, or that fail.
            r##"{"parameters": [{"in": "query", "name": "a", "schema": {}, "content": {}}]}"##,
            r##"{"parameters": [{"in": "body", "name": "a", "schema": {}}]}"##,
            r##"{"parameters": [{"in": "query", "schema": {}}]}"##,
            r##"{"parameters": [{"in": "query", "name": "a"}]}"##,
            r##"{"parameters": [{"in": "query", "name": "a", "schema": {}, "required": null}]}"##,
            r##"{"parameters": [{"in": "query", "name": "a", "schema": {}, "style": "label"}]}"##,
            r##"{"parameters": [{"in": "query", "name": "a", "schema": {}, "allowReserved": null}]}"##,
            r##"{"parameters": [{"in": "query", "name": "a", "schema": {"type": "nope"}}]}"##,
            r##"{"parameters": [{"in": "query", "name": "a", "schema": {}, "in": "path"}]}"##,
            r##"{"parameters": [{"$ref": 5}]}"##,
            r##"{"parameters": null}"##,
            r##"{"get": {"parameters": ["a"], "responses": {}}}"##,
            // A reference's other keys, which the `Value`'s reading drops, of another type.
            r##"{"get": {"responses": {"2XX": {"$ref": "#/r", "description": 5}}}}"##,
            // A problem normalising a part.
            r##"{"get": {"responses": {"200": {"description": "a", "content": {"a/b": {"schema": {"type": "nope"}}}}}}}"##,
            r##"{"get": {"responses": {"other": {"content": {"a/b": {"schema": {"type": "nope"}}}}}}}"##,
            // Not JSON, or more than one value.
            r##"{"get": {"responses": {}}"##,
            r##"{"get": {"responses": {}}} {}"##,
        ];
        for text in given_up {
            assert_eq!(path_item(text), None, "{text}");
        }
        // An object of more keys than are looked along for duplicates.
        let codes = |count: usize| -> String {
            let codes: Vec<String> = (0..count).map(|n| format!(r#""x-{n}": {{}}"#)).collect();
            format!(r#"{{"get": {{"responses": {{{}}}}}}}"#, codes.join(", "))
        };
        assert_eq!(streams_as_through_value("/a", &codes(MAX_KEYS)), Some(true));
        assert_eq!(path_item(&codes(MAX_KEYS + 1)), None);
        let read = [
            r##"{}"##,
            r##"{"summary": null, "description": "d", "x-a": [1, 2.5], "other": {"x": 1}}"##,
            r##"{"delete": null, "get": {"responses": {}}, "parameters": [{"$ref": "#/p"}]}"##,
            r##"{"put": {}, "get": {"tags": ["a"], "operationId": "o", "x-b": null,
                "externalDocs": null, "security": [{"k": []}], "servers": [{"url": "/v"}],
                "deprecated": true, "requestBody": null, "responses": {"default": null}}}"##,
            r##"{"get": {"parameters": [{"in": "query", "name": "a", "schema": {"type": ["string", "null"]}}],
                "requestBody": {"$ref": "#/b", "description": "dropped"},
                "responses": {"2XX": {"$ref": "#/r", "description": "dropped"},
                    "x-e": {"$ref": "#/r", "content": {}}, "x-f": 1, "nope": {}}}}"##,
            r##"{"post": {"requestBody": {"content": {"a/b": {"itemSchema": {"const": 1}}}},
                "responses": {"201": {"description": "c",
                    "headers": {"X-A": {"schema": {"type": ["integer", "null"]}}},
                    "links": {"l": {"operationId": "o"}},
                    "content": {"text/event-stream": {"itemSchema": {"type": "string"}},
                        "a/b": {"schema": {"$ref": "#/s", "description": "d"}, "example": {"a": 1}}},
                    "x-g": true, "unread": [1]}}}}"##,
            r##"{"get": {"responses": {"200": {"description": "\u0061 \"quoted\""}}, "\u0078-h": 1}}"##,
            r##"{"parameters": [{"in": "query", "name": "q", "schema": {"type": "object"},
                    "style": "deepObject", "explode": true, "allowReserved": true,
                    "allowEmptyValue": null, "example": null, "x-i": {"a": 1}},
                {"in": "header", "name": "h", "schema": {"type": ["string", "null"]},
                    "allowReserved": "passed over", "style": "simple", "deprecated": false},
                {"$ref": "#/p", "name": "dropped"}],
              "get": {"parameters": [
                {"in": "path", "name": "p", "required": true, "description": null,
                    "schema": {"$ref": "#/s", "description": "d"}, "examples": {"e": {"value": 1}}},
                {"in": "cookie", "name": "c", "content": {"a/b": {"itemSchema": {"const": 2}}},
                    "example": [1], "unread": {}}],
                "responses": {}}}"##,
        ];
        for text in read {
            assert_eq!(streams_as_through_value("/a", text), Some(true), "{text}");
        }
    }
}
