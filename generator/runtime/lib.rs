//! The fixed part of every generated client (`Client`, `ClientBuilder`, `RetryPolicy`, the
//! errors, server-sent events, validation, pagination, multipart forms), as a crate of its
//! own so that it is compiled, linted and unit-tested here. The generator copies
//! `client.rs`, `error.rs`, `fields.rs`, `response.rs` and `validate.rs` verbatim into every
//! generated crate (and `pagination.rs` into one with list operations, `sse.rs` into one with
//! operations whose answers stream, `form.rs` into one with operations that send multipart
//! bodies), whose `lib.rs` declares them as this file does; this crate's dependencies are
//! the generated crate's. The items of `tag_first.rs`, `unions.rs`, `support_items.rs`,
//! `cli_helpers.rs` and `cli_readers.rs` are spliced into the generated `support.rs` and
//! `cli.rs`.
//!
//! Nothing here names a generated item: what differs per API arrives as a value
//! ([`client::ApiSettings`]). The `operations` module below stands in for the generated one.

pub mod error;
pub mod fields;
pub mod json;
pub mod pagination;
pub mod sse;
pub mod validate;

/// Spliced into a generated command line; nothing calls it in this crate, which has none.
#[allow(dead_code)]
#[cfg(feature = "cli")]
mod cli_helpers;
/// Spliced into a generated command line whose API needs them; nothing calls them here.
#[allow(dead_code)]
#[cfg(feature = "cli")]
mod cli_readers;
mod client;
/// Nothing sends a form in this crate; the generated crates that have it do.
#[allow(dead_code)]
mod form;
mod response;
/// Spliced into a generated `support.rs` (the string enums' decoder, the multipart file),
/// under the module's name there, so that the paths to it resolve as they do there; only
/// the tests use some of it in this crate.
#[allow(dead_code)]
#[path = "support_items.rs"]
mod support;
/// Spliced into a generated `support.rs` when a union is tagged; only the tests decode with
/// it here.
#[cfg_attr(not(test), allow(dead_code))]
mod tag_first;
/// Spliced into a generated `support.rs` (the items its unions use); only the tests decode
/// with it here.
#[cfg_attr(not(test), allow(dead_code))]
mod unions;

pub use client::{
    AttemptInfo, Client, ClientBuilder, Hook, PollOptions, RequestOptions, RetryPolicy,
};
pub use error::{ApiError, ApiErrorKind, Error, ValidationError, ValidationErrors};
pub use pagination::{Items, Pages, Paginator};
pub use response::{Call, Response, ResponseMeta};
pub use sse::EventStream;

/// What a generated `operations.rs` provides to the runtime, for an imaginary API with one
/// operation.
mod operations {
    use crate::client::{
        path_segment, ApiKeyPlacement, ApiSettings, Client, ClientBuilder, Request,
    };
    use crate::error::Error;
    use crate::pagination::{CursorSource, NextPage, PagePlan};
    use crate::response::{decode_json, Call};

    /// Settings of an imaginary API, as the generator would write them.
    pub(crate) static SETTINGS: ApiSettings = ApiSettings {
        default_base_url: "http://localhost",
        api_key_placement: ApiKeyPlacement::Bearer,
        user_agent: "example/1.0",
        never_retry_codes: &["insufficient_quota"],
        retry_count_header: Some("X-Retry-Count"),
        idempotency_header: Some("Idempotency-Key"),
        api_key_env: Some("EXAMPLE_API_KEY"),
        base_url_env: Some("EXAMPLE_BASE_URL"),
        headers_from_env: &[("EXAMPLE_ORG_ID", "Example-Organization")],
        headers: &[("Example-Version", "2")],
    };

    impl Default for ClientBuilder {
        fn default() -> Self {
            ClientBuilder::new(&SETTINGS)
        }
    }

    impl Client {
        /// An operation as the generator writes one: `GET /things/{id}`.
        pub fn get_thing(&self, id: &str) -> Call<serde_json::Value> {
            self.call(
                || {
                    let path = format!("/things/{}", path_segment(id));
                    Ok(Request::new(reqwest::Method::GET, path)
                        .operation("getThing", "/things/{id}"))
                },
                decode_json,
            )
        }

        /// A list operation's pages as the generator writes them: `GET /things`, an OpenAI
        /// cursor.
        pub fn list_things_paginator(
            &self,
        ) -> crate::Paginator<serde_json::Value, serde_json::Value> {
            static PLAN: PagePlan = PagePlan {
                items: Some("data"),
                next: NextPage::Cursor {
                    param: "after",
                    from: CursorSource::Property("last_id"),
                    has_more: Some("has_more"),
                },
            };
            let request = Ok(Request::new(reqwest::Method::GET, "/things".to_owned()));
            crate::Paginator::new(self.clone(), request, &PLAN, |page| match page {
                serde_json::Value::Object(mut page) => match page.remove("data") {
                    Some(serde_json::Value::Array(items)) => items,
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            })
        }

        /// A streaming operation as the generator writes one: `GET /things` as events.
        pub async fn watch_things(&self) -> Result<crate::EventStream<serde_json::Value>, Error> {
            self.send_events(Request::new(reqwest::Method::GET, "/things".to_owned()))
                .await
        }
    }
}

#[cfg(test)]
mod error_path_tests;
#[cfg(test)]
mod json_tests;
#[cfg(test)]
mod pagination_tests;
#[cfg(test)]
mod tests;
