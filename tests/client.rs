//! The generated client against an in-process mock server (wiremock): what a remote mock
//! cannot show, such as retry timing, `x-should-retry`, timeouts and broken bodies.

use std::time::{Duration, Instant, SystemTime};

use openai_thread_runs::types::{
    CreateMessageRequest, CreateThreadAndRunRequest, CreateThreadRequest, RunObject,
    RunObjectStatus,
};
use openai_thread_runs::{ApiErrorKind, Client, Error, PollOptions, RequestOptions, RetryPolicy};
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// A run as the API sends it, with `status` set.
fn run(status: &str) -> Value {
    json!({
        "id": "run_1", "object": "thread.run", "created_at": 1_700_000_000,
        "thread_id": "thread_1", "assistant_id": "asst_1", "status": status,
        "required_action": null, "last_error": null, "expires_at": null, "started_at": null,
        "cancelled_at": null, "failed_at": null, "completed_at": null, "incomplete_details": null,
        "model": "gpt-4o", "instructions": null, "tools": [], "metadata": {}, "usage": null,
        "temperature": 1.0, "top_p": 1.0, "max_prompt_tokens": null, "max_completion_tokens": null,
        "truncation_strategy": {"type": "auto", "last_messages": null},
        "tool_choice": "auto", "parallel_tool_calls": true, "response_format": "auto"
    })
}

/// Fast retries, so that the tests measure the policy, not the default waits.
fn quick_retries() -> RetryPolicy {
    RetryPolicy {
        max_retries: 2,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(40),
        max_retry_after: Duration::from_secs(5),
    }
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .api_key("sk-secret-test-key")
        .retry_policy(quick_retries())
        .build()
        .expect("client builds")
}

fn request() -> CreateThreadAndRunRequest {
    CreateThreadAndRunRequest::new("asst_1")
}

/// Answers with each response in turn, then repeats the last.
struct Sequence(Vec<ResponseTemplate>, std::sync::atomic::AtomicUsize);

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.1.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.0[n.min(self.0.len() - 1)].clone()
    }
}

fn sequence(responses: Vec<ResponseTemplate>) -> Sequence {
    Sequence(responses, Default::default())
}

/// A mock server that answers `/threads/runs` with `responder`.
async fn runs_server(responder: impl Respond + 'static) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path("/threads/runs"))
        .respond_with(responder)
        .mount(&server)
        .await;
    server
}

async fn requests_received(server: &MockServer) -> usize {
    server.received_requests().await.map_or(0, |r| r.len())
}

#[tokio::test]
async fn sends_auth_beta_and_identity_headers_and_decodes_the_run() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/threads/runs"))
        .and(header("authorization", "Bearer sk-secret-test-key"))
        .and(header("openai-beta", "assistants=v2"))
        .and(header("openai-organization", "org_1"))
        .and(header("x-extra", "yes"))
        .respond_with(ResponseTemplate::new(200).set_body_json(run("queued")))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .api_key("sk-secret-test-key")
        .organization("org_1")
        .build()
        .expect("client");
    let mut extra = reqwest::header::HeaderMap::new();
    extra.insert("x-extra", "yes".parse().expect("header"));
    let run = client
        .with_headers(extra)
        .create_thread_and_run(&request())
        .await
        .expect("run");
    assert_eq!(run.status, RunObjectStatus::Queued);
    assert_eq!(run.id, "run_1");
}

#[tokio::test]
async fn debug_output_never_shows_the_api_key() {
    let server = MockServer::start().await;
    let client = client(&server);
    let shown = format!(
        "{client:?} {:?}",
        Client::builder().api_key("sk-secret-test-key")
    );
    assert!(!shown.contains("sk-secret"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let server = runs_server(sequence(vec![
        ResponseTemplate::new(429).insert_header("retry-after", "1"),
        ResponseTemplate::new(200).set_body_json(run("queued")),
    ]))
    .await;
    let started = Instant::now();
    client(&server)
        .create_thread_and_run(&request())
        .await
        .expect("second attempt succeeds");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(950),
        "waited only {waited:?}"
    );
    assert_eq!(requests_received(&server).await, 2);
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    let server = runs_server(sequence(vec![
        ResponseTemplate::new(503).insert_header("retry-after", date.as_str()),
        ResponseTemplate::new(200).set_body_json(run("queued")),
    ]))
    .await;
    let started = Instant::now();
    client(&server)
        .create_thread_and_run(&request())
        .await
        .expect("second attempt succeeds");
    // The date has a resolution of one second, so the wait is between 1 and 2 s.
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(900),
        "waited only {waited:?}"
    );
    assert!(waited < Duration::from_secs(3), "waited {waited:?}");
}

