//! The site configuration (`feeds/site.toml`): wire types (serde + JSON Schema, mirrored in
//! `schemas/site.schema.json`) and the resolved, validated [`Site`].
//!
//! It accepts the file that `shared/bench/gen_items.py --site-out` writes, plus optional keys
//! (`id_authority`, `author`, `rights`, per-language `author`/`rights`). Unknown keys are
//! errors (with the near miss suggested), so a misspelt option never goes unnoticed.

use crate::diagnostic::LineIndex;
use crate::error::{Error, Result};
use crate::model::Author;
use crate::model::id::TagAuthority;
use chrono_tz::Tz;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// A feed format polyfeed writes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// RSS 2.0 (`rss.xml`).
    Rss,
    /// Atom 1.0 (`atom.xml`).
    Atom,
    /// JSON Feed 1.1 (`feed.json`).
    Json,
}

impl Format {
    /// All formats, in output order.
    pub const ALL: [Format; 3] = [Format::Rss, Format::Atom, Format::Json];

    /// The file name of a feed in this format.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Rss => "rss.xml",
            Format::Atom => "atom.xml",
            Format::Json => "feed.json",
        }
    }

    /// The format's MIME type.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Rss => "application/rss+xml",
            Format::Atom => "application/atom+xml",
            Format::Json => "application/feed+json",
        }
    }

    /// The short name used in `site.toml` and `feeds.json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Rss => "rss",
            Format::Atom => "atom",
            Format::Json => "json",
        }
    }
}

/// Text direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian...).
    Rtl,
}

/// An author as written in `site.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthorConfig {
    /// Display name.
    pub name: String,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Home page URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
}

/// One language's settings (`[language.xx]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    /// Absolute http(s) URL ending in `/` under which this language's feeds and pages live.
    /// A feed's URL is this plus its path below `{lang}/` (`news/rss.xml`).
    pub base_url: String,
    /// The site's title in this language (the all-sections feed's title).
    pub title: String,
    /// The site's description in this language.
    pub description: String,
    /// Text direction. Default: the language's own (right to left for Arabic, Hebrew,
    /// Persian...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Section titles in this language, by section name. A section feed's title is
    /// `{title} — {section title}` (the section name when missing).
    #[serde(default)]
    pub section_titles: BTreeMap<String, String>,
    /// Feed author for this language (overrides the site-wide `author`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<AuthorConfig>,
    /// Copyright statement for this language's feeds (overrides the site-wide `rights`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights: Option<String>,
    /// Words of this language's HTML page (`{lang}/index.html`) that replace the built-in
    /// ones, by key: `feeds`, `all_sections`, `subscribe`, `feed_address`, `latest`,
    /// `other_languages`, `for_templates`, `for_templates_help`, `opml`, `language_name`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

fn default_true() -> bool {
    true
}

fn default_page_items() -> usize {
    10
}

/// The per-language HTML page (`[page]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PageConfig {
    /// Write `{lang}/index.html`, a page listing the language's feeds and newest items.
    /// Default true (`build --no-pages` turns it off for one run).
    #[serde(default = "default_true")]
    pub enabled: bool,
    /// Newest items the page lists (at most `max_items`). Default 10.
    #[serde(default = "default_page_items")]
    pub items: usize,
}

impl Default for PageConfig {
    fn default() -> Self {
        PageConfig {
            enabled: true,
            items: default_page_items(),
        }
    }
}

fn default_max_items() -> usize {
    50
}

fn default_formats() -> Vec<Format> {
    Format::ALL.to_vec()
}

