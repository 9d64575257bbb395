//! Flag readers of a generated command line (`src/cli.rs`) that only some APIs need: the
//! generator splices each into the file after the `use` line its API's crate needs (the
//! ones below are for compiling here).

use crate::fields::Nullable;
use crate::support::FileUpload;

/// `@path`: a file to upload.
fn file(text: &str) -> Result<FileUpload, String> {
    let path = text.strip_prefix('@').unwrap_or(text);
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let name = std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(FileUpload::new(name, bytes))
}

/// A property's value from its flag, or `null` if `--null` names it, or absent.
fn nullable<T>(value: Option<T>, null: &[String], property: &str) -> Nullable<T> {
    match value {
        Some(value) => Nullable::Value(value),
        None if null.iter().any(|name| name == property) => Nullable::Null,
        None => Nullable::Absent,
    }
}
