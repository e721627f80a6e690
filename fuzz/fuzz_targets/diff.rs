//! Two feeds' bytes through `diff`'s reader and comparison: `diff::read_bytes` for each
//! side, then `diff::compare` both ways and of each side with itself.
//!
//! The input is OLD and NEW joined by [`SPLIT`]; without it, both sides are the whole input.
//!
//! Invariants:
//! - a side that is not a feed is `Error::NotAFeed` with a 1-based position, never a panic;
//! - a feed compared with itself has no change;
//! - a comparison reports both sides' formats and item counts, its changes are sorted by
//!   kind (feed-level first), item changes name an item and feed changes do not, and no side
//!   loses or gains more items than it has;
//! - the report serialises to JSON (the `--format json` output).
#![no_main]

use libfuzzer_sys::fuzz_target;
use polyfeed::Error;
use polyfeed::diff::read::Snapshot;
use polyfeed::diff::{DiffOptions, FeedDiff, Kind, compare, read_bytes};
use std::path::Path;

/// Separates OLD from NEW in a fuzz input.
const SPLIT: &[u8] = b"\x00=new=\x00";

fn side(data: &[u8]) -> Option<Snapshot> {
    match read_bytes(Path::new("feed"), data) {
        Ok(s) => Some(s),
        Err(Error::NotAFeed { line, column, .. }) => {
            assert!(line >= 1 && column >= 1);
            None
        }
        Err(e) => panic!("a side that is not a feed must be NotAFeed: {e:?}"),
    }
}

fn consistent(d: &FeedDiff, old: &Snapshot, new: &Snapshot) {
    assert_eq!(d.old_format.as_deref(), Some(old.format.as_str()));
    assert_eq!(d.new_format.as_deref(), Some(new.format.as_str()));
    assert_eq!(
        (d.old_items, d.new_items),
        (old.items.len(), new.items.len())
    );
    assert!(d.changes.is_sorted_by_key(|c| c.kind), "{:?}", d.changes);
    for c in &d.changes {
        assert!(
            !matches!(c.kind, Kind::FeedAdded | Kind::FeedRemoved),
            "{c:?}"
        );
        assert_eq!(c.key.is_none(), c.kind.is_feed_level(), "{c:?}");
    }
    let gone = d.count(Kind::Removed) + d.count(Kind::RemovedInWindow) + d.count(Kind::Rekey);
    assert!(gone <= d.old_items, "{d:?}");
    assert!(
        d.count(Kind::Added) + d.count(Kind::Rekey) <= d.new_items,
        "{d:?}"
    );
    serde_json::to_string(d).expect("a diff serialises");
}

fuzz_target!(|data: &[u8]| {
    let (old, new) = match data.windows(SPLIT.len()).position(|w| w == SPLIT) {
        Some(i) => (&data[..i], &data[i + SPLIT.len()..]),
        None => (data, data),
    };
    let opts = DiffOptions::default();
    let (a, b) = (side(old), side(new));
    for s in [&a, &b].into_iter().flatten() {
        let d = compare("feed", s, s, &opts);
        assert!(
            d.changes.is_empty(),
            "a feed differs from itself: {:?}",
            d.changes
        );
        consistent(&d, s, s);
    }
    if let (Some(a), Some(b)) = (&a, &b) {
        consistent(&compare("feed", a, b, &opts), a, b);
        consistent(&compare("feed", b, a, &opts), b, a);
    }
});
