//! Value validators: the W3C Feed Validation Service's checks of single values (URIs, dates,
//! e-mail addresses, MIME types, language codes, numbers, plain text), as pure functions.
//!
//! Each check takes one value (an element's text or an attribute) and pushes [`Finding`]s: the
//! W3C message class as a [`Code`], a one-line message in our words, and `value`, `attr` and
//! `extra` exactly where the W3C message class carries them. The document walker adds the
//! parent, the element and the position. Every check returns `true` when it reported no error
//! and no warning; like the W3C validator, a successful check pushes a pass (`ValidURI`,
//! `ValidRFC2822Date`, `ValidContact`...).
//!
//! # Conventions
//!
//! - **Stripping.** A value is stripped of surrounding white space before it is checked, with
//!   Python's `str.strip()` set (Unicode white space and U+001C..U+001F; see [`py_strip`]), as
//!   the W3C validator does with element values. Functions documented as *not stripped*
//!   (`yesno`, `truefalse`...) check the value as given. Messages carry the stripped value.
//! - **No I/O, no clock.** Date checks take `now` (Unix seconds) from the caller; `None` skips
//!   the "in the future" half of `ImplausibleDate`. E-mail checks never query DNS.
//! - **Regular expressions.** The W3C validator's Python regular expressions are rewritten as
//!   hand-written matchers over bytes with the same language: `re.match` is anchored at the
//!   start, `$` at the end; `\s` and `\w` are Unicode-aware as in Python 3; classes such as
//!   `[a-z]` are ASCII. `\d` matches ASCII digits (see *Deviations*).
//! - **Speed.** Checks run on every value of large feeds: common values (ASCII URLs, tag
//!   URIs, `addr (Name)`, dates) are checked without allocating beyond the pass finding
//!   itself; messages are built only when a finding is pushed.
//!
//! # Decisions
//!
//! - **IRIs.** The W3C validator IDNA-encodes a whole IRI (Python's `idna` codec, label by
//!   label between dots) so that non-ASCII characters pass its ASCII-only URI grammar. We do
//!   not encode: in the IRI rules ([`UriRule::Iri`], [`UriRule::IriFull`]) a non-ASCII
//!   character counts as an allowed URI character when RFC 3987 allows it (`ucschar`) and IDNA
//!   nameprep does not prohibit it (non-ASCII spaces, controls, bidi formatting characters,
//!   private use...). The same test decides `UriNotIri` in the URI rules. Differences: the
//!   W3C validator also rejects unassigned code points, right-to-left text mixed with
//!   left-to-right letters between two dots, and dot-separated runs over 63 characters once
//!   encoded (long non-ASCII paths); we accept those.
//! - **DNS.** Where the W3C validator would look up the domain of an address that matches
//!   only its loose e-mail pattern (`UnknownHost` when the lookup fails), we accept the
//!   address as if the lookup had succeeded: nothing is pushed and the check succeeds.
//! - **NFC.** The canonical form of URIs ([`canonical_uri`]) NFC-normalises components with
//!   `icu_normalizer` (already in the dependency tree through `url`).
//!
//! # Deviations from the W3C validator
//!
//! - `\d` in the date, tag-URI, duration and number patterns matches ASCII digits only;
//!   Python 3 also matches other Unicode decimal digits (`٢٠٠٣-...`). Python's `int()` and
//!   `float()` semantics ([`non_negative_integer`], [`latitude`]...) do accept Unicode digits.
//! - Python's `str.isalpha()` and `\w` are approximated with Rust's `char::is_alphabetic` and
//!   `char::is_alphanumeric`, which also count combining vowel signs and letter-like numerals.
//! - Case folding of a handful of non-ASCII characters into ASCII by Python's `str.lower()`
//!   (the Kelvin sign becomes `k`) is not imitated.

use std::borrow::Cow;

use memchr::{memchr, memchr2, memmem};

use super::Finding;
use crate::diagnostic::Code;
use crate::model::time::{civil_from_days, days_from_civil, days_in_month, format_unix_utc};

// ------------------------------------------------------------------------------------------
// Shared helpers
// ------------------------------------------------------------------------------------------

/// What the plain-text check [`nonhtml`] needs to know about the element around a value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextContext {
    /// The raw document line where the element starts contains `&#x` (the W3C validator then
    /// assumes character references are intended and skips the entity checks). Default `false`.
    pub start_line_has_hex_ref: bool,
    /// The document is RSS whose `rss` element's `version` starts with `2.` (enables the RSS
    /// profile's `CharacterData` warning). Default `false`.
    pub rss2: bool,
}

/// Python's `str.isspace()`: Unicode white space plus the information separators
/// U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Strips white space from both ends like Python's `str.strip()` (which the W3C validator
/// applies to element values before checking them).
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

/// Python's `\w` for `str` patterns (letters, digits and numbers of any script, `_`).
fn is_py_word(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Python's `str.isalpha()` for a whole string (false for the empty string).
fn is_py_alpha(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphabetic)
}

/// The value of a Unicode decimal digit (general category Nd), as Python's `int()` reads it.
fn py_decimal(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let u = c as u32;
    if u < 0x660 {
        return None;
    }
    let zero = match ND_ZEROS.binary_search(&u) {
        Ok(i) => ND_ZEROS[i],
        Err(0) => return None,
        Err(i) => ND_ZEROS[i - 1],
    };
    (u - zero < 10).then_some(u - zero)
}

/// Python's `repr()` of an ASCII character, as the W3C validator shows it in `InvalidUriChar`.
fn py_repr(b: u8) -> String {
    match b {
        b'\\' => r"'\\'".to_owned(),
        b'\'' => "\"'\"".to_owned(),
        b'\t' => r"'\t'".to_owned(),
        b'\n' => r"'\n'".to_owned(),
        b'\r' => r"'\r'".to_owned(),
        0x20..=0x7e => format!("'{}'", b as char),
        _ => format!("'\\x{b:02x}'"),
    }
}

/// A value as shown inside a message: one line, at most 100 characters.
fn shown(v: &str) -> Cow<'_, str> {
    const MAX: usize = 100;
    if v.len() <= MAX && !v.chars().any(char::is_control) {
        return Cow::Borrowed(v);
    }
    let mut s = String::with_capacity(MAX + 8);
    for (n, c) in v.chars().enumerate() {
        if n == MAX {
            s.push('…');
            break;
        }
        if c.is_control() {
            s.extend(c.escape_default());
        } else {
            s.push(c);
        }
    }
    Cow::Owned(s)
}

/// ASCII case-insensitive `starts_with`.
fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Looks up an ASCII word in a sorted table after lower-casing it (`upper`: upper-casing).
fn in_table(table: &[&str], word: &str, upper: bool) -> bool {
    let mut buf = [0u8; 16];
    let b = word.as_bytes();
    if b.is_empty() || b.len() > buf.len() || !word.is_ascii() {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = if upper {
            s.to_ascii_uppercase()
        } else {
            s.to_ascii_lowercase()
        };
    }
    // The buffer holds ASCII only, so it is valid UTF-8.
    let key = std::str::from_utf8(&buf[..b.len()]).unwrap_or_default();
    table.binary_search(&key).is_ok()
}

/// Number of ASCII digits at the start of `b`.
fn count_digits(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_digit()).count()
}

/// The number written by exactly `n` ASCII digits at `b[i..]`.
fn digits_at(b: &[u8], i: usize, n: usize) -> Option<u32> {
    let d = b.get(i..i + n)?;
    d.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

// ------------------------------------------------------------------------------------------
// URIs and IRIs (values.md §1)
// ------------------------------------------------------------------------------------------

/// Which of the W3C validator's URI validators [`uri`] imitates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UriRule {
    /// `rfc2396`: a URI reference; relative references and the empty string pass.
    Plain,
    /// `rfc2396_full`: an absolute URI (a scheme and at least one character after it).
    Full,
    /// `rfc3987`: an IRI reference; non-ASCII characters are allowed (see the module docs).
    Iri,
    /// `rfc3987_full`: an absolute IRI.
    IriFull,
    /// `httpURL`: an `http` or `https` URL with a DNS-style host name and an optional port
    /// (enclosure `url`, `itunes:image` `href`). No tag/urn/scheme logic.
    HttpUrl,
}

impl UriRule {
    /// The failure class the W3C validator uses with this rule unless the element asks for
    /// another one: `InvalidLink`, `InvalidFullLink`, `InvalidIRI`, `InvalidFullLink`,
    /// `InvalidURLAttribute`.
    pub fn default_error(self) -> Code {
        match self {
            UriRule::Plain => Code::InvalidLink,
            UriRule::Full | UriRule::IriFull => Code::InvalidFullLink,
            UriRule::Iri => Code::InvalidIRI,
            UriRule::HttpUrl => Code::InvalidURLAttribute,
        }
    }

    /// The pass class of this rule: `ValidURLAttribute` for [`UriRule::HttpUrl`], else
    /// `ValidURI`.
    pub fn default_success(self) -> Code {
        match self {
            UriRule::HttpUrl => Code::ValidURLAttribute,
            _ => Code::ValidURI,
        }
    }
}

/// `[0-9a-zA-Z;/?:@&=+$\.\-_!~*'()%,#]`: the ASCII characters the W3C URI grammar allows.
const URI_BYTE: [bool; 128] = {
    let mut t = [false; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || memchr_const(b, b";/?:@&=+$.-_!~*'()%,#");
        c += 1;
    }
    t
};

const fn memchr_const(b: u8, set: &[u8]) -> bool {
    let mut i = 0;
    while i < set.len() {
        if set[i] == b {
            return true;
        }
        i += 1;
    }
    false
}

fn is_uri_byte(b: u8) -> bool {
    b < 0x80 && URI_BYTE[b as usize]
}

/// A non-ASCII character allowed in an IRI: RFC 3987 `ucschar`, minus what IDNA nameprep
/// (RFC 3491) prohibits or what is invisible formatting.
fn is_iri_char(c: char) -> bool {
    let u = c as u32;
    let ucschar = matches!(u, 0xA0..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFEF | 0xE1000..=0xEFFFD)
        || ((0x10000..0xE0000).contains(&u) && (u & 0xFFFF) <= 0xFFFD);
    ucschar
        && !matches!(
            u,
            0xA0 | 0x340
                | 0x341
                | 0x6DD
                | 0x70F
                | 0x1680
                | 0x180E
                | 0x2000..=0x200A
                | 0x200E
                | 0x200F
                | 0x2028..=0x202F
                | 0x205F
                | 0x2061..=0x2063
                | 0x206A..=0x206F
                | 0x2FF0..=0x2FFB
                | 0x3000
                | 0x1D173..=0x1D17A
        )
}

/// Every character of `s` is an allowed URI character (or, with `iri`, an IRI character).
fn all_uri_chars(s: &str, iri: bool) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if !URI_BYTE[c as usize] {
                return false;
            }
            i += 1;
        } else {
            if !iri {
                return false;
            }
            // `i` is at a character boundary: only ASCII bytes were skipped one by one.
            let Some(ch) = s[i..].chars().next() else {
                return false;
            };
            if !is_iri_char(ch) {
                return false;
            }
            i += ch.len_utf8();
        }
    }
    true
}

/// `[a-zA-Z][0-9a-zA-Z+\-\.]*:` exactly.
fn is_scheme_colon(h: &[u8]) -> bool {
    match h {
        [first, mid @ .., b':'] => {
            first.is_ascii_alphabetic()
                && mid
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        }
        _ => false,
    }
}

/// `rfc2396_re`: `([a-zA-Z][0-9a-zA-Z+\-\.]*:)?/{0,2}(\[[0-9A-Fa-f:]+\])?[uri chars]*$`.
fn match_plain(s: &str, iri: bool) -> bool {
    let b = s.as_bytes();
    let Some(p) = memchr(b'[', b) else {
        return all_uri_chars(s, iri);
    };
    // The only `[` allowed opens the IPv6 literal, after `(scheme:)?/{0,2}`.
    let prefix = &b[..p];
    let slashes = prefix.iter().rev().take_while(|&&c| c == b'/').count();
    let head = &prefix[..prefix.len() - slashes];
    if slashes > 2 || !(head.is_empty() || is_scheme_colon(head)) {
        return false;
    }
    let Some(close) = memchr(b']', &b[p + 1..]) else {
        return false;
    };
    let inner = &b[p + 1..p + 1 + close];
    !inner.is_empty()
        && inner.iter().all(|c| c.is_ascii_hexdigit() || *c == b':')
        && all_uri_chars(&s[p + 2 + close..], iri)
}

/// `rfc2396_full`: `[a-zA-Z][0-9a-zA-Z+\-\.]*:(//)?[uri chars]+$`.
fn match_full(s: &str, iri: bool) -> bool {
    let b = s.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let n = b[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        .count();
    // `(//)?` can always give its slashes back to the character class, so it adds nothing.
    b.get(1 + n) == Some(&b':') && b.len() > n + 2 && all_uri_chars(&s[n + 2..], iri)
}

/// `tag_re` (RFC 4151 with a lower-case authority).
fn match_tag(s: &str) -> bool {
    let Some(rest) = s.as_bytes().strip_prefix(b"tag:") else {
        return false;
    };
    let Some(comma) = memchr(b',', rest) else {
        return false;
    };
    // `([a-z0-9\-\._]+?@)?[a-z0-9\.\-]+?,`: neither part can hold `@` or `,`.
    let seg = &rest[..comma];
    let (email, authority) = match memchr(b'@', seg) {
        Some(a) => (Some(&seg[..a]), &seg[a + 1..]),
        None => (None, seg),
    };
    let lower_dns =
        |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'-');
    if let Some(e) = email
        && (e.is_empty() || !e.iter().all(|c| lower_dns(c) || *c == b'_'))
    {
        return false;
    }
    if authority.is_empty() || !authority.iter().all(lower_dns) {
        return false;
    }
    // `\d{4}(-\d{2}(-\d{2})?)?:`
    let d = &rest[comma + 1..];
    if digits_at(d, 0, 4).is_none() {
        return false;
    }
    let mut i = 4;
    for _ in 0..2 {
        if d.get(i) == Some(&b'-') && digits_at(d, i + 1, 2).is_some() {
            i += 3;
        } else {
            break;
        }
    }
    if d.get(i) != Some(&b':') {
        return false;
    }
    // `[uri chars but #]*(#[uri chars but #]*)?$`
    let specific = &d[i + 1..];
    let (name, fragment) = match memchr(b'#', specific) {
        Some(h) => (&specific[..h], &specific[h + 1..]),
        None => (specific, &[][..]),
    };
    let ok = |c: &u8| *c != b'#' && is_uri_byte(*c);
    name.iter().all(ok) && fragment.iter().all(ok)
}

/// `urn_re`: `urn:` + NID (2 to 32 letters, digits, hyphens, not starting with a hyphen) + `:`
/// + NSS (allowed characters or `%XX`, at least one).
fn match_urn(s: &str) -> bool {
    let b = s.as_bytes();
    if !starts_with_ci(b, b"urn:") {
        return false;
    }
    let rest = &b[4..];
    let Some(colon) = memchr(b':', rest) else {
        return false;
    };
    let nid = &rest[..colon];
    if !(2..=32).contains(&nid.len())
        || !nid[0].is_ascii_alphanumeric()
        || !nid.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
    {
        return false;
    }
    let nss = &rest[colon + 1..];
    let mut i = 0;
    while i < nss.len() {
        let c = nss[i];
        if c.is_ascii_alphanumeric() || memchr_const(c, b"()+,.:=@;$_!*'-") {
            i += 1;
        } else if c == b'%'
            && nss.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && nss.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            i += 3;
        } else {
            return false;
        }
    }
    !nss.is_empty()
}

/// `uuid_re`: `urn:uuid:` + 8-4-4-4-12 hexadecimal digits.
fn match_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 9 + 36 || !starts_with_ci(b, b"urn:uuid:") {
        return false;
    }
    b[9..].iter().enumerate().all(|(i, c)| match i {
        8 | 13 | 18 | 23 => *c == b'-',
        _ => c.is_ascii_hexdigit(),
    })
}

