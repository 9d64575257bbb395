//! The configuration file (`generator.toml`): what it sets reaches the generated crate, and
//! an unknown key, a wrong type or a poller naming no operation is refused at its line,
//! with nothing written.

use std::path::{Path, PathBuf};
use std::process::Command;

use openapi_generator::{apply_config_file, generate, Config, ErrorKind};

const SPEC: &str = "
openapi: 3.1.0
info: {title: Jobs, version: '1'}
servers: [{url: 'https://api.example.test'}]
paths:
  /jobs/{job_id}:
    get:
      operationId: getJob
      parameters:
        - {name: job_id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The job.
          content:
            application/json:
              schema:
                type: object
                required: [id, status]
                properties:
                  id: {type: string}
                  status: {type: string, enum: [queued, running, succeeded, failed]}
";

const CONFIG: &str = r#"
[package]
name = "jobs-sdk"
version = "2.1.0"
license = "MIT"

[environment]
api-key = "JOBS_SECRET"
base-url = "JOBS_ENDPOINT"

[headers]
Jobs-Version = "2026-01-01"

[[identity-header]]
header = "Jobs-Team"
method = "team"
env = "JOBS_TEAM"

[retry]
never-retry-codes = ["quota_exhausted"]
attempt-header = "Jobs-Attempt"

[[poller]]
operation = "getJob"
status-property = "status"
until = ["succeeded", "failed"]
interval-header = "Jobs-Poll-After-Ms"

[cli]
name = "jobs"
"#;

/// A directory holding the spec and `generator.toml` with `config`.
fn project(name: &str, config: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("config_file")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    std::fs::write(dir.join("jobs.yaml"), SPEC).expect("spec");
    std::fs::write(dir.join("generator.toml"), config).expect("config");
    dir
}

fn configured(dir: &Path) -> Result<Config, openapi_generator::Error> {
    let mut config = Config::new(dir.join("jobs.yaml"), "jobs-client");
    apply_config_file(&mut config, &dir.join("generator.toml"))?;
    Ok(config)
}

fn file<'a>(generated: &'a openapi_generator::Generated, name: &str) -> &'a str {
    generated
        .files
        .get(name)
        .map(String::as_str)
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn every_key_reaches_the_generated_crate() {
    let dir = project("every_key", CONFIG);
    let config = configured(&dir).expect("reads");
    let generated = generate(&config).expect("generates");
    let manifest = file(&generated, "Cargo.toml");
    for wanted in [
        "name = \"jobs-sdk\"",
        "version = \"2.1.0\"",
        "license = \"MIT\"",
        "name = \"jobs\"\npath = \"src/bin/cli.rs\"",
    ] {
        assert!(manifest.contains(wanted), "{wanted} in\n{manifest}");
    }
    let operations = file(&generated, "src/operations.rs");
    for wanted in [
        "api_key_env: Some(\"JOBS_SECRET\")",
        "base_url_env: Some(\"JOBS_ENDPOINT\")",
        "(\"Jobs-Version\", \"2026-01-01\")",
        "(\"JOBS_TEAM\", \"Jobs-Team\")",
        "pub fn team(",
        "never_retry_codes: &[\"quota_exhausted\"]",
        "retry_count_header: Some(\"Jobs-Attempt\")",
        "pub async fn get_job_until_done(",
        "\"Jobs-Poll-After-Ms\"",
    ] {
        assert!(operations.contains(wanted), "{wanted} in\n{operations}");
    }
}

/// The error for `config`, which must be refused.
fn refusal(name: &str, config: &str) -> openapi_generator::Error {
    let dir = project(name, config);
    match configured(&dir).and_then(|config| generate(&config)) {
        Ok(_) => panic!("{name}: the configuration was accepted"),
        Err(error) => {
            assert_eq!(error.kind, ErrorKind::Config, "{error}");
            assert_eq!(
                error.file.as_deref(),
                Some(dir.join("generator.toml").as_path()),
                "{error}"
            );
            error
        }
    }
}

