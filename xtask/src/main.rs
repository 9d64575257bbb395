//! `cargo xtask`: the maintainers' commands.
//!
//! - `cargo xtask codegen`: regenerate `generated/` from `spec/openapi.yaml`.
//! - `cargo xtask codegen --check`: fail, naming the files, if `generated/` is stale.
//! - `cargo xtask codegen --spec FILE --out DIR`: any spec into a standalone crate at DIR.
//! - `cargo xtask test`: everything CI checks, in order.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};
use openapi_generator::{Config, OperationFilter};

/// The spec of this repository and the crate generated from it.
const SPEC: &str = "spec/openapi.yaml";
const GENERATED: &str = "generated";
const CRATE_NAME: &str = "openai-thread-runs";

#[derive(Parser)]
#[command(about = "Maintainer tasks for the OpenAPI generator")]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Generate a Rust crate from an OpenAPI document.
    Codegen(Codegen),
    /// Run every check CI runs: freshness of generated/, clippy, and the tests.
    Test,
}

#[derive(clap::Args)]
struct Codegen {
    /// The OpenAPI document (YAML or JSON). Default: this repository's spec.
    #[arg(long)]
    spec: Option<PathBuf>,
    /// Where to write the crate. Default: generated/ (with --spec: required).
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Paths are relative to the repository root, wherever cargo was run from.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap_or(Path::new("."));
    if let Err(message) = std::env::set_current_dir(root) {
        eprintln!("error: cannot enter the repository root: {message}");
        return ExitCode::FAILURE;
    }
    match cli.command {
        Task::Codegen(args) => codegen(args),
        Task::Test => test(),
    }
}

fn codegen(args: Codegen) -> ExitCode {
    let custom = args.spec.is_some();
    let spec = args.spec.unwrap_or_else(|| PathBuf::from(SPEC));
    let out = match (args.out, custom) {
        (Some(out), _) => out,
        (None, false) => PathBuf::from(GENERATED),
        (None, true) => {
            eprintln!("error: --spec needs --out DIR (generated/ is for this repository's spec)");
            return ExitCode::from(2);
        }
    };
    let mut config = Config::new(spec, args.crate_name.unwrap_or_else(|| CRATE_NAME.into()));
    config.standalone = out != Path::new(GENERATED);
    if !args.operations.is_empty() {
        config.operations = OperationFilter::Ids(args.operations);
    } else if !args.tags.is_empty() {
        config.operations = OperationFilter::Tags(args.tags);
    }
    let generated = match openapi_generator::generate(&config) {
        Ok(generated) => generated,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    for line in generated.warnings.summary() {
        eprintln!("{line}");
    }
    if args.check {
        let stale = generated.stale_files(&out);
        if stale.is_empty() {
            println!("{} is up to date with {}", out.display(), config.spec.display());
            return ExitCode::SUCCESS;
        }
        eprintln!("{} is stale; these files differ from what the generator writes:", out.display());
        for file in stale {
            eprintln!("  {}", out.join(file).display());
        }
        eprintln!("run `cargo xtask codegen` and commit the result");
        return ExitCode::FAILURE;
    }
    if let Err(error) = generated.write_to(&out) {
        eprintln!("{error}");
        return ExitCode::FAILURE;
    }
    println!("wrote {} files to {}", generated.files.len(), out.display());
    ExitCode::SUCCESS
}

fn test() -> ExitCode {
    let steps: &[(&str, &[&str])] = &[
        ("generated/ is fresh", &["run", "--quiet", "--package", "xtask", "--", "codegen", "--check"]),
        ("clippy", &["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"]),
        ("tests", &["test", "--workspace"]),
    ];
    for (what, arguments) in steps {
        println!("==> {what}: cargo {}", arguments.join(" "));
        let status = Command::new(env!("CARGO")).args(*arguments).status();
        match status {
            Ok(status) if status.success() => {}
            Ok(status) => {
                eprintln!("==> {what} failed ({status})");
                return ExitCode::FAILURE;
            }
            Err(error) => {
                eprintln!("==> cannot run cargo: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
