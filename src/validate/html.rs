//! Checks of HTML carried in feeds, as the W3C Feed Validation Service makes them.
//!
//! - [`check_html`]: the W3C `HTMLValidator`, run on escaped HTML (RSS `description` and
//!   `content:encoded`, Atom `type="html"` text constructs, Media RSS `type="html"`): an
//!   `<?import` instruction, then an HTML5 *fragment* parse in the strict mode of html5lib
//!   (the parser the W3C service uses: its first parse error is the finding, `NotHtml`, and
//!   stops the checks), then for every element: unknown elements (`NotHtml`), unsafe
//!   elements (`SecurityRisk`), unsafe attributes (`SecurityRiskAttr`) and unsafe CSS
//!   (`DangerousStyleAttr`).
//! - [`check_relative_refs`]: relative `<a href>` and `<img src>` references
//!   (`ContainsRelRef`, `InvalidUriChar`), the W3C `absUrlMixin` scan.
//! - [`check_style`]: the W3C `checkStyle` algorithm for `style` attributes.
//! - [`is_html_tag`], [`is_acceptable_element`], [`is_acceptable_attribute`],
//!   [`is_svg_element`], [`is_svg_attribute`], [`is_mathml_element`],
//!   [`is_mathml_attribute`]: the element and attribute lists, for the XHTML `div` walker.
//! - [`html4_entity`], [`html5_entity`], [`html5_entity_known`]: named character references.
//! - [`mojibake`]: UTF-8 text that was decoded as windows-1252 or ISO-8859-1 on its way into
//!   the feed (`Ð¡ÐµÐºÑ€ÐµÑ‚` for `Секрет`).
//!
//! Nothing here does I/O. The checks are single passes built for feeds of tens of
//! megabytes: the tokenizer jumps from `<` to `&` with `memchr` and allocates nothing for
//! text; element, attribute and entity names are looked up in hash tables built at compile
//! time, and the tree builder matches on a tag kind computed once per tag, not on strings.
//!
//! # The HTML5 parse and its errors
//!
//! The W3C service parses the value with html5lib (`HTMLParser(strict=True)`, fragment in a
//! `div`); strict mode turns the *first* HTML5 parse error into the finding. We implement our
//! own single-pass tokenizer and a tree builder that follows html5lib's rules for as long as
//! no error has happened (which is all it needs to do: parsing stops at the first error).
//! Errors detected, with the byte offset of the offending construct:
//!
//! - characters HTML5 forbids in the input stream: U+0000, C0 controls other than tab, line
//!   feed, form feed and carriage return, U+007F–U+009F, U+FDD0–U+FDEF and the
//!   U+xxFFFE/U+xxFFFF non-characters (html5lib reports these before anything else);
//! - character references: `&` followed by anything but whitespace, `<`, `&`, the end or
//!   (in attribute values) the closing quote, that is not a complete `&name;` of the HTML5
//!   list (`AT&T`, `&copy` without `;`, `&foo;`); `&#` without digits; numeric references
//!   without `;`; numeric references to forbidden code points (`&#0;`, `&#13;`, `&#128;` to
//!   `&#159;` such as the common `&#150;`, surrogates, non-characters, above U+10FFFF);
//! - `<` not followed by a tag name (`1 < 2`, `<>`, `<3`), `<?` (processing instructions),
//!   `</>`, `</` not followed by a letter;
//! - tags cut off by the end of the text; `"`, `'`, `<` or `=` in attribute names; `=` with
//!   no value before `>`; `"`, `'`, `=`, `<` or `` ` `` in unquoted values; no space between
//!   attributes; a stray `/` in a tag; duplicate attributes; attributes or `/` on end tags;
//!   `/>` on elements that are not void (`<div/>`; void and SVG/MathML elements may close
//!   themselves);
//! - comments: `<!-->`, `<!--->`, `--` inside a comment, a comment without `-->`; `<!`
//!   not followed by `--` or DOCTYPE; a DOCTYPE; `<![CDATA[` outside SVG and MathML;
//! - the tree: end tags without a matching open element (`</span>` alone, `</p>` with no
//!   `<p>`, `</br>`, `</body>`), end tags that close an element while a child is still open
//!   (`<div><b>x</div>`), elements not closed at the end (except `p`, `li`, `dd`, `dt` and
//!   table parts, which HTML closes implicitly), `<html>`, `<head>`, `<body>`, `<frameset>`
//!   inside content, table parts outside a table (`<td>` alone), misplaced tags inside tables
//!   (`<table><div>`, `<table><td>` without `<tr>`), tags other than `option` and `optgroup`
//!   inside `select`, nested `<a>`, `<button>`, `<nobr>` and `<form>`, a heading directly
//!   inside a heading, HTML tags that break out of SVG or MathML, `<image>`, `<isindex>`,
//!   raw-text elements (`script`, `style`, `textarea`, `title`...) without their end tag.
//!
//! As in html5lib (and unlike the current HTML standard), text directly inside `<table>` is
//! not an error, `</html>` is ignored silently, and HTML end tags never match the SVG
//! elements html5lib stores camel-cased (`</foreignobject>` after an HTML child of
//! `<foreignObject>` is an error). The adoption agency algorithm and the reconstruction of
//! formatting elements are not needed: every input that would use them has already had a
//! parse error. The tree builder was checked against html5lib 1.1 on about a million
//! generated fragments (same verdict, and the same element findings when valid).
//!
//! ## Incomplete support
//!
//! - `<script>` content ends at the first `</script>`: the "escaped" states that let
//!   `<!-- <script></script> -->` hide an end tag are not implemented.
//! - Forbidden characters are reported before other errors regardless of their position;
//!   html5lib does that only within its first 10,240-character chunk.
//! - The error descriptions are ours, not html5lib's texts.

use super::Finding;
use crate::diagnostic::{Code, Severity};
use memchr::{memchr, memchr2, memmem};
use std::borrow::Cow;
use std::fmt;

// ---------------------------------------------------------------------------------------
// check_html
// ---------------------------------------------------------------------------------------

/// Checks HTML carried in a feed (RSS `description`/`content:encoded`, Atom `type="html"`),
/// as the W3C `HTMLValidator` does, and pushes its findings to `out`:
///
/// 1. `<?import ` anywhere (any case) → `SecurityRisk` with detail `tag` = `?import`;
/// 2. the first HTML5 parse error (see the [module documentation](self)) → `NotHtml` with
///    message `Invalid HTML: <what>`, `value` = the short description and detail `offset` =
///    the byte offset in `value`; the element checks are skipped;
/// 3. otherwise `ValidHtml` (a pass), then for every element in document order: a name not
///    in the HTML list → `NotHtml` (`value` = the lower-cased name); an unsafe element →
///    `SecurityRisk` (detail `tag`); for the others, each attribute: `style` →
///    [`check_style`], one `DangerousStyleAttr` (`attr` = `style`, `value` = the unsafe
///    item) per unsafe item; a name not in the list and not starting with `data-` →
///    `SecurityRiskAttr` (`attr` = the lower-cased name). Event handlers such as `onclick`
///    are `SecurityRiskAttr`; `<script>` is `SecurityRisk`.
///
/// `value` is the element's text after XML decoding (the HTML source). Returns `true` when
/// nothing but passes was pushed.
pub fn check_html(value: &str, out: &mut Vec<Finding>) -> bool {
    let first = out.len();
    if contains_import(value.as_bytes()) {
        out.push(
            Finding::new(
                Code::SecurityRisk,
                "HTML should not contain a <?import> tag",
            )
            .with("tag", "?import"),
        );
    }
    let mark = out.len();
    out.push(Finding::new(Code::ValidHtml, "Valid HTML"));
    let parsed = match first_invalid_char(value) {
        Some((offset, c)) => err(offset, ErrorKind::InvalidChar(c)),
        None if memchr2(b'<', b'&', value.as_bytes()).is_none() => Ok(()),
        None => Parser::new(value, out).run(),
    };
    if let Err(e) = parsed {
        out.truncate(mark);
        out.push(e.into_finding());
    }
    out[first..]
        .iter()
        .all(|f| f.code.severity() == Severity::Pass)
}

/// Whether `<?import ` occurs, ignoring ASCII case.
fn contains_import(b: &[u8]) -> bool {
    memmem::find_iter(b, b"<?").any(|at| {
        b.get(at + 2..at + 9)
            .is_some_and(|s| s.eq_ignore_ascii_case(b"import "))
    })
}

/// Whether HTML5 forbids `c` in the input stream (html5lib's `invalid-codepoint`).
fn is_forbidden_char(c: char) -> bool {
    let v = c as u32;
    matches!(v, 0x00..=0x08 | 0x0B | 0x0E..=0x1F | 0x7F..=0x9F | 0xFDD0..=0xFDEF)
        || v & 0xFFFE == 0xFFFE
}

/// The first character HTML5 forbids in the input stream, with its byte offset. (`check` uses
/// it on plain-text item fields too: RSS carries them in elements read as HTML.)
pub fn first_invalid_char(s: &str) -> Option<(usize, char)> {
    // Bytes that may start a forbidden character: C0 controls (but tab, line feed, form
    // feed, carriage return), DEL, 0xC2 (U+0080–U+00BF), 0xEF (U+F000–U+FFFF) and the
    // four-byte leads. The test has no branches, so the compiler vectorises the scan of
    // whole chunks; only chunks with a suspect byte are looked at closely.
    fn suspect(b: u8) -> bool {
        ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != 0x0C) & (b != b'\r'))
            | (b == 0x7F)
            | (b == 0xC2)
            | (b == 0xEF)
            | (b >= 0xF0)
    }
    const CHUNK: usize = 32;
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut base = 0;
    for chunk in chunks.by_ref() {
        if chunk.iter().fold(false, |acc, &b| acc | suspect(b))
            && let Some(found) = first_forbidden_in(s, base, base + CHUNK, suspect)
        {
            return Some(found);
        }
        base += CHUNK;
    }
    let rest = chunks.remainder();
    if rest.iter().fold(false, |acc, &b| acc | suspect(b)) {
        return first_forbidden_in(s, base, bytes.len(), suspect);
    }
    None
}

/// The first forbidden character starting at a suspect byte in `from..to`.
fn first_forbidden_in(
    s: &str,
    from: usize,
    to: usize,
    suspect: fn(u8) -> bool,
) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    (from..to).find_map(|at| {
        if !suspect(bytes[at]) {
            return None;
        }
        let c = s[at..].chars().next()?;
        is_forbidden_char(c).then_some((at, c))
    })
}

/// The first parse error: where (byte offset) and what. Boxed, so that the many
/// `Result`s of the parser stay small.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ParseError(Box<(usize, ErrorKind)>);

impl ParseError {
    fn into_finding(self) -> Finding {
        let (offset, kind) = *self.0;
        let what = kind.to_string();
        Finding::new(Code::NotHtml, format!("Invalid HTML: {what}"))
            .value(what)
            .with("offset", offset.to_string())
    }
}

#[cold]
fn err<T>(offset: usize, kind: ErrorKind) -> Result<T, ParseError> {
    Err(ParseError(Box::new((offset, kind))))
}

/// The parse errors we tell apart (several html5lib error codes share one).
#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    InvalidChar(char),
    NotCharRef(String),
    RefWithoutSemicolon(String),
    NoDigits(String),
    BadCodePoint(String),
    LtNotTag,
    EmptyTag,
    ProcessingInstruction,
    EmptyEndTag,
    BadEndTag,
    EofInTag(String),
    EofInAttrValue(String),
    AttrNameChar(char, String),
    MissingAttrValue(String, String),
    UnquotedValueChar(char, String),
    MissingSpace(String),
    StraySolidus(String),
    DuplicateAttr(String, String),
    EndTagAttrs(String),
    SelfClosingEndTag(String),
    BogusMarkup,
    Cdata,
    Doctype,
    BadComment,
    EofInComment,
    DashesInComment,
    SelfClosingNonVoid(String),
    StrayEndTag(String),
    EndTooEarly(String, String),
    ImpliedEnd(String, String, String),
    Unclosed(String),
    Misplaced(String, &'static str),
    Obsolete(String, &'static str),
    BrEndTag,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ErrorKind::*;
        match self {
            InvalidChar(c) => write!(f, "character U+{:04X} is not allowed in HTML", *c as u32),
            NotCharRef(s) => write!(
                f,
                "{s:?} is not a character reference (write a literal & as &amp;)"
            ),
            RefWithoutSemicolon(s) => write!(f, "character reference {s:?} lacks its \";\""),
            NoDigits(s) => write!(f, "{s:?} is not followed by digits"),
            BadCodePoint(s) => write!(f, "character reference {s:?} is not an allowed character"),
            LtNotTag => f.write_str("\"<\" does not start a tag (write a literal < as &lt;)"),
            EmptyTag => f.write_str("empty tag \"<>\""),
            ProcessingInstruction => f.write_str("\"<?\" (processing instructions are not HTML)"),
            EmptyEndTag => f.write_str("empty end tag \"</>\""),
            BadEndTag => f.write_str("\"</\" is not followed by a tag name"),
            EofInTag(t) => write!(f, "tag <{t} is not closed by \">\""),
            EofInAttrValue(t) => write!(f, "attribute value in <{t}> has no closing quote"),
            AttrNameChar(c, t) => write!(f, "character {c:?} in an attribute name of <{t}>"),
            MissingAttrValue(a, t) => write!(f, "attribute {a} of <{t}> has \"=\" but no value"),
            UnquotedValueChar(c, t) => {
                write!(f, "character {c:?} in an unquoted attribute value of <{t}>")
            }
            MissingSpace(t) => write!(f, "no space between attributes of <{t}>"),
            StraySolidus(t) => write!(f, "unexpected \"/\" in <{t}>"),
            DuplicateAttr(a, t) => write!(f, "duplicate attribute {a} on <{t}>"),
            EndTagAttrs(t) => write!(f, "end tag </{t}> has attributes"),
            SelfClosingEndTag(t) => write!(f, "end tag </{t}/> ends with \"/>\""),
            BogusMarkup => f.write_str("\"<!\" is not followed by \"--\" (a comment) or DOCTYPE"),
            Cdata => f.write_str("CDATA section outside SVG and MathML"),
            Doctype => f.write_str("DOCTYPE inside content"),
            BadComment => f.write_str("malformed comment \"<!-->\" or \"<!--->\""),
            EofInComment => f.write_str("comment is not closed by \"-->\""),
            DashesInComment => f.write_str("\"--\" inside a comment"),
            SelfClosingNonVoid(t) => write!(f, "<{t}/>: \"/>\" on an element that is not void"),
            StrayEndTag(t) => write!(f, "end tag </{t}> without a matching open element"),
            EndTooEarly(t, open) => write!(f, "end tag </{t}> while <{open}> is still open"),
            ImpliedEnd(by, t, open) => {
                write!(f, "<{by}> closes <{t}> while <{open}> is still open")
            }
            Unclosed(t) => write!(f, "<{t}> is not closed"),
            Misplaced(t, place) => write!(f, "<{t}> is not allowed {place}"),
            Obsolete(t, hint) => write!(f, "<{t}> is obsolete ({hint})"),
            BrEndTag => f.write_str("end tag </br> (write <br>)"),
        }
    }
}

const IN_CONTENT: &str = "inside content";
const OUTSIDE_TABLE: &str = "outside a table";
const IN_TABLE: &str = "directly inside a table";
const IN_FOREIGN: &str = "inside SVG or MathML";

// ---------------------------------------------------------------------------------------
// The tokenizer and tree builder
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ns {
    Html,
    Svg,
    MathMl,
}

macro_rules! tag_kinds {
    ($($kind:ident = $name:literal,)*) => {
        /// The element names the tree builder treats specially, so that it matches on
        /// integers rather than strings. Every other name is `Other`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum TagKind {
            $($kind,)*
            Other,
        }

        const TAG_KIND_NAMES: &[&str] = &[$($name,)*];
        const TAG_KINDS: &[TagKind] = &[$(TagKind::$kind,)*];
    };
}

tag_kinds! {
    A = "a", Address = "address", AnnotationXml = "annotation-xml", Applet = "applet",
    Area = "area", Article = "article", Aside = "aside", B = "b", Base = "base",
    Basefont = "basefont", Bgsound = "bgsound", Big = "big", Blockquote = "blockquote",
    Body = "body", Br = "br", Button = "button", Caption = "caption", Center = "center",
    Code = "code", Col = "col", Colgroup = "colgroup", Command = "command", Dd = "dd",
    Desc = "desc", Details = "details", Dialog = "dialog", Dir = "dir", Div = "div", Dl = "dl",
    Dt = "dt", Em = "em", Embed = "embed", Fieldset = "fieldset", Figcaption = "figcaption",
    Figure = "figure", Font = "font", Footer = "footer", ForeignObject = "foreignobject",
    Form = "form", Frame = "frame", Frameset = "frameset", H1 = "h1", H2 = "h2", H3 = "h3",
    H4 = "h4", H5 = "h5", H6 = "h6", Head = "head", Header = "header", Hgroup = "hgroup",
    Hr = "hr", Html = "html", I = "i", Iframe = "iframe", Image = "image", Img = "img",
    Input = "input", Isindex = "isindex", Keygen = "keygen", Li = "li", Link = "link",
    Listing = "listing", Main = "main", Malignmark = "malignmark", Marquee = "marquee",
    Math = "math", Menu = "menu", Meta = "meta", Mglyph = "mglyph", Mi = "mi", Mn = "mn",
    Mo = "mo", Ms = "ms", Mtext = "mtext", Nav = "nav", Nobr = "nobr", Noembed = "noembed",
    Noframes = "noframes", Noscript = "noscript", Object = "object", Ol = "ol",
    Optgroup = "optgroup", Option = "option", P = "p", Param = "param",
    Plaintext = "plaintext", Pre = "pre", Rp = "rp", Rt = "rt", Ruby = "ruby", S = "s",
    Script = "script", Section = "section", Select = "select", Small = "small",
    Source = "source", Span = "span", Strike = "strike", Strong = "strong", Style = "style",
    Sub = "sub", Summary = "summary", Sup = "sup", Svg = "svg", Table = "table",
    Tbody = "tbody", Td = "td", Textarea = "textarea", Tfoot = "tfoot", Th = "th",
    Thead = "thead", Title = "title", Tr = "tr", Track = "track", Tt = "tt", U = "u",
    Ul = "ul", Var = "var", Wbr = "wbr", Xmp = "xmp",
}

static TAG_KIND_KEYS: [u128; TAG_KIND_NAMES.len()] = name_keys(TAG_KIND_NAMES);
static TAG_KIND_SLOTS: [u16; 512] = key_slots(&TAG_KIND_KEYS);

/// The kind of a lower-cased element name.
fn tag_kind(name: &str) -> TagKind {
    if name.len() >= 16 {
        return TagKind::Other;
    }
    find_key(
        &TAG_KIND_KEYS,
        &TAG_KIND_SLOTS,
        short_name_key(name.as_bytes()),
    )
    .map_or(TagKind::Other, |i| TAG_KINDS[i])
}

/// An open element.
#[derive(Debug)]
struct El<'a> {
    /// Lower-cased local name.
    name: Cow<'a, str>,
    kind: TagKind,
    ns: Ns,
    /// Byte offset of its start tag.
    start: usize,
    /// A MathML `annotation-xml` whose `encoding` makes it an HTML integration point.
    html_point: bool,
}

/// html5lib's insertion modes, as far as a fragment in a `div` reaches them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Body,
    Table,
    Caption,
    ColumnGroup,
    TableBody,
    Row,
    Cell,
    Select,
    SelectInTable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Default,
    Button,
    List,
    Table,
    Select,
}

/// An attribute of the tag being read: lower-cased name, raw (undecoded) value.
#[derive(Debug)]
struct Attr<'a> {
    name: Cow<'a, str>,
    value: &'a str,
}

/// A start or end tag; its attributes are in `Parser::attrs`.
#[derive(Debug)]
struct Tag<'a> {
    start: usize,
    name: Cow<'a, str>,
    kind: TagKind,
    self_closing: bool,
}

impl El<'_> {
    /// Whether the element has `tag`'s name (html5lib compares names, not namespaces).
    fn is_named(&self, tag: &Tag<'_>) -> bool {
        self.kind == tag.kind && (self.kind != TagKind::Other || self.name == tag.name)
    }

    fn is_html(&self, kind: TagKind) -> bool {
        self.ns == Ns::Html && self.kind == kind
    }
}

struct Parser<'a, 'o> {
    src: &'a str,
    /// The stack of open elements; `stack[0]` is the fragment's `html` root.
    stack: Vec<El<'a>>,
    mode: Mode,
    /// html5lib's form element pointer is set.
    form: bool,
    attrs: Vec<Attr<'a>>,
    /// The start tag's `/>` was acknowledged (void, SVG or MathML element).
    ack: bool,
    /// The element just inserted holds raw text (script, style, title, textarea...).
    raw: bool,
    /// Element findings go here (after the `ValidHtml` placeholder).
    out: &'o mut Vec<Finding>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | b' ')
}

fn skip_space(b: &[u8], mut q: usize) -> usize {
    while q < b.len() && is_space(b[q]) {
        q += 1;
    }
    q
}