/// `site.toml` as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// IANA timezone in which date-only and local item dates are read (`Europe/Moscow`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Items per feed (the newest ones). Default 50.
    #[serde(default = "default_max_items")]
    pub max_items: usize,
    /// The site's main language (its feeds are the `x-default` alternates). Default: the
    /// first of `languages`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_language: Option<String>,
    /// The languages the site publishes (BCP 47 tags); each needs a `[language.xx]` table.
    pub languages: Vec<String>,
    /// Section names; they become folder names (`{lang}/{section}/rss.xml`).
    pub sections: Vec<String>,
    /// Formats to write. Default: all three.
    #[serde(default = "default_formats")]
    pub formats: Vec<Format>,
    /// `authority,date` of the tag URIs used as ids (`example.org,2025`). Default: the host
    /// of the default language's `base_url`, and `2000`. Changing it re-keys every item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_authority: Option<String>,
    /// Feed author, used where an item has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<AuthorConfig>,
    /// Copyright statement for every feed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights: Option<String>,
    /// WebSub hub(s) of every feed: one absolute http(s) URL or a list of them. Each feed
    /// then links the hub (`rel="hub"`; JSON Feed `hubs`), and `polyfeed ping` / `build
    /// --ping` notify it of the feeds that changed.
    #[serde(
        default,
        deserialize_with = "one_or_many",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[schemars(with = "OneOrMany")]
    pub hub: Vec<String>,
    /// The per-language HTML page. Default: written, listing the 10 newest items.
    #[serde(default)]
    pub page: PageConfig,
    /// Per-language settings.
    pub language: BTreeMap<String, LanguageConfig>,
}

/// A value given as one string or as a list of strings (`hub`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum OneOrMany {
    /// One value.
    One(String),
    /// A list.
    Many(Vec<String>),
}

/// Reads a string or a list of strings into a list (with an error message that names both
/// forms, which serde's untagged enums do not).
fn one_or_many<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Vec<String>, D::Error> {
    struct Visit;
    impl<'de> serde::de::Visitor<'de> for Visit {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a URL or a list of URLs")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> std::result::Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(v) = seq.next_element::<String>()? {
                out.push(v);
            }
            Ok(out)
        }
    }
    d.deserialize_any(Visit)
}

/// The JSON Schema of `site.toml` (the contents of `schemas/site.schema.json`).
pub fn site_schema() -> String {
    let mut s = serde_json::to_string_pretty(&schemars::schema_for!(SiteConfig))
        .expect("serialising a schema");
    s.push('\n');
    s
}

/// One problem in the site config, with its location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteError {
    /// The config file.
    pub path: PathBuf,
    /// 1-based line and column, when known.
    pub position: Option<(u64, u64)>,
    /// The key the problem is about (`language.ru.base_url`).
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some((l, c)) = self.position {
            write!(f, ":{l}:{c}")?;
        }
        f.write_str(": ")?;
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// One language of a resolved site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// The tag, as configured.
    pub tag: String,
    /// Settings.
    pub config: LanguageConfig,
    /// Feed author (language's, else site's).
    pub author: Option<Author>,
    /// Copyright (language's, else site's).
    pub rights: Option<String>,
    /// Text direction (configured, else the language's own).
    pub direction: Direction,
}

impl Language {
    /// Title of a feed: the site title, plus the section's title for a section feed.
    pub fn feed_title(&self, section: Option<&str>) -> String {
        match section {
            None => self.config.title.clone(),
            Some(s) => {
                let st = self.config.section_titles.get(s).map_or(s, String::as_str);
                format!("{} \u{2014} {}", self.config.title, st)
            }
        }
    }

    /// The page a feed is about: the base URL, plus `{section}/` for a section feed.
    pub fn page_url(&self, section: Option<&str>) -> String {
        match section {
            None => self.config.base_url.clone(),
            Some(s) => format!("{}{s}/", self.config.base_url),
        }
    }

    /// URL of a feed file: base URL plus its path below `{lang}/`.
    pub fn feed_url(&self, section: Option<&str>, format: Format) -> String {
        format!("{}{}", self.page_url(section), format.file_name())
    }
}

/// A validated site configuration.
#[derive(Debug, Clone)]
pub struct Site {
    /// Where it was read from.
    pub path: PathBuf,
    /// The site's timezone, if any.
    pub timezone: Option<Tz>,
    /// Items per feed.
    pub max_items: usize,
    /// Languages in configured order.
    pub languages: Vec<Language>,
    /// Index into `languages` of the default language.
    pub default_language: usize,
    /// Section names in configured order.
    pub sections: Vec<String>,
    /// Formats to write, in output order.
    pub formats: Vec<Format>,
    /// Authority and date of tag URIs.
    pub tags: TagAuthority,
    /// WebSub hubs every feed links and `ping` notifies (`hub`), in configured order.
    pub hubs: Vec<String>,
    /// The per-language HTML page's settings (`[page]`).
    pub page: PageConfig,
}

