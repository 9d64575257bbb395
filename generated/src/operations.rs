// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The API's operations, as methods on [`Client`]. Each method is `#[inline]`, so that
//! its answer's decoding is compiled in the crate that calls it: a program compiles the
//! decoders of the operations it uses, not every operation's.
#[allow(unused_imports)]
use crate::client::{
    path_segment, Client, ClientBuilder, ParamStyle, PollOptions, Request,
};

use crate::client::{ApiKeyPlacement, ApiSettings};
use crate::error::ApiError;

#[allow(unused_imports)]
use crate::error::Error;
use crate::response::Call;
use crate::types;

/// What the client takes from the spec (the server, the security scheme) and reads
/// from the environment.
static SETTINGS: ApiSettings = ApiSettings {
    default_base_url: "https://api.openai.com/v1",
    api_key_placement: ApiKeyPlacement::Bearer,
    user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
    never_retry_codes: &["insufficient_quota"],
    retry_count_header: Some("X-Retry-Count"),
    idempotency_header: Some("Idempotency-Key"),
    api_key_env: Some("OPENAI_API_KEY"),
    base_url_env: Some("OPENAI_BASE_URL"),
    headers_from_env: &[
        ("OPENAI_ORG_ID", "OpenAI-Organization"),
        ("OPENAI_PROJECT_ID", "OpenAI-Project"),
    ],
    headers: &[],
};

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder::new(&SETTINGS)
    }
}

/// The body of the API's error answers, as the spec describes it.
pub type ApiErrorBody = types::ErrorResponse;

impl ApiError {
    /// The body decoded as the spec's error schema, if it does.
    #[inline]
    pub fn details(&self) -> Option<ApiErrorBody> {
        serde_json::from_str(&self.body).ok()
    }
}

impl ClientBuilder {
    /// Sends `OpenAI-Organization` with every request (`from_env` reads it from `OPENAI_ORG_ID`).
    pub fn organization(self, value: impl Into<String>) -> Self {
        self.header("OpenAI-Organization", value)
    }

    /// Sends `OpenAI-Project` with every request (`from_env` reads it from `OPENAI_PROJECT_ID`).
    pub fn project(self, value: impl Into<String>) -> Self {
        self.header("OpenAI-Project", value)
    }
}

