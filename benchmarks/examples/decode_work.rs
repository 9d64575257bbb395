//! Decodes the corpus runs (or message deltas) a fixed number of times with one decoder, so
//! that `perf stat -e instructions:u` can compare decoders by the work they do, which a busy
//! machine does not blur the way it blurs wall time:
//!
//! `perf stat -e instructions:u cargo run --release -p benchmarks --example decode_work -- ours run`
//!
//! Decoders: `ours` (as the client decodes answers, with the crate's JSON reader),
//! `ours-serde` (`serde_json::from_str` into the same types), `async-openai`, `floor`; inputs:
//! `run`, `delta`.

use std::hint::black_box;

use async_openai::types::assistants as peer;
use benchmarks::corpus_files;
use openai_thread_runs::types as ours;
use serde::de::{DeserializeOwned, IgnoredAny};

/// Rounds over the inputs (`DECODE_ROUNDS`, default 200,000).
fn rounds() -> usize {
    std::env::var("DECODE_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200_000)
}

fn run<T: DeserializeOwned>(inputs: &[String]) {
    for _ in 0..rounds() {
        for input in inputs {
            black_box(&serde_json::from_str::<T>(input));
        }
    }
}

/// Decodes as the client decodes answers: the crate's own JSON reader.
fn run_client<T: openai_thread_runs::json::FromJson>(inputs: &[String]) {
    for _ in 0..rounds() {
        for input in inputs {
            black_box(&openai_thread_runs::json::from_str::<T>(input));
        }
    }
}

/// The corpus files both sides decode, as the decode benchmark takes them.
fn inputs<Ours: DeserializeOwned, Peer: DeserializeOwned>(prefix: &str) -> Vec<String> {
    corpus_files(prefix)
        .into_iter()
        .map(|(_, text)| text)
        .filter(|text| {
            serde_json::from_str::<Ours>(text).is_ok() && serde_json::from_str::<Peer>(text).is_ok()
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let decoder = args.first().map_or("ours", String::as_str);
    let input = args.get(1).map_or("run", String::as_str);
    match input {
        "delta" => {
            let texts = inputs::<ours::MessageDeltaObject, peer::MessageDeltaObject>(
                "stream_event__thread.message.delta__",
            );
            match decoder {
                "async-openai" => run::<peer::MessageDeltaObject>(&texts),
                "floor" => run::<IgnoredAny>(&texts),
                "ours-serde" => run::<ours::MessageDeltaObject>(&texts),
                _ => run_client::<ours::MessageDeltaObject>(&texts),
            }
        }
        _ => {
            let texts = inputs::<ours::RunObject, peer::RunObject>("run_object__");
            match decoder {
                "async-openai" => run::<peer::RunObject>(&texts),
                "floor" => run::<IgnoredAny>(&texts),
                "ours-serde" => run::<ours::RunObject>(&texts),
                _ => run_client::<ours::RunObject>(&texts),
            }
        }
    }
}
