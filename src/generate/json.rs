//! JSON Feed 1.1 (<https://www.jsonfeed.org/version/1.1/>).
//!
//! Items carry the same ids as the RSS guids and Atom ids; WebSub hubs go in `hubs` (type
//! `WebSub`). JSON Feed has no field for
//! translations, ids of feeds or text direction, so polyfeed adds one extension object
//! (JSON Feed §"Extensions": keys starting with `_`), documented in the README (no public `about` URL exists yet, so the object carries none):
//!
//! ```json
//! "_polyfeed": {"feed_id": "tag:...", "direction": "rtl",
//!               "alternates": [{"language": "ru", "feed_url": "..."}]}      (feed)
//! "_polyfeed": {"translations": [{"language": "ru", "url": "..."}]}        (item)
//! ```
//!
//! Readers that do not know it ignore it.

use super::{FeedDoc, GENERATOR};
use crate::site::{Direction, Format};
use serde::Serialize;

#[derive(Serialize)]
struct Feed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: &'a str,
    feed_url: &'a str,
    description: &'a str,
    language: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    authors: Vec<Author<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hubs: Vec<Hub<'a>>,
    #[serde(rename = "_polyfeed")]
    ext: FeedExt<'a>,
    items: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct FeedExt<'a> {
    feed_id: &'a str,
    generator: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    direction: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rights: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    alternates: Vec<Alternate<'a>>,
}

/// A JSON Feed 1.1 hub: `{"type": "WebSub", "url": ...}`.
#[derive(Serialize)]
struct Hub<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    url: &'a str,
}

#[derive(Serialize)]
struct Alternate<'a> {
    language: &'a str,
    feed_url: &'a str,
}

#[derive(Serialize)]
struct Author<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Serialize)]
struct Item<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_html: Option<&'a str>,
    /// Only for an item without `content_html`: JSON Feed requires one of the two.
    #[serde(skip_serializing_if = "Option::is_none")]
    content_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    date_published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    authors: Vec<Author<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<&'a str>,
    language: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attachments: Vec<Attachment<'a>>,
    #[serde(rename = "_polyfeed", skip_serializing_if = "Option::is_none")]
    ext: Option<ItemExt<'a>>,
}

#[derive(Serialize)]
struct Attachment<'a> {
    url: &'a str,
    mime_type: &'a str,
    size_in_bytes: u64,
}

#[derive(Serialize)]
struct ItemExt<'a> {
    translations: Vec<Translation<'a>>,
}

#[derive(Serialize)]
struct Translation<'a> {
    language: &'a str,
    url: &'a str,
}

fn author(a: &crate::model::Author) -> Author<'_> {
    Author {
        name: &a.name,
        url: a
            .uri
            .clone()
            .or_else(|| a.email.as_ref().map(|e| format!("mailto:{e}"))),
    }
}

/// Renders the JSON Feed 1.1 document of a feed (pretty-printed, UTF-8, trailing newline).
pub fn render(doc: &FeedDoc<'_>) -> Vec<u8> {
    let feed = Feed {
        version: "https://jsonfeed.org/version/1.1",
        title: &doc.title,
        home_page_url: &doc.page_url,
        feed_url: doc.self_url(Format::Json),
        description: doc.description,
        language: doc.lang,
        authors: if doc.needs_feed_author() {
            vec![author(&doc.author)]
        } else {
            Vec::new()
        },
        hubs: doc
            .hubs
            .iter()
            .map(|url| Hub {
                kind: "WebSub",
                url,
            })
            .collect(),
        ext: FeedExt {
            feed_id: &doc.id,
            generator: GENERATOR,
            direction: (doc.direction == Direction::Rtl).then_some("rtl"),
            rights: doc.rights,
            alternates: doc
                .alternates(Format::Json)
                .iter()
                .map(|a| Alternate {
                    language: &a.lang,
                    feed_url: &a.url,
                })
                .collect(),
        },
        items: doc
            .entries
            .iter()
            .map(|e| {
                let it = e.item;
                Item {
                    id: &e.id,
                    url: &it.url,
                    title: &it.title,
                    summary: it.summary.as_deref(),
                    content_html: e.content_html.as_deref(),
                    // JSON Feed 1.1 §"Items": `content_html` or `content_text` must be
                    // present. Without HTML content, the summary, else the title, is the text.
                    content_text: e
                        .content_html
                        .is_none()
                        .then(|| it.summary.as_deref().unwrap_or(&it.title)),
                    image: it.image.as_ref().map(|i| i.url.as_str()),
                    date_published: it.published.to_rfc3339(),
                    date_modified: it.updated.map(|u| u.to_rfc3339()),
                    authors: it.authors.iter().map(author).collect(),
                    tags: it.categories.iter().map(String::as_str).collect(),
                    language: &it.lang,
                    attachments: it
                        .image
                        .iter()
                        .map(|i| Attachment {
                            url: &i.url,
                            mime_type: &i.mime,
                            size_in_bytes: i.length,
                        })
                        .collect(),
                    ext: (!e.translations.is_empty()).then(|| ItemExt {
                        translations: e
                            .translations
                            .iter()
                            .map(|t| Translation {
                                language: &t.lang,
                                url: &t.url,
                            })
                            .collect(),
                    }),
                }
            })
            .collect(),
    };
    let mut out = serde_json::to_vec_pretty(&feed).expect("serialising a JSON Feed in memory");
    out.push(b'\n');
    out
}
