//! Stage 4: emission. Reads only the IR and writes the generated crate's files, formatted by
//! prettyplease (or, for the items that are fixed text around names, written as it would
//! format them: `text`). One module per kind of item.

mod builders;
mod cli;
mod docs;
mod enums;
mod features;
mod manifest;
mod operations;
mod pagination;
mod parallel;
mod readme;
mod resources;
mod runtime;
mod stream;
mod structs;
mod support;
mod text;
mod types;
mod unions;
mod validation;

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use proc_macro2::TokenStream;
use quote::quote;

use crate::config::Config;
use crate::error::{Error, ErrorKind, Result};
use crate::ir::{Api, TypeDef, TypeKind};
use crate::write::Sink;
use parallel::Job;
use stream::{FileStream, HandOn, Out};
use text::TextItem;

/// One of a named type's items: laid out as prettyplease would lay it out, or not.
enum Piece {
    /// Rust for prettyplease to lay out (an item written with each arm on one line).
    Unformatted(String),
    /// Text laid out as prettyplease lays it out if its lines fit (else given to it).
    Text(TextItem),
    /// Text laid out as prettyplease lays it out, long lines and all: the parts whose lines
    /// did not fit were laid out by prettyplease alone.
    LaidOut(TextItem),
}

/// A named type's items, in order.
type TypeItems = Vec<Piece>;

/// What the crate needs, decided once from the IR.
struct Plan {
    header: String,
    needs_enums: bool,
    needs_binary: bool,
    needs_support: bool,
    needs_fields: bool,
    has_client: bool,
    /// Whether a request body reaches a named type: then the crate has `validation.rs`.
    has_validation: bool,
    has_builders: bool,
    pages: bool,
    /// Whether an operation's answer can stream (events, JSON lines): then the crate has
    /// `sse.rs`.
    streams: bool,
    /// Whether an operation sends a multipart body: then the crate has `form.rs`.
    forms: bool,
    /// By struct: the tag properties of the tag-first unions it is a member of.
    union_tags: unions::UnionTags,
}

impl Plan {
    /// Whether the crate has the JSON reader: its types implement `FromJson`, and its client
    /// decodes answers with it.
    fn needs_json(&self) -> bool {
        self.needs_fields || self.needs_enums || self.has_client
    }

    fn new(api: &Api, config: &Config) -> Self {
        let needs_enums = api
            .types
            .values()
            .any(|t| matches!(t.kind, TypeKind::Enum(_)));
        let needs_unions = api
            .types
            .values()
            .any(|t| matches!(t.kind, TypeKind::Union(_)));
        let needs_binary = uses_file_upload(api);
        // Structs decode and write their properties with it; unions decode their members
        // from text with it.
        let needs_fields = api
            .types
            .values()
            .any(|t| matches!(t.kind, TypeKind::Struct(_) | TypeKind::Union(_)));
        Plan {
            header: header(config),
            needs_enums,
            needs_binary,
            needs_support: needs_enums || needs_unions || needs_binary,
            needs_fields,
            has_client: !api.operations.is_empty(),
            has_validation: !validation::request_types(api).is_empty(),
            has_builders: builders::has_builders(api),
            pages: api
                .operations
                .iter()
                .any(|op| pagination::paginates(api, op)),
            streams: api.operations.iter().any(|op| op.success.stream.is_some()),
            forms: api.sends_forms(),
            union_tags: unions::union_tags(api),
        }
    }
}

/// Pieces of files, in order: pieces of one path are joined in the order of the jobs.
type Pieces = Result<Vec<(String, String)>>;

/// Emits the crate's files into `sink`, by their path relative to the crate root. The files
/// (and chunks of the types module) are formatted in parallel, each handed on as soon as it
/// is done; the text does not depend on it.
pub fn emit(api: &Api, config: &Config, sink: &mut dyn Sink) -> Result<()> {
    let plan = Plan::new(api, config);
    let checked = Arc::new(docs::CheckedMarkdown::default());
    let piece_bytes = sink.piece_bytes();
    // The jobs hand their pieces to `order`, which is made first; where the types module's
    // jobs begin is known once the jobs are made, and set before any runs.
    let order = Mutex::new(InJobOrder {
        sink: &mut *sink,
        next: usize::MAX,
        first_types_job: usize::MAX,
        waiting: BTreeMap::new(),
        failed: None,
    });
    let put = |index: usize, path: &str, text: String| {
        let mut order = order.lock().unwrap_or_else(PoisonError::into_inner);
        order.put(index, vec![(path.to_owned(), text)]);
    };
    let hand_on = HandOn {
        put: &put,
        piece_bytes,
    };
    let (jobs, first_types_job) = jobs(api, config, &plan, &hand_on);
    // Each job checks the Markdown it writes through the emission's one memo.
    let jobs = jobs
        .into_iter()
        .map(|job| -> Job<'_, Pieces> {
            let checked = checked.clone();
            Box::new(move || docs::with_checked(&checked, job))
        })
        .collect();
    {
        let mut order = order.lock().unwrap_or_else(PoisonError::into_inner);
        order.next = first_types_job;
        order.first_types_job = first_types_job;
    }
    parallel::run_each(jobs, |index, pieces| {
        order
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .hand_on(index, pieces);
    });
    let order = order.into_inner().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, error)) = order.failed {
        return Err(error);
    }
    if let Some(index) = order.waiting.keys().next() {
        return Err(not_rust(format!(
            "the types module's piece {index} came after a gap"
        )));
    }
    for (path, text) in runtime_files(&plan) {
        sink.piece(&path, text)?;
    }
    Ok(())
}

