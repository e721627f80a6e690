//! Checks across items: duplicate (lang, id) keys and translation groups.
//!
//! Memory is what a 1M-item corpus allows (see ARCHITECTURE.md): canonical decimal ids are
//! packed with their language into one `u64`; other ids are kept as strings. A translation
//! record is 24 bytes (key hash, language, location). Duplicates are rare, so only their keys
//! are kept during the scan; where they occur is found afterwards by a second, rare pass.

use super::item::{ItemContext, parse_item};
use super::keys::parse_keys;
use super::source::{self, Loc, Record, Sink, offset_in, read_record};
use crate::diagnostic::{Code, Diagnostic, resolve_positions};
use crate::error::Result;
use crate::site::Site;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::PathBuf;

/// One item's membership of a translation group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TkRec {
    /// Hash of the translation key (collisions are resolved by reading the records).
    pub hash: u64,
    /// Language index.
    pub lang: u16,
    /// File index.
    pub file: u16,
    /// Record length.
    pub len: u32,
    /// Record offset.
    pub offset: u64,
}

impl TkRec {
    /// The record's location.
    pub fn loc(&self) -> Loc {
        Loc {
            file: u32::from(self.file),
            offset: self.offset,
            len: self.len,
        }
    }
}

/// Hash of a translation key (deterministic across runs).
pub fn tk_hash(key: &str) -> u64 {
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new();
    key.hash(&mut h);
    h.finish()
}

/// Collects the keys of every valid item of a scan.
#[derive(Debug, Default)]
pub struct CrossCheck {
    numeric: HashSet<u64>,
    other: HashSet<(u16, Box<str>)>,
    dups: HashSet<(u16, String)>,
    tks: Vec<TkRec>,
}

fn numeric_key(lang: u16, id: &str) -> Option<u64> {
    let b = id.as_bytes();
    if b.is_empty()
        || b.len() > 15
        || !b.iter().all(u8::is_ascii_digit)
        || (b[0] == b'0' && b.len() > 1)
    {
        return None;
    }
    let v: u64 = id.parse().ok()?;
    Some((u64::from(lang) << 50) | v)
}

impl CrossCheck {
    /// Records one valid item; returns the hash of its translation key.
    pub fn add(&mut self, lang: usize, id: &str, tk: Option<&str>, loc: Loc) -> Option<u64> {
        let lang = lang as u16;
        let fresh = match numeric_key(lang, id) {
            Some(k) => self.numeric.insert(k),
            None => self.other.insert((lang, id.into())),
        };
        if !fresh {
            self.dups.insert((lang, id.to_string()));
        }
        let hash = tk.map(tk_hash);
        if let Some(hash) = hash {
            self.tks.push(TkRec {
                hash,
                lang,
                file: loc.file as u16,
                len: loc.len,
                offset: loc.offset,
            });
        }
        hash
    }

    /// Merges another thread's keys into this one (finding duplicates across threads).
    pub fn merge(&mut self, other: CrossCheck) {
        for k in other.numeric {
            if !self.numeric.insert(k) {
                let lang = (k >> 50) as u16;
                let id = (k & ((1 << 50) - 1)).to_string();
                self.dups.insert((lang, id));
            }
        }
        for (lang, id) in other.other {
            if self.other.contains(&(lang, id.clone())) {
                self.dups.insert((lang, id.into_string()));
            } else {
                self.other.insert((lang, id));
            }
        }
        self.dups.extend(other.dups);
        self.tks.extend(other.tks);
    }

    /// Number of valid items recorded.
    pub fn len(&self) -> usize {
        self.numeric.len() + self.other.len()
    }

    /// True when no item was recorded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds where duplicates and conflicting translation groups are, and returns their
    /// diagnostics plus the translation index.
    pub fn finish(
        mut self,
        files: &[PathBuf],
        site: &Site,
        threads: usize,
    ) -> Result<(Vec<Diagnostic>, TranslationIndex)> {
        self.numeric = HashSet::new();
        self.other = HashSet::new();
        let mut diags = Vec::new();
        if !self.dups.is_empty() {
            diags.extend(locate_duplicates(files, site, threads, &self.dups)?);
        }
        self.tks.sort_unstable();
        let index = TranslationIndex { recs: self.tks };
        diags.extend(index.same_language_conflicts(files, site)?);
        Ok((diags, index))
    }
}

/// Reads a record's `id`/`translation_key` value offset (relative to the record).
fn field_offset(record: &[u8], name: &str) -> u64 {
    let Ok(text) = std::str::from_utf8(record) else {
        return 0;
    };
    let Ok(map) = serde_json::from_str::<HashMap<&str, &serde_json::value::RawValue>>(text) else {
        return 0;
    };
    map.get(name)
        .map_or(0, |v| offset_in(record, v.get()) as u64)
}

