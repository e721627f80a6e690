//! The fetch flags shared by every command that goes over HTTP (`validate`, `diff`, `build
//! --previous URL`, `build --ping`, `ping`).

use clap::Args;
use polyfeed::Result;
use polyfeed::http::{self, Fetcher, Limits};
use std::time::Duration;

/// Fetches at a time when URLs are involved and `-j` is not given: fetching waits on the
/// network, not on a core.
pub const URL_JOBS: usize = 8;

/// The time limits (also those of `ping`, which sends rather than fetches).
#[derive(Debug, Args, Clone)]
pub struct TimeArgs {
    /// Seconds allowed to connect to a server (TCP and TLS).
    #[arg(long, value_name = "SECS", default_value = "10", value_parser = parse_secs)]
    pub connect_timeout: Duration,
    /// Seconds allowed for a whole exchange: redirects, response and body.
    #[arg(long, value_name = "SECS", default_value = "30", value_parser = parse_secs)]
    pub timeout: Duration,
}

impl TimeArgs {
    /// A client with these time limits (and the default body and redirect limits).
    pub fn fetcher(&self) -> Result<Fetcher> {
        Fetcher::new(
            Limits {
                connect_timeout: self.connect_timeout,
                timeout: self.timeout,
                ..Limits::default()
            },
            None,
        )
    }
}

#[derive(Debug, Args, Clone)]
pub struct FetchArgs {
    #[command(flatten)]
    pub time: TimeArgs,
    /// Largest response body, after decompression (suffixes K, M, G: powers of 1024).
    #[arg(long, value_name = "BYTES", default_value = "32M", value_parser = parse_bytes)]
    pub max_body: u64,
    /// Redirects followed before giving up.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_redirects: u32,
}

impl FetchArgs {
    /// The limits these flags set.
    pub fn limits(&self) -> Limits {
        Limits {
            connect_timeout: self.time.connect_timeout,
            timeout: self.time.timeout,
            max_body: self.max_body,
            max_redirects: self.max_redirects,
        }
    }

    /// A fetcher with these limits and no cache.
    pub fn fetcher(&self) -> Result<Fetcher> {
        Fetcher::new(self.limits(), None)
    }
}

/// Workers for a run: `-j N` when given, else [`URL_JOBS`] when there is something to fetch,
/// else one per core.
pub fn workers(jobs: usize, fetching: bool) -> usize {
    match (jobs, fetching) {
        (0, true) => URL_JOBS,
        (n, _) => polyfeed::check::thread_count(n),
    }
}

fn parse_secs(s: &str) -> std::result::Result<Duration, String> {
    http::parse_seconds(s).ok_or_else(|| format!("`{s}` is not a positive number of seconds"))
}

fn parse_bytes(s: &str) -> std::result::Result<u64, String> {
    http::parse_size(s)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("`{s}` is not a size (bytes, or with a suffix: 512K, 32M, 1G)"))
}