impl Site {
    /// Reads and validates a site config file.
    pub fn load(path: &Path) -> Result<Site> {
        let bytes = std::fs::read(path).map_err(|e| Error::io("cannot read", path, e))?;
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            let at = e.valid_up_to();
            let p = LineIndex::new(&bytes).position(&bytes, at);
            Error::Site(vec![SiteError {
                path: path.to_path_buf(),
                position: Some((p.line, p.column)),
                field: None,
                message: format!(
                    "invalid UTF-8 byte 0x{:02X}; site.toml must be UTF-8: convert the file",
                    bytes[at]
                ),
            }])
        })?;
        Site::parse(text, path)
    }

    /// Parses and validates a site config; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Site> {
        let index = LineIndex::new(text.as_bytes());
        let pos = |off: usize| {
            let p = index.position(text.as_bytes(), off);
            (p.line, p.column)
        };
        let config: SiteConfig = toml::from_str(text).map_err(|e| {
            let mut message = plain_toml_message(e.message().trim());
            if let Some(hint) = unknown_key_hint(&message) {
                message.push_str(&hint);
            }
            if let Some(span) = e.span().filter(|_| message == "duplicate key") {
                let key = text.get(span.clone()).unwrap_or("").trim();
                message = format!(
                    "`{key}` is defined twice (a key or a `[table]` may appear only once); \
                     remove or merge one"
                );
            }
            // The key the error is about, when the document parses (type and value errors).
            let field = e.span().and_then(|span| {
                let doc = toml::de::DeTable::parse(text).ok()?;
                let mut path = Vec::new();
                key_path_at(doc.get_ref(), span.start, &mut path);
                (!path.is_empty()).then(|| path.join("."))
            });
            Error::Site(vec![SiteError {
                path: path.to_path_buf(),
                position: e.span().map(|s| pos(s.start)),
                field,
                message,
            }])
        })?;
        let doc = toml::de::DeTable::parse(text).ok();
        let mut errors = Vec::new();
        let mut err = |field: &[&str], message: String| {
            let position = doc
                .as_ref()
                .and_then(|d| locate(d.get_ref(), field))
                .map(pos);
            errors.push(SiteError {
                path: path.to_path_buf(),
                position,
                field: Some(field.join(".")),
                message,
            });
        };
        let site = resolve(config, path, &mut err);
        if errors.is_empty() {
            Ok(site.expect("a site resolves when no error was reported"))
        } else {
            Err(Error::Site(errors))
        }
    }

    /// The language with this tag (exact match).
    pub fn language(&self, tag: &str) -> Option<usize> {
        self.languages.iter().position(|l| l.tag == tag)
    }

    /// The section with this name.
    pub fn section(&self, name: &str) -> Option<usize> {
        self.sections.iter().position(|s| s == name)
    }
}

/// serde's Rust type names in TOML errors, said in TOML's words.
fn plain_toml_message(message: &str) -> String {
    message
        .replace("expected usize", "expected a whole number (0 or more)")
        .replace("expected a sequence", "expected a list (`[\"a\", \"b\"]`)")
        .replace("expected a map", "expected a table")
}

/// The dotted key path (`language.en.direction`, `languages.1`) of the innermost key or
/// value that holds byte `offset`, pushed onto `path`.
fn key_path_at(table: &toml::de::DeTable<'_>, offset: usize, path: &mut Vec<String>) {
    for (key, value) in table.iter() {
        let (k, v) = (key.span(), value.span());
        if k.contains(&offset) {
            path.push(key.get_ref().to_string());
            return;
        }
        if v.contains(&offset) {
            path.push(key.get_ref().to_string());
            match value.get_ref() {
                toml::de::DeValue::Table(t) => key_path_at(t, offset, path),
                toml::de::DeValue::Array(a) => {
                    if let Some(i) = a.iter().position(|el| el.span().contains(&offset)) {
                        path.push(i.to_string());
                        if let toml::de::DeValue::Table(t) = a[i].get_ref() {
                            key_path_at(t, offset, path);
                        }
                    }
                }
                _ => {}
            }
            return;
        }
    }
    // A table given by a `[header]`: its span may not cover its keys; look inside anyway.
    for (key, value) in table.iter() {
        if let toml::de::DeValue::Table(t) = value.get_ref() {
            let mut inner = Vec::new();
            key_path_at(t, offset, &mut inner);
            if !inner.is_empty() {
                path.push(key.get_ref().to_string());
                path.extend(inner);
                return;
            }
        }
    }
}

