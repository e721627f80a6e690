//! Publishing over HTTP: `diff` and `build --previous` against feeds on a live (local) site,
//! WebSub hub links, `build --ping` / `--list-changed` and `polyfeed ping` against a hub
//! that records what it is told, and the README's CI recipe run as written.

use crate::support::{LiveSite, Reply, Request, Server, closed_port_url};
use crate::util::{diff_counts, diff_totals, output, polyfeed, root, sample, tree};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

/// Builds the sample site (in `dir`) into `dir/out`.
fn build(dir: &Path, out: &str) {
    polyfeed(dir)
        .args(["build", "--out", out])
        .assert()
        .success();
}

/// Gives the English news item 10302 a new title: six feeds change (en all-sections and
/// en/news, three formats each).
fn retitle_an_item(dir: &Path) {
    let path = dir.join("feeds/items/en.jsonl");
    let text = fs::read_to_string(&path).unwrap();
    let old = "\"title\":\"CSTO Deputy Secretary General Valery Semerikov attends";
    assert!(text.contains(old));
    fs::write(
        &path,
        text.replace(
            old,
            "\"title\":\"Updated: CSTO Deputy Secretary General Valery Semerikov attends",
        ),
    )
    .unwrap();
}

/// Adds `hub = URL` to the sample's site.toml.
fn add_hub(dir: &Path, hub: &str) {
    let site = dir.join("feeds/site.toml");
    let text = fs::read_to_string(&site).unwrap();
    fs::write(
        &site,
        text.replacen(
            "max_items = 50",
            &format!("max_items = 50\nhub = \"{hub}\""),
            1,
        ),
    )
    .unwrap();
}

/// The sample's feed URLs for paths below the output folder.
fn feed_url(rel: &str) -> String {
    format!("https://csto.example.org/{rel}")
}

