//! HTTP operations: method, path, parameters, request body and responses, with every
//! inline schema among them lowered to a named type.

use heck::{ToSnakeCase, ToUpperCamelCase};
use openapiv3::{
    Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody, Response as SpecResponse,
    StatusCode,
};

use super::view::RefOr;
use super::{docs_of, naming, Lowerer};
use crate::error::{pointer_push, Error, ErrorKind, Result};
use crate::ir::{
    Body, Docs, Operation, Parameter as IrParameter, ParameterLocation, Response, TypeRef,
};
use crate::select::SelectedOperation;

impl<'a> Lowerer<'a> {
    pub(super) fn lower_operation(&mut self, selected: &SelectedOperation) -> Result<Operation> {
        let spec = self.spec;
        let base = pointer_push(&pointer_push("#/paths", &selected.path), &selected.method);
        let Some(ReferenceOr::Item(item)) = spec.paths.paths.get(&selected.path) else {
            return Err(Error::new(ErrorKind::InvalidSpec, "path vanished").at(base));
        };
        let Some((_, operation)) = item.iter().find(|(m, _)| *m == selected.method) else {
            return Err(Error::new(ErrorKind::InvalidSpec, "operation vanished").at(base));
        };
        let operation_id = operation
            .operation_id
            .clone()
            .unwrap_or_else(|| format!("{} {}", selected.method, selected.path).to_snake_case());
        let type_prefix = operation_id.to_upper_camel_case();

        let mut parameters = Vec::new();
        let all_parameters = item
            .parameters
            .iter()
            .chain(&operation.parameters)
            .enumerate();
        for (index, parameter) in all_parameters {
            let pointer = pointer_push(&pointer_push(&base, "parameters"), &index.to_string());
            let lowered = match parameter {
                // A shared parameter is lowered once, its types named after the component.
                ReferenceOr::Reference { reference } => match self.shared_parameters.get(reference)
                {
                    Some(done) => done.clone(),
                    None => {
                        let resolved =
                            self.resolve_component(parameter, "parameters", &pointer, |c| {
                                &c.parameters
                            })?;
                        let prefix = reference
                            .rsplit('/')
                            .next()
                            .unwrap_or_default()
                            .to_upper_camel_case();
                        let prefix = prefix
                            .strip_suffix(&resolved.parameter_data_ref().name.to_upper_camel_case())
                            .unwrap_or(&prefix)
                            .to_owned();
                        let done = self.lower_parameter(resolved, &prefix, &pointer)?;
                        self.shared_parameters
                            .insert(reference.clone(), done.clone());
                        done
                    }
                },
                ReferenceOr::Item(parameter) => {
                    self.lower_parameter(parameter, &type_prefix, &pointer)?
                }
            };
            // An operation's parameter overrides the path item's one of the same name and place.
            parameters.retain(|p: &IrParameter| {
                !(p.wire_name == lowered.wire_name && p.location == lowered.location)
            });
            parameters.push(lowered);
        }

        let request_body = match &operation.request_body {
            Some(body) => {
                let pointer = pointer_push(&base, "requestBody");
                let body =
                    self.resolve_component(body, "requestBodies", &pointer, |c| &c.request_bodies)?;
                self.lower_request_body(body, &type_prefix, &pointer)?
            }
            None => None,
        };

        let mut responses = Vec::new();
        let statuses = operation
            .responses
            .responses
            .iter()
            .map(|(status, response)| (Some(status), response))
            .chain(operation.responses.default.iter().map(|r| (None, r)));
        for (status, response) in statuses {
            let key = status.map_or("default".to_owned(), ToString::to_string);
            let pointer = pointer_push(&pointer_push(&base, "responses"), &key);
            let response =
                self.resolve_component(response, "responses", &pointer, |c| &c.responses)?;
            let code = match status {
                Some(StatusCode::Code(code)) => Some(*code),
                Some(StatusCode::Range(range)) => Some(*range * 100),
                None => None,
            };
            responses.push(self.lower_response(response, code, &type_prefix, &pointer)?);
        }

        Ok(Operation {
            rust_name: naming::field_name(&operation_id),
            operation_id,
            method: selected.method.to_uppercase(),
            path: selected.path.clone(),
            docs: Docs {
                description: operation
                    .description
                    .clone()
                    .or_else(|| operation.summary.clone())
                    .map(|d| d.trim().to_owned()),
                notes: Vec::new(),
                deprecated: operation.deprecated,
            },
            parameters,
            request_body,
            responses,
        })
    }

