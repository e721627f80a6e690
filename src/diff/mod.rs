//! `polyfeed diff`: what changed between the previous version of a feed and the new one, and
//! whether publishing the new one would flood readers (re-keyed items), lose news (items
//! dropped from inside the window) or move the feed (a new feed id or self link).
//!
//! [`diff_paths`] compares two files or two folders of feeds; [`compare`] two
//! [`read::Snapshot`]s. Items are matched by key (RSS guid = Atom id = JSON Feed id), after
//! an optional id migration map. Every change has a [`Kind`]; CI gates are sets of kinds
//! ([`Gates`]).
//!
//! Decisions:
//! - Links are compared normalised: scheme dropped (an http→https move is the same link),
//!   host lower-cased, default port, trailing `/` and fragment removed.
//! - A field is compared when both sides have it, and also when only one has it if both
//!   documents are in the same format (across formats, a field one format cannot carry, such
//!   as RSS's missing `updated`, is not a change).
//! - A removed item *aged out* when it is older than every item of the new feed (pushed out
//!   of the newest-N window); otherwise it was *removed in the window*. Items without dates
//!   use their position: removed after the last kept item = aged out.
//! - Dates are compared as instants (`Fri, 05 Dec 2025 10:00:00 +0300` equals
//!   `2025-12-05T07:00:00Z`); unparsable dates are compared as text.

pub mod read;
pub mod remote;

use crate::error::{Error, Result};
use crate::http::Fetcher;
use read::{ItemSnap, Snapshot};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What kind of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A feed file only in NEW (folder diffs).
    FeedAdded,
    /// A feed file only in OLD (folder diffs).
    FeedRemoved,
    /// The document format changed (RSS 2.0 → Atom...).
    Format,
    /// The feed id changed (Atom `id`).
    FeedId,
    /// The feed's self link changed.
    SelfLink,
    /// The feed's alternate (site) link changed.
    AlternateLink,
    /// The feed title changed.
    FeedTitle,
    /// The feed language changed.
    Language,
    /// An item has a new key but is an old item (same link, or same title and date): readers
    /// will show it again as new.
    Rekey,
    /// An item vanished from inside the window (newer than the oldest item kept).
    RemovedInWindow,
    /// An item aged out (older than every item of the new feed).
    Removed,
    /// A new item.
    Added,
    /// Fields of an item changed.
    Changed,
    /// An item's publication date moved.
    DateMoved,
    /// Only an item's `updated` date changed (nothing else did).
    UpdatedOnly,
    /// An item moved in the order because its date changed.
    Reordered,
    /// An item is dated in the future.
    Future,
}

impl Kind {
    /// Whether the kind is about the feed as a whole (no item key), not one of its items.
    pub fn is_feed_level(self) -> bool {
        matches!(
            self,
            Kind::FeedAdded
                | Kind::FeedRemoved
                | Kind::Format
                | Kind::FeedId
                | Kind::SelfLink
                | Kind::AlternateLink
                | Kind::FeedTitle
                | Kind::Language
        )
    }

    /// Every kind, in report order.
    pub const ALL: [Kind; 17] = [
        Kind::FeedAdded,
        Kind::FeedRemoved,
        Kind::Format,
        Kind::FeedId,
        Kind::SelfLink,
        Kind::AlternateLink,
        Kind::FeedTitle,
        Kind::Language,
        Kind::Rekey,
        Kind::RemovedInWindow,
        Kind::Removed,
        Kind::Added,
        Kind::Changed,
        Kind::DateMoved,
        Kind::UpdatedOnly,
        Kind::Reordered,
        Kind::Future,
    ];

