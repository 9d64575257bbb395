// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! What the API sends to your endpoints (its webhooks and callbacks): decode a received body with
//! `serde_json::from_slice::<webhooks::Name>(&body)`.
#[allow(unused_imports)]
use crate::types;

/// Sent when a customer is created.
///
/// The body of the `POST` request of the webhook `customerCreated`, sent by the API.
pub type CustomerCreated = types::Customer;
