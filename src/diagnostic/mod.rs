//! Findings: plain data with byte offsets; line and column are computed when a report is
//! rendered (see [`LineIndex`] and [`resolve_positions`]).
//!
//! A [`Diagnostic`] is a finding about the user's data (an input item, a feed). It is never an
//! `Err`: `Err` ([`crate::Error`]) means the tool could not do its job.

mod codes;
mod position;

pub use codes::{Code, CodeInfo};
pub use position::{LineIndex, Position, resolve_positions, resolve_positions_in};

use serde::Serialize;
use std::fmt;

/// How bad a finding is. Ordered: `Pass < Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A confirmation that a value is good (shown only on request).
    Pass,
    /// Worth knowing; never a failure.
    Info,
    /// Probably wrong; a failure only with `--strict`.
    Warning,
    /// Wrong; the command fails.
    Error,
}

impl Severity {
    /// The lowercase name used in every report format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Pass => "pass",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What kind of finding this is; also gives the default severity and the explanation.
    pub code: Code,
    /// Severity (normally `code.severity()`).
    pub severity: Severity,
    /// One line saying what is wrong with this value.
    pub message: String,
    /// Index of the source (file) in the report's source list, if the finding has one.
    pub source: Option<u32>,
    /// Byte offset of the finding in its source.
    pub offset: Option<u64>,
    /// Resolved position (filled in by [`resolve_positions`] or a [`LineIndex`]).
    pub position: Option<Position>,
    /// The input field the finding is about (`published`, `authors[1].email`).
    pub field: Option<String>,
    /// The feed element (or pseudo-element, for some attribute checks) the finding is about,
    /// named `prefix:local` with the conventional prefix of its namespace (`dc:date`).
    pub element: Option<String>,
    /// The element's parent, named as the W3C validator names it (`channel`, `root`).
    pub parent: Option<String>,
    /// The attribute the finding is about.
    pub attr: Option<String>,
    /// The offending value.
    pub value: Option<String>,
    /// Further named details (`rel`, `core`, `ext`, `namespace`, `prefix`, `tag`...).
    pub extra: Vec<(&'static str, String)>,
}

impl Diagnostic {
    /// A finding with the code's default severity and no location yet.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            source: None,
            offset: None,
            position: None,
            field: None,
            element: None,
            parent: None,
            attr: None,
            value: None,
            extra: Vec::new(),
        }
    }

    /// Sets the element and its parent.
    pub fn element(mut self, element: impl Into<String>, parent: impl Into<String>) -> Self {
        self.element = Some(element.into());
        self.parent = Some(parent.into());
        self
    }

    /// Sets the attribute.
    pub fn attr(mut self, attr: impl Into<String>) -> Self {
        self.attr = Some(attr.into());
        self
    }

    /// Sets the offending value.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Adds a named detail.
    pub fn with(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.extra.push((key, value.into()));
        self
    }

    /// Overrides the severity.
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Sets the field the finding is about.
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Sets the source index and byte offset.
    pub fn at(mut self, source: u32, offset: u64) -> Self {
        self.source = Some(source);
        self.offset = Some(offset);
        self
    }

    /// Shifts a relative offset (within one record) by the record's start in its source.
    pub fn in_source(mut self, source: u32, record_start: u64) -> Self {
        self.source = Some(source);
        self.offset = Some(record_start + self.offset.unwrap_or(0));
        self
    }

    /// True for `Error` severity.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Findings of severity `error`.
    pub errors: usize,
    /// Findings of severity `warning`.
    pub warnings: usize,
    /// Findings of severity `info`.
    pub infos: usize,
}

impl Tally {
    /// Counts the findings in `diags` (passes are not counted). A `TooManyFindings` note
    /// counts the findings it stands for, not itself.
    pub fn of<'a>(diags: impl IntoIterator<Item = &'a Diagnostic>) -> Self {
        let mut t = Tally::default();
        for d in diags {
            if d.code == Code::TooManyFindings {
                let n = |k: &str| {
                    d.extra
                        .iter()
                        .find(|(name, _)| *name == k)
                        .and_then(|(_, v)| v.parse::<usize>().ok())
                        .unwrap_or(0)
                };
                t.errors += n("errors");
                t.warnings += n("warnings");
                t.infos += n("infos");
            } else {
                t.add(d.severity);
            }
        }
        t
    }

    /// Counts one finding.
    pub fn add(&mut self, s: Severity) {
        match s {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
            Severity::Pass => {}
        }
    }
}
