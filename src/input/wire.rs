//! The item as it is written on the wire. These types are the source of
//! `schemas/item.schema.json` (a test keeps the file in sync); parsing itself is done field by
//! field in [`super::item`] so that every problem gets its own position, and a test checks
//! that both agree on the field list.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An author of an item.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthorWire {
    /// Display name, in the item's language.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Email address (`press@example.org`, no `mailto:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Absolute URL of the author's page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
}

/// The item's main image (published as an enclosure).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImageWire {
    /// Absolute http(s) URL.
    pub url: String,
    /// MIME type, e.g. `image/jpeg`.
    #[serde(rename = "type")]
    pub mime: String,
    /// Size in bytes.
    pub length: u64,
}

/// One normalized news item in one language. Items are keyed by (`lang`, `id`).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "polyfeed item")]
pub struct ItemWire {
    /// CMS id, unique per language (the same id may name different stories in different
    /// languages). Becomes part of the item's permanent guid/id: never change it.
    #[schemars(length(min = 1))]
    pub id: String,
    /// BCP 47 language tag; one of the site's `languages`.
    pub lang: String,
    /// Section name; one of the site's `sections`.
    pub section: String,
    /// Plain-text title (no HTML).
    #[schemars(length(min = 1))]
    pub title: String,
    /// Plain-text summary (no HTML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The full text as HTML. Site-relative `src`/`href` are resolved against `url`; HTML
    /// named entities (`&nbsp;`) are fine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_html: Option<String>,
    /// Absolute http(s) permalink of the item's page.
    pub url: String,
    /// RFC 3339 date-time with offset, a local date-time without offset, or `YYYY-MM-DD`;
    /// the last two are read in the site's `timezone`.
    pub published: String,
    /// Last modification, same forms as `published`; never before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Authors, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<AuthorWire>,
    /// Category names, in the item's language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Main image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageWire>,
    /// Shared by every language version of one story; links them as translations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_key: Option<String>,
}

/// The JSON Schema of an item (the contents of `schemas/item.schema.json`).
pub fn item_schema() -> String {
    let mut s = serde_json::to_string_pretty(&schemars::schema_for!(ItemWire))
        .expect("serialising a schema");
    s.push('\n');
    s
}
