//! Cargo features per group of operations, on `fixtures/feature_groups.yaml` (tags `Pets`,
//! `Pet stores` and `Vets`, and an untagged operation): the manifest has a feature per tag,
//! and `ungrouped` for the untagged operation, all in `default` (and none in `cli`, whose
//! commands are gated as their operations' methods are); a type one
//! group uses is under that group's `#[cfg]`, a type two groups use under either's, the
//! types of every group and those of the error answers under none; with `--all-schemas`, the schemas no
//! operation uses are the group `other-schemas`. A crate of one group has no features.
//! That a one-group build compiles with no warning is `cargo xtask test`'s (fixture crates).

use std::path::Path;

use openapi_generator::{generate, Config, Generated};

fn fixture(name: &str) -> Generated {
    generate(&config(name)).expect("the fixture generates")
}

fn config(name: &str) -> Config {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    Config::new(spec, "groups")
}

/// The attribute lines right above the item that starts with `start` (its doc comments
/// skipped).
fn attributes_of<'a>(text: &'a str, start: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|line| line.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no `{start}` in:\n{text}"));
    lines[..at]
        .iter()
        .rev()
        .map(|line| line.trim())
        .take_while(|line| line.starts_with("#[") || line.starts_with("///"))
        .filter(|line| line.starts_with("#[cfg"))
        .collect()
}

#[test]
fn the_manifest_has_a_feature_per_group_on_by_default() {
    let generated = fixture("feature_groups.yaml");
    let manifest: toml_edit::DocumentMut = generated.files["Cargo.toml"].parse().expect("TOML");
    let features = manifest["features"].as_table().expect("[features]");
    let list = |name: &str| -> Vec<String> {
        features[name]
            .as_array()
            .expect("an array")
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    };
    let groups = ["pet-stores", "pets", "ungrouped", "vets"];
    assert_eq!(list("default"), groups);
    for group in groups {
        assert!(list(group).is_empty(), "{group} enables something");
        assert!(
            !list("cli").contains(&group.to_owned()),
            "cli enables {group}"
        );
    }
}

/// Each command of the program is compiled with its operation's group only: its variant,
/// arguments struct, run function and arm; a group's variant, enum and arm with the group,
/// and its members with them. So `--features cli,pets` builds the `pets` commands alone
/// (`cargo xtask test` compiles the fixture so, group by group).
#[test]
fn the_command_line_is_gated_by_the_groups() {
    let generated = fixture("feature_groups.yaml");
    let cli = &generated.files["src/cli.rs"];
    // Each item's start, and the one group whose feature gates it.
    let gated = [
        ("ListPets(ListPetsArgs)", "pets"),
        ("struct ListPetsArgs {", "pets"),
        ("async fn run_list_pets(", "pets"),
        ("Command::ListPets(args) =>", "pets"),
        ("PetsGroup {", "pets"),
        ("enum PetsCommand {", "pets"),
        ("Command::PetsGroup { command } =>", "pets"),
        ("Command::ListVets(args) =>", "vets"),
        ("async fn run_get_health(", "ungrouped"),
    ];
    for (item, group) in gated {
        let cfg = format!("#[cfg(feature = \"{group}\")]");
        assert_eq!(attributes_of(cli, item), [cfg], "{item}");
    }
    // A group's member is not gated again by the group it is in.
    assert!(attributes_of(cli, "PetsCommand::ListPets(args) =>").is_empty());
    // What every build has is not gated.
    assert!(attributes_of(cli, "CompletionScript {").is_empty());
    assert!(attributes_of(cli, "fn dispatch(").is_empty());
    assert!(
        cli.contains("allow(dead_code, unused_imports, unused_variables)"),
        "{cli}"
    );
}

