// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! A command line for Wire formats 1, generated from its OpenAPI document.
//!
//! The API key is not read from the environment: this API's client has no variable for it.
use std::io::Write;
use std::process::ExitCode;
use clap::Parser;

#[allow(unused_imports)]
use wire_client::types;
use wire_client::{Client, ClientBuilder, Error};

/// A flag's value as one piece (see `json`).
#[allow(dead_code)]
type Whole<T> = T;

/// A command line for Wire formats 1, generated from its OpenAPI document.
#[derive(Parser)]
#[command(version)]
struct Cli {
    /// The API's base URL (default: the spec's server, or the environment's).
    #[arg(long, global = true)]
    base_url: Option<String>,
    /// Print JSON on one line instead of pretty.
    #[arg(long, global = true)]
    compact: bool,
    #[command(subcommand)]
    command: Command,
}

#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
#[derive(clap::Subcommand)]
enum Command {
    /// A Stripe list, paged by the last item's id sent as `starting_after`.
    ListCustomers(ListCustomersArgs),
    /// A form body with nested objects, arrays and a map, as Stripe sends them.
    CreateCustomer(CreateCustomerArgs),
    /// A GitHub list, paged by number, the next page named by the `Link` header.
    ListIssues(ListIssuesArgs),
    /// An optional form body on a GET, as Stripe describes its `expand`.
    RetrieveCustomer(RetrieveCustomerArgs),
    Search(SearchArgs),
    PutNote(PutNoteArgs),
    PutBlob(PutBlobArgs),
    /// A body that is a list of objects with limits, checked before sending.
    PutLabels(PutLabelsArgs),
    /// A body that is a map.
    PatchLabels(PatchLabelsArgs),
    PutAnything(PutAnythingArgs),
    /// A body that is a number, and one without a schema.
    SetCounter(SetCounterArgs),
    /// A stream of JSON lines, typed by 3.2's itemSchema.
    ExportReports(ExportReportsArgs),
    /// OpenAPI 3.2's QUERY method, with a body.
    QueryReports(QueryReportsArgs),
}

#[derive(clap::Args)]
struct ListCustomersArgs {
    #[arg(long)]
    limit: Option<i64>,
    #[arg(long)]
    starting_after: Option<String>,
    /// Walk the pages and print up to N items, one JSON value a line.
    #[arg(long, value_name = "N")]
    max_items: Option<usize>,
}

#[derive(clap::Args)]
struct CreateCustomerArgs {
    #[arg(long)]
    name: String,
    #[arg(long)]
    balance: Option<i64>,
    #[arg(long, action = clap::ArgAction::Set)]
    tax_exempt: Option<bool>,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::CreateCustomerRequestAddress>>)]
    address: Option<Whole<types::CreateCustomerRequestAddress>>,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<String>>>)]
    expand: Option<Whole<Vec<String>>>,
    /// As JSON, or @file.json.
    #[arg(
        long,
        value_parser = json::<Whole<Vec<types::CreateCustomerRequestItemsItem>>>
    )]
    items: Option<Whole<Vec<types::CreateCustomerRequestItemsItem>>>,
    /// As JSON, or @file.json.
    #[arg(
        long,
        value_parser = json::<Whole<std::collections::BTreeMap<String,
        String>>>
    )]
    metadata: Option<Whole<std::collections::BTreeMap<String, String>>>,
    /// Form style, exploded (the default): the name repeated.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<String>>>)]
    tags: Option<Whole<Vec<String>>>,
}

#[derive(clap::Args)]
struct ListIssuesArgs {
    #[arg(long)]
    owner: String,
    #[arg(long)]
    per_page: Option<i64>,
    #[arg(long)]
    page: Option<i64>,
    /// Walk the pages and print up to N items, one JSON value a line.
    #[arg(long, value_name = "N")]
    max_items: Option<usize>,
}

#[derive(clap::Args)]
struct RetrieveCustomerArgs {
    #[arg(long)]
    customer: String,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<String>>>)]
    expand: Option<Whole<Vec<String>>>,
}

