//! List operations: which operations answer one page of a longer list, where a page's items
//! are and how the next page is asked for. Read from the lowered operation and its types
//! alone (no spec), by the shapes real APIs use, or from the configuration's override.
//!
//! The shapes recognised, for a `GET` whose answer is JSON:
//! - a cursor in the body: an object with an items array (`data`, `items`, `results`...)
//!   and a query parameter `after` (the cursor is the answer's `last_id`, else the last
//!   item's `id`: OpenAI) or `starting_after` (the last item's `id`: Stripe), or a
//!   `next_page`/`next_cursor`/`next_page_token` property sent back as `page`/`cursor`/
//!   `page_token`; a boolean `has_more` ends the list;
//! - page numbers: an integer query parameter `page` and an items array (GitHub), the
//!   `Link` header followed when the server sends one;
//! - `Link: <..>; rel="next"` alone: an array answer whose success declares a `Link` header
//!   or that takes a `cursor` query parameter (GitHub's cursors are only ever in the link).

use crate::config::Pagination as Override;
use crate::error::{Error, ErrorKind, Result};
use crate::ir::{
    is_success, resolve_alias_in, CursorSource, HttpMethod, NextPage, Operation, Pagination,
    ParameterLocation, TypeKind, TypeRef,
};

/// The items properties tried first, in order; else an object's only array property.
const ITEMS_PROPERTIES: &[&str] = &["data", "items", "results", "entries", "values"];

/// Properties of the answer that hold the next page's cursor, and the query parameter it is
/// sent back in.
const NEXT_CURSORS: &[(&str, &str)] = &[
    ("next_page", "page"),
    ("next_cursor", "cursor"),
    ("next_page_token", "page_token"),
    ("nextPageToken", "pageToken"),
    ("nextCursor", "cursor"),
    ("next_marker", "marker"),
];

/// The booleans that say whether a next page exists.
const HAS_MORE: &[&str] = &["has_more", "hasMore"];

/// Refuses an override that names no generated operation, at its place in the file.
pub fn check_overrides(api: &crate::ir::Api, overrides: &super::Overrides) -> Result<()> {
    for (operation, rule) in overrides {
        if api
            .operations
            .iter()
            .any(|op| &op.operation_id == operation)
        {
            continue;
        }
        let place = rule.as_ref().and_then(|rule| rule.place.as_ref());
        return Err(crate::config::refused_at(
            place,
            format!("the pagination names `{operation}`, which no generated operation is"),
            "give the operationId as the spec spells it (and check the operation filter keeps it)",
        ));
    }
    Ok(())
}

/// How `op` pages: the configuration's override when it has one for the operation, else
/// what its shape says.
pub(super) fn pagination(
    op: &Operation,
    types: &crate::ir::TypeMap,
    configured: Option<&Option<Override>>,
    pointer: &str,
) -> Result<Option<Pagination>> {
    match configured {
        Some(None) => Ok(None),
        Some(Some(rule)) => configured_pagination(op, types, rule, pointer).map(Some),
        None if op.method == HttpMethod::Get => Ok(recognise(op, types)),
        None => Ok(None),
    }
}

/// The pagination an override describes, checked against the operation: the items
/// property is an array of the answer, the parameter one of its query parameters.
fn configured_pagination(
    op: &Operation,
    types: &crate::ir::TypeMap,
    rule: &Override,
    pointer: &str,
) -> Result<Pagination> {
    let refused = |what: String| match &rule.place {
        Some(place) => crate::config::refused_at(
            Some(place),
            format!("the pagination of `{}`: {what}", op.operation_id),
            "name the answer's array property and one of the operation's query parameters",
        ),
        None => Error::new(
            ErrorKind::Config,
            format!("the pagination of `{}`: {what}", op.operation_id),
        )
        .at(pointer),
    };
    let answer = Answer::of(op, types).ok_or_else(|| refused("it does not answer JSON".into()))?;
    let item = match &rule.items {
        Some(property) => answer.array_property(property),
        None => answer.list_item(),
    }
    .ok_or_else(|| refused("the items are not an array of the answer".into()))?;
    let param = match &rule.next {
        NextPage::Cursor { param, .. } | NextPage::Number { param } => Some(param),
        NextPage::Link => None,
    };
    if let Some(param) = param.filter(|p| !has_query(op, p)) {
        return Err(refused(format!(
            "`{param}` is not one of its query parameters"
        )));
    }
    Ok(Pagination {
        items: rule.items.clone(),
        item: item.clone(),
        next: rule.next.clone(),
    })
}

