//! A command-line program for the operations, as `src/bin/cli.rs` behind the `cli` feature:
//! a subcommand per operation, a flag per parameter and per top-level body field (complex
//! ones as JSON or `@file.json`), `--stream` where the answer can be events.

use foldhash::{HashMap, HashMapExt};
use quote::format_ident;

use super::docs::{comment_text, doc_line, doc_text, inner_comment_text};
use super::features::cfg_line;
use super::operations::{answers_bytes, derived_name, stream_flag, stream_type, success_type};
use super::text::{
    attribute, awaited_call, awaited_function_call, chain_argument, chain_statement,
    field_attribute, function_call, indentation, signature, string_literal, tuple_variant, Lines,
    Param, Segment, TypeText, MARGIN,
};
use super::types::{ident, type_text_in, Scope};
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
    /// The field in the arguments struct, as text 4 spaces in: docs, `#[arg(..)]`, the
    /// field and its type.
    declaration: String,
}

/// A field of an arguments struct as text: its docs (already text), its `#[arg(..)]` (the
/// arguments inside the parentheses) and `name: Type,`.
fn declaration(docs: String, arg: &str, field: &str, ty: &TypeText) -> String {
    let mut text = docs;
    text.push_str(&arg_attribute(arg));
    ty.layout_into(&mut text, 4, &[field, ": "].concat(), ",");
    text
}

/// `#[arg({arg})]` 4 spaces in, laid out as [`field_attribute`] lays it out.
fn arg_attribute(arg: &str) -> String {
    field_attribute("arg", arg)
}

/// Whether a flag must be given.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Requirement {
    Required,
    Optional,
    /// Required unless the whole body is given with `--body`.
    UnlessBody,
}

impl From<bool> for Requirement {
    fn from(required: bool) -> Self {
        if required {
            Requirement::Required
        } else {
            Requirement::Optional
        }
    }
}

fn flag(api: &Api, rust_name: &str, ty: &TypeRef, requirement: Requirement, docs: &Docs) -> Flag {
    // A `$ref` property has no description of its own: the type's serves.
    let mut docs = match (&docs.description, api.resolve_alias(ty)) {
        (None, TypeRef::Named(name)) => api
            .types
            .get(name)
            .map_or_else(|| docs.clone(), |d| d.docs.clone()),
        _ => docs.clone(),
    };
    let reading = reading(api, ty);
    if matches!(reading, Reading::Json) {
        docs.notes.push("As JSON, or @file.json.".into());
    }
    if matches!(reading, Reading::File) {
        docs.notes.push("As @path of the file.".into());
    }
    // `rust_name` is snake_case already; a keyword becomes raw (`--type` from `r#type`).
    let field = ident(&naming::field_name(rust_name));
    let docs = doc_text(&docs, None, None, 4);
    // clap gives `Vec` and `Option` flags their own meaning (repeated, optional); a JSON
    // flag holds its whole value, so its type is spelled through an alias clap does not know.
    let value_type = match reading {
        Reading::Json => TypeText::new("Whole", vec![type_text_in(ty, Scope::Program)]),
        _ => type_text_in(ty, Scope::Program),
    };
    let unless = match requirement {
        Requirement::UnlessBody => ", required_unless_present = \"body\"",
        _ => "",
    };
    let value = value_type.flat();
    let arg = match reading {
        Reading::Plain => ["long", unless].concat(),
        Reading::Boolean => format!("long{unless}, action = clap::ArgAction::Set"),
        Reading::Text => format!("long{unless}, value_parser = text::<{value}>"),
        Reading::Json => format!("long{unless}, value_parser = json::<{value}>"),
        Reading::File => format!("long{unless}, {FILE_PARSER}"),
    };
    let ty = match requirement {
        Requirement::Required => value_type,
        _ => TypeText::new("Option", vec![value_type]),
    };
    Flag {
        declaration: declaration(docs, &arg, &field.to_string(), &ty),
        field,
    }
}

/// The program's file in parts, formatted apart: the head (its docs, imports, the `Cli`
/// struct), the command enums (text), then `main`, `run`, `dispatch` and what follows the
/// runtime's helpers. Each operation's arguments struct and run function go between the
/// enums and `main`, made one at a time as they are written (`emit_operation`): those of
/// Microsoft Graph's beta description are 80 MB of text.
pub struct CliFile {
    /// The docs, imports, `Whole` and the `Cli` struct, as text.
    pub head: String,
    /// `Command` and the groups' command enums, and the arms of `dispatch`, which match
    /// the command to its run function; `main`, `run` and `dispatch` are `MAIN_HEAD`, the
    /// arms and `main_tail`.
    pub commands: Commands,
    /// `dispatch`'s last arm (the completion scripts) and the ends of its `match` and body.
    pub main_tail: String,
    /// What follows the runtime's helpers (which `cli_file` puts before it).
    pub tail: Tail,
}

/// The file's last items: the file and null readers, where the API needs them.
pub struct Tail {
    /// The crate's name as code spells it.
    krate: String,
    sends_null: bool,
}

/// What the operations' arguments and run functions use of the crate's file uploads, noted
/// as they are made; the file's tail imports and defines only that.
#[derive(Default)]
pub struct FileUses {
    /// Code names the crate's `FileUpload`.
    names: bool,
    /// A flag reads a file (a file nested in a value given as JSON has none).
    reads: bool,
}

impl FileUses {
    pub fn note(&mut self, args_struct: &str, run: &RunText) {
        self.names = self.names || names_file_upload(args_struct) || names_file_upload(&run.code);
        self.reads = self.reads || args_struct.contains(FILE_PARSER);
    }
}

impl Tail {
    /// The items, for what the operations use, as prettyplease prints them (the readers
    /// printed ahead of time from the runtime's `cli_readers.rs`).
    pub fn text(&self, uses: &FileUses) -> String {
        let krate = &self.krate;
        let mut text = String::new();
        if uses.names || uses.reads {
            text.extend(["use ", krate, "::FileUpload;\n"]);
        }
        if uses.reads {
            text += super::runtime::cli_reader_text("file");
        }
        if self.sends_null {
            text.extend(["use ", krate, "::Nullable;\n"]);
            text += super::runtime::cli_reader_text("nullable");
        }
        text
    }
}

/// Whether code names the crate's `FileUpload` as the program spells it (not a spec type of
/// that name, which is `types::FileUpload`).
fn names_file_upload(code: &str) -> bool {
    code.match_indices("FileUpload").any(|(at, _)| {
        !code[..at].ends_with("::")
            && !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
    })
}

/// The `#[arg]` of a flag whose value is `@path` of a file to upload.
const FILE_PARSER: &str = "value_parser = file";

/// An operation's run function as text.
pub struct RunText {
    pub code: String,
    /// Whether `code` is laid out as prettyplease lays it out when its lines fit; if not, it
    /// is Rust for prettyplease to lay out.
    pub laid_out: bool,
}

