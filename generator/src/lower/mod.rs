//! Stage 3: lowering. Turns the selected part of an `openapiv3` document into the IR.
//!
//! One module per concern: `structs` (objects and allOf), `enums` (string enumerations),
//! `unions` (oneOf/anyOf), `operations`, `finalize` (passes over the finished IR) and
//! `naming`. This module holds the shared context and the dispatch on a schema's shape.

mod enums;
mod features;
mod finalize;
mod operations;
mod pagination;
mod pollers;
mod resources;
mod structs;
mod unions;
mod view;

use std::collections::BTreeMap;
use std::sync::Arc;

use foldhash::HashSet;
use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, OpenAPI, ReferenceOr, Schema};

use crate::error::Warnings;
use crate::error::{pointer_push, Error, ErrorKind, Result};
use crate::ir::{Api, Constraints, Docs, TypeDef, TypeKind, TypeRef};
use crate::model::Document;
use crate::naming::{self, Names};
use crate::resolve;
use crate::select::{SelectedOperation, Selection};
pub use features::apply_features;
pub use pagination::check_overrides;
pub use pollers::apply_pollers;
pub use resources::apply_resources;
use view::{view, RefOr, View};

/// Lowers the selected operations and the schemas they reach. The document is taken: each
/// path item is freed once its operations are lowered, so the model and the IR are not held
/// whole at once (Microsoft Graph's path items are three quarters of its model).
///
/// `components`, the component schemas lowered while the document was read
/// ([`lower_components`]), stand for the first part of lowering when they are the selected
/// schemas of this very document; otherwise that part is done here.
pub fn lower(
    document: Document,
    selection: &Selection,
    pagination: &Overrides,
    components: Option<LoweredComponents>,
    warnings: &mut Warnings,
) -> Result<Api> {
    let Document { spec: read, paths } = document;
    let spec = &read;
    let lowered_early = components.filter(|early| early.stand_for(spec, &selection.schemas));
    let mut state = match lowered_early {
        Some(early) => {
            let (state, early_warnings) = early.lowered?;
            warnings.append(early_warnings);
            state
        }
        None => components_lowered(spec, &selection.schemas, pagination, warnings)?,
    };
    let mut operations = Vec::with_capacity(selection.operations.len());
    let mut webhooks = Vec::new();
    let mut webhook_names = Names::default();
    let mut selected = selection.operations.iter().peekable();
    let mut component_nodes = None;
    state.named_inline.clear();
    for (path, item) in paths {
        let mut lowerer = Lowerer::new(spec, &mut state, pagination, warnings);
        while let Some(operation) = selected.next_if(|operation| operation.path == path) {
            let ReferenceOr::Item(item) = &item else {
                return Err(vanished(operation));
            };
            operations.push(lowerer.lower_operation(operation, item)?);
            webhooks.extend(lowerer.lower_callbacks(operation, item, &mut webhook_names)?);
        }
        state.forget_inline_names(|| component_nodes.get_or_insert_with(|| nodes_of(spec)));
    }
    if let Some(operation) = selected.next() {
        return Err(vanished(operation));
    }
    let mut lowerer = Lowerer::new(spec, &mut state, pagination, warnings);
    for id in pagination.keys() {
        if !operations.iter().any(|op| op.operation_id == *id) {
            lowerer.warnings.push(
                "the configuration's pagination names an operation that is not generated",
                format!("operationId {id}"),
            );
        }
    }
    for webhook in &selection.webhooks {
        let pointer = pointer_push("#/webhooks", &webhook.name);
        let label = format!("webhook `{}`", webhook.name);
        webhooks.extend(lowerer.lower_webhook_item(
            &webhook.name,
            &label,
            &webhook.item,
            &pointer,
            &mut webhook_names,
        )?);
    }
    let mut api = Api {
        title: spec.info.title.clone(),
        version: spec.info.version.clone(),
        description: spec.info.description.clone(),
        license: spdx_license(spec.info.license.as_ref()),
        base_url: spec.servers.first().map(|server| server.url.clone()),
        api_key: api_key_placement(spec),
        types: std::mem::take(&mut state.types),
        operations,
        webhooks,
        resources: Vec::new(),
        features: Default::default(),
    };
    let components: Vec<&str> = match selection.operations.is_empty() || selection.all_schemas {
        // A document of components alone (a test fixture, a shared schema file): all of them.
        true => selection
            .schemas
            .iter()
            .filter_map(|name| state.component_names.get(name).map(String::as_str))
            .collect(),
        false => Vec::new(),
    };
    // In the order of their names from here on (see `TypeMap`).
    api.types.sort_unstable_keys();
    freed_beside(read, || finalize::finalize(&mut api, &components));
    finalize::check_field_names(&api)?;
    Ok(api)
}

