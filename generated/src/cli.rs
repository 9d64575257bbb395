// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! A command line for OpenAI Assistants: threads and runs 2.0.0, generated from its OpenAPI document.
//!
//! The API key comes from `OPENAI_API_KEY`, read by `ClientBuilder::from_env` with the other variables it knows.
use std::future::Future;
use std::io::Write;
use std::pin::Pin;
use std::process::ExitCode;
use clap::Parser;

#[allow(unused_imports)]
use openai_thread_runs::types;
use openai_thread_runs::{AttemptInfo, Client, ClientBuilder, Error, Hook, ResponseMeta};

/// A flag's value as one piece (see `json`).
#[allow(dead_code)]
type Whole<T> = T;

/// A command line for OpenAI Assistants: threads and runs 2.0.0, generated from its OpenAPI document.
#[derive(Parser)]
#[command(name = "openai", version)]
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
    /// Creates a new thread (optionally seeded with messages) and immediately starts a run of the given assistant on it. With `stream: true` the response is a server-sent event stream instead of a single run object.
    #[command(hide = true)]
    CreateThreadAndRun(CreateThreadAndRunArgs),
    /// Fetch the current state of a run.
    #[command(hide = true)]
    GetRun(GetRunArgs),
    /// Answers a run whose status is `requires_action` with `required_action.type` equal to `submit_tool_outputs`. All pending tool calls must be answered in one request. With `stream: true` the response is a server-sent event stream.
    #[command(hide = true)]
    SubmitToolOuputsToRun(SubmitToolOuputsToRunArgs),
    /// Requests cancellation of a queued or in-progress run. The returned run is usually in status `cancelling`; it reaches `cancelled` later.
    #[command(hide = true)]
    CancelRun(CancelRunArgs),
    /// List the messages of a thread, one page at a time.
    #[command(hide = true)]
    ListMessages(ListMessagesArgs),
    /// The `beta:threads` operations.
    #[command(name = "beta:threads")]
    BetaThreadsGroup { #[command(subcommand)] command: BetaThreadsCommand },
    /// The `beta:threads:messages` operations.
    #[command(name = "beta:threads:messages")]
    BetaThreadsMessagesGroup {
        #[command(subcommand)]
        command: BetaThreadsMessagesCommand,
    },
    /// The `beta:threads:runs` operations.
    #[command(name = "beta:threads:runs")]
    BetaThreadsRunsGroup { #[command(subcommand)] command: BetaThreadsRunsCommand },
    /// Print a shell's completion script for this program.
    #[command(name = "completion")]
    CompletionScript { shell: clap_complete::Shell },
}

#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
#[derive(clap::Subcommand)]
enum BetaThreadsCommand {
    /// Creates a new thread (optionally seeded with messages) and immediately starts a run of the given assistant on it. With `stream: true` the response is a server-sent event stream instead of a single run object.
    #[command(name = "create-and-run")]
    CreateThreadAndRun(CreateThreadAndRunArgs),
}

#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
#[derive(clap::Subcommand)]
enum BetaThreadsMessagesCommand {
    /// List the messages of a thread, one page at a time.
    #[command(name = "list")]
    ListMessages(ListMessagesArgs),
}

#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
#[derive(clap::Subcommand)]
enum BetaThreadsRunsCommand {
    /// Requests cancellation of a queued or in-progress run. The returned run is usually in status `cancelling`; it reaches `cancelled` later.
    #[command(name = "cancel")]
    CancelRun(CancelRunArgs),
    /// Fetch the current state of a run.
    #[command(name = "retrieve")]
    GetRun(GetRunArgs),
    /// Answers a run whose status is `requires_action` with `required_action.type` equal to `submit_tool_outputs`. All pending tool calls must be answered in one request. With `stream: true` the response is a server-sent event stream.
    #[command(name = "submit-tool-outputs")]
    SubmitToolOuputsToRun(SubmitToolOuputsToRunArgs),
}

#[derive(clap::Args)]
struct CreateThreadAndRunArgs {
    /// ID of the assistant that executes the run.
    #[arg(long, required_unless_present = "body")]
    assistant_id: Option<String>,
    /// Contents of a thread to create. If it is left out of a run request, an empty thread is created.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::CreateThreadRequest>>)]
    thread: Option<Whole<types::CreateThreadRequest>>,
    /// Model to run with, overriding the assistant's model. Any model ID is accepted; the listed values are the known ones. Null or absent keeps the assistant's model.
    #[arg(long, value_parser = text::<types::CreateThreadAndRunRequestModel>)]
    model: Option<types::CreateThreadAndRunRequestModel>,
    /// Replaces the assistant's system instructions for this run only.
    #[arg(long)]
    instructions: Option<String>,
    /// Replaces the assistant's tools for this run only (at most 20).
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<Vec<types::AssistantTools>>>)]
    tools: Option<Whole<Vec<types::AssistantTools>>>,
    /// Files and vector stores the tools may use during this run, per tool type.
    ///
    /// As JSON, or @file.json.
    #[arg(
        long,
        value_parser = json::<Whole<types::CreateThreadAndRunRequestToolResources>>
    )]
    tool_resources: Option<Whole<types::CreateThreadAndRunRequestToolResources>>,
    /// Tags to store on the run.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::Metadata>>)]
    metadata: Option<Whole<types::Metadata>>,
    /// Sampling temperature between 0 and 2; higher is more random, lower is more deterministic. Tune this or `top_p`, not both.
    #[arg(long)]
    temperature: Option<f64>,
    /// Nucleus sampling: only tokens within this cumulative probability mass are considered (0.1 means the top 10%). Tune this or `temperature`, not both.
    #[arg(long)]
    top_p: Option<f64>,
    /// Budget of prompt tokens for the whole run (at least 256). If it is exceeded the run ends as `incomplete`.
    #[arg(long)]
    max_prompt_tokens: Option<i64>,
    /// Budget of completion tokens for the whole run (at least 256). If it is exceeded the run ends as `incomplete`.
    #[arg(long)]
    max_completion_tokens: Option<i64>,
    /// How to truncate the thread before the run starts.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::TruncationObject>>)]
    truncation_strategy: Option<Whole<types::TruncationObject>>,
    /// Which tool, if any, the model must call.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::AssistantsApiToolChoiceOption>>)]
    tool_choice: Option<Whole<types::AssistantsApiToolChoiceOption>>,
    /// Whether the model may request several function calls at once.
    #[arg(long, action = clap::ArgAction::Set)]
    parallel_tool_calls: Option<bool>,
    /// Output format the model must produce.
    ///
    /// As JSON, or @file.json.
    #[arg(long, value_parser = json::<Whole<types::AssistantsApiResponseFormatOption>>)]
    response_format: Option<Whole<types::AssistantsApiResponseFormatOption>>,
    /// One item of `--tools`; repeat the flag for several.
    #[arg(
        long = "tool",
        value_name = "ITEM",
        value_parser = json::<types::AssistantTools>,
        conflicts_with = "tools"
    )]
    tool: Vec<Whole<types::AssistantTools>>,
    /// Sends this property as an explicit `null` (to clear its value); repeat it
    /// for several. A value given for the property wins.
    #[arg(
        long = "null",
        value_name = "PROPERTY",
        value_parser = ["model",
        "instructions",
        "tools",
        "tool_resources",
        "metadata",
        "temperature",
        "top_p",
        "max_prompt_tokens",
        "max_completion_tokens",
        "truncation_strategy",
        "tool_choice",
        "response_format"]
    )]
    null: Vec<String>,
    /// The whole body: JSON or YAML, `@file`, or `-` for standard input. Flags given
    /// as well win over its properties.
    #[arg(long, value_name = "BODY")]
    body: Option<String>,
    /// Print the answer's events as they arrive, one JSON object a line.
    #[arg(long)]
    stream: bool,
}

