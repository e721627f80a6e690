//! Format-neutral data: items, authors, timestamps, stable ids and the item order.
//! Depends on nothing else in the crate.
//!
//! | model field | RSS 2.0 | Atom 1.0 | JSON Feed 1.1 |
//! |---|---|---|---|
//! | [`Item::id`] (with lang) | `guid isPermaLink="false"` (tag URI) | `id` | `id` |
//! | [`Item::title`] | `title` | `title` | `title` |
//! | [`Item::summary`] | `description` | `summary type="text"` | `summary` |
//! | [`Item::content_html`] | `content:encoded` | `content type="html"` | `content_html` |
//! | [`Item::url`] | `link` | `link rel="alternate"` | `url` |
//! | [`Item::published`] | `pubDate` | `published` | `date_published` |
//! | [`Item::updated`] | — | `updated` (else `published`) | `date_modified` |
//! | [`Item::authors`] | `dc:creator` each | `author` each | `authors` |
//! | [`Item::categories`] | `category` | `category term` | `tags` |
//! | [`Item::image`] | `enclosure` | `link rel="enclosure"` | `image` |
//! | translations | — | `link rel="alternate" hreflang` | `_polyfeed.translations` |

pub mod id;
pub mod time;

pub use time::Timestamp;

use std::cmp::Ordering;

/// An author of an item or feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    /// Display name.
    pub name: String,
    /// Email address, when known.
    pub email: Option<String>,
    /// Home page, when known.
    pub uri: Option<String>,
}

/// An item's main image, published as an enclosure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// Absolute URL.
    pub url: String,
    /// MIME type, e.g. `image/jpeg`.
    pub mime: String,
    /// Size in bytes.
    pub length: u64,
}

/// A link to the same story in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The other version's language tag.
    pub lang: String,
    /// The other version's permalink.
    pub url: String,
}

/// One news item in one language, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// CMS id, unique per language.
    pub id: String,
    /// Language tag, as configured in the site.
    pub lang: String,
    /// Section name.
    pub section: String,
    /// Plain-text title.
    pub title: String,
    /// Plain-text summary.
    pub summary: Option<String>,
    /// HTML body, with site-relative links already resolved against `url` when built.
    pub content_html: Option<String>,
    /// Absolute permalink.
    pub url: String,
    /// Publication instant.
    pub published: Timestamp,
    /// Last modification instant, never before `published`.
    pub updated: Option<Timestamp>,
    /// Authors, in input order.
    pub authors: Vec<Author>,
    /// Categories, in input order.
    pub categories: Vec<String>,
    /// Main image.
    pub image: Option<Image>,
    /// Groups the language versions of one story.
    pub translation_key: Option<String>,
}

impl Item {
    /// The instant the item was last changed: `updated`, else `published`.
    pub fn modified(&self) -> Timestamp {
        self.updated.unwrap_or(self.published)
    }
}

/// Compares two ids the way feeds order ties: numerically when both are all ASCII digits,
/// else bytewise. Equal numbers written differently (`7`, `007`) fall back to bytewise, so
/// the order is total.
pub fn compare_ids(a: &str, b: &str) -> Ordering {
    let num = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if num(a) && num(b) {
        let ta = a.trim_start_matches('0');
        let tb = b.trim_start_matches('0');
        ta.len()
            .cmp(&tb.len())
            .then_with(|| ta.cmp(tb))
            .then_with(|| a.cmp(b))
    } else {
        a.cmp(b)
    }
}

/// The order of items in a feed, as a sort key: greater = earlier in the feed.
/// Newest `published` first; ties by id descending ([`compare_ids`]).
pub fn feed_order(a: (&Timestamp, &str), b: (&Timestamp, &str)) -> Ordering {
    (a.0.unix, a.0.nanos)
        .cmp(&(b.0.unix, b.0.nanos))
        .then_with(|| compare_ids(a.1, b.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_order() {
        assert_eq!(compare_ids("10", "9"), Ordering::Greater);
        assert_eq!(compare_ids("10", "9a"), Ordering::Less);
        assert_eq!(compare_ids("007", "7"), Ordering::Less);
        assert_eq!(compare_ids("b", "a"), Ordering::Greater);
    }
}
