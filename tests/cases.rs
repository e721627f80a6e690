//! The bad-input suite: one folder per case under `tests/cases/<command>/<case>/`, run by
//! one test that walks them all (a new case is a new folder; see TESTING.md).
//!
//! A case folder holds the input files, `case.toml` (the command line, the exit status, where
//! the message must point, generated inputs) and `expected.txt` (stdout and stderr, compared
//! exactly). Each case runs the real binary in a temporary copy of its folder, and must:
//! exit with the documented status, not panic, write nothing (the folder's files are
//! byte-identical afterwards, no temp file left), name the file and line (and the field or
//! flag) it is about, and print exactly `expected.txt`. Every failing case is reported, not
//! just the first. `POLYFEED_BLESS=1` rewrites the `expected.txt` files instead of comparing.

use crate::util::{copy_dir, polyfeed, root};
use serde::Deserialize;
use std::collections::{BTreeMap, hash_map::DefaultHasher};
use std::fmt::Write as _;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// `case.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Spec {
    /// One line: what the case shows.
    about: String,
    /// The command line after `polyfeed`, paths relative to the case folder.
    args: Vec<String>,
    /// The exit status the contract documents for this input.
    status: i32,
    /// A file of the case folder fed to stdin (else stdin is empty).
    stdin: Option<String>,
    /// Files written by a generator before the run: file name → generator (see [`generate`]).
    /// Big hostile inputs are generated, never committed.
    #[serde(default)]
    generate: BTreeMap<String, String>,
    /// The file the message must name.
    file: Option<String>,
    /// The line it must name (`{file}:{line}:`).
    line: Option<u64>,
    /// The field, key, element or value the message must name.
    field: Option<String>,
    /// The command-line flag the message must name (usage errors).
    flag: Option<String>,
}

/// The site used by a case that has no `site.toml` of its own.
const DEFAULT_SITE: &str = "tests/cases/site.toml";
/// How long one case may run before it counts as a hang.
const TIMEOUT: Duration = Duration::from_secs(120);

fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut commands: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    commands.sort();
    for c in commands {
        let mut v: Vec<PathBuf> = fs::read_dir(&c)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect();
        v.sort();
        out.extend(v);
    }
    out
}

/// Relative path → (length, hash) of every file below `dir`.
fn fingerprint(dir: &Path) -> BTreeMap<String, (u64, u64)> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, (u64, u64)>) {
        let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap()).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let path = e.path();
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if e.file_type().unwrap().is_dir() {
                out.insert(format!("{rel}/"), (0, 0));
                walk(root, &path, out);
            } else {
                let bytes = fs::read(&path).unwrap();
                let mut h = DefaultHasher::new();
                bytes.hash(&mut h);
                out.insert(rel, (bytes.len() as u64, h.finish()));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// What a run printed, as compared with `expected.txt`.
fn report(stdout: &str, stderr: &str) -> String {
    let mut s = String::from("## stdout\n");
    s.push_str(stdout);
    if !stdout.is_empty() && !stdout.ends_with('\n') {
        s.push_str("\n[no newline at end]\n");
    }
    s.push_str("## stderr\n");
    s.push_str(stderr);
    if !stderr.is_empty() && !stderr.ends_with('\n') {
        s.push_str("\n[no newline at end]\n");
    }
    s
}

/// Runs one case; returns its problems (empty when it passes).
fn run(case: &Path, bless: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let spec_text = match fs::read_to_string(case.join("case.toml")) {
        Ok(t) => t,
        Err(e) => return vec![format!("cannot read case.toml: {e}")],
    };
    let spec: Spec = match toml::from_str(&spec_text) {
        Ok(s) => s,
        Err(e) => return vec![format!("case.toml: {e}")],
    };
    if spec.about.trim().is_empty() {
        problems.push("case.toml: `about` is empty".into());
    }
    if spec.file.is_none() && spec.flag.is_none() {
        problems.push("case.toml: give `file` or `flag` (what the message must name)".into());
    }
    if spec.line.is_some() && spec.file.is_none() {
        problems.push("case.toml: `line` without `file`".into());
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("case");
    copy_dir(case, &dir);
    for f in ["case.toml", "expected.txt"] {
        let _ = fs::remove_file(dir.join(f));
    }
    if !dir.join("site.toml").exists() {
        fs::copy(root().join(DEFAULT_SITE), dir.join("site.toml")).unwrap();
    }
    for (name, generator) in &spec.generate {
        match generate(generator) {
            Some(bytes) => fs::write(dir.join(name), bytes).unwrap(),
            None => problems.push(format!("case.toml: no generator `{generator}`")),
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    let before = fingerprint(&dir);
    let mut cmd = polyfeed(&dir);
    cmd.args(&spec.args).timeout(TIMEOUT);
    match &spec.stdin {
        Some(f) => cmd.pipe_stdin(dir.join(f)).unwrap(),
        None => cmd.write_stdin(Vec::new()),
    };
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).replace(&*dir.to_string_lossy(), "[CASE]");
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&*dir.to_string_lossy(), "[CASE]");
    let all = format!("{stdout}{stderr}");

    match out.status.code() {
        Some(c) if c == spec.status => {}
        Some(c) => problems.push(format!("exit status {c}, expected {}", spec.status)),
        None => problems.push("killed by a signal (or timed out)".into()),
    }
    if stderr.contains("panicked") {
        problems.push(format!("panicked: {stderr:.600}"));
    }
    if fingerprint(&dir) != before {
        problems.push("the run wrote, changed or left files in its folder".into());
    }
    if let Some(file) = &spec.file {
        let want = match spec.line {
            Some(l) => format!("{file}:{l}:"),
            None => file.clone(),
        };
        if !all.contains(&want) {
            problems.push(format!("the output does not name `{want}`"));
        }
    }
    for (what, v) in [("field", &spec.field), ("flag", &spec.flag)] {
        if let Some(v) = v
            && !all.contains(v.as_str())
        {
            problems.push(format!("the output does not name the {what} `{v}`"));
        }
    }
    let got = report(&stdout, &stderr);
    let expected_path = case.join("expected.txt");
    if bless {
        if fs::read_to_string(&expected_path).ok().as_deref() != Some(&got) {
            fs::write(&expected_path, &got).unwrap();
        }
    } else {
        match fs::read_to_string(&expected_path) {
            Ok(want) if want == got => {}
            Ok(want) => problems.push(format!(
                "the output differs from expected.txt (POLYFEED_BLESS=1 rewrites it)\n{}",
                line_diff(&want, &got)
            )),
            Err(_) => problems.push(format!(
                "no expected.txt (POLYFEED_BLESS=1 writes it); the output was:\n{got}"
            )),
        }
    }
    problems
}

/// The first differing lines of two reports.
fn line_diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut s = String::new();
    let mut shown = 0;
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i), g.get(i));
        if a != b {
            let _ = writeln!(s, "  line {}:", i + 1);
            let _ = writeln!(s, "    expected: {}", a.unwrap_or(&"[none]"));
            let _ = writeln!(s, "    got:      {}", b.unwrap_or(&"[none]"));
            shown += 1;
            if shown == 5 {
                break;
            }
        }
    }
    s
}

