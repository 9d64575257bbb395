//! OpenAI's whole published specs through the generator: `cargo xtask full-spec` (does each
//! crate compile with no warning, and what of the corpus do its types decode) and
//! `cargo xtask bench-codegen` (time and memory of generation against the parse floor,
//! lines emitted, debug build time of the emitted crate).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use openapi_generator::{generate, Config};

/// The published specs, beside the repository.
pub const SPECS: [(&str, &str); 2] = [
    ("openapi-3.0.0-2025-04-29.yaml", "openai-full-30"),
    ("openapi-3.1.0-2026-08-21.yaml", "openai-full-31"),
];

fn spec_path(file: &str) -> PathBuf {
    Path::new("../shared/openai-openapi").join(file)
}

fn crate_dir(name: &str) -> PathBuf {
    Path::new("target/full-spec").join(name)
}

/// The configuration beside a spec, if the repository has one (`spec/openai-3.1.toml` for
/// the 3.1 document: pollers and resource groups, which the published spec cannot say).
const CONFIGS: [(&str, &str); 1] = [("openapi-3.1.0-2026-08-21.yaml", "spec/openai-3.1.toml")];

fn config(file: &str, name: &str) -> Result<Config, openapi_generator::Error> {
    let mut config = Config::new(spec_path(file), name);
    if let Some((_, path)) = CONFIGS.iter().find(|(spec, _)| *spec == file) {
        openapi_generator::apply_config_file(&mut config, Path::new(path))?;
    }
    config.standalone = true;
    config.all_schemas = true;
    Ok(config)
}

/// Generates both specs, checks that each crate compiles without a warning, and runs the
/// corpus through each crate's types.
pub fn full_spec(corpus: bool) -> ExitCode {
    let target = Path::new("target")
        .canonicalize()
        .unwrap_or_else(|_| "target".into());
    for (file, name) in SPECS {
        let dir = crate_dir(name);
        println!("==> {file} → {}", dir.display());
        let generated = match config(file, name).and_then(|config| generate(&config)) {
            Ok(generated) => generated,
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::FAILURE;
            }
        };
        let summary = generated.warnings.summary();
        println!(
            "    {} files; {} kinds of warning",
            generated.files.len(),
            summary.len()
        );
        for line in summary {
            println!("    {line}");
        }
        if let Err(error) = generated.write_to(&dir) {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
        let output = Command::new(env!("CARGO"))
            .args([
                "check",
                "--quiet",
                "--all-features",
                "--message-format",
                "short",
            ])
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target)
            .output();
        let output = match output {
            Ok(output) => output,
            Err(error) => {
                eprintln!("cannot run cargo: {error}");
                return ExitCode::FAILURE;
            }
        };
        let diagnostics = String::from_utf8_lossy(&output.stderr);
        let errors = diagnostics
            .lines()
            .filter(|l| l.contains(": error"))
            .count();
        let warnings = diagnostics
            .lines()
            .filter(|l| l.contains(": warning"))
            .count();
        println!("    cargo check: {errors} errors, {warnings} warnings");
        if !output.status.success() || errors + warnings > 0 {
            eprintln!("{diagnostics}");
            return ExitCode::FAILURE;
        }
        if corpus && !run_corpus(&dir, name, &target) {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn run_corpus(dir: &Path, name: &str, target: &Path) -> bool {
    let template =
        include_str!("../templates/corpus_example.rs").replace("CRATE", &name.replace('-', "_"));
    let examples = dir.join("examples");
    if std::fs::create_dir_all(&examples)
        .and_then(|()| std::fs::write(examples.join("corpus.rs"), template))
        .is_err()
    {
        eprintln!("cannot write the corpus example");
        return false;
    }
    let corpus = Path::new("../shared/corpus")
        .canonicalize()
        .unwrap_or_else(|_| "../shared/corpus".into());
    println!("    corpus through {name}'s types:");
    let status = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "corpus", "--"])
        .arg(&corpus)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .status();
    matches!(status, Ok(status) if status.success())
}

