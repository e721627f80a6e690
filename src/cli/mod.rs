//! Argument parsing, dispatch and the exit status. Only this module (and its children)
//! prints.

mod diff;
mod docs;
mod init;
mod net;
mod output;
mod render;
mod ui;
mod validate;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use output::Out;
use polyfeed::build::{self, BuildOptions};
use polyfeed::check::{self, CheckOptions};
use polyfeed::input::collect_item_files;
use polyfeed::model::time::parse_input_date;
use polyfeed::site::Site;
use polyfeed::{Error, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use ui::{ColorChoice, Ui};

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
Examples:
  polyfeed init --lang ru,en                  a new site in feeds/ that builds at once
  polyfeed check                              check the items of feeds/site.toml
  polyfeed build                              write the feeds to public/
  polyfeed validate --strict public/          validate every feed written
  polyfeed explain DuplicateItemId            what a finding means and how to fix it
  polyfeed completions bash > ~/.local/share/bash-completion/completions/polyfeed

Colour: --color auto (default) colours text reports and messages on a terminal unless \
NO_COLOR is set (CLICOLOR_FORCE=1 forces it); JSON, SARIF, Markdown and GitHub formats are \
never coloured. Progress bars appear on a terminal only, never with --quiet.

Exit status: 0 done, nothing at or above the failure threshold; 1 findings (invalid input \
items, invalid feeds, a tripped diff gate); 2 the tool could not do its job (bad flags, \
unreadable file, unwritable output).";

/// polyfeed: multilingual RSS 2.0, Atom 1.0 and JSON Feed 1.1 feeds, built, checked, validated
/// and diffed.
#[derive(Debug, Parser)]
#[command(name = "polyfeed", version, about, after_help = AFTER_HELP)]
struct Cli {
    /// When to colour text reports and messages.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value = "auto"
    )]
    color: ColorChoice,
    /// Only the report and errors: no progress bars, summaries, notes or hints on stderr.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// More on stderr: each file and feed as it is handled, the time of each phase.
    #[arg(long, short = 'v', global = true)]
    verbose: bool,
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
  polyfeed build --previous public            gate on what changed since the last build
  polyfeed build --previous https://example.org/feeds/ --list-changed changed.txt
                                              gate on the live feeds; list the feeds that
                                              differ from them (for `polyfeed ping`)
  polyfeed build --ping                       notify site.toml's hubs of the feeds that
                                              changed (when --out is what the server serves)
  polyfeed build --no-pages                   feeds only, no {lang}/index.html pages

Layout: {lang}/rss.xml, {lang}/atom.xml, {lang}/feed.json (all sections),
{lang}/{section}/... (one per section with items), {lang}/feeds.opml, feeds.json, and
{lang}/index.html: a page listing the language's feeds and newest items (open it in a
browser; site.toml `[page]` sets it up or turns it off).
Every item's keys (id, lang, section, published, updated, translation_key) are checked, and
every published item (and its translations) is fully validated; `polyfeed check` validates
every field of every item. Nothing is written when there is an error (exit 1); unchanged
files keep their bytes and mtime; changed ones are replaced atomically.
One build writes to a folder at a time (an OS lock, released when its holder exits however it
exits): another waits for it, or exits 2 with --no-wait. A killed build leaves every file
old or new; the next build removes its temp files.
--previous URL fetches {URL}{path} for every feed (and {URL}feeds.json when there is one): a
404 means the feed is new; any other fetch failure stops the build (exit 2), nothing written.
Changed feeds: those whose bytes differ from --previous when given, else from --out. A hub
that --ping cannot notify: exit 2 after the feeds are written (the message says so).")]
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
    /// Compare a new feed (or folder of feeds) with the previous one: added, removed,
    /// re-keyed, changed and re-dated items; CI gates stop a publish that would flood readers.
    #[command(after_help = "\
Examples:
  polyfeed diff old/rss.xml new/rss.xml                 what changed, readable
  polyfeed diff --format markdown previous/ public/     two folders of feeds, for a PR comment
  polyfeed diff --fail-on all --format json a.xml b.xml any change fails, JSON report
  polyfeed diff --id-map ids.json old.xml new.xml       ids migrated on purpose are no re-key
  polyfeed diff https://example.org/en/rss.xml public/en/rss.xml   the live feed vs a new one
  polyfeed diff https://example.org/feeds/ public/      the live folder (URL ending in /) vs a
                                                        build: feeds from its feeds.json, else
                                                        the folder's; 404 = not there

