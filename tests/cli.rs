//! The generated command line (`openai-thread-runs --features cli`), run as a program
//! against Prism. `cargo xtask test` builds it and runs these with `--ignored`, `CLI_BIN`
//! and `PRISM_URL` set; run that way they fail, never skip, when either is missing.

use std::process::{Command, Output};

fn cli(args: &[&str], api_key: Option<&str>) -> Output {
    let bin = std::env::var("CLI_BIN")
        .expect("CLI_BIN is not set: run these tests through `cargo xtask test`");
    let mut command = Command::new(bin);
    command
        .args(args)
        .env_remove("OPENAI_API_KEY")
        .env_remove("OPENAI_BASE_URL");
    if let Some(key) = api_key {
        command.env("OPENAI_API_KEY", key);
    }
    command.output().expect("the command line runs")
}

fn prism_url() -> String {
    std::env::var("PRISM_URL")
        .expect("PRISM_URL is not set: run these tests through `cargo xtask test`")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
#[ignore = "needs the built command line and Prism: run by `cargo xtask test`"]
fn a_valid_call_prints_the_run_as_json() {
    let url = prism_url();
    let output = cli(
        &[
            "create-thread-and-run",
            "--base-url",
            &url,
            "--assistant-id",
            "asst_1",
            "--temperature",
            "0.5",
            "--model",
            "gpt-4o",
            "--tools",
            r#"[{"type": "code_interpreter"}]"#,
            "--metadata",
            r#"{"team": "docs"}"#,
            "--compact",
        ],
        Some("sk-test"),
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        text(&output.stderr)
    );
    let stdout = text(&output.stdout);
    assert_eq!(
        stdout.lines().count(),
        1,
        "--compact prints one line: {stdout}"
    );
    let run: serde_json::Value = serde_json::from_str(&stdout).expect("JSON on stdout");
    assert_eq!(run["object"], "thread.run");

    let pretty = cli(
        &[
            "get-run",
            "--base-url",
            &url,
            "--thread-id",
            "t",
            "--run-id",
            "r",
        ],
        Some("sk-test"),
    );
    assert_eq!(
        pretty.status.code(),
        Some(0),
        "stderr: {}",
        text(&pretty.stderr)
    );
    assert!(
        text(&pretty.stdout).lines().count() > 10,
        "pretty by default"
    );
}

#[test]
#[ignore = "needs the built command line and Prism: run by `cargo xtask test`"]
fn complex_flags_read_files() {
    let dir = std::env::temp_dir().join(format!("cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let thread = dir.join("thread.json");
    std::fs::write(
        &thread,
        r#"{"messages": [{"role": "user", "content": "hello"}]}"#,
    )
    .expect("write");
    let argument = format!("@{}", thread.display());
    let output = cli(
        &[
            "create-thread-and-run",
            "--base-url",
            &prism_url(),
            "--assistant-id",
            "asst_1",
            "--thread",
            &argument,
        ],
        Some("sk-test"),
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        text(&output.stderr)
    );
}

#[test]
#[ignore = "needs the built command line and Prism: run by `cargo xtask test`"]
fn usage_errors_exit_2() {
    let url = prism_url();
    let missing = cli(
        &["create-thread-and-run", "--base-url", &url],
        Some("sk-test"),
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        text(&missing.stderr).contains("--assistant-id"),
        "{}",
        text(&missing.stderr)
    );

    let bad_json = cli(
        &[
            "create-thread-and-run",
            "--base-url",
            &url,
            "--assistant-id",
            "a",
            "--tools",
            "[{oops",
        ],
        Some("sk-test"),
    );
    assert_eq!(bad_json.status.code(), Some(2));
    assert!(
        text(&bad_json.stderr).contains("--tools"),
        "{}",
        text(&bad_json.stderr)
    );
}

#[test]
#[ignore = "needs the built command line and Prism: run by `cargo xtask test`"]
fn api_errors_exit_3_with_the_message() {
    let output = cli(
        &[
            "create-thread-and-run",
            "--base-url",
            &prism_url(),
            "--assistant-id",
            "a",
        ],
        None,
    );
    assert_eq!(
        output.status.code(),
        Some(3),
        "stderr: {}",
        text(&output.stderr)
    );
    assert!(
        text(&output.stderr).contains("HTTP 401"),
        "{}",
        text(&output.stderr)
    );
    assert!(output.stdout.is_empty());
}

#[test]
#[ignore = "needs the built command line and Prism: run by `cargo xtask test`"]
fn network_errors_exit_4() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let output = cli(
        &[
            "get-run",
            "--base-url",
            &url,
            "--thread-id",
            "t",
            "--run-id",
            "r",
        ],
        Some("sk-test"),
    );
    assert_eq!(
        output.status.code(),
        Some(4),
        "stderr: {}",
        text(&output.stderr)
    );
}

#[test]
#[ignore = "needs the built command line: run by `cargo xtask test`"]
fn help_texts() {
    insta::assert_snapshot!("cli_help", text(&cli(&["--help"], None).stdout));
    insta::assert_snapshot!(
        "cli_create_thread_and_run_help",
        text(&cli(&["beta:threads", "create-and-run", "--help"], None).stdout)
    );
    insta::assert_snapshot!(
        "cli_beta_threads_runs_help",
        text(&cli(&["beta:threads:runs", "--help"], None).stdout)
    );
}

#[test]
#[ignore = "needs the built command line: run by `cargo xtask test`"]
fn stream_prints_one_event_a_line() {
    // A one-shot server answering with a spec stream from the corpus (Prism cannot stream).
    let corpus = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/stream__spec30_createThreadAndRun_streaming.sse"
    );
    let mut body = std::fs::read(corpus).expect("the corpus stream");
    body.push(b'\n');
    let (url, server) = one_shot_server("text/event-stream", body);
    let output = cli(
        &[
            "create-thread-and-run",
            "--base-url",
            &url,
            "--assistant-id",
            "a",
            "--stream",
        ],
        Some("sk-test"),
    );
    let request = server.join().expect("server");
    assert!(request.contains("\"stream\":true"), "{request}");
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        text(&output.stderr)
    );
    let lines: Vec<serde_json::Value> = text(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object a line"))
        .collect();
    assert_eq!(lines.len(), 14, "13 events and done");
    assert_eq!(lines[0]["event"], "thread.created");
    assert_eq!(
        lines[13],
        serde_json::json!({"event": "done", "data": "[DONE]"})
    );
}

/// A server on a free loopback port that answers one request with `body`, and returns what
/// it received: the head, and as many bytes of body as its `content-length` says.
fn one_shot_server(
    content_type: &'static str,
    body: Vec<u8>,
) -> (String, std::thread::JoinHandle<String>) {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let server = std::thread::spawn(move || {
        let (mut socket, _) = listener.accept().expect("accept");
        let request = read_request(&mut socket);
        let head = format!("HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", body.len());
        // The program may have given up (a test that fails): what it received still tells why.
        let _ = socket
            .write_all(head.as_bytes())
            .and_then(|()| socket.write_all(&body));
        request
    });
    (url, server)
}

/// One HTTP request: its head, then the body its `content-length` announces.
fn read_request(socket: &mut std::net::TcpStream) -> String {
    use std::io::Read;
    let mut request = Vec::new();
    let mut buffer = [0u8; 4096];
    let complete = |request: &[u8]| {
        let text = String::from_utf8_lossy(request);
        let Some((head, body)) = text.split_once("\r\n\r\n") else {
            return false;
        };
        let length = head
            .lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, value)| value.trim().parse::<usize>().ok())
            .unwrap_or(0);
        body.len() >= length
    };
    while !complete(&request) {
        match socket.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
    }
    String::from_utf8_lossy(&request).into_owned()
}

