//! `polyfeed validate`: inputs → reports, in the requested format.

use super::output::Out;
use super::render::{line_col, one_line, push_one_line};
use super::ui::Ui;
use super::{ExitStatus, plural};
use clap::{Args, ValueEnum};
use polyfeed::diagnostic::{Diagnostic, LineIndex, Severity, Tally};
use polyfeed::http::{self, Fetcher};
use polyfeed::validate::site::SiteFeed;
use polyfeed::validate::transport::{self, UrlReport};
use polyfeed::validate::{self, FeedReport, Sniffed, ValidateOptions};
use polyfeed::{Error, Result};
use serde_json::{Map, Value, json};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Rich text with the source line and a caret.
    Text,
    /// `path:line:col: severity[Code] message`, one per line.
    Concise,
    /// JSON Lines: one object per input file.
    Json,
    /// SARIF 2.1.0 (one document).
    Sarif,
    /// GitHub Actions annotations.
    Github,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Also report confirmations of good values (`ValidRFC2822Date`...).
    #[arg(long)]
    passes: bool,
    /// Count warnings as errors (exit status).
    #[arg(long)]
    strict: bool,
    /// The URL the input is published at (for a folder: the folder's URL); enables the
    /// self-link checks.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Inputs validated in parallel (default: one per core; 8 when there are URL inputs).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// A file of URLs to validate, one per line (`#` comments and blank lines are ignored;
    /// `-` reads the list from stdin). They come after the INPUTs, in file order.
    #[arg(long, value_name = "FILE")]
    urls: Option<PathBuf>,
    /// Keep fetched feeds and their ETag/Last-Modified in DIR, and ask servers for changes
    /// only (conditional GET); on 304 Not Modified the cached copy is validated.
    #[arg(long, value_name = "DIR")]
    cache: Option<PathBuf>,
    #[command(flatten)]
    fetch: super::net::FetchArgs,
    /// Files, folders (every feed in them, recursively), http(s) URLs or `-` for stdin.
    #[arg(value_name = "INPUT", required_unless_present = "urls")]
    inputs: Vec<String>,
}

/// One input to validate.
struct Job {
    /// Shown in reports.
    source: String,
    /// Where to read it.
    path: Option<PathBuf>,
    /// Where to fetch it (an http(s) input).
    url: Option<String>,
    /// Its URL, when known.
    base_url: Option<String>,
    /// Index of the folder input it was found in (whole-site checks), if any.
    folder: Option<usize>,
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let rd = std::fs::read_dir(dir).map_err(|e| Error::io("cannot read folder", dir, e))?;
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        if e.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        match e.file_type() {
            Ok(t) if t.is_dir() => walk(&p, out)?,
            Ok(_) => out.push(p),
            Err(err) => return Err(Error::io("cannot read", &p, err)),
        }
    }
    Ok(())
}

/// Resolves the inputs: files as given, folders expanded to the feeds in them.
/// The files to validate, the folder inputs among the inputs, and the files skipped.
fn jobs(a: &ValidateArgs) -> Result<(Vec<Job>, Vec<String>, usize)> {
    let mut out = Vec::new();
    let mut folders = Vec::new();
    let mut skipped = 0;
    for input in &a.inputs {
        if input == "-" {
            out.push(Job {
                source: "-".into(),
                path: None,
                url: None,
                base_url: a.base_url.clone(),
                folder: None,
            });
            continue;
        }
        if http::is_url(input) {
            out.push(Job {
                source: input.clone(),
                path: None,
                url: Some(input.clone()),
                base_url: a.base_url.clone(),
                folder: None,
            });
            continue;
        }
        let path = PathBuf::from(input);
        let meta = std::fs::metadata(&path).map_err(|e| Error::io("cannot read", &path, e))?;
        if meta.is_dir() {
            folders.push(input.clone());
            let mut files = Vec::new();
            walk(&path, &mut files)?;
            let (found_before, file_count) = (out.len(), files.len());
            for f in files {
                if validate::sniff_file(&f)? == Sniffed::Other {
                    skipped += 1;
                    continue;
                }
                let rel = f.strip_prefix(&path).unwrap_or(&f);
                let rel_url: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                let base_url = a.base_url.as_ref().map(|b| {
                    let b = if b.ends_with('/') {
                        b.clone()
                    } else {
                        format!("{b}/")
                    };
                    format!("{b}{}", rel_url.join("/"))
                });
                out.push(Job {
                    source: f.display().to_string(),
                    path: Some(f),
                    url: None,
                    base_url,
                    folder: Some(folders.len() - 1),
                });
            }
            if out.len() == found_before {
                // Not an error (a folder may hold other files), but likely the wrong folder.
                eprintln!(
                    "warning: no feed in {input}: none of its {file_count} file{} is RSS, Atom \
                     or JSON Feed (is it the right folder?)",
                    plural(file_count)
                );
            }
        } else {
            out.push(Job {
                source: input.clone(),
                path: Some(path),
                url: None,
                base_url: a.base_url.clone(),
                folder: None,
            });
        }
    }
    if let Some(list) = &a.urls {
        for url in read_url_list(list, a.inputs.iter().any(|i| i == "-"))? {
            out.push(Job {
                source: url.clone(),
                path: None,
                url: Some(url),
                base_url: a.base_url.clone(),
                folder: None,
            });
        }
    }
    Ok((out, folders, skipped))
}

