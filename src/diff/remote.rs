//! Feeds on a web server as `diff` sides and as the previous version of a build.
//!
//! A URL is either one feed (`https://example.org/en/rss.xml`) or, when it ends with `/`, a
//! *base URL*: the folder the feeds of a build are published under
//! (`https://example.org/feeds/`), holding the same relative layout as the output folder.
//! HTTP has no folder listing, so a base URL's feeds are known from elsewhere:
//! - its `feeds.json` (the index `build` writes next to the feeds), when the server has one;
//! - the other side's feeds (the folder's files that are feeds, or the feeds a build plans).
//!
//! Each known relative path is then fetched as `{base}{path}`. Under a base URL, a feed the
//! server answers 404 Not Found or 410 Gone for is *not there* (a new feed: `feed-added`);
//! every other failure (a 5xx, a timeout, TLS, a body that is not a feed) stops the
//! comparison with an error naming the URL: treating an unreachable live site as "every
//! feed is new" would let a gate-less publish through.

use super::read::Snapshot;
use crate::error::{Error, Result};
use crate::http::{FetchError, Fetcher};
use std::path::Path;

/// True when a fetch failure means "no such file here" (404 Not Found, 410 Gone).
pub fn is_missing(e: &FetchError) -> bool {
    matches!(e, FetchError::Status { status, .. } if matches!(status, 404 | 410))
}

/// `base` (ending with `/`) and a relative path, as one URL.
pub fn join(base: &str, rel: &str) -> String {
    format!("{base}{rel}")
}

/// A base URL with its trailing `/` (added when missing).
pub fn as_base(url: &str) -> String {
    if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

/// Fetches the bytes of a URL. `Ok(None)` when `missing_ok` and the server says the file
/// is not there (404, 410); any other failure is [`Error::Fetch`].
pub fn fetch_bytes(fetcher: &Fetcher, url: &str, missing_ok: bool) -> Result<Option<Vec<u8>>> {
    match fetcher.get(url) {
        Ok(f) => Ok(f.body.ok()),
        Err(e) if missing_ok && is_missing(&e) => Ok(None),
        Err(source) => Err(Error::Fetch {
            url: url.to_string(),
            source,
        }),
    }
}

/// Fetches a feed and reads it for comparison (see [`fetch_bytes`]); a body that is not a
/// feed is [`Error::NotAFeed`] naming the URL.
pub fn fetch_snapshot(fetcher: &Fetcher, url: &str, missing_ok: bool) -> Result<Option<Snapshot>> {
    fetch_bytes(fetcher, url, missing_ok)?
        .map(|bytes| super::read_bytes(Path::new(url), &bytes))
        .transpose()
}

/// The relative paths of the feeds listed in `{base}feeds.json`; `Ok(None)` when the server
/// has no such file (404, 410). An index that cannot be read is an error: it is the only
/// listing of the base URL.
pub fn fetch_index(fetcher: &Fetcher, base: &str) -> Result<Option<Vec<String>>> {
    let url = join(base, "feeds.json");
    let Some(bytes) = fetch_bytes(fetcher, &url, true)? else {
        return Ok(None);
    };
    let entries = crate::build::parse_index(&bytes)
        .map_err(|message| Error::Usage(format!("{url}: {message}")))?;
    Ok(Some(entries.into_iter().map(|e| e.path).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls() {
        assert_eq!(as_base("https://e.org/feeds"), "https://e.org/feeds/");
        assert_eq!(as_base("https://e.org/feeds/"), "https://e.org/feeds/");
        assert_eq!(
            join("https://e.org/feeds/", "en/rss.xml"),
            "https://e.org/feeds/en/rss.xml"
        );
        let status = |s| FetchError::Status {
            status: s,
            retry_after: None,
            feed_like: false,
        };
        assert!(is_missing(&status(404)));
        assert!(is_missing(&status(410)));
        assert!(!is_missing(&status(500)));
        assert!(!is_missing(&status(403)));
        assert!(!is_missing(&FetchError::Timeout("1 s".into())));
    }
}
