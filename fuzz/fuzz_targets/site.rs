//! Any bytes as `site.toml`: a `Site` or a typed error naming the problem, never a panic.
//! A site that parses must build: with no items, every feed it renders passes the
//! self-check (a `site.toml` the parser accepts can never make `build` write an invalid
//! feed).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use polyfeed::Error;
use polyfeed::build::{BuildOptions, plan};
use polyfeed::site::Site;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    // `Site::load` reads the file as UTF-8 text (an I/O error otherwise).
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // An upper bound of the line count, whichever line ends the index honours.
    let lines = 1 + text.matches(['\n', '\r']).count() as u64;
    match Site::parse(text, Path::new("site.toml")) {
        Err(Error::Site(errors)) => {
            assert!(!errors.is_empty());
            for e in &errors {
                if let Some((line, column)) = e.position {
                    assert!(line >= 1 && column >= 1 && line <= lines, "{e:?}");
                }
                assert!(!e.to_string().is_empty());
            }
        }
        Err(e) => panic!("a site config error must be Error::Site: {e:?}"),
        Ok(site) => {
            assert!(!site.languages.is_empty() && site.default_language < site.languages.len());
            let opts = BuildOptions {
                threads: 1,
                ..BuildOptions::default()
            };
            let plan = plan(&site, Vec::new(), &opts).expect("an empty build");
            common::assert_feeds_clean(&plan, true);
        }
    }
});
