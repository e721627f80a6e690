//! Regressions found by the fuzz targets (`fuzz/`, see TESTING.md): each test restates, small,
//! an input a fuzzer found, and runs it through the real binary.

use crate::util::{diff_counts, diff_totals, output, polyfeed, sample};
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

/// An RSS feed whose items repeat guids: three items under one guid, then two under another.
fn repeated_guids() -> String {
    let item = |guid: &str, n: u32| {
        format!(
            "<item><title>Story {n}</title><link>https://example.org/{n}</link>\
             <guid isPermaLink=\"false\">{guid}</guid>\
             <pubDate>Mon, 01 Dec 2025 10:0{n}:00 +0000</pubDate></item>"
        )
    };
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\
         <link>https://example.org/</link><description>D</description>{}{}{}{}{}</channel></rss>",
        item("a", 1),
        item("a", 2),
        item("a", 3),
        item("b", 4),
        item("b", 5)
    )
}

/// `diff` target: a document that repeats item keys (the fuzzer ran an RSS feed and the Atom
/// version of it together, so every guid came twice) differed from itself: the second item
/// of a key found its NEW twin already taken by the first, and was then matched by link as
/// `rekey` from its own key to its own key. Items of a repeated key now pair in order.
#[test]
fn a_feed_with_repeated_guids_does_not_differ_from_itself() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.xml");
    fs::write(&feed, repeated_guids()).unwrap();
    let a = polyfeed(dir.path())
        .args([
            "diff",
            "--format",
            "json",
            "--fail-on",
            "all",
            "feed.xml",
            "feed.xml",
        ])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&output(&a).0).unwrap();
    assert_eq!(diff_totals(&v), diff_counts(&[]));

    // One item of a repeated guid removed: one removal, nothing re-keyed.
    let fewer = repeated_guids().replacen(
        "<item><title>Story 2</title>",
        "<item><title>Gone</title>",
        1,
    );
    let fewer = {
        let start = fewer.find("<item><title>Gone").unwrap();
        let end = start + fewer[start..].find("</item>").unwrap() + "</item>".len();
        format!("{}{}", &fewer[..start], &fewer[end..])
    };
    fs::write(dir.path().join("new.xml"), fewer).unwrap();
    let a = polyfeed(dir.path())
        .args(["diff", "--format", "json", "feed.xml", "new.xml"])
        .assert();
    let v: serde_json::Value = serde_json::from_str(&output(&a).0).unwrap();
    let totals = diff_totals(&v);
    assert!(!totals.iter().any(|(k, _)| k == "rekey"), "{totals:?}");
    assert_eq!(
        totals
            .iter()
            .filter(|(k, _)| k.starts_with("removed"))
            .map(|(_, n)| n)
            .sum::<u64>(),
        1,
        "{totals:?}"
    );
}

/// `site` target: `base_url = "https:/host/en/"` (one slash) passed the site check, since the
/// URL parser forgives it, and every feed's self link came out relative (`RelativeSelf`).
/// The site check, like the items' `url` check, now wants `scheme://host` written out, and no
/// spaces, controls or backslashes.
#[test]
fn a_base_url_without_its_double_slash_is_a_site_error() {
    for bad in [
        "https:/csto.example.org/en/",
        "https:\\\\csto.example.org\\en\\",
    ] {
        let stderr = build_with_en_base_url(bad);
        assert!(
            stderr.contains("feeds/site.toml:35:12: language.en.base_url: `")
                && stderr.contains("` is not an absolute http(s) URL"),
            "{stderr}"
        );
    }
    // An item `url` of the same shape is an input error.
    let dir = site_with_items(concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"One","url":"https:/csto.example.org/en/1/","published":"2025-12-05"}"#,
        "\n"
    ));
    let a = polyfeed(dir.path()).arg("check").assert().code(1);
    let (stdout, _) = output(&a);
    assert!(
        stdout.contains("error[InvalidURI] url: `https:/csto.example.org/en/1/` must start with `http://` or `https://` and a host"),
        "{stdout}"
    );
}

