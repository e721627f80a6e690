//! What the `items` and `site` targets share.

use polyfeed::build::Plan;
use polyfeed::diagnostic::{Code, Severity};

/// Panics when a generated feed fails the self-check `build` runs: any error, or (with
/// `warnings`) any warning but the two the design allows: `DuplicateUpdated` (the
/// contract's one warning, when the input gives items the same time) and, in a build
/// without any item, `ImplausibleDate` for the 1970-01-01 date an empty site's feeds carry
/// (ARCHITECTURE.md, "Empty feeds").
pub fn assert_feeds_clean(plan: &Plan, warnings: bool) {
    for (feed, d) in &plan.feed_diagnostics {
        let allowed = match d.severity {
            Severity::Error => false,
            Severity::Warning => {
                !warnings
                    || d.code == Code::DuplicateUpdated
                    || (d.code == Code::ImplausibleDate && plan.items == 0)
            }
            Severity::Info | Severity::Pass => true,
        };
        assert!(allowed, "generated feed {feed} fails its self-check: {d:?}");
    }
}
