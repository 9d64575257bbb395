//! The intermediate model: what the API is, in Rust's terms, with no trace of OpenAPI's
//! syntax. Lowering builds it; emission reads only it.
//!
//! Every union of the spec is a first-class [`Union`] here, so that the emitter never has
//! to rediscover which JSON shape maps to which variant.

use std::sync::Arc;

pub use crate::config::{CursorSource, NextPage};

/// Named types by their Rust name. Once lowering is done they are in the order of their
/// names, which `lower` sorts them into before anything reads them in order (types are
/// inserted only while the schemas and the operations are lowered). Hashed, not a B-tree:
/// emission looks types up by name thousands of times (`resolve_alias`, `has_default`),
/// and each search of a tree compared a dozen names (Box's document: 428,470 string
/// comparisons in all with the tree, 304,729 without).
pub type TypeMap = indexmap::IndexMap<String, TypeDef, foldhash::fast::RandomState>;

/// The whole API as the generator will emit it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Api {
    pub title: String,
    pub version: String,
    /// The document's `info.description` (Markdown, untrusted).
    pub description: Option<String>,
    /// The document's license, when it is an SPDX expression (its `identifier`, or a `name`
    /// that is one): the generated crate holds the document's text.
    pub license: Option<String>,
    /// The first server URL of the spec, if any.
    pub base_url: Option<String>,
    /// How the API key goes on a request, from the spec's security scheme.
    pub api_key: ApiKeyPlacement,
    /// Named types, by their Rust name, in the order of their names (see [`TypeMap`]).
    pub types: TypeMap,
    pub operations: Vec<Operation>,
    /// What the API sends to the user's own endpoints (webhooks and callbacks).
    pub webhooks: Vec<Webhook>,
    /// Handles that group operations (`client.beta().threads().runs()`), from the
    /// configuration; empty for a flat client.
    pub resources: Vec<Resource>,
    /// The Cargo features that compile groups of operations, and what each gates.
    pub features: Features,
}

/// Cargo features, one per top-level group of operations (its resource group, else its first
/// tag; `ungrouped` for the others), all on by default, so that a user of one group compiles only its operations and the
/// types they reach. Empty when the crate has fewer than two groups: then nothing is gated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// The features, sorted: what `default` (and the command line) enables.
    pub names: Vec<String>,
    /// Each operation's feature, by its `rust_name` (`ungrouped` for those of no group).
    /// (These maps are looked up by name, never walked: hashed.)
    pub operations: foldhash::HashMap<String, String>,
    /// A top-level resource handle's feature, by the handle's accessor name.
    pub resources: foldhash::HashMap<String, String>,
    /// The features of the operations that reach a type, sorted, by type name
    /// (`other-schemas` for what no operation reaches); a type absent here (reached by
    /// every feature, by a webhook or an error answer) is always compiled.
    pub types: foldhash::HashMap<String, Arc<[String]>>,
}

/// A group of operations reached from the client through handles: `path` is
/// `["beta", "threads", "runs"]` for `client.beta().threads().runs()`. Groups named only as
/// a prefix of another (`beta`) have no entry of their own.
#[derive(Clone, Debug, PartialEq)]
pub struct Resource {
    /// The accessors' names, snake case, from the client down.
    pub path: Vec<String>,
    pub methods: Vec<ResourceMethod>,
}

/// A handle's method: the operation whose client method (and its `_stream`, `_until_done`
/// ... helpers) it stands for, under a shorter name (`retrieve` for `get_run`).
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceMethod {
    pub name: String,
    /// The operation's method on `Client` (`Operation::rust_name`).
    pub operation: String,
}

/// A request the API makes to an endpoint of the user's (a 3.1 webhook or an operation's
/// callback): its body is what the receiver decodes.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook {
    /// The name of the payload's alias in the `webhooks` module.
    pub rust_name: String,
    /// What it is, for the docs: ``webhook `newPet` `` or ``callback `onData` of `createStream` ``.
    pub name: String,
    pub method: String,
    pub docs: Docs,
    pub payload: TypeRef,
}

impl Api {
    /// What a type stands for once aliases (and boxes) are followed.
    pub fn resolve_alias<'t>(&'t self, ty: &'t TypeRef) -> &'t TypeRef {
        resolve_alias_in(&self.types, ty)
    }

