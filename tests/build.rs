//! `polyfeed build` on the sample site and on bad inputs.

use crate::util::{output, polyfeed, sample, tree};
use std::fs;
use std::path::Path;
use std::time::SystemTime;

fn mtimes(dir: &Path) -> Vec<(String, SystemTime)> {
    tree(dir)
        .keys()
        .map(|k| {
            (
                k.clone(),
                fs::metadata(dir.join(k)).unwrap().modified().unwrap(),
            )
        })
        .collect()
}

#[test]
fn sample_feeds_match_snapshots() {
    let dir = sample();
    let a = polyfeed(dir.path()).arg("build").assert().success();
    let (stdout, stderr) = output(&a);
    assert_eq!(stdout, "", "a clean build reports no findings");
    assert!(
        stderr.contains("built 48 feed files and 4 pages from 16 items in 4 languages: 57 written"),
        "{stderr}"
    );
    let files = tree(&dir.path().join("public"));
    assert_eq!(files.len(), 57);
    insta::with_settings!({snapshot_path => "snapshots/sample", prepend_module_to_snapshot => false}, {
        for (path, bytes) in &files {
            let name = path.replace('/', "__");
            insta::assert_snapshot!(name, String::from_utf8(bytes.clone()).unwrap());
        }
    });
}

#[test]
fn rebuilding_changes_nothing() {
    let dir = sample();
    polyfeed(dir.path()).arg("build").assert().success();
    let public = dir.path().join("public");
    let (before, times) = (tree(&public), mtimes(&public));
    std::thread::sleep(std::time::Duration::from_millis(30));
    let a = polyfeed(dir.path()).arg("build").assert().success();
    assert!(
        output(&a).1.contains(": 0 written, 57 unchanged"),
        "{}",
        output(&a).1
    );
    assert_eq!(tree(&public), before);
    assert_eq!(mtimes(&public), times, "unchanged files keep their mtime");
}

#[test]
fn input_order_does_not_matter() {
    let dir = sample();
    polyfeed(dir.path()).arg("build").assert().success();
    // The same items, every line in reverse order, split differently over two files.
    let mut lines = Vec::new();
    for f in ["en", "hy", "kk", "ru"] {
        let text = fs::read_to_string(dir.path().join(format!("feeds/items/{f}.jsonl"))).unwrap();
        lines.extend(text.lines().map(String::from));
    }
    lines.reverse();
    let other = dir.path().join("shuffled");
    fs::create_dir_all(&other).unwrap();
    let (a, b) = lines.split_at(5);
    fs::write(other.join("z.jsonl"), a.join("\n") + "\n").unwrap();
    fs::write(other.join("a.json"), format!("[\n{}\n]\n", b.join(",\n"))).unwrap();
    polyfeed(dir.path())
        .args(["build", "--out", "public2", "shuffled"])
        .assert()
        .success();
    assert_eq!(
        tree(&dir.path().join("public")),
        tree(&dir.path().join("public2"))
    );
}

