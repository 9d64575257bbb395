//! Kinds of input that public API descriptions contain and the generator once refused or
//! misread: JSON with surrogate escapes, 3.1 documents without `paths` or `responses`,
//! webhooks and callbacks, OpenAPI 3.2.

use std::fs;
use std::path::{Path, PathBuf};

use openapi_generator::{generate, Config, ErrorKind, Generated};

/// Writes `spec` as `file` in a fresh scratch directory of this test.
fn write_spec(name: &str, file: &str, spec: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("input_kinds")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    let path = dir.join(file);
    fs::write(&path, spec).expect("write spec");
    path
}

fn generated(name: &str, file: &str, spec: &str) -> Generated {
    generate(&Config::new(write_spec(name, file, spec), "kinds"))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Fails, showing `text`, unless it holds `part`.
#[track_caller]
fn has(text: &str, part: &str) {
    assert!(text.contains(part), "{text}");
}

/// Fails, showing `text`, if it holds `part`.
#[track_caller]
fn lacks(text: &str, part: &str) {
    assert!(!text.contains(part), "{text}");
}

fn file<'g>(generated: &'g Generated, path: &str) -> &'g str {
    generated
        .files
        .get(path)
        .unwrap_or_else(|| panic!("no {path} among {:?}", generated.files.keys()))
}

#[test]
fn json_is_read_as_json_surrogate_pairs_included() {
    // `\ud83d\udc4d` is one character in JSON and an error in YAML.
    let spec = r#"{
      "openapi": "3.0.3",
      "info": {"title": "Thumbs \ud83d\udc4d", "version": "1"},
      "paths": {},
      "components": {"schemas": {"Reaction": {
        "type": "object",
        "description": "A reaction such as \ud83d\udc4d.",
        "properties": {"emoji": {"type": "string"}}
      }}}
    }"#;
    let generated = generated("surrogates", "spec.json", spec);
    assert!(file(&generated, "src/types.rs").contains("A reaction such as 👍."));
    assert!(file(&generated, "src/lib.rs").contains("Thumbs 👍"));
}

#[test]
fn a_json_syntax_error_names_line_and_column() {
    let path = write_spec(
        "json_error",
        "spec.json",
        "{\n  \"openapi\": \"3.0.3\",\n  oops\n}",
    );
    let error = generate(&Config::new(&path, "kinds")).expect_err("not JSON");
    assert_eq!(error.kind, ErrorKind::Syntax);
    assert_eq!(error.line, Some(3), "{error}");
    assert!(error
        .file
        .as_ref()
        .is_some_and(|f| f.ends_with("spec.json")));
}

#[test]
fn a_webhooks_only_document_gives_payload_types() {
    let spec = r#"
openapi: 3.1.0
info: {title: Hooks, version: "1"}
webhooks:
  # An extension among the webhooks (Apideck's), which is no webhook.
  x-sdk-exclude: true
  newPet:
    post:
      description: A pet was added.
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [id]
              properties:
                id: {type: integer}
                name: {type: string}
"#;
    let generated = generated("webhooks_only", "spec.yaml", spec);
    let webhooks = file(&generated, "src/webhooks.rs");
    has(webhooks, "pub type NewPet = types::NewPetRequest;");
    assert!(webhooks.contains("A pet was added."));
    assert!(file(&generated, "src/types.rs").contains("pub struct NewPetRequest"));
    assert!(file(&generated, "src/lib.rs").contains("pub mod webhooks;"));
}

