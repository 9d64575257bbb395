//! `<op>_paginator` for each list operation (the IR's `Pagination`): the runtime's
//! `Paginator` over the operation's pages, given the first request, the plan of the next
//! ones and how a page gives up its items.

use proc_macro2::TokenStream;
use quote::quote;

use super::operations::{call, derived_method, qualified, success_type, Call, Method};
use super::types::ident;
use crate::ir::{
    Api, CursorSource, Docs, NextPage, Operation, Pagination, Presence, TypeKind, TypeRef,
};

/// Whether the operation gets a paginator (and its command `--max-items`).
pub(super) fn paginates(api: &Api, op: &Operation) -> bool {
    op.pagination
        .as_ref()
        .is_some_and(|p| items_of(api, op, p).is_some())
}

/// The private `<op>_first_page`, which builds the first request, and the public
/// `<op>_paginator`.
pub(super) fn emit_paginator(api: &Api, op: &Operation) -> Option<Vec<Method>> {
    let pagination = op.pagination.as_ref()?;
    let items_of = items_of(api, op, pagination)?;
    let page = qualified(success_type(op)?);
    let item = qualified(&pagination.item);
    let plan = plan(pagination);
    let Call {
        arguments,
        request,
        check_and_encode,
    } = call(api, op, None);
    // Each argument's tokens start with its name.
    let names: Vec<_> = arguments
        .iter()
        .filter_map(|a| a.clone().into_iter().next())
        .collect();
    let first = derived_method(&op.rust_name, "first_page");
    let name = derived_method(&op.rust_name, "paginator");
    let first_page = quote! {
        fn #first(&self, #(#arguments),*) -> Result<Request, Error> {
            #request
            #check_and_encode
            Ok(request)
        }
    };
    let paginator = quote! {
        pub fn #name(&self, #(#arguments),*) -> crate::Paginator<#page, #item> {
            static PLAN: crate::pagination::PagePlan = #plan;
            let first = self.#first(#(#names),*);
            crate::Paginator::new(self.clone(), first, &PLAN, #items_of)
        }
    };
    let first_page_docs = Docs {
        description: Some("The request for the first page of a list.".to_owned()),
        ..Docs::default()
    };
    Some(vec![
        Method::new(&first_page_docs, first_page),
        Method::new(&paginator_docs(op, pagination), paginator),
    ])
}

/// The paginator's rustdoc: what it streams, and how the next page is found.
fn paginator_docs(op: &Operation, pagination: &Pagination) -> Docs {
    let operation = op.rust_name.trim_start_matches("r#");
    Docs {
        description: Some(format!(
            "Every page of [`Client::{operation}`], from the one its arguments ask for: \
             `.items()` streams the items across pages, `.pages()` the pages, \
             `.max_items(n)` stops after `n` items. A page is asked for when the one \
             before is used up; an error ends the stream with one `Err` item."
        )),
        notes: vec![next_page_note(pagination)],
        ..Docs::default()
    }
}

/// How the docs say the next page is found.
fn next_page_note(pagination: &Pagination) -> String {
    let next = match &pagination.next {
        NextPage::Cursor { param, from, .. } => {
            let from = match from {
                CursorSource::Property(property) => format!("the answer's `{property}`"),
                CursorSource::LastItem(property) => format!("the last item's `{property}`"),
            };
            format!("`{param}` = {from}")
        }
        NextPage::Number { param } => format!("`{param}` + 1"),
        NextPage::Link => "`Link: <..>; rel=\"next\"`".to_owned(),
    };
    format!("Next page: {next}")
}

/// The runtime's `PagePlan` value.
fn plan(pagination: &Pagination) -> TokenStream {
    let text = |value: Option<&String>| match value {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    };
    let items = text(pagination.items.as_ref());
    let next = match &pagination.next {
        NextPage::Cursor {
            param,
            from,
            has_more,
        } => {
            let from = match from {
                CursorSource::Property(p) => quote!(crate::pagination::CursorSource::Property(#p)),
                CursorSource::LastItem(p) => quote!(crate::pagination::CursorSource::LastItem(#p)),
            };
            let has_more = text(has_more.as_ref());
            quote!(crate::pagination::NextPage::Cursor { param: #param, from: #from, has_more: #has_more })
        }
        NextPage::Number { param } => quote!(crate::pagination::NextPage::Number { param: #param }),
        NextPage::Link => quote!(crate::pagination::NextPage::Link),
    };
    quote!(crate::pagination::PagePlan { items: #items, next: #next })
}

/// How a page gives up its items: the answer itself, or its items field (empty when absent
/// or null); `None` when the answer has no such field.
fn items_of(api: &Api, op: &Operation, pagination: &Pagination) -> Option<TokenStream> {
    let answer = api.resolve_alias(success_type(op)?);
    let Some(property) = &pagination.items else {
        return matches!(answer, TypeRef::Array(_)).then(|| quote!(std::convert::identity));
    };
    let TypeRef::Named(name) = answer else {
        return None;
    };
    let TypeKind::Struct(s) = &api.types.get(name)?.kind else {
        return None;
    };
    let field = s.fields.iter().find(|f| f.wire_name == *property)?;
    if !matches!(api.resolve_alias(&field.ty), TypeRef::Array(_)) {
        return None;
    }
    let field_name = ident(&field.rust_name);
    Some(match field.presence {
        Presence::Required => quote!(|page| page.#field_name),
        Presence::RequiredNullable | Presence::Optional => {
            quote!(|page| page.#field_name.unwrap_or_default())
        }
        Presence::OptionalNullable => {
            quote!(|page| page.#field_name.into_option().unwrap_or_default())
        }
    })
}