/// `domain_re` matching all of `host`: dot-separated labels of ASCII letters, digits and
/// hyphens, at least two, the last starting with a letter or digit.
fn match_domain(host: &[u8]) -> bool {
    let mut labels = 0;
    let mut last: &[u8] = &[];
    for label in host.split(|&c| c == b'.') {
        if label.is_empty()
            || !label
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2 && last[0].is_ascii_alphanumeric()
}

/// `httpURL`: `(http|https)://` + domain + `(?::\d+)?(/|$)` (ignoring case) and the full
/// URI grammar. (The RSS `enclosure` URL rule; `check` applies it to an item's `image.url`.)
pub fn match_http_url(s: &str) -> bool {
    let b = s.as_bytes();
    let start = if starts_with_ci(b, b"http://") {
        7
    } else if starts_with_ci(b, b"https://") {
        8
    } else {
        return false;
    };
    let host_len = b[start..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
        .count();
    let mut i = start + host_len;
    if !match_domain(&b[start..i]) {
        return false;
    }
    if b.get(i) == Some(&b':') {
        let n = count_digits(&b[i + 1..]);
        if n == 0 {
            return false;
        }
        i += 1 + n;
    }
    (i == b.len() || b[i] == b'/') && match_full(s, false)
}

/// Whether a URI scheme is in the W3C validator's list of IANA-registered schemes (ignoring
/// ASCII case).
pub fn is_iana_scheme(scheme: &str) -> bool {
    matches!(scheme, "http" | "https") || in_table(IANA_SCHEMES, scheme, false)
}

/// Checks a URI or IRI like the W3C validator's `rfc2396`, `rfc2396_full`, `rfc3987`,
/// `rfc3987_full` and `httpURL` validators (values.md §1). The value is stripped first.
///
/// In order: a `tag:` value must be an RFC 4151 tag (`ValidTAG`/`InvalidTAG`); a `urn:` value
/// must be a URN (`ValidURN`/`InvalidURN`; `InvalidUUID` for a malformed `urn:uuid:`); a value
/// outside the rule's grammar gives `InvalidUriChar` (with `char`, the Python repr of the first
/// ASCII character outside the URI characters), `UriNotIri` (only non-ASCII characters are
/// wrong, and the rule does not allow them) or `error`; `http:` and `ftp:` need `//` and a
/// host; an alphabetic scheme missing from the IANA list gives the warning
/// `SchemeNotIANARegistered` (its `value` is the scheme); otherwise `success`. Findings carry
/// `value` and, when given, `attr` (which the W3C validator merges into every message here
/// but `SchemeNotIANARegistered`). [`UriRule::HttpUrl`] only knows `success` and `error`.
pub fn uri(
    value: &str,
    rule: UriRule,
    error: Code,
    success: Code,
    attr: Option<&str>,
    out: &mut Vec<Finding>,
) -> bool {
    uri_unstripped(py_strip(value), rule, error, success, attr, out)
}

/// [`uri`] without stripping: attribute values are checked as written (the W3C validator
/// strips element text, not attribute values, so `href=" http://a/ "` is invalid).
pub fn uri_unstripped(
    value: &str,
    rule: UriRule,
    error: Code,
    success: Code,
    attr: Option<&str>,
    out: &mut Vec<Finding>,
) -> bool {
    let mut push = |code: Code, message: String| {
        let f = Finding::new(code, message).value(value);
        out.push(match attr {
            Some(a) => f.attr(a),
            None => f,
        });
    };
    if rule == UriRule::HttpUrl {
        if match_http_url(value) {
            push(success, "valid http(s) URL".to_owned());
            return true;
        }
        push(
            error,
            format!(
                "`{}` is not an http or https URL with a host name",
                shown(value)
            ),
        );
        return false;
    }

    let scheme = value.find(':').map_or(value, |i| &value[..i]);
    if scheme.eq_ignore_ascii_case("tag") {
        if match_tag(value) {
            push(Code::ValidTAG, "valid tag URI".to_owned());
            return true;
        }
        push(
            Code::InvalidTAG,
            format!(
                "`{}` is not a valid tag URI (RFC 4151: `tag:authority,YYYY[-MM[-DD]]:specific`, lower-case authority)",
                shown(value)
            ),
        );
        return false;
    }
    if scheme.eq_ignore_ascii_case("urn") {
        if starts_with_ci(value.as_bytes(), b"urn:uuid:") && !match_uuid(value) {
            push(
                Code::InvalidUUID,
                format!(
                    "`{}` is not a valid UUID URN (`urn:uuid:` and 8-4-4-4-12 hexadecimal digits)",
                    shown(value)
                ),
            );
            return false;
        }
        if match_urn(value) {
            push(Code::ValidURN, "valid URN".to_owned());
            return true;
        }
        push(
            Code::InvalidURN,
            format!("`{}` is not a valid URN (RFC 2141)", shown(value)),
        );
        return false;
    }

    let full = matches!(rule, UriRule::Full | UriRule::IriFull);
    let iri = matches!(rule, UriRule::Iri | UriRule::IriFull);
    let grammar = |iri: bool| {
        if full {
            match_full(value, iri)
        } else {
            match_plain(value, iri)
        }
    };
    if !grammar(iri) {
        if let Some(b) = value.bytes().find(|&b| b < 0x80 && !URI_BYTE[b as usize]) {
            let repr = py_repr(b);
            let message = format!(
                "`{}` contains {repr}, which a URI cannot hold",
                shown(value)
            );
            let f = Finding::new(Code::InvalidUriChar, message)
                .value(value)
                .with("char", repr);
            out.push(match attr {
                Some(a) => f.attr(a),
                None => f,
            });
        } else if !iri && grammar(true) {
            push(
                Code::UriNotIri,
                format!(
                    "`{}` is an IRI (it has non-ASCII characters) where a URI is expected; percent-encode them",
                    shown(value)
                ),
            );
        } else if full {
            push(
                error,
                format!("`{}` is not an absolute URI (scheme:...)", shown(value)),
            );
        } else {
            push(error, format!("`{}` is not a valid URI", shown(value)));
        }
        return false;
    }

    if (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("ftp"))
        && !has_authority(value, scheme.len())
    {
        push(
            error,
            format!("`{}` needs `//` and a host after the scheme", shown(value)),
        );
        return false;
    }

    if scheme.len() < value.len() && is_py_alpha(scheme) && !is_iana_scheme(scheme) {
        let scheme = scheme.to_lowercase();
        out.push(
            Finding::new(
                Code::SchemeNotIANARegistered,
                format!(
                    "the URI scheme `{}` is not registered with IANA",
                    shown(&scheme)
                ),
            )
            .value(scheme),
        );
        return false;
    }

    push(success, "valid URI".to_owned());
    true
}

/// `^\w+://[^/].*` for an `http` or `ftp` value whose scheme is `scheme_len` bytes long.
fn has_authority(value: &str, scheme_len: usize) -> bool {
    let rest = &value.as_bytes()[scheme_len..];
    rest.starts_with(b"://") && rest.get(3).is_some_and(|&c| c != b'/')
}

/// The `canonicaluri` check (Atom `id`, `thr:in-reply-to` `ref`): the stripped value must be
/// a full IRI (checked by [`uri`] with [`UriRule::IriFull`], `InvalidFullLink`, `ValidURI`);
/// then, when [`canonical_uri`] of the stripped value differs from the original (unstripped)
/// value or does not exist, the warning `NonCanonicalURI` with extras `uri` (the original
/// value) and `curi` (the canonical form, or `N/A`).
pub fn canonical_uri_check(value: &str, out: &mut Vec<Finding>) -> bool {
    let stripped = py_strip(value);
    if !uri(
        stripped,
        UriRule::IriFull,
        Code::InvalidFullLink,
        Code::ValidURI,
        None,
        out,
    ) {
        return false;
    }
    if is_plainly_canonical(value) {
        return true;
    }
    let canonical = canonical_uri(stripped);
    if canonical.as_deref() == Some(value) {
        return true;
    }
    let curi = canonical.unwrap_or_else(|| "N/A".to_owned());
    let message = if curi == "N/A" {
        format!(
            "`{}` has no canonical form (malformed escapes or not UTF-8)",
            shown(value)
        )
    } else {
        format!(
            "`{}` is not in canonical form; write `{}`",
            shown(value),
            shown(&curi)
        )
    };
    out.push(
        Finding::new(Code::NonCanonicalURI, message)
            .with("uri", value)
            .with("curi", curi),
    );
    false
}

/// Whether `value` is certainly its own [`canonical_uri`]: ASCII, no `%`, lower-case scheme
/// and host, no user info, no default or empty port, no dot segments, only characters that
/// stay literal. Decides the common Atom id without allocating; `false` means "compute it".
fn is_plainly_canonical(value: &str) -> bool {
    let b = value.as_bytes();
    if !value.is_ascii() || memchr(b'%', b).is_some() {
        return false;
    }
    let Some(colon) = value
        .find([':', '/', '?', '#'])
        .filter(|&i| i > 0 && b[i] == b':')
    else {
        return false;
    };
    let scheme = &value[..colon];
    if scheme.bytes().any(|c| c.is_ascii_uppercase()) || scheme == "mailto" {
        return false;
    }
    let mut rest = &value[colon + 1..];
    let hierarchical = match rest.strip_prefix("//") {
        Some(r) => {
            let (authority, after) = r.split_at(r.find(['/', '?', '#']).unwrap_or(r.len()));
            let (host, port) = match authority.rfind(':') {
                Some(i) => (&authority[..i], Some(&authority[i + 1..])),
                None => (authority, None),
            };
            let plain = |s: &str| {
                s.bytes()
                    .all(|c| keep_in_host(c) && !c.is_ascii_uppercase())
            };
            if !plain(host) || host.ends_with('.') || !after.starts_with('/') {
                return false;
            }
            if let Some(p) = port {
                let default = default_port(scheme);
                if p.is_empty() || !plain(p) || (default.is_some() && p.parse().ok() == default) {
                    return false;
                }
            }
            rest = after;
            true
        }
        None => rest.starts_with('/'),
    };
    let (path, tail) = rest.split_at(rest.find(['?', '#']).unwrap_or(rest.len()));
    if !path.bytes().all(|c| keep_in_path(c) || c == b'/')
        || (hierarchical && path.split('/').any(|s| s == "." || s == ".."))
    {
        return false;
    }
    let (query, fragment) = match tail.find('#') {
        Some(i) => (&tail[..i], &tail[i + 1..]),
        None => (tail, ""),
    };
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .bytes()
        .all(keep_in_query)
        && fragment.bytes().all(keep_in_query)
}

/// Default ports removed from canonical URIs.
fn default_port(scheme: &str) -> Option<u32> {
    Some(match scheme {
        "ftp" => 21,
        "telnet" => 23,
        "http" => 80,
        "gopher" => 70,
        "news" | "nntp" => 119,
        "prospero" => 191,
        "https" => 443,
        "snews" | "snntp" => 563,
        _ => return None,
    })
}

/// RFC 3986 unreserved characters.
fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Characters kept literal in a canonical path segment.
fn keep_in_path(b: u8) -> bool {
    is_unreserved(b) || memchr_const(b, b"!$&'()*+,;=:@")
}

/// Characters kept literal in a canonical query or fragment.
fn keep_in_query(b: u8) -> bool {
    keep_in_path(b) || b == b'/' || b == b'?'
}

/// Characters kept literal in a canonical user-info part (RFC 3986 `userinfo`).
fn keep_in_userinfo(b: u8) -> bool {
    is_unreserved(b) || memchr_const(b, b"!$&'()*+,;=:")
}

/// Characters kept literal in a canonical host name (RFC 3986 `reg-name`).
fn keep_in_host(b: u8) -> bool {
    is_unreserved(b) || memchr_const(b, b"!$&'()*+,;=")
}

/// Decodes `%XX` escapes and NFC-normalises; `None` for a malformed escape or bytes that are
/// not UTF-8.
fn unescape(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let decoded = if memchr(b'%', b).is_none() {
        s.to_owned()
    } else {
        let mut bytes = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' {
                let hex = b.get(i + 1..i + 3)?;
                let hi = (hex[0] as char).to_digit(16)?;
                let lo = (hex[1] as char).to_digit(16)?;
                bytes.push((hi * 16 + lo) as u8);
                i += 3;
            } else {
                bytes.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(bytes).ok()?
    };
    if decoded.is_ascii() {
        return Some(decoded);
    }
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    Some(nfc.normalize(&decoded).into_owned())
}

/// Appends `s` percent-encoding (UTF-8, upper-case hex) every byte `keep` rejects.
fn escape_into(out: &mut String, s: &str, keep: fn(u8) -> bool) {
    for &b in s.as_bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(
                char::from_digit(u32::from(b >> 4), 16)
                    .unwrap_or('0')
                    .to_ascii_uppercase(),
            );
            out.push(
                char::from_digit(u32::from(b & 15), 16)
                    .unwrap_or('0')
                    .to_ascii_uppercase(),
            );
        }
    }
}

/// The canonical form of a URI (RFC 3986 normalisation as the W3C validator's `uri.py` does
/// it), or `None` for a relative reference without an absolute path, a malformed `%` escape,
/// escapes that are not UTF-8, or an unpaired `[` in the host.
///
/// The scheme and host are lower-cased; a trailing dot leaves a host that has another dot;
/// a default or empty port goes; a `user:password` of just `:` goes; dot segments are
/// removed from hierarchical paths and an empty path after a host becomes `/`. Every component
/// is percent-decoded, NFC-normalised and re-encoded, keeping literal the unreserved characters
/// and, in path segments, `!$&'()*+,;=:@` (plus `/` and `?` in the query and fragment); a
/// decoded `/` inside a path segment stays encoded. For `mailto:` the domain after the last
/// `@` is lower-cased.
///
/// `HTTP://Example.COM` → `http://example.com/`; `http://a/b/../c` → `http://a/c`;
/// `http://a:80/` → `http://a/`; `http://a/%7euser` → `http://a/~user`.
pub fn canonical_uri(value: &str) -> Option<String> {
    // ^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$
    let (scheme, rest) = match value.find([':', '/', '?', '#']) {
        Some(i) if i > 0 && value.as_bytes()[i] == b':' => (Some(&value[..i]), &value[i + 1..]),
        _ => (None, value),
    };
    let (authority, rest) = match rest.strip_prefix("//") {
        Some(r) => {
            let end = r.find(['/', '?', '#']).unwrap_or(r.len());
            (Some(&r[..end]), &r[end..])
        }
        None => (None, rest),
    };
    let (rest, fragment) = match rest.find('#') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    if fragment.is_some_and(|f| f.contains('\n')) {
        return None; // `.` does not match a line break
    }
    let (path, query) = match rest.find('?') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    if scheme.is_none() && authority.is_none() && !path.starts_with('/') {
        return None;
    }

    let scheme = scheme.map(str::to_lowercase);
    let mut out = String::with_capacity(value.len() + 8);
    if let Some(s) = &scheme {
        out.push_str(s);
        out.push(':');
    }
    if let Some(a) = authority {
        out.push_str("//");
        let (userinfo, hostport) = match a.rfind('@') {
            Some(i) => (Some(&a[..i]), &a[i + 1..]),
            None => (None, a),
        };
        if let Some(u) = userinfo.filter(|u| *u != ":") {
            escape_into(&mut out, &unescape(u)?, keep_in_userinfo);
            out.push('@');
        }
        let (host, port) = if hostport.starts_with('[') {
            let close = hostport.find(']')?;
            let after = &hostport[close + 1..];
            let port = match after.strip_prefix(':') {
                Some(p) => Some(p),
                None if after.is_empty() => None,
                None => return None,
            };
            out.push_str(&hostport[..=close].to_lowercase());
            (None, port)
        } else {
            match hostport.rfind(':') {
                Some(i) => (Some(&hostport[..i]), Some(&hostport[i + 1..])),
                None => (Some(hostport), None),
            }
        };
        if let Some(h) = host {
            let mut h = unescape(h)?.to_lowercase();
            if h.ends_with('.') && h[..h.len() - 1].contains('.') {
                h.pop();
            }
            escape_into(&mut out, &h, keep_in_host);
        }
        if let Some(p) = port.filter(|p| !p.is_empty()) {
            let default = scheme.as_deref().and_then(default_port);
            let is_default = default.is_some() && p.parse::<u32>().ok() == default;
            if !is_default {
                out.push(':');
                escape_into(&mut out, &unescape(p)?, keep_in_host);
            }
        }
    }

    if scheme.as_deref() == Some("mailto") && authority.is_none() {
        let path = unescape(path)?;
        match path.rfind('@') {
            Some(i) => {
                escape_into(&mut out, &path[..i], keep_in_path);
                out.push('@');
                escape_into(&mut out, &path[i + 1..].to_lowercase(), keep_in_path);
            }
            None => escape_into(&mut out, &path, keep_in_path),
        }
    } else if authority.is_some() || path.starts_with('/') {
        if path.is_empty() {
            out.push('/');
        } else {
            let mut segments: Vec<String> = Vec::new();
            let raw: Vec<&str> = path[1..].split('/').collect();
            for (i, seg) in raw.iter().enumerate() {
                let seg = unescape(seg)?;
                let last = i + 1 == raw.len();
                match seg.as_str() {
                    "." | ".." => {
                        if seg == ".." {
                            segments.pop();
                        }
                        if last {
                            segments.push(String::new());
                        }
                    }
                    _ => segments.push(seg),
                }
            }
            for seg in &segments {
                out.push('/');
                escape_into(&mut out, seg, keep_in_path);
            }
            if segments.is_empty() {
                out.push('/');
            }
        }
    } else {
        for (i, seg) in path.split('/').enumerate() {
            if i > 0 {
                out.push('/');
            }
            escape_into(&mut out, &unescape(seg)?, keep_in_path);
        }
    }
    if let Some(q) = query {
        out.push('?');
        escape_into(&mut out, &unescape(q)?, keep_in_query);
    }
    if let Some(f) = fragment {
        out.push('#');
        escape_into(&mut out, &unescape(f)?, keep_in_query);
    }
    Some(out)
}

// ------------------------------------------------------------------------------------------
// E-mail addresses (values.md §2)
// ------------------------------------------------------------------------------------------

/// `email_re` (ignoring case, anchored at both ends): `[A-Z0-9_\-\+\.\']+@` + domain.
fn match_email(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(at) = memchr(b'@', b) else {
        return false;
    };
    at > 0
        && b[..at]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'+' | b'.' | b'\''))
        && match_domain(&b[at + 1..])
}

/// `simple_email_re`: `^[\w._%+-]+@[A-Za-z][\w.-]+$`.
fn match_simple_email(s: &str) -> bool {
    let Some(at) = s.find('@') else {
        return false;
    };
    let (local, domain) = (&s[..at], &s[at + 1..]);
    let mut d = domain.chars();
    !local.is_empty()
        && local
            .chars()
            .all(|c| is_py_word(c) || matches!(c, '.' | '%' | '+' | '-'))
        && d.next().is_some_and(|c| c.is_ascii_alphabetic())
        && domain.len() > 1
        && d.all(|c| is_py_word(c) || matches!(c, '.' | '-'))
}

/// The `addr_spec` check (Atom `email`, OpenSearch `Contact`): the stripped value must be an
/// e-mail address (`ValidContact` with `value`, or `error` with `value`; the W3C class is
/// `InvalidAddrSpec` for Atom). An address that matches only the W3C validator's looser
/// pattern (`user@host` with word characters) would be checked by a DNS lookup there; here
/// it is accepted silently (nothing pushed, success), and `UnknownHost` is never reported.
pub fn addr_spec(value: &str, error: Code, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    if match_email(value) {
        out.push(Finding::new(Code::ValidContact, "valid e-mail address").value(value));
        true
    } else if match_simple_email(value) {
        true
    } else {
        out.push(
            Finding::new(
                error,
                format!("`{}` is not an e-mail address", shown(value)),
            )
            .value(value),
        );
        false
    }
}

/// The `email` check (`itunes:email`, OPML `ownerEmail`, and the fallback of
/// [`email_with_name`]): the plain-text check [`nonhtml`] (`ContainsHTML`), then the value is
/// read as an RFC 822 address list (Python 3.11's `email.utils.getaddresses`: comments and
/// display names dropped, `Name <addr>` and `addr (Name)` understood); when it holds exactly
/// one address that address is checked by [`addr_spec`] with `InvalidContact`, otherwise the
/// whole value is.
pub fn email(value: &str, cx: TextContext, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    let plain = nonhtml(value, Code::ContainsHTML, cx, out);
    addr_spec(&single_address(value), Code::InvalidContact, out) && plain
}

/// The one address of an RFC 822 address list, or the whole value when the list does not
/// hold exactly one. `user@example.com` and `user@example.com (Name)` are answered without
/// running the parser.
fn single_address(value: &str) -> Cow<'_, str> {
    if match_email(value) {
        return Cow::Borrowed(value);
    }
    // `address (comment)`, the comment without nested parentheses, escapes or line breaks.
    if let Some((address, comment)) = value.split_once(" (") {
        let address = address.trim_end_matches([' ', '\t']);
        let simple = |c: &str| !c.contains(['(', ')', '\\', '\r']);
        if comment.strip_suffix(')').is_some_and(simple) && match_email(address) {
            return Cow::Borrowed(address);
        }
    }
    let mut list = address_list(value);
    if list.len() == 1 {
        Cow::Owned(list.pop().unwrap_or_default())
    } else {
        Cow::Borrowed(value)
    }
}

/// The e-mail check of RSS `managingEditor`, `webMaster` and item `author`, where the RSS
/// profile asks for `addr (Real Name)`. A `mailto:` prefix is removed and the rest
/// percent-decoded. A value with `@` after its first character that does not end with `)`
/// gives the warning `EmailFormat` when it holds a space after its first character
/// (`Joe <joe@example.com>`), else `MissingRealName` (a bare address); neither carries a
/// value. Any other value goes through [`email`].
pub fn email_with_name(value: &str, cx: TextContext, out: &mut Vec<Finding>) -> bool {
    let stripped = py_strip(value);
    let value: Cow<'_, str> = match stripped.strip_prefix("mailto:") {
        Some(rest) => percent_decode_lossy(rest),
        None => Cow::Borrowed(stripped),
    };
    if value.find('@').is_some_and(|i| i > 0) && !value.ends_with(')') {
        if value.find(' ').is_some_and(|i| i > 0) {
            out.push(Finding::new(
                Code::EmailFormat,
                "write the address as `user@example.com (Real Name)`",
            ));
        } else {
            out.push(Finding::new(
                Code::MissingRealName,
                "add the person's name: `user@example.com (Real Name)`",
            ));
        }
        return false;
    }
    email(&value, cx, out)
}

/// Python's `urllib.parse.unquote`: valid `%XX` escapes decoded, invalid ones kept, bytes read
/// as UTF-8 with replacement characters.
fn percent_decode_lossy(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    if memchr(b'%', b).is_none() {
        return Cow::Borrowed(s);
    }
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |j: usize| b.get(j).and_then(|&c| (c as char).to_digit(16));
        match (b[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                bytes.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (c, _, _) => {
                bytes.push(c);
                i += 1;
            }
        }
    }
    Cow::Owned(String::from_utf8_lossy(&bytes).into_owned())
}

/// The `nonemail` check (Atom person `name`): a name holding `<user@example.com>` gives the
/// warning `ContainsEmail` (no value).
pub fn nonemail(value: &str, out: &mut Vec<Finding>) -> bool {
    let b = value.as_bytes();
    let mut from = 0;
    while let Some(p) = memchr(b'<', &b[from..]) {
        let start = from + p + 1;
        let local = b[start..]
            .iter()
            .take_while(|c| {
                c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'+' | b'.' | b'\'')
            })
            .count();
        let at = start + local;
        if local > 0 && b.get(at) == Some(&b'@') {
            let host = b[at + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
                .count();
            let end = at + 1 + host;
            if b.get(end) == Some(&b'>') && match_domain(&b[at + 1..end]) {
                out.push(Finding::new(
                    Code::ContainsEmail,
                    "a person's name should not contain an e-mail address; use the `email` element",
                ));
                return false;
            }
        }
        from = start;
    }
    true
}

