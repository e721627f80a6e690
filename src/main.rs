//! The `polyfeed` command line: parses arguments, calls the library, renders reports and
//! decides the exit status (0 clean, 1 findings, 2 the tool could not do its job).

mod cli;

/// The binary's allocator. The validator and the builder allocate many small, short-lived
/// strings (names, attribute values, findings); mimalloc serves them faster than the
/// system allocator and gives memory back to the OS as readily. The library leaves the
/// choice to its users.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
