//! The per-language HTML page (`{lang}/index.html`): what `build` writes, what it leaves
//! alone, and how a real browser (Debian's chromium, headless) renders it.
//!
//! The browser test looks for `chromium` (or `chromium-browser`, `google-chrome`, or the
//! program named by `POLYFEED_CHROMIUM`). Without one it prints a notice and passes, unless
//! `POLYFEED_REQUIRE_BROWSER=1` (set by `.ci/run`, which installs chromium) makes that a
//! failure.

use crate::util::{output, polyfeed, sample, tree};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const LANGS: [&str; 4] = ["ru", "en", "hy", "kk"];

fn page(dir: &Path, lang: &str) -> String {
    fs::read_to_string(dir.join("public").join(lang).join("index.html")).unwrap()
}

#[test]
fn pages_are_written_next_to_the_feeds_and_skipped_by_validate_and_diff() {
    let dir = sample();
    let a = polyfeed(dir.path()).arg("build").assert().success();
    let stderr = output(&a).1;
    assert!(
        stderr.contains("built 48 feed files and 4 pages from 16 items in 4 languages: 57 written"),
        "{stderr}"
    );
    let public = dir.path().join("public");
    for lang in LANGS {
        let html = page(dir.path(), lang);
        assert!(html.starts_with(&format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"ltr\">"
        )));
    }
    // feeds.json lists feeds only.
    let index = fs::read_to_string(public.join("feeds.json")).unwrap();
    assert!(!index.contains("index.html"));
    // validate and diff look at every file and skip what is not a feed.
    let a = polyfeed(dir.path())
        .args(["validate", "--strict", "public"])
        .assert()
        .success();
    let stderr = output(&a).1;
    assert!(stderr.contains("(9 not feeds, skipped)"), "{stderr}");
    polyfeed(dir.path())
        .args(["build", "--out", "public2"])
        .assert()
        .success();
    let a = polyfeed(dir.path())
        .args(["diff", "--format", "json", "public", "public2"])
        .assert()
        .success();
    let report: serde_json::Value = serde_json::from_str(&output(&a).0).unwrap();
    assert_eq!(
        report["skipped"], 18,
        "on each side, 4 pages, 4 OPML files and feeds.json"
    );
    // --list-changed lists feeds, never pages.
    fs::remove_dir_all(&public).unwrap();
    polyfeed(dir.path())
        .args(["build", "--list-changed", "changed.txt"])
        .assert()
        .success();
    let changed = fs::read_to_string(dir.path().join("changed.txt")).unwrap();
    assert_eq!(changed.lines().count(), 48);
    assert!(!changed.contains("index.html"));
}

#[test]
fn pages_can_be_turned_off_and_are_then_stale() {
    let dir = sample();
    let public = dir.path().join("public");
    let a = polyfeed(dir.path())
        .args(["build", "--no-pages"])
        .assert()
        .success();
    assert!(output(&a).1.contains("built 48 feed files from 16 items"));
    assert!(!public.join("en/index.html").exists());
    polyfeed(dir.path()).arg("build").assert().success();
    assert!(public.join("en/index.html").exists());
    // Turned off in site.toml: the pages of the earlier build are stale, removed by --prune.
    let site = dir.path().join("feeds/site.toml");
    let text = fs::read_to_string(&site).unwrap();
    fs::write(&site, format!("{text}\n[page]\nenabled = false\n")).unwrap();
    let a = polyfeed(dir.path()).arg("build").assert().success();
    let stderr = output(&a).1;
    assert!(
        stderr.contains(
            "en/index.html: stale (use --prune to remove): the site no longer produces this page"
        ),
        "{stderr}"
    );
    assert!(public.join("en/index.html").exists());
    let a = polyfeed(dir.path())
        .args(["build", "--prune"])
        .assert()
        .success();
    assert!(output(&a).1.contains("en/index.html: removed"));
    assert!(tree(&public).keys().all(|k| !k.ends_with("index.html")));
}

