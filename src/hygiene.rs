//! Text hygiene: invisible problems in news text, in every script.
//!
//! Pure functions, text in and at most one [`Problem`] out (the first one the scan finds), no
//! I/O. They run on every title, summary and content of feeds up to 50 MB, so each one scans
//! the text once, allocates nothing (`icu_normalizer` only spills to the heap for runs of more
//! than 17 combining marks), and returns at once for text that cannot hold the problem
//! (all-ASCII text for every check). The input checker and the feed validator both call
//! them and word the diagnostics themselves; offsets are byte offsets into the text passed in.
//!
//! # Decisions
//!
//! - **NFC** ([`check_nfc`]): `icu_normalizer` finds the longest prefix already in NFC; the
//!   reported offset is where that prefix ends, the first character that differs from the NFC
//!   form (for a decomposed `e` + U+0301, the `e`). The form is `"NFD"` when the whole text is
//!   in NFD (typically text pasted from a macOS file name or a decomposing editor), else
//!   `"mixed"`. The NFD test only runs once a problem is found.
//! - **Bidi controls** ([`check_bidi`]): embeddings and overrides (LRE, RLE, LRO, RLO) close
//!   with PDF, isolates (LRI, RLI, FSI) with PDI, and must nest. Every paragraph separator of
//!   the Unicode Bidirectional Algorithm (UAX #9 class B: LF, CR, U+001C–U+001E, NEL, U+2029)
//!   ends all open controls, as the algorithm does, so a control must close in its paragraph.
//!   What the algorithm would silently ignore or terminate is reported:
//!   - a PDF with no open embedding, or whose innermost open control is an isolate (UAX #9
//!     ignores it), and a PDI with no open isolate: the closer, at its offset;
//!   - a PDI that closes an isolate with embeddings still open inside it (UAX #9 closes them
//!     implicitly): the earliest of those embeddings;
//!   - controls still open at a paragraph separator or at the end of the text: the earliest
//!     of them;
//!   - nesting deeper than 125 controls (UAX #9's `max_depth`; the algorithm ignores the
//!     excess): the first opener past the limit.
//!
//!   The scan stops at the first of these it meets, which is not always the smallest offset
//!   (in RLE, PDI, newline the stray PDI is found before the unclosed RLE).
//! - **Zero-width characters** ([`check_zero_width`], meant for titles): ZWSP (U+200B), WJ
//!   (U+2060), ZWNBSP/BOM (U+FEFF), ZWNJ (U+200C) and ZWJ (U+200D) are reported only *inside
//!   a word*: with a word character on both sides, a word character being a letter
//!   (Alphabetic), a digit or other number, or a combining mark (non-zero canonical combining
//!   class, so `e` + U+0301 still ends a word and a virama is part of one). Runs of
//!   zero-width characters count as one: neighbours are looked for past them, and the first
//!   of the run is reported. So a ZWSP after a space, at the start or the end, or between a
//!   word and punctuation is not reported: it is harmless for search and display, and line
//!   breaking hints between words are legitimate.
//!
//!   ZWNJ and ZWJ are also accepted inside a word when either neighbour belongs to a script
//!   that uses them to select glyph forms: the joining scripts (Arabic and its extensions,
//!   used for Persian, Urdu, Pashto...; Syriac, Mandaic, N'Ko, Mongolian, Hanifi Rohingya,
//!   Adlam, Manichaean, Psalter Pahlavi, Sogdian, Old Uyghur, Chorasmian, Phags-pa) and the
//!   Brahmic scripts (Devanagari to Sinhala, Vedic and Devanagari extensions, Myanmar,
//!   Khmer, Balinese, Sundanese, Javanese, Tai Tham, and the historic Brahmic scripts of
//!   U+11000–U+11FFF). Either neighbour, not both, because Persian writes ZWNJ between a
//!   Latin word and an Arabic-script suffix (`iPhone‌ها`). Emoji are not letters, so emoji
//!   ZWJ sequences (👩‍💻) are never inside a word. A ZWNJ in a Latin word (German ligature
//!   suppression, `Auf‌lage`) is reported: titles do not need it.
//! - **Direction of a language** ([`is_rtl_language`]): a script subtag decides when present
//!   (`az-Arab` is right to left, `sd-Deva` left to right); without one, the primary language
//!   subtag decides, from a fixed list of languages whose usual script is right to left.
//!   The tag is not validated; `_` is accepted as a separator and case is ignored. Unlike
//!   [`crate::lang::is_rtl`] it needs no parsing crate and accepts ISO 639-3 codes (`arz`,
//!   `pes`, `ckb`...) and malformed tags.

use core::fmt;
use icu_normalizer::properties::CanonicalCombiningClassMapBorrowed;
use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};

/// A hygiene problem in a text. Offsets are byte offsets into the checked text, always on a
/// character boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The text is not in Unicode Normalization Form C.
    NotNfc {
        /// Byte offset of the first character that differs from the NFC form.
        offset: usize,
        /// `"NFD"` when the whole text is in NFD, else `"mixed"`.
        form: &'static str,
    },
    /// A bidi embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069) without
    /// its closer in the same paragraph, or a closer without its opener.
    UnbalancedBidi {
        /// Byte offset of the control.
        offset: usize,
        /// The control.
        ch: char,
    },
    /// A zero-width character inside a word.
    ZeroWidth {
        /// Byte offset of the character.
        offset: usize,
        /// The character (U+200B, U+200C, U+200D, U+2060 or U+FEFF).
        ch: char,
    },
}

/// Every check that applies to one text: NFC and bidi balance always, zero-width
/// characters inside words for titles only.
pub fn check_text(text: &str, title: bool) -> impl Iterator<Item = Problem> {
    check_text_with(text, title, false)
}

/// [`check_text`] for a caller that may already know the text to be NFC-inert
/// ([`is_nfc_inert`], found while the text was read): the NFC check is then skipped.
pub fn check_text_with(text: &str, title: bool, nfc_inert: bool) -> impl Iterator<Item = Problem> {
    [
        if nfc_inert { None } else { check_nfc(text) },
        check_bidi(text),
        if title { check_zero_width(text) } else { None },
    ]
    .into_iter()
    .flatten()
}

