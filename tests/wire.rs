//! What goes on the wire, for each way real API descriptions put data there: a client
//! generated from tests/wire/openapi.yaml (checked in at tests/wire/client) against an
//! in-process server that records the requests.

use std::collections::BTreeMap;

use serde_json::json;
use wire_client::types::{
    CreateCustomerRequest, CreateCustomerRequestAddress, CreateCustomerRequestItemsItem,
    CreateUploadRequest, CreateUploadRequestMeta, CreateUploadRequestPurpose, Label, NameOrId,
    PutBlobId, PutBlobXChecksum, QueryReportsRequest, RetrieveCustomerRequest, SearchFilter,
    SearchFilterCreated, SearchParams,
};
use wire_client::{Client, FileUpload};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client builds")
}

/// The one request the server received.
async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

/// `application/x-www-form-urlencoded` text as decoded pairs, in order.
fn form_pairs(text: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(text).into_owned().collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn header(request: &Request, name: &str) -> String {
    request
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_form_body_nests_objects_arrays_and_maps_as_stripe_reads_them() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "cus_1"})))
        .mount(&server)
        .await;
    let body = CreateCustomerRequest::new("Jenny Rosen")
        .balance(-500)
        .tax_exempt(false)
        .address(
            CreateCustomerRequestAddress::default()
                .line1("1 Main St")
                .city("Zürich & Co"),
        )
        .expand(vec!["default_source".to_owned(), "tax".to_owned()])
        .items(vec![
            CreateCustomerRequestItemsItem::default()
                .price("price_1")
                .quantity(2),
            CreateCustomerRequestItemsItem::default().price("price_2"),
        ])
        .metadata(BTreeMap::from([
            ("order_id".to_owned(), "6735".to_owned()),
            ("note".to_owned(), "a=b&c".to_owned()),
        ]))
        .tags(vec!["vip".to_owned(), "eu".to_owned()]);
    let customer = client(&server).create_customer(&body).await.expect("sent");
    assert_eq!(customer.id, "cus_1");

    let request = only_request(&server).await;
    assert_eq!(
        header(&request, "content-type"),
        "application/x-www-form-urlencoded"
    );
    let expected = pairs(&[
        ("name", "Jenny Rosen"),
        ("balance", "-500"),
        ("tax_exempt", "false"),
        ("address[line1]", "1 Main St"),
        ("address[city]", "Zürich & Co"),
        ("expand[0]", "default_source"),
        ("expand[1]", "tax"),
        ("items[0][price]", "price_1"),
        ("items[0][quantity]", "2"),
        ("items[1][price]", "price_2"),
        ("metadata[note]", "a=b&c"),
        ("metadata[order_id]", "6735"),
        ("tags", "vip"),
        ("tags", "eu"),
    ]);
    assert_eq!(form_pairs(&request.body), expected);
    // Nothing of it is JSON.
    assert!(!String::from_utf8_lossy(&request.body).contains('{'));
}

#[tokio::test]
async fn an_optional_form_body_is_left_out_or_sent_and_a_charset_json_answer_decodes() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/cus_1"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", "application/json; charset=utf-8")
                .set_body_string(r#"{"id": "cus_1", "name": "Jenny \ud83d\udc4d"}"#),
        )
        .mount(&server)
        .await;
    let client = client(&server);
    let customer = client
        .retrieve_customer("cus_1", None)
        .await
        .expect("decoded");
    assert_eq!(customer.name.as_deref(), Some("Jenny 👍"));
    let with_body = RetrieveCustomerRequest::default().expand(vec!["tax".to_owned()]);
    client
        .retrieve_customer("cus_1", Some(&with_body))
        .await
        .expect("decoded");

    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 2);
    assert!(requests[0].body.is_empty(), "no body when none is given");
    assert_eq!(requests[0].url.path(), "/v1/customers/cus_1");
    assert_eq!(
        form_pairs(&requests[1].body),
        pairs(&[("expand[0]", "tax")])
    );
}