/// The jobs' pieces on their way to the sink. A job before the types module's makes files
/// of its own, handed on at once; the types module's pieces (one job each) are handed on in
/// the jobs' order, a piece done early waiting for those before it.
struct InJobOrder<'s> {
    sink: &'s mut dyn Sink,
    /// The next of the types module's jobs to hand on.
    next: usize,
    first_types_job: usize,
    waiting: BTreeMap<usize, Vec<(String, String)>>,
    /// The first job (by index) that failed, and why: the error reported whatever the
    /// threads' timing.
    failed: Option<(usize, Error)>,
}

impl InJobOrder<'_> {
    fn hand_on(&mut self, index: usize, pieces: Pieces) {
        let pieces = match pieces {
            Ok(pieces) => pieces,
            Err(error) => return self.fail(index, error),
        };
        if index < self.first_types_job {
            return self.put(index, pieces);
        }
        self.waiting.insert(index, pieces);
        while let Some(pieces) = self.waiting.remove(&self.next) {
            self.put(self.next, pieces);
            self.next += 1;
        }
    }

    fn put(&mut self, index: usize, pieces: Vec<(String, String)>) {
        if self.failed.is_some() {
            return;
        }
        for (path, text) in pieces {
            if let Err(error) = self.sink.piece(&path, text) {
                return self.fail(index, error);
            }
        }
    }

    fn fail(&mut self, index: usize, error: Error) {
        if self.failed.as_ref().is_none_or(|(first, _)| index < *first) {
            self.failed = Some((index, error));
        }
    }
}

/// The runtime files copied verbatim into the crate, after the header (that they are Rust
/// is a test of `runtime`: they are constants of the generator).
fn runtime_files(plan: &Plan) -> Vec<(String, String)> {
    let header = &plan.header;
    let mut files = Vec::new();
    let mut add = |path: &str, text: &str| {
        files.push((path.to_owned(), format!("{header}{text}")));
    };
    if plan.needs_fields {
        add(runtime::FIELDS.0, runtime::FIELDS.1);
    }
    if plan.needs_json() {
        add(runtime::JSON.0, runtime::JSON.1);
    }
    if plan.has_client {
        for (path, text) in runtime::FILES {
            add(path, text);
        }
        if plan.pages {
            add(runtime::PAGINATION.0, runtime::PAGINATION.1);
        }
        if plan.streams {
            add(runtime::SSE.0, runtime::SSE.1);
        }
        if plan.forms {
            add(runtime::FORM.0, runtime::FORM.1);
        }
        // The binary's root only includes the program, so that rustfmt leaves it alone.
        files.push(("src/bin/cli.rs".to_owned(), format!("{header}{CLI_ROOT}")));
    }
    files
}

/// Types per job of the types module: small enough to share out, large enough that a job
/// is worth a queue lock.
const TYPES_PER_JOB: usize = 64;

/// The types module's docs and lints, as prettyplease prints them. A union holds its
/// members inline, as serde's own enums do: boxing the large ones (clippy's
/// `large_enum_variant`) would make every constructor of the API's types box and every
/// match deref, for a size that matters only in long lists of them.
const TYPES_HEAD: &str = "//! Every schema the selected operations use, one Rust type each.
#![allow(clippy::large_enum_variant)]
";

/// The formatting work, the longest jobs first: the command line, the client's methods and
/// handles, the files made whole (`Cargo.toml`, the README, `lib.rs`, `support.rs`,
/// `webhooks.rs`, one after the other), the builders and checks (written as text, item by
/// item), then the types module in chunks, which the threads share; and the index of the
/// types module's first job (the jobs before it each make files of their own, no other job
/// adds to).
fn jobs<'a>(
    api: &'a Api,
    config: &'a Config,
    plan: &'a Plan,
    hand_on: &'a HandOn<'a>,
) -> (Vec<Job<'a, Pieces>>, usize) {
    let header = plan.header.as_str();
    let mut jobs: Vec<Job<'a, Pieces>> = Vec::new();
    if plan.has_client {
        let job = jobs.len();
        jobs.push(Box::new(move || {
            let mut file = FileStream::new("src/cli.rs", job, header, hand_on);
            cli_file(&mut file, api, cli::emit_cli(api, config)?)?;
            file.finish();
            Ok(Vec::new())
        }));
        let job = jobs.len();
        jobs.push(Box::new(move || {
            let mut operations = FileStream::new("src/operations.rs", job, header, hand_on);
            let mut resources = FileStream::new("src/resources.rs", job, header, hand_on);
            operations_files(api, config, &mut operations, &mut resources)?;
            operations.finish();
            resources.finish();
            Ok(Vec::new())
        }));
    }
    jobs.push(Box::new(move || whole_files(api, config, plan)));
    if plan.has_validation {
        let job = jobs.len();
        jobs.push(Box::new(move || {
            let items = validation::validation_items(api);
            // Without an impl, the head's imports would go unused.
            let head = match items.is_empty() {
                true => validation::VALIDATION_HEAD_EMPTY,
                false => validation::VALIDATION_HEAD,
            };
            let file = ("src/validation.rs", job, hand_on);
            text_file(file, &format!("{header}{head}"), items)
        }));
    }
    if plan.has_builders {
        let job = jobs.len();
        jobs.push(Box::new(move || {
            let items = builders::builder_items(api)?;
            let file = ("src/builders.rs", job, hand_on);
            text_file(file, &format!("{header}{}", builders::BUILDERS_HEAD), items)
        }));
    }
    let first_types_job = jobs.len();
    jobs.push(Box::new(move || {
        Ok(vec![(
            "src/types.rs".to_owned(),
            spaced_file(header, TYPES_HEAD),
        )])
    }));
    let types: Vec<&TypeDef> = api.types.values().collect();
    for chunk in types.chunks(TYPES_PER_JOB) {
        let chunk = chunk.to_vec();
        jobs.push(Box::new(move || {
            let items = chunk.iter().map(|def| {
                (
                    emit_type(api, plan, def),
                    features::type_features(api, &def.name),
                )
            });
            let text = format_items(items)?;
            Ok(vec![("src/types.rs".to_owned(), text)])
        }));
    }
    (jobs, first_types_job)
}