impl Problem {
    /// The finding code of this problem.
    pub fn code(&self) -> crate::diagnostic::Code {
        use crate::diagnostic::Code;
        match self {
            Problem::NotNfc { .. } => Code::NotNfc,
            Problem::UnbalancedBidi { .. } => Code::UnbalancedBidi,
            Problem::ZeroWidth { .. } => Code::ZeroWidthInWord,
        }
    }

    /// Byte offset of the problem in the checked text.
    pub fn offset(&self) -> usize {
        match *self {
            Problem::NotNfc { offset, .. }
            | Problem::UnbalancedBidi { offset, .. }
            | Problem::ZeroWidth { offset, .. } => offset,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Problem::NotNfc { offset, form } => write!(
                f,
                "text is not in Unicode NFC ({form} form) from byte {offset}"
            ),
            Problem::UnbalancedBidi { offset, ch } => write!(
                f,
                "unbalanced bidi control U+{:04X} {} at byte {offset}",
                u32::from(ch),
                bidi_name(ch)
            ),
            Problem::ZeroWidth { offset, ch } => write!(
                f,
                "zero-width character U+{:04X} {} inside a word at byte {offset}",
                u32::from(ch),
                zero_width_name(ch)
            ),
        }
    }
}

/// Checks that `text` is in Unicode Normalization Form C.
///
/// Returns [`Problem::NotNfc`] with the offset of the first character that differs from the
/// NFC form; the form is `"NFD"` when the whole text is in NFD, else `"mixed"`.
pub fn check_nfc(text: &str) -> Option<Problem> {
    if text.is_ascii() || is_nfc_inert(text) {
        return None;
    }
    let (normalized, rest) = ComposingNormalizerBorrowed::new_nfc().split_normalized(text);
    if rest.is_empty() {
        return None;
    }
    let form = if DecomposingNormalizerBorrowed::new_nfd().is_normalized(text) {
        "NFD"
    } else {
        "mixed"
    };
    Some(Problem::NotNfc {
        offset: normalized.len(),
        form,
    })
}

/// Whether every character of `text` is *NFC-inert*: canonical combining class 0, its own
/// NFC form, and never the second character of a canonical composition. Text made only of
/// such characters is in NFC (no reordering, no composition can touch it), so
/// [`check_nfc`] needs the normalizer only for text with another character: combining
/// marks, composition exclusions, Hangul jamo, anything outside the BMP.
///
/// The scan works on bytes: a lead byte whose whole block of code points is inert
/// (most of Cyrillic, Armenian, CJK, Hangul syllables...) needs no decoding; other
/// characters are decoded and looked up in a bit set of the inert characters of the BMP.
pub fn is_nfc_inert(text: &str) -> bool {
    // Per chunk, first a branch-free test the compiler vectorises: does any byte fall
    // outside ASCII, continuation bytes and the leads of common wholly inert blocks
    // ([`plain_byte`])? Only then a mask of the suspect bytes (leads of blocks not wholly
    // inert), one table lookup per byte, and the characters those bytes start are
    // decoded and looked up.
    const CHUNK: usize = 32;
    let bytes = text.as_bytes();
    let check = |chunk: &[u8], base: usize| {
        let mask = (chunk.iter().enumerate()).fold(0u32, |m, (k, &b)| {
            m | u32::from(SUSPECT[usize::from(b)]) << k
        });
        mask == 0 || inert_at(bytes, base, mask)
    };
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut base = 0;
    for chunk in chunks.by_ref() {
        let all_plain = chunk
            .iter()
            .fold(0u8, |acc, &b| acc | u8::from(!plain_byte(b)))
            == 0;
        if !all_plain && !check(chunk, base) {
            return false;
        }
        base += CHUNK;
    }
    check(chunks.remainder(), base)
}

/// ASCII, a continuation byte, or the lead of a block of the BMP that is wholly
/// NFC-inert and common in news text: Latin-1 to spacing modifiers (`C2`–`CB`), Greek
/// and Cyrillic (`CF`–`D1`, `D3`–`D5`), CJK ideographs (`E4`–`E9`), Hangul syllables
/// (`EB`, `EC`). A subset of what [`INERT_LEAD`] allows, in arithmetic form.
fn plain_byte(b: u8) -> bool {
    (b < 0xC0)
        | (b.wrapping_sub(0xC2) <= 0xCB - 0xC2)
        | (b.wrapping_sub(0xCF) <= 0xD1 - 0xCF)
        | (b.wrapping_sub(0xD3) <= 0xD5 - 0xD3)
        | (b.wrapping_sub(0xE4) <= 0xE9 - 0xE4)
        | (b.wrapping_sub(0xEB) <= 0xEC - 0xEB)
}

/// Whether the characters starting at `base + k` for each bit `k` of `mask` (each one a
/// lead byte of valid UTF-8) are NFC-inert.
fn inert_at(bytes: &[u8], base: usize, mut mask: u32) -> bool {
    while mask != 0 {
        let at = base + mask.trailing_zeros() as usize;
        mask &= mask - 1;
        let cont = |k: usize| u32::from(bytes.get(at + k).copied().unwrap_or(0) & 0x3F);
        let u = match bytes[at] {
            b @ 0xC0..=0xDF => (u32::from(b & 0x1F) << 6) | cont(1),
            b @ 0xE0..=0xEF => (u32::from(b & 0x0F) << 12) | (cont(1) << 6) | cont(2),
            // Outside the BMP: left to the normalizer.
            _ => return false,
        } as usize;
        if INERT_BITS[u >> 6] & (1 << (u & 63)) == 0 {
            return false;
        }
    }
    true
}

/// [`NFC_INERT`] as a bit set over the BMP, ASCII included (8 KiB).
static INERT_BITS: [u64; 1024] = {
    let mut bits = [0u64; 1024];
    let mut u = 0;
    while u < 0x80 {
        bits[u >> 6] |= 1 << (u & 63);
        u += 1;
    }
    let mut r = 0;
    while r < NFC_INERT.len() {
        let [start, end] = NFC_INERT[r];
        let mut u = start as usize;
        while u <= end as usize {
            bits[u >> 6] |= 1 << (u & 63);
            u += 1;
        }
        r += 1;
    }
    bits
};

/// Bytes a chunk must be decoded for (1): lead bytes of blocks not wholly NFC-inert
/// ([`INERT_LEAD`] is 0), four-byte leads included.
static SUSPECT: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0xC0;
    while b < 256 {
        table[b] = (INERT_LEAD[b] == 0) as u8;
        b += 1;
    }
    table
};