#[test]
fn callbacks_and_operations_without_responses_are_read() {
    let spec = r##"
openapi: 3.1.0
info: {title: Streams, version: "1"}
paths:
  /streams:
    post:
      operationId: subscribe
      callbacks:
        onData:
          "{$request.query.callbackUrl}/data":
            post:
              requestBody:
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Event"}
  /searches:
    get:
      operationId: search
      callbacks:
        # A component callback (PeerTube's), which the 3.0 model has no reference for.
        onResult: {$ref: "#/components/callbacks/Results"}
components:
  callbacks:
    Results:
      "{$request.query.indexUrl}/results":
        post:
          requestBody:
            content:
              application/json:
                schema: {$ref: "#/components/schemas/Event"}
  schemas:
    Event:
      type: object
      properties:
        timestamp: {type: string}
"##;
    let generated = generated("callbacks", "spec.yaml", spec);
    let webhooks = file(&generated, "src/webhooks.rs");
    has(webhooks, "pub type SubscribeOnData = types::Event;");
    assert!(webhooks.contains("callback `onData` of `subscribe`"));
    has(webhooks, "pub type SearchOnResult = types::Event;");
    // The operation has no `responses` (optional in 3.1): it answers nothing.
    let operations = file(&generated, "src/operations.rs");
    assert!(operations.contains("pub fn subscribe(&self) -> Call<()>"));
}

#[test]
fn openapi_3_2_is_read() {
    let spec = r#"
openapi: 3.2.0
info: {title: Next, version: "1"}
tags:
  - name: pets
    summary: Pets
    kind: nav
  - name: cats
    parent: pets
paths:
  /events:
    get:
      operationId: events
      tags: [cats]
      responses:
        "200":
          description: Events as they happen.
          content:
            text/event-stream:
              itemSchema:
                type: object
                required: [event]
                properties:
                  event: {type: string}
                  data: {type: string}
  /search:
    query:
      operationId: search
      responses:
        "200": {description: Found.}
"#;
    let generated = generated("v3_2", "spec.yaml", spec);
    let operations = file(&generated, "src/operations.rs");
    assert!(
        operations.contains("pub async fn events_stream("),
        "itemSchema types the event stream: {operations}"
    );
    assert!(
        operations.contains("pub fn search(&self)")
            && operations.contains("reqwest::Method::from_bytes(b\"QUERY\")"),
        "the QUERY operation is generated: {operations}"
    );
}

#[test]
fn swagger_2_stays_a_clear_refusal() {
    let path = write_spec(
        "swagger",
        "spec.json",
        r#"{"swagger": "2.0", "info": {"title": "Old", "version": "1"}, "paths": {}}"#,
    );
    let error = generate(&Config::new(&path, "kinds")).expect_err("refused");
    assert_eq!(error.kind, ErrorKind::NotOpenApi);
    assert!(error.to_string().contains("Swagger 2.0"), "{error}");
    assert!(error
        .hint
        .as_deref()
        .is_some_and(|h| h.contains("OpenAPI 3")));
}

#[test]
fn the_api_key_placement_follows_the_security_schemes() {
    let spec = |schemes: &str, security: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: Keys, version: '1'}}\n{security}\npaths:\n  /a:\n    get:\n      operationId: a\n      responses:\n        '204': {{description: ok}}\ncomponents:\n  securitySchemes:\n{schemes}\n"
        )
    };
    let placement = |name: &str, schemes: &str, security: &str| {
        let generated = generated(name, "spec.yaml", &spec(schemes, security));
        let operations = file(&generated, "src/operations.rs").to_owned();
        let line = operations
            .lines()
            .find(|l| l.contains("api_key_placement:"))
            .unwrap_or_default()
            .trim()
            .to_owned();
        line
    };
    let basic = "    basicAuth: {type: http, scheme: basic}";
    let bearer = "    bearerAuth: {type: http, scheme: bearer}";
    let header = "    keyAuth: {type: apiKey, in: header, name: X-Key}";
    // Stripe's shape: basic or bearer, both required alternatives; bearer is taken.
    assert_eq!(
        placement(
            "basic_or_bearer",
            &format!("{basic}\n{bearer}"),
            "security:\n  - basicAuth: []\n  - bearerAuth: []"
        ),
        "api_key_placement: ApiKeyPlacement::Bearer,"
    );
    assert_eq!(
        placement("basic_only", basic, "security:\n  - basicAuth: []"),
        "api_key_placement: ApiKeyPlacement::Basic,"
    );
    // No requirement: the declared scheme.
    assert_eq!(
        placement("header_declared", header, ""),
        "api_key_placement: ApiKeyPlacement::Header(\"X-Key\"),"
    );
}

