//! The resources module of a generated client: handles that group operations as the
//! configuration names them (`client.beta().threads().runs().retrieve(..)`). A handle borrows
//! the client and each of its methods calls the client's method for the operation, with the
//! same arguments, answer and documentation; the operation's helpers (`_stream`,
//! `_until_done`, ...) come along under the handle's name.
//!
//! The methods are read from the operations module's `Method`s (their signatures) rather
//! than rebuilt from the IR, so a helper added there is grouped without a change here.

use std::collections::{BTreeMap, BTreeSet};

use quote::quote;
use syn::Item;

use super::features::{cfg_line, cfg_text};
use super::operations::{Method, Signature};
use super::stream::FileStream;
use super::text::{awaited_call, method_call, struct_literal, Lines, TypeText};
use super::{impl_text, parse_file};
use crate::error::Result;
use crate::ir::{Api, ResourceMethod};
use crate::naming;

/// The module's text into `out`, or nothing for a flat client. `head` is the operations
/// module up to `impl Client`, whose imports the handles' signatures need; `methods` are
/// the client's.
pub fn emit_resources(
    api: &Api,
    head: &syn::File,
    methods: &[Method],
    out: &mut FileStream,
) -> Result<()> {
    if api.resources.is_empty() {
        return Ok(());
    }
    let owners: BTreeSet<&str> = api
        .operations
        .iter()
        .map(|op| op.rust_name.as_str())
        .collect();
    let client_methods = client_methods(methods);
    let by_operation = methods_by_operation(&client_methods, &owners);
    let mut groups: BTreeMap<Vec<String>, Vec<&ResourceMethod>> = BTreeMap::new();
    for resource in &api.resources {
        for depth in 1..=resource.path.len() {
            groups.entry(resource.path[..depth].to_vec()).or_default();
        }
        groups
            .entry(resource.path.clone())
            .or_default()
            .extend(&resource.methods);
    }
    // What the operations' signatures name, imported as the operations module imports it.
    let imports = head.items.iter().filter_map(|item| match item {
        Item::Use(import) => {
            let mut import = import.clone();
            import.attrs.clear();
            Some(import)
        }
        _ => None,
    });
    let module_head = parse_file(quote! {
        #![doc = " The operations grouped by resource, through handles that borrow the [`Client`]: each"]
        #![doc = " method is the client's for an operation (same arguments, same answer), in its group."]

        #(#[allow(unused_imports)] #imports)*
    })?;
    out.push(&prettyplease::unparse(&module_head));
    let accessors = groups
        .keys()
        .filter(|p| p.len() == 1)
        .filter_map(|p| p.first())
        .map(|name| {
            accessor(
                name,
                &[],
                "self",
                cfg_line(4, api.features.resources.get(name)),
            )
        })
        .collect::<Vec<_>>();
    impl_text(out, "impl Client {", &accessors, drop)?;
    for (path, methods) in &groups {
        let children: Vec<&String> = groups
            .keys()
            .filter(|p| p.len() == path.len() + 1 && p.starts_with(path))
            .filter_map(|p| p.last())
            .collect();
        let top = path.first().map(String::as_str).unwrap_or_default();
        let mut members = children
            .iter()
            .map(|child| accessor(child, path, "self.client", String::new()))
            .collect::<Vec<_>>();
        for method in methods {
            // An operation of another group (it is in two) keeps its own cfg.
            let own_cfg =
                api.features.operations.get(&method.operation) != api.features.resources.get(top);
            members.extend(delegations(method, &by_operation, own_cfg));
        }
        let features = api.features.resources.get(top).map(std::slice::from_ref);
        out.push(&emit_handle(
            path,
            &cfg_text(features.unwrap_or_default())?,
            members,
        )?);
    }
    Ok(())
}

/// The public methods of the client, by name: the handles stand for what a user calls, not
/// the client's private steps.
fn client_methods(methods: &[Method]) -> BTreeMap<String, &Method> {
    methods
        .iter()
        .filter(|method| method.signature.head.starts_with("pub "))
        .map(|method| (method.signature.name.clone(), method))
        .collect()
}

/// The operation a client method belongs to: the longest operation name it is, or starts
/// with followed by `_` (`get_run_steps_stream` is `get_run_steps`'s, not `get_run`'s).
/// Only the name and its prefixes before a `_` can be one, longest first.
fn owner<'a>(method: &str, owners: &BTreeSet<&'a str>) -> Option<&'a str> {
    let prefixes = method.rmatch_indices('_').map(|(end, _)| &method[..end]);
    std::iter::once(method)
        .chain(prefixes)
        .find_map(|candidate| owners.get(candidate).copied())
}

/// The client's methods of each operation (its own and its helpers), found once: a large
/// API has thousands of methods and operations.
fn methods_by_operation<'a>(
    client_methods: &BTreeMap<String, &'a Method>,
    owners: &BTreeSet<&str>,
) -> BTreeMap<String, Vec<(String, &'a Method)>> {
    let mut by_operation: BTreeMap<String, Vec<(String, &Method)>> = BTreeMap::new();
    for (name, method) in client_methods {
        if let Some(op) = owner(name, owners) {
            by_operation
                .entry(op.to_owned())
                .or_default()
                .push((name.clone(), *method));
        }
    }
    by_operation
}