pub fn emit_cli(api: &Api, config: &Config) -> Result<CliFile> {
    let krate = config.crate_name.replace('-', "_");
    let commands = Commands {
        commands: api.operations.iter().map(|op| command(api, op)).collect(),
        groups: groups(api),
    };
    let program = config.cli_name.as_deref().unwrap_or(&config.crate_name);
    let key_source = key_source(&config.client);
    let about = doc_line(&format!(
        " A command line for {} {}, generated from its OpenAPI document.",
        api.title, api.version
    ));
    // Built with only some groups, the helpers only the others' commands use are unused.
    let allowances = match super::features::partial_cli_allowances(api) {
        Some(tokens) => inner_attribute_line(tokens)?,
        None => String::new(),
    };
    let head = head_text(&krate, program, &about, &key_source, &allowances);
    let generate = function_call(
        12,
        "",
        "clap_complete::generate",
        &[
            "shell".to_owned(),
            "&mut command".to_owned(),
            string_literal(program),
            "&mut std::io::stdout()".to_owned(),
        ],
        ("", ";"),
    );
    let main_tail = format!(
        "        Command::CompletionScript {{ shell }} => {{
            let mut command = <Cli as clap::CommandFactory>::command();
{generate}            Box::pin(std::future::ready(Ok(())))
        }}
    }}
}}
"
    );
    Ok(CliFile {
        head,
        commands,
        main_tail,
        tail: Tail {
            krate,
            sends_null: sends_null(api),
        },
    })
}

/// The commands of each resource group: `beta:threads create-and-run`, as the reference
/// command line names them. Operations in no group stay top-level commands.
struct Group {
    /// `beta:threads`.
    name: String,
    variant: proc_macro2::Ident,
    /// The group's subcommand enum.
    enumeration: proc_macro2::Ident,
    /// (subcommand name, the operation's command).
    members: Vec<(String, usize)>,
    /// The feature of the group's top-level resource, if the crate has features: the
    /// group's variant, enum and arm are compiled only with it (and a member of another
    /// group's feature, an operation two resources list, only with that one too).
    feature: Option<String>,
}

impl Group {
    /// A member's feature where it is not the group's own (which gates the member already).
    fn own_feature<'c>(&self, member: &'c Command) -> Option<&'c String> {
        (member.feature.as_ref()).filter(|feature| Some(*feature) != self.feature.as_ref())
    }
}

fn groups(api: &Api) -> Vec<Group> {
    // Each method's operation by its name, the first of a name as a search would find it:
    // searching the operations for every method took time in the square of their number
    // (Microsoft Graph's beta description has 22,000).
    let mut operations: HashMap<&str, usize> = HashMap::with_capacity(api.operations.len());
    for (index, op) in api.operations.iter().enumerate() {
        operations.entry(op.rust_name.as_str()).or_insert(index);
    }
    let mut groups: Vec<Group> = Vec::new();
    for resource in api.resources.iter().filter(|r| !r.methods.is_empty()) {
        let members = resource
            .methods
            .iter()
            .filter_map(|method| {
                let index = *operations.get(method.operation.as_str())?;
                Some((method.name.replace('_', "-"), index))
            })
            .collect();
        let base = naming::name_base(&resource.path.join("_"));
        groups.push(Group {
            name: resource
                .path
                .iter()
                .map(|segment| segment.replace('_', "-"))
                .collect::<Vec<_>>()
                .join(":"),
            variant: format_ident!("{}Group", base),
            enumeration: format_ident!("{}Command", base),
            members,
            feature: (resource.path.first())
                .and_then(|top| api.features.resources.get(top))
                .cloned(),
        });
    }
    groups
}

/// The commands: the top-level command enum and each group's, and the arms of `dispatch`, made
/// as they are written ([`Commands::write_enums`], [`Commands::write_arms`]): Microsoft
/// Graph's beta description's enums are 12 MB of text and its arms 22 MB, which the command
/// line's job held whole. An operation a group holds is still a top-level command, hidden
/// from `--help`, so that scripts written before the grouping keep working.
pub struct Commands {
    /// Each operation's command, in the operations' order.
    commands: Vec<Command>,
    groups: Vec<Group>,
}

impl Commands {
    /// `Command` (each operation's variant, then each group's), then each group's enum, as
    /// text laid out as prettyplease lays it out (a variant whose lines do not all fit laid
    /// out by it alone), handed to `out` a variant at a time. The commands' docs are not
    /// needed after, and go.
    pub fn write_enums(&mut self, mut out: impl FnMut(&str)) -> Result<()> {
        let grouped: std::collections::BTreeSet<usize> = (self.groups.iter())
            .flat_map(|g| g.members.iter().map(|(_, index)| *index))
            .collect();
        out(&format!("{COMMAND_ENUM_HEAD}enum Command {{\n"));
        for (index, command) in self.commands.iter().enumerate() {
            let hide = match grouped.contains(&index) {
                true => "    #[command(hide = true)]\n",
                false => "",
            };
            let attributes = [&*cfg_line(4, command.feature.as_ref()), hide].concat();
            out(&settled_variant(command_variant(command, &attributes))?);
        }
        for group in &self.groups {
            let (name, variant, enumeration) = (&group.name, &group.variant, &group.enumeration);
            out(&settled_variant(format!(
                "    /// The `{name}` operations.\n{}{}{}",
                cfg_line(4, group.feature.as_ref()),
                command_name(name),
                group_variant(&variant.to_string(), &enumeration.to_string())
            ))?);
        }
        out("    /// Print a shell's completion script for this program.
    #[command(name = \"completion\")]
    CompletionScript { shell: clap_complete::Shell },
}
");
        for group in &self.groups {
            let enumeration = &group.enumeration;
            let members: Vec<&Command> = (group.members.iter())
                .filter_map(|(_, index)| self.commands.get(*index))
                .collect();
            let cfg = cfg_line(0, group.feature.as_ref());
            if members.is_empty() {
                out(&format!(
                    "{cfg}{COMMAND_ENUM_HEAD}enum {enumeration} {{}}\n"
                ));
                continue;
            }
            out(&format!("{cfg}{COMMAND_ENUM_HEAD}enum {enumeration} {{\n"));
            for ((name, _), command) in group.members.iter().zip(members) {
                let attributes = [cfg_line(4, group.own_feature(command)), command_name(name)];
                out(&settled_variant(command_variant(
                    command,
                    &attributes.concat(),
                ))?);
            }
            out("}\n");
        }
        for command in &mut self.commands {
            command.docs = String::new();
        }
        Ok(())
    }

    /// The arms as text 8 spaces in, laid out as prettyplease lays them out (an arm too long
    /// for a line laid out by it alone), each top-level command's, then each group's, handed
    /// to `out` one at a time.
    pub fn write_arms(&self, mut out: impl FnMut(&str)) -> Result<()> {
        for command in &self.commands {
            out(&cfg_line(8, command.feature.as_ref()));
            out(&run_arm(8, "Command", command)?);
        }
        for group in &self.groups {
            let enumeration = group.enumeration.to_string();
            let arms = (group.members.iter())
                .filter_map(|(_, index)| self.commands.get(*index))
                .map(|command| {
                    let cfg = cfg_line(16, group.own_feature(command));
                    Ok(cfg + &run_arm(16, &enumeration, command)?)
                })
                .collect::<Result<String>>()?;
            let cfg = cfg_line(8, group.feature.as_ref());
            let head = group_arm_head(&group.variant.to_string());
            out(&format!(
                "{cfg}{head}            match command {{
{arms}            }}
        }}
"
            ));
        }
        Ok(())
    }
}

/// A variant of a command enum as it is, if prettyplease would leave its lines so, else as
/// prettyplease lays it out in an enum.
fn settled_variant(variant: String) -> Result<String> {
    match super::text::fits(&variant) {
        true => Ok(variant),
        false => super::formatted_within(("enum E {\n", "}\n"), &variant),
    }
}

