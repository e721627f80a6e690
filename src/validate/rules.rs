//! The vocabularies: which child each element allows, what its text must be, what it requires
//! when it ends. One `match` per container kind mirrors the W3C validator's handlers, so that
//! findings carry the same message classes, `element` and `parent` names.
//!
//! Flow per element: [`start`] (dispatch from the parent: known child, extension, or
//! `UndefinedElement`; attributes; duplicates), [`text`] (collect or reject character data),
//! [`end`] (value validation, required children, uniqueness).

use super::local;
use super::values::{self, UriRule};
use super::walker::{FeedType, RawAttr, Walker, display};
use super::{FeedFormat, Finding, html, ns};
use crate::diagnostic::Code;
use std::borrow::Cow;

/// A value validator for text-only elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum V {
    /// Any text.
    Text,
    /// Plain text: markup is reported (`ContainsHTML`).
    NonHtml,
    /// HTML: unsafe markup and relative references are reported.
    SafeHtml,
    /// URI reference, relative allowed (`InvalidLink`).
    Uri,
    /// Absolute URI (`InvalidFullLink`).
    UriFull,
    /// IRI reference, relative allowed (`InvalidIRI`).
    Iri,
    /// Absolute IRI (`InvalidFullLink`).
    IriFull,
    /// Atom id: absolute, canonical IRI.
    CanonicalUri,
    /// RFC 822 date (RSS).
    Rfc822,
    /// RFC 3339 date (Atom).
    Rfc3339,
    /// W3C date-time profile (Dublin Core).
    W3cdtf,
    /// ISO 8601 date-time.
    Iso8601,
    /// ISO 8601, no plausibility check.
    Iso8601Unbounded,
    /// Language code.
    Lang,
    /// `addr (Name)` email (RSS).
    EmailWithName,
    /// Email address (iTunes).
    Email,
    /// Email address (Atom).
    AddrSpec,
    /// Integer > 0.
    PositiveInteger,
    /// Integer ≥ 0.
    NonNegativeInteger,
    /// Integer (empty allowed).
    Integer,
    /// `yes` / `no`.
    YesNo,
    /// `yes` / `no` / `clean` (iTunes).
    YesNoClean,
    /// `itunes:explicit`: `true` / `false`, or the older `yes` / `no` / `clean`.
    Explicit,
    /// `true` / `false`, any case.
    TrueFalse,
    /// Latitude.
    Latitude,
    /// Longitude.
    Longitude,
    /// Decimal number with optional unit.
    Decimal,
    /// Float.
    Float,
    /// iTunes duration.
    Duration,
    /// Comma-separated integers.
    CommaInts,
    /// Text of at most this many characters (plain).
    Limited(u32),
    /// iTunes keywords (≤ 255 characters, comma separated).
    Keywords,
    /// `sy:updatePeriod`.
    UpdatePeriod,
    /// RSS image title.
    ImageTitle,
    /// RSS image link.
    ImageLink,
    /// RSS image url.
    ImageUrl,
    /// RSS image width.
    ImageWidth,
    /// RSS image height.
    ImageHeight,
    /// RSS textInput name.
    FormName,
    /// RSS skipHours hour.
    Hour,
    /// RSS skipDays day.
    Day,
    /// RSS guid.
    Guid,
    /// GeoRSS point.
    GmlPos,
    /// GeoRSS line or polygon.
    GmlPosList,
    /// Element with `rdf:resource` (text ignored).
    RdfResource,
    /// iTunes type.
    ItunesType,
    /// iTunes episodeType.
    ItunesEpisodeType,
    /// `dc:language`.
    DcLanguage,
    /// Atom person name: plain text without an email address in it.
    PersonName,
    /// RSS `blink` (never part of RSS).
    NoBlink,
    /// APP media ranges (`app:accept`).
    MediaRange,
    /// `http(s)` URL (`InvalidURLAttribute`), for element values such as
    /// `conversationsNetwork:image`.
    HttpUrl,
}

/// What an element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The pseudo-root above the document element.
    Root,
    /// A subtree that is accepted without checks.
    Eater,
    /// An `xhtml:div` inside an Atom xhtml text construct.
    DivEater,
    /// RSS `xhtml:body`.
    HtmlEater,
    /// Unknown-namespace content in RSS 1.0.
    RdfExtension,
    /// RSS `rss`.
    Rss,
    /// RSS channel (any flavour).
    Channel,
    /// RSS item (any flavour).
    Item,
    /// RSS image.
    Image,
    /// RSS textInput.
    TextInput,
    /// RSS cloud.
    Cloud,
    /// RSS skipHours.
    SkipHours,
    /// RSS skipDays.
    SkipDays,
    /// RSS enclosure.
    Enclosure,
    /// RSS source.
    Source,
    /// RSS category.
    RssCategory,
    /// `rdf:RDF`.
    RdfRdf,
    /// RSS 1.0 `items`.
    Items,
    /// `rdf:Seq`.
    RdfSeq,
    /// `rdf:li`.
    RdfLi,
    /// Atom feed (or `source`, see flags).
    Feed,
    /// Atom entry.
    Entry,
    /// Atom person (author, contributor).
    Person,
    /// Atom link.
    AtomLink,
    /// Atom text construct (title, subtitle, rights, summary).
    Text,
    /// Atom content.
    Content,
    /// Atom category.
    AtomCategory,
    /// Atom generator.
    Generator,
    /// A text-only element with a value validator.
    Value(V),
    /// `geo:Point`.
    GeoPoint,
    /// `itunes:image`.
    ItunesImage,
    /// `itunes:owner`.
    ItunesOwner,
    /// `itunes:category`.
    ItunesCategory,
    /// `media:group`.
    MediaGroup,
    /// `media:content`.
    MediaContent,
    /// Other Media RSS elements with attribute checks.
    Media,
    /// `sx:sharing`.
    SxSharing,
    /// `sx:related`.
    SxRelated,
    /// `sx:sync`.
    SxSync,
    /// `sx:history`.
    SxHistory,
    /// `sx:conflicts`.
    SxConflicts,
    /// `access:restriction`.
    AccessRestriction,
    /// `xhtml:meta`.
    XhtmlMeta,
    /// `thr:in-reply-to`.
    InReplyTo,
    /// An element that must stay empty (`fh:complete`, `fh:archive`).
    Empty,
    /// `georss:where` and GML containers.
    Gml,
    /// `app:control`.
    AppControl,
    /// `feedburner:feedFlare`, `feedburner:info`.
    Feedburner,
    /// `content:items` and its RDF structure.
    ContentItems,
    /// `cf:listinfo` and its children.
    CfListinfo,
    /// APP service document root.
    AppService,
    /// `app:workspace`.
    AppWorkspace,
    /// `app:collection`.
    AppCollection,
    /// `app:categories`.
    AppCategories,
}

impl Kind {
    /// Whether the end of such an element logs `ValidElement` when nothing else was logged.
    pub fn reports_valid_element(self) -> bool {
        !matches!(self, Kind::Root | Kind::DivEater | Kind::RdfExtension)
    }

    /// Whether the element's character data is collected.
    fn collects_text(self) -> bool {
        matches!(
            self,
            Kind::Value(_)
                | Kind::Text
                | Kind::Content
                | Kind::Source
                | Kind::RssCategory
                | Kind::Generator
                | Kind::AtomLink
                | Kind::Media
                | Kind::InReplyTo
                | Kind::Feedburner
                | Kind::AccessRestriction
        )
    }

    /// Whether non-whitespace text is out of place.
    fn is_container(self) -> bool {
        !self.collects_text()
            && !matches!(
                self,
                Kind::Eater | Kind::DivEater | Kind::HtmlEater | Kind::RdfExtension
            )
    }
}

/// Checks a parent asks of a child.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checks {
    /// At most one such child (`DuplicateElement`, or `dup_code`).
    pub nodup: bool,
    /// The code for a second occurrence.
    pub dup_code: Option<Code>,
    /// The value must not be empty (`NotBlank`).
    pub nonblank: bool,
    /// No leading or trailing whitespace (`UnexpectedWhitespace`).
    pub nows: bool,
    /// The value must be unique in a scope, else this code.
    pub unique: Option<(&'static str, Code)>,
}

/// A child rule: what the child is and what is checked of it.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The child's kind.
    pub kind: Kind,
    /// Checks.
    pub checks: Checks,
}

fn r(kind: Kind) -> Rule {
    Rule {
        kind,
        checks: Checks::default(),
    }
}

fn v(v: V) -> Rule {
    r(Kind::Value(v))
}

impl Rule {
    fn nodup(mut self) -> Self {
        self.checks.nodup = true;
        self
    }
    fn nonblank(mut self) -> Self {
        self.checks.nonblank = true;
        self
    }
    fn nows(mut self) -> Self {
        self.checks.nows = true;
        self
    }
    fn unique(mut self, scope: &'static str, code: Code) -> Self {
        self.checks.unique = Some((scope, code));
        self
    }
    fn dup_code(mut self, code: Code) -> Self {
        self.checks.nodup = true;
        self.checks.dup_code = Some(code);
        self
    }
}

// Frame flags.
const F_SOURCE: u32 = 1; // Atom feed frame is a `source`
const F_METADATA_DONE: u32 = 2; // Atom feed metadata checked
const F_ENTRY_SEEN: u32 = 4;
const F_ITUNES: u32 = 8;
const F_RSS1: u32 = 16; // RSS channel/item of RSS 1.0/0.90/1.1
const F_SRC: u32 = 32; // text construct/content has src
const F_XHTML_DIV: u32 = 64; // an xhtml:div child was seen
const F_CHILD_ELEMENTS: u32 = 128;
const F_NOWS_REPORTED: u32 = 256;

// ------------------------------------------------------------------------------------------
// Namespace declarations

/// Checks an `xmlns[:prefix]="uri"` declaration (structure.md §7).
pub fn namespace_declaration(w: &mut Walker, prefix: Option<&str>, uri: &str, at: u64) {
    let i = w.stack.len() - 1;
    let exact = ns::exact_prefix(uri);
    let element = prefix.map_or("xmlns".to_string(), |p| format!("xmlns:{p}"));
    let log = |w: &mut Walker, f: Finding| {
        let parent = w.stack[i].name.clone();
        w.log_as(i, f, element.clone(), parent, at);
    };
    if let Some(p) = prefix.filter(|p| !p.is_empty())
        && ns::is_known_prefix(p)
        && exact != Some(p)
        && !ns::TABLE.iter().any(|(u, q)| *u == uri && *q == p)
    {
        if uri == ns::MEDIA_NO_SLASH {
            log(
                w,
                Finding::new(
                    Code::MediaRssNamespace,
                    "the Media RSS namespace is http://search.yahoo.com/mrss/ (with the slash)",
                )
                .with("prefix", p)
                .with("ns", "http://search.yahoo.com/mrss/"),
            );
        } else if p == "wiki" && uri.contains("usemod") {
            log(
                w,
                Finding::new(
                    Code::ObsoleteWikiNamespace,
                    "the usemod wiki namespace is obsolete",
                )
                .with("preferred", "wiki")
                .with("ns", uri),
            );
        } else {
            log(
                w,
                Finding::new(
                    Code::ReservedPrefix,
                    format!(
                        "the prefix `{p}` is conventionally bound to {}",
                        ns::preferred_uri(p).unwrap_or("another namespace")
                    ),
                )
                .with("prefix", p)
                .with("ns", ns::preferred_uri(p).unwrap_or("")),
            );
        }
        return;
    }
    if let Some(known) = exact {
        if let Some(p) = prefix.filter(|p| !p.is_empty())
            && p != known
        {
            log(
                w,
                Finding::new(
                    Code::NonstdPrefix,
                    format!("`{p}` is bound to {uri}, whose usual prefix is `{known}`"),
                )
                .with("preferred", known)
                .with("ns", uri),
            );
            if (uri == ns::ATOM || uri == ns::XHTML)
                && matches!(w.doc.feed_type, FeedType::Atom | FeedType::Unknown)
            {
                log(
                    w,
                    Finding::new(
                        Code::AvoidNamespacePrefix,
                        format!("avoid a prefix for {uri}: some readers only understand the default namespace"),
                    )
                    .with("prefix", p),
                );
            }
        } else if let Some(p) = prefix.filter(|p| !p.is_empty())
            && (p == "atom" || p == "xhtml")
            && w.doc.feed_type == FeedType::Atom
        {
            log(
                w,
                Finding::new(
                    Code::AvoidNamespacePrefix,
                    format!("avoid the `{p}:` prefix in Atom documents: some readers only understand the default namespace"),
                )
                .with("prefix", p),
            );
        }
        return;
    }
    if uri == ns::MEDIA_NO_SLASH {
        log(
            w,
            Finding::new(
                Code::MediaRssNamespace,
                "the Media RSS namespace is http://search.yahoo.com/mrss/ (with the slash)",
            )
            .with("prefix", prefix.unwrap_or(""))
            .with("ns", "http://search.yahoo.com/mrss/"),
        );
        return;
    }
    if uri.is_empty() {
        return;
    }
    if let Some((name, spec)) = ns::unsupported(uri) {
        log(
            w,
            Finding::new(
                Code::UnsupportedNamespace,
                format!("{name} ({uri}) is not checked by polyfeed"),
            )
            .with("namespace", uri)
            .with("name", name)
            .with("specification", spec),
        );
    } else if ns::prefix_for(uri).is_none() {
        // An unknown namespace's URI is still checked as an IRI.
        let mut out = Vec::new();
        values::uri_unstripped(
            uri,
            UriRule::Iri,
            Code::InvalidIRI,
            Code::ValidURI,
            None,
            &mut out,
        );
        for f in out {
            log(w, f);
        }
        log(
            w,
            Finding::new(
                Code::UnknownNamespace,
                format!(
                    "{uri} is a namespace polyfeed does not know; its elements are not checked"
                ),
            )
            .with("namespace", uri),
        );
    }
}

// ------------------------------------------------------------------------------------------
// Start of an element

