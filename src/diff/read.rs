//! Reading a feed for comparison: the fields `diff` compares, from RSS (0.9x, 1.0, 2.0), Atom
//! or JSON Feed, into one format-neutral [`Snapshot`].
//!
//! XML goes through the validator's reader (`validate::encoding` + `validate::events`: the
//! same encoding detection, the same quick-xml configuration); a document that reader
//! cannot read to its end is not a feed for `diff`, and the validator's own diagnostics
//! (with line and column) say why.

use crate::validate::encoding::{self, Decoding};
use crate::validate::events::{self, Batch, Kind};
use crate::validate::ns;
use quick_xml::events::BytesStart;
use quick_xml::name::{NamespaceResolver, ResolveResult};

/// A feed as `diff` sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// `rss2.0`, `atom1.0`, `jsonfeed1.1`... (the validator's format names).
    pub format: String,
    /// Feed-level fields.
    pub title: Option<String>,
    /// Atom `id` (RSS and JSON Feed have none).
    pub id: Option<String>,
    /// The feed's own URL (`atom:link rel="self"`, JSON Feed `feed_url`).
    pub self_link: Option<String>,
    /// The site (`link`, `rel="alternate"`, `home_page_url`).
    pub alternate_link: Option<String>,
    /// `language`, the root's `xml:lang`, JSON Feed `language`.
    pub language: Option<String>,
    /// Feed-level alternates with a language: (`hreflang`, `href`), from Atom links (also
    /// `atom:link` in RSS) and JSON Feed's `_polyfeed.alternates`.
    pub alternates: Vec<(String, String)>,
    /// Items in document order.
    pub items: Vec<ItemSnap>,
}

/// One item or entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemSnap {
    /// guid / Atom id / JSON Feed id (RSS 1.0: `rdf:about`; without any: the link).
    pub key: String,
    /// Title (whitespace trimmed).
    pub title: Option<String>,
    /// RSS `description`, Atom `summary`, JSON Feed `summary`.
    pub summary: Option<String>,
    /// `content:encoded`, Atom `content`, `content_html` (else `content_text`).
    pub content: Option<String>,
    /// The item's page.
    pub link: Option<String>,
    /// `pubDate` / `published` / `date_published` as written.
    pub published: Option<String>,
    /// `atom:updated` / `updated` / `date_modified` as written.
    pub updated: Option<String>,
    /// Author names (or emails), in order.
    pub authors: Vec<String>,
    /// Category terms, in order.
    pub categories: Vec<String>,
    /// The enclosure's URL (RSS `enclosure`, Atom `rel="enclosure"`, first attachment).
    pub enclosure: Option<String>,
    /// Byte offset of the item in its file.
    pub offset: u64,
}

/// Why a document is not a feed for `diff`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// What went wrong, in one line.
    pub message: String,
    /// Byte offset of the problem.
    pub offset: u64,
}

/// Reads a feed from its bytes.
pub fn read(data: &[u8]) -> Result<Snapshot, Unreadable> {
    let head = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    if matches!(
        head.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    ) {
        return read_json(head);
    }
    read_xml(data)
}

fn trimmed(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

// ------------------------------------------------------------------------------ XML

/// What the element being closed is, for the extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vocab {
    /// No namespace (RSS 0.9x/2.0).
    Bare,
    Atom,
    Rss1,
    Rdf,
    Dc,
    Content,
    Other,
}

fn vocab(uri: Option<&str>) -> Vocab {
    match uri {
        None => Vocab::Bare,
        Some(ns::ATOM) => Vocab::Atom,
        Some(ns::RSS1 | ns::RSS090 | ns::RSS11) => Vocab::Rss1,
        Some(ns::RDF) => Vocab::Rdf,
        Some("http://purl.org/dc/elements/1.1/") => Vocab::Dc,
        Some("http://purl.org/rss/1.0/modules/content/") => Vocab::Content,
        Some(_) => Vocab::Other,
    }
}

struct Open {
    vocab: Vocab,
    local: String,
}