    /// Whether a value of the type has an empty value (`Default`): built-in types, a struct
    /// `finalize` marked so, and an enumeration of one value (that value).
    pub fn has_default(&self, ty: &TypeRef) -> bool {
        match self.resolve_alias(ty) {
            TypeRef::Named(name) => match self.types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Struct(s)) => s.defaultable,
                Some(TypeKind::Enum(e)) => e.variants.len() == 1,
                _ => false,
            },
            _ => true,
        }
    }

    /// Whether an operation sends a multipart body: then the crate has the runtime's
    /// `form.rs` and reqwest's `multipart` feature.
    pub fn sends_forms(&self) -> bool {
        self.operations.iter().any(|op| {
            op.request_body
                .as_ref()
                .is_some_and(|body| body.encoding == BodyEncoding::Multipart)
        })
    }
}

/// What a type stands for once the aliases of `types` (and boxes) are followed.
pub fn resolve_alias_in<'t>(types: &'t TypeMap, ty: &'t TypeRef) -> &'t TypeRef {
    let mut current = ty;
    // Bounded: lowering never makes an alias cycle, but a bound costs nothing.
    for _ in 0..64 {
        match current {
            TypeRef::Named(name) => match types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Alias(target)) => current = target,
                _ => return current,
            },
            TypeRef::Boxed(inner) => current = inner,
            _ => return current,
        }
    }
    current
}

/// Where the API key goes, as the security scheme the document requires first says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ApiKeyPlacement {
    /// `Authorization: Bearer <key>`: HTTP bearer, OAuth 2, OpenID Connect, or no scheme.
    #[default]
    Bearer,
    /// `Authorization: Basic <base64 of the key>`, the key being `user:password`.
    Basic,
    /// A header of the API's own (`X-API-Key`).
    Header(String),
    /// A query parameter on every request.
    Query(String),
    /// A cookie.
    Cookie(String),
}

/// Documentation carried from the spec into rustdoc.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Docs {
    /// Shared: the same text is held once however many parameters, answers and properties
    /// repeat it (Microsoft Graph's beta description: 89,000 parameters of 915 descriptions).
    pub description: Option<Arc<str>>,
    /// Short facts that a user should see beside the description: limits, defaults.
    pub notes: Vec<String>,
    pub deprecated: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub docs: Docs,
    pub kind: TypeKind,
    /// Limits of the schema itself (for an alias of a map: its size).
    pub constraints: Limits,
    /// JSON pointer of the schema this type was lowered from, for messages and comments.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    Enum(StringEnum),
    Union(Union),
    /// A named schema that is not a type of its own in Rust (a map, a list, a scalar).
    Alias(TypeRef),
}

/// A reference to a type, as it appears in a field, an item or a variant.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    String,
    Integer(IntWidth),
    Number,
    Boolean,
    /// Free-form JSON.
    Json,
    /// Raw bytes (`format: binary`): a file in a multipart body.
    Binary,
    Named(String),
    Array(Box<TypeRef>),
    /// A JSON object used as a map from string keys to values of one type.
    Map(Box<TypeRef>),
    /// A value that may be `null`.
    Nullable(Box<TypeRef>),
    /// Indirection that breaks a recursive type's infinite size.
    Boxed(Box<TypeRef>),
}

impl TypeRef {
    /// The type inside a list, map, nullable or box.
    pub fn inner(&self) -> Option<&TypeRef> {
        match self {
            TypeRef::Array(inner)
            | TypeRef::Map(inner)
            | TypeRef::Nullable(inner)
            | TypeRef::Boxed(inner) => Some(inner),
            _ => None,
        }
    }

