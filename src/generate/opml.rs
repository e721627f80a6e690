//! OPML 2.0 subscription list of one language's feeds (`{lang}/feeds.opml`), for one-click
//! subscription to every section. One outline per feed and format, `type="rss"` (OPML's
//! type for any feed), with `xmlUrl`, `htmlUrl`, `language` and `version`.

use super::Xml;
use crate::site::Format;

/// One feed in the list.
#[derive(Debug, Clone)]
pub struct Outline {
    /// Feed title.
    pub title: String,
    /// Feed URL.
    pub xml_url: String,
    /// The page the feed is about.
    pub html_url: String,
    /// Feed format.
    pub format: Format,
}

/// Renders the OPML document. `title` is the list's title; `date` (RFC 822) its
/// `dateModified`, derived from the feeds, never the clock.
pub fn render(title: &str, lang: &str, date: &str, outlines: &[Outline]) -> Vec<u8> {
    let mut x = Xml::new(1024 + outlines.len() * 256);
    x.open("opml", &[("version", "2.0")]);
    x.open("head", &[]);
    x.text("title", &[], title);
    x.text("dateModified", &[], date);
    x.close("head");
    x.open("body", &[]);
    for o in outlines {
        let version = match o.format {
            Format::Rss => "RSS2",
            Format::Atom => "Atom",
            Format::Json => "JSONFeed",
        };
        x.empty(
            "outline",
            &[
                ("type", "rss"),
                ("text", &o.title),
                ("title", &o.title),
                ("xmlUrl", &o.xml_url),
                ("htmlUrl", &o.html_url),
                ("language", lang),
                ("version", version),
            ],
        );
    }
    x.close("body");
    x.close("opml");
    x.finish()
}
