//! Cargo features per group of operations: a pass over the finished IR that gives each
//! operation the feature of its group (the top-level resource group it is in, else its first
//! tag, else `ungrouped`) and each type the features of the operations that reach it, so
//! that emission puts a `#[cfg(..)]` on what one group alone does not need (`ir::Features`).
//! A crate with fewer than two groups (`ungrouped` aside) has no features.
//!
//! What is always compiled: webhook payloads, error answers' bodies (the client's
//! `ApiErrorBody` names them whatever the features), what they reach, and types every
//! feature reaches. Types no operation reaches (the other schemas `--all-schemas` keeps)
//! are a group of their own, `other-schemas`.
//! Reachability follows fields, union members, aliases and the items of lists and maps, so
//! a type shared by two groups is compiled with either.

use std::collections::{BTreeMap, BTreeSet};

use super::finalize::references;
use crate::ir::{is_success, Api, Features, Operation, TypeRef};

/// Names a group's feature must not take: Cargo's, the generated crate's own features and
/// its dependencies (a feature may not share a dependency's name).
pub const RESERVED: &[&str] = &[
    "default",
    OTHER_SCHEMAS,
    UNGROUPED,
    "cli",
    "tracing",
    "serde",
    "serde_json",
    "base64",
    "bytes",
    "clap",
    "clap_complete",
    "fastrand",
    "futures-core",
    "httpdate",
    "percent-encoding",
    "reqwest",
    "serde_yaml",
    "thiserror",
    "tokio",
];

/// The most groups that get features: crates.io takes at most 300 features a crate.
const MAX_GROUPS: usize = 256;

/// The feature of the operations of no group (no resource group, no tag), when others have
/// groups: OpenAI's untagged operations reach much of the Responses API's types.
pub const UNGROUPED: &str = "ungrouped";

/// The feature of the types no operation reaches (the document's other schemas, which
/// `--all-schemas` keeps), as if they were a group of their own.
pub const OTHER_SCHEMAS: &str = "other-schemas";

/// Fills `api.features`; with fewer than two groups (or more than [`MAX_GROUPS`]) it stays
/// empty and nothing is gated.
pub fn apply_features(api: &mut Api) {
    let mut operations = operation_features(api);
    let mut names: BTreeSet<String> = operations.values().cloned().collect();
    if names.len() < 2 || names.len() > MAX_GROUPS {
        api.features = Features::default();
        return;
    }
    for op in &api.operations {
        if !operations.contains_key(&op.rust_name) {
            operations.insert(op.rust_name.clone(), UNGROUPED.to_owned());
            names.insert(UNGROUPED.to_owned());
        }
    }
    let resources = api
        .resources
        .iter()
        .filter_map(|r| r.path.first())
        .filter_map(|top| Some((top.clone(), feature_name(top)?)))
        .filter(|(_, feature)| names.contains(feature))
        .collect();
    let types = type_features(api, &operations);
    if types.values().any(|f| f.iter().any(|f| f == OTHER_SCHEMAS)) {
        names.insert(OTHER_SCHEMAS.to_owned());
    }
    let names: Vec<String> = names.into_iter().collect();
    // A type every feature reaches is always compiled.
    let types = types
        .into_iter()
        .filter(|(_, features)| features.len() < names.len())
        .collect();
    api.features = Features {
        names,
        operations,
        resources,
        types,
    };
}

/// Each grouped operation's feature, by its Rust name: its first resource group's top
/// name, else its first tag.
fn operation_features(api: &Api) -> BTreeMap<String, String> {
    let mut features = BTreeMap::new();
    for resource in &api.resources {
        let Some(feature) = resource.path.first().and_then(|top| feature_name(top)) else {
            continue;
        };
        for method in &resource.methods {
            features
                .entry(method.operation.clone())
                .or_insert_with(|| feature.clone());
        }
    }
    for op in &api.operations {
        if features.contains_key(&op.rust_name) {
            continue;
        }
        if let Some(feature) = op.tags.first().and_then(|tag| feature_name(tag)) {
            features.insert(op.rust_name.clone(), feature);
        }
    }
    features
}