Items match by guid = Atom id = JSON Feed id (formats may differ on the two sides).
Kinds: feed-added feed-removed format feed-id self-link alternate-link feed-title language
rekey removed-in-window removed added changed date-moved updated-only reordered future.
Exit 1 when a gate (--fail-on) trips; 2 when a side cannot be read (or fetched) as a feed.")]
    Diff(diff::DiffArgs),
    /// Tell WebSub hubs which feeds changed (after they are published).
    #[command(after_help = "\
Examples:
  polyfeed ping --changed changed.txt         the list `build --list-changed` wrote; hubs
                                              from site.toml's `hub`
  polyfeed ping --all                         every feed in public/feeds.json
  polyfeed ping --hub https://hub.example/ https://example.org/en/rss.xml

Each (hub, feed) is one POST of `hub.mode=publish&hub.url=FEED`; a 2xx answer is success.
An empty list pings nothing. Exit 2 when a hub could not be told (every notice is tried and
reported first).")]
    Ping(PingArgs),
    /// Explain a finding's code: what it means, why it matters, how to fix it.
    #[command(after_help = "\
Examples:
  polyfeed explain InvalidRFC2822Date         what it means, why it matters, how to fix it
  polyfeed explain invalidrfc2822date         codes are case-insensitive
  polyfeed explain --list                     every code with its severity and summary
  polyfeed explain --list | grep -i date      find a code")]
    Explain(ExplainArgs),
    /// Start a new site: feeds/site.toml and example items in each language, ready to build.
    #[command(after_help = init::AFTER_HELP)]
    Init(init::InitArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_help = docs::COMPLETIONS_HELP)]
    Completions(docs::CompletionsArgs),
    /// Print the manual page (roff), or write every page to a folder.
    #[command(after_help = docs::MAN_HELP)]
    Man(docs::ManArgs),
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
    /// Fail at once (exit 2) when another polyfeed build is writing to the output folder,
    /// instead of waiting for it to finish.
    #[arg(long)]
    no_wait: bool,
    /// Flush every written file and changed folder to disk (fsync), so the output survives a
    /// power loss too (a killed build never leaves a partial file either way). Slower.
    #[arg(long)]
    fsync: bool,
    /// Compute and report everything, write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Do not write the per-language HTML pages ({lang}/index.html), whatever site.toml's
    /// `[page] enabled` says.
    #[arg(long)]
    no_pages: bool,
    /// Print how long each phase took (stderr).
    #[arg(long, hide = true)]
    timings: bool,
    /// Compare with the previous output before writing: a folder (usually --out itself) or
    /// the base URL of the live feeds (`https://example.org/feeds/`). The report goes to
    /// stdout; nothing is written when a gate trips (exit 1).
    #[arg(long, value_name = "DIR|URL")]
    previous: Option<String>,
    /// Change kinds allowed despite the gates (rekey, removed-in-window, feed-id,
    /// self-link), comma-separated.
    #[arg(long, value_name = "KINDS", default_value = "")]
    allow: String,
    /// Format of the --previous report.
    #[arg(long, value_enum, default_value = "text")]
    diff_format: diff::DiffFormat,
    #[command(flatten)]
    gates: diff::GateArgs,
    /// Write the URLs of the feeds that changed (bytes differ from --previous when given,
    /// else from --out) to FILE, one per line, for `polyfeed ping --changed FILE` once they
    /// are published. Written (possibly empty) whenever the build writes.
    #[arg(long, value_name = "FILE")]
    list_changed: Option<PathBuf>,
    /// After writing, notify the site's WebSub hubs (site.toml `hub`) of the feeds that
    /// changed. The hubs fetch the feeds at once: use it when --out is what the web server
    /// serves; otherwise publish first, then `polyfeed ping`.
    #[arg(long)]
    ping: bool,
    #[command(flatten)]
    fetch: net::FetchArgs,
}