/// serde's "unknown field `x`, expected one of ..." gets a "did you mean" hint.
fn unknown_key_hint(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (got, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| !s.is_empty())
        .collect();
    crate::input::near_miss(got, expected.iter().copied())
        .map(|best| format!(" (did you mean `{best}`?)"))
}

/// Byte offset of a key's value (or its table) in the parsed document.
fn locate(doc: &toml::de::DeTable<'_>, path: &[&str]) -> Option<usize> {
    let (first, rest) = path.split_first()?;
    let (key, value) = doc.iter().find(|(k, _)| k.get_ref() == first)?;
    if rest.is_empty() {
        return Some(value.span().start);
    }
    match value.get_ref() {
        toml::de::DeValue::Table(t) => locate(t, rest).or(Some(key.span().start)),
        toml::de::DeValue::Array(a) => {
            let i: usize = rest[0].parse().ok()?;
            a.get(i)
                .map(|v| v.span().start)
                .or(Some(value.span().start))
        }
        _ => Some(value.span().start),
    }
}

/// An absolute http(s) URL written as feeds need it (the items' `url` rule: `scheme://host`
/// spelled out, no spaces, controls or backslashes the URL parser would forgive).
fn is_http_url(s: &str) -> bool {
    crate::input::item::check_http_url(s).is_ok()
}

fn author(a: &AuthorConfig) -> Author {
    Author {
        name: a.name.clone(),
        email: a.email.clone(),
        uri: a.uri.clone(),
    }
}

/// What is wrong with a site text (a title, description, rights statement, section title
/// or author name), if anything. These go into every feed of their language as plain text
/// that readers (and the validator) take for HTML, so what an item text would be warned
/// about (`ContainsHTML`, `BadCharacters`) would be a finding in every feed: here it is an
/// error naming the key.
fn text_problem(text: &str) -> Option<String> {
    if let Some((i, c)) = text
        .char_indices()
        .find(|&(_, c)| {
            ('\u{80}'..='\u{9F}').contains(&c)
                || c == '\u{FFFD}'
                || crate::input::item::is_xml_forbidden(c)
        })
        .or_else(|| crate::validate::html::first_invalid_char(text))
    {
        return Some(format!(
            "contains U+{:04X} (at character {}): a control character, a replacement character \
             or a noncharacter, usually left by a decoding error; site texts are plain text",
            c as u32,
            text[..i].chars().count() + 1
        ));
    }
    if let Some(p) = crate::hygiene::check_text(text, true).next() {
        return Some(format!(
            "{p}: site texts go into every feed of their language"
        ));
    }
    if let Some(snippet) = crate::input::item::html_in_text(text) {
        return Some(format!(
            "contains markup `{snippet}`: site texts are plain text, and feeds carry them where \
             readers expect HTML (write `&` and `<` followed by a space, or reword)"
        ));
    }
    // What the validator says of this text as an RSS 2.0 channel `description` (`<` before a
    // letter, `&#`: the RSS profile's `CharacterData`).
    let mut found = Vec::new();
    crate::validate::values::nonhtml(
        text,
        crate::diagnostic::Code::ContainsHTML,
        crate::validate::values::TextContext {
            start_line_has_hex_ref: false,
            rss2: true,
        },
        &mut found,
    );
    found.first().map(|f| {
        format!(
            "{}: site texts are plain text, and feeds carry them where readers expect HTML \
             (write `<` followed by a space, or reword)",
            f.message
        )
    })
}