fn ascii_lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// A short excerpt of `s` from `at` to `end`, for a message: at most `max` bytes and one
/// line, cut at a character boundary.
fn excerpt(s: &str, at: usize, end: usize, max: usize) -> String {
    let mut end = end.min(s.len()).min(at + max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let text = &s[at..end];
    text[..text.find(['\n', '\r']).unwrap_or(text.len())]
        .trim_end()
        .to_string()
}

/// Scoping elements (html5lib `scopingElements`).
fn is_scoping(el: &El<'_>) -> bool {
    use TagKind as K;
    match el.ns {
        Ns::Html => matches!(
            el.kind,
            K::Applet | K::Caption | K::Html | K::Marquee | K::Object | K::Table | K::Td | K::Th
        ),
        Ns::MathMl => matches!(
            el.kind,
            K::Mi | K::Mo | K::Mn | K::Ms | K::Mtext | K::AnnotationXml
        ),
        Ns::Svg => matches!(el.kind, K::ForeignObject | K::Desc | K::Title),
    }
}

/// The "special" category (html5lib `specialElements`).
#[rustfmt::skip]
fn is_special(el: &El<'_>) -> bool {
    use TagKind as K;
    match el.ns {
        Ns::Html => matches!(
            el.kind,
            K::Address
                | K::Applet | K::Area | K::Article | K::Aside | K::Base | K::Basefont
                | K::Bgsound | K::Blockquote | K::Body | K::Br | K::Button | K::Caption
                | K::Center | K::Col | K::Colgroup | K::Command | K::Dd | K::Details | K::Dir
                | K::Div | K::Dl | K::Dt | K::Embed | K::Fieldset | K::Figure | K::Footer
                | K::Form | K::Frame | K::Frameset | K::H1 | K::H2 | K::H3 | K::H4 | K::H5
                | K::H6 | K::Head | K::Header | K::Hr | K::Html | K::Iframe | K::Image | K::Img
                | K::Input | K::Isindex | K::Li | K::Link | K::Listing | K::Marquee | K::Menu
                | K::Meta | K::Nav | K::Noembed | K::Noframes | K::Noscript | K::Object | K::Ol
                | K::P | K::Param | K::Plaintext | K::Pre | K::Script | K::Section | K::Select
                | K::Style | K::Table | K::Tbody | K::Td | K::Textarea | K::Tfoot | K::Th
                | K::Thead | K::Title | K::Tr | K::Ul | K::Wbr | K::Xmp
        ),
        Ns::Svg => el.kind == K::ForeignObject,
        Ns::MathMl => false,
    }
}

/// SVG element names html5lib stores camel-cased (`adjustSVGTagNames`), lower-cased.
#[rustfmt::skip]
fn is_svg_camel_case(name: &str) -> bool {
    matches!(
        name,
        "altglyph"
            | "altglyphdef" | "altglyphitem" | "animatecolor" | "animatemotion"
            | "animatetransform" | "clippath" | "feblend" | "fecolormatrix"
            | "fecomponenttransfer" | "fecomposite" | "feconvolvematrix" | "fediffuselighting"
            | "fedisplacementmap" | "fedistantlight" | "feflood" | "fefunca" | "fefuncb"
            | "fefuncg" | "fefuncr" | "fegaussianblur" | "feimage" | "femerge" | "femergenode"
            | "femorphology" | "feoffset" | "fepointlight" | "fespecularlighting"
            | "fespotlight" | "fetile" | "feturbulence" | "foreignobject" | "glyphref"
            | "lineargradient" | "radialgradient" | "textpath"
    )
}

fn is_heading(kind: TagKind) -> bool {
    use TagKind as K;
    matches!(kind, K::H1 | K::H2 | K::H3 | K::H4 | K::H5 | K::H6)
}

/// HTML start tags that end SVG and MathML content (html5lib `breakoutElements`).
#[rustfmt::skip]
fn is_breakout(kind: TagKind) -> bool {
    use TagKind as K;
    matches!(
        kind,
        K::B | K::Big
            | K::Blockquote | K::Body | K::Br | K::Center | K::Code | K::Dd | K::Div | K::Dl
            | K::Dt | K::Em | K::Embed | K::H1 | K::H2 | K::H3 | K::H4 | K::H5 | K::H6
            | K::Head | K::Hr | K::I | K::Img | K::Li | K::Listing | K::Menu | K::Meta
            | K::Nobr | K::Ol | K::P | K::Pre | K::Ruby | K::S | K::Small | K::Span | K::Strong
            | K::Strike | K::Sub | K::Sup | K::Table | K::Tt | K::U | K::Ul | K::Var
    )
}

impl<'a, 'o> Parser<'a, 'o> {
    fn new(src: &'a str, out: &'o mut Vec<Finding>) -> Self {
        let mut stack = Vec::with_capacity(16);
        stack.push(El {
            name: Cow::Borrowed("html"),
            kind: TagKind::Html,
            ns: Ns::Html,
            start: 0,
            html_point: false,
        });
        Parser {
            src,
            stack,
            mode: Mode::Body,
            form: false,
            attrs: Vec::new(),
            ack: false,
            raw: false,
            out,
        }
    }

    fn run(mut self) -> Result<(), ParseError> {
        let b = self.src.as_bytes();
        let mut pos = 0;
        while let Some(i) = memchr2(b'<', b'&', &b[pos..]) {
            let at = pos + i;
            self.text(pos, at);
            if b[at] == b'&' {
                let next = self.char_ref(at, None)?;
                self.text(at, next);
                pos = next;
            } else {
                pos = self.markup(at)?;
                if std::mem::take(&mut self.raw) {
                    pos = self.raw_text(pos)?;
                }
            }
        }
        self.text(pos, b.len());
        self.eof()
    }

    fn cur(&self) -> &El<'a> {
        self.stack.last().expect("the root is never popped")
    }

    /// Whether the current node has this kind (by name, as html5lib compares).
    fn cur_is(&self, kind: TagKind) -> bool {
        self.cur().kind == kind
    }

    fn cur_name(&self) -> String {
        self.cur().name.to_string()
    }

    /// Text between tags: only a column group cares (text ends it).
    fn text(&mut self, from: usize, to: usize) {
        if self.mode == Mode::ColumnGroup
            && self.stack.len() > 1
            && self.src.as_bytes()[from..to].iter().any(|&c| !is_space(c))
        {
            self.stack.pop();
            self.mode = Mode::Table;
        }
    }

    /// Checks the character reference at `at` (an `&`); returns the offset after it.
    /// `allowed` is the character that may follow a bare `&` in an attribute value.
    fn char_ref(&self, at: usize, allowed: Option<u8>) -> Result<usize, ParseError> {
        let src = self.src;
        let b = src.as_bytes();
        let Some(&c) = b.get(at + 1) else {
            return Ok(at + 1);
        };
        if is_space(c) || c == b'<' || c == b'&' || Some(c) == allowed {
            return Ok(at + 1);
        }
        if c == b'#' {
            let mut q = at + 2;
            let hex = matches!(b.get(q), Some(b'x' | b'X'));
            if hex {
                q += 1;
            }
            let digits = q;
            let mut value: u32 = 0;
            while let Some(d) = b
                .get(q)
                .and_then(|&d| (d as char).to_digit(if hex { 16 } else { 10 }))
            {
                value = value
                    .saturating_mul(if hex { 16 } else { 10 })
                    .saturating_add(d);
                q += 1;
            }
            if q == digits {
                return err(at, ErrorKind::NoDigits(src[at..q].to_string()));
            }
            let semi = b.get(q) == Some(&b';');
            // html5lib also rejects &#13; (a carriage return); surrogates and values above
            // U+10FFFF are not chars.
            if value == 0x0D || char::from_u32(value).is_none_or(is_forbidden_char) {
                let end = if semi { q + 1 } else { q };
                return err(at, ErrorKind::BadCodePoint(excerpt(src, at, end, 16)));
            }
            if !semi {
                return err(at, ErrorKind::RefWithoutSemicolon(excerpt(src, at, q, 16)));
            }
            return Ok(q + 1);
        }
        let mut q = at + 1;
        while q < b.len() && b[q].is_ascii_alphanumeric() {
            q += 1;
        }
        let name = &src[at + 1..q];
        let semi = b.get(q) == Some(&b';');
        if semi && html5_entity(name).is_some() {
            return Ok(q + 1);
        }
        // html5lib takes the longest reference that is a prefix of the text: only one of
        // the legacy names without ";" can be that here.
        let legacy = (1..=name.len().min(8))
            .rev()
            .map(|k| &name[..k])
            .find(|p| HTML5_LEGACY.binary_search(p).is_ok());
        match legacy {
            Some(p) => err(at, ErrorKind::RefWithoutSemicolon(format!("&{p}"))),
            None => {
                let end = if q == at + 1 {
                    at + 1 + src[at + 1..].chars().next().map_or(0, char::len_utf8)
                } else if semi {
                    q + 1
                } else {
                    q
                };
                err(at, ErrorKind::NotCharRef(excerpt(src, at, end, 24)))
            }
        }
    }

    /// `<` at `at`: a tag, comment or declaration. Returns the offset after it.
    fn markup(&mut self, at: usize) -> Result<usize, ParseError> {
        let b = self.src.as_bytes();
        match b.get(at + 1).copied() {
            Some(b'!') => self.markup_declaration(at),
            Some(b'/') => match b.get(at + 2).copied() {
                Some(c) if c.is_ascii_alphabetic() => {
                    let (tag, next) = self.read_tag(at, at + 2, true)?;
                    self.end_tag(&tag)?;
                    Ok(next)
                }
                Some(b'>') => err(at, ErrorKind::EmptyEndTag),
                _ => err(at, ErrorKind::BadEndTag),
            },
            Some(c) if c.is_ascii_alphabetic() => {
                let (tag, next) = self.read_tag(at, at + 1, false)?;
                self.start_tag(&tag)?;
                Ok(next)
            }
            Some(b'>') => err(at, ErrorKind::EmptyTag),
            Some(b'?') => err(at, ErrorKind::ProcessingInstruction),
            _ => err(at, ErrorKind::LtNotTag),
        }
    }

    /// `<!` at `at`.
    fn markup_declaration(&mut self, at: usize) -> Result<usize, ParseError> {
        let b = self.src.as_bytes();
        let rest = &b[at + 2..];
        if rest.starts_with(b"--") {
            return self.comment(at);
        }
        if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"doctype") {
            return err(at, ErrorKind::Doctype);
        }
        if rest.starts_with(b"[CDATA[") {
            if self.cur().ns == Ns::Html {
                return err(at, ErrorKind::Cdata);
            }
            let body = at + 9;
            return Ok(memmem::find(&b[body..], b"]]>").map_or(b.len(), |i| body + i + 3));
        }
        err(at, ErrorKind::BogusMarkup)
    }

    /// `<!--` at `at`: html5lib's comment states.
    fn comment(&self, at: usize) -> Result<usize, ParseError> {
        #[derive(Clone, Copy)]
        enum S {
            Start,
            StartDash,
            Text,
            EndDash,
            End,
        }
        let b = self.src.as_bytes();
        let mut q = at + 4;
        let mut state = S::Start;
        loop {
            let Some(&c) = b.get(q) else {
                return err(at, ErrorKind::EofInComment);
            };
            state = match (state, c) {
                (S::Start, b'-') => S::StartDash,
                (S::Start | S::StartDash, b'>') => return err(at, ErrorKind::BadComment),
                (S::StartDash, b'-') => S::End,
                (S::Start | S::StartDash, _) => S::Text,
                (S::Text, _) => match memchr(b'-', &b[q..]) {
                    Some(i) => {
                        q += i;
                        S::EndDash
                    }
                    None => return err(at, ErrorKind::EofInComment),
                },
                (S::EndDash, b'-') => S::End,
                (S::EndDash, _) => S::Text,
                (S::End, b'>') => return Ok(q + 1),
                (S::End, _) => return err(q - 2, ErrorKind::DashesInComment),
            };
            q += 1;
        }
    }

    /// Reads a tag whose name starts at `name_at` (`start` is its `<`); returns it and the
    /// offset after its `>`. The attributes are left in `self.attrs`.
    fn read_tag(
        &mut self,
        start: usize,
        name_at: usize,
        end: bool,
    ) -> Result<(Tag<'a>, usize), ParseError> {
        let src = self.src;
        let b = src.as_bytes();
        let n = b.len();
        let mut q = name_at;
        while q < n && !matches!(b[q], b'\t' | b'\n' | 0x0C | b'\r' | b' ' | b'/' | b'>') {
            q += 1;
        }
        let name = ascii_lower(&src[name_at..q]);
        let tname = || name.to_string();
        let eof = || err(start, ErrorKind::EofInTag(excerpt(src, name_at, n, 24)));
        self.attrs.clear();
        let mut self_closing = false;
        loop {
            q = skip_space(b, q);
            let Some(&c) = b.get(q) else {
                return eof();
            };
            match c {
                b'>' => {
                    q += 1;
                    break;
                }
                b'/' => match b.get(q + 1) {
                    Some(b'>') => {
                        self_closing = true;
                        q += 2;
                        break;
                    }
                    None => return eof(),
                    Some(_) => return err(q, ErrorKind::StraySolidus(tname())),
                },
                b'"' | b'\'' | b'=' | b'<' => {
                    return err(q, ErrorKind::AttrNameChar(c as char, tname()));
                }
                _ => {}
            }
            let attr_at = q;
            q += 1;
            while let Some(&c) = b.get(q) {
                match c {
                    b'\t' | b'\n' | 0x0C | b'\r' | b' ' | b'=' | b'>' | b'/' => break,
                    b'"' | b'\'' | b'<' => {
                        return err(q, ErrorKind::AttrNameChar(c as char, tname()));
                    }
                    _ => q += 1,
                }
            }
            if q >= n {
                return eof();
            }
            let attr = ascii_lower(&src[attr_at..q]);
            if self.attrs.iter().any(|a| a.name == attr) {
                return err(
                    attr_at,
                    ErrorKind::DuplicateAttr(attr.into_owned(), tname()),
                );
            }
            q = skip_space(b, q);
            if q >= n {
                return eof();
            }
            if b[q] != b'=' {
                self.attrs.push(Attr {
                    name: attr,
                    value: "",
                });
                continue;
            }
            q = skip_space(b, q + 1);
            let Some(&c) = b.get(q) else {
                return eof();
            };
            let value = match c {
                b'"' | b'\'' => {
                    let v = q + 1;
                    q = v;
                    let close = loop {
                        match memchr2(c, b'&', &b[q..]) {
                            None => return err(start, ErrorKind::EofInAttrValue(tname())),
                            Some(i) if b[q + i] == c => break q + i,
                            Some(i) => q = self.char_ref(q + i, Some(c))?,
                        }
                    };
                    q = close + 1;
                    match b.get(q) {
                        None => return eof(),
                        Some(&c) if is_space(c) || c == b'>' || c == b'/' => {}
                        Some(_) => return err(q, ErrorKind::MissingSpace(tname())),
                    }
                    &src[v..close]
                }
                b'>' => {
                    return err(q, ErrorKind::MissingAttrValue(attr.into_owned(), tname()));
                }
                b'=' | b'<' | b'`' => {
                    return err(q, ErrorKind::UnquotedValueChar(c as char, tname()));
                }
                _ => {
                    let v = q;
                    while let Some(&c) = b.get(q) {
                        match c {
                            b'>' => break,
                            c if is_space(c) => break,
                            b'"' | b'\'' | b'=' | b'<' | b'`' => {
                                return err(q, ErrorKind::UnquotedValueChar(c as char, tname()));
                            }
                            b'&' => q = self.char_ref(q, Some(b'>'))?,
                            _ => q += 1,
                        }
                    }
                    if q >= n {
                        return eof();
                    }
                    &src[v..q]
                }
            };
            self.attrs.push(Attr { name: attr, value });
        }
        if end && !self.attrs.is_empty() {
            return err(start, ErrorKind::EndTagAttrs(tname()));
        }
        if end && self_closing {
            return err(start, ErrorKind::SelfClosingEndTag(tname()));
        }
        let kind = tag_kind(&name);
        Ok((
            Tag {
                start,
                name,
                kind,
                self_closing,
            },
            q,
        ))
    }

    /// The text of a raw-text or RCDATA element up to its end tag (which pops it).
    fn raw_text(&mut self, pos: usize) -> Result<usize, ParseError> {
        let b = self.src.as_bytes();
        let el = self.cur();
        let (name, open_at) = (el.name.clone(), el.start);
        if name == "plaintext" {
            return Ok(b.len());
        }
        let rcdata = matches!(&*name, "title" | "textarea");
        let mut q = pos;
        loop {
            let found = if rcdata {
                memchr2(b'<', b'&', &b[q..])
            } else {
                memchr(b'<', &b[q..])
            };
            let Some(i) = found else {
                return err(open_at, ErrorKind::Unclosed(name.into_owned()));
            };
            let at = q + i;
            if b[at] == b'&' {
                q = self.char_ref(at, None)?;
                continue;
            }
            let name_end = at + 2 + name.len();
            let appropriate = b.get(at + 1) == Some(&b'/')
                && b.get(at + 2..name_end)
                    .is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()))
                && b.get(name_end)
                    .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>');
            if appropriate {
                let (_, next) = self.read_tag(at, at + 2, true)?;
                self.stack.pop();
                return Ok(next);
            }
            q = at + 1;
        }
    }

    // ---- the tree ----

    fn insert(&mut self, t: &Tag<'a>, ns: Ns) {
        check_element(&t.name, &self.attrs, self.out);
        self.stack.push(El {
            name: t.name.clone(),
            kind: t.kind,
            ns,
            start: t.start,
            html_point: false,
        });
    }

    fn insert_void(&mut self, t: &Tag<'a>) {
        self.insert(t, Ns::Html);
        self.stack.pop();
        self.ack = true;
    }

    fn insert_raw(&mut self, t: &Tag<'a>) {
        self.insert(t, Ns::Html);
        self.raw = true;
    }

    fn insert_implied(&mut self, name: &'static str, kind: TagKind, at: usize) {
        self.stack.push(El {
            name: Cow::Borrowed(name),
            kind,
            ns: Ns::Html,
            start: at,
            html_point: false,
        });
    }

    fn pop(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    /// Pops elements up to and including the last one of this kind.
    fn pop_until(&mut self, kind: TagKind) {
        while self.stack.len() > 1 {
            if self.stack.pop().is_some_and(|el| el.kind == kind) {
                break;
            }
        }
    }

    /// Pops until the current node is one of `kinds` (or the root).
    fn pop_to(&mut self, kinds: &[TagKind]) {
        while self.stack.len() > 1 && !kinds.contains(&self.cur().kind) {
            self.stack.pop();
        }
    }

    /// Whether an HTML element of this kind is in the given scope.
    fn in_scope(&self, kind: TagKind, scope: Scope) -> bool {
        use TagKind as K;
        for el in self.stack.iter().rev() {
            let html = el.ns == Ns::Html;
            if html && el.kind == kind {
                return true;
            }
            let boundary = match scope {
                Scope::Default => is_scoping(el),
                Scope::Button => is_scoping(el) || el.is_html(K::Button),
                Scope::List => is_scoping(el) || (html && matches!(el.kind, K::Ol | K::Ul)),
                Scope::Table => html && matches!(el.kind, K::Html | K::Table),
                Scope::Select => !(html && matches!(el.kind, K::Optgroup | K::Option)),
            };
            if boundary {
                return false;
            }
        }
        false
    }

    fn generate_implied_end_tags(&mut self, except: Option<TagKind>) {
        use TagKind as K;
        while self.stack.len() > 1 {
            let kind = self.cur().kind;
            if matches!(
                kind,
                K::Dd | K::Dt | K::Li | K::Option | K::Optgroup | K::P | K::Rp | K::Rt
            ) && Some(kind) != except
            {
                self.stack.pop();
            } else {
                break;
            }
        }
    }

    /// The active formatting element of this kind (the last one after the last marker).
    fn active_formatting(&self, kind: TagKind) -> Option<usize> {
        use TagKind as K;
        for (i, el) in self.stack.iter().enumerate().rev() {
            if el.ns != Ns::Html {
                continue;
            }
            if el.kind == kind {
                return Some(i);
            }
            if matches!(
                el.kind,
                K::Applet | K::Marquee | K::Object | K::Td | K::Th | K::Caption
            ) {
                return None;
            }
        }
        None
    }

    fn reset_mode(&mut self) {
        use TagKind as K;
        for (i, el) in self.stack.iter().enumerate().rev() {
            if i == 0 {
                // The fragment's context element, a div.
                self.mode = Mode::Body;
                return;
            }
            if el.ns != Ns::Html {
                continue;
            }
            self.mode = match el.kind {
                K::Select => Mode::Select,
                K::Td | K::Th => Mode::Cell,
                K::Tr => Mode::Row,
                K::Tbody | K::Thead | K::Tfoot => Mode::TableBody,
                K::Caption => Mode::Caption,
                K::Colgroup => Mode::ColumnGroup,
                K::Table => Mode::Table,
                K::Head | K::Body => Mode::Body,
                _ => continue,
            };
            return;
        }
    }

    /// Closes an open `p` before a block element `by` (html5lib `endTagP` when `p` is in
    /// button scope).
    fn close_p(&mut self, by: &Tag<'a>) -> Result<(), ParseError> {
        if self.in_scope(TagKind::P, Scope::Button) {
            self.generate_implied_end_tags(Some(TagKind::P));
            if !self.cur_is(TagKind::P) {
                return err(
                    by.start,
                    ErrorKind::ImpliedEnd(by.name.to_string(), "p".into(), self.cur_name()),
                );
            }
            self.pop_until(TagKind::P);
        }
        Ok(())
    }

    fn start_tag(&mut self, t: &Tag<'a>) -> Result<(), ParseError> {
        self.ack = false;
        if self.foreign_start(t.kind) {
            self.start_foreign(t)?;
        } else {
            while self.start_in_mode(t)? {}
        }
        if t.self_closing && !self.ack {
            return err(t.start, ErrorKind::SelfClosingNonVoid(t.name.to_string()));
        }
        Ok(())
    }

    fn end_tag(&mut self, t: &Tag<'a>) -> Result<(), ParseError> {
        if self.cur().ns != Ns::Html {
            return self.end_foreign(t);
        }
        while self.end_in_mode(t)? {}
        Ok(())
    }

    /// Whether a start tag of this kind goes to the foreign-content rules.
    fn foreign_start(&self, kind: TagKind) -> bool {
        use TagKind as K;
        let cur = self.cur();
        match cur.ns {
            Ns::Html => false,
            Ns::MathMl if matches!(cur.kind, K::Mi | K::Mo | K::Mn | K::Ms | K::Mtext) => {
                matches!(kind, K::Mglyph | K::Malignmark)
            }
            Ns::MathMl if cur.kind == K::AnnotationXml => !(kind == K::Svg || cur.html_point),
            Ns::MathMl => true,
            Ns::Svg => !matches!(cur.kind, K::ForeignObject | K::Desc | K::Title),
        }
    }

    fn start_foreign(&mut self, t: &Tag<'a>) -> Result<(), ParseError> {
        if is_breakout(t.kind)
            || (t.kind == TagKind::Font
                && self
                    .attrs
                    .iter()
                    .any(|a| matches!(&*a.name, "color" | "face" | "size")))
        {
            return err(
                t.start,
                ErrorKind::Misplaced(t.name.to_string(), IN_FOREIGN),
            );
        }
        let ns = self.cur().ns;
        self.insert(t, ns);
        if ns == Ns::MathMl && t.kind == TagKind::AnnotationXml {
            let html = self.attrs.iter().any(|a| {
                a.name == "encoding" && {
                    let v = decode_attr(a.value);
                    v.eq_ignore_ascii_case("text/html")
                        || v.eq_ignore_ascii_case("application/xhtml+xml")
                }
            });
            if let Some(el) = self.stack.last_mut() {
                el.html_point = html;
            }
        }
        if t.self_closing {
            self.stack.pop();
            self.ack = true;
        }
        Ok(())
    }

    fn end_foreign(&mut self, t: &Tag<'a>) -> Result<(), ParseError> {
        if !self.cur().is_named(t) {
            return err(
                t.start,
                if self.stack.iter().any(|el| el.is_named(t)) {
                    ErrorKind::EndTooEarly(t.name.to_string(), self.cur_name())
                } else {
                    ErrorKind::StrayEndTag(t.name.to_string())
                },
            );
        }
        self.stack.pop();
        Ok(())
    }

    /// Processes a start tag in the current mode; `Ok(true)` asks to process it again.
    fn start_in_mode(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        match self.mode {
            Mode::Body => self.start_body(t),
            Mode::Table => self.start_table(t),
            Mode::Caption => self.start_caption(t),
            Mode::ColumnGroup => self.start_column_group(t),
            Mode::TableBody => self.start_table_body(t),
            Mode::Row => self.start_row(t),
            Mode::Cell => self.start_cell(t),
            Mode::Select => self.start_select(t),
            Mode::SelectInTable => self.start_select_in_table(t),
        }
    }

    /// Processes an end tag in the current mode; `Ok(true)` asks to process it again.
    fn end_in_mode(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        match self.mode {
            Mode::Body => self.end_body(t),
            Mode::Table => self.end_table(t),
            Mode::Caption => self.end_caption(t),
            Mode::ColumnGroup => self.end_column_group(t),
            Mode::TableBody => self.end_table_body(t),
            Mode::Row => self.end_row(t),
            Mode::Cell => self.end_cell_mode(t),
            Mode::Select => self.end_select(t),
            Mode::SelectInTable => self.end_select_in_table(t),
        }
    }

    fn start_body(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        let misplaced = |place| err(t.start, ErrorKind::Misplaced(t.name.to_string(), place));
        match t.kind {
            K::Html | K::Body | K::Head | K::Frameset => return misplaced(IN_CONTENT),
            K::Base | K::Basefont | K::Bgsound | K::Command | K::Link | K::Meta => {
                self.insert_void(t)
            }
            K::Script
            | K::Style
            | K::Noframes
            | K::Title
            | K::Textarea
            | K::Iframe
            | K::Noembed => self.insert_raw(t),
            K::Address
            | K::Article
            | K::Aside
            | K::Blockquote
            | K::Center
            | K::Details
            | K::Dir
            | K::Div
            | K::Dl
            | K::Fieldset
            | K::Figcaption
            | K::Figure
            | K::Footer
            | K::Header
            | K::Hgroup
            | K::Main
            | K::Menu
            | K::Nav
            | K::Ol
            | K::P
            | K::Section
            | K::Summary
            | K::Ul
            | K::Pre
            | K::Listing => {
                self.close_p(t)?;
                self.insert(t, Ns::Html);
            }
            K::H1 | K::H2 | K::H3 | K::H4 | K::H5 | K::H6 => {
                self.close_p(t)?;
                if is_heading(self.cur().kind) {
                    return misplaced("directly inside another heading");
                }
                self.insert(t, Ns::Html);
            }
            K::Form => {
                if self.form {
                    return misplaced("inside a form");
                }
                self.close_p(t)?;
                self.insert(t, Ns::Html);
                self.form = true;
            }
            K::Li | K::Dd | K::Dt => self.start_list_item(t)?,
            K::Plaintext | K::Xmp => {
                self.close_p(t)?;
                self.insert_raw(t);
            }
            K::A => {
                if self.active_formatting(K::A).is_some() {
                    return misplaced("inside <a>");
                }
                self.insert(t, Ns::Html);
            }
            K::Nobr | K::Button => {
                if self.in_scope(t.kind, Scope::Default) {
                    return misplaced(if t.kind == K::Nobr {
                        "inside <nobr>"
                    } else {
                        "inside <button>"
                    });
                }
                self.insert(t, Ns::Html);
            }
            K::Table => {
                self.close_p(t)?;
                self.insert(t, Ns::Html);
                self.mode = Mode::Table;
            }
            K::Area
            | K::Br
            | K::Embed
            | K::Img
            | K::Keygen
            | K::Wbr
            | K::Param
            | K::Source
            | K::Track
            | K::Input => self.insert_void(t),
            K::Hr => {
                self.close_p(t)?;
                self.insert_void(t);
            }
            K::Image => return err(t.start, ErrorKind::Obsolete("image".into(), "write <img>")),
            K::Isindex => {
                return err(t.start, ErrorKind::Obsolete("isindex".into(), "use a form"));
            }
            K::Select => {
                self.insert(t, Ns::Html);
                self.mode = match self.mode {
                    Mode::Table
                    | Mode::Caption
                    | Mode::ColumnGroup
                    | Mode::TableBody
                    | Mode::Row
                    | Mode::Cell => Mode::SelectInTable,
                    _ => Mode::Select,
                };
            }
            K::Rp | K::Rt => {
                if self.in_scope(K::Ruby, Scope::Default) {
                    self.generate_implied_end_tags(None);
                    if !self.cur_is(K::Ruby) {
                        return misplaced("here (its <ruby> has another element open)");
                    }
                }
                self.insert(t, Ns::Html);
            }
            K::Option | K::Optgroup => {
                if self.cur_is(K::Option) {
                    self.pop();
                }
                self.insert(t, Ns::Html);
            }
            K::Math | K::Svg => {
                let ns = if t.kind == K::Math {
                    Ns::MathMl
                } else {
                    Ns::Svg
                };
                self.insert(t, ns);
                if t.self_closing {
                    self.stack.pop();
                    self.ack = true;
                }
            }
            K::Caption
            | K::Col
            | K::Colgroup
            | K::Tbody
            | K::Td
            | K::Tfoot
            | K::Th
            | K::Thead
            | K::Tr => return misplaced(OUTSIDE_TABLE),
            K::Frame => return misplaced("outside a frameset"),
            _ => self.insert(t, Ns::Html),
        }
        Ok(false)
    }

    fn start_list_item(&mut self, t: &Tag<'a>) -> Result<(), ParseError> {
        use TagKind as K;
        let stops: &[TagKind] = if t.kind == K::Li {
            &[K::Li]
        } else {
            &[K::Dd, K::Dt]
        };
        for i in (0..self.stack.len()).rev() {
            let el = &self.stack[i];
            if el.ns == Ns::Html && stops.contains(&el.kind) {
                let (kind, name) = (el.kind, el.name.to_string());
                let scope = if kind == K::Li {
                    Scope::List
                } else {
                    Scope::Default
                };
                if !self.in_scope(kind, scope) {
                    return err(t.start, ErrorKind::StrayEndTag(name));
                }
                self.generate_implied_end_tags(Some(kind));
                if !self.cur_is(kind) {
                    return err(
                        t.start,
                        ErrorKind::ImpliedEnd(t.name.to_string(), name, self.cur_name()),
                    );
                }
                self.pop_until(kind);
                break;
            }
            if is_special(el) && !matches!(el.kind, K::Address | K::Div | K::P) {
                break;
            }
        }
        self.close_p(t)?;
        self.insert(t, Ns::Html);
        Ok(())
    }

    fn end_body(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        let kind = t.kind;
        let stray = || err(t.start, ErrorKind::StrayEndTag(t.name.to_string()));
        let too_early = |open| err(t.start, ErrorKind::EndTooEarly(t.name.to_string(), open));
        match kind {
            // A fragment has no body element; html5lib ignores </html> then.
            K::Html => {}
            K::Body => return stray(),
            K::Address
            | K::Article
            | K::Aside
            | K::Blockquote
            | K::Button
            | K::Center
            | K::Details
            | K::Dialog
            | K::Dir
            | K::Div
            | K::Dl
            | K::Fieldset
            | K::Figcaption
            | K::Figure
            | K::Footer
            | K::Header
            | K::Hgroup
            | K::Listing
            | K::Main
            | K::Menu
            | K::Nav
            | K::Ol
            | K::Pre
            | K::Section
            | K::Summary
            | K::Ul
            | K::Applet
            | K::Marquee
            | K::Object => {
                if !self.in_scope(kind, Scope::Default) {
                    return stray();
                }
                self.generate_implied_end_tags(None);
                if !self.cur_is(kind) {
                    return too_early(self.cur_name());
                }
                self.pop_until(kind);
            }
            K::Form => {
                let open = std::mem::take(&mut self.form);
                if !open || !self.in_scope(K::Form, Scope::Default) {
                    return stray();
                }
                self.generate_implied_end_tags(None);
                if !self.cur_is(K::Form) {
                    return too_early(self.cur_name());
                }
                self.pop();
            }
            K::P | K::Li | K::Dd | K::Dt => {
                let scope = match kind {
                    K::P => Scope::Button,
                    K::Li => Scope::List,
                    _ => Scope::Default,
                };
                if !self.in_scope(kind, scope) {
                    return stray();
                }
                self.generate_implied_end_tags(Some(kind));
                if !self.cur_is(kind) {
                    return too_early(self.cur_name());
                }
                self.pop_until(kind);
            }
            K::H1 | K::H2 | K::H3 | K::H4 | K::H5 | K::H6 => {
                let open = [K::H1, K::H2, K::H3, K::H4, K::H5, K::H6]
                    .iter()
                    .any(|&h| self.in_scope(h, Scope::Default));
                if !open {
                    return stray();
                }
                self.generate_implied_end_tags(None);
                if !self.cur_is(kind) {
                    return too_early(self.cur_name());
                }
                self.pop();
            }
            K::A
            | K::B
            | K::Big
            | K::Code
            | K::Em
            | K::Font
            | K::I
            | K::Nobr
            | K::S
            | K::Small
            | K::Strike
            | K::Strong
            | K::Tt
            | K::U => match self.active_formatting(kind) {
                Some(i) if self.in_scope(kind, Scope::Default) => {
                    if i + 1 != self.stack.len() {
                        return too_early(self.cur_name());
                    }
                    self.pop();
                }
                _ => self.end_other(t)?,
            },
            K::Br => return err(t.start, ErrorKind::BrEndTag),
            _ => self.end_other(t)?,
        }
        Ok(false)
    }

    /// html5lib's "any other end tag" in body.
    fn end_other(&mut self, t: &Tag<'a>) -> Result<(), ParseError> {
        for i in (1..self.stack.len()).rev() {
            let el = &self.stack[i];
            // html5lib compares the stored name, which is camel-cased for some SVG
            // elements (`foreignObject`): those never match a (lower-cased) end tag here.
            if el.is_named(t) && !(el.ns == Ns::Svg && is_svg_camel_case(&t.name)) {
                self.generate_implied_end_tags(Some(t.kind).filter(|&k| k != TagKind::Other));
                if !self.cur().is_named(t) {
                    return err(
                        t.start,
                        ErrorKind::EndTooEarly(t.name.to_string(), self.cur_name()),
                    );
                }
                self.stack.truncate(i);
                return Ok(());
            }
            if is_special(el) {
                break;
            }
        }
        err(t.start, ErrorKind::StrayEndTag(t.name.to_string()))
    }

    fn start_table(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Caption | K::Colgroup => {
                self.pop_to(&[K::Table]);
                self.insert(t, Ns::Html);
                self.mode = if t.kind == K::Caption {
                    Mode::Caption
                } else {
                    Mode::ColumnGroup
                };
            }
            K::Col => {
                self.pop_to(&[K::Table]);
                self.insert_implied("colgroup", K::Colgroup, t.start);
                self.mode = Mode::ColumnGroup;
                return Ok(true);
            }
            K::Tbody | K::Tfoot | K::Thead => {
                self.pop_to(&[K::Table]);
                self.insert(t, Ns::Html);
                self.mode = Mode::TableBody;
            }
            K::Td | K::Th | K::Tr => {
                self.pop_to(&[K::Table]);
                self.insert_implied("tbody", K::Tbody, t.start);
                self.mode = Mode::TableBody;
                return Ok(true);
            }
            K::Style | K::Script => self.insert_raw(t),
            _ => return err(t.start, ErrorKind::Misplaced(t.name.to_string(), IN_TABLE)),
        }
        Ok(false)
    }

    fn end_table(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        if t.kind == TagKind::Table && self.in_scope(TagKind::Table, Scope::Table) {
            self.generate_implied_end_tags(None);
            if !self.cur_is(TagKind::Table) {
                return err(
                    t.start,
                    ErrorKind::EndTooEarly("table".into(), self.cur_name()),
                );
            }
            self.pop_until(TagKind::Table);
            self.reset_mode();
            return Ok(false);
        }
        err(t.start, ErrorKind::StrayEndTag(t.name.to_string()))
    }

    fn start_caption(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Caption
            | K::Col
            | K::Colgroup
            | K::Tbody
            | K::Td
            | K::Tfoot
            | K::Th
            | K::Thead
            | K::Tr => err(
                t.start,
                ErrorKind::Misplaced(t.name.to_string(), "inside <caption>"),
            ),
            _ => self.start_body(t),
        }
    }

    fn end_caption(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Caption if self.in_scope(K::Caption, Scope::Table) => {
                self.generate_implied_end_tags(None);
                if !self.cur_is(K::Caption) {
                    return err(
                        t.start,
                        ErrorKind::EndTooEarly("caption".into(), self.cur_name()),
                    );
                }
                self.pop_until(K::Caption);
                self.mode = Mode::Table;
                Ok(false)
            }
            K::Table => err(
                t.start,
                ErrorKind::EndTooEarly("table".into(), "caption".into()),
            ),
            K::Caption
            | K::Body
            | K::Col
            | K::Colgroup
            | K::Html
            | K::Tbody
            | K::Td
            | K::Tfoot
            | K::Th
            | K::Thead
            | K::Tr => err(t.start, ErrorKind::StrayEndTag(t.name.to_string())),
            _ => self.end_body(t),
        }
    }

    fn start_column_group(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        match t.kind {
            TagKind::Html => err(t.start, ErrorKind::Misplaced("html".into(), IN_CONTENT)),
            TagKind::Col => {
                self.insert_void(t);
                Ok(false)
            }
            _ => self.leave_column_group(t),
        }
    }

    fn end_column_group(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        match t.kind {
            TagKind::Colgroup => {
                self.leave_column_group(t)?;
                Ok(false)
            }
            TagKind::Col => err(t.start, ErrorKind::StrayEndTag("col".into())),
            _ => self.leave_column_group(t),
        }
    }

    /// Pops the `colgroup` and asks for the token to be processed again "in table".
    fn leave_column_group(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        if self.stack.len() == 1 {
            return err(t.start, ErrorKind::StrayEndTag("colgroup".into()));
        }
        self.pop();
        self.mode = Mode::Table;
        Ok(true)
    }

    fn row_group_in_scope(&self) -> bool {
        [TagKind::Tbody, TagKind::Thead, TagKind::Tfoot]
            .iter()
            .any(|&g| self.in_scope(g, Scope::Table))
    }

    fn start_table_body(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Tr => {
                self.pop_to(&[K::Tbody, K::Tfoot, K::Thead]);
                self.insert(t, Ns::Html);
                self.mode = Mode::Row;
                Ok(false)
            }
            K::Td | K::Th => err(
                t.start,
                ErrorKind::Misplaced(t.name.to_string(), "in a table section without a <tr>"),
            ),
            K::Caption | K::Col | K::Colgroup | K::Tbody | K::Tfoot | K::Thead => {
                if !self.row_group_in_scope() {
                    return err(t.start, ErrorKind::Misplaced(t.name.to_string(), IN_TABLE));
                }
                self.pop_to(&[K::Tbody, K::Tfoot, K::Thead]);
                self.pop();
                self.mode = Mode::Table;
                Ok(true)
            }
            _ => self.start_table(t),
        }
    }

    fn end_table_body(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Tbody | K::Tfoot | K::Thead | K::Table => {
                let open = if t.kind == K::Table {
                    self.row_group_in_scope()
                } else {
                    self.in_scope(t.kind, Scope::Table)
                };
                if !open {
                    return err(t.start, ErrorKind::StrayEndTag(t.name.to_string()));
                }
                self.pop_to(&[K::Tbody, K::Tfoot, K::Thead]);
                self.pop();
                self.mode = Mode::Table;
                Ok(t.kind == K::Table)
            }
            _ => self.end_table(t),
        }
    }

    /// Leaves the current row (html5lib `endTagTr`); elements still open in it are errors.
    fn close_row(&mut self, t: &Tag<'a>) -> Result<(), ParseError> {
        if !self.cur_is(TagKind::Tr) {
            return err(
                t.start,
                ErrorKind::ImpliedEnd(t.name.to_string(), "tr".into(), self.cur_name()),
            );
        }
        self.pop();
        self.mode = Mode::TableBody;
        Ok(())
    }

    fn start_row(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Td | K::Th => {
                if self.stack.len() > 1 && !self.cur_is(K::Tr) {
                    return err(t.start, ErrorKind::Unclosed(self.cur_name()));
                }
                self.insert(t, Ns::Html);
                self.mode = Mode::Cell;
                Ok(false)
            }
            K::Caption | K::Col | K::Colgroup | K::Tbody | K::Tfoot | K::Thead | K::Tr => {
                if !self.in_scope(K::Tr, Scope::Table) {
                    return err(t.start, ErrorKind::Misplaced(t.name.to_string(), IN_TABLE));
                }
                self.close_row(t)?;
                Ok(true)
            }
            _ => self.start_table(t),
        }
    }

    fn end_row(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Tr | K::Table | K::Tbody | K::Tfoot | K::Thead => {
                let target = if matches!(t.kind, K::Tbody | K::Tfoot | K::Thead) {
                    t.kind
                } else {
                    K::Tr
                };
                if !self.in_scope(target, Scope::Table) {
                    return err(t.start, ErrorKind::StrayEndTag(t.name.to_string()));
                }
                self.close_row(t)?;
                Ok(t.kind != K::Tr)
            }
            K::Body | K::Caption | K::Col | K::Colgroup | K::Html | K::Td | K::Th => {
                err(t.start, ErrorKind::StrayEndTag(t.name.to_string()))
            }
            _ => self.end_table(t),
        }
    }

    /// Closes the open cell (html5lib `endTagTableCell`).
    fn close_cell(&mut self, t: &Tag<'a>, cell: TagKind) -> Result<(), ParseError> {
        self.generate_implied_end_tags(Some(cell));
        if !self.cur_is(cell) {
            let name = if cell == TagKind::Td { "td" } else { "th" };
            return err(
                t.start,
                ErrorKind::EndTooEarly(name.into(), self.cur_name()),
            );
        }
        self.pop();
        self.mode = Mode::Row;
        Ok(())
    }

    fn open_cell(&self) -> Option<TagKind> {
        [TagKind::Td, TagKind::Th]
            .into_iter()
            .find(|&cell| self.in_scope(cell, Scope::Table))
    }

    fn start_cell(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Caption
            | K::Col
            | K::Colgroup
            | K::Tbody
            | K::Td
            | K::Tfoot
            | K::Th
            | K::Thead
            | K::Tr => match self.open_cell() {
                Some(cell) => {
                    self.close_cell(t, cell)?;
                    Ok(true)
                }
                None => err(t.start, ErrorKind::Misplaced(t.name.to_string(), IN_TABLE)),
            },
            _ => self.start_body(t),
        }
    }

    fn end_cell_mode(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Td | K::Th => {
                if !self.in_scope(t.kind, Scope::Table) {
                    return err(t.start, ErrorKind::StrayEndTag(t.name.to_string()));
                }
                self.close_cell(t, t.kind)?;
                Ok(false)
            }
            K::Body | K::Caption | K::Col | K::Colgroup | K::Html => {
                err(t.start, ErrorKind::StrayEndTag(t.name.to_string()))
            }
            K::Table | K::Tbody | K::Tfoot | K::Thead | K::Tr => {
                if !self.in_scope(t.kind, Scope::Table) {
                    return err(t.start, ErrorKind::StrayEndTag(t.name.to_string()));
                }
                let cell = self.open_cell().unwrap_or(K::Td);
                self.close_cell(t, cell)?;
                Ok(true)
            }
            _ => self.end_body(t),
        }
    }

    fn start_select(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Option => {
                if self.cur_is(K::Option) {
                    self.pop();
                }
                self.insert(t, Ns::Html);
            }
            K::Optgroup => {
                if self.cur_is(K::Option) {
                    self.pop();
                }
                if self.cur_is(K::Optgroup) {
                    self.pop();
                }
                self.insert(t, Ns::Html);
            }
            K::Script => self.insert_raw(t),
            _ => {
                return err(
                    t.start,
                    ErrorKind::Misplaced(t.name.to_string(), "inside <select>"),
                );
            }
        }
        Ok(false)
    }

    fn end_select(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        let stray = || err(t.start, ErrorKind::StrayEndTag(t.name.to_string()));
        match t.kind {
            K::Option => {
                if !self.cur_is(K::Option) {
                    return stray();
                }
                self.pop();
            }
            K::Optgroup => {
                let n = self.stack.len();
                if self.cur_is(K::Option) && n > 2 && self.stack[n - 2].kind == K::Optgroup {
                    self.pop();
                }
                if !self.cur_is(K::Optgroup) {
                    return stray();
                }
                self.pop();
            }
            K::Select => {
                if !self.in_scope(K::Select, Scope::Select) {
                    return stray();
                }
                self.pop_until(K::Select);
                self.reset_mode();
            }
            _ => return stray(),
        }
        Ok(false)
    }

    fn start_select_in_table(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Caption | K::Table | K::Tbody | K::Tfoot | K::Thead | K::Tr | K::Td | K::Th => err(
                t.start,
                ErrorKind::Misplaced(t.name.to_string(), "inside <select>"),
            ),
            _ => self.start_select(t),
        }
    }

    fn end_select_in_table(&mut self, t: &Tag<'a>) -> Result<bool, ParseError> {
        use TagKind as K;
        match t.kind {
            K::Caption | K::Table | K::Tbody | K::Tfoot | K::Thead | K::Tr | K::Td | K::Th => err(
                t.start,
                ErrorKind::EndTooEarly(t.name.to_string(), "select".into()),
            ),
            _ => self.end_select(t),
        }
    }

    /// The end of the text: elements left open.
    fn eof(&mut self) -> Result<(), ParseError> {
        use TagKind as K;
        loop {
            match self.mode {
                Mode::Body | Mode::Caption | Mode::Cell => {
                    for el in self.stack.iter().rev() {
                        if !matches!(
                            el.kind,
                            K::Dd
                                | K::Dt
                                | K::Li
                                | K::P
                                | K::Tbody
                                | K::Td
                                | K::Tfoot
                                | K::Th
                                | K::Thead
                                | K::Tr
                                | K::Body
                                | K::Html
                        ) {
                            return err(el.start, ErrorKind::Unclosed(el.name.to_string()));
                        }
                    }
                    return Ok(());
                }
                Mode::ColumnGroup if self.stack.len() > 1 => {
                    self.pop();
                    self.mode = Mode::Table;
                }
                Mode::Table | Mode::TableBody | Mode::Row | Mode::ColumnGroup => {
                    return self.unclosed_at_end(K::Table, "table");
                }
                Mode::Select | Mode::SelectInTable => {
                    return self.unclosed_at_end(K::Select, "select");
                }
            }
        }
    }

    fn unclosed_at_end(&self, kind: TagKind, name: &str) -> Result<(), ParseError> {
        if self.stack.len() == 1 {
            return Ok(());
        }
        let at = self
            .stack
            .iter()
            .rev()
            .find(|el| el.kind == kind)
            .map_or(self.cur().start, |el| el.start);
        err(at, ErrorKind::Unclosed(name.into()))
    }
}

