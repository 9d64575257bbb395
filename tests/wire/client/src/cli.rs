// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! A command line for Wire formats 1, generated from its OpenAPI document.
//!
//! The API key is not read from the environment: this API's client has no variable for it.
use std::future::Future;
use std::io::Write;
use std::pin::Pin;
use std::process::ExitCode;
use clap::Parser;

#[allow(unused_imports)]
use wire_client::types;
use wire_client::{AttemptInfo, Client, ClientBuilder, Error, Hook, ResponseMeta};

/// A flag's value as one piece (see `json`).
#[allow(dead_code)]
type Whole<T> = T;

/// A command line for Wire formats 1, generated from its OpenAPI document.
#[derive(Parser)]
#[command(name = "wire-client", version)]
struct Cli {
    /// The API key (default: the environment's).
    #[arg(long, global = true, value_name = "KEY")]
    api_key: Option<String>,
    /// The API's base URL (default: the spec's server, or the environment's).
    #[arg(long, global = true)]
    base_url: Option<String>,
    /// How answers are printed.
    #[arg(long, global = true, value_enum, default_value = "pretty")]
    format: Format,
    /// The same as `--format json`.
    #[arg(long, global = true, hide = true)]
    compact: bool,
    /// Print each request and answer head on stderr, secrets redacted.
    #[arg(long, global = true)]
    debug: bool,
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
    /// A multipart body with a file, a list of files, text, a list and an object.
    CreateUpload(CreateUploadArgs),
    /// A multipart body that declares no properties, only their values' type.
    SetUploadTags(SetUploadTagsArgs),
    /// Print a shell's completion script for this program.
    #[command(name = "completion")]
    CompletionScript { shell: clap_complete::Shell },
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

async fn run_list_customers(
    client: &Client,
    args: ListCustomersArgs,
    format: Format,
) -> Result<(), Error> {
    let mut params = types::ListCustomersParams::default();
    params.limit = args.limit;
    params.starting_after = args.starting_after;
    if let Some(max) = args.max_items {
        print_events(client.list_customers_paginator(&params).max_items(max).items())
            .await
    } else {
        print(&client.list_customers(&params).await?, format, Some("data"))
    }
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
    /// One item of `--items`; repeat the flag for several.
    #[arg(
        long = "item",
        value_name = "ITEM",
        value_parser = json::<types::CreateCustomerRequestItemsItem>,
        conflicts_with = "items"
    )]
    item: Vec<Whole<types::CreateCustomerRequestItemsItem>>,
    /// One item of `--tags`; repeat the flag for several.
    #[arg(long = "tag", value_name = "ITEM", conflicts_with = "tags")]
    tag: Vec<Whole<String>>,
}

async fn run_create_customer(
    client: &Client,
    args: CreateCustomerArgs,
    format: Format,
) -> Result<(), Error> {
    let mut body = types::CreateCustomerRequest::new(args.name);
    body.balance = args.balance;
    body.tax_exempt = args.tax_exempt;
    body.address = args.address;
    body.expand = args.expand;
    body.items = whole_or_items(args.items, args.item);
    body.metadata = args.metadata;
    body.tags = whole_or_items(args.tags, args.tag);
    print(&client.create_customer(&body).await?, format, None)
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

async fn run_list_issues(
    client: &Client,
    args: ListIssuesArgs,
    format: Format,
) -> Result<(), Error> {
    let mut params = types::ListIssuesParams::default();
    params.per_page = args.per_page;
    params.page = args.page;
    if let Some(max) = args.max_items {
        print_events(
                client.list_issues_paginator(&args.owner, &params).max_items(max).items(),
            )
            .await
    } else {
        print(&client.list_issues(&args.owner, &params).await?, format, None)
    }
}

#[derive(clap::Args)]
struct RetrieveCustomerArgs {
    #[arg(long)]
    customer: String,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<String>>>)]
    expand: Option<Whole<Vec<String>>>,
}

async fn run_retrieve_customer(
    client: &Client,
    args: RetrieveCustomerArgs,
    format: Format,
) -> Result<(), Error> {
    let mut body = types::RetrieveCustomerRequest::default();
    body.expand = args.expand;
    print(&client.retrieve_customer(&args.customer, Some(&body)).await?, format, None)
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
    /// One item of `--ids`; repeat the flag for several.
    #[arg(long = "id", value_name = "ITEM", conflicts_with = "ids")]
    id: Vec<Whole<i64>>,
    /// One item of `--tags`; repeat the flag for several.
    #[arg(long = "tag", value_name = "ITEM", conflicts_with = "tags")]
    tag: Vec<Whole<String>>,
    /// One item of `--words`; repeat the flag for several.
    #[arg(long = "word", value_name = "ITEM", conflicts_with = "words")]
    word: Vec<Whole<String>>,
    /// One item of `--flags`; repeat the flag for several.
    #[arg(long = "flag", value_name = "ITEM", conflicts_with = "flags")]
    flag: Vec<Whole<String>>,
}

