//! Does an item's text use the writing system of its declared language?
//!
//! A site that publishes the same stories in several languages sometimes leaves an item
//! untranslated: declared `hy` (Armenian), its text is still the Russian original. This
//! module catches that one case, and only when the *script* gives it away (Cyrillic where
//! Armenian letters were expected, Cyrillic where Han characters were expected, and so on).
//! Two languages written in the same script (Russian text declared `be`, `kk`, `ky` or `tg`;
//! English declared `uz`) look the same to it: that needs a language identifier, not this.
//!
//! # Expected script
//!
//! The expected script of a tag comes from CLDR likely-subtags data, through ICU4X's
//! [`LocaleExpander`] with its compiled extended data: `ru` → Cyrl, `hy` → Armn, `kk` → Cyrl,
//! `zh` → Hans, `zh-TW` → Hant, `uz` → Latn, `ar` → Arab. An explicit script subtag wins
//! (`sr-Latn`, `zh-Hant`, `uz-Cyrl`). ISO 15924 codes that name a *writing system* rather
//! than a Unicode script are mapped to the Unicode scripts whose letters they use: Hans, Hant
//! → Han; Hanb → Han + Bopomofo; Jpan → Han + Hiragana + Katakana; Hrkt → Hiragana +
//! Katakana; Kore → Han + Hangul; and the variant codes Aran, Latf, Latg, Cyrs, Syre, Syrj,
//! Syrn, Geok to their base script. A tag that cannot be parsed, `und`, `mul`, `zxx`, a
//! private-use tag (`x-...`), a language the data does not place, or a script with no letters
//! in Unicode (Zyyy, Zinh, Zxxx, Zzzz, Zsym...) gives no expectation, so never a report.
//!
//! # Letters counted
//!
//! Only alphabetic characters (Unicode `Alphabetic`) whose Unicode `Script` property is a real
//! script are counted; Common and Inherited characters (digits, punctuation, symbols,
//! combining marks, the katakana length mark) are not. Before counting, the scanner skips:
//!
//! - markup: HTML tags with their attributes, comments, and the bodies of `<script>` and
//!   `<style>` elements (content is HTML; `<p class="lead">` is not Latin text);
//! - character references such as `&nbsp;`, `&laquo;` or `&#171;`;
//! - addresses: every run of ASCII characters between whitespace that contains `://`, `@` or
//!   `www.` (URLs, e-mail addresses, social handles). The run stops at the first non-ASCII
//!   character, so a link glued to Chinese text without spaces does not swallow the Chinese.
//!
//! # Weights
//!
//! A Han character carries about a word: an English or Russian rendering of Chinese text has
//! three to four times as many letters. Counting one Han character as one letter would let
//! a Chinese headline full of product names (`苹果发布 iPhone 16 Pro Max 和 Apple
//! Intelligence`: 5 Han, 29 Latin) look like an English one. So the judgement counts *letter
//! units*: a Han character is 3 units, a kana, Hangul syllable or Yi syllable is 2 (one
//! syllable, about two letters), every other letter is 1. The counts reported in
//! [`ScriptMismatch`] are plain letters; only the decision uses units.
//!
//! # Thresholds
//!
//! The goal is no false positive on real news text, where proper names, Latin acronyms
//! (CSTO, SCO, NATO), exercise names ("Sahand-Anti-Terror 2025"), quotes and links are common
//! inside Cyrillic, Armenian or Chinese text. An item is reported only when all of these hold
//! over its texts taken together (title, summary and content are one body of evidence):
//!
//! - at least [`MIN_UNITS`] (40) letter units in all: a title of a few words is too
//!   short to judge, and a lone name or acronym must never decide;
//! - the expected script(s) have less than [`MAX_EXPECTED_PERCENT`] (20%) of the units: a
//!   translated title over an untranslated body still has the expected script at about
//!   10%, while a genuine translation quoting foreign names keeps far more than 20%;
//! - one foreign script has more than [`MIN_FOREIGN_PERCENT`] (60%) of the units: text that is
//!   a mixture of several scripts (a glossary, a list of names) is not called untranslated,
//!   and the report can name the one script it found;
//! - and that foreign script has at least [`MIN_FOREIGN_UNITS`] (40) units: a sentence of
//!   running text, not a name.
//!
//! A Latin text declared in a Latin-script language can never be reported: its letters are
//! the expected ones.
//!
//! # Cost
//!
//! One pass over the bytes per text, with no allocation: ASCII letters need no lookup, other
//! characters go through a 1024-slot memo of (character, script) in front of the
//! [`CodePointMapData`] trie, so running text in one alphabet costs a comparison per letter
//! (about 4 ms per MB of mixed Armenian, Russian, English and Chinese text with optimizations).
//! The expected script of a tag is cached per tag string in [`ScriptChecker`]; the only
//! allocations are that cache, the memo, a reused tally of at most a few scripts, and, when
//! there is a report, its sample.

