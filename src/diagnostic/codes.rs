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
    RecordTooLarge: Error,
        "An item (one line, or one element of a JSON array file) is larger than 16 MiB.",
        "polyfeed reads items one record at a time and refuses a record over 16 MiB (16,777,216 \
         bytes, whitespace around it included) without holding it in memory: a line that long \
         is nearly always a file that is not JSON Lines (a JSON array or a binary file with a \
         `.jsonl` name, or lines joined by a broken export), and no feed reader wants an item \
         that big. The position is the record's first byte. Split the file into one item per \
         line; move embedded media (`data:` URLs) out of `content_html` into links.";
    ItemFileTooLarge: Error,
        "A `.json` item file (one JSON array) is larger than 128 MiB.",
        "A `.json` item file holds one JSON array and is read into memory whole, so its size \
         is limited to 128 MiB (134,217,728 bytes); the file is not read. JSON Lines files \
         (`.jsonl`, one item per line) are streamed and have no size limit: convert the array, \
         for example with `jq -c '.[]' items.json > items.jsonl`.";
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
    NotBlank: Warning,
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
    InvalidCloudProtocol: Warning,
        "The `cloud` element names a protocol rssCloud does not have.",
        "RSS 2.0's `<cloud>` tells aggregators how to register for change notifications; \
         the rssCloud interface defines the protocols `xml-rpc`, `soap` and `http-post`. \
         With any other value no aggregator can register, so the element is dead weight. \
         Use the protocol your cloud server speaks, or remove the element.";
    TooManyFindings: Info,
        "More findings than a report keeps: the rest are counted, not listed.",
        "A document's report keeps its first 20,000 findings, so that memory stays bounded \
         whatever the input; the last note counts the rest by severity (and takes the \
         highest severity among them, so dropped errors still fail the run). The same \
         problem usually repeats: fix the first ones and validate again.";
    MalformedLanguageTag: Warning,
        "The language code is not a well-formed BCP 47 (RFC 5646) tag.",
        "The value starts with a known ISO 639 code, which is all the W3C validator checks, \
         but the rest breaks RFC 5646's grammar: an empty or over-long subtag, a region \
         after a variant, `_` instead of `-`. Readers and search engines that parse tags \
         drop such a value or keep only its first subtag. Write the tag as RFC 5646 says: \
         language, then optional script (`Cyrl`), region (`KZ` or `419`), variants, \
         extensions and private use (`x-...`), separated by `-`.";
    UnregisteredLanguageSubtag: Warning,
        "A subtag of the language code is not in the IANA Language Subtag Registry.",
        "The tag is well formed, but a script, region or variant subtag is not registered \
         (`en-UK` instead of `en-GB`, `sr-Cyrilic`), so no reader can tell what it means. \
         Use registered subtags (the registry is at \
         https://www.iana.org/assignments/language-subtag-registry), or a private-use \
         `x-` subtag for a local meaning.";
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
    BadCharacters: Warning,
        "The text contains a character that should not be there.",
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
    // ---- feed validation beyond the W3C validator ----
    Mojibake: Warning,
        "Text looks like UTF-8 that was decoded with the wrong encoding and re-encoded.",
        "Sequences such as `Ð¡ÐµÐº` (Cyrillic), `Õ€Õ¡` (Armenian), `Î•Î»` (Greek) or `æ–°` \
         (CJK) are the UTF-8 bytes of non-Latin text read as windows-1252 or ISO-8859-1 and \
         written out again. Readers show the garbage as it is. Fix the step that decoded the \
         text with the wrong encoding (often a database connection or an old export) and \
         regenerate the feed.";
    DeprecatedLanguageTag: Warning,
        "A deprecated language tag: the IANA registry gives a preferred value.",
        "Some language codes were retired and replaced (`iw` → `he`, `in` → `id`); readers and search engines that only know the current code miss the feed's \
         language. Write the preferred value the message gives.";
    LanguageMismatch: Warning,
        "The feed declares two different languages.",
        "An RSS channel's `language` (or `dc:language`) and the `xml:lang` in scope on the \
         channel name different languages: readers, aggregators and search engines pick one \
         of them, often the wrong one. Declare the feed's one language in both places (or \
         drop `xml:lang`).";
    UntranslatedItem: Warning,
        "An item's text is in another script than its language uses.",
        "The item is declared in one language (its `lang`, `xml:lang` or the feed's \
         `language`) but most of its letters are in a script that language is not written in: \
         Cyrillic text in an Armenian (`hy`) feed, Chinese in a Russian one. Usually an \
         untranslated item copied from another language's feed. Translate it or declare its \
         real language. (Languages sharing a script, such as Russian text in a Kazakh item, \
         are out of reach of this check.)";
    NotNfc: Warning,
        "Text not in Unicode Normalization Form C.",
        "The same visible text can be encoded precomposed (NFC: `é` as one character) or \
         decomposed (NFD: `e` + combining accent). Readers and search compare bytes, so NFD \
         or mixed text fails to match and may render badly. Normalize text to NFC when it \
         enters the CMS.";
    UnbalancedBidi: Warning,
        "A bidirectional control character without its closing partner.",
        "Embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) must be \
         closed (PDF U+202C, PDI U+2069) in the same paragraph; an unclosed one reverses or \
         reorders the text that follows it in the reader (and can hide what text says). \
         Remove stray controls or close them.";
    ZeroWidthInWord: Warning,
        "A zero-width character inside a word of a title.",
        "Zero-width spaces, word joiners and byte order marks inside a word are invisible \
         but break search, matching and de-duplication of titles (the same title no longer \
         compares equal). Zero-width joiners where a script needs them (Arabic, Persian, \
         Indic scripts, emoji sequences) are fine.";
    DuplicateSelfLink: Error,
        "Two feeds of the folder give the same self link.",
        "A feed's self link (`atom:link rel=\"self\"`, JSON Feed `feed_url`) is the address \
         readers subscribe to. Two files claiming one address means one of them is never \
         reached, or subscribers silently get the other one (often a template that writes the \
         default language's URL into every language's feed). Give each feed its own URL.";
    DuplicateFeedId: Error,
    "Two different feeds of the folder share a feed id.",
        "A feed id (Atom `id`) identifies one feed for ever; readers that see two feeds with \
         one id merge or confuse them. The RSS, Atom and JSON Feed versions of one feed may \
         share an id; two feeds of one format may not. Derive the id from the language and \
         section (polyfeed writes `tag:authority,date:lang/section`).";
    OneWayHreflang: Warning,
        "A feed lists another language's feed as its translation, but not the other way round.",
        "Language alternates (`link rel=\"alternate\" hreflang=...`) let readers and crawlers \
         switch a subscription to another language. They must be reciprocal: when the English \
         feed lists the Russian one as its `ru` version, the Russian feed must list the \
         English one as its `en` version, or tools discard the pair.";
    HreflangMismatch: Warning,
        "A feed's alternate `hreflang` is not the language the target feed declares.",
        "The `hreflang` given for another feed must be the language that feed declares in its \
         `language` / `xml:lang`. A mismatch usually means a link to the wrong language's \
         feed (or a wrong `language` in the target).";
    InconsistentItemId: Error,
    "The same item has different ids in two feeds of its language.",
        "An item shown in its section feed and in the all-sections feed must keep one \
         guid/id; with two ids, a reader subscribed to both shows the news twice. Derive the \
         id from the item's stable CMS id, not from the feed it is in.";
    SharedItemId: Error,
        "One id names different items in two feeds of a language.",
        "A guid/id must identify one item: readers keep only the first item they saw under an \
         id, so the other item is never shown. Ids must be unique across all of a language's \
         feeds.";
    MislabeledEncoding: Error,
        "The document's bytes are in another encoding than the one it declares.",
        "A document labelled UTF-8 (or without a label, which means UTF-8) whose bytes are, \
         for example, windows-1251 or KOI8-R Cyrillic is unreadable for every reader. Either \
         convert the bytes to UTF-8 or declare the real encoding in the XML declaration (and \
         the HTTP charset).";
    JsonFeedWrongType: Error,
        "A JSON Feed member has the wrong JSON type.",
        "Each JSON Feed member has one JSON type: strings for text and URLs, arrays for \
         `items`, `authors`, `tags`, `attachments` and `hubs`, objects for their elements, a \
         boolean for `expired`, numbers for sizes and durations. Readers skip or reject \
         members of the wrong type.";
    JsonFeedUnknownMember: Warning,
        "A member that is neither in the JSON Feed specification nor an extension.",
        "JSON Feed allows custom members only as extensions whose names start with `_` \
         (`_polyfeed`). Any other unknown name is usually a typo of a known one; readers \
         ignore it.";
    JsonFeedInvalidVersion: Error,
        "`version` is not a JSON Feed version URL.",
        "A JSON Feed starts with `\"version\": \"https://jsonfeed.org/version/1.1\"` (or \
         `.../1`). Without it readers do not recognise the document as a feed.";
    JsonFeedMissingContent: Error,
        "An item has neither `content_html` nor `content_text`.",
        "JSON Feed requires every item to carry its content as HTML, as plain text, or both. \
         Add one of them.";
    JsonFeedDeprecatedMember: Warning,
        "A JSON Feed 1.0 member that version 1.1 replaced.",
        "JSON Feed 1.1 replaced `author` by the array `authors`. Version 1.1 readers still \
         read `author`, but new feeds should write `authors` (keeping `author` too only for \
         old readers).";
    // ---- fetching feeds over HTTP (`polyfeed validate URL`) ----
    PermanentRedirect: Info,
        "The feed's URL redirects permanently (301 or 308).",
        "The server says the feed has moved for good; readers that follow the redirect \
         should update their subscription, and many never do, so every poll pays for the \
         extra round trip. The chain is in the message and the final URL in the report. \
         Publish the new URL (feed autodiscovery links, OPML lists, `atom:link rel=\"self\"`) \
         and keep the redirect in place for old subscribers.";
    RedirectLoop: Error,
        "The redirects lead back to a URL already visited.",
        "Following the `Location` headers comes back to an earlier URL of the chain, so no \
         reader ever reaches a feed. The chain is in the message. Fix the server's rewrite \
         rules (often http↔https or with/without `www` redirects that undo each other).";
    TooManyRedirects: Error,
        "The URL redirects more often than allowed.",
        "polyfeed follows at most `--max-redirects` redirects (default 5, as most readers do \
         about as many) and gives up after that. Point the feed's published URL, or the first \
         redirect, straight at the final location.";
    HttpTimeout: Error,
        "The server did not answer in time.",
        "polyfeed gives a server `--connect-timeout` seconds (default 10) to accept the \
         connection and `--timeout` seconds (default 30) for the whole exchange, redirects \
         and body included. A feed that takes longer is as good as down for readers, which \
         use similar limits. The run goes on with the other inputs.";
    HostNotFound: Error,
        "The feed's host name does not resolve.",
        "DNS has no address for the host of the URL: a typo, an expired domain, or a \
         resolver problem on this machine. Check the URL.";
    TlsError: Error,
        "The secure connection could not be set up.",
        "The TLS handshake failed: an expired or self-signed certificate, a certificate for \
         another name, a missing intermediate certificate, or no protocol version in common. \
         Readers refuse such a server as polyfeed does (it checks certificates against the \
         Mozilla root store). The message has the reason; fix the server's certificate chain.";
    BadContentEncoding: Error,
        "The body could not be decompressed.",
        "The response says `Content-Encoding: gzip`, `deflate` or `br` but the bytes are not \
         in that format, or it names an encoding polyfeed did not offer. Readers cannot read \
         the feed either. Usually a proxy compresses twice or a cached response lost its \
         header: check the server's compression settings.";
    MissingContentType: Warning,
        "The server sends no `Content-Type` for the feed.",
        "Without a media type readers and browsers have to guess what the body is, and some \
         refuse it. Serve RSS as `application/rss+xml`, Atom as `application/atom+xml`, \
         JSON Feed as `application/feed+json`.";
    MissingCacheValidators: Warning,
        "The response has neither `ETag` nor `Last-Modified`.",
        "Readers poll feeds every few minutes or hours. With an `ETag` or a `Last-Modified` \
         header they can ask \"has it changed?\" (`If-None-Match`, `If-Modified-Since`) and \
         get an empty 304 Not Modified answer; without them every poll downloads the whole \
         feed again. Most static file servers send both; a script that generates the feed \
         should send at least one.";
    MissingCacheControl: Warning,
        "The response has neither `Cache-Control` nor `Expires`.",
        "Without a freshness lifetime, caches between the server and readers cannot keep \
         the feed, and readers cannot tell how often polling makes sense. Send \
         `Cache-Control: max-age=N` (a few minutes to an hour for news feeds).";
    NotModified: Info,
        "The server answered 304 Not Modified; the cached copy was validated.",
        "With `--cache DIR`, polyfeed keeps each feed's body and its `ETag` / \
         `Last-Modified` and asks the server whether it changed. A 304 answer means it did \
         not: the report is that of the cached copy (the status of the run follows its \
         findings). This is how readers should poll, and it is not a problem.";
    // ---- feed validation: the W3C Feed Validation Service's message classes ----
    // Summaries name the finding; the longer explanations are being written (issue #7).
    ArchiveIncomplete: Warning,
        "Archive incomplete.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    AtomLinkNotEmpty: Warning,
        "Atom link not empty.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    AttrNotBlank: Warning,
        "Attr not blank.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    AvoidNamespacePrefix: Warning,
        "Avoid namespace prefix.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    AvoidTextInput: Warning,
        "Avoid text input.",
        "a kind of `RSS20Profile`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    BadXmlVersion: Error,
        "Bad xml version.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    BestPractices: Info,
        "Best practices.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    CharacterData: Warning,
        "Character data.",
        "a kind of `ContainsHTML`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    CloudflareHttpError: Error,
        "Cloudflare http error.",
        "a kind of `HttpError`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    CommentRSS: Warning,
        "Comment RSS.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ConflictingCatAttr: Error,
        "Conflicting cat attr.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ConflictingCatChildren: Error,
        "Conflicting cat children.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ContainsEmail: Warning,
        "Contains email.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ContainsRelRef: Warning,
        "Contains rel ref.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ContainsSystemEntity: Info,
        "Contains system entity.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ContainsUndeclaredHTML: Warning,
        "Contains undeclared HTML.",
        "a kind of `ContainsHTML`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    CoordComma: Warning,
        "Coord comma.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    CurrentNotSelfInCompleteFeed: Error,
        "Current not self in complete feed.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DangerousStyleAttr: Warning,
        "Dangerous style attr.",
        "a kind of `SecurityRiskAttr`, `SecurityRisk`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    Deprecated: Warning,
        "Deprecated.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DeprecatedDTD: Error,
        "Deprecated DTD.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DeprecatedMediaAdult: Warning,
        "Deprecated media adult.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DeprecatedRootHref: Warning,
        "Deprecated root href.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateAtomLink: Error,
        "Duplicate atom link.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateDescriptionSemantics: Warning,
        "Duplicate description semantics.",
        "a kind of `DuplicateSemantics`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateElement: Error,
        "Duplicate element.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateEnclosure: Warning,
        "Duplicate enclosure.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateEntries: Warning,
        "Duplicate entries.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateIds: Error,
        "Duplicate ids.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateItemSemantics: Warning,
        "Duplicate item semantics.",
        "a kind of `DuplicateSemantics`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateSemantics: Warning,
        "Duplicate semantics.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateUpdated: Warning,
        "Duplicate updated.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    DuplicateValue: Error,
        "Duplicate value.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    EightDaysAWeek: Error,
        "Eight days a week.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    EmailFormat: Warning,
        "Email format.",
        "a kind of `RSS20Profile`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    EncodingMismatch: Warning,
        "The HTTP charset and the document disagree about the encoding.",
        "The server's `Content-Type` charset names one encoding and the document's byte order \
         mark or XML declaration another. A conforming reader (RFC 7303 §3) lets a byte order \
         mark win, then the HTTP charset, then the XML declaration; a reader that saved the \
         file and reads it again without the header uses the declaration. When the two differ, \
         one of those readers sees garbage. polyfeed decodes the way RFC 7303 says and reports \
         what the losing side said. Make the server's charset (`AddDefaultCharset`, \
         `charset` in nginx's `types`) and the declaration name the same encoding, or drop the \
         charset from the header. Named after the W3C Feed Validation Service message of the same name.";
    FeedHistoryRelInEntry: Warning,
        "Feed history rel in entry.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    FeedRelInCompleteFeed: Error,
        "Feed rel in complete feed.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    HtmlFragment: Warning,
        "Html fragment.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    HttpError: Error,
        "The server answered with an HTTP error status.",
        "The feed's URL answered 4xx or 5xx (the status is the finding's value): 404 Not \
         Found and 410 Gone (the feed was moved or removed: readers drop a feed that stays \
         gone), 429 Too Many Requests (the server is rate-limiting; its `Retry-After` is \
         shown), 5xx (the server failed). No feed was validated. Fix the URL or the server; \
         for a moved feed, redirect the old URL with 301 or 308. Named after the W3C Feed Validation Service message of the same name.";
    HttpErrorWithPossibleFeed: Error,
        "The server answered with an HTTP error status, and a feed as its body.",
        "The status is 4xx or 5xx, yet the body looks like a feed: readers go by the status \
         and ignore the body, so subscribers see an error. The server is probably \
         misconfigured (an error handler that serves the feed, or a wrong status in a \
         script). Make it answer 200 with the feed. Named after the W3C Feed Validation Service message of the same name.";
    HttpProtocolError: Error,
        "The server's answer is not valid HTTP.",
        "The response could not be read as HTTP/1.1: a broken status line or header, a bad \
         chunked encoding, a body shorter than its `Content-Length`. Readers fail on it the \
         same way. Look at the server (or proxy) in front of the feed. Named after the W3C Feed Validation Service message of the same name.";
    HttpsProtocolError: Error,
        "Https protocol error.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    HttpsProtocolWarning: Warning,
        "Https protocol warning.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    IOError: Error,
        "The feed could not be fetched: the connection failed.",
        "The connection was refused, reset or closed before a response came (no server \
         listening on that port, a firewall, a crashed backend). The message has the \
         operating system's reason. Nothing was validated for this input; the run goes on \
         with the others. Named after the W3C Feed Validation Service message of the same name.";
    ImageLinkDoesntMatch: Warning,
        "Image link doesnt match.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ImageTitleDoesntMatch: Warning,
        "Image title doesnt match.",
        "a kind of `RSS20Profile`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ImageUrlFormat: Warning,
        "Image url format.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    IncorrectDOW: Error,
        "Incorrect DOW.",
        "a kind of `InvalidRFC2822Date`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    IntegerOverflow: Error,
        "Integer overflow.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidAccessRestrictionRel: Error,
        "Invalid access restriction rel.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidAddrSpec: Error,
        "Invalid addr spec.",
        "a kind of `InvalidContact`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidAdultContent: Warning,
        "Invalid adult content.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidAlphanum: Error,
        "Invalid alphanum.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidAltitudeMode: Error,
        "Invalid altitude mode.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidAngle: Error,
        "Invalid angle.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidBooleanAttribute: Error,
        "Invalid boolean attribute.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidColor: Error,
        "Invalid color.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidColorMode: Error,
        "Invalid color mode.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidCommaSeparatedIntegers: Error,
        "Invalid comma separated integers.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidContentMode: Error,
        "Invalid content mode.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidCoord: Error,
        "Invalid coord.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidCoordList: Error,
        "Invalid coord list.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidCountryCode: Error,
        "Invalid country code.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidCreditRole: Error,
        "Invalid credit role.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidCurrencyUnit: Error,
        "Invalid currency unit.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidDay: Error,
        "Invalid day.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidDoctype: Error,
        "Invalid doctype.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidDuration: Error,
        "Invalid duration.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidExpansionState: Error,
        "Invalid expansion state.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidFloat: Error,
        "Invalid float.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidFloatUnit: Error,
        "Invalid float unit.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidFormComponentName: Error,
        "Invalid form component name.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidFullLink: Error,
        "Invalid full link.",
        "a kind of `InvalidLink`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidFullLocation: Error,
        "Invalid full location.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidGender: Error,
        "Invalid gender.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidHeight: Error,
        "Invalid height.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidHour: Error,
        "Invalid hour.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidHttpGUID: Error,
        "Invalid http GUID.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidIRI: Error,
        "Invalid IRI.",
        "a kind of `InvalidLink`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidISO8601Date: Error,
        "Invalid ISO8601 date.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidISO8601DateTime: Error,
        "Invalid ISO8601 date time.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidIntUnit: Error,
        "Invalid int unit.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidInteger: Error,
        "Invalid integer.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidIntegerAttribute: Error,
        "Invalid integer attribute.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidItemIconState: Error,
        "Invalid item icon state.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidItunesCategory: Error,
        "Invalid itunes category.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidItunesChannelType: Error,
        "Invalid itunes channel type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidItunesEpisodeType: Error,
        "Invalid itunes episode type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidKeywords: Warning,
        "Invalid keywords.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidKmlCoordList: Error,
        "Invalid kml coord list.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidKmlLatitude: Error,
        "Invalid kml latitude.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidKmlLongitude: Error,
        "Invalid kml longitude.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidKmlMediaType: Warning,
        "Invalid kml media type.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidKmlUnits: Error,
        "Invalid kml units.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidLabel: Error,
        "Invalid label.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidLatitude: Error,
        "Invalid latitude.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidLink: Error,
        "Invalid link.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidListItemType: Error,
        "Invalid list item type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidLocalParameter: Error,
        "Invalid local parameter.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidLocalRole: Error,
        "Invalid local role.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidLocation: Error,
        "Invalid location.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidLongitude: Error,
        "Invalid longitude.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMIMEAttribute: Error,
        "Invalid MIME attribute.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMaritalStatus: Error,
        "Invalid marital status.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMediaExpression: Error,
        "Invalid media expression.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMediaHash: Error,
        "Invalid media hash.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMediaMedium: Error,
        "Invalid media medium.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMediaRating: Error,
        "Invalid media rating.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMediaRestriction: Error,
        "Invalid media restriction.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMediaRestrictionRel: Error,
        "Invalid media restriction rel.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMediaRestrictionType: Error,
        "Invalid media restriction type.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMediaTextType: Error,
        "Invalid media text type.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMetaContent: Error,
        "Invalid meta content.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidMetaName: Error,
        "Invalid meta name.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidNPTTime: Error,
        "Invalid NPT time.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidNSS: Error,
        "Invalid NSS.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidNamespace: Error,
        "Invalid namespace.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidNonNegativeInteger: Error,
        "Invalid non negative integer.",
        "a kind of `InvalidInteger`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidOPMLVersion: Error,
        "Invalid OPML version.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidOutlineType: Warning,
        "Invalid outline type.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidOutlineVersion: Warning,
        "Invalid outline version.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidPaymentMethod: Error,
        "Invalid payment method.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidPercentage: Error,
        "Invalid percentage.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidPermalink: Error,
        "Invalid permalink.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidPositiveInteger: Error,
        "Invalid positive integer.",
        "a kind of `InvalidInteger`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidPriceType: Error,
        "Invalid price type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidRDF: Error,
        "Invalid RDF.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidRFC2822Date: Error,
        "Invalid RFC2822 date.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidRSSVersion: Error,
        "Invalid RSS version.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidRatingType: Error,
        "Invalid rating type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidRefreshMode: Error,
        "Invalid refresh mode.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidReviewerType: Error,
        "Invalid reviewer type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidSalaryType: Error,
        "Invalid salary type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidSchemaFieldType: Error,
        "Invalid schema field type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidServiceType: Error,
        "Invalid service type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidSseType: Error,
        "Invalid sse type.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidStyleState: Error,
        "Invalid style state.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidSyndicationRight: Error,
        "Invalid syndication right.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidTAG: Error,
        "Invalid TAG.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidTextType: Error,
        "Invalid text type.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidTrueFalse: Error,
        "Invalid true false.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidURIAttribute: Error,
        "Invalid URI attribute.",
        "a kind of `InvalidLink`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidURLAttribute: Error,
        "Invalid URL attribute.",
        "a kind of `InvalidURIAttribute`, `InvalidLink`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidURN: Error,
        "Invalid URN.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidUUID: Error,
        "Invalid UUID.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidUpdatePeriod: Error,
        "Invalid update period.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidUriChar: Error,
        "Invalid uri char.",
        "a kind of `InvalidLink`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidValue: Error,
        "Invalid value.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidViewRefreshMode: Error,
        "Invalid view refresh mode.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidW3CDTFDate: Error,
        "Invalid W3 CDTF date.",
        "a kind of `InvalidISO8601Date`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidWidth: Error,
        "Invalid width.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidYear: Error,
        "Invalid year.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidYesNo: Error,
        "Invalid yes no.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidYesNoClean: Error,
        "Invalid yes no clean.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    InvalidZeroOne: Error,
        "Invalid zero one.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ItemMustContainTitleOrDescription: Error,
        "Item must contain title or description.",
        "a kind of `MissingElement`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    LinkPastEnd: Error,
        "Link past end.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MediaGroupWithoutAlternatives: Error,
        "Media group without alternatives.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MediaRssNamespace: Error,
        "Media rss namespace.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MisplacedItem: Warning,
        "Misplaced item.",
        "a kind of `RSS20Profile`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MisplacedMetadata: Error,
        "Misplaced metadata.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MisplacedXHTMLContent: Warning,
        "Misplaced XHTML content.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingAtomSelfLink: Warning,
        "Missing atom self link.",
        "a kind of `MissingSelf`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingAttribute: Error,
        "Missing attribute.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingByAndWhenAttrs: Error,
        "Missing by and when attrs.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingContentOrAlternate: Error,
        "Missing content or alternate.",
        "a kind of `MissingElement`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingCurrentInArchive: Warning,
        "Missing current in archive.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingDCLanguage: Info,
        "Missing DC language.",
        "a kind of `MissingRecommendedElement`, `BestPractices`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingDescription: Error,
        "Missing description.",
        "a kind of `MissingElement`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingElement: Error,
        "Missing element.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingEncoding: Info,
        "Missing encoding.",
        "a kind of `BestPractices`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingGuid: Warning,
        "Missing guid.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingHref: Error,
        "Missing href.",
        "a kind of `MissingAttribute`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingId: Warning,
        "Missing id.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingItunesElement: Warning,
        "Missing itunes element.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingItunesEmail: Warning,
        "Missing itunes email.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingLink: Error,
        "Missing link.",
        "a kind of `MissingElement`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingNamespace: Error,
        "Missing namespace.",
        "a kind of `SAXError`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingOutlineType: Warning,
        "Missing outline type.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingRealName: Warning,
        "Missing real name.",
        "a kind of `EmailFormat`, `RSS20Profile`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingRecommendedAttribute: Warning,
        "Missing recommended attribute.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingRecommendedElement: Info,
        "Missing recommended element.",
        "a kind of `BestPractices`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingSelf: Warning,
        "Missing self.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingSourceElement: Warning,
        "Missing source element.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingSummary: Error,
        "Missing summary.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingTextualContent: Warning,
        "Missing textual content.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingTitle: Error,
        "Missing title.",
        "a kind of `MissingElement`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingTitleAttr: Warning,
        "Missing title attr.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingTypeAttr: Warning,
        "Missing type attr.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingUrlAttr: Warning,
        "Missing url attr.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingXhtmlDiv: Error,
        "Missing xhtml div.",
        "a kind of `MissingElement`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    MissingXmlURL: Warning,
        "Missing xml URL.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NeedDescriptionBeforeContent: Warning,
        "Need description before content.",
        "a kind of `RSS20Profile`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NoBlink: Error,
        "No blink.",
        "a kind of `UndefinedElement`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NoThrWhen: Error,
        "No thr when.",
        "a kind of `UndefinedElement`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NonCanonicalURI: Warning,
        "Non canonical URI.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NonSpecificMediaType: Warning,
        "The feed is served with a generic XML media type and does not look like a feed early on.",
        "`application/xml` and `text/xml` say only \"XML\"; readers then sniff the first bytes \
         for `<rss`, `<feed` or `<rdf:RDF`. When none of those is in the first 512 bytes \
         (a long comment or stylesheet first), the document may not be recognised as a feed. \
         Serve it as `application/rss+xml` or `application/atom+xml`, or move the root \
         element up. Named after the W3C Feed Validation Service message of the same name.";
    NonstdEncoding: Info,
        "Nonstd encoding.",
        "a kind of `BestPractices`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NonstdPrefix: Info,
        "Nonstd prefix.",
        "a kind of `BestPractices`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NotBase64: Error,
        "Not base64.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NotEnoughHoursInTheDay: Error,
        "Not enough hours in the day.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NotEscaped: Error,
        "Not escaped.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NotHtml: Warning,
        "Not html.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NotInANamespace: Error,
        "Not in a namespace.",
        "a kind of `MissingNamespace`, `SAXError`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NotInline: Warning,
        "Not inline.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NotSufficientlyUnique: Warning,
        "Not sufficiently unique.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NotURLEncoded: Error,
        "Not URL encoded.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    NotUTF8: Warning,
        "Not UTF8.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ObscureEncoding: Warning,
        "Obscure encoding.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ObsoleteItunesCategory: Warning,
        "Obsolete itunes category.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ObsoleteNamespace: Error,
        "Obsolete namespace.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ObsoleteVersion: Warning,
        "Obsolete version.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ObsoleteWikiNamespace: Warning,
        "Obsolete wiki namespace.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    OptionalValueMissing: Pass,
        "Optional value missing.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ProblematicalRFC822Date: Warning,
        "Problematical RFC822 date.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    QuestionableUsage: Warning,
        "Questionable usage.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    RSS20Profile: Warning,
        "RSS20 profile.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    RelativeSelf: Warning,
        "Relative self.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ReservedPrefix: Warning,
        "Reserved prefix.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    SAXError: Error,
        "SAX error.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    SameDocumentReference: Warning,
        "Same document reference.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    SchemeNotIANARegistered: Warning,
        "Scheme not IANA registered.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    SecurityRisk: Warning,
        "Security risk.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    SecurityRiskAttr: Warning,
        "Security risk attr.",
        "a kind of `SecurityRisk`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    SelfDoesntMatchLocation: Warning,
        "Self doesnt match location.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    SelfNotAtom: Warning,
        "Self not atom.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ShouldIncludeExample: Warning,
        "Should include example.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    SinceAfterUntil: Error,
        "Since after until.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    SlashDate: Warning,
        "Slash date.",
        "a kind of `RSS20Profile`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    TempRedirect: Info,
        "The feed's URL redirects temporarily (302, 303 or 307).",
        "The chain of redirects is in the message. A temporary redirect is fine (readers keep \
         polling the original URL), but every poll costs an extra round trip. Named after the W3C Feed Validation Service message of the same name.";
    TextXml: Info,
        "The feed is served as `text/xml` without a charset.",
        "RFC 3023 (1998-2014) said that `text/xml` without a charset parameter means \
         US-ASCII, whatever the document declares, and some older readers still decode such \
         feeds as US-ASCII, mangling every non-ASCII character. RFC 7303, which replaced it, \
         makes `text/xml` an alias of `application/xml`: without a charset the document's own \
         byte order mark and declaration decide, and that is how polyfeed reads it. Add \
         `; charset=utf-8` (or the document's encoding) to the `Content-Type`, or serve the \
         feed as `application/rss+xml` / `application/atom+xml`. Named after the W3C Feed Validation Service message of the same name.";
    TooLong: Error,
        "Too long.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    TooMany: Error,
        "Too many.",
        "a kind of `DuplicateElement`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    Uncompressed: Info,
        "The server sent a large feed without compression.",
        "The response had no `Content-Encoding` although polyfeed offered gzip, deflate and \
         brotli, and the body is 16 KiB or more. Feeds are polled again and again; text \
         compresses to a fifth or less. Turn on gzip (or brotli) for the feed's media type. \
         Named after the W3C Feed Validation Service message of the same name.";
    UndeclaredPrefix: Error,
        "Undeclared prefix.",
        "a kind of `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UndefinedElement: Error,
        "Undefined element.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UndefinedNamedEntity: Error,
        "Undefined named entity.",
        "a kind of `SAXError`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UndefinedParam: Warning,
        "Undefined param.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UndeterminableVocabulary: Warning,
        "Undeterminable vocabulary.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnexpectedAttribute: Error,
        "Unexpected attribute.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnexpectedContentType: Warning,
        "The feed is served with a media type that does not fit it.",
        "The `Content-Type` is not a feed type (`text/html`, `text/plain`, \
         `application/octet-stream`...), or names another format than the document's \
         (`application/atom+xml` for an RSS feed). Browsers and some readers decide by the \
         media type: a feed served as `text/html` opens as a page or is refused. Serve RSS as \
         `application/rss+xml` (RSS 1.0 also `application/rdf+xml`), Atom as \
         `application/atom+xml`, JSON Feed as `application/feed+json`; `application/xml` \
         and `text/xml` are acceptable for RSS and Atom, `application/json` for JSON Feed. \
         An HTML page where a feed should be (a login or error page served with 200) also \
         gets the validator's own errors. Named after the W3C Feed Validation Service message of the same name.";
    UnexpectedText: Error,
        "Unexpected text.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnexpectedWhitespace: Error,
        "Unexpected whitespace.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnicodeError: Error,
        "Unicode error.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnknownEncoding: Error,
        "Unknown encoding.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnknownHost: Warning,
        "Unknown host.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnknownNamespace: Warning,
        "Unknown namespace.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnregisteredAtomLinkRel: Warning,
        "Unregistered atom link rel.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnsupportedItunesFormat: Warning,
        "Unsupported itunes format.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UnsupportedNamespace: Info,
        "Unsupported namespace.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UriNotIri: Error,
        "Uri not iri.",
        "a kind of `InvalidLink`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UseOfExtensionAttr: Warning,
        "Use of extension attr.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UseZeroForMidnight: Warning,
        "Use zero for midnight.",
        "a kind of `RSS20Profile`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    UseZeroForUnknown: Error,
        "Use zero for unknown.",
        "a kind of `InvalidNonNegativeInteger`, `InvalidInteger`, `InvalidValue`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ValidAngle: Pass,
        "Valid angle.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidAtomLinkRel: Pass,
        "Valid atom link rel.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidAttributeValue: Pass,
        "Valid attribute value.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidBooleanAttribute: Pass,
        "Valid boolean attribute.",
        "A confirmation that the value was checked and is good (a kind of `ValidAttributeValue`, `ValidValue`.). Shown only with `--passes`.";
    ValidCloud: Pass,
        "Valid cloud.",
        "A confirmation that the value was checked and is good (no parent class). Shown only with `--passes`.";
    ValidContact: Pass,
        "Valid contact.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidContentMode: Pass,
        "Valid content mode.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidCopyright: Pass,
        "Valid copyright.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidDate: Pass,
        "Valid date.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidDay: Pass,
        "Valid day.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidDoctype: Pass,
        "Valid doctype.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidElement: Pass,
        "Valid element.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidGeneratorName: Pass,
        "Valid generator name.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidHeight: Pass,
        "Valid height.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidHour: Pass,
        "Valid hour.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidHtml: Pass,
        "Valid html.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidHttpGUID: Pass,
        "Valid http GUID.",
        "A confirmation that the value was checked and is good (a kind of `ValidURI`, `ValidValue`.). Shown only with `--passes`.";
    ValidInteger: Pass,
        "Valid integer.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidIntegerAttribute: Pass,
        "Valid integer attribute.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidLanguage: Pass,
        "Valid language.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidLatitude: Pass,
        "Valid latitude.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidLongitude: Pass,
        "Valid longitude.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidMIMEAttribute: Pass,
        "Valid MIME attribute.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidNPTTime: Pass,
        "Valid NPT time.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidPercentage: Pass,
        "Valid percentage.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidRFC2822Date: Pass,
        "Valid RFC2822 date.",
        "A confirmation that the value was checked and is good (a kind of `ValidDate`, `ValidValue`.). Shown only with `--passes`.";
    ValidTAG: Pass,
        "Valid TAG.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidTitle: Pass,
        "Valid title.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidURI: Pass,
        "Valid URI.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidURLAttribute: Pass,
        "Valid URL attribute.",
        "A confirmation that the value was checked and is good (a kind of `ValidURI`, `ValidValue`.). Shown only with `--passes`.";
    ValidURN: Pass,
        "Valid URN.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidUpdatePeriod: Pass,
        "Valid update period.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidValue: Pass,
        "Valid value.",
        "A confirmation that the value was checked and is good (no parent class). Shown only with `--passes`.";
    ValidW3CDTFDate: Pass,
        "Valid W3 CDTF date.",
        "A confirmation that the value was checked and is good (a kind of `ValidDate`, `ValidValue`.). Shown only with `--passes`.";
    ValidWidth: Pass,
        "Valid width.",
        "A confirmation that the value was checked and is good (a kind of `ValidValue`.). Shown only with `--passes`.";
    ValidationFailure: Error,
        "Validation failure.",
        "Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
    ValidatorLimit: Error,
        "The response is larger than the body limit.",
        "polyfeed stops reading a response at `--max-body` bytes (default 32 MiB, counted \
         after decompression, so a small compressed bomb is caught too) and does not \
         validate a cut document. A real feed is rarely over a few MiB: keep the newest items \
         only. If the feed is legitimately bigger, raise `--max-body`. Named after the W3C Feed Validation Service message of the same name.";
    WPBlankLine: Error,
        "WP blank line.",
        "a kind of `SAXError`. Named after the W3C Feed Validation Service message of the same name, so reports can be cross-referenced.";
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
