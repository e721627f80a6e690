//! Fetching feeds over HTTP(S): a configured client with limits, redirects followed by hand
//! (so the chain is recorded, loops are caught and permanent moves reported), bodies
//! decompressed here (gzip, deflate, brotli) under a size limit that counts decompressed
//! bytes, and an optional conditional-GET cache ([`cache::Cache`]).
//!
//! [`Fetcher::fetch`] never fails as a call: what went wrong with one URL (a 404, a timeout, a
//! TLS failure, a body over the limit) is a [`FetchError`] inside the [`Fetched`] value, so a
//! run over many feeds goes on. `validate` turns it into findings
//! ([`crate::validate::transport`]); `diff` and `build --previous` can use [`Fetcher::get`],
//! which gives the body or the typed error.
//!
//! Traps, and what is done about them:
//! - A server that accepts the connection and never answers, or sends a body forever: the
//!   connect timeout, a total deadline per fetch (redirects and body included) and the body
//!   limit bound every fetch.
//! - Compression bombs: the limit applies to the decompressed body (and to the bytes on the
//!   wire).
//! - `Content-Encoding: deflate` is zlib-wrapped per RFC 9110, but some servers send raw
//!   deflate: both are accepted.
//! - TLS uses rustls with the Mozilla root store (webpki-roots): no OpenSSL, no system store.

pub mod cache;

use crate::diagnostic::Code;
use crate::error::{Error, Result};
use std::collections::HashSet;
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The `User-Agent` polyfeed sends.
pub const USER_AGENT: &str = concat!("polyfeed/", env!("CARGO_PKG_VERSION"));

/// What polyfeed asks for: the feed media types first.
const ACCEPT: &str = "application/rss+xml, application/atom+xml, application/feed+json, \
                      application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, \
                      application/json;q=0.8, */*;q=0.5";

/// The limits of one fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Time allowed to open the connection (TCP and TLS). Default 10 s.
    pub connect_timeout: Duration,
    /// Time allowed for the whole fetch: every redirect, the response and its body.
    /// Default 30 s.
    pub timeout: Duration,
    /// Largest body accepted, in bytes after decompression (and on the wire). Default 32 MiB.
    pub max_body: u64,
    /// Redirects followed before giving up. Default 5.
    pub max_redirects: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_body: 32 << 20,
            max_redirects: 5,
        }
    }
}

/// One redirect of a chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// The status (301, 302, 303, 307, 308).
    pub status: u16,
    /// The URL that answered with the redirect.
    pub from: String,
    /// Where it pointed (resolved against `from`).
    pub to: String,
}

impl Redirect {
    /// True for 301 and 308: the resource moved for good.
    pub fn is_permanent(&self) -> bool {
        matches!(self.status, 301 | 308)
    }
}

/// The response headers polyfeed looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Headers {
    /// `Content-Type`.
    pub content_type: Option<String>,
    /// `Content-Encoding` (as sent; the body in [`Fetched`] is already decoded).
    pub content_encoding: Option<String>,
    /// `ETag`.
    pub etag: Option<String>,
    /// `Last-Modified`.
    pub last_modified: Option<String>,
    /// `Cache-Control`.
    pub cache_control: Option<String>,
    /// `Expires`.
    pub expires: Option<String>,
    /// `Retry-After` (429 and 503 answers).
    pub retry_after: Option<String>,
}

impl Headers {
    fn of(resp: &ureq::http::Response<ureq::Body>) -> Headers {
        let get = |name: &str| {
            resp.headers()
                .get(name)
                .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_string())
        };
        Headers {
            content_type: get("content-type"),
            content_encoding: get("content-encoding"),
            etag: get("etag"),
            last_modified: get("last-modified"),
            cache_control: get("cache-control"),
            expires: get("expires"),
            retry_after: get("retry-after"),
        }
    }

    /// The media type of `Content-Type`, lowercased, without parameters.
    pub fn media_type(&self) -> Option<String> {
        let ct = self.content_type.as_deref()?;
        let t = ct
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        (!t.is_empty()).then_some(t)
    }

    /// The `charset` parameter of `Content-Type`, unquoted.
    pub fn charset(&self) -> Option<String> {
        let ct = self.content_type.as_deref()?;
        ct.split(';').skip(1).find_map(|p| {
            let (k, v) = p.split_once('=')?;
            k.trim()
                .eq_ignore_ascii_case("charset")
                .then(|| v.trim().trim_matches('"').trim().to_string())
                .filter(|v| !v.is_empty())
        })
    }
}

