//! The fast path of `build`: from every record, only the keys that decide where an item
//! goes and whether the build may proceed (id, lang, section, published, updated,
//! translation_key). serde_json still checks the syntax of everything it skips. Any doubt
//! (a missing or mistyped key, an unknown language, a bad date) sends the record to the full
//! parser ([`super::item::parse_item`]), which decides and explains.

use crate::model::Timestamp;
use crate::model::time::parse_input_date;
use crate::site::Site;
use serde::Deserialize;
use std::borrow::Cow;

#[derive(Deserialize)]
struct Wire<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    lang: Cow<'a, str>,
    #[serde(borrow)]
    section: Cow<'a, str>,
    #[serde(borrow)]
    published: Cow<'a, str>,
    #[serde(borrow, default)]
    updated: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    translation_key: Option<Cow<'a, str>>,
}

/// The selection keys of a record that passed the fast checks.
#[derive(Debug, Clone)]
pub struct Keys<'a> {
    /// CMS id.
    pub id: Cow<'a, str>,
    /// Index of the item's language in the site.
    pub lang: usize,
    /// Index of the item's section in the site.
    pub section: usize,
    /// Publication instant.
    pub published: Timestamp,
    /// The translation group, if any.
    pub translation_key: Option<Cow<'a, str>>,
}

/// Parses the keys of one record; `None` when anything is doubtful (the caller then runs
/// the full parser, which reports why).
pub fn parse_keys<'a>(record: &'a [u8], site: &Site) -> Option<Keys<'a>> {
    let w: Wire<'a> = serde_json::from_slice(record).ok()?;
    if w.id.trim().is_empty() {
        return None;
    }
    let lang = site.language(&w.lang)?;
    let section = site.section(&w.section)?;
    let published = parse_input_date(&w.published, site.timezone).ok()?;
    if let Some(u) = &w.updated {
        let u = parse_input_date(u, site.timezone).ok()?;
        if (u.unix, u.nanos) < (published.unix, published.nanos) {
            return None;
        }
    }
    if w.translation_key
        .as_deref()
        .is_some_and(|k| k.trim().is_empty())
    {
        return None;
    }
    Some(Keys {
        id: w.id,
        lang,
        section,
        published,
        translation_key: w.translation_key,
    })
}

#[derive(Deserialize)]
struct LinkWire<'a> {
    #[serde(borrow)]
    lang: Cow<'a, str>,
    #[serde(borrow)]
    url: Cow<'a, str>,
    #[serde(borrow, default)]
    translation_key: Option<Cow<'a, str>>,
}

/// What a translation lends to the items that link to it: its language and URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Language tag, as configured in the site.
    pub lang: String,
    /// Absolute permalink.
    pub url: String,
    /// The translation group.
    pub translation_key: Option<String>,
}

impl Link {
    /// The link of a fully parsed item.
    pub fn of(item: &crate::model::Item) -> Link {
        Link {
            lang: item.lang.clone(),
            url: item.url.clone(),
            translation_key: item.translation_key.clone(),
        }
    }
}

/// Parses the language, URL and translation key of a record whose keys already passed
/// [`parse_keys`]; `None` when the URL is not a valid absolute http(s) URL or anything else is
/// doubtful (the caller then runs the full parser).
pub fn parse_link(record: &[u8], site: &Site) -> Option<Link> {
    let w: LinkWire<'_> = serde_json::from_slice(record).ok()?;
    let lang = &site.languages[site.language(&w.lang)?];
    super::item::check_http_url(&w.url).ok()?;
    Some(Link {
        lang: lang.tag.clone(),
        url: w.url.into_owned(),
        translation_key: w.translation_key.map(Cow::into_owned),
    })
}