    /// The name used on the command line and in reports (`rekey`, `removed-in-window`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::FeedAdded => "feed-added",
            Kind::FeedRemoved => "feed-removed",
            Kind::Format => "format",
            Kind::FeedId => "feed-id",
            Kind::SelfLink => "self-link",
            Kind::AlternateLink => "alternate-link",
            Kind::FeedTitle => "feed-title",
            Kind::Language => "language",
            Kind::Rekey => "rekey",
            Kind::RemovedInWindow => "removed-in-window",
            Kind::Removed => "removed",
            Kind::Added => "added",
            Kind::Changed => "changed",
            Kind::DateMoved => "date-moved",
            Kind::UpdatedOnly => "updated-only",
            Kind::Reordered => "reordered",
            Kind::Future => "future",
        }
    }

    /// Parses a kind name.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }

    /// Parses a comma-separated list of kind names (`all` = every kind).
    pub fn parse_list(s: &str) -> std::result::Result<Vec<Kind>, String> {
        let mut out = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if part == "all" {
                out.extend(Kind::ALL);
                continue;
            }
            match Kind::parse(part) {
                Some(k) => out.push(k),
                None => {
                    return Err(format!(
                        "unknown change kind `{part}` (kinds: {})",
                        Kind::ALL.map(Kind::name).join(", ")
                    ));
                }
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// The gates of `--fail-on` by default: floods, silent losses and moved feeds, not
    /// normal publishing.
    pub const DEFAULT_GATES: [Kind; 4] = [
        Kind::Rekey,
        Kind::RemovedInWindow,
        Kind::FeedId,
        Kind::SelfLink,
    ];
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What changed.
    pub kind: Kind,
    /// The item's key (in NEW; in OLD for removed items); `None` for feed-level changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// For `rekey`: the key the item had in OLD.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_key: Option<String>,
    /// For `changed`: the fields that changed (`title`, `summary`, `content`, `link`,
    /// `published`, `updated`, `authors`, `categories`, `enclosure`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
    /// The old value (feed-level changes, dates).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    /// The new value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    /// The item's title (NEW, else OLD), to make reports readable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// One field of a changed item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// The field's name.
    pub field: &'static str,
    /// Its old value (`None`: absent).
    pub old: Option<String>,
    /// Its new value.
    pub new: Option<String>,
}

impl Change {
    /// A feed-level change.
    pub fn feed(kind: Kind, old: Option<String>, new: Option<String>) -> Self {
        Change {
            kind,
            key: None,
            old_key: None,
            fields: Vec::new(),
            old,
            new,
            title: None,
        }
    }

    fn item(kind: Kind, item: &ItemSnap) -> Self {
        Change {
            kind,
            key: Some(item.key.clone()),
            old_key: None,
            fields: Vec::new(),
            old: None,
            new: None,
            title: item.title.clone(),
        }
    }
}

/// The comparison of one feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedDiff {
    /// The feed: its relative path in a folder diff, else NEW's path.
    pub path: String,
    /// OLD's format (`None`: the feed is new).
    pub old_format: Option<String>,
    /// NEW's format (`None`: the feed was removed).
    pub new_format: Option<String>,
    /// Items in OLD.
    pub old_items: usize,
    /// Items in NEW.
    pub new_items: usize,
    /// The changes, feed-level first, then by kind, then in document order.
    pub changes: Vec<Change>,
}

impl FeedDiff {
    /// Number of changes of a kind.
    pub fn count(&self, kind: Kind) -> usize {
        self.changes.iter().filter(|c| c.kind == kind).count()
    }

    /// True when most of the feed was re-keyed (a migration gone wrong, not an accident).
    pub fn mostly_rekeyed(&self) -> bool {
        let n = self.count(Kind::Rekey);
        n > 0 && n * 2 > self.old_items
    }
}

/// A whole comparison.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DiffReport {
    /// One entry per feed (sorted by path), also the unchanged ones.
    pub feeds: Vec<FeedDiff>,
    /// Files that are not feeds, skipped (folder diffs).
    pub skipped: usize,
}

impl DiffReport {
    /// Number of changes of a kind over all feeds.
    pub fn count(&self, kind: Kind) -> usize {
        self.feeds.iter().map(|f| f.count(kind)).sum()
    }

    /// Number of items in OLD over all feeds.
    pub fn old_items(&self) -> usize {
        self.feeds.iter().map(|f| f.old_items).sum()
    }

