//! The XML document walker: reads events with quick-xml, resolves namespaces, names elements
//! the way the W3C validator names them, keeps a stack of [`Frame`]s and hands every element
//! to the vocabulary rules ([`super::rules`]).
//!
//! Memory is bounded by the deepest path's text and the feed-wide id sets, not by the
//! document: only the open elements are kept.
//!
//! Naming (W3C conventions, kept so that reports cross-reference the W3C validator):
//! - an element of one of the document's *core* namespaces (RSS's none, Atom's, RSS 1.0's) is
//!   named by its local name (`title`);
//! - an element of a known namespace is `prefix_local` internally and `prefix:local` in
//!   reports, with the namespace's conventional prefix (`dc:date`, `atom:link`);
//! - `element` in a report is that display name; `parent` is the parent's internal name
//!   (`channel`, `item`, `sx_history`; `root` for the document element).

use super::encoding::{self, Decoding};
use super::events::{self, Batch, Kind as Ev};
use super::rules::{self, Kind};
use super::{FeedFormat, Finding, ns};
use crate::diagnostic::{Code, Diagnostic};
use crate::script::SAMPLE_BYTES;
use quick_xml::events::BytesStart;
use quick_xml::name::{NamespaceResolver, ResolveResult};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::Read;

/// Options of a validation run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where the document is published (self-link checks, relative references).
    pub base_url: Option<String>,
    /// "Now", Unix seconds, for future-date checks; `None` skips them.
    pub now: Option<i64>,
    /// Keep confirmations of good values (`Severity::Pass`); off, they are dropped as soon as
    /// they are made (a big feed has millions).
    pub passes: bool,
    /// Read the document on a second thread while checking it (see `validate::events`).
    pub two_threads: bool,
    /// The transport's charset (HTTP `Content-Type`), see [`encoding::detect_with`].
    pub charset: Option<String>,
    /// Also build the `diff` view of the document from the same batches
    /// ([`crate::diff::read::SnapshotReader`]).
    pub snapshot: bool,
}

/// What [`validate_xml`] found.
pub struct XmlOutcome {
    /// The format detected.
    pub format: FeedFormat,
    /// The findings, offsets in the UTF-8 decoded document.
    pub diagnostics: Vec<Diagnostic>,
    /// The encoding the document was read in.
    pub encoding: &'static str,
    /// With [`Options::snapshot`], the document as `diff` reads it (`None` when it is not a
    /// feed or checking stopped before its end).
    pub snapshot: Option<crate::diff::read::Snapshot>,
}

/// The kind of document the root element makes this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedType {
    /// Not (yet) known.
    Unknown,
    /// RSS 1.0, 0.90 or 1.1.
    Rss1,
    /// RSS 0.9x or 2.0.
    Rss2,
    /// Atom feed.
    Atom,
    /// Atom entry document.
    AtomEntry,
    /// Atom Publishing Protocol service or categories document.
    App,
}

/// One open element.
#[derive(Debug)]
pub struct Frame {
    /// Internal name (`title`, `dc_date`, `atom_link`).
    pub name: String,
    /// What the element is.
    pub kind: Kind,
    /// Checks requested by the parent's rule.
    pub checks: rules::Checks,
    /// Text content collected (for kinds that validate it).
    pub text: String,
    /// True once the text has had non-whitespace.
    pub has_text: bool,
    /// Internal names of the children seen so far (repeats kept).
    pub children: Children,
    /// Attributes: display name (`href`, `rdf:about`, `xml:lang`) and normalised value.
    pub attrs: Attrs,
    /// Byte offset of the start tag.
    pub offset: u64,
    /// Number of findings attributed to this element (for `ValidElement`).
    pub logged: u32,
    /// `xml:lang` in scope.
    pub lang: Option<std::rc::Rc<str>>,
    /// `xml:base` in scope (resolved).
    pub base: Option<std::rc::Rc<str>>,
    /// Kind-specific flags.
    pub flags: u32,
    /// Start offsets of child items, for kinds that queue them (RSS `MisplacedItem`).
    pub queued: Vec<u64>,
    /// Atom links seen among the children.
    pub links: Vec<super::ext::LinkInfo>,
    /// Some `xml:base` attribute on this element or an ancestor has a network location.
    pub base_has_authority: bool,
    /// For items and entries: the letters of their texts (markup stripped, at most
    /// [`SAMPLE_BYTES`]), for the script check.
    pub sample: String,
}

impl Frame {
    fn new(name: String, kind: Kind, offset: u64) -> Self {
        Frame {
            name,
            kind,
            checks: rules::Checks::default(),
            text: String::new(),
            has_text: false,
            children: Children::default(),
            attrs: Attrs::default(),
            offset,
            logged: 0,
            lang: None,
            base: None,
            flags: 0,
            queued: Vec::new(),
            links: Vec::new(),
            base_has_authority: false,
            sample: String::new(),
        }
    }

    /// The display name: the first `_` becomes `:` (`dc_date` → `dc:date`).
    pub fn display(&self) -> String {
        display(&self.name)
    }

    /// The value of an attribute by display name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name)
    }

    /// True when a child of this internal name was seen.
    pub fn has_child(&self, name: &str) -> bool {
        self.children.has(name)
    }

    /// How many children of this internal name were seen.
    pub fn count_child(&self, name: &str) -> usize {
        self.children.count(name)
    }
}

