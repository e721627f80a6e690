//! `polyfeed validate`: a feed validator compatible with the W3C Feed Validation Service's
//! messages, plus JSON Feed, language tags and encoding checks.
//!
//! - [`values`]: value validators (URIs, dates, emails, MIME types, languages, numbers);
//! - [`html`]: checks of HTML carried in feeds (unsafe markup, relative references);
//! - [`jsonfeed`]: the JSON Feed 1.0/1.1 validator;
//! - [`dtd`]: entity declarations of the internal DTD subset (never external ones).

pub mod dtd;
pub mod encoding;
pub(crate) mod events;
pub mod ext;
pub mod html;
pub mod jsonfeed;
mod local;
pub mod ns;
pub mod rules;
pub mod site;
pub mod transport;
pub mod values;
pub mod walker;

use crate::diagnostic::{Code, Diagnostic, LineIndex, Tally};
use crate::error::{Error, Result};
use std::io::Read;
use std::path::Path;

/// Options of a validation.
#[derive(Debug, Clone, Default)]
pub struct ValidateOptions {
    /// Where the document is published (`--base-url`): self-link checks and relative
    /// references. Without it, location checks are skipped.
    pub base_url: Option<String>,
    /// "Now", Unix seconds, for future-date checks; `None` skips them. (The library never
    /// reads the clock; the CLI passes the wall clock.)
    pub now: Option<i64>,
    /// Report confirmations of good values too (`Severity::Pass`, `--passes`).
    pub passes: bool,
    /// A big XML document (at least [`TWO_THREADS_FROM`] bytes) may be read on a second
    /// thread while it is checked. The report is the same either way; the CLI allows it
    /// when there are fewer files than cores.
    pub two_threads: bool,
    /// The charset the transport declared (the HTTP `Content-Type` parameter). With RFC
    /// 7303's precedence it overrides the XML declaration but not a byte order mark; a
    /// disagreement is reported (`EncodingMismatch`). `None` for files.
    pub charset: Option<String>,
    /// Also return the document as `diff` reads it ([`FeedReport::snapshot`]), built from
    /// the same parse: the whole-site checks of a folder need it.
    pub snapshot: bool,
}

/// The size from which [`ValidateOptions::two_threads`] takes effect: below it, starting a
/// thread costs more than it saves.
pub const TWO_THREADS_FROM: u64 = 1 << 20;

/// The result of validating one document.
#[derive(Debug, Clone)]
pub struct FeedReport {
    /// The format detected.
    pub format: FeedFormat,
    /// Every finding (passes included), in document order, with positions resolved.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings by severity (passes not counted).
    pub tally: Tally,
    /// The encoding the document was read in.
    pub encoding: &'static str,
    /// With [`ValidateOptions::snapshot`]: the document as `diff` reads it, `None` when it
    /// is not a feed `diff` can read (or checking stopped before its end).
    pub snapshot: Option<crate::diff::read::Snapshot>,
}

/// What the first bytes of a file look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// An XML document whose root is a feed element (`rss`, `feed`, `entry`, `rdf:RDF`,
    /// `Channel`).
    XmlFeed,
    /// A JSON Feed.
    JsonFeed,
    /// Something else (skipped when validating a folder).
    Other,
}

/// Sniffs the first bytes (1-4 KiB) of a file.
pub fn sniff(head: &[u8]) -> Sniffed {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    // UTF-16 documents: look at the ASCII bytes only.
    let ascii: Vec<u8>;
    let head = if head.len() > 1
        && (head[0] == 0
            || head[1] == 0
            || head.starts_with(&[0xFF, 0xFE])
            || head.starts_with(&[0xFE, 0xFF]))
    {
        ascii = head
            .iter()
            .copied()
            .filter(|&b| b != 0 && b < 0x80)
            .collect();
        &ascii[..]
    } else {
        head
    };
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let body = &head[start..];
    match body.first() {
        Some(b'{') => {
            let text = String::from_utf8_lossy(body);
            if text.contains("jsonfeed.org/version") {
                Sniffed::JsonFeed
            } else {
                Sniffed::Other
            }
        }
        Some(b'<') => {
            let mut i = 0;
            while i < body.len() {
                let Some(p) = memchr::memchr(b'<', &body[i..]) else {
                    break;
                };
                let at = i + p + 1;
                match body.get(at) {
                    Some(b'?' | b'!') => {
                        i = at;
                        continue;
                    }
                    Some(_) => {
                        let name: Vec<u8> = body[at..]
                            .iter()
                            .copied()
                            .take_while(|c| !c.is_ascii_whitespace() && *c != b'>' && *c != b'/')
                            .collect();
                        let local = name.rsplit(|&c| c == b':').next().unwrap_or(&[]);
                        return if matches!(local, b"rss" | b"feed" | b"entry" | b"RDF" | b"Channel")
                        {
                            Sniffed::XmlFeed
                        } else {
                            Sniffed::Other
                        };
                    }
                    None => break,
                }
            }
            Sniffed::Other
        }
        _ => Sniffed::Other,
    }
}