#[test]
fn a_list_whose_singular_is_a_keyword_gets_no_item_flag() {
    // Microsoft Graph's `types`, AWS's `Types`: the item flag would be `type`, a keyword.
    let spec = r#"
openapi: 3.0.3
info: {title: Filters, version: "1"}
paths:
  /routes:
    post:
      operationId: findRoutes
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                types: {type: array, items: {type: string}}
                states: {type: array, items: {type: string}}
      responses:
        "204": {description: Found.}
"#;
    let generated = generated("keyword_singular", "spec.yaml", spec);
    let cli = file(&generated, "src/cli.rs");
    has(cli, "    types: Option<");
    assert!(
        cli.contains("long = \"state\""),
        "the other list keeps its item flag"
    );
    lacks(cli, "long = \"type\"");
}

#[test]
fn a_path_parameter_of_one_value_is_written_into_the_path() {
    // Azure's `policyId`, whose one value is `policy`: an argument of a type of one value
    // would say nothing (and its type was not emitted).
    let spec = r#"
openapi: 3.0.3
info: {title: Policies, version: "1"}
paths:
  /services/{serviceName}/policies/{policyId}:
    get:
      operationId: getPolicy
      parameters:
        - {in: path, name: serviceName, required: true, schema: {type: string}}
        - $ref: '#/components/parameters/PolicyId'
      responses:
        "204": {description: Found.}
components:
  parameters:
    PolicyId:
      in: path
      name: policyId
      required: true
      schema: {type: string, enum: [policy]}
"#;
    let generated = generated("constant_path_parameter", "spec.yaml", spec);
    let operations = file(&generated, "src/operations.rs");
    has(
        operations,
        "pub fn get_policy(&self, service_name: &str) -> Call<()>",
    );
    has(operations, "path_segment(\"policy\")");
    lacks(operations, "PolicyId");
    let cli = file(&generated, "src/cli.rs");
    has(cli, "client.get_policy(&args.service_name)");
}

#[test]
fn references_to_places_that_are_not_components_are_followed() {
    // Converted descriptions share one operation's responses and one schema's properties
    // by pointing at them; nested `definitions` may refer to themselves.
    let spec = r##"{
      "openapi": "3.0.3",
      "info": {"title": "Jobs", "version": "1"},
      "paths": {
        "/jobs/{id}": {"get": {"operationId": "getJob",
          "parameters": [{"in": "path", "name": "id", "required": true, "schema": {"type": "string"}}],
          "responses": {
            "200": {"description": "The job.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}}}},
            "401": {"description": "No key.", "content": {"application/json": {"schema": {
              "type": "object", "properties": {"message": {"type": "string"}}}}}}
          }}},
        "/jobs": {"get": {"operationId": "listJobs", "responses": {
          "200": {"description": "The jobs.", "content": {"application/json": {"schema": {
            "type": "array", "items": {"$ref": "#/components/schemas/Job"}}}}},
          "401": {"$ref": "#/paths/~1jobs~1%7Bid%7D/get/responses/401"}
        }}}
      },
      "components": {"schemas": {
        "Job": {"type": "object", "properties": {
          "state": {"type": "string", "enum": ["queued", "done"]},
          "previous_state": {"$ref": "#/components/schemas/Job/properties/state"},
          "steps": {"type": "array", "items": {"$ref": "#/components/schemas/Job/definitions/step"}}
        }, "definitions": {"step": {"type": "object", "properties": {
          "name": {"type": "string"},
          "steps": {"type": "array", "items": {"$ref": "#/components/schemas/Job/definitions/step"}}
        }}}}
      }}
    }"##;
    let generated = generated("local_refs", "spec.json", spec);
    let types = file(&generated, "src/types.rs");
    has(types, "pub steps: Option<Vec<Step>>,");
    has(types, "pub struct Step {");
    has(types, "pub previous_state: Option<");
    let operations = file(&generated, "src/operations.rs");
    has(operations, "pub fn list_jobs(&self)");
}