#[derive(Default)]
struct Extract {
    snap: Snapshot,
    stack: Vec<Open>,
    /// Depth of the open item/entry element (its index in `stack`).
    item_depth: Option<usize>,
    item: ItemSnap,
    /// Depth of the channel/feed element whose children are feed-level fields.
    feed_depth: Option<usize>,
    text: String,
    /// Atom `author` open inside the item (its `name`/`email` children).
    in_author: bool,
    author_email: Option<String>,
    author_name: Option<String>,
    fatal: Option<Unreadable>,
    /// The root element when it is no feed's: its name and offset.
    other_root: Option<(String, u64)>,
    /// Entity references other than the predefined ones make the document unreadable
    /// (`diff`); without it they are skipped (the validator's site view: the validator
    /// reports them itself).
    strict_refs: bool,
}

fn read_xml(data: &[u8]) -> Result<Snapshot, Unreadable> {
    let detected = encoding::detect(&data[..data.len().min(1024)]);
    let body = &data[detected.bom_len.min(data.len())..];
    let decoder = Decoding::new(body, detected.encoding, detected.bom_len)
        .latin1(detected.latin1)
        .without_char_check();
    let mut reader = SnapshotReader::new();
    reader.x.strict_refs = true;
    events::read_all(events::Producer::new(decoder), false, |batch| {
        reader.batch(batch)
    });
    reader.finish()
}

/// Builds a [`Snapshot`] from the batches of a reader that someone else drives: the
/// validator hands it the batches it checks, so that a folder's whole-site checks need no
/// second parse of each feed.
#[derive(Default)]
pub struct SnapshotReader {
    x: Extract,
    resolver: NamespaceResolver,
    /// The last batch was seen, or reading stopped at a fatal problem.
    done: bool,
}

impl SnapshotReader {
    /// A reader at the start of a document.
    pub fn new() -> Self {
        SnapshotReader::default()
    }

    /// Takes the next batch; false once nothing more is needed (the end, or a document
    /// that is not a feed).
    pub fn batch(&mut self, batch: &Batch) -> bool {
        if self.done {
            return false;
        }
        let go = self.x.batch(batch, &mut self.resolver) && !batch.last;
        self.done = !go;
        go
    }

    /// The snapshot, once the whole document was read; `Unreadable` when it is not a
    /// feed, or when reading stopped before the end.
    pub fn finish(self) -> Result<Snapshot, Unreadable> {
        if let Some(e) = self.x.fatal {
            return Err(e);
        }
        if !self.done {
            return Err(Unreadable {
                message: "reading stopped before the end of the document".into(),
                offset: 0,
            });
        }
        if self.x.snap.format.is_empty() {
            return Err(match self.x.other_root {
                Some((name, offset)) => Unreadable {
                    message: format!(
                        "the root element is `{name}`, not `rss`, `rdf:RDF` or an Atom `feed`"
                    ),
                    offset,
                },
                None => Unreadable {
                    message: "no root element: the document is empty or holds no XML element"
                        .into(),
                    offset: 0,
                },
            });
        }
        Ok(self.x.snap)
    }
}

impl Extract {
    fn batch(&mut self, batch: &Batch, resolver: &mut NamespaceResolver) -> bool {
        for rec in &batch.records {
            let text = batch.text(rec);
            match rec.kind {
                Kind::Start { name_len } => {
                    let e = BytesStart::from_content(text, name_len);
                    if let Err(err) = resolver.push(&e) {
                        self.fail(quick_xml::Error::from(err).to_string(), rec.start);
                        return false;
                    }
                    let (res, local) = resolver.resolve_element(e.name());
                    let uri = match res {
                        ResolveResult::Bound(n) => Some(n.0),
                        ResolveResult::Unbound => None,
                        ResolveResult::Unknown(p) => {
                            self.fail(format!("unbound namespace prefix `{p}`"), rec.start);
                            return false;
                        }
                    };
                    let attrs: Vec<(String, String)> = e
                        .attributes()
                        .flatten()
                        .map(|a| {
                            let value = a
                                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .map(|v| v.into_owned())
                                .unwrap_or_else(|_| a.value.to_string());
                            (a.key.0.to_string(), value)
                        })
                        .collect();
                    self.start(vocab(uri), local.as_ref(), &attrs, rec.start);
                }
                Kind::End => {
                    self.end();
                    resolver.pop();
                }
                Kind::Chars { .. } => self.text.push_str(text),
                // Entities of a DTD, undefined ones and references to characters XML
                // forbids: the text they stand in cannot be compared.
                Kind::Ref if !self.strict_refs => {}
                Kind::Ref => {
                    if self.fatal.is_none() {
                        self.fatal = Some(Unreadable {
                            message: format!(
                                "`&{text};` is not expanded: diff reads the predefined entities \
                                 and character references only (an undefined entity, one \
                                 declared in the DOCTYPE, or a character XML forbids; \
                                 `polyfeed validate` says which)"
                            ),
                            offset: rec.start,
                        });
                    }
                    return false;
                }
                Kind::DocType | Kind::Decl | Kind::Other => {}
                Kind::Eof => {
                    if !self.stack.is_empty() {
                        self.fail("the document ends inside an element".into(), rec.start);
                    }
                    return false;
                }
            }
        }
        if let Some(stop) = &batch.stop {
            let (message, at) = match stop {
                events::Stop::Syntax { message, at, .. } => (message.clone(), *at),
                events::Stop::Forbidden { at, c, .. } => (
                    format!("U+{:04X} is not a character XML allows", u32::from(*c)),
                    *at,
                ),
            };
            self.fail(message, at);
            return false;
        }
        true
    }