/// What the operation's shape says, if it is one of those listed at the top.
fn recognise(op: &Operation, types: &crate::ir::TypeMap) -> Option<Pagination> {
    let answer = Answer::of(op, types)?;
    if let Some(item) = answer.list_item() {
        let next = if has_integer_query(op, types, "page") {
            NextPage::Number {
                param: "page".into(),
            }
        } else if declares_link(op) || has_query(op, "cursor") {
            NextPage::Link
        } else {
            return None;
        };
        return Some(Pagination {
            items: None,
            item: item.clone(),
            next,
        });
    }
    let (items, item) = answer.items_property()?;
    let next = cursor(op, &answer, types).or_else(|| {
        if has_integer_query(op, types, "page") {
            Some(NextPage::Number {
                param: "page".into(),
            })
        } else {
            None
        }
    })?;
    Some(Pagination {
        items: Some(items.to_owned()),
        item: item.clone(),
        next,
    })
}

/// A cursor in the body, sent back as a query parameter.
fn cursor(op: &Operation, answer: &Answer, types: &crate::ir::TypeMap) -> Option<NextPage> {
    let has_more = HAS_MORE
        .iter()
        .find(|name| answer.property(name) == Some(&TypeRef::Boolean))
        .map(|name| (*name).to_owned());
    let is_text = |property: &str| {
        answer
            .property(property)
            .is_some_and(|ty| matches!(resolve_alias_in(types, ty), TypeRef::String))
    };
    let (param, from) = if has_query(op, "after") {
        let from = if is_text("last_id") {
            CursorSource::Property("last_id".into())
        } else {
            CursorSource::LastItem("id".into())
        };
        ("after", from)
    } else if has_query(op, "starting_after") {
        ("starting_after", CursorSource::LastItem("id".into()))
    } else {
        let (property, param) = NEXT_CURSORS
            .iter()
            .find(|(property, param)| is_text(property) && has_query(op, param))?;
        (*param, CursorSource::Property((*property).to_owned()))
    };
    Some(NextPage::Cursor {
        param: param.to_owned(),
        from,
        has_more,
    })
}

/// The JSON answer of a successful call, seen through its aliases.
struct Answer<'t> {
    resolved: &'t TypeRef,
    types: &'t crate::ir::TypeMap,
}

impl<'t> Answer<'t> {
    fn of(op: &'t Operation, types: &'t crate::ir::TypeMap) -> Option<Answer<'t>> {
        let answer = op.success.json()?;
        Some(Answer {
            resolved: resolve_alias_in(types, answer),
            types,
        })
    }

    /// The item type, when the answer is itself a list.
    fn list_item(&self) -> Option<&'t TypeRef> {
        match self.resolved {
            TypeRef::Array(item) => Some(item),
            _ => None,
        }
    }

    /// The answer's properties, when it is an object.
    fn fields(&self) -> &'t [crate::ir::Field] {
        let TypeRef::Named(name) = self.resolved else {
            return &[];
        };
        match self.types.get(name).map(|d| &d.kind) {
            Some(TypeKind::Struct(s)) => &s.fields,
            _ => &[],
        }
    }

    /// The type of a property (a nullable one included).
    fn property(&self, wire_name: &str) -> Option<&'t TypeRef> {
        self.fields()
            .iter()
            .find(|f| f.wire_name == wire_name)
            .map(|f| &f.ty)
    }

    /// The item type of an array property, if it is one.
    fn array_property(&self, wire_name: &str) -> Option<&'t TypeRef> {
        let field = self.fields().iter().find(|f| f.wire_name == wire_name)?;
        self.array_item(&field.ty)
    }

    /// The item type of a field's type, if it is an array.
    fn array_item(&self, ty: &'t TypeRef) -> Option<&'t TypeRef> {
        match resolve_alias_in(self.types, ty) {
            TypeRef::Array(item) => Some(item),
            _ => None,
        }
    }

    /// The property holding the items: the first of `ITEMS_PROPERTIES` that is an array,
    /// else the only array property.
    fn items_property(&self) -> Option<(&'t str, &'t TypeRef)> {
        let arrays: Vec<(&str, &TypeRef)> = self
            .fields()
            .iter()
            .filter_map(|f| Some((f.wire_name.as_str(), self.array_item(&f.ty)?)))
            .collect();
        ITEMS_PROPERTIES
            .iter()
            .find_map(|name| arrays.iter().find(|(wire, _)| wire == name).copied())
            .or(match arrays.as_slice() {
                [only] => Some(*only),
                _ => None,
            })
    }
}

