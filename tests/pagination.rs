//! Auto-pagination against an in-process server: OpenAI's cursor (the generated crate's
//! `listMessages`), Stripe's `starting_after` and GitHub's `Link` header (the wire client's
//! `listCustomers` and `listIssues`). What is checked is what went on the wire: which pages
//! were asked for, with which cursor, and that none was asked for past the cap.

use futures::StreamExt;
use openai_thread_runs::types::ListMessagesParams;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn openai(server: &MockServer) -> openai_thread_runs::Client {
    openai_thread_runs::Client::builder()
        .base_url(server.uri())
        .api_key("sk-test")
        .max_retries(0)
        .build()
        .expect("client builds")
}

fn wire(server: &MockServer) -> wire_client::Client {
    wire_client::Client::builder()
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client builds")
}

/// A message as the API sends it.
fn message(id: &str) -> Value {
    json!({
        "id": id, "object": "thread.message", "created_at": 1_699_016_383,
        "assistant_id": null, "thread_id": "thread_1", "run_id": null, "role": "user",
        "content": [{"type": "text", "text": {"value": "Hi", "annotations": []}}],
        "attachments": [], "metadata": {}
    })
}

/// A page of `listMessages` holding the messages `ids`.
fn messages(ids: &[&str], has_more: bool) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "object": "list",
        "data": ids.iter().map(|id| message(id)).collect::<Vec<_>>(),
        "first_id": ids.first(), "last_id": ids.last(), "has_more": has_more
    }))
}

/// Three pages of two, two and one messages, chained by `after`.
async fn three_pages() -> MockServer {
    let server = MockServer::start().await;
    let list = || Mock::given(method("GET")).and(path("/threads/thread_1/messages"));
    list()
        .and(query_param_is_missing("after"))
        .respond_with(messages(&["msg_1", "msg_2"], true))
        .mount(&server)
        .await;
    list()
        .and(query_param("after", "msg_2"))
        .respond_with(messages(&["msg_3", "msg_4"], true))
        .mount(&server)
        .await;
    list()
        .and(query_param("after", "msg_4"))
        .respond_with(messages(&["msg_5"], false))
        .mount(&server)
        .await;
    server
}

/// Each request's value of the query parameter `name` (`None` where it was not sent).
async fn sent(server: &MockServer, name: &str) -> Vec<Option<String>> {
    let requests = server.received_requests().await.unwrap_or_default();
    requests
        .iter()
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.into_owned())
        })
        .collect()
}

#[tokio::test]
async fn max_items_stops_in_the_middle_of_page_two_and_never_asks_for_page_three() {
    let server = three_pages().await;
    let params = ListMessagesParams::default().limit(2);
    let mut items = openai(&server)
        .list_messages_paginator("thread_1", &params)
        .max_items(3)
        .items();
    let mut ids = Vec::new();
    while let Some(item) = items.next().await {
        ids.push(item.expect("a message").id);
    }
    assert_eq!(ids, ["msg_1", "msg_2", "msg_3"]);
    // Page 1 without a cursor, page 2 after page 1's `last_id`, page 3 never.
    assert_eq!(sent(&server, "after").await, [None, Some("msg_2".into())]);
    // The call's own parameters are sent with every page.
    assert_eq!(
        sent(&server, "limit").await,
        [Some("2".into()), Some("2".into())]
    );
}

#[tokio::test]
async fn pages_run_until_has_more_is_false() {
    let server = three_pages().await;
    let pages: Vec<_> = openai(&server)
        .list_messages_paginator("thread_1", &ListMessagesParams::default())
        .pages()
        .collect()
        .await;
    let sizes: Vec<usize> = pages
        .into_iter()
        .map(|page| page.expect("a page").data.len())
        .collect();
    assert_eq!(sizes, [2, 2, 1]);
    let after = sent(&server, "after").await;
    assert_eq!(after, [None, Some("msg_2".into()), Some("msg_4".into())]);
}

#[tokio::test]
async fn an_error_ends_the_stream_with_one_err_item() {
    let server = MockServer::start().await;
    let list = || Mock::given(method("GET")).and(path("/threads/thread_1/messages"));
    list()
        .and(query_param_is_missing("after"))
        .respond_with(messages(&["msg_1", "msg_2"], true))
        .mount(&server)
        .await;
    list()
        .and(query_param("after", "msg_2"))
        .respond_with(ResponseTemplate::new(500).set_body_string("{}"))
        .mount(&server)
        .await;
    let items: Vec<_> = openai(&server)
        .list_messages_paginator("thread_1", &ListMessagesParams::default())
        .items()
        .collect()
        .await;
    assert_eq!(items.len(), 3, "two messages, then the error, then the end");
    assert!(items[..2].iter().all(Result::is_ok));
    let status = items[2].as_ref().err().and_then(|e| e.status());
    assert_eq!(status, Some(500));
}