#[derive(clap::Args)]
struct SearchArgs {
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::SearchFilter>>)]
    filter: Option<Whole<types::SearchFilter>>,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<i64>>>)]
    ids: Option<Whole<Vec<i64>>>,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<String>>>)]
    tags: Option<Whole<Vec<String>>>,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<String>>>)]
    words: Option<Whole<Vec<String>>>,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<String>>>)]
    flags: Option<Whole<Vec<String>>>,
}

#[derive(clap::Args)]
struct PutNoteArgs {
    /// Two members that are both strings in Rust (as nexus writes it).
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::NameOrId>>)]
    id: Whole<types::NameOrId>,
    /// The request body, as JSON or @file.json.
    #[arg(long)]
    body: String,
}

#[derive(clap::Args)]
struct PutBlobArgs {
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::PutBlobId>>)]
    id: Whole<types::PutBlobId>,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::PutBlobXChecksum>>)]
    x_checksum: Option<Whole<types::PutBlobXChecksum>>,
    /// The request body, as JSON or @file.json.
    ///
    /// As @path of the file.
    #[arg(long, value_parser = file)]
    body: FileUpload,
}

#[derive(clap::Args)]
struct PutLabelsArgs {
    /// The request body, as JSON or @file.json.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<types::Label>>>)]
    body: Whole<Vec<types::Label>>,
}

#[derive(clap::Args)]
struct PatchLabelsArgs {
    /// The request body, as JSON or @file.json.
    ///
    /// As JSON, or @file.json.
    #[arg(
        long,
        value_parser = json::<Whole<std::collections::BTreeMap<String,
        types::Label>>>
    )]
    body: Whole<std::collections::BTreeMap<String, types::Label>>,
}

#[derive(clap::Args)]
struct PutAnythingArgs {
    /// The request body, as JSON or @file.json.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<serde_json::Value>>)]
    body: Whole<serde_json::Value>,
}

#[derive(clap::Args)]
struct SetCounterArgs {
    /// The request body, as JSON or @file.json.
    #[arg(long)]
    body: i64,
}

#[derive(clap::Args)]
struct ExportReportsArgs {
    /// Print the answer's events as they arrive, one JSON object a line.
    #[arg(long)]
    stream: bool,
}

#[derive(clap::Args)]
struct QueryReportsArgs {
    #[arg(long)]
    r#where: Option<String>,
}

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
    let compact = cli.compact;
    match cli.command {
        Command::ListCustomers(args) => {
            let mut params = types::ListCustomersParams::default();
            params.limit = args.limit;
            params.starting_after = args.starting_after;
            if let Some(max) = args.max_items {
                print_events(
                        client.list_customers_paginator(&params).max_items(max).items(),
                    )
                    .await
            } else {
                print(&client.list_customers(&params).await?, compact)
            }
        }
        Command::CreateCustomer(args) => {
            let mut body = types::CreateCustomerRequest::new(args.name);
            body.balance = args.balance;
            body.tax_exempt = args.tax_exempt;
            body.address = args.address;
            body.expand = args.expand;
            body.items = args.items;
            body.metadata = args.metadata;
            body.tags = args.tags;
            print(&client.create_customer(&body).await?, compact)
        }
        Command::ListIssues(args) => {
            let mut params = types::ListIssuesParams::default();
            params.per_page = args.per_page;
            params.page = args.page;
            if let Some(max) = args.max_items {
                print_events(
                        client
                            .list_issues_paginator(&args.owner, &params)
                            .max_items(max)
                            .items(),
                    )
                    .await
            } else {
                print(&client.list_issues(&args.owner, &params).await?, compact)
            }
        }
        Command::RetrieveCustomer(args) => {
            let mut body = types::RetrieveCustomerRequest::default();
            body.expand = args.expand;
            print(&client.retrieve_customer(&args.customer, Some(&body)).await?, compact)
        }
        Command::Search(args) => {
            let mut params = types::SearchParams::default();
            params.filter = args.filter;
            params.ids = args.ids;
            params.tags = args.tags;
            params.words = args.words;
            params.flags = args.flags;
            print(&client.search(&params).await?, compact)
        }
        Command::PutNote(args) => {
            let body = args.body;
            client.put_note(&args.id, body.clone()).await
        }
        Command::PutBlob(args) => {
            let body = args.body;
            write_bytes(
                &client
                    .put_blob(&args.id, args.x_checksum.as_ref(), body.bytes.clone())
                    .await?,
            )
        }
        Command::PutLabels(args) => {
            let body = args.body;
            client.put_labels(&body).await
        }
        Command::PatchLabels(args) => {
            let body = args.body;
            client.patch_labels(&body).await
        }
        Command::PutAnything(args) => {
            let body = args.body;
            client.put_anything(&body).await
        }
        Command::SetCounter(args) => {
            let body = args.body;
            client.set_counter(&body).await
        }
        Command::ExportReports(args) => {
            if args.stream {
                print_events(client.export_reports_stream().await?).await
            } else {
                client.export_reports().await
            }
        }
        Command::QueryReports(args) => {
            let mut body = types::QueryReportsRequest::default();
            body.r#where = args.r#where;
            print(&client.query_reports(&body).await?, compact)
        }
    }
}