/// `items` target: an item with neither `summary` nor `content_html` (both optional) became a
/// JSON Feed item with neither `content_html` nor `content_text`, which JSON Feed 1.1 forbids:
/// the build's self-check stopped the build (`JsonFeedMissingContent`). Such an item now
/// carries its summary, else its title, as `content_text`.
#[test]
fn an_item_without_content_builds_a_valid_json_feed() {
    let dir = site_with_items(concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"Only a title","url":"https://csto.example.org/en/1/","published":"2025-12-05"}"#,
        "\n",
        r#"{"id":"2","lang":"en","section":"news","title":"A summary","summary":"Plain text.","url":"https://csto.example.org/en/2/","published":"2025-12-04"}"#,
        "\n",
    ));
    polyfeed(dir.path()).arg("build").assert().success();
    let feed: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("public/en/news/feed.json")).unwrap())
            .unwrap();
    let items = feed["items"].as_array().unwrap();
    assert_eq!(items[0]["content_text"], "Only a title");
    assert_eq!(items[1]["content_text"], "Plain text.");
    assert!(items.iter().all(|i| i.get("content_html").is_none()));
    polyfeed(dir.path())
        .args(["validate", "--strict", "public/en/news/feed.json"])
        .assert()
        .success();
}

/// `items` target: `image.url = "https://csto.example.org'media/x.jpg"` passed `check` (the
/// URL parser takes `csto.example.org'media` for a host) and the build stopped on its own RSS
/// feed: an `enclosure` URL must be http(s) with a plain dotted host name
/// (`InvalidURLAttribute`, an error). `check` now applies the enclosure rule to `image.url`.
#[test]
fn an_image_url_rss_cannot_enclose_is_an_input_error() {
    let dir = site_with_items(concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"One","url":"https://csto.example.org/en/1/","published":"2025-12-05","image":{"url":"https://csto.example.org'media/x.jpg","type":"image/jpeg","length":1}}"#,
        "\n"
    ));
    let a = polyfeed(dir.path()).arg("check").assert().code(1);
    let (stdout, _) = output(&a);
    assert!(
        stdout.starts_with(
            "feeds/items/fuzzed.jsonl:1:133: error[InvalidURI] image.url: `https://csto.example.org'media/x.jpg` cannot be an RSS enclosure URL"
        ),
        "{stdout}"
    );
    polyfeed(dir.path()).arg("build").assert().code(1);
    assert!(!dir.path().join("public").exists());
}

/// `site` target: `base_url = "http://example.org:0344/sr/"` was accepted; the self-check then
/// compared the feed's self link, which URL resolution normalises (`:344`), with its location
/// as written (`:0344`) and warned `SelfDoesntMatchLocation`. A base URL must now be written
/// in the normal form feed readers compare, and the error says which.
#[test]
fn a_base_url_not_in_normal_form_is_a_site_error() {
    for (bad, normal) in [
        (
            "http://csto.example.org:0344/en/",
            "http://csto.example.org:344/en/",
        ),
        (
            "https://CSTO.example.org:443/en/",
            "https://csto.example.org/en/",
        ),
    ] {
        let stderr = build_with_en_base_url(bad);
        assert!(
            stderr.contains(&format!(
                "feeds/site.toml:35:12: language.en.base_url: `{bad}` is not in normal form: write `{normal}`"
            )),
            "{stderr}"
        );
    }
}

/// `items` target: a `summary` with U+007F (DEL) passed `check` (XML allows it), and the RSS
/// feed's `description`, which is read as HTML, got `NotHtml` from the self-check. Plain-text
/// fields now get a warning for characters HTML forbids (DEL, C1 controls, noncharacters).
#[test]
fn a_character_html_forbids_in_plain_text_is_reported_by_check() {
    let dir = site_with_items(concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"One\u0085","summary":"Text \u007f here","url":"https://csto.example.org/en/1/","published":"2025-12-05"}"#,
        "\n"
    ));
    let a = polyfeed(dir.path()).arg("check").assert().success();
    let (stdout, _) = output(&a);
    assert_eq!(
        stdout,
        concat!(
            "feeds/items/fuzzed.jsonl:1:48: warning[BadCharacters] title: character U+0085 ",
            "(at character 4) is not allowed in HTML, and feeds carry this text as HTML\n",
            "feeds/items/fuzzed.jsonl:1:70: warning[BadCharacters] summary: character U+007F ",
            "(at character 6) is not allowed in HTML, and feeds carry this text as HTML\n",
        )
    );
}

