//! The per-language HTML page (`{lang}/index.html`): what a person opening the feeds'
//! folder in a browser sees. One static HTML5 document per language, no script, no external
//! asset:
//!
//! - `<html lang dir>` from the language (right-to-left languages get `dir="rtl"`; the CSS
//!   uses logical properties only, so the layout mirrors by itself; URLs and markup are
//!   marked `dir="ltr"`);
//! - in `<head>`, a `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`
//!   per feed and format (feed autodiscovery) and one per other language's page
//!   (`hreflang`);
//! - one block per feed (all sections, then each section): title, section, a link per
//!   format with its media type, and the absolute feed URL to copy;
//! - the newest items: title linked to the item, date in the language's words
//!   ([`crate::l10n`]) inside `<time datetime>`, section;
//! - the same `<link rel="alternate">` tags with absolute URLs in a `<pre>`, for the site's
//!   page templates to copy;
//! - links to the other languages' pages.
//!
//! Links to the language's own files are relative (`news/rss.xml`), so the page works from
//! a `file://` checkout as well as from the server. Every value is escaped: titles are
//! text, never markup. Pure function of its [`PageDoc`]: no clock, no file system.

use crate::l10n::{Label, Strings};
use crate::model::Timestamp;
use crate::site::{Direction, Format};
use std::fmt::Write as _;

/// The tag in every page's `<head>` that marks it as polyfeed's (a build replaces, reports
/// stale and prunes only `{lang}/index.html` files that carry it).
pub const GENERATOR_META: &str = "<meta name=\"generator\" content=\"polyfeed\">";

/// One format of a feed on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLink {
    /// The format.
    pub format: Format,
    /// Link from the page (relative: `news/rss.xml`).
    pub href: String,
    /// The feed's public URL (to copy, and for the template snippet).
    pub url: String,
}

/// One feed on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageFeed {
    /// The feed's title.
    pub title: String,
    /// Section name (`None`: the all-sections feed).
    pub section: Option<String>,
    /// The section's title in the page's language (the all-sections label for `None`).
    pub section_title: String,
    /// One link per written format, in output order.
    pub links: Vec<PageLink>,
}

/// One of the newest items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageItem {
    /// Title (plain text).
    pub title: String,
    /// Permalink (absolute).
    pub url: String,
    /// Publication instant (shown as the day in its own offset).
    pub published: Timestamp,
    /// The item's section title.
    pub section_title: String,
}

/// Another language's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherPage {
    /// Language tag.
    pub lang: String,
    /// The language's own name.
    pub name: String,
    /// Its direction.
    pub direction: Direction,
    /// Link (relative when the base URLs mirror the output folder: `../ru/index.html`).
    pub href: String,
}

/// Everything the page shows.
#[derive(Debug, Clone)]
pub struct PageDoc<'a> {
    /// Language tag.
    pub lang: &'a str,
    /// Text direction.
    pub direction: Direction,
    /// The site's title in this language.
    pub title: &'a str,
    /// The site's description in this language.
    pub description: &'a str,
    /// Copyright statement (footer).
    pub rights: Option<&'a str>,
    /// The page's words.
    pub strings: &'a Strings,
    /// Feeds: the all-sections feed first, then sections in site order.
    pub feeds: Vec<PageFeed>,
    /// The newest items, newest first.
    pub items: Vec<PageItem>,
    /// Link to the language's OPML list (relative), when written.
    pub opml_href: Option<String>,
    /// The other languages' pages, in site order.
    pub others: Vec<OtherPage>,
}

/// The inline style sheet: logical properties only (`inline`/`block`, `start`/`end`), so
/// right-to-left pages mirror without a second rule set.
const CSS: &str = "\
:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{max-inline-size:50rem;margin-block:1.5rem;margin-inline:auto;padding-inline:1rem}
h1{margin-block:0}
header>p{margin-block:.25rem 1rem;opacity:.75}
nav ul,ol.items{padding-inline-start:0;list-style:none}
nav li{display:inline-block;margin-inline-end:1rem}
article{border-inline-start:4px solid #e8710a;padding-inline-start:1rem;margin-block:1.25rem}
article h3{margin-block:0}
article p{margin-block:0 .25rem;opacity:.75}
table{border-collapse:collapse}
th,td{text-align:start;vertical-align:baseline;padding-block:.1rem;padding-inline:0 1rem}
th{font-weight:normal;opacity:.75}
code,pre{font-family:ui-monospace,monospace;font-size:.85em}
code{overflow-wrap:anywhere}
pre{overflow-x:auto;padding:.75rem;background:#8882}
ol.items li{margin-block:.6rem}
ol.items a{font-weight:600;unicode-bidi:isolate}
ol.items small{display:block;opacity:.75}
footer{margin-block-start:2rem;opacity:.75;font-size:.85em}
";

/// Escapes text content: `&`, `<`, `>` ([`super::html_escape`]).
fn text(out: &mut String, s: &str) {
    out.push_str(&super::html_escape(s));
}

/// Escapes a double-quoted attribute value: also `"`.
fn attr(out: &mut String, s: &str) {
    for part in super::html_escape(s).split_inclusive('"') {
        match part.strip_suffix('"') {
            Some(before) => {
                out.push_str(before);
                out.push_str("&quot;");
            }
            None => out.push_str(part),
        }
    }
}

/// Appends `<link rel="alternate" ...>` for one feed format; `href` is the link target.
fn alternate_tag(out: &mut String, feed: &PageFeed, link: &PageLink, href: &str) {
    out.push_str("<link rel=\"alternate\" type=\"");
    out.push_str(link.format.mime());
    out.push_str("\" title=\"");
    attr(
        out,
        &format!("{} ({})", feed.title, format_name(link.format)),
    );
    out.push_str("\" href=\"");
    attr(out, href);
    out.push_str("\">");
}

/// The format's name as shown on the page.
pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::Rss => "RSS",
        Format::Atom => "Atom",
        Format::Json => "JSON Feed",
    }
}