    /// The gates that trip, in kind order.
    pub fn tripped(&self, gates: &Gates) -> Vec<Kind> {
        let mut kinds = gates.kinds.clone();
        kinds.sort();
        kinds.dedup();
        kinds
            .into_iter()
            .filter(|&k| {
                let n = self.count(k);
                if k == Kind::Rekey {
                    gates.max_rekeyed.exceeded(n, self.old_items())
                } else {
                    n > 0
                }
            })
            .collect()
    }
}

/// How many re-keyed items are tolerated before the `rekey` gate trips.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Threshold {
    /// At most this many.
    Count(usize),
    /// At most this share of OLD's items, in percent.
    Percent(f64),
}

impl Threshold {
    /// Parses `N` or `P%`.
    pub fn parse(s: &str) -> std::result::Result<Self, String> {
        let bad = || format!("`{s}` is not a count (`3`) or a percentage (`5%`)");
        match s.trim().strip_suffix('%') {
            Some(p) => {
                let p: f64 = p.trim().parse().map_err(|_| bad())?;
                if !(0.0..=100.0).contains(&p) {
                    return Err(bad());
                }
                Ok(Threshold::Percent(p))
            }
            None => s.trim().parse().map(Threshold::Count).map_err(|_| bad()),
        }
    }

    fn exceeded(self, n: usize, of: usize) -> bool {
        match self {
            Threshold::Count(max) => n > max,
            Threshold::Percent(p) => n > 0 && (n as f64) * 100.0 > p * of.max(1) as f64,
        }
    }
}

/// CI gates: the kinds that fail the run.
#[derive(Debug, Clone, PartialEq)]
pub struct Gates {
    /// Kinds that trip when they occur.
    pub kinds: Vec<Kind>,
    /// Re-keyed items tolerated.
    pub max_rekeyed: Threshold,
}

impl Default for Gates {
    fn default() -> Self {
        Gates {
            kinds: Kind::DEFAULT_GATES.to_vec(),
            max_rekeyed: Threshold::Count(0),
        }
    }
}

/// An id migration: old key → new key. `diff` treats them as the same item; `build` keeps
/// writing the old key for an item whose new key is in the map, so readers see no change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdMap {
    old_to_new: HashMap<String, String>,
    new_to_old: HashMap<String, String>,
}

impl IdMap {
    /// Builds a map from pairs.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut m = IdMap::default();
        for (old, new) in pairs {
            m.new_to_old.insert(new.clone(), old.clone());
            m.old_to_new.insert(old, new);
        }
        m
    }

    /// Loads a JSON object `{"old id": "new id", ...}`.
    pub fn load(path: &Path) -> Result<Self> {
        let data = std::fs::read(path).map_err(|e| Error::io("cannot read", path, e))?;
        let map: BTreeMap<String, String> = serde_json::from_slice(&data).map_err(|e| {
            Error::Usage(format!(
                "{}:{}:{}: {}; an id map is one JSON object of old id → new id \
                 (`{{\"old-1\": \"new-1\"}}`)",
                path.display(),
                e.line().max(1),
                e.column().max(1),
                crate::input::source::strip_position(&e)
            ))
        })?;
        Ok(IdMap::from_pairs(map))
    }

    /// The key an OLD key has in NEW.
    pub fn forward<'a>(&'a self, old: &'a str) -> &'a str {
        self.old_to_new.get(old).map_or(old, String::as_str)
    }

    /// The old key to keep writing for a new key, if it was migrated.
    pub fn old_key_of(&self, new: &str) -> Option<&str> {
        self.new_to_old.get(new).map(String::as_str)
    }

    /// True when the map is empty.
    pub fn is_empty(&self) -> bool {
        self.old_to_new.is_empty()
    }
}

/// Options of a comparison.
#[derive(Debug, Clone, Default)]
pub struct DiffOptions {
    /// "Now", Unix seconds, for `future`; `None` skips that check.
    pub now: Option<i64>,
    /// Id migrations.
    pub ids: IdMap,
}

/// A date as an instant (RFC 2822 or RFC 3339), in Unix seconds.
fn instant(s: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(s)
        .or_else(|_| chrono::DateTime::parse_from_rfc2822(s))
        .ok()
        .map(|d| d.timestamp())
}