use std::collections::{HashMap, VecDeque};
use std::ops::ControlFlow;

use icu_locale::{Locale, LocaleExpander};
use icu_properties::props::Script;
use icu_properties::{CodePointMapData, CodePointMapDataBorrowed, PropertyNamesShort};
use memchr::memmem;

/// Fewer letter units than this in all the texts: too short to judge, never reported.
pub const MIN_UNITS: usize = 40;
/// The expected script(s) must have less than this share (percent) of the letter units.
pub const MAX_EXPECTED_PERCENT: usize = 20;
/// The dominant foreign script must have more than this share (percent) of the letter units.
pub const MIN_FOREIGN_PERCENT: usize = 60;
/// The dominant foreign script must have at least this many letter units.
pub const MIN_FOREIGN_UNITS: usize = 40;

/// Bytes of an item's text (title first, then summary and content, markup stripped) the
/// check looks at, in `check` and in `validate` alike. One KiB holds some 400 letters
/// of an alphabet (more of CJK), ten times what the thresholds need: an item written in
/// the wrong language is wrong from its first lines, and a longer sample only costs time
/// on big feeds (the scan was a sixth of the time of validating a 50 MB Atom feed with
/// 4 KiB).
pub const SAMPLE_BYTES: usize = 1024;

/// Letters counted, at most: the verdict is reached on the first ones (six times
/// [`MIN_UNITS`]), so a long text costs no more than a short one.
pub const MAX_LETTERS: usize = 256;

/// Characters of the sample in a [`ScriptMismatch`], at most.
const SAMPLE_CHARS: usize = 40;
/// Letters in the window that looks for a run of foreign text to sample.
const SAMPLE_WINDOW: usize = 24;

/// An item whose letters are mostly in a script its declared language does not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptMismatch {
    /// ISO 15924 code of the script the declared language is written in (`Armn`, `Hans`).
    pub expected: &'static str,
    /// ISO 15924 code of the foreign script that has most of the letters (`Cyrl`, `Latn`).
    pub found: &'static str,
    /// Letters counted in all the texts (plain letters, not weighted units).
    pub letters: usize,
    /// Of those, letters in the `found` script.
    pub foreign: usize,
    /// At most 40 characters of the text where it is in the foreign script.
    pub sample: String,
}

impl ScriptMismatch {
    /// The `UntranslatedItem` message for an item declared `lang`.
    pub fn message(&self, lang: &str) -> String {
        format!(
            "the item is declared `{lang}` ({} script) but its text is in {}: \u{201c}{}\u{201d}",
            self.expected, self.found, self.sample
        )
    }
}

/// The Unicode scripts whose letters a declared language is expected to use.
#[derive(Debug, Clone, Copy)]
struct Expected {
    /// ISO 15924 code of the declared or likely script.
    code: &'static str,
    scripts: [Script; 3],
    len: usize,
}

impl Expected {
    fn scripts(&self) -> &[Script] {
        &self.scripts[..self.len]
    }
}

/// Letters per script for one check; a handful of entries, searched linearly.
#[derive(Debug, Default)]
struct Tally {
    counts: Vec<(Script, usize)>,
    last: usize,
}

impl Tally {
    fn clear(&mut self) {
        self.counts.clear();
        self.last = 0;
    }

    #[inline]
    fn add(&mut self, script: Script) {
        if let Some(entry) = self.counts.get_mut(self.last)
            && entry.0 == script
        {
            entry.1 += 1;
            return;
        }
        match self.counts.iter().position(|(s, _)| *s == script) {
            Some(i) => {
                self.counts[i].1 += 1;
                self.last = i;
            }
            None => {
                self.last = self.counts.len();
                self.counts.push((script, 1));
            }
        }
    }
}

