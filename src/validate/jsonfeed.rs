//! The JSON Feed validator: versions 1.0 and 1.1.
//!
//! Specifications: <https://www.jsonfeed.org/version/1/> and
//! <https://www.jsonfeed.org/version/1.1/>. Version 1.1 added `authors` (deprecating the
//! single `author` object), `language`, and clarified that an item's `id` is a string.
//!
//! The document is parsed once with serde_json into borrowed [`RawValue`]s per object member
//! (as [`crate::input::item`] does), so every finding carries the byte offset of the value it
//! is about (of the object itself for a missing member, of the key for an unknown or repeated
//! member). Diagnostics name the member as `element`, the kind of the object holding it
//! (`feed`, `item`, `author`, `attachment`, `hub`) as `parent`, and its path
//! (`items[2].authors[0].url`) as `field`. Good dates and URLs are confirmed with passes
//! (`ValidW3CDTFDate`, `ValidURI`, `ValidLanguage`), as the W3C validator logs successes.
//!
//! # What the specification leaves open, and how it is read here
//!
//! - **URLs** must be absolute `http`/`https` URLs (`InvalidFullLink`): the spec only says
//!   "URL", but a feed has no base to resolve relative references against. An author's `url`
//!   may also be a `mailto:` link, as the spec allows.
//! - **Dates** are strict RFC 3339 (`2025-12-05T14:30:00+03:00`): a `T` (or `t`) between
//!   date and time, seconds, and an offset are required. A space separator, a bare date or a
//!   missing offset are errors, since many readers reject them. A leap second (`:60`) is
//!   accepted only at 23:59 UTC.
//! - **`id` as a number**: version 1.0 tells readers to coerce it to a string (a warning);
//!   1.1 declares `id` a string (an error). Ids compare after that coercion.
//! - **`null`** for an optional member is a warning (readers treat it as absent); for a
//!   required member it is an error.
//! - **`author` in 1.1** is deprecated: a warning when it stands alone, information only
//!   when `authors` is present too (the compatibility pattern the spec recommends).
//! - **Members of 1.1 in a 1.0 feed** (`authors`, `language`) are reported as unknown to
//!   1.0 readers (a warning) and checked all the same.
//! - **An invalid `version`** is an error, but the document is still checked as the version
//!   it most resembles (1.1 when unclear). The format is [`FeedFormat::Unknown`] only for
//!   JSON that is clearly no feed: not an object, or neither a JSON Feed `version` nor
//!   `items`.
//! - **Extensions** (members whose names start with `_`) are accepted without checks,
//!   wherever they appear.
//! - **Empty content**: an item with only blank `content_html`/`content_text` gets a
//!   warning (photo posts may do this on purpose); an item with neither is an error.

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::input::item::{FUTURE_TOLERANCE_SECS, html_in_text, is_mime_type};
use crate::input::near_miss;
use crate::input::source::{json_error_offset, offset_in, strip_position};
use crate::model::time::{days_from_civil, days_in_month};
use crate::validate::FeedFormat;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

/// The `version` URL of JSON Feed 1.0.
pub const VERSION_1_0: &str = "https://jsonfeed.org/version/1";
/// The `version` URL of JSON Feed 1.1.
pub const VERSION_1_1: &str = "https://jsonfeed.org/version/1.1";

/// What the validator needs to know besides the document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JsonFeedOptions<'a> {
    /// The URL the document was fetched from. When given, a `feed_url` naming another URL
    /// is reported (`SelfDoesntMatchLocation`). Default: `None`, no such check.
    pub base_url: Option<&'a str>,
    /// "Now", in seconds since the Unix epoch, for the future-date check (`ImplausibleDate`
    /// for dates more than a day ahead). Default: `None`, the check is skipped; the
    /// validator never reads the clock.
    pub now: Option<i64>,
}

/// Validates a JSON Feed document. Returns its format (`JsonFeed10`, `JsonFeed11`, or
/// `Unknown` for a document that is not a JSON Feed at all) and every finding, passes
/// included, in document order. Offsets are byte offsets in `bytes` (source 0).
pub fn validate(bytes: &[u8], opts: &JsonFeedOptions<'_>) -> (FeedFormat, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let Some(text) = decode(bytes, &mut diags) else {
        return (FeedFormat::Unknown, diags);
    };
    let start = text.len() - text.trim_start().len();
    let members = if text.as_bytes().get(start) == Some(&b'{') {
        match serde_json::from_str::<Members<'_>>(text) {
            Ok(m) => m.0,
            Err(e) => {
                diags.push(json_error(bytes, text, &e));
                return (FeedFormat::Unknown, diags);
            }
        }
    } else {
        match serde_json::from_str::<&RawValue>(text) {
            Ok(raw) => diags.push(
                Diagnostic::new(
                    Code::JsonFeedWrongType,
                    format!(
                        "a JSON Feed is a JSON object; this document is {}",
                        kind(raw).article()
                    ),
                )
                .with("expected", "object")
                .with("found", kind(raw).name())
                .at(0, offset_in(bytes, raw.get()) as u64),
            ),
            Err(e) => diags.push(json_error(bytes, text, &e)),
        }
        return (FeedFormat::Unknown, diags);
    };
    let mut w = Walker {
        bytes,
        base_url: opts.base_url,
        now: opts.now,
        v11: true,
        diags,
        ids: HashMap::new(),
        feed_lang: None,
        scripts: crate::script::ScriptChecker::new(),
    };
    let feed = Obj {
        kind: FEED,
        path: "",
        at: start + (bytes.len() - text.len()),
    };
    let Some(format) = w.version(&feed, &members) else {
        return (FeedFormat::Unknown, w.diags);
    };
    w.v11 = format == FeedFormat::JsonFeed11;
    w.feed(&feed, &members);
    w.diags.sort_by_key(|d| d.offset);
    (format, w.diags)
}

/// Checks the encoding (a UTF-8 BOM is skipped) and returns the text.
fn decode<'a>(bytes: &'a [u8], diags: &mut Vec<Diagnostic>) -> Option<&'a str> {
    let skip = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let wide = match bytes {
        [0, 0, ..] => Some("UTF-32BE"),
        [0xFE, 0xFF, ..] | [0, _, ..] => Some("UTF-16BE"),
        [0xFF, 0xFE, 0, 0, ..] => Some("UTF-32LE"),
        [0xFF, 0xFE, ..] | [_, 0, ..] => Some("UTF-16LE"),
        _ => None,
    };
    if let Some(enc) = wide {
        diags.push(
            Diagnostic::new(
                Code::InvalidEncoding,
                format!(
                    "the document looks like {enc}; JSON exchanged between systems must be \
                     UTF-8 (RFC 8259), and feed readers expect it"
                ),
            )
            .at(0, 0),
        );
        return None;
    }
    match std::str::from_utf8(&bytes[skip..]) {
        Ok(t) => Some(t),
        Err(e) => {
            let at = skip + e.valid_up_to();
            diags.push(
                Diagnostic::new(
                    Code::InvalidEncoding,
                    format!("byte 0x{:02X} is not part of valid UTF-8", bytes[at]),
                )
                .value(format!("0x{:02X}", bytes[at]))
                .at(0, at as u64),
            );
            None
        }
    }
}

fn json_error(bytes: &[u8], text: &str, e: &serde_json::Error) -> Diagnostic {
    let at = (bytes.len() - text.len()) + json_error_offset(text.as_bytes(), e);
    Diagnostic::new(
        Code::InvalidJson,
        format!("invalid JSON: {}", strip_position(e)),
    )
    .at(0, at as u64)
}

/// The members of a JSON object, in order, repeated keys kept, values unparsed.
struct Members<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for Members<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(k) = map.next_key::<Cow<'de, str>>()? {
                    out.push((k, map.next_value::<&'de RawValue>()?));
                }
                Ok(Members(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// The JSON type of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    String,
    Number,
    Bool,
    Null,
    Array,
    Object,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::String => "string",
            Kind::Number => "number",
            Kind::Bool => "boolean",
            Kind::Null => "null",
            Kind::Array => "array",
            Kind::Object => "object",
        }
    }

    fn article(self) -> &'static str {
        match self {
            Kind::String => "a string",
            Kind::Number => "a number",
            Kind::Bool => "a boolean",
            Kind::Null => "null",
            Kind::Array => "an array",
            Kind::Object => "an object",
        }
    }
}

fn kind(raw: &RawValue) -> Kind {
    match raw.get().as_bytes().first() {
        Some(b'"') => Kind::String,
        Some(b'{') => Kind::Object,
        Some(b'[') => Kind::Array,
        Some(b't' | b'f') => Kind::Bool,
        Some(b'n') => Kind::Null,
        _ => Kind::Number,
    }
}

const FEED: &str = "feed";
const ITEM: &str = "item";
const AUTHOR: &str = "author";
const ATTACHMENT: &str = "attachment";
const HUB: &str = "hub";

const FEED_MEMBERS: &[&str] = &[
    "version",
    "title",
    "home_page_url",
    "feed_url",
    "description",
    "user_comment",
    "next_url",
    "icon",
    "favicon",
    "author",
    "authors",
    "language",
    "expired",
    "hubs",
    "items",
];
const ITEM_MEMBERS: &[&str] = &[
    "id",
    "url",
    "external_url",
    "title",
    "content_html",
    "content_text",
    "summary",
    "image",
    "banner_image",
    "date_published",
    "date_modified",
    "author",
    "authors",
    "tags",
    "language",
    "attachments",
];
const AUTHOR_MEMBERS: &[&str] = &["name", "url", "avatar"];
const ATTACHMENT_MEMBERS: &[&str] = &[
    "url",
    "mime_type",
    "title",
    "size_in_bytes",
    "duration_in_seconds",
];
const HUB_MEMBERS: &[&str] = &["type", "url"];

/// Names borrowed from RSS, Atom or other formats, and the JSON Feed member meant (only
/// hinted where that member belongs to the object).
const FOREIGN_NAMES: &[(&str, &str)] = &[
    ("link", "url"),
    ("href", "url"),
    ("guid", "id"),
    ("content", "content_html"),
    ("description", "summary"),
    ("published", "date_published"),
    ("pubDate", "date_published"),
    ("date", "date_published"),
    ("updated", "date_modified"),
    ("modified", "date_modified"),
    ("categories", "tags"),
    ("category", "tags"),
    ("enclosure", "attachments"),
    ("enclosures", "attachments"),
    ("lang", "language"),
    ("type", "mime_type"),
    ("length", "size_in_bytes"),
    ("email", "url"),
];

