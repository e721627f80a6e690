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
        "An archive document links neither the previous nor the next archive.",
        "RFC 5005 §4 marks an archived feed document with `fh:archive` and chains archives \
         with `prev-archive` / `next-archive` links, so a client can walk back through the \
         whole history. An archive with neither link is a dead end: everything before or \
         after it is unreachable. Add the missing link, e.g. `<link rel=\"prev-archive\" \
         href=\"https://example.org/2024/12.xml\"/>`.";
    AtomLinkNotEmpty: Warning,
        "An Atom `link` element has text content.",
        "An `atom:link` says everything in its attributes (`href`, `rel`, `type`, `hreflang`, \
         `title`, `length`); RFC 4287 §4.2.7 gives its content no meaning, so readers ignore \
         it and a URL written there instead of in `href` is lost. Move the value into `href` \
         and write the element empty: `<link rel=\"alternate\" \
         href=\"https://example.org/post\"/>`.";
    AttrNotBlank: Warning,
        "An attribute is present but empty.",
        "An empty `rel`, `type`, `title` or similar attribute says nothing, yet readers may \
         take it for a real value (an empty `rel` is not the default `alternate`, an empty \
         `type` is no media type). Give the attribute a value or leave it out.";
    AvoidNamespacePrefix: Warning,
        "The Atom or XHTML namespace is used with a prefix.",
        "Namespaces in XML make `<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">` the \
         same as `<feed xmlns=\"http://www.w3.org/2005/Atom\">`, but some feed readers match \
         element names literally and only understand Atom (and XHTML content) in the default \
         namespace. Declare the namespace as the default \
         (`xmlns=\"http://www.w3.org/2005/Atom\"`) and drop the prefix.";
    AvoidTextInput: Warning,
        "The channel has a `textInput` element, which few readers support.",
        "RSS 2.0's `<textInput>` asks readers to show a text box that submits to a script; the \
         specification itself calls its purpose something of a mystery, and the RSS Board's \
         best practices profile advises against it because most aggregators ignore it. Remove \
         the element, or link a search page from the channel description instead.";
    BadXmlVersion: Error,
        "The XML declaration names a version other than 1.0.",
        "RSS and Atom (RFC 4287 §2) feeds are XML 1.0 documents, and most feed parsers \
         implement only XML 1.0: they refuse or misread a document whose declaration (XML 1.0 \
         §2.8) says `version=\"1.1\"` or anything else. Write `<?xml version=\"1.0\" \
         encoding=\"utf-8\"?>`.";
    BestPractices: Info,
        "A best-practice note from the W3C validator's catalogue (a group, not a finding).",
        "In the W3C Feed Validation Service, `BestPractices` is the parent class of \
         informational advice such as `MissingRecommendedElement`, `NonstdPrefix` and \
         `MissingEncoding`. polyfeed reports those specific codes instead and never this one; \
         it is in the table so that codes from W3C reports can be looked up. See the specific \
         code's explanation.";
    CharacterData: Warning,
        "Plain text holds `<` or `&#` as literal characters (CDATA or double escaping).",
        "The RSS Board's best practices profile asks that `&` and `<` in plain-text elements \
         such as `title` be written as hexadecimal character references (`&#x26;`, `&#x3C;`), \
         because readers disagree on whether text inside CDATA or doubly escaped text is \
         markup: `<![CDATA[Tom & Jerry <3]]>` may be shown as markup by one reader and as \
         text by another. Write `Tom &#x26; Jerry &#x3C;3`.";
    CloudflareHttpError: Error,
        "A Cloudflare block page answered instead of the feed (W3C validator).",
        "The W3C Feed Validation Service uses this name when a Cloudflare protection page (a \
         browser challenge or an error status) comes back instead of the feed: readers, which \
         cannot solve the challenge, get no feed either. polyfeed reports the HTTP status and \
         the returned document's own problems instead, so it never reports this code. If a \
         feed sits behind such protection, exempt its URL from bot challenges.";
    CommentRSS: Warning,
        "`wfw:commentRSS` is written with a capital `RSS`.",
        "The Well-Formed Web Comment API element is `wfw:commentRss` (lower-case `ss`), and \
         XML names are case-sensitive, so readers looking for the comments feed do not find \
         `wfw:commentRSS`. Rename it: \
         `<wfw:commentRss>https://example.org/post/comments.xml</wfw:commentRss>`.";
    ConflictingCatAttr: Error,
        "An `app:categories` element has `href` together with `fixed` or `scheme`.",
        "In the Atom Publishing Protocol (RFC 5023 §7.2.1), `app:categories` either lists its \
         categories inline (with optional `fixed` and `scheme`) or points to an out-of-line \
         category document with `href`; the two forms exclude each other. Clients cannot tell \
         which to follow. Keep `href` alone, or drop it and list the categories inline.";
    ConflictingCatChildren: Error,
        "An `app:categories` element with `href` also contains categories.",
        "RFC 5023 §7.2.1: an `app:categories` element that refers to an out-of-line category \
         document with `href` must not contain `atom:category` elements itself. Move the \
         categories into the referenced document, or drop `href` and keep them inline.";
    ContainsEmail: Warning,
        "A person's name contains an e-mail address.",
        "Atom person constructs (RFC 4287 §3.2) have separate `name`, `uri` and `email` \
         elements, and readers show `name` as it is; `Jane Doe <jane@example.org>` in `name` \
         puts a raw address on screen (and in spammers' harvests) and hides it from readers \
         that use `email`. Write `<name>Jane Doe</name><email>jane@example.org</email>`.";
    ContainsRelRef: Warning,
        "A relative URL with no base to resolve it against.",
        "Feed content is read out of context: a relative reference such as `href=\"/news/1\"` \
         or `src=\"img/a.png\"` in HTML content (or an extension element) resolves against \
         the feed's own URL or an `xml:base`, and many readers resolve it wrongly or not at \
         all, giving broken links and images. Make the URLs absolute \
         (`https://example.org/news/1`), or set `xml:base` on the element (RFC 4287 §2, XML \
         Base).";
    ContainsSystemEntity: Info,
        "The DOCTYPE refers to an external DTD or entity.",
        "XML 1.0 §4.2.2 lets a document pull in external entities by SYSTEM or PUBLIC \
         identifiers. Feed readers should not fetch them (it is slow, and it is a classic \
         attack vector: XXE, billion-laughs), so anything they define is missing for the \
         reader; polyfeed never fetches them either. Remove the DOCTYPE, or keep it without \
         external references and use only the predefined entities and numeric character \
         references.";
    ContainsUndeclaredHTML: Warning,
        "Text declared as plain text contains HTML markup.",
        "An Atom text construct with `type=\"text\"` (the default, RFC 4287 §3.1.1.1) is shown \
         literally, so `<b>Breaking</b>` appears with its tags. If the value is meant as \
         HTML, say so: `<title type=\"html\">&lt;b&gt;Breaking&lt;/b&gt;</title>`; otherwise \
         remove the markup.";
    CoordComma: Warning,
        "GeoRSS coordinates are separated by commas.",
        "GeoRSS Simple separates the numbers of `georss:point`, `line`, `polygon` and `box` by \
         whitespace: `<georss:point>45.256 -71.92</georss:point>`. Readers split on spaces, \
         so `45.256,-71.92` is one unreadable token. Replace the commas with spaces.";
    CurrentNotSelfInCompleteFeed: Error,
        "A complete feed's `current` link points elsewhere.",
        "RFC 5005 §2: a feed marked `fh:complete` contains every entry in one document, so if \
         it has a `current` link at all, that link must be the document's own URL. Pointing \
         elsewhere tells clients the complete feed is only part of a set. Point `current` at \
         the feed itself or remove it.";
    DangerousStyleAttr: Warning,
        "A `style` attribute in HTML content holds CSS that can run code or load resources.",
        "CSS such as `url(javascript:...)`, `expression(...)` or `-moz-binding` in a `style` \
         attribute can run script or fetch remote content in some renderers. Careful readers \
         strip every `style` attribute, so the styling is lost, and less careful ones expose \
         their users. Remove such declarations and keep plain, static CSS (or none).";
    Deprecated: Warning,
        "A deprecated KML element (W3C validator; KML is not checked by polyfeed).",
        "The W3C Feed Validation Service also validates KML (Google Earth) documents and warns \
         about elements that later KML versions deprecated. polyfeed validates RSS, Atom and \
         JSON Feed, not KML, so it never reports this code; it is in the table so that codes \
         from W3C reports can be looked up. Replace the element by its KML 2.2 successor.";
    DeprecatedDTD: Error,
        "The RSS 0.91 DOCTYPE points to Netscape's defunct DTD URL.",
        "RSS 0.91 documents used to declare \
         `http://my.netscape.com/publish/formats/rss-0.91.dtd`, which has not existed for \
         years; a validating parser that fetches it fails. The RSS Advisory Board hosts a \
         copy. Use `<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \
         \"http://www.rssboard.org/rss-0.91.dtd\">`, or drop the DOCTYPE.";
    DeprecatedMediaAdult: Warning,
        "`media:adult` is used; Media RSS replaced it with `media:rating`.",
        "Media RSS deprecated `<media:adult>` in favour of `media:rating`, and readers that \
         filter content look for the latter. Write `<media:rating \
         scheme=\"urn:simple\">adult</media:rating>` (or `nonadult`) instead.";
    DeprecatedRootHref: Warning,
        "A KML icon `href` uses a `root://` URL (W3C validator; KML is not checked by polyfeed).",
        "KML 2.0 let an `Icon` point to Google Earth's built-in images with `root://` URLs; \
         later KML versions deprecated them in favour of ordinary URLs. polyfeed validates \
         RSS, Atom and JSON Feed, not KML, so it never reports this code; it is in the table \
         so that codes from W3C reports can be looked up.";
    DuplicateAtomLink: Error,
        "Two alternate links share the same `type` and `hreflang`.",
        "RFC 4287 §4.1.1 and §4.1.2: a feed or entry must not have more than one `link \
         rel=\"alternate\"` with the same combination of `type` and `hreflang`, because \
         readers could not tell which page to open. Keep one, or tell them apart, e.g. \
         `hreflang=\"en\"` and `hreflang=\"ru\"` for two language versions.";
    DuplicateDescriptionSemantics: Warning,
        "An Atom element repeats what an RSS element of the same channel or item already says.",
        "In RSS 2.0, `atom:title`, `atom:subtitle`, `atom:rights` (channel) or `atom:title`, \
         `atom:content`, `xhtml:body` (item) duplicate `title`, `description` or `copyright`. \
         Readers pick one of the two, and when they differ users see different text in \
         different readers. Keep the RSS element; use `content:encoded` for full HTML \
         content.";
    DuplicateElement: Error,
        "An element (or JSON member) that may appear once appears twice.",
        "Many elements are allowed only once in their parent, e.g. RSS `title`, `link` and \
         `pubDate` (RSS 2.0), Atom `id` and `updated` (RFC 4287 §4.1.1, §4.1.2), and any \
         member of a JSON object (RFC 8259 §4: names should be unique). Readers keep the \
         first or the last copy, unpredictably. Remove the extra one.";
    DuplicateEnclosure: Warning,
        "An RSS item has more than one `enclosure`.",
        "RSS 2.0 does not say explicitly whether an item may carry several enclosures; the RSS \
         Board's best practices profile notes that its author meant at most one and that \
         software support varies, and many podcast clients take only the first (or the last). \
         Put each media file in its own item, or use Media RSS `media:group` for alternative \
         formats of one file.";
    DuplicateEntries: Warning,
        "Two entries have the same id.",
        "An entry's id (Atom `id`, RFC 4287 §4.2.6; JSON Feed `id`) identifies it for good, \
         and readers keep one entry per id. RFC 4287 §4.1.1 lets two entries share an id only \
         as revisions of one entry with different `updated` times, and even then many readers \
         show both or only the first. Give every entry its own id, derived from a stable key \
         such as the CMS id.";
    DuplicateIds: Error,
        "Every entry of the feed has the same id.",
        "Ids identify entries (RFC 4287 §4.2.6, JSON Feed `id`); when all entries share one, \
         readers see a single entry that keeps changing, and every other entry is lost. This \
         is usually a template that writes the feed's id (or a constant) into each entry. \
         Derive each entry's id from its own stable key, e.g. \
         `tag:example.org,2025:post/1234`.";
    DuplicateItemSemantics: Warning,
        "An item has both an RSS element and an extension element that mean the same.",
        "Pairs such as `author` and `dc:creator`, `category` and `dc:subject`, `pubDate` and \
         `dc:date`, `guid` and `atom:id` say the same thing twice; readers pick one, and when \
         the two differ, different readers show different data. Keep one of them (the RSS 2.0 \
         element, unless you need the extension's richer form, e.g. `dc:creator` for a name \
         without an e-mail).";
    DuplicateSemantics: Warning,
        "A channel has both an RSS element and an extension element that mean the same.",
        "Pairs such as `managingEditor` and `dc:creator`, `language` and `dc:language`, \
         `copyright` and `dc:rights`, `lastBuildDate` and `dcterms:modified` say the same \
         thing twice; readers pick one, and when the two differ, different readers show \
         different data. Keep one of them, usually the RSS 2.0 element.";
    DuplicateUpdated: Warning,
        "Two entries have the same `updated` time.",
        "`updated` (RFC 4287 §4.2.15) says when an entry last changed significantly; readers \
         sort and de-duplicate by it. Identical times on several entries usually mean the \
         generator stamps every entry with the build time, which marks old entries as changed \
         on every build. Give each entry its real modification time. (Shared local-midnight \
         values, typical of sources with only a date, are reported as information.)";
    DuplicateValue: Error,
        "A value that must be unique is repeated.",
        "Some values identify one thing and must not repeat: RSS `guid`s, `atom:id`s of RSS \
         items, RSS 1.0 `rdf:about` (each resource once), FeedSync `sx:sync id`; and JSON \
         Feed `next_url` must not be the page's own `feed_url`. Readers treat repeated values \
         as one thing and drop or confuse data (or loop, for `next_url`). Make each value \
         unique.";
    EightDaysAWeek: Error,
        "`skipDays` lists more than seven days.",
        "RSS 2.0's `<skipDays>` holds up to seven `<day>` elements (Monday ... Sunday), the \
         days on which aggregators may skip polling; more than seven means a day is listed \
         twice or a value is wrong. List each day at most once.";
    EmailFormat: Warning,
        "The e-mail address is not written as `address (Real Name)`.",
        "RSS 2.0's `managingEditor`, `webMaster` and `author` take an e-mail address, and the \
         RSS Board's best practices profile recommends the form `user@example.com (Real \
         Name)`. Forms such as `Real Name <user@example.com>` are not understood by readers \
         that parse the value. Write `jane@example.org (Jane Doe)`, or use `dc:creator` for a \
         name without an address.";
    EncodingMismatch: Warning,
        "The HTTP charset and the document disagree about the encoding.",
        "The server's `Content-Type` charset names one encoding and the document's byte order \
         mark or XML declaration another. A conforming reader (RFC 7303 §3) lets a byte order \
         mark win, then the HTTP charset, then the XML declaration; a reader that saved the \
         file and reads it again without the header uses the declaration. When the two differ, \
         one of those readers sees garbage. polyfeed decodes the way RFC 7303 says and reports \
         what the losing side said. Make the server's charset (`AddDefaultCharset`, \
         `charset` in nginx's `types`) and the declaration name the same encoding, or drop the \
         charset from the header. \
         The W3C Feed Validation Service reports it under the same name.";
    FeedHistoryRelInEntry: Warning,
        "A feed-paging link relation appears on an entry.",
        "The relations `current`, `first`, `last`, `previous`, `next`, `prev-archive` and \
         `next-archive` (RFC 5005, RFC 5988) describe pages of a feed; on an entry they have \
         no meaning and readers ignore them. Move the link to the feed element.";
    FeedRelInCompleteFeed: Error,
        "A complete feed links to other pages of itself.",
        "RFC 5005 §2: a feed marked `fh:complete` holds all its entries in one document, so it \
         must not have paging or archive links (`next`, `previous`, `first`, `last`, \
         `prev-archive`...). Clients would otherwise fetch pages that should not exist. \
         Remove the links, or drop `fh:complete` if the feed is in fact paged.";
    HtmlFragment: Warning,
        "Content typed as a full HTML or XHTML document is only a fragment.",
        "Atom content whose `type` is a media type such as `text/html` or \
         `application/xhtml+xml` (RFC 4287 §4.1.3.1, rather than the keywords `html` or \
         `xhtml`) declares a complete document. A fragment such as `<p>Hello</p>` under such \
         a type may be rendered wrongly. Use `type=\"html\"` (escaped HTML fragment) or \
         `type=\"xhtml\"` (inline XHTML in a `div`) for fragments.";
    HttpError: Error,
        "The server answered with an HTTP error status.",
        "The feed's URL answered 4xx or 5xx (the status is the finding's value): 404 Not \
         Found and 410 Gone (the feed was moved or removed: readers drop a feed that stays \
         gone), 429 Too Many Requests (the server is rate-limiting; its `Retry-After` is \
         shown), 5xx (the server failed). No feed was validated. Fix the URL or the server; \
         for a moved feed, redirect the old URL with 301 or 308. \
         The W3C Feed Validation Service reports it under the same name.";
    HttpErrorWithPossibleFeed: Error,
        "The server answered with an HTTP error status, and a feed as its body.",
        "The status is 4xx or 5xx, yet the body looks like a feed: readers go by the status \
         and ignore the body, so subscribers see an error. The server is probably \
         misconfigured (an error handler that serves the feed, or a wrong status in a \
         script). Make it answer 200 with the feed. \
         The W3C Feed Validation Service reports it under the same name.";
    HttpProtocolError: Error,
        "The server's answer is not valid HTTP.",
        "The response could not be read as HTTP/1.1: a broken status line or header, a bad \
         chunked encoding, a body shorter than its `Content-Length`. Readers fail on it the \
         same way. Look at the server (or proxy) in front of the feed. \
         The W3C Feed Validation Service reports it under the same name.";
    HttpsProtocolError: Error,
        "A fetch over https failed at the protocol level (W3C validator).",
        "The W3C Feed Validation Service uses this name when it cannot talk https to the \
         server. polyfeed reports these failures as `TlsError` (with the reason) and \
         `HttpTimeout`, so it never reports this code; it is in the table so that codes from \
         W3C reports can be looked up. See `polyfeed explain TlsError`.";
    HttpsProtocolWarning: Warning,
        "A problem with the https connection that did not stop the fetch (W3C validator).",
        "The W3C Feed Validation Service uses this name for https problems it could work \
         around. polyfeed checks certificates strictly and reports failures as `TlsError`, so \
         it never reports this code; it is in the table so that codes from W3C reports can be \
         looked up.";
    IOError: Error,
        "The feed could not be fetched: the connection failed.",
        "The connection was refused, reset or closed before a response came (no server \
         listening on that port, a firewall, a crashed backend). The message has the \
         operating system's reason. Nothing was validated for this input; the run goes on \
         with the others. \
         The W3C Feed Validation Service reports it under the same name.";
    ImageLinkDoesntMatch: Warning,
        "The channel image's `link` is not the channel's `link`.",
        "A reader shows the channel `<image>` as a link to the site, and RSS 2.0 notes that in \
         practice the image's `<link>` (and `<title>`) should have the same value as the \
         channel's. A different URL is usually a stale template value. Copy the channel's \
         `link` into `image/link`.";
    ImageTitleDoesntMatch: Warning,
        "The channel image's `title` is not the channel's `title`.",
        "RSS 2.0 uses the `<image>`'s `<title>` as the ALT text of the logo and notes that in \
         practice it (and the image's `<link>`) should have the same value as the channel's; \
         the RSS Board's best practices profile repeats this. A different title is usually a \
         stale template value. Copy the channel's `title` into `image/title`.";
    ImageUrlFormat: Warning,
        "The channel image's URL does not end in `.jpg`, `.gif` or `.png`.",
        "RSS 2.0 says the `<image>`'s `<url>` points to a GIF, JPEG or PNG image. Readers may \
         not show other formats (SVG, WebP, ICO). Point `image/url` at a GIF, JPEG or PNG \
         version of the logo.";
    IncorrectDOW: Error,
        "The date's day of the week is not the day that date falls on.",
        "RFC 822 §5 / RFC 2822 §3.3 dates may start with the weekday, and it must agree with \
         the date: `Fri, 05 Dec 2025` is right, `Mon, 05 Dec 2025` is not. Readers that check \
         it reject the date, others trust one half. Usually the weekday is computed in \
         another timezone or hard-coded. Fix the weekday, or omit it (`05 Dec 2025 14:30:00 \
         +0300`).";
    IntegerOverflow: Error,
        "An integer is larger than 2147483647.",
        "FeedSync (Simple Sharing Extensions) `sx:sync updates` and `sx:history sequence` are \
         31-bit unsigned integers, at most 2147483647. A larger value overflows in clients. \
         Check the counter; it should grow by one per update.";
    InvalidAccessRestrictionRel: Error,
        "`access:restriction` has a `relationship` other than `allow` or `deny`.",
        "The Bloglines access restriction extension tells aggregators whether the feed may be \
         shown publicly: `<access:restriction relationship=\"deny\"/>`. Only `allow` and \
         `deny` are defined; any other value is ignored. Use one of them.";
    InvalidAddrSpec: Error,
        "The value is not a plain e-mail address.",
        "Atom's `email` element (RFC 4287 §3.2.3) holds an RFC 2822 addr-spec (§3.4.1): \
         `jane@example.org`, with no display name, angle brackets or `mailto:`. Readers that \
         link it produce a broken link otherwise. Put the name in `name` and the bare address \
         in `email`.";
    InvalidAdultContent: Warning,
        "OpenSearch `AdultContent` has a value it does not define (W3C validator).",
        "In OpenSearch description documents, `AdultContent` is `true` or `false` (also \
         `1`/`0`, `yes`/`no`). polyfeed validates feeds, not OpenSearch descriptions, so it \
         never reports this code; it is in the table so that codes from W3C reports can be \
         looked up.";
    InvalidAlphanum: Error,
        "The value must consist of ASCII letters and digits only.",
        "Some extension attributes are identifiers limited to `A-Z`, `a-z` and `0-9` (no \
         spaces, hyphens or other punctuation), because consumers use them as keys. A value \
         such as `ab-c` is not one. Remove the other characters.";
    InvalidAltitudeMode: Error,
        "A KML `altitudeMode` value is not defined (W3C validator; KML is not checked by polyfeed).",
        "KML's `altitudeMode` is `clampToGround`, `relativeToGround` or `absolute`. polyfeed \
         validates RSS, Atom and JSON Feed, not KML, so it never reports this code; it is in \
         the table so that codes from W3C reports can be looked up.";
    InvalidAngle: Error,
        "A KML angle is out of range (W3C validator; KML is not checked by polyfeed).",
        "KML angles such as `heading` and `tilt` are decimal degrees within a fixed range (for \
         a heading, -180 to 180). polyfeed validates RSS, Atom and JSON Feed, not KML, so it \
         never reports this code; it is in the table so that codes from W3C reports can be \
         looked up.";
    InvalidBooleanAttribute: Error,
        "A boolean attribute is neither `true` nor `false`.",
        "RSS 2.0's `guid isPermaLink` takes `true` (the default: the guid is the item's URL) \
         or `false` (the guid is only an identifier). Other values (`yes`, `0`, `False `) are \
         read differently by different readers, which may then open the guid as a link. Write \
         `isPermaLink=\"false\"` or `isPermaLink=\"true\"`.";
    InvalidColor: Error,
        "A KML colour is not eight hex digits (W3C validator; KML is not checked by polyfeed).",
        "KML colours are written `aabbggrr` in hexadecimal (alpha, blue, green, red), e.g. \
         `ff0000ff` for opaque red. polyfeed validates RSS, Atom and JSON Feed, not KML, so \
         it never reports this code; it is in the table so that codes from W3C reports can be \
         looked up.";
    InvalidColorMode: Error,
        "A KML `colorMode` is neither `normal` nor `random` (W3C validator; not checked by polyfeed).",
        "KML's `colorMode` takes `normal` or `random`. polyfeed validates RSS, Atom and JSON \
         Feed, not KML, so it never reports this code; it is in the table so that codes from \
         W3C reports can be looked up.";
    InvalidCommaSeparatedIntegers: Error,
        "The value is not a list of integers separated by commas.",
        "Slash's `slash:hit_parade` lists comment counts as integers separated by commas, e.g. \
         `<slash:hit_parade>42,30,12,4,0</slash:hit_parade>`. Readers that parse it fail on \
         signs, decimals or other separators. Write unsigned integers separated by commas.";
    InvalidContentMode: Error,
        "An Atom 0.3 content `mode` is not defined (W3C validator).",
        "Atom 0.3's `content mode` took `xml`, `escaped` or `base64`. Atom 0.3 was replaced by \
         Atom 1.0 (RFC 4287), which has no `mode` attribute; polyfeed does not check it and \
         never reports this code, which is in the table so that codes from W3C reports can be \
         looked up. Move the feed to Atom 1.0 and use `type`.";
    InvalidCoord: Error,
        "A GeoRSS point is not `latitude longitude`.",
        "GeoRSS Simple's `georss:point` holds two decimal numbers, latitude then longitude in \
         WGS84 degrees, separated by whitespace: `<georss:point>55.7558 \
         37.6173</georss:point>`. Maps cannot place the item otherwise. Write the two \
         numbers, latitude first.";
    InvalidCoordList: Error,
        "A GeoRSS line, polygon or box is not a list of coordinate pairs.",
        "GeoRSS Simple's `georss:line`, `georss:polygon` and `georss:box` hold an even number \
         of decimal numbers, latitude/longitude pairs separated by whitespace (a line needs \
         at least two pairs, a polygon at least four with the last equal to the first, a box \
         exactly two). Check for a missing number or a stray character: `45.25 -71.92 45.26 \
         -71.90`.";
    InvalidCountryCode: Error,
        "The value is not an ISO 3166 country code.",
        "Media RSS `media:restriction type=\"country\"` lists ISO 3166-1 alpha-2 codes \
         separated by spaces, e.g. `<media:restriction relationship=\"allow\" \
         type=\"country\">us ca</media:restriction>`. Players enforce the restriction by \
         code, so an unknown one (`UK` instead of `GB`, a full country name) blocks or allows \
         the wrong audience. Use the two-letter codes.";
    InvalidCreditRole: Error,
        "A Media RSS `media:credit` role is not a role of its scheme.",
        "With the default scheme `urn:ebu`, `media:credit role` takes one of the EBU role \
         codes (`actor`, `director`, `editor`, `photographer`, `producer`, `author`...); with \
         another `scheme` the role must be written in lower case (Media RSS, `media:credit`). \
         Readers map roles by exact value. Use a role of the scheme: `<media:credit \
         role=\"photographer\">Jane Doe</media:credit>`.";
    InvalidCurrencyUnit: Error,
        "The value is not an ISO 4217 currency code (Google Base).",
        "Prices in the Google Base extension name their currency with an ISO 4217 code in \
         upper case (`USD`, `EUR`, `RUB`), not a symbol or name. Google Base was retired and \
         polyfeed does not check its elements, so this code is in the table so that codes \
         from W3C reports can be looked up.";
    InvalidDay: Error,
        "A `skipDays` entry is not a day name.",
        "RSS 2.0's `<skipDays>` holds `<day>` elements whose values are `Monday`, `Tuesday`, \
         `Wednesday`, `Thursday`, `Friday`, `Saturday` or `Sunday`, spelt out in English with \
         a capital. Aggregators ignore other values (`Mon`, `monday`, `1`). Write the full \
         day name: `<day>Saturday</day>`.";
    InvalidDoctype: Error,
        "The RSS 0.91 DOCTYPE is used with another RSS version.",
        "The Netscape RSS 0.91 DOCTYPE declares the document to be RSS 0.91; with `<rss \
         version=\"2.0\">` the document contradicts itself, and validating parsers check it \
         against the wrong DTD. Remove the DOCTYPE (later RSS versions define none), or set \
         `version=\"0.91\"` if the feed really is RSS 0.91.";
    InvalidDuration: Error,
        "An `itunes:duration` is not seconds, `MM:SS` or `HH:MM:SS`.",
        "Apple's podcast RSS tags give an episode's length as a number of seconds (`1830`) or \
         as `MM:SS` / `HH:MM:SS` (`30:30`, `1:05:00`), with minutes and seconds below 60. \
         Podcast apps show no or a wrong length for other forms (`30 min`, `1h05`). Prefer \
         whole seconds.";
    InvalidExpansionState: Error,
        "An OPML `expansionState` is not a list of integers (W3C validator).",
        "OPML 2.0's `expansionState` is a comma-separated list of line numbers of the outline \
         that are expanded. The W3C validator checks OPML documents; polyfeed validates feeds \
         and writes its own OPML, so it never reports this code, which is in the table so \
         that codes from W3C reports can be looked up.";
    InvalidFloat: Error,
        "The value is not a decimal number.",
        "Numeric values such as `georss:radius` or the `bitrate`, `framerate` and \
         `samplingrate` attributes of Media RSS `media:content` take a plain decimal number \
         such as `12.5`: digits with an optional fraction, no units and no comma as decimal \
         mark. Readers cannot parse `12,5` or `128 kbps`. Write the bare number.";
    InvalidFloatUnit: Error,
        "The value is not a decimal number (with optional sign).",
        "`geo:alt` (W3C Basic Geo) and `georss:elev` take a decimal number of metres, \
         optionally signed: `-12.5`, `350`. Units, spaces or a comma as decimal mark (`350 \
         m`, `12,5`) make the value unreadable. Write the bare number in metres.";
    InvalidFormComponentName: Error,
        "A `textInput` `name` does not start with a letter.",
        "RSS 2.0's `<textInput>` `<name>` is the name of the form field whose value is \
         submitted to the `link` (as `?name=...`); like an HTML form control name it should \
         start with a letter. Rename it, e.g. `<name>q</name>`.";
    InvalidFullLink: Error,
        "The value is not an absolute URI.",
        "This element or attribute needs a full URI with a scheme because it is read out of \
         context: RSS `link`, `comments` and image `url`/`link`, Atom `id` (RFC 4287 §4.2.6), \
         JSON Feed URLs. Readers cannot resolve a relative one, and `/posts/1` or \
         `example.org/posts/1` is not a URI they can open. Write \
         `https://example.org/posts/1` (or a `tag:` or `urn:` URI for ids).";
    InvalidFullLocation: Error,
        "A Google Base location is not five comma-separated fields (W3C validator).",
        "The Google Base extension's full location held street, city, region, postal code and \
         country separated by commas. Google Base was retired and polyfeed does not check its \
         elements, so it never reports this code; it is in the table so that codes from W3C \
         reports can be looked up.";
    InvalidGender: Error,
        "A Google Base gender value is not defined (W3C validator).",
        "The Google Base extension took `Male`, `M`, `Female` or `F` here. Google Base was \
         retired and polyfeed does not check its elements, so it never reports this code; it \
         is in the table so that codes from W3C reports can be looked up.";
    InvalidHeight: Error,
        "An image height is not a number in the allowed range.",
        "RSS 2.0's channel `<image>` `<height>` is a whole number of pixels, at most 400 \
         (default 31); readers that reserve space by it misplace a larger or non-numeric \
         value. Give the image's real height within the limit (scale the logo down if \
         needed): `<height>88</height>`.";
    InvalidHour: Error,
        "A `skipHours` entry is not an hour from 0 to 23.",
        "RSS 2.0's `<skipHours>` holds `<hour>` elements with whole numbers from 0 to 23, \
         hours in GMT when aggregators may skip polling. Values such as `24`, `9am` or \
         `09:00` are ignored. Write `<hour>0</hour>` for midnight GMT.";
    InvalidHttpGUID: Error,
        "A guid marked as a permalink is not a URL.",
        "In RSS 2.0, a `<guid>` without `isPermaLink=\"false\"` is a permalink: readers open \
         it as the item's web page, so it must be a full URL. An id such as `12345` or \
         `tag:example.org,2025:1` gives a broken link. Either make it the item's URL, or mark \
         it as an identifier: `<guid isPermaLink=\"false\">tag:example.org,2025:1</guid>`.";
    InvalidIRI: Error,
        "The value is not a valid IRI.",
        "Atom `href`s and several extension attributes are IRIs (RFC 3987, RFC 4287 §4.2.7.1): \
         URIs that may contain non-ASCII characters, but never spaces, unescaped `<`, `>`, \
         `\"` or `\\`, or malformed percent-escapes. Readers cannot follow such a link. \
         Percent-encode the offending characters (a space as `%20`).";
    InvalidISO8601Date: Error,
        "The value is not a date `YYYY-MM-DD`.",
        "Date-only fields of the Google Base extension (`g:expiration_date`, `g:publish_date`) \
         take an ISO 8601 calendar date without time, such as `2025-12-05`. Google Base was \
         retired and polyfeed does not check its elements, so this code is in the table so \
         that codes from W3C reports can be looked up.";
    InvalidISO8601DateTime: Error,
        "The value is not an ISO 8601 date-time.",
        "Extension elements such as `ag:timestamp`, `ev:startdate` and `ev:enddate` take an \
         ISO 8601 (W3CDTF) date or date-time such as `2025-12-05T14:30:00+03:00` or \
         `2025-12-05`. Other shapes (`05.12.2025`, RFC 822 dates) cannot be compared or \
         sorted. Convert the value.";
    InvalidIntUnit: Error,
        "A Google Base integer-with-unit value is malformed (W3C validator).",
        "The Google Base extension took values such as `12 months` (an integer and a unit). \
         Google Base was retired and polyfeed does not check its elements, so it never \
         reports this code; it is in the table so that codes from W3C reports can be looked \
         up.";
    InvalidInteger: Error,
        "The value is not an integer.",
        "Elements such as `georss:floor` and OpenSearch `startIndex` take a whole number, \
         optionally signed: `3`, `-1`. Decimals, units or words are not understood. Write a \
         bare integer.";
    InvalidIntegerAttribute: Error,
        "An attribute that takes a whole number has another value.",
        "RSS 2.0's `enclosure length` is the file size in bytes and `cloud port` a TCP port, \
         both whole numbers. Podcast clients use `length` to plan downloads; `3.5MB` or an \
         empty value is unreadable. Write the number of bytes (`length=\"3670016\"`), or `0` \
         if unknown.";
    InvalidItemIconState: Error,
        "A KML `ItemIcon` state is not defined (W3C validator; KML is not checked by polyfeed).",
        "KML's `ItemIcon state` takes `open`, `closed`, `error`, `fetching0`, `fetching1` or \
         `fetching2`. polyfeed validates RSS, Atom and JSON Feed, not KML, so it never \
         reports this code; it is in the table so that codes from W3C reports can be looked \
         up.";
    InvalidItunesCategory: Error,
        "The `itunes:category` is not one of Apple's podcast categories.",
        "Apple Podcasts accepts only categories (and subcategories, nested as a child \
         `itunes:category`) from its published list, spelt exactly, with `&amp;` for `&`: \
         `<itunes:category text=\"Society &amp; Culture\"><itunes:category \
         text=\"Documentary\"/></itunes:category>`. Unknown categories can get a podcast \
         rejected or hidden from browsing. Pick the nearest listed category.";
    InvalidItunesChannelType: Error,
        "`itunes:type` is neither `episodic` nor `serial`.",
        "Apple's podcast tags define `itunes:type` on the channel as `episodic` (newest first, \
         the default) or `serial` (in order, oldest first); apps ignore other values. Write \
         `<itunes:type>episodic</itunes:type>`.";
    InvalidItunesEpisodeType: Error,
        "`itunes:episodeType` is not `full`, `trailer` or `bonus`.",
        "Apple's podcast tags define `itunes:episodeType` on an item as `full` (the default), \
         `trailer` or `bonus`; apps ignore other values. Write \
         `<itunes:episodeType>full</itunes:episodeType>`.";
    InvalidKeywords: Warning,
        "`itunes:keywords` are separated by spaces instead of commas.",
        "`itunes:keywords` is a comma-separated list (`news,politics,eurasia`); with spaces \
         only, the whole value is read as one long keyword. Separate the keywords with \
         commas. (Apple no longer uses this tag, so it can also simply be dropped.)";
    InvalidKmlCoordList: Error,
        "KML coordinates are malformed (W3C validator; KML is not checked by polyfeed).",
        "KML `coordinates` are tuples `longitude,latitude[,altitude]` separated by whitespace. \
         polyfeed validates RSS, Atom and JSON Feed, not KML, so it never reports this code; \
         it is in the table so that codes from W3C reports can be looked up.";
    InvalidKmlLatitude: Error,
        "A KML latitude is out of range (W3C validator; KML is not checked by polyfeed).",
        "KML latitudes are decimal degrees from -90 to 90. polyfeed validates RSS, Atom and \
         JSON Feed, not KML, so it never reports this code; it is in the table so that codes \
         from W3C reports can be looked up.";
    InvalidKmlLongitude: Error,
        "A KML longitude is out of range (W3C validator; KML is not checked by polyfeed).",
        "KML longitudes are decimal degrees from -180 to 180. polyfeed validates RSS, Atom and \
         JSON Feed, not KML, so it never reports this code; it is in the table so that codes \
         from W3C reports can be looked up.";
    InvalidKmlMediaType: Warning,
        "A KML document is served with the wrong media type (W3C validator).",
        "KML is served as `application/vnd.google-earth.kml+xml` (KMZ as \
         `application/vnd.google-earth.kmz`). polyfeed validates RSS, Atom and JSON Feed, not \
         KML, so it never reports this code; it is in the table so that codes from W3C \
         reports can be looked up.";
    InvalidKmlUnits: Error,
        "A KML `units` value is not defined (W3C validator; KML is not checked by polyfeed).",
        "KML's `xunits` / `yunits` take `fraction`, `pixels` or `insetPixels`. polyfeed \
         validates RSS, Atom and JSON Feed, not KML, so it never reports this code; it is in \
         the table so that codes from W3C reports can be looked up.";
    InvalidLabel: Error,
        "A Google Base label value is malformed (W3C validator).",
        "The Google Base extension's `g:label` held a short free-form tag. Google Base was \
         retired and polyfeed does not check its elements, so it never reports this code; it \
         is in the table so that codes from W3C reports can be looked up.";
    InvalidLatitude: Error,
        "A latitude is not a number from -90 to 90.",
        "W3C Basic Geo's `geo:lat` (and `geo:Point`'s latitude) is a decimal number of degrees \
         (WGS84) from -90 to 90, south negative: `55.7558`. Values outside the range, with a \
         hemisphere letter or in degrees-minutes-seconds (`55°45'N`) cannot be mapped. \
         Convert to signed decimal degrees.";
    InvalidLink: Error,
        "The value is not a valid URI reference.",
        "Atom `icon` and `logo` (RFC 4287 §4.2.5, §4.2.8) and RSS 1.0 `rdf:about` / \
         `rdf:resource` take URI references (RFC 3986): relative ones are allowed, but not \
         spaces, unescaped `<`, `>` or `\"`, or malformed `%xx` escapes. Readers cannot \
         follow or compare a malformed one. Percent-encode the offending characters (a space \
         as `%20`).";
    InvalidListItemType: Error,
        "A KML `listItemType` is not defined (W3C validator; KML is not checked by polyfeed).",
        "KML's `listItemType` takes `check`, `checkOffOnly`, `checkHideChildren` or \
         `radioFolder`. polyfeed validates RSS, Atom and JSON Feed, not KML, so it never \
         reports this code; it is in the table so that codes from W3C reports can be looked \
         up.";
    InvalidLocalParameter: Error,
        "An OpenSearch URL template uses an unknown unprefixed parameter (W3C validator).",
        "In an OpenSearch 1.1 description, template parameters without a prefix must be the \
         standard ones (`{searchTerms}`, `{count}`, `{startIndex}`, `{startPage}`, \
         `{language}`, `{inputEncoding}`, `{outputEncoding}`); others need a namespace \
         prefix. polyfeed validates feeds, not OpenSearch descriptions, so it never reports \
         this code; it is in the table so that codes from W3C reports can be looked up.";
    InvalidLocalRole: Error,
        "An OpenSearch `Query` role is not a standard role (W3C validator).",
        "In an OpenSearch 1.1 description or response, an unprefixed `Query role` is one of \
         `request`, `example`, `related`, `correction`, `subset` or `superset`; other roles \
         need a namespace prefix. polyfeed validates feeds, not OpenSearch documents, so it \
         never reports this code; it is in the table so that codes from W3C reports can be \
         looked up.";
    InvalidLocation: Error,
        "A Google Base location value is malformed (W3C validator).",
        "The Google Base extension's `g:location` held an address or place. Google Base was \
         retired and polyfeed does not check its elements, so it never reports this code; it \
         is in the table so that codes from W3C reports can be looked up.";
    InvalidLongitude: Error,
        "A longitude is not a number from -180 to 180.",
        "W3C Basic Geo's `geo:long` is a decimal number of degrees (WGS84) from -180 to 180, \
         west negative: `37.6173`. Values outside the range, with a hemisphere letter or in \
         degrees-minutes-seconds cannot be mapped. Convert to signed decimal degrees.";
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

    /// The codes whose texts must be real (issue #7). Both halves of the table are being
    /// written in parallel; this covers the first half (names sorting before `InvalidM`) and
    /// is widened to every code once the second half is in.
    fn explanation_written(name: &str) -> bool {
        name < "InvalidM"
    }

    /// Why a code's summary or explanation is still a placeholder (empty when it is not).
    fn placeholder_problems(info: &CodeInfo) -> Vec<&'static str> {
        let mut problems = Vec::new();
        let (summary, explanation) = (info.summary, info.explanation);
        let stock = [
            "Named after the W3C Feed Validation Service message",
            "A confirmation that the value was checked and is good",
            "a kind of `",
        ];
        if stock.iter().any(|s| explanation.contains(s)) {
            problems.push("the explanation is the stock placeholder");
        }
        if explanation.chars().count() < 80 {
            problems.push("the explanation is shorter than 80 characters");
        }
        // Sentence ends: `.`, `!` or `?` (possibly inside a closing quote, backtick or
        // parenthesis) followed by a space or the end of the text.
        let bytes = explanation.as_bytes();
        let ends = (0..bytes.len())
            .filter(|&i| matches!(bytes[i], b'.' | b'!' | b'?'))
            .filter(|&i| {
                let rest = &bytes[i + 1..];
                let after = rest
                    .iter()
                    .position(|b| !matches!(b, b'"' | b'`' | b')'))
                    .map_or(rest.len(), |k| k);
                rest.get(after).is_none_or(|&b| b == b' ')
            })
            .count();
        if ends < 2 {
            problems.push("the explanation has fewer than two sentences");
        }
        // The old summaries were the name split into words ("Attr not blank.").
        let letters = |s: &str| -> String {
            s.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        if letters(summary) == letters(info.name) {
            problems.push("the summary is the code's name split into words");
        }
        if !summary.ends_with('.') || summary.contains('\n') {
            problems.push("the summary is not one line ending with a full stop");
        }
        problems
    }

    #[test]
    fn summaries_and_explanations_are_written() {
        let mut checked = 0;
        for &c in Code::ALL {
            if !explanation_written(c.name()) {
                continue;
            }
            let problems = placeholder_problems(c.info());
            assert!(problems.is_empty(), "{}: {}", c.name(), problems.join("; "));
            checked += 1;
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn placeholders_are_recognised() {
        let info = |summary, explanation| CodeInfo {
            name: "AttrNotBlank",
            severity: Severity::Warning,
            summary,
            explanation,
        };
        let stock = "Named after the W3C Feed Validation Service message of the same name, \
                     so reports can be cross-referenced.";
        assert_eq!(
            placeholder_problems(&info("Attr not blank.", stock)),
            [
                "the explanation is the stock placeholder",
                "the explanation has fewer than two sentences",
                "the summary is the code's name split into words",
            ]
        );
        assert_eq!(
            placeholder_problems(&info(
                "An attribute is present but empty.",
                "An empty attribute says nothing, and readers may misread it. Remove it."
            )),
            ["the explanation is shorter than 80 characters"]
        );
        assert_eq!(
            placeholder_problems(&info(
                "An attribute is present but empty.",
                "An empty `rel`, `type` or `title` attribute says nothing, yet readers may take \
                 it for a real value so give it one"
            )),
            ["the explanation has fewer than two sentences"]
        );
        assert!(
            placeholder_problems(&info(
                "An attribute is present but empty.",
                "An empty `rel` or `type` attribute says nothing, yet readers may take it for \
                 a real value. Give it a value (`rel=\"alternate\"`) or leave it out."
            ))
            .is_empty()
        );
    }
}