/// Why a fetch gave no feed body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FetchError {
    /// The input is not an absolute http(s) URL.
    #[error("`{0}` is not an absolute http or https URL")]
    InvalidUrl(String),
    /// The server answered 4xx or 5xx.
    #[error("HTTP {status}{}{}", reason_suffix(*status), retry_suffix(retry_after))]
    Status {
        /// The status code.
        status: u16,
        /// `Retry-After`, when the server sent one.
        retry_after: Option<String>,
        /// The error response's body looks like a feed anyway.
        feed_like: bool,
    },
    /// A time limit ran out.
    #[error("no complete answer within {0}")]
    Timeout(String),
    /// DNS has no address for the host.
    #[error("host `{0}` not found")]
    HostNotFound(String),
    /// The TLS handshake failed.
    #[error("TLS: {0}")]
    Tls(String),
    /// The connection failed (refused, reset, closed early).
    #[error("connection failed: {0}")]
    Connect(String),
    /// The answer is not valid HTTP (or a redirect has no usable `Location`).
    #[error("invalid HTTP answer: {0}")]
    Protocol(String),
    /// More redirects than allowed.
    #[error("more than {max} redirects")]
    TooManyRedirects {
        /// The limit.
        max: u32,
    },
    /// A redirect leads back to a URL of the chain.
    #[error("redirect loop: back to {0}")]
    RedirectLoop(String),
    /// The body is larger than the limit.
    #[error("the body is larger than {limit} bytes")]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The body could not be decompressed.
    #[error("cannot decode `Content-Encoding: {encoding}`: {reason}")]
    Decoding {
        /// The content coding.
        encoding: String,
        /// What went wrong.
        reason: String,
    },
}

fn reason_suffix(status: u16) -> String {
    ureq::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .map(|r| format!(" {r}"))
        .unwrap_or_default()
}

fn retry_suffix(retry: &Option<String>) -> String {
    retry
        .as_ref()
        .map(|r| format!(" (Retry-After: {r})"))
        .unwrap_or_default()
}

impl FetchError {
    /// The finding code `validate` reports this error with.
    pub fn code(&self) -> Code {
        match self {
            FetchError::InvalidUrl(_) => Code::InvalidURI,
            FetchError::Status {
                feed_like: true, ..
            } => Code::HttpErrorWithPossibleFeed,
            FetchError::Status { .. } => Code::HttpError,
            FetchError::Timeout(_) => Code::HttpTimeout,
            FetchError::HostNotFound(_) => Code::HostNotFound,
            FetchError::Tls(_) => Code::TlsError,
            FetchError::Connect(_) => Code::IOError,
            FetchError::Protocol(_) => Code::HttpProtocolError,
            FetchError::TooManyRedirects { .. } => Code::TooManyRedirects,
            FetchError::RedirectLoop(_) => Code::RedirectLoop,
            FetchError::TooLarge { .. } => Code::ValidatorLimit,
            FetchError::Decoding { .. } => Code::BadContentEncoding,
        }
    }
}

/// The outcome of fetching one URL.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The URL asked for.
    pub url: String,
    /// The URL the answer came from, after redirects.
    pub final_url: String,
    /// The status of the last answer (`None` when no answer came); 304 when the cached copy
    /// was used.
    pub status: Option<u16>,
    /// The redirects followed, in order.
    pub redirects: Vec<Redirect>,
    /// The last answer's headers (for a 304: the cached answer's, updated by the 304's).
    pub headers: Headers,
    /// The body was served compressed.
    pub compressed: bool,
    /// The body is the cached copy (the server answered 304 Not Modified).
    pub from_cache: bool,
    /// Why the cache could not be written, if it could not (the fetch itself worked).
    pub cache_error: Option<String>,
    /// The decoded body, or why there is none.
    pub body: std::result::Result<Vec<u8>, FetchError>,
}