fn resolve(config: SiteConfig, path: &Path, err: &mut impl FnMut(&[&str], String)) -> Option<Site> {
    if let Some(problem) = config.rights.as_deref().and_then(text_problem) {
        err(&["rights"], problem);
    }
    if let Some(problem) = config.author.as_ref().and_then(|a| text_problem(&a.name)) {
        err(&["author", "name"], problem);
    }
    let timezone = match &config.timezone {
        None => None,
        Some(name) => match name.parse::<Tz>() {
            Ok(tz) => Some(tz),
            Err(_) => {
                err(
                    &["timezone"],
                    format!("`{name}` is not an IANA timezone name (for example `Europe/Moscow`)"),
                );
                None
            }
        },
    };
    if config.max_items == 0 {
        err(&["max_items"], "must be at least 1".into());
    }
    if config.page.items == 0 {
        err(&["page", "items"], "must be at least 1".into());
    }
    if config.languages.is_empty() {
        err(&["languages"], "list at least one language".into());
    }
    let mut seen = std::collections::HashSet::new();
    for (i, tag) in config.languages.iter().enumerate() {
        let at = i.to_string();
        if let Err(m) = crate::lang::check_tag(tag) {
            err(&["languages", &at], m);
        } else if !crate::validate::values::iso639(tag) {
            // The feeds' `language` must also pass the validator's (the W3C validator's) ISO
            // 639 test: `qaen` is a well-formed BCP 47 tag, not one it knows (found by fuzzing).
            err(
                &["languages", &at],
                format!("`{tag}` does not start with an ISO 639 language code (`en`, `ru`, `kk`)"),
            );
        }
        if !seen.insert(tag.to_ascii_lowercase()) {
            err(&["languages", &at], format!("`{tag}` is listed twice"));
        }
        if !config.language.contains_key(tag) {
            err(
                &["languages", &at],
                format!("`{tag}` has no `[language.{tag}]` table (base_url, title, description)"),
            );
        }
    }
    for (tag, lc) in &config.language {
        if !config.languages.contains(tag) {
            err(
                &["language", tag],
                format!("`{tag}` is not in `languages`; add it there or remove this table"),
            );
        }
        if !is_http_url(&lc.base_url) {
            err(
                &["language", tag, "base_url"],
                format!("`{}` is not an absolute http(s) URL", lc.base_url),
            );
        } else if !lc.base_url.ends_with('/') {
            err(
                &["language", tag, "base_url"],
                format!(
                    "`{}` must end with `/` (feed URLs are appended to it)",
                    lc.base_url
                ),
            );
        } else if let Ok(normal) = url::Url::parse(&lc.base_url)
            && normal.as_str() != lc.base_url
        {
            // Feed URLs are this string plus a path, and readers (and the self-link check)
            // compare them in normal form: `:0344`, `:80`, `HTTP://Example.ORG` would make
            // a feed's self link and its real location differ.
            err(
                &["language", tag, "base_url"],
                format!("`{}` is not in normal form: write `{normal}`", lc.base_url),
            );
        }
        if lc.title.trim().is_empty() {
            err(&["language", tag, "title"], "must not be empty".into());
        }
        if lc.description.trim().is_empty() {
            err(
                &["language", tag, "description"],
                "must not be empty".into(),
            );
        }
        // Site texts go into feeds as plain text that readers (and the validator) read as
        // HTML, as item titles do (`ContainsHTML`); a finding in every feed of the language
        // is better stopped here, with its key.
        let mut texts: Vec<(Vec<&str>, &str)> = vec![
            (vec!["language", tag, "title"], &lc.title),
            (vec!["language", tag, "description"], &lc.description),
        ];
        if let Some(r) = &lc.rights {
            texts.push((vec!["language", tag, "rights"], r));
        }
        for (section, title) in &lc.section_titles {
            texts.push((vec!["language", tag, "section_titles", section], title));
        }
        if let Some(a) = &lc.author {
            texts.push((vec!["language", tag, "author", "name"], &a.name));
        }
        for (key, text) in texts {
            if let Some(problem) = text_problem(text) {
                err(&key, problem);
            }
        }
        for (key, value) in &lc.labels {
            if crate::l10n::Label::from_key(key).is_none() {
                let keys = crate::l10n::Label::ALL.map(crate::l10n::Label::key);
                let hint = crate::input::near_miss(key, keys.iter().copied())
                    .map(|k| format!(" (did you mean `{k}`?)"))
                    .unwrap_or_default();
                err(
                    &["language", tag, "labels", key],
                    format!(
                        "`{key}` is not a page label{hint}; labels: {}",
                        keys.join(", ")
                    ),
                );
            } else if value.trim().is_empty() {
                err(
                    &["language", tag, "labels", key],
                    "must not be empty".into(),
                );
            }
        }
        for s in lc.section_titles.keys() {
            if !config.sections.contains(s) {
                err(
                    &["language", tag, "section_titles", s],
                    format!("`{s}` is not in `sections`"),
                );
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (i, s) in config.sections.iter().enumerate() {
        let at = i.to_string();
        let ok = !s.is_empty()
            && s.bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'_')
            && !s.starts_with(['-', '_']);
        if !ok {
            err(
                &["sections", &at],
                format!(
                    "`{s}` must be lowercase ASCII letters, digits, `-` or `_` (it is a folder name)"
                ),
            );
        } else if s == "all" {
            err(
                &["sections", &at],
                "`all` is reserved for the all-sections feed".into(),
            );
        }
        if !seen.insert(s) {
            err(&["sections", &at], format!("`{s}` is listed twice"));
        }
    }
    let mut formats = config.formats.clone();
    formats.sort();
    formats.dedup();
    if formats.is_empty() {
        err(
            &["formats"],
            "list at least one of `rss`, `atom`, `json`".into(),
        );
    }
    let mut seen = std::collections::HashSet::new();
    for (i, h) in config.hub.iter().enumerate() {
        let at = i.to_string();
        let field: &[&str] = if config.hub.len() == 1 {
            &["hub"]
        } else {
            &["hub", &at]
        };
        if !is_http_url(h) {
            err(
                field,
                format!("`{h}` is not an absolute http(s) URL (a WebSub hub)"),
            );
        } else if !seen.insert(h.as_str()) {
            err(field, format!("`{h}` is listed twice"));
        }
    }
    let default_language = match &config.default_language {
        None => 0,
        Some(d) => match config.languages.iter().position(|l| l == d) {
            Some(i) => i,
            None => {
                err(
                    &["default_language"],
                    format!("`{d}` is not in `languages`"),
                );
                0
            }
        },
    };
    let tags = match &config.id_authority {
        Some(a) => match TagAuthority::parse(a) {
            Ok(t) => Some(t),
            Err(e) => {
                err(&["id_authority"], e.to_string());
                None
            }
        },
        // The default language's host, which must then be a tag URI authority (RFC 4151: a
        // domain name): the URL parser accepts hosts such as `a.,b` that would make every id
        // invalid.
        None => config.languages.get(default_language).and_then(|l| {
            let host = url::Url::parse(&config.language.get(l)?.base_url)
                .ok()?
                .host_str()?
                .to_string();
            match TagAuthority::parse(&format!("{host},2000")) {
                Ok(t) => Some(t),
                Err(_) => {
                    err(
                        &["language", l, "base_url"],
                        format!(
                            "the host `{host}` cannot be the authority of tag URI ids (RFC \
                             4151 wants a domain name): fix it, or set `id_authority`"
                        ),
                    );
                    None
                }
            }
        }),
    };
    let languages: Option<Vec<Language>> = config
        .languages
        .iter()
        .map(|tag| {
            let lc = config.language.get(tag)?.clone();
            Some(Language {
                tag: tag.clone(),
                author: lc.author.as_ref().or(config.author.as_ref()).map(author),
                rights: lc.rights.clone().or_else(|| config.rights.clone()),
                direction: lc.direction.unwrap_or(if crate::lang::is_rtl(tag) {
                    Direction::Rtl
                } else {
                    Direction::Ltr
                }),
                config: lc,
            })
        })
        .collect();
    Some(Site {
        path: path.to_path_buf(),
        timezone,
        max_items: config.max_items,
        languages: languages?,
        default_language,
        sections: config.sections,
        formats,
        tags: tags?,
        hubs: config.hub,
        page: config.page,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
timezone = "Europe/Moscow"
max_items = 50
languages = ["ru", "en"]
sections = ["news", "press"]

[language.ru]
base_url = "https://example.org/ru/"
title = "Вестник"
description = "Новости"

[language.en]
base_url = "https://example.org/en/"
title = "Bulletin"
description = "News"
direction = "ltr"
[language.en.section_titles]
news = "News"
"#;

    fn errors(text: &str) -> String {
        match Site::parse(text, Path::new("site.toml")) {
            Ok(_) => "ok".into(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn good_config_resolves() {
        let site = Site::parse(GOOD, Path::new("site.toml")).unwrap();
        assert_eq!(site.tags.authority, "example.org");
        assert_eq!(
            site.languages[1].feed_title(Some("news")),
            "Bulletin \u{2014} News"
        );
        assert_eq!(
            site.languages[0].feed_url(Some("press"), Format::Atom),
            "https://example.org/ru/press/atom.xml"
        );
        assert_eq!(site.formats, Format::ALL.to_vec());
    }

    #[test]
    fn markup_in_site_texts_is_an_error_naming_its_key() {
        let text = GOOD
            .replace(
                "description = \"News\"",
                "description = \"News &bbbb; more\"",
            )
            .replace(
                "[language.en.section_titles]",
                "[language.en.section_titles]\nsecretariat = \"<b>Sec</b>\"",
            );
        let e = errors(&text);
        assert!(
            e.contains("language.en.description: contains markup `&bbbb;`"),
            "{e}"
        );
        assert!(
            e.contains("language.en.section_titles.secretariat: contains markup"),
            "{e}"
        );
        assert!(errors(&GOOD.replace("description = \"News\"", "description = \"Q & A\"")) == "ok");
        let e = errors(&GOOD.replace("description = \"News\"", "description = \"Or!anis <ion\""));
        assert!(e.contains("language.en.description: text holds `<`"), "{e}");
        let e = errors(&GOOD.replace("description = \"News\"", "description = \"Cafe\\u0301\""));
        assert!(
            e.contains("language.en.description: text is not in Unicode NFC"),
            "{e}"
        );
        let e = errors(&GOOD.replace("description = \"News\"", "description = \"News \\u0085\""));
        assert!(
            e.contains("language.en.description: contains U+0085 (at character 6)"),
            "{e}"
        );
        let e = errors(&GOOD.replace("[\"ru\", \"en\"]", "[\"ru\", \"qaen\"]"));
        assert!(e.contains("`qaen` does not start with an ISO 639"), "{e}");
        // A form feed: HTML allows it, XML does not (found by the site fuzz target).
        let e = errors(&GOOD.replace("description = \"News\"", "description = \"News\\f\""));
        assert!(
            e.contains("language.en.description: contains U+000C"),
            "{e}"
        );
    }

    #[test]
    fn errors_name_line_and_key() {
        let bad = GOOD.replace("https://example.org/en/", "example.org/en");
        assert_eq!(
            errors(&bad),
            "site.toml:13:12: language.en.base_url: `example.org/en` is not an absolute http(s) URL"
        );
        let bad = GOOD.replace("max_items", "max_itemz");
        assert!(
            errors(&bad).contains("did you mean `max_items`?"),
            "{}",
            errors(&bad)
        );
        let bad = GOOD.replace("\"Europe/Moscow\"", "\"Moscow\"");
        assert!(errors(&bad).starts_with("site.toml:2:12: timezone: `Moscow` is not an IANA"));
        let bad = GOOD.replace("\"news\", \"press\"", "\"news\", \"all\"");
        assert!(
            errors(&bad).contains("sections.1: `all` is reserved"),
            "{}",
            errors(&bad)
        );
    }

    #[test]
    fn hubs_are_one_url_or_a_list() {
        let one = GOOD.replace(
            "max_items = 50",
            "max_items = 50\nhub = \"https://hub.example.org/\"",
        );
        let site = Site::parse(&one, Path::new("site.toml")).unwrap();
        assert_eq!(site.hubs, ["https://hub.example.org/"]);
        let two = GOOD.replace(
            "max_items = 50",
            "max_items = 50\nhub = [\"https://a.example/\", \"https://b.example/hub\"]",
        );
        let site = Site::parse(&two, Path::new("site.toml")).unwrap();
        assert_eq!(site.hubs, ["https://a.example/", "https://b.example/hub"]);
        assert!(
            Site::parse(GOOD, Path::new("site.toml"))
                .unwrap()
                .hubs
                .is_empty()
        );
        let bad = GOOD.replace(
            "max_items = 50",
            "max_items = 50\nhub = \"hub.example.org\"",
        );
        assert_eq!(
            errors(&bad),
            "site.toml:4:7: hub: `hub.example.org` is not an absolute http(s) URL (a WebSub hub)"
        );
        let twice = GOOD.replace(
            "max_items = 50",
            "max_items = 50\nhub = [\"https://a.example/\", \"https://a.example/\"]",
        );
        assert!(
            errors(&twice).contains("hub.1: `https://a.example/` is listed twice"),
            "{}",
            errors(&twice)
        );
        let wrong = GOOD.replace("max_items = 50", "max_items = 50\nhub = 3");
        assert!(
            errors(&wrong).contains("a URL or a list of URLs"),
            "{}",
            errors(&wrong)
        );
    }
}