/// For each byte, when it is the lead byte of a UTF-8 sequence whose whole block of code
/// points (64 for a two-byte lead, 4096 for a three-byte lead) lies in one [`NFC_INERT`]
/// range: the sequence's length, so the scan skips it undecoded. 0 otherwise (ASCII,
/// continuation bytes, four-byte leads, blocks that need a closer look).
static INERT_LEAD: [u8; 256] = inert_leads();

const fn inert_leads() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut lead = 0xC2;
    while lead <= 0xEF {
        let (len, first, size) = if lead < 0xE0 {
            (2, (lead as u32 & 0x1F) << 6, 64)
        } else {
            (3, (lead as u32 & 0x0F) << 12, 4096)
        };
        let mut r = 0;
        while r < NFC_INERT.len() {
            let [start, end] = NFC_INERT[r];
            if start as u32 <= first && first + size - 1 <= end as u32 {
                table[lead] = len;
            }
            r += 1;
        }
        lead += 1;
    }
    table
}

/// The NFC-inert characters of the BMP above ASCII as inclusive `start, end` pairs
/// (Unicode data of `icu_normalizer`; the test `nfc_inert_table_matches_the_normalizer`
/// recomputes it and prints the new table when the data changes).
#[rustfmt::skip]
const NFC_INERT: &[[u16; 2]] = &[
    [0x0080, 0x02FF], [0x034F, 0x034F], [0x0370, 0x0373], [0x0375, 0x037D], [0x037F, 0x0386],
    [0x0388, 0x0482], [0x0488, 0x0590], [0x05BE, 0x05BE], [0x05C0, 0x05C0], [0x05C3, 0x05C3],
    [0x05C6, 0x05C6], [0x05CA, 0x060F], [0x061B, 0x064A], [0x0660, 0x066F], [0x0671, 0x06D5],
    [0x06DD, 0x06DE], [0x06E5, 0x06E6], [0x06E9, 0x06E9], [0x06EE, 0x0710], [0x0712, 0x072F],
    [0x074B, 0x07EA], [0x07F4, 0x07FC], [0x07FE, 0x0815], [0x081A, 0x081A], [0x0824, 0x0824],
    [0x0828, 0x0828], [0x082E, 0x0858], [0x085C, 0x0896], [0x08A0, 0x08C9], [0x08E2, 0x08E2],
    [0x0900, 0x093B], [0x093D, 0x094C], [0x094E, 0x0950], [0x0955, 0x0957], [0x0960, 0x09BB],
    [0x09BD, 0x09BD], [0x09BF, 0x09CC], [0x09CE, 0x09D6], [0x09D8, 0x09DB], [0x09DE, 0x09DE],
    [0x09E0, 0x09FD], [0x09FF, 0x0A32], [0x0A34, 0x0A35], [0x0A37, 0x0A3B], [0x0A3D, 0x0A4C],
    [0x0A4E, 0x0A58], [0x0A5C, 0x0A5D], [0x0A5F, 0x0ABB], [0x0ABD, 0x0ACC], [0x0ACE, 0x0B3B],
    [0x0B3D, 0x0B3D], [0x0B3F, 0x0B4C], [0x0B4E, 0x0B55], [0x0B58, 0x0B5B], [0x0B5E, 0x0BBD],
    [0x0BBF, 0x0BCC], [0x0BCE, 0x0BD6], [0x0BD8, 0x0C3B], [0x0C3D, 0x0C4C], [0x0C4E, 0x0C54],
    [0x0C57, 0x0CBB], [0x0CBD, 0x0CC1], [0x0CC3, 0x0CCC], [0x0CCE, 0x0CD4], [0x0CD7, 0x0D3A],
    [0x0D3D, 0x0D3D], [0x0D3F, 0x0D4C], [0x0D4E, 0x0D56], [0x0D58, 0x0DC9], [0x0DCB, 0x0DCE],
    [0x0DD0, 0x0DDE], [0x0DE0, 0x0E37], [0x0E3B, 0x0E47], [0x0E4C, 0x0EB7], [0x0EBB, 0x0EC7],
    [0x0ECC, 0x0F17], [0x0F1A, 0x0F34], [0x0F36, 0x0F36], [0x0F38, 0x0F38], [0x0F3A, 0x0F42],
    [0x0F44, 0x0F4C], [0x0F4E, 0x0F51], [0x0F53, 0x0F56], [0x0F58, 0x0F5B], [0x0F5D, 0x0F68],
    [0x0F6A, 0x0F70], [0x0F77, 0x0F77], [0x0F79, 0x0F79], [0x0F7E, 0x0F7F], [0x0F85, 0x0F85],
    [0x0F88, 0x0F92], [0x0F94, 0x0F9C], [0x0F9E, 0x0FA1], [0x0FA3, 0x0FA6], [0x0FA8, 0x0FAB],
    [0x0FAD, 0x0FB8], [0x0FBA, 0x0FC5], [0x0FC7, 0x102D], [0x102F, 0x1036], [0x1038, 0x1038],
    [0x103B, 0x108C], [0x108E, 0x1160], [0x1176, 0x11A7], [0x11C3, 0x135C], [0x1360, 0x1713],
    [0x1716, 0x1733], [0x1735, 0x17D1], [0x17D3, 0x17DC], [0x17DE, 0x18A8], [0x18AA, 0x1938],
    [0x193C, 0x1A16], [0x1A19, 0x1A5F], [0x1A61, 0x1A74], [0x1A7D, 0x1A7E], [0x1A80, 0x1AAF],
    [0x1ABE, 0x1ABE], [0x1AF1, 0x1B33], [0x1B36, 0x1B43], [0x1B45, 0x1B6A], [0x1B74, 0x1BA9],
    [0x1BAC, 0x1BE5], [0x1BE7, 0x1BF1], [0x1BF4, 0x1C36], [0x1C38, 0x1CCF], [0x1CD3, 0x1CD3],
    [0x1CE1, 0x1CE1], [0x1CE9, 0x1CEC], [0x1CEE, 0x1CF3], [0x1CF5, 0x1CF7], [0x1CFA, 0x1DBF],
    [0x1E00, 0x1F70], [0x1F72, 0x1F72], [0x1F74, 0x1F74], [0x1F76, 0x1F76], [0x1F78, 0x1F78],
    [0x1F7A, 0x1F7A], [0x1F7C, 0x1F7C], [0x1F7E, 0x1FBA], [0x1FBC, 0x1FBD], [0x1FBF, 0x1FC8],
    [0x1FCA, 0x1FCA], [0x1FCC, 0x1FD2], [0x1FD4, 0x1FDA], [0x1FDC, 0x1FE2], [0x1FE4, 0x1FEA],
    [0x1FEC, 0x1FED], [0x1FF0, 0x1FF8], [0x1FFA, 0x1FFA], [0x1FFC, 0x1FFC], [0x1FFE, 0x1FFF],
    [0x2002, 0x20CF], [0x20DD, 0x20E0], [0x20E2, 0x20E4], [0x20F1, 0x2125], [0x2127, 0x2129],
    [0x212C, 0x2328], [0x232B, 0x2ADB], [0x2ADD, 0x2CEE], [0x2CF2, 0x2D7E], [0x2D80, 0x2DDF],
    [0x2E00, 0x3029], [0x3030, 0x3098], [0x309B, 0xA66E], [0xA670, 0xA673], [0xA67E, 0xA69D],
    [0xA6A0, 0xA6EF], [0xA6F2, 0xA805], [0xA807, 0xA82B], [0xA82D, 0xA8C3], [0xA8C5, 0xA8DF],
    [0xA8F2, 0xA92A], [0xA92E, 0xA952], [0xA954, 0xA9B2], [0xA9B4, 0xA9BF], [0xA9C1, 0xAAAF],
    [0xAAB1, 0xAAB1], [0xAAB5, 0xAAB6], [0xAAB9, 0xAABD], [0xAAC0, 0xAAC0], [0xAAC2, 0xAAF5],
    [0xAAF7, 0xABEC], [0xABEE, 0xD7FF], [0xE000, 0xF8FF], [0xFA0E, 0xFA0F], [0xFA11, 0xFA11],
    [0xFA13, 0xFA14], [0xFA1F, 0xFA1F], [0xFA21, 0xFA21], [0xFA23, 0xFA24], [0xFA27, 0xFA29],
    [0xFA6E, 0xFA6F], [0xFADA, 0xFB1C], [0xFB20, 0xFB29], [0xFB37, 0xFB37], [0xFB3D, 0xFB3D],
    [0xFB3F, 0xFB3F], [0xFB42, 0xFB42], [0xFB45, 0xFB45], [0xFB4F, 0xFE1F], [0xFE30, 0xFFFF],
];