impl Fetched {
    fn failed(url: &str, final_url: String, redirects: Vec<Redirect>, e: FetchError) -> Self {
        Fetched {
            url: url.to_string(),
            final_url,
            status: None,
            redirects,
            headers: Headers::default(),
            compressed: false,
            from_cache: false,
            cache_error: None,
            body: Err(e),
        }
    }
}

/// The answer to [`Fetcher::post_form`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posted {
    /// The status (WebSub hubs accept with 202 Accepted or 204 No Content).
    pub status: u16,
    /// `Retry-After`, when the server sent one.
    pub retry_after: Option<String>,
    /// The start of the answer's body (up to 4 KiB, as text), often empty.
    pub body: String,
}

/// True when `s` starts with `http://` or `https://` (ASCII case-insensitive): such an input
/// is fetched rather than opened as a file.
pub fn is_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A configured HTTP client: limits, `User-Agent`, optional cache. One `Fetcher` is shared
/// by every worker thread of a run (it keeps a pool of connections).
pub struct Fetcher {
    agent: ureq::Agent,
    limits: Limits,
    cache: Option<cache::Cache>,
}

impl std::fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fetcher")
            .field("limits", &self.limits)
            .field("cache", &self.cache)
            .finish()
    }
}

impl Fetcher {
    /// A fetcher with these limits and, when `cache_dir` is given, a conditional-GET cache
    /// in that folder (created if missing; `Err` if it cannot be).
    pub fn new(limits: Limits, cache_dir: Option<PathBuf>) -> Result<Fetcher> {
        if limits.timeout.is_zero() || limits.connect_timeout.is_zero() {
            return Err(Error::Usage("timeouts must be greater than zero".into()));
        }
        let cache = cache_dir.map(cache::Cache::open).transpose()?;
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .user_agent(USER_AGENT)
            .accept(ACCEPT)
            .accept_encoding("gzip, deflate, br")
            .timeout_connect(Some(limits.connect_timeout))
            .build()
            .new_agent();
        Ok(Fetcher {
            agent,
            limits,
            cache,
        })
    }

    /// The limits in force.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Fetches a feed, for callers that only want its bytes (`diff`, `build --previous`):
    /// the outcome with its body, or the reason there is none.
    pub fn get(&self, url: &str) -> std::result::Result<Fetched, FetchError> {
        let f = self.fetch(url);
        match &f.body {
            Ok(_) => Ok(f),
            Err(e) => Err(e.clone()),
        }
    }