/// The children an element has had: each distinct internal name with its count. A feed with
/// a million entries keeps one name, not a million (lookups stay cheap; memory stays flat).
///
/// Frames are reused, and so are the names' strings: the slots past `used` are cleared
/// ones kept for the next element.
#[derive(Debug, Default)]
pub struct Children {
    names: Vec<(String, usize)>,
    used: usize,
    total: usize,
}

impl Children {
    /// Records one child.
    pub fn push(&mut self, name: &str) {
        self.total += 1;
        match self.names[..self.used].iter_mut().find(|(n, _)| n == name) {
            Some((_, k)) => *k += 1,
            None => {
                match self.names.get_mut(self.used) {
                    Some((n, k)) => {
                        n.clear();
                        n.push_str(name);
                        *k = 1;
                    }
                    None => self.names.push((name.to_string(), 1)),
                }
                self.used += 1;
            }
        }
    }

    /// Whether a child of this name was seen.
    pub fn has(&self, name: &str) -> bool {
        self.names[..self.used].iter().any(|(n, _)| n == name)
    }

    /// How many children of this name were seen.
    pub fn count(&self, name: &str) -> usize {
        self.names[..self.used]
            .iter()
            .find(|(n, _)| n == name)
            .map_or(0, |(_, k)| *k)
    }

    /// All children seen, repeats included.
    pub fn len(&self) -> usize {
        self.total
    }

    /// No child seen yet.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Forgets every child (keeping a few slots' strings for reuse).
    pub fn clear(&mut self) {
        self.names.truncate(Self::KEEP);
        self.used = 0;
        self.total = 0;
    }

    /// How many cleared slots are kept for reuse.
    const KEEP: usize = 32;
}

/// `dc_date` → `dc:date` (first `_` only).
pub fn display(name: &str) -> String {
    match name.split_once('_') {
        Some((a, b)) => format!("{a}:{b}"),
        None => name.to_string(),
    }
}

/// Feed-wide state.
#[derive(Debug)]
pub struct Doc {
    /// What the root made this.
    pub feed_type: FeedType,
    /// The report's format name.
    pub format: FeedFormat,
    /// `rss@version`.
    pub rss_version: Option<String>,
    /// Namespaces whose elements are core (bare names).
    pub defaults: Vec<String>,
    /// The RSS 0.91 Netscape DOCTYPE was seen (HTML entities allowed).
    pub valid_doctype: bool,
    /// General entities declared in the internal DTD subset.
    pub entities: super::dtd::Entities,
    /// `xml:lang` values checked so far and their findings: the entries of a feed repeat a
    /// few tags (one per language of a multilingual feed), and parsing one is not free. At
    /// most [`XML_LANG_MEMO`] values are kept.
    pub xml_lang_memo: Vec<(String, Vec<Finding>)>,
    /// Bytes that entity references expanded to so far (see [`super::dtd::EXPANSION_BUDGET`]).
    pub expanded: usize,
    /// Value sets for uniqueness checks, by scope name (`guid`, `entry_id`...), as 128-bit
    /// fingerprints: a feed of a million items keeps 16 bytes per id, not the id (two
    /// different ids collide with a probability around 10^-27).
    pub seen: HashMap<&'static str, HashSet<u128>>,
    /// The RSS channel's first `docs` value.
    pub docs: Option<String>,
    /// The RSS channel's title and link (image checks).
    pub channel_title: Option<String>,
    /// The RSS channel's link.
    pub channel_link: Option<String>,
    /// Options.
    pub opts: Options,
    /// iTunes elements seen.
    pub itunes: bool,
    /// The decoding encoding's name.
    pub encoding: &'static str,
    /// The feed's language (RSS `language` / `dc:language` of the channel).
    pub language: Option<String>,
}

impl Doc {
    /// True for the RSS 2.0 family with a version starting with `2.`.
    pub fn rss2x(&self) -> bool {
        self.feed_type == FeedType::Rss2
            && self
                .rss_version
                .as_deref()
                .is_none_or(|v| v.starts_with("2."))
    }

    /// Records a value in a uniqueness scope; false when it was already there.
    pub fn unique(&mut self, scope: &'static str, value: &str) -> bool {
        self.seen
            .entry(scope)
            .or_default()
            .insert(fingerprint(value))
    }

    /// Whether a value was recorded in a uniqueness scope.
    pub fn was_seen(&self, scope: &'static str, value: &str) -> bool {
        self.seen
            .get(scope)
            .is_some_and(|s| s.contains(&fingerprint(value)))
    }
}

/// What a reference stands for: one character (nearly always, without allocating) or the
/// text of a declared entity.
enum RefText {
    Char(char),
    Text(String),
}

/// A 128-bit fingerprint of a value: two SipHash-1-3 digests with different inputs.
fn fingerprint(value: &str) -> u128 {
    use std::hash::{Hash, Hasher};
    let mut a = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut a);
    let mut b = std::collections::hash_map::DefaultHasher::new();
    (0x9E37_79B9_u32, value).hash(&mut b);
    (u128::from(a.finish()) << 64) | u128::from(b.finish())
}

/// Where findings go: diagnostics with offsets; positions come later.
pub struct Sink {
    /// Findings so far.
    pub out: Vec<Diagnostic>,
    /// Cap on stored findings (a hostile feed can produce millions).
    pub limit: usize,
    /// Findings dropped because of the cap.
    pub dropped: u64,
    /// Of those, errors, warnings and information notes.
    pub dropped_by_severity: [u64; 3],
}

/// Findings stored per document. A hostile or badly broken feed can produce millions; the
/// report keeps the first ones (the same problem usually repeats) and says how many more
/// there were, so memory stays bounded whatever the input.
pub const MAX_FINDINGS: usize = 20_000;

