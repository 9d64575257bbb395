//! Bad specs: one clear error that names the file and the node, never a panic, and
//! nothing written.

use std::fs;
use std::path::{Path, PathBuf};

use openapi_generator::{generate, generate_to, Config, Error, ErrorKind};

/// A scratch directory of this test binary, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("errors")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Writes `spec` as `spec.yaml` in a fresh scratch directory.
fn write_spec(name: &str, spec: impl AsRef<[u8]>) -> PathBuf {
    let path = scratch(name).join("spec.yaml");
    fs::write(&path, spec).expect("write spec");
    path
}

fn generate_from(name: &str, spec: &[u8]) -> Result<(), Error> {
    generate(&Config::new(write_spec(name, spec), "bad")).map(|_| ())
}

fn expect_error(name: &str, spec: &str, kind: ErrorKind, pointer: Option<&str>) -> Error {
    let error = match generate_from(name, spec.as_bytes()) {
        Ok(()) => panic!("{name}: expected an error, generation succeeded"),
        Err(error) => error,
    };
    assert_eq!(error.kind, kind, "{name}: {error}");
    assert!(
        error
            .file
            .as_ref()
            .is_some_and(|f| f.ends_with("spec.yaml")),
        "{name}: the error names no file: {error}"
    );
    if let Some(pointer) = pointer {
        assert_eq!(error.pointer.as_deref(), Some(pointer), "{name}: {error}");
    }
    assert!(
        error.to_string().contains("spec.yaml"),
        "{name}: display: {error}"
    );
    error
}

const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n";

#[test]
fn malformed_yaml_gives_line_and_column() {
    let error = expect_error(
        "malformed",
        "openapi: 3.1.0\ninfo: [unclosed\n",
        ErrorKind::Syntax,
        None,
    );
    assert!(error.line.is_some() && error.column.is_some(), "{error}");
}

#[test]
fn documents_that_are_not_openapi() {
    for (name, text) in [
        ("list", "- a\n- b\n"),
        ("scalar", "42\n"),
        ("empty", ""),
        ("no_version", "info: {}\n"),
    ] {
        expect_error(name, text, ErrorKind::NotOpenApi, None);
    }
    let error = generate_from("binary", &[0xff, 0xfe, 0x00, 0x01]).expect_err("binary input");
    assert_eq!(error.kind, ErrorKind::Syntax, "{error}");
}

#[test]
fn swagger_2_and_unknown_versions() {
    let error = expect_error(
        "swagger",
        "swagger: '2.0'\ninfo: {}\n",
        ErrorKind::NotOpenApi,
        Some("#/swagger"),
    );
    assert!(error.hint.is_some());
    expect_error(
        "v4",
        "openapi: 4.0.0\ninfo: {}\npaths: {}\n",
        ErrorKind::NotOpenApi,
        Some("#/openapi"),
    );
}

#[test]
fn reference_to_a_missing_component() {
    let spec = format!(
        "{HEAD}components:\n  schemas:\n    A:\n      type: object\n      properties:\n        b: {{$ref: '#/components/schemas/Missing'}}\n"
    );
    expect_error(
        "missing_ref",
        &spec,
        ErrorKind::BadReference,
        Some("#/components/schemas/A/properties/b"),
    );
}

#[test]
fn reference_to_another_file_is_unsupported() {
    let spec = format!(
        "{HEAD}components:\n  schemas:\n    A:\n      type: object\n      properties:\n        b: {{$ref: 'other.yaml#/B'}}\n"
    );
    let error = expect_error(
        "external_ref",
        &spec,
        ErrorKind::Unsupported,
        Some("#/components/schemas/A/properties/b"),
    );
    assert!(error.message.contains("another file"), "{error}");
}

#[test]
fn aliases_that_loop() {
    let spec = format!(
        "{HEAD}components:\n  schemas:\n    A: {{$ref: '#/components/schemas/B'}}\n    B: {{$ref: '#/components/schemas/A'}}\n"
    );
    expect_error("alias_loop", &spec, ErrorKind::BadReference, None);
}