#[test]
fn the_command_line_reads_files_only_where_a_flag_takes_one() {
    let spec = |file_schema: &str| {
        format!(
            r#"
openapi: 3.0.3
info: {{title: Uploads, version: "1"}}
paths:
  /documents:
    post:
      operationId: addDocument
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                title: {{type: string}}
                file: {file_schema}
      responses:
        "204": {{description: Added.}}
"#
        )
    };
    let direct = generated(
        "file_flag",
        "spec.yaml",
        &spec("{type: string, format: binary}"),
    );
    let cli = file(&direct, "src/cli.rs");
    has(cli, "value_parser = file");
    has(cli, "fn file(text: &str)");
    // A file inside a value given as JSON: no flag reads a file, so no reader (it would be
    // dead code, a warning in the user's build).
    let nested = generated(
        "nested_file",
        "spec.yaml",
        &spec("{type: object, properties: {content: {type: string, format: binary}}}"),
    );
    let cli = file(&nested, "src/cli.rs");
    lacks(cli, "value_parser = file");
    lacks(cli, "fn file(text: &str)");
}

#[test]
fn a_3_0_document_s_own_webhooks_skip_their_extensions() {
    // Apideck's: 3.0 with Redocly's `x-webhooks`, an `x-sdk-exclude: true` among them.
    let spec = r#"{
      "openapi": "3.0.3",
      "info": {"title": "Hooks", "version": "1"},
      "paths": {},
      "x-webhooks": {
        "x-sdk-exclude": true,
        "CustomerCreated": {"post": {"requestBody": {"content": {"application/json": {"schema": {
          "type": "object", "properties": {"id": {"type": "string"}}}}}}}}
      }
    }"#;
    let generated = generated("x_webhooks", "spec.json", spec);
    let webhooks = file(&generated, "src/webhooks.rs");
    has(webhooks, "pub type CustomerCreated");
}

#[test]
fn a_multipart_body_that_is_one_file_has_the_file_type() {
    // Codat's attachment upload: `multipart/form-data` whose schema is the file itself.
    let spec = r#"
openapi: 3.0.3
info: {title: Attachments, version: "1"}
paths:
  /attachments:
    post:
      operationId: uploadAttachment
      requestBody:
        content:
          multipart/form-data:
            schema: {type: string, format: binary}
      responses:
        "204": {description: Uploaded.}
"#;
    let generated = generated("multipart_file", "spec.yaml", spec);
    let operations = file(&generated, "src/operations.rs");
    has(operations, "body: Option<&crate::support::FileUpload>");
    assert!(file(&generated, "src/support.rs").contains("pub struct FileUpload"));
    // One file part, and no block that ends in a `let` returned as it is.
    has(operations, "let file = body;");
    has(operations, "\"file\",");
    lacks(operations, "let request = request.form");
}

#[test]
fn a_tag_named_as_a_client_method_gets_no_group() {
    // data2crm's `Call` tag: a `call()` handle would clash with the client's own `call`.
    let spec = r#"
openapi: 3.0.3
info: {title: Calls, version: "1"}
paths:
  /calls:
    get:
      operationId: listCalls
      tags: [Call]
      responses:
        "204": {description: Listed.}
"#;
    let generated = generated("tag_call", "spec.yaml", spec);
    let resources = generated
        .files
        .get("src/resources.rs")
        .map_or("", String::as_str);
    lacks(resources, "pub fn call(&self)");
    let operations = file(&generated, "src/operations.rs");
    has(operations, "pub fn list_calls(&self)");
}

