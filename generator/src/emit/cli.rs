//! A command-line program for the operations, as `src/bin/cli.rs` behind the `cli` feature:
//! a subcommand per operation, a flag per parameter and per top-level body field (complex
//! ones as JSON or `@file.json`), `--stream` where the answer can be events.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{doc_attrs, doc_line};
use super::operations::{answers_bytes, stream_flag, stream_type, success_type};
use super::types::{ident, type_tokens_in, Scope};
use crate::config::{ClientConfig, Config};
use crate::error::Result;
use crate::ir::{Api, Docs, Operation, ParameterLocation, Presence, Struct, TypeKind, TypeRef};
use crate::naming::{self, Names};

/// How a value is read from its flag.
enum Reading {
    /// clap parses it (strings, numbers).
    Plain,
    /// Booleans take a value (`--flag true`), so an optional one can be left unset.
    Boolean,
    /// An open string enum, through its `From<&str>`.
    Text,
    /// JSON text, or `@file.json`; text that is not JSON is taken as a JSON string.
    Json,
    /// `@path`: a file's bytes.
    File,
}

fn reading(api: &Api, ty: &TypeRef) -> Reading {
    match api.resolve_alias(ty) {
        TypeRef::String | TypeRef::Integer(_) | TypeRef::Number => Reading::Plain,
        TypeRef::Boolean => Reading::Boolean,
        TypeRef::Binary => Reading::File,
        TypeRef::Named(name)
            if matches!(
                api.types.get(name).map(|d| &d.kind),
                Some(TypeKind::Enum(_))
            ) =>
        {
            Reading::Text
        }
        _ => Reading::Json,
    }
}

/// One flag: the field of the arguments struct and how it becomes a value of the call.
struct Flag {
    field: proc_macro2::Ident,
    declaration: TokenStream,
}

