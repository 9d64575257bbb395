//! The resources module of a generated client: handles that group operations as the
//! configuration names them (`client.beta().threads().runs().retrieve(..)`). A handle borrows
//! the client and each of its methods calls the client's method for the operation, with the
//! same arguments, answer and documentation; the operation's helpers (`_stream`,
//! `_until_done`, ...) come along under the handle's name.
//!
//! The methods are read from the emitted operations module rather than rebuilt from the IR,
//! so a helper added there is grouped without a change here.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{FnArg, ImplItem, ImplItemFn, Item, Pat};

use super::features::resource_cfg;
use crate::ir::{Api, ResourceMethod};
use crate::naming;

/// The module, or `None` for a flat client.
pub fn emit_resources(api: &Api, operations: &syn::File) -> Option<TokenStream> {
    if api.resources.is_empty() {
        return None;
    }
    let owners: Vec<&str> = api
        .operations
        .iter()
        .map(|op| op.rust_name.as_str())
        .collect();
    let client_methods = client_methods(operations);
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
    let handles = groups.iter().map(|(path, methods)| {
        let children: Vec<&String> = groups
            .keys()
            .filter(|p| p.len() == path.len() + 1 && p.starts_with(path))
            .filter_map(|p| p.last())
            .collect();
        let top = path.first().map(String::as_str).unwrap_or_default();
        let delegated = methods.iter().flat_map(|method| {
            // An operation of another group (it is in two) keeps its own cfg.
            let own_cfg =
                api.features.operations.get(&method.operation) != api.features.resources.get(top);
            delegations(method, &by_operation, own_cfg)
        });
        let cfg = path.first().and_then(|top| resource_cfg(api, top));
        emit_handle(path, &children, delegated, cfg)
    });
    let top: Vec<&String> = groups
        .keys()
        .filter(|p| p.len() == 1)
        .filter_map(|p| p.first())
        .collect();
    let accessors = top
        .iter()
        .map(|name| accessor(name, &[], quote!(self), resource_cfg(api, name)));
    // What the operations' signatures name, imported as the operations module imports it.
    let imports = operations.items.iter().filter_map(|item| match item {
        Item::Use(import) => {
            let mut import = import.clone();
            import.attrs.clear();
            Some(import)
        }
        _ => None,
    });
    Some(quote! {
        #![doc = " The operations grouped by resource, through handles that borrow the [`Client`]: each"]
        #![doc = " method is the client's for an operation (same arguments, same answer), in its group."]

        #(#[allow(unused_imports)] #imports)*

        impl Client {
            #(#accessors)*
        }

        #(#handles)*
    })
}

/// The public methods of `impl Client` in the operations module, by name.
fn client_methods(operations: &syn::File) -> BTreeMap<String, &ImplItemFn> {
    let mut methods = BTreeMap::new();
    for item in &operations.items {
        let Item::Impl(block) = item else { continue };
        let is_client = matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if !is_client || block.trait_.is_some() {
            continue;
        }
        for member in &block.items {
            // The handles stand for what a user calls, not the client's private steps.
            match member {
                ImplItem::Fn(method) if matches!(method.vis, syn::Visibility::Public(_)) => {
                    methods.insert(method.sig.ident.to_string(), method);
                }
                _ => {}
            }
        }
    }
    methods
}

/// The operation a client method belongs to: the longest operation name it is, or starts
/// with followed by `_` (`get_run_steps_stream` is `get_run_steps`'s, not `get_run`'s).
fn owner<'a>(method: &str, owners: &[&'a str]) -> Option<&'a str> {
    owners
        .iter()
        .filter(|op| method == **op || method.starts_with(&format!("{op}_")))
        .max_by_key(|op| op.len())
        .copied()
}

/// The client's methods of each operation (its own and its helpers), found once: a large
/// API has thousands of methods and operations.
fn methods_by_operation<'a>(
    client_methods: &BTreeMap<String, &'a ImplItemFn>,
    owners: &[&str],
) -> BTreeMap<String, Vec<(String, &'a ImplItemFn)>> {
    let mut by_operation: BTreeMap<String, Vec<(String, &ImplItemFn)>> = BTreeMap::new();
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
    by_operation: &BTreeMap<String, Vec<(String, &ImplItemFn)>>,
    own_cfg: bool,
) -> Vec<TokenStream> {
    by_operation
        .get(&method.operation)
        .into_iter()
        .flatten()
        .filter_map(|(name, flat)| {
            let suffix = name.strip_prefix(method.operation.as_str())?;
            delegate(flat, &format!("{}{suffix}", method.name), own_cfg)
        })
        .collect()
}

/// A method with `flat`'s signature and documentation under `name`, calling `flat`; with
/// `flat`'s `#[cfg]` too if `own_cfg`.
fn delegate(flat: &ImplItemFn, name: &str, own_cfg: bool) -> Option<TokenStream> {
    let mut signature = flat.sig.clone();
    signature.ident = format_ident!("{name}");
    let mut arguments = Vec::new();
    for input in &mut signature.inputs {
        match input {
            FnArg::Receiver(_) => {}
            FnArg::Typed(typed) => match &mut *typed.pat {
                Pat::Ident(pattern) => {
                    pattern.mutability = None;
                    arguments.push(pattern.ident.clone());
                }
                _ => return None,
            },
        }
    }
    let flat_name = &flat.sig.ident;
    let call = quote!(self.client.#flat_name(#(#arguments),*));
    let body = match signature.asyncness {
        Some(_) => quote!(#call.await),
        None => call,
    };
    let docs = flat.attrs.iter().filter(|a| a.path().is_ident("doc"));
    let cfg = flat
        .attrs
        .iter()
        .filter(|a| own_cfg && a.path().is_ident("cfg"));
    let same_as = format!(" The same as [`Client::{flat_name}`].");
    Some(quote! {
        #(#docs)*
        #[doc = ""]
        #[doc = #same_as]
        #(#cfg)*
        pub #signature {
            #body
        }
    })
}

/// The handle of the group at `path`, under its top-level group's `#[cfg]`, if any.
fn emit_handle(
    path: &[String],
    children: &[&String],
    methods: impl Iterator<Item = TokenStream>,
    cfg: Option<TokenStream>,
) -> TokenStream {
    let name = handle_name(path);
    let doc = format!(
        " The `{}` operations, from [`Client`]: a handle that borrows the client.",
        path.join(".")
    );
    let accessors = children
        .iter()
        .map(|child| accessor(child, path, quote!(self.client), None));
    quote! {
        #[doc = #doc]
        #cfg
        #[derive(Clone, Copy, Debug)]
        pub struct #name<'a> {
            client: &'a Client,
        }

        #cfg
        impl<'a> #name<'a> {
            #(#accessors)*
            #(#methods)*
        }
    }
}

/// The method that gives the handle of `parent.name`, on the parent (or the client).
fn accessor(
    name: &str,
    parent: &[String],
    client: TokenStream,
    cfg: Option<TokenStream>,
) -> TokenStream {
    let mut path = parent.to_vec();
    path.push(name.to_owned());
    let handle = handle_name(&path);
    let method = format_ident!("{name}");
    let doc = format!(" The `{}` operations.", path.join("."));
    let lifetime = if parent.is_empty() {
        quote!('_)
    } else {
        quote!('a)
    };
    quote! {
        #[doc = #doc]
        #cfg
        pub fn #method(&self) -> #handle<#lifetime> {
            #handle { client: #client }
        }
    }
}

/// `["beta", "threads"]` → `BetaThreads`.
fn handle_name(path: &[String]) -> syn::Ident {
    format_ident!("{}", naming::type_name(&path.join("_")))
}