/// The JSON body of a raw HTTP request.
fn request_body(request: &str) -> serde_json::Value {
    let (_, body) = request.split_once("\r\n\r\n").expect("a head and a body");
    serde_json::from_str(body).expect("a JSON body")
}

#[test]
#[ignore = "needs the built command line: run by `cargo xtask test`"]
fn null_is_sent_only_for_the_properties_null_names() {
    let run = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/run_object__spec30_getRun_default.json"
    );
    let answer = std::fs::read(run).expect("a corpus run");
    let mut bodies = Vec::new();
    for extra in [
        &[][..],
        &["--null", "instructions"][..],
        &[
            "--null",
            "instructions",
            "--null",
            "metadata",
            "--instructions",
            "Hi",
        ][..],
    ] {
        let (url, server) = one_shot_server("application/json", answer.clone());
        let mut args = vec![
            "create-thread-and-run",
            "--base-url",
            &url,
            "--assistant-id",
            "a",
        ];
        args.extend_from_slice(extra);
        let output = cli(&args, Some("sk-test"));
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        bodies.push(request_body(&server.join().expect("server")));
    }
    assert_eq!(bodies[0], serde_json::json!({"assistant_id": "a"}));
    assert_eq!(
        bodies[1],
        serde_json::json!({"assistant_id": "a", "instructions": null})
    );
    assert_eq!(
        bodies[2],
        serde_json::json!({"assistant_id": "a", "instructions": "Hi", "metadata": null})
    );
    let refused = cli(
        &[
            "create-thread-and-run",
            "--assistant-id",
            "a",
            "--null",
            "assistant_id",
        ],
        Some("sk-test"),
    );
    assert_eq!(refused.status.code(), Some(2), "only nullable properties");
}