    fn fail(&mut self, message: String, offset: u64) {
        if self.fatal.is_none() {
            self.fatal = Some(Unreadable {
                message: format!("not well-formed XML: {message}"),
                offset,
            });
        }
    }

    fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
        attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn start(&mut self, v: Vocab, local: &str, attrs: &[(String, String)], at: u64) {
        let depth = self.stack.len();
        // A field's text includes the text of markup nested in it (XHTML content).
        if self.item_depth.is_none_or(|d| depth <= d + 1) || self.in_author {
            self.text.clear();
        }
        if depth == 0 {
            match (v, local) {
                (Vocab::Bare, "rss") => {
                    let version = Self::attr(attrs, "version").unwrap_or("2.0");
                    self.snap.format = if version.starts_with("0.9") {
                        "rss0.9x".into()
                    } else {
                        "rss2.0".into()
                    };
                }
                (Vocab::Rdf, "RDF") => self.snap.format = "rss1.0".into(),
                (Vocab::Atom, "feed") => {
                    self.snap.format = "atom1.0".into();
                    self.feed_depth = Some(0);
                    self.snap.language = Self::attr(attrs, "xml:lang").and_then(trimmed);
                }
                _ => self.other_root = Some((local.to_string(), at)),
            }
        }
        let parent = self.stack.last().map(|o| (o.vocab, o.local.as_str()));
        match (v, local, parent) {
            (Vocab::Bare | Vocab::Rss1, "channel", Some(_)) if self.feed_depth.is_none() => {
                self.feed_depth = Some(depth);
            }
            (Vocab::Bare | Vocab::Rss1, "item", Some(_)) | (Vocab::Atom, "entry", Some(_))
                if self.item_depth.is_none() =>
            {
                self.item_depth = Some(depth);
                self.item = ItemSnap {
                    offset: at,
                    ..ItemSnap::default()
                };
                if let Some(about) = Self::attr(attrs, "rdf:about") {
                    self.item.key = about.trim().to_string();
                }
            }
            (Vocab::Atom, "author", _) if self.item_depth.is_some() => {
                self.in_author = true;
                self.author_name = None;
                self.author_email = None;
            }
            (Vocab::Atom, "link", _) => {
                let rel = Self::attr(attrs, "rel").unwrap_or("alternate");
                let href = Self::attr(attrs, "href").and_then(trimmed);
                if self.item_depth.is_some() && depth == self.item_depth.unwrap_or(0) + 1 {
                    match rel {
                        "alternate" if self.item.link.is_none() => self.item.link = href,
                        "enclosure" if self.item.enclosure.is_none() => self.item.enclosure = href,
                        _ => {}
                    }
                } else if self.item_depth.is_none() && Some(depth) == self.feed_depth.map(|d| d + 1)
                {
                    let hreflang = Self::attr(attrs, "hreflang").and_then(trimmed);
                    let media = Self::attr(attrs, "type").unwrap_or("");
                    match (rel, hreflang) {
                        ("self", _) if self.snap.self_link.is_none() => self.snap.self_link = href,
                        // Another language's version of this feed (a feed, not a page).
                        ("alternate", Some(lang)) if !media.starts_with("text/html") => {
                            if let Some(h) = href {
                                self.snap.alternates.push((lang, h));
                            }
                        }
                        ("alternate", _) if self.snap.alternate_link.is_none() => {
                            self.snap.alternate_link = href;
                        }
                        _ => {}
                    }
                }
            }
            (Vocab::Bare, "enclosure", _)
                if self.item_depth.is_some() && self.item.enclosure.is_none() =>
            {
                self.item.enclosure = Self::attr(attrs, "url").and_then(trimmed);
            }
            (Vocab::Atom, "category", _) | (Vocab::Bare, "category", _)
                if self.item_depth.is_some() =>
            {
                if let Some(term) = Self::attr(attrs, "term").and_then(trimmed) {
                    self.item.categories.push(term);
                }
            }
            _ => {}
        }
        self.stack.push(Open {
            vocab: v,
            local: local.to_string(),
        });
    }