/// Checks that the bidi embedding, override and isolate controls of `text` are balanced
/// within each paragraph (see the module documentation for the exact rules).
///
/// Returns [`Problem::UnbalancedBidi`] for the first unbalanced control the scan meets.
pub fn check_bidi(text: &str) -> Option<Problem> {
    let bytes = text.as_bytes();
    // Fast path (all ASCII text included): no character with the controls' lead byte.
    let mut i = memchr::memchr(0xE2, bytes)?;
    let mut open = OpenControls::new();
    while i < bytes.len() {
        if open.len == 0 {
            // Nothing open: only a control (UTF-8 lead byte 0xE2) can be a problem.
            i += memchr::memchr(0xE2, &bytes[i..])?;
        }
        match bytes[i] {
            b'\n' | b'\r' | 0x1C..=0x1E => {
                if let Some(p) = open.earliest() {
                    return Some(p);
                }
            }
            0xC2 if bytes.get(i + 1) == Some(&0x85) => {
                if let Some(p) = open.earliest() {
                    return Some(p);
                }
                i += 1;
            }
            0xE2 => {
                if let Some(p) = bidi_at(bytes, i, &mut open) {
                    return Some(p);
                }
                i += 2;
            }
            _ => {}
        }
        i += 1;
    }
    open.earliest()
}

/// Checks a title for zero-width characters inside a word (see the module documentation for
/// what counts as a word and where ZWNJ and ZWJ are legitimate).
///
/// Returns [`Problem::ZeroWidth`] for the first such character.
pub fn check_zero_width(text: &str) -> Option<Problem> {
    let bytes = text.as_bytes();
    let ccc = CanonicalCombiningClassMapBorrowed::new();
    let word = |c: char| c.is_alphabetic() || c.is_numeric() || ccc.get_u8(c) != 0;
    // Lead bytes of U+200B–U+200D, U+2060 (0xE2) and U+FEFF (0xEF); none in ASCII text.
    for i in memchr::memchr2_iter(0xE2, 0xEF, bytes) {
        let ch = match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (0xE2, Some(0x80), Some(0x8B)) => '\u{200B}',
            (0xE2, Some(0x80), Some(0x8C)) => '\u{200C}',
            (0xE2, Some(0x80), Some(0x8D)) => '\u{200D}',
            (0xE2, Some(0x81), Some(0xA0)) => '\u{2060}',
            (0xEF, Some(0xBB), Some(0xBF)) => '\u{FEFF}',
            _ => continue,
        };
        // Only the first of a run is reported: its neighbours are looked for past the run.
        let Some(prev) = text[..i].chars().next_back() else {
            continue;
        };
        if is_zero_width(prev) {
            continue;
        }
        let Some(next) = text[i..].chars().find(|&c| !is_zero_width(c)) else {
            continue;
        };
        if !word(prev) || !word(next) {
            continue;
        }
        if matches!(ch, '\u{200C}' | '\u{200D}') && (uses_joiners(prev) || uses_joiners(next)) {
            continue;
        }
        return Some(Problem::ZeroWidth { offset: i, ch });
    }
    None
}