#[test]
fn an_unknown_key_is_refused_at_its_line_with_a_hint() {
    let error = refusal(
        "unknown_key",
        "[package]\nname = \"x\"\n\n[retry]\nnever-retry-code = [\"q\"]\n",
    );
    assert_eq!(error.line, Some(5), "{error}");
    assert!(error.message.contains("never-retry-code"), "{error}");
    assert!(error.message.contains("never-retry-codes"), "{error}");
    assert!(
        error.hint.as_deref().is_some_and(|h| h.contains("README")),
        "{error}"
    );
}

#[test]
fn a_value_of_the_wrong_type_is_refused_at_its_line() {
    let error = refusal("wrong_type", "[generate]\n\nall-schemas = \"yes\"\n");
    assert_eq!(error.line, Some(3), "{error}");
    assert!(error.message.contains("bool"), "{error}");
}

#[test]
fn a_poller_of_no_operation_is_refused_at_its_line() {
    let config = "[cli]\nname = \"jobs\"\n\n[[poller]]\noperation = \"getJobs\"\n\
                  status-property = \"status\"\nuntil = [\"failed\"]\n";
    let error = refusal("no_operation", config);
    assert_eq!(error.line, Some(5), "{error}");
    assert!(error.message.contains("`getJobs`"), "{error}");
    let config = config
        .replace("getJobs", "getJob")
        .replace("\"status\"", "\"state\"");
    let error = refusal("no_property", &config);
    assert!(error.message.contains("no property `state`"), "{error}");
}

#[test]
fn a_refused_configuration_writes_nothing() {
    let dir = project("writes_nothing", "[package]\nnmae = \"x\"\n");
    let out = dir.join("crate");
    std::fs::create_dir_all(&out).expect("out");
    std::fs::write(out.join("kept.txt"), "as it was").expect("kept");
    let run = Command::new(env!("CARGO_BIN_EXE_openapi-rust"))
        .arg("--config")
        .arg(dir.join("generator.toml"))
        .arg("--spec")
        .arg(dir.join("jobs.yaml"))
        .arg("--out")
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1), "{run:?}");
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("generator.toml:2:1"), "{said}");
    let left: Vec<_> = std::fs::read_dir(&out)
        .expect("out")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left, ["kept.txt"], "{said}");
}

#[test]
fn the_spec_can_come_from_the_file_and_flags_win_over_it() {
    let dir = project("spec_key", &format!("spec = \"jobs.yaml\"\n{CONFIG}"));
    let out = dir.join("crate");
    let run = Command::new(env!("CARGO_BIN_EXE_openapi-rust"))
        .arg("--config")
        .arg(dir.join("generator.toml"))
        .args(["--crate-name", "jobs-flag", "--crate-version", "3.0.0"])
        .arg("--out")
        .arg(&out)
        .output()
        .expect("runs");
    assert!(run.status.success(), "{run:?}");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("manifest");
    assert!(manifest.contains("name = \"jobs-flag\""), "{manifest}");
    assert!(manifest.contains("version = \"3.0.0\""), "{manifest}");
    assert!(manifest.contains("license = \"MIT\""), "{manifest}");
}

#[test]
fn resource_groups_become_handles_and_bad_ones_are_refused_at_their_line() {
    let grouped = format!("{CONFIG}\n[resources.\"jobs.status\"]\nfetch = \"getJob\"\n");
    let dir = project("resources", &grouped);
    let generated = generate(&configured(&dir).expect("reads")).expect("generates");
    let resources = file(&generated, "src/resources.rs");
    for wanted in [
        "pub fn jobs(&self) -> Jobs<'_>",
        "pub fn status(&self) -> JobsStatus<'a>",
        "pub fn fetch(",
        "self.client.get_job(job_id)",
        "pub async fn fetch_until_done(",
        "The same as [`Client::get_job`].",
    ] {
        assert!(resources.contains(wanted), "{wanted} in\n{resources}");
    }
    assert!(file(&generated, "src/lib.rs").contains("pub mod resources;"));

    let error = refusal(
        "resource_no_operation",
        "[resources.jobs]\nfetch = \"getJob\"\nlist = \"listJobs\"\n",
    );
    assert_eq!(error.line, Some(3), "{error}");
    assert!(error.message.contains("`listJobs`"), "{error}");
    let error = refusal(
        "resource_shadows",
        "[resources.with_options]\nfetch = \"getJob\"\n",
    );
    assert!(error.message.contains("`with_options`"), "{error}");
    let error = refusal(
        "resource_bad_name",
        "[resources.jobs]\n\"Fetch It\" = \"getJob\"\n",
    );
    assert!(error.message.contains("`Fetch It`"), "{error}");
}

