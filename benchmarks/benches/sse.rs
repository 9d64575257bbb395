//! SSE decoding throughput of the generated client, next to the floor measured in the same
//! run: serde_json decoding the same payloads into the same type, without the framing.
//!
//! `cargo bench -p benchmarks --bench sse`

use std::collections::VecDeque;

use benchmarks::{chunks, delta_stream};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use futures::StreamExt;
use openai_thread_runs::sse::SseDecoder;
use openai_thread_runs::types::{AssistantStreamEvent, MessageDeltaObject};
use openai_thread_runs::EventStream;

const EVENTS: usize = 20_000;

fn sse(c: &mut Criterion) {
    let (stream, payloads) = delta_stream(EVENTS);
    let network = chunks(&stream, 16 * 1024);
    let mut group = c.benchmark_group("sse");
    group.throughput(Throughput::Bytes(stream.len() as u64));
    group.sample_size(20);

    group.bench_function("typed events (framing + decoding)", |b| {
        b.iter(|| {
            let body = futures::stream::iter(network.clone().into_iter().map(Ok));
            let events = EventStream::<AssistantStreamEvent>::new(body);
            let count = futures::executor::block_on(events.fold(0usize, |n, item| async move {
                black_box(item.expect("event decodes"));
                n + 1
            }));
            assert_eq!(count, EVENTS + 1);
        })
    });

    group.bench_function("framing alone", |b| {
        b.iter(|| {
            let mut decoder = SseDecoder::new();
            let mut ready = VecDeque::new();
            let mut count = 0;
            for chunk in &network {
                decoder.push(chunk, &mut ready);
                count += ready.len();
                ready.clear();
            }
            assert_eq!(count, EVENTS + 1);
        })
    });

    group.bench_function("floor: serde_json, payloads only", |b| {
        b.iter(|| {
            for payload in &payloads {
                black_box(
                    serde_json::from_str::<MessageDeltaObject>(payload).expect("payload decodes"),
                );
            }
        })
    });
    group.finish();
}

criterion_group!(benches, sse);
criterion_main!(benches);