/// True when `lang` (a BCP 47 language tag) is written right to left.
///
/// An explicit script subtag decides (`Arab`, `Hebr`, `Syrc`, `Thaa`, `Nkoo`, `Adlm`,
/// `Rohg`... are right to left; any other script, such as `Latn` or `Cyrl`, left to right);
/// otherwise the primary language subtag does (`ar`, `fa`, `he`, `ur`, `ps`, `yi`, `dv`,
/// `ckb`, `sd`, `ug`, `syr`...). Unknown and empty tags are left to right.
pub fn is_rtl_language(lang: &str) -> bool {
    let mut subtags = lang.split(['-', '_']);
    let primary = subtags.next().unwrap_or("");
    for subtag in subtags {
        match subtag.len() {
            // Extended language subtags come before the script.
            3 if subtag.bytes().all(|b| b.is_ascii_alphabetic()) => {}
            4 if subtag.bytes().all(|b| b.is_ascii_alphabetic()) => {
                return RTL_SCRIPTS.iter().any(|s| s.eq_ignore_ascii_case(subtag));
            }
            _ => break,
        }
    }
    RTL_LANGUAGES
        .iter()
        .any(|l| l.eq_ignore_ascii_case(primary))
}

/// ISO 15924 codes of the right-to-left scripts (living and historic).
#[rustfmt::skip]
const RTL_SCRIPTS: &[&str] = &[
    "Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hebr", "Hung",
    "Khar", "Lydi", "Mand", "Mani", "Mend", "Merc", "Mero", "Narb", "Nbat", "Nkoo", "Orkh",
    "Ougr", "Palm", "Phli", "Phlp", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo",
    "Syrc", "Syre", "Syrj", "Syrn", "Thaa", "Yezi",
];

/// Primary language subtags (ISO 639-1, and ISO 639-3 for languages without a two-letter
/// code or for the individual Arabic, Persian and Yiddish languages) whose usual script is
/// right to left. Languages commonly written in more than one script (`az`, `uz`, `ku`, `pa`,
/// `ms`, `ha`, `ff`...) are left out: their tags need a script subtag to be right to left.
#[rustfmt::skip]
const RTL_LANGUAGES: &[&str] = &[
    // Arabic and the Arabic languages.
    "ar", "ara", "arb", "arz", "ary", "arq", "aeb", "apc", "ajp", "acm", "afb", "ars", "apd",
    "ayl", "acq", "ayh", "ayn", "ayp", "acw", "acx", "abv", "adf", "aao", "auz", "avl", "shu",
    "ssh",
    // Persian, Dari.
    "fa", "fas", "per", "pes", "prs",
    // Hebrew, Yiddish.
    "he", "heb", "iw", "yi", "yid", "ji", "ydd", "yih",
    // Other languages usually written in the Arabic script.
    "ur", "urd", "ps", "pus", "pbt", "pbu", "sd", "snd", "ug", "uig", "ks", "kas", "ckb", "sdh",
    "lrc", "mzn", "glk", "azb", "pnb", "skr", "bal", "bgp", "bgn", "khw", "ota", "bqi", "uzs",
    // Thaana, Syriac and Aramaic, Mandaic, N'Ko, Hanifi Rohingya.
    "dv", "div", "syr", "aii", "cld", "arc", "mid", "nqo", "rhg",
];

fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// True for characters of the scripts where ZWNJ and ZWJ select glyph forms.
fn uses_joiners(c: char) -> bool {
    matches!(u32::from(c),
        // Arabic, Syriac, Arabic supplement.
        0x0600..=0x077F
        // N'Ko.
        | 0x07C0..=0x07FF
        // Mandaic, Syriac supplement, Arabic extended-B and A.
        | 0x0840..=0x08FF
        // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam,
        // Sinhala.
        | 0x0900..=0x0DFF
        // Myanmar.
        | 0x1000..=0x109F
        // Khmer, Mongolian.
        | 0x1780..=0x18AF
        // Khmer symbols, Tai Tham, Balinese, Sundanese.
        | 0x19E0..=0x19FF | 0x1A20..=0x1AAF | 0x1B00..=0x1BBF
        // Sundanese supplement, Vedic extensions.
        | 0x1CC0..=0x1CFF
        // Phags-pa, Saurashtra, Devanagari extended, Kayah Li, Rejang.
        | 0xA840..=0xA95F
        // Javanese, Myanmar extended-B, Cham, Myanmar extended-A.
        | 0xA980..=0xAA7F
        // Meetei Mayek extensions, Meetei Mayek.
        | 0xAAE0..=0xAAFF | 0xABC0..=0xABFF
        // Arabic presentation forms A and B (not U+FEFF).
        | 0xFB50..=0xFDFF | 0xFE70..=0xFEFE
        // Manichaean, Psalter Pahlavi, Hanifi Rohingya.
        | 0x10AC0..=0x10AFF | 0x10B80..=0x10BAF | 0x10D00..=0x10D3F
        // Arabic extended-C, Sogdian, Old Uyghur, Chorasmian.
        | 0x10EC0..=0x10EFF | 0x10F30..=0x10FDF
        // Historic Brahmic scripts (Brahmi, Kaithi, Sharada, Grantha, Tirhuta...), Mongolian
        // supplement, Tamil supplement.
        | 0x11000..=0x11FFF
        // Adlam, Arabic mathematical letters.
        | 0x1E900..=0x1E95F | 0x1EE00..=0x1EEFF
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Embedding,
    Isolate,
}

/// UAX #9 `max_depth`.
const MAX_DEPTH: usize = 125;

/// The open bidi controls, innermost last, in a fixed array so balanced text allocates
/// nothing.
struct OpenControls {
    items: [(usize, char, Kind); MAX_DEPTH],
    len: usize,
}

impl OpenControls {
    fn new() -> Self {
        OpenControls {
            items: [(0, '\0', Kind::Embedding); MAX_DEPTH],
            len: 0,
        }
    }

    fn problem(&self, index: usize) -> Problem {
        let (offset, ch, _) = self.items[index];
        Problem::UnbalancedBidi { offset, ch }
    }

    /// The earliest open control, as a problem.
    fn earliest(&self) -> Option<Problem> {
        (self.len > 0).then(|| self.problem(0))
    }
}

/// Handles the character at `bytes[i]` (lead byte 0xE2) when it is a bidi control or a
/// paragraph separator.
fn bidi_at(bytes: &[u8], i: usize, open: &mut OpenControls) -> Option<Problem> {
    let (b1, b2) = (*bytes.get(i + 1)?, *bytes.get(i + 2)?);
    let ch = match (b1, b2) {
        (0x80, 0xAA..=0xAE) => char::from_u32(0x2000 + u32::from(b2 - 0x80)),
        (0x81, 0xA6..=0xA9) => char::from_u32(0x2040 + u32::from(b2 - 0x80)),
        (0x80, 0xA9) => return open.earliest(), // U+2029 PARAGRAPH SEPARATOR
        _ => None,
    }?;
    let stray = Problem::UnbalancedBidi { offset: i, ch };
    match ch {
        '\u{202C}' => {
            if open.len > 0 && open.items[open.len - 1].2 == Kind::Embedding {
                open.len -= 1;
                None
            } else {
                Some(stray)
            }
        }
        '\u{2069}' => {
            let Some(isolate) = open.items[..open.len]
                .iter()
                .rposition(|&(_, _, k)| k == Kind::Isolate)
            else {
                return Some(stray);
            };
            if isolate + 1 < open.len {
                return Some(open.problem(isolate + 1));
            }
            open.len = isolate;
            None
        }
        _ => {
            if open.len == MAX_DEPTH {
                return Some(stray);
            }
            let kind = if ch >= '\u{2066}' {
                Kind::Isolate
            } else {
                Kind::Embedding
            };
            open.items[open.len] = (i, ch, kind);
            open.len += 1;
            None
        }
    }
}

fn bidi_name(ch: char) -> &'static str {
    match ch {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        _ => "",
    }
}