    /// Fetches `url`: follows redirects (up to the limit, loops detected), sends the cached
    /// validators when there is a cache, reads and decompresses the body under the limits.
    pub fn fetch(&self, url: &str) -> Fetched {
        let started = Instant::now();
        let Ok(parsed) = url::Url::parse(url.trim()) else {
            return Fetched::failed(
                url,
                url.to_string(),
                Vec::new(),
                FetchError::InvalidUrl(url.to_string()),
            );
        };
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
            return Fetched::failed(
                url,
                url.to_string(),
                Vec::new(),
                FetchError::InvalidUrl(url.to_string()),
            );
        }
        let cached = self.cache.as_ref().and_then(|c| c.load(url));
        let mut current = parsed;
        let mut redirects: Vec<Redirect> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        seen.insert(current.as_str().to_string());
        loop {
            let fail = |redirects: Vec<Redirect>, current: &url::Url, e| {
                Fetched::failed(url, current.to_string(), redirects, e)
            };
            let Some(left) = self.limits.timeout.checked_sub(started.elapsed()) else {
                return fail(redirects, &current, self.timeout_error());
            };
            let mut req = self
                .agent
                .get(current.as_str())
                .config()
                .timeout_global(Some(left))
                .build();
            if let Some((meta, _)) = &cached {
                if let Some(etag) = &meta.headers.etag {
                    req = req.header("If-None-Match", etag);
                }
                if let Some(lm) = &meta.headers.last_modified {
                    req = req.header("If-Modified-Since", lm);
                }
            }
            let resp = match req.call() {
                Ok(r) => r,
                Err(e) => return fail(redirects, &current, self.map_error(e, &current)),
            };
            let status = resp.status().as_u16();
            if (300..400).contains(&status) && status != 304 {
                let location = resp
                    .headers()
                    .get("location")
                    .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_string());
                let Some(location) = location.filter(|l| !l.is_empty()) else {
                    return fail(
                        redirects,
                        &current,
                        FetchError::Protocol(format!("{status} without a `Location` header")),
                    );
                };
                let next = match current.join(&location) {
                    Ok(n) if matches!(n.scheme(), "http" | "https") => n,
                    _ => {
                        return fail(
                            redirects,
                            &current,
                            FetchError::Protocol(format!(
                                "{status} to `{location}`, which is not an http(s) URL"
                            )),
                        );
                    }
                };
                redirects.push(Redirect {
                    status,
                    from: current.to_string(),
                    to: next.to_string(),
                });
                if !seen.insert(next.as_str().to_string()) {
                    let e = FetchError::RedirectLoop(next.to_string());
                    return fail(redirects, &current, e);
                }
                if redirects.len() > self.limits.max_redirects as usize {
                    let e = FetchError::TooManyRedirects {
                        max: self.limits.max_redirects,
                    };
                    return fail(redirects, &current, e);
                }
                current = next;
                continue;
            }
            return self.finish(url, current, redirects, resp, cached);
        }
    }

    /// Sends a form (`application/x-www-form-urlencoded`) by POST, for WebSub publish
    /// notifications: the answer (any status: the caller decides what counts as accepted),
    /// or why none came. Redirects are not followed (a hub that moved answers 3xx, which the
    /// caller sees); the exchange is bounded by the connect timeout and the total timeout.
    pub fn post_form(
        &self,
        url: &str,
        fields: &[(&str, &str)],
    ) -> std::result::Result<Posted, FetchError> {
        let parsed = url::Url::parse(url.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
            .ok_or_else(|| FetchError::InvalidUrl(url.to_string()))?;
        let mut resp = self
            .agent
            .post(parsed.as_str())
            .config()
            .timeout_global(Some(self.limits.timeout))
            .build()
            .send_form(fields.iter().copied())
            .map_err(|e| self.map_error(e, &parsed))?;
        let status = resp.status().as_u16();
        // Keep the start of the answer: a hub's reason for refusing is in its body.
        let headers = Headers::of(&resp);
        let body = self
            .read_body(&mut resp, &parsed, &headers, 4 << 10, true)
            .map(|b| String::from_utf8_lossy(&b).trim().to_string())
            .unwrap_or_default();
        Ok(Posted {
            status,
            retry_after: headers.retry_after,
            body,
        })
    }

    fn timeout_error(&self) -> FetchError {
        FetchError::Timeout(format!(
            "{} s (--timeout)",
            self.limits.timeout.as_secs_f64()
        ))
    }

    /// Reads the last answer of a chain.
    fn finish(
        &self,
        url: &str,
        current: url::Url,
        redirects: Vec<Redirect>,
        mut resp: ureq::http::Response<ureq::Body>,
        cached: Option<(cache::Entry, Vec<u8>)>,
    ) -> Fetched {
        let status = resp.status().as_u16();
        let headers = Headers::of(&resp);
        let mut out = Fetched {
            url: url.to_string(),
            final_url: current.to_string(),
            status: Some(status),
            redirects,
            headers,
            compressed: false,
            from_cache: false,
            cache_error: None,
            body: Err(FetchError::Protocol(String::new())),
        };
        if status == 304 {
            out.body = match cached {
                Some((meta, body)) => {
                    // The cached answer's headers, with what the 304 refreshes.
                    let fresh = std::mem::take(&mut out.headers);
                    out.headers = meta.headers;
                    for (slot, new) in [
                        (&mut out.headers.etag, fresh.etag),
                        (&mut out.headers.last_modified, fresh.last_modified),
                        (&mut out.headers.cache_control, fresh.cache_control),
                        (&mut out.headers.expires, fresh.expires),
                    ] {
                        if new.is_some() {
                            *slot = new;
                        }
                    }
                    out.compressed = meta.compressed;
                    out.from_cache = true;
                    Ok(body)
                }
                None => Err(FetchError::Protocol(
                    "304 Not Modified to a request that was not conditional".into(),
                )),
            };
            return out;
        }
        if !(200..300).contains(&status) {
            // Look at the start of the body: an error page, or a feed with a wrong status?
            let head = self.read_body(&mut resp, &current, &out.headers, 64 << 10, true);
            let feed_like = head.is_ok_and(|h| {
                crate::validate::sniff(&h[..h.len().min(4096)]) != crate::validate::Sniffed::Other
            });
            out.body = Err(FetchError::Status {
                status,
                retry_after: out.headers.retry_after.clone(),
                feed_like,
            });
            return out;
        }
        out.compressed = out
            .headers
            .content_encoding
            .as_deref()
            .is_some_and(|e| !e.eq_ignore_ascii_case("identity") && !e.is_empty());
        out.body = self.read_body(
            &mut resp,
            &current,
            &out.headers,
            self.limits.max_body,
            false,
        );
        if let (Some(cache), Ok(body)) = (&self.cache, &out.body)
            && let Err(e) = cache.store(url, &out.headers, out.compressed, body)
        {
            out.cache_error = Some(e.to_string());
        }
        out
    }

    /// Reads a body, decompressing it, up to `limit` bytes (more is an error unless
    /// `truncate`).
    fn read_body(
        &self,
        resp: &mut ureq::http::Response<ureq::Body>,
        at: &url::Url,
        headers: &Headers,
        limit: u64,
        truncate: bool,
    ) -> std::result::Result<Vec<u8>, FetchError> {
        let coding = headers
            .content_encoding
            .as_deref()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let raw = resp.body_mut().as_reader().take(limit.saturating_add(1));
        let mut decoded: Box<dyn Read> = match coding.as_str() {
            "" | "identity" => Box::new(raw),
            "gzip" | "x-gzip" => Box::new(flate2::read::MultiGzDecoder::new(raw)),
            "deflate" => Box::new(Deflate::new(raw)),
            "br" => Box::new(brotli_decompressor::Decompressor::new(raw, 1 << 14)),
            other => {
                return Err(FetchError::Decoding {
                    encoding: other.to_string(),
                    reason: "polyfeed did not ask for this coding".into(),
                });
            }
        };
        let mut body = Vec::new();
        let mut chunk = vec![0u8; 1 << 16];
        loop {
            let n = match decoded.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) => {
                    let wire = ureq::Error::from(e);
                    return Err(match wire {
                        ureq::Error::Io(io)
                            if matches!(
                                io.kind(),
                                std::io::ErrorKind::InvalidData | std::io::ErrorKind::InvalidInput
                            ) && !coding.is_empty()
                                && coding != "identity" =>
                        {
                            FetchError::Decoding {
                                encoding: coding,
                                reason: io.to_string(),
                            }
                        }
                        other => self.map_error(other, at),
                    });
                }
            };
            body.extend_from_slice(&chunk[..n]);
            if body.len() as u64 > limit {
                if truncate {
                    body.truncate(limit as usize);
                    return Ok(body);
                }
                return Err(FetchError::TooLarge { limit });
            }
        }
        Ok(body)
    }

    fn map_error(&self, e: ureq::Error, url: &url::Url) -> FetchError {
        use std::io::ErrorKind as K;
        match e {
            ureq::Error::Timeout(t) => match t {
                ureq::Timeout::Connect | ureq::Timeout::Resolve => FetchError::Timeout(format!(
                    "{} s to connect (--connect-timeout)",
                    self.limits.connect_timeout.as_secs_f64()
                )),
                _ => self.timeout_error(),
            },
            ureq::Error::HostNotFound => {
                FetchError::HostNotFound(url.host_str().unwrap_or("").to_string())
            }
            ureq::Error::Io(io) => match io.kind() {
                K::TimedOut | K::WouldBlock => self.timeout_error(),
                // rustls reports handshake and certificate failures as invalid data on the
                // stream; nothing else on an https connection does.
                K::InvalidData if url.scheme() == "https" => FetchError::Tls(io.to_string()),
                _ => FetchError::Connect(io.to_string()),
            },
            ureq::Error::Rustls(e) => FetchError::Tls(e.to_string()),
            ureq::Error::Tls(e) => FetchError::Tls(e.to_string()),
            ureq::Error::Protocol(e) => FetchError::Protocol(e.to_string()),
            ureq::Error::Http(e) => FetchError::Protocol(e.to_string()),
            ureq::Error::BadUri(u) => FetchError::InvalidUrl(u),
            other => FetchError::Connect(other.to_string()),
        }
    }
}