/// `main`, `run` and `dispatch` up to its `match`'s arms, laid out as prettyplease lays them
/// out.
pub const MAIN_HEAD: &str = "#[tokio::main(flavor = \"current_thread\")]
pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(\"error: {error}\");
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
";

/// The attributes of a command enum, before `enum`. The command is parsed once per run: the
/// size of the biggest arguments does not matter (`large_enum_variant`). Variant names are
/// the API's operation ids, shared prefixes and all (`enum_variant_names`).
const COMMAND_ENUM_HEAD: &str = "#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
#[derive(clap::Subcommand)]
";

/// A command's variant, `{variant}({args}),` after its docs and attributes (text).
fn command_variant(command: &Command, attributes: &str) -> String {
    let args = TypeText::new(command.args.to_string(), Vec::new());
    let variant = tuple_variant(4, &command.variant.to_string(), &args);
    [&*command.docs, attributes, &variant].concat()
}

/// `#[command(name = "..")]` of a variant, 4 spaces in: its argument on a line of its own
/// when the line would pass the margin, as prettyplease breaks an attribute.
fn command_name(name: &str) -> String {
    let literal = string_literal(name);
    let line = ["    #[command(name = ", &literal, ")]\n"].concat();
    match line.len() - 1 <= MARGIN {
        true => line,
        false => format!("    #[command(\n        name = {literal}\n    )]\n"),
    }
}

/// A group's variant in `Command`, 4 spaces in: its subcommand field on the variant's line
/// when it fits, else a line each, as prettyplease lays it out.
fn group_variant(variant: &str, enumeration: &str) -> String {
    let line = format!("    {variant} {{ #[command(subcommand)] command: {enumeration} }},\n");
    match line.len() - 1 <= MARGIN {
        true => line,
        false => format!(
            "    {variant} {{\n        #[command(subcommand)]\n        command: {enumeration},\n    }},\n"
        ),
    }
}

/// An arm of `dispatch`'s `match`, 8 spaces in (a top-level command) or 16 (a group's
/// member). Where no layout of `arm_text` fits (a name longer than a line), prettyplease
/// lays out that arm alone: given the whole `dispatch`, it held a syntax tree of every arm
/// (Microsoft Graph's 7,000 commands: 170 MB, the peak of its generation).
fn run_arm(indent: usize, enumeration: &str, command: &Command) -> Result<String> {
    let (variant, run) = (command.variant.to_string(), command.run.to_string());
    settled_arm(indent, (enumeration, &variant), &run)
}

fn settled_arm(indent: usize, (enumeration, variant): (&str, &str), run: &str) -> Result<String> {
    let arm = arm_text(indent, (enumeration, variant), run);
    if super::text::fits(&arm) {
        return Ok(arm);
    }
    let within = match indent {
        8 => ("fn dispatch() {\n    match c {\n", "    }\n}\n"),
        _ => (
            "fn dispatch() {\n    match c {\n        C::G { command } => {\n            match command {\n",
            "            }\n        }\n    }\n}\n",
        ),
    };
    super::formatted_within(within, &arm)
}

/// `{enumeration}::{Variant}(args) => Box::pin(run_..(client, args, format)),` at `indent`:
/// on one line if it fits (the comma does not count), else the call in a block; a pattern
/// too long for its line is broken around `args`, as prettyplease breaks them.
fn arm_text(indent: usize, (enumeration, variant): (&str, &str), run: &str) -> String {
    let pad = indentation(indent);
    let call = ["Box::pin(", run, "(client, args, format))"].concat();
    let line = [&*pad, enumeration, "::", variant, "(args) => ", &call].concat();
    if line.len() <= MARGIN {
        return line + ",\n";
    }
    let block =
        |head: String| [&*head, " => {\n", &boxed_run(indent + 4, run), &pad, "}\n"].concat();
    let head = [&*pad, enumeration, "::", variant, "(args)"].concat();
    if head.len() + " => ".len() <= MARGIN {
        return block(head);
    }
    let opening = format!("{pad}{enumeration}::{variant}(\n{pad}    args,\n");
    let close = format!("{pad}) => {call}");
    match close.len() <= MARGIN {
        true => format!("{opening}{close},\n"),
        false => opening + &block(format!("{pad})")),
    }
}

/// `Box::pin({run}(client, args, format))` at `indent` spaces (an arm's block), as
/// prettyplease lays it out: on one line, else the call on a line of its own (its comma not
/// counted), else the call's arguments one a line.
fn boxed_run(indent: usize, run: &str) -> String {
    let pad = indentation(indent);
    let call = [run, "(client, args, format)"].concat();
    let line = [&*pad, "Box::pin(", &call, ")\n"].concat();
    if line.len() - 1 <= MARGIN {
        return line;
    }
    let inner = [&*pad, "    ", &call].concat();
    let inner = match inner.len() <= MARGIN {
        true => inner + ",\n",
        false => format!(
            "{pad}    {run}(\n{pad}        client,\n{pad}        args,\n{pad}        format,\n{pad}    ),\n"
        ),
    };
    [&*pad, "Box::pin(\n", &inner, &pad, ")\n"].concat()
}

/// The first lines of a group's arm in `dispatch`, 8 spaces in.
fn group_arm_head(variant: &str) -> String {
    let line = format!("        Command::{variant} {{ command }} => {{\n");
    // Too long a line (the body's `{` may pass the margin), prettyplease breaks the
    // pattern's braces.
    match line.len() - 1 > MARGIN + 1 {
        true => format!("        Command::{variant} {{\n            command,\n        }} => {{\n"),
        false => line,
    }
}

/// An inner attribute as prettyplease prints it, on a line of its own.
fn inner_attribute_line(tokens: proc_macro2::TokenStream) -> Result<String> {
    let mut text = super::print_tokens(tokens)?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

/// The file's docs, imports, `Whole` and the `Cli` struct, as prettyplease prints them
/// (`about` and `key_source` are doc lines, each after its space).
fn head_text(
    krate: &str,
    program: &str,
    about: &str,
    key_source: &str,
    allowances: &str,
) -> String {
    let mut text = inner_comment_text(&[about, "", key_source]);
    text += allowances;
    text += "use std::future::Future;\nuse std::io::Write;\nuse std::pin::Pin;\n";
    text += "use std::process::ExitCode;\nuse clap::Parser;\n";
    text.extend(["#[allow(unused_imports)]\nuse ", krate, "::types;\n"]);
    const ROOT_ITEMS: &str = "AttemptInfo, Client, ClientBuilder, Error, Hook, ResponseMeta";
    let uses = ["use ", krate, "::{", ROOT_ITEMS, "};\n"].concat();
    match uses.len() - 1 <= MARGIN {
        true => text += &uses,
        false => text.extend(["use ", krate, "::{\n    ", ROOT_ITEMS, ",\n};\n"]),
    }
    text +=
        "/// A flag's value as one piece (see `json`).\n#[allow(dead_code)]\ntype Whole<T> = T;\n";
    text += &comment_text(&[about], 0);
    text += "#[derive(Parser)]\n";
    let name = ["name = ", &string_literal(program), ", version"].concat();
    text += &attribute(0, "command", &name);
    text += CLI_STRUCT;
    text
}

/// The `Cli` struct's body: the global flags and the command.
const CLI_STRUCT: &str = "struct Cli {
    /// The API key (default: the environment's).
    #[arg(long, global = true, value_name = \"KEY\")]
    api_key: Option<String>,
    /// The API's base URL (default: the spec's server, or the environment's).
    #[arg(long, global = true)]
    base_url: Option<String>,
    /// How answers are printed.
    #[arg(long, global = true, value_enum, default_value = \"pretty\")]
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
";

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

/// An operation's subcommand: its variant, arguments struct and the function that runs it.
struct Command {
    variant: proc_macro2::Ident,
    args: proc_macro2::Ident,
    run: proc_macro2::Ident,
    /// The operation's docs, as text 4 spaces in.
    docs: String,
    /// The operation's group's feature, if the crate has features: the command, its
    /// arguments struct, run function and arms are compiled only with it.
    feature: Option<String>,
}

/// The operation's subcommand.
fn command(api: &Api, op: &Operation) -> Command {
    let base = command_base(op);
    Command {
        variant: ident(&base),
        args: format_ident!("{}Args", base),
        run: format_ident!("run_{}", naming::unraw(&op.rust_name)),
        docs: doc_text(&op.docs, None, None, 4),
        feature: api.features.operations.get(&op.rust_name).cloned(),
    }
}

/// The name of an operation's command variant, which its arguments struct's begins with:
/// from the method's name, which is unique (`getItem` and `get_item` are two methods).
fn command_base(op: &Operation) -> String {
    naming::name_base(naming::unraw(&op.rust_name))
}

/// The operation's arguments struct (text) and the function that runs it.
pub fn emit_operation(api: &Api, op: &Operation) -> (String, RunText) {
    let args_name = command_base(op) + "Args";
    let mut names = Names::reserving(&[
        "stream", "base_url", "compact", "format", "api_key", "debug",
    ]);
    let pages = super::pagination::paginates(api, op);
    if pages {
        names.claim_snake("max_items");
    }
    let mut flags = Vec::new();
    let mut call_arguments = Vec::new();
    // The run function's statements before its call.
    let mut lines = Lines::new(4);
    for parameter in &op.parameters {
        if parameter.constant.is_some()
            || !matches!(
                parameter.location,
                ParameterLocation::Path | ParameterLocation::Header
            )
        {
            continue;
        }
        let name = names.claim_snake(naming::unraw(&parameter.rust_name));
        let f = flag(
            api,
            &name,
            &parameter.ty,
            parameter.required.into(),
            &parameter.docs,
        );
        let field = f.field.clone();
        call_arguments.push(match (&parameter.ty, parameter.required) {
            (TypeRef::String, true) => format!("&args.{field}"),
            (TypeRef::String | TypeRef::Array(_), false) => format!("args.{field}.as_deref()"),
            (TypeRef::Integer(_) | TypeRef::Number | TypeRef::Boolean, _) => {
                format!("args.{field}")
            }
            (_, true) => format!("&args.{field}"),
            (_, false) => format!("args.{field}.as_ref()"),
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
    if let Some((name, fields)) = query {
        let flags_of = FieldFlags {
            s: fields,
            stream_field: None,
            whole_body: false,
        };
        let values = struct_fields(api, &flags_of, &mut names, &mut flags).values;
        build_struct(api, (name, fields), "params", &values, &mut lines);
        call_arguments.push("&params".to_owned());
    }
    // The body: a flag per top-level field of a struct body, else one `--body` JSON flag.
    let streams = stream_type(op).is_some();
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
                let whole_body = request_body.encoding == crate::ir::BodyEncoding::Json
                    && !names.contains("body")
                    && !fields.fields.iter().any(|f| f.rust_name == "body");
                if whole_body {
                    names.claim_snake("body");
                }
                let flags_of = FieldFlags {
                    s: fields,
                    stream_field: stream_field.as_deref(),
                    whole_body,
                };
                let FieldValues { values, overlays } =
                    struct_fields(api, &flags_of, &mut names, &mut flags);
                if whole_body {
                    flags.push(whole_body_flag());
                    read_whole_body(api, (name, fields), (&values, &overlays), &mut lines);
                } else {
                    build_struct(api, (name, fields), "body", &values, &mut lines);
                }
            }
            None => {
                let f = flag(
                    api,
                    &names.claim_snake("body"),
                    ty,
                    Requirement::Required,
                    &Docs {
                        description: Some("The request body, as JSON or @file.json.".into()),
                        ..Docs::default()
                    },
                );
                lines.line(&format!("let body = args.{};", f.field));
                flags.push(f);
            }
        }
        call_arguments.push(body_argument(request_body));
    }
    let mut fields: String = flags.iter().map(|f| f.declaration.as_str()).collect();
    if streams {
        fields += "    /// Print the answer's events as they arrive, one JSON object a line.
    #[arg(long)]
    stream: bool,
";
    }
    if pages {
        fields += "    /// Walk the pages and print up to N items, one JSON value a line.
    #[arg(long, value_name = \"N\")]
    max_items: Option<usize>,
";
    }
    let args_struct = match fields.is_empty() {
        true => format!("#[derive(clap::Args)]\nstruct {args_name} {{}}\n"),
        false => [
            "#[derive(clap::Args)]\nstruct ",
            &args_name,
            " {\n",
            &fields,
            "}\n",
        ]
        .concat(),
    };
    let ends = CallEnds {
        op,
        arguments: &call_arguments,
        streams,
        pages,
    };
    ends.write(&mut lines);
    let binding = if flags.is_empty() && !streams && !pages {
        "_"
    } else {
        "args"
    };
    let run_name = ["run_", naming::unraw(&op.rust_name)].concat();
    // Only a JSON answer is printed in a format.
    let format_binding = match success_type(op) {
        Some(_) => "format",
        None => "_format",
    };
    let leaf = |text: &'static str| TypeText::leaf(text);
    let params = [
        Param::typed("client", leaf("&Client")),
        Param::typed(binding, TypeText::leaf(args_name.clone())),
        Param::typed(format_binding, leaf("Format")),
    ];
    let head = signature(
        0,
        &["async fn ", &run_name].concat(),
        &params,
        &TypeText::new("Result", vec![leaf("()"), leaf("Error")]),
    );
    let (statements, laid_out) = lines.finish();
    let run = RunText {
        code: [&*head, &statements, "}\n"].concat(),
        laid_out,
    };
    (args_struct, run)
}

/// How a run function ends: the operation's call and its answer printed, or its events
/// (`--stream`) or items across pages (`--max-items`) when asked for.
struct CallEnds<'a> {
    op: &'a Operation,
    arguments: &'a [String],
    streams: bool,
    pages: bool,
}

impl CallEnds<'_> {
    fn write(&self, lines: &mut Lines) {
        let indent = lines.indent;
        let text = match (self.pages, self.streams) {
            (true, true) => {
                // Never on one line in practice; if it were, its layout is not written here.
                let inner = self.branches(
                    indent + 4,
                    "args.stream",
                    &self.events(indent + 8),
                    &self.call(indent + 8),
                );
                if inner.lines().count() == 1 {
                    lines.laid_out = false;
                }
                self.branches(
                    indent,
                    "let Some(max) = args.max_items",
                    &self.items(indent + 4),
                    &inner,
                )
            }
            (true, false) => self.branches(
                indent,
                "let Some(max) = args.max_items",
                &self.items(indent + 4),
                &self.call(indent + 4),
            ),
            (false, true) => self.branches(
                indent,
                "args.stream",
                &self.events(indent + 4),
                &self.call(indent + 4),
            ),
            (false, false) => self.call(indent),
        };
        lines.push(&text);
    }

    /// `if {condition} { then } else { otherwise }` at `indent` spaces, the branches laid
    /// out 4 spaces further in: on one line if both are one line and it fits, as
    /// prettyplease keeps it.
    fn branches(&self, indent: usize, condition: &str, then: &str, otherwise: &str) -> String {
        let pad = indentation(indent);
        let one_line = format!(
            "{pad}if {condition} {{ {} }} else {{ {} }}",
            then.trim(),
            otherwise.trim()
        );
        if then.lines().count() == 1 && otherwise.lines().count() == 1 && one_line.len() <= MARGIN {
            return one_line + "\n";
        }
        format!("{pad}if {condition} {{\n{then}{pad}}} else {{\n{otherwise}{pad}}}\n")
    }

    /// The items across pages, printed one a line.
    fn items(&self, indent: usize) -> String {
        let paginator = derived_name(&self.op.rust_name, "paginator");
        let segments = [
            Segment::Call(paginator, self.arguments.to_vec()),
            Segment::Call("max_items".to_owned(), vec!["max".to_owned()]),
            Segment::Call("items".to_owned(), Vec::new()),
        ];
        awaited_function_call(indent, "print_events", "client", &segments)
    }

    /// The events of the `_stream` call, printed one a line.
    fn events(&self, indent: usize) -> String {
        let stream = derived_name(&self.op.rust_name, "stream");
        let segments = [
            Segment::Call(stream, self.arguments.to_vec()),
            Segment::Plain(".await?"),
        ];
        awaited_function_call(indent, "print_events", "client", &segments)
    }

    /// The call, its answer printed (a JSON one in the format asked for).
    fn call(&self, indent: usize) -> String {
        let pad = indentation(indent);
        let method = self.op.rust_name.as_str();
        let answer = [
            Segment::Call(method.to_owned(), self.arguments.to_vec()),
            Segment::Plain(".await?"),
        ];
        let flat = [".", method, "(", &self.arguments.join(", "), ").await?"].concat();
        match success_type(self.op) {
            Some(_) => {
                let items = match self.op.pagination.as_ref().and_then(|p| p.items.as_deref()) {
                    Some(items) => format!("Some({})", string_literal(items)),
                    None => "None".to_owned(),
                };
                let one_line = [&*pad, "print(&client", &flat, ", format, ", &items, ")"].concat();
                if one_line.len() <= MARGIN {
                    return one_line + "\n";
                }
                let answer = chain_argument(indent + 4, "client", &answer, ("&", ",", 1));
                format!("{pad}print(\n{answer}{pad}    format,\n{pad}    {items},\n{pad})\n")
            }
            None if answers_bytes(self.op) => {
                let one_line = format!("{pad}write_bytes(&client{flat})");
                if one_line.len() <= MARGIN {
                    return one_line + "\n";
                }
                let answer = chain_argument(indent + 4, "client", &answer, ("&", ",", 0));
                format!("{pad}write_bytes(\n{answer}{pad})\n")
            }
            None => awaited_call(indent, "client", (method, self.arguments)),
        }
    }
}

