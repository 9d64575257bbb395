//! The generated crate's README.md, which crates.io shows: the API's title and description,
//! how to add the crate, and a first call. The description is spec text, made safe as for
//! rustdoc (`docs::markdown`); the README is never included in the crate's docs, so none of
//! its code blocks is a doctest. The first call is the simplest operation to write out:
//! arguments that are plain strings, numbers or `Default` values.

use crate::config::Config;
use crate::ir::{Api, Operation, ParameterLocation, SuccessBody, TypeKind, TypeRef};
use crate::naming;

use super::builders::{construction, Construction};
use super::docs;

pub fn readme(api: &Api, config: &Config) -> String {
    let name = &config.crate_name;
    let library = name.replace('-', "_");
    let what = match api.operations.is_empty() {
        true => "Rust types for",
        false => "A typed Rust client for",
    };
    let mut text = format!(
        "# {name}\n\n{}\n",
        docs::doc_line(&format!(
            "{what} {} (version {}), generated from its OpenAPI document.",
            api.title, api.version
        ))
    );
    if let Some(description) = &api.description {
        text.push('\n');
        for line in docs::markdown(description) {
            text.push_str(&line);
            text.push('\n');
        }
    }
    text.push_str(&install(api, config));
    if !api.operations.is_empty() {
        text.push_str(&first_call(api, config, &library));
    }
    text.push_str(&compatibility());
    text
}

fn install(api: &Api, config: &Config) -> String {
    let name = &config.crate_name;
    let version = &config.crate_version;
    let runtime = match api.operations.is_empty() {
        true => String::new(),
        false => {
            "tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n".into()
        }
    };
    let program = match api.operations.is_empty() {
        true => "",
        false => {
            "\nThe `cli` feature adds a command-line program with a subcommand per operation: \
             `cargo install {name} --features cli`. The `tracing` feature makes every call a \
             `tracing` span (operation, status, request id, attempts; never a header or body).\n"
        }
    };
    format!(
        "\n## Install\n\n```toml\n[dependencies]\n{name} = \"{version}\"\n{runtime}```\n{}{}",
        program.replace("{name}", name),
        groups(api, name, version)
    )
}

/// How to compile only some groups of operations, when the crate has features for them.
fn groups(api: &Api, name: &str, version: &str) -> String {
    let names = &api.features.names;
    let Some(first) = names.first() else {
        return String::new();
    };
    let list = names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "\nEach group of operations is a feature, all on by default ({list}). To compile only \
         the groups you use, their operations and the types they reach:\n\n```toml\n\
         {name} = {{ version = \"{version}\", default-features = false, features = [\"{first}\"] }}\n```\n\n\
         The program has the commands of the groups it is built with: `cargo install {name} \
         --no-default-features --features cli,{first}` installs the `{first}` commands alone.\n"
    )
}

/// A program that builds the client and makes a first call: the simplest to write out.
fn first_call(api: &Api, config: &Config, library: &str) -> String {
    let client = match &config.client.api_key_env {
        Some(key) => format!(
            "    // Reads {key}{}.\n    let client = Client::from_env()?;\n",
            config
                .client
                .base_url_env
                .as_ref()
                .map_or(String::new(), |url| format!(
                    ", and {url} for another server"
                ))
        ),
        None => "    let client = Client::builder().api_key(\"your API key\").build()?;\n".into(),
    };
    let call = api
        .operations
        .iter()
        .filter_map(|op| call_text(api, op, library).map(|arguments| (op, arguments)))
        // A read with few arguments and a short name: what a reader tries first.
        .min_by_key(|(op, arguments)| {
            let read = op.method == crate::ir::HttpMethod::Get;
            (!read, arguments.len(), op.rust_name.len())
        });
    let call = match call {
        Some((op, arguments)) => {
            let invocation = format!("client.{}({}).await?", op.rust_name, arguments.join(", "));
            match op.success.body {
                SuccessBody::Empty => format!("    {invocation};\n"),
                _ => format!("    let answer = {invocation};\n    println!(\"{{answer:?}}\");\n"),
            }
        }
        None => "    // One method per operation: see `Client` in the documentation.\n".into(),
    };
    format!(
        "\n## A first call\n\n```rust\nuse {library}::Client;\n\n#[tokio::main]\n\
         async fn main() -> Result<(), {library}::Error> {{\n{client}{call}    Ok(())\n}}\n```\n"
    )
}

/// The arguments of a call to `op`, in the order the method takes them (path and header
/// parameters, the query parameters' struct, the body), if each is easy to write: a string,
/// a number, `None`, or a struct's `default()`.
fn call_text(api: &Api, op: &Operation, library: &str) -> Option<Vec<String>> {
    let mut arguments = Vec::new();
    for parameter in &op.parameters {
        let asked = match parameter.location {
            ParameterLocation::Path | ParameterLocation::Header => parameter.constant.is_none(),
            _ => false,
        };
        if !asked {
            continue;
        }
        if !parameter.required {
            arguments.push("None".to_owned());
            continue;
        }
        arguments.push(match &parameter.ty {
            TypeRef::String => format!("{:?}", naming::unraw(&parameter.rust_name)),
            TypeRef::Integer(_) => "1".to_owned(),
            TypeRef::Number => "1.0".to_owned(),
            TypeRef::Boolean => "true".to_owned(),
            _ => return None,
        });
    }
    if let Some(query) = &op.query_type {
        arguments.push(format!("&{}", default_value(api, query, library)?));
    }
    if let Some(body) = &op.request_body {
        match (&body.ty, body.required) {
            (_, false) => arguments.push("None".to_owned()),
            (TypeRef::Named(name), true) => {
                arguments.push(format!("&{}", default_value(api, name, library)?))
            }
            _ => return None,
        }
    }
    Some(arguments)
}

/// `library::types::Name::default()` when the struct is built that way.
fn default_value(api: &Api, name: &str, library: &str) -> Option<String> {
    match &api.types.get(name)?.kind {
        TypeKind::Struct(s) if construction(api, s) == Construction::Default => {
            Some(format!("{library}::types::{name}::default()"))
        }
        _ => None,
    }
}

/// What keeps the user's code compiling when a new version of the crate comes out.
fn compatibility() -> String {
    "\n## Upgrading\n\n\
     A new version of the API's document (a new value, field, member or operation) gives a \
     new version of this crate that the code written for the last one still compiles \
     against: enums and structs are `#[non_exhaustive]`, so a `match` ends with a wildcard \
     arm (an enum's `as_str()` gives the text of any value, `Unknown` ones included), and a \
     struct is built with `new(..)` or `default()` and its setters rather than a literal.\n"
        .to_owned()
}
