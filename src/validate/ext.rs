//! End-of-element checks of Atom links and text constructs, and of the extension elements
//! with attributes or structure (iTunes, Media RSS, FeedSync, GeoRSS, threading...).

use super::local;
use super::rules::{Kind, V, flags};
use super::values::{self, UriRule};
use super::walker::{FeedType, Walker};
use super::{Finding, html};
use crate::diagnostic::Code;

/// A link as its parent remembers it.
#[derive(Debug, Clone, Default)]
pub struct LinkInfo {
    /// `rel` (default `alternate`), IANA prefix removed.
    pub rel: String,
    /// `type`.
    pub ty: String,
    /// `hreflang`.
    pub hreflang: String,
    /// `href`.
    pub href: String,
}

const REGISTERED_RELS: &[&str] = &[
    "alternate",
    "current",
    "describedby",
    "edit",
    "edit-media",
    "enclosure",
    "first",
    "hub",
    "last",
    "license",
    "next",
    "next-archive",
    "payment",
    "prev-archive",
    "previous",
    "related",
    "replies",
    "search",
    "self",
    "service",
    "up",
    "via",
];
const PAGING_RELS: &[&str] = &[
    "current",
    "first",
    "last",
    "next",
    "next-archive",
    "prev-archive",
    "previous",
];

/// Logs a finding about an attribute of Atom `link`, which the W3C validator reports as an
/// element named after the attribute in the link's parent (`{parent:feed,element:href}`).
fn log_at(w: &mut Walker, i: usize, f: Finding, element: &str) {
    if w.drops(&f) {
        w.stack[i].logged += 1;
        return;
    }
    let parent = w.parent_name(i);
    let at = w.stack[i].offset;
    w.log_as(i, f, element.to_string(), parent, at);
}

/// Logs a finding about an attribute as a pseudo-element named after it, whose parent is the
/// element (`{parent:sx_history,element:sequence}`).
pub fn log_attr(w: &mut Walker, i: usize, f: Finding, attr: &str) {
    if w.drops(&f) {
        w.stack[i].logged += 1;
        return;
    }
    let parent = w.stack[i].name.clone();
    let at = w.stack[i].offset;
    w.log_as(i, f, attr.to_string(), parent, at);
}

/// Atom `link` (atom.md §7).
pub fn end_link(w: &mut Walker, i: usize) {
    let p = i - 1;
    let pname = w.stack[p].name.clone();
    let attr = |w: &Walker, n: &str| w.stack[i].attr(n).map(str::to_string);
    let rel_raw = attr(w, "rel");
    let mut rel = rel_raw.clone().unwrap_or_else(|| "alternate".into());
    if let Some(r) = rel.strip_prefix("http://www.iana.org/assignments/relation/") {
        rel = r.to_string();
    }
    if !w.stack[i].text.trim().is_empty() {
        w.log(
            i,
            Finding::new(
                Code::AtomLinkNotEmpty,
                "`link` carries its data in attributes; the text is ignored",
            ),
        );
    }
    // rel
    if rel_raw.as_deref() == Some("") {
        w.log(
            i,
            Finding::new(Code::AttrNotBlank, "`rel` is empty").attr("rel"),
        );
    }
    if REGISTERED_RELS.contains(&rel.as_str()) || local::full_uri_regex(&rel) {
        w.log(
            i,
            Finding::new(Code::ValidAtomLinkRel, "link relation")
                .attr("rel")
                .value(rel.clone()),
        );
    } else {
        w.log(
            i,
            Finding::new(
                Code::UnregisteredAtomLinkRel,
                format!("`{rel}` is not a registered link relation (nor a URI)"),
            )
            .attr("rel")
            .value(rel.clone()),
        );
    }
    if PAGING_RELS.contains(&rel.as_str()) && w.stack[p].kind == Kind::Entry {
        w.log(
            i,
            Finding::new(
                Code::FeedHistoryRelInEntry,
                format!("`{rel}` belongs on feeds, not entries"),
            )
            .with("rel", rel.clone()),
        );
    }
    // type
    let ty = attr(w, "type").unwrap_or_default();
    if w.stack[i].attr("type").is_some() {
        if !values::mime_type(&ty) {
            w.log(
                i,
                Finding::new(Code::InvalidMIMEType, format!("`{ty}` is not a MIME type"))
                    .attr("type")
                    .value(ty.clone()),
            );
        } else if rel == "self"
            && !matches!(
                ty.as_str(),
                "application/atom+xml" | "application/rss+xml" | "application/rdf+xml"
            )
        {
            w.log(
                i,
                Finding::new(
                    Code::SelfNotAtom,
                    format!("a self link should have a feed type, not `{ty}`"),
                )
                .attr("type")
                .value(ty.clone()),
            );
        } else {
            w.log(
                i,
                Finding::new(Code::ValidMIMEAttribute, "MIME type")
                    .attr("type")
                    .value(ty.clone()),
            );
        }
    }
    // title
    if let Some(t) = attr(w, "title") {
        if t.is_empty() {
            w.log(
                i,
                Finding::new(Code::AttrNotBlank, "`title` is empty").attr("title"),
            );
        } else {
            w.log(
                i,
                Finding::new(Code::ValidTitle, "link title").attr("title"),
            );
            let mut out = Vec::new();
            values::nonhtml(
                &t,
                Code::ContainsHTML,
                values::TextContext {
                    start_line_has_hex_ref: false,
                    rss2: false,
                },
                &mut out,
            );
            w.log_all(i, out);
        }
    }
    // length
    if let Some(l) = attr(w, "length") {
        let mut out = Vec::new();
        values::non_negative_integer(&l, &mut out);
        if l.trim().is_empty() {
            out.push(Finding::new(Code::NotBlank, "`length` is empty"));
        }
        for f in out {
            log_at(w, i, f, "length");
        }
    }
    // hreflang
    let hreflang = attr(w, "hreflang").unwrap_or_default();
    if w.stack[i].attr("hreflang").is_some() {
        // `x-default` is an hreflang value (the version for every other language), not a
        // language tag: accepted here only.
        let mut out = Vec::new();
        if hreflang == "x-default" {
            out.push(Finding::new(Code::ValidLanguage, "language"));
        } else {
            values::language(&hreflang, &mut out);
        }
        for f in out {
            log_at(w, i, f, "hreflang");
        }
    }
    // href
    let href = attr(w, "href");
    match &href {
        None => w.log(
            i,
            Finding::new(Code::MissingHref, "`link` needs `href`").attr("href"),
        ),
        Some(h) => {
            let mut out = Vec::new();
            values::uri_unstripped(
                h,
                UriRule::Iri,
                Code::InvalidIRI,
                Code::ValidURI,
                None,
                &mut out,
            );
            for f in out {
                log_at(w, i, f.attr("href"), "href");
            }
            if rel == "self" && matches!(w.stack[p].kind, Kind::Feed | Kind::Channel) {
                self_link(w, i, h);
            }
        }
    }
    // thr attributes
    for (a, is_date) in [("thr:count", false), ("thr:updated", true)] {
        if let Some(val) = attr(w, a) {
            if rel != "replies" {
                let f = Finding::new(
                    Code::UnexpectedAttribute,
                    format!("`{a}` only goes on `rel=\"replies\"` links"),
                )
                .with("attribute", a);
                let parent = w.parent_name(i);
                let at = w.stack[i].offset;
                w.log_as(i, f, "link".into(), parent, at);
            }
            let mut out = Vec::new();
            if is_date {
                values::rfc3339(&val, w.doc.opts.now, &mut out);
            } else {
                values::non_negative_integer(&val, &mut out);
            }
            for f in out {
                log_at(w, i, f, a);
            }
        }
    }
    if w.stack[i].attr("thr:when").is_some() {
        w.log(
            i,
            Finding::new(
                Code::NoThrWhen,
                "`thr:when` is not part of the threading extension (use thr:updated)",
            )
            .with("attribute", "thr:when"),
        );
    }
    // Tell the parent.
    if rel == "self" {
        w.stack[p].flags |= flags::HAS_SELF;
    }
    if rel == "alternate" {
        w.stack[p].flags |= flags::HAS_ALTERNATE;
    }
    let _ = pname;
    w.stack[p].links.push(LinkInfo {
        rel,
        ty,
        hreflang,
        href: href.unwrap_or_default(),
    });
}

