//! Rewrites OpenAPI 3.1 (JSON Schema 2020-12) forms into the 3.0 forms that `openapiv3`
//! parses, on the untyped document, before parsing.
//!
//! Only nodes in schema position are touched: a `$ref` with siblings means something else
//! in a parameter than in a schema.
//!
//! | 3.1 form                                | becomes                                        |
//! |-----------------------------------------|------------------------------------------------|
//! | `type: [X, "null"]`                     | `type: X, nullable: true`                      |
//! | `type: [X, Y]`                          | `anyOf: [{type: X}, {type: Y}]`                |
//! | `anyOf`/`oneOf` with `{type: "null"}`   | the other branches, `nullable: true`           |
//! | one branch left, a `$ref`               | `allOf: [$ref], nullable: true`                |
//! | `const: v`                              | `enum: [v]`                                    |
//! | `$ref` with siblings                    | `allOf: [$ref]` plus the siblings              |
//! | numeric `exclusiveMinimum: n`           | `minimum: n, exclusiveMinimum: true`           |
//! | integer bounds beyond `i64`             | clamped to `i64`                               |
//! | `enum` values of the wrong JSON type    | their string form (for string schemas)         |
//! | a boolean schema, `true` / `false`      | `{}` / `{not: {}}`; a `false` property dropped |
//!
//! and a media type's `itemSchema` (3.2: the schema of each item of a sequential media type
//! such as `text/event-stream`) becomes its `schema` when it has none, which is how this
//! generator already types event streams.

use serde_json::{Map, Value};

use crate::error::{pointer_push, Error, ErrorKind, Result};
use crate::lookup::{has_key, value_of, value_of_mut};

/// The extension that carries `propertyNames.maxLength`, which `openapiv3` does not model.
pub const KEY_MAX_LENGTH: &str = "x-property-names-max-length";

/// The values `type` may take in OpenAPI 3.1 (3.0 has all but `null`).
const TYPES: [&str; 7] = [
    "string", "number", "integer", "boolean", "array", "object", "null",
];

/// Where a node is: its JSON pointer as the tokens on the way to it, on the stack, made
/// into text only for a problem (most nodes have none, and a text for each node visited
/// would be an allocation or two each).
enum Place<'a> {
    /// A pointer's text (`#/paths`).
    Text(&'a str),
    /// A key under the parent's place.
    Key(&'a Place<'a>, &'a str),
    /// An index under the parent's place.
    Index(&'a Place<'a>, usize),
}

impl Place<'_> {
    fn pointer(&self) -> String {
        match self {
            Place::Text(text) => (*text).to_owned(),
            Place::Key(parent, key) => pointer_push(&parent.pointer(), key),
            Place::Index(parent, index) => pointer_push(&parent.pointer(), &index.to_string()),
        }
    }
}

