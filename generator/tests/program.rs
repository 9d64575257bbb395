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
        .contains("pub fn get_pet("));

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

/// The flags of a crate to publish land in its manifest; a license that is not SPDX is
/// refused before anything is written.
#[test]
fn package_flags_fill_the_manifest() {
    let dir = scratch("package");
    let spec = dir.join("pets.yaml");
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
    let flags = [
        "--crate-version",
        "2.1.0",
        "--description",
        "Pets from Rust",
        "--license",
        "MIT OR Apache-2.0",
        "--repository",
        "https://example.com/pets-client",
        "--documentation",
        "https://docs.rs/pets-client",
    ];
    let written = run(&flags);
    assert!(written.status.success(), "{written:?}");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("manifest");
    for line in [
        "version = \"2.1.0\"",
        "description = \"Pets from Rust\"",
        "license = \"MIT OR Apache-2.0\"",
        "repository = \"https://example.com/pets-client\"",
        "documentation = \"https://docs.rs/pets-client\"",
        "readme = \"README.md\"",
    ] {
        assert!(manifest.contains(line), "{line} in:\n{manifest}");
    }
    let readme = std::fs::read_to_string(out.join("README.md")).expect("README");
    assert!(readme.contains("pets-client = \"2.1.0\""), "{readme}");
    assert!(readme.contains("client.get_pet(1).await?"), "{readme}");

    let refused = run(&["--license", "Apache 2.0"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("SPDX"));
}
