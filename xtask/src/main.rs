//! `cargo xtask`: the maintainers' commands.
//!
//! - `cargo xtask codegen`: regenerate `generated/` from `spec/openapi.yaml` and
//!   `spec/generator.toml`.
//! - `cargo xtask codegen --check`: fail, naming the files, if `generated/` is stale.
//! - `cargo xtask codegen --spec FILE [--config FILE] --out DIR`: any spec into a standalone
//!   crate at DIR.
//! - `cargo xtask test`: everything CI checks, in order.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};
use openapi_generator::command::{generate_into, Args as GeneratorArgs, PackageArgs};
use openapi_generator::Config;

use xtask::{CRATE_NAME, SPEC};

mod bench_codegen;
mod compare_builds;
mod compat;
mod directory;
mod full_spec;
mod realworld;
mod round_trip;

#[derive(Parser)]
#[command(about = "Maintainer tasks for the OpenAPI generator")]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Generate a Rust crate from an OpenAPI document.
    Codegen(Box<Codegen>),
    /// Run every check CI runs: freshness of generated/, clippy, and the tests.
    Test,
    /// OpenAI's full specs: generate both, check they compile without warnings, decode the
    /// corpus with their types.
    FullSpec {
        /// Only generate and check; do not run the corpus.
        #[arg(long)]
        no_corpus: bool,
    },
    /// Every document in ../shared/realworld/ → a crate that clippy passes with no error and
    /// no warning; a table of times, lines and generator warnings.
    Realworld {
        /// Only the documents whose file name contains this.
        #[arg(long)]
        only: Option<String>,
    },
    /// Every OpenAPI document under a folder of many (APIs.guru's collection): how many
    /// generate, are refused (and why) or panic; `--check N` lints N of the crates.
    Directory(directory::Options),
    /// Stripe's example objects decoded with the types generated from its spec (every
    /// schema) and written back: each must come out as it went in.
    RoundTrip,
    /// A user's code written for tests/compat/v1.yaml's crate compiles against v2's
    /// (compatible changes) and fails against v3's (breaking changes).
    Compat,
    /// Time (by stage) and memory of generating large documents (OpenAI, Stripe, GitHub,
    /// Box), whole spec and every schema, against the parse floor of the same file.
    BenchCodegen(bench_codegen::Options),
    /// The debug build of two crates, each alone, in alternating rounds: the ratio of the
    /// second's to the first's (an earlier generator's crate against today's).
    CompareBuilds(compare_builds::Options),
    /// (Internal to bench-codegen.) Generate once and print the peak memory in KiB.
    #[command(hide = true)]
    PeakMemory { path: PathBuf, name: String },
    /// (For instruction counts beside bench-codegen.) Parse a document once, as its floor.
    #[command(hide = true)]
    ParseFloor { path: PathBuf },
}

#[derive(clap::Args)]
struct Codegen {
    /// The OpenAPI document (YAML or JSON). Default: this repository's spec.
    #[arg(long)]
    spec: Option<PathBuf>,
    /// The generator's configuration file (TOML). Default: spec/generator.toml for this
    /// repository's spec, none for another.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Where to write the crate. Default: generated/ (with --spec or --config: required).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Write nothing; exit non-zero and name the files if the output is stale.
    #[arg(long)]
    check: bool,
    /// Generate only these operations (operationIds, comma-separated).
    #[arg(long, value_delimiter = ',', conflicts_with = "tags")]
    operations: Vec<String>,
    /// Generate only operations with these tags (comma-separated).
    #[arg(long, value_delimiter = ',')]
    tags: Vec<String>,
    /// The generated crate's package name.
    #[arg(long)]
    crate_name: Option<String>,
    /// Generate every component schema, not only those the selected operations reach.
    #[arg(long)]
    all_schemas: bool,
    #[command(flatten)]
    package: PackageArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Paths are relative to the repository root, wherever cargo was run from.
    if let Err(message) = std::env::set_current_dir(xtask::repository_root()) {
        eprintln!("error: cannot enter the repository root: {message}");
        return ExitCode::FAILURE;
    }
    match cli.command {
        Task::Codegen(args) => codegen(args),
        Task::Test => test(),
        Task::FullSpec { no_corpus } => full_spec::full_spec(!no_corpus),
        Task::Realworld { only } => realworld::realworld(only.as_deref()),
        Task::Directory(options) => directory::directory(&options),
        Task::RoundTrip => round_trip::round_trip(),
        Task::Compat => compat::compat(),
        Task::BenchCodegen(options) => bench_codegen::bench_codegen(&options),
        Task::CompareBuilds(options) => compare_builds::compare_builds(&options),
        Task::PeakMemory { path, name } => bench_codegen::peak_memory(&path, &name),
        Task::ParseFloor { path } => bench_codegen::parse_floor(&path),
    }
}