/// An object being checked: its kind (the `parent` of its members' findings), its path
/// (`items[2].authors[0]`; empty for the feed) and the offset of its `{`.
#[derive(Debug, Clone, Copy)]
struct Obj<'p> {
    kind: &'static str,
    path: &'p str,
    at: usize,
}

impl Obj<'_> {
    fn field(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    fn child(&self, name: &str, index: Option<usize>) -> String {
        let mut p = self.field(name);
        if let Some(i) = index {
            p.push_str(&format!("[{i}]"));
        }
        p
    }

    fn members(&self) -> &'static [&'static str] {
        match self.kind {
            FEED => FEED_MEMBERS,
            ITEM => ITEM_MEMBERS,
            AUTHOR => AUTHOR_MEMBERS,
            ATTACHMENT => ATTACHMENT_MEMBERS,
            _ => HUB_MEMBERS,
        }
    }
}

/// A finding about member `name` of `obj`, at byte `at`.
fn diag(
    code: Code,
    obj: &Obj<'_>,
    name: &str,
    at: usize,
    message: impl Into<String>,
) -> Diagnostic {
    Diagnostic::new(code, message)
        .element(name, obj.kind)
        .field(obj.field(name))
        .at(0, at as u64)
}

/// A value for a report: at most 200 characters.
fn shown(s: &str) -> String {
    match s.char_indices().nth(200) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// An instant: seconds since the epoch and nanoseconds.
type Instant = (i64, u32);

/// Which URLs a member accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UrlKind {
    /// An absolute `http`/`https` URL.
    Web,
    /// An author's `url`: also a `mailto:` link.
    Author,
}

/// Walks one document, collecting findings.
struct Walker<'a, 'o> {
    bytes: &'a [u8],
    base_url: Option<&'o str>,
    now: Option<i64>,
    v11: bool,
    diags: Vec<Diagnostic>,
    /// Item ids (coerced to strings) and the index of the first item with each.
    ids: HashMap<Cow<'a, str>, usize>,
    /// The feed's `language` (the items' language unless they declare their own).
    feed_lang: Option<String>,
    /// The script check (untranslated items).
    scripts: crate::script::ScriptChecker,
}