fn self_link(w: &mut Walker, i: usize, href: &str) {
    let has_authority = href.contains("://") || href.starts_with("//");
    let base = w.stack[i].base.clone();
    if !has_authority && !w.stack[i].base_has_authority {
        log_at(
            w,
            i,
            Finding::new(Code::RelativeSelf, "the self link is relative").value(href),
            "href",
        );
        return;
    }
    let Some(location) = w.doc.opts.base_url.clone() else {
        return;
    };
    let abs = match base.as_deref().and_then(|b| url::Url::parse(b).ok()) {
        Some(b) => b
            .join(href)
            .map(String::from)
            .unwrap_or_else(|_| href.to_string()),
        None => href.to_string(),
    };
    let strip = |s: &str| s.split('#').next().unwrap_or(s).to_string();
    if abs == location || strip(&abs) == strip(base.as_deref().unwrap_or("")) {
        return;
    }
    let canon = |s: &str| values::canonical_uri(s).unwrap_or_else(|| s.to_string());
    if canon(&abs) != canon(&location) {
        let p = i - 1;
        let f = Finding::new(
            Code::SelfDoesntMatchLocation,
            format!("the self link {abs} is not where the document is ({location})"),
        )
        .value(abs);
        let parent = w.stack[p].name.clone();
        let at = w.stack[i].offset;
        w.log_as(i, f, "href".into(), parent, at);
    }
}

/// Duplicate alternate links among a feed's or entry's links.
fn duplicate_alternates(w: &mut Walker, i: usize) {
    let mut seen: Vec<(String, String)> = Vec::new();
    let links = w.stack[i].links.clone();
    let name = w.stack[i].name.clone();
    let at = w.stack[i].offset;
    for l in links.iter().filter(|l| l.rel == "alternate") {
        let key = (l.ty.clone(), l.hreflang.clone());
        if seen.contains(&key) {
            let f = Finding::new(
                Code::DuplicateAtomLink,
                format!(
                    "two alternate links with type `{}` and hreflang `{}`",
                    l.ty, l.hreflang
                ),
            )
            .with("type", l.ty.clone())
            .with("hreflang", l.hreflang.clone());
            w.log_as(i, f, "link".into(), name.clone(), at);
        } else {
            seen.push(key);
        }
    }
}

/// Feed-level link checks (atom.md §1 steps 2, 4, 5, 6).
pub fn feed_links(w: &mut Walker, i: usize) {
    duplicate_alternates(w, i);
    let links = w.stack[i].links.clone();
    let complete = w.stack[i].has_child("fh_complete");
    let archive = w.stack[i].has_child("fh_archive");
    let location = w.doc.opts.base_url.clone().unwrap_or_default();
    let at = w.stack[i].offset;
    if complete {
        for l in links
            .iter()
            .filter(|l| PAGING_RELS.contains(&l.rel.as_str()))
        {
            if l.rel == "current" {
                // The document's URLs: its location and its self links.
                let selves: Vec<&str> = links
                    .iter()
                    .filter(|k| k.rel == "self")
                    .map(|k| k.href.as_str())
                    .collect();
                if l.href != location && !selves.contains(&l.href.as_str()) {
                    let f = Finding::new(
                        Code::CurrentNotSelfInCompleteFeed,
                        "a complete feed's `current` link must be itself",
                    )
                    .with("rel", "current");
                    w.log_as(i, f, "link".into(), "feed".into(), at);
                }
            } else {
                let f = Finding::new(
                    Code::FeedRelInCompleteFeed,
                    format!("a complete feed has no `{}` pages", l.rel),
                )
                .with("rel", l.rel.clone());
                w.log_as(i, f, "link".into(), "feed".into(), at);
            }
        }
    }
    let is_self = |l: &super::ext::LinkInfo| !location.is_empty() && l.href == location;
    if links.iter().any(|l| l.rel == "first" && is_self(l))
        && links.iter().any(|l| l.rel == "previous")
    {
        let f = Finding::new(Code::LinkPastEnd, "the first page links to a previous one")
            .with("self", "first")
            .with("rel", "previous");
        w.log_as(i, f, "link".into(), "feed".into(), at);
    }
    if links.iter().any(|l| l.rel == "last" && is_self(l)) && links.iter().any(|l| l.rel == "next")
    {
        let f = Finding::new(Code::LinkPastEnd, "the last page links to a next one")
            .with("self", "last")
            .with("rel", "next");
        w.log_as(i, f, "link".into(), "feed".into(), at);
    }
    if archive && !complete {
        if !links
            .iter()
            .any(|l| l.rel == "prev-archive" || l.rel == "next-archive")
        {
            let f = Finding::new(
                Code::ArchiveIncomplete,
                "an archive document should link the previous or next archive",
            );
            w.log_as(i, f, "feed".into(), "root".into(), at);
        }
        if !links.iter().any(|l| l.rel == "current") {
            let f = Finding::new(
                Code::MissingCurrentInArchive,
                "an archive document should link the current feed",
            );
            w.log_as(i, f, "feed".into(), "root".into(), at);
        }
    }
}

/// Entry-level link checks.
pub fn entry_links(w: &mut Walker, i: usize) {
    duplicate_alternates(w, i);
}

