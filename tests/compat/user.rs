//! Code a user of the generated crate wrote against version 1 (`v1.yaml`, crate `compat-pets`),
//! as the crate's docs say to write it. `cargo xtask compat` builds it unchanged against the
//! crate generated from `v2.yaml` (backward-compatible changes: it must compile) and from
//! `v3.yaml` (breaking changes: it must not, and the errors must name what broke).

#![deny(warnings)]

use compat_pets::types::{Cat, CreatePetRequest, Dog, ListPetsParams, Pet, PetKind, PetStatus};
use compat_pets::{Client, Error};

/// Every value version 1 knows, matched; the wildcard arm is the one rustc requires of a
/// `#[non_exhaustive]` enum, and covers the values later versions add.
pub fn status_label(status: &PetStatus) -> String {
    match status {
        PetStatus::Available => "available".to_owned(),
        PetStatus::Sold => "sold".to_owned(),
        PetStatus::Unknown(text) => format!("not known to this version: {text}"),
        other => format!("known to a later version: {}", other.as_str()),
    }
}

/// Every member version 1 knows, matched, and the wildcard arm.
pub fn kind_label(kind: &PetKind) -> String {
    match kind {
        PetKind::Dog(dog) => format!("a dog that barks: {:?}", dog.barks),
        PetKind::Cat(cat) => format!("a cat with {:?} lives", cat.lives),
        PetKind::Unknown(json) => format!("an animal of another kind: {json}"),
        _ => "an animal of a kind a later version knows".to_owned(),
    }
}

/// A response read field by field, and taken apart with a pattern.
pub fn describe(pet: &Pet) -> String {
    let Pet { id, name, .. } = pet;
    let nickname = pet.nickname.as_deref().unwrap_or("none");
    format!(
        "{name} (#{id}, nickname {nickname}): {}, {}",
        status_label(&pet.status),
        kind_label(&pet.kind)
    )
}

/// A request: `new` with the required fields, setters for the others.
pub fn adoption() -> CreatePetRequest {
    CreatePetRequest::new("Rex").tag("good dog")
}

/// Responses built in the user's tests, as the structs' docs say.
pub fn fixtures() -> Vec<Pet> {
    let mut cat = Pet::new(1, "Tom", PetStatus::Sold, Cat::default().lives(9));
    cat.nickname = Some("Tommy".to_owned());
    let dog = Pet::new(2, "Rex", "available", PetKind::Dog(Dog::default().barks(true)))
        .nickname("R");
    let decoded: Pet = serde_json::from_value(serde_json::json!({
        "id": 3, "name": "Polly", "status": "pending", "kind": {"type": "bird"}
    }))
    .unwrap_or(dog.clone());
    vec![cat, dog, decoded]
}

/// The operations of version 1.
pub async fn calls(client: &Client) -> Result<Vec<String>, Error> {
    let page = client
        .list_pets(&ListPetsParams::default().limit(20))
        .await?;
    let mut lines: Vec<String> = page.pets.iter().map(describe).collect();
    let created = client.create_pet(&adoption()).await?;
    let again = client.get_pet(created.id).await?;
    lines.push(describe(&again));
    Ok(lines)
}