fn same_date(a: &str, b: &str) -> bool {
    match (instant(a), instant(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// A link for matching: no scheme, lower-case host, no default port, no fragment, no
/// trailing `/`.
pub fn normalize_link(link: &str) -> String {
    let link = link.trim();
    let link = link.split('#').next().unwrap_or(link);
    let rest = link.split_once("://").map_or(link, |(scheme, rest)| {
        if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
            rest
        } else {
            link
        }
    });
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.to_ascii_lowercase();
    let host = host
        .strip_suffix(":80")
        .or_else(|| host.strip_suffix(":443"))
        .unwrap_or(&host);
    let path = path.trim_end_matches('/');
    format!("{host}/{path}")
}

fn field_changes(old: &ItemSnap, new: &ItemSnap, same_format: bool) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let mut opt = |field: &'static str, a: &Option<String>, b: &Option<String>, date: bool| {
        let differ = match (a, b) {
            (Some(x), Some(y)) => {
                if date {
                    !same_date(x, y)
                } else {
                    x != y
                }
            }
            (None, None) => false,
            _ => same_format,
        };
        if differ {
            out.push(FieldChange {
                field,
                old: a.clone(),
                new: b.clone(),
            });
        }
    };
    opt("title", &old.title, &new.title, false);
    opt("summary", &old.summary, &new.summary, false);
    opt("content", &old.content, &new.content, false);
    opt("link", &old.link, &new.link, false);
    opt("updated", &old.updated, &new.updated, true);
    opt("enclosure", &old.enclosure, &new.enclosure, false);
    let mut list = |field: &'static str, a: &Vec<String>, b: &Vec<String>| {
        if a != b && (same_format || (!a.is_empty() && !b.is_empty())) {
            out.push(FieldChange {
                field,
                old: Some(a.join(", ")),
                new: Some(b.join(", ")),
            });
        }
    };
    list("authors", &old.authors, &new.authors);
    list("categories", &old.categories, &new.categories);
    out
}

