//! The generator as a program, for teams that are not this repository: `cargo install --path
//! generator` installs `openapi-rust`, which takes the flags of `cargo xtask codegen --spec`.
//! `generate_into` is shared with xtask, so both report warnings, staleness and errors alike.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::{
    apply_config_file, generate, generate_to, Config, Error, ErrorKind, OperationFilter, Warnings,
};

/// Generate a typed, async Rust client crate from an OpenAPI 3.0, 3.1 or 3.2 document.
#[derive(Clone, Debug, clap::Parser)]
#[command(name = "openapi-rust", version)]
pub struct Args {
    /// The OpenAPI document (YAML or JSON). Default: the configuration file's `spec`.
    #[arg(long, required_unless_present = "config")]
    pub spec: Option<PathBuf>,
    /// The generator's configuration file (TOML; keys in README.md). Flags win over it.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Where to write the crate (replaced whole, or left as it was on any error).
    #[arg(long)]
    pub out: PathBuf,
    /// The crate's package name. Default: the configuration's, else from the document's
    /// file name.
    #[arg(long)]
    pub crate_name: Option<String>,
    /// Write nothing; exit non-zero and name the files if the crate at --out is stale.
    #[arg(long)]
    pub check: bool,
    /// Generate only these operations (operationIds, comma-separated).
    #[arg(long, value_delimiter = ',', conflicts_with = "tags")]
    pub operations: Vec<String>,
    /// Generate only operations with these tags (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub tags: Vec<String>,
    /// Generate every component schema, not only those the selected operations reach.
    #[arg(long)]
    pub all_schemas: bool,
    /// Make the crate a member of the enclosing Cargo workspace instead of its own.
    #[arg(long)]
    pub in_workspace: bool,
    #[command(flatten)]
    pub package: PackageArgs,
}

/// What the generated crate's manifest says of it (crates.io shows it), for a crate to
/// publish. Each regeneration is a release: give it its version.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct PackageArgs {
    /// The crate's version (SemVer). Default: 0.1.0.
    #[arg(long)]
    pub crate_version: Option<String>,
    /// The manifest's description. Default: "Typed client for <title> <version>".
    #[arg(long)]
    pub description: Option<String>,
    /// The crate's license, an SPDX expression. Default: the document's `info.license` when
    /// it is one; else none.
    #[arg(long)]
    pub license: Option<String>,
    /// The URL of the crate's source repository.
    #[arg(long)]
    pub repository: Option<String>,
    /// The URL of the crate's documentation (crates.io links docs.rs without it).
    #[arg(long)]
    pub documentation: Option<String>,
}

impl PackageArgs {
    /// Sets what the flags give on `config`, over what it had.
    pub fn apply(&self, config: &mut Config) {
        if let Some(version) = &self.crate_version {
            config.crate_version = version.clone();
        }
        let package = &mut config.package;
        let flag_or = |flag: &Option<String>, had: &mut Option<String>| {
            if flag.is_some() {
                had.clone_from(flag);
            }
        };
        flag_or(&self.description, &mut package.description);
        flag_or(&self.license, &mut package.license);
        flag_or(&self.repository, &mut package.repository);
        flag_or(&self.documentation, &mut package.documentation);
    }
}

impl Args {
    /// The configuration: the defaults, then the configuration file's keys, then the flags.
    pub fn config(&self) -> Result<Config, Error> {
        let mut config = Config::new(self.spec.clone().unwrap_or_default(), "");
        if let Some(file) = &self.config {
            apply_config_file(&mut config, file)?;
        }
        if let Some(spec) = &self.spec {
            config.spec.clone_from(spec);
        }
        if config.spec.as_os_str().is_empty() {
            return Err(Error::new(ErrorKind::Config, "no OpenAPI document to read")
                .with_hint("give --spec FILE, or `spec = \"FILE\"` in the configuration file"));
        }
        if let Some(name) = &self.crate_name {
            config.crate_name.clone_from(name);
        } else if config.crate_name.is_empty() {
            config.crate_name = default_crate_name(&config.spec);
        }
        config.standalone = !self.in_workspace;
        config.all_schemas |= self.all_schemas;
        self.package.apply(&mut config);
        if !self.operations.is_empty() {
            config.operations = OperationFilter::Ids(self.operations.clone());
        } else if !self.tags.is_empty() {
            config.operations = OperationFilter::Tags(self.tags.clone());
        }
        Ok(config)
    }
}