/// `path:line:column` of a record's field, for messages that point at another record.
fn describe(files: &[PathBuf], loc: Loc, field: &str) -> Result<String> {
    let rec = read_record(files, loc)?;
    let at = loc.offset + field_offset(&rec, field);
    let path = &files[loc.file as usize];
    let pos =
        resolve_positions(path, &[at]).map_err(|e| crate::Error::io("cannot read", path, e))?;
    Ok(format!(
        "{}:{}:{}",
        path.display(),
        pos[0].line,
        pos[0].column
    ))
}

struct DupSink<'a> {
    site: &'a Site,
    dups: &'a HashSet<(u16, String)>,
    found: Vec<((u16, String), Loc)>,
}

impl Sink for DupSink<'_> {
    fn record(&mut self, r: Record<'_>) {
        let (lang, id) = match parse_keys(r.bytes, self.site) {
            Some(k) => (k.lang, k.id.into_owned()),
            None => {
                let cx = ItemContext {
                    site: self.site,
                    now: None,
                };
                match parse_item(r.bytes, &cx).item {
                    Some(it) => match self.site.language(&it.lang) {
                        Some(l) => (l, it.id),
                        None => return,
                    },
                    None => return,
                }
            }
        };
        let key = (lang as u16, id);
        if self.dups.contains(&key) {
            self.found.push((key, r.loc));
        }
    }
    fn diagnostic(&mut self, _: Diagnostic) {}
}

fn locate_duplicates(
    files: &[PathBuf],
    site: &Site,
    threads: usize,
    dups: &HashSet<(u16, String)>,
) -> Result<Vec<Diagnostic>> {
    let sinks = source::scan(files, threads, None, || DupSink {
        site,
        dups,
        found: Vec::new(),
    })?;
    let mut found: Vec<((u16, String), Loc)> = sinks.into_iter().flat_map(|s| s.found).collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut out = Vec::new();
    for group in found.chunk_by(|a, b| a.0 == b.0) {
        let first = describe(files, group[0].1, "id")?;
        let ((lang, id), _) = &group[0];
        let tag = &site.languages[*lang as usize].tag;
        for (_, loc) in &group[1..] {
            let rec = read_record(files, *loc)?;
            out.push(
                Diagnostic::new(
                    Code::DuplicateItemId,
                    format!("(lang `{tag}`, id `{id}`) is already used at {first}"),
                )
                .field("id")
                .at(loc.file, loc.offset + field_offset(&rec, "id")),
            );
        }
    }
    Ok(out)
}

/// Translation groups, sorted by key hash and language.
#[derive(Debug, Default)]
pub struct TranslationIndex {
    recs: Vec<TkRec>,
}

impl TranslationIndex {
    /// The records whose key hashes like `key` (verify the key when reading them).
    pub fn candidates(&self, key: &str) -> &[TkRec] {
        self.by_hash(tk_hash(key))
    }

    /// The records whose key has hash `h`.
    pub fn by_hash(&self, h: u64) -> &[TkRec] {
        let start = self.recs.partition_point(|r| r.hash < h);
        let end = self.recs.partition_point(|r| r.hash <= h);
        &self.recs[start..end]
    }

    fn same_language_conflicts(&self, files: &[PathBuf], site: &Site) -> Result<Vec<Diagnostic>> {
        let mut out = Vec::new();
        for group in self
            .recs
            .chunk_by(|a, b| a.hash == b.hash && a.lang == b.lang)
        {
            if group.len() < 2 {
                continue;
            }
            // Same hash and language: read the keys to rule out a hash collision.
            let mut by_key: HashMap<String, Vec<Loc>> = HashMap::new();
            for r in group {
                let rec = read_record(files, r.loc())?;
                let key = serde_json::from_slice::<HashMap<String, serde_json::Value>>(&rec)
                    .ok()
                    .and_then(|m| m.get("translation_key")?.as_str().map(String::from));
                if let Some(k) = key {
                    by_key.entry(k).or_default().push(r.loc());
                }
            }
            let mut keys: Vec<_> = by_key.into_iter().filter(|(_, v)| v.len() > 1).collect();
            keys.sort();
            for (key, mut locs) in keys {
                locs.sort();
                let first = describe(files, locs[0], "translation_key")?;
                let tag = &site.languages[group[0].lang as usize].tag;
                for loc in &locs[1..] {
                    let rec = read_record(files, *loc)?;
                    out.push(
                        Diagnostic::new(
                            Code::DuplicateTranslation,
                            format!(
                                "translation_key `{key}` already has a `{tag}` item at {first}"
                            ),
                        )
                        .field("translation_key")
                        .at(loc.file, loc.offset + field_offset(&rec, "translation_key")),
                    );
                }
            }
        }
        Ok(out)
    }
}