/// The command line, printed part by part as prettyplease prints the whole file (its
/// top-level items one after the other), the command enums and arguments structs written
/// as text, the runtime's helpers printed ahead of time; spaced as a whole as it goes.
fn cli_file(file: &mut FileStream, api: &Api, cli: cli::CliFile) -> Result<()> {
    let cli::CliFile {
        head,
        mut commands,
        main_tail,
        tail,
    } = cli;
    let settle = |code: String| match text::fits(&code) {
        true => Ok(code),
        false => print_tokens(lex(&code)?),
    };
    file.push(&head);
    commands.write_enums(|piece| file.push(piece))?;
    let mut file_uses = cli::FileUses::default();
    for operation in &api.operations {
        let (args, run) = cli::emit_operation(api, operation);
        file_uses.note(&args, &run);
        let cfg = features::cfg_line(0, api.features.operations.get(&operation.rust_name));
        file.push(&cfg);
        file.push(&settle(args)?);
        file.push(&cfg);
        file.push(&match run.laid_out {
            true => settle(run.code)?,
            false => print_tokens(lex(&run.code)?)?,
        });
    }
    file.push(cli::MAIN_HEAD);
    commands.write_arms(|arm| file.push(arm))?;
    file.push(&main_tail);
    file.push(&runtime::cli_helpers_text());
    file.push(&tail.text(&file_uses));
    Ok(())
}

/// A file written as text, handed on in pieces: `head` (the header and its first lines),
/// then its items, each under its type's `#[cfg]`.
fn text_file(
    (path, job, hand_on): (&str, usize, &HandOn),
    head: &str,
    items: Vec<(Piece, &[String])>,
) -> Pieces {
    // Sized for the items a piece holds (all of them, when the sink keeps files whole), so
    // that the text is not copied at each doubling.
    let capacity = |items: usize| (items * ITEM_BYTES).min(hand_on.piece_bytes);
    let mut text = String::with_capacity(head.len() + capacity(items.len()));
    text.push_str(head);
    let mut items = items
        .into_iter()
        .map(|(piece, features)| (vec![piece], features));
    while items.len() > 0 {
        push_items(&mut text, items.by_ref().take(TYPES_PER_JOB))?;
        if text.len() >= hand_on.piece_bytes {
            let next = String::with_capacity(capacity(items.len()));
            (hand_on.put)(job, path, std::mem::replace(&mut text, next));
        }
    }
    if !text.is_empty() {
        (hand_on.put)(job, path, text);
    }
    Ok(Vec::new())
}

/// The files made whole, one at a time: the manifest, the README and the crate's root (made
/// here, beside the other jobs, not before them on one core), the webhooks and `support.rs`.
fn whole_files(api: &Api, config: &Config, plan: &Plan) -> Pieces {
    let header = plan.header.as_str();
    let mut files = vec![
        ("Cargo.toml".to_owned(), manifest::cargo_toml(api, config)?),
        ("README.md".to_owned(), readme::readme(api, config)),
        (
            "src/lib.rs".to_owned(),
            format_file(header, lib_tokens(api, plan))?,
        ),
    ];
    if !api.webhooks.is_empty() {
        files.push((
            "src/webhooks.rs".to_owned(),
            format_file(header, emit_webhooks(api))?,
        ));
    }
    if plan.needs_support {
        let text = spaced_file(header, &support_text(api, plan));
        files.push(("src/support.rs".to_owned(), text));
    }
    Ok(files)
}

/// `operations.rs`, and `resources.rs` (which reads the client's methods) if the client has
/// resource handles.
fn operations_files(
    api: &Api,
    config: &Config,
    operations: &mut FileStream,
    resources: &mut FileStream,
) -> Result<()> {
    let head = parse_file(operations::emit_head(api, config))?;
    operations.push(&prettyplease::unparse(&head));
    // Each method is made, written and its body dropped before the next is made.
    let mut written = Vec::new();
    let methods = operations::emit_methods(api);
    impl_text(operations, "impl Client {", methods, |method| {
        written.push(method.without_body());
    })?;
    resources::emit_resources(api, &head, &written, resources)
}

/// An `impl` block (`head` is its first line) written method by method, each after its doc
/// comment: as text where it is laid out and fits, else formatted by prettyplease from its
/// text; each handed to `done` once written. Blank lines between the methods are
/// `space_items`'s to add.
fn impl_text<M: Borrow<operations::Method>>(
    out: &mut impl Out,
    head: &str,
    methods: impl IntoIterator<Item = M>,
    mut done: impl FnMut(M),
) -> Result<()> {
    let mut methods = methods.into_iter().peekable();
    if methods.peek().is_none() {
        out.push_text(&format!("{head}}}\n"));
        return Ok(());
    }
    out.push_text(head);
    out.push_text("\n");
    for method in methods {
        let written = method.borrow();
        let code = written.code();
        out.push_text(&written.docs);
        match written.laid_out && text::fits(&code) {
            true => out.push_text(&code),
            false => out.push_text(&formatted_method(&code)?),
        }
        done(method);
    }
    out.push_text("}\n");
    Ok(())
}

/// A method (its text 4 spaces in, with its docs if it has them) as prettyplease lays it
/// out in an `impl`.
fn formatted_method(code: &str) -> Result<String> {
    formatted_within(("impl S {\n", "}\n"), code)
}