/// Normalises every schema of the document in place. Fails on what cannot be normalised:
/// an unknown `type`.
pub fn normalize_document(doc: &mut Value) -> Result<()> {
    let mut problems = normalize_paths(doc);
    let components = doc.get_mut("components");
    problems.extend(components.map(normalize_components).unwrap_or_default());
    match problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// Normalises the document's paths and webhooks, and returns what it could not (the
/// components, which share nothing with them, are normalised apart: the loader does the two
/// on two threads).
pub fn normalize_paths(doc: &mut Value) -> Vec<Error> {
    let mut problems = Vec::new();
    let Some(root) = doc.as_object_mut() else {
        return problems;
    };
    for section in ["paths", "webhooks"] {
        if let Some(items) = root.get_mut(section).and_then(Value::as_object_mut) {
            let items_place = Place::Key(&Place::Text("#"), section);
            for (path, item) in items.iter_mut() {
                visit_path_item(item, &Place::Key(&items_place, path), &mut problems);
            }
        }
    }
    problems
}

/// Normalises one entry of the document's `paths` (what [`normalize_paths`] does to each),
/// and returns what it could not.
pub fn normalize_path_item(path: &str, item: &mut Value) -> Vec<Error> {
    let mut problems = Vec::new();
    let paths = Place::Text("#/paths");
    visit_path_item(item, &Place::Key(&paths, path), &mut problems);
    problems
}

/// What [`normalize_path_item`] does to the parts of a path item, one part at a time, for
/// a reader that takes the rest of the item from its text (`load::path_stream`): each
/// says whether the part had nothing that could not be normalised. Problems are not kept,
/// so they have no place; the whole item, read again the usual way, reports them.
pub(crate) mod parts {
    use serde_json::Value;

    use super::{Error, Place};

    /// A part visited with no place (a problem is only counted) and no problem found.
    fn without_problems(part: &mut Value, visit: fn(&mut Value, &Place, &mut Vec<Error>)) -> bool {
        let mut problems = Vec::new();
        visit(part, &Place::Text("#"), &mut problems);
        problems.is_empty()
    }

    /// An operation's `requestBody`.
    pub(crate) fn request_body(body: &mut Value) -> bool {
        without_problems(body, super::visit_content_holder)
    }

    /// An entry of an operation's `responses`, whatever its key.
    pub(crate) fn response(response: &mut Value) -> bool {
        without_problems(response, super::visit_response)
    }

    /// A media type of an answer's `content`.
    pub(crate) fn media_type(media: &mut Value) -> bool {
        without_problems(media, super::visit_media_type)
    }

    /// A parameter's `schema`.
    pub(crate) fn schema(schema: &mut Value) -> bool {
        without_problems(schema, super::visit_schema)
    }

    /// A header of an answer's `headers`.
    pub(crate) fn header(header: &mut Value) -> bool {
        without_problems(header, super::visit_parameter)
    }
}

/// Normalises the document's `components`, and returns what it could not.
pub fn normalize_components(components: &mut Value) -> Vec<Error> {
    let mut problems = Vec::new();
    let Some(components) = components.as_object_mut() else {
        return problems;
    };
    for (section, map) in components.iter_mut() {
        let Some(map) = map.as_object_mut() else {
            continue;
        };
        let section_place = Place::Key(&Place::Text("#/components"), section);
        for (name, node) in map.iter_mut() {
            let place = &Place::Key(&section_place, name);
            let problems = &mut problems;
            match section.as_str() {
                "schemas" => visit_schema(node, place, problems),
                "parameters" | "headers" => visit_parameter(node, place, problems),
                "responses" => visit_response(node, place, problems),
                "requestBodies" => visit_content_holder(node, place, problems),
                _ => {}
            }
        }
    }
    problems
}

fn visit_path_item(item: &mut Value, place: &Place, problems: &mut Vec<Error>) {
    let Some(item) = item.as_object_mut() else {
        return;
    };
    strip_reference_siblings(item);
    visit_parameter_list(
        value_of_mut(item, "parameters"),
        &Place::Key(place, "parameters"),
        problems,
    );
    for method in crate::model::METHODS {
        let Some(operation) = value_of_mut(item, method).and_then(Value::as_object_mut) else {
            continue;
        };
        let place = Place::Key(place, method);
        visit_parameter_list(
            value_of_mut(operation, "parameters"),
            &Place::Key(&place, "parameters"),
            problems,
        );
        if let Some(body) = value_of_mut(operation, "requestBody") {
            visit_content_holder(body, &Place::Key(&place, "requestBody"), problems);
        }
        if let Some(responses) = value_of_mut(operation, "responses").and_then(Value::as_object_mut)
        {
            let responses_place = Place::Key(&place, "responses");
            for (status, response) in responses.iter_mut() {
                visit_response(response, &Place::Key(&responses_place, status), problems);
            }
        }
    }
}

fn visit_parameter_list(list: Option<&mut Value>, place: &Place, problems: &mut Vec<Error>) {
    if let Some(list) = list.and_then(Value::as_array_mut) {
        for (index, parameter) in list.iter_mut().enumerate() {
            visit_parameter(parameter, &Place::Index(place, index), problems);
        }
    }
}

/// A parameter or a header: a schema, or content with schemas.
fn visit_parameter(parameter: &mut Value, place: &Place, problems: &mut Vec<Error>) {
    if let Some(map) = parameter.as_object_mut() {
        strip_reference_siblings(map);
        if let Some(schema) = value_of_mut(map, "schema") {
            visit_schema(schema, &Place::Key(place, "schema"), problems);
        }
    }
    visit_content_holder(parameter, place, problems);
}

fn visit_response(response: &mut Value, place: &Place, problems: &mut Vec<Error>) {
    visit_content_holder(response, place, problems);
    let headers = response
        .as_object_mut()
        .and_then(|map| value_of_mut(map, "headers"));
    if let Some(headers) = headers.and_then(Value::as_object_mut) {
        let headers_place = Place::Key(place, "headers");
        for (name, header) in headers.iter_mut() {
            visit_parameter(header, &Place::Key(&headers_place, name), problems);
        }
    }
}

/// A request body, response or parameter: its `content` map of media types.
fn visit_content_holder(holder: &mut Value, place: &Place, problems: &mut Vec<Error>) {
    let Some(map) = holder.as_object_mut() else {
        return;
    };
    strip_reference_siblings(map);
    if let Some(content) = value_of_mut(map, "content").and_then(Value::as_object_mut) {
        let content_place = Place::Key(place, "content");
        for (media_type, media) in content.iter_mut() {
            visit_media_type(media, &Place::Key(&content_place, media_type), problems);
        }
    }
}

/// A media type of a `content` map: its `itemSchema` as its schema, and that schema.
fn visit_media_type(media: &mut Value, place: &Place, problems: &mut Vec<Error>) {
    item_schema_as_schema(media);
    let schema = media
        .as_object_mut()
        .and_then(|map| value_of_mut(map, "schema"));
    if let Some(schema) = schema {
        visit_schema(schema, &Place::Key(place, "schema"), problems);
    }
}

fn item_schema_as_schema(media: &mut Value) {
    let Some(media) = media.as_object_mut() else {
        return;
    };
    if !has_key(media, "schema") && has_key(media, "itemSchema") {
        if let Some(item_schema) = media.remove("itemSchema") {
            media.insert("schema".to_owned(), item_schema);
        }
    }
}

/// A Reference Object outside schemas may carry `summary` and `description` in 3.1;
/// `openapiv3` reads only `$ref` there, so the siblings are dropped.
fn strip_reference_siblings(map: &mut Map<String, Value>) {
    if has_key(map, "$ref") {
        map.retain(|key, _| key == "$ref");
    }
}

/// Normalises one schema and every schema inside it.
///
/// Plain recursion is safe here: the YAML parser refuses documents nested deeper than its
/// recursion limit, long before the stack would run out.
fn visit_schema(schema: &mut Value, place: &Place, problems: &mut Vec<Error>) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    check_type(map, place, problems);
    rewrite_schema(map);
    // The children in the document's order, found in one pass over the keys (a lookup of
    // each keyword would hash it, for every schema of the document).
    for (key, child) in map.iter_mut() {
        match key.as_str() {
            // `additionalProperties: false` is the 3.0 model's too; elsewhere a boolean
            // schema is 3.1's alone.
            "additionalProperties" => visit_schema(child, &Place::Key(place, key), problems),
            // Named here, where the place is known: the model reads a schema's keywords
            // flattened, and its error would name the schema alone.
            "pattern" | "format" | "title" | "description" if !child.is_string() => {
                problems.push(
                    Error::new(
                        ErrorKind::InvalidSpec,
                        format!("`{key}` must be a string, is {child}"),
                    )
                    .at(Place::Key(place, key).pointer()),
                );
            }
            "items" | "not" | "contains" | "propertyNames" => {
                as_object_schema(child);
                visit_schema(child, &Place::Key(place, key), problems);
            }
            "properties" | "patternProperties" | "$defs" | "definitions" => {
                let Some(children) = child.as_object_mut() else {
                    continue;
                };
                // A property whose schema is `false` can never be present.
                children.retain(|_, child| *child != Value::Bool(false));
                let base = Place::Key(place, key);
                for (name, child) in children.iter_mut() {
                    as_object_schema(child);
                    visit_schema(child, &Place::Key(&base, name), problems);
                }
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                let Some(children) = child.as_array_mut() else {
                    continue;
                };
                let base = Place::Key(place, key);
                for (index, child) in children.iter_mut().enumerate() {
                    as_object_schema(child);
                    visit_schema(child, &Place::Index(&base, index), problems);
                }
            }
            _ => {}
        }
    }
}