#[test]
fn duplicate_operation_ids() {
    let operation = "operationId: same\n      responses: {'200': {description: ok}}";
    let spec = format!(
        "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      {operation}\n  /b:\n    get:\n      {operation}\n"
    );
    expect_error(
        "duplicate_ids",
        &spec,
        ErrorKind::InvalidSpec,
        Some("#/paths/~1b/get/operationId"),
    );
}

/// Paths and components are normalised on two threads; the error is still the first in
/// the document's order.
#[test]
fn of_two_problems_the_one_in_the_paths_is_named() {
    let spec = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /b:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: strng}\ncomponents:\n  schemas:\n    A:\n      type: nmber\n";
    expect_error(
        "two_problems",
        spec,
        ErrorKind::InvalidSpec,
        Some("#/paths/~1b/get/responses/200/content/application~1json/schema/type"),
    );
    let components_only = spec.replace("strng", "string");
    expect_error(
        "component_problem",
        &components_only,
        ErrorKind::InvalidSpec,
        Some("#/components/schemas/A/type"),
    );
}

#[test]
fn unknown_type_is_named() {
    let spec = format!("{HEAD}components:\n  schemas:\n    A:\n      type: strng\n");
    expect_error(
        "unknown_type",
        &spec,
        ErrorKind::InvalidSpec,
        Some("#/components/schemas/A/type"),
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let mut schema = String::from("{type: string}");
    for _ in 0..5000 {
        schema = format!("{{type: array, items: {schema}}}");
    }
    let spec = format!("{HEAD}components:\n  schemas:\n    Deep: {schema}\n");
    expect_error("deep", &spec, ErrorKind::Syntax, None);
}

#[test]
fn unquoted_status_codes_load() {
    let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: a\n      responses:\n        200:\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {x: {type: string}}}\n";
    let result = generate_from("unquoted_status", spec.as_bytes());
    assert!(result.is_ok(), "{result:?}");
}

/// An output directory holding one hand-kept file, and a spec that does not parse.
fn kept_output_and_bad_spec(name: &str) -> (PathBuf, PathBuf) {
    let out = scratch(name).join("out");
    fs::create_dir_all(out.join("src")).expect("create out");
    fs::write(out.join("src/lib.rs"), "// hand-kept\n").expect("write");
    let bad = scratch(&format!("{name}_spec")).join("spec.yaml");
    fs::write(&bad, "openapi: 3.1.0\ninfo: [").expect("write spec");
    (out, bad)
}

fn assert_kept(out: &Path) {
    assert_eq!(
        fs::read_to_string(out.join("src/lib.rs")).expect("read"),
        "// hand-kept\n"
    );
    assert_eq!(fs::read_dir(out).expect("list").count(), 1);
}

#[test]
fn a_failed_run_leaves_the_output_as_it_was() {
    let (out, bad) = kept_output_and_bad_spec("untouched");
    let result = generate(&Config::new(&bad, "x")).and_then(|g| g.write_to(&out));
    assert!(result.is_err());
    assert_kept(&out);
}

#[test]
fn a_failed_streamed_run_leaves_the_output_as_it_was() {
    let (out, bad) = kept_output_and_bad_spec("untouched_streamed");
    assert!(generate_to(&Config::new(&bad, "x"), &out).is_err());
    assert_kept(&out);
    // A place that cannot be a directory: an error naming it, nothing written.
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/string_enum.yaml");
    let blocked = out.join("src/lib.rs").join("crate");
    let error = generate_to(&Config::new(&spec, "x"), &blocked).expect_err("not a directory");
    assert_eq!(error.kind, ErrorKind::Io, "{error}");
    assert!(error.message.contains("lib.rs"), "{error}");
    let parent = out.parent().expect("scratch");
    let names: Vec<_> = fs::read_dir(parent)
        .expect("list")
        .map(|entry| entry.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["out"], "no staging directory left behind");
    assert_kept(&out);
}

#[test]
fn a_streamed_run_writes_what_a_run_in_memory_makes() {
    // The repository's spec with every schema: the types module in several jobs' pieces,
    // the command line, the client.
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.yaml");
    let generated = streamed_as_in_memory(&spec, "streamed");
    let types = &generated.files["src/types.rs"];
    let named = types.matches("\npub struct ").count() + types.matches("\npub enum ").count();
    assert!(
        named > 3 * 64,
        "{named} types: too few for several of emission's jobs"
    );
}