/// The number of component schemas from which what is left of the document (its
/// components) is freed on a thread of its own: a thread costs some 50 µs to start, and
/// freeing a schema a few µs (GitHub's 299 schemas and the rest of its components, 1.1 ms).
const FREED_BESIDE_SCHEMAS: usize = 64;

/// Runs `work` while `document` is freed: on a thread of its own for a large document,
/// which would otherwise hold up lowering on one core while the other idles (GitHub's
/// lowering 13.2–14.1 → 12.7–13.0 ms, OpenAI 3.1's 34.6–43.1 → 31.0–32.7 ms).
fn freed_beside<T>(document: OpenAPI, work: impl FnOnce() -> T) -> T {
    let schemas = document.components.as_ref().map_or(0, |c| c.schemas.len());
    if schemas < FREED_BESIDE_SCHEMAS {
        drop(document);
        return work();
    }
    std::thread::scope(|scope| {
        scope.spawn(move || drop(document));
        work()
    })
}

/// Every component schema of a document lowered, as [`lower`] lowers them when every
/// schema is selected: the part of lowering that needs nothing but the components, so
/// that loading can run it on the thread that has just read them while the other reads
/// the paths (`load::load_file_with`).
pub struct LoweredComponents {
    /// The schemas lowered, in their order: what `lower` checks against its selection.
    schemas: Vec<String>,
    /// Where the components' schemas are held: inline schemas are known by their address
    /// (`Built::inline_names`), so the state stands only for the very same nodes.
    schemas_at: usize,
    lowered: Result<(Built, Warnings)>,
}

impl LoweredComponents {
    /// Whether these are the `schemas` of `spec`, lowered: the same names in the same order,
    /// of the very same nodes.
    fn stand_for(&self, spec: &OpenAPI, schemas: &[String]) -> bool {
        self.schemas == schemas && self.schemas_at == schemas_address(spec)
    }
}

/// Lowers every component schema of `spec`, of which only the components are read.
pub fn lower_components(spec: &OpenAPI, pagination: &Overrides) -> LoweredComponents {
    let schemas: Vec<String> = spec
        .components
        .as_ref()
        .map(|components| components.schemas.keys().cloned().collect())
        .unwrap_or_default();
    let mut warnings = Warnings::default();
    let lowered = components_lowered(spec, &schemas, pagination, &mut warnings)
        .map(|state| (state, warnings));
    LoweredComponents {
        schemas_at: schemas_address(spec),
        schemas,
        lowered,
    }
}

/// The address of the first component schema (0 for none): where the nodes lowered are.
fn schemas_address(spec: &OpenAPI) -> usize {
    let first = spec.components.as_ref().and_then(|c| c.schemas.first());
    first.map_or(0, |(_, schema)| std::ptr::from_ref(schema) as usize)
}

/// The first part of lowering: the component schemas' names reserved, then each lowered.
fn components_lowered(
    spec: &OpenAPI,
    schemas: &[String],
    pagination: &Overrides,
    warnings: &mut Warnings,
) -> Result<Built> {
    let mut state = Built::default();
    let mut lowerer = Lowerer::new(spec, &mut state, pagination, warnings);
    // Names in two passes, so that a component keeps its exact name whenever it can (a
    // `RunStep2` is not renamed because `run_step` and `RunStep` collided before it).
    let mut colliding = Vec::new();
    for name in schemas {
        if !lowerer.reserve_component_exactly(name) {
            colliding.push(name);
        }
    }
    for name in colliding {
        lowerer.reserve_component(name);
    }
    for name in schemas {
        lowerer.lower_component(name)?;
    }
    Ok(state)
}

/// A selected operation whose path item is not where `select` found it: `select` lists them
/// in the document's order of paths, which lowering walks once.
fn vanished(selected: &SelectedOperation) -> Error {
    Error::new(ErrorKind::InvalidSpec, "path vanished").at(&selected.pointer)
}

/// The address of every schema written under the components, nested ones included: the
/// schemas that outlive a path item. (Callbacks are read from the operations' copies.)
fn nodes_of(spec: &OpenAPI) -> ComponentNodes {
    let mut stack = Vec::new();
    if let Some(components) = &spec.components {
        stack.extend(components.schemas.values().map(RefOr::from));
        let headers = items(&components.headers)
            .chain(items(&components.responses).flat_map(|response| items(&response.headers)));
        for format in items(&components.parameters)
            .map(|parameter| &parameter.parameter_data_ref().format)
            .chain(headers.map(|header| &header.format))
        {
            stack.extend(resolve::format_schemas(format));
        }
        for body in items(&components.request_bodies) {
            stack.extend(resolve::media_schemas(&body.content));
        }
        for response in items(&components.responses) {
            stack.extend(resolve::media_schemas(&response.content));
        }
    }
    // The schemas are a tree (a `$ref` is not followed), so each node is met once.
    let mut nodes = Vec::new();
    while let Some(node) = stack.pop() {
        if let RefOr::Item(schema) = node {
            nodes.push(address(schema));
            resolve::subschemas(schema, &mut stack);
        }
    }
    nodes.sort_unstable();
    ComponentNodes(nodes)
}

