//! Argument parsing, dispatch and the exit status. Only this module (and its children)
//! prints.

mod diff;
mod output;
mod render;
mod validate;

use clap::{Args, Parser, Subcommand, ValueEnum};
use output::Out;
use polyfeed::build::{self, BuildOptions};
use polyfeed::check::{self, CheckOptions};
use polyfeed::input::collect_item_files;
use polyfeed::model::time::parse_input_date;
use polyfeed::site::Site;
use polyfeed::{Error, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The exit status of every command (see the contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Done; nothing at or above the failure threshold.
    Success,
    /// Findings: invalid items, invalid feeds, a tripped gate.
    Findings,
    /// The tool could not do its job.
    Failure,
}

impl From<ExitStatus> for ExitCode {
    fn from(s: ExitStatus) -> Self {
        ExitCode::from(match s {
            ExitStatus::Success => 0,
            ExitStatus::Findings => 1,
            ExitStatus::Failure => 2,
        })
    }
}

const AFTER_HELP: &str = "\
Exit status: 0 done, nothing at or above the failure threshold; 1 findings (invalid input \
items, invalid feeds, a tripped diff gate); 2 the tool could not do its job (bad flags, \
unreadable file, unwritable output).";

/// polyfeed: multilingual RSS 2.0, Atom 1.0 and JSON Feed 1.1 feeds, built, checked, validated
/// and diffed.
#[derive(Debug, Parser)]
#[command(name = "polyfeed", version, about, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check input items without writing anything; report every problem.
    #[command(after_help = "\
Examples:
  polyfeed check                              items under the site file's folder
  polyfeed check --format json items/         one JSON report on stdout
  polyfeed check --now 2025-12-06T00:00:00Z   judge future dates against a fixed time

Each finding is one line on stdout: path:line:column: severity[Code] field: message.
The summary goes to stderr. Exit 1 when there is an error.")]
    Check(CheckArgs),
    /// Build every feed of the site from the items.
    #[command(after_help = "\
Examples:
  polyfeed build                              feeds/site.toml + items under feeds/ -> public/
  polyfeed build --out dist items/a.jsonl     explicit output folder and item file
  polyfeed build --prune                      also remove feeds the site no longer produces

Layout: {lang}/rss.xml, {lang}/atom.xml, {lang}/feed.json (all sections),
{lang}/{section}/... (one per section with items), {lang}/feeds.opml, feeds.json.
Every item's keys (id, lang, section, published, updated, translation_key) are checked, and
every published item (and its translations) is fully validated; `polyfeed check` validates
every field of every item. Nothing is written when there is an error (exit 1); unchanged
files keep their bytes and mtime; changed ones are replaced atomically.")]
    Build(BuildArgs),
    /// Validate feeds (RSS 0.9x/1.0/2.0, Atom 1.0, JSON Feed 1.0/1.1): files, folders, URLs
    /// or stdin.
    #[command(after_help = "\
Examples:
  polyfeed validate feed.xml                          rich report with source excerpts
  polyfeed validate --format concise public/          every feed in a folder (non-feeds skipped)
  polyfeed validate --format json --passes feed.xml   JSON Lines, with confirmations of good values
  curl -s https://example.org/feed | polyfeed validate -
  polyfeed validate https://example.org/feed.xml      fetched: HTTP status, headers, charset
  polyfeed validate --urls feeds.txt --cache .feeds --format json   many feeds, 8 at a time,
                                                      conditional GET on the next run

Codes reuse the W3C Feed Validation Service's message names (`polyfeed explain CODE`).
Exit 1 when a feed has an error (or, with --strict, a warning).")]
    Validate(validate::ValidateArgs),
    /// Explain a finding's code: what it means, why it matters, how to fix it.
    /// Compare a new feed (or folder of feeds) with the previous one: added, removed,
    /// re-keyed, changed and re-dated items; CI gates stop a publish that would flood readers.
    #[command(after_help = "\
Examples:
  polyfeed diff old/rss.xml new/rss.xml                 what changed, readable
  polyfeed diff --format markdown previous/ public/     two folders of feeds, for a PR comment
  polyfeed diff --fail-on all --format json a.xml b.xml any change fails, JSON report
  polyfeed diff --id-map ids.json old.xml new.xml       ids migrated on purpose are no re-key

Items match by guid = Atom id = JSON Feed id (formats may differ on the two sides).
Kinds: feed-added feed-removed format feed-id self-link alternate-link feed-title language
rekey removed-in-window removed added changed date-moved updated-only reordered future.
Exit 1 when a gate (--fail-on) trips; 2 when a side cannot be read as a feed.")]
    Diff(diff::DiffArgs),
    #[command(
        after_help = "Examples:\n  polyfeed explain InvalidRFC2822Date\n  polyfeed explain --list"
    )]
    Explain(ExplainArgs),
}

