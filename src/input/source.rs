//! Item files and records.
//!
//! A *record* is the bytes of one item: a line of a JSON Lines file, or an element of a JSON
//! array file. Records are addressed by [`Loc`] (file index, byte offset, length) so that a
//! later phase can read one again without keeping it in memory.
//!
//! Large JSON Lines files are cut into byte ranges that worker threads read independently;
//! a range owns the records that *start* inside it. JSON array files are read whole (use
//! JSON Lines for big corpora).

use crate::diagnostic::{Code, Diagnostic};
use crate::error::{Error, Result};
use crate::progress::{self, Progress, Unit as ProgressUnit};
use serde_json::value::RawValue;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Where a record is: file index, byte offset in the file, length in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// Index into the list of item files.
    pub file: u32,
    /// Byte offset of the record's first byte.
    pub offset: u64,
    /// Length in bytes.
    pub len: u32,
}

/// One item's bytes and where they came from.
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    /// Location.
    pub loc: Loc,
    /// The record's bytes (one JSON value, surrounding whitespace trimmed).
    pub bytes: &'a [u8],
}

/// Receives what a scan finds. One sink per worker thread.
pub trait Sink {
    /// One record.
    fn record(&mut self, record: Record<'_>);
    /// A problem that is not about one record (a JSON array file that does not parse).
    fn diagnostic(&mut self, diagnostic: Diagnostic);
}

/// True for files polyfeed reads as a JSON array of items.
pub fn is_json_array_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

fn is_item_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("jsonl"))
}