/// Compares two versions of one feed.
pub fn compare(path: &str, old: &Snapshot, new: &Snapshot, opts: &DiffOptions) -> FeedDiff {
    let mut changes = Vec::new();
    let same_format = old.format == new.format;
    if !same_format {
        changes.push(Change::feed(
            Kind::Format,
            Some(old.format.clone()),
            Some(new.format.clone()),
        ));
    }
    let feed_fields = [
        (Kind::FeedId, &old.id, &new.id, false),
        (Kind::SelfLink, &old.self_link, &new.self_link, true),
        (
            Kind::AlternateLink,
            &old.alternate_link,
            &new.alternate_link,
            true,
        ),
        (Kind::FeedTitle, &old.title, &new.title, false),
        (Kind::Language, &old.language, &new.language, false),
    ];
    for (kind, a, b, link) in feed_fields {
        let differ = match (a, b) {
            (Some(x), Some(y)) if link => x != y,
            (Some(x), Some(y)) => x != y,
            (None, None) => false,
            // A format that cannot carry the field (RSS has no feed id) is not a change.
            _ => same_format,
        };
        if differ {
            changes.push(Change::feed(kind, a.clone(), b.clone()));
        }
    }

    // Match by key (OLD keys through the id map). A key a feed repeats (a broken feed, or
    // two documents run together) pairs its n-th OLD item with its n-th NEW one, so a feed
    // compared with itself matches every item with itself.
    let mut new_index: HashMap<&str, (Vec<usize>, usize)> = HashMap::with_capacity(new.items.len());
    for (i, it) in new.items.iter().enumerate() {
        new_index.entry(it.key.as_str()).or_default().0.push(i);
    }
    let mut old_match: Vec<Option<usize>> = vec![None; old.items.len()];
    let mut new_matched = vec![false; new.items.len()];
    // The first NEW item with `key` not matched yet (each key's cursor only moves forward).
    let mut take = |key: &str, new_matched: &[bool]| -> Option<usize> {
        let (list, next) = new_index.get_mut(key)?;
        while *next < list.len() && new_matched[list[*next]] {
            *next += 1;
        }
        list.get(*next).copied()
    };
    for (i, it) in old.items.iter().enumerate() {
        // The same key, else the key the id map migrates it to.
        let found =
            take(&it.key, &new_matched).or_else(|| take(opts.ids.forward(&it.key), &new_matched));
        if let Some(j) = found {
            old_match[i] = Some(j);
            new_matched[j] = true;
        }
    }

    // Re-keyed: unmatched NEW items that are unmatched OLD items under another key.
    let mut by_link: HashMap<String, usize> = HashMap::new();
    let mut by_title_date: HashMap<(String, i64), usize> = HashMap::new();
    for (i, it) in old.items.iter().enumerate() {
        if old_match[i].is_some() {
            continue;
        }
        if let Some(l) = &it.link {
            by_link.entry(normalize_link(l)).or_insert(i);
        }
        if let (Some(t), Some(d)) = (&it.title, it.published.as_deref().and_then(instant)) {
            by_title_date.entry((t.clone(), d)).or_insert(i);
        }
    }
    let mut rekeyed: Vec<(usize, usize)> = Vec::new();
    for (j, it) in new.items.iter().enumerate() {
        if new_matched[j] {
            continue;
        }
        let by_l = it
            .link
            .as_ref()
            .and_then(|l| by_link.get(&normalize_link(l)).copied());
        let by_td = || {
            let d = it.published.as_deref().and_then(instant)?;
            by_title_date.get(&(it.title.clone()?, d)).copied()
        };
        if let Some(i) = by_l
            .filter(|&i| old_match[i].is_none())
            .or_else(|| by_td().filter(|&i| old_match[i].is_none()))
        {
            old_match[i] = Some(j);
            new_matched[j] = true;
            rekeyed.push((i, j));
        }
    }
    for &(i, j) in &rekeyed {
        let mut c = Change::item(Kind::Rekey, &new.items[j]);
        c.old_key = Some(old.items[i].key.clone());
        changes.push(c);
    }

    // Removed: in the window or aged out.
    let oldest_new = new
        .items
        .iter()
        .filter_map(|it| it.published.as_deref().and_then(instant))
        .min();
    let last_kept = old_match.iter().rposition(Option::is_some);
    let mut removed_in_window = Vec::new();
    let mut aged_out = Vec::new();
    for (i, it) in old.items.iter().enumerate() {
        if old_match[i].is_some() {
            continue;
        }
        let date = it.published.as_deref().and_then(instant);
        let in_window = match (date, oldest_new) {
            (Some(d), Some(o)) => d >= o,
            _ => last_kept.is_some_and(|k| i < k) || new.items.is_empty(),
        };
        if in_window {
            removed_in_window.push(Change::item(Kind::RemovedInWindow, it));
        } else {
            aged_out.push(Change::item(Kind::Removed, it));
        }
    }
    changes.extend(removed_in_window);
    changes.extend(aged_out);
    for (j, it) in new.items.iter().enumerate() {
        if !new_matched[j] {
            changes.push(Change::item(Kind::Added, it));
        }
    }

    // Changed fields and dates of matched items, in NEW order.
    let mut pairs: Vec<(usize, usize)> = old_match
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.map(|j| (i, j)))
        .collect();
    pairs.sort_by_key(|&(_, j)| j);
    let mut changed = Vec::new();
    let mut moved = Vec::new();
    let mut updated_only = Vec::new();
    let mut moved_pairs = HashSet::new();
    for &(i, j) in &pairs {
        let (a, b) = (&old.items[i], &new.items[j]);
        let mut fields = field_changes(a, b, same_format);
        let date_moved = match (&a.published, &b.published) {
            (Some(x), Some(y)) => !same_date(x, y),
            (None, None) => false,
            _ => {
                if same_format {
                    fields.push(FieldChange {
                        field: "published",
                        old: a.published.clone(),
                        new: b.published.clone(),
                    });
                }
                false
            }
        };
        if date_moved {
            let mut c = Change::item(Kind::DateMoved, b);
            c.old = a.published.clone();
            c.new = b.published.clone();
            moved.push(c);
            moved_pairs.insert((i, j));
        }
        if fields.len() == 1 && fields[0].field == "updated" && !date_moved {
            let mut c = Change::item(Kind::UpdatedOnly, b);
            let f = fields.remove(0);
            c.old = f.old;
            c.new = f.new;
            updated_only.push(c);
        } else if !fields.is_empty() {
            let mut c = Change::item(Kind::Changed, b);
            c.fields = fields;
            changed.push(c);
        }
    }
    changes.extend(changed);
    changes.extend(moved);
    changes.extend(updated_only);

    // Reordered: a moved item whose rank among the matched items changed.
    if !moved_pairs.is_empty() {
        let mut by_old = pairs.clone();
        by_old.sort_by_key(|&(i, _)| i);
        let old_rank: HashMap<(usize, usize), usize> =
            by_old.iter().enumerate().map(|(r, &p)| (p, r)).collect();
        for (new_rank, &(i, j)) in pairs.iter().enumerate() {
            if moved_pairs.contains(&(i, j)) && old_rank.get(&(i, j)) != Some(&new_rank) {
                let mut c = Change::item(Kind::Reordered, &new.items[j]);
                c.old = Some(format!("{}", old_rank[&(i, j)] + 1));
                c.new = Some(format!("{}", new_rank + 1));
                changes.push(c);
            }
        }
    }

    // Dated in the future.
    if let Some(now) = opts.now {
        for it in &new.items {
            let future = [&it.published, &it.updated]
                .into_iter()
                .flatten()
                .find(|d| instant(d).is_some_and(|t| t > now));
            if let Some(d) = future {
                let mut c = Change::item(Kind::Future, it);
                c.new = Some(d.clone());
                changes.push(c);
            }
        }
    }
    changes.sort_by_key(|c| c.kind);
    FeedDiff {
        path: path.to_string(),
        old_format: Some(old.format.clone()),
        new_format: Some(new.format.clone()),
        old_items: old.items.len(),
        new_items: new.items.len(),
        changes,
    }
}