/// Addresses of the components' schemas, sorted: made once and searched once for each
/// inline schema a path item named (a set hashed every one of GitHub's 5,300).
struct ComponentNodes(Vec<usize>);

impl ComponentNodes {
    fn contains(&self, address: usize) -> bool {
        self.0.binary_search(&address).is_ok()
    }
}

/// The items of a section of the components (its references left out).
fn items<T>(section: &IndexMap<String, ReferenceOr<T>>) -> impl Iterator<Item = &T> {
    section.values().filter_map(|entry| match entry {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { .. } => None,
    })
}

/// What lowering a schema gives: the type, and whether `null` is allowed besides it.
#[derive(Clone, Debug)]
pub(crate) struct Lowered {
    pub ty: TypeRef,
    pub nullable: bool,
}

/// Where a new type's name comes from.
#[derive(Clone, Debug)]
pub(crate) enum Slot<'h> {
    /// A component: the type must have this name.
    Component(String),
    /// An inline schema: a name derived from its path, made unique.
    Inline(InlineName<'h>),
}

impl Slot<'_> {
    /// The name to derive nested inline names from.
    fn base(&self) -> &str {
        match self {
            Slot::Component(name) => name,
            Slot::Inline(name) => name.get(),
        }
    }
}

/// An inline schema's name, made from its hint when first asked for: most inline schemas
/// are strings, numbers and booleans, which need none.
#[derive(Clone, Debug)]
pub(crate) struct InlineName<'h> {
    hint: Hint<'h>,
    name: std::cell::OnceCell<String>,
}

impl<'h> InlineName<'h> {
    fn new(hint: Hint<'h>) -> Self {
        Self {
            hint,
            name: std::cell::OnceCell::new(),
        }
    }

    /// The hint as a type name.
    fn get(&self) -> &str {
        self.name
            .get_or_init(|| naming::type_name(&self.hint.text()))
    }
}

/// What an inline schema's name is made from, its parts kept apart until a type is made
/// for the schema: for most schemas none is (a property's hint, put together for each
/// property, was 7 % of lowering's instructions on GitHub's document).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Hint<'h> {
    /// This text.
    Text(&'h str),
    /// The first text, then the second.
    Joined(&'h str, &'h str),
    /// A name, then the UpperCamelCase of a spec's name (a property's, a parameter's).
    Named(&'h str, &'h str),
    /// The enclosing schema's name, then a word (`Item`, `Value`).
    Within(&'h Slot<'h>, &'static str),
}

impl Hint<'_> {
    /// The hint's text, which the type's name is made from.
    fn text(self) -> String {
        match self {
            Hint::Text(text) => text.to_owned(),
            Hint::Joined(first, second) => [first, second].concat(),
            Hint::Named(base, name) => format!("{base}{}", naming::upper_camel_case(name)),
            Hint::Within(slot, word) => [slot.base(), word].concat(),
        }
    }
}

/// What lowering builds across the whole document, kept while each path item's borrow of
/// the model ends with the item.
#[derive(Default)]
struct Built {
    /// Component name → Rust type name, for every selected component.
    component_names: IndexMap<String, String, foldhash::fast::RandomState>,
    names: Names,
    types: crate::ir::TypeMap,
    /// Inline schemas already given a type, by address: the same node reached again (through
    /// allOf merging, or a cycle through a component) is that type, not a new copy.
    inline_names: BTreeMap<usize, String>,
    /// The addresses `inline_names` took since the last path item was done.
    named_inline: Vec<usize>,
    /// Parameters under components/parameters, lowered once each.
    shared_parameters: BTreeMap<String, crate::ir::Parameter>,
    /// The string enums made, by their values (and whether the spec leaves them open): an
    /// enum of the same values is another type of the same variants, which it shares.
    enums: foldhash::HashMap<(Vec<String>, bool), crate::ir::StringEnum>,
    texts: Texts,
}

/// The descriptions of parameters, answers and properties, each text held once: the same
/// one is repeated by every operation that takes a parameter or gives an answer, and by
/// every schema with a property (Microsoft Graph's beta description: 89,000 parameters of
/// 915 descriptions, 67,000 answers of 11, 83,000 properties of 12,000).
#[derive(Default)]
struct Texts(HashSet<Arc<str>>);

