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
        "A media type is not written as `type/subtype`.",
        "Media types (RFC 6838 §4.2) name a file's format, e.g. `image/jpeg` or `audio/mpeg`. \
         They appear in an item's `image.type`, in JSON Feed attachments' `mime_type`, on Atom \
         `link` and `content` (where `multipart/*` is not allowed, RFC 4287 §4.1.3.1) and in APP \
         `accept`. Readers decide by it whether they can show or play the file, and many skip \
         enclosures without a valid one. Write the registered type, not a file extension (`jpg`) \
         or a description.";
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
    // Summaries say what was found; explanations cite the rule, why it matters and the fix.
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
        "A `type` attribute does not hold a MIME type.",
        "Attributes such as `type` on RSS `enclosure`, Atom `link` or `media:content` name the \
         media type of what they point to, written `type/subtype` as RFC 2045 §5.1 and RFC 6838 \
         define it. Readers use it to decide whether they can play or show the file before \
         downloading it. Write the real type, e.g. `type=\"audio/mpeg\"`, not a file extension \
         (`mp3`) or a description.";
    InvalidMaritalStatus: Error,
        "A Google Base marital status value is not one of the allowed words.",
        "The W3C validator checked this in the retired Google Base vocabulary \
         (`g:marital_status`). polyfeed does not validate Google Base and never reports this \
         code; it is listed so that W3C reports can be looked up here.";
    InvalidMediaExpression: Error,
        "`media:content` has an `expression` other than sample, full or nonstop.",
        "Media RSS (media:content) defines `expression` as `sample` (a preview), `full` (the \
         whole work, the default) or `nonstop` (a live stream). Readers use it to label the file; \
         an unknown word leaves them guessing. Use one of the three values, e.g. \
         `expression=\"sample\"`, or drop the attribute for a full file.";
    InvalidMediaHash: Error,
        "A `media:hash` has an unknown algorithm or a value of the wrong shape.",
        "Media RSS (media:hash) allows the algorithms `md5` (the default) and `sha-1`, and the \
         value is the hex digest: 32 hexadecimal digits for MD5, 40 for SHA-1. A wrong digest \
         makes readers that verify downloads reject a good file. Write e.g. `<media:hash \
         algo=\"sha-1\">` followed by the 40-digit digest of the file.";
    InvalidMediaMedium: Error,
        "`media:content` has a `medium` that Media RSS does not define.",
        "Media RSS (media:content) allows `medium` to be `image`, `audio`, `video`, `document` or \
         `executable`. Readers pick a player or viewer by it, so an unknown value (`photo`, \
         `movie`) may hide the file. Use one of the five words, e.g. `medium=\"image\"`.";
    InvalidMediaRating: Error,
        "A `media:rating` value is not a rating of its scheme.",
        "Media RSS (media:rating) names the rating scheme in `scheme` (default `urn:simple`) and \
         the value must be one of that scheme's ratings: `adult` or `nonadult` for `urn:simple`, \
         `g`, `pg`, `pg-13`, `r`, `nc-17` for `urn:mpaa`, `tv-y`...`tv-ma` for `urn:v-chip`. \
         Parental filters in readers rely on it. Fix the value or the scheme, e.g. `<media:rating \
         scheme=\"urn:simple\">nonadult</media:rating>`.";
    InvalidMediaRestriction: Error,
        "A `media:restriction` without `type` holds something other than all or none.",
        "Media RSS (media:restriction) lists the countries or URIs a media object may (or may \
         not) be shown in; when the element carries no `type`, its only values are `all` and \
         `none`. Readers enforcing restrictions cannot read anything else. Add `type=\"country\"` \
         with ISO 3166 codes (`us ca`), or write `all` or `none`.";
    InvalidMediaRestrictionRel: Error,
        "A `media:restriction` has a `relationship` other than allow or deny.",
        "Media RSS (media:restriction) requires `relationship=\"allow\"` or \
         `relationship=\"deny\"`, saying whether the listed places are the only ones allowed or \
         the ones excluded. Any other word makes the restriction meaningless. Use one of the two, \
         e.g. `<media:restriction relationship=\"allow\" type=\"country\">us \
         ca</media:restriction>`.";
    InvalidMediaRestrictionType: Error,
        "A `media:restriction` has a `type` other than country or uri.",
        "Media RSS (media:restriction) defines `type=\"country\"` (ISO 3166 country codes \
         separated by spaces) and `type=\"uri\"` (URIs); the value is read according to it. Use \
         one of those, e.g. `type=\"country\"`, or drop `type` and write `all` or `none`.";
    InvalidMediaTextType: Error,
        "A `media:text` or `media:title` has a `type` other than plain or html.",
        "Media RSS defines the `type` of its text elements (`media:title`, `media:description`, \
         `media:text`) as `plain` (the default) or `html`. Readers escape or render the text \
         according to it, so other values such as `text/html` are not understood. Write \
         `type=\"html\"` or `type=\"plain\"`.";
    InvalidMetaContent: Error,
        "An `xhtml:meta` robots tag has a `content` that is not a robots directive.",
        "Some feeds carry `<xhtml:meta name=\"robots\" content=\"noindex\"/>` to ask search \
         engines and aggregators not to index them. The directives understood are `index`, \
         `noindex`, `follow`, `nofollow`, a pair of them (`noindex,follow`), `all` and `none`. \
         Anything else is ignored by robots, so the request has no effect: write e.g. \
         `content=\"noindex,nofollow\"`.";
    InvalidMetaName: Error,
        "An `xhtml:meta` element in a feed has a `name` other than robots.",
        "The only `xhtml:meta` that feeds use is the robots directive (`<xhtml:meta \
         name=\"robots\" content=\"noindex\"/>`); other meta names mean nothing to readers or \
         crawlers of feeds. Use `name=\"robots\"`, or remove the element.";
    InvalidNPTTime: Error,
        "A media time attribute is not a Normal Play Time value.",
        "Media RSS writes times (`start` and `end` of `media:text`, `time` of `media:thumbnail`) \
         in Normal Play Time, RFC 2326 §3.6: seconds (`12.5`), or `h:mm:ss` / `hh:mm:ss.fff` \
         (`0:01:30.5`), or `now`. Players seek to these positions; other shapes (`1m30s`) cannot \
         be read. Rewrite the value, e.g. `start=\"00:01:30\"`.";
    InvalidNSS: Error,
        "An `sx:sync` id or `sx:history` by has characters FeedSync does not allow.",
        "FeedSync (Simple Sharing Extensions) takes these values as the namespace-specific string \
         of a URN (RFC 2141 §2.2): letters, digits, a few punctuation characters, and `%` only as \
         a two-hex-digit escape. Other characters (spaces, a lone `%`) break synchronisation \
         between endpoints. Percent-encode them, e.g. `id=\"item%201\"` for `item 1`.";
    InvalidNamespace: Error,
        "An element of a core vocabulary is in the wrong namespace.",
        "The root element fixes the format: RSS 2.0's `rss` takes no namespace, Atom's elements \
         must be in `http://www.w3.org/2005/Atom` (RFC 4287 §1.2), RSS 1.1's in \
         `http://purl.org/net/rss1.1#`. With another namespace, readers do not see the elements \
         as that format at all. Declare the right namespace, e.g. `<feed \
         xmlns=\"http://www.w3.org/2005/Atom\">`, or none for `rss`.";
    InvalidNonNegativeInteger: Error,
        "The value must be a whole number of zero or more.",
        "Counts and sizes (for example `length` on an Atom `link` or RSS `enclosure`, \
         `slash:comments`, JSON Feed `size_in_bytes`) are integers from 0 up, written with ASCII \
         digits and no sign, unit or separator. Readers parse them as numbers and drop values \
         such as `-5`, `1.2 MB` or `12,000`. Write the plain number of bytes or items, e.g. \
         `length=\"12000\"`.";
    InvalidOPMLVersion: Error,
        "An OPML document's `version` is not 1.0 or 1.1.",
        "The W3C validator checks OPML subscription lists, whose root `opml` element has \
         `version=\"1.0\"` or `\"1.1\"` (OPML 2.0 was published later). polyfeed validates feeds, \
         not OPML, and never reports this code; it is listed so that W3C reports can be looked up \
         here.";
    InvalidOutlineType: Warning,
        "An OPML outline has a `type` that is not a known one.",
        "In OPML an `outline` element's `type` says how to read its other attributes (`rss`, \
         `link`, `include`). polyfeed does not validate OPML and never reports this code; it is \
         listed so that W3C reports can be looked up here. polyfeed's own OPML output uses \
         `type=\"rss\"`.";
    InvalidOutlineVersion: Warning,
        "An OPML `rss` outline has a `version` that is not RSS, RSS1, RSS2 or scriptingNews.",
        "OPML's subscription outlines may say which format the feed is in with `version`. \
         polyfeed does not validate OPML and never reports this code; it is listed so that W3C \
         reports can be looked up here.";
    InvalidPaymentMethod: Error,
        "A Google Base payment method value is not one of the allowed words.",
        "The W3C validator checked this in the retired Google Base vocabulary \
         (`g:payment_accepted`). polyfeed does not validate Google Base and never reports this \
         code; it is listed so that W3C reports can be looked up here.";
    InvalidPercentage: Error,
        "The value is not a percentage from 0 to 100.",
        "Percentages (the W3C validator checks Google Base's `g:tax_percent`) are a decimal \
         number between 0 and 100, without a `%` sign. polyfeed has the check but no element in \
         the vocabularies it validates uses it today. Write e.g. `8.5`, not `8.5%`.";
    InvalidPermalink: Error,
        "A guid that is a tag: or urn:uuid: id is marked as a permalink.",
        "In RSS 2.0 (`<guid>`), `isPermaLink` defaults to `true`, which tells readers the guid is \
         the item's URL. A `tag:` or `urn:uuid:` id is not something a browser can open, so \
         readers that link to it produce dead links. Mark it as an id only: `<guid \
         isPermaLink=\"false\">tag:example.org,2025:1</guid>`.";
    InvalidPositiveInteger: Error,
        "The value must be a whole number of one or more.",
        "Some values are counts that cannot be zero: `ttl` (minutes, RSS 2.0), \
         `sy:updateFrequency`, `width`, `height` and `fileSize` of `media:content`. They are \
         written with ASCII digits only, no sign, unit or decimal point. Readers ignore anything \
         else; write e.g. `<ttl>60</ttl>`.";
    InvalidPriceType: Error,
        "A Google Base price type value is not one of the allowed words.",
        "The W3C validator checked this in the retired Google Base vocabulary (`g:price_type`, \
         `negotiable` or `starting`). polyfeed does not validate Google Base and never reports \
         this code; it is listed so that W3C reports can be looked up here.";
    InvalidRDF: Error,
        "The RSS 1.0 document breaks an RDF/XML syntax rule.",
        "RSS 1.0 is RDF/XML (W3C RDF 1.1 XML Syntax §2): a property element holds either text or \
         one node element, never both (no mixed content), and `rdf:resource` belongs on property \
         elements, not on node elements such as `item`. RDF parsers reject such documents, and \
         other readers guess. Move stray text into its own property element, or use \
         `rdf:parseType=\"Literal\"` for markup.";
    InvalidRFC2822Date: Error,
        "The date is not an RFC 822 date-time.",
        "RSS 2.0 dates (`pubDate`, `lastBuildDate`) follow RFC 822 §5 as updated by RFC 2822 \
         §3.3: an optional weekday, day, English month abbreviation, year, `hh:mm[:ss]` and a \
         zone, e.g. `Tue, 31 Dec 2002 14:20:20 GMT` or `+0300`. Readers sort and date items with \
         it; ISO dates (`2002-12-31`), local month names or times such as `25:00` are not \
         understood. Generate the date with an RFC 2822 formatter in English.";
    InvalidRSSVersion: Error,
        "The `rss` element's `version` is not 0.91, 0.92 or 2.0.",
        "RSS 2.0 says the root is `<rss version=\"2.0\">`; 0.91 and 0.92 are its compatible \
         predecessors. Readers choose their parser by the version, and an unknown one (`2`, \
         `2.0.1`, `3.0`) may be refused. Write `version=\"2.0\"` (RSS 2.0.1 and later revisions \
         of the spec keep that value).";
    InvalidRatingType: Error,
        "A Google Base rating type value is not one of the allowed words.",
        "The W3C validator checked this in the retired Google Base vocabulary. polyfeed does not \
         validate Google Base and never reports this code; it is listed so that W3C reports can \
         be looked up here.";
    InvalidRefreshMode: Error,
        "A KML `refreshMode` is not onChange, onInterval or onExpire.",
        "The W3C validator also checks KML (Google Earth) documents. polyfeed validates feeds, \
         not KML, and never reports this code; it is listed so that W3C reports can be looked up \
         here.";
    InvalidReviewerType: Error,
        "A Google Base reviewer type value is not one of the allowed words.",
        "The W3C validator checked this in the retired Google Base vocabulary. polyfeed does not \
         validate Google Base and never reports this code; it is listed so that W3C reports can \
         be looked up here.";
    InvalidSalaryType: Error,
        "A Google Base salary type value is not one of the allowed words.",
        "The W3C validator checked this in the retired Google Base vocabulary (`g:salary_type`). \
         polyfeed does not validate Google Base and never reports this code; it is listed so that \
         W3C reports can be looked up here.";
    InvalidSchemaFieldType: Error,
        "A KML schema field has an unknown `type`.",
        "The W3C validator also checks KML (Google Earth) documents, where a `SimpleField` type \
         is `string`, `int`, `float`... polyfeed validates feeds, not KML, and never reports this \
         code; it is listed so that W3C reports can be looked up here.";
    InvalidServiceType: Error,
        "A Google Base service type value is not one of the allowed words.",
        "The W3C validator checked this in the retired Google Base vocabulary. polyfeed does not \
         validate Google Base and never reports this code; it is listed so that W3C reports can \
         be looked up here.";
    InvalidSseType: Error,
        "An `sx:related` has a `type` other than complete or aggregated.",
        "FeedSync (Simple Sharing Extensions) uses `sx:related` to point to other feeds of the \
         same data, with `type=\"complete\"` (the full set) or `type=\"aggregated\"` (a feed \
         combining several). Synchronising endpoints cannot follow other types. Use one of the \
         two values.";
    InvalidStyleState: Error,
        "A KML `StyleMap` key is not normal or highlight.",
        "The W3C validator also checks KML (Google Earth) documents. polyfeed validates feeds, \
         not KML, and never reports this code; it is listed so that W3C reports can be looked up \
         here.";
    InvalidSyndicationRight: Error,
        "A syndication right value is not one of the allowed words.",
        "The W3C validator checks a syndication-rights element of an old extension vocabulary. \
         polyfeed does not check that vocabulary and never reports this code; it is listed so \
         that W3C reports can be looked up here.";
    InvalidTAG: Error,
        "The value is a tag: URI that breaks RFC 4151.",
        "A tag URI (RFC 4151 §2.1) is `tag:` + an authority you own (a domain name in lower case \
         or an e-mail address) + `,` + a date when you owned it (`YYYY`, `YYYY-MM` or \
         `YYYY-MM-DD`) + `:` + your own specific part, e.g. `tag:example.org,2025:news/42`. \
         Readers compare ids as strings, so a malformed one still works locally but can collide \
         with another publisher's. Fix the authority or date part; polyfeed's own ids \
         (`site.toml` `tag_authority`) follow this form.";
    InvalidTextType: Error,
        "A text construct has a `type` other than text, html or xhtml.",
        "Atom text constructs (`title`, `subtitle`, `summary`, `rights`; RFC 4287 §3.1.1) take \
         `type=\"text\"` (the default), `\"html\"` or `\"xhtml\"`, not a MIME type such as \
         `text/html` (that form belongs to `content`, §4.1.3.1). Readers that meet an unknown \
         type may show escaped markup as text. Write `type=\"html\"`.";
    InvalidTrueFalse: Error,
        "The value must be `true` or `false`.",
        "Boolean values in several extensions (Media RSS `isDefault` and `media:adult`, FeedSync \
         `sx:sync` `deleted` and `noconflicts`) are the words `true` and `false`. Readers compare \
         them literally, so `yes`, `1` or `TRUE` (where lower case is required) may be read as \
         false. Write `true` or `false`.";
    InvalidURIAttribute: Error,
        "An attribute that takes a URI holds something that is not one.",
        "Attributes such as `src` of Atom `content` or `domain` of RSS `category` hold a URI \
         reference (RFC 3986 §4.1): no spaces, no characters outside the URI syntax unless \
         percent-encoded. Readers that follow or resolve the value fail on a malformed one. \
         Percent-encode the offending characters, e.g. `%20` for a space.";
    InvalidURLAttribute: Error,
        "An attribute that takes a web address holds something that is not a full URL.",
        "Attributes such as `url` of RSS `enclosure` and `href` of `itunes:image` must be \
         absolute `http` or `https` URLs (RSS 2.0, `<enclosure>`: \"url says where the enclosure \
         is located\"). Readers download from them directly and do not resolve relative paths. \
         Write the whole address, e.g. `url=\"https://example.org/audio/ep1.mp3\"`.";
    InvalidURN: Error,
        "The value starts with `urn:` but is not a valid URN.",
        "A URN (RFC 2141 §2, now RFC 8141 §2) is `urn:`, a namespace identifier of letters, \
         digits and hyphens, `:`, and a namespace-specific string without spaces or unescaped \
         reserved characters, e.g. `urn:isbn:0451450523`. Readers compare ids literally, but a \
         malformed one is a sign of a broken generator. Fix the value, or use a `tag:` URI for \
         ids you mint yourself.";
    InvalidUUID: Error,
        "The value starts with `urn:uuid:` but the UUID is malformed.",
        "A UUID URN (RFC 4122 §3, now RFC 9562 §4) is `urn:uuid:` followed by 32 hexadecimal \
         digits grouped 8-4-4-4-12 with hyphens, e.g. \
         `urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6`. A truncated or misgrouped value is \
         usually a generator bug and may collide. Generate the id with a UUID library.";
    InvalidUpdatePeriod: Error,
        "`sy:updatePeriod` is not hourly, daily, weekly, monthly or yearly.",
        "The RSS 1.0 Syndication module defines `sy:updatePeriod` as one of `hourly`, `daily`, \
         `weekly`, `monthly`, `yearly` (lower case). Readers combine it with `sy:updateFrequency` \
         to decide how often to poll; an unknown period is ignored. Write e.g. \
         `<sy:updatePeriod>hourly</sy:updatePeriod>`.";
    InvalidUriChar: Error,
        "A URI contains a character that URIs may not contain.",
        "RFC 3986 §2 allows only a limited set of ASCII characters in a URI; spaces, quotes, `<`, \
         `>`, `\\`, `^`, backticks, braces, `|` and control characters must be percent-encoded. \
         Readers and browsers handle raw ones inconsistently (some cut the link at a space). \
         Percent-encode the character shown in the finding, e.g. `%20` for a space, `%7C` for \
         `|`.";
    InvalidValue: Error,
        "A value is not one of those its element or attribute allows.",
        "This is the general class the W3C validator files its value errors under \
         (`InvalidYesNo`, `InvalidURN`... are kinds of it). polyfeed always reports the specific \
         code instead, so this one never appears in its reports; see the code of the finding with \
         `polyfeed explain`.";
    InvalidViewRefreshMode: Error,
        "A KML `viewRefreshMode` is not one of the allowed words.",
        "The W3C validator also checks KML (Google Earth) documents. polyfeed validates feeds, \
         not KML, and never reports this code; it is listed so that W3C reports can be looked up \
         here.";
    InvalidW3CDTFDate: Error,
        "The date is not in the W3C date and time format.",
        "Dublin Core dates (`dc:date`, `dcterms:modified`...) and some other extension dates use \
         W3CDTF, the W3C Note \"Date and Time Formats\" profile of ISO 8601: `YYYY`, `YYYY-MM`, \
         `YYYY-MM-DD`, or a date-time with `T`, minutes and a zone, e.g. \
         `2025-12-05T14:30:00+03:00` or `...Z`. RFC 822 dates (`Fri, 05 Dec 2025`) or a time \
         without a zone are not understood. Rewrite the value in that form.";
    InvalidWidth: Error,
        "An RSS image's `width` is not a number from 1 to 144.",
        "RSS 2.0 (`<image>` sub-element of `<channel>`) limits `width` to 144 pixels (default 88) \
         and `height` to 400 (default 31). Readers lay out the logo by these numbers; a larger \
         image is scaled or rejected. Give the real width of an image at most 144 pixels wide, or \
         leave `width` out.";
    InvalidYear: Error,
        "A Google Base year value is not a year.",
        "The W3C validator checked this in the retired Google Base vocabulary (`g:year`). \
         polyfeed does not validate Google Base and never reports this code; it is listed so that \
         W3C reports can be looked up here.";
    InvalidYesNo: Error,
        "The value must be `yes` or `no`.",
        "Some elements take exactly the lower-case words `yes` or `no`: `app:draft` and the \
         `fixed` attribute of `app:categories` (RFC 5023 §13.1.1 and §7.2.1), for example. \
         Clients compare them literally, so `true`, `Yes` or `1` are not understood. Write `yes` \
         or `no`.";
    InvalidYesNoClean: Error,
        "`itunes:explicit` is not one of the values Apple accepts.",
        "Apple's podcast specification now asks for `<itunes:explicit>true</itunes:explicit>` or \
         `false`; the older values `yes`, `no` and `clean` are still read. A podcast with another \
         value may be rejected by Apple Podcasts or shown as explicit. Write `true` or `false`.";
    InvalidZeroOne: Error,
        "A KML value must be 0 or 1.",
        "The W3C validator also checks KML (Google Earth) documents, whose flags such as \
         `visibility` are `0` or `1`. polyfeed validates feeds, not KML, and never reports this \
         code; it is listed so that W3C reports can be looked up here.";
    ItemMustContainTitleOrDescription: Error,
        "An RSS item has neither a `title` nor a `description`.",
        "RSS 2.0 (`<item>`): \"All elements of an item are optional, however at least one of \
         title or description must be present.\" An item with neither has nothing for a reader to \
         show. Add a `title` (best) or a `description`.";
    LinkPastEnd: Error,
        "A paged feed links past its own end.",
        "RFC 5005 §3 pages a long feed with `first`, `previous`, `next` and `last` links. The \
         first page (its self link equals `first`) cannot have a `previous` page, and the last \
         page cannot have a `next` one; readers following such a link loop or fetch nothing. Drop \
         the link on the first or last page.";
    MediaGroupWithoutAlternatives: Error,
        "A `media:group` holds fewer than two `media:content` elements.",
        "Media RSS (media:group) groups several `media:content` elements that are versions of the \
         same thing (sizes, formats, bit rates) so a reader can pick one. A group with one \
         version is not a group and some readers then skip it. Put a single `media:content` \
         directly in the item, or add the alternatives.";
    MediaRssNamespace: Error,
        "The Media RSS namespace is declared without its trailing slash.",
        "The Media RSS namespace is exactly `http://search.yahoo.com/mrss/`. Namespace names are \
         compared character by character (Namespaces in XML 1.0 §2.3), so \
         `http://search.yahoo.com/mrss` is another, unknown namespace, and readers do not see any \
         `media:` element. Declare `xmlns:media=\"http://search.yahoo.com/mrss/\"`.";
    MisplacedItem: Warning,
        "Channel metadata comes after the channel's first item.",
        "The RSS Best Practices Profile (\"item\") recommends that all `item` elements come after \
         the channel's other elements. Streaming readers may stop reading channel data at the \
         first item and miss a `title` or `image` placed after it. Move the items to the end of \
         the `channel`.";
    MisplacedMetadata: Error,
        "An Atom feed element appears after the first entry.",
        "The schema of RFC 4287 (§4.1.1, Appendix B) puts the feed's metadata (`title`, \
         `updated`, `link`...) before its entries, and the W3C validator treats a feed element \
         after an `entry` as an error. Readers that stream the document may not see it. Move the \
         element above the first `entry`.";
    MisplacedXHTMLContent: Warning,
        "An XHTML element appears where no XHTML is expected.",
        "XHTML elements belong inside an Atom `xhtml:div` (`type=\"xhtml\"` text or content, RFC \
         4287 §3.1.1.3), not directly in the feed or an item. Readers ignore them elsewhere, so \
         what they hold is lost. Put the markup in a `type=\"xhtml\"` construct, or escape it in \
         `description`.";
    MissingAtomSelfLink: Warning,
        "An RSS channel has no `atom:link rel=\"self\"`.",
        "The RSS Best Practices Profile recommends that a channel name its own URL with \
         `<atom:link rel=\"self\" href=\"https://example.org/feed.xml\" \
         type=\"application/rss+xml\"/>` (namespace `http://www.w3.org/2005/Atom`). Readers and \
         WebSub hubs use it to find the canonical address of a feed that was reached by another \
         URL. Add the link; polyfeed's own feeds carry it.";
    MissingAttribute: Error,
        "An element lacks an attribute it requires.",
        "Some elements carry their data only in attributes, for example `href` of `itunes:image` \
         and `app:collection`, `domain`, `port`, `path`, `registerProcedure` and `protocol` of \
         RSS `cloud`, `rdf:about` of RSS 1.0 items, `name` and `content` of `xhtml:meta`. Without \
         it the element means nothing to readers. Add the attribute named in the finding.";
    MissingByAndWhenAttrs: Error,
        "An `sx:history` has neither `by` nor `when`.",
        "FeedSync (Simple Sharing Extensions) records each change of an item in `sx:history`, \
         identified by who made it (`by`) and when (`when`); at least one must be present for \
         endpoints to resolve conflicts. Add both, e.g. `<sx:history sequence=\"2\" \
         when=\"2025-12-05T11:30:00Z\" by=\"editor1\"/>`.";
    MissingContentOrAlternate: Error,
        "An Atom entry has neither `content` nor an alternate link.",
        "RFC 4287 §4.1.2: an entry without `atom:content` must contain at least one `atom:link` \
         with `rel=\"alternate\"`. Otherwise a reader has neither the text nor a page to open. \
         Add `<link rel=\"alternate\" href=\"https://example.org/post\"/>` or the content.";
    MissingCurrentInArchive: Warning,
        "An archived feed document does not link to the current feed.",
        "RFC 5005 §4 (archived feeds) says an archive document should contain a `link \
         rel=\"current\"` pointing to the live feed, so readers who arrive at an archive page can \
         find the subscription address. Add `<link rel=\"current\" \
         href=\"https://example.org/feed.xml\"/>`.";
    MissingDCLanguage: Info,
        "The feed or text does not say which language it is in.",
        "An RSS 2.0 channel states its language with `language` (or `dc:language`), e.g. \
         `<language>en-us</language>`; Atom text inside RSS gets it from `xml:lang`. Readers use \
         it for hyphenation, fonts, text direction, speech and search. Add the element with a BCP \
         47 tag; polyfeed's own feeds always carry it.";
    MissingDescription: Error,
        "An RSS `channel` or `textInput` has no `description`.",
        "RSS 2.0 lists `description` (\"phrase or sentence describing the channel\") among the \
         three required channel elements, and requires it in `textInput` too. Readers show it in \
         subscription lists and some refuse a channel without it. Add a short `<description>`.";
    MissingElement: Error,
        "A required child element is missing.",
        "The format requires this element here: for example `items` (and `title`) in a JSON Feed, \
         `geo:lat` and `geo:long` in `geo:Point`, `itunes:email` in `itunes:owner`, `name` in RSS \
         `textInput`, `sx:history` in `sx:sync`, `app:workspace` in a service document. Readers \
         cannot use the parent without it. Add the element named in the finding.";
    MissingEncoding: Info,
        "The document does not declare its character encoding.",
        "The W3C validator notes documents without an encoding declaration. XML 1.0 §4.3.3 makes \
         such documents UTF-8 (or UTF-16 with a byte order mark), which is what feeds should be, \
         so polyfeed does not report this code; a wrong encoding shows up as `UnicodeError` or \
         `MislabeledEncoding` instead.";
    MissingGuid: Warning,
        "An RSS 2.0 item has no `guid`.",
        "RSS 2.0 makes `guid` optional, but readers use it to recognise an item they have already \
         shown; without one they compare titles or links and show edited items again as new. The \
         RSS Best Practices Profile recommends a guid for every item. Add `<guid \
         isPermaLink=\"false\">a-stable-id</guid>` (or the item's permanent URL).";
    MissingHref: Error,
        "An Atom `link` has no `href`.",
        "RFC 4287 §4.2.7.1: \"atom:link elements MUST have an href attribute\", the IRI the link \
         points to. A link without it points nowhere and readers drop it. Add the address, e.g. \
         `<link rel=\"alternate\" href=\"https://example.org/post\"/>`.";
    MissingId: Warning,
        "A KML feature has no `id`.",
        "The W3C validator also checks KML (Google Earth) documents, where features should carry \
         an `id` to be linked to. polyfeed validates feeds, not KML, and never reports this code; \
         it is listed so that W3C reports can be looked up here.";
    MissingItunesElement: Warning,
        "A podcast channel lacks an element Apple Podcasts expects.",
        "Apple's podcast RSS requirements ask every show for `itunes:category`, `itunes:explicit` \
         and a language (`language`). Apple Podcasts may reject or hide a show without them, and \
         other podcast apps use them for directories. Add the element named in the finding, e.g. \
         `<itunes:explicit>false</itunes:explicit>`.";
    MissingItunesEmail: Warning,
        "A podcast channel has no `itunes:owner` with an e-mail address.",
        "Apple Podcasts uses `<itunes:owner><itunes:email>...</itunes:email></itunes:owner>` to \
         verify who owns a show and to contact them; it is not shown publicly. Without it \
         ownership cannot be confirmed. Add the owner with a working address.";
    MissingLink: Error,
        "An RSS `channel`, `image` or `textInput` has no `link`.",
        "RSS 2.0 requires `link` in a channel (the URL of the website), in `image` (where a click \
         on the logo goes) and in `textInput` (the script that processes the input). Readers link \
         the feed's title and logo to it. Add e.g. `<link>https://example.org/</link>`.";
    MissingNamespace: Error,
        "An element or attribute uses a prefix, or sits in a place, without the namespace it needs.",
        "Namespaces in XML 1.0 (constraint \"Prefix Declared\") requires every prefix to be \
         declared with `xmlns:prefix=\"...\"`; and Atom's elements must be in the Atom namespace, \
         XHTML content in the XHTML namespace. Without the declaration, namespace-aware readers \
         reject the document or ignore the element. Declare it on the root, e.g. \
         `xmlns:dc=\"http://purl.org/dc/elements/1.1/\"`.";
    MissingOutlineType: Warning,
        "An OPML outline with more than text has no `type`.",
        "In OPML an `outline` with attributes besides `text` should say how to read them with \
         `type`. polyfeed does not validate OPML and never reports this code; it is listed so \
         that W3C reports can be looked up here.";
    MissingRealName: Warning,
        "An e-mail address in RSS has no person's name with it.",
        "RSS 2.0's `author`, `managingEditor` and `webMaster` hold an e-mail address; the RSS \
         Best Practices Profile recommends adding the name in parentheses, as in its examples: \
         `jane@example.org (Jane Doe)`. Readers display that name as the byline; a bare address \
         shows an e-mail instead. Add the name.";
    MissingRecommendedAttribute: Warning,
        "An element lacks an attribute its specification recommends.",
        "The attribute is not strictly required but readers work better with it; for example \
         FeedSync asks `sx:history` for both `when` and `by`, so that changes can be ordered and \
         attributed. Add the attribute named in the finding.";
    MissingRecommendedElement: Info,
        "A JSON Feed lacks a member its specification recommends.",
        "JSON Feed 1.1 says `home_page_url` and `feed_url` are strongly recommended for a feed on \
         the web, and items should have a `url`. Readers link the feed and its items to them and \
         use `feed_url` to notice a moved feed. Add the member, e.g. `\"feed_url\": \
         \"https://example.org/feed.json\"`.";
    MissingSelf: Warning,
        "An Atom feed has no `link rel=\"self\"`.",
        "RFC 4287 §4.1.1 says a feed SHOULD contain a `link` with `rel=\"self\"` naming the \
         feed's own URL. Readers and WebSub hubs use it to find the feed's canonical address, for \
         example when the feed was reached through a redirect or a copy. Add `<link rel=\"self\" \
         href=\"https://example.org/feed.atom\"/>`.";
    MissingSourceElement: Warning,
        "An Atom `source` lacks an element of the feed it was copied from.",
        "An entry copied from another feed keeps that feed's metadata in `atom:source` (RFC 4287 \
         §4.2.11): its `id`, `title` and `updated` should be there so readers can credit and find \
         the original. Copy the missing element from the original feed.";
    MissingSummary: Error,
        "An Atom entry needs a `summary` because its content is not readable text.",
        "RFC 4287 §4.1.2: an entry must have a `summary` when its `content` has a `src` attribute \
         (the content is elsewhere) or is Base64-encoded (not XML or text). Readers show the \
         summary when they cannot show the content. Add `<summary>One or two \
         sentences.</summary>`.";
    MissingTextualContent: Warning,
        "An Atom entry has neither `content` nor `summary`.",
        "RFC 4287 allows an entry with only a title and a link, but §4.1.1.1 (\"Providing Textual \
         Content\") recommends text, and readers otherwise have nothing to show in the entry's \
         body and many display an empty item. Add a `summary` or the full `content`.";
    MissingTitle: Error,
        "An RSS `channel`, `image` or `textInput` has no `title`.",
        "RSS 2.0 requires `title` in a channel (\"the name of the channel\"), in `image` (its alt \
         text, usually the channel's title) and in `textInput` (the label of the submit button). \
         Readers show the channel under this name. Add `<title>...</title>`.";
    MissingTitleAttr: Warning,
        "An OPML outline has no `title`.",
        "In OPML subscription lists an `rss` outline should carry `title` as well as `text`. \
         polyfeed does not validate OPML and never reports this code; it is listed so that W3C \
         reports can be looked up here.";
    MissingTypeAttr: Warning,
        "An Atom `content` with `src` does not say its `type`.",
        "RFC 4287 §4.1.3.2: when `content` points to its data with `src`, the `type` attribute \
         SHOULD be given, so that readers know what they would fetch. Add the media type, e.g. \
         `<content src=\"https://example.org/talk.mp3\" type=\"audio/mpeg\"/>`.";
    MissingUrlAttr: Warning,
        "An OPML `link` outline has no `url`.",
        "In OPML an outline of type `link` points to a web page with `url`. polyfeed does not \
         validate OPML and never reports this code; it is listed so that W3C reports can be \
         looked up here.";
    MissingXhtmlDiv: Error,
        "XHTML content is not wrapped in a single `xhtml:div`.",
        "RFC 4287 §3.1.1.3: the content of a `type=\"xhtml\"` text construct (and of xhtml \
         `content`) is one XHTML `div` element, in the namespace `http://www.w3.org/1999/xhtml`, \
         which is not part of the text. Readers strip that div; without it they may drop or \
         mangle the first element. Wrap the markup: `<summary type=\"xhtml\"><div \
         xmlns=\"http://www.w3.org/1999/xhtml\">...</div></summary>`.";
    MissingXmlURL: Warning,
        "An OPML `rss` outline has no `xmlUrl`.",
        "In OPML subscription lists an outline of type `rss` names the feed's address with \
         `xmlUrl`. polyfeed does not validate OPML and never reports this code; it is listed so \
         that W3C reports can be looked up here.";
    NeedDescriptionBeforeContent: Warning,
        "An RSS item has `content:encoded` without a `description` before it.",
        "The RSS Best Practices Profile (content:encoded) recommends that an item with the full \
         text in `content:encoded` also carries a summary in `description`, placed before it. \
         Readers that do not know the content module show only `description`, and those that \
         stream take the first one they meet. Add a `description` above `content:encoded`.";
    NoBlink: Error,
        "A `blink` element appears in RSS, which has none.",
        "RSS 2.0 has no `blink` element; the idea of a channel's \"blink\" (a recommended site) \
         lives in the blogChannel module as `blogChannel:blink` (namespace \
         `http://backend.userland.com/blogChannelModule`). Readers ignore the bare element. Use \
         the namespaced one, or remove it.";
    NoThrWhen: Error,
        "An Atom link uses `thr:when`, which the threading extension does not define.",
        "`thr:when` appeared in drafts of the Atom threading extension; the published RFC 4685 \
         (§4) uses `thr:updated` on `link rel=\"replies\"` for the time the replies last changed. \
         Readers know only the published name. Rename the attribute, e.g. \
         `thr:updated=\"2025-12-05T11:30:00Z\"`.";
    NonCanonicalURI: Warning,
        "An Atom id is not written in its normalised form.",
        "RFC 4287 §4.2.6.1 says ids are compared character by character, and asks publishers to \
         normalise them when minting: lower-case scheme and host, no default port, no needless \
         percent-escapes, upper-case hex in escapes. Otherwise two ids that look equal to a \
         person are different to readers, and items may show twice. Use the canonical form given \
         in the finding, e.g. `http://example.org/a` rather than `HTTP://Example.org:80/a`; never \
         change an id once published.";
    NonSpecificMediaType: Warning,
        "The feed is served with a generic XML media type and does not look like a feed early on.",
        "`application/xml` and `text/xml` say only \"XML\"; readers then sniff the first bytes \
         for `<rss`, `<feed` or `<rdf:RDF`. When none of those is in the first 512 bytes \
         (a long comment or stylesheet first), the document may not be recognised as a feed. \
         Serve it as `application/rss+xml` or `application/atom+xml`, or move the root \
         element up.";
    NonstdEncoding: Info,
        "The document uses an encoding other than UTF-8 or UTF-16.",
        "XML 1.0 §4.3.3 requires every processor to read UTF-8 and UTF-16 and leaves the others \
         optional. A well-known encoding such as ISO-8859-1 or windows-1251 works in most \
         readers, but not all, and text copied out of the feed is easily mis-decoded. Convert the \
         feed to UTF-8 and declare `<?xml version=\"1.0\" encoding=\"utf-8\"?>`.";
    NonstdPrefix: Info,
        "A known namespace is bound to an unusual prefix.",
        "Prefixes are only local names for namespaces (Namespaces in XML 1.0 §3), so this is \
         valid; but some readers match the conventional prefix (`dc:`, `content:`, `media:`, \
         `itunes:`) instead of the namespace, and miss the elements. Use the prefix given in the \
         finding, e.g. `xmlns:dc=\"http://purl.org/dc/elements/1.1/\"`.";
    NotBase64: Error,
        "Atom content that must be Base64-encoded is not valid Base64.",
        "RFC 4287 §4.1.3.3: inline content whose `type` is neither text nor XML (an image, a PDF) \
         is Base64-encoded (RFC 4648 §4). Readers decode it; stray characters or a wrong length \
         make the result garbage. Encode the bytes with a Base64 library, or link the file with \
         `src` instead.";
    NotEnoughHoursInTheDay: Error,
        "`skipHours` lists more than 24 hours.",
        "RSS 2.0 (skipHours) lists up to 24 `hour` elements, one per hour of the day from 0 to \
         23, during which readers need not poll. More than 24 means hours are repeated or out of \
         range. List each hour once.";
    NotEscaped: Error,
        "Atom 0.3 content marked `mode=\"escaped\"` holds unescaped markup.",
        "In Atom 0.3, `mode=\"escaped\"` says the markup in the element is escaped (`&lt;p&gt;`), \
         so it arrives as text; here child elements were found instead, and readers lose them. \
         Escape the markup, or better, move to Atom 1.0, where `type=\"html\"` plays this role \
         (RFC 4287 §3.1.1.2).";
    NotHtml: Warning,
        "Text declared as HTML is not valid HTML, or XHTML content has elements of other vocabularies.",
        "An HTML or XHTML text construct or description must hold markup readers can render: \
         elements that exist in HTML, properly nested, and inside an `xhtml:div` only elements in \
         the XHTML namespace (RFC 4287 §3.1.1.3). Readers drop or mangle what they do not \
         recognise. Fix the markup named in the finding, or declare the text as plain.";
    NotInANamespace: Error,
        "An element inside an extension element has no namespace.",
        "Extension elements and everything in them are namespaced (RSS 2.0: elements \"not \
         described on this page\" must be \"defined in a namespace\"; RFC 4287 §6.4). A child \
         without a namespace, often because the default namespace was reset with `xmlns=\"\"`, \
         belongs to no vocabulary. Give it the extension's prefix.";
    NotInline: Warning,
        "XHTML content appears to hold escaped HTML.",
        "A `type=\"xhtml\"` construct holds real XHTML elements (RFC 4287 §3.1.1.3); escaped \
         markup such as `&lt;p&gt;` inside it is shown literally as `<p>`. Either write the \
         elements unescaped inside the `xhtml:div`, or use `type=\"html\"` with escaped markup.";
    NotSufficientlyUnique: Warning,
        "An RSS guid is a short number, unlikely to be unique.",
        "RSS 2.0 (guid) wants a string that uniquely identifies the item. A short number such as \
         `42` (here: only digits, fewer than nine) is unique in your database but not across the \
         feeds a reader follows, so items of different feeds may be merged. Prefix it: `<guid \
         isPermaLink=\"false\">example.org-42</guid>`, or use the item's URL or a tag: URI.";
    NotURLEncoded: Error,
        "A value that must be URL-encoded is not.",
        "The W3C validator checks that some values (in OpenSearch descriptions, for example) are \
         percent-encoded. polyfeed has no element that needs this check and never reports this \
         code; for URLs in feeds see `InvalidUriChar`.";
    NotUTF8: Warning,
        "A podcast feed with iTunes elements is not encoded in UTF-8.",
        "Apple's podcast RSS requirements accept only UTF-8 feeds; a show in another encoding may \
         be rejected or show garbled text in Apple Podcasts. Convert the feed to UTF-8 and \
         declare `<?xml version=\"1.0\" encoding=\"utf-8\"?>`.";
    ObscureEncoding: Warning,
        "The document declares an uncommon character encoding.",
        "XML 1.0 §4.3.3 only requires processors to read UTF-8 and UTF-16. Rare encodings (say \
         `IBM866` or `x-mac-cyrillic`) are not supported by many readers, which then show garbage \
         or refuse the feed. Convert the feed to UTF-8 and declare `encoding=\"utf-8\"`.";
    ObsoleteItunesCategory: Warning,
        "An `itunes:category` is one Apple has retired.",
        "Apple's list of podcast categories changes over time; an old category (for example one \
         renamed in the 2019 revision) no longer places the show in Apple Podcasts' directory. \
         Pick the current category nearest in meaning from Apple's list, with its exact spelling, \
         e.g. `<itunes:category text=\"News\"/>`.";
    ObsoleteNamespace: Error,
        "The document uses an obsolete namespace, usually Atom 0.3's.",
        "Atom 0.3 (`http://purl.org/atom/ns#`) was a draft replaced in 2005 by Atom 1.0, RFC \
         4287, with the namespace `http://www.w3.org/2005/Atom`. Many current readers no longer \
         read 0.3. Move the feed to Atom 1.0 (element names changed too: `modified` became \
         `updated`, `issued` became `published`).";
    ObsoleteVersion: Warning,
        "The feed is in an obsolete version of its format.",
        "The W3C validator reports feeds in superseded versions. polyfeed reports the concrete \
         problem instead (`ObsoleteNamespace` for Atom 0.3, `InvalidRSSVersion` for an unknown \
         RSS version) and never emits this code; it is listed so that W3C reports can be looked \
         up here.";
    ObsoleteWikiNamespace: Warning,
        "The feed uses the old usemod wiki namespace.",
        "The wiki module's namespace moved from `http://www.usemod.com/cgi-bin/mb.pl?ModWiki` to \
         `http://purl.org/rss/1.0/modules/wiki/`. Readers that know the module look for the new \
         one. Change the declaration to `xmlns:wiki=\"http://purl.org/rss/1.0/modules/wiki/\"`.";
    OptionalValueMissing: Pass,
        "An optional value was absent, which is fine.",
        "The W3C validator confirms that an optional value was left out with this code; polyfeed \
         does not emit it (it reports the more specific passes). It is listed so that W3C reports \
         can be looked up here.";
    ProblematicalRFC822Date: Warning,
        "The RSS date is legal RFC 822 but in a form readers often misread.",
        "RFC 822 §5 allows two-digit years, comments, military one-letter zones and named zones \
         other than `GMT`; RFC 2822 §4.3 marks them obsolete, and RSS 2.0 asks for four-digit \
         years. Many readers get such dates wrong. Use the plain form `Tue, 31 Dec 2002 14:20:20 \
         GMT` or a numeric zone (`+0300`).";
    QuestionableUsage: Warning,
        "An element is accepted here, but its use in this place is not documented.",
        "The element is understood (an Atom element written without prefix inside another \
         vocabulary, for example) but no specification documents it in this place, so readers may \
         not look for it there. Move it to where its specification puts it, or write it in its \
         own namespace (`atom:link`).";
    RSS20Profile: Warning,
        "A recommendation of the RSS Best Practices Profile is not followed.",
        "This is the general class the W3C validator files its RSS Best Practices Profile \
         warnings under (`MisplacedItem`, `SlashDate`, `UseZeroForMidnight`... are kinds of it). \
         polyfeed reports those specific codes instead and never emits this one; see `polyfeed \
         explain` for the code in the finding.";
    RelativeSelf: Warning,
        "The feed's self link is a relative URL.",
        "The self link (`link rel=\"self\"`, RFC 4287 §4.2.7.2; `atom:link` in RSS) exists to \
         tell readers and hubs the feed's own address. A relative `href` is resolved against \
         wherever the copy was found, which defeats that purpose. Write the absolute URL, e.g. \
         `href=\"https://example.org/feed.atom\"`.";
    ReservedPrefix: Warning,
        "A conventional prefix is bound to an unexpected namespace.",
        "Prefixes such as `dc`, `content`, `media` or `itunes` are, by convention, bound to one \
         namespace each. Binding one to another namespace is valid XML (Namespaces in XML 1.0 \
         §3), but readers that match on the prefix misread the elements. Use the prefix for the \
         namespace it usually names, and another prefix for yours.";
    SAXError: Error,
        "The document is not well-formed XML.",
        "XML 1.0 §2.1 requires a well-formed document, and a parser must stop at the first \
         violation (§1.2, \"fatal error\"): a missing end tag, an unescaped `&` or `<` in text, \
         mismatched quotes, a forbidden control character. Readers refuse the whole feed, so \
         nothing after this point is checked. Fix the error at the line shown; generate feeds \
         with an XML library rather than string concatenation.";
    SameDocumentReference: Warning,
        "A link points to the document itself.",
        "The W3C validator notes links that are only a fragment (`#top`) or empty, which point \
         into the feed itself rather than to a page. polyfeed never reports this code; relative \
         links are reported as `ContainsRelRef` and checked with `--base-url`.";
    SchemeNotIANARegistered: Warning,
        "A URI uses a scheme that is not registered with IANA.",
        "URI schemes (`https`, `mailto`, `tag`, `urn`) are registered with IANA (RFC 7595). An \
         unregistered one, often a typo (`htps:`) or an application's private scheme, cannot be \
         opened by most readers. Use a registered scheme, normally `https:`.";
    SecurityRisk: Warning,
        "HTML in the feed contains an element that can run code or change the reader's page.",
        "Readers show feed HTML inside their own pages and remove `script`, `iframe`, `object`, \
         `embed`, `form`, `meta`, `style` and similar elements (and unsafe SVG or MathML), as \
         HTML sanitisers do. What they remove is lost, and some readers distrust the whole feed. \
         Remove the element, or link to the page that needs it.";
    SecurityRiskAttr: Warning,
        "HTML in the feed contains an attribute that can run code.",
        "Event handlers (`onclick`, `onload`...) and other scriptable attributes are stripped by \
         readers' HTML sanitisers, as are unsafe SVG or MathML attributes. Content that depends \
         on them breaks. Remove the attribute; do behaviour on the linked page instead.";
    SelfDoesntMatchLocation: Warning,
        "The feed's self link is not the address it was fetched from.",
        "The self link (RFC 4287 §4.2.7.2; `feed_url` in JSON Feed 1.1) should be the URL where \
         the feed lives. When it differs, readers may switch to the address in the link, which is \
         wrong if the link is stale or copied from another feed. Make the self link the feed's \
         real URL (check `base_url` in `site.toml` for polyfeed's feeds); with a local file, pass \
         `--base-url`.";
    SelfNotAtom: Warning,
        "The self link's `type` is not the feed's own media type.",
        "A `link rel=\"self\"` points to this very document, so its `type` (when given) should be \
         the feed's media type: `application/atom+xml` in Atom, `application/rss+xml` in RSS. A \
         self link that says `text/html` points readers at a page, not the feed. Fix the `type`, \
         or drop it.";
    ShouldIncludeExample: Warning,
        "An OpenSearch description has no example query.",
        "The W3C validator checks OpenSearch description documents, which should carry a `Query \
         role=\"example\"`. polyfeed validates feeds, not OpenSearch descriptions, and never \
         reports this code; it is listed so that W3C reports can be looked up here.";
    SinceAfterUntil: Error,
        "An `sx:sharing` has `since` after `until`.",
        "FeedSync (Simple Sharing Extensions) describes the window of changes a feed carries with \
         `since` and `until` on `sx:sharing`; a window that ends before it starts is empty, and \
         synchronising endpoints may skip changes. Swap or correct the two values.";
    SlashDate: Warning,
        "An item has `slash:comments` but the channel has no `lastBuildDate`.",
        "`slash:comments` carries a comment count that changes without the item changing. Readers \
         notice such changes through the channel's `lastBuildDate`; without it an updated count \
         goes unseen. Add `<lastBuildDate>` to the channel and update it when the counts change.";
    TempRedirect: Info,
        "The feed's URL redirects temporarily (302, 303 or 307).",
        "The chain of redirects is in the message. A temporary redirect is fine (readers keep \
         polling the original URL), but every poll costs an extra round trip.";
    TextXml: Info,
        "The feed is served as `text/xml` without a charset.",
        "RFC 3023 (1998-2014) said that `text/xml` without a charset parameter means \
         US-ASCII, whatever the document declares, and some older readers still decode such \
         feeds as US-ASCII, mangling every non-ASCII character. RFC 7303, which replaced it, \
         makes `text/xml` an alias of `application/xml`: without a charset the document's own \
         byte order mark and declaration decide, and that is how polyfeed reads it. Add \
         `; charset=utf-8` (or the document's encoding) to the `Content-Type`, or serve the \
         feed as `application/rss+xml` / `application/atom+xml`.";
    TooLong: Error,
        "A value is longer than its element allows.",
        "Some elements have a length limit: Apple's podcast specification allows 255 characters \
         for `itunes:subtitle`, `itunes:author` and `itunes:name`, and 4,000 for \
         `itunes:summary`. Directories cut or reject longer values. Shorten the text (the finding \
         gives its length and the limit).";
    TooMany: Error,
        "An element repeats more times than allowed.",
        "The W3C validator reports a parent with more than ten children of one kind (such as \
         keywords). polyfeed reports repeated elements as `DuplicateElement` and never emits this \
         code; it is listed so that W3C reports can be looked up here.";
    Uncompressed: Info,
        "The server sent a large feed without compression.",
        "The response had no `Content-Encoding` although polyfeed offered gzip, deflate and \
         brotli, and the body is 16 KiB or more. Feeds are polled again and again; text \
         compresses to a fifth or less. Turn on gzip (or brotli) for the feed's media type.";
    UndeclaredPrefix: Error,
        "A prefix is used without a namespace declaration.",
        "polyfeed reports an undeclared prefix as `MissingNamespace` (or, where the parser must \
         stop, `SAXError`) and never emits this W3C code; it is listed so that W3C reports can be \
         looked up here. The fix is the same: declare the prefix, e.g. \
         `xmlns:media=\"http://search.yahoo.com/mrss/\"`.";
    UndefinedElement: Error,
        "An element is not allowed where it appears.",
        "Each format lists the elements a parent may hold: RSS 2.0's channel and item elements, \
         RFC 4287's Atom elements, the RSS 1.0 core. An unknown element without a namespace (RSS \
         2.0: extensions must be \"defined in a namespace\"), a known one in the wrong place, \
         markup inside text declared as plain, or a root element that is no feed is ignored by \
         readers, and its content lost. Check the spelling, move it where it belongs, or put your \
         own data in your own namespace.";
    UndefinedNamedEntity: Error,
        "The document uses a named entity that XML does not define.",
        "XML 1.0 §4.6 predefines only `&lt;`, `&gt;`, `&amp;`, `&apos;` and `&quot;`; others such \
         as `&nbsp;` or `&eacute;` come from HTML and break the document (WFC: Entity Declared, \
         §4.1), unless the RSS 0.91 DOCTYPE declares them. Write the character itself (UTF-8) or \
         a numeric reference: `&#160;` for `&nbsp;`.";
    UndefinedParam: Warning,
        "An APP media range has a parameter that is not allowed.",
        "RFC 5023 §8.3.4 lists in `app:accept` the media ranges a collection accepts, as in HTTP \
         `Accept` but without quality values: a `q` parameter has no meaning there. Remove it, \
         e.g. `<app:accept>image/png</app:accept>`.";
    UndeterminableVocabulary: Warning,
        "An element has no namespace in a format where everything has one.",
        "In RSS 1.0 (RDF) and Atom every element is in a namespace; an element without one \
         belongs to no known vocabulary, usually because a default `xmlns` is missing or was \
         reset. Readers ignore it. Declare the format's namespace on the root (RSS 1.0: \
         `xmlns=\"http://purl.org/rss/1.0/\"`) or give the element a prefix.";
    UnexpectedAttribute: Error,
        "An element has an attribute it does not take.",
        "The attribute is not defined for this element in its vocabulary, for example `thr:count` \
         on an Atom link that is not `rel=\"replies\"` (RFC 4685 §4), or an RSS 1.1 attribute out \
         of place. Readers ignore it, so what it says is lost. Remove it, or move it to the \
         element it belongs to.";
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
         gets the validator's own errors.";
    UnexpectedText: Error,
        "Text appears where only child elements (or nothing) are allowed.",
        "Container elements such as `channel`, `item`, `entry` or `author` hold elements, not \
         text; Atom `content` with `src` must be empty (RFC 4287 §4.1.3.2). Stray text there is \
         ignored by readers and is usually a sign of broken markup, such as an element whose \
         start tag got lost. Remove the text or wrap it in the right element.";
    UnexpectedWhitespace: Error,
        "A value that allows no surrounding whitespace has some.",
        "Identifiers and dates such as Atom `id` (RFC 4287 §4.2.6) and `updated`/`published` \
         (§3.3, RFC 3339) are compared or parsed exactly; leading or trailing spaces or line \
         breaks make the id a different string and the date unreadable for strict readers. Write \
         the value right after the start tag: `<id>tag:example.org,2025:1</id>`.";
    UnicodeError: Error,
        "The document's bytes do not decode in its declared encoding.",
        "XML 1.0 §4.3.3 makes it a fatal error when a document's bytes are not valid in the \
         encoding it declares, or when the byte order mark and the declaration disagree; UTF-16 \
         without a byte order mark needs a declaration. Readers show replacement characters or \
         refuse the feed. Re-save the file in the declared encoding (UTF-8 ideally), or fix the \
         `encoding` in the XML declaration.";
    UnknownEncoding: Error,
        "The declared encoding is not one polyfeed or any browser knows.",
        "The `encoding` in the XML declaration (or the HTTP `charset`) names no encoding of the \
         WHATWG Encoding Standard, so readers cannot decode the document; polyfeed reads it as \
         UTF-8 (or by the document itself) to keep checking. Declare the real encoding, normally \
         `encoding=\"utf-8\"`.";
    UnknownHost: Warning,
        "The feed's host name does not resolve.",
        "The W3C validator reports this when DNS knows no such host. polyfeed reports it as \
         `HostNotFound` and never emits this code; it is listed so that W3C reports can be looked \
         up here.";
    UnknownNamespace: Warning,
        "The document uses a namespace polyfeed does not know.",
        "Extensions are allowed in any namespace, so this is not an error, but polyfeed cannot \
         check the elements, and readers rarely understand unknown vocabularies. Check the \
         namespace URI for typos (namespaces are compared exactly); if it is your own vocabulary, \
         this warning is expected.";
    UnregisteredAtomLinkRel: Warning,
        "An Atom link's `rel` is neither a registered relation nor a full URI.",
        "RFC 4287 §4.2.7.2 allows as `rel` either a name from the IANA Link Relations registry \
         (`alternate`, `self`, `enclosure`, `related`, `via`, `replies`, `next`...) or an \
         absolute IRI for your own relation. Readers ignore other values. Fix a typo \
         (`alternative` for `alternate`) or use a URI, e.g. \
         `rel=\"https://example.org/rel/print\"`.";
    UnsupportedItunesFormat: Warning,
        "A podcast enclosure has a file type Apple Podcasts does not play.",
        "Apple's podcast requirements list the formats it accepts: `.m4a`, `.mp3`, `.mov`, \
         `.mp4`, `.m4v`, `.pdf` and `.epub`. Other files (`.ogg`, `.wma`) are not played and the \
         episode may be dropped. Offer the episode in one of those formats.";
    UnsupportedNamespace: Info,
        "The document uses a known vocabulary that polyfeed does not check.",
        "The namespace is recognised (the finding names its specification), but polyfeed has no \
         rules for its elements, so their values are not validated. Nothing is wrong as far as \
         polyfeed can tell; check those elements against their specification yourself.";
    UriNotIri: Error,
        "A URI field contains non-ASCII characters.",
        "The value is an IRI (RFC 3987) where the format wants a URI (RFC 3986), which is ASCII \
         only. Readers that do not convert IRIs fail to open it. Percent-encode the characters as \
         UTF-8 bytes (RFC 3987 §3.1), e.g. `https://example.org/caf%C3%A9` for `café`, and write \
         international host names in Punycode.";
    UseOfExtensionAttr: Warning,
        "A core RSS 2.0 element carries a namespaced extension attribute.",
        "RSS 2.0 allows extensions through namespaced elements; attributes from other namespaces \
         on core elements (`<item my:flag=\"1\">`) are not understood by most readers, which skip \
         what they do not know on elements they do know. Put the data in a namespaced child \
         element instead.";
    UseZeroForMidnight: Warning,
        "`skipHours` lists midnight as 24.",
        "RSS 2.0 (skipHours) numbers hours 0 to 23, so midnight is 0, as the RSS Best Practices \
         Profile points out; readers may reject 24 or skip the wrong hour. Write \
         `<hour>0</hour>`.";
    UseZeroForUnknown: Error,
        "An enclosure `length` of -1 marks an unknown size.",
        "RSS 2.0 (enclosure) gives the file's size in bytes; the RSS Best Practices Profile says \
         to write `0` when the size is unknown. A negative length breaks readers that parse it as \
         an unsigned number. Write `length=\"0\"`, or better the real size.";
    ValidAngle: Pass,
        "A KML angle is within -360 to 360.",
        "The W3C validator confirms KML angles with this code; polyfeed does not emit it (it \
         reports the more specific passes). It is listed so that W3C reports can be looked up \
         here.";
    ValidAtomLinkRel: Pass,
        "The link relation is registered or a full URI.",
        "polyfeed checked an Atom link's `rel` against the IANA Link Relations registry and the \
         absolute-IRI form RFC 4287 §4.2.7.2 allows, and it is one of them. Shown only with \
         `--passes`.";
    ValidAttributeValue: Pass,
        "An attribute value was checked and is good.",
        "The W3C validator confirms attribute values in general with this code; polyfeed does not \
         emit it (it reports the more specific passes). It is listed so that W3C reports can be \
         looked up here.";
    ValidBooleanAttribute: Pass,
        "`isPermaLink` is `true` or `false`.",
        "polyfeed checked the `isPermaLink` attribute of an RSS `guid` and it holds one of the \
         two values RSS 2.0 allows. Shown only with `--passes`.";
    ValidCloud: Pass,
        "An RSS `cloud` attribute is present and well formed.",
        "polyfeed checked one of the attributes RSS 2.0 requires on `cloud` (`domain`, `port`, \
         `path`, `registerProcedure`, `protocol`), and it is there (and `port` is a positive \
         number). Shown only with `--passes`.";
    ValidContact: Pass,
        "The e-mail address is valid.",
        "polyfeed checked an address in `author`, `managingEditor` or `webMaster` against the RFC \
         2822 §3.4 address syntax, and it matches. Shown only with `--passes`.";
    ValidContentMode: Pass,
        "An Atom 0.3 content `mode` is xml, escaped or base64.",
        "The W3C validator confirms Atom 0.3 content modes with this code; polyfeed does not emit \
         it (it reports the more specific passes). It is listed so that W3C reports can be looked \
         up here.";
    ValidCopyright: Pass,
        "A copyright notice was checked and is good.",
        "The W3C validator confirms copyright elements with this code; polyfeed does not emit it \
         (it reports the more specific passes). It is listed so that W3C reports can be looked up \
         here.";
    ValidDate: Pass,
        "A date was checked and is good.",
        "The W3C validator confirms dates in general with this code; polyfeed does not emit it \
         (it reports the more specific passes). It is listed so that W3C reports can be looked up \
         here.";
    ValidDay: Pass,
        "A `skipDays` day is an English weekday name.",
        "polyfeed checked a `day` in RSS `skipDays` and it is one of `Monday`...`Sunday`, listed \
         once. Shown only with `--passes`.";
    ValidDoctype: Pass,
        "The document has the RSS 0.91 DOCTYPE.",
        "polyfeed found Netscape's RSS 0.91 document type declaration, which also defines the \
         HTML entities such a feed may use. Shown only with `--passes`.";
    ValidElement: Pass,
        "An element was checked and nothing was wrong with it.",
        "polyfeed checked an element against the rules of its vocabulary (allowed here, children, \
         value) and found no problem to report. Shown only with `--passes`.";
    ValidGeneratorName: Pass,
        "A generator name was checked and is good.",
        "The W3C validator confirms generator names with this code; polyfeed does not emit it (it \
         reports the more specific passes). It is listed so that W3C reports can be looked up \
         here.";
    ValidHeight: Pass,
        "An RSS image's `height` is a number from 1 to 400.",
        "polyfeed checked the `height` of the channel `image` against the limit of RSS 2.0 and it \
         fits. Shown only with `--passes`.";
    ValidHour: Pass,
        "A `skipHours` hour is a number from 0 to 23.",
        "polyfeed checked an `hour` in RSS `skipHours` and it is in range and listed once. Shown \
         only with `--passes`.";
    ValidHtml: Pass,
        "HTML in the feed parsed cleanly.",
        "polyfeed parsed the escaped HTML of a description or text construct and found no \
         malformed markup (unsafe elements are reported separately, as `SecurityRisk`). Shown \
         only with `--passes`.";
    ValidHttpGUID: Pass,
        "An RSS guid is a full URL, or is marked as not a permalink.",
        "polyfeed checked a `guid` and it is either an absolute URL (the `isPermaLink` default) \
         or an id whose `isPermaLink=\"false\"` says it is not a link. Shown only with \
         `--passes`.";
    ValidInteger: Pass,
        "The value is a well-formed integer in range.",
        "polyfeed checked a numeric value (`ttl`, a count, a size) and it is a plain integer with \
         the sign its element allows. Shown only with `--passes`.";
    ValidIntegerAttribute: Pass,
        "An enclosure `length` is a non-negative integer.",
        "polyfeed checked the `length` of an RSS `enclosure` and it is a whole number of bytes. \
         Shown only with `--passes`.";
    ValidLanguage: Pass,
        "The language code is a valid BCP 47 tag.",
        "polyfeed checked a language value (`language`, `dc:language`, `xml:lang`, JSON Feed \
         `language`) and it is a well-formed tag whose subtags are registered (RFC 5646). Shown \
         only with `--passes`.";
    ValidLatitude: Pass,
        "A latitude is a number from -90 to 90.",
        "polyfeed checked a `geo:lat` value and it is a decimal number in range. Shown only with \
         `--passes`.";
    ValidLongitude: Pass,
        "A longitude is a number from -180 to 180.",
        "polyfeed checked a `geo:long` value and it is a decimal number in range. Shown only with \
         `--passes`.";
    ValidMIMEAttribute: Pass,
        "A `type` attribute holds a valid MIME type.",
        "polyfeed checked the `type` of a link, enclosure, content or media element and it has \
         the `type/subtype` shape of RFC 6838. Shown only with `--passes`.";
    ValidNPTTime: Pass,
        "A media time is valid Normal Play Time.",
        "polyfeed checked a Media RSS time attribute (`start`, `end`, `time`) against RFC 2326 \
         §3.6 and it parses. Shown only with `--passes`.";
    ValidPercentage: Pass,
        "The value is a number from 0 to 100.",
        "polyfeed checked a percentage value and it is a decimal number in range. Shown only with \
         `--passes`.";
    ValidRFC2822Date: Pass,
        "The RSS date is a valid RFC 822 date-time.",
        "polyfeed checked a `pubDate`, `lastBuildDate` or similar date against RFC 822 §5 and RFC \
         2822 §3.3 (weekday, day, month, four-digit year, time, zone) and it is valid. Shown only \
         with `--passes`.";
    ValidTAG: Pass,
        "The tag: URI follows RFC 4151.",
        "polyfeed checked an id that starts with `tag:` and it has an authority, a date and a \
         specific part in the form RFC 4151 §2.1 gives. Shown only with `--passes`.";
    ValidTitle: Pass,
        "A title was checked and is good.",
        "polyfeed checked a title (of a link or of the channel `image`) and it is plain text \
         without markup. Shown only with `--passes`.";
    ValidURI: Pass,
        "The value is a valid URI or IRI.",
        "polyfeed checked a link, id or namespace value against RFC 3986 (or RFC 3987 where IRIs \
         are allowed) and it parses, with the scheme and absoluteness its place requires. Shown \
         only with `--passes`.";
    ValidURLAttribute: Pass,
        "An attribute holds a full http(s) URL.",
        "polyfeed checked a URL attribute such as `url` of `enclosure` or `href` of \
         `itunes:image` and it is an absolute web address. Shown only with `--passes`.";
    ValidURN: Pass,
        "The URN is valid.",
        "polyfeed checked an id that starts with `urn:` against RFC 2141 (or, for `urn:uuid:`, \
         the UUID form) and it is well formed. Shown only with `--passes`.";
    ValidUpdatePeriod: Pass,
        "`sy:updatePeriod` is one of the allowed periods.",
        "polyfeed checked `sy:updatePeriod` and it is `hourly`, `daily`, `weekly`, `monthly` or \
         `yearly`, as the Syndication module defines. Shown only with `--passes`.";
    ValidValue: Pass,
        "A value was checked and is good.",
        "The W3C validator confirms values in general (the parent of the other passes) with this \
         code; polyfeed does not emit it (it reports the more specific passes). It is listed so \
         that W3C reports can be looked up here.";
    ValidW3CDTFDate: Pass,
        "The date is a valid W3C-DTF (ISO 8601 profile) date.",
        "polyfeed checked a Dublin Core or similar date against the W3C Note \"Date and Time \
         Formats\", or a JSON Feed date against RFC 3339, and it is valid. Shown only with \
         `--passes`.";
    ValidWidth: Pass,
        "An RSS image's `width` is a number from 1 to 144.",
        "polyfeed checked the `width` of the channel `image` against the limit of RSS 2.0 and it \
         fits. Shown only with `--passes`.";
    ValidationFailure: Error,
        "The validator failed on this document.",
        "The W3C validator reports this when its own code crashes on a document. polyfeed never \
         emits it: a document it cannot read gives a typed error instead (`SAXError`, \
         `UnicodeError`...). It is listed so that W3C reports can be looked up here.";
    ValidatorLimit: Error,
        "The response is larger than the body limit.",
        "polyfeed stops reading a response at `--max-body` bytes (default 32 MiB, counted \
         after decompression, so a small compressed bomb is caught too) and does not \
         validate a cut document. A real feed is rarely over a few MiB: keep the newest items \
         only. If the feed is legitimately bigger, raise `--max-body`.";
    WPBlankLine: Error,
        "Text (often a blank line) comes before the XML declaration.",
        "XML 1.0 §2.8 allows the XML declaration `<?xml ...?>` only at the very beginning of the \
         document; anything before it, even a newline, makes the document not well-formed and \
         readers refuse it. This is typically a blank line printed by a WordPress theme or plugin \
         file (in `functions.php`, after `?>`). Remove the output that comes before the \
         declaration.";
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

    /// Every code has a real summary and explanation (issue #7).
    #[test]
    fn summaries_and_explanations_are_written() {
        for &c in Code::ALL {
            let problems = placeholder_problems(c.info());
            assert!(problems.is_empty(), "{}: {}", c.name(), problems.join("; "));
        }
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
