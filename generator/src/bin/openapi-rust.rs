//! `openapi-rust --spec FILE --out DIR`: the generator as a program (see `command.rs`).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = openapi_generator::command::Args::parse();
    match args.config() {
        Ok(config) => openapi_generator::command::generate_into(&config, &args.out, args.check),
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
