//! OpenAI's whole published specs through the generator: `cargo xtask full-spec` (does each
//! crate compile with no warning, whole and with its `chat` group of operations alone, with
//! and without the command line, and what of the corpus do its types decode). Their
//! generation speed is `cargo xtask bench-codegen`'s (`bench_codegen.rs`).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

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
        let generated_manifest = generated.files["Cargo.toml"].clone();
        if let Err(error) = generated.write_to(&dir) {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
        if !checks_cleanly(&dir, &target, &["--all-features"]) {
            return ExitCode::FAILURE;
        }
        // One group of operations alone, as a user of that group builds it.
        let groups = crate::group_features(&generated_manifest);
        if !groups.iter().any(|g| g == ONE_GROUP) {
            eprintln!("the crate has no group `{ONE_GROUP}` (its features: {groups:?})");
            return ExitCode::FAILURE;
        }
        if !checks_cleanly(
            &dir,
            &target,
            &["--no-default-features", "--features", ONE_GROUP],
        ) {
            return ExitCode::FAILURE;
        }
        // And its command line: that group's commands alone.
        let with_cli = format!("cli,{ONE_GROUP}");
        if !checks_cleanly(
            &dir,
            &target,
            &["--no-default-features", "--features", &with_cli],
        ) {
            return ExitCode::FAILURE;
        }
        if corpus && !run_corpus(&dir, name, &target) {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// The group checked alone beside the whole crate.
const ONE_GROUP: &str = "chat";

/// `cargo check` of the crate with these feature flags: no error, no warning.
fn checks_cleanly(dir: &Path, target: &Path, features: &[&str]) -> bool {
    let output = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--message-format", "short"])
        .args(features)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => {
            eprintln!("cannot run cargo: {error}");
            return false;
        }
    };
    let diagnostics = String::from_utf8_lossy(&output.stderr);
    let count = |kind: &str| diagnostics.lines().filter(|l| l.contains(kind)).count();
    let (errors, warnings) = (count(": error"), count(": warning"));
    println!(
        "    cargo check {}: {errors} errors, {warnings} warnings",
        features.join(" ")
    );
    if !output.status.success() || errors + warnings > 0 {
        eprintln!("{diagnostics}");
        return false;
    }
    true
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
