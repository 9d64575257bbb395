//! HTTP operations: method, path, parameters, request body and responses, with every
//! inline schema among them lowered to a named type.

use openapiv3::{
    Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody, Response as SpecResponse,
    StatusCode,
};

use super::view::{view, RefOr, View};
use super::{docs_of, naming, Hint, Lowerer};
use crate::error::{pointer_push, pointer_push_all, Error, ErrorKind, Result};
use crate::ir::{
    is_event_stream, is_json_lines, is_json_media, is_success, media_essence, Body, BodyEncoding,
    Docs, Field, FieldEncoding, Framing, ItemStream, Operation as IrOperation,
    Parameter as IrParameter, ParameterLocation, Poll, Presence, Response, Struct, Style,
    StyleKind, Success, SuccessBody, TypeDef, TypeKind, TypeRef,
};
use crate::ir::{HttpMethod, RequestBody as IrRequestBody, Webhook};
use crate::model::{Operation, PathItem};
use crate::select::SelectedOperation;

impl<'a> Lowerer<'a> {
    pub(super) fn lower_operation(
        &mut self,
        selected: &'a SelectedOperation,
        item: &'a PathItem,
    ) -> Result<IrOperation> {
        let base = &selected.pointer;
        let operation = find_operation(selected, item, base)?;
        let method = HttpMethod::from_document(&selected.method).ok_or_else(|| {
            Error::new(
                ErrorKind::Unsupported,
                format!("the HTTP method `{}`", selected.method),
            )
            .at(base)
        })?;
        let operation_id = operation.operation_id.clone().unwrap_or_else(|| {
            naming::snake_case(&format!("{} {}", selected.method, selected.path))
        });
        let type_prefix = naming::type_name(&operation_id);

        // Sized once: Microsoft Graph's 11,000 operations left 6 MB unused in grown lists.
        let mut parameters = Vec::with_capacity(item.parameters.len() + operation.parameters.len());
        let all_parameters = item
            .parameters
            .iter()
            .chain(&operation.parameters)
            .enumerate();
        for (index, parameter) in all_parameters {
            // Made where it is used: a shared parameter lowered before needs none.
            let pointer = || pointer_push_all(base, &["parameters", &index.to_string()]);
            let lowered = match parameter {
                // A shared parameter is lowered once, its types named after the component.
                ReferenceOr::Reference { reference } => {
                    match self.state.shared_parameters.get(reference) {
                        Some(done) => done.clone(),
                        None => {
                            let pointer = pointer();
                            let resolved =
                                self.resolve_component(parameter, "parameters", &pointer, |c| {
                                    &c.parameters
                                })?;
                            let prefix = reference.rsplit('/').next().unwrap_or_default();
                            let prefix = naming::upper_camel_case(prefix);
                            let prefix = prefix
                                .strip_suffix(&naming::upper_camel_case(
                                    &resolved.parameter_data_ref().name,
                                ))
                                .unwrap_or(&prefix)
                                .to_owned();
                            let done = self.lower_parameter(resolved, &prefix, &pointer)?;
                            self.state
                                .shared_parameters
                                .insert(reference.clone(), done.clone());
                            done
                        }
                    }
                }
                ReferenceOr::Item(parameter) => {
                    self.lower_parameter(parameter, &type_prefix, &pointer())?
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
                let pointer = pointer_push(base, "requestBody");
                let body =
                    self.resolve_component(body, "requestBodies", &pointer, |c| &c.request_bodies)?;
                self.lower_request_body(body, &type_prefix, &pointer)?
            }
            None => None,
        };

        let mut responses = Vec::with_capacity(
            operation.responses.responses.len()
                + usize::from(operation.responses.default.is_some()),
        );
        let statuses = operation
            .responses
            .responses
            .iter()
            .map(|(status, response)| (Some(status), response))
            .chain(operation.responses.default.iter().map(|r| (None, r)));
        for (status, response) in statuses {
            let key = status.map_or("default".to_owned(), ToString::to_string);
            let pointer = pointer_push_all(base, &["responses", &key]);
            let response =
                self.resolve_component(response, "responses", &pointer, |c| &c.responses)?;
            let code = match status {
                Some(StatusCode::Code(code)) => Some(*code),
                Some(StatusCode::Range(range)) => Some(*range * 100),
                None => None,
            };
            responses.push(self.lower_response(response, code, &type_prefix, &pointer)?);
        }

        self.match_path_parameters(&selected.path, &mut parameters, base);
        let query_type = self.define_query_struct(&type_prefix, &parameters, base);
        let poll = operation
            .extensions
            .get("x-poll")
            .map(|value| self.lower_poll(value, base))
            .transpose()?;
        if poll.is_some() && (query_type.is_some() || request_body.is_some()) {
            // The helper calls the operation again with its path and header arguments only.
            return Err(Error::new(
                ErrorKind::Unsupported,
                "`x-poll` is for an operation that takes only path and header parameters, \
                 and this one takes a query or a body",
            )
            .at(pointer_push(base, "x-poll"))
            .with_hint("put `x-poll` on the operation that retrieves the object"));
        }
        let mut lowered = IrOperation {
            query_type,
            poll,
            pagination: None,
            success: success(&responses),
            rust_name: naming::field_name(&operation_id),
            operation_id,
            tags: operation.tags.clone(),
            method,
            path: selected.path.clone(),
            docs: operation_docs(operation),
            parameters,
            request_body,
            responses,
        };
        lowered.pagination = super::pagination::pagination(
            &lowered,
            &self.state.types,
            self.pagination.get(&lowered.operation_id),
            base,
        )?;
        Ok(lowered)
    }

    fn resolve_component<T, I: std::borrow::Borrow<T>>(
        &self,
        value: &'a ReferenceOr<I>,
        section: &str,
        pointer: &str,
        pick: impl Fn(&'a openapiv3::Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
    ) -> Result<&'a T> {
        crate::resolve::component(self.spec, value, section, pointer, pick).map(|(item, _)| item)
    }

    fn lower_parameter(
        &mut self,
        parameter: &'a Parameter,
        type_prefix: &str,
        pointer: &str,
    ) -> Result<IrParameter> {
        let (location, kind) = match parameter {
            Parameter::Path { .. } => (ParameterLocation::Path, StyleKind::Simple),
            Parameter::Query { style, .. } => (ParameterLocation::Query, query_style(style)),
            Parameter::Header { .. } => (ParameterLocation::Header, StyleKind::Simple),
            Parameter::Cookie { .. } => (ParameterLocation::Cookie, StyleKind::Form),
        };
        let data = parameter.parameter_data_ref();
        let style = Style {
            kind,
            explode: data.explode.unwrap_or(kind == StyleKind::Form),
        };
        let hint = Hint::Named(type_prefix, &data.name);
        let (ty, docs) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let lowered =
                    self.lower_ref_or(RefOr::from(schema), hint, &pointer_push(pointer, "schema"))?;
                let docs = match schema {
                    ReferenceOr::Item(schema) => docs_of(schema),
                    ReferenceOr::Reference { .. } => Docs::default(),
                };
                (lowered.ty, docs)
            }
            ParameterSchemaOrContent::Content(_) => (TypeRef::String, Docs::default()),
        };
        let description = data.description.as_deref().map(str::trim);
        let constant = match &data.format {
            ParameterSchemaOrContent::Schema(schema) if data.required => {
                let (schema, _) = self.resolve(RefOr::from(schema), pointer)?;
                match view(schema) {
                    View::String { values } if values.len() == 1 => Some(values[0].to_owned()),
                    _ => None,
                }
            }
            _ => None,
        };
        Ok(IrParameter {
            constant,
            rust_name: naming::field_name(&data.name),
            wire_name: data.name.clone(),
            location,
            ty,
            style,
            required: data.required,
            docs: Docs {
                description: match description {
                    Some(text) => Some(self.state.texts.text(text)),
                    None => docs.description.map(|text| self.state.texts.shared(text)),
                },
                ..docs
            },
        })
    }

    fn lower_request_body(
        &mut self,
        body: &'a RequestBody,
        type_prefix: &str,
        pointer: &str,
    ) -> Result<Option<IrRequestBody>> {
        // One body per operation, by what the client can best send: JSON, a form, a
        // multipart form, text, then bytes.
        let chosen = body
            .content
            .iter()
            .min_by_key(|(media, _)| encoding_rank(media));
        let Some((content_type, media)) = chosen else {
            return Ok(None);
        };
        let media_pointer = pointer_push_all(pointer, &["content", content_type]);
        let schema_type = |this: &mut Self| -> Result<TypeRef> {
            match &media.schema {
                Some(schema) => Ok(this
                    .lower_ref_or(
                        RefOr::from(schema),
                        Hint::Joined(type_prefix, "Request"),
                        &pointer_push(&media_pointer, "schema"),
                    )?
                    .ty),
                None => Ok(TypeRef::Json),
            }
        };
        let (encoding, ty) = match encoding_rank(content_type) {
            0 => (BodyEncoding::Json, schema_type(self)?),
            1 => {
                let fields = media
                    .encoding
                    .iter()
                    .filter_map(|(name, encoding)| {
                        let kind = encoding.style.as_ref().map_or(StyleKind::Form, query_style);
                        let style = Style {
                            kind,
                            explode: encoding.explode,
                        };
                        (style != Style::FORM).then(|| FieldEncoding {
                            wire_name: name.clone(),
                            style,
                        })
                    })
                    .collect();
                (BodyEncoding::FormUrlEncoded(fields), schema_type(self)?)
            }
            2 => (BodyEncoding::Multipart, schema_type(self)?),
            3 => (BodyEncoding::Text, TypeRef::String),
            _ => (BodyEncoding::Bytes, TypeRef::Binary),
        };
        Ok(Some(IrRequestBody {
            content_type: content_type.clone(),
            encoding,
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
                Some(code) if (200..300).contains(&code) => [type_prefix, "Response"].concat(),
                Some(code) => format!("{type_prefix}Response{code}"),
                None => [type_prefix, "DefaultResponse"].concat(),
            };
            let ty = match &media.schema {
                Some(schema) => {
                    let media_pointer =
                        pointer_push_all(pointer, &["content", content_type, "schema"]);
                    Some(
                        self.lower_ref_or(RefOr::from(schema), Hint::Text(&hint), &media_pointer)?
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
                description: Some(response.description.trim())
                    .filter(|d| !d.is_empty())
                    .map(|d| self.state.texts.text(d)),
                ..Docs::default()
            },
            bodies,
            headers: response.headers.keys().cloned().collect(),
        })
    }
}

impl<'a> Lowerer<'a> {
    /// The callbacks of a selected operation, as webhooks named after the operation.
    pub(super) fn lower_callbacks(
        &mut self,
        selected: &'a SelectedOperation,
        item: &'a PathItem,
        names: &mut naming::Names,
    ) -> Result<Vec<Webhook>> {
        let base = &selected.pointer;
        let operation = find_operation(selected, item, base)?;
        let operation_name = operation
            .operation_id
            .clone()
            .unwrap_or_else(|| format!("{} {}", selected.method.to_uppercase(), selected.path));
        let mut webhooks = Vec::new();
        for (callback_name, callback) in &operation.callbacks {
            let callback_pointer = pointer_push_all(base, &["callbacks", callback_name]);
            for (expression, item) in callback {
                let pointer = pointer_push(&callback_pointer, expression);
                let label = format!("callback `{callback_name}` of `{operation_name}`");
                let name = format!("{operation_name} {callback_name}");
                webhooks.extend(self.lower_webhook_item(&name, &label, item, &pointer, names)?);
            }
        }
        Ok(webhooks)
    }

    /// Each operation of a webhook's (or callback's) path item whose body the receiver decodes.
    pub(super) fn lower_webhook_item(
        &mut self,
        name: &str,
        label: &str,
        item: &'a PathItem,
        pointer: &str,
        names: &mut naming::Names,
    ) -> Result<Vec<Webhook>> {
        let mut webhooks = Vec::new();
        for (method, operation) in item.iter() {
            let pointer = pointer_push(pointer, method);
            let Some(body) = &operation.request_body else {
                continue;
            };
            let body_pointer = pointer_push(&pointer, "requestBody");
            let body = self
                .resolve_component(body, "requestBodies", &body_pointer, |c| &c.request_bodies)?;
            let type_name = operation.operation_id.as_deref().unwrap_or(name);
            let prefix = naming::upper_camel_case(type_name);
            let Some(body) = self.lower_request_body(body, &prefix, &body_pointer)? else {
                continue;
            };
            if body.encoding == BodyEncoding::Bytes {
                continue;
            }
            webhooks.push(Webhook {
                rust_name: names.claim(naming::type_name(type_name)),
                name: label.to_owned(),
                method: method.to_uppercase(),
                docs: operation_docs(operation),
                payload: body.ty,
            });
        }
        Ok(webhooks)
    }
}

/// A selected operation of its path item, or parsed by `select`.
fn find_operation<'a>(
    selected: &'a SelectedOperation,
    item: &'a PathItem,
    pointer: &str,
) -> Result<&'a Operation> {
    let operation = match &selected.parsed {
        Some(operation) => Some(&**operation),
        None => item
            .iter()
            .find(|(m, _)| *m == selected.method)
            .map(|(_, operation)| operation),
    };
    operation.ok_or_else(|| Error::new(ErrorKind::InvalidSpec, "operation vanished").at(pointer))
}