impl Sink {
    /// Adds one diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        if self.out.len() < self.limit {
            self.out.push(d);
        } else {
            self.dropped += 1;
            match d.severity {
                crate::diagnostic::Severity::Error => self.dropped_by_severity[0] += 1,
                crate::diagnostic::Severity::Warning => self.dropped_by_severity[1] += 1,
                crate::diagnostic::Severity::Info => self.dropped_by_severity[2] += 1,
                crate::diagnostic::Severity::Pass => {}
            }
        }
    }

    /// The findings, and one `TooManyFindings` note when some were not kept (its severity is
    /// the highest of what was dropped, so a dropped error still fails the run).
    fn finish(mut self, end: u64) -> Vec<Diagnostic> {
        let [e, w, i] = self.dropped_by_severity;
        if e + w + i > 0 {
            use crate::diagnostic::Severity;
            let severity = if e > 0 {
                Severity::Error
            } else if w > 0 {
                Severity::Warning
            } else {
                Severity::Info
            };
            let mut d = Diagnostic::new(
                Code::TooManyFindings,
                format!(
                    "{} more findings were not listed ({e} errors, {w} warnings, {i} notes): \
                     only the first {} of a document are kept",
                    e + w + i,
                    self.limit
                ),
            )
            .severity(severity)
            .at(0, end);
            d.element = Some("xml".into());
            d.parent = Some("root".into());
            d.extra = vec![
                ("errors", e.to_string()),
                ("warnings", w.to_string()),
                ("infos", i.to_string()),
            ];
            self.out.push(d);
        }
        self.out
    }
}

/// The walker: parser, frames, document state and findings.
pub struct Walker {
    /// Open elements, root first. `stack[0]` is the pseudo-root.
    pub stack: FrameStack,
    /// Feed-wide state.
    pub doc: Doc,
    /// Findings.
    pub sink: Sink,
    ns_cache: HashMap<String, Option<&'static str>>,
    root_seen: bool,
    /// A well-formedness error was reported: the walk stops.
    fatal: bool,
    /// Character data read but not yet handed to the rules: consecutive text, CDATA and
    /// references (`a &amp; b` is three events) go to [`rules::text`] as one piece.
    pending: String,
    /// Offset of the first piece of `pending`.
    pending_at: u64,
    /// Some of the pending text is not NFC-inert.
    pending_not_inert: bool,
    /// Some of the queued character data was not tested for NFC-inertness.
    pending_nfc_unknown: bool,
    /// The script check, with its per-language cache.
    scripts: crate::script::ScriptChecker,
}

/// Logging helpers used by the rules.
impl Walker {
    /// Logs a finding about frame `i`: element = its display name, parent = its parent's
    /// internal name, at its start tag.
    pub fn log(&mut self, i: usize, f: Finding) {
        if self.drops(&f) {
            self.stack[i].logged += 1;
            return;
        }
        let element = self.stack[i].display();
        let parent = self.parent_name(i);
        let at = self.stack[i].offset;
        self.log_as(i, f, element, parent, at);
    }

    /// Logs with explicit element and parent names.
    pub fn log_as(&mut self, i: usize, f: Finding, element: String, parent: String, at: u64) {
        // Any finding, even a pass, means the element was looked at (no `ValidElement`).
        self.stack[i].logged += 1;
        if self.drops(&f) {
            return;
        }
        let mut d = Diagnostic::new(f.code, f.message).at(0, at);
        d.element = Some(element);
        d.parent = Some(parent);
        d.value = f.value;
        d.attr = f.attr;
        d.extra = f.extra;
        if let Some(s) = f.severity {
            d.severity = s;
        }
        self.sink.push(d);
    }

    /// Whether `f` is a pass that this run does not keep.
    pub fn drops(&self, f: &Finding) -> bool {
        !self.doc.opts.passes && f.code.severity() == crate::diagnostic::Severity::Pass
    }

    /// Logs a list of value findings about frame `i`.
    pub fn log_all(&mut self, i: usize, findings: Vec<Finding>) {
        for f in findings {
            self.log(i, f);
        }
    }

    /// The internal name of frame `i`'s parent (`root` for the document element).
    pub fn parent_name(&self, i: usize) -> String {
        if i == 0 {
            String::new()
        } else {
            self.stack[i - 1].name.clone()
        }
    }
}

/// UTF-8 bytes under a single-byte label (`windows-1251`, `iso-8859-1`...): every reader
/// shows them as mojibake (`РќРѕРІРѕСЃС‚Рё` for `Новости`). Judged on the first KiB: at least
/// two multi-byte UTF-8 sequences and no byte that is not UTF-8 (a cut at the very end is
/// fine).
fn utf8_under_legacy_label(head: &[u8], detected: &encoding::Detected) -> Option<Finding> {
    let (label, _) = detected.declared.as_ref()?;
    if detected.bom_len > 0 || !detected.encoding.is_single_byte() {
        return None;
    }
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
        Err(_) => return None,
    };
    if text.chars().filter(|c| c.len_utf8() > 1).count() < 2 {
        return None;
    }
    let start = text.find(|c: char| !c.is_ascii())?;
    let sample: String = text[start..]
        .chars()
        .take_while(|c| !c.is_ascii() || *c == ' ')
        .take(30)
        .collect();
    let (shown, _, _) = detected.encoding.decode(sample.as_bytes());
    Some(
        Finding::new(
            Code::MislabeledEncoding,
            format!(
                "the document declares `{label}` but its bytes are UTF-8 (\u{201c}{}\u{201d} is \
                 read as \u{201c}{}\u{201d}); declare encoding=\"utf-8\"",
                sample.trim_end(),
                shown.trim_end()
            ),
        )
        .value(label.clone())
        .with("encoding", "UTF-8"),
    )
}

