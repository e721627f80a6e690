//! Test servers: a small threaded HTTP/1.1 server on 127.0.0.1 (an ephemeral port) whose
//! answers a test scripts per request, and which records every request it gets.
//!
//! Every connection is answered once and closed (`Connection: close`). Hostile behaviours
//! (a body that never ends, a server that never answers) stop by themselves after
//! [`HOSTILE_FOR`] or when the client goes away, so no test can hang on them.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a hostile answer goes on at most.
pub const HOSTILE_FOR: Duration = Duration::from_secs(20);

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Request {
    /// `GET`, `POST`...
    pub method: String,
    /// The request target (`/feed.xml`).
    pub path: String,
    /// Header names (lowercased) and values, in order.
    pub headers: Vec<(String, String)>,
    /// The body (`Content-Length` bytes; empty without one).
    pub body: Vec<u8>,
}

impl Request {
    /// The value of a header (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server does with a request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete answer.
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// 200 with these headers and a body that never ends (close-delimited).
    Endless { headers: Vec<(String, String)> },
    /// Reads the request and never answers.
    Silent,
}

impl Reply {
    /// A status with an empty body.
    pub fn status(status: u16) -> Reply {
        Reply::Full {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// A 200 feed answer with the headers a well-run server sends: `Content-Type`, `ETag`,
    /// `Last-Modified`, `Cache-Control`.
    pub fn feed(content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Full {
            status: 200,
            headers: vec![
                ("Content-Type".into(), content_type.into()),
                ("ETag".into(), "\"v1\"".into()),
                (
                    "Last-Modified".into(),
                    "Mon, 01 Dec 2025 10:00:00 GMT".into(),
                ),
                ("Cache-Control".into(), "max-age=600".into()),
            ],
            body: body.into(),
        }
    }

    /// A redirect.
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::status(status).header("Location", location)
    }

    /// Adds (or replaces) a header.
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Full { headers, .. } | Reply::Endless { headers } = &mut self {
            headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
            headers.push((name.into(), value.into()));
        }
        self
    }

    /// Removes a header.
    pub fn without(mut self, name: &str) -> Reply {
        if let Reply::Full { headers, .. } | Reply::Endless { headers } = &mut self {
            headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
        }
        self
    }
}

type Handler = dyn Fn(&Request, &str) -> Reply + Send + Sync;

/// A running server; stops accepting when dropped.
pub struct Server {
    base: String,
    requests: Arc<Mutex<Vec<Request>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    /// Starts a server; `handler(request, base)` gets the request and the server's base URL
    /// (`http://127.0.0.1:PORT`, for feeds that name their own location).
    pub fn start(handler: impl Fn(&Request, &str) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        {
            let (base, requests, stop) = (base.clone(), requests.clone(), stop.clone());
            std::thread::spawn(move || {
                for conn in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(conn) = conn else { continue };
                    let (base, requests, stop, handler) = (
                        base.clone(),
                        requests.clone(),
                        stop.clone(),
                        handler.clone(),
                    );
                    std::thread::spawn(move || serve(conn, &base, &requests, &stop, &*handler));
                }
            });
        }
        Server {
            base,
            requests,
            stop,
        }
    }

    /// The URL of a path on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop.
        let _ = TcpStream::connect(self.base.trim_start_matches("http://"));
    }
}

/// A port on 127.0.0.1 where nothing listens (bound, then released).
pub fn closed_port_url() -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    drop(l);
    format!("http://{addr}/feed.xml")
}

fn read_request(conn: &mut TcpStream) -> Option<Request> {
    conn.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = conn.read(&mut chunk).ok()?;
        if n == 0 || buf.len() > 64 << 10 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let text = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut lines = text.split("\r\n");
    let mut start = lines.next()?.split(' ');
    let method = start.next()?.to_string();
    let path = start.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0)
        .min(1 << 20);
    let mut body = buf[end..].to_vec();
    while body.len() < length {
        let n = conn.read(&mut chunk).ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    Some(Request {
        method,
        path,
        headers,
        body,
    })
}

fn head(status: u16, headers: &[(String, String)]) -> Vec<u8> {
    let mut h = format!("HTTP/1.1 {status} Scripted\r\nConnection: close\r\n");
    for (k, v) in headers {
        h.push_str(&format!("{k}: {v}\r\n"));
    }
    h.into_bytes()
}

