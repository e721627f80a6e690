//! `polyfeed build`: items → feeds.
//!
//! Phases (see ARCHITECTURE.md):
//! 1. **select** ([`select`]): stream every record on all cores; parse the keys of each
//!    (fast path), keep per-feed top-K candidates and the cross-item keys;
//! 2. **resolve**: report duplicate ids and translation conflicts; read the winners again
//!    and parse them fully; find their translations;
//! 3. **render** ([`crate::generate`]): every feed in every format, in memory;
//! 4. **write** ([`write`]): only when there is no error, only files whose bytes changed,
//!    each through a temporary file and a rename.
//!
//! [`plan`] does 1-3 and never touches the output folder; [`write`] does 4.

pub mod select;

use crate::diagnostic::{Diagnostic, Tally};
use crate::error::{Error, Result};
use crate::fsio::{self, WriteOutcome};
use crate::generate::{self, Entry, FeedAlternate, FeedDoc, opml};
use crate::input::finish_diagnostics;
use crate::input::item::{ItemContext, parse_item};
use crate::input::source::{self, Loc, read_record};
use crate::model::{Author, Item, Timestamp, Translation};
use crate::site::{Format, Site};
use select::{Selector, feed_index};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Options of [`plan`].
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// Worker threads (0: one per core).
    pub threads: usize,
}

/// One feed of the build, as listed in `feeds.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedInfo {
    /// Language tag.
    pub lang: String,
    /// Section, `null` for the all-sections feed.
    pub section: Option<String>,
    /// `rss`, `atom` or `json`.
    pub format: Format,
    /// Path below the output folder (`en/news/rss.xml`).
    pub path: String,
    /// Public URL.
    pub url: String,
    /// Feed title.
    pub title: String,
    /// Number of items.
    #[serde(skip)]
    pub items: usize,
}

/// A file the build produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path below the output folder, `/`-separated.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// The result of [`plan`]: what the build would write, or why it cannot.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Item files read; diagnostics' `source` indexes this list.
    pub sources: Vec<PathBuf>,
    /// Findings about the input, sorted, positions resolved.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings by severity.
    pub tally: Tally,
    /// Records read.
    pub items: u64,
    /// Every feed (empty when there are errors).
    pub feeds: Vec<FeedInfo>,
    /// Every output file (empty when there are errors).
    pub files: Vec<OutputFile>,
}

/// Computes the build in memory (phases 1-3). Never touches the output folder.
pub fn plan(site: &Site, files: Vec<PathBuf>, opts: &BuildOptions) -> Result<Plan> {
    let threads = crate::check::thread_count(opts.threads);
    let sinks = source::scan(&files, threads, || Selector::new(site))?;
    let mut sinks = sinks.into_iter();
    let mut sel = sinks.next().unwrap_or_else(|| Selector::new(site));
    for s in sinks {
        sel.merge(s);
    }
    let (winners, cross, mut diagnostics, items) = sel.into_winners();
    let (cross_diags, translations) = cross.finish(&files, site, threads)?;
    diagnostics.extend(cross_diags);

    // Read and fully parse every winner and every translation of a winner.
    let cx = ItemContext { site, now: None };
    let mut parsed: BTreeMap<Loc, Option<Item>> = BTreeMap::new();
    let mut parse_at = |loc: Loc, diags: &mut Vec<Diagnostic>| -> Result<Option<Item>> {
        if let Some(it) = parsed.get(&loc) {
            return Ok(it.clone());
        }
        let rec = read_record(&files, loc)?;
        let p = parse_item(&rec, &cx);
        diags.extend(
            p.diagnostics
                .into_iter()
                .map(|d| d.in_source(loc.file, loc.offset)),
        );
        parsed.insert(loc, p.item.clone());
        Ok(p.item)
    };
    let winner_locs: BTreeSet<Loc> = winners.iter().flatten().map(|c| c.loc).collect();
    let mut items_at: BTreeMap<Loc, Item> = BTreeMap::new();
    let mut more = Vec::new();
    for &loc in &winner_locs {
        if let Some(it) = parse_at(loc, &mut more)? {
            items_at.insert(loc, it);
        }
    }
    let mut translations_of: BTreeMap<Loc, Vec<Translation>> = BTreeMap::new();
    for (&loc, item) in &items_at {
        let Some(key) = &item.translation_key else {
            continue;
        };
        let own = site.language(&item.lang);
        let mut found: Vec<(usize, Translation)> = Vec::new();
        for rec in translations.candidates(key) {
            if Some(rec.lang as usize) == own {
                continue;
            }
            if let Some(other) = parse_at(rec.loc(), &mut more)?
                && other.translation_key.as_deref() == Some(key)
            {
                found.push((
                    rec.lang as usize,
                    Translation {
                        lang: other.lang,
                        url: other.url,
                    },
                ));
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.url.cmp(&b.1.url)));
        translations_of.insert(loc, found.into_iter().map(|(_, t)| t).collect());
    }
    // Diagnostics about records seen twice (fast path doubt + winner parse) appear once.
    diagnostics.extend(more);
    finish_diagnostics(&files, &mut diagnostics)?;
    diagnostics.dedup();
    let tally = Tally::of(&diagnostics);
    let mut plan = Plan {
        sources: files,
        diagnostics,
        tally,
        items,
        feeds: Vec::new(),
        files: Vec::new(),
    };
    if tally.errors > 0 {
        return Ok(plan);
    }
    render_all(site, &winners, &items_at, &translations_of, &mut plan);
    Ok(plan)
}

