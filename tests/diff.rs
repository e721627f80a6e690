//! `polyfeed diff` and `build --previous`: every change kind in every format, across formats,
//! folders, gates and exit statuses, the reports' JSON and Markdown.

use crate::util::{diff_counts, diff_totals, output, polyfeed, sample, tree};
use serde_json::Value;
use std::fs;
use std::path::Path;

/// One item of a scenario: key, title, link, published, updated.
type It = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

struct Feed {
    title: &'static str,
    lang: &'static str,
    home: &'static str,
    self_url: &'static str,
    id: &'static str,
    items: Vec<It>,
}

/// The previous version.
fn old() -> Feed {
    Feed {
        title: "News",
        lang: "en",
        home: "https://example.org/",
        self_url: "https://example.org/feed",
        id: "tag:example.org,2025:en/all",
        items: vec![
            (
                "k1",
                "Alpha",
                "https://example.org/a",
                "2025-12-05T10:00:00Z",
                "2025-12-05T10:00:00Z",
            ),
            (
                "k2",
                "Beta",
                "https://example.org/b",
                "2025-12-04T10:00:00Z",
                "2025-12-04T10:00:00Z",
            ),
            (
                "k3",
                "Gamma",
                "https://example.org/c",
                "2025-12-03T10:00:00Z",
                "2025-12-03T10:00:00Z",
            ),
            (
                "k4",
                "Delta",
                "https://example.org/d",
                "2025-12-02T10:00:00Z",
                "2025-12-02T10:00:00Z",
            ),
            (
                "k5",
                "Epsilon",
                "https://example.org/e",
                "2025-12-01T10:00:00Z",
                "2025-12-01T10:00:00Z",
            ),
            (
                "k7",
                "Eta",
                "https://example.org/g",
                "2025-11-25T10:00:00Z",
                "2025-11-25T10:00:00Z",
            ),
            (
                "k6",
                "Zeta",
                "https://example.org/f",
                "2025-11-20T10:00:00Z",
                "2025-11-20T10:00:00Z",
            ),
        ],
    }
}

/// The new version: every kind of change against [`old`].
fn new() -> Feed {
    Feed {
        title: "News!",
        lang: "en-GB",
        home: "https://example.org/en/",
        self_url: "https://example.org/en/feed",
        id: "tag:example.org,2026:en/all",
        items: vec![
            // added, dated in the future
            (
                "k9",
                "Iota",
                "https://example.org/i",
                "2030-01-01T10:00:00Z",
                "2030-01-01T10:00:00Z",
            ),
            // added
            (
                "k8",
                "Theta",
                "https://example.org/h",
                "2025-12-08T10:00:00Z",
                "2025-12-08T10:00:00Z",
            ),
            // published moved (and so reordered)
            (
                "k5",
                "Epsilon",
                "https://example.org/e",
                "2025-12-06T10:00:00Z",
                "2025-12-01T10:00:00Z",
            ),
            // only `updated` bumped
            (
                "k1",
                "Alpha",
                "https://example.org/a",
                "2025-12-05T10:00:00Z",
                "2025-12-07T10:00:00Z",
            ),
            // title changed
            (
                "k2",
                "Beta, updated",
                "https://example.org/b",
                "2025-12-04T10:00:00Z",
                "2025-12-04T10:00:00Z",
            ),
            // re-keyed: same link, new key
            (
                "k3-new",
                "Gamma",
                "https://example.org/c",
                "2025-12-03T10:00:00Z",
                "2025-12-03T10:00:00Z",
            ),
            // k4 removed from inside the window; k6 aged out
            (
                "k7",
                "Eta",
                "https://example.org/g",
                "2025-11-25T10:00:00Z",
                "2025-11-25T10:00:00Z",
            ),
        ],
    }
}

fn rfc822(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .to_rfc2822()
}

fn rss(f: &Feed) -> String {
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\
         <channel><title>{}</title><link>{}</link><description>d</description><language>{}</language>\
         <atom:link rel=\"self\" href=\"{}\" type=\"application/rss+xml\"/>\n",
        f.title, f.home, f.lang, f.self_url
    );
    for (k, t, l, p, _) in &f.items {
        s += &format!(
            "<item><title>{t}</title><link>{l}</link><guid isPermaLink=\"false\">{k}</guid>\
             <pubDate>{}</pubDate></item>\n",
            rfc822(p)
        );
    }
    s + "</channel></rss>\n"
}