impl Lowerer<'_> {
    /// Pairs path template variables with path parameters whose names differ from them (a
    /// spec mistake seen in the wild: `{certificate_id}` declared as `cert_id`), in order.
    fn match_path_parameters(
        &mut self,
        path: &str,
        parameters: &mut Vec<IrParameter>,
        pointer: &str,
    ) {
        // Read as the emitter reads the template: from a `{` to the next `}` (so `{{a}`
        // names `{a`, and both sides agree on which parameter goes where).
        let mut variables: Vec<&str> = Vec::new();
        let mut rest = path;
        while let Some((name, after)) = rest
            .split_once('{')
            .and_then(|(_, open)| open.split_once('}'))
        {
            variables.push(name);
            rest = after;
        }
        let unmatched_variables: Vec<&str> = variables
            .iter()
            .copied()
            .filter(|v| {
                !parameters
                    .iter()
                    .any(|p| p.location == ParameterLocation::Path && p.wire_name == *v)
            })
            .collect();
        let mut unmatched = unmatched_variables.into_iter();
        for parameter in parameters.iter_mut() {
            if parameter.location != ParameterLocation::Path
                || variables.contains(&parameter.wire_name.as_str())
            {
                continue;
            }
            let Some(variable) = unmatched.next() else {
                break;
            };
            self.warnings.push(
                "a path parameter is named differently from its path template variable; paired in order",
                pointer.to_owned(),
            );
            parameter.wire_name = variable.to_owned();
        }
        // One the template has no place for could not be sent (and would be an unused argument).
        let before = parameters.len();
        parameters.retain(|p| {
            p.location != ParameterLocation::Path || variables.contains(&p.wire_name.as_str())
        });
        if parameters.len() < before {
            self.warnings.push(
                "a path parameter that is not in the path template is left out",
                pointer.to_owned(),
            );
        }
    }

    /// A struct with one field per query parameter, so that a call reads
    /// `list_messages(thread_id, &ListMessagesParams::default().limit(5))`.
    fn define_query_struct(
        &mut self,
        type_prefix: &str,
        parameters: &[IrParameter],
        pointer: &str,
    ) -> Option<String> {
        let mut names = naming::Names::default();
        let fields: Vec<Field> = parameters
            .iter()
            .filter(|p| p.location == ParameterLocation::Query && p.constant.is_none())
            .map(|p| Field {
                wire_name: p.wire_name.clone(),
                rust_name: names.claim_snake(&p.rust_name),
                ty: p.ty.clone(),
                presence: if p.required {
                    Presence::Required
                } else {
                    Presence::Optional
                },
                docs: p.docs.clone(),
                constraints: Default::default(),
                default: None,
            })
            .collect();
        if fields.is_empty() {
            return None;
        }
        let name = self.state.names.claim(format!("{type_prefix}Params"));
        self.state.types.insert(
            name.clone(),
            TypeDef {
                name: name.clone(),
                docs: Docs {
                    description: Some(
                        format!(
                            "The query parameters of `{}`.",
                            naming::snake_case(type_prefix)
                        )
                        .into(),
                    ),
                    ..Docs::default()
                },
                kind: TypeKind::Struct(Struct {
                    fields,
                    keeps_extra: false,
                    defaultable: false,
                }),
                constraints: Default::default(),
                source: pointer.to_owned(),
            },
        );
        Some(name)
    }

    fn lower_poll(&self, value: &serde_json::Value, pointer: &str) -> Result<Poll> {
        let pointer = pointer_push(pointer, "x-poll");
        let status_property = value
            .get("status_property")
            .and_then(serde_json::Value::as_str);
        let until: Option<Vec<String>> = value
            .get("until")
            .and_then(serde_json::Value::as_array)
            .map(|values| {
                // Each value once: they become the patterns of one `matches!`.
                let mut seen = std::collections::BTreeSet::new();
                values
                    .iter()
                    .filter_map(serde_json::Value::as_str)
                    .filter(|v| seen.insert(*v))
                    .map(str::to_owned)
                    .collect()
            });
        match (status_property, until) {
            (Some(status_property), Some(until)) if !until.is_empty() => Ok(Poll {
                status_property: status_property.to_owned(),
                until,
                interval_header: value
                    .get("interval_header")
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_owned),
            }),
            _ => Err(Error::new(
                ErrorKind::InvalidSpec,
                "`x-poll` needs `status_property` and a non-empty `until` list",
            )
            .at(pointer)
            .with_hint("e.g. x-poll: {status_property: status, until: [completed, failed]}")),
        }
    }
}

