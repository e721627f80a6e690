//! Validating a feed fetched over HTTP: the fetch's outcome ([`crate::http::Fetched`]) and the
//! response headers become findings next to the document's own.
//!
//! What is checked, and with which codes (W3C Feed Validation Service names where it has
//! one, at its severity):
//! - the fetch: HTTP errors (`HttpError`, `HttpErrorWithPossibleFeed`), connection, DNS,
//!   TLS and time-outs (`IOError`, `HostNotFound`, `TlsError`, `HttpTimeout`), broken HTTP
//!   (`HttpProtocolError`), the body limit (`ValidatorLimit`), bad compression
//!   (`BadContentEncoding`), redirects (`TempRedirect`, `PermanentRedirect`,
//!   `TooManyRedirects`, `RedirectLoop`);
//! - `Content-Type`: a media type that is not a feed's, or names another format
//!   (`UnexpectedContentType`), a generic XML type on a document without a feed root early on
//!   (`NonSpecificMediaType`), `text/xml` without charset (`TextXml`), none at all
//!   (`MissingContentType`); the charset against the document (`EncodingMismatch`, found
//!   while decoding, see [`super::encoding::detect_with`]);
//! - polling: no `ETag`/`Last-Modified` (`MissingCacheValidators`), no `Cache-Control` /
//!   `Expires` (`MissingCacheControl`), a big body sent uncompressed (`Uncompressed`), and
//!   the cached copy used after a 304 (`NotModified`).
//!
//! Header findings sit at the start of the document (offset 0: line 1, column 1) with the
//! header's name in `attr` and its value in `value`.

use super::{FeedFormat, FeedReport, ValidateOptions, validate_bytes};
use crate::diagnostic::{Code, Diagnostic, Position, Tally};
use crate::http::{FetchError, Fetched, Fetcher, Headers, Redirect};

/// Bodies from this size on should be compressed (`Uncompressed` below it is noise).
pub const UNCOMPRESSED_FROM: usize = 16 << 10;

/// The report of one URL input.
#[derive(Debug, Clone)]
pub struct UrlReport {
    /// The URL asked for.
    pub url: String,
    /// The URL of the last answer, after redirects.
    pub final_url: String,
    /// The last answer's status (`None` when none came).
    pub status: Option<u16>,
    /// Redirects followed.
    pub redirects: Vec<Redirect>,
    /// The validated body is the cached copy (304 Not Modified).
    pub from_cache: bool,
    /// Why the body could not be had, when it could not (the report then holds the finding).
    pub failure: Option<FetchError>,
    /// Why the cache could not be written, if it could not.
    pub cache_error: Option<String>,
    /// The findings: the fetch's and the headers' first, then the document's.
    pub report: FeedReport,
}

/// Fetches `url` and validates what came back. The document's location (self-link checks)
/// is the final URL after redirects unless `opts.base_url` says otherwise; the charset is the
/// response's.
pub fn validate_url(fetcher: &Fetcher, url: &str, opts: &ValidateOptions) -> UrlReport {
    validate_fetched(fetcher.fetch(url), opts)
}

