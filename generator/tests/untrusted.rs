//! Untrusted specs: every string of a spec is data. Hostile text in any position (title,
//! version, descriptions, names, enum values, tags, operation ids, server URL, extension
//! values) either makes generation fail with a clear error, or gives a crate whose
//! Cargo.toml has only the generator's keys, whose Rust files all parse, whose file names
//! are the generator's, and whose doc comments hold no code block rustdoc would compile.
//!
//! CI runs a short property test (32 cases) and two regressions that build a crate
//! (`cargo test --doc` runs nothing). The long run, which also builds the generated
//! crates (`cargo clippy -D warnings` and `cargo test --doc` on each), is ignored here:
//! `UNTRUSTED_CRATES=20 PROPTEST_CASES=5000 cargo test --release -p openapi-generator
//! --test untrusted -- --include-ignored`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use openapi_generator::{generate, Config, Generated};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config as RunnerConfig, TestRunner};
use serde_json::{json, Value};

/// Pieces of hostile text: quoting and comment syntax of Rust and TOML, Markdown code,
/// control and bidirectional characters, path syntax, Rust keywords.
const PIECES: &[&str] = &[
    "\"",
    "'",
    "\n",
    "\r",
    "\r\n",
    "\0",
    "\u{7}",
    "\t",
    "*/",
    "/*",
    "//",
    "]]",
    "[[",
    "\\",
    "\\\"",
    "#",
    "#![",
    "]",
    "}",
    "{",
    "`",
    "```rust\n",
    "```\n",
    "~~~\n",
    "\n    ",
    "\n\n    std::process::exit(3);\n",
    "> ```\n",
    "- ",
    "1. ",
    "\u{202E}",
    "\u{200F}",
    "\u{2066}",
    "\u{feff}",
    "\u{85}",
    "\u{2028}",
    "é",
    "²",
    "日本",
    "../",
    "/",
    "~1",
    "%2F",
    "\n[dependencies]\nevil = \"1\"\n",
    "\nbuild = \"src/types.rs\"\n",
    "r#",
    "self",
    "ref",
    "type",
    "Self",
    "_",
    "0",
    "-1",
    "fn main() { std::process::exit(3) }",
    "#[doc = \"",
    "\"]",
];

/// A string built from hostile pieces and arbitrary characters, sometimes very long.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-zA-Z]{1,8}",
    ];
    (proptest::collection::vec(piece, 0..6), 0..20u32).prop_map(|(pieces, long)| {
        let text = pieces.concat();
        if long == 0 {
            text.repeat(2000)
        } else {
            text
        }
    })
}

/// The text positions of the small spec, each filled by one hostile string.
#[derive(Clone, Debug)]
struct Texts {
    title: String,
    version: String,
    description: String,
    server: String,
    tag: String,
    operation_id: String,
    path_segment: String,
    parameter: String,
    schema_name: String,
    property: String,
    values: [String; 2],
    extension: String,
}

fn texts() -> impl Strategy<Value = Texts> {
    (
        (
            hostile(),
            hostile(),
            hostile(),
            hostile(),
            hostile(),
            hostile(),
        ),
        (
            hostile(),
            hostile(),
            hostile(),
            hostile(),
            hostile(),
            hostile(),
            hostile(),
        ),
    )
        .prop_map(|(a, b)| Texts {
            title: a.0,
            version: a.1,
            description: a.2,
            server: a.3,
            tag: a.4,
            operation_id: a.5,
            path_segment: b.0,
            parameter: b.1,
            schema_name: b.2,
            property: b.3,
            values: [b.4, b.5],
            extension: b.6,
        })
}

