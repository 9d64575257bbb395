//! `openapi-rust --spec FILE --out DIR`: the generator as a program (see `command.rs`).

use clap::Parser;

fn main() -> std::process::ExitCode {
    let args = openapi_generator::command::Args::parse();
    openapi_generator::command::generate_into(&args.config(), &args.out, args.check)
}