fn zero_width_name(ch: char) -> &'static str {
    match ch {
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{2060}' => "WORD JOINER",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        _ => "",
    }
}

/// Appends `text` without markup (`<...>` tags, `&...;` references) to `out`, up to `limit`
/// bytes in all (cut at a character boundary).
pub fn strip_markup(text: &str, out: &mut String, limit: usize) {
    // Runs without `<`, `>` or `&` are copied (or, inside a tag, skipped) whole.
    let bytes = text.as_bytes();
    let mut in_tag = false;
    let mut i = 0;
    while i < bytes.len() {
        let end = memchr::memchr3(b'<', b'>', b'&', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        let run = &text[i..end];
        let room = limit.saturating_sub(out.len());
        if in_tag {
            // Nothing is kept, but a character that would not fit still ends the sample.
            if room < 4 && run.chars().any(|c| c.len_utf8() > room) {
                return;
            }
        } else if run.len() <= room {
            out.push_str(run);
        } else {
            let mut cut = room;
            while !run.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&run[..cut]);
            return;
        }
        if end == bytes.len() {
            return;
        }
        if out.len() + 1 > limit {
            return;
        }
        i = end + 1;
        match bytes[end] {
            b'<' => in_tag = true,
            b'>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            b'&' if !in_tag => {
                // Skip a reference (up to `;` within a few characters).
                for (k, (at, n)) in text[i..].char_indices().enumerate() {
                    if n == ';' || k > 10 || n.is_whitespace() {
                        i += at + usize::from(n == ';');
                        break;
                    }
                    if i + at + n.len_utf8() == bytes.len() {
                        i = bytes.len();
                    }
                }
                out.push(' ');
            }
            b'>' => out.push('>'),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_inert_table_matches_the_normalizer() {
        use icu_normalizer::properties::{
            CanonicalCombiningClassMapBorrowed, CanonicalCompositionBorrowed,
            CanonicalDecompositionBorrowed, Decomposed,
        };
        let ccc = CanonicalCombiningClassMapBorrowed::new();
        let compose = CanonicalCompositionBorrowed::new();
        let decompose = CanonicalDecompositionBorrowed::new();
        let nfc = ComposingNormalizerBorrowed::new_nfc();
        // Second characters of a canonical composition, over all of Unicode.
        let mut second = vec![false; 0x11_0000];
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if let Decomposed::Expansion(a, b) = decompose.decompose(c)
                && compose.compose(a, b) == Some(c)
            {
                second[b as usize] = true;
            }
        }
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        for c in (0x80..0x1_0000).filter_map(char::from_u32) {
            let u = c as u32;
            let inert = ccc.get_u8(c) == 0
                && nfc.is_normalized(c.encode_utf8(&mut [0; 4]))
                && !second[u as usize];
            // The scan (lead-byte skips included) agrees, char by char and after Cyrillic.
            let one = c.to_string();
            assert_eq!(is_nfc_inert(&one), inert, "U+{u:04X}");
            assert_eq!(
                is_nfc_inert(&format!("д{one}д")),
                inert,
                "U+{u:04X} in Cyrillic"
            );
            match ranges.last_mut() {
                Some(r) if inert && r.1 + 1 == u => r.1 = u,
                _ if inert => ranges.push((u, u)),
                _ => {}
            }
        }
        let want: Vec<[u16; 2]> = ranges.iter().map(|&(a, b)| [a as u16, b as u16]).collect();
        let table: Vec<String> = want
            .iter()
            .map(|[a, b]| format!("[{a:#06X}, {b:#06X}]"))
            .collect();
        assert_eq!(
            NFC_INERT,
            want.as_slice(),
            "new table: {}",
            table.join(", ")
        );
        // Everything below U+0300 is inert: the scan's starting range.
        assert_eq!(NFC_INERT[0], [0x80, 0x2FF]);
    }

    #[test]
    fn inert_scan_agrees_with_the_normalizer() {
        let nfc = ComposingNormalizerBorrowed::new_nfc();
        for text in [
            "Новости дня",
            "ειδήσεις",
            "新闻 ニュース 뉴스",
            "e\u{301}",
            "\u{1100}\u{1161}",
            "가\u{11A8}",
            "\u{2126}",
            "क़",
            "\u{F900}",
            "😀 ok",
            "Ελλάδα\u{342}",
        ] {
            if is_nfc_inert(text) {
                assert!(nfc.is_normalized(text), "{text:?}");
            }
        }
        assert!(is_nfc_inert("Новости дня — ειδήσεις, 新闻 뉴스"));
        assert!(!is_nfc_inert("e\u{301}"));
        assert!(!is_nfc_inert("가\u{11A8}"));
        assert!(!is_nfc_inert("\u{2126}"));
        assert!(!is_nfc_inert("😀"));
        // Whole blocks skipped by their lead byte, and blocks that need a closer look.
        assert_eq!(INERT_LEAD[0xD0], 2, "U+0400..U+043F");
        assert_eq!(INERT_LEAD[0xD2], 0, "U+0483 is a combining mark");
        assert_eq!(INERT_LEAD[0xE4], 3, "U+4000..U+4FFF");
        assert_eq!(INERT_LEAD[0xE1], 0, "Hangul jamo");
        assert!(!is_nfc_inert("Новости\u{483}"));
        assert!(is_nfc_inert("Ђ ђ Ӏ ӿ"));
        // The arithmetic fast test never lets a suspect byte through.
        for b in 0..=255u8 {
            if plain_byte(b) {
                assert!(b < 0xC0 || INERT_LEAD[usize::from(b)] != 0, "{b:#04X}");
            }
        }
        // A non-inert character at every position around the chunk boundaries.
        for n in 0..70 {
            for tail in ["\u{301}", "\u{483}", "\u{11A8}", "\u{1D15E}"] {
                let text = format!("{}{tail}{}", "a".repeat(n), "д".repeat(20));
                assert!(!is_nfc_inert(&text), "{n} {tail:?}");
                let text = format!("{}{tail}", "д".repeat(n));
                assert!(!is_nfc_inert(&text), "{n} {tail:?}");
            }
            assert!(is_nfc_inert(&format!(
                "{}Ӏ{}",
                "д".repeat(n),
                "新".repeat(n)
            )));
        }
    }

    /// The char-by-char definition [`strip_markup`] must equal.
    fn strip_slow(text: &str, out: &mut String, limit: usize) {
        let mut in_tag = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if out.len() + c.len_utf8() > limit {
                return;
            }
            match c {
                '<' => in_tag = true,
                '>' if in_tag => {
                    in_tag = false;
                    out.push(' ');
                }
                '&' if !in_tag => {
                    let mut k = 0;
                    while let Some(&n) = chars.peek() {
                        if n == ';' || k > 10 || n.is_whitespace() {
                            if n == ';' {
                                chars.next();
                            }
                            break;
                        }
                        chars.next();
                        k += 1;
                    }
                    out.push(' ');
                }
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
    }

    #[test]
    fn strip_markup_equals_its_definition() {
        let texts = [
            "<p>Москва &amp; «Минск»</p> a > b &nbsp;x",
            "&averyveryverylongname; tail &",
            "<a href=\"/x\">Երևան</a>&#x1F600;<br/>新闻，会议。",
            "no markup at all, Ğ ü",
            "<unclosed tag Москва",
            "&",
            "",
        ];
        for t in texts {
            for limit in [0, 1, 2, 3, 5, 8, 13, 21, 40, 4096] {
                let (mut a, mut b) = (String::from("x"), String::from("x"));
                strip_markup(t, &mut a, limit);
                strip_slow(t, &mut b, limit);
                assert_eq!(a, b, "{t:?} limit {limit}");
            }
        }
    }

    const LRE: char = '\u{202A}';
    const RLE: char = '\u{202B}';
    const PDF: char = '\u{202C}';
    const RLO: char = '\u{202E}';
    const LRI: char = '\u{2066}';
    const RLI: char = '\u{2067}';
    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';

    fn bidi(offset: usize, ch: char) -> Option<Problem> {
        Some(Problem::UnbalancedBidi { offset, ch })
    }

    fn zero_width(offset: usize, ch: char) -> Option<Problem> {
        Some(Problem::ZeroWidth { offset, ch })
    }

    #[test]
    fn hygiene_ascii_passes_every_check() {
        let text = "Plain ASCII title: 3 killed, 12 hurt (AP) \n\t~!@#$%^&*()";
        assert_eq!(check_nfc(text), None);
        assert_eq!(check_bidi(text), None);
        assert_eq!(check_zero_width(text), None);
        assert_eq!(check_nfc(""), None);
        assert_eq!(check_bidi(""), None);
        assert_eq!(check_zero_width(""), None);
    }

    #[test]
    fn hygiene_nfc_text_passes() {
        for text in [
            "Путин и Зеленский: переговоры в Стамбуле, ёлка, й",
            "Հայաստանի կառավարությունը",
            "国务院新闻办公室发布会 北京",
            "Café, naïve, Ελληνικά, Tiếng Việt, 한국어 뉴스",
            "العربية فارسی می‌خواهم עברית",
            "हिन्दी समाचार",
        ] {
            assert_eq!(check_nfc(text), None, "{text}");
        }
    }

    #[test]
    fn hygiene_nfd_text() {
        assert_eq!(
            check_nfc("e\u{301}"),
            Some(Problem::NotNfc {
                offset: 0,
                form: "NFD"
            })
        );
        // Decomposed Hangul and a decomposed Vietnamese letter after ASCII.
        let text = "Ha Noi: Vie\u{323}\u{302}t \u{1112}\u{1161}\u{11AB}";
        assert_eq!(
            check_nfc(text),
            Some(Problem::NotNfc {
                offset: "Ha Noi: Vi".len(),
                form: "NFD"
            })
        );
    }

    #[test]
    fn hygiene_mixed_forms() {
        // Precomposed é first, then a decomposed é.
        let text = "Caf\u{e9} cre\u{300}me";
        assert_eq!(
            check_nfc(text),
            Some(Problem::NotNfc {
                offset: "Caf\u{e9} cr".len(),
                form: "mixed"
            })
        );
        // A singleton that NFC replaces (U+212B ANGSTROM SIGN) is not NFD either.
        assert_eq!(
            check_nfc("10 \u{212B}"),
            Some(Problem::NotNfc {
                offset: 3,
                form: "mixed"
            })
        );
    }

    #[test]
    fn hygiene_bidi_balanced() {
        assert_eq!(check_bidi(&format!("a {RLE}עברית{PDF} b")), None);
        assert_eq!(check_bidi(&format!("a {RLI}עברית{PDI} b")), None);
        assert_eq!(
            check_bidi(&format!("{LRI}x{RLE}y{PDF}{FSI}z{PDI}{PDI}\n{RLO}w{PDF}")),
            None
        );
        // Line and paragraph separators inside closed controls, other U+20xx punctuation.
        assert_eq!(
            check_bidi(&format!("{RLE}a\u{2028}b{PDF}\u{2029}“quote” — …")),
            None
        );
    }

    #[test]
    fn hygiene_bidi_unclosed() {
        assert_eq!(check_bidi(&format!("price {RLO}123")), bidi(6, RLO));
        // The earliest open control is reported.
        assert_eq!(check_bidi(&format!("{RLI}a{RLE}b")), bidi(0, RLI));
    }

    #[test]
    fn hygiene_bidi_stray_closers() {
        assert_eq!(check_bidi(&format!("ab{PDF}")), bidi(2, PDF));
        assert_eq!(check_bidi(&format!("ab{PDI}")), bidi(2, PDI));
        // A PDF cannot close an embedding opened outside the innermost isolate.
        assert_eq!(check_bidi(&format!("{RLE}{LRI}{PDF}")), bidi(6, PDF));
        // A PDI closing an isolate with an embedding still open reports the embedding.
        assert_eq!(check_bidi(&format!("{RLI}x{LRE}y{PDI}")), bidi(4, LRE));
    }

    #[test]
    fn hygiene_bidi_closed_at_paragraph_end() {
        assert_eq!(check_bidi(&format!("x{RLE}a\nb{PDF}")), bidi(1, RLE));
        assert_eq!(check_bidi(&format!("{RLI}a\r\nb{PDI}")), bidi(0, RLI));
        assert_eq!(check_bidi(&format!("{RLI}a\u{85}{PDI}")), bidi(0, RLI));
        assert_eq!(check_bidi(&format!("{RLI}a\u{2029}{PDI}")), bidi(0, RLI));
        // Balanced within each paragraph.
        assert_eq!(check_bidi(&format!("{RLE}a{PDF}\n{RLI}b{PDI}\n")), None);
        // After a newline, a closer has nothing to close.
        assert_eq!(check_bidi(&format!("a\n{PDF}")), bidi(2, PDF));
    }

    #[test]
    fn hygiene_bidi_depth_limit() {
        let deep: String = core::iter::repeat_n(RLE, MAX_DEPTH + 1).collect();
        assert_eq!(check_bidi(&deep), bidi(MAX_DEPTH * 3, RLE));
        let mut balanced: String = core::iter::repeat_n(LRI, MAX_DEPTH).collect();
        balanced.extend(core::iter::repeat_n(PDI, MAX_DEPTH));
        assert_eq!(check_bidi(&balanced), None);
    }

    #[test]
    fn hygiene_zero_width_inside_word() {
        assert_eq!(
            check_zero_width("Break\u{200B}ing news"),
            zero_width(5, '\u{200B}')
        );
        assert_eq!(
            check_zero_width("Прези\u{FEFF}дент"),
            zero_width(10, '\u{FEFF}')
        );
        assert_eq!(check_zero_width("20\u{2060}25"), zero_width(2, '\u{2060}'));
        // A combining mark ends the word before the character.
        assert_eq!(
            check_zero_width("Cafe\u{301}\u{200B}s"),
            zero_width(6, '\u{200B}')
        );
        // A run of zero-width characters: its first one.
        assert_eq!(
            check_zero_width("ab\u{200B}\u{200D}cd"),
            zero_width(2, '\u{200B}')
        );
        // ZWNJ and ZWJ in scripts that do not need them.
        assert_eq!(
            check_zero_width("Auf\u{200C}lage"),
            zero_width(3, '\u{200C}')
        );
        assert_eq!(check_zero_width("שלו\u{200D}ם"), zero_width(6, '\u{200D}'));
    }

    #[test]
    fn hygiene_zero_width_outside_word() {
        // Between words, at the edges, next to punctuation: not reported.
        assert_eq!(check_zero_width("Breaking \u{200B}news"), None);
        assert_eq!(check_zero_width("Breaking\u{200B} news"), None);
        assert_eq!(check_zero_width("\u{FEFF}Title\u{200B}"), None);
        assert_eq!(check_zero_width("Title\u{200B}: more"), None);
        // Other characters of the U+2000 and U+FE00 blocks.
        assert_eq!(check_zero_width("a\u{2009}b “c” d\u{FE0F}"), None);
    }

    #[test]
    fn hygiene_zero_width_joiners_where_needed() {
        // Persian: "I want", "books", a Latin word with a Persian suffix.
        assert_eq!(check_zero_width("می\u{200C}خواهم"), None);
        assert_eq!(check_zero_width("کتاب\u{200C}ها"), None);
        assert_eq!(check_zero_width("iPhone\u{200C}ها"), None);
        // Devanagari half form and explicit virama, Sinhala conjunct.
        assert_eq!(check_zero_width("क्\u{200D}ष"), None);
        assert_eq!(check_zero_width("न्\u{200C}ह"), None);
        assert_eq!(check_zero_width("ශ්\u{200D}රී"), None);
        // Emoji ZWJ sequences.
        assert_eq!(check_zero_width("Jobs for 👩\u{200D}💻 in Tbilisi"), None);
        assert_eq!(check_zero_width("🏳\u{FE0F}\u{200D}🌈"), None);
        // ZWSP is never needed, even in Arabic.
        assert_eq!(
            check_zero_width("کتاب\u{200B}ها"),
            zero_width(8, '\u{200B}')
        );
    }

    #[test]
    fn hygiene_rtl_languages() {
        for tag in [
            "ar", "fa-IR", "he", "ur", "az-Arab", "ckb", "ar-EG", "pa-Arab", "yi", "dv",
        ] {
            assert!(is_rtl_language(tag), "{tag}");
        }
        for tag in [
            "en", "ru", "az-Latn", "uz", "sd-Deva", "ar-Latn", "ku", "", "x-ar",
        ] {
            assert!(!is_rtl_language(tag), "{tag}");
        }
        // Case, `_` separators and extended language subtags.
        assert!(is_rtl_language("FA_ir"));
        assert!(is_rtl_language("ar-arz"));
        assert!(!is_rtl_language("uz-Cyrl-UZ"));
        assert!(is_rtl_language("uz-arab-af"));
    }

    #[test]
    fn hygiene_problem_offset_and_display() {
        let p = check_bidi(&format!("ab{PDF}")).unwrap();
        assert_eq!(p.offset(), 2);
        assert_eq!(
            p.to_string(),
            "unbalanced bidi control U+202C POP DIRECTIONAL FORMATTING at byte 2"
        );
        let p = check_zero_width("a\u{200B}b").unwrap();
        assert_eq!(
            p.to_string(),
            "zero-width character U+200B ZERO WIDTH SPACE inside a word at byte 1"
        );
        let p = check_nfc("e\u{301}").unwrap();
        assert_eq!(
            p.to_string(),
            "text is not in Unicode NFC (NFD form) from byte 0"
        );
    }
}
