//! Passes over the finished IR, each needing the whole picture:
//!
//! 1. `unit_tag_members`: a struct that holds nothing but the tag of the one tagged union
//!    that uses it becomes a unit variant (the union writes the tag; an object that has more
//!    than the tag decodes as the union's fallback, so nothing is lost). Other payloads keep
//!    their tag field, so that a member decoded on its own writes it back.
//! 2. `prune`: types no root reaches any more (the tags' one-valued enums) are dropped.
//! 3. `box_recursion`: a field or payload that leads back to its own type (in the same
//!    strongly connected component, through no `Vec` or map) is boxed.
//! 4. `mark_defaultable`: structs whose required fields all have an empty value (a required
//!    property the API leaves out then decodes as that value).
//! 5. `unique_operation_names`: operation ids that give one method name (`getItem`,
//!    `get_item`), or the name of one of `Client`'s own methods, are numbered; so are
//!    arguments that would collide with each other or with the generated body's locals.

use std::collections::{BTreeMap, BTreeSet};

use foldhash::{HashSet, HashSetExt};

use super::naming::Names;
use crate::error::{Error, ErrorKind, Result};
use crate::ir::{Api, Matcher, Operation, Presence, TypeDef, TypeKind, TypeRef};

/// The passes over the finished IR; `components` are the component types kept whatever
/// reaches them (beside what the operations and webhooks use).
pub(super) fn finalize(api: &mut Api, components: &[&str]) {
    unit_tag_members(api);
    prune(api, components);
    box_recursion(api);
    mark_defaultable(api);
    unique_operation_names(api);
}

/// The longest property name generated: serde's derived decoder matches names as byte
/// strings, and rustc's memory grows with the square of their length (a 38,000-byte name
/// took 23 GB). Real names are a few dozen bytes.
const MAX_FIELD_WIRE_NAME: usize = 1024;

/// Refuses a struct whose property name is too long to compile.
pub(super) fn check_field_names(api: &Api) -> Result<()> {
    for def in api.types.values() {
        let TypeKind::Struct(s) = &def.kind else {
            continue;
        };
        if let Some(field) = s
            .fields
            .iter()
            .find(|f| f.wire_name.len() > MAX_FIELD_WIRE_NAME)
        {
            let start: String = field.wire_name.chars().take(40).collect();
            return Err(Error::new(
                ErrorKind::Unsupported,
                format!(
                    "a property name of {} bytes (`{start}`...); at most {MAX_FIELD_WIRE_NAME} \
                     can be compiled",
                    field.wire_name.len()
                ),
            )
            .at(def.source.clone()));
        }
    }
    Ok(())
}

/// `Client`'s own methods (in `generator/runtime/client.rs`) and those of the traits it
/// implements, which no operation and no resource group may shadow.
pub(super) const CLIENT_METHODS: &[&str] = &[
    "api_key",
    "attempt",
    "base_url",
    "build",
    "builder",
    "call",
    "check",
    "clone",
    "default",
    "fmt",
    "from_env",
    "read_body",
    "send",
    "send_and_read",
    "send_bytes",
    "send_empty",
    "send_events",
    "send_json",
    "send_json_lines",
    "transport",
    "with_call_options",
    "with_headers",
    "with_options",
];

/// Names an operation method uses for its own arguments and locals.
const METHOD_LOCALS: &[&str] = &[
    "body", "deadline", "options", "params", "path", "query", "request", "response", "text",
    "value",
];

fn unique_operation_names(api: &mut Api) {
    let mut methods = Names::reserving(CLIENT_METHODS);
    for operation in &mut api.operations {
        operation.rust_name = methods.claim_snake(std::mem::take(&mut operation.rust_name));
        let mut arguments = Names::reserving(METHOD_LOCALS);
        for parameter in &mut operation.parameters {
            parameter.rust_name = arguments.claim_snake(std::mem::take(&mut parameter.rust_name));
        }
    }
}

/// The names of the types the operations and webhooks use directly, pushed to `out`.
fn operation_roots<'a>(api: &'a Api, out: &mut Vec<&'a str>) {
    for webhook in &api.webhooks {
        named_in(&webhook.payload, out);
    }
    for operation in &api.operations {
        for ty in operation_types(operation) {
            named_in(ty, out);
        }
        out.extend(operation.query_type.as_deref());
    }
}

