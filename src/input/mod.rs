//! Input: normalized news items as JSON Lines (`*.jsonl`) or JSON arrays (`*.json`).
//!
//! - [`wire`]: the serde/JSON Schema types mirroring `schemas/item.schema.json`;
//! - [`source`]: finding item files and cutting them into records (one item each), in
//!   parallel byte ranges for large JSON Lines files;
//! - [`item`]: the full, position-keeping parser of one record into a [`crate::model::Item`]
//!   plus diagnostics (every problem, not just the first);
//! - [`keys`]: the fast parser of the keys `build` needs from every record.
//!
//! Offsets in diagnostics produced here are relative to the record; callers shift them by
//! the record's start ([`crate::diagnostic::Diagnostic::in_source`]).

pub mod cross;
pub mod item;
pub mod keys;
pub mod source;
pub mod wire;

pub use item::{ItemContext, parse_item};
pub use source::{Loc, Record, collect_item_files};

use crate::diagnostic::{Diagnostic, resolve_positions};
use crate::error::{Error, Result};
use std::path::PathBuf;

/// Sorts diagnostics by (source, offset, code) and resolves their positions.
pub fn finish_diagnostics(files: &[PathBuf], diags: &mut [Diagnostic]) -> Result<()> {
    diags.sort_by(|a, b| {
        (a.source, a.offset, a.code, &a.field, &a.message)
            .cmp(&(b.source, b.offset, b.code, &b.field, &b.message))
    });
    for group in diags.chunk_by_mut(|a, b| a.source == b.source) {
        let Some(src) = group[0].source else { continue };
        let path = &files[src as usize];
        let offsets: Vec<u64> = group.iter().map(|d| d.offset.unwrap_or(0)).collect();
        let positions =
            resolve_positions(path, &offsets).map_err(|e| Error::io("cannot read", path, e))?;
        for (d, p) in group.iter_mut().zip(positions) {
            d.position = Some(p);
        }
    }
    Ok(())
}

/// Every item field, in schema order.
pub const FIELDS: &[&str] = &[
    "id",
    "lang",
    "section",
    "title",
    "summary",
    "content_html",
    "url",
    "published",
    "updated",
    "authors",
    "categories",
    "image",
    "translation_key",
];

/// The fields every item must have.
pub const REQUIRED: &[&str] = &["id", "lang", "section", "title", "url", "published"];

/// The closest candidate to `got`, if it is close enough to be a likely typo.
pub fn near_miss<'a>(got: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let got_l = got.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&got_l, &c.to_lowercase()), c))
        .filter(|&(d, c)| d <= 2.max(c.chars().count() / 4) && d < c.chars().count())
        .min_by_key(|&(d, c)| (d, c))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses() {
        assert_eq!(
            near_miss("publised", FIELDS.iter().copied()),
            Some("published")
        );
        assert_eq!(near_miss("Title", FIELDS.iter().copied()), Some("title"));
        assert_eq!(
            near_miss("translationkey", FIELDS.iter().copied()),
            Some("translation_key")
        );
        assert_eq!(near_miss("colour", FIELDS.iter().copied()), None);
    }
}
