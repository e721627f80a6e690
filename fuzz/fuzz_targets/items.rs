//! Any bytes as an item file of the sample site, through the library calls `polyfeed check`
//! and `polyfeed build` make: `check` (scan, full parser, cross-item checks, positions) and,
//! when `check` finds no error, `build::plan` (fast key parser, selection, rendering and the
//! self-check of every generated feed).
//!
//! The bytes are written to a file first: `check` and `plan` read item files by location
//! (records are read again later), so the file is part of what is tested. A file whose first
//! non-blank byte is `[` is named `items.json` (a JSON array), any other `items.jsonl`.
//!
//! Invariants:
//! - never a panic, and never an `Err` (a readable file is never a tool failure);
//! - every diagnostic has a 1-based position inside the file, the tally matches the findings;
//! - input `check` accepts, `build` accepts too, and the feeds it renders carry no error;
//!   when `check` does not even warn, the feeds carry no warning but those
//!   `common::assert_feeds_clean` allows.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use polyfeed::build::{BuildOptions, plan};
use polyfeed::check::{CheckOptions, check};
use polyfeed::diagnostic::Tally;
use polyfeed::site::Site;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const SITE: &str = include_str!("../../feeds/site.toml");

fn site() -> &'static Site {
    static SITE_CELL: OnceLock<Site> = OnceLock::new();
    SITE_CELL.get_or_init(|| Site::parse(SITE, Path::new("site.toml")).expect("the sample site"))
}

fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("polyfeed-fuzz-items-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let site = site();
    let array = data
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(data)
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        == Some(&b'[');
    let path = scratch().join(if array { "items.json" } else { "items.jsonl" });
    std::fs::write(&path, data).expect("writing the scratch item file");
    // An upper bound of the line count, whichever line ends the resolver honours.
    let lines = 1 + data.iter().filter(|&&b| b == b'\n' || b == b'\r').count() as u64;

    let report = check(
        site,
        vec![path.clone()],
        CheckOptions {
            now: None,
            threads: 1,
            ..CheckOptions::default()
        },
    )
    .expect("check of a readable file");
    assert_eq!(Tally::of(&report.diagnostics), report.tally);
    for d in &report.diagnostics {
        let p = d.position.expect("check resolves every position");
        assert!(p.line >= 1 && p.column >= 1 && p.line <= lines, "{d:?}");
        assert!(d.offset.unwrap_or(0) <= data.len() as u64, "{d:?}");
    }

    let opts = BuildOptions {
        threads: 1,
        ..BuildOptions::default()
    };
    let plan = plan(site, vec![path], &opts).expect("build plan of a readable file");
    // Input `check` accepts is input `build` accepts; the feeds of input without a warning
    // carry none either.
    if report.tally.errors == 0 {
        assert_eq!(
            plan.tally.errors, 0,
            "check accepted what build rejects: {:?}",
            plan.diagnostics
        );
        common::assert_feeds_clean(&plan, report.tally.warnings == 0);
    }
});