#[derive(Debug, Args)]
struct PingArgs {
    /// Site configuration file (for its `hub`; not read when --hub is given).
    #[arg(long, value_name = "PATH", default_value = "feeds/site.toml")]
    site: PathBuf,
    /// The build's output folder (for --all).
    #[arg(long, value_name = "DIR", default_value = "public")]
    out: PathBuf,
    /// A hub to notify (repeatable). Default: site.toml's `hub`.
    #[arg(long, value_name = "URL")]
    hub: Vec<String>,
    /// A file of feed URLs, one per line (`#` comments and blank lines skipped), as `build
    /// --list-changed` writes it; `-` reads stdin.
    #[arg(long, value_name = "FILE")]
    changed: Option<PathBuf>,
    /// Every feed listed in OUT/feeds.json.
    #[arg(long)]
    all: bool,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    format: PingFormat,
    /// Notices sent at a time.
    #[arg(long, short = 'j', value_name = "N", default_value_t = PING_JOBS)]
    jobs: usize,
    #[command(flatten)]
    time: net::TimeArgs,
    /// Feed URLs to announce (with --changed and --all: in addition).
    #[arg(value_name = "FEED_URL")]
    feeds: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PingFormat {
    /// One line per notice: `ok HUB FEED (STATUS)` / `failed HUB FEED: reason`.
    Text,
    /// One JSON object: `{"ok", "pings": [{"hub", "feed", "status", "error"}]}`.
    Json,
}

/// The value of `--color` before clap parses anything, so that clap's own help and errors
/// follow it too (the last one given wins, as clap does; an invalid value is left to clap).
fn early_color(args: &[std::ffi::OsString]) -> ColorChoice {
    let mut choice = ColorChoice::Auto;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--color") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(v) => v.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(c) = value.and_then(|v| ColorChoice::from_str(&v, true).ok()) {
            choice = c;
        }
    }
    choice
}

/// The clap definition (also the source of completions and man pages).
pub(crate) fn command() -> clap::Command {
    Cli::command()
}

/// Parses the command line, runs the command, returns the exit status.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let color = early_color(&args);
    let parsed = command()
        .color(color.for_clap())
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
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
    let ui = Ui::new(cli.color, cli.quiet, cli.verbose);
    let mut out = Out::stdout(ui.out);
    let name = command_name(&cli.command);
    let result = match cli.command {
        Command::Check(a) => run_check(a, &mut out, &ui),
        Command::Build(a) => run_build(a, &mut out, &ui),
        Command::Validate(a) => validate::run(a, &mut out, &ui, wall_clock().unix),
        Command::Diff(a) => diff::run(a, &mut out, &ui, wall_clock().unix),
        Command::Ping(a) => run_ping(a, &mut out, &ui),
        Command::Explain(a) => run_explain(a, &mut out),
        Command::Init(a) => init::run(a, &ui),
        Command::Completions(a) => docs::completions(a, &mut out),
        Command::Man(a) => docs::man(a, &mut out, &ui),
    };
    match result {
        Ok(status) => status.into(),
        Err(e) => {
            ui.error(&e.to_string());
            if let Some(h) = hint(&e, name) {
                ui.hint(&h);
            }
            ExitStatus::Failure.into()
        }
    }
}

fn command_name(c: &Command) -> &'static str {
    match c {
        Command::Check(_) => "check",
        Command::Build(_) => "build",
        Command::Validate(_) => "validate",
        Command::Diff(_) => "diff",
        Command::Ping(_) => "ping",
        Command::Explain(_) => "explain",
        Command::Init(_) => "init",
        Command::Completions(_) => "completions",
        Command::Man(_) => "man",
    }
}