/// Feed files (not OPML, not the index) whose bytes differ between two trees, as URLs.
fn changed_feeds(before: &Path, after: &Path) -> BTreeSet<String> {
    let (a, b) = (tree(before), tree(after));
    b.iter()
        .filter(|(p, bytes)| {
            let name = p.rsplit('/').next().unwrap();
            matches!(name, "rss.xml" | "atom.xml" | "feed.json") && a.get(*p) != Some(*bytes)
        })
        .map(|(p, _)| feed_url(p))
        .collect()
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let a = polyfeed(dir).args(args).assert();
    let code = a.get_output().status.code().unwrap_or(-1);
    let (out, err) = output(&a);
    (code, out, err)
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn diff_compares_feeds_on_a_server_with_files_and_with_each_other() {
    let dir = sample();
    let p = dir.path();
    build(p, "live");
    let live = LiveSite::start(&p.join("live"));
    retitle_an_item(p);
    build(p, "next");
    let url = format!("{}en/rss.xml", live.feeds_url());
    // URL against a file: the retitled item.
    let (code, out, _) = run(p, &["diff", "--format", "json", &url, "next/en/rss.xml"]);
    assert_eq!(code, 0, "a retitle trips no default gate");
    let v = json(&out);
    assert_eq!(v["old"], url.as_str());
    assert_eq!(diff_totals(&v), diff_counts(&[("changed", 1)]));
    assert_eq!(v["feeds"][0]["changes"][0]["fields"][0]["field"], "title");
    // File against URL, and URL against URL (the same feed: nothing changed).
    let (code, out, _) = run(p, &["diff", "--format", "json", "next/en/rss.xml", &url]);
    assert_eq!(code, 0);
    assert_eq!(diff_totals(&json(&out)), diff_counts(&[("changed", 1)]));
    let (code, out, _) = run(p, &["diff", "--fail-on", "all", &url, &url]);
    assert_eq!(code, 0, "{out}");
    // Markdown for a job summary names the URL.
    let (code, out, _) = run(
        p,
        &["diff", "--format", "markdown", &url, "next/en/rss.xml"],
    );
    assert_eq!(code, 0);
    assert!(
        out.contains(&format!("`{url}` \u{2192} `next/en/rss.xml`")),
        "{out}"
    );
    assert!(out.contains("**changed**"), "{out}");
}

#[test]
fn diff_of_a_folder_and_a_base_url_fetches_the_index_and_the_folders_feeds() {
    let dir = sample();
    let p = dir.path();
    build(p, "live");
    // The live site lost one feed file (still in its index: a 404) and has one the new build
    // no longer makes (only in the index and on the server).
    fs::remove_file(p.join("live/en/news/atom.xml")).unwrap();
    fs::create_dir_all(p.join("live/en/sport")).unwrap();
    fs::copy(p.join("live/en/rss.xml"), p.join("live/en/sport/rss.xml")).unwrap();
    let index = p.join("live/feeds.json");
    let mut entries: Vec<Value> = serde_json::from_slice(&fs::read(&index).unwrap()).unwrap();
    entries.push(
        serde_json::json!({"lang": "en", "section": "sport", "format": "rss",
        "path": "en/sport/rss.xml", "url": "https://csto.example.org/en/sport/rss.xml",
        "title": "CSTO — Sport"}),
    );
    fs::write(&index, serde_json::to_vec(&entries).unwrap()).unwrap();
    let live = LiveSite::start(&p.join("live"));
    retitle_an_item(p);
    build(p, "next");
    let base = live.feeds_url();
    let (code, out, err) = run(p, &["diff", "--format", "json", &base, "next"]);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(
        diff_totals(&v),
        diff_counts(&[("feed-added", 1), ("feed-removed", 1), ("changed", 5)]),
        "six feeds changed, one of them is not on the server"
    );
    assert_eq!(v["feeds"].as_array().unwrap().len(), 49);
    let kind_of = |path: &str| {
        v["feeds"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == path)
            .map(|f| f["changes"][0]["kind"].clone())
            .unwrap()
    };
    assert_eq!(kind_of("en/news/atom.xml"), "feed-added");
    assert_eq!(kind_of("en/sport/rss.xml"), "feed-removed");
    // Two base URLs: both indexes.
    let (code, out, _) = run(p, &["diff", "--format", "json", &base, &base]);
    assert_eq!(code, 0);
    assert_eq!(diff_totals(&json(&out)), Vec::new());
    // Without an index, the folder's feeds are fetched: the extra live feed is not seen.
    fs::remove_file(&index).unwrap();
    let (code, out, _) = run(p, &["diff", "--format", "json", "next", &base]);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["feeds"].as_array().unwrap().len(), 48);
    assert_eq!(
        diff_totals(&v),
        diff_counts(&[("feed-removed", 1), ("changed", 5)]),
        "next → live: the feed missing on the server is removed there"
    );
    // Two base URLs and no index: nothing to go by.
    let (code, _, err) = run(p, &["diff", &base, &base]);
    assert_eq!(code, 2);
    assert!(err.contains("feeds.json"), "{err}");
    // A folder and a feed URL are one of each.
    let (code, _, err) = run(p, &["diff", "next", &format!("{base}en/rss.xml")]);
    assert_eq!(code, 2);
    assert!(err.contains("a URL ending with `/` is a folder"), "{err}");
}

