//! Stage 2: choose the operations to generate and the component schemas they reach.

use std::collections::BTreeSet;

use foldhash::{HashSet, HashSetExt};
use openapiv3::{OpenAPI, ReferenceOr};

use crate::error::{pointer_push, pointer_push_all, Error, ErrorKind, Result};
use crate::model::{Document, Operation, ParameterRef, PathItem, Paths};
use crate::resolve::{self, RefOr};

/// Which operations to generate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum OperationFilter {
    /// Every operation of the document.
    #[default]
    All,
    /// Operations whose operationId is listed.
    Ids(Vec<String>),
    /// Operations carrying one of these tags.
    Tags(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct SelectedOperation {
    pub path: String,
    /// Lowercase HTTP method, as in the document.
    pub method: String,
    /// The operation's JSON pointer (`#/paths/<path, escaped>/<method>`), made once here
    /// for every error and warning of its lowering.
    pub pointer: String,
    /// An operation the 3.0 model has no field for (3.2's `query`), read from the extension
    /// `load` moved it into; the others are found in the document by path and method.
    /// Boxed: an `Operation` is a kilobyte inline, and Microsoft Graph's document selects
    /// 12,000 operations that are not `query`.
    pub parsed: Option<Box<Operation>>,
}

/// A webhook (3.1): a path item the API calls on the user's side, under its name.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectedWebhook {
    pub name: String,
    pub item: PathItem,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// The document's webhooks (with every operation selected), read from the `x-webhooks`
    /// extension `load` moved them into.
    pub webhooks: Vec<SelectedWebhook>,
    pub operations: Vec<SelectedOperation>,
    /// Component schema names reached, in document order.
    pub schemas: Vec<String>,
    /// Whether every component is generated, reached or not.
    pub all_schemas: bool,
}

const SCHEMA_PREFIX: &str = "#/components/schemas/";

/// The operations `filter` picks and the schemas they reach; with `all_schemas`, every
/// component schema besides.
pub fn select(
    document: &Document,
    filter: &OperationFilter,
    all_schemas: bool,
) -> Result<Selection> {
    let spec = &document.spec;
    let webhooks = match filter {
        OperationFilter::All => webhooks(spec)?,
        _ => Vec::new(),
    };
    let mut selection = Selection {
        all_schemas,
        ..Selection::default()
    };
    let query_operations = query_operations(&document.paths)?;
    let mut roots: Vec<&str> = Vec::new();
    // What the API sends to the user's endpoints: webhooks, and the callbacks of the
    // selected operations (below).
    for webhook in &webhooks {
        for (method, operation) in webhook.item.iter() {
            let pointer = pointer_push_all("#/webhooks", &[&webhook.name, method]);
            request_body_refs(spec, operation, &pointer, &mut roots)?;
        }
    }
    let mut ids = HashSet::new();
    for (path, item) in &document.paths {
        let ReferenceOr::Item(item) = item else {
            return Err(
                Error::new(ErrorKind::Unsupported, "a path item that is a `$ref`")
                    .at(pointer_push("#/paths", path))
                    .with_hint("write the path item inline"),
            );
        };
        let query = query_operations
            .iter()
            .filter(|(query_path, _)| query_path == path)
            .map(|(_, operation)| ("query", operation));
        let item_pointer = pointer_push("#/paths", path);
        let shared = pointer_push(&item_pointer, "parameters");
        for (method, operation) in item.iter().chain(query) {
            let pointer = pointer_push(&item_pointer, method);
            let chosen = match filter {
                OperationFilter::All => true,
                OperationFilter::Ids(wanted) => operation
                    .operation_id
                    .as_ref()
                    .is_some_and(|id| wanted.contains(id)),
                OperationFilter::Tags(wanted) => operation.tags.iter().any(|t| wanted.contains(t)),
            };
            if !chosen {
                continue;
            }
            if let Some(id) = &operation.operation_id {
                if !ids.insert(id.clone()) {
                    return Err(Error::new(
                        ErrorKind::InvalidSpec,
                        format!("operationId `{id}` is used twice"),
                    )
                    .at(pointer_push(&pointer, "operationId"))
                    .with_hint("operationIds must be unique across the document"));
                }
            }
            // A parameter's and an answer's own pointer is made only for an error (every
            // error of a lookup is at the pointer it is given).
            for (index, parameter) in item.parameters.iter().enumerate() {
                parameter_refs(spec, parameter, &shared, &mut roots)
                    .map_err(|error| error.at(pointer_push(&shared, &index.to_string())))?;
            }
            for (index, parameter) in operation.parameters.iter().enumerate() {
                parameter_refs(spec, parameter, &pointer, &mut roots).map_err(|error| {
                    error.at(pointer_push_all(
                        &pointer,
                        &["parameters", &index.to_string()],
                    ))
                })?;
            }
            request_body_refs(spec, operation, &pointer, &mut roots)?;
            for (name, callback) in &operation.callbacks {
                let callback_pointer = pointer_push_all(&pointer, &["callbacks", name]);
                for (expression, item) in callback {
                    let item_pointer = pointer_push(&callback_pointer, expression);
                    for (method, operation) in item.iter() {
                        let pointer = pointer_push(&item_pointer, method);
                        request_body_refs(spec, operation, &pointer, &mut roots)?;
                    }
                }
            }
            let responses = operation
                .responses
                .responses
                .iter()
                .map(|(status, response)| (Some(status), response))
                .chain(operation.responses.default.iter().map(|r| (None, r)));
            for (status, response) in responses {
                let (response, _) =
                    resolve::component(spec, response, "responses", &pointer, |c| &c.responses)
                        .map_err(|error| {
                            let key = status.map_or("default".to_owned(), ToString::to_string);
                            error.at(pointer_push_all(&pointer, &["responses", &key]))
                        })?;
                for schema in resolve::media_schemas(&response.content) {
                    schema_refs(schema, &mut roots);
                }
            }
            selection.operations.push(SelectedOperation {
                path: path.clone(),
                method: method.to_owned(),
                pointer,
                parsed: (method == "query").then(|| Box::new(operation.clone())),
            });
        }
    }
    if let OperationFilter::Ids(wanted) = filter {
        if let Some(missing) = wanted.iter().find(|id| !ids.contains(*id)) {
            return Err(Error::new(
                ErrorKind::InvalidSpec,
                format!("no operation has the operationId `{missing}`"),
            )
            .at("#/paths"));
        }
    }
    let schemas = spec.components.as_ref().map(|c| &c.schemas);
    let components_alone =
        selection.operations.is_empty() && document.paths.is_empty() && webhooks.is_empty();
    if all_schemas || components_alone {
        // A document of components alone: all of them.
        selection.schemas = schemas
            .map(|s| s.keys().cloned().collect())
            .unwrap_or_default();
        selection.webhooks = webhooks;
        return Ok(selection);
    }
    // Transitive closure over references between components.
    let mut reached = BTreeSet::new();
    while let Some(reference) = roots.pop() {
        let Some(name) = reference.strip_prefix(SCHEMA_PREFIX) else {
            continue;
        };
        if !reached.insert(name.to_owned()) {
            continue;
        }
        match schemas.and_then(|s| s.get(name)) {
            Some(ReferenceOr::Item(schema)) => schema_refs(RefOr::Item(schema), &mut roots),
            Some(ReferenceOr::Reference { reference }) => roots.push(reference),
            // Lowering reports it, with the pointer of the reference.
            None => continue,
        }
    }
    selection.schemas = schemas
        .map(|s| s.keys().filter(|k| reached.contains(*k)).cloned().collect())
        .unwrap_or_default();
    selection.webhooks = webhooks;
    Ok(selection)
}