/// Validates an XML document read from `input`.
pub fn validate_xml(input: impl Read + Send, opts: &Options) -> XmlOutcome {
    super::keep_passes(opts.passes);
    let r = validate_xml_inner(input, opts);
    super::keep_passes(true);
    r
}

/// The body of [`validate_xml`]. Offsets in the diagnostics are byte offsets
/// in the UTF-8 decoded document.
pub fn validate_xml_inner(mut input: impl Read + Send, opts: &Options) -> XmlOutcome {
    // Read enough to detect the encoding, then stream the rest through the decoder.
    let mut head = vec![0u8; 1024];
    let mut got = 0;
    while got < head.len() {
        match input.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(_) => break,
        }
    }
    head.truncate(got);
    let detected = encoding::detect_with(&head, opts.charset.as_deref());
    let mut walker = Walker {
        stack: FrameStack::new(Frame::new("root".into(), Kind::Root, 0)),
        doc: Doc {
            feed_type: FeedType::Unknown,
            format: FeedFormat::Unknown,
            rss_version: None,
            defaults: Vec::new(),
            valid_doctype: false,
            entities: super::dtd::Entities::default(),
            xml_lang_memo: Vec::new(),
            expanded: 0,
            seen: HashMap::new(),
            docs: None,
            channel_title: None,
            channel_link: None,
            opts: opts.clone(),
            itunes: false,
            encoding: detected.name(),
            language: None,
        },
        sink: Sink {
            out: Vec::new(),
            limit: MAX_FINDINGS,
            dropped: 0,
            dropped_by_severity: [0; 3],
        },
        ns_cache: HashMap::new(),
        root_seen: false,
        fatal: false,
        pending: String::new(),
        pending_at: 0,
        pending_not_inert: false,
        pending_nfc_unknown: false,
        scripts: crate::script::ScriptChecker::default(),
    };
    for (f, at) in detected.findings.clone() {
        walker.log_as(0, f, "xml".into(), "root".into(), at as u64);
    }
    if let Some(f) = utf8_under_legacy_label(&head[..got], &detected) {
        let at = detected.declared.as_ref().map_or(0, |(_, at)| *at as u64);
        walker.log_as(0, f, "xml".into(), "root".into(), at);
    }
    let body = &head[detected.bom_len.min(head.len())..];
    let decoder = Decoding::new(
        std::io::Cursor::new(body.to_vec()).chain(input),
        detected.encoding,
        detected.bom_len,
    )
    .latin1(detected.latin1);
    let mut side = opts.snapshot.then(crate::diff::read::SnapshotReader::new);
    let (end, malformed) = walker.run(
        events::Producer::new(decoder),
        opts.two_threads,
        side.as_mut(),
    );
    if let Some((raw, decoded)) = malformed.first {
        let more = if malformed.count > 1 {
            format!(" ({} invalid sequences in all)", malformed.count)
        } else {
            String::new()
        };
        let f = Finding::new(
            Code::UnicodeError,
            format!(
                "bytes that are not valid {} at byte offset {raw}{more}; replaced by U+FFFD",
                detected.encoding.name()
            ),
        )
        .with("offset", raw.to_string());
        walker.log_as(0, f, "xml".into(), "root".into(), decoded);
        if let Some((enc, script, text)) = encoding::guess_legacy(&malformed.sample)
            && enc != detected.encoding.name()
        {
            let f = Finding::new(
                    Code::MislabeledEncoding,
                    format!(
                        "the document is read as {} but its bytes look like {enc} ({script} text: \u{201c}{text}\u{201d}); convert it to UTF-8 or declare encoding=\"{enc}\"",
                        detected.encoding.name()
                    ),
                )
                .value(enc)
                .with("encoding", enc);
            walker.log_as(0, f, "xml".into(), "root".into(), decoded);
        }
    }
    let format = walker.doc.format;
    let mut out = walker.sink.finish(end);
    out.sort_by_key(|d| d.offset);
    XmlOutcome {
        format,
        diagnostics: out,
        encoding: detected.name(),
        snapshot: side.and_then(|r| r.finish().ok()),
    }
}

impl Walker {
    /// Reads and checks the document (handing each batch to `side` too); returns where
    /// checking ended and the invalid byte sequences met up to there.
    fn run<R: Read + Send>(
        &mut self,
        producer: events::Producer<R>,
        two_threads: bool,
        mut side: Option<&mut crate::diff::read::SnapshotReader>,
    ) -> (u64, encoding::Malformed) {
        let mut ns = NamespaceResolver::default();
        let mut end = 0;
        let last = events::read_all(producer, two_threads, |batch| {
            if let Some(side) = side.as_mut() {
                side.batch(batch);
            }
            self.consume(batch, &mut ns, &mut end)
        });
        (end, last.malformed)
    }

