//! `polyfeed build`: items → feeds.
//!
//! Phases (see ARCHITECTURE.md):
//! 1. **select** ([`select`]): stream every record on all cores; parse the keys of each
//!    (fast path), keep per-feed top-K candidates and the cross-item keys;
//! 2. **resolve**: report duplicate ids and translation conflicts; read the winners again
//!    and parse them fully; find their translations;
//! 3. **render** ([`crate::generate`]): every feed in every format, in memory;
//! 4. **write** ([`write()`]): only when there is no error, only files whose bytes changed,
//!    each through a temporary file and a rename.
//!
//! [`plan`] does 1-3 and never touches the output folder; [`write()`] does 4.

pub mod select;

use crate::diagnostic::{Diagnostic, Tally};
use crate::error::{Error, Result};
use crate::fsio::{self, WriteOutcome};
use crate::generate::{self, Entry, FeedAlternate, FeedDoc, opml, page};
use crate::input::finish_diagnostics;
use crate::input::item::{ItemContext, parse_item};
use crate::input::keys::{Link, parse_link};
use crate::input::source::{self, Loc, RecordReader};
use crate::model::{Author, Item, Timestamp, Translation};
use crate::par;
use crate::site::{Format, Site};
use select::{Selector, feed_index};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Options of [`plan`].
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Worker threads (0: one per core).
    pub threads: usize,
    /// Id migrations (`--id-map`): an item whose id is the new id of a pair keeps the old
    /// one in its guid/id, so a change of id scheme does not re-key it for readers.
    pub ids: crate::diff::IdMap,
    /// Where to report progress, if anywhere: phases `read` (bytes of the item files),
    /// `parse` (published items and their translations) and `render` (feeds).
    pub progress: Option<std::sync::Arc<dyn crate::progress::Progress>>,
    /// Do not write the per-language HTML pages even when `site.toml` says to
    /// (`build --no-pages`).
    pub no_pages: bool,
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

/// One entry of a `feeds.json` index read back (by `diff` and `build --previous` against a
/// base URL, and `ping --all`); other keys are ignored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct IndexEntry {
    /// Path below the output folder (`en/news/rss.xml`).
    pub path: String,
    /// Public URL.
    pub url: String,
}

/// Parses a `feeds.json` index. Every `path` must be a plain relative path (`/`-separated
/// names, no `.`, `..`, empty or absolute parts, no `\`, `?`, `#` or `:`), so that an index
/// fetched from a server cannot send polyfeed elsewhere.
pub fn parse_index(bytes: &[u8]) -> std::result::Result<Vec<IndexEntry>, String> {
    let entries: Vec<IndexEntry> = serde_json::from_slice(bytes).map_err(|e| {
        format!(
            "{}:{}: not a feeds.json index (an array of {{path, url, ...}}): {e}",
            e.line(),
            e.column()
        )
    })?;
    for e in &entries {
        if !is_plain_relative(&e.path) {
            return Err(format!(
                "`{}` is not a relative path below the output folder",
                e.path
            ));
        }
    }
    Ok(entries)
}

/// True for `a/b/c` made of ordinary names.
pub fn is_plain_relative(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && !part.contains(['\\', '?', '#', ':'])
                && !part.chars().any(char::is_control)
        })
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
    /// Findings of the self-check of the generated feeds (path below the output folder,
    /// finding). A plan with an error here is not written.
    pub feed_diagnostics: Vec<(String, Diagnostic)>,
    /// How long each phase took (for `--timings`; never written into feeds).
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

impl Plan {
    /// True when the self-check found an error in a generated feed (a polyfeed bug, or input
    /// the input checks let through): such a plan is not written.
    pub fn self_check_failed(&self) -> bool {
        self.feed_diagnostics
            .iter()
            .any(|(_, d)| d.severity == crate::diagnostic::Severity::Error)
    }
}