#[tokio::test]
async fn a_stripe_list_sends_the_last_id_as_starting_after() {
    let server = MockServer::start().await;
    let page = |ids: &[&str], more: bool| {
        let data: Vec<Value> = ids.iter().map(|id| json!({"id": id})).collect();
        ResponseTemplate::new(200).set_body_json(
            json!({"object": "list", "data": data, "has_more": more, "url": "/v1/customers"}),
        )
    };
    let list = || Mock::given(method("GET")).and(path("/v1/customers"));
    list()
        .and(query_param_is_missing("starting_after"))
        .respond_with(page(&["cus_1", "cus_2"], true))
        .mount(&server)
        .await;
    list()
        .and(query_param("starting_after", "cus_2"))
        .respond_with(page(&["cus_3"], false))
        .mount(&server)
        .await;
    let params = wire_client::types::ListCustomersParams::default().limit(2);
    let ids: Vec<String> = wire(&server)
        .list_customers_paginator(&params)
        .items()
        .map(|customer| customer.expect("a customer").id)
        .collect()
        .await;
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3"]);
    let cursors = sent(&server, "starting_after").await;
    assert_eq!(cursors, [None, Some("cus_2".into())]);
}

#[tokio::test]
async fn a_link_header_list_is_walked_to_the_end() {
    let server = MockServer::start().await;
    let uri = server.uri();
    let issues = |numbers: &[i64], link: String| {
        let body: Vec<Value> = numbers.iter().map(|n| json!({"number": n})).collect();
        ResponseTemplate::new(200)
            .set_body_json(body)
            .insert_header("Link", link.as_str())
    };
    // GitHub's links name another path than the one first asked for.
    Mock::given(path("/repos/octo/issues"))
        .respond_with(issues(
            &[1, 2],
            format!(r#"<{uri}/repositories/9/issues?per_page=2&page=2>; rel="next", <{uri}/repositories/9/issues?per_page=2&page=3>; rel="last""#),
        ))
        .mount(&server)
        .await;
    Mock::given(path("/repositories/9/issues"))
        .and(query_param("page", "2"))
        .respond_with(issues(
            &[3, 4],
            format!(r#"<{uri}/repositories/9/issues?per_page=2&page=1>; rel="prev", <{uri}/repositories/9/issues?per_page=2&page=3>; rel="next""#),
        ))
        .mount(&server)
        .await;
    Mock::given(path("/repositories/9/issues"))
        .and(query_param("page", "3"))
        .respond_with(issues(
            &[5],
            format!(r#"<{uri}/repositories/9/issues?per_page=2&page=2>; rel="prev", <{uri}/repositories/9/issues?per_page=2&page=1>; rel="first""#),
        ))
        .mount(&server)
        .await;
    let params = wire_client::types::ListIssuesParams::default().per_page(2);
    let numbers: Vec<i64> = wire(&server)
        .list_issues_paginator("octo", &params)
        .items()
        .map(|issue| issue.expect("an issue").number)
        .collect()
        .await;
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
    let requests = server.received_requests().await.unwrap_or_default();
    let paths: Vec<String> = requests
        .iter()
        .map(|r| format!("{}?{}", r.url.path(), r.url.query().unwrap_or_default()))
        .collect();
    assert_eq!(
        paths,
        [
            "/repos/octo/issues?per_page=2",
            "/repositories/9/issues?per_page=2&page=2",
            "/repositories/9/issues?per_page=2&page=3",
        ]
    );
}

#[tokio::test]
async fn page_numbers_count_up_until_an_empty_page_without_links() {
    let server = MockServer::start().await;
    for (page, numbers) in [("1", json!([1, 2])), ("2", json!([3])), ("3", json!([]))] {
        let body: Vec<Value> = numbers
            .as_array()
            .into_iter()
            .flatten()
            .map(|n| json!({"number": n}))
            .collect();
        Mock::given(path("/repos/octo/issues"))
            .and(query_param("page", page))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(&server)
            .await;
    }
    let params = wire_client::types::ListIssuesParams::default().page(1);
    let numbers: Vec<i64> = wire(&server)
        .list_issues_paginator("octo", &params)
        .items()
        .map(|issue| issue.expect("an issue").number)
        .collect()
        .await;
    assert_eq!(numbers, [1, 2, 3]);
    let pages = sent(&server, "page").await;
    assert_eq!(
        pages,
        [Some("1".into()), Some("2".into()), Some("3".into())]
    );
}

#[tokio::test]
async fn a_link_that_leaves_the_base_url_is_not_followed() {
    let server = MockServer::start().await;
    Mock::given(path("/repos/octo/issues"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([{"number": 1}]))
                .insert_header(
                    "Link",
                    r#"<https://elsewhere.example/issues?page=2>; rel="next""#,
                ),
        )
        .mount(&server)
        .await;
    let items: Vec<_> = wire(&server)
        .list_issues_paginator("octo", &wire_client::types::ListIssuesParams::default())
        .items()
        .collect()
        .await;
    assert_eq!(items.len(), 2, "the first page's issue, then the error");
    let error = items[1]
        .as_ref()
        .err()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(error.contains("elsewhere.example"), "{error}");
}

/// The query parameters as JSON (logging them, keeping them between runs): the parameters set
/// are written and the others left out; read back, an unknown entry is dropped and a null is
/// an unset parameter.
#[test]
fn query_parameters_write_what_is_set_and_read_it_back() {
    let params = ListMessagesParams::default().limit(20).after("msg_1");
    let written = serde_json::to_value(&params).expect("writes");
    assert_eq!(written, json!({"limit": 20, "after": "msg_1"}));
    let read: ListMessagesParams =
        serde_json::from_value(json!({"limit": 20, "after": "msg_1", "order": null, "new": 1}))
            .expect("reads");
    assert_eq!(read, params);
    let wrong = serde_json::from_value::<ListMessagesParams>(json!({"limit": "twenty"}));
    assert!(wrong.is_err(), "a parameter of the wrong type is an error");
}