impl Texts {
    /// `text`, shared (copied only the first time).
    fn text(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(text) {
            return shared.clone();
        }
        let text = Arc::<str>::from(text);
        self.0.insert(text.clone());
        text
    }

    /// `text`, or the equal text held already.
    fn shared(&mut self, text: Arc<str>) -> Arc<str> {
        match self.0.get(&*text) {
            Some(shared) => shared.clone(),
            None => {
                self.0.insert(text.clone());
                text
            }
        }
    }

    /// A schema's docs ([`docs_of`]), the description shared, copied only the first time.
    fn docs_of(&mut self, schema: &Schema) -> Docs {
        docs_with(schema, |text| self.text(text))
    }
}

impl Built {
    /// Forgets the inline schemas named while the last path item was lowered, but the
    /// components' (`component_nodes`, asked for only when one was named): the item is
    /// freed next, and a schema allocated later at one of its addresses is another schema.
    fn forget_inline_names<'n>(&mut self, component_nodes: impl FnOnce() -> &'n ComponentNodes) {
        if self.named_inline.is_empty() {
            return;
        }
        let component_nodes = component_nodes();
        for address in self.named_inline.drain(..) {
            if !component_nodes.contains(address) {
                self.inline_names.remove(&address);
            }
        }
    }
}

pub(crate) struct Lowerer<'a> {
    spec: &'a OpenAPI,
    state: &'a mut Built,
    /// The configuration's pagination of operations it cannot be guessed for.
    pagination: &'a Overrides,
    warnings: &'a mut Warnings,
}

/// How operations page, by operationId, as the configuration says.
pub type Overrides = BTreeMap<String, Option<crate::config::Pagination>>;

impl<'a> Lowerer<'a> {
    fn new(
        spec: &'a OpenAPI,
        state: &'a mut Built,
        pagination: &'a Overrides,
        warnings: &'a mut Warnings,
    ) -> Self {
        Lowerer {
            spec,
            state,
            pagination,
            warnings,
        }
    }