/// `site` target: `base_url = "https://xampl1e.,org/en/"` was accepted (the URL parser allows
/// `,` in a host name), and without `id_authority` that host became the authority of every
/// tag URI id, so every generated feed failed its self-check (`InvalidTAG`). The derived
/// authority is now checked like a configured one.
#[test]
fn a_host_that_cannot_be_a_tag_authority_is_a_site_error() {
    let dir = sample();
    let site = dir.path().join("feeds/site.toml");
    let text = fs::read_to_string(&site)
        .unwrap()
        .replace("id_authority = \"csto.example.org,2025\"\n", "")
        .replace(
            "https://csto.example.org/ru/",
            "https://csto.,example.org/ru/",
        );
    fs::write(&site, text).unwrap();
    let a = polyfeed(dir.path()).arg("build").assert().code(2);
    let (_, stderr) = output(&a);
    assert!(
        stderr.contains(
            "language.ru.base_url: the host `csto.,example.org` cannot be the authority of tag URI ids"
        ),
        "{stderr}"
    );
    assert!(!dir.path().join("public").exists());
}

/// `items` target: `url = "https://csto.example.org/en/secretari[t/..."` passed `check` (the URL
/// parser keeps `[` in a path) and the build stopped on its own RSS feed (`InvalidUriChar` on
/// `link`). Item URLs now also pass the validator's rule for an RSS `link`.
#[test]
fn a_url_with_a_character_uris_forbid_is_an_input_error() {
    let dir = site_with_items(concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"One","url":"https://csto.example.org/en/secretari[t/1/","published":"2025-12-05"}"#,
        "\n"
    ));
    let a = polyfeed(dir.path()).arg("check").assert().code(1);
    let (stdout, _) = output(&a);
    assert_eq!(
        stdout,
        "feeds/items/fuzzed.jsonl:1:60: error[InvalidURI] url: `https://csto.example.org/en/secretari[t/1/` is not a valid URI (RFC 3986: percent-encode characters such as `[` and `]`)\n"
    );
}

/// `site` target: `base_url = "https://csto.example.org/r]u/"` was accepted (the URL parser
/// keeps `]` in a path) and every RSS feed of the language failed its self-check
/// (`InvalidUriChar` on `link`). The site's URLs now follow the items' `url` rule, which
/// applies the validator's rule for an RSS `link`.
#[test]
fn a_base_url_with_a_character_uris_forbid_is_a_site_error() {
    let stderr = build_with_site_replaced(
        "https://csto.example.org/en/",
        "https://csto.example.org/e]n/",
    );
    assert!(
        stderr.contains(
            "feeds/site.toml:35:12: language.en.base_url: `https://csto.example.org/e]n/` is not an absolute http(s) URL"
        ),
        "{stderr}"
    );
}

/// `items` target: a `summary` holding `&r` (a reference cut short) and later `</p>` passed
/// `check` without a word: the markup finder gave up at the first `&` that starts no
/// reference, so the `</p>` went unseen, and the self-check warned about the Atom `summary`
/// (`ContainsUndeclaredHTML`). The finder now goes on past such an `&`.
#[test]
fn markup_after_a_stray_ampersand_is_reported_by_check() {
    let dir = site_with_items(concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"One","summary":"AT&T and mechanisms.&routdated models, called upon to cooperate.</p>","url":"https://csto.example.org/en/1/","published":"2025-12-05"}"#,
        "\n"
    ));
    let a = polyfeed(dir.path()).arg("check").assert().success();
    let (stdout, _) = output(&a);
    assert_eq!(
        stdout,
        "feeds/items/fuzzed.jsonl:1:64: warning[ContainsHTML] summary: plain-text field contains markup `</p>`\n"
    );
}

