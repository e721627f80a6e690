//! `polyfeed validate` on URLs: the real binary against scripted local servers
//! (`tests/support`): redirects and loops, conditional GET with `--cache`, compression,
//! charsets, HTML error pages, HTTP errors, hostile servers (endless bodies, silence) and
//! `--urls` lists. Hostile cases run with short limits and must finish in seconds.

use crate::support::{Reply, Request, Server, closed_port_url};
use crate::util::{output, polyfeed};
use serde_json::Value;
use std::io::Write;
use std::time::{Duration, Instant};

/// A valid RSS 2.0 feed whose self link is `self_url`, in `encoding` (declared), with one
/// extra item element when `extra` is not empty.
fn rss(self_url: &str, encoding: &str, extra: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"{encoding}\"?>
<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">
<channel>
<title>Новости</title>
<link>http://127.0.0.1/</link>
<description>Тестовая лента</description>
<language>ru</language>
<atom:link href=\"{self_url}\" rel=\"self\" type=\"application/rss+xml\"/>
<item>
<title>Первая новость дня</title>
<link>http://127.0.0.1/1</link>
<guid isPermaLink=\"false\">tag:example.org,2025:1</guid>
<pubDate>Mon, 01 Dec 2025 10:00:00 +0000</pubDate>
<description>Секретариат провёл встречу с делегацией.</description>{extra}
</item>
</channel>
</rss>
"
    )
}

/// A feed at `path` of a server, with its own URL as self link.
fn feed_at(base: &str, path: &str) -> String {
    rss(&format!("{base}{path}"), "utf-8", "")
}

/// Runs `polyfeed validate --format json ARGS`; returns the exit status, the JSON lines and
/// stderr.
fn run_json(args: &[&str]) -> (i32, Vec<Value>, String) {
    let dir = tempfile::tempdir().unwrap();
    let a = polyfeed(dir.path())
        .arg("validate")
        .args(["--format", "json"])
        .args(args)
        .assert();
    let code = a.get_output().status.code().unwrap_or(-1);
    let (out, err) = output(&a);
    let lines = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    (code, lines, err)
}

fn codes(line: &Value) -> Vec<String> {
    line["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

fn finding<'a>(line: &'a Value, code: &str) -> &'a Value {
    line["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {line}"))
}