/// `code` as prettyplease lays it out between `head` and `tail`, the lines of a file that
/// prettyplease prints as they are (they set the depth `code` is laid out at): one piece
/// formatted alone, where its text cannot be laid out, rather than all that holds it.
fn formatted_within((head, tail): (&str, &str), code: &str) -> Result<String> {
    let file = parse_file(lex(&format!("{head}{code}{tail}"))?)?;
    let printed = prettyplease::unparse(&file);
    printed
        .strip_prefix(head)
        .and_then(|rest| rest.strip_suffix(tail))
        .map(str::to_owned)
        .ok_or_else(|| not_rust(format!("a piece printed as {printed:?}")))
}

/// One named type's items.
fn emit_type(api: &Api, plan: &Plan, def: &TypeDef) -> TypeItems {
    match &def.kind {
        TypeKind::Struct(s) => {
            let tags = plan
                .union_tags
                .get(&def.name)
                .map_or(&[][..], Vec::as_slice);
            structs::emit_struct(api, def, s, tags)
        }
        TypeKind::Enum(e) => enums::emit_enum(def, e)
            .into_iter()
            .map(Piece::Text)
            .collect(),
        TypeKind::Union(u) => unions::emit_union(api, def, u),
        // On one line, or formatted from its tokens if it is longer (see `text::fits`).
        TypeKind::Alias(ty) => vec![Piece::Text(TextItem {
            docs: docs::doc_text(&def.docs, Some(&def.constraints), None, 0),
            code: format!("pub type {} = {};\n", def.name, types::type_text(ty).flat()),
        })],
    }
}

/// The `support` module, printed: only the helpers the types use.
fn support_text(api: &Api, plan: &Plan) -> String {
    let needs_tag_first = api
        .types
        .values()
        .any(|t| matches!(&t.kind, TypeKind::Union(u) if unions::tag_first(u)));
    // A tag-first union with a member that is its tag alone reads it with `tag_only`.
    let needs_tag_only = api.types.values().any(|t| {
        matches!(&t.kind, TypeKind::Union(u) if unions::tag_first(u)
            && u.variants.iter().any(|v| matches!(v.matcher, crate::ir::Matcher::Tagged { payload: None, .. })))
    });
    support::support_text(&support::SupportNeeds {
        enums: plan.needs_enums,
        binary: plan.needs_binary,
        union_items: unions::support_items(api),
        tag_first: needs_tag_first,
        tag_only: needs_tag_only,
    })
}

