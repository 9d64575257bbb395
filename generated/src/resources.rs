// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The operations grouped by resource, through handles that borrow the [`Client`]: each
//! method is the client's for an operation (same arguments, same answer), in its group.
#[allow(unused_imports)]
use crate::client::{
    path_segment, Client, ClientBuilder, ParamStyle, PollOptions, Request,
};

#[allow(unused_imports)]
use crate::client::{ApiKeyPlacement, ApiSettings};

#[allow(unused_imports)]
use crate::error::ApiError;

#[allow(unused_imports)]
use crate::error::Error;

#[allow(unused_imports)]
use crate::response::Call;

#[allow(unused_imports)]
use crate::types;

impl Client {
    /// The `beta` operations.
    #[inline]
    pub fn beta(&self) -> Beta<'_> {
        Beta { client: self }
    }
}

/// The `beta` operations, from [`Client`]: a handle that borrows the client.
#[derive(Clone, Copy, Debug)]
pub struct Beta<'a> {
    client: &'a Client,
}

impl<'a> Beta<'a> {
    /// The `beta.threads` operations.
    #[inline]
    pub fn threads(&self) -> BetaThreads<'a> {
        BetaThreads { client: self.client }
    }
}

/// The `beta.threads` operations, from [`Client`]: a handle that borrows the client.
#[derive(Clone, Copy, Debug)]
pub struct BetaThreads<'a> {
    client: &'a Client,
}

impl<'a> BetaThreads<'a> {
    /// The `beta.threads.messages` operations.
    #[inline]
    pub fn messages(&self) -> BetaThreadsMessages<'a> {
        BetaThreadsMessages {
            client: self.client,
        }
    }

    /// The `beta.threads.runs` operations.
    #[inline]
    pub fn runs(&self) -> BetaThreadsRuns<'a> {
        BetaThreadsRuns {
            client: self.client,
        }
    }

    /// Creates a new thread (optionally seeded with messages) and immediately starts a run of the given assistant on it. With `stream: true` the response is a server-sent event stream instead of a single run object.
    ///
    /// `POST /threads/runs`
    ///
    /// The same as [`Client::create_thread_and_run`].
    #[inline]
    pub fn create_and_run(
        &self,
        body: &types::CreateThreadAndRunRequest,
    ) -> Call<types::RunObject> {
        self.client.create_thread_and_run(body)
    }

    /// Like [`Client::create_thread_and_run`], answered with server-sent events as they happen. The stream ends after the `[DONE]` event; an event that does not decode is an [`Error::Event`] item, and the stream goes on.
    ///
    /// `POST /threads/runs`, `Accept: text/event-stream`
    ///
    /// The same as [`Client::create_thread_and_run_stream`].
    #[inline]
    pub async fn create_and_run_stream(
        &self,
        body: &types::CreateThreadAndRunRequest,
    ) -> Result<crate::sse::EventStream<types::AssistantStreamEvent>, Error> {
        self.client.create_thread_and_run_stream(body).await
    }
}

/// The `beta.threads.messages` operations, from [`Client`]: a handle that borrows the client.
#[derive(Clone, Copy, Debug)]
pub struct BetaThreadsMessages<'a> {
    client: &'a Client,
}

impl<'a> BetaThreadsMessages<'a> {
    /// List the messages of a thread, one page at a time.
    ///
    /// `GET /threads/{thread_id}/messages`
    ///
    /// The same as [`Client::list_messages`].
    #[inline]
    pub fn list(
        &self,
        thread_id: &str,
        params: &types::ListMessagesParams,
    ) -> Call<types::ListMessagesResponse> {
        self.client.list_messages(thread_id, params)
    }

    /// Every page of [`Client::list_messages`], from the one its arguments ask for: `.items()` streams the items across pages, `.pages()` the pages, `.max_items(n)` stops after `n` items. A page is asked for when the one before is used up; an error ends the stream with one `Err` item.
    ///
    /// Next page: `after` = the answer's `last_id`
    ///
    /// The same as [`Client::list_messages_paginator`].
    #[inline]
    pub fn list_paginator(
        &self,
        thread_id: &str,
        params: &types::ListMessagesParams,
    ) -> crate::Paginator<types::ListMessagesResponse, types::MessageObject> {
        self.client.list_messages_paginator(thread_id, params)
    }
}

/// The `beta.threads.runs` operations, from [`Client`]: a handle that borrows the client.
#[derive(Clone, Copy, Debug)]
pub struct BetaThreadsRuns<'a> {
    client: &'a Client,
}

impl<'a> BetaThreadsRuns<'a> {
    /// Requests cancellation of a queued or in-progress run. The returned run is usually in status `cancelling`; it reaches `cancelled` later.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/cancel`
    ///
    /// The same as [`Client::cancel_run`].
    #[inline]
    pub fn cancel(&self, thread_id: &str, run_id: &str) -> Call<types::RunObject> {
        self.client.cancel_run(thread_id, run_id)
    }

    /// Fetch the current state of a run.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}`
    ///
    /// The same as [`Client::get_run`].
    #[inline]
    pub fn retrieve(&self, thread_id: &str, run_id: &str) -> Call<types::RunObject> {
        self.client.get_run(thread_id, run_id)
    }

    /// Calls [`Client::get_run`] until `status` is one of `requires_action`, `cancelled`, `failed`, `completed`, `incomplete`, `expired`, waiting `options.interval` between calls; gives up with [`Error::Timeout`] after `options.timeout`.
    ///
    /// The same as [`Client::get_run_until_done`].
    #[inline]
    pub async fn retrieve_until_done(
        &self,
        thread_id: &str,
        run_id: &str,
        options: &PollOptions,
    ) -> Result<types::RunObject, Error> {
        self.client.get_run_until_done(thread_id, run_id, options).await
    }

    /// Answers a run whose status is `requires_action` with `required_action.type` equal to `submit_tool_outputs`. All pending tool calls must be answered in one request. With `stream: true` the response is a server-sent event stream.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`
    ///
    /// The same as [`Client::submit_tool_ouputs_to_run`].
    #[inline]
    pub fn submit_tool_outputs(
        &self,
        thread_id: &str,
        run_id: &str,
        body: &types::SubmitToolOutputsRunRequest,
    ) -> Call<types::RunObject> {
        self.client.submit_tool_ouputs_to_run(thread_id, run_id, body)
    }

    /// Like [`Client::submit_tool_ouputs_to_run`], answered with server-sent events as they happen. The stream ends after the `[DONE]` event; an event that does not decode is an [`Error::Event`] item, and the stream goes on.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`, `Accept: text/event-stream`
    ///
    /// The same as [`Client::submit_tool_ouputs_to_run_stream`].
    #[inline]
    pub async fn submit_tool_outputs_stream(
        &self,
        thread_id: &str,
        run_id: &str,
        body: &types::SubmitToolOutputsRunRequest,
    ) -> Result<crate::sse::EventStream<types::AssistantStreamEvent>, Error> {
        self.client.submit_tool_ouputs_to_run_stream(thread_id, run_id, body).await
    }
}
