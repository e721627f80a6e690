//! Progress of long library calls (`build::plan`, `check::check`), for whoever wants to show
//! it. The library only counts: it never prints, and a run without a [`Progress`] does the
//! same work and gives the same result. The CLI draws a bar on stderr from these counts when
//! stderr is a terminal.

use std::fmt::Debug;

/// Receives the progress of a run, from any worker thread.
///
/// A run goes through phases in order; each starts with [`Progress::phase`] (its name and
/// its size, in the unit the phase counts) and then reports work done with
/// [`Progress::advance`]. Calls are frequent enough to move a bar and rare enough to cost
/// nothing (one per 8 MiB of input, one per item parsed, one per feed rendered).
pub trait Progress: Debug + Send + Sync {
    /// A phase starts: `name` (`read`, `parse`, `render`), `total` units to do, and what a
    /// unit is.
    fn phase(&self, name: &'static str, total: u64, unit: Unit);
    /// `n` more units of the current phase are done.
    fn advance(&self, n: u64);
}

/// What a phase counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Bytes of input read.
    Bytes,
    /// Records, items or feeds.
    Count,
}

/// Calls `f` with the progress receiver, if there is one.
pub(crate) fn report(p: Option<&dyn Progress>, f: impl FnOnce(&dyn Progress)) {
    if let Some(p) = p {
        f(p);
    }
}