/// Handles a start tag below frame `p`.
pub fn start(
    w: &mut Walker,
    p: usize,
    ns_uri: Option<&str>,
    local: &str,
    attrs: &[RawAttr],
    at: u64,
) {
    let pkind = w.stack[p].kind;
    // Subtrees without checks.
    if matches!(
        pkind,
        Kind::Eater | Kind::HtmlEater | Kind::DivEater | Kind::RdfExtension
    ) {
        let i = w.push(&format!("eaten_{local}"), pkind, at);
        eaten_child(w, i, p, ns_uri, local, attrs);
        w.stack[i].name.clear();
        w.stack[i].name.push_str(local);
        return;
    }
    if pkind == Kind::Root {
        root(w, ns_uri, local, attrs, at);
        return;
    }
    if matches!(
        pkind,
        Kind::Text
            | Kind::Content
            | Kind::Value(_)
            | Kind::AtomLink
            | Kind::Source
            | Kind::RssCategory
            | Kind::Generator
            | Kind::Media
            | Kind::InReplyTo
            | Kind::Feedburner
            | Kind::AccessRestriction
    ) {
        text_child(w, p, ns_uri, local, attrs, at);
        return;
    }
    // xml:lang on the child.
    if let Some(a) = attrs
        .iter()
        .find(|a| a.ns == Some(ns::XML) && a.local == "lang")
    {
        xml_lang(w, p, &a.value, local, at);
    }
    // The child's internal name.
    let name: Cow<str> = match ns_uri {
        None => {
            if w.doc.feed_type != FeedType::Unknown && w.doc.feed_type != FeedType::Rss2 {
                let f = Finding::new(
                    Code::UndeterminableVocabulary,
                    format!("`{local}` has no namespace, so it belongs to no known vocabulary"),
                )
                .with("namespace", "\"\"");
                let parent = w.stack[p].name.clone();
                w.log_as(p, f, local.to_string(), parent, at);
                let i = w.push(local, Kind::Eater, at);
                w.stack[p].children.push(&format!("unknown_{local}"));
                let _ = i;
                return;
            }
            Cow::Borrowed(local)
        }
        Some(u) if w.doc.defaults.iter().any(|d| d == u) => Cow::Borrowed(local),
        Some(u) => match w.prefix_of(u) {
            Some(prefix) => Cow::Owned(format!(
                "{prefix}_{}",
                local.replace('-', "_").split('.').next().unwrap_or(local)
            )),
            None => {
                if u == ns::ATOM03 {
                    let f = Finding::new(
                        Code::ObsoleteNamespace,
                        "Atom 0.3 is obsolete: use Atom 1.0 (RFC 4287)",
                    );
                    let parent = w.stack[p].name.clone();
                    w.log_as(p, f, "feed".into(), parent, at);
                }
                // Unknown namespace: accepted unchecked.
                let literal = attrs
                    .iter()
                    .any(|a| a.local == "parseType" && a.value == "Literal");
                let kind = if w.doc.feed_type == FeedType::Rss1 && !literal {
                    Kind::RdfExtension
                } else {
                    Kind::Eater
                };
                let i = w.push(&format!("unknown_{local}"), kind, at);
                w.stack[p].children.push(&format!("unknown_{local}"));
                let _ = i;
                return;
            }
        },
    };
    // Qualified Dublin Core (`dc:date.Taken`) is dispatched as its base element but listed
    // by its full name.
    let listed: Cow<str> = match ns_uri {
        Some(u) if !w.doc.defaults.iter().any(|d| d == u) => w
            .prefix_of(u)
            .map_or(name.clone(), |pre| Cow::Owned(format!("{pre}_{local}"))),
        _ => name.clone(),
    };
    let rule = child_rule(w, p, &name);
    let (rule, undefined) = match rule {
        Some(rule) => (rule, false),
        None => {
            if name.starts_with("xhtml_") {
                let f = Finding::new(
                    Code::MisplacedXHTMLContent,
                    format!("`{}` is not expected here", display(&name)),
                );
                let parent = display(&w.stack[p].name);
                w.log_as(p, f, display(&name), parent, at);
                (r(Kind::Eater), true)
            } else if let Some(q) = questionable(w, p, &name) {
                let f = Finding::new(
                    Code::QuestionableUsage,
                    format!("`{}` is accepted here but not usual", display(&name)),
                );
                let parent = display(&w.stack[p].name);
                let element = if !name.contains('_') && w.stack[p].name.contains('_') {
                    format!("atom:{name}")
                } else {
                    display(&name)
                };
                w.log_as(p, f, element, parent, at);
                (q, false)
            } else {
                let f = Finding::new(
                    Code::UndefinedElement,
                    format!(
                        "`{}` is not allowed in `{}`",
                        display(&name),
                        display(&w.stack[p].name)
                    ),
                );
                let parent = display(&w.stack[p].name);
                w.log_as(p, f, display(&name), parent, at);
                (r(Kind::Eater), true)
            }
        }
    };
    // Misplaced RSS items (metadata after the first item).
    if pkind == Kind::Channel && !w.stack[p].queued.is_empty() && triggers_misplaced_item(&name) {
        let queued = std::mem::take(&mut w.stack[p].queued);
        for off in queued {
            let f = Finding::new(
                Code::MisplacedItem,
                "channel metadata comes after an item: put items last in the channel",
            );
            w.log_as(p, f, "item".into(), "channel".into(), off);
        }
    }
    // Duplicates among earlier siblings.
    if rule.checks.nodup && w.stack[p].has_child(&name) {
        let code = rule.checks.dup_code.unwrap_or(Code::DuplicateElement);
        let f = Finding::new(
            code,
            format!(
                "`{}` appears more than once in `{}`",
                display(&name),
                display(&w.stack[p].name)
            ),
        );
        let parent = w.stack[p].name.clone();
        w.log_as(p, f, display(&name), parent, at);
    }
    semantics(w, p, &name, at);
    if name == "rss090_channel" {
        // RSS 0.90: its namespace becomes core for the rest of the document.
        w.doc.defaults.push(ns::RSS090.to_string());
        w.doc.format = FeedFormat::Rss09x;
    }
    let i = w.push(&listed, rule.kind, at);
    if name.starts_with("itunes_") {
        w.doc.itunes = true;
    }
    if name == "slash_comments"
        && pkind == Kind::Item
        && w.doc.feed_type == FeedType::Rss2
        && p > 0
        && w.stack[p - 1].kind == Kind::Channel
        && !w.stack[p - 1].has_child("lastBuildDate")
    {
        let f = Finding::new(
            Code::SlashDate,
            "with slash:comments, give the channel a `lastBuildDate` so readers notice new comments",
        );
        let parent = w.stack[p].name.clone();
        w.log_as(p, f, "slash:comments".into(), parent, at);
    }
    // Names that exist but are not the ones to use.
    let note = match name.as_ref() {
        "wfw_commentRSS" => Some((
            Code::CommentRSS,
            "the Comment API element is `wfw:commentRss` (lower-case `ss`); readers look for that name",
        )),
        "media_adult" => Some((
            Code::DeprecatedMediaAdult,
            "`media:adult` is deprecated in Media RSS: use `<media:rating scheme=\"urn:simple\">adult</media:rating>`",
        )),
        _ => None,
    };
    if let Some((code, message)) = note {
        w.log(i, Finding::new(code, message));
    }
    // An entry's `source` with an author gives the entry an author (RFC 4287 §4.1.2).
    if name == "author" && pkind == Kind::Feed && w.stack[p].flags & F_SOURCE != 0 && p > 0 {
        w.stack[p - 1].flags |= flags::SOURCE_AUTHOR;
    }
    w.stack[i].checks = rule.checks;
    if let Some(a) = attrs
        .iter()
        .find(|a| a.ns == Some(ns::XML) && a.local == "lang")
    {
        w.stack[i].lang = Some(a.value.as_ref().into());
    }
    if let Some(a) = attrs
        .iter()
        .find(|a| a.ns == Some(ns::XML) && a.local == "base")
    {
        xml_base(w, i, &a.value);
    }
    let rss1 = w.doc.feed_type == FeedType::Rss1;
    if rss1 {
        w.stack[i].flags |= F_RSS1;
    }
    w.stack[p].children.push(&listed);
    w.stack[p].flags |= F_CHILD_ELEMENTS;
    if rule.kind == Kind::Item && pkind == Kind::Channel && !rss1 {
        w.stack[p].queued.push(at);
    }
    attributes(w, i, attrs, undefined);
    prevalidate(w, i, at);
}

fn triggers_misplaced_item(name: &str) -> bool {
    matches!(
        name,
        "image"
            | "textInput"
            | "textinput"
            | "link"
            | "title"
            | "description"
            | "atom_link"
            | "category"
            | "cloud"
            | "ttl"
            | "docs"
            | "generator"
            | "pubDate"
            | "managingEditor"
            | "webMaster"
            | "language"
            | "copyright"
            | "lastBuildDate"
            | "skipHours"
            | "skipDays"
    )
}

/// A child element of a text-only element or an Atom text construct (atom.md §8).
fn text_child(
    w: &mut Walker,
    p: usize,
    ns_uri: Option<&str>,
    local: &str,
    attrs: &[RawAttr],
    at: u64,
) {
    let pkind = w.stack[p].kind;
    w.stack[p].flags |= F_CHILD_ELEMENTS;
    let mut kind = Kind::Eater;
    if matches!(pkind, Kind::Text | Kind::Content) {
        let has_src = w.stack[p].flags & F_SRC != 0;
        let ty = w.stack[p]
            .attr("type")
            .map(str::to_string)
            .unwrap_or_else(|| {
                if has_src {
                    String::new()
                } else {
                    "text".into()
                }
            });
        let element = w.stack[p].display();
        let parent = w.parent_name(p);
        let xml_ty = ty == "xhtml" || ty.ends_with("+xml") || ty.ends_with("/xml");
        if !xml_ty {
            let f = Finding::new(
                Code::UndefinedElement,
                format!(
                    "`{local}` is markup inside `{element}` of type {ty}: escape it or use type=\"xhtml\""
                ),
            );
            w.log_as(p, f, local.to_string(), element.clone(), at);
        }
        if ty == "xhtml" {
            let is_div = ns_uri == Some(ns::XHTML) && local == "div";
            if is_div && w.stack[p].flags & F_XHTML_DIV == 0 {
                w.stack[p].flags |= F_XHTML_DIV;
                kind = Kind::DivEater;
            } else if w.stack[p].flags & F_XHTML_DIV == 0 && !w.stack[p].has_text {
                if w.stack[p].flags & flags::DIV_REPORTED == 0 {
                    w.stack[p].flags |= flags::DIV_REPORTED;
                    let f = Finding::new(
                        Code::MissingXhtmlDiv,
                        "XHTML content must be wrapped in an xhtml:div",
                    );
                    w.log_as(p, f, element.clone(), parent.clone(), at);
                }
                if local == "div" {
                    let f = Finding::new(Code::NotHtml, "a `div` outside the XHTML namespace")
                        .value(ns_uri.unwrap_or(""))
                        .with("message", "unexpected namespace");
                    w.log_as(p, f, element.clone(), parent.clone(), at);
                }
            } else if ns_uri != Some(ns::XHTML) {
                let f = Finding::new(
                    Code::NotHtml,
                    format!("`{local}` is not in the XHTML namespace"),
                )
                .value(ns_uri.unwrap_or(""))
                .with("message", "unexpected namespace");
                w.log_as(p, f, element.clone(), parent.clone(), at);
            }
        } else if ty == "application/xhtml+xml" && local != "html" {
            let f = Finding::new(
                Code::HtmlFragment,
                "application/xhtml+xml content should be a whole `html` document",
            )
            .value(local)
            .with("type", ty.clone());
            w.log_as(p, f, element.clone(), parent.clone(), at);
        }
        if attrs
            .iter()
            .any(|a| a.local == "mode" && a.value == "escaped")
            || w.stack[p].attr("mode") == Some("escaped")
        {
            let f = Finding::new(
                Code::NotEscaped,
                "`mode=\"escaped\"` content that is not escaped",
            );
            w.log_as(p, f, element.clone(), parent.clone(), at);
        }
    } else if w.doc.feed_type == FeedType::Rss1 && pkind != Kind::AtomLink {
        // RSS 1.0 is RDF: a property may hold a resource description instead of text.
        let literal = attrs
            .iter()
            .any(|a| a.local == "parseType" && a.value == "Literal");
        if ns_uri == Some(ns::XHTML) && local == "div" {
            kind = Kind::Eater;
        } else {
            if (w.stack[p].has_text || !w.stack[p].children.is_empty()) && !literal {
                let f = Finding::new(
                    Code::InvalidRDF,
                    "mixed content: text next to an element in an RDF property",
                )
                .with("message", "mixed content");
                w.log(p, f);
            }
            // A node element (the object of a property) takes rdf:about, not rdf:resource.
            if !literal
                && attrs
                    .iter()
                    .any(|a| a.ns == Some(ns::RDF) && a.local == "resource")
            {
                let f = Finding::new(
                    Code::InvalidRDF,
                    format!("`{local}` is a node element: rdf:resource is not allowed on it"),
                )
                .with("message", "invalid node element");
                w.log(p, f);
            }
            kind = if literal {
                Kind::Eater
            } else {
                Kind::RdfExtension
            };
        }
        w.stack[p].children.push(local);
    } else if pkind != Kind::AtomLink {
        let f = if local.contains(':') {
            Finding::new(
                Code::MissingNamespace,
                format!("`{local}` uses an undeclared prefix"),
            )
        } else {
            Finding::new(
                Code::UndefinedElement,
                format!("`{local}` is not allowed inside `{}`", w.stack[p].display()),
            )
        };
        let parent = w.stack[p].name.clone();
        w.log_as(p, f, local.to_string(), parent, at);
    }
    let i = w.push(local, kind, at);
    if kind == Kind::RdfExtension {
        rdf_attr_checks(w, i, local, attrs);
    }
    w.stack[i].attrs.clear();
    for a in attrs {
        w.stack[i].attrs.push(a.local, &a.value);
    }
}

/// An `xml:base` attribute on frame `i`: checked as an IRI reference and resolved against
/// the base in scope.
fn xml_base(w: &mut Walker, i: usize, value: &str) {
    let mut out = Vec::new();
    values::uri_unstripped(
        value,
        UriRule::Iri,
        Code::InvalidIRI,
        Code::ValidURI,
        None,
        &mut out,
    );
    let parent = w.stack[i].name.clone();
    let at = w.stack[i].offset;
    for f in out {
        w.log_as(i, f, "xml:base".into(), parent.clone(), at);
    }
    if value.contains("://") {
        w.stack[i].base_has_authority = true;
    }
    let base = w.stack[i].base.clone();
    let resolved = match base.as_deref().and_then(|b| url::Url::parse(b).ok()) {
        Some(b) => b
            .join(value)
            .map(String::from)
            .unwrap_or_else(|_| value.to_string()),
        None => value.to_string(),
    };
    w.stack[i].base = Some(resolved.into());
}

/// Root element detection (structure.md §3).
fn root(w: &mut Walker, ns_uri: Option<&str>, local: &str, attrs: &[RawAttr], at: u64) {
    let uri = ns_uri.unwrap_or_default().to_string();
    let rule = match (local, uri.as_str()) {
        ("rss", _) => {
            if !uri.is_empty() {
                let f = Finding::new(
                    Code::InvalidNamespace,
                    format!("`rss` takes no namespace, not {uri}"),
                )
                .with("namespace", uri.clone());
                w.log_as(0, f, "rss".into(), "root".into(), at);
                w.doc.defaults.push(uri.clone());
            }
            w.doc.feed_type = FeedType::Rss2;
            Some(Kind::Rss)
        }
        ("feed" | "entry", _) => {
            if uri == ns::ATOM03 {
                let f = Finding::new(
                    Code::ObsoleteNamespace,
                    "Atom 0.3 is obsolete: use Atom 1.0 (RFC 4287)",
                )
                .with("namespace", uri.clone());
                w.log_as(0, f, "feed".into(), "root".into(), at);
                w.doc.defaults.push(uri.clone());
                w.doc.feed_type = FeedType::Atom;
                w.doc.format = FeedFormat::Atom10;
                None
            } else {
                if uri.is_empty() {
                    let f = Finding::new(
                        Code::MissingNamespace,
                        format!("`{local}` needs the Atom namespace http://www.w3.org/2005/Atom"),
                    );
                    w.log_as(0, f, local.to_string(), "root".into(), at);
                } else {
                    w.doc.feed_type = if local == "feed" {
                        FeedType::Atom
                    } else {
                        FeedType::AtomEntry
                    };
                    if uri != ns::ATOM {
                        let f = Finding::new(
                            Code::InvalidNamespace,
                            format!("`{local}` must be in the Atom namespace, not {uri}"),
                        )
                        .with("namespace", uri.clone());
                        w.log_as(0, f, local.to_string(), "root".into(), at);
                        w.doc.defaults.push(uri.clone());
                    }
                }
                w.doc.defaults.push(ns::ATOM.to_string());
                w.doc.format = if local == "feed" {
                    FeedFormat::Atom10
                } else {
                    FeedFormat::Atom10Entry
                };
                Some(if local == "feed" {
                    Kind::Feed
                } else {
                    Kind::Entry
                })
            }
        }
        ("service" | "categories", "http://www.w3.org/2007/app") => {
            w.doc.feed_type = FeedType::App;
            Some(if local == "service" {
                Kind::AppService
            } else {
                Kind::AppCategories
            })
        }
        ("RDF", ns::RDF) => {
            w.doc.defaults.push(ns::RSS1.to_string());
            w.doc.feed_type = FeedType::Rss1;
            w.doc.format = FeedFormat::Rss10;
            Some(Kind::RdfRdf)
        }
        ("Channel", _) => {
            if uri.is_empty() {
                let f = Finding::new(
                    Code::MissingNamespace,
                    "RSS 1.1's `Channel` needs its namespace",
                );
                w.log_as(0, f, "Channel".into(), "root".into(), at);
            } else if uri != ns::RSS11 {
                let f = Finding::new(
                    Code::InvalidNamespace,
                    format!("RSS 1.1's namespace is {}", ns::RSS11),
                )
                .with("namespace", uri.clone());
                w.log_as(0, f, "Channel".into(), "root".into(), at);
            } else {
                w.doc.defaults.push(uri.clone());
                w.doc.feed_type = FeedType::Rss1;
            }
            w.doc.format = FeedFormat::Rss11;
            Some(Kind::Channel)
        }
        _ => {
            if uri == ns::ATOM03 || uri == "http://example.com/newformat#" {
                let f = Finding::new(Code::ObsoleteNamespace, format!("{uri} is obsolete"))
                    .with("namespace", uri.clone());
                w.log_as(0, f, local.to_string(), "root".into(), at);
            } else {
                let element = match w.prefix_of(&uri) {
                    Some(p) if !uri.is_empty() => format!("{p}:{local}"),
                    _ => local.to_string(),
                };
                let f = Finding::new(
                    Code::UndefinedElement,
                    format!("`{element}` is not a feed's root element"),
                );
                w.log_as(0, f, element, "root".into(), at);
            }
            None
        }
    };
    let kind = rule.unwrap_or(Kind::Eater);
    let name = match kind {
        Kind::RdfRdf => "rdf_RDF".to_string(),
        Kind::AppService => "app_service".to_string(),
        Kind::AppCategories => "app_categories".to_string(),
        _ => local.to_string(),
    };
    let i = w.push(&name, kind, at);
    if w.doc.feed_type == FeedType::Rss1 {
        w.stack[i].flags |= F_RSS1;
    }
    w.stack[0].children.push(&name);
    if let Some(a) = attrs
        .iter()
        .find(|a| a.ns == Some(ns::XML) && a.local == "lang")
    {
        w.stack[i].lang = Some(a.value.as_ref().into());
        xml_lang(w, 0, &a.value, local, at);
    }
    if let Some(a) = attrs
        .iter()
        .find(|a| a.ns == Some(ns::XML) && a.local == "base")
    {
        w.stack[i].base = w.doc.opts.base_url.as_deref().map(Into::into);
        xml_base(w, i, &a.value);
    } else {
        w.stack[i].base = w.doc.opts.base_url.as_deref().map(Into::into);
    }
    if kind == Kind::Rss {
        let version = attrs
            .iter()
            .find(|a| a.ns.is_none() && a.local == "version")
            .map(|a| a.value.to_string());
        w.doc.format = match version.as_deref() {
            Some(v) if v.starts_with("2.") => FeedFormat::Rss20,
            Some(_) => FeedFormat::Rss09x,
            None => FeedFormat::Rss20,
        };
        match &version {
            None => {
                let f = Finding::new(Code::MissingAttribute, "`rss` needs a `version` attribute")
                    .attr("version");
                w.log_as(i, f, "rss".into(), "root".into(), at);
            }
            Some(v) if w.doc.valid_doctype && v != "0.91" => {
                let f = Finding::new(
                    Code::InvalidDoctype,
                    "the RSS 0.91 DOCTYPE goes with version 0.91 only",
                )
                .attr("version");
                w.log_as(i, f, "rss".into(), "root".into(), at);
            }
            Some(v) if !w.doc.valid_doctype && !matches!(v.as_str(), "0.91" | "0.92" | "2.0") => {
                let f = Finding::new(
                    Code::InvalidRSSVersion,
                    format!("`{v}` is not an RSS version (0.91, 0.92 or 2.0)"),
                )
                .value(v.clone());
                w.log_as(i, f, "rss".into(), "root".into(), at);
            }
            _ => {}
        }
        w.doc.rss_version = Some(version.unwrap_or_else(|| "2.0".into()));
    }
    attributes(w, i, attrs, kind == Kind::Eater);
    if (kind == Kind::Feed || kind == Kind::Entry)
        && let Some(a) = attrs.iter().find(|a| a.qname == "xmlns:atom")
    {
        let _ = a;
    }
}

