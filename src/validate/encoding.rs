//! Character encodings of XML feeds: detection (BOM, HTTP charset, XML declaration) and a
//! streaming decoder to UTF-8 that reports invalid byte sequences with their offset and
//! guesses the real encoding of mislabelled bytes.
//!
//! Detection follows XML 1.0 Appendix F: a byte order mark decides; without one, the first
//! bytes tell UTF-16 from ASCII-compatible encodings, and the declaration's `encoding` names
//! the encoding; without a declaration the document is UTF-8 (XML 1.0 §4.3.3). The W3C
//! validator reads such documents as US-ASCII; polyfeed follows the XML specification.
//!
//! A document fetched over HTTP may also carry a `charset` in its `Content-Type`
//! ([`detect_with`]). RFC 7303 §3 (which replaced RFC 3023 in 2014) orders the sources: a
//! byte order mark wins, then the charset parameter, then the XML declaration, then UTF-8.
//! RFC 3023 let the charset win over a BOM and made `text/xml` without a charset US-ASCII;
//! RFC 7303 dropped both rules, and a conforming modern reader follows it, so polyfeed does
//! too (`TextXml` tells publishers that older readers still apply the US-ASCII default).
//! When the sources disagree the document is read as the winner says and the loser is
//! reported (`EncodingMismatch`).
//! Labels are resolved with the WHATWG Encoding Standard (encoding_rs), so `latin1` and
//! `iso-8859-1` decode as windows-1252, as browsers and most feed readers do.

use super::Finding;
use crate::diagnostic::Code;
use encoding_rs::{DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE};
use std::io::{self, BufRead, Read};

/// What the first bytes of a document say about its encoding.
#[derive(Debug, Clone)]
pub struct Detected {
    /// The encoding to decode with.
    pub encoding: &'static Encoding,
    /// Length of the byte order mark to skip.
    pub bom_len: usize,
    /// The `encoding` label of the XML declaration and the byte offset of its first character.
    pub declared: Option<(String, usize)>,
    /// Findings about the declaration (unknown, obscure or conflicting labels).
    pub findings: Vec<(Finding, usize)>,
    /// The declaration says ISO-8859-1 (or an alias): decode as real ISO-8859-1, where bytes
    /// 0x80-0x9F are C1 controls. (The WHATWG Encoding Standard, which encoding_rs follows
    /// for the web, reads that label as windows-1252; XML 1.0 and IANA mean ISO-8859-1, and
    /// curly quotes in such a document betray windows-1252 text under the wrong label.)
    pub latin1: bool,
}

impl Detected {
    /// The name of the encoding the document is read in.
    pub fn name(&self) -> &'static str {
        if self.latin1 {
            "ISO-8859-1"
        } else {
            self.encoding.name()
        }
    }

    /// Decodes a whole document body (after any byte order mark) the way [`Decoding`] does.
    pub fn decode<'a>(&self, body: &'a [u8]) -> std::borrow::Cow<'a, str> {
        if self.latin1 {
            std::borrow::Cow::Owned(body.iter().map(|&b| char::from(b)).collect())
        } else {
            self.encoding.decode_without_bom_handling(body).0
        }
    }
}

/// Labels of ISO-8859-1 (IANA names and aliases).
const LATIN1_LABELS: &[&str] = &[
    "iso-8859-1",
    "iso8859-1",
    "iso_8859-1",
    "iso_8859-1:1987",
    "latin1",
    "l1",
    "iso-ir-100",
    "ibm819",
    "cp819",
    "csisolatin1",
];

/// Encodings the W3C validator considers common (others declared are `ObscureEncoding`).
const COMMON: &[&str] = &[
    "UTF-8",
    "UTF-16",
    "US-ASCII",
    "ISO-8859-1",
    "EUC-JP",
    "ISO-8859-2",
    "ISO-8859-15",
    "ISO-8859-7",
    "KOI8-R",
    "SHIFT_JIS",
    "WINDOWS-1250",
    "WINDOWS-1251",
    "WINDOWS-1252",
    "WINDOWS-1254",
    "WINDOWS-1255",
    "WINDOWS-1256",
    "GB18030",
];

