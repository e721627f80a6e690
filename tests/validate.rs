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
    for line in stdout.lines() {
        let report: serde_json::Value = serde_json::from_str(line).unwrap();
        feeds += 1;
        let bad: Vec<_> = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] == "error" || d["severity"] == "warning")
            .collect();
        assert!(bad.is_empty(), "{}: {bad:?}", report["source"]);
    }
    // 4 languages × (3 sections + all) × 3 formats.
    assert_eq!(feeds, 48, "{stdout}");
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("0 errors, 0 warnings"), "{summary}");
}