#[test]
fn a_large_file_written_in_pieces_is_what_a_run_in_memory_makes() {
    // OpenAI's whole document: its command line and builders are files larger
    // than a piece of the staging directory (256 KB), handed on cut at line ends and
    // spaced across the cuts.
    let spec = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/openai-openapi/openapi-3.0.0-2025-04-29.yaml");
    let generated = streamed_as_in_memory(&spec, "streamed_large");
    for file in ["src/cli.rs", "src/builders.rs"] {
        let bytes = generated.files[file].len();
        assert!(bytes > 256 * 1024, "{file}: {bytes} bytes, one piece");
    }
}

/// The crate of `spec` (every schema) written by `generate_to`, checked to be what
/// `generate` makes in memory, which it returns.
fn streamed_as_in_memory(spec: &Path, name: &str) -> openapi_generator::Generated {
    let mut config = Config::new(spec, name);
    config.all_schemas = true;
    let generated = generate(&config).expect("generate");
    let out = scratch(name).join("out");
    fs::create_dir_all(&out).expect("create out");
    fs::write(out.join("stale.rs"), "old").expect("write");
    let written = generate_to(&config, &out).expect("written");
    assert_eq!(written.files, generated.files.len());
    assert_eq!(written.warnings, generated.warnings);
    assert_eq!(generated.stale_files(&out), Vec::<PathBuf>::new());
    generated
}

#[test]
fn a_good_run_replaces_the_output_whole() {
    let out = scratch("replaced").join("out");
    fs::create_dir_all(&out).expect("create out");
    fs::write(out.join("stale.rs"), "old").expect("write");
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/string_enum.yaml");
    let generated = generate(&Config::new(spec, "x")).expect("generate");
    generated.write_to(&out).expect("write");
    assert!(!out.join("stale.rs").exists());
    assert!(generated.stale_files(&out).is_empty());
    fs::write(out.join("src/types.rs"), "changed").expect("write");
    assert_eq!(
        generated.stale_files(&out),
        vec![PathBuf::from("src/types.rs")]
    );
}

#[test]
fn dubious_specs_warn_once_per_kind() {
    let spec = format!(
        "{HEAD}components:\n  schemas:\n    A:\n      type: object\n      required: [ghost]\n      properties: {{x: {{type: string}}}}\n    B:\n      type: object\n      required: [ghost]\n      properties: {{y: {{type: string}}}}\n"
    );
    let path = write_spec("warnings", &spec);
    let generated = generate(&Config::new(&path, "warned")).expect("accepted");
    let summary = generated.warnings.summary();
    assert_eq!(summary.len(), 1, "{summary:?}");
    assert!(
        summary[0].contains("`ghost`") && summary[0].contains("2 places"),
        "{summary:?}"
    );
}

#[test]
fn name_collisions_resolve_the_same_way_every_time() {
    // Component names that differ only in case or punctuation, and an inline schema whose
    // path-derived name is a component's: every one gets a name, by document order.
    let spec = format!(
        "{HEAD}components:\n  schemas:\n    run_step: {{type: object, properties: {{a: {{type: string}}}}}}\n    RunStep: {{type: object, properties: {{b: {{type: string}}}}}}\n    Run-Step: {{type: object, properties: {{c: {{type: string}}}}}}\n    Run:\n      type: object\n      properties:\n        step: {{type: object, properties: {{d: {{type: string}}}}}}\n    RunStep2: {{type: object, properties: {{e: {{type: string}}}}}}\n"
    );
    let path = write_spec("collisions", &spec);
    let first = generate(&Config::new(&path, "names")).expect("generated");
    let types = &first.files["src/types.rs"];
    for name in [
        "pub struct RunStep ",
        "pub struct RunStep2 ",
        "pub struct RunStep3 ",
        "pub struct RunStep4 ",
        "pub struct RunStep5 ",
    ] {
        assert!(types.contains(name), "{name} missing:\n{types}");
    }
    let again = generate(&Config::new(&path, "names")).expect("generated");
    assert_eq!(first.files, again.files);
}