/// Reads a feed file for comparison; a document that is not a feed is an error naming the
/// file, line and column.
pub fn read_file(path: &Path) -> Result<Snapshot> {
    let data = std::fs::read(path).map_err(|e| Error::io("cannot read", path, e))?;
    read_bytes(path, &data)
}

/// Reads feed bytes; `path` names them in errors.
pub fn read_bytes(path: &Path, data: &[u8]) -> Result<Snapshot> {
    read::read(data).map_err(|e| {
        // Offsets are in the decoded text; for the position, decode as the validator does.
        let detected = crate::validate::encoding::detect(&data[..data.len().min(1024)]);
        let text = detected.decode(&data[detected.bom_len.min(data.len())..]);
        let index = crate::diagnostic::LineIndex::new(text.as_bytes());
        let pos = index.position(text.as_bytes(), e.offset as usize);
        Error::NotAFeed {
            path: path.to_path_buf(),
            line: pos.line,
            column: pos.column,
            message: e.message,
        }
    })
}

/// The feed files under a folder, by relative path (`/`-separated), and how many other files
/// were skipped.
fn feed_files(root: &Path) -> Result<(BTreeMap<String, PathBuf>, usize)> {
    let mut files = BTreeMap::new();
    let mut skipped = 0;
    for rel in crate::fsio::list_files(root)? {
        let path = root.join(&rel);
        if crate::validate::sniff_file(&path)? == crate::validate::Sniffed::Other {
            skipped += 1;
        } else {
            files.insert(rel, path);
        }
    }
    Ok((files, skipped))
}

