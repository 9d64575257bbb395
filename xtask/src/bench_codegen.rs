//! `cargo xtask bench-codegen`: generation of large API documents (OpenAI's two specs, and
//! Stripe's, GitHub's and Box's from `../shared/realworld/`), whole spec and every schema,
//! against the parse floor of the same file in the same run: best of N, time of each stage,
//! peak memory, lines emitted, and (unless `--no-build`) the debug build time of the crate,
//! whole and with one group of operations alone (`--group`, `chat` by default: the crate's
//! `default-features = false, features = ["chat"]`) where the crate has that group; with
//! `--cli`, both builds take the command-line program too. Any other document is measured
//! the same way with `--spec PATH`.
//!
//! On a busy machine, instruction counts blur less than wall time: the hidden tasks
//! `peak-memory PATH NAME` (one generation) and `parse-floor PATH` (one parse) run under
//! `valgrind --tool=callgrind` give the same ratio in instructions.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use openapi_generator::{generate, generate_timed, generate_to, Config, StageTimes};

/// A document to measure: its directory beside the repository, its file, its crate's name.
struct Document {
    dir: &'static str,
    file: &'static str,
    name: &'static str,
}

/// A document being measured: where it is, the name its row shows, its crate's name.
struct Measured {
    path: PathBuf,
    file: String,
    name: String,
}

impl Measured {
    fn of(document: &Document) -> Self {
        Measured {
            path: Path::new(document.dir).join(document.file),
            file: document.file.to_owned(),
            name: document.name.to_owned(),
        }
    }

    /// A document given with `--spec`.
    fn given(path: &Path) -> Self {
        let file = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        Measured {
            path: path.to_path_buf(),
            name: "bench-given".to_owned(),
            file,
        }
    }
}

const DOCUMENTS: [Document; 5] = [
    Document {
        dir: "../shared/openai-openapi",
        file: "openapi-3.0.0-2025-04-29.yaml",
        name: "openai-full-30",
    },
    Document {
        dir: "../shared/openai-openapi",
        file: "openapi-3.1.0-2026-08-21.yaml",
        name: "openai-full-31",
    },
    Document {
        dir: "../shared/realworld",
        file: "stripe-spec3.yaml",
        name: "bench-stripe",
    },
    Document {
        dir: "../shared/realworld",
        file: "progenitor-api.github.com.json",
        name: "bench-github",
    },
    Document {
        dir: "../shared/realworld",
        file: "box-openapi.json",
        name: "bench-box",
    },
];

/// The command's options.
#[derive(clap::Args, Clone, Debug)]
pub struct Options {
    /// Runs of each measure; the best is kept.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Skip the debug build of each emitted crate (minutes for the large ones).
    #[arg(long)]
    no_build: bool,
    /// Only the documents whose file name contains this.
    #[arg(long)]
    only: Option<String>,
    /// Measure this OpenAPI document instead of the built-in ones (repeatable).
    #[arg(long = "spec", value_name = "PATH")]
    specs: Vec<PathBuf>,
    /// The group of operations (a feature of the emitted crate) built alone beside the
    /// whole crate, where the crate has it.
    #[arg(long, default_value = "chat")]
    group: String,
    /// Build the command-line program too, in both builds (`--features cli` for the whole
    /// crate, `cli,<group>` for the group alone).
    #[arg(long)]
    cli: bool,
}

impl Options {
    fn as_args(&self) -> Vec<String> {
        let mut args = vec!["--runs".to_owned(), self.runs.to_string()];
        if self.no_build {
            args.push("--no-build".to_owned());
        }
        if let Some(only) = &self.only {
            args.extend(["--only".to_owned(), only.clone()]);
        }
        for spec in &self.specs {
            args.extend(["--spec".to_owned(), spec.display().to_string()]);
        }
        args.extend(["--group".to_owned(), self.group.clone()]);
        if self.cli {
            args.push("--cli".to_owned());
        }
        args
    }

    /// The feature flags of the whole crate's build and of the group's alone.
    fn build_flags(&self) -> (Vec<String>, Vec<String>) {
        let flags = |list: &[&str]| list.iter().map(|f| f.to_string()).collect::<Vec<_>>();
        let alone = |features: &str| flags(&["--no-default-features", "--features", features]);
        match self.cli {
            true => (
                flags(&["--features", "cli"]),
                alone(&format!("cli,{}", self.group)),
            ),
            false => (Vec::new(), alone(&self.group)),
        }
    }
}

