//! Regressions found by the fuzz targets (`fuzz/`, see TESTING.md): each test restates, small,
//! an input a fuzzer found, and runs it through the real binary.

use crate::util::{output, polyfeed, sample};
use std::fs;

/// Replaces the sample's items with `items` (one file, `fuzzed.jsonl`).
fn site_with_items(items: &str) -> tempfile::TempDir {
    let dir = sample();
    let folder = dir.path().join("feeds/items");
    fs::remove_dir_all(&folder).unwrap();
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("fuzzed.jsonl"), items).unwrap();
    dir
}

/// `items` target: `content_html` that the validator flags in the generated feeds
/// (`&ldqective`: an ampersand that starts no character reference; a `<script>` element) was
/// accepted by `check` without a word, and only the build's self-check warned, about the
/// generated feed instead of the input. `check` now runs the validator's HTML check on
/// `content_html` and reports at the value's position.
#[test]
fn html_the_validator_rejects_is_reported_by_check() {
    let items = concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"One","url":"https://csto.example.org/en/1/","published":"2025-12-05","content_html":"<p>Shanghai Cooperation Organization &ldqective Security</p>"}"#,
        "\n",
        r#"{"id":"2","lang":"en","section":"news","title":"Two","url":"https://csto.example.org/en/2/","published":"2025-12-05","content_html":"<p>x</p><script>alert(1)</script>"}"#,
        "\n",
        r#"{"id":"3","lang":"en","section":"news","title":"Three","url":"https://csto.example.org/en/3/","published":"2025-12-05","content_html":"<p>Fine &amp; <a href=\"/en/news/\">well formed</a></p>"}"#,
        "\n",
    );
    let dir = site_with_items(items);
    let a = polyfeed(dir.path())
        .args(["check", "--now", "2025-12-07T00:00:00Z"])
        .assert()
        .success();
    let (stdout, stderr) = output(&a);
    assert_eq!(
        stdout,
        concat!(
            "feeds/items/fuzzed.jsonl:1:133: warning[NotHtml] content_html: Invalid HTML: ",
            "\"&ldqective\" is not a character reference (write a literal & as &amp;)\n",
            "feeds/items/fuzzed.jsonl:2:133: warning[SecurityRisk] content_html: ",
            "HTML should not contain a <script> tag\n",
        )
    );
    assert_eq!(stderr, "checked 3 items in 1 file: 0 errors, 2 warnings\n");
}