#[tokio::test]
async fn retry_after_ms_wins_over_retry_after() {
    let server = runs_server(sequence(vec![
        ResponseTemplate::new(500)
            .insert_header("retry-after-ms", "50")
            .insert_header("retry-after", "30"),
        ResponseTemplate::new(200).set_body_json(run("queued")),
    ]))
    .await;
    let started = Instant::now();
    client(&server)
        .create_thread_and_run(&request())
        .await
        .expect("retried");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(requests_received(&server).await, 2);
}

#[test]
fn backoff_doubles_within_bounds_with_jitter() {
    let policy = RetryPolicy::default();
    for retry in 0..8 {
        let full = (Duration::from_millis(500) * 2u32.pow(retry)).min(Duration::from_secs(8));
        for _ in 0..50 {
            let delay = policy.delay(retry, None);
            assert!(delay <= full, "retry {retry}: {delay:?} > {full:?}");
            assert!(
                delay >= full.mul_f64(0.75),
                "retry {retry}: {delay:?} < 3/4 of {full:?}"
            );
        }
    }
    // A server-requested delay beyond the cap falls back to the backoff.
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("retry-after", "3600".parse().expect("header"));
    assert!(policy.delay(0, Some(&headers)) <= Duration::from_millis(500));
}

#[tokio::test]
async fn x_should_retry_false_stops_retries() {
    let server =
        runs_server(ResponseTemplate::new(500).insert_header("x-should-retry", "false")).await;
    let error = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect_err("500");
    assert_eq!(error.status(), Some(500));
    assert_eq!(requests_received(&server).await, 1);
}

#[tokio::test]
async fn x_should_retry_true_retries_a_400_and_retries_are_bounded() {
    let server =
        runs_server(ResponseTemplate::new(400).insert_header("x-should-retry", "true")).await;
    let error = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect_err("400");
    assert_eq!(error.api().map(|e| e.kind), Some(ApiErrorKind::BadRequest));
    assert_eq!(requests_received(&server).await, 3, "1 attempt + 2 retries");
}