/// What one document measured.
struct Row {
    file: String,
    bytes: usize,
    timings: Timings,
    memory_kib: Option<u64>,
    lines: usize,
    /// None when skipped; Some(None) when the build failed.
    build: Option<Option<Build>>,
    /// The build with `--group` alone, when the crate has that feature (as `build`).
    group_build: Option<Option<Build>>,
}

/// The best of each measure over the rounds, and the median of the rounds' ratios of
/// generation to floor.
struct Timings {
    ignored: Duration,
    value: Duration,
    generation: Duration,
    stages: StageTimes,
    median_ratio: f64,
}

/// A debug build of the crate alone: its wall time, and the CPU time (user and system) of
/// cargo and the compilers it ran, which a shared machine blurs less.
#[derive(Clone, Copy)]
pub(crate) struct Build {
    pub wall: Duration,
    pub cpu: Duration,
}

/// Measures every document in a release build of xtask (it re-runs itself so), then prints
/// the tables.
pub fn bench_codegen(options: &Options) -> ExitCode {
    if cfg!(debug_assertions) {
        return rerun_in_release(options);
    }
    let mut rows = Vec::new();
    let documents: Vec<Measured> = match options.specs.is_empty() {
        true => DOCUMENTS
            .iter()
            .filter(|d| {
                options
                    .only
                    .as_deref()
                    .is_none_or(|only| d.file.contains(only))
            })
            .map(Measured::of)
            .collect(),
        false => options.specs.iter().map(|p| Measured::given(p)).collect(),
    };
    for document in &documents {
        eprintln!("==> {}", document.file);
        match measure(document, options) {
            Ok(row) => rows.push(row),
            Err(message) => {
                eprintln!("{message}");
                return ExitCode::FAILURE;
            }
        }
    }
    print_tables(&rows, options.runs);
    print_group_builds(&rows, options);
    ExitCode::SUCCESS
}

fn rerun_in_release(options: &Options) -> ExitCode {
    let status = Command::new(env!("CARGO"))
        .args(["run", "--release", "--quiet", "--package", "xtask", "--"])
        .arg("bench-codegen")
        .args(options.as_args())
        .status();
    match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}

fn config(path: &Path, name: &str) -> Config {
    let mut config = Config::new(path, name);
    config.standalone = true;
    config.all_schemas = true;
    config
}

fn measure(document: &Measured, options: &Options) -> Result<Row, String> {
    let path = &document.path;
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path:?}: {e}"))?;
    let json = text.trim_start().starts_with('{');
    let config = config(path, &document.name);
    let timings = rounds(&config, &text, json, options.runs)?;
    let memory_kib = peak_memory_of(path, &document.name);
    let generated = generate(&config).map_err(|e| e.to_string())?;
    let lines = generated.files.values().map(|t| t.lines().count()).sum();
    let (mut build, mut group_build) = (None, None);
    if !options.no_build {
        let has_group =
            crate::group_features(&generated.files["Cargo.toml"]).contains(&options.group);
        let dir = Path::new("target/bench-codegen").join(&document.name);
        generated.write_to(&dir).map_err(|e| e.to_string())?;
        let target = Path::new("target/bench-codegen-target");
        let (whole, alone) = options.build_flags();
        let (whole, alone) = (as_strs(&whole), as_strs(&alone));
        build = Some(debug_build_time(&dir, &document.name, target, &whole));
        if has_group {
            group_build = Some(debug_build_time(&dir, &document.name, target, &alone));
        }
    }
    Ok(Row {
        file: document.file.clone(),
        bytes: text.len(),
        timings,
        memory_kib,
        lines,
        build,
        group_build,
    })
}