fn render_all(
    site: &Site,
    winners: &[Vec<select::Candidate>],
    items_at: &BTreeMap<Loc, Item>,
    translations_of: &BTreeMap<Loc, Vec<Translation>>,
    plan: &mut Plan,
) {
    let nsec = site.sections.len();
    // An empty feed is dated by the newest change anywhere in the build (never the clock).
    let fallback = items_at
        .values()
        .map(Item::modified)
        .max()
        .unwrap_or(Timestamp {
            unix: 0,
            nanos: 0,
            offset: 0,
        });
    let exists = |lang: usize, section: Option<usize>| match section {
        None => true,
        Some(s) => !winners[feed_index(site, lang, s)].is_empty(),
    };
    let no_translations: Vec<Translation> = Vec::new();
    let mut index = Vec::new();
    for (l, language) in site.languages.iter().enumerate() {
        let mut outlines = Vec::new();
        let mut lang_updated = fallback;
        let mut first = true;
        for s in std::iter::once(None).chain((0..nsec).map(Some)) {
            if !exists(l, s) {
                continue;
            }
            let section = s.map(|s| site.sections[s].as_str());
            let entries: Vec<Entry<'_>> = winners[feed_index(site, l, s.unwrap_or(nsec))]
                .iter()
                .filter_map(|c| {
                    let item = items_at.get(&c.loc)?;
                    let content_html =
                        item.content_html
                            .as_deref()
                            .map(|h| match url::Url::parse(&item.url) {
                                Ok(base) => generate::html::resolve_links(h, &base),
                                Err(_) => std::borrow::Cow::Borrowed(h),
                            });
                    Some(Entry {
                        item,
                        id: site.tags.item_id(&item.lang, &item.id),
                        content_html,
                        translations: translations_of.get(&c.loc).unwrap_or(&no_translations),
                    })
                })
                .collect();
            let updated = entries
                .iter()
                .map(|e| e.item.modified())
                .max()
                .unwrap_or(fallback);
            let published = entries
                .iter()
                .map(|e| e.item.published)
                .max()
                .unwrap_or(updated);
            if first || updated > lang_updated {
                lang_updated = updated;
                first = false;
            }
            let alternates = Format::ALL.map(|f| {
                site.languages
                    .iter()
                    .enumerate()
                    .filter(|&(o, _)| o != l && exists(o, s))
                    .map(|(_, other)| FeedAlternate {
                        lang: other.tag.clone(),
                        url: other.feed_url(section, f),
                    })
                    .collect::<Vec<_>>()
            });
            let doc = FeedDoc {
                lang: &language.tag,
                direction: language.direction,
                section,
                id: site.tags.feed_id(&language.tag, section),
                title: language.feed_title(section),
                description: &language.config.description,
                page_url: language.page_url(section),
                self_urls: Format::ALL.map(|f| language.feed_url(section, f)),
                alternates,
                author: language.author.clone().unwrap_or_else(|| Author {
                    name: language.config.title.clone(),
                    email: None,
                    uri: Some(language.config.base_url.clone()),
                }),
                rights: language.rights.as_deref(),
                updated,
                published,
                entries,
            };
            for &format in &site.formats {
                let rel = match section {
                    None => format!("{}/{}", language.tag, format.file_name()),
                    Some(sec) => format!("{}/{sec}/{}", language.tag, format.file_name()),
                };
                let info = FeedInfo {
                    lang: language.tag.clone(),
                    section: section.map(String::from),
                    format,
                    path: rel.clone(),
                    url: language.feed_url(section, format),
                    title: doc.title.clone(),
                    items: doc.entries.len(),
                };
                outlines.push(opml::Outline {
                    title: info.title.clone(),
                    xml_url: info.url.clone(),
                    html_url: doc.page_url.clone(),
                    format,
                });
                plan.files.push(OutputFile {
                    path: rel,
                    bytes: generate::render(&doc, format),
                });
                index.push(info);
            }
        }
        plan.files.push(OutputFile {
            path: format!("{}/feeds.opml", language.tag),
            bytes: opml::render(
                &language.config.title,
                &language.tag,
                &lang_updated.to_rfc822(),
                &outlines,
            ),
        });
    }
    let mut json = serde_json::to_vec_pretty(&index).expect("serialising the feed index");
    json.push(b'\n');
    plan.files.push(OutputFile {
        path: "feeds.json".into(),
        bytes: json,
    });
    plan.feeds = index;
}

