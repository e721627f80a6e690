//! `polyfeed check` on the sample and on a corpus with many problems.

use crate::util::{output, polyfeed, sample};
use std::fs;

#[test]
fn the_sample_has_no_findings() {
    let dir = sample();
    let a = polyfeed(dir.path())
        .args(["check", "--now", "2025-12-07T00:00:00Z"])
        .assert()
        .success();
    let (stdout, stderr) = output(&a);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "checked 16 items in 4 files: 0 errors, 0 warnings\n"
    );
}

const BAD: &str = r#"{"id":"1","lang":"en","section":"news","title":"First","url":"https://csto.example.org/en/1/","published":"2025-12-05","translation_key":"s1"}
{"id":"2","lang":"EN","section":"news","title":"<b>Second</b>","url":"https://csto.example.org/en/2/","published":"2030-01-01T00:00:00Z","translation_key":"s1"}
{"id":"1","lang":"en","section":"news","title":"Dup","url":"https://csto.example.org/en/1b/","published":"2025-12-05T10:00:00+03:00"}

{"id":"4","lang":"en","section":"news","title":"Bad \u0001 char","url":"https://csto.example.org/en/4/","published":"2025-12-05","authors":[{"name":"A","email":"not an email"}],"image":{"url":"/img.jpg","type":"image/jpeg","length":"big"}}
{"id":"5" "lang":"en"}
"#;

fn bad_site() -> tempfile::TempDir {
    let dir = sample();
    let items = dir.path().join("feeds/items");
    fs::remove_dir_all(&items).unwrap();
    fs::create_dir_all(&items).unwrap();
    fs::write(items.join("bad.jsonl"), BAD).unwrap();
    dir
}

#[test]
fn every_problem_is_reported_once_with_its_position() {
    let dir = bad_site();
    let a = polyfeed(dir.path())
        .args(["check", "--now", "2025-12-07T00:00:00Z"])
        .assert()
        .code(1);
    let (stdout, stderr) = output(&a);
    insta::assert_snapshot!(stdout);
    assert_eq!(
        stderr,
        "checked 5 items in 1 file: 7 errors, 3 warnings\n\
         hint: `polyfeed explain CODE` explains a finding and how to fix it\n"
    );
}

#[test]
fn json_report() {
    let dir = bad_site();
    let a = polyfeed(dir.path())
        .args(["check", "--format", "json", "--now", "2025-12-07T00:00:00Z"])
        .assert()
        .code(1);
    let (stdout, _) = output(&a);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["items"], 5);
    assert_eq!(v["errors"], 7);
    let first = &v["diagnostics"][0];
    assert_eq!(first["path"], "feeds/items/bad.jsonl");
    assert_eq!(first["line"], 2);
    assert_eq!(first["code"], "NonCanonicalLanguageTag");
    assert_eq!(first["severity"], "warning");
    assert_eq!(first["field"], "lang");
}

#[test]
fn github_annotations() {
    let dir = bad_site();
    let a = polyfeed(dir.path())
        .args([
            "check",
            "--format",
            "github",
            "--now",
            "2025-12-07T00:00:00Z",
        ])
        .assert()
        .code(1);
    let (stdout, _) = output(&a);
    assert!(
        stdout
            .lines()
            .all(|l| l.starts_with("::error file=") || l.starts_with("::warning file=")),
        "{stdout}"
    );
    assert!(stdout.contains("::error file=feeds/items/bad.jsonl,line=3,col=7,title=DuplicateItemId::id: (lang `en`, id `1`) is already used at feeds/items/bad.jsonl:1:7"), "{stdout}");
}

#[test]
fn bad_now_is_a_usage_error() {
    let dir = sample();
    let a = polyfeed(dir.path())
        .args(["check", "--now", "yesterday"])
        .assert()
        .code(2);
    assert!(
        output(&a)
            .1
            .contains("--now `yesterday` is not an RFC 3339 date-time")
    );
}

#[test]
fn a_closed_pipe_is_not_a_failure() {
    // `polyfeed check | head -1`: stdout closes early; the status is still the check's.
    let dir = bad_site();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("polyfeed"))
        .current_dir(dir.path())
        .args(["check", "--now", "2025-12-07T00:00:00Z"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1));
}