    fn schemas(&self) -> Option<&'a IndexMap<String, ReferenceOr<Schema>>> {
        self.spec.components.as_ref().map(|c| &c.schemas)
    }

    /// Claims a component's Rust name if it is free; says whether it was.
    fn reserve_component_exactly(&mut self, name: &str) -> bool {
        let rust_name = naming::type_name(name);
        if self.state.names.contains(&rust_name) {
            return false;
        }
        self.reserve_component(name);
        true
    }

    /// Claims a component's Rust name before any inline type can take it.
    fn reserve_component(&mut self, name: &str) {
        let rust_name = self.state.names.claim(naming::type_name(name));
        self.state
            .component_names
            .insert(name.to_owned(), rust_name);
    }

    fn lower_component(&mut self, name: &str) -> Result<()> {
        let pointer = pointer_push("#/components/schemas", name);
        let rust_name = self.state.component_names[name].clone();
        let schema = self
            .schemas()
            .and_then(|schemas| schemas.get(name))
            .ok_or_else(|| {
                Error::new(ErrorKind::BadReference, format!("no schema named `{name}`"))
                    .at(&pointer)
            })?;
        let (lowered, docs, constraints) = match schema {
            ReferenceOr::Reference { reference } => {
                let target = self.component_ref(reference, &pointer)?;
                (target, Docs::default(), Constraints::default())
            }
            ReferenceOr::Item(schema) => {
                let lowered =
                    self.lower_schema(schema, Slot::Component(rust_name.clone()), &pointer)?;
                (lowered, docs_of(schema), view::constraints(schema))
            }
        };
        if lowered.ty != TypeRef::Named(rust_name.clone()) {
            // A list, map, scalar or another component under this name.
            self.state.types.insert(
                rust_name.clone(),
                TypeDef {
                    name: rust_name,
                    docs,
                    kind: TypeKind::Alias(lowered.ty),
                    constraints: constraints.into(),
                    source: pointer,
                },
            );
        }
        Ok(())
    }

    /// Resolves `#/components/schemas/X` to X's Rust type, and says if X allows null.
    fn component_ref(&mut self, reference: &'a str, pointer: &str) -> Result<Lowered> {
        let name = resolve::component_name(reference, "schemas", pointer)?;
        let Some(rust_name) = self.state.component_names.get(name).cloned() else {
            return Err(resolve::dangling(reference, "schemas", pointer));
        };
        let nullable = self.component_nullable(reference, pointer)?;
        Ok(Lowered {
            ty: TypeRef::Named(rust_name),
            nullable,
        })
    }

    /// Whether a component allows null, following aliases (`X: {$ref: Y}`).
    fn component_nullable(&self, reference: &'a str, pointer: &str) -> Result<bool> {
        let (schema, _) = resolve::schema(self.spec, RefOr::Ref(reference), pointer)?;
        Ok(schema.schema_data.nullable || view::enum_allows_null(schema))
    }

    /// Follows references until a schema: for looking inside members and allOf parts.
    fn resolve(&self, r: RefOr<'a>, pointer: &str) -> Result<(&'a Schema, Option<&'a str>)> {
        resolve::schema(self.spec, r, pointer)
    }

    pub(crate) fn lower_ref_or(
        &mut self,
        r: RefOr<'a>,
        hint: Hint<'_>,
        pointer: &str,
    ) -> Result<Lowered> {
        match r {
            RefOr::Ref(reference) => self.component_ref(reference, pointer),
            RefOr::Item(schema) => {
                self.lower_schema(schema, Slot::Inline(InlineName::new(hint)), pointer)
            }
        }
    }

    /// Lowers one schema by its shape. A new named type is defined only for objects with
    /// properties, enumerations and unions; the rest are references to built-in types.
    pub(crate) fn lower_schema(
        &mut self,
        schema: &'a Schema,
        slot: Slot<'_>,
        pointer: &str,
    ) -> Result<Lowered> {
        let nullable = schema.schema_data.nullable || view::enum_allows_null(schema);
        if let (Slot::Inline(_), Some(name)) =
            (&slot, self.state.inline_names.get(&address(schema)))
        {
            return Ok(Lowered {
                ty: TypeRef::Named(name.clone()),
                nullable,
            });
        }
        let ty = match view(schema) {
            View::Object(object) if !object.properties.is_empty() => {
                self.lower_object(schema, object, &slot, pointer)?
            }
            View::Object(object) => match object.additional {
                Some(AdditionalProperties::Schema(values)) => {
                    let hint = Hint::Within(&slot, "Value");
                    let values_pointer = pointer_push(pointer, "additionalProperties");
                    let value = self.lower_ref_or(RefOr::from(&**values), hint, &values_pointer)?;
                    TypeRef::Map(Box::new(wrap_nullable(value)))
                }
                _ => TypeRef::Json,
            },
            View::Array { items } => match items {
                Some(items) => {
                    let hint = Hint::Within(&slot, "Item");
                    let item = self.lower_ref_or(items, hint, &pointer_push(pointer, "items"))?;
                    TypeRef::Array(Box::new(wrap_nullable(item)))
                }
                None => TypeRef::Array(Box::new(TypeRef::Json)),
            },
            View::String { values } if !values.is_empty() => {
                self.lower_string_enum(schema, &values, false, &slot, pointer)
            }
            View::String { .. } if view::is_binary(schema) => TypeRef::Binary,
            View::String { .. } => TypeRef::String,
            View::Integer { width } => TypeRef::Integer(width),
            View::Number => TypeRef::Number,
            View::Boolean => TypeRef::Boolean,
            View::OneOf(members) => {
                return self.lower_union(schema, &members, "oneOf", &slot, pointer)
            }
            View::AnyOf(members) => {
                return self.lower_union(schema, &members, "anyOf", &slot, pointer)
            }
            View::AllOf(members) => return self.lower_all_of(schema, &members, &slot, pointer),
            View::Any => TypeRef::Json,
        };
        Ok(Lowered { ty, nullable })
    }

    /// Registers a new named type and returns a reference to it.
    pub(crate) fn define(
        &mut self,
        name: String,
        kind: TypeKind,
        docs: Docs,
        schema: &Schema,
        pointer: &str,
    ) -> TypeRef {
        self.state.types.insert(
            name.clone(),
            TypeDef {
                name: name.clone(),
                docs,
                kind,
                constraints: view::constraints(schema).into(),
                source: pointer.to_owned(),
            },
        );
        TypeRef::Named(name)
    }

    /// The name the new type for `schema` in `slot` gets.
    pub(crate) fn claim_name(&mut self, schema: &Schema, slot: &Slot) -> String {
        match slot {
            Slot::Component(name) => name.clone(),
            Slot::Inline(hint) => {
                let name = self.state.names.claim(hint.get());
                self.state
                    .inline_names
                    .insert(address(schema), name.clone());
                self.state.named_inline.push(address(schema));
                name
            }
        }
    }
}

/// `T` or `Option<T>`, for positions (items, map values) that have no presence of their own.
fn wrap_nullable(lowered: Lowered) -> TypeRef {
    if lowered.nullable && lowered.ty != TypeRef::Json {
        TypeRef::Nullable(Box::new(lowered.ty))
    } else {
        lowered.ty
    }
}

/// A schema node's identity while the document is borrowed.
fn address(schema: &Schema) -> usize {
    schema as *const Schema as usize
}

pub(crate) fn docs_of(schema: &Schema) -> Docs {
    docs_with(schema, |text| Arc::from(text))
}