/// The item files of the given inputs: files as given (any name: a name not ending in
/// `.json` is read as JSON Lines), folders searched recursively for `*.jsonl` and `*.json`
/// (hidden entries skipped). Sorted by path, duplicates removed.
pub fn collect_item_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|e| Error::io("cannot read", input, e))?;
        if meta.is_dir() {
            walk(input, &mut out)?;
        } else {
            out.push(input.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io("cannot read folder", dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("cannot read folder", dir, e))?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let ty = entry
            .file_type()
            .map_err(|e| Error::io("cannot read", &path, e))?;
        if ty.is_dir() {
            walk(&path, out)?;
        } else if is_item_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// One piece of work: a whole file, or a byte range of a JSON Lines file.
#[derive(Debug, Clone, Copy)]
struct Unit {
    file: u32,
    start: u64,
    end: u64,
}

/// The largest record (a JSON Lines line, or an element of a JSON array file) in bytes: a
/// longer one is a [`Code::RecordTooLarge`] error and is skipped without being held in
/// memory.
pub const MAX_RECORD: usize = 16 << 20;

/// The largest JSON array item file in bytes (it is read whole): a larger one is a
/// [`Code::ItemFileTooLarge`] error and is not read. JSON Lines files have no limit.
pub const MAX_ARRAY_FILE: u64 = 128 << 20;

/// JSON Lines files are cut into ranges of about this size.
const CHUNK: u64 = 8 << 20;

/// Reads every record of `files` on `threads` threads. `make` builds one sink per thread;
/// the sinks are returned in thread order (merge them; do not rely on which thread saw
/// which record). An unreadable file stops the scan with an `Err`. `progress`, when given,
/// gets a `read` phase counting the bytes of the files.
pub fn scan<S: Sink + Send>(
    files: &[PathBuf],
    threads: usize,
    progress: Option<&dyn Progress>,
    make: impl Fn() -> S + Sync,
) -> Result<Vec<S>> {
    let mut units = Vec::new();
    for (i, path) in files.iter().enumerate() {
        let len = std::fs::metadata(path)
            .map_err(|e| Error::io("cannot read", path, e))?
            .len();
        let file = i as u32;
        if is_json_array_file(path) || len <= CHUNK {
            units.push(Unit {
                file,
                start: 0,
                end: len,
            });
        } else {
            let n = len.div_ceil(CHUNK);
            for k in 0..n {
                units.push(Unit {
                    file,
                    start: len * k / n,
                    end: len * (k + 1) / n,
                });
            }
        }
    }
    let threads = threads.clamp(1, units.len().max(1));
    progress::report(progress, |p| {
        p.phase(
            "read",
            units.iter().map(|u| u.end - u.start).sum(),
            ProgressUnit::Bytes,
        );
    });
    let next = AtomicUsize::new(0);
    let work = |sink: &mut S| -> Result<()> {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(&u) = units.get(i) else {
                return Ok(());
            };
            let path = &files[u.file as usize];
            if is_json_array_file(path) {
                read_array_file(path, u.file, sink)?;
            } else {
                read_lines(path, u, sink)?;
            }
            progress::report(progress, |p| p.advance(u.end - u.start));
        }
    };
    if threads == 1 {
        let mut sink = make();
        work(&mut sink)?;
        return Ok(vec![sink]);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut sink = make();
                    work(&mut sink).map(|()| sink)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| match h.join() {
                Ok(r) => r,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

fn trim(line: &[u8]) -> (usize, &[u8]) {
    let start = line
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(line.len());
    let end = line
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |p| p + 1);
    (start, &line[start..end])
}

/// Emits the record of one line (trimmed; blank lines and a leading BOM skipped).
fn emit_line(file: u32, line_start: u64, line: &[u8], sink: &mut impl Sink) {
    if line.len() > MAX_RECORD {
        sink.diagnostic(record_too_large(file, line_start));
        return;
    }
    let (mut body, mut skip) = (line, 0);
    if line_start == 0 && body.starts_with(b"\xEF\xBB\xBF") {
        body = &body[3..];
        skip = 3;
    }
    let (lead, bytes) = trim(body);
    if !bytes.is_empty() {
        sink.record(Record {
            loc: Loc {
                file,
                offset: line_start + (skip + lead) as u64,
                len: bytes.len() as u32,
            },
            bytes,
        });
    }
}

fn record_too_large(file: u32, offset: u64) -> Diagnostic {
    Diagnostic::new(
        Code::RecordTooLarge,
        format!(
            "this record is longer than the {} MiB limit; it is skipped",
            MAX_RECORD >> 20
        ),
    )
    .at(file, offset)
}

/// Reads the lines that start in `[u.start, u.end)`. Lines are found in place in a large
/// buffer (no copy per line); only a line cut by the buffer's end is moved to its front. A
/// line longer than [`MAX_RECORD`] is reported and its bytes dropped as they are read, so the
/// buffer never grows past twice the limit.
fn read_lines(path: &Path, u: Unit, sink: &mut impl Sink) -> Result<()> {
    let io = |e| Error::io("cannot read", path, e);
    let mut f = File::open(path).map_err(io)?;
    // Start one byte early: the first "line" found is then the tail of a line that began
    // before the range (empty when the range starts exactly at a line start).
    let mut buf_pos = u.start.saturating_sub(1); // file offset of buf[0]
    f.seek(SeekFrom::Start(buf_pos)).map_err(io)?;
    let mut skipping = u.start > 0;
    // Dropping the rest of an over-long line (already reported, or not this range's).
    let mut discarding = false;
    let mut buf = vec![0u8; 1 << 20];
    let (mut at, mut filled, mut eof) = (0usize, 0usize, false);
    loop {
        while let Some(p) = memchr::memchr(b'\n', &buf[at..filled]) {
            let line_start = buf_pos + at as u64;
            if discarding {
                discarding = false;
                skipping = false;
            } else if skipping {
                skipping = false;
            } else if line_start >= u.end {
                return Ok(());
            } else {
                emit_line(u.file, line_start, &buf[at..at + p], sink);
            }
            at += p + 1;
        }
        if eof {
            let line_start = buf_pos + at as u64;
            if !discarding && !skipping && line_start < u.end && at < filled {
                emit_line(u.file, line_start, &buf[at..filled], sink);
            }
            return Ok(());
        }
        // Keep the unfinished line, grow when it fills the buffer, read more.
        buf.copy_within(at..filled, 0);
        buf_pos += at as u64;
        filled -= at;
        at = 0;
        if discarding || filled > MAX_RECORD {
            if !discarding && !skipping {
                if buf_pos >= u.end {
                    return Ok(()); // the next range's line
                }
                sink.diagnostic(record_too_large(u.file, buf_pos));
            }
            discarding = true;
            buf_pos += filled as u64;
            filled = 0;
        } else if filled == buf.len() {
            buf.resize(buf.len() * 2, 0);
        }
        let n = f.read(&mut buf[filled..]).map_err(io)?;
        eof = n == 0;
        filled += n;
    }
}

/// Byte offset of a serde_json error (its line is 1-based, its column the 1-based byte
/// within the line, 0 at a line start).
pub fn json_error_offset(text: &[u8], e: &serde_json::Error) -> usize {
    let mut offset = 0;
    for _ in 1..e.line() {
        match memchr::memchr(b'\n', &text[offset..]) {
            Some(p) => offset += p + 1,
            None => return text.len(),
        }
    }
    (offset + e.column().saturating_sub(1)).min(text.len())
}

/// The byte offset of `inner` within `outer` (it must be a sub-slice).
pub fn offset_in(outer: &[u8], inner: &str) -> usize {
    (inner.as_ptr() as usize).saturating_sub(outer.as_ptr() as usize)
}

fn read_array_file(path: &Path, file: u32, sink: &mut impl Sink) -> Result<()> {
    let mut data = Vec::new();
    let f = File::open(path).map_err(|e| Error::io("cannot read", path, e))?;
    let len = f
        .metadata()
        .map_err(|e| Error::io("cannot read", path, e))?
        .len();
    if len > MAX_ARRAY_FILE {
        sink.diagnostic(
            Diagnostic::new(
                Code::ItemFileTooLarge,
                format!(
                    "this JSON array file has {len} bytes, over the {} MiB limit of `.json` \
                     item files; it is not read (JSON Lines files have no limit)",
                    MAX_ARRAY_FILE >> 20
                ),
            )
            .at(file, 0),
        );
        return Ok(());
    }
    f.take(MAX_ARRAY_FILE + 1)
        .read_to_end(&mut data)
        .map_err(|e| Error::io("cannot read", path, e))?;
    let skip = if data.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let text = match std::str::from_utf8(&data[skip..]) {
        Ok(t) => t,
        Err(e) => {
            let at = skip + e.valid_up_to();
            sink.diagnostic(
                Diagnostic::new(Code::InvalidEncoding, invalid_utf8_message(&data, at))
                    .at(file, at as u64),
            );
            return Ok(());
        }
    };
    let elements: Vec<&RawValue> = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let at = skip + json_error_offset(text.as_bytes(), &e);
            let msg = if e.is_data() {
                "a `.json` item file must hold one JSON array of item objects".to_string()
            } else {
                let m = strip_position(&e);
                let hint = json_syntax_hint(&m);
                format!("{m}{hint}")
            };
            sink.diagnostic(Diagnostic::new(Code::InvalidJson, msg).at(file, at as u64));
            return Ok(());
        }
    };
    for raw in elements {
        let start = offset_in(text.as_bytes(), raw.get());
        if raw.get().len() > MAX_RECORD {
            sink.diagnostic(record_too_large(file, (skip + start) as u64));
            continue;
        }
        sink.record(Record {
            loc: Loc {
                file,
                offset: (skip + start) as u64,
                len: raw.get().len() as u32,
            },
            bytes: raw.get().as_bytes(),
        });
    }
    Ok(())
}

/// serde_json's message without its " at line L column C" suffix (positions are ours).
pub fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// What to do about a JSON syntax error, by serde_json's message (without its position):
/// a hint in parentheses, or an empty string.
pub fn json_syntax_hint(message: &str) -> &'static str {
    const HINTS: &[(&str, &str)] = &[
        (
            "EOF while parsing",
            " (the line ends before the item does: each item is one whole JSON object on one line)",
        ),
        (
            "expected `,` or `}`",
            " (a comma missing between two members, or a string missing its closing quote?)",
        ),
        (
            "expected `,` or `]`",
            " (a comma missing between two list elements?)",
        ),
        (
            "expected `:`",
            " (each key is followed by `:` and its value)",
        ),
        (
            "trailing comma",
            " (remove the comma before the closing `}` or `]`)",
        ),
        (
            "trailing characters",
            " (one item per line: the line goes on after the item's closing `}`)",
        ),
        (
            "key must be a string",
            " (keys are in double quotes: `\"id\"`)",
        ),
        (
            "expected value",
            " (JSON has no comments, single quotes, `NaN` or bare words: strings are in double quotes)",
        ),
        (
            "control character",
            " (write tabs and line breaks inside strings as `\\t` and `\\n`)",
        ),
        (
            "invalid escape",
            " (a backslash starts `\\\\`, `\\\"`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` or `\\uXXXX`; write a backslash as `\\\\`)",
        ),
        (
            "surrogate",
            " (escapes `\\uD800`-`\\uDFFF` must come in pairs, high then low)",
        ),
        (
            "hex escape",
            " (`\\u` takes four hex digits; escapes `\\uD800`-`\\uDFFF` come in pairs, high then low)",
        ),
        (
            "invalid unicode code point",
            " (escapes `\\uD800`-`\\uDFFF` must come in pairs, high then low)",
        ),
        (
            "recursion limit exceeded",
            " (arrays and objects nest more than 128 levels deep)",
        ),
    ];
    HINTS
        .iter()
        .find(|(k, _)| message.contains(k))
        .map_or("", |(_, h)| h)
}