impl Client {
    /// Creates a new thread (optionally seeded with messages) and immediately starts a run of the given assistant on it. With `stream: true` the response is a server-sent event stream instead of a single run object.
    ///
    /// `POST /threads/runs`
    #[inline]
    pub fn create_thread_and_run(
        &self,
        body: &types::CreateThreadAndRunRequest,
    ) -> Call<types::RunObject> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::POST,
                        "/threads/runs".to_owned(),
                    )
                    .operation("createThreadAndRun", "/threads/runs")
                    .header("OpenAI-Beta", "assistants=v2");
                self.check(body)?;
                let request = request.json(body)?;
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// Fetch the current state of a run.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}`
    #[inline]
    pub fn get_run(&self, thread_id: &str, run_id: &str) -> Call<types::RunObject> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::GET,
                        format!(
                            "/threads/{}/runs/{}", path_segment(thread_id),
                            path_segment(run_id)
                        ),
                    )
                    .operation("getRun", "/threads/{thread_id}/runs/{run_id}")
                    .header("OpenAI-Beta", "assistants=v2");
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// Answers a run whose status is `requires_action` with `required_action.type` equal to `submit_tool_outputs`. All pending tool calls must be answered in one request. With `stream: true` the response is a server-sent event stream.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`
    #[inline]
    pub fn submit_tool_ouputs_to_run(
        &self,
        thread_id: &str,
        run_id: &str,
        body: &types::SubmitToolOutputsRunRequest,
    ) -> Call<types::RunObject> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::POST,
                        format!(
                            "/threads/{}/runs/{}/submit_tool_outputs",
                            path_segment(thread_id), path_segment(run_id)
                        ),
                    )
                    .operation(
                        "submitToolOuputsToRun",
                        "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
                    )
                    .header("OpenAI-Beta", "assistants=v2");
                self.check(body)?;
                let request = request.json(body)?;
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// Requests cancellation of a queued or in-progress run. The returned run is usually in status `cancelling`; it reaches `cancelled` later.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/cancel`
    #[inline]
    pub fn cancel_run(&self, thread_id: &str, run_id: &str) -> Call<types::RunObject> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::POST,
                        format!(
                            "/threads/{}/runs/{}/cancel", path_segment(thread_id),
                            path_segment(run_id)
                        ),
                    )
                    .operation("cancelRun", "/threads/{thread_id}/runs/{run_id}/cancel")
                    .header("OpenAI-Beta", "assistants=v2");
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// List the messages of a thread, one page at a time.
    ///
    /// `GET /threads/{thread_id}/messages`
    #[inline]
    pub fn list_messages(
        &self,
        thread_id: &str,
        params: &types::ListMessagesParams,
    ) -> Call<types::ListMessagesResponse> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::GET,
                        format!("/threads/{}/messages", path_segment(thread_id)),
                    )
                    .operation("listMessages", "/threads/{thread_id}/messages")
                    .header("OpenAI-Beta", "assistants=v2");
                let mut request = request;
                if let Some(value) = params.limit.as_ref() {
                    request = request.query("limit", value);
                }
                if let Some(value) = params.order.as_ref() {
                    request = request.query("order", value);
                }
                if let Some(value) = params.after.as_ref() {
                    request = request.query("after", value);
                }
                if let Some(value) = params.before.as_ref() {
                    request = request.query("before", value);
                }
                if let Some(value) = params.run_id.as_ref() {
                    request = request.query("run_id", value);
                }
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// Like [`Client::create_thread_and_run`], answered with server-sent events as they happen. The stream ends after the `[DONE]` event; an event that does not decode is an [`Error::Event`] item, and the stream goes on.
    ///
    /// `POST /threads/runs`, `Accept: text/event-stream`
    #[inline]
    pub async fn create_thread_and_run_stream(
        &self,
        body: &types::CreateThreadAndRunRequest,
    ) -> Result<crate::sse::EventStream<types::AssistantStreamEvent>, Error> {
        let request = Request::new(reqwest::Method::POST, "/threads/runs".to_owned())
            .operation("createThreadAndRun", "/threads/runs")
            .header("OpenAI-Beta", "assistants=v2");
        let mut body = body.clone();
        body.stream = true.into();
        let body = &body;
        self.check(body)?;
        let request = request.json(body)?;
        self.send_events(request).await
    }

    /// Like [`Client::submit_tool_ouputs_to_run`], answered with server-sent events as they happen. The stream ends after the `[DONE]` event; an event that does not decode is an [`Error::Event`] item, and the stream goes on.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`, `Accept: text/event-stream`
    #[inline]
    pub async fn submit_tool_ouputs_to_run_stream(
        &self,
        thread_id: &str,
        run_id: &str,
        body: &types::SubmitToolOutputsRunRequest,
    ) -> Result<crate::sse::EventStream<types::AssistantStreamEvent>, Error> {
        let request = Request::new(
                reqwest::Method::POST,
                format!(
                    "/threads/{}/runs/{}/submit_tool_outputs", path_segment(thread_id),
                    path_segment(run_id)
                ),
            )
            .operation(
                "submitToolOuputsToRun",
                "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
            )
            .header("OpenAI-Beta", "assistants=v2");
        let mut body = body.clone();
        body.stream = true.into();
        let body = &body;
        self.check(body)?;
        let request = request.json(body)?;
        self.send_events(request).await
    }

    /// Calls [`Client::get_run`] until `status` is one of `requires_action`, `cancelled`, `failed`, `completed`, `incomplete`, `expired`, waiting `options.interval` between calls; gives up with [`Error::Timeout`] after `options.timeout`.
    #[inline]
    pub async fn get_run_until_done(
        &self,
        thread_id: &str,
        run_id: &str,
        options: &PollOptions,
    ) -> Result<types::RunObject, Error> {
        let deadline = tokio::time::Instant::now() + options.timeout;
        loop {
            let answer = self.get_run(thread_id, run_id).with_response().await?;
            let wait = crate::client::poll_wait(
                answer.meta(),
                "openai-poll-after-ms",
                options.interval,
            );
            let response = answer.into_body();
            if matches!(
                response.status.as_str(), "requires_action" | "cancelled" | "failed" |
                "completed" | "incomplete" | "expired"
            ) {
                return Ok(response);
            }
            if tokio::time::Instant::now() + wait > deadline {
                return Err(Error::Timeout(options.timeout));
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// The request for the first page of a list.
    #[inline]
    fn list_messages_first_page(
        &self,
        thread_id: &str,
        params: &types::ListMessagesParams,
    ) -> Result<Request, Error> {
        let request = Request::new(
                reqwest::Method::GET,
                format!("/threads/{}/messages", path_segment(thread_id)),
            )
            .operation("listMessages", "/threads/{thread_id}/messages")
            .header("OpenAI-Beta", "assistants=v2");
        let mut request = request;
        if let Some(value) = params.limit.as_ref() {
            request = request.query("limit", value);
        }
        if let Some(value) = params.order.as_ref() {
            request = request.query("order", value);
        }
        if let Some(value) = params.after.as_ref() {
            request = request.query("after", value);
        }
        if let Some(value) = params.before.as_ref() {
            request = request.query("before", value);
        }
        if let Some(value) = params.run_id.as_ref() {
            request = request.query("run_id", value);
        }
        Ok(request)
    }

    /// Every page of [`Client::list_messages`], from the one its arguments ask for: `.items()` streams the items across pages, `.pages()` the pages, `.max_items(n)` stops after `n` items. A page is asked for when the one before is used up; an error ends the stream with one `Err` item.
    ///
    /// Next page: `after` = the answer's `last_id`
    #[inline]
    pub fn list_messages_paginator(
        &self,
        thread_id: &str,
        params: &types::ListMessagesParams,
    ) -> crate::Paginator<types::ListMessagesResponse, types::MessageObject> {
        static PLAN: crate::pagination::PagePlan = crate::pagination::PagePlan {
            items: Some("data"),
            next: crate::pagination::NextPage::Cursor {
                param: "after",
                from: crate::pagination::CursorSource::Property("last_id"),
                has_more: Some("has_more"),
            },
        };
        let first = self.list_messages_first_page(thread_id, params);
        crate::Paginator::new(self.clone(), first, &PLAN, |page| page.data)
    }
}
