//! The one table of finding codes. A code is never reused for another meaning and never
//! renamed; codes of the W3C Feed Validation Service keep its message names so users can
//! cross-reference them. Each entry carries its default severity, a one-line summary and an
//! explanation (what it means, why it matters, how to fix it) that `polyfeed explain` prints.

use super::Severity;

/// Static description of a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeInfo {
    /// The code's name, e.g. `InvalidRFC3339Date`.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// One line: what the code means.
    pub summary: &'static str,
    /// Why it matters and how to fix it.
    pub explanation: &'static str,
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $name:ident : $sev:ident, $summary:literal, $expl:literal; )*) => {
        /// A finding's code. See [`CodeInfo`] for what each one means.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* #[doc = $summary] $name, )*
        }

        impl Code {
            /// Every code, in table order.
            pub const ALL: &'static [Code] = &[$(Code::$name),*];

            /// The code's static description.
            pub fn info(self) -> &'static CodeInfo {
                match self {
                    $(Code::$name => &CodeInfo {
                        name: stringify!($name),
                        severity: Severity::$sev,
                        summary: $summary,
                        explanation: $expl,
                    },)*
                }
            }
        }
    };
}

impl Code {
    /// The code's name.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The code's default severity.
    pub fn severity(self) -> Severity {
        self.info().severity
    }