/// The top-level member of the JSON object in `text` whose key or value holds byte
/// `offset` (or, between members, the one just before it): the field a syntax error or an
/// invalid byte is in. `None` before the first key and right after a comma.
pub fn member_at(text: &[u8], offset: usize) -> Option<String> {
    let end = offset.min(text.len());
    let mut depth = 0usize;
    let mut key: Option<(usize, usize)> = None;
    let mut last_string: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < end {
        match text[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < text.len() && text[i] != b'"' {
                    i += if text[i] == b'\\' { 2 } else { 1 };
                }
                if i >= end {
                    // `offset` is inside this string: a value of `key`, or a key itself.
                    if depth == 1 && key.is_none() {
                        key = Some((start, i.min(text.len())));
                    }
                    break;
                }
                last_string = Some((start, i));
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b':' if depth == 1 => key = last_string,
            b',' if depth == 1 => key = None,
            _ => {}
        }
        i += 1;
    }
    key.map(|(s, e)| String::from_utf8_lossy(&text[s..e]).into_owned())
}

/// The message of bytes that are not UTF-8 at `at` in an item file.
pub fn invalid_utf8_message(data: &[u8], at: usize) -> String {
    if data.starts_with(b"\xFF\xFE") || data.starts_with(b"\xFE\xFF") {
        return "the file is UTF-16 (it starts with a UTF-16 byte order mark); item files \
                must be UTF-8: convert it (`iconv -f UTF-16 -t UTF-8`)"
            .to_string();
    }
    format!(
        "invalid UTF-8 byte 0x{:02X}; item files must be UTF-8: re-export or convert the file \
         (Latin-1 or windows-125x text? `iconv -f WINDOWS-1252 -t UTF-8`)",
        data[at]
    )
}