#[test]
fn a_value_listed_twice_in_a_union_s_strings_matches_once() {
    // Vercel's `target`: one of a list or a string, each enum listing its values three times.
    let spec = r#"
openapi: 3.0.3
info: {title: Targets, version: "1"}
paths: {}
components:
  schemas:
    Target:
      oneOf:
        - {type: array, items: {type: string, enum: [production, preview, preview]}}
        - {type: string, enum: [production, preview, production, preview]}
"#;
    let mut config = Config::new(write_spec("duplicate_literals", "spec.yaml", spec), "kinds");
    config.all_schemas = true;
    let generated = generate(&config).unwrap_or_else(|e| panic!("{e}"));
    let types = file(&generated, "src/types.rs");
    assert_eq!(types.matches("Some(\"preview\") =>").count(), 1, "{types}");
    lacks(types, "Preview2");
}

#[test]
fn a_method_of_many_parameters_allows_clippy_s_limit() {
    // AWS's operations: many header parameters, each an argument.
    let header = |n: usize| {
        format!("        - {{in: header, name: X-Amz-H{n}, required: true, schema: {{type: string}}}}\n")
    };
    let spec = format!(
        r#"
openapi: 3.0.3
info: {{title: Headers, version: "1"}}
paths:
  /many:
    get:
      operationId: many
      parameters:
{}      responses:
        "204": {{description: Done.}}
  /few:
    get:
      operationId: few
      parameters:
{}      responses:
        "204": {{description: Done.}}
"#,
        (1..=7).map(header).collect::<String>(),
        (1..=6).map(header).collect::<String>()
    );
    let generated = generated("many_arguments", "spec.yaml", &spec);
    let operations = file(&generated, "src/operations.rs");
    let allow = "#[allow(clippy::too_many_arguments)]\n    pub fn many(";
    has(operations, allow);
    assert_eq!(
        operations.matches("too_many_arguments").count(),
        1,
        "{operations}"
    );
}

#[test]
fn an_optional_byte_body_is_sent_as_it_is() {
    // Adyen's: `Option<Bytes>` needs no `.into()` (clippy's `useless_conversion`).
    let body = |required: bool| {
        format!(
            r#"
openapi: 3.0.3
info: {{title: Bytes, version: "1"}}
paths:
  /blobs:
    post:
      operationId: putBlob
      requestBody:
        required: {required}
        content:
          application/octet-stream:
            schema: {{type: string, format: binary}}
      responses:
        "204": {{description: Stored.}}
"#
        )
    };
    let optional = generated("optional_bytes", "spec.yaml", &body(false));
    let operations = file(&optional, "src/operations.rs");
    has(operations, "raw_body(body, ");
    let required = generated("required_bytes", "spec.yaml", &body(true));
    let operations = file(&required, "src/operations.rs");
    has(operations, "raw_body(body.into(), ");
}

#[test]
fn an_answer_of_raw_bytes_under_a_json_media_type_is_bytes() {
    // flat.io's score files: `application/json` among the types, the schema a binary string.
    let spec = r#"
openapi: 3.0.3
info: {title: Scores, version: "1"}
paths:
  /scores/{id}/file:
    get:
      operationId: getScoreFile
      parameters:
        - {in: path, name: id, required: true, schema: {type: string}}
      responses:
        "200":
          description: The file.
          content:
            application/json: {schema: {type: string, format: binary}}
            audio/midi: {schema: {type: string, format: binary}}
"#;
    let generated = generated("binary_json_answer", "spec.yaml", spec);
    let operations = file(&generated, "src/operations.rs");
    has(operations, "-> Call<bytes::Bytes>");
    has(operations, "crate::response::decode_bytes");
}