/// Best of `runs` wall times of `work`.
fn best_of<T>(runs: usize, mut work: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(work());
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// The peak resident memory of this process so far, from /proc (Linux).
pub fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// `cargo xtask bench-codegen`: measured in a release build of xtask (it re-runs itself so).
pub fn bench_codegen() -> ExitCode {
    if cfg!(debug_assertions) {
        let status = Command::new(env!("CARGO"))
            .args([
                "run",
                "--release",
                "--quiet",
                "--package",
                "xtask",
                "--",
                "bench-codegen",
            ])
            .status();
        return match status {
            Ok(status) if status.success() => ExitCode::SUCCESS,
            _ => ExitCode::FAILURE,
        };
    }
    let target = Path::new("target/bench-codegen-target");
    println!("| spec | parse floor | generate | ratio | peak memory | lines emitted | debug build of the crate |");
    println!("|---|---|---|---|---|---|---|");
    for (file, name) in SPECS {
        let text = match std::fs::read_to_string(spec_path(file)) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("cannot read {file}: {error}");
                return ExitCode::FAILURE;
            }
        };
        let floor = best_of(5, || {
            serde_yaml::from_str::<serde::de::IgnoredAny>(&text).is_ok()
        });
        let config = match config(file, name) {
            Ok(config) => config,
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::FAILURE;
            }
        };
        let generation = best_of(5, || generate(&config).is_ok());
        // Peak memory of one generation, in a fresh process so earlier runs do not count.
        let memory = Command::new(std::env::current_exe().unwrap_or_else(|_| "xtask".into()))
            .args(["peak-memory", file, name])
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|s| s.trim().parse::<u64>().ok());
        let Ok(generated) = generate(&config) else {
            eprintln!("generation failed for {file}");
            return ExitCode::FAILURE;
        };
        let lines: usize = generated
            .files
            .values()
            .map(|text| text.lines().count())
            .sum();
        let dir = crate_dir(name);
        if generated.write_to(&dir).is_err() {
            return ExitCode::FAILURE;
        }
        let build_time = debug_build_time(&dir, name, target);
        println!(
            "| {file} | {:.1} ms | {:.1} ms | {:.1}× | {} | {lines} | {} |",
            floor.as_secs_f64() * 1e3,
            generation.as_secs_f64() * 1e3,
            generation.as_secs_f64() / floor.as_secs_f64(),
            memory.map_or("?".to_owned(), |kib| format!(
                "{:.0} MiB",
                kib as f64 / 1024.0
            )),
            build_time.map_or("failed".to_owned(), |t| format!("{:.1} s", t.as_secs_f64())),
        );
    }
    ExitCode::SUCCESS
}

/// The debug build time of the crate alone: dependencies are built first, untimed.
fn debug_build_time(dir: &Path, name: &str, target: &Path) -> Option<Duration> {
    let target = std::env::current_dir().ok()?.join(target);
    let cargo = |args: &[&str]| {
        Command::new(env!("CARGO"))
            .args(args)
            .current_dir(dir)
            .env("CARGO_TARGET_DIR", &target)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .ok()
            .filter(|s| s.success())
    };
    cargo(&["build", "--quiet"])?;
    cargo(&["clean", "--quiet", "--package", name])?;
    let started = Instant::now();
    cargo(&["build", "--quiet"])?;
    Some(started.elapsed())
}

/// The hidden `peak-memory` task: generate once and print this process's peak memory.
pub fn peak_memory(file: &str, name: &str) -> ExitCode {
    match config(file, name).and_then(|config| generate(&config)) {
        Ok(_) => {
            println!("{}", peak_memory_kib().unwrap_or(0));
            ExitCode::SUCCESS
        }
        Err(_) => ExitCode::FAILURE,
    }
}
