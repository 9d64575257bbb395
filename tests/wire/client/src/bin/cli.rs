// @generated from openapi.yaml by the openapi generator of this repository.
// Do not edit by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The command-line program (feature `cli`); see `src/cli.rs`.

#[rustfmt::skip]
#[path = "../cli.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