/// A one-operation spec (query parameter, body and answer of one component schema with an
/// enum property) with the texts in every position a string can take.
fn spec(t: &Texts) -> Value {
    let reference = format!(
        "#/components/schemas/{}",
        t.schema_name.replace('~', "~0").replace('/', "~1")
    );
    let described = |what: &str| format!("{what}: {}", t.description);
    json!({
        "openapi": "3.1.0",
        "info": {"title": t.title, "version": t.version, "description": t.description,
                 "license": {"name": t.title, "identifier": t.version},
                 "x-logo": t.extension},
        "servers": [{"url": t.server, "description": described("server")}],
        "tags": [{"name": t.tag, "description": described("tag")}],
        "paths": {
            format!("/items/{}", t.path_segment): {
                "post": {
                    "operationId": t.operation_id,
                    "summary": t.title,
                    "description": described("operation"),
                    "tags": [t.tag],
                    "x-extension": {"value": t.extension},
                    "parameters": [{
                        "name": t.parameter, "in": "query", "description": described("parameter"),
                        "schema": {"type": "string", "enum": t.values, "default": t.values[0]}
                    }],
                    "requestBody": {"required": true, "content": {"application/json": {
                        "schema": {"$ref": reference}
                    }}},
                    "responses": {"200": {"description": described("response"),
                        "content": {"application/json": {"schema": {"$ref": reference}}}}}
                }
            },
            format!("/items/{}/{{{}}}", t.path_segment, t.parameter): {
                "get": {
                    "operationId": t.values[1],
                    "x-poll": {"status_property": t.property, "until": [t.values[1], t.extension]},
                    "parameters": [{"name": t.parameter, "in": "path", "required": true,
                                    "schema": {"type": "string"}}],
                    "responses": {"200": {"description": described("retrieved"),
                        "content": {"application/json": {"schema": {"$ref": reference}}}}}
                }
            }
        },
        "webhooks": {t.tag.clone(): {"post": {
            "operationId": t.values[0],
            "description": described("webhook"),
            "requestBody": {"content": {"application/json": {"schema": {"$ref": reference}}}},
            "responses": {"200": {"description": "ok"}}
        }}},
        "components": {"schemas": {
            t.schema_name.clone(): {
                "type": "object",
                "title": t.title,
                "description": described("schema"),
                "required": [t.property],
                "properties": {
                    t.property.clone(): {
                        "type": "string", "enum": t.values, "description": described("property"),
                        "default": t.values[1], "x-extension": t.extension
                    },
                    "note": {"type": "string", "maxLength": 10, "description": t.values[0]}
                }
            }
        }}
    })
}

/// Writes the spec as JSON (which carries every character, NUL included) to a file of its
/// own in this test binary's scratch directory.
fn write_spec(name: &str, spec: &Value) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("untrusted");
    fs::create_dir_all(&dir).expect("create scratch dir");
    let path = dir.join(format!(
        "{name}-{}-{:?}.json",
        std::process::id(),
        std::thread::current().id()
    ));
    fs::write(&path, serde_json::to_vec(spec).expect("JSON")).expect("write spec");
    path
}

/// The files a generated crate has: the generator's names, none from the spec.
const FILE_NAMES: &[&str] = &[
    "Cargo.toml",
    "README.md",
    "src/bin/cli.rs",
    "src/builders.rs",
    "src/cli.rs",
    "src/client.rs",
    "src/error.rs",
    "src/fields.rs",
    "src/json.rs",
    "src/lib.rs",
    "src/operations.rs",
    "src/pagination.rs",
    "src/resources.rs",
    "src/response.rs",
    "src/sse.rs",
    "src/support.rs",
    "src/types.rs",
    "src/validate.rs",
    "src/validation.rs",
    "src/webhooks.rs",
];

/// Everything the property asserts of a generated crate.
fn check_crate(generated: &Generated, crate_name: &str) -> Result<(), String> {
    for name in generated.files.keys() {
        if !FILE_NAMES.contains(&name.as_str()) {
            return Err(format!("a file name the generator does not own: {name:?}"));
        }
    }
    let manifest = generated.files.get("Cargo.toml").ok_or("no Cargo.toml")?;
    check_manifest(manifest, crate_name)?;
    let readme = generated.files.get("README.md").ok_or("no README.md")?;
    check_readme(readme, crate_name)?;
    for (name, text) in &generated.files {
        if name.ends_with(".rs") {
            check_rust(text).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    Ok(())
}

/// The README's only Rust block is the generator's first call (were the README ever made
/// the crate's docs, spec text would still run nothing).
fn check_readme(text: &str, crate_name: &str) -> Result<(), String> {
    use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag};
    let first_line = format!("use {}::Client;", crate_name.replace('-', "_"));
    let mut in_rust = false;
    let mut rust_blocks = 0;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => {
                return Err(format!("an indented block in the README:\n{text}"));
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if is_rust_info(&info) => {
                in_rust = true;
                rust_blocks += 1;
            }
            Event::Text(code) if in_rust => {
                if !code.starts_with(&first_line) {
                    return Err(format!("a Rust block that is not the first call:\n{code}"));
                }
                in_rust = false;
            }
            _ => {}
        }
    }
    match rust_blocks {
        0 | 1 => Ok(()),
        _ => Err(format!("{rust_blocks} Rust blocks in the README:\n{text}")),
    }
}

