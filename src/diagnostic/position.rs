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
    let (mut line, mut col) = (1u64, 1u64);
    let mut pos = 0u64;
    let mut next = 0;
    // A '\r' ends its line at the next byte, unless that byte is the '\n' of a "\r\n" (which
    // still belongs to the line, as in `LineIndex`).
    let mut pending_cr = false;
    loop {
        let n = rd.read(&mut buf)?;
        if n == 0 {
            break;
        }
        for &b in &buf[..n] {
            if pending_cr && b != b'\n' {
                line += 1;
                col = 1;
                pending_cr = false;
            }
            while next < offsets.len() && offsets[next] == pos {
                out.push(Position { line, column: col });
                next += 1;
            }
            if next == offsets.len() {
                return Ok(out);
            }
            match b {
                b'\n' => {
                    line += 1;
                    col = 1;
                    pending_cr = false;
                }
                b'\r' => {
                    pending_cr = true;
                    col += 1;
                }
                _ if (b & 0xC0) != 0x80 => col += 1,
                _ => {}
            }
            pos += 1;
        }
    }
    if pending_cr {
        line += 1;
        col = 1;
    }
    while out.len() < offsets.len() {
        out.push(Position { line, column: col });
    }
    Ok(out)
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