impl<'a> Walker<'a, '_> {
    fn at(&self, raw: &RawValue) -> usize {
        offset_in(self.bytes, raw.get())
    }

    /// Offset of the key whose value starts at `value_at` (the value's offset if the bytes
    /// before it do not look like `"key":`).
    fn key_at(&self, value_at: usize) -> usize {
        let b = self.bytes;
        let mut i = value_at;
        let skip_ws = |mut i: usize| {
            while i > 0 && matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r') {
                i -= 1;
            }
            i
        };
        i = skip_ws(i);
        if i == 0 || b[i - 1] != b':' {
            return value_at;
        }
        i = skip_ws(i - 1);
        if i == 0 || b[i - 1] != b'"' {
            return value_at;
        }
        // Find the opening quote: one not escaped by an odd number of backslashes.
        let mut j = i - 1;
        while j > 0 {
            j -= 1;
            if b[j] == b'"' {
                let slashes = b[..j].iter().rev().take_while(|&&c| c == b'\\').count();
                if slashes % 2 == 0 {
                    return j;
                }
            }
        }
        value_at
    }

    fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Reports a value of the wrong JSON type. `null` in an optional member is a warning.
    fn wrong_type(
        &mut self,
        obj: &Obj<'_>,
        name: &str,
        raw: &RawValue,
        expected: Kind,
        required: bool,
    ) {
        let found = kind(raw);
        let mut d = if found == Kind::Null && !required {
            diag(
                Code::JsonFeedWrongType,
                obj,
                name,
                self.at(raw),
                format!(
                    "is null; readers treat it as absent, so leave the member out (it takes {})",
                    expected.article()
                ),
            )
            .severity(Severity::Warning)
        } else {
            diag(
                Code::JsonFeedWrongType,
                obj,
                name,
                self.at(raw),
                format!("must be {}, found {}", expected.article(), found.article()),
            )
        };
        d = d
            .value(shown(raw.get()))
            .with("expected", expected.name())
            .with("found", found.name());
        self.push(d);
    }

    fn string(
        &mut self,
        obj: &Obj<'_>,
        name: &str,
        raw: &'a RawValue,
        required: bool,
    ) -> Option<Cow<'a, str>> {
        if kind(raw) == Kind::String
            && let Ok(s) = serde_json::from_str::<Cow<'a, str>>(raw.get())
        {
            return Some(s);
        }
        self.wrong_type(obj, name, raw, Kind::String, required);
        None
    }

    /// A string that must not be blank.
    fn nonblank(
        &mut self,
        obj: &Obj<'_>,
        name: &str,
        raw: &'a RawValue,
        required: bool,
    ) -> Option<Cow<'a, str>> {
        let s = self.string(obj, name, raw, required)?;
        if s.trim().is_empty() {
            self.push(diag(
                Code::NotBlank,
                obj,
                name,
                self.at(raw),
                "must not be empty",
            ));
            return None;
        }
        Some(s)
    }

    /// Plain text (`title`, `summary`, `description`): markup is reported.
    fn plain_text(&mut self, obj: &Obj<'_>, name: &str, raw: &'a RawValue) -> Option<Cow<'a, str>> {
        let s = self.string(obj, name, raw, false)?;
        if let Some(snippet) = html_in_text(&s) {
            self.push(
                diag(
                    Code::ContainsHTML,
                    obj,
                    name,
                    self.at(raw),
                    format!(
                        "is plain text, but contains markup `{}`; readers may show it literally \
                         (HTML belongs in `content_html`)",
                        shown(snippet)
                    ),
                )
                .value(shown(snippet)),
            );
        }
        Some(s)
    }

    fn array(
        &mut self,
        obj: &Obj<'_>,
        name: &str,
        raw: &'a RawValue,
        required: bool,
    ) -> Option<Vec<&'a RawValue>> {
        if kind(raw) == Kind::Array
            && let Ok(v) = serde_json::from_str::<Vec<&'a RawValue>>(raw.get())
        {
            return Some(v);
        }
        self.wrong_type(obj, name, raw, Kind::Array, required);
        None
    }

    fn object(
        &mut self,
        obj: &Obj<'_>,
        name: &str,
        raw: &'a RawValue,
        required: bool,
    ) -> Option<Vec<(Cow<'a, str>, &'a RawValue)>> {
        if kind(raw) == Kind::Object
            && let Ok(m) = serde_json::from_str::<Members<'a>>(raw.get())
        {
            return Some(m.0);
        }
        self.wrong_type(obj, name, raw, Kind::Object, required);
        None
    }

    fn url(
        &mut self,
        obj: &Obj<'_>,
        name: &str,
        raw: &'a RawValue,
        which: UrlKind,
        required: bool,
    ) -> Option<Cow<'a, str>> {
        let s = self.nonblank(obj, name, raw, required)?;
        let at = self.at(raw);
        match check_url(&s, which) {
            Ok(()) => {
                self.push(
                    diag(Code::ValidURI, obj, name, at, "is an absolute URL").value(shown(&s)),
                );
                Some(s)
            }
            Err(why) => {
                self.push(
                    diag(
                        Code::InvalidFullLink,
                        obj,
                        name,
                        at,
                        format!("`{}` {why}", shown(&s)),
                    )
                    .value(shown(&s)),
                );
                None
            }
        }
    }

    fn date(&mut self, obj: &Obj<'_>, name: &str, raw: &'a RawValue) -> Option<Instant> {
        let s = self.string(obj, name, raw, false)?;
        let at = self.at(raw);
        match parse_rfc3339(&s) {
            Ok(t) => {
                self.push(
                    diag(
                        Code::ValidW3CDTFDate,
                        obj,
                        name,
                        at,
                        "is a valid RFC 3339 date-time",
                    )
                    .value(shown(&s)),
                );
                if let Some(now) = self.now
                    && t.0 > now.saturating_add(FUTURE_TOLERANCE_SECS)
                {
                    self.push(
                        diag(
                            Code::ImplausibleDate,
                            obj,
                            name,
                            at,
                            format!(
                                "`{s}` is more than a day in the future (now is {})",
                                crate::model::time::format_unix_utc(now)
                            ),
                        )
                        .value(shown(&s)),
                    );
                }
                Some(t)
            }
            Err(why) => {
                self.push(diag(Code::InvalidRFC3339Date, obj, name, at, why).value(shown(&s)));
                None
            }
        }
    }

    fn language(&mut self, obj: &Obj<'_>, name: &str, raw: &'a RawValue) {
        let Some(s) = self.string(obj, name, raw, false) else {
            return;
        };
        let at = self.at(raw);
        match crate::lang::check_tag(&s) {
            Ok(canonical) => {
                self.push(
                    diag(
                        Code::ValidLanguage,
                        obj,
                        name,
                        at,
                        "is a valid BCP 47 language tag",
                    )
                    .value(shown(&s)),
                );
                if canonical != s {
                    self.push(
                        diag(
                            Code::NonCanonicalLanguageTag,
                            obj,
                            name,
                            at,
                            format!("`{s}` is usually written `{canonical}`"),
                        )
                        .value(shown(&s))
                        .severity(Severity::Info),
                    );
                }
            }
            Err(why) => self.push(diag(Code::InvalidLanguage, obj, name, at, why).value(shown(&s))),
        }
    }

    /// A member of 1.1 (`authors`, `language`) in a 1.0 feed.
    fn newer_member(&mut self, obj: &Obj<'_>, name: &str, raw: &RawValue) {
        if !self.v11 {
            let at = self.key_at(self.at(raw));
            self.push(diag(
                Code::JsonFeedUnknownMember,
                obj,
                name,
                at,
                format!(
                    "`{name}` was added in JSON Feed 1.1; readers of this 1.0 feed ignore it \
                     (declare `\"version\": \"{VERSION_1_1}\"`)"
                ),
            ));
        }
    }

    fn unknown(&mut self, obj: &Obj<'_>, name: &str, raw: &RawValue) {
        let at = self.key_at(self.at(raw));
        let members = obj.members();
        let hint = if let Some(k) = near_miss(name, members.iter().copied()) {
            format!(" (did you mean `{k}`?)")
        } else if let Some((_, k)) = FOREIGN_NAMES
            .iter()
            .find(|(f, k)| *f == name && members.contains(k))
        {
            match name {
                "content" => " (JSON Feed uses `content_html` or `content_text`)".to_string(),
                "email" => " (JSON Feed has none: use `url` with a `mailto:` link)".to_string(),
                _ => format!(" (JSON Feed calls it `{k}`)"),
            }
        } else if obj.kind == FEED && ITEM_MEMBERS.contains(&name) {
            " (it is a member of each item, not of the feed)".to_string()
        } else if obj.kind == ITEM && FEED_MEMBERS.contains(&name) {
            " (it is a member of the feed, not of an item)".to_string()
        } else {
            String::new()
        };
        self.push(diag(
            Code::JsonFeedUnknownMember,
            obj,
            name,
            at,
            format!(
                "`{name}` is not a JSON Feed {} member{hint}; custom members need a name \
                 starting with `_`",
                obj.kind
            ),
        ));
    }

    /// Reports repeated keys of one object (each repeat at its key). Returns nothing: every
    /// occurrence is checked, and cross-member checks use the last, as most parsers do.
    fn repeats(&mut self, obj: &Obj<'_>, members: &[(Cow<'a, str>, &'a RawValue)]) {
        for (i, (k, v)) in members.iter().enumerate() {
            if members[..i].iter().any(|(p, _)| p == k) {
                let at = self.key_at(self.at(v));
                self.push(diag(
                    Code::DuplicateElement,
                    obj,
                    k,
                    at,
                    format!("`{k}` appears more than once in this object; readers keep only one"),
                ));
            }
        }
    }

    /// Decides the version. `None`: the document is not a JSON Feed (reported).
    fn version(
        &mut self,
        feed: &Obj<'_>,
        members: &[(Cow<'a, str>, &'a RawValue)],
    ) -> Option<FeedFormat> {
        let version = last(members, "version");
        let has_items = last(members, "items").is_some();
        let Some(raw) = version else {
            if !has_items {
                self.push(diag(
                    Code::MissingElement,
                    feed,
                    "version",
                    feed.at,
                    "this JSON object is not a JSON Feed: it has neither `version` nor `items`",
                ));
                return None;
            }
            self.push(diag(
                Code::MissingElement,
                feed,
                "version",
                feed.at,
                format!(
                    "a JSON Feed must declare its `version` (`\"version\": \"{VERSION_1_1}\"`); \
                     checked as 1.1"
                ),
            ));
            return Some(FeedFormat::JsonFeed11);
        };
        let at = self.at(raw);
        let s = if kind(raw) == Kind::String {
            serde_json::from_str::<Cow<'a, str>>(raw.get()).ok()
        } else {
            None
        };
        let Some(s) = s else {
            if !has_items {
                self.push(
                    diag(
                        Code::JsonFeedInvalidVersion,
                        feed,
                        "version",
                        at,
                        "this JSON object is not a JSON Feed: its `version` is not a JSON Feed \
                         version URL and it has no `items`",
                    )
                    .value(shown(raw.get())),
                );
                return None;
            }
            self.wrong_type(feed, "version", raw, Kind::String, true);
            return Some(FeedFormat::JsonFeed11);
        };
        match s.as_ref() {
            VERSION_1_0 => return Some(FeedFormat::JsonFeed10),
            VERSION_1_1 => return Some(FeedFormat::JsonFeed11),
            _ => {}
        }
        let lower = s.trim().to_ascii_lowercase();
        let looks_like = lower.contains("jsonfeed.org");
        if !looks_like && !has_items {
            self.push(
                diag(
                    Code::JsonFeedInvalidVersion,
                    feed,
                    "version",
                    at,
                    format!(
                        "this JSON object is not a JSON Feed: `version` is `{}`, not a JSON \
                         Feed version URL, and it has no `items`",
                        shown(&s)
                    ),
                )
                .value(shown(&s)),
            );
            return None;
        }
        let (format, meant) = if lower.contains("1.1") || !lower.contains("/version/1") {
            (FeedFormat::JsonFeed11, VERSION_1_1)
        } else {
            (FeedFormat::JsonFeed10, VERSION_1_0)
        };
        self.push(
            diag(
                Code::JsonFeedInvalidVersion,
                feed,
                "version",
                at,
                format!(
                    "`{}` is not a JSON Feed version: it must be exactly `{VERSION_1_1}` or \
                     `{VERSION_1_0}`; checked as `{meant}`",
                    shown(&s)
                ),
            )
            .value(shown(&s)),
        );
        Some(format)
    }

    fn feed(&mut self, feed: &Obj<'_>, members: &[(Cow<'a, str>, &'a RawValue)]) {
        self.repeats(feed, members);
        let mut feed_url = None;
        let mut next_url: Option<(Cow<'a, str>, &RawValue)> = None;
        let mut has_authors = false;
        self.feed_lang = last(members, "language")
            .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok());
        for (name, raw) in members {
            let raw = *raw;
            match name.as_ref() {
                "version" => {} // checked by `version`
                "title" => {
                    if self.nonblank(feed, name, raw, true).is_some() {
                        self.plain_text(feed, name, raw);
                    }
                }
                "description" => {
                    self.plain_text(feed, name, raw);
                }
                "user_comment" => {
                    self.string(feed, name, raw, false);
                }
                "home_page_url" | "icon" | "favicon" => {
                    self.url(feed, name, raw, UrlKind::Web, false);
                }
                "feed_url" => {
                    feed_url = self.url(feed, name, raw, UrlKind::Web, false);
                    if let (Some(u), Some(base)) = (&feed_url, self.base_url)
                        && !same_url(u, base)
                    {
                        self.push(
                            diag(
                                Code::SelfDoesntMatchLocation,
                                feed,
                                name,
                                self.at(raw),
                                format!(
                                    "`{}` is not the URL the feed was read from (`{}`)",
                                    shown(u),
                                    shown(base)
                                ),
                            )
                            .value(shown(u))
                            .with("location", base),
                        );
                    }
                }
                "next_url" => {
                    next_url = self
                        .url(feed, name, raw, UrlKind::Web, false)
                        .map(|u| (u, raw));
                }
                "expired" => {
                    if kind(raw) != Kind::Bool {
                        self.wrong_type(feed, name, raw, Kind::Bool, false);
                    }
                }
                "author" => self.author_member(feed, name, raw),
                "authors" => {
                    has_authors = true;
                    self.newer_member(feed, name, raw);
                    self.authors(feed, name, raw);
                }
                "language" => {
                    self.newer_member(feed, name, raw);
                    self.language(feed, name, raw);
                }
                "hubs" => self.hubs(feed, raw),
                "items" => self.items(feed, raw),
                n if n.starts_with('_') => {}
                _ => self.unknown(feed, name, raw),
            }
        }
        self.deprecated_author(feed, members, has_authors);
        if last(members, "title").is_none() {
            self.push(diag(
                Code::MissingElement,
                feed,
                "title",
                feed.at,
                "a JSON Feed must have a `title`",
            ));
        }
        if last(members, "items").is_none() {
            self.push(diag(
                Code::MissingElement,
                feed,
                "items",
                feed.at,
                "a JSON Feed must have an `items` array (it may be empty)",
            ));
        }
        for name in ["home_page_url", "feed_url"] {
            if last(members, name).is_none() {
                self.push(diag(
                    Code::MissingRecommendedElement,
                    feed,
                    name,
                    feed.at,
                    format!("`{name}` is strongly recommended for a feed published on the web"),
                ));
            }
        }
        if let (Some((next, raw)), Some(this)) = (next_url, feed_url)
            && same_url(&next, &this)
        {
            self.push(
                diag(
                    Code::DuplicateValue,
                    feed,
                    "next_url",
                    self.at(raw),
                    "`next_url` is the feed's own `feed_url`: a reader following it would loop",
                )
                .value(shown(&next)),
            );
        }
    }

    /// `author` in a 1.1 object: deprecated (information only when `authors` is there too).
    fn deprecated_author(
        &mut self,
        obj: &Obj<'_>,
        members: &[(Cow<'a, str>, &'a RawValue)],
        has_authors: bool,
    ) {
        if !self.v11 {
            return;
        }
        let Some(raw) = last(members, "author") else {
            return;
        };
        let at = self.key_at(self.at(raw));
        let d = if has_authors {
            diag(
                Code::JsonFeedDeprecatedMember,
                obj,
                "author",
                at,
                "`author` is the JSON Feed 1.0 form, kept here for old readers; 1.1 readers use \
                 `authors`",
            )
            .severity(Severity::Info)
        } else {
            diag(
                Code::JsonFeedDeprecatedMember,
                obj,
                "author",
                at,
                "`author` is deprecated in JSON Feed 1.1: use an `authors` array (keep `author` \
                 as well only for 1.0 readers)",
            )
        };
        self.push(d);
    }

    fn author_member(&mut self, parent: &Obj<'_>, name: &str, raw: &'a RawValue) {
        if let Some(m) = self.object(parent, name, raw, false) {
            let path = parent.field(name);
            self.author(&path, self.at(raw), &m);
        }
    }

    fn authors(&mut self, parent: &Obj<'_>, name: &str, raw: &'a RawValue) {
        let Some(list) = self.array(parent, name, raw, false) else {
            return;
        };
        for (i, el) in list.into_iter().enumerate() {
            if kind(el) != Kind::Object {
                let at = self.at(el);
                self.push(
                    diag(
                        Code::JsonFeedWrongType,
                        parent,
                        name,
                        at,
                        format!(
                            "`{name}[{i}]` must be an author object, found {}",
                            kind(el).article()
                        ),
                    )
                    .value(shown(el.get()))
                    .with("expected", "object")
                    .with("found", kind(el).name()),
                );
                continue;
            }
            if let Ok(m) = serde_json::from_str::<Members<'a>>(el.get()) {
                let path = parent.child(name, Some(i));
                self.author(&path, self.at(el), &m.0);
            }
        }
    }

    fn author(&mut self, path: &str, at: usize, members: &[(Cow<'a, str>, &'a RawValue)]) {
        let obj = Obj {
            kind: AUTHOR,
            path,
            at,
        };
        self.repeats(&obj, members);
        let mut useful = false;
        for (name, raw) in members {
            let raw = *raw;
            match name.as_ref() {
                "name" => {
                    if let Some(s) = self.string(&obj, name, raw, false)
                        && !s.trim().is_empty()
                    {
                        useful = true;
                    }
                }
                "url" => useful |= self.url(&obj, name, raw, UrlKind::Author, false).is_some(),
                "avatar" => useful |= self.url(&obj, name, raw, UrlKind::Web, false).is_some(),
                n if n.starts_with('_') => {}
                _ => self.unknown(&obj, name, raw),
            }
        }
        let present = ["name", "url", "avatar"]
            .iter()
            .any(|n| last(members, n).is_some());
        if !present {
            self.push(diag(
                Code::MissingElement,
                &obj,
                "name",
                at,
                "an author object needs at least one of `name`, `url` or `avatar`",
            ));
        } else if !useful {
            // The members are there but none is usable; each was reported already unless
            // it is a blank name.
            if let Some(raw) = last(members, "name")
                && kind(raw) == Kind::String
            {
                self.push(diag(
                    Code::NotBlank,
                    &obj,
                    "name",
                    self.at(raw),
                    "is empty, and the author has no `url` or `avatar` either",
                ));
            }
        }
    }

    fn hubs(&mut self, feed: &Obj<'_>, raw: &'a RawValue) {
        let Some(list) = self.array(feed, "hubs", raw, false) else {
            return;
        };
        for (i, el) in list.into_iter().enumerate() {
            if kind(el) != Kind::Object {
                self.push(
                    diag(
                        Code::JsonFeedWrongType,
                        feed,
                        "hubs",
                        self.at(el),
                        format!(
                            "`hubs[{i}]` must be a hub object, found {}",
                            kind(el).article()
                        ),
                    )
                    .value(shown(el.get()))
                    .with("expected", "object")
                    .with("found", kind(el).name()),
                );
                continue;
            }
            let Ok(Members(members)) = serde_json::from_str::<Members<'a>>(el.get()) else {
                continue;
            };
            let path = feed.child("hubs", Some(i));
            let obj = Obj {
                kind: HUB,
                path: &path,
                at: self.at(el),
            };
            self.repeats(&obj, &members);
            for (name, raw) in &members {
                let raw = *raw;
                match name.as_ref() {
                    "type" => {
                        self.nonblank(&obj, name, raw, true);
                    }
                    "url" => {
                        self.url(&obj, name, raw, UrlKind::Web, true);
                    }
                    n if n.starts_with('_') => {}
                    _ => self.unknown(&obj, name, raw),
                }
            }
            for name in ["type", "url"] {
                if last(&members, name).is_none() {
                    self.push(diag(
                        Code::MissingElement,
                        &obj,
                        name,
                        obj.at,
                        format!("a hub must have a `{name}`"),
                    ));
                }
            }
        }
    }

    fn items(&mut self, feed: &Obj<'_>, raw: &'a RawValue) {
        let Some(list) = self.array(feed, "items", raw, true) else {
            return;
        };
        for (i, el) in list.into_iter().enumerate() {
            if kind(el) != Kind::Object {
                self.push(
                    diag(
                        Code::JsonFeedWrongType,
                        feed,
                        "items",
                        self.at(el),
                        format!(
                            "`items[{i}]` must be an item object, found {}",
                            kind(el).article()
                        ),
                    )
                    .value(shown(el.get()))
                    .with("expected", "object")
                    .with("found", kind(el).name()),
                );
                continue;
            }
            if let Ok(Members(members)) = serde_json::from_str::<Members<'a>>(el.get()) {
                let path = format!("items[{i}]");
                let obj = Obj {
                    kind: ITEM,
                    path: &path,
                    at: self.at(el),
                };
                self.item(&obj, i, &members);
            }
        }
    }

    fn item(&mut self, item: &Obj<'_>, index: usize, members: &[(Cow<'a, str>, &'a RawValue)]) {
        self.repeats(item, members);
        let mut published: Option<Instant> = None;
        let mut modified: Option<(Instant, &RawValue)> = None;
        let mut has_authors = false;
        let mut content_present = false;
        let mut content_nonblank = false;
        let mut texts: Vec<Cow<'a, str>> = Vec::new();
        for (name, raw) in members {
            let raw = *raw;
            match name.as_ref() {
                "id" => self.id(item, index, raw),
                "url" | "external_url" | "image" | "banner_image" => {
                    self.url(item, name, raw, UrlKind::Web, false);
                }
                "title" | "summary" => {
                    texts.extend(self.plain_text(item, name, raw));
                }
                "content_html" | "content_text" => {
                    if let Some(s) = self.string(item, name, raw, false) {
                        content_present = true;
                        content_nonblank |= !s.trim().is_empty();
                        texts.push(s);
                    }
                }
                "date_published" => published = self.date(item, name, raw),
                "date_modified" => modified = self.date(item, name, raw).map(|t| (t, raw)),
                "author" => self.author_member(item, name, raw),
                "authors" => {
                    has_authors = true;
                    self.newer_member(item, name, raw);
                    self.authors(item, name, raw);
                }
                "tags" => self.tags(item, raw),
                "language" => {
                    self.newer_member(item, name, raw);
                    self.language(item, name, raw);
                }
                "attachments" => self.attachments(item, raw),
                n if n.starts_with('_') => {}
                _ => self.unknown(item, name, raw),
            }
        }
        // The script of the text against the item's (or the feed's) language.
        let lang = last(members, "language")
            .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok())
            .or_else(|| self.feed_lang.clone());
        if let Some(lang) = lang {
            let texts: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
            if let Some(m) = self.scripts.check(&lang, &texts) {
                self.push(diag(
                    Code::UntranslatedItem,
                    item,
                    "language",
                    item.at,
                    m.message(&lang),
                ));
            }
        }
        self.deprecated_author(item, members, has_authors);
        if last(members, "id").is_none() {
            self.push(diag(
                Code::MissingElement,
                item,
                "id",
                item.at,
                "an item must have an `id`; readers discard items without one",
            ));
        }
        let has = |n: &str| last(members, n).is_some();
        if !has("content_html") && !has("content_text") {
            self.push(diag(
                Code::JsonFeedMissingContent,
                item,
                "content_html",
                item.at,
                "an item must have `content_html`, `content_text` or both",
            ));
        } else if content_present && !content_nonblank {
            let raw = last(members, "content_html")
                .or_else(|| last(members, "content_text"))
                .unwrap_or(members[0].1);
            let name = if has("content_html") {
                "content_html"
            } else {
                "content_text"
            };
            self.push(
                diag(
                    Code::JsonFeedMissingContent,
                    item,
                    name,
                    self.at(raw),
                    "the item's content is empty",
                )
                .severity(Severity::Warning),
            );
        }
        if !has("url") {
            self.push(diag(
                Code::MissingRecommendedElement,
                item,
                "url",
                item.at,
                "an item should have a `url` (its permalink), even when the `id` is a URL",
            ));
        }
        if let (Some(p), Some((m, raw))) = (published, modified)
            && m < p
        {
            self.push(
                diag(
                    Code::UpdatedBeforePublished,
                    item,
                    "date_modified",
                    self.at(raw),
                    "is earlier than `date_published`",
                )
                .severity(Severity::Warning),
            );
        }
    }

    fn id(&mut self, item: &Obj<'_>, index: usize, raw: &'a RawValue) {
        let at = self.at(raw);
        let id: Cow<'a, str> = match kind(raw) {
            Kind::String => match self.nonblank(item, "id", raw, true) {
                Some(s) => s,
                None => return,
            },
            Kind::Number => {
                let v11 = self.v11;
                let mut d = diag(
                    Code::JsonFeedWrongType,
                    item,
                    "id",
                    at,
                    if v11 {
                        "must be a string, found a number (JSON Feed 1.1 requires a string; \
                         readers may coerce it)"
                    } else {
                        "is a number; readers coerce it to a string, but a string is safer"
                    },
                )
                .value(raw.get())
                .with("expected", "string")
                .with("found", "number");
                if !v11 {
                    d = d.severity(Severity::Warning);
                }
                self.push(d);
                Cow::Borrowed(raw.get())
            }
            _ => {
                self.wrong_type(item, "id", raw, Kind::String, true);
                return;
            }
        };
        if let Some(&first) = self.ids.get(&id) {
            self.push(
                diag(
                    Code::DuplicateEntries,
                    item,
                    "id",
                    at,
                    format!(
                        "`{}` is also the id of `items[{first}]`; readers will show only one of them",
                        shown(&id)
                    ),
                )
                .value(shown(&id)),
            );
        } else {
            self.ids.insert(id, index);
        }
    }

    fn tags(&mut self, item: &Obj<'_>, raw: &'a RawValue) {
        let Some(list) = self.array(item, "tags", raw, false) else {
            return;
        };
        for (i, el) in list.into_iter().enumerate() {
            let at = self.at(el);
            match (kind(el), serde_json::from_str::<Cow<'_, str>>(el.get())) {
                (Kind::String, Ok(s)) => {
                    if s.trim().is_empty() {
                        self.push(
                            diag(
                                Code::NotBlank,
                                item,
                                "tags",
                                at,
                                format!("`tags[{i}]` is empty"),
                            )
                            .severity(Severity::Warning),
                        );
                    }
                }
                _ => self.push(
                    diag(
                        Code::JsonFeedWrongType,
                        item,
                        "tags",
                        at,
                        format!("`tags[{i}]` must be a string, found {}", kind(el).article()),
                    )
                    .value(shown(el.get()))
                    .with("expected", "string")
                    .with("found", kind(el).name()),
                ),
            }
        }
    }

    fn attachments(&mut self, item: &Obj<'_>, raw: &'a RawValue) {
        let Some(list) = self.array(item, "attachments", raw, false) else {
            return;
        };
        for (i, el) in list.into_iter().enumerate() {
            if kind(el) != Kind::Object {
                self.push(
                    diag(
                        Code::JsonFeedWrongType,
                        item,
                        "attachments",
                        self.at(el),
                        format!(
                            "`attachments[{i}]` must be an attachment object, found {}",
                            kind(el).article()
                        ),
                    )
                    .value(shown(el.get()))
                    .with("expected", "object")
                    .with("found", kind(el).name()),
                );
                continue;
            }
            let Ok(Members(members)) = serde_json::from_str::<Members<'a>>(el.get()) else {
                continue;
            };
            let path = item.child("attachments", Some(i));
            let obj = Obj {
                kind: ATTACHMENT,
                path: &path,
                at: self.at(el),
            };
            self.repeats(&obj, &members);
            for (name, raw) in &members {
                let raw = *raw;
                match name.as_ref() {
                    "url" => {
                        self.url(&obj, name, raw, UrlKind::Web, true);
                    }
                    "mime_type" => {
                        if let Some(s) = self.nonblank(&obj, name, raw, true)
                            && !is_mime_type(&s)
                        {
                            self.push(
                                diag(
                                    Code::InvalidMIMEType,
                                    &obj,
                                    name,
                                    self.at(raw),
                                    format!(
                                        "`{}` is not a MIME type such as `audio/mpeg`",
                                        shown(&s)
                                    ),
                                )
                                .value(shown(&s)),
                            );
                        }
                    }
                    "title" => {
                        self.string(&obj, name, raw, false);
                    }
                    "size_in_bytes" => self.count(&obj, name, raw, true),
                    "duration_in_seconds" => self.count(&obj, name, raw, false),
                    n if n.starts_with('_') => {}
                    _ => self.unknown(&obj, name, raw),
                }
            }
            for name in ["url", "mime_type"] {
                if last(&members, name).is_none() {
                    self.push(diag(
                        Code::MissingElement,
                        &obj,
                        name,
                        obj.at,
                        format!("an attachment must have a `{name}`"),
                    ));
                }
            }
        }
    }

    /// A number ≥ 0 (`integer`: also a whole number).
    fn count(&mut self, obj: &Obj<'_>, name: &str, raw: &'a RawValue, integer: bool) {
        if kind(raw) != Kind::Number {
            self.wrong_type(obj, name, raw, Kind::Number, false);
            return;
        }
        let Ok(v) = serde_json::from_str::<f64>(raw.get()) else {
            return;
        };
        let why = if v < 0.0 {
            "must not be negative"
        } else if integer && v.fract() != 0.0 {
            "must be a whole number of bytes"
        } else {
            return;
        };
        self.push(
            diag(
                Code::InvalidNonNegativeInteger,
                obj,
                name,
                self.at(raw),
                format!("`{}` {why}", raw.get()),
            )
            .value(raw.get()),
        );
    }
}

