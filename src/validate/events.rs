//! The reading half of XML validation: quick-xml events, read from the decoded stream and
//! copied into [`Batch`]es that the [walker](super::walker) then checks.
//!
//! Reading (decoding, UTF-8 checks, tokenising) and checking are separate so that a big
//! document can be validated on two cores: [`read_all`] runs the [`Producer`] on a second
//! thread and hands batches over a bounded channel (two in flight, so memory stays flat),
//! while the walker checks the previous batch. A small document, or one validated while
//! the other cores are busy, is read and checked batch by batch on one thread. Both ways
//! give the same batches (a batch ends at a size, never at a time), hence the same report.

use super::encoding::{Decoding, Malformed};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::borrow::Cow;
use std::io::Read;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

/// Bytes of event text per batch (a batch may exceed it by one event).
const BATCH_BYTES: usize = 512 << 10;
/// Batches the reader may have ready before it waits for the checker (two-thread mode): a
/// few, so that batches that take one side longer than the other even out instead of making
/// either wait.
const QUEUE: usize = 4;

/// Events per batch at most.
const BATCH_EVENTS: usize = 32768;

/// What an event was. Its text is in the batch's arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A start tag (empty elements are expanded); the text is the tag's content
    /// (`name attr="v"`).
    Start {
        /// Length of the element name at the start of the text.
        name_len: usize,
    },
    /// An end tag.
    End,
    /// Character data: a run of text, CDATA sections, the five predefined entity
    /// references and references to characters XML allows, merged into one record with
    /// the references resolved and line ends normalised (XML 1.0 §2.11).
    Chars {
        /// What the run held ([`chars`] bits).
        flags: u8,
    },
    /// A reference the reader leaves to the walker: its name (`nbsp`, `#0`): entities
    /// of the internal DTD subset or undefined ones, and references to characters XML
    /// forbids.
    Ref,
    /// A DOCTYPE declaration's content.
    DocType,
    /// The XML declaration: the text is its `version` value.
    Decl,
    /// A comment or processing instruction (not checked).
    Other,
    /// The end of the document.
    Eof,
}

/// Bits of [`Kind::Chars`].
pub mod chars {
    /// A hexadecimal character reference (`&#x...;`), or `&#x` inside a CDATA section.
    pub const HEX_REF: u8 = 1;
    /// A character that is not NFC-inert ([`crate::hygiene::is_nfc_inert`]): the text
    /// needs the full NFC check.
    pub const NOT_NFC_INERT: u8 = 2;
    /// The NFC-inert test was not run on this run (see [`super::Batch::nfc`]): whoever
    /// needs to know runs it.
    pub const NFC_UNKNOWN: u8 = 4;
}

/// One event: its kind, its text in the arena and where it starts and ends in the decoded
/// document.
#[derive(Debug, Clone)]
pub struct Record {
    /// What it is.
    pub kind: Kind,
    /// Its text in [`Batch::arena`].
    pub text: Range<usize>,
    /// Offset of its first byte.
    pub start: u64,
    /// Offset after its last byte.
    pub end: u64,
}

/// Why reading stopped before the end of the document.
#[derive(Debug, Clone)]
pub enum Stop {
    /// quick-xml reported malformed XML.
    Syntax {
        /// The parser's message.
        message: String,
        /// Where the error is.
        at: u64,
        /// Where reading stopped.
        end: u64,
    },
    /// A character XML 1.0 forbids anywhere (§2.2).
    Forbidden {
        /// Its offset.
        at: u64,
        /// The character.
        c: char,
        /// Where reading stopped.
        end: u64,
    },
}

/// A run of consecutive events.
#[derive(Debug, Default)]
pub struct Batch {
    /// The events' texts, back to back.
    pub arena: String,
    /// The events, in document order.
    pub records: Vec<Record>,
    /// Set on the last batch when reading stopped at an error.
    pub stop: Option<Stop>,
    /// This is the last batch.
    pub last: bool,
    /// The last record is character data that more may join.
    open_chars: bool,
    /// Whether the reader ran the NFC-inert test on this batch's character data. It does
    /// only when it has time to spare: in two-thread mode when the checker is the slower
    /// side (see [`read_all`]); otherwise the runs carry [`chars::NFC_UNKNOWN`] and the
    /// checker tests only the texts it checks for NFC.
    pub nfc: bool,
    /// Invalid byte sequences met so far (replaced by U+FFFD when decoding).
    pub malformed: Malformed,
}

