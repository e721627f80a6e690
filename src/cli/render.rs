//! Report renderers for item diagnostics: concise text, JSON and GitHub annotations.

use super::output::Out;
use polyfeed::check::CheckReport;
use polyfeed::diagnostic::Diagnostic;
use serde::Serialize;
use std::path::PathBuf;

fn path_of(sources: &[PathBuf], d: &Diagnostic) -> String {
    d.source
        .and_then(|s| sources.get(s as usize))
        .map_or_else(|| "-".to_string(), |p| p.display().to_string())
}

pub fn line_col(d: &Diagnostic) -> (u64, u64) {
    d.position.map_or((1, 1), |p| (p.line, p.column))
}

/// Makes hostile text safe for a one-line terminal report (no control characters).
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_one_line(&mut out, s);
    out
}

/// Appends `s` with every control character (C0, DEL, C1) replaced by a space. Text without
/// any (nearly all) is copied as it is.
pub fn push_one_line(out: &mut String, s: &str) {
    let b = s.as_bytes();
    // C1 controls are U+0080–U+009F: `C2 80`–`C2 9F` in UTF-8.
    let clean = !b.iter().enumerate().any(|(i, &c)| {
        c < 0x20 || c == 0x7F || (c == 0xC2 && b.get(i + 1).is_some_and(|n| *n <= 0x9F))
    });
    if clean {
        out.push_str(s);
    } else {
        out.extend(s.chars().map(|c| if c.is_control() { ' ' } else { c }));
    }
}

/// `path:line:column: severity[Code] field: message`, one per line (coloured on a terminal).
pub fn concise(out: &mut Out, sources: &[PathBuf], diags: &[Diagnostic]) {
    let p = out.paint();
    for d in diags {
        let (l, c) = line_col(d);
        let field = d
            .field
            .as_deref()
            .map(|f| format!("{f}: "))
            .unwrap_or_default();
        out.line(&format!(
            "{}: {} {field}{}",
            p.bold(&format!("{}:{l}:{c}", path_of(sources, d))),
            p.finding(d.severity, d.code.name()),
            one_line(&d.message)
        ));
    }
}

#[derive(Serialize)]
struct JsonDiag<'a> {
    path: String,
    line: u64,
    column: u64,
    severity: &'static str,
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    items: u64,
    files: Vec<String>,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiag<'a>>,
}

/// One JSON document for `check --format json`.
pub fn check_json(out: &mut Out, r: &CheckReport) {
    let doc = JsonReport {
        items: r.items,
        files: r.sources.iter().map(|p| p.display().to_string()).collect(),
        errors: r.tally.errors,
        warnings: r.tally.warnings,
        diagnostics: r
            .diagnostics
            .iter()
            .map(|d| {
                let (line, column) = line_col(d);
                JsonDiag {
                    path: path_of(&r.sources, d),
                    line,
                    column,
                    severity: d.severity.as_str(),
                    code: d.code.name(),
                    field: d.field.as_deref(),
                    message: &d.message,
                }
            })
            .collect(),
    };
    out.line(&serde_json::to_string(&doc).expect("serialising a report"));
}

fn gh_escape(s: &str, property: bool) -> String {
    let mut o = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        o = o.replace(':', "%3A").replace(',', "%2C");
    }
    o
}

/// GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=Code::message`.
pub fn github(out: &mut Out, sources: &[PathBuf], diags: &[Diagnostic]) {
    for d in diags {
        let field = d
            .field
            .as_deref()
            .map(|f| format!("{f}: "))
            .unwrap_or_default();
        gh_annotation(
            out,
            &path_of(sources, d),
            d,
            &format!("{field}{}", d.message),
        );
    }
}

/// One GitHub Actions workflow command for a finding in `file` (`check` and `validate`).
pub fn gh_annotation(out: &mut Out, file: &str, d: &Diagnostic, message: &str) {
    let (l, c) = line_col(d);
    let level = match d.severity {
        polyfeed::diagnostic::Severity::Error => "error",
        polyfeed::diagnostic::Severity::Warning => "warning",
        _ => "notice",
    };
    out.line(&format!(
        "::{level} file={},line={l},col={c},title={}::{}",
        gh_escape(file, true),
        gh_escape(d.code.name(), true),
        gh_escape(message, false)
    ));
}

#[cfg(test)]
mod tests {
    use super::{gh_escape, one_line, push_one_line};

    #[test]
    fn github_workflow_command_escaping() {
        // Data (the message): `%`, CR and LF; `:` and `,` stay.
        assert_eq!(gh_escape("50% a:b, c\r\nd", false), "50%25 a:b, c%0D%0Ad");
        // Properties (file, title): also `:` and `,`, which separate properties.
        assert_eq!(
            gh_escape("dir/a,b:c%\n.xml", true),
            "dir/a%2Cb%3Ac%25%0A.xml"
        );
        // `%` first, so that escapes are not escaped again.
        assert_eq!(gh_escape("%0A", false), "%250A");
    }

    #[test]
    fn one_line_replaces_every_control_character() {
        assert_eq!(one_line("plain — текст"), "plain — текст");
        assert_eq!(
            one_line("a\nb\tc\u{7f}d\u{85}e\u{9f}f\u{a0}g"),
            "a b c d e f\u{a0}g"
        );
        let mut buf = String::from("> ");
        push_one_line(&mut buf, "x\ry");
        assert_eq!(buf, "> x y");
    }
}