#[test]
fn a_diff_side_that_cannot_be_fetched_exits_2_naming_the_url() {
    let dir = sample();
    let p = dir.path();
    build(p, "out");
    let server = Server::start(|r: &Request, _: &str| match r.path.as_str() {
        "/broken.xml" => Reply::status(500),
        "/page.html" => Reply::feed("text/html", "<html><body>Sign in</body></html>"),
        "/feeds/feeds.json" => Reply::feed(
            "application/json",
            "[{\"path\": \"../../etc/passwd\", \"url\": \"x\"}]",
        ),
        "/slow.xml" => Reply::Silent,
        _ => Reply::status(404),
    });
    let file = "out/en/rss.xml";
    for (url, other, says) in [
        (server.url("/missing.xml"), file, "HTTP 404 Not Found"),
        (
            server.url("/broken.xml"),
            file,
            "HTTP 500 Internal Server Error",
        ),
        (closed_port_url(), file, "connection failed"),
        (server.url("/page.html"), file, "cannot be read as a feed"),
        (
            server.url("/feeds/"),
            "out",
            "is not a relative path below the output folder",
        ),
    ] {
        let (code, out, err) = run(p, &["diff", &url, other]);
        assert_eq!(code, 2, "{url}: {out}{err}");
        assert!(err.contains(&url), "{url}: {err}");
        assert!(err.contains(says), "{url}: {err}");
    }
    let started = Instant::now();
    let (code, _, err) = run(
        p,
        &["diff", "--timeout", "1", file, &server.url("/slow.xml")],
    );
    assert_eq!(code, 2);
    assert!(err.contains("no complete answer within 1 s"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn build_previous_url_gates_like_a_folder_and_writes_nothing_when_tripped() {
    let dir = sample();
    let p = dir.path();
    build(p, "live");
    let live = LiveSite::start(&p.join("live"));
    // A new id scheme re-keys every item.
    let site = p.join("feeds/site.toml");
    let text = fs::read_to_string(&site).unwrap();
    fs::write(
        &site,
        text.replace("csto.example.org,2025", "csto.example.net,2026"),
    )
    .unwrap();
    let base = live.feeds_url();
    let args = |more: &[&str]| -> Vec<String> {
        [
            "build",
            "--out",
            "public",
            "--diff-format",
            "json",
            "--previous",
        ]
        .iter()
        .chain(more)
        .map(|s| s.to_string())
        .collect()
    };
    let run_args = |v: Vec<String>| run(p, &v.iter().map(String::as_str).collect::<Vec<_>>());
    let (code, out, err) = run_args(args(&[&base]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert!(!p.join("public").exists());
    let by_url = json(&out);
    // The same report as against the folder, but for the "old" name.
    let (code, out, _) = run_args(args(&["live"]));
    assert_eq!(code, 1);
    let mut by_dir = json(&out);
    by_dir["old"] = by_url["old"].clone();
    assert_eq!(by_url, by_dir);
    assert_eq!(by_url["old"], base.as_str());
    // Every planned feed and the index were fetched, each once.
    let fetched = live.fetched();
    assert_eq!(fetched.len(), 49, "{fetched:?}");
    assert!(fetched.contains(&"feeds.json".to_string()));
    // A base URL without its trailing slash is the same folder.
    let (code, _, _) = run_args(args(&[base.trim_end_matches('/')]));
    assert_eq!(code, 1);
    // Allowed on purpose: written.
    let (code, _, err) = run_args(args(&[&base, "--allow", "rekey,feed-id"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(tree(&p.join("public")).len(), 57);
}

#[test]
fn build_previous_url_404_is_a_new_feed_and_other_failures_stop_the_build() {
    let dir = sample();
    let p = dir.path();
    // Nothing published yet: every feed is new, and the build says so.
    let empty = LiveSite::start(&p.join("nothing-here"));
    let (code, out, err) = run(
        p,
        &[
            "build",
            "--diff-format",
            "json",
            "--previous",
            &empty.feeds_url(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(diff_totals(&json(&out)), diff_counts(&[("feed-added", 48)]));
    assert!(err.contains("every feed counts as new"), "{err}");
    assert_eq!(tree(&p.join("public")).len(), 57);
    let before = tree(&p.join("public"));
    retitle_an_item(p);
    // A server error on one feed: exit 2, the URL named, nothing written.
    let live = p.join("public");
    let server = Server::start(move |r: &Request, _: &str| {
        if r.path == "/feeds/en/news/atom.xml" {
            return Reply::status(503).header("Retry-After", "120");
        }
        match r
            .path
            .strip_prefix("/feeds/")
            .map(|rel| fs::read(live.join(rel)))
        {
            Some(Ok(bytes)) => Reply::feed("application/xml", bytes),
            _ => Reply::status(404),
        }
    });
    let base = server.url("/feeds/");
    let (code, _, err) = run(p, &["build", "--previous", &base]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!(
            "cannot fetch {base}en/news/atom.xml: HTTP 503 Service Unavailable (Retry-After: 120)"
        )),
        "{err}"
    );
    assert_eq!(tree(&p.join("public")), before, "nothing written");
    // Unreachable: the same.
    let refused = closed_port_url().replace("feed.xml", "feeds/");
    let (code, _, err) = run(p, &["build", "--previous", &refused]);
    assert_eq!(code, 2);
    assert!(
        err.contains("cannot fetch") && err.contains("connection failed"),
        "{err}"
    );
    assert_eq!(tree(&p.join("public")), before);
}

#[test]
fn built_feeds_link_the_hub_and_validate_cleanly() {
    let dir = sample();
    let p = dir.path();
    add_hub(p, "https://hub.example.org/");
    build(p, "public");
    let files = tree(&p.join("public"));
    let text = |rel: &str| String::from_utf8(files[rel].clone()).unwrap();
    assert!(
        text("en/rss.xml").contains("<atom:link href=\"https://hub.example.org/\" rel=\"hub\"/>")
    );
    assert!(
        text("kk/news/atom.xml").contains("<link rel=\"hub\" href=\"https://hub.example.org/\"/>")
    );
    let feed = json(&text("hy/feed.json"));
    assert_eq!(
        feed["hubs"],
        serde_json::json!([{"type": "WebSub", "url": "https://hub.example.org/"}])
    );
    let hubs = files
        .iter()
        .filter(|(_, b)| String::from_utf8_lossy(b).contains("https://hub.example.org/"))
        .count();
    assert_eq!(hubs, 48, "every feed, nothing else");
    let (code, out, err) = run(
        p,
        &["validate", "--strict", "--format", "concise", "public"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        !out.contains("error[") && !out.contains("warning["),
        "{out}"
    );
    assert!(err.contains(": 0 errors, 0 warnings"), "{err}");
    // A hub that is not a URL is a site error.
    let site = p.join("feeds/site.toml");
    let text = fs::read_to_string(&site).unwrap();
    fs::write(
        &site,
        text.replace("https://hub.example.org/", "hub.example.org"),
    )
    .unwrap();
    let (code, _, err) = run(p, &["build"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("hub: `hub.example.org` is not an absolute http(s) URL"),
        "{err}"
    );
}

#[test]
fn build_ping_notifies_exactly_the_feeds_that_changed() {
    let dir = sample();
    let p = dir.path();
    let hub = LiveSite::start(&p.join("unused"));
    add_hub(p, &hub.hub_url());
    // First publish: every feed is new.
    let (code, _, err) = run(p, &["build", "--ping"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("notified 1 hub of 48 changed feeds"), "{err}");
    let first: BTreeSet<String> = hub.pings().into_iter().collect();
    assert_eq!(first.len(), 48);
    assert!(first.contains("https://csto.example.org/kk/joint-staff/feed.json"));
    // No change: nobody is told anything.
    let (code, _, err) = run(p, &["build", "--ping"]);
    assert_eq!(code, 0);
    assert!(err.contains("no feed changed: no hub notified"), "{err}");
    assert_eq!(hub.pings().len(), 48);
    // One item changes: exactly the feeds whose bytes changed.
    let before = tempfile::tempdir().unwrap();
    crate::util::copy_dir(&p.join("public"), before.path());
    retitle_an_item(p);
    let (code, _, err) = run(p, &["build", "--ping", "--list-changed", "changed.txt"]);
    assert_eq!(code, 0, "{err}");
    let pinged: Vec<String> = hub.pings()[48..].to_vec();
    let expected = changed_feeds(before.path(), &p.join("public"));
    assert_eq!(expected.len(), 6, "{expected:?}");
    assert_eq!(pinged.iter().cloned().collect::<BTreeSet<_>>(), expected);
    assert_eq!(pinged.len(), 6, "once each");
    let listed = fs::read_to_string(p.join("changed.txt")).unwrap();
    assert_eq!(
        listed.lines().collect::<BTreeSet<_>>(),
        expected.iter().map(String::as_str).collect()
    );
    assert!(
        err.contains("6 changed feeds listed in changed.txt"),
        "{err}"
    );
}

#[test]
fn a_hub_that_refuses_fails_the_build_after_the_feeds_are_written() {
    let dir = sample();
    let p = dir.path();
    let hub = LiveSite::start(&p.join("unused"));
    add_hub(p, &hub.hub_url());
    build(p, "public");
    retitle_an_item(p);
    hub.set_hub_status(503);
    let (code, _, err) = run(p, &["build", "--ping", "--list-changed", "changed.txt"]);
    assert_eq!(code, 2, "{err}");
    // Six feeds and the page that lists the item; only the feeds are notified.
    assert!(err.contains("7 written"), "{err}");
    assert!(err.contains("6 of 6 hub notices failed"), "{err}");
    assert!(err.contains("the feeds ARE written to public"), "{err}");
    assert!(
        err.contains("Retry with: polyfeed ping --changed changed.txt"),
        "{err}"
    );
    assert!(err.contains("the hub answered 503"), "{err}");
    assert!(
        fs::read_to_string(p.join("public/en/rss.xml"))
            .unwrap()
            .contains("Updated: CSTO"),
        "written"
    );
    assert_eq!(hub.pings().len(), 6, "every notice was tried");
    // The retry the message suggests, once the hub is back.
    hub.set_hub_status(202);
    let (code, out, err) = run(p, &["ping", "--changed", "changed.txt"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines()
            .filter(|l| l.starts_with("ok ") && l.ends_with("(202)"))
            .count(),
        6,
        "{out}"
    );
    // Without a hub in site.toml, --ping is a usage error before anything is built.
    let plain = sample();
    let (code, _, err) = run(plain.path(), &["build", "--ping"]);
    assert_eq!(code, 2);
    assert!(err.contains("has no `hub`"), "{err}");
    assert!(!plain.path().join("public").exists());
}

#[test]
fn list_changed_against_the_live_site_from_a_fresh_checkout() {
    // In CI the output folder starts empty: every file is written, but only the feeds that
    // differ from the live ones are listed.
    let dir = sample();
    let p = dir.path();
    build(p, "live");
    let live = LiveSite::start(&p.join("live"));
    retitle_an_item(p);
    let (code, _, err) = run(
        p,
        &[
            "build",
            "--previous",
            &live.feeds_url(),
            "--list-changed",
            "changed.txt",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("57 written"), "{err}");
    let listed: BTreeSet<String> = fs::read_to_string(p.join("changed.txt"))
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(listed, changed_feeds(&p.join("live"), &p.join("public")));
    assert_eq!(listed.len(), 6);
    // Nothing changed since: an empty list.
    build(p, "live");
    let (code, _, _) = run(
        p,
        &[
            "build",
            "--previous",
            &live.feeds_url(),
            "--list-changed",
            "changed.txt",
        ],
    );
    assert_eq!(code, 0);
    assert_eq!(fs::read_to_string(p.join("changed.txt")).unwrap(), "");
}

#[test]
fn ping_announces_the_given_feeds_to_the_given_hubs() {
    let dir = sample();
    let p = dir.path();
    let hub = LiveSite::start(&p.join("unused"));
    let other = LiveSite::start(&p.join("unused"));
    fs::write(
        p.join("list.txt"),
        "# changed\nhttps://csto.example.org/en/rss.xml\n\nhttps://csto.example.org/en/rss.xml\n",
    )
    .unwrap();
    let (code, out, err) = run(
        p,
        &[
            "ping",
            "-j",
            "1",
            "--hub",
            &hub.hub_url(),
            "--hub",
            &other.hub_url(),
            "--changed",
            "list.txt",
            "https://csto.example.org/ru/atom.xml",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 4, "{out}");
    assert!(
        out.starts_with(&format!(
            "ok {} https://csto.example.org/en/rss.xml (204)",
            hub.hub_url()
        )),
        "{out}"
    );
    assert_eq!(
        hub.pings(),
        [
            "https://csto.example.org/en/rss.xml",
            "https://csto.example.org/ru/atom.xml"
        ]
    );
    assert_eq!(other.pings(), hub.pings());
    assert!(
        err.contains("notified 2 hubs of 2 feeds: 4 accepted, 0 failed"),
        "{err}"
    );
    // An empty list: nothing to do, nothing sent.
    fs::write(p.join("empty.txt"), "").unwrap();
    let (code, out, _) = run(
        p,
        &["ping", "--hub", &hub.hub_url(), "--changed", "empty.txt"],
    );
    assert_eq!((code, out.as_str()), (0, ""));
    assert_eq!(hub.pings().len(), 2);
    // --all: every feed of the index; the hub from site.toml; JSON.
    add_hub(p, &hub.hub_url());
    build(p, "public");
    let (code, out, _) = run(p, &["ping", "--all", "--format", "json"]);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["ok"], true);
    assert_eq!(v["pings"].as_array().unwrap().len(), 48);
    assert_eq!(v["pings"][0]["status"], 204);
    assert_eq!(v["pings"][0]["error"], Value::Null);
    // A refusal: reported with the hub's reason, exit 2.
    let strict = Server::start(|_: &Request, _: &str| Reply::Full {
        status: 400,
        headers: vec![],
        body: b"hub.url is not a topic of this hub".to_vec(),
    });
    let (code, out, _) = run(
        p,
        &[
            "ping",
            "--format",
            "json",
            "--hub",
            &strict.url("/"),
            "https://csto.example.org/en/rss.xml",
        ],
    );
    assert_eq!(code, 2);
    let v = json(&out);
    assert_eq!(v["ok"], false);
    assert_eq!(v["pings"][0]["status"], 400);
    assert_eq!(
        v["pings"][0]["error"],
        "the hub answered 400: hub.url is not a topic of this hub"
    );
    // Usage errors.
    for args in [
        &["ping", "--hub", &hub.hub_url()][..],
        &["ping", "--hub", "not-a-url", "https://e.org/f.xml"],
        &["ping", "--hub", &hub.hub_url(), "en/rss.xml"],
        &["ping", "--changed", "missing.txt"],
    ] {
        let (code, _, err) = run(p, args);
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    let (code, _, err) = run(sample().path(), &["ping", "https://e.org/f.xml"]);
    assert_eq!(code, 2);
    assert!(err.contains("no hub to notify"), "{err}");
}

/// The commands of the README's publishing job (between the `ci-recipe` markers): every
/// `run:` line, in order.
fn readme_recipe() -> Vec<String> {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme
        .find("<!-- ci-recipe:start -->")
        .expect("start marker");
    let end = readme.find("<!-- ci-recipe:end -->").expect("end marker");
    readme[start..end]
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("run: ")
                .or_else(|| l.trim().strip_prefix("- run: "))
        })
        .map(String::from)
        .collect()
}

#[test]
fn the_readme_ci_recipe_runs_as_written_against_a_local_site() {
    let steps = readme_recipe();
    assert!(steps.len() >= 5, "{steps:?}");
    let live_dir = tempfile::tempdir().unwrap();
    let live = LiveSite::start(live_dir.path());
    // The site as deployed: the previous build is live, the hub is the test hub.
    let dir = sample();
    let p = dir.path();
    add_hub(p, &live.hub_url());
    build(p, "previous");
    crate::util::copy_dir(&p.join("previous"), live_dir.path());
    fs::remove_dir_all(p.join("previous")).unwrap();
    let before = tempfile::tempdir().unwrap();
    crate::util::copy_dir(live_dir.path(), before.path());
    // A commit changes one item.
    retitle_an_item(p);
    let summary = p.join("summary.md");
    let bin = assert_cmd::cargo::cargo_bin("polyfeed");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut published = false;
    for step in &steps {
        if step.starts_with("cargo install") {
            continue; // the binary under test is already built
        }
        if !step.starts_with("polyfeed ") {
            // The publish step (an upload to the live server): done here by copying.
            assert!(step.contains("public/"), "unexpected step `{step}`");
            crate::util::copy_dir(&p.join("public"), live_dir.path());
            published = true;
            continue;
        }
        let command = step.replace("https://live-site/feeds/", &live.feeds_url());
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(&command)
            .current_dir(p)
            .env("PATH", &path)
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "`{command}`\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if step.contains("ping") {
            assert!(published, "the recipe pings after publishing");
        }
    }
    assert!(published, "the recipe has a publish step");
    // The job summary has the diff against the live feeds; the hub heard of exactly the
    // feeds that changed, after they were live.
    let md = fs::read_to_string(&summary).unwrap();
    assert!(
        md.contains("## polyfeed diff") && md.contains("**changed**"),
        "{md}"
    );
    let expected = changed_feeds(before.path(), live_dir.path());
    assert_eq!(expected.len(), 6);
    assert_eq!(live.pings().into_iter().collect::<BTreeSet<_>>(), expected);
    assert_eq!(live.pings().len(), 6);
}