/// An operation's description (or summary) and whether it is deprecated.
fn operation_docs(operation: &Operation) -> Docs {
    Docs {
        description: operation
            .description
            .clone()
            .or_else(|| operation.summary.clone())
            .map(|d| d.trim().into()),
        notes: Vec::new(),
        deprecated: operation.deprecated,
    }
}

/// A wildcard media type (`*/*`, `application/*`) with a schema that is not raw bytes:
/// generators such as springdoc write JSON so.
fn is_typed_wildcard(body: &Body) -> bool {
    let essence = body
        .content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim();
    essence.ends_with("/*") && body.ty.as_ref().is_some_and(|ty| *ty != TypeRef::Binary)
}

/// The order in which a request body's media types are preferred (lowest first).
fn encoding_rank(media: &str) -> u8 {
    let essence = media_essence(media);
    if is_json_media(media) {
        0
    } else if essence == "application/x-www-form-urlencoded" {
        1
    } else if essence == "multipart/form-data" {
        2
    } else if essence.starts_with("text/") {
        3
    } else {
        4
    }
}

fn query_style(style: &openapiv3::QueryStyle) -> StyleKind {
    match style {
        openapiv3::QueryStyle::Form => StyleKind::Form,
        openapiv3::QueryStyle::SpaceDelimited => StyleKind::SpaceDelimited,
        openapiv3::QueryStyle::PipeDelimited => StyleKind::PipeDelimited,
        openapiv3::QueryStyle::DeepObject => StyleKind::DeepObject,
    }
}