async fn run_search(
    client: &Client,
    args: SearchArgs,
    format: Format,
) -> Result<(), Error> {
    let mut params = types::SearchParams::default();
    params.filter = args.filter;
    params.ids = whole_or_items(args.ids, args.id);
    params.tags = whole_or_items(args.tags, args.tag);
    params.words = whole_or_items(args.words, args.word);
    params.flags = whole_or_items(args.flags, args.flag);
    print(&client.search(&params).await?, format, None)
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

async fn run_put_note(
    client: &Client,
    args: PutNoteArgs,
    _format: Format,
) -> Result<(), Error> {
    let body = args.body;
    client.put_note(&args.id, body.clone()).await
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

async fn run_put_blob(
    client: &Client,
    args: PutBlobArgs,
    _format: Format,
) -> Result<(), Error> {
    let body = args.body;
    write_bytes(
        &client.put_blob(&args.id, args.x_checksum.as_ref(), body.bytes.clone()).await?,
    )
}

#[derive(clap::Args)]
struct PutLabelsArgs {
    /// The request body, as JSON or @file.json.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<types::Label>>>)]
    body: Whole<Vec<types::Label>>,
}

async fn run_put_labels(
    client: &Client,
    args: PutLabelsArgs,
    _format: Format,
) -> Result<(), Error> {
    let body = args.body;
    client.put_labels(&body).await
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

async fn run_patch_labels(
    client: &Client,
    args: PatchLabelsArgs,
    _format: Format,
) -> Result<(), Error> {
    let body = args.body;
    client.patch_labels(&body).await
}

#[derive(clap::Args)]
struct PutAnythingArgs {
    /// The request body, as JSON or @file.json.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<serde_json::Value>>)]
    body: Whole<serde_json::Value>,
}

async fn run_put_anything(
    client: &Client,
    args: PutAnythingArgs,
    _format: Format,
) -> Result<(), Error> {
    let body = args.body;
    client.put_anything(&body).await
}

#[derive(clap::Args)]
struct SetCounterArgs {
    /// The request body, as JSON or @file.json.
    #[arg(long)]
    body: i64,
}

async fn run_set_counter(
    client: &Client,
    args: SetCounterArgs,
    _format: Format,
) -> Result<(), Error> {
    let body = args.body;
    client.set_counter(&body).await
}

#[derive(clap::Args)]
struct ExportReportsArgs {
    /// Print the answer's events as they arrive, one JSON object a line.
    #[arg(long)]
    stream: bool,
}

async fn run_export_reports(
    client: &Client,
    args: ExportReportsArgs,
    _format: Format,
) -> Result<(), Error> {
    if args.stream {
        print_events(client.export_reports_stream().await?).await
    } else {
        client.export_reports().await
    }
}

#[derive(clap::Args)]
struct QueryReportsArgs {
    #[arg(long)]
    r#where: Option<String>,
    /// The whole body: JSON or YAML, `@file`, or `-` for standard input. Flags given
    /// as well win over its properties.
    #[arg(long, value_name = "BODY")]
    body: Option<String>,
}

async fn run_query_reports(
    client: &Client,
    args: QueryReportsArgs,
    format: Format,
) -> Result<(), Error> {
    let body = match args.body.as_deref() {
        Some(text) => {
            let mut object = body_object(text)?;
            overlay(&mut object, "where", args.r#where.as_ref())?;
            request_body(object)?
        }
        None => {
            let mut built = types::QueryReportsRequest::default();
            built.r#where = args.r#where;
            built
        }
    };
    print(&client.query_reports(&body).await?, format, None)
}

#[derive(clap::Args)]
struct CreateUploadArgs {
    /// As @path of the file.
    #[arg(long, value_parser = file)]
    file: FileUpload,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<FileUpload>>>)]
    attachments: Option<Whole<Vec<FileUpload>>>,
    #[arg(long, value_parser = text::<types::CreateUploadRequestPurpose>)]
    purpose: types::CreateUploadRequestPurpose,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<String>>>)]
    labels: Option<Whole<Vec<String>>>,
    #[arg(long)]
    size: Option<i64>,
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::CreateUploadRequestMeta>>)]
    meta: Option<Whole<types::CreateUploadRequestMeta>>,
    /// One item of `--labels`; repeat the flag for several.
    #[arg(long = "label", value_name = "ITEM", conflicts_with = "labels")]
    label: Vec<Whole<String>>,
}