/// The handle's methods for one operation: its method and its helpers, renamed.
fn delegations(
    method: &ResourceMethod,
    by_operation: &BTreeMap<String, Vec<(String, &Method)>>,
    own_cfg: bool,
) -> Vec<Method> {
    let mut members = Vec::new();
    for (name, flat) in by_operation.get(&method.operation).into_iter().flatten() {
        if let Some(suffix) = name.strip_prefix(method.operation.as_str()) {
            members.push(delegate(flat, &[&method.name, suffix].concat(), own_cfg));
        }
    }
    members
}

/// A method with `flat`'s signature and documentation under `name`, calling `flat`; with
/// `flat`'s `#[cfg]` too if `own_cfg`.
fn delegate(flat: &Method, name: &str, own_cfg: bool) -> Method {
    let signature = Signature {
        name: name.to_owned(),
        ..flat.signature.clone()
    };
    let arguments: Vec<String> = signature
        .params
        .iter()
        .map(|(name, _)| name.clone())
        .collect();
    let flat_name = &flat.signature.name;
    let call = (flat_name.as_str(), arguments.as_slice());
    let mut body = Lines::new(8);
    body.push(&match signature.is_async() {
        true => awaited_call(8, "self.client", call),
        false => method_call(8, "", "self.client", call, ""),
    });
    let docs = [
        &*flat.docs,
        "    ///\n    /// The same as [`Client::",
        flat_name,
        "`].\n",
    ]
    .concat();
    let cfg = if own_cfg {
        flat.cfg.clone()
    } else {
        String::new()
    };
    Method::from_text(docs, cfg, signature, body)
}

/// The handle of the group at `path` (its struct and methods), under its top-level group's
/// `#[cfg]` (`cfg`, as text).
fn emit_handle(path: &[String], cfg: &str, members: Vec<Method>) -> Result<String> {
    let name = handle_name(path);
    let doc = path.join(".");
    let code = format!(
        "/// The `{doc}` operations, from [`Client`]: a handle that borrows the client.
{cfg}#[derive(Clone, Copy, Debug)]
pub struct {name}<'a> {{
    client: &'a Client,
}}
{cfg}"
    );
    let mut code = code;
    impl_text(
        &mut code,
        &format!("impl<'a> {name}<'a> {{"),
        &members,
        drop,
    )?;
    Ok(code)
}

/// The method that gives the handle of `parent.name`, on the parent (or the client), under
/// `cfg` (a line, or empty).
fn accessor(name: &str, parent: &[String], client: &str, cfg: String) -> Method {
    let mut path = parent.to_vec();
    path.push(name.to_owned());
    let handle = handle_name(&path);
    let docs = format!("    /// The `{}` operations.\n", path.join("."));
    let lifetime = if parent.is_empty() { "'_" } else { "'a" };
    let field = format!("client: {client}");
    let broken = format!("            {field},\n");
    let mut body = Lines::new(8);
    body.push(&struct_literal(8, ("", &handle), &[field], &broken, ""));
    let signature = Signature {
        head: "pub fn",
        name: name.to_owned(),
        params: Vec::new(),
        output: TypeText::new(handle.clone(), vec![TypeText::leaf(lifetime)]),
    };
    Method::from_text(docs, cfg, signature, body)
}

/// `["beta", "threads"]` → `BetaThreads`; `ClientResource` for a group named `client`, whose
/// handle would take the name of a type the module uses, and `SyncResource` for one named
/// after a name of the prelude.
fn handle_name(path: &[String]) -> String {
    let name = naming::name_base(&path.join("_"));
    match IMPORTED.contains(&name.as_str()) || naming::is_reserved_type_name(&name) {
        true => format!("{name}Resource"),
        false => name,
    }
}

/// The types the module imports (`Client`, `Call`, ...), as the operations module's head
/// does, which no handle may be named.
const IMPORTED: &[&str] = &[
    "ApiError",
    "ApiKeyPlacement",
    "ApiSettings",
    "Call",
    "Client",
    "ClientBuilder",
    "Error",
    "ParamStyle",
    "PollOptions",
    "Request",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handle_is_never_named_as_an_imported_type() {
        assert_eq!(
            handle_name(&["beta".into(), "threads".into()]),
            "BetaThreads"
        );
        assert_eq!(handle_name(&["client".into()]), "ClientResource");
        assert_eq!(handle_name(&["error".into()]), "ErrorResource");
        assert_eq!(handle_name(&["sync".into()]), "SyncResource");
        assert_eq!(handle_name(&["default".into()]), "DefaultResource");
    }

    #[test]
    fn a_method_belongs_to_the_longest_operation_it_starts_with() {
        let owners = BTreeSet::from(["get_run", "get_run_steps", "list"]);
        assert_eq!(
            owner("get_run_steps_stream", &owners),
            Some("get_run_steps")
        );
        assert_eq!(owner("get_run_stream", &owners), Some("get_run"));
        assert_eq!(owner("get_run", &owners), Some("get_run"));
        assert_eq!(owner("list_paginator", &owners), Some("list"));
        assert_eq!(owner("get_runs", &owners), None);
        assert_eq!(owner("lister", &owners), None);
    }
}