/// A boolean schema (3.1) as the object schema that means the same: `true` allows
/// anything (`{}`), `false` nothing (`{"not": {}}`).
fn as_object_schema(schema: &mut Value) {
    if let Value::Bool(allows) = schema {
        *schema = match allows {
            true => Value::Object(Map::new()),
            false => serde_json::json!({"not": {}}),
        };
    }
}

/// An unknown `type` would otherwise parse as "anything" and hide a typo.
fn check_type(map: &Map<String, Value>, place: &Place, problems: &mut Vec<Error>) {
    let types: Vec<&Value> = match value_of(map, "type") {
        None => return,
        Some(Value::Array(types)) => types.iter().collect(),
        Some(single) => vec![single],
    };
    for ty in types {
        if !ty.as_str().is_some_and(|t| TYPES.contains(&t)) {
            problems.push(
                Error::new(ErrorKind::InvalidSpec, format!("unknown schema type {ty}"))
                    .at(Place::Key(place, "type").pointer())
                    .with_hint("use one of string, number, integer, boolean, array, object, null"),
            );
        }
    }
}

/// Applies the rewrites of the module table to one schema object, not to its children.
fn rewrite_schema(map: &mut Map<String, Value>) {
    if needs_rewriting(map) {
        rewrite(map);
    }
}