/// `Content-Encoding: deflate`: zlib-wrapped (RFC 9110 §8.4.1.2), or raw deflate as some
/// servers send it; the first two bytes tell.
struct Deflate<R: Read> {
    state: DeflateState<R>,
}

enum DeflateState<R: Read> {
    Start(Option<R>),
    Zlib(flate2::read::ZlibDecoder<std::io::Chain<std::io::Cursor<Vec<u8>>, R>>),
    Raw(flate2::read::DeflateDecoder<std::io::Chain<std::io::Cursor<Vec<u8>>, R>>),
}

impl<R: Read> Deflate<R> {
    fn new(inner: R) -> Self {
        Deflate {
            state: DeflateState::Start(Some(inner)),
        }
    }
}

impl<R: Read> Read for Deflate<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if let DeflateState::Start(inner) = &mut self.state {
            let Some(mut inner) = inner.take() else {
                return Ok(0);
            };
            let mut head = [0u8; 2];
            let mut got = 0;
            while got < 2 {
                match inner.read(&mut head[got..])? {
                    0 => break,
                    n => got += n,
                }
            }
            let zlib = got == 2
                && head[0] & 0x0F == 8
                && (u16::from(head[0]) << 8 | u16::from(head[1])) % 31 == 0;
            let chained = std::io::Cursor::new(head[..got].to_vec()).chain(inner);
            self.state = if zlib {
                DeflateState::Zlib(flate2::read::ZlibDecoder::new(chained))
            } else {
                DeflateState::Raw(flate2::read::DeflateDecoder::new(chained))
            };
        }
        match &mut self.state {
            DeflateState::Zlib(d) => d.read(buf),
            DeflateState::Raw(d) => d.read(buf),
            DeflateState::Start(_) => Ok(0),
        }
    }
}