/// The `$ref`s of an operation's request body schemas.
fn request_body_refs<'a>(
    spec: &'a OpenAPI,
    operation: &'a Operation,
    pointer: &str,
    out: &mut Vec<&'a str>,
) -> Result<()> {
    let Some(body) = &operation.request_body else {
        return Ok(());
    };
    let pointer = pointer_push(pointer, "requestBody");
    let (body, _) =
        resolve::component(spec, body, "requestBodies", &pointer, |c| &c.request_bodies)?;
    for schema in resolve::media_schemas(&body.content) {
        schema_refs(schema, out);
    }
    Ok(())
}

/// OpenAPI 3.2's `query` operations, by path, from the `x-query` extensions `load` moved them
/// into.
fn query_operations(paths: &Paths) -> Result<Vec<(String, Operation)>> {
    let mut operations = Vec::new();
    for (path, item) in paths {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let Some(value) = item.extensions.get("x-query") else {
            continue;
        };
        let pointer = pointer_push_all("#/paths", &[path, "query"]);
        let operation = parse_at::<openapiv3::Operation>(value, &pointer)?;
        operations.push((path.clone(), operation.into()));
    }
    Ok(operations)
}

/// A part of the document the 3.0 model kept as JSON, read as `T`; errors point into it.
fn parse_at<T: serde::de::DeserializeOwned>(value: &serde_json::Value, pointer: &str) -> Result<T> {
    serde_path_to_error::deserialize::<_, T>(value.clone()).map_err(|e| {
        let inner = crate::load::path_to_pointer(e.path());
        Error::new(ErrorKind::InvalidSpec, e.inner().to_string())
            .at(format!("{pointer}{}", inner.trim_start_matches('#')))
    })
}

/// The document's webhooks, from the `x-webhooks` extension (`load` moves 3.1's `webhooks`
/// there, as the 3.0 model has no place for them).
fn webhooks(spec: &OpenAPI) -> Result<Vec<SelectedWebhook>> {
    let Some(value) = spec.extensions.get("x-webhooks") else {
        return Ok(Vec::new());
    };
    let Some(entries) = value.as_object() else {
        return Err(
            Error::new(ErrorKind::InvalidSpec, "`webhooks` must be a map").at("#/webhooks"),
        );
    };
    let mut webhooks = Vec::new();
    for (name, item) in entries {
        let pointer = pointer_push("#/webhooks", name);
        let item = parse_at::<openapiv3::PathItem>(item, &pointer)?;
        webhooks.push(SelectedWebhook {
            name: name.clone(),
            item: item.into(),
        });
    }
    Ok(webhooks)
}

fn parameter_refs<'a>(
    spec: &'a OpenAPI,
    parameter: &'a ParameterRef,
    pointer: &str,
    out: &mut Vec<&'a str>,
) -> Result<()> {
    let (parameter, _) =
        resolve::component(spec, parameter, "parameters", pointer, |c| &c.parameters)?;
    for schema in resolve::format_schemas(&parameter.parameter_data_ref().format) {
        schema_refs(schema, out);
    }
    Ok(())
}

/// Pushes every `$ref` inside a schema (not following them).
fn schema_refs<'a>(root: RefOr<'a>, out: &mut Vec<&'a str>) {
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match node {
            RefOr::Ref(reference) => out.push(reference),
            RefOr::Item(schema) => resolve::subschemas(schema, &mut stack),
        }
    }
}