fn is_json(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

fn finish(
    format: FeedFormat,
    mut diagnostics: Vec<Diagnostic>,
    encoding: &'static str,
    text: &[u8],
) -> FeedReport {
    let index = LineIndex::new(text);
    for d in &mut diagnostics {
        d.source = Some(0);
        d.position = Some(index.position(text, d.offset.unwrap_or(0) as usize));
    }
    FeedReport {
        format,
        tally: Tally::of(&diagnostics),
        diagnostics,
        encoding,
        snapshot: None,
    }
}

/// Validates a document held in memory.
pub fn validate_bytes(data: &[u8], opts: &ValidateOptions) -> FeedReport {
    if is_json(data) {
        let (format, diags) = jsonfeed::validate(
            data,
            &jsonfeed::JsonFeedOptions {
                base_url: opts.base_url.as_deref(),
                now: opts.now,
            },
        );
        let diags = diags
            .into_iter()
            .filter(|d| opts.passes || d.severity != crate::diagnostic::Severity::Pass)
            .collect();
        let mut report = finish(format, diags, "UTF-8", data);
        if opts.snapshot {
            report.snapshot = crate::diff::read::read(data).ok();
        }
        return report;
    }
    let wopts = walker::Options {
        base_url: opts.base_url.clone(),
        now: opts.now,
        passes: opts.passes,
        two_threads: opts.two_threads && data.len() as u64 >= TWO_THREADS_FROM,
        charset: opts.charset.clone(),
        snapshot: opts.snapshot,
    };
    let walker::XmlOutcome {
        format,
        diagnostics: diags,
        encoding,
        snapshot,
    } = walker::validate_xml(data, &wopts);
    // Offsets are in the decoded text.
    let detected = encoding::detect_with(&data[..data.len().min(1024)], opts.charset.as_deref());
    let mut report = if detected.encoding == encoding_rs::UTF_8
        && !diags.iter().any(|d| d.code == Code::UnicodeError)
    {
        finish(
            format,
            diags,
            encoding,
            &data[detected.bom_len.min(data.len())..],
        )
    } else {
        let text = detected.decode(&data[detected.bom_len.min(data.len())..]);
        finish(format, diags, encoding, text.as_bytes())
    };
    report.snapshot = snapshot;
    report
}

/// Validates a file, streaming it (memory stays bounded by the largest element, not the
/// file).
pub fn validate_file(path: &Path, opts: &ValidateOptions) -> Result<FeedReport> {
    let io = |e| Error::io("cannot read", path, e);
    let mut f = std::fs::File::open(path).map_err(io)?;
    let mut head = vec![0u8; 4096];
    let n = read_up_to(&mut f, &mut head).map_err(io)?;
    head.truncate(n);
    if is_json(&head) {
        let data = std::fs::read(path).map_err(io)?;
        return Ok(validate_bytes(&data, opts));
    }
    let f = std::fs::File::open(path).map_err(io)?;
    let big = f.metadata().is_ok_and(|m| m.len() >= TWO_THREADS_FROM);
    let wopts = walker::Options {
        base_url: opts.base_url.clone(),
        now: opts.now,
        passes: opts.passes,
        two_threads: opts.two_threads && big,
        charset: opts.charset.clone(),
        snapshot: opts.snapshot,
    };
    let walker::XmlOutcome {
        format,
        mut diagnostics,
        encoding,
        snapshot,
    } = walker::validate_xml(std::io::BufReader::with_capacity(1 << 16, f), &wopts);
    // Resolve positions with a second, decoding pass over the file.
    let detected = encoding::detect_with(&head, opts.charset.as_deref());
    let mut offsets: Vec<u64> = diagnostics.iter().map(|d| d.offset.unwrap_or(0)).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let f = std::fs::File::open(path).map_err(io)?;
    let mut r = std::io::BufReader::with_capacity(1 << 16, f);
    let mut bom = vec![0u8; detected.bom_len];
    r.read_exact(&mut bom).map_err(io)?;
    let decoder = encoding::Decoding::new(r, detected.encoding, detected.bom_len)
        .latin1(detected.latin1)
        .without_char_check();
    let positions = crate::diagnostic::resolve_positions_in(decoder, &offsets).map_err(io)?;
    for d in &mut diagnostics {
        d.source = Some(0);
        let at = d.offset.unwrap_or(0);
        let k = offsets.partition_point(|&o| o < at);
        d.position = positions.get(k).copied();
    }
    Ok(FeedReport {
        format,
        tally: Tally::of(&diagnostics),
        diagnostics,
        encoding,
        snapshot,
    })
}

/// Sniffs a file's first 4 KiB (see [`sniff`]).
pub fn sniff_file(path: &Path) -> Result<Sniffed> {
    let mut f = std::fs::File::open(path).map_err(|e| Error::io("cannot read", path, e))?;
    let mut head = [0u8; 4096];
    let n = read_up_to(&mut f, &mut head).map_err(|e| Error::io("cannot read", path, e))?;
    Ok(sniff(&head[..n]))
}

fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..])? {
            0 => break,
            n => got += n,
        }
    }
    Ok(got)
}