/// Atom text constructs and content (atom.md §8), at their end.
pub fn end_text_construct(w: &mut Walker, i: usize) {
    let has_src = w.stack[i].flags & flags::SRC != 0;
    let ty = w.stack[i]
        .attr("type")
        .map(str::to_string)
        .unwrap_or_else(|| {
            if has_src {
                String::new()
            } else {
                "text".into()
            }
        });
    let value = w.stack[i].text.clone();
    let kind = w.stack[i].kind;
    let children = w.stack[i].flags & flags::CHILD_ELEMENTS != 0;
    let mut out = Vec::new();
    match ty.as_str() {
        "text" => {
            values::nonhtml(
                &value,
                Code::ContainsUndeclaredHTML,
                values::TextContext {
                    start_line_has_hex_ref: false,
                    rss2: false,
                },
                &mut out,
            );
        }
        "xhtml" => {
            if w.stack[i].flags & (flags::XHTML_DIV | flags::DIV_REPORTED) == 0 && !children {
                out.push(Finding::new(
                    Code::MissingXhtmlDiv,
                    "XHTML content must be wrapped in an xhtml:div",
                ));
            }
            values::nonhtml(
                &value,
                Code::NotInline,
                values::TextContext {
                    start_line_has_hex_ref: false,
                    rss2: false,
                },
                &mut out,
            );
        }
        "html" => {
            html::check_html(&value, &mut out);
        }
        t if t.ends_with("/html") => {
            html::check_html(&value, &mut out);
            if !value.contains("<html") && !has_src {
                out.push(
                    Finding::new(
                        Code::HtmlFragment,
                        format!("`{t}` content should be a whole HTML document"),
                    )
                    .value(value.chars().take(40).collect::<String>())
                    .with("type", t),
                );
            }
        }
        t if t.contains('/')
            && !(t.ends_with("+xml") || t.ends_with("/xml") || t.starts_with("text/")) =>
        {
            if !has_src && !local::is_base64(&value) {
                out.push(
                    Finding::new(Code::NotBase64, format!("`{t}` content must be base64"))
                        .value(value.chars().take(40).collect::<String>()),
                );
            }
            if kind == Kind::Content && w.stack[i - 1].kind == Kind::Entry {
                w.stack[i - 1].flags |= flags::NEEDS_SUMMARY;
            }
        }
        t if t.ends_with("+xml") || t.ends_with("/xml") => {}
        _ => {
            values::nonhtml(
                &value,
                Code::ContainsUndeclaredHTML,
                values::TextContext {
                    start_line_has_hex_ref: false,
                    rss2: false,
                },
                &mut out,
            );
        }
    }
    if has_src && kind == Kind::Content && w.stack[i - 1].kind == Kind::Entry {
        w.stack[i - 1].flags |= flags::NEEDS_SUMMARY;
    }
    if value.is_empty() && !children && !has_src {
        out.push(Finding::new(
            Code::NotBlank,
            format!("`{}` is empty", w.stack[i].display()),
        ));
    }
    w.log_all(i, out);
}

