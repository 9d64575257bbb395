//! What `cargo xtask codegen` generates for this repository, shared with the freshness test.

use std::path::{Path, PathBuf};

use openapi_generator::{ClientConfig, Config, IdentityHeader, PackageInfo};

/// The spec of this repository, relative to its root.
pub const SPEC: &str = "spec/openapi.yaml";
/// The generated crate, relative to the repository root.
pub const GENERATED: &str = "generated";
/// The generated crate's package name.
pub const CRATE_NAME: &str = "openai-thread-runs";

/// The wire-format test spec and the client generated from it (checked in like generated/,
/// used by tests/wire.rs against an in-process server).
pub const WIRE_SPEC: &str = "tests/wire/openapi.yaml";
pub const WIRE_CLIENT: &str = "tests/wire/client";

/// The configuration of the wire-format test client.
pub fn wire_config(root: &Path) -> Config {
    Config::new(root.join(WIRE_SPEC), "wire-client")
}

/// Every checked-in crate `cargo xtask codegen` writes: (configuration, output directory).
pub fn checked_in_crates(root: &Path) -> [(Config, PathBuf); 2] {
    [
        (repository_config(root), root.join(GENERATED)),
        (wire_config(root), root.join(WIRE_CLIENT)),
    ]
}

/// The repository's root (the parent of xtask/).
pub fn repository_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The configuration that turns spec/ into generated/.
pub fn repository_config(root: &Path) -> Config {
    let mut config = Config::new(root.join(SPEC), CRATE_NAME);
    config.client = ClientConfig {
        env_prefix: Some("OPENAI".into()),
        identity_headers: vec![
            identity("organization", "OpenAI-Organization", "OPENAI_ORG_ID"),
            identity("project", "OpenAI-Project", "OPENAI_PROJECT_ID"),
        ],
        // A 429 for an exhausted quota does not clear by waiting.
        never_retry_codes: vec!["insufficient_quota".into()],
        retry_count_header: Some("X-Retry-Count".into()),
        idempotency_header: Some("Idempotency-Key".into()),
    };
    config.package = PackageInfo {
        description: Some(
            "Typed async client for OpenAI's Assistants v2: create a thread and run, follow \
             the run, answer its tool calls, read the messages"
                .into(),
        ),
        license: Some("MIT OR Apache-2.0".into()),
        documentation: Some(format!("https://docs.rs/{CRATE_NAME}")),
        ..PackageInfo::default()
    };
    config
}

fn identity(method: &str, header: &str, env: &str) -> IdentityHeader {
    IdentityHeader {
        method: method.into(),
        header: header.into(),
        env: env.into(),
    }
}