fn as_strs(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// The parse of the file alone (the floor is into `Value`): serde_json for a JSON text,
/// serde_yaml otherwise (how the generator reads it).
fn parse<T: serde::de::DeserializeOwned>(text: &str, json: bool) -> bool {
    if json {
        serde_json::from_str::<T>(text).is_ok()
    } else {
        serde_yaml::from_str::<T>(text).is_ok()
    }
}

/// `runs` rounds, each the parse into `IgnoredAny`, the floor and a generation one after
/// the other, so that a moment when the shared machine runs slow falls on all three alike
/// rather than on one measure's block: the best of each, and the median of the rounds'
/// ratios beside the ratio of the bests.
fn rounds(config: &Config, text: &str, json: bool, runs: usize) -> Result<Timings, String> {
    let mut timings = Timings {
        ignored: Duration::MAX,
        value: Duration::MAX,
        generation: Duration::MAX,
        stages: StageTimes {
            load: Duration::MAX,
            select: Duration::MAX,
            lower: Duration::MAX,
            emit: Duration::MAX,
        },
        median_ratio: 0.0,
    };
    let mut ratios = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let ignored = timed(|| parse::<serde::de::IgnoredAny>(text, json));
        let value = timed(|| parse::<serde_json::Value>(text, json));
        let started = Instant::now();
        let (generated, times) = generate_timed(config).map_err(|e| e.to_string())?;
        let generation = started.elapsed();
        drop(std::hint::black_box(generated));
        ratios.push(generation.as_secs_f64() / value.as_secs_f64().max(1e-9));
        timings.ignored = timings.ignored.min(ignored);
        timings.value = timings.value.min(value);
        timings.generation = timings.generation.min(generation);
        let stages = &mut timings.stages;
        stages.load = stages.load.min(times.load);
        stages.select = stages.select.min(times.select);
        stages.lower = stages.lower.min(times.lower);
        stages.emit = stages.emit.min(times.emit);
    }
    timings.median_ratio = median(ratios);
    Ok(timings)
}

/// The middle value, or the mean of the two middle ones for an even count (`compare-builds`
/// takes it too).
pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => values[middle],
        _ => (values[middle - 1] + values[middle]) / 2.0,
    }
}

/// The wall time of `work`.
fn timed<T>(work: impl FnOnce() -> T) -> Duration {
    let started = Instant::now();
    std::hint::black_box(work());
    started.elapsed()
}

/// Peak memory of one generation, in a fresh process so earlier runs do not count.
fn peak_memory_of(path: &Path, name: &str) -> Option<u64> {
    let output = Command::new(std::env::current_exe().ok()?)
        .arg("peak-memory")
        .arg(path)
        .arg(name)
        .output()
        .ok()?;
    String::from_utf8(output.stdout).ok()?.trim().parse().ok()
}

