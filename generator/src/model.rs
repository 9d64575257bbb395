//! Stage 1's result: the document as the generator holds it. `openapiv3`'s model, but for
//! the path items and their operations, which are types of the generator's own.
//!
//! Why: `openapiv3::PathItem` holds its eight operations inline, 8,744 bytes an item
//! whichever it has; a path has one or two. Microsoft Graph's description (7,400 paths)
//! spent 65 MB on them. Here an item holds the operations it has, in a list. A parameter
//! is 1,184 bytes in `openapiv3`, a `$ref` as much as a parameter written out (its schema is
//! held inline): here it is behind a pointer, and a reference takes a pointer's room. The
//! path items' parameters written out the same way share one (`ParameterPool`): Microsoft
//! Graph's beta description writes 49,668 of them, 3,116 of them different.
//!
//! Architecture Invariant: a `Document` says what `openapiv3::OpenAPI` says of the same
//! document, no more and no less (`From<OpenAPI>` is the reference, and the loader's test
//! holds every reading equal to it). Webhooks and callbacks are path items of this model
//! too, converted where they are read.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use indexmap::IndexMap;
use openapiv3::{
    ExternalDocumentation, OpenAPI, Parameter, ReferenceOr, RequestBody, Responses,
    SecurityRequirement, Server,
};
use serde_json::Value;

/// A loaded document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// Everything but the path items: `spec.paths` keeps the extensions of `paths` and no
    /// item.
    pub spec: OpenAPI,
    /// The entries of `paths` whose key starts with `/`, in the document's order.
    pub paths: Paths,
}

/// The path items, by path.
pub type Paths = IndexMap<String, ReferenceOr<PathItem>>;

/// A path item: what `openapiv3::PathItem` holds, its operations listed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PathItem {
    pub summary: Option<String>,
    pub description: Option<String>,
    /// Each operation under its lowercase method, in `openapiv3::PathItem::iter`'s order.
    pub operations: Vec<(&'static str, Operation)>,
    pub servers: Vec<Server>,
    pub parameters: Vec<ParameterRef>,
    pub extensions: IndexMap<String, Value>,
}

/// The methods a path item holds operations under (3.2's `query` aside, which loading moves
/// to an extension), in `openapiv3::PathItem::iter`'s order.
pub(crate) const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A parameter of a path item or an operation: a reference, or the parameter, behind a
/// pointer that path items may share (`ParameterPool`).
pub type ParameterRef = ReferenceOr<Arc<Parameter>>;

/// An operation: what `openapiv3::Operation` holds, its parameters behind pointers and its
/// callbacks' path items of this model.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Operation {
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub external_docs: Option<ExternalDocumentation>,
    pub operation_id: Option<String>,
    pub parameters: Vec<ParameterRef>,
    pub request_body: Option<ReferenceOr<RequestBody>>,
    pub responses: Responses,
    /// Each callback's path items, by their expression.
    pub callbacks: IndexMap<String, IndexMap<String, PathItem>>,
    pub deprecated: bool,
    pub security: Option<Vec<SecurityRequirement>>,
    pub servers: Vec<Server>,
    pub extensions: IndexMap<String, Value>,
}

impl From<openapiv3::Operation> for Operation {
    fn from(operation: openapiv3::Operation) -> Self {
        Self {
            tags: operation.tags,
            summary: operation.summary,
            description: operation.description,
            external_docs: operation.external_docs,
            operation_id: operation.operation_id,
            parameters: boxed(operation.parameters),
            request_body: operation.request_body,
            responses: operation.responses,
            callbacks: callbacks(operation.callbacks),
            deprecated: operation.deprecated,
            security: operation.security,
            servers: operation.servers,
            extensions: operation.extensions,
        }
    }
}

/// `openapiv3`'s callbacks, their path items of this model.
pub(crate) fn callbacks(
    callbacks: IndexMap<String, openapiv3::Callback>,
) -> IndexMap<String, IndexMap<String, PathItem>> {
    let items = |items: openapiv3::Callback| {
        (items.into_iter())
            .map(|(expression, item)| (expression, item.into()))
            .collect()
    };
    (callbacks.into_iter())
        .map(|(name, callback)| (name, items(callback)))
        .collect()
}

/// `openapiv3`'s parameters, each behind a pointer.
fn boxed(parameters: Vec<ReferenceOr<Parameter>>) -> Vec<ParameterRef> {
    let parameters = parameters.into_iter();
    parameters
        .map(|parameter| map_item(parameter, Arc::new))
        .collect()
}

/// The parameters written out in the path items read so far, to share: an item's parameter
/// equal to one of an earlier item's becomes that one.
///
/// Not within an item: lowering takes a schema reached twice within one path item for one
/// type (a path-level parameter's, which each of its operations reaches), and forgets what
/// it named when the item is done. So equal parameters of one item stay apart, as they are
/// written (each gets a different one of the pool's, or its own), and a shared one is
/// lowered again, under each item's names, as before.
#[derive(Default)]
pub(crate) struct ParameterPool {
    /// By a hash of some of the parameter (`bucket`); equal parameters, never only equal
    /// hashes, are shared.
    by_hash: HashMap<u64, Vec<Arc<Parameter>>>,
}