/// `--body`: the whole body, beside a flag per property.
fn whole_body_flag() -> Flag {
    Flag {
        declaration:
            "    /// The whole body: JSON or YAML, `@file`, or `-` for standard input. Flags given
    /// as well win over its properties.
    #[arg(long, value_name = \"BODY\")]
    body: Option<String>,
"
            .to_owned(),
        field: ident("body"),
    }
}

/// Binds `body` to the body read whole with the flags laid over it (`overlays`, laid out
/// 12 spaces in), or else to the struct built from the flags.
fn read_whole_body(
    api: &Api,
    (name, s): (&str, &Struct),
    (values, overlays): (&[Value], &str),
    lines: &mut Lines,
) {
    lines.open("let body = match args.body.as_deref()");
    lines.open("Some(text) =>");
    lines.line("let mut object = body_object(text)?;");
    lines.push(overlays);
    lines.push(BODY_FROM_OBJECT);
    lines.close("");
    let (constructor, assignments) = struct_parts(api, (name, s), "built", values);
    if assignments.is_empty() {
        match none_arm(lines.indent, &constructor) {
            Some(arm) => lines.push(&arm),
            None => lines.unsettled(&format!("None => {constructor},")),
        }
    } else {
        lines.open("None =>");
        lines.push(&constructor_call(
            lines.indent,
            "let mut built = ",
            &constructor,
            ";",
        ));
        for (lead, value) in assignments {
            value.assign(&lead, lines);
        }
        lines.line("built");
        lines.close("");
    }
    lines.close(";");
}