/// RFC 822 `specials`.
const SPECIALS: &[u8] = b"()<>@,:;.\"[]";

fn atom_end(c: u8) -> bool {
    memchr_const(c, SPECIALS) || matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn phrase_end(c: u8) -> bool {
    c != b'.' && atom_end(c)
}

/// Python's `email.utils.getaddresses([s])` (3.11, non-strict), reduced to the addr-specs:
/// one entry per address, empty for a place where an address was expected but none found.
fn address_list(s: &str) -> Vec<String> {
    let mut p = AddrParser { s, pos: 0 };
    let mut list = Vec::new();
    while p.pos < s.len() {
        let got = p.address();
        if got.is_empty() {
            list.push(String::new());
        } else {
            list.extend(got);
        }
    }
    list
}

/// A reader of RFC 822 address lists. Specials are ASCII, so byte positions stay on
/// character boundaries.
struct AddrParser<'a> {
    s: &'a str,
    pos: usize,
}

impl AddrParser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos).copied()
    }

    /// Skips white space and comments; returns the spaces and tabs skipped.
    fn skip(&mut self) -> String {
        let mut ws = String::new();
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' => {
                    ws.push(c as char);
                    self.pos += 1;
                }
                b'\r' | b'\n' => self.pos += 1,
                b'(' => self.delimited(b')', true),
                _ => break,
            }
        }
        ws
    }

    /// Reads a comment, quoted string or domain literal opened at `pos`, up to `close` (or a
    /// carriage return, or the end); backslash escapes a character. Returns the content.
    fn delimited_text(&mut self, close: u8, comments: bool) -> String {
        let mut text = String::new();
        self.pos += 1;
        let mut quoted = false;
        while let Some(ch) = self.s[self.pos..].chars().next() {
            if quoted {
                text.push(ch);
                quoted = false;
            } else if ch as u32 == u32::from(close) || ch == '\r' {
                self.pos += 1;
                break;
            } else if comments && ch == '(' {
                self.delimited(b')', true);
                continue;
            } else if ch == '\\' {
                quoted = true;
            } else {
                text.push(ch);
            }
            self.pos += ch.len_utf8();
        }
        text
    }

    fn delimited(&mut self, close: u8, comments: bool) {
        self.delimited_text(close, comments);
    }

    fn atom(&mut self, end: fn(u8) -> bool) -> &str {
        let start = self.pos;
        while self.peek().is_some_and(|c| !end(c)) {
            self.pos += 1;
        }
        &self.s[start..self.pos]
    }

    fn phrase(&mut self) -> Vec<String> {
        let mut words = Vec::new();
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' | b'\r' | b'\n' => self.pos += 1,
                b'"' => words.push(self.delimited_text(b'"', false)),
                b'(' => self.delimited(b')', true),
                c if phrase_end(c) => break,
                _ => words.push(self.atom(phrase_end).to_owned()),
            }
        }
        words
    }

    fn address(&mut self) -> Vec<String> {
        self.skip();
        let old = self.pos;
        let phrase = self.phrase();
        self.skip();
        let mut got = Vec::new();
        match self.peek() {
            None => got.extend(phrase.into_iter().next()),
            Some(b'.' | b'@') => {
                self.pos = old;
                got.push(self.addr_spec());
            }
            Some(b':') => {
                // A group: `name: addr, addr;`.
                self.pos += 1;
                while self.pos < self.s.len() {
                    self.skip();
                    if self.peek() == Some(b';') {
                        self.pos += 1;
                        break;
                    }
                    got.extend(self.address());
                }
            }
            Some(b'<') => got.push(self.route_addr()),
            Some(c) => {
                if let Some(first) = phrase.into_iter().next() {
                    got.push(first);
                } else if memchr_const(c, SPECIALS) {
                    self.pos += 1;
                }
            }
        }
        self.skip();
        if self.peek() == Some(b',') {
            self.pos += 1;
        }
        got
    }

    fn route_addr(&mut self) -> String {
        self.pos += 1;
        self.skip();
        let mut route = false;
        let mut addr = String::new();
        while let Some(c) = self.peek() {
            if route {
                self.domain();
                route = false;
            } else if c == b'>' {
                self.pos += 1;
                break;
            } else if c == b'@' {
                self.pos += 1;
                route = true;
            } else if c == b':' {
                self.pos += 1;
            } else {
                addr = self.addr_spec();
                self.pos = (self.pos + 1).min(self.s.len());
                break;
            }
            self.skip();
        }
        addr
    }

    fn addr_spec(&mut self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let blank_last = |parts: &Vec<String>| parts.last().is_some_and(|p| p.trim().is_empty());
        self.skip();
        while let Some(c) = self.peek() {
            let mut keep_ws = true;
            if c == b'.' {
                if blank_last(&parts) {
                    parts.pop();
                }
                parts.push(".".to_owned());
                self.pos += 1;
                keep_ws = false;
            } else if c == b'"' {
                let q = self.delimited_text(b'"', false);
                parts.push(format!(
                    "\"{}\"",
                    q.replace('\\', "\\\\").replace('"', "\\\"")
                ));
            } else if atom_end(c) {
                if blank_last(&parts) {
                    parts.pop();
                }
                break;
            } else {
                parts.push(self.atom(atom_end).to_owned());
            }
            let ws = self.skip();
            if keep_ws && !ws.is_empty() {
                parts.push(ws);
            }
        }
        let local = parts.concat();
        if self.peek() != Some(b'@') {
            return local;
        }
        self.pos += 1;
        self.skip();
        let domain = self.domain();
        if domain.is_empty() {
            return String::new();
        }
        local + "@" + &domain
    }

    fn domain(&mut self) -> String {
        let mut d = String::new();
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' => self.pos += 1,
                b'(' => self.delimited(b')', true),
                b'[' => {
                    let lit = self.delimited_text(b']', false);
                    d.push('[');
                    d.push_str(&lit);
                    d.push(']');
                }
                b'.' => {
                    self.pos += 1;
                    d.push('.');
                }
                b'@' => return String::new(),
                c if atom_end(c) => break,
                _ => d.push_str(self.atom(atom_end)),
            }
        }
        d
    }
}

// ------------------------------------------------------------------------------------------
// MIME types (values.md §3) and language codes (§4)
// ------------------------------------------------------------------------------------------

/// A character of a MIME token: not white space, not `()<>,;:\"/[]?=`.
fn is_mime_token_char(c: char) -> bool {
    !is_py_space(c)
        && !matches!(
            c,
            '(' | ')' | '<' | '>' | ',' | ';' | ':' | '\\' | '"' | '/' | '[' | ']' | '?' | '='
        )
}

/// End of the MIME token starting at byte `i` (`i` when there is none).
fn mime_token_end(s: &str, i: usize) -> usize {
    i + s[i..]
        .char_indices()
        .find(|&(_, c)| !is_mime_token_char(c))
        .map_or(s.len() - i, |(j, _)| j)
}

/// Whether a value is a MIME type as the W3C validator's `mime_re` reads it: `type/subtype`
/// tokens, then `; name=value` parameters whose values are tokens or quoted strings (with
/// `\"` escapes). The value is not stripped.
pub fn mime_type(value: &str) -> bool {
    let s = value;
    let t = mime_token_end(s, 0);
    if t == 0 || !s[t..].starts_with('/') {
        return false;
    }
    let st = mime_token_end(s, t + 1);
    st > t + 1 && mime_params(s, st, &mut Vec::new())
}

/// `(\s*;\s*token=("(\\"|[^"])*"|token))*$` from byte `i`. `memo[i]` remembers positions
/// already known to fail (quoted values can close at several quotes).
fn mime_params(s: &str, mut i: usize, memo: &mut Vec<bool>) -> bool {
    let skip_ws = |i: usize| {
        i + s[i..]
            .char_indices()
            .find(|&(_, c)| !is_py_space(c))
            .map_or(s.len() - i, |(j, _)| j)
    };
    loop {
        if i == s.len() {
            return true;
        }
        if memo.get(i).copied().unwrap_or(false) {
            return false;
        }
        i = skip_ws(i);
        if !s[i..].starts_with(';') {
            return false;
        }
        i = skip_ws(i + 1);
        let name_end = mime_token_end(s, i);
        if name_end == i || !s[name_end..].starts_with('=') {
            return false;
        }
        i = name_end + 1;
        if !s[i..].starts_with('"') {
            let end = mime_token_end(s, i);
            if end == i {
                return false;
            }
            i = end;
            continue;
        }
        // A quoted value may close at any `"`: escaped ones (`\"`) can also be content.
        let b = s.as_bytes();
        let open = i;
        let mut k = i + 1;
        loop {
            let Some(p) = memchr(b'"', &b[k..]) else {
                return false;
            };
            let q = k + p;
            let escaped = q > open + 1 && b[q - 1] == b'\\';
            if !escaped {
                i = q + 1;
                break;
            }
            if mime_params(s, q + 1, memo) {
                return true;
            }
            if memo.len() <= q + 1 {
                memo.resize(s.len() + 1, false);
            }
            memo[q + 1] = true;
            k = q + 1;
        }
    }
}

/// Whether a language code's primary subtag (before the first `-`, lower-cased) is in the W3C
/// validator's ISO 639 table (188 codes of one or two letters, 505 of three). `en_US` and the
/// empty string fail; subtags after the first `-` are not checked. Not stripped.
pub fn iso639(value: &str) -> bool {
    let primary = value.split('-').next().unwrap_or_default().as_bytes();
    if !(1..=3).contains(&primary.len()) || !primary.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let mut lower = [0u8; 3];
    for (l, c) in lower.iter_mut().zip(primary) {
        *l = c.to_ascii_lowercase();
    }
    let key = pack3(&lower[..primary.len()]);
    let table: &[u32] = if primary.len() == 3 {
        &ISO639_THREE_KEYS
    } else {
        &ISO639_SHORT_KEYS
    };
    table.binary_search(&key).is_ok()
}

/// Up to three bytes as a number that sorts like the bytes (shorter strings padded with 0).
const fn pack3(s: &[u8]) -> u32 {
    let mut key = 0;
    let mut i = 0;
    while i < 3 {
        key = key << 8 | if i < s.len() { s[i] as u32 } else { 0 };
        i += 1;
    }
    key
}

const fn pack_table<const N: usize>(table: &[&str]) -> [u32; N] {
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        keys[i] = pack3(table[i].as_bytes());
        i += 1;
    }
    keys
}

/// [`ISO639_SHORT`] as sorted numbers (binary search over numbers is much cheaper).
static ISO639_SHORT_KEYS: [u32; ISO639_SHORT.len()] = pack_table(ISO639_SHORT);
/// [`ISO639_THREE`] as sorted numbers.
static ISO639_THREE_KEYS: [u32; ISO639_THREE.len()] = pack_table(ISO639_THREE);

/// The `iso639` check (`language`, `dc:language`, `xml:lang`, `hreflang`...): the stripped
/// value must pass [`iso639`]; `InvalidLanguage` with `value`, or the pass `ValidLanguage`
/// (no value). The W3C validator skips an empty `xml:lang` and accepts `*` for OpenSearch
/// `Language`; both are the caller's business.
pub fn language(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    if iso639(value) {
        out.push(Finding::new(Code::ValidLanguage, "valid language code"));
        rfc5646(value, out);
        true
    } else if let Some(f) = deprecated_language(value) {
        out.push(f);
        true
    } else {
        out.push(
            Finding::new(
                Code::InvalidLanguage,
                format!(
                    "`{}` does not start with an ISO 639 language code (`en`, `en-US`, `ru`)",
                    shown(value)
                ),
            )
            .value(value),
        );
        false
    }
}

/// A deprecated code the registry maps to a current one (`iw` → `he`): readers that know
/// only current codes miss it, but it is not garbage (`DeprecatedLanguageTag`, not
/// `InvalidLanguage`).
pub fn deprecated_language(value: &str) -> Option<Finding> {
    let preferred = crate::lang::preferred_value(value).filter(|p| iso639(p))?;
    Some(
        Finding::new(
            Code::DeprecatedLanguageTag,
            format!("`{}` is deprecated: write `{preferred}`", shown(value)),
        )
        .value(value),
    )
}

/// Beyond the W3C validator: a value that passed [`iso639`] must also be a well-formed RFC 5646
/// tag (`MalformedLanguageTag`), with registered subtags (`UnregisteredLanguageSubtag`), in
/// canonical case (`NonCanonicalLanguageTag`, information only: `en-us` is common and
/// harmless). Each finding carries the value.
pub fn rfc5646(value: &str, out: &mut Vec<Finding>) {
    use crate::lang::{TagStatus, classify};
    match classify(value) {
        TagStatus::Canonical => {}
        TagStatus::NonCanonical(canonical) => out.push(
            Finding::new(
                Code::NonCanonicalLanguageTag,
                format!("`{}` is usually written `{canonical}`", shown(value)),
            )
            .value(value)
            .severity(crate::diagnostic::Severity::Info),
        ),
        TagStatus::Malformed(why) => out.push(
            Finding::new(
                Code::MalformedLanguageTag,
                format!(
                    "`{}` is not a well-formed RFC 5646 tag: {why}",
                    shown(value)
                ),
            )
            .value(value),
        ),
        TagStatus::Unregistered(why) => out.push(
            Finding::new(
                Code::UnregisteredLanguageSubtag,
                format!("`{}`: {why}", shown(value)),
            )
            .value(value),
        ),
        TagStatus::Deprecated(preferred) => out.push(
            Finding::new(
                Code::DeprecatedLanguageTag,
                format!("`{}` is deprecated: write `{preferred}`", shown(value)),
            )
            .value(value),
        ),
    }
}

// ------------------------------------------------------------------------------------------
// Dates (values.md §5)
// ------------------------------------------------------------------------------------------

/// Python `datetime.date(year, month, day)`'s complaint, if any.
fn date_error(year: u32, month: u32, day: u32) -> Option<String> {
    if year == 0 {
        Some("year 0 is out of range".to_owned())
    } else if !(1..=12).contains(&month) {
        Some("month must be in 1..12".to_owned())
    } else if day == 0 || day > days_in_month(i64::from(year), month) {
        Some("day is out of range for month".to_owned())
    } else {
        None
    }
}

/// The ISO 8601 profiles of the W3C validator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IsoForm {
    /// `YYYY[-MM[-DD[Thh:mm[:ss[.s*]][zone]]]]`.
    Iso8601,
    /// As ISO 8601, with a mandatory zone after a time.
    W3cdtf,
    /// `YYYY-MM-DDThh:mm:ss[.s*]zone`, upper-case `T` and `Z`.
    Rfc3339,
}

/// The parts of an ISO 8601 value the range checks need.
struct IsoValue {
    year: u32,
    month: u32,
    day: Option<u32>,
    /// Hour, minute, whole seconds, and whether the fraction is non-zero.
    time: Option<(u32, u32, u32, bool)>,
    /// A numeric offset's hours and minutes.
    zone: Option<(u32, u32)>,
}

/// Matches one of the ISO 8601 regular expressions of the W3C validator.
fn parse_iso(b: &[u8], form: IsoForm) -> Option<IsoValue> {
    let partial = form != IsoForm::Rfc3339;
    let year = digits_at(b, 0, 4)?;
    let mut v = IsoValue {
        year,
        month: 0,
        day: None,
        time: None,
        zone: None,
    };
    if b.len() == 4 {
        return partial.then_some(v);
    }
    if b[4] != b'-' {
        return None;
    }
    v.month = digits_at(b, 5, 2)?;
    if b.len() == 7 {
        return partial.then_some(v);
    }
    if b[7] != b'-' {
        return None;
    }
    v.day = Some(digits_at(b, 8, 2)?);
    if b.len() == 10 {
        return partial.then_some(v);
    }
    if b[10] != b'T' || b.get(13) != Some(&b':') {
        return None;
    }
    let hour = digits_at(b, 11, 2)?;
    let minute = digits_at(b, 14, 2)?;
    let mut i = 16;
    let (mut second, mut fraction) = (0, false);
    if b.get(i) == Some(&b':') {
        second = digits_at(b, i + 1, 2)?;
        i += 3;
        if b.get(i) == Some(&b'.') {
            let n = count_digits(&b[i + 1..]);
            fraction = b[i + 1..i + 1 + n].iter().any(|&c| c != b'0');
            i += 1 + n;
        }
    } else if !partial {
        return None;
    }
    v.time = Some((hour, minute, second, fraction));
    match b.get(i) {
        None if form == IsoForm::Iso8601 => {}
        Some(b'Z') => i += 1,
        Some(b'+' | b'-') => {
            let hours = digits_at(b, i + 1, 2)?;
            if b.get(i + 3) != Some(&b':') {
                return None;
            }
            let minutes = digits_at(b, i + 4, 2)?;
            v.zone = Some((hours, minutes));
            i += 6;
        }
        _ => return None,
    }
    (i == b.len()).then_some(v)
}

/// How an ISO 8601 check ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Valid,
    Implausible,
    Error,
}

/// The ISO 8601 family: grammar, calendar, time ranges, then (with `bounded`) plausibility.
fn iso_check(
    value: &str,
    form: IsoForm,
    error: Code,
    bounded: bool,
    now: Option<i64>,
    out: &mut Vec<Finding>,
) -> Outcome {
    let fail = |out: &mut Vec<Finding>, message: String, v: &str| {
        out.push(Finding::new(error, message).value(v));
        Outcome::Error
    };
    let Some(v) = parse_iso(value.as_bytes(), form) else {
        let shape = match form {
            IsoForm::Iso8601 => "an ISO 8601 date-time (`2025-12-05`, `2025-12-05T14:30:00Z`)",
            IsoForm::W3cdtf => "a W3C date-time (`2025-12-05`, `2025-12-05T14:30:00+03:00`)",
            IsoForm::Rfc3339 => "an RFC 3339 date-time (`2025-12-05T14:30:00Z`)",
        };
        return fail(out, format!("`{}` is not {shape}", shown(value)), value);
    };
    if let Some(day) = v.day
        && let Some(why) = date_error(v.year, v.month, day)
    {
        let message = format!("`{}` is not a date: {why}", shown(value));
        return fail(out, message, value);
    }
    if let Some((h, m, s, fraction)) = v.time
        && (h > 23 || m > 60 || s > 60 || (s == 60 && fraction))
    {
        let message = format!("`{}` has an impossible time of day", shown(value));
        return fail(out, message, value);
    }
    // RFC 3339 §5.6 (`time-numoffset`): offset hours 00-23, minutes 00-59.
    if let Some((h, m)) = v.zone
        && (h > 23 || m > 59)
    {
        let message = format!(
            "`{}` has an impossible offset from UTC (at most ±23:59)",
            shown(value)
        );
        return fail(out, message, value);
    }
    out.push(Finding::new(Code::ValidW3CDTFDate, "valid date").value(value));
    if bounded && implausible_iso(value, now) {
        out.push(
            Finding::new(
                Code::ImplausibleDate,
                format!("`{}` is before 1990 or in the future", shown(value)),
            )
            .value(value),
        );
        return Outcome::Implausible;
    }
    Outcome::Valid
}

/// The W3C validator compares the text: before `1990-01-01` or after now + 24 hours written
/// as `YYYY-MM-DDTHH:MM:SSZ`.
fn implausible_iso(value: &str, now: Option<i64>) -> bool {
    value < "1990-01-01" || now.is_some_and(|t| after_utc(value, t + 86_400))
}

/// Whether `value` sorts after [`format_unix_utc`]`(t)`, without allocating for years 0 to 9999.
fn after_utc(value: &str, t: i64) -> bool {
    let (y, m, d) = civil_from_days(t.div_euclid(86_400));
    if !(0..=9999).contains(&y) {
        return value > format_unix_utc(t).as_str();
    }
    let s = t.rem_euclid(86_400);
    let mut text = *b"0000-00-00T00:00:00Z";
    for (at, width, n) in [
        (0, 4, y),
        (5, 2, i64::from(m)),
        (8, 2, i64::from(d)),
        (11, 2, s / 3600),
        (14, 2, s / 60 % 60),
        (17, 2, s % 60),
    ] {
        let mut n = n;
        for k in (at..at + width).rev() {
            text[k] = b'0' + (n % 10) as u8;
            n /= 10;
        }
    }
    value.as_bytes() > &text[..]
}