/// What to do about an error that stopped `command` (the error itself says what happened
/// and where).
fn hint(e: &Error, command: &str) -> Option<String> {
    match e {
        Error::Io { path, source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            if path.file_name().is_some_and(|n| n == "site.toml") {
                Some(format!(
                    "pass --site PATH to use another site file, or create a new site here \
                     with `polyfeed init` (see `polyfeed {command} --help`)"
                ))
            } else {
                Some("check the path (relative paths start from the current folder)".into())
            }
        }
        Error::Io { source, .. } if source.kind() == std::io::ErrorKind::PermissionDenied => {
            Some("check the file's permissions, or choose another path".into())
        }
        Error::Io { .. } => None,
        Error::Site(_) => Some(
            "each line names the file, line, column and key; README.md (\"Site \
             configuration\") and schemas/site.schema.json describe every key"
                .into(),
        ),
        Error::Exists(_) => Some(
            "pass --force to overwrite them, or choose an empty folder: `polyfeed init DIR`".into(),
        ),
        Error::Fetch { .. } => Some(
            "check the URL and the network; --timeout and --connect-timeout raise the time \
             limits"
                .into(),
        ),
        Error::NotAFeed { .. } => Some(format!(
            "`polyfeed validate` on that file shows every problem (see `polyfeed {command} \
             --help`)"
        )),
        Error::Usage(_) => Some(format!(
            "`polyfeed {command} --help` lists the options, with examples"
        )),
        _ => None,
    }
}