    fn end(&mut self) {
        let Some(open) = self.stack.pop() else {
            return;
        };
        let depth = self.stack.len();
        match self.item_depth {
            Some(d) if depth == d => {
                let mut item = std::mem::take(&mut self.item);
                if item.key.is_empty() {
                    item.key = item.link.clone().unwrap_or_default();
                }
                self.snap.items.push(item);
                self.item_depth = None;
                self.text.clear();
            }
            Some(d) if depth == d + 1 => {
                let text = std::mem::take(&mut self.text);
                if self.in_author && open.vocab == Vocab::Atom && open.local == "author" {
                    self.in_author = false;
                    if let Some(a) = self.author_name.take().or(self.author_email.take()) {
                        self.item.authors.push(a);
                    }
                } else {
                    self.item_field(open.vocab, &open.local, &text);
                }
            }
            Some(_) if self.in_author && open.vocab == Vocab::Atom => {
                let text = std::mem::take(&mut self.text);
                match open.local.as_str() {
                    "name" => self.author_name = trimmed(&text),
                    "email" => self.author_email = trimmed(&text),
                    _ => {}
                }
            }
            // Markup nested in a field: its text stays with the field.
            Some(_) => {}
            None => {
                let text = std::mem::take(&mut self.text);
                if self.feed_depth.is_some_and(|d| depth == d + 1) {
                    self.feed_field(open.vocab, &open.local, &text);
                }
            }
        }
    }

    fn feed_field(&mut self, v: Vocab, local: &str, text: &str) {
        let t = trimmed(text);
        let snap = &mut self.snap;
        match (v, local) {
            (Vocab::Bare | Vocab::Rss1 | Vocab::Atom, "title") => {
                snap.title = snap.title.take().or(t);
            }
            (Vocab::Bare | Vocab::Rss1, "link") => {
                snap.alternate_link = snap.alternate_link.take().or(t);
            }
            (Vocab::Bare | Vocab::Dc, "language") => {
                snap.language = snap.language.take().or(t);
            }
            (Vocab::Atom, "id") => snap.id = snap.id.take().or(t),
            _ => {}
        }
    }

    fn item_field(&mut self, v: Vocab, local: &str, text: &str) {
        let t = trimmed(text);
        let it = &mut self.item;
        let set = |slot: &mut Option<String>, t: Option<String>| {
            if slot.is_none() {
                *slot = t;
            }
        };
        match (v, local) {
            (Vocab::Bare | Vocab::Rss1 | Vocab::Atom, "title") => set(&mut it.title, t),
            (Vocab::Bare | Vocab::Rss1, "link") => set(&mut it.link, t),
            (Vocab::Bare, "guid") | (Vocab::Atom, "id") => {
                if let Some(t) = t {
                    it.key = t;
                }
            }
            (Vocab::Bare | Vocab::Rss1, "description") | (Vocab::Atom, "summary") => {
                set(&mut it.summary, t);
            }
            (Vocab::Content, "encoded") | (Vocab::Atom, "content") => set(&mut it.content, t),
            (Vocab::Bare, "pubDate") | (Vocab::Atom, "published") => set(&mut it.published, t),
            (Vocab::Dc, "date") => set(&mut it.published, t),
            (Vocab::Atom, "updated") => set(&mut it.updated, t),
            (Vocab::Bare, "author") => {
                if let Some(t) = t {
                    it.authors.push(author_name(&t));
                }
            }
            (Vocab::Dc, "creator") => {
                if let Some(t) = t {
                    it.authors.push(t);
                }
            }
            (Vocab::Bare, "category") | (Vocab::Dc, "subject") => {
                if let Some(t) = t
                    && !it.categories.contains(&t)
                {
                    it.categories.push(t);
                }
            }
            _ => {}
        }
    }
}