/// Computes the build in memory (phases 1-3). Never touches the output folder.
pub fn plan(site: &Site, files: Vec<PathBuf>, opts: &BuildOptions) -> Result<Plan> {
    let threads = crate::check::thread_count(opts.threads);
    let mut clock = std::time::Instant::now();
    let mut timings = Vec::new();
    let mut lap = |name: &'static str| {
        let now = std::time::Instant::now();
        timings.push((name, now - clock));
        clock = now;
    };
    let sinks = source::scan(&files, threads, opts.progress.as_deref(), || {
        Selector::new(site)
    })?;
    let mut sinks = sinks.into_iter();
    let mut sel = sinks.next().unwrap_or_else(|| Selector::new(site));
    for s in sinks {
        sel.merge(s);
    }
    let (winners, cross, mut diagnostics, items) = sel.into_winners();
    lap("select");
    let (cross_diags, translations) = cross.finish(&files, site, threads)?;
    diagnostics.extend(cross_diags);
    lap("cross-check");

    // Read and fully parse every winner and every candidate translation of a winner, on
    // all cores.
    let cx = ItemContext { site, now: None };
    // Winners are parsed fully; a translation that is not itself a winner only lends its
    // URL, which is checked (`input::keys::parse_link`).
    let mut needed: BTreeMap<Loc, bool> = BTreeMap::new();
    for c in winners.iter().flatten() {
        needed.insert(c.loc, true);
    }
    for c in winners.iter().flatten() {
        if let Some(h) = c.tk {
            for r in translations.by_hash(h) {
                needed.entry(r.loc()).or_insert(false);
            }
        }
    }
    let needed: Vec<(Loc, bool)> = needed.into_iter().collect();
    let progress = opts.progress.as_deref();
    crate::progress::report(progress, |p| {
        p.phase("parse", needed.len() as u64, crate::progress::Unit::Count);
    });
    let parsed = par::map_with(
        &needed,
        threads,
        || RecordReader::new(&files),
        |rd, &(loc, winner)| -> Result<(Option<Item>, Option<Link>, Vec<Diagnostic>)> {
            let rec = rd.read(loc)?;
            crate::progress::report(progress, |p| p.advance(1));
            if !winner && let Some(link) = parse_link(rec, site) {
                return Ok((None, Some(link), Vec::new()));
            }
            let mut p = parse_item(rec, &cx);
            if let Some(item) = &mut p.item {
                resolve_content_links(item);
            }
            let diags = p
                .diagnostics
                .into_iter()
                .map(|d| d.in_source(loc.file, loc.offset))
                .collect();
            let link = p.item.as_ref().map(Link::of);
            Ok((p.item.filter(|_| winner), link, diags))
        },
    );
    let mut items_at: BTreeMap<Loc, Item> = BTreeMap::new();
    let mut links_at: BTreeMap<Loc, Link> = BTreeMap::new();
    let mut more = Vec::new();
    for ((loc, _), r) in needed.iter().zip(parsed) {
        let (item, link, diags) = r?;
        more.extend(diags);
        if let Some(it) = item {
            items_at.insert(*loc, it);
        }
        if let Some(l) = link {
            links_at.insert(*loc, l);
        }
    }
    lap("parse winners");
    let mut translations_of: BTreeMap<Loc, Vec<Translation>> = BTreeMap::new();
    for (loc, item) in &items_at {
        let Some(key) = &item.translation_key else {
            continue;
        };
        let own = site.language(&item.lang);
        let mut found: Vec<(usize, &Link)> = translations
            .candidates(key)
            .iter()
            .filter(|r| Some(r.lang as usize) != own)
            .filter_map(|r| links_at.get(&r.loc()).map(|l| (r.lang as usize, l)))
            .filter(|(_, l)| l.translation_key.as_deref() == Some(key.as_str()))
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.url.cmp(&b.1.url)));
        translations_of.insert(
            *loc,
            found
                .into_iter()
                .map(|(_, l)| Translation {
                    lang: l.lang.clone(),
                    url: l.url.clone(),
                })
                .collect(),
        );
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
        feed_diagnostics: Vec::new(),
        timings: Vec::new(),
    };
    lap("resolve");
    if tally.errors == 0 {
        render_all(
            site,
            &winners,
            &items_at,
            &translations_of,
            opts,
            threads,
            &mut plan,
        );
        lap("render");
    }
    plan.timings = timings;
    Ok(plan)
}

