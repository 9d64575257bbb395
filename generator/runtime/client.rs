//! The HTTP client: configuration, authentication, retries with backoff, timeouts.
//! The operations themselves are methods on [`Client`], in `operations.rs`.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use base64::Engine;
use reqwest::header::{
    HeaderMap, HeaderName, HeaderValue, AUTHORIZATION, CONTENT_TYPE, COOKIE, USER_AGENT,
};
use reqwest::{Method, StatusCode};

use crate::error::{ApiError, ApiErrorKind, Error};
use crate::response::{request_id, Call, ResponseMeta};

/// What differs from one API to the next. The generated `operations.rs` holds the value,
/// made from the spec and the generator's configuration, and hands it to
/// [`ClientBuilder::new`]: this file names nothing that is generated.
#[derive(Debug)]
pub(crate) struct ApiSettings {
    /// The spec's server.
    pub(crate) default_base_url: &'static str,
    /// How the API key goes on a request (the spec's security scheme).
    pub(crate) api_key_placement: ApiKeyPlacement,
    /// The default `User-Agent`: the generated crate's name and version.
    pub(crate) user_agent: &'static str,
    /// Error codes never retried, whatever the status (an exhausted quota).
    pub(crate) never_retry_codes: &'static [&'static str],
    /// The header that tells the server which attempt a request is, if any.
    pub(crate) retry_count_header: Option<&'static str>,
    /// The header of an idempotency key, sent with every POST (and any call given a key).
    pub(crate) idempotency_header: Option<&'static str>,
    /// Where [`ClientBuilder::from_env`] finds the API key.
    pub(crate) api_key_env: Option<&'static str>,
    /// Where [`ClientBuilder::from_env`] finds a base URL that overrides the spec's.
    pub(crate) base_url_env: Option<&'static str>,
    /// Headers [`ClientBuilder::from_env`] sets from the environment: (variable, header).
    pub(crate) headers_from_env: &'static [(&'static str, &'static str)],
    /// Headers sent with every request (the configuration's): (name, value).
    pub(crate) headers: &'static [(&'static str, &'static str)],
}

/// Where the API key goes on every request, as the spec's security scheme says.
#[allow(dead_code)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ApiKeyPlacement {
    /// `Authorization: Bearer <key>` (HTTP bearer, OAuth 2, OpenID Connect, no scheme).
    Bearer,
    /// `Authorization: Basic <base64 of the key>`, the key being `user:password`.
    Basic,
    /// A header of the API's own, such as `X-API-Key`.
    Header(&'static str),
    /// A query parameter on every request.
    Query(&'static str),
    /// A cookie.
    Cookie(&'static str),
}

/// How failed requests are retried: 408, 409, 429, 5xx and connection errors, unless the
/// server says `x-should-retry: false`; with exponential backoff and jitter, or after the
/// delay the server asks for (`retry-after-ms`, `Retry-After`) when it is not too long.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 turns retrying off.
    pub max_retries: u32,
    /// The first backoff; each retry doubles it.
    pub initial_backoff: Duration,
    /// The longest backoff.
    pub max_backoff: Duration,
    /// The longest server-requested delay that is honoured; a longer one falls back to the
    /// backoff.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    /// The delay before retry number `retry` (0 for the first), given the response headers.
    pub fn delay(&self, retry: u32, headers: Option<&HeaderMap>) -> Duration {
        if let Some(asked) = headers.and_then(retry_after) {
            if asked <= self.max_retry_after {
                return asked;
            }
        }
        let doubled = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry.min(16)));
        let capped = doubled.min(self.max_backoff);
        // Up to a quarter less, so that clients that failed together do not retry together.
        capped.mul_f64(1.0 - 0.25 * fastrand::f64())
    }
}