/// Checks items against the script of their declared language, caching the expected script
/// of each tag. Create one per thread and reuse it for every item.
#[derive(Debug)]
pub struct ScriptChecker {
    expander: LocaleExpander,
    letters: Letters,
    cache: HashMap<String, Option<Expected>>,
    tally: Tally,
}

impl Default for ScriptChecker {
    fn default() -> Self {
        Self::new()
    }
}

impl ScriptChecker {
    /// A checker with ICU4X compiled data (likely subtags for all CLDR languages).
    pub fn new() -> Self {
        ScriptChecker {
            expander: LocaleExpander::new_extended(),
            letters: Letters::new(),
            cache: HashMap::new(),
            tally: Tally::default(),
        }
    }

    /// The ISO 15924 code of the script `lang` is expected to be written in (`hy` → `Armn`,
    /// `zh` → `Hans`, `sr-Latn` → `Latn`), or `None` when the tag gives no expectation.
    pub fn expected_script(&mut self, lang: &str) -> Option<&'static str> {
        self.expected(lang).map(|e| e.code)
    }

    /// Reports `texts` (an item's title, summary, content...) when their letters are mostly
    /// in a script that `lang` does not use; see the module documentation for the rules.
    pub fn check(&mut self, lang: &str, texts: &[&str]) -> Option<ScriptMismatch> {
        let expected = self.expected(lang)?;
        let lookup = &mut self.letters;
        let tally = &mut self.tally;
        tally.clear();
        let mut counted = 0;
        for text in texts {
            scan(text, lookup, |_, s| {
                tally.add(s);
                counted += 1;
                if counted < MAX_LETTERS {
                    ControlFlow::Continue(())
                } else {
                    ControlFlow::Break(())
                }
            });
            if counted >= MAX_LETTERS {
                break;
            }
        }

        let mut letters = 0;
        let mut units = 0;
        let mut expected_units = 0;
        let mut found: Option<(Script, usize, usize)> = None;
        for &(script, count) in &tally.counts {
            let u = count * weight(script);
            letters += count;
            units += u;
            if expected.scripts().contains(&script) {
                expected_units += u;
            } else if found.is_none_or(|(_, _, best)| u > best) {
                found = Some((script, count, u));
            }
        }
        let (found, foreign, foreign_units) = found?;
        if units < MIN_UNITS
            || foreign_units < MIN_FOREIGN_UNITS
            || expected_units * 100 >= units * MAX_EXPECTED_PERCENT
            || foreign_units * 100 <= units * MIN_FOREIGN_PERCENT
        {
            return None;
        }
        Some(ScriptMismatch {
            expected: expected.code,
            found: PropertyNamesShort::<Script>::new()
                .get(found)
                .unwrap_or("Zzzz"),
            letters,
            foreign,
            sample: sample(texts, &mut self.letters, found),
        })
    }

    fn expected(&mut self, lang: &str) -> Option<Expected> {
        if let Some(hit) = self.cache.get(lang) {
            return *hit;
        }
        let resolved = self.resolve(lang);
        self.cache.insert(lang.to_owned(), resolved);
        resolved
    }

    fn resolve(&self, lang: &str) -> Option<Expected> {
        let mut id = Locale::try_from_str(lang.trim()).ok()?.id;
        if id.language.is_unknown() || matches!(id.language.as_str(), "mul" | "zxx") {
            return None;
        }
        let declared = match id.script.filter(|s| s.as_str() != "Zzzz") {
            Some(script) => script,
            None => {
                id.script = None;
                self.expander.maximize(&mut id);
                id.script?
            }
        };
        expected_for(Script::from(declared), self.letters.map)
    }
}

/// Convenience for a single check; use a [`ScriptChecker`] for many items.
pub fn check_script(lang: &str, texts: &[&str]) -> Option<ScriptMismatch> {
    ScriptChecker::new().check(lang, texts)
}

