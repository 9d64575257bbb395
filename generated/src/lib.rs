// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Types for OpenAI Assistants: threads and runs (version 2.0.0).
//!
//! Generated from the API's OpenAPI document: see `types` for every schema.
#[rustfmt::skip]
pub mod types;
#[rustfmt::skip]
mod support;