/// The name in an RSS `author` (`addr (Name)` or `Name <addr>`), else the whole value: the
/// same author reads the same in every format.
fn author_name(value: &str) -> String {
    if let Some(open) = value.find(" (")
        && let Some(name) = value[open + 2..].strip_suffix(')')
        && value[..open].contains('@')
        && !name.trim().is_empty()
    {
        return name.trim().to_string();
    }
    if let Some(open) = value.find(" <")
        && value.ends_with('>')
        && !value[..open].trim().is_empty()
    {
        return value[..open].trim().to_string();
    }
    value.to_string()
}

// ----------------------------------------------------------------------------- JSON

fn read_json(data: &[u8]) -> Result<Snapshot, Unreadable> {
    let v: serde_json::Value = serde_json::from_slice(data).map_err(|e| {
        // serde_json counts lines and columns; turn them back into a byte offset.
        let offset = line_col_offset(data, e.line(), e.column());
        Unreadable {
            message: format!("not JSON: {}", crate::input::source::strip_position(&e)),
            offset,
        }
    })?;
    if !v.is_object() {
        return Err(Unreadable {
            message: "JSON, but not a JSON Feed (one object with `version`, `title` and `items`)"
                .into(),
            offset: 0,
        });
    }
    let version = v.get("version").and_then(|v| v.as_str()).unwrap_or("");
    let format = match version {
        "https://jsonfeed.org/version/1" => "jsonfeed1.0",
        "https://jsonfeed.org/version/1.1" => "jsonfeed1.1",
        _ => {
            return Err(Unreadable {
                message: "not a JSON Feed: `version` is not a JSON Feed version URL".into(),
                offset: 0,
            });
        }
    };
    let s = |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).and_then(trimmed);
    let mut snap = Snapshot {
        format: format.into(),
        title: s(&v, "title"),
        id: None,
        self_link: s(&v, "feed_url"),
        alternate_link: s(&v, "home_page_url"),
        language: s(&v, "language"),
        alternates: Vec::new(),
        items: Vec::new(),
    };
    // polyfeed's extension: the feed id and the other languages' versions.
    if let Some(ext) = v.get("_polyfeed") {
        snap.id = s(ext, "feed_id");
        for a in ext
            .get("alternates")
            .and_then(|a| a.as_array())
            .into_iter()
            .flatten()
        {
            if let (Some(lang), Some(url)) = (s(a, "language"), s(a, "feed_url")) {
                snap.alternates.push((lang, url));
            }
        }
    }
    let names = |item: &serde_json::Value| -> Vec<String> {
        let mut out = Vec::new();
        if let Some(list) = item.get("authors").and_then(|a| a.as_array()) {
            out.extend(list.iter().filter_map(|a| s(a, "name")));
        } else if let Some(a) = item.get("author") {
            out.extend(s(a, "name"));
        }
        out
    };
    for item in v
        .get("items")
        .and_then(|i| i.as_array())
        .into_iter()
        .flatten()
    {
        let key = match item.get("id") {
            Some(serde_json::Value::String(id)) => id.trim().to_string(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => s(item, "url").unwrap_or_default(),
        };
        snap.items.push(ItemSnap {
            key,
            title: s(item, "title"),
            summary: s(item, "summary"),
            content: s(item, "content_html").or_else(|| s(item, "content_text")),
            link: s(item, "url"),
            published: s(item, "date_published"),
            updated: s(item, "date_modified"),
            authors: names(item),
            categories: item
                .get("tags")
                .and_then(|t| t.as_array())
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_str().and_then(trimmed))
                .collect(),
            enclosure: item
                .get("attachments")
                .and_then(|a| a.as_array())
                .and_then(|a| a.first())
                .and_then(|a| s(a, "url")),
            offset: 0,
        });
    }
    Ok(snap)
}

