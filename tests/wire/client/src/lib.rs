// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! A client for Wire formats (version 1).
//!
//! Generated from the API's OpenAPI document: [`types`] has every schema, and [`Client`] one method per operation.
#[rustfmt::skip]
pub mod types;

#[rustfmt::skip]
pub mod webhooks;

pub mod fields;

pub use fields::{Extra, Nullable};

pub mod json;

#[rustfmt::skip]
mod support;

pub use support::FileUpload;

#[rustfmt::skip]
mod builders;

pub mod error;

pub mod sse;

pub mod validate;

mod client;

mod form;

mod response;

#[rustfmt::skip]
mod operations;

#[rustfmt::skip]
mod validation;

pub use client::{
    AttemptInfo, Client, ClientBuilder, Hook, PollOptions, RequestOptions, RetryPolicy,
};

pub use response::{Call, Response, ResponseMeta};

pub use sse::{EventStream, JsonLines};

pub use error::{ApiError, ApiErrorKind, Error, ValidationError, ValidationErrors};

pub use operations::ApiErrorBody;

pub mod pagination;

pub use pagination::Paginator;