/// The element checks of a successfully parsed element (`name` lower-cased).
fn check_element(name: &str, attrs: &[Attr<'_>], out: &mut Vec<Finding>) {
    if !is_html_tag(name) {
        out.push(
            Finding::new(Code::NotHtml, format!("<{name}> is not an HTML element")).value(name),
        );
        return;
    }
    if is_unsafe_html_tag(name) {
        out.push(
            Finding::new(
                Code::SecurityRisk,
                format!("HTML should not contain a <{name}> tag"),
            )
            .with("tag", name),
        );
        return;
    }
    for a in attrs {
        if a.name == "style" {
            for item in check_style(&decode_attr(a.value)) {
                out.push(
                    Finding::new(
                        Code::DangerousStyleAttr,
                        format!("style attribute of <{name}> has unsafe CSS: {item}"),
                    )
                    .attr("style")
                    .value(item),
                );
            }
        } else if !is_acceptable_attribute(&a.name) && !a.name.starts_with("data-") {
            out.push(
                Finding::new(
                    Code::SecurityRiskAttr,
                    format!(
                        "HTML should not contain a {} attribute (on <{name}>)",
                        a.name
                    ),
                )
                .attr(a.name.as_ref()),
            );
        }
    }
}

/// `NOT_ACCEPTABLE_TAGS` as a `match`: HTML elements that are a security risk.
#[rustfmt::skip]
fn is_unsafe_html_tag(name: &str) -> bool {
    matches!(
        name,
        "applet"
            | "base" | "basefont" | "bdo" | "body" | "comment" | "embed" | "frame" | "frameset"
            | "head" | "html" | "iframe" | "isindex" | "link" | "listing" | "meta" | "noframes"
            | "object" | "param" | "plaintext" | "script" | "slot" | "style" | "title" | "xmp"
    )
}

/// Decodes the character references of an attribute value that parsed without error.
fn decode_attr(raw: &str) -> Cow<'_, str> {
    let b = raw.as_bytes();
    let Some(first) = memchr(b'&', b) else {
        return Cow::Borrowed(raw);
    };
    let mut out = String::with_capacity(raw.len());
    out.push_str(&raw[..first]);
    let mut q = first;
    while q < b.len() {
        let Some(i) = memchr(b'&', &b[q..]) else {
            out.push_str(&raw[q..]);
            break;
        };
        out.push_str(&raw[q..q + i]);
        q += i;
        match decode_ref_at(raw, q, |name| html5_entity(name).map(Cow::Borrowed)) {
            Some((text, end)) => {
                out.push_str(&text);
                q = end;
            }
            None => {
                out.push('&');
                q += 1;
            }
        }
    }
    Cow::Owned(out)
}

/// Decodes `&#N;`, `&#xH;` or `&name;` (looked up with `named`) at `at`: the text and the
/// offset after the reference.
fn decode_ref_at(
    s: &str,
    at: usize,
    named: impl Fn(&str) -> Option<Cow<'static, str>>,
) -> Option<(Cow<'static, str>, usize)> {
    let b = s.as_bytes();
    if b.get(at + 1) == Some(&b'#') {
        let hex = matches!(b.get(at + 2), Some(b'x' | b'X'));
        let digits = at + 2 + usize::from(hex);
        let mut q = digits;
        while q < b.len()
            && (if hex {
                b[q].is_ascii_hexdigit()
            } else {
                b[q].is_ascii_digit()
            })
        {
            q += 1;
        }
        if q == digits || b.get(q) != Some(&b';') {
            return None;
        }
        let value = u32::from_str_radix(&s[digits..q], if hex { 16 } else { 10 }).ok()?;
        let c = char::from_u32(value).unwrap_or('\u{FFFD}');
        return Some((Cow::Owned(c.to_string()), q + 1));
    }
    let mut q = at + 1;
    while q < b.len() && b[q].is_ascii_alphanumeric() {
        q += 1;
    }
    if q == at + 1 || b.get(q) != Some(&b';') {
        return None;
    }
    named(&s[at + 1..q]).map(|text| (text, q + 1))
}

// ---------------------------------------------------------------------------------------
// check_style
// ---------------------------------------------------------------------------------------

/// Python's `\s` on text (Unicode whitespace, including U+001C–U+001F).
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `\w` on text.
fn py_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Python's `\d` on text (decimal digits; other numeric characters approximate Unicode's Nd).
fn py_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

/// The W3C `checkStyle` algorithm: the unsafe items of a `style` attribute value (already
/// entity-decoded), each once, in order; empty when the style is safe.
///
/// 1. The whole style is unsafe unless it is made only of `:,;#%.!`, whitespace, ASCII
///    letters and digits, `\w-\w` (a hyphen between word characters), quoted runs of word
///    characters and spaces (`'Lucida Console'`), and parenthesised lists of digits
///    (`(0, 0, 0)`) — so `url(...)`, `expression(...)`, `/`, `=` and leading `-` fail;
/// 2. the whole style is unsafe unless it is a sequence of `property: value` declarations
///    separated by `;` (whitespace after a final `;` fails);
/// 3. otherwise, in the lower-cased style: each property outside the accepted list is
///    unsafe (`position`, `mso-*`, `background-repeat`); for accepted `background*`,
///    `border*`, `margin*` and `padding*` properties, each whitespace-separated keyword of
///    the value that is neither an accepted keyword nor a colour or small length
///    (`#fff`, `rgb(1,2,3)`, `12px`, `0.5em`, `100%`) is unsafe (`99999em`, `url`...).
pub fn check_style(style: &str) -> Vec<String> {
    let chars: Vec<char> = style.chars().collect();
    if !style_tokens_ok(&chars) || !style_declarations_ok(&chars) {
        return vec![style.to_string()];
    }
    let lower: Vec<char> = style.to_lowercase().chars().collect();
    let mut found: Vec<String> = Vec::new();
    let mut push_once = |item: String| {
        if !found.contains(&item) {
            found.push(item);
        }
    };
    let is_prop = |c: char| py_word(c) || c == '-';
    let n = lower.len();
    let mut i = 0;
    while i < n {
        if !is_prop(lower[i]) {
            i += 1;
            continue;
        }
        // `([-\w]+)\s*:\s*([^:;]*)`, as re.findall scans for it.
        let mut j = i;
        while j < n && is_prop(lower[j]) {
            j += 1;
        }
        let mut k = j;
        while k < n && py_space(lower[k]) {
            k += 1;
        }
        if lower.get(k) != Some(&':') {
            i = j;
            continue;
        }
        let mut v = k + 1;
        while v < n && py_space(lower[v]) {
            v += 1;
        }
        let mut e = v;
        while e < n && lower[e] != ':' && lower[e] != ';' {
            e += 1;
        }
        let prop: String = lower[i..j].iter().collect();
        let value: String = lower[v..e].iter().collect();
        i = e;
        if CSS_PROPERTIES.binary_search(&prop.as_str()).is_err() {
            push_once(prop);
        } else if matches!(
            prop.split('-').next(),
            Some("background" | "border" | "margin" | "padding")
        ) {
            for keyword in value.split(py_space).filter(|k| !k.is_empty()) {
                if CSS_KEYWORDS.binary_search(&keyword).is_err() && !css_value_ok(keyword) {
                    push_once(keyword.to_string());
                }
            }
        }
    }
    found
}

/// `^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$`: whether the style
/// splits into those pieces (the regex engine backtracks, so any split will do).
fn style_tokens_ok(c: &[char]) -> bool {
    let n = c.len();
    let mut reach = vec![false; n + 1];
    reach[0] = true;
    for i in 0..n {
        if !reach[i] {
            continue;
        }
        let ch = c[i];
        if matches!(ch, ':' | ',' | ';' | '#' | '%' | '.' | '!')
            || ch.is_ascii_alphanumeric()
            || py_space(ch)
        {
            reach[i + 1] = true;
        }
        if i + 2 < n && py_word(ch) && c[i + 1] == '-' && py_word(c[i + 2]) {
            reach[i + 3] = true;
        }
        if ch == '\'' || ch == '"' || ch == '(' {
            let close = if ch == '(' { ')' } else { ch };
            let inside = |x: char| {
                if ch == '(' {
                    py_digit(x) || x == ',' || py_space(x)
                } else {
                    py_space(x) || py_word(x)
                }
            };
            let mut j = i + 1;
            while j < n && inside(c[j]) {
                j += 1;
            }
            if j > i + 1 && j < n && c[j] == close {
                reach[j + 1] = true;
            }
        }
    }
    // `$` also matches before a final newline.
    reach[n] || (n > 0 && c[n - 1] == '\n' && reach[n - 1])
}

/// `^(\s*[-\w]+\s*:\s*[^:;]*(;|$))*$`: whether the style is a list of declarations.
fn style_declarations_ok(c: &[char]) -> bool {
    let n = c.len();
    let at_end = |p: usize| p == n || (p + 1 == n && c[p] == '\n');
    let mut p = 0;
    loop {
        if at_end(p) {
            return true;
        }
        let mut q = p;
        while q < n && py_space(c[q]) {
            q += 1;
        }
        let name = q;
        while q < n && (py_word(c[q]) || c[q] == '-') {
            q += 1;
        }
        if q == name {
            return false;
        }
        while q < n && py_space(c[q]) {
            q += 1;
        }
        if c.get(q) != Some(&':') {
            return false;
        }
        q += 1;
        while q < n && c[q] != ':' && c[q] != ';' {
            q += 1;
        }
        match c.get(q) {
            Some(';') => p = q + 1,
            _ if at_end(q) => return true,
            _ => return false,
        }
    }
}

/// `^(#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d?\.?\d?\d(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$`
fn css_value_ok(keyword: &str) -> bool {
    let c: Vec<char> = keyword.chars().collect();
    if c.len() > 1
        && c[0] == '#'
        && c[1..]
            .iter()
            .all(|&x| x.is_ascii_digit() || ('a'..='f').contains(&x))
    {
        return true;
    }
    rgb_ok(&c) || length_ok(&c)
}

fn rgb_ok(c: &[char]) -> bool {
    if !c.starts_with(&['r', 'g', 'b', '(']) {
        return false;
    }
    let mut i = 4;
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < c.len() && py_digit(c[*i]) {
            *i += 1;
        }
        *i > from
    };
    let opt = |i: &mut usize, x: char| {
        if c.get(*i) == Some(&x) {
            *i += 1;
            true
        } else {
            false
        }
    };
    if !digits(&mut i) {
        return false;
    }
    opt(&mut i, '%');
    if !opt(&mut i, ',') {
        return false;
    }
    digits(&mut i);
    opt(&mut i, '%');
    opt(&mut i, ',');
    digits(&mut i);
    opt(&mut i, '%');
    opt(&mut i, ')');
    i == c.len()
}

fn length_ok(c: &[char]) -> bool {
    const UNITS: [&str; 11] = [
        "cm", "em", "ex", "in", "mm", "pc", "pt", "px", "%", ",", ")",
    ];
    // `\d?\.?\d?\d`: try every combination of the optional parts, as backtracking would.
    (0..8u8).any(|mask| {
        let mut i = 0;
        for (bit, dot) in [(1, false), (2, true), (4, false)] {
            if mask & bit != 0 {
                match c.get(i) {
                    Some(&'.') if dot => {}
                    Some(&x) if !dot && py_digit(x) => {}
                    _ => return false,
                }
                i += 1;
            }
        }
        if !c.get(i).is_some_and(|&x| py_digit(x)) {
            return false;
        }
        let rest: String = c[i + 1..].iter().collect();
        rest.is_empty() || UNITS.contains(&rest.as_str())
    })
}

// ---------------------------------------------------------------------------------------
// check_relative_refs
// ---------------------------------------------------------------------------------------

/// The W3C `absUrlMixin` scan of HTML for relative references; pushes its findings to
/// `out` and returns `true` when there were none.
///
/// References are taken, as the W3C regular expressions do (ASCII case ignored), from
/// `<a href=...>` where `href` is the first attribute, and from the last `src=` before the
/// first `>` of an `<img ...>` tag; a value is `"..."` or `'...'` (on one line) or a run of
/// word characters and `-`, and must be followed by whitespace or `>`. Each is decoded
/// (`&#N;`, `&#xH;`, HTML 4 entities, `&apos;`) and trimmed; one that does not start with
/// `\w+:` (a scheme) is reported: `InvalidUriChar` (`value`, detail `char` = Python repr
/// of the first ASCII character outside the URI characters, e.g. `' '`) or else
/// `ContainsRelRef` (`value`). Anchors are reported before images. `xml:base` is not
/// consulted.
pub fn check_relative_refs(value: &str, out: &mut Vec<Finding>) -> bool {
    let before = out.len();
    let mut refs: Vec<&str> = Vec::new();
    scan_refs(value, anchor_ref, &mut refs);
    scan_refs(value, image_ref, &mut refs);
    for raw in refs {
        let decoded = decode_text_refs(raw);
        let reference = decoded.trim_matches(py_space);
        if is_absolute(reference) {
            continue;
        }
        match reference.chars().find(|&c| c.is_ascii() && !is_uri_char(c)) {
            Some(c) => out.push(
                Finding::new(
                    Code::InvalidUriChar,
                    format!(
                        "reference {reference:?} contains the character {}",
                        py_repr(c)
                    ),
                )
                .value(reference)
                .with("char", py_repr(c)),
            ),
            None => out.push(
                Finding::new(
                    Code::ContainsRelRef,
                    format!("HTML contains the relative reference {reference:?}"),
                )
                .value(reference),
            ),
        }
    }
    out.len() == before
}

/// Runs a matcher at every `<` (re.findall: after a match, the scan resumes at its end).
fn scan_refs<'a>(
    s: &'a str,
    matcher: fn(&'a str, usize) -> Option<(&'a str, usize)>,
    refs: &mut Vec<&'a str>,
) {
    let b = s.as_bytes();
    let mut pos = 0;
    while let Some(i) = memchr(b'<', &b[pos..]) {
        let at = pos + i;
        pos = match matcher(s, at) {
            Some((reference, end)) => {
                refs.push(reference);
                end
            }
            None => at + 1,
        };
    }
}

/// The length of the `\s+` run at `at` (0 if none).
fn py_space_run(s: &str, at: usize) -> usize {
    s[at..]
        .chars()
        .take_while(|&c| py_space(c))
        .map(char::len_utf8)
        .sum()
}

/// `<a\s+href=(?:"(.*?)"|'(.*?)'|([\w-]+))[\s>]` at `at`.
fn anchor_ref(s: &str, at: usize) -> Option<(&str, usize)> {
    let b = s.as_bytes();
    if !matches!(b.get(at + 1), Some(b'a' | b'A')) {
        return None;
    }
    let spaces = py_space_run(s, at + 2);
    if spaces == 0 {
        return None;
    }
    let q = at + 2 + spaces;
    if !b.get(q..q + 5)?.eq_ignore_ascii_case(b"href=") {
        return None;
    }
    ref_value(s, q + 5)
}

/// `<img\s+[^>]*src=(?:"(.*?)"|'(.*?)'|([\w-]+))[\s>]` at `at`.
fn image_ref(s: &str, at: usize) -> Option<(&str, usize)> {
    let b = s.as_bytes();
    if !b.get(at + 1..at + 4)?.eq_ignore_ascii_case(b"img") {
        return None;
    }
    let spaces = py_space_run(s, at + 4);
    if spaces == 0 {
        return None;
    }
    let from = at + 4 + s[at + 4..].chars().next()?.len_utf8();
    let gt = memchr(b'>', &b[from..]).map_or(b.len(), |i| from + i);
    // `[^>]*` is greedy: the last `src=` before the first `>` whose value matches wins.
    (from..gt).rev().find_map(|k| {
        if b.get(k..k + 4)?.eq_ignore_ascii_case(b"src=") {
            ref_value(s, k + 4)
        } else {
            None
        }
    })
}

/// `(?:"(.*?)"|'(.*?)'|([\w-]+))[\s>]` at `at`: the captured value and the match end.
fn ref_value(s: &str, at: usize) -> Option<(&str, usize)> {
    let rest = s.get(at..)?;
    let first = rest.chars().next()?;
    let follows = |end: usize| {
        let next = s[end..].chars().next()?;
        (py_space(next) || next == '>').then_some(end + next.len_utf8())
    };
    if first == '"' || first == '\'' {
        let body = at + 1;
        for (i, c) in s[body..].char_indices() {
            if c == '\n' {
                return None;
            }
            if c == first
                && let Some(end) = follows(body + i + 1)
            {
                return Some((&s[body..body + i], end));
            }
        }
        return None;
    }
    let len: usize = rest
        .chars()
        .take_while(|&c| py_word(c) || c == '-')
        .map(char::len_utf8)
        .sum();
    if len == 0 {
        return None;
    }
    Some((&s[at..at + len], follows(at + len)?))
}

/// Decodes `&#N;`, `&#xH;`, HTML 4 entities and `&apos;` (other `&` stay as they are).
fn decode_text_refs(raw: &str) -> Cow<'_, str> {
    if memchr(b'&', raw.as_bytes()).is_none() {
        return Cow::Borrowed(raw);
    }
    let named = |name: &str| match name {
        "apos" => Some(Cow::Borrowed("'")),
        _ => html4_entity(name).map(|c| Cow::Owned(c.to_string())),
    };
    let mut out = String::with_capacity(raw.len());
    let mut q = 0;
    while let Some(i) = memchr(b'&', &raw.as_bytes()[q..]) {
        out.push_str(&raw[q..q + i]);
        let at = q + i;
        match decode_ref_at(raw, at, named) {
            Some((text, end)) => {
                out.push_str(&text);
                q = end;
            }
            None => {
                out.push('&');
                q = at + 1;
            }
        }
    }
    out.push_str(&raw[q..]);
    Cow::Owned(out)
}

/// `\w+:` at the start: the reference has a scheme.
fn is_absolute(reference: &str) -> bool {
    let word: usize = reference
        .chars()
        .take_while(|&c| py_word(c))
        .map(char::len_utf8)
        .sum();
    word > 0 && reference[word..].starts_with(':')
}

/// `[0-9a-zA-Z;/?:@&=+$\.\-_!~*'()%,#]`
fn is_uri_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || ";/?:@&=+$.-_!~*'()%,#".contains(c)
}

/// Python's `repr` of a one-character ASCII string.
fn py_repr(c: char) -> String {
    match c {
        '\'' => "\"'\"".to_string(),
        '\\' => "'\\\\'".to_string(),
        '\t' => "'\\t'".to_string(),
        '\n' => "'\\n'".to_string(),
        '\r' => "'\\r'".to_string(),
        c if (c as u32) < 0x20 || c == '\u{7f}' => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

// ---------------------------------------------------------------------------------------
// Element, attribute and entity tables
// ---------------------------------------------------------------------------------------

// The hot tables are searched through integer keys and hash tables built at compile time
// (no string comparisons, one or two probes): a name's key is its first 15 bytes,
// zero-padded, then its length, so it is exact for names of at most 15 bytes; longer names
// are searched as strings.

const fn name_key(b: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < 15 {
        key = (key << 8) | if i < b.len() { b[i] as u128 } else { 0 };
        i += 1;
    }
    (key << 8) | if b.len() > 255 { 255 } else { b.len() as u128 }
}

/// [`name_key`] at run time, for a name of at most 15 bytes.
fn short_name_key(b: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    buf[15] = b.len() as u8;
    u128::from_be_bytes(buf)
}

const fn name_keys<const N: usize>(names: &[&str]) -> [u128; N] {
    let mut keys = [0u128; N];
    let mut i = 0;
    while i < N {
        keys[i] = name_key(names[i].as_bytes());
        i += 1;
    }
    keys
}

const fn entity_keys<const N: usize>(table: &[(&str, &str)]) -> [u128; N] {
    let mut keys = [0u128; N];
    let mut i = 0;
    while i < N {
        keys[i] = name_key(table[i].0.as_bytes());
        i += 1;
    }
    keys
}

/// The home slot of a key in a table of `size` (a power of two) slots.
const fn key_slot(key: u128, size: usize) -> usize {
    let x = (key >> 64) as u64 ^ (key as u64).rotate_left(29);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - size.trailing_zeros())) as usize
}

const EMPTY: u16 = u16::MAX;

/// An open-addressing table of indices into `keys` (`S` a power of two, at least twice
/// the number of keys).
const fn key_slots<const S: usize>(keys: &[u128]) -> [u16; S] {
    let mut slots = [EMPTY; S];
    let mut i = 0;
    while i < keys.len() {
        let mut h = key_slot(keys[i], S);
        while slots[h] != EMPTY {
            h = (h + 1) & (S - 1);
        }
        slots[h] = i as u16;
        i += 1;
    }
    slots
}

/// A name table with its keys and hash slots.
struct NameTable {
    names: &'static [&'static str],
    keys: &'static [u128],
    slots: &'static [u16],
}

impl NameTable {
    /// The index of `name` in `names`.
    fn find(&self, name: &str) -> Option<usize> {
        if name.len() >= 16 {
            return self.names.binary_search(&name).ok();
        }
        find_key(self.keys, self.slots, short_name_key(name.as_bytes()))
    }
}

fn find_key(keys: &[u128], slots: &[u16], key: u128) -> Option<usize> {
    let mask = slots.len() - 1;
    let mut h = key_slot(key, slots.len());
    loop {
        let i = slots[h];
        if i == EMPTY {
            return None;
        }
        if keys[i as usize] == key {
            return Some(i as usize);
        }
        h = (h + 1) & mask;
    }
}

static HTML_TAG_KEYS: [u128; HTML_TAGS.len()] = name_keys(HTML_TAGS);
static HTML_TAG_TABLE: NameTable = NameTable {
    names: HTML_TAGS,
    keys: &HTML_TAG_KEYS,
    slots: &key_slots::<512>(&HTML_TAG_KEYS),
};
static ACCEPTABLE_ELEMENT_KEYS: [u128; ACCEPTABLE_ELEMENTS.len()] = name_keys(ACCEPTABLE_ELEMENTS);
static ACCEPTABLE_ELEMENT_TABLE: NameTable = NameTable {
    names: ACCEPTABLE_ELEMENTS,
    keys: &ACCEPTABLE_ELEMENT_KEYS,
    slots: &key_slots::<512>(&ACCEPTABLE_ELEMENT_KEYS),
};
static ACCEPTABLE_ATTRIBUTE_KEYS: [u128; ACCEPTABLE_ATTRIBUTES.len()] =
    name_keys(ACCEPTABLE_ATTRIBUTES);
static ACCEPTABLE_ATTRIBUTE_TABLE: NameTable = NameTable {
    names: ACCEPTABLE_ATTRIBUTES,
    keys: &ACCEPTABLE_ATTRIBUTE_KEYS,
    slots: &key_slots::<512>(&ACCEPTABLE_ATTRIBUTE_KEYS),
};
static HTML5_ENTITY_KEYS: [u128; HTML5_ENTITIES.len()] = entity_keys(HTML5_ENTITIES);
static HTML5_ENTITY_SLOTS: [u16; 8192] = key_slots(&HTML5_ENTITY_KEYS);

/// Whether `name` is a known HTML element (the W3C `htmltags` list; case-sensitive, so
/// pass HTML names lower-cased). Elements outside it are `NotHtml`.
pub fn is_html_tag(name: &str) -> bool {
    HTML_TAG_TABLE.find(name).is_some()
}

/// Whether `name` is an element accepted in feed HTML (the W3C `acceptable_elements`:
/// the HTML list minus `script`, `style`, `iframe`, `object`, `embed`, `meta`, `link`,
/// `frame`... plus `keygen`, `multicol`, `nextid`, `sound`, `spacer`). Case-sensitive.
pub fn is_acceptable_element(name: &str) -> bool {
    ACCEPTABLE_ELEMENT_TABLE.find(name).is_some()
}

/// Whether `name` is an attribute accepted on HTML elements (the W3C
/// `acceptable_attributes`; `style` and event handlers such as `onclick` are not).
/// Case-sensitive.
pub fn is_acceptable_attribute(name: &str) -> bool {
    ACCEPTABLE_ATTRIBUTE_TABLE.find(name).is_some()
}

/// Whether `name` is an SVG element accepted in XHTML content (case-sensitive:
/// `linearGradient`).
pub fn is_svg_element(name: &str) -> bool {
    SVG_ELEMENTS.binary_search(&name).is_ok()
}

/// Whether `name` is an SVG attribute accepted in XHTML content (case-sensitive:
/// `viewBox`, `xlink:href`).
pub fn is_svg_attribute(name: &str) -> bool {
    SVG_ATTRIBUTES.binary_search(&name).is_ok()
}

/// Whether `name` is a MathML element accepted in XHTML content.
pub fn is_mathml_element(name: &str) -> bool {
    MATHML_ELEMENTS.binary_search(&name).is_ok()
}

/// Whether `name` is a MathML attribute accepted in XHTML content.
pub fn is_mathml_attribute(name: &str) -> bool {
    MATHML_ATTRIBUTES.binary_search(&name).is_ok()
}

/// The character of an HTML 4.01 named entity (the 252 of the `HTMLlat1`, `HTMLsymbol` and
/// `HTMLspecial` sets, as the Netscape RSS 0.91 DTD declares them): `html4_entity("eacute")`
/// is `Some('é')`. `name` is without `&` and `;` and case-sensitive. Note that HTML 4's
/// `lang` and `rang` are U+2329 and U+232A, not HTML5's U+27E8 and U+27E9.
pub fn html4_entity(name: &str) -> Option<char> {
    HTML4_ENTITIES
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .map(|i| HTML4_ENTITIES[i].1)
}

/// The text of an HTML5 named character reference (the full list of 2,125 names of the
/// WHATWG standard): `html5_entity("nbsp")` is `Some("\u{a0}")`; some names stand for two
/// characters. `name` is without `&` and `;` and case-sensitive.
pub fn html5_entity(name: &str) -> Option<&'static str> {
    let i = if name.len() < 16 {
        find_key(
            &HTML5_ENTITY_KEYS,
            &HTML5_ENTITY_SLOTS,
            short_name_key(name.as_bytes()),
        )
    } else {
        HTML5_ENTITIES.binary_search_by(|(n, _)| n.cmp(&name)).ok()
    };
    i.map(|i| HTML5_ENTITIES[i].1)
}

/// Whether `&name;` is an HTML5 named character reference.
pub fn html5_entity_known(name: &str) -> bool {
    html5_entity(name).is_some()
}

