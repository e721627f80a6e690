//! The validator on our own fixtures (`tests/fixtures/validate/**`): each fixture states the
//! rule it exercises (`Spec:`) and its expectations, one per `Expect:` line:
//!
//! - `Expect: Code{element:pubDate,parent:channel}`: some finding has this code and fields;
//! - `Expect: !Code`: no finding has this code (`Error`, `Warning`, `Info`: no finding of
//!   that severity);
//! - `Expect: clean`: no error and no warning.
//!
//! XML fixtures carry them in a comment; a JSON fixture `x.json` in `x.expect`. New fixtures
//! are new files; nothing here changes.

use crate::util::{polyfeed, sample};
use polyfeed::diagnostic::{Diagnostic, Severity};
use polyfeed::validate::{ValidateOptions, validate_bytes};
use std::path::{Path, PathBuf};

fn fixtures(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            fixtures(&p, out);
        } else if p.extension().is_some_and(|e| e == "xml" || e == "json") {
            out.push(p);
        }
    }
}

fn expectations(path: &Path, data: &[u8]) -> Vec<String> {
    let text = if path.extension().is_some_and(|e| e == "json") {
        std::fs::read_to_string(path.with_extension("expect")).unwrap_or_default()
    } else {
        String::from_utf8_lossy(data).into_owned()
    };
    text.lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("Expect:")
                .map(|e| e.trim().to_string())
        })
        .collect()
}

fn field<'a>(d: &'a Diagnostic, k: &str) -> Option<&'a str> {
    match k {
        "element" => d.element.as_deref(),
        "parent" => d.parent.as_deref(),
        "attr" => d.attr.as_deref(),
        "value" => d.value.as_deref(),
        _ => d
            .extra
            .iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.as_str()),
    }
}

/// `Error`, `Warning` and `Info` stand for any finding of that severity (as in the W3C
/// suite's `!Error`); other names are codes.
fn matches(d: &Diagnostic, code: &str, fields: &[(String, String)]) -> bool {
    let class = match code {
        "Error" => d.severity == Severity::Error,
        "Warning" => d.severity == Severity::Warning,
        "Info" => d.severity == Severity::Info,
        _ => d.code.name() == code,
    };
    class && fields.iter().all(|(k, v)| field(d, k) == Some(v.as_str()))
}