    /// Checks one batch of events; false once checking stops (a fatal error or the end).
    /// `end` is set to the offset after the last event checked.
    fn consume(&mut self, batch: &Batch, ns: &mut NamespaceResolver, end: &mut u64) -> bool {
        for (k, rec) in batch.records.iter().enumerate() {
            *end = rec.end;
            let start = rec.start;
            let text = batch.text(rec);
            if !matches!(rec.kind, Ev::Chars { .. } | Ev::Ref) {
                self.flush_text();
            }
            match rec.kind {
                Ev::Start { name_len } => {
                    let e = BytesStart::from_content(text, name_len);
                    if let Err(err) = ns.push(&e) {
                        self.sax_error(quick_xml::Error::from(err).to_string(), start);
                        return false;
                    }
                    // From here on the resolver is only read: names, namespaces and values
                    // borrow from it and from the batch, so an element costs no allocation
                    // unless a value has references to expand.
                    let nsr: &NamespaceResolver = ns;
                    // Namespace declarations first: they are checked even when the element
                    // itself then fails (an unbound prefix).
                    let mut attrs: Vec<RawAttr<'_>> = Vec::new();
                    let mut decls: Vec<(Option<&str>, Cow<'_, str>)> = Vec::new();
                    let mut atts = e.attributes();
                    // quick-xml's duplicate check compares each attribute with every earlier
                    // one (quadratic: an element with 200,000 attributes would hang); a hash
                    // set does the same check in linear time once the element has many.
                    atts.with_checks(false);
                    let mut key_set: HashSet<&str> = HashSet::new();
                    let mut count = 0usize;
                    for a in atts {
                        let a = match a {
                            Ok(a) => a,
                            Err(err) => {
                                self.sax_error(format!("{err}"), start);
                                return false;
                            }
                        };
                        let key: &str = a.key.0;
                        count += 1;
                        let duplicate = if count <= 16 {
                            attrs.iter().any(|r| r.qname == key)
                                || decls.iter().any(|(p, _)| match p {
                                    None => key == "xmlns",
                                    Some(p) => key.strip_prefix("xmlns:") == Some(p),
                                })
                        } else {
                            if key_set.is_empty() {
                                key_set.extend(attrs.iter().map(|r| r.qname));
                            }
                            !key_set.insert(key)
                                || key.starts_with("xmlns")
                                    && decls.iter().any(|(p, _)| match p {
                                        None => key == "xmlns",
                                        Some(p) => key.strip_prefix("xmlns:") == Some(p),
                                    })
                        };
                        if duplicate {
                            self.sax_error(format!("duplicate attribute `{key}`"), start);
                            return false;
                        }
                        if memchr::memchr(b'<', a.value.as_bytes()).is_some() {
                            // XML 1.0 §3.1, WFC "No < in Attribute Values".
                            self.sax_error(
                                format!(
                                    "a raw `<` in the value of attribute `{key}`; write it as `&lt;`"
                                ),
                                start,
                            );
                            return false;
                        }
                        let entities = &self.doc.entities;
                        let value = match a.normalized_value_with(
                            quick_xml::XmlVersion::Implicit1_0,
                            1,
                            |n| {
                                quick_xml::escape::resolve_predefined_entity(n).or_else(|| {
                                    match entities.map.get(n) {
                                        Some(super::dtd::Entity::Text(t)) => Some(t.as_str()),
                                        Some(super::dtd::Entity::External) => Some(""),
                                        _ => None,
                                    }
                                })
                            },
                        ) {
                            Ok(v) => v,
                            Err(err) => {
                                if !self.doc.valid_doctype {
                                    self.undefined_entity(&format!("{err}"), start);
                                }
                                match a.value {
                                    Cow::Borrowed(v) => Cow::Borrowed(v),
                                    Cow::Owned(v) => Cow::Owned(v),
                                }
                            }
                        };
                        if key == "xmlns" {
                            decls.push((None, value));
                        } else if let Some(p) = key.strip_prefix("xmlns:") {
                            decls.push((Some(p), value));
                        } else {
                            attrs.push(RawAttr {
                                qname: key,
                                ns: None,
                                local: "",
                                value,
                            });
                        }
                    }
                    if self.stack.len() == 1 && self.root_seen {
                        self.sax_error("more than one root element".into(), start);
                        return false;
                    }
                    for (prefix, uri) in &decls {
                        if uri.split_whitespace().count() > 1 {
                            self.sax_error(
                                format!("Invalid Namespace: `{uri}` contains whitespace"),
                                start,
                            );
                            return false;
                        }
                        rules::namespace_declaration(self, *prefix, uri, start);
                    }
                    let (res, local) = nsr.resolve_element(e.name());
                    let ns_uri = match res {
                        ResolveResult::Bound(n) => Some(n.0),
                        ResolveResult::Unbound => None,
                        ResolveResult::Unknown(p) => {
                            self.sax_error(format!("unbound namespace prefix `{p}`"), start);
                            return false;
                        }
                    };
                    let local: &str = local.into_inner();
                    for a in &mut attrs {
                        let (ares, alocal) = nsr.resolve_attribute(quick_xml::name::QName(a.qname));
                        a.ns = match ares {
                            ResolveResult::Bound(n) => Some(n.0),
                            ResolveResult::Unbound => None,
                            ResolveResult::Unknown(p) => {
                                if p == "xml" {
                                    Some(ns::XML)
                                } else {
                                    self.sax_error(
                                        format!("unbound namespace prefix `{p}`"),
                                        start,
                                    );
                                    return false;
                                }
                            }
                        };
                        a.local = alocal.into_inner();
                    }
                    self.root_seen = true;
                    let parent = self.stack.len() - 1;
                    rules::start(self, parent, ns_uri, local, &attrs, start);
                }
                Ev::End => {
                    self.end_element(rec.end);
                    ns.pop();
                }
                Ev::Chars { flags } => {
                    if flags & events::chars::HEX_REF != 0 {
                        let i = self.stack.len() - 1;
                        self.stack[i].flags |= rules::flags::HEX_REF;
                    }
                    self.pending_not_inert |= flags & events::chars::NOT_NFC_INERT != 0;
                    self.pending_nfc_unknown |= flags & events::chars::NFC_UNKNOWN != 0;
                    // A run that nothing joins (the next record in this batch ends it) goes
                    // to the rules straight from the batch, without a copy into `pending`.
                    let ends_here = batch
                        .records
                        .get(k + 1)
                        .is_some_and(|n| !matches!(n.kind, Ev::Chars { .. } | Ev::Ref));
                    if ends_here && self.pending.is_empty() && text.len() < PENDING_PIECE {
                        self.pending_at = start;
                        self.hand_on(text);
                    } else {
                        self.text(text, start);
                    }
                }
                Ev::Ref => {
                    let name = text;
                    if name.starts_with("#x") {
                        let i = self.stack.len() - 1;
                        self.stack[i].flags |= rules::flags::HEX_REF;
                    }
                    match self.resolve_ref(name, start) {
                        Some(RefText::Char(c)) => {
                            let c = c.encode_utf8(&mut [0; 4]).to_owned();
                            self.pending_not_inert |= !crate::hygiene::is_nfc_inert(&c);
                            self.text(&c, start);
                        }
                        Some(RefText::Text(s)) => {
                            self.pending_not_inert |= !crate::hygiene::is_nfc_inert(&s);
                            self.text(&s, start);
                        }
                        None => {}
                    }
                    if self.fatal {
                        return false;
                    }
                }
                Ev::DocType => self.doctype(text, start),
                Ev::Decl => {
                    // XML 1.0 §2.8: this is an XML 1.0 document (the W3C validator accepts
                    // exactly `1.0`).
                    if start > 0 {
                        let f = Finding::new(
                            Code::WPBlankLine,
                            "text before the XML declaration: `<?xml ...?>` must be the very \
                             first thing in the file (often a blank line printed by a \
                             WordPress theme or plugin)",
                        );
                        self.log_as(0, f, "xml".into(), "root".into(), 0);
                    }
                    if text != "1.0" {
                        let f = Finding::new(
                            Code::BadXmlVersion,
                            format!("`<?xml version=\"{text}\"?>`: feeds are XML 1.0 documents; write `version=\"1.0\"`"),
                        )
                        .value(text)
                        .with("version", text);
                        self.log_as(0, f, "xml".into(), "root".into(), start);
                    }
                }
                Ev::Other => {}
                Ev::Eof => {
                    if !self.root_seen {
                        self.sax_error("no root element".into(), start);
                    } else if self.stack.len() > 1 {
                        let name = self.stack.last().map(|f| f.display()).unwrap_or_default();
                        self.sax_error(format!("the document ends before `</{name}>`"), start);
                    }
                    return false;
                }
            }
        }
        match &batch.stop {
            Some(events::Stop::Syntax {
                message,
                at,
                end: e,
            }) => {
                *end = *e;
                self.sax_error(message.clone(), *at);
                false
            }
            Some(events::Stop::Forbidden { at, c, end: e }) => {
                *end = *e;
                self.sax_error(
                    format!(
                        "U+{:04X} is not a character XML allows (XML 1.0 §2.2); remove it or \
                         write what it stood for",
                        u32::from(*c)
                    ),
                    *at,
                );
                false
            }
            None => true,
        }
    }

    /// A well-formedness error: reported as `SAXError`; validation stops.
    pub(super) fn sax_error(&mut self, message: String, at: u64) {
        self.fatal = true;
        let f = Finding::new(Code::SAXError, format!("not well-formed XML: {message}"))
            .with("exception", message);
        let i = self.stack.len() - 1;
        let element = self.stack[i].display();
        let parent = self.parent_name(i);
        self.log_as(i, f, element, parent, at);
    }

    fn undefined_entity(&mut self, what: &str, at: u64) {
        let i = self.stack.len() - 1;
        let f = Finding::new(
            Code::UndefinedNamedEntity,
            format!("an entity XML does not define: {what}"),
        );
        let element = self.stack[i].display();
        let parent = self.parent_name(i);
        self.log_as(i, f, element, parent, at);
    }

    /// The text of an entity or character reference.
    fn resolve_ref(&mut self, name: &str, at: u64) -> Option<RefText> {
        // The reader resolves these itself (`Chars` records); the same rule serves here.
        let c = match events::resolve_simple_ref(name) {
            Some((c, _)) => c,
            None if name.starts_with('#') => {
                self.sax_error(format!("`&{name};` is not a character XML allows"), at);
                return None;
            }
            None => {
                use super::dtd::{EXPANSION_BUDGET, Entity};
                match self.doc.entities.map.get(name) {
                    Some(Entity::Text(t)) => {
                        self.doc.expanded += t.len();
                        if self.doc.expanded <= EXPANSION_BUDGET {
                            return Some(RefText::Text(t.clone()));
                        }
                        self.sax_error(
                            format!(
                                "entity references expand to more than {} MiB in all \
                                 (an entity expansion attack?)",
                                EXPANSION_BUDGET >> 20
                            ),
                            at,
                        );
                        return None;
                    }
                    // Declared external: never read (reported at the declaration).
                    Some(Entity::External) => return None,
                    Some(Entity::Recursive) => {
                        self.sax_error(
                            format!(
                                "`&{name};` refers to itself through other entities (XML 1.0 \
                                 §4.1: no recursion); it is not expanded"
                            ),
                            at,
                        );
                        return None;
                    }
                    Some(Entity::Bomb) => {
                        self.sax_error(
                            format!(
                                "`&{name};` expands to more than {} KiB (nested entities: \
                                 a \"billion laughs\" attack?); it is not expanded",
                                super::dtd::ENTITY_LIMIT >> 10
                            ),
                            at,
                        );
                        return None;
                    }
                    None => {}
                }
                if self.doc.valid_doctype
                    && let Some(c) = super::html::html4_entity(name)
                {
                    return Some(RefText::Char(c));
                }
                let f = Finding::new(
                    Code::UndefinedNamedEntity,
                    format!("`&{name};` is not defined in XML (HTML entities need the RSS 0.91 DOCTYPE, or write the character itself)"),
                )
                .value(name);
                let i = self.stack.len() - 1;
                let element = self.stack[i].display();
                let parent = self.parent_name(i);
                self.log_as(i, f, element, parent, at);
                return None;
            }
        };
        Some(RefText::Char(c))
    }

    fn doctype(&mut self, text: &str, at: u64) {
        let netscape = text.contains("-//Netscape Communications//DTD RSS 0.91//EN");
        if netscape {
            self.doc.valid_doctype = true;
            let f = Finding::new(Code::ValidDoctype, "the RSS 0.91 DOCTYPE");
            self.log_as(0, f, "rss".into(), "root".into(), at);
            if text.contains("my.netscape.com/publish/formats/rss-0.91.dtd") {
                let f = Finding::new(
                    Code::DeprecatedDTD,
                    "the DTD at my.netscape.com is gone; use http://www.rssboard.org/rss-0.91.dtd",
                );
                self.log_as(0, f, "rss".into(), "root".into(), at);
            }
        }
        let entities = super::dtd::Entities::parse(text);
        let head = text.split('[').next().unwrap_or_default();
        let external_id = head.contains("SYSTEM") || head.contains("PUBLIC");
        if entities.has_external() || (external_id && !netscape) {
            let f = Finding::new(
                Code::ContainsSystemEntity,
                "the DOCTYPE refers to external resources: polyfeed never fetches external \
                 DTDs or entities, and feed readers should not either",
            );
            self.log_as(0, f, "xml".into(), "root".into(), at);
        }
        self.doc.entities = entities;
    }

    /// The conventional prefix of a namespace URI (cached per document).
    pub fn prefix_of(&mut self, uri: &str) -> Option<&'static str> {
        if let Some(p) = self.ns_cache.get(uri) {
            return *p;
        }
        let p = ns::prefix_for(uri);
        self.ns_cache.insert(uri.to_string(), p);
        p
    }