fn atom(f: &Feed) -> String {
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\
         <title>{}</title><id>{}</id><updated>2025-12-08T10:00:00Z</updated>\
         <link rel=\"alternate\" href=\"{}\"/><link rel=\"self\" href=\"{}\"/>\n",
        f.lang, f.title, f.id, f.home, f.self_url
    );
    for (k, t, l, p, u) in &f.items {
        s += &format!(
            "<entry><id>{k}</id><title>{t}</title><link href=\"{l}\"/><published>{p}</published>\
             <updated>{u}</updated><author><name>A</name></author></entry>\n"
        );
    }
    s + "</feed>\n"
}

fn json(f: &Feed) -> String {
    let items: Vec<Value> = f
        .items
        .iter()
        .map(|(k, t, l, p, u)| {
            serde_json::json!({"id": k, "title": t, "url": l, "content_text": t,
                "date_published": p, "date_modified": u})
        })
        .collect();
    serde_json::json!({
        "version": "https://jsonfeed.org/version/1.1", "title": f.title, "language": f.lang,
        "home_page_url": f.home, "feed_url": f.self_url, "items": items,
    })
    .to_string()
}

/// A scenario rendered in one format.
type Render = fn(&Feed) -> String;

/// Expected change counts by kind.
type Counts = &'static [(&'static str, u64)];

/// Runs `diff --format json --fail-on all --now 2026-01-01` and returns the exit status and
/// the report.
fn diff_json(dir: &Path, old: &str, new: &str) -> (i32, Value) {
    let a = polyfeed(dir)
        .args([
            "diff",
            "--format",
            "json",
            "--fail-on",
            "all",
            "--now",
            "2026-01-01T00:00:00Z",
            old,
            new,
        ])
        .assert();
    let (stdout, stderr) = output(&a);
    let code = a.get_output().status.code().unwrap();
    let v: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    (code, v)
}

/// The item-level kinds every format shows.
const ITEM_KINDS: [(&str, u64); 8] = [
    ("rekey", 1),
    ("removed-in-window", 1),
    ("removed", 1),
    ("added", 2),
    ("changed", 1),
    ("date-moved", 1),
    ("reordered", 1),
    ("future", 1),
];

#[test]
fn every_change_kind_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, Render, Counts); 3] = [
        ("rss.xml", rss, &[]),
        ("atom.xml", atom, &[("feed-id", 1), ("updated-only", 1)]),
        ("feed.json", json, &[("updated-only", 1)]),
    ];
    for (name, render, extra) in cases {
        fs::write(dir.path().join(format!("old-{name}")), render(&old())).unwrap();
        fs::write(dir.path().join(format!("new-{name}")), render(&new())).unwrap();
        let (code, v) = diff_json(dir.path(), &format!("old-{name}"), &format!("new-{name}"));
        assert_eq!(code, 1, "{name}: gates trip");
        let mut want: Vec<(&str, u64)> = ITEM_KINDS.to_vec();
        want.extend_from_slice(&[
            ("feed-title", 1),
            ("language", 1),
            ("self-link", 1),
            ("alternate-link", 1),
        ]);
        want.extend_from_slice(extra);
        assert_eq!(diff_totals(&v), diff_counts(&want), "{name}");
        // Each change names its item and carries old and new values.
        let changes = v["feeds"][0]["changes"].as_array().unwrap();
        let rekey = changes.iter().find(|c| c["kind"] == "rekey").unwrap();
        assert_eq!(
            (rekey["old_key"].as_str(), rekey["key"].as_str()),
            (Some("k3"), Some("k3-new"))
        );
        let moved = changes.iter().find(|c| c["kind"] == "date-moved").unwrap();
        assert_eq!(moved["key"], "k5");
        assert!(moved["old"].is_string() && moved["new"].is_string());
        let changed = changes.iter().find(|c| c["kind"] == "changed").unwrap();
        assert_eq!(changed["fields"][0]["field"], "title");
        assert_eq!(changed["fields"][0]["new"], "Beta, updated");
        let in_window = changes
            .iter()
            .find(|c| c["kind"] == "removed-in-window")
            .unwrap();
        assert_eq!(in_window["key"], "k4");
        let aged = changes.iter().find(|c| c["kind"] == "removed").unwrap();
        assert_eq!(aged["key"], "k6");
    }
}

