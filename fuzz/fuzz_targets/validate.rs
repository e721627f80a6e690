//! Any bytes through the whole validator (sniffing, decoding, XML and JSON Feed rules, all
//! renderers' inputs): it must return a report, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polyfeed::validate::{ValidateOptions, validate_bytes};

fuzz_target!(|data: &[u8]| {
    let opts = ValidateOptions {
        base_url: Some("http://example.com/feeds/feed.xml".into()),
        now: Some(1_767_225_600),
        passes: true,
        charset: None,
        two_threads: false,
    };
    let report = validate_bytes(data, &opts);
    // Positions are 1-based wherever they resolved, and the tally counts what is reported.
    for d in &report.diagnostics {
        if let Some(p) = d.position {
            assert!(p.line >= 1 && p.column >= 1, "{d:?}");
        }
    }
    let errors = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == polyfeed::diagnostic::Severity::Error)
        .count();
    assert_eq!(errors, report.tally.errors);
});