#[derive(Debug, Args)]
struct ExplainArgs {
    /// The code (case-insensitive), e.g. `MissingAtomSelfLink`.
    #[arg(value_name = "CODE", required_unless_present = "list")]
    code: Option<String>,
    /// List every code with its severity and summary.
    #[arg(long)]
    list: bool,
}

#[derive(Debug, Args)]
struct SiteArgs {
    /// Site configuration file.
    #[arg(long, value_name = "PATH", default_value = "feeds/site.toml")]
    site: PathBuf,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    threads: usize,
    /// Item files or folders (*.jsonl, *.json). Default: those under the site file's folder.
    #[arg(value_name = "ITEMS")]
    items: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// `path:line:column: severity[Code] field: message`, one per line.
    Text,
    /// One JSON document.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// The time future dates are judged against (RFC 3339); default: the clock.
    #[arg(long, value_name = "RFC3339")]
    now: Option<String>,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    format: CheckFormat,
}

#[derive(Debug, Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Output folder.
    #[arg(long, value_name = "DIR", default_value = "public")]
    out: PathBuf,
    /// Remove feed files of earlier builds that this build no longer produces.
    #[arg(long)]
    prune: bool,
    /// Compute and report everything, write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Print how long each phase took (stderr).
    #[arg(long, hide = true)]
    timings: bool,
    /// Compare with the previous output (a folder, usually --out itself) before writing:
    /// the report goes to stdout, and nothing is written when a gate trips (exit 1).
    #[arg(long, value_name = "DIR")]
    previous: Option<PathBuf>,
    /// Change kinds allowed despite the gates (rekey, removed-in-window, feed-id,
    /// self-link), comma-separated.
    #[arg(long, value_name = "KINDS", default_value = "")]
    allow: String,
    /// Format of the --previous report.
    #[arg(long, value_enum, default_value = "text")]
    diff_format: diff::DiffFormat,
    #[command(flatten)]
    gates: diff::GateArgs,
}

/// Parses the command line, runs the command, returns the exit status.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitStatus::Failure.into()
            } else {
                ExitStatus::Success.into()
            };
        }
    };
    let mut out = Out::stdout();
    let result = match cli.command {
        Command::Check(a) => run_check(a, &mut out),
        Command::Build(a) => run_build(a, &mut out),
        Command::Validate(a) => validate::run(a, &mut out, wall_clock().unix),
        Command::Diff(a) => diff::run(a, &mut out, wall_clock().unix),
        Command::Explain(a) => run_explain(a, &mut out),
    };
    match result {
        Ok(status) => status.into(),
        Err(e) => {
            eprintln!("error: {e}");
            ExitStatus::Failure.into()
        }
    }
}