fn flag(api: &Api, rust_name: &str, ty: &TypeRef, required: bool, docs: &Docs) -> Flag {
    // A `$ref` property has no description of its own: the type's serves.
    let mut docs = match (&docs.description, api.resolve_alias(ty)) {
        (None, TypeRef::Named(name)) => api
            .types
            .get(name)
            .map_or_else(|| docs.clone(), |d| d.docs.clone()),
        _ => docs.clone(),
    };
    if matches!(reading(api, ty), Reading::Json) {
        docs.notes.push("As JSON, or @file.json.".into());
    }
    if matches!(reading(api, ty), Reading::File) {
        docs.notes.push("As @path of the file.".into());
    }
    let docs = &docs;
    // `rust_name` is snake_case already; a keyword becomes raw (`--type` from `r#type`).
    let field = ident(&naming::field_name(rust_name));
    let docs = doc_attrs(docs, None, None);
    // clap gives `Vec` and `Option` flags their own meaning (repeated, optional); a JSON
    // flag holds its whole value, so its type is spelled through an alias clap does not know.
    let value_type = match reading(api, ty) {
        Reading::Json => {
            let inner = type_tokens_in(ty, Scope::Program);
            quote!(Whole<#inner>)
        }
        _ => type_tokens_in(ty, Scope::Program),
    };
    let attribute = match reading(api, ty) {
        Reading::Plain => quote!(#[arg(long)]),
        Reading::Boolean => quote!(#[arg(long, action = clap::ArgAction::Set)]),
        Reading::Text => quote!(#[arg(long, value_parser = text::<#value_type>)]),
        Reading::Json => quote!(#[arg(long, value_parser = json::<#value_type>)]),
        Reading::File => quote!(#[arg(long, value_parser = file)]),
    };
    let ty = if required {
        value_type
    } else {
        quote!(Option<#value_type>)
    };
    Flag {
        declaration: quote! {
            #docs
            #attribute
            #field: #ty,
        },
        field,
    }
}

pub fn emit_cli(api: &Api, config: &Config) -> Result<TokenStream> {
    let helpers = super::runtime::cli_helper_items()?;
    let krate = format_ident!("{}", config.crate_name.replace('-', "_"));
    let mut variants = Vec::new();
    let mut structs = Vec::new();
    let mut arms = Vec::new();
    for op in &api.operations {
        let (variant, args, arm) = emit_operation(api, op);
        variants.push(variant);
        structs.push(args);
        arms.push(arm);
    }
    let file_reader = super::uses_file_upload(api).then(|| {
        quote! {
            use #krate::FileUpload;

            /// `@path`: a file to upload.
            fn file(text: &str) -> Result<FileUpload, String> {
                let path = text.strip_prefix('@').unwrap_or(text);
                let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
                let name = std::path::Path::new(path)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                Ok(FileUpload::new(name, bytes))
            }
        }
    });
    let null_reader = sends_null(api).then(|| {
        quote! {
            use #krate::Nullable;

            /// A property's value from its flag, or `null` if `--null` names it, or absent.
            fn nullable<T>(value: Option<T>, null: &[String], property: &str) -> Nullable<T> {
                match value {
                    Some(value) => Nullable::Value(value),
                    None if null.iter().any(|name| name == property) => Nullable::Null,
                    None => Nullable::Absent,
                }
            }
        }
    });
    // Where no operation answers JSON there is nothing to print compactly.
    let prints_json = api.operations.iter().any(|op| success_type(op).is_some());
    let compact_flag = prints_json.then(|| {
        quote! {
            /// Print JSON on one line instead of pretty.
            #[arg(long, global = true)]
            compact: bool,
        }
    });
    let compact_binding = prints_json.then(|| quote!(let compact = cli.compact;));
    let print = prints_json.then(|| {
        quote! {
            /// Prints a value as JSON.
            fn print<T: serde::Serialize>(value: &T, compact: bool) -> Result<(), Error> {
                let text = if compact { serde_json::to_string(value) } else { serde_json::to_string_pretty(value) };
                println!("{}", text.map_err(Error::Encode)?);
                Ok(())
            }
        }
    });
    let key_source = key_source(&config.client);
    let about = doc_line(&format!(
        " A command line for {} {}, generated from its OpenAPI document.",
        api.title, api.version
    ));
    Ok(quote! {
        #![doc = #about]
        #![doc = ""]
        #![doc = #key_source]

        use std::io::Write;
        use std::process::ExitCode;

        use clap::Parser;
        #[allow(unused_imports)]
        use #krate::types;
        use #krate::{Client, ClientBuilder, Error};

        /// A flag's value as one piece (see `json`).
        #[allow(dead_code)]
        type Whole<T> = T;

        #[doc = #about]
        #[derive(Parser)]
        #[command(version)]
        struct Cli {
            /// The API's base URL (default: the spec's server, or the environment's).
            #[arg(long, global = true)]
            base_url: Option<String>,
            #compact_flag
            #[command(subcommand)]
            command: Command,
        }

        // Parsed once per run: the size of the biggest arguments does not matter. Variant
        // names are the API's operation ids, shared prefixes and all.
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
        #[derive(clap::Subcommand)]
        enum Command {
            #(#variants)*
        }

        #(#structs)*

        #[tokio::main(flavor = "current_thread")]
        pub async fn main() -> ExitCode {
            let cli = Cli::parse();
            match run(cli).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("error: {error}");
                    ExitCode::from(exit_code(&error))
                }
            }
        }

        async fn run(cli: Cli) -> Result<(), Error> {
            let mut builder = ClientBuilder::default().from_env();
            if let Some(url) = &cli.base_url {
                builder = builder.base_url(url);
            }
            let client: Client = builder.build()?;
            #compact_binding
            match cli.command {
                #(#arms)*
            }
        }

        #print

        #helpers

        #file_reader
        #null_reader
    })
}

/// Where the program finds the API key, as its module documentation says.
fn key_source(client: &ClientConfig) -> String {
    match &client.api_key_env {
        Some(key) => format!(
            " The API key comes from `{key}`, read by `ClientBuilder::from_env` with the \
             other variables it knows."
        ),
        None => " The API key is not read from the environment: this API's client has no variable for it.".to_owned(),
    }
}

/// The subcommand variant, its arguments struct, and its arm in `run`.
fn emit_operation(api: &Api, op: &Operation) -> (TokenStream, TokenStream, TokenStream) {
    // From the method's name, which is unique (`getItem` and `get_item` are two methods).
    let base = naming::type_name(op.rust_name.trim_start_matches("r#"));
    let variant = ident(&base);
    let args_name = format_ident!("{}Args", base);
    let mut names = Names::default();
    for taken in ["stream", "base_url", "compact"] {
        names.claim_snake(taken);
    }
    let pages = super::pagination::paginates(api, op);
    if pages {
        names.claim_snake("max_items");
    }
    let mut flags = Vec::new();
    let mut call_arguments = Vec::new();
    for parameter in &op.parameters {
        if parameter.constant.is_some()
            || !matches!(
                parameter.location,
                ParameterLocation::Path | ParameterLocation::Header
            )
        {
            continue;
        }
        let name = names.claim_snake(parameter.rust_name.trim_start_matches("r#"));
        let f = flag(
            api,
            &name,
            &parameter.ty,
            parameter.required,
            &parameter.docs,
        );
        let field = f.field.clone();
        call_arguments.push(match (&parameter.ty, parameter.required) {
            (TypeRef::String, true) => quote!(&args.#field),
            (TypeRef::String | TypeRef::Array(_), false) => quote!(args.#field.as_deref()),
            (TypeRef::Integer(_) | TypeRef::Number | TypeRef::Boolean, _) => quote!(args.#field),
            (_, true) => quote!(&args.#field),
            (_, false) => quote!(args.#field.as_ref()),
        });
        flags.push(f);
    }
    // Query parameters: the fields of the operation's params struct.
    let query =
        op.query_type
            .as_ref()
            .and_then(|name| match api.types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Struct(s)) => Some((name, s)),
                _ => None,
            });
    let mut params_literal = None;
    if let Some((name, fields)) = query {
        let values = struct_fields(api, fields, &mut names, &mut flags, None);
        params_literal = Some(build_struct(api, name, fields, quote!(params), &values));
        call_arguments.push(quote!(&params));
    }
    // The body: a flag per top-level field of a struct body, else one `--body` JSON flag.
    let streams = stream_type(op).is_some();
    let mut body_literal = None;
    if let Some(request_body) = &op.request_body {
        let ty = &request_body.ty;
        let struct_fields_of = match api.resolve_alias(ty) {
            TypeRef::Named(name) => match api.types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Struct(s)) => Some((name, s)),
                _ => None,
            },
            _ => None,
        };
        let stream_field = if streams {
            stream_flag(api, ty).map(|(field, _)| field)
        } else {
            None
        };
        match struct_fields_of {
            Some((name, fields)) => {
                let values =
                    struct_fields(api, fields, &mut names, &mut flags, stream_field.as_deref());
                body_literal = Some(build_struct(api, name, fields, quote!(body), &values));
            }
            None => {
                let f = flag(
                    api,
                    &names.claim_snake("body"),
                    ty,
                    true,
                    &Docs {
                        description: Some("The request body, as JSON or @file.json.".into()),
                        ..Docs::default()
                    },
                );
                let field = f.field.clone();
                body_literal = Some(quote!(let body = args.#field;));
                flags.push(f);
            }
        }
        call_arguments.push(body_argument(request_body));
    }
    let stream_switch = streams.then(|| {
        quote! {
            /// Print the answer's events as they arrive, one JSON object a line.
            #[arg(long)]
            stream: bool,
        }
    });
    let max_items_switch = pages.then(|| {
        quote! {
            /// Walk the pages and print up to N items, one JSON value a line.
            #[arg(long, value_name = "N")]
            max_items: Option<usize>,
        }
    });
    let declarations = flags.iter().map(|f| &f.declaration);
    let docs = doc_attrs(&op.docs, None, None);
    let method = ident(&op.rust_name);
    let output = match success_type(op) {
        Some(_) => quote!(print(&client.#method(#(#call_arguments),*).await?, compact)),
        None if answers_bytes(op) => {
            quote!(write_bytes(&client.#method(#(#call_arguments),*).await?))
        }
        None => quote!(client.#method(#(#call_arguments),*).await),
    };
    let call = if streams {
        let stream_method = super::operations::derived_method(&op.rust_name, "stream");
        quote! {
            if args.stream {
                print_events(client.#stream_method(#(#call_arguments),*).await?).await
            } else {
                #output
            }
        }
    } else {
        output
    };
    let call = if pages {
        let paginator = super::operations::derived_method(&op.rust_name, "paginator");
        quote! {
            if let Some(max) = args.max_items {
                print_events(client.#paginator(#(#call_arguments),*).max_items(max).items()).await
            } else {
                #call
            }
        }
    } else {
        call
    };
    let variant_tokens = quote! {
        #docs
        #variant(#args_name),
    };
    let args_struct = quote! {
        #[derive(clap::Args)]
        struct #args_name {
            #(#declarations)*
            #stream_switch
            #max_items_switch
        }
    };
    let binding = if flags.is_empty() && !streams && !pages {
        quote!(_)
    } else {
        quote!(args)
    };
    let arm = quote! {
        Command::#variant(#binding) => {
            #params_literal
            #body_literal
            #call
        }
    };
    (variant_tokens, args_struct, arm)
}

/// The body as the client method takes it, from the `body` binding.
fn body_argument(body: &crate::ir::RequestBody) -> TokenStream {
    use crate::ir::BodyEncoding;
    let value = match body.encoding {
        BodyEncoding::Text => quote!(body.clone()),
        BodyEncoding::Bytes if body.required => quote!(body.bytes.clone()),
        BodyEncoding::Bytes => quote!(body.bytes.clone().into()),
        _ => quote!(&body),
    };
    if body.required {
        value
    } else {
        quote!(Some(#value))
    }
}

/// Whether some command's body has a property that may be sent as `null` (so `--null`
/// exists and needs its reader).
fn sends_null(api: &Api) -> bool {
    api.operations.iter().any(|op| {
        let Some(body) = &op.request_body else {
            return false;
        };
        let stream_field = stream_type(op)
            .is_some()
            .then(|| stream_flag(api, &body.ty).map(|(field, _)| field))
            .flatten();
        match api.resolve_alias(&body.ty) {
            TypeRef::Named(name) => match api.types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Struct(s)) => s.fields.iter().any(|f| {
                    f.presence == Presence::OptionalNullable
                        && Some(&f.rust_name) != stream_field.as_ref()
                }),
                _ => false,
            },
            _ => false,
        }
    })
}

/// Statements that bind `variable` to a struct built from `values` (each field's value, in
/// the struct's order): the struct is `#[non_exhaustive]`, and this program is another crate
/// than the library, so it is built as a user builds it, with `new` or `Default`, and the
/// other fields assigned.
fn build_struct(
    api: &Api,
    name: &str,
    s: &Struct,
    variable: TokenStream,
    values: &[TokenStream],
) -> TokenStream {
    let name = ident(name);
    let asked = super::builders::asked_for(api, s);
    let mut arguments = Vec::new();
    let mut assignments = Vec::new();
    for (field, value) in s.fields.iter().zip(values) {
        let target = ident(&field.rust_name);
        if asked.iter().any(|f| f.rust_name == field.rust_name) {
            arguments.push(value);
        } else {
            assignments.push(quote!(#variable.#target = #value;));
        }
    }
    let constructor = match super::builders::construction(api, s) {
        super::builders::Construction::New => quote!(types::#name::new(#(#arguments),*)),
        super::builders::Construction::Default => quote!(types::#name::default()),
    };
    let mutable = (!assignments.is_empty()).then(|| quote!(mut));
    quote! {
        let #mutable #variable = #constructor;
        #(#assignments)*
    }
}

/// Flags for a struct's fields, and each field's value, in the struct's order. The body's `stream`
/// property is not a flag where `--stream` picks the streaming call. A property that may be
/// sent as `null` is named by the repeatable `--null PROPERTY` flag to do so.
fn struct_fields(
    api: &Api,
    s: &Struct,
    names: &mut Names,
    flags: &mut Vec<Flag>,
    stream_field: Option<&str>,
) -> Vec<TokenStream> {
    let nullable: Vec<&str> = s
        .fields
        .iter()
        .filter(|f| {
            f.presence == Presence::OptionalNullable && Some(f.rust_name.as_str()) != stream_field
        })
        .map(|f| f.wire_name.as_str())
        .collect();
    // Named first (so no field's flag takes `--null`), listed after the fields' flags.
    let null_flag = (!nullable.is_empty()).then(|| {
        let name = names.claim_snake("null");
        let field = ident(&name);
        let long = name.replace('_', "-");
        let flag = Flag {
            declaration: quote! {
                /// Sends this property as an explicit `null` (to clear its value); repeat it
                /// for several. A value given for the property wins.
                #[arg(long = #long, value_name = "PROPERTY", value_parser = [#(#nullable),*])]
                #field: Vec<String>,
            },
            field: field.clone(),
        };
        (field, flag)
    });
    let (null_flag, null_declaration) = null_flag.unzip();
    let values = s
        .fields
        .iter()
        .map(|field| {
            if Some(field.rust_name.as_str()) == stream_field {
                return match field.presence {
                    Presence::Required => quote!(false),
                    Presence::OptionalNullable => quote!(Nullable::Absent),
                    _ => quote!(None),
                };
            }
            let name = names.claim_snake(field.rust_name.trim_start_matches("r#"));
            let f = flag(
                api,
                &name,
                &field.ty,
                field.presence == Presence::Required,
                &field.docs,
            );
            let source = f.field.clone();
            flags.push(f);
            match (&null_flag, field.presence) {
                (Some(null), Presence::OptionalNullable) => {
                    let wire = &field.wire_name;
                    quote!(nullable(args.#source, &args.#null, #wire))
                }
                _ => quote!(args.#source),
            }
        })
        .collect();
    flags.extend(null_declaration);
    values
}