/// End-of-element checks of extension kinds.
pub fn end(w: &mut Walker, i: usize) {
    let kind = w.stack[i].kind;
    let name = w.stack[i].name.clone();
    let at = w.stack[i].offset;
    match kind {
        Kind::GeoPoint => {
            for el in ["geo_lat", "geo_long"] {
                if !w.stack[i].has_child(el) {
                    let f = Finding::new(
                        Code::MissingElement,
                        format!("`geo:Point` needs `{}`", el.replace('_', ":")),
                    );
                    w.log_as(i, f, el.replace('_', ":"), "geo:Point".into(), at);
                }
            }
        }
        Kind::ItunesImage => match w.stack[i].attr("href").map(str::to_string) {
            None => {
                let parent = w.parent_name(i);
                let f = Finding::new(Code::MissingAttribute, "`itunes:image` needs `href`")
                    .attr("href");
                w.log_as(i, f, "itunes:image".into(), parent, at);
            }
            Some(h) => {
                let mut out = Vec::new();
                values::uri_unstripped(
                    &h,
                    UriRule::HttpUrl,
                    Code::InvalidURLAttribute,
                    Code::ValidURLAttribute,
                    None,
                    &mut out,
                );
                for f in out {
                    w.log_as(i, f, "href".into(), "itunes_image".into(), at);
                }
            }
        },
        Kind::ItunesOwner if !w.stack[i].has_child("itunes_email") => {
            let f = Finding::new(Code::MissingElement, "`itunes:owner` needs `itunes:email`");
            w.log_as(i, f, "itunes:email".into(), "itunes:owner".into(), at);
        }
        Kind::ItunesCategory => itunes_category(w, i),
        Kind::MediaGroup if w.stack[i].count_child("media_content") < 2 => {
            w.log(
                i,
                Finding::new(
                    Code::MediaGroupWithoutAlternatives,
                    "a `media:group` holds two or more alternative `media:content`",
                ),
            );
        }
        Kind::MediaContent => media_content(w, i),
        Kind::Media => media(w, i, &name),
        Kind::SxSharing => sx_sharing(w, i),
        Kind::SxRelated => sx_related(w, i),
        Kind::SxSync => sx_sync(w, i),
        Kind::SxHistory => sx_history(w, i),
        Kind::AccessRestriction => match w.stack[i].attr("relationship").map(str::to_string) {
            None => {
                let parent = w.parent_name(i);
                w.log_as(
                    i,
                    Finding::new(Code::MissingAttribute, "needs `relationship`")
                        .attr("relationship"),
                    "access:restriction".into(),
                    parent,
                    at,
                );
            }
            Some(r) if r == "allow" || r == "deny" => {}
            Some(r) => {
                let f = Finding::new(
                    Code::InvalidAccessRestrictionRel,
                    format!("`{r}` is not allow or deny"),
                )
                .attr("relationship")
                .value(r);
                w.log(i, f);
            }
        },
        Kind::XhtmlMeta => {
            let parent = w.parent_name(i);
            match w.stack[i].attr("name").map(str::to_string) {
                None => w.log_as(
                    i,
                    Finding::new(Code::MissingAttribute, "needs `name`").attr("name"),
                    "xhtml:meta".into(),
                    parent.clone(),
                    at,
                ),
                Some(n) if n.eq_ignore_ascii_case("robots") => {}
                Some(n) => w.log(
                    i,
                    Finding::new(Code::InvalidMetaName, format!("`{n}` is not robots"))
                        .attr("name")
                        .value(n),
                ),
            }
            const OK: &[&str] = &[
                "all",
                "none",
                "index",
                "index,follow",
                "index,nofollow",
                "noindex",
                "noindex,follow",
                "noindex,nofollow",
                "follow",
                "follow,index",
                "follow,noindex",
                "nofollow",
                "nofollow,index",
                "nofollow,noindex",
            ];
            match w.stack[i].attr("content").map(str::to_string) {
                None => w.log_as(
                    i,
                    Finding::new(Code::MissingAttribute, "needs `content`").attr("content"),
                    "xhtml:meta".into(),
                    parent,
                    at,
                ),
                Some(c) if OK.contains(&c.to_ascii_lowercase().as_str()) => {}
                Some(c) => w.log(
                    i,
                    Finding::new(
                        Code::InvalidMetaContent,
                        format!("`{c}` is not a robots directive"),
                    )
                    .attr("content")
                    .value(c),
                ),
            }
        }
        Kind::InReplyTo => {
            for a in ["href", "source"] {
                if let Some(v) = w.stack[i].attr(a).map(str::to_string) {
                    let mut out = Vec::new();
                    values::uri_unstripped(
                        &v,
                        UriRule::Iri,
                        Code::InvalidIRI,
                        Code::ValidURI,
                        None,
                        &mut out,
                    );
                    for f in out {
                        log_at(w, i, f, a);
                    }
                }
            }
            if let Some(v) = w.stack[i].attr("ref").map(str::to_string) {
                let mut out = Vec::new();
                values::canonical_uri_check(&v, &mut out);
                for f in out {
                    log_at(w, i, f, "ref");
                }
            }
            if let Some(t) = w.stack[i].attr("type").map(str::to_string) {
                let f = if values::mime_type(&t) {
                    Finding::new(Code::ValidMIMEAttribute, "type")
                        .attr("type")
                        .value(t)
                } else {
                    Finding::new(Code::InvalidMIMEType, format!("`{t}` is not a MIME type"))
                        .attr("type")
                        .value(t)
                };
                w.log(i, f);
            }
        }
        Kind::Empty => {}
        Kind::AppService if !w.stack[i].has_child("app_workspace") => {
            let at = w.stack[i].offset;
            let f = Finding::new(
                Code::MissingElement,
                "a service document needs an `app:workspace`",
            );
            w.log_as(i, f, "app:workspace".into(), name.clone(), at);
        }
        Kind::AppWorkspace | Kind::AppCollection => {
            if kind == Kind::AppCollection {
                match w.stack[i].attr("href").map(str::to_string) {
                    None => {
                        let parent = w.parent_name(i);
                        let at = w.stack[i].offset;
                        let f =
                            Finding::new(Code::MissingAttribute, "`app:collection` needs `href`")
                                .attr("href");
                        w.log_as(i, f, "app:collection".into(), parent, at);
                    }
                    Some(h) => {
                        let mut out = Vec::new();
                        values::uri_unstripped(
                            &h,
                            UriRule::Iri,
                            Code::InvalidIRI,
                            Code::ValidURI,
                            None,
                            &mut out,
                        );
                        for f in out {
                            log_attr(w, i, f, "href");
                        }
                    }
                }
            }
            if !w.stack[i].has_child("atom_title") && !w.stack[i].has_child("title") {
                let at = w.stack[i].offset;
                let f = Finding::new(
                    Code::MissingElement,
                    format!("`{}` needs an `atom:title`", w.stack[i].display()),
                );
                w.log_as(i, f, "atom:title".into(), name.clone(), at);
            }
        }
        Kind::AppCategories => {
            let href = w.stack[i].attr("href").is_some();
            if let Some(fx) = w.stack[i].attr("fixed").map(str::to_string) {
                let mut out = Vec::new();
                values::yesno(&fx, &mut out);
                for f in out {
                    log_attr(w, i, f, "fixed");
                }
                if href {
                    w.log(
                        i,
                        Finding::new(
                            Code::ConflictingCatAttr,
                            "`href` and `fixed` exclude each other",
                        )
                        .attr("fixed"),
                    );
                }
            }
            if href && w.stack[i].attr("scheme").is_some() {
                w.log(
                    i,
                    Finding::new(
                        Code::ConflictingCatAttr,
                        "`href` and `scheme` exclude each other",
                    )
                    .attr("scheme"),
                );
            }
            if href && !w.stack[i].children.is_empty() {
                w.log(
                    i,
                    Finding::new(
                        Code::ConflictingCatChildren,
                        "categories with `href` list none themselves",
                    ),
                );
            }
        }
        Kind::Feedburner => {
            if name == "feedburner_info" {
                match w.stack[i].attr("uri").map(str::to_string) {
                    None => w.log(
                        i,
                        Finding::new(Code::MissingAttribute, "needs `uri`").attr("uri"),
                    ),
                    Some(u) => {
                        let mut out = Vec::new();
                        values::uri_unstripped(
                            &u,
                            UriRule::Iri,
                            Code::InvalidIRI,
                            Code::ValidURI,
                            None,
                            &mut out,
                        );
                        w.log_all(i, out);
                    }
                }
            } else {
                for a in ["href", "src"] {
                    match w.stack[i].attr(a).map(str::to_string) {
                        None => w.log(
                            i,
                            Finding::new(Code::MissingAttribute, format!("needs `{a}`")).attr(a),
                        ),
                        Some(u) => {
                            if w.doc.feed_type == FeedType::Atom {
                                let mut out = Vec::new();
                                values::uri_unstripped(
                                    &u,
                                    UriRule::Iri,
                                    Code::InvalidIRI,
                                    Code::ValidURI,
                                    None,
                                    &mut out,
                                );
                                w.log_all(i, out);
                            } else if !local::full_uri_regex(&u) {
                                let parent = w.parent_name(i);
                                w.log_as(
                                    i,
                                    Finding::new(Code::ContainsRelRef, "relative reference")
                                        .value(u),
                                    name.replace('_', ":"),
                                    parent,
                                    at,
                                );
                            }
                        }
                    }
                }
                super::rules::plain_text(w, i);
            }
        }
        _ => {}
    }
    let _ = V::Text;
}

const ITUNES_NEW: &[(&str, &[&str])] = &[
    (
        "Arts",
        &[
            "Books",
            "Design",
            "Fashion & Beauty",
            "Food",
            "Performing Arts",
            "Visual Arts",
        ],
    ),
    (
        "Business",
        &[
            "Careers",
            "Entrepreneurship",
            "Investing",
            "Management",
            "Marketing",
            "Non-Profit",
        ],
    ),
    ("Comedy", &["Comedy Interviews", "Improv", "Stand-Up"]),
    (
        "Education",
        &["Courses", "How To", "Language Learning", "Self-Improvement"],
    ),
    ("Fiction", &["Comedy Fiction", "Drama", "Science Fiction"]),
    ("Government", &[]),
    ("History", &[]),
    (
        "Health & Fitness",
        &[
            "Alternative Health",
            "Fitness",
            "Medicine",
            "Mental Health",
            "Nutrition",
            "Sexuality",
        ],
    ),
    (
        "Kids & Family",
        &[
            "Education for Kids",
            "Parenting",
            "Pets & Animals",
            "Stories for Kids",
        ],
    ),
    (
        "Leisure",
        &[
            "Animation & Manga",
            "Automotive",
            "Aviation",
            "Crafts",
            "Games",
            "Hobbies",
            "Home & Garden",
            "Video Games",
        ],
    ),
    (
        "Music",
        &["Music Commentary", "Music History", "Music Interviews"],
    ),
    (
        "News",
        &[
            "Business News",
            "Daily News",
            "Entertainment News",
            "News Commentary",
            "Politics",
            "Sports News",
            "Tech News",
        ],
    ),
    (
        "Religion & Spirituality",
        &[
            "Buddhism",
            "Christianity",
            "Hinduism",
            "Islam",
            "Judaism",
            "Religion",
            "Spirituality",
        ],
    ),
    (
        "Science",
        &[
            "Astronomy",
            "Chemistry",
            "Earth Sciences",
            "Life Sciences",
            "Mathematics",
            "Natural Sciences",
            "Nature",
            "Physics",
            "Social Sciences",
        ],
    ),
    (
        "Society & Culture",
        &[
            "Documentary",
            "Personal Journals",
            "Philosophy",
            "Places & Travel",
            "Relationships",
        ],
    ),
    (
        "Sports",
        &[
            "Baseball",
            "Basketball",
            "Cricket",
            "Fantasy Sports",
            "Football",
            "Golf",
            "Hockey",
            "Rugby",
            "Running",
            "Soccer",
            "Swimming",
            "Tennis",
            "Volleyball",
            "Wilderness",
            "Wrestling",
        ],
    ),
    ("Technology", &[]),
    ("True Crime", &[]),
    (
        "TV & Film",
        &[
            "After Shows",
            "Film History",
            "Film Interviews",
            "Film Reviews",
            "TV Reviews",
        ],
    ),
];