/// The `iso8601` check (`ag:timestamp`, Google Base dates...): `YYYY[-MM[-DD[Thh:mm[:ss[.s]]
/// [Z|±hh:mm]]]]`. Failures are `InvalidISO8601DateTime` with `value` (for an impossible
/// calendar date the value is Python's complaint, `day is out of range for month`); a month
/// alone is not range-checked; hours above 23, minutes above 60 and seconds above 60.0 fail.
/// Success pushes `ValidW3CDTFDate`, then `ImplausibleDate` (warning) when the text sorts
/// before `1990-01-01` or after `now` + 24 h (`now` in Unix seconds; `None` skips that half).
pub fn iso8601(value: &str, now: Option<i64>, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    iso_check(
        value,
        IsoForm::Iso8601,
        Code::InvalidISO8601DateTime,
        true,
        now,
        out,
    ) == Outcome::Valid
}

/// The `unbounded_iso8601` check (`ev:startdate`, `ev:enddate`): [`iso8601`] without the
/// plausibility warning.
pub fn unbounded_iso8601(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    iso_check(
        value,
        IsoForm::Iso8601,
        Code::InvalidISO8601DateTime,
        false,
        None,
        out,
    ) == Outcome::Valid
}

/// The `w3cdtf` check (`dc:date`, `dcterms:modified`, `sy:updateBase`...): as [`iso8601`] but
/// a time needs a zone (`Z` or `±hh:mm`); failures are `InvalidW3CDTFDate`.
pub fn w3cdtf(value: &str, now: Option<i64>, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    iso_check(
        value,
        IsoForm::W3cdtf,
        Code::InvalidW3CDTFDate,
        true,
        now,
        out,
    ) == Outcome::Valid
}

/// The `unbounded_w3cdtf` check (KML `when`): [`w3cdtf`] without the plausibility warning.
pub fn unbounded_w3cdtf(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    iso_check(
        value,
        IsoForm::W3cdtf,
        Code::InvalidW3CDTFDate,
        false,
        None,
        out,
    ) == Outcome::Valid
}

/// The `rfc3339` check (Atom `updated`, `published`, `app:edited`...):
/// `YYYY-MM-DDThh:mm:ss[.s*](Z|±hh:mm)` with upper-case `T` and `Z`; failures are
/// `InvalidRFC3339Date`; otherwise as [`iso8601`] (pass `ValidW3CDTFDate`, `ImplausibleDate`).
pub fn rfc3339(value: &str, now: Option<i64>, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    iso_check(
        value,
        IsoForm::Rfc3339,
        Code::InvalidRFC3339Date,
        true,
        now,
        out,
    ) == Outcome::Valid
}

/// The `iso8601_date` check (`g:expiration_date`, `g:publish_date`): [`iso8601`], then, unless
/// that found an error, the value must be a bare date `YYYY-MM-DD` (`InvalidISO8601Date` with
/// `value`).
pub fn iso8601_date(value: &str, now: Option<i64>, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    let outcome = iso_check(
        value,
        IsoForm::Iso8601,
        Code::InvalidISO8601DateTime,
        true,
        now,
        out,
    );
    if outcome == Outcome::Error {
        return false;
    }
    let b = value.as_bytes();
    let bare = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit());
    if !bare {
        out.push(
            Finding::new(
                Code::InvalidISO8601Date,
                format!("`{}` is not a date `YYYY-MM-DD`", shown(value)),
            )
            .value(value),
        );
        return false;
    }
    outcome == Outcome::Valid
}

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A value matching the strict RFC 2822 pattern of the W3C validator.
struct Rfc2822 {
    weekday: bool,
    day: u32,
    month: u32,
    year: u32,
    hour: u32,
    minute: u32,
    second: u32,
    /// Minutes east of UTC.
    offset: i64,
}

/// `rfc2822_re`: `[Ddd, ]D[D] Mon YYYY hh:mm[:ss] zone` with single spaces, case-sensitive;
/// zones `[+-]?\d\d[03]0`, `UT`, `GMT`, `Z` and the North American names.
fn parse_rfc2822(b: &[u8]) -> Option<Rfc2822> {
    let mut i = 0;
    let weekday =
        b.len() > 5 && WEEKDAYS.iter().any(|w| &b[..3] == w.as_bytes()) && &b[3..5] == b", ";
    if weekday {
        i = 5;
    }
    let n = count_digits(&b[i..]);
    if !(1..=2).contains(&n) || b.get(i + n) != Some(&b' ') {
        return None;
    }
    let day = digits_at(b, i, n)?;
    i += n + 1;
    let month = MONTHS
        .iter()
        .position(|m| b.get(i..i + 3) == Some(m.as_bytes()))? as u32
        + 1;
    if b.get(i + 3) != Some(&b' ') {
        return None;
    }
    i += 4;
    let year = digits_at(b, i, 4)?;
    if b.get(i + 4) != Some(&b' ') || b.get(i + 7) != Some(&b':') {
        return None;
    }
    let hour = digits_at(b, i + 5, 2)?;
    let minute = digits_at(b, i + 8, 2)?;
    i += 10;
    let mut second = 0;
    if b.get(i) == Some(&b':') {
        second = digits_at(b, i + 1, 2)?;
        i += 3;
    }
    if b.get(i) != Some(&b' ') {
        return None;
    }
    let zone = &b[i + 1..];
    let offset = match zone {
        b"UT" | b"GMT" | b"Z" => 0,
        b"EST" | b"CDT" => -300,
        b"EDT" => -240,
        b"CST" | b"MDT" => -360,
        b"MST" | b"PDT" => -420,
        b"PST" => -480,
        _ => {
            let (sign, digits) = match zone.first() {
                Some(b'-') => (-1, &zone[1..]),
                Some(b'+') => (1, &zone[1..]),
                _ => (1, zone),
            };
            let hhmm = digits_at(digits, 0, 4)?;
            if digits.len() != 4 || !matches!(digits[2], b'0' | b'3') || digits[3] != b'0' {
                return None;
            }
            sign * i64::from(hhmm / 100 * 60 + hhmm % 100)
        }
    };
    Some(Rfc2822 {
        weekday,
        day,
        month,
        year,
        hour,
        minute,
        second,
        offset,
    })
}

/// The loose RFC 822 pattern, after removing `\x` escapes and `(comments)`, stripping and
/// lower-casing: optional weekday and comma, `D[D] mon YY[YY] hh:mm[:ss]`, white space
/// between fields, then after white space an optional zone (`±hhmm`, a name or a military
/// letter).
fn match_rfc822_loose(value: &str) -> bool {
    // `\\.` pairs go (`.` does not match a line break).
    let mut s = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|&n| n != '\n') {
            chars.next();
        } else {
            s.push(c);
        }
    }
    // Innermost `(...)` become a space, until none is left.
    while let Some(open_close) = innermost_comment(&s) {
        let mut next = String::with_capacity(s.len());
        let mut from = 0;
        let mut range = Some(open_close);
        while let Some((open, close)) = range {
            next.push_str(&s[from..open]);
            next.push(' ');
            from = close + 1;
            range = innermost_comment_from(&s, from);
        }
        next.push_str(&s[from..]);
        s = next;
    }
    let s = py_strip(&s).to_lowercase();
    let mut c = Cursor { s: &s, i: 0 };

    let start = c.i;
    if ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .any(|w| c.eat(w))
    {
        c.spaces();
        if c.eat(",") {
            c.spaces();
        } else {
            c.i = start;
        }
    }
    let day = c.digits();
    if !(1..=2).contains(&day) || c.spaces() == 0 {
        return false;
    }
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if !months.iter().any(|m| c.eat(m)) || c.spaces() == 0 {
        return false;
    }
    if !matches!(c.digits(), 2 | 4) || c.spaces() == 0 {
        return false;
    }
    if c.digits() != 2 || !c.eat(":") || c.digits() != 2 {
        return false;
    }
    if c.eat(":") && c.digits() != 2 {
        return false;
    }
    if c.spaces() == 0 {
        return false;
    }
    let zone = &s[c.i..];
    let zb = zone.as_bytes();
    zone.is_empty()
        || matches!(
            zone,
            "ut" | "gmt" | "est" | "edt" | "cst" | "cdt" | "mst" | "mdt" | "pst" | "pdt"
        )
        || (zb.len() == 1 && zb[0].is_ascii_lowercase() && zb[0] != b'j')
        || (zb.len() == 5 && matches!(zb[0], b'+' | b'-') && count_digits(&zb[1..]) == 4)
}

/// The first `(` ... `)` with no parenthesis inside, from byte `from`.
fn innermost_comment_from(s: &str, from: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut open = None;
    for (i, &c) in b.iter().enumerate().skip(from) {
        match c {
            b'(' => open = Some(i),
            b')' => {
                if let Some(o) = open {
                    return Some((o, i));
                }
            }
            _ => {}
        }
    }
    None
}

fn innermost_comment(s: &str) -> Option<(usize, usize)> {
    innermost_comment_from(s, 0)
}

/// A position in a string, for the loose date pattern.
struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl Cursor<'_> {
    fn eat(&mut self, lit: &str) -> bool {
        let ok = self.s[self.i..].starts_with(lit);
        if ok {
            self.i += lit.len();
        }
        ok
    }

    /// Skips Python `\s` characters; returns how many.
    fn spaces(&mut self) -> usize {
        let mut n = 0;
        for c in self.s[self.i..].chars() {
            if !is_py_space(c) {
                break;
            }
            self.i += c.len_utf8();
            n += 1;
        }
        n
    }

    fn digits(&mut self) -> usize {
        let n = count_digits(&self.s.as_bytes()[self.i..]);
        self.i += n;
        n
    }
}

/// The `rfc822` check (RSS `pubDate`, `lastBuildDate`, `itunes:pubDate`, OPML dates).
///
/// A value matching the strict RFC 2822 pattern (`Tue, 31 Dec 2002 14:20:20 GMT`; single
/// spaces; numeric zones with minutes 00 or 30) is checked further: a comma with a year after
/// 1900 makes the weekday checked against the date (`IncorrectDOW`, value = the first three
/// characters); an impossible calendar date (checked first: it has no weekday) or a time
/// outside 00:00:00-23:59:60 gives `InvalidRFC2822Date`; a year before
/// 1990 or an instant more than 600 s after `now` gives `ImplausibleDate`; otherwise the pass
/// `ValidRFC2822Date`. Other values matching the loose RFC 822 pattern (comments, other
/// spacing, lower case, two-digit years, any `±hhmm`, military zones) give the warning
/// `ProblematicalRFC822Date`; the rest `InvalidRFC2822Date`. All carry `value`.
pub fn rfc822(value: &str, now: Option<i64>, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    let Some(d) = parse_rfc2822(value.as_bytes()) else {
        if match_rfc822_loose(value) {
            out.push(
                Finding::new(
                    Code::ProblematicalRFC822Date,
                    format!(
                        "`{}` is a legal RFC 822 date but not in the recommended form `Tue, 31 Dec 2002 14:20:20 GMT`",
                        shown(value)
                    ),
                )
                .value(value),
            );
        } else {
            out.push(
                Finding::new(
                    Code::InvalidRFC2822Date,
                    format!(
                        "`{}` is not an RFC 822 date-time (`Tue, 31 Dec 2002 14:20:20 GMT`)",
                        shown(value)
                    ),
                )
                .value(value),
            );
        }
        return false;
    };
    // RFC 2822 §3.3: the date must exist (checked before the weekday: a day that does not
    // exist has no weekday), and the time of day is 00:00:00 to 23:59:60.
    if let Some(why) = date_error(d.year, d.month, d.day) {
        out.push(
            Finding::new(
                Code::InvalidRFC2822Date,
                format!("`{}` is not a date: {why}", shown(value)),
            )
            .value(value),
        );
        return false;
    }
    if d.hour > 23 || d.minute > 59 || d.second > 60 {
        out.push(
            Finding::new(
                Code::InvalidRFC2822Date,
                format!(
                    "`{}` is not a time of day: RFC 2822 allows 00:00:00 to 23:59:60",
                    shown(value)
                ),
            )
            .value(value),
        );
        return false;
    }
    let day_number = days_from_civil(i64::from(d.year), d.month, d.day);
    if d.weekday && d.year > 1900 {
        let real = WEEKDAYS[(day_number + 4).rem_euclid(7) as usize];
        if !value[..3].eq_ignore_ascii_case(real) {
            out.push(
                Finding::new(
                    Code::IncorrectDOW,
                    format!(
                        "`{}` falls on a {real}, not a {}",
                        shown(value),
                        &value[..3]
                    ),
                )
                .value(&value[..3]),
            );
            return false;
        }
    }
    let instant =
        day_number * 86_400 + i64::from(d.hour * 3600 + d.minute * 60 + d.second) - d.offset * 60;
    if d.year < 1990 || now.is_some_and(|t| instant > t + 600) {
        out.push(
            Finding::new(
                Code::ImplausibleDate,
                format!("`{}` is before 1990 or in the future", shown(value)),
            )
            .value(value),
        );
        return false;
    }
    out.push(Finding::new(Code::ValidRFC2822Date, "valid RFC 822 date").value(value));
    true
}

// ------------------------------------------------------------------------------------------
// Numbers, booleans, enumerations, text (values.md §6)
// ------------------------------------------------------------------------------------------

/// An integer as Python's `int()` reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PyInt {
    negative: bool,
    /// The absolute value, saturated at `u64::MAX`.
    magnitude: u64,
}

/// Python's `int(s)`: surrounding white space, an optional sign, decimal digits of any
/// script, single `_` between digits.
fn py_int(s: &str) -> Option<PyInt> {
    let s = py_strip(s);
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut magnitude = 0u64;
    let mut after_digit = false;
    let mut any = false;
    for c in body.chars() {
        if c == '_' {
            if !after_digit {
                return None;
            }
            after_digit = false;
            continue;
        }
        let d = py_decimal(c)?;
        magnitude = magnitude.saturating_mul(10).saturating_add(u64::from(d));
        after_digit = true;
        any = true;
    }
    (any && after_digit).then_some(PyInt {
        negative,
        magnitude,
    })
}

/// Python's `float(s)`: as Rust's parser, plus surrounding white space, digits of any script
/// and single `_` between digits.
fn py_float(s: &str) -> Option<f64> {
    let s = py_strip(s);
    if s.is_ascii() && !s.contains('_') {
        return s.parse().ok();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut ascii = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            let digit = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .and_then(|&c| py_decimal(c))
                    .is_some()
            };
            if !digit(i.checked_sub(1)) || !digit(Some(i + 1)) {
                return None;
            }
        } else if let Some(d) = py_decimal(c) {
            ascii.push(char::from_digit(d, 10)?);
        } else {
            ascii.push(c);
        }
    }
    ascii.parse().ok()
}

fn integer_failure(out: &mut Vec<Finding>, code: Code, value: &str, what: &str) -> bool {
    out.push(Finding::new(code, format!("`{}` is not {what}", shown(value))).value(value));
    false
}

fn integer_pass(out: &mut Vec<Finding>, value: &str) -> bool {
    out.push(Finding::new(Code::ValidInteger, "valid integer").value(value));
    true
}

/// The `nonNegativeInteger` check: Python `int()` of the value must be ≥ 0
/// (`InvalidNonNegativeInteger` with `value`; pass `ValidInteger` with `value`).
pub fn non_negative_integer(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    match py_int(value) {
        Some(n) if !n.negative || n.magnitude == 0 => integer_pass(out, value),
        _ => integer_failure(
            out,
            Code::InvalidNonNegativeInteger,
            value,
            "a non-negative integer",
        ),
    }
}

/// The `positiveInteger` check: Python `int()` of the value must be > 0
/// (`InvalidPositiveInteger` with `value`; pass `ValidInteger` with `value`).
pub fn positive_integer(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    match py_int(value) {
        Some(n) if !n.negative && n.magnitude > 0 => integer_pass(out, value),
        _ => integer_failure(
            out,
            Code::InvalidPositiveInteger,
            value,
            "a positive integer",
        ),
    }
}

/// The `UINT31` check: [`positive_integer`], and at most 2147483647 (`IntegerOverflow` with
/// `value` instead of the pass).
pub fn uint31(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    match py_int(value) {
        Some(n) if !n.negative && n.magnitude > 2_147_483_647 => {
            integer_failure(out, Code::IntegerOverflow, value, "at most 2147483647")
        }
        _ => positive_integer(value, out),
    }
}

/// The `Integer` check: empty passes silently; otherwise Python `int()` must accept the value
/// (`InvalidInteger` with `value`; pass `ValidInteger` with `value`).
pub fn integer(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    if value.is_empty() {
        return true;
    }
    match py_int(value) {
        Some(_) => integer_pass(out, value),
        None => integer_failure(out, Code::InvalidInteger, value, "an integer"),
    }
}

fn bounded_integer(
    value: &str,
    range: std::ops::RangeInclusive<u64>,
    (error, pass): (Code, Code),
    out: &mut Vec<Finding>,
) -> bool {
    let value = py_strip(value);
    match py_int(value) {
        Some(n) if !n.negative && range.contains(&n.magnitude) => {
            out.push(Finding::new(pass, "valid size"));
            true
        }
        _ => {
            out.push(
                Finding::new(
                    error,
                    format!(
                        "`{}` is not a whole number from {} to {}",
                        shown(value),
                        range.start(),
                        range.end()
                    ),
                )
                .value(value),
            );
            false
        }
    }
}

/// RSS `image` `width`: an integer from 1 to 144 (`InvalidWidth` with `value`; pass
/// `ValidWidth`, no value).
pub fn image_width(value: &str, out: &mut Vec<Finding>) -> bool {
    bounded_integer(value, 1..=144, (Code::InvalidWidth, Code::ValidWidth), out)
}

/// RSS `image` `height`: an integer from 1 to 400 (`InvalidHeight` with `value`; pass
/// `ValidHeight`, no value).
pub fn image_height(value: &str, out: &mut Vec<Finding>) -> bool {
    bounded_integer(
        value,
        1..=400,
        (Code::InvalidHeight, Code::ValidHeight),
        out,
    )
}

/// The `Float` check: `\d+\.?\d*` (no sign, no exponent); `InvalidFloat` with `attr` (the
/// W3C validator puts the element's name there) and `value`. No pass.
pub fn float(value: &str, attr: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    let b = value.as_bytes();
    let n = count_digits(b);
    let mut i = n;
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    i += count_digits(&b[i..]);
    if n > 0 && i == b.len() {
        return true;
    }
    out.push(
        Finding::new(
            Code::InvalidFloat,
            format!("`{}` is not a decimal number such as `12.5`", shown(value)),
        )
        .attr(attr)
        .value(value),
    );
    false
}

/// The `decimal` check (`geo:alt`, `georss:elev`): `[-+]?\d+\.?\d*`; `InvalidFloatUnit` with
/// `attr` (given by the caller) and `value`. No pass.
pub fn decimal(value: &str, attr: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    let b = value.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'-' | b'+')));
    let n = count_digits(&b[i..]);
    i += n;
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    i += count_digits(&b[i..]);
    if n > 0 && i == b.len() {
        return true;
    }
    out.push(
        Finding::new(
            Code::InvalidFloatUnit,
            format!("`{}` is not a decimal number such as `-12.5`", shown(value)),
        )
        .attr(attr)
        .value(value),
    );
    false
}

/// A Python `float()` of the value within `min..=max` (NaN passes, as in the W3C validator's
/// comparisons); `error` or `pass`, both with `value`.
fn float_range(
    value: &str,
    (min, max): (f64, f64),
    (error, pass): (Code, Code),
    what: &str,
    out: &mut Vec<Finding>,
) -> bool {
    let value = py_strip(value);
    match py_float(value) {
        Some(f) if !(f < min || f > max) => {
            out.push(Finding::new(pass, format!("valid {what}")).value(value));
            true
        }
        _ => {
            out.push(
                Finding::new(
                    error,
                    format!(
                        "`{}` is not a {what} (a number from {min} to {max})",
                        shown(value)
                    ),
                )
                .value(value),
            );
            false
        }
    }
}