// ---------------------------------------------------------------------------------------
// Mojibake
// ---------------------------------------------------------------------------------------

/// Text that looks like UTF-8 decoded with a single-byte Western encoding, found by
/// [`mojibake`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mojibake {
    /// The encoding the text was written in: always `UTF-8`.
    pub original_encoding: &'static str,
    /// The encoding it was decoded with: `windows-1252` or `ISO-8859-1` (when the garbled
    /// run holds C1 controls that windows-1252 would have decoded as letters or marks).
    pub decoded_as: &'static str,
    /// The script of the original text: `Cyrillic`, `Greek`, `Armenian`, `Hebrew`,
    /// `Arabic`, `CJK` (Han, kana), `Hangul`, `Thai`, `Devanagari`, `Georgian`...
    pub script: &'static str,
    /// The garbled text as it appears (at most 40 characters, from the first garbled one).
    pub sample: String,
    /// What the sample should read.
    pub repaired: String,
    /// Where the sample starts, in Unicode scalar values from the start of the text.
    pub char_offset: usize,
}

/// Finds the first run of mojibake: UTF-8 text of a non-Latin script that was decoded as
/// windows-1252 or ISO-8859-1 (`Ð¡ÐµÐºÑ€ÐµÑ‚Ð°Ñ€Ð¸Ð°Ñ‚` for `Секретариат`, `Õ€Õ¡` for Armenian,
/// `Î•Î»` for Greek, `æ–°é—»` for Chinese).
///
/// A run is a sequence of characters that windows-1252 (or, for its five undefined bytes
/// and the C1 controls, ISO-8859-1) maps back to bytes forming complete, valid UTF-8
/// sequences, with no ASCII in between. It is reported when it decodes to at least two
/// letters of one non-Latin script and that script makes up at least half of it. Latin
/// text in these encodings cannot pass that test (an accented letter followed by a symbol,
/// as in `Spaß“`, decodes to at most one character before ASCII breaks the run), and UTF-8
/// Latin text read twice (`Ã©` for `é`) is Latin, so neither is reported.
///
/// Fast: only characters U+00C2–U+00F4 (found with `memchr` on their UTF-8 lead byte 0xC3)
/// followed by a continuation character are examined.
pub fn mojibake(text: &str) -> Option<Mojibake> {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr(0xC3, &b[from..]) {
        let at = from + i;
        let mut pos = at;
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        let mut decoded = 0;
        while let Some(seq) = decode_mojibake_seq(text, pos) {
            decoded += 1;
            if seq.ch.is_alphabetic()
                && let Some(script) = script_of(seq.ch)
            {
                match counts.iter_mut().find(|(s, _)| *s == script) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((script, 1)),
                }
            }
            pos = seq.end;
        }
        if let Some(&(script, n)) = counts.iter().max_by_key(|(_, n)| *n)
            && n >= 2
            && n * 2 >= decoded
        {
            return Some(mojibake_report(text, at, script));
        }
        from = pos.max(at + 2);
    }
    None
}

/// One UTF-8 sequence recovered from its windows-1252 / ISO-8859-1 reading.
struct MojibakeSeq {
    ch: char,
    /// Byte offset after the garbled characters.
    end: usize,
    /// Number of garbled characters.
    len: usize,
    /// It used a character only windows-1252 has (€, ‚, ƒ, “, ™...).
    cp1252: bool,
    /// It used a C1 control that windows-1252 would have decoded as something else.
    latin1: bool,
}