const ITUNES_OLD: &[(&str, &[&str])] = &[
    (
        "Arts",
        &[
            "Design",
            "Fashion & Beauty",
            "Food",
            "Literature",
            "Performing Arts",
            "Visual Arts",
        ],
    ),
    (
        "Arts & Entertainment",
        &[
            "Architecture",
            "Design",
            "Entertainment",
            "Games",
            "Performing Arts",
            "Photography",
            "Poetry",
            "Science Fiction",
        ],
    ),
    ("Audio Blogs", &[]),
    (
        "Business",
        &[
            "Business News",
            "Careers",
            "Finance",
            "Investing",
            "Management & Marketing",
            "News",
            "Shopping",
        ],
    ),
    ("Comedy", &[]),
    (
        "Education",
        &[
            "Education Technology",
            "Higher Education",
            "K-12",
            "Language Courses",
            "Training",
        ],
    ),
    ("Family", &[]),
    ("Food", &[]),
    (
        "Games & Hobbies",
        &[
            "Automotive",
            "Aviation",
            "Hobbies",
            "Other Games",
            "Video Games",
        ],
    ),
    (
        "Government & Organizations",
        &["Local", "National", "Non-Profit", "Regional"],
    ),
    (
        "Health",
        &[
            "Alternative Health",
            "Diet & Nutrition",
            "Fitness",
            "Fitness & Nutrition",
            "Relationships",
            "Self-Help",
            "Sexuality",
        ],
    ),
    (
        "International",
        &[
            "Australian",
            "Belgian",
            "Brazilian",
            "Canadian",
            "Chinese",
            "Dutch",
            "French",
            "German",
            "Hebrew",
            "Italian",
            "Japanese",
            "Norwegian",
            "Polish",
            "Portuguese",
            "Spanish",
            "Swedish",
        ],
    ),
    ("Kids & Family", &[]),
    ("Movies & Television", &[]),
    ("Music", &[]),
    ("News & Politics", &[]),
    ("Politics", &[]),
    ("Public Radio", &[]),
    (
        "Religion & Spirituality",
        &[
            "Buddhism",
            "Christianity",
            "Hinduism",
            "Islam",
            "Judaism",
            "New Age",
            "Philosophy",
            "Other",
            "Spirituality",
        ],
    ),
    (
        "Science & Medicine",
        &["Medicine", "Natural Sciences", "Social Sciences"],
    ),
    (
        "Society & Culture",
        &[
            "Gay & Lesbian",
            "History",
            "Personal Journals",
            "Philosophy",
            "Places & Travel",
        ],
    ),
    (
        "Sports & Recreation",
        &[
            "Amateur",
            "College & High School",
            "Outdoor",
            "Professional",
        ],
    ),
    ("Talk Radio", &[]),
    (
        "Technology",
        &[
            "Computers",
            "Developers",
            "Gadgets",
            "Information Technology",
            "News",
            "Operating Systems",
            "Podcasting",
            "Smart Phones",
            "Software How-To",
            "Tech News",
            "Text/Speech",
        ],
    ),
    ("TV & Film", &[]),
    (
        "Transportation",
        &["Automotive", "Aviation", "Bicycles", "Commuting"],
    ),
    ("Travel", &[]),
];

fn itunes_category(w: &mut Walker, i: usize) {
    let at = w.stack[i].offset;
    let parent = super::walker::display(&w.parent_name(i));
    let Some(text) = w.stack[i].attr("text").map(str::to_string) else {
        let f = Finding::new(Code::MissingAttribute, "`itunes:category` needs `text`").attr("text");
        w.log_as(i, f, "itunes:category".into(), parent, at);
        return;
    };
    let nested = w.stack[i - 1].kind == Kind::ItunesCategory;
    let lookup = |list: &[(&str, &[&str])]| -> bool {
        if nested {
            let top = w.stack[i - 1].attr("text").unwrap_or("");
            list.iter()
                .any(|(t, subs)| *t == top && subs.contains(&text.as_str()))
        } else {
            list.iter().any(|(t, _)| *t == text)
        }
    };
    if nested && w.stack[i - 1].attr("text").is_none() {
        return;
    }
    if lookup(ITUNES_NEW) {
        return;
    }
    let f = if lookup(ITUNES_OLD) {
        Finding::new(
            Code::ObsoleteItunesCategory,
            format!("`{text}` is an old iTunes category"),
        )
        .with("text", text)
    } else {
        Finding::new(
            Code::InvalidItunesCategory,
            format!("`{text}` is not an iTunes category"),
        )
        .with("text", text)
    };
    w.log_as(i, f, "itunes:category".into(), parent, at);
}

fn npt(v: &str) -> bool {
    v.starts_with("now") || v.starts_with(|c: char| c.is_ascii_digit())
}

