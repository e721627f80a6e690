//! `polyfeed check`: validate input items without writing anything, reporting every problem.

use crate::diagnostic::{Diagnostic, Tally};
use crate::error::Result;
use crate::input::cross::CrossCheck;
use crate::input::finish_diagnostics;
use crate::input::item::{ItemContext, parse_item};
use crate::input::source::{self, Record, Sink};
use crate::model::Timestamp;
use crate::site::Site;
use std::path::PathBuf;

/// Options of [`check`].
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// "Now" for the future-date warning; `None` skips it.
    pub now: Option<Timestamp>,
    /// Worker threads (0: one per core).
    pub threads: usize,
    /// Where to report progress (a `read` phase), if anywhere.
    pub progress: Option<std::sync::Arc<dyn crate::progress::Progress>>,
}

/// What [`check`] found.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// The item files read; diagnostics' `source` indexes this list.
    pub sources: Vec<PathBuf>,
    /// Every finding, sorted by file and position, with positions resolved.
    pub diagnostics: Vec<Diagnostic>,
    /// Number of item records read.
    pub items: u64,
    /// Findings by severity.
    pub tally: Tally,
}

struct CheckSink<'a> {
    cx: ItemContext<'a>,
    cross: CrossCheck,
    diags: Vec<Diagnostic>,
    items: u64,
}

impl Sink for CheckSink<'_> {
    fn record(&mut self, r: Record<'_>) {
        self.items += 1;
        let parsed = parse_item(r.bytes, &self.cx);
        self.diags.extend(
            parsed
                .diagnostics
                .into_iter()
                .map(|d| d.in_source(r.loc.file, r.loc.offset)),
        );
        if let Some(item) = parsed.item
            && let Some(lang) = self.cx.site.language(&item.lang)
        {
            self.cross
                .add(lang, &item.id, item.translation_key.as_deref(), r.loc);
        }
    }

    fn diagnostic(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }
}

/// Number of worker threads for `threads` (0 = one per core).
pub fn thread_count(threads: usize) -> usize {
    if threads > 0 {
        threads
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }
}

/// Checks every item of `files` against `site`.
pub fn check(site: &Site, files: Vec<PathBuf>, opts: CheckOptions) -> Result<CheckReport> {
    let threads = thread_count(opts.threads);
    let cx = ItemContext {
        site,
        now: opts.now,
    };
    let sinks = source::scan(&files, threads, opts.progress.as_deref(), || CheckSink {
        cx,
        cross: CrossCheck::default(),
        diags: Vec::new(),
        items: 0,
    })?;
    let mut cross = CrossCheck::default();
    let mut diagnostics = Vec::new();
    let mut items = 0;
    for s in sinks {
        cross.merge(s.cross);
        diagnostics.extend(s.diags);
        items += s.items;
    }
    let (more, _) = cross.finish(&files, site, threads)?;
    diagnostics.extend(more);
    finish_diagnostics(&files, &mut diagnostics)?;
    Ok(CheckReport {
        tally: Tally::of(&diagnostics),
        sources: files,
        diagnostics,
        items,
    })
}
