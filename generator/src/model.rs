//! Stage 1's result: the document as the generator holds it. `openapiv3`'s model, but for
//! the path items and their operations, which are types of the generator's own.
//!
//! Why: `openapiv3::PathItem` holds its eight operations inline, 8,744 bytes an item
//! whichever it has; a path has one or two. Microsoft Graph's description (7,400 paths)
//! spent 65 MB on them. Here an item holds the operations it has, in a list. A parameter
//! is 1,184 bytes in `openapiv3`, a `$ref` as much as a parameter written out (its schema is
//! held inline): here it is behind a pointer, and a reference takes a pointer's room. The
//! path items' parameters and answers written out the same way share one (`model_pool`):
//! Microsoft Graph's beta description writes 49,668 parameters, 3,116 of them different.
//!
//! Architecture Invariant: a `Document` says what `openapiv3::OpenAPI` says of the same
//! document, no more and no less (`From<OpenAPI>` is the reference, and the loader's test
//! holds every reading equal to it). Webhooks and callbacks are path items of this model
//! too, converted where they are read.

use std::sync::Arc;

use indexmap::IndexMap;
use openapiv3::{
    ExternalDocumentation, OpenAPI, Parameter, ReferenceOr, RequestBody, Response,
    SecurityRequirement, Server, StatusCode,
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
/// pointer that path items may share (`model_pool`).
pub type ParameterRef = ReferenceOr<Arc<Parameter>>;

/// An answer of an operation: a reference, or the answer, behind a pointer that path items
/// may share (`model_pool`).
pub type ResponseRef = ReferenceOr<Arc<Response>>;

/// An operation's answers: what `openapiv3::Responses` holds, each answer behind a pointer
/// (`openapiv3` holds a `$ref` in the 312 bytes of an answer).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Responses {
    pub default: Option<ResponseRef>,
    pub responses: IndexMap<StatusCode, ResponseRef>,
    pub extensions: IndexMap<String, Value>,
}

impl From<openapiv3::Responses> for Responses {
    fn from(responses: openapiv3::Responses) -> Self {
        Self {
            default: responses.default.map(|r| map_item(r, Arc::new)),
            responses: (responses.responses.into_iter())
                .map(|(status, r)| (status, map_item(r, Arc::new)))
                .collect(),
            extensions: responses.extensions,
        }
    }
}

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
            parameters: behind_arcs(operation.parameters),
            request_body: operation.request_body,
            responses: operation.responses.into(),
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
fn behind_arcs(parameters: Vec<ReferenceOr<Parameter>>) -> Vec<ParameterRef> {
    let parameters = parameters.into_iter();
    parameters
        .map(|parameter| map_item(parameter, Arc::new))
        .collect()
}

/// `value`'s item through `convert`; a reference as it is.
pub(crate) fn map_item<A, B>(
    value: ReferenceOr<A>,
    convert: impl FnOnce(A) -> B,
) -> ReferenceOr<B> {
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
            parameters: behind_arcs(std::mem::take(&mut item.parameters)),
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
        assert_eq!(ours.parameters, behind_arcs(item.parameters.clone()));
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
        assert_eq!(ours.parameters, behind_arcs(operation.parameters.clone()));
        assert!(
            matches!(&ours.parameters[1], ReferenceOr::Item(p) if p.parameter_data_ref().name == "q")
        );
        assert_eq!(ours.request_body, operation.request_body);
        let theirs = &operation.responses.responses;
        assert_eq!(ours.responses.responses.len(), theirs.len());
        for ((status, answer), (their_status, their_answer)) in
            ours.responses.responses.iter().zip(theirs)
        {
            assert_eq!(status, their_status);
            assert_eq!(answer.as_item().map(|a| &**a), their_answer.as_item());
        }
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