/// A descendant of an eaten element: only namespace problems are reported.
fn eaten_child(
    w: &mut Walker,
    i: usize,
    p: usize,
    ns_uri: Option<&str>,
    local: &str,
    attrs: &[RawAttr],
) {
    let pkind = w.stack[p].kind;
    w.stack[p].flags |= F_CHILD_ELEMENTS;
    if pkind == Kind::DivEater {
        div_child(w, i, p, ns_uri, local, attrs);
        return;
    }
    if pkind == Kind::RdfExtension {
        rdf_child(w, i, p, ns_uri, local, attrs);
        return;
    }
    if pkind == Kind::HtmlEater {
        // Attributes first (the element check below returns early).
        let element = w.stack[p].display();
        let parent = w.parent_name(p);
        let at = w.stack[i].offset;
        let hp = (0..=p)
            .rev()
            .find(|&k| w.stack[k].name == "xhtml_body")
            .unwrap_or(p);
        let (element, parent) = if hp != p {
            (w.stack[hp].display(), w.parent_name(hp))
        } else {
            (element, parent)
        };
        for a in attrs.iter().filter(|a| a.ns.is_none()) {
            if a.local == "style" {
                for bad in html::check_style(&a.value) {
                    let f = Finding::new(Code::DangerousStyleAttr, format!("unsafe style `{bad}`"))
                        .attr("style")
                        .value(bad);
                    w.log_as(hp, f, element.clone(), parent.clone(), at);
                }
            } else if !html::is_acceptable_attribute(&a.local.to_ascii_lowercase()) {
                let f = Finding::new(
                    Code::SecurityRiskAttr,
                    format!("the attribute `{}` can run code", a.local),
                )
                .attr(a.local.to_string());
                w.log_as(hp, f, element.clone(), parent.clone(), at);
            }
        }
        if !html::is_acceptable_element(&local.to_ascii_lowercase()) {
            let f = Finding::new(
                Code::SecurityRisk,
                format!("`<{local}>` can run code or change the reader's page"),
            )
            .with("tag", local);
            let parent = w.parent_name(p);
            let element = w.stack[p].display();
            w.log_as(p, f, element, parent, w.stack[i].offset);
        }
        return;
    }
    if ns_uri.is_none()
        && w.doc.feed_type == FeedType::Rss2
        && w.stack[p].name.contains('_')
        && !w.stack[p].name.starts_with("eaten_")
        && !w.stack[p].name.starts_with("unknown_")
    {
        let f = Finding::new(
            Code::NotInANamespace,
            format!("`{local}` inside an extension element has no namespace"),
        )
        .with("namespace", "\"\"");
        let parent = w.stack[p].name.clone();
        let at = w.stack[i].offset;
        w.log_as(p, f, local.to_string(), parent, at);
    }
}

/// A descendant of unknown-namespace content in RSS 1.0 (an RDF description): RSS 1.1
/// elements and attributes are out of place, `rdf:about` values stay unique, and a
/// `rdf:parseType="Literal"` subtree is not checked.
fn rdf_child(
    w: &mut Walker,
    i: usize,
    p: usize,
    ns_uri: Option<&str>,
    local: &str,
    attrs: &[RawAttr],
) {
    let at = w.stack[i].offset;
    if w.stack[p].has_text {
        let f = Finding::new(
            Code::InvalidRDF,
            "mixed content: text next to an element in an RDF description",
        )
        .with("message", "mixed content");
        w.log(p, f);
    }
    if attrs
        .iter()
        .any(|a| a.local == "parseType" && a.value == "Literal")
    {
        w.stack[i].kind = Kind::Eater;
    }
    if ns_uri == Some(ns::RSS11) {
        let parent = w.stack[p].name.clone();
        let f = Finding::new(
            Code::UndefinedElement,
            format!("the RSS 1.1 element `{local}` is out of place here"),
        );
        w.log_as(p, f, local.to_string(), parent, at);
    }
    rdf_attr_checks(w, i, local, attrs);
}

fn rdf_attr_checks(w: &mut Walker, i: usize, local: &str, attrs: &[RawAttr]) {
    let at = w.stack[i].offset;
    for a in attrs {
        if a.ns == Some(ns::RSS11) {
            let f = Finding::new(
                Code::UnexpectedAttribute,
                format!("the RSS 1.1 attribute `{}` is out of place here", a.local),
            )
            .with("attribute", a.local.to_string());
            w.log_as(i, f, local.to_string(), local.to_string(), at);
        }
        if a.ns == Some(ns::RDF) && a.local == "about" && !w.doc.unique("rdf_about", &a.value) {
            let f = Finding::new(
                Code::DuplicateValue,
                format!("`{}` is the rdf:about of an earlier resource", a.value),
            )
            .value(a.value.clone());
            w.log_as(i, f, "rdf:about".into(), local.to_string(), at);
        }
    }
}

/// A descendant of an Atom `xhtml:div` (atom.md §8).
fn div_child(
    w: &mut Walker,
    i: usize,
    p: usize,
    ns_uri: Option<&str>,
    local: &str,
    attrs: &[RawAttr],
) {
    // Find the text construct that owns the div, for `element`/`parent`.
    let owner = (0..p)
        .rev()
        .find(|&k| w.stack[k].kind != Kind::DivEater)
        .unwrap_or(p);
    let element = w.stack[owner].display();
    let parent = w.parent_name(owner);
    let at = w.stack[i].offset;
    match ns_uri {
        None => {
            let f = Finding::new(
                Code::MissingNamespace,
                format!("`{local}` inside the XHTML div has no namespace"),
            );
            w.log_as(owner, f, local.to_string(), "xhtml:div".into(), at);
        }
        Some(ns::XHTML) => {
            let lname = local.to_ascii_lowercase();
            if !html::is_html_tag(&lname) {
                let f = Finding::new(Code::NotHtml, format!("`{local}` is not an XHTML element"))
                    .value(local)
                    .with("message", "Non-XHTML element");
                w.log_as(owner, f, element.clone(), parent.clone(), at);
            } else if !html::is_acceptable_element(&lname) {
                let f = Finding::new(
                    Code::SecurityRisk,
                    format!("`<{local}>` can run code or change the reader's page"),
                )
                .with("tag", local);
                w.log_as(owner, f, element.clone(), parent.clone(), at);
            }
            for a in attrs.iter().filter(|a| a.ns.is_none()) {
                if a.local == "style" {
                    for bad in html::check_style(&a.value) {
                        let f =
                            Finding::new(Code::DangerousStyleAttr, format!("unsafe style `{bad}`"))
                                .attr("style")
                                .value(bad);
                        w.log_as(owner, f, element.clone(), parent.clone(), at);
                    }
                } else if !html::is_acceptable_attribute(&a.local.to_ascii_lowercase()) {
                    let f = Finding::new(
                        Code::SecurityRiskAttr,
                        format!("the attribute `{}` can run code", a.local),
                    )
                    .attr(a.local.to_string());
                    w.log_as(owner, f, element.clone(), parent.clone(), at);
                }
            }
        }
        Some(ns::SVG) => {
            if !html::is_svg_element(local) {
                let f = Finding::new(Code::SecurityRisk, format!("SVG `<{local}>` is not safe"))
                    .with("tag", local);
                w.log_as(owner, f, element.clone(), parent.clone(), at);
            }
            for a in attrs.iter().filter(|a| a.ns.is_none()) {
                if !html::is_svg_attribute(a.local) {
                    let f = Finding::new(
                        Code::SecurityRiskAttr,
                        format!("the SVG attribute `{}` is not safe", a.local),
                    )
                    .attr(a.local.to_string());
                    w.log_as(owner, f, element.clone(), parent.clone(), at);
                }
            }
        }
        Some(ns::MATHML) => {
            if !html::is_mathml_element(local) {
                let f = Finding::new(
                    Code::SecurityRisk,
                    format!("MathML `<{local}>` is not safe"),
                )
                .with("tag", local);
                w.log_as(owner, f, element.clone(), parent.clone(), at);
            }
            for a in attrs.iter().filter(|a| a.ns.is_none()) {
                if !html::is_mathml_attribute(a.local) {
                    let f = Finding::new(
                        Code::SecurityRiskAttr,
                        format!("the MathML attribute `{}` is not safe", a.local),
                    )
                    .attr(a.local.to_string());
                    w.log_as(owner, f, element.clone(), parent.clone(), at);
                }
            }
        }
        Some(u) => {
            if let Some(prefix) = w.prefix_of(u)
                && w.stack[p].name != "metadata"
            {
                let f = Finding::new(
                    Code::UndefinedElement,
                    format!("`{prefix}:{local}` is not allowed in XHTML content"),
                );
                w.log_as(owner, f, format!("{prefix}:{local}"), element.clone(), at);
                w.stack[i].kind = Kind::Eater;
            }
        }
    }
}

/// Elements accepted anywhere, with a warning, when their container does not define them.
fn questionable(w: &Walker, p: usize, name: &str) -> Option<Rule> {
    let pname = &w.stack[p].name;
    let q = if !name.contains('_')
        && pname.contains('_')
        && w.doc.defaults.iter().any(|d| d == ns::ATOM)
    {
        format!("atom_{name}")
    } else {
        name.to_string()
    };
    if let Some(rule) = everywhere(w, &q) {
        return Some(rule);
    }
    match q.as_str() {
        "atom_author" | "atom_contributor" => Some(r(Kind::Person)),
        "atom_category" => Some(r(Kind::AtomCategory)),
        "atom_content" => Some(r(Kind::Content)),
        "atom_generator" => Some(r(Kind::Generator)),
        "atom_icon" | "atom_logo" => Some(v(V::Uri).nonblank()),
        "atom_id" => Some(v(V::CanonicalUri).nows()),
        "atom_link" => Some(r(Kind::AtomLink)),
        "atom_published" | "atom_updated" => Some(v(V::Rfc3339).nows()),
        "atom_rights" | "atom_subtitle" | "atom_summary" | "atom_title" => Some(r(Kind::Text)),
        _ => None,
    }
}

// ------------------------------------------------------------------------------------------
// Child rules per container

/// The rule for child `name` of frame `p`, if the parent defines it.
fn child_rule(w: &Walker, p: usize, name: &str) -> Option<Rule> {
    let parent = &w.stack[p];
    let rss1 = w.doc.feed_type == FeedType::Rss1;
    match parent.kind {
        Kind::Rss => match name {
            "channel" => Some(r(Kind::Channel).nodup()),
            "access_restriction" => Some(r(Kind::AccessRestriction).nodup()),
            _ => None,
        },
        Kind::RdfRdf => match name {
            "channel" | "rss090_channel" => Some(r(Kind::Channel).nodup()),
            "item" => Some(r(Kind::Item)),
            "textinput" => Some(r(Kind::TextInput)),
            "image" => Some(r(Kind::Image)),
            "cc_License" | "taxo_topic" | "rdf_Description" => Some(r(Kind::Eater)),
            _ => None,
        },
        Kind::Channel => channel_child(w, p, name, rss1),
        Kind::Item => item_child(w, name, rss1),
        Kind::Image => match name {
            "title" => Some(v(V::ImageTitle).nodup()),
            "link" => Some(v(V::ImageLink).nodup()),
            "url" => Some(v(V::ImageUrl).nodup()),
            "width" => Some(v(V::ImageWidth).nodup()),
            "height" => Some(v(V::ImageHeight).nodup()),
            "description" => Some(v(V::NonHtml).nodup()),
            "dc_creator" | "dc_subject" => Some(v(V::Text)),
            "dc_date" => Some(v(V::W3cdtf).nodup()),
            "cc_license" => Some(r(Kind::Eater)),
            _ => everywhere(w, name),
        },
        Kind::TextInput => match name {
            "title" => Some(v(V::NonHtml).nodup()),
            "description" => Some(v(V::Text).nodup()),
            "name" => Some(v(V::FormName).nodup()),
            "link" => Some(v(V::UriFull).nodup()),
            "dc_creator" | "dc_subject" => Some(v(V::Text)),
            "dc_date" => Some(v(V::W3cdtf).nodup()),
            _ => everywhere(w, name),
        },
        Kind::SkipHours => (name == "hour").then(|| v(V::Hour)),
        Kind::SkipDays => (name == "day").then(|| v(V::Day)),
        Kind::Items => match name {
            "rdf_Seq" if w.doc.format != FeedFormat::Rss11 => Some(r(Kind::RdfSeq)),
            "item" if w.doc.format == FeedFormat::Rss11 => Some(r(Kind::Item)),
            _ => None,
        },
        Kind::RdfSeq => (name == "rdf_li").then(|| r(Kind::RdfLi)),
        Kind::Feed => feed_child(w, p, name),
        Kind::Entry => entry_child(w, name),
        Kind::Person => match name {
            "name" | "atom_name" => Some(v(V::PersonName).nonblank().nodup()),
            "email" | "atom_email" => Some(v(V::AddrSpec).nodup()),
            "uri" | "atom_uri" => Some(v(V::Iri).nonblank().nows().nodup()),
            "foaf_workplaceHomepage" | "foaf_homepage" | "foaf_weblog" => Some(v(V::RdfResource)),
            "foaf_plan" | "foaf_firstName" => Some(v(V::Text)),
            "xhtml_div" => Some(r(Kind::Eater)),
            _ => None,
        },
        Kind::GeoPoint => match name {
            "geo_lat" => Some(v(V::Latitude)),
            "geo_long" => Some(v(V::Longitude)),
            "geo_alt" => Some(v(V::Decimal)),
            _ => None,
        },
        Kind::ItunesOwner => match name {
            "itunes_email" => Some(v(V::Email).nodup()),
            "itunes_name" => Some(v(V::Limited(255)).nodup()),
            _ => None,
        },
        Kind::ItunesCategory => (name == "itunes_category").then(|| r(Kind::ItunesCategory)),
        Kind::MediaGroup => match name {
            "media_content" => Some(r(Kind::MediaContent)),
            _ => media_element(name),
        },
        Kind::MediaContent => media_element(name).or_else(|| everywhere(w, name)),
        Kind::SxSharing => (name == "sx_related").then(|| r(Kind::SxRelated)),
        Kind::SxSync => match name {
            "sx_history" => Some(r(Kind::SxHistory)),
            "sx_conflicts" => Some(r(Kind::SxConflicts)),
            _ => None,
        },
        Kind::SxConflicts => match name {
            "entry" | "atom_entry" => Some(r(Kind::Entry)),
            "item" => Some(r(Kind::Item)),
            _ => None,
        },
        Kind::Gml => match name {
            "gml_Point" | "gml_LineString" | "gml_Polygon" | "gml_Envelope" | "gml_exterior"
            | "gml_LinearRing" => Some(r(Kind::Gml)),
            "gml_pos" | "gml_lowerCorner" | "gml_upperCorner" => Some(v(V::GmlPos)),
            "gml_posList" => Some(v(V::GmlPosList)),
            _ => None,
        },
        Kind::AppControl => (name == "app_draft").then(|| v(V::YesNo).nodup()),
        Kind::ContentItems => match name {
            "rdf_Bag" => Some(r(Kind::ContentItems).nodup()),
            "rdf_li" | "content_item" => Some(r(Kind::ContentItems)),
            "content_format" | "content_encoding" => Some(v(V::RdfResource).nodup()),
            "rdf_value" => Some(v(V::Text).nodup()),
            _ => None,
        },
        Kind::AppService => match name {
            "app_workspace" => Some(r(Kind::AppWorkspace)),
            _ => everywhere(w, name),
        },
        Kind::AppWorkspace => match name {
            "atom_title" => Some(r(Kind::Text).nodup()),
            "app_collection" => Some(r(Kind::AppCollection)),
            _ => everywhere(w, name),
        },
        Kind::AppCollection => match name {
            "atom_title" | "title" => Some(r(Kind::Text).nodup()),
            "app_categories" => Some(r(Kind::AppCategories)),
            "app_accept" => Some(v(V::MediaRange)),
            _ => everywhere(w, name),
        },
        Kind::AppCategories => match name {
            "atom_category" => Some(r(Kind::AtomCategory)),
            _ => None,
        },
        Kind::CfListinfo => match name {
            "cf_sort" | "cf_group" => Some(r(Kind::CfListinfo)),
            _ => None,
        },
        _ => None,
    }
}