#[tokio::test]
async fn query_parameters_follow_their_style() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/search"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", "application/problem+json")
                .set_body_string(r#"{"count": 3}"#),
        )
        .mount(&server)
        .await;
    let params = SearchParams::default()
        .filter(
            SearchFilter::default()
                .status("open")
                .created(SearchFilterCreated::default().gte(1700)),
        )
        .ids(vec![1, 2, 3])
        .tags(vec!["a b".to_owned(), "c".to_owned()])
        .words(vec!["x".to_owned(), "y".to_owned()])
        .flags(vec!["p".to_owned(), "q".to_owned()]);
    let result = client(&server).search(&params).await.expect("decoded");
    assert_eq!(result.count, Some(3), "a +json answer is JSON");

    let request = only_request(&server).await;
    let query = request.url.query().unwrap_or_default().as_bytes().to_vec();
    let expected = pairs(&[
        ("filter[status]", "open"),
        ("filter[created][gte]", "1700"),
        ("ids", "1,2,3"),
        ("tags", "a b"),
        ("tags", "c"),
        ("words", "x y"),
        ("flags", "p|q"),
    ]);
    assert_eq!(form_pairs(&query), expected);
}

#[tokio::test]
async fn text_and_byte_bodies_go_as_they_are_with_their_media_type() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/notes/note-7"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/blobs/42"))
        .respond_with(|request: &Request| {
            ResponseTemplate::new(200)
                .insert_header("content-type", "application/octet-stream")
                .set_body_bytes(request.body.clone())
        })
        .mount(&server)
        .await;
    let client = client(&server);
    client
        .put_note(&NameOrId::Name("note-7".to_owned()), "line one\nline {two}")
        .await
        .expect("stored");
    let bytes: Vec<u8> = vec![0, 159, 146, 150, 255];
    let echoed = client
        .put_blob(
            &PutBlobId::Number(42),
            Some(&PutBlobXChecksum::Text("crc32:abc".to_owned())),
            bytes.clone(),
        )
        .await
        .expect("stored");
    assert_eq!(echoed.as_ref(), bytes.as_slice());

    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 2);
    assert_eq!(header(&requests[0], "content-type"), "text/plain");
    assert_eq!(requests[0].body, b"line one\nline {two}");
    assert_eq!(
        header(&requests[1], "content-type"),
        "application/octet-stream"
    );
    assert_eq!(header(&requests[1], "x-checksum"), "crc32:abc");
    assert_eq!(requests[1].body, bytes);
}

#[test]
fn a_webhook_payload_decodes_with_its_type() {
    let payload: wire_client::webhooks::CustomerCreated =
        serde_json::from_str(r#"{"id": "cus_9", "name": "Ada"}"#).expect("decodes");
    assert_eq!(payload.id, "cus_9");
}

#[tokio::test]
async fn bodies_that_are_lists_maps_or_numbers_are_checked_and_sent() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(&server);
    let label = |name: &str| Label::new(name);
    // The second label breaks its maxLength of 8: nothing is sent.
    let error = client
        .put_labels(&[label("ok"), label("far too long")])
        .await
        .expect_err("checked");
    match error {
        wire_client::Error::Validation(errors) => {
            let paths: Vec<_> = errors.0.iter().map(|e| e.path.as_str()).collect();
            assert_eq!(paths, ["[1].name"]);
        }
        other => panic!("expected a validation error, got {other}"),
    }
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());

    client.put_labels(&[label("ok")]).await.expect("sent");
    let map = BTreeMap::from([("a".to_owned(), label("x"))]);
    client.patch_labels(&map).await.expect("sent");
    client.set_counter(&7).await.expect("sent");
    client
        .put_anything(&json!({"free": ["form"]}))
        .await
        .expect("sent");
    let bodies: Vec<String> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| String::from_utf8_lossy(&r.body).into_owned())
        .collect();
    assert_eq!(
        bodies,
        [
            r#"[{"name":"ok"}]"#,
            r#"{"a":{"name":"x"}}"#,
            "7",
            r#"{"free":["form"]}"#
        ]
    );
}

