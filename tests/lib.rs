//! Cross-crate tests live in this package's `tests`; this library is empty.