/// Compares feeds matched by relative path: `old(name)` and `new(name)` read one side
/// (`None`: the feed is not there). A feed on one side only is `feed-removed` or
/// `feed-added`; a name on neither side (an index entry whose file is missing everywhere)
/// is left out. Used by folder diffs and by `build --previous`.
pub fn compare_by_path<O, N>(
    names: &[String],
    old: O,
    new: N,
    opts: &DiffOptions,
    threads: usize,
) -> Result<Vec<FeedDiff>>
where
    O: Fn(&str) -> Result<Option<Snapshot>> + Sync,
    N: Fn(&str) -> Result<Option<Snapshot>> + Sync,
{
    let results = crate::par::map_with(
        names,
        threads,
        || (),
        |(), name| -> Result<Option<FeedDiff>> {
            Ok(Some(match (old(name)?, new(name)?) {
                (Some(a), Some(b)) => compare(name, &a, &b, opts),
                (None, None) => return Ok(None),
                (a, b) => {
                    let (kind, old_v, new_v) = if a.is_some() {
                        (Kind::FeedRemoved, Some(name.to_string()), None)
                    } else {
                        (Kind::FeedAdded, None, Some(name.to_string()))
                    };
                    FeedDiff {
                        path: name.to_string(),
                        old_format: a.as_ref().map(|s| s.format.clone()),
                        new_format: b.as_ref().map(|s| s.format.clone()),
                        old_items: a.as_ref().map_or(0, |s| s.items.len()),
                        new_items: b.as_ref().map_or(0, |s| s.items.len()),
                        changes: vec![Change::feed(kind, old_v, new_v)],
                    }
                }
            }))
        },
    );
    results.into_iter().filter_map(Result::transpose).collect()
}

/// The sorted union of two name lists.
pub fn union_of<'a>(
    a: impl Iterator<Item = &'a str>,
    b: impl Iterator<Item = &'a str>,
) -> Vec<String> {
    a.chain(b)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Compares OLD and NEW: two feed files, or two folders of feeds (matched by relative path).
///
/// `-` as OLD or NEW (not both) is standard input. See [`diff_inputs`] for URLs.
pub fn diff_paths(
    old: &Path,
    new: &Path,
    opts: &DiffOptions,
    threads: usize,
) -> Result<DiffReport> {
    let side = |p: &Path| {
        if p == Path::new("-") {
            Input::Stdin
        } else {
            Input::Path(p.to_path_buf())
        }
    };
    diff_inputs(&side(old), &side(new), opts, threads, None)
}

/// One side of a comparison as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-`): one feed.
    Stdin,
    /// A feed file or a folder of feeds.
    Path(PathBuf),
    /// An http(s) URL: one feed, or, ending with `/`, the base URL of a folder of feeds
    /// (see [`remote`]).
    Url(String),
}

impl Input {
    /// `-` is stdin, an `http://` or `https://` address a URL, anything else a path.
    pub fn parse(s: &str) -> Input {
        if s == "-" {
            Input::Stdin
        } else if crate::http::is_url(s) {
            Input::Url(s.to_string())
        } else {
            Input::Path(PathBuf::from(s))
        }
    }
}

impl std::fmt::Display for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Input::Stdin => f.write_str("-"),
            Input::Path(p) => write!(f, "{}", p.display()),
            Input::Url(u) => f.write_str(u),
        }
    }
}

