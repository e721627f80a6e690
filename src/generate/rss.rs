//! RSS 2.0 (<https://www.rssboard.org/rss-specification>), following the RSS Board's
//! profile and what the W3C Feed Validation Service checks:
//!
//! - `atom:link rel="self"` in every channel; the WebSub hubs as `atom:link rel="hub"`; the
//!   same feed in other languages as `atom:link rel="alternate" hreflang`;
//! - a `guid isPermaLink="false"` holding the item's tag URI on every item;
//! - RFC 822 dates with four-digit years and numeric zones, in the offset the item was
//!   given in; `pubDate`/`lastBuildDate` come from the items, never the clock;
//! - authors as `dc:creator` only: RSS's `author` takes one email address, and the W3C
//!   validator objects to `author` together with `dc:creator`;
//! - the image as an `enclosure` with `length` and `type`;
//! - `description` is the plain-text summary, HTML-escaped (readers read it as HTML, so a
//!   `&` in the text must reach them as `&amp;`); the HTML body goes to `content:encoded` (an
//!   item without summary gets the HTML as its `description`, which RSS allows).

use super::{FeedDoc, GENERATOR, Xml};
use crate::site::Format;

/// Renders the RSS 2.0 document of a feed.
pub fn render(doc: &FeedDoc<'_>) -> Vec<u8> {
    let mut x = Xml::new(4096 + doc.entries.len() * 4096);
    x.open(
        "rss",
        &[
            ("version", "2.0"),
            ("xmlns:atom", "http://www.w3.org/2005/Atom"),
            ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ],
    );
    x.open("channel", &[]);
    x.text("title", &[], &doc.title);
    x.text("link", &[], &doc.page_url);
    x.text("description", &[], doc.description);
    x.text("language", &[], doc.lang);
    if let Some(r) = doc.rights {
        x.text("copyright", &[], r);
    }
    x.text("pubDate", &[], &doc.published.to_rfc822());
    x.text("lastBuildDate", &[], &doc.updated.to_rfc822());
    x.text("generator", &[], GENERATOR);
    x.text("docs", &[], "https://www.rssboard.org/rss-specification");
    x.empty(
        "atom:link",
        &[
            ("href", doc.self_url(Format::Rss)),
            ("rel", "self"),
            ("type", Format::Rss.mime()),
        ],
    );
    for hub in doc.hubs {
        x.empty("atom:link", &[("href", hub), ("rel", "hub")]);
    }
    for alt in doc.alternates(Format::Rss) {
        x.empty(
            "atom:link",
            &[
                ("href", &alt.url),
                ("rel", "alternate"),
                ("hreflang", &alt.lang),
                ("type", Format::Rss.mime()),
            ],
        );
    }
    for e in &doc.entries {
        let it = e.item;
        x.open("item", &[]);
        x.text("title", &[], &it.title);
        x.text("link", &[], &it.url);
        // The RSS Board profile wants `description` before `content:encoded`; an item without
        // a summary gets its HTML body as description (once, not twice).
        match (&it.summary, &e.content_html) {
            (Some(s), Some(c)) => {
                x.text("description", &[], &super::html_escape(s));
                x.text("content:encoded", &[], c);
            }
            (Some(s), None) => x.text("description", &[], &super::html_escape(s)),
            (None, Some(c)) => x.text("description", &[], c),
            (None, None) => {}
        }
        for a in &it.authors {
            x.text("dc:creator", &[], &a.name);
        }
        for c in &it.categories {
            x.text("category", &[], c);
        }
        if let Some(img) = &it.image {
            let len = img.length.to_string();
            x.empty(
                "enclosure",
                &[("url", &img.url), ("length", &len), ("type", &img.mime)],
            );
        }
        x.text("guid", &[("isPermaLink", "false")], &e.id);
        x.text("pubDate", &[], &it.published.to_rfc822());
        x.close("item");
    }
    x.close("channel");
    x.close("rss");
    x.finish()
}
