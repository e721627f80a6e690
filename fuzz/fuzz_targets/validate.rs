//! Any bytes through the whole validator (sniffing, decoding, XML and JSON Feed rules for
//! RSS 0.9x/1.0/2.0, Atom and JSON Feed): it must return a report, never panic or hang.
//!
//! Invariants checked on every input:
//! - positions are 1-based wherever they resolved;
//! - the tally counts what is reported;
//! - the snapshot the validator builds from its own parse (for the whole-site checks) is the
//!   one `diff` reads from the same bytes on its own.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polyfeed::diagnostic::{Severity, Tally};
use polyfeed::validate::{ValidateOptions, validate_bytes};

fuzz_target!(|data: &[u8]| {
    let opts = ValidateOptions {
        base_url: Some("http://example.com/feeds/feed.xml".into()),
        now: Some(1_767_225_600),
        passes: true,
        charset: None,
        two_threads: false,
        snapshot: true,
    };
    let report = validate_bytes(data, &opts);
    for d in &report.diagnostics {
        if let Some(p) = d.position {
            assert!(p.line >= 1 && p.column >= 1, "{d:?}");
        }
    }
    assert_eq!(Tally::of(&report.diagnostics), report.tally);
    // A fatal error is an error: the tally can never hide it.
    if report
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        assert!(report.tally.errors > 0);
    }
    // `diff` refuses entity references it cannot expand, where the validator (and its
    // whole-site view) reads on; wherever `diff` reads the document, both views agree.
    if let Some(snap) = &report.snapshot
        && let Ok(alone) = polyfeed::diff::read::read(data)
    {
        assert_eq!(&alone, snap, "validator's snapshot differs from diff's");
    }
});
