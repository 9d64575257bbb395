//! `cargo xtask compare-builds BEFORE AFTER`: the debug build of two crates, each alone
//! (dependencies built first, untimed), in alternating rounds of the same run, and the ratio
//! of the second to the first. Both crates are built on the machine of the moment, so the
//! ratio holds where a figure in seconds moves with the machine (a shared machine's speed
//! can move by a third from one hour to another): it says what a change of the generator did
//! to the build of the crates it emits, measured against the crate of an earlier generator.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use crate::bench_codegen::{debug_build_time, median, Build};

/// The command's options.
#[derive(clap::Args, Clone, Debug)]
pub struct Options {
    /// The crate built first in each round: the reference (an earlier generator's output).
    before: PathBuf,
    /// The crate built second in each round.
    after: PathBuf,
    /// Rounds, each one build of both.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Feature flags for both builds (`--no-default-features --features chat`, as one string
    /// split at spaces).
    #[arg(long, default_value = "")]
    flags: String,
}

/// One crate being compared: where it is, its package's name, its builds so far.
struct Compared {
    dir: PathBuf,
    package: String,
    builds: Vec<Build>,
}

impl Compared {
    fn new(dir: &Path) -> Result<Self, String> {
        let manifest = dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest)
            .map_err(|e| format!("{}: {e}", manifest.display()))?;
        let package = package_name(&text)
            .ok_or_else(|| format!("{}: no [package] name", manifest.display()))?;
        Ok(Compared {
            dir: dir.to_path_buf(),
            package,
            builds: Vec::new(),
        })
    }

    fn build(&mut self, flags: &[&str]) -> Result<(), String> {
        // Each crate its own target directory, as cargo gives a crate alone: both may be the
        // same package, built against different lockfiles.
        let target = self.dir.join("target");
        let build =
            debug_build_time(&self.dir, &self.package, &target, flags).ok_or_else(|| {
                format!(
                    "{}: the build failed (`cargo build` there shows why)",
                    self.dir.display()
                )
            })?;
        self.builds.push(build);
        Ok(())
    }
}

/// The `[package]` name of a manifest.
fn package_name(manifest: &str) -> Option<String> {
    let manifest = manifest.parse::<toml_edit::DocumentMut>().ok()?;
    Some(manifest.get("package")?.get("name")?.as_str()?.to_owned())
}

pub fn compare_builds(options: &Options) -> ExitCode {
    match compare(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn compare(options: &Options) -> Result<(), String> {
    let flags: Vec<&str> = options.flags.split_whitespace().collect();
    let mut before = Compared::new(&options.before)?;
    let mut after = Compared::new(&options.after)?;
    for round in 1..=options.runs.max(1) {
        before.build(&flags)?;
        after.build(&flags)?;
        eprintln!(
            "round {round}: {} / {}",
            seconds(before.builds.last()),
            seconds(after.builds.last())
        );
    }
    print_table(&before, &after);
    Ok(())
}

fn print_table(before: &Compared, after: &Compared) {
    println!("| crate | builds, wall (CPU) | best wall | best CPU |");
    println!("|---|---|---:|---:|");
    for (label, compared) in [("before", before), ("after", after)] {
        let all: Vec<String> = compared.builds.iter().map(|b| seconds(Some(b))).collect();
        println!(
            "| {label}: {} | {} | {:.1} s | {:.1} s |",
            compared.dir.display(),
            all.join(", "),
            best(compared, |b| b.wall).as_secs_f64(),
            best(compared, |b| b.cpu).as_secs_f64(),
        );
    }
    let rounds: Vec<f64> = before
        .builds
        .iter()
        .zip(&after.builds)
        .map(|(b, a)| a.wall.as_secs_f64() / b.wall.as_secs_f64().max(1e-9))
        .collect();
    println!();
    println!(
        "after / before: best wall {:.2}, best CPU {:.2}, median of the rounds' wall ratios {:.2}",
        best(after, |b| b.wall).as_secs_f64() / best(before, |b| b.wall).as_secs_f64().max(1e-9),
        best(after, |b| b.cpu).as_secs_f64() / best(before, |b| b.cpu).as_secs_f64().max(1e-9),
        median(rounds),
    );
}

fn best(compared: &Compared, measure: impl Fn(&Build) -> Duration) -> Duration {
    compared
        .builds
        .iter()
        .map(measure)
        .min()
        .unwrap_or_default()
}

fn seconds(build: Option<&Build>) -> String {
    match build {
        Some(b) => format!(
            "{:.2} s ({:.2} s)",
            b.wall.as_secs_f64(),
            b.cpu.as_secs_f64()
        ),
        None => "none".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_package_name_is_read_from_the_manifest() {
        let manifest =
            "[package]\nname = \"openai-client\"\nversion = \"0.1.0\"\n\n[features]\nname = []\n";
        assert_eq!(package_name(manifest).as_deref(), Some("openai-client"));
        assert_eq!(package_name("[workspace]\nmembers = []\n"), None);
    }
}