fn line_col_offset(data: &[u8], line: usize, column: usize) -> u64 {
    let mut offset = 0;
    for (i, l) in data.split(|&b| b == b'\n').enumerate() {
        if i + 1 == line {
            return (offset + column.saturating_sub(1).min(l.len())) as u64;
        }
        offset += l.len() + 1;
    }
    data.len() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_atom_and_json_give_the_same_items() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>News</title><link>https://example.org/</link><language>en</language>
<atom:link rel="self" href="https://example.org/en/rss.xml"/>
<item><title>A &amp; B</title><link>https://example.org/a</link><guid isPermaLink="false">tag:example.org,2025:en/1</guid>
<description>Sum</description><pubDate>Fri, 05 Dec 2025 10:00:00 +0300</pubDate><dc:creator>Ann</dc:creator><category>x</category>
<enclosure url="https://example.org/a.jpg" type="image/jpeg" length="1"/></item></channel></rss>"#;
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>News</title><id>tag:example.org,2025:en/all</id>
<link rel="self" href="https://example.org/en/atom.xml"/><link href="https://example.org/"/>
<entry><id>tag:example.org,2025:en/1</id><title>A &amp; B</title><link href="https://example.org/a"/>
<link rel="enclosure" href="https://example.org/a.jpg"/><summary>Sum</summary><published>2025-12-05T10:00:00+03:00</published>
<updated>2025-12-05T10:00:00+03:00</updated><author><name>Ann</name></author><category term="x"/></entry></feed>"#;
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"News","home_page_url":"https://example.org/","feed_url":"https://example.org/en/feed.json","language":"en",
"items":[{"id":"tag:example.org,2025:en/1","url":"https://example.org/a","title":"A & B","summary":"Sum","date_published":"2025-12-05T10:00:00+03:00","authors":[{"name":"Ann"}],"tags":["x"],"attachments":[{"url":"https://example.org/a.jpg","mime_type":"image/jpeg"}]}]}"#;
        let r = read(rss.as_bytes()).unwrap();
        let a = read(atom.as_bytes()).unwrap();
        let j = read(json.as_bytes()).unwrap();
        assert_eq!(r.format, "rss2.0");
        assert_eq!(a.format, "atom1.0");
        assert_eq!(j.format, "jsonfeed1.1");
        for s in [&r, &a, &j] {
            assert_eq!(s.title.as_deref(), Some("News"));
            assert_eq!(s.language.as_deref(), Some("en"));
            assert_eq!(s.alternate_link.as_deref(), Some("https://example.org/"));
            let it = &s.items[0];
            assert_eq!(it.key, "tag:example.org,2025:en/1");
            assert_eq!(it.title.as_deref(), Some("A & B"));
            assert_eq!(it.summary.as_deref(), Some("Sum"));
            assert_eq!(it.link.as_deref(), Some("https://example.org/a"));
            assert_eq!(it.authors, ["Ann"]);
            assert_eq!(it.categories, ["x"]);
            assert_eq!(it.enclosure.as_deref(), Some("https://example.org/a.jpg"));
        }
        assert_eq!(a.id.as_deref(), Some("tag:example.org,2025:en/all"));
        assert_eq!(
            r.self_link.as_deref(),
            Some("https://example.org/en/rss.xml")
        );
    }

    #[test]
    fn rss_author_names() {
        assert_eq!(author_name("ann@example.org (Ann Lee)"), "Ann Lee");
        assert_eq!(author_name("Ann Lee <ann@example.org>"), "Ann Lee");
        assert_eq!(author_name("ann@example.org"), "ann@example.org");
        assert_eq!(author_name("Ann (editor)"), "Ann (editor)");
    }

    #[test]
    fn broken_documents_are_unreadable_with_an_offset() {
        let e = read(b"<rss version=\"2.0\"><channel><item></channel></rss>").unwrap_err();
        assert!(e.message.contains("not well-formed"), "{e:?}");
        assert!(e.offset > 0);
        let e = read(b"{\"version\": 1,}").unwrap_err();
        assert!(e.message.starts_with("not JSON"), "{e:?}");
        assert!(read(b"<html><body/></html>").is_err());
    }
}