/// A side, resolved: one feed or a folder of feeds, local or remote.
enum Side<'a> {
    Stdin,
    File(&'a Path),
    Feed(&'a str),
    Dir(&'a Path),
    Base(&'a str),
}

impl<'a> Side<'a> {
    fn of(input: &'a Input) -> Result<Side<'a>> {
        Ok(match input {
            Input::Stdin => Side::Stdin,
            Input::Url(u) if u.ends_with('/') => Side::Base(u),
            Input::Url(u) => Side::Feed(u),
            Input::Path(p) => {
                let m = std::fs::metadata(p).map_err(|e| Error::io("cannot read", p, e))?;
                if m.is_dir() {
                    Side::Dir(p)
                } else {
                    Side::File(p)
                }
            }
        })
    }

    fn is_folder(&self) -> bool {
        matches!(self, Side::Dir(_) | Side::Base(_))
    }

    /// One feed.
    fn read(&self, fetcher: &Fetcher) -> Result<Snapshot> {
        match self {
            Side::Stdin => {
                let mut data = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut data)
                    .map_err(|e| Error::io("cannot read", "-", e))?;
                read_bytes(Path::new("-"), &data)
            }
            Side::File(p) => read_file(p),
            Side::Feed(u) => remote::fetch_snapshot(fetcher, u, false)?
                .ok_or_else(|| Error::Usage(format!("{u}: no feed"))),
            Side::Dir(_) | Side::Base(_) => Err(Error::Usage("internal: a folder side".into())),
        }
    }
}

/// What is known of a folder side: its feeds by relative path (`None` for a base URL
/// without `feeds.json`), and the files skipped as not feeds.
struct Listing {
    feeds: Option<BTreeMap<String, PathBuf>>,
    skipped: usize,
}

fn listing(side: &Side<'_>, fetcher: &Fetcher) -> Result<Listing> {
    match side {
        Side::Dir(p) => {
            let (files, skipped) = feed_files(p)?;
            Ok(Listing {
                feeds: Some(files),
                skipped,
            })
        }
        Side::Base(base) => Ok(Listing {
            feeds: remote::fetch_index(fetcher, base)?
                .map(|paths| paths.into_iter().map(|p| (p, PathBuf::new())).collect()),
            skipped: 0,
        }),
        _ => Ok(Listing {
            feeds: None,
            skipped: 0,
        }),
    }
}

/// Compares OLD and NEW: two feeds (files, `-`, URLs of feeds; any mix), or two folders of
/// feeds matched by relative path, where a folder is a local folder or a base URL (ending
/// with `/`; see [`remote`] for how its feeds are known: `feeds.json` there, else the other
/// side's feeds). A URL that cannot be fetched is [`Error::Fetch`]; under a base URL, 404
/// and 410 mean the feed is not there. `fetcher` fetches URLs (default limits when `None`).
pub fn diff_inputs(
    old: &Input,
    new: &Input,
    opts: &DiffOptions,
    threads: usize,
    fetcher: Option<&Fetcher>,
) -> Result<DiffReport> {
    if *old == Input::Stdin && *new == Input::Stdin {
        return Err(Error::Usage(
            "only one of OLD and NEW can be `-` (standard input)".into(),
        ));
    }
    let own;
    let fetcher = match fetcher {
        Some(f) => f,
        None => {
            own = Fetcher::new(crate::http::Limits::default(), None)?;
            &own
        }
    };
    let (a, b) = (Side::of(old)?, Side::of(new)?);
    match (a.is_folder(), b.is_folder()) {
        (false, false) => {
            let sides = crate::par::map_with(&[&a, &b], threads, || (), |(), s| s.read(fetcher));
            let mut sides = sides.into_iter();
            let (Some(x), Some(y)) = (sides.next(), sides.next()) else {
                return Err(Error::Usage("internal: two sides expected".into()));
            };
            let (x, y) = (x?, y?);
            Ok(DiffReport {
                feeds: vec![compare(&new.to_string(), &x, &y, opts)],
                skipped: 0,
            })
        }
        (true, true) => {
            let (la, lb) = (listing(&a, fetcher)?, listing(&b, fetcher)?);
            let names = match (&la.feeds, &lb.feeds) {
                (Some(x), Some(y)) => {
                    union_of(x.keys().map(String::as_str), y.keys().map(String::as_str))
                }
                (Some(x), None) | (None, Some(x)) => x.keys().cloned().collect(),
                (None, None) => {
                    return Err(Error::Usage(format!(
                        "neither {old} nor {new} has a feeds.json index: HTTP has no folder \
                         listing, so polyfeed cannot tell which feeds to compare"
                    )));
                }
            };
            let read = |side: &Side<'_>, list: &Listing, name: &str| -> Result<Option<Snapshot>> {
                match side {
                    Side::Dir(_) => list
                        .feeds
                        .as_ref()
                        .and_then(|f| f.get(name))
                        .map(|p| read_file(p))
                        .transpose(),
                    Side::Base(base) => {
                        remote::fetch_snapshot(fetcher, &remote::join(base, name), true)
                    }
                    _ => Ok(None),
                }
            };
            let feeds = compare_by_path(
                &names,
                |n| read(&a, &la, n),
                |n| read(&b, &lb, n),
                opts,
                threads,
            )?;
            Ok(DiffReport {
                feeds,
                skipped: la.skipped + lb.skipped,
            })
        }
        _ => Err(Error::Usage(format!(
            "diff compares two feeds or two folders of feeds; {old} and {new} are one of each \
             (a URL ending with `/` is a folder)"
        ))),
    }
}
