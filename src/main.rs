//! The `polyfeed` command line: parses arguments, calls the library, renders reports and
//! decides the exit status (0 clean, 1 findings, 2 the tool could not do its job).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
