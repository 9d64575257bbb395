//! What to generate: the spec, the operations, the crate's name, and what the generated
//! client reads from the environment beyond the spec.

use std::path::PathBuf;

use crate::select::OperationFilter;

/// What to generate, and from which spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The OpenAPI document (YAML or JSON).
    pub spec: PathBuf,
    /// The generated crate's package name.
    pub crate_name: String,
    pub crate_version: String,
    pub operations: OperationFilter,
    /// Whether the crate is its own Cargo workspace (for output outside this repository).
    pub standalone: bool,
    /// Generate every component schema, not only those the selected operations reach.
    pub all_schemas: bool,
    pub client: ClientConfig,
}

/// What the generated client reads from the environment, beyond the spec.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientConfig {
    /// `PREFIX_API_KEY` and `PREFIX_BASE_URL` configure `ClientBuilder::from_env`.
    pub env_prefix: Option<String>,
    /// Headers that identify the caller, each with a builder method and a variable.
    pub identity_headers: Vec<IdentityHeader>,
    /// Error codes (the error body's `error.code` or `error.type`, or a top-level `code`)
    /// that are never retried whatever the status: OpenAI's `insufficient_quota` 429.
    pub never_retry_codes: Vec<String>,
    /// A header that tells the server which attempt a request is (0 for the first).
    pub retry_count_header: Option<String>,
    /// The header of an idempotency key: one per call, the same on every attempt, sent with
    /// every POST and with any call given a key.
    pub idempotency_header: Option<String>,
}

/// A header such as `OpenAI-Organization`: set by `ClientBuilder::<method>`, or from `env`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdentityHeader {
    pub method: String,
    pub header: String,
    pub env: String,
}

impl Config {
    pub fn new(spec: impl Into<PathBuf>, crate_name: impl Into<String>) -> Self {
        Config {
            spec: spec.into(),
            crate_name: crate_name.into(),
            crate_version: "0.1.0".into(),
            operations: OperationFilter::All,
            standalone: false,
            all_schemas: false,
            client: ClientConfig::default(),
        }
    }
}