/// The delay a response asks for: `retry-after-ms`, else `Retry-After` in seconds or as an
/// HTTP date.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.parse::<f64>().ok()) {
        if ms.is_finite() && ms >= 0.0 {
            return Some(Duration::from_secs_f64(ms / 1000.0));
        }
    }
    let value = text("retry-after")?;
    if let Ok(seconds) = value.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(
        date.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Whether a failed response should be retried: the server's `x-should-retry` decides if it
/// says; else 408, 409, 429 and 5xx are retried.
pub fn should_retry(status: StatusCode, headers: &HeaderMap) -> bool {
    match headers.get("x-should-retry").and_then(|v| v.to_str().ok()) {
        Some("true") => true,
        Some("false") => false,
        _ => matches!(status.as_u16(), 408 | 409 | 429) || status.is_server_error(),
    }
}

/// Builds a [`Client`].
#[derive(Clone)]
pub struct ClientBuilder {
    settings: &'static ApiSettings,
    base_url: Option<String>,
    api_key: Option<String>,
    headers: Vec<(String, String)>,
    http: Option<reqwest::Client>,
    timeout: Duration,
    retry: RetryPolicy,
    validate: bool,
    allow_insecure_http: bool,
    max_body_size: usize,
    max_event_size: usize,
    connect_timeout: Duration,
    read_timeout: Duration,
    deadline: Option<Duration>,
    hooks: Vec<Arc<dyn Hook>>,
}

impl ClientBuilder {
    /// A builder with the API's settings and the defaults of everything else; the generated
    /// `operations.rs` implements `Default` with it.
    pub(crate) fn new(settings: &'static ApiSettings) -> Self {
        ClientBuilder {
            settings,
            base_url: None,
            api_key: None,
            headers: settings
                .headers
                .iter()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect(),
            http: None,
            timeout: Duration::from_secs(600),
            retry: RetryPolicy::default(),
            validate: true,
            allow_insecure_http: false,
            max_body_size: DEFAULT_MAX_BODY_SIZE,
            max_event_size: DEFAULT_MAX_EVENT_SIZE,
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(600),
            deadline: None,
            hooks: Vec::new(),
        }
    }
}

/// The largest answer read whole by default: 256 MiB (files and audio included).
const DEFAULT_MAX_BODY_SIZE: usize = 256 << 20;
/// The largest single event (or JSON line) of a stream by default: 16 MiB.
const DEFAULT_MAX_EVENT_SIZE: usize = 16 << 20;

impl ClientBuilder {
    /// Reads the API key, the base URL and the identity headers from the environment,
    /// where they are set. Settings made after this call override them.
    pub fn from_env(mut self) -> Self {
        let var = |name: Option<&str>| {
            name.and_then(|n| std::env::var(n).ok())
                .filter(|v| !v.is_empty())
        };
        if let Some(key) = var(self.settings.api_key_env) {
            self.api_key = Some(key);
        }
        if let Some(url) = var(self.settings.base_url_env) {
            self.base_url = Some(url);
        }
        for (env, header) in self.settings.headers_from_env {
            if let Some(value) = var(Some(env)) {
                self = self.header(*header, value);
            }
        }
        self
    }

    /// The API's base URL; by default the spec's server.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The API key, sent as the spec's security scheme says: `Authorization: Bearer <key>`
    /// unless it names a header, query parameter or cookie of its own, or HTTP basic
    /// authentication (then the key is `user:password`, or a user name alone).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// A header sent with every request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let name = name.into();
        self.headers
            .retain(|(existing, _)| !existing.eq_ignore_ascii_case(&name));
        self.headers.push((name, value.into()));
        self
    }

    /// The `reqwest::Client` to send with (for proxies, pools, TLS settings).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// How long one attempt may take, from sending to the end of the body (for a stream: to
    /// its first byte). Default: 600 s, as the official SDKs.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How long connecting may take. Default: 10 s. (Not applied to a client given with
    /// [`ClientBuilder::http_client`], which has its own.)
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The longest silence between two reads of an answer, streams included: a stream that
    /// goes silent longer ends with an [`Error::Timeout`] item. Default: 600 s. (Not applied
    /// to a client given with [`ClientBuilder::http_client`].)
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = timeout;
        self
    }

    /// The most a call may take across all its attempts and the waits between them; no
    /// retry starts that could not finish its wait in time. Default: none.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Retries after the first attempt (default 2); 0 turns retrying off.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.retry.max_retries = retries;
        self
    }

    /// Whether request bodies are checked against the spec's limits before sending
    /// (default: yes).
    pub fn validate_requests(mut self, validate: bool) -> Self {
        self.validate = validate;
        self
    }

    /// Whether the API key may be sent over plain `http://` to a host that is not this
    /// machine (default: no, and [`ClientBuilder::build`] fails). Anyone on the network path
    /// could read the key; allow it only for a network you trust, such as a test cluster.
    /// Loopback addresses (`localhost`, `127.0.0.1`, `[::1]`) are always allowed.
    /// The largest answer read whole, error bodies included (default 256 MiB); past it the
    /// call fails with [`Error::TooLarge`] and no more is read.
    pub fn max_body_size(mut self, bytes: usize) -> Self {
        self.max_body_size = bytes;
        self
    }

    /// The largest single event of a stream (default 16 MiB); a longer one ends the stream
    /// with an [`Error::TooLarge`] item, so a server that never ends a line cannot fill memory.
    pub fn max_event_size(mut self, bytes: usize) -> Self {
        self.max_event_size = bytes;
        self
    }

    /// Code of your own run around every attempt of every call (see [`Hook`]); hooks run in
    /// the order they were added.
    pub fn hook(mut self, hook: impl Hook + 'static) -> Self {
        self.hooks.push(Arc::new(hook));
        self
    }

    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    pub fn build(self) -> Result<Client, Error> {
        let base_url = self
            .base_url
            .unwrap_or_else(|| self.settings.default_base_url.to_owned());
        let base_url = base_url.trim_end_matches('/').to_owned();
        let url = reqwest::Url::parse(&base_url)
            .map_err(|e| Error::Config(format!("base URL `{base_url}`: {e}")))?;
        if self.api_key.is_some() && !self.allow_insecure_http && sends_in_clear(&url) {
            return Err(Error::Config(format!(
                "refusing to send the API key in clear text to `{base_url}`: use https, or \
                 `ClientBuilder::allow_insecure_http(true)` on a network you trust"
            )));
        }
        let mut headers = HeaderMap::new();
        for (name, value) in &self.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|e| Error::Config(format!("header name `{name}`: {e}")))?;
            let value = HeaderValue::from_str(value)
                .map_err(|e| Error::Config(format!("header `{name}`: {e}")))?;
            headers.insert(name, value);
        }
        if !headers.contains_key(USER_AGENT) {
            headers.insert(
                USER_AGENT,
                HeaderValue::from_static(self.settings.user_agent),
            );
        }
        let mut query_key = None;
        if let Some(key) = &self.api_key {
            let sensitive = |text: String| {
                let mut value = HeaderValue::from_str(&text)
                    .map_err(|_| Error::Config("the API key is not a valid header value".into()))?;
                value.set_sensitive(true);
                Ok::<_, Error>(value)
            };
            match self.settings.api_key_placement {
                ApiKeyPlacement::Bearer => {
                    headers.insert(AUTHORIZATION, sensitive(format!("Bearer {key}"))?);
                }
                ApiKeyPlacement::Basic => {
                    // A key alone is the user name with an empty password, as APIs that
                    // take keys over basic authentication read it.
                    let credentials = if key.contains(':') {
                        key.clone()
                    } else {
                        format!("{key}:")
                    };
                    let encoded = base64::engine::general_purpose::STANDARD.encode(credentials);
                    headers.insert(AUTHORIZATION, sensitive(format!("Basic {encoded}"))?);
                }
                ApiKeyPlacement::Header(name) => {
                    let name = HeaderName::from_bytes(name.as_bytes())
                        .map_err(|e| Error::Config(format!("header name `{name}`: {e}")))?;
                    headers.insert(name, sensitive(key.clone())?);
                }
                ApiKeyPlacement::Cookie(name) => {
                    headers.insert(COOKIE, sensitive(format!("{name}={key}"))?);
                }
                ApiKeyPlacement::Query(name) => query_key = Some((name, key.clone())),
            }
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                .read_timeout(self.read_timeout)
                .build()
                .map_err(|e| Error::Config(format!("the HTTP client: {e}")))?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                read_timeout: self.read_timeout,
                deadline: self.deadline,
                base_url,
                has_api_key: self.api_key.is_some(),
                query_key,
                max_body_size: self.max_body_size,
                max_event_size: self.max_event_size,
                never_retry_codes: self.settings.never_retry_codes,
                retry_count_header: self.settings.retry_count_header,
                idempotency_header: self.settings.idempotency_header,
                headers,
                timeout: self.timeout,
                retry: self.retry,
                validate: self.validate,
                hooks: self.hooks,
            }),
            extra_headers: HeaderMap::new(),
            options: RequestOptions::default(),
        })
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("headers", &self.headers)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("validate", &self.validate)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("hooks", &self.hooks.len())
            .finish_non_exhaustive()
    }
}

