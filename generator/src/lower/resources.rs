//! Resource groups from the configuration file: a pass over the lowered operations that
//! checks each group's names and operations and records the handles in the IR
//! (`client.beta().threads().runs().retrieve(..)`). A name that cannot be a method, or an
//! operation the crate does not have, is refused at its line in the file.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::{refused_at, Place, ResourceGroup};
use crate::error::Result;
use crate::ir::{Api, Resource, ResourceMethod};
use crate::naming;

use super::finalize::CLIENT_METHODS;

/// Records the configured groups in `api.resources`; without any, a group per tag.
pub fn apply_resources(api: &mut Api, groups: &[ResourceGroup]) -> Result<()> {
    if groups.is_empty() {
        api.resources = tag_groups(api);
        return Ok(());
    }
    let mut resources = Vec::new();
    for group in groups {
        let place = group
            .methods
            .iter()
            .find_map(|(_, _, place)| place.as_ref());
        let path = group
            .path
            .split('.')
            .map(|segment| method_name(segment, place))
            .collect::<Result<Vec<_>>>()?;
        let mut methods = Vec::new();
        for (name, operation_id, place) in &group.methods {
            let operation = api
                .operations
                .iter()
                .find(|op| &op.operation_id == operation_id)
                .ok_or_else(|| {
                    refused_at(
                        place.as_ref(),
                        format!("no generated operation has the operationId `{operation_id}`"),
                        "give the operationId as the spec spells it (and check the operation \
                         filter keeps it)",
                    )
                })?;
            methods.push(ResourceMethod {
                name: method_name(name, place.as_ref())?,
                operation: operation.rust_name.clone(),
            });
        }
        resources.push(Resource { path, methods });
    }
    check_names(api, &resources, groups)?;
    api.resources = resources;
    Ok(())
}

/// A group per tag, holding the operations whose first tag it is, under their own method
/// names (`client.pets().list_pets()`): the document's own grouping, which rustdoc then
/// shows one page a group. A tag whose name cannot be a method, or would be one of the
/// client's, a command's or another group's, is left out (its operations stay flat).
fn tag_groups(api: &Api) -> Vec<Resource> {
    let mut groups: Vec<Resource> = Vec::new();
    // Each tag's group, by its name; a large API has hundreds of tags.
    let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
    let mut names: BTreeMap<&str, String> = BTreeMap::new();
    for op in &api.operations {
        let Some(tag) = op.tags.first() else { continue };
        let name = names.entry(tag).or_insert_with(|| naming::field_name(tag));
        if method_name(name, None).is_err() || op.rust_name.starts_with("r#") {
            continue;
        }
        match by_name.get(name.as_str()) {
            Some(&index) => groups[index].methods.push(tag_method(op)),
            None => {
                by_name.insert(name.clone(), groups.len());
                groups.push(Resource {
                    path: vec![name.clone()],
                    methods: vec![tag_method(op)],
                });
            }
        }
    }
    let operations: BTreeSet<&str> = api
        .operations
        .iter()
        .map(|op| naming::unraw(&op.rust_name))
        .collect();
    groups.retain(|group| !shadows(&operations, &group.path[0]));
    groups
}

fn tag_method(op: &crate::ir::Operation) -> ResourceMethod {
    ResourceMethod {
        name: op.rust_name.clone(),
        operation: op.rust_name.clone(),
    }
}

/// Whether a top-level group of this name would clash with a method of `Client` (or a
/// helper of one: an operation's name followed by `_`) or, on the command line, with a
/// command (an operation's name with `-` for `_`: the same test, since neither name holds
/// a `-`). `operations` are the operations' names without `r#`.
fn shadows(operations: &BTreeSet<&str>, top: &str) -> bool {
    let helper_of = top
        .rmatch_indices('_')
        .any(|(end, _)| operations.contains(&top[..end]));
    CLIENT_METHODS.contains(&top)
        || ["completion", "help"].contains(&top)
        || operations.contains(top)
        || helper_of
}

/// A group's or method's name as a Rust method: `create-and-run` → `create_and_run`.
fn method_name(text: &str, place: Option<&Place>) -> Result<String> {
    let name = text.replace('-', "_");
    let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !naming::is_keyword(&name)
        && name.len() <= 64;
    if valid {
        return Ok(name);
    }
    Err(refused_at(
        place,
        format!("`{text}` cannot name a resource or a method"),
        "use lower-case ASCII letters, digits, `-` and `_`, starting with a letter, not a \
         Rust keyword",
    ))
}

/// A top-level group must not shadow a method of `Client`, and a group's method must not
/// share its name with a group below it.
fn check_names(api: &Api, resources: &[Resource], groups: &[ResourceGroup]) -> Result<()> {
    let place = |index: usize| {
        groups
            .get(index)
            .and_then(|g| g.methods.iter().find_map(|(_, _, place)| place.as_ref()))
    };
    for (index, resource) in resources.iter().enumerate() {
        let Some(top) = resource.path.first() else {
            continue;
        };
        let shadows = CLIENT_METHODS.contains(&top.as_str())
            || api
                .operations
                .iter()
                .any(|op| op.rust_name == *top || top.starts_with(&format!("{}_", op.rust_name)));
        if shadows {
            return Err(refused_at(
                place(index),
                format!("the group `{top}` would have the name of a method of `Client`"),
                "name the group after the resource (`threads`, `files`)",
            ));
        }
        let children: BTreeSet<&String> = resources
            .iter()
            .filter(|r| r.path.len() > resource.path.len() && r.path.starts_with(&resource.path))
            .filter_map(|r| r.path.get(resource.path.len()))
            .collect();
        if let Some(method) = resource.methods.iter().find(|m| children.contains(&m.name)) {
            return Err(refused_at(
                place(index),
                format!(
                    "`{}` is both a method and a group of `{}`",
                    method.name,
                    resource.path.join(".")
                ),
                "give the method another name",
            ));
        }
    }
    Ok(())
}
