//! Checks of request bodies against the spec's limits, before anything is sent.

use crate::error::{ValidationError, ValidationErrors};

/// A request type that can check itself against the spec's limits.
pub trait Validate {
    /// Appends what breaks a limit, naming fields from `path`.
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>);

    /// Every broken limit, or `Ok`.
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = Vec::new();
        self.validate_at("", &mut errors);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(errors))
        }
    }
}

/// `path.field`, or `field` at the top.
#[allow(dead_code)]
pub(crate) fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// `path[index]`.
#[allow(dead_code)]
pub(crate) fn index(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// `path["key"]`, for map entries.
#[allow(dead_code)]
pub(crate) fn key(path: &str, key: &str) -> String {
    format!("{path}[{key:?}]")
}

#[allow(dead_code)]
pub(crate) fn push(errors: &mut Vec<ValidationError>, path: String, message: String) {
    errors.push(ValidationError { path, message });
}

// Containers check each item, so a body that is a list or map of request types is checked too.
impl<T: Validate> Validate for [T] {
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        for (position, item) in self.iter().enumerate() {
            item.validate_at(&index(path, position), errors);
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        self.as_slice().validate_at(path, errors);
    }
}

impl<T: Validate> Validate for std::collections::BTreeMap<String, T> {
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        for (name, item) in self {
            item.validate_at(&key(path, name), errors);
        }
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        if let Some(value) = self {
            value.validate_at(path, errors);
        }
    }
}

impl<T: Validate + ?Sized> Validate for Box<T> {
    fn validate_at(&self, path: &str, errors: &mut Vec<ValidationError>) {
        (**self).validate_at(path, errors);
    }
}