/// Whether a request to `url` crosses a network unencrypted: plain `http` to a host that
/// is not a loopback address.
fn sends_in_clear(url: &reqwest::Url) -> bool {
    if url.scheme() != "http" {
        return false;
    }
    let host = url.host_str().unwrap_or_default();
    let loopback = match host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<std::net::IpAddr>()
    {
        Ok(ip) => ip.is_loopback(),
        Err(_) => {
            let host = host.to_ascii_lowercase();
            host == "localhost" || host.ends_with(".localhost")
        }
    };
    !loopback
}

/// The API client. Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    /// Headers for the calls made through this handle only (see [`Client::with_headers`]).
    extra_headers: HeaderMap,
    /// Settings for the calls made through this handle only (see [`Client::with_options`]).
    options: RequestOptions,
}

/// Settings for the calls made through one handle ([`Client::with_options`]), each
/// overriding the client's for those calls only:
///
/// ```text
/// let answer = client
///     .with_options(RequestOptions::new().timeout(Duration::from_secs(5)).max_retries(0))
///     .some_operation(&body)
///     .await?;
/// ```
#[derive(Clone, Debug, Default)]
pub struct RequestOptions {
    timeout: Option<Duration>,
    max_retries: Option<u32>,
    headers: Vec<(String, String)>,
    query: Vec<(String, String)>,
    extra_body: serde_json::Map<String, serde_json::Value>,
    idempotency_key: Option<String>,
}

impl RequestOptions {
    pub fn new() -> Self {
        RequestOptions::default()
    }

    /// How long one attempt may take.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Retries after the first attempt.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = Some(retries);
        self
    }

    /// A header sent with the call (a header of the same name the client sends is replaced).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// A query parameter added to the call's own.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// A property merged into a JSON body (one the spec does not know yet, say); it replaces
    /// a property of the same name.
    pub fn extra_body(mut self, name: impl Into<String>, value: serde_json::Value) -> Self {
        self.extra_body.insert(name.into(), value);
        self
    }

    /// The idempotency key of the call, sent on every attempt in the header the client's
    /// configuration names; without it, a POST gets a key of its own there.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }
}

struct Inner {
    http: reqwest::Client,
    base_url: String,
    has_api_key: bool,
    /// The API key as a query parameter, when the security scheme puts it there.
    query_key: Option<(&'static str, String)>,
    max_body_size: usize,
    max_event_size: usize,
    read_timeout: Duration,
    deadline: Option<Duration>,
    never_retry_codes: &'static [&'static str],
    retry_count_header: Option<&'static str>,
    idempotency_header: Option<&'static str>,
    /// Constant, identity and authorization headers (the latter marked sensitive).
    headers: HeaderMap,
    timeout: Duration,
    retry: RetryPolicy,
    validate: bool,
    hooks: Vec<Arc<dyn Hook>>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<_> = self
            .inner
            .headers
            .keys()
            .filter(|name| *name != AUTHORIZATION)
            .map(HeaderName::as_str)
            .collect();
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field(
                "api_key",
                &if self.inner.has_api_key {
                    "<redacted>"
                } else {
                    "<none>"
                },
            )
            .field("headers", &headers)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .field("validate", &self.inner.validate)
            .finish_non_exhaustive()
    }
}

impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment alone (see [`ClientBuilder::from_env`]).
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::default().from_env().build()
    }

    /// A handle that adds `headers` to every call made through it.
    pub fn with_headers(&self, headers: HeaderMap) -> Client {
        let mut extra_headers = self.extra_headers.clone();
        extra_headers.extend(headers);
        Client {
            inner: Arc::clone(&self.inner),
            extra_headers,
            options: self.options.clone(),
        }
    }

    /// A handle whose calls use `options` (a timeout, retries, extra headers, query
    /// parameters and body fields, an idempotency key) over the client's settings.
    pub fn with_options(&self, options: RequestOptions) -> Client {
        Client {
            inner: Arc::clone(&self.inner),
            extra_headers: self.extra_headers.clone(),
            options,
        }
    }

    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Checks a request body against the spec's limits, unless turned off.
    #[allow(dead_code)]
    pub(crate) fn check<T: crate::validate::Validate + ?Sized>(
        &self,
        body: &T,
    ) -> Result<(), Error> {
        if self.inner.validate {
            body.validate().map_err(Error::Validation)?;
        }
        Ok(())
    }

    /// A call of an operation: `build` makes its request now (a body that breaks the spec's
    /// limits fails here, and the call with it), `decode` reads a successful answer.
    #[allow(dead_code)]
    pub(crate) fn call<T>(
        &self,
        build: impl FnOnce() -> Result<Request, Error>,
        decode: fn(u16, bytes::Bytes) -> Result<T, Error>,
    ) -> Call<T> {
        Call::new(self, build(), decode)
    }

    /// Sends a request, retrying as the policy says, and reads the whole successful answer.
    pub(crate) async fn send_and_read(
        &self,
        request: Request,
    ) -> Result<(bytes::Bytes, ResponseMeta), Error> {
        let (response, attempts) = self.send(request).await?;
        let meta = ResponseMeta::new(
            response.status().as_u16(),
            response.headers().clone(),
            attempts,
        );
        let body = self.read_body(response).await?;
        Ok((body, meta))
    }

    /// A whole answer, up to the size limit: an announced length over it fails at once, and
    /// a body that grows past it fails as soon as it does.
    pub(crate) async fn read_body(
        &self,
        mut response: reqwest::Response,
    ) -> Result<bytes::Bytes, Error> {
        let limit = self.inner.max_body_size;
        let too_large = Error::TooLarge {
            what: "the answer",
            limit,
        };
        if response
            .content_length()
            .is_some_and(|length| length > limit as u64)
        {
            return Err(too_large);
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| self.transport(e))? {
            if body.len() + chunk.len() > limit {
                return Err(too_large);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.into())
    }

    /// What a stream of items is read with (`sse.rs`, which only a crate with streaming
    /// operations has): the largest event or line, and how long to wait for the next bytes.
    #[allow(dead_code)]
    pub(crate) fn stream_limits(&self) -> (usize, Duration) {
        (self.inner.max_event_size, self.inner.read_timeout)
    }

    /// Sends a request, in a span of its own with the feature `tracing` (see `trace`).
    pub(crate) async fn send(&self, request: Request) -> Result<(reqwest::Response, u32), Error> {
        let trace = trace::CallTrace::new(&request);
        #[cfg(feature = "tracing")]
        let attempts =
            tracing::Instrument::instrument(self.send_attempts(request, &trace), trace.span());
        #[cfg(not(feature = "tracing"))]
        let attempts = self.send_attempts(request, &trace);
        attempts.await
    }

    /// Sends a request, retrying as the policy says, and returns a successful response (its
    /// body not yet read) and the number of attempts it took. With a deadline, each attempt
    /// gets what is left of it, and a retry whose wait would end past it is not made.
    async fn send_attempts(
        &self,
        request: Request,
        trace: &trace::CallTrace,
    ) -> Result<(reqwest::Response, u32), Error> {
        let request = self.with_call_options(request)?;
        let retry = &RetryPolicy {
            max_retries: self
                .options
                .max_retries
                .unwrap_or(self.inner.retry.max_retries),
            ..self.inner.retry.clone()
        };
        let timeout = self.options.timeout.unwrap_or(self.inner.timeout);
        let started = tokio::time::Instant::now();
        let left = || {
            self.inner
                .deadline
                .map(|deadline| deadline.saturating_sub(started.elapsed()))
        };
        let mut attempt = 0;
        loop {
            trace.attempt(attempt + 1);
            let bound = left().map_or(timeout, |left| left.min(timeout));
            let may_retry = |delay: Duration| {
                attempt < retry.max_retries && left().is_none_or(|left| delay < left)
            };
            // The bound covers a stream's wait for its headers (its body may last minutes),
            // and every attempt when there is a deadline.
            let outcome = if request.streaming || self.inner.deadline.is_some() {
                match tokio::time::timeout(bound, self.attempt(&request, attempt, bound)).await {
                    Ok(outcome) => outcome,
                    Err(_) => {
                        let delay = retry.delay(attempt, None);
                        if !may_retry(delay) {
                            return Err(Error::Timeout(bound));
                        }
                        backoff(trace, delay).await;
                        attempt += 1;
                        continue;
                    }
                }
            } else {
                self.attempt(&request, attempt, bound).await
            };
            if let Ok(response) = &outcome {
                trace.answered(response.status().as_u16(), response.headers());
            }
            match outcome {
                Ok(response) if response.status().is_success() => {
                    return Ok((response, attempt + 1))
                }
                Ok(response) => {
                    let status = response.status();
                    let headers = response.headers().clone();
                    // Read first: the body's error code may forbid a retry.
                    let body = self.read_body(response).await?;
                    let forbidden = error_code_in(&body, self.inner.never_retry_codes);
                    let delay = retry.delay(attempt, Some(&headers));
                    if should_retry(status, &headers) && !forbidden && may_retry(delay) {
                        backoff(trace, delay).await;
                        attempt += 1;
                        continue;
                    }
                    return Err(api_error(status, &headers, &body));
                }
                Err(error) if error.is_connect() || error.is_timeout() => {
                    let delay = retry.delay(attempt, None);
                    if !may_retry(delay) {
                        return Err(self.transport(error));
                    }
                    backoff(trace, delay).await;
                    attempt += 1;
                }
                Err(error) => return Err(self.transport(error)),
            }
        }
    }

    /// The request with this handle's options: query parameters, body fields, headers and
    /// the idempotency key (one per call, so that every attempt carries the same).
    fn with_call_options(&self, mut request: Request) -> Result<Request, Error> {
        let options = &self.options;
        request.query.extend(options.query.iter().cloned());
        if !options.extra_body.is_empty() {
            if let Some(Body::Json(json)) = &request.body {
                let mut value = json_value(json).map_err(Error::Encode)?;
                if let Some(object) = value.as_object_mut() {
                    object.extend(options.extra_body.clone());
                }
                request.body = Some(Body::Json(value.to_string().into_bytes().into()));
            }
        }
        for (name, value) in &options.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|e| Error::Config(format!("header name `{name}`: {e}")))?;
            let value = HeaderValue::from_str(value)
                .map_err(|e| Error::Config(format!("header `{name}`: {e}")))?;
            request.extra_headers.insert(name, value);
        }
        if let Some(header) = self.inner.idempotency_header {
            let key = match &options.idempotency_key {
                Some(key) => Some(key.clone()),
                None if request.method == Method::POST => Some(format!(
                    "{:016x}{:016x}",
                    fastrand::u64(..),
                    fastrand::u64(..)
                )),
                None => None,
            };
            if let Some(key) = key {
                let value = HeaderValue::from_str(&key).map_err(|_| {
                    Error::Config("the idempotency key is not a header value".into())
                })?;
                request.extra_headers.insert(header, value);
            }
        }
        Ok(request)
    }

    async fn attempt(
        &self,
        request: &Request,
        attempt: u32,
        timeout: Duration,
    ) -> Result<reqwest::Response, reqwest::Error> {
        let url = format!("{}{}", self.inner.base_url, request.path);
        let mut builder = self
            .inner
            .http
            .request(request.method.clone(), url)
            .headers(self.inner.headers.clone())
            .headers(self.extra_headers.clone())
            .headers(request.extra_headers.clone());
        if !request.streaming {
            builder = builder.timeout(timeout);
        }
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        if let Some((name, key)) = &self.inner.query_key {
            builder = builder.query(&[(name, key)]);
        }
        if let Some(name) = self.inner.retry_count_header {
            builder = builder.header(name, attempt.to_string());
        }
        for (name, value) in &request.headers {
            builder = builder.header(*name, value);
        }
        match &request.body {
            Some(Body::Json(json)) => {
                builder = builder
                    .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                    .body(json.clone());
            }
            Some(Body::PerAttempt(body)) => builder = body.set_on(builder),
            Some(Body::UrlEncoded(pairs)) => builder = builder.form(pairs),
            Some(Body::Raw {
                bytes,
                content_type,
            }) => {
                builder = builder
                    .header(CONTENT_TYPE, *content_type)
                    .body(bytes.clone());
            }
            None => {}
        }
        let mut http_request = builder.build()?;
        if self.inner.hooks.is_empty() {
            return self.inner.http.execute(http_request).await;
        }
        let info = AttemptInfo {
            operation_id: request.operation_id,
            path_template: request.path_template,
            attempt: attempt + 1,
        };
        for hook in &self.inner.hooks {
            hook.on_request(&info, &mut http_request);
        }
        let response = self.inner.http.execute(http_request).await?;
        let meta = ResponseMeta::new(
            response.status().as_u16(),
            response.headers().clone(),
            attempt + 1,
        );
        for hook in &self.inner.hooks {
            hook.on_response(&info, &meta);
        }
        Ok(response)
    }

    /// A transport error, or the timeout of one attempt (this handle's, else the client's).
    fn transport(&self, error: reqwest::Error) -> Error {
        if error.is_timeout() {
            Error::Timeout(self.options.timeout.unwrap_or(self.inner.timeout))
        } else {
            Error::Transport(error)
        }
    }
}

