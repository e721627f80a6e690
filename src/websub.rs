//! WebSub publishing: telling hubs which feeds changed, so that they push the new version to
//! subscribers at once instead of waiting for them to poll.
//!
//! The W3C WebSub Recommendation (2018, <https://www.w3.org/TR/websub/>) has publishers
//! advertise their hubs in the feed (`rel="hub"` links; JSON Feed's `hubs`) and inform the
//! hubs when a topic changes, leaving the form of that notice to the hub. What public hubs
//! accept (Google's hub, Superfeedr and others) is the PubSubHubbub form kept from
//! 0.3/0.4: a `POST` to the hub URL with an `application/x-www-form-urlencoded` body
//! `hub.mode=publish&hub.url={feed URL}`, answered with a 2xx (usually 202 Accepted or 204
//! No Content). polyfeed sends exactly that, one request per (hub, feed): the multi-URL form
//! (several `hub.url` in one body) is not accepted everywhere.
//!
//! A hub fetches the feed when notified, so notify *after* the new feeds are live.
//! Nothing is retried: a failed notice is reported with its reason, and the caller decides
//! (the CLI exits 2 and names the feeds to ping again).

use crate::http::{FetchError, Fetcher};

/// Why one notice failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PingError {
    /// No answer: connection, DNS, TLS, time-out, broken HTTP.
    #[error("{0}")]
    Fetch(#[from] FetchError),
    /// The hub answered, but not with a 2xx.
    #[error("the hub answered {status}{}", detail(body, retry_after))]
    Refused {
        /// The status.
        status: u16,
        /// The start of the answer's body (the hub's reason, often).
        body: String,
        /// `Retry-After`, when sent.
        retry_after: Option<String>,
    },
}

fn detail(body: &str, retry_after: &Option<String>) -> String {
    let mut s = String::new();
    let body: String = body
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(200)
        .collect();
    if !body.trim().is_empty() {
        s.push_str(&format!(": {}", body.trim()));
    }
    if let Some(r) = retry_after {
        s.push_str(&format!(" (Retry-After: {r})"));
    }
    s
}

/// One notice: a hub told that a feed changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ping {
    /// The hub's URL.
    pub hub: String,
    /// The feed's URL (`hub.url`).
    pub feed: String,
    /// The hub's 2xx status, or why the notice failed.
    pub outcome: Result<u16, PingError>,
}

/// Every notice of a run, hub by hub, in the order of the feeds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PingReport {
    /// The notices.
    pub pings: Vec<Ping>,
}

impl PingReport {
    /// The notices that failed.
    pub fn failed(&self) -> impl Iterator<Item = &Ping> {
        self.pings.iter().filter(|p| p.outcome.is_err())
    }

    /// True when every notice was accepted (also when there were none).
    pub fn ok(&self) -> bool {
        self.failed().next().is_none()
    }

    /// The feeds with at least one failed notice, in report order, once each.
    pub fn failed_feeds(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for p in self.failed() {
            if !out.contains(&p.feed) {
                out.push(p.feed.clone());
            }
        }
        out
    }
}

/// The form body of a publish notice for `feed`.
pub fn publish_form(feed: &str) -> [(&'static str, &str); 2] {
    [("hub.mode", "publish"), ("hub.url", feed)]
}

/// Tells every hub about every feed (`POST hub.mode=publish&hub.url=FEED`), at most
/// `threads` requests at a time. Never fails as a call: each notice has its outcome.
pub fn ping(fetcher: &Fetcher, hubs: &[String], feeds: &[String], threads: usize) -> PingReport {
    let jobs: Vec<(&str, &str)> = hubs
        .iter()
        .flat_map(|h| feeds.iter().map(move |f| (h.as_str(), f.as_str())))
        .collect();
    let pings = crate::par::map_with(
        &jobs,
        threads,
        || (),
        |(), &(hub, feed)| {
            let outcome = match fetcher.post_form(hub, &publish_form(feed)) {
                Ok(p) if (200..300).contains(&p.status) => Ok(p.status),
                Ok(p) => Err(PingError::Refused {
                    status: p.status,
                    body: p.body,
                    retry_after: p.retry_after,
                }),
                Err(e) => Err(PingError::Fetch(e)),
            };
            Ping {
                hub: hub.to_string(),
                feed: feed.to_string(),
                outcome,
            }
        },
    );
    PingReport { pings }
}

/// Reads a list of feed URLs (what `build --list-changed` writes): one per line; blank lines
/// and lines starting with `#` are skipped; repeated URLs count once. A line that is not an
/// absolute http(s) URL is an error naming its line number.
pub fn parse_feed_list(text: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        check_feed_url(l).map_err(|e| format!("line {}: {e}", i + 1))?;
        if !out.iter().any(|u| u == l) {
            out.push(l.to_string());
        }
    }
    Ok(out)
}

/// `Ok` for an absolute http(s) URL.
pub fn check_feed_url(s: &str) -> Result<(), String> {
    match url::Url::parse(s) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(()),
        _ => Err(format!("`{s}` is not an absolute http(s) URL")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_lists() {
        let text = "# changed feeds\n\nhttps://e.org/en/rss.xml\n  https://e.org/en/atom.xml \n\
                    https://e.org/en/rss.xml\n";
        assert_eq!(
            parse_feed_list(text).unwrap(),
            ["https://e.org/en/rss.xml", "https://e.org/en/atom.xml"]
        );
        assert_eq!(parse_feed_list("").unwrap(), Vec::<String>::new());
        assert_eq!(
            parse_feed_list("https://e.org/a\nen/rss.xml\n").unwrap_err(),
            "line 2: `en/rss.xml` is not an absolute http(s) URL"
        );
    }

    #[test]
    fn refusals_say_why() {
        let e = PingError::Refused {
            status: 400,
            body: "hub.url\nis not allowed".into(),
            retry_after: None,
        };
        assert_eq!(
            e.to_string(),
            "the hub answered 400: hub.url is not allowed"
        );
        let e = PingError::Refused {
            status: 503,
            body: String::new(),
            retry_after: Some("60".into()),
        };
        assert_eq!(e.to_string(), "the hub answered 503 (Retry-After: 60)");
        assert_eq!(
            publish_form("https://e.org/f.xml"),
            [("hub.mode", "publish"), ("hub.url", "https://e.org/f.xml")]
        );
    }

    #[test]
    fn an_unreachable_hub_is_an_outcome() {
        let f = Fetcher::new(crate::http::Limits::default(), None).unwrap();
        let r = ping(
            &f,
            &["ftp://hub".into()],
            &["https://e.org/f.xml".into()],
            2,
        );
        assert!(!r.ok());
        assert_eq!(r.failed_feeds(), ["https://e.org/f.xml"]);
        assert!(matches!(
            r.pings[0].outcome,
            Err(PingError::Fetch(FetchError::InvalidUrl(_)))
        ));
    }
}
