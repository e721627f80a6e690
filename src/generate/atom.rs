//! Atom 1.0 (RFC 4287).
//!
//! - feed and entry ids are the contract's tag URIs; `updated` is derived from the entries;
//! - `link rel="self"`, `link rel="hub"` per WebSub hub, `link rel="alternate"` to the HTML
//!   page, and the same feed in other
//!   languages as `link rel="alternate" hreflang` (type `application/atom+xml`, so no two
//!   alternates share type and hreflang, RFC 4287 §4.1.1);
//! - each entry links its translations as `link rel="alternate" type="text/html"
//!   hreflang`; its own page carries its own `hreflang`;
//! - a feed-level `author` only when some entry has none (RFC 4287 §4.1.1 requires one of
//!   the two);
//! - `summary type="text"`, `content type="html"`, `category term`, the image as
//!   `link rel="enclosure"` with `length` and `type`.

use super::{FeedDoc, GENERATOR, Xml};
use crate::model::Author;
use crate::site::Format;

fn author(x: &mut Xml, a: &Author) {
    x.open("author", &[]);
    x.text("name", &[], &a.name);
    if let Some(e) = &a.email {
        x.text("email", &[], e);
    }
    if let Some(u) = &a.uri {
        x.text("uri", &[], u);
    }
    x.close("author");
}

/// Renders the Atom 1.0 document of a feed.
pub fn render(doc: &FeedDoc<'_>) -> Vec<u8> {
    let mut x = Xml::new(4096 + doc.entries.len() * 4096);
    // Atom and RSS have no direction metadata: readers derive it from the language.
    x.open(
        "feed",
        &[
            ("xmlns", "http://www.w3.org/2005/Atom"),
            ("xml:lang", doc.lang),
        ],
    );
    x.text("id", &[], &doc.id);
    x.text("title", &[("type", "text")], &doc.title);
    x.text("subtitle", &[("type", "text")], doc.description);
    x.text("updated", &[], &doc.updated.to_rfc3339());
    x.empty(
        "link",
        &[
            ("rel", "self"),
            ("type", Format::Atom.mime()),
            ("href", doc.self_url(Format::Atom)),
        ],
    );
    for hub in doc.hubs {
        x.empty("link", &[("rel", "hub"), ("href", hub)]);
    }
    x.empty(
        "link",
        &[
            ("rel", "alternate"),
            ("type", "text/html"),
            ("hreflang", doc.lang),
            ("href", &doc.page_url),
        ],
    );
    for alt in doc.alternates(Format::Atom) {
        x.empty(
            "link",
            &[
                ("rel", "alternate"),
                ("type", Format::Atom.mime()),
                ("hreflang", &alt.lang),
                ("href", &alt.url),
            ],
        );
    }
    if doc.needs_feed_author() {
        author(&mut x, &doc.author);
    }
    if let Some(r) = doc.rights {
        x.text("rights", &[("type", "text")], r);
    }
    x.text("generator", &[], GENERATOR);
    for e in &doc.entries {
        let it = e.item;
        x.open("entry", &[]);
        x.text("id", &[], &e.id);
        x.text("title", &[("type", "text")], &it.title);
        x.empty(
            "link",
            &[
                ("rel", "alternate"),
                ("type", "text/html"),
                ("hreflang", doc.lang),
                ("href", &it.url),
            ],
        );
        for t in e.translations {
            x.empty(
                "link",
                &[
                    ("rel", "alternate"),
                    ("type", "text/html"),
                    ("hreflang", &t.lang),
                    ("href", &t.url),
                ],
            );
        }
        if let Some(img) = &it.image {
            let len = img.length.to_string();
            x.empty(
                "link",
                &[
                    ("rel", "enclosure"),
                    ("type", &img.mime),
                    ("length", &len),
                    ("href", &img.url),
                ],
            );
        }
        x.text("published", &[], &it.published.to_rfc3339());
        x.text("updated", &[], &it.modified().to_rfc3339());
        for a in &it.authors {
            author(&mut x, a);
        }
        for c in &it.categories {
            x.empty("category", &[("term", c)]);
        }
        match (&it.summary, &e.content_html) {
            (Some(s), _) => x.text("summary", &[("type", "text")], s),
            // An entry with neither content nor summary gets its title as summary (readers
            // would show an empty entry; the W3C validator warns `MissingTextualContent`).
            (None, None) => x.text("summary", &[("type", "text")], &it.title),
            (None, Some(_)) => {}
        }
        if let Some(c) = &e.content_html {
            x.text("content", &[("type", "html")], c);
        }
        x.close("entry");
    }
    x.close("feed");
    x.finish()
}
