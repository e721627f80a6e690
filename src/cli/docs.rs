//! `polyfeed completions SHELL` and `polyfeed man`: generated from the clap definition
//! (clap_complete, clap_mangen), so they always match the flags.

use super::output::Out;
use super::ui::Ui;
use super::{ExitStatus, plural};
use clap::Args;
use clap_complete::Shell;
use polyfeed::{Error, Result};
use std::path::PathBuf;

pub const COMPLETIONS_HELP: &str = "\
Examples:
  polyfeed completions bash > ~/.local/share/bash-completion/completions/polyfeed
  polyfeed completions zsh > ~/.zfunc/_polyfeed     (with `fpath+=~/.zfunc` before compinit)
  polyfeed completions fish > ~/.config/fish/completions/polyfeed.fish
  polyfeed completions powershell >> $PROFILE
  polyfeed completions elvish >> ~/.config/elvish/rc.elv

The script completes commands, flags and the values of enumerated flags (--format...).";

pub const MAN_HELP: &str = "\
Examples:
  polyfeed man | man -l -                     read polyfeed(1) now
  polyfeed man build | man -l -               the page of one command, polyfeed-build(1)
  polyfeed man --out ~/.local/share/man/man1  install every page (then `man polyfeed-build`)
  sudo polyfeed man --out /usr/local/share/man/man1

Pages: polyfeed(1) (global options and the list of commands) and one page per command,
polyfeed-COMMAND(1), with every flag, its default and the command's examples.";

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write polyfeed.1 and polyfeed-COMMAND.1 for every command into DIR (created when
    /// missing) instead of printing one page.
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    out: Option<PathBuf>,
    /// The command whose page to print (default: polyfeed(1), the overview).
    #[arg(value_name = "COMMAND")]
    command: Option<String>,
}

/// Prints a completion script on stdout.
pub fn completions(a: CompletionsArgs, out: &mut Out) -> Result<ExitStatus> {
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut super::command(), "polyfeed", &mut buf);
    out.bytes(&buf);
    Ok(ExitStatus::Success)
}

/// Every page: (file name, roff). The overview first, then the commands in definition
/// order (`help` has no page: it only prints the others' help).
fn pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = super::command();
    // Propagates the global flags and gives subcommands their display names
    // (`polyfeed-build`) and bin names (`polyfeed build`).
    cmd.build();
    let mut pages = Vec::new();
    let mut render = |c: clap::Command| -> Result<()> {
        let man = clap_mangen::Man::new(c);
        let mut roff = Vec::new();
        man.render(&mut roff)
            .map_err(|e| Error::io("cannot render", "the manual page", e))?;
        pages.push((man.get_filename(), roff));
        Ok(())
    };
    render(cmd.clone())?;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        render(sub.clone())?;
    }
    Ok(pages)
}

/// Prints one page, or writes them all to a folder.
pub fn man(a: ManArgs, out: &mut Out, ui: &Ui) -> Result<ExitStatus> {
    let pages = pages()?;
    let Some(dir) = a.out else {
        let want = match &a.command {
            None => "polyfeed.1".to_string(),
            Some(c) => format!("polyfeed-{c}.1"),
        };
        let Some((_, roff)) = pages.iter().find(|(name, _)| *name == want) else {
            let names: Vec<&str> = pages[1..]
                .iter()
                .filter_map(|(n, _)| n.strip_prefix("polyfeed-")?.strip_suffix(".1"))
                .collect();
            return Err(Error::Usage(format!(
                "`{}` is not a polyfeed command (commands: {})",
                a.command.unwrap_or_default(),
                names.join(", ")
            )));
        };
        out.bytes(roff);
        return Ok(ExitStatus::Success);
    };
    for (name, roff) in &pages {
        let path = dir.join(name);
        polyfeed::fsio::write_if_changed(&path, roff)?;
        ui.verbose(&format!("wrote {}", path.display()));
    }
    ui.status(&format!(
        "wrote {} manual page{} to {}",
        pages.len(),
        plural(pages.len()),
        dir.display()
    ));
    Ok(ExitStatus::Success)
}