async fn run_create_thread_and_run(
    client: &Client,
    args: CreateThreadAndRunArgs,
    format: Format,
) -> Result<(), Error> {
    let body = match args.body.as_deref() {
        Some(text) => {
            let mut object = body_object(text)?;
            overlay(&mut object, "assistant_id", args.assistant_id.as_ref())?;
            overlay(&mut object, "thread", args.thread.as_ref())?;
            overlay(&mut object, "model", args.model.as_ref())?;
            overlay(&mut object, "instructions", args.instructions.as_ref())?;
            overlay(&mut object, "tools", args.tools.as_ref())?;
            overlay(
                &mut object,
                "tools",
                (!args.tool.is_empty()).then_some(&args.tool),
            )?;
            overlay(&mut object, "tool_resources", args.tool_resources.as_ref())?;
            overlay(&mut object, "metadata", args.metadata.as_ref())?;
            overlay(&mut object, "temperature", args.temperature.as_ref())?;
            overlay(&mut object, "top_p", args.top_p.as_ref())?;
            overlay(&mut object, "max_prompt_tokens", args.max_prompt_tokens.as_ref())?;
            overlay(
                &mut object,
                "max_completion_tokens",
                args.max_completion_tokens.as_ref(),
            )?;
            overlay(
                &mut object,
                "truncation_strategy",
                args.truncation_strategy.as_ref(),
            )?;
            overlay(&mut object, "tool_choice", args.tool_choice.as_ref())?;
            overlay(
                &mut object,
                "parallel_tool_calls",
                args.parallel_tool_calls.as_ref(),
            )?;
            overlay(&mut object, "response_format", args.response_format.as_ref())?;
            for name in &args.null {
                object.entry(name.clone()).or_insert(serde_json::Value::Null);
            }
            request_body(object)?
        }
        None => {
            let mut built = types::CreateThreadAndRunRequest::new(
                required_flag(args.assistant_id, "--assistant-id")?,
            );
            built.thread = args.thread;
            built.model = nullable(args.model, &args.null, "model");
            built.instructions = nullable(args.instructions, &args.null, "instructions");
            built.tools = nullable(
                whole_or_items(args.tools, args.tool),
                &args.null,
                "tools",
            );
            built.tool_resources = nullable(
                args.tool_resources,
                &args.null,
                "tool_resources",
            );
            built.metadata = nullable(args.metadata, &args.null, "metadata");
            built.temperature = nullable(args.temperature, &args.null, "temperature");
            built.top_p = nullable(args.top_p, &args.null, "top_p");
            built.stream = Nullable::Absent;
            built.max_prompt_tokens = nullable(
                args.max_prompt_tokens,
                &args.null,
                "max_prompt_tokens",
            );
            built.max_completion_tokens = nullable(
                args.max_completion_tokens,
                &args.null,
                "max_completion_tokens",
            );
            built.truncation_strategy = nullable(
                args.truncation_strategy,
                &args.null,
                "truncation_strategy",
            );
            built.tool_choice = nullable(args.tool_choice, &args.null, "tool_choice");
            built.parallel_tool_calls = args.parallel_tool_calls;
            built.response_format = nullable(
                args.response_format,
                &args.null,
                "response_format",
            );
            built
        }
    };
    if args.stream {
        print_events(client.create_thread_and_run_stream(&body).await?).await
    } else {
        print(&client.create_thread_and_run(&body).await?, format, None)
    }
}

