//! Stable ids: RFC 4151 tag URIs.
//!
//! Item: `tag:{authority},{date}:{lang}/{id}`; feed: `tag:{authority},{date}:{lang}/{section}`
//! (`all` for the all-sections feed). They depend on nothing but the site's id authority, the
//! language and the CMS id: never on title, url, content or build time, so a feed can move,
//! be re-templated or change format without re-keying a single item.
//!
//! The specific part may only contain URI `pchar`s, `/` and `?` (RFC 4151 §2.1); polyfeed
//! keeps ASCII letters, digits, `-._~` and the `pchar` delimiters `!$&'()*+,;=:@` (which a
//! canonical URI writes literally) and percent-encodes every other byte of the UTF-8 id, so
//! any CMS id gives a well-formed, unique tag in canonical form.

use std::fmt::Write as _;

/// The `authority,date` part of every tag URI of a site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagAuthority {
    /// A DNS name (lowercase) or an email address.
    pub authority: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
}

/// Why an `id_authority` setting was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TagAuthorityError(String);

impl TagAuthority {
    /// Parses `example.org,2025` (also `user@example.org,2025-06`).
    pub fn parse(s: &str) -> Result<Self, TagAuthorityError> {
        let (auth, date) = s.split_once(',').ok_or_else(|| {
            TagAuthorityError(format!(
                "`{s}` is not `authority,date` (for example `example.org,2025`)"
            ))
        })?;
        // RFC 4151 §2.1: `emailAddress = 1*(alphaNum / "-" / "." / "_") "@" DNSname`.
        let (local, host) = match auth.split_once('@') {
            Some((local, host)) => (Some(local), host),
            None => (None, auth),
        };
        if let Some(local) = local
            && (local.is_empty()
                || !local
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_')))
        {
            return Err(TagAuthorityError(format!(
                "`{auth}` is not a domain name or email address: the part before `@` may \
                 hold only letters, digits, `-`, `.` and `_`"
            )));
        }
        let dns_ok = !host.is_empty()
            && host.split('.').all(|label| {
                !label.is_empty()
                    && label
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'-')
                    && !label.starts_with('-')
                    && !label.ends_with('-')
            });
        if !dns_ok {
            return Err(TagAuthorityError(format!(
                "`{auth}` is not a domain name or email address"
            )));
        }
        let date_ok = matches!(date.len(), 4 | 7 | 10)
            && date.bytes().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !date_ok {
            return Err(TagAuthorityError(format!(
                "`{date}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
            )));
        }
        Ok(TagAuthority {
            authority: auth.to_ascii_lowercase(),
            date: date.to_string(),
        })
    }

    /// The default when a site sets none: the host of its default language's base URL and
    /// the date `2000`.
    pub fn from_host(host: &str) -> Self {
        TagAuthority {
            authority: host.to_ascii_lowercase(),
            date: "2000".into(),
        }
    }

    /// The tag URI of an item.
    pub fn item_id(&self, lang: &str, id: &str) -> String {
        let mut s = self.prefix(lang);
        push_encoded(&mut s, id);
        s
    }

    /// The tag URI of a feed (`section` = `None` for the all-sections feed).
    pub fn feed_id(&self, lang: &str, section: Option<&str>) -> String {
        let mut s = self.prefix(lang);
        push_encoded(&mut s, section.unwrap_or("all"));
        s
    }

    fn prefix(&self, lang: &str) -> String {
        let mut s = String::with_capacity(48);
        let _ = write!(s, "tag:{},{}:", self.authority, self.date);
        push_encoded(&mut s, lang);
        s.push('/');
        s
    }
}

/// Appends `s` percent-encoded as RFC 3986 path characters in canonical form: unreserved
/// characters and the `pchar` delimiters (`!$&'()*+,;=:@`) stay literal (escaping them
/// would make the id a non-canonical URI: `NonCanonicalURI`), everything else — `/`, `%`,
/// `?`, `#`, spaces, non-ASCII — is `%XX`.
fn push_encoded(out: &mut String, s: &str) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
                    | b':'
                    | b'@'
            )
        {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        let a = TagAuthority::parse("Example.org,2025").unwrap();
        assert_eq!(a.item_id("en", "10301"), "tag:example.org,2025:en/10301");
        assert_eq!(
            a.item_id("kk", "a b/ж"),
            "tag:example.org,2025:kk/a%20b%2F%D0%B6"
        );
        // Delimiters a path may hold stay literal: the canonical form (found by fuzzing).
        assert_eq!(
            a.item_id("en", "'0302&x=1:y@z"),
            "tag:example.org,2025:en/'0302&x=1:y@z"
        );
        assert_eq!(a.feed_id("ru", None), "tag:example.org,2025:ru/all");
        assert_eq!(
            a.feed_id("ru", Some("joint-staff")),
            "tag:example.org,2025:ru/joint-staff"
        );
        assert!(TagAuthority::parse("example.org").is_err());
        assert!(TagAuthority::parse("exa mple.org,2025").is_err());
        assert!(TagAuthority::parse("example.org,25").is_err());
        assert!(TagAuthority::parse("press@example.org,2025-06-01").is_ok());
        // The email's local part too (found by fuzzing: `[e@ample.org` made every id invalid).
        assert!(TagAuthority::parse("[e@ample.org,2024-05").is_err());
        assert!(TagAuthority::parse("@example.org,2025").is_err());
        assert!(TagAuthority::parse("a@b@example.org,2025").is_err());
        assert!(TagAuthority::parse("Press.Desk_1@example.org,2025").is_ok());
    }
}
