//! An OpenAPI 3.0/3.1 → Rust generator, in four stages, each its own module:
//!
//! 1. `load`: YAML/JSON → `openapiv3`, after `normalize` rewrote 3.1 forms into 3.0 ones;
//! 2. `select`: the operations to generate and the component schemas they reach;
//! 3. `lower`: the selection → `ir`, where every union is a first-class node;
//! 4. `emit`: the IR → Rust files, via quote and prettyplease.
//!
//! The modules are private: what a caller uses is [`Config`], [`generate`] and what it
//! returns, so the compiler reports code nothing reaches.
//!
//! ```no_run
//! let config = openapi_generator::Config::new("spec/openapi.yaml", "my-client");
//! let generated = openapi_generator::generate(&config)?;
//! generated.write_to(std::path::Path::new("generated"))?;
//! # Ok::<(), openapi_generator::Error>(())
//! ```

#[cfg(feature = "cli")]
pub mod command;
mod config;
mod config_file;
mod emit;
mod error;
mod ir;
mod load;
mod lower;
mod naming;
mod normalize;
mod options;
mod resolve;
mod select;
mod write;

pub use config::{
    ClientConfig, Config, CursorSource, IdentityHeader, NextPage, PackageInfo, Pagination, Place,
    Poller,
};
pub use config_file::apply_config_file;
pub use error::{Error, ErrorKind, Result, Warnings};
pub use select::OperationFilter;
pub use write::Generated;

/// Runs every stage and returns the files in memory; nothing is written.
pub fn generate(config: &Config) -> Result<Generated> {
    options::check(config)?;
    let spec = load::load_file(&config.spec)?;
    let mut warnings = Warnings::default();
    let in_file = |e: Error| e.in_file(&config.spec);
    let selection =
        select::select(&spec, &config.operations, config.all_schemas).map_err(in_file)?;
    let mut api =
        lower::lower(&spec, &selection, &config.pagination, &mut warnings).map_err(in_file)?;
    lower::check_overrides(&api, &config.pagination).map_err(|e| match &config.config_file {
        Some(file) => e.in_file(file),
        None => e,
    })?;
    lower::apply_pollers(&mut api, &config.pollers)?;
    lower::apply_resources(&mut api, &config.resources)?;
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
