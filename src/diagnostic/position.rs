//! Byte offset → 1-based line and column (columns count Unicode scalar values).

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

/// A 1-based line and column. Columns count Unicode scalar values, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// 1-based line number.
    pub line: u64,
    /// 1-based column, in Unicode scalar values.
    pub column: u64,
}

/// Line starts of an in-memory text, for many offset lookups.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text` (any bytes; line ends are `\n`, `\r\n` or a lone `\r`).
    pub fn new(text: &[u8]) -> Self {
        let mut starts = vec![0];
        let mut i = 0;
        while let Some(p) = memchr::memchr2(b'\n', b'\r', &text[i..]) {
            let at = i + p;
            let next = if text[at] == b'\r' && text.get(at + 1) == Some(&b'\n') {
                at + 2
            } else {
                at + 1
            };
            starts.push(next);
            i = next;
        }
        LineIndex { starts }
    }

    /// The position of byte `offset` in `text` (the text this index was built from).
    /// Offsets past the end are clamped.
    pub fn position(&self, text: &[u8], offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        Position {
            line: line as u64 + 1,
            column: count_scalars(&text[start..offset]) + 1,
        }
    }

    /// The text of 1-based line `line` of `text` (the text this index was built from), without
    /// its line end; empty past the last line. O(1): used for excerpts of many findings.
    pub fn line<'t>(&self, text: &'t str, line: u64) -> &'t str {
        let Some(&start) = self.starts.get((line as usize).wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .starts
            .get(line as usize)
            .copied()
            .unwrap_or(text.len());
        text.get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

/// Number of Unicode scalar values in `bytes` (invalid UTF-8 bytes count one each).
fn count_scalars(bytes: &[u8]) -> u64 {
    // Every scalar has exactly one byte that is not a continuation byte (0b10xx_xxxx).
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u64
}

/// Resolves the positions of byte offsets in a file by streaming it once.
///
/// `offsets` must be sorted ascending; the result is in the same order. Memory stays
/// constant in the file size.
pub fn resolve_positions(path: &Path, offsets: &[u64]) -> io::Result<Vec<Position>> {
    if offsets.is_empty() {
        return Ok(Vec::new());
    }
    resolve_positions_in(
        BufReader::with_capacity(1 << 16, File::open(path)?),
        offsets,
    )
}

/// Like [`resolve_positions`], over any reader.
pub fn resolve_positions_in(mut rd: impl Read, offsets: &[u64]) -> io::Result<Vec<Position>> {
    let mut out = Vec::with_capacity(offsets.len());
    if offsets.is_empty() {
        return Ok(out);
    }
    let mut buf = vec![0u8; 1 << 16];
    let mut cur = Cursor {
        line: 1,
        col: 1,
        pending_cr: false,
    };
    let mut pos = 0u64; // offset of buf[0]
    let mut next = 0;
    loop {
        let n = rd.read(&mut buf)?;
        if n == 0 {
            break;
        }
        let chunk = &buf[..n];
        let mut at = 0usize;
        while next < offsets.len() && offsets[next] < pos + n as u64 {
            let r = (offsets[next].saturating_sub(pos)) as usize;
            if r >= at {
                cur.advance(&chunk[at..r]);
                at = r;
            }
            out.push(cur.position(chunk.get(at).copied()));
            next += 1;
        }
        if next == offsets.len() {
            return Ok(out);
        }
        cur.advance(&chunk[at..]);
        pos += n as u64;
    }
    let end = cur.position(None);
    while out.len() < offsets.len() {
        out.push(end);
    }
    Ok(out)
}

/// Line and column while streaming. Line breaks are `\n`, `\r\n` and a lone `\r`; the `\n`
/// of a `\r\n` belongs to the line it ends (as in [`LineIndex`]).
struct Cursor {
    line: u64,
    col: u64,
    /// The last byte seen was a `\r` whose line break is not counted yet.
    pending_cr: bool,
}

impl Cursor {
    /// The position of the next byte, `b`.
    fn position(&self, b: Option<u8>) -> Position {
        if self.pending_cr && b != Some(b'\n') {
            Position {
                line: self.line + 1,
                column: 1,
            }
        } else {
            Position {
                line: self.line,
                column: self.col,
            }
        }
    }

    fn advance(&mut self, seg: &[u8]) {
        if seg.is_empty() {
            return;
        }
        if !self.pending_cr && memchr::memchr(b'\r', seg).is_none() {
            // Fast path: count newlines with memchr, characters only after the last one.
            match memchr::memrchr(b'\n', seg) {
                Some(last) => {
                    self.line += memchr::memchr_iter(b'\n', seg).count() as u64;
                    self.col = 1 + count_scalars(&seg[last + 1..]);
                }
                None => self.col += count_scalars(seg),
            }
            return;
        }
        for &b in seg {
            if self.pending_cr && b != b'\n' {
                self.line += 1;
                self.col = 1;
                self.pending_cr = false;
            }
            match b {
                b'\n' => {
                    self.line += 1;
                    self.col = 1;
                    self.pending_cr = false;
                }
                b'\r' => {
                    self.pending_cr = true;
                    self.col += 1;
                }
                _ if (b & 0xC0) != 0x80 => self.col += 1,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_scalars() {
        let text = "ab\nМосква x\r\nz".as_bytes();
        let ix = LineIndex::new(text);
        let x = text.iter().position(|&b| b == b'x').unwrap();
        assert_eq!(ix.position(text, x), Position { line: 2, column: 8 });
        let z = text.len() - 1;
        assert_eq!(ix.position(text, z), Position { line: 3, column: 1 });
        assert_eq!(ix.position(text, 0), Position { line: 1, column: 1 });
    }

    #[test]
    fn lines_by_number() {
        let text = "ab\nМосква x\r\nz\rlast";
        let ix = LineIndex::new(text.as_bytes());
        let lines: Vec<&str> = (0..=6).map(|n| ix.line(text, n)).collect();
        assert_eq!(lines, ["", "ab", "Москва x", "z", "last", "", ""]);
    }

    /// A reader that hands out a few bytes at a time (chunk boundaries everywhere).
    struct Trickle<'a>(&'a [u8]);
    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.0.len().min(buf.len()).min(3);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn chunk_boundaries_do_not_matter() {
        let text = "a\r\nбв\rг\n\nд\r\r\nxyz".as_bytes();
        let ix = LineIndex::new(text);
        let offs: Vec<u64> = (0..=text.len() as u64).collect();
        let got = resolve_positions_in(Trickle(text), &offs).unwrap();
        for (o, g) in offs.iter().zip(got) {
            assert_eq!(g, ix.position(text, *o as usize), "offset {o}");
        }
    }

    #[test]
    fn streaming_agrees_with_index() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.txt");
        let text = "line1\r\nЁж\rthird line\nend".as_bytes();
        std::fs::write(&p, text).unwrap();
        let ix = LineIndex::new(text);
        let offs: Vec<u64> = (0..text.len() as u64).collect();
        let got = resolve_positions(&p, &offs).unwrap();
        for (o, g) in offs.iter().zip(got) {
            assert_eq!(g, ix.position(text, *o as usize), "offset {o}");
        }
    }
}
