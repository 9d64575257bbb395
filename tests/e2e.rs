//! The generated client against Stoplight Prism serving spec/ (a real HTTP mock server that
//! validates requests against the spec). `cargo xtask test` installs and starts Prism and
//! runs these with `--ignored`; run that way they fail, never skip, if Prism is missing.

use std::path::Path;

use openai_thread_runs::types::{
    CreateThreadAndRunRequest, ListMessagesParams, SubmitToolOutputsRunRequest,
};
use openai_thread_runs::{ApiErrorKind, Client, ClientBuilder, RetryPolicy};

const CORPUS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");

fn prism_url() -> String {
    std::env::var("PRISM_URL")
        .expect("PRISM_URL is not set: run these tests through `cargo xtask test`")
}

fn builder() -> ClientBuilder {
    Client::builder()
        .base_url(prism_url())
        .api_key("sk-test")
        .retry_policy(RetryPolicy {
            initial_backoff: std::time::Duration::from_millis(20),
            ..RetryPolicy::default()
        })
}

fn client() -> Client {
    builder().build().expect("client")
}

/// The corpus's request bodies whose file names start with `prefix`.
fn corpus_bodies(prefix: &str) -> Vec<(String, String)> {
    let mut bodies: Vec<_> = std::fs::read_dir(Path::new(CORPUS_DIR))
        .expect("the corpus directory ../shared/corpus must exist")
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(prefix) && name.ends_with(".json"))
        .map(|name| {
            let text = std::fs::read_to_string(Path::new(CORPUS_DIR).join(&name)).expect("read");
            (name, text)
        })
        .collect();
    bodies.sort();
    assert!(!bodies.is_empty(), "no corpus files start with {prefix}");
    bodies
}

#[tokio::test]
#[ignore = "needs the Prism mock server: run by `cargo xtask test`"]
async fn create_thread_and_run_returns_a_run() {
    let run = client()
        .create_thread_and_run(&CreateThreadAndRunRequest::new("asst_abc").model("gpt-4o"))
        .await
        .expect("a run");
    assert!(!run.id.is_empty());
    assert_eq!(run.object.as_str(), "thread.run");
}

#[tokio::test]
#[ignore = "needs the Prism mock server: run by `cargo xtask test`"]
async fn every_corpus_request_body_is_accepted() {
    let client = client();
    let mut accepted = 0;
    for (name, text) in corpus_bodies("create_thread_and_run_request__") {
        let request: CreateThreadAndRunRequest =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        client
            .create_thread_and_run(&request)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        accepted += 1;
    }
    for (name, text) in corpus_bodies("submit_tool_outputs_run_request__") {
        let request: SubmitToolOutputsRunRequest =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        client
            .submit_tool_ouputs_to_run("thread_abc", "run_abc", &request)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        accepted += 1;
    }
    println!("Prism accepted {accepted} corpus request bodies");
    assert!(accepted >= 15, "only {accepted} bodies");
}

#[tokio::test]
#[ignore = "needs the Prism mock server: run by `cargo xtask test`"]
async fn prism_rejects_an_invalid_body() {
    // Proves that Prism validates bodies against the spec, so the test above means
    // something. The spec declares 400 for bad requests, so Prism answers 400 (it would
    // answer 422 only if the spec declared one).
    let client = builder()
        .validate_requests(false)
        .max_retries(0)
        .build()
        .expect("client");
    let error = client
        .create_thread_and_run(&CreateThreadAndRunRequest::new("asst_abc").temperature(9.0))
        .await
        .expect_err("temperature 9 is out of range");
    let api = error.api().expect("an API error");
    assert_eq!((api.status, api.kind), (400, ApiErrorKind::BadRequest));
    assert!(
        api.details().is_some(),
        "the error body decodes: {}",
        api.body
    );
}

#[tokio::test]
#[ignore = "needs the Prism mock server: run by `cargo xtask test`"]
async fn a_missing_api_key_is_the_typed_401() {
    let client = Client::builder()
        .base_url(prism_url())
        .build()
        .expect("client");
    let error = client
        .create_thread_and_run(&CreateThreadAndRunRequest::new("asst_abc"))
        .await
        .expect_err("no key");
    assert_eq!(
        error.api().map(|e| e.kind),
        Some(ApiErrorKind::Unauthorized),
        "{error}"
    );
}

#[tokio::test]
#[ignore = "needs the Prism mock server: run by `cargo xtask test`"]
async fn rate_limits_are_retried_then_typed() {
    let mut prefer = reqwest::header::HeaderMap::new();
    prefer.insert("prefer", "code=429".parse().expect("header"));
    let started = std::time::Instant::now();
    let error = client()
        .with_headers(prefer)
        .create_thread_and_run(&CreateThreadAndRunRequest::new("asst_abc"))
        .await
        .expect_err("429");
    let api = error.api().expect("an API error");
    assert_eq!(api.kind, ApiErrorKind::RateLimited);
    // Prism sends `Retry-After: 0`: the two retries happen at once, not after backoff.
    assert_eq!(api.retry_after, Some(std::time::Duration::ZERO));
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[tokio::test]
#[ignore = "needs the Prism mock server: run by `cargo xtask test`"]
async fn the_operations_around_a_run() {
    let client = client();
    let run = client.get_run("thread_abc", "run_abc").await.expect("get");
    assert_eq!(run.status.as_str(), "completed", "the spec's example");
    client
        .cancel_run("thread_abc", "run_abc")
        .await
        .expect("cancel");
    let params = ListMessagesParams::default().limit(5).order("asc");
    let page = client
        .list_messages("thread_abc", &params)
        .await
        .expect("list");
    assert_eq!(page.object.as_str(), "list");
    let settled = client
        .get_run_until_done("thread_abc", "run_abc", &Default::default())
        .await
        .expect("poll");
    assert_eq!(settled.status.as_str(), "completed");
}
