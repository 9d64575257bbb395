//! Multipart bodies (`multipart/form-data`), for the generated crates that have an operation
//! that sends one: the parts an operation adds, in order, made into reqwest's form anew for
//! every attempt (a form cannot be sent twice). A crate without such an operation has
//! neither this file nor reqwest's `multipart` feature.

use crate::client::{AttemptBody, Request};
use crate::error::Error;

/// What a file's part is typed when its name's extension says nothing and its media type is
/// not given, or does not parse (RFC 7578, 4.4).
const UNTYPED_FILE: &str = "application/octet-stream";

/// A multipart body's parts, in the order the operation adds them.
#[derive(Clone, Debug, Default)]
pub(crate) struct Form {
    fields: Vec<FormField>,
}

#[derive(Clone, Debug)]
struct FormField {
    name: String,
    value: FormValue,
}

#[derive(Clone, Debug)]
enum FormValue {
    Text(String),
    File {
        file_name: String,
        bytes: bytes::Bytes,
        content_type: Option<String>,
    },
}

// Each writer is used by the crates whose forms have such a part: some send files alone,
// some text alone.
impl Form {
    /// A file part.
    #[allow(dead_code)]
    pub(crate) fn file(
        &mut self,
        name: &str,
        file_name: &str,
        bytes: &[u8],
        content_type: Option<&str>,
    ) {
        self.fields.push(FormField {
            name: name.to_owned(),
            value: FormValue::File {
                file_name: file_name.to_owned(),
                bytes: bytes::Bytes::copy_from_slice(bytes),
                content_type: content_type.map(str::to_owned),
            },
        });
    }

    /// A text part: strings as they are, other scalars as their JSON text, lists as the same
    /// name repeated, objects as JSON; `null` is left out.
    #[allow(dead_code)]
    pub(crate) fn value<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Error> {
        let value = serde_json::to_value(value).map_err(Error::Encode)?;
        let items = match value {
            serde_json::Value::Array(items) => items,
            single => vec![single],
        };
        for item in items {
            let text = match item {
                serde_json::Value::Null => continue,
                serde_json::Value::String(text) => text,
                other => other.to_string(),
            };
            self.fields.push(FormField {
                name: name.to_owned(),
                value: FormValue::Text(text),
            });
        }
        Ok(())
    }

    /// A body whose schema declares no properties: an object's entries each a text part of
    /// their name (as servers read a form), anything else one part named `body`.
    #[allow(dead_code)]
    pub(crate) fn properties<T: serde::Serialize + ?Sized>(
        &mut self,
        body: &T,
    ) -> Result<(), Error> {
        match serde_json::to_value(body).map_err(Error::Encode)? {
            serde_json::Value::Object(properties) => properties
                .iter()
                .try_for_each(|(name, value)| self.value(name, value)),
            other => self.value("body", &other),
        }
    }
}

impl AttemptBody for Form {
    fn set_on(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        // Names as browsers write them (UTF-8, `field_name`), not reqwest's default
        // `name*=utf-8''a%20b`, which RFC 7578 (4.2) leaves out and many servers do not read.
        let form = reqwest::multipart::Form::new().percent_encode_noop();
        let form = self.fields.iter().fold(form, |form, field| {
            form.part(field_name(&field.name), part(&field.value))
        });
        request.multipart(form)
    }
}

/// A part's name or file name as the HTML standard writes it in `Content-Disposition`:
/// UTF-8, with the quote and line breaks percent-encoded, so that any text stays one quoted
/// string.
fn field_name(name: &str) -> String {
    name.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn part(value: &FormValue) -> reqwest::multipart::Part {
    match value {
        FormValue::Text(text) => reqwest::multipart::Part::text(text.clone()),
        FormValue::File {
            file_name,
            bytes,
            content_type,
        } => {
            let file =
                || reqwest::multipart::Part::stream(bytes.clone()).file_name(field_name(file_name));
            // As curl and browsers do: a file whose type is not given is typed by its name.
            let by_name = || {
                mime_guess::from_path(file_name)
                    .first_raw()
                    .unwrap_or(UNTYPED_FILE)
            };
            let typed = content_type.as_deref().unwrap_or_else(by_name);
            match file()
                .mime_str(typed)
                .or_else(|_| file().mime_str(by_name()))
            {
                Ok(part) => part,
                // Not reached: the types `mime_guess` knows, and `UNTYPED_FILE`, parse.
                Err(_) => file(),
            }
        }
    }
}

impl Request {
    /// The multipart body `form`.
    pub(crate) fn multipart(self, form: Form) -> Self {
        self.per_attempt_body(form)
    }
}
