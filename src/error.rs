//! The crate's error type: `Err` means polyfeed could not do its job (a file it cannot read
//! or write, a broken site config, a bad option). Problems found *in* the user's items or
//! feeds are [`crate::diagnostic::Diagnostic`]s in a report, never an `Err`.

use std::io;
use std::path::PathBuf;

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read, written or created.
    #[error("{action} {path}: {source}")]
    Io {
        /// What polyfeed was doing (`cannot read`, `cannot write`, ...).
        action: &'static str,
        /// The path involved.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },
    /// A `diff` side is not a feed (not well-formed, not RSS/Atom/JSON Feed).
    #[error("{path}:{line}:{column}: cannot be read as a feed: {message}")]
    NotAFeed {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: u64,
        /// 1-based column (Unicode scalar values).
        column: u64,
        /// What is wrong.
        message: String,
    },
    /// A URL that polyfeed needed (a `diff` side, a feed under `build --previous URL`) could
    /// not be fetched.
    #[error("cannot fetch {url}: {source}")]
    Fetch {
        /// The URL.
        url: String,
        /// Why.
        #[source]
        source: crate::http::FetchError,
    },
    /// The site configuration is invalid; every problem found is listed.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Site(Vec<crate::site::SiteError>),
    /// Files that would be replaced (`polyfeed init` without `--force`); nothing was
    /// written.
    #[error(
        "{} already exist{}; nothing was written",
        .0.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "),
        if .0.len() == 1 { "s" } else { "" }
    )]
    Exists(Vec<PathBuf>),
    /// Another polyfeed build holds the output folder's lock (`build --no-wait`).
    #[error("another polyfeed build is writing to {} (--no-wait: not waiting for it)", .path.display())]
    Busy {
        /// The output folder.
        path: PathBuf,
    },
    /// An option's value cannot be used.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// Wraps an I/O error with what was being done and to which path.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