/// The crate root: its documentation and its modules.
fn lib_tokens(api: &Api, plan: &Plan) -> TokenStream {
    let title = docs::doc_line(&format!(
        " A client for {} (version {}).",
        api.title, api.version
    ));
    let contents = if plan.has_client {
        " Generated from the API's OpenAPI document: [`types`] has every schema, and [`Client`] one method per operation."
    } else {
        " Generated from the API's OpenAPI document: [`types`] has every schema."
    };
    let type_modules = type_modules(api, plan);
    let client_modules = plan.has_client.then(|| client_modules(api, plan));
    let allowances = features::partial_build_allowances(api);
    let features_doc = (!api.features.names.is_empty()).then(|| {
        let lines = [
            "",
            " Each group of operations is a Cargo feature, all on by default: with",
            " `default-features = false` and the groups you use, the crate compiles only their",
            " operations and the types they reach, and the command line (`cli`) only their commands.",
        ];
        quote!(#(#![doc = #lines])*)
    });
    quote! {
        #![doc = #title]
        #![doc = ""]
        #![doc = #contents]
        #features_doc
        #allowances

        #[rustfmt::skip]
        pub mod types;
        #type_modules
        #client_modules
    }
}

/// The crate root's modules beside `types` that the types need (and the webhooks').
fn type_modules(api: &Api, plan: &Plan) -> TokenStream {
    // prettyplease formats the generated files; rustfmt (`cargo fmt` in a workspace that
    // has this crate) must not reformat them, or they would no longer match the generator.
    let webhooks_module = (!api.webhooks.is_empty()).then(|| {
        quote! {
            #[rustfmt::skip]
            pub mod webhooks;
        }
    });
    let fields_module = plan.needs_fields.then(|| {
        quote! {
            pub mod fields;

            pub use fields::{Extra, Nullable};
        }
    });
    let json_module = plan.needs_json().then(|| {
        quote! {
            pub mod json;
        }
    });
    let support_module = plan.needs_support.then(|| {
        let export = plan.needs_binary.then(|| {
            quote!(
                pub use support::FileUpload;
            )
        });
        quote! {
            #[rustfmt::skip]
            mod support;
            #export
        }
    });
    let builders_module = plan.has_builders.then(|| {
        quote! {
            #[rustfmt::skip]
            mod builders;
        }
    });
    quote! {
        #webhooks_module
        #fields_module
        #json_module
        #support_module
        #builders_module
    }
}

/// The crate root's modules and exports of the client.
fn client_modules(api: &Api, plan: &Plan) -> TokenStream {
    let request_modules = plan.has_validation.then(|| {
        quote! {
            #[rustfmt::skip]
            mod validation;
        }
    });
    let resources_module = (!api.resources.is_empty()).then(|| {
        quote! {
            #[rustfmt::skip]
            pub mod resources;
        }
    });
    let pagination_module = plan.pages.then(|| {
        quote! {
            pub mod pagination;

            pub use pagination::Paginator;
        }
    });
    let streams_module = plan.streams.then(|| {
        quote!(
            pub mod sse;
        )
    });
    let streams_export = plan.streams.then(|| {
        quote!(
            pub use sse::{EventStream, JsonLines};
        )
    });
    let forms_module = plan.forms.then(|| {
        quote!(
            mod form;
        )
    });
    quote! {
        pub mod error;
        #streams_module
        pub mod validate;
        mod client;
        #forms_module
        mod response;
        #[rustfmt::skip]
        mod operations;
        #resources_module
        #request_modules

        pub use client::{AttemptInfo, Client, ClientBuilder, Hook, PollOptions, RequestOptions, RetryPolicy};
        pub use response::{Call, Response, ResponseMeta};
        #streams_export
        pub use error::{ApiError, ApiErrorKind, Error, ValidationError, ValidationErrors};
        pub use operations::ApiErrorBody;
        #pagination_module
    }
}

/// The `webhooks` module: for each request the API sends to the user's endpoints (a webhook or
/// a callback), the type its body decodes into.
fn emit_webhooks(api: &Api) -> TokenStream {
    let aliases = api.webhooks.iter().map(|webhook| {
        let name = types::ident(&webhook.rust_name);
        let payload = types::type_tokens_in(&webhook.payload, types::Scope::Crate);
        let mut docs = webhook.docs.clone();
        docs.notes.push(format!(
            "The body of the `{}` request of the {}, sent by the API.",
            webhook.method, webhook.name
        ));
        let docs = docs::doc_attrs(&docs, None, None);
        quote!(#docs pub type #name = #payload;)
    });
    quote! {
        #![doc = " What the API sends to your endpoints (its webhooks and callbacks): decode a received body with"]
        #![doc = " `serde_json::from_slice::<webhooks::Name>(&body)`."]

        #[allow(unused_imports)]
        use crate::types;

        #(#aliases)*
    }
}

fn header(config: &Config) -> String {
    let spec = config
        .spec
        .file_name()
        .map(|name| docs::doc_line(&name.to_string_lossy()))
        .unwrap_or_default();
    format!(
        "// @generated from {spec} by the openapi generator of this repository.\n\
         // Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.\n\n"
    )
}

/// Items as prettyplease prints them, one after the other (printed in parts, a file is the
/// parts' texts in order).
fn print_tokens(tokens: TokenStream) -> Result<String> {
    Ok(prettyplease::unparse(&parse_file(tokens)?))
}

fn format_file(header: &str, tokens: TokenStream) -> Result<String> {
    Ok(format_syntax(header, &parse_file(tokens)?))
}

fn format_syntax(header: &str, file: &syn::File) -> String {
    spaced_file(header, &prettyplease::unparse(file))
}

/// Puts a blank line between items, which prettyplease does not: before a line that starts
/// an item (a doc comment, an attribute, `pub`, `fn`, `impl`, `use`) right after the end of
/// another item at the same indentation.
fn space_items(text: &str) -> String {
    spaced_file("", text)
}

/// `head` (a file's header), then `text` as [`space_items`] spaces it: the file's text is
/// copied once.
fn spaced_file(head: &str, text: &str) -> String {
    let mut out = String::with_capacity(head.len() + text.len() + text.len() / 16);
    out.push_str(head);
    push_spaced(&mut out, None, text);
    if !text.is_empty() && !text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Appends `text` to `out` spaced as [`space_items`] spaces it, `before` being the line
/// before it (the end of a text spaced before, which ended a line); returns its last line.
///
/// A blank line goes only after a line that ends in `}` or `;` ([`blank_between`]'s first
/// test), so only those are looked at: found by a search of the text for the two bytes,
/// where going a line at a time cost some 200 instructions a line (the files streamed for
/// Box's document have 42,000). A text with a `\r` is spaced a line at a time.
fn push_spaced<'t>(out: &mut String, before: Option<&'t str>, text: &'t str) -> Option<&'t str> {
    let bytes = text.as_bytes();
    if memchr::memchr(b'\r', bytes).is_some() {
        return push_spaced_by_line(out, before, text);
    }
    let line_end =
        |from: usize| memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |at| from + at);
    let mut copied = 0;
    if let Some(before) = before {
        if blank_between(before, &text[..line_end(0)]) {
            out.push('\n');
        }
    }
    for at in memchr::memchr2_iter(b'}', b';', bytes) {
        let end = line_end(at + 1);
        // The line's last character other than white space, followed by a line.
        if end + 1 >= bytes.len() || !text[at + 1..end].trim_end().is_empty() {
            continue;
        }
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |at| at + 1);
        let next = &text[end + 1..line_end(end + 1)];
        if blank_between(&text[start..end], next) {
            out.push_str(&text[copied..=end]);
            out.push('\n');
            copied = end + 1;
        }
    }
    out.push_str(&text[copied..]);
    if text.is_empty() {
        return before;
    }
    // The last line, as `text::lines` gives it (the text has no `\r`).
    let last = text.strip_suffix('\n').unwrap_or(text);
    Some(&last[memchr::memrchr(b'\n', last.as_bytes()).map_or(0, |at| at + 1)..])
}

/// [`push_spaced`], a line at a time: for a text with a `\r` (dropped before a line feed).
fn push_spaced_by_line<'t>(
    out: &mut String,
    before: Option<&'t str>,
    text: &'t str,
) -> Option<&'t str> {
    // The text between two blank lines goes in one copy (less the `\r` of a line ending
    // `\r\n`, which `text::lines` drops).
    let (mut copied, mut start) = (0, 0);
    let mut previous = before;
    for line in text::lines(text) {
        if previous.is_some_and(|before| blank_between(before, line)) {
            out.push_str(&text[copied..start]);
            out.push('\n');
            copied = start;
        }
        let end = start + line.len();
        let carriage_return = text.as_bytes().get(end) == Some(&b'\r');
        if carriage_return {
            out.push_str(&text[copied..end]);
            copied = end + 1;
        }
        start = end + usize::from(carriage_return) + 1;
        previous = Some(line);
    }
    out.push_str(&text[copied..]);
    previous
}

