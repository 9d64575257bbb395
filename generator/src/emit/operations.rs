//! The operations module of a generated client: one method on `Client` per operation (it
//! returns a `Call`, a future of the body that also gives the whole response),
//! the settings the runtime reads (base URL, environment variables), and poll helpers.
//!
//! The methods are written as text (see `text.rs`): their statements are fixed text around
//! names, literals and types, laid out as prettyplease lays them out; a method with a line
//! past the margin, or a statement whose layout is not written here, is formatted from its
//! text by prettyplease instead (`Method::laid_out`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::doc_text;
use super::features::cfg_line;
use super::text::{
    chain, fits, indentation, match_arm, match_arm_call, method_call, signature, string_literal,
    Arg, Lines, Param, Segment, TypeText, MARGIN,
};
use super::types::{type_text_in, type_tokens_in, Scope};
use crate::config::{ClientConfig, Config};
use crate::ir::{
    Api, ApiKeyPlacement, BodyEncoding, Docs, Framing, HttpMethod, Operation, ParameterLocation,
    RequestBody, Style, StyleKind, SuccessBody, TypeDef, TypeKind, TypeRef,
};
use crate::naming;

/// A method of the client: its doc comment, `#[cfg]`, signature (which the resource handles
/// repeat) and body, as text.
pub struct Method {
    /// The `///` lines, 4 spaces in.
    pub docs: String,
    /// The `#[cfg]` line of the operation's group, 4 spaces in (empty for none).
    pub cfg: String,
    pub signature: Signature,
    /// The statements, 8 spaces in, each line ending in a line break.
    pub body: String,
    /// Whether `body` is laid out as prettyplease lays it out when its lines fit; if not, it
    /// is Rust for prettyplease to lay out.
    pub laid_out: bool,
}

impl Method {
    pub(super) fn new(docs: &Docs, signature: Signature, body: Lines) -> Self {
        Self::from_text(
            doc_text(docs, None, None, 4),
            String::new(),
            signature,
            body,
        )
    }

    /// The method without its body, once that is written: what the handles read of it.
    pub(super) fn without_body(self) -> Self {
        Self {
            body: String::new(),
            ..self
        }
    }

    /// A method whose docs (4 spaces in) and `#[cfg]` line are already text.
    pub(super) fn from_text(docs: String, cfg: String, signature: Signature, body: Lines) -> Self {
        let (body, laid_out) = body.finish();
        Self {
            docs,
            cfg,
            signature,
            body,
            laid_out,
        }
    }

    /// The method after its docs: its `#[cfg]`, `#[inline]`, signature and body, 4 spaces in.
    ///
    /// Every method is `#[inline]` so that it is compiled in the crate that calls it, not in
    /// the generated crate (where nothing calls it): a method names its answer's decoder (and
    /// its body's encoder), and a non-generic function is compiled to machine code where it
    /// is defined, with every decoder it names. Inline, a user's crate compiles the decoders
    /// of the operations it calls, and the generated crate none (BENCHMARKS.md, "Compile time
    /// of the generated crate").
    pub fn code(&self) -> String {
        let many = self.signature.params.len() + 1 > CLIPPY_MAX_ARGUMENTS;
        [
            self.cfg.as_str(),
            "    #[inline]\n",
            match many {
                true => "    #[allow(clippy::too_many_arguments)]\n",
                false => "",
            },
            &self.signature.text(),
            self.body.as_str(),
            "    }\n",
        ]
        .concat()
    }
}

/// Clippy's `too_many_arguments` limit, `&self` included. A method past it (an operation
/// with many path and header parameters, as AWS's have) allows the lint: its parameters are
/// the API's own, and a struct of them would be one more type to learn for each operation.
const CLIPPY_MAX_ARGUMENTS: usize = 7;

/// A method's signature; `&self` is its first parameter.
#[derive(Clone)]
pub struct Signature {
    /// `pub fn`, `pub async fn` or `fn`.
    pub head: &'static str,
    pub name: String,
    /// The parameters after `&self`: names and types.
    pub params: Vec<(String, TypeText)>,
    /// The type after `->`.
    pub output: TypeText,
}