/// Code of your own, run around every attempt of every call ([`ClientBuilder::hook`]): to
/// log, count, sign a request or add a header. Both methods do nothing unless implemented.
///
/// ```text
/// struct Signer;
/// impl Hook for Signer {
///     fn on_request(&self, _: &AttemptInfo, request: &mut reqwest::Request) {
///         request.headers_mut().insert("x-signature", sign(request.url().path()));
///     }
/// }
/// let client = Client::builder().hook(Signer).build()?;
/// ```
///
/// Hooks are called inline and are not async: one that must wait (a token refresh) should
/// do it outside the call, and hand the result to [`Client::with_headers`].
pub trait Hook: Send + Sync {
    /// Before an attempt is sent; the request may be changed. It holds the client's
    /// authorization headers: a hook that logs it should leave them out.
    #[allow(unused_variables)]
    fn on_request(&self, attempt: &AttemptInfo, request: &mut reqwest::Request) {}

    /// When an attempt is answered, whatever the status (a retried 500 too), before its
    /// body is read. `response.attempts()` is this attempt's number.
    #[allow(unused_variables)]
    fn on_response(&self, attempt: &AttemptInfo, response: &ResponseMeta) {}
}

/// Which call and which attempt a [`Hook`] is called for.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct AttemptInfo {
    /// The spec's operationId.
    pub operation_id: &'static str,
    /// The spec's path, parameters unfilled (`/threads/{thread_id}/runs`).
    pub path_template: &'static str,
    /// 1 for the first attempt, 2 for the first retry...
    pub attempt: u32,
}

