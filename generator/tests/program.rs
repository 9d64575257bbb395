//! The `openapi-rust` program: what a team outside this repository runs.

use std::path::Path;
use std::process::Command;

fn program() -> Command {
    Command::new(env!("CARGO_BIN_EXE_openapi-rust"))
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("program")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

const SPEC: &str = "
openapi: 3.0.3
info: {title: Pets, version: '1'}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        '200':
          description: A pet.
          content:
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
";

#[test]
fn generates_checks_and_refuses_as_a_program_should() {
    let dir = scratch("generates");
    let spec = dir.join("pet-store.yaml");
    std::fs::write(&spec, SPEC).expect("spec");
    let out = dir.join("crate");
    let run = |extra: &[&str]| {
        program()
            .arg("--spec")
            .arg(&spec)
            .arg("--out")
            .arg(&out)
            .args(extra)
            .output()
            .expect("runs")
    };
    let written = run(&[]);
    assert!(written.status.success(), "{written:?}");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("manifest");
    assert!(
        manifest.contains("name = \"pet-store-client\""),
        "{manifest}"
    );
    assert!(std::fs::read_to_string(out.join("src/operations.rs"))
        .expect("operations")
        .contains("pub async fn get_pet("));

    let fresh = run(&["--check"]);
    assert!(fresh.status.success(), "{fresh:?}");
    std::fs::write(out.join("src/types.rs"), "// edited\n").expect("edit");
    let stale = run(&["--check"]);
    assert_eq!(stale.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&stale.stderr).contains("types.rs"));

    // A broken document: exit 1, the file named, the crate left as it was.
    std::fs::write(&spec, "openapi: 3.0.3\ninfo: [").expect("spec");
    let broken = run(&[]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("pet-store.yaml"));
    assert_eq!(
        std::fs::read_to_string(out.join("src/types.rs")).expect("kept"),
        "// edited\n"
    );

    let usage = program().arg("--out").arg(&out).output().expect("runs");
    assert_eq!(usage.status.code(), Some(2), "no --spec is a usage error");
}
