//! Tests of `pagination.rs`: which request follows a page, for each way of paging, and the
//! `Link` header's reading.

use reqwest::header::{HeaderMap, HeaderValue, LINK};
use reqwest::Method;
use serde_json::json;

use crate::client::Request;
use crate::pagination::{link_target, next_link, next_request, CursorSource, NextPage, PagePlan};

const BASE: &str = "https://api.example.com/v1";

fn links(values: &[&str]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for value in values {
        headers.append(LINK, HeaderValue::from_str(value).expect("a header value"));
    }
    headers
}

/// The path and query of the request after `page`, or `None` at the end.
fn after(
    plan: &PagePlan,
    sent: Request,
    page: serde_json::Value,
    headers: &HeaderMap,
) -> Option<String> {
    let next = next_request(plan, &sent, &page, headers, BASE).expect("a next request or none")?;
    Some(format!("{next:?}"))
}

#[test]
fn the_next_link_is_found_among_others() {
    let headers = links(&[
        r#"<https://api.example.com/v1/x?page=1>; rel="prev", <https://api.example.com/v1/x?page=3&per_page=2>; rel="next""#,
    ]);
    assert_eq!(
        next_link(&headers).as_deref(),
        Some("https://api.example.com/v1/x?page=3&per_page=2")
    );
    let headers = links(&[
        r#"<https://a/1>; rel="first""#,
        r#"<https://a/2>; rel=next"#,
    ]);
    assert_eq!(next_link(&headers).as_deref(), Some("https://a/2"));
    let headers = links(&[r#"<https://a/1>; rel="prev last""#]);
    assert_eq!(next_link(&headers), None);
    assert_eq!(next_link(&links(&["garbage <unclosed; rel=next"])), None);
}

#[test]
fn a_link_is_followed_only_under_the_base_url() {
    let (path, query) =
        link_target("https://api.example.com/v1/x?page=3&q=a%20b", BASE).expect("under");
    assert_eq!(path, "/x");
    assert_eq!(
        query,
        [("page".into(), "3".into()), ("q".into(), "a b".into())]
    );
    let (path, _) = link_target("/v1/y", BASE).expect("relative, under");
    assert_eq!(path, "/y");
    for elsewhere in [
        "https://evil.example/v1/x",
        "https://api.example.com.evil/v1/x",
        "/v2/x",
        "https://api.example.com/v10",
    ] {
        assert!(link_target(elsewhere, BASE).is_err(), "{elsewhere}");
    }
}

#[test]
fn a_cursor_goes_back_while_there_is_more() {
    let plan = PagePlan {
        items: Some("data"),
        next: NextPage::Cursor {
            param: "after",
            from: CursorSource::Property("last_id"),
            has_more: Some("has_more"),
        },
    };
    let sent = Request::new(Method::GET, "/things".into()).query("limit", &2);
    let page = json!({"data": [{"id": "a"}, {"id": "b"}], "last_id": "b", "has_more": true});
    let next = after(&plan, sent.clone(), page, &HeaderMap::new()).expect("more");
    assert!(next.contains(r#"("limit", "2"), ("after", "b")"#), "{next}");
    let last = json!({"data": [{"id": "c"}], "last_id": "c", "has_more": false});
    assert_eq!(after(&plan, sent.clone(), last, &HeaderMap::new()), None);
    // The cursor the page was asked with, again: the server is not moving on.
    let stuck = Request::new(Method::GET, "/things".into()).query("after", "b");
    let page = json!({"data": [{"id": "b"}], "last_id": "b", "has_more": true});
    assert_eq!(after(&plan, stuck, page, &HeaderMap::new()), None);
    // From the last item, with no `has_more`: until an empty page.
    let plan = PagePlan {
        items: Some("data"),
        next: NextPage::Cursor {
            param: "starting_after",
            from: CursorSource::LastItem("id"),
            has_more: None,
        },
    };
    let page = json!({"data": [{"id": "a"}, {"id": "cus_2"}]});
    let next = after(&plan, sent.clone(), page, &HeaderMap::new()).expect("more");
    assert!(next.contains(r#"("starting_after", "cus_2")"#), "{next}");
    assert_eq!(
        after(&plan, sent, json!({"data": []}), &HeaderMap::new()),
        None
    );
}

#[test]
fn page_numbers_count_up_until_an_empty_page_or_a_last_link() {
    let plan = PagePlan {
        items: None,
        next: NextPage::Number { param: "page" },
    };
    let first = Request::new(Method::GET, "/issues".into()).query("per_page", &2);
    let next = after(&plan, first, json!([1, 2]), &HeaderMap::new()).expect("more");
    assert!(
        next.contains(r#"("per_page", "2"), ("page", "2")"#),
        "{next}"
    );
    let third = Request::new(Method::GET, "/issues".into()).query("page", &3);
    let next = after(&plan, third.clone(), json!([1]), &HeaderMap::new()).expect("more");
    assert!(next.contains(r#"("page", "4")"#), "{next}");
    assert_eq!(
        after(&plan, third.clone(), json!([]), &HeaderMap::new()),
        None
    );
    let last = links(&[r#"<https://api.example.com/v1/issues?page=1>; rel="first""#]);
    assert_eq!(after(&plan, third.clone(), json!([1]), &last), None);
    let next = links(&[r#"<https://api.example.com/v1/repositories/9/issues?page=4>; rel="next""#]);
    let followed = after(&plan, third, json!([1]), &next).expect("the link");
    assert!(
        followed.contains(r#"path: "/repositories/9/issues""#),
        "{followed}"
    );
}
