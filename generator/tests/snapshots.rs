//! What the generator emits, one small fixture spec per lowering rule, plus the
//! repository's spec whole. Review changes with `cargo insta review`.

use std::path::{Path, PathBuf};

use openapi_generator::{generate, Config};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.yaml"))
}

fn types_of(spec: PathBuf) -> String {
    let generated = match generate(&Config::new(spec, "fixture")) {
        Ok(generated) => generated,
        Err(error) => panic!("generation failed:\n{error}"),
    };
    generated.files["src/types.rs"].clone()
}

macro_rules! fixture_snapshots {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(stringify!($name), types_of(fixture(stringify!($name))));
            }
        )*
    };
}

fixture_snapshots!(
    object_presence,
    string_enum,
    open_string,
    tagged_union,
    literal_or_object,
    string_or_array,
    composition,
    naming,
    nesting,
    openapi_3_0,
    nullable_unions,
    awkward_enums,
    rust_names,
    recursion,
    same_kind_members,
    inline_collisions,
    ref_siblings_and_extensions,
);

#[test]
fn repository_spec() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.yaml");
    insta::assert_snapshot!("repository_spec", types_of(spec));
}

#[test]
fn output_is_byte_identical_across_runs() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.yaml");
    let first = generate(&Config::new(&spec, "again")).map(|g| g.files);
    let second = generate(&Config::new(&spec, "again")).map(|g| g.files);
    assert!(first.is_ok());
    assert_eq!(first, second);
}
