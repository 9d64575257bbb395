//! The operations module of a generated client: one method on `Client` per operation (it
//! returns a `Call`, a future of the body that also gives the whole response),
//! the settings the runtime reads (base URL, environment variables), and poll helpers.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::doc_text;
use super::features::operation_cfg;
use super::types::{ident, type_tokens, type_tokens_in, Scope};
use crate::config::{ClientConfig, Config};
use crate::ir::{
    Api, ApiKeyPlacement, BodyEncoding, Docs, Framing, HttpMethod, Operation, ParameterLocation,
    RequestBody, Style, StyleKind, SuccessBody, TypeDef, TypeKind, TypeRef,
};

/// A method of the client: its doc comment as text (as prettyplease prints it in an `impl`
/// block) and the rest of it as tokens. The docs are not tokens because parsing them back
/// cost more than the rest of the method.
pub struct Method {
    pub docs: String,
    pub tokens: TokenStream,
}

impl Method {
    pub(super) fn new(docs: &Docs, tokens: TokenStream) -> Self {
        Self {
            docs: doc_text(docs, None, None, 4),
            tokens,
        }
    }
}

/// The operations module up to `impl Client`: its doc, imports, settings and identity
/// headers.
pub fn emit_head(api: &Api, config: &Config) -> TokenStream {
    let settings = emit_settings(api, &config.client);
    let identity = emit_identity_headers(&config.client);
    let types_import = uses_spec_types(api).then(|| {
        quote!(
            use crate::types;
        )
    });
    quote! {
        #![doc = " The API's operations, as methods on [`Client`]."]

        #[allow(unused_imports)]
        use crate::client::{path_segment, Client, ClientBuilder, PollOptions, Request};
        use crate::client::{ApiKeyPlacement, ApiSettings};
        use crate::error::ApiError;
        // Named by streams, polls and some requests only.
        #[allow(unused_imports)]
        use crate::error::Error;
        use crate::response::Call;
        #types_import

        #settings
        #identity
    }
}