#[test]
fn types_are_gated_by_the_groups_that_reach_them() {
    let generated = fixture("feature_groups.yaml");
    let types = &generated.files["src/types.rs"];
    let one = ["#[cfg(feature = \"pets\")]"];
    let either = ["#[cfg(any(feature = \"pet-stores\", feature = \"pets\"))]"];
    assert_eq!(attributes_of(types, "pub struct Pet {"), one);
    assert_eq!(attributes_of(types, "pub enum PetKind {"), one);
    assert_eq!(attributes_of(types, "impl serde::Serialize for Pet {"), one);
    assert_eq!(attributes_of(types, "pub struct ListPetsParams {"), one);
    assert_eq!(
        attributes_of(types, "pub struct Vet {"),
        ["#[cfg(feature = \"vets\")]"]
    );
    assert_eq!(attributes_of(types, "pub struct Owner {"), either);
    assert_eq!(
        attributes_of(types, "impl serde::Serialize for Owner {"),
        either
    );
    // The untagged operation's answer is under `ungrouped`.
    assert_eq!(
        attributes_of(types, "pub struct Health {"),
        ["#[cfg(feature = \"ungrouped\")]"]
    );
    // Every group reaches Contact; the error body is always there.
    for always in ["Contact", "Error", "ErrorDetail"] {
        let start = format!("pub struct {always} {{");
        assert!(attributes_of(types, &start).is_empty(), "{always} is gated");
    }
    let builders = &generated.files["src/builders.rs"];
    assert_eq!(attributes_of(builders, "impl Owner {"), either);
    let validation = &generated.files["src/validation.rs"];
    assert_eq!(
        attributes_of(validation, "impl Validate for types::NewPet {"),
        one
    );
}

#[test]
fn operations_and_handles_are_gated_by_their_group() {
    let generated = fixture("feature_groups.yaml");
    let operations = &generated.files["src/operations.rs"];
    let pets = ["#[cfg(feature = \"pets\")]"];
    assert_eq!(attributes_of(operations, "pub fn list_pets("), pets);
    assert_eq!(
        attributes_of(operations, "pub fn list_pets_paginator("),
        pets
    );
    assert_eq!(attributes_of(operations, "fn list_pets_first_page("), pets);
    assert_eq!(
        attributes_of(operations, "pub fn get_store("),
        ["#[cfg(feature = \"pet-stores\")]"]
    );
    assert_eq!(
        attributes_of(operations, "pub fn get_health("),
        ["#[cfg(feature = \"ungrouped\")]"]
    );
    let resources = &generated.files["src/resources.rs"];
    assert_eq!(attributes_of(resources, "pub struct Pets<'a> {"), pets);
    assert_eq!(attributes_of(resources, "pub fn pets(&self)"), pets);
    let lib = &generated.files["src/lib.rs"];
    assert!(
        lib.contains("feature = \"ungrouped\",\n            feature = \"vets\"\n"),
        "the partial-build allowances are missing:\n{lib}"
    );
}

#[test]
fn schemas_no_operation_uses_are_a_group_of_their_own() {
    let mut config = config("feature_groups.yaml");
    config.all_schemas = true;
    let generated = generate(&config).expect("the fixture generates");
    assert!(generated.files["Cargo.toml"].contains(
        "default = [\n    \"other-schemas\",\n    \"pet-stores\",\n    \"pets\",\n    \"ungrouped\",\n    \"vets\",\n]"
    ));
    let types = &generated.files["src/types.rs"];
    assert_eq!(
        attributes_of(types, "pub struct Unused {"),
        ["#[cfg(feature = \"other-schemas\")]"]
    );
    assert_eq!(
        attributes_of(types, "pub struct Vet {"),
        ["#[cfg(any(feature = \"other-schemas\", feature = \"vets\"))]"]
    );
    // Without --all-schemas there is no such group.
    assert!(!fixture("feature_groups.yaml").files["Cargo.toml"].contains("other-schemas"));
}

#[test]
fn one_group_has_no_features() {
    // One tagged operation (`Pets & Owners`), the others untagged.
    let generated = fixture("odd_constructs.yaml");
    let manifest = &generated.files["Cargo.toml"];
    assert!(!manifest.contains("default ="), "{manifest}");
    for (path, text) in &generated.files {
        let gated = text.lines().find(|line| {
            line.contains("feature = \"")
                && !line.contains("\"tracing\"")
                && !line.contains("\"cli\"")
        });
        assert_eq!(gated, None, "{path} has a group's cfg");
    }
}