fn serve(
    mut conn: TcpStream,
    base: &str,
    requests: &Mutex<Vec<Request>>,
    stop: &AtomicBool,
    handler: &Handler,
) {
    let Some(req) = read_request(&mut conn) else {
        return;
    };
    requests.lock().unwrap().push(req.clone());
    let started = Instant::now();
    match handler(&req, base) {
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let mut out = head(status, &headers);
            out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
            out.extend_from_slice(&body);
            let _ = conn.write_all(&out);
        }
        Reply::Endless { headers } => {
            let mut out = head(200, &headers);
            out.extend_from_slice(b"\r\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>");
            if conn.write_all(&out).is_err() {
                return;
            }
            let filler = b"<!-- and on and on -->".repeat(3000);
            while started.elapsed() < HOSTILE_FOR && !stop.load(Ordering::SeqCst) {
                if conn.write_all(&filler).is_err() {
                    break;
                }
            }
        }
        Reply::Silent => {
            let _ = conn.set_read_timeout(Some(Duration::from_millis(100)));
            let mut b = [0u8; 64];
            while started.elapsed() < HOSTILE_FOR && !stop.load(Ordering::SeqCst) {
                match conn.read(&mut b) {
                    Ok(0) => break,
                    Ok(_) => {}
                    Err(e)
                        if matches!(
                            e.kind(),
                            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                        ) => {}
                    Err(_) => break,
                }
            }
        }
    }
    let _ = conn.shutdown(Shutdown::Both);
}

/// A live site and its WebSub hub on one test server: `GET /feeds/{path}` serves the file
/// `{root}/{path}` (404 when there is none), `POST /hub` records the publish notice and
/// answers with the hub's status (204 unless set otherwise). The served folder can be
/// replaced at any time (a "publish").
pub struct LiveSite {
    server: Server,
    hub_status: Arc<std::sync::atomic::AtomicU16>,
}

impl LiveSite {
    /// Serves `root` (which may not exist yet: every feed is then 404).
    pub fn start(root: &std::path::Path) -> LiveSite {
        let root = root.to_path_buf();
        let hub_status = Arc::new(std::sync::atomic::AtomicU16::new(204));
        let status = hub_status.clone();
        let server = Server::start(move |r: &Request, _: &str| {
            if r.path == "/hub" {
                return match r.method.as_str() {
                    "POST" => Reply::status(status.load(Ordering::SeqCst)),
                    _ => Reply::status(405),
                };
            }
            let Some(rel) = r.path.strip_prefix("/feeds/") else {
                return Reply::status(404);
            };
            if rel.split('/').any(|p| p == ".." || p.is_empty()) {
                return Reply::status(404);
            }
            match std::fs::read(root.join(rel)) {
                Ok(bytes) => Reply::feed(media_type(rel), bytes),
                Err(_) => Reply::status(404),
            }
        });
        LiveSite { server, hub_status }
    }

    /// The base URL of the feeds (`http://127.0.0.1:PORT/feeds/`).
    pub fn feeds_url(&self) -> String {
        self.server.url("/feeds/")
    }

    /// The hub's URL.
    pub fn hub_url(&self) -> String {
        self.server.url("/hub")
    }

    /// The status the hub answers from now on.
    pub fn set_hub_status(&self, status: u16) {
        self.hub_status.store(status, Ordering::SeqCst);
    }

    /// The publish notices the hub got so far: the `hub.url` of each, in arrival order
    /// (`hub.mode` must be `publish`, and nothing else may be sent).
    pub fn pings(&self) -> Vec<String> {
        self.server
            .requests()
            .iter()
            .filter(|r| r.path == "/hub")
            .map(|r| {
                assert_eq!(r.method, "POST");
                assert_eq!(
                    r.header("content-type"),
                    Some("application/x-www-form-urlencoded")
                );
                let form: Vec<(String, String)> =
                    url::form_urlencoded::parse(&r.body).into_owned().collect();
                assert_eq!(form.len(), 2, "{form:?}");
                assert_eq!(form[0], ("hub.mode".to_string(), "publish".to_string()));
                assert_eq!(form[1].0, "hub.url");
                form[1].1.clone()
            })
            .collect()
    }

    /// The paths asked for below `/feeds/`, in arrival order.
    pub fn fetched(&self) -> Vec<String> {
        self.server
            .requests()
            .iter()
            .filter_map(|r| r.path.strip_prefix("/feeds/").map(String::from))
            .collect()
    }
}

fn media_type(path: &str) -> &'static str {
    match path.rsplit('/').next().unwrap_or(path) {
        "rss.xml" => "application/rss+xml",
        "atom.xml" => "application/atom+xml",
        "feed.json" => "application/feed+json",
        "feeds.json" => "application/json",
        _ => "application/octet-stream",
    }
}