/// A schema's docs, its description (or title) made an `Arc` by `shared`.
fn docs_with(schema: &Schema, shared: impl FnOnce(&str) -> Arc<str>) -> Docs {
    let data = &schema.schema_data;
    let description = data
        .description
        .as_deref()
        .or(data.title.as_deref())
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(shared);
    Docs {
        description,
        notes: Vec::new(),
        deprecated: data.deprecated,
    }
}

/// Where the API key goes. Of the schemes the document requires (its own security
/// requirements, else its operations'; else every scheme it declares), the one a single key
/// fills most simply: bearer, then a header, a query parameter, a cookie, then HTTP basic (Stripe
/// offers basic and bearer: bearer is taken). Bearer when there is none.
fn api_key_placement(spec: &OpenAPI) -> crate::ir::ApiKeyPlacement {
    use crate::ir::ApiKeyPlacement;
    use openapiv3::{APIKeyLocation, SecurityScheme};
    let Some(schemes) = spec.components.as_ref().map(|c| &c.security_schemes) else {
        return ApiKeyPlacement::Bearer;
    };
    let global = spec.security.iter().flatten();
    let per_operation = spec
        .operations()
        .flat_map(|(_, _, op)| op.security.iter().flatten());
    let mut required: Vec<&String> = global.chain(per_operation).flat_map(|r| r.keys()).collect();
    if required.is_empty() {
        required = schemes.keys().collect();
    }
    let placement = |name: &String| match schemes.get(name).and_then(ReferenceOr::as_item)? {
        SecurityScheme::APIKey { location, name, .. } => Some(match location {
            APIKeyLocation::Header => ApiKeyPlacement::Header(name.clone()),
            APIKeyLocation::Query => ApiKeyPlacement::Query(name.clone()),
            APIKeyLocation::Cookie => ApiKeyPlacement::Cookie(name.clone()),
        }),
        SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
            Some(ApiKeyPlacement::Basic)
        }
        SecurityScheme::HTTP { scheme, .. } if !scheme.eq_ignore_ascii_case("bearer") => None,
        _ => Some(ApiKeyPlacement::Bearer),
    };
    let rank = |placement: &ApiKeyPlacement| match placement {
        ApiKeyPlacement::Bearer => 0,
        ApiKeyPlacement::Header(_) => 1,
        ApiKeyPlacement::Query(_) => 2,
        ApiKeyPlacement::Cookie(_) => 3,
        ApiKeyPlacement::Basic => 4,
    };
    required
        .into_iter()
        .filter_map(placement)
        .min_by_key(rank)
        .unwrap_or_default()
}

