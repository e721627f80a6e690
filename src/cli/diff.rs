//! `polyfeed diff`: arguments and the three renderings (text, JSON, Markdown) of a
//! [`DiffReport`]; also used by `build --previous`.

use super::output::Out;
use super::ui::{Paint, Ui};
use super::{ExitStatus, plural};
use clap::{Args, ValueEnum};
use polyfeed::diff::{
    self, Change, DiffOptions, DiffReport, FeedDiff, Gates, IdMap, Kind, Threshold,
};
use polyfeed::{Error, Result};
use serde_json::{Value, json};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Readable, grouped by feed, with counts.
    Text,
    /// One JSON object (see README, "diff JSON").
    Json,
    /// For a pull-request comment or a job summary.
    Markdown,
}

/// The gate flags, shared by `diff` (`--fail-on`) and `build --previous` (`--allow`).
#[derive(Debug, Args, Clone)]
pub struct GateArgs {
    /// Re-keyed items tolerated before `rekey` trips: a count (`3`) or a share of the old
    /// items (`5%`).
    #[arg(long, value_name = "N|P%", default_value = "0")]
    pub max_rekeyed: String,
    /// An id migration map: a JSON object of old id → new id. `diff` treats mapped ids as the
    /// same item; `build` keeps writing the old id for migrated items.
    #[arg(long, value_name = "FILE")]
    pub id_map: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: DiffFormat,
    /// Change kinds that fail the run (exit 1), comma-separated; `all` for every kind.
    #[arg(
        long,
        value_name = "KINDS",
        default_value = "rekey,removed-in-window,feed-id,self-link"
    )]
    fail_on: String,
    #[command(flatten)]
    gates: GateArgs,
    /// "Now" for `future` (RFC 3339; default: the clock).
    #[arg(long, value_name = "RFC3339")]
    now: Option<String>,
    /// Worker threads (default: one per core; 8 fetches at a time when a side is a URL).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,
    #[command(flatten)]
    fetch: super::net::FetchArgs,
    /// The previous version: a feed (file, `-`, http(s) URL) or a folder of feeds (a folder,
    /// or a base URL ending with `/`).
    #[arg(value_name = "OLD")]
    old: String,
    /// The new version (a feed if OLD is one, a folder if OLD is one).
    #[arg(value_name = "NEW")]
    new: String,
}

/// Parses the gate flags into [`Gates`] with the given kinds.
pub fn gates(kinds: Vec<Kind>, a: &GateArgs) -> Result<Gates> {
    Ok(Gates {
        kinds,
        max_rekeyed: Threshold::parse(&a.max_rekeyed)
            .map_err(|e| Error::Usage(format!("--max-rekeyed: {e}")))?,
    })
}

/// Loads `--id-map`.
pub fn id_map(a: &GateArgs) -> Result<IdMap> {
    a.id_map
        .as_deref()
        .map_or_else(|| Ok(IdMap::default()), IdMap::load)
}

pub fn run(a: DiffArgs, out: &mut Out, ui: &Ui, clock: i64) -> Result<ExitStatus> {
    let kinds =
        Kind::parse_list(&a.fail_on).map_err(|e| Error::Usage(format!("--fail-on: {e}")))?;
    let gates = gates(kinds, &a.gates)?;
    let now = match &a.now {
        Some(s) => chrono::DateTime::parse_from_rfc3339(s)
            .map_err(|_| {
                Error::Usage(format!(
                    "--now `{s}` is not an RFC 3339 date-time with offset (2025-12-06T00:00:00Z)"
                ))
            })?
            .timestamp(),
        None => clock,
    };
    let opts = DiffOptions {
        now: Some(now),
        ids: id_map(&a.gates)?,
    };
    let (old, new) = (diff::Input::parse(&a.old), diff::Input::parse(&a.new));
    let fetching = [&old, &new]
        .iter()
        .any(|i| matches!(i, diff::Input::Url(_)));
    let fetcher = a.fetch.fetcher()?;
    let threads = super::net::workers(a.jobs, fetching);
    let report = diff::diff_inputs(&old, &new, &opts, threads, Some(&fetcher))?;
    let tripped = report.tripped(&gates);
    let (old, new) = (old.to_string(), new.to_string());
    render(out, a.format, &old, &new, &report, &gates, &tripped);
    if ui.verbose {
        for f in &report.feeds {
            ui.verbose(&format!(
                "{}: {} \u{2192} {} items, {} change{}",
                f.path,
                f.old_items,
                f.new_items,
                f.changes.len(),
                plural(f.changes.len())
            ));
        }
    }
    summary(ui, &report, &tripped);
    Ok(if tripped.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Findings
    })
}

