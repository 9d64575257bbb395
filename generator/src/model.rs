//! Stage 1's result: the document as the generator holds it. `openapiv3`'s model, but for
//! the paths, whose items are a type of the generator's own.
//!
//! Why: `openapiv3::PathItem` holds its eight operations inline, 8,744 bytes an item
//! whichever it has; a path has one or two. Microsoft Graph's description (7,400 paths)
//! spent 65 MB on them. Here an item holds the operations it has, in a list.
//!
//! Architecture Invariant: a `Document` says what `openapiv3::OpenAPI` says of the same
//! document, no more and no less (`From<OpenAPI>` is the reference, and the loader's test
//! holds every reading equal to it). The webhooks' and callbacks' path items, read where
//! they are used, stay `openapiv3`'s.

use indexmap::IndexMap;
use openapiv3::{OpenAPI, Operation, Parameter, ReferenceOr, Server};
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
    pub parameters: Vec<ReferenceOr<Parameter>>,
    pub extensions: IndexMap<String, Value>,
}

impl PathItem {
    /// The operations with their methods, as `openapiv3::PathItem::iter` gives them.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Operation)> {
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
            parameters: std::mem::take(&mut item.parameters),
            extensions: std::mem::take(&mut item.extensions),
            operations: item.into_iter().collect(),
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
    match item {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
        ReferenceOr::Item(item) => ReferenceOr::Item(item.into()),
    }
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
        let theirs: Vec<_> = item.iter().collect();
        assert_eq!(ours.iter().collect::<Vec<_>>(), theirs);
        assert_eq!(theirs.len(), 3);
        assert_eq!(ours.summary, item.summary);
        assert_eq!(ours.description, item.description);
        assert_eq!(ours.servers, item.servers);
        assert_eq!(ours.parameters, item.parameters);
        assert_eq!(ours.extensions, item.extensions);
    }
}
