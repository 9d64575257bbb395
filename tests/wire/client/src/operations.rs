// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The API's operations, as methods on [`Client`].
#[allow(unused_imports)]
use crate::client::{path_segment, Client, ClientBuilder, PollOptions, Request};
use crate::client::{ApiKeyPlacement, ApiSettings};
use crate::error::{ApiError, Error};
use crate::types;

/// What the client takes from the spec (the server, the security scheme) and reads
/// from the environment.
static SETTINGS: ApiSettings = ApiSettings {
    default_base_url: "https://api.example.com",
    api_key_placement: ApiKeyPlacement::Header("X-Api-Key"),
    user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
    never_retry_codes: &[],
    retry_count_header: None,
    idempotency_header: None,
    api_key_env: None,
    base_url_env: None,
    headers_from_env: &[],
    headers: &[],
};

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder::new(&SETTINGS)
    }
}

/// The body of the API's error answers, as the spec describes it.
pub type ApiErrorBody = serde_json::Value;

impl ApiError {
    /// The body decoded as the spec's error schema, if it does.
    pub fn details(&self) -> Option<ApiErrorBody> {
        serde_json::from_str(&self.body).ok()
    }
}

impl Client {
    /// A Stripe list, paged by the last item's id sent as `starting_after`.
    ///
    /// `GET /v1/customers`
    pub async fn list_customers(
        &self,
        params: &types::ListCustomersParams,
    ) -> Result<types::ListCustomersResponse, Error> {
        let request = Request::new(reqwest::Method::GET, "/v1/customers".to_owned());
        let mut request = request;
        if let Some(value) = params.limit.as_ref() {
            request = request.query("limit", value);
        }
        if let Some(value) = params.starting_after.as_ref() {
            request = request.query("starting_after", value);
        }
        self.send_json(request).await
    }

    /// A form body with nested objects, arrays and a map, as Stripe sends them.
    ///
    /// `POST /v1/customers`
    pub async fn create_customer(
        &self,
        body: &types::CreateCustomerRequest,
    ) -> Result<types::Customer, Error> {
        let request = Request::new(reqwest::Method::POST, "/v1/customers".to_owned());
        self.check(body)?;
        let request = request
            .url_encoded(
                body,
                &[
                    (
                        "address",
                        crate::client::ParamStyle {
                            kind: crate::client::StyleKind::DeepObject,
                            explode: true,
                        },
                    ),
                    (
                        "expand",
                        crate::client::ParamStyle {
                            kind: crate::client::StyleKind::DeepObject,
                            explode: true,
                        },
                    ),
                    (
                        "items",
                        crate::client::ParamStyle {
                            kind: crate::client::StyleKind::DeepObject,
                            explode: true,
                        },
                    ),
                    (
                        "metadata",
                        crate::client::ParamStyle {
                            kind: crate::client::StyleKind::DeepObject,
                            explode: true,
                        },
                    ),
                ],
            )?;
        self.send_json(request).await
    }

    /// A GitHub list, paged by number, the next page named by the `Link` header.
    ///
    /// `GET /repos/{owner}/issues`
    pub async fn list_issues(
        &self,
        owner: &str,
        params: &types::ListIssuesParams,
    ) -> Result<Vec<types::ListIssuesResponseItem>, Error> {
        let request = Request::new(
            reqwest::Method::GET,
            format!("/repos/{}/issues", path_segment(owner)),
        );
        let mut request = request;
        if let Some(value) = params.per_page.as_ref() {
            request = request.query("per_page", value);
        }
        if let Some(value) = params.page.as_ref() {
            request = request.query("page", value);
        }
        self.send_json(request).await
    }

    /// An optional form body on a GET, as Stripe describes its `expand`.
    ///
    /// `GET /v1/customers/{customer}`
    pub async fn retrieve_customer(
        &self,
        customer: &str,
        body: Option<&types::RetrieveCustomerRequest>,
    ) -> Result<types::Customer, Error> {
        let request = Request::new(
            reqwest::Method::GET,
            format!("/v1/customers/{}", path_segment(customer)),
        );
        let request = match body {
            Some(body) => {
                self.check(body)?;
                request
                    .url_encoded(
                        body,
                        &[
                            (
                                "expand",
                                crate::client::ParamStyle {
                                    kind: crate::client::StyleKind::DeepObject,
                                    explode: true,
                                },
                            ),
                        ],
                    )?
            }
            None => request,
        };
        self.send_json(request).await
    }