/// The manifest parses and has the generator's keys only.
fn check_manifest(text: &str, crate_name: &str) -> Result<(), String> {
    let manifest: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| format!("Cargo.toml does not parse: {e}\n{text}"))?;
    let keys = |item: &toml_edit::Item| -> Vec<String> {
        item.as_table_like()
            .map(|t| t.iter().map(|(k, _)| k.to_owned()).collect())
            .unwrap_or_default()
    };
    let allowed_top = ["package", "dependencies", "features", "bin", "workspace"];
    let top: Vec<String> = manifest.iter().map(|(k, _)| k.to_owned()).collect();
    if top.iter().any(|k| !allowed_top.contains(&k.as_str())) {
        return Err(format!("unexpected top-level keys {top:?}"));
    }
    // In this order; license, repository and documentation only when given (the spec's
    // license only when it is an SPDX expression).
    let package = keys(&manifest["package"]);
    let allowed = [
        "name",
        "version",
        "edition",
        "description",
        "license",
        "repository",
        "documentation",
        "readme",
        "metadata",
    ];
    let mut rest = allowed.iter();
    if !package.iter().all(|key| rest.any(|a| a == key)) {
        return Err(format!("package keys {package:?}"));
    }
    for required in [
        "name",
        "version",
        "edition",
        "description",
        "readme",
        "metadata",
    ] {
        if !package.iter().any(|k| k == required) {
            return Err(format!("no package key {required} in {package:?}"));
        }
    }
    if let Some(license) = manifest["package"].get("license") {
        let spdx = license.as_str().is_some_and(|l| {
            l.split_whitespace().all(|w| {
                w.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "().-+".contains(c))
            })
        });
        if !spdx {
            return Err(format!("license {license:?} is not an SPDX expression"));
        }
    }
    let metadata = manifest["package"]["metadata"].to_string();
    let docs_rs = manifest["package"]["metadata"]["docs"]["rs"]
        .as_table_like()
        .map(|t| t.iter().map(|(k, _)| k.to_owned()).collect::<Vec<_>>());
    if keys(&manifest["package"]["metadata"]) != ["docs"]
        || docs_rs != Some(vec!["all-features".to_owned()])
    {
        return Err(format!(
            "package.metadata is not docs.rs' all-features: {metadata}"
        ));
    }
    if manifest["package"]["name"].as_str() != Some(crate_name) {
        return Err("the package name is not the one asked for".into());
    }
    let known = [
        "serde",
        "serde_json",
        "base64",
        "bytes",
        "clap",
        "clap_complete",
        "fastrand",
        "futures-core",
        "httpdate",
        "percent-encoding",
        "reqwest",
        "serde_yaml",
        "thiserror",
        "tokio",
        "tracing",
    ];
    let dependencies = keys(&manifest["dependencies"]);
    if dependencies.iter().any(|d| !known.contains(&d.as_str())) {
        return Err(format!("unexpected dependencies {dependencies:?}"));
    }
    check_features(&manifest)
}