/// Finds `encoding="..."` in an XML declaration at the start of `text` (ASCII view of the
/// document's first bytes). Returns the label and its byte offset in `text`.
fn declared_label(text: &[u8]) -> Option<(String, usize)> {
    if !text.starts_with(b"<?xml") {
        return None;
    }
    let end = memchr::memmem::find(text, b"?>").unwrap_or(text.len());
    let decl = &text[..end];
    let at = memchr::memmem::find(decl, b"encoding")?;
    let mut i = at + "encoding".len();
    while i < decl.len() && decl[i].is_ascii_whitespace() {
        i += 1;
    }
    if decl.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    while i < decl.len() && decl[i].is_ascii_whitespace() {
        i += 1;
    }
    let q = *decl.get(i)?;
    if q != b'"' && q != b'\'' {
        return None;
    }
    let start = i + 1;
    let len = decl[start..].iter().position(|&c| c == q)?;
    let label = std::str::from_utf8(&decl[start..start + len]).ok()?;
    Some((label.to_string(), start))
}

/// Detects the encoding from the first bytes of a document (at least the XML declaration;
/// 1 KiB is plenty).
pub fn detect(head: &[u8]) -> Detected {
    let mut d = Detected {
        encoding: UTF_8,
        bom_len: 0,
        declared: None,
        findings: Vec::new(),
        latin1: false,
    };
    let (bom_enc, bom_len) = match head {
        [0xEF, 0xBB, 0xBF, ..] => (Some(UTF_8), 3),
        [0xFE, 0xFF, ..] => (Some(UTF_16BE), 2),
        [0xFF, 0xFE, ..] => (Some(UTF_16LE), 2),
        _ => (None, 0),
    };
    d.bom_len = bom_len;
    // The declaration, read in the encoding family the first bytes show.
    let body = &head[bom_len..];
    let utf16 = match (bom_enc, body) {
        (Some(e), _) if e == UTF_16BE || e == UTF_16LE => Some(e),
        (None, [0x00, 0x3C, 0x00, 0x3F, ..]) => Some(UTF_16BE),
        (None, [0x3C, 0x00, 0x3F, 0x00, ..]) => Some(UTF_16LE),
        _ => None,
    };
    let declared = match utf16 {
        Some(e) => {
            // Map the UTF-16 code units of the declaration to bytes for the search; offsets
            // are halved back into character positions.
            let (text, _) = e.decode_without_bom_handling(&body[..body.len().min(512) & !1]);
            declared_label(text.as_bytes()).map(|(l, at)| (l, bom_len + at * 2))
        }
        None => declared_label(body).map(|(l, at)| (l, bom_len + at)),
    };
    let fallback = bom_enc.or(utf16).unwrap_or(UTF_8);
    d.encoding = fallback;
    if let Some((label, at)) = &declared {
        let upper = label.to_ascii_uppercase();
        match Encoding::for_label(label.as_bytes()) {
            None => d.findings.push((
                Finding::new(
                    Code::UnknownEncoding,
                    format!(
                        "`{label}` is not an encoding polyfeed (or any browser) knows; read as {}",
                        fallback.name()
                    ),
                )
                .value(label.clone()),
                *at,
            )),
            Some(e) => {
                let conflict = match bom_enc {
                    Some(b) if b == UTF_8 => upper != "UTF-8",
                    Some(_) => !matches!(
                        upper.as_str(),
                        "UTF-16"
                            | "UTF-16BE"
                            | "UTF-16LE"
                            | "ISO-10646-UCS-2"
                            | "CSUNICODE"
                            | "UCS-2"
                    ),
                    None => utf16.is_some() && !upper.starts_with("UTF-16"),
                };
                if conflict {
                    d.findings.push((
                        Finding::new(
                            Code::UnicodeError,
                            format!(
                                "the document starts with a {} byte order mark but declares `{label}`",
                                fallback.name()
                            ),
                        )
                        .value(label.clone()),
                        *at,
                    ));
                } else {
                    d.encoding = if utf16.is_some() { fallback } else { e };
                }
                if !COMMON.contains(&upper.as_str()) {
                    d.findings.push((
                        Finding::new(
                            Code::ObscureEncoding,
                            format!("`{label}` is an uncommon encoding label; readers may not support it (UTF-8 is safest)"),
                        )
                        .value(label.clone())
                        .with("encoding", label.clone()),
                        *at,
                    ));
                } else if upper != "UTF-8" && upper != "UTF-16" {
                    d.findings.push((
                        Finding::new(
                            Code::NonstdEncoding,
                            format!("`{label}` works, but UTF-8 is what feed readers expect"),
                        )
                        .value(label.clone())
                        .with("encoding", label.clone()),
                        *at,
                    ));
                }
            }
        }
    } else if utf16.is_some() && bom_enc.is_none() {
        d.findings.push((
            Finding::new(
                Code::UnicodeError,
                "UTF-16 without a byte order mark needs an encoding declaration",
            ),
            0,
        ));
    }
    d.latin1 = bom_enc.is_none()
        && d.encoding == encoding_rs::WINDOWS_1252
        && declared
            .as_ref()
            .is_some_and(|(l, _)| LATIN1_LABELS.contains(&l.trim().to_ascii_lowercase().as_str()));
    d.declared = declared;
    d
}

