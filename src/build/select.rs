//! Choosing each feed's items while streaming the corpus: per feed, a bounded min-heap of
//! the newest `max_items` candidates, holding only sort keys and record locations (the
//! winners are read again and fully parsed at the end). Memory is bounded by
//! feeds × max_items, not by the corpus.

use crate::diagnostic::Diagnostic;
use crate::input::cross::CrossCheck;
use crate::input::item::{ItemContext, parse_item};
use crate::input::keys::parse_keys;
use crate::input::source::{Loc, Record, Sink};
use crate::model::compare_ids;
use crate::site::Site;
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// A candidate: its feed-order key and where its record is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Publication instant (seconds, nanoseconds).
    pub published: (i64, u32),
    /// CMS id (ties).
    pub id: Box<str>,
    /// Record location (last tie-break, for a total order even with duplicate ids).
    pub loc: Loc,
    /// Hash of the item's translation key ([`crate::input::cross::tk_hash`]).
    pub tk: Option<u64>,
}

fn cmp_key(a: ((i64, u32), &str, Loc), b: ((i64, u32), &str, Loc)) -> Ordering {
    a.0.cmp(&b.0)
        .then_with(|| compare_ids(a.1, b.1))
        .then_with(|| b.2.cmp(&a.2))
}

impl Ord for Candidate {
    /// Greater = earlier in the feed: newer, then greater id.
    fn cmp(&self, o: &Self) -> Ordering {
        cmp_key(
            (self.published, &self.id, self.loc),
            (o.published, &o.id, o.loc),
        )
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// Feed index of (language, section); `section == sections.len()` is the all-sections feed.
pub fn feed_index(site: &Site, lang: usize, section: usize) -> usize {
    lang * (site.sections.len() + 1) + section
}

/// The per-thread selection state.
pub struct Selector<'a> {
    site: &'a Site,
    limit: usize,
    heaps: Vec<BinaryHeap<Reverse<Candidate>>>,
    /// Keys of every valid item (duplicates, translations).
    pub cross: CrossCheck,
    /// Findings of the full parser on records the fast path doubted.
    pub diagnostics: Vec<Diagnostic>,
    /// Records read.
    pub items: u64,
}

impl<'a> Selector<'a> {
    /// An empty selector for `site`.
    pub fn new(site: &'a Site) -> Self {
        let n = site.languages.len() * (site.sections.len() + 1);
        Selector {
            site,
            limit: site.max_items,
            heaps: (0..n).map(|_| BinaryHeap::new()).collect(),
            cross: CrossCheck::default(),
            diagnostics: Vec::new(),
            items: 0,
        }
    }

    fn offer(&mut self, feed: usize, published: (i64, u32), id: &str, loc: Loc, tk: Option<u64>) {
        let heap = &mut self.heaps[feed];
        if heap.len() >= self.limit {
            let min = &heap.peek().expect("a full heap has a minimum").0;
            if cmp_key((published, id, loc), (min.published, &min.id, min.loc)) != Ordering::Greater
            {
                return;
            }
            heap.pop();
        }
        heap.push(Reverse(Candidate {
            published,
            id: id.into(),
            loc,
            tk,
        }));
    }

    /// Merges another thread's state into this one.
    pub fn merge(&mut self, other: Selector<'_>) {
        for (i, h) in other.heaps.into_iter().enumerate() {
            for Reverse(c) in h {
                self.offer(i, c.published, &c.id, c.loc, c.tk);
            }
        }
        self.cross.merge(other.cross);
        self.diagnostics.extend(other.diagnostics);
        self.items += other.items;
    }

    /// The winners of every feed, in feed order (newest first).
    pub fn into_winners(self) -> (Vec<Vec<Candidate>>, CrossCheck, Vec<Diagnostic>, u64) {
        let feeds = self
            .heaps
            .into_iter()
            .map(|h| {
                let mut v: Vec<Candidate> = h.into_iter().map(|r| r.0).collect();
                v.sort_unstable_by(|a, b| b.cmp(a));
                v
            })
            .collect();
        (feeds, self.cross, self.diagnostics, self.items)
    }
}

impl Sink for Selector<'_> {
    fn record(&mut self, r: Record<'_>) {
        self.items += 1;
        let site = self.site;
        let nsec = site.sections.len();
        let (lang, section, published, id, tk);
        let parsed;
        match parse_keys(r.bytes, site) {
            Some(k) => {
                let tk = self
                    .cross
                    .add(k.lang, &k.id, k.translation_key.as_deref(), r.loc);
                lang = k.lang;
                section = k.section;
                published = (k.published.unix, k.published.nanos);
                self.offer(feed_index(site, lang, section), published, &k.id, r.loc, tk);
                self.offer(feed_index(site, lang, nsec), published, &k.id, r.loc, tk);
                return;
            }
            None => {
                let cx = ItemContext { site, now: None };
                parsed = parse_item(r.bytes, &cx);
                self.diagnostics.extend(
                    parsed
                        .diagnostics
                        .iter()
                        .cloned()
                        .map(|d| d.in_source(r.loc.file, r.loc.offset)),
                );
                let Some(item) = &parsed.item else { return };
                let (Some(l), Some(s)) = (site.language(&item.lang), site.section(&item.section))
                else {
                    return;
                };
                lang = l;
                section = s;
                published = (item.published.unix, item.published.nanos);
                id = item.id.as_str();
                tk = item.translation_key.as_deref();
            }
        }
        let tk = self.cross.add(lang, id, tk, r.loc);
        self.offer(feed_index(site, lang, section), published, id, r.loc, tk);
        self.offer(feed_index(site, lang, nsec), published, id, r.loc, tk);
    }

    fn diagnostic(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }
}
