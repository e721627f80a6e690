//! The documented limits (README, "Limits"): inputs over each one, generated here, give a
//! finding with its code and exit 1 (or exit 2 for the tool's own limits), never a crash,
//! a hang or a swap storm.

use crate::util::{output, polyfeed, sample};
use std::fs;
use std::io::Write;
use std::path::Path;

const GOOD: &str = r#"{"id":"901","lang":"en","section":"news","title":"Fine","url":"https://csto.example.org/en/901/","published":"2025-12-05"}"#;

/// The sample with its items replaced by one file `name` holding `bytes`.
fn site_with(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = sample();
    let items = dir.path().join("feeds/items");
    fs::remove_dir_all(&items).unwrap();
    fs::create_dir_all(&items).unwrap();
    fs::write(items.join(name), bytes).unwrap();
    dir
}

fn check(dir: &Path) -> (String, String) {
    let a = polyfeed(dir)
        .args(["check", "--now", "2025-12-07T00:00:00Z"])
        .assert()
        .code(1);
    output(&a)
}

fn build_fails_writing_nothing(dir: &Path, expect: &str) {
    let a = polyfeed(dir).arg("build").assert().code(1);
    let (stdout, stderr) = output(&a);
    assert!(stdout.contains(expect), "{stdout}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!dir.join("public").exists());
}

#[test]
fn a_record_over_16_mib_is_reported_and_skipped() {
    // Line 2 is 16 MiB + 1 byte of an otherwise valid item; lines 1 and 3 are fine.
    let mut text = format!("{GOOD}\n").into_bytes();
    let head = br#"{"id":"902","lang":"en","section":"news","title":"Big","url":"https://csto.example.org/en/902/","published":"2025-12-05","summary":""#;
    let tail = b"\"}\n";
    text.extend_from_slice(head);
    text.resize(
        text.len() + (16 << 20) + 1 - head.len() - tail.len() + 1,
        b'a',
    );
    text.extend_from_slice(tail);
    text.extend_from_slice(GOOD.replace("901", "903").as_bytes());
    let dir = site_with("big.jsonl", &text);
    let (stdout, stderr) = check(dir.path());
    assert_eq!(
        stdout,
        "feeds/items/big.jsonl:2:1: error[RecordTooLarge] this record is longer than the 16 \
         MiB limit; it is skipped\n"
    );
    assert!(
        stderr.starts_with("checked 2 items in 1 file: 1 error"),
        "{stderr}"
    );
    build_fails_writing_nothing(dir.path(), "error[RecordTooLarge]");
}

#[test]
fn a_record_of_exactly_16_mib_is_read() {
    let head = br#"{"id":"902","lang":"en","section":"news","title":"Big","url":"https://csto.example.org/en/902/","published":"2025-12-05","summary":""#;
    let tail = b"\"}";
    let mut text = head.to_vec();
    text.resize((16 << 20) - tail.len(), b'a');
    text.extend_from_slice(tail);
    assert_eq!(text.len(), 16 << 20);
    let dir = site_with("big.jsonl", &text);
    polyfeed(dir.path())
        .args(["check", "--now", "2025-12-07T00:00:00Z"])
        .assert()
        .success();
}

#[test]
fn a_json_array_file_over_128_mib_is_not_read() {
    let dir = site_with("ok.jsonl", format!("{GOOD}\n").as_bytes());
    // A sparse file: the size is checked before anything is read.
    let big = dir.path().join("feeds/items/huge.json");
    let f = fs::File::create(&big).unwrap();
    f.set_len((128 << 20) + 1).unwrap();
    let (stdout, stderr) = check(dir.path());
    assert_eq!(
        stdout,
        "feeds/items/huge.json:1:1: error[ItemFileTooLarge] this JSON array file has \
         134217729 bytes, over the 128 MiB limit of `.json` item files; it is not read \
         (JSON Lines files have no limit)\n"
    );
    assert!(
        stderr.starts_with("checked 1 item in 2 files: 1 error"),
        "{stderr}"
    );
    build_fails_writing_nothing(dir.path(), "error[ItemFileTooLarge]");
}

#[test]
fn an_element_over_16_mib_in_a_json_array_file_is_reported() {
    let mut text = format!("[{GOOD},\n\"").into_bytes();
    text.resize(text.len() + (16 << 20) + 1, b'a');
    text.extend_from_slice(b"\"]");
    let dir = site_with("items.json", &text);
    let (stdout, _) = check(dir.path());
    assert_eq!(
        stdout,
        "feeds/items/items.json:2:1: error[RecordTooLarge] this record is longer than the 16 \
         MiB limit; it is skipped\n"
    );
}

#[test]
fn deep_nesting_is_a_finding_not_a_stack_overflow() {
    // 100,000 nested arrays in an unknown field, then a deep object as the whole record.
    // 100,000 nested arrays in an unknown field, in a known one, and a deep object as a
    // whole record: findings, no stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let mut text = GOOD.replace('}', &format!(",\"x\":{deep}}}"));
    text.push('\n');
    text.push_str(
        &GOOD
            .replace("901", "902")
            .replace('}', &format!(",\"authors\":{deep}}}")),
    );
    text.push('\n');
    text.push_str(&"{\"a\":".repeat(100_000));
    text.push('1');
    text.push_str(&"}".repeat(100_000));
    text.push('\n');
    let dir = site_with("deep.jsonl", text.as_bytes());
    let (stdout, _) = check(dir.path());
    assert!(
        stdout.contains("deep.jsonl:1:123: error[UnknownField] x"),
        "{stdout}"
    );
    assert!(stdout.contains("deep.jsonl:2:"), "{stdout}");
    assert!(
        stdout.contains("deep.jsonl:3:2: error[UnknownField] a"),
        "{stdout}"
    );
    build_fails_writing_nothing(dir.path(), "deep.jsonl:3:");
}

#[test]
fn validate_keeps_the_findings_limit() {
    // 30,000 bad dates: the report stops at 20,000 findings and says so.
    let dir = tempfile::tempdir().unwrap();
    let mut f = fs::File::create(dir.path().join("many.xml")).unwrap();
    write!(
        f,
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
         <link>https://example.org/</link><description>d</description>"
    )
    .unwrap();
    for i in 0..30_000 {
        write!(
            f,
            "<item><title>{i}</title><guid isPermaLink=\"false\">g{i}</guid>\
             <pubDate>not a date</pubDate></item>"
        )
        .unwrap();
    }
    write!(f, "</channel></rss>").unwrap();
    drop(f);
    let a = polyfeed(dir.path())
        .args(["validate", "--format", "json", "many.xml"])
        .assert()
        .code(1);
    let (stdout, _) = output(&a);
    assert_eq!(
        stdout.matches("\"code\":\"InvalidRFC2822Date\"").count(),
        20_000
    );
    assert_eq!(stdout.matches("\"code\":\"TooManyFindings\"").count(), 1);
    assert!(stdout.contains("only the first 20000 of a document are kept"));
}