/// Parses a byte count with an optional binary suffix: `1048576`, `512K`, `32M`, `1G`
/// (also `KB`/`KiB`...; K = 1024).
pub fn parse_size(s: &str) -> Option<u64> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u64 = num.parse().ok()?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(mult)
}

/// Parses seconds (`10`, `1.5`) into a duration; `None` unless positive and finite.
pub fn parse_seconds(s: &str) -> Option<Duration> {
    let v: f64 = s.trim().trim_end_matches('s').parse().ok()?;
    (v.is_finite() && v > 0.0 && v < 1e9).then(|| Duration::from_secs_f64(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_seconds() {
        assert_eq!(parse_size("32M"), Some(32 << 20));
        assert_eq!(parse_size("512k"), Some(512 << 10));
        assert_eq!(parse_size("1GiB"), Some(1 << 30));
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("12X"), None);
        assert_eq!(parse_size("M"), None);
        assert_eq!(parse_seconds("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_seconds("0"), None);
        assert_eq!(parse_seconds("-1"), None);
        assert_eq!(parse_seconds("nan"), None);
    }

    #[test]
    fn content_type_parameters() {
        let h = Headers {
            content_type: Some("Text/XML; Charset=\"windows-1251\"".into()),
            ..Headers::default()
        };
        assert_eq!(h.media_type().as_deref(), Some("text/xml"));
        assert_eq!(h.charset().as_deref(), Some("windows-1251"));
        let h = Headers {
            content_type: Some("application/rss+xml".into()),
            ..Headers::default()
        };
        assert_eq!(h.charset(), None);
    }

    #[test]
    fn url_inputs() {
        assert!(is_url("https://example.org/feed"));
        assert!(is_url("HTTP://example.org/"));
        assert!(!is_url("feeds/rss.xml"));
        assert!(!is_url("ftp://example.org/"));
        let f = Fetcher::new(Limits::default(), None).unwrap();
        let got = f.fetch("ftp://example.org/feed");
        assert_eq!(got.body.unwrap_err().code(), Code::InvalidURI);
    }

    #[test]
    fn deflate_both_ways() {
        use std::io::Write;
        let text = b"<rss version=\"2.0\"><channel/></rss>".repeat(20);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&text).unwrap();
        let zlib = z.finish().unwrap();
        let mut r = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        r.write_all(&text).unwrap();
        let raw = r.finish().unwrap();
        for data in [zlib, raw] {
            let mut out = Vec::new();
            Deflate::new(&data[..]).read_to_end(&mut out).unwrap();
            assert_eq!(out, text);
        }
    }
}
