//! Decoding what the API sends, from the same bytes, with (a) our generated types as the
//! client decodes answers (the crate's own JSON reader, `json::from_str`), and through
//! `serde_json::from_str`, (b) async-openai 0.41's hand-written types, (c) `serde_json::Value` and (d) the floor:
//! serde_json skipping the input (`IgnoredAny`). And serialising a full request, ours
//! against async-openai's. Throughput in MiB/s; ratios in BENCHMARKS.md.
//!
//! `cargo bench -p benchmarks --bench decode`

use async_openai::types::assistants as peer;
use benchmarks::{corpus_files, delta_stream, event_texts};
use criterion::measurement::WallTime;
use criterion::{
    black_box, criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput,
};
use openai_thread_runs::json::FromJson;
use openai_thread_runs::types as ours;
use serde::de::{DeserializeOwned, IgnoredAny};

/// The five decoders over `inputs`, as one group.
fn decoders<Ours: FromJson, Peer: DeserializeOwned>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    inputs: &[String],
) {
    let bytes: usize = inputs.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("ours", |b| {
        b.iter(|| {
            for input in inputs {
                keep(openai_thread_runs::json::from_str::<Ours>(input));
            }
        })
    });
    group.bench_function("ours: serde_json::from_str", |b| {
        b.iter(|| decode_all::<Ours>(inputs))
    });
    group.bench_function("async-openai", |b| b.iter(|| decode_all::<Peer>(inputs)));
    group.bench_function("serde_json::Value", |b| {
        b.iter(|| decode_all::<serde_json::Value>(inputs))
    });
    group.bench_function("floor: IgnoredAny", |b| {
        b.iter(|| decode_all::<IgnoredAny>(inputs))
    });
}

fn decode_all<T: DeserializeOwned>(inputs: &[String]) {
    for input in inputs {
        keep(serde_json::from_str::<T>(input));
    }
}

/// Keeps a decoded value from being optimised away by lending it to `black_box`, not
/// moving it: a by-value `black_box(..expect(..))` copies the value twice, which is the
/// harness's cost, not the decoder's (two copies of our 944-byte `RunObject`, of
/// async-openai's 608 bytes, none for the floor).
#[inline(always)]
fn keep<T, E: std::fmt::Display>(decoded: Result<T, E>) {
    black_box(&decoded);
    if let Err(error) = decoded {
        panic!("does not decode: {error}");
    }
}

/// Inputs both sides decode (async-openai rejects many real runs: `instructions: null`, no
/// `parallel_tool_calls`), repeated to about `target` bytes.
fn common<Ours: DeserializeOwned, Peer: DeserializeOwned>(
    files: Vec<(String, String)>,
    target: usize,
) -> Vec<String> {
    let total = files.len();
    let both: Vec<String> = files
        .into_iter()
        .filter(|(_, text)| {
            serde_json::from_str::<Ours>(text).is_ok() && serde_json::from_str::<Peer>(text).is_ok()
        })
        .map(|(_, text)| text)
        .collect();
    eprintln!("{} of {total} corpus files decode with both", both.len());
    assert!(!both.is_empty());
    let size: usize = both.iter().map(String::len).sum();
    both.iter()
        .cycle()
        .take(both.len() * (target / size).max(1))
        .cloned()
        .collect()
}

fn decode(c: &mut Criterion) {
    let runs = common::<ours::RunObject, peer::RunObject>(corpus_files("run_object__"), 1 << 20);
    let mut group = c.benchmark_group("decode RunObject");
    group.sample_size(20);
    decoders::<ours::RunObject, peer::RunObject>(&mut group, &runs);
    group.finish();

    let deltas = common::<ours::MessageDeltaObject, peer::MessageDeltaObject>(
        corpus_files("stream_event__thread.message.delta__"),
        1 << 20,
    );
    let mut group = c.benchmark_group("decode MessageDeltaObject");
    group.sample_size(20);
    decoders::<ours::MessageDeltaObject, peer::MessageDeltaObject>(&mut group, &deltas);
    group.finish();

    let (stream, _) = delta_stream(20_000);
    let events = event_texts(&stream);
    let mut group = c.benchmark_group("decode stream events");
    group.sample_size(20);
    decoders::<ours::AssistantStreamEvent, peer::AssistantStreamEvent>(&mut group, &events);
    group.finish();
}

fn serialize(c: &mut Criterion) {
    let text = corpus_files(
        "create_thread_and_run_request__openai_python_create_and_run_with_all_params_overload_1",
    )
    .pop()
    .expect("the all-params request")
    .1;
    let ours: ours::CreateThreadAndRunRequest = serde_json::from_str(&text).expect("ours decodes");
    let peer: peer::CreateThreadAndRunRequest =
        serde_json::from_str(&text).expect("async-openai decodes");
    let mut group = c.benchmark_group("serialize CreateThreadAndRunRequest");
    group.throughput(Throughput::Bytes(
        serde_json::to_vec(&ours).expect("encodes").len() as u64,
    ));
    group.bench_function("ours", |b| {
        b.iter(|| black_box(serde_json::to_vec(&ours).expect("encodes")))
    });
    group.bench_function("async-openai", |b| {
        b.iter(|| black_box(serde_json::to_vec(&peer).expect("encodes")))
    });
    group.finish();
}

criterion_group!(benches, decode, serialize);
criterion_main!(benches);
