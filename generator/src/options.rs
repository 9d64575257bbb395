//! The user's options, checked before any work: a crate name Cargo or rustc would refuse,
//! a version that is not SemVer, or a client setting that cannot become a Rust method, an
//! environment variable or a header is refused here, with what to change.

use crate::config::{is_license_expression, Config, IdentityHeader, PackageInfo};
use crate::error::{Error, Result};
use crate::naming;

/// Package names Cargo refuses or warns about: its own directories, the standard
/// library's crates, and names Windows reserves for devices.
const RESERVED_PACKAGE_NAMES: &[&str] = &[
    "alloc",
    "aux",
    "build",
    "com1",
    "com2",
    "com3",
    "com4",
    "com5",
    "com6",
    "com7",
    "com8",
    "com9",
    "con",
    "core",
    "deps",
    "examples",
    "incremental",
    "lpt1",
    "lpt2",
    "lpt3",
    "lpt4",
    "lpt5",
    "lpt6",
    "lpt7",
    "lpt8",
    "lpt9",
    "nul",
    "prn",
    "proc-macro",
    "proc_macro",
    "std",
    "test",
];

/// `ClientBuilder`'s own methods, which an identity header's method must not shadow.
const BUILDER_METHODS: &[&str] = &[
    "allow_insecure_http",
    "api_key",
    "base_url",
    "build",
    "default",
    "from_env",
    "header",
    "http_client",
    "max_retries",
    "retry_policy",
    "timeout",
    "validate_requests",
];

/// Refuses options that cannot give a crate that builds.
pub fn check(config: &Config) -> Result<()> {
    check_crate_name(&config.crate_name)?;
    if let Err(e) = semver::Version::parse(&config.crate_version) {
        return Err(refused(
            format!(
                "the crate version `{}` is not SemVer: {e}",
                config.crate_version
            ),
            "give a version such as `0.1.0`",
        ));
    }
    check_package(&config.package)?;
    for name in [&config.client.api_key_env, &config.client.base_url_env]
        .into_iter()
        .flatten()
    {
        check_env_name(name, "the environment variable")?;
    }
    for (name, value) in &config.client.headers {
        check_header_name(name)?;
        check_header_value(name, value)?;
    }
    if let Some(name) = &config.cli_name {
        check_program_name(name)?;
    }
    for header in [
        &config.client.retry_count_header,
        &config.client.idempotency_header,
    ]
    .into_iter()
    .flatten()
    {
        check_header_name(header)?;
    }
    let mut methods = std::collections::BTreeSet::new();
    for header in &config.client.identity_headers {
        check_identity_header(header)?;
        if !methods.insert(header.method.as_str()) {
            return Err(refused(
                format!("two identity headers use the method `{}`", header.method),
                "give each header its own method name",
            ));
        }
    }
    Ok(())
}

pub(crate) fn check_crate_name(name: &str) -> Result<()> {
    let hint = "choose another crate name: at most 64 ASCII letters, digits, `-` and `_`, \
                starting with a letter, and not a Rust keyword";
    let valid_chars = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !valid_chars || name.len() > crate::command::MAX_CRATE_NAME {
        return Err(refused(format!("`{name}` cannot be a crate name"), hint));
    }
    let as_ident = name.replace('-', "_");
    if naming::is_keyword(&as_ident) {
        return Err(refused(
            format!("the crate name `{name}` is a Rust keyword, so no code could name the crate"),
            hint,
        ));
    }
    if RESERVED_PACKAGE_NAMES.contains(&name.to_ascii_lowercase().as_str()) {
        return Err(refused(
            format!("the crate name `{name}` is reserved by Cargo, Rust or Windows"),
            hint,
        ));
    }
    Ok(())
}

/// Metadata Cargo and crates.io accept: a license that is an SPDX expression, URLs that are
/// http(s) and one word.
fn check_package(package: &PackageInfo) -> Result<()> {
    if let Some(license) = &package.license {
        if !is_license_expression(license) {
            return Err(refused(
                format!("the license `{license}` is not an SPDX expression"),
                "give SPDX identifiers joined by OR / AND, such as `MIT OR Apache-2.0`",
            ));
        }
    }
    for url in [&package.repository, &package.documentation]
        .into_iter()
        .flatten()
    {
        let scheme = url.starts_with("https://") || url.starts_with("http://");
        if !scheme || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(refused(
                format!("`{url}` is not a URL for the manifest"),
                "give an http(s) URL, such as `https://github.com/you/your-client`",
            ));
        }
    }
    Ok(())
}