/// The features are the generator's (`cli`, `tracing`, `default`) and one per group of
/// operations, named in plain ASCII, enabling nothing of their own.
fn check_features(manifest: &toml_edit::DocumentMut) -> Result<(), String> {
    let Some(features) = manifest.get("features").and_then(|f| f.as_table()) else {
        return Ok(());
    };
    let plain = |name: &str| {
        name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    for (name, item) in features.iter() {
        let listed: Vec<&str> = item
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        let fine = match name {
            "cli" | "tracing" => true,
            "default" => listed.iter().all(|f| plain(f) && features.contains_key(f)),
            group => plain(group) && listed.is_empty(),
        };
        if !fine {
            return Err(format!("unexpected feature {name} = {listed:?}"));
        }
    }
    Ok(())
}

/// The file parses as Rust, has no character rustc rejects in comments, and no doc comment
/// holds a code block rustdoc would compile.
fn check_rust(text: &str) -> Result<(), String> {
    syn::parse_file(text).map_err(|e| format!("not Rust: {e}"))?;
    if let Some(c) = text.chars().find(|c| is_rejected(*c)) {
        return Err(format!("character {c:?} in the source"));
    }
    let tokens: TokenStream = text.parse().map_err(|e| format!("no tokens: {e:?}"))?;
    for doc in doc_comments(tokens) {
        if doc.contains('\t') {
            return Err(format!("a tab in a doc comment (clippy denies it):\n{doc}"));
        }
        if let Some(block) = compiled_block(&doc) {
            return Err(format!("rustdoc would compile {block:?} in:\n{doc}"));
        }
    }
    Ok(())
}

/// A bare CR, a control character other than newline and tab, or a bidirectional control.
fn is_rejected(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Each item's documentation: runs of `#[doc = "..."]` (doc comments, once tokenized)
/// joined by newlines and unindented as rustdoc does.
fn doc_comments(tokens: TokenStream) -> Vec<String> {
    let mut docs = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tree) = iter.next() {
        let doc = match (&tree, iter.peek()) {
            (TokenTree::Punct(p), Some(TokenTree::Group(g)))
                if p.as_char() == '#' && g.delimiter() == Delimiter::Bracket =>
            {
                doc_value(g.stream())
            }
            (TokenTree::Punct(p), Some(TokenTree::Punct(bang)))
                if p.as_char() == '#' && bang.as_char() == '!' =>
            {
                iter.next();
                match iter.peek() {
                    Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => {
                        doc_value(g.stream())
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        match doc {
            Some(line) => {
                iter.next();
                current.push(line);
            }
            None => {
                if !current.is_empty() {
                    docs.push(unindent(&current));
                    current.clear();
                }
                if let TokenTree::Group(group) = tree {
                    docs.extend(doc_comments(group.stream()));
                }
            }
        }
    }
    if !current.is_empty() {
        docs.push(unindent(&current));
    }
    docs
}

/// The string of `doc = "..."`, if that is what the attribute is.
fn doc_value(attribute: TokenStream) -> Option<String> {
    let trees: Vec<TokenTree> = attribute.into_iter().collect();
    match trees.as_slice() {
        [TokenTree::Ident(name), TokenTree::Punct(eq), TokenTree::Literal(literal)]
            if name == "doc" && eq.as_char() == '=' =>
        {
            syn::parse_str::<syn::LitStr>(&literal.to_string())
                .ok()
                .map(|s| s.value())
        }
        _ => None,
    }
}

fn unindent(lines: &[String]) -> String {
    let lines: Vec<&str> = lines.iter().flat_map(|l| l.split('\n')).collect();
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first code block of the Markdown that rustdoc would treat as Rust: an indented one,
/// or a fenced one whose info string has no word rustdoc does not know (its rule: a block
/// is Rust unless some word of the info string is neither Rust nor a test attribute).
fn compiled_block(markdown: &str) -> Option<String> {
    use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag};
    Parser::new(markdown).find_map(|event| match event {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => Some("an indented block".into()),
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if is_rust_info(&info) => {
            Some(format!("a fence with info {info:?}"))
        }
        _ => None,
    })
}

fn is_rust_info(info: &str) -> bool {
    let words: Vec<&str> = info
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let rustdoc_word = |w: &str| {
        matches!(
            w,
            "rust"
                | "ignore"
                | "should_panic"
                | "no_run"
                | "compile_fail"
                | "test_harness"
                | "standalone_crate"
        ) || w.starts_with("ignore-")
            || w.starts_with("edition")
            || (w.len() == 5 && w.starts_with('E'))
    };
    words.is_empty() || words.iter().all(|w| rustdoc_word(w)) || words.contains(&"rust")
}

/// Generates from the texts; `Ok(None)` when generation refused the spec with an error that
/// names the file.
fn generate_checked(name: &str, texts: &Texts) -> Result<Option<Generated>, String> {
    let path = write_spec(name, &spec(texts));
    let mut config = Config::new(&path, "untrusted");
    config.standalone = true;
    let outcome = std::panic::catch_unwind(|| generate(&config));
    match outcome {
        Ok(Ok(generated)) => {
            check_crate(&generated, "untrusted")?;
            Ok(Some(generated))
        }
        Ok(Err(error)) if error.file.as_deref() == Some(path.as_path()) => Ok(None),
        Ok(Err(error)) => Err(format!("an error without its file: {error}")),
        Err(_) => Err(format!("generation panicked on {texts:?}")),
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(32),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn hostile_text_is_data(texts in texts()) {
        generate_checked("property", &texts).map_err(TestCaseError::fail)?;
    }
}

/// Plain texts, so that the generation-succeeds path is certainly exercised: the property
/// must hold where nothing is hostile, and the checks must be able to fail.
#[test]
fn the_checks_see_what_they_guard_against() {
    let plain = Texts {
        title: "Demo".into(),
        version: "1.0.0".into(),
        description: "Plain.".into(),
        server: "https://api.example.com".into(),
        tag: "items".into(),
        operation_id: "createItem".into(),
        path_segment: "new".into(),
        parameter: "mode".into(),
        schema_name: "Item".into(),
        property: "kind".into(),
        values: ["a".into(), "b".into()],
        extension: "x".into(),
    };
    let generated = generate_checked("plain", &plain)
        .expect("the property holds")
        .expect("a plain spec generates");
    let operations = &generated.files["src/operations.rs"];
    assert!(operations.contains("fn b_until_done("), "{operations}");
    assert!(generated.files.contains_key("src/webhooks.rs"));
    assert!(check_manifest("[package]\nbuild = \"x\"\n", "untrusted").is_err());
    assert!(check_rust("/// ```rust\n/// x\n/// ```\nstruct A;").is_err());
    assert!(check_rust("//! Text\n//!\n//!     x\nstruct A;").is_err());
    assert!(check_rust("/// ```json\n/// {}\n/// ```\nstruct A;").is_ok());
    assert!(check_rust("mod a {\n    /// ~~~\n    /// x\n    /// ~~~\n    struct A;\n}").is_err());
}

/// The manifest hole of the issue: a title that closes its string and adds a build script
/// and a dependency ends up as a description, all of it.
#[test]
fn a_title_cannot_add_manifest_keys() {
    let title = "Untrusted \"API\"\nbuild = \"src/types.rs\"\n[dependencies]\nevil = \"1\"";
    let spec = json!({
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1.0.0\"\n[lib]\npath = \"x.rs\""},
        "paths": {},
        "components": {"schemas": {"Thing": {"type": "string"}}}
    });
    let path = write_spec("manifest", &spec);
    let mut config = Config::new(&path, "untrusted");
    config.all_schemas = true;
    let generated = generate(&config).expect("generates");
    let text = &generated.files["Cargo.toml"];
    check_manifest(text, "untrusted").expect("only the generator's keys");
    let manifest: toml_edit::DocumentMut = text.parse().expect("parses");
    let description = manifest["package"]["description"]
        .as_str()
        .expect("a string");
    assert!(description.contains("build = \"src/types.rs\" [dependencies] evil = \"1\""));
    assert!(manifest["dependencies"].get("evil").is_none());
    assert!(manifest.get("lib").is_none());
}

#[test]
fn a_default_server_over_http_draws_a_warning() {
    let mut texts_spec = spec(&Texts {
        title: "Demo".into(),
        version: "1.0.0".into(),
        description: String::new(),
        server: "http://api.example.com".into(),
        tag: "items".into(),
        operation_id: "createItem".into(),
        path_segment: "new".into(),
        parameter: "mode".into(),
        schema_name: "Item".into(),
        property: "kind".into(),
        values: ["a".into(), "b".into()],
        extension: "x".into(),
    });
    let path = write_spec("http", &texts_spec);
    let generated = generate(&Config::new(&path, "untrusted")).expect("generates");
    let warnings = generated.warnings.summary().join("\n");
    assert!(warnings.contains("not https"), "{warnings}");
    assert!(warnings.contains("#/servers/0/url"), "{warnings}");
    texts_spec["servers"][0]["url"] = json!("https://api.example.com");
    let path = write_spec("https", &texts_spec);
    let generated = generate(&Config::new(&path, "untrusted")).expect("generates");
    assert!(generated.warnings.is_empty(), "{:?}", generated.warnings);
}

/// The doctest hole of the issue: descriptions with a ```rust block, a `~~~` fence and an
/// indented block (each would make `cargo test --doc` run `std::process::exit(3)`) give a
/// crate whose doctests are none.
#[test]
fn code_in_descriptions_never_runs_as_a_doctest() {
    let exit = "fn main() { std::process::exit(3) }";
    let spec = json!({
        "openapi": "3.1.0",
        "info": {"title": "Doctests", "version": "1.0.0",
                 "description": format!("```rust\n{exit}\n```")},
        "paths": {},
        "components": {"schemas": {
            "Fenced": {"type": "object", "description": format!("Rust:\n```rust\n{exit}\n```"),
                       "properties": {"tilde": {"type": "string",
                           "description": format!("Tildes:\n~~~\n{exit}\n~~~")}}},
            "Indented": {"type": "string", "enum": ["a"],
                         "description": format!("Indented:\n\n    {exit}\n\nafter")},
            "Quoted": {"type": "integer",
                       "description": format!("> ```\n> {exit}\n> ```\n\n1.     {exit}")}
        }}
    });
    let path = write_spec("doctests", &spec);
    let mut config = Config::new(&path, "untrusted-doctests");
    config.all_schemas = true;
    config.standalone = true;
    let generated = generate(&config).expect("generates");
    check_crate(&generated, "untrusted-doctests").expect("the property holds");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("untrusted-doctests");
    generated.write_to(&out).expect("write the crate");
    let summary = cargo_doctests(&out).expect("cargo test --doc");
    assert_eq!(summary, "0 passed; 0 failed; 0 ignored", "doctests ran");
}

/// Runs `cargo test --doc` in `dir` and returns the counts of its result line.
fn cargo_doctests(dir: &Path) -> Result<String, String> {
    let output = cargo(dir, &["test", "--doc", "--quiet"])?;
    let line = output
        .lines()
        .find(|l| l.starts_with("test result:"))
        .ok_or_else(|| format!("no test result in:\n{output}"))?;
    Ok(line
        .split(". ")
        .nth(1)
        .and_then(|rest| rest.split("; 0 measured").next())
        .unwrap_or(line)
        .to_owned())
}

/// Runs cargo in `dir` with a target directory shared by the crates of these tests, and
/// returns its output, or why it failed.
fn cargo(dir: &Path, arguments: &[&str]) -> Result<String, String> {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("untrusted-target");
    let output = Command::new(env!("CARGO"))
        .args(arguments)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if output.status.success() {
        Ok(text)
    } else {
        Err(format!("cargo {} failed:\n{text}", arguments.join(" ")))
    }
}

/// The long run: random hostile specs until `UNTRUSTED_CRATES` of them (default 3)
/// generated, each built with clippy -D warnings and its doctests run (there must be none).
#[test]
#[ignore = "builds crates; run with --include-ignored (see the module's doc)"]
fn generated_crates_from_hostile_specs_build_without_doctests() {
    let wanted: usize = std::env::var("UNTRUSTED_CRATES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let mut runner = TestRunner::new(RunnerConfig::default());
    let (mut tried, mut built) = (0, 0);
    while built < wanted {
        tried += 1;
        assert!(tried < 1000 * wanted, "too few specs generate");
        let texts = texts().new_tree(&mut runner).expect("a case").current();
        let Some(generated) = generate_checked("built", &texts).expect("the property holds") else {
            continue;
        };
        let out = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("untrusted-crates")
            .join(built.to_string());
        generated.write_to(&out).expect("write the crate");
        let clippy = [
            "clippy",
            "--quiet",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ];
        if let Err(e) = cargo(&out, &clippy) {
            panic!("case {built} ({texts:?}):\n{e}");
        }
        let summary = cargo_doctests(&out).unwrap_or_else(|e| panic!("case {built}: {e}"));
        assert_eq!(summary, "0 passed; 0 failed; 0 ignored", "case {built}");
        built += 1;
    }
    println!("{built} crates built and checked, from {tried} hostile specs");
}

/// Operation ids that give one method name, or `Client`'s own, and parameters that give one
/// argument name, or the name of a local of the method, are numbered. (`cargo xtask test`
/// builds the fixture's crate with clippy, as it does every fixture.)
#[test]
fn colliding_operation_and_argument_names_are_numbered() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/operation_names.yaml");
    let generated = generate(&Config::new(fixture, "untrusted")).expect("generates");
    let operations = &generated.files["src/operations.rs"];
    for expected in [
        "pub fn get_item(",
        "pub fn get_item_2(",
        "pub fn builder_2(",
        "request_2: &str",
        "item_id: &str",
        "item_id_2: &str",
        "value_2: Option<&str>",
    ] {
        assert!(
            operations.contains(expected),
            "no `{expected}` in:\n{operations}"
        );
    }
    assert!(!operations.contains("stray"), "{operations}");
    let warnings = generated.warnings.summary().join("\n");
    assert!(warnings.contains("not in the path template"), "{warnings}");
}