/// The byte a windows-1252 / ISO-8859-1 decoder turned into `c`.
fn western_byte(c: char) -> Option<u8> {
    let v = c as u32;
    if (0x80..=0xFF).contains(&v) {
        return Some(v as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// Decodes the garbled UTF-8 sequence starting at byte `at` of `text`, if there is one.
fn decode_mojibake_seq(text: &str, at: usize) -> Option<MojibakeSeq> {
    let mut chars = text.get(at..)?.chars();
    let lead = chars.next()?;
    let lead_byte = match lead as u32 {
        v @ 0xC2..=0xF4 => v as u8,
        _ => return None,
    };
    let need = match lead_byte {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        _ => 3,
    };
    let mut bytes = [lead_byte, 0, 0, 0];
    let mut end = at + lead.len_utf8();
    let (mut cp1252, mut latin1) = (false, false);
    for slot in bytes.iter_mut().skip(1).take(need) {
        let c = chars.next()?;
        let byte = western_byte(c)?;
        if !(0x80..=0xBF).contains(&byte) {
            return None;
        }
        cp1252 |= (c as u32) > 0xFF;
        latin1 |= (c as u32) < 0xA0 && !matches!(byte, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D);
        *slot = byte;
        end += c.len_utf8();
    }
    let ch = std::str::from_utf8(&bytes[..=need]).ok()?.chars().next()?;
    Some(MojibakeSeq {
        ch,
        end,
        len: need + 1,
        cp1252,
        latin1,
    })
}

fn mojibake_report(text: &str, at: usize, script: &'static str) -> Mojibake {
    const MAX: usize = 40;
    let (mut sample, mut repaired) = (String::new(), String::new());
    let (mut sample_len, mut cp1252, mut latin1) = (0, false, false);
    let mut pos = at;
    while sample_len < MAX {
        if let Some(seq) = decode_mojibake_seq(text, pos) {
            if sample_len + seq.len > MAX {
                break;
            }
            sample.push_str(&text[pos..seq.end]);
            repaired.push(seq.ch);
            sample_len += seq.len;
            cp1252 |= seq.cp1252;
            latin1 |= seq.latin1;
            pos = seq.end;
            continue;
        }
        match text[pos..].chars().next() {
            Some(c) if c.is_ascii() && !c.is_ascii_control() => {
                sample.push(c);
                repaired.push(c);
                sample_len += 1;
                pos += 1;
            }
            _ => break,
        }
    }
    let trimmed = sample
        .trim_end_matches(|c: char| c.is_ascii_whitespace())
        .len();
    let cut = sample.len() - trimmed;
    sample.truncate(trimmed);
    repaired.truncate(repaired.len() - cut);
    Mojibake {
        original_encoding: "UTF-8",
        decoded_as: if latin1 && !cp1252 {
            "ISO-8859-1"
        } else {
            "windows-1252"
        },
        script,
        sample,
        repaired,
        char_offset: text[..at].chars().count(),
    }
}

/// The script of a non-Latin letter (None for Latin, common and inherited characters).
fn script_of(c: char) -> Option<&'static str> {
    Some(match c as u32 {
        0x0370..=0x03FF | 0x1F00..=0x1FFF => "Greek",
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => "Cyrillic",
        0x0530..=0x058F | 0xFB13..=0xFB17 => "Armenian",
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => "Hebrew",
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            "Arabic"
        }
        0x0700..=0x074F => "Syriac",
        0x0780..=0x07BF => "Thaana",
        0x07C0..=0x07FF => "NKo",
        0x0800..=0x083F => "Samaritan",
        0x0900..=0x097F => "Devanagari",
        0x0980..=0x09FF => "Bengali",
        0x0A00..=0x0A7F => "Gurmukhi",
        0x0A80..=0x0AFF => "Gujarati",
        0x0B00..=0x0B7F => "Oriya",
        0x0B80..=0x0BFF => "Tamil",
        0x0C00..=0x0C7F => "Telugu",
        0x0C80..=0x0CFF => "Kannada",
        0x0D00..=0x0D7F => "Malayalam",
        0x0D80..=0x0DFF => "Sinhala",
        0x0E00..=0x0E7F => "Thai",
        0x0E80..=0x0EFF => "Lao",
        0x0F00..=0x0FFF => "Tibetan",
        0x1000..=0x109F => "Myanmar",
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => "Georgian",
        0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF => "Hangul",
        0x1200..=0x139F | 0x2D80..=0x2DDF => "Ethiopic",
        0x13A0..=0x13FF => "Cherokee",
        0x1780..=0x17FF => "Khmer",
        0x1800..=0x18AF => "Mongolian",
        0x2E80..=0x2FDF
        | 0x3000..=0x312F
        | 0x31A0..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F
        | 0x20000..=0x323AF => "CJK",
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------
// Tables: the W3C Feed Validation Service's element, attribute and CSS lists; the WHATWG
// named character references (HTML5) and the HTML 4.01 entity sets. All sorted by bytes.
// ---------------------------------------------------------------------------------------

/// Known HTML element names (`htmltags`) (133 names; sorted).
#[rustfmt::skip]
const HTML_TAGS: &[&str] = &[
    "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b",
    "base", "basefont", "bdi", "bdo", "big", "blockquote", "body", "br", "button", "canvas",
    "caption", "center", "cite", "code", "col", "colgroup", "command", "comment", "data",
    "datagrid", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt",
    "em", "embed", "eventsource", "fieldset", "figcaption", "figure", "font", "footer", "form",
    "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
    "html", "i", "iframe", "img", "input", "ins", "isindex", "kbd", "label", "legend", "li",
    "link", "listing", "m", "main", "map", "mark", "menu", "meta", "meter", "nav", "noframes",
    "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture",
    "plaintext", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "section",
    "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary",
    "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
    "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
];

/// HTML elements accepted in feed HTML (`acceptable_elements`) (113 names; sorted).
#[rustfmt::skip]
const ACCEPTABLE_ELEMENTS: &[&str] = &[
    "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "bdi", "big",
    "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
    "colgroup", "command", "data", "datagrid", "datalist", "dd", "del", "details", "dfn",
    "dialog", "dir", "div", "dl", "dt", "em", "eventsource", "fieldset", "figcaption",
    "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
    "hr", "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "main",
    "map", "mark", "menu", "meter", "multicol", "nav", "nextid", "noscript", "ol", "optgroup",
    "option", "output", "p", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s",
    "samp", "section", "select", "small", "sound", "source", "spacer", "span", "strike",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot",
    "th", "thead", "time", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
];

/// `HTML_TAGS` that are not acceptable (a security risk) (25 names; sorted).
#[cfg(test)]
#[rustfmt::skip]
static NOT_ACCEPTABLE_TAGS: &[&str] = &[
    "applet", "base", "basefont", "bdo", "body", "comment", "embed", "frame", "frameset",
    "head", "html", "iframe", "isindex", "link", "listing", "meta", "noframes", "object",
    "param", "plaintext", "script", "slot", "style", "title", "xmp",
];

/// Attributes accepted on HTML elements (`acceptable_attributes`) (172 names; sorted).
#[rustfmt::skip]
const ACCEPTABLE_ATTRIBUTES: &[&str] = &[
    "abbr", "accept", "accept-charset", "accesskey", "action", "align", "allow",
    "allowfullscreen", "allowpaymentrequest", "alt", "as", "autocapitalize", "autocomplete",
    "autofocus", "autoplay", "axis", "background", "balance", "bgcolor", "bgproperties",
    "border", "bordercolor", "bordercolordark", "bordercolorlight", "bottompadding",
    "cellpadding", "cellspacing", "ch", "challenge", "char", "charoff", "charset", "checked",
    "choff", "cite", "class", "clear", "color", "cols", "colspan", "compact",
    "contenteditable", "coords", "crossorigin", "data", "datafld", "datapagesize", "datasrc",
    "datetime", "decoding", "default", "delay", "dir", "dirname", "disabled", "download",
    "draggable", "dynsrc", "enctype", "end", "enterkeyhint", "face", "for", "form",
    "formenctype", "frame", "galleryimg", "gutter", "headers", "height", "hidden", "hidefocus",
    "high", "href", "hreflang", "hspace", "icon", "id", "inputmode", "is", "ismap", "itemid",
    "itemprop", "itemref", "itemscope", "itemtype", "keytype", "kind", "label", "lang",
    "leftspacing", "list", "loading", "longdesc", "loop", "loopcount", "loopend", "loopstart",
    "low", "lowsrc", "max", "maxlength", "media", "method", "min", "minlength", "multiple",
    "muted", "name", "nohref", "nonce", "noshade", "nowrap", "open", "optimum", "pattern",
    "ping", "placeholder", "playsinline", "point-size", "poster", "pqg", "preload", "prompt",
    "radiogroup", "readonly", "referrerpolicy", "rel", "repeat-max", "repeat-min", "replace",
    "required", "rev", "reversed", "rightspacing", "rows", "rowspan", "rules", "scope",
    "selected", "shape", "size", "sizes", "span", "spellcheck", "src", "srclang", "srcset",
    "start", "step", "summary", "suppress", "tabindex", "target", "template", "title",
    "toppadding", "translate", "type", "unselectable", "urn", "usemap", "valign", "value",
    "variable", "volume", "vrml", "vspace", "width", "wrap", "xml:lang", "xmlns",
];

/// CSS properties accepted in `style` (`acceptable_css_properties`) (74 names; sorted).
#[rustfmt::skip]
static CSS_PROPERTIES: &[&str] = &[
    "azimuth", "background", "background-color", "border", "border-bottom",
    "border-bottom-color", "border-bottom-style", "border-bottom-width", "border-collapse",
    "border-color", "border-left", "border-left-color", "border-left-style",
    "border-left-width", "border-right", "border-right-color", "border-right-style",
    "border-right-width", "border-spacing", "border-style", "border-top", "border-top-color",
    "border-top-style", "border-top-width", "border-width", "clear", "color", "cursor",
    "direction", "display", "elevation", "float", "font", "font-family", "font-size",
    "font-style", "font-variant", "font-weight", "height", "letter-spacing", "line-height",
    "list-style-type", "margin", "margin-bottom", "margin-left", "margin-right", "margin-top",
    "overflow", "padding", "padding-bottom", "padding-left", "padding-right", "padding-top",
    "pause", "pause-after", "pause-before", "pitch", "pitch-range", "richness", "speak",
    "speak-header", "speak-numeral", "speak-punctuation", "speech-rate", "stress",
    "text-align", "text-decoration", "text-indent", "unicode-bidi", "vertical-align",
    "voice-family", "volume", "white-space", "width",
];

/// CSS keywords accepted in box properties (`acceptable_css_keywords`) (39 names; sorted).
#[rustfmt::skip]
static CSS_KEYWORDS: &[&str] = &[
    "!important", "aqua", "auto", "black", "block", "blue", "bold", "both", "bottom", "brown",
    "center", "collapse", "dashed", "dotted", "fuchsia", "gray", "green", "italic", "left",
    "lime", "maroon", "medium", "navy", "none", "normal", "nowrap", "olive", "pointer",
    "purple", "red", "right", "silver", "solid", "teal", "top", "transparent", "underline",
    "white", "yellow",
];

/// SVG elements accepted in XHTML content (34 names; sorted).
#[rustfmt::skip]
static SVG_ELEMENTS: &[&str] = &[
    "a", "animate", "animateColor", "animateMotion", "animateTransform", "circle", "defs",
    "desc", "ellipse", "font-face", "font-face-name", "font-face-src", "g", "glyph", "hkern",
    "line", "linearGradient", "marker", "metadata", "missing-glyph", "mpath", "path",
    "polygon", "polyline", "radialGradient", "rect", "set", "stop", "svg", "switch", "text",
    "title", "tspan", "use",
];

/// SVG attributes accepted in XHTML content (141 names; sorted).
#[rustfmt::skip]
static SVG_ATTRIBUTES: &[&str] = &[
    "accent-height", "accumulate", "additive", "alphabetic", "arabic-form", "ascent",
    "attributeName", "attributeType", "baseProfile", "bbox", "begin", "by", "calcMode",
    "cap-height", "class", "color", "color-rendering", "content", "cx", "cy", "d", "descent",
    "display", "dur", "dx", "dy", "end", "fill", "fill-opacity", "fill-rule", "font-family",
    "font-size", "font-stretch", "font-style", "font-variant", "font-weight", "from", "fx",
    "fy", "g1", "g2", "glyph-name", "gradientUnits", "hanging", "height", "horiz-adv-x",
    "horiz-origin-x", "id", "ideographic", "k", "keyPoints", "keySplines", "keyTimes", "lang",
    "marker-end", "marker-mid", "marker-start", "markerHeight", "markerUnits", "markerWidth",
    "mathematical", "max", "min", "name", "offset", "opacity", "orient", "origin",
    "overline-position", "overline-thickness", "panose-1", "path", "pathLength", "points",
    "preserveAspectRatio", "r", "refX", "refY", "repeatCount", "repeatDur",
    "requiredExtensions", "requiredFeatures", "restart", "rotate", "rx", "ry", "slope",
    "stemh", "stemv", "stop-color", "stop-opacity", "strikethrough-position",
    "strikethrough-thickness", "stroke", "stroke-dasharray", "stroke-dashoffset",
    "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke-width",
    "style", "systemLanguage", "target", "text-anchor", "to", "transform", "type", "u1", "u2",
    "underline-position", "underline-thickness", "unicode", "unicode-range", "units-per-em",
    "values", "version", "viewBox", "visibility", "width", "widths", "x", "x-height", "x1",
    "x2", "xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show",
    "xlink:title", "xlink:type", "xml:base", "xml:lang", "xml:space", "xmlns", "xmlns:xlink",
    "y", "y1", "y2", "zoomAndPan",
];

/// MathML elements accepted in XHTML content (30 names; sorted).
#[rustfmt::skip]
static MATHML_ELEMENTS: &[&str] = &[
    "annotation", "annotation-xml", "maction", "math", "merror", "mfrac", "mi",
    "mmultiscripts", "mn", "mo", "mover", "mpadded", "mphantom", "mprescripts", "mroot",
    "mrow", "mspace", "msqrt", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd", "mtext",
    "mtr", "munder", "munderover", "none", "semantics",
];

/// MathML attributes accepted in XHTML content (40 names; sorted).
#[rustfmt::skip]
static MATHML_ATTRIBUTES: &[&str] = &[
    "actiontype", "align", "columnalign", "columnlines", "columnspacing", "columnspan",
    "depth", "display", "displaystyle", "encoding", "equalcolumns", "equalrows", "fence",
    "fontstyle", "fontweight", "frame", "height", "linethickness", "lspace", "mathbackground",
    "mathcolor", "mathvariant", "maxsize", "minsize", "other", "rowalign", "rowlines",
    "rowspacing", "rowspan", "rspace", "scriptlevel", "selection", "separator", "stretchy",
    "width", "xlink:href", "xlink:show", "xlink:type", "xmlns", "xmlns:xlink",
];

/// The HTML5 named character references (2125 names without the `;`, sorted), with
/// the text each one stands for (WHATWG HTML, "Named character references").
#[rustfmt::skip]
const HTML5_ENTITIES: &[(&str, &str)] = &[
    ("AElig", "\u{c6}"), ("AMP", "&"), ("Aacute", "\u{c1}"), ("Abreve", "\u{102}"),
    ("Acirc", "\u{c2}"), ("Acy", "\u{410}"), ("Afr", "\u{1d504}"), ("Agrave", "\u{c0}"),
    ("Alpha", "\u{391}"), ("Amacr", "\u{100}"), ("And", "\u{2a53}"), ("Aogon", "\u{104}"),
    ("Aopf", "\u{1d538}"), ("ApplyFunction", "\u{2061}"), ("Aring", "\u{c5}"),
    ("Ascr", "\u{1d49c}"), ("Assign", "\u{2254}"), ("Atilde", "\u{c3}"), ("Auml", "\u{c4}"),
    ("Backslash", "\u{2216}"), ("Barv", "\u{2ae7}"), ("Barwed", "\u{2306}"), ("Bcy", "\u{411}"),
    ("Because", "\u{2235}"), ("Bernoullis", "\u{212c}"), ("Beta", "\u{392}"), ("Bfr", "\u{1d505}"),
    ("Bopf", "\u{1d539}"), ("Breve", "\u{2d8}"), ("Bscr", "\u{212c}"), ("Bumpeq", "\u{224e}"),
    ("CHcy", "\u{427}"), ("COPY", "\u{a9}"), ("Cacute", "\u{106}"), ("Cap", "\u{22d2}"),
    ("CapitalDifferentialD", "\u{2145}"), ("Cayleys", "\u{212d}"), ("Ccaron", "\u{10c}"),
    ("Ccedil", "\u{c7}"), ("Ccirc", "\u{108}"), ("Cconint", "\u{2230}"), ("Cdot", "\u{10a}"),
    ("Cedilla", "\u{b8}"), ("CenterDot", "\u{b7}"), ("Cfr", "\u{212d}"), ("Chi", "\u{3a7}"),
    ("CircleDot", "\u{2299}"), ("CircleMinus", "\u{2296}"), ("CirclePlus", "\u{2295}"),
    ("CircleTimes", "\u{2297}"), ("ClockwiseContourIntegral", "\u{2232}"),
    ("CloseCurlyDoubleQuote", "\u{201d}"), ("CloseCurlyQuote", "\u{2019}"), ("Colon", "\u{2237}"),
    ("Colone", "\u{2a74}"), ("Congruent", "\u{2261}"), ("Conint", "\u{222f}"),
    ("ContourIntegral", "\u{222e}"), ("Copf", "\u{2102}"), ("Coproduct", "\u{2210}"),
    ("CounterClockwiseContourIntegral", "\u{2233}"), ("Cross", "\u{2a2f}"), ("Cscr", "\u{1d49e}"),
    ("Cup", "\u{22d3}"), ("CupCap", "\u{224d}"), ("DD", "\u{2145}"), ("DDotrahd", "\u{2911}"),
    ("DJcy", "\u{402}"), ("DScy", "\u{405}"), ("DZcy", "\u{40f}"), ("Dagger", "\u{2021}"),
    ("Darr", "\u{21a1}"), ("Dashv", "\u{2ae4}"), ("Dcaron", "\u{10e}"), ("Dcy", "\u{414}"),
    ("Del", "\u{2207}"), ("Delta", "\u{394}"), ("Dfr", "\u{1d507}"),
    ("DiacriticalAcute", "\u{b4}"), ("DiacriticalDot", "\u{2d9}"),
    ("DiacriticalDoubleAcute", "\u{2dd}"), ("DiacriticalGrave", "`"),
    ("DiacriticalTilde", "\u{2dc}"), ("Diamond", "\u{22c4}"), ("DifferentialD", "\u{2146}"),
    ("Dopf", "\u{1d53b}"), ("Dot", "\u{a8}"), ("DotDot", "\u{20dc}"), ("DotEqual", "\u{2250}"),
    ("DoubleContourIntegral", "\u{222f}"), ("DoubleDot", "\u{a8}"),
    ("DoubleDownArrow", "\u{21d3}"), ("DoubleLeftArrow", "\u{21d0}"),
    ("DoubleLeftRightArrow", "\u{21d4}"), ("DoubleLeftTee", "\u{2ae4}"),
    ("DoubleLongLeftArrow", "\u{27f8}"), ("DoubleLongLeftRightArrow", "\u{27fa}"),
    ("DoubleLongRightArrow", "\u{27f9}"), ("DoubleRightArrow", "\u{21d2}"),
    ("DoubleRightTee", "\u{22a8}"), ("DoubleUpArrow", "\u{21d1}"),
    ("DoubleUpDownArrow", "\u{21d5}"), ("DoubleVerticalBar", "\u{2225}"),
    ("DownArrow", "\u{2193}"), ("DownArrowBar", "\u{2913}"), ("DownArrowUpArrow", "\u{21f5}"),
    ("DownBreve", "\u{311}"), ("DownLeftRightVector", "\u{2950}"),
    ("DownLeftTeeVector", "\u{295e}"), ("DownLeftVector", "\u{21bd}"),
    ("DownLeftVectorBar", "\u{2956}"), ("DownRightTeeVector", "\u{295f}"),
    ("DownRightVector", "\u{21c1}"), ("DownRightVectorBar", "\u{2957}"), ("DownTee", "\u{22a4}"),
    ("DownTeeArrow", "\u{21a7}"), ("Downarrow", "\u{21d3}"), ("Dscr", "\u{1d49f}"),
    ("Dstrok", "\u{110}"), ("ENG", "\u{14a}"), ("ETH", "\u{d0}"), ("Eacute", "\u{c9}"),
    ("Ecaron", "\u{11a}"), ("Ecirc", "\u{ca}"), ("Ecy", "\u{42d}"), ("Edot", "\u{116}"),
    ("Efr", "\u{1d508}"), ("Egrave", "\u{c8}"), ("Element", "\u{2208}"), ("Emacr", "\u{112}"),
    ("EmptySmallSquare", "\u{25fb}"), ("EmptyVerySmallSquare", "\u{25ab}"), ("Eogon", "\u{118}"),
    ("Eopf", "\u{1d53c}"), ("Epsilon", "\u{395}"), ("Equal", "\u{2a75}"),
    ("EqualTilde", "\u{2242}"), ("Equilibrium", "\u{21cc}"), ("Escr", "\u{2130}"),
    ("Esim", "\u{2a73}"), ("Eta", "\u{397}"), ("Euml", "\u{cb}"), ("Exists", "\u{2203}"),
    ("ExponentialE", "\u{2147}"), ("Fcy", "\u{424}"), ("Ffr", "\u{1d509}"),
    ("FilledSmallSquare", "\u{25fc}"), ("FilledVerySmallSquare", "\u{25aa}"),
    ("Fopf", "\u{1d53d}"), ("ForAll", "\u{2200}"), ("Fouriertrf", "\u{2131}"),
    ("Fscr", "\u{2131}"), ("GJcy", "\u{403}"), ("GT", ">"), ("Gamma", "\u{393}"),
    ("Gammad", "\u{3dc}"), ("Gbreve", "\u{11e}"), ("Gcedil", "\u{122}"), ("Gcirc", "\u{11c}"),
    ("Gcy", "\u{413}"), ("Gdot", "\u{120}"), ("Gfr", "\u{1d50a}"), ("Gg", "\u{22d9}"),
    ("Gopf", "\u{1d53e}"), ("GreaterEqual", "\u{2265}"), ("GreaterEqualLess", "\u{22db}"),
    ("GreaterFullEqual", "\u{2267}"), ("GreaterGreater", "\u{2aa2}"), ("GreaterLess", "\u{2277}"),
    ("GreaterSlantEqual", "\u{2a7e}"), ("GreaterTilde", "\u{2273}"), ("Gscr", "\u{1d4a2}"),
    ("Gt", "\u{226b}"), ("HARDcy", "\u{42a}"), ("Hacek", "\u{2c7}"), ("Hat", "^"),
    ("Hcirc", "\u{124}"), ("Hfr", "\u{210c}"), ("HilbertSpace", "\u{210b}"), ("Hopf", "\u{210d}"),
    ("HorizontalLine", "\u{2500}"), ("Hscr", "\u{210b}"), ("Hstrok", "\u{126}"),
    ("HumpDownHump", "\u{224e}"), ("HumpEqual", "\u{224f}"), ("IEcy", "\u{415}"),
    ("IJlig", "\u{132}"), ("IOcy", "\u{401}"), ("Iacute", "\u{cd}"), ("Icirc", "\u{ce}"),
    ("Icy", "\u{418}"), ("Idot", "\u{130}"), ("Ifr", "\u{2111}"), ("Igrave", "\u{cc}"),
    ("Im", "\u{2111}"), ("Imacr", "\u{12a}"), ("ImaginaryI", "\u{2148}"), ("Implies", "\u{21d2}"),
    ("Int", "\u{222c}"), ("Integral", "\u{222b}"), ("Intersection", "\u{22c2}"),
    ("InvisibleComma", "\u{2063}"), ("InvisibleTimes", "\u{2062}"), ("Iogon", "\u{12e}"),
    ("Iopf", "\u{1d540}"), ("Iota", "\u{399}"), ("Iscr", "\u{2110}"), ("Itilde", "\u{128}"),
    ("Iukcy", "\u{406}"), ("Iuml", "\u{cf}"), ("Jcirc", "\u{134}"), ("Jcy", "\u{419}"),
    ("Jfr", "\u{1d50d}"), ("Jopf", "\u{1d541}"), ("Jscr", "\u{1d4a5}"), ("Jsercy", "\u{408}"),
    ("Jukcy", "\u{404}"), ("KHcy", "\u{425}"), ("KJcy", "\u{40c}"), ("Kappa", "\u{39a}"),
    ("Kcedil", "\u{136}"), ("Kcy", "\u{41a}"), ("Kfr", "\u{1d50e}"), ("Kopf", "\u{1d542}"),
    ("Kscr", "\u{1d4a6}"), ("LJcy", "\u{409}"), ("LT", "<"), ("Lacute", "\u{139}"),
    ("Lambda", "\u{39b}"), ("Lang", "\u{27ea}"), ("Laplacetrf", "\u{2112}"), ("Larr", "\u{219e}"),
    ("Lcaron", "\u{13d}"), ("Lcedil", "\u{13b}"), ("Lcy", "\u{41b}"),
    ("LeftAngleBracket", "\u{27e8}"), ("LeftArrow", "\u{2190}"), ("LeftArrowBar", "\u{21e4}"),
    ("LeftArrowRightArrow", "\u{21c6}"), ("LeftCeiling", "\u{2308}"),
    ("LeftDoubleBracket", "\u{27e6}"), ("LeftDownTeeVector", "\u{2961}"),
    ("LeftDownVector", "\u{21c3}"), ("LeftDownVectorBar", "\u{2959}"), ("LeftFloor", "\u{230a}"),
    ("LeftRightArrow", "\u{2194}"), ("LeftRightVector", "\u{294e}"), ("LeftTee", "\u{22a3}"),
    ("LeftTeeArrow", "\u{21a4}"), ("LeftTeeVector", "\u{295a}"), ("LeftTriangle", "\u{22b2}"),
    ("LeftTriangleBar", "\u{29cf}"), ("LeftTriangleEqual", "\u{22b4}"),
    ("LeftUpDownVector", "\u{2951}"), ("LeftUpTeeVector", "\u{2960}"),
    ("LeftUpVector", "\u{21bf}"), ("LeftUpVectorBar", "\u{2958}"), ("LeftVector", "\u{21bc}"),
    ("LeftVectorBar", "\u{2952}"), ("Leftarrow", "\u{21d0}"), ("Leftrightarrow", "\u{21d4}"),
    ("LessEqualGreater", "\u{22da}"), ("LessFullEqual", "\u{2266}"), ("LessGreater", "\u{2276}"),
    ("LessLess", "\u{2aa1}"), ("LessSlantEqual", "\u{2a7d}"), ("LessTilde", "\u{2272}"),
    ("Lfr", "\u{1d50f}"), ("Ll", "\u{22d8}"), ("Lleftarrow", "\u{21da}"), ("Lmidot", "\u{13f}"),
    ("LongLeftArrow", "\u{27f5}"), ("LongLeftRightArrow", "\u{27f7}"),
    ("LongRightArrow", "\u{27f6}"), ("Longleftarrow", "\u{27f8}"),
    ("Longleftrightarrow", "\u{27fa}"), ("Longrightarrow", "\u{27f9}"), ("Lopf", "\u{1d543}"),
    ("LowerLeftArrow", "\u{2199}"), ("LowerRightArrow", "\u{2198}"), ("Lscr", "\u{2112}"),
    ("Lsh", "\u{21b0}"), ("Lstrok", "\u{141}"), ("Lt", "\u{226a}"), ("Map", "\u{2905}"),
    ("Mcy", "\u{41c}"), ("MediumSpace", "\u{205f}"), ("Mellintrf", "\u{2133}"),
    ("Mfr", "\u{1d510}"), ("MinusPlus", "\u{2213}"), ("Mopf", "\u{1d544}"), ("Mscr", "\u{2133}"),
    ("Mu", "\u{39c}"), ("NJcy", "\u{40a}"), ("Nacute", "\u{143}"), ("Ncaron", "\u{147}"),
    ("Ncedil", "\u{145}"), ("Ncy", "\u{41d}"), ("NegativeMediumSpace", "\u{200b}"),
    ("NegativeThickSpace", "\u{200b}"), ("NegativeThinSpace", "\u{200b}"),
    ("NegativeVeryThinSpace", "\u{200b}"), ("NestedGreaterGreater", "\u{226b}"),
    ("NestedLessLess", "\u{226a}"), ("NewLine", "\u{a}"), ("Nfr", "\u{1d511}"),
    ("NoBreak", "\u{2060}"), ("NonBreakingSpace", "\u{a0}"), ("Nopf", "\u{2115}"),
    ("Not", "\u{2aec}"), ("NotCongruent", "\u{2262}"), ("NotCupCap", "\u{226d}"),
    ("NotDoubleVerticalBar", "\u{2226}"), ("NotElement", "\u{2209}"), ("NotEqual", "\u{2260}"),
    ("NotEqualTilde", "\u{2242}\u{338}"), ("NotExists", "\u{2204}"), ("NotGreater", "\u{226f}"),
    ("NotGreaterEqual", "\u{2271}"), ("NotGreaterFullEqual", "\u{2267}\u{338}"),
    ("NotGreaterGreater", "\u{226b}\u{338}"), ("NotGreaterLess", "\u{2279}"),
    ("NotGreaterSlantEqual", "\u{2a7e}\u{338}"), ("NotGreaterTilde", "\u{2275}"),
    ("NotHumpDownHump", "\u{224e}\u{338}"), ("NotHumpEqual", "\u{224f}\u{338}"),
    ("NotLeftTriangle", "\u{22ea}"), ("NotLeftTriangleBar", "\u{29cf}\u{338}"),
    ("NotLeftTriangleEqual", "\u{22ec}"), ("NotLess", "\u{226e}"), ("NotLessEqual", "\u{2270}"),
    ("NotLessGreater", "\u{2278}"), ("NotLessLess", "\u{226a}\u{338}"),
    ("NotLessSlantEqual", "\u{2a7d}\u{338}"), ("NotLessTilde", "\u{2274}"),
    ("NotNestedGreaterGreater", "\u{2aa2}\u{338}"), ("NotNestedLessLess", "\u{2aa1}\u{338}"),
    ("NotPrecedes", "\u{2280}"), ("NotPrecedesEqual", "\u{2aaf}\u{338}"),
    ("NotPrecedesSlantEqual", "\u{22e0}"), ("NotReverseElement", "\u{220c}"),
    ("NotRightTriangle", "\u{22eb}"), ("NotRightTriangleBar", "\u{29d0}\u{338}"),
    ("NotRightTriangleEqual", "\u{22ed}"), ("NotSquareSubset", "\u{228f}\u{338}"),
    ("NotSquareSubsetEqual", "\u{22e2}"), ("NotSquareSuperset", "\u{2290}\u{338}"),
    ("NotSquareSupersetEqual", "\u{22e3}"), ("NotSubset", "\u{2282}\u{20d2}"),
    ("NotSubsetEqual", "\u{2288}"), ("NotSucceeds", "\u{2281}"),
    ("NotSucceedsEqual", "\u{2ab0}\u{338}"), ("NotSucceedsSlantEqual", "\u{22e1}"),
    ("NotSucceedsTilde", "\u{227f}\u{338}"), ("NotSuperset", "\u{2283}\u{20d2}"),
    ("NotSupersetEqual", "\u{2289}"), ("NotTilde", "\u{2241}"), ("NotTildeEqual", "\u{2244}"),
    ("NotTildeFullEqual", "\u{2247}"), ("NotTildeTilde", "\u{2249}"),
    ("NotVerticalBar", "\u{2224}"), ("Nscr", "\u{1d4a9}"), ("Ntilde", "\u{d1}"), ("Nu", "\u{39d}"),
    ("OElig", "\u{152}"), ("Oacute", "\u{d3}"), ("Ocirc", "\u{d4}"), ("Ocy", "\u{41e}"),
    ("Odblac", "\u{150}"), ("Ofr", "\u{1d512}"), ("Ograve", "\u{d2}"), ("Omacr", "\u{14c}"),
    ("Omega", "\u{3a9}"), ("Omicron", "\u{39f}"), ("Oopf", "\u{1d546}"),
    ("OpenCurlyDoubleQuote", "\u{201c}"), ("OpenCurlyQuote", "\u{2018}"), ("Or", "\u{2a54}"),
    ("Oscr", "\u{1d4aa}"), ("Oslash", "\u{d8}"), ("Otilde", "\u{d5}"), ("Otimes", "\u{2a37}"),
    ("Ouml", "\u{d6}"), ("OverBar", "\u{203e}"), ("OverBrace", "\u{23de}"),
    ("OverBracket", "\u{23b4}"), ("OverParenthesis", "\u{23dc}"), ("PartialD", "\u{2202}"),
    ("Pcy", "\u{41f}"), ("Pfr", "\u{1d513}"), ("Phi", "\u{3a6}"), ("Pi", "\u{3a0}"),
    ("PlusMinus", "\u{b1}"), ("Poincareplane", "\u{210c}"), ("Popf", "\u{2119}"),
    ("Pr", "\u{2abb}"), ("Precedes", "\u{227a}"), ("PrecedesEqual", "\u{2aaf}"),
    ("PrecedesSlantEqual", "\u{227c}"), ("PrecedesTilde", "\u{227e}"), ("Prime", "\u{2033}"),
    ("Product", "\u{220f}"), ("Proportion", "\u{2237}"), ("Proportional", "\u{221d}"),
    ("Pscr", "\u{1d4ab}"), ("Psi", "\u{3a8}"), ("QUOT", "\""), ("Qfr", "\u{1d514}"),
    ("Qopf", "\u{211a}"), ("Qscr", "\u{1d4ac}"), ("RBarr", "\u{2910}"), ("REG", "\u{ae}"),
    ("Racute", "\u{154}"), ("Rang", "\u{27eb}"), ("Rarr", "\u{21a0}"), ("Rarrtl", "\u{2916}"),
    ("Rcaron", "\u{158}"), ("Rcedil", "\u{156}"), ("Rcy", "\u{420}"), ("Re", "\u{211c}"),
    ("ReverseElement", "\u{220b}"), ("ReverseEquilibrium", "\u{21cb}"),
    ("ReverseUpEquilibrium", "\u{296f}"), ("Rfr", "\u{211c}"), ("Rho", "\u{3a1}"),
    ("RightAngleBracket", "\u{27e9}"), ("RightArrow", "\u{2192}"), ("RightArrowBar", "\u{21e5}"),
    ("RightArrowLeftArrow", "\u{21c4}"), ("RightCeiling", "\u{2309}"),
    ("RightDoubleBracket", "\u{27e7}"), ("RightDownTeeVector", "\u{295d}"),
    ("RightDownVector", "\u{21c2}"), ("RightDownVectorBar", "\u{2955}"),
    ("RightFloor", "\u{230b}"), ("RightTee", "\u{22a2}"), ("RightTeeArrow", "\u{21a6}"),
    ("RightTeeVector", "\u{295b}"), ("RightTriangle", "\u{22b3}"),
    ("RightTriangleBar", "\u{29d0}"), ("RightTriangleEqual", "\u{22b5}"),
    ("RightUpDownVector", "\u{294f}"), ("RightUpTeeVector", "\u{295c}"),
    ("RightUpVector", "\u{21be}"), ("RightUpVectorBar", "\u{2954}"), ("RightVector", "\u{21c0}"),
    ("RightVectorBar", "\u{2953}"), ("Rightarrow", "\u{21d2}"), ("Ropf", "\u{211d}"),
    ("RoundImplies", "\u{2970}"), ("Rrightarrow", "\u{21db}"), ("Rscr", "\u{211b}"),
    ("Rsh", "\u{21b1}"), ("RuleDelayed", "\u{29f4}"), ("SHCHcy", "\u{429}"), ("SHcy", "\u{428}"),
    ("SOFTcy", "\u{42c}"), ("Sacute", "\u{15a}"), ("Sc", "\u{2abc}"), ("Scaron", "\u{160}"),
    ("Scedil", "\u{15e}"), ("Scirc", "\u{15c}"), ("Scy", "\u{421}"), ("Sfr", "\u{1d516}"),
    ("ShortDownArrow", "\u{2193}"), ("ShortLeftArrow", "\u{2190}"),
    ("ShortRightArrow", "\u{2192}"), ("ShortUpArrow", "\u{2191}"), ("Sigma", "\u{3a3}"),
    ("SmallCircle", "\u{2218}"), ("Sopf", "\u{1d54a}"), ("Sqrt", "\u{221a}"),
    ("Square", "\u{25a1}"), ("SquareIntersection", "\u{2293}"), ("SquareSubset", "\u{228f}"),
    ("SquareSubsetEqual", "\u{2291}"), ("SquareSuperset", "\u{2290}"),
    ("SquareSupersetEqual", "\u{2292}"), ("SquareUnion", "\u{2294}"), ("Sscr", "\u{1d4ae}"),
    ("Star", "\u{22c6}"), ("Sub", "\u{22d0}"), ("Subset", "\u{22d0}"), ("SubsetEqual", "\u{2286}"),
    ("Succeeds", "\u{227b}"), ("SucceedsEqual", "\u{2ab0}"), ("SucceedsSlantEqual", "\u{227d}"),
    ("SucceedsTilde", "\u{227f}"), ("SuchThat", "\u{220b}"), ("Sum", "\u{2211}"),
    ("Sup", "\u{22d1}"), ("Superset", "\u{2283}"), ("SupersetEqual", "\u{2287}"),
    ("Supset", "\u{22d1}"), ("THORN", "\u{de}"), ("TRADE", "\u{2122}"), ("TSHcy", "\u{40b}"),
    ("TScy", "\u{426}"), ("Tab", "\u{9}"), ("Tau", "\u{3a4}"), ("Tcaron", "\u{164}"),
    ("Tcedil", "\u{162}"), ("Tcy", "\u{422}"), ("Tfr", "\u{1d517}"), ("Therefore", "\u{2234}"),
    ("Theta", "\u{398}"), ("ThickSpace", "\u{205f}\u{200a}"), ("ThinSpace", "\u{2009}"),
    ("Tilde", "\u{223c}"), ("TildeEqual", "\u{2243}"), ("TildeFullEqual", "\u{2245}"),
    ("TildeTilde", "\u{2248}"), ("Topf", "\u{1d54b}"), ("TripleDot", "\u{20db}"),
    ("Tscr", "\u{1d4af}"), ("Tstrok", "\u{166}"), ("Uacute", "\u{da}"), ("Uarr", "\u{219f}"),
    ("Uarrocir", "\u{2949}"), ("Ubrcy", "\u{40e}"), ("Ubreve", "\u{16c}"), ("Ucirc", "\u{db}"),
    ("Ucy", "\u{423}"), ("Udblac", "\u{170}"), ("Ufr", "\u{1d518}"), ("Ugrave", "\u{d9}"),
    ("Umacr", "\u{16a}"), ("UnderBar", "_"), ("UnderBrace", "\u{23df}"),
    ("UnderBracket", "\u{23b5}"), ("UnderParenthesis", "\u{23dd}"), ("Union", "\u{22c3}"),
    ("UnionPlus", "\u{228e}"), ("Uogon", "\u{172}"), ("Uopf", "\u{1d54c}"),
    ("UpArrow", "\u{2191}"), ("UpArrowBar", "\u{2912}"), ("UpArrowDownArrow", "\u{21c5}"),
    ("UpDownArrow", "\u{2195}"), ("UpEquilibrium", "\u{296e}"), ("UpTee", "\u{22a5}"),
    ("UpTeeArrow", "\u{21a5}"), ("Uparrow", "\u{21d1}"), ("Updownarrow", "\u{21d5}"),
    ("UpperLeftArrow", "\u{2196}"), ("UpperRightArrow", "\u{2197}"), ("Upsi", "\u{3d2}"),
    ("Upsilon", "\u{3a5}"), ("Uring", "\u{16e}"), ("Uscr", "\u{1d4b0}"), ("Utilde", "\u{168}"),
    ("Uuml", "\u{dc}"), ("VDash", "\u{22ab}"), ("Vbar", "\u{2aeb}"), ("Vcy", "\u{412}"),
    ("Vdash", "\u{22a9}"), ("Vdashl", "\u{2ae6}"), ("Vee", "\u{22c1}"), ("Verbar", "\u{2016}"),
    ("Vert", "\u{2016}"), ("VerticalBar", "\u{2223}"), ("VerticalLine", "|"),
    ("VerticalSeparator", "\u{2758}"), ("VerticalTilde", "\u{2240}"),
    ("VeryThinSpace", "\u{200a}"), ("Vfr", "\u{1d519}"), ("Vopf", "\u{1d54d}"),
    ("Vscr", "\u{1d4b1}"), ("Vvdash", "\u{22aa}"), ("Wcirc", "\u{174}"), ("Wedge", "\u{22c0}"),
    ("Wfr", "\u{1d51a}"), ("Wopf", "\u{1d54e}"), ("Wscr", "\u{1d4b2}"), ("Xfr", "\u{1d51b}"),
    ("Xi", "\u{39e}"), ("Xopf", "\u{1d54f}"), ("Xscr", "\u{1d4b3}"), ("YAcy", "\u{42f}"),
    ("YIcy", "\u{407}"), ("YUcy", "\u{42e}"), ("Yacute", "\u{dd}"), ("Ycirc", "\u{176}"),
    ("Ycy", "\u{42b}"), ("Yfr", "\u{1d51c}"), ("Yopf", "\u{1d550}"), ("Yscr", "\u{1d4b4}"),
    ("Yuml", "\u{178}"), ("ZHcy", "\u{416}"), ("Zacute", "\u{179}"), ("Zcaron", "\u{17d}"),
    ("Zcy", "\u{417}"), ("Zdot", "\u{17b}"), ("ZeroWidthSpace", "\u{200b}"), ("Zeta", "\u{396}"),
    ("Zfr", "\u{2128}"), ("Zopf", "\u{2124}"), ("Zscr", "\u{1d4b5}"), ("aacute", "\u{e1}"),
    ("abreve", "\u{103}"), ("ac", "\u{223e}"), ("acE", "\u{223e}\u{333}"), ("acd", "\u{223f}"),
    ("acirc", "\u{e2}"), ("acute", "\u{b4}"), ("acy", "\u{430}"), ("aelig", "\u{e6}"),
    ("af", "\u{2061}"), ("afr", "\u{1d51e}"), ("agrave", "\u{e0}"), ("alefsym", "\u{2135}"),
    ("aleph", "\u{2135}"), ("alpha", "\u{3b1}"), ("amacr", "\u{101}"), ("amalg", "\u{2a3f}"),
    ("amp", "&"), ("and", "\u{2227}"), ("andand", "\u{2a55}"), ("andd", "\u{2a5c}"),
    ("andslope", "\u{2a58}"), ("andv", "\u{2a5a}"), ("ang", "\u{2220}"), ("ange", "\u{29a4}"),
    ("angle", "\u{2220}"), ("angmsd", "\u{2221}"), ("angmsdaa", "\u{29a8}"),
    ("angmsdab", "\u{29a9}"), ("angmsdac", "\u{29aa}"), ("angmsdad", "\u{29ab}"),
    ("angmsdae", "\u{29ac}"), ("angmsdaf", "\u{29ad}"), ("angmsdag", "\u{29ae}"),
    ("angmsdah", "\u{29af}"), ("angrt", "\u{221f}"), ("angrtvb", "\u{22be}"),
    ("angrtvbd", "\u{299d}"), ("angsph", "\u{2222}"), ("angst", "\u{c5}"), ("angzarr", "\u{237c}"),
    ("aogon", "\u{105}"), ("aopf", "\u{1d552}"), ("ap", "\u{2248}"), ("apE", "\u{2a70}"),
    ("apacir", "\u{2a6f}"), ("ape", "\u{224a}"), ("apid", "\u{224b}"), ("apos", "'"),
    ("approx", "\u{2248}"), ("approxeq", "\u{224a}"), ("aring", "\u{e5}"), ("ascr", "\u{1d4b6}"),
    ("ast", "*"), ("asymp", "\u{2248}"), ("asympeq", "\u{224d}"), ("atilde", "\u{e3}"),
    ("auml", "\u{e4}"), ("awconint", "\u{2233}"), ("awint", "\u{2a11}"), ("bNot", "\u{2aed}"),
    ("backcong", "\u{224c}"), ("backepsilon", "\u{3f6}"), ("backprime", "\u{2035}"),
    ("backsim", "\u{223d}"), ("backsimeq", "\u{22cd}"), ("barvee", "\u{22bd}"),
    ("barwed", "\u{2305}"), ("barwedge", "\u{2305}"), ("bbrk", "\u{23b5}"),
    ("bbrktbrk", "\u{23b6}"), ("bcong", "\u{224c}"), ("bcy", "\u{431}"), ("bdquo", "\u{201e}"),
    ("becaus", "\u{2235}"), ("because", "\u{2235}"), ("bemptyv", "\u{29b0}"), ("bepsi", "\u{3f6}"),
    ("bernou", "\u{212c}"), ("beta", "\u{3b2}"), ("beth", "\u{2136}"), ("between", "\u{226c}"),
    ("bfr", "\u{1d51f}"), ("bigcap", "\u{22c2}"), ("bigcirc", "\u{25ef}"), ("bigcup", "\u{22c3}"),
    ("bigodot", "\u{2a00}"), ("bigoplus", "\u{2a01}"), ("bigotimes", "\u{2a02}"),
    ("bigsqcup", "\u{2a06}"), ("bigstar", "\u{2605}"), ("bigtriangledown", "\u{25bd}"),
    ("bigtriangleup", "\u{25b3}"), ("biguplus", "\u{2a04}"), ("bigvee", "\u{22c1}"),
    ("bigwedge", "\u{22c0}"), ("bkarow", "\u{290d}"), ("blacklozenge", "\u{29eb}"),
    ("blacksquare", "\u{25aa}"), ("blacktriangle", "\u{25b4}"), ("blacktriangledown", "\u{25be}"),
    ("blacktriangleleft", "\u{25c2}"), ("blacktriangleright", "\u{25b8}"), ("blank", "\u{2423}"),
    ("blk12", "\u{2592}"), ("blk14", "\u{2591}"), ("blk34", "\u{2593}"), ("block", "\u{2588}"),
    ("bne", "=\u{20e5}"), ("bnequiv", "\u{2261}\u{20e5}"), ("bnot", "\u{2310}"),
    ("bopf", "\u{1d553}"), ("bot", "\u{22a5}"), ("bottom", "\u{22a5}"), ("bowtie", "\u{22c8}"),
    ("boxDL", "\u{2557}"), ("boxDR", "\u{2554}"), ("boxDl", "\u{2556}"), ("boxDr", "\u{2553}"),
    ("boxH", "\u{2550}"), ("boxHD", "\u{2566}"), ("boxHU", "\u{2569}"), ("boxHd", "\u{2564}"),
    ("boxHu", "\u{2567}"), ("boxUL", "\u{255d}"), ("boxUR", "\u{255a}"), ("boxUl", "\u{255c}"),
    ("boxUr", "\u{2559}"), ("boxV", "\u{2551}"), ("boxVH", "\u{256c}"), ("boxVL", "\u{2563}"),
    ("boxVR", "\u{2560}"), ("boxVh", "\u{256b}"), ("boxVl", "\u{2562}"), ("boxVr", "\u{255f}"),
    ("boxbox", "\u{29c9}"), ("boxdL", "\u{2555}"), ("boxdR", "\u{2552}"), ("boxdl", "\u{2510}"),
    ("boxdr", "\u{250c}"), ("boxh", "\u{2500}"), ("boxhD", "\u{2565}"), ("boxhU", "\u{2568}"),
    ("boxhd", "\u{252c}"), ("boxhu", "\u{2534}"), ("boxminus", "\u{229f}"),
    ("boxplus", "\u{229e}"), ("boxtimes", "\u{22a0}"), ("boxuL", "\u{255b}"),
    ("boxuR", "\u{2558}"), ("boxul", "\u{2518}"), ("boxur", "\u{2514}"), ("boxv", "\u{2502}"),
    ("boxvH", "\u{256a}"), ("boxvL", "\u{2561}"), ("boxvR", "\u{255e}"), ("boxvh", "\u{253c}"),
    ("boxvl", "\u{2524}"), ("boxvr", "\u{251c}"), ("bprime", "\u{2035}"), ("breve", "\u{2d8}"),
    ("brvbar", "\u{a6}"), ("bscr", "\u{1d4b7}"), ("bsemi", "\u{204f}"), ("bsim", "\u{223d}"),
    ("bsime", "\u{22cd}"), ("bsol", "\\"), ("bsolb", "\u{29c5}"), ("bsolhsub", "\u{27c8}"),
    ("bull", "\u{2022}"), ("bullet", "\u{2022}"), ("bump", "\u{224e}"), ("bumpE", "\u{2aae}"),
    ("bumpe", "\u{224f}"), ("bumpeq", "\u{224f}"), ("cacute", "\u{107}"), ("cap", "\u{2229}"),
    ("capand", "\u{2a44}"), ("capbrcup", "\u{2a49}"), ("capcap", "\u{2a4b}"),
    ("capcup", "\u{2a47}"), ("capdot", "\u{2a40}"), ("caps", "\u{2229}\u{fe00}"),
    ("caret", "\u{2041}"), ("caron", "\u{2c7}"), ("ccaps", "\u{2a4d}"), ("ccaron", "\u{10d}"),
    ("ccedil", "\u{e7}"), ("ccirc", "\u{109}"), ("ccups", "\u{2a4c}"), ("ccupssm", "\u{2a50}"),
    ("cdot", "\u{10b}"), ("cedil", "\u{b8}"), ("cemptyv", "\u{29b2}"), ("cent", "\u{a2}"),
    ("centerdot", "\u{b7}"), ("cfr", "\u{1d520}"), ("chcy", "\u{447}"), ("check", "\u{2713}"),
    ("checkmark", "\u{2713}"), ("chi", "\u{3c7}"), ("cir", "\u{25cb}"), ("cirE", "\u{29c3}"),
    ("circ", "\u{2c6}"), ("circeq", "\u{2257}"), ("circlearrowleft", "\u{21ba}"),
    ("circlearrowright", "\u{21bb}"), ("circledR", "\u{ae}"), ("circledS", "\u{24c8}"),
    ("circledast", "\u{229b}"), ("circledcirc", "\u{229a}"), ("circleddash", "\u{229d}"),
    ("cire", "\u{2257}"), ("cirfnint", "\u{2a10}"), ("cirmid", "\u{2aef}"),
    ("cirscir", "\u{29c2}"), ("clubs", "\u{2663}"), ("clubsuit", "\u{2663}"), ("colon", ":"),
    ("colone", "\u{2254}"), ("coloneq", "\u{2254}"), ("comma", ","), ("commat", "@"),
    ("comp", "\u{2201}"), ("compfn", "\u{2218}"), ("complement", "\u{2201}"),
    ("complexes", "\u{2102}"), ("cong", "\u{2245}"), ("congdot", "\u{2a6d}"),
    ("conint", "\u{222e}"), ("copf", "\u{1d554}"), ("coprod", "\u{2210}"), ("copy", "\u{a9}"),
    ("copysr", "\u{2117}"), ("crarr", "\u{21b5}"), ("cross", "\u{2717}"), ("cscr", "\u{1d4b8}"),
    ("csub", "\u{2acf}"), ("csube", "\u{2ad1}"), ("csup", "\u{2ad0}"), ("csupe", "\u{2ad2}"),
    ("ctdot", "\u{22ef}"), ("cudarrl", "\u{2938}"), ("cudarrr", "\u{2935}"), ("cuepr", "\u{22de}"),
    ("cuesc", "\u{22df}"), ("cularr", "\u{21b6}"), ("cularrp", "\u{293d}"), ("cup", "\u{222a}"),
    ("cupbrcap", "\u{2a48}"), ("cupcap", "\u{2a46}"), ("cupcup", "\u{2a4a}"),
    ("cupdot", "\u{228d}"), ("cupor", "\u{2a45}"), ("cups", "\u{222a}\u{fe00}"),
    ("curarr", "\u{21b7}"), ("curarrm", "\u{293c}"), ("curlyeqprec", "\u{22de}"),
    ("curlyeqsucc", "\u{22df}"), ("curlyvee", "\u{22ce}"), ("curlywedge", "\u{22cf}"),
    ("curren", "\u{a4}"), ("curvearrowleft", "\u{21b6}"), ("curvearrowright", "\u{21b7}"),
    ("cuvee", "\u{22ce}"), ("cuwed", "\u{22cf}"), ("cwconint", "\u{2232}"), ("cwint", "\u{2231}"),
    ("cylcty", "\u{232d}"), ("dArr", "\u{21d3}"), ("dHar", "\u{2965}"), ("dagger", "\u{2020}"),
    ("daleth", "\u{2138}"), ("darr", "\u{2193}"), ("dash", "\u{2010}"), ("dashv", "\u{22a3}"),
    ("dbkarow", "\u{290f}"), ("dblac", "\u{2dd}"), ("dcaron", "\u{10f}"), ("dcy", "\u{434}"),
    ("dd", "\u{2146}"), ("ddagger", "\u{2021}"), ("ddarr", "\u{21ca}"), ("ddotseq", "\u{2a77}"),
    ("deg", "\u{b0}"), ("delta", "\u{3b4}"), ("demptyv", "\u{29b1}"), ("dfisht", "\u{297f}"),
    ("dfr", "\u{1d521}"), ("dharl", "\u{21c3}"), ("dharr", "\u{21c2}"), ("diam", "\u{22c4}"),
    ("diamond", "\u{22c4}"), ("diamondsuit", "\u{2666}"), ("diams", "\u{2666}"), ("die", "\u{a8}"),
    ("digamma", "\u{3dd}"), ("disin", "\u{22f2}"), ("div", "\u{f7}"), ("divide", "\u{f7}"),
    ("divideontimes", "\u{22c7}"), ("divonx", "\u{22c7}"), ("djcy", "\u{452}"),
    ("dlcorn", "\u{231e}"), ("dlcrop", "\u{230d}"), ("dollar", "$"), ("dopf", "\u{1d555}"),
    ("dot", "\u{2d9}"), ("doteq", "\u{2250}"), ("doteqdot", "\u{2251}"), ("dotminus", "\u{2238}"),
    ("dotplus", "\u{2214}"), ("dotsquare", "\u{22a1}"), ("doublebarwedge", "\u{2306}"),
    ("downarrow", "\u{2193}"), ("downdownarrows", "\u{21ca}"), ("downharpoonleft", "\u{21c3}"),
    ("downharpoonright", "\u{21c2}"), ("drbkarow", "\u{2910}"), ("drcorn", "\u{231f}"),
    ("drcrop", "\u{230c}"), ("dscr", "\u{1d4b9}"), ("dscy", "\u{455}"), ("dsol", "\u{29f6}"),
    ("dstrok", "\u{111}"), ("dtdot", "\u{22f1}"), ("dtri", "\u{25bf}"), ("dtrif", "\u{25be}"),
    ("duarr", "\u{21f5}"), ("duhar", "\u{296f}"), ("dwangle", "\u{29a6}"), ("dzcy", "\u{45f}"),
    ("dzigrarr", "\u{27ff}"), ("eDDot", "\u{2a77}"), ("eDot", "\u{2251}"), ("eacute", "\u{e9}"),
    ("easter", "\u{2a6e}"), ("ecaron", "\u{11b}"), ("ecir", "\u{2256}"), ("ecirc", "\u{ea}"),
    ("ecolon", "\u{2255}"), ("ecy", "\u{44d}"), ("edot", "\u{117}"), ("ee", "\u{2147}"),
    ("efDot", "\u{2252}"), ("efr", "\u{1d522}"), ("eg", "\u{2a9a}"), ("egrave", "\u{e8}"),
    ("egs", "\u{2a96}"), ("egsdot", "\u{2a98}"), ("el", "\u{2a99}"), ("elinters", "\u{23e7}"),
    ("ell", "\u{2113}"), ("els", "\u{2a95}"), ("elsdot", "\u{2a97}"), ("emacr", "\u{113}"),
    ("empty", "\u{2205}"), ("emptyset", "\u{2205}"), ("emptyv", "\u{2205}"), ("emsp", "\u{2003}"),
    ("emsp13", "\u{2004}"), ("emsp14", "\u{2005}"), ("eng", "\u{14b}"), ("ensp", "\u{2002}"),
    ("eogon", "\u{119}"), ("eopf", "\u{1d556}"), ("epar", "\u{22d5}"), ("eparsl", "\u{29e3}"),
    ("eplus", "\u{2a71}"), ("epsi", "\u{3b5}"), ("epsilon", "\u{3b5}"), ("epsiv", "\u{3f5}"),
    ("eqcirc", "\u{2256}"), ("eqcolon", "\u{2255}"), ("eqsim", "\u{2242}"),
    ("eqslantgtr", "\u{2a96}"), ("eqslantless", "\u{2a95}"), ("equals", "="),
    ("equest", "\u{225f}"), ("equiv", "\u{2261}"), ("equivDD", "\u{2a78}"),
    ("eqvparsl", "\u{29e5}"), ("erDot", "\u{2253}"), ("erarr", "\u{2971}"), ("escr", "\u{212f}"),
    ("esdot", "\u{2250}"), ("esim", "\u{2242}"), ("eta", "\u{3b7}"), ("eth", "\u{f0}"),
    ("euml", "\u{eb}"), ("euro", "\u{20ac}"), ("excl", "!"), ("exist", "\u{2203}"),
    ("expectation", "\u{2130}"), ("exponentiale", "\u{2147}"), ("fallingdotseq", "\u{2252}"),
    ("fcy", "\u{444}"), ("female", "\u{2640}"), ("ffilig", "\u{fb03}"), ("fflig", "\u{fb00}"),
    ("ffllig", "\u{fb04}"), ("ffr", "\u{1d523}"), ("filig", "\u{fb01}"), ("fjlig", "fj"),
    ("flat", "\u{266d}"), ("fllig", "\u{fb02}"), ("fltns", "\u{25b1}"), ("fnof", "\u{192}"),
    ("fopf", "\u{1d557}"), ("forall", "\u{2200}"), ("fork", "\u{22d4}"), ("forkv", "\u{2ad9}"),
    ("fpartint", "\u{2a0d}"), ("frac12", "\u{bd}"), ("frac13", "\u{2153}"), ("frac14", "\u{bc}"),
    ("frac15", "\u{2155}"), ("frac16", "\u{2159}"), ("frac18", "\u{215b}"), ("frac23", "\u{2154}"),
    ("frac25", "\u{2156}"), ("frac34", "\u{be}"), ("frac35", "\u{2157}"), ("frac38", "\u{215c}"),
    ("frac45", "\u{2158}"), ("frac56", "\u{215a}"), ("frac58", "\u{215d}"), ("frac78", "\u{215e}"),
    ("frasl", "\u{2044}"), ("frown", "\u{2322}"), ("fscr", "\u{1d4bb}"), ("gE", "\u{2267}"),
    ("gEl", "\u{2a8c}"), ("gacute", "\u{1f5}"), ("gamma", "\u{3b3}"), ("gammad", "\u{3dd}"),
    ("gap", "\u{2a86}"), ("gbreve", "\u{11f}"), ("gcirc", "\u{11d}"), ("gcy", "\u{433}"),
    ("gdot", "\u{121}"), ("ge", "\u{2265}"), ("gel", "\u{22db}"), ("geq", "\u{2265}"),
    ("geqq", "\u{2267}"), ("geqslant", "\u{2a7e}"), ("ges", "\u{2a7e}"), ("gescc", "\u{2aa9}"),
    ("gesdot", "\u{2a80}"), ("gesdoto", "\u{2a82}"), ("gesdotol", "\u{2a84}"),
    ("gesl", "\u{22db}\u{fe00}"), ("gesles", "\u{2a94}"), ("gfr", "\u{1d524}"), ("gg", "\u{226b}"),
    ("ggg", "\u{22d9}"), ("gimel", "\u{2137}"), ("gjcy", "\u{453}"), ("gl", "\u{2277}"),
    ("glE", "\u{2a92}"), ("gla", "\u{2aa5}"), ("glj", "\u{2aa4}"), ("gnE", "\u{2269}"),
    ("gnap", "\u{2a8a}"), ("gnapprox", "\u{2a8a}"), ("gne", "\u{2a88}"), ("gneq", "\u{2a88}"),
    ("gneqq", "\u{2269}"), ("gnsim", "\u{22e7}"), ("gopf", "\u{1d558}"), ("grave", "`"),
    ("gscr", "\u{210a}"), ("gsim", "\u{2273}"), ("gsime", "\u{2a8e}"), ("gsiml", "\u{2a90}"),
    ("gt", ">"), ("gtcc", "\u{2aa7}"), ("gtcir", "\u{2a7a}"), ("gtdot", "\u{22d7}"),
    ("gtlPar", "\u{2995}"), ("gtquest", "\u{2a7c}"), ("gtrapprox", "\u{2a86}"),
    ("gtrarr", "\u{2978}"), ("gtrdot", "\u{22d7}"), ("gtreqless", "\u{22db}"),
    ("gtreqqless", "\u{2a8c}"), ("gtrless", "\u{2277}"), ("gtrsim", "\u{2273}"),
    ("gvertneqq", "\u{2269}\u{fe00}"), ("gvnE", "\u{2269}\u{fe00}"), ("hArr", "\u{21d4}"),
    ("hairsp", "\u{200a}"), ("half", "\u{bd}"), ("hamilt", "\u{210b}"), ("hardcy", "\u{44a}"),
    ("harr", "\u{2194}"), ("harrcir", "\u{2948}"), ("harrw", "\u{21ad}"), ("hbar", "\u{210f}"),
    ("hcirc", "\u{125}"), ("hearts", "\u{2665}"), ("heartsuit", "\u{2665}"),
    ("hellip", "\u{2026}"), ("hercon", "\u{22b9}"), ("hfr", "\u{1d525}"), ("hksearow", "\u{2925}"),
    ("hkswarow", "\u{2926}"), ("hoarr", "\u{21ff}"), ("homtht", "\u{223b}"),
    ("hookleftarrow", "\u{21a9}"), ("hookrightarrow", "\u{21aa}"), ("hopf", "\u{1d559}"),
    ("horbar", "\u{2015}"), ("hscr", "\u{1d4bd}"), ("hslash", "\u{210f}"), ("hstrok", "\u{127}"),
    ("hybull", "\u{2043}"), ("hyphen", "\u{2010}"), ("iacute", "\u{ed}"), ("ic", "\u{2063}"),
    ("icirc", "\u{ee}"), ("icy", "\u{438}"), ("iecy", "\u{435}"), ("iexcl", "\u{a1}"),
    ("iff", "\u{21d4}"), ("ifr", "\u{1d526}"), ("igrave", "\u{ec}"), ("ii", "\u{2148}"),
    ("iiiint", "\u{2a0c}"), ("iiint", "\u{222d}"), ("iinfin", "\u{29dc}"), ("iiota", "\u{2129}"),
    ("ijlig", "\u{133}"), ("imacr", "\u{12b}"), ("image", "\u{2111}"), ("imagline", "\u{2110}"),
    ("imagpart", "\u{2111}"), ("imath", "\u{131}"), ("imof", "\u{22b7}"), ("imped", "\u{1b5}"),
    ("in", "\u{2208}"), ("incare", "\u{2105}"), ("infin", "\u{221e}"), ("infintie", "\u{29dd}"),
    ("inodot", "\u{131}"), ("int", "\u{222b}"), ("intcal", "\u{22ba}"), ("integers", "\u{2124}"),
    ("intercal", "\u{22ba}"), ("intlarhk", "\u{2a17}"), ("intprod", "\u{2a3c}"),
    ("iocy", "\u{451}"), ("iogon", "\u{12f}"), ("iopf", "\u{1d55a}"), ("iota", "\u{3b9}"),
    ("iprod", "\u{2a3c}"), ("iquest", "\u{bf}"), ("iscr", "\u{1d4be}"), ("isin", "\u{2208}"),
    ("isinE", "\u{22f9}"), ("isindot", "\u{22f5}"), ("isins", "\u{22f4}"), ("isinsv", "\u{22f3}"),
    ("isinv", "\u{2208}"), ("it", "\u{2062}"), ("itilde", "\u{129}"), ("iukcy", "\u{456}"),
    ("iuml", "\u{ef}"), ("jcirc", "\u{135}"), ("jcy", "\u{439}"), ("jfr", "\u{1d527}"),
    ("jmath", "\u{237}"), ("jopf", "\u{1d55b}"), ("jscr", "\u{1d4bf}"), ("jsercy", "\u{458}"),
    ("jukcy", "\u{454}"), ("kappa", "\u{3ba}"), ("kappav", "\u{3f0}"), ("kcedil", "\u{137}"),
    ("kcy", "\u{43a}"), ("kfr", "\u{1d528}"), ("kgreen", "\u{138}"), ("khcy", "\u{445}"),
    ("kjcy", "\u{45c}"), ("kopf", "\u{1d55c}"), ("kscr", "\u{1d4c0}"), ("lAarr", "\u{21da}"),
    ("lArr", "\u{21d0}"), ("lAtail", "\u{291b}"), ("lBarr", "\u{290e}"), ("lE", "\u{2266}"),
    ("lEg", "\u{2a8b}"), ("lHar", "\u{2962}"), ("lacute", "\u{13a}"), ("laemptyv", "\u{29b4}"),
    ("lagran", "\u{2112}"), ("lambda", "\u{3bb}"), ("lang", "\u{27e8}"), ("langd", "\u{2991}"),
    ("langle", "\u{27e8}"), ("lap", "\u{2a85}"), ("laquo", "\u{ab}"), ("larr", "\u{2190}"),
    ("larrb", "\u{21e4}"), ("larrbfs", "\u{291f}"), ("larrfs", "\u{291d}"), ("larrhk", "\u{21a9}"),
    ("larrlp", "\u{21ab}"), ("larrpl", "\u{2939}"), ("larrsim", "\u{2973}"),
    ("larrtl", "\u{21a2}"), ("lat", "\u{2aab}"), ("latail", "\u{2919}"), ("late", "\u{2aad}"),
    ("lates", "\u{2aad}\u{fe00}"), ("lbarr", "\u{290c}"), ("lbbrk", "\u{2772}"), ("lbrace", "{"),
    ("lbrack", "["), ("lbrke", "\u{298b}"), ("lbrksld", "\u{298f}"), ("lbrkslu", "\u{298d}"),
    ("lcaron", "\u{13e}"), ("lcedil", "\u{13c}"), ("lceil", "\u{2308}"), ("lcub", "{"),
    ("lcy", "\u{43b}"), ("ldca", "\u{2936}"), ("ldquo", "\u{201c}"), ("ldquor", "\u{201e}"),
    ("ldrdhar", "\u{2967}"), ("ldrushar", "\u{294b}"), ("ldsh", "\u{21b2}"), ("le", "\u{2264}"),
    ("leftarrow", "\u{2190}"), ("leftarrowtail", "\u{21a2}"), ("leftharpoondown", "\u{21bd}"),
    ("leftharpoonup", "\u{21bc}"), ("leftleftarrows", "\u{21c7}"), ("leftrightarrow", "\u{2194}"),
    ("leftrightarrows", "\u{21c6}"), ("leftrightharpoons", "\u{21cb}"),
    ("leftrightsquigarrow", "\u{21ad}"), ("leftthreetimes", "\u{22cb}"), ("leg", "\u{22da}"),
    ("leq", "\u{2264}"), ("leqq", "\u{2266}"), ("leqslant", "\u{2a7d}"), ("les", "\u{2a7d}"),
    ("lescc", "\u{2aa8}"), ("lesdot", "\u{2a7f}"), ("lesdoto", "\u{2a81}"),
    ("lesdotor", "\u{2a83}"), ("lesg", "\u{22da}\u{fe00}"), ("lesges", "\u{2a93}"),
    ("lessapprox", "\u{2a85}"), ("lessdot", "\u{22d6}"), ("lesseqgtr", "\u{22da}"),
    ("lesseqqgtr", "\u{2a8b}"), ("lessgtr", "\u{2276}"), ("lesssim", "\u{2272}"),
    ("lfisht", "\u{297c}"), ("lfloor", "\u{230a}"), ("lfr", "\u{1d529}"), ("lg", "\u{2276}"),
    ("lgE", "\u{2a91}"), ("lhard", "\u{21bd}"), ("lharu", "\u{21bc}"), ("lharul", "\u{296a}"),
    ("lhblk", "\u{2584}"), ("ljcy", "\u{459}"), ("ll", "\u{226a}"), ("llarr", "\u{21c7}"),
    ("llcorner", "\u{231e}"), ("llhard", "\u{296b}"), ("lltri", "\u{25fa}"), ("lmidot", "\u{140}"),
    ("lmoust", "\u{23b0}"), ("lmoustache", "\u{23b0}"), ("lnE", "\u{2268}"), ("lnap", "\u{2a89}"),
    ("lnapprox", "\u{2a89}"), ("lne", "\u{2a87}"), ("lneq", "\u{2a87}"), ("lneqq", "\u{2268}"),
    ("lnsim", "\u{22e6}"), ("loang", "\u{27ec}"), ("loarr", "\u{21fd}"), ("lobrk", "\u{27e6}"),
    ("longleftarrow", "\u{27f5}"), ("longleftrightarrow", "\u{27f7}"), ("longmapsto", "\u{27fc}"),
    ("longrightarrow", "\u{27f6}"), ("looparrowleft", "\u{21ab}"), ("looparrowright", "\u{21ac}"),
    ("lopar", "\u{2985}"), ("lopf", "\u{1d55d}"), ("loplus", "\u{2a2d}"), ("lotimes", "\u{2a34}"),
    ("lowast", "\u{2217}"), ("lowbar", "_"), ("loz", "\u{25ca}"), ("lozenge", "\u{25ca}"),
    ("lozf", "\u{29eb}"), ("lpar", "("), ("lparlt", "\u{2993}"), ("lrarr", "\u{21c6}"),
    ("lrcorner", "\u{231f}"), ("lrhar", "\u{21cb}"), ("lrhard", "\u{296d}"), ("lrm", "\u{200e}"),
    ("lrtri", "\u{22bf}"), ("lsaquo", "\u{2039}"), ("lscr", "\u{1d4c1}"), ("lsh", "\u{21b0}"),
    ("lsim", "\u{2272}"), ("lsime", "\u{2a8d}"), ("lsimg", "\u{2a8f}"), ("lsqb", "["),
    ("lsquo", "\u{2018}"), ("lsquor", "\u{201a}"), ("lstrok", "\u{142}"), ("lt", "<"),
    ("ltcc", "\u{2aa6}"), ("ltcir", "\u{2a79}"), ("ltdot", "\u{22d6}"), ("lthree", "\u{22cb}"),
    ("ltimes", "\u{22c9}"), ("ltlarr", "\u{2976}"), ("ltquest", "\u{2a7b}"),
    ("ltrPar", "\u{2996}"), ("ltri", "\u{25c3}"), ("ltrie", "\u{22b4}"), ("ltrif", "\u{25c2}"),
    ("lurdshar", "\u{294a}"), ("luruhar", "\u{2966}"), ("lvertneqq", "\u{2268}\u{fe00}"),
    ("lvnE", "\u{2268}\u{fe00}"), ("mDDot", "\u{223a}"), ("macr", "\u{af}"), ("male", "\u{2642}"),
    ("malt", "\u{2720}"), ("maltese", "\u{2720}"), ("map", "\u{21a6}"), ("mapsto", "\u{21a6}"),
    ("mapstodown", "\u{21a7}"), ("mapstoleft", "\u{21a4}"), ("mapstoup", "\u{21a5}"),
    ("marker", "\u{25ae}"), ("mcomma", "\u{2a29}"), ("mcy", "\u{43c}"), ("mdash", "\u{2014}"),
    ("measuredangle", "\u{2221}"), ("mfr", "\u{1d52a}"), ("mho", "\u{2127}"), ("micro", "\u{b5}"),
    ("mid", "\u{2223}"), ("midast", "*"), ("midcir", "\u{2af0}"), ("middot", "\u{b7}"),
    ("minus", "\u{2212}"), ("minusb", "\u{229f}"), ("minusd", "\u{2238}"), ("minusdu", "\u{2a2a}"),
    ("mlcp", "\u{2adb}"), ("mldr", "\u{2026}"), ("mnplus", "\u{2213}"), ("models", "\u{22a7}"),
    ("mopf", "\u{1d55e}"), ("mp", "\u{2213}"), ("mscr", "\u{1d4c2}"), ("mstpos", "\u{223e}"),
    ("mu", "\u{3bc}"), ("multimap", "\u{22b8}"), ("mumap", "\u{22b8}"), ("nGg", "\u{22d9}\u{338}"),
    ("nGt", "\u{226b}\u{20d2}"), ("nGtv", "\u{226b}\u{338}"), ("nLeftarrow", "\u{21cd}"),
    ("nLeftrightarrow", "\u{21ce}"), ("nLl", "\u{22d8}\u{338}"), ("nLt", "\u{226a}\u{20d2}"),
    ("nLtv", "\u{226a}\u{338}"), ("nRightarrow", "\u{21cf}"), ("nVDash", "\u{22af}"),
    ("nVdash", "\u{22ae}"), ("nabla", "\u{2207}"), ("nacute", "\u{144}"),
    ("nang", "\u{2220}\u{20d2}"), ("nap", "\u{2249}"), ("napE", "\u{2a70}\u{338}"),
    ("napid", "\u{224b}\u{338}"), ("napos", "\u{149}"), ("napprox", "\u{2249}"),
    ("natur", "\u{266e}"), ("natural", "\u{266e}"), ("naturals", "\u{2115}"), ("nbsp", "\u{a0}"),
    ("nbump", "\u{224e}\u{338}"), ("nbumpe", "\u{224f}\u{338}"), ("ncap", "\u{2a43}"),
    ("ncaron", "\u{148}"), ("ncedil", "\u{146}"), ("ncong", "\u{2247}"),
    ("ncongdot", "\u{2a6d}\u{338}"), ("ncup", "\u{2a42}"), ("ncy", "\u{43d}"),
    ("ndash", "\u{2013}"), ("ne", "\u{2260}"), ("neArr", "\u{21d7}"), ("nearhk", "\u{2924}"),
    ("nearr", "\u{2197}"), ("nearrow", "\u{2197}"), ("nedot", "\u{2250}\u{338}"),
    ("nequiv", "\u{2262}"), ("nesear", "\u{2928}"), ("nesim", "\u{2242}\u{338}"),
    ("nexist", "\u{2204}"), ("nexists", "\u{2204}"), ("nfr", "\u{1d52b}"),
    ("ngE", "\u{2267}\u{338}"), ("nge", "\u{2271}"), ("ngeq", "\u{2271}"),
    ("ngeqq", "\u{2267}\u{338}"), ("ngeqslant", "\u{2a7e}\u{338}"), ("nges", "\u{2a7e}\u{338}"),
    ("ngsim", "\u{2275}"), ("ngt", "\u{226f}"), ("ngtr", "\u{226f}"), ("nhArr", "\u{21ce}"),
    ("nharr", "\u{21ae}"), ("nhpar", "\u{2af2}"), ("ni", "\u{220b}"), ("nis", "\u{22fc}"),
    ("nisd", "\u{22fa}"), ("niv", "\u{220b}"), ("njcy", "\u{45a}"), ("nlArr", "\u{21cd}"),
    ("nlE", "\u{2266}\u{338}"), ("nlarr", "\u{219a}"), ("nldr", "\u{2025}"), ("nle", "\u{2270}"),
    ("nleftarrow", "\u{219a}"), ("nleftrightarrow", "\u{21ae}"), ("nleq", "\u{2270}"),
    ("nleqq", "\u{2266}\u{338}"), ("nleqslant", "\u{2a7d}\u{338}"), ("nles", "\u{2a7d}\u{338}"),
    ("nless", "\u{226e}"), ("nlsim", "\u{2274}"), ("nlt", "\u{226e}"), ("nltri", "\u{22ea}"),
    ("nltrie", "\u{22ec}"), ("nmid", "\u{2224}"), ("nopf", "\u{1d55f}"), ("not", "\u{ac}"),
    ("notin", "\u{2209}"), ("notinE", "\u{22f9}\u{338}"), ("notindot", "\u{22f5}\u{338}"),
    ("notinva", "\u{2209}"), ("notinvb", "\u{22f7}"), ("notinvc", "\u{22f6}"),
    ("notni", "\u{220c}"), ("notniva", "\u{220c}"), ("notnivb", "\u{22fe}"),
    ("notnivc", "\u{22fd}"), ("npar", "\u{2226}"), ("nparallel", "\u{2226}"),
    ("nparsl", "\u{2afd}\u{20e5}"), ("npart", "\u{2202}\u{338}"), ("npolint", "\u{2a14}"),
    ("npr", "\u{2280}"), ("nprcue", "\u{22e0}"), ("npre", "\u{2aaf}\u{338}"),
    ("nprec", "\u{2280}"), ("npreceq", "\u{2aaf}\u{338}"), ("nrArr", "\u{21cf}"),
    ("nrarr", "\u{219b}"), ("nrarrc", "\u{2933}\u{338}"), ("nrarrw", "\u{219d}\u{338}"),
    ("nrightarrow", "\u{219b}"), ("nrtri", "\u{22eb}"), ("nrtrie", "\u{22ed}"),
    ("nsc", "\u{2281}"), ("nsccue", "\u{22e1}"), ("nsce", "\u{2ab0}\u{338}"),
    ("nscr", "\u{1d4c3}"), ("nshortmid", "\u{2224}"), ("nshortparallel", "\u{2226}"),
    ("nsim", "\u{2241}"), ("nsime", "\u{2244}"), ("nsimeq", "\u{2244}"), ("nsmid", "\u{2224}"),
    ("nspar", "\u{2226}"), ("nsqsube", "\u{22e2}"), ("nsqsupe", "\u{22e3}"), ("nsub", "\u{2284}"),
    ("nsubE", "\u{2ac5}\u{338}"), ("nsube", "\u{2288}"), ("nsubset", "\u{2282}\u{20d2}"),
    ("nsubseteq", "\u{2288}"), ("nsubseteqq", "\u{2ac5}\u{338}"), ("nsucc", "\u{2281}"),
    ("nsucceq", "\u{2ab0}\u{338}"), ("nsup", "\u{2285}"), ("nsupE", "\u{2ac6}\u{338}"),
    ("nsupe", "\u{2289}"), ("nsupset", "\u{2283}\u{20d2}"), ("nsupseteq", "\u{2289}"),
    ("nsupseteqq", "\u{2ac6}\u{338}"), ("ntgl", "\u{2279}"), ("ntilde", "\u{f1}"),
    ("ntlg", "\u{2278}"), ("ntriangleleft", "\u{22ea}"), ("ntrianglelefteq", "\u{22ec}"),
    ("ntriangleright", "\u{22eb}"), ("ntrianglerighteq", "\u{22ed}"), ("nu", "\u{3bd}"),
    ("num", "#"), ("numero", "\u{2116}"), ("numsp", "\u{2007}"), ("nvDash", "\u{22ad}"),
    ("nvHarr", "\u{2904}"), ("nvap", "\u{224d}\u{20d2}"), ("nvdash", "\u{22ac}"),
    ("nvge", "\u{2265}\u{20d2}"), ("nvgt", ">\u{20d2}"), ("nvinfin", "\u{29de}"),
    ("nvlArr", "\u{2902}"), ("nvle", "\u{2264}\u{20d2}"), ("nvlt", "<\u{20d2}"),
    ("nvltrie", "\u{22b4}\u{20d2}"), ("nvrArr", "\u{2903}"), ("nvrtrie", "\u{22b5}\u{20d2}"),
    ("nvsim", "\u{223c}\u{20d2}"), ("nwArr", "\u{21d6}"), ("nwarhk", "\u{2923}"),
    ("nwarr", "\u{2196}"), ("nwarrow", "\u{2196}"), ("nwnear", "\u{2927}"), ("oS", "\u{24c8}"),
    ("oacute", "\u{f3}"), ("oast", "\u{229b}"), ("ocir", "\u{229a}"), ("ocirc", "\u{f4}"),
    ("ocy", "\u{43e}"), ("odash", "\u{229d}"), ("odblac", "\u{151}"), ("odiv", "\u{2a38}"),
    ("odot", "\u{2299}"), ("odsold", "\u{29bc}"), ("oelig", "\u{153}"), ("ofcir", "\u{29bf}"),
    ("ofr", "\u{1d52c}"), ("ogon", "\u{2db}"), ("ograve", "\u{f2}"), ("ogt", "\u{29c1}"),
    ("ohbar", "\u{29b5}"), ("ohm", "\u{3a9}"), ("oint", "\u{222e}"), ("olarr", "\u{21ba}"),
    ("olcir", "\u{29be}"), ("olcross", "\u{29bb}"), ("oline", "\u{203e}"), ("olt", "\u{29c0}"),
    ("omacr", "\u{14d}"), ("omega", "\u{3c9}"), ("omicron", "\u{3bf}"), ("omid", "\u{29b6}"),
    ("ominus", "\u{2296}"), ("oopf", "\u{1d560}"), ("opar", "\u{29b7}"), ("operp", "\u{29b9}"),
    ("oplus", "\u{2295}"), ("or", "\u{2228}"), ("orarr", "\u{21bb}"), ("ord", "\u{2a5d}"),
    ("order", "\u{2134}"), ("orderof", "\u{2134}"), ("ordf", "\u{aa}"), ("ordm", "\u{ba}"),
    ("origof", "\u{22b6}"), ("oror", "\u{2a56}"), ("orslope", "\u{2a57}"), ("orv", "\u{2a5b}"),
    ("oscr", "\u{2134}"), ("oslash", "\u{f8}"), ("osol", "\u{2298}"), ("otilde", "\u{f5}"),
    ("otimes", "\u{2297}"), ("otimesas", "\u{2a36}"), ("ouml", "\u{f6}"), ("ovbar", "\u{233d}"),
    ("par", "\u{2225}"), ("para", "\u{b6}"), ("parallel", "\u{2225}"), ("parsim", "\u{2af3}"),
    ("parsl", "\u{2afd}"), ("part", "\u{2202}"), ("pcy", "\u{43f}"), ("percnt", "%"),
    ("period", "."), ("permil", "\u{2030}"), ("perp", "\u{22a5}"), ("pertenk", "\u{2031}"),
    ("pfr", "\u{1d52d}"), ("phi", "\u{3c6}"), ("phiv", "\u{3d5}"), ("phmmat", "\u{2133}"),
    ("phone", "\u{260e}"), ("pi", "\u{3c0}"), ("pitchfork", "\u{22d4}"), ("piv", "\u{3d6}"),
    ("planck", "\u{210f}"), ("planckh", "\u{210e}"), ("plankv", "\u{210f}"), ("plus", "+"),
    ("plusacir", "\u{2a23}"), ("plusb", "\u{229e}"), ("pluscir", "\u{2a22}"),
    ("plusdo", "\u{2214}"), ("plusdu", "\u{2a25}"), ("pluse", "\u{2a72}"), ("plusmn", "\u{b1}"),
    ("plussim", "\u{2a26}"), ("plustwo", "\u{2a27}"), ("pm", "\u{b1}"), ("pointint", "\u{2a15}"),
    ("popf", "\u{1d561}"), ("pound", "\u{a3}"), ("pr", "\u{227a}"), ("prE", "\u{2ab3}"),
    ("prap", "\u{2ab7}"), ("prcue", "\u{227c}"), ("pre", "\u{2aaf}"), ("prec", "\u{227a}"),
    ("precapprox", "\u{2ab7}"), ("preccurlyeq", "\u{227c}"), ("preceq", "\u{2aaf}"),
    ("precnapprox", "\u{2ab9}"), ("precneqq", "\u{2ab5}"), ("precnsim", "\u{22e8}"),
    ("precsim", "\u{227e}"), ("prime", "\u{2032}"), ("primes", "\u{2119}"), ("prnE", "\u{2ab5}"),
    ("prnap", "\u{2ab9}"), ("prnsim", "\u{22e8}"), ("prod", "\u{220f}"), ("profalar", "\u{232e}"),
    ("profline", "\u{2312}"), ("profsurf", "\u{2313}"), ("prop", "\u{221d}"),
    ("propto", "\u{221d}"), ("prsim", "\u{227e}"), ("prurel", "\u{22b0}"), ("pscr", "\u{1d4c5}"),
    ("psi", "\u{3c8}"), ("puncsp", "\u{2008}"), ("qfr", "\u{1d52e}"), ("qint", "\u{2a0c}"),
    ("qopf", "\u{1d562}"), ("qprime", "\u{2057}"), ("qscr", "\u{1d4c6}"),
    ("quaternions", "\u{210d}"), ("quatint", "\u{2a16}"), ("quest", "?"), ("questeq", "\u{225f}"),
    ("quot", "\""), ("rAarr", "\u{21db}"), ("rArr", "\u{21d2}"), ("rAtail", "\u{291c}"),
    ("rBarr", "\u{290f}"), ("rHar", "\u{2964}"), ("race", "\u{223d}\u{331}"),
    ("racute", "\u{155}"), ("radic", "\u{221a}"), ("raemptyv", "\u{29b3}"), ("rang", "\u{27e9}"),
    ("rangd", "\u{2992}"), ("range", "\u{29a5}"), ("rangle", "\u{27e9}"), ("raquo", "\u{bb}"),
    ("rarr", "\u{2192}"), ("rarrap", "\u{2975}"), ("rarrb", "\u{21e5}"), ("rarrbfs", "\u{2920}"),
    ("rarrc", "\u{2933}"), ("rarrfs", "\u{291e}"), ("rarrhk", "\u{21aa}"), ("rarrlp", "\u{21ac}"),
    ("rarrpl", "\u{2945}"), ("rarrsim", "\u{2974}"), ("rarrtl", "\u{21a3}"), ("rarrw", "\u{219d}"),
    ("ratail", "\u{291a}"), ("ratio", "\u{2236}"), ("rationals", "\u{211a}"),
    ("rbarr", "\u{290d}"), ("rbbrk", "\u{2773}"), ("rbrace", "}"), ("rbrack", "]"),
    ("rbrke", "\u{298c}"), ("rbrksld", "\u{298e}"), ("rbrkslu", "\u{2990}"), ("rcaron", "\u{159}"),
    ("rcedil", "\u{157}"), ("rceil", "\u{2309}"), ("rcub", "}"), ("rcy", "\u{440}"),
    ("rdca", "\u{2937}"), ("rdldhar", "\u{2969}"), ("rdquo", "\u{201d}"), ("rdquor", "\u{201d}"),
    ("rdsh", "\u{21b3}"), ("real", "\u{211c}"), ("realine", "\u{211b}"), ("realpart", "\u{211c}"),
    ("reals", "\u{211d}"), ("rect", "\u{25ad}"), ("reg", "\u{ae}"), ("rfisht", "\u{297d}"),
    ("rfloor", "\u{230b}"), ("rfr", "\u{1d52f}"), ("rhard", "\u{21c1}"), ("rharu", "\u{21c0}"),
    ("rharul", "\u{296c}"), ("rho", "\u{3c1}"), ("rhov", "\u{3f1}"), ("rightarrow", "\u{2192}"),
    ("rightarrowtail", "\u{21a3}"), ("rightharpoondown", "\u{21c1}"),
    ("rightharpoonup", "\u{21c0}"), ("rightleftarrows", "\u{21c4}"),
    ("rightleftharpoons", "\u{21cc}"), ("rightrightarrows", "\u{21c9}"),
    ("rightsquigarrow", "\u{219d}"), ("rightthreetimes", "\u{22cc}"), ("ring", "\u{2da}"),
    ("risingdotseq", "\u{2253}"), ("rlarr", "\u{21c4}"), ("rlhar", "\u{21cc}"),
    ("rlm", "\u{200f}"), ("rmoust", "\u{23b1}"), ("rmoustache", "\u{23b1}"), ("rnmid", "\u{2aee}"),
    ("roang", "\u{27ed}"), ("roarr", "\u{21fe}"), ("robrk", "\u{27e7}"), ("ropar", "\u{2986}"),
    ("ropf", "\u{1d563}"), ("roplus", "\u{2a2e}"), ("rotimes", "\u{2a35}"), ("rpar", ")"),
    ("rpargt", "\u{2994}"), ("rppolint", "\u{2a12}"), ("rrarr", "\u{21c9}"),
    ("rsaquo", "\u{203a}"), ("rscr", "\u{1d4c7}"), ("rsh", "\u{21b1}"), ("rsqb", "]"),
    ("rsquo", "\u{2019}"), ("rsquor", "\u{2019}"), ("rthree", "\u{22cc}"), ("rtimes", "\u{22ca}"),
    ("rtri", "\u{25b9}"), ("rtrie", "\u{22b5}"), ("rtrif", "\u{25b8}"), ("rtriltri", "\u{29ce}"),
    ("ruluhar", "\u{2968}"), ("rx", "\u{211e}"), ("sacute", "\u{15b}"), ("sbquo", "\u{201a}"),
    ("sc", "\u{227b}"), ("scE", "\u{2ab4}"), ("scap", "\u{2ab8}"), ("scaron", "\u{161}"),
    ("sccue", "\u{227d}"), ("sce", "\u{2ab0}"), ("scedil", "\u{15f}"), ("scirc", "\u{15d}"),
    ("scnE", "\u{2ab6}"), ("scnap", "\u{2aba}"), ("scnsim", "\u{22e9}"), ("scpolint", "\u{2a13}"),
    ("scsim", "\u{227f}"), ("scy", "\u{441}"), ("sdot", "\u{22c5}"), ("sdotb", "\u{22a1}"),
    ("sdote", "\u{2a66}"), ("seArr", "\u{21d8}"), ("searhk", "\u{2925}"), ("searr", "\u{2198}"),
    ("searrow", "\u{2198}"), ("sect", "\u{a7}"), ("semi", ";"), ("seswar", "\u{2929}"),
    ("setminus", "\u{2216}"), ("setmn", "\u{2216}"), ("sext", "\u{2736}"), ("sfr", "\u{1d530}"),
    ("sfrown", "\u{2322}"), ("sharp", "\u{266f}"), ("shchcy", "\u{449}"), ("shcy", "\u{448}"),
    ("shortmid", "\u{2223}"), ("shortparallel", "\u{2225}"), ("shy", "\u{ad}"),
    ("sigma", "\u{3c3}"), ("sigmaf", "\u{3c2}"), ("sigmav", "\u{3c2}"), ("sim", "\u{223c}"),
    ("simdot", "\u{2a6a}"), ("sime", "\u{2243}"), ("simeq", "\u{2243}"), ("simg", "\u{2a9e}"),
    ("simgE", "\u{2aa0}"), ("siml", "\u{2a9d}"), ("simlE", "\u{2a9f}"), ("simne", "\u{2246}"),
    ("simplus", "\u{2a24}"), ("simrarr", "\u{2972}"), ("slarr", "\u{2190}"),
    ("smallsetminus", "\u{2216}"), ("smashp", "\u{2a33}"), ("smeparsl", "\u{29e4}"),
    ("smid", "\u{2223}"), ("smile", "\u{2323}"), ("smt", "\u{2aaa}"), ("smte", "\u{2aac}"),
    ("smtes", "\u{2aac}\u{fe00}"), ("softcy", "\u{44c}"), ("sol", "/"), ("solb", "\u{29c4}"),
    ("solbar", "\u{233f}"), ("sopf", "\u{1d564}"), ("spades", "\u{2660}"),
    ("spadesuit", "\u{2660}"), ("spar", "\u{2225}"), ("sqcap", "\u{2293}"),
    ("sqcaps", "\u{2293}\u{fe00}"), ("sqcup", "\u{2294}"), ("sqcups", "\u{2294}\u{fe00}"),
    ("sqsub", "\u{228f}"), ("sqsube", "\u{2291}"), ("sqsubset", "\u{228f}"),
    ("sqsubseteq", "\u{2291}"), ("sqsup", "\u{2290}"), ("sqsupe", "\u{2292}"),
    ("sqsupset", "\u{2290}"), ("sqsupseteq", "\u{2292}"), ("squ", "\u{25a1}"),
    ("square", "\u{25a1}"), ("squarf", "\u{25aa}"), ("squf", "\u{25aa}"), ("srarr", "\u{2192}"),
    ("sscr", "\u{1d4c8}"), ("ssetmn", "\u{2216}"), ("ssmile", "\u{2323}"), ("sstarf", "\u{22c6}"),
    ("star", "\u{2606}"), ("starf", "\u{2605}"), ("straightepsilon", "\u{3f5}"),
    ("straightphi", "\u{3d5}"), ("strns", "\u{af}"), ("sub", "\u{2282}"), ("subE", "\u{2ac5}"),
    ("subdot", "\u{2abd}"), ("sube", "\u{2286}"), ("subedot", "\u{2ac3}"), ("submult", "\u{2ac1}"),
    ("subnE", "\u{2acb}"), ("subne", "\u{228a}"), ("subplus", "\u{2abf}"), ("subrarr", "\u{2979}"),
    ("subset", "\u{2282}"), ("subseteq", "\u{2286}"), ("subseteqq", "\u{2ac5}"),
    ("subsetneq", "\u{228a}"), ("subsetneqq", "\u{2acb}"), ("subsim", "\u{2ac7}"),
    ("subsub", "\u{2ad5}"), ("subsup", "\u{2ad3}"), ("succ", "\u{227b}"),
    ("succapprox", "\u{2ab8}"), ("succcurlyeq", "\u{227d}"), ("succeq", "\u{2ab0}"),
    ("succnapprox", "\u{2aba}"), ("succneqq", "\u{2ab6}"), ("succnsim", "\u{22e9}"),
    ("succsim", "\u{227f}"), ("sum", "\u{2211}"), ("sung", "\u{266a}"), ("sup", "\u{2283}"),
    ("sup1", "\u{b9}"), ("sup2", "\u{b2}"), ("sup3", "\u{b3}"), ("supE", "\u{2ac6}"),
    ("supdot", "\u{2abe}"), ("supdsub", "\u{2ad8}"), ("supe", "\u{2287}"), ("supedot", "\u{2ac4}"),
    ("suphsol", "\u{27c9}"), ("suphsub", "\u{2ad7}"), ("suplarr", "\u{297b}"),
    ("supmult", "\u{2ac2}"), ("supnE", "\u{2acc}"), ("supne", "\u{228b}"), ("supplus", "\u{2ac0}"),
    ("supset", "\u{2283}"), ("supseteq", "\u{2287}"), ("supseteqq", "\u{2ac6}"),
    ("supsetneq", "\u{228b}"), ("supsetneqq", "\u{2acc}"), ("supsim", "\u{2ac8}"),
    ("supsub", "\u{2ad4}"), ("supsup", "\u{2ad6}"), ("swArr", "\u{21d9}"), ("swarhk", "\u{2926}"),
    ("swarr", "\u{2199}"), ("swarrow", "\u{2199}"), ("swnwar", "\u{292a}"), ("szlig", "\u{df}"),
    ("target", "\u{2316}"), ("tau", "\u{3c4}"), ("tbrk", "\u{23b4}"), ("tcaron", "\u{165}"),
    ("tcedil", "\u{163}"), ("tcy", "\u{442}"), ("tdot", "\u{20db}"), ("telrec", "\u{2315}"),
    ("tfr", "\u{1d531}"), ("there4", "\u{2234}"), ("therefore", "\u{2234}"), ("theta", "\u{3b8}"),
    ("thetasym", "\u{3d1}"), ("thetav", "\u{3d1}"), ("thickapprox", "\u{2248}"),
    ("thicksim", "\u{223c}"), ("thinsp", "\u{2009}"), ("thkap", "\u{2248}"),
    ("thksim", "\u{223c}"), ("thorn", "\u{fe}"), ("tilde", "\u{2dc}"), ("times", "\u{d7}"),
    ("timesb", "\u{22a0}"), ("timesbar", "\u{2a31}"), ("timesd", "\u{2a30}"), ("tint", "\u{222d}"),
    ("toea", "\u{2928}"), ("top", "\u{22a4}"), ("topbot", "\u{2336}"), ("topcir", "\u{2af1}"),
    ("topf", "\u{1d565}"), ("topfork", "\u{2ada}"), ("tosa", "\u{2929}"), ("tprime", "\u{2034}"),
    ("trade", "\u{2122}"), ("triangle", "\u{25b5}"), ("triangledown", "\u{25bf}"),
    ("triangleleft", "\u{25c3}"), ("trianglelefteq", "\u{22b4}"), ("triangleq", "\u{225c}"),
    ("triangleright", "\u{25b9}"), ("trianglerighteq", "\u{22b5}"), ("tridot", "\u{25ec}"),
    ("trie", "\u{225c}"), ("triminus", "\u{2a3a}"), ("triplus", "\u{2a39}"), ("trisb", "\u{29cd}"),
    ("tritime", "\u{2a3b}"), ("trpezium", "\u{23e2}"), ("tscr", "\u{1d4c9}"), ("tscy", "\u{446}"),
    ("tshcy", "\u{45b}"), ("tstrok", "\u{167}"), ("twixt", "\u{226c}"),
    ("twoheadleftarrow", "\u{219e}"), ("twoheadrightarrow", "\u{21a0}"), ("uArr", "\u{21d1}"),
    ("uHar", "\u{2963}"), ("uacute", "\u{fa}"), ("uarr", "\u{2191}"), ("ubrcy", "\u{45e}"),
    ("ubreve", "\u{16d}"), ("ucirc", "\u{fb}"), ("ucy", "\u{443}"), ("udarr", "\u{21c5}"),
    ("udblac", "\u{171}"), ("udhar", "\u{296e}"), ("ufisht", "\u{297e}"), ("ufr", "\u{1d532}"),
    ("ugrave", "\u{f9}"), ("uharl", "\u{21bf}"), ("uharr", "\u{21be}"), ("uhblk", "\u{2580}"),
    ("ulcorn", "\u{231c}"), ("ulcorner", "\u{231c}"), ("ulcrop", "\u{230f}"),
    ("ultri", "\u{25f8}"), ("umacr", "\u{16b}"), ("uml", "\u{a8}"), ("uogon", "\u{173}"),
    ("uopf", "\u{1d566}"), ("uparrow", "\u{2191}"), ("updownarrow", "\u{2195}"),
    ("upharpoonleft", "\u{21bf}"), ("upharpoonright", "\u{21be}"), ("uplus", "\u{228e}"),
    ("upsi", "\u{3c5}"), ("upsih", "\u{3d2}"), ("upsilon", "\u{3c5}"), ("upuparrows", "\u{21c8}"),
    ("urcorn", "\u{231d}"), ("urcorner", "\u{231d}"), ("urcrop", "\u{230e}"), ("uring", "\u{16f}"),
    ("urtri", "\u{25f9}"), ("uscr", "\u{1d4ca}"), ("utdot", "\u{22f0}"), ("utilde", "\u{169}"),
    ("utri", "\u{25b5}"), ("utrif", "\u{25b4}"), ("uuarr", "\u{21c8}"), ("uuml", "\u{fc}"),
    ("uwangle", "\u{29a7}"), ("vArr", "\u{21d5}"), ("vBar", "\u{2ae8}"), ("vBarv", "\u{2ae9}"),
    ("vDash", "\u{22a8}"), ("vangrt", "\u{299c}"), ("varepsilon", "\u{3f5}"),
    ("varkappa", "\u{3f0}"), ("varnothing", "\u{2205}"), ("varphi", "\u{3d5}"),
    ("varpi", "\u{3d6}"), ("varpropto", "\u{221d}"), ("varr", "\u{2195}"), ("varrho", "\u{3f1}"),
    ("varsigma", "\u{3c2}"), ("varsubsetneq", "\u{228a}\u{fe00}"),
    ("varsubsetneqq", "\u{2acb}\u{fe00}"), ("varsupsetneq", "\u{228b}\u{fe00}"),
    ("varsupsetneqq", "\u{2acc}\u{fe00}"), ("vartheta", "\u{3d1}"),
    ("vartriangleleft", "\u{22b2}"), ("vartriangleright", "\u{22b3}"), ("vcy", "\u{432}"),
    ("vdash", "\u{22a2}"), ("vee", "\u{2228}"), ("veebar", "\u{22bb}"), ("veeeq", "\u{225a}"),
    ("vellip", "\u{22ee}"), ("verbar", "|"), ("vert", "|"), ("vfr", "\u{1d533}"),
    ("vltri", "\u{22b2}"), ("vnsub", "\u{2282}\u{20d2}"), ("vnsup", "\u{2283}\u{20d2}"),
    ("vopf", "\u{1d567}"), ("vprop", "\u{221d}"), ("vrtri", "\u{22b3}"), ("vscr", "\u{1d4cb}"),
    ("vsubnE", "\u{2acb}\u{fe00}"), ("vsubne", "\u{228a}\u{fe00}"), ("vsupnE", "\u{2acc}\u{fe00}"),
    ("vsupne", "\u{228b}\u{fe00}"), ("vzigzag", "\u{299a}"), ("wcirc", "\u{175}"),
    ("wedbar", "\u{2a5f}"), ("wedge", "\u{2227}"), ("wedgeq", "\u{2259}"), ("weierp", "\u{2118}"),
    ("wfr", "\u{1d534}"), ("wopf", "\u{1d568}"), ("wp", "\u{2118}"), ("wr", "\u{2240}"),
    ("wreath", "\u{2240}"), ("wscr", "\u{1d4cc}"), ("xcap", "\u{22c2}"), ("xcirc", "\u{25ef}"),
    ("xcup", "\u{22c3}"), ("xdtri", "\u{25bd}"), ("xfr", "\u{1d535}"), ("xhArr", "\u{27fa}"),
    ("xharr", "\u{27f7}"), ("xi", "\u{3be}"), ("xlArr", "\u{27f8}"), ("xlarr", "\u{27f5}"),
    ("xmap", "\u{27fc}"), ("xnis", "\u{22fb}"), ("xodot", "\u{2a00}"), ("xopf", "\u{1d569}"),
    ("xoplus", "\u{2a01}"), ("xotime", "\u{2a02}"), ("xrArr", "\u{27f9}"), ("xrarr", "\u{27f6}"),
    ("xscr", "\u{1d4cd}"), ("xsqcup", "\u{2a06}"), ("xuplus", "\u{2a04}"), ("xutri", "\u{25b3}"),
    ("xvee", "\u{22c1}"), ("xwedge", "\u{22c0}"), ("yacute", "\u{fd}"), ("yacy", "\u{44f}"),
    ("ycirc", "\u{177}"), ("ycy", "\u{44b}"), ("yen", "\u{a5}"), ("yfr", "\u{1d536}"),
    ("yicy", "\u{457}"), ("yopf", "\u{1d56a}"), ("yscr", "\u{1d4ce}"), ("yucy", "\u{44e}"),
    ("yuml", "\u{ff}"), ("zacute", "\u{17a}"), ("zcaron", "\u{17e}"), ("zcy", "\u{437}"),
    ("zdot", "\u{17c}"), ("zeetrf", "\u{2128}"), ("zeta", "\u{3b6}"), ("zfr", "\u{1d537}"),
    ("zhcy", "\u{436}"), ("zigrarr", "\u{21dd}"), ("zopf", "\u{1d56b}"), ("zscr", "\u{1d4cf}"),
    ("zwj", "\u{200d}"), ("zwnj", "\u{200c}"),
];

/// The 106 references that HTML5 also recognises without a `;` (legacy HTML 4 names).
#[rustfmt::skip]
static HTML5_LEGACY: &[&str] = &[
    "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil",
    "ETH", "Eacute", "Ecirc", "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml",
    "LT", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash", "Otilde", "Ouml", "QUOT", "REG",
    "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute",
    "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent",
    "copy", "curren", "deg", "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12",
    "frac14", "frac34", "gt", "iacute", "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo",
    "lt", "macr", "micro", "middot", "nbsp", "not", "ntilde", "oacute", "ocirc", "ograve",
    "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo",
    "reg", "sect", "shy", "sup1", "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc",
    "ugrave", "uml", "uuml", "yacute", "yen", "yuml",
];

/// The 252 HTML 4.01 named entities (`HTMLlat1`, `HTMLsymbol`, `HTMLspecial`).
#[rustfmt::skip]
static HTML4_ENTITIES: &[(&str, char)] = &[
    ("AElig", '\u{c6}'), ("Aacute", '\u{c1}'), ("Acirc", '\u{c2}'), ("Agrave", '\u{c0}'),
    ("Alpha", '\u{391}'), ("Aring", '\u{c5}'), ("Atilde", '\u{c3}'), ("Auml", '\u{c4}'),
    ("Beta", '\u{392}'), ("Ccedil", '\u{c7}'), ("Chi", '\u{3a7}'), ("Dagger", '\u{2021}'),
    ("Delta", '\u{394}'), ("ETH", '\u{d0}'), ("Eacute", '\u{c9}'), ("Ecirc", '\u{ca}'),
    ("Egrave", '\u{c8}'), ("Epsilon", '\u{395}'), ("Eta", '\u{397}'), ("Euml", '\u{cb}'),
    ("Gamma", '\u{393}'), ("Iacute", '\u{cd}'), ("Icirc", '\u{ce}'), ("Igrave", '\u{cc}'),
    ("Iota", '\u{399}'), ("Iuml", '\u{cf}'), ("Kappa", '\u{39a}'), ("Lambda", '\u{39b}'),
    ("Mu", '\u{39c}'), ("Ntilde", '\u{d1}'), ("Nu", '\u{39d}'), ("OElig", '\u{152}'),
    ("Oacute", '\u{d3}'), ("Ocirc", '\u{d4}'), ("Ograve", '\u{d2}'), ("Omega", '\u{3a9}'),
    ("Omicron", '\u{39f}'), ("Oslash", '\u{d8}'), ("Otilde", '\u{d5}'), ("Ouml", '\u{d6}'),
    ("Phi", '\u{3a6}'), ("Pi", '\u{3a0}'), ("Prime", '\u{2033}'), ("Psi", '\u{3a8}'),
    ("Rho", '\u{3a1}'), ("Scaron", '\u{160}'), ("Sigma", '\u{3a3}'), ("THORN", '\u{de}'),
    ("Tau", '\u{3a4}'), ("Theta", '\u{398}'), ("Uacute", '\u{da}'), ("Ucirc", '\u{db}'),
    ("Ugrave", '\u{d9}'), ("Upsilon", '\u{3a5}'), ("Uuml", '\u{dc}'), ("Xi", '\u{39e}'),
    ("Yacute", '\u{dd}'), ("Yuml", '\u{178}'), ("Zeta", '\u{396}'), ("aacute", '\u{e1}'),
    ("acirc", '\u{e2}'), ("acute", '\u{b4}'), ("aelig", '\u{e6}'), ("agrave", '\u{e0}'),
    ("alefsym", '\u{2135}'), ("alpha", '\u{3b1}'), ("amp", '&'), ("and", '\u{2227}'),
    ("ang", '\u{2220}'), ("aring", '\u{e5}'), ("asymp", '\u{2248}'), ("atilde", '\u{e3}'),
    ("auml", '\u{e4}'), ("bdquo", '\u{201e}'), ("beta", '\u{3b2}'), ("brvbar", '\u{a6}'),
    ("bull", '\u{2022}'), ("cap", '\u{2229}'), ("ccedil", '\u{e7}'), ("cedil", '\u{b8}'),
    ("cent", '\u{a2}'), ("chi", '\u{3c7}'), ("circ", '\u{2c6}'), ("clubs", '\u{2663}'),
    ("cong", '\u{2245}'), ("copy", '\u{a9}'), ("crarr", '\u{21b5}'), ("cup", '\u{222a}'),
    ("curren", '\u{a4}'), ("dArr", '\u{21d3}'), ("dagger", '\u{2020}'), ("darr", '\u{2193}'),
    ("deg", '\u{b0}'), ("delta", '\u{3b4}'), ("diams", '\u{2666}'), ("divide", '\u{f7}'),
    ("eacute", '\u{e9}'), ("ecirc", '\u{ea}'), ("egrave", '\u{e8}'), ("empty", '\u{2205}'),
    ("emsp", '\u{2003}'), ("ensp", '\u{2002}'), ("epsilon", '\u{3b5}'), ("equiv", '\u{2261}'),
    ("eta", '\u{3b7}'), ("eth", '\u{f0}'), ("euml", '\u{eb}'), ("euro", '\u{20ac}'),
    ("exist", '\u{2203}'), ("fnof", '\u{192}'), ("forall", '\u{2200}'), ("frac12", '\u{bd}'),
    ("frac14", '\u{bc}'), ("frac34", '\u{be}'), ("frasl", '\u{2044}'), ("gamma", '\u{3b3}'),
    ("ge", '\u{2265}'), ("gt", '>'), ("hArr", '\u{21d4}'), ("harr", '\u{2194}'),
    ("hearts", '\u{2665}'), ("hellip", '\u{2026}'), ("iacute", '\u{ed}'), ("icirc", '\u{ee}'),
    ("iexcl", '\u{a1}'), ("igrave", '\u{ec}'), ("image", '\u{2111}'), ("infin", '\u{221e}'),
    ("int", '\u{222b}'), ("iota", '\u{3b9}'), ("iquest", '\u{bf}'), ("isin", '\u{2208}'),
    ("iuml", '\u{ef}'), ("kappa", '\u{3ba}'), ("lArr", '\u{21d0}'), ("lambda", '\u{3bb}'),
    ("lang", '\u{2329}'), ("laquo", '\u{ab}'), ("larr", '\u{2190}'), ("lceil", '\u{2308}'),
    ("ldquo", '\u{201c}'), ("le", '\u{2264}'), ("lfloor", '\u{230a}'), ("lowast", '\u{2217}'),
    ("loz", '\u{25ca}'), ("lrm", '\u{200e}'), ("lsaquo", '\u{2039}'), ("lsquo", '\u{2018}'),
    ("lt", '<'), ("macr", '\u{af}'), ("mdash", '\u{2014}'), ("micro", '\u{b5}'),
    ("middot", '\u{b7}'), ("minus", '\u{2212}'), ("mu", '\u{3bc}'), ("nabla", '\u{2207}'),
    ("nbsp", '\u{a0}'), ("ndash", '\u{2013}'), ("ne", '\u{2260}'), ("ni", '\u{220b}'),
    ("not", '\u{ac}'), ("notin", '\u{2209}'), ("nsub", '\u{2284}'), ("ntilde", '\u{f1}'),
    ("nu", '\u{3bd}'), ("oacute", '\u{f3}'), ("ocirc", '\u{f4}'), ("oelig", '\u{153}'),
    ("ograve", '\u{f2}'), ("oline", '\u{203e}'), ("omega", '\u{3c9}'), ("omicron", '\u{3bf}'),
    ("oplus", '\u{2295}'), ("or", '\u{2228}'), ("ordf", '\u{aa}'), ("ordm", '\u{ba}'),
    ("oslash", '\u{f8}'), ("otilde", '\u{f5}'), ("otimes", '\u{2297}'), ("ouml", '\u{f6}'),
    ("para", '\u{b6}'), ("part", '\u{2202}'), ("permil", '\u{2030}'), ("perp", '\u{22a5}'),
    ("phi", '\u{3c6}'), ("pi", '\u{3c0}'), ("piv", '\u{3d6}'), ("plusmn", '\u{b1}'),
    ("pound", '\u{a3}'), ("prime", '\u{2032}'), ("prod", '\u{220f}'), ("prop", '\u{221d}'),
    ("psi", '\u{3c8}'), ("quot", '"'), ("rArr", '\u{21d2}'), ("radic", '\u{221a}'),
    ("rang", '\u{232a}'), ("raquo", '\u{bb}'), ("rarr", '\u{2192}'), ("rceil", '\u{2309}'),
    ("rdquo", '\u{201d}'), ("real", '\u{211c}'), ("reg", '\u{ae}'), ("rfloor", '\u{230b}'),
    ("rho", '\u{3c1}'), ("rlm", '\u{200f}'), ("rsaquo", '\u{203a}'), ("rsquo", '\u{2019}'),
    ("sbquo", '\u{201a}'), ("scaron", '\u{161}'), ("sdot", '\u{22c5}'), ("sect", '\u{a7}'),
    ("shy", '\u{ad}'), ("sigma", '\u{3c3}'), ("sigmaf", '\u{3c2}'), ("sim", '\u{223c}'),
    ("spades", '\u{2660}'), ("sub", '\u{2282}'), ("sube", '\u{2286}'), ("sum", '\u{2211}'),
    ("sup", '\u{2283}'), ("sup1", '\u{b9}'), ("sup2", '\u{b2}'), ("sup3", '\u{b3}'),
    ("supe", '\u{2287}'), ("szlig", '\u{df}'), ("tau", '\u{3c4}'), ("there4", '\u{2234}'),
    ("theta", '\u{3b8}'), ("thetasym", '\u{3d1}'), ("thinsp", '\u{2009}'), ("thorn", '\u{fe}'),
    ("tilde", '\u{2dc}'), ("times", '\u{d7}'), ("trade", '\u{2122}'), ("uArr", '\u{21d1}'),
    ("uacute", '\u{fa}'), ("uarr", '\u{2191}'), ("ucirc", '\u{fb}'), ("ugrave", '\u{f9}'),
    ("uml", '\u{a8}'), ("upsih", '\u{3d2}'), ("upsilon", '\u{3c5}'), ("uuml", '\u{fc}'),
    ("weierp", '\u{2118}'), ("xi", '\u{3be}'), ("yacute", '\u{fd}'), ("yen", '\u{a5}'),
    ("yuml", '\u{ff}'), ("zeta", '\u{3b6}'), ("zwj", '\u{200d}'), ("zwnj", '\u{200c}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_chars_found_past_common_lookalikes() {
        // « » U+00A0 and full-width punctuation share lead bytes with forbidden characters.
        let ok = "«Москва» \u{a0}新闻，会议。".repeat(5);
        assert_eq!(first_invalid_char(&ok), None);
        for bad in [
            '\u{1}',
            '\u{7f}',
            '\u{85}',
            '\u{fdd0}',
            '\u{fffe}',
            '\u{1fffe}',
        ] {
            let text = format!("{ok}{bad}x");
            assert_eq!(first_invalid_char(&text), Some((ok.len(), bad)), "{bad:?}");
        }
        assert_eq!(first_invalid_char("ab\u{1}"), Some((2, '\u{1}')));
        assert_eq!(first_invalid_char(""), None);
    }

    fn render(f: &Finding) -> String {
        let mut s = f.code.name().to_string();
        if let Some(a) = &f.attr {
            s += &format!(" attr={a}");
        }
        for (k, v) in &f.extra {
            s += &format!(" {k}={v}");
        }
        if let Some(v) = &f.value {
            s += &format!(" value={v:?}");
        }
        s
    }

    /// The findings of `check_html`, one per line.
    #[track_caller]
    fn check(html: &str) -> String {
        let mut out = Vec::new();
        let ok = check_html(html, &mut out);
        assert_eq!(
            ok,
            out.iter().all(|f| f.code == Code::ValidHtml),
            "return value of check_html({html:?})"
        );
        out.iter().map(render).collect::<Vec<_>>().join("\n")
    }

    /// The first parse error as `offset: description`, or `ok`.
    #[track_caller]
    fn parse(html: &str) -> String {
        let mut out = Vec::new();
        check_html(html, &mut out);
        match out
            .iter()
            .find(|f| f.code == Code::NotHtml && f.message.starts_with("Invalid"))
        {
            Some(f) => format!("{}: {}", f.extra[0].1, f.value.as_deref().unwrap_or("")),
            None => "ok".to_string(),
        }
    }

    fn refs(html: &str) -> String {
        let mut out = Vec::new();
        let ok = check_relative_refs(html, &mut out);
        assert_eq!(ok, out.is_empty());
        out.iter().map(render).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn valid_html_passes() {
        for html in [
            "",
            "plain text, no markup",
            "<p>Hello <b>world</b></p>",
            "<p>one<p>two",
            "<ul><li>a<li>b</ul>",
            "<dl><dt>term<dd>definition<dt>x<dd>y</dl>",
            "<br><br/><img src=\"http://x/a.png\" alt=\"a\"/><hr/>",
            "<table><tr><td>x</td></tr></table>",
            "<table><tr><td>x</table>",
            "<table><thead><tr><th>h<tbody><tr><td>x<td>y<tr><td>z</table>",
            "<table><caption>c</caption><colgroup><col><col></colgroup><tr><td>x</table>",
            "<table><col span=2><tr><td>x</table>",
            "<table> <tr> <td>x</td> </tr> </table>",
            "<!-- a comment --> and <!---->",
            "a &amp; b &nbsp; &#39; &#x27; &hellip; &eacute; &NotNestedGreaterGreater;",
            "a & b, a &<b>x</b>, a &&",
            "<a href=\"/x?a=1&amp;b=2\" title='x&'>link</a>",
            "<a href=x&>y</a>",
            "<select><option>a<option>b<optgroup label=g><option>c</select>",
            "<pre>\ncode</pre>",
            "<h1>t</h1><h2>u</h2>",
            "<p>x</p>\n",
            "</html>",
            "<div><p>a</div>",
            "<p>a<div>b</div>",
            "<span><div>block in inline</div></span>",
            "<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>",
            "<form><input type=text name=q><button>go</button></form>",
            "<textarea><b>not a tag</b> &amp;</textarea>",
            "<p>x<table><tr><td>y</td></tr></table>",
            "<table>text in a table</table>",
            "<details><summary>s</summary>d</details>",
            "<A HREF=\"x\">upper case</A>",
            "<div\nclass=\"x\"\n>y</div>",
            "<ul><li><ul><li>nested</ul></ul>",
            "<p>a<ul><li>x</ul>",
            "<audio src=\"a.mp3\"></audio><video></video>",
            "<b><i>x</i></b>",
            "<a href=x>a</a><a href=y>b</a>",
            "<table><tr><td><a href=x>in cell</a><a href=y>again</a></td></tr></table>",
        ] {
            assert_eq!(check(html), "ValidHtml", "{html:?}");
        }
    }

    #[test]
    fn unsafe_elements_and_attributes() {
        assert_eq!(
            check("<script>alert(1)</script>"),
            "ValidHtml\nSecurityRisk tag=script"
        );
        assert_eq!(
            check("<script>if (a < b && c) { x = '</p>'; }</script>"),
            "ValidHtml\nSecurityRisk tag=script"
        );
        assert_eq!(check("<embed>"), "ValidHtml\nSecurityRisk tag=embed");
        assert_eq!(check("<meta name=x>"), "ValidHtml\nSecurityRisk tag=meta");
        assert_eq!(check("<link rel=x>"), "ValidHtml\nSecurityRisk tag=link");
        assert_eq!(
            check("<style>p {}</style>"),
            "ValidHtml\nSecurityRisk tag=style"
        );
        assert_eq!(
            check("<title>t &amp; u</title>"),
            "ValidHtml\nSecurityRisk tag=title"
        );
        assert_eq!(
            check("<iframe src=x>fallback <b></iframe>"),
            "ValidHtml\nSecurityRisk tag=iframe"
        );
        assert_eq!(
            check("<object data=x><param name=a></object>"),
            "ValidHtml\nSecurityRisk tag=object\nSecurityRisk tag=param"
        );
        assert_eq!(check("<xmp><b></xmp>"), "ValidHtml\nSecurityRisk tag=xmp");
        assert_eq!(
            check("<a onclick=\"evil()\" href=x>y</a>"),
            "ValidHtml\nSecurityRiskAttr attr=onclick"
        );
        assert_eq!(
            check("<a onload=\"doevil()\">clickme</a>"),
            "ValidHtml\nSecurityRiskAttr attr=onload"
        );
        assert_eq!(
            check("<IMG SRC=x OnError=y>"),
            "ValidHtml\nSecurityRiskAttr attr=onerror"
        );
        assert_eq!(
            check("<div data-id=1 data-x-y=z class=c>x</div>"),
            "ValidHtml"
        );
        // The W3C list lacks some current attributes.
        assert_eq!(
            check("<video controls></video>"),
            "ValidHtml\nSecurityRiskAttr attr=controls"
        );
        assert_eq!(
            check("<div foo=1 style=\"color: red\" bar>x</div>"),
            "ValidHtml\nSecurityRiskAttr attr=foo\nSecurityRiskAttr attr=bar"
        );
        // Attributes of unsafe or unknown elements are not checked.
        assert_eq!(
            check("<script onload=x></script>"),
            "ValidHtml\nSecurityRisk tag=script"
        );
    }

    #[test]
    fn unknown_elements_are_not_html() {
        assert_eq!(check("<foo>x</foo>"), "ValidHtml\nNotHtml value=\"foo\"");
        assert_eq!(check("<o:p></o:p>"), "ValidHtml\nNotHtml value=\"o:p\"");
        assert_eq!(check("<keygen>"), "ValidHtml\nNotHtml value=\"keygen\"");
        assert_eq!(
            check("<BLINK>x</BLINK>"),
            "ValidHtml\nNotHtml value=\"blink\""
        );
        assert_eq!(
            check("<svg viewBox='0 0 1 1'><circle r=1 /><title>t</title></svg>"),
            "ValidHtml\nNotHtml value=\"svg\"\nNotHtml value=\"circle\"\nSecurityRisk tag=title"
        );
        assert_eq!(
            check("<math><mi>x</mi><mo>+</mo></math>"),
            "ValidHtml\nNotHtml value=\"math\"\nNotHtml value=\"mi\"\nNotHtml value=\"mo\""
        );
    }

    #[test]
    fn import_is_a_security_risk() {
        assert_eq!(
            check("<?import namespace=\"xss\" implementation=\"http://ha.ckers.org/xss.htc\">"),
            "SecurityRisk tag=?import\nNotHtml offset=0 value=\"\\\"<?\\\" (processing instructions are not HTML)\""
        );
        assert!(check("x <?IMPORT y").starts_with("SecurityRisk tag=?import"));
        assert!(!check("<?importx").contains("SecurityRisk"));
    }

    #[test]
    fn dangerous_style() {
        assert_eq!(
            check("<span style=\"font-style: italic;\">blah</span>"),
            "ValidHtml"
        );
        assert_eq!(
            check("<span style=\"background-repeat: repeat-x;\">x</span>"),
            "ValidHtml\nDangerousStyleAttr attr=style value=\"background-repeat\""
        );
        // The W3C test case style_escaped: references are decoded before the check.
        let escaped = "<span style=\"&#97;&#110;&#121;&#58;&#32;&#101;&#120;&#112;&#114;&#101;\
            &#115;&#115;&#105;&#111;&#110;&#40;&#119;&#105;&#110;&#100;&#111;&#119;&#46;\
            &#108;&#111;&#99;&#97;&#116;&#105;&#111;&#110;&#61;&#39;&#104;&#116;&#116;&#112;\
            &#58;&#47;&#47;&#101;&#120;&#97;&#109;&#112;&#108;&#101;&#46;&#111;&#114;&#103;\
            &#47;&#39;&#41;\"></span>";
        assert_eq!(
            check(escaped),
            "ValidHtml\nDangerousStyleAttr attr=style value=\"any: expression(window.location='http://example.org/')\""
        );
        // The platypus hack.
        let platypus = check(
            "<a href=\"http://www.ragingplatypus.com/\" style=\"display:block; \
             position:absolute; left:0; top:0; width:100%; height:100%; z-index:1; \
             background-color:black; background-image:url(http://www.ragingplatypus.com/i/\
             cam-full.jpg); background-x:center; background-y:center; \
             background-repeat:repeat;\"></a>",
        );
        assert!(
            platypus.starts_with("ValidHtml\nDangerousStyleAttr attr=style value=\"display:block;")
        );
    }

    #[test]
    fn check_style_algorithm() {
        let safe = [
            "color: red",
            "color: red;",
            "text-align: left",
            "font-size: smaller",
            "border-top: 0pt",
            "color: teal",
            "text-indent: 0.5in",
            "padding: 0 0 12px 12px",
            "font-family: 'Lucida Console';",
            "font-family: \"Comic Sans MS\"",
            "padding: 2ex",
            "margin-top: 0in",
            "border-bottom: dashed",
            "border-bottom: dotted",
            "border-collapse: collapse",
            "line-height: normal",
            "font-family: arial, sans-serif",
            "width: 300px",
            "clear: both",
            "color: #000080",
            "overflow: auto",
            "font-size: 10px",
            "vertical-align: top",
            "border: none !important",
            "border-left: 0pt",
            "border: medium none",
            "font-weight: bold",
            "vertical-align: bottom",
            "background: rgb(255, 0, 0)",
            "margin: 100%",
            "",
            "color: red;\n",
        ];
        for style in safe {
            assert_eq!(check_style(style), Vec::<String>::new(), "{style:?}");
        }
        let unsafe_ = [
            ("position: absolute", vec!["position"]),
            ("mso-ansi-language: NL", vec!["mso-ansi-language"]),
            ("margin: 99999em", vec!["99999em"]),
            ("mso-highlight: yellow", vec!["mso-highlight"]),
            ("tab-stops: list .5in", vec!["tab-stops"]),
            ("mso-list: l0 level1 lfo1", vec!["mso-list"]),
            ("background-repeat: repeat-x", vec!["background-repeat"]),
            (
                "background: url(javascript:alert(1))",
                vec!["background: url(javascript:alert(1))"],
            ),
            (
                "width: expression(alert(1))",
                vec!["width: expression(alert(1))"],
            ),
            ("margin: -5px", vec!["margin: -5px"]),
            ("color: red; ", vec!["color: red; "]),
            ("   ", vec!["   "]),
            ("color red", vec!["color red"]),
            (
                "position: absolute; POSITION: fixed; margin: 1000px 1000px",
                vec!["position", "1000px"],
            ),
            ("border: 1px solid magenta", vec!["magenta"]),
        ];
        for (style, expected) in unsafe_ {
            assert_eq!(check_style(style), expected, "{style:?}");
        }
    }

    #[test]
    fn css_values() {
        for ok in [
            "#fff",
            "#00ff00",
            "rgb(1,2,3)",
            "rgb(1,",
            "2,",
            "3)",
            "rgb(10%,20%,30%)",
            "0",
            "12px",
            "1.5em",
            ".5in",
            "99%",
            "1,",
            "0)",
        ] {
            assert!(css_value_ok(ok), "{ok}");
        }
        for bad in [
            "#", "#xyz", "rgb()", "1000px", "12", "1.5.5em", "px", "12 px", "url",
        ] {
            assert_eq!(css_value_ok(bad), bad == "12", "{bad}");
        }
    }

    #[test]
    fn character_reference_errors() {
        assert_eq!(
            parse("AT&T rocks"),
            "2: \"&T\" is not a character reference (write a literal & as &amp;)"
        );
        assert_eq!(
            parse("Q&A"),
            "1: \"&A\" is not a character reference (write a literal & as &amp;)"
        );
        assert_eq!(
            parse("a &foo; b"),
            "2: \"&foo;\" is not a character reference (write a literal & as &amp;)"
        );
        assert_eq!(
            parse("a &. b"),
            "2: \"&.\" is not a character reference (write a literal & as &amp;)"
        );
        assert_eq!(
            parse("&copy 2025"),
            "0: character reference \"&copy\" lacks its \";\""
        );
        assert_eq!(
            parse("&notit;"),
            "0: character reference \"&not\" lacks its \";\""
        );
        assert_eq!(
            parse("&#39"),
            "0: character reference \"&#39\" lacks its \";\""
        );
        assert_eq!(parse("&#;"), "0: \"&#\" is not followed by digits");
        assert_eq!(parse("&#x;"), "0: \"&#x\" is not followed by digits");
        assert_eq!(
            parse("&#150;"),
            "0: character reference \"&#150;\" is not an allowed character"
        );
        assert_eq!(
            parse("&#0;"),
            "0: character reference \"&#0;\" is not an allowed character"
        );
        assert_eq!(
            parse("&#13;"),
            "0: character reference \"&#13;\" is not an allowed character"
        );
        assert_eq!(
            parse("&#xD800;"),
            "0: character reference \"&#xD800;\" is not an allowed character"
        );
        assert_eq!(
            parse("&#x110000;"),
            "0: character reference \"&#x110000;\" is not an allowed character"
        );
        assert_eq!(
            parse("&#xFFFF;"),
            "0: character reference \"&#xFFFF;\" is not an allowed character"
        );
        assert_eq!(
            parse("&#99999999999999999999;"),
            "0: character reference \"&#99999999999999\" is not an allowed character"
        );
        assert_eq!(
            parse("<a href=\"?a=1&b=2\">x</a>"),
            "13: \"&b\" is not a character reference (write a literal & as &amp;)"
        );
        assert_eq!(
            parse("<a href=?a&copy=2>x</a>"),
            "10: character reference \"&copy\" lacks its \";\""
        );
        assert_eq!(
            parse("<title>a&b</title>"),
            "8: \"&b\" is not a character reference (write a literal & as &amp;)"
        );
        assert_eq!(parse("<script>a&b</script>"), "ok");
        assert_eq!(parse("&#10; &#9; &#12; &#x1F600; &#128512;"), "ok");
    }

    #[test]
    fn forbidden_characters() {
        assert_eq!(
            parse("a\u{85}b"),
            "1: character U+0085 is not allowed in HTML"
        );
        assert_eq!(
            parse("a\u{0}b"),
            "1: character U+0000 is not allowed in HTML"
        );
        assert_eq!(
            parse("a\u{b}b"),
            "1: character U+000B is not allowed in HTML"
        );
        assert_eq!(
            parse("a\u{fdd0}"),
            "1: character U+FDD0 is not allowed in HTML"
        );
        assert_eq!(
            parse("a\u{1fffe}"),
            "1: character U+1FFFE is not allowed in HTML"
        );
        assert_eq!(parse("tab\tfeed\u{c}cr\r\nok ©«» \u{a0} 😀 ，"), "ok");
        // Found before an earlier tokenizer error, as html5lib does.
        assert_eq!(
            parse("<b x\u{7f}"),
            "4: character U+007F is not allowed in HTML"
        );
        let long = format!("{}\u{9f}", "x".repeat(100));
        assert_eq!(parse(&long), "100: character U+009F is not allowed in HTML");
    }

    #[test]
    fn tag_errors() {
        assert_eq!(
            parse("1 < 2"),
            "2: \"<\" does not start a tag (write a literal < as &lt;)"
        );
        assert_eq!(
            parse("a <3"),
            "2: \"<\" does not start a tag (write a literal < as &lt;)"
        );
        assert_eq!(
            parse("x <"),
            "2: \"<\" does not start a tag (write a literal < as &lt;)"
        );
        assert_eq!(parse("<>"), "0: empty tag \"<>\"");
        assert_eq!(parse("</>"), "0: empty end tag \"</>\"");
        assert_eq!(parse("</ b>"), "0: \"</\" is not followed by a tag name");
        assert_eq!(parse("</"), "0: \"</\" is not followed by a tag name");
        assert_eq!(parse("\n  <a\n"), "3: tag <a is not closed by \">\"");
        assert_eq!(
            parse("<a href=\"x"),
            "0: attribute value in <a> has no closing quote"
        );
        assert_eq!(
            parse("<a href=x"),
            "0: tag <a href=x is not closed by \">\""
        );
        assert_eq!(parse("<a href"), "0: tag <a href is not closed by \">\"");
        assert_eq!(
            parse("<a b\"c>"),
            "4: character '\"' in an attribute name of <a>"
        );
        assert_eq!(
            parse("<a =b>"),
            "3: character '=' in an attribute name of <a>"
        );
        assert_eq!(
            parse("<a href=>"),
            "8: attribute href of <a> has \"=\" but no value"
        );
        assert_eq!(
            parse("<a href=a\"b>"),
            "9: character '\"' in an unquoted attribute value of <a>"
        );
        assert_eq!(
            parse("<a href=`x`>"),
            "8: character '`' in an unquoted attribute value of <a>"
        );
        assert_eq!(
            parse("<a href=\"x\"title=y>z</a>"),
            "11: no space between attributes of <a>"
        );
        assert_eq!(parse("<a / href=x>z</a>"), "3: unexpected \"/\" in <a>");
        assert_eq!(
            parse("<a class=x CLASS=y>z</a>"),
            "11: duplicate attribute class on <a>"
        );
        assert_eq!(parse("<b>x</b class=y>"), "4: end tag </b> has attributes");
        assert_eq!(parse("<b>x</b/>"), "4: end tag </b/> ends with \"/>\"");
        assert_eq!(
            parse("<div/>"),
            "0: <div/>: \"/>\" on an element that is not void"
        );
        assert_eq!(
            parse("<span />x"),
            "0: <span/>: \"/>\" on an element that is not void"
        );
        assert_eq!(
            parse("<a/>"),
            "0: <a/>: \"/>\" on an element that is not void"
        );
        assert_eq!(
            parse("<br/><img/><hr /><input/><meta/><link/><wbr/><source/>"),
            "ok"
        );
        assert_eq!(parse("<svg><path d=\"x\"/><g/></svg>"), "ok");
        assert_eq!(
            parse("<svg><path d=x/></svg>"),
            "16: end tag </svg> while <path> is still open"
        );
    }

    #[test]
    fn comment_and_declaration_errors() {
        assert_eq!(
            parse("<!-->"),
            "0: malformed comment \"<!-->\" or \"<!--->\""
        );
        assert_eq!(
            parse("<!--->"),
            "0: malformed comment \"<!-->\" or \"<!--->\""
        );
        assert_eq!(parse("<!-- a -- b -->"), "7: \"--\" inside a comment");
        assert_eq!(parse("<!-- a --->"), "7: \"--\" inside a comment");
        assert_eq!(parse("<!-- a --!>"), "7: \"--\" inside a comment");
        assert_eq!(parse("<!-- open"), "0: comment is not closed by \"-->\"");
        assert_eq!(parse("<!-- a - b -->"), "ok");
        assert_eq!(parse("<!DOCTYPE html><p>x"), "0: DOCTYPE inside content");
        assert_eq!(
            parse("<![CDATA[x]]>"),
            "0: CDATA section outside SVG and MathML"
        );
        assert_eq!(parse("<svg><![CDATA[x < y]]></svg>"), "ok");
        assert_eq!(
            parse("<!x>"),
            "0: \"<!\" is not followed by \"--\" (a comment) or DOCTYPE"
        );
    }

    #[test]
    fn tree_errors() {
        assert_eq!(parse("<b>bold"), "0: <b> is not closed");
        assert_eq!(parse("<div>x"), "0: <div> is not closed");
        assert_eq!(parse("<p>x<b>y"), "4: <b> is not closed");
        assert_eq!(
            parse("x</span>"),
            "1: end tag </span> without a matching open element"
        );
        assert_eq!(
            parse("x</p>"),
            "1: end tag </p> without a matching open element"
        );
        assert_eq!(
            parse("x</li>"),
            "1: end tag </li> without a matching open element"
        );
        assert_eq!(
            parse("x</div>"),
            "1: end tag </div> without a matching open element"
        );
        assert_eq!(
            parse("x</h2>"),
            "1: end tag </h2> without a matching open element"
        );
        assert_eq!(
            parse("x</foo>"),
            "1: end tag </foo> without a matching open element"
        );
        assert_eq!(parse("x</br>"), "1: end tag </br> (write <br>)");
        assert_eq!(
            parse("x</body>"),
            "1: end tag </body> without a matching open element"
        );
        assert_eq!(
            parse("<div><b>x</div>"),
            "9: end tag </div> while <b> is still open"
        );
        assert_eq!(
            parse("<p><b>x</p>"),
            "7: end tag </p> while <b> is still open"
        );
        assert_eq!(
            parse("<b><i>x</b></i>"),
            "7: end tag </b> while <i> is still open"
        );
        assert_eq!(
            parse("<h1>x</h2>"),
            "5: end tag </h2> while <h1> is still open"
        );
        assert_eq!(
            parse("<p><b>x<div>y</div>"),
            "7: <div> closes <p> while <b> is still open"
        );
        assert_eq!(
            parse("<li><b>x<li>y"),
            "8: <li> closes <li> while <b> is still open"
        );
        assert_eq!(
            parse("<html><body>x</body></html>"),
            "0: <html> is not allowed inside content"
        );
        assert_eq!(parse("<body>x"), "0: <body> is not allowed inside content");
        assert_eq!(parse("<head>"), "0: <head> is not allowed inside content");
        assert_eq!(
            parse("<td>x</td>"),
            "0: <td> is not allowed outside a table"
        );
        assert_eq!(parse("<tr>"), "0: <tr> is not allowed outside a table");
        assert_eq!(
            parse("<table><div>x</div></table>"),
            "7: <div> is not allowed directly inside a table"
        );
        assert_eq!(
            parse("<table><td>x</table>"),
            "7: <td> is not allowed in a table section without a <tr>"
        );
        assert_eq!(parse("<table><tr><td>x"), "0: <table> is not closed");
        assert_eq!(
            parse("<table><tr><td><b>x</td>"),
            "19: end tag </td> while <b> is still open"
        );
        assert_eq!(
            parse("<table><tr><td>x</td></tr></table></table>"),
            "34: end tag </table> without a matching open element"
        );
        assert_eq!(
            parse("<select><b>x</b></select>"),
            "8: <b> is not allowed inside <select>"
        );
        assert_eq!(parse("<select><option>x"), "0: <select> is not closed");
        assert_eq!(
            parse("<a href=x>a<a href=y>b</a></a>"),
            "11: <a> is not allowed inside <a>"
        );
        assert_eq!(
            parse("<button>a<button>b</button></button>"),
            "9: <button> is not allowed inside <button>"
        );
        assert_eq!(
            parse("<form><form></form></form>"),
            "6: <form> is not allowed inside a form"
        );
        assert_eq!(
            parse("<h1><h2>x</h2></h1>"),
            "4: <h2> is not allowed directly inside another heading"
        );
        assert_eq!(
            parse("<svg><p>x</p></svg>"),
            "5: <p> is not allowed inside SVG or MathML"
        );
        assert_eq!(
            parse("<svg><circle></svg>"),
            "13: end tag </svg> while <circle> is still open"
        );
        // html5lib keeps SVG's camel-cased names, which HTML end tags never match.
        assert_eq!(
            parse("<svg><foreignObject><b>x</b></foreignObject></svg>"),
            "ok"
        );
        assert_eq!(
            parse("<svg><foreignObject><rt></foreignObject></svg>"),
            "24: end tag </foreignobject> without a matching open element"
        );
        assert_eq!(
            parse("<image src=x>"),
            "0: <image> is obsolete (write <img>)"
        );
        assert_eq!(parse("<script>x"), "0: <script> is not closed");
        assert_eq!(parse("<textarea>x</text>"), "0: <textarea> is not closed");
        assert_eq!(
            parse("<plaintext>x</plaintext>"),
            "0: <plaintext> is not closed"
        );
        assert_eq!(
            parse("<frameset>"),
            "0: <frameset> is not allowed inside content"
        );
        assert_eq!(
            parse("<frame>"),
            "0: <frame> is not allowed outside a frameset"
        );
        assert_eq!(parse("<option>x"), "0: <option> is not closed");
        assert_eq!(
            parse("<table><caption>x</table>"),
            "17: end tag </table> while <caption> is still open"
        );
    }

    #[test]
    fn parse_error_finding() {
        assert_eq!(
            check("AT&T"),
            "NotHtml offset=2 value=\"\\\"&T\\\" is not a character reference (write a literal & as &amp;)\""
        );
        let mut out = Vec::new();
        assert!(!check_html("<b>x", &mut out));
        assert_eq!(out[0].message, "Invalid HTML: <b> is not closed");
        // Element findings before the error are dropped with the ValidHtml pass.
        assert_eq!(
            check("<script></script><b>"),
            "NotHtml offset=17 value=\"<b> is not closed\""
        );
    }

    #[test]
    fn relative_references() {
        assert_eq!(refs("<a href=\"http://example.com/\">x</a>"), "");
        assert_eq!(
            refs("<a href=\"/about\">x</a>"),
            "ContainsRelRef value=\"/about\""
        );
        assert_eq!(
            refs("<A HREF='page.html'>x</A>"),
            "ContainsRelRef value=\"page.html\""
        );
        assert_eq!(refs("<a href=page>x</a>"), "ContainsRelRef value=\"page\"");
        // An unquoted value must be word characters and "-" up to whitespace or ">".
        assert_eq!(refs("<a href=page.html>x</a><img src=b.png>"), "");
        assert_eq!(refs("<a href=\"\">x</a>"), "ContainsRelRef value=\"\"");
        assert_eq!(
            refs("<a href=\"#top\">x</a>"),
            "ContainsRelRef value=\"#top\""
        );
        assert_eq!(
            refs("<a href=\"//cdn.example.com/x\">x</a>"),
            "ContainsRelRef value=\"//cdn.example.com/x\""
        );
        assert_eq!(
            refs("<a href=\"mailto:x@example.com\">x</a><a href=\"javascript:x()\">y</a>"),
            ""
        );
        // href must be the first attribute.
        assert_eq!(refs("<a class=x href=\"/about\">x</a>"), "");
        // The W3C test case description_contains_uri_space: decoded and trimmed first.
        assert_eq!(
            refs("<img src=\" http://example.com/images/foo.jpg \">"),
            ""
        );
        assert_eq!(
            refs("<img alt=\"x\" src=\"/i.png\" />"),
            "ContainsRelRef value=\"/i.png\""
        );
        assert_eq!(refs("<img data-src=\"/a.png\" src=\"http://x/b.png\">"), "");
        assert_eq!(
            refs("<IMG\nSRC=\"a.png\">"),
            "ContainsRelRef value=\"a.png\""
        );
        assert_eq!(refs("<img alt=\"a>b\" src=\"c.png\">"), "");
        assert_eq!(refs("<a href=\"x.html\"/>"), "");
        assert_eq!(refs("<a href=\"&#104;ttp://x/\">x</a>"), "");
        assert_eq!(
            refs("<a href=\"a.html?x=1&amp;y=2\">x</a>"),
            "ContainsRelRef value=\"a.html?x=1&y=2\""
        );
        assert_eq!(
            refs("<a href=\"my page.html\">x</a>"),
            "InvalidUriChar char=' ' value=\"my page.html\""
        );
        assert_eq!(
            refs("<a href=\"a[1].html\">x</a>"),
            "InvalidUriChar char='[' value=\"a[1].html\""
        );
        assert_eq!(
            refs("<a href=\"a\\b\">x</a>"),
            "InvalidUriChar char='\\\\' value=\"a\\\\b\""
        );
        assert_eq!(
            refs("<a href=\"a\tb\">x</a>"),
            "InvalidUriChar char='\\t' value=\"a\\tb\""
        );
        assert_eq!(
            refs("<a href=\"über.html\">x</a>"),
            "ContainsRelRef value=\"über.html\""
        );
        assert_eq!(
            refs("<a href=\"svn+ssh://x\">x</a>"),
            "ContainsRelRef value=\"svn+ssh://x\""
        );
        assert_eq!(
            refs("<img src=\"b.png\"><a href=\"a.html\">x</a>"),
            "ContainsRelRef value=\"a.html\"\nContainsRelRef value=\"b.png\""
        );
        assert_eq!(
            refs("<a\u{a0}href=\"x.html\">y</a>"),
            "ContainsRelRef value=\"x.html\""
        );
        assert_eq!(refs("<a href=\"line\nbreak\">x</a>"), "");
    }

    #[test]
    fn py_repr_of_characters() {
        assert_eq!(py_repr(' '), "' '");
        assert_eq!(py_repr('"'), "'\"'");
        assert_eq!(py_repr('\''), "\"'\"");
        assert_eq!(py_repr('\\'), "'\\\\'");
        assert_eq!(py_repr('\u{1}'), "'\\x01'");
        assert_eq!(py_repr('\u{7f}'), "'\\x7f'");
    }

    #[test]
    fn tables_are_sorted_and_consistent() {
        for table in [
            HTML_TAGS,
            ACCEPTABLE_ELEMENTS,
            NOT_ACCEPTABLE_TAGS,
            ACCEPTABLE_ATTRIBUTES,
            CSS_PROPERTIES,
            CSS_KEYWORDS,
            SVG_ELEMENTS,
            SVG_ATTRIBUTES,
            MATHML_ELEMENTS,
            MATHML_ATTRIBUTES,
            HTML5_LEGACY,
        ] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{:?}", &table[..3]);
        }
        assert!(HTML5_ENTITIES.windows(2).all(|w| w[0].0 < w[1].0));
        for keys in [
            &HTML_TAG_KEYS[..],
            &ACCEPTABLE_ELEMENT_KEYS,
            &ACCEPTABLE_ATTRIBUTE_KEYS,
            &HTML5_ENTITY_KEYS,
        ] {
            assert!(keys.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(
            is_acceptable_attribute("allowpaymentrequest")
                && !is_acceptable_attribute("allowpaymentrequesx")
        );
        assert!(
            is_acceptable_attribute("bordercolorlight")
                && is_acceptable_attribute("accept-charset")
        );
        assert_eq!(
            html5_entity("CounterClockwiseContourIntegral"),
            Some("\u{2233}")
        );
        assert!(!is_html_tag("a\0") && !is_html_tag(""));
        assert!(HTML4_ENTITIES.windows(2).all(|w| w[0].0 < w[1].0));
        for tag in HTML_TAGS {
            assert_eq!(
                is_acceptable_element(tag),
                !NOT_ACCEPTABLE_TAGS.contains(tag),
                "{tag}"
            );
            assert_eq!(
                is_unsafe_html_tag(tag),
                NOT_ACCEPTABLE_TAGS.contains(tag),
                "{tag}"
            );
        }
        for extra in ["keygen", "multicol", "nextid", "sound", "spacer"] {
            assert!(is_acceptable_element(extra) && !is_html_tag(extra));
        }
        assert_eq!(
            ACCEPTABLE_ELEMENTS.len(),
            HTML_TAGS.len() - NOT_ACCEPTABLE_TAGS.len() + 5
        );
        assert!(is_html_tag("m") && is_html_tag("comment") && !is_html_tag("DIV"));
        assert!(is_acceptable_attribute("href") && !is_acceptable_attribute("style"));
        assert!(!is_acceptable_attribute("onclick") && is_acceptable_attribute("xml:lang"));
        assert!(is_svg_element("linearGradient") && !is_svg_element("lineargradient"));
        assert!(is_svg_attribute("viewBox") && is_svg_attribute("xlink:href"));
        assert!(is_mathml_element("mfrac") && is_mathml_attribute("mathvariant"));
        assert!(!is_mathml_element("foo") && !is_svg_attribute("onload"));
    }

    #[test]
    fn every_table_entry_is_found() {
        for (i, name) in HTML_TAGS.iter().enumerate() {
            assert_eq!(HTML_TAG_TABLE.find(name), Some(i), "{name}");
        }
        for name in ACCEPTABLE_ELEMENTS {
            assert!(is_acceptable_element(name), "{name}");
        }
        for name in ACCEPTABLE_ATTRIBUTES {
            assert!(is_acceptable_attribute(name), "{name}");
        }
        for (name, text) in HTML5_ENTITIES {
            assert_eq!(html5_entity(name), Some(*text), "{name}");
        }
        for (name, c) in HTML4_ENTITIES {
            assert_eq!(html4_entity(name), Some(*c), "{name}");
            assert!(html5_entity_known(name), "{name}");
        }
        for (name, kind) in TAG_KIND_NAMES.iter().zip(TAG_KINDS) {
            assert_eq!(tag_kind(name), *kind, "{name}");
        }
        assert_eq!(tag_kind("foo"), TagKind::Other);
        assert_eq!(tag_kind("a-very-long-custom-element"), TagKind::Other);
    }

    #[test]
    fn findings_follow_document_order() {
        assert_eq!(
            check(
                "<p style=\"position: fixed\">a <u onmouseover=x>b</u></p>\
                 <table><tr><td><script>s</script><foo></foo></td></tr></table>"
            ),
            "ValidHtml\n\
             DangerousStyleAttr attr=style value=\"position\"\n\
             SecurityRiskAttr attr=onmouseover\n\
             SecurityRisk tag=script\n\
             NotHtml value=\"foo\""
        );
        assert_eq!(
            check("<p style=\"background: &quot;x&quot;\">y</p>"),
            "ValidHtml\nDangerousStyleAttr attr=style value=\"\\\"x\\\"\""
        );
    }

    #[test]
    fn entities() {
        assert_eq!(HTML4_ENTITIES.len(), 252);
        assert_eq!(html4_entity("eacute"), Some('é'));
        assert_eq!(html4_entity("Eacute"), Some('É'));
        assert_eq!(html4_entity("nbsp"), Some('\u{a0}'));
        assert_eq!(html4_entity("lang"), Some('\u{2329}'));
        assert_eq!(html4_entity("euro"), Some('€'));
        assert_eq!(html4_entity("apos"), None);
        assert_eq!(HTML5_ENTITIES.len(), 2125);
        assert_eq!(html5_entity("lang"), Some("\u{27e8}"));
        assert_eq!(html5_entity("NotEqualTilde"), Some("\u{2242}\u{338}"));
        assert!(html5_entity_known("apos") && html5_entity_known("hellip"));
        assert!(!html5_entity_known("foo") && !html5_entity_known("Amp;"));
        assert_eq!(decode_attr("a&amp;b&#65;&#x42;&lt;&"), "a&bAB<&");
    }

    #[track_caller]
    fn moji(text: &str) -> String {
        match mojibake(text) {
            Some(m) => format!(
                "{} {} as {} @{}: {} -> {}",
                m.script, m.original_encoding, m.decoded_as, m.char_offset, m.sample, m.repaired
            ),
            None => "none".to_string(),
        }
    }

    #[test]
    fn mojibake_positives() {
        assert_eq!(
            moji("Ð¡ÐµÐºÑ€ÐµÑ‚Ð°Ñ€Ð¸Ð°Ñ‚"),
            "Cyrillic UTF-8 as windows-1252 @0: Ð¡ÐµÐºÑ€ÐµÑ‚Ð°Ñ€Ð¸Ð°Ñ‚ -> Секретариат"
        );
        assert_eq!(
            moji("Title: ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€ and more"),
            "Cyrillic UTF-8 as windows-1252 @7: ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€ and more -> Привет, мир and more"
        );
        assert_eq!(
            moji("Õ€Õ¡ÕµÕ¡Õ½Õ¿Õ¡Õ¶"),
            "Armenian UTF-8 as windows-1252 @0: Õ€Õ¡ÕµÕ¡Õ½Õ¿Õ¡Õ¶ -> Հայաստան"
        );
        assert_eq!(
            moji("Î•Î»Î»Î·Î½Î¹ÎºÎ¬"),
            "Greek UTF-8 as windows-1252 @0: Î•Î»Î»Î·Î½Î¹ÎºÎ¬ -> Ελληνικά"
        );
        assert_eq!(
            moji("æ–°é—»"),
            "CJK UTF-8 as windows-1252 @0: æ–°é—» -> 新闻"
        );
        assert_eq!(
            moji("Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©"),
            "Arabic UTF-8 as windows-1252 @0: Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© -> العربية"
        );
        assert_eq!(
            moji("×¢×‘×¨×™×ª"),
            "Hebrew UTF-8 as windows-1252 @0: ×¢×‘×¨×™×ª -> עברית"
        );
        assert_eq!(
            moji("í•œêµ\u{ad}ì–´"),
            "Hangul UTF-8 as windows-1252 @0: í•œêµ\u{ad}ì–´ -> 한국어"
        );
        // The undefined windows-1252 byte 0x9D comes through as U+009D.
        assert_eq!(
            moji("ÐžÐžÐ\u{9d}"),
            "Cyrillic UTF-8 as windows-1252 @0: ÐžÐžÐ\u{9d} -> ООН"
        );
        // Read as ISO-8859-1: C1 controls instead of windows-1252's letters.
        assert_eq!(
            moji("Ð\u{9f}Ñ\u{80}Ð¸Ð²ÐµÑ\u{82}"),
            "Cyrillic UTF-8 as ISO-8859-1 @0: Ð\u{9f}Ñ\u{80}Ð¸Ð²ÐµÑ\u{82} -> Привет"
        );
        let long = "Ð¡ÐµÐºÑ€ÐµÑ‚Ð°Ñ€Ð¸Ð°Ñ‚ Ð¡ÐµÐºÑ€ÐµÑ‚Ð°Ñ€Ð¸Ð°Ñ‚ Ð¡ÐµÐºÑ€ÐµÑ‚Ð°Ñ€Ð¸Ð°Ñ‚";
        let m = mojibake(long).unwrap();
        assert!(m.sample.chars().count() <= 40 && m.repaired.chars().count() <= 40);
        assert_eq!(m.repaired, "Секретариат Секретар");
    }

    #[test]
    fn mojibake_negatives() {
        for text in [
            "",
            "plain ASCII",
            "Ça coûte 5 € — très cher !",
            "Größe, Maße, Spaß“ und Maß“",
            "señor, ¿qué tal? ¡Olé!",
            "São Paulo – Brasil, ação, coração",
            "Łódź, Żółć, zażółć gęślą jaźń",
            "İstanbul'da güzel bir gün, çok şükür",
            "Tiếng Việt có dấu: Hà Nội",
            "naïve café résumé façade Ærø Ångström Øresund",
            "« Bonjour » à « toi »",
            "Ø±0.5 mm, 3×½, 2×¼, ±5°C",
            "Ã©tÃ© (Latin read twice is not reported)",
            "Â© 2025 Â«quotedÂ»",
            "Секретариат ООН (already correct)",
            "新闻 Ελληνικά Հայաստան",
            "ðŸ˜€ emoji read as windows-1252",
        ] {
            assert_eq!(moji(text), "none", "{text:?}");
        }
    }
}