/// Renders a report in a format.
pub fn render(
    out: &mut Out,
    format: DiffFormat,
    old: &str,
    new: &str,
    r: &DiffReport,
    gates: &Gates,
    tripped: &[Kind],
) {
    match format {
        DiffFormat::Text => text(out, r, gates, tripped),
        DiffFormat::Json => out.line(&json_report(old, new, r, gates, tripped).to_string()),
        DiffFormat::Markdown => markdown(out, old, new, r, gates, tripped),
    }
}

/// The one-line summary on stderr (not with `--quiet`).
pub fn summary(ui: &Ui, r: &DiffReport, tripped: &[Kind]) {
    let changed = r.feeds.iter().filter(|f| !f.changes.is_empty()).count();
    let changes: usize = r.feeds.iter().map(|f| f.changes.len()).sum();
    ui.status(&format!(
        "compared {} feed{}{}: {} changed, {} change{}; {}",
        r.feeds.len(),
        plural(r.feeds.len()),
        if r.skipped > 0 {
            format!(" ({} files not feeds, skipped)", r.skipped)
        } else {
            String::new()
        },
        changed,
        changes,
        plural(changes),
        if tripped.is_empty() {
            ui.err.good("no gate tripped")
        } else {
            ui.err.bad(&format!(
                "gate{} tripped: {}",
                plural(tripped.len()),
                names(tripped)
            ))
        }
    ));
}

fn names(kinds: &[Kind]) -> String {
    kinds
        .iter()
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(", ")
}

fn counts(f: &FeedDiff) -> Vec<(Kind, usize)> {
    Kind::ALL
        .into_iter()
        .map(|k| (k, f.count(k)))
        .filter(|&(_, n)| n > 0)
        .collect()
}

fn threshold(t: Threshold) -> String {
    match t {
        Threshold::Count(n) => n.to_string(),
        Threshold::Percent(p) => format!("{p}%"),
    }
}

/// One change in one line (no trailing newline).
fn describe(c: &Change) -> String {
    let title = c
        .title
        .as_deref()
        .map(|t| format!(" \u{201c}{}\u{201d}", shorten(t, 60)))
        .unwrap_or_default();
    let key = c.key.as_deref().unwrap_or("");
    let values = |o: &Option<String>, n: &Option<String>| {
        format!(
            "{} \u{2192} {}",
            o.as_deref().map_or("(none)".into(), |s| shorten(s, 80)),
            n.as_deref().map_or("(none)".into(), |s| shorten(s, 80))
        )
    };
    match c.kind {
        Kind::FeedAdded | Kind::FeedRemoved => String::new(),
        Kind::Format
        | Kind::FeedId
        | Kind::SelfLink
        | Kind::AlternateLink
        | Kind::FeedTitle
        | Kind::Language => values(&c.old, &c.new),
        Kind::Rekey => format!(
            "{} \u{2192} {key}{title}",
            c.old_key.as_deref().unwrap_or("")
        ),
        Kind::Changed => format!(
            "{key}{title}: {}",
            c.fields
                .iter()
                .map(|f| {
                    let v = |x: &Option<String>| {
                        x.as_deref().map_or("(none)".into(), |s| shorten(s, 40))
                    };
                    format!("{} {} \u{2192} {}", f.field, v(&f.old), v(&f.new))
                })
                .collect::<Vec<_>>()
                .join("; ")
        ),
        Kind::DateMoved | Kind::UpdatedOnly => format!("{key}{title}: {}", values(&c.old, &c.new)),
        Kind::Reordered => format!(
            "{key}{title}: position {} \u{2192} {}",
            c.old.as_deref().unwrap_or("?"),
            c.new.as_deref().unwrap_or("?")
        ),
        Kind::Future => format!("{key}{title}: {}", c.new.as_deref().unwrap_or("")),
        Kind::RemovedInWindow | Kind::Removed | Kind::Added => format!("{key}{title}"),
    }
}