/// The Unicode scripts used by the ISO 15924 script `declared`.
fn expected_for(
    declared: Script,
    map: CodePointMapDataBorrowed<'static, Script>,
) -> Option<Expected> {
    let code = PropertyNamesShort::<Script>::new().get(declared)?;
    let set: &[Script] = match declared {
        Script::SimplifiedHan | Script::TraditionalHan => &[Script::Han],
        Script::HanWithBopomofo => &[Script::Han, Script::Bopomofo],
        Script::Japanese => &[Script::Han, Script::Hiragana, Script::Katakana],
        Script::KatakanaOrHiragana => &[Script::Hiragana, Script::Katakana],
        Script::Korean => &[Script::Han, Script::Hangul],
        Script::ArabicNastaliq => &[Script::Arabic],
        Script::LatinFraktur | Script::LatinGaelic => &[Script::Latin],
        Script::OldChurchSlavonicCyrillic => &[Script::Cyrillic],
        Script::EstrangeloSyriac | Script::WesternSyriac | Script::EasternSyriac => {
            &[Script::Syriac]
        }
        Script::Khutsuri => &[Script::Georgian],
        Script::Common | Script::Inherited | Script::Unknown => return None,
        other => {
            // A code with no characters in Unicode (Zsym, Zmth, Blis...) cannot be checked.
            map.iter_ranges_for_value(other).next()?;
            return Some(Expected {
                code,
                scripts: [other; 3],
                len: 1,
            });
        }
    };
    let mut scripts = [Script::Unknown; 3];
    scripts[..set.len()].copy_from_slice(set);
    Some(Expected {
        code,
        scripts,
        len: set.len(),
    })
}

/// Letter units of one letter of `script` (see "Weights" in the module documentation).
fn weight(script: Script) -> usize {
    match script {
        Script::Han => 3,
        Script::Hiragana | Script::Katakana | Script::Hangul | Script::Yi => 2,
        _ => 1,
    }
}

/// Script of each letter: the Unicode data behind a small direct-mapped memo, since running
/// text uses a few dozen distinct letters and most lookups then cost one comparison.
#[derive(Debug, Clone)]
struct Letters {
    map: CodePointMapDataBorrowed<'static, Script>,
    /// `(character, its script or Common when it is not a letter)`, slot `char % MEMO_SLOTS`.
    memo: Box<[(char, Script)]>,
}

/// Slots in the memo: U+0400..U+07FF (Cyrillic, Armenian, Hebrew, Arabic) fill it without
/// collisions; other blocks share slots, which costs only a lookup, never a wrong answer.
const MEMO_SLOTS: usize = 1024;

impl Letters {
    fn new() -> Self {
        Letters {
            map: CodePointMapData::<Script>::new(),
            // NUL never reaches the memo (ASCII is handled before), so it marks empty slots.
            memo: vec![('\0', Script::Common); MEMO_SLOTS].into_boxed_slice(),
        }
    }

    /// The script of the non-ASCII character `c` if it is a counted letter: alphabetic, and
    /// of a real script (not Common, Inherited or Unknown).
    #[inline]
    fn script(&mut self, c: char) -> Option<Script> {
        let slot = c as usize % MEMO_SLOTS;
        let (known, script) = self.memo[slot];
        let script = if known == c {
            script
        } else {
            let script = if c.is_alphabetic() {
                self.map.get(c)
            } else {
                Script::Common
            };
            self.memo[slot] = (c, script);
            script
        };
        (script != Script::Common && script != Script::Inherited && script != Script::Unknown)
            .then_some(script)
    }
}

/// Calls `f(byte offset, script)` for every counted letter of `text`, skipping markup,
/// character references and addresses, until `f` breaks.
#[inline]
fn scan(text: &str, lookup: &mut Letters, mut f: impl FnMut(usize, Script) -> ControlFlow<()>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    // End of the ASCII run already checked for being an address.
    let mut checked_to = 0;
    // Offset of the last `>` of the text, looked up at the first `<`.
    let mut last_gt: Option<Option<usize>> = None;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            if b == b'<' {
                // Without a `>` further on, no `<` can start markup: look for it once, so that
                // text full of `<` without `>` stays linear.
                let last = *last_gt.get_or_insert_with(|| memchr::memrchr(b'>', bytes));
                i = match last {
                    Some(gt) if gt > i => markup_end(bytes, i).unwrap_or(i + 1),
                    _ => i + 1,
                };
                continue;
            }
            if i >= checked_to {
                let end = ascii_run_end(bytes, i);
                if is_address(&bytes[i..end]) {
                    i = end;
                    continue;
                }
                checked_to = end;
            }
            if b == b'&'
                && let Some(end) = reference_end(bytes, i)
            {
                i = end;
                continue;
            }
            if b.is_ascii_alphabetic() && f(i, Script::Latin).is_break() {
                return;
            }
            i += 1;
            continue;
        }
        // `i` is always at a character boundary: it only moves past ASCII bytes or whole
        // characters.
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if let Some(script) = lookup.script(c)
            && f(i, script).is_break()
        {
            return;
        }
        i += c.len_utf8();
    }
}

