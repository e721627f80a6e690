//! The conditional-GET cache of `--cache DIR`: per URL, the body of the last full answer and
//! its validators (`ETag`, `Last-Modified`) plus the headers the checks need, so that a later
//! run can send `If-None-Match` / `If-Modified-Since` and, on 304 Not Modified, validate the
//! stored body.
//!
//! Layout: two files per URL, named by a 64-bit FNV-1a hash of the URL as asked for:
//! `HASH.body` (the decoded body) and `HASH.json` (the URL, headers, body length and hash).
//! Both are written atomically (temporary file + rename, [`crate::fsio`]), the body first; an
//! entry whose body does not match its record (a run killed between the two writes, a file
//! edited by hand) is ignored, as is an entry for another URL (a hash collision).

use super::Headers;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// A cache folder.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

/// The record of one cached answer.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    /// The URL as asked for.
    pub url: String,
    /// The answer's headers.
    pub headers: Headers,
    /// The body was served compressed.
    pub compressed: bool,
    /// Length of the stored body.
    pub body_len: u64,
    /// FNV-1a hash of the stored body (hex).
    pub body_hash: String,
}

/// 64-bit FNV-1a: stable across runs, platforms and versions (unlike std's hasher).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Cache {
    /// Opens (creating it if needed) a cache folder.
    pub fn open(dir: PathBuf) -> Result<Cache> {
        std::fs::create_dir_all(&dir).map_err(|e| Error::io("cannot create folder", &dir, e))?;
        Ok(Cache { dir })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn paths(&self, url: &str) -> (PathBuf, PathBuf) {
        let key = format!("{:016x}", fnv1a(url.as_bytes()));
        (
            self.dir.join(format!("{key}.json")),
            self.dir.join(format!("{key}.body")),
        )
    }

    /// The cached answer for `url`, if there is a sound one.
    pub fn load(&self, url: &str) -> Option<(Entry, Vec<u8>)> {
        let (meta, body) = self.paths(url);
        let entry: Entry = serde_json::from_slice(&std::fs::read(meta).ok()?).ok()?;
        if entry.url != url {
            return None;
        }
        let body = std::fs::read(body).ok()?;
        (body.len() as u64 == entry.body_len && entry.body_hash == format!("{:016x}", fnv1a(&body)))
            .then_some((entry, body))
    }

    /// Stores a full answer (only worth it when it has a validator to send next time).
    pub fn store(&self, url: &str, headers: &Headers, compressed: bool, body: &[u8]) -> Result<()> {
        if headers.etag.is_none() && headers.last_modified.is_none() {
            return Ok(());
        }
        let (meta, body_path) = self.paths(url);
        let entry = Entry {
            url: url.to_string(),
            headers: headers.clone(),
            compressed,
            body_len: body.len() as u64,
            body_hash: format!("{:016x}", fnv1a(body)),
        };
        let json = serde_json::to_vec_pretty(&entry).unwrap_or_default();
        crate::fsio::write_if_changed(&body_path, body)?;
        crate::fsio::write_if_changed(&meta, &json)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damage() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path().join("c")).unwrap();
        let h = Headers {
            etag: Some("\"v1\"".into()),
            content_type: Some("application/rss+xml".into()),
            ..Headers::default()
        };
        let url = "http://127.0.0.1:1/feed.xml";
        cache.store(url, &h, false, b"<rss/>").unwrap();
        let (e, body) = cache.load(url).unwrap();
        assert_eq!((e.headers, body), (h.clone(), b"<rss/>".to_vec()));
        assert!(cache.load("http://127.0.0.1:1/other.xml").is_none());
        // A body that does not match its record is not used.
        let (_, body_path) = cache.paths(url);
        std::fs::write(&body_path, b"<rss>changed</rss>").unwrap();
        assert!(cache.load(url).is_none());
        // Without a validator nothing is stored.
        let url2 = "http://127.0.0.1:1/plain.xml";
        cache.store(url2, &Headers::default(), false, b"x").unwrap();
        assert!(cache.load(url2).is_none());
    }
}