/// Builds the sample with the English `base_url` replaced by `url`: the build must stop with
/// exit 2 (a site error) with nothing written; returns its stderr.
fn build_with_en_base_url(url: &str) -> String {
    build_with_site_replaced(
        "base_url = \"https://csto.example.org/en/\"",
        &format!("base_url = {url:?}"),
    )
}

/// Builds the sample with `from` replaced by `to` in its `site.toml`, expecting exit 2 (a
/// site error) with nothing written; returns its stderr.
fn build_with_site_replaced(from: &str, to: &str) -> String {
    let dir = sample();
    let site = dir.path().join("feeds/site.toml");
    let text = fs::read_to_string(&site).unwrap();
    assert!(
        text.contains(from),
        "the sample's site.toml has no `{from}`"
    );
    fs::write(&site, text.replace(from, to)).unwrap();
    let a = polyfeed(dir.path()).arg("build").assert().code(2);
    assert!(!dir.path().join("public").exists());
    output(&a).1
}

/// `site` target: `id_authority = "[e@ample.org,2024-05"` passed the site check (only the
/// part after `@` was checked) and the build stopped on its own feeds: every tag URI id was
/// `InvalidTAG`. The part before `@` must now be an RFC 4151 email local part.
#[test]
fn an_id_authority_with_a_bad_email_local_part_is_a_site_error() {
    let stderr = build_with_site_replaced(
        "id_authority = \"csto.example.org,2025\"",
        "id_authority = \"[e@ample.org,2024-05\"",
    );
    assert!(
        stderr.contains("feeds/site.toml:14:16: id_authority: `[e@ample.org` is not a domain name or email address"),
        "{stderr}"
    );
}

/// `items` target: `"published": "1012-12-05"` passed `check` without a word, and every feed
/// of the item got `ImplausibleDate` (before 1990) from the self-check. `check` now warns
/// about dates before 1990 itself, and the build still writes the feeds.
#[test]
fn a_date_before_1990_is_a_check_warning() {
    let dir = site_with_items(concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"One","url":"https://csto.example.org/en/1/","published":"1012-12-05"}"#,
        "\n"
    ));
    let a = polyfeed(dir.path()).arg("check").assert().success();
    let (stdout, _) = output(&a);
    assert_eq!(
        stdout,
        "feeds/items/fuzzed.jsonl:1:105: warning[ImplausibleDate] published: `published` \
         (1012-12-05T00:00:00+02:30) is before 1990: a typo? Feed readers and validators take \
         such a date for a mistake\n"
    );
    polyfeed(dir.path()).arg("build").assert().success();
}

/// `items` target: markup the build's link resolver reads as one tag (`<t="<img src=", g" `)
/// and the validator's reference scanner reads as an `img` passed `check`; every feed then
/// carried the reference `", g`, which the validator rejects (`InvalidUriChar`, an error).
/// `check` now runs the validator's reference check on `content_html` as the feeds will
/// carry it (links resolved against `url`).
#[test]
fn a_reference_the_feeds_cannot_carry_is_reported_by_check() {
    let dir = site_with_items(concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"One","url":"https://csto.example.org/en/1/","published":"2025-12-05","content_html":"<t=\"<img src=\", g\" "}"#,
        "\n"
    ));
    let a = polyfeed(dir.path()).arg("check").assert().code(1);
    let (stdout, _) = output(&a);
    assert!(
        stdout.contains("error[InvalidUriChar] content_html: reference")
            && stdout.contains("after its links are resolved against `url`"),
        "{stdout}"
    );
    // Site-relative images are resolved by the build: nothing to report.
    let dir = site_with_items(concat!(
        r#"{"id":"1","lang":"en","section":"news","title":"One","url":"https://csto.example.org/en/1/","published":"2025-12-05","content_html":"<p><img src=\"/media/a b.jpg\" alt=\"x\"></p>"}"#,
        "\n"
    ));
    let a = polyfeed(dir.path()).arg("check").assert().success();
    assert_eq!(output(&a).0, "");
}