/// Resolves site-relative links in an item's HTML against its URL (readers show the item
/// outside its page).
fn resolve_content_links(item: &mut Item) {
    if let (Some(html), Ok(base)) = (&item.content_html, url::Url::parse(&item.url))
        && let std::borrow::Cow::Owned(resolved) = generate::html::resolve_links(html, &base)
    {
        item.content_html = Some(resolved);
    }
}

/// One output file of the render phase: a feed still to render, or finished bytes.
enum Pending {
    Feed(usize, Format),
    Ready(Vec<u8>),
}

fn render_all(
    site: &Site,
    winners: &[Vec<select::Candidate>],
    items_at: &BTreeMap<Loc, Item>,
    translations_of: &BTreeMap<Loc, Vec<Translation>>,
    opts: &BuildOptions,
    threads: usize,
    plan: &mut Plan,
) {
    let (ids, progress) = (&opts.ids, opts.progress.as_deref());
    let pages = site.page.enabled && !opts.no_pages;
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
    let strings: Vec<crate::l10n::Strings> = site
        .languages
        .iter()
        .map(|l| crate::l10n::Strings::new(&l.tag, &l.config.labels))
        .collect();
    let mut index = Vec::new();
    let mut docs: Vec<FeedDoc<'_>> = Vec::new();
    let mut pending: Vec<(String, Pending)> = Vec::new();
    for (l, language) in site.languages.iter().enumerate() {
        let mut outlines = Vec::new();
        let mut page_feeds = Vec::new();
        let mut page_items = Vec::new();
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
                    let id = site.tags.item_id(&item.lang, &item.id);
                    Some(Entry {
                        item,
                        id: match ids.old_key_of(&id) {
                            Some(old) => old.to_string(),
                            None => id,
                        },
                        content_html: item.content_html.as_deref().map(std::borrow::Cow::Borrowed),
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
            let sec_title = match section {
                None => strings[l].get(crate::l10n::Label::AllSections).to_string(),
                Some(sec) => section_title(language, sec),
            };
            if pages && section.is_none() {
                page_items = entries
                    .iter()
                    .take(site.page.items)
                    .map(|e| page::PageItem {
                        title: e.item.title.clone(),
                        url: e.item.url.clone(),
                        published: e.item.published,
                        section_title: section_title(language, &e.item.section),
                    })
                    .collect();
            }
            if first || updated > lang_updated {
                lang_updated = updated;
                first = false;
            }
            // The other languages' versions of this feed, then `x-default`: the default
            // language's version, for readers whose language the site does not publish.
            let default = site.default_language;
            let alternates = Format::ALL.map(|f| {
                let mut alts: Vec<FeedAlternate> = site
                    .languages
                    .iter()
                    .enumerate()
                    .filter(|&(o, _)| o != l && exists(o, s))
                    .map(|(_, other)| FeedAlternate {
                        lang: other.tag.clone(),
                        url: other.feed_url(section, f),
                    })
                    .collect();
                if site.languages.len() > 1 && exists(default, s) {
                    alts.push(FeedAlternate {
                        lang: "x-default".into(),
                        url: site.languages[default].feed_url(section, f),
                    });
                }
                alts
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
                hubs: &site.hubs,
                updated,
                published,
                entries,
            };
            let mut page_links = Vec::new();
            for &format in &site.formats {
                page_links.push(page::PageLink {
                    format,
                    href: match section {
                        None => format.file_name().to_string(),
                        Some(sec) => format!("{sec}/{}", format.file_name()),
                    },
                    url: language.feed_url(section, format),
                });
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
                pending.push((rel, Pending::Feed(docs.len(), format)));
                index.push(info);
            }
            page_feeds.push(page::PageFeed {
                title: doc.title.clone(),
                section: section.map(String::from),
                section_title: sec_title,
                links: page_links,
            });
            docs.push(doc);
        }
        pending.push((
            format!("{}/feeds.opml", language.tag),
            Pending::Ready(opml::render(
                &language.config.title,
                &language.tag,
                &lang_updated.to_rfc822(),
                &outlines,
            )),
        ));
        if pages {
            let others = site
                .languages
                .iter()
                .enumerate()
                .filter(|&(o, _)| o != l)
                .map(|(o, other)| page::OtherPage {
                    lang: other.tag.clone(),
                    name: strings[o].get(crate::l10n::Label::LanguageName).to_string(),
                    direction: other.direction,
                    href: page_href(language, other),
                })
                .collect();
            let doc = page::PageDoc {
                lang: &language.tag,
                direction: language.direction,
                title: &language.config.title,
                description: &language.config.description,
                rights: language.rights.as_deref(),
                strings: &strings[l],
                feeds: page_feeds,
                items: page_items,
                opml_href: Some("feeds.opml".into()),
                others,
            };
            pending.push((
                format!("{}/{PAGE_FILE}", language.tag),
                Pending::Ready(page::render(&doc)),
            ));
        }
    }
    let mut json = serde_json::to_vec_pretty(&index).expect("serialising the feed index");
    json.push(b'\n');
    pending.push(("feeds.json".into(), Pending::Ready(json)));
    // Render every feed on all cores; the file order stays the site order.
    let jobs: Vec<(usize, Format)> = pending
        .iter()
        .filter_map(|(_, p)| match p {
            Pending::Feed(d, f) => Some((*d, *f)),
            Pending::Ready(_) => None,
        })
        .collect();
    crate::progress::report(progress, |p| {
        p.phase("render", jobs.len() as u64, crate::progress::Unit::Count);
    });
    // Render and self-check every feed on all cores: the validator reads each one as a
    // subscriber would, at its own URL (so self links are checked too).
    let mut rendered = par::map_with(
        &jobs,
        threads,
        || (),
        |(), &(d, f)| {
            let bytes = generate::render(&docs[d], f);
            let report = crate::validate::validate_bytes(
                &bytes,
                &crate::validate::ValidateOptions {
                    base_url: Some(docs[d].self_url(f).to_string()),
                    now: None,
                    passes: false,
                    charset: None,
                    two_threads: false,
                    snapshot: false,
                },
            );
            crate::progress::report(progress, |p| p.advance(1));
            (bytes, report.diagnostics)
        },
    )
    .into_iter();
    let mut files = Vec::with_capacity(pending.len());
    for (path, p) in pending {
        let bytes = match p {
            Pending::Feed(..) => {
                let (bytes, diags) = rendered.next().expect("one rendering per feed");
                for d in diags.into_iter().filter(self_check_counts) {
                    plan.feed_diagnostics.push((path.clone(), d));
                }
                bytes
            }
            Pending::Ready(b) => b,
        };
        files.push(OutputFile { path, bytes });
    }
    plan.files = files;
    plan.feeds = index;
}

/// The file name of the per-language page.
pub const PAGE_FILE: &str = "index.html";

/// A section's title in a language (`section_titles`, else its name).
fn section_title(language: &crate::site::Language, section: &str) -> String {
    language
        .config
        .section_titles
        .get(section)
        .cloned()
        .unwrap_or_else(|| section.to_string())
}

/// The link from one language's page to another's: relative (`../ru/index.html`) when the
/// base URLs mirror the output folder (`https://x/en/` and `https://x/ru/`), so it works
/// from a `file://` checkout and from the server; else the other base URL's `index.html`.
fn page_href(from: &crate::site::Language, to: &crate::site::Language) -> String {
    let mirrored = url::Url::parse(&from.config.base_url)
        .and_then(|u| u.join(&format!("../{}/", to.tag)))
        .ok()
        .zip(url::Url::parse(&to.config.base_url).ok())
        .is_some_and(|(joined, other)| joined == other);
    if mirrored {
        format!("../{}/{PAGE_FILE}", to.tag)
    } else {
        format!("{}{PAGE_FILE}", to.config.base_url)
    }
}

/// True for `{lang}/index.html`: where a build writes a language's page.
pub fn is_page_output(rel: &str) -> bool {
    let mut parts = rel.split('/');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(l), Some(PAGE_FILE), None) if !l.is_empty()
    )
}