#[tokio::test]
async fn an_exhausted_quota_is_not_retried_but_a_rate_limit_is_with_the_attempt_number() {
    let quota = json!({"error": {"message": "You exceeded your current quota",
        "type": "insufficient_quota", "param": null, "code": "insufficient_quota"}});
    let server = runs_server(ResponseTemplate::new(429).set_body_json(quota)).await;
    let error = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect_err("429");
    assert_eq!(error.api().map(|e| e.kind), Some(ApiErrorKind::RateLimited));
    assert_eq!(
        requests_received(&server).await,
        1,
        "insufficient_quota is final"
    );

    let limited = json!({"error": {"message": "Rate limit reached", "type": "requests",
        "param": null, "code": "rate_limit_exceeded"}});
    let server = runs_server(ResponseTemplate::new(429).set_body_json(limited)).await;
    client(&server)
        .create_thread_and_run(&request())
        .await
        .expect_err("429");
    let requests = server.received_requests().await.unwrap_or_default();
    let attempts: Vec<_> = requests
        .iter()
        .map(|r| {
            r.headers
                .get("x-retry-count")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert_eq!(attempts, ["0", "1", "2"]);
    let agent = requests[0]
        .headers
        .get("user-agent")
        .and_then(|v| v.to_str().ok());
    assert_eq!(agent, Some(concat!("openai-thread-runs/", "0.1.0")));
}

#[tokio::test]
async fn the_deadline_stops_retries_that_could_not_finish_in_time() {
    // Every answer is a 500 after 50 ms; ten quick retries would take well over a second.
    let server = runs_server(ResponseTemplate::new(500).set_delay(Duration::from_millis(50))).await;
    let client = Client::builder()
        .base_url(server.uri())
        .retry_policy(RetryPolicy {
            max_retries: 10,
            initial_backoff: Duration::from_millis(40),
            max_backoff: Duration::from_millis(40),
            max_retry_after: Duration::from_secs(5),
        })
        .deadline(Duration::from_millis(300))
        .build()
        .expect("client builds");
    let started = Instant::now();
    let error = client
        .create_thread_and_run(&request())
        .await
        .expect_err("fails");
    let elapsed = started.elapsed();
    let attempts = requests_received(&server).await;
    assert!(
        elapsed < Duration::from_millis(600),
        "stopped near the deadline: {elapsed:?}"
    );
    assert!((2..=4).contains(&attempts), "{attempts} attempts in 300 ms");
    assert!(
        matches!(error, Error::Timeout(_)) || error.status() == Some(500),
        "{error}"
    );
}

/// The idempotency key a request carried, if any.
fn idempotency_key(request: &Request) -> Option<String> {
    request
        .headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

#[tokio::test]
async fn per_call_options_reach_the_wire_and_one_idempotency_key_serves_every_attempt() {
    let server = runs_server(sequence(vec![
        ResponseTemplate::new(500),
        ResponseTemplate::new(503),
        ResponseTemplate::new(200).set_body_json(run("queued")),
    ]))
    .await;
    let options = RequestOptions::new()
        .header("X-Trace", "t-1")
        .query("debug", "1")
        .extra_body("store", json!(true));
    client(&server)
        .with_options(options)
        .create_thread_and_run(&request())
        .await
        .expect("third attempt answers");
    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 3);
    let keys: Vec<_> = requests.iter().map(idempotency_key).collect();
    assert!(
        keys[0].as_deref().is_some_and(|k| k.len() == 32),
        "{keys:?}"
    );
    assert!(
        keys.iter().all(|k| *k == keys[0]),
        "one key for every attempt: {keys:?}"
    );
    for request in &requests {
        assert_eq!(
            request.headers.get("x-trace").and_then(|v| v.to_str().ok()),
            Some("t-1")
        );
        assert_eq!(request.url.query(), Some("debug=1"));
        let body: Value = serde_json::from_slice(&request.body).expect("JSON body");
        assert_eq!(body["store"], json!(true));
        assert_eq!(body["assistant_id"], json!("asst_1"));
    }

    // A key given by the caller is the one sent; a second call gets a new generated key.
    let server = runs_server(ResponseTemplate::new(200).set_body_json(run("queued"))).await;
    let client = client(&server);
    let given = client.with_options(RequestOptions::new().idempotency_key("mine"));
    given
        .create_thread_and_run(&request())
        .await
        .expect("answers");
    client
        .create_thread_and_run(&request())
        .await
        .expect("answers");
    client
        .create_thread_and_run(&request())
        .await
        .expect("answers");
    let keys: Vec<_> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(idempotency_key)
        .collect();
    assert_eq!(keys[0].as_deref(), Some("mine"));
    assert_ne!(keys[1], keys[2], "each call has its own key");
}

#[tokio::test]
async fn a_per_call_timeout_shorter_than_the_clients_wins() {
    let server = runs_server(
        ResponseTemplate::new(200)
            .set_body_json(run("queued"))
            .set_delay(Duration::from_millis(800)),
    )
    .await;
    let client = Client::builder()
        .base_url(server.uri())
        .timeout(Duration::from_secs(30))
        .max_retries(0)
        .build()
        .expect("client builds");
    let started = Instant::now();
    let error = client
        .with_options(
            RequestOptions::new()
                .timeout(Duration::from_millis(150))
                .max_retries(0),
        )
        .create_thread_and_run(&request())
        .await
        .expect_err("timeout");
    assert!(
        matches!(error, Error::Timeout(t) if t == Duration::from_millis(150)),
        "{error}"
    );
    assert!(started.elapsed() < Duration::from_millis(700));
}

#[tokio::test]
async fn zero_retries_turns_retrying_off() {
    let server = runs_server(ResponseTemplate::new(429)).await;
    let client = Client::builder()
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client");
    let error = client
        .create_thread_and_run(&request())
        .await
        .expect_err("429");
    assert_eq!(error.api().map(|e| e.kind), Some(ApiErrorKind::RateLimited));
    assert_eq!(requests_received(&server).await, 1);
}

#[tokio::test]
async fn a_slow_server_gives_a_timeout_error() {
    let server = runs_server(
        ResponseTemplate::new(200)
            .set_body_json(run("queued"))
            .set_delay(Duration::from_secs(2)),
    )
    .await;
    let client = Client::builder()
        .base_url(server.uri())
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .expect("client");
    let error = client
        .create_thread_and_run(&request())
        .await
        .expect_err("timeout");
    assert!(
        matches!(error, Error::Timeout(d) if d == Duration::from_millis(200)),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_html_error_page_keeps_status_and_body() {
    let page = "<html><body>502 Bad Gateway</body></html>";
    let server = runs_server(ResponseTemplate::new(500).set_body_raw(page, "text/html")).await;
    let error = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect_err("500");
    let api = error.api().expect("an API error");
    assert_eq!((api.status, api.kind), (500, ApiErrorKind::Server));
    assert_eq!(api.body, page);
    assert!(api.details().is_none());
    assert_eq!(requests_received(&server).await, 3, "5xx is retried");
}

#[tokio::test]
async fn an_api_error_is_typed_with_its_request_id() {
    let body = json!({"error": {"message": "Incorrect API key provided", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}});
    let server = runs_server(
        ResponseTemplate::new(401)
            .set_body_json(body)
            .insert_header("x-request-id", "req_123"),
    )
    .await;
    let error = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect_err("401");
    let api = error.api().expect("an API error");
    assert_eq!(api.kind, ApiErrorKind::Unauthorized);
    assert_eq!(api.request_id.as_deref(), Some("req_123"));
    let details = api.details().expect("typed body");
    assert_eq!(details.error.code.as_deref(), Some("invalid_api_key"));
    assert!(
        error.to_string().contains("Incorrect API key provided"),
        "{error}"
    );
    assert_eq!(requests_received(&server).await, 1, "401 is not retried");
}

#[tokio::test]
async fn a_missing_required_field_is_named_with_its_path() {
    let mut sent = run("queued");
    sent["truncation_strategy"] = json!({"last_messages": 2});
    let server = runs_server(ResponseTemplate::new(200).set_body_json(&sent)).await;
    let error = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect_err("`type` has no empty value to stand in");
    match &error {
        Error::Decode { path, .. } => assert_eq!(path, "truncation_strategy"),
        other => panic!("expected a decode error, got {other:?}"),
    }
    let message = error.to_string();
    assert!(
        message.contains("missing field `type` of TruncationObject")
            && message.contains("at `truncation_strategy`"),
        "{message}"
    );
    // A required field whose type has an empty value is tolerated, and remembered.
    let mut sent = run("queued");
    sent.as_object_mut().map(|run| run.remove("thread_id"));
    let server = runs_server(ResponseTemplate::new(200).set_body_json(&sent)).await;
    let run = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect("tolerated");
    assert_eq!(run.extra.absent_required(), ["thread_id"]);
    assert_eq!(serde_json::to_value(&run).expect("encodes"), sent);
}

/// Every run one change away from `value`: a value replaced by one of another type, a key
/// removed.
fn broken(value: &Value) -> Vec<Value> {
    let mut out = vec![json!(null), json!("text"), json!({}), json!([{}])];
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let mut without = map.clone();
                without.remove(key);
                out.push(Value::Object(without));
                for changed in broken(inner) {
                    let mut with = map.clone();
                    with.insert(key.clone(), changed);
                    out.push(Value::Object(with));
                }
            }
        }
        Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                for changed in broken(inner) {
                    let mut with = items.clone();
                    with[index] = changed;
                    out.push(Value::Array(with));
                }
            }
        }
        _ => {}
    }
    out
}

