//! A mutation fuzzer over real specs: the repository's spec and the fixtures, as they are
//! and as pretty-printed JSON (read by another parser, in two parts on two threads), with
//! lines deleted, duplicated, swapped and cut, bytes flipped and YAML-significant characters
//! inserted. Whatever the input, generation returns `Ok` or an `Err` that names its file;
//! it never panics and never hangs.
//!
//! CI runs a short smoke (64 cases per spec). Maintainers fuzz longer with
//! `PROPTEST_CASES=20000 cargo test --release -p openapi-generator --test fuzz_mutations`.

use std::path::{Path, PathBuf};

use openapi_generator::{generate, Config};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    CutLine(usize, usize),
    FlipByte(usize, u8),
    Insert(usize, &'static str),
}

const TOKENS: &[&str] = &[
    ":",
    "-",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "'",
    "#",
    "&a",
    "*a",
    "!!binary",
    "$ref: '#/x'",
    "type: [string, \"null\"]",
    "oneOf: []",
    "allOf: [{}]",
    "nullable: true",
    "enum: [1, null]",
    "\n    ",
    "\t",
    "\u{0}",
    "\u{feff}",
    "é",
    "9999999999999999999999",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::CutLine(a, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::FlipByte(a, b)),
        (any::<usize>(), proptest::sample::select(TOKENS))
            .prop_map(|(a, t)| Mutation::Insert(a, t)),
    ]
}

fn apply(text: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut bytes_flips = Vec::new();
    for m in mutations {
        let n = lines.len().max(1);
        match m {
            Mutation::DeleteLine(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Mutation::DuplicateLine(i) if !lines.is_empty() => {
                let line = lines[i % n].clone();
                lines.insert(i % n, line);
            }
            Mutation::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
            Mutation::CutLine(i, at) if !lines.is_empty() => {
                let line = &mut lines[i % n];
                let mut cut = at % (line.len() + 1);
                while !line.is_char_boundary(cut) {
                    cut -= 1;
                }
                line.truncate(cut);
            }
            Mutation::Insert(i, token) if !lines.is_empty() => {
                let line = &mut lines[i % n];
                let mut at = i % (line.len() + 1);
                while !line.is_char_boundary(at) {
                    at -= 1;
                }
                line.insert_str(at, token);
            }
            Mutation::FlipByte(at, value) => bytes_flips.push((*at, *value)),
            _ => {}
        }
    }
    let mut bytes = lines.join("\n").into_bytes();
    for (at, value) in bytes_flips {
        if !bytes.is_empty() {
            let len = bytes.len();
            bytes[at % len] = value;
        }
    }
    bytes
}

fn specs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut specs = vec![root.join("../spec/openapi.yaml")];
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures"))
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .collect();
    fixtures.sort();
    specs.extend(fixtures);
    specs
}

/// A spec as pretty-printed JSON, `None` for one that is not YAML.
fn as_json(spec: &Path) -> Option<String> {
    let text = std::fs::read_to_string(spec).expect("read spec");
    let value: serde_yaml::Value = serde_yaml::from_str(&text).ok()?;
    serde_json::to_string_pretty(&value).ok()
}

fn check(original: &Path, mutated: &[u8]) -> Result<(), TestCaseError> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz");
    std::fs::create_dir_all(&dir).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let path = dir.join(format!(
        "{}-{:?}.yaml",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::write(&path, mutated).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let outcome = std::panic::catch_unwind(|| generate(&Config::new(&path, "fuzzed")));
    match outcome {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(error)) => {
            prop_assert!(
                error.file.as_deref() == Some(path.as_path()),
                "error without the file: {error}"
            );
            Ok(())
        }
        Err(_) => Err(TestCaseError::fail(format!(
            "generation panicked on a mutation of {}; input kept at {}",
            original.display(),
            path.display()
        ))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_specs_never_panic(spec_index in any::<usize>(), mutations in proptest::collection::vec(mutation(), 1..6)) {
        let specs = specs();
        let spec = &specs[spec_index % specs.len()];
        let text = std::fs::read_to_string(spec).expect("read spec");
        check(spec, &apply(&text, &mutations))?;
    }

    #[test]
    fn mutated_json_specs_never_panic(spec_index in any::<usize>(), mutations in proptest::collection::vec(mutation(), 1..6)) {
        let specs = specs();
        let spec = &specs[spec_index % specs.len()];
        if let Some(text) = as_json(spec) {
            check(spec, &apply(&text, &mutations))?;
        }
    }
}