/// End of the run of non-space ASCII characters (other than `<`) starting at `start`.
fn ascii_run_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|&b| b >= 0x80 || b == b'<' || b.is_ascii_whitespace())
        .map_or(bytes.len(), |n| start + n)
}

/// A URL, an e-mail address or a handle: not text in any language.
fn is_address(run: &[u8]) -> bool {
    // Runs are short (a word, a number, punctuation): one plain pass beats building
    // substring searchers for each.
    run.iter().enumerate().any(|(k, &b)| match b {
        b'@' => true,
        b':' => run[k + 1..].starts_with(b"//"),
        b'w' | b'W' => run
            .get(k..k + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www.")),
        _ => false,
    })
}

/// End of the tag, comment or declaration starting at `bytes[start] == b'<'`, past the whole
/// element for `<script>` and `<style>`; `None` if this `<` does not start markup (not
/// followed by a name, `/`, `!` or `?`, or no `>` after it).
fn markup_end(bytes: &[u8], start: usize) -> Option<usize> {
    let rest = &bytes[start..];
    let next = *rest.get(1)?;
    if !(next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')) {
        return None;
    }
    if rest.starts_with(b"<!--") {
        // An unclosed comment runs to the end, as in HTML.
        return Some(memmem::find(&rest[4..], b"-->").map_or(bytes.len(), |n| start + 4 + n + 3));
    }
    let close = start + memchr::memchr(b'>', rest)? + 1;
    let name_len = rest[1..]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(rest.len() - 1);
    let name = &rest[1..1 + name_len];
    for raw in [&b"script"[..], b"style"] {
        if name.eq_ignore_ascii_case(raw) {
            // An unclosed element runs to the end, as in HTML.
            return Some(closing_tag(bytes, close, raw).unwrap_or(bytes.len()));
        }
    }
    Some(close)
}

/// End of the first `</name ...>` at or after `from`, ignoring ASCII case.
fn closing_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(n) = memmem::find(&bytes[at..], b"</") {
        let tag = at + n + 2;
        if bytes
            .get(tag..tag + name.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(name))
        {
            return memchr::memchr(b'>', &bytes[tag..]).map(|m| tag + m + 1);
        }
        at = tag;
    }
    None
}

/// End of the character reference (`&nbsp;`, `&#171;`, `&#xAB;`) starting at `start`.
fn reference_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut j = start + 1;
    let numeric = bytes.get(j) == Some(&b'#');
    if numeric {
        j += 1;
        if matches!(bytes.get(j), Some(b'x' | b'X')) {
            j += 1;
        }
    }
    let body = j;
    while j < bytes.len() && j - body < 32 && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    (j > body && bytes.get(j) == Some(&b';')).then_some(j + 1)
}

