//! What to generate: the spec, the operations, the crate's name and package metadata, and
//! what the generated client reads from the environment beyond the spec.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::error::{Error, ErrorKind};
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
    /// What the manifest says of the crate beyond its name and version (crates.io shows it).
    pub package: PackageInfo,
    /// Operations to poll until their answer reaches a status, beside the spec's `x-poll`.
    pub pollers: Vec<Poller>,
    /// Handles that group operations, from the configuration file's `[resources]`.
    pub resources: Vec<ResourceGroup>,
    /// The command line's program name. Default: the crate's name.
    pub cli_name: Option<String>,
    /// The configuration file these settings were read from, if any (errors name it).
    pub config_file: Option<PathBuf>,
    /// How list operations page, by operationId, where the generator cannot guess it (or
    /// guesses wrong): `None` says the operation does not page. Recognised without it:
    /// cursors in the body (`data`, `has_more`, `last_id` or the last item's `id`, sent as
    /// `after` or `starting_after`), `Link: <..>; rel="next"` headers and page numbers.
    pub pagination: BTreeMap<String, Option<Pagination>>,
}

/// An operation whose answer moves through statuses: a helper calls it until the
/// `status_property` is one of `until` (as `x-poll` on the operation says).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Poller {
    /// The operation's `operationId`.
    pub operation: String,
    pub status_property: String,
    pub until: Vec<String>,
    /// The answer's header giving the wait before the next call, in milliseconds.
    pub interval_header: Option<String>,
    /// Where the configuration file names the operation.
    pub place: Option<Place>,
}

/// A group of operations under a handle: `beta.threads.runs` → `client.beta().threads()
/// .runs()`, each method standing for an operation (`retrieve` → `getRun`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceGroup {
    /// The dotted path, as the file writes it (`beta.threads.runs`).
    pub path: String,
    /// (method name, operationId, where the file names the operation).
    pub methods: Vec<(String, String, Option<Place>)>,
}

/// A place in a configuration file, for errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
}

/// A configuration error at `place` in its file, when the place is known.
pub(crate) fn refused_at(place: Option<&Place>, message: String, hint: &str) -> Error {
    let mut error = Error::new(ErrorKind::Config, message).with_hint(hint);
    if let Some(place) = place {
        error = error.in_file(&place.file).at_line(place.line, place.column);
    }
    error
}

/// How a list operation's answers chain into pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pagination {
    /// The answer's property that holds a page's items; `None` when the answer is the list.
    pub items: Option<String>,
    pub next: NextPage,
    /// Where the configuration file describes it, for errors.
    pub place: Option<Place>,
}

/// How the next page is asked for. A `Link: <..>; rel="next"` header in an answer is
/// followed whatever this says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextPage {
    /// A cursor read from the answer, sent as the query parameter `param`; when the answer
    /// has the boolean property `has_more`, its `false` ends the list.
    Cursor {
        param: String,
        from: CursorSource,
        has_more: Option<String>,
    },
    /// Page numbers in the query parameter `param`, from the one asked for (else 1), until
    /// a page is empty.
    Number { param: String },
    /// Only the `Link` header says where the next page is.
    Link,
}

/// Where a page's cursor is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CursorSource {
    /// A property of the answer (`last_id`, `next_page`).
    Property(String),
    /// A property of the page's last item (`id`).
    LastItem(String),
}

/// The generated crate's package metadata. Each one given here wins over the spec's: the
/// description defaults to one naming the API's title and version, the license to the
/// spec's `info.license` when that is an SPDX expression (the crate holds the document's
/// text); the repository and documentation URLs are only set when given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackageInfo {
    pub description: Option<String>,
    /// An SPDX expression, such as `MIT OR Apache-2.0`.
    pub license: Option<String>,
    pub repository: Option<String>,
    pub documentation: Option<String>,
}

/// What the generated client reads from the environment, beyond the spec.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientConfig {
    /// The variable `ClientBuilder::from_env` reads the API key from (`OPENAI_API_KEY`).
    pub api_key_env: Option<String>,
    /// The variable `ClientBuilder::from_env` reads a base URL from, overriding the spec's.
    pub base_url_env: Option<String>,
    /// Headers sent with every request, name → value (a beta flag, an API version).
    pub headers: BTreeMap<String, String>,
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
            package: PackageInfo::default(),
            pollers: Vec::new(),
            resources: Vec::new(),
            cli_name: None,
            config_file: None,
            pagination: BTreeMap::new(),
        }
    }
}

/// Whether `text` is an SPDX license expression as Cargo's `license` takes it: identifiers
/// (`MIT`, `Apache-2.0`, `GPL-2.0+`, `LicenseRef-x`) joined by `AND`, `OR` and `WITH`, with
/// parentheses. `Apache 2.0` is not one.
pub fn is_license_expression(text: &str) -> bool {
    let spaced = text.replace('(', " ( ").replace(')', " ) ");
    let mut depth = 0usize;
    let mut expects_identifier = true;
    for token in spaced.split_whitespace() {
        match token {
            "(" if expects_identifier => depth += 1,
            ")" if !expects_identifier && depth > 0 => depth -= 1,
            "AND" | "OR" | "WITH" if !expects_identifier => expects_identifier = true,
            id if expects_identifier && is_license_identifier(id) => expects_identifier = false,
            _ => return false,
        }
    }
    !expects_identifier && depth == 0 && text.len() <= 200
}

fn is_license_identifier(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_alphanumeric())
        && token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'))
}

#[cfg(test)]
mod tests {
    use super::is_license_expression;

    #[test]
    fn license_expressions_are_spdx_ones() {
        for good in [
            "MIT",
            "MIT OR Apache-2.0",
            "(MIT OR Apache-2.0) AND BSD-3-Clause",
            "GPL-2.0+",
        ] {
            assert!(is_license_expression(good), "{good}");
        }
        for bad in [
            "",
            "Apache 2.0",
            "MIT OR",
            "(MIT",
            "MIT)",
            "MIT\n[lib]",
            "MIT/Apache-2.0",
            "OR MIT",
        ] {
            assert!(!is_license_expression(bad), "{bad}");
        }
    }
}