#[test]
fn recursion_through_an_inline_all_of_terminates() {
    // Found by the mutation fuzzer: an inline allOf that merges its own parent component
    // recursed forever, one new struct per level, until the stack overflowed.
    let spec = format!(
        "{HEAD}components:\n  schemas:\n    B: {{type: object, properties: {{b: {{type: string}}}}}}\n    A:\n      type: object\n      properties:\n        a:\n          allOf:\n            - $ref: '#/components/schemas/A'\n            - $ref: '#/components/schemas/B'\n"
    );
    let path = write_spec("inline_all_of_cycle", &spec);
    let generated = generate(&Config::new(&path, "cycle")).expect("generated");
    let types = &generated.files["src/types.rs"];
    // A holds the merged type; the merged type holds itself, boxed; no second copy.
    assert!(types.contains("pub a: Option<Aa>,"), "{types}");
    assert!(types.contains("pub a: Option<Box<Aa>>,"), "{types}");
    assert!(!types.contains("Aa2"), "{types}");
}

#[test]
fn x_poll_on_an_operation_with_a_body_is_refused() {
    let spec = r#"
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /runs:
    post:
      operationId: createRun
      x-poll: {status_property: status, until: [done]}
      requestBody:
        content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, properties: {status: {type: string}}}}}
"#;
    let error = expect_error(
        "x_poll_body",
        spec,
        ErrorKind::Unsupported,
        Some("#/paths/~1runs/post/x-poll"),
    );
    assert!(error.to_string().contains("retrieves"), "{error}");
}

#[test]
fn dangling_references_outside_schemas_are_reported_where_they_are() {
    let head = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";
    let ok = "responses: {'204': {description: done}}";
    let cases = [
        (
            format!("{head}paths:\n  /items:\n    get:\n      parameters: [{{$ref: '#/components/parameters/Nope'}}]\n      {ok}\n"),
            "#/paths/~1items/get/parameters/0",
        ),
        (
            format!("{head}paths:\n  /items:\n    post:\n      requestBody: {{$ref: '#/components/requestBodies/Nope'}}\n      {ok}\n"),
            "#/paths/~1items/post/requestBody",
        ),
        (
            format!("{head}paths:\n  /items:\n    get:\n      responses: {{'200': {{$ref: '#/components/responses/Nope'}}}}\n"),
            "#/paths/~1items/get/responses/200",
        ),
        // The second of a path item's own parameters, and an operation's `default` answer.
        (
            format!("{head}paths:\n  /items:\n    parameters: [{{name: a, in: query, schema: {{type: string}}}}, {{$ref: '#/components/parameters/Nope'}}]\n    get:\n      {ok}\n"),
            "#/paths/~1items/parameters/1",
        ),
        (
            format!("{head}paths:\n  /items:\n    get:\n      responses: {{default: {{$ref: '#/components/responses/Nope'}}}}\n"),
            "#/paths/~1items/get/responses/default",
        ),
    ];
    for (index, (spec, pointer)) in cases.iter().enumerate() {
        let error = expect_error(
            &format!("dangling_{index}"),
            spec,
            ErrorKind::BadReference,
            Some(pointer),
        );
        assert!(error.message.contains("points to nothing"), "{error}");
    }
}

#[test]
fn a_property_name_too_long_to_compile_is_refused() {
    let name = "word".repeat(300);
    // JSON: YAML itself refuses implicit keys over 1024 characters.
    let spec = serde_json::json!({
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Thing": {
            "type": "object", "properties": {name: {"type": "string"}}
        }}}
    })
    .to_string();
    let error = generate(&{
        let mut config = Config::new(write_spec("long_property", &spec), "bad");
        config.all_schemas = true;
        config
    })
    .expect_err("refused");
    assert_eq!(error.kind, ErrorKind::Unsupported, "{error}");
    assert_eq!(error.pointer.as_deref(), Some("#/components/schemas/Thing"));
    assert!(error.to_string().contains("1200 bytes"), "{error}");
    assert!(error.file.is_some(), "{error}");
}