#[test]
fn bad_inputs() {
    let base = root().join("tests/cases");
    let all = cases(&base);
    // The suite must hold cases: an empty folder would pass vacuously.
    assert!(all.len() >= 150, "only {} cases", all.len());
    let bless = std::env::var_os("POLYFEED_BLESS").is_some_and(|v| v == "1");
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let timings = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(case) = all.get(i) else { break };
                    let started = Instant::now();
                    let problems = run(case, bless);
                    let name = case
                        .strip_prefix(&base)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned();
                    timings
                        .lock()
                        .unwrap()
                        .push((started.elapsed(), name.clone()));
                    if !problems.is_empty() {
                        failures.lock().unwrap().push((name, problems));
                    }
                }
            });
        }
    });
    let mut timings = timings.into_inner().unwrap();
    timings.sort();
    let slowest: Vec<String> = timings
        .iter()
        .rev()
        .take(5)
        .map(|(d, n)| format!("{n} {:.2} s", d.as_secs_f64()))
        .collect();
    eprintln!("{} cases; slowest: {}", all.len(), slowest.join(", "));
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    if !failures.is_empty() {
        let mut msg = format!("{} of {} cases failed:\n", failures.len(), all.len());
        for (name, problems) in &failures {
            let _ = writeln!(msg, "\n{name}:");
            for p in problems {
                let _ = writeln!(msg, "  - {p}");
            }
        }
        panic!("{msg}");
    }
}

// ---------------------------------------------------------------------------------------
// Generators: big hostile inputs, written into the case's temporary folder before the run.

const RSS_HEAD: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>t</title><link>http://example.org/</link><description>d</description>";
const RSS_TAIL: &str = "</channel></rss>\n";

/// A valid item line with `title` as its title (already JSON-escaped).
fn item_line(id: &str, title: &str) -> String {
    format!(
        "{{\"id\":\"{id}\",\"lang\":\"en\",\"section\":\"news\",\"title\":\"{title}\",\"url\":\"https://example.org/en/{id}/\",\"published\":\"2025-12-05T10:00:00Z\"}}\n"
    )
}