/// The encoding a label names, as polyfeed reads it: ISO-8859-1 labels are real ISO-8859-1
/// (`"ISO-8859-1"`), others their encoding_rs name.
fn effective_name(label: &str, enc: &'static Encoding) -> &'static str {
    if enc == encoding_rs::WINDOWS_1252
        && LATIN1_LABELS.contains(&label.trim().to_ascii_lowercase().as_str())
    {
        "ISO-8859-1"
    } else {
        enc.name()
    }
}

/// Detects the encoding of a document that came with an external charset (the HTTP
/// `Content-Type` parameter), with RFC 7303's precedence: byte order mark, then `charset`,
/// then the XML declaration. Disagreements become `EncodingMismatch` findings (at the
/// declaration, or at the start for a BOM); an unknown charset label is `UnknownEncoding`
/// and the document's own rules apply. `charset: None` is [`detect`].
pub fn detect_with(head: &[u8], charset: Option<&str>) -> Detected {
    let mut d = detect(head);
    let Some(label) = charset.map(str::trim).filter(|l| !l.is_empty()) else {
        return d;
    };
    let Some(http) = Encoding::for_label(label.as_bytes()) else {
        d.findings.push((
            Finding::new(
                Code::UnknownEncoding,
                format!(
                    "the HTTP charset `{label}` is not an encoding polyfeed (or any browser) knows; read as {} from the document itself",
                    d.name()
                ),
            )
            .attr("Content-Type")
            .value(label.to_string()),
            0,
        ));
        return d;
    };
    let http_name = effective_name(label, http);
    let utf16 = |e: &'static Encoding| e == UTF_16LE || e == UTF_16BE;
    if d.bom_len > 0 {
        // The byte order mark wins (RFC 7303 §3.3).
        let same = http_name == d.name() || (utf16(http) && utf16(d.encoding));
        if !same {
            d.findings.push((
                Finding::new(
                    Code::EncodingMismatch,
                    format!(
                        "the server says charset={label} but the document starts with a {} byte order mark; read as {} (the byte order mark wins, RFC 7303)",
                        d.name(),
                        d.name()
                    ),
                )
                .attr("Content-Type")
                .value(label.to_string())
                .with("encoding", d.name()),
                0,
            ));
        }
        return d;
    }
    if let Some((declared, at)) = d.declared.clone() {
        let same = Encoding::for_label(declared.as_bytes()).is_some_and(|e| {
            effective_name(&declared, e) == http_name || (utf16(e) && utf16(http))
        });
        if !same {
            d.findings.push((
                Finding::new(
                    Code::EncodingMismatch,
                    format!(
                        "the server says charset={label} but the XML declaration says `{declared}`; read as {http_name} (the HTTP charset wins, RFC 7303), while a reader of a saved copy uses `{declared}`"
                    ),
                )
                .attr("Content-Type")
                .value(label.to_string())
                .with("encoding", declared.clone()),
                at,
            ));
        }
    }
    // A UTF-16 label without a BOM: keep the byte order the first bytes show.
    if !(utf16(http) && utf16(d.encoding)) {
        d.encoding = http;
    }
    d.latin1 = http_name == "ISO-8859-1";
    d
}

/// Invalid byte sequences met while decoding.
#[derive(Debug, Clone, Default)]
pub struct Malformed {
    /// Number of invalid sequences (each replaced by U+FFFD).
    pub count: u64,
    /// Byte offset (in the original document) and decoded offset of the first one.
    pub first: Option<(u64, u64)>,
    /// Up to 256 original bytes around the first invalid sequences, for guessing the real
    /// encoding.
    pub sample: Vec<u8>,
}

/// A `BufRead` adapter that decodes any supported encoding to UTF-8, replacing invalid
/// sequences with U+FFFD and recording where they were. Valid UTF-8 input is passed through
/// without copying (validated in place); other encodings are decoded by encoding_rs.
pub struct Decoding<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    utf8: bool,
    input: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    raw_offset: u64,
    /// Decoded bytes handed out and consumed so far.
    consumed: u64,
    /// Bytes of `input[start..]` currently handed out as valid UTF-8.
    passthrough: usize,
    output: Vec<u8>,
    out_start: usize,
    finished: bool,
    /// Invalid sequences found so far.
    pub malformed: Malformed,
    /// The first character XML 1.0 forbids (§2.2 `Char`: C0 controls other than tab, line
    /// feed and carriage return, U+FFFE, U+FFFF), with its decoded offset.
    pub forbidden: Option<(u64, char)>,
    /// Whether a carriage return was among the characters decoded so far. Decoding runs
    /// ahead of the parser, so while this is false no text read yet needs line-end
    /// normalisation (XML 1.0 §2.11), and the reader can skip it.
    pub saw_cr: bool,
    /// Whether to look for forbidden characters at all.
    check_chars: bool,
    /// Decode as ISO-8859-1 (each byte is the code point of the same number).
    latin1: bool,
}