/// True when the file at `path` is a page polyfeed wrote (its `<head>` names polyfeed as
/// generator in the first 2 KiB). Only such pages are replaced, reported stale or pruned.
fn is_polyfeed_page(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::with_capacity(2048);
    std::fs::File::open(path)
        .and_then(|f| f.take(2048).read_to_end(&mut head))
        .is_ok()
        && memchr::memmem::find(&head, page::GENERATOR_META.as_bytes()).is_some()
}

/// Whether a finding of the self-check is reported: errors and warnings. (Items dated by day
/// share a local-midnight timestamp, which the validator reports as an information-level
/// `DuplicateUpdated`: not a finding.)
fn self_check_counts(d: &Diagnostic) -> bool {
    use crate::diagnostic::Severity;
    matches!(d.severity, Severity::Error | Severity::Warning)
}

/// True for paths a polyfeed build writes (so that only those are reported as stale and
/// pruned; other files in the output folder are never touched).
pub fn is_feed_output(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    rel == "feeds.json" || matches!(name, "rss.xml" | "atom.xml" | "feed.json" | "feeds.opml")
}

/// What [`write()`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or replaced.
    pub written: Vec<String>,
    /// Files that already had the right bytes.
    pub unchanged: Vec<String>,
    /// Feed files and pages in the output folder that this build no longer produces (feeds
    /// of sections or languages that are gone, pages turned off). Files polyfeed never
    /// writes are not listed, nor `index.html` files it did not write.
    pub stale: Vec<String>,
    /// Stale files that were removed (`prune`).
    pub pruned: Vec<String>,
    /// Temporary files of an interrupted earlier build that were cleaned up.
    pub temp_removed: Vec<PathBuf>,
}