const LIST_SPEC: &str = "
openapi: 3.1.0
info: {title: Jobs, version: '1'}
servers: [{url: 'https://api.example.test'}]
paths:
  /jobs:
    get:
      operationId: listJobs
      parameters:
        - {name: token, in: query, schema: {type: string}}
      responses:
        '200':
          description: A page of jobs.
          content:
            application/json:
              schema:
                type: object
                properties:
                  rows: {type: array, items: {type: string}}
                  next: {type: string}
";

/// The result of generating `LIST_SPEC` with `config`.
fn with_list(
    name: &str,
    config: &str,
) -> Result<openapi_generator::Generated, openapi_generator::Error> {
    let dir = project(name, config);
    std::fs::write(dir.join("jobs.yaml"), LIST_SPEC).expect("spec");
    configured(&dir).and_then(|config| generate(&config))
}

#[test]
fn a_pagination_the_generator_cannot_guess_is_configured_and_checked_at_its_line() {
    let rule = "[pagination.listJobs]\nitems = \"rows\"\ncursor-param = \"token\"\ncursor-from = \"next\"\n";
    let generated = with_list("pagination", rule).expect("generates");
    let operations = file(&generated, "src/operations.rs");
    assert!(
        operations.contains("pub fn list_jobs_paginator("),
        "{operations}"
    );
    assert!(
        operations.contains("`token` = the answer's `next`"),
        "{operations}"
    );
    let off = with_list(
        "pagination_off",
        &format!("{rule}\n[pagination.other]\npaginate = false\n"),
    )
    .expect_err("refused");
    assert!(off.message.contains("`other`"), "{off}");
    assert!(
        off.file
            .as_deref()
            .is_some_and(|f| f.ends_with("generator.toml")),
        "{off}"
    );
    let two_ways = with_list("pagination_two", &format!("{rule}page-param = \"page\"\n"))
        .expect_err("refused");
    assert_eq!(two_ways.line, Some(1), "{two_ways}");
    assert!(two_ways.message.contains("one way"), "{two_ways}");
    let not_array =
        with_list("pagination_items", &rule.replace("\"rows\"", "\"next\"")).expect_err("refused");
    assert_eq!(not_array.line, Some(1), "{not_array}");
    assert!(not_array.message.contains("not an array"), "{not_array}");
}

#[test]
fn without_groups_configured_each_tag_is_a_group_unless_its_name_clashes() {
    let dir = project("tags", "");
    let tagged = SPEC.replace(
        "operationId: getJob",
        "operationId: getJob\n      tags: [Job Queue]",
    );
    std::fs::write(dir.join("jobs.yaml"), &tagged).expect("spec");
    let generated = generate(&configured(&dir).expect("reads")).expect("generates");
    let resources = file(&generated, "src/resources.rs");
    assert!(
        resources.contains("pub fn job_queue(&self) -> JobQueue<'_>"),
        "{resources}"
    );
    assert!(resources.contains("pub fn get_job("), "{resources}");
    assert!(file(&generated, "src/cli.rs").contains("#[command(name = \"job-queue\")]"));
    // A tag named as an operation would shadow its method: the operation stays flat only.
    let clashing = SPEC.replace(
        "operationId: getJob",
        "operationId: getJob\n      tags: [get-job]",
    );
    std::fs::write(dir.join("jobs.yaml"), clashing).expect("spec");
    let generated = generate(&configured(&dir).expect("reads")).expect("generates");
    assert!(!generated.files.contains_key("src/resources.rs"));
}
