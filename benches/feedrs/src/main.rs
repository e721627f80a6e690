//! Parses every file named on the command line with feed-rs (its default parser, as a feed
//! reader would use it) and prints the number of entries, so that the work cannot be skipped.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        let file = match std::fs::File::open(&path) {
            Ok(f) => std::io::BufReader::new(f),
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        match feed_rs::parser::parse(file) {
            Ok(feed) => println!("{path}: entries={}", feed.entries.len()),
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