pub(super) fn operation_types(operation: &Operation) -> impl Iterator<Item = &TypeRef> {
    // A constant parameter's type is never shown to users.
    let parameters = operation
        .parameters
        .iter()
        .filter(|p| p.constant.is_none())
        .map(|p| &p.ty);
    let request = operation.request_body.iter().map(|b| &b.ty);
    let responses = operation
        .responses
        .iter()
        .flat_map(|r| r.bodies.iter().filter_map(|b| b.ty.as_ref()));
    parameters.chain(request).chain(responses)
}

/// Every type reference a type definition holds, with whether it is a tagged payload
/// (and under which tag).
pub(super) fn references<'a>(
    def: &'a TypeDef,
    tag_of_union: Option<&'a str>,
) -> Vec<(&'a TypeRef, Option<&'a str>)> {
    match &def.kind {
        TypeKind::Struct(s) => s.fields.iter().map(|f| (&f.ty, None)).collect(),
        TypeKind::Alias(ty) => vec![(ty, None)],
        TypeKind::Enum(_) => Vec::new(),
        TypeKind::Union(u) => u
            .variants
            .iter()
            .filter_map(|v| match &v.matcher {
                Matcher::Tagged {
                    payload: Some(ty), ..
                } => Some((ty, tag_of_union)),
                Matcher::Kind { ty, .. } | Matcher::Try(ty) => Some((ty, None)),
                _ => None,
            })
            .collect(),
    }
}

fn unit_tag_members(api: &mut Api) {
    let stripped = tag_only_structs(api);
    let mut moved_docs = Vec::new();
    for def in api.types.values_mut() {
        let TypeKind::Union(u) = &mut def.kind else {
            continue;
        };
        for variant in &mut u.variants {
            if let Matcher::Tagged { payload, .. } = &mut variant.matcher {
                let Some(TypeRef::Named(name)) = payload else {
                    continue;
                };
                if stripped.contains(name.as_str()) {
                    moved_docs.push((name.clone(), def.name.clone(), variant.rust_name.clone()));
                    *payload = None;
                }
            }
        }
    }
    // A unit variant keeps the description of the struct it replaces.
    for (from, union_name, variant_name) in moved_docs {
        let docs = api.types.get(&from).map(|d| d.docs.clone());
        if let (
            Some(docs),
            Some(TypeDef {
                kind: TypeKind::Union(u),
                ..
            }),
        ) = (docs, api.types.get_mut(&union_name))
        {
            if let Some(variant) = u.variants.iter_mut().find(|v| v.rust_name == variant_name) {
                if variant.docs.description.is_none() {
                    variant.docs = docs;
                }
            }
        }
    }
}

/// The structs that unions use only as a tagged payload, under one tag, and whose one field
/// is that tag: their variants become unit variants. (Names are borrowed while looking.)
fn tag_only_structs(api: &Api) -> BTreeSet<String> {
    // For each struct: the tags under which unions use it, and whether anything else does.
    let mut tag_uses: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut other_uses: Vec<&str> = Vec::new();
    for operation in &api.operations {
        for ty in operation_types(operation) {
            named_in(ty, &mut other_uses);
        }
    }
    for def in api.types.values() {
        let tag = match &def.kind {
            TypeKind::Union(u) => u.tag.as_deref(),
            _ => None,
        };
        for (ty, tag) in references(def, tag) {
            match (ty, tag) {
                (TypeRef::Named(name), Some(tag)) => {
                    tag_uses.entry(name).or_default().insert(tag);
                }
                _ => named_in(ty, &mut other_uses),
            }
        }
    }
    let other_uses: HashSet<&str> = other_uses.into_iter().collect();
    let mut stripped = BTreeSet::new();
    for (name, tags) in &tag_uses {
        if other_uses.contains(name) || tags.len() != 1 {
            continue;
        }
        let Some(tag) = tags.first() else {
            continue;
        };
        let Some(TypeDef {
            kind: TypeKind::Struct(s),
            ..
        }) = api.types.get(*name)
        else {
            continue;
        };
        if let [only] = s.fields.as_slice() {
            if only.wire_name == **tag {
                stripped.insert((*name).to_owned());
            }
        }
    }
    stripped
}