/// Options of [`write()`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// Remove the feed files of earlier builds that this build no longer produces
    /// (`--prune`); without it they are only reported.
    pub prune: bool,
    /// `fsync` every file written before its rename, and every folder changed after (`--fsync`):
    /// the output survives a power loss, not only a crash of polyfeed. Off by default: it costs
    /// about 2 ms per written file here, and the next build rewrites any file that differs.
    pub fsync: bool,
}

/// Writes a plan's files below the locked output folder (phase 4). Refuses a plan with
/// errors.
///
/// Order matters for a reader (or a crash) in the middle: the folder is checked writable
/// first (a read-only folder is an error before anything is replaced); temporary files of an
/// interrupted earlier build are removed (safe: the lock says no other build is writing);
/// then every feed, each language's OPML after its feeds, the `feeds.json` index last, and
/// stale feeds are pruned only after the index that no longer lists them. Each file is
/// replaced atomically, so at every moment each file holds its previous or its new bytes,
/// and the index and OPML files never list a feed that does not exist.
pub fn write(plan: &Plan, lock: &fsio::OutputLock, opts: &WriteOptions) -> Result<WriteReport> {
    if plan.tally.errors > 0 || plan.self_check_failed() {
        return Err(Error::Usage(
            "refusing to write a build that has input errors".into(),
        ));
    }
    let out = lock.dir();
    fsio::check_writable(out)?;
    // A hand-written `{lang}/index.html` is never overwritten: checked before anything is
    // written, so a refusal leaves the folder as it was.
    for f in plan.files.iter().filter(|f| is_page_output(&f.path)) {
        let p = out.join(&f.path);
        if p.exists() && !is_polyfeed_page(&p) {
            return Err(Error::Usage(format!(
                "{} exists and was not written by polyfeed: move it away, or turn the \
                 language pages off (`build --no-pages`, or `[page] enabled = false` in \
                 site.toml); nothing was written",
                p.display()
            )));
        }
    }
    let mut report = WriteReport {
        temp_removed: fsio::remove_stale_temp_files(out)?,
        ..WriteReport::default()
    };
    let mut changed_dirs: BTreeSet<PathBuf> = BTreeSet::new();
    for f in &plan.files {
        let path = out.join(&f.path);
        let outcome = if opts.fsync {
            fsio::write_if_changed_synced(&path, &f.bytes)?
        } else {
            fsio::write_if_changed(&path, &f.bytes)?
        };
        match outcome {
            WriteOutcome::Written => {
                report.written.push(f.path.clone());
                if let Some(dir) = path.parent() {
                    changed_dirs.insert(dir.to_path_buf());
                }
            }
            WriteOutcome::Unchanged => report.unchanged.push(f.path.clone()),
        }
    }
    let produced: BTreeSet<&str> = plan.files.iter().map(|f| f.path.as_str()).collect();
    for rel in fsio::list_files(out)? {
        let ours =
            is_feed_output(&rel) || (is_page_output(&rel) && is_polyfeed_page(&out.join(&rel)));
        if !produced.contains(rel.as_str()) && ours {
            if opts.prune {
                let p = out.join(&rel);
                std::fs::remove_file(&p).map_err(|e| Error::io("cannot remove", &p, e))?;
                if let Some(dir) = p.parent() {
                    changed_dirs.insert(dir.to_path_buf());
                }
                report.pruned.push(rel.clone());
            }
            report.stale.push(rel);
        }
    }
    if opts.fsync {
        // A folder created for a new section is itself an entry of its parent.
        let mut dirs = BTreeSet::new();
        for dir in &changed_dirs {
            for d in dir.ancestors().take_while(|d| d.starts_with(out)) {
                dirs.insert(d.to_path_buf());
            }
        }
        for dir in &dirs {
            fsio::sync_dir(dir)?;
        }
    }
    Ok(report)
}

