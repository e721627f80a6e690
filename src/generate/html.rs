//! Site-relative links in item HTML, resolved against the item's URL.
//!
//! A feed reader shows an item outside its page, so `src="/media/a.jpg"` has nothing to be
//! relative to. polyfeed rewrites the URL attributes of tags (`href`, `src`, `srcset`,
//! `poster`, `cite`, `action`, `longdesc`, `background`, `data`) whose values are relative
//! references into absolute URLs (RFC 3986 §5). Everything else is copied byte for byte:
//! text, comments, entities (`&nbsp;` stays `&nbsp;`: it is HTML, escaped once more when
//! written into XML), attribute order and quoting of untouched attributes.
//!
//! This is a tag scanner, not an HTML parser: it does not build a tree and does not look
//! inside comments, `<script>` or `<style>`.

use std::borrow::Cow;
use url::Url;

const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "poster",
    "cite",
    "action",
    "longdesc",
    "background",
    "data",
    "formaction",
];

/// The resolved form of a relative reference, `None` when `value` is already absolute,
/// empty, a fragment-only or special reference (`#top`, `mailto:`, `data:`), or not a URL.
fn resolve(base: &Url, value: &str) -> Option<String> {
    let v = value.trim();
    if v.is_empty() || v.starts_with('#') {
        return None;
    }
    match Url::parse(v) {
        Ok(_) => None,
        Err(url::ParseError::RelativeUrlWithoutBase) => base.join(v).ok().map(String::from),
        Err(_) => None,
    }
}

fn resolve_srcset(base: &Url, value: &str) -> Option<String> {
    let mut changed = false;
    let parts: Vec<String> = value
        .split(',')
        .map(|cand| {
            let c = cand.trim();
            let (u, rest) = c.split_once(char::is_whitespace).unwrap_or((c, ""));
            match resolve(base, u) {
                Some(abs) => {
                    changed = true;
                    if rest.is_empty() {
                        abs
                    } else {
                        format!("{abs} {}", rest.trim())
                    }
                }
                None => c.to_string(),
            }
        })
        .collect();
    changed.then(|| parts.join(", "))
}

/// Decodes the character references that occur in URL attribute values (`&amp;`, `&quot;`,
/// `&apos;`, `&lt;`, `&gt;`, numeric ones); other text is kept as it is.
fn attr_unescape(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let v = match num.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(v)
                }
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Escapes a value for a double-quoted HTML attribute.
fn attr_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;")
}

/// Resolves relative URL attributes in `html` against `base` (see the module docs).
pub fn resolve_links<'a>(html: &'a str, base: &Url) -> Cow<'a, str> {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0; // bytes of `html` already copied into `out`
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let start = i + p;
        if b[start..].starts_with(b"<!--") {
            i = memchr::memmem::find(&b[start..], b"-->").map_or(b.len(), |e| start + e + 3);
            continue;
        }
        let name_start = start + 1;
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            i = start + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let mut j = name_start + name_len;
        // Attributes until `>`.
        while j < b.len() && b[j] != b'>' {
            if b[j].is_ascii_whitespace() || b[j] == b'/' {
                j += 1;
                continue;
            }
            let an_start = j;
            while j < b.len() && !b[j].is_ascii_whitespace() && !matches!(b[j], b'=' | b'>' | b'/')
            {
                j += 1;
            }
            let attr = html[an_start..j].to_ascii_lowercase();
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j >= b.len() || b[j] != b'=' {
                continue;
            }
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            let (v_start, v_end, next) = match b.get(j) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = memchr::memchr(q, &b[j + 1..]).map_or(b.len(), |e| j + 1 + e);
                    (j, (end + 1).min(b.len()), (end + 1).min(b.len()))
                }
                _ => {
                    let end = b[j..]
                        .iter()
                        .position(|c| c.is_ascii_whitespace() || *c == b'>')
                        .map_or(b.len(), |e| j + e);
                    (j, end, end)
                }
            };
            let raw = &html[v_start..v_end];
            let value = attr_unescape(raw.trim_matches(|c| c == '"' || c == '\''));
            let new = if attr == "srcset" {
                resolve_srcset(base, &value)
            } else if URL_ATTRS.contains(&attr.as_str()) {
                resolve(base, &value)
            } else {
                None
            };
            if let Some(new) = new {
                let o = out.get_or_insert_with(|| String::with_capacity(html.len() + 64));
                o.push_str(&html[copied..v_start]);
                o.push('"');
                o.push_str(&attr_escape(&new));
                o.push('"');
                copied = v_end;
            }
            j = next;
        }
        i = (j + 1).min(b.len());
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            i = memchr::memmem::find(&b[i..].to_ascii_lowercase(), close.as_bytes())
                .map_or(b.len(), |e| i + e);
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            Cow::Owned(o)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(html: &str) -> String {
        let base = Url::parse("https://example.org/en/news/2025/12/05/10/").unwrap();
        resolve_links(html, &base).into_owned()
    }

    #[test]
    fn resolves_only_relative_url_attributes() {
        assert_eq!(
            r(r#"<p><img src="/media/a.jpg" alt="/not-a-url" width=800></p>"#),
            r#"<p><img src="https://example.org/media/a.jpg" alt="/not-a-url" width=800></p>"#
        );
        assert_eq!(
            r("<a href='../x?a=1&amp;b=2'>x</a> <a HREF=y.html>y</a>"),
            r#"<a href="https://example.org/en/news/2025/12/05/x?a=1&amp;b=2">x</a> <a HREF="https://example.org/en/news/2025/12/05/10/y.html">y</a>"#
        );
        let same = r##"<a href="https://x.org/">a</a><a href="#top">b</a><a href="mailto:a@b.c">c</a>&nbsp;&laquo;x&raquo; 1 < 2"##;
        assert_eq!(r(same), same);
        assert_eq!(
            r(r#"<img srcset="/a.jpg 1x, https://x.org/b.jpg 2x">"#),
            r#"<img srcset="https://example.org/a.jpg 1x, https://x.org/b.jpg 2x">"#
        );
        assert_eq!(r("<!-- <a href=\"/x\"> -->"), "<!-- <a href=\"/x\"> -->");
        assert_eq!(r("<a href=\"/x"), "<a href=\"https://example.org/x\"");
    }
}
