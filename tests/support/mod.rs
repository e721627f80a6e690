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
    /// The request target (`/feed.xml`).
    pub path: String,
    /// Header names (lowercased) and values, in order.
    pub headers: Vec<(String, String)>,
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
    let text = String::from_utf8_lossy(&buf);
    let mut lines = text.split("\r\n");
    let path = lines.next()?.split(' ').nth(1)?.to_string();
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some(Request { path, headers })
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