    fn end_element(&mut self, _at: u64) {
        if self.stack.len() <= 1 {
            return;
        }
        let i = self.stack.len() - 1;
        // Before the rules: they may take the element's text.
        self.text_checks(i);
        rules::end(self, i);
        let frame = &self.stack[i];
        if frame.logged == 0 && frame.kind.reports_valid_element() && self.doc.opts.passes {
            let f = Finding::new(Code::ValidElement, "element checked");
            let element = display(&frame.name);
            let offset = frame.offset;
            let parent = self.stack[i - 1].name.clone();
            self.sink.push({
                let mut d = Diagnostic::new(f.code, f.message).at(0, offset);
                d.element = Some(element);
                d.parent = Some(parent);
                d
            });
        }
        self.stack.pop();
    }

    /// Text hygiene of titles, summaries and content (NFC, bidi controls, zero-width
    /// characters in titles), the script sample of their item, and the script check of an
    /// item or entry as it closes.
    fn text_checks(&mut self, i: usize) {
        let kind = self.stack[i].kind;
        if matches!(kind, Kind::Item | Kind::Entry) {
            let sample = std::mem::take(&mut self.stack[i].sample);
            let lang = self.stack[i]
                .lang
                .as_deref()
                .map(str::to_string)
                .or_else(|| self.doc.language.clone());
            if let Some(lang) = lang
                && let Some(m) = self.scripts.check(&lang, &[sample.as_str()])
            {
                let f = Finding::new(Code::UntranslatedItem, m.message(&lang)).value(m.found);
                self.log(i, f);
            }
            return;
        }
        let name = self.stack[i].name.as_str();
        let title = matches!(name, "title" | "atom_title" | "dc_title");
        if !(title
            || matches!(
                name,
                "description"
                    | "summary"
                    | "content"
                    | "content_encoded"
                    | "atom_summary"
                    | "atom_content"
            ))
            || self.stack[i].text.is_empty()
        {
            return;
        }
        let text = &self.stack[i].text;
        let flags = self.stack[i].flags;
        let nfc_inert = flags & rules::flags::NOT_NFC_INERT == 0
            && (flags & rules::flags::NFC_UNKNOWN == 0 || crate::hygiene::is_nfc_inert(text));
        let mut found = Vec::new();
        for p in crate::hygiene::check_text_with(text, title, nfc_inert) {
            let code = p.code();
            found.push(Finding::new(code, p.to_string()).with("offset", p.offset().to_string()));
        }
        if i > 0
            && matches!(self.stack[i - 1].kind, Kind::Item | Kind::Entry)
            && self.stack[i - 1].sample.len() < SAMPLE_BYTES
        {
            let (text, sample) = {
                let (a, b) = self.stack.split_at_mut(i);
                (&b[0].text, &mut a[i - 1].sample)
            };
            crate::hygiene::strip_markup(text, sample, SAMPLE_BYTES);
            sample.push(' ');
        }
        self.log_all(i, found);
    }