#[test]
fn a_hand_written_index_is_never_replaced_or_pruned() {
    let dir = sample();
    let public = dir.path().join("public");
    polyfeed(dir.path())
        .args(["build", "--no-pages"])
        .assert()
        .success();
    fs::write(public.join("en/index.html"), "<p>my own page</p>").unwrap();
    let before = tree(&public);
    let a = polyfeed(dir.path()).arg("build").assert().code(2);
    let stderr = output(&a).1;
    assert!(
        stderr.contains("en/index.html exists and was not written by polyfeed"),
        "{stderr}"
    );
    assert!(stderr.contains("--no-pages"), "{stderr}");
    assert_eq!(tree(&public), before, "nothing written");
    // Without pages it is not ours: never stale, never pruned.
    let a = polyfeed(dir.path())
        .args(["build", "--no-pages", "--prune"])
        .assert()
        .success();
    assert!(!output(&a).1.contains("index.html"), "{}", output(&a).1);
    assert_eq!(
        fs::read_to_string(public.join("en/index.html")).unwrap(),
        "<p>my own page</p>"
    );
}

/// A two-language site (Arabic first) with titles full of characters HTML gives a meaning
/// to. (Markup in titles never gets this far: the feeds' self-check stops the build, and
/// the page's escaping of `<` is unit-tested in `generate::page`.)
fn rtl_site(dir: &Path, extra: &str) {
    fs::create_dir_all(dir.join("feeds")).unwrap();
    fs::write(
        dir.join("feeds/site.toml"),
        format!(
            r#"timezone = "Asia/Dubai"
languages = ["ar", "en"]
sections = ["news"]

[language.ar]
base_url = "https://example.org/ar/"
title = "الأخبار & \"تقارير\""
description = "أخبار & \"تقارير\""

[language.en]
base_url = "https://example.org/en/"
title = "News"
description = "News"
{extra}"#
        ),
    )
    .unwrap();
    let items = [
        serde_json::json!({"id": "1", "lang": "ar", "section": "news",
            "title": "\"عنوان\" & 'الخبر' الأول -->", "summary": "ملخص", "content_html": "<p>نص</p>",
            "url": "https://example.org/ar/1?a=1&b=%222%22", "published": "2025-12-05"}),
        serde_json::json!({"id": "1", "lang": "en", "section": "news",
            "title": "First \"story\" & 'more' ->", "summary": "Summary", "content_html": "<p>Text</p>",
            "url": "https://example.org/en/1", "published": "2025-12-05T10:00:00Z"}),
    ];
    let lines: String = items.iter().map(|i| format!("{i}\n")).collect();
    fs::write(dir.join("feeds/items.jsonl"), lines).unwrap();
}