/// What a successful call answers: the first 2xx JSON body, else bytes if some 2xx answer
/// has a body that is not a stream of items, else nothing; and the item stream, if any
/// (events first, then JSON lines).
fn success(responses: &[Response]) -> Success {
    let bodies = || {
        responses
            .iter()
            .filter(|r| is_success(r.status))
            .flat_map(|r| &r.bodies)
    };
    // A JSON answer without a schema is free-form JSON; a wildcard one (`*/*`, as springdoc
    // writes JSON answers) with a schema that is not raw bytes is JSON too.
    // A JSON media type whose schema is raw bytes (flat.io's score files) is bytes.
    let json = bodies()
        .find(|b| is_json_media(&b.content_type) || is_typed_wildcard(b))
        .map(|b| b.ty.clone().unwrap_or(TypeRef::Json))
        .filter(|ty| *ty != TypeRef::Binary);
    let is_stream = |media: &str| is_event_stream(media) || is_json_lines(media);
    let body = match json {
        Some(ty) => SuccessBody::Json(ty),
        None if bodies().any(|b| {
            let binary = b.ty == Some(TypeRef::Binary);
            (binary || !is_json_media(&b.content_type)) && !is_stream(&b.content_type)
        }) =>
        {
            SuccessBody::Bytes
        }
        None => SuccessBody::Empty,
    };
    let stream_of = |framing: Framing, matches: fn(&str) -> bool| {
        bodies().filter(|b| matches(&b.content_type)).find_map(|b| {
            Some(ItemStream {
                framing,
                item: b.ty.clone()?,
                media_type: b.content_type.clone(),
            })
        })
    };
    let stream = stream_of(Framing::ServerSentEvents, is_event_stream)
        .or_else(|| stream_of(Framing::JsonLines, is_json_lines));
    Success { body, stream }
}
