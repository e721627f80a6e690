//! Crash safety and the output folder's lock: `build` killed with SIGKILL at many points,
//! two builds on one folder, a read-only output folder. Sites are generated here, never
//! committed.

use crate::util::{output, polyfeed, tree};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TEMP_PREFIX: &str = ".polyfeed-tmp-";

/// The shape of a generated site.
#[derive(Clone, Copy)]
struct Shape {
    langs: usize,
    sections: usize,
    /// Items per (language, section); `max_items` is the same, so every item is published.
    per_feed: usize,
    /// Bytes of `content_html` per item (about).
    content: usize,
}

const LANGS: [&str; 6] = ["en", "de", "fr", "es", "it", "pt"];
const SECTIONS: [&str; 6] = ["news", "sport", "world", "culture", "science", "business"];

fn site_toml(s: Shape) -> String {
    let langs = &LANGS[..s.langs];
    let sections = &SECTIONS[..s.sections];
    let quoted = |v: &[&str]| {
        v.iter()
            .map(|x| format!("\"{x}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut t = format!(
        "timezone = \"UTC\"\nmax_items = {}\ndefault_language = \"en\"\nlanguages = [{}]\n\
         sections = [{}]\nformats = [\"rss\", \"atom\", \"json\"]\n\
         id_authority = \"example.org,2025\"\n",
        s.per_feed,
        quoted(langs),
        quoted(sections)
    );
    for l in langs {
        t.push_str(&format!(
            "\n[language.{l}]\nbase_url = \"https://example.org/{l}/\"\ntitle = \"Example {l}\"\n\
             description = \"Generated site, language {l}\"\n"
        ));
    }
    t
}

/// Items of a site; `version` goes into every title (so every feed differs between
/// versions); `drop_section` leaves one section out (its feeds become stale).
fn items(s: Shape, version: &str, drop_section: Option<usize>) -> String {
    let mut out = String::new();
    let para = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit &amp; more.</p>";
    let content: String = para.repeat(s.content.div_ceil(para.len()));
    let mut n = 0u64;
    for l in &LANGS[..s.langs] {
        for (k, sec) in SECTIONS[..s.sections].iter().enumerate() {
            for _ in 0..s.per_feed {
                n += 1;
                if drop_section == Some(k) {
                    continue;
                }
                let (day, minute) = (1 + n / 1440 % 28, n % 1440);
                out.push_str(&format!(
                    "{{\"id\":\"{n}\",\"lang\":\"{l}\",\"section\":\"{sec}\",\
                     \"title\":\"Story {n} ({version})\",\"summary\":\"Summary of story {n}.\",\
                     \"content_html\":\"{content}\",\
                     \"url\":\"https://example.org/{l}/{sec}/{n}/\",\
                     \"published\":\"2025-03-{day:02}T{:02}:{:02}:00Z\"}}\n",
                    minute / 60,
                    minute % 60
                ));
            }
        }
    }
    out
}

/// A generated site with two versions of its items: `a/items.jsonl` and `b/items.jsonl`
/// (b has other titles and lacks the last section).
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new(s: Shape) -> Site {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("site.toml"), site_toml(s)).unwrap();
        for (v, drop) in [("a", None), ("b", Some(s.sections - 1))] {
            fs::create_dir_all(dir.path().join(v)).unwrap();
            fs::write(dir.path().join(v).join("items.jsonl"), items(s, v, drop)).unwrap();
        }
        Site { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The arguments of a build of version `v` into `out` (relative to the site folder).
    fn args(v: &str, out: &str) -> Vec<String> {
        ["build", "--site", "site.toml", "--out", out, "--no-wait", v]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn spawn(&self, args: &[String]) -> Child {
        Command::new(assert_cmd::cargo::cargo_bin!("polyfeed"))
            .args(args)
            .current_dir(self.path())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }
}

fn temp_files(t: &BTreeMap<String, Vec<u8>>) -> Vec<&String> {
    t.keys()
        .filter(|p| p.rsplit('/').next().unwrap().starts_with(TEMP_PREFIX))
        .collect()
}

/// Checks a folder after a build was killed: every file of the build's target holds its
/// previous or its new bytes (it may be absent only if it is new); a file the target does not have (stale) holds its
/// previous bytes or, when pruning, is gone; nothing else but temporary files; the index
/// lists only feeds that exist. Returns whether the folder is still exactly `before`.
fn check_consistent(
    after: &BTreeMap<String, Vec<u8>>,
    before: &BTreeMap<String, Vec<u8>>,
    target: &BTreeMap<String, Vec<u8>>,
    what: &str,
) -> bool {
    for (p, new) in target {
        let Some(got) = after.get(p) else {
            // Only a feed new in this build may be absent (not written yet).
            assert!(!before.contains_key(p), "{what}: {p} is missing");
            continue;
        };
        assert!(
            got == new || before.get(p) == Some(got),
            "{what}: {p} is neither its previous nor its new version ({} bytes)",
            got.len()
        );
    }
    for (p, got) in after {
        if target.contains_key(p) || temp_files(after).contains(&p) {
            continue;
        }
        assert_eq!(
            before.get(p),
            Some(got),
            "{what}: {p} is not a file of either version"
        );
    }
    let index: Vec<serde_json::Value> = serde_json::from_slice(&after["feeds.json"]).unwrap();
    for e in &index {
        let p = e["path"].as_str().unwrap();
        assert!(
            after.contains_key(p),
            "{what}: feeds.json lists {p}, absent"
        );
    }
    after == before
}

/// A small deterministic generator (xorshift): the kill points are reproducible.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

#[cfg(unix)]
fn inode(p: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(p).ok().map(|m| m.ino())
}

/// Builds version a or b into `public` again and again, killing each build (SIGKILL) at a
/// random point: one run in five at a random time of the whole run (mostly while it reads
/// and renders), the others at a random time after its first file was replaced (while it
/// writes). After each, the folder is checked (`check_consistent`); each build starts from
/// what the killed one left (temporary files included) and a build that finishes must leave
/// no temporary file. Builds use `--no-wait`, so a lock that outlived its killed holder would
/// fail them.
#[cfg(unix)]
fn kill_builds(shape: Shape, kills: usize) {
    let site = Site::new(shape);
    let p = site.path();
    // The two versions' expected trees, and how long a run and its write phase take.
    let mut expected = BTreeMap::new();
    let (mut run_ms, mut write_ms) = (0u64, 0u64);
    for v in ["a", "b"] {
        let out = format!("expected-{v}");
        let started = Instant::now();
        let mut args = Site::args(v, &out);
        args.push("--timings".into());
        let a = polyfeed(p).args(&args).assert().success();
        run_ms = run_ms.max(started.elapsed().as_millis() as u64);
        for l in output(&a).1.lines() {
            if let Some(ms) = l.strip_prefix("timing: write: ") {
                let ms: f64 = ms.trim_end_matches(" ms").parse().unwrap();
                write_ms = write_ms.max(ms as u64 + 1);
            }
        }
        expected.insert(v, tree(&p.join(&out)));
    }
    let first = p.join(format!("public/{}/rss.xml", LANGS[0]));
    let (mut before_write, mut mid_write, mut finished) = (0, 0, 0);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let public = p.join("public");
    polyfeed(p)
        .args(Site::args("a", "public"))
        .assert()
        .success();
    for i in 0..kills {
        let before = tree(&public);
        // Build the version the first file does not hold yet, so that file changes.
        let v = if before.get(&format!("{}/rss.xml", LANGS[0])) == expected["a"].get("en/rss.xml") {
            "b"
        } else {
            "a"
        };
        let mut args = Site::args(v, "public");
        if rng.below(2) == 0 {
            args.push("--prune".into());
        }
        let target = &expected[v];
        let old_inode = inode(&first);
        let mut child = site.spawn(&args);
        let started = Instant::now();
        if i % 5 == 0 {
            std::thread::sleep(Duration::from_millis(rng.below(run_ms * 11 / 10)));
        } else {
            // Wait for the first replaced file (or the end of the run), then a little more.
            while inode(&first) == old_inode
                && child.try_wait().unwrap().is_none()
                && started.elapsed() < Duration::from_secs(120)
            {
                std::thread::yield_now();
            }
            std::thread::sleep(Duration::from_micros(rng.below(write_ms * 1200)));
        }
        let _ = child.kill();
        let status = child.wait().unwrap();
        let after = tree(&public);
        let what = format!("run {i} (build {v}, {args:?})");
        if status.success() {
            finished += 1;
            assert_eq!(temp_files(&after), Vec::<&String>::new(), "{what}");
            check_consistent(&after, &before, target, &what);
            continue;
        }
        assert_eq!(
            std::os::unix::process::ExitStatusExt::signal(&status),
            Some(9),
            "{what}: the build failed by itself: {}",
            String::from_utf8_lossy(&child.stderr.map_or_else(Vec::new, |mut e| {
                let mut v = Vec::new();
                std::io::Read::read_to_end(&mut e, &mut v).unwrap();
                v
            }))
        );
        if check_consistent(&after, &before, target, &what) {
            before_write += 1;
        } else {
            mid_write += 1;
        }
    }
    eprintln!(
        "{kills} runs: {before_write} killed before replacing anything, {mid_write} killed \
         while writing, {finished} finished (run {run_ms} ms, write {write_ms} ms)"
    );
    assert!(mid_write > 0, "no kill landed while the build was writing");
    // A clean build removes the leftovers and gives exactly the expected tree.
    for v in ["b", "a"] {
        let mut args = Site::args(v, "public");
        args.push("--prune".into());
        polyfeed(p).args(&args).assert().success();
        assert_eq!(tree(&public), expected[v], "clean rebuild of {v}");
    }
}

/// `cargo test` variant: 50 kills on a small site.
#[cfg(unix)]
#[test]
fn killed_builds_leave_every_feed_old_or_new() {
    kill_builds(
        Shape {
            langs: 3,
            sections: 3,
            per_feed: 15,
            content: 600,
        },
        50,
    );
}

/// Long variant (TESTING.md): `POLYFEED_KILLS` kills (default 300) on a bigger site.
#[cfg(unix)]
#[test]
#[ignore = "long: run with --ignored (TESTING.md)"]
fn killed_builds_leave_every_feed_old_or_new_long() {
    let kills = std::env::var("POLYFEED_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    kill_builds(
        Shape {
            langs: 6,
            sections: 6,
            per_feed: 40,
            content: 2000,
        },
        kills,
    );
}

/// Locks `dir` as another build would (the same `flock` on the folder).
fn hold_lock(dir: &Path) -> fs::File {
    fs::create_dir_all(dir).unwrap();
    let f = fs::File::open(dir).unwrap();
    f.try_lock().unwrap();
    f
}

#[cfg(unix)]
#[test]
fn a_second_build_waits_for_the_first_or_fails_with_no_wait() {
    let site = Site::new(Shape {
        langs: 2,
        sections: 2,
        per_feed: 5,
        content: 100,
    });
    let p = site.path();
    polyfeed(p)
        .args(Site::args("a", "expected"))
        .assert()
        .success();
    let public = p.join("public");
    let held = hold_lock(&public);
    // --no-wait: exit 2 at once, nothing written.
    let a = polyfeed(p).args(Site::args("a", "public")).assert().code(2);
    assert!(
        output(&a)
            .1
            .contains("error: another polyfeed build is writing to public (--no-wait"),
        "{}",
        output(&a).1
    );
    assert!(tree(&public).is_empty());
    // Without it: waits, says so, and builds once the lock is released.
    let args: Vec<String> = Site::args("a", "public")
        .into_iter()
        .filter(|a| a != "--no-wait")
        .collect();
    let mut child = site.spawn(&args);
    std::thread::sleep(Duration::from_millis(1500));
    assert!(child.try_wait().unwrap().is_none(), "it waits");
    assert!(tree(&public).is_empty(), "nothing written while waiting");
    drop(held);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("waiting for another polyfeed build writing to public to finish"),
        "{stderr}"
    );
    assert_eq!(tree(&public), tree(&p.join("expected")));
}

#[cfg(unix)]
#[test]
fn two_builds_at_once_leave_one_whole_version() {
    let site = Site::new(Shape {
        langs: 2,
        sections: 3,
        per_feed: 10,
        content: 300,
    });
    let p = site.path();
    for v in ["a", "b"] {
        polyfeed(p)
            .args(Site::args(v, &format!("expected-{v}")))
            .assert()
            .success();
    }
    let (ta, tb) = (tree(&p.join("expected-a")), tree(&p.join("expected-b")));
    let public = p.join("public");
    for round in 0..4 {
        let wait = |v: &str| -> Vec<String> {
            let mut a: Vec<String> = Site::args(v, "public")
                .into_iter()
                .filter(|a| a != "--no-wait")
                .collect();
            a.push("--prune".into());
            a
        };
        let (first, second) = if round % 2 == 0 {
            ("a", "b")
        } else {
            ("b", "a")
        };
        let c1 = site.spawn(&wait(first));
        let c2 = site.spawn(&wait(second));
        for c in [c1, c2] {
            let out = c.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let t = tree(&public);
        assert!(
            t == ta || t == tb,
            "round {round}: the folder mixes the two builds"
        );
    }
}

/// A read-only output folder is exit 2 with a clear message, before anything is replaced.
/// Two ways of making it read-only: permission bits (they do not stop root, so that way is
/// skipped with a note when it runs as root) and a read-only bind mount in a private user
/// and mount namespace (`unshare -rm`; works as root too; skipped with a note where user
/// namespaces are not allowed). At least one of the two must run.
#[cfg(unix)]
#[test]
fn a_read_only_output_folder_is_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let site = Site::new(Shape {
        langs: 1,
        sections: 1,
        per_feed: 3,
        content: 100,
    });
    let p = site.path();
    polyfeed(p)
        .args(Site::args("a", "public"))
        .assert()
        .success();
    let public = p.join("public");
    let before = tree(&public);
    let mut ran = 0;
    let expect_refusal = |code: Option<i32>, stderr: &str, how: &str| {
        assert_eq!(code, Some(2), "{how}: {stderr}");
        assert!(
            stderr.contains("error: cannot write to the output folder public: "),
            "{how}: {stderr}"
        );
        assert_eq!(tree(&public), before, "{how}: nothing changed");
    };
    // 1. Permission bits.
    let dirs = [public.clone(), public.join("en")];
    for d in &dirs {
        fs::set_permissions(d, fs::Permissions::from_mode(0o555)).unwrap();
    }
    let probe = public.join("probe");
    if fs::write(&probe, "x").is_ok() {
        fs::remove_file(&probe).unwrap();
        eprintln!("skipped: permission bits do not stop this user (root) from writing");
    } else {
        let a = polyfeed(p).args(Site::args("b", "public")).assert();
        let (_, stderr) = output(&a);
        expect_refusal(a.get_output().status.code(), &stderr, "mode 555");
        ran += 1;
    }
    for d in &dirs {
        fs::set_permissions(d, fs::Permissions::from_mode(0o755)).unwrap();
    }
    // 2. A read-only bind mount, in a namespace of its own (nothing outside sees it).
    let userns = Command::new("unshare")
        .args(["-rm", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if userns {
        let bin = assert_cmd::cargo::cargo_bin!("polyfeed");
        let script = format!(
            "mount --bind -o ro public public && exec {} {}",
            bin.display(),
            Site::args("b", "public").join(" ")
        );
        let out = Command::new("unshare")
            .args(["-rm", "sh", "-c", &script])
            .current_dir(p)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        expect_refusal(out.status.code(), &stderr, "read-only bind mount");
        assert!(stderr.contains("Read-only file system"), "{stderr}");
        ran += 1;
    } else {
        eprintln!("skipped: `unshare -rm` (user namespaces) is not available here");
    }
    assert!(ran > 0, "no way to make a folder read-only for this user");
}

#[test]
fn an_output_path_below_a_file_is_a_clear_error() {
    let site = Site::new(Shape {
        langs: 1,
        sections: 1,
        per_feed: 1,
        content: 10,
    });
    let p = site.path();
    fs::write(p.join("file"), "x").unwrap();
    let a = polyfeed(p)
        .args(Site::args("a", "file/public"))
        .assert()
        .code(2);
    assert!(
        output(&a)
            .1
            .contains("error: cannot create folder file/public: "),
        "{}",
        output(&a).1
    );
}

#[test]
fn prune_removes_only_stale_feeds_and_only_when_asked() {
    let site = Site::new(Shape {
        langs: 2,
        sections: 3,
        per_feed: 2,
        content: 10,
    });
    let p = site.path();
    let public = p.join("public");
    polyfeed(p)
        .args(Site::args("a", "public"))
        .assert()
        .success();
    fs::write(public.join("en/notes.txt"), "mine").unwrap();
    fs::write(public.join("en/world/index.html"), "mine").unwrap();
    // b lacks the section `world`: its feeds are reported, kept.
    let a = polyfeed(p)
        .args(Site::args("b", "public"))
        .assert()
        .success();
    let stderr = output(&a).1;
    let stale: Vec<&str> = stderr
        .lines()
        .filter(|l| {
            l.ends_with("stale (use --prune to remove): the site no longer produces this feed")
        })
        .collect();
    assert_eq!(stale.len(), 6, "{stderr}");
    assert!(public.join("de/world/feed.json").exists());
    // The index no longer lists them.
    let index = fs::read_to_string(public.join("feeds.json")).unwrap();
    assert!(!index.contains("/world/"), "{index}");
    let mut args = Site::args("b", "public");
    args.push("--prune".into());
    let a = polyfeed(p).args(&args).assert().success();
    let removed = output(&a)
        .1
        .lines()
        .filter(|l| l.ends_with(": removed: the site no longer produces this feed"))
        .count();
    assert_eq!(removed, 6);
    let t = tree(&public);
    assert!(
        !t.keys()
            .any(|k| k.contains("/world/") && k != "en/world/index.html")
    );
    assert_eq!(
        t["en/notes.txt"], b"mine",
        "files polyfeed never writes stay"
    );
    assert_eq!(t["en/world/index.html"], b"mine");
    // Nothing stale left: a second --prune reports nothing.
    let a = polyfeed(p).args(&args).assert().success();
    assert!(!output(&a).1.contains("removed"), "{}", output(&a).1);
}

#[test]
fn fsync_writes_the_same_files() {
    let site = Site::new(Shape {
        langs: 2,
        sections: 2,
        per_feed: 3,
        content: 50,
    });
    let p = site.path();
    polyfeed(p)
        .args(Site::args("a", "plain"))
        .assert()
        .success();
    let mut args = Site::args("a", "synced");
    args.push("--fsync".into());
    polyfeed(p).args(&args).assert().success();
    assert_eq!(tree(&p.join("synced")), tree(&p.join("plain")));
    // b (one section fewer) over it, pruning, with fsync: the same as without.
    for out in ["plain", "synced"] {
        let mut args = Site::args("b", out);
        args.extend(["--prune".to_string(), "--fsync".to_string()]);
        polyfeed(p).args(&args).assert().success();
    }
    assert_eq!(tree(&p.join("synced")), tree(&p.join("plain")));
}
