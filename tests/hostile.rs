//! `polyfeed validate` on hostile inputs, generated here (never committed): every input gets
//! a report and the documented exit status, never a panic, a hang or unbounded memory. The
//! timeouts only guard against hangs; they are far above the real run times.

use crate::util::polyfeed;
use std::fs;
use std::path::Path;
use std::time::Duration;

/// Validates `data` as a file; returns (exit status, parsed JSON report).
fn validate(dir: &Path, name: &str, data: &[u8]) -> (i32, serde_json::Value) {
    let path = dir.join(name);
    fs::write(&path, data).unwrap();
    let out = polyfeed(dir)
        .args(["validate", "--format", "json"])
        .arg(&path)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let code = out
        .status
        .code()
        .expect("not killed by a signal (a panic aborts with 101)");
    assert_ne!(
        code,
        101,
        "{name}: panicked: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let report: serde_json::Value = serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("{name}: stdout is not one JSON report ({e}): {stdout:.300}"));
    (code, report)
}

fn codes(report: &serde_json::Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>t</title><link>http://example.org/</link><description>d</description>";

#[test]
fn truncated_documents_are_not_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let feed = format!("{HEAD}<item><title>one</title></item></channel></rss>");
    for cut in [10, 60, feed.len() / 2, feed.len() - 3] {
        let (code, report) = validate(dir.path(), "t.xml", &feed.as_bytes()[..cut]);
        assert_eq!(code, 1, "cut at {cut}");
        assert!(
            codes(&report).contains(&"SAXError".to_string()),
            "cut at {cut}: {report}"
        );
    }
}

#[test]
fn invalid_utf8_and_binary_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let mut bad = format!("{HEAD}<item><title>").into_bytes();
    bad.extend_from_slice(b"caf\xE9 \xFF\xFE");
    bad.extend_from_slice(b"</title><guid>x1</guid></item></channel></rss>");
    let (code, report) = validate(dir.path(), "u.xml", &bad);
    assert_eq!(code, 1);
    assert!(
        codes(&report).contains(&"UnicodeError".to_string()),
        "{report}"
    );
    // Deterministic pseudo-random bytes.
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let garbage: Vec<u8> = (0..200_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let (code, _) = validate(dir.path(), "g.bin", &garbage);
    assert!(code == 0 || code == 1);
    let mut tagged = b"<rss version=\"2.0\">".to_vec();
    tagged.extend_from_slice(&garbage);
    let (code, report) = validate(dir.path(), "g.xml", &tagged);
    assert_eq!(code, 1, "{report}");
}

#[test]
fn deep_nesting_does_not_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let mut doc = String::from(HEAD);
    doc.push_str("<x:a xmlns:x=\"http://example.org/x\">");
    doc.push_str(&"<x:a>".repeat(depth));
    doc.push_str(&"</x:a>".repeat(depth + 1));
    doc.push_str("</channel></rss>");
    let (code, report) = validate(dir.path(), "deep.xml", doc.as_bytes());
    assert!(code == 0 || code == 1, "{report}");
    assert_eq!(report["format"], "rss2.0");
}

#[test]
fn a_50_mb_text_node() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc =
        format!("{HEAD}<item><title>big</title><guid>g1</guid><description>").into_bytes();
    doc.extend(std::iter::repeat_n(b'a', 50 << 20));
    doc.extend_from_slice(b"</description></item></channel></rss>");
    let (code, report) = validate(dir.path(), "big.xml", &doc);
    assert!(code == 0 || code == 1, "{report}");
}

#[test]
fn entity_bombs_and_external_entities_are_not_expanded() {
    let dir = tempfile::tempdir().unwrap();
    let mut dtd = String::from("<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
    for i in 1..=9 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        dtd.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    dtd.push_str("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n");
    let doc = format!(
        "<?xml version=\"1.0\"?>\n{dtd}<rss version=\"2.0\"><channel><title>&lol9;</title><link>http://example.org/</link><description>&xxe;</description></channel></rss>"
    );
    let (code, report) = validate(dir.path(), "bomb.xml", doc.as_bytes());
    assert_eq!(code, 1);
    let c = codes(&report);
    // The bomb is refused when used (fatal, as in expat), the external entity is reported at
    // its declaration and never read.
    assert!(c.contains(&"SAXError".to_string()), "{report}");
    assert!(c.contains(&"ContainsSystemEntity".to_string()), "{report}");
    assert!(report.to_string().contains("billion laughs"), "{report}");
    assert!(
        !report.to_string().contains("root:x:0:0"),
        "an external entity was read"
    );
}

#[test]
fn many_references_to_a_big_entity_stop_at_the_expansion_budget() {
    let dir = tempfile::tempdir().unwrap();
    let big = "x".repeat(60 * 1024);
    let refs = "&big;".repeat(1000); // 60 MB if expanded
    let doc = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"{big}\">]>\n<rss version=\"2.0\"><channel><title>{refs}</title><link>http://example.org/</link><description>d</description></channel></rss>"
    );
    let (code, report) = validate(dir.path(), "amplify.xml", doc.as_bytes());
    assert_eq!(code, 1);
    assert!(
        codes(&report).contains(&"SAXError".to_string()),
        "{report:.300}"
    );
    assert!(report.to_string().contains("MiB in all"), "{report:.300}");
}

#[test]
fn findings_beyond_the_cap_are_counted_not_stored() {
    let dir = tempfile::tempdir().unwrap();
    let items: String = (0..30_000)
        .map(|i| {
            format!("<item><title>t{i}</title><guid>g</guid><pubDate>not a date</pubDate></item>")
        })
        .collect();
    let doc = format!("{HEAD}{items}</channel></rss>");
    let (code, report) = validate(dir.path(), "many.xml", doc.as_bytes());
    assert_eq!(code, 1);
    let diags = report["diagnostics"].as_array().unwrap();
    assert!(diags.len() <= 20_001, "{}", diags.len());
    let last = diags.last().unwrap();
    assert_eq!(last["code"], "TooManyFindings", "{last}");
    assert_eq!(last["severity"], "error");
    let dropped: u64 = last["errors"].as_str().unwrap().parse().unwrap();
    // 30,000 bad dates and 29,999 duplicate guids (and more): far beyond the 20,000 kept.
    assert!(dropped > 30_000, "{last}");
}

#[test]
fn huge_attribute_counts() {
    let dir = tempfile::tempdir().unwrap();
    let attrs: String = (0..200_000).map(|i| format!(" a{i}=\"v\"")).collect();
    let doc = format!("{HEAD}<item{attrs}><title>x</title><guid>g1</guid></item></channel></rss>");
    let (code, report) = validate(dir.path(), "attrs.xml", doc.as_bytes());
    assert_eq!(code, 1, "{report:.300}");
    let dup = format!("{HEAD}<item a=\"1\" a=\"2\"><title>x</title></item></channel></rss>");
    let (code, report) = validate(dir.path(), "dup.xml", dup.as_bytes());
    assert_eq!(code, 1);
    assert!(codes(&report).contains(&"SAXError".to_string()));
}

#[test]
fn empty_and_non_xml_inputs() {
    let dir = tempfile::tempdir().unwrap();
    for (name, data) in [
        ("empty.xml", &b""[..]),
        ("ws.xml", b"   \n  "),
        ("text.xml", b"just text"),
        ("json.json", b"{\"version\": 1"),
    ] {
        let (code, report) = validate(dir.path(), name, data);
        assert_eq!(code, 1, "{name}: {report}");
    }
}