/// The methods of `impl Client`: every operation's call, then the streams, polls and
/// paginators; each under the `#[cfg]` of its operation's group (after the docs).
pub fn emit_methods(api: &Api) -> Vec<Method> {
    let mut methods = Vec::new();
    let mut add = |kind: &dyn Fn(&Operation) -> Vec<Method>| {
        for op in &api.operations {
            let cfg = operation_cfg(api, &op.rust_name);
            for Method { docs, tokens } in kind(op) {
                let tokens = quote!(#cfg #tokens);
                methods.push(Method { docs, tokens });
            }
        }
    };
    add(&|op| vec![emit_operation(api, op)]);
    add(&|op| emit_stream(api, op).into_iter().collect());
    add(&|op| emit_poll(api, op).into_iter().collect());
    add(&|op| super::pagination::emit_paginator(api, op).unwrap_or_default());
    methods
}

fn emit_settings(api: &Api, client: &ClientConfig) -> TokenStream {
    let base_url = api
        .base_url
        .clone()
        .unwrap_or_else(|| "http://localhost".into());
    let optional = |value: &Option<String>| match value {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    };
    let api_key_env = optional(&client.api_key_env);
    let base_url_env = optional(&client.base_url_env);
    let headers = client
        .headers
        .iter()
        .map(|(name, value)| quote!((#name, #value),));
    let from_env = client.identity_headers.iter().map(|h| {
        let (env, header) = (&h.env, &h.header);
        quote!((#env, #header),)
    });
    let error_body = error_body_type(api);
    let never_retry_codes = &client.never_retry_codes;
    let retry_count_header = optional(&client.retry_count_header);
    let idempotency_header = optional(&client.idempotency_header);
    let api_key_placement = match &api.api_key {
        ApiKeyPlacement::Bearer => quote!(ApiKeyPlacement::Bearer),
        ApiKeyPlacement::Basic => quote!(ApiKeyPlacement::Basic),
        ApiKeyPlacement::Header(name) => quote!(ApiKeyPlacement::Header(#name)),
        ApiKeyPlacement::Query(name) => quote!(ApiKeyPlacement::Query(#name)),
        ApiKeyPlacement::Cookie(name) => quote!(ApiKeyPlacement::Cookie(#name)),
    };
    quote! {
        /// What the client takes from the spec (the server, the security scheme) and reads
        /// from the environment.
        static SETTINGS: ApiSettings = ApiSettings {
            default_base_url: #base_url,
            api_key_placement: #api_key_placement,
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
            never_retry_codes: &[#(#never_retry_codes),*],
            retry_count_header: #retry_count_header,
            idempotency_header: #idempotency_header,
            api_key_env: #api_key_env,
            base_url_env: #base_url_env,
            headers_from_env: &[#(#from_env)*],
            headers: &[#(#headers)*],
        };

        impl Default for ClientBuilder {
            fn default() -> Self {
                ClientBuilder::new(&SETTINGS)
            }
        }

        /// The body of the API's error answers, as the spec describes it.
        pub type ApiErrorBody = #error_body;

        impl ApiError {
            /// The body decoded as the spec's error schema, if it does.
            pub fn details(&self) -> Option<ApiErrorBody> {
                serde_json::from_str(&self.body).ok()
            }
        }
    }
}

/// Whether the operations module names a spec type (in an argument, an answer or the error
/// body), and so imports `types`.
fn uses_spec_types(api: &Api) -> bool {
    let named = |ty: &TypeRef| ty.any(&|t| matches!(t, TypeRef::Named(_)));
    api.operations.iter().any(|op| {
        op.query_type.is_some()
            || op.request_body.as_ref().is_some_and(|b| named(&b.ty))
            || op.parameters.iter().any(|p| {
                // Path and header parameters are arguments; constant ones are not.
                p.constant.is_none()
                    && matches!(
                        p.location,
                        ParameterLocation::Path | ParameterLocation::Header
                    )
                    && named(&p.ty)
            })
            || op.success.json().is_some_and(named)
            || op.success.stream.as_ref().is_some_and(|s| named(&s.item))
    }) || shared_error_type(api).is_some_and(named)
}

/// The one schema all error answers share, or free-form JSON.
fn error_body_type(api: &Api) -> TokenStream {
    shared_error_type(api).map_or_else(|| quote!(serde_json::Value), qualified)
}

/// The one schema all error answers share, if they do.
fn shared_error_type(api: &Api) -> Option<&TypeRef> {
    let mut types = api
        .operations
        .iter()
        .flat_map(|op| &op.responses)
        .filter(|r| !crate::ir::is_success(r.status))
        .flat_map(|r| r.bodies.iter().filter_map(|b| b.ty.as_ref()));
    let first = types.next()?;
    types.all(|ty| ty == first).then_some(first)
}

fn emit_identity_headers(client: &ClientConfig) -> Option<TokenStream> {
    if client.identity_headers.is_empty() {
        return None;
    }
    let methods = client.identity_headers.iter().map(|h| {
        let method = format_ident!("{}", h.method);
        let doc = format!(
            " Sends `{}` with every request (`from_env` reads it from `{}`).",
            h.header, h.env
        );
        let header = &h.header;
        quote! {
            #[doc = #doc]
            pub fn #method(self, value: impl Into<String>) -> Self {
                self.header(#header, value)
            }
        }
    });
    Some(quote! {
        impl ClientBuilder {
            #(#methods)*
        }
    })
}

/// The name of a method derived from an operation's (`create_run_stream`): without the
/// raw prefix, and without the underscore that a keyword's name ends with (`self_`).
pub(super) fn derived_method(rust_name: &str, suffix: &str) -> proc_macro2::Ident {
    let base = rust_name.trim_start_matches("r#").trim_end_matches('_');
    format_ident!("{base}_{suffix}")
}

/// A type as the operations module names it.
pub(super) fn qualified(ty: &TypeRef) -> TokenStream {
    type_tokens_in(ty, Scope::Crate)
}

/// The type a successful call returns, if it answers JSON.
pub(super) fn success_type(op: &Operation) -> Option<&TypeRef> {
    op.success.json()
}

/// Whether a successful call answers with raw bytes (audio, files).
pub(super) fn answers_bytes(op: &Operation) -> bool {
    op.success.body == SuccessBody::Bytes
}

/// An argument type for a path or header parameter.
fn argument_type(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(&str),
        TypeRef::Integer(_) | TypeRef::Number | TypeRef::Boolean => type_tokens(ty),
        TypeRef::Array(item) => {
            let item = qualified(item);
            quote!(&[#item])
        }
        other => {
            let ty = qualified(other);
            quote!(&#ty)
        }
    }
}

/// What a call and its `_stream` twin share: the arguments, the request with its path,
/// headers and query, and the body's check and encoding (after `prepare_body`, which may
/// rebind `body`).
pub(super) struct Call {
    pub(super) arguments: Vec<TokenStream>,
    pub(super) request: TokenStream,
    pub(super) check_and_encode: Option<TokenStream>,
}

pub(super) fn call(api: &Api, op: &Operation, prepare_body: Option<TokenStream>) -> Call {
    let method = method_tokens(op.method);
    let mut arguments = Vec::new();
    let mut constant_headers = Vec::new();
    let mut headers = Vec::new();
    for parameter in &op.parameters {
        let wire = &parameter.wire_name;
        match (parameter.location, &parameter.constant) {
            (ParameterLocation::Header, Some(value)) => {
                constant_headers.push(quote!(.header(#wire, #value)))
            }
            (ParameterLocation::Path, _) => {
                let arg = ident(&parameter.rust_name);
                let ty = argument_type(&parameter.ty);
                arguments.push(quote!(#arg: #ty));
            }
            (ParameterLocation::Header, None) => {
                let arg = ident(&parameter.rust_name);
                let ty = argument_type(&parameter.ty);
                let text = parameter_text(api, &parameter.ty, quote!(value));
                if parameter.required {
                    arguments.push(quote!(#arg: #ty));
                    headers.push(quote! {
                        let value = #arg;
                        let request = request.header(#wire, #text);
                    });
                } else {
                    arguments.push(quote!(#arg: Option<#ty>));
                    headers.push(quote! {
                        let request = match #arg {
                            Some(value) => request.header(#wire, #text),
                            None => request,
                        };
                    });
                }
            }
            _ => {}
        }
    }
    let (path_bindings, path) = path_expression(api, op);
    let (operation_id, path_template) = (&op.operation_id, &op.path);
    if let Some(name) = &op.query_type {
        let name = ident(name);
        arguments.push(quote!(params: &types::#name));
    }
    let query = op
        .query_type
        .as_ref()
        .and_then(|name| api.types.get(name))
        .map(|def| emit_query(api, op, def));
    let check_and_encode = op.request_body.as_ref().map(|body| {
        let (argument, check, encode) = body_argument_and_encoding(api, body);
        arguments.push(argument);
        match (body.required, encode) {
            (true, Encode::Expression(encode)) => quote! {
                #prepare_body
                #check
                let request = #encode;
            },
            (true, Encode::Statements(encode)) => quote! {
                #prepare_body
                #check
                #encode
            },
            (false, Encode::Expression(encode)) => quote! {
                let request = match body {
                    Some(body) => {
                        #check
                        #encode
                    }
                    None => request,
                };
            },
            (false, Encode::Statements(encode)) => quote! {
                let request = match body {
                    Some(body) => {
                        #check
                        #encode
                        request
                    }
                    None => request,
                };
            },
        }
    });
    Call {
        arguments,
        request: quote! {
            #(#path_bindings)*
            let request = Request::new(#method, #path)
                .operation(#operation_id, #path_template)
                #(#constant_headers)*;
            #(#headers)*
            #query
        },
        check_and_encode,
    }
}

/// How a body is put on the request: an expression giving the new request, or statements
/// that rebind `request`.
enum Encode {
    Expression(TokenStream),
    Statements(TokenStream),
}

/// `reqwest::Method::GET` and the like; `QUERY`, which reqwest has no constant for, is made
/// from its name.
fn method_tokens(method: HttpMethod) -> TokenStream {
    let name = method.as_str();
    if method == HttpMethod::Query {
        let bytes = proc_macro2::Literal::byte_string(name.as_bytes());
        quote!(reqwest::Method::from_bytes(#bytes).map_err(|e| Error::Config(e.to_string()))?)
    } else {
        let name = format_ident!("{}", name);
        quote!(reqwest::Method::#name)
    }
}

/// The body's argument, its check (where its type has limits) and its encoding, as its media
/// type says.
fn body_argument_and_encoding(
    api: &Api,
    body: &RequestBody,
) -> (TokenStream, Option<TokenStream>, Encode) {
    let check = super::validation::is_validated(api, &body.ty).then(|| quote!(self.check(body)?;));
    let content_type = raw_content_type(&body.content_type);
    let argument = |required: TokenStream, optional: TokenStream| {
        if body.required {
            quote!(body: #required)
        } else {
            quote!(body: Option<#optional>)
        }
    };
    // Borrowed as a slice or `str` rather than `&Vec` or `&String`.
    let tokens = match &body.ty {
        TypeRef::Array(item) => {
            let item = qualified(item);
            quote!([#item])
        }
        TypeRef::String => quote!(str),
        other => qualified(other),
    };
    let typed = argument(quote!(&#tokens), quote!(&#tokens));
    match &body.encoding {
        BodyEncoding::Json => (
            typed,
            check,
            Encode::Expression(quote!(request.json(body)?)),
        ),
        BodyEncoding::Multipart => (
            typed,
            check,
            Encode::Statements(multipart_body(api, &body.ty)),
        ),
        BodyEncoding::FormUrlEncoded(fields) => {
            let fields = fields.iter().map(|field| {
                let wire = &field.wire_name;
                let style = style_tokens(field.style);
                quote!((#wire, #style))
            });
            let encode = quote!(request.url_encoded(body, &[#(#fields),*])?);
            (typed, check, Encode::Expression(encode))
        }
        BodyEncoding::Text if body.required => {
            let encode = quote! {
                let body: String = body.into();
                let request = request.raw_body(body.into(), #content_type);
            };
            let argument = argument(quote!(impl Into<String>), quote!(String));
            (argument, None, Encode::Statements(encode))
        }
        BodyEncoding::Text => {
            let encode = quote!(request.raw_body(body.into(), #content_type));
            let argument = argument(quote!(impl Into<String>), quote!(String));
            (argument, None, Encode::Expression(encode))
        }
        BodyEncoding::Bytes => {
            let encode = quote!(request.raw_body(body.into(), #content_type));
            let argument = argument(quote!(impl Into<bytes::Bytes>), quote!(bytes::Bytes));
            (argument, None, Encode::Expression(encode))
        }
    }
}

/// The media type sent with a text or byte body: a wildcard (`*/*`, `image/*`) says nothing
/// about the bytes, so it is sent as `application/octet-stream`.
fn raw_content_type(media: &str) -> String {
    if media.contains('*') {
        "application/octet-stream".to_owned()
    } else {
        media.to_owned()
    }
}

/// A parameter style as the runtime's `ParamStyle`.
fn style_tokens(style: Style) -> TokenStream {
    let kind = match style.kind {
        StyleKind::Form => quote!(Form),
        StyleKind::SpaceDelimited => quote!(SpaceDelimited),
        StyleKind::PipeDelimited => quote!(PipeDelimited),
        StyleKind::DeepObject => quote!(DeepObject),
        StyleKind::Simple => quote!(Simple),
    };
    let explode = style.explode;
    quote!(crate::client::ParamStyle { kind: crate::client::StyleKind::#kind, explode: #explode })
}

fn emit_operation(api: &Api, op: &Operation) -> Method {
    let name = ident(&op.rust_name);
    let mut docs = op.docs.clone();
    docs.notes.push(format!("`{} {}`", op.method, op.path));
    let Call {
        arguments,
        request,
        check_and_encode,
        ..
    } = call(api, op, None);
    let (output, decode) = match success_type(op) {
        Some(ty) => (qualified(ty), quote!(crate::response::decode_json)),
        None if answers_bytes(op) => (quote!(bytes::Bytes), quote!(crate::response::decode_bytes)),
        None => (quote!(()), quote!(crate::response::decode_empty)),
    };
    // The request is made when the method is called; the `Call` sends it when awaited.
    let tokens = quote! {
        pub fn #name(&self, #(#arguments),*) -> Call<#output> {
            self.call(
                || {
                    #request
                    #check_and_encode
                    Ok(request)
                },
                #decode,
            )
        }
    };
    Method::new(&docs, tokens)
}

/// A path or header parameter's text from `value` (a reference): numbers and strings as they
/// are, anything else (lists, unions, objects) as OpenAPI's `simple` style writes it.
fn parameter_text(api: &Api, ty: &TypeRef, value: TokenStream) -> TokenStream {
    match api.resolve_alias(ty) {
        TypeRef::String | TypeRef::Integer(_) | TypeRef::Number | TypeRef::Boolean => {
            quote!(#value.to_string())
        }
        _ => quote!(crate::client::simple_text(#value)?),
    }
}

/// A multipart body: a file part per binary field, a text part per other field.
fn multipart_body(api: &Api, ty: &TypeRef) -> TokenStream {
    let fields = match api.resolve_alias(ty) {
        TypeRef::Named(name) => match api.types.get(name).map(|d| &d.kind) {
            Some(TypeKind::Struct(s)) => &s.fields,
            _ => return quote!(let request = request.form_value("body", body)?;),
        },
        _ => return quote!(let request = request.form_value("body", body)?;),
    };
    let parts = fields.iter().map(|field| {
        let name = ident(&field.rust_name);
        let wire = &field.wire_name;
        let add = |value: TokenStream| match api.resolve_alias(&field.ty) {
            TypeRef::Binary => quote! {
                let file = #value;
                request = request.form_file(#wire, &file.file_name, &file.bytes, file.content_type.as_deref());
            },
            TypeRef::Array(item) if **item == TypeRef::Binary => quote! {
                for file in #value {
                    request = request.form_file(#wire, &file.file_name, &file.bytes, file.content_type.as_deref());
                }
            },
            _ => quote!(request = request.form_value(#wire, #value)?;),
        };
        for_present(field, quote!(body.#name), add)
    });
    quote! {
        let mut request = request;
        #(#parts)*
    }
}

/// The path with its parameters percent-encoded into it, and the statements that first turn
/// parameters that are not strings into their text (kept out of `format!`, which rustfmt and
/// prettyplease leave unformatted).
fn path_expression(api: &Api, op: &Operation) -> (Vec<TokenStream>, TokenStream) {
    let mut format = String::new();
    let mut values = Vec::new();
    let mut bindings = Vec::new();
    let mut rest = op.path.as_str();
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}').map(|e| start + e) else {
            break;
        };
        format.push_str(&rest[..start].replace('{', "{{").replace('}', "}}"));
        format.push_str("{}");
        let name = &rest[start + 1..end];
        let parameter = op
            .parameters
            .iter()
            .find(|p| p.location == ParameterLocation::Path && p.wire_name == name);
        let value = match parameter {
            Some(p) => {
                let arg = ident(&p.rust_name);
                match p.ty {
                    TypeRef::String => quote!(path_segment(#arg)),
                    _ => {
                        let text = parameter_text(api, &p.ty, quote!(#arg));
                        bindings.push(quote!(let #arg = #text;));
                        quote!(path_segment(&#arg))
                    }
                }
            }
            // A template variable without a parameter: keep it literally.
            None => {
                let literal = format!("{{{name}}}");
                quote!(path_segment(#literal))
            }
        };
        values.push(value);
        rest = &rest[end + 1..];
    }
    format.push_str(&rest.replace('{', "{{").replace('}', "}}"));
    let path = if values.is_empty() {
        quote!(#format.to_owned())
    } else {
        quote!(format!(#format, #(#values),*))
    };
    (bindings, path)
}

fn emit_query(api: &Api, op: &Operation, def: &TypeDef) -> TokenStream {
    let TypeKind::Struct(s) = &def.kind else {
        return quote!();
    };
    let pushes = s.fields.iter().map(|field| {
        let name = ident(&field.rust_name);
        let wire = &field.wire_name;
        let style = op
            .parameters
            .iter()
            .find(|p| p.location == ParameterLocation::Query && p.wire_name == *wire)
            .map_or(Style::FORM, |p| p.style);
        let push = |value: TokenStream| match query_shape(api, &field.ty) {
            QueryShape::Scalar => quote!(request = request.query(#wire, #value);),
            QueryShape::ScalarList if style == Style::FORM => quote! {
                for item in #value {
                    request = request.query(#wire, item);
                }
            },
            _ => {
                let style = style_tokens(style);
                quote!(request = request.query_styled(#wire, #value, #style)?;)
            }
        };
        for_present(field, quote!(params.#name), push)
    });
    quote! {
        let mut request = request;
        #(#pushes)*
    }
}

/// `action` on a reference to the field's value: always for a required field, inside
/// `if let Some(value)` for an optional one.
fn for_present(
    field: &crate::ir::Field,
    place: TokenStream,
    action: impl Fn(TokenStream) -> TokenStream,
) -> TokenStream {
    match field.presence {
        crate::ir::Presence::Required => action(quote!(&#place)),
        _ => {
            let inner = action(quote!(value));
            quote! {
                if let Some(value) = #place.as_ref() {
                    #inner
                }
            }
        }
    }
}

/// How a query parameter is written.
enum QueryShape {
    /// One `name=value` (strings, numbers, booleans, enums).
    Scalar,
    /// `name=value` repeated.
    ScalarList,
    /// Objects, maps, unions, free-form JSON, other lists: as the parameter's style says.
    Structured,
}

fn query_shape(api: &Api, ty: &TypeRef) -> QueryShape {
    match api.resolve_alias(ty) {
        TypeRef::String | TypeRef::Integer(_) | TypeRef::Number | TypeRef::Boolean => {
            QueryShape::Scalar
        }
        TypeRef::Named(name)
            if matches!(
                api.types.get(name).map(|d| &d.kind),
                Some(TypeKind::Enum(_))
            ) =>
        {
            QueryShape::Scalar
        }
        TypeRef::Array(item) => match query_shape(api, item) {
            QueryShape::Scalar => QueryShape::ScalarList,
            _ => QueryShape::Structured,
        },
        _ => QueryShape::Structured,
    }
}

/// `<op>_until_done`: calls the operation until the status property is one of `until`.
fn emit_poll(api: &Api, op: &Operation) -> Option<Method> {
    let poll = op.poll.as_ref()?;
    let TypeRef::Named(output) = success_type(op)? else {
        return None;
    };
    let TypeKind::Struct(s) = &api.types.get(output)?.kind else {
        return None;
    };
    let status = s
        .fields
        .iter()
        .find(|f| f.wire_name == poll.status_property)?;
    let status_field = ident(&status.rust_name);
    let status_value = match (&status.ty, status.presence) {
        (TypeRef::String, crate::ir::Presence::Required) => quote!(response.#status_field.as_str()),
        (TypeRef::Named(_), crate::ir::Presence::Required) => {
            quote!(response.#status_field.as_str())
        }
        _ => quote!(response.#status_field.as_ref().map(|s| s.as_str()).unwrap_or_default()),
    };
    let name = derived_method(&op.rust_name, "until_done");
    let operation = ident(&op.rust_name);
    let arguments: Vec<_> = op
        .parameters
        .iter()
        .filter(|p| {
            p.location == ParameterLocation::Path
                || (p.location == ParameterLocation::Header && p.constant.is_none())
        })
        .map(|p| {
            let arg = ident(&p.rust_name);
            let ty = argument_type(&p.ty);
            if p.location == ParameterLocation::Header && !p.required {
                (quote!(#arg: Option<#ty>), quote!(#arg))
            } else {
                (quote!(#arg: #ty), quote!(#arg))
            }
        })
        .collect();
    let declared = arguments.iter().map(|(declared, _)| declared);
    let passed = arguments.iter().map(|(_, passed)| passed);
    let until = &poll.until;
    let list = until
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let docs = Docs {
        description: Some(format!(
            "Calls [`Client::{}`] until `{}` is one of {list}, waiting `options.interval` between calls; \
                 gives up with [`Error::Timeout`] after `options.timeout`.",
                op.rust_name.trim_start_matches("r#"),
                poll.status_property
            )),
        ..Docs::default()
    };
    let output = qualified(success_type(op)?);
    // The server may say how long to wait before the next call, in milliseconds.
    let call = match &poll.interval_header {
        Some(header) => quote! {
            let answer = self.#operation(#(#passed),*).with_response().await?;
            let wait = crate::client::poll_wait(answer.meta(), #header, options.interval);
            let response = answer.into_body();
        },
        None => quote! {
            let response = self.#operation(#(#passed),*).await?;
            let wait = options.interval;
        },
    };
    let tokens = quote! {
        pub async fn #name(&self, #(#declared,)* options: &PollOptions) -> Result<#output, Error> {
            let deadline = tokio::time::Instant::now() + options.timeout;
            loop {
                #call
                if matches!(#status_value, #(#until)|*) {
                    return Ok(response);
                }
                if tokio::time::Instant::now() + wait > deadline {
                    return Err(Error::Timeout(options.timeout));
                }
                tokio::time::sleep(wait).await;
            }
        }
    };
    Some(Method::new(&docs, tokens))
}

/// The item type of a successful answer that streams.
pub(super) fn stream_type(op: &Operation) -> Option<&TypeRef> {
    op.success.stream.as_ref().map(|s| &s.item)
}

/// `<op>_stream`: the same call, answered with server-sent events decoded into the spec's
/// event type. A body with a boolean `stream` property gets it set to true.
fn emit_stream(api: &Api, op: &Operation) -> Option<Method> {
    let event = qualified(stream_type(op)?);
    let name = derived_method(&op.rust_name, "stream");
    // Only a required JSON body can be told to stream.
    let body_type = op
        .request_body
        .as_ref()
        .filter(|b| b.required && b.encoding == BodyEncoding::Json)
        .map(|b| &b.ty);
    let set_stream = body_type
        .and_then(|ty| stream_flag(api, ty))
        .map(|(field, required)| {
            let field = ident(&field);
            let value = if required {
                quote!(true)
            } else {
                quote!(true.into())
            };
            quote! {
                let mut body = body.clone();
                body.#field = #value;
                let body = &body;
            }
        });
    let Call {
        arguments,
        request,
        check_and_encode,
        ..
    } = call(api, op, set_stream);
    let stream = op.success.stream.as_ref()?;
    let operation = op.rust_name.trim_start_matches("r#");
    let (description, output, send) = match stream.framing {
        Framing::ServerSentEvents => (
            format!(
                "Like [`Client::{operation}`], answered with server-sent events as they happen. \
                 The stream ends after the `[DONE]` event; an event that does not decode is an \
                 [`Error::Event`] item, and the stream goes on."
            ),
            quote!(crate::sse::EventStream<#event>),
            quote!(self.send_events(request).await),
        ),
        Framing::JsonLines => {
            let media_type = stream.media_type.clone();
            (
                format!(
                    "Like [`Client::{operation}`], answered with one JSON value a line, each \
                     item as it arrives; a line that does not decode is an [`Error::Decode`] \
                     item, and the stream goes on."
                ),
                quote!(crate::sse::JsonLines<#event>),
                quote!(self.send_json_lines(request, #media_type).await),
            )
        }
    };
    let docs = Docs {
        description: Some(description),
        notes: vec![format!(
            "`{} {}`, `Accept: {}`",
            op.method, op.path, stream.media_type
        )],
        ..Docs::default()
    };
    let tokens = quote! {
        pub async fn #name(&self, #(#arguments),*) -> Result<#output, Error> {
            #request
            #check_and_encode
            #send
        }
    };
    Some(Method::new(&docs, tokens))
}

/// The body's boolean `stream` property, if it has one: (Rust field, required).
pub(super) fn stream_flag(api: &Api, ty: &TypeRef) -> Option<(String, bool)> {
    let TypeRef::Named(name) = ty else {
        return None;
    };
    let TypeKind::Struct(s) = &api.types.get(name)?.kind else {
        return None;
    };
    let field = s
        .fields
        .iter()
        .find(|f| f.wire_name == "stream" && f.ty == TypeRef::Boolean)?;
    Some((
        field.rust_name.clone(),
        field.presence == crate::ir::Presence::Required,
    ))
}