fn dir(d: Direction) -> &'static str {
    match d {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

/// Renders the page.
pub fn render(doc: &PageDoc<'_>) -> Vec<u8> {
    let s = doc.strings;
    let mut o = String::with_capacity(8192 + doc.items.len() * 512);
    o.push_str("<!DOCTYPE html>\n<html lang=\"");
    attr(&mut o, doc.lang);
    o.push_str("\" dir=\"");
    o.push_str(dir(doc.direction));
    o.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str(GENERATOR_META);
    o.push_str("\n<title>");
    text(
        &mut o,
        &format!("{} \u{2014} {}", doc.title, s.get(Label::Feeds)),
    );
    o.push_str("</title>\n<meta name=\"description\" content=\"");
    attr(&mut o, doc.description);
    o.push_str("\">\n");
    for feed in &doc.feeds {
        for link in &feed.links {
            alternate_tag(&mut o, feed, link, &link.href);
            o.push('\n');
        }
    }
    for other in &doc.others {
        o.push_str("<link rel=\"alternate\" hreflang=\"");
        attr(&mut o, &other.lang);
        o.push_str("\" href=\"");
        attr(&mut o, &other.href);
        o.push_str("\">\n");
    }
    o.push_str("<style>\n");
    o.push_str(CSS);
    o.push_str("</style>\n</head>\n<body>\n<header>\n<h1>");
    text(&mut o, doc.title);
    o.push_str("</h1>\n<p>");
    text(&mut o, doc.description);
    o.push_str("</p>\n");
    if !doc.others.is_empty() {
        o.push_str("<nav aria-label=\"");
        attr(&mut o, s.get(Label::OtherLanguages));
        o.push_str("\">\n<ul>\n");
        for other in &doc.others {
            o.push_str("<li><a href=\"");
            attr(&mut o, &other.href);
            o.push_str("\" hreflang=\"");
            attr(&mut o, &other.lang);
            o.push_str("\" lang=\"");
            attr(&mut o, &other.lang);
            o.push_str("\" dir=\"");
            o.push_str(dir(other.direction));
            o.push_str("\">");
            text(&mut o, &other.name);
            o.push_str("</a></li>\n");
        }
        o.push_str("</ul>\n</nav>\n");
    }
    o.push_str("</header>\n<main>\n<section aria-labelledby=\"feeds\">\n<h2 id=\"feeds\">");
    text(&mut o, s.get(Label::Feeds));
    o.push_str("</h2>\n");
    for feed in &doc.feeds {
        let id = feed.section.as_deref().unwrap_or("all");
        let _ = write!(o, "<article id=\"feed-{id}\">\n<h3>");
        text(&mut o, &feed.title);
        o.push_str("</h3>\n<p>");
        text(&mut o, &feed.section_title);
        o.push_str("</p>\n<table>\n<thead><tr><th scope=\"col\">");
        text(&mut o, s.get(Label::Subscribe));
        o.push_str("</th><th scope=\"col\">");
        text(&mut o, s.get(Label::FeedAddress));
        o.push_str("</th></tr></thead>\n<tbody>\n");
        for link in &feed.links {
            o.push_str("<tr><td><a href=\"");
            attr(&mut o, &link.href);
            o.push_str("\" type=\"");
            o.push_str(link.format.mime());
            o.push_str("\">");
            o.push_str(format_name(link.format));
            o.push_str("</a></td><td><code dir=\"ltr\">");
            text(&mut o, &link.url);
            o.push_str("</code></td></tr>\n");
        }
        o.push_str("</tbody>\n</table>\n</article>\n");
    }
    if let Some(opml) = &doc.opml_href {
        o.push_str("<p><a href=\"");
        attr(&mut o, opml);
        o.push_str("\" type=\"text/x-opml\">");
        text(&mut o, s.get(Label::Opml));
        o.push_str("</a></p>\n");
    }
    o.push_str("</section>\n");
    if !doc.items.is_empty() {
        o.push_str("<section aria-labelledby=\"latest\">\n<h2 id=\"latest\">");
        text(&mut o, s.get(Label::Latest));
        o.push_str("</h2>\n<ol class=\"items\">\n");
        for item in &doc.items {
            o.push_str("<li><a href=\"");
            attr(&mut o, &item.url);
            o.push_str("\">");
            text(&mut o, &item.title);
            o.push_str("</a>\n<small><time datetime=\"");
            o.push_str(&item.published.to_rfc3339());
            o.push_str("\">");
            text(&mut o, &s.date(&item.published));
            o.push_str("</time> \u{b7} ");
            text(&mut o, &item.section_title);
            o.push_str("</small></li>\n");
        }
        o.push_str("</ol>\n</section>\n");
    }
    o.push_str("<section aria-labelledby=\"templates\">\n<h2 id=\"templates\">");
    text(&mut o, s.get(Label::ForTemplates));
    o.push_str("</h2>\n<p>");
    text(&mut o, s.get(Label::ForTemplatesHelp));
    o.push_str("</p>\n<pre dir=\"ltr\"><code>");
    let mut snippet = String::new();
    for (i, feed) in doc.feeds.iter().enumerate() {
        if i > 0 {
            snippet.push('\n');
        }
        snippet.push_str("<!-- ");
        // `--` cannot appear inside an HTML comment.
        let mut title = feed.title.clone();
        while title.contains("--") {
            title = title.replace("--", "- -");
        }
        snippet.push_str(&title);
        snippet.push_str(" -->\n");
        for link in &feed.links {
            alternate_tag(&mut snippet, feed, link, &link.url);
            snippet.push('\n');
        }
    }
    text(&mut o, &snippet);
    o.push_str("</code></pre>\n</section>\n</main>\n");
    if let Some(rights) = doc.rights {
        o.push_str("<footer><p>");
        text(&mut o, rights);
        o.push_str("</p></footer>\n");
    }
    o.push_str("</body>\n</html>\n");
    o.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn doc<'a>(strings: &'a Strings, title: &'a str, dir: Direction) -> PageDoc<'a> {
        PageDoc {
            lang: "ar",
            direction: dir,
            title,
            description: "d & \"q\"",
            rights: Some("© <x>"),
            strings,
            feeds: vec![PageFeed {
                title: title.to_string(),
                section: None,
                section_title: strings.get(Label::AllSections).to_string(),
                links: vec![PageLink {
                    format: Format::Rss,
                    href: "rss.xml".into(),
                    url: "https://example.org/ar/rss.xml?a=1&b=\"2\"".into(),
                }],
            }],
            items: vec![PageItem {
                title: "<script>alert(1)</script>".into(),
                url: "https://example.org/a?x=1&y=\"2\"".into(),
                published: Timestamp {
                    unix: 1_764_882_000,
                    nanos: 0,
                    offset: 3 * 3600,
                },
                section_title: "news".into(),
            }],
            opml_href: Some("feeds.opml".into()),
            others: vec![OtherPage {
                lang: "en".into(),
                name: "English".into(),
                direction: Direction::Ltr,
                href: "../en/index.html".into(),
            }],
        }
    }

    #[test]
    fn everything_is_escaped() {
        let strings = Strings::new("ar", &BTreeMap::new());
        let html = String::from_utf8(render(&doc(
            &strings,
            "\"><script>x</script> -- <!--",
            Direction::Rtl,
        )))
        .unwrap();
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<x>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\""));
        // The only comment-like text is escaped inside the snippet.
        assert!(!html.contains("<!--"), "{html}");
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("<h2 id=\"feeds\">الخلاصات</h2>"));
        assert!(html.contains("<time datetime=\"2025-12-05T00:00:00+03:00\">5 ديسمبر 2025</time>"));
    }

    #[test]
    fn direction_and_head_links() {
        let strings = Strings::new("en", &BTreeMap::new());
        let html = String::from_utf8(render(&doc(&strings, "Site", Direction::Ltr))).unwrap();
        assert!(html.contains("<html lang=\"ar\" dir=\"ltr\">"));
        assert!(html.contains(
            "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Site (RSS)\" href=\"rss.xml\">"
        ));
        assert!(
            html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../en/index.html\">")
        );
        assert!(html.contains(
            "&lt;link rel=\"alternate\" type=\"application/rss+xml\" title=\"Site (RSS)\" href=\"https://example.org/ar/rss.xml?a=1&amp;amp;b=&amp;quot;2&amp;quot;\"&gt;"
        ));
        // No physical left/right in the style sheet: logical properties mirror by themselves.
        assert!(!CSS.contains("left"));
        assert!(!CSS.contains("right"));
    }
}