    /// The named type this one is or wraps (behind lists, maps, nullables and boxes).
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeRef::Named(name) => Some(name),
            _ => self.inner()?.named(),
        }
    }

    /// Whether this type or one it wraps (not following names) satisfies `test`.
    pub fn any(&self, test: &impl Fn(&TypeRef) -> bool) -> bool {
        test(self) || self.inner().is_some_and(|inner| inner.any(test))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntWidth {
    I32,
    I64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Whether the type is a JSON object of the API, which keeps the properties it does not
    /// list (and those it lacks) in an `extra` field; the query parameters of an operation
    /// are not.
    pub keeps_extra: bool,
    /// Whether every field has an empty value (a `Default`): then a required property the
    /// API leaves out decodes as that value instead of failing. Set by `finalize`.
    pub defaultable: bool,
}

/// The name of every API object's field for the properties its schema does not list; no
/// property's field takes it.
pub const EXTRA_FIELD: &str = "extra";

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The property name on the wire.
    pub wire_name: String,
    /// The Rust field name (a valid identifier, raw if a keyword).
    pub rust_name: String,
    /// The field's type without its own optionality, which `presence` says.
    pub ty: TypeRef,
    pub presence: Presence,
    pub docs: Docs,
    pub constraints: Limits,
    /// The spec's default, shown in the docs; serde does not apply it.
    pub default: Option<serde_json::Value>,
}

/// Validation limits from the spec, as facts; emission renders them in docs and
/// validation code.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Constraints {
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub max_properties: Option<usize>,
    /// For maps: the longest key (from `propertyNames.maxLength`).
    pub max_key_length: Option<usize>,
    /// For arrays and maps: the limits of each item or value.
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

/// A field's or a type's constraints, boxed where there are any: most have none, and a
/// `Constraints` is 144 bytes inline (Microsoft Graph's beta description has 135,000 fields
/// and types). Reads as a `Constraints`, empty where there are none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Limits(Option<Box<Constraints>>);

/// What `Limits` reads as where there are none.
static NO_CONSTRAINTS: Constraints = Constraints {
    minimum: None,
    maximum: None,
    exclusive_minimum: false,
    exclusive_maximum: false,
    min_length: None,
    max_length: None,
    min_items: None,
    max_items: None,
    max_properties: None,
    max_key_length: None,
    items: None,
};

impl From<Constraints> for Limits {
    fn from(constraints: Constraints) -> Self {
        Limits((!constraints.is_empty()).then(|| Box::new(constraints)))
    }
}

impl std::ops::Deref for Limits {
    type Target = Constraints;

    fn deref(&self) -> &Constraints {
        self.0.as_deref().unwrap_or(&NO_CONSTRAINTS)
    }
}

/// How a property appears in its object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Always present, never null: `T`.
    Required,
    /// Always present, may be null: `Option<T>`, written as `null` when `None`.
    RequiredNullable,
    /// May be absent: `Option<T>`, left out when `None`.
    Optional,
    /// May be absent or null: `Nullable<T>`, which keeps the three apart.
    OptionalNullable,
}