/// Validates the outcome of a fetch (see [`validate_url`]).
pub fn validate_fetched(f: Fetched, opts: &ValidateOptions) -> UrlReport {
    let mut head: Vec<Diagnostic> = f.redirects.iter().map(redirect_finding).collect();
    let (report, failure) = match &f.body {
        Err(e) => {
            head.push(fetch_finding(&f.url, e));
            let report = FeedReport {
                format: FeedFormat::Unknown,
                diagnostics: Vec::new(),
                tally: Tally::default(),
                encoding: "",
                snapshot: None,
            };
            (report, Some(e.clone()))
        }
        Ok(body) => {
            let mut o = opts.clone();
            if o.base_url.is_none() {
                o.base_url = Some(f.final_url.clone());
            }
            o.charset = f.headers.charset();
            let report = validate_bytes(body, &o);
            head.extend(check_headers(&f.headers, report.format, body, f.compressed));
            if f.from_cache {
                head.push(
                    Diagnostic::new(
                        Code::NotModified,
                        format!(
                            "304 Not Modified: the cached copy ({} bytes) was validated",
                            body.len()
                        ),
                    )
                    .value("304"),
                );
            }
            (report, None)
        }
    };
    for d in &mut head {
        d.source = Some(0);
        d.offset = Some(0);
        d.position = Some(Position { line: 1, column: 1 });
    }
    let mut report = report;
    head.append(&mut report.diagnostics);
    report.diagnostics = head;
    report.tally = Tally::of(&report.diagnostics);
    UrlReport {
        url: f.url,
        final_url: f.final_url,
        status: f.status,
        redirects: f.redirects,
        from_cache: f.from_cache,
        failure,
        cache_error: f.cache_error,
        report,
    }
}

fn redirect_finding(r: &Redirect) -> Diagnostic {
    let (code, what) = if r.is_permanent() {
        (
            Code::PermanentRedirect,
            "moved permanently: subscribers should update the URL",
        )
    } else {
        (Code::TempRedirect, "temporary redirect")
    };
    Diagnostic::new(code, format!("{} {} -> {}: {what}", r.status, r.from, r.to))
        .attr("Location")
        .value(r.to.clone())
        .with("status", r.status.to_string())
}

fn fetch_finding(url: &str, e: &FetchError) -> Diagnostic {
    let d = Diagnostic::new(e.code(), format!("cannot fetch {url}: {e}"));
    match e {
        FetchError::Status {
            status,
            retry_after,
            ..
        } => {
            let d = d.value(status.to_string());
            match retry_after {
                Some(r) => d.attr("Retry-After").with("retry_after", r.clone()),
                None => d,
            }
        }
        FetchError::TooLarge { limit } => d.with("limit", format!("{limit} bytes")),
        FetchError::Decoding { encoding, .. } => d.attr("Content-Encoding").value(encoding.clone()),
        FetchError::RedirectLoop(to) => d.attr("Location").value(to.clone()),
        _ => d.value(url.to_string()),
    }
}

/// What a media type says a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Declared {
    Rss,
    Rdf,
    Atom,
    GenericXml,
    Json,
    NotAFeedType,
}

fn declared(media: &str) -> Declared {
    match media {
        "application/rss+xml" => Declared::Rss,
        "application/rdf+xml" => Declared::Rdf,
        "application/atom+xml" => Declared::Atom,
        "application/xml" | "text/xml" => Declared::GenericXml,
        "application/feed+json" | "application/json" => Declared::Json,
        _ => Declared::NotAFeedType,
    }
}

fn format_name(f: FeedFormat) -> &'static str {
    match f {
        FeedFormat::Rss09x | FeedFormat::Rss10 | FeedFormat::Rss11 | FeedFormat::Rss20 => "RSS",
        FeedFormat::Atom10 | FeedFormat::Atom10Entry => "Atom",
        FeedFormat::JsonFeed10 | FeedFormat::JsonFeed11 => "JSON Feed",
        FeedFormat::Unknown => "not a feed",
    }
}

/// The media types a document of this format should be served with.
fn fitting_types(f: FeedFormat) -> &'static str {
    match f {
        FeedFormat::Rss10 | FeedFormat::Rss11 => "`application/rss+xml` or `application/rdf+xml`",
        FeedFormat::Rss09x | FeedFormat::Rss20 => "`application/rss+xml`",
        FeedFormat::Atom10 | FeedFormat::Atom10Entry => "`application/atom+xml`",
        FeedFormat::JsonFeed10 | FeedFormat::JsonFeed11 => "`application/feed+json`",
        FeedFormat::Unknown => "a feed media type",
    }
}

