//! Stage 1: read a spec file, check that it is OpenAPI 3.0 or 3.1, normalise 3.1 forms, and
//! parse it with `openapiv3`.

use std::path::Path;

use serde_json::Value;

use crate::error::{Error, ErrorKind, Result};
use crate::normalize::normalize_document;

/// Reads and parses the spec at `path`. Every error names the file.
pub fn load_file(path: &Path) -> Result<openapiv3::OpenAPI> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::new(ErrorKind::Io, format!("cannot read the spec: {e}")).in_file(path)
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::new(ErrorKind::Syntax, "the file is not UTF-8 text")
            .with_hint("an OpenAPI document is a YAML or JSON text file")
            .in_file(path)
    })?;
    load_str(&text).map_err(|e| e.in_file(path))
}

/// Parses a spec given as YAML or JSON text (JSON is YAML).
pub fn load_str(text: &str) -> Result<openapiv3::OpenAPI> {
    let mut doc: Value = serde_yaml::from_str(text).map_err(|e| {
        let mut error = Error::new(ErrorKind::Syntax, e.to_string());
        if let Some(location) = e.location() {
            error = error.at_line(location.line(), location.column());
        }
        error
    })?;
    check_version(&doc)?;
    normalize_document(&mut doc)?;
    serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(doc).map_err(|e| {
        let pointer = path_to_pointer(e.path());
        Error::new(ErrorKind::InvalidSpec, e.inner().to_string()).at(pointer)
    })
}

fn check_version(doc: &Value) -> Result<()> {
    let Some(root) = doc.as_object() else {
        let found = match doc {
            Value::Null => "an empty document",
            Value::Array(_) => "a list",
            _ => "a single value",
        };
        return Err(Error::new(
            ErrorKind::NotOpenApi,
            format!("expected an OpenAPI object at the top level, found {found}"),
        )
        .at("#")
        .with_hint("an OpenAPI document is a mapping with `openapi`, `info` and `paths`"));
    };
    if let Some(swagger) = root.get("swagger") {
        return Err(Error::new(
            ErrorKind::NotOpenApi,
            format!("this is a Swagger {} document", display_scalar(swagger)),
        )
        .at("#/swagger")
        .with_hint("convert it to OpenAPI 3 first (for example with swagger2openapi)"));
    }
    let version = match root.get("openapi") {
        Some(Value::String(version)) => version.as_str(),
        Some(other) => {
            return Err(Error::new(
                ErrorKind::NotOpenApi,
                format!(
                    "`openapi` must be a version string, found {}",
                    display_scalar(other)
                ),
            )
            .at("#/openapi")
            .with_hint("write it quoted, e.g. openapi: \"3.1.0\""))
        }
        None => {
            return Err(
                Error::new(ErrorKind::NotOpenApi, "there is no `openapi` version field")
                    .at("#")
                    .with_hint("add `openapi: 3.1.0` (or 3.0.x) at the top"),
            )
        }
    };
    if !(version.starts_with("3.0") || version.starts_with("3.1")) {
        return Err(Error::new(
            ErrorKind::NotOpenApi,
            format!("OpenAPI version {version} is not supported"),
        )
        .at("#/openapi")
        .with_hint("the generator reads OpenAPI 3.0.x and 3.1.x"));
    }
    Ok(())
}

fn display_scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Turns serde's path (`paths./a.post.responses`) into a JSON pointer (`#/paths/~1a/post/...`).
fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::from("#");
    for segment in path.iter() {
        let token = match segment {
            Segment::Seq { index } => index.to_string(),
            Segment::Map { key } => key.clone(),
            Segment::Enum { variant } => variant.clone(),
            Segment::Unknown => continue,
        };
        pointer = crate::error::pointer_push(&pointer, &token);
    }
    pointer
}