/// Prints a value as JSON.
fn print<T: serde::Serialize>(value: &T, compact: bool) -> Result<(), Error> {
    let text = if compact {
        serde_json::to_string(value)
    } else {
        serde_json::to_string_pretty(value)
    };
    println!("{}", text.map_err(Error::Encode) ?);
    Ok(())
}

/// Exit codes: 2 is a usage error (clap's), 3 an error answer from the API, 4 a
/// network error or timeout, 1 anything else.
fn exit_code(error: &Error) -> u8 {
    match error {
        Error::Api(_) => 3,
        Error::Transport(_) | Error::Timeout(_) => 4,
        _ => 1,
    }
}

/// Prints each event of a stream as one line of JSON, as it arrives.
#[allow(dead_code)]
async fn print_events<T: serde::Serialize>(
    mut events: impl futures_core::Stream<Item = Result<T, Error>> + Unpin,
) -> Result<(), Error> {
    let mut stdout = std::io::stdout();
    while let Some(item) = std::future::poll_fn(|cx| {
            std::pin::Pin::new(&mut events).poll_next(cx)
        })
        .await
    {
        match item {
            Ok(event) => {
                let line = serde_json::to_string(&event).map_err(Error::Encode)?;
                if writeln!(stdout, "{line}").and_then(|()| stdout.flush()).is_err() {
                    return Ok(());
                }
            }
            Err(error @ Error::Event { .. }) => eprintln!("warning: {error}"),
            Err(error) => return Err(error),
        }
    }
    Ok(())
}

/// Writes raw bytes (audio, files) to stdout.
#[allow(dead_code)]
fn write_bytes(bytes: &[u8]) -> Result<(), Error> {
    std::io::stdout()
        .write_all(bytes)
        .map_err(|e| Error::Config(format!("cannot write to stdout: {e}")))
}

/// A flag's text, or the contents of the file after `@`.
fn argument_text(text: &str) -> Result<String, String> {
    match text.strip_prefix('@') {
        Some(path) => {
            std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
        }
        None => Ok(text.to_owned()),
    }
}

/// JSON (or `@file.json`); text that is not JSON is taken as a string.
#[allow(dead_code)]
fn json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let text = argument_text(text)?;
    let value = serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text));
    serde_json::from_value(value).map_err(|e| format!("not valid here: {e}"))
}

/// A value of an open string enum.
#[allow(dead_code)]
fn text<T: for<'a> From<&'a str>>(text: &str) -> Result<T, String> {
    Ok(T::from(text))
}

use wire_client::FileUpload;

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