/// The body read whole as the request's type, 12 spaces in (in its arm): the type is the
/// other arm's, which builds the request from the flags.
const BODY_FROM_OBJECT: &str = "            request_body(object)?\n";

/// The body as the client method takes it, from the `body` binding.
fn body_argument(body: &crate::ir::RequestBody) -> String {
    use crate::ir::BodyEncoding;
    let value = match body.encoding {
        BodyEncoding::Text => "body.clone()",
        BodyEncoding::Bytes if body.required => "body.bytes.clone()",
        BodyEncoding::Bytes => "body.bytes.clone().into()",
        _ => "&body",
    };
    if body.required {
        value.to_owned()
    } else {
        format!("Some({value})")
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
    (name, s): (&str, &Struct),
    variable: &str,
    values: &[Value],
    lines: &mut Lines,
) {
    let (constructor, assignments) = struct_parts(api, (name, s), variable, values);
    let lead = match assignments.is_empty() {
        true => format!("let {variable} = "),
        false => format!("let mut {variable} = "),
    };
    lines.push(&constructor_call(lines.indent, &lead, &constructor, ";"));
    for (lead, value) in assignments {
        value.assign(&lead, lines);
    }
}

/// The arm `None => {constructor},` at `indent` spaces: on one line when it fits (its comma
/// does not count), else the call in a block; `None` for a `default()` too long for its
/// line, whose layout is not written here.
fn none_arm(indent: usize, constructor: &Constructor) -> Option<String> {
    let pad = indentation(indent);
    let arm = format!("{pad}None => {constructor},\n");
    match (constructor, arm.len() - ",\n".len() <= MARGIN) {
        (_, true) => Some(arm),
        // The call in a block, as prettyplease breaks an arm too long for its line.
        (Constructor::New(..), false) => {
            let call = constructor_call(indent + 4, "", constructor, "");
            Some(format!("{pad}None => {{\n{call}{pad}}}\n"))
        }
        (Constructor::Default(_), false) => None,
    }
}

/// `{lead}{constructor}{tail}`: a `new` call laid out as a call (an argument that is a call
/// too long for its line broken as one, as prettyplease breaks `required_flag(..)?`);
/// `default()` on one line.
fn constructor_call(indent: usize, lead: &str, constructor: &Constructor, tail: &str) -> String {
    let (function, args) = match constructor {
        Constructor::New(function, args) => (function, args),
        Constructor::Default(text) => {
            return [&*indentation(indent), lead, text, tail, "\n"].concat()
        }
    };
    let call = function_call(indent, lead, function, &constructor.args(), ("", tail));
    if super::text::fits(&call) {
        return call;
    }
    let pad = indentation(indent);
    let mut text = [&*pad, lead, function, "(\n"].concat();
    for (index, value) in args.iter().enumerate() {
        text += &value.argument(indent + 4, index + 1 == args.len());
    }
    text.extend([&*pad, ")", tail, "\n"]);
    text
}

/// How a struct is made before its other fields are assigned.
enum Constructor<'a> {
    /// `types::Name::new` and its arguments.
    New(String, Vec<&'a Value>),
    /// `types::Name::default()`.
    Default(String),
}

impl Constructor<'_> {
    /// `new`'s arguments, as text.
    fn args(&self) -> Vec<&str> {
        match self {
            Constructor::New(_, args) => args.iter().map(|value| value.text.as_str()).collect(),
            Constructor::Default(_) => Vec::new(),
        }
    }
}