/// True for paths a polyfeed build writes (so that only those are reported as stale and
/// pruned; other files in the output folder are never touched).
pub fn is_feed_output(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    rel == "feeds.json" || matches!(name, "rss.xml" | "atom.xml" | "feed.json" | "feeds.opml")
}

/// What [`write`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or replaced.
    pub written: Vec<String>,
    /// Files that already had the right bytes.
    pub unchanged: Vec<String>,
    /// Feed files in the output folder that this build no longer produces (feeds of
    /// sections or languages that are gone). Files polyfeed never writes are not listed.
    pub stale: Vec<String>,
    /// Stale files that were removed (`prune`).
    pub pruned: Vec<String>,
    /// Temporary files of an interrupted earlier build that were cleaned up.
    pub temp_removed: Vec<PathBuf>,
}

/// Writes a plan's files below `out` (phase 4). Refuses a plan with errors.
pub fn write(plan: &Plan, out: &Path, prune: bool) -> Result<WriteReport> {
    if plan.tally.errors > 0 {
        return Err(Error::Usage(
            "refusing to write a build that has input errors".into(),
        ));
    }
    let mut report = WriteReport {
        temp_removed: fsio::remove_stale_temp_files(out)?,
        ..WriteReport::default()
    };
    for f in &plan.files {
        match fsio::write_if_changed(&out.join(&f.path), &f.bytes)? {
            WriteOutcome::Written => report.written.push(f.path.clone()),
            WriteOutcome::Unchanged => report.unchanged.push(f.path.clone()),
        }
    }
    let produced: BTreeSet<&str> = plan.files.iter().map(|f| f.path.as_str()).collect();
    for rel in fsio::list_files(out)? {
        if !produced.contains(rel.as_str()) && is_feed_output(&rel) {
            if prune {
                let p = out.join(&rel);
                std::fs::remove_file(&p).map_err(|e| Error::io("cannot remove", &p, e))?;
                report.pruned.push(rel.clone());
            }
            report.stale.push(rel);
        }
    }
    Ok(report)
}
