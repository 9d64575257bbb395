//! What the generator emits for each fixture spec of `tests/fixtures` (found by listing the
//! directory): one spec per lowering or operation rule, every emitted file snapshotted.
//! `types.rs` is the snapshot named after the fixture, each other file `<fixture>-<file>`.
//! The runtime's files are not snapshotted: they are the runtime crate's sources, byte for
//! byte, which is asserted instead. Review changes with `cargo insta review`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use openapi_generator::{generate, Config};

/// The files a generated crate copies from `generator/runtime`, and their sources there.
const RUNTIME: [(&str, &str); 5] = [
    ("src/client.rs", include_str!("../runtime/client.rs")),
    ("src/error.rs", include_str!("../runtime/error.rs")),
    ("src/response.rs", include_str!("../runtime/response.rs")),
    ("src/sse.rs", include_str!("../runtime/sse.rs")),
    ("src/validate.rs", include_str!("../runtime/validate.rs")),
];

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// Every `*.yaml` of `tests/fixtures`, by name.
fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = tests_dir().join("fixtures");
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    let mut fixtures: Vec<(String, PathBuf)> = entries
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .map(|path| {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .expect("a file name");
            (name, path)
        })
        .collect();
    fixtures.sort();
    fixtures
}

/// The snapshot of one emitted file: the fixture's name for `types.rs`, else the fixture's
/// name and the file's path, `/` as `-` (`tagged_union-src-support.rs`).
fn snapshot_name(fixture: &str, file: &str) -> String {
    match file {
        "src/types.rs" => fixture.to_owned(),
        _ => format!("{fixture}-{}", file.replace('/', "-")),
    }
}

#[test]
fn every_emitted_file_of_every_fixture() {
    let fixtures = fixtures();
    assert!(
        fixtures.len() >= 24,
        "only {} fixtures found",
        fixtures.len()
    );
    let mut expected = BTreeSet::new();
    for (name, spec) in &fixtures {
        let generated = generate(&Config::new(spec, "fixture"))
            .unwrap_or_else(|error| panic!("{name}: generation failed:\n{error}"));
        for (file, text) in &generated.files {
            if let Some((_, source)) = RUNTIME.iter().find(|(path, _)| path == file) {
                assert!(
                    text.ends_with(source),
                    "{name}: {file} is not the runtime's source"
                );
                continue;
            }
            let snapshot = snapshot_name(name, file);
            insta::assert_snapshot!(snapshot.as_str(), text);
            expected.insert(format!("snapshots__{snapshot}.snap"));
        }
    }
    let dir = tests_dir().join("snapshots");
    let stored: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".snap"))
        .collect();
    let orphans: Vec<_> = stored.difference(&expected).collect();
    assert!(
        orphans.is_empty(),
        "snapshots of no emitted file: {orphans:?}"
    );
}

#[test]
fn output_is_byte_identical_across_runs() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.yaml");
    let first = generate(&Config::new(&spec, "again")).map(|g| g.files);
    let second = generate(&Config::new(&spec, "again")).map(|g| g.files);
    assert!(first.is_ok());
    assert_eq!(first, second);
}
