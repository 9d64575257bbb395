//! Stage 4: emission. Reads only the IR and writes the generated crate's files, formatted by
//! prettyplease. One module per kind of item.

mod builders;
mod cli;
mod docs;
mod enums;
mod manifest;
mod operations;
mod pagination;
mod readme;
mod resources;
mod runtime;
mod structs;
mod support;
mod types;
mod unions;
mod validation;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::config::Config;
use crate::error::{Error, ErrorKind, Result};
use crate::ir::{Api, TypeKind};

/// Emits the crate's files, keyed by their path relative to the crate root.
pub fn emit(api: &Api, config: &Config) -> Result<BTreeMap<String, String>> {
    let header = header(config);
    let mut files = BTreeMap::new();
    files.insert("Cargo.toml".to_owned(), manifest::cargo_toml(api, config)?);
    files.insert("README.md".to_owned(), readme::readme(api, config));

    let needs_enums = api
        .types
        .values()
        .any(|t| matches!(t.kind, TypeKind::Enum(_)));
    let needs_unions = api
        .types
        .values()
        .any(|t| matches!(t.kind, TypeKind::Union(_)));
    // prettyplease formats the generated files; rustfmt (`cargo fmt` in a workspace that
    // has this crate) must not reformat them, or they would no longer match the generator.
    let needs_binary = uses_file_upload(api);
    let needs_support = needs_enums || needs_unions || needs_binary;
    let support_module = needs_support.then(|| {
        let export = needs_binary.then(|| {
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
    // Object types keep their extra properties with it; tag-first unions read keys with it.
    let needs_fields = api.types.values().any(|t| match &t.kind {
        TypeKind::Struct(s) => s.keeps_extra,
        TypeKind::Union(u) => unions::tag_first(u),
        _ => false,
    });
    let fields_module = needs_fields.then(|| {
        quote! {
            pub mod fields;

            pub use fields::{Extra, Nullable};
        }
    });
    let title = docs::doc_line(&format!(
        " A client for {} (version {}).",
        api.title, api.version
    ));
    let has_client = !api.operations.is_empty();
    let has_requests = !validation::request_types(api).is_empty();
    let request_modules = has_requests.then(|| {
        quote! {
            #[rustfmt::skip]
            mod validation;
        }
    });
    let has_builders = builders::has_builders(api);
    let builders_module = has_builders.then(|| {
        quote! {
            #[rustfmt::skip]
            mod builders;
        }
    });
    let resources_module = (!api.resources.is_empty()).then(|| {
        quote! {
            #[rustfmt::skip]
            pub mod resources;
        }
    });
    let pages = api
        .operations
        .iter()
        .any(|op| pagination::paginates(api, op));
    let pagination_module = pages.then(|| {
        quote! {
            pub mod pagination;

            pub use pagination::Paginator;
        }
    });
    let client_modules = has_client.then(|| {
        quote! {
            pub mod error;
            pub mod sse;
            pub mod validate;
            mod client;
            mod response;
            #[rustfmt::skip]
            mod operations;
            #resources_module
            #request_modules

            pub use client::{AttemptInfo, Client, ClientBuilder, Hook, PollOptions, RequestOptions, RetryPolicy};
            pub use response::{Call, Response, ResponseMeta};
            pub use sse::{EventStream, JsonLines};
            pub use error::{ApiError, ApiErrorKind, Error, ValidationError, ValidationErrors};
            pub use operations::ApiErrorBody;
            #pagination_module
        }
    });
    let contents = if has_client {
        " Generated from the API's OpenAPI document: [`types`] has every schema, and [`Client`] one method per operation."
    } else {
        " Generated from the API's OpenAPI document: [`types`] has every schema."
    };
    let webhooks_module = (!api.webhooks.is_empty()).then(|| {
        quote! {
            #[rustfmt::skip]
            pub mod webhooks;
        }
    });
    let lib = quote! {
        #![doc = #title]
        #![doc = ""]
        #![doc = #contents]

        #[rustfmt::skip]
        pub mod types;
        #webhooks_module
        #fields_module
        #support_module
        #builders_module
        #client_modules
    };
    files.insert("src/lib.rs".to_owned(), format_file(&header, lib)?);

    let items = api.types.values().map(|def| match &def.kind {
        TypeKind::Struct(s) => structs::emit_struct(api, def, s),
        TypeKind::Enum(e) => enums::emit_enum(def, e),
        TypeKind::Union(u) => unions::emit_union(api, def, u),
        TypeKind::Alias(ty) => {
            let name = types::ident(&def.name);
            let ty = types::type_tokens(ty);
            let docs = docs::doc_attrs(&def.docs, Some(&def.constraints), None);
            quote!(#docs pub type #name = #ty;)
        }
    });
    let module_doc =
        quote!(#![doc = " Every schema the selected operations use, one Rust type each."]);
    files.insert(
        "src/types.rs".to_owned(),
        format_items(&header, module_doc, items)?,
    );
    if !api.webhooks.is_empty() {
        files.insert(
            "src/webhooks.rs".to_owned(),
            format_file(&header, emit_webhooks(api))?,
        );
    }
    if needs_fields {
        let (path, text) = runtime::FIELDS;
        runtime::check_file(path, text)?;
        files.insert(path.to_owned(), format!("{header}{text}"));
    }
    if has_client {
        for (path, text) in runtime::FILES {
            runtime::check_file(path, text)?;
            files.insert((*path).to_owned(), format!("{header}{text}"));
        }
        if pages {
            let (path, text) = runtime::PAGINATION;
            runtime::check_file(path, text)?;
            files.insert(path.to_owned(), format!("{header}{text}"));
        }
        let cli = cli::emit_cli(api, config)?;
        files.insert("src/cli.rs".to_owned(), format_file(&header, cli)?);
        // The binary's root only includes the program, so that rustfmt leaves it alone.
        files.insert("src/bin/cli.rs".to_owned(), format!("{header}{CLI_ROOT}"));
        let operations = parse_file(operations::emit_operations(api, config))?;
        if let Some(resources) = resources::emit_resources(api, &operations) {
            files.insert(
                "src/resources.rs".to_owned(),
                format_file(&header, resources)?,
            );
        }
        files.insert(
            "src/operations.rs".to_owned(),
            format_syntax(&header, &operations),
        );
        let validation = validation::emit_validation(api);
        files.insert(
            "src/validation.rs".to_owned(),
            format_file(&header, validation)?,
        );
    }
    if has_builders {
        let builders = builders::emit_builders(api);
        files.insert(
            "src/builders.rs".to_owned(),
            format_file(&header, builders)?,
        );
    }
    if needs_support {
        let needs_tag_first = api
            .types
            .values()
            .any(|t| matches!(&t.kind, TypeKind::Union(u) if unions::tag_first(u)));
        // A tag-first union with a member that is its tag alone reads it with `tag_only`.
        let needs_tag_only = api.types.values().any(|t| {
            matches!(&t.kind, TypeKind::Union(u) if unions::tag_first(u)
                && u.variants.iter().any(|v| matches!(v.matcher, crate::ir::Matcher::Tagged { payload: None, .. })))
        });
        let support = support::emit_support(
            needs_enums,
            needs_unions,
            needs_binary,
            needs_tag_first,
            needs_tag_only,
        )?;
        let support = quote! {
            //! Helpers shared by the generated types.

            #support
        };
        files.insert("src/support.rs".to_owned(), format_file(&header, support)?);
    }
    Ok(files)
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

fn format_file(header: &str, tokens: TokenStream) -> Result<String> {
    Ok(format_syntax(header, &parse_file(tokens)?))
}

fn format_syntax(header: &str, file: &syn::File) -> String {
    format!("{header}{}", space_items(&prettyplease::unparse(file)))
}

/// Puts a blank line between items, which prettyplease does not: before a line that starts
/// an item (a doc comment, an attribute, `pub`, `fn`, `impl`, `use`) right after the end of
/// another item at the same indentation.
fn space_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(before) = previous {
            let indent = |l: &str| l.len() - l.trim_start().len();
            let ended = before.trim() == "}"
                || (before.trim_end().ends_with(';') && !before.trim_start().starts_with("let "));
            let starts = [
                "///", "#[", "pub ", "pub(", "fn ", "impl", "use ", "const ", "async fn",
                "struct ", "enum ", "type ", "mod ",
            ]
            .iter()
            .any(|p| line.trim_start().starts_with(p));
            let same_level = indent(before) == indent(line);
            let before_is_item_end = before.trim() == "}"
                || before.trim() == "};"
                || before.trim_start().starts_with("pub ")
                || before.trim_start().starts_with("use ")
                || before.trim_start().starts_with("pub(")
                || before.trim_start().starts_with("type ")
                || before.trim_start().starts_with("mod ")
                || before.trim_start().starts_with("const ");
            let both_use =
                before.trim_start().starts_with("use ") && line.trim_start().starts_with("use ");
            let attribute_group =
                before.trim_start().starts_with("#[") || before.trim_start().starts_with("///");
            if ended && starts && same_level && before_is_item_end && !both_use && !attribute_group
            {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

fn parse_file(tokens: TokenStream) -> Result<syn::File> {
    syn::parse2(tokens).map_err(|e| {
        Error::new(
            ErrorKind::Emit,
            format!("the emitted code is not valid Rust: {e}"),
        )
        .with_hint("this is a bug in the generator; please report it with the spec")
    })
}

/// Formats items one by one and joins them with a blank line, as a person would space them
/// (prettyplease alone puts items on consecutive lines).
fn format_items(
    header: &str,
    module_doc: TokenStream,
    items: impl Iterator<Item = TokenStream>,
) -> Result<String> {
    let mut text = format_file(header, module_doc)?;
    for tokens in items {
        let file = parse_file(tokens)?;
        for item in file.items {
            let single = syn::File {
                shebang: None,
                attrs: Vec::new(),
                items: vec![item],
            };
            text.push('\n');
            text.push_str(&space_items(&prettyplease::unparse(&single)));
        }
    }
    Ok(text)
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
/// the command line reads from a file).
fn uses_file_upload(api: &Api) -> bool {
    api.types.values().any(|t| holds_binary(&t.kind))
        || api.operations.iter().any(|op| {
            op.request_body
                .as_ref()
                .is_some_and(|b| b.encoding == crate::ir::BodyEncoding::Bytes)
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
