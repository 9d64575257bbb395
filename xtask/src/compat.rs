//! `cargo xtask compat`: regenerating after a spec update must not break the users' code.
//!
//! `tests/compat/user.rs` is a user's code written against the crate generated from
//! `tests/compat/v1.yaml` (`compat-pets`). Each version is generated into
//! `target/compat/pets`, and the user's crate (`target/compat/user`: that file, and the
//! README's first call as a program) is checked against it: v1 and v2 (only compatible
//! changes) must compile, v3 (a removed field, a field made required) must fail, with errors
//! that name both. One target directory serves the three, so only the crates change between
//! checks.

use std::path::Path;
use std::process::{Command, ExitCode};

use openapi_generator::Config;

const SPECS: &str = "tests/compat";
const ROOT: &str = "target/compat";
const CRATE: &str = "compat-pets";

/// The user's crate: the library from `user.rs`, the README's first call as `src/main.rs`.
/// Its own workspace, with the versions of this repository's lockfile.
const USER_MANIFEST: &str = r#"[package]
name = "compat-user"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
compat-pets = { path = "../pets" }
serde_json = "1"
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }

[workspace]
"#;

/// What the v3 check must report: the removed response field, the request field that became
/// a required argument of `new`.
const V3_ERRORS: [&str; 2] = [
    "no field `nickname` on type `&Pet`",
    "this function takes 2 arguments but 1 argument was supplied",
];

pub fn compat() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("==> compat failed: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let root = Path::new(ROOT);
    let user = root.join("user");
    std::fs::create_dir_all(user.join("src")).map_err(|e| format!("{}: {e}", user.display()))?;
    write(&user.join("Cargo.toml"), USER_MANIFEST)?;
    let user_code = read(&Path::new(SPECS).join("user.rs"))?;
    write(&user.join("src/lib.rs"), &user_code)?;
    // The repository's lockfile, so that the user's crate builds with the versions in use
    // here and resolves nothing anew.
    write(&user.join("Cargo.lock"), &read(Path::new("Cargo.lock"))?)?;
    for (version, crate_version) in [("v1", "1.0.0"), ("v2", "1.1.0")] {
        generate(version, crate_version)?;
        let readme = read(&root.join("pets/README.md"))?;
        write(&user.join("src/main.rs"), &first_call(&readme)?)?;
        let (ok, output) = check(&user)?;
        if !ok {
            return Err(format!(
                "the user's code written for v1 does not compile against {version}:\n{output}"
            ));
        }
        println!("==> the user's code and the README's first call compile against {version}");
    }
    generate("v3", "2.0.0")?;
    let (ok, output) = check(&user)?;
    if ok {
        return Err("the user's code compiles against v3, whose changes break it".into());
    }
    let missing: Vec<&str> = V3_ERRORS
        .into_iter()
        .filter(|e| !output.contains(e))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "against v3 the check failed, but without {missing:?}:\n{output}"
        ));
    }
    println!("==> against v3 the user's code fails to compile, as it must:");
    for line in output.lines().filter(|l| l.starts_with("error")) {
        println!("    {line}");
    }
    Ok(())
}

/// Generates `tests/compat/<version>.yaml` into `target/compat/pets`.
fn generate(version: &str, crate_version: &str) -> Result<(), String> {
    let spec = Path::new(SPECS).join(format!("{version}.yaml"));
    let mut config = Config::new(&spec, CRATE);
    config.crate_version = crate_version.to_owned();
    config.standalone = true;
    let generated = openapi_generator::generate(&config).map_err(|e| e.to_string())?;
    generated
        .write_to(&Path::new(ROOT).join("pets"))
        .map_err(|e| e.to_string())
}

/// The README's Rust block: the first call, as a program.
fn first_call(readme: &str) -> Result<String, String> {
    let start = readme
        .find("```rust\n")
        .ok_or("the README has no Rust block")?
        + "```rust\n".len();
    let length = readme[start..]
        .find("```")
        .ok_or("the README's Rust block is not closed")?;
    Ok(readme[start..start + length].to_owned())
}

/// `cargo check` of the user's crate (library and program): whether it passed, and what
/// cargo said.
fn check(user: &Path) -> Result<(bool, String), String> {
    let target = Path::new(ROOT)
        .join("target")
        .canonicalize()
        .or_else(|_| {
            std::fs::create_dir_all(Path::new(ROOT).join("target"))?;
            Path::new(ROOT).join("target").canonicalize()
        })
        .map_err(|e| format!("the target directory: {e}"))?;
    println!("==> cargo check (in {})", user.display());
    let output = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--lib", "--bins", "--color", "never"])
        .current_dir(user)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let text = String::from_utf8_lossy(&output.stderr).into_owned();
    Ok((output.status.success(), text))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