/// The `percentType` check (`g:tax_percent`): a number from 0 to 100 (`InvalidPercentage` /
/// pass `ValidPercentage`, both with `value`).
pub fn percent(value: &str, out: &mut Vec<Finding>) -> bool {
    float_range(
        value,
        (0.0, 100.0),
        (Code::InvalidPercentage, Code::ValidPercentage),
        "percentage",
        out,
    )
}

/// The `latitude` check (`geo:lat`): a Python float from -90 to 90 (`nan` passes);
/// `InvalidLatitude` / pass `ValidLatitude`, both with `value`.
pub fn latitude(value: &str, out: &mut Vec<Finding>) -> bool {
    float_range(
        value,
        (-90.0, 90.0),
        (Code::InvalidLatitude, Code::ValidLatitude),
        "latitude",
        out,
    )
}

/// The `longitude` check (`geo:long`): a Python float from -180 to 180 (`nan` passes);
/// `InvalidLongitude` / pass `ValidLongitude`, both with `value`.
pub fn longitude(value: &str, out: &mut Vec<Finding>) -> bool {
    float_range(
        value,
        (-180.0, 180.0),
        (Code::InvalidLongitude, Code::ValidLongitude),
        "longitude",
        out,
    )
}

/// An enumeration failure with `value`.
fn not_one_of(out: &mut Vec<Finding>, code: Code, value: &str, allowed: &str) -> bool {
    out.push(
        Finding::new(code, format!("`{}` is not one of {allowed}", shown(value))).value(value),
    );
    false
}

/// The `yesno` check: exactly `yes` or `no` (not stripped); `InvalidYesNo` with `value`.
pub fn yesno(value: &str, out: &mut Vec<Finding>) -> bool {
    matches!(value, "yes" | "no") || not_one_of(out, Code::InvalidYesNo, value, "`yes`, `no`")
}

/// The `yesnoclean` check (`itunes:explicit`): `yes`, `no` or `clean` in any case (not
/// stripped); `InvalidYesNoClean` with `value`.
pub fn yesnoclean(value: &str, out: &mut Vec<Finding>) -> bool {
    ["yes", "no", "clean"]
        .iter()
        .any(|w| value.eq_ignore_ascii_case(w))
        || not_one_of(out, Code::InvalidYesNoClean, value, "`yes`, `no`, `clean`")
}

/// `itunes:explicit`: Apple's podcast specification now asks for `true` or `false`; the older
/// `yes`, `no` and `clean` (all the W3C validator knows) are still read. Any case, not
/// stripped; otherwise `InvalidYesNoClean` with `value`.
pub fn explicit(value: &str, out: &mut Vec<Finding>) -> bool {
    ["true", "false", "yes", "no", "clean"]
        .iter()
        .any(|w| value.eq_ignore_ascii_case(w))
        || not_one_of(
            out,
            Code::InvalidYesNoClean,
            value,
            "`true`, `false` (or the older `yes`, `no`, `clean`)",
        )
}

/// The `truefalse` check: `true` or `false` in any case (not stripped); `InvalidTrueFalse`
/// with `value`.
pub fn truefalse(value: &str, out: &mut Vec<Finding>) -> bool {
    value.eq_ignore_ascii_case("true")
        || value.eq_ignore_ascii_case("false")
        || not_one_of(out, Code::InvalidTrueFalse, value, "`true`, `false`")
}

/// The `truefalsestrict` check: exactly `true` or `false` (not stripped); `InvalidTrueFalse`
/// with `value`.
pub fn truefalse_strict(value: &str, out: &mut Vec<Finding>) -> bool {
    matches!(value, "true" | "false")
        || not_one_of(
            out,
            Code::InvalidTrueFalse,
            value,
            "`true`, `false` (lower case)",
        )
}

/// The `duration` check (`itunes:duration`): `\d+(:[0-5][0-9](:[0-5][0-9])?)?` — seconds,
/// `M:SS` or `H:MM:SS` (the first field unbounded); `InvalidDuration` with `value`.
pub fn duration(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    let b = value.as_bytes();
    let mut i = count_digits(b);
    let mut ok = i > 0;
    for _ in 0..2 {
        if ok && b.get(i) == Some(&b':') {
            ok = matches!(b.get(i + 1), Some(b'0'..=b'5'))
                && b.get(i + 2).is_some_and(u8::is_ascii_digit);
            i += 3;
        }
    }
    if ok && i == b.len() {
        return true;
    }
    out.push(
        Finding::new(
            Code::InvalidDuration,
            format!(
                "`{}` is not a duration (`SS`, `MM:SS` or `HH:MM:SS`)",
                shown(value)
            ),
        )
        .value(value),
    );
    false
}

/// The `commaSeparatedIntegers` check (`slash:hit_parade`): `\d+(,\s*\d+)*`;
/// `InvalidCommaSeparatedIntegers` (no value).
pub fn comma_separated_integers(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    let mut c = Cursor { s: value, i: 0 };
    let mut ok = c.digits() > 0;
    while ok && c.eat(",") {
        c.spaces();
        ok = c.digits() > 0;
    }
    if ok && c.i == value.len() {
        return true;
    }
    out.push(Finding::new(
        Code::InvalidCommaSeparatedIntegers,
        "expected integers separated by commas (`1,2,3`)",
    ));
    false
}

/// The `keywords` check (`itunes:keywords`): a value with a space and no comma gives the
/// warning `InvalidKeywords` (no value).
pub fn keywords(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    if value.contains(' ') && !value.contains(',') {
        out.push(Finding::new(
            Code::InvalidKeywords,
            "separate keywords with commas, not spaces",
        ));
        return false;
    }
    true
}

/// The `lengthLimitedText` check: at most `max` characters (`TooLong` with extras `len` and
/// `max`), then the plain-text check [`nonhtml`] (`ContainsHTML`).
pub fn length_limited(value: &str, max: usize, cx: TextContext, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    let len = value.chars().count();
    let short = len <= max;
    if !short {
        out.push(
            Finding::new(
                Code::TooLong,
                format!("{len} characters, more than the {max} allowed"),
            )
            .with("len", len.to_string())
            .with("max", max.to_string()),
        );
    }
    nonhtml(value, Code::ContainsHTML, cx, out) && short
}

/// The `formname` check (`textInput` `name`): the value must start with an ASCII letter (the
/// W3C pattern `^[a-zA-z]` also admits `[\]^_` and backtick; only the first character is
/// checked); `InvalidFormComponentName` with `value`.
pub fn formname(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    if value
        .bytes()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || (b'A'..=b'z').contains(&c))
    {
        return true;
    }
    out.push(
        Finding::new(
            Code::InvalidFormComponentName,
            format!(
                "`{}` is not a form field name (it must start with a letter)",
                shown(value)
            ),
        )
        .value(value),
    );
    false
}

/// The `alphanumeric` check: ASCII letters and digits only (at least one);
/// `InvalidAlphanum` with `attr` (given by the caller) and `value`.
pub fn alphanumeric(value: &str, attr: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    if !value.is_empty() && value.bytes().all(|c| c.is_ascii_alphanumeric()) {
        return true;
    }
    out.push(
        Finding::new(
            Code::InvalidAlphanum,
            format!("`{}` must be ASCII letters and digits only", shown(value)),
        )
        .attr(attr)
        .value(value),
    );
    false
}

/// The `iso3166` check: an upper-case two-letter country code of the W3C validator's (old)
/// ISO 3166 list, compared exactly; `InvalidCountryCode` with `value`.
pub fn iso3166(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    ISO3166.binary_search(&value).is_ok()
        || not_one_of(
            out,
            Code::InvalidCountryCode,
            value,
            "the ISO 3166 country codes (`US`, `DE`)",
        )
}

/// The `iso4217` check: a currency code of the W3C validator's (old) ISO 4217 list, compared
/// exactly; `InvalidCurrencyUnit` with `value`.
pub fn iso4217(value: &str, out: &mut Vec<Finding>) -> bool {
    let value = py_strip(value);
    ISO4217.binary_search(&value).is_ok()
        || not_one_of(
            out,
            Code::InvalidCurrencyUnit,
            value,
            "the ISO 4217 currency codes (`USD`, `EUR`)",
        )
}

/// The `nonblank` check: a value that is empty once stripped gives the warning `NotBlank`, or
/// `AttrNotBlank` with `attr` when the value came from attribute `attr`.
pub fn nonblank(value: &str, attr: Option<&str>, out: &mut Vec<Finding>) -> bool {
    if !py_strip(value).is_empty() {
        return true;
    }
    out.push(match attr {
        Some(a) => Finding::new(Code::AttrNotBlank, format!("attribute `{a}` is empty")).attr(a),
        None => Finding::new(Code::NotBlank, "the element is empty"),
    });
    false
}

// ------------------------------------------------------------------------------------------
// Plain text that should not hold markup (values.md §7)
// ------------------------------------------------------------------------------------------

/// Whether `name` (any case) is an element the W3C validator knows as HTML (values.md §8).
pub fn is_html_tag(name: &str) -> bool {
    in_table(HTML_TAGS, name, false)
}

/// Whether `name` is one of the 252 HTML 4 named character references (`amp`, `eacute`,
/// `Omega`...; case-sensitive, without `&` and `;`). `apos` is not one.
pub fn is_html4_entity(name: &str) -> bool {
    HTML4_ENTITIES.binary_search(&name).is_ok()
}

/// The `nonhtml` check of plain-text fields (RSS titles and descriptions of 0.91 items,
/// copyright, Atom names, generator, `type="text"` constructs...), on the decoded text.
///
/// 1. An end tag `</name>` of an HTML element gives `code` (`ContainsHTML`,
///    `ContainsUndeclaredHTML`, `NotInline`...) with `value` = the first such name as
///    written; the check stops.
/// 2. Otherwise each `&name` whose name is an HTML 4 entity, `apos`, or not purely alphabetic
///    (`&#39`, `&#x27`) gives `code` with `value` `&name;`, one finding per occurrence —
///    unless [`TextContext::start_line_has_hex_ref`].
/// 3. Otherwise, in RSS 2 ([`TextContext::rss2`]) without `&#x` on the start line, text
///    holding `&#` + digit or `x`, or `<` + letter or `/`, gives the warning `CharacterData`
///    (no value).
pub fn nonhtml(value: &str, code: Code, cx: TextContext, out: &mut Vec<Finding>) -> bool {
    let b = value.as_bytes();
    if memchr2(b'<', b'&', b).is_none() {
        return true;
    }
    for p in memmem::find_iter(b, b"</") {
        let start = p + 2;
        let len = word_len(&value[start..]);
        if len > 0 && b.get(start + len) == Some(&b'>') && is_html_tag(&value[start..start + len]) {
            let name = &value[start..start + len];
            out.push(
                Finding::new(
                    code,
                    format!("plain text holds the HTML end tag `</{name}>`"),
                )
                .value(name),
            );
            return false;
        }
    }
    if cx.start_line_has_hex_ref {
        return true;
    }
    let mut clean = true;
    for p in memchr::memchr_iter(b'&', b) {
        let hash = usize::from(b.get(p + 1) == Some(&b'#'));
        let len = word_len(&value[p + 1 + hash..]);
        if len == 0 {
            continue;
        }
        let name = &value[p + 1..p + 1 + hash + len];
        if hash == 1 || name == "apos" || is_html4_entity(name) || !is_py_alpha(name) {
            out.push(
                Finding::new(
                    code,
                    format!("plain text holds the character reference `&{name};`"),
                )
                .value(format!("&{name};")),
            );
            clean = false;
        }
    }
    if clean && cx.rss2 && looks_like_markup(b) {
        out.push(Finding::new(
            Code::CharacterData,
            "text holds `<` or `&#` as characters (CDATA or double escaping); the RSS profile asks for `&lt;` and `&amp;`",
        ));
        return false;
    }
    clean
}

/// `&#[x0-9]|<[/a-zA-Z]` anywhere.
fn looks_like_markup(b: &[u8]) -> bool {
    let char_ref =
        |w: &[u8]| w[0] == b'&' && w[1] == b'#' && (w[2] == b'x' || w[2].is_ascii_digit());
    let tag = |w: &[u8]| w[0] == b'<' && (w[1] == b'/' || w[1].is_ascii_alphabetic());
    b.windows(3).any(char_ref) || b.windows(2).any(tag)
}

/// Byte length of the run of Python `\w` characters at the start of `s`.
fn word_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !is_py_word(c))
        .map_or(s.len(), |(i, _)| i)
}

// ------------------------------------------------------------------------------------------
// Tables
// ------------------------------------------------------------------------------------------

/// The zero of every run of Unicode decimal digits (Nd), Unicode 14 as in Python 3.11.
const ND_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// ISO 639 codes of one or two letters the W3C validator accepts (sorted).
#[rustfmt::skip]
const ISO639_SHORT: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mo", "mr", "ms", "mt", "my", "na",
    "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa",
    "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "sh",
    "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg",
    "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve",
    "vi", "vo", "wa", "wo", "x", "xh", "xx", "yi", "yo", "za", "zh", "zu"
];

/// ISO 639 three-letter codes the W3C validator accepts (sorted).
#[rustfmt::skip]
const ISO639_THREE: &[&str] = &[
    "aar", "abk", "ace", "ach", "ada", "ady", "afa", "afh", "afr", "ain", "aka", "akk", "alb",
    "ale", "alg", "alt", "amh", "ang", "anp", "apa", "ara", "arc", "arg", "arm", "arn", "arp",
    "art", "arw", "asm", "ast", "ath", "aus", "ava", "ave", "awa", "aym", "aze", "bad", "bai",
    "bak", "bal", "bam", "ban", "baq", "bas", "bat", "bej", "bel", "bem", "ben", "ber", "bho",
    "bih", "bik", "bin", "bis", "bla", "bnt", "bod", "bos", "bra", "bre", "btk", "bua", "bug",
    "bul", "bur", "byn", "cad", "cai", "car", "cat", "cau", "ceb", "cel", "ces", "cha", "chb",
    "che", "chg", "chi", "chk", "chm", "chn", "cho", "chp", "chr", "chu", "chv", "chy", "cmc",
    "cop", "cor", "cos", "cpe", "cpf", "cpp", "cre", "crh", "crp", "csb", "cus", "cym", "cze",
    "dak", "dan", "dar", "day", "del", "den", "deu", "dgr", "din", "div", "doi", "dra", "dsb",
    "dua", "dum", "dut", "dyu", "dzo", "efi", "egy", "eka", "ell", "elx", "eng", "enm", "epo",
    "est", "eus", "ewe", "ewo", "fan", "fao", "fas", "fat", "fij", "fil", "fin", "fiu", "fon",
    "fra", "fre", "frm", "fro", "frr", "frs", "fry", "ful", "fur", "gaa", "gay", "gba", "gem",
    "geo", "ger", "gez", "gil", "gla", "gle", "glg", "glv", "gmh", "goh", "gon", "gor", "got",
    "grb", "grc", "gre", "grn", "gsw", "guj", "gwi", "gws", "hai", "hat", "hau", "haw", "heb",
    "her", "hil", "him", "hin", "hit", "hmn", "hmo", "hrv", "hsb", "hun", "hup", "hye", "iba",
    "ibo", "ice", "ido", "iii", "ijo", "iku", "ile", "ilo", "ina", "inc", "ind", "ine", "inh",
    "ipk", "ira", "iro", "isl", "ita", "jav", "jbo", "jpn", "jpr", "jrb", "kaa", "kab", "kac",
    "kal", "kam", "kan", "kar", "kas", "kat", "kau", "kaw", "kaz", "kbd", "kha", "khi", "khm",
    "kho", "kik", "kin", "kir", "kmb", "kok", "kom", "kon", "kor", "kos", "kpe", "krc", "krl",
    "kro", "kru", "kua", "kum", "kur", "kut", "lad", "lah", "lam", "lao", "lat", "lav", "lez",
    "lim", "lin", "lit", "lol", "loz", "ltz", "lua", "lub", "lug", "lui", "lun", "luo", "lus",
    "mac", "mad", "mag", "mah", "mai", "mak", "mal", "man", "mao", "map", "mar", "mas", "may",
    "mdf", "mdr", "men", "mga", "mic", "min", "mis", "mkd", "mkh", "mlg", "mlt", "mnc", "mni",
    "mno", "moh", "mol", "mon", "mos", "mri", "msa", "mul", "mun", "mus", "mwl", "mwr", "mya",
    "myn", "myv", "nah", "nai", "nap", "nau", "nav", "nbl", "nde", "ndo", "nds", "nep", "new",
    "nia", "nic", "niu", "nld", "nno", "nob", "nog", "non", "nor", "nso", "nub", "nwc", "nya",
    "nym", "nyn", "nyo", "nzi", "oci", "oji", "ori", "orm", "osa", "oss", "ota", "oto", "paa",
    "pag", "pal", "pam", "pan", "pap", "pau", "peo", "per", "phi", "phn", "pli", "pol", "pon",
    "por", "pra", "pro", "pus", "qaa", "qtz", "que", "raj", "rap", "rar", "roa", "roh", "rom",
    "ron", "rum", "run", "rup", "rus", "sad", "sag", "sah", "sai", "sal", "sam", "san", "sas",
    "sat", "scc", "scn", "sco", "scr", "sel", "sem", "sga", "sgn", "shn", "sid", "sin", "sio",
    "sit", "sla", "slk", "slo", "slv", "sma", "sme", "smi", "smj", "smn", "smo", "sms", "sna",
    "snd", "snk", "sog", "som", "son", "sot", "spa", "sqi", "srd", "srn", "srp", "srr", "ssa",
    "ssw", "suk", "sun", "sus", "sux", "swa", "swe", "syr", "tah", "tai", "tam", "tat", "tel",
    "tem", "ter", "tet", "tgk", "tgl", "tha", "tib", "tig", "tir", "tiv", "tkl", "tlh", "tli",
    "tmh", "tog", "ton", "tpi", "tsi", "tsn", "tso", "tuk", "tum", "tup", "tur", "tut", "tvl",
    "twi", "tyv", "udm", "uga", "uig", "ukr", "umb", "und", "urd", "uzb", "vai", "ven", "vie",
    "vol", "vot", "wak", "wal", "war", "was", "wel", "wen", "wln", "wol", "xal", "xho", "yao",
    "yap", "yid", "yor", "ypk", "zap", "zen", "zha", "zho", "znd", "zul", "zun"
];

/// URI schemes the W3C validator knows as IANA-registered (sorted).
#[rustfmt::skip]
const IANA_SCHEMES: &[&str] = &[
    "aaa", "aaas", "acap", "cap", "cid", "crid", "data", "dav", "dict", "dns", "fax", "file",
    "ftp", "go", "gopher", "h323", "http", "https", "iax", "icap", "im", "imap", "info", "ipp",
    "iris", "iris.beep", "iris.lwz", "iris.xpc", "iris.xpcs", "ldap", "mailto", "mid", "modem",
    "msrp", "msrps", "mtqp", "mupdate", "news", "nfs", "nntp", "opaquelocktoken", "pop", "pres",
    "prospero", "rtsp", "service", "shttp", "sip", "sips", "snmp", "soap.beep", "soap.beeps",
    "tag", "tel", "telnet", "tftp", "thismessage", "tip", "tv", "urn", "vemmi", "wais",
    "xmlrpc.beep", "xmlrpc.beeps", "xmpp", "z39.50r", "z39.50s"
];

/// ISO 3166 country codes of the W3C validator (sorted).
#[rustfmt::skip]
const ISO3166: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AM", "AN", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AZ", "BA",
    "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BM", "BN", "BO", "BR", "BS", "BT", "BV", "BW",
    "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU",
    "CV", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES",
    "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GH", "GI", "GL", "GM",
    "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID",
    "IE", "IL", "IN", "IO", "IQ", "IR", "IS", "IT", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM",
    "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV",
    "LY", "MA", "MC", "MD", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT",
    "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR",
    "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW",
    "PY", "QA", "RE", "RO", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK",
    "SL", "SM", "SN", "SO", "SR", "ST", "SV", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK",
    "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC",
    "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW"
];