#[derive(clap::Args)]
struct GetRunArgs {
    /// ID of the thread the run or messages belong to.
    #[arg(long)]
    thread_id: String,
    /// ID of the run.
    #[arg(long)]
    run_id: String,
}

async fn run_get_run(
    client: &Client,
    args: GetRunArgs,
    format: Format,
) -> Result<(), Error> {
    print(&client.get_run(&args.thread_id, &args.run_id).await?, format, None)
}

#[derive(clap::Args)]
struct SubmitToolOuputsToRunArgs {
    /// ID of the thread the run or messages belong to.
    #[arg(long)]
    thread_id: String,
    /// ID of the run.
    #[arg(long)]
    run_id: String,
    /// One output per pending tool call.
    ///
    /// As JSON, or @file.json.
    #[arg(
        long,
        required_unless_present = "body",
        value_parser = json::<Whole<Vec<types::SubmitToolOutputsRunRequestToolOutputsItem>>>
    )]
    tool_outputs: Option<Whole<Vec<types::SubmitToolOutputsRunRequestToolOutputsItem>>>,
    /// The whole body: JSON or YAML, `@file`, or `-` for standard input. Flags given
    /// as well win over its properties.
    #[arg(long, value_name = "BODY")]
    body: Option<String>,
    /// Print the answer's events as they arrive, one JSON object a line.
    #[arg(long)]
    stream: bool,
}

async fn run_submit_tool_ouputs_to_run(
    client: &Client,
    args: SubmitToolOuputsToRunArgs,
    format: Format,
) -> Result<(), Error> {
    let body = match args.body.as_deref() {
        Some(text) => {
            let mut object = body_object(text)?;
            overlay(&mut object, "tool_outputs", args.tool_outputs.as_ref())?;
            request_body(object)?
        }
        None => {
            let mut built = types::SubmitToolOutputsRunRequest::new(
                required_flag(args.tool_outputs, "--tool-outputs")?,
            );
            built.stream = Nullable::Absent;
            built
        }
    };
    if args.stream {
        print_events(
                client
                    .submit_tool_ouputs_to_run_stream(
                        &args.thread_id,
                        &args.run_id,
                        &body,
                    )
                    .await?,
            )
            .await
    } else {
        print(
            &client
                .submit_tool_ouputs_to_run(&args.thread_id, &args.run_id, &body)
                .await?,
            format,
            None,
        )
    }
}