#[tokio::test]
async fn decode_errors_name_the_path_that_decoding_with_the_path_tracked_names() {
    let mut sent = run("requires_action");
    sent["tools"] = json!([{"type": "function", "function": {"name": "f"}}]);
    sent["required_action"] = json!({"type": "submit_tool_outputs", "submit_tool_outputs":
        {"tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}});
    sent["response_format"] = json!({"type": "json_schema", "json_schema": {"name": "s"}});
    let texts: Vec<String> = broken(&sent)
        .iter()
        .map(|value| serde_json::to_string_pretty(value).expect("encodes"))
        .filter(|text| serde_json::from_str::<RunObject>(text).is_err())
        .collect();
    let answers = texts
        .iter()
        .map(|text| ResponseTemplate::new(200).set_body_raw(text.clone(), "application/json"))
        .collect();
    let server = runs_server(Sequence(answers, Default::default())).await;
    let client = client(&server);
    let mut paths = std::collections::BTreeSet::new();
    for text in &texts {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let tracked = serde_path_to_error::deserialize::<_, RunObject>(&mut deserializer)
            .expect_err("fails as it did")
            .path()
            .to_string();
        match client.create_thread_and_run(&request()).await {
            Err(Error::Decode { path, .. }) => {
                assert_eq!(path, tracked, "{text}");
                paths.insert(path);
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
    }
    assert!(texts.len() > 100, "only {} broken runs", texts.len());
    // Down into unions' members, arrays and nested objects.
    assert!(
        paths.contains("required_action.submit_tool_outputs.tool_calls[0].function.name")
            && paths.contains("response_format.json_schema.name"),
        "{paths:?}"
    );
}

#[tokio::test]
async fn malformed_json_in_a_success_keeps_the_body() {
    let server = runs_server(
        ResponseTemplate::new(200).set_body_raw("{\"id\": \"run_1\",", "application/json"),
    )
    .await;
    let error = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect_err("decode");
    match error {
        Error::Decode { status, body, .. } => {
            assert_eq!(status, 200);
            assert_eq!(body, "{\"id\": \"run_1\",");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn connection_errors_are_retried_then_reported() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry_policy(quick_retries())
        .build()
        .expect("client");
    let error = client
        .create_thread_and_run(&request())
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
}

#[tokio::test]
async fn invalid_requests_fail_before_sending_and_name_their_fields() {
    let server = MockServer::start().await;
    let mut metadata = std::collections::BTreeMap::new();
    metadata.insert("k".repeat(65), "v".to_owned());
    let request = CreateThreadAndRunRequest::new("asst_1")
        .temperature(3.0)
        .top_p(-0.5)
        .max_prompt_tokens(100)
        .thread(CreateThreadRequest::default().messages(vec![
            CreateMessageRequest::new("user", "hello").metadata(metadata),
        ]));
    let error = client(&server)
        .create_thread_and_run(&request)
        .await
        .expect_err("invalid");
    let Error::Validation(errors) = &error else {
        panic!("{error:?}")
    };
    let paths: Vec<&str> = errors.0.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "thread.messages[0].metadata[\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\"]",
            "temperature",
            "top_p",
            "max_prompt_tokens"
        ]
    );
    assert!(
        error
            .to_string()
            .contains("temperature: must be at most 2, is 3"),
        "{error}"
    );
    assert_eq!(requests_received(&server).await, 0);
}

#[tokio::test]
async fn validation_can_be_turned_off() {
    let server = runs_server(ResponseTemplate::new(200).set_body_json(run("queued"))).await;
    let client = Client::builder()
        .base_url(server.uri())
        .validate_requests(false)
        .build()
        .expect("client");
    client
        .create_thread_and_run(&CreateThreadAndRunRequest::new("asst_1").temperature(3.0))
        .await
        .expect("sent without checks");
    assert_eq!(requests_received(&server).await, 1);
}

#[tokio::test]
async fn path_and_query_parameters_are_encoded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/threads/thread%2F1/messages"))
        .and(query_param("limit", "5"))
        .and(query_param("order", "asc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"object": "list", "data": [], "first_id": null, "last_id": null, "has_more": false})))
        .expect(1)
        .mount(&server)
        .await;
    let params = openai_thread_runs::types::ListMessagesParams::default()
        .limit(5)
        .order("asc");
    let page = client(&server)
        .list_messages("thread/1", &params)
        .await
        .expect("page");
    assert!(page.data.is_empty());
}

#[tokio::test]
async fn polling_stops_at_a_settled_status() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/threads/thread_1/runs/run_1"))
        .respond_with(sequence(vec![
            ResponseTemplate::new(200).set_body_json(run("queued")),
            ResponseTemplate::new(200).set_body_json(run("in_progress")),
            ResponseTemplate::new(200).set_body_json(run("completed")),
        ]))
        .mount(&server)
        .await;
    let options = PollOptions {
        interval: Duration::from_millis(10),
        timeout: Duration::from_secs(5),
    };
    let settled = client(&server)
        .get_run_until_done("thread_1", "run_1", &options)
        .await
        .expect("run");
    assert_eq!(settled.status, RunObjectStatus::Completed);
    assert_eq!(requests_received(&server).await, 3);

    let options = PollOptions {
        interval: Duration::from_millis(20),
        timeout: Duration::from_millis(50),
    };
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(run("queued")))
        .mount(&server)
        .await;
    let error = client(&server)
        .get_run_until_done("thread_1", "run_1", &options)
        .await
        .expect_err("timeout");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
}

/// The API key never crosses a network in clear text by default: plain http is refused
/// when the host is not this machine, unless the user opts in.
#[test]
fn the_api_key_is_not_sent_over_plain_http_to_another_host() {
    let build = |url: &str, allow: bool| {
        Client::builder()
            .base_url(url)
            .api_key("sk-secret-test-key")
            .allow_insecure_http(allow)
            .build()
    };
    for url in [
        "http://api.example.com/v1",
        "HTTP://10.0.0.7:8080",
        "http://[2001:db8::1]",
    ] {
        match build(url, false) {
            Err(Error::Config(message)) => {
                assert!(message.contains("allow_insecure_http"), "{message}");
                assert!(!message.contains("sk-secret"), "{message}");
            }
            other => panic!("{url}: expected a refusal, got {other:?}"),
        }
        assert!(build(url, true).is_ok(), "{url} with the opt-in");
    }
    for url in [
        "https://api.example.com/v1",
        "http://localhost:4010",
        "http://127.0.0.1:4010",
        "http://[::1]:4010",
        "http://api.localhost",
    ] {
        assert!(build(url, false).is_ok(), "{url}");
    }
    let without_key = Client::builder().base_url("http://api.example.com").build();
    assert!(without_key.is_ok(), "no key, nothing to protect");
}

/// The body of each request the server received, as JSON.
async fn bodies(server: &MockServer) -> Vec<Value> {
    let requests = server.received_requests().await.unwrap_or_default();
    requests
        .iter()
        .map(|r| serde_json::from_slice(&r.body).expect("a JSON body"))
        .collect()
}

#[tokio::test]
async fn a_nullable_field_is_sent_as_null_only_when_asked_and_absent_when_unset() {
    let server = runs_server(ResponseTemplate::new(200).set_body_json(run("queued"))).await;
    let client = client(&server);
    let unset = request();
    let cleared = request().instructions_null();
    let set = request().instructions("Be brief.");
    for body in [&unset, &cleared, &set] {
        client.create_thread_and_run(body).await.expect("answered");
    }
    let bodies = bodies(&server).await;
    assert_eq!(
        bodies[0],
        json!({"assistant_id": "asst_1"}),
        "absent when not set"
    );
    assert_eq!(
        bodies[1],
        json!({"assistant_id": "asst_1", "instructions": null})
    );
    assert_eq!(
        bodies[2],
        json!({"assistant_id": "asst_1", "instructions": "Be brief."})
    );
    assert!(cleared.instructions.is_null() && unset.instructions.is_absent());
}

#[tokio::test]
async fn an_answer_comes_back_out_as_it_came_unknown_fields_and_nulls_included() {
    let mut sent = run("in_progress");
    sent["a_field_from_next_year"] = json!({"nested": [1, null]});
    sent["tools"] = json!([{"type": "code_interpreter", "sandbox": "v2"}]);
    let server = runs_server(ResponseTemplate::new(200).set_body_json(&sent)).await;
    let run = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect("decoded");
    assert_eq!(
        run.extra.get("a_field_from_next_year"),
        Some(&json!({"nested": [1, null]})),
        "an unknown field is reachable"
    );
    assert!(run.incomplete_details.is_null(), "null is not absent");
    let written = serde_json::to_value(&run).expect("encodes");
    assert_eq!(written, sent, "decoded and written back, nothing lost");
}

#[tokio::test]
async fn resource_handles_call_the_operations_they_group() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/threads/runs"))
        .respond_with(ResponseTemplate::new(200).set_body_json(run("queued")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/threads/thread_1/runs/run_1"))
        .respond_with(sequence(vec![
            ResponseTemplate::new(200).set_body_json(run("in_progress")),
            ResponseTemplate::new(200).set_body_json(run("completed")),
        ]))
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/threads/thread_1/runs/run_1/cancel"))
        .respond_with(ResponseTemplate::new(200).set_body_json(run("cancelling")))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let threads = client.beta().threads();
    let created = threads.create_and_run(&request()).await.expect("created");
    assert_eq!(created.status, RunObjectStatus::Queued);
    let runs = threads.runs();
    let run = runs.retrieve("thread_1", "run_1").await.expect("retrieved");
    assert_eq!(run.status, RunObjectStatus::InProgress);
    let options = PollOptions {
        interval: Duration::from_millis(10),
        ..PollOptions::default()
    };
    let settled = runs
        .retrieve_until_done("thread_1", "run_1", &options)
        .await
        .expect("settled");
    assert_eq!(settled.status, RunObjectStatus::Completed);
    let cancelling = client
        .with_options(RequestOptions::new().max_retries(0))
        .beta()
        .threads()
        .runs()
        .cancel("thread_1", "run_1")
        .await
        .expect("cancelled");
    assert_eq!(cancelling.status, RunObjectStatus::Cancelling);
}

#[tokio::test]
async fn a_success_gives_its_status_headers_request_id_and_attempts() {
    let server = runs_server(
        ResponseTemplate::new(200)
            .insert_header("x-request-id", "req_ok_1")
            .insert_header("openai-processing-ms", "42")
            .set_body_json(run("queued")),
    )
    .await;
    let response = client(&server)
        .create_thread_and_run(&request())
        .with_response()
        .await
        .expect("run");
    assert_eq!(response.status(), 200);
    assert_eq!(response.request_id(), Some("req_ok_1"));
    assert_eq!(response.meta().header("openai-processing-ms"), Some("42"));
    assert_eq!(response.attempts(), 1);
    assert_eq!(response.body().id, "run_1");
    // Awaited as it is, the same call gives the body alone.
    let run = client(&server)
        .create_thread_and_run(&request())
        .await
        .expect("run");
    assert_eq!(run.status, RunObjectStatus::Queued);
}

#[tokio::test]
async fn attempts_count_the_retries_that_led_to_the_success() {
    let server = runs_server(sequence(vec![
        ResponseTemplate::new(500),
        ResponseTemplate::new(500),
        ResponseTemplate::new(200)
            .insert_header("x-request-id", "req_third")
            .set_body_json(run("queued")),
    ]))
    .await;
    let response = client(&server)
        .create_thread_and_run(&request())
        .with_response()
        .await
        .expect("the third attempt succeeds");
    assert_eq!(response.attempts(), 3);
    assert_eq!(response.request_id(), Some("req_third"));
    assert_eq!(requests_received(&server).await, 3);
}

#[tokio::test]
async fn a_stream_gives_the_headers_and_request_id_of_the_answer_that_opened_it() {
    use futures::StreamExt;
    let events = "event: thread.run.created\ndata: {\"id\":\"run_1\"}\n\ndata: [DONE]\n\n";
    let server = runs_server(sequence(vec![
        ResponseTemplate::new(503),
        ResponseTemplate::new(200)
            .insert_header("x-request-id", "req_stream_1")
            .insert_header("openai-processing-ms", "7")
            .set_body_raw(events, "text/event-stream"),
    ]))
    .await;
    let mut stream = client(&server)
        .create_thread_and_run_stream(&request())
        .await
        .expect("the stream opens");
    let response = stream
        .response()
        .expect("an operation's stream has its response");
    assert_eq!(response.status(), 200);
    assert_eq!(response.request_id(), Some("req_stream_1"));
    assert_eq!(response.header("openai-processing-ms"), Some("7"));
    assert_eq!(response.attempts(), 2);
    let mut items = 0;
    while stream.next().await.is_some() {
        items += 1;
    }
    assert_eq!(items, 2, "the stream still gives its events");
}

#[tokio::test]
async fn a_call_is_a_future_that_sends_nothing_until_polled() {
    let server = runs_server(ResponseTemplate::new(200).set_body_json(run("queued"))).await;
    let client = client(&server);
    let call = client.create_thread_and_run(&request());
    assert_eq!(requests_received(&server).await, 0);
    // Handed to something that takes a `Future`.
    let run = tokio::spawn(call).await.expect("joined").expect("run");
    assert_eq!(run.id, "run_1");
    assert_eq!(requests_received(&server).await, 1);
}

/// A `tracing` subscriber that keeps every field of every span and event as `(name, value)`
/// text, and each span's name: what the call's span recorded, and proof of what it did not.
#[derive(Clone, Default)]
struct Recorder {
    fields: std::sync::Arc<std::sync::Mutex<Vec<(String, String)>>>,
    next_id: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

struct Fields<'a>(&'a mut Vec<(String, String)>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }
}

impl Recorder {
    fn keep(&self, record: impl FnOnce(&mut Fields<'_>)) {
        let mut fields = self.fields.lock().expect("not poisoned");
        record(&mut Fields(&mut fields));
    }

    fn fields(&self) -> Vec<(String, String)> {
        self.fields.lock().expect("not poisoned").clone()
    }

    /// The last value recorded under `name`.
    fn last(&self, name: &str) -> Option<String> {
        self.fields()
            .into_iter()
            .rev()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value)
    }
}

impl tracing::Subscriber for Recorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        self.keep(|fields| {
            fields
                .0
                .push(("span".to_owned(), span.metadata().name().to_owned()));
            span.record(fields);
        });
        let id = self
            .next_id
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        tracing::span::Id::from_u64(id + 1)
    }

    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        self.keep(|fields| values.record(fields));
    }

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        self.keep(|fields| event.record(fields));
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test]
async fn the_tracing_span_records_the_call_and_no_secret() {
    let server = runs_server(sequence(vec![
        ResponseTemplate::new(500).insert_header("x-request-id", "req_failed"),
        ResponseTemplate::new(200)
            .insert_header("x-request-id", "req_traced")
            .set_body_json(run("queued")),
    ]))
    .await;
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(recorder.clone());
    client(&server)
        .create_thread_and_run(&request())
        .await
        .expect("the retry succeeds");
    let last = |name: &str| recorder.last(name);
    assert_eq!(last("span").as_deref(), Some("api_call"));
    assert_eq!(last("operation_id").as_deref(), Some("createThreadAndRun"));
    assert_eq!(last("http.request.method").as_deref(), Some("POST"));
    assert_eq!(last("url.template").as_deref(), Some("/threads/runs"));
    assert_eq!(last("attempt").as_deref(), Some("2"));
    assert_eq!(last("http.response.status_code").as_deref(), Some("200"));
    assert_eq!(last("request_id").as_deref(), Some("req_traced"));
    let delay: u64 = last("retry_delay_ms")
        .and_then(|d| d.parse().ok())
        .expect("a delay");
    assert!(delay <= 40, "the policy's backoff, at most 40 ms: {delay}");
    let everything = format!("{:?}", recorder.fields());
    assert!(
        everything.contains("req_failed"),
        "the failed attempt was recorded too"
    );
    for secret in ["sk-secret", "Bearer", "assistant_id", "asst_1"] {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
}

#[tokio::test]
async fn hooks_see_every_attempt_and_may_change_the_request() {
    use openai_thread_runs::{AttemptInfo, Hook, ResponseMeta};
    use std::sync::{Arc, Mutex};

    /// Signs each attempt and notes what it saw.
    struct Signer(Arc<Mutex<Vec<String>>>);

    impl Hook for Signer {
        fn on_request(&self, attempt: &AttemptInfo, request: &mut reqwest::Request) {
            let value = format!("{}#{}", attempt.operation_id, attempt.attempt);
            let value = value.parse().expect("a header value");
            request.headers_mut().insert("x-signature", value);
        }

        fn on_response(&self, attempt: &AttemptInfo, response: &ResponseMeta) {
            let seen = format!(
                "{} {} {}",
                attempt.path_template,
                response.status(),
                response.attempts()
            );
            self.0.lock().expect("not poisoned").push(seen);
        }
    }

    let server = MockServer::start().await;
    Mock::given(path("/threads/runs"))
        .and(header("x-signature", "createThreadAndRun#1"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    Mock::given(path("/threads/runs"))
        .and(header("x-signature", "createThreadAndRun#2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(run("queued")))
        .mount(&server)
        .await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let client = Client::builder()
        .base_url(server.uri())
        .retry_policy(quick_retries())
        .hook(Signer(Arc::clone(&seen)))
        .build()
        .expect("client");
    let response = client
        .create_thread_and_run(&request())
        .with_response()
        .await
        .expect("the signed retry succeeds");
    assert_eq!(response.attempts(), 2);
    let seen = seen.lock().expect("not poisoned").clone();
    assert_eq!(seen, ["/threads/runs 503 1", "/threads/runs 200 2"]);
}

#[tokio::test]
async fn polling_waits_as_long_as_the_server_says() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/threads/thread_1/runs/run_1"))
        .respond_with(sequence(vec![
            ResponseTemplate::new(200)
                .insert_header("openai-poll-after-ms", "20")
                .set_body_json(run("in_progress")),
            ResponseTemplate::new(200).set_body_json(run("completed")),
        ]))
        .expect(2)
        .mount(&server)
        .await;
    // The client's own interval is a minute: only the server's 20 ms can end this quickly.
    let options = PollOptions {
        interval: Duration::from_secs(60),
        timeout: Duration::from_secs(120),
    };
    let started = Instant::now();
    let run = client(&server)
        .get_run_until_done("thread_1", "run_1", &options)
        .await
        .expect("settled");
    assert_eq!(run.status, RunObjectStatus::Completed);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}