/// Whether `space_items` puts a blank line between `before` and `line`. The cheap test (does
/// `before` end an item?) comes first: most lines do not.
fn blank_between(before: &str, line: &str) -> bool {
    // Its last character alone first, from the end: most lines end otherwise.
    if !matches!(before.trim_end().as_bytes().last(), Some(b'}' | b';')) {
        return false;
    }
    // Items are written at most one level in (a file's, a module's or an impl's); deeper
    // lines are statements and match arms (a command's `#[cfg]` arm after a block arm),
    // between which prettyplease leaves no blank line. (Most statements end here.)
    let before_start = trim_indentation(before);
    let line_start = trim_indentation(line);
    let indentation = line.len() - line_start.len();
    if before.len() - before_start.len() != indentation || indentation >= 8 {
        return false;
    }
    let before_trimmed = before_start.trim_end();
    let ended = before_trimmed == "}"
        || (before_trimmed.ends_with(';') && !before_start.starts_with("let "));
    if !ended {
        return false;
    }
    let starts = ITEM_STARTS.iter().any(|p| line_start.starts_with(p));
    let before_is_item_end = before_trimmed == "}"
        || before_trimmed == "};"
        || ITEM_END_STARTS.iter().any(|p| before_start.starts_with(p));
    let both_use = before_start.starts_with("use ") && line_start.starts_with("use ");
    let attribute_group = before_start.starts_with("#[") || before_start.starts_with("///");
    starts && before_is_item_end && !both_use && !attribute_group
}

/// `line.trim_start()`, the indentation's spaces skipped a byte at a time first (every line
/// of the output is trimmed, and `trim_start` decodes each space as a `char`).
fn trim_indentation(line: &str) -> &str {
    let spaces = line.bytes().take_while(|byte| *byte == b' ').count();
    line[spaces..].trim_start()
}

/// The bytes an item of a generated file takes on average, to size the text of many.
const ITEM_BYTES: usize = 3072;

/// How a line that starts an item begins.
const ITEM_STARTS: [&str; 13] = [
    "///", "#[", "pub ", "pub(", "fn ", "impl", "use ", "const ", "async fn", "struct ", "enum ",
    "type ", "mod ",
];

/// How a one-line item that ends where it starts begins (`pub x: T;`, `use ...;`).
const ITEM_END_STARTS: [&str; 7] = ["pub ", "use ", "pub(", "type ", "mod ", "const ", "struct "];

fn parse_file(tokens: TokenStream) -> Result<syn::File> {
    parse_tokens(tokens)
}

fn parse_tokens<T: syn::parse::Parse>(tokens: TokenStream) -> Result<T> {
    syn::parse2(tokens).map_err(not_rust)
}

/// At most [`EXCERPT_CHARS`] characters of `code`, with `...` when cut: the start of code
/// that did not parse, for the error's message, so that a report of the bug says which item
/// it was.
fn excerpt(code: &str) -> String {
    match code.char_indices().nth(EXCERPT_CHARS) {
        Some((end, _)) => format!("{}...", &code[..end]),
        None => code.to_owned(),
    }
}

const EXCERPT_CHARS: usize = 160;

/// The error for emitted code that does not parse: a bug of the generator.
fn not_rust(error: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorKind::Emit,
        format!("the emitted code is not valid Rust: {error}"),
    )
    .with_hint("this is a bug in the generator; please report it with the spec")
}

/// Formats items one by one, each after a blank line, as a person would space them
/// (prettyplease alone puts items on consecutive lines); each group of items under its
/// `#[cfg]`, if it has one, which goes after an item's docs.
fn format_items<'a>(items: impl Iterator<Item = (TypeItems, &'a [String])>) -> Result<String> {
    // Sized for what an item takes on average (3 KB a type in GitHub's document), so that
    // the text is not copied at each doubling.
    let mut text = String::with_capacity(items.size_hint().0 * ITEM_BYTES);
    push_items(&mut text, items)?;
    Ok(text)
}

/// [`format_items`], onto `text`.
fn push_items<'a>(
    text: &mut String,
    items: impl Iterator<Item = (TypeItems, &'a [String])>,
) -> Result<()> {
    // The last `#[cfg]` made, kept for the items after it under the same features: types
    // sorted by name come in runs of one group's (Box's types' jobs make it 398 times, not
    // 1,131).
    let mut last_cfg: Option<(&[String], String)> = None;
    for (pieces, features) in items {
        let cfg_text = match last_cfg.take() {
            Some((last, text)) if last == features => text,
            _ => features::cfg_text(features)?,
        };
        let cfg_text = &last_cfg.insert((features, cfg_text)).1;
        // Parsed once a type, and only for the items formatted from tokens.
        let mut cfg: Option<Option<syn::Attribute>> = None;
        for piece in pieces {
            let tokens = match piece {
                Piece::Text(item) if !text::fits(&item.code) => {
                    lex(&format!("{}{}", item.docs, item.code))?
                }
                Piece::Text(item) | Piece::LaidOut(item) => {
                    text.push('\n');
                    text.push_str(&item.docs);
                    text.push_str(cfg_text);
                    text.push_str(&item.code);
                    continue;
                }
                Piece::Unformatted(code) => lex(&code)?,
            };
            if cfg.is_none() {
                cfg = Some(features::parsed(features::cfg(features))?);
            }
            format_token_items(text, tokens, cfg.as_ref().and_then(Option::as_ref))?;
        }
    }
    Ok(())
}

/// Text written as Rust, back to tokens (for an item written as text that prettyplease may
/// lay out otherwise).
fn lex(text: &str) -> Result<TokenStream> {
    text.parse()
        .map_err(|error| not_rust(format!("{error}, in `{}`", excerpt(text))))
}

fn format_token_items(
    text: &mut String,
    tokens: TokenStream,
    cfg: Option<&syn::Attribute>,
) -> Result<()> {
    for mut item in parse_file(tokens)?.items {
        if let Some(cfg) = cfg {
            features::add_to_item(&mut item, cfg);
        }
        let single = syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: vec![item],
        };
        text.push('\n');
        text.push_str(&space_items(&prettyplease::unparse(&single)));
    }
    Ok(())
}