fn channel_child(w: &Walker, _p: usize, name: &str, rss1: bool) -> Option<Rule> {
    let common = match name {
        "title" => Some(v(V::NonHtml).nodup().nonblank()),
        "link" => Some(v(V::UriFull).nodup()),
        "description" => Some(v(V::NonHtml).nodup()),
        "image" => Some(r(Kind::Image).nodup()),
        "textInput" if !rss1 => Some(r(Kind::TextInput).nodup()),
        "textinput" => Some(r(Kind::Eater).nodup()),
        "blink" => Some(v(V::NoBlink).nodup()),
        "atom_author" | "atom_contributor" => Some(r(Kind::Person)),
        "atom_category" => Some(r(Kind::AtomCategory)),
        "atom_generator" => Some(r(Kind::Generator).nonblank().nodup()),
        "atom_id" => Some(v(V::UriFull).nodup()),
        "atom_icon" | "atom_logo" => Some(v(V::Uri).nonblank().nodup()),
        "atom_link" => Some(r(Kind::AtomLink)),
        "atom_title" | "atom_subtitle" | "atom_rights" => Some(r(Kind::Text).nodup()),
        "atom_updated" => Some(v(V::Rfc3339).nodup()),
        "dc_creator" | "dc_subject" => Some(v(V::Text)),
        "dc_date" => Some(v(V::W3cdtf).nodup()),
        "cc_license" => Some(r(Kind::Eater)),
        "creativeCommons_license" => Some(v(V::UriFull)),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    if rss1 {
        return match name {
            "items" => Some(r(Kind::Items).nodup()),
            "rdfs_label" | "rdfs_comment" => Some(v(V::Text)),
            _ => ext_channel(w, name).or_else(|| itunes_channel(name)),
        };
    }
    match name {
        "item" => Some(r(Kind::Item)),
        "category" => Some(r(Kind::RssCategory)),
        "cloud" => Some(r(Kind::Cloud).nodup()),
        "ttl" => Some(v(V::PositiveInteger).nonblank().nodup()),
        "docs" => Some(v(V::UriFull).nodup()),
        "generator" => Some(v(V::Text).nodup()),
        "pubDate" | "lastBuildDate" => Some(v(V::Rfc822).nodup()),
        "managingEditor" | "webMaster" => Some(v(V::EmailWithName).nodup()),
        "language" => Some(v(V::Lang).nodup()),
        "copyright" => Some(v(V::NonHtml).nodup()),
        "skipHours" => Some(r(Kind::SkipHours)),
        "skipDays" => Some(r(Kind::SkipDays)),
        "rating" => Some(v(V::Text)),
        _ => ext_channel(w, name).or_else(|| itunes_channel(name)),
    }
}

fn item_child(w: &Walker, name: &str, rss1: bool) -> Option<Rule> {
    let version_091 = w.doc.rss_version.as_deref() == Some("0.91");
    let common = match name {
        "title" => Some(if rss1 {
            v(V::NonHtml).nodup()
        } else {
            v(V::NonHtml).nonblank().nodup()
        }),
        "link" => Some(v(V::UriFull).nodup()),
        "description" => Some(if version_091 {
            v(V::NonHtml).nodup()
        } else {
            v(V::SafeHtml).nodup()
        }),
        "content_encoded" => Some(v(V::SafeHtml).nodup()),
        "content_items" => Some(r(Kind::ContentItems)),
        "xhtml_body" => Some(r(Kind::HtmlEater)),
        "dc_creator" | "dc_subject" => Some(v(V::Text)),
        "dc_date" => Some(v(V::W3cdtf)),
        "cc_license" => Some(r(Kind::Eater)),
        "creativeCommons_license" => Some(v(V::UriFull)),
        "atom_link" => Some(r(Kind::AtomLink)),
        "atom_title" => Some(r(Kind::Content).nodup()),
        "atom_summary" => Some(r(Kind::Text).nodup()),
        "atom_content" => Some(r(Kind::Content)),
        "atom_author" => Some(r(Kind::Person).nodup()),
        "atom_contributor" => Some(r(Kind::Person)),
        "atom_published" | "atom_updated" => Some(v(V::Rfc3339).nodup()),
        "atom_id" => Some(
            v(V::UriFull)
                .nodup()
                .unique("atom_id", Code::DuplicateValue),
        ),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    if rss1 {
        return match name {
            "rdfs_label" | "rdfs_comment" => Some(v(V::Text)),
            "trackback_ping" => Some(v(V::RdfResource).nodup()),
            "trackback_about" => Some(v(V::RdfResource)),
            "l_permalink" => Some(v(V::RdfResource)),
            _ => ext_item(w, name).or_else(|| itunes_item(name)),
        };
    }
    match name {
        "author" => Some(v(V::EmailWithName).nodup()),
        "category" => Some(r(Kind::RssCategory).nonblank()),
        "comments" => Some(v(V::UriFull).nodup()),
        "enclosure" => Some(r(Kind::Enclosure).dup_code(Code::DuplicateEnclosure)),
        "guid" => Some(v(V::Guid).nodup().unique("guid", Code::DuplicateValue)),
        "pubDate" => Some(v(V::Rfc822).nodup()),
        "source" => Some(r(Kind::Source).nodup()),
        "trackback_ping" => Some(v(V::UriFull).nodup()),
        "trackback_about" => Some(v(V::UriFull)),
        "dcterms_accessRights"
        | "dcterms_accrualMethod"
        | "dcterms_accrualPeriodicity"
        | "dcterms_accrualPolicy"
        | "dcterms_bibliographicCitation"
        | "dcterms_educationLevel"
        | "dcterms_instructionalMethod"
        | "dcterms_license"
        | "dcterms_provenance"
        | "dcterms_rightsHolder" => Some(r(Kind::Eater)),
        _ => ext_item(w, name).or_else(|| itunes_item(name)),
    }
}

fn feed_child(w: &Walker, p: usize, name: &str) -> Option<Rule> {
    let is_source = w.stack[p].flags & F_SOURCE != 0;
    let rule = match name {
        "author" | "contributor" => Some(r(Kind::Person)),
        "category" => Some(r(Kind::AtomCategory)),
        "generator" => Some(r(Kind::Generator).nonblank().nodup()),
        "id" => Some(v(V::CanonicalUri).nows().nodup()),
        "icon" | "logo" => Some(v(V::Uri).nonblank().nows().nodup()),
        "link" => Some(r(Kind::AtomLink)),
        "title" | "subtitle" | "rights" => Some(r(Kind::Text).nodup()),
        "updated" => Some(v(V::Rfc3339).nows().nodup()),
        "entry" if !is_source => Some(r(Kind::Entry)),
        "app_collection" => Some(r(Kind::AppCollection).nodup()),
        "dc_creator" | "dc_subject" => Some(v(V::Text)),
        "dc_date" => Some(v(V::W3cdtf).nodup()),
        "creativeCommons_license" => Some(v(V::UriFull)),
        "access_restriction" => Some(r(Kind::AccessRestriction)),
        _ => None,
    };
    rule.or_else(|| ext_channel(w, name))
        .or_else(|| itunes_channel(name))
}

fn entry_child(w: &Walker, name: &str) -> Option<Rule> {
    let rule = match name {
        "author" | "contributor" => Some(r(Kind::Person)),
        "category" => Some(r(Kind::AtomCategory)),
        "content" => Some(r(Kind::Content).nodup()),
        "id" => Some(
            v(V::CanonicalUri)
                .nows()
                .nodup()
                .unique("entry_id", Code::DuplicateEntries),
        ),
        "link" => Some(r(Kind::AtomLink)),
        "published" => Some(v(V::Rfc3339).nows().nodup()),
        "updated" => Some(
            v(V::Rfc3339)
                .nows()
                .nodup()
                .unique("entry_updated", Code::DuplicateUpdated),
        ),
        "source" => Some(r(Kind::Feed).nodup()),
        "title" | "summary" | "rights" => Some(r(Kind::Text).nodup()),
        "app_edited" => Some(v(V::Rfc3339).nows().nodup()),
        "app_control" => Some(r(Kind::AppControl).nodup()),
        "dc_creator" | "dc_subject" => Some(v(V::Text)),
        "dc_date" => Some(v(V::W3cdtf).nodup()),
        "creativeCommons_license" => Some(v(V::UriFull)),
        "trackback_ping" => Some(v(V::UriFull).nodup()),
        "trackback_about" => Some(v(V::UriFull)),
        _ => None,
    };
    rule.or_else(|| ext_item(w, name))
        .or_else(|| itunes_item(name))
}

/// Extensions allowed in every container that takes extensions.
fn everywhere(_w: &Walker, name: &str) -> Option<Rule> {
    Some(match name {
        "dc_title" | "dc_description" | "dc_type" | "dc_format" => v(V::Text).nodup(),
        "dc_publisher" | "dc_contributor" | "dc_identifier" | "dc_relation" | "dc_coverage" => {
            v(V::Text)
        }
        "dc_source" => v(V::Text).nodup(),
        "dc_language" => v(V::DcLanguage).nodup(),
        "dc_rights" => v(V::NonHtml).nodup(),
        "dcterms_alternative" | "dcterms_audience" => v(V::Text),
        "dcterms_abstract"
        | "dcterms_dateAccepted"
        | "dcterms_dateCopyrighted"
        | "dcterms_dateSubmitted"
        | "dcterms_mediator" => v(V::Text).nodup(),
        "dcterms_tableOfContents" => v(V::RdfResource).nodup(),
        "dcterms_created" | "dcterms_issued" | "dcterms_modified" => v(V::W3cdtf).nodup(),
        "dcterms_extent" => v(V::PositiveInteger).nonblank().nodup(),
        "dcterms_isVersionOf"
        | "dcterms_hasVersion"
        | "dcterms_isReplacedBy"
        | "dcterms_replaces"
        | "dcterms_isRequiredBy"
        | "dcterms_requires"
        | "dcterms_isPartOf"
        | "dcterms_hasPart"
        | "dcterms_isReferencedBy"
        | "dcterms_references"
        | "dcterms_isFormatOf"
        | "dcterms_hasFormat"
        | "dcterms_conformsTo" => v(V::RdfResource),
        "dcterms_valid"
        | "dcterms_available"
        | "dcterms_spatial"
        | "dcterms_temporal"
        | "dcterms_accessRights"
        | "dcterms_accrualMethod"
        | "dcterms_accrualPeriodicity"
        | "dcterms_accrualPolicy"
        | "dcterms_bibliographicCitation"
        | "dcterms_educationLevel"
        | "dcterms_instructionalMethod"
        | "dcterms_license"
        | "dcterms_provenance"
        | "dcterms_rightsHolder" => r(Kind::Eater),
        "rdf_RDF" | "rdf_type" | "rdf_Description" => r(Kind::Eater),
        "rdfs_seeAlso" => v(V::RdfResource),
        "geo_Point" => r(Kind::GeoPoint),
        "geo_lat" | "geourl_latitude" | "icbm_latitude" => v(V::Latitude),
        "geo_long" | "geourl_longitude" | "icbm_longitude" => v(V::Longitude),
        "geo_alt" | "georss_elev" => v(V::Decimal),
        "georss_point" => v(V::GmlPos),
        "georss_line" | "georss_polygon" => v(V::GmlPosList),
        "georss_box" => v(V::GmlPosList),
        "georss_where" => r(Kind::Gml),
        "georss_featureTypeTag" | "georss_relationshipTag" | "georss_featureName" => v(V::Text),
        "georss_floor" => v(V::Integer),
        "georss_radius" => v(V::Float),
        "opml_dateCreated" | "opml_dateModified" => v(V::Rfc822).nodup(),
        "opml_ownerName" => v(V::SafeHtml).nodup(),
        "opml_ownerEmail" => v(V::Email).nodup(),
        "opml_ownerId" => v(V::HttpUrl).nodup(),
        _ => return None,
    })
}

/// Extensions of channels (RSS channel, Atom feed and source).
fn ext_channel(w: &Walker, name: &str) -> Option<Rule> {
    let rule = match name {
        "admin_generatorAgent" | "admin_errorReportsTo" => v(V::RdfResource).nodup(),
        "blogChannel_blogRoll"
        | "blogChannel_mySubscriptions"
        | "blogChannel_blink"
        | "blogChannel_changes" => v(V::UriFull).nodup(),
        "sy_updatePeriod" => v(V::UpdatePeriod).nodup(),
        "sy_updateFrequency" => v(V::PositiveInteger).nonblank().nodup(),
        "sy_updateBase" => v(V::W3cdtf).nodup(),
        "foaf_maker" => r(Kind::Eater),
        "cp_server" => v(V::RdfResource),
        "wiki_interwiki" => v(V::Text),
        "thr_in_reply_to" => r(Kind::InReplyTo),
        "cf_listinfo" => r(Kind::CfListinfo),
        "cf_treatAs" => v(V::Text),
        "feedburner_awareness" | "feedburner_feedburnerHostname" => v(V::UriFull).nodup(),
        "feedburner_browserFriendly" => v(V::NonHtml).nodup(),
        "feedburner_emailServiceId" => r(Kind::Eater).nodup(),
        "feedburner_feedFlare" | "feedburner_info" => r(Kind::Feedburner),
        "opensearch_totalResults"
        | "opensearch_itemsPerPage"
        | "opensearch10_totalResults"
        | "opensearch10_itemsPerPage" => v(V::NonNegativeInteger).nodup(),
        "opensearch_startIndex" | "opensearch10_startIndex" => v(V::Integer).nodup(),
        "opensearch_Query" => r(Kind::Eater),
        "xhtml_div" => r(Kind::Eater),
        "xhtml_meta" => r(Kind::XhtmlMeta),
        "sx_sharing" => r(Kind::SxSharing),
        "fh_archive" | "fh_complete" => r(Kind::Empty),
        "taxo_topics" => r(Kind::Eater),
        "l_link" => r(Kind::Eater),
        _ => return media_element(name).or_else(|| everywhere(w, name)),
    };
    Some(rule)
}

/// Extensions of items (RSS items, Atom entries).
fn ext_item(w: &Walker, name: &str) -> Option<Rule> {
    let rule = match name {
        "annotate_reference" => v(V::RdfResource).nodup(),
        "ag_source" => v(V::Text).nodup(),
        "ag_sourceURL" => v(V::UriFull).nodup(),
        "ag_timestamp" => v(V::Iso8601).nodup(),
        "ev_startdate" | "ev_enddate" => v(V::Iso8601Unbounded).nodup(),
        "ev_location" | "ev_organizer" => r(Kind::Eater),
        "ev_type" => v(V::Text).nodup(),
        "feedburner_awareness" | "feedburner_origEnclosureLink" | "feedburner_origLink" => {
            v(V::UriFull).nodup()
        }
        "foaf_maker" | "foaf_primaryTopic" => r(Kind::Eater),
        "slash_comments" => v(V::NonNegativeInteger).nodup(),
        "slash_section" | "slash_department" => v(V::Text),
        "slash_hit_parade" => v(V::CommaInts).nodup(),
        "thr_total" => v(V::NonNegativeInteger).nodup(),
        "thr_in_reply_to" => r(Kind::InReplyTo),
        "thr_children" if w.doc.feed_type == FeedType::Rss1 => r(Kind::Eater),
        "wfw_comment" | "wfw_commentRss" | "wfw_commentRSS" => v(V::UriFull).nodup(),
        "wiki_diff" | "wiki_history" | "wiki_importance" | "wiki_status" | "wiki_version" => {
            v(V::Text)
        }
        "media_group" => r(Kind::MediaGroup),
        "media_content" => r(Kind::MediaContent),
        "sx_sync" => r(Kind::SxSync),
        "conversationsNetwork_introMilliseconds" | "conversationsNetwork_ratingCount" => {
            v(V::NonNegativeInteger).nodup()
        }
        "conversationsNetwork_image" => v(V::HttpUrl).nodup(),
        "conversationsNetwork_ratingAverage" => v(V::Float).nodup(),
        "conversationsNetwork_ratingIndividual" => v(V::PositiveInteger).nodup(),
        "conversationsNetwork_ratingTimestamp" => v(V::Iso8601).nodup(),
        "taxo_topics" => r(Kind::Eater),
        "l_link" => r(Kind::Eater),
        _ if name.starts_with("g_") => r(Kind::Eater),
        _ => return media_element(name).or_else(|| everywhere(w, name)),
    };
    Some(rule)
}

fn media_element(name: &str) -> Option<Rule> {
    Some(match name {
        "media_adult" => v(V::TrueFalse).nodup(),
        "media_category" | "media_credit" | "media_rating" | "media_restriction" | "media_text"
        | "media_thumbnail" | "media_hash" | "media_player" => r(Kind::Media),
        "media_copyright" | "media_description" | "media_title" => r(Kind::Media).nodup(),
        "media_keywords" => v(V::Text),
        _ => return None,
    })
}

fn itunes_common(name: &str) -> Option<Rule> {
    Some(match name {
        "itunes_author" => v(V::Limited(255)).nodup(),
        "itunes_block" => v(V::YesNoClean).nodup(),
        "itunes_explicit" => v(V::Explicit).nodup(),
        "itunes_keywords" => v(V::Keywords).nodup(),
        "itunes_subtitle" => v(V::Limited(255)).nodup(),
        "itunes_summary" => v(V::Limited(4000)).nodup(),
        "itunes_image" => r(Kind::ItunesImage).nodup(),
        _ => return None,
    })
}

fn itunes_channel(name: &str) -> Option<Rule> {
    itunes_common(name).or_else(|| {
        Some(match name {
            "itunes_owner" => r(Kind::ItunesOwner).nodup(),
            "itunes_category" => r(Kind::ItunesCategory),
            "itunes_pubDate" => v(V::Rfc822).nodup(),
            "itunes_new_feed_url" => v(V::UriFull).nodup(),
            "itunes_type" => v(V::ItunesType).nodup(),
            _ => return None,
        })
    })
}

fn itunes_item(name: &str) -> Option<Rule> {
    itunes_common(name).or_else(|| {
        Some(match name {
            "itunes_duration" => v(V::Duration).nodup(),
            "itunes_title" => v(V::Text).nodup(),
            "itunes_episode" | "itunes_season" => v(V::PositiveInteger).nodup(),
            "itunes_episodeType" => v(V::ItunesEpisodeType).nodup(),
            "itunes_order" | "itunes_isClosedCaptioned" => v(V::Text).nodup(),
            _ => return None,
        })
    })
}

/// Core and extension elements that mean the same (DuplicateSemantics).
fn semantics(w: &mut Walker, p: usize, name: &str, at: u64) {
    let pkind = w.stack[p].kind;
    if !matches!(pkind, Kind::Channel | Kind::Item) {
        return;
    }
    let item = pkind == Kind::Item;
    let pairs: &[(&str, &str)] = &[
        ("managingEditor", "dc_creator"),
        ("category", "dc_subject"),
        ("pubDate", "dc_date"),
        ("webMaster", "dc_publisher"),
        ("language", "dc_language"),
        ("copyright", "dc_rights"),
        ("lastBuildDate", "dcterms_modified"),
        ("generator", "admin_generatorAgent"),
        ("creativeCommons_license", "cc_license"),
        ("author", "dc_creator"),
        ("guid", "atom_id"),
        ("source", "dc_source"),
        ("pubDate", "atom_published"),
    ];
    for &(core, ext) in pairs {
        let other = if name == core {
            ext
        } else if name == ext {
            core
        } else {
            continue;
        };
        let applies = if item {
            matches!(
                (core, ext),
                ("author", _)
                    | ("category", _)
                    | ("pubDate", _)
                    | ("guid", _)
                    | ("source", _)
                    | ("creativeCommons_license", _)
            )
        } else {
            !matches!(core, "author" | "guid" | "source") && ext != "atom_published"
        };
        if !applies || !w.stack[p].has_child(other) {
            continue;
        }
        if core == "pubDate" && ext == "atom_published" {
            continue; // the W3C validator compares with a child named `published`: never fires
        }
        let code = if item {
            Code::DuplicateItemSemantics
        } else {
            Code::DuplicateSemantics
        };
        let f = Finding::new(
            code,
            format!(
                "`{}` and `{}` say the same: keep one",
                display(core),
                display(ext)
            ),
        )
        .with("core", display(core))
        .with("ext", display(ext));
        let parent = w.stack[p].name.clone();
        w.log_as(p, f, display(name), parent, at);
    }
    if !item
        && matches!(name, "atom_title" | "atom_subtitle" | "atom_rights")
        && w.doc.feed_type == FeedType::Rss2
    {
        let f = Finding::new(
            Code::DuplicateDescriptionSemantics,
            format!("`{}` duplicates RSS's own element", display(name)),
        );
        let parent = w.stack[p].name.clone();
        w.log_as(p, f, display(name), parent, at);
    }
    if item
        && matches!(name, "atom_title" | "atom_content" | "xhtml_body")
        && w.doc.feed_type == FeedType::Rss2
    {
        let f = Finding::new(
            Code::DuplicateDescriptionSemantics,
            format!("`{}` duplicates RSS's own element", display(name)),
        );
        let parent = w.stack[p].name.clone();
        w.log_as(p, f, display(name), parent, at);
    }
    if item
        && name == "content_encoded"
        && w.doc.feed_type == FeedType::Rss2
        && !w.stack[p].has_child("description")
    {
        let f = Finding::new(
            Code::NeedDescriptionBeforeContent,
            "put `description` before `content:encoded`",
        );
        let parent = w.stack[p].name.clone();
        w.log_as(p, f, "content:encoded".into(), parent, at);
    }
    if !item && name == "textInput" && w.doc.feed_type == FeedType::Rss2 {
        let f = Finding::new(Code::AvoidTextInput, "few readers support `textInput`");
        let parent = w.stack[p].name.clone();
        w.log_as(p, f, "textInput".into(), parent, at);
    }
}

// ------------------------------------------------------------------------------------------
// Attributes

/// The attributes an element kind expects (display names).
fn expected_attrs(w: &Walker, i: usize) -> &'static [&'static str] {
    let f = &w.stack[i];
    match f.kind {
        Kind::Rss => &["version"],
        Kind::Channel => {
            if f.flags & F_RSS1 != 0 {
                &["rdf:about"]
            } else {
                &["indexing:index"]
            }
        }
        Kind::Item => {
            if f.flags & F_RSS1 != 0 {
                &["rdf:about"]
            } else {
                &[]
            }
        }
        Kind::Image => &["rdf:resource", "rdf:about", "rdf:parseType"],
        Kind::TextInput => &["rdf:about"],
        Kind::Cloud => &["domain", "path", "registerProcedure", "protocol", "port"],
        Kind::Enclosure => &["url", "length", "type"],
        Kind::Source => &["url"],
        Kind::RssCategory => &["domain"],
        Kind::Items => &["rdf:parseType"],
        Kind::RdfLi => &["resource", "rdf:resource"],
        Kind::Feed => &["indexing:index"],
        Kind::Entry => &["rdf:parseType"],
        Kind::Person => &["rdf:parseType"],
        Kind::AtomLink => &[
            "type",
            "title",
            "rel",
            "href",
            "length",
            "hreflang",
            "rdf:type",
            "rdf:resource",
            "thr:count",
            "thr:when",
            "thr:updated",
        ],
        Kind::Text | Kind::Content => &["type", "src"],
        Kind::AtomCategory => &["term", "scheme", "label"],
        Kind::Generator => &["uri", "version"],
        Kind::Value(V::Guid) => &["isPermaLink"],
        Kind::Value(V::RdfResource) => &["rdf:resource", "dc:title"],
        Kind::ItunesImage => &["href"],
        Kind::ItunesCategory => &["text"],
        Kind::MediaContent => &[
            "bitrate",
            "channels",
            "duration",
            "expression",
            "fileSize",
            "framerate",
            "height",
            "isDefault",
            "lang",
            "medium",
            "samplingrate",
            "type",
            "url",
            "width",
        ],
        Kind::Media => match f.name.as_str() {
            "media_category" => &["label", "scheme"],
            "media_copyright" => &["url"],
            "media_credit" => &["role", "scheme"],
            "media_description" | "media_title" => &["type"],
            "media_hash" => &["algo"],
            "media_player" => &["url", "height", "width"],
            "media_rating" => &["scheme"],
            "media_restriction" => &["relationship", "type"],
            "media_text" => &["type", "start", "end", "lang"],
            "media_thumbnail" => &["time", "url", "height", "width"],
            _ => &[],
        },
        Kind::SxSharing => &["expires", "since", "until"],
        Kind::SxRelated => &["link", "title", "type"],
        Kind::SxSync => &["deleted", "noconflicts", "id", "updates"],
        Kind::SxHistory => &["by", "sequence", "when"],
        Kind::AccessRestriction => &["relationship"],
        Kind::XhtmlMeta => &["name", "content"],
        Kind::InReplyTo => &["href", "ref", "source", "type"],
        Kind::Feedburner => &["href", "src", "uri"],
        Kind::Gml => &["srsName"],
        Kind::CfListinfo => &["data-type", "default", "element", "label", "ns"],
        Kind::ContentItems => &["rdf:resource", "rdf:parseType"],
        Kind::AppCollection => &["href"],
        Kind::AppCategories => &["scheme", "fixed", "href"],
        Kind::Value(_) if f.flags & F_RSS1 != 0 => {
            &["rdf:parseType", "rdf:datatype", "rdf:resource"]
        }
        _ => &[],
    }
}

/// Records the attributes of frame `i` and reports unexpected ones.
fn attributes(w: &mut Walker, i: usize, attrs: &[RawAttr], eaten: bool) {
    let expected = expected_attrs(w, i);
    let local_name = |w: &Walker| w.stack[i].name.rsplit('_').next().unwrap_or("").to_string();
    for a in attrs {
        let display_name: Cow<str> = match a.ns {
            None => Cow::Borrowed(a.local),
            Some(u) if u == ns::XML => Cow::Owned(format!("xml:{}", a.local)),
            Some(u) => Cow::Owned(match w.prefix_of(u) {
                Some(p) => format!("{p}:{}", a.local),
                None => format!("{{{u}}}{}", a.local),
            }),
        };
        if a.ns.is_none() && a.local.contains(':') {
            let f = Finding::new(
                Code::MissingNamespace,
                format!("the attribute `{}` uses an undeclared prefix", a.local),
            );
            let parent = w.stack[i].name.clone();
            let at = w.stack[i].offset;
            w.log_as(i, f, a.local.to_string(), parent, at);
        }
        if a.value
            .chars()
            .any(|c| ('\u{80}'..='\u{9F}').contains(&c) || c == '\u{FFFD}')
        {
            let f = Finding::new(
                Code::BadCharacters,
                format!(
                    "the attribute `{display_name}` contains control or replacement characters"
                ),
            );
            let parent = w.stack[i].name.clone();
            let at = w.stack[i].offset;
            w.log_as(i, f, a.local.to_string(), parent, at);
        }
        w.stack[i].attrs.push(&display_name, &a.value);
        if eaten || display_name.starts_with("xml:") || expected.contains(&display_name.as_ref()) {
            continue;
        }
        if w.stack[i].kind == Kind::Root
            || matches!(
                w.stack[i].kind,
                Kind::Eater | Kind::HtmlEater | Kind::RdfExtension | Kind::DivEater
            )
        {
            continue;
        }
        let known_ns =
            a.ns.is_none_or(|u| u == ns::XML || w.prefix_of(u).is_some());
        let at = w.stack[i].offset;
        if !known_ns {
            if !w.stack[i].name.contains('_') && w.doc.feed_type == FeedType::Rss2 {
                let f = Finding::new(
                    Code::UseOfExtensionAttr,
                    format!("the extension attribute `{}` on a core RSS element is not understood by most readers", a.qname),
                )
                .with("attribute", a.qname);
                let name = local_name(w);
                w.log_as(i, f, name.clone(), name, at);
            }
            continue;
        }
        let name = local_name(w);
        let f = Finding::new(
            Code::UnexpectedAttribute,
            format!("`{name}` does not take the attribute `{display_name}`"),
        )
        .with("attribute", a.local.to_string());
        w.log_as(i, f, name.clone(), name, at);
    }
}

// ------------------------------------------------------------------------------------------
// Prevalidation (at push)

fn prevalidate(w: &mut Walker, i: usize, at: u64) {
    let kind = w.stack[i].kind;
    let name = w.stack[i].name.clone();
    match kind {
        Kind::Text | Kind::Content => {
            let has_src = w.stack[i].attr("src").is_some();
            if has_src {
                w.stack[i].flags |= F_SRC;
            }
            let ty = w.stack[i].attr("type").map(str::to_string);
            if let Some(t) = &ty
                && t.is_empty()
            {
                let f = Finding::new(Code::AttrNotBlank, "`type` is empty").attr("type");
                w.log(i, f);
            }
            let ty = ty.unwrap_or_else(|| {
                if has_src {
                    String::new()
                } else {
                    "text".into()
                }
            });
            if kind == Kind::Text && ty.contains('/') {
                let f = Finding::new(
                    Code::InvalidTextType,
                    format!("a text construct's type is text, html or xhtml, not `{ty}`"),
                )
                .attr("type")
                .value(ty.clone());
                w.log(i, f);
            }
            if has_src {
                let src = w.stack[i].attr("src").unwrap_or("").to_string();
                let mut out = Vec::new();
                values::uri_unstripped(
                    &src,
                    UriRule::Plain,
                    Code::InvalidURIAttribute,
                    Code::ValidURI,
                    None,
                    &mut out,
                );
                w.log_all(i, out.into_iter().map(|f| f.attr("src")).collect());
                if w.stack[i].attr("type").is_none() {
                    let f = Finding::new(
                        Code::MissingTypeAttr,
                        "content with `src` should say its `type`",
                    )
                    .attr("type");
                    w.log(i, f);
                }
            }
            if !matches!(ty.as_str(), "text" | "html" | "xhtml") || has_src {
                if !ty.is_empty() && !values::mime_type(&ty) {
                    let f =
                        Finding::new(Code::InvalidMIMEType, format!("`{ty}` is not a MIME type"))
                            .attr("type")
                            .value(ty.clone());
                    w.log(i, f);
                } else if !ty.is_empty() {
                    let f = Finding::new(Code::ValidMIMEAttribute, "MIME type")
                        .attr("type")
                        .value(ty.clone());
                    w.log(i, f);
                }
            }
            if kind == Kind::Content && ty == "multipart/alternative" {
                let f = Finding::new(Code::InvalidMIMEType, "multipart content is not allowed")
                    .attr("type")
                    .value(ty.clone());
                w.log(i, f);
            }
            if w.doc.feed_type == FeedType::Rss2
                && name.starts_with("atom_")
                && name != "atom_summary"
                && !has_src
            {
                // reported by `semantics` for channel/item children
            }
            if w.stack[i].lang.as_deref().is_none_or(str::is_empty)
                && w.doc.feed_type == FeedType::Rss2
            {
                let f = Finding::new(
                    Code::MissingDCLanguage,
                    "no `xml:lang` says the language of this text",
                );
                let element = "xml:lang".to_string();
                let parent = w.stack[i].name.clone();
                w.log_as(i, f, element, parent, at);
            }
        }
        Kind::Entry => {
            let p = i - 1;
            if w.stack[p].kind == Kind::Feed {
                feed_metadata(w, p);
                w.stack[p].flags |= F_ENTRY_SEEN;
            }
        }
        Kind::Feed if w.stack[i - 1].kind == Kind::Entry => {
            w.stack[i].flags |= F_SOURCE;
        }
        _ => {}
    }
    // Atom feed metadata after entries.
    let p = i - 1;
    if w.stack[p].kind == Kind::Feed
        && w.stack[p].flags & F_ENTRY_SEEN != 0
        && w.stack[p].flags & F_SOURCE == 0
        && matches!(
            name.as_str(),
            "author"
                | "category"
                | "contributor"
                | "generator"
                | "id"
                | "icon"
                | "link"
                | "logo"
                | "title"
                | "subtitle"
                | "rights"
                | "updated"
        )
    {
        let f = Finding::new(
            Code::MisplacedMetadata,
            format!("feed metadata `{name}` after the first entry"),
        );
        w.log_as(p, f, name.clone(), "feed".into(), at);
    }
}

// ------------------------------------------------------------------------------------------
// Text

/// Character data inside frame `i`.
pub fn text(w: &mut Walker, i: usize, s: &str, at: u64) {
    let kind = w.stack[i].kind;
    // C1 controls (C2 80..C2 9F), U+FFFD (EF BF BD) and re-encoded UTF-8 (C2/C3 leads) all
    // start with one of three bytes: text without them (nearly all) is scanned once, with SIMD.
    let b = s.as_bytes();
    // One pass over the lead bytes: C2 80..9F (C1 controls), EF BF BD (U+FFFD), C3 82..B4
    // (the lead of re-encoded UTF-8). Text without them (nearly all) needs nothing else.
    let (mut bad, mut maybe_double) = (false, false);
    for p in memchr::memchr3_iter(0xC2, 0xC3, 0xEF, b) {
        let next = b.get(p + 1).copied().unwrap_or(0);
        match b[p] {
            0xC2 => bad |= (0x80..=0x9F).contains(&next),
            0xC3 => maybe_double |= (0x82..=0xB4).contains(&next),
            _ => bad |= next == 0xBF && b.get(p + 2) == Some(&0xBD),
        }
    }
    if bad || maybe_double {
        if bad || double_encoded(s) {
            let f = Finding::new(
                Code::BadCharacters,
                "control characters (U+0080-U+009F), U+FFFD or doubly encoded UTF-8 in the text: a decoding error upstream",
            );
            let element = w.stack[i].display();
            let parent = w.parent_name(i);
            w.log_as(i, f, element, parent, at);
        }
        if let Some(m) = html::mojibake(s) {
            let f = Finding::new(
                Code::Mojibake,
                format!(
                    "`{}` is {} text encoded as {} and read as {}: it should read `{}`",
                    m.sample, m.script, m.original_encoding, m.decoded_as, m.repaired
                ),
            )
            .value(m.sample.clone())
            .with("encoding", m.decoded_as);
            let element = w.stack[i].display();
            let parent = w.parent_name(i);
            w.log_as(i, f, element, parent, at);
        }
    }
    if kind == Kind::RdfExtension {
        if !s.trim().is_empty() {
            if w.stack[i].flags & F_CHILD_ELEMENTS != 0 {
                let f = Finding::new(
                    Code::InvalidRDF,
                    "mixed content: text next to an element in an RDF description",
                )
                .with("message", "mixed content");
                w.log(i, f);
            }
            w.stack[i].has_text = true;
        }
        return;
    }
    if kind == Kind::DivEater {
        // The div's own text counts as the construct's value when the div has no elements.
        let f = &mut w.stack[i];
        if f.text.len() < (64 << 20) {
            f.text.push_str(s);
        }
        return;
    }
    if kind.collects_text() {
        let blank = s.trim().is_empty();
        let f = &w.stack[i];
        let mixed = matches!(kind, Kind::Text | Kind::Content)
            && (f.flags & F_CHILD_ELEMENTS != 0)
            && f.attr("type") != Some("xhtml");
        if (f.flags & F_SRC != 0 || mixed) && !blank {
            let fi = Finding::new(
                Code::UnexpectedText,
                "text next to child elements (or in content with `src`)",
            );
            w.log(i, fi);
            return;
        }
        let f = &mut w.stack[i];
        if f.text.len() < (64 << 20) {
            f.text.push_str(s);
        }
        if !blank {
            f.has_text = true;
        }
        if kind == Kind::Text
            && f.attr("type") == Some("xhtml")
            && !blank
            && f.flags & (F_XHTML_DIV | flags::DIV_REPORTED) == 0
        {
            f.flags |= flags::DIV_REPORTED;
            let fi = Finding::new(
                Code::MissingXhtmlDiv,
                "XHTML content must be wrapped in an xhtml:div",
            );
            w.log(i, fi);
        }
        return;
    }
    if i == 0 && !s.trim().is_empty() {
        // Text before or after the root element: XML allows only markup there.
        let shown: String = s.trim().chars().take(40).collect();
        w.sax_error(
            format!(
                "text outside the root element (`{shown}`): a feed is one XML element, with \
                 nothing but comments and processing instructions around it"
            ),
            at + (s.len() - s.trim_start().len()) as u64,
        );
        return;
    }
    if kind.is_container() && !s.trim().is_empty() {
        let f = Finding::new(
            Code::UnexpectedText,
            format!("text is not allowed directly in `{}`", w.stack[i].display()),
        );
        w.log(i, f);
    }
}

/// UTF-8 that was decoded as windows-1252 (or Latin-1) and encoded as UTF-8 again
/// (`Ã©` for `é`, `â€™` for `’`): every character maps back to one windows-1252 byte, and
/// those bytes are valid UTF-8 with at least one multi-byte sequence.
fn double_encoded(s: &str) -> bool {
    // Cheap pre-check: a lead character of a re-encoded multi-byte sequence.
    if !s.chars().any(|c| ('\u{C2}'..='\u{F4}').contains(&c)) {
        return false;
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(s);
    !unmappable && bytes.iter().any(|&b| b >= 0xC2) && std::str::from_utf8(&bytes).is_ok()
}

// ------------------------------------------------------------------------------------------
// End of an element

/// Validates frame `i` as it ends (it is still on the stack).
pub fn end(w: &mut Walker, i: usize) {
    let kind = w.stack[i].kind;
    if kind == Kind::DivEater {
        if w.stack[i].flags & F_CHILD_ELEMENTS == 0 {
            let t = std::mem::take(&mut w.stack[i].text);
            w.stack[i - 1].text.push_str(&t);
        }
        return;
    }
    match kind {
        Kind::Value(val) => end_value(w, i, val),
        Kind::Rss => {
            if !w.stack[i].has_child("channel") {
                let f = Finding::new(Code::MissingElement, "`rss` needs a `channel`");
                w.log_as(i, f, "channel".into(), "rss".into(), w.stack[i].offset);
            }
        }
        Kind::RdfRdf => {
            if !w.stack[i].has_child("channel") && !w.stack[i].has_child("rss090_channel") {
                let f = Finding::new(Code::MissingElement, "RSS 1.0 needs a `channel`");
                w.log_as(i, f, "channel".into(), "rdf:RDF".into(), w.stack[i].offset);
            }
        }
        Kind::Channel => end_channel(w, i),
        Kind::Item => end_item(w, i),
        Kind::Image => end_image(w, i),
        Kind::TextInput => {
            for (el, code) in [
                ("title", Code::MissingTitle),
                ("link", Code::MissingLink),
                ("description", Code::MissingDescription),
                ("name", Code::MissingElement),
            ] {
                if !w.stack[i].has_child(el) {
                    let f = Finding::new(code, format!("`{}` needs a `{el}`", w.stack[i].name));
                    let parent = w.stack[i].name.clone();
                    let at = w.stack[i].offset;
                    w.log_as(i, f, el.into(), parent, at);
                }
            }
        }
        Kind::SkipHours => {
            if !w.stack[i].has_child("hour") {
                missing(w, i, "hour");
            }
            if w.stack[i].children.len() > 24 {
                w.log(
                    i,
                    Finding::new(Code::NotEnoughHoursInTheDay, "more than 24 hours to skip"),
                );
            }
        }
        Kind::SkipDays => {
            if !w.stack[i].has_child("day") {
                missing(w, i, "day");
            }
            if w.stack[i].children.len() > 7 {
                w.log(
                    i,
                    Finding::new(Code::EightDaysAWeek, "more than 7 days to skip"),
                );
            }
        }
        Kind::Cloud => end_cloud(w, i),
        Kind::Enclosure => end_enclosure(w, i),
        Kind::Source => {
            match w.stack[i].attr("url").map(str::to_string) {
                None => {
                    let f =
                        Finding::new(Code::MissingAttribute, "`source` needs a `url`").attr("url");
                    w.log(i, f);
                }
                Some(u) => {
                    let mut out = Vec::new();
                    values::uri_unstripped(
                        &u,
                        UriRule::Full,
                        Code::InvalidFullLink,
                        Code::ValidURI,
                        None,
                        &mut out,
                    );
                    let at = w.stack[i].offset;
                    for f in out {
                        w.log_as(i, f, "url".into(), "source".into(), at);
                    }
                }
            }
            let text = w.stack[i].text.trim().to_string();
            let mut out = Vec::new();
            values::nonhtml(
                &text,
                Code::ContainsHTML,
                values::TextContext {
                    start_line_has_hex_ref: false,
                    rss2: w.doc.rss2x(),
                },
                &mut out,
            );
            w.log_all(i, out);
        }
        Kind::RssCategory => {
            let text = w.stack[i].text.trim().to_string();
            let mut out = Vec::new();
            values::nonhtml(
                &text,
                Code::ContainsHTML,
                values::TextContext {
                    start_line_has_hex_ref: false,
                    rss2: w.doc.rss2x(),
                },
                &mut out,
            );
            w.log_all(i, out);
        }
        Kind::Feed => end_feed(w, i),
        Kind::Entry => end_entry(w, i),
        Kind::Person => {
            if !w.stack[i].has_child("name") && !w.stack[i].has_child("atom_name") {
                missing(w, i, "name");
            }
        }
        Kind::AtomLink => end_link(w, i),
        Kind::Text | Kind::Content => end_text_construct(w, i),
        Kind::AtomCategory => {
            match w.stack[i].attr("term") {
                None => {
                    let f = Finding::new(Code::MissingAttribute, "`category` needs a `term`")
                        .attr("term");
                    w.log(i, f);
                }
                Some("") => {
                    let at = w.stack[i].offset;
                    w.log_as(
                        i,
                        Finding::new(Code::NotBlank, "`term` is empty"),
                        "term".into(),
                        "category".into(),
                        at,
                    );
                }
                _ => {}
            }
            if let Some(s) = w.stack[i].attr("scheme").map(str::to_string) {
                let mut out = Vec::new();
                values::uri_unstripped(
                    &s,
                    UriRule::IriFull,
                    Code::InvalidFullLink,
                    Code::ValidURI,
                    None,
                    &mut out,
                );
                let at = w.stack[i].offset;
                for f in out {
                    w.log_as(i, f, "scheme".into(), "category".into(), at);
                }
            }
            if let Some(l) = w.stack[i].attr("label").map(str::to_string) {
                let mut out = Vec::new();
                values::nonhtml(
                    &l,
                    Code::ContainsHTML,
                    values::TextContext::default(),
                    &mut out,
                );
                for f in out {
                    super::ext::log_attr(w, i, f, "label");
                }
            }
            if !w.stack[i].text.trim().is_empty() {
                w.log(
                    i,
                    Finding::new(
                        Code::UnexpectedText,
                        "`category` is empty; its data is in attributes",
                    ),
                );
            }
        }
        Kind::Generator => {
            if let Some(u) = w.stack[i].attr("uri").map(str::to_string) {
                let mut out = Vec::new();
                values::uri_unstripped(
                    &u,
                    UriRule::Plain,
                    Code::InvalidURIAttribute,
                    Code::ValidURI,
                    None,
                    &mut out,
                );
                w.log_all(i, out.into_iter().map(|f| f.attr("uri")).collect());
            }
            plain_text(w, i);
        }
        _ => super::ext::end(w, i),
    }
    // Checks requested by the parent.
    let checks = w.stack[i].checks;
    if checks == Checks::default() {
        return;
    }
    let value = std::mem::take(&mut w.stack[i].text);
    if checks.nonblank
        && value.trim().is_empty()
        && !matches!(kind, Kind::Person | Kind::Feed | Kind::Entry)
    {
        w.log(
            i,
            Finding::new(
                Code::NotBlank,
                format!("`{}` is empty", w.stack[i].display()),
            ),
        );
    }
    if checks.nows && value != value.trim() && w.stack[i].flags & F_NOWS_REPORTED == 0 {
        w.log(
            i,
            Finding::new(
                Code::UnexpectedWhitespace,
                format!("`{}` has whitespace around its value", w.stack[i].display()),
            ),
        );
    }
    if let Some((scope, code)) = checks.unique {
        let v = value.trim().to_string();
        if v.is_empty() {
            // NotBlank from `unique` (not repeated when `nonblank` already said it).
            if !checks.nonblank {
                w.log(
                    i,
                    Finding::new(
                        Code::NotBlank,
                        format!("`{}` is empty", w.stack[i].display()),
                    ),
                );
            }
        } else {
            if !w.doc.unique(scope, &v) {
                let midnight = code == Code::DuplicateUpdated && is_local_midnight(&v);
                let mut f = Finding::new(
                    code,
                    if midnight {
                        format!(
                            "`{v}` was already used by an earlier {} (a day-precision date: \
                             entries updated on the same day share it)",
                            w.parent_name(i)
                        )
                    } else {
                        format!("`{v}` was already used by an earlier {}", w.parent_name(i))
                    },
                )
                .value(v);
                if midnight {
                    f = f.severity(crate::diagnostic::Severity::Info);
                }
                w.log(i, f);
            }
        }
    }
}

/// Whether an RFC 3339 value is midnight in its own offset (`2025-12-05T00:00:00+03:00`).
///
/// `DuplicateUpdated` exists to catch generators that stamp one time (often the build time)
/// on every entry: a shared timestamp to the second is a sign of that. Sources that know only
/// the day of an update (date-only CMS fields, as in polyfeed's own input contract) give every
/// entry of that day the same local midnight; RFC 4287 forbids equal `updated` values only
/// for entries with the same `id` (§4.1.1), so such a repeat is reported at `info` level.
fn is_local_midnight(v: &str) -> bool {
    let Some((_, time)) = v.split_once(['T', 't']) else {
        return false;
    };
    let rest = time.strip_prefix("00:00:00").unwrap_or("x");
    let rest = rest
        .strip_prefix('.')
        .map_or(rest, |r| r.trim_start_matches('0'));
    matches!(rest, "Z" | "z") || (rest.len() == 6 && rest.starts_with(['+', '-']))
}

fn missing(w: &mut Walker, i: usize, el: &str) {
    let f = Finding::new(
        Code::MissingElement,
        format!(
            "`{}` is missing its required `{}` element",
            display(&w.stack[i].name),
            display(el)
        ),
    );
    let parent = w.stack[i].name.clone();
    let at = w.stack[i].offset;
    w.log_as(i, f, display(el), parent, at);
}

fn end_value(w: &mut Walker, i: usize, val: V) {
    // Taken, not cloned (content can be large); put back at the end for the generic checks.
    let raw = std::mem::take(&mut w.stack[i].text);
    let value = raw.trim();
    let mut out = Vec::new();
    let now = w.doc.opts.now;
    match val {
        V::Text => {}
        V::NoBlink => {
            out.push(Finding::new(Code::NoBlink, "there is no `blink` in RSS"));
        }
        V::MediaRange => {
            for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                if part.contains(";q=") || part.contains("; q=") {
                    out.push(
                        Finding::new(
                            Code::UndefinedParam,
                            "APP media ranges take no `q` parameter",
                        )
                        .with("param", "q"),
                    );
                }
                let base = part.split(';').next().unwrap_or(part).trim();
                if !values::mime_type(base) && base != "*/*" && !base.ends_with("/*") {
                    out.push(
                        Finding::new(
                            Code::InvalidMIMEType,
                            format!("`{part}` is not a media range"),
                        )
                        .attr("type")
                        .value(part),
                    );
                }
            }
        }
        V::PersonName => {
            values::nonhtml(
                value,
                Code::ContainsHTML,
                values::TextContext::default(),
                &mut out,
            );
            values::nonemail(value, &mut out);
        }
        V::NonHtml => {
            values::nonhtml(
                value,
                Code::ContainsHTML,
                values::TextContext {
                    start_line_has_hex_ref: w.stack[i].flags & flags::HEX_REF != 0,
                    rss2: w.doc.rss2x(),
                },
                &mut out,
            );
        }
        V::SafeHtml => {
            html::check_html(value, &mut out);
            html::check_relative_refs(value, &mut out);
        }
        V::Uri => {
            values::uri_unstripped(
                value,
                UriRule::Plain,
                Code::InvalidLink,
                Code::ValidURI,
                None,
                &mut out,
            );
        }
        V::UriFull => {
            values::uri_unstripped(
                value,
                UriRule::Full,
                Code::InvalidFullLink,
                Code::ValidURI,
                None,
                &mut out,
            );
        }
        V::Iri => {
            values::uri_unstripped(
                value,
                UriRule::Iri,
                Code::InvalidIRI,
                Code::ValidURI,
                None,
                &mut out,
            );
        }
        V::IriFull => {
            values::uri_unstripped(
                value,
                UriRule::IriFull,
                Code::InvalidFullLink,
                Code::ValidURI,
                None,
                &mut out,
            );
        }
        V::HttpUrl => {
            values::uri_unstripped(
                value,
                UriRule::HttpUrl,
                Code::InvalidURLAttribute,
                Code::ValidURLAttribute,
                None,
                &mut out,
            );
        }
        V::CanonicalUri => {
            values::canonical_uri_check(&raw, &mut out);
        }
        V::Rfc822 => {
            values::rfc822(value, now, &mut out);
        }
        V::Rfc3339 => {
            values::rfc3339(value, now, &mut out);
        }
        V::W3cdtf => {
            values::w3cdtf(value, now, &mut out);
        }
        V::Iso8601 => {
            values::iso8601(value, now, &mut out);
        }
        V::Iso8601Unbounded => {
            values::iso8601(value, None, &mut out);
        }
        V::Lang | V::DcLanguage => {
            values::language(value, &mut out);
        }
        V::EmailWithName => {
            values::email_with_name(value, values::TextContext::default(), &mut out);
        }
        V::Email => {
            values::email(value, values::TextContext::default(), &mut out);
        }
        V::AddrSpec => {
            values::addr_spec(value, Code::InvalidAddrSpec, &mut out);
        }
        V::PositiveInteger => {
            values::positive_integer(value, &mut out);
        }
        V::NonNegativeInteger => {
            values::non_negative_integer(value, &mut out);
        }
        V::Integer => {
            values::integer(value, &mut out);
        }
        V::YesNo => {
            values::yesno(&raw, &mut out);
        }
        V::YesNoClean => {
            values::yesnoclean(&raw, &mut out);
        }
        V::Explicit => {
            values::explicit(&raw, &mut out);
        }
        V::TrueFalse => {
            values::truefalse(&raw, &mut out);
        }
        V::Latitude => {
            values::latitude(value, &mut out);
        }
        V::Longitude => {
            values::longitude(value, &mut out);
        }
        V::Decimal => {
            values::decimal(value, "", &mut out);
        }
        V::Float => {
            values::float(value, "", &mut out);
        }
        V::Duration => {
            values::duration(value, &mut out);
        }
        V::CommaInts => {
            values::comma_separated_integers(value, &mut out);
        }
        V::Limited(max) => {
            values::length_limited(
                value,
                max as usize,
                values::TextContext::default(),
                &mut out,
            );
        }
        V::Keywords => {
            values::length_limited(value, 255, values::TextContext::default(), &mut out);
            values::keywords(value, &mut out);
        }
        V::UpdatePeriod => {
            if matches!(value, "hourly" | "daily" | "weekly" | "monthly" | "yearly") {
                out.push(Finding::new(Code::ValidUpdatePeriod, "update period"));
            } else {
                out.push(
                    Finding::new(
                        Code::InvalidUpdatePeriod,
                        format!("`{value}` is not hourly, daily, weekly, monthly or yearly"),
                    )
                    .value(value),
                );
            }
        }
        V::ImageTitle => {
            if value.is_empty() {
                out.push(Finding::new(Code::NotBlank, "the image title is empty"));
            } else {
                out.push(Finding::new(Code::ValidTitle, "image title"));
                values::nonhtml(
                    value,
                    Code::ContainsHTML,
                    values::TextContext {
                        start_line_has_hex_ref: false,
                        rss2: w.doc.rss2x(),
                    },
                    &mut out,
                );
                if let Some(t) = &w.doc.channel_title
                    && w.stack[i - 2].kind == Kind::Channel
                    && t != value
                {
                    out.push(Finding::new(
                        Code::ImageTitleDoesntMatch,
                        "the image title should be the channel's title",
                    ));
                }
            }
        }
        V::ImageLink => {
            values::uri_unstripped(
                value,
                UriRule::Full,
                Code::InvalidFullLink,
                Code::ValidURI,
                None,
                &mut out,
            );
            if let Some(l) = &w.doc.channel_link
                && w.stack[i - 2].kind == Kind::Channel
                && l != value
            {
                out.push(Finding::new(
                    Code::ImageLinkDoesntMatch,
                    "the image link should be the channel's link",
                ));
            }
        }
        V::ImageUrl => {
            values::uri_unstripped(
                value,
                UriRule::Full,
                Code::InvalidFullLink,
                Code::ValidURI,
                None,
                &mut out,
            );
            let ext = value.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
            if !ext.is_empty()
                && ext.chars().all(|c| c.is_alphanumeric() || c == '_')
                && !matches!(ext.as_str(), "jpg" | "jpeg" | "gif" | "png")
            {
                out.push(Finding::new(
                    Code::ImageUrlFormat,
                    "RSS images are JPEG, GIF or PNG",
                ));
            }
        }
        V::ImageWidth | V::ImageHeight => {
            let max = if val == V::ImageWidth { 144 } else { 400 };
            let ok = value.parse::<i64>().is_ok_and(|n| (1..=max).contains(&n));
            out.push(match (ok, val) {
                (true, V::ImageWidth) => Finding::new(Code::ValidWidth, "width"),
                (true, _) => Finding::new(Code::ValidHeight, "height"),
                (false, V::ImageWidth) => {
                    Finding::new(Code::InvalidWidth, format!("width must be 1 to {max}"))
                        .value(value)
                }
                (false, _) => {
                    Finding::new(Code::InvalidHeight, format!("height must be 1 to {max}"))
                        .value(value)
                }
            });
        }
        V::FormName => {
            let ok = value
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || ('['..='`').contains(&c));
            if !ok {
                out.push(
                    Finding::new(
                        Code::InvalidFormComponentName,
                        format!("`{value}` is not a form field name"),
                    )
                    .value(value),
                );
            }
        }
        V::Hour => end_hour(w, i, value, &mut out),
        V::Day => {
            if !matches!(
                value,
                "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
            ) {
                out.push(
                    Finding::new(
                        Code::InvalidDay,
                        format!("`{value}` is not a day name (Monday ... Sunday)"),
                    )
                    .value(value),
                );
            } else if !w.doc.unique("skipDays", value) {
                out.push(
                    Finding::new(Code::DuplicateValue, format!("`{value}` is listed twice"))
                        .value(value),
                );
            } else {
                out.push(Finding::new(Code::ValidDay, "day"));
            }
        }
        V::Guid => end_guid(w, i, value, &mut out),
        V::GmlPos => {
            local::gml_pos(value, &mut out);
        }
        V::GmlPosList => {
            local::gml_pos_list(value, &mut out);
        }
        V::RdfResource => {
            if let Some(res) = w.stack[i].attr("rdf:resource").map(str::to_string) {
                values::uri_unstripped(
                    &res,
                    UriRule::Plain,
                    Code::InvalidLink,
                    Code::ValidURI,
                    None,
                    &mut out,
                );
            } else if w.doc.feed_type == FeedType::Rss1 {
                out.push(
                    Finding::new(Code::MissingAttribute, "needs `rdf:resource`")
                        .attr("rdf:resource"),
                );
            }
        }
        V::ItunesType => {
            if !matches!(value, "episodic" | "serial") {
                out.push(
                    Finding::new(
                        Code::InvalidItunesChannelType,
                        format!("`{value}` is not episodic or serial"),
                    )
                    .attr("itunes:type")
                    .value(value),
                );
            }
        }
        V::ItunesEpisodeType => {
            if !matches!(value, "full" | "trailer" | "bonus") {
                out.push(
                    Finding::new(
                        Code::InvalidItunesEpisodeType,
                        format!("`{value}` is not full, trailer or bonus"),
                    )
                    .attr("itunes:episodeType")
                    .value(value),
                );
            }
        }
    }
    w.log_all(i, out);
    let p = i - 1;
    // An item's own `dc:language` is the language of its text (the script check).
    if w.stack[p].kind == Kind::Item && w.stack[i].name == "dc_language" && !value.is_empty() {
        w.stack[p].lang = Some(value.into());
    }
    // Remember the channel's title and link for the image checks.
    if w.stack[p].kind == Kind::Channel {
        match w.stack[i].name.as_str() {
            "title" => w.doc.channel_title = Some(value.to_string()),
            "link" => w.doc.channel_link = Some(value.to_string()),
            "docs" if w.doc.docs.is_none() => w.doc.docs = Some(value.to_string()),
            "language" | "dc_language" if w.doc.language.is_none() => {
                w.doc.language = Some(value.to_string());
                // The `xml:lang` in scope on the channel must name the same language.
                let primary =
                    |t: &str| t.split(['-', '_']).next().unwrap_or(t).to_ascii_lowercase();
                if let Some(xml_lang) = w.stack[p].lang.clone()
                    && !value.is_empty()
                    && primary(&xml_lang) != primary(value)
                {
                    let f = Finding::new(
                        Code::LanguageMismatch,
                        format!(
                            "the channel says `{value}` here but `xml:lang=\"{xml_lang}\"` is in scope: readers pick one of the two"
                        ),
                    )
                    .value(value);
                    w.log(i, f);
                }
            }
            _ => {}
        }
    }
    w.stack[i].text = raw;
}