impl std::fmt::Display for Constructor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Constructor::New(function, _) => write!(f, "{function}({})", self.args().join(", ")),
            Constructor::Default(text) => f.write_str(text),
        }
    }
}

/// The constructor (`new` with the fields it asks for, or `default`) and the assignments
/// of the other fields to `variable`.
fn struct_parts<'a>(
    api: &Api,
    (name, s): (&str, &Struct),
    variable: &str,
    values: &'a [Value],
) -> (Constructor<'a>, Vec<(String, &'a Value)>) {
    let asked = super::builders::asked_for(api, s);
    let mut arguments = Vec::new();
    let mut assignments = Vec::new();
    for (field, value) in s.fields.iter().zip(values) {
        if asked.iter().any(|f| f.rust_name == field.rust_name) {
            arguments.push(value);
        } else {
            assignments.push(([variable, ".", &field.rust_name, " = "].concat(), value));
        }
    }
    let constructor = match super::builders::construction(api, s) {
        super::builders::Construction::New => {
            Constructor::New(format!("types::{name}::new"), arguments)
        }
        super::builders::Construction::Default => {
            Constructor::Default(format!("types::{name}::default()"))
        }
    };
    (constructor, assignments)
}

/// A field's value as text, with what its assignment needs to break as prettyplease breaks it.
struct Value {
    text: String,
    /// How the assignment breaks when it does not fit its line.
    shape: ValueShape,
}

/// What a value is, for its assignment's layout.
enum ValueShape {
    /// A literal or a path, never broken.
    Plain,
    /// A call (`nullable(..)`): its function, arguments and what follows them (`?`).
    Call(&'static str, Vec<String>, &'static str),
    /// A flag (`args.x`, its field), which prettyplease breaks before `.x` when the line is
    /// too long.
    Flag(String),
}

impl Value {
    fn plain(text: String) -> Self {
        Self {
            text,
            shape: ValueShape::Plain,
        }
    }

    /// `args.{field}`.
    fn flag(field: String) -> Self {
        Self {
            text: ["args.", &field].concat(),
            shape: ValueShape::Flag(field),
        }
    }

    /// `function(args){suffix}`.
    fn call(function: &'static str, args: Vec<String>, suffix: &'static str) -> Self {
        Self {
            text: format!("{function}({}){suffix}", args.join(", ")),
            shape: ValueShape::Call(function, args, suffix),
        }
    }

    /// The value as an argument of a broken call, at `indent` spaces with its comma (which
    /// counts for the margin unless it is the last's): a call too long for its line is
    /// broken as a call.
    fn argument(&self, indent: usize, last: bool) -> String {
        let width = indent + self.text.len() + usize::from(!last);
        match &self.shape {
            ValueShape::Call(function, args, suffix) if width > MARGIN => {
                let tail = if last { "" } else { "," };
                let mut text = function_call(indent, "", function, args, (suffix, tail));
                if last {
                    text.insert(text.len() - 1, ',');
                }
                text
            }
            _ => [&*indentation(indent), &self.text, ",\n"].concat(),
        }
    }

    /// `{lead}{value};` at the lines' indent (`lead` is `target = `).
    fn assign(&self, lead: &str, lines: &mut Lines) {
        let indent = lines.indent;
        match &self.shape {
            ValueShape::Call(function, args, suffix) => {
                lines.push(&function_call(indent, lead, function, args, (suffix, ";")))
            }
            ValueShape::Flag(field) => {
                let segments = [Segment::Field(field.clone())];
                match chain_statement(indent, lead, "args", &segments) {
                    Some(text) => lines.push(&text),
                    None => lines.unsettled(&format!("{lead}{};", self.text)),
                }
            }
            ValueShape::Plain => lines.line(&format!("{lead}{};", self.text)),
        }
    }
}

/// The struct whose fields become flags, and how.
struct FieldFlags<'a> {
    s: &'a Struct,
    /// The body's `stream` property, not a flag where `--stream` picks the streaming call.
    stream_field: Option<&'a str>,
    /// Whether `--body` may give the whole struct (a JSON body): then no field flag is
    /// required on its own, and the flags given are laid over the body's properties.
    whole_body: bool,
}

/// What the flags of a struct's fields give: each field's value, in the struct's order, for
/// the struct built from flags; and the statements that lay the flags given over `object`,
/// the body read whole.
struct FieldValues {
    values: Vec<Value>,
    /// Laid out 12 spaces in (in the arm that reads the body).
    overlays: String,
}

/// Flags for a struct's fields. A property that may be sent as `null` is named by the
/// repeatable `--null PROPERTY` flag to do so.
fn struct_fields(
    api: &Api,
    fields: &FieldFlags<'_>,
    names: &mut Names,
    flags: &mut Vec<Flag>,
) -> FieldValues {
    let (s, stream_field) = (fields.s, fields.stream_field);
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
        let long = string_literal(&name.replace('_', "-"));
        let properties: Vec<String> = nullable.iter().map(|p| string_literal(p)).collect();
        let docs =
            "    /// Sends this property as an explicit `null` (to clear its value); repeat it
    /// for several. A value given for the property wins.
"
            .to_owned();
        let arg = format!(
            "long = {long}, value_name = \"PROPERTY\", value_parser = [{}]",
            properties.join(", ")
        );
        let ty = TypeText::new("Vec", vec![TypeText::new("String", Vec::new())]);
        let flag = Flag {
            declaration: declaration(docs, &arg, &name, &ty),
            field: field.clone(),
        };
        (field, flag)
    });
    let (null_flag, null_declaration) = null_flag.unzip();
    let sources: Vec<Option<proc_macro2::Ident>> = s
        .fields
        .iter()
        .map(|field| {
            if Some(field.rust_name.as_str()) == stream_field {
                return None;
            }
            let name = names.claim_snake(naming::unraw(&field.rust_name));
            let requirement = match (field.presence == Presence::Required, fields.whole_body) {
                (true, true) => Requirement::UnlessBody,
                (required, _) => required.into(),
            };
            let f = flag(api, &name, &field.ty, requirement, &field.docs);
            let source = f.field.clone();
            flags.push(f);
            Some(source)
        })
        .collect();
    // After every field's own flag, so that no field loses its name to an item flag.
    let mut overlays = String::new();
    let values = s
        .fields
        .iter()
        .zip(sources)
        .map(|(field, source)| {
            let Some(source) = source else {
                let text = match field.presence {
                    Presence::Required => "false",
                    Presence::OptionalNullable => "Nullable::Absent",
                    _ => "None",
                };
                return Value::plain(text.to_owned());
            };
            let wire = string_literal(&field.wire_name);
            let overlay = |value: String| {
                let args = ["&mut object", &wire, &value];
                function_call(12, "", "overlay", &args, ("?", ";"))
            };
            overlays += &overlay(format!("args.{source}.as_ref()"));
            let mut value = Value::flag(source.to_string());
            if let Some((item, flag)) = item_flag(api, field, &source, names) {
                flags.push(flag);
                overlays += &overlay(format!("(!args.{item}.is_empty()).then_some(&args.{item})"));
                let args = vec![value.text.clone(), format!("args.{item}")];
                value = Value::call("whole_or_items", args, "");
            }
            if fields.whole_body && field.presence == Presence::Required {
                let long = format!("--{}", naming::unraw(&source.to_string()).replace('_', "-"));
                let args = vec![value.text.clone(), string_literal(&long)];
                value = Value::call("required_flag", args, "?");
            }
            if let (Some(null), Presence::OptionalNullable) = (&null_flag, field.presence) {
                let args = vec![value.text.clone(), format!("&args.{null}"), wire];
                value = Value::call("nullable", args, "");
            }
            value
        })
        .collect();
    if let Some(null) = &null_flag {
        overlays += &format!(
            "            for name in &args.{null} {{
                object.entry(name.clone()).or_insert(serde_json::Value::Null);
            }}
