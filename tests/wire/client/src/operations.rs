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
    #[inline]
    pub fn details(&self) -> Option<ApiErrorBody> {
        serde_json::from_str(&self.body).ok()
    }
}

impl Client {
    /// A Stripe list, paged by the last item's id sent as `starting_after`.
    ///
    /// `GET /v1/customers`
    #[inline]
    pub fn list_customers(
        &self,
        params: &types::ListCustomersParams,
    ) -> Call<types::ListCustomersResponse> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::GET,
                        "/v1/customers".to_owned(),
                    )
                    .operation("listCustomers", "/v1/customers");
                let mut request = request;
                if let Some(value) = params.limit.as_ref() {
                    request = request.query("limit", value);
                }
                if let Some(value) = params.starting_after.as_ref() {
                    request = request.query("starting_after", value);
                }
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// A form body with nested objects, arrays and a map, as Stripe sends them.
    ///
    /// `POST /v1/customers`
    #[inline]
    pub fn create_customer(
        &self,
        body: &types::CreateCustomerRequest,
    ) -> Call<types::Customer> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::POST,
                        "/v1/customers".to_owned(),
                    )
                    .operation("createCustomer", "/v1/customers");
                self.check(body)?;
                let request = request
                    .url_encoded(
                        body,
                        &[
                            ("address", ParamStyle::deep_object(true)),
                            ("expand", ParamStyle::deep_object(true)),
                            ("items", ParamStyle::deep_object(true)),
                            ("metadata", ParamStyle::deep_object(true)),
                        ],
                    )?;
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// A GitHub list, paged by number, the next page named by the `Link` header.
    ///
    /// `GET /repos/{owner}/issues`
    #[inline]
    pub fn list_issues(
        &self,
        owner: &str,
        params: &types::ListIssuesParams,
    ) -> Call<Vec<types::ListIssuesResponseItem>> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::GET,
                        format!("/repos/{}/issues", path_segment(owner)),
                    )
                    .operation("listIssues", "/repos/{owner}/issues");
                let mut request = request;
                if let Some(value) = params.per_page.as_ref() {
                    request = request.query("per_page", value);
                }
                if let Some(value) = params.page.as_ref() {
                    request = request.query("page", value);
                }
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// An optional form body on a GET, as Stripe describes its `expand`.
    ///
    /// `GET /v1/customers/{customer}`
    #[inline]
    pub fn retrieve_customer(
        &self,
        customer: &str,
        body: Option<&types::RetrieveCustomerRequest>,
    ) -> Call<types::Customer> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::GET,
                        format!("/v1/customers/{}", path_segment(customer)),
                    )
                    .operation("retrieveCustomer", "/v1/customers/{customer}");
                let request = match body {
                    Some(body) => {
                        self.check(body)?;
                        request
                            .url_encoded(
                                body,
                                &[("expand", ParamStyle::deep_object(true))],
                            )?
                    }
                    None => request,
                };
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// `GET /search`
    #[inline]
    pub fn search(&self, params: &types::SearchParams) -> Call<types::SearchResult> {
        self.call(
            || {
                let request = Request::new(reqwest::Method::GET, "/search".to_owned())
                    .operation("search", "/search");
                let mut request = request;
                if let Some(value) = params.filter.as_ref() {
                    request = request
                        .query_styled("filter", value, ParamStyle::deep_object(true))?;
                }
                if let Some(value) = params.ids.as_ref() {
                    request = request
                        .query_styled("ids", value, ParamStyle::form(false))?;
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
                            ParamStyle::space_delimited(false),
                        )?;
                }
                if let Some(value) = params.flags.as_ref() {
                    request = request
                        .query_styled(
                            "flags",
                            value,
                            ParamStyle::pipe_delimited(false),
                        )?;
                }
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// `PUT /notes/{id}`
    #[inline]
    pub fn put_note(&self, id: &types::NameOrId, body: impl Into<String>) -> Call<()> {
        self.call(
            || {
                let id = &crate::client::simple_text(id)?;
                let request = Request::new(
                        reqwest::Method::PUT,
                        format!("/notes/{}", path_segment(id)),
                    )
                    .operation("putNote", "/notes/{id}");
                let body: String = body.into();
                let request = request.raw_body(body.into(), "text/plain");
                Ok(request)
            },
            crate::response::decode_empty,
        )
    }

    /// `PUT /blobs/{id}`
    #[inline]
    pub fn put_blob(
        &self,
        id: &types::PutBlobId,
        x_checksum: Option<&types::PutBlobXChecksum>,
        body: impl Into<bytes::Bytes>,
    ) -> Call<bytes::Bytes> {
        self.call(
            || {
                let id = &crate::client::simple_text(id)?;
                let request = Request::new(
                        reqwest::Method::PUT,
                        format!("/blobs/{}", path_segment(id)),
                    )
                    .operation("putBlob", "/blobs/{id}");
                let request = match x_checksum {
                    Some(value) => {
                        request.header("x-checksum", crate::client::simple_text(value)?)
                    }
                    None => request,
                };
                let request = request.raw_body(body.into(), "application/octet-stream");
                Ok(request)
            },
            crate::response::decode_bytes,
        )
    }

    /// A body that is a list of objects with limits, checked before sending.
    ///
    /// `PUT /labels`
    #[inline]
    pub fn put_labels(&self, body: &[types::Label]) -> Call<()> {
        self.call(
            || {
                let request = Request::new(reqwest::Method::PUT, "/labels".to_owned())
                    .operation("putLabels", "/labels");
                self.check(body)?;
                let request = request.json(body)?;
                Ok(request)
            },
            crate::response::decode_empty,
        )
    }

    /// A body that is a map.
    ///
    /// `PATCH /labels`
    #[inline]
    pub fn patch_labels(
        &self,
        body: &std::collections::BTreeMap<String, types::Label>,
    ) -> Call<()> {
        self.call(
            || {
                let request = Request::new(reqwest::Method::PATCH, "/labels".to_owned())
                    .operation("patchLabels", "/labels");
                self.check(body)?;
                let request = request.json(body)?;
                Ok(request)
            },
            crate::response::decode_empty,
        )
    }

    /// `PUT /counter`
    #[inline]
    pub fn put_anything(&self, body: &serde_json::Value) -> Call<()> {
        self.call(
            || {
                let request = Request::new(reqwest::Method::PUT, "/counter".to_owned())
                    .operation("putAnything", "/counter");
                let request = request.json(body)?;
                Ok(request)
            },
            crate::response::decode_empty,
        )
    }

    /// A body that is a number, and one without a schema.
    ///
    /// `POST /counter`
    #[inline]
    pub fn set_counter(&self, body: &i64) -> Call<()> {
        self.call(
            || {
                let request = Request::new(reqwest::Method::POST, "/counter".to_owned())
                    .operation("setCounter", "/counter");
                let request = request.json(body)?;
                Ok(request)
            },
            crate::response::decode_empty,
        )
    }

    /// A stream of JSON lines, typed by 3.2's itemSchema.
    ///
    /// `GET /reports`
    #[inline]
    pub fn export_reports(&self) -> Call<()> {
        self.call(
            || {
                let request = Request::new(reqwest::Method::GET, "/reports".to_owned())
                    .operation("exportReports", "/reports");
                Ok(request)
            },
            crate::response::decode_empty,
        )
    }

    /// OpenAPI 3.2's QUERY method, with a body.
    ///
    /// `QUERY /reports`
    #[inline]
    pub fn query_reports(
        &self,
        body: &types::QueryReportsRequest,
    ) -> Call<types::SearchResult> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::from_bytes(b"QUERY")
                            .map_err(|e| Error::Config(e.to_string()))?,
                        "/reports".to_owned(),
                    )
                    .operation("queryReports", "/reports");
                self.check(body)?;
                let request = request.json(body)?;
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// A multipart body with a file, a list of files, text, a list and an object.
    ///
    /// `POST /uploads`
    #[inline]
    pub fn create_upload(
        &self,
        body: &types::CreateUploadRequest,
    ) -> Call<types::CreateUploadResponse> {
        self.call(
            || {
                let request = Request::new(reqwest::Method::POST, "/uploads".to_owned())
                    .operation("createUpload", "/uploads");
                self.check(body)?;
                let mut form = crate::form::Form::default();
                let file = &body.file;
                form.file(
                    "file",
                    &file.file_name,
                    &file.bytes,
                    file.content_type.as_deref(),
                );
                if let Some(value) = body.attachments.as_ref() {
                    for file in value {
                        form.file(
                            "attachments",
                            &file.file_name,
                            &file.bytes,
                            file.content_type.as_deref(),
                        );
                    }
                }
                form.value("purpose", &body.purpose)?;
                if let Some(value) = body.labels.as_ref() {
                    form.value("labels", value)?;
                }
                if let Some(value) = body.size.as_ref() {
                    form.value("size", value)?;
                }
                if let Some(value) = body.meta.as_ref() {
                    form.value("meta", value)?;
                }
                let request = request.multipart(form);
                Ok(request)
            },
            crate::response::decode_json,
        )
    }

    /// A multipart body that declares no properties, only their values' type.
    ///
    /// `PUT /uploads/{id}/tags`
    #[inline]
    pub fn set_upload_tags(
        &self,
        id: &str,
        body: &std::collections::BTreeMap<String, String>,
    ) -> Call<()> {
        self.call(
            || {
                let request = Request::new(
                        reqwest::Method::PUT,
                        format!("/uploads/{}/tags", path_segment(id)),
                    )
                    .operation("setUploadTags", "/uploads/{id}/tags");
                let mut form = crate::form::Form::default();
                form.properties(body)?;
                let request = request.multipart(form);
                Ok(request)
            },
            crate::response::decode_empty,
        )
    }

    /// Like [`Client::export_reports`], answered with one JSON value a line, each item as it arrives; a line that does not decode is an [`Error::Decode`] item, and the stream goes on.
    ///
    /// `GET /reports`, `Accept: application/jsonl`
    #[inline]
    pub async fn export_reports_stream(
        &self,
    ) -> Result<crate::sse::JsonLines<types::Customer>, Error> {
        let request = Request::new(reqwest::Method::GET, "/reports".to_owned())
            .operation("exportReports", "/reports");
        self.send_json_lines(request, "application/jsonl").await
    }

    /// The request for the first page of a list.
    #[inline]
    fn list_customers_first_page(
        &self,
        params: &types::ListCustomersParams,
    ) -> Result<Request, Error> {
        let request = Request::new(reqwest::Method::GET, "/v1/customers".to_owned())
            .operation("listCustomers", "/v1/customers");
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
    #[inline]
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
    #[inline]
    fn list_issues_first_page(
        &self,
        owner: &str,
        params: &types::ListIssuesParams,
    ) -> Result<Request, Error> {
        let request = Request::new(
                reqwest::Method::GET,
                format!("/repos/{}/issues", path_segment(owner)),
            )
            .operation("listIssues", "/repos/{owner}/issues");
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
    #[inline]
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
