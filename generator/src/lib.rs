//! An OpenAPI 3.0/3.1 → Rust generator, in four stages, each its own module:
//!
//! 1. `load`: YAML/JSON → `model::Document` (`openapiv3`, its path items the generator's own),
//!    after `normalize` rewrote 3.1 forms into 3.0 ones;
//! 2. `select`: the operations to generate and the component schemas they reach;
//! 3. `lower`: the selection → `ir`, where every union is a first-class node;
//! 4. `emit`: the IR → Rust files, via quote and prettyplease.
//!
//! The modules are private: what a caller uses is [`Config`], [`generate`] and what it
//! returns ([`generate_timed`] also times each stage, for the benchmarks), so the compiler
//! reports code nothing reaches.
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
mod lookup;
mod lower;
mod model;
mod model_pool;
mod model_reader;
mod naming;
mod normalize;
mod options;
mod resolve;
mod select;
#[cfg(test)]
mod testing;
mod write;

pub use config::{
    ClientConfig, Config, CursorSource, IdentityHeader, NextPage, PackageInfo, Pagination, Place,
    Poller,
};
pub use config_file::apply_config_file;
pub use error::{Error, ErrorKind, Result, Warnings};
pub use select::OperationFilter;
pub use write::{Generated, Written};

use std::time::{Duration, Instant};

/// Runs every stage and returns the files in memory; nothing is written.
pub fn generate(config: &Config) -> Result<Generated> {
    generate_timed(config).map(|(generated, _)| generated)
}

/// The wall time of each stage of one generation, for the benchmarks.
#[derive(Debug, Clone, Copy, Default)]
pub struct StageTimes {
    /// Reading, parsing, normalising and deserialising the document (and, for a JSON
    /// document of which every schema is generated, lowering its components on the thread
    /// that read them while the other reads the paths).
    pub load: Duration,
    /// Choosing the operations and the schemas they reach.
    pub select: Duration,
    /// Building the IR (pollers and resources included).
    pub lower: Duration,
    /// Writing the files' text.
    pub emit: Duration,
}

/// [`generate`], with the time each stage took.
pub fn generate_timed(config: &Config) -> Result<(Generated, StageTimes)> {
    let mut times = StageTimes::default();
    let mut warnings = Warnings::default();
    let api = lowered(config, &mut times, &mut warnings)?;
    let started = Instant::now();
    let mut files = write::InMemory::default();
    emit::emit(&api, config, &mut files).map_err(|e| e.in_file(&config.spec))?;
    let files = files.into_files();
    times.emit = started.elapsed();
    Ok((Generated { files, warnings }, times))
}

/// Runs every stage and writes the crate into `out` as its files are made, never holding
/// it whole: through a directory beside `out` that replaces it once everything is written,
/// as [`Generated::write_to`] does. On failure `out` is left as it was.
pub fn generate_to(config: &Config, out: &std::path::Path) -> Result<Written> {
    let mut warnings = Warnings::default();
    let api = lowered(config, &mut StageTimes::default(), &mut warnings)?;
    let mut staging = write::Staging::new(out)?;
    emit::emit(&api, config, &mut staging).map_err(|e| match e.kind {
        // A file that cannot be written is not the spec's fault.
        ErrorKind::Io => e,
        _ => e.in_file(&config.spec),
    })?;
    let files = staging.finish()?;
    Ok(Written { files, warnings })
}

/// The stages before emission: the document loaded, its operations chosen, lowered into the
/// IR (pollers, resources and features applied).
fn lowered(config: &Config, times: &mut StageTimes, warnings: &mut Warnings) -> Result<ir::Api> {
    options::check(config)?;
    let started = Instant::now();
    let (spec, components) = match config.all_schemas {
        // Every component schema is lowered whatever the selection: for a JSON document,
        // as soon as the components are read, on the thread that read them, while the other
        // reads the paths.
        true => load::load_file_with(&config.spec, &|spec| {
            lower::lower_components(spec, &config.pagination)
        })?,
        false => (load::load_file(&config.spec)?, None),
    };
    times.load = started.elapsed();
    let in_file = |e: Error| e.in_file(&config.spec);
    let started = Instant::now();
    let selection =
        select::select(&spec, &config.operations, config.all_schemas).map_err(in_file)?;
    times.select = started.elapsed();
    let started = Instant::now();
    let mut api = lower::lower(spec, &selection, &config.pagination, components, warnings)
        .map_err(in_file)?;
    lower::check_overrides(&api, &config.pagination).map_err(|e| match &config.config_file {
        Some(file) => e.in_file(file),
        None => e,
    })?;
    lower::apply_pollers(&mut api, &config.pollers)?;
    lower::apply_resources(&mut api, &config.resources)?;
    lower::apply_features(&mut api);
    warn_if_insecure(&api, warnings);
    times.lower = started.elapsed();
    Ok(api)
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
