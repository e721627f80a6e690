//! Small value checks used by the walker's own rules (kept apart from [`super::values`], the
//! W3C validators' library).

use super::Finding;
use crate::diagnostic::Code;

/// Python's `int()` on a string: surrounding whitespace, a sign and `_` between digits are
/// accepted.
pub fn python_int(s: &str) -> Option<i64> {
    let t = s.trim();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let v: i64 = clean.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// The W3C validator's absolute-URI pattern:
/// `[a-zA-Z][0-9a-zA-Z+\-\.]*:(//)?[0-9a-zA-Z;/?:@&=+$\.\-_!~*'()%,#]+$`.
pub fn full_uri_regex(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(colon) = b.iter().position(|&c| c == b':') else {
        return false;
    };
    let scheme = &b[..colon];
    if scheme.is_empty()
        || !scheme[0].is_ascii_alphabetic()
        || !scheme
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
    {
        return false;
    }
    let mut rest = &b[colon + 1..];
    if rest.starts_with(b"//") {
        rest = &rest[2..];
    }
    !rest.is_empty()
        && rest
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || b";/?:@&=+$.-_!~*'()%,#".contains(&c))
}

/// True when `s` (whitespace ignored) is valid base64.
pub fn is_base64(s: &str) -> bool {
    let clean: Vec<u8> = s.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    if !clean.len().is_multiple_of(4) {
        return false;
    }
    let pad = clean.iter().rev().take_while(|&&c| c == b'=').count();
    pad <= 2
        && clean[..clean.len() - pad]
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'+' || c == b'/')
}

fn is_coord(t: &str) -> bool {
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    !int.is_empty()
        && int.bytes().all(|c| c.is_ascii_digit())
        && frac.bytes().all(|c| c.is_ascii_digit())
}

/// GeoRSS `point` / GML `pos`: two numbers separated by a space (a comma is a warning).
pub fn gml_pos(value: &str, out: &mut Vec<Finding>) -> bool {
    let sep = value.find([' ', ',']);
    let ok = sep.is_some_and(|i| is_coord(&value[..i]) && is_coord(&value[i + 1..]));
    if !ok {
        out.push(
            Finding::new(
                Code::InvalidCoord,
                format!("`{value}` is not `latitude longitude`"),
            )
            .value(value),
        );
        return false;
    }
    if value.contains(',') {
        out.push(
            Finding::new(
                Code::CoordComma,
                "separate coordinates with spaces, not commas",
            )
            .value(value),
        );
    }
    true
}

/// GeoRSS `line` / `polygon` / GML `posList`: an even number (≥ 4) of numbers.
pub fn gml_pos_list(value: &str, out: &mut Vec<Finding>) -> bool {
    let mut v = value.to_string();
    if v.contains(',') {
        out.push(
            Finding::new(
                Code::CoordComma,
                "separate coordinates with spaces, not commas",
            )
            .value(value),
        );
        v = v.replace(',', " ");
    }
    let toks: Vec<&str> = v.split_whitespace().collect();
    if toks.len() < 3 || !toks.len().is_multiple_of(2) || !toks.iter().all(|t| is_coord(t)) {
        out.push(
            Finding::new(
                Code::InvalidCoordList,
                format!("`{value}` is not a list of coordinate pairs"),
            )
            .value(value),
        );
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(python_int(" +1_000 "), Some(1000));
        assert_eq!(python_int("-1"), Some(-1));
        assert_eq!(python_int("1.5"), None);
        assert!(full_uri_regex("http://example.org/a?b=c"));
        assert!(!full_uri_regex("foo"));
        assert!(!full_uri_regex("http://exa mple.org"));
        assert!(is_base64("aGVs bG8="));
        assert!(!is_base64("hello!"));
        assert!(gml_pos("45.256 -71.92", &mut Vec::new()));
        assert!(!gml_pos("45.256", &mut Vec::new()));
        assert!(gml_pos_list(
            "45.256 -110.45 46.46 -109.48",
            &mut Vec::new()
        ));
        assert!(!gml_pos_list("45.256 -110.45 46.46", &mut Vec::new()));
    }
}