/// Where the previous version of a build is: a folder (usually `--out` itself) or the base
/// URL the live feeds are published under (`https://example.org/feeds/`, with the output
/// folder's layout).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Previous {
    /// A local folder; a missing folder is a first publish.
    Dir(PathBuf),
    /// A base URL, ending with `/`.
    Url(String),
}

impl Previous {
    /// An `http://` or `https://` address is a base URL (a missing trailing `/` is added:
    /// it names a folder), anything else a folder.
    pub fn parse(s: &str) -> Previous {
        if crate::http::is_url(s) {
            Previous::Url(crate::diff::remote::as_base(s))
        } else {
            Previous::Dir(PathBuf::from(s))
        }
    }
}

impl std::fmt::Display for Previous {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Previous::Dir(p) => write!(f, "{}", p.display()),
            Previous::Url(u) => f.write_str(u),
        }
    }
}

/// What [`compare_previous`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PreviousReport {
    /// The comparison, feed by feed (what the gates look at).
    pub diff: crate::diff::DiffReport,
    /// Feeds of the plan whose bytes differ from the previous version's, or that it does
    /// not have (paths below the output folder, in plan order): what subscribers have not
    /// seen yet, so what `--ping` notifies and `--list-changed` lists.
    pub changed: Vec<String>,
    /// Feeds the previous version has (found in the folder, or fetched).
    pub found: usize,
}

fn is_feed_file(p: &str) -> bool {
    let name = p.rsplit('/').next().unwrap_or(p);
    matches!(name, "rss.xml" | "atom.xml" | "feed.json")
}

/// Compares the feeds a plan would write with the previous output in `previous` (usually the
/// `--out` folder itself): the report `build --previous` gates on. Feeds are matched by path;
/// a previous feed the plan no longer writes is `feed-removed`, a new one `feed-added`. A
/// missing `previous` folder is a first publish: every feed is added.
pub fn diff_previous(
    plan: &Plan,
    previous: &Path,
    opts: &crate::diff::DiffOptions,
    threads: usize,
) -> Result<crate::diff::DiffReport> {
    let previous = Previous::Dir(previous.to_path_buf());
    Ok(compare_previous(plan, &previous, None, opts, threads)?.diff)
}