impl<R: Read> Decoding<R> {
    /// Decodes `inner` (positioned after any byte order mark) from `encoding`.
    pub fn new(inner: R, encoding: &'static Encoding, bom_len: usize) -> Self {
        Decoding {
            inner,
            decoder: encoding.new_decoder_without_bom_handling(),
            utf8: encoding == UTF_8,
            input: vec![0; 1 << 16],
            start: 0,
            end: 0,
            eof: false,
            raw_offset: bom_len as u64,
            consumed: 0,
            passthrough: 0,
            output: Vec::new(),
            out_start: 0,
            finished: false,
            malformed: Malformed::default(),
            forbidden: None,
            saw_cr: false,
            check_chars: true,
            latin1: false,
        }
    }

    /// Decodes as real ISO-8859-1 ([`Detected::latin1`]).
    pub fn latin1(mut self, on: bool) -> Self {
        self.latin1 = on;
        self
    }

    /// The ISO-8859-1 path of [`Self::fill`].
    fn fill_latin1(&mut self) -> io::Result<bool> {
        self.out_start = 0;
        self.output.clear();
        if self.start == self.end {
            if self.eof {
                self.finished = true;
                return Ok(false);
            }
            self.start = 0;
            self.end = self.inner.read(&mut self.input)?;
            self.eof = self.end == 0;
            if self.end == 0 {
                self.finished = true;
                return Ok(false);
            }
        }
        for &b in &self.input[self.start..self.end] {
            if b < 0x80 {
                self.output.push(b);
            } else {
                self.output.push(0xC0 | (b >> 6));
                self.output.push(0x80 | (b & 0x3F));
            }
        }
        self.raw_offset += (self.end - self.start) as u64;
        self.start = self.end;
        Ok(true)
    }

    /// Does not look for forbidden characters (a second pass that only counts lines).
    pub fn without_char_check(mut self) -> Self {
        self.check_chars = false;
        self
    }

    /// Moves unread input to the front and reads more; false at the end of the input.
    fn read_more(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        self.input.copy_within(self.start..self.end, 0);
        self.end -= self.start;
        self.start = 0;
        let n = self.inner.read(&mut self.input[self.end..])?;
        self.end += n;
        self.eof = n == 0;
        Ok(n > 0)
    }

    /// Looks for a forbidden character in freshly decoded output (not handed out yet).
    fn scan_output(&mut self) {
        if !self.saw_cr {
            self.saw_cr = memchr::memchr(b'\r', &self.output[self.out_start..]).is_some();
        }
        if self.check_chars && self.forbidden.is_none() {
            self.forbidden =
                forbidden_char(&self.output).map(|(i, c)| (self.consumed + i as u64, c));
        }
    }