/// Marks the structs whose required fields all have an empty value, in rounds until nothing
/// changes: a struct counts once the structs its required fields hold do, so a cycle of
/// required fields (which has no finite empty value) never does.
fn mark_defaultable(api: &mut Api) {
    loop {
        let newly: Vec<String> = api
            .types
            .values()
            .filter_map(|def| match &def.kind {
                TypeKind::Struct(s)
                    if !s.defaultable
                        && s.fields.iter().all(|f| {
                            f.presence != Presence::Required || api.has_default(&f.ty)
                        }) =>
                {
                    Some(def.name.clone())
                }
                _ => None,
            })
            .collect();
        if newly.is_empty() {
            return;
        }
        for name in newly {
            if let Some(TypeDef {
                kind: TypeKind::Struct(s),
                ..
            }) = api.types.get_mut(&name)
            {
                s.defaultable = true;
            }
        }
    }
}

/// Drops the types that no root (a component of `components`, a type an operation or a
/// webhook uses) reaches. The walk borrows the names (a copy of each was most of its time);
/// what is kept is then marked in the map's order, which `retain` visits.
fn prune(api: &mut Api, components: &[&str]) {
    let kept: Vec<bool> = {
        let mut reached: HashSet<&str> = HashSet::with_capacity(api.types.len());
        let mut stack: Vec<&str> = components.to_vec();
        operation_roots(api, &mut stack);
        while let Some(name) = stack.pop() {
            if !reached.insert(name) {
                continue;
            }
            let Some(def) = api.types.get(name) else {
                continue;
            };
            for (ty, _) in references(def, None) {
                named_in(ty, &mut stack);
            }
        }
        api.types
            .keys()
            .map(|name| reached.contains(name.as_str()))
            .collect()
    };
    let mut kept = kept.into_iter();
    api.types.retain(|_, _| kept.next().unwrap_or(true));
}

/// The types as a graph: for each type, in the map's order, the indices in `names` (the
/// types' names, in that order) of the types `targets` finds in its references, each found
/// by binary search.
pub(super) fn index_edges<'a>(
    api: &'a Api,
    names: &[&str],
    targets: fn(&'a TypeRef, &mut Vec<&'a str>),
) -> Vec<Vec<usize>> {
    let mut found = Vec::new();
    api.types
        .values()
        .map(|def| {
            found.clear();
            for (ty, _) in references(def, None) {
                targets(ty, &mut found);
            }
            let indices = found
                .iter()
                .filter_map(|name| names.binary_search(name).ok());
            indices.collect()
        })
        .collect()
}

/// The name a type reference holds (behind lists, maps, options and boxes too), pushed to
/// `out`: the shape `index_edges` takes, beside `direct_names`.
pub(super) fn named_in<'t>(ty: &'t TypeRef, out: &mut Vec<&'t str>) {
    out.extend(ty.named());
}

/// Names a type holds inline (not behind a `Vec` or map), which make its size depend on them.
fn direct_names<'t>(ty: &'t TypeRef, out: &mut Vec<&'t str>) {
    match ty {
        TypeRef::Named(name) => out.push(name),
        TypeRef::Nullable(inner) => direct_names(inner, out),
        _ => {}
    }
}

fn box_recursion(api: &mut Api) {
    let component = {
        // The nodes are the types, in the map's order: a node's index is found by binary
        // search in their names.
        let nodes: Vec<&str> = api.types.keys().map(String::as_str).collect();
        let edges = index_edges(api, &nodes, direct_names);
        strongly_connected(&nodes, &edges)
    };
    let same = |a: &str, b: &str| component.contains_key(a) && component.get(a) == component.get(b);
    for def in api.types.values_mut() {
        // Only a type in a cycle holds a reference into one.
        if !component.contains_key(def.name.as_str()) {
            continue;
        }
        let owner = def.name.clone();
        let fix = |ty: &mut TypeRef| box_if(ty, &|target| same(&owner, target));
        match &mut def.kind {
            TypeKind::Struct(s) => s.fields.iter_mut().for_each(|f| fix(&mut f.ty)),
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    match &mut variant.matcher {
                        Matcher::Tagged {
                            payload: Some(ty), ..
                        }
                        | Matcher::Kind { ty, .. }
                        | Matcher::Try(ty) => fix(ty),
                        _ => {}
                    }
                }
            }
            TypeKind::Alias(_) | TypeKind::Enum(_) => {}
        }
    }
}

fn box_if(ty: &mut TypeRef, recursive: &dyn Fn(&str) -> bool) {
    match ty {
        TypeRef::Named(name) if recursive(name) => {
            *ty = TypeRef::Boxed(Box::new(ty.clone()));
        }
        TypeRef::Nullable(inner) => box_if(inner, recursive),
        _ => {}
    }
}