/// The document's license as an SPDX expression: 3.1's `identifier` (kept by `load` as
/// `x-identifier`), else the `name` if it is one (`MIT`, but not `Apache 2.0`).
fn spdx_license(license: Option<&openapiv3::License>) -> Option<String> {
    let license = license?;
    let identifier = license
        .extensions
        .get(crate::load::LICENSE_IDENTIFIER)
        .and_then(serde_json::Value::as_str);
    [identifier, Some(license.name.as_str())]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|text| crate::config::is_license_expression(text))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Operation;

    /// Emission writes the types in the map's order: by name, as `lower` sorts them, for
    /// every document the project is tried on (each lowered whole, every schema).
    #[test]
    fn types_are_in_the_order_of_their_names() {
        let mut documents = 0;
        for path in crate::testing::documents() {
            let config = crate::testing::config(&path);
            let Ok(api) = crate::lowered(&config, &mut Default::default(), &mut Default::default())
            else {
                continue;
            };
            assert!(api.types.keys().is_sorted(), "{}", path.display());
            documents += usize::from(api.types.len() > 1);
        }
        assert!(documents > 20, "{documents} documents");
    }

    /// Work beside a document being freed gives its result, whether the document is freed
    /// on a thread of its own (a large one) or first.
    #[test]
    fn work_beside_a_freed_document_gives_its_result() {
        for schemas in [0, FREED_BESIDE_SCHEMAS - 1, FREED_BESIDE_SCHEMAS] {
            let mut components = openapiv3::Components::default();
            for n in 0..schemas {
                let schema = Schema {
                    schema_data: Default::default(),
                    schema_kind: openapiv3::SchemaKind::Any(Default::default()),
                };
                components
                    .schemas
                    .insert(format!("S{n}"), ReferenceOr::Item(schema));
            }
            let document = OpenAPI {
                components: Some(components),
                ..OpenAPI::default()
            };
            let on = std::thread::current().id();
            let (result, thread) =
                freed_beside(document, || (schemas * 2, std::thread::current().id()));
            assert_eq!(result, schemas * 2);
            assert_eq!(thread, on, "the work runs where it is called");
        }
    }

    /// The component schemas lowered while a JSON document is read, on the thread that read
    /// them, make the IR and the warnings they make when lowered after it; they stand only
    /// for the schemas of the very document read with them.
    #[test]
    fn components_lowered_while_loading_lower_as_they_do_after() {
        let mut early_ones = 0;
        for path in crate::testing::documents() {
            let early = |spec: &OpenAPI| lower_components(spec, &Overrides::default());
            let Ok((spec, Some(early))) = crate::load::load_file_with(&path, &early) else {
                continue;
            };
            let filter = crate::select::OperationFilter::All;
            let selection = crate::select::select(&spec, &filter, true).expect("it selects");
            let again = crate::load::load_file(&path).expect("it loads");
            assert!(early.stand_for(&spec.spec, &selection.schemas));
            if !selection.schemas.is_empty() {
                assert!(!early.stand_for(&again.spec, &selection.schemas));
                assert!(!early.stand_for(&spec.spec, &selection.schemas[1..]));
                early_ones += 1;
            }
            let lower = |spec, early, warnings: &mut Warnings| {
                lower(spec, &selection, &Overrides::default(), early, warnings)
            };
            let (mut warned_early, mut warned_after) = (Warnings::default(), Warnings::default());
            let with_early = lower(spec, Some(early), &mut warned_early).expect("it lowers");
            let after = lower(again, None, &mut warned_after).expect("it lowers");
            assert!(with_early == after, "{}", path.display());
            assert_eq!(warned_early.summary(), warned_after.summary());
        }
        // Every JSON OpenAPI document of the shared inputs with component schemas: GitHub's,
        // Box's and four of progenitor's.
        assert!(early_ones >= 6, "only {early_ones} documents");
    }

    #[test]
    fn a_hint_is_put_together_as_the_text_it_stands_for() {
        let component = Slot::Component("Run".into());
        let inline = Slot::Inline(InlineName::new(Hint::Named("Run", "tool_calls")));
        assert_eq!(Hint::Text("RunStatus").text(), "RunStatus");
        assert_eq!(Hint::Joined("Run", "Response").text(), "RunResponse");
        assert_eq!(
            Hint::Named("Run", "last-error_code").text(),
            "RunLastErrorCode"
        );
        assert_eq!(Hint::Within(&component, "Item").text(), "RunItem");
        // Nested: the enclosing inline schema's name is made first, then the word.
        assert_eq!(Hint::Within(&inline, "Item").text(), "RunToolCallsItem");
        assert_eq!(inline.base(), "RunToolCalls");
    }

    /// The type of an operation's answer with this status.
    fn answer_type(operation: &Operation, status: u16) -> TypeRef {
        let response = operation
            .responses
            .iter()
            .find(|r| r.status == Some(status));
        let body = response.and_then(|r| r.bodies.first());
        body.and_then(|b| b.ty.clone())
            .expect("the answer has a typed body")
    }

    #[test]
    fn a_shared_answers_inline_schema_is_one_type_across_path_items() {
        let api = crate::testing::lowered_text(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \
             /a: {get: {operationId: a, responses: {'200': {$ref: '#/components/responses/Problem'}, \
             '201': {description: ok, content: {application/json: {schema: {properties: {id: {type: string}}}}}}}}}\n  \
             /b: {get: {operationId: b, responses: {'200': {$ref: '#/components/responses/Problem'}, \
             '201': {description: ok, content: {application/json: {schema: {properties: {id: {type: string}}}}}}}}}\n\
             components:\n  responses:\n    Problem:\n      description: a problem\n      content:\n        \
             application/json: {schema: {properties: {code: {type: string}}}}\n",
        );
        let [a, b] = &api.operations[..] else {
            panic!("two operations: {:?}", api.operations);
        };
        // The component's schema is one node, lowered once while /a was lowered.
        assert_eq!(answer_type(a, 200), answer_type(b, 200));
        // Each path item's own schema is its own type, though they read alike.
        assert_ne!(answer_type(a, 201), answer_type(b, 201));
    }

    #[test]
    fn a_parameter_shared_by_path_items_is_still_each_operations_own_type() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \
             /a: {get: {operationId: a, parameters: [{name: mode, in: query, schema: {enum: [x, y]}}], \
             responses: {'204': {description: done}}}}\n  \
             /b: {get: {operationId: b, parameters: [{name: mode, in: query, schema: {enum: [x, y]}}], \
             responses: {'204': {description: done}}}, \
             put: {operationId: c, parameters: [{name: mode, in: query, schema: {enum: [x, y]}}], \
             responses: {'204': {description: done}}}}\n";
        let spec = crate::load::load_str(text).expect("the document loads");
        let parameter = |path: &str, operation: usize| {
            let ReferenceOr::Item(item) = &spec.paths[path] else {
                panic!("an item");
            };
            match &item.operations[operation].1.parameters[0] {
                ReferenceOr::Item(parameter) => std::sync::Arc::clone(parameter),
                ReferenceOr::Reference { .. } => panic!("written out"),
            }
        };
        // The model shares /a's with /b's `get`, and not with /b's `put` too.
        assert!(std::sync::Arc::ptr_eq(
            &parameter("/a", 0),
            &parameter("/b", 0)
        ));
        assert!(!std::sync::Arc::ptr_eq(
            &parameter("/b", 0),
            &parameter("/b", 1)
        ));
        let api = crate::testing::lowered_text(text);
        let types: Vec<String> = api
            .operations
            .iter()
            .map(|operation| format!("{:?}", operation.parameters[0].ty))
            .collect();
        assert_eq!(
            types,
            [
                r#"Named("AMode")"#,
                r#"Named("BMode")"#,
                r#"Named("CMode")"#
            ]
        );
    }

    #[test]
    fn enums_of_the_same_values_are_types_of_their_own_sharing_their_variants() {
        let api = crate::testing::lowered_text(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  \
             schemas:\n    A: {enum: [x, y-z]}\n    B: {enum: [x, y-z]}\n    C: {enum: [x]}\n",
        );
        let variants = |name: &str| match &api.types[name].kind {
            TypeKind::Enum(e) => e.variants.clone(),
            other => panic!("{name} is an enum, not {other:?}"),
        };
        assert!(std::sync::Arc::ptr_eq(&variants("A"), &variants("B")));
        assert!(!std::sync::Arc::ptr_eq(&variants("A"), &variants("C")));
        let b = variants("B");
        let names: Vec<&str> = b.iter().map(|v| v.rust_name.as_str()).collect();
        assert_eq!(names, ["X", "YZ"]);
    }

    #[test]
    fn repeated_descriptions_are_held_once_and_read_the_same() {
        let api = crate::testing::lowered_text(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \
             /a: {get: {operationId: a, parameters: [{name: q, in: query, description: Rows., \
             schema: {type: integer}}], responses: {'200': {description: OK}}}}\n  \
             /b: {get: {operationId: b, parameters: [{name: r, in: query, description: Rows., \
             schema: {type: integer}}], responses: {'200': {description: OK}}}}\n\
             components:\n  schemas:\n    \
             S: {properties: {x: {type: string, description: Rows.}, y: {type: string, description: Other.}}}\n",
        );
        let a = &api.operations[0];
        let b = &api.operations[1];
        let description = |docs: &Docs| docs.description.clone().expect("a description");
        let (qa, qb) = (
            description(&a.parameters[0].docs),
            description(&b.parameters[0].docs),
        );
        assert_eq!(&*qa, "Rows.");
        assert!(Arc::ptr_eq(&qa, &qb));
        let ok = description(&a.responses[0].docs);
        assert_eq!(&*ok, "OK");
        assert!(Arc::ptr_eq(&ok, &description(&b.responses[0].docs)));
        let TypeKind::Struct(s) = &api.types["S"].kind else {
            panic!("S is a struct");
        };
        assert!(Arc::ptr_eq(&description(&s.fields[0].docs), &qa));
        assert_eq!(&*description(&s.fields[1].docs), "Other.");
    }

    #[test]
    fn a_path_items_inline_names_are_forgotten_and_the_components_kept() {
        let mut state = Built::default();
        for (address, name) in [(1, "Kept"), (2, "Forgotten"), (3, "Earlier")] {
            state.inline_names.insert(address, name.to_owned());
        }
        state.named_inline = vec![1, 2];
        let components = ComponentNodes(vec![1]);
        state.forget_inline_names(|| &components);
        let left: Vec<usize> = state.inline_names.keys().copied().collect();
        assert_eq!(left, [1, 3]);
        assert!(state.named_inline.is_empty());
    }

    #[test]
    fn every_schema_under_the_components_is_a_node_of_them() {
        let spec = crate::load::load_str(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  \
             schemas: {S: {properties: {inner: {properties: {leaf: {type: string}}}}}}\n  \
             parameters: {P: {name: p, in: query, schema: {type: integer}}}\n  \
             requestBodies: {B: {content: {application/json: {schema: {items: {type: string}}}}}}\n  \
             responses: {R: {description: r, headers: {H: {schema: {type: string}}}, \
             content: {application/json: {schema: {allOf: [{type: object}]}}}}}\n",
        )
        .expect("the document loads");
        // S, inner, leaf; P's schema; B's and its items; H's; R's and its member.
        assert_eq!(nodes_of(&spec.spec).0.len(), 9);
    }
}