fn check_identity_header(header: &IdentityHeader) -> Result<()> {
    let method = &header.method;
    let snake = method.starts_with(|c: char| c.is_ascii_lowercase())
        && method
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !snake || naming::is_keyword(method) || BUILDER_METHODS.contains(&method.as_str()) {
        return Err(refused(
            format!("`{method}` cannot be a method of the client builder"),
            "give the identity header a snake_case method name that is not a Rust keyword \
             or one of ClientBuilder's own methods",
        ));
    }
    let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if header.header.is_empty() || !header.header.chars().all(token) {
        return Err(refused(
            format!("`{}` is not an HTTP header name", header.header),
            "header names are ASCII letters, digits and `-` (RFC 9110 tokens)",
        ));
    }
    check_env_name(&header.env, "the environment variable")
}

fn check_env_name(name: &str, what: &str) -> Result<()> {
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if valid {
        Ok(())
    } else {
        Err(refused(
            format!("{what} `{name}` is not a portable variable name"),
            "use ASCII letters, digits and `_`, not starting with a digit",
        ))
    }
}

fn refused(message: String, hint: &str) -> Error {
    crate::config::refused_at(None, message, hint)
}

/// A header name the client can send: an HTTP token.
fn check_header_name(name: &str) -> Result<()> {
    let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if name.is_empty() || !name.chars().all(token) {
        return Err(refused(
            format!("`{name}` cannot be a header name"),
            "header names are ASCII letters, digits and !#$%&'*+-.^_`|~",
        ));
    }
    Ok(())
}

/// A header value sent as is: visible ASCII and spaces, so no request can be split.
fn check_header_value(name: &str, value: &str) -> Result<()> {
    if value.chars().all(|c| c == ' ' || c.is_ascii_graphic()) {
        return Ok(());
    }
    Err(refused(
        format!("the value of the header `{name}` holds a character a header cannot carry"),
        "use visible ASCII characters and spaces",
    ))
}

/// The command line's program name: a file name on every system.
fn check_program_name(name: &str) -> Result<()> {
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && name.len() <= 64;
    if valid {
        return Ok(());
    }
    Err(refused(
        format!("`{name}` cannot be the program's name"),
        "use ASCII letters, digits, `-` and `_`, starting with a letter",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    fn with_name(name: &str) -> Config {
        Config::new("spec.yaml", name)
    }

    #[test]
    fn unusable_crate_names_are_refused_with_a_reason() {
        for name in [
            "ref", "self", "Self", "", "1api", "my crate", "a/b", "std", "CON", "test",
        ] {
            let Err(error) = check(&with_name(name)) else {
                panic!("`{name}` was accepted");
            };
            assert_eq!(error.kind, ErrorKind::Config, "{name}");
            assert!(error.to_string().contains("crate name"), "{error}");
        }
        for name in ["openai-thread-runs", "my_client", "api2"] {
            assert_eq!(check(&with_name(name)), Ok(()), "{name}");
        }
        let error = check(&with_name("ref")).expect_err("a keyword");
        assert!(error.to_string().contains("is a Rust keyword"), "{error}");
    }

    #[test]
    fn versions_and_client_settings_are_checked() {
        let mut config = with_name("demo");
        config.crate_version = "1.0".into();
        assert!(check(&config).is_err());
        config.crate_version = "1.0.0-beta.1".into();
        assert_eq!(check(&config), Ok(()));
        config.client.api_key_env = Some("OPEN AI".into());
        assert!(check(&config).is_err());
        config.client.api_key_env = Some("OPENAI_API_KEY".into());
        let header = |method: &str, name: &str, env: &str| IdentityHeader {
            method: method.into(),
            header: name.into(),
            env: env.into(),
        };
        for bad in [
            header("r#type", "X-Org", "ORG"),
            header("build", "X-Org", "ORG"),
            header("organization", "X-Org\r\nEvil: 1", "ORG"),
            header("organization", "X-Org", "ORG-ID"),
        ] {
            config.client.identity_headers = vec![bad.clone()];
            assert!(check(&config).is_err(), "{bad:?}");
        }
        config.client.identity_headers = vec![header("organization", "X-Org", "ORG_ID")];
        assert_eq!(check(&config), Ok(()));
    }

    #[test]
    fn package_metadata_is_checked() {
        let mut config = with_name("demo");
        config.package.license = Some("Apache 2.0".into());
        let error = check(&config).expect_err("not SPDX");
        assert!(error.to_string().contains("SPDX"), "{error}");
        config.package.license = Some("MIT OR Apache-2.0".into());
        config.package.repository = Some("github.com/x/y".into());
        assert!(check(&config).is_err());
        config.package.repository = Some("https://github.com/x/y\n".into());
        assert!(check(&config).is_err());
        config.package.repository = Some("https://github.com/x/y".into());
        config.package.documentation = Some("https://docs.rs/demo".into());
        assert_eq!(check(&config), Ok(()));
    }
}