/// A group's name as a Cargo feature: lower-case ASCII letters and digits, other runs made
/// one `-` (`Fine-tuning` → `fine-tuning`, `vector_stores` → `vector-stores`), starting with
/// a letter; a reserved name gets `-api`. `None` when nothing is left.
pub fn feature_name(group: &str) -> Option<String> {
    let mut name = String::new();
    for c in group.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let mut name = name.trim_end_matches('-').to_owned();
    name.truncate(64);
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        return None;
    }
    let mut name = match name.starts_with(|c: char| c.is_ascii_lowercase()) {
        true => name.to_owned(),
        false => format!("group-{name}"),
    };
    if RESERVED.contains(&name.as_str()) {
        name.push_str("-api");
    }
    Some(name)
}

/// The features of each type that is not always compiled (those of the operations that
/// reach it, and [`OTHER_SCHEMAS`] if a type no operation reaches holds it). Every
/// operation has a feature here.
fn type_features(
    api: &Api,
    operations: &BTreeMap<String, String>,
) -> BTreeMap<String, Vec<String>> {
    let graph = TypeGraph::new(api);
    // The roots of each feature; `None`: always compiled.
    let mut roots: BTreeMap<Option<&str>, Vec<usize>> = BTreeMap::new();
    for op in &api.operations {
        let feature = operations.get(&op.rust_name).map(String::as_str);
        let (own, errors) = operation_roots(op);
        graph.push_indices(&own, roots.entry(feature).or_default());
        graph.push_indices(&errors, roots.entry(None).or_default());
    }
    let mut always = roots.remove(&None).unwrap_or_default();
    let payloads: Vec<TypeRef> = api.webhooks.iter().map(|w| w.payload.clone()).collect();
    graph.push_indices(&payloads, &mut always);
    let mut is_always = vec![false; graph.names.len()];
    for index in graph.reach(&always) {
        is_always[index] = true;
    }
    // By type: the features that reach it, in the features' order.
    let mut reach: Vec<Vec<&str>> = vec![Vec::new(); graph.names.len()];
    for (feature, tys) in &roots {
        let Some(feature) = feature else { continue };
        for index in graph.reach(tys) {
            reach[index].push(feature);
        }
    }
    let other: Vec<usize> = (0..graph.names.len())
        .filter(|&index| reach[index].is_empty() && !is_always[index])
        .collect();
    for index in graph.reach(&other) {
        let features = &mut reach[index];
        let at = features.partition_point(|f| *f < OTHER_SCHEMAS);
        features.insert(at, OTHER_SCHEMAS);
    }
    graph
        .names
        .iter()
        .zip(reach)
        .enumerate()
        .filter(|(index, (_, features))| !features.is_empty() && !is_always[*index])
        .map(|(_, (name, features))| {
            let features = features.into_iter().map(str::to_owned).collect();
            ((*name).to_owned(), features)
        })
        .collect()
}

/// The named types as a graph: each type's index in the sorted names, and the indices of
/// the types it refers to (fields, union members, aliases, items of lists and maps). One
/// pass over the types; each feature's reach is then a walk of indices.
struct TypeGraph<'a> {
    names: Vec<&'a str>,
    edges: Vec<Vec<usize>>,
}

impl<'a> TypeGraph<'a> {
    fn new(api: &'a Api) -> Self {
        // `api.types` is sorted by name, so an index is found by binary search.
        let names: Vec<&str> = api.types.keys().map(String::as_str).collect();
        let mut graph = TypeGraph {
            names,
            edges: Vec::with_capacity(api.types.len()),
        };
        for def in api.types.values() {
            let mut targets = Vec::new();
            for (ty, _) in references(def, None) {
                graph.push_index(ty, &mut targets);
            }
            graph.edges.push(targets);
        }
        graph
    }