#[test]
fn a_type_that_only_contains_itself_checks_nothing() {
    // AWS Glue's `Mapping { children: Mappings }` (a list of `Mapping`): a check that only
    // recurses would pass `errors` to itself alone (clippy's `only_used_in_recursion`).
    let spec = r##"
openapi: 3.0.3
info: {title: Trees, version: "1"}
paths:
  /mappings:
    post:
      operationId: addMapping
      requestBody:
        content:
          application/json: {schema: {$ref: "#/components/schemas/Mapping"}}
      responses:
        "204": {description: Added.}
  /limited:
    post:
      operationId: addLimited
      requestBody:
        content:
          application/json: {schema: {$ref: "#/components/schemas/Limited"}}
      responses:
        "204": {description: Added.}
components:
  schemas:
    Mapping:
      type: object
      properties:
        name: {type: string}
        children: {$ref: "#/components/schemas/Mappings"}
    Mappings: {type: array, items: {$ref: "#/components/schemas/Mapping"}}
    Limited:
      type: object
      properties:
        name: {type: string, maxLength: 8}
        children: {type: array, items: {$ref: "#/components/schemas/Limited"}}
"##;
    let generated = generated("self_recursion", "spec.yaml", spec);
    let validation = file(&generated, "src/validation.rs");
    let body = |name: &str| {
        let start = validation
            .find(&format!("impl Validate for types::{name} {{"))
            .unwrap_or_else(|| panic!("no impl for {name}: {validation}"));
        validation[start..]
            .split("\n}\n")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        body("Mapping").contains("let _ = (path, errors);"),
        "{validation}"
    );
    // With a check of its own, the recursion stays: a child's name is checked too.
    assert!(
        body("Limited").contains("item.validate_at(path, errors);"),
        "{validation}"
    );
}

#[test]
fn a_crate_without_object_request_bodies_has_a_validation_module_without_imports() {
    // Firebase Storage's: a request body of a named type that is no object (here an
    // enumeration) has nothing to check, so the module has no import to leave unused.
    let spec = |body: &str| {
        format!(
            r#"
openapi: 3.0.3
info: {{title: Buckets, version: "1"}}
paths:
  /buckets:
    post:
      operationId: addBucket
      requestBody:
        content:
          {body}
      responses:
        "204": {{description: Added.}}
components:
  schemas:
    Class: {{type: string, enum: [standard, archive]}}
"#
        )
    };
    let named = spec(r##"application/json: {schema: {$ref: "#/components/schemas/Class"}}"##);
    let with_enum = generated("no_validation", "spec.yaml", &named);
    let validation = file(&with_enum, "src/validation.rs");
    lacks(validation, "use ");
    has(validation, "//! Checks of request types");
    // A body of no named type: no module at all (it was written and left undeclared).
    let text = generated(
        "no_request_types",
        "spec.yaml",
        &spec("text/plain: {schema: {type: string}}"),
    );
    assert!(!text.files.contains_key("src/validation.rs"));
    assert!(!file(&text, "src/lib.rs").contains("mod validation"));
}

#[test]
fn a_union_member_whose_check_is_one_condition_is_a_match_guard() {
    // PeerTube's `videoId`: an id of at least 1 or a UUID of 36 characters. An arm that is
    // one `if` is what clippy's `collapsible_match` asks to be a guard.
    let spec = r##"
openapi: 3.0.3
info: {title: Metrics, version: "1"}
paths:
  /metrics:
    post:
      operationId: addMetric
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                videoId:
                  oneOf:
                    - {$ref: "#/components/schemas/Id"}
                    - {$ref: "#/components/schemas/UUIDv4"}
      responses:
        "204": {description: Added.}
components:
  schemas:
    Id: {type: integer, minimum: 1}
    UUIDv4: {type: string, minLength: 36, maxLength: 36}
"##;
    let generated = generated("guarded_union", "spec.yaml", spec);
    let validation = file(&generated, "src/validation.rs");
    has(validation, "(value) if *value < 1 => {");
    has(validation, "            _ => {}\n");
}