impl Batch {
    /// The text of a record.
    pub fn text(&self, r: &Record) -> &str {
        &self.arena[r.text.clone()]
    }

    fn clear(&mut self) {
        self.arena.clear();
        self.records.clear();
        self.stop = None;
        self.last = false;
        self.open_chars = false;
    }

    /// Adds character data: to the last record when that is character data too, else
    /// as a new record.
    fn push_chars(&mut self, text: &str, flags: u8, start: u64, end: u64) {
        if self.open_chars
            && let Some(last) = self.records.last_mut()
            && let Kind::Chars { flags: f } = &mut last.kind
        {
            *f |= flags;
            self.arena.push_str(text);
            last.text.end = self.arena.len();
            last.end = end;
            return;
        }
        self.push(Kind::Chars { flags }, text, start, end);
        self.open_chars = true;
    }

    /// Completes the last record when it is character data: the NFC-inert test runs once
    /// over the whole run (when this batch runs it at all).
    fn seal(&mut self) {
        if !std::mem::take(&mut self.open_chars) {
            return;
        }
        if let Some(last) = self.records.last_mut()
            && let Kind::Chars { flags } = &mut last.kind
        {
            if !self.nfc {
                *flags |= chars::NFC_UNKNOWN;
            } else if !crate::hygiene::is_nfc_inert(&self.arena[last.text.clone()]) {
                *flags |= chars::NOT_NFC_INERT;
            }
        }
    }

    fn push(&mut self, kind: Kind, text: &str, start: u64, end: u64) {
        self.seal();
        let from = self.arena.len();
        self.arena.push_str(text);
        self.records.push(Record {
            kind,
            text: from..self.arena.len(),
            start,
            end,
        });
    }
}

/// Reads events from a decoded stream into batches.
pub struct Producer<R: Read> {
    reader: Reader<Decoding<R>>,
    buf: Vec<u8>,
    done: bool,
    /// Whether the next batches run the NFC-inert test ([`Batch::nfc`]).
    pub nfc: bool,
}

impl<R: Read> Producer<R> {
    /// Reads `decoder`'s document.
    pub fn new(decoder: Decoding<R>) -> Self {
        let mut reader = Reader::from_reader(decoder);
        let c = reader.config_mut();
        c.expand_empty_elements = true;
        c.check_end_names = true;
        c.check_comments = true;
        Producer {
            reader,
            buf: Vec::with_capacity(1 << 16),
            done: false,
            nfc: false,
        }
    }

    /// Fills `batch` with the next events (it is cleared first). Returns false once the
    /// last batch was given.
    pub fn fill(&mut self, batch: &mut Batch) -> bool {
        if self.done {
            return false;
        }
        batch.clear();
        batch.nfc = self.nfc;
        while batch.arena.len() < BATCH_BYTES && batch.records.len() < BATCH_EVENTS {
            self.buf.clear();
            let start = self.reader.buffer_position();
            let ev = match self.reader.read_event_into(&mut self.buf) {
                Ok(ev) => ev,
                Err(e) => {
                    batch.stop = Some(Stop::Syntax {
                        message: e.to_string(),
                        at: self.reader.error_position(),
                        end: self.reader.buffer_position(),
                    });
                    break;
                }
            };
            let end = self.reader.buffer_position();
            // A character XML forbids, in the stretch just read: fatal, as in any parser.
            if let Some((at, c)) = self.reader.get_ref().forbidden
                && at < end
            {
                batch.stop = Some(Stop::Forbidden { at, c, end });
                break;
            }
            let (kind, text): (Kind, &str) = match &ev {
                Event::Start(e) => (
                    Kind::Start {
                        name_len: e.name().as_ref().len(),
                    },
                    e,
                ),
                Event::Empty(_) => unreachable!("empty elements are expanded"),
                Event::End(_) => (Kind::End, ""),
                Event::Text(t) => {
                    // Line ends need normalising only once a carriage return was decoded.
                    let text = if self.reader.get_ref().saw_cr {
                        t.xml10_content()
                    } else {
                        Cow::Borrowed(&**t)
                    };
                    batch.push_chars(&text, 0, start, end);
                    continue;
                }
                Event::CData(t) => {
                    let text = if self.reader.get_ref().saw_cr {
                        t.xml10_content()
                    } else {
                        Cow::Borrowed(&**t)
                    };
                    let flags = if text.contains("&#x") {
                        chars::HEX_REF
                    } else {
                        0
                    };
                    batch.push_chars(&text, flags, start, end);
                    continue;
                }
                Event::GeneralRef(r) => match resolve_simple_ref(r) {
                    Some((c, flags)) => {
                        batch.push_chars(c.encode_utf8(&mut [0; 4]), flags, start, end);
                        continue;
                    }
                    None => (Kind::Ref, r),
                },
                Event::DocType(d) => (Kind::DocType, d),
                Event::Decl(d) => match d.version() {
                    Ok(v) => {
                        batch.push(Kind::Decl, &v, start, end);
                        continue;
                    }
                    Err(_) => (Kind::Decl, "1.0"),
                },
                Event::PI(_) | Event::Comment(_) => (Kind::Other, ""),
                Event::Eof => (Kind::Eof, ""),
            };
            batch.push(kind, text, start, end);
            if kind == Kind::Eof {
                break;
            }
        }
        batch.seal();
        let finished =
            batch.stop.is_some() || batch.records.last().is_some_and(|r| r.kind == Kind::Eof);
        if finished {
            self.done = true;
            batch.last = true;
        }
        let m = &self.reader.get_ref().malformed;
        if m.count != batch.malformed.count {
            batch.malformed = m.clone();
        }
        true
    }
}