/// Compares the feeds a plan would write with their previous version, in a folder or under
/// a base URL (see [`Previous`]), and tells which feeds' bytes changed.
///
/// Under a base URL, each planned feed is fetched at `{base}{path}`, plus the feeds listed
/// in `{base}feeds.json` when the server has that index (so feeds the plan no longer writes
/// are `feed-removed`). A 404 or 410 for a feed means the feed is new (`feed-added`); any
/// other failure (5xx, time-out, TLS, a body that is not a feed) is an error naming the
/// URL: an unreachable live site must not pass for a first publish. `fetcher` fetches
/// (default limits when `None`); `threads` bounds the fetches at a time.
pub fn compare_previous(
    plan: &Plan,
    previous: &Previous,
    fetcher: Option<&crate::http::Fetcher>,
    opts: &crate::diff::DiffOptions,
    threads: usize,
) -> Result<PreviousReport> {
    use crate::diff::{self, remote};
    use std::sync::Mutex;
    let planned: BTreeMap<&str, &OutputFile> = plan
        .files
        .iter()
        .filter(|f| is_feed_file(&f.path))
        .map(|f| (f.path.as_str(), f))
        .collect();
    let own;
    let fetcher = match (previous, fetcher) {
        (Previous::Url(_), None) => {
            own = crate::http::Fetcher::new(crate::http::Limits::default(), None)?;
            Some(&own)
        }
        (_, f) => f,
    };
    // The previous version's feeds: the folder's files, or the index at the base URL.
    let mut previous_feeds: BTreeMap<String, PathBuf> = BTreeMap::new();
    match previous {
        Previous::Dir(dir) => {
            for rel in fsio::list_files(dir)? {
                if is_feed_file(&rel) {
                    let path = dir.join(&rel);
                    previous_feeds.insert(rel, path);
                }
            }
        }
        Previous::Url(base) => {
            if let Some(f) = fetcher
                && let Some(paths) = remote::fetch_index(f, base)?
            {
                for p in paths.into_iter().filter(|p| is_feed_file(p)) {
                    previous_feeds.insert(p, PathBuf::new());
                }
            }
        }
    }
    let names = diff::union_of(
        planned.keys().copied(),
        previous_feeds.keys().map(String::as_str),
    );
    let same: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
    let found = std::sync::atomic::AtomicUsize::new(0);
    let read_old = |name: &str| -> Result<Option<diff::read::Snapshot>> {
        let bytes = match (previous, fetcher) {
            (Previous::Dir(_), _) => match previous_feeds.get(name) {
                Some(p) => Some(std::fs::read(p).map_err(|e| Error::io("cannot read", p, e))?),
                None => None,
            },
            (Previous::Url(base), Some(f)) => {
                remote::fetch_bytes(f, &remote::join(base, name), true)?
            }
            (Previous::Url(_), None) => None,
        };
        let Some(bytes) = bytes else { return Ok(None) };
        found.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if planned.get(name).is_some_and(|f| f.bytes == bytes) {
            same.lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .insert(name.to_string());
        }
        let label = match previous {
            Previous::Dir(_) => previous_feeds[name].clone(),
            Previous::Url(base) => PathBuf::from(remote::join(base, name)),
        };
        diff::read_bytes(&label, &bytes).map(Some)
    };
    let feeds = diff::compare_by_path(
        &names,
        read_old,
        |name| {
            planned
                .get(name)
                .map(|f| diff::read_bytes(Path::new(name), &f.bytes))
                .transpose()
        },
        opts,
        threads,
    )?;
    let same = same
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let changed = plan
        .files
        .iter()
        .filter(|f| is_feed_file(&f.path) && !same.contains(&f.path))
        .map(|f| f.path.clone())
        .collect();
    Ok(PreviousReport {
        diff: diff::DiffReport { feeds, skipped: 0 },
        changed,
        found: found.into_inner(),
    })
}

/// The URLs of the feeds at these paths (below the output folder), in plan order: what
/// WebSub hubs are told changed. Feed URLs are `{base_url of lang}{path below lang/}`.
pub fn feed_urls(plan: &Plan, paths: &[String]) -> Vec<String> {
    let wanted: BTreeSet<&str> = paths.iter().map(String::as_str).collect();
    plan.feeds
        .iter()
        .filter(|f| wanted.contains(f.path.as_str()))
        .map(|f| f.url.clone())
        .collect()
}

/// The feeds among the files a write replaced or created (paths, in plan order).
pub fn written_feeds(report: &WriteReport) -> Vec<String> {
    report
        .written
        .iter()
        .filter(|p| is_feed_file(p))
        .cloned()
        .collect()
}
