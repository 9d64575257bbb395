//! What `cargo xtask codegen` generates for this repository, shared with the freshness test.

use std::path::{Path, PathBuf};

use openapi_generator::Config;

/// The spec of this repository, relative to its root.
pub const SPEC: &str = "spec/openapi.yaml";
/// The generated crate, relative to the repository root.
pub const GENERATED: &str = "generated";
/// The generated crate's package name.
pub const CRATE_NAME: &str = "openai-thread-runs";

/// The repository's root (the parent of xtask/).
pub fn repository_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The configuration that turns spec/ into generated/.
pub fn repository_config(root: &Path) -> Config {
    Config::new(root.join(SPEC), CRATE_NAME)
}