#[test]
fn formats_can_differ_on_the_two_sides() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("old.xml"), rss(&old())).unwrap();
    fs::write(dir.path().join("new.xml"), atom(&new())).unwrap();
    fs::write(dir.path().join("same.json"), json(&old())).unwrap();
    let (code, v) = diff_json(dir.path(), "old.xml", "new.xml");
    assert_eq!(code, 1);
    // RSS has no feed id and no `updated`: their absence on one side is not a change.
    let mut want = ITEM_KINDS.to_vec();
    want.extend_from_slice(&[
        ("format", 1),
        ("feed-title", 1),
        ("language", 1),
        ("self-link", 1),
        ("alternate-link", 1),
    ]);
    assert_eq!(diff_totals(&v), diff_counts(&want));
    // The same items in RSS and JSON Feed: only the format differs.
    let (code, v) = diff_json(dir.path(), "old.xml", "same.json");
    assert_eq!(code, 1, "--fail-on all trips on the format");
    assert_eq!(diff_totals(&v), diff_counts(&[("format", 1)]));
}

#[test]
fn gates_and_exit_statuses() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::write(p.join("old.xml"), rss(&old())).unwrap();
    fs::write(p.join("new.xml"), rss(&new())).unwrap();
    let run = |args: &[&str]| {
        let a = polyfeed(p).arg("diff").args(args).assert();
        a.get_output().status.code().unwrap()
    };
    // Default gates: rekey, removed-in-window, feed-id, self-link.
    assert_eq!(run(&["old.xml", "new.xml"]), 1);
    assert_eq!(run(&["old.xml", "old.xml"]), 0, "no change");
    assert_eq!(run(&["--fail-on", "added", "old.xml", "new.xml"]), 1);
    assert_eq!(
        run(&["--fail-on", "feed-id", "old.xml", "new.xml"]),
        0,
        "RSS has no feed id"
    );
    assert_eq!(
        run(&[
            "--fail-on",
            "rekey",
            "--max-rekeyed",
            "1",
            "old.xml",
            "new.xml"
        ]),
        0
    );
    // 1 of 7 old items is 14%.
    assert_eq!(
        run(&[
            "--fail-on",
            "rekey",
            "--max-rekeyed",
            "20%",
            "old.xml",
            "new.xml"
        ]),
        0
    );
    assert_eq!(
        run(&[
            "--fail-on",
            "rekey",
            "--max-rekeyed",
            "10%",
            "old.xml",
            "new.xml"
        ]),
        1
    );
    assert_eq!(run(&["--fail-on", "nonsense", "old.xml", "new.xml"]), 2);
    // A side that is not a feed: exit 2, the file, line and column named.
    fs::write(
        p.join("broken.xml"),
        "<rss version=\"2.0\">\n<channel>\n<item></channel></rss>",
    )
    .unwrap();
    let a = polyfeed(p)
        .args(["diff", "old.xml", "broken.xml"])
        .assert()
        .code(2);
    let (_, stderr) = output(&a);
    assert!(stderr.contains("broken.xml:3:"), "{stderr}");
    assert!(stderr.contains("cannot be read as a feed"), "{stderr}");
    polyfeed(p)
        .args(["diff", "old.xml", "missing.xml"])
        .assert()
        .code(2);
    polyfeed(p).args(["diff", "old.xml", "."]).assert().code(2);
    // Standard input as one side.
    polyfeed(p)
        .args(["diff", "-", "old.xml"])
        .write_stdin(rss(&old()))
        .assert()
        .code(0);
    polyfeed(p).args(["diff", "-", "-"]).assert().code(2);
}

#[test]
fn folders_are_matched_by_path() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    for side in ["old", "new"] {
        fs::create_dir_all(p.join(side).join("en")).unwrap();
        fs::write(p.join(side).join("notes.txt"), "not a feed").unwrap();
    }
    fs::write(p.join("old/en/rss.xml"), rss(&old())).unwrap();
    fs::write(p.join("new/en/rss.xml"), rss(&old())).unwrap();
    fs::write(p.join("old/en/atom.xml"), atom(&old())).unwrap();
    fs::write(p.join("new/en/feed.json"), json(&old())).unwrap();
    let (code, v) = diff_json(p, "old", "new");
    assert_eq!(code, 1);
    assert_eq!(
        diff_totals(&v),
        diff_counts(&[("feed-added", 1), ("feed-removed", 1)])
    );
    assert_eq!(v["skipped"], 2);
    let paths: Vec<&str> = v["feeds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["en/atom.xml", "en/feed.json", "en/rss.xml"]);
    assert_eq!(v["feeds"][2]["changes"].as_array().unwrap().len(), 0);
}