    /// Queues character data (see `pending`); big runs are handed on in pieces.
    fn text(&mut self, text: &str, at: u64) {
        if self.pending.is_empty() {
            self.pending_at = at;
        }
        self.pending.push_str(text);
        if self.pending.len() >= PENDING_PIECE {
            self.flush_text();
        }
    }

    /// Hands queued character data to the rules.
    fn flush_text(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.pending);
        self.hand_on(&text);
        // Keep the buffer's capacity for the next run.
        self.pending = text;
        self.pending.clear();
    }

    /// Hands a run of character data starting at `pending_at` to the rules, with the
    /// NFC bits gathered for it.
    fn hand_on(&mut self, text: &str) {
        let i = self.stack.len() - 1;
        if std::mem::take(&mut self.pending_not_inert) {
            self.stack[i].flags |= rules::flags::NOT_NFC_INERT;
        }
        if std::mem::take(&mut self.pending_nfc_unknown) {
            self.stack[i].flags |= rules::flags::NFC_UNKNOWN;
        }
        rules::text(self, i, text, self.pending_at);
    }

    /// Pushes a new frame for a child of `parent` and returns its index.
    pub fn push(&mut self, name: &str, kind: Kind, at: u64) -> usize {
        let (lang, base, base_has_authority) = match self.stack.last() {
            Some(p) => (p.lang.clone(), p.base.clone(), p.base_has_authority),
            None => (None, None, false),
        };
        let f = self.stack.push(name, kind, at);
        f.lang = lang;
        f.base = base;
        f.base_has_authority = base_has_authority;
        self.stack.len() - 1
    }
}