/// A string enumeration. It is open: a value the spec does not list is kept in the
/// fallback variant and written back unchanged, because the API adds values over time.
#[derive(Clone, Debug, PartialEq)]
pub struct StringEnum {
    /// Shared by the enums of the same values (Microsoft Graph's beta description has
    /// 18,798 enums of 3,241 lists of values, 191,341 variants).
    pub variants: std::sync::Arc<[EnumVariant]>,
    pub fallback: Fallback,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumVariant {
    pub rust_name: String,
    pub wire: String,
    pub docs: Docs,
}

/// The variant that holds what no other variant matches.
#[derive(Clone, Debug, PartialEq)]
pub struct Fallback {
    pub rust_name: String,
    /// Whether the spec itself allows any value (`anyOf: [string, enum]`), as opposed to
    /// values added to the API after the spec was written.
    pub open_by_spec: bool,
}

/// A oneOf/anyOf. Variants are matched in the order of [`Matcher`]'s kinds: literal strings
/// first, then objects by their tag property, then JSON kinds, then trial decoding.
#[derive(Clone, Debug, PartialEq)]
pub struct Union {
    /// The property whose value tells object members apart, e.g. `type` or `event`.
    pub tag: Option<String>,
    pub variants: Vec<UnionVariant>,
    /// The name of the variant that keeps an unknown member's JSON, if the union has one.
    pub fallback: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UnionVariant {
    pub rust_name: String,
    pub docs: Docs,
    pub matcher: Matcher,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Matcher {
    /// The JSON string equal to this value.
    Literal(String),
    /// A JSON object whose tag property has this value.
    Tagged {
        value: String,
        /// The whole object, tag included; `None` when the tag is all there is (the union
        /// writes it).
        payload: Option<TypeRef>,
    },
    /// The only member of this JSON kind.
    Kind { kind: JsonKind, ty: TypeRef },
    /// A member that can only be told apart by trying to decode it.
    Try(TypeRef),
}

impl Matcher {
    /// The variant's payload type, if it has one (a tag alone or a literal has none).
    pub fn payload(&self) -> Option<&TypeRef> {
        match self {
            Matcher::Tagged {
                payload: Some(ty), ..
            }
            | Matcher::Kind { ty, .. }
            | Matcher::Try(ty) => Some(ty),
            Matcher::Literal(_) | Matcher::Tagged { payload: None, .. } => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum JsonKind {
    String,
    Number,
    Boolean,
    Array,
    Object,
}

/// One HTTP operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    pub operation_id: String,
    pub rust_name: String,
    /// The document's tags of the operation, in its order (the first groups it by default).
    pub tags: Vec<String>,
    pub method: HttpMethod,
    pub path: String,
    pub docs: Docs,
    pub parameters: Vec<Parameter>,
    /// The struct gathering the query parameters, if there are any.
    pub query_type: Option<String>,
    pub request_body: Option<RequestBody>,
    pub responses: Vec<Response>,
    /// What a successful call answers, decided once from the 2xx responses.
    pub success: Success,
    /// From the `x-poll` extension: this operation reads a resource that moves through
    /// statuses, and a helper should call it until one of `until`.
    pub poll: Option<Poll>,
    /// How a list operation's answers chain into pages, when they do.
    pub pagination: Option<Pagination>,
}

/// A list operation's pages: where the items are and how the next page is asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct Pagination {
    /// The answer's property (wire name) holding the items; `None` when the answer is the list.
    pub items: Option<String>,
    /// The type of one item.
    pub item: TypeRef,
    pub next: NextPage,
}

/// An operation's HTTP method (3.2's `QUERY` included).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
    Query,
}

impl HttpMethod {
    /// The method as a document writes it (`get`), if it is one.
    pub fn from_document(method: &str) -> Option<HttpMethod> {
        Some(match method {
            "get" => HttpMethod::Get,
            "put" => HttpMethod::Put,
            "post" => HttpMethod::Post,
            "delete" => HttpMethod::Delete,
            "options" => HttpMethod::Options,
            "head" => HttpMethod::Head,
            "patch" => HttpMethod::Patch,
            "trace" => HttpMethod::Trace,
            "query" => HttpMethod::Query,
            _ => return None,
        })
    }

    /// The method as it goes on the wire: `GET`.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
            HttpMethod::Query => "QUERY",
        }
    }
}

impl std::fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How to poll an operation's result (the `x-poll` extension).
#[derive(Clone, Debug, PartialEq)]
pub struct Poll {
    /// The response property that holds the status.
    pub status_property: String,
    /// The statuses at which polling stops.
    pub until: Vec<String>,
    /// A header of the answer that says how many milliseconds to wait before the next call
    /// (OpenAI's `openai-poll-after-ms`), when the server sends one.
    pub interval_header: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    pub wire_name: String,
    pub rust_name: String,
    pub location: ParameterLocation,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Docs,
    /// The one value a required parameter can take (`enum` of one value): the client sends
    /// it itself instead of asking for it.
    pub constant: Option<String>,
    /// How the value is written (query: `form`, exploded, unless the spec says otherwise).
    pub style: Style,
}

/// How a parameter or a form field is written, as OpenAPI's `style` and `explode` say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub kind: StyleKind,
    /// Arrays and objects as one pair per item or property (`a=1&a=2`), rather than one
    /// pair with the items joined (`a=1,2`).
    pub explode: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StyleKind {
    /// `name=value`, lists repeated or comma-joined (query and form bodies).
    Form,
    /// Lists joined by spaces.
    SpaceDelimited,
    /// Lists joined by `|`.
    PipeDelimited,
    /// Objects as `name[key]=value`, nested and indexed (`items[0][price]`).
    DeepObject,
    /// Comma-joined (path and header parameters).
    Simple,
}

impl Style {
    /// OpenAPI's default for a query parameter or a form field.
    pub const FORM: Style = Style {
        kind: StyleKind::Form,
        explode: true,
    };
}

/// A request body: the type the caller passes and how it goes on the wire.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestBody {
    pub content_type: String,
    pub encoding: BodyEncoding,
    /// The caller's value: a spec type for JSON and forms, `String` for text, `Binary` for
    /// raw bytes.
    pub ty: TypeRef,
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum BodyEncoding {
    Json,
    /// `application/x-www-form-urlencoded`: the properties as pairs, each written as its
    /// `encoding` entry says (by default `form`, exploded).
    FormUrlEncoded(Vec<FieldEncoding>),
    /// `multipart/form-data`: a part per property, files for binary ones.
    Multipart,
    /// `text/*`: the string as it is.
    Text,
    /// Anything else (`application/octet-stream`, images): the bytes as they are.
    Bytes,
}

/// A form field whose style differs from the default.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldEncoding {
    pub wire_name: String,
    pub style: Style,
}