fn media(w: &mut Walker, i: usize, name: &str) {
    let attr = |w: &Walker, a: &str| w.stack[i].attr(a).map(str::to_string);
    let text = w.stack[i].text.trim().to_string();
    let mut out: Vec<(Finding, Option<&str>)> = Vec::new();
    match name {
        "media_title" | "media_description" | "media_text" => {
            let ty = attr(w, "type").unwrap_or_else(|| "plain".into());
            if ty != "plain" && ty != "html" {
                out.push((
                    Finding::new(
                        Code::InvalidMediaTextType,
                        format!("`{ty}` is not plain or html"),
                    )
                    .attr("type")
                    .value(ty.clone()),
                    None,
                ));
            }
            let mut v = Vec::new();
            if ty == "html" {
                html::check_html(&text, &mut v);
            } else {
                values::nonhtml(
                    &text,
                    Code::ContainsUndeclaredHTML,
                    values::TextContext {
                        start_line_has_hex_ref: false,
                        rss2: false,
                    },
                    &mut v,
                );
            }
            out.extend(v.into_iter().map(|f| (f, None)));
            if name == "media_text" {
                for a in ["start", "end"] {
                    match attr(w, a) {
                        Some(t) if !npt(&t) => out.push((
                            Finding::new(
                                Code::InvalidNPTTime,
                                format!("`{t}` is not a media time"),
                            )
                            .attr(a)
                            .value(t),
                            None,
                        )),
                        _ => {
                            out.push((Finding::new(Code::ValidNPTTime, "media time").attr(a), None))
                        }
                    }
                }
                if let Some(l) = attr(w, "lang")
                    && values::iso639(&l)
                {
                    let mut found = Vec::new();
                    values::rfc5646(&l, &mut found);
                    out.extend(found.into_iter().map(|f| (f.attr("lang"), Some("lang"))));
                } else if let Some(l) = attr(w, "lang") {
                    out.push((
                        Finding::new(
                            Code::InvalidLanguage,
                            format!("`{l}` is not a language code"),
                        )
                        .value(l),
                        Some("lang"),
                    ));
                }
            }
        }
        "media_category" => {
            if let Some(s) = attr(w, "scheme") {
                let mut v = Vec::new();
                values::uri_unstripped(
                    &s,
                    UriRule::Full,
                    Code::InvalidFullLink,
                    Code::ValidURI,
                    None,
                    &mut v,
                );
                out.extend(v.into_iter().map(|f| (f, Some("scheme"))));
            }
            if let Some(l) = attr(w, "label") {
                let mut v = Vec::new();
                values::nonhtml(
                    &l,
                    Code::ContainsHTML,
                    values::TextContext {
                        start_line_has_hex_ref: false,
                        rss2: false,
                    },
                    &mut v,
                );
                out.extend(v.into_iter().map(|f| (f, Some("label"))));
            }
        }
        "media_copyright" => {
            let mut v = Vec::new();
            values::nonhtml(
                &text,
                Code::ContainsHTML,
                values::TextContext {
                    start_line_has_hex_ref: false,
                    rss2: false,
                },
                &mut v,
            );
            if let Some(u) = attr(w, "url") {
                let mut vv = Vec::new();
                values::uri_unstripped(
                    &u,
                    UriRule::Full,
                    Code::InvalidFullLink,
                    Code::ValidURI,
                    None,
                    &mut vv,
                );
                out.extend(vv.into_iter().map(|f| (f, Some("url"))));
            }
            out.extend(v.into_iter().map(|f| (f, None)));
        }
        "media_credit" => {
            let scheme = attr(w, "scheme").unwrap_or_else(|| "urn:ebu".into());
            if let Some(role) = attr(w, "role") {
                let ok = if scheme == "urn:ebu" {
                    EBU_ROLES.contains(&role.as_str())
                } else {
                    role == role.to_lowercase()
                };
                if !ok {
                    out.push((
                        Finding::new(
                            Code::InvalidCreditRole,
                            format!("`{role}` is not a credit role of {scheme}"),
                        )
                        .attr("role")
                        .value(role),
                        None,
                    ));
                }
            }
            if scheme != "urn:ebu" {
                let mut v = Vec::new();
                values::uri_unstripped(
                    &scheme,
                    UriRule::Full,
                    Code::InvalidFullLink,
                    Code::ValidURI,
                    None,
                    &mut v,
                );
                out.extend(v.into_iter().map(|f| (f, Some("scheme"))));
            }
        }
        "media_hash" => {
            let algo = attr(w, "algo").unwrap_or_else(|| "md5".into());
            if algo != "md5" && algo != "sha-1" {
                out.push((
                    Finding::new(
                        Code::InvalidMediaHash,
                        format!("`{algo}` is not md5 or sha-1"),
                    )
                    .attr("algo")
                    .value(algo.clone()),
                    None,
                ));
            }
            let len = if algo == "sha-1" { 40 } else { 32 };
            if !(text.len() == len && text.bytes().all(|c| c.is_ascii_alphanumeric())) {
                out.push((
                    Finding::new(
                        Code::InvalidMediaHash,
                        format!("`{text}` is not a {algo} hash"),
                    )
                    .value(text.clone()),
                    None,
                ));
            }
        }
        "media_player" | "media_thumbnail" => {
            match attr(w, "url") {
                None => out.push((
                    Finding::new(Code::MissingAttribute, "needs `url`").attr("url"),
                    None,
                )),
                Some(u) => {
                    let mut v = Vec::new();
                    values::uri_unstripped(
                        &u,
                        UriRule::Full,
                        Code::InvalidFullLink,
                        Code::ValidURI,
                        None,
                        &mut v,
                    );
                    out.extend(v.into_iter().map(|f| (f, Some("url"))));
                }
            }
            for a in ["height", "width"] {
                if let Some(x) = attr(w, a) {
                    let mut v = Vec::new();
                    values::positive_integer(&x, &mut v);
                    out.extend(v.into_iter().map(|f| (f, Some(a))));
                }
            }
            if name == "media_thumbnail" {
                match attr(w, "time") {
                    Some(t) if !npt(&t) => out.push((
                        Finding::new(Code::InvalidNPTTime, format!("`{t}` is not a media time"))
                            .attr("time")
                            .value(t),
                        None,
                    )),
                    _ => out.push((
                        Finding::new(Code::ValidNPTTime, "media time").attr("time"),
                        None,
                    )),
                }
            }
        }
        "media_rating" => {
            let scheme = attr(w, "scheme").unwrap_or_else(|| "urn:simple".into());
            let v = text.to_lowercase();
            let ok = match scheme.as_str() {
                "urn:simple" => matches!(v.as_str(), "adult" | "nonadult"),
                "urn:mpaa" => {
                    matches!(v.as_str(), "g" | "m" | "nc-17" | "pg" | "pg-13" | "r" | "x")
                }
                "urn:v-chip" => matches!(
                    v.as_str(),
                    "14+"
                        | "18+"
                        | "c"
                        | "c8"
                        | "g"
                        | "pg"
                        | "tv-14"
                        | "tv-g"
                        | "tv-ma"
                        | "tv-pg"
                        | "tv-y"
                        | "tv-y7"
                        | "tv-y7-fv"
                ),
                "urn:icra" => icra(&v),
                _ => {
                    let mut vv = Vec::new();
                    values::uri_unstripped(
                        &scheme,
                        UriRule::Full,
                        Code::InvalidFullLink,
                        Code::ValidURI,
                        None,
                        &mut vv,
                    );
                    out.extend(vv.into_iter().map(|f| (f, Some("scheme"))));
                    true
                }
            };
            if !ok {
                out.push((
                    Finding::new(
                        Code::InvalidMediaRating,
                        format!("`{text}` is not a rating of {scheme}"),
                    )
                    .value(text.clone())
                    .with("scheme", scheme),
                    None,
                ));
            }
        }
        "media_restriction" => {
            match attr(w, "relationship") {
                None => out.push((
                    Finding::new(Code::MissingAttribute, "needs `relationship`")
                        .attr("relationship"),
                    None,
                )),
                Some(r) if r == "allow" || r == "deny" => {}
                Some(r) => out.push((
                    Finding::new(
                        Code::InvalidMediaRestrictionRel,
                        format!("`{r}` is not allow or deny"),
                    )
                    .attr("relationship")
                    .value(r),
                    None,
                )),
            }
            match attr(w, "type").as_deref() {
                None => {
                    if !text.is_empty() && text != "all" && text != "none" {
                        out.push((
                            Finding::new(
                                Code::InvalidMediaRestriction,
                                format!("`{text}` is not all or none"),
                            )
                            .value(text.clone()),
                            None,
                        ));
                    }
                }
                Some("country") => {
                    for c in text.to_uppercase().split(' ') {
                        if !values::iso3166(c, &mut Vec::new()) {
                            out.push((
                                Finding::new(
                                    Code::InvalidCountryCode,
                                    format!("`{c}` is not a country code"),
                                )
                                .attr("country")
                                .value(c),
                                Some("country"),
                            ));
                        }
                    }
                }
                Some("uri") => {
                    let mut v = Vec::new();
                    values::uri_unstripped(
                        &text,
                        UriRule::Full,
                        Code::InvalidFullLink,
                        Code::ValidURI,
                        None,
                        &mut v,
                    );
                    out.extend(v.into_iter().map(|f| (f, None)));
                }
                Some(t) => out.push((
                    Finding::new(
                        Code::InvalidMediaRestrictionType,
                        format!("`{t}` is not country or uri"),
                    )
                    .attr("type")
                    .value(t),
                    None,
                )),
            }
        }
        _ => {}
    }
    for (f, el) in out {
        match el {
            Some(e) => log_at(w, i, f, e),
            None => w.log(i, f),
        }
    }
}