/// The last value of member `name` (the one most JSON parsers keep).
fn last<'a>(members: &[(Cow<'a, str>, &'a RawValue)], name: &str) -> Option<&'a RawValue> {
    members
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| *v)
}

/// `Ok` for a URL the member accepts; else why not.
fn check_url(s: &str, which: UrlKind) -> Result<(), &'static str> {
    if s.trim() != s {
        return Err("has leading or trailing whitespace");
    }
    if s.bytes()
        .any(|c| c.is_ascii_whitespace() || c.is_ascii_control())
    {
        return Err("contains a space or control character (escape it as `%20`...)");
    }
    match url::Url::parse(s) {
        Ok(u) => match u.scheme() {
            "http" | "https" if u.host_str().is_none_or(str::is_empty) => Err("has no host"),
            "http" | "https" => Ok(()),
            "mailto" if which == UrlKind::Author => Ok(()),
            _ if which == UrlKind::Author => Err("is not an http(s) or mailto: URL"),
            _ => Err("is not an http(s) URL"),
        },
        Err(url::ParseError::RelativeUrlWithoutBase) => Err(
            "is a relative URL; a feed has no base to resolve it against, so give an absolute http(s) URL",
        ),
        Err(_) => Err("is not a valid URL"),
    }
}

/// True when two URLs are the same after parsing (case of scheme and host, default port,
/// empty path), or equal as strings when either does not parse.
fn same_url(a: &str, b: &str) -> bool {
    match (url::Url::parse(a), url::Url::parse(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Parses a strict RFC 3339 date-time (section 5.6): `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`,
/// `t` and `z` accepted in lower case. Returns the instant, or why the value is not one.
fn parse_rfc3339(s: &str) -> Result<Instant, String> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = b.get(r)?;
        d.iter()
            .all(u8::is_ascii_digit)
            .then(|| d.iter().fold(0, |v, c| v * 10 + u32::from(c - b'0')))
    };
    let example = "an RFC 3339 date-time such as `2025-12-05T14:30:00+03:00`";
    let not = |why: &str| Err(format!("`{}` is not {example}{why}", shown(s)));
    let date = b.len() >= 10 && b[4] == b'-' && b[7] == b'-';
    let (Some(y), Some(mo), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return not(&foreign_date_hint(s));
    };
    if !date {
        return not(&foreign_date_hint(s));
    }
    if b.len() == 10 {
        return not(": it is a date without a time and UTC offset");
    }
    match b[10] {
        b'T' | b't' => {}
        b' ' => return not(": date and time must be separated by `T`, not a space"),
        _ => return not(""),
    }
    let (Some(h), Some(mi)) = (num(11..13), num(14..16)) else {
        return not("");
    };
    if b.get(13) != Some(&b':') {
        return not("");
    }
    if b.get(16) != Some(&b':') {
        return not(": seconds are required (`14:30:00`)");
    }
    let Some(sec) = num(17..19) else {
        return not("");
    };
    let mut i = 19;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return not(": a `.` must be followed by digits");
        }
        for (k, c) in b[start..i.min(start + 9)].iter().enumerate() {
            nanos += u32::from(c - b'0') * 10u32.pow(8 - k as u32);
        }
    }
    let offset_min: i64 = match &b[i..] {
        [] => return not(": it has no UTC offset (add `Z` or an offset such as `+03:00`)"),
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2]
            if [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()) =>
        {
            let oh = i64::from((h1 - b'0') * 10 + (h2 - b'0'));
            let om = i64::from((m1 - b'0') * 10 + (m2 - b'0'));
            if oh > 23 || om > 59 {
                return Err(format!(
                    "`{}`: the UTC offset {} is out of range",
                    shown(s),
                    &s[i..]
                ));
            }
            if *sign == b'-' {
                -(oh * 60 + om)
            } else {
                oh * 60 + om
            }
        }
        [b'+' | b'-', rest @ ..] if rest.iter().all(u8::is_ascii_digit) => {
            return not(": the offset must be written with a colon, as `+03:00`");
        }
        _ => return not(""),
    };
    let impossible = |what: String| Err(format!("`{}`: {what}", shown(s)));
    if !(1..=12).contains(&mo) {
        return impossible(format!("there is no month {mo:02}"));
    }
    if d == 0 || d > days_in_month(i64::from(y), mo) {
        return impossible(format!("{y:04}-{mo:02} has no day {d:02}"));
    }
    if h > 23 || mi > 59 || sec > 60 {
        return impossible(format!("{h:02}:{mi:02}:{sec:02} is not a time of day"));
    }
    if sec == 60 && (i64::from(h * 60 + mi) - offset_min).rem_euclid(1440) != 23 * 60 + 59 {
        return impossible("second 60 exists only in a leap second, at 23:59:60 UTC".into());
    }
    let unix = days_from_civil(i64::from(y), mo, d) * 86_400
        + i64::from(h * 3600 + mi * 60 + sec.min(59))
        - offset_min * 60;
    Ok((unix, nanos))
}