#[tokio::test]
async fn the_query_method_of_openapi_3_2_is_sent_with_its_body() {
    let server = MockServer::start().await;
    Mock::given(method("QUERY"))
        .and(path("/reports"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"count": 1})))
        .mount(&server)
        .await;
    let body = QueryReportsRequest::default().r#where("status = 'open'");
    let result = client(&server)
        .query_reports(&body)
        .await
        .expect("answered");
    assert_eq!(result.count, Some(1));
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "QUERY");
    assert_eq!(request.body, br#"{"where":"status = 'open'"}"#);
}

#[tokio::test]
async fn a_json_lines_answer_is_a_typed_stream_that_survives_a_bad_line() {
    use futures::StreamExt;
    let server = MockServer::start().await;
    let lines = "{\"id\":\"cus_1\"}\n\n{\"id\": 7}\r\n{\"id\":\"cus_2\",\"name\":\"Ada\"}";
    Mock::given(method("GET"))
        .and(path("/reports"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", "application/jsonl")
                .set_body_string(lines),
        )
        .mount(&server)
        .await;
    let items: Vec<_> = client(&server)
        .export_reports_stream()
        .await
        .expect("answered")
        .collect()
        .await;
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(items[0].as_ref().map(|c| c.id.as_str()).ok(), Some("cus_1"));
    match &items[1] {
        Err(wire_client::Error::Decode { body, .. }) => assert_eq!(body, "{\"id\": 7}"),
        other => panic!("expected a decode error item, got {other:?}"),
    }
    let last = items[2].as_ref().expect("decoded");
    assert_eq!(
        (last.id.as_str(), last.name.as_deref()),
        ("cus_2", Some("Ada"))
    );
    let request = only_request(&server).await;
    assert_eq!(header(&request, "accept"), "application/jsonl");
}

#[tokio::test]
async fn the_api_key_goes_in_the_header_the_security_scheme_names() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "cus_1"})))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .api_key("key-123")
        .build()
        .expect("client builds");
    client
        .retrieve_customer("cus_1", None)
        .await
        .expect("answered");
    let request = only_request(&server).await;
    assert_eq!(header(&request, "x-api-key"), "key-123");
    assert_eq!(header(&request, "authorization"), "", "no bearer header");
}

/// A part of a `multipart/form-data` body: the `Content-Disposition` and `Content-Type`
/// lines (empty when absent) and the content.
#[derive(Debug, PartialEq)]
struct Part {
    disposition: String,
    content_type: String,
    content: Vec<u8>,
}

/// The parts of a `multipart/form-data` request, split at the boundary its `Content-Type`
/// names (RFC 7578: each part's header lines, a blank line, its content).
fn multipart_parts(request: &Request) -> Vec<Part> {
    let content_type = header(request, "content-type");
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("not a multipart body: {content_type}"));
    let delimiter = format!("--{boundary}");
    let body = &request.body;
    let mut parts = Vec::new();
    let mut rest = body.as_slice();
    let find = |haystack: &[u8], needle: &[u8]| {
        haystack
            .windows(needle.len())
            .position(|window| window == needle)
    };
    let start = find(rest, delimiter.as_bytes()).expect("a first boundary");
    rest = &rest[start + delimiter.len()..];
    while let Some(after) = rest.strip_prefix(b"\r\n") {
        let head_end = find(after, b"\r\n\r\n").expect("a part's header lines end");
        let head = String::from_utf8_lossy(&after[..head_end]).into_owned();
        let content = &after[head_end + 4..];
        let end = find(content, format!("\r\n{delimiter}").as_bytes()).expect("a closing boundary");
        // Header names are case-insensitive (reqwest writes them in lower case).
        let line = |name: &str| {
            head.lines()
                .find_map(|line| {
                    let (key, value) = line.split_once(": ")?;
                    key.eq_ignore_ascii_case(name).then(|| value.to_owned())
                })
                .unwrap_or_default()
        };
        parts.push(Part {
            disposition: line("content-disposition"),
            content_type: line("content-type"),
            content: content[..end].to_vec(),
        });
        rest = &content[end + 2 + delimiter.len()..];
    }
    assert!(
        rest.starts_with(b"--"),
        "the body ends with the closing delimiter"
    );
    parts
}