/// The open elements, root first, as a slice. Frames never move: a closed frame is
/// cleared where it is and reused by the next element opened at its depth, so its strings
/// and vectors keep their capacity and no frame is copied on the way in or out.
#[derive(Debug)]
pub struct FrameStack {
    /// Every frame made so far; those past `len` are closed and cleared.
    frames: Vec<Frame>,
    len: usize,
}

impl FrameStack {
    fn new(root: Frame) -> Self {
        FrameStack {
            frames: vec![root],
            len: 1,
        }
    }

    /// Opens a frame (a cleared one when this depth had one before).
    fn push(&mut self, name: &str, kind: Kind, at: u64) -> &mut Frame {
        if self.len == self.frames.len() {
            self.frames.push(Frame::new(name.to_string(), kind, at));
        } else {
            let f = &mut self.frames[self.len];
            f.name.clear();
            f.name.push_str(name);
            f.kind = kind;
            f.offset = at;
        }
        self.len += 1;
        &mut self.frames[self.len - 1]
    }

    /// Closes the innermost frame and clears it for reuse.
    fn pop(&mut self) {
        self.len -= 1;
        let f = &mut self.frames[self.len];
        f.checks = rules::Checks::default();
        f.text.clear();
        f.has_text = false;
        f.children.clear();
        f.attrs.clear();
        f.logged = 0;
        f.lang = None;
        f.base = None;
        f.flags = 0;
        f.queued.clear();
        f.links.clear();
        f.base_has_authority = false;
        f.sample.clear();
        if f.text.capacity() > 1 << 20 {
            f.text = String::new();
        }
        // A deep document leaves many closed frames behind: keep a few for reuse.
        if self.frames.len() > self.len + 64 {
            self.frames.truncate(self.len + 64);
        }
    }
}

impl std::ops::Deref for FrameStack {
    type Target = [Frame];
    fn deref(&self) -> &[Frame] {
        &self.frames[..self.len]
    }
}

impl std::ops::DerefMut for FrameStack {
    fn deref_mut(&mut self) -> &mut [Frame] {
        &mut self.frames[..self.len]
    }
}

/// Character data is handed to the rules in pieces of about this size (a huge text node
/// never sits in memory twice).
const PENDING_PIECE: usize = 1 << 20;

/// How many distinct `xml:lang` values [`Doc::xml_lang_memo`] keeps.
pub const XML_LANG_MEMO: usize = 16;

/// An element's attributes by display name, in document order. Frames are reused, and so
/// are the attributes' buffers: a cleared list keeps its strings for the next element (up
/// to `Attrs::KEEP` of them, none over 4 KiB, so one huge element does not pin memory).
#[derive(Debug, Default, Clone)]
pub struct Attrs {
    slots: Vec<(String, String)>,
    len: usize,
}

impl Attrs {
    /// How many cleared slots are kept for reuse.
    const KEEP: usize = 16;

    /// Appends an attribute.
    pub fn push(&mut self, name: &str, value: &str) {
        if self.len == self.slots.len() {
            self.slots.push((name.to_string(), value.to_string()));
        } else {
            let (k, v) = &mut self.slots[self.len];
            k.clear();
            k.push_str(name);
            v.clear();
            v.push_str(value);
        }
        self.len += 1;
    }

    /// The attributes, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.slots[..self.len]
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The value of the first attribute with this display name.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// Forgets every attribute, keeping a few buffers.
    pub fn clear(&mut self) {
        self.len = 0;
        self.slots.truncate(Self::KEEP);
        self.slots
            .retain(|(k, v)| k.capacity() <= 4096 && v.capacity() <= 4096);
    }
}

/// An attribute as read: qualified name, resolved namespace, local name, value.
#[derive(Debug, Clone)]
pub struct RawAttr<'a> {
    /// As written (`rdf:about`).
    pub qname: &'a str,
    /// Resolved namespace URI.
    pub ns: Option<&'a str>,
    /// Local name.
    pub local: &'a str,
    /// Value, normalised.
    pub value: Cow<'a, str>,
}