fn shorten(s: &str, max: usize) -> String {
    let one_line: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max - 1).collect();
        format!("{cut}\u{2026}")
    }
}

/// The colour of a change kind in the text format: additions green, losses red, the rest
/// yellow.
fn kind_colour(p: Paint, k: Kind, s: &str) -> String {
    match k {
        Kind::Added | Kind::FeedAdded => p.good(s),
        Kind::Removed | Kind::RemovedInWindow | Kind::FeedRemoved | Kind::Rekey => p.bad(s),
        _ => p.warn(s),
    }
}

fn text(out: &mut Out, r: &DiffReport, gates: &Gates, tripped: &[Kind]) {
    let p = out.paint();
    let mut unchanged = 0;
    for f in &r.feeds {
        if f.changes.is_empty() {
            unchanged += 1;
            continue;
        }
        let formats = match (&f.old_format, &f.new_format) {
            (Some(a), Some(b)) if a == b => a.clone(),
            (Some(a), Some(b)) => format!("{a} \u{2192} {b}"),
            (None, Some(b)) => format!("new {b}"),
            (Some(a), None) => format!("removed {a}"),
            (None, None) => String::new(),
        };
        out.line(&format!(
            "{} ({formats}): {} \u{2192} {} item{}",
            p.bold(&f.path),
            f.old_items,
            f.new_items,
            plural(f.new_items)
        ));
        let c = counts(f);
        out.line(&format!(
            "  {}",
            c.iter()
                .map(|&(k, n)| kind_colour(p, k, &format!("{} {n}", k.name())))
                .collect::<Vec<_>>()
                .join(" \u{b7} ")
        ));
        if f.mostly_rekeyed() {
            out.line(&format!(
                "  {} {} of {} items re-keyed: readers will show most of this feed again as new",
                p.bad("!"),
                f.count(Kind::Rekey),
                f.old_items
            ));
        }
        for ch in &f.changes {
            let d = describe(ch);
            if d.is_empty() {
                continue;
            }
            let name = format!("{:<18}", ch.kind.name());
            out.line(&format!("  {} {d}", kind_colour(p, ch.kind, &name)));
        }
        out.line("");
    }
    if unchanged > 0 {
        out.line(&format!("{unchanged} feed{} unchanged", plural(unchanged)));
    }
    gate_lines(r, gates, tripped)
        .into_iter()
        .for_each(|l| out.line(&p.bad(&l)));
}

fn gate_lines(r: &DiffReport, gates: &Gates, tripped: &[Kind]) -> Vec<String> {
    tripped
        .iter()
        .map(|&k| {
            let n = r.count(k);
            if k == Kind::Rekey {
                format!(
                    "gate tripped: rekey ({n} item{} re-keyed, {} allowed)",
                    plural(n),
                    threshold(gates.max_rekeyed)
                )
            } else {
                format!("gate tripped: {} ({n})", k.name())
            }
        })
        .collect()
}