/// Tarjan's algorithm, iteratively, over the nodes and each one's edges (the indices of the
/// nodes it refers to); returns the component index of each node in a cycle, by name. A
/// node on a self-loop is in a component of its own, which `same` treats as recursive.
fn strongly_connected(nodes: &[&str], edges: &[Vec<usize>]) -> BTreeMap<String, usize> {
    let n = nodes.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for start in 0..n {
        if index[start] != usize::MAX {
            continue;
        }
        let mut call: Vec<(usize, usize)> = vec![(start, 0)];
        while let Some(&mut (v, ref mut edge)) = call.last_mut() {
            if *edge == 0 && index[v] == usize::MAX {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if *edge < edges[v].len() {
                let w = edges[v][*edge];
                *edge += 1;
                if index[w] == usize::MAX {
                    call.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            call.pop();
            if let Some(&(parent, _)) = call.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut members = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    members.push(w);
                    if w == v {
                        break;
                    }
                }
                let recursive = members.len() > 1 || edges[v].contains(&v);
                for w in members {
                    component[w] = if recursive {
                        next_component
                    } else {
                        usize::MAX
                    };
                }
                next_component += 1;
            }
        }
    }
    nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| component[*i] != usize::MAX)
        .map(|(i, name)| ((*name).to_owned(), component[i]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph<'a>(edges: &[(&'a str, &[&'a str])]) -> BTreeMap<&'a str, BTreeSet<&'a str>> {
        edges
            .iter()
            .map(|(from, to)| (*from, to.iter().copied().collect()))
            .collect()
    }

    /// The components of a graph given by names, its nodes the map's keys.
    fn components_of(graph: &BTreeMap<&str, BTreeSet<&str>>) -> BTreeMap<String, usize> {
        let nodes: Vec<&str> = graph.keys().copied().collect();
        let edges: Vec<Vec<usize>> = graph
            .values()
            .map(|to| {
                to.iter()
                    .filter_map(|m| nodes.binary_search(m).ok())
                    .collect()
            })
            .collect();
        strongly_connected(&nodes, &edges)
    }

    #[test]
    fn only_cycles_and_self_loops_form_recursive_components() {
        let components = components_of(&graph(&[
            ("A", &["B"]),
            ("B", &["C", "D"]),
            ("C", &["A"]),
            ("D", &[]),
            ("E", &["E", "A"]),
            ("F", &["A", "G"]),
            ("G", &["Missing"]),
        ]));
        let a = components.get("A").copied();
        assert!(a.is_some(), "{components:?}");
        assert_eq!(components.get("B").copied(), a);
        assert_eq!(components.get("C").copied(), a);
        assert!(components.contains_key("E"), "a self-loop is recursive");
        assert_ne!(
            components.get("E").copied(),
            a,
            "E reaches the cycle, it is not in it"
        );
        for plain in ["D", "F", "G", "Missing"] {
            assert!(!components.contains_key(plain), "{plain} in {components:?}");
        }
    }

    #[test]
    fn a_long_chain_does_not_overflow_the_stack() {
        let names: Vec<String> = (0..100_000).map(|i| format!("T{i}")).collect();
        let mut chain: BTreeMap<&str, BTreeSet<&str>> = names
            .windows(2)
            .map(|pair| (pair[0].as_str(), BTreeSet::from([pair[1].as_str()])))
            .collect();
        chain.insert(&names[names.len() - 1], BTreeSet::from([names[0].as_str()]));
        let components = components_of(&chain);
        assert_eq!(components.len(), names.len(), "the whole ring is one cycle");
        assert_eq!(components.values().collect::<BTreeSet<_>>().len(), 1);
    }

    #[test]
    fn only_direct_references_into_the_cycle_are_boxed() {
        let recursive = |name: &str| name == "Node";
        let named = || TypeRef::Named("Node".into());
        let mut direct = named();
        box_if(&mut direct, &recursive);
        assert_eq!(direct, TypeRef::Boxed(Box::new(named())));
        let mut nullable = TypeRef::Nullable(Box::new(named()));
        box_if(&mut nullable, &recursive);
        assert_eq!(
            nullable,
            TypeRef::Nullable(Box::new(TypeRef::Boxed(Box::new(named()))))
        );
        let mut list = TypeRef::Array(Box::new(named()));
        box_if(&mut list, &recursive);
        assert_eq!(
            list,
            TypeRef::Array(Box::new(named())),
            "a Vec is indirection enough"
        );
        let mut other = TypeRef::Named("Leaf".into());
        box_if(&mut other, &recursive);
        assert_eq!(other, TypeRef::Named("Leaf".into()));
    }
}