#[test]
fn a_failing_build_leaves_the_previous_output_untouched() {
    let dir = sample();
    polyfeed(dir.path()).arg("build").assert().success();
    let public = dir.path().join("public");
    let (before, times) = (tree(&public), mtimes(&public));
    // A new, newer item (it would change every English feed) next to a broken one.
    let en = dir.path().join("feeds/items/en.jsonl");
    let mut text = fs::read_to_string(&en).unwrap();
    text.push_str(r#"{"id":"20001","lang":"en","section":"news","title":"New","url":"https://csto.example.org/en/news/2026/01/01/20001/","published":"2026-01-01"}"#);
    text.push('\n');
    text.push_str(r#"{"id":"20002","lang":"en","section":"news","title":"Broken","url":"https://csto.example.org/en/news/2026/01/01/20002/","published":"2026-02-30"}"#);
    text.push('\n');
    fs::write(&en, text).unwrap();
    let a = polyfeed(dir.path()).arg("build").assert().code(1);
    let (stdout, stderr) = output(&a);
    assert!(
        stdout
            .contains("feeds/items/en.jsonl:6:132: error[ImpossibleDate] published: `2026-02-30`"),
        "{stdout}"
    );
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(tree(&public), before);
    assert_eq!(mtimes(&public), times);
}

/// Each bad input: a clear error naming file, line, column and field; exit 1; nothing
/// written; no panic.
#[test]
fn bad_inputs_name_file_line_and_field() {
    let good = r#"{"id":"1","lang":"en","section":"news","title":"T","url":"https://csto.example.org/en/1/","published":"2025-12-05"}"#;
    let cases: &[(&str, String, &str)] = &[
        (
            "json syntax",
            good.replace("\"T\",", "\"T\""),
            "1:51: error[InvalidJson]",
        ),
        (
            "truncated line",
            good[..60].to_string(),
            "1:60: error[InvalidJson]",
        ),
        ("not an object", "[1, 2]".into(), "1:1: error[NotAnObject]"),
        (
            "missing title",
            good.replace("\"title\":\"T\",", ""),
            "1:1: error[MissingField] title",
        ),
        (
            "unknown field",
            good.replace("\"title\"", "\"titel\""),
            "error[UnknownField] titel: unknown field `titel` (did you mean `title`?)",
        ),
        (
            "wrong type",
            good.replace("\"1\"", "1"),
            "1:7: error[InvalidFieldType] id: expected a string, found a number",
        ),
        (
            "impossible date",
            good.replace("2025-12-05", "2025-02-30"),
            "error[ImpossibleDate] published",
        ),
        (
            "dotted date",
            good.replace("2025-12-05", "05.12.2025"),
            "(did you mean `2025-12-05`?)",
        ),
        (
            "dst gap",
            good.replace("2025-12-05", "2010-03-28T02:30:00"),
            "error[NonexistentLocalTime] published",
        ),
        (
            "updated before",
            good.replace("}", ",\"updated\":\"2025-12-04\"}"),
            "error[UpdatedBeforePublished] updated",
        ),
        (
            "bad language",
            good.replace("\"en\"", "\"en_GB\""),
            "error[InvalidLanguage] lang",
        ),
        (
            "unknown language",
            good.replace("\"en\"", "\"de\""),
            "error[UnknownLanguage] lang",
        ),
        (
            "unknown section",
            good.replace("\"news\"", "\"sport\""),
            "error[UnknownSection] section",
        ),
        (
            "relative url",
            good.replace("https://csto.example.org/en/1/", "/en/1/"),
            "error[InvalidURI] url: `/en/1/` is relative",
        ),
        (
            "ftp url",
            good.replace("https://", "ftp://"),
            "error[InvalidURI] url",
        ),
        (
            "control char",
            good.replace("\"T\"", "\"T\\u0007\""),
            "error[BadCharacters] title",
        ),
        (
            "empty title",
            good.replace("\"T\"", "\"  \""),
            "error[NotBlank] title",
        ),
        (
            "duplicate id",
            format!("{good}\n{}", good.replace("\"T\"", "\"U\"")),
            "2:7: error[DuplicateItemId] id: (lang `en`, id `1`) is already used at feeds/items/bad.jsonl:1:7",
        ),
    ];
    for (name, items, expected) in cases {
        let dir = sample();
        let items_dir = dir.path().join("feeds/items");
        fs::remove_dir_all(&items_dir).unwrap();
        fs::create_dir_all(&items_dir).unwrap();
        fs::write(items_dir.join("bad.jsonl"), format!("{items}\n")).unwrap();
        let a = polyfeed(dir.path()).arg("build").assert();
        let code = a.get_output().status.code();
        let (stdout, stderr) = output(&a);
        assert_eq!(code, Some(1), "{name}: exit status\n{stdout}\n{stderr}");
        assert!(
            stdout.contains(expected),
            "{name}: expected `{expected}` in\n{stdout}"
        );
        assert!(
            stdout.starts_with("feeds/items/bad.jsonl:"),
            "{name}: {stdout}"
        );
        assert!(
            !dir.path().join("public").exists(),
            "{name}: nothing may be written"
        );
    }
}

#[test]
fn invalid_utf8_bytes_are_reported_with_their_offset() {
    let dir = sample();
    let items = dir.path().join("feeds/items/en.jsonl");
    let mut bytes = fs::read(&items).unwrap();
    let at = bytes.iter().position(|&b| b == b'C').unwrap();
    bytes[at] = 0xFF;
    fs::write(&items, bytes).unwrap();
    let a = polyfeed(dir.path()).arg("build").assert().code(1);
    let (stdout, _) = output(&a);
    assert!(stdout.contains("feeds/items/en.jsonl:1:"), "{stdout}");
    assert!(stdout.contains("error[InvalidEncoding]"), "{stdout}");
    assert!(!dir.path().join("public").exists());
}

#[test]
fn stale_feeds_are_reported_and_removed_only_with_prune() {
    let dir = sample();
    polyfeed(dir.path()).arg("build").assert().success();
    let public = dir.path().join("public");
    fs::create_dir_all(public.join("en/sport")).unwrap();
    fs::write(public.join("en/sport/rss.xml"), "old").unwrap();
    fs::write(public.join("README.txt"), "not ours").unwrap();
    let a = polyfeed(dir.path()).arg("build").assert().success();
    assert!(
        output(&a)
            .1
            .contains("en/sport/rss.xml: stale (use --prune to remove)"),
        "{}",
        output(&a).1
    );
    assert!(public.join("en/sport/rss.xml").exists());
    let a = polyfeed(dir.path())
        .args(["build", "--prune"])
        .assert()
        .success();
    assert!(output(&a).1.contains("en/sport/rss.xml: removed"));
    assert!(!public.join("en/sport/rss.xml").exists());
    assert!(
        public.join("README.txt").exists(),
        "files polyfeed never writes are left alone"
    );
}

#[test]
fn site_config_errors_are_tool_failures_with_positions() {
    let dir = sample();
    let site = dir.path().join("feeds/site.toml");
    let text = fs::read_to_string(&site)
        .unwrap()
        .replace("\"Europe/Moscow\"", "\"Europe/Moskow\"");
    fs::write(&site, text).unwrap();
    let a = polyfeed(dir.path()).arg("build").assert().code(2);
    let (_, stderr) = output(&a);
    assert!(
        stderr.contains(
            "feeds/site.toml:8:12: timezone: `Europe/Moskow` is not an IANA timezone name"
        ),
        "{stderr}"
    );
    assert!(!dir.path().join("public").exists());
}

#[test]
fn unwritable_output_is_a_tool_failure() {
    let dir = sample();
    fs::write(dir.path().join("public"), "a file, not a folder").unwrap();
    let a = polyfeed(dir.path()).arg("build").assert().code(2);
    assert!(output(&a).1.contains("error: cannot"), "{}", output(&a).1);
}

#[test]
fn bad_flags_exit_2() {
    let dir = sample();
    polyfeed(dir.path())
        .args(["build", "--no-such-flag"])
        .assert()
        .code(2);
    polyfeed(dir.path())
        .args(["build", "--site", "missing.toml"])
        .assert()
        .code(2);
}

/// `content_html` is optional; JSON Feed 1.1 requires `content_html` or `content_text`, so
/// an item without HTML gets its summary (or, without one, its title) as `content_text`.
#[test]
fn items_without_content_html_get_content_text() {
    let dir = sample();
    let en = dir.path().join("feeds/items/en.jsonl");
    let mut text = fs::read_to_string(&en).unwrap();
    text.push_str(r#"{"id":"20001","lang":"en","section":"news","title":"Summary only","summary":"A plain summary.","url":"https://csto.example.org/en/news/2026/01/01/20001/","published":"2026-01-01"}"#);
    text.push('\n');
    text.push_str(r#"{"id":"20002","lang":"en","section":"news","title":"Title only","url":"https://csto.example.org/en/news/2026/01/02/20002/","published":"2026-01-02"}"#);
    text.push('\n');
    fs::write(&en, text).unwrap();
    let a = polyfeed(dir.path()).arg("check").assert().success();
    assert!(
        output(&a).1.contains("0 errors, 0 warnings"),
        "{}",
        output(&a).1
    );
    // JSON Feed used to fail here (JsonFeedMissingContent) and stop the build; Atom gives a
    // title-only entry its title as summary (no MissingTextualContent).
    let a = polyfeed(dir.path()).arg("build").assert().success();
    let (stdout, _) = output(&a);
    assert!(
        !stdout.contains("error[") && !stdout.contains("warning["),
        "{stdout}"
    );
    let feed: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("public/en/news/feed.json")).unwrap())
            .unwrap();
    let item = |id: &str| {
        feed["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["url"].as_str().unwrap().ends_with(&format!("/{id}/")))
            .unwrap_or_else(|| panic!("item {id} in {feed}"))
            .clone()
    };
    let (summary_only, title_only) = (item("20001"), item("20002"));
    assert_eq!(summary_only["content_text"], "A plain summary.");
    assert_eq!(title_only["content_text"], "Title only");
    for i in [&summary_only, &title_only] {
        assert!(i.get("content_html").is_none(), "{i}");
    }
    // Items with HTML keep it and get no content_text.
    let with_html = item("10302");
    assert!(with_html["content_html"].is_string(), "{with_html}");
    assert!(with_html.get("content_text").is_none(), "{with_html}");
    // Every feed is clean, even under --strict.
    let a = polyfeed(dir.path())
        .args(["validate", "--strict", "--format", "concise", "public"])
        .assert()
        .success();
    let (stdout, stderr) = output(&a);
    assert!(
        !stdout.contains("error[") && !stdout.contains("warning["),
        "{stdout}"
    );
    assert!(stderr.contains(": 0 errors, 0 warnings"), "{stderr}");
}