/// The wait before a retry.
async fn backoff(trace: &trace::CallTrace, delay: Duration) {
    trace.retry(delay);
    tokio::time::sleep(delay).await;
}

/// What the `tracing` feature records: one span per call, named `api_call`, with the
/// operation's id, method and path template, then the attempt, the answer's status and
/// request id and the last wait before a retry; a `debug` event per retry. Never a header, a
/// URL (an API key may be a query parameter) or a body: nothing secret reaches a subscriber.
/// Values are recorded on the call's span itself, whatever span the subscriber holds current.
#[cfg(feature = "tracing")]
mod trace {
    use std::time::Duration;

    use reqwest::header::HeaderMap;
    use tracing::field::Empty;

    pub(super) struct CallTrace(tracing::Span);

    impl CallTrace {
        pub(super) fn new(request: &super::Request) -> Self {
            CallTrace(tracing::info_span!(
                "api_call",
                operation_id = request.operation_id,
                "http.request.method" = request.method.as_str(),
                "url.template" = request.path_template,
                attempt = Empty,
                "http.response.status_code" = Empty,
                request_id = Empty,
                retry_delay_ms = Empty,
            ))
        }

        pub(super) fn span(&self) -> tracing::Span {
            self.0.clone()
        }

        pub(super) fn attempt(&self, number: u32) {
            self.0.record("attempt", number);
        }

        pub(super) fn answered(&self, status: u16, headers: &HeaderMap) {
            self.0.record("http.response.status_code", status);
            if let Some(id) = crate::response::request_id(headers) {
                self.0.record("request_id", id);
            }
        }

        pub(super) fn retry(&self, delay: Duration) {
            let delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
            self.0.record("retry_delay_ms", delay_ms);
            tracing::debug!(parent: &self.0, retry_delay_ms = delay_ms, "retrying");
        }
    }
}

/// Without the `tracing` feature, nothing is recorded.
#[cfg(not(feature = "tracing"))]
mod trace {
    pub(super) struct CallTrace;

    impl CallTrace {
        pub(super) fn new(_: &super::Request) -> Self {
            CallTrace
        }

        pub(super) fn attempt(&self, _: u32) {}

        pub(super) fn answered(&self, _: u16, _: &reqwest::header::HeaderMap) {}

        pub(super) fn retry(&self, _: std::time::Duration) {}
    }
}

/// JSON text as a `Value`, through `Value`'s own `FromStr` and `Display` (compiled in
/// serde_json once) rather than `from_slice` and `to_vec`, whose generic decoder and writer
/// for `Value` every generated crate would otherwise compile again.
fn json_value(bytes: &[u8]) -> Result<serde_json::Value, serde_json::Error> {
    std::str::from_utf8(bytes)
        .map_err(serde::de::Error::custom)?
        .parse()
}

/// Whether an error body names one of `codes`: `{"error": {"code"|"type": ..}}` or a top-level
/// `code`.
fn error_code_in(body: &[u8], codes: &[&str]) -> bool {
    if codes.is_empty() {
        return false;
    }
    let Ok(value) = json_value(body) else {
        return false;
    };
    let error = value.get("error").unwrap_or(&value);
    ["code", "type"]
        .iter()
        .filter_map(|field| error.get(field).and_then(serde_json::Value::as_str))
        .any(|code| codes.contains(&code))
}

