//! The `polyfeed` command line: parses arguments, calls the library, renders reports and
//! decides the exit status (0 clean, 1 findings, 2 the tool could not do its job).

mod cli;

/// mimalloc for the command line (the library leaves the allocator to its users): the
/// validator and the build make and drop many small strings, and glibc's allocator spent
/// about 14% of a big feed's validation in `malloc`/`free` (callgrind, see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
