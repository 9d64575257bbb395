//! An OpenAPI 3.0/3.1 → Rust generator, in four stages, each its own module:
//!
//! 1. [`load`]: YAML/JSON → `openapiv3`, after [`normalize`] rewrote 3.1 forms into 3.0 ones;
//! 2. [`select`]: the operations to generate and the component schemas they reach;
//! 3. [`lower`]: the selection → [`ir`], where every union is a first-class node;
//! 4. [`emit`]: the IR → Rust files, via quote and prettyplease.
//!
//! ```no_run
//! let config = openapi_generator::Config::new("spec/openapi.yaml", "my-client");
//! let generated = openapi_generator::generate(&config)?;
//! generated.write_to(std::path::Path::new("generated"))?;
//! # Ok::<(), openapi_generator::Error>(())
//! ```

#[cfg(feature = "cli")]
pub mod command;
pub mod emit;
pub mod error;
pub mod ir;
pub mod load;
pub mod lower;
pub mod normalize;
mod options;
pub mod select;
mod write;

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use error::{Error, ErrorKind, Result};
pub use select::OperationFilter;
pub use write::Generated;

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

/// Runs every stage and returns the files in memory; nothing is written.
pub fn generate(config: &Config) -> Result<Generated> {
    options::check(config)?;
    let spec = load::load_file(&config.spec)?;
    let mut warnings = Warnings::default();
    let in_file = |e: Error| e.in_file(&config.spec);
    let selection =
        select::select(&spec, &config.operations, config.all_schemas).map_err(in_file)?;
    let api = lower::lower(&spec, &selection, &mut warnings).map_err(in_file)?;
    warn_if_insecure(&api, &mut warnings);
    let files = emit::emit(&api, config).map_err(in_file)?;
    Ok(Generated { files, warnings })
}

/// A default server reached over plain http would carry the API key in clear text; the
/// generated client refuses that unless its user opts in (`allow_insecure_http`).
fn warn_if_insecure(api: &ir::Api, warnings: &mut Warnings) {
    let Some(url) = &api.base_url else {
        return;
    };
    if !url.to_ascii_lowercase().starts_with("https://") && !api.operations.is_empty() {
        warnings.push(
            "the default server is not https: the client will refuse to send the API key to \
             it (unless on loopback or the user calls `allow_insecure_http(true)`)",
            "#/servers/0/url",
        );
    }
}

/// Things accepted but dubious, grouped by message so each is reported once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Warnings {
    by_message: BTreeMap<String, Vec<String>>,
}

impl Warnings {
    pub fn push(&mut self, message: impl Into<String>, pointer: impl Into<String>) {
        self.by_message
            .entry(message.into())
            .or_default()
            .push(pointer.into());
    }

    pub fn is_empty(&self) -> bool {
        self.by_message.is_empty()
    }

    /// One line per kind of warning, with how often and where first.
    pub fn summary(&self) -> Vec<String> {
        self.by_message
            .iter()
            .map(|(message, places)| match places.as_slice() {
                [only] => format!("warning: {message} (at {only})"),
                [first, rest @ ..] => {
                    format!(
                        "warning: {message} ({} places, first at {first})",
                        rest.len() + 1
                    )
                }
                [] => format!("warning: {message}"),
            })
            .collect()
    }
}