    /// `GET /search`
    pub async fn search(
        &self,
        params: &types::SearchParams,
    ) -> Result<types::SearchResult, Error> {
        let request = Request::new(reqwest::Method::GET, "/search".to_owned());
        let mut request = request;
        if let Some(value) = params.filter.as_ref() {
            request = request
                .query_styled(
                    "filter",
                    value,
                    crate::client::ParamStyle {
                        kind: crate::client::StyleKind::DeepObject,
                        explode: true,
                    },
                )?;
        }
        if let Some(value) = params.ids.as_ref() {
            request = request
                .query_styled(
                    "ids",
                    value,
                    crate::client::ParamStyle {
                        kind: crate::client::StyleKind::Form,
                        explode: false,
                    },
                )?;
        }
        if let Some(value) = params.tags.as_ref() {
            for item in value {
                request = request.query("tags", item);
            }
        }
        if let Some(value) = params.words.as_ref() {
            request = request
                .query_styled(
                    "words",
                    value,
                    crate::client::ParamStyle {
                        kind: crate::client::StyleKind::SpaceDelimited,
                        explode: false,
                    },
                )?;
        }
        if let Some(value) = params.flags.as_ref() {
            request = request
                .query_styled(
                    "flags",
                    value,
                    crate::client::ParamStyle {
                        kind: crate::client::StyleKind::PipeDelimited,
                        explode: false,
                    },
                )?;
        }
        self.send_json(request).await
    }

    /// `PUT /notes/{id}`
    pub async fn put_note(
        &self,
        id: &types::NameOrId,
        body: impl Into<String>,
    ) -> Result<(), Error> {
        let id = crate::client::simple_text(id)?;
        let request = Request::new(
            reqwest::Method::PUT,
            format!("/notes/{}", path_segment(& id)),
        );
        let body: String = body.into();
        let request = request.raw_body(body.into(), "text/plain");
        self.send_empty(request).await
    }

    /// `PUT /blobs/{id}`
    pub async fn put_blob(
        &self,
        id: &types::PutBlobId,
        x_checksum: Option<&types::PutBlobXChecksum>,
        body: impl Into<bytes::Bytes>,
    ) -> Result<bytes::Bytes, Error> {
        let id = crate::client::simple_text(id)?;
        let request = Request::new(
            reqwest::Method::PUT,
            format!("/blobs/{}", path_segment(& id)),
        );
        let request = match x_checksum {
            Some(value) => {
                request.header("x-checksum", crate::client::simple_text(value)?)
            }
            None => request,
        };
        let request = request.raw_body(body.into(), "application/octet-stream");
        self.send_bytes(request).await
    }

    /// A body that is a list of objects with limits, checked before sending.
    ///
    /// `PUT /labels`
    pub async fn put_labels(&self, body: &[types::Label]) -> Result<(), Error> {
        let request = Request::new(reqwest::Method::PUT, "/labels".to_owned());
        self.check(body)?;
        let request = request.json(body)?;
        self.send_empty(request).await
    }

    /// A body that is a map.
    ///
    /// `PATCH /labels`
    pub async fn patch_labels(
        &self,
        body: &std::collections::BTreeMap<String, types::Label>,
    ) -> Result<(), Error> {
        let request = Request::new(reqwest::Method::PATCH, "/labels".to_owned());
        self.check(body)?;
        let request = request.json(body)?;
        self.send_empty(request).await
    }

    /// `PUT /counter`
    pub async fn put_anything(&self, body: &serde_json::Value) -> Result<(), Error> {
        let request = Request::new(reqwest::Method::PUT, "/counter".to_owned());
        let request = request.json(body)?;
        self.send_empty(request).await
    }

    /// A body that is a number, and one without a schema.
    ///
    /// `POST /counter`
    pub async fn set_counter(&self, body: &i64) -> Result<(), Error> {
        let request = Request::new(reqwest::Method::POST, "/counter".to_owned());
        let request = request.json(body)?;
        self.send_empty(request).await
    }