/// Reads records again by location, keeping its files open (one per thread).
pub struct RecordReader<'a> {
    files: &'a [PathBuf],
    open: Vec<Option<File>>,
    buf: Vec<u8>,
}

impl<'a> RecordReader<'a> {
    /// A reader over the scan's file list.
    pub fn new(files: &'a [PathBuf]) -> Self {
        RecordReader {
            files,
            open: (0..files.len()).map(|_| None).collect(),
            buf: Vec::new(),
        }
    }

    /// The bytes of the record at `loc` (valid until the next call).
    pub fn read(&mut self, loc: Loc) -> Result<&[u8]> {
        let path = &self.files[loc.file as usize];
        let io = |e| Error::io("cannot read", path, e);
        let slot = &mut self.open[loc.file as usize];
        if slot.is_none() {
            *slot = Some(File::open(path).map_err(io)?);
        }
        let f = slot.as_mut().expect("opened above");
        f.seek(SeekFrom::Start(loc.offset)).map_err(io)?;
        self.buf.resize(loc.len as usize, 0);
        f.read_exact(&mut self.buf).map_err(io)?;
        Ok(&self.buf)
    }
}

/// Reads one record again, by location.
pub fn read_record(files: &[PathBuf], loc: Loc) -> Result<Vec<u8>> {
    let path = &files[loc.file as usize];
    let io = |e| Error::io("cannot read", path, e);
    let mut f = File::open(path).map_err(io)?;
    f.seek(SeekFrom::Start(loc.offset)).map_err(io)?;
    let mut buf = vec![0; loc.len as usize];
    f.read_exact(&mut buf).map_err(io)?;
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Collect(Vec<(Loc, String)>);
    impl Sink for Collect {
        fn record(&mut self, r: Record<'_>) {
            self.0
                .push((r.loc, String::from_utf8_lossy(r.bytes).into_owned()));
        }
        fn diagnostic(&mut self, d: Diagnostic) {
            self.0.push((
                Loc {
                    file: d.source.unwrap(),
                    offset: d.offset.unwrap(),
                    len: 0,
                },
                d.message,
            ));
        }
    }

    #[test]
    fn json_error_offsets() {
        let text = b"{\"a\": 1,\n \"b\": x}";
        let e = serde_json::from_slice::<serde_json::Value>(text).unwrap_err();
        assert_eq!(text[json_error_offset(text, &e)], b'x');
    }

    #[test]
    fn ranges_own_the_records_that_start_in_them() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.jsonl");
        let mut text = String::from("\u{FEFF}");
        for i in 0..2000 {
            text.push_str(&format!("  {{\"id\":\"{i}\"}}\r\n\n"));
        }
        std::fs::write(&p, &text).unwrap();
        let files = vec![p];
        let len = text.len() as u64;
        let mut all = Vec::new();
        for parts in [1u64, 3, 7, 50] {
            let c = read_in_parts(&files[0], len, parts);
            assert_eq!(c.0.len(), 2000, "{parts} parts");
            all.push(c.0);
        }
        assert!(all.windows(2).all(|w| w[0] == w[1]));
        let (loc, body) = &all[0][1];
        assert_eq!(body, "{\"id\":\"1\"}");
        assert_eq!(read_record(&files, *loc).unwrap(), body.as_bytes());
    }

    /// Reads a `len`-byte file as `parts` ranges, in order.
    fn read_in_parts(p: &Path, len: u64, parts: u64) -> Collect {
        let mut c = Collect(Vec::new());
        for k in 0..parts {
            let u = Unit {
                file: 0,
                start: len * k / parts,
                end: len * (k + 1) / parts,
            };
            read_lines(p, u, &mut c).unwrap();
        }
        c
    }

    #[test]
    fn over_long_lines_are_reported_once_and_skipped_in_every_cut() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.jsonl");
        let mut text = b"{\"id\":\"1\"}\n{\"t\":\"".to_vec();
        let long_at = 11u64;
        text.resize(long_at as usize + MAX_RECORD + 100, b'x');
        text.extend_from_slice(b"\"}\n{\"id\":\"2\"}\n");
        std::fs::write(&p, &text).unwrap();
        let len = text.len() as u64;
        for parts in [1u64, 2, 3, 5] {
            let c = read_in_parts(&p, len, parts);
            let got: Vec<(u64, &str)> = c.0.iter().map(|(l, s)| (l.offset, &s[..])).collect();
            assert_eq!(got.len(), 3, "{parts} parts: {got:?}");
            assert_eq!(got[0], (0, "{\"id\":\"1\"}"));
            assert_eq!(got[1].0, long_at);
            assert!(got[1].1.contains("16 MiB limit"), "{}", got[1].1);
            assert_eq!(got[2].1, "{\"id\":\"2\"}");
        }
    }

    #[test]
    fn array_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        std::fs::write(&p, "[\n {\"id\": \"1\"},\n {\"id\": \"2\"}\n]").unwrap();
        let mut c = Collect(Vec::new());
        read_array_file(&p, 0, &mut c).unwrap();
        assert_eq!(c.0[1].0.offset, 17);
        assert_eq!(c.0[1].1, "{\"id\": \"2\"}");
        std::fs::write(&p, "[\n {\"id\": \"1\"}\n {\"id\": \"2\"}\n]").unwrap();
        let mut c = Collect(Vec::new());
        read_array_file(&p, 0, &mut c).unwrap();
        assert_eq!(c.0[0].0.offset, 16, "{:?}", c.0);
    }
}