async fn run_create_upload(
    client: &Client,
    args: CreateUploadArgs,
    format: Format,
) -> Result<(), Error> {
    let mut body = types::CreateUploadRequest::new(args.file, args.purpose);
    body.attachments = args.attachments;
    body.labels = whole_or_items(args.labels, args.label);
    body.size = args.size;
    body.meta = args.meta;
    print(&client.create_upload(&body).await?, format, None)
}

#[derive(clap::Args)]
struct SetUploadTagsArgs {
    #[arg(long)]
    id: String,
    /// The request body, as JSON or @file.json.
    ///
    /// As JSON, or @file.json.
    #[arg(
        long,
        value_parser = json::<Whole<std::collections::BTreeMap<String,
        String>>>
    )]
    body: Whole<std::collections::BTreeMap<String, String>>,
}

async fn run_set_upload_tags(
    client: &Client,
    args: SetUploadTagsArgs,
    _format: Format,
) -> Result<(), Error> {
    let body = args.body;
    client.set_upload_tags(&args.id, &body).await
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
    if let Some(key) = &cli.api_key {
        builder = builder.api_key(key);
    }
    if cli.debug {
        builder = builder.hook(DebugPrinter);
    }
    let client: Client = builder.build()?;
    let format = if cli.compact { Format::Json } else { cli.format };
    dispatch(&client, cli.command, format).await
}

/// A command's run, started.
type Running<'a> = Pin<Box<dyn Future<Output = Result<(), Error>> + 'a>>;

/// Starts the command's run function. A plain `fn`, not part of `run`: rustc's analysis of
/// an `async fn` grows much faster than its `.await`s, and a `match` of thousands of
/// awaited commands took minutes and gigabytes to compile.
fn dispatch(client: &Client, command: Command, format: Format) -> Running<'_> {
    match command {
        Command::ListCustomers(args) => {
            Box::pin(run_list_customers(client, args, format))
        }
        Command::CreateCustomer(args) => {
            Box::pin(run_create_customer(client, args, format))
        }
        Command::ListIssues(args) => Box::pin(run_list_issues(client, args, format)),
        Command::RetrieveCustomer(args) => {
            Box::pin(run_retrieve_customer(client, args, format))
        }
        Command::Search(args) => Box::pin(run_search(client, args, format)),
        Command::PutNote(args) => Box::pin(run_put_note(client, args, format)),
        Command::PutBlob(args) => Box::pin(run_put_blob(client, args, format)),
        Command::PutLabels(args) => Box::pin(run_put_labels(client, args, format)),
        Command::PatchLabels(args) => Box::pin(run_patch_labels(client, args, format)),
        Command::PutAnything(args) => Box::pin(run_put_anything(client, args, format)),
        Command::SetCounter(args) => Box::pin(run_set_counter(client, args, format)),
        Command::ExportReports(args) => {
            Box::pin(run_export_reports(client, args, format))
        }
        Command::QueryReports(args) => Box::pin(run_query_reports(client, args, format)),
        Command::CreateUpload(args) => Box::pin(run_create_upload(client, args, format)),
        Command::SetUploadTags(args) => {
            Box::pin(run_set_upload_tags(client, args, format))
        }
        Command::CompletionScript { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(
                shell,
                &mut command,
                "wire-client",
                &mut std::io::stdout(),
            );
            Box::pin(std::future::ready(Ok(())))
        }
    }
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

/// How answers are printed (`--format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Indented JSON.
    Pretty,
    /// JSON on one line.
    Json,
    /// One JSON value a line: a list's items, a stream's events.
    Jsonl,
    /// YAML.
    Yaml,
    /// The answer on one line as it came: the types keep every property, null and unknown
    /// key, so only whitespace and key order may differ from the server's bytes.
    Raw,
}

/// Prints an answer in `format`; with `jsonl`, a list's items (the property `items`, or the
/// answer itself when it is an array) one a line.
#[allow(dead_code)]
fn print<T: serde::Serialize>(
    value: &T,
    format: Format,
    items: Option<&str>,
) -> Result<(), Error> {
    let text = match format {
        Format::Pretty => serde_json::to_string_pretty(value).map_err(Error::Encode)?,
        Format::Json | Format::Raw => {
            serde_json::to_string(value).map_err(Error::Encode)?
        }
        Format::Yaml => {
            serde_yaml::to_string(value)
                .map_err(|e| Error::Config(format!("cannot write YAML: {e}")))?
        }
        Format::Jsonl => return print_lines(value, items),
    };
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "{}", text.trim_end()).and_then(|()| stdout.flush());
    Ok(())
}