fn load_site_and_items(a: &SiteArgs, ui: &Ui) -> Result<(Site, Vec<PathBuf>)> {
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
        ui.warn(&format!(
            "no item files (*.jsonl, *.json) found in {}",
            inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
        ui.hint("give item files or folders as arguments, or put them next to the site file");
    }
    if ui.verbose {
        ui.verbose(&format!(
            "site {}: {} language{}, {} section{}",
            a.site.display(),
            site.languages.len(),
            plural(site.languages.len()),
            site.sections.len(),
            plural(site.sections.len())
        ));
        for f in &files {
            let size = std::fs::metadata(f).map_or(0, |m| m.len());
            ui.verbose(&format!("items {} ({size} bytes)", f.display()));
        }
    }
    Ok((site, files))
}

fn run_check(a: CheckArgs, out: &mut Out, ui: &Ui) -> Result<ExitStatus> {
    let now = match &a.now {
        Some(s) => Some(parse_input_date(s, None).map_err(|_| {
            Error::Usage(format!(
                "--now `{s}` is not an RFC 3339 date-time with offset (2025-12-06T00:00:00Z)"
            ))
        })?),
        None => Some(wall_clock()),
    };
    let (site, files) = load_site_and_items(&a.site, ui)?;
    let started = std::time::Instant::now();
    let bar = ui::PhaseBar::new(ui);
    let report = check::check(
        &site,
        files,
        CheckOptions {
            now,
            threads: a.site.threads,
            progress: bar.clone().map(|b| b as _),
        },
    );
    if let Some(b) = &bar {
        b.finish();
    }
    let report = report?;
    ui.verbose(&format!(
        "timing: check: {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    ));
    match a.format {
        CheckFormat::Text => render::concise(out, &report.sources, &report.diagnostics),
        CheckFormat::Json => render::check_json(out, &report),
        CheckFormat::Github => render::github(out, &report.sources, &report.diagnostics),
    }
    ui.status(&format!(
        "checked {} item{} in {} file{}: {} error{}, {} warning{}",
        report.items,
        plural(report.items as usize),
        report.sources.len(),
        plural(report.sources.len()),
        report.tally.errors,
        plural(report.tally.errors),
        report.tally.warnings,
        plural(report.tally.warnings),
    ));
    if report.tally.errors > 0 {
        ui.hint("`polyfeed explain CODE` explains a finding and how to fix it");
    }
    Ok(if report.tally.errors > 0 {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    })
}

fn run_build(a: BuildArgs, out: &mut Out, ui: &Ui) -> Result<ExitStatus> {
    let (site, files) = load_site_and_items(&a.site, ui)?;
    if a.ping && site.hubs.is_empty() {
        return Err(Error::Usage(format!(
            "--ping: {} has no `hub` (the WebSub hub to notify)",
            a.site.site.display()
        )));
    }
    // Flags first: a bad flag is exit 2 whatever the items hold.
    let allowed = polyfeed::diff::Kind::parse_list(&a.allow)
        .map_err(|e| Error::Usage(format!("--allow: {e}")))?;
    let gates = diff::gates(
        polyfeed::diff::Kind::DEFAULT_GATES
            .into_iter()
            .filter(|k| !allowed.contains(k))
            .collect(),
        &a.gates,
    )?;
    let ids = diff::id_map(&a.gates)?;
    let previous = a.previous.as_deref().map(build::Previous::parse);
    let remote = matches!(previous, Some(build::Previous::Url(_)));
    let fetcher = if remote || a.ping {
        Some(a.fetch.fetcher()?)
    } else {
        None
    };
    let bar = ui::PhaseBar::new(ui);
    let plan = build::plan(
        &site,
        files,
        &BuildOptions {
            threads: a.site.threads,
            ids: ids.clone(),
            progress: bar.clone().map(|b| b as _),
            no_pages: a.no_pages,
        },
    );
    if let Some(b) = &bar {
        b.finish();
    }
    let plan = plan?;
    render::concise(out, &plan.sources, &plan.diagnostics);
    if plan.tally.errors > 0 {
        ui.error(&format!(
            "build stopped: {} error{} in the input ({} item{} read); nothing was written to {}",
            plan.tally.errors,
            plural(plan.tally.errors),
            plan.items,
            plural(plan.items as usize),
            a.out.display()
        ));
        ui.hint("`polyfeed check` lists every problem; `polyfeed explain CODE` explains one");
        return Ok(ExitStatus::Findings);
    }
    let paint = out.paint();
    for (path, d) in &plan.feed_diagnostics {
        let (l, c) = d.position.map_or((1, 1), |p| (p.line, p.column));
        out.line(&format!(
            "{}: {} {}",
            paint.bold(&format!("{}:{l}:{c}", a.out.join(path).display())),
            paint.finding(d.severity, d.code.name()),
            d.message
        ));
    }
    if plan.self_check_failed() {
        ui.error(&format!(
            "build stopped: a generated feed does not validate (see above); nothing was \
             written to {}",
            a.out.display()
        ));
        ui.hint(
            "the items passed their checks, so this is polyfeed's fault: please report it \
             with the item that causes it",
        );
        return Ok(ExitStatus::Findings);
    }
    // The output folder's lock covers the comparison with --previous (often the folder
    // itself) and the write. A folder that does not exist yet is created only when the build
    // writes: a stopped build leaves no trace.
    let mut lock = if !a.dry_run && a.out.is_dir() {
        Some(lock_output(&a.out, a.no_wait)?)
    } else {
        None
    };
    // Feeds whose bytes differ from what subscribers have: known from --previous when
    // given, else from what the write below replaces.
    let mut changed: Option<Vec<String>> = None;
    if let Some(previous) = &previous {
        let opts = polyfeed::diff::DiffOptions { now: None, ids };
        let threads = net::workers(a.site.threads, remote);
        let report = build::compare_previous(&plan, previous, fetcher.as_ref(), &opts, threads)?;
        if remote && report.found == 0 {
            ui.note(&format!(
                "no previous feed under {previous} (every feed answered 404 or 410): \
                 every feed counts as new"
            ));
        }
        let tripped = report.diff.tripped(&gates);
        let (old, new) = (previous.to_string(), a.out.display().to_string());
        diff::render(
            out,
            a.diff_format,
            &old,
            &new,
            &report.diff,
            &gates,
            &tripped,
        );
        diff::summary(ui, &report.diff, &tripped);
        if !tripped.is_empty() {
            ui.error(&format!(
                "build stopped: publishing would trip {} (see above); nothing was written to {}",
                tripped
                    .iter()
                    .map(|k| k.name())
                    .collect::<Vec<_>>()
                    .join(", "),
                a.out.display()
            ));
            ui.hint("`--allow KINDS` publishes anyway; `--id-map FILE` keeps migrated ids");
            return Ok(ExitStatus::Findings);
        }
        changed = Some(report.changed);
    }
    let feeds = plan.feeds.len();
    let pages = plan
        .files
        .iter()
        .filter(|f| build::is_page_output(&f.path))
        .count();
    let and_pages = match pages {
        0 => String::new(),
        n => format!(" and {n} page{}", plural(n)),
    };
    if a.dry_run {
        ui.status(&format!(
            "dry run: {feeds} feed file{}{and_pages} from {} item{}; nothing written",
            plural(feeds),
            plan.items,
            plural(plan.items as usize)
        ));
        return Ok(ExitStatus::Success);
    }
    let lock = match lock.take() {
        Some(l) => l,
        None => lock_output(&a.out, a.no_wait)?,
    };
    let started = std::time::Instant::now();
    let report = build::write(
        &plan,
        &lock,
        &build::WriteOptions {
            prune: a.prune,
            fsync: a.fsync,
        },
    )?;
    if a.timings || ui.verbose {
        // --timings (hidden, kept for the benchmarks) prints these even with --quiet.
        for (phase, d) in plan.timings.iter().chain([&("write", started.elapsed())]) {
            let line = format!("timing: {phase}: {:.1} ms", d.as_secs_f64() * 1000.0);
            if a.timings {
                eprintln!("{line}");
            } else {
                ui.verbose(&line);
            }
        }
    }
    if ui.verbose {
        for p in &report.written {
            ui.verbose(&format!("wrote {}", a.out.join(p).display()));
        }
    }
    for rel in &report.stale {
        let what = if a.prune {
            "removed"
        } else {
            "stale (use --prune to remove)"
        };
        ui.warn(&format!(
            "{}: {what}: the site no longer produces this {}",
            a.out.join(rel).display(),
            if build::is_page_output(rel) {
                "page"
            } else {
                "feed"
            }
        ));
    }
    let changed = changed.unwrap_or_else(|| build::written_feeds(&report));
    let changed_urls = build::feed_urls(&plan, &changed);
    if let Some(list) = &a.list_changed {
        let text: String = changed_urls.iter().map(|u| format!("{u}\n")).collect();
        polyfeed::fsio::write_if_changed(list, text.as_bytes())?;
    }
    drop(lock);
    ui.status(&format!(
        "built {feeds} feed file{}{and_pages} from {} item{} in {} language{}: {} written, {} unchanged -> {}",
        plural(feeds),
        plan.items,
        plural(plan.items as usize),
        site.languages.len(),
        plural(site.languages.len()),
        report.written.len(),
        report.unchanged.len(),
        a.out.display()
    ));
    if let Some(list) = &a.list_changed {
        ui.status(&format!(
            "{} changed feed{} listed in {}",
            changed_urls.len(),
            plural(changed_urls.len()),
            list.display()
        ));
    }
    if !a.ping {
        return Ok(ExitStatus::Success);
    }
    if changed_urls.is_empty() {
        ui.status("no feed changed: no hub notified");
        return Ok(ExitStatus::Success);
    }
    let Some(fetcher) = &fetcher else {
        return Err(Error::Usage("internal: --ping without a fetcher".into()));
    };
    let pinged = polyfeed::websub::ping(fetcher, &site.hubs, &changed_urls, PING_JOBS);
    for p in &pinged.pings {
        match &p.outcome {
            Err(e) => ui.error(&format!("{}: cannot notify of {}: {e}", p.hub, p.feed)),
            Ok(status) => ui.verbose(&format!("{}: notified of {} ({status})", p.hub, p.feed)),
        }
    }
    let failed = pinged.failed().count();
    if failed == 0 {
        ui.status(&format!(
            "notified {} hub{} of {} changed feed{}",
            site.hubs.len(),
            plural(site.hubs.len()),
            changed_urls.len(),
            plural(changed_urls.len())
        ));
        return Ok(ExitStatus::Success);
    }
    let retry = match &a.list_changed {
        Some(list) => format!("polyfeed ping --changed {}", list.display()),
        None => format!("polyfeed ping {}", pinged.failed_feeds().join(" ")),
    };
    ui.error(&format!(
        "the feeds ARE written to {}, but {failed} of {} hub notice{} failed (see above): \
         subscribers were not told. Retry with: {retry}",
        a.out.display(),
        pinged.pings.len(),
        plural(pinged.pings.len()),
    ));
    Ok(ExitStatus::Failure)
}

/// Takes the output folder's lock; waits (saying so) while another build holds it, unless
/// `no_wait`.
fn lock_output(out: &Path, no_wait: bool) -> Result<polyfeed::fsio::OutputLock> {
    use polyfeed::fsio::OutputLock;
    if let Some(lock) = OutputLock::try_acquire(out)? {
        return Ok(lock);
    }
    if no_wait {
        return Err(Error::Busy {
            path: out.to_path_buf(),
        });
    }
    eprintln!(
        "waiting for another polyfeed build writing to {} to finish...",
        out.display()
    );
    OutputLock::acquire(out)
}

/// Hub notices sent at a time by `build --ping` (and `ping`'s default).
const PING_JOBS: usize = 4;

fn run_ping(a: PingArgs, out: &mut Out, ui: &Ui) -> Result<ExitStatus> {
    use polyfeed::websub;
    let hubs = if a.hub.is_empty() {
        Site::load(&a.site)?.hubs
    } else {
        for h in &a.hub {
            websub::check_feed_url(h).map_err(|e| Error::Usage(format!("--hub: {e}")))?;
        }
        a.hub.clone()
    };
    if hubs.is_empty() {
        return Err(Error::Usage(format!(
            "no hub to notify: pass --hub URL or set `hub` in {}",
            a.site.display()
        )));
    }
    if a.changed.is_none() && !a.all && a.feeds.is_empty() {
        return Err(Error::Usage(
            "nothing to announce: give FEED_URLs, --changed FILE or --all".into(),
        ));
    }
    let mut feeds: Vec<String> = Vec::new();
    if let Some(list) = &a.changed {
        let text = if list == Path::new("-") {
            let mut t = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut t)
                .map_err(|e| Error::io("cannot read", "-", e))?;
            t
        } else {
            let bytes = std::fs::read(list).map_err(|e| Error::io("cannot read", list, e))?;
            String::from_utf8_lossy(&bytes).into_owned()
        };
        feeds.extend(
            websub::parse_feed_list(&text)
                .map_err(|e| Error::Usage(format!("{}: {e}", list.display())))?,
        );
    }
    if a.all {
        let index = a.out.join("feeds.json");
        let bytes = std::fs::read(&index).map_err(|e| Error::io("cannot read", &index, e))?;
        let entries = build::parse_index(&bytes)
            .map_err(|e| Error::Usage(format!("{}: {e}", index.display())))?;
        feeds.extend(entries.into_iter().map(|e| e.url));
    }
    for f in &a.feeds {
        websub::check_feed_url(f).map_err(Error::Usage)?;
        feeds.push(f.clone());
    }
    let mut seen = std::collections::HashSet::new();
    feeds.retain(|f| seen.insert(f.clone()));
    let fetcher = a.time.fetcher()?;
    let report = websub::ping(&fetcher, &hubs, &feeds, a.jobs.max(1));
    match a.format {
        PingFormat::Text => {
            for p in &report.pings {
                let paint = out.paint();
                match &p.outcome {
                    Ok(status) => out.line(&format!(
                        "{} {} {} ({status})",
                        paint.good("ok"),
                        p.hub,
                        p.feed
                    )),
                    Err(e) => out.line(&format!(
                        "{} {} {}: {e}",
                        paint.bad("failed"),
                        p.hub,
                        p.feed
                    )),
                }
            }
        }
        PingFormat::Json => {
            let pings: Vec<serde_json::Value> = report
                .pings
                .iter()
                .map(|p| {
                    let (status, error) = match &p.outcome {
                        Ok(s) => (Some(*s), None),
                        Err(e) => (
                            match e {
                                websub::PingError::Refused { status, .. } => Some(*status),
                                _ => None,
                            },
                            Some(e.to_string()),
                        ),
                    };
                    serde_json::json!({
                        "hub": p.hub, "feed": p.feed, "status": status, "error": error,
                    })
                })
                .collect();
            out.line(
                &serde_json::json!({"ok": report.ok(), "hubs": hubs, "pings": pings}).to_string(),
            );
        }
    }
    let failed = report.failed().count();
    ui.status(&format!(
        "notified {} hub{} of {} feed{}: {} accepted, {failed} failed",
        hubs.len(),
        plural(hubs.len()),
        feeds.len(),
        plural(feeds.len()),
        report.pings.len() - failed,
    ));
    Ok(if failed == 0 {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
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
            let p = out.paint();
            out.line(&format!(
                "{} ({})",
                p.bold(i.name),
                p.severity(i.severity, i.severity.as_str())
            ));
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