    /// Decodes more input into `self.output` (the general path); false at the end.
    fn fill(&mut self) -> io::Result<bool> {
        if self.finished {
            return Ok(false);
        }
        if self.latin1 {
            return self.fill_latin1();
        }
        self.out_start = 0;
        self.output.clear();
        self.output.resize(1 << 16, 0);
        let mut written_total = 0;
        loop {
            if self.start == self.end && !self.eof {
                self.start = 0;
                self.end = self.inner.read(&mut self.input)?;
                self.eof = self.end == 0;
            }
            // Keep room for one replacement character after a malformed sequence.
            let room = self.output.len() - 3;
            let (result, read, written) = self.decoder.decode_to_utf8_without_replacement(
                &self.input[self.start..self.end],
                &mut self.output[written_total..room],
                self.eof,
            );
            self.start += read;
            self.raw_offset += read as u64;
            written_total += written;
            match result {
                DecoderResult::Malformed(bad, back) => {
                    let at = self.raw_offset - u64::from(back) - u64::from(bad);
                    let m = &mut self.malformed;
                    m.count += 1;
                    if m.first.is_none() {
                        m.first = Some((at, self.consumed + written_total as u64));
                    }
                    if m.sample.len() < 256 {
                        let lo = self
                            .start
                            .saturating_sub(usize::from(bad) + usize::from(back) + 16);
                        let hi = (self.start + 64).min(self.end);
                        m.sample.extend_from_slice(&self.input[lo..hi]);
                    }
                    self.output[written_total..written_total + 3]
                        .copy_from_slice("\u{FFFD}".as_bytes());
                    written_total += 3;
                    if self.utf8 {
                        // Back to the fast path after the bad sequence.
                        break;
                    }
                }
                DecoderResult::OutputFull => break,
                DecoderResult::InputEmpty => {
                    if self.eof {
                        self.finished = true;
                        break;
                    }
                    if written_total > (1 << 15) {
                        break;
                    }
                }
            }
            if written_total + 8 >= room {
                break;
            }
        }
        self.output.truncate(written_total);
        Ok(written_total > 0)
    }
}

