//! `polyfeed validate`: a feed validator compatible with the W3C Feed Validation Service's
//! messages, plus JSON Feed, language tags and encoding checks.
//!
//! - [`values`]: value validators (URIs, dates, emails, MIME types, languages, numbers);
//! - [`html`]: checks of HTML carried in feeds (unsafe markup, relative references);
//! - [`jsonfeed`]: the JSON Feed 1.0/1.1 validator.

pub mod html;
pub mod jsonfeed;
pub mod values;

use crate::diagnostic::Code;

/// A finding of a value check, before the document walker adds the element, its parent and
/// the position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The finding's code (a W3C message class name where one exists).
    pub code: Code,
    /// One line saying what is wrong (or, for passes, what was confirmed).
    pub message: String,
    /// The offending value, when the message class carries one.
    pub value: Option<String>,
    /// The attribute, when the value came from one.
    pub attr: Option<String>,
    /// Further named details (`char`, `tag`, `uri`, `curi`...).
    pub extra: Vec<(&'static str, String)>,
}

impl Finding {
    /// A finding with a code and message.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Finding {
            code,
            message: message.into(),
            value: None,
            attr: None,
            extra: Vec::new(),
        }
    }

    /// Sets the value.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Sets the attribute.
    pub fn attr(mut self, attr: impl Into<String>) -> Self {
        self.attr = Some(attr.into());
        self
    }

    /// Adds a named detail.
    pub fn with(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.extra.push((key, value.into()));
        self
    }
}

/// The format of a validated document, as named in reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeedFormat {
    /// RSS 0.90 to 0.94.
    Rss09x,
    /// RSS 1.0 (RDF).
    Rss10,
    /// RSS 1.1.
    Rss11,
    /// RSS 2.0.
    Rss20,
    /// An Atom 1.0 feed document.
    Atom10,
    /// An Atom 1.0 entry document.
    Atom10Entry,
    /// JSON Feed 1.0.
    JsonFeed10,
    /// JSON Feed 1.1.
    JsonFeed11,
    /// Not recognised as a feed.
    Unknown,
}

impl FeedFormat {
    /// The name used in reports (`rss2.0`, `atom1.0`, `jsonfeed1.1`...).
    pub fn as_str(self) -> &'static str {
        match self {
            FeedFormat::Rss09x => "rss0.9x",
            FeedFormat::Rss10 => "rss1.0",
            FeedFormat::Rss11 => "rss1.1",
            FeedFormat::Rss20 => "rss2.0",
            FeedFormat::Atom10 => "atom1.0",
            FeedFormat::Atom10Entry => "atom1.0-entry",
            FeedFormat::JsonFeed10 => "jsonfeed1.0",
            FeedFormat::JsonFeed11 => "jsonfeed1.1",
            FeedFormat::Unknown => "unknown",
        }
    }
}