/// A hint for dates in other formats (RSS's RFC 822, Unix timestamps).
fn foreign_date_hint(s: &str) -> String {
    let t = s.trim();
    if t.starts_with(|c: char| c.is_ascii_alphabetic()) && t.contains(':') {
        ": it looks like an RFC 822 date (as in RSS)".into()
    } else if !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()) {
        ": it looks like a Unix timestamp".into()
    } else if t.len() >= 10 && matches!(t.as_bytes()[2], b'.' | b'/') {
        ": the year comes first (`YYYY-MM-DD`)".into()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V10: &str = VERSION_1_0;
    const V11: &str = VERSION_1_1;

    /// `Code{element,parent,value}` per finding (passes left out), with ` [severity]` when it
    /// is not the code's default.
    fn render(diags: &[Diagnostic], passes: bool) -> String {
        diags
            .iter()
            .filter(|d| passes == (d.severity == Severity::Pass))
            .map(|d| {
                let sev = if d.severity == d.code.severity() {
                    String::new()
                } else {
                    format!(" [{}]", d.severity)
                };
                format!(
                    "{}{{{},{},{}}}{sev}\n",
                    d.code,
                    d.element.as_deref().unwrap_or(""),
                    d.parent.as_deref().unwrap_or(""),
                    d.value.as_deref().unwrap_or("")
                )
            })
            .collect()
    }

    fn run_with(json: &str, opts: &JsonFeedOptions<'_>) -> (FeedFormat, Vec<Diagnostic>) {
        let (format, diags) = validate(json.as_bytes(), opts);
        for d in &diags {
            assert!(!d.message.is_empty() && !d.message.contains('\n'), "{d:?}");
            assert_eq!(d.source, Some(0), "{d:?}");
            assert!(d.offset.is_some_and(|o| o as usize <= json.len()), "{d:?}");
        }
        (format, diags)
    }

    /// Checks the findings (not the passes) of `json`, one `Code{element,parent,value}` line
    /// each, in document order.
    #[track_caller]
    fn check(json: &str, expect: &str) {
        check_with(json, &JsonFeedOptions::default(), expect);
    }

    #[track_caller]
    fn check_with(json: &str, opts: &JsonFeedOptions<'_>, expect: &str) {
        let (_, diags) = run_with(json, opts);
        let expect: String = expect
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(render(&diags, false), expect, "{json}");
    }

    /// A 1.1 feed with the recommended members, `extra` feed members and `items`.
    fn feed(version: &str, extra: &str, items: &str) -> String {
        format!(
            r#"{{"version":"{version}","title":"T","home_page_url":"https://e.org/",
            "feed_url":"https://e.org/feed.json"{extra},"items":[{items}]}}"#
        )
    }

    /// An item with `id`, `url` and `content_text`, plus `extra` members.
    fn item(extra: &str) -> String {
        format!(r#"{{"id":"1","url":"https://e.org/1","content_text":"x"{extra}}}"#)
    }

    fn format_of(json: &str) -> FeedFormat {
        validate(json.as_bytes(), &JsonFeedOptions::default()).0
    }

    /// The text at a finding's offset.
    fn at<'a>(json: &'a str, d: &Diagnostic) -> &'a str {
        &json[d.offset.unwrap() as usize..]
    }

    fn find(diags: &[Diagnostic], code: Code) -> &Diagnostic {
        diags
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("no {code} in {diags:#?}"))
    }

    // ---- complete feeds ----

    #[test]
    fn complete_1_1_feed_has_no_findings() {
        let json = include_str!("../../tests/fixtures/jsonfeed/complete-1.1.json");
        let opts = JsonFeedOptions {
            base_url: Some("https://harbour.example.org/feed.json"),
            now: Some(1_765_000_000), // 2025-12-06
        };
        let (format, diags) = run_with(json, &opts);
        assert_eq!(format, FeedFormat::JsonFeed11);
        assert_eq!(render(&diags, false), "");
        let passes = render(&diags, true);
        assert_eq!(passes.matches("ValidURI{").count(), 16, "{passes}");
        assert_eq!(passes.matches("ValidW3CDTFDate{").count(), 3, "{passes}");
        assert_eq!(passes.matches("ValidLanguage{").count(), 3, "{passes}");
        assert!(passes.contains("ValidURI{url,author,mailto:office@harbour.example.org}"));
        assert!(passes.contains("ValidW3CDTFDate{date_modified,item,2025-12-05T16:05:30.250Z}"));
        let d = diags
            .iter()
            .find(|d| {
                d.code == Code::ValidURI && d.value.as_deref().unwrap().ends_with("storm.ogg")
            })
            .unwrap();
        assert_eq!(d.field.as_deref(), Some("items[0].attachments[1].url"));
        assert!(at(json, d).starts_with("\"https://harbour.example.org/audio/storm.ogg\""));
    }

    #[test]
    fn complete_1_0_feed_has_no_findings() {
        let json = include_str!("../../tests/fixtures/jsonfeed/complete-1.0.json");
        let (format, diags) = run_with(json, &JsonFeedOptions::default());
        assert_eq!(format, FeedFormat::JsonFeed10);
        assert_eq!(render(&diags, false), "");
    }

    #[test]
    fn polyfeed_output_has_no_findings() {
        let snap = include_str!("../../tests/snapshots/sample/en__feed.json.snap");
        let json = snap.splitn(3, "---\n").nth(2).unwrap();
        let (format, diags) = run_with(json, &JsonFeedOptions::default());
        assert_eq!(format, FeedFormat::JsonFeed11);
        assert_eq!(render(&diags, false), "");
    }

    #[test]
    fn spec_examples() {
        for v in [V10, V11] {
            let json = format!(
                r#"{{"version":"{v}","title":"My Example Feed","home_page_url":"https://example.org/",
                "feed_url":"https://example.org/feed.json","items":[
                {{"id":"2","content_text":"This is a second item.","url":"https://example.org/second-item"}},
                {{"id":"1","content_html":"<p>Hello, world!</p>","url":"https://example.org/initial-post"}}]}}"#
            );
            check(&json, "");
        }
        // The smallest valid feed: only recommendations are missing.
        check(
            &format!(r#"{{"version":"{V11}","title":"T","items":[]}}"#),
            "MissingRecommendedElement{home_page_url,feed,}
             MissingRecommendedElement{feed_url,feed,}",
        );
    }

    // ---- the document ----

    #[test]
    fn encoding() {
        let mut bytes = feed(V11, "", "").into_bytes();
        bytes.insert(30, 0xFF);
        let (format, diags) = validate(&bytes, &JsonFeedOptions::default());
        assert_eq!(format, FeedFormat::Unknown);
        assert_eq!(render(&diags, false), "InvalidEncoding{,,0xFF}\n");
        assert_eq!(diags[0].offset, Some(30));

        let utf16: Vec<u8> = "{\"version\":1}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let (format, diags) = validate(&utf16, &JsonFeedOptions::default());
        assert_eq!(format, FeedFormat::Unknown);
        assert!(diags[0].message.contains("UTF-16LE"), "{diags:?}");
    }

    #[test]
    fn bom_is_tolerated_and_offsets_count_it() {
        let json = format!("\u{FEFF}{}", feed(V11, r#","icon":"icon.png""#, ""));
        let (format, diags) = run_with(&json, &JsonFeedOptions::default());
        assert_eq!(format, FeedFormat::JsonFeed11);
        assert_eq!(
            render(&diags, false),
            "InvalidFullLink{icon,feed,icon.png}\n"
        );
        assert!(at(&json, find(&diags, Code::InvalidFullLink)).starts_with("\"icon.png\""));
    }

    #[test]
    fn invalid_json() {
        for (json, bad) in [
            (r#"{"version": "x", "items": [1,]}"#, "]}"),
            ("{\"title\": \"a\"}\n{}", "{}"),
            (r#"{"title": "unterminated}"#, "}"),
            ("", ""),
            ("[1, 2", "2"),
        ] {
            let (format, diags) = run_with(json, &JsonFeedOptions::default());
            assert_eq!(format, FeedFormat::Unknown, "{json}");
            assert_eq!(render(&diags, false), "InvalidJson{,,}\n", "{json}");
            assert_eq!(at(json, &diags[0]), bad, "{json}: {}", diags[0].message);
            assert!(
                !diags[0].message.contains(" at line "),
                "{}",
                diags[0].message
            );
        }
    }

    #[test]
    fn not_an_object_is_no_feed() {
        let (format, diags) = run_with(" [1, 2]", &JsonFeedOptions::default());
        assert_eq!(format, FeedFormat::Unknown);
        assert_eq!(render(&diags, false), "JsonFeedWrongType{,,}\n");
        assert_eq!(diags[0].offset, Some(1));
        assert!(diags[0].message.contains("an array"));
    }

    #[test]
    fn documents_that_are_not_feeds() {
        check(r#"{"name": "x"}"#, "MissingElement{version,feed,}");
        check(
            r#"{"name": "left-pad", "version": "1.3.0"}"#,
            "JsonFeedInvalidVersion{version,feed,1.3.0}",
        );
        check(
            r#"{"version": 2}"#,
            "JsonFeedInvalidVersion{version,feed,2}",
        );
        assert_eq!(format_of(r#"{"name": "x"}"#), FeedFormat::Unknown);
        assert_eq!(format_of(r#"{"version": "1.3.0"}"#), FeedFormat::Unknown);
    }

    // ---- version ----

    #[test]
    fn versions() {
        assert_eq!(format_of(&feed(V10, "", "")), FeedFormat::JsonFeed10);
        assert_eq!(format_of(&feed(V11, "", "")), FeedFormat::JsonFeed11);
        let cases = [
            ("https://jsonfeed.org/version/1/", FeedFormat::JsonFeed10),
            ("https://jsonfeed.org/version/1.0", FeedFormat::JsonFeed10),
            ("http://jsonfeed.org/version/1.1", FeedFormat::JsonFeed11),
            ("https://jsonfeed.org/version/2", FeedFormat::JsonFeed11),
            ("1.1", FeedFormat::JsonFeed11),
        ];
        for (v, format) in cases {
            let json = feed(v, "", "");
            assert_eq!(format_of(&json), format, "{v}");
            check(
                &json,
                &format!("JsonFeedInvalidVersion{{version,feed,{v}}}"),
            );
        }
        // A feed without version, but with items: still checked, as 1.1.
        let json = r#"{"title":"T","home_page_url":"https://e.org/","feed_url":"https://e.org/f","items":[]}"#;
        assert_eq!(format_of(json), FeedFormat::JsonFeed11);
        check(json, "MissingElement{version,feed,}");
        check(
            r#"{"version":1.1,"title":"T","home_page_url":"https://e.org/","feed_url":"https://e.org/f","items":[]}"#,
            "JsonFeedWrongType{version,feed,1.1}",
        );
    }

    // ---- feed members ----

    #[test]
    fn title_and_items_are_required() {
        check(
            &format!(
                r#"{{"version":"{V11}","home_page_url":"https://e.org/","feed_url":"https://e.org/f"}}"#
            ),
            "MissingElement{title,feed,}
             MissingElement{items,feed,}",
        );
        check(
            &format!(r#"{{"version":"{V10}","title":" ","items":{{}}}}"#),
            "MissingRecommendedElement{home_page_url,feed,}
             MissingRecommendedElement{feed_url,feed,}
             NotBlank{title,feed,}
             JsonFeedWrongType{items,feed,{}}",
        );
        check(
            &format!(
                r#"{{"version":"{V11}","title":null,"items":null,"feed_url":"https://e.org/f","home_page_url":"https://e.org/"}}"#
            ),
            "JsonFeedWrongType{title,feed,null}
             JsonFeedWrongType{items,feed,null}",
        );
        check(
            &feed(V11, "", r#""one", [], 3"#),
            "JsonFeedWrongType{items,feed,\"one\"}
             JsonFeedWrongType{items,feed,[]}
             JsonFeedWrongType{items,feed,3}",
        );
    }

    #[test]
    fn missing_member_is_reported_at_its_object() {
        let json = format!(r#"  {{"version":"{V11}","items":[ {{"id":"1"}} ]}}"#);
        let (_, diags) = run_with(&json, &JsonFeedOptions::default());
        assert!(at(&json, find(&diags, Code::MissingElement)).starts_with("{\"version\""));
        assert!(at(&json, find(&diags, Code::JsonFeedMissingContent)).starts_with("{\"id\""));
        assert_eq!(
            find(&diags, Code::JsonFeedMissingContent).field.as_deref(),
            Some("items[0].content_html")
        );
    }

    #[test]
    fn feed_text_members() {
        check(
            &feed(
                V11,
                r#","description":"<b>bold</b> claims","user_comment":7,"expired":"yes""#,
                "",
            ),
            "ContainsHTML{description,feed,<b>}
             JsonFeedWrongType{user_comment,feed,7}
             JsonFeedWrongType{expired,feed,\"yes\"}",
        );
        check(
            &feed(V11, r#","title":"Tom &amp; Jerry","expired":null"#, ""),
            "DuplicateElement{title,feed,}
             ContainsHTML{title,feed,&amp;}
             JsonFeedWrongType{expired,feed,null} [warning]",
        );
    }

    #[test]
    fn feed_urls() {
        check(
            &feed(
                V11,
                r#","icon":"/icon.png","favicon":"ftp://e.org/f.ico","next_url":"https://e.org/a b""#,
                "",
            ),
            "InvalidFullLink{icon,feed,/icon.png}
             InvalidFullLink{favicon,feed,ftp://e.org/f.ico}
             InvalidFullLink{next_url,feed,https://e.org/a b}",
        );
        check(
            r#"{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"",
               "feed_url":" https://e.org/f","items":[]}"#,
            "NotBlank{home_page_url,feed,}
             InvalidFullLink{feed_url,feed, https://e.org/f}",
        );
        check(
            &feed(V11, r#","next_url":"https://E.org:443/feed.json""#, ""),
            "DuplicateValue{next_url,feed,https://E.org:443/feed.json}",
        );
    }

    #[test]
    fn feed_url_against_location() {
        let json = feed(V11, "", "");
        let other = JsonFeedOptions {
            base_url: Some("https://e.org/other.json"),
            now: None,
        };
        check_with(
            &json,
            &other,
            "SelfDoesntMatchLocation{feed_url,feed,https://e.org/feed.json}",
        );
        let same = JsonFeedOptions {
            base_url: Some("HTTPS://E.ORG/feed.json"),
            now: None,
        };
        check_with(&json, &same, "");
    }

    #[test]
    fn url_passes() {
        let (_, diags) = run_with(&feed(V11, "", &item("")), &JsonFeedOptions::default());
        assert_eq!(
            render(&diags, true),
            "ValidURI{home_page_url,feed,https://e.org/}
             ValidURI{feed_url,feed,https://e.org/feed.json}
             ValidURI{url,item,https://e.org/1}\n"
                .replace("\n             ", "\n")
        );
    }

    #[test]
    fn authors_by_version() {
        let author = r#""author":{"name":"A"}"#;
        let authors = r#""authors":[{"name":"A"}]"#;
        // 1.0: `author` is the member; `authors` is unknown to 1.0 readers.
        check(&feed(V10, &format!(",{author}"), ""), "");
        check(
            &feed(V10, &format!(",{authors}"), &item(&format!(",{authors}"))),
            "JsonFeedUnknownMember{authors,feed,}
             JsonFeedUnknownMember{authors,item,}",
        );
        // 1.1: `author` is deprecated; alongside `authors`, information only.
        check(
            &feed(V11, &format!(",{author}"), &item(&format!(",{author}"))),
            "JsonFeedDeprecatedMember{author,feed,}
             JsonFeedDeprecatedMember{author,item,}",
        );
        check(
            &feed(V11, &format!(",{author},{authors}"), ""),
            "JsonFeedDeprecatedMember{author,feed,} [info]",
        );
        check(
            &feed(V11, &format!(",{authors}"), &item(&format!(",{authors}"))),
            "",
        );
    }

    #[test]
    fn author_objects() {
        check(
            &feed(
                V11,
                r#","authors":[{}, {"name":""}, {"name":"A","email":"a@e.org"}, "Bob", {"url":"mailto:a@e.org","avatar":"mailto:a@e.org"}]"#,
                "",
            ),
            "MissingElement{name,author,}
             NotBlank{name,author,}
             JsonFeedUnknownMember{email,author,}
             JsonFeedWrongType{authors,feed,\"Bob\"}
             InvalidFullLink{avatar,author,mailto:a@e.org}",
        );
        check(
            &feed(
                V10,
                r#","author":[{"name":"A"}]"#,
                &item(r#","author":{"url":"e.org/me","_x":1}"#),
            ),
            "JsonFeedWrongType{author,feed,[{\"name\":\"A\"}]}
             InvalidFullLink{url,author,e.org/me}",
        );
        check(
            &feed(V11, r#","authors":{"name":"A"}"#, ""),
            "JsonFeedWrongType{authors,feed,{\"name\":\"A\"}}",
        );
        let json = feed(
            V11,
            "",
            &format!(
                "{},{}",
                item(""),
                item(r#","id":"2","authors":[{"url":"x"}]"#)
            ),
        );
        let (_, diags) = run_with(&json, &JsonFeedOptions::default());
        let d = find(&diags, Code::InvalidFullLink);
        assert_eq!(d.field.as_deref(), Some("items[1].authors[0].url"));
        assert!(d.message.contains("relative"), "{}", d.message);
    }

    #[test]
    fn language() {
        check(
            &feed(
                V11,
                r#","language":"en_US""#,
                &item(r#","language":"EN-us""#),
            ),
            "InvalidLanguage{language,feed,en_US}
             NonCanonicalLanguageTag{language,item,EN-us} [info]",
        );
        check(
            &feed(V11, r#","language":"xq""#, ""),
            "InvalidLanguage{language,feed,xq}",
        );
        check(
            &feed(V11, r#","language":["en"]"#, ""),
            "JsonFeedWrongType{language,feed,[\"en\"]}",
        );
        check(
            &feed(V10, r#","language":"en""#, &item(r#","language":"ru""#)),
            "JsonFeedUnknownMember{language,feed,}
             JsonFeedUnknownMember{language,item,}",
        );
        let (_, diags) = run_with(
            &feed(V11, r#","language":"hy""#, ""),
            &JsonFeedOptions::default(),
        );
        assert!(render(&diags, true).contains("ValidLanguage{language,feed,hy}"));
    }

    #[test]
    fn hubs() {
        check(
            &feed(
                V11,
                r#","hubs":[{"type":"WebSub","url":"https://hub.e.org/"},{"url":"https://hub.e.org/"},{"type":"","url":"hub"},{"type":"rssCloud","secret":1},"x"]"#,
                "",
            ),
            "MissingElement{type,hub,}
             NotBlank{type,hub,}
             InvalidFullLink{url,hub,hub}
             MissingElement{url,hub,}
             JsonFeedUnknownMember{secret,hub,}
             JsonFeedWrongType{hubs,feed,\"x\"}",
        );
        check(
            &feed(V10, r#","hubs":{}"#, ""),
            "JsonFeedWrongType{hubs,feed,{}}",
        );
    }

    // ---- items ----

    #[test]
    fn item_ids() {
        let no_id = r#"{"url":"https://e.org/1","content_text":"x"}"#;
        check(&feed(V11, "", no_id), "MissingElement{id,item,}");
        check(
            &feed(V11, "", &item(r#","id":"  ""#)),
            "DuplicateElement{id,item,}\nNotBlank{id,item,}",
        );
        let numeric = r#"{"id":42,"url":"https://e.org/1","content_text":"x"}"#;
        check(
            &feed(V10, "", numeric),
            "JsonFeedWrongType{id,item,42} [warning]",
        );
        check(&feed(V11, "", numeric), "JsonFeedWrongType{id,item,42}");
        let object = r#"{"id":{"n":1},"url":"https://e.org/1","content_text":"x"}"#;
        check(
            &feed(V10, "", object),
            "JsonFeedWrongType{id,item,{\"n\":1}}",
        );
        let null = r#"{"id":null,"url":"https://e.org/1","content_text":"x"}"#;
        check(&feed(V11, "", null), "JsonFeedWrongType{id,item,null}");
    }

    #[test]
    fn duplicate_ids() {
        let json = feed(
            V10,
            "",
            r#"{"id":"a","url":"https://e.org/1","content_text":"x"},
               {"id":"b","url":"https://e.org/2","content_text":"x"},
               {"id":"a","url":"https://e.org/3","content_text":"x"},
               {"id":7,"url":"https://e.org/4","content_text":"x"},
               {"id":"7","url":"https://e.org/5","content_text":"x"}"#,
        );
        check(
            &json,
            "DuplicateEntries{id,item,a}
             JsonFeedWrongType{id,item,7} [warning]
             DuplicateEntries{id,item,7}",
        );
        let (_, diags) = run_with(&json, &JsonFeedOptions::default());
        let d = find(&diags, Code::DuplicateEntries);
        assert_eq!(d.field.as_deref(), Some("items[2].id"));
        assert!(d.message.contains("items[0]"), "{}", d.message);
        assert!(at(&json, d).starts_with("\"a\",\"url\":\"https://e.org/3\""));
    }

    #[test]
    fn content() {
        let bare = r#"{"id":"1","url":"https://e.org/1"}"#;
        check(
            &feed(V11, "", bare),
            "JsonFeedMissingContent{content_html,item,}",
        );
        let blank = r#"{"id":"1","url":"https://e.org/1","content_html":"","content_text":" "}"#;
        check(
            &feed(V11, "", blank),
            "JsonFeedMissingContent{content_html,item,} [warning]",
        );
        let html_only = r#"{"id":"1","url":"https://e.org/1","content_html":"<p>x</p>"}"#;
        check(&feed(V11, "", html_only), "");
        let wrong = r#"{"id":"1","url":"https://e.org/1","content_html":["<p>x</p>"]}"#;
        check(
            &feed(V11, "", wrong),
            "JsonFeedWrongType{content_html,item,[\"<p>x</p>\"]}",
        );
    }

    #[test]
    fn item_text_and_urls() {
        check(
            &feed(
                V11,
                "",
                &item(
                    r#","title":"<em>Big</em> news","summary":"Fish &amp; chips","external_url":"//cdn.e.org/x",
                       "image":"data:image/png;base64,AAAA","banner_image":"https://","title":3"#,
                ),
            ),
            "ContainsHTML{title,item,<em>}
             ContainsHTML{summary,item,&amp;}
             InvalidFullLink{external_url,item,//cdn.e.org/x}
             InvalidFullLink{image,item,data:image/png;base64,AAAA}
             InvalidFullLink{banner_image,item,https://}
             DuplicateElement{title,item,}
             JsonFeedWrongType{title,item,3}",
        );
        let no_url = r#"{"id":"https://e.org/1","content_text":"x"}"#;
        check(
            &feed(V11, "", no_url),
            "MissingRecommendedElement{url,item,}",
        );
    }

    #[test]
    fn dates() {
        let date = |v: &str| feed(V11, "", &item(&format!(r#","date_published":"{v}""#)));
        for ok in [
            "2025-12-05T14:30:00+03:00",
            "2025-12-05T11:30:00Z",
            "2025-12-05t11:30:00.123456789z",
            "2025-12-05T11:30:00.5-00:00",
            "2016-12-31T23:59:60Z",
            "2017-01-01T02:59:60+03:00",
            "2024-02-29T00:00:00Z",
        ] {
            let (_, diags) = run_with(&date(ok), &JsonFeedOptions::default());
            assert_eq!(render(&diags, false), "", "{ok}");
            assert!(
                render(&diags, true)
                    .contains(&format!("ValidW3CDTFDate{{date_published,item,{ok}}}")),
                "{ok}"
            );
        }
        for (bad, why) in [
            ("2025-12-05 14:30:00+03:00", "not a space"),
            ("2025-12-05", "without a time"),
            ("2025-12-05T14:30:00", "no UTC offset"),
            ("2025-12-05T14:30+03:00", "seconds are required"),
            ("2025-12-05T14:30:00+0300", "with a colon"),
            ("2025-12-05T14:30:00.+03:00", "followed by digits"),
            ("Fri, 05 Dec 2025 14:30:00 +0300", "RFC 822"),
            ("1764934200", "Unix timestamp"),
            ("05.12.2025 14:30", "year comes first"),
            ("2025-02-29T00:00:00Z", "no day 29"),
            ("2025-13-01T00:00:00Z", "no month 13"),
            ("2025-12-05T24:00:00Z", "not a time of day"),
            ("2025-12-05T12:00:60Z", "leap second"),
            ("2025-12-05T12:00:00+24:00", "out of range"),
            ("", "not an RFC 3339"),
        ] {
            let json = date(bad);
            let (_, diags) = run_with(&json, &JsonFeedOptions::default());
            assert_eq!(
                render(&diags, false),
                format!("InvalidRFC3339Date{{date_published,item,{bad}}}\n"),
                "{bad}"
            );
            let d = &diags
                .iter()
                .find(|d| d.code == Code::InvalidRFC3339Date)
                .unwrap();
            assert!(d.message.contains(why), "{bad}: {}", d.message);
            assert!(at(&json, d).starts_with(&format!("\"{bad}\"")));
        }
        check(
            &feed(V11, "", &item(r#","date_modified":20251205"#)),
            "JsonFeedWrongType{date_modified,item,20251205}",
        );
    }

    #[test]
    fn modified_before_published() {
        let json = feed(
            V11,
            "",
            &item(
                r#","date_published":"2025-12-05T12:00:00+03:00","date_modified":"2025-12-05T08:59:59Z""#,
            ),
        );
        check(
            &json,
            "UpdatedBeforePublished{date_modified,item,} [warning]",
        );
        // The same instant written with other offsets is fine.
        let json = feed(
            V11,
            "",
            &item(
                r#","date_modified":"2025-12-05T09:00:00Z","date_published":"2025-12-05T12:00:00+03:00""#,
            ),
        );
        check(&json, "");
    }

    #[test]
    fn future_dates() {
        let json = feed(
            V11,
            "",
            &item(
                r#","date_published":"2025-12-06T12:00:00Z","date_modified":"2025-12-07T12:00:01Z""#,
            ),
        );
        check(&json, "");
        let now = JsonFeedOptions {
            base_url: None,
            now: Some(1_764_936_000), // 2025-12-05T12:00:00Z
        };
        check_with(
            &json,
            &now,
            "ImplausibleDate{date_modified,item,2025-12-07T12:00:01Z}",
        );
    }

    #[test]
    fn tags() {
        check(
            &feed(V11, "", &item(r#","tags":["ok", "", 3, null]"#)),
            "NotBlank{tags,item,}
             JsonFeedWrongType{tags,item,3}
             JsonFeedWrongType{tags,item,null}",
        );
        check(
            &feed(V11, "", &item(r#","tags":"news""#)),
            "JsonFeedWrongType{tags,item,\"news\"}",
        );
    }

    #[test]
    fn attachments() {
        check(
            &feed(
                V11,
                "",
                &item(
                    r#","attachments":[
                    {"url":"https://e.org/a.mp3","mime_type":"audio/mpeg","size_in_bytes":0,"duration_in_seconds":1.5},
                    {"title":"t"},
                    {"url":"a.mp3","mime_type":"audio","size_in_bytes":-1,"duration_in_seconds":-0.5},
                    {"url":"https://e.org/a.mp3","mime_type":"","size_in_bytes":10.5,"duration_in_seconds":"60","bitrate":1},
                    {"url":"https://e.org/a.mp3","mime_type":"audio/mpeg","title":7,"size_in_bytes":1e3},
                    "https://e.org/a.mp3"]"#,
                ),
            ),
            "MissingElement{url,attachment,}
             MissingElement{mime_type,attachment,}
             InvalidFullLink{url,attachment,a.mp3}
             InvalidMIMEType{mime_type,attachment,audio}
             InvalidNonNegativeInteger{size_in_bytes,attachment,-1}
             InvalidNonNegativeInteger{duration_in_seconds,attachment,-0.5}
             NotBlank{mime_type,attachment,}
             InvalidNonNegativeInteger{size_in_bytes,attachment,10.5}
             JsonFeedWrongType{duration_in_seconds,attachment,\"60\"}
             JsonFeedUnknownMember{bitrate,attachment,}
             JsonFeedWrongType{title,attachment,7}
             JsonFeedWrongType{attachments,item,\"https://e.org/a.mp3\"}",
        );
        check(
            &feed(
                V11,
                "",
                &item(r#","attachments":{"url":"https://e.org/a.mp3"}"#),
            ),
            "JsonFeedWrongType{attachments,item,{\"url\":\"https://e.org/a.mp3\"}}",
        );
    }

    // ---- unknown members and extensions ----

    #[test]
    fn unknown_members_and_hints() {
        let json = feed(
            V11,
            r#","titel":"x","link":"https://e.org/","date_modified":"2025-12-05T00:00:00Z""#,
            &item(r#","pubDate":"x","content":"y","lang":"en","next_url":"z""#),
        );
        check(
            &json,
            "JsonFeedUnknownMember{titel,feed,}
             JsonFeedUnknownMember{link,feed,}
             JsonFeedUnknownMember{date_modified,feed,}
             JsonFeedUnknownMember{pubDate,item,}
             JsonFeedUnknownMember{content,item,}
             JsonFeedUnknownMember{lang,item,}
             JsonFeedUnknownMember{next_url,item,}",
        );
        let (_, diags) = run_with(&json, &JsonFeedOptions::default());
        let hints: Vec<&str> = diags
            .iter()
            .filter(|d| d.code == Code::JsonFeedUnknownMember)
            .map(|d| d.message.as_str())
            .collect();
        assert!(hints[0].contains("did you mean `title`"), "{}", hints[0]);
        assert!(hints[1].contains("calls it `home_page_url`") || hints[1].contains("`link`"));
        assert!(hints[2].contains("member of each item"), "{}", hints[2]);
        assert!(
            hints[3].contains("calls it `date_published`"),
            "{}",
            hints[3]
        );
        assert!(
            hints[4].contains("`content_html` or `content_text`"),
            "{}",
            hints[4]
        );
        assert!(hints[5].contains("calls it `language`"), "{}", hints[5]);
        assert!(hints[6].contains("member of the feed"), "{}", hints[6]);
        // Reported at the key.
        assert!(at(&json, find(&diags, Code::JsonFeedUnknownMember)).starts_with("\"titel\":"));
    }

    #[test]
    fn unknown_member_key_with_escapes() {
        let json = feed(V11, r#","we\"ird\\":1"#, "");
        let (_, diags) = run_with(&json, &JsonFeedOptions::default());
        let d = find(&diags, Code::JsonFeedUnknownMember);
        assert!(
            at(&json, d).starts_with(r#""we\"ird\\":1"#),
            "{}",
            at(&json, d)
        );
        assert_eq!(d.element.as_deref(), Some("we\"ird\\"));
    }

    #[test]
    fn extensions_are_not_checked() {
        let ext = r#","_blue_shed":{"about":"https://e.org/x","explicit":false,"title":3,"url":"relative"}"#;
        check(&feed(V11, ext, &item(ext)), "");
        check(
            &feed(
                V11,
                r#","authors":[{"name":"A","_x":[]}],"hubs":[{"type":"WebSub","url":"https://h.e.org/","_y":null}]"#,
                "",
            ),
            "",
        );
    }

    #[test]
    fn repeated_keys() {
        let json = feed(V11, r#","title":"Again""#, "");
        check(&json, "DuplicateElement{title,feed,}");
        let (_, diags) = run_with(&json, &JsonFeedOptions::default());
        let d = find(&diags, Code::DuplicateElement);
        assert!(at(&json, d).starts_with("\"title\":\"Again\""));
    }

    #[test]
    fn findings_are_in_document_order_with_paths() {
        let json = feed(
            V11,
            "",
            &format!(
                "{},{}",
                item(r#","date_published":"yesterday""#),
                item(r#","id":"1","image":"img.png""#)
            ),
        );
        let (_, diags) = run_with(&json, &JsonFeedOptions::default());
        let fields: Vec<_> = diags
            .iter()
            .filter(|d| d.severity != Severity::Pass)
            .map(|d| (d.field.as_deref().unwrap(), d.code))
            .collect();
        assert_eq!(
            fields,
            [
                ("items[0].date_published", Code::InvalidRFC3339Date),
                ("items[1].id", Code::DuplicateEntries),
                ("items[1].id", Code::DuplicateElement),
                ("items[1].id", Code::DuplicateEntries),
                ("items[1].image", Code::InvalidFullLink),
            ]
        );
        assert!(diags.windows(2).all(|w| w[0].offset <= w[1].offset));
    }

    #[test]
    fn rfc3339_instants() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Ok((0, 0)));
        assert_eq!(parse_rfc3339("1970-01-01T03:00:00+03:00"), Ok((0, 0)));
        assert_eq!(
            parse_rfc3339("1969-12-31T23:59:59.25-00:00"),
            Ok((-1, 250_000_000))
        );
        assert_eq!(
            parse_rfc3339("2025-12-05T14:30:00.1234567891+03:00"),
            Ok((1_764_934_200, 123_456_789))
        );
        assert_eq!(
            crate::model::time::format_unix_utc(1_764_934_200),
            "2025-12-05T11:30:00Z"
        );
    }
}