/// Up to [`SAMPLE_CHARS`] characters where the text is in `found`: the first place where
/// most of the next [`SAMPLE_WINDOW`] letters are in that script, or else its first letter.
fn sample(texts: &[&str], lookup: &mut Letters, found: Script) -> String {
    let mut first = None;
    // The last SAMPLE_WINDOW letters: (offset, in `found`).
    let mut window: VecDeque<(usize, bool)> = VecDeque::with_capacity(SAMPLE_WINDOW);
    for (t, text) in texts.iter().enumerate() {
        window.clear();
        let mut in_window = 0;
        let mut hit = None;
        scan(text, lookup, |at, script| {
            let foreign = script == found;
            if foreign && first.is_none() {
                first = Some((t, at));
            }
            if window.len() == SAMPLE_WINDOW
                && let Some((_, out)) = window.pop_front()
            {
                in_window -= usize::from(out);
            }
            window.push_back((at, foreign));
            in_window += usize::from(foreign);
            if window.len() == SAMPLE_WINDOW
                && in_window * 4 >= SAMPLE_WINDOW * 3
                && let Some(&(start, true)) = window.front()
            {
                hit = Some(start);
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        });
        if let Some(start) = hit {
            return excerpt(&text[start..]);
        }
    }
    first.map_or_else(String::new, |(t, at)| excerpt(&texts[t][at..]))
}

/// The start of `text` as one line: markup, references and whitespace runs become one space.
fn excerpt(text: &str) -> String {
    let mut out = String::new();
    let mut chars = 0;
    let mut space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && chars < SAMPLE_CHARS {
        if bytes[i] == b'<'
            && let Some(end) = markup_end(bytes, i)
        {
            space = true;
            i = end;
            continue;
        }
        if bytes[i] == b'&'
            && let Some(end) = reference_end(bytes, i)
        {
            space = true;
            i = end;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
            chars += 1;
            if chars == SAMPLE_CHARS {
                break;
            }
        }
        space = false;
        out.push(c);
        chars += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HY_ARTICLE: &str = "Հայաստանի վարչապետը այսօր Երևանում հանդիպում է ունեցել \
        Եվրոպական միության պատվիրակության հետ։ Կողմերը քննարկել են տարածաշրջանային \
        անվտանգության և տնտեսական համագործակցության հարցեր, այդ թվում՝ ՀԱՊԿ-ի (CSTO) \
        հետ հարաբերությունները։ Հանդիպմանը մասնակցել է նաև արտաքին գործերի նախարարը։ \
        Մանրամասները՝ www.primeminister.am կայքում։";

    const RU_ARTICLE: &str = "Премьер-министр Армении сегодня в Ереване провёл встречу с \
        делегацией Европейского союза. Стороны обсудили вопросы региональной безопасности \
        и экономического сотрудничества, в том числе отношения с ОДКБ. Во встрече также \
        принял участие министр иностранных дел.";

    #[test]
    fn expected_scripts_come_from_likely_subtags() {
        let mut c = ScriptChecker::new();
        for (tag, script) in [
            ("ru", "Cyrl"),
            ("hy", "Armn"),
            ("kk", "Cyrl"),
            ("ar", "Arab"),
            ("zh", "Hans"),
            ("en", "Latn"),
            ("uz", "Latn"),
            ("tg", "Cyrl"),
            ("be", "Cyrl"),
            ("ky", "Cyrl"),
            ("sr", "Cyrl"),
            ("ja", "Jpan"),
            ("ko", "Kore"),
            ("zh-TW", "Hant"),
            ("zh-Hant", "Hant"),
            ("sr-Latn", "Latn"),
            ("uz-Cyrl", "Cyrl"),
            ("hy-AM", "Armn"),
            ("en-US-x-newsroom", "Latn"),
        ] {
            assert_eq!(c.expected_script(tag), Some(script), "{tag}");
        }
        for tag in [
            "und",
            "mul",
            "zxx",
            "x-internal",
            "qaa",
            "",
            "not a tag",
            "en-Zsym",
            "und-Cyrl",
        ] {
            assert_eq!(c.expected_script(tag), None, "{tag}");
        }
    }

    #[test]
    fn armenian_text_declared_hy_passes() {
        let title = "Վարչապետը հանդիպել է ԵՄ պատվիրակության հետ";
        assert_eq!(check_script("hy", &[title, HY_ARTICLE]), None);
    }

    #[test]
    fn russian_text_declared_hy_is_caught() {
        // A translated title over an untranslated summary and body.
        let title = "Վարչապետը հանդիպել է ԵՄ պատվիրակության հետ";
        let summary = "Стороны обсудили вопросы региональной безопасности.";
        let m = check_script("hy", &[title, summary, RU_ARTICLE]).expect("mismatch");
        assert_eq!(m.expected, "Armn");
        assert_eq!(m.found, "Cyrl");
        assert!(m.foreign * 100 > m.letters * 80, "{m:?}");
        assert!(m.sample.starts_with("Стороны обсудили"), "{m:?}");
        assert!(m.sample.chars().count() <= 40, "{m:?}");
    }

    #[test]
    fn russian_with_latin_acronyms_and_names_passes() {
        let text = "Генеральный секретарь ОДКБ (CSTO) и представители SCO обсудили в Москве \
            итоги учений Sahand-Anti-Terror 2025. По словам координатора программы UNDP \
            John Smith, в NATO и OSCE внимательно следят за ситуацией в регионе, а доклад \
            IAEA будет опубликован в сентябре. Подробности на сайте \
            https://en.odkb-csto.org/news/ и по адресу press@odkb-csto.org.";
        assert_eq!(
            check_script("ru", &["ОДКБ и SCO: итоги учений", text]),
            None
        );
    }

    #[test]
    fn kazakh_cyrillic_passes() {
        let text = "Қазақстан Республикасының Президенті бүгін Астанада Шанхай \
            ынтымақтастық ұйымы (ШЫҰ) елдерінің сыртқы істер министрлерін қабылдады. \
            Кездесуде аймақтық қауіпсіздік пен экономикалық әріптестік мәселелері \
            талқыланды.";
        assert_eq!(check_script("kk", &[text]), None);
        assert_eq!(check_script("kk-KZ", &[text]), None);
    }

    #[test]
    fn chinese_with_latin_acronyms_passes() {
        let text = "上海合作组织（SCO）成员国国防部长会议今天在青岛举行。与会各方就地区安全\
            形势、反恐合作以及“Sahand-Anti-Terror 2025”联合演习等议题深入交换了意见。\
            会议期间，CSTO秘书长也出席了相关活动。详情请见https://www.example.cn/news/2025。";
        assert_eq!(
            check_script("zh", &["上合组织国防部长会议在青岛举行", text]),
            None
        );
        // A headline of product names: 5 Han characters against 29 Latin letters.
        let headline = "苹果发布 iPhone 16 Pro Max 和 Apple Intelligence";
        assert_eq!(check_script("zh", &[headline]), None);
        assert_eq!(
            check_script(
                "zh-Hant",
                &["蘋果發布 iPhone 16 Pro Max 和 Apple Intelligence"]
            ),
            None
        );
    }

    #[test]
    fn russian_text_declared_zh_is_caught() {
        let m =
            check_script("zh", &["上合组织国防部长会议在青岛举行", RU_ARTICLE]).expect("mismatch");
        assert_eq!(m.expected, "Hans");
        assert_eq!(m.found, "Cyrl");
        assert!(m.sample.starts_with("Премьер-министр Армении"), "{m:?}");
    }

    #[test]
    fn english_with_a_russian_quote_passes() {
        let text = "Foreign ministers of the Shanghai Cooperation Organisation met in Qingdao \
            on Tuesday to discuss regional security and counter-terrorism cooperation. \
            Speaking to reporters after the session, the Russian delegate said: «Мы готовы \
            к диалогу со всеми странами региона без исключения». Officials from several \
            member states said the talks had been constructive, although no joint statement \
            on the border dispute was agreed. The next meeting is scheduled for October.";
        assert_eq!(
            check_script("en", &["SCO ministers meet in Qingdao", text]),
            None
        );
    }

    #[test]
    fn russian_text_declared_en_is_caught() {
        let m = check_script("en", &[RU_ARTICLE]).expect("mismatch");
        assert_eq!((m.expected, m.found), ("Latn", "Cyrl"));
    }

    #[test]
    fn short_text_never_triggers() {
        assert_eq!(check_script("hy", &["Новости дня"]), None);
        assert_eq!(check_script("zh", &["Москва, 5 июня"]), None);
        assert_eq!(check_script("hy", &["", ""]), None);
        assert_eq!(check_script("hy", &[]), None);
    }

    #[test]
    fn latin_declared_sr_latn_passes() {
        let text = "Vlada Srbije je danas usvojila predlog zakona o budžetu za narednu \
            godinu. Ministar finansija je izjavio da će plate u javnom sektoru biti \
            povećane za osam odsto od januara.";
        assert_eq!(check_script("sr-Latn", &[text]), None);
        assert_eq!(check_script("sr-Latn-RS", &[text]), None);
        // Plain `sr` is Cyrillic by likely subtags.
        assert_eq!(check_script("sr", &[text]).map(|m| m.found), Some("Latn"));
    }

    #[test]
    fn uzbek_latin_passes() {
        let text = "O‘zbekiston Respublikasi Prezidenti bugun Toshkentda Xitoy \
            delegatsiyasini qabul qildi. Uchrashuvda savdo-iqtisodiy hamkorlikni \
            kengaytirish va yangi investitsiya loyihalari masalalari muhokama qilindi.";
        assert_eq!(check_script("uz", &[text]), None);
        // The same text declared in Cyrillic is not.
        assert_eq!(
            check_script("uz-Cyrl", &[text]).map(|m| (m.expected, m.found)),
            Some(("Cyrl", "Latn"))
        );
    }

    #[test]
    fn japanese_and_korean_pass() {
        let ja = "政府は今日、東京で記者会見を開き、新しい経済対策を発表した。\
            エネルギー価格の高騰に対応するため、家計への支援を拡大する方針だ。";
        let ko = "정부는 오늘 서울에서 기자회견을 열고 새로운 경제 대책을 발표했다. \
            에너지 가격 상승에 대응하기 위해 가계 지원을 확대할 방침이다.";
        assert_eq!(check_script("ja", &[ja]), None);
        assert_eq!(check_script("ko", &[ko]), None);
        assert_eq!(
            check_script("ja", &[RU_ARTICLE]).map(|m| m.expected),
            Some("Jpan")
        );
    }

    #[test]
    fn markup_references_and_addresses_are_not_letters() {
        let html = "<p class=\"lead\" style=\"font-weight:bold\">Երևանում&nbsp;այսօր \
            կայացել է հանդիպում։</p><script type=\"text/javascript\">var trackingAccount = \
            'newsroom-analytics-production'; window.dataLayer.push({event: 'pageview'});\
            </script><!-- generated by the content management system --><figure><img \
            src=\"https://cdn.example.am/photos/meeting.jpg\" alt=\"photo\"></figure>\
            <p><a href=\"mailto:press@gov.am\">press@gov.am</a> &laquo;ՀԱՊԿ&raquo;</p>";
        let mut c = ScriptChecker::new();
        c.tally.clear();
        let tally = &mut c.tally;
        scan(html, &mut Letters::new(), |_, s| {
            tally.add(s);
            ControlFlow::Continue(())
        });
        assert!(
            c.tally.counts.iter().all(|(s, _)| *s == Script::Armenian),
            "{:?}",
            c.tally.counts
        );
        assert_eq!(c.check("hy", &[html]), None);
    }

    #[test]
    fn same_script_languages_are_out_of_scope() {
        // Russian declared Belarusian: both Cyrillic, not this module's question.
        assert_eq!(check_script("be", &[RU_ARTICLE]), None);
    }

    #[test]
    fn checker_caches_per_tag_and_reuses_its_tally() {
        let mut c = ScriptChecker::new();
        for _ in 0..3 {
            assert!(c.check("hy", &[RU_ARTICLE]).is_some());
            assert_eq!(c.check("hy", &[HY_ARTICLE]), None);
            assert_eq!(c.check("und", &[RU_ARTICLE]), None);
        }
        assert_eq!(c.cache.len(), 2);
    }

    #[test]
    fn reference_and_markup_scanners() {
        assert_eq!(reference_end(b"&nbsp;x", 0), Some(6));
        assert_eq!(reference_end(b"&#171;", 0), Some(6));
        assert_eq!(reference_end(b"&#xAB;", 0), Some(6));
        assert_eq!(reference_end(b"& co;", 0), None);
        assert_eq!(reference_end(b"&;", 0), None);
        assert_eq!(markup_end(b"a < b", 2), None);
        assert_eq!(markup_end(b"<b>x", 0), Some(3));
        assert_eq!(markup_end(b"<b unclosed", 0), None);
        assert_eq!(markup_end(b"<STYLE>p{}</Style >x", 0), Some(19));
        assert_eq!(markup_end(b"<script>never closed", 0), Some(20));
        assert_eq!(markup_end(b"<!-- never closed", 0), Some(17));
        assert_eq!(
            excerpt("Стороны  обсудили<br>вопросы&nbsp;"),
            "Стороны обсудили вопросы"
        );
    }
}