fn codegen(args: Box<Codegen>) -> ExitCode {
    let args = *args;
    if args.spec.is_none() && args.config.is_none() {
        if args.out.is_some() || args.crate_name.is_some() {
            eprintln!("error: --out and --crate-name go with --spec or --config");
            return ExitCode::from(2);
        }
        return repository_crates(args.check);
    }
    let Some(out) = args.out else {
        eprintln!("error: --spec needs --out DIR (generated/ is for this repository's spec)");
        return ExitCode::from(2);
    };
    let generator = GeneratorArgs {
        spec: args.spec,
        config: args.config,
        out,
        crate_name: args.crate_name,
        check: args.check,
        operations: args.operations,
        tags: args.tags,
        all_schemas: args.all_schemas,
        in_workspace: false,
        package: args.package,
    };
    match generator.config() {
        Ok(config) => generate_into(&config, &generator.out, generator.check),
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

/// This repository's checked-in crates: generated/ and the wire-format test client.
fn repository_crates(check: bool) -> ExitCode {
    let crates = match xtask::checked_in_crates(Path::new(".")) {
        Ok(crates) => crates,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let mut status = ExitCode::SUCCESS;
    for (config, out) in crates {
        let out = out.strip_prefix(".").unwrap_or(&out).to_path_buf();
        if generate_into(&config, &out, check) != ExitCode::SUCCESS {
            status = ExitCode::FAILURE;
        }
    }
    status
}

fn test() -> ExitCode {
    let steps: &[(&str, &[&str])] = &[
        ("formatting", &["fmt", "--all", "--", "--check"]),
        (
            "generated/ is fresh",
            &[
                "run",
                "--quiet",
                "--package",
                "xtask",
                "--",
                "codegen",
                "--check",
            ],
        ),
        (
            "clippy",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--all-features",
                "--quiet",
                "--",
                "-D",
                "warnings",
            ],
        ),
    ];
    for (what, arguments) in steps {
        if !cargo(what, arguments, None) {
            return ExitCode::FAILURE;
        }
    }
    if !fixture_crates_are_clean() {
        return ExitCode::FAILURE;
    }
    if !publishable() {
        return ExitCode::FAILURE;
    }
    // Regenerating after a compatible spec change keeps the users' code compiling; a breaking
    // one is caught.
    println!("==> compatibility across spec versions: cargo xtask compat");
    if compat::compat() != ExitCode::SUCCESS {
        return ExitCode::FAILURE;
    }
    if !cargo("tests", &["test", "--workspace"], None) {
        return ExitCode::FAILURE;
    }
    if !end_to_end() {
        return ExitCode::FAILURE;
    }
    // Generality: OpenAI's whole published specs generate and `cargo check` without a
    // warning (building them and decoding the corpus is `cargo xtask full-spec`).
    println!("==> OpenAI's full specs: cargo xtask full-spec --no-corpus");
    if full_spec::full_spec(false) != ExitCode::SUCCESS {
        return ExitCode::FAILURE;
    }
    // Generality beyond OpenAI: every public document in ../shared/realworld/ gives a crate
    // that clippy passes with no error and no warning.
    println!("==> other teams' API descriptions: cargo xtask realworld");
    if realworld::realworld(None) != ExitCode::SUCCESS {
        return ExitCode::FAILURE;
    }
    // Exact round trip on another team's data: Stripe's example objects come back unchanged.
    println!("==> Stripe's example objects, decoded and written back: cargo xtask round-trip");
    if round_trip::round_trip() != ExitCode::SUCCESS {
        return ExitCode::FAILURE;
    }
    // The conformance counts per schema, shown even though the test passed.
    let report = [
        "test",
        "--quiet",
        "--package",
        "cross-crate-tests",
        "--test",
        "conformance",
        "--",
        "--nocapture",
        "corpus",
    ];
    if !cargo("conformance report", &report, None) {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Runs cargo (in `dir`, or the repository root) and says whether it succeeded.
fn cargo(what: &str, arguments: &[&str], dir: Option<&Path>) -> bool {
    println!("==> {what}: cargo {}", arguments.join(" "));
    let mut command = Command::new(env!("CARGO"));
    command.args(arguments);
    if let Some(dir) = dir {
        // Share the workspace's target directory so dependencies build once.
        command.current_dir(dir).env(
            "CARGO_TARGET_DIR",
            Path::new("target")
                .canonicalize()
                .unwrap_or_else(|_| "target".into()),
        );
    }
    match command.status() {
        Ok(status) if status.success() => true,
        Ok(status) => {
            eprintln!("==> {what} failed ({status})");
            false
        }
        Err(error) => {
            eprintln!("==> cannot run cargo: {error}");
            false
        }
    }
}

/// The generated crate can be published: `cargo package --list` takes its manifest without a
/// warning and packs its README and sources. (`cargo package`, which also builds the packed
/// crate, passes too; it is left out here for its time.)
fn publishable() -> bool {
    let arguments = [
        "package",
        "--list",
        "--allow-dirty",
        "--package",
        CRATE_NAME,
    ];
    println!(
        "==> the generated crate packs: cargo {}",
        arguments.join(" ")
    );
    let output = match Command::new(env!("CARGO")).args(arguments).output() {
        Ok(output) => output,
        Err(error) => {
            eprintln!("==> cannot run cargo: {error}");
            return false;
        }
    };
    let listed = String::from_utf8_lossy(&output.stdout);
    let said = String::from_utf8_lossy(&output.stderr);
    let files: Vec<&str> = listed.lines().collect();
    let missing: Vec<&&str> = ["Cargo.toml", "README.md", "src/lib.rs", "src/types.rs"]
        .iter()
        .filter(|f| !files.contains(f))
        .collect();
    if !output.status.success() || said.contains("warning") || !missing.is_empty() {
        eprintln!("==> cargo package --list: missing {missing:?}\n{said}");
        return false;
    }
    println!("==> {} files packed, README.md among them", files.len());
    true
}

/// Every snapshot fixture, generated as a standalone crate, passes clippy with -D warnings:
/// the snapshots show what is emitted, this shows that it compiles cleanly; and its docs
/// build with no rustdoc warning (a link to a private item, a bare URL, a broken reference).
fn fixture_crates_are_clean() -> bool {
    let fixtures = Path::new("generator/tests/fixtures");
    let mut specs: Vec<PathBuf> = match std::fs::read_dir(fixtures) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect(),
        Err(error) => {
            eprintln!("==> cannot list {}: {error}", fixtures.display());
            return false;
        }
    };
    specs.sort();
    for spec in specs {
        let name = spec
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let out = Path::new("target/fixture-crates").join(&name);
        let mut config = Config::new(&spec, format!("fixture-{}", name.replace('_', "-")));
        config.standalone = true;
        let generated = openapi_generator::generate(&config);
        let groups = generated
            .as_ref()
            .map(|g| group_features(&g.files["Cargo.toml"]))
            .unwrap_or_default();
        if let Err(error) = generated.and_then(|g| g.write_to(&out)) {
            eprintln!("{error}");
            return false;
        }
        let what = format!("fixture {name} compiles cleanly");
        let all = ["--all-features"];
        if !cargo(&what, &clippy_with(&all), Some(&out)) {
            return false;
        }
        let what = format!("fixture {name} documents cleanly");
        let rustdoc = [
            "rustdoc",
            "--quiet",
            "--lib",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ];
        if !cargo(&what, &rustdoc, Some(&out)) {
            return false;
        }
        // Each group alone, with the command line (which adds no code to the library): what
        // it leaves out must not break or warn, in the library or in the program.
        for group in &groups {
            let what = format!("fixture {name} with only the group {group} compiles cleanly");
            let with_cli = format!("cli,{group}");
            let only = ["--no-default-features", "--features", with_cli.as_str()];
            if !cargo(&what, &clippy_with(&only), Some(&out)) {
                return false;
            }
        }
    }
    true
}

/// `cargo clippy` with these feature flags, denying warnings.
fn clippy_with<'a>(features: &[&'a str]) -> Vec<&'a str> {
    let mut arguments = vec!["clippy", "--quiet"];
    arguments.extend(features);
    arguments.extend(["--", "-D", "warnings"]);
    arguments
}

