//! generated/ is exactly what the generator writes from spec/ (rust-analyzer's pattern: the
//! generated code is checked in, and this test fails when it is stale).

#[test]
fn checked_in_crates_match_their_specs() {
    let root = xtask::repository_root();
    let crates = xtask::checked_in_crates(&root).unwrap_or_else(|e| panic!("{e}"));
    for (config, out) in crates {
        let generated = openapi_generator::generate(&config).unwrap_or_else(|e| panic!("{e}"));
        let stale = generated.stale_files(&out);
        assert!(
            stale.is_empty(),
            "{} is stale, run `cargo xtask codegen`; differing files: {stale:?}",
            out.display()
        );
    }
}