thread_local! {
    /// Whether the validation running on this thread keeps passes. When it does not, pass
    /// findings are made without allocating (and dropped by the walker): a big feed makes
    /// millions of them.
    static PASSES: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Sets whether passes are kept by validations on this thread.
pub(crate) fn keep_passes(on: bool) {
    PASSES.with(|p| p.set(on));
}

fn passes_kept() -> bool {
    PASSES.with(std::cell::Cell::get)
}

/// A finding of a value check, before the document walker adds the element, its parent and
/// the position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The finding's code (a W3C message class name where one exists).
    pub code: Code,
    /// One line saying what is wrong (or, for passes, what was confirmed).
    pub message: String,
    /// The offending value, when the message class carries one.
    pub value: Option<String>,
    /// The attribute, when the value came from one.
    pub attr: Option<String>,
    /// Further named details (`char`, `tag`, `uri`, `curi`...).
    pub extra: Vec<(&'static str, String)>,
    /// A severity other than the code's default (e.g. a case-only language-tag finding, which
    /// is a warning for our own input but only information in a third-party feed).
    pub severity: Option<crate::diagnostic::Severity>,
}

impl Finding {
    /// A finding with a code and message.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        let message = if code.severity() == crate::diagnostic::Severity::Pass && !passes_kept() {
            String::new()
        } else {
            message.into()
        };
        Finding {
            code,
            message,
            value: None,
            attr: None,
            extra: Vec::new(),
            severity: None,
        }
    }

    /// Overrides the code's default severity.
    pub fn severity(mut self, severity: crate::diagnostic::Severity) -> Self {
        self.severity = Some(severity);
        self
    }

    /// Its severity: the override, else the code's default.
    pub fn effective_severity(&self) -> crate::diagnostic::Severity {
        self.severity.unwrap_or(self.code.severity())
    }

    /// A pass that will be dropped (no detail needs to be stored).
    fn hollow(&self) -> bool {
        self.message.is_empty() && self.code.severity() == crate::diagnostic::Severity::Pass
    }

    /// Sets the value.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        if !self.hollow() {
            self.value = Some(value.into());
        }
        self
    }

    /// Sets the attribute.
    pub fn attr(mut self, attr: impl Into<String>) -> Self {
        if !self.hollow() {
            self.attr = Some(attr.into());
        }
        self
    }

    /// Adds a named detail.
    pub fn with(mut self, key: &'static str, value: impl Into<String>) -> Self {
        if !self.hollow() {
            self.extra.push((key, value.into()));
        }
        self
    }
}

/// The format of a validated document, as named in reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeedFormat {
    /// RSS 0.90 to 0.94.
    Rss09x,
    /// RSS 1.0 (RDF).
    Rss10,
    /// RSS 1.1.
    Rss11,
    /// RSS 2.0.
    Rss20,
    /// An Atom 1.0 feed document.
    Atom10,
    /// An Atom 1.0 entry document.
    Atom10Entry,
    /// JSON Feed 1.0.
    JsonFeed10,
    /// JSON Feed 1.1.
    JsonFeed11,
    /// Not recognised as a feed.
    Unknown,
}

impl FeedFormat {
    /// The name used in reports (`rss2.0`, `atom1.0`, `jsonfeed1.1`...).
    pub fn as_str(self) -> &'static str {
        match self {
            FeedFormat::Rss09x => "rss0.9x",
            FeedFormat::Rss10 => "rss1.0",
            FeedFormat::Rss11 => "rss1.1",
            FeedFormat::Rss20 => "rss2.0",
            FeedFormat::Atom10 => "atom1.0",
            FeedFormat::Atom10Entry => "atom1.0-entry",
            FeedFormat::JsonFeed10 => "jsonfeed1.0",
            FeedFormat::JsonFeed11 => "jsonfeed1.1",
            FeedFormat::Unknown => "unknown",
        }
    }
}