fn part(disposition: &str, content_type: &str, content: &[u8]) -> Part {
    Part {
        disposition: disposition.to_owned(),
        content_type: content_type.to_owned(),
        content: content.to_vec(),
    }
}

#[tokio::test]
async fn a_multipart_body_sends_files_typed_by_name_text_lists_and_objects_and_again_on_a_retry() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/uploads"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/uploads"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "up_1"})))
        .mount(&server)
        .await;
    let mut notes = FileUpload::new("notes.txt", b"line one\r\n--not a boundary".to_vec());
    notes.content_type = Some("text/plain".to_owned());
    let mut empty = FileUpload::new("b.png", Vec::new());
    empty.content_type = Some("no media type".to_owned());
    let body = CreateUploadRequest::new(notes, CreateUploadRequestPurpose::Batch)
        .attachments(vec![
            FileUpload::new("a.bin", vec![0u8, 255, 13, 10]),
            FileUpload::new("scan.PNG", vec![137u8, 80, 78, 71]),
            FileUpload::new("no \"extension\"", b"?".to_vec()),
            empty,
        ])
        .labels(vec!["red".to_owned(), "größer".to_owned()])
        .size(42)
        .meta(CreateUploadRequestMeta::default().source("scan"));
    let client = Client::builder()
        .base_url(server.uri())
        .retry_policy(wire_client::RetryPolicy {
            max_retries: 1,
            initial_backoff: std::time::Duration::from_millis(1),
            ..Default::default()
        })
        .build()
        .expect("client builds");
    let answer = client.create_upload(&body).await.expect("answered");
    assert_eq!(answer.id, "up_1");
    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 2, "the first attempt and its retry");
    let expected = vec![
        part(
            r#"form-data; name="file"; filename="notes.txt""#,
            "text/plain",
            b"line one\r\n--not a boundary",
        ),
        part(
            r#"form-data; name="attachments"; filename="a.bin""#,
            "application/octet-stream",
            &[0, 255, 13, 10],
        ),
        part(
            r#"form-data; name="attachments"; filename="scan.PNG""#,
            "image/png",
            &[137, 80, 78, 71],
        ),
        part(
            r#"form-data; name="attachments"; filename="no %22extension%22""#,
            "application/octet-stream",
            b"?",
        ),
        part(
            r#"form-data; name="attachments"; filename="b.png""#,
            "image/png",
            b"",
        ),
        part(r#"form-data; name="purpose""#, "", b"batch"),
        part(r#"form-data; name="labels""#, "", b"red"),
        part(r#"form-data; name="labels""#, "", "größer".as_bytes()),
        part(r#"form-data; name="size""#, "", b"42"),
        part(r#"form-data; name="meta""#, "", br#"{"source":"scan"}"#),
    ];
    for request in &requests {
        assert_eq!(multipart_parts(request), expected);
    }
}

#[tokio::test]
async fn a_multipart_body_of_no_declared_properties_sends_each_entry_as_a_part_named_as_browsers_do(
) {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/uploads/up_1/tags"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let tags = BTreeMap::from([
        ("color".to_owned(), "red".to_owned()),
        ("a b".to_owned(), "x=y&z".to_owned()),
        ("größe".to_owned(), "L".to_owned()),
        ("say \"hi\"\r\n".to_owned(), "".to_owned()),
    ]);
    client(&server)
        .set_upload_tags("up_1", &tags)
        .await
        .expect("answered");
    let request = only_request(&server).await;
    assert_eq!(
        multipart_parts(&request),
        vec![
            part(r#"form-data; name="a b""#, "", b"x=y&z"),
            part(r#"form-data; name="color""#, "", b"red"),
            part(r#"form-data; name="größe""#, "", b"L"),
            part(r#"form-data; name="say %22hi%22%0D%0A""#, "", b""),
        ]
    );
}