/// [`rewrite_schema`]'s rewrites, each of which looks for its own keywords.
fn rewrite(map: &mut Map<String, Value>) {
    rewrite_type_array(map);
    rewrite_const(map);
    rewrite_null_branches(map, "anyOf");
    rewrite_null_branches(map, "oneOf");
    rewrite_ref_siblings(map);
    rewrite_exclusive_bounds(map);
    clamp_integer_bounds(map);
    stringify_enum_values(map);
    if let Some(max) = value_of(map, "propertyNames")
        .and_then(|names| names.get("maxLength"))
        .cloned()
    {
        map.insert(KEY_MAX_LENGTH.into(), max);
    }
    if value_of(map, "type").and_then(Value::as_str) == Some("null") {
        // A schema that only allows null: keep it as "anything, nullable".
        map.remove("type");
        map.insert("nullable".into(), Value::Bool(true));
    }
}

/// Whether any rewrite of [`rewrite_schema`] could change the schema, told in one pass over
/// its keys: most schemas are 3.0's already (`{"type": "string", "description": ..}`), and
/// each rewrite looked its keywords up (Box's 5,300 schemas, 40,000 lookups).
fn needs_rewriting(map: &Map<String, Value>) -> bool {
    let (mut bounds, mut enumeration) = (false, false);
    let mut ty = None;
    for (key, value) in map {
        match key.as_str() {
            "const" | "anyOf" | "oneOf" | "exclusiveMinimum" | "exclusiveMaximum"
            | "propertyNames" => return true,
            "$ref" if map.len() > 1 => return true,
            "type" => ty = Some(value),
            "minimum" | "maximum" | "multipleOf" => bounds = true,
            "enum" => enumeration = true,
            _ => {}
        }
    }
    match ty {
        None => false,
        Some(Value::String(ty)) => match ty.as_str() {
            "null" => true,
            "integer" => bounds,
            "string" => enumeration,
            _ => false,
        },
        Some(_) => true,
    }
}

fn rewrite_type_array(map: &mut Map<String, Value>) {
    let Some(Value::Array(types)) = value_of(map, "type") else {
        return;
    };
    let mut nullable = false;
    let mut others = Vec::new();
    for ty in types {
        match ty.as_str() {
            Some("null") => nullable = true,
            Some(other) => others.push(other.to_owned()),
            None => {}
        }
    }
    map.remove("type");
    match others.as_slice() {
        [] => {}
        [single] => {
            map.insert("type".into(), Value::String(single.clone()));
        }
        many => {
            let branches = many
                .iter()
                .map(|ty| {
                    let mut branch = Map::new();
                    branch.insert("type".into(), Value::String(ty.clone()));
                    Value::Object(branch)
                })
                .collect();
            map.insert("anyOf".into(), Value::Array(branches));
        }
    }
    if nullable {
        map.insert("nullable".into(), Value::Bool(true));
    }
}