impl ParameterPool {
    /// Shares the item's parameters (its own, its operations' and their callbacks') with
    /// the items before it, then keeps them for the items after it.
    pub(crate) fn share(&mut self, item: &mut PathItem) {
        let mut kept = Vec::new();
        // A shared parameter goes to one parameter of the item: two equal ones (the same
        // inline enum on an item's `get` and `put`) stay two, as they are written.
        let mut taken: Vec<*const Parameter> = Vec::new();
        for parameter in parameters_mut(item) {
            let ReferenceOr::Item(parameter) = parameter else {
                continue;
            };
            let hash = bucket(parameter);
            let mut known = self.by_hash.get(&hash).into_iter().flatten();
            let free =
                known.find(|known| !taken.contains(&Arc::as_ptr(known)) && ***known == **parameter);
            match free {
                Some(known) => {
                    taken.push(Arc::as_ptr(known));
                    *parameter = Arc::clone(known);
                }
                None => kept.push((hash, Arc::clone(parameter))),
            }
        }
        for (hash, parameter) in kept {
            let bucket = self.by_hash.entry(hash).or_default();
            // Bounded, so that a document of many parameters alike in name and description
            // but not in schema costs a few comparisons each, not one for every earlier one.
            if bucket.len() < BUCKET_SIZE {
                bucket.push(parameter);
            }
        }
    }
}

/// The most parameters kept under one `bucket`.
const BUCKET_SIZE: usize = 8;

/// Every parameter of a path item: its own, its operations', their callbacks' items'.
fn parameters_mut(item: &mut PathItem) -> Vec<&mut ParameterRef> {
    let mut all: Vec<&mut ParameterRef> = item.parameters.iter_mut().collect();
    for (_, operation) in &mut item.operations {
        all.extend(operation.parameters.iter_mut());
        for items in operation.callbacks.values_mut() {
            for item in items.values_mut() {
                all.extend(parameters_mut(item));
            }
        }
    }
    all
}

/// A hash of what tells most parameters apart (where and under which name they are sent, and
/// their description), for the pool's buckets: cheaper than a hash of everything, and equal
/// parameters have equal ones.
fn bucket(parameter: &Parameter) -> u64 {
    let data = parameter.parameter_data_ref();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    std::mem::discriminant(parameter).hash(&mut hasher);
    data.name.hash(&mut hasher);
    data.description.hash(&mut hasher);
    hasher.finish()
}

/// `value`'s item through `convert`; a reference as it is.
fn map_item<A, B>(value: ReferenceOr<A>, convert: impl FnOnce(A) -> B) -> ReferenceOr<B> {
    match value {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
        ReferenceOr::Item(item) => ReferenceOr::Item(convert(item)),
    }
}

impl PathItem {
    /// The operations with their methods, as `openapiv3::PathItem::iter` gives them.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Operation)> + '_ {
        self.operations
            .iter()
            .map(|(method, operation)| (*method, operation))
    }
}

impl From<openapiv3::PathItem> for PathItem {
    fn from(mut item: openapiv3::PathItem) -> Self {
        Self {
            summary: item.summary.take(),
            description: item.description.take(),
            servers: std::mem::take(&mut item.servers),
            parameters: boxed(std::mem::take(&mut item.parameters)),
            extensions: std::mem::take(&mut item.extensions),
            operations: (item.into_iter())
                .map(|(method, operation)| (method, operation.into()))
                .collect(),
        }
    }
}

impl From<OpenAPI> for Document {
    fn from(mut spec: OpenAPI) -> Self {
        let paths = std::mem::take(&mut spec.paths.paths)
            .into_iter()
            .map(|(path, item)| (path, reference_or_item(item)))
            .collect();
        Self { spec, paths }
    }
}

