//! The generator's configuration file (`generator.toml`, beside the spec): what a spec
//! cannot say — package metadata, environment variable names, constant and identity
//! headers, retry extras, pollers, the command line's name. Every key is optional; an
//! unknown key, a value of the wrong type or a poller naming no operation is refused with
//! the file, the line and a hint, before anything is written.
//!
//! TOML, not YAML: it is what a Rust user already writes for Cargo, it has comments, and
//! it has no implicit typing (`on`, `1.0` stay what they look like).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_spanned::Spanned;

use crate::config::{
    Config, CursorSource, IdentityHeader, NextPage, Pagination, Place, Poller, ResourceGroup,
};
use crate::error::{Error, ErrorKind, Result};
use crate::select::OperationFilter;

/// The whole file. Keys are kebab-case, as in Cargo.toml.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct File {
    /// The OpenAPI document, relative to this file.
    spec: Option<PathBuf>,
    #[serde(default)]
    package: Package,
    #[serde(default)]
    generate: Generate,
    #[serde(default)]
    environment: Environment,
    /// Sent with every request: header name → value.
    #[serde(default)]
    headers: BTreeMap<String, String>,
    #[serde(default)]
    identity_header: Vec<Identity>,
    #[serde(default)]
    retry: Retry,
    #[serde(default)]
    poller: Vec<PollerEntry>,
    /// operationId → how its pages chain, where the generator cannot guess it.
    #[serde(default)]
    pagination: BTreeMap<String, Spanned<PaginationEntry>>,
    /// `"beta.threads.runs"` → method name → operationId.
    #[serde(default)]
    resources: BTreeMap<String, BTreeMap<String, Spanned<String>>>,
    #[serde(default)]
    cli: Cli,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Package {
    name: Option<String>,
    version: Option<String>,
    description: Option<String>,
    license: Option<String>,
    repository: Option<String>,
    documentation: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Generate {
    operations: Option<Vec<String>>,
    tags: Option<Vec<String>>,
    all_schemas: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Environment {
    api_key: Option<String>,
    base_url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Identity {
    header: String,
    method: String,
    env: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Retry {
    never_retry_codes: Option<Vec<String>>,
    attempt_header: Option<String>,
    idempotency_header: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct PollerEntry {
    operation: Spanned<String>,
    status_property: String,
    until: Vec<String>,
    interval_header: Option<String>,
}

/// `[pagination.<operationId>]`: `paginate = false`, or where the items are and one way to
/// the next page.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct PaginationEntry {
    paginate: Option<bool>,
    items: Option<String>,
    cursor_param: Option<String>,
    cursor_from: Option<String>,
    cursor_from_last_item: Option<String>,
    has_more: Option<String>,
    page_param: Option<String>,
    link: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Cli {
    name: Option<String>,
}

/// Reads `path` into `config`: each key the file holds replaces what `config` had.
pub fn apply_config_file(config: &mut Config, path: &Path) -> Result<()> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::new(ErrorKind::Io, format!("cannot read the configuration: {e}")).in_file(path)
    })?;
    let file: File = toml_edit::de::from_str(&text).map_err(|e| syntax_error(&e, &text, path))?;
    let place = |offset: usize| {
        let (line, column) = line_and_column(&text, offset);
        Place {
            file: path.to_path_buf(),
            line,
            column,
        }
    };
    if let Some(spec) = &file.spec {
        config.spec = path.parent().unwrap_or(Path::new("")).join(spec);
    }
    apply_package(config, file.package);
    apply_generate(config, file.generate);
    let client = &mut config.client;
    client.api_key_env = file.environment.api_key.or(client.api_key_env.take());
    client.base_url_env = file.environment.base_url.or(client.base_url_env.take());
    client.headers.extend(file.headers);
    client
        .identity_headers
        .extend(file.identity_header.into_iter().map(|i| IdentityHeader {
            method: i.method,
            header: i.header,
            env: i.env,
        }));
    if let Some(codes) = file.retry.never_retry_codes {
        client.never_retry_codes = codes;
    }
    client.retry_count_header = file
        .retry
        .attempt_header
        .or(client.retry_count_header.take());
    client.idempotency_header = file
        .retry
        .idempotency_header
        .or(client.idempotency_header.take());
    config
        .pollers
        .extend(file.poller.into_iter().map(|p| Poller {
            place: Some(place(p.operation.span().start)),
            operation: p.operation.into_inner(),
            status_property: p.status_property,
            until: p.until,
            interval_header: p.interval_header,
        }));
    config
        .resources
        .extend(file.resources.into_iter().map(|(path, methods)| {
            ResourceGroup {
                path,
                methods: methods
                    .into_iter()
                    .map(|(name, operation)| {
                        let at = place(operation.span().start);
                        (name, operation.into_inner(), Some(at))
                    })
                    .collect(),
            }
        }));
    for (operation, entry) in file.pagination {
        let at = place(entry.span().start);
        let rule = pagination_rule(entry.into_inner(), at)?;
        config.pagination.insert(operation, rule);
    }
    if let Some(name) = file.cli.name {
        config.cli_name = Some(name);
    }
    config.config_file = Some(path.to_path_buf());
    Ok(())
}

/// An entry as the configuration's `Pagination`, or `None` for `paginate = false`; exactly
/// one way to the next page.
fn pagination_rule(entry: PaginationEntry, place: Place) -> Result<Option<Pagination>> {
    if entry.paginate == Some(false) {
        return Ok(None);
    }
    let cursor_from = match (entry.cursor_from, entry.cursor_from_last_item) {
        (Some(property), None) => Some(CursorSource::Property(property)),
        (None, Some(property)) => Some(CursorSource::LastItem(property)),
        (None, None) => None,
        (Some(_), Some(_)) => return Err(one_way(&place)),
    };
    let next = match (
        entry.cursor_param,
        cursor_from,
        entry.page_param,
        entry.link,
    ) {
        (Some(param), Some(from), None, None | Some(false)) => NextPage::Cursor {
            param,
            from,
            has_more: entry.has_more,
        },
        (None, None, Some(param), None | Some(false)) => NextPage::Number { param },
        (None, None, None, Some(true)) => NextPage::Link,
        _ => return Err(one_way(&place)),
    };
    Ok(Some(Pagination {
        items: entry.items,
        next,
        place: Some(place),
    }))
}

fn one_way(place: &Place) -> Error {
    crate::config::refused_at(
        Some(place),
        "a pagination needs one way to the next page".into(),
        "give `cursor-param` with `cursor-from` (or `cursor-from-last-item`), or \
         `page-param`, or `link = true`; or `paginate = false`",
    )
}

fn apply_package(config: &mut Config, package: Package) {
    if let Some(name) = package.name {
        config.crate_name = name;
    }
    if let Some(version) = package.version {
        config.crate_version = version;
    }
    let info = &mut config.package;
    info.description = package.description.or(info.description.take());
    info.license = package.license.or(info.license.take());
    info.repository = package.repository.or(info.repository.take());
    info.documentation = package.documentation.or(info.documentation.take());
}

fn apply_generate(config: &mut Config, generate: Generate) {
    if let Some(ids) = generate.operations {
        config.operations = OperationFilter::Ids(ids);
    } else if let Some(tags) = generate.tags {
        config.operations = OperationFilter::Tags(tags);
    }
    if let Some(all) = generate.all_schemas {
        config.all_schemas = all;
    }
}

/// A TOML error at its line, with the keys the file may hold when the key is unknown.
fn syntax_error(error: &toml_edit::de::Error, text: &str, path: &Path) -> Error {
    let message = error.message().trim_end().to_owned();
    let hint = if message.contains("unknown field") {
        "the keys are listed in README.md, \"The configuration file\"; a misspelt key is \
         refused rather than ignored"
    } else {
        "see README.md, \"The configuration file\", for each key and its type"
    };
    let mut result = Error::new(ErrorKind::Config, message)
        .in_file(path)
        .with_hint(hint);
    if let Some(span) = error.span() {
        let (line, column) = line_and_column(text, span.start);
        result = result.at_line(line, column);
    }
    result
}

/// The 1-based line and column of a byte offset.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::line_and_column;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a = 1\n[b]\nc = 2\n";
        assert_eq!(line_and_column(text, 0), (1, 1));
        assert_eq!(line_and_column(text, 6), (2, 1));
        assert_eq!(line_and_column(text, 12), (3, 3));
    }
}
