//! Creates a thread with one message, runs an assistant on it, and waits for the run to
//! settle. Reads `OPENAI_API_KEY` and, to point it at a mock server, `OPENAI_BASE_URL`:
//!
//! ```sh
//! OPENAI_BASE_URL=http://127.0.0.1:4010 OPENAI_API_KEY=sk-test \
//!     cargo run -p examples --bin create_thread_and_run
//! ```

use std::process::ExitCode;
use std::time::Duration;

use openai_thread_runs::types::{
    AssistantsApiResponseFormatOption, CreateMessageRequest, CreateThreadAndRunRequest,
    CreateThreadRequest,
};
use openai_thread_runs::{Client, Error, PollOptions};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Error> {
    let client = Client::from_env()?;
    let request = CreateThreadAndRunRequest::new("asst_abc123")
        .thread(
            CreateThreadRequest::default().messages(vec![CreateMessageRequest::new(
                "user",
                "Explain deep learning to a 5 year old.",
            )]),
        )
        .model("gpt-4o")
        .temperature(0.2)
        .response_format(AssistantsApiResponseFormatOption::Auto);

    let run = client.create_thread_and_run(&request).await?;
    println!(
        "created run {} on thread {}: {}",
        run.id, run.thread_id, run.status
    );

    let options = PollOptions {
        interval: Duration::from_millis(500),
        timeout: Duration::from_secs(30),
    };
    let settled = client
        .get_run_until_done(&run.thread_id, &run.id, &options)
        .await?;
    println!("run {} settled as {}", settled.id, settled.status);
    Ok(())
}