/// The features of a generated manifest's groups of operations: its `[features]` `default`
/// list, read as TOML (the generator writes it one name a line).
pub fn group_features(manifest: &str) -> Vec<String> {
    let Ok(manifest) = manifest.parse::<toml_edit::DocumentMut>() else {
        return Vec::new();
    };
    manifest
        .get("features")
        .and_then(|features| features.get("default"))
        .and_then(toml_edit::Item::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|name| name.as_str())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The mock server of the end-to-end tests: Stoplight Prism serving spec/, installed from
/// tests/mock's lockfile and stopped by its PID when this value is dropped.
struct Prism {
    child: std::process::Child,
    url: String,
}

impl Prism {
    fn start() -> Result<Prism, String> {
        let mock = Path::new("tests/mock");
        println!("==> installing Prism: npm ci --ignore-scripts (in tests/mock)");
        let installed = Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
            .current_dir(mock)
            .status()
            .map_err(|e| format!("cannot run npm (is Node.js installed?): {e}"))?;
        if !installed.success() {
            return Err(format!("npm ci failed ({installed})"));
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        let log_path = Path::new("target/prism.log");
        let log = std::fs::File::create(log_path)
            .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
        let log_err = log.try_clone().map_err(|e| e.to_string())?;
        // The binary itself, not npx or a shell, so that the PID is the server's.
        let child = Command::new(mock.join("node_modules/.bin/prism"))
            .args([
                "mock",
                SPEC,
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--errors",
            ])
            .stdout(log)
            .stderr(log_err)
            .spawn()
            .map_err(|e| format!("cannot start Prism: {e}"))?;
        let mut prism = Prism {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        println!(
            "==> Prism started (pid {}) on {}",
            prism.child.id(),
            prism.url
        );
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(prism);
            }
            if let Ok(Some(status)) = prism.child.try_wait() {
                let log = std::fs::read_to_string(log_path).unwrap_or_default();
                return Err(format!("Prism exited ({status}) before listening:\n{log}"));
            }
            if std::time::Instant::now() > deadline {
                return Err("Prism did not listen within 60 s".into());
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        println!("==> Prism stopped (pid {})", self.child.id());
    }
}

/// The end-to-end tests and the example program, against Prism. They fail, never skip,
/// when Prism cannot be installed or started.
fn end_to_end() -> bool {
    let prism = match Prism::start() {
        Ok(prism) => prism,
        Err(message) => {
            eprintln!("==> end-to-end tests need Prism: {message}");
            return false;
        }
    };
    let run = |what: &str, arguments: &[&str], env: &[(&str, &str)]| {
        println!("==> {what}: cargo {}", arguments.join(" "));
        let mut command = Command::new(env!("CARGO"));
        command.args(arguments);
        for (name, value) in env {
            command.env(name, value);
        }
        matches!(command.status(), Ok(status) if status.success())
    };
    let cli = [
        "build",
        "--quiet",
        "--package",
        "openai-thread-runs",
        "--features",
        "cli",
    ];
    if !run("the generated command line", &cli, &[]) {
        return false;
    }
    // The program's name is spec/generator.toml's (`[cli] name`), else the crate's.
    let program = xtask::repository_config(Path::new("."))
        .ok()
        .and_then(|config| config.cli_name)
        .unwrap_or_else(|| CRATE_NAME.to_owned());
    let cli_bin = Path::new("target/debug")
        .join(format!("{program}{}", std::env::consts::EXE_SUFFIX))
        .canonicalize()
        .unwrap_or_default();
    let cli_bin = cli_bin.to_string_lossy();
    let tests = [
        "test",
        "--package",
        "cross-crate-tests",
        "--test",
        "e2e",
        "--test",
        "cli",
        "--",
        "--ignored",
    ];
    if !run(
        "end-to-end tests against Prism",
        &tests,
        &[("PRISM_URL", &prism.url), ("CLI_BIN", &cli_bin)],
    ) {
        eprintln!("==> end-to-end tests failed (Prism's log: target/prism.log)");
        return false;
    }
    let example = [
        "run",
        "--quiet",
        "--package",
        "examples",
        "--bin",
        "create_thread_and_run",
    ];
    let env = [
        ("OPENAI_BASE_URL", prism.url.as_str()),
        ("OPENAI_API_KEY", "sk-example"),
    ];
    if !run("the example program against Prism", &example, &env) {
        eprintln!("==> the example failed");
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups are read from the manifest as the generator writes it (one name a line):
    /// read as they once were, from one line, they came back empty, and every check of a
    /// group alone was skipped without a word.
    #[test]
    fn group_features_are_read_from_the_manifest_the_generator_writes() {
        let spec = Path::new("../generator/tests/fixtures/feature_groups.yaml");
        let mut config = Config::new(spec, "fixture-feature-groups");
        config.standalone = true;
        let generated = match openapi_generator::generate(&config) {
            Ok(generated) => generated,
            Err(error) => panic!("the fixture does not generate: {error}"),
        };
        assert_eq!(
            group_features(&generated.files["Cargo.toml"]),
            ["pet-stores", "pets", "ungrouped", "vets"]
        );
    }
}