/// Whether the operation has the (non-constant) query parameter `name`.
fn has_query(op: &Operation, name: &str) -> bool {
    op.parameters.iter().any(|p| {
        p.location == ParameterLocation::Query && p.constant.is_none() && p.wire_name == name
    })
}

/// Whether the operation has the integer query parameter `name`.
fn has_integer_query(op: &Operation, types: &crate::ir::TypeMap, name: &str) -> bool {
    op.parameters.iter().any(|p| {
        p.location == ParameterLocation::Query
            && p.constant.is_none()
            && p.wire_name == name
            && matches!(resolve_alias_in(types, &p.ty), TypeRef::Integer(_))
    })
}

/// Whether a success of the operation declares a `Link` header.
fn declares_link(op: &Operation) -> bool {
    op.responses
        .iter()
        .filter(|r| is_success(r.status))
        .any(|r| r.headers.iter().any(|h| h.eq_ignore_ascii_case("link")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Pagination as Override;
    use crate::error::Warnings;
    use crate::select::{select, OperationFilter};

    /// The pagination of the operation `list` (`GET /things`), given its query parameters,
    /// its answer's schema and its success's headers (YAML flow text).
    fn paging(
        params: &[(&str, &str)],
        answer: &str,
        headers: &str,
        overrides: &super::super::Overrides,
    ) -> Result<Option<Pagination>> {
        let parameters: Vec<String> = params
            .iter()
            .map(|(name, ty)| format!("{{name: {name}, in: query, schema: {{type: {ty}}}}}"))
            .collect();
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /things:\n    get:\n      \
             operationId: list\n      parameters: [{}]\n      responses:\n        '200':\n          \
             description: ok\n          headers: {headers}\n          content:\n            \
             application/json: {{schema: {answer}}}\n",
            parameters.join(", ")
        );
        let spec = crate::load::load_str(&text).expect("the test spec loads");
        let selection = select(&spec, &OperationFilter::All, false).expect("selects");
        let api = super::super::lower(spec, &selection, overrides, None, &mut Warnings::default())?;
        Ok(api.operations[0].pagination.clone())
    }

    fn guessed(params: &[(&str, &str)], answer: &str, headers: &str) -> Option<Pagination> {
        paging(params, answer, headers, &Default::default()).expect("lowers")
    }

    const THING: &str = "{type: object, properties: {id: {type: string}}}";

    fn page(extra: &str) -> String {
        format!("{{type: object, properties: {{data: {{type: array, items: {THING}}}, has_more: {{type: boolean}}{extra}}}}}")
    }

    fn cursor(param: &str, from: CursorSource, has_more: bool) -> NextPage {
        NextPage::Cursor {
            param: param.into(),
            from,
            has_more: has_more.then(|| "has_more".into()),
        }
    }

    #[test]
    fn openai_lists_send_last_id_as_after() {
        let found = guessed(
            &[("after", "string"), ("limit", "integer")],
            &page(", last_id: {type: string}"),
            "{}",
        )
        .expect("a list");
        assert_eq!(found.items.as_deref(), Some("data"));
        let last_id = CursorSource::Property("last_id".into());
        assert_eq!(found.next, cursor("after", last_id, true));
        // Without `last_id`, the last item's id.
        let found = guessed(&[("after", "string")], &page(""), "{}").expect("a list");
        let id = CursorSource::LastItem("id".into());
        assert_eq!(found.next, cursor("after", id, true));
    }

    #[test]
    fn stripe_lists_send_the_last_id_as_starting_after() {
        let found = guessed(&[("starting_after", "string")], &page(""), "{}").expect("a list");
        let id = CursorSource::LastItem("id".into());
        assert_eq!(found.next, cursor("starting_after", id, true));
        // Stripe's searches: `next_page` sent back as `page`, a string.
        let search = page(", next_page: {type: string, nullable: true}");
        let found = guessed(&[("page", "string")], &search, "{}").expect("a search");
        let next_page = CursorSource::Property("next_page".into());
        assert_eq!(found.next, cursor("page", next_page, true));
        // Box's markers.
        let marked = "{type: object, properties: {entries: {type: array, items: {type: string}}, \
                      next_marker: {type: string}}}";
        let found = guessed(&[("marker", "string")], marked, "{}").expect("a list");
        assert_eq!(found.items.as_deref(), Some("entries"));
        let next_marker = CursorSource::Property("next_marker".into());
        assert_eq!(found.next, cursor("marker", next_marker, false));
    }

    #[test]
    fn an_array_with_a_page_number_or_a_link_header_pages() {
        let list = format!("{{type: array, items: {THING}}}");
        let found =
            guessed(&[("per_page", "integer"), ("page", "integer")], &list, "{}").expect("a list");
        assert_eq!(found.items, None);
        assert_eq!(
            found.next,
            NextPage::Number {
                param: "page".into()
            }
        );
        let link = "{Link: {schema: {type: string}}}";
        let found = guessed(&[("per_page", "integer")], &list, link).expect("a list");
        assert_eq!(found.next, NextPage::Link);
        let found = guessed(&[("cursor", "string")], &list, "{}").expect("a list");
        assert_eq!(found.next, NextPage::Link);
        // An array alone is not a list of pages.
        assert_eq!(guessed(&[("per_page", "integer")], &list, "{}"), None);
    }

    #[test]
    fn objects_without_a_cursor_or_items_do_not_page() {
        assert_eq!(guessed(&[("limit", "integer")], &page(""), "{}"), None);
        assert_eq!(guessed(&[("after", "string")], THING, "{}"), None);
        // Two arrays, neither a usual name: which holds the items is not guessed.
        let two = "{type: object, properties: {a: {type: array, items: {type: string}}, \
                   b: {type: array, items: {type: string}}}}";
        assert_eq!(guessed(&[("page", "integer")], two, "{}"), None);
    }

    #[test]
    fn the_configuration_overrides_or_refuses() {
        let answer = "{type: object, properties: {rows: {type: array, items: {type: string}}, \
                      next: {type: string}}}";
        let rule = Override {
            items: Some("rows".into()),
            next: NextPage::Cursor {
                param: "token".into(),
                from: CursorSource::Property("next".into()),
                has_more: None,
            },
            place: None,
        };
        let overrides = [("list".to_owned(), Some(rule.clone()))].into();
        let found = paging(&[("token", "string")], answer, "{}", &overrides)
            .expect("lowers")
            .expect("a list");
        assert_eq!(found.item, TypeRef::String);
        assert_eq!(found.next, rule.next);
        // A parameter the operation lacks is refused, naming it.
        let error = paging(&[], answer, "{}", &overrides).expect_err("refused");
        assert!(error.to_string().contains("`token`"), "{error}");
        // `None` turns a guess off.
        let off = [("list".to_owned(), None)].into();
        let found = paging(&[("after", "string")], &page(""), "{}", &off).expect("lowers");
        assert_eq!(found, None);
    }
}