impl<R: Read> BufRead for Decoding<R> {
    #[inline]
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.out_start < self.output.len() {
            return Ok(&self.output[self.out_start..]);
        }
        if self.utf8 && self.passthrough > 0 {
            // Validated earlier, not consumed yet: no second validation.
            return Ok(&self.input[self.start..self.start + self.passthrough]);
        }
        if self.utf8 && !self.finished {
            loop {
                if self.start == self.end && !self.read_more()? {
                    self.finished = true;
                    return Ok(&[]);
                }
                let avail = &self.input[self.start..self.end];
                let valid = Encoding::utf8_valid_up_to(avail);
                if valid > 0 {
                    self.passthrough = valid;
                    if !self.saw_cr {
                        self.saw_cr = memchr::memchr(b'\r', &avail[..valid]).is_some();
                    }
                    if self.check_chars && self.forbidden.is_none() {
                        self.forbidden = forbidden_char(&avail[..valid])
                            .map(|(i, c)| (self.consumed + i as u64, c));
                    }
                    return Ok(&self.input[self.start..self.start + valid]);
                }
                // Nothing valid at the front: an incomplete sequence (read on) or an invalid
                // one (the decoder replaces it).
                if !self.eof && avail.len() < 4 && self.read_more()? {
                    continue;
                }
                self.output.clear();
                self.out_start = 0;
                self.fill()?;
                self.scan_output();
                return Ok(&self.output[self.out_start..]);
            }
        }
        if !self.fill()? {
            return Ok(&[]);
        }
        self.scan_output();
        Ok(&self.output[self.out_start..])
    }

    #[inline]
    fn consume(&mut self, amt: usize) {
        self.consumed += amt as u64;
        if self.out_start < self.output.len() {
            self.out_start += amt;
        } else {
            let amt = amt.min(self.passthrough);
            self.start += amt;
            self.raw_offset += amt as u64;
            self.passthrough -= amt;
        }
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = out.len().min(avail.len());
        out[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

/// The first character of valid UTF-8 `text` that XML 1.0 does not allow anywhere in a
/// document (§2.2): C0 controls except tab, LF and CR, and the non-characters U+FFFE and
/// U+FFFF (`EF BF BE`, `EF BF BF`). (Surrogates cannot occur in valid UTF-8.)
///
/// Controls are looked for 64 bytes at a time with a branch-free mask the compiler
/// vectorises (an exact scan only runs on a block that has one); the non-characters with
/// `memmem` on their two-byte prefix.
pub fn forbidden_char(text: &[u8]) -> Option<(usize, char)> {
    let bad = |b: u8| (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r');
    let mut control = None;
    let mut base = 0;
    for chunk in text.chunks(64) {
        let any = chunk.iter().fold(0u8, |acc, &b| acc | u8::from(bad(b)));
        if any != 0 {
            control = chunk
                .iter()
                .position(|&b| bad(b))
                .map(|j| (base + j, char::from(chunk[j])));
            break;
        }
        base += chunk.len();
    }
    let limit = control.map_or(text.len(), |(i, _)| i);
    let nonchar = memchr::memmem::find_iter(&text[..limit], b"\xEF\xBF")
        .find(|&i| matches!(text.get(i + 2), Some(0xBE | 0xBF)))
        .map(|i| {
            let c = if text[i + 2] == 0xBE {
                '\u{FFFE}'
            } else {
                '\u{FFFF}'
            };
            (i, c)
        });
    nonchar.or(control)
}

/// Legacy encodings tried when bytes are not what their label says.
const CANDIDATES: &[&str] = &[
    "windows-1251",
    "koi8-r",
    "windows-1252",
    "iso-8859-2",
    "gbk",
    "shift_jis",
    "euc-kr",
    "big5",
    "windows-1256",
    "iso-8859-7",
];

/// The script of a letter, coarsely.
fn script(c: char) -> Option<&'static str> {
    Some(match c as u32 {
        0x0400..=0x04FF => "Cyrillic",
        0x0370..=0x03FF => "Greek",
        0x0530..=0x058F => "Armenian",
        0x0590..=0x05FF => "Hebrew",
        0x0600..=0x06FF => "Arabic",
        0x3040..=0x30FF => "Japanese",
        0xAC00..=0xD7AF => "Korean",
        0x4E00..=0x9FFF => "Han",
        0x00C0..=0x024F => "Latin",
        _ => return None,
    })
}

/// Guesses which legacy encoding `sample` (bytes that are not valid UTF-8) is in: the
/// candidate whose decoding gives only letters of one script, without replacement characters.
pub fn guess_legacy(sample: &[u8]) -> Option<(&'static str, &'static str, String)> {
    let mut best: Option<(usize, &'static str, &'static str, String)> = None;
    for &label in CANDIDATES {
        let enc = Encoding::for_label(label.as_bytes())?;
        let (text, _, had_errors) = enc.decode(sample);
        if had_errors {
            continue;
        }
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        let mut other = 0;
        // Running text is mostly lower case: KOI8-R read as windows-1251 (or the reverse)
        // gives the same script but inverted case.
        let lower = text
            .chars()
            .filter(|c| !c.is_ascii() && c.is_lowercase())
            .count();
        for c in text.chars().filter(|c| !c.is_ascii()) {
            match script(c).filter(|_| c.is_alphabetic()) {
                Some(s) => match counts.iter_mut().find(|(n, _)| *n == s) {
                    Some((_, k)) => *k += 1,
                    None => counts.push((s, 1)),
                },
                None => other += 1,
            }
        }
        let Some(&(s, n)) = counts.iter().max_by_key(|(_, n)| *n) else {
            continue;
        };
        // Real text in a legacy encoding has words: a few stray bytes (a lone `£`, a cut
        // sequence) decode to letters of some script too, but not to a run of them.
        let longest_word = text
            .split(|c: char| !c.is_alphabetic() || c.is_ascii())
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0);
        if n < 4 || longest_word < 3 {
            continue;
        }
        let total: usize = counts.iter().map(|(_, n)| n).sum::<usize>() + other;
        // Nearly all non-ASCII characters letters of one script; Latin only counts when
        // nothing else explains the bytes.
        let score = if n * 10 >= total * 9 {
            n * if s == "Latin" { 1 } else { 4 } + lower * 2
        } else {
            0
        };
        if score > best.as_ref().map_or(0, |b| b.0) {
            let excerpt: String = text.chars().filter(|c| !c.is_control()).take(40).collect();
            best = Some((score, enc.name(), s, excerpt));
        }
    }
    best.map(|(_, e, s, t)| (e, s, t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters() {
        assert_eq!(forbidden_char(b"tab\tlf\ncr\r ok"), None);
        let long = [b"x".repeat(100), b"\x07".to_vec()].concat();
        assert_eq!(forbidden_char(&long), Some((100, '\u{7}')));
        assert_eq!(
            forbidden_char("a\u{FFFF}b\u{1}".as_bytes()),
            Some((1, '\u{FFFF}'))
        );
        assert_eq!(forbidden_char("\u{FFFD}\u{FF0C}".as_bytes()), None);
    }

    #[test]
    fn detection() {
        let d = detect(b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss/>");
        assert_eq!(d.encoding.name(), "windows-1251");
        assert_eq!(d.declared, Some(("windows-1251".into(), 30)));
        assert!(
            d.findings
                .iter()
                .all(|(f, _)| f.code == Code::NonstdEncoding)
        );
        let d = detect(b"<?xml version=\"1.0\" encoding=\"x-bogus\"?><rss/>");
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.findings[0].0.code, Code::UnknownEncoding);
        assert_eq!(d.findings[0].1, 30);
        let d = detect(b"\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss/>");
        assert_eq!(d.findings[0].0.code, Code::UnicodeError);
        assert_eq!(d.encoding, UTF_8);
        let d = detect(b"<rss/>");
        assert_eq!((d.encoding, d.bom_len, d.findings.len()), (UTF_8, 0, 0));
        let le: Vec<u8> = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend(&le);
        assert_eq!(detect(&with_bom).encoding, UTF_16LE);
        assert_eq!(detect(&le).encoding, UTF_16LE);
    }

    #[test]
    fn http_charset_precedence() {
        let decl = b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss/>";
        // The charset wins over the declaration, and the disagreement is reported there.
        let d = detect_with(decl, Some("utf-8"));
        assert_eq!(d.encoding, UTF_8);
        let (f, at) = d
            .findings
            .iter()
            .find(|(f, _)| f.code == Code::EncodingMismatch)
            .unwrap();
        assert_eq!((*at, f.attr.as_deref()), (30, Some("Content-Type")));
        // Agreeing sources: nothing to report.
        let d = detect_with(decl, Some("CP1251"));
        assert_eq!(d.encoding.name(), "windows-1251");
        assert!(
            d.findings
                .iter()
                .all(|(f, _)| f.code != Code::EncodingMismatch)
        );
        // A BOM wins over the charset.
        let d = detect_with(b"\xEF\xBB\xBF<rss/>", Some("iso-8859-1"));
        assert_eq!(d.encoding, UTF_8);
        assert!(
            d.findings
                .iter()
                .any(|(f, _)| f.code == Code::EncodingMismatch)
        );
        // ISO-8859-1 from the header is real ISO-8859-1; no declaration, no mismatch.
        let d = detect_with(b"<rss/>", Some("ISO-8859-1"));
        assert!(d.latin1 && d.findings.is_empty());
        // An unknown label leaves the document's own rules in force.
        let d = detect_with(decl, Some("x-nonsense"));
        assert_eq!(d.encoding.name(), "windows-1251");
        assert_eq!(d.findings.last().unwrap().0.code, Code::UnknownEncoding);
        assert_eq!(detect_with(decl, None).encoding.name(), "windows-1251");
    }

    #[test]
    fn decoding_reports_invalid_sequences() {
        let bytes = "<t>Новости</t>".as_bytes();
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("<t>Новости</t>");
        let mut r = Decoding::new(&cp1251[..], UTF_8, 0);
        let mut out = String::new();
        r.read_to_string(&mut out).unwrap();
        assert!(out.starts_with("<t>\u{FFFD}"));
        assert_eq!(r.malformed.count, 7);
        assert_eq!(r.malformed.first, Some((3, 3)));
        let (enc, script, text) = guess_legacy(&r.malformed.sample).unwrap();
        assert_eq!((enc, script), ("windows-1251", "Cyrillic"));
        assert!(text.contains("Новости"), "{text}");
        let mut r = Decoding::new(bytes, UTF_8, 0);
        let mut out = String::new();
        r.read_to_string(&mut out).unwrap();
        assert_eq!(out, "<t>Новости</t>");
        assert_eq!(r.malformed.count, 0);
        let (koi, _, _) = encoding_rs::KOI8_R.encode("<t>Новости</t>");
        let mut r = Decoding::new(&koi[..], encoding_rs::KOI8_R, 0);
        let mut out = String::new();
        r.read_to_string(&mut out).unwrap();
        assert_eq!(out, "<t>Новости</t>");
    }
}