#[tokio::test]
#[ignore = "needs the built command line: run by `cargo xtask test`"]
async fn max_items_walks_the_pages_and_prints_one_item_a_line() {
    use wiremock::matchers::{path, query_param, query_param_is_missing};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let corpus = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/list_messages_response__spec30_listMessages_default.json"
    );
    let listed = std::fs::read_to_string(corpus).expect("a corpus page");
    let message: serde_json::Value =
        serde_json::from_str::<serde_json::Value>(&listed).expect("JSON")["data"][0].clone();
    let page = |ids: [&str; 2]| {
        let data: Vec<serde_json::Value> = ids
            .iter()
            .map(|id| {
                let mut message = message.clone();
                message["id"] = (*id).into();
                message
            })
            .collect();
        let body = serde_json::json!({"object": "list", "data": data,
            "first_id": ids[0], "last_id": ids[1], "has_more": true});
        ResponseTemplate::new(200).set_body_json(body)
    };
    let server = MockServer::start().await;
    let list = || Mock::given(path("/threads/thread_1/messages"));
    list()
        .and(query_param_is_missing("after"))
        .respond_with(page(["msg_1", "msg_2"]))
        .mount(&server)
        .await;
    list()
        .and(query_param("after", "msg_2"))
        .respond_with(page(["msg_3", "msg_4"]))
        .mount(&server)
        .await;
    list()
        .and(query_param("after", "msg_4"))
        .respond_with(page(["msg_5", "msg_6"]))
        .expect(0)
        .mount(&server)
        .await;
    let url = server.uri();
    let output = tokio::task::spawn_blocking(move || {
        cli(
            &[
                "list-messages",
                "--base-url",
                &url,
                "--thread-id",
                "thread_1",
                "--limit",
                "2",
                "--max-items",
                "3",
            ],
            Some("sk-test"),
        )
    })
    .await
    .expect("the command line ran");
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        text(&output.stderr)
    );
    let ids: Vec<String> = text(&output.stdout)
        .lines()
        .map(|line| {
            let item: serde_json::Value =
                serde_json::from_str(line).expect("one JSON value a line");
            item["id"].as_str().unwrap_or_default().to_owned()
        })
        .collect();
    assert_eq!(ids, ["msg_1", "msg_2", "msg_3"]);
    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 2, "page 3 is never asked for");
}

/// The reference command line's page (a seed of this project, beside the repository): its
/// example command, and the Run its example answer shows.
fn reference_example() -> (String, String) {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds");
    let page = std::fs::read_dir(seeds)
        .expect("the seeds beside the repository")
        .flatten()
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .find(|text| text.contains("`$ openai beta:threads create-and-run`"))
        .expect("the reference command line's page");
    let block = |start: &str| {
        let (_, rest) = page.split_once(start).expect("the example's block");
        let (block, _) = rest.split_once("\n```").expect("the block's end");
        block.to_owned()
    };
    (block("```cli\n"), block("#### Response\n\n```json\n"))
}