impl Signature {
    /// Up to its `{`, 4 spaces in.
    fn text(&self) -> String {
        let mut params = vec![Param::plain("&self")];
        params.extend(
            self.params
                .iter()
                .map(|(name, ty)| Param::typed(name, ty.clone())),
        );
        let head = [self.head, " ", &self.name].concat();
        signature(4, &head, &params, &self.output)
    }

    /// Whether the method is `async`.
    pub fn is_async(&self) -> bool {
        self.head.contains("async")
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
        #![doc = " The API's operations, as methods on [`Client`]. Each method is `#[inline]`, so that"]
        #![doc = " its answer's decoding is compiled in the crate that calls it: a program compiles the"]
        #![doc = " decoders of the operations it uses, not every operation's."]

        // `resources::IMPORTED` names these types too, for the handles not to take them.
        #[allow(unused_imports)]
        use crate::client::{path_segment, Client, ClientBuilder, ParamStyle, PollOptions, Request};
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
/// paginators; each under the `#[cfg]` of its operation's group (after the docs). Made as
/// they are asked for: those of Microsoft Graph's beta description are 36 MB of text.
pub fn emit_methods(api: &Api) -> impl Iterator<Item = Method> + '_ {
    let kinds: [fn(&Api, &Operation) -> Vec<Method>; 4] = [
        |api, op| vec![emit_operation(api, op)],
        |api, op| emit_stream(api, op).into_iter().collect(),
        |api, op| emit_poll(api, op).into_iter().collect(),
        |api, op| super::pagination::emit_paginator(api, op).unwrap_or_default(),
    ];
    kinds.into_iter().flat_map(move |kind| {
        api.operations.iter().flat_map(move |op| {
            let cfg = cfg_line(4, api.features.operations.get(&op.rust_name));
            kind(api, op).into_iter().map(move |mut method| {
                method.cfg.clone_from(&cfg);
                method
            })
        })
    })
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
            // Compiled where it is called, as the methods are: otherwise the error
            // schema's whole decoder is compiled into the crate (6 % of the repository's).
            #[inline]
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
pub(super) fn derived_name(rust_name: &str, suffix: &str) -> String {
    let base = naming::unraw(rust_name).trim_end_matches('_');
    [base, "_", suffix].concat()
}

/// A type as the operations module names it.
pub(super) fn qualified(ty: &TypeRef) -> TokenStream {
    type_tokens_in(ty, Scope::Crate)
}

/// [`qualified`] as text, on one line.
pub(super) fn qualified_text(ty: &TypeRef) -> String {
    qualified_type(ty).flat()
}

/// [`qualified`] as text to lay out.
pub(super) fn qualified_type(ty: &TypeRef) -> TypeText {
    type_text_in(ty, Scope::Crate)
}

/// `Result<{ty}, Error>`.
pub(super) fn result_of(ty: TypeText) -> TypeText {
    TypeText::new("Result", vec![ty, TypeText::leaf("Error")])
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
fn argument_type(ty: &TypeRef) -> TypeText {
    match ty {
        TypeRef::Integer(_) | TypeRef::Number | TypeRef::Boolean => type_text_in(ty, Scope::Crate),
        other => borrowed_type(other),
    }
}

/// A type borrowed as an argument: as a slice or `str` rather than `&Vec` or `&String`,
/// else `&T` with its generic arguments kept to break as prettyplease breaks them
/// (`&BTreeMap<..>`).
fn borrowed_type(ty: &TypeRef) -> TypeText {
    match ty {
        TypeRef::Array(item) => TypeText::leaf(format!("&[{}]", qualified_text(item))),
        TypeRef::String => TypeText::leaf("&str"),
        other => {
            let mut ty = qualified_type(other);
            ty.path = ["&", &ty.path].concat().into();
            ty
        }
    }
}

/// `Option<{ty}>`.
fn optional(ty: TypeText) -> TypeText {
    TypeText::new("Option", vec![ty])
}

/// What a call and its `_stream` twin share: the parameters, and the statements that make
/// the request with its path, headers and query, then check and encode the body (after
/// `prepare_body`'s lines, which may rebind `body`).
pub(super) fn call(
    api: &Api,
    op: &Operation,
    prepare_body: &[String],
    lines: &mut Lines,
) -> Vec<(String, TypeText)> {
    let mut params = Vec::new();
    let mut constant_headers = Vec::new();
    let mut headers = Vec::new();
    for parameter in &op.parameters {
        let wire = string_literal(&parameter.wire_name);
        let arg = parameter.rust_name.as_str();
        match (parameter.location, &parameter.constant) {
            (ParameterLocation::Header, Some(value)) => constant_headers.push(Segment::Call(
                "header".to_owned(),
                vec![wire, string_literal(value)],
            )),
            // A path parameter of one allowed value is written into the path, as a constant
            // header is sent: not an argument.
            (ParameterLocation::Path, Some(_)) => {}
            (ParameterLocation::Path, None) => {
                params.push((arg.to_owned(), argument_type(&parameter.ty)));
            }
            (ParameterLocation::Header, None) => {
                let ty = argument_type(&parameter.ty);
                let text = parameter_text(api, &parameter.ty, "value");
                if parameter.required {
                    params.push((arg.to_owned(), ty));
                    headers.push(HeaderStatement::Required { arg, wire, text });
                } else {
                    params.push((arg.to_owned(), optional(ty)));
                    headers.push(HeaderStatement::Optional { arg, wire, text });
                }
            }
            _ => {}
        }
    }
    if let Some(name) = &op.query_type {
        params.push((
            "params".to_owned(),
            TypeText::leaf(format!("&types::{name}")),
        ));
    }
    let (bindings, path) = path_expression(api, op);
    for binding in bindings {
        lines.line(&binding);
    }
    let method = method_text(op.method, lines);
    let operation = vec![string_literal(&op.operation_id), string_literal(&op.path)];
    let mut chained = vec![Segment::Call("operation".to_owned(), operation)];
    chained.extend(constant_headers);
    lines.push(&chain(
        lines.indent,
        "let request = ",
        ("Request::new", &[Arg::Plain(method), path]),
        &chained,
        ";",
    ));
    for header in headers {
        header.write(lines);
    }
    if let Some(def) = op.query_type.as_ref().and_then(|name| api.types.get(name)) {
        emit_query(api, op, def, lines);
    }
    if let Some(body) = &op.request_body {
        params.push(check_and_encode(api, body, prepare_body, lines));
    }
    params
}

/// A header parameter's statement: set it, or set it if given.
enum HeaderStatement<'a> {
    Required {
        arg: &'a str,
        wire: String,
        text: String,
    },
    Optional {
        arg: &'a str,
        wire: String,
        text: String,
    },
}

impl HeaderStatement<'_> {
    fn write(self, lines: &mut Lines) {
        match self {
            Self::Required { arg, wire, text } => {
                lines.line(&format!("let value = {arg};"));
                lines.line(&format!("let request = request.header({wire}, {text});"));
            }
            Self::Optional { arg, wire, text } => {
                lines.open(&format!("let request = match {arg}"));
                let arm = match_arm_call(
                    lines.indent,
                    "Some(value)",
                    "request",
                    ("header", &[wire, text]),
                );
                lines.push(&arm);
                lines.line("None => request,");
                lines.close(";");
            }
        }
    }
}

/// The body's parameter, and the statements that check and encode it (after
/// `prepare_body`'s, for a required body).
fn check_and_encode(
    api: &Api,
    body: &RequestBody,
    prepare_body: &[String],
    lines: &mut Lines,
) -> (String, TypeText) {
    let (param, encode) = body_param_and_encoding(api, body);
    let check = super::validation::is_validated(api, &body.ty);
    if body.required {
        for line in prepare_body {
            lines.line(line);
        }
        if check {
            lines.line("self.check(body)?;");
        }
        match encode {
            Encode::Expression(encode) => lines.line(&format!("let request = {encode};")),
            Encode::UrlEncoded(fields) => {
                let call = url_encoded_call(lines.indent, "let request = ", &fields, "?;");
                lines.push(&call);
            }
            Encode::Statements(write, encode) => {
                write(lines);
                lines.line(&format!("let request = {encode};"));
            }
        }
        return param;
    }
    lines.open("let request = match body");
    if let (false, Encode::Expression(encode)) = (check, &encode) {
        // A block of one expression is printed as the arm's expression.
        lines.push(&match_arm(lines.indent, "Some(body)", encode));
        lines.line("None => request,");
        lines.close(";");
        return param;
    }
    if let (false, Encode::UrlEncoded(fields)) = (check, &encode) {
        let call = ["request.url_encoded(body, ", &styled_array(fields), ")?"].concat();
        let arm = match_arm(lines.indent, "Some(body)", &call);
        // On one line as `match_arm` writes it; broken, the call is laid out in a block.
        match arm.lines().count() == 1 {
            true => lines.push(&arm),
            false => {
                lines.open("Some(body) =>");
                lines.push(&url_encoded_call(lines.indent, "", fields, "?"));
                lines.close("");
            }
        }
        lines.line("None => request,");
        lines.close(";");
        return param;
    }
    lines.open("Some(body) =>");
    if check {
        lines.line("self.check(body)?;");
    }
    match encode {
        Encode::Expression(encode) => lines.line(&encode),
        Encode::UrlEncoded(fields) => lines.push(&url_encoded_call(lines.indent, "", &fields, "?")),
        Encode::Statements(write, encode) => {
            write(lines);
            lines.line(&encode);
        }
    }
    lines.close("");
    lines.line("None => request,");
    lines.close(";");
    param
}

/// How a body is put on the request: an expression giving the new request, or statements
/// and then that expression.
enum Encode<'a> {
    Expression(String),
    /// `request.url_encoded(body, &[..])?` with these styled fields, laid out where it goes.
    UrlEncoded(Vec<StyledField>),
    Statements(Box<dyn FnOnce(&mut Lines) + 'a>, String),
}

/// `reqwest::Method::GET` and the like; `QUERY`, which reqwest has no constant for, is made
/// from its name.
fn method_text(method: HttpMethod, lines: &mut Lines) -> String {
    let name = method.as_str();
    if method == HttpMethod::Query {
        // A chain within the request's first call: left to prettyplease.
        lines.laid_out = false;
        let bytes = proc_macro2::Literal::byte_string(name.as_bytes());
        format!("reqwest::Method::from_bytes({bytes}).map_err(|e| Error::Config(e.to_string()))?")
    } else {
        format!("reqwest::Method::{name}")
    }
}

/// The body's parameter and its encoding, as its media type says.
fn body_param_and_encoding<'a>(
    api: &'a Api,
    body: &'a RequestBody,
) -> ((String, TypeText), Encode<'a>) {
    let content_type = string_literal(&raw_content_type(&body.content_type));
    let param = |required: TypeText, optional_ty: TypeText| match body.required {
        true => ("body".to_owned(), required),
        false => ("body".to_owned(), optional(optional_ty)),
    };
    let borrowed = borrowed_type(&body.ty);
    let typed = param(borrowed.clone(), borrowed);
    let into = |path: &'static str| TypeText::new("impl Into", vec![TypeText::leaf(path)]);
    match &body.encoding {
        BodyEncoding::Json => (typed, Encode::Expression("request.json(body)?".to_owned())),
        BodyEncoding::Multipart => (
            typed,
            Encode::Statements(
                Box::new(move |lines: &mut Lines| multipart_body(api, &body.ty, lines)),
                "request.multipart(form)".to_owned(),
            ),
        ),
        BodyEncoding::FormUrlEncoded(fields) => {
            let fields: Vec<StyledField> = fields
                .iter()
                .map(|field| (string_literal(&field.wire_name), style_text(field.style)))
                .collect();
            (typed, Encode::UrlEncoded(fields))
        }
        BodyEncoding::Text if body.required => {
            let write = |lines: &mut Lines| lines.line("let body: String = body.into();");
            let encode = format!("request.raw_body(body.into(), {content_type})");
            let param = param(into("String"), TypeText::leaf("String"));
            (param, Encode::Statements(Box::new(write), encode))
        }
        BodyEncoding::Text => {
            let encode = format!("request.raw_body(body.into(), {content_type})");
            let param = param(into("String"), TypeText::leaf("String"));
            (param, Encode::Expression(encode))
        }
        BodyEncoding::Bytes => {
            // An optional body is `Option<Bytes>`: its value is the bytes already.
            let bytes = if body.required { "body.into()" } else { "body" };
            let encode = format!("request.raw_body({bytes}, {content_type})");
            let param = param(into("bytes::Bytes"), TypeText::leaf("bytes::Bytes"));
            (param, Encode::Expression(encode))
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

/// A parameter style as the runtime's `ParamStyle` (`ParamStyle::deep_object(true)`).
fn style_text(style: Style) -> String {
    let kind = match style.kind {
        StyleKind::Form => "form",
        StyleKind::SpaceDelimited => "space_delimited",
        StyleKind::PipeDelimited => "pipe_delimited",
        StyleKind::DeepObject => "deep_object",
        StyleKind::Simple => "simple",
    };
    let explode = if style.explode { "true" } else { "false" };
    ["ParamStyle::", kind, "(", explode, ")"].concat()
}

/// A form body's field and its style, `(wire name, ParamStyle::..)`.
type StyledField = (String, String);

/// `("name", ParamStyle::..)`, an entry of `url_encoded`'s array on one line.
fn styled_entry((wire, style): &StyledField) -> String {
    ["(", wire, ", ", style, ")"].concat()
}

/// `&[("name", ParamStyle::..), ..]`, `url_encoded`'s array on one line.
fn styled_array(fields: &[StyledField]) -> String {
    let entries: Vec<String> = fields.iter().map(styled_entry).collect();
    ["&[", &entries.join(", "), "]"].concat()
}

/// `{lead}request.url_encoded(body, &[{fields}])?{tail}` at `indent` spaces, broken as
/// prettyplease breaks it: the method on a line of its own, then its arguments one a line,
/// then the array's entries one a line. An entry too long for its line (a field named at
/// length), whose breaking depends on more than its width, is left to prettyplease by the
/// caller's check of the margin.
fn url_encoded_call(indent: usize, lead: &str, fields: &[StyledField], tail: &str) -> String {
    let call = |array: String| {
        let args = ["body".to_owned(), array];
        method_call(indent, lead, "request", ("url_encoded", &args), tail)
    };
    let text = call(styled_array(fields));
    if fields.is_empty() || fits(&text) {
        return text;
    }
    let mut broken = "&[\n".to_owned();
    for field in fields {
        broken.extend([&*indentation(indent + 12), &styled_entry(field), ",\n"]);
    }
    broken.extend([&*indentation(indent + 8), "]"]);
    call(broken)
}

fn emit_operation(api: &Api, op: &Operation) -> Method {
    let mut docs = op.docs.clone();
    docs.notes.push(format!("`{} {}`", op.method, op.path));
    let (output, decode) = match success_type(op) {
        Some(ty) => (qualified_type(ty), "crate::response::decode_json"),
        None if answers_bytes(op) => (
            TypeText::leaf("bytes::Bytes"),
            "crate::response::decode_bytes",
        ),
        None => (TypeText::leaf("()"), "crate::response::decode_empty"),
    };
    // The request is made when the method is called; the `Call` sends it when awaited.
    let mut lines = Lines::new(8);
    lines.line("self.call(");
    lines.indent_in();
    lines.open("||");
    let params = call(api, op, &[], &mut lines);
    lines.line("Ok(request)");
    lines.close(",");
    lines.line(&[decode, ","].concat());
    lines.indent_out();
    lines.line(")");
    let signature = Signature {
        head: "pub fn",
        name: op.rust_name.clone(),
        params,
        output: TypeText::new("Call", vec![output]),
    };
    Method::new(&docs, signature, lines)
}

/// A path or header parameter's text from `value` (a reference): numbers and strings as they
/// are, anything else (lists, unions, objects) as OpenAPI's `simple` style writes it.
fn parameter_text(api: &Api, ty: &TypeRef, value: &str) -> String {
    match api.resolve_alias(ty) {
        TypeRef::String | TypeRef::Integer(_) | TypeRef::Number | TypeRef::Boolean => {
            format!("{value}.to_string()")
        }
        _ => format!("crate::client::simple_text({value})?"),
    }
}

/// A multipart body's parts added to `form`, which the caller sets on the request: a file
/// part per binary field, a text part per other field. A body of no declared properties is
/// one part `file` if it is a file (the name servers mostly take: the spec gives none), else
/// a part per entry of an object, or one part `body` (`Form::properties`).
fn multipart_body(api: &Api, ty: &TypeRef, lines: &mut Lines) {
    let resolved = api.resolve_alias(ty);
    let fields = match resolved {
        TypeRef::Named(name) => match api.types.get(name).map(|d| &d.kind) {
            Some(TypeKind::Struct(s)) => Some(&s.fields),
            _ => None,
        },
        _ => None,
    };
    lines.line("let mut form = crate::form::Form::default();");
    let add_part = |lines: &mut Lines, (method, args): (&str, &[String]), tail: &str| {
        lines.push(&method_call(lines.indent, "", "form", (method, args), tail));
    };
    let file_args = |wire: &str| {
        [
            wire.to_owned(),
            "&file.file_name".to_owned(),
            "&file.bytes".to_owned(),
            "file.content_type.as_deref()".to_owned(),
        ]
    };
    let Some(fields) = fields else {
        match resolved {
            TypeRef::Binary => {
                lines.line("let file = body;");
                add_part(lines, ("file", &file_args("\"file\"")), ";");
            }
            _ => add_part(lines, ("properties", &["body".to_owned()]), "?;"),
        }
        return;
    };
    for field in fields {
        let wire = string_literal(&field.wire_name);
        let file_args = file_args(&wire);
        let add = |value: &str, lines: &mut Lines| match api.resolve_alias(&field.ty) {
            TypeRef::Binary => {
                lines.line(&format!("let file = {value};"));
                add_part(lines, ("file", &file_args), ";");
            }
            TypeRef::Array(item) if **item == TypeRef::Binary => {
                lines.open(&format!("for file in {value}"));
                add_part(lines, ("file", &file_args), ";");
                lines.close("");
            }
            _ => add_part(lines, ("value", &[wire.clone(), value.to_owned()]), "?;"),
        };
        for_present(field, &format!("body.{}", field.rust_name), add, lines);
    }
}

/// The path with its parameters percent-encoded into it, and the statements that first turn
/// parameters that are not strings into their text (kept out of `format!`, which rustfmt and
/// prettyplease leave unformatted).
fn path_expression(api: &Api, op: &Operation) -> (Vec<String>, Arg<'static>) {
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
            Some(p) if p.constant.is_some() => {
                let constant = p.constant.as_deref();
                format!(
                    "path_segment({})",
                    string_literal(constant.unwrap_or_default())
                )
            }
            Some(p) => {
                let arg = &p.rust_name;
                match p.ty {
                    TypeRef::String => format!("path_segment({arg})"),
                    _ => {
                        // Borrowed in the binding: a `&` among `format!`'s arguments would be
                        // printed as a token apart (`path_segment(& id)`).
                        let text = parameter_text(api, &p.ty, arg);
                        bindings.push(format!("let {arg} = &{text};"));
                        format!("path_segment({arg})")
                    }
                }
            }
            // A template variable without a parameter: keep it literally.
            None => format!("path_segment({})", string_literal(&format!("{{{name}}}"))),
        };
        values.push(value);
        rest = &rest[end + 1..];
    }
    format.push_str(&rest.replace('{', "{{").replace('}', "}}"));
    let format = string_literal(&format);
    let path = if values.is_empty() {
        // A chain, which prettyplease breaks before `.to_owned()` when it is too long.
        Arg::Chain(format.into(), TO_OWNED)
    } else {
        Arg::Macro("format", [vec![format], values].concat())
    };
    (bindings, path)
}

/// A literal path's one link.
const TO_OWNED: &[Segment] = &[Segment::Plain(".to_owned()")];

fn emit_query(api: &Api, op: &Operation, def: &TypeDef, lines: &mut Lines) {
    let TypeKind::Struct(s) = &def.kind else {
        return;
    };
    lines.line("let mut request = request;");
    for field in &s.fields {
        let wire = string_literal(&field.wire_name);
        let style = op
            .parameters
            .iter()
            .find(|p| p.location == ParameterLocation::Query && p.wire_name == field.wire_name)
            .map_or(Style::FORM, |p| p.style);
        let push = |value: &str, lines: &mut Lines| match query_shape(api, &field.ty) {
            QueryShape::Scalar => query_call(lines, &wire, value),
            QueryShape::ScalarList if style == Style::FORM => {
                lines.open(&format!("for item in {value}"));
                query_call(lines, &wire, "item");
                lines.close("");
            }
            _ => {
                let args = [wire.clone(), value.to_owned(), style_text(style)];
                let call = ("query_styled", &args[..]);
                let code = method_call(lines.indent, "request = ", "request", call, "?;");
                lines.push(&code);
            }
        };
        for_present(field, &["params.", &field.rust_name].concat(), push, lines);
    }
}

/// `request = request.query({wire}, {value});`, broken as prettyplease breaks a long call.
fn query_call(lines: &mut Lines, wire: &str, value: &str) {
    let args = [wire, value];
    let code = method_call(lines.indent, "request = ", "request", ("query", &args), ";");
    lines.push(&code);
}

/// `action` on a reference to the field's value: always for a required field, inside
/// `if let Some(value)` for an optional one.
fn for_present(
    field: &crate::ir::Field,
    place: &str,
    action: impl Fn(&str, &mut Lines),
    lines: &mut Lines,
) {
    match field.presence {
        crate::ir::Presence::Required => action(&format!("&{place}"), lines),
        _ => {
            open_if_present(place, lines);
            action("value", lines);
            lines.close("");
        }
    }
}

/// `if let Some(value) = {place}.as_ref() {`, as prettyplease lays it out: on one line if
/// it fits; else the `{` on a line of its own; else, too, the chain broken before each `.`.
fn open_if_present(place: &str, lines: &mut Lines) {
    let pad = indentation(lines.indent);
    let condition = [&*pad, "if let Some(value) = ", place, ".as_ref()"].concat();
    if condition.len() + " {".len() <= MARGIN {
        return lines.open(condition.trim_start());
    }
    let head = match (condition.len() <= MARGIN, place.split_once('.')) {
        (false, Some((receiver, field))) => [
            &*pad,
            "if let Some(value) = ",
            receiver,
            "\n",
            &pad,
            "    .",
            field,
            "\n",
            &pad,
            "    .as_ref()",
        ]
        .concat(),
        _ => condition,
    };
    lines.push(&[head.as_str(), "\n", &pad, "{\n"].concat());
    lines.indent_in();
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
/// Rare, and with a macro and closures: left to prettyplease to lay out.
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
    let status_field = &status.rust_name;
    let status_value = match (&status.ty, status.presence) {
        (TypeRef::String | TypeRef::Named(_), crate::ir::Presence::Required) => {
            format!("response.{status_field}.as_str()")
        }
        _ => format!("response.{status_field}.as_ref().map(|s| s.as_str()).unwrap_or_default()"),
    };
    let operation = &op.rust_name;
    let mut params = Vec::new();
    for p in &op.parameters {
        let header = p.location == ParameterLocation::Header;
        let argument = p.location == ParameterLocation::Path || header;
        if argument && p.constant.is_none() {
            let ty = argument_type(&p.ty);
            let ty = if header && !p.required {
                optional(ty)
            } else {
                ty
            };
            params.push((p.rust_name.clone(), ty));
        }
    }
    let passed: Vec<&str> = params.iter().map(|(name, _)| name.as_str()).collect();
    let passed = passed.join(", ");
    params.push(("options".to_owned(), TypeText::leaf("&PollOptions")));
    let list = poll
        .until
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let docs = Docs {
        description: Some(format!(
            "Calls [`Client::{}`] until `{}` is one of {list}, waiting `options.interval` between calls; \
                 gives up with [`Error::Timeout`] after `options.timeout`.",
                naming::unraw(&op.rust_name),
                poll.status_property
            ).into()),
        ..Docs::default()
    };
    let output = qualified_type(success_type(op)?);
    let mut lines = Lines::new(8);
    lines.laid_out = false;
    lines.line("let deadline = tokio::time::Instant::now() + options.timeout;");
    lines.open("loop");
    // The server may say how long to wait before the next call, in milliseconds.
    match &poll.interval_header {
        Some(header) => {
            let header = string_literal(header);
            lines.line(&format!(
                "let answer = self.{operation}({passed}).with_response().await?;"
            ));
            lines.line(&format!(
                "let wait = crate::client::poll_wait(answer.meta(), {header}, options.interval);"
            ));
            lines.line("let response = answer.into_body();");
        }
        None => {
            lines.line(&format!(
                "let response = self.{operation}({passed}).await?;"
            ));
            lines.line("let wait = options.interval;");
        }
    }
    let until: Vec<String> = poll.until.iter().map(|s| string_literal(s)).collect();
    lines.open(&format!(
        "if matches!({status_value}, {})",
        until.join(" | ")
    ));
    lines.line("return Ok(response);");
    lines.close("");
    lines.open("if tokio::time::Instant::now() + wait > deadline");
    lines.line("return Err(Error::Timeout(options.timeout));");
    lines.close("");
    lines.line("tokio::time::sleep(wait).await;");
    lines.close("");
    let signature = Signature {
        head: "pub async fn",
        name: derived_name(&op.rust_name, "until_done"),
        params,
        output: result_of(output),
    };
    Some(Method::new(&docs, signature, lines))
}

/// The item type of a successful answer that streams.
pub(super) fn stream_type(op: &Operation) -> Option<&TypeRef> {
    op.success.stream.as_ref().map(|s| &s.item)
}

/// `<op>_stream`: the same call, answered with server-sent events decoded into the spec's
/// event type. A body with a boolean `stream` property gets it set to true.
fn emit_stream(api: &Api, op: &Operation) -> Option<Method> {
    let event = qualified_type(stream_type(op)?);
    // Only a required JSON body can be told to stream.
    let body_type = op
        .request_body
        .as_ref()
        .filter(|b| b.required && b.encoding == BodyEncoding::Json)
        .map(|b| &b.ty);
    let set_stream = body_type
        .and_then(|ty| stream_flag(api, ty))
        .map(|(field, required)| {
            let value = if required { "true" } else { "true.into()" };
            vec![
                "let mut body = body.clone();".to_owned(),
                format!("body.{field} = {value};"),
                "let body = &body;".to_owned(),
            ]
        });
    let mut lines = Lines::new(8);
    let params = call(
        api,
        op,
        set_stream.as_deref().unwrap_or_default(),
        &mut lines,
    );
    let stream = op.success.stream.as_ref()?;
    let operation = naming::unraw(&op.rust_name);
    let (description, output, send) = match stream.framing {
        Framing::ServerSentEvents => (
            format!(
                "Like [`Client::{operation}`], answered with server-sent events as they happen. \
                 The stream ends after the `[DONE]` event; an event that does not decode is an \
                 [`Error::Event`] item, and the stream goes on."
            ),
            TypeText::new("crate::sse::EventStream", vec![event]),
            "self.send_events(request).await".to_owned(),
        ),
        Framing::JsonLines => (
            format!(
                "Like [`Client::{operation}`], answered with one JSON value a line, each \
                 item as it arrives; a line that does not decode is an [`Error::Decode`] \
                 item, and the stream goes on."
            ),
            TypeText::new("crate::sse::JsonLines", vec![event]),
            format!(
                "self.send_json_lines(request, {}).await",
                string_literal(&stream.media_type)
            ),
        ),
    };
    lines.line(&send);
    let docs = Docs {
        description: Some(description.into()),
        notes: vec![format!(
            "`{} {}`, `Accept: {}`",
            op.method, op.path, stream.media_type
        )],
        ..Docs::default()
    };
    let signature = Signature {
        head: "pub async fn",
        name: derived_name(&op.rust_name, "stream"),
        params,
        output: result_of(output),
    };
    Some(Method::new(&docs, signature, lines))
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

#[cfg(test)]
mod tests {
    use super::{open_if_present, Lines};

    /// On one line, with its `{` on a line of its own, and broken before each `.`: each
    /// as prettyplease prints the same statement.
    #[test]
    fn presence_checks_break_where_prettyplease_breaks_them() {
        let mut forms = std::collections::BTreeSet::new();
        for length in 40..=60 {
            let mut lines = Lines::new(4);
            open_if_present(&format!("params.{}", "a".repeat(length)), &mut lines);
            lines.line("g(value);");
            lines.close("");
            let text = format!("fn f() {{\n{}}}\n", lines.finish().0);
            let file: syn::File = syn::parse_str(&text).expect("the text is Rust");
            assert_eq!(prettyplease::unparse(&file), text);
            forms.insert(text.lines().count());
        }
        assert_eq!(forms.len(), 3, "{forms:?}");
    }
}
