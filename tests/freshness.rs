//! generated/ is exactly what the generator writes from spec/ (rust-analyzer's pattern: the
//! generated code is checked in, and this test fails when it is stale).

#[test]
fn generated_crate_matches_the_spec() {
    let root = xtask::repository_root();
    let config = xtask::repository_config(&root);
    let generated = openapi_generator::generate(&config).unwrap_or_else(|e| panic!("{e}"));
    let stale = generated.stale_files(&root.join(xtask::GENERATED));
    assert!(
        stale.is_empty(),
        "generated/ is stale, run `cargo xtask codegen`; differing files: {stale:?}"
    );
}