/// The peak resident memory of this process so far, from /proc (Linux).
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The hidden `peak-memory` task: generate once, as `codegen` does (the files written as
/// they are made, into a temporary directory removed after), and print this process's peak
/// memory.
pub fn peak_memory(path: &Path, name: &str) -> ExitCode {
    let out = std::env::temp_dir().join(format!("peak-memory-{name}-{}", std::process::id()));
    let generated = generate_to(&config(path, name), &out);
    let _ = std::fs::remove_dir_all(&out);
    match generated {
        Ok(_) => {
            println!("{}", peak_memory_kib().unwrap_or(0));
            ExitCode::SUCCESS
        }
        Err(_) => ExitCode::FAILURE,
    }
}

/// The hidden `parse-floor` task: parse the document once into a `Value`, so that
/// `valgrind --tool=callgrind` counts the floor's instructions beside `peak-memory`'s.
pub fn parse_floor(path: &Path) -> ExitCode {
    let Ok(text) = std::fs::read_to_string(path) else {
        return ExitCode::FAILURE;
    };
    let json = text.trim_start().starts_with('{');
    if parse::<serde_json::Value>(&text, json) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The debug build of the crate alone with these feature flags: dependencies are built
/// first, untimed; `CARGO_INCREMENTAL=0`, as a first build or CI compiles.
pub(crate) fn debug_build_time(
    dir: &Path,
    name: &str,
    target: &Path,
    features: &[&str],
) -> Option<Build> {
    let target = std::env::current_dir().ok()?.join(target);
    let cargo = |args: &[&str]| {
        Command::new(env!("CARGO"))
            .args(args)
            .current_dir(dir)
            .env("CARGO_TARGET_DIR", &target)
            .env("CARGO_INCREMENTAL", "0")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .ok()
            .filter(|s| s.success())
    };
    let build: Vec<&str> = ["build", "--quiet"]
        .iter()
        .chain(features)
        .copied()
        .collect();
    cargo(&build)?;
    cargo(&["clean", "--quiet", "--package", name])?;
    let cpu_before = children_cpu()?;
    let started = Instant::now();
    cargo(&build)?;
    Some(Build {
        wall: started.elapsed(),
        cpu: children_cpu()?.checked_sub(cpu_before)?,
    })
}

/// The user and system CPU time of this process's waited-for children and their own, from
/// /proc (Linux; the kernel's clock ticks, 100 a second on Linux's usual configuration).
fn children_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command's name (in parentheses, which may hold spaces):
    // cutime and cstime are the 16th and 17th fields of the line, 14th and 15th after it.
    let after_name = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = fields.get(13)?.parse::<u64>().ok()? + fields.get(14)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn seconds(build: &Option<Option<Build>>) -> String {
    match build {
        None => "skipped".to_owned(),
        Some(None) => "failed".to_owned(),
        Some(Some(b)) => format!(
            "{:.1} s ({:.1} s CPU)",
            b.wall.as_secs_f64(),
            b.cpu.as_secs_f64()
        ),
    }
}

fn ms(duration: Duration) -> String {
    format!("{:.1} ms", duration.as_secs_f64() * 1e3)
}

fn ratio(time: Duration, floor: Duration) -> String {
    format!("{:.1}×", time.as_secs_f64() / floor.as_secs_f64())
}

fn print_tables(rows: &[Row], runs: usize) {
    println!(
        "Best of {runs} rounds (each: the two parses, then a generation); ratios to the parse \
         floor of the same run: the file read into a `serde_json::Value` (what the \
         generator's first step does), by serde_json for JSON, serde_yaml for YAML; \
         `IgnoredAny` (validation alone) beside it. The ratio is the best generation's to the \
         best floor; the median is that of each round's own ratio.\n"
    );
    println!("| document | size | parse into IgnoredAny | parse floor (into Value) | generate | ratio | median ratio | peak memory | lines emitted | debug build of the crate |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for row in rows {
        let t = &row.timings;
        println!(
            "| {} | {:.1} MB | {} | {} | {} | {} | {:.1}× | {} | {} | {} |",
            row.file,
            row.bytes as f64 / 1e6,
            ms(t.ignored),
            ms(t.value),
            ms(t.generation),
            ratio(t.generation, t.value),
            t.median_ratio,
            row.memory_kib.map_or("?".to_owned(), |kib| format!(
                "{:.0} MiB",
                kib as f64 / 1024.0
            )),
            row.lines,
            seconds(&row.build),
        );
    }
    print_stages(rows, runs);
}

/// The build with one group alone against the whole crate's, for the crates that have the
/// group.
fn print_group_builds(rows: &[Row], options: &Options) {
    let rows: Vec<&Row> = rows.iter().filter(|r| r.group_build.is_some()).collect();
    if rows.is_empty() {
        return;
    }
    let (whole, alone) = options.build_flags();
    let what = match options.cli {
        true => "the crate alone and its program",
        false => "the crate alone",
    };
    println!(
        "\nDebug build of {what} (`CARGO_INCREMENTAL=0`, dependencies built), whole ({}) \
         and with `{}`:\n",
        match whole.is_empty() {
            true => "default features".to_owned(),
            false => format!("`{}`", whole.join(" ")),
        },
        alone.join(" ")
    );
    let group = &options.group;
    println!("| document | whole crate | `{group}` alone | ratio (wall) | ratio (CPU) |");
    println!("|---|---:|---:|---:|---:|");
    for row in rows {
        let ratios = match (row.build, row.group_build) {
            (Some(Some(whole)), Some(Some(group))) => format!(
                "{:.0} % | {:.0} %",
                100.0 * group.wall.as_secs_f64() / whole.wall.as_secs_f64(),
                100.0 * group.cpu.as_secs_f64() / whole.cpu.as_secs_f64().max(1e-3)
            ),
            _ => "? | ?".to_owned(),
        };
        println!(
            "| {} | {} | {} | {ratios} |",
            row.file,
            seconds(&row.build),
            seconds(&row.group_build)
        );
    }
}

/// Each stage's best time, and its ratio to the floor.
fn print_stages(rows: &[Row], runs: usize) {
    println!("\nStages (best of {runs} rounds each), and their ratio to the parse floor:\n");
    println!("| document | load | select | lower | emit |");
    println!("|---|---:|---:|---:|---:|");
    for row in rows {
        let stage = |t: Duration| format!("{} ({})", ms(t), ratio(t, row.timings.value));
        let s = &row.timings.stages;
        println!(
            "| {} | {} | {} | {} | {} |",
            row.file,
            stage(s.load),
            stage(s.select),
            stage(s.lower),
            stage(s.emit)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_is_the_middle_round() {
        assert_eq!(median(vec![0.7, 0.5, 0.6]), 0.6);
        assert_eq!(median(vec![0.6, 0.4]), 0.5);
        assert!(median(Vec::new()).is_nan());
    }
}