/// One JSON value a line: the list's items, or the value alone.
fn print_lines<T: serde::Serialize>(
    value: &T,
    items: Option<&str>,
) -> Result<(), Error> {
    let value = serde_json::to_value(value).map_err(Error::Encode)?;
    let list = match (&value, items) {
        (serde_json::Value::Array(list), _) => Some(list),
        (serde_json::Value::Object(object), Some(items)) => {
            object.get(items).and_then(|v| v.as_array())
        }
        _ => None,
    };
    let lines = list.map_or_else(|| vec![& value], |list| list.iter().collect());
    let mut stdout = std::io::stdout();
    for line in lines {
        let text = serde_json::to_string(line).map_err(Error::Encode)?;
        if writeln!(stdout, "{text}").is_err() {
            break;
        }
    }
    Ok(())
}

/// `--debug`: each attempt's request and answer head on stderr, secrets left out.
struct DebugPrinter;

/// Headers whose values are secrets: what authenticates the caller.
#[allow(dead_code)]
fn is_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["authorization", "cookie", "proxy-authorization"].contains(&name.as_str())
        || name.contains("key") || name.contains("token") || name.contains("secret")
}

impl Hook for DebugPrinter {
    fn on_request(&self, attempt: &AttemptInfo, request: &mut reqwest::Request) {
        let mut url = request.url().clone();
        let query: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let shown = if is_secret(&k) {
                    "[redacted]".into()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), shown)
            })
            .collect();
        if !query.is_empty() {
            url.query_pairs_mut().clear().extend_pairs(query);
        }
        eprintln!("> {} {} (attempt {})", request.method(), url, attempt.attempt);
        print_headers('>', request.headers());
        if let Some(body) = request.body().and_then(|b| b.as_bytes()) {
            eprintln!(">\n{}", String::from_utf8_lossy(body));
        }
    }

    fn on_response(&self, _: &AttemptInfo, response: &ResponseMeta) {
        eprintln!("< {}", response.status());
        print_headers('<', response.headers());
    }
}

/// Headers on stderr after `side` (`>` sent, `<` received), secrets redacted.
fn print_headers(side: char, headers: &reqwest::header::HeaderMap) {
    for (name, value) in headers {
        let value = if is_secret(name.as_str()) {
            "[redacted]"
        } else {
            value.to_str().unwrap_or("[binary]")
        };
        eprintln!("{side} {name}: {value}");
    }
}

/// The whole body from `--body`: JSON or YAML text, `@file`, or `-` for standard input.
#[allow(dead_code)]
fn body_object(text: &str) -> Result<serde_json::Map<String, serde_json::Value>, Error> {
    let text = if text == "-" {
        let mut input = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut input)
            .map_err(|e| Error::Config(
                format!("cannot read the body from standard input: {e}"),
            ))?;
        input
    } else {
        argument_text(text).map_err(Error::Config)?
    };
    match serde_yaml::from_str(&text) {
        Ok(serde_json::Value::Object(object)) => Ok(object),
        Ok(_) => Err(Error::Config("--body must be an object".into())),
        Err(e) => Err(Error::Config(format!("--body is neither JSON nor YAML: {e}"))),
    }
}

/// A flag `--body` made optional, which the body built from flags needs.
#[allow(dead_code)]
fn required_flag<T>(value: Option<T>, flag: &str) -> Result<T, Error> {
    value
        .ok_or_else(|| Error::Config(
            format!("{flag} is required unless --body gives the body"),
        ))
}

/// The request from the body read whole, its flags laid over it.
#[allow(dead_code)]
fn request_body<T: serde::de::DeserializeOwned>(
    object: serde_json::Map<String, serde_json::Value>,
) -> Result<T, Error> {
    serde_json::from_value(serde_json::Value::Object(object))
        .map_err(|e| Error::Config(format!("the body does not fit the request: {e}")))
}

/// A list given whole (`--tools` as JSON) or an item a flag (`--tool`, repeated): the
/// whole list if given, else the items if any.
#[allow(dead_code)]
fn whole_or_items<T>(whole: Option<Vec<T>>, items: Vec<T>) -> Option<Vec<T>> {
    whole.or_else(|| (!items.is_empty()).then_some(items))
}

/// Sets the property `name` of a body read whole to a flag's value, when the flag was given.
#[allow(dead_code)]
fn overlay<T: serde::Serialize>(
    object: &mut serde_json::Map<String, serde_json::Value>,
    name: &str,
    value: Option<&T>,
) -> Result<(), Error> {
    if let Some(value) = value {
        object
            .insert(
                name.to_owned(),
                serde_json::to_value(value).map_err(Error::Encode)?,
            );
    }
    Ok(())
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
