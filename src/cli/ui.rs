//! How the CLI talks to a person: colours (`--color`, `NO_COLOR`, `CLICOLOR_FORCE`),
//! `--quiet` and `--verbose`, and progress bars.
//!
//! Rules:
//! - Colour is decided once per stream. `--color always` and `--color never` are obeyed as
//!   given; `auto` (the default) colours a stream only when it is a terminal, `NO_COLOR` is
//!   unset or empty (no-color.org) and `TERM` is not `dumb`; a non-empty `CLICOLOR_FORCE`
//!   other than `0` colours even when piped (but `NO_COLOR` still wins).
//! - Only human formats are coloured (`check`'s and `validate`'s text and concise formats,
//!   `diff`'s text, `explain`, messages on stderr). JSON, SARIF, Markdown and GitHub
//!   annotations never are, whatever `--color` says: they are read by programs.
//! - `--quiet` drops progress bars, summaries, notes and hints from stderr; errors and
//!   warnings stay, and so does the report on stdout. `--verbose` adds per-file and
//!   per-phase lines (with timings) on stderr.
//! - Progress bars are drawn on stderr only when stderr is a terminal and `--quiet` is off;
//!   they are cleared when done, so what stays on the screen is what a pipe would get.

use anstyle::{AnsiColor, Style};
use clap::ValueEnum;
use polyfeed::diagnostic::Severity;
use std::io::IsTerminal;
use std::time::Duration;

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE=1` forces it).
    #[default]
    Auto,
    /// Always colour the human formats (even piped, even with `NO_COLOR`).
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// The same choice for clap's own help and error messages.
    pub fn for_clap(self) -> clap::ColorChoice {
        match self {
            ColorChoice::Auto => clap::ColorChoice::Auto,
            ColorChoice::Always => clap::ColorChoice::Always,
            ColorChoice::Never => clap::ColorChoice::Never,
        }
    }
}

/// Whether to colour a stream. `env` reads an environment variable (a parameter, so tests
/// need not change the process environment).
pub fn wants_color(
    choice: ColorChoice,
    is_terminal: bool,
    env: impl Fn(&str) -> Option<String>,
) -> bool {
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if set("NO_COLOR") {
                false
            } else if set("CLICOLOR_FORCE") && env("CLICOLOR_FORCE").as_deref() != Some("0") {
                true
            } else {
                is_terminal && env("TERM").as_deref() != Some("dumb")
            }
        }
    }
}

fn process_env(k: &str) -> Option<String> {
    std::env::var_os(k).map(|v| v.to_string_lossy().into_owned())
}

/// Styles text when colour is on; returns it unchanged otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint {
    on: bool,
}

const RED: Style = AnsiColor::Red.on_default().bold();
const YELLOW: Style = AnsiColor::Yellow.on_default().bold();
const CYAN: Style = AnsiColor::Cyan.on_default().bold();
const GREEN: Style = AnsiColor::Green.on_default();
const BLUE: Style = AnsiColor::Blue.on_default().bold();
const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

impl Paint {
    /// Colour on or off.
    pub fn new(on: bool) -> Self {
        Paint { on }
    }

    fn style(self, st: Style, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        self.push_style(&mut out, st, s);
        out
    }

    /// The colour of a severity (error red, warning yellow, info cyan, pass green).
    fn severity_style(sev: Severity) -> Style {
        match sev {
            Severity::Error => RED,
            Severity::Warning => YELLOW,
            Severity::Info => CYAN,
            _ => GREEN,
        }
    }

    /// `error[Code]`: the severity word in its colour, the code in bold.
    pub fn finding(self, sev: Severity, code: &str) -> String {
        let mut out = String::new();
        self.push_finding(&mut out, sev, code);
        out
    }

    /// Appends `severity[Code]` ([`Paint::finding`]) to `buf`.
    pub fn push_finding(self, buf: &mut String, sev: Severity, code: &str) {
        self.push_style(buf, Self::severity_style(sev), sev.as_str());
        buf.push('[');
        self.push_style(buf, BOLD, code);
        buf.push(']');
    }

    /// Appends `s` in bold ([`Paint::bold`]) to `buf`.
    pub fn push_bold(self, buf: &mut String, s: &str) {
        self.push_style(buf, BOLD, s);
    }

    fn push_style(self, buf: &mut String, st: Style, s: &str) {
        if self.on && !s.is_empty() {
            use std::fmt::Write as _;
            let _ = write!(buf, "{st}{s}{st:#}");
        } else {
            buf.push_str(s);
        }
    }

    /// Text in a severity's colour (carets under the column).
    pub fn severity(self, sev: Severity, s: &str) -> String {
        self.style(Self::severity_style(sev), s)
    }

    /// Bold (paths, titles).
    pub fn bold(self, s: &str) -> String {
        self.style(BOLD, s)
    }

    /// Dimmed (help lines, unchanged counts).
    pub fn dim(self, s: &str) -> String {
        self.style(DIM, s)
    }

    /// The gutter of source excerpts (`-->`, `|`).
    pub fn gutter(self, s: &str) -> String {
        self.style(BLUE, s)
    }

    /// Something good or added.
    pub fn good(self, s: &str) -> String {
        self.style(GREEN, s)
    }

    /// Something bad or removed.
    pub fn bad(self, s: &str) -> String {
        self.style(RED, s)
    }

    /// Something to look at (changed).
    pub fn warn(self, s: &str) -> String {
        self.style(YELLOW, s)
    }
}

/// The person at the other end: stderr's colour, `--quiet`, `--verbose`, progress bars.
#[derive(Debug, Clone)]
pub struct Ui {
    /// `--quiet`: no progress, summaries, notes or hints on stderr.
    pub quiet: bool,
    /// `--verbose`: per-file and per-phase lines on stderr.
    pub verbose: bool,
    /// Colour of stderr messages.
    pub err: Paint,
    /// Colour of the human formats on stdout.
    pub out: Paint,
    /// Whether progress bars may be drawn (stderr is a terminal, not quiet).
    progress: bool,
}

impl Ui {
    /// Decides everything from the flags, the environment and the streams.
    pub fn new(color: ColorChoice, quiet: bool, verbose: bool) -> Self {
        let stderr_tty = std::io::stderr().is_terminal();
        Ui {
            quiet,
            verbose: verbose && !quiet,
            err: Paint::new(wants_color(color, stderr_tty, process_env)),
            out: Paint::new(wants_color(
                color,
                std::io::stdout().is_terminal(),
                process_env,
            )),
            progress: stderr_tty && !quiet,
        }
    }

    /// `error: ...` (always shown).
    pub fn error(&self, msg: &str) {
        eprintln!("{} {msg}", self.err.bad("error:"));
    }

    /// `warning: ...` (always shown).
    pub fn warn(&self, msg: &str) {
        eprintln!("{} {msg}", self.err.warn("warning:"));
    }

    /// `hint: ...` (not with `--quiet`).
    pub fn hint(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{} {msg}", self.err.style(CYAN, "hint:"));
        }
    }

    /// `note: ...` (not with `--quiet`).
    pub fn note(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{} {msg}", self.err.style(CYAN, "note:"));
        }
    }

    /// A summary or status line (not with `--quiet`).
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{msg}");
        }
    }

    /// A detail for `--verbose`.
    pub fn verbose(&self, msg: &str) {
        if self.verbose {
            eprintln!("{}", self.err.dim(msg));
        }
    }

    /// A progress bar of `len` steps, when bars may be drawn and the run is long enough to
    /// need one (`len` at least `min`).
    pub fn bar(&self, len: u64, min: u64, bytes: bool) -> Option<indicatif::ProgressBar> {
        if !self.progress || len < min {
            return None;
        }
        let pb = indicatif::ProgressBar::new(len);
        let template = if bytes {
            "{spinner} {elapsed:>4} {msg:8} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec}"
        } else {
            "{spinner} {elapsed:>4} {msg:8} [{wide_bar}] {pos}/{len}"
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            pb.set_style(style.progress_chars("=> "));
        }
        pb.enable_steady_tick(Duration::from_millis(200));
        Some(pb)
    }
}

/// A library [`polyfeed::progress::Progress`] drawn as one bar that restarts per phase.
#[derive(Debug)]
pub struct PhaseBar {
    bar: indicatif::ProgressBar,
}

impl PhaseBar {
    /// A bar when `ui` draws bars (the phases give the lengths).
    pub fn new(ui: &Ui) -> Option<std::sync::Arc<Self>> {
        ui.bar(1, 0, false)
            .map(|bar| std::sync::Arc::new(PhaseBar { bar }))
    }

    /// Clears the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl polyfeed::progress::Progress for PhaseBar {
    fn phase(&self, name: &'static str, total: u64, unit: polyfeed::progress::Unit) {
        let template = match unit {
            polyfeed::progress::Unit::Bytes => {
                "{spinner} {elapsed:>4} {msg:8} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec}"
            }
            polyfeed::progress::Unit::Count => {
                "{spinner} {elapsed:>4} {msg:8} [{wide_bar}] {pos}/{len}"
            }
        };
        // Position first: a redraw between two of these calls must not show the last
        // phase's count against this phase's length.
        self.bar.set_position(0);
        self.bar.set_length(total);
        self.bar.set_message(name);
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            self.bar.set_style(style.progress_chars("=> "));
        }
    }

    fn advance(&self, n: u64) {
        self.bar.inc(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn color_follows_flag_terminal_and_environment() {
        use ColorChoice::*;
        assert!(wants_color(Auto, true, env(&[])));
        assert!(!wants_color(Auto, false, env(&[])));
        // NO_COLOR: any non-empty value turns auto off; an empty one does not.
        assert!(!wants_color(Auto, true, env(&[("NO_COLOR", "1")])));
        assert!(wants_color(Auto, true, env(&[("NO_COLOR", "")])));
        assert!(!wants_color(Auto, true, env(&[("TERM", "dumb")])));
        // CLICOLOR_FORCE colours a pipe, but not against NO_COLOR, and `0` is off.
        assert!(wants_color(Auto, false, env(&[("CLICOLOR_FORCE", "1")])));
        assert!(!wants_color(Auto, false, env(&[("CLICOLOR_FORCE", "0")])));
        assert!(!wants_color(
            Auto,
            false,
            env(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")])
        ));
        // The flag wins over everything.
        assert!(wants_color(Always, false, env(&[("NO_COLOR", "1")])));
        assert!(!wants_color(Never, true, env(&[("CLICOLOR_FORCE", "1")])));
    }

    #[test]
    fn paint_is_plain_when_off() {
        let off = Paint::new(false);
        assert_eq!(off.finding(Severity::Error, "X"), "error[X]");
        let on = Paint::new(true);
        let s = on.finding(Severity::Warning, "X");
        assert!(s.contains("\x1b[") && s.contains("warning") && s.ends_with(']'));
    }
}