fn end_hour(w: &mut Walker, _i: usize, value: &str, out: &mut Vec<Finding>) {
    match value.parse::<i64>() {
        Ok(h) => {
            let dup = !w.doc.unique("skipHours", &h.to_string())
                || ((h == 0 || h == 24) && w.doc.was_seen("skipHours", &(24 - h).to_string()));
            if dup {
                out.push(
                    Finding::new(
                        Code::DuplicateValue,
                        format!("hour {value} is listed twice"),
                    )
                    .value(value),
                );
            }
            if !(0..=23).contains(&h) {
                if value == "24" {
                    out.push(
                        Finding::new(Code::UseZeroForMidnight, "write midnight as 0, not 24")
                            .value(value),
                    );
                } else {
                    out.push(
                        Finding::new(
                            Code::InvalidHour,
                            format!("`{value}` is not an hour (0-23)"),
                        )
                        .value(value),
                    );
                }
            } else if !dup {
                out.push(Finding::new(Code::ValidHour, "hour"));
            }
        }
        Err(_) => out.push(
            Finding::new(
                Code::InvalidHour,
                format!("`{value}` is not an hour (0-23)"),
            )
            .value(value),
        ),
    }
}

fn end_guid(w: &mut Walker, i: usize, value: &str, out: &mut Vec<Finding>) {
    let attr = w.stack[i].attr("isPermaLink").map(str::to_string);
    let permalink = match attr.as_deref() {
        None => true,
        Some(v) => {
            if v == "true" || v == "false" {
                out.push(
                    Finding::new(Code::ValidBooleanAttribute, "isPermaLink").attr("isPermaLink"),
                );
            } else {
                out.push(
                    Finding::new(
                        Code::InvalidBooleanAttribute,
                        format!("isPermaLink is `true` or `false`, not `{v}`"),
                    )
                    .attr("isPermaLink"),
                );
            }
            v == "true"
        }
    };
    if permalink {
        let ok = values::uri_unstripped(
            value,
            UriRule::Full,
            Code::InvalidHttpGUID,
            Code::ValidHttpGUID,
            None,
            out,
        );
        let l = value.to_ascii_lowercase();
        if ok && (l.starts_with("tag:") || l.starts_with("urn:uuid:")) {
            out.push(Finding::new(
                Code::InvalidPermalink,
                "a tag: or urn:uuid: guid is not a link: add isPermaLink=\"false\"",
            ));
        }
    } else if !value.is_empty() && value.len() < 9 && value.chars().all(|c| c.is_ascii_digit()) {
        out.push(
            Finding::new(
                Code::NotSufficientlyUnique,
                format!("`{value}` is too short to be unique across feeds"),
            )
            .value(value),
        );
    } else {
        out.push(Finding::new(Code::ValidHttpGUID, "guid"));
    }
}