/// The JSON contract (README, "diff JSON").
pub fn json_report(old: &str, new: &str, r: &DiffReport, gates: &Gates, tripped: &[Kind]) -> Value {
    let totals: serde_json::Map<String, Value> = Kind::ALL
        .into_iter()
        .map(|k| (k.name().to_string(), json!(r.count(k))))
        .collect();
    json!({
        "old": old,
        "new": new,
        "feeds": r.feeds.iter().map(|f| {
            let mut v = serde_json::to_value(f).unwrap_or(Value::Null);
            v["counts"] = counts(f).into_iter().map(|(k, n)| (k.name().to_string(), json!(n))).collect::<serde_json::Map<_, _>>().into();
            v["mostly_rekeyed"] = json!(f.mostly_rekeyed());
            v
        }).collect::<Vec<_>>(),
        "skipped": r.skipped,
        "totals": totals,
        "gates": {
            "fail_on": gates.kinds.iter().map(|k| k.name()).collect::<Vec<_>>(),
            "max_rekeyed": threshold(gates.max_rekeyed),
            "tripped": tripped.iter().map(|k| k.name()).collect::<Vec<_>>(),
        },
        "ok": tripped.is_empty(),
    })
}

/// Markdown: a verdict, a table of counts per changed feed, the changes in collapsed lists.
fn markdown(out: &mut Out, old: &str, new: &str, r: &DiffReport, gates: &Gates, tripped: &[Kind]) {
    const SHOWN: usize = 50;
    out.line("## polyfeed diff");
    out.line("");
    out.line(&format!("{} \u{2192} {}", code(old), code(new)));
    out.line("");
    if tripped.is_empty() {
        out.line("**No gate tripped.**");
    } else {
        out.line(&format!("**Gates tripped: {}**", names(tripped)));
        out.line("");
        for l in gate_lines(r, gates, tripped) {
            out.line(&format!("- {}", md(&l)));
        }
    }
    out.line("");
    let changed: Vec<&FeedDiff> = r.feeds.iter().filter(|f| !f.changes.is_empty()).collect();
    out.line(&format!(
        "{} feed{} compared, {} changed{}.",
        r.feeds.len(),
        plural(r.feeds.len()),
        changed.len(),
        if r.skipped > 0 {
            format!(", {} files not feeds skipped", r.skipped)
        } else {
            String::new()
        }
    ));
    if changed.is_empty() {
        return;
    }
    out.line("");
    out.line("| feed | items | changes |");
    out.line("|---|---:|---|");
    for f in &changed {
        out.line(&format!(
            "| {} | {} \u{2192} {} | {} |",
            code(&f.path),
            f.old_items,
            f.new_items,
            counts(f)
                .iter()
                .map(|(k, n)| format!("{} {n}", k.name()))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    for f in &changed {
        out.line("");
        out.line(&format!(
            "<details><summary><code>{}</code>: {} change{}</summary>",
            html(&f.path),
            f.changes.len(),
            plural(f.changes.len())
        ));
        out.line("");
        if f.mostly_rekeyed() {
            out.line(&format!(
                "**{} of {} items re-keyed**: readers will show most of this feed again as new.",
                f.count(Kind::Rekey),
                f.old_items
            ));
            out.line("");
        }
        let mut shown = 0;
        for ch in &f.changes {
            let d = describe(ch);
            if d.is_empty() {
                continue;
            }
            if shown == SHOWN {
                out.line(&format!("- \u{2026} and {} more", f.changes.len() - SHOWN));
                break;
            }
            out.line(&format!("- **{}** {}", ch.kind.name(), md(&d)));
            shown += 1;
        }
        out.line("");
        out.line("</details>");
    }
}

/// A code span (backticks in the text become quotes; pipes are escaped for tables).
fn code(s: &str) -> String {
    format!("`{}`", s.replace('`', "'").replace('|', "\\|"))
}

/// Escapes Markdown's inline specials.
fn md(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            o.push('\\');
        }
        o.push(c);
    }
    o
}

fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