/// A command as a POSIX shell splits it: words, single quotes, `\` line continuations.
fn shell_words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quoted = false;
    let mut chars = command.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                word.get_or_insert_with(String::new);
            }
            '\\' if !quoted && chars.peek() == Some(&'\n') => {
                chars.next();
            }
            c if c.is_whitespace() && !quoted => words.extend(word.take()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

#[test]
fn shell_words_split_as_a_shell_does() {
    assert_eq!(
        shell_words("openai x \\\n  --api-key 'My API Key' --id a_b\n"),
        ["openai", "x", "--api-key", "My API Key", "--id", "a_b"]
    );
}

#[test]
#[ignore = "needs the built command line: run by `cargo xtask test`"]
fn the_reference_command_lines_example_runs_as_written() {
    let (command, answer) = reference_example();
    let words = shell_words(&command);
    let bin = std::env::var("CLI_BIN").expect("CLI_BIN is not set: run through `cargo xtask test`");
    let program = std::path::Path::new(&bin)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned());
    assert_eq!(
        program.as_deref(),
        Some(words[0].as_str()),
        "the program's name"
    );
    let (url, server) = one_shot_server("application/json", answer.clone().into_bytes());
    let output = Command::new(&bin)
        .args(&words[1..])
        .env_remove("OPENAI_API_KEY")
        .env("OPENAI_BASE_URL", &url)
        .output()
        .expect("runs");
    let request = server.join().expect("server");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON printed");
    let expected: serde_json::Value = serde_json::from_str(&answer).expect("the seed's Run");
    assert_eq!(
        numbers_as_floats(printed),
        numbers_as_floats(expected),
        "the Run printed as it came"
    );
    let head = request.to_lowercase();
    assert!(head.starts_with("post /threads/runs "), "{request}");
    assert!(
        request.contains("authorization: Bearer My API Key\r\n"),
        "{request}"
    );
    assert_eq!(
        request_body(&request),
        serde_json::json!({"assistant_id": "assistant_id"})
    );
}

/// The value with every number as a float: `0` and `0.0` are one number.
fn numbers_as_floats(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Number(n) => n
            .as_f64()
            .map_or(Value::Number(n), |f| serde_json::json!(f)),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_floats).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, numbers_as_floats(v)))
                .collect(),
        ),
        other => other,
    }
}

/// Runs the program against a one-shot server answering `answer`; its stdout.
fn printed_with(args: &[&str], answer: &str) -> String {
    let (url, server) = one_shot_server("application/json", answer.as_bytes().to_vec());
    let mut all = args.to_vec();
    all.extend(["--base-url", &url]);
    let output = cli(&all, Some("sk-test"));
    server.join().expect("server");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    text(&output.stdout)
}

#[test]
#[ignore = "needs the built command line: run by `cargo xtask test`"]
fn formats_print_yaml_and_one_item_a_line() {
    let (_, run) = reference_example();
    let yaml = printed_with(
        &[
            "beta:threads:runs",
            "retrieve",
            "--thread-id",
            "t",
            "--run-id",
            "r",
            "--format",
            "yaml",
        ],
        &run,
    );
    let decoded: serde_json::Value = serde_yaml::from_str(&yaml).expect("YAML");
    let expected: serde_json::Value = serde_json::from_str(&run).expect("JSON");
    assert_eq!(
        numbers_as_floats(decoded),
        numbers_as_floats(expected),
        "{yaml}"
    );
    assert!(yaml.contains("\nstatus: "), "{yaml}");
    let list = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/list_messages_response__spec30_listMessages_default.json"
    );
    let page = std::fs::read_to_string(list).expect("the corpus list");
    let items = serde_json::from_str::<serde_json::Value>(&page).expect("JSON")["data"]
        .as_array()
        .expect("data")
        .clone();
    let lines = printed_with(
        &[
            "beta:threads:messages",
            "list",
            "--thread-id",
            "t",
            "--format",
            "jsonl",
        ],
        &page,
    );
    let lines: Vec<serde_json::Value> = lines
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON value a line"))
        .collect();
    assert_eq!(lines, items, "each item of `data` on its own line");
}

#[test]
#[ignore = "needs the built command line: run by `cargo xtask test`"]
fn completion_scripts_name_the_grouped_commands() {
    let output = cli(&["completion", "bash"], None);
    assert_eq!(output.status.code(), Some(0));
    let script = text(&output.stdout);
    assert!(
        script.contains("beta:threads"),
        "{}",
        &script[..script.len().min(400)]
    );
}