fn end_channel(w: &mut Walker, i: usize) {
    let rss1 = w.stack[i].flags & F_RSS1 != 0;
    let at = w.stack[i].offset;
    if w.doc.itunes {
        itunes_channel_checks(w, i);
    }
    for (el, code) in [
        ("description", Code::MissingDescription),
        ("link", Code::MissingLink),
        ("title", Code::MissingTitle),
    ] {
        if !w.stack[i].has_child(el) {
            let f = Finding::new(code, format!("`channel` needs a `{el}`"));
            let name = w.stack[i].name.clone();
            w.log_as(i, f, el.into(), name, at);
        }
    }
    let has_lang = w.stack[i].has_child("language")
        || w.stack[i].has_child("dc_language")
        || w.stack[i].lang.as_deref().is_some_and(|l| !l.is_empty());
    if !has_lang {
        let f = Finding::new(
            Code::MissingDCLanguage,
            "say the feed's language (`language`)",
        );
        w.log_as(i, f, "language".into(), "channel".into(), at);
    }
    for el in ["image", "textInput", "skipHours", "skipDays"] {
        if w.stack[i].count_child(el) > 1 && !matches!(el, "image" | "textInput") {
            let f = Finding::new(
                Code::DuplicateElement,
                format!("`{el}` appears more than once"),
            );
            w.log_as(i, f, el.into(), "channel".into(), at);
        }
    }
    if rss1 {
        let name = w.stack[i].name.clone();
        if let Some(about) = w.stack[i].attr("rdf:about").map(str::to_string) {
            let mut out = Vec::new();
            values::uri_unstripped(
                &about,
                UriRule::Plain,
                Code::InvalidLink,
                Code::ValidURI,
                Some("rdf:about"),
                &mut out,
            );
            w.log_all(i, out);
        }
        // RSS 1.0 §5.3.5 and RSS 1.1 §4.1: `items` is required (RSS 0.90 has none).
        let about = w.stack[i].attr("rdf:about").is_some();
        if (about || name != "rss090_channel") && !w.stack[i].has_child("items") {
            missing(w, i, "items");
        }
        if !about && name != "rss090_channel" {
            let f = Finding::new(
                Code::MissingAttribute,
                "an RSS 1.0/1.1 channel needs `rdf:about`",
            )
            .attr("rdf:about");
            let parent = if i == 1 {
                name.clone()
            } else {
                w.parent_name(i)
            };
            w.log_as(i, f, name.clone(), parent, at);
        }
    } else {
        if w.doc.rss_version.as_deref() == Some("2.0") {
            let has_self = w.stack[i].flags & (1 << 20) != 0;
            if !has_self {
                let f = Finding::new(
                    Code::MissingAtomSelfLink,
                    "add `<atom:link rel=\"self\" href=\"...\"/>` with the feed's own URL",
                );
                w.log_as(i, f, "channel".into(), "rss".into(), at);
            }
        }
        if w.stack[i].children.has("docs") {
            // `UseOfExtensionAttr` is forgiven in feeds that cite the RSS 2.0 specification.
            let docs = w.doc.docs.clone();
            if docs.as_deref() == Some("http://www.rssboard.org/rss-specification") {
                let start = at;
                w.sink.out.retain(|d| {
                    !(d.code == Code::UseOfExtensionAttr && d.offset.unwrap_or(0) >= start)
                });
            }
        }
    }
}