fn load_site_and_items(a: &SiteArgs) -> Result<(Site, Vec<PathBuf>)> {
    let site = Site::load(&a.site)?;
    let inputs = if a.items.is_empty() {
        let dir = a
            .site
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        vec![dir.to_path_buf()]
    } else {
        a.items.clone()
    };
    let files = collect_item_files(&inputs)?;
    if files.is_empty() {
        eprintln!(
            "warning: no item files (*.jsonl, *.json) found in {}",
            inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok((site, files))
}

fn run_check(a: CheckArgs, out: &mut Out) -> Result<ExitStatus> {
    let now = match &a.now {
        Some(s) => Some(parse_input_date(s, None).map_err(|_| {
            Error::Usage(format!(
                "--now `{s}` is not an RFC 3339 date-time with offset (2025-12-06T00:00:00Z)"
            ))
        })?),
        None => Some(wall_clock()),
    };
    let (site, files) = load_site_and_items(&a.site)?;
    let report = check::check(
        &site,
        files,
        CheckOptions {
            now,
            threads: a.site.threads,
        },
    )?;
    match a.format {
        CheckFormat::Text => render::concise(out, &report.sources, &report.diagnostics),
        CheckFormat::Json => render::check_json(out, &report),
        CheckFormat::Github => render::github(out, &report.sources, &report.diagnostics),
    }
    eprintln!(
        "checked {} item{} in {} file{}: {} error{}, {} warning{}",
        report.items,
        plural(report.items as usize),
        report.sources.len(),
        plural(report.sources.len()),
        report.tally.errors,
        plural(report.tally.errors),
        report.tally.warnings,
        plural(report.tally.warnings),
    );
    Ok(if report.tally.errors > 0 {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    })
}

fn run_build(a: BuildArgs, out: &mut Out) -> Result<ExitStatus> {
    let (site, files) = load_site_and_items(&a.site)?;
    let plan = build::plan(
        &site,
        files,
        &BuildOptions {
            threads: a.site.threads,
            ids: diff::id_map(&a.gates)?,
        },
    )?;
    render::concise(out, &plan.sources, &plan.diagnostics);
    if plan.tally.errors > 0 {
        eprintln!(
            "build stopped: {} error{} in the input ({} item{} read); nothing was written to {}",
            plan.tally.errors,
            plural(plan.tally.errors),
            plan.items,
            plural(plan.items as usize),
            a.out.display()
        );
        eprintln!(
            "hint: `polyfeed check` lists every problem; `polyfeed explain CODE` explains one"
        );
        return Ok(ExitStatus::Findings);
    }
    for (path, d) in &plan.feed_diagnostics {
        let (l, c) = d.position.map_or((1, 1), |p| (p.line, p.column));
        out.line(&format!(
            "{}:{l}:{c}: {}[{}] {}",
            a.out.join(path).display(),
            d.severity,
            d.code,
            d.message
        ));
    }
    if plan.self_check_failed() {
        eprintln!(
            "build stopped: a generated feed does not validate (see above); nothing was written to {}",
            a.out.display()
        );
        return Ok(ExitStatus::Findings);
    }
    if let Some(previous) = &a.previous {
        if previous.to_string_lossy().contains("://") {
            return Err(Error::Usage(format!(
                "--previous {}: only a folder for now (URLs are not fetched yet)",
                previous.display()
            )));
        }
        let allowed = polyfeed::diff::Kind::parse_list(&a.allow)
            .map_err(|e| Error::Usage(format!("--allow: {e}")))?;
        let kinds = polyfeed::diff::Kind::DEFAULT_GATES
            .into_iter()
            .filter(|k| !allowed.contains(k))
            .collect();
        let gates = diff::gates(kinds, &a.gates)?;
        let opts = polyfeed::diff::DiffOptions {
            now: None,
            ids: diff::id_map(&a.gates)?,
        };
        let threads = polyfeed::check::thread_count(a.site.threads);
        let report = build::diff_previous(&plan, previous, &opts, threads)?;
        let tripped = report.tripped(&gates);
        let (old, new) = (previous.display().to_string(), a.out.display().to_string());
        diff::render(out, a.diff_format, &old, &new, &report, &gates, &tripped);
        diff::summary(&report, &tripped);
        if !tripped.is_empty() {
            eprintln!(
                "build stopped: publishing would trip {} (see above); nothing was written to {}",
                tripped
                    .iter()
                    .map(|k| k.name())
                    .collect::<Vec<_>>()
                    .join(", "),
                a.out.display()
            );
            eprintln!("hint: `--allow KINDS` publishes anyway; `--id-map FILE` keeps migrated ids");
            return Ok(ExitStatus::Findings);
        }
    }
    let feeds = plan.feeds.len();
    if a.dry_run {
        eprintln!(
            "dry run: {feeds} feed file{} from {} item{}; nothing written",
            plural(feeds),
            plan.items,
            plural(plan.items as usize)
        );
        return Ok(ExitStatus::Success);
    }
    let started = std::time::Instant::now();
    let report = build::write(&plan, &a.out, a.prune)?;
    if a.timings {
        for (phase, d) in plan.timings.iter().chain([&("write", started.elapsed())]) {
            eprintln!("timing: {phase}: {:.1} ms", d.as_secs_f64() * 1000.0);
        }
    }
    for rel in &report.stale {
        let what = if a.prune {
            "removed"
        } else {
            "stale (use --prune to remove)"
        };
        eprintln!(
            "{}: {what}: the site no longer produces this feed",
            a.out.join(rel).display()
        );
    }
    eprintln!(
        "built {feeds} feed file{} from {} item{} in {} language{}: {} written, {} unchanged -> {}",
        plural(feeds),
        plan.items,
        plural(plan.items as usize),
        site.languages.len(),
        plural(site.languages.len()),
        report.written.len(),
        report.unchanged.len(),
        a.out.display()
    );
    Ok(ExitStatus::Success)
}

fn run_explain(a: ExplainArgs, out: &mut Out) -> Result<ExitStatus> {
    use polyfeed::diagnostic::Code;
    if a.list {
        for c in Code::ALL {
            let i = c.info();
            out.line(&format!(
                "{:<32} {:<8} {}",
                i.name,
                i.severity.as_str(),
                i.summary
            ));
        }
        return Ok(ExitStatus::Success);
    }
    let name = a.code.unwrap_or_default();
    match Code::from_name(&name) {
        Some(c) => {
            let i = c.info();
            out.line(&format!("{} ({})", i.name, i.severity));
            out.line("");
            out.line(i.summary);
            out.line("");
            out.line(i.explanation);
            Ok(ExitStatus::Success)
        }
        None => {
            let hint = polyfeed::input::near_miss(&name, Code::ALL.iter().map(|c| c.name()))
                .map(|n| format!(" (did you mean `{n}`?)"))
                .unwrap_or_default();
            Err(Error::Usage(format!(
                "`{name}` is not a polyfeed code{hint}; `polyfeed explain --list` lists them"
            )))
        }
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The clock, for `check --now`'s default (the only place polyfeed reads it).
fn wall_clock() -> polyfeed::model::Timestamp {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    polyfeed::model::Timestamp {
        unix: d.as_secs() as i64,
        nanos: 0,
        offset: 0,
    }
}
