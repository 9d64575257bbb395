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
use std::sync::Arc;

use super::finalize::{index_edges, named_in};
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
    "mime_guess",
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
fn operation_features(api: &Api) -> foldhash::HashMap<String, String> {
    let mut features = foldhash::HashMap::default();
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
    operations: &foldhash::HashMap<String, String>,
) -> foldhash::HashMap<String, Arc<[String]>> {
    let graph = TypeGraph::new(api);
    // The roots of each feature, and of what is always compiled.
    let mut roots: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut always = Vec::new();
    let mut errors = Vec::new();
    for op in &api.operations {
        let own = match operations.get(&op.rust_name) {
            Some(feature) => roots.entry(feature.as_str()).or_default(),
            None => &mut always,
        };
        operation_roots(&graph, op, own, &mut errors);
        always.append(&mut errors);
    }
    for webhook in &api.webhooks {
        graph.push_index(&webhook.payload, &mut always);
    }
    let types = graph.names.len();
    let mut walk = Walk::new(types);
    let mut is_always = vec![false; types];
    walk.reach(&graph, &always, |index| is_always[index] = true);
    // In the features' order: the roots' keys, sorted.
    let features: Vec<&str> = roots.keys().copied().collect();
    let mut reached = Reached::new(types, features.len());
    for (feature, tys) in roots.values().enumerate() {
        walk.reach(&graph, tys, |index| reached.set(index, feature));
    }
    let other: Vec<usize> = (0..types)
        .filter(|&index| reached.by_none(index) && !is_always[index])
        .collect();
    let mut is_other = vec![false; types];
    walk.reach(&graph, &other, |index| is_other[index] = true);
    // Made once for each set of features: most types share theirs with many others.
    let mut sets: foldhash::HashMap<(&[u64], bool), Arc<[String]>> = Default::default();
    let mut features_of = |index: usize| {
        let made = sets
            .entry((reached.row(index), is_other[index]))
            .or_insert_with(|| {
                let mut names: Vec<String> =
                    reached.by(index, &features).map(str::to_owned).collect();
                if is_other[index] {
                    let at = names.partition_point(|f| f.as_str() < OTHER_SCHEMAS);
                    names.insert(at, OTHER_SCHEMAS.to_owned());
                }
                names.into()
            });
        made.clone()
    };
    // In the names' order, so that the map is built at once.
    graph
        .names
        .iter()
        .enumerate()
        .filter(|(index, _)| !is_always[*index])
        .map(|(index, name)| ((*name).to_owned(), features_of(index)))
        .filter(|(_, features)| !features.is_empty())
        .collect()
}

/// Which features reach each type: a bit a feature, a row of words a type.
struct Reached {
    words: usize,
    bits: Vec<u64>,
}

impl Reached {
    fn new(types: usize, features: usize) -> Self {
        let words = features.div_ceil(64).max(1);
        Reached {
            words,
            bits: vec![0; types * words],
        }
    }

    fn set(&mut self, index: usize, feature: usize) {
        self.bits[index * self.words + feature / 64] |= 1 << (feature % 64);
    }

    fn row(&self, index: usize) -> &[u64] {
        &self.bits[index * self.words..(index + 1) * self.words]
    }

    fn by_none(&self, index: usize) -> bool {
        self.row(index).iter().all(|&word| word == 0)
    }

    /// The features that reach type `index`, in the order of `names`.
    fn by<'s, 'n: 's>(
        &'s self,
        index: usize,
        names: &'s [&'n str],
    ) -> impl Iterator<Item = &'n str> + 's {
        // Each word's set bits, lowest first: a type is reached by a few of many features.
        let row = self.row(index);
        row.iter().enumerate().flat_map(move |(at, &word)| {
            let mut bits = word;
            std::iter::from_fn(move || {
                let bit = bits.trailing_zeros() as usize;
                bits &= bits.checked_sub(1)?;
                names.get(at * 64 + bit).copied()
            })
        })
    }
}

/// A walk of the type graph, its buffers kept from one walk to the next.
struct Walk {
    seen: Vec<bool>,
    stack: Vec<usize>,
}

impl Walk {
    fn new(types: usize) -> Self {
        Walk {
            seen: vec![false; types],
            stack: Vec::new(),
        }
    }

    /// Calls `each` once for every type the roots reach, themselves included.
    fn reach(&mut self, graph: &TypeGraph<'_>, roots: &[usize], mut each: impl FnMut(usize)) {
        self.seen.fill(false);
        self.stack.clear();
        self.stack.extend_from_slice(roots);
        while let Some(index) = self.stack.pop() {
            if std::mem::replace(&mut self.seen[index], true) {
                continue;
            }
            each(index);
            let seen = &self.seen;
            self.stack
                .extend(graph.edges[index].iter().filter(|&&next| !seen[next]));
        }
    }
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
        let edges = index_edges(api, &names, named_in);
        TypeGraph { names, edges }
    }

    /// The index of the named type a reference holds, if it has a definition.
    fn push_index(&self, ty: &TypeRef, out: &mut Vec<usize>) {
        if let Some(name) = ty.named() {
            self.push_name(name, out);
        }
    }

    /// The index of the type named `name`, if it has a definition.
    fn push_name(&self, name: &str, out: &mut Vec<usize>) {
        if let Ok(index) = self.names.binary_search(&name) {
            out.push(index);
        }
    }
}

/// An operation's types, as indices in the graph: its own (parameters, query type, request
/// body, successful answers, stream items, pages' items) pushed to `own`, those of its error
/// answers to `errors`.
fn operation_roots(
    graph: &TypeGraph<'_>,
    op: &Operation,
    own: &mut Vec<usize>,
    errors: &mut Vec<usize>,
) {
    for parameter in op.parameters.iter().filter(|p| p.constant.is_none()) {
        graph.push_index(&parameter.ty, own);
    }
    if let Some(name) = &op.query_type {
        graph.push_name(name, own);
    }
    if let Some(body) = &op.request_body {
        graph.push_index(&body.ty, own);
    }
    for response in &op.responses {
        let out = match is_success(response.status) {
            true => &mut *own,
            false => &mut *errors,
        };
        for ty in response.bodies.iter().filter_map(|body| body.ty.as_ref()) {
            graph.push_index(ty, out);
        }
    }
    if let Some(stream) = &op.success.stream {
        graph.push_index(&stream.item, own);
    }
    if let Some(pagination) = &op.pagination {
        graph.push_index(&pagination.item, own);
    }
}

#[cfg(test)]
mod tests {
    use super::{feature_name, Reached, RESERVED};

    /// Features past the 64 of a word (up to `MAX_GROUPS`) are kept apart, in order.
    #[test]
    fn the_features_that_reach_a_type_are_told_in_order_across_words() {
        let names: Vec<String> = (0..200).map(|i| format!("f{i:03}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut reached = Reached::new(3, names.len());
        for feature in [130, 0, 64, 63, 199] {
            reached.set(1, feature);
        }
        reached.set(2, 65);
        let by = |index| reached.by(index, &names).collect::<Vec<_>>();
        assert_eq!(by(1), ["f000", "f063", "f064", "f130", "f199"]);
        assert_eq!(by(2), ["f065"]);
        assert!(by(0).is_empty());
        assert!(reached.by_none(0) && !reached.by_none(1) && !reached.by_none(2));
    }

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