/// ISO 4217 currency codes of the W3C validator (sorted).
#[rustfmt::skip]
const ISO4217: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZM", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYR", "BZD",
    "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CSD", "CUP",
    "CVE", "CYP", "CZK", "DJF", "DKK", "DOP", "DZD", "EEK", "EGP", "ERN", "ETB", "EUR", "FJD",
    "FKP", "GBP", "GEL", "GHC", "GIP", "GMD", "GNF", "GTQ", "GWP", "GYD", "HKD", "HNL", "HRK",
    "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS",
    "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LTL",
    "LVL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRO", "MTL", "MUR", "MWK",
    "MXN", "MXV", "MYR", "MZM", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "ROL", "RON", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDD", "SEK", "SGD", "SHP", "SIT", "SKK", "SLL", "SOS", "SRD", "STD", "SVC", "SYP", "SZL",
    "THB", "TJS", "TMM", "TND", "TOP", "TRL", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD",
    "USN", "USS", "UYU", "UZS", "VEB", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB",
    "XBC", "XBD", "XCD", "XDR", "XFO", "XFU", "XOF", "XPD", "XPF", "XPT", "XTS", "XXX", "YER",
    "ZAR", "ZMK", "ZWD"
];

/// Element names the W3C validator knows as HTML (sorted, lower case).
#[rustfmt::skip]
const HTML_TAGS: &[&str] = &[
    "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base",
    "basefont", "bdi", "bdo", "big", "blockquote", "body", "br", "button", "canvas", "caption",
    "center", "cite", "code", "col", "colgroup", "command", "comment", "data", "datagrid",
    "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
    "eventsource", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame",
    "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i",
    "iframe", "img", "input", "ins", "isindex", "kbd", "label", "legend", "li", "link", "listing",
    "m", "main", "map", "mark", "menu", "meta", "meter", "nav", "noframes", "noscript", "object",
    "ol", "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress",
    "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "slot", "small", "source",
    "span", "strike", "strong", "style", "sub", "summary", "sup", "table", "tbody", "td",
    "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u",
    "ul", "var", "video", "wbr", "xmp"
];