fn icra(v: &str) -> bool {
    let Some(inner) = v.strip_prefix("r (").and_then(|s| s.strip_suffix(')')) else {
        return false;
    };
    let toks: Vec<&str> = inner.split(' ').collect();
    if !toks.len().is_multiple_of(2) || toks.is_empty() {
        return false;
    }
    toks.chunks(2).all(|c| {
        let (code, val) = (c[0], c[1]);
        let b = code.as_bytes();
        if b.len() != 2 {
            return false;
        }
        if b[1] == b'z' {
            b"nsvlocx".contains(&b[0]) && (val == "0" || val == "1")
        } else {
            let ok = match b[0] {
                b'n' => (b'a'..=b'c').contains(&b[1]),
                b's' => (b'a'..=b'f').contains(&b[1]),
                b'v' => (b'a'..=b'j').contains(&b[1]),
                b'l' => (b'a'..=b'c').contains(&b[1]),
                b'o' => (b'a'..=b'h').contains(&b[1]),
                b'c' => (b'a'..=b'b').contains(&b[1]),
                b'x' => (b'a'..=b'e').contains(&b[1]),
                _ => false,
            };
            ok && val == "1"
        }
    })
}

fn media_content(w: &mut Walker, i: usize) {
    // Media RSS 1.5.1, `<media:content>`: `url` "should specify the direct URL to the media
    // object. If not included, a `<media:player>` element must be specified."
    if w.stack[i].attr("url").is_none()
        && !w.stack[i].has_child("media_player")
        && !(i > 0 && w.stack[i - 1].has_child("media_player"))
    {
        w.log(
            i,
            Finding::new(
                Code::MissingAttribute,
                "`media:content` needs `url` (or a `media:player` child)",
            )
            .attr("url"),
        );
    }
    let attrs: Vec<(String, String)> = w.stack[i]
        .attrs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    for (a, val) in attrs {
        let mut out = Vec::new();
        match a.as_str() {
            "bitrate" | "duration" | "framerate" | "samplingrate"
                if !val.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                out.push(
                    Finding::new(Code::InvalidFloat, format!("`{val}` is not a number"))
                        .attr(a.clone())
                        .value(val.clone()),
                );
            }
            "channels" => {
                values::non_negative_integer(&val, &mut out);
            }
            "expression" if !matches!(val.as_str(), "sample" | "full" | "nonstop") => {
                out.push(
                    Finding::new(
                        Code::InvalidMediaExpression,
                        format!("`{val}` is not sample, full or nonstop"),
                    )
                    .value(val.clone()),
                );
            }
            "fileSize" | "height" | "width" => {
                values::positive_integer(&val, &mut out);
            }
            "isDefault" => {
                values::truefalse(&val, &mut out);
            }
            "lang" if values::iso639(&val) => values::rfc5646(&val, &mut out),
            "lang" => {
                out.push(
                    Finding::new(
                        Code::InvalidLanguage,
                        format!("`{val}` is not a language code"),
                    )
                    .value(val.clone()),
                );
            }
            "medium"
                if !matches!(
                    val.as_str(),
                    "image" | "audio" | "video" | "document" | "executable"
                ) =>
            {
                out.push(
                    Finding::new(
                        Code::InvalidMediaMedium,
                        format!("`{val}` is not image, audio, video, document or executable"),
                    )
                    .value(val.clone()),
                );
            }
            "type" if !values::mime_type(&val) => {
                out.push(
                    Finding::new(
                        Code::InvalidMIMEAttribute,
                        format!("`{val}` is not a MIME type"),
                    )
                    .attr("type"),
                );
            }
            "url" => {
                values::uri_unstripped(
                    &val,
                    UriRule::Full,
                    Code::InvalidFullLink,
                    Code::ValidURI,
                    None,
                    &mut out,
                );
            }
            _ => {}
        }
        w.log_all(i, out);
    }
}

fn sx_attr_uint31(w: &mut Walker, i: usize, a: &str, required: bool) {
    match w.stack[i].attr(a).map(str::to_string) {
        None if required => {
            let f = Finding::new(Code::MissingAttribute, format!("needs `{a}`")).attr(a);
            w.log(i, f);
        }
        None => {}
        Some(v) => {
            let mut out = Vec::new();
            values::uint31(&v, &mut out);
            for f in out {
                log_attr(w, i, f, a);
            }
        }
    }
}

fn sx_attr_date(w: &mut Walker, i: usize, a: &str) {
    if let Some(v) = w.stack[i].attr(a).map(str::to_string) {
        let mut out = Vec::new();
        values::rfc3339(&v, None, &mut out);
        for f in out {
            log_attr(w, i, f, a);
        }
    }
}

fn sx_related(w: &mut Walker, i: usize) {
    match w.stack[i].attr("link").map(str::to_string) {
        None => w.log(
            i,
            Finding::new(Code::MissingAttribute, "`sx:related` needs `link`").attr("link"),
        ),
        Some(l) => {
            let mut out = Vec::new();
            values::uri_unstripped(
                &l,
                UriRule::Full,
                Code::InvalidFullLink,
                Code::ValidURI,
                None,
                &mut out,
            );
            for f in out {
                log_attr(w, i, f, "link");
            }
        }
    }
    if let Some(t) = w.stack[i].attr("title").map(str::to_string) {
        let mut out = Vec::new();
        values::nonblank(&t, None, &mut out);
        values::nonhtml(
            &t,
            Code::ContainsHTML,
            values::TextContext::default(),
            &mut out,
        );
        for f in out {
            log_attr(w, i, f, "title");
        }
    }
    match w.stack[i].attr("type").map(str::to_string) {
        None => w.log(
            i,
            Finding::new(Code::MissingAttribute, "`sx:related` needs `type`").attr("type"),
        ),
        Some(t) if t == "complete" || t == "aggregated" => {}
        Some(t) => {
            let f = Finding::new(
                Code::InvalidSseType,
                format!("`{t}` is not complete or aggregated"),
            )
            .attr("type")
            .value(t);
            log_attr(w, i, f, "type");
        }
    }
}