fn parse(expect: &str) -> (bool, String, Vec<(String, String)>) {
    let (neg, rest) = match expect.strip_prefix('!') {
        Some(r) => (true, r),
        None => (false, expect),
    };
    let (code, fields) = match rest.split_once('{') {
        Some((c, f)) => (c, f.trim_end_matches('}')),
        None => (rest, ""),
    };
    let fields = fields
        .split(',')
        .filter(|f| !f.is_empty())
        .filter_map(|f| f.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    (neg, code.trim().to_string(), fields)
}

#[test]
fn fixtures_meet_their_expectations() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/validate");
    let mut files = Vec::new();
    fixtures(&root, &mut files);
    let opts = ValidateOptions {
        base_url: None,
        now: Some(1_767_225_600), // 2026-01-01T00:00:00Z
        passes: true,
        charset: None,
        two_threads: false,
        snapshot: false,
    };
    // The folder must hold fixtures: an empty one would pass vacuously.
    assert!(
        files.len() >= 60,
        "only {} fixtures under {}",
        files.len(),
        root.display()
    );
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in &files {
        let data = std::fs::read(path).unwrap();
        let report = validate_bytes(&data, &opts);
        let exps = expectations(path, &data);
        assert!(!exps.is_empty(), "{} has no Expect: line", path.display());
        for e in exps {
            checked += 1;
            let ok = if e == "clean" {
                !report
                    .diagnostics
                    .iter()
                    .any(|d| matches!(d.severity, Severity::Error | Severity::Warning))
            } else {
                let (neg, code, fields) = parse(&e);
                let found = report
                    .diagnostics
                    .iter()
                    .any(|d| matches(d, &code, &fields));
                found != neg
            };
            if !ok {
                let got: Vec<String> = report
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity != Severity::Pass)
                    .map(|d| {
                        format!(
                            "{}{{element:{},parent:{}}}",
                            d.code,
                            d.element.as_deref().unwrap_or(""),
                            d.parent.as_deref().unwrap_or("")
                        )
                    })
                    .collect();
                failures.push(format!(
                    "{}: expected {e}; got {}",
                    path.strip_prefix(&root).unwrap().display(),
                    got.join(" ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} expectations failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The self-check, end to end: the sample site builds, and `polyfeed validate` on the whole
/// output folder finds no error and no warning in any feed (information notes are allowed:
/// day-precision dates shared by entries).
#[test]
fn the_built_sample_validates_without_errors_or_warnings() {
    let dir = sample();
    polyfeed(dir.path())
        .args(["build", "--out", "out"])
        .assert()
        .success();
    let out = polyfeed(dir.path())
        .args(["validate", "--format", "json", "out"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut feeds = 0;
    let mut site_reports = 0;
    for line in stdout.lines() {
        let report: serde_json::Value = serde_json::from_str(line).unwrap();
        if report["format"] == "site" {
            site_reports += 1;
        } else {
            feeds += 1;
        }
        let bad: Vec<_> = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] == "error" || d["severity"] == "warning")
            .collect();
        assert!(bad.is_empty(), "{}: {bad:?}", report["source"]);
    }
    // 4 languages × (3 sections + all) × 3 formats, and the whole-site report.
    assert_eq!(feeds, 48, "{stdout}");
    assert_eq!(site_reports, 1, "{stdout}");
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("0 errors, 0 warnings"), "{summary}");
}

/// A big RSS document (over the two-thread threshold) with findings all along: repeated
/// guids, bad dates, relative links in HTML, an undefined entity, bytes that are not UTF-8
/// half-way (and, with `early_fatal`, a forbidden character a third of the way in);
/// `tail` ends it.
fn big_rss(early_fatal: bool, tail: &str) -> Vec<u8> {
    let mut doc = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>Новости</title><link>http://example.com/</link>\
         <description>Все новости</description>\n",
    );
    let mut i = 0;
    while (doc.len() as u64) < 2 * polyfeed::validate::TWO_THREADS_FROM {
        let guid = i % 1000;
        let day = if i % 97 == 0 { "32" } else { "05" };
        doc.push_str(&format!(
            "<item><title>Заседание №{i} &amp; «итоги»</title>\
             <link>http://example.com/n/{i}</link><guid>http://example.com/g/{guid}</guid>\
             <pubDate>Fri, {day} Dec 2025 10:00:00 +0300</pubDate>\
             <description>&lt;p&gt;Совет &lt;a href=\"/n/{i}\"&gt;обсудил&lt;/a&gt;{}\
             &lt;/p&gt;</description></item>\n",
            if i % 500 == 0 { " &nbsp;" } else { "" }
        ));
        i += 1;
    }
    let mut bytes = doc.into_bytes();
    let middle = bytes.len() / 2;
    let tag = b"<description>";
    let at = middle
        + bytes[middle..]
            .windows(tag.len())
            .position(|w| w == tag)
            .unwrap();
    let at = at + tag.len();
    bytes.splice(at..at, *b"\xFF");
    if early_fatal {
        let third = bytes.len() / 3;
        let at = third
            + bytes[third..]
                .windows(tag.len())
                .position(|w| w == tag)
                .unwrap();
        bytes.splice(at..at, *b"\x01");
    }
    bytes.extend_from_slice(tail.as_bytes());
    bytes
}

/// Reading on a second thread changes nothing in the report: not the findings, their order
/// or positions, not where a fatal error stops the checks, not the invalid-bytes report.
#[test]
fn two_threads_give_the_same_report() {
    for (early_fatal, tail) in [
        (false, "</channel></rss>\n"),
        (false, "<item><title>\u{1}</title></item></channel></rss>\n"),
        (false, "<item></channel></rss>\n"),
        (true, "</channel></rss>\n"),
    ] {
        let data = big_rss(early_fatal, tail);
        let report = |two_threads| {
            let opts = ValidateOptions {
                base_url: Some("http://example.com/feed.xml".into()),
                now: Some(1_767_225_600),
                passes: false,
                charset: None,
                two_threads,
                snapshot: true,
            };
            validate_bytes(&data, &opts)
        };
        let one = report(false);
        let two = report(true);
        let codes: std::collections::BTreeSet<_> =
            one.diagnostics.iter().map(|d| d.code.name()).collect();
        for code in ["DuplicateValue", "InvalidRFC2822Date", "ContainsRelRef"] {
            assert!(codes.contains(code), "{code} missing from {codes:?}");
        }
        // The invalid bytes are reported when the checks reach them, only then.
        assert_eq!(codes.contains("UnicodeError"), !early_fatal, "{codes:?}");
        assert!(one.diagnostics.len() > 100, "{}", one.diagnostics.len());
        assert_eq!(one.diagnostics, two.diagnostics, "tail {tail:?}");
        assert_eq!(one.tally, two.tally);
        // The diff view from the same parse: the same as `diff` reads it, and none for a
        // document whose checking stopped early.
        assert_eq!(one.snapshot, two.snapshot);
        let read = polyfeed::diff::read::read(&data).ok();
        // (A forbidden character stops the validator but not `diff`, which reads without
        // that check: then there is no snapshot.)
        match (&one.snapshot, &read) {
            (Some(s), Some(r)) => assert_eq!(s, r, "tail {tail:?}"),
            // `diff` refuses the undefined `&nbsp;` (it would drop its text silently); the
            // validator's own view skips it, since the validator reports it.
            (Some(_), None) => {
                let e = polyfeed::diff::read::read(&data).unwrap_err();
                assert!(e.message.contains("`&nbsp;`"), "{}", e.message);
            }
            (None, _) => assert!(early_fatal || tail != "</channel></rss>\n", "tail {tail:?}"),
        }
    }
}

/// The snapshot the validator builds for whole-site checks is the one `diff` reads, on
/// every feed of the sample build (RSS, Atom and JSON Feed).
#[test]
fn the_validators_snapshot_is_what_diff_reads() {
    let root = crate::util::root();
    let out = tempfile::tempdir().unwrap();
    polyfeed(&root)
        .args(["build", "--out"])
        .arg(out.path())
        .assert()
        .success();
    let mut files = Vec::new();
    for entry in walkdir(out.path()) {
        if polyfeed::validate::sniff_file(&entry).unwrap() != polyfeed::validate::Sniffed::Other {
            files.push(entry);
        }
    }
    assert!(files.len() >= 40, "{}", files.len());
    for f in files {
        let opts = ValidateOptions {
            snapshot: true,
            ..ValidateOptions::default()
        };
        let report = polyfeed::validate::validate_file(&f, &opts).unwrap();
        let read = polyfeed::diff::read_file(&f).unwrap();
        assert_eq!(report.snapshot.as_ref(), Some(&read), "{}", f.display());
    }
}

fn walkdir(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Whole-site validation of a folder with planted problems: each reported exactly once, and
/// nothing else at warning level or above.
#[test]
fn a_broken_site_shows_each_planted_problem_once() {
    let root = crate::util::root();
    let out = polyfeed(&root)
        .args(["validate", "--format", "json", "tests/fixtures/site-broken"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut found: Vec<String> = Vec::new();
    let mut site_reports = 0;
    for line in stdout.lines() {
        let report: serde_json::Value = serde_json::from_str(line).unwrap();
        if report["format"] == "site" {
            site_reports += 1;
        }
        for d in report["diagnostics"].as_array().unwrap() {
            if d["severity"] == "error" || d["severity"] == "warning" {
                found.push(d["code"].as_str().unwrap().to_string());
            }
        }
    }
    found.sort();
    assert_eq!(site_reports, 1, "{stdout}");
    assert_eq!(
        found,
        ["OneWayHreflang", "SharedItemId", "UntranslatedItem"],
        "{stdout}"
    );
}

#[test]
fn github_annotations_carry_file_line_and_column_with_escaped_properties() {
    // A file name with the characters that separate workflow-command properties.
    let dir = tempfile::tempdir().unwrap();
    let feeds = dir.path().join("feeds");
    std::fs::create_dir_all(&feeds).unwrap();
    std::fs::write(
        feeds.join("a,b:c%.xml"),
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\
         <link>http://e.org/</link><description>d</description><language>en</language>\n\
         <item><title>x</title><pubDate>Mon, 05 Dec 2025 10:00:00 GMT</pubDate>\
         <guid>50%, a:b</guid></item></channel></rss>\n",
    )
    .unwrap();
    let out = polyfeed(dir.path())
        .args(["validate", "--format", "github", "feeds"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines.contains(
            &"::error file=feeds/a%2Cb%3Ac%25.xml,line=3,col=23,title=IncorrectDOW::`Mon, 05 Dec 2025 10:00:00 GMT` falls on a Fri, not a Mon (element `pubDate`, in `item`)"
        ),
        "{stdout}"
    );
    assert!(
        lines.contains(
            &"::error file=feeds/a%2Cb%3Ac%25.xml,line=3,col=71,title=InvalidUriChar::`50%25, a:b` contains ' ', which a URI cannot hold (element `guid`, in `item`)"
        ),
        "{stdout}"
    );
    assert!(
        lines.iter().all(
            |l| l.starts_with("::error file=feeds/a%2Cb%3Ac%25.xml,line=")
                || l.starts_with("::warning file=feeds/a%2Cb%3Ac%25.xml,line=")
                || l.starts_with("::notice file=feeds/a%2Cb%3Ac%25.xml,line=")
        ),
        "{stdout}"
    );
}
