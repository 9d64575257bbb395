// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! A command line for OpenAI Assistants: threads and runs 2.0.0, generated from its OpenAPI document.
//!
//! The API key comes from `OPENAI_API_KEY`, read by `ClientBuilder::from_env` with the other variables it knows.
use std::io::Write;
use std::process::ExitCode;
use clap::Parser;

#[allow(unused_imports)]
use openai_thread_runs::types;
use openai_thread_runs::{Client, ClientBuilder, Error};

/// A flag's value as one piece (see `json`).
#[allow(dead_code)]
type Whole<T> = T;

/// A command line for OpenAI Assistants: threads and runs 2.0.0, generated from its OpenAPI document.
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
    /// Creates a new thread (optionally seeded with messages) and immediately starts a run of the given assistant on it. With `stream: true` the response is a server-sent event stream instead of a single run object.
    CreateThreadAndRun(CreateThreadAndRunArgs),
    /// Fetch the current state of a run.
    GetRun(GetRunArgs),
    /// Answers a run whose status is `requires_action` with `required_action.type` equal to `submit_tool_outputs`. All pending tool calls must be answered in one request. With `stream: true` the response is a server-sent event stream.
    SubmitToolOuputsToRun(SubmitToolOuputsToRunArgs),
    /// Requests cancellation of a queued or in-progress run. The returned run is usually in status `cancelling`; it reaches `cancelled` later.
    CancelRun(CancelRunArgs),
    /// List the messages of a thread, one page at a time.
    ListMessages(ListMessagesArgs),
}

#[derive(clap::Args)]
struct CreateThreadAndRunArgs {
    /// ID of the assistant that executes the run.
    #[arg(long)]
    assistant_id: String,
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
    /// Print the answer's events as they arrive, one JSON object a line.
    #[arg(long)]
    stream: bool,
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
        value_parser = json::<Whole<Vec<types::SubmitToolOutputsRunRequestToolOutputsItem>>>
    )]
    tool_outputs: Whole<Vec<types::SubmitToolOutputsRunRequestToolOutputsItem>>,
    /// Print the answer's events as they arrive, one JSON object a line.
    #[arg(long)]
    stream: bool,
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
        Command::CreateThreadAndRun(args) => {
            let mut body = types::CreateThreadAndRunRequest::new(args.assistant_id);
            body.thread = args.thread;
            body.model = nullable(args.model, &args.null, "model");
            body.instructions = nullable(args.instructions, &args.null, "instructions");
            body.tools = nullable(args.tools, &args.null, "tools");
            body.tool_resources = nullable(
                args.tool_resources,
                &args.null,
                "tool_resources",
            );
            body.metadata = nullable(args.metadata, &args.null, "metadata");
            body.temperature = nullable(args.temperature, &args.null, "temperature");
            body.top_p = nullable(args.top_p, &args.null, "top_p");
            body.stream = Nullable::Absent;
            body.max_prompt_tokens = nullable(
                args.max_prompt_tokens,
                &args.null,
                "max_prompt_tokens",
            );
            body.max_completion_tokens = nullable(
                args.max_completion_tokens,
                &args.null,
                "max_completion_tokens",
            );
            body.truncation_strategy = nullable(
                args.truncation_strategy,
                &args.null,
                "truncation_strategy",
            );
            body.tool_choice = nullable(args.tool_choice, &args.null, "tool_choice");
            body.parallel_tool_calls = args.parallel_tool_calls;
            body.response_format = nullable(
                args.response_format,
                &args.null,
                "response_format",
            );
            if args.stream {
                print_events(client.create_thread_and_run_stream(&body).await?).await
            } else {
                print(&client.create_thread_and_run(&body).await?, compact)
            }
        }
        Command::GetRun(args) => {
            print(&client.get_run(&args.thread_id, &args.run_id).await?, compact)
        }
        Command::SubmitToolOuputsToRun(args) => {
            let mut body = types::SubmitToolOutputsRunRequest::new(args.tool_outputs);
            body.stream = Nullable::Absent;
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
                    compact,
                )
            }
        }
        Command::CancelRun(args) => {
            print(&client.cancel_run(&args.thread_id, &args.run_id).await?, compact)
        }
        Command::ListMessages(args) => {
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
                print(&client.list_messages(&args.thread_id, &params).await?, compact)
            }
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

use openai_thread_runs::Nullable;

/// A property's value from its flag, or `null` if `--null` names it, or absent.
fn nullable<T>(value: Option<T>, null: &[String], property: &str) -> Nullable<T> {
    match value {
        Some(value) => Nullable::Value(value),
        None if null.iter().any(|name| name == property) => Nullable::Null,
        None => Nullable::Absent,
    }
}
