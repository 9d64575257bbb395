//! Generation time against spec size: the repository's spec with its components copied
//! 1, 4 and 16 times (renamed, references rewritten), next to the floor measured in the
//! same run: parsing the same text with serde_yaml. Time per copy should stay flat if
//! nothing in the generator is quadratic.
//!
//! `cargo bench -p benchmarks --bench codegen`

use std::path::{Path, PathBuf};

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use openapi_generator::{generate, Config};
use serde_json::{Map, Value};

const PREFIX: &str = "#/components/schemas/";

/// Renames every `$ref` to a component `X` into `X{suffix}`.
fn rewrite_refs(value: &mut Value, suffix: &str) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match (key.as_str(), child) {
                    ("$ref", Value::String(reference)) if reference.starts_with(PREFIX) => {
                        reference.push_str(suffix);
                    }
                    (_, child) => rewrite_refs(child, suffix),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rewrite_refs(item, suffix)),
        _ => {}
    }
}

/// A components-only document with `copies` renamed copies of the spec's schemas.
fn scaled_spec(copies: usize) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let text = std::fs::read_to_string(root.join("spec/openapi.yaml")).expect("read spec");
    let spec: Value = serde_yaml::from_str(&text).expect("parse spec");
    let schemas = spec["components"]["schemas"]
        .as_object()
        .expect("schemas")
        .clone();
    let mut merged = Map::new();
    for copy in 0..copies {
        let suffix = format!("Copy{copy}");
        for (name, schema) in &schemas {
            let mut schema = schema.clone();
            rewrite_refs(&mut schema, &suffix);
            merged.insert(format!("{name}{suffix}"), schema);
        }
    }
    let document = serde_json::json!({
        "openapi": "3.1.0",
        "info": {"title": "scaled", "version": "1"},
        "paths": {},
        "components": {"schemas": merged},
    });
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("scaled-{copies}.json"));
    std::fs::write(
        &path,
        serde_json::to_string_pretty(&document).expect("json"),
    )
    .expect("write");
    path
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("codegen_scaling");
    group.sample_size(10);
    for copies in [1, 4, 16] {
        let path = scaled_spec(copies);
        let text = std::fs::read_to_string(&path).expect("read");
        group.throughput(Throughput::Elements(copies as u64));
        group.bench_with_input(BenchmarkId::new("generate", copies), &path, |b, path| {
            b.iter(|| black_box(generate(&Config::new(path, "scaled")).expect("generates")))
        });
        group.bench_with_input(
            BenchmarkId::new("floor: serde_yaml parse", copies),
            &text,
            |b, text| b.iter(|| black_box(serde_yaml::from_str::<Value>(text).expect("parses"))),
        );
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
