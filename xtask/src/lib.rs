//! What `cargo xtask codegen` generates for this repository, shared with the freshness test.

use std::path::{Path, PathBuf};

use openapi_generator::{apply_config_file, Config, Error};

/// The spec of this repository, relative to its root.
pub const SPEC: &str = "spec/openapi.yaml";
/// The generator's configuration for that spec.
pub const CONFIG: &str = "spec/generator.toml";
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
pub fn checked_in_crates(root: &Path) -> Result<[(Config, PathBuf); 2], Error> {
    Ok([
        (repository_config(root)?, root.join(GENERATED)),
        (wire_config(root), root.join(WIRE_CLIENT)),
    ])
}

/// The repository's root (the parent of xtask/).
pub fn repository_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The configuration that turns spec/ into generated/: spec/generator.toml's.
pub fn repository_config(root: &Path) -> Result<Config, Error> {
    let mut config = Config::new(root.join(SPEC), CRATE_NAME);
    apply_config_file(&mut config, &root.join(CONFIG))?;
    Ok(config)
}
