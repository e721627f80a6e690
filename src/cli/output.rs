//! Stdout that treats a closed pipe as "stop writing", not as a failure
//! (`polyfeed check | head` exits with the status of the check).

use super::ui::Paint;
use std::io::{self, BufWriter, Write};

/// Buffered stdout; after a broken pipe every further write is dropped.
pub struct Out {
    w: BufWriter<io::Stdout>,
    closed: bool,
    paint: Paint,
}

impl Out {
    /// Standard output; `paint` colours the human formats written to it.
    pub fn stdout(paint: Paint) -> Self {
        Out {
            w: BufWriter::with_capacity(1 << 16, io::stdout()),
            closed: false,
            paint,
        }
    }

    /// How to colour human formats on this stream (plain when piped, see `ui`). Machine
    /// formats (JSON, SARIF, GitHub annotations, Markdown) never use it.
    pub fn paint(&self) -> Paint {
        self.paint
    }

    /// Writes bytes as they are (generated completion scripts and man pages).
    pub fn bytes(&mut self, b: &[u8]) {
        if self.closed {
            return;
        }
        if let Err(e) = self.w.write_all(b) {
            self.fail(e);
        }
    }

    /// Writes one line (a newline is appended).
    pub fn line(&mut self, s: &str) {
        if self.closed {
            return;
        }
        if let Err(e) = self
            .w
            .write_all(s.as_bytes())
            .and_then(|()| self.w.write_all(b"\n"))
        {
            self.fail(e);
        }
    }

    fn fail(&mut self, e: io::Error) {
        self.closed = true;
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write to stdout: {e}");
        }
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        if !self.closed
            && let Err(e) = self.w.flush()
        {
            self.fail(e);
        }
    }
}