/// Checks a response's headers against the document that came with it.
pub fn check_headers(
    h: &Headers,
    format: FeedFormat,
    body: &[u8],
    compressed: bool,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let ct = h.content_type.clone().unwrap_or_default();
    let header = |code: Code, msg: String, name: &str, value: &str| {
        let d = Diagnostic::new(code, msg).attr(name);
        if value.is_empty() {
            d
        } else {
            d.value(value.to_string())
        }
    };
    let json = matches!(format, FeedFormat::JsonFeed10 | FeedFormat::JsonFeed11);
    let xml = !json && format != FeedFormat::Unknown;
    match h.media_type() {
        None => out.push(header(
            Code::MissingContentType,
            "no `Content-Type`: readers have to guess what the body is".into(),
            "Content-Type",
            "",
        )),
        Some(media) => {
            let d = declared(&media);
            let wrong = match d {
                Declared::NotAFeedType => Some(match media.as_str() {
                    "text/html" | "application/xhtml+xml" => format!(
                        "served as `{media}`, the media type of web pages: browsers show it as a page and readers may refuse it; use {}",
                        fitting_types(format)
                    ),
                    _ => format!(
                        "feeds should not be served as `{media}`; use {}",
                        fitting_types(format)
                    ),
                }),
                _ if format == FeedFormat::Unknown => None,
                Declared::Rss if !matches!(format_name(format), "RSS") => Some(format!(
                    "`{media}` is for RSS, but this is {}; use {}",
                    format_name(format),
                    fitting_types(format)
                )),
                Declared::Rdf
                    if !matches!(
                        format,
                        FeedFormat::Rss10 | FeedFormat::Rss11 | FeedFormat::Rss09x
                    ) =>
                {
                    Some(format!(
                        "`{media}` is for RSS 1.0, but this is {}; use {}",
                        format_name(format),
                        fitting_types(format)
                    ))
                }
                Declared::Atom if format_name(format) != "Atom" => Some(format!(
                    "`{media}` is for Atom, but this is {}; use {}",
                    format_name(format),
                    fitting_types(format)
                )),
                Declared::Json if xml => Some(format!(
                    "`{media}` is for JSON, but this is an XML feed ({}); use {}",
                    format_name(format),
                    fitting_types(format)
                )),
                Declared::GenericXml if json => Some(format!(
                    "`{media}` is for XML, but this is a JSON Feed; use `application/feed+json`"
                )),
                _ => None,
            };
            if let Some(msg) = wrong {
                out.push(header(
                    Code::UnexpectedContentType,
                    msg,
                    "Content-Type",
                    &ct,
                ));
            }
            if d == Declared::GenericXml && xml {
                let early = &body[..body.len().min(512)];
                let marker = [&b"<rss"[..], b"<feed", b"<rdf:RDF", b"<entry"]
                    .iter()
                    .any(|m| memchr::memmem::find(early, m).is_some());
                if !marker {
                    out.push(header(
                        Code::NonSpecificMediaType,
                        format!(
                            "`{media}` says only \"XML\", and no feed root (`<rss`, `<feed`, `<rdf:RDF`) is in the first 512 bytes for readers to recognise it by; use {}",
                            fitting_types(format)
                        ),
                        "Content-Type",
                        &ct,
                    ));
                }
                if media == "text/xml" && h.charset().is_none() {
                    out.push(header(
                        Code::TextXml,
                        "`text/xml` without a charset: read by the document's own declaration (RFC 7303), but older readers assume US-ASCII (RFC 3023); add `; charset=utf-8` or use a feed media type".into(),
                        "Content-Type",
                        &ct,
                    ));
                }
            }
            if json
                && let Some(cs) = h.charset()
                && !cs.eq_ignore_ascii_case("utf-8")
                && !cs.eq_ignore_ascii_case("utf8")
            {
                out.push(
                    header(
                        Code::EncodingMismatch,
                        format!("the server says charset={cs}, but JSON is always UTF-8 (RFC 8259); drop the charset or make it utf-8"),
                        "Content-Type",
                        &ct,
                    )
                    .with("encoding", "UTF-8"),
                );
            }
        }
    }
    if h.etag.is_none() && h.last_modified.is_none() {
        out.push(header(
            Code::MissingCacheValidators,
            "neither `ETag` nor `Last-Modified`: readers cannot poll with a conditional GET and download the whole feed every time".into(),
            "ETag",
            "",
        ));
    }
    if h.cache_control.is_none() && h.expires.is_none() {
        out.push(header(
            Code::MissingCacheControl,
            "neither `Cache-Control` nor `Expires`: caches and readers cannot tell how long the feed stays fresh".into(),
            "Cache-Control",
            "",
        ));
    }
    if !compressed && body.len() >= UNCOMPRESSED_FROM {
        out.push(header(
            Code::Uncompressed,
            format!(
                "{} bytes sent uncompressed although gzip, deflate and brotli were offered",
                body.len()
            ),
            "Content-Encoding",
            h.content_encoding.as_deref().unwrap_or(""),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(ct: &str) -> Headers {
        Headers {
            content_type: Some(ct.into()),
            etag: Some("\"1\"".into()),
            cache_control: Some("max-age=600".into()),
            ..Headers::default()
        }
    }

    fn codes(h: &Headers, f: FeedFormat, body: &[u8]) -> Vec<&'static str> {
        check_headers(h, f, body, true)
            .iter()
            .map(|d| d.code.name())
            .collect()
    }

    #[test]
    fn content_types() {
        let rss = b"<rss version=\"2.0\"><channel/></rss>";
        let none: Vec<&str> = Vec::new();
        assert_eq!(
            codes(&headers("application/rss+xml"), FeedFormat::Rss20, rss),
            none
        );
        assert_eq!(
            codes(
                &headers("application/xml; charset=utf-8"),
                FeedFormat::Rss20,
                rss
            ),
            none
        );
        assert_eq!(
            codes(&headers("text/xml"), FeedFormat::Rss20, rss),
            ["TextXml"]
        );
        assert_eq!(
            codes(&headers("text/html"), FeedFormat::Rss20, rss),
            ["UnexpectedContentType"]
        );
        assert_eq!(
            codes(&headers("application/atom+xml"), FeedFormat::Rss20, rss),
            ["UnexpectedContentType"]
        );
        assert_eq!(
            codes(
                &headers("application/feed+json"),
                FeedFormat::JsonFeed11,
                b"{}"
            ),
            none
        );
        assert_eq!(
            codes(
                &headers("application/json; charset=iso-8859-1"),
                FeedFormat::JsonFeed11,
                b"{}"
            ),
            ["EncodingMismatch"]
        );
        let late = [
            b"<?xml version=\"1.0\"?>".to_vec(),
            vec![b' '; 600],
            rss.to_vec(),
        ]
        .concat();
        assert_eq!(
            codes(
                &headers("application/xml; charset=utf-8"),
                FeedFormat::Rss20,
                &late
            ),
            ["NonSpecificMediaType"]
        );
    }

    #[test]
    fn polling_headers() {
        let h = Headers {
            content_type: Some("application/rss+xml".into()),
            ..Headers::default()
        };
        let big = vec![b' '; UNCOMPRESSED_FROM];
        let found: Vec<&str> = check_headers(&h, FeedFormat::Rss20, &big, false)
            .iter()
            .map(|d| d.code.name())
            .collect();
        assert_eq!(
            found,
            [
                "MissingCacheValidators",
                "MissingCacheControl",
                "Uncompressed"
            ]
        );
        let d = &check_headers(&Headers::default(), FeedFormat::Rss20, b"", true)[0];
        assert_eq!(
            (d.code, d.attr.as_deref()),
            (Code::MissingContentType, Some("Content-Type"))
        );
    }
}