/// A path item of `openapiv3`'s, or its reference, into ours.
pub(crate) fn reference_or_item(item: ReferenceOr<openapiv3::PathItem>) -> ReferenceOr<PathItem> {
    map_item(item, PathItem::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A path item whose operations take these parameters, one each.
    fn item_taking(parameters: &[serde_json::Value]) -> PathItem {
        let operations = parameters.iter().enumerate().map(|(index, parameter)| {
            let method = METHODS[index];
            let operation: openapiv3::Operation = serde_json::from_value(serde_json::json!({
                "parameters": [parameter], "responses": {},
            }))
            .expect("an operation");
            (method, Operation::from(operation))
        });
        PathItem {
            operations: operations.collect(),
            ..PathItem::default()
        }
    }

    fn parameter(item: &PathItem, operation: usize) -> &Arc<Parameter> {
        match &item.operations[operation].1.parameters[0] {
            ReferenceOr::Item(parameter) => parameter,
            ReferenceOr::Reference { .. } => panic!("written out"),
        }
    }

    #[test]
    fn equal_parameters_are_shared_across_path_items_and_not_within_one() {
        let mode = serde_json::json!({"name": "mode", "in": "query", "schema": {"enum": ["x"]}});
        let other = serde_json::json!({"name": "mode", "in": "query", "schema": {"enum": ["y"]}});
        let mut pool = ParameterPool::default();
        let mut first = item_taking(std::slice::from_ref(&mode));
        let mut second = item_taking(&[mode.clone(), mode.clone(), other.clone()]);
        let mut third = item_taking(&[mode.clone(), mode, other]);
        pool.share(&mut first);
        pool.share(&mut second);
        pool.share(&mut third);
        // Within the second item, one of its two equal parameters gets the first item's.
        assert!(Arc::ptr_eq(parameter(&first, 0), parameter(&second, 0)));
        assert!(!Arc::ptr_eq(parameter(&second, 0), parameter(&second, 1)));
        // The third item gets both of the second's, each once, and its other one.
        assert!(Arc::ptr_eq(parameter(&second, 0), parameter(&third, 0)));
        assert!(Arc::ptr_eq(parameter(&second, 1), parameter(&third, 1)));
        assert!(Arc::ptr_eq(parameter(&second, 2), parameter(&third, 2)));
        // Equal JSON, never only an equal hash: the other value is not the first's.
        assert!(!Arc::ptr_eq(parameter(&second, 0), parameter(&second, 2)));
        assert_eq!(**parameter(&second, 1), **parameter(&first, 0));
    }

    #[test]
    fn a_bucket_of_parameters_alike_but_unequal_is_bounded() {
        let mut pool = ParameterPool::default();
        let alike = |value: usize| serde_json::json!({"name": "mode", "in": "query", "schema": {"enum": [value]}});
        for value in 0..3 * BUCKET_SIZE {
            pool.share(&mut item_taking(&[alike(value)]));
        }
        let buckets: Vec<usize> = pool.by_hash.values().map(Vec::len).collect();
        assert_eq!(buckets, [BUCKET_SIZE]);
        // The ones kept are still shared.
        let mut again = item_taking(&[alike(1)]);
        pool.share(&mut again);
        assert!(pool
            .by_hash
            .values()
            .flatten()
            .any(|p| Arc::ptr_eq(p, parameter(&again, 0))));
    }

    #[test]
    fn a_path_item_keeps_its_operations_in_openapiv3s_order_and_everything_else() {
        let item: openapiv3::PathItem = serde_json::from_value(serde_json::json!({
            "summary": "s", "description": "d",
            "trace": {"responses": {}}, "get": {"operationId": "a", "responses": {}},
            "patch": {"operationId": "b", "responses": {}},
            "servers": [{"url": "https://x"}],
            "parameters": [{"$ref": "#/components/parameters/p"}],
            "x-a": 1,
        }))
        .expect("a path item");
        let ours = PathItem::from(item.clone());
        let theirs: Vec<_> = item
            .iter()
            .map(|(m, o)| (m, o.operation_id.clone()))
            .collect();
        let mine: Vec<_> = ours
            .iter()
            .map(|(m, o)| (m, o.operation_id.clone()))
            .collect();
        assert_eq!(mine, theirs);
        assert_eq!(ours.operations.len(), 3);
        assert_eq!(ours.summary, item.summary);
        assert_eq!(ours.description, item.description);
        assert_eq!(ours.servers, item.servers);
        assert_eq!(ours.parameters, boxed(item.parameters.clone()));
        assert_eq!(ours.extensions, item.extensions);
    }

    #[test]
    fn an_operation_keeps_everything_its_parameters_boxed_its_callbacks_converted() {
        let operation: openapiv3::Operation = serde_json::from_value(serde_json::json!({
            "operationId": "a", "tags": ["t"], "deprecated": true,
            "parameters": [{"$ref": "#/components/parameters/p"},
                           {"name": "q", "in": "query", "schema": {"type": "string"}}],
            "requestBody": {"content": {}},
            "responses": {"200": {"description": "ok"}},
            "callbacks": {"done": {"{$request.body#/url}": {"post": {"responses": {}}}}},
            "x-a": 1,
        }))
        .expect("an operation");
        let ours = Operation::from(operation.clone());
        assert_eq!(ours.parameters, boxed(operation.parameters.clone()));
        assert!(
            matches!(&ours.parameters[1], ReferenceOr::Item(p) if p.parameter_data_ref().name == "q")
        );
        assert_eq!(ours.request_body, operation.request_body);
        assert_eq!(ours.responses, operation.responses);
        let callback = &ours.callbacks["done"]["{$request.body#/url}"];
        assert_eq!(
            callback.iter().map(|(m, _)| m).collect::<Vec<_>>(),
            ["post"]
        );
        assert_eq!(
            (
                ours.operation_id,
                ours.tags,
                ours.deprecated,
                ours.extensions
            ),
            (
                operation.operation_id,
                operation.tags,
                operation.deprecated,
                operation.extensions
            )
        );
    }
}