fn sx_sharing(w: &mut Walker, i: usize) {
    let since = w.stack[i].attr("since").map(str::to_string);
    let until = w.stack[i].attr("until").map(str::to_string);
    if until.is_some() && since.is_none() {
        w.log(
            i,
            Finding::new(Code::MissingAttribute, "`until` needs `since`").attr("since"),
        );
    }
    if since.is_some() && until.is_none() {
        w.log(
            i,
            Finding::new(Code::MissingAttribute, "`since` needs `until`").attr("until"),
        );
    }
    for a in ["expires", "since", "until"] {
        sx_attr_date(w, i, a);
    }
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        w.log(
            i,
            Finding::new(Code::SinceAfterUntil, "`since` is after `until`"),
        );
    }
}

fn sx_sync(w: &mut Walker, i: usize) {
    match w.stack[i].attr("id").map(str::to_string) {
        None => w.log(
            i,
            Finding::new(Code::MissingAttribute, "`sx:sync` needs `id`").attr("id"),
        ),
        Some(id) => {
            if !nss(&id) {
                let f = Finding::new(
                    Code::InvalidNSS,
                    format!("`{id}` has characters an sx:sync id cannot have"),
                )
                .value(id.clone());
                log_attr(w, i, f, "id");
            }
            // Versions kept in `sx:conflicts` repeat the id of their item.
            let in_conflicts = (0..i).any(|k| w.stack[k].kind == Kind::SxConflicts);
            if !in_conflicts && !w.doc.unique("sx_id", &id) {
                let f = Finding::new(
                    Code::DuplicateValue,
                    format!("`{id}` is the id of an earlier item"),
                )
                .value(id);
                log_attr(w, i, f, "id");
            }
        }
    }
    sx_attr_uint31(w, i, "updates", true);
    for a in ["deleted", "noconflicts"] {
        if let Some(v) = w.stack[i].attr(a).map(str::to_string)
            && v != "true"
            && v != "false"
        {
            let f = Finding::new(
                Code::InvalidTrueFalse,
                format!("`{v}` is not true or false"),
            )
            .value(v);
            log_attr(w, i, f, a);
        }
    }
    if !w.stack[i].has_child("sx_history") {
        let at = w.stack[i].offset;
        let f = Finding::new(Code::MissingElement, "`sx:sync` needs `sx:history`");
        w.log_as(i, f, "sx:history".into(), "sx_sync".into(), at);
    }
}

fn sx_history(w: &mut Walker, i: usize) {
    let by = w.stack[i].attr("by").map(str::to_string);
    let when = w.stack[i].attr("when").map(str::to_string);
    sx_attr_uint31(w, i, "sequence", true);
    sx_attr_date(w, i, "when");
    if let Some(b) = &by {
        let mut out = Vec::new();
        values::nonblank(b, None, &mut out);
        values::nonhtml(
            b,
            Code::ContainsHTML,
            values::TextContext::default(),
            &mut out,
        );
        if !b.is_empty() && !nss(b) {
            out.push(
                Finding::new(
                    Code::InvalidNSS,
                    format!("`{b}` has characters an sx:history `by` cannot have"),
                )
                .value(b.clone()),
            );
        }
        for f in out {
            log_attr(w, i, f, "by");
        }
    }
    match (&by, &when) {
        (None, None) => w.log(
            i,
            Finding::new(
                Code::MissingByAndWhenAttrs,
                "`sx:history` needs `by` or `when`",
            ),
        ),
        (Some(_), None) => w.log(
            i,
            Finding::new(
                Code::MissingRecommendedAttribute,
                "`sx:history` should have `when`",
            )
            .attr("when"),
        ),
        (None, Some(_)) => w.log(
            i,
            Finding::new(
                Code::MissingRecommendedAttribute,
                "`sx:history` should have `by`",
            )
            .attr("by"),
        ),
        _ => {}
    }
}

fn nss(v: &str) -> bool {
    let b = v.as_bytes();
    if b.is_empty() {
        return false;
    }
    let mut k = 0;
    while k < b.len() {
        let c = b[k];
        if c == b'%' {
            let hex = |j: usize| b.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(k + 1) && hex(k + 2)) {
                return false;
            }
            k += 3;
            continue;
        }
        if !(c.is_ascii_alphanumeric() || b"()+,-.:=@;$_!*'/?#".contains(&c)) {
            return false;
        }
        k += 1;
    }
    true
}

const EBU_ROLES: &[&str] = &[
    "actor",
    "adaptor",
    "anchor person",
    "animal trainer",
    "animator",
    "announcer",
    "armourer",
    "art director",
    "artist/performer",
    "assistant camera",
    "assistant chief lighting technician",
    "assistant director",
    "assistant producer",
    "assistant visual editor",
    "author",
    "broadcast assistant",
    "broadcast journalist",
    "camera operator",
    "carpenter",
    "casting",
    "causeur",
    "chief lighting technician",
    "choir",
    "choreographer",
    "clapper loader",
    "commentary or commentator",
    "commissioning broadcaster",
    "composer",
    "computer programmer",
    "conductor",
    "consultant",
    "continuity checker",
    "correspondent",
    "costume designer",
    "dancer",
    "dialogue coach",
    "director",
    "director of photography",
    "distribution company",
    "draughtsman",
    "dresser",
    "dubber",
    "editor/producer",
    "editor",
    "ensemble",
    "executive producer",
    "expert",
    "fight director",
    "floor manager",
    "focus puller",
    "foley artist",
    "foley editor",
    "foley mixer",
    "graphic assistant",
    "graphic designer",
    "greensman",
    "grip",
    "hairdresser",
    "illustrator",
    "interviewed guest",
    "interviewer",
    "key character",
    "key grip",
    "key talents",
    "leadman",
    "librettist",
    "lighting director",
    "lighting technician",
    "location manager",
    "lyricist",
    "make up artist",
    "manufacturer",
    "matte artist",
    "music arranger",
    "music group",
    "musician",
    "news reader",
    "orchestra",
    "participant",
    "photographer",
    "post",
    "producer",
    "production assistant",
    "production company",
    "production department",
    "production manager",
    "production secretary",
    "programme production researcher",
    "property manager",
    "publishing company",
    "puppeteer",
    "pyrotechnician",
    "reporter",
    "rigger",
    "runner",
    "scenario",
    "scenic operative",
    "script supervisor",
    "second assistant camera",
    "second assistant director",
    "second unit director",
    "set designer",
    "set dresser",
    "sign language",
    "singer",
    "sound designer",
    "sound mixer",
    "sound recordist",
    "special effects",
    "stunts",
    "subtitles",
    "technical director",
    "term",
    "translation",
    "transportation manager",
    "treatment/programme proposal",
    "vision mixer",
    "visual editor",
    "visual effects",
    "wardrobe",
    "witness",
    "artist",
    "performer",
    "treatment",
    "treatment proposal",
    "programme proposal",
];