fn end_item(w: &mut Walker, i: usize) {
    let rss1 = w.stack[i].flags & F_RSS1 != 0;
    let at = w.stack[i].offset;
    if w.doc.itunes
        && let Some(url) = w.stack[i].attr("__enclosure").map(str::to_string)
    {
        itunes_enclosure(w, i, &url);
    }
    if rss1 {
        for el in ["link", "title"] {
            if !w.stack[i].has_child(el) {
                missing(w, i, el);
            }
        }
        if let Some(about) = w.stack[i].attr("rdf:about").map(str::to_string) {
            if !w.doc.unique("rdf_about", &about) {
                let f = Finding::new(
                    Code::DuplicateValue,
                    format!("`{about}` is the rdf:about of an earlier item"),
                )
                .value(about);
                w.log_as(i, f, "rdf:about".into(), "item".into(), at);
            }
        } else if w.doc.format == FeedFormat::Rss10 {
            let f = Finding::new(Code::MissingAttribute, "an RSS 1.0 item needs `rdf:about`")
                .attr("rdf:about");
            w.log_as(i, f, "item".into(), "rdf:RDF".into(), at);
        }
        return;
    }
    if !w.stack[i].has_child("title") && !w.stack[i].has_child("description") {
        w.log(
            i,
            Finding::new(
                Code::ItemMustContainTitleOrDescription,
                "an item needs a `title` or a `description`",
            ),
        );
    }
    if !w.stack[i].has_child("guid") && w.doc.rss2x() {
        let f = Finding::new(
            Code::MissingGuid,
            "add a `guid` so readers can tell items apart",
        );
        w.log_as(i, f, "guid".into(), "item".into(), at);
    }
}