#[derive(clap::Args)]
struct CancelRunArgs {
    /// ID of the thread the run or messages belong to.
    #[arg(long)]
    thread_id: String,
    /// ID of the run.
    #[arg(long)]
    run_id: String,
}

async fn run_cancel_run(
    client: &Client,
    args: CancelRunArgs,
    format: Format,
) -> Result<(), Error> {
    print(&client.cancel_run(&args.thread_id, &args.run_id).await?, format, None)
}

#[derive(clap::Args)]
struct ListMessagesArgs {
    /// ID of the thread the run or messages belong to.
    #[arg(long)]
    thread_id: String,
    /// How many messages to return in this page (1 to 100).
    #[arg(long)]
    limit: Option<i64>,
    /// Sort direction by creation time: `asc` for oldest first, `desc` for newest first.
    #[arg(long, value_parser = text::<types::ListMessagesOrder>)]
    order: Option<types::ListMessagesOrder>,
    /// Pagination cursor: a message ID; the page starts right after that message (pass the previous page's `last_id`).
    #[arg(long)]
    after: Option<String>,
    /// Pagination cursor: a message ID; the page ends right before that message (pass the previous page's `first_id` to go backwards).
    #[arg(long)]
    before: Option<String>,
    /// Only return messages produced by this run.
    #[arg(long)]
    run_id: Option<String>,
    /// Walk the pages and print up to N items, one JSON value a line.
    #[arg(long, value_name = "N")]
    max_items: Option<usize>,
}

async fn run_list_messages(
    client: &Client,
    args: ListMessagesArgs,
    format: Format,
) -> Result<(), Error> {
    let mut params = types::ListMessagesParams::default();
    params.limit = args.limit;
    params.order = args.order;
    params.after = args.after;
    params.before = args.before;
    params.run_id = args.run_id;
    if let Some(max) = args.max_items {
        print_events(
                client
                    .list_messages_paginator(&args.thread_id, &params)
                    .max_items(max)
                    .items(),
            )
            .await
    } else {
        print(
            &client.list_messages(&args.thread_id, &params).await?,
            format,
            Some("data"),
        )
    }
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
        Command::CreateThreadAndRun(args) => {
            Box::pin(run_create_thread_and_run(client, args, format))
        }
        Command::GetRun(args) => Box::pin(run_get_run(client, args, format)),
        Command::SubmitToolOuputsToRun(args) => {
            Box::pin(run_submit_tool_ouputs_to_run(client, args, format))
        }
        Command::CancelRun(args) => Box::pin(run_cancel_run(client, args, format)),
        Command::ListMessages(args) => Box::pin(run_list_messages(client, args, format)),
        Command::BetaThreadsGroup { command } => {
            match command {
                BetaThreadsCommand::CreateThreadAndRun(args) => {
                    Box::pin(run_create_thread_and_run(client, args, format))
                }
            }
        }
        Command::BetaThreadsMessagesGroup { command } => {
            match command {
                BetaThreadsMessagesCommand::ListMessages(args) => {
                    Box::pin(run_list_messages(client, args, format))
                }
            }
        }
        Command::BetaThreadsRunsGroup { command } => {
            match command {
                BetaThreadsRunsCommand::CancelRun(args) => {
                    Box::pin(run_cancel_run(client, args, format))
                }
                BetaThreadsRunsCommand::GetRun(args) => {
                    Box::pin(run_get_run(client, args, format))
                }
                BetaThreadsRunsCommand::SubmitToolOuputsToRun(args) => {
                    Box::pin(run_submit_tool_ouputs_to_run(client, args, format))
                }
            }
        }
        Command::CompletionScript { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(
                shell,
                &mut command,
                "openai",
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

use openai_thread_runs::Nullable;

/// A property's value from its flag, or `null` if `--null` names it, or absent.
fn nullable<T>(value: Option<T>, null: &[String], property: &str) -> Nullable<T> {
    match value {
        Some(value) => Nullable::Value(value),
        None if null.iter().any(|name| name == property) => Nullable::Null,
        None => Nullable::Absent,
    }
}