/// The longest name crates.io takes for a crate.
pub(crate) const MAX_CRATE_NAME: usize = 64;

/// `stripe-spec3.yaml` → `stripe-spec3-client`; a long file name is cut, so that the name
/// stays within the 64 characters a crate's name may have.
fn default_crate_name(spec: &Path) -> String {
    let stem = spec
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut name = String::new();
    for c in stem.chars() {
        match c {
            'a'..='z' | '0'..='9' => name.push(c),
            _ if !name.is_empty() && !name.ends_with('-') => name.push('-'),
            _ => {}
        }
    }
    let prefix = match name.starts_with(|c: char| c.is_ascii_lowercase()) {
        true => "",
        false => "api-",
    };
    // The name is ASCII, so any byte is a boundary.
    name.truncate(MAX_CRATE_NAME - prefix.len() - "-client".len());
    let name = name.trim_end_matches('-');
    format!("{prefix}{name}-client").replace("--", "-")
}

/// Generates one crate into `out`, or with `check` only says whether `out` is stale; prints
/// the generator's warnings, and what was done or what went wrong.
pub fn generate_into(config: &Config, out: &Path, check: bool) -> ExitCode {
    if check {
        return check_against(config, out);
    }
    // Written as its files are made: a large API's crate is never held whole in memory.
    match generate_to(config, out) {
        Ok(written) => {
            print_warnings(&written.warnings);
            println!("wrote {} files to {}", written.files, out.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

/// Whether the crate in `out` is the one the generator writes, file by file.
fn check_against(config: &Config, out: &Path) -> ExitCode {
    let generated = match generate(config) {
        Ok(generated) => generated,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    print_warnings(&generated.warnings);
    let stale = generated.stale_files(out);
    if stale.is_empty() {
        println!(
            "{} is up to date with {}",
            out.display(),
            config.spec.display()
        );
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "{} is stale; these files differ from what the generator writes:",
        out.display()
    );
    for file in stale {
        eprintln!("  {}", out.join(file).display());
    }
    eprintln!("generate again and commit the result");
    ExitCode::FAILURE
}

fn print_warnings(warnings: &Warnings) {
    for line in warnings.summary() {
        eprintln!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::default_crate_name;
    use std::path::Path;

    #[test]
    fn crate_names_come_from_the_file_name() {
        assert_eq!(
            default_crate_name(Path::new("x/stripe-spec3.yaml")),
            "stripe-spec3-client"
        );
        assert_eq!(
            default_crate_name(Path::new("api.github.com.json")),
            "api-github-com-client"
        );
        assert_eq!(default_crate_name(Path::new("3.json")), "api-3-client");
        assert_eq!(default_crate_name(Path::new("__.yaml")), "api-client");
    }

    /// A long file name (APIs.guru has one of 62 characters) still gives a crate's name.
    #[test]
    fn a_long_file_name_is_cut_to_a_crate_names_length() {
        let longest = "a".repeat(57);
        assert_eq!(
            default_crate_name(Path::new(&format!("{longest}.json"))),
            format!("{longest}-client"),
            "a name of 64 characters is kept whole"
        );
        for stem in [
            "sql-ManagedRestorableDroppedDatabaseBackupShortTermRetention",
            "7",
        ] {
            let long = stem.repeat(3);
            let name = default_crate_name(Path::new(&format!("{long}.json")));
            assert!(name.len() <= super::MAX_CRATE_NAME, "{name}");
            assert!(name.ends_with("-client") && !name.contains("--"), "{name}");
            assert!(crate::options::check_crate_name(&name).is_ok(), "{name}");
        }
    }
}