fn count(line: &Value, severity: &str) -> usize {
    line["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == severity)
        .count()
}

#[test]
fn a_well_served_feed_is_clean() {
    let server = Server::start(|r: &Request, base: &str| match r.path.as_str() {
        "/feed.xml" => Reply::feed(
            "application/rss+xml; charset=utf-8",
            feed_at(base, "/feed.xml"),
        ),
        _ => Reply::status(404),
    });
    let url = server.url("/feed.xml");
    let (code, lines, err) = run_json(&[&url]);
    assert_eq!(code, 0, "{lines:?}");
    let line = &lines[0];
    assert_eq!(line["source"], url.as_str());
    assert_eq!(line["format"], "rss2.0");
    assert_eq!(line["http"]["status"], 200);
    assert_eq!(line["http"]["final_url"], url.as_str());
    assert_eq!(codes(line), Vec::<String>::new());
    assert!(
        err.contains("validated 1 input (1 over HTTP): 0 errors"),
        "{err}"
    );
    let req = &server.requests()[0];
    assert!(
        req.header("user-agent").unwrap().starts_with("polyfeed/"),
        "{req:?}"
    );
    let accept = req.header("accept-encoding").unwrap();
    assert!(["gzip", "deflate", "br"].iter().all(|c| accept.contains(c)));
    assert!(
        req.header("accept")
            .unwrap()
            .contains("application/rss+xml")
    );
}

#[test]
fn redirects_are_followed_recorded_and_reported() {
    let server = Server::start(|r: &Request, base: &str| match r.path.as_str() {
        "/old" => Reply::redirect(301, "/mid"),
        "/mid" => Reply::redirect(302, &format!("{base}/feed.xml")),
        "/moved" => Reply::redirect(308, "feed.xml"),
        "/feed.xml" => Reply::feed("application/rss+xml", feed_at(base, "/feed.xml")),
        _ => Reply::status(404),
    });
    let (code, lines, _) = run_json(&[&server.url("/old"), &server.url("/moved")]);
    // Redirects are information: the feed itself is fine.
    assert_eq!(code, 0, "{lines:?}");
    let chain = &lines[0];
    assert_eq!(chain["http"]["final_url"], server.url("/feed.xml").as_str());
    assert_eq!(
        codes(chain),
        ["PermanentRedirect", "TempRedirect"],
        "the self link matches the final URL: no SelfDoesntMatchLocation"
    );
    let perm = finding(chain, "PermanentRedirect");
    assert_eq!(perm["severity"], "info");
    assert_eq!(perm["attr"], "Location");
    assert_eq!(perm["value"], server.url("/mid").as_str());
    assert_eq!(
        (perm["line"].clone(), perm["column"].clone()),
        (1.into(), 1.into())
    );
    assert_eq!(chain["http"]["redirects"].as_array().unwrap().len(), 2);
    assert_eq!(chain["http"]["redirects"][1]["status"], 302);
    let moved = &lines[1];
    assert_eq!(finding(moved, "PermanentRedirect")["status"], "308");
}

#[test]
fn redirect_loops_and_long_chains_stop() {
    let server = Server::start(|r: &Request, _: &str| {
        let p = r.path.as_str();
        if p == "/a" {
            Reply::redirect(302, "/b")
        } else if p == "/b" {
            Reply::redirect(301, "/a")
        } else if let Some(n) = p.strip_prefix("/hop/") {
            let n: u32 = n.parse().unwrap();
            Reply::redirect(307, &format!("/hop/{}", n + 1))
        } else {
            Reply::status(404)
        }
    });
    let started = Instant::now();
    let (code, lines, _) = run_json(&[
        "--max-redirects",
        "3",
        &server.url("/a"),
        &server.url("/hop/0"),
    ]);
    assert_eq!(code, 1);
    let looped = finding(&lines[0], "RedirectLoop");
    assert_eq!(looped["severity"], "error");
    assert_eq!(looped["value"], server.url("/a").as_str());
    assert_eq!(lines[0]["format"], "unknown");
    assert!(codes(&lines[1]).contains(&"TooManyRedirects".to_string()));
    let hops = server
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/hop/"))
        .count();
    assert_eq!(hops, 4, "the first request and 3 redirects");
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[test]
fn the_cache_sends_validators_and_validates_the_cached_copy_on_304() {
    // The feed has an error (an impossible weekday), so both runs must report it.
    let server = Server::start(|r: &Request, base: &str| {
        if r.header("if-none-match") == Some("\"abc\"") {
            return Reply::status(304).header("ETag", "\"abc\"");
        }
        let body = rss(
            &format!("{base}/feed.xml"),
            "utf-8",
            "\n<category>ok</category>",
        )
        .replace("Mon, 01 Dec 2025", "Tue, 01 Dec 2025");
        Reply::feed("application/rss+xml", body).header("ETag", "\"abc\"")
    });
    let cache = tempfile::tempdir().unwrap();
    let cache_dir = cache.path().join("cache");
    let url = server.url("/feed.xml");
    let args = ["--cache", cache_dir.to_str().unwrap(), url.as_str()];
    let (code, first, _) = run_json(&args);
    assert_eq!(code, 1);
    assert!(codes(&first[0]).contains(&"IncorrectDOW".to_string()));
    assert!(!codes(&first[0]).contains(&"NotModified".to_string()));
    assert_eq!(first[0]["http"]["from_cache"], false);
    assert!(server.requests()[0].header("if-none-match").is_none());

    let (code, second, err) = run_json(&args);
    let req = &server.requests()[1];
    assert_eq!(req.header("if-none-match"), Some("\"abc\""));
    assert_eq!(
        req.header("if-modified-since"),
        Some("Mon, 01 Dec 2025 10:00:00 GMT")
    );
    assert_eq!(second[0]["http"]["status"], 304);
    assert_eq!(second[0]["http"]["from_cache"], true);
    assert_eq!(finding(&second[0], "NotModified")["severity"], "info");
    // Same findings as the full answer, plus the note; the exit status follows them.
    assert!(codes(&second[0]).contains(&"IncorrectDOW".to_string()));
    assert_eq!(code, 1);
    assert!(err.contains("1 unchanged (from the cache)"), "{err}");
}

#[test]
fn a_304_of_a_clean_feed_is_not_an_error() {
    let server = Server::start(|r: &Request, base: &str| {
        if r.header("if-modified-since").is_some() {
            return Reply::status(304);
        }
        Reply::feed("application/rss+xml", feed_at(base, "/feed.xml")).without("ETag")
    });
    let cache = tempfile::tempdir().unwrap();
    let dir = cache.path().to_str().unwrap().to_string();
    let url = server.url("/feed.xml");
    assert_eq!(run_json(&["--cache", &dir, &url]).0, 0);
    let (code, lines, _) = run_json(&["--cache", &dir, &url]);
    assert_eq!(code, 0, "{lines:?}");
    assert_eq!(codes(&lines[0]), ["NotModified"]);
}

#[test]
fn compressed_bodies_are_decoded() {
    use flate2::Compression;
    let server = Server::start(|r: &Request, base: &str| {
        let body = feed_at(base, &r.path).into_bytes();
        let (coding, bytes) = match r.path.as_str() {
            "/gzip.xml" => {
                let mut e = flate2::write::GzEncoder::new(Vec::new(), Compression::default());
                e.write_all(&body).unwrap();
                ("gzip", e.finish().unwrap())
            }
            "/deflate.xml" => {
                let mut e = flate2::write::ZlibEncoder::new(Vec::new(), Compression::default());
                e.write_all(&body).unwrap();
                ("deflate", e.finish().unwrap())
            }
            "/br.xml" => {
                let mut out = Vec::new();
                {
                    let mut e = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
                    e.write_all(&body).unwrap();
                }
                ("br", out)
            }
            _ => ("gzip", b"this is not gzip at all".to_vec()),
        };
        match Reply::feed("application/rss+xml", bytes) {
            Reply::Full {
                status,
                mut headers,
                body,
            } => {
                headers.push(("Content-Encoding".into(), coding.into()));
                Reply::Full {
                    status,
                    headers,
                    body,
                }
            }
            other => other,
        }
    });
    let urls: Vec<String> = ["/gzip.xml", "/deflate.xml", "/br.xml", "/broken.xml"]
        .iter()
        .map(|p| server.url(p))
        .collect();
    let args: Vec<&str> = urls.iter().map(String::as_str).collect();
    let (code, lines, _) = run_json(&args);
    assert_eq!(code, 1);
    for line in &lines[..3] {
        assert_eq!(line["format"], "rss2.0", "{line}");
        assert_eq!(codes(line), Vec::<String>::new(), "{line}");
    }
    let broken = finding(&lines[3], "BadContentEncoding");
    assert_eq!(broken["attr"], "Content-Encoding");
    assert_eq!(broken["value"], "gzip");
}

#[test]
fn the_http_charset_wins_over_the_declaration_and_disagreements_are_reported() {
    let cp1251 = |text: String| encoding_rs::WINDOWS_1251.encode(&text).0.into_owned();
    let server = Server::start(move |r: &Request, base: &str| {
        let url = format!("{base}{}", r.path);
        match r.path.as_str() {
            // windows-1251 bytes, declared so, but the server says UTF-8.
            "/cp1251-as-utf8.xml" => Reply::feed(
                "text/xml; charset=utf-8",
                cp1251(rss(&url, "windows-1251", "")),
            ),
            // The reverse: UTF-8 bytes, declared UTF-8, served as windows-1251.
            "/utf8-as-cp1251.xml" => Reply::feed(
                "application/rss+xml; charset=windows-1251",
                rss(&url, "utf-8", ""),
            ),
            // Everything agrees.
            "/cp1251.xml" => Reply::feed(
                "application/rss+xml; charset=windows-1251",
                cp1251(rss(&url, "windows-1251", "")),
            ),
            // text/xml without a charset: the document decides (RFC 7303), with a note.
            _ => Reply::feed("text/xml", rss(&url, "utf-8", "")),
        }
    });
    let urls: Vec<String> = [
        "/cp1251-as-utf8.xml",
        "/utf8-as-cp1251.xml",
        "/cp1251.xml",
        "/text-xml.xml",
    ]
    .iter()
    .map(|p| server.url(p))
    .collect();
    let args: Vec<&str> = urls.iter().map(String::as_str).collect();
    let (code, lines, _) = run_json(&args);
    assert_eq!(code, 1);

    let l = &lines[0];
    assert_eq!(l["encoding"], "UTF-8");
    let m = finding(l, "EncodingMismatch");
    assert_eq!(m["severity"], "warning");
    assert_eq!(m["attr"], "Content-Type");
    assert_eq!(m["value"], "utf-8");
    assert_eq!(m["encoding"], "windows-1251");
    assert_eq!(finding(l, "MislabeledEncoding")["encoding"], "windows-1251");
    assert!(codes(l).contains(&"UnicodeError".to_string()));

    let l = &lines[1];
    assert_eq!(l["encoding"], "windows-1251");
    assert_eq!(finding(l, "EncodingMismatch")["value"], "windows-1251");

    let l = &lines[2];
    assert_eq!(l["encoding"], "windows-1251");
    assert!(!codes(l).contains(&"EncodingMismatch".to_string()), "{l}");
    assert_eq!(count(l, "error") + count(l, "warning"), 0, "{l}");

    let l = &lines[3];
    assert_eq!(l["encoding"], "UTF-8");
    assert_eq!(codes(l), ["TextXml"]);
    assert_eq!(finding(l, "TextXml")["severity"], "info");
}

#[test]
fn content_types_and_polling_headers() {
    let server = Server::start(|r: &Request, base: &str| {
        let body = feed_at(base, &r.path);
        match r.path.as_str() {
            "/html-page" => Reply::feed(
                "text/html; charset=utf-8",
                "<!DOCTYPE html><html><head><title>Sign in</title></head><body>Please sign in</body></html>",
            ),
            "/atom-type.xml" => Reply::feed("application/atom+xml", body),
            "/plain.xml" => Reply::feed("text/plain", body),
            "/no-type.xml" => Reply::feed("x", body).without("Content-Type"),
            _ => Reply::feed("application/rss+xml", body)
                .without("ETag")
                .without("Last-Modified")
                .without("Cache-Control"),
        }
    });
    let urls: Vec<String> = [
        "/html-page",
        "/atom-type.xml",
        "/plain.xml",
        "/no-type.xml",
        "/no-caching.xml",
    ]
    .iter()
    .map(|p| server.url(p))
    .collect();
    let args: Vec<&str> = urls.iter().map(String::as_str).collect();
    let (code, lines, _) = run_json(&args);
    assert_eq!(code, 1, "the HTML page is not a feed");

    let html = &lines[0];
    let ct = finding(html, "UnexpectedContentType");
    assert_eq!(ct["severity"], "warning");
    assert_eq!(ct["value"], "text/html; charset=utf-8");
    assert!(count(html, "error") > 0, "{html}");
    assert_eq!(html["format"], "unknown");

    assert_eq!(codes(&lines[1]), ["UnexpectedContentType"]);
    assert!(
        finding(&lines[1], "UnexpectedContentType")["message"]
            .as_str()
            .unwrap()
            .contains("is for Atom")
    );
    assert_eq!(codes(&lines[2]), ["UnexpectedContentType"]);
    assert_eq!(codes(&lines[3]), ["MissingContentType"]);
    assert_eq!(
        codes(&lines[4]),
        ["MissingCacheValidators", "MissingCacheControl"]
    );
    assert_eq!(lines[4]["valid"], true, "header findings are warnings");
}

#[test]
fn http_errors_are_findings_and_the_run_goes_on() {
    let server = Server::start(|r: &Request, base: &str| match r.path.as_str() {
        "/gone" => Reply::status(410),
        "/busy" => Reply::status(429).header("Retry-After", "120"),
        "/broken" => Reply::status(500),
        "/error-with-feed" => match Reply::feed("application/rss+xml", feed_at(base, "/x")) {
            Reply::Full { headers, body, .. } => Reply::Full {
                status: 503,
                headers,
                body,
            },
            other => other,
        },
        "/feed.xml" => Reply::feed("application/rss+xml", feed_at(base, "/feed.xml")),
        _ => Reply::status(404),
    });
    let urls: Vec<String> = [
        "/missing",
        "/gone",
        "/busy",
        "/broken",
        "/error-with-feed",
        "/feed.xml",
    ]
    .iter()
    .map(|p| server.url(p))
    .collect();
    let args: Vec<&str> = urls.iter().map(String::as_str).collect();
    let (code, lines, err) = run_json(&args);
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 6);
    for (line, status) in lines.iter().zip(["404", "410", "429", "500"]) {
        let e = finding(line, "HttpError");
        assert_eq!(e["severity"], "error");
        assert_eq!(e["value"], status);
        assert_eq!(line["valid"], false);
        assert_eq!(line["encoding"], Value::Null);
    }
    assert_eq!(finding(&lines[2], "HttpError")["retry_after"], "120");
    assert!(
        finding(&lines[1], "HttpError")["message"]
            .as_str()
            .unwrap()
            .contains("410 Gone")
    );
    assert_eq!(
        finding(&lines[4], "HttpErrorWithPossibleFeed")["value"],
        "503"
    );
    assert_eq!(lines[5]["valid"], true);
    assert!(err.contains("6 over HTTP, 5 not fetched"), "{err}");
}

#[test]
fn an_endless_body_stops_at_the_body_limit() {
    let server = Server::start(|_: &Request, _: &str| Reply::Endless {
        headers: vec![("Content-Type".into(), "application/rss+xml".into())],
    });
    let started = Instant::now();
    let (code, lines, _) = run_json(&["--max-body", "1M", &server.url("/endless.xml")]);
    assert_eq!(code, 1);
    let limit = finding(&lines[0], "ValidatorLimit");
    assert_eq!(limit["severity"], "error");
    assert_eq!(limit["limit"], "1048576 bytes");
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_silent_server_times_out() {
    let server = Server::start(|_: &Request, _: &str| Reply::Silent);
    let started = Instant::now();
    let (code, lines, _) = run_json(&["--timeout", "1", &server.url("/feed.xml")]);
    let took = started.elapsed();
    assert_eq!(code, 1);
    let t = finding(&lines[0], "HttpTimeout");
    assert_eq!(t["severity"], "error");
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn connection_failures_and_bad_list_lines_are_findings() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("urls.txt");
    let refused = closed_port_url();
    std::fs::write(&list, format!("# broken inputs\n\n{refused}\nnot a url\n")).unwrap();
    let (code, lines, _) = run_json(&["--urls", list.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(lines[0]["source"], refused.as_str());
    assert_eq!(codes(&lines[0]), ["IOError"]);
    assert_eq!(lines[1]["source"], "not a url");
    assert_eq!(codes(&lines[1]), ["InvalidURI"]);
    // A list that cannot be read is a tool failure.
    let (code, _, err) = run_json(&["--urls", dir.path().join("nope.txt").to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
    // So are limits that make no sense.
    let (code, _, _) = run_json(&["--timeout", "0", &refused]);
    assert_eq!(code, 2);
    let (code, _, _) = run_json(&["--max-body", "12Q", &refused]);
    assert_eq!(code, 2);
}

#[test]
fn a_list_of_many_feeds_keeps_input_order_whatever_finishes_first() {
    // Every fifth feed is slow, every seventh is missing, one server never answers.
    let server = Server::start(|r: &Request, base: &str| {
        let n: usize = r
            .path
            .trim_start_matches("/f")
            .trim_end_matches(".xml")
            .parse()
            .unwrap_or(0);
        if r.path == "/silent.xml" {
            return Reply::Silent;
        }
        if n % 7 == 3 {
            return Reply::status(404);
        }
        if n.is_multiple_of(5) {
            std::thread::sleep(Duration::from_millis(150));
        }
        Reply::feed("application/rss+xml", feed_at(base, &r.path))
    });
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("urls.txt");
    let mut urls: Vec<String> = (0..60).map(|i| server.url(&format!("/f{i}.xml"))).collect();
    urls.insert(10, server.url("/silent.xml"));
    let mut text = String::from("# feeds to check\n");
    for u in &urls {
        text.push_str(u);
        text.push_str("\n\n");
    }
    std::fs::write(&list, text).unwrap();
    let started = Instant::now();
    let (code, lines, err) = run_json(&[
        "--jobs",
        "4",
        "--timeout",
        "2",
        "--urls",
        list.to_str().unwrap(),
    ]);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(code, 1);
    let sources: Vec<&str> = lines
        .iter()
        .map(|l| l["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources, urls.iter().map(String::as_str).collect::<Vec<_>>());
    for (i, line) in lines.iter().enumerate() {
        let path = urls[i].rsplit('/').next().unwrap();
        let n: usize = path
            .trim_start_matches('f')
            .trim_end_matches(".xml")
            .parse()
            .unwrap_or(usize::MAX);
        let expect: &[&str] = if path == "silent.xml" {
            &["HttpTimeout"]
        } else if n % 7 == 3 {
            &["HttpError"]
        } else {
            &[]
        };
        assert_eq!(codes(line), expect, "{line}");
    }
    assert!(
        err.contains("validated 61 inputs (61 over HTTP, 10 not fetched)"),
        "{err}"
    );
}

#[test]
fn files_and_urls_mix_and_quiet_silences_stderr() {
    let server = Server::start(|_: &Request, base: &str| {
        Reply::feed("application/rss+xml", feed_at(base, "/feed.xml"))
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("local.xml");
    std::fs::write(&file, rss("http://127.0.0.1/local.xml", "utf-8", "")).unwrap();
    let url = server.url("/feed.xml");
    let (code, lines, err) = run_json(&["--quiet", file.to_str().unwrap(), &url]);
    assert_eq!(code, 0);
    assert_eq!(err, "");
    assert_eq!(lines[0]["source"], file.to_str().unwrap());
    assert!(lines[0].get("http").is_none());
    assert_eq!(lines[1]["source"], url.as_str());
    // --base-url overrides the final URL as the document's location.
    let (_, lines, _) = run_json(&["--base-url", "http://example.org/elsewhere.xml", &url]);
    assert!(codes(&lines[0]).contains(&"SelfDoesntMatchLocation".to_string()));
}

/// A raw TCP server that answers every connection with `bytes` at once and closes.
fn raw_server(bytes: &'static [u8]) -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    std::thread::spawn(move || {
        let started = Instant::now();
        for conn in l.incoming() {
            let Ok(mut conn) = conn else { continue };
            let _ = conn.write_all(bytes);
            let _ = conn.shutdown(std::net::Shutdown::Write);
            // Let the client read before the socket goes.
            std::thread::sleep(Duration::from_millis(50));
            if started.elapsed() > Duration::from_secs(20) {
                break;
            }
        }
    });
    addr.to_string()
}

#[test]
fn tls_to_a_plain_server_and_broken_http_are_findings() {
    let plain = raw_server(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    let garbage = raw_server(b"HELLO THERE\r\n\r\n");
    let started = Instant::now();
    let (code, lines, _) = run_json(&[
        "--timeout",
        "5",
        &format!("https://{plain}/feed.xml"),
        &format!("http://{garbage}/feed.xml"),
    ]);
    assert_eq!(code, 1);
    assert_eq!(codes(&lines[0]), ["TlsError"], "{}", lines[0]);
    assert_eq!(codes(&lines[1]), ["HttpProtocolError"], "{}", lines[1]);
    assert!(started.elapsed() < Duration::from_secs(10));
}
