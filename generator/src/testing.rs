//! What the stages' tests share: a document's IR, lowered as `generate` lowers it, every
//! schema included. Through here, `emit`'s tests do not reach into the stages before it.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::ir::Api;

/// Every fixture of `tests/fixtures`, then the repository's spec and the wire tests' spec.
pub fn specs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut specs: Vec<_> = std::fs::read_dir(root.join("tests/fixtures"))
        .expect("the fixtures")
        .map(|entry| entry.expect("a fixture").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.sort();
    specs.push(root.join("../spec/openapi.yaml"));
    specs.push(root.join("../tests/wire/openapi.yaml"));
    specs
}

/// The documents the project is tried on: its fixtures and specs, and every OpenAPI document
/// of the shared inputs beside the checkout (other teams' and OpenAI's), with the other files
/// of those folders (Stripe's fixtures, which are not OpenAPI documents).
pub fn documents() -> Vec<PathBuf> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    let mut documents = specs();
    for folder in ["realworld", "openai-openapi"] {
        let folder = shared.join(folder);
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("the shared inputs at {}: {e}", folder.display()));
        let mut found: Vec<_> = entries
            .map(|entry| entry.expect("an entry").path())
            .filter(|path| {
                path.extension()
                    .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
            })
            .collect();
        found.sort();
        documents.extend(found);
    }
    documents
}

/// The configuration of a test's generation: the document at `spec`, every schema.
pub fn config(spec: &Path) -> Config {
    let mut config = Config::new(spec, "fixture");
    config.all_schemas = true;
    config
}

/// The IR of the document `config` names, lowered as `generate` lowers it.
pub fn lowered_file(config: &Config) -> Api {
    crate::lowered(config, &mut Default::default(), &mut Default::default())
        .expect("the document lowers")
}

/// The IR of a document given as text, every operation and schema included.
pub fn lowered_text(text: &str) -> Api {
    let spec = crate::load::load_str(text).expect("the document loads");
    let filter = crate::select::OperationFilter::All;
    let selection = crate::select::select(&spec, &filter, true).expect("it selects");
    crate::lower::lower(
        spec,
        &selection,
        &Default::default(),
        None,
        &mut Default::default(),
    )
    .expect("it lowers")
}
