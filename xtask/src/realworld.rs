//! `cargo xtask realworld`: every OpenAPI document in `../shared/realworld/` (written by other
//! teams) through the generator, each into a crate that clippy must pass with no error and no
//! warning (the large ones too: clippy takes about what `cargo check` takes, and only it saw
//! `len() < 1` and doc lines that continue a list unindented). One table row per document:
//! operations, generation time against the parse of the same file in the same run, lines
//! emitted, clippy's time, and the generator's warnings by kind.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use openapi_generator::{generate, Config};

/// Where the documents are, beside the repository.
const DOCUMENTS: &str = "../shared/realworld";

/// What happened to one document.
struct Row {
    file: String,
    operations: usize,
    parse: Duration,
    generation: Duration,
    lines: usize,
    check: Duration,
    errors: usize,
    warnings: usize,
    generator_warnings: Vec<String>,
}

/// Runs every document (or those whose file name contains `only`); fails if any does.
pub fn realworld(only: Option<&str>) -> ExitCode {
    let documents = match documents(only) {
        Ok(documents) => documents,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    if documents.is_empty() {
        eprintln!("error: no OpenAPI document found in {DOCUMENTS}");
        return ExitCode::FAILURE;
    }
    let target = Path::new("target")
        .canonicalize()
        .unwrap_or_else(|_| "target".into());
    let mut rows = Vec::new();
    let mut failed = false;
    for path in documents {
        match run_document(&path, &target) {
            Ok(row) => {
                failed |= row.errors + row.warnings > 0;
                rows.push(row);
            }
            Err(message) => {
                eprintln!("{message}");
                failed = true;
            }
        }
    }
    print_table(&rows);
    if failed {
        eprintln!("==> some documents did not give a clean crate (see above)");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The OpenAPI documents of the folder, by name; other files (Stripe's fixtures, notes) are
/// passed over with a line saying so.
fn documents(only: Option<&str>) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(DOCUMENTS).map_err(|e| format!("cannot list {DOCUMENTS}: {e}"))?;
    let mut documents: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("json" | "yaml" | "yml")
            )
        })
        .filter(|path| only.is_none_or(|only| file_name(path).contains(only)))
        .collect();
    documents.sort();
    documents.retain(|path| {
        let is_spec = looks_like_openapi(path);
        if !is_spec {
            println!(
                "==> {}: not an OpenAPI document; passed over",
                file_name(path)
            );
        }
        is_spec
    });
    Ok(documents)
}

/// Whether a file declares `openapi` (or `swagger`) at its top level, without parsing it
/// whole: YAML keeps the key at the start of a line (anywhere: Stripe's comes last), JSON as a
/// quoted key.
pub(crate) fn looks_like_openapi(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    let yaml_key = text
        .lines()
        .any(|line| line.starts_with("openapi:") || line.starts_with("swagger:"));
    yaml_key || text.contains("\"openapi\":") || text.contains("\"swagger\":")
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A package name from a file name: `progenitor-api.github.com.json` → `rw-progenitor-api-github-com-json`.
fn crate_name(file: &str) -> String {
    let mut name = String::from("rw-");
    for c in file.chars() {
        match c {
            'a'..='z' | '0'..='9' => name.push(c),
            'A'..='Z' => name.push(c.to_ascii_lowercase()),
            _ if !name.ends_with('-') => name.push('-'),
            _ => {}
        }
    }
    name.trim_end_matches('-').to_owned()
}

fn run_document(path: &Path, target: &Path) -> Result<Row, String> {
    let file = file_name(path);
    let name = crate_name(&file);
    println!("==> {file} → target/realworld/{name}");
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {file}: {e}"))?;
    let is_json = path.extension().is_some_and(|e| e == "json");
    let parse = timed(|| {
        if is_json {
            serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok()
        } else {
            serde_yaml::from_str::<serde::de::IgnoredAny>(&text).is_ok()
        }
    });
    let mut config = Config::new(path, &name);
    config.standalone = true;
    let started = Instant::now();
    let generated = generate(&config).map_err(|e| format!("{e}"))?;
    let generation = started.elapsed();
    let generator_warnings = generated.warnings.summary();
    let lines = generated.files.values().map(|t| t.lines().count()).sum();
    let dir = Path::new("target/realworld").join(&name);
    generated.write_to(&dir).map_err(|e| format!("{e}"))?;
    let operations = count_operations(&generated.files);
    let started = Instant::now();
    let (errors, warnings, diagnostics) = check_crate(&dir, target, "clippy")?;
    let check = started.elapsed();
    if errors + warnings > 0 {
        eprintln!("{diagnostics}");
    }
    Ok(Row {
        file,
        operations,
        parse,
        generation,
        lines,
        check,
        errors,
        warnings,
        generator_warnings,
    })
}

/// The operations, counted in the emitted operations module: every method returning a
/// `Call` (the `_stream` and `_until_done` helpers are `async fn`s, not counted).
fn count_operations(files: &std::collections::BTreeMap<String, String>) -> usize {
    files
        .iter()
        .filter(|(path, _)| path.starts_with("src/operations"))
        .map(|(_, text)| text.matches("-> Call<").count())
        .sum()
}

/// `cargo check` or `cargo clippy` on the crate: (errors, warnings, diagnostics).
pub(crate) fn check_crate(
    dir: &Path,
    target: &Path,
    how: &str,
) -> Result<(usize, usize, String), String> {
    let mut command = Command::new(env!("CARGO"));
    command
        .arg(how)
        .args(["--quiet", "--all-features", "--message-format", "short"]);
    if how == "clippy" {
        // Counted here rather than turned into errors by -D warnings, so the table shows both.
        command.arg("--all-targets");
    }
    let output = command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let diagnostics = String::from_utf8_lossy(&output.stderr).into_owned();
    let count = |kind: &str| diagnostics.lines().filter(|l| l.contains(kind)).count();
    let errors = count(": error");
    let warnings = count(": warning");
    // A failure without a counted diagnostic (a manifest error, say) still counts.
    let errors = if output.status.success() {
        errors
    } else {
        errors.max(1)
    };
    Ok((errors, warnings, diagnostics))
}

fn timed<T>(work: impl FnOnce() -> T) -> Duration {
    let started = Instant::now();
    std::hint::black_box(work());
    started.elapsed()
}

fn print_table(rows: &[Row]) {
    println!();
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!("Generation timed in a {profile} build of xtask, against serde_json/serde_yaml parsing the same file.");
    println!("| document | operations | parse | generate | ratio | lines | clippy | errors | warnings | generator warnings |");
    println!("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|");
    for row in rows {
        println!(
            "| {} | {} | {:.1} ms | {:.1} ms | {:.1}× | {} | {:.1} s | {} | {} | {} kinds |",
            row.file,
            row.operations,
            ms(row.parse),
            ms(row.generation),
            row.generation.as_secs_f64() / row.parse.as_secs_f64().max(1e-9),
            row.lines,
            row.check.as_secs_f64(),
            row.errors,
            row.warnings,
            row.generator_warnings.len(),
        );
    }
    println!();
    for row in rows.iter().filter(|r| !r.generator_warnings.is_empty()) {
        println!("{}: generator warnings by kind", row.file);
        for line in &row.generator_warnings {
            println!("  {line}");
        }
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}