fn rewrite_const(map: &mut Map<String, Value>) {
    // Looked for before it is removed: most schemas have none, and removing hashes the key.
    if !has_key(map, "const") {
        return;
    }
    let Some(value) = map.remove("const") else {
        return;
    };
    if !has_key(map, "type") {
        let ty = match &value {
            Value::String(_) => Some("string"),
            Value::Bool(_) => Some("boolean"),
            Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
            Value::Number(_) => Some("number"),
            _ => None,
        };
        if let Some(ty) = ty {
            map.insert("type".into(), Value::String(ty.into()));
        }
    }
    map.insert("enum".into(), Value::Array(vec![value]));
}

fn is_null_schema(schema: &Value) -> bool {
    let Some(map) = schema.as_object() else {
        return false;
    };
    match value_of(map, "type") {
        Some(Value::String(ty)) => ty == "null",
        Some(Value::Array(types)) => types.iter().all(|t| t.as_str() == Some("null")),
        _ => false,
    }
}

fn rewrite_null_branches(map: &mut Map<String, Value>, key: &str) {
    let Some(Value::Array(branches)) = value_of_mut(map, key) else {
        return;
    };
    let before = branches.len();
    branches.retain(|branch| !is_null_schema(branch));
    if branches.len() == before {
        return;
    }
    map.insert("nullable".into(), Value::Bool(true));
    let Some(Value::Array(branches)) = value_of(map, key) else {
        return;
    };
    if branches.len() != 1 {
        if branches.is_empty() {
            map.remove(key);
        }
        return;
    }
    let Some(Value::Array(mut branches)) = map.remove(key) else {
        return;
    };
    let Some(Value::Object(only)) = branches.pop() else {
        return;
    };
    if only.contains_key("$ref") {
        map.insert("allOf".into(), Value::Array(vec![Value::Object(only)]));
    } else {
        // Merge the lone branch into its parent; the parent's own keys (description) win.
        for (k, v) in only {
            map.entry(k).or_insert(v);
        }
        // The branch itself may use 3.1 forms.
        rewrite_type_array(map);
        rewrite_const(map);
    }
}

fn rewrite_ref_siblings(map: &mut Map<String, Value>) {
    if !has_key(map, "$ref") || map.len() == 1 {
        return;
    }
    let Some(reference) = map.remove("$ref") else {
        return;
    };
    let mut only_ref = Map::new();
    only_ref.insert("$ref".into(), reference);
    match value_of_mut(map, "allOf") {
        Some(Value::Array(all_of)) => all_of.insert(0, Value::Object(only_ref)),
        _ => {
            map.insert("allOf".into(), Value::Array(vec![Value::Object(only_ref)]));
        }
    }
}

fn rewrite_exclusive_bounds(map: &mut Map<String, Value>) {
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(Value::Number(n)) = value_of(map, exclusive) {
            let n = n.clone();
            map.insert(bound.into(), Value::Number(n));
            map.insert(exclusive.into(), Value::Bool(true));
        }
    }
}

fn clamp_integer_bounds(map: &mut Map<String, Value>) {
    if value_of(map, "type").and_then(Value::as_str) != Some("integer") {
        return;
    }
    for key in ["minimum", "maximum", "multipleOf"] {
        let Some(Value::Number(n)) = value_of(map, key) else {
            continue;
        };
        if n.is_i64() {
            continue;
        }
        let clamped = match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 9.0e18 => Some(f as i64),
            Some(f) if f >= 9.0e18 => Some(i64::MAX),
            Some(f) if f <= -9.0e18 => Some(i64::MIN),
            _ => None,
        };
        match clamped {
            Some(value) => {
                map.insert(key.into(), Value::from(value));
            }
            None => {
                map.remove(key);
            }
        }
    }
}

