//! polyfeed: multilingual syndication feeds.
//!
//! polyfeed turns normalized news items (JSON Lines; `schemas/item.schema.json`) into RSS
//! 2.0, Atom 1.0 and JSON Feed 1.1 feeds per section and per language, with stable tag-URI
//! ids, correct dates in the site's timezone and translation links between languages.
//!
//! Every command is a library call with a typed result; the `polyfeed` binary only parses
//! arguments and renders reports. The library never prints and never reads the clock.
//!
//! The three main calls, each runnable as it stands (`cargo test --doc` runs them, from the
//! crate's folder, on the bundled sample site).
//!
//! **Build** the sample site's feeds into a folder: plan in memory (every item checked, every
//! feed rendered and validated), then write under the folder's lock (atomic, unchanged files
//! keep their bytes and mtime):
//!
//! ```
//! use polyfeed::{build, fsio::OutputLock, input, site::Site};
//! use std::path::{Path, PathBuf};
//!
//! let out = std::env::temp_dir().join(format!("polyfeed-doc-{}", std::process::id()));
//! let site = Site::load(Path::new("feeds/site.toml"))?;
//! let files = input::collect_item_files(&[PathBuf::from("feeds")])?;
//! let plan = build::plan(&site, files, &build::BuildOptions::default())?;
//! assert_eq!(plan.tally.errors, 0);
//! // Waits while another build writes to the folder.
//! let lock = OutputLock::acquire(&out)?;
//! let report = build::write(&plan, &lock, &build::WriteOptions::default())?;
//! assert_eq!(report.written.len() + report.unchanged.len(), plan.files.len());
//! assert!(out.join("en/rss.xml").is_file() && out.join("ru/news/atom.xml").is_file());
//! # drop(lock);
//! # std::fs::remove_dir_all(&out).ok();
//! # Ok::<(), polyfeed::Error>(())
//! ```
//!
//! **Validate** any feed (RSS, Atom, JSON Feed) from bytes; findings carry W3C-style codes
//! and byte spans resolved to lines and columns:
//!
//! ```
//! use polyfeed::diagnostic::Code;
//! use polyfeed::validate::{ValidateOptions, validate_bytes};
//!
//! let feed = br#"<rss version="2.0"><channel>
//!   <title>News</title><link>https://example.org/</link><description>All news</description>
//!   <item><title>Summit</title><guid>https://example.org/1</guid>
//!     <pubDate>Mon, 05 Dec 2025 10:00:00 +0300</pubDate></item>
//! </channel></rss>"#;
//! let report = validate_bytes(feed, &ValidateOptions::default());
//! // 5 December 2025 was a Friday.
//! let dow = report.diagnostics.iter().find(|d| d.code == Code::IncorrectDOW).unwrap();
//! assert_eq!(dow.element.as_deref(), Some("pubDate"));
//! assert_eq!(report.tally.errors, 1);
//! ```
//!
//! **Diff** a new version of a feed against the previous one: items match by guid / id, so a
//! changed id is a removal plus an addition, and a moved date is reported as such:
//!
//! ```
//! use polyfeed::diff::{self, DiffOptions, Kind};
//! use std::path::Path;
//!
//! let old = br#"<rss version="2.0"><channel><title>N</title><link>https://example.org/</link>
//!   <description>D</description>
//!   <item><title>A</title><guid>urn:a</guid><pubDate>Fri, 05 Dec 2025 10:00:00 +0300</pubDate></item>
//!   <item><title>B</title><guid>urn:b</guid><pubDate>Thu, 04 Dec 2025 10:00:00 +0300</pubDate></item>
//! </channel></rss>"#;
//! let new = br#"<rss version="2.0"><channel><title>N</title><link>https://example.org/</link>
//!   <description>D</description>
//!   <item><title>A</title><guid>urn:a</guid><pubDate>Sat, 06 Dec 2025 10:00:00 +0300</pubDate></item>
//!   <item><title>C</title><guid>urn:c</guid><pubDate>Sat, 06 Dec 2025 09:00:00 +0300</pubDate></item>
//! </channel></rss>"#;
//! let old = diff::read_bytes(Path::new("old/rss.xml"), old)?;
//! let new = diff::read_bytes(Path::new("new/rss.xml"), new)?;
//! let d = diff::compare("rss.xml", &old, &new, &DiffOptions::default());
//! assert_eq!((d.count(Kind::Added), d.count(Kind::Removed)), (1, 1));
//! assert_eq!(d.count(Kind::DateMoved), 1);
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