#[test]
fn reports_in_json_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::write(p.join("old.xml"), atom(&old())).unwrap();
    fs::write(p.join("new.xml"), atom(&new())).unwrap();
    for format in ["json", "markdown", "text"] {
        let a = polyfeed(p)
            .args([
                "diff",
                "--format",
                format,
                "--now",
                "2026-01-01T00:00:00Z",
                "old.xml",
                "new.xml",
            ])
            .assert()
            .code(1);
        let (stdout, stderr) = output(&a);
        assert!(
            stderr.contains("gates tripped: feed-id, self-link, rekey, removed-in-window"),
            "{stderr}"
        );
        insta::assert_snapshot!(format!("diff_{format}"), stdout);
    }
}

/// The sample site's ids change scheme (a new tag authority): every item is re-keyed.
fn rekey_sample(dir: &Path) {
    let site = dir.join("feeds/site.toml");
    let text = fs::read_to_string(&site).unwrap();
    assert!(text.contains("id_authority = \"csto.example.org,2025\""));
    fs::write(
        site,
        text.replace("csto.example.org,2025", "csto.example.net,2026"),
    )
    .unwrap();
}

#[test]
fn build_previous_refuses_a_rekey_and_writes_nothing() {
    let dir = sample();
    let p = dir.path();
    polyfeed(p)
        .args(["build", "--out", "out"])
        .assert()
        .success();
    let before = tree(&p.join("out"));
    rekey_sample(p);
    for format in ["text", "json", "markdown"] {
        let a = polyfeed(p)
            .args([
                "build",
                "--out",
                "out",
                "--previous",
                "out",
                "--diff-format",
                format,
            ])
            .assert()
            .code(1);
        let (stdout, stderr) = output(&a);
        assert!(stdout.contains("rekey"), "{format}: {stdout}");
        assert!(stderr.contains("nothing was written"), "{stderr}");
        assert_eq!(
            tree(&p.join("out")),
            before,
            "{format}: the output is untouched"
        );
    }
    // `diff` on the two builds says the same, in every format.
    polyfeed(p)
        .args(["build", "--out", "next"])
        .assert()
        .success();
    for format in ["text", "json", "markdown"] {
        let a = polyfeed(p)
            .args(["diff", "--format", format, "out", "next"])
            .assert()
            .code(1);
        let (stdout, _) = output(&a);
        assert!(stdout.contains("rekey"), "{format}: {stdout}");
    }
    // Allowed on purpose: written.
    polyfeed(p)
        .args([
            "build",
            "--out",
            "out",
            "--previous",
            "out",
            "--allow",
            "rekey,feed-id",
        ])
        .assert()
        .success();
    assert_ne!(tree(&p.join("out")), before);
}

#[test]
fn an_id_map_keeps_migrated_ids() {
    let dir = sample();
    let p = dir.path();
    polyfeed(p)
        .args(["build", "--out", "out"])
        .assert()
        .success();
    let before = tree(&p.join("out"));
    // Every old item id → its new id under the new authority.
    let mut map = serde_json::Map::new();
    for bytes in before.values() {
        let text = String::from_utf8_lossy(bytes);
        for id in text.split("tag:csto.example.org,2025:").skip(1) {
            let id: String = id
                .chars()
                .take_while(|c| !matches!(c, '<' | '"' | ' '))
                .collect();
            if id.contains('/') && !id.ends_with("/all") {
                map.insert(
                    format!("tag:csto.example.org,2025:{id}"),
                    Value::String(format!("tag:csto.example.net,2026:{id}")),
                );
            }
        }
    }
    assert!(map.len() >= 16, "{}", map.len());
    fs::write(p.join("ids.json"), Value::Object(map).to_string()).unwrap();
    rekey_sample(p);
    // Feed ids change (allowed here); item ids are kept: no re-key.
    let a = polyfeed(p)
        .args([
            "build",
            "--out",
            "out",
            "--previous",
            "out",
            "--id-map",
            "ids.json",
            "--allow",
            "feed-id",
            "--diff-format",
            "json",
        ])
        .assert()
        .success();
    let (stdout, _) = output(&a);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["totals"]["rekey"], 0, "{stdout}");
    assert_eq!(v["totals"]["added"], 0, "{stdout}");
    let after = tree(&p.join("out"));
    let rss = String::from_utf8_lossy(&after["en/rss.xml"]);
    assert!(rss.contains("tag:csto.example.org,2025:en/"), "{rss}");
}