fn stringify_enum_values(map: &mut Map<String, Value>) {
    if value_of(map, "type").and_then(Value::as_str) != Some("string") {
        return;
    }
    let Some(Value::Array(values)) = value_of_mut(map, "enum") else {
        return;
    };
    for value in values.iter_mut() {
        let text = match &*value {
            Value::String(_) | Value::Null => continue,
            other => other.to_string(),
        };
        *value = Value::String(text);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn problems_in_a_schemas_children_come_in_the_documents_order() {
        let mut schema = json!({
            "properties": {"a": {"type": "text"}},
            "items": {"type": "list"},
            "anyOf": [{"type": "word"}],
        });
        let mut problems = Vec::new();
        visit_schema(&mut schema, &Place::Text("#"), &mut problems);
        let places: Vec<_> = problems.iter().map(|p| p.pointer.clone()).collect();
        assert_eq!(
            places,
            ["#/properties/a/type", "#/items/type", "#/anyOf/0/type"].map(|p| Some(p.to_owned()))
        );
    }

    /// A schema `needs_rewriting` passes over is one the rewrites leave as it is: checked on
    /// every object of every document the project is tried on (read as JSON values, before
    /// normalisation), and on schemas made to come near each rewrite.
    #[test]
    fn what_needs_no_rewriting_the_rewrites_leave_alone() {
        fn check(value: &Value, checked: &mut usize) {
            match value {
                Value::Object(map) => {
                    if !needs_rewriting(map) {
                        let mut rewritten = map.clone();
                        rewrite(&mut rewritten);
                        assert_eq!(&rewritten, map);
                        *checked += 1;
                    }
                    map.values().for_each(|child| check(child, checked));
                }
                Value::Array(items) => items.iter().for_each(|item| check(item, checked)),
                _ => {}
            }
        }
        let mut checked = 0;
        for path in crate::testing::documents() {
            let text = std::fs::read_to_string(&path).expect("a document");
            let Ok(value) = serde_yaml::from_str::<Value>(&text) else {
                continue;
            };
            check(&value, &mut checked);
        }
        let near = json!([
            {"$ref": "#/a"},
            {"type": "integer", "format": "int32"},
            {"type": "number", "minimum": 1.5},
            {"type": "string", "minLength": 1},
            {"type": "object", "required": ["a"], "nullable": true},
            {"description": "any", "allOf": [{"$ref": "#/a"}]},
        ]);
        check(&near, &mut checked);
        assert!(checked > 10_000, "{checked} objects");
        let each = json!([
            {"$ref": "#/a", "description": "b"},
            {"type": ["string", "null"]},
            {"type": "null"},
            {"const": 1},
            {"anyOf": [{"type": "null"}, {"type": "string"}]},
            {"oneOf": [{"type": "null"}, {"type": "string"}]},
            {"exclusiveMinimum": 1},
            {"exclusiveMaximum": 1},
            {"type": "integer", "minimum": 1.0},
            {"type": "integer", "maximum": 1e30},
            {"type": "integer", "multipleOf": 2.0},
            {"type": "string", "enum": [1, "a"]},
            {"propertyNames": {"maxLength": 3}},
        ]);
        for schema in each.as_array().into_iter().flatten() {
            let map = schema.as_object().expect("an object");
            let mut rewritten = map.clone();
            rewrite(&mut rewritten);
            assert_ne!(&rewritten, map, "{schema}");
            assert!(needs_rewriting(map), "{schema}");
        }
    }

    fn normalized(mut schema: Value) -> Value {
        let mut problems = Vec::new();
        visit_schema(&mut schema, &Place::Text("#"), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        schema
    }

    #[test]
    fn type_arrays_become_nullable_or_any_of() {
        assert_eq!(
            normalized(json!({"type": ["string", "null"]})),
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(
            normalized(json!({"type": ["string", "integer"]})),
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}]})
        );
    }

    #[test]
    fn null_branches_become_nullable() {
        assert_eq!(
            normalized(
                json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}], "description": "d"})
            ),
            json!({"description": "d", "nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
        assert_eq!(
            normalized(json!({"oneOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]})),
            json!({"nullable": true, "type": "string", "enum": ["a"]})
        );
        let two = normalized(
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}),
        );
        assert_eq!(two["anyOf"].as_array().map(Vec::len), Some(2));
        assert_eq!(two["nullable"], json!(true));
    }

    #[test]
    fn a_keyword_of_the_wrong_type_is_named_with_its_place() {
        // api.video's `pattern: 0`.
        let mut schema = json!({"properties": {"timecode": {"type": "string", "pattern": 0}}});
        let mut problems = Vec::new();
        visit_schema(&mut schema, &Place::Text("#"), &mut problems);
        let places: Vec<_> = problems.iter().map(|p| p.pointer.clone()).collect();
        assert_eq!(places, [Some("#/properties/timecode/pattern".to_owned())]);
        assert!(problems[0]
            .message
            .contains("`pattern` must be a string, is 0"));
    }

    #[test]
    fn boolean_schemas_become_object_schemas() {
        // Vercel's and Codat's `additionalProperties: false` one level too deep: a property
        // named `additionalProperties` that can never be present.
        assert_eq!(
            normalized(json!({
                "properties": {"id": true, "additionalProperties": false},
                "additionalProperties": false,
                "items": false,
                "anyOf": [true, {"type": "string"}]
            })),
            json!({
                "properties": {"id": {}},
                "additionalProperties": false,
                "items": {"not": {}},
                "anyOf": [{}, {"type": "string"}]
            })
        );
    }

    #[test]
    fn const_becomes_a_one_valued_enum() {
        assert_eq!(
            normalized(json!({"const": "function"})),
            json!({"type": "string", "enum": ["function"]})
        );
    }

    #[test]
    fn ref_siblings_move_into_all_of() {
        assert_eq!(
            normalized(json!({"$ref": "#/components/schemas/A", "description": "d"})),
            json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
        assert_eq!(
            normalized(json!({"$ref": "#/components/schemas/A"})),
            json!({"$ref": "#/components/schemas/A"})
        );
    }

    #[test]
    fn bounds_fit_openapi_3_0() {
        assert_eq!(
            normalized(json!({"type": "number", "exclusiveMinimum": 0})),
            json!({"type": "number", "exclusiveMinimum": true, "minimum": 0})
        );
        let clamped = normalized(json!({"type": "integer", "minimum": -9.223372036854776e18}));
        assert_eq!(clamped["minimum"], json!(i64::MIN));
    }

    #[test]
    fn enum_values_of_string_schemas_become_strings() {
        assert_eq!(
            normalized(json!({"type": "string", "enum": [1, true, "x", null]})),
            json!({"type": "string", "enum": ["1", "true", "x", null]})
        );
    }

    #[test]
    fn nested_schemas_are_normalized_too() {
        let schema = normalized(json!({
            "type": "object",
            "properties": {"a": {"type": ["integer", "null"]}},
            "items": {"const": 3}
        }));
        assert_eq!(
            schema["properties"]["a"],
            json!({"type": "integer", "nullable": true})
        );
        assert_eq!(schema["items"], json!({"type": "integer", "enum": [3]}));
    }

    /// Every kind of step on the way to a problem in a path item is in its pointer, escaped:
    /// a parameter's index, a method, a status, a header, a media type, a property.
    #[test]
    fn problems_in_a_path_item_name_their_place() {
        let mut item = json!({"get": {
            "parameters": [{"in": "query", "name": "q", "schema": {"type": "strng"}}],
            "responses": {"200": {
                "description": "ok",
                "headers": {"X-R": {"schema": {"type": "nmber"}}},
                "content": {"application/json": {"schema": {
                    "properties": {"p~q": {"type": "txt"}}}}}
            }}
        }});
        let problems = normalize_path_item("/a/{b}", &mut item);
        let places: Vec<_> = problems.iter().map(|p| p.pointer.clone()).collect();
        let at = |rest: &str| Some(format!("#/paths/~1a~1{{b}}/get/{rest}"));
        assert_eq!(
            places,
            [
                at("parameters/0/schema/type"),
                at("responses/200/content/application~1json/schema/properties/p~0q/type"),
                at("responses/200/headers/X-R/schema/type"),
            ]
        );
    }

    #[test]
    fn unknown_types_are_reported_with_their_pointer() {
        let mut schema = json!({"properties": {"a": {"type": "strng"}}});
        let mut problems = Vec::new();
        visit_schema(
            &mut schema,
            &Place::Text("#/components/schemas/X"),
            &mut problems,
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].pointer.as_deref(),
            Some("#/components/schemas/X/properties/a/type")
        );
    }
}