"
        );
    }
    flags.extend(null_declaration);
    FieldValues { values, overlays }
}

/// For an optional list field (`tools`), a flag taking one item, repeated (`--tool '{..}'
/// --tool ..`), as the reference command line has it; the whole list as one JSON value stays
/// its own flag. None where the field's name has no plain singular that is free and no
/// keyword.
fn item_flag(
    api: &Api,
    field: &crate::ir::Field,
    whole: &proc_macro2::Ident,
    names: &mut Names,
) -> Option<(proc_macro2::Ident, Flag)> {
    let TypeRef::Array(item) = api.resolve_alias(&field.ty) else {
        return None;
    };
    let whole_name = whole.to_string();
    if field.presence == Presence::Required || whole_name.starts_with("r#") {
        return None;
    }
    let single = singular(&whole_name)?;
    // `types` → `type`: a keyword would need `r#`, and a flag of that name reads badly.
    if names.contains(&single) || crate::naming::is_keyword(&single) {
        return None;
    }
    let value_type = type_text_in(item, Scope::Program);
    let parser = match reading(api, item) {
        Reading::Plain => String::new(),
        Reading::Text => format!("value_parser = text::<{}>, ", value_type.flat()),
        Reading::Json => format!("value_parser = json::<{}>, ", value_type.flat()),
        Reading::Boolean | Reading::File => return None,
    };
    let name = names.claim_snake(&single);
    let field_ident = ident(&name);
    let doc = format!(
        "    /// One item of `--{}`; repeat the flag for several.\n",
        whole_name.replace('_', "-")
    );
    let arg = format!(
        "long = {}, value_name = \"ITEM\", {parser}conflicts_with = {}",
        string_literal(&name.replace('_', "-")),
        string_literal(&whole_name)
    );
    let ty = TypeText::new("Vec", vec![TypeText::new("Whole", vec![value_type])]);
    Some((
        field_ident.clone(),
        Flag {
            field: field_ident,
            declaration: declaration(doc, &arg, &name, &ty),
        },
    ))
}

