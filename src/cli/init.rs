//! `polyfeed init`: a new site from the command line (the files come from
//! [`polyfeed::init`]).

use super::ExitStatus;
use super::ui::Ui;
use clap::Args;
use polyfeed::Result;
use polyfeed::init::{self, InitOptions};
use std::path::PathBuf;

pub const AFTER_HELP: &str = "\
Examples:
  polyfeed init                               feeds/ here: English, https://example.org/
  polyfeed init --lang ru,en                  Russian (the default language) and English
  polyfeed init news --lang ar,fr --base-url https://example.com/feeds/
                                              a new folder news/; Arabic is right to left
  polyfeed init --force                       overwrite the files an earlier init wrote

Writes DIR/feeds/site.toml and DIR/feeds/items/LANG.jsonl (two example items per language,
linked across languages), then `polyfeed build` in DIR writes the feeds at once. Examples
are localised for ar, de, en, es, fr, ru and uk; other languages get short English
placeholders. Existing files are never replaced without --force (nothing is written then).";

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The languages (BCP 47 tags), comma-separated; the first is the default language.
    #[arg(long, value_name = "TAGS", value_delimiter = ',', default_value = "en")]
    lang: Vec<String>,
    /// The site's base URL; each language's feeds live under BASE_URL/LANG/.
    #[arg(long, value_name = "URL", default_value = "https://example.org/")]
    base_url: String,
    /// Overwrite existing files.
    #[arg(long)]
    force: bool,
    /// The folder of the new site (created when missing).
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
}

pub fn run(a: InitArgs, ui: &Ui) -> Result<ExitStatus> {
    let files = init::scaffold(&InitOptions {
        languages: a.lang.clone(),
        base_url: a.base_url.clone(),
    })?;
    let report = init::write(&a.dir, &files, a.force)?;
    for p in &report.written {
        ui.verbose(&format!("wrote {}", p.display()));
    }
    let here = a.dir == std::path::Path::new(".");
    let site = if here {
        PathBuf::from("feeds").join("site.toml")
    } else {
        a.dir.join("feeds").join("site.toml")
    };
    ui.status(&format!(
        "created a new site ({} file{}): {} and {} item file{}",
        report.written.len(),
        super::plural(report.written.len()),
        site.display(),
        report.written.len() - 1,
        super::plural(report.written.len() - 1),
    ));
    if !ui.quiet {
        let cd = if here {
            String::new()
        } else {
            format!("cd {} && ", a.dir.display())
        };
        ui.status(&format!(
            "next: {cd}polyfeed build   (then `polyfeed validate public/`; edit \
             feeds/items/*.jsonl and feeds/site.toml to make it yours)"
        ));
    }
    Ok(ExitStatus::Success)
}