#[test]
fn pages_escape_hostile_text_and_mirror_right_to_left() {
    let dir = tempfile::tempdir().unwrap();
    rtl_site(dir.path(), "");
    polyfeed(dir.path()).arg("build").assert().success();
    let ar = page(dir.path(), "ar");
    assert!(ar.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("<h2 id=\"feeds\">الخلاصات</h2>"), "{ar}");
    assert!(ar.contains("<time datetime=\"2025-12-05T00:00:00+04:00\">5 ديسمبر 2025</time>"));
    assert!(
        ar.contains(">\"عنوان\" &amp; 'الخبر' الأول --&gt;</a>"),
        "{ar}"
    );
    assert!(
        ar.contains("href=\"https://example.org/ar/1?a=1&amp;b=%222%22\""),
        "{ar}"
    );
    assert!(ar.contains("<h1>الأخبار &amp; \"تقارير\"</h1>"));
    assert!(ar.contains("title=\"الأخبار &amp; &quot;تقارير&quot; (RSS)\""));
    assert!(ar.contains(
        "<a href=\"../en/index.html\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>"
    ));
    let en = page(dir.path(), "en");
    assert!(en.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(
        en.contains(">First \"story\" &amp; 'more' -&gt;</a>"),
        "{en}"
    );
    assert!(en.contains(
        "<a href=\"../ar/index.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"
    ));
}

#[test]
fn labels_and_item_count_come_from_site_toml() {
    let dir = tempfile::tempdir().unwrap();
    rtl_site(
        dir.path(),
        "[page]\nitems = 1\n[language.en.labels]\nfeeds = \"Subscribe to us\"\nlanguage_name = \"EN\"\n",
    );
    let site = dir.path().join("feeds/site.toml");
    polyfeed(dir.path()).arg("build").assert().success();
    let en = page(dir.path(), "en");
    assert!(en.contains("<h2 id=\"feeds\">Subscribe to us</h2>"), "{en}");
    assert!(en.contains("<h2 id=\"latest\">Latest</h2>"));
    assert!(page(dir.path(), "ar").contains("lang=\"en\" dir=\"ltr\">EN</a>"));
    assert_eq!(
        page(dir.path(), "en")
            .matches("<li><a href=\"https://")
            .count(),
        1
    );
    // An unknown label is a site.toml error naming the key, with the near miss.
    let text = fs::read_to_string(&site).unwrap();
    fs::write(
        &site,
        text.replace("feeds = \"Subscribe", "feed = \"Subscribe"),
    )
    .unwrap();
    let a = polyfeed(dir.path()).arg("build").assert().code(2);
    let stderr = output(&a).1;
    assert!(
        stderr.contains(
            "language.en.labels.feed: `feed` is not a page label (did you mean `feeds`?)"
        ),
        "{stderr}"
    );
}

// ---- The real browser ----

/// The headless browser, if there is one.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("POLYFEED_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
        .find(|p| p.is_file())
}

/// Runs the browser on a page and returns the DOM it built (`--dump-dom`). A browser that
/// hangs is killed after 60 s.
fn dump_dom(browser: &Path, page: &Path, profile: &Path) -> String {
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starting the browser");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).map(|_| s)
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "the browser failed on {}", page.display());
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the browser did not finish {} in 60 s", page.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap().expect("reading the DOM")
}