/// `tools` → `tool`, `entries` → `entry`, `boxes` → `box`; None when the word does not end
/// as a plural does.
fn singular(plural: &str) -> Option<String> {
    let single = if let Some(stem) = plural.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["sses", "xes", "ches", "shes"]
        .iter()
        .any(|end| plural.ends_with(end))
    {
        plural.strip_suffix("es")?.to_owned()
    } else if plural.ends_with('s') && !plural.ends_with("ss") {
        plural.strip_suffix('s')?.to_owned()
    } else {
        return None;
    };
    (!single.is_empty() && !single.ends_with('_')).then_some(single)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formatted(text: &str) -> String {
        let file: syn::File = syn::parse_str(text).expect("the text is Rust");
        prettyplease::unparse(&file)
    }

    /// A command's `#[cfg]` lines, on the items and arms it gates, are what prettyplease
    /// prints of them, for features short and as long as a feature can be (64 characters
    /// and `-api`), past the margin in the arms of a group.
    #[test]
    fn cfg_lines_are_laid_out_as_prettyplease_lays_them_out() {
        for length in [1, 40, 68] {
            let feature = "f".repeat(length);
            let gated = |indent: usize| cfg_line(indent, Some(&feature));
            let text = format!(
                "enum Command {{\n{}    A(AArgs),\n}}\n{}struct AArgs {{}}\n{}async fn run_a() {{}}\n\
                 fn dispatch() {{\n    match c {{\n{}        Command::A(args) => run(args),\n\
                 {}        Command::G {{ command }} => {{\n            match command {{\n\
                 {}                G::A(args) => run(args),\n            }}\n        }}\n    }}\n}}\n",
                gated(4),
                gated(0),
                gated(0),
                gated(8),
                gated(8),
                gated(16),
            );
            assert_eq!(formatted(&text), text, "a feature of {length}");
        }
        assert_eq!(cfg_line(8, None), "");
    }

    /// `main`, `run`, `Running` and `dispatch`, with an arm of each layout and the last
    /// arm, are what prettyplease prints of them (items on consecutive lines, as
    /// prettyplease prints them before the file is spaced).
    #[test]
    fn main_and_dispatch_are_printed_as_prettyplease_prints_them() -> Result<()> {
        let mut arms = String::new();
        for (variant, run) in [
            ("A", "run_a".to_owned()),
            (
                "Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                format!("run_{}", "b".repeat(30)),
            ),
            (
                "Cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
                "run_c".to_owned(),
            ),
        ] {
            arms += &settled_arm(8, ("Command", variant), &run)?;
        }
        let tail = "        Command::CompletionScript { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, \"x\", &mut std::io::stdout());
            Box::pin(std::future::ready(Ok(())))
        }
    }
}
";
        let text = [MAIN_HEAD, &arms, tail].concat();
        assert_eq!(formatted(&text), text);
        // One arm of each layout: on its line, in a block, its pattern broken.
        assert_eq!(arms.matches(" => Box::pin(").count(), 2, "{arms}");
        assert_eq!(arms.matches(" => {\n").count(), 1, "{arms}");
        Ok(())
    }

    /// A constructor, as a statement and as the arm that is a request's body, reads as
    /// prettyplease lays it out wherever its lines fit: on one line, its arguments one a
    /// line, and each argument that is a call too long for its line broken too (the last
    /// one's comma not counted).
    #[test]
    fn constructors_break_where_prettyplease_breaks_them() {
        let mut checked = 0;
        for length in (1..90).step_by(3) {
            let function = format!("types::A{}::new", "b".repeat(length));
            for flag_length in [1, 30, 60] {
                let flag = |i: usize| {
                    let field = format!("c{i}{}", "d".repeat(flag_length));
                    let args = vec![
                        format!("args.{field}"),
                        string_literal(&format!("--{field}")),
                    ];
                    Value::call("required_flag", args, "?")
                };
                for count in 1..4 {
                    let values: Vec<Value> = (0..count).map(flag).collect();
                    let constructor = Constructor::New(function.clone(), values.iter().collect());
                    let statement = constructor_call(4, "let mut built = ", &constructor, ";");
                    let arm = none_arm(8, &constructor).expect("a `new` arm");
                    let code = format!(
                        "fn f() {{\n    let body = match args.body.as_deref() {{\n        \
                         Some(text) => read(text)?,\n{arm}    }};\n{statement}}}\n"
                    );
                    if super::super::text::fits(&code) {
                        assert_eq!(formatted(&code), code, "{length}, {flag_length}, {count}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 250, "{checked} layouts checked");
    }

    /// The file's head as text is what prettyplease prints of it, for crate and program
    /// names on both sides of the lengths where a line breaks (the imports of the crate's
    /// root at 20 characters, the `#[command]` at 60), with and without the allowances of a
    /// crate with groups, and holds what it is given.
    #[test]
    fn the_head_is_laid_out_as_prettyplease_lays_it_out() -> Result<()> {
        let about = doc_line(" A command line for Pets 1.0, generated from its OpenAPI document.");
        let key_source = key_source(&ClientConfig::default());
        let allowed = inner_attribute_line(quote::quote! {
            #![cfg_attr(not(all(feature = "a", feature = "b")), allow(dead_code, unused_imports))]
        })?;
        for allowances in ["", &allowed] {
            for length in (15..=25).chain(55..=64) {
                let krate = format!("c{}", "_".repeat(length - 1));
                let program = format!("p{}", "-".repeat(length - 1));
                let head = head_text(&krate, &program, &about, &key_source, allowances);
                assert_eq!(formatted(&head), head, "names of {length}");
                let docs = format!("//!{about}\n//!\n//!{key_source}\n{allowances}use ");
                assert!(head.starts_with(&docs), "{head}");
                assert!(head.contains(&format!("use {krate}::types;\n")), "{head}");
                assert!(head.contains(&format!("name = \"{program}\"")), "{head}");
            }
        }
        Ok(())
    }

    /// The tail holds the readers the operations use and the imports they take, as
    /// prettyplease prints them.
    #[test]
    fn the_tail_holds_what_the_operations_use() {
        for choice in 0..8 {
            let bit = |n: u32| choice & (1 << n) != 0;
            let tail = Tail {
                krate: "pets".to_owned(),
                sends_null: bit(0),
            };
            let uses = FileUses {
                names: bit(1),
                reads: bit(2),
            };
            let text = tail.text(&uses);
            if !text.is_empty() {
                assert_eq!(formatted(&text), text, "{choice:#b}");
            }
            let has = |item: &str| text.contains(item);
            assert_eq!(
                has("use pets::FileUpload;\n"),
                bit(1) || bit(2),
                "{choice:#b}"
            );
            assert_eq!(has("fn file(text: &str)"), bit(2), "{choice:#b}");
            assert_eq!(has("use pets::Nullable;\n"), bit(0), "{choice:#b}");
            assert_eq!(has("fn nullable<T>("), bit(0), "{choice:#b}");
        }
    }

    #[test]
    fn arg_attributes_break_where_prettyplease_breaks_them() {
        let mut broken = 0;
        for length in 1..90 {
            let name = format!("T{}", "a".repeat(length));
            let args = [
                format!("long, value_parser = text::<types::{name}>"),
                format!("long, required_unless_present = \"body\", value_parser = json::<Whole<Vec<types::{name}>>>"),
                format!("long = \"null\", value_name = \"PROPERTY\", value_parser = [\"{name}\", \"b\"]"),
                format!("long, value_parser = json::<Whole<std::collections::BTreeMap<String, types::{name}>>>"),
            ];
            let serde =
                format!("rename = \"{name}\", default, skip_serializing_if = \"Option::is_none\"");
            let attributes = args
                .iter()
                .map(|arg| arg_attribute(arg))
                .chain([field_attribute("serde", &serde)]);
            for attribute in attributes {
                let text = format!("struct A {{\n{attribute}    a: A,\n}}\n");
                if text.lines().all(|line| line.len() <= MARGIN) {
                    assert_eq!(formatted(&text), text, "{attribute}");
                    broken += usize::from(text.contains("(\n        "));
                }
            }
        }
        assert!(broken > 100, "{broken} broken attributes checked");
    }

    #[test]
    fn run_arms_break_where_prettyplease_breaks_them() {
        let (mut checked, mut call_alone, mut arguments_alone) = (0, 0, 0);
        for length in 1..90 {
            for run_length in [5, 30, 45, 50, 65, 80] {
                let variant = format!("V{}", "a".repeat(length));
                let run = format!("run_{}", "r".repeat(run_length));
                let arms = arm_text(8, ("Command", &variant), &run)
                    + &arm_text(8, ("Command", "B"), "run_b");
                let text = format!("fn dispatch() {{\n    match c {{\n{arms}    }}\n}}\n");
                // Long lines included, where prettyplease leaves them long.
                if super::super::text::fits(&text) {
                    assert_eq!(formatted(&text), text);
                    checked += 1;
                    call_alone += usize::from(
                        text.contains("Box::pin(\n")
                            && !text.contains("(\n                    client"),
                    );
                    arguments_alone += usize::from(text.contains("(\n                    client"));
                }
            }
        }
        assert!(checked > 250, "{checked} layouts checked");
        // The boxed call broken both ways: its call on a line, its arguments one a line.
        assert!(
            call_alone > 10 && arguments_alone > 10,
            "{call_alone}, {arguments_alone}"
        );
    }

    #[test]
    fn arms_too_long_for_any_layout_are_laid_out_alone_as_in_the_whole_run() -> Result<()> {
        let mut long = 0;
        for length in 40..140 {
            for run_length in [5, 60, 85, 95, 120] {
                let variant = format!("V{}", "a".repeat(length));
                let run = format!("run_{}", "r".repeat(run_length));
                let top = settled_arm(8, ("Command", &variant), &run)?
                    + &settled_arm(8, ("Command", "B"), "run_b")?;
                let member = settled_arm(16, ("GroupCommand", &variant), &run)?;
                let group = group_arm_head(&format!("{variant}Group"));
                let text = format!(
                    "fn dispatch() {{\n    match c {{\n{top}{group}            match command {{\n{member}            }}\n        }}\n    }}\n}}\n"
                );
                assert_eq!(formatted(&text), text);
                long += usize::from(!super::super::text::fits(&text));
            }
        }
        assert!(long > 40, "{long} runs with lines over the margin checked");
        Ok(())
    }

    #[test]
    fn command_variants_that_do_not_fit_are_laid_out_alone_as_in_the_whole_enum() -> Result<()> {
        let mut laid_out = 0;
        for length in [10, 60, 95, 120] {
            let about = "a".repeat(length);
            let variants = [
                format!("    /// Docs.\n    #[command(name = \"x\", about = \"{about}\")]\n    A(AArgs),\n"),
                format!("    #[command(hide = true)]\n    B{about}(B{about}Args, C{about}Args),\n"),
                "    /// Docs.\n    C(CArgs),\n".to_owned(),
            ];
            let head = format!("{COMMAND_ENUM_HEAD}enum Command {{\n");
            let whole = format!("{head}{}}}\n", variants.concat());
            let mut settled = head;
            for variant in &variants {
                let variant_settled = settled_variant(variant.clone())?;
                laid_out += usize::from(variant_settled != *variant);
                settled += &variant_settled;
            }
            settled += "}\n";
            assert_eq!(settled, formatted(&whole));
        }
        assert!(
            laid_out >= 4,
            "{laid_out} variants laid out by prettyplease"
        );
        Ok(())
    }

    #[test]
    fn group_variants_and_names_break_where_prettyplease_breaks_them() {
        for length in 1..90 {
            let name = "n".repeat(length);
            let variant = format!("V{}", "a".repeat(length / 2));
            let enumeration = format!("E{}", "b".repeat(length / 2));
            let text = format!(
                "enum Command {{\n{}{}}}\n",
                command_name(&name),
                group_variant(&variant, &enumeration)
            );
            assert_eq!(formatted(&text), text, "{length}");
        }
    }
}
