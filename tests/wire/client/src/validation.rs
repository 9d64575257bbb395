// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Checks of request types against the spec's limits.
use crate::error::ValidationError;
use crate::types;

#[allow(unused_imports)]
use crate::validate::{field, index, key, push, Validate};

impl Validate for types::CreateCustomerRequest {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.address.as_ref() {
            let path = &field(path, "address");
            value.validate_at(path, errors);
        }
        if let Some(value) = self.items.as_ref() {
            let path = &field(path, "items");
            for (position, item) in value.iter().enumerate() {
                let path = &index(path, position);
                item.validate_at(path, errors);
            }
        }
    }
}

impl Validate for types::CreateCustomerRequestAddress {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::CreateCustomerRequestItemsItem {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::CreateUploadRequest {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self.meta.as_ref() {
            let path = &field(path, "meta");
            value.validate_at(path, errors);
        }
    }
}

impl Validate for types::CreateUploadRequestMeta {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::Label {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        {
            let value = &self.name;
            let path = &field(path, "name");
            {
                let length = value.chars().count();
                if length > 8 {
                    push(
                        errors,
                        path.to_string(),
                        format!("must have at most 8 characters, has {}", length),
                    );
                }
            }
        }
    }
}

impl Validate for types::QueryReportsRequest {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}

impl Validate for types::RetrieveCustomerRequest {
    #[inline]
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        let _ = (path, errors);
    }
}