/// What a successful (2xx) answer holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Success {
    pub body: SuccessBody,
    /// When the answer can be a stream of items (server-sent events, JSON lines): how they
    /// are framed and their type.
    pub stream: Option<ItemStream>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ItemStream {
    pub framing: Framing,
    /// The type of one item (for events: `{"event", "data"}` as one object).
    pub item: TypeRef,
    /// The media type asked for with `Accept`.
    pub media_type: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// `text/event-stream`.
    ServerSentEvents,
    /// `application/jsonl`, `application/x-ndjson`, `application/json-seq`: a JSON value a line.
    JsonLines,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SuccessBody {
    /// A JSON body (`application/json`, any `+json`, with or without parameters).
    Json(TypeRef),
    /// A body of another kind (audio, files, text): its bytes.
    Bytes,
    /// Nothing worth decoding.
    Empty,
}

impl Success {
    pub fn json(&self) -> Option<&TypeRef> {
        match &self.body {
            SuccessBody::Json(ty) => Some(ty),
            _ => None,
        }
    }
}

/// A media type without its parameters, in lower case: `Application/JSON; charset=utf-8` →
/// `application/json`.
pub fn media_essence(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Whether a media type is JSON: `application/json` or any `+json`, parameters
/// (`; charset=utf-8`) and case aside.
pub fn is_json_media(media: &str) -> bool {
    let essence = media_essence(media);
    essence == "application/json" || essence == "text/json" || essence.ends_with("+json")
}

/// Whether a media type is a stream of server-sent events.
pub fn is_event_stream(media: &str) -> bool {
    media_essence(media) == "text/event-stream"
}

/// Whether a media type is a sequence of JSON values, one per line (or record).
pub fn is_json_lines(media: &str) -> bool {
    matches!(
        media_essence(media).as_str(),
        "application/jsonl"
            | "application/x-jsonlines"
            | "application/x-ndjson"
            | "application/json-seq"
    )
}

/// Whether a status code is a success: 2xx (a `2XX` range is stored as 200).
pub fn is_success(status: Option<u16>) -> bool {
    status.is_some_and(|s| (200..300).contains(&s))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParameterLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    pub content_type: String,
    /// `None` when the media type has no schema (raw bytes).
    pub ty: Option<TypeRef>,
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// `None` for the `default` response.
    pub status: Option<u16>,
    pub docs: Docs,
    pub bodies: Vec<Body>,
    pub headers: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_read_as_their_constraints_and_hold_none_when_empty() {
        let none = Limits::from(Constraints::default());
        assert!(none.0.is_none());
        assert!(none.is_empty());
        let some = Constraints {
            max_length: Some(8),
            items: Some(Box::new(Constraints {
                minimum: Some(1.0),
                ..Constraints::default()
            })),
            ..Constraints::default()
        };
        let limits = Limits::from(some.clone());
        assert_eq!(*limits, some);
        assert_eq!(limits.items.as_ref().and_then(|c| c.minimum), Some(1.0));
        assert!(std::mem::size_of::<Limits>() < std::mem::size_of::<Constraints>() / 8);
    }
}