/// Undoes the escaping of a serialised DOM's text and attribute values.
fn unescape(s: &str) -> String {
    s.replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Every `href="..."` attribute value in a serialised DOM, unescaped (the `<pre>` snippet is
/// text, where quotes are not escaped, so it is left out).
fn hrefs(dom: &str) -> Vec<String> {
    let dom = match (dom.find("<pre"), dom.find("</pre>")) {
        (Some(a), Some(b)) => format!("{}{}", &dom[..a], &dom[b..]),
        _ => dom.to_string(),
    };
    dom.split(" href=\"")
        .skip(1)
        .map(|rest| unescape(&rest[..rest.find('"').unwrap()]))
        .collect()
}

/// The texts of the newest-items links (`<ol class="items"><li><a href=..>TEXT</a>`).
fn item_titles(dom: &str) -> Vec<String> {
    let Some(start) = dom.find("<ol class=\"items\">") else {
        return Vec::new();
    };
    let list = &dom[start..start + dom[start..].find("</ol>").unwrap()];
    list.split("<li><a href=\"")
        .skip(1)
        .map(|li| {
            let text = &li[li.find("\">").unwrap() + 2..li.find("</a>").unwrap()];
            unescape(text)
        })
        .collect()
}

/// The text between `<tag ...>` and `</tag>` for each such element.
fn element_texts(dom: &str, open: &str, close: &str) -> Vec<String> {
    dom.split(open)
        .skip(1)
        .map(|rest| {
            let body = &rest[rest.find('>').unwrap() + 1..];
            unescape(&body[..body.find(close).unwrap()])
        })
        .collect()
}

/// True when most letters of `s` are in the script `lang` is written in.
fn in_script(lang: &str, s: &str) -> bool {
    let in_range = |c: char| match lang {
        "ru" | "kk" => ('\u{400}'..='\u{4ff}').contains(&c),
        "hy" => ('\u{530}'..='\u{58f}').contains(&c),
        "en" => c.is_ascii_alphabetic(),
        _ => unreachable!(),
    };
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    let ours = letters.iter().filter(|&&c| in_range(c)).count();
    !letters.is_empty() && ours * 10 >= letters.len() * 7
}

/// Resolves a relative link of the page at `from` (a path below the output folder).
fn resolve(from: &str, href: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[test]
fn pages_render_in_a_real_browser_and_their_links_resolve() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var("POLYFEED_REQUIRE_BROWSER").as_deref() != Ok("1"),
            "POLYFEED_REQUIRE_BROWSER=1 but no chromium found (install Debian's `chromium`)"
        );
        eprintln!(
            "NOTICE: no chromium on PATH: the headless-browser test of the HTML pages was \
             skipped (`apt-get install chromium`, or set POLYFEED_CHROMIUM)"
        );
        return;
    };
    let dir = sample();
    polyfeed(dir.path()).arg("build").assert().success();
    let public = dir.path().join("public").canonicalize().unwrap();
    let built: BTreeSet<String> = tree(&public).into_keys().collect();
    let index: Vec<serde_json::Value> =
        serde_json::from_slice(&fs::read(public.join("feeds.json")).unwrap()).unwrap();
    let profile = tempfile::tempdir().unwrap();
    for lang in LANGS {
        let rel = format!("{lang}/index.html");
        let dom = dump_dom(&browser, &public.join(&rel), profile.path());
        assert!(
            dom.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")),
            "{lang}: {dom}"
        );
        // Every feed of the language: its title is on the page, each of its files linked.
        let feeds: Vec<&serde_json::Value> = index.iter().filter(|f| f["lang"] == lang).collect();
        assert_eq!(feeds.len(), 12, "{lang}");
        let headings = element_texts(&dom, "<h3", "</h3>");
        let links = hrefs(&dom);
        for f in &feeds {
            let title = f["title"].as_str().unwrap();
            assert!(
                headings.iter().any(|h| h == title),
                "{lang}: {title} in {headings:?}"
            );
            let path = f["path"].as_str().unwrap();
            assert!(
                links.iter().any(|h| resolve(&rel, h) == path),
                "{lang}: no link to {path}"
            );
        }
        for h in &headings {
            assert!(
                in_script(lang, h),
                "{lang}: feed title `{h}` is not in its script"
            );
        }
        for h in element_texts(&dom, "<h2", "</h2>") {
            assert!(
                in_script(lang, &h),
                "{lang}: label `{h}` is not in its script"
            );
        }
        // The newest items, in feed order, each in the language's script.
        let feed: serde_json::Value =
            serde_json::from_slice(&fs::read(public.join(lang).join("feed.json")).unwrap())
                .unwrap();
        let expected: Vec<String> = feed["items"]
            .as_array()
            .unwrap()
            .iter()
            .take(10)
            .map(|i| i["title"].as_str().unwrap().to_string())
            .collect();
        let titles = item_titles(&dom);
        assert!(!titles.is_empty(), "{lang}: no items rendered");
        assert_eq!(titles, expected, "{lang}");
        for t in &titles {
            assert!(
                in_script(lang, t),
                "{lang}: item `{t}` is not in its script"
            );
        }
        // Every link resolves: relative ones to a built file, absolute ones are the items'.
        let item_urls: BTreeSet<&str> = feed["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["url"].as_str().unwrap())
            .collect();
        let mut seen = BTreeMap::new();
        for h in &links {
            if h.starts_with("https://") || h.starts_with("http://") {
                assert!(
                    item_urls.contains(h.as_str()),
                    "{lang}: unexpected link {h}"
                );
            } else {
                let target = resolve(&rel, h);
                assert!(
                    built.contains(&target),
                    "{lang}: {h} -> {target} was not built"
                );
                *seen.entry(target).or_insert(0) += 1;
            }
        }
        for other in LANGS.iter().filter(|&&o| o != lang) {
            assert!(
                seen.contains_key(&format!("{other}/index.html")),
                "{lang}: no link to the {other} page"
            );
        }
    }
}