/// The 252 HTML 4 named character references (sorted, case-sensitive).
#[rustfmt::skip]
const HTML4_ENTITIES: &[&str] = &[
    "AElig", "Aacute", "Acirc", "Agrave", "Alpha", "Aring", "Atilde", "Auml", "Beta", "Ccedil",
    "Chi", "Dagger", "Delta", "ETH", "Eacute", "Ecirc", "Egrave", "Epsilon", "Eta", "Euml",
    "Gamma", "Iacute", "Icirc", "Igrave", "Iota", "Iuml", "Kappa", "Lambda", "Mu", "Ntilde", "Nu",
    "OElig", "Oacute", "Ocirc", "Ograve", "Omega", "Omicron", "Oslash", "Otilde", "Ouml", "Phi",
    "Pi", "Prime", "Psi", "Rho", "Scaron", "Sigma", "THORN", "Tau", "Theta", "Uacute", "Ucirc",
    "Ugrave", "Upsilon", "Uuml", "Xi", "Yacute", "Yuml", "Zeta", "aacute", "acirc", "acute",
    "aelig", "agrave", "alefsym", "alpha", "amp", "and", "ang", "aring", "asymp", "atilde", "auml",
    "bdquo", "beta", "brvbar", "bull", "cap", "ccedil", "cedil", "cent", "chi", "circ", "clubs",
    "cong", "copy", "crarr", "cup", "curren", "dArr", "dagger", "darr", "deg", "delta", "diams",
    "divide", "eacute", "ecirc", "egrave", "empty", "emsp", "ensp", "epsilon", "equiv", "eta",
    "eth", "euml", "euro", "exist", "fnof", "forall", "frac12", "frac14", "frac34", "frasl",
    "gamma", "ge", "gt", "hArr", "harr", "hearts", "hellip", "iacute", "icirc", "iexcl", "igrave",
    "image", "infin", "int", "iota", "iquest", "isin", "iuml", "kappa", "lArr", "lambda", "lang",
    "laquo", "larr", "lceil", "ldquo", "le", "lfloor", "lowast", "loz", "lrm", "lsaquo", "lsquo",
    "lt", "macr", "mdash", "micro", "middot", "minus", "mu", "nabla", "nbsp", "ndash", "ne", "ni",
    "not", "notin", "nsub", "ntilde", "nu", "oacute", "ocirc", "oelig", "ograve", "oline", "omega",
    "omicron", "oplus", "or", "ordf", "ordm", "oslash", "otilde", "otimes", "ouml", "para", "part",
    "permil", "perp", "phi", "pi", "piv", "plusmn", "pound", "prime", "prod", "prop", "psi",
    "quot", "rArr", "radic", "rang", "raquo", "rarr", "rceil", "rdquo", "real", "reg", "rfloor",
    "rho", "rlm", "rsaquo", "rsquo", "sbquo", "scaron", "sdot", "sect", "shy", "sigma", "sigmaf",
    "sim", "spades", "sub", "sube", "sum", "sup", "sup1", "sup2", "sup3", "supe", "szlig", "tau",
    "there4", "theta", "thetasym", "thinsp", "thorn", "tilde", "times", "trade", "uArr", "uacute",
    "uarr", "ucirc", "ugrave", "uml", "upsih", "upsilon", "uuml", "weierp", "xi", "yacute", "yen",
    "yuml", "zeta", "zwj", "zwnj"
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    /// 2025-06-15T15:06:40Z, the `now` of the date tests.
    const NOW: i64 = 1_750_000_000;

    /// Runs a check: `ok` or `fail`, then one `Code{value: .., attr: .., key: ..}` per finding.
    /// Also asserts that messages are single non-empty lines and that the result is `true`
    /// exactly when no error or warning was pushed.
    #[track_caller]
    fn run(f: impl FnOnce(&mut Vec<Finding>) -> bool) -> String {
        let mut out = Vec::new();
        let ok = f(&mut out);
        let clean = out
            .iter()
            .all(|x| matches!(x.code.severity(), Severity::Pass | Severity::Info));
        let mut s = String::from(if ok { "ok" } else { "fail" });
        for x in &out {
            assert!(
                !x.message.is_empty() && !x.message.contains('\n'),
                "bad message: {x:?}"
            );
            s.push(' ');
            s.push_str(x.code.name());
            let mut parts = Vec::new();
            if let Some(v) = &x.value {
                parts.push(format!("value: {v}"));
            }
            if let Some(a) = &x.attr {
                parts.push(format!("attr: {a}"));
            }
            for (k, v) in &x.extra {
                parts.push(format!("{k}: {v}"));
            }
            if !parts.is_empty() {
                s.push_str(&format!("{{{}}}", parts.join(", ")));
            }
        }
        assert_eq!(ok, clean, "result disagrees with the findings: {s}");
        s
    }

    #[track_caller]
    fn check_uri(v: &str, rule: UriRule) -> String {
        run(|o| {
            uri(
                v,
                rule,
                rule.default_error(),
                rule.default_success(),
                None,
                o,
            )
        })
    }

    // ---- URIs (values.md §1) ----

    #[test]
    fn uri_plain_and_full() {
        let p = |v| check_uri(v, UriRule::Plain);
        let f = |v| check_uri(v, UriRule::Full);
        assert_eq!(
            p("http://example.com/a?b=c#d"),
            "ok ValidURI{value: http://example.com/a?b=c#d}"
        );
        // Relative references and the empty string are URI references, not absolute URIs.
        assert_eq!(p("/a/b"), "ok ValidURI{value: /a/b}");
        assert_eq!(p(""), "ok ValidURI{value: }");
        assert_eq!(f("/a/b"), "fail InvalidFullLink{value: /a/b}");
        assert_eq!(f(""), "fail InvalidFullLink{value: }");
        assert_eq!(f("1http://x"), "fail InvalidFullLink{value: 1http://x}");
        // atom/must/feed_id_contains_comma: commas are URI characters.
        assert_eq!(
            f("http://www.wired.com/news/school/0,1383,54916,00.html"),
            "ok ValidURI{value: http://www.wired.com/news/school/0,1383,54916,00.html}"
        );
        // Values are stripped first.
        assert_eq!(f("  http://x/ \n"), "ok ValidURI{value: http://x/}");
        // `(//)?` then one or more characters: `//` alone is enough.
        assert_eq!(f("http://"), "fail InvalidFullLink{value: http://}");
        assert_eq!(
            f("mailto:x@example.com"),
            "ok ValidURI{value: mailto:x@example.com}"
        );
    }

    #[test]
    fn uri_invalid_char_is_the_first_ascii_outside_the_class() {
        let p = |v| check_uri(v, UriRule::Plain);
        assert_eq!(
            p("http://a/b c"),
            "fail InvalidUriChar{value: http://a/b c, char: ' '}"
        );
        assert_eq!(
            p("http://a/{x}"),
            "fail InvalidUriChar{value: http://a/{x}, char: '{'}"
        );
        assert_eq!(p("a\\b"), r"fail InvalidUriChar{value: a\b, char: '\\'}");
        assert_eq!(p("a\tb"), "fail InvalidUriChar{value: a\tb, char: '\\t'}");
        assert_eq!(p("a\"b"), "fail InvalidUriChar{value: a\"b, char: '\"'}");
        assert_eq!(
            p("a\u{7f}b"),
            "fail InvalidUriChar{value: a\u{7f}b, char: '\\x7f'}"
        );
        // The ASCII check comes before the non-ASCII one.
        assert_eq!(
            p("http://ü/a b"),
            "fail InvalidUriChar{value: http://ü/a b, char: ' '}"
        );
    }

    #[test]
    fn uri_ipv6_literal_only_in_references() {
        assert_eq!(
            check_uri("http://[::1]/x", UriRule::Plain),
            "ok ValidURI{value: http://[::1]/x}"
        );
        assert_eq!(
            check_uri("//[AB:1]", UriRule::Plain),
            "ok ValidURI{value: //[AB:1]}"
        );
        // The full grammar has no IPv6 literal.
        assert_eq!(
            check_uri("http://[::1]/x", UriRule::Full),
            "fail InvalidUriChar{value: http://[::1]/x, char: '['}"
        );
        // A second bracket, three slashes, or a bad prefix break the reference grammar.
        assert_eq!(
            check_uri("http://[::1]/[x]", UriRule::Plain),
            "fail InvalidUriChar{value: http://[::1]/[x], char: '['}"
        );
        assert_eq!(
            check_uri("x:///[::1]", UriRule::Plain),
            "fail InvalidUriChar{value: x:///[::1], char: '['}"
        );
        assert_eq!(
            check_uri("a/[::1]", UriRule::Plain),
            "fail InvalidUriChar{value: a/[::1], char: '['}"
        );
    }

    #[test]
    fn uri_http_and_ftp_need_a_host() {
        let p = |v| check_uri(v, UriRule::Plain);
        assert_eq!(p("http:foo"), "fail InvalidLink{value: http:foo}");
        assert_eq!(p("http:///x"), "fail InvalidLink{value: http:///x}");
        assert_eq!(p("FTP://host/x"), "ok ValidURI{value: FTP://host/x}");
        assert_eq!(p("ftp:/x"), "fail InvalidLink{value: ftp:/x}");
        // Without a colon the whole value is the "scheme": `http` is not a link.
        assert_eq!(p("http"), "fail InvalidLink{value: http}");
        assert_eq!(p("https:x"), "ok ValidURI{value: https:x}");
    }

    #[test]
    fn uri_scheme_not_registered_is_a_warning_without_attr() {
        assert_eq!(
            check_uri("javascript:alert(1)", UriRule::Plain),
            "fail SchemeNotIANARegistered{value: javascript}"
        );
        assert_eq!(
            run(|o| uri(
                "Itms:x",
                UriRule::Full,
                Code::InvalidFullLink,
                Code::ValidURI,
                Some("href"),
                o
            )),
            "fail SchemeNotIANARegistered{value: itms}"
        );
        // Non-alphabetic schemes are never flagged; registered ones pass in any case.
        for v in [
            "svn+ssh://x",
            "z39.50s:x",
            "ms-x:y",
            "h323:x",
            "DATA:x",
            "Urn2:x",
        ] {
            assert_eq!(
                check_uri(v, UriRule::Full),
                format!("ok ValidURI{{value: {v}}}")
            );
        }
        assert!(is_iana_scheme("HTTPS") && is_iana_scheme("soap.beep"));
        assert!(!is_iana_scheme("javascript") && !is_iana_scheme(""));
    }

    #[test]
    fn uri_attr_is_merged_into_messages() {
        let href = |v| {
            run(|o| {
                uri(
                    v,
                    UriRule::Iri,
                    Code::InvalidIRI,
                    Code::ValidURI,
                    Some("href"),
                    o,
                )
            })
        };
        assert_eq!(href("/x"), "ok ValidURI{value: /x, attr: href}");
        assert_eq!(
            href("a b"),
            "fail InvalidUriChar{value: a b, attr: href, char: ' '}"
        );
        assert_eq!(href("tag:x"), "fail InvalidTAG{value: tag:x, attr: href}");
        assert_eq!(
            href("urn:a:b"),
            "fail InvalidURN{value: urn:a:b, attr: href}"
        );
    }

    #[test]
    fn iri_rules_accept_non_ascii() {
        // rss20/data-types-url/idna: an IDNA host is plain ASCII.
        assert_eq!(
            check_uri("http://www.xn--8ws00zhy3a.com/", UriRule::Plain),
            "ok ValidURI{value: http://www.xn--8ws00zhy3a.com/}"
        );
        assert_eq!(
            check_uri("http://bücher.example/путь", UriRule::Iri),
            "ok ValidURI{value: http://bücher.example/путь}"
        );
        assert_eq!(
            check_uri("http://example.org/日本", UriRule::IriFull),
            "ok ValidURI{value: http://example.org/日本}"
        );
        // Where a URI is expected, an otherwise good IRI is `UriNotIri`.
        assert_eq!(
            check_uri("http://bücher.example/", UriRule::Plain),
            "fail UriNotIri{value: http://bücher.example/}"
        );
        assert_eq!(
            check_uri("http://bücher.example/", UriRule::Full),
            "fail UriNotIri{value: http://bücher.example/}"
        );
        // Characters IDNA prohibits: no-break space, bidi controls, private use.
        for v in [
            "http://a/b\u{a0}c",
            "http://a/\u{202e}x",
            "http://a/\u{e000}",
        ] {
            assert_eq!(
                check_uri(v, UriRule::Iri),
                format!("fail InvalidIRI{{value: {v}}}")
            );
            assert_eq!(
                check_uri(v, UriRule::Plain),
                format!("fail InvalidLink{{value: {v}}}")
            );
        }
        // A non-ASCII scheme is not a scheme.
        assert_eq!(
            check_uri("ü:x", UriRule::IriFull),
            "fail InvalidFullLink{value: ü:x}"
        );
    }

    #[test]
    fn tag_uris() {
        // atom/must/*id_tag*.
        for v in [
            "tag:diveintomark.org,2003:blog-14:post-19",
            "tag:diveintomark.org,2003-11-30:blog-14:post-19",
            "tag:diveintomark.org,2003-11:blog-14:post-19",
            "tag:example90.com,2003-11-30:foo",
            "tag:diveintomark-org,2003-11-30:foo",
            "tag:raelity.org,2003:/",
            "tag:me@example.com,2003:x#frag",
            "tag:a_b@x,2003:",
        ] {
            assert_eq!(
                check_uri(v, UriRule::Full),
                format!("ok ValidTAG{{value: {v}}}")
            );
        }
        for v in [
            "tag:diveintomark org,2003-11-30:foo",
            "tag:diveintomark*org,2003-11-30:foo",
            "tag:diveintomark.org,2003-01 01:foo",
            "tag:diveintomark.org,2003 01 01:foo",
            "tag:diveintomark.org,2003-:foo",
            "tag:diveintomark.org,2003-0:foo",
            "tag:diveintomark.org,2003-09-:foo",
            "tag:diveintomark.org,2003-09-1:foo",
            "tag:diveintomark.org,200301:foo",
            "tag:diveintomark.org,20030101:foo",
            "tag:diveintomark.org,2003-06-31T14:00:00Z:foo",
            "tag:diveintomark.org:foo",
            "tag:diveintomark.org,2003:{foo}",
            "tag:diveintomark.org,2003:foo]",
            "tag:diveintomark.org,2003-9-11:foo",
            "tag:diveintomark.org,03-11-24:foo",
            "tag:diveintomark.org,03:foo",
            "tag:diveintomark.org,2003:foo camp",
            // Upper-case authority, upper-case scheme, two fragments.
            "tag:Example.com,2003:x",
            "TAG:example.com,2003:x",
            "tag:example.com,2003:x#a#b",
            // No colon: the whole value is the scheme.
            "tag",
        ] {
            assert_eq!(
                check_uri(v, UriRule::Plain),
                format!("fail InvalidTAG{{value: {v}}}"),
                "{v}"
            );
        }
        // atom/must/entry_id_not_tag: not a tag URI at all.
        assert_eq!(
            check_uri(
                "foo tag:diveintomark.org,2003:blog-14:post-19",
                UriRule::IriFull
            ),
            "fail InvalidUriChar{value: foo tag:diveintomark.org,2003:blog-14:post-19, char: ' '}"
        );
    }

    #[test]
    fn urns_and_uuids() {
        for v in [
            "urn:diveintomark-org:1",
            "urn:diveintomark-org:20030729:1",
            "urn:diveintomark-org:blog-14:post-123",
            "URN:isbn:0-395-36341-1",
            "urn:xy:%41%2f(a)",
            "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6",
        ] {
            assert_eq!(
                check_uri(v, UriRule::Full),
                format!("ok ValidURN{{value: {v}}}")
            );
        }
        for v in [
            "urn:diveintomark.org:1",
            "urn:diveintomark+org:1",
            "urn:-diveintomark-org:1",
            "urn:a:b",
            "urn:abcdefghijabcdefghijabcdefghijabc:x",
            "urn:isbn:",
            "urn:isbn:a/b",
            "urn:isbn:%4",
            "urn",
        ] {
            assert_eq!(
                check_uri(v, UriRule::Plain),
                format!("fail InvalidURN{{value: {v}}}"),
                "{v}"
            );
        }
        for v in [
            "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af",
            "urn:uuid:60a76c80d399-11d9-b93C-0003939e0af6",
            "URN:UUID:g0a76c80-d399-11d9-b93C-0003939e0af6",
        ] {
            assert_eq!(
                check_uri(v, UriRule::Full),
                format!("fail InvalidUUID{{value: {v}}}")
            );
        }
    }

    #[test]
    fn http_urls() {
        let h = |v| check_uri(v, UriRule::HttpUrl);
        for v in [
            "http://example.com",
            "https://Example.COM:8080/x?y#z",
            "HTTP://a-b.c.d/",
            "http://1.2.3.4/",
        ] {
            assert_eq!(h(v), format!("ok ValidURLAttribute{{value: {v}}}"));
        }
        for v in [
            "ftp://example.com/",
            "http://localhost/",
            "http://example.com.",
            "http://a_b.example/",
            "http://user@example.com/",
            "http://example.com:/",
            "http://example.com:80x/",
            "http://example.com/a b",
            "http://bücher.example/",
            "tag:example.com,2003:x",
            "//example.com/",
        ] {
            assert_eq!(
                h(v),
                format!("fail InvalidURLAttribute{{value: {v}}}"),
                "{v}"
            );
        }
        // The last label may not start with a hyphen; others may.
        assert_eq!(
            h("http://-a.b/"),
            "ok ValidURLAttribute{value: http://-a.b/}"
        );
        assert_eq!(
            h("http://a.-b/"),
            "fail InvalidURLAttribute{value: http://a.-b/}"
        );
    }

    // ---- canonical URIs ----

    #[test]
    fn canonical_forms() {
        let c = |v| canonical_uri(v).unwrap_or_else(|| "None".to_owned());
        // values.md examples.
        assert_eq!(c("HTTP://Example.COM"), "http://example.com/");
        assert_eq!(c("http://a/b/../c"), "http://a/c");
        assert_eq!(c("http://a:80/"), "http://a/");
        assert_eq!(c("http://a/%7euser"), "http://a/~user");
        // Ports, user info, trailing dots.
        assert_eq!(c("https://a:443/x"), "https://a/x");
        assert_eq!(c("https://a:80/x"), "https://a:80/x");
        assert_eq!(c("http://a:/x"), "http://a/x");
        assert_eq!(c("http://:@a/"), "http://a/");
        assert_eq!(c("http://Joe:pw@A/"), "http://Joe:pw@a/");
        assert_eq!(c("http://example.com./"), "http://example.com/");
        assert_eq!(c("http://localhost./"), "http://localhost./");
        assert_eq!(c("http://[::A]:80/"), "http://[::a]/");
        assert_eq!(c("http://[::1/"), "None");
        // Dot segments, including escaped ones; an escaped `/` stays escaped.
        assert_eq!(c("http://a/b/./c/."), "http://a/b/c/");
        assert_eq!(c("http://a/../../x"), "http://a/x");
        assert_eq!(c("http://a/b/%2E%2E/c"), "http://a/c");
        assert_eq!(c("http://a/b%2fc"), "http://a/b%2Fc");
        assert_eq!(c("/a/./b"), "/a/b");
        assert_eq!(c("//Host/a"), "//host/a");
        // Escaping: upper-case hex, UTF-8, NFC; sub-delimiters kept in paths; `/?` in queries.
        assert_eq!(c("http://a/%c3%a9"), "http://a/%C3%A9");
        assert_eq!(c("http://a/é"), "http://a/%C3%A9");
        assert_eq!(c("http://a/e%CC%81"), "http://a/%C3%A9");
        assert_eq!(c("http://a/x y"), "http://a/x%20y");
        assert_eq!(c("http://a/!$&'()*+,;=:@"), "http://a/!$&'()*+,;=:@");
        assert_eq!(c("http://a/?b=/c?d#e/f?g h"), "http://a/?b=/c?d#e/f?g%20h");
        assert_eq!(c("http://a/#"), "http://a/#");
        // Non-hierarchical URIs keep their path; mailto lower-cases the domain.
        assert_eq!(c("URN:ISBN:0-395"), "urn:ISBN:0-395");
        assert_eq!(c("tag:example.com,2003:x"), "tag:example.com,2003:x");
        assert_eq!(c("mailto:Joe@Example.COM"), "mailto:Joe@example.com");
        // No canonical form.
        assert_eq!(c("a/b"), "None");
        assert_eq!(c(""), "None");
        assert_eq!(c("http://a/%zz"), "None");
        assert_eq!(c("http://a/%e9"), "None");
        assert_eq!(c("http://a/%4"), "None");
    }

    #[test]
    fn canonical_uri_check_warns_with_uri_and_curi() {
        let c = |v| run(|o| canonical_uri_check(v, o));
        assert_eq!(
            c("http://example.com/"),
            "ok ValidURI{value: http://example.com/}"
        );
        assert_eq!(
            c("tag:example.com,2003:x"),
            "ok ValidTAG{value: tag:example.com,2003:x}"
        );
        assert_eq!(
            c("HTTP://Example.com"),
            "fail ValidURI{value: HTTP://Example.com} \
             NonCanonicalURI{uri: HTTP://Example.com, curi: http://example.com/}"
        );
        // The canonical form is compared with the unstripped value.
        assert_eq!(
            c(" http://a/ "),
            "fail ValidURI{value: http://a/} NonCanonicalURI{uri:  http://a/ , curi: http://a/}"
        );
        assert_eq!(
            c("http://a/%e9"),
            "fail ValidURI{value: http://a/%e9} NonCanonicalURI{uri: http://a/%e9, curi: N/A}"
        );
        assert_eq!(c("/relative"), "fail InvalidFullLink{value: /relative}");
    }

    // ---- e-mail (values.md §2) ----

    #[test]
    fn addr_specs() {
        let a = |v| run(|o| addr_spec(v, Code::InvalidAddrSpec, o));
        // atom/must/*email*.
        assert_eq!(
            a("valid@example.com"),
            "ok ValidContact{value: valid@example.com}"
        );
        assert_eq!(
            a("valid+folder@example.com"),
            "ok ValidContact{value: valid+folder@example.com}"
        );
        assert_eq!(
            a("o'neil@1.2.3.4"),
            "ok ValidContact{value: o'neil@1.2.3.4}"
        );
        assert_eq!(
            a("invalid at example.com"),
            "fail InvalidAddrSpec{value: invalid at example.com}"
        );
        assert_eq!(a("a@b"), "fail InvalidAddrSpec{value: a@b}");
        assert_eq!(a("a@1host"), "fail InvalidAddrSpec{value: a@1host}");
        assert_eq!(
            a("a b@example.com"),
            "fail InvalidAddrSpec{value: a b@example.com}"
        );
        // Only the loose pattern matches: W3C would query DNS; we accept silently.
        assert_eq!(a("jo%e@example.com"), "ok");
        assert_eq!(a("josé@example.com"), "ok");
        assert_eq!(a("a@b_c.example"), "ok");
        assert_eq!(a("a@localhost"), "ok");
        assert_eq!(a("a@example.com."), "ok");
    }

    #[test]
    fn email_reads_an_address_list() {
        let e = |v| run(|o| email(v, TextContext::default(), o));
        assert_eq!(
            e("Joe <joe@example.com>"),
            "ok ValidContact{value: joe@example.com}"
        );
        assert_eq!(
            e("joe@example.com (Joe)"),
            "ok ValidContact{value: joe@example.com}"
        );
        assert_eq!(
            e("mailto:joe@example.com"),
            "ok ValidContact{value: joe@example.com}"
        );
        assert_eq!(
            e("\"Joe\" <joe@ example . com>"),
            "ok ValidContact{value: joe@example.com}"
        );
        // atom/must/entry_author_email_overloaded: two addresses, the whole value is checked.
        assert_eq!(
            e("invalid@example.com (Bob), extra"),
            "fail InvalidContact{value: invalid@example.com (Bob), extra}"
        );
        // A phrase alone yields its first word.
        assert_eq!(
            e("invalid at example.com"),
            "fail InvalidContact{value: invalid}"
        );
        assert_eq!(e("John Smith"), "fail InvalidContact{value: John}");
        assert_eq!(e(""), "fail InvalidContact{value: }");
        // Markup first, then the address.
        assert_eq!(
            e("<b>joe@example.com</b>"),
            "fail ContainsHTML{value: b} InvalidContact{value: <b>joe@example.com</b>}"
        );
    }

    #[test]
    fn address_list_matches_python() {
        // Expected values from Python 3.11 `email.utils.getaddresses([s])`.
        let l = |s| address_list(s).join("|");
        assert_eq!(l("John Smith"), "John");
        assert_eq!(l(", a@b.com"), "|a@b.com");
        assert_eq!(l("a@b.com,"), "a@b.com");
        assert_eq!(l("joe smith@x.com"), "joe smith@x.com");
        assert_eq!(l("<@r1,@r2:joe@x.com>"), "|@r2|joe@x.com");
        assert_eq!(l("a@b@c"), "|@c");
        assert_eq!(l("\"j o\"@x.com"), "\"j o\"@x.com");
        assert_eq!(l("g: a@b, c@d;"), "a@b|c@d");
        assert_eq!(l("Joe <joe@x.com> (c)"), "joe@x.com");
        assert_eq!(l("<>"), "");
        assert_eq!(l("x > y"), "x||y");
        assert_eq!(l("(a(b)c) d@e"), "d@e");
        assert_eq!(l("a.b@[1.2.3.4]"), "a.b@[1.2.3.4]");
    }

    #[test]
    fn email_with_real_name() {
        let e = |v| run(|o| email_with_name(v, TextContext::default(), o));
        assert_eq!(
            e("joe@example.com (Joe Bloggs)"),
            "ok ValidContact{value: joe@example.com}"
        );
        // rss20/data-types-email/missing-name.
        assert_eq!(e("user@example.com"), "fail MissingRealName");
        assert_eq!(e("Joe <joe@example.com>"), "fail EmailFormat");
        // rss20/data-types-email/mailto-subject: decoded, then EmailFormat (not InvalidContact).
        assert_eq!(
            e("mailto:John%20Smith%20%3Cjsmith%40example%2Eorg%3E?subject=some%20feedback"),
            "fail EmailFormat"
        );
        // rss20/data-types-email/missing-email.
        assert_eq!(e("John Smith"), "fail InvalidContact{value: John}");
        assert_eq!(
            e("@example.com"),
            "fail InvalidContact{value: @example.com}"
        );
        assert_eq!(
            e("joe@1example (Joe)"),
            "fail InvalidContact{value: joe@1example}"
        );
        // Only the loose pattern: accepted without a DNS lookup.
        assert_eq!(e("joe@example (Joe)"), "ok");
        assert_eq!(e("mailto:joe@example.com"), "fail MissingRealName");
    }

    #[test]
    fn names_without_addresses() {
        let n = |v| run(|o| nonemail(v, o));
        assert_eq!(n("Joe Bloggs"), "ok");
        assert_eq!(n("Joe <joe@example.com>"), "fail ContainsEmail");
        assert_eq!(n("Joe <JOE@Example.COM>"), "fail ContainsEmail");
        assert_eq!(n("joe@example.com"), "ok");
        assert_eq!(n("<a@b>"), "ok");
        assert_eq!(n("<<a@b.cd>>"), "fail ContainsEmail");
        assert_eq!(n("<a@b.c.>"), "ok");
    }

    // ---- MIME types and languages (values.md §3, §4) ----

    #[test]
    fn mime_types() {
        for v in [
            "text/html",
            "application/atom+xml;type=entry",
            "text/html; charset=utf-8",
            "a/b ; x=y",
            "a/b;x=y;z=\"w\"",
            "a/b;x=\"quoted ; value\"",
            "a/b;x=\"a\\\"b\"",
            "a/b;x=\"\"",
            "a/b;x=\"\\\"",
            "a/b;x=\"\\\";y=\"z\"",
            // One quoted value `\";y=z`.
            "a/b;x=\"\\\";y=z\"",
            "vnd.ü/x",
        ] {
            assert!(mime_type(v), "{v}");
        }
        for v in [
            "",
            "text",
            "text/",
            "/html",
            "a/b/c",
            " text/html",
            "text/html ",
            "text/html;",
            "a/b;x",
            "a/b;x=",
            "a/b ; x = y",
            "a/b;x=\"y",
            "a/b x",
            "a b/c",
        ] {
            assert!(!mime_type(v), "{v}");
        }
    }

    #[test]
    fn mime_type_quoted_values_do_not_explode() {
        // `"\"` is a whole quoted value (backslash, then the closing quote), or the start of
        // a longer one: 2^2000 ways to fail without memoisation.
        let hostile = format!("a/b{};", ";x=\"\\\"".repeat(2000));
        assert!(!mime_type(&hostile));
    }

    #[test]
    fn languages() {
        for v in [
            "en",
            "EN",
            "en-US",
            "ru",
            "x-klingon",
            "xx",
            "qaa",
            "ger",
            "eng",
            "sh-a_b",
        ] {
            assert!(iso639(v), "{v}");
        }
        for v in [
            "", "i", "en_US", "zzz", "qab", "english", "*", "-en", "e n", "en ",
        ] {
            assert!(!iso639(v), "{v}");
        }
        assert_eq!(run(|o| language(" en-GB ", o)), "ok ValidLanguage");
        assert_eq!(
            run(|o| language("en_US", o)),
            "fail InvalidLanguage{value: en_US}"
        );
    }

    // ---- dates (values.md §5) ----

    #[test]
    fn rfc822_w3c_cases() {
        let r = |v| run(|o| rfc822(v, Some(NOW), o));
        // rss20/data-types-datetime.
        for v in [
            "Tue, 31 Dec 2002 14:20:20 GMT",
            "10 Apr 2002 14:20:20 GMT",
            "31 Dec 2002 14:20:20 CST",
            "Fri, 27 Dec 2002 14:20:20 GMT",
            "21 Oct 2002 06:45 EDT",
            "31 Dec 2002 14:20:20 PDT",
            "Wed, 25 Dec 2002 14:20:20 GMT",
            "Mon, 21 Oct 2002 14:04:23 -0500",
            "31 Dec 2002 14:20:20 Z",
            "1 Jan 2003 00:00 +0530",
            "1 Jan 2003 00:00 0000",
        ] {
            assert_eq!(r(v), format!("ok ValidRFC2822Date{{value: {v}}}"));
        }
        for v in [
            "31 Dec 2002 14:20:20 A",
            "Thu (oh how I hate thursdays), 16(th) Feb(ruary) 2006 01:39 +0000 (GMT r0x0rz)",
            "31 Dec 2002 14:20:20 -0234",
            "tue, 31 dec 02 14:20:20 gmt",
            "Tue,31 Dec 2002 14:20:20 GMT",
            "31  Dec 2002 14:20:20 GMT",
            "31 Dec 2002 14:20:20 GMT (\\) x)",
        ] {
            assert_eq!(
                r(v),
                format!("fail ProblematicalRFC822Date{{value: {v}}}"),
                "{v}"
            );
        }
        assert_eq!(
            r("Sat, 31 Jun 2006 23:08:26 +1000"),
            "fail InvalidRFC2822Date{value: Sat, 31 Jun 2006 23:08:26 +1000}"
        );
    }

    #[test]
    fn rfc822_failures() {
        let r = |v| run(|o| rfc822(v, Some(NOW), o));
        for v in [
            "",
            "2002-12-31",
            "Tue, 31 Dec 2002 14:20:20 UTC",
            "31 December 2002 14:20:20 GMT",
            "31 Dec 2002 14:20:20",
            "31 Dec 2002 14:20:20 (GMT)",
            "31 Dec 2002 14:20 :20 GMT",
            "131 Dec 2002 14:20:20 GMT",
            // `\(` is an escaped character, not a comment.
            "31 Dec 2002 14:20:20 \\(x) GMT",
        ] {
            assert_eq!(
                r(v),
                format!("fail InvalidRFC2822Date{{value: {v}}}"),
                "{v}"
            );
        }
        // A wrong weekday; a day that does not exist has no weekday to compare (RFC 2822 §3.3).
        assert_eq!(
            r("Mon, 31 Dec 2002 14:20:20 GMT"),
            "fail IncorrectDOW{value: Mon}"
        );
        assert_eq!(
            r("Mon, 31 Jun 2006 23:08:26 +1000"),
            "fail InvalidRFC2822Date{value: Mon, 31 Jun 2006 23:08:26 +1000}"
        );
        assert_eq!(
            r("Tue, 10 Jun 2025 25:00:00 GMT"),
            "fail InvalidRFC2822Date{value: Tue, 10 Jun 2025 25:00:00 GMT}"
        );
        assert_eq!(
            r("Sun, 29 Feb 2004 00:00:00 Z"),
            "ok ValidRFC2822Date{value: Sun, 29 Feb 2004 00:00:00 Z}"
        );
        assert_eq!(
            r("29 Feb 2003 00:00:00 Z"),
            "fail InvalidRFC2822Date{value: 29 Feb 2003 00:00:00 Z}"
        );
        assert_eq!(
            r("0 Jan 2003 00:00 GMT"),
            "fail InvalidRFC2822Date{value: 0 Jan 2003 00:00 GMT}"
        );
        assert_eq!(
            r("1 Jan 0000 00:00 GMT"),
            "fail InvalidRFC2822Date{value: 1 Jan 0000 00:00 GMT}"
        );
    }

    #[test]
    fn rfc822_plausibility() {
        let r = |v, now| run(|o| rfc822(v, now, o));
        assert_eq!(
            r("31 Dec 1989 23:59 GMT", None),
            "fail ImplausibleDate{value: 31 Dec 1989 23:59 GMT}"
        );
        // NOW is Sun, 15 Jun 2025 15:06:40 GMT; 600 s of slack, zone-adjusted.
        assert_eq!(
            r("Sun, 15 Jun 2025 15:16:40 GMT", Some(NOW)),
            "ok ValidRFC2822Date{value: Sun, 15 Jun 2025 15:16:40 GMT}"
        );
        assert_eq!(
            r("Sun, 15 Jun 2025 15:16:41 GMT", Some(NOW)),
            "fail ImplausibleDate{value: Sun, 15 Jun 2025 15:16:41 GMT}"
        );
        assert_eq!(
            r("Sun, 15 Jun 2025 18:16:40 +0300", Some(NOW)),
            "ok ValidRFC2822Date{value: Sun, 15 Jun 2025 18:16:40 +0300}"
        );
        assert_eq!(
            r("Sun, 15 Jun 2025 11:16:41 EDT", Some(NOW)),
            "fail ImplausibleDate{value: Sun, 15 Jun 2025 11:16:41 EDT}"
        );
        assert_eq!(
            r("Tue, 01 Jan 2030 00:00:00 GMT", None),
            "ok ValidRFC2822Date{value: Tue, 01 Jan 2030 00:00:00 GMT}"
        );
    }

    #[test]
    fn rfc3339_atom_cases() {
        let r = |v| run(|o| rfc3339(v, Some(NOW), o));
        // atom/3.3.
        for v in [
            "2003-12-13T18:30:02Z",
            "2003-12-13T18:30:02.25Z",
            "2002-12-31T19:20:30.45+01:00",
            "2003-12-13T18:30:02.Z",
            "2003-12-13T23:59:60Z",
        ] {
            assert_eq!(r(v), format!("ok ValidW3CDTFDate{{value: {v}}}"));
        }
        for v in [
            "2003-12-13t18:30:02.25z",
            "2003-07-01 T 01:55:07-05:00",
            "2003-07-01T01:55:07 -05:00",
            "2003-07-01T 01:55:07-05:00",
            "2003-07-01 T01:55:07-05:00",
            "2002-12-31T192030+01:00",
            "2003-07-01 01:55:07-05:00",
            "2003-07-01T01:55:07-0500",
            "2002-12",
            "2003-12-13",
            "2003-12-13T18:30Z",
            "2003-12-13T18:30:02",
        ] {
            assert_eq!(
                r(v),
                format!("fail InvalidRFC3339Date{{value: {v}}}"),
                "{v}"
            );
        }
        assert_eq!(
            r("2103-12-13T18:30:02Z"),
            "fail ValidW3CDTFDate{value: 2103-12-13T18:30:02Z} ImplausibleDate{value: 2103-12-13T18:30:02Z}"
        );
        assert_eq!(
            r("0103-12-13T18:30:02Z"),
            "fail ValidW3CDTFDate{value: 0103-12-13T18:30:02Z} ImplausibleDate{value: 0103-12-13T18:30:02Z}"
        );
    }

    #[test]
    fn iso_family_ranges() {
        let w = |v| run(|o| w3cdtf(v, None, o));
        // A month alone is not range-checked; a day is (Python's words in the message).
        assert_eq!(w("2003-13"), "ok ValidW3CDTFDate{value: 2003-13}");
        assert_eq!(w("2003-13-01"), "fail InvalidW3CDTFDate{value: 2003-13-01}");
        assert_eq!(w("2003-02-29"), "fail InvalidW3CDTFDate{value: 2003-02-29}");
        assert_eq!(w("2004-02-29"), "ok ValidW3CDTFDate{value: 2004-02-29}");
        assert_eq!(w("0000-01-01"), "fail InvalidW3CDTFDate{value: 0000-01-01}");
        // Hours up to 23, minutes and seconds up to 60.
        assert_eq!(
            w("2003-12-13T23:60:60Z"),
            "ok ValidW3CDTFDate{value: 2003-12-13T23:60:60Z}"
        );
        assert_eq!(
            w("2003-12-13T23:60:60.000+01:00"),
            "ok ValidW3CDTFDate{value: 2003-12-13T23:60:60.000+01:00}"
        );
        for v in [
            "2003-12-13T24:00Z",
            "2003-12-13T23:61Z",
            "2003-12-13T23:59:61Z",
            "2003-12-13T23:59:60.5Z",
        ] {
            assert_eq!(w(v), format!("fail InvalidW3CDTFDate{{value: {v}}}"));
        }
        // W3CDTF needs a zone with a time; ISO 8601 does not; neither has seconds alone.
        assert_eq!(
            w("2003-12-13T18:30"),
            "fail InvalidW3CDTFDate{value: 2003-12-13T18:30}"
        );
        assert_eq!(
            run(|o| iso8601("2003-12-13T18:30", None, o)),
            "ok ValidW3CDTFDate{value: 2003-12-13T18:30}"
        );
        assert_eq!(
            run(|o| iso8601("2003-12-13T18:30.5Z", None, o)),
            "fail InvalidISO8601DateTime{value: 2003-12-13T18:30.5Z}"
        );
        assert_eq!(
            run(|o| unbounded_iso8601("2003-1-13", o)),
            "fail InvalidISO8601DateTime{value: 2003-1-13}"
        );
    }

    #[test]
    fn iso_plausibility_compares_text() {
        let w = |v| run(|o| w3cdtf(v, Some(NOW), o));
        // `1990` sorts before `1990-01-01`.
        assert_eq!(
            w("1990"),
            "fail ValidW3CDTFDate{value: 1990} ImplausibleDate{value: 1990}"
        );
        assert_eq!(w("1990-01-01"), "ok ValidW3CDTFDate{value: 1990-01-01}");
        // Up to now + 24 h (2025-06-16T15:06:40Z), whatever the zone says.
        assert_eq!(
            w("2025-06-16T15:06:40Z"),
            "ok ValidW3CDTFDate{value: 2025-06-16T15:06:40Z}"
        );
        assert_eq!(
            w("2025-06-16T15:06:41Z"),
            "fail ValidW3CDTFDate{value: 2025-06-16T15:06:41Z} ImplausibleDate{value: 2025-06-16T15:06:41Z}"
        );
        assert_eq!(
            w("2025-06-16T15:06:41+05:00"),
            "fail ValidW3CDTFDate{value: 2025-06-16T15:06:41+05:00} ImplausibleDate{value: 2025-06-16T15:06:41+05:00}"
        );
        // Without `now` only the past is checked; unbounded checks neither.
        assert_eq!(
            run(|o| w3cdtf("2999-01-01", None, o)),
            "ok ValidW3CDTFDate{value: 2999-01-01}"
        );
        assert_eq!(
            run(|o| unbounded_w3cdtf("1066-10-14", o)),
            "ok ValidW3CDTFDate{value: 1066-10-14}"
        );
        assert_eq!(
            run(|o| unbounded_w3cdtf("1066-10-14T10:00", o)),
            "fail InvalidW3CDTFDate{value: 1066-10-14T10:00}"
        );
    }

    #[test]
    fn iso8601_dates() {
        let d = |v| run(|o| iso8601_date(v, Some(NOW), o));
        assert_eq!(d("2003-12-13"), "ok ValidW3CDTFDate{value: 2003-12-13}");
        assert_eq!(
            d("2003-12"),
            "fail ValidW3CDTFDate{value: 2003-12} InvalidISO8601Date{value: 2003-12}"
        );
        assert_eq!(
            d("2003-12-13T10:00Z"),
            "fail ValidW3CDTFDate{value: 2003-12-13T10:00Z} InvalidISO8601Date{value: 2003-12-13T10:00Z}"
        );
        assert_eq!(
            d("13.12.2003"),
            "fail InvalidISO8601DateTime{value: 13.12.2003}"
        );
        assert_eq!(
            d("1980-01-01"),
            "fail ValidW3CDTFDate{value: 1980-01-01} ImplausibleDate{value: 1980-01-01}"
        );
    }

    #[test]
    fn calendar_helpers() {
        assert_eq!(format_unix_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_unix_utc(NOW), "2025-06-15T15:06:40Z");
        assert_eq!(format_unix_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_unix_utc(-1), "1969-12-31T23:59:59Z");
        for z in [-800_000, -1, 0, 59, 60, 11_016, 730_000, 2_932_896] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_from_civil(2006, 6, 31), days_from_civil(2006, 7, 1));
    }

    // ---- numbers, booleans, text (values.md §6) ----

    #[test]
    fn integers_follow_python_int() {
        let n = |v| run(|o| non_negative_integer(v, o));
        for v in [
            "0",
            "42",
            "+7",
            "-0",
            "1_000",
            "007",
            "٣",
            "１２",
            "99999999999999999999999",
        ] {
            assert_eq!(n(v), format!("ok ValidInteger{{value: {v}}}"));
        }
        assert_eq!(n(" 5\t"), "ok ValidInteger{value: 5}");
        for v in [
            "-1", "", "1.0", "1e3", "1__0", "_1", "1_", "0x10", "- 1", "12a",
        ] {
            assert_eq!(
                n(v),
                format!("fail InvalidNonNegativeInteger{{value: {v}}}")
            );
        }
        let p = |v| run(|o| positive_integer(v, o));
        assert_eq!(p("1"), "ok ValidInteger{value: 1}");
        assert_eq!(p("0"), "fail InvalidPositiveInteger{value: 0}");
        assert_eq!(p(""), "fail InvalidPositiveInteger{value: }");
        let i = |v| run(|o| integer(v, o));
        assert_eq!(i(""), "ok");
        assert_eq!(i("-12"), "ok ValidInteger{value: -12}");
        assert_eq!(i("x"), "fail InvalidInteger{value: x}");
        let u = |v| run(|o| uint31(v, o));
        assert_eq!(u("2147483647"), "ok ValidInteger{value: 2147483647}");
        assert_eq!(u("2147483648"), "fail IntegerOverflow{value: 2147483648}");
        assert_eq!(
            u("99999999999999999999999"),
            "fail IntegerOverflow{value: 99999999999999999999999}"
        );
        assert_eq!(u("0"), "fail InvalidPositiveInteger{value: 0}");
        assert_eq!(u("-5"), "fail InvalidPositiveInteger{value: -5}");
    }

    #[test]
    fn image_sizes() {
        assert_eq!(run(|o| image_width("144", o)), "ok ValidWidth");
        assert_eq!(
            run(|o| image_width("145", o)),
            "fail InvalidWidth{value: 145}"
        );
        assert_eq!(run(|o| image_width("0", o)), "fail InvalidWidth{value: 0}");
        assert_eq!(run(|o| image_height("400", o)), "ok ValidHeight");
        assert_eq!(
            run(|o| image_height("88px", o)),
            "fail InvalidHeight{value: 88px}"
        );
    }

    #[test]
    fn floats_and_decimals() {
        let f = |v| run(|o| float(v, "price", o));
        for v in ["1", "1.5", "1.", "007.10"] {
            assert_eq!(f(v), "ok");
        }
        for v in [".5", "-1", "1e5", "1.2.3", "", "1,5"] {
            assert_eq!(
                f(v),
                format!("fail InvalidFloat{{value: {v}, attr: price}}")
            );
        }
        let d = |v| run(|o| decimal(v, "elev", o));
        for v in ["1", "-1.5", "+1.", "12 "] {
            assert_eq!(d(v), "ok");
        }
        for v in [".5", "--1", "1e5", "+", "1 m"] {
            assert_eq!(
                d(v),
                format!("fail InvalidFloatUnit{{value: {v}, attr: elev}}")
            );
        }
    }

    #[test]
    fn ranges_of_python_floats() {
        let lat = |v| run(|o| latitude(v, o));
        for v in ["0", "-90", "90.0", "4.5e1", "nan", "1_0.5", "٤٥"] {
            assert_eq!(lat(v), format!("ok ValidLatitude{{value: {v}}}"));
        }
        for v in ["90.01", "-inf", "x", "", "1_.5", "1,5"] {
            assert_eq!(lat(v), format!("fail InvalidLatitude{{value: {v}}}"));
        }
        assert_eq!(
            run(|o| longitude("-180", o)),
            "ok ValidLongitude{value: -180}"
        );
        assert_eq!(
            run(|o| longitude("180.5", o)),
            "fail InvalidLongitude{value: 180.5}"
        );
        assert_eq!(
            run(|o| percent("12.5", o)),
            "ok ValidPercentage{value: 12.5}"
        );
        assert_eq!(
            run(|o| percent("101", o)),
            "fail InvalidPercentage{value: 101}"
        );
        assert_eq!(
            run(|o| percent("12%", o)),
            "fail InvalidPercentage{value: 12%}"
        );
    }

    #[test]
    fn booleans_are_not_stripped() {
        assert_eq!(run(|o| yesno("yes", o)), "ok");
        assert_eq!(run(|o| yesno("Yes", o)), "fail InvalidYesNo{value: Yes}");
        assert_eq!(run(|o| yesno("yes ", o)), "fail InvalidYesNo{value: yes }");
        assert_eq!(run(|o| yesnoclean("CLEAN", o)), "ok");
        assert_eq!(
            run(|o| yesnoclean("true", o)),
            "fail InvalidYesNoClean{value: true}"
        );
        assert_eq!(run(|o| explicit("true", o)), "ok");
        assert_eq!(run(|o| explicit("Clean", o)), "ok");
        assert_eq!(
            run(|o| explicit("maybe", o)),
            "fail InvalidYesNoClean{value: maybe}"
        );
        assert_eq!(run(|o| truefalse("False", o)), "ok");
        assert_eq!(
            run(|o| truefalse(" true", o)),
            "fail InvalidTrueFalse{value:  true}"
        );
        assert_eq!(run(|o| truefalse_strict("false", o)), "ok");
        assert_eq!(
            run(|o| truefalse_strict("True", o)),
            "fail InvalidTrueFalse{value: True}"
        );
    }

    #[test]
    fn durations_lists_keywords() {
        for v in ["1", "90", "1:30", "01:05", "100:59:59"] {
            assert_eq!(run(|o| duration(v, o)), "ok", "{v}");
        }
        for v in ["", "1:60", "1:3", ":30", "1:30:45:00", "1.5", "1:30:"] {
            assert_eq!(
                run(|o| duration(v, o)),
                format!("fail InvalidDuration{{value: {v}}}")
            );
        }
        for v in ["1", "1,2,3", "1, 2,\t3"] {
            assert_eq!(run(|o| comma_separated_integers(v, o)), "ok");
        }
        for v in ["", "1 ,2", "1,", ",1", "1,,2", "a"] {
            assert_eq!(
                run(|o| comma_separated_integers(v, o)),
                "fail InvalidCommaSeparatedIntegers"
            );
        }
        assert_eq!(run(|o| keywords("news, politics", o)), "ok");
        assert_eq!(run(|o| keywords("news", o)), "ok");
        assert_eq!(
            run(|o| keywords("news politics", o)),
            "fail InvalidKeywords"
        );
    }

    #[test]
    fn length_limits_count_characters() {
        let l = |v, max| run(|o| length_limited(v, max, TextContext::default(), o));
        assert_eq!(l("ёжик", 4), "ok");
        assert_eq!(l(" ёжик ", 4), "ok");
        assert_eq!(l("ёжики", 4), "fail TooLong{len: 5, max: 4}");
        assert_eq!(
            l("a</b>", 4),
            "fail TooLong{len: 5, max: 4} ContainsHTML{value: b}"
        );
    }

    #[test]
    fn names_codes_blanks() {
        for v in ["q", "Query", "_x", "[x", "z9"] {
            assert_eq!(run(|o| formname(v, o)), "ok", "{v}");
        }
        for v in ["", "9q", "-q", "{q", "éq"] {
            assert_eq!(
                run(|o| formname(v, o)),
                format!("fail InvalidFormComponentName{{value: {v}}}")
            );
        }
        assert_eq!(run(|o| alphanumeric(" abc123 ", "id", o)), "ok");
        assert_eq!(
            run(|o| alphanumeric("ab-c", "id", o)),
            "fail InvalidAlphanum{value: ab-c, attr: id}"
        );
        assert_eq!(run(|o| iso3166("US", o)), "ok");
        assert_eq!(run(|o| iso3166("AN", o)), "ok");
        assert_eq!(
            run(|o| iso3166("us", o)),
            "fail InvalidCountryCode{value: us}"
        );
        assert_eq!(
            run(|o| iso3166("SS", o)),
            "fail InvalidCountryCode{value: SS}"
        );
        assert_eq!(run(|o| iso4217("EUR", o)), "ok");
        assert_eq!(run(|o| iso4217("ZWD", o)), "ok");
        assert_eq!(
            run(|o| iso4217("eur", o)),
            "fail InvalidCurrencyUnit{value: eur}"
        );
        assert_eq!(run(|o| nonblank(" x ", None, o)), "ok");
        assert_eq!(run(|o| nonblank(" \n", None, o)), "fail NotBlank");
        assert_eq!(
            run(|o| nonblank("", Some("rel"), o)),
            "fail AttrNotBlank{attr: rel}"
        );
    }

    // ---- plain text (values.md §7) ----

    #[track_caller]
    fn text(v: &str, hex_line: bool, rss2: bool) -> String {
        let cx = TextContext {
            start_line_has_hex_ref: hex_line,
            rss2,
        };
        run(|o| nonhtml(v, Code::ContainsHTML, cx, o))
    }

    #[test]
    fn nonhtml_end_tags() {
        assert_eq!(text("plain text", false, true), "ok");
        assert_eq!(
            text("<b>bold</B>", false, false),
            "fail ContainsHTML{value: B}"
        );
        // The first known end tag wins; unknown ones are skipped.
        assert_eq!(
            text("a </foo> b </p> c </div>", false, false),
            "fail ContainsHTML{value: p}"
        );
        assert_eq!(text("</foo>", false, false), "ok");
        assert_eq!(text("</bé>", false, false), "ok");
        // End tags are reported even with `&#x` on the start line.
        assert_eq!(text("x</em>", true, true), "fail ContainsHTML{value: em}");
        // Another code for `type="text"` constructs.
        assert_eq!(
            run(|o| nonhtml(
                "</p>",
                Code::ContainsUndeclaredHTML,
                TextContext::default(),
                o
            )),
            "fail ContainsUndeclaredHTML{value: p}"
        );
    }

    #[test]
    fn nonhtml_entities() {
        // rss20/data-types-characterdata: `alpha&amp;omega` and `alpha&#38;omega` decode to
        // `alpha&omega`, and `omega` is an HTML entity.
        assert_eq!(
            text("alpha&omega", false, true),
            "fail ContainsHTML{value: &omega;}"
        );
        // recommendation-1: `AT&#x26;T` → `AT&T`: `T` is no entity (and the line has `&#x`).
        assert_eq!(text("AT&T", true, true), "ok");
        assert_eq!(text("AT&T", false, true), "ok");
        // amp-cdata-hex: CDATA keeps `&#x26;` literally, but the line has `&#x`.
        assert_eq!(text("alpha&#x26;omega", true, true), "ok");
        assert_eq!(
            text("alpha&#x26;omega", false, false),
            "fail ContainsHTML{value: &#x26;}"
        );
        // One finding per occurrence: entities, `apos`, names that are not purely alphabetic.
        assert_eq!(
            text(
                "&#39; &amp; &apos; &foo &bar1 &_x &Auml &auml",
                false,
                false
            ),
            "fail ContainsHTML{value: &#39;} ContainsHTML{value: &amp;} \
             ContainsHTML{value: &apos;} ContainsHTML{value: &bar1;} ContainsHTML{value: &_x;} \
             ContainsHTML{value: &Auml;} ContainsHTML{value: &auml;}"
        );
        // `\w` is Unicode: `&ampé` is the alphabetic name `ampé`, no entity.
        assert_eq!(text("x&ampé", false, false), "ok");
        assert_eq!(text("&#;&# 1 & x", false, false), "ok");
    }

    #[test]
    fn nonhtml_character_data_in_rss2() {
        // recommendation-5: `A &#x3C; B` → `A < B`: `<` before a space is fine.
        assert_eq!(text("A < B", true, true), "ok");
        assert_eq!(text("A < B", false, true), "ok");
        assert_eq!(text("a <b", false, true), "fail CharacterData");
        assert_eq!(text("a <b", false, false), "ok");
        assert_eq!(text("a <b", true, true), "ok");
        assert_eq!(text("</>", false, true), "fail CharacterData");
        assert_eq!(text("<!-- x -->", false, true), "ok");
        // Entity findings replace CharacterData.
        assert_eq!(
            text("<b &amp", false, true),
            "fail ContainsHTML{value: &amp;}"
        );
        assert_eq!(text("<b &foo", false, true), "fail CharacterData");
    }

    #[test]
    fn helpers() {
        assert_eq!(py_strip("\u{1c} a b\u{3000}\u{85}"), "a b");
        assert_eq!(py_decimal('٣'), Some(3));
        assert_eq!(py_decimal('𝟗'), Some(9));
        assert_eq!(py_decimal('Ⅻ'), None);
        assert_eq!(py_decimal('²'), None);
        assert_eq!(shown("a\nb"), "a\\nb");
        assert_eq!(shown(&"x".repeat(150)).chars().count(), 101);
        assert!(is_html_tag("BlockQuote") && is_html_tag("wbr") && !is_html_tag("blink"));
        assert!(is_html4_entity("Omega") && is_html4_entity("amp"));
        assert!(!is_html4_entity("apos") && !is_html4_entity("AMP"));
    }

    #[test]
    fn fast_paths_agree_with_the_full_computation() {
        for v in [
            "http://example.org/a/b?c=d#e",
            "https://a.b:8443/x/y/",
            "tag:example.org,2025:ru/news/1",
            "urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6",
            "http://a:80/",
            "http://a:/",
            "http://a.b./",
            "http://a/b/../c",
            "http://a/./c",
            "http://u:p@a/",
            "http://A/",
            "http://a",
            "http://a?x",
            "http://[::1]/",
            "http://a/#f#g",
            "http://a/?q=/?#f/?",
            "mailto:a@b.c",
            "x:/a/../b",
            "x:a/../b",
            "http://a/b c",
            "http://a/%41",
        ] {
            if is_plainly_canonical(v) {
                assert_eq!(canonical_uri(v).as_deref(), Some(v), "{v}");
            }
        }
        assert!(is_plainly_canonical("http://example.org/a/b?c=d#e"));
        assert!(is_plainly_canonical("tag:example.org,2025:ru/news/1"));
        assert!(!is_plainly_canonical("http://a:80/"));
        for v in [
            "joe@example.com",
            "joe@example.com (Joe Bloggs)",
            "joe@example.com  (Joe (the) Bloggs)",
            "joe@example.com (Joe) x",
            "joe@example.com (Joe\\) Bloggs)",
            "joe @example.com (Joe)",
            "a@b.com, c@d.com (C)",
            "Joe <joe@example.com>",
        ] {
            let full = {
                let mut list = address_list(v);
                if list.len() == 1 {
                    list.pop().unwrap_or_default()
                } else {
                    v.to_owned()
                }
            };
            assert_eq!(single_address(v), full, "{v}");
        }
        for t in [
            -86_400 * 800_000,
            -1,
            0,
            NOW,
            253_402_300_799,
            253_402_300_800,
        ] {
            for v in [
                "2025-06-15T15:06:40Z",
                "2025-06-15T15:06:41Z",
                "9999-12-31T23:59:59Z",
                "1",
            ] {
                assert_eq!(after_utc(v, t), v > format_unix_utc(t).as_str(), "{v} {t}");
            }
        }
    }

    #[test]
    fn tables_are_sorted_and_complete() {
        let sorted = |t: &[&str]| t.windows(2).all(|w| w[0] < w[1]);
        for (table, len) in [
            (ISO639_SHORT, 188),
            (ISO639_THREE, 505),
            (IANA_SCHEMES, 67),
            (ISO3166, 236),
            (ISO4217, 185),
            (HTML_TAGS, 133),
            (HTML4_ENTITIES, 252),
        ] {
            assert!(sorted(table), "{table:?}");
            assert_eq!(table.len(), len, "{table:?}");
        }
        assert!(ISO639_THREE.iter().all(|c| c.len() == 3));
        assert!(ND_ZEROS.windows(2).all(|w| w[1] - w[0] >= 10));
        assert_eq!(URI_BYTE.iter().filter(|&&b| b).count(), 62 + 21);
    }
}