/// The URLs of a `--urls` file: one per line, blank lines and `#` comments skipped. A line
/// that is not an http(s) URL stays an input (it gets its own `InvalidURI` finding).
fn read_url_list(list: &Path, stdin_taken: bool) -> Result<Vec<String>> {
    let text = if list == Path::new("-") {
        if stdin_taken {
            return Err(Error::Usage(
                "`--urls -` and the input `-` cannot both read stdin".into(),
            ));
        }
        let mut t = String::new();
        std::io::stdin()
            .read_to_string(&mut t)
            .map_err(|e| Error::io("cannot read", "-", e))?;
        t
    } else {
        let bytes = std::fs::read(list).map_err(|e| Error::io("cannot read", list, e))?;
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

fn empty_report() -> FeedReport {
    FeedReport {
        format: validate::FeedFormat::Unknown,
        diagnostics: Vec::new(),
        tally: Tally::default(),
        encoding: "",
        snapshot: None,
    }
}

/// What one input gave.
struct Done {
    report: FeedReport,
    site: Option<SiteFeed>,
    http: Option<UrlReport>,
}

pub fn run(a: ValidateArgs, out: &mut Out, ui: &Ui, now: i64) -> Result<ExitStatus> {
    if let Some(b) = &a.base_url
        && url::Url::parse(b).map_or(true, |u| u.cannot_be_a_base())
    {
        return Err(Error::Usage(format!(
            "--base-url `{b}` is not an absolute URL (the address the input is published \
                 at, e.g. `https://example.org/feeds/rss.xml`)"
        )));
    }
    let (jobs, folders, skipped) = jobs(&a)?;
    let mut site_feeds: Vec<Vec<SiteFeed>> = vec![Vec::new(); folders.len()];
    let cores = polyfeed::check::thread_count(a.jobs);
    let url_jobs = jobs.iter().filter(|j| j.url.is_some()).count();
    // Fetching waits on the network, not on a core: more workers than cores pay off.
    let threads = super::net::workers(a.jobs, url_jobs > 0);
    let fetcher = if url_jobs > 0 {
        Some(Fetcher::new(a.fetch.limits(), a.cache.clone())?)
    } else {
        None
    };
    // A bar for URL batches and folders (stderr on a terminal only, never with --quiet).
    let progress = ui.bar(jobs.len() as u64, 2, false);
    if let Some(pb) = &progress {
        pb.set_message(if url_jobs > 0 { "fetch" } else { "validate" });
    }
    let mut total = Tally::default();
    let mut failed = false;
    let mut sarif_results = Vec::new();
    let (mut not_fetched, mut from_cache) = (0usize, 0usize);
    let mut first_error: Option<Error> = None;
    let stop = AtomicBool::new(false);
    // Reports are rendered (and dropped) in input order as they come; a bounded window of
    // finished reports waits behind a slow input, so memory stays flat in the number of
    // inputs and one slow server never holds the others up for long.
    polyfeed::par::for_each_ordered(
        &jobs,
        threads,
        64 * threads,
        |job| -> Result<Option<Done>> {
            if stop.load(Ordering::Relaxed) {
                return Ok(None);
            }
            let opts = ValidateOptions {
                base_url: job.base_url.clone(),
                now: Some(now),
                passes: a.passes,
                // Spare cores read big documents while they are checked.
                two_threads: jobs.len() < cores,
                charset: None,
                // The whole-site checks of a folder read each feed's snapshot from the
                // same parse.
                snapshot: job.folder.is_some(),
            };
            let done = match (&job.url, &fetcher) {
                (Some(url), Some(fetcher)) => {
                    let mut r = transport::validate_url(fetcher, url, &opts);
                    Done {
                        report: std::mem::replace(&mut r.report, empty_report()),
                        site: None,
                        http: Some(r),
                    }
                }
                _ => {
                    let mut report = match &job.path {
                        Some(p) => validate::validate_file(p, &opts)?,
                        None => {
                            let mut data = Vec::new();
                            std::io::stdin()
                                .read_to_end(&mut data)
                                .map_err(|e| Error::io("cannot read", "-", e))?;
                            validate::validate_bytes(&data, &opts)
                        }
                    };
                    // What the whole-site checks need (a file that is not a feed has its
                    // own report already).
                    let site = match (&job.path, job.folder) {
                        (Some(_), Some(_)) => report
                            .snapshot
                            .take()
                            .map(|snap| SiteFeed::of(job.source.clone(), snap)),
                        _ => None,
                    };
                    Done {
                        report,
                        site,
                        http: None,
                    }
                }
            };
            if let Some(pb) = &progress {
                pb.inc(1);
            }
            Ok(Some(done))
        },
        |i, r| {
            let job = &jobs[i];
            let done = match r {
                Ok(Some(d)) => d,
                Ok(None) => return,
                Err(e) => {
                    stop.store(true, Ordering::Relaxed);
                    first_error.get_or_insert(e);
                    return;
                }
            };
            if first_error.is_some() {
                return;
            }
            let Done {
                mut report,
                site,
                http,
            } = done;
            if let (Some(f), Some(site)) = (job.folder, site) {
                site_feeds[f].push(site);
            }
            if let Some(h) = &http {
                not_fetched += usize::from(h.failure.is_some());
                from_cache += usize::from(h.from_cache);
                if let Some(e) = &h.cache_error {
                    let line = format!("{}: cannot write the cache: {e}", h.url);
                    match &progress {
                        Some(pb) => pb.suspend(|| ui.warn(&line)),
                        None => ui.warn(&line),
                    }
                }
            }
            if !a.passes {
                report.diagnostics.retain(|d| d.severity != Severity::Pass);
            }
            total.errors += report.tally.errors;
            total.warnings += report.tally.warnings;
            total.infos += report.tally.infos;
            if report.tally.errors > 0 || (a.strict && report.tally.warnings > 0) {
                failed = true;
            }
            if ui.verbose {
                let line = format!(
                    "{}: {} {}, {} error{}, {} warning{}, {} info{}",
                    job.source,
                    report.format.as_str(),
                    if report.encoding.is_empty() {
                        "-"
                    } else {
                        report.encoding
                    },
                    report.tally.errors,
                    plural(report.tally.errors),
                    report.tally.warnings,
                    plural(report.tally.warnings),
                    report.tally.infos,
                    plural(report.tally.infos),
                );
                match &progress {
                    Some(pb) => pb.suspend(|| ui.verbose(&line)),
                    None => ui.verbose(&line),
                }
            }
            match a.format {
                Format::Json => out.line(&json_line(&job.source, &report, a.strict, http.as_ref())),
                Format::Concise => concise(out, &job.source, &report),
                Format::Github => github(out, &job.source, &report),
                Format::Text => text(out, job, &report),
                Format::Sarif => sarif_results.extend(sarif_results_of(&job.source, &report)),
            }
        },
    );
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    if let Some(e) = first_error {
        return Err(e);
    }
    // Whole-site checks, one report per folder input.
    for (folder, feeds) in folders.iter().zip(&site_feeds) {
        let diags = polyfeed::validate::site::check_site(feeds);
        let tally = Tally::of(&diags);
        total.errors += tally.errors;
        total.warnings += tally.warnings;
        if tally.errors > 0 || (a.strict && tally.warnings > 0) {
            failed = true;
        }
        let file_of = |d: &Diagnostic| {
            d.extra
                .iter()
                .find(|(k, _)| *k == "file")
                .map_or(folder.as_str(), |(_, v)| v.as_str())
                .to_string()
        };
        match a.format {
            Format::Json => {
                let valid = tally.errors == 0 && !(a.strict && tally.warnings > 0);
                out.line(
                    &json!({
                        "source": folder,
                        "format": "site",
                        "valid": valid,
                        "feeds": feeds.len(),
                        "diagnostics": diags.iter().map(diag_json).collect::<Vec<_>>(),
                    })
                    .to_string(),
                );
            }
            Format::Sarif => {
                for d in &diags {
                    let report = FeedReport {
                        format: polyfeed::validate::FeedFormat::Unknown,
                        tally: Tally::default(),
                        diagnostics: vec![d.clone()],
                        encoding: "UTF-8",
                        snapshot: None,
                    };
                    sarif_results.extend(sarif_results_of(&file_of(d), &report));
                }
            }
            _ => {
                for d in &diags {
                    let file = file_of(d);
                    match a.format {
                        Format::Github => super::render::gh_annotation(out, &file, d, &d.message),
                        _ => out.line(&format!(
                            "{}: {} {}",
                            out.paint().bold(&format!("{file}:1:1")),
                            out.paint().finding(d.severity, d.code.name()),
                            one_line(&d.message)
                        )),
                    }
                }
            }
        }
    }
    if a.format == Format::Sarif {
        out.line(&sarif(sarif_results));
    }
    {
        let what = if url_jobs > 0 {
            let mut http = format!("{url_jobs} over HTTP");
            if not_fetched > 0 {
                http.push_str(&format!(", {not_fetched} not fetched"));
            }
            if from_cache > 0 {
                http.push_str(&format!(", {from_cache} unchanged (from the cache)"));
            }
            format!("{} input{} ({http})", jobs.len(), plural(jobs.len()))
        } else {
            format!("{} file{}", jobs.len(), plural(jobs.len()))
        };
        ui.status(&format!(
            "validated {what}{}: {} error{}, {} warning{}",
            if skipped > 0 {
                format!(" ({skipped} not feeds, skipped)")
            } else {
                String::new()
            },
            total.errors,
            plural(total.errors),
            total.warnings,
            plural(total.warnings)
        ));
    }
    Ok(if failed {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    })
}

/// One JSON object per input (the conformance contract); URL inputs also get an `http`
/// object (final URL, status, redirects, whether the cached copy was used).
fn json_line(source: &str, r: &FeedReport, strict: bool, http: Option<&UrlReport>) -> String {
    let diags: Vec<Value> = r.diagnostics.iter().map(diag_json).collect();
    let valid = r.tally.errors == 0 && !(strict && r.tally.warnings > 0);
    let mut line = json!({
        "source": source,
        "format": r.format.as_str(),
        "valid": valid,
        "encoding": if r.encoding.is_empty() { Value::Null } else { json!(r.encoding) },
        "diagnostics": diags,
    });
    if let Some(h) = http {
        line["http"] = json!({
            "final_url": h.final_url,
            "status": h.status,
            "redirects": h.redirects.iter().map(|r| json!({
                "status": r.status, "from": r.from, "to": r.to,
            })).collect::<Vec<_>>(),
            "from_cache": h.from_cache,
        });
    }
    line.to_string()
}

fn diag_json(d: &Diagnostic) -> Value {
    let mut m = Map::new();
    let (l, c) = line_col(d);
    m.insert("code".into(), json!(d.code.name()));
    m.insert("severity".into(), json!(d.severity.as_str()));
    m.insert("line".into(), json!(l));
    m.insert("column".into(), json!(c));
    for (k, v) in [
        ("element", &d.element),
        ("parent", &d.parent),
        ("attr", &d.attr),
        ("value", &d.value),
    ] {
        if let Some(v) = v {
            m.insert(k.into(), json!(v));
        }
    }
    for (k, v) in &d.extra {
        if !m.contains_key(*k) {
            m.insert((*k).into(), json!(v));
        }
    }
    m.insert("message".into(), json!(d.message));
    Value::Object(m)
}

/// What a finding is about, as ` (element `x`, in `y`, attribute `z`)`; empty when the
/// finding names no element.
fn context(d: &Diagnostic) -> String {
    let mut s = String::new();
    push_context(&mut s, d);
    s
}

/// Appends [`context`] to `buf`, control characters replaced.
fn push_context(buf: &mut String, d: &Diagnostic) {
    // The walker names the document node `root` and the XML declaration `xml`: not
    // elements of the document, so not shown.
    let outside = matches!(d.parent.as_deref(), None | Some("" | "root"));
    let mut first = true;
    let mut part = |buf: &mut String, what: &str, name: &str| {
        buf.push_str(if first { " (" } else { ", " });
        first = false;
        buf.push_str(what);
        buf.push('`');
        push_one_line(buf, name);
        buf.push('`');
    };
    if let Some(e) = d
        .element
        .as_ref()
        .filter(|e| !(outside && matches!(e.as_str(), "root" | "xml")))
    {
        part(buf, "element ", e);
    }
    if let Some(p) = d.parent.as_ref().filter(|p| !p.is_empty() && *p != "root") {
        part(buf, "in ", p);
    }
    if let Some(a) = &d.attr {
        part(buf, "attribute ", a);
    }
    if !first {
        buf.push(')');
    }
}

fn concise(out: &mut Out, source: &str, r: &FeedReport) {
    use std::fmt::Write as _;
    let p = out.paint();
    // One buffer for every line: a feed can have thousands of findings.
    let (mut line, mut at) = (String::with_capacity(256), String::new());
    for d in &r.diagnostics {
        let (l, c) = line_col(d);
        line.clear();
        at.clear();
        let _ = write!(at, "{source}:{l}:{c}");
        p.push_bold(&mut line, &at);
        line.push_str(": ");
        p.push_finding(&mut line, d.severity, d.code.name());
        line.push(' ');
        push_one_line(&mut line, &d.message);
        push_context(&mut line, d);
        out.line(&line);
    }
}

fn github(out: &mut Out, source: &str, r: &FeedReport) {
    for d in &r.diagnostics {
        super::render::gh_annotation(out, source, d, &format!("{}{}", d.message, context(d)));
    }
}

/// Rich text: a header per finding, the source line, a caret under the column.
fn text(out: &mut Out, job: &Job, r: &FeedReport) {
    if r.diagnostics.is_empty() {
        return;
    }
    // Source lines for the excerpts (files up to 64 MiB; larger ones get no excerpt).
    let data = job
        .path
        .as_ref()
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.len() <= 64 << 20))
        .and_then(|p| std::fs::read(p).ok());
    let decoded = data.as_ref().map(|d| {
        let detected = validate::encoding::detect(&d[..d.len().min(1024)]);
        let (t, _) = detected
            .encoding
            .decode_without_bom_handling(&d[detected.bom_len.min(d.len())..]);
        t.into_owned()
    });
    let index = decoded.as_ref().map(|t| LineIndex::new(t.as_bytes()));
    let p = out.paint();
    for d in &r.diagnostics {
        let (l, c) = line_col(d);
        let mut head = format!(
            "{}: {}",
            p.finding(d.severity, d.code.name()),
            p.bold(&one_line(&d.message))
        );
        let mut ctx = Vec::new();
        if let Some(e) = &d.element {
            ctx.push(format!("element `{e}`"));
        }
        if let Some(p) = d.parent.as_ref().filter(|p| !p.is_empty()) {
            ctx.push(format!("in `{p}`"));
        }
        if let Some(a) = &d.attr {
            ctx.push(format!("attribute `{a}`"));
        }
        if !ctx.is_empty() {
            head.push_str(&format!(" ({})", ctx.join(", ")));
        }
        out.line(&head);
        out.line(&format!("  {} {}:{l}:{c}", p.gutter("-->"), job.source));
        if let (Some(t), Some(ix)) = (&decoded, &index) {
            let off = d.offset.unwrap_or(0) as usize;
            let pos = ix.position(t.as_bytes(), off);
            let text_line: String = ix
                .line(t, pos.line)
                .chars()
                .take(200)
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let width = l.to_string().len();
            let bar = p.gutter("|");
            out.line(&format!("{:width$} {bar}", ""));
            out.line(&format!("{} {bar} {text_line}", p.gutter(&l.to_string())));
            let caret_at = (c as usize - 1).min(text_line.chars().count());
            out.line(&format!(
                "{:width$} {bar} {}{}",
                "",
                " ".repeat(caret_at),
                p.severity(d.severity, "^")
            ));
        }
        out.line(&format!(
            "  {} `polyfeed explain {}`",
            p.gutter("= help:"),
            d.code
        ));
        out.line("");
    }
}

fn sarif_results_of(source: &str, r: &FeedReport) -> Vec<Value> {
    r.diagnostics
        .iter()
        .map(|d| {
            let (l, c) = line_col(d);
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                _ => "note",
            };
            json!({
                "ruleId": d.code.name(),
                "level": level,
                "message": {"text": d.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": source},
                    "region": {"startLine": l, "startColumn": c}
                }}]
            })
        })
        .collect()
}

fn sarif(results: Vec<Value>) -> String {
    let mut rules: Vec<&str> = results
        .iter()
        .filter_map(|r| r["ruleId"].as_str())
        .collect();
    rules.sort_unstable();
    rules.dedup();
    let rules: Vec<Value> = rules
        .iter()
        .map(|id| {
            let info = polyfeed::diagnostic::Code::from_name(id).map(|c| c.info());
            json!({
                "id": id,
                "shortDescription": {"text": info.map_or("", |i| i.summary)},
                "fullDescription": {"text": info.map_or("", |i| i.explanation)},
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "polyfeed", "version": env!("CARGO_PKG_VERSION"), "rules": rules}},
            "results": results
        }]
    })
    .to_string()
}