/// Deterministic pseudo-random bytes (xorshift).
fn garbage(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn billion_laughs(root: &str) -> String {
    let mut dtd = format!("<!DOCTYPE {root} [\n<!ENTITY lol0 \"lol\">\n");
    for i in 1..=9 {
        let _ = writeln!(
            dtd,
            "<!ENTITY lol{i} \"{}\">",
            format!("&lol{};", i - 1).repeat(10)
        );
    }
    dtd.push_str("]>\n");
    dtd
}

/// The generated inputs, by name (the `generate` values of `case.toml`).
fn generate(name: &str) -> Option<Vec<u8>> {
    let deep = 100_000;
    Some(match name {
        // 100,000 nested elements inside an RSS channel.
        "rss-deep-nesting" => {
            let mut d = String::from(RSS_HEAD);
            d.push_str("<x:a xmlns:x=\"http://example.org/x\">");
            d.push_str(&"<x:a>".repeat(deep));
            d.push_str(&"</x:a>".repeat(deep + 1));
            d.push_str(RSS_TAIL);
            d.into_bytes()
        }
        // 100,000 nested elements never closed: a truncated deep document.
        "rss-deep-unclosed" => {
            let mut d = String::from(RSS_HEAD);
            d.push_str(&"<item>".repeat(deep));
            d.into_bytes()
        }
        // A JSON Feed whose item holds 100,000 nested arrays.
        "json-deep-nesting" => {
            let mut d = String::from(
                "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":[{\"id\":\"1\",\"content_text\":\"x\",\"_x\":",
            );
            d.push_str(&"[".repeat(deep));
            d.push_str(&"]".repeat(deep));
            d.push_str("}]}\n");
            d.into_bytes()
        }
        // A 50 MB text node in an item's description.
        "rss-50mb-text" => {
            let mut d = format!(
                "{RSS_HEAD}<item><title>big</title><guid>g1</guid><description>"
            )
            .into_bytes();
            d.extend(std::iter::repeat_n(b'a', 50 << 20));
            d.extend_from_slice(b"</description><pubDate>not a date</pubDate></item>");
            d.extend_from_slice(RSS_TAIL.as_bytes());
            d
        }
        // 1,000,000 attributes, the last one repeating an earlier name.
        "rss-1m-attributes-duplicate" => {
            let mut d = format!("{RSS_HEAD}<x:a xmlns:x=\"http://example.org/x\"");
            for i in 0..1_000_000 {
                let _ = write!(d, " a{i}=\"v\"");
            }
            d.push_str(" a5=\"w\"/><item><title>x</title></item>");
            d.push_str(RSS_TAIL);
            d.into_bytes()
        }
        // Billion laughs: ten levels of ten references (10^9 "lol"s if expanded).
        "rss-billion-laughs" => format!(
            "<?xml version=\"1.0\"?>\n{}<rss version=\"2.0\"><channel><title>&lol9;</title><link>http://example.org/</link><description>d</description></channel></rss>\n",
            billion_laughs("rss")
        )
        .into_bytes(),
        "atom-billion-laughs" => format!(
            "<?xml version=\"1.0\"?>\n{}<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&lol9;</title><id>urn:x</id><updated>2025-12-05T10:00:00Z</updated></feed>\n",
            billion_laughs("feed")
        )
        .into_bytes(),
        // Quadratic blowup: one 60 KiB entity referenced 1,000 times (60 MB if expanded).
        "rss-quadratic-blowup" => {
            let big = "x".repeat(60 * 1024);
            let refs = "&big;".repeat(1000);
            format!(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"{big}\">]>\n<rss version=\"2.0\"><channel><title>{refs}</title><link>http://example.org/</link><description>d</description></channel></rss>\n"
            )
            .into_bytes()
        }
        // 200 KB of pseudo-random bytes after an RSS start tag.
        "rss-binary-tail" => {
            let mut d = b"<rss version=\"2.0\">".to_vec();
            d.extend(garbage(200_000));
            d
        }
        // 200 KB of pseudo-random bytes.
        "binary-garbage" => garbage(200_000),
        // An item line holding 100,000 nested arrays.
        "items-deep-nesting" => {
            let mut d = item_line("1", "ok");
            d.push_str("{\"id\":\"2\",\"lang\":\"en\",\"section\":\"news\",\"title\":");
            d.push_str(&"[".repeat(deep));
            d.push_str(&"]".repeat(deep));
            d.push_str(",\"url\":\"https://example.org/en/2/\",\"published\":\"2025-12-05\"}\n");
            d.into_bytes()
        }
        // An 8 MB title on the second line (check parses every byte of it in a debug build).
        "items-8mb-title" => {
            let mut d = item_line("1", "ok").into_bytes();
            d.extend_from_slice(b"{\"id\":\"2\",\"lang\":\"en\",\"section\":\"news\",\"title\":\"");
            d.extend(std::iter::repeat_n(b'a', 8 << 20));
            d.extend_from_slice(
                b"\",\"url\":\"https://example.org/en/2/\",\"published\":\"2025-13-05\"}\n",
            );
            d
        }
        // 20,000 items, then a duplicate of the first.
        "items-20k-duplicate-last" => {
            let mut d = String::new();
            for i in 0..20_000 {
                d.push_str(&item_line(&i.to_string(), "t"));
            }
            d.push_str(&item_line("0", "again"));
            d.into_bytes()
        }
        _ => return None,
    })
}