    /// Looks a code up by name, ignoring ASCII case.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.name().eq_ignore_ascii_case(name))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

codes! {
    // ---- input items (`polyfeed check`, and `polyfeed build` before it writes) ----
    InvalidJson: Error,
        "The item is not valid JSON.",
        "The JSON parser stopped at the position shown. A JSON Lines file holds one complete \
         JSON object per line; a `.json` file holds one array of objects. Fix the syntax (a \
         missing comma or quote, a trailing comma, an unescaped control character) at the \
         position given; nothing is built until every line parses.";
    InvalidEncoding: Error,
        "The input is not valid UTF-8.",
        "Item files must be UTF-8 (JSON requires it). The offset shown is the first byte that \
         is not part of a valid UTF-8 sequence. Re-export the file as UTF-8; if it came from \
         a legacy system, convert it (for example with `iconv -f WINDOWS-1251 -t UTF-8`).";
    NotAnObject: Error,
        "An item must be a JSON object.",
        "Each line of a JSON Lines file (or each element of a JSON array file) is one item: \
         an object such as `{\"id\": \"1\", \"lang\": \"en\", ...}`. Strings, numbers and \
         nested arrays at that level are not items.";
    MissingField: Error,
        "A required field is missing.",
        "Every item needs `id`, `lang`, `section`, `title`, `url` and `published` (see \
         `schemas/item.schema.json`). Without them polyfeed cannot give the item a stable id, \
         place it in a feed, or date it. Add the field.";
    UnknownField: Error,
        "The item has a field polyfeed does not know.",
        "An unknown field is usually a misspelt known one (`publised`), whose value would \
         otherwise be lost silently. Rename it as suggested, or remove it. The fields are \
         listed in `schemas/item.schema.json`.";
    DuplicateField: Error,
        "The same field appears twice in one item.",
        "JSON parsers disagree on which of two equal keys wins, so the value is ambiguous. \
         Keep one.";
    InvalidFieldType: Error,
        "The field's value has the wrong JSON type.",
        "Each field has one JSON type (`schemas/item.schema.json`): strings for text, dates \
         and urls, an array of objects for `authors`, an array of strings for `categories`, \
         a non-negative integer for `image.length`. Change the value's type.";
    NotBlank: Error,
        "The field must not be empty.",
        "An empty `id`, `lang`, `section`, `title` or `url` gives readers an item they cannot \
         show or tell apart. (The W3C validator uses the same name for empty feed elements.) \
         Give the field a value.";
    DuplicateItemId: Error,
        "Two items share the same (lang, id).",
        "Items are keyed by (`lang`, `id`); the key becomes the item's guid/Atom id, which \
         readers use to tell items apart. Two items with one key would show as one, or flip \
         between versions. Give each item of a language its own id (the same id in different \
         languages is fine).";
    InvalidRFC3339Date: Error,
        "The date is not RFC 3339 or YYYY-MM-DD.",
        "`published` and `updated` take an RFC 3339 date-time with an offset \
         (`2025-12-05T14:30:00+03:00`, `2025-12-05T11:30:00Z`), a local date-time without \
         offset (`2025-12-05T14:30:00`, read in the site's `timezone`), or a date \
         (`2025-12-05`, midnight in the site's timezone). Other shapes such as `05.12.2025` \
         are ambiguous: convert them.";
    ImpossibleDate: Error,
        "The date is well formed but does not exist.",
        "A calendar date such as 2025-02-30, hour 24, minute 60, or an offset beyond \
         ±23:59. Usually a data-entry or conversion error; fix the value.";
    MissingTimezone: Error,
        "A date without offset needs the site's timezone.",
        "A date-only or local date-time value means a time in the site's IANA timezone, and \
         `site.toml` sets none. Set `timezone = \"Europe/Moscow\"` (or your zone) in \
         `site.toml`, or give the value an offset.";
    NonexistentLocalTime: Error,
        "The local time falls in a daylight-saving gap.",
        "When clocks jump forward, the skipped local times never happen, so the value names \
         no instant. Give the value an explicit offset or a time outside the gap. (A local \
         time that happens twice, when clocks go back, takes the earlier offset.)";
    UpdatedBeforePublished: Error,
        "`updated` is earlier than `published`.",
        "An item cannot be modified before it was published; readers would sort it wrongly. \
         Check both values and their offsets.";
    ImplausibleDate: Warning,
        "The date lies in the future.",
        "`polyfeed check` compares dates with `--now` (default: the clock) and warns about \
         dates more than a day ahead: often a wrong offset or a scheduled item published too \
         early. Readers may hide or mis-sort such items.";
    InvalidLanguage: Error,
        "The language tag is not a well-formed BCP 47 tag.",
        "`lang` takes a BCP 47 (RFC 5646) tag such as `en`, `ru`, `hy`, `kk-Cyrl-KZ`, \
         `zh-Hans-CN`. Underscores (`en_US`), spaces and made-up subtags are not tags. Use \
         the tag the site config lists.";
    NonCanonicalLanguageTag: Warning,
        "The language tag is not written in canonical case.",
        "BCP 47 tags compare case-insensitively, but the canonical form (`en-US`, \
         `zh-Hans-CN`, `sr-Latn`) is what readers and search engines expect. Write it that \
         way.";
    UnknownLanguage: Error,
        "The item's language is not one the site publishes.",
        "`lang` must be one of `languages` in `site.toml`; an item in another language has \
         no feed to go to. Add the language to the site (with its `[language.xx]` table) or \
         fix the tag.";
    UnknownSection: Error,
        "The item's section is not one of the site's sections.",
        "`section` must be one of `sections` in `site.toml`. Add the section there or fix \
         the value.";
    InvalidURI: Error,
        "The URL is not a valid absolute http(s) URL.",
        "Feed readers cannot resolve relative URLs in an item's `url` or `image.url` (there \
         is no page to resolve them against), and other schemes are not web pages. Give an \
         absolute `https://` URL.";
    InvalidContact: Error,
        "The author's email address is not valid.",
        "`authors[].email` must be an address such as `press@example.org` (no name, no \
         `mailto:`). Fix it or remove it.";
    InvalidMIMEType: Error,
        "The MIME type is not valid.",
        "`image.type` takes a media type such as `image/jpeg`; enclosures without a valid \
         type are rejected by many readers.";
    BadCharacters: Error,
        "The text contains a character XML 1.0 forbids.",
        "XML 1.0 allows no C0 control characters except tab, line feed and carriage return \
         (and no U+FFFE/U+FFFF). A feed containing one is not well-formed and readers reject \
         the whole feed. Remove the character (often a stray form feed or vertical tab from \
         a word processor).";
    ReplacementCharacter: Warning,
        "The text contains U+FFFD, the replacement character.",
        "U+FFFD (�) is what a decoder writes for bytes it could not decode: some earlier step \
         lost characters. Find the original text and re-import it with the right encoding.";
    ContainsHTML: Warning,
        "Plain-text field contains HTML.",
        "`title` and `summary` are plain text; markup in them is shown literally by some \
         readers and interpreted by others. Remove the markup (HTML belongs in \
         `content_html`).";
    DuplicateTranslation: Error,
        "Two items of one language share a translation_key.",
        "A `translation_key` groups the language versions of one story; a group can hold \
         one item per language. Two items of the same language in one group make the \
         translation links ambiguous. Give one of them another key.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for &c in Code::ALL {
            assert!(seen.insert(c.name()), "duplicate code {}", c.name());
            assert_eq!(Code::from_name(c.name()), Some(c));
            assert!(!c.info().summary.is_empty() && !c.info().explanation.is_empty());
        }
    }
}