/// The character a predefined entity reference or a character reference stands for,
/// with the [`chars`] bits it sets; `None` for any other reference, and for a character
/// reference to a character XML forbids (the walker reports it).
pub fn resolve_simple_ref(name: &str) -> Option<(char, u8)> {
    let c = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => {
            let num = name.strip_prefix('#')?;
            let (hex, v) = match num.strip_prefix('x') {
                Some(h) => (true, u32::from_str_radix(h, 16).ok()?),
                None => (false, num.parse().ok()?),
            };
            let c = char::from_u32(v)?;
            if crate::input::item::is_xml_forbidden(c) && c != '\t' {
                return None;
            }
            return Some((c, if hex { chars::HEX_REF } else { 0 }));
        }
    };
    Some((c, 0))
}

/// Reads the whole document with `producer` and hands each batch to `consume`, which
/// returns false to stop early. With `two_threads`, reading runs on a second thread, one
/// batch ahead. Returns the last batch consumed (its `malformed` and positions describe
/// the document as far as it was checked).
pub fn read_all<R: Read + Send>(
    mut producer: Producer<R>,
    two_threads: bool,
    mut consume: impl FnMut(&Batch) -> bool,
) -> Batch {
    if !two_threads {
        let mut batch = Batch::default();
        while producer.fill(&mut batch) {
            if !consume(&batch) || batch.last {
                break;
            }
        }
        return batch;
    }
    let checker_waited = AtomicBool::new(true);
    std::thread::scope(|s| {
        let (full_tx, full_rx) = std::sync::mpsc::sync_channel::<Batch>(QUEUE);
        let (empty_tx, empty_rx) = std::sync::mpsc::channel::<Batch>();
        // Balancing: the NFC-inert test of every text run is work either side can do. The
        // checker says whether it last had to wait for a batch: if not, it is the slower
        // side, and the reader runs that test on its next batch (time it would spend
        // waiting anyway); if it waited, the reader is the slower side and leaves the test
        // to the checker, which runs it only on the few texts it checks for NFC.
        let waited = &checker_waited;
        s.spawn(move || {
            loop {
                let mut batch = empty_rx.try_recv().unwrap_or_default();
                producer.nfc = !waited.load(Ordering::Relaxed);
                if !producer.fill(&mut batch) {
                    break;
                }
                let last = batch.last;
                // A send fails when the checker stopped early: reading stops too.
                if full_tx.send(batch).is_err() || last {
                    break;
                }
            }
        });
        // The receiver is dropped when checking ends, so that a reader waiting to hand
        // over a batch sees the checker gone and stops (no deadlock on an early stop).
        let mut kept = Batch::default();
        loop {
            let batch = match full_rx.try_recv() {
                Ok(batch) => {
                    checker_waited.store(false, Ordering::Relaxed);
                    batch
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    checker_waited.store(true, Ordering::Relaxed);
                    match full_rx.recv() {
                        Ok(batch) => batch,
                        Err(_) => break,
                    }
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => break,
            };
            let go = consume(&batch) && !batch.last;
            // The previous batch goes back for reuse; this one is kept until the next.
            let old = std::mem::replace(&mut kept, batch);
            let _ = empty_tx.send(old);
            if !go {
                break;
            }
        }
        drop(full_rx);
        kept
    })
}
