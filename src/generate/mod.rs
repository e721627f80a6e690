//! Feed documents → bytes. Pure functions: no file system, no clock, no randomness, no
//! hash-map iteration; the same [`FeedDoc`] always gives the same bytes.
//!
//! - [`rss`]: RSS 2.0 (with the Atom, content and Dublin Core namespaces);
//! - [`atom`]: Atom 1.0;
//! - [`json`]: JSON Feed 1.1 (with the documented `_polyfeed` extension for translations);
//! - [`opml`]: the per-language OPML subscription list;
//! - [`page`]: the per-language HTML page (`{lang}/index.html`);
//! - [`html`]: resolving site-relative links in item HTML.

pub mod atom;
pub mod html;
pub mod json;
pub mod opml;
pub mod page;
pub mod rss;

use crate::model::{Author, Item, Timestamp, Translation};
use crate::site::{Direction, Format};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;
use std::borrow::Cow;

/// The name written as each feed's generator.
pub const GENERATOR: &str = "polyfeed";

/// The same feed in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedAlternate {
    /// The other feed's language.
    pub lang: String,
    /// The other feed's URL in the format being written.
    pub url: String,
}

/// One entry of a feed.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// The item.
    pub item: &'a Item,
    /// The item's permanent id (tag URI).
    pub id: String,
    /// `content_html` with relative links resolved.
    pub content_html: Option<Cow<'a, str>>,
    /// Other language versions, in site language order.
    pub translations: &'a [Translation],
}

/// Everything a feed writer needs, format-neutral.
#[derive(Debug, Clone)]
pub struct FeedDoc<'a> {
    /// Language tag.
    pub lang: &'a str,
    /// Text direction.
    pub direction: Direction,
    /// Section, `None` for the all-sections feed.
    pub section: Option<&'a str>,
    /// Permanent feed id (tag URI).
    pub id: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: &'a str,
    /// The HTML page the feed is about.
    pub page_url: String,
    /// This feed's own URL, per format (only the formats being written are read).
    pub self_urls: [String; 3],
    /// The same feed in other languages, per format.
    pub alternates: [Vec<FeedAlternate>; 3],
    /// Feed author, for entries that have none.
    pub author: Author,
    /// Copyright statement.
    pub rights: Option<&'a str>,
    /// WebSub hubs the feed names (`rel="hub"`; JSON Feed `hubs`).
    pub hubs: &'a [String],
    /// When the feed last changed: newest `updated`/`published` of its entries (for an
    /// empty feed, the caller's fallback).
    pub updated: Timestamp,
    /// Newest `published` of its entries (for an empty feed, `updated`).
    pub published: Timestamp,
    /// Entries, in feed order.
    pub entries: Vec<Entry<'a>>,
}

impl FeedDoc<'_> {
    /// The feed's own URL in `format`.
    pub fn self_url(&self, format: Format) -> &str {
        &self.self_urls[format as usize]
    }

    /// The other-language versions of this feed in `format`.
    pub fn alternates(&self, format: Format) -> &[FeedAlternate] {
        &self.alternates[format as usize]
    }

    /// True when some entry has no author of its own.
    pub fn needs_feed_author(&self) -> bool {
        self.entries.iter().any(|e| e.item.authors.is_empty())
    }
}

/// Renders a feed in one format.
pub fn render(doc: &FeedDoc<'_>, format: Format) -> Vec<u8> {
    match format {
        Format::Rss => rss::render(doc),
        Format::Atom => atom::render(doc),
        Format::Json => json::render(doc),
    }
}

/// Escapes plain text for a place that readers interpret as HTML (RSS `description`): `&`,
/// `<` and `>` become character references.
pub fn html_escape(s: &str) -> Cow<'_, str> {
    if !s.bytes().any(|b| matches!(b, b'&' | b'<' | b'>')) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Escapes XML character data: `&`, `<`, `>` and carriage returns (which a parser would
/// otherwise normalise away).
pub fn escape_text(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Escapes an XML attribute value (double-quoted): also `"` and whitespace characters that
/// attribute-value normalisation would change.
pub fn escape_attr(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

fn escape(s: &str, attr: bool) -> Cow<'_, str> {
    let b = s.as_bytes();
    // Fast path: `&`, `<`, `>` found with memchr3 (SIMD). The other bytes that need escaping
    // (carriage returns; in attributes also quotes, newlines, tabs) are rare: when the value
    // has any, a plain byte loop finds them.
    let rare = |c: u8| c == b'\r' || (attr && matches!(c, b'"' | b'\n' | b'\t'));
    let has_rare = b.iter().any(|&c| rare(c));
    let next = |from: usize| -> Option<usize> {
        if has_rare {
            b[from..]
                .iter()
                .position(|&c| matches!(c, b'&' | b'<' | b'>') || rare(c))
                .map(|p| from + p)
        } else {
            memchr::memchr3(b'&', b'<', b'>', &b[from..]).map(|p| from + p)
        }
    };
    let Some(mut i) = next(0) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + s.len() / 8 + 16);
    let mut last = 0;
    loop {
        out.push_str(&s[last..i]);
        out.push_str(match b[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'\r' => "&#13;",
            b'"' => "&quot;",
            b'\n' => "&#10;",
            _ => "&#9;",
        });
        last = i + 1;
        match next(last) {
            Some(n) => i = n,
            None => break,
        }
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

/// The XML writer of every XML format: quick-xml's [`Writer`](quick_xml::Writer) with
/// two-space indentation, fed with values escaped by [`escape_text`]/[`escape_attr`] (so
/// that carriage returns survive and quotes in text stay readable). Element names are
/// literals of this crate.
pub(crate) struct Xml {
    w: quick_xml::Writer<Vec<u8>>,
}

impl Xml {
    pub(crate) fn new(capacity: usize) -> Self {
        let mut buf = Vec::with_capacity(capacity);
        buf.extend_from_slice(b"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        Xml {
            w: quick_xml::Writer::new_with_indent(buf, b' ', 2),
        }
    }

    fn start<'a>(name: &'a str, attrs: &[(&'a str, &'a str)]) -> BytesStart<'a> {
        let mut el = BytesStart::new(name);
        for &(k, v) in attrs {
            el.push_attribute(Attribute {
                key: QName(k),
                value: escape_attr(v),
            });
        }
        el
    }

    fn write(&mut self, ev: Event<'_>) {
        // Writing into a Vec cannot fail.
        self.w.write_event(ev).expect("writing XML into memory");
    }

    /// `<name attrs>` on its own line; children follow.
    pub(crate) fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.write(Event::Start(Self::start(name, attrs)));
    }

    /// `</name>` closing [`Xml::open`].
    pub(crate) fn close(&mut self, name: &str) {
        self.write(Event::End(BytesEnd::new(name)));
    }

    /// `<name attrs>text</name>`.
    pub(crate) fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.write(Event::Start(Self::start(name, attrs)));
        self.write(Event::Text(BytesText::from_escaped(escape_text(text))));
        self.write(Event::End(BytesEnd::new(name)));
    }

    /// `<name attrs/>`.
    pub(crate) fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.write(Event::Empty(Self::start(name, attrs)));
    }

    pub(crate) fn finish(self) -> Vec<u8> {
        let mut out = self.w.into_inner();
        out.push(b'\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            escape_text("a < b & \"c\"\r\n"),
            "a &lt; b &amp; \"c\"&#13;\n"
        );
        assert_eq!(escape_attr("x=\"1\"&y\n"), "x=&quot;1&quot;&amp;y&#10;");
        assert!(matches!(escape_text("plain"), Cow::Borrowed(_)));
    }
}
