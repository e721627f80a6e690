//! polyfeed: multilingual syndication feeds.
//!
//! polyfeed turns normalized news items (JSON Lines; `schemas/item.schema.json`) into RSS
//! 2.0, Atom 1.0 and JSON Feed 1.1 feeds per section and per language, with stable tag-URI
//! ids, correct dates in the site's timezone and translation links between languages.
//!
//! Every command is a library call with a typed result; the `polyfeed` binary only parses
//! arguments and renders reports. The library never prints and never reads the clock.
//!
//! ```no_run
//! use polyfeed::{build, input, site::Site};
//! use std::path::{Path, PathBuf};
//!
//! let site = Site::load(Path::new("feeds/site.toml"))?;
//! let files = input::collect_item_files(&[PathBuf::from("feeds")])?;
//! let plan = build::plan(&site, files, &build::BuildOptions::default())?;
//! if plan.tally.errors == 0 {
//!     // Waits while another build writes to the folder.
//!     let lock = polyfeed::fsio::OutputLock::acquire(Path::new("public"))?;
//!     let report = build::write(&plan, &lock, &build::WriteOptions::default())?;
//!     assert!(report.written.len() + report.unchanged.len() == plan.files.len());
//! }
//! # Ok::<(), polyfeed::Error>(())
//! ```
#![deny(missing_docs)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod build;
pub mod check;
pub mod diagnostic;
pub mod diff;
pub mod error;
pub mod fsio;
pub mod generate;
pub mod http;
pub mod hygiene;
pub mod init;
pub mod input;
pub mod l10n;
pub mod lang;
pub mod model;
pub mod par;
pub mod progress;
pub mod script;
pub mod site;
pub mod validate;
pub mod websub;

pub use error::{Error, Result};
