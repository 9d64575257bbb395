//! `<op>_paginator` for each list operation (the IR's `Pagination`): the runtime's
//! `Paginator` over the operation's pages, given the first request, the plan of the next
//! ones and how a page gives up its items.

use super::operations::{
    call, derived_name, qualified_type, result_of, success_type, Method, Signature,
};
use super::text::{function_call, method_call, string_literal, struct_literal, Lines, TypeText};
use crate::ir::{
    Api, CursorSource, Docs, NextPage, Operation, Pagination, Presence, TypeKind, TypeRef,
};
use crate::naming;

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
    let page = qualified_type(success_type(op)?);
    let item = qualified_type(&pagination.item);
    let first = derived_name(&op.rust_name, "first_page");
    let mut first_body = Lines::new(8);
    let params = call(api, op, &[], &mut first_body);
    first_body.line("Ok(request)");
    let names: Vec<String> = params.iter().map(|(name, _)| name.clone()).collect();
    let mut paginator_body = Lines::new(8);
    paginator_body.push(&plan(pagination));
    paginator_body.push(&method_call(
        8,
        "let first = ",
        "self",
        (&first, &names),
        ";",
    ));
    let arguments = ["self.clone()", "first", "&PLAN", &items_of].map(str::to_owned);
    paginator_body.push(&function_call(
        8,
        "",
        "crate::Paginator::new",
        &arguments,
        ("", ""),
    ));
    let first_page_docs = Docs {
        description: Some("The request for the first page of a list.".into()),
        ..Docs::default()
    };
    let paginator = Signature {
        head: "pub fn",
        name: derived_name(&op.rust_name, "paginator"),
        params: params.clone(),
        output: TypeText::new("crate::Paginator", vec![page, item]),
    };
    let first_page = Signature {
        head: "fn",
        name: first,
        params,
        output: result_of(TypeText::leaf("Request")),
    };
    Some(vec![
        Method::new(&first_page_docs, first_page, first_body),
        Method::new(&paginator_docs(op, pagination), paginator, paginator_body),
    ])
}

/// The paginator's rustdoc: what it streams, and how the next page is found.
fn paginator_docs(op: &Operation, pagination: &Pagination) -> Docs {
    let operation = naming::unraw(&op.rust_name);
    Docs {
        description: Some(
            format!(
                "Every page of [`Client::{operation}`], from the one its arguments ask for: \
             `.items()` streams the items across pages, `.pages()` the pages, \
             `.max_items(n)` stops after `n` items. A page is asked for when the one \
             before is used up; an error ends the stream with one `Err` item."
            )
            .into(),
        ),
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

/// The runtime's `PagePlan` value, a `static` 8 spaces in.
fn plan(pagination: &Pagination) -> String {
    let text = |value: Option<&String>| match value {
        Some(text) => format!("Some({})", string_literal(text)),
        None => "None".to_owned(),
    };
    let next = match &pagination.next {
        NextPage::Cursor {
            param,
            from,
            has_more,
        } => {
            let (source, property) = match from {
                CursorSource::Property(p) => ("Property", p),
                CursorSource::LastItem(p) => ("LastItem", p),
            };
            format!(
                "            next: crate::pagination::NextPage::Cursor {{
                param: {},
                from: crate::pagination::CursorSource::{source}({}),
                has_more: {},
            }},
",
                string_literal(param),
                string_literal(property),
                text(has_more.as_ref())
            )
        }
        NextPage::Number { param } => {
            let field = format!("param: {}", string_literal(param));
            let broken = format!("                {field},\n");
            let path = "crate::pagination::NextPage::Number";
            struct_literal(12, ("next: ", path), &[field], &broken, ",")
        }
        NextPage::Link => "            next: crate::pagination::NextPage::Link,\n".to_owned(),
    };
    format!(
        "        static PLAN: crate::pagination::PagePlan = crate::pagination::PagePlan {{
            items: {},
{next}        }};
",
        text(pagination.items.as_ref())
    )
}

/// How a page gives up its items: the answer itself, or its items field (empty when absent
/// or null); `None` when the answer has no such field.
fn items_of(api: &Api, op: &Operation, pagination: &Pagination) -> Option<String> {
    let answer = api.resolve_alias(success_type(op)?);
    let Some(property) = &pagination.items else {
        return matches!(answer, TypeRef::Array(_)).then(|| "std::convert::identity".to_owned());
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
    let field_name = &field.rust_name;
    Some(match field.presence {
        Presence::Required => format!("|page| page.{field_name}"),
        Presence::RequiredNullable | Presence::Optional => {
            format!("|page| page.{field_name}.unwrap_or_default()")
        }
        Presence::OptionalNullable => {
            format!("|page| page.{field_name}.into_option().unwrap_or_default()")
        }
    })
}