    /// A stream of JSON lines, typed by 3.2's itemSchema.
    ///
    /// `GET /reports`
    pub async fn export_reports(&self) -> Result<(), Error> {
        let request = Request::new(reqwest::Method::GET, "/reports".to_owned());
        self.send_empty(request).await
    }

    /// OpenAPI 3.2's QUERY method, with a body.
    ///
    /// `QUERY /reports`
    pub async fn query_reports(
        &self,
        body: &types::QueryReportsRequest,
    ) -> Result<types::SearchResult, Error> {
        let request = Request::new(
            reqwest::Method::from_bytes(b"QUERY")
                .map_err(|e| Error::Config(e.to_string()))?,
            "/reports".to_owned(),
        );
        self.check(body)?;
        let request = request.json(body)?;
        self.send_json(request).await
    }

    /// Like [`Client::export_reports`], answered with one JSON value a line, each item as it arrives; a line that does not decode is an [`Error::Decode`] item, and the stream goes on.
    ///
    /// `GET /reports`, `Accept: application/jsonl`
    pub async fn export_reports_stream(
        &self,
    ) -> Result<crate::sse::JsonLines<types::Customer>, Error> {
        let request = Request::new(reqwest::Method::GET, "/reports".to_owned());
        self.send_json_lines(request, "application/jsonl").await
    }

    /// The request for the first page of a list.
    fn list_customers_first_page(
        &self,
        params: &types::ListCustomersParams,
    ) -> Result<Request, Error> {
        let request = Request::new(reqwest::Method::GET, "/v1/customers".to_owned());
        let mut request = request;
        if let Some(value) = params.limit.as_ref() {
            request = request.query("limit", value);
        }
        if let Some(value) = params.starting_after.as_ref() {
            request = request.query("starting_after", value);
        }
        Ok(request)
    }

    /// Every page of [`Client::list_customers`], from the one its arguments ask for: `.items()` streams the items across pages, `.pages()` the pages, `.max_items(n)` stops after `n` items. A page is asked for when the one before is used up; an error ends the stream with one `Err` item.
    ///
    /// Next page: `starting_after` = the last item's `id`
    pub fn list_customers_paginator(
        &self,
        params: &types::ListCustomersParams,
    ) -> crate::Paginator<types::ListCustomersResponse, types::Customer> {
        static PLAN: crate::pagination::PagePlan = crate::pagination::PagePlan {
            items: Some("data"),
            next: crate::pagination::NextPage::Cursor {
                param: "starting_after",
                from: crate::pagination::CursorSource::LastItem("id"),
                has_more: Some("has_more"),
            },
        };
        let first = self.list_customers_first_page(params);
        crate::Paginator::new(self.clone(), first, &PLAN, |page| page.data)
    }

    /// The request for the first page of a list.
    fn list_issues_first_page(
        &self,
        owner: &str,
        params: &types::ListIssuesParams,
    ) -> Result<Request, Error> {
        let request = Request::new(
            reqwest::Method::GET,
            format!("/repos/{}/issues", path_segment(owner)),
        );
        let mut request = request;
        if let Some(value) = params.per_page.as_ref() {
            request = request.query("per_page", value);
        }
        if let Some(value) = params.page.as_ref() {
            request = request.query("page", value);
        }
        Ok(request)
    }

    /// Every page of [`Client::list_issues`], from the one its arguments ask for: `.items()` streams the items across pages, `.pages()` the pages, `.max_items(n)` stops after `n` items. A page is asked for when the one before is used up; an error ends the stream with one `Err` item.
    ///
    /// Next page: `page` + 1
    pub fn list_issues_paginator(
        &self,
        owner: &str,
        params: &types::ListIssuesParams,
    ) -> crate::Paginator<
        Vec<types::ListIssuesResponseItem>,
        types::ListIssuesResponseItem,
    > {
        static PLAN: crate::pagination::PagePlan = crate::pagination::PagePlan {
            items: None,
            next: crate::pagination::NextPage::Number {
                param: "page",
            },
        };
        let first = self.list_issues_first_page(owner, params);
        crate::Paginator::new(self.clone(), first, &PLAN, std::convert::identity)
    }
}