    /// The index of each named type the references hold (those with no definition left out).
    fn push_indices(&self, tys: &[TypeRef], out: &mut Vec<usize>) {
        for ty in tys {
            self.push_index(ty, out);
        }
    }

    fn push_index(&self, ty: &TypeRef, out: &mut Vec<usize>) {
        match ty {
            TypeRef::Named(name) => {
                if let Ok(index) = self.names.binary_search(&name.as_str()) {
                    out.push(index);
                }
            }
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::Boxed(inner) => self.push_index(inner, out),
            _ => {}
        }
    }

    /// The types the roots reach, themselves included, each once.
    fn reach(&self, roots: &[usize]) -> Vec<usize> {
        let mut seen = vec![false; self.names.len()];
        let mut reached = Vec::new();
        let mut stack = roots.to_vec();
        while let Some(index) = stack.pop() {
            if std::mem::replace(&mut seen[index], true) {
                continue;
            }
            reached.push(index);
            stack.extend(self.edges[index].iter().filter(|&&next| !seen[next]));
        }
        reached
    }
}

/// An operation's types: its own (parameters, query type, request body, successful
/// answers) and those of its error answers.
fn operation_roots(op: &Operation) -> (Vec<TypeRef>, Vec<TypeRef>) {
    let mut own: Vec<TypeRef> = op
        .parameters
        .iter()
        .filter(|p| p.constant.is_none())
        .map(|p| p.ty.clone())
        .collect();
    own.extend(
        op.query_type
            .iter()
            .map(|name| TypeRef::Named(name.clone())),
    );
    own.extend(op.request_body.iter().map(|b| b.ty.clone()));
    let mut errors = Vec::new();
    for response in &op.responses {
        let bodies = response.bodies.iter().filter_map(|b| b.ty.clone());
        match is_success(response.status) {
            true => own.extend(bodies),
            false => errors.extend(bodies),
        }
    }
    own.extend(op.success.stream.iter().map(|s| s.item.clone()));
    own.extend(op.pagination.iter().map(|p| p.item.clone()));
    (own, errors)
}

#[cfg(test)]
mod tests {
    use super::{feature_name, RESERVED};

    #[test]
    fn every_dependency_of_the_generated_crate_is_reserved() {
        let manifest = include_str!("../../runtime/Cargo.toml");
        let dependencies = manifest
            .split("[dependencies]")
            .nth(1)
            .and_then(|rest| rest.split("\n[").next())
            .expect("the runtime's [dependencies]");
        let names = dependencies
            .lines()
            .filter_map(|line| line.split_once(" = "))
            .map(|(name, _)| name.trim());
        for name in names {
            assert!(RESERVED.contains(&name), "{name} is not reserved");
        }
    }

    #[test]
    fn feature_names_are_plain_and_not_reserved() {
        assert_eq!(feature_name("Fine-tuning").as_deref(), Some("fine-tuning"));
        assert_eq!(
            feature_name("vector_stores").as_deref(),
            Some("vector-stores")
        );
        assert_eq!(
            feature_name("Vector stores").as_deref(),
            Some("vector-stores")
        );
        assert_eq!(feature_name(" Audit  Logs!").as_deref(), Some("audit-logs"));
        assert_eq!(feature_name("2fa").as_deref(), Some("group-2fa"));
        assert_eq!(feature_name("cli").as_deref(), Some("cli-api"));
        assert_eq!(feature_name("Tracing").as_deref(), Some("tracing-api"));
        assert_eq!(feature_name("Default").as_deref(), Some("default-api"));
        assert_eq!(
            feature_name("Other schemas").as_deref(),
            Some("other-schemas-api")
        );
        assert_eq!(feature_name("日本"), None);
        assert_eq!(feature_name("\"]\n[lib]"), Some("lib".to_owned()));
    }
}