#[test]
#[ignore = "needs the built command line: run by `cargo xtask test`"]
fn a_list_field_takes_one_item_a_flag_or_the_whole_list_and_debug_hides_the_key() {
    let (_, run) = reference_example();
    let (url, server) = one_shot_server("application/json", run.clone().into_bytes());
    let output = cli(
        &[
            "beta:threads",
            "create-and-run",
            "--base-url",
            &url,
            "--assistant-id",
            "a",
            "--tool",
            r#"{"type":"code_interpreter"}"#,
            "--tool",
            r#"{"type":"file_search"}"#,
            "--debug",
        ],
        Some("sk-very-secret"),
    );
    let request = server.join().expect("server");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(
        request_body(&request)["tools"],
        serde_json::json!([{"type": "code_interpreter"}, {"type": "file_search"}])
    );
    let debug = text(&output.stderr);
    assert!(debug.contains("> POST "), "{debug}");
    assert!(debug.contains("authorization: [redacted]"), "{debug}");
    assert!(debug.contains("< 200"), "{debug}");
    assert!(!debug.contains("sk-very-secret"), "{debug}");

    let (url, server) = one_shot_server("application/json", run.into_bytes());
    let whole = r#"[{"type":"code_interpreter"}]"#;
    let output = cli(
        &[
            "beta:threads",
            "create-and-run",
            "--base-url",
            &url,
            "--assistant-id",
            "a",
            "--tools",
            whole,
        ],
        Some("sk-test"),
    );
    let request = server.join().expect("server");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(
        request_body(&request)["tools"],
        serde_json::json!([{"type": "code_interpreter"}])
    );
    let both = cli(
        &[
            "beta:threads",
            "create-and-run",
            "--assistant-id",
            "a",
            "--tools",
            whole,
            "--tool",
            "{}",
        ],
        Some("sk-test"),
    );
    assert_eq!(
        both.status.code(),
        Some(2),
        "the list or its items, not both"
    );
}

#[test]
#[ignore = "needs the built command line: run by `cargo xtask test`"]
fn the_whole_body_comes_from_stdin_or_a_yaml_file_and_flags_win() {
    use std::io::Write;
    let bin = std::env::var("CLI_BIN").expect("CLI_BIN is not set: run through `cargo xtask test`");
    let (_, run) = reference_example();
    let (url, server) = one_shot_server("application/json", run.clone().into_bytes());
    let mut child = Command::new(&bin)
        .args([
            "beta:threads",
            "create-and-run",
            "--base-url",
            &url,
            "--body",
            "-",
            "--model",
            "gpt-4o",
        ])
        .env("OPENAI_API_KEY", "sk-test")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(br#"{"assistant_id": "asst_stdin", "model": "gpt-4", "metadata": {"k": "v"}}"#)
        .expect("written");
    let output = child.wait_with_output().expect("ends");
    let request = server.join().expect("server");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(
        request_body(&request),
        serde_json::json!({"assistant_id": "asst_stdin", "model": "gpt-4o", "metadata": {"k": "v"}}),
        "the body from stdin, --model laid over it"
    );

    let dir = std::env::temp_dir().join(format!("cli-body-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("body.yaml");
    std::fs::write(
        &file,
        "assistant_id: asst_yaml\ntools:\n  - type: code_interpreter\n",
    )
    .expect("file");
    let (url, server) = one_shot_server("application/json", run.into_bytes());
    let at_file = format!("@{}", file.display());
    let output = cli(
        &[
            "beta:threads",
            "create-and-run",
            "--base-url",
            &url,
            "--body",
            &at_file,
        ],
        Some("sk-test"),
    );
    let request = server.join().expect("server");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(
        request_body(&request),
        serde_json::json!({"assistant_id": "asst_yaml", "tools": [{"type": "code_interpreter"}]})
    );
    // Without --body, the required flag is required as before.
    let missing = cli(&["beta:threads", "create-and-run"], Some("sk-test"));
    assert_eq!(missing.status.code(), Some(2), "{}", text(&missing.stderr));
    assert!(text(&missing.stderr).contains("--assistant-id"));
}
