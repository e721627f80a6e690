//! Language tags (BCP 47 / RFC 5646).
//!
//! Two crates, for two questions: `language-tags` parses full RFC 5646 tags (extlangs,
//! private use, grandfathered tags) against the IANA registry and knows their canonical case;
//! `unic-langid` (Unicode language identifiers) gives the character direction of a language.
//! unic-langid alone would accept `en_US` and reject `zh-yue` or `en-US-x-twain`, so it never
//! decides whether a tag is well formed.

use language_tags::LanguageTag;

/// Checks that `tag` is a well-formed RFC 5646 tag whose subtags are in the IANA registry.
/// Returns its canonical-case form, or why it is not a tag.
pub fn check_tag(tag: &str) -> Result<String, String> {
    if tag.contains('_') {
        return Err(format!(
            "`{tag}` is not a well-formed BCP 47 tag (`_` is not allowed: subtags are separated \
             by `-`, as in `{}`)",
            tag.replace('_', "-")
        ));
    }
    let parsed = LanguageTag::parse(tag)
        .map_err(|e| format!("`{tag}` is not a well-formed BCP 47 tag ({e})"))?;
    parsed.validate().map_err(|e| {
        format!("`{tag}` is not a valid BCP 47 tag: {e} (IANA Language Subtag Registry)")
    })?;
    Ok(parsed.as_str().to_string())
}

/// What RFC 5646 says about a tag that already starts with a known language code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagStatus {
    /// Well formed, registered, and written in canonical case.
    Canonical,
    /// Well formed and registered, but usually written as the contained form.
    NonCanonical(String),
    /// Not a well-formed RFC 5646 tag (the reason).
    Malformed(String),
    /// Well formed, but a subtag is not in the IANA registry (the reason).
    Unregistered(String),
    /// Registered but deprecated: the registry's preferred value (`iw` → `he`).
    Deprecated(String),
}

/// Classifies `tag` against RFC 5646 (syntax, canonical case) and the IANA registry.
pub fn classify(tag: &str) -> TagStatus {
    if tag.contains('_') {
        return TagStatus::Malformed(format!(
            "`_` is not allowed in a language tag: subtags are separated by `-`, as in `{}`",
            tag.replace('_', "-")
        ));
    }
    let parsed = match LanguageTag::parse(tag) {
        Ok(t) => t,
        Err(e) => return TagStatus::Malformed(e.to_string()),
    };
    if let Err(e) = parsed.validate() {
        return TagStatus::Unregistered(e.to_string());
    }
    if let Some(preferred) = preferred_value(tag) {
        return TagStatus::Deprecated(preferred);
    }
    if parsed.as_str() == tag {
        TagStatus::Canonical
    } else {
        TagStatus::NonCanonical(parsed.as_str().to_string())
    }
}

/// The IANA registry's preferred value of a deprecated tag or subtag (`iw` → `he`,
/// `in` → `id`), when it differs from the tag other than by letter case.
pub fn preferred_value(tag: &str) -> Option<String> {
    let parsed = LanguageTag::parse(tag).ok()?;
    // The extlang form (`zh-yue`) is valid RFC 5646, only not the canonical form (`yue`).
    if parsed.extended_language().is_some() {
        return None;
    }
    let canonical = parsed.canonicalize().ok()?;
    if canonical.as_str().eq_ignore_ascii_case(tag) {
        return None;
    }
    // Canonicalization also drops a script the language is normally written in
    // (`kk-Cyrl-KZ` → `kk-KZ`, the registry's Suppress-Script): that is not deprecation.
    if let Some(script) = parsed.script()
        && canonical.script().is_none()
    {
        let without = tag.replacen(&format!("-{script}"), "", 1);
        if canonical.as_str().eq_ignore_ascii_case(&without) {
            return None;
        }
    }
    Some(canonical.as_str().to_string())
}

/// True when the language is written right to left (Arabic, Hebrew, Persian, Urdu...).
/// Unknown or malformed tags are left to right.
pub fn is_rtl(tag: &str) -> bool {
    tag.parse::<unic_langid::LanguageIdentifier>()
        .is_ok_and(|id| id.character_direction() == unic_langid::CharacterDirection::RTL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deprecated_tags_have_their_preferred_value() {
        assert_eq!(classify("iw"), TagStatus::Deprecated("he".into()));
        assert_eq!(preferred_value("iw-IL").as_deref(), Some("he-IL"));
        assert_eq!(preferred_value("kk-Cyrl-KZ"), None);
        assert_eq!(preferred_value("zh-yue"), None);
        assert_eq!(preferred_value("en-US"), None);
    }

    #[test]
    fn tags() {
        assert_eq!(check_tag("en").unwrap(), "en");
        assert_eq!(check_tag("kk-cyrl-kz").unwrap(), "kk-Cyrl-KZ");
        assert_eq!(check_tag("zh-yue").unwrap(), "zh-yue");
        assert_eq!(check_tag("en-US-x-twain").unwrap(), "en-US-x-twain");
        assert!(check_tag("en_US").unwrap_err().contains("`-`"));
        assert!(check_tag("english").is_err());
        assert!(check_tag("xq").is_err());
        assert!(check_tag("en-Latx").is_err());
        assert_eq!(classify("en-US"), TagStatus::Canonical);
        assert_eq!(classify("en-us"), TagStatus::NonCanonical("en-US".into()));
        assert!(matches!(classify("en-"), TagStatus::Malformed(_)));
        assert!(matches!(classify("de-419-DE"), TagStatus::Malformed(_)));
        assert!(matches!(classify("en-UK"), TagStatus::Unregistered(_)));
        assert!(is_rtl("ar") && is_rtl("he") && !is_rtl("ru") && !is_rtl("hy"));
    }
}