fn end_image(w: &mut Walker, i: usize) {
    if w.stack[i - 1].kind == Kind::RdfRdf
        && w.stack[i].attr("rdf:about").is_none()
        && w.doc.format == FeedFormat::Rss10
    {
        let at = w.stack[i].offset;
        let f = Finding::new(Code::MissingAttribute, "an RSS 1.0 image needs `rdf:about`")
            .attr("rdf:about");
        w.log_as(i, f, "image".into(), "rdf_RDF".into(), at);
    }
    if w.stack[i].attr("rdf:resource").is_some() {
        return;
    }
    if !w.stack[i].has_child("title") {
        let f = Finding::new(Code::MissingTitle, "`image` needs a `title`");
        let at = w.stack[i].offset;
        w.log_as(i, f, "title".into(), "image".into(), at);
    }
    if !w.stack[i].has_child("url") {
        missing(w, i, "url");
    }
    if w.stack[i].attr("rdf:parseType").is_some() {
        return;
    }
    if !w.stack[i].has_child("link") {
        let f = Finding::new(Code::MissingLink, "`image` needs a `link`");
        let at = w.stack[i].offset;
        w.log_as(i, f, "link".into(), "image".into(), at);
    }
}

fn end_cloud(w: &mut Walker, i: usize) {
    let at = w.stack[i].offset;
    for a in ["domain", "path", "registerProcedure", "protocol"] {
        let f = if w.stack[i].attr(a).is_some() {
            Finding::new(Code::ValidCloud, "cloud attribute").attr(a)
        } else {
            Finding::new(Code::MissingAttribute, format!("`cloud` needs `{a}`")).attr(a)
        };
        w.log_as(i, f, "cloud".into(), "channel".into(), at);
    }
    // RSS 2.0 `<cloud>` and the RSS Board's rssCloud API: the protocol is `xml-rpc`, `soap`
    // or `http-post`; with another, no aggregator can register for notifications.
    if let Some(p) = w.stack[i].attr("protocol")
        && !["xml-rpc", "soap", "http-post"]
            .iter()
            .any(|k| p.trim().eq_ignore_ascii_case(k))
    {
        let f = Finding::new(
            Code::InvalidCloudProtocol,
            format!("`{p}` is not an rssCloud protocol (`xml-rpc`, `soap` or `http-post`)"),
        )
        .attr("protocol")
        .value(p.to_string());
        w.log_as(i, f, "cloud".into(), "channel".into(), at);
    }
    let f = match w.stack[i].attr("port") {
        None => Finding::new(Code::MissingAttribute, "`cloud` needs `port`").attr("port"),
        Some(p) if p.trim().parse::<i64>().is_ok_and(|n| n > 0) => {
            Finding::new(Code::ValidCloud, "port").attr("port")
        }
        Some(_) => Finding::new(
            Code::InvalidIntegerAttribute,
            "`port` must be a positive integer",
        )
        .attr("port"),
    };
    w.log_as(i, f, "cloud".into(), "channel".into(), at);
}

/// The iTunes podcast directory's recommendations for a channel (extensions.md §14).
fn itunes_channel_checks(w: &mut Walker, i: usize) {
    let at = w.stack[i].offset;
    let name = w.stack[i].name.clone();
    if !w.doc.encoding.eq_ignore_ascii_case("utf-8") {
        let parent = w.parent_name(i);
        let f = Finding::new(Code::NotUTF8, "iTunes requires UTF-8 feeds");
        w.log_as(i, f, name.clone(), parent, at);
    }
    let has_lang = w.stack[i].has_child("language")
        || w.stack[i].lang.as_deref().is_some_and(|l| !l.is_empty());
    if !has_lang {
        let f = Finding::new(
            Code::MissingItunesElement,
            "iTunes wants the podcast's `language`",
        );
        w.log_as(i, f, "language".into(), name.clone(), at);
    }
    for el in ["itunes_category", "itunes_explicit"] {
        if !w.stack[i].has_child(el) {
            let f = Finding::new(
                Code::MissingItunesElement,
                format!("iTunes wants `{}`", display(el)),
            );
            w.log_as(i, f, display(el), name.clone(), at);
        }
    }
    if !w.stack[i].has_child("itunes_owner") {
        let f = Finding::new(
            Code::MissingItunesEmail,
            "iTunes wants `itunes:owner` with an `itunes:email`",
        );
        w.log_as(i, f, "itunes:email".into(), name.clone(), at);
    }
}

/// An enclosure of an iTunes item must be in a format iTunes plays.
fn itunes_enclosure(w: &mut Walker, i: usize, url: &str) {
    let ext = url.rsplit('.').next().unwrap_or("");
    if !matches!(ext, "m4a" | "mp3" | "mov" | "mp4" | "m4v" | "pdf" | "epub") {
        let at = w.stack[i].offset;
        let f = Finding::new(
            Code::UnsupportedItunesFormat,
            format!("iTunes does not play `.{ext}` files"),
        )
        .with("extension", ext);
        w.log_as(i, f, "item".into(), "channel".into(), at);
    }
}

fn end_enclosure(w: &mut Walker, i: usize) {
    let at = w.stack[i].offset;
    let parent = w.parent_name(i);
    if let Some(u) = w.stack[i].attr("url").map(str::to_string) {
        w.stack[i - 1].attrs.push("__enclosure", &u);
    }
    match w.stack[i].attr("length").map(str::to_string) {
        None => {
            let f = Finding::new(Code::MissingAttribute, "`enclosure` needs `length` (bytes)")
                .attr("length");
            w.log_as(i, f, "enclosure".into(), parent.clone(), at);
        }
        Some(l) => match local::python_int(&l) {
            None => {
                let f = Finding::new(
                    Code::InvalidIntegerAttribute,
                    format!("`{l}` is not a byte count"),
                )
                .attr("length");
                w.log_as(i, f, "enclosure".into(), parent.clone(), at);
            }
            Some(-1) => {
                let f = Finding::new(
                    Code::UseZeroForUnknown,
                    "write 0, not -1, for an unknown length",
                );
                w.log_as(i, f, "length".into(), "enclosure".into(), at);
            }
            Some(n) if n < 0 => {
                let f = Finding::new(
                    Code::InvalidNonNegativeInteger,
                    "a length cannot be negative",
                )
                .value(l.clone());
                w.log_as(i, f, "length".into(), "enclosure".into(), at);
            }
            Some(_) => {
                let f = Finding::new(Code::ValidIntegerAttribute, "length").attr("length");
                w.log_as(i, f, "enclosure".into(), parent.clone(), at);
            }
        },
    }
    match w.stack[i].attr("type").map(str::to_string) {
        None => {
            let f = Finding::new(Code::MissingAttribute, "`enclosure` needs `type`").attr("type");
            w.log_as(i, f, "enclosure".into(), parent.clone(), at);
        }
        Some(t) => {
            let f = if values::mime_type(&t) {
                Finding::new(Code::ValidMIMEAttribute, "type").attr("type")
            } else {
                Finding::new(
                    Code::InvalidMIMEAttribute,
                    format!("`{t}` is not a MIME type"),
                )
                .attr("type")
            };
            w.log_as(i, f, "enclosure".into(), parent.clone(), at);
        }
    }
    match w.stack[i].attr("url").map(str::to_string) {
        None => {
            let f = Finding::new(Code::MissingAttribute, "`enclosure` needs `url`").attr("url");
            w.log_as(i, f, "enclosure".into(), parent.clone(), at);
        }
        Some(u) => {
            let mut out = Vec::new();
            values::uri_unstripped(
                &u,
                UriRule::HttpUrl,
                Code::InvalidURLAttribute,
                Code::ValidURLAttribute,
                None,
                &mut out,
            );
            for f in out {
                let f = if f.code == Code::InvalidURLAttribute {
                    f.value(u.clone())
                } else {
                    f
                };
                w.log_as(i, f, "url".into(), "enclosure".into(), at);
            }
        }
    }
}

/// Atom feed metadata checks (atom.md §1), once: at the first entry or at `</feed>`.
fn feed_metadata(w: &mut Walker, i: usize) {
    if w.stack[i].flags & F_METADATA_DONE != 0 {
        return;
    }
    w.stack[i].flags |= F_METADATA_DONE;
    let source = w.stack[i].flags & F_SOURCE != 0;
    let at = w.stack[i].offset;
    for el in ["title", "id", "updated"] {
        if !w.stack[i].has_child(el) {
            if source {
                let f = Finding::new(
                    Code::MissingSourceElement,
                    format!("`source` should carry the feed's `{el}`"),
                );
                w.log_as(i, f, el.into(), "source".into(), at);
            } else {
                let f = Finding::new(Code::MissingElement, format!("`feed` needs `{el}`"));
                w.log_as(i, f, el.into(), "feed".into(), at);
            }
        }
    }
    let has_self = w.stack[i].flags & (1 << 20) != 0;
    if !source && !has_self {
        let f = Finding::new(
            Code::MissingSelf,
            "add `<link rel=\"self\" href=\"...\"/>` with the feed's own URL",
        );
        w.log_as(i, f, "feed".into(), "root".into(), at);
    }
    super::ext::feed_links(w, i);
}

fn end_feed(w: &mut Walker, i: usize) {
    feed_metadata(w, i);
    let entries = w.stack[i].count_child("entry");
    if w.stack[i].flags & F_SOURCE == 0 && entries > 9 {
        let dups = w
            .sink
            .out
            .iter()
            .filter(|d| d.code == Code::DuplicateEntries)
            .count();
        if entries == dups + 1 {
            w.sink.out.retain(|d| d.code != Code::DuplicateEntries);
            w.log(
                i,
                Finding::new(Code::DuplicateIds, "every entry has the same id"),
            );
        }
    }
}

fn end_entry(w: &mut Walker, i: usize) {
    let at = w.stack[i].offset;
    let parent_has_author =
        i > 0 && w.stack[i - 1].kind == Kind::Feed && w.stack[i - 1].has_child("author");
    for el in ["title", "author", "id", "updated"] {
        let present = w.stack[i].has_child(el)
            || (el == "author" && (parent_has_author || w.stack[i].flags & (1 << 21) != 0));
        if !present {
            let f = Finding::new(Code::MissingElement, format!("`entry` needs `{el}`"));
            w.log_as(i, f, el.into(), "entry".into(), at);
        }
    }
    let parent = w.parent_name(i);
    let has_content = w.stack[i].has_child("content");
    let has_summary = w.stack[i].has_child("summary");
    if has_content && !has_summary {
        let flags = w.stack[i].flags;
        if flags & (1 << 22) != 0 {
            let f = Finding::new(
                Code::MissingSummary,
                "an entry whose content is not text (or is elsewhere) needs a `summary`",
            );
            w.log_as(i, f, "entry".into(), parent.clone(), at);
        }
    }
    if !has_content {
        if !has_summary {
            let f = Finding::new(
                Code::MissingTextualContent,
                "the entry has neither `content` nor `summary`",
            );
            w.log_as(i, f, "entry".into(), parent.clone(), at);
        }
        if w.stack[i].flags & (1 << 23) == 0 {
            let f = Finding::new(
                Code::MissingContentOrAlternate,
                "an entry without `content` needs a `link rel=\"alternate\"`",
            );
            w.log_as(i, f, "entry".into(), parent.clone(), at);
        }
    }
    super::ext::entry_links(w, i);
}

fn end_link(w: &mut Walker, i: usize) {
    super::ext::end_link(w, i);
}

fn end_text_construct(w: &mut Walker, i: usize) {
    super::ext::end_text_construct(w, i);
}

/// Frame flags used by the Atom checks in [`super::ext`].
pub mod flags {
    /// The feed/channel has a `rel="self"` link.
    pub const HAS_SELF: u32 = 1 << 20;
    /// The entry has an author via its `source`.
    pub const SOURCE_AUTHOR: u32 = 1 << 21;
    /// The entry's content needs a summary (src or binary type).
    pub const NEEDS_SUMMARY: u32 = 1 << 22;
    /// The entry has an alternate link.
    pub const HAS_ALTERNATE: u32 = 1 << 23;
    /// The text construct had an xhtml:div child.
    pub const XHTML_DIV: u32 = super::F_XHTML_DIV;
    /// The element had child elements.
    pub const CHILD_ELEMENTS: u32 = super::F_CHILD_ELEMENTS;
    /// The text construct has `src`.
    pub const SRC: u32 = super::F_SRC;
    /// iTunes mode.
    pub const ITUNES: u32 = super::F_ITUNES;
    /// The element's raw text has a hexadecimal character reference (`&#x...`): the W3C
    /// validator then takes escaped markup in it as intended.
    pub const HEX_REF: u32 = 1 << 24;
    /// `MissingXhtmlDiv` was reported for this element (once is enough).
    pub const DIV_REPORTED: u32 = 1 << 25;
    /// The element's text has a character that is not NFC-inert (known while reading):
    /// the hygiene checks run the full NFC check on it.
    pub const NOT_NFC_INERT: u32 = 1 << 26;
    /// Some of the element's text was not tested for NFC-inertness while reading: the
    /// hygiene checks test it (unless [`NOT_NFC_INERT`] is set).
    pub const NFC_UNKNOWN: u32 = 1 << 27;
}

/// Checks an `xml:lang` value on element `local` (logged against frame `p`): the W3C
/// validator's ISO 639 test, then RFC 5646 ([`values::rfc5646`]). An empty value (which
/// means "no language") is skipped.
fn xml_lang(w: &mut Walker, p: usize, value: &str, local: &str, at: u64) {
    if value.is_empty() {
        return;
    }
    if let Some((_, findings)) = w.doc.xml_lang_memo.iter().find(|(v, _)| v == value) {
        for f in findings.clone() {
            w.log_as(p, f, "xml:lang".into(), local.to_string(), at);
        }
        return;
    }
    let findings = if values::iso639(value) {
        let mut out = Vec::new();
        values::rfc5646(value, &mut out);
        out
    } else if let Some(f) = values::deprecated_language(value) {
        vec![f]
    } else {
        vec![
            Finding::new(
                Code::InvalidLanguage,
                format!("`{value}` is not a language code"),
            )
            .value(value),
        ]
    };
    if w.doc.xml_lang_memo.len() < super::walker::XML_LANG_MEMO {
        w.doc
            .xml_lang_memo
            .push((value.to_string(), findings.clone()));
    }
    for f in findings {
        w.log_as(p, f, "xml:lang".into(), local.to_string(), at);
    }
}

/// A plain-text value (no markup expected): `ContainsHTML` when it has some.
pub(super) fn plain_text(w: &mut Walker, i: usize) {
    let text = w.stack[i].text.trim().to_string();
    let mut out = Vec::new();
    values::nonhtml(
        &text,
        Code::ContainsHTML,
        values::TextContext {
            start_line_has_hex_ref: false,
            rss2: false,
        },
        &mut out,
    );
    w.log_all(i, out);
}