const CLI_ROOT: &str = "//! The command-line program (feature `cli`); see `src/cli.rs`.

#[rustfmt::skip]
#[path = \"../cli.rs\"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
";

/// Whether the crate needs `FileUpload`: a type holds raw bytes, or a body is raw bytes (which
/// the command line reads from a file) or holds them (a multipart body that is one file).
fn uses_file_upload(api: &Api) -> bool {
    let binary = |ty: &crate::ir::TypeRef| ty.any(&|t| *t == crate::ir::TypeRef::Binary);
    api.types.values().any(|t| holds_binary(&t.kind))
        || api.operations.iter().any(|op| {
            op.request_body
                .as_ref()
                .is_some_and(|b| b.encoding == crate::ir::BodyEncoding::Bytes || binary(&b.ty))
        })
}

/// Whether a type holds raw bytes somewhere.
fn holds_binary(kind: &TypeKind) -> bool {
    let binary = |ty: &crate::ir::TypeRef| ty.any(&|t| *t == crate::ir::TypeRef::Binary);
    match kind {
        TypeKind::Struct(s) => s.fields.iter().any(|f| binary(&f.ty)),
        TypeKind::Alias(ty) => binary(ty),
        TypeKind::Union(u) => u
            .variants
            .iter()
            .any(|v| v.matcher.payload().is_some_and(binary)),
        TypeKind::Enum(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{
        blank_between, emit_type, operations, push_spaced, space_items, spaced_file, text, Piece,
        Plan, TYPES_HEAD,
    };
    use crate::testing;

    /// `spaced_file` copies runs of lines; it writes what a copy line by line writes, line
    /// endings `\r\n` and a last line without one included.
    /// The types module's head, written as text, is what prettyplease prints of it.
    #[test]
    fn the_types_head_is_printed_as_prettyplease_prints_it() {
        let file = syn::parse_file(TYPES_HEAD).expect("the head is Rust");
        assert_eq!(prettyplease::unparse(&file), TYPES_HEAD);
        assert_eq!(file.attrs.len(), 2);
    }

    /// A blank line goes between items, at the file's level and an impl's, and not between
    /// the arms of a `match`, one of which has an attribute (a command's `#[cfg]`).
    #[test]
    fn items_are_spaced_and_arms_are_not() {
        let items = "fn a() {\n    x()\n}\n#[cfg(feature = \"b\")]\nfn b() {}\n";
        let methods = "impl A {\n    fn a() {\n        x()\n    }\n    #[cfg(feature = \"b\")]\n    fn b() {}\n}\n";
        let spaced = |text: &str| {
            text.replacen("}\n ", "}\n\n ", 1)
                .replacen("}\n#", "}\n\n#", 1)
        };
        assert_eq!(space_items(items), spaced(items));
        assert_eq!(space_items(methods), spaced(methods));
        let arms = "fn f() {
    match c {
        C::A(args) => {
            first(&args);
            run(args)
        }
        #[cfg(feature = \"b\")]
        C::B(args) => run(args),
        C::G { command } => {
            match command {
                G::A(args) => {
                    first(&args);
                    run(args)
                }
                #[cfg(feature = \"c\")]
                G::C(args) => run(args),
            }
        }
        #[cfg(feature = \"d\")]
        C::D(args) => run(args),
    }
}
";
        assert_eq!(space_items(arms), arms);
        let parsed = syn::parse_file(arms).expect("the arms are Rust");
        assert_eq!(prettyplease::unparse(&parsed), arms);
    }

    #[test]
    fn spacing_copies_what_a_line_by_line_copy_writes() {
        let by_line = |text: &str| {
            let mut out = String::from("// head\n");
            let mut previous: Option<&str> = None;
            for line in text::lines(text) {
                if previous.is_some_and(|before| blank_between(before, line)) {
                    out.push('\n');
                }
                out.push_str(line);
                out.push('\n');
                previous = Some(line);
            }
            out
        };
        let item = "pub struct A;\nimpl A {\n    fn a() {}\n}\npub fn b() {}\n";
        for text in [
            String::new(),
            item.to_owned(),
            item.replace('\n', "\r\n"),
            item.trim_end().to_owned(),
            format!("{}\r", item.trim_end()),
            "use a;\r\r\nuse b;\n\n}\r\nfn c() {}".to_owned(),
            "a; b;\nfn c() {}\n}; \npub d;\n}\u{3000}\n/// e\n}\t\nimpl F {}\n}".to_owned(),
            "}\n\n;\n}\nfn g() {}\n;".to_owned(),
        ] {
            assert_eq!(spaced_file("// head\n", &text), by_line(&text), "{text:?}");
        }
        // The repository's crate with its blank lines taken out, which spacing puts back.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/src");
        let mut files = 0;
        for entry in std::fs::read_dir(root).expect("the generated crate") {
            let path = entry.expect("a file").path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let unspaced: String = text::lines(&text)
                .filter(|line| !line.is_empty())
                .flat_map(|line| [line, "\n"])
                .collect();
            assert_eq!(
                spaced_file("// head\n", &unspaced),
                by_line(&unspaced),
                "{path:?}"
            );
            files += 1;
        }
        assert!(files > 10, "{files} files");
    }

    /// Spaced in two parts, the second after the first's last line, a text is spaced as it
    /// is whole, at every cut between lines.
    #[test]
    fn spacing_in_parts_spaces_as_the_whole() {
        let text = "use a;\nfn b() {}\npub struct C;\nimpl C {\n    fn d() {}\n    fn e() {}\n}\n\
            const F: u8 = 1;\n/// G\npub enum G {}\n";
        let whole = spaced_file("", text);
        for (cut, _) in text.match_indices('\n') {
            let mut out = String::new();
            let last = push_spaced(&mut out, None, &text[..=cut]);
            push_spaced(&mut out, last, &text[cut + 1..]);
            assert_eq!(out, whole, "{cut}");
        }
    }

    /// What is written as text goes out as it is; an item with a line past the margin is
    /// parsed and printed by prettyplease instead, which costs ten times as much (a line
    /// one column too long sent every query parameter struct there once, unnoticed, as
    /// its output was the same). Every type of every fixture is laid out as text, and so
    /// is every method but those whose emitter leaves them to prettyplease on purpose (a
    /// poll's loop, the `QUERY` method, a multipart body that is not an object).
    #[test]
    fn every_type_and_method_of_the_fixtures_is_laid_out_as_text() {
        let (mut types, mut methods) = (0, 0);
        for spec in testing::specs() {
            let config = testing::config(&spec);
            let api = testing::lowered_file(&config);
            let plan = Plan::new(&api, &config);
            for def in api.types.values() {
                for piece in emit_type(&api, &plan, def) {
                    match piece {
                        Piece::Text(item) | Piece::LaidOut(item) => assert!(
                            text::fits(&item.code),
                            "{} of {}:\n{}",
                            def.name,
                            spec.display(),
                            item.code
                        ),
                        Piece::Unformatted(code) => {
                            panic!("{} of {}:\n{code}", def.name, spec.display())
                        }
                    }
                    types += 1;
                }
            }
            for method in operations::emit_methods(&api).filter(|m| m.laid_out) {
                let code = method.code();
                assert!(text::fits(&code), "a method of {}:\n{code}", spec.display());
                methods += 1;
            }
        }
        assert!(
            types > 1000 && methods > 50,
            "{types} items, {methods} methods"
        );
    }

    /// A fixture's crate with a client, as emitted.
    struct ClientCrate {
        name: String,
        plan: Plan,
        api: crate::ir::Api,
        files: std::collections::BTreeMap<String, String>,
    }

    /// The crate of every fixture that has operations.
    fn client_crates() -> Vec<ClientCrate> {
        let mut crates = Vec::new();
        for spec in testing::specs() {
            let config = testing::config(&spec);
            let api = testing::lowered_file(&config);
            if api.operations.is_empty() {
                continue;
            }
            let mut files = crate::write::InMemory::default();
            super::emit(&api, &config, &mut files).expect("it emits");
            crates.push(ClientCrate {
                name: spec.display().to_string(),
                plan: Plan::new(&api, &config),
                api,
                files: files.into_files(),
            });
        }
        crates
    }

    /// The runtime's streams (`sse.rs`) and pages (`pagination.rs`) are in a crate, and
    /// declared by its root, exactly when an operation streams or pages: a crate of neither
    /// compiles none of them (the petstore crate's rustc takes 8 % fewer instructions).
    #[test]
    fn streams_and_pages_are_in_the_crates_that_have_them() {
        let (mut with_streams, mut without_streams) = (0, 0);
        for ClientCrate {
            name,
            plan,
            api,
            files,
        } in client_crates()
        {
            let lib = &files["src/lib.rs"];
            let streams = api.operations.iter().any(|op| op.success.stream.is_some());
            assert_eq!(files.contains_key("src/sse.rs"), streams, "{name}");
            assert_eq!(lib.contains("pub mod sse;"), streams, "{name}");
            assert_eq!(lib.contains("pub use sse::"), streams, "{name}");
            assert_eq!(
                files.contains_key("src/pagination.rs"),
                plan.pages,
                "{name}"
            );
            assert_eq!(lib.contains("pub mod pagination;"), plan.pages, "{name}");
            let client = &files["src/client.rs"];
            assert!(!client.contains("fn send_events") && !client.contains("fn send_page"));
            match streams {
                true => with_streams += 1,
                false => without_streams += 1,
            }
        }
        assert!(
            with_streams >= 2 && without_streams >= 5,
            "{with_streams}, {without_streams}"
        );
    }

    /// The runtime's multipart forms (`form.rs`), reqwest's `multipart` feature and
    /// `mime_guess` are in a crate exactly when an operation sends a multipart body; the
    /// client itself names none of them.
    #[test]
    fn forms_are_in_the_crates_that_send_them() {
        let (mut with_forms, mut without_forms) = (0, 0);
        for ClientCrate {
            name, api, files, ..
        } in client_crates()
        {
            let forms = api.operations.iter().any(|op| {
                let body = op.request_body.as_ref();
                body.is_some_and(|body| body.encoding == crate::ir::BodyEncoding::Multipart)
            });
            assert_eq!(files.contains_key("src/form.rs"), forms, "{name}");
            assert_eq!(files["src/lib.rs"].contains("mod form;"), forms, "{name}");
            let manifest: toml_edit::DocumentMut =
                files["Cargo.toml"].parse().expect("the manifest parses");
            let features = manifest["dependencies"]["reqwest"]["features"].as_array();
            let features: Vec<&str> = features
                .into_iter()
                .flatten()
                .flat_map(|f| f.as_str())
                .collect();
            assert_eq!(
                features.contains(&"multipart"),
                forms,
                "{name}: {features:?}"
            );
            assert!(features.contains(&"rustls-tls"), "{name}: {features:?}");
            let dependencies = manifest["dependencies"].as_table();
            let mime_guess = dependencies.is_some_and(|table| table.contains_key("mime_guess"));
            assert_eq!(mime_guess, forms, "{name}");
            assert!(!files["src/client.rs"].contains("multipart::"), "{name}");
            match forms {
                true => with_forms += 1,
                false => without_forms += 1,
            }
        }
        assert!(
            with_forms >= 2 && without_forms >= 5,
            "{with_forms}, {without_forms}"
        );
    }
}