    fn resolve_component<T>(
        &self,
        value: &'a ReferenceOr<T>,
        section: &str,
        pointer: &str,
        pick: impl Fn(&'a openapiv3::Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
    ) -> Result<&'a T> {
        let mut current = value;
        for _ in 0..16 {
            match current {
                ReferenceOr::Item(item) => return Ok(item),
                ReferenceOr::Reference { reference } => {
                    let prefix = format!("#/components/{section}/");
                    let found = reference.strip_prefix(&prefix).and_then(|name| {
                        self.spec
                            .components
                            .as_ref()
                            .map(&pick)
                            .and_then(|m| m.get(name))
                    });
                    current = found.ok_or_else(|| {
                        Error::new(
                            ErrorKind::BadReference,
                            format!("`{reference}` points to nothing"),
                        )
                        .at(pointer)
                        .with_hint(format!(
                            "expected a reference to #/components/{section}/<Name>"
                        ))
                    })?;
                }
            }
        }
        Err(Error::new(ErrorKind::BadReference, "a cycle of references").at(pointer))
    }

    fn lower_parameter(
        &mut self,
        parameter: &'a Parameter,
        type_prefix: &str,
        pointer: &str,
    ) -> Result<IrParameter> {
        let location = match parameter {
            Parameter::Path { .. } => ParameterLocation::Path,
            Parameter::Query { .. } => ParameterLocation::Query,
            Parameter::Header { .. } => ParameterLocation::Header,
            Parameter::Cookie { .. } => ParameterLocation::Cookie,
        };
        let data = parameter.parameter_data_ref();
        let hint = format!("{type_prefix}{}", data.name.to_upper_camel_case());
        let (ty, docs) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let lowered = self.lower_ref_or(
                    RefOr::from(schema),
                    &hint,
                    &pointer_push(pointer, "schema"),
                )?;
                let docs = match schema {
                    ReferenceOr::Item(schema) => docs_of(schema),
                    ReferenceOr::Reference { .. } => Docs::default(),
                };
                (lowered.ty, docs)
            }
            ParameterSchemaOrContent::Content(_) => (TypeRef::String, Docs::default()),
        };
        let description = data.description.clone().map(|d| d.trim().to_owned());
        Ok(IrParameter {
            rust_name: naming::field_name(&data.name),
            wire_name: data.name.clone(),
            location,
            ty,
            required: data.required,
            docs: Docs {
                description: description.or(docs.description),
                ..docs
            },
        })
    }

    fn lower_request_body(
        &mut self,
        body: &'a RequestBody,
        type_prefix: &str,
        pointer: &str,
    ) -> Result<Option<Body>> {
        // One body type per operation: JSON first, else the first media type.
        let chosen = body
            .content
            .iter()
            .find(|(media, _)| is_json(media))
            .or_else(|| body.content.iter().next());
        let Some((content_type, media)) = chosen else {
            return Ok(None);
        };
        let ty = match &media.schema {
            Some(schema) => {
                let media_pointer = pointer_push(
                    &pointer_push(&pointer_push(pointer, "content"), content_type),
                    "schema",
                );
                Some(
                    self.lower_ref_or(
                        RefOr::from(schema),
                        &format!("{type_prefix}Request"),
                        &media_pointer,
                    )?
                    .ty,
                )
            }
            None => None,
        };
        Ok(Some(Body {
            content_type: content_type.clone(),
            ty,
            required: body.required,
        }))
    }

    fn lower_response(
        &mut self,
        response: &'a SpecResponse,
        status: Option<u16>,
        type_prefix: &str,
        pointer: &str,
    ) -> Result<Response> {
        let mut bodies = Vec::new();
        for (content_type, media) in &response.content {
            let hint = match status {
                Some(code) if (200..300).contains(&code) => format!("{type_prefix}Response"),
                Some(code) => format!("{type_prefix}Response{code}"),
                None => format!("{type_prefix}DefaultResponse"),
            };
            let ty = match &media.schema {
                Some(schema) => {
                    let media_pointer = pointer_push(
                        &pointer_push(&pointer_push(pointer, "content"), content_type),
                        "schema",
                    );
                    Some(
                        self.lower_ref_or(RefOr::from(schema), &hint, &media_pointer)?
                            .ty,
                    )
                }
                None => None,
            };
            bodies.push(Body {
                content_type: content_type.clone(),
                ty,
                required: true,
            });
        }
        Ok(Response {
            status,
            docs: Docs {
                description: Some(response.description.trim().to_owned()).filter(|d| !d.is_empty()),
                ..Docs::default()
            },
            bodies,
            headers: response.headers.keys().cloned().collect(),
        })
    }
}

fn is_json(media: &str) -> bool {
    media == "application/json" || media.ends_with("+json")
}