fn api_error(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Error {
    Error::Api(Box::new(ApiError {
        status: status.as_u16(),
        kind: ApiErrorKind::from_status(status.as_u16()),
        body: String::from_utf8_lossy(body).into_owned(),
        request_id: request_id(headers).map(str::to_owned),
        retry_after: retry_after(headers),
    }))
}

/// One HTTP request as an operation describes it.
#[derive(Clone, Debug)]
pub(crate) struct Request {
    method: Method,
    /// The path with its parameters filled in, percent-encoded.
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(&'static str, String)>,
    body: Option<Body>,
    /// The answer is an event stream: no timeout on reading the body.
    streaming: bool,
    /// Headers of this call's options (they replace the client's of the same name).
    extra_headers: HeaderMap,
    /// The spec's operationId, for spans and hooks.
    operation_id: &'static str,
    /// The spec's path, parameters unfilled (`/things/{id}`), for spans and hooks.
    path_template: &'static str,
}

impl Request {
    pub(crate) fn new(method: Method, path: String) -> Self {
        Request {
            method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            streaming: false,
            extra_headers: HeaderMap::new(),
            operation_id: "",
            path_template: "",
        }
    }

    /// The first value of a query parameter (the page number or cursor a page was asked with).
    #[allow(dead_code)]
    pub(crate) fn query_value(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The request with the query parameter `name` set to `value` alone (the next page's).
    #[allow(dead_code)]
    pub(crate) fn with_query(mut self, name: &str, value: String) -> Self {
        self.query.retain(|(key, _)| key != name);
        self.query.push((name.to_owned(), value));
        self
    }

    /// The request sent to another path and query of the API (the next page's link).
    #[allow(dead_code)]
    pub(crate) fn with_target(mut self, path: String, query: Vec<(String, String)>) -> Self {
        self.path = path;
        self.query = query;
        self
    }

    /// The operation the request is a call of: its operationId and path template.
    #[allow(dead_code)]
    pub(crate) fn operation(mut self, id: &'static str, path_template: &'static str) -> Self {
        self.operation_id = id;
        self.path_template = path_template;
        self
    }

    #[allow(dead_code)]
    pub(crate) fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// The request for an answer read as it arrives (a stream of items), with the media type
    /// it asks for: no timeout on reading the whole body.
    #[allow(dead_code)]
    pub(crate) fn streamed(mut self, accept: &'static str) -> Self {
        self.streaming = true;
        self.header("accept", accept)
    }

    #[allow(dead_code)]
    pub(crate) fn header_opt(self, name: &'static str, value: Option<String>) -> Self {
        match value {
            Some(value) => self.header(name, value),
            None => self,
        }
    }

    /// A query parameter written as its text. Taken by reference, as the generated code
    /// holds the parameters struct by reference.
    #[allow(dead_code)]
    pub(crate) fn query<T: ToString + ?Sized>(mut self, name: &str, value: &T) -> Self {
        self.query.push((name.to_owned(), value.to_string()));
        self
    }

    /// A query parameter that is not a single scalar, written as its OpenAPI style says.
    #[allow(dead_code)]
    pub(crate) fn query_styled<T: serde::Serialize + ?Sized>(
        mut self,
        name: &str,
        value: &T,
        style: ParamStyle,
    ) -> Result<Self, Error> {
        let value = serde_json::to_value(value).map_err(Error::Encode)?;
        push_styled(&mut self.query, name, &value, style);
        Ok(self)
    }

    /// An `application/x-www-form-urlencoded` body: each property of `body` as pairs, written
    /// as its entry in `styles` says (by default `form`, exploded).
    #[allow(dead_code)]
    pub(crate) fn url_encoded<T: serde::Serialize + ?Sized>(
        mut self,
        body: &T,
        styles: &[(&str, ParamStyle)],
    ) -> Result<Self, Error> {
        let value = serde_json::to_value(body).map_err(Error::Encode)?;
        let serde_json::Value::Object(properties) = value else {
            return Err(Error::Encode(serde::ser::Error::custom(
                "a form body must be an object",
            )));
        };
        let mut pairs = Vec::new();
        for (name, value) in &properties {
            let style = styles
                .iter()
                .find(|(styled, _)| styled == name)
                .map_or(ParamStyle::FORM, |(_, style)| *style);
            push_styled(&mut pairs, name, value, style);
        }
        self.body = Some(Body::UrlEncoded(pairs));
        Ok(self)
    }

    /// A body sent as it is (text, bytes), with its media type.
    #[allow(dead_code)]
    pub(crate) fn raw_body(mut self, bytes: bytes::Bytes, content_type: &'static str) -> Self {
        self.body = Some(Body::Raw {
            bytes,
            content_type,
        });
        self
    }

    #[allow(dead_code)]
    pub(crate) fn json<T: serde::Serialize + ?Sized>(mut self, body: &T) -> Result<Self, Error> {
        self.body = Some(Body::Json(
            serde_json::to_vec(body).map_err(Error::Encode)?.into(),
        ));
        Ok(self)
    }

    /// A body set on each attempt's request anew (a multipart form: `form.rs`).
    #[allow(dead_code)]
    pub(crate) fn per_attempt_body(mut self, body: impl AttemptBody + 'static) -> Self {
        self.body = Some(Body::PerAttempt(Arc::new(body)));
        self
    }
}

/// A request body, kept as data so that a retry can send it again.
#[derive(Clone, Debug)]
enum Body {
    Json(bytes::Bytes),
    /// Set anew on each attempt; only the crates whose operations send forms make one.
    #[allow(dead_code)]
    PerAttempt(Arc<dyn AttemptBody>),
    UrlEncoded(Vec<(String, String)>),
    Raw {
        bytes: bytes::Bytes,
        content_type: &'static str,
    },
}

/// A body that the runtime file which knows its kind sets on each attempt's request anew:
/// reqwest's multipart form (`form.rs`, in the crates whose operations send one) cannot be
/// sent twice.
pub(crate) trait AttemptBody: fmt::Debug + Send + Sync {
    fn set_on(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder;
}

/// How a parameter or form field is written: OpenAPI's `style` and `explode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ParamStyle {
    pub(crate) kind: StyleKind,
    /// Lists and objects as one pair per item or property rather than one joined pair.
    pub(crate) explode: bool,
}

// Each style by name, with its `explode`, so that an operation names one in a few words.
#[allow(dead_code)]
impl ParamStyle {
    /// The default of query parameters and form fields.
    const FORM: ParamStyle = ParamStyle::form(true);

    pub(crate) const fn form(explode: bool) -> Self {
        Self::of(StyleKind::Form, explode)
    }

    pub(crate) const fn space_delimited(explode: bool) -> Self {
        Self::of(StyleKind::SpaceDelimited, explode)
    }

    pub(crate) const fn pipe_delimited(explode: bool) -> Self {
        Self::of(StyleKind::PipeDelimited, explode)
    }

    pub(crate) const fn deep_object(explode: bool) -> Self {
        Self::of(StyleKind::DeepObject, explode)
    }

    pub(crate) const fn simple(explode: bool) -> Self {
        Self::of(StyleKind::Simple, explode)
    }

    const fn of(kind: StyleKind, explode: bool) -> Self {
        Self { kind, explode }
    }
}

#[allow(dead_code)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StyleKind {
    /// `name=value`; lists repeated (exploded) or comma-joined.
    Form,
    /// Lists joined by spaces.
    SpaceDelimited,
    /// Lists joined by `|`.
    PipeDelimited,
    /// `name[key]=value`, nested, lists indexed: `items[0][price]=p` (as Stripe reads it).
    DeepObject,
    /// Comma-joined, as path and header parameters are.
    Simple,
}

/// Appends the pairs that write `value` under `name` in `style`. `null` writes nothing.
fn push_styled(
    pairs: &mut Vec<(String, String)>,
    name: &str,
    value: &serde_json::Value,
    style: ParamStyle,
) {
    use serde_json::Value;
    let delimiter = match style.kind {
        StyleKind::SpaceDelimited => " ",
        StyleKind::PipeDelimited => "|",
        _ => ",",
    };
    match (value, style.kind) {
        (Value::Null, _) => {}
        (Value::Array(_) | Value::Object(_), StyleKind::DeepObject) => {
            push_deep(pairs, name.to_owned(), value)
        }
        (Value::Array(items), _) if style.explode => {
            for item in items {
                pairs.push((name.to_owned(), scalar_text(item)));
            }
        }
        (Value::Object(properties), StyleKind::Form) if style.explode => {
            for (key, item) in properties {
                pairs.push((key.clone(), scalar_text(item)));
            }
        }
        (Value::Array(_) | Value::Object(_), _) => {
            pairs.push((name.to_owned(), joined_text(value, delimiter)))
        }
        (scalar, _) => pairs.push((name.to_owned(), scalar_text(scalar))),
    }
}

/// `name[key]=value` for every leaf, lists by index; `null` leaves are left out.
fn push_deep(pairs: &mut Vec<(String, String)>, name: String, value: &serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Null => {}
        Value::Object(properties) => {
            for (key, item) in properties {
                push_deep(pairs, format!("{name}[{key}]"), item);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                push_deep(pairs, format!("{name}[{index}]"), item);
            }
        }
        scalar => pairs.push((name, scalar_text(scalar))),
    }
}

/// A scalar's text: strings as they are, numbers and booleans as JSON writes them; a
/// nested list or object as its JSON text (no style says more).
fn scalar_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Items, or keys and values, joined by `delimiter` (`a,b`; `key,value,key,value`).
fn joined_text(value: &serde_json::Value, delimiter: &str) -> String {
    let texts: Vec<String> = match value {
        serde_json::Value::Array(items) => items.iter().map(scalar_text).collect(),
        serde_json::Value::Object(properties) => properties
            .iter()
            .flat_map(|(key, item)| [key.clone(), scalar_text(item)])
            .collect(),
        scalar => vec![scalar_text(scalar)],
    };
    texts.join(delimiter)
}

/// A path or header parameter's text in OpenAPI's `simple` style: a string as it is, a
/// number as written, a list or object comma-joined.
#[allow(dead_code)]
pub(crate) fn simple_text<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let value = serde_json::to_value(value).map_err(Error::Encode)?;
    Ok(joined_text(&value, ","))
}

/// What a path segment keeps as is: RFC 3986's unreserved characters.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment (an id can hold `/` or `?`).
#[allow(dead_code)]
pub(crate) fn path_segment(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, PATH_SEGMENT).to_string()
}

/// The wait before the next poll: the milliseconds the answer's `header` asks for (at most a
/// minute), else `interval`.
#[allow(dead_code)]
pub(crate) fn poll_wait(answer: &ResponseMeta, header: &str, interval: Duration) -> Duration {
    answer
        .header(header)
        .and_then(|value| value.trim().parse::<u64>().ok())
        .map_or(interval, |ms| Duration::from_millis(ms.min(60_000)))
}

/// How a `*_until_done` helper polls: how often, and for how long at most.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PollOptions {
    /// The wait between two calls. Default: 1 s.
    pub interval: Duration,
    /// The longest time to poll before giving up with [`Error::Timeout`]. Default: 10 min.
    pub timeout: Duration,
}

impl Default for PollOptions {
    fn default() -> Self {
        PollOptions {
            interval: Duration::from_secs(1),
            timeout: Duration::from_secs(600),
        }
    }
}
