//! What a person meets: `--help` with examples, completions and man pages generated from the
//! CLI definition, `init` → `check` → `build` → `validate --strict`, colours only where they
//! belong, `--quiet` and `--verbose`.

use crate::util::{output, polyfeed, sample};
use std::fs;
use std::path::Path;

/// The subcommands `polyfeed --help` lists (without `help`).
fn commands() -> Vec<String> {
    let a = polyfeed(Path::new(".")).arg("--help").assert().success();
    let (help, _) = output(&a);
    let list = help
        .split("Commands:")
        .nth(1)
        .expect("a Commands: section")
        .split("\n\n")
        .next()
        .unwrap();
    let names: Vec<String> = list
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| *n != "help")
        .map(String::from)
        .collect();
    for expected in [
        "check",
        "build",
        "validate",
        "diff",
        "ping",
        "explain",
        "init",
        "completions",
        "man",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    names
}

/// The long flags a command's `--help` documents (its options, before the examples).
fn flags_of(help: &str) -> Vec<String> {
    let options = help.split("Examples:").next().unwrap();
    let mut flags: Vec<String> = options
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .map(String::from)
        .collect();
    flags.sort();
    flags.dedup();
    flags
}

#[test]
fn every_command_has_help_with_examples() {
    let a = polyfeed(Path::new(".")).arg("--help").assert().success();
    assert!(output(&a).0.contains("Examples:"));
    for c in commands() {
        let a = polyfeed(Path::new("."))
            .args([&c, "--help"])
            .assert()
            .success();
        let (help, _) = output(&a);
        let examples = help
            .split("Examples:")
            .nth(1)
            .unwrap_or_else(|| panic!("`polyfeed {c} --help` has no Examples:\n{help}"));
        assert!(
            examples.contains(&format!("polyfeed {c}")),
            "{c}: the examples run the command"
        );
        // The global flags are there too.
        for g in ["--color", "--quiet", "--verbose"] {
            assert!(help.contains(g), "{c} --help lacks {g}");
        }
    }
}

#[test]
fn completions_know_every_command() {
    let commands = commands();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let a = polyfeed(Path::new("."))
            .args(["completions", shell])
            .assert()
            .success();
        let (script, _) = output(&a);
        for c in &commands {
            assert!(script.contains(c.as_str()), "{shell}: no `{c}`");
        }
        // Flags complete too (fish writes `-l strict`), and in bash, zsh and fish the
        // values of enumerated flags.
        for word in ["strict", "base-url", "lang"] {
            let (flag, fish) = (format!("--{word}"), format!("-l {word}"));
            assert!(
                script.contains(&flag) || script.contains(&fish),
                "{shell}: no `{word}`"
            );
        }
        if ["bash", "zsh", "fish"].contains(&shell) {
            assert!(script.contains("sarif"), "{shell}: no `sarif`");
        }
    }
    polyfeed(Path::new("."))
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn man_pages_have_every_flag() {
    let roff_text = |b: &[u8]| String::from_utf8_lossy(b).replace("\\-", "-");
    let a = polyfeed(Path::new(".")).arg("man").assert().success();
    let (top, _) = output(&a);
    assert!(
        top.starts_with(".ie") || top.contains(".TH polyfeed 1"),
        "{top}"
    );
    let top = roff_text(top.as_bytes());
    for c in commands() {
        assert!(
            top.contains(&format!("polyfeed-{c}(1)")),
            "overview lists {c}"
        );
        let a = polyfeed(Path::new("."))
            .args([&c, "--help"])
            .assert()
            .success();
        let flags = flags_of(&output(&a).0);
        assert!(flags.iter().any(|f| f == "--help"), "{c}: {flags:?}");
        let a = polyfeed(Path::new("."))
            .args(["man", &c])
            .assert()
            .success();
        let page = roff_text(&a.get_output().stdout);
        assert!(page.contains(&format!(".TH polyfeed-{c} 1")), "{c}: {page}");
        for f in &flags {
            assert!(page.contains(f.as_str()), "man polyfeed-{c} lacks {f}");
        }
        assert!(
            page.contains("Examples:"),
            "{c}: the page keeps the examples"
        );
    }
    // --out writes the same pages, one file per command.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    polyfeed(dir.path())
        .args(["man", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(
        fs::read(out.join("polyfeed-build.1")).unwrap(),
        polyfeed(Path::new("."))
            .args(["man", "build"])
            .assert()
            .get_output()
            .stdout
    );
    let files = fs::read_dir(&out).unwrap().count();
    assert_eq!(files, commands().len() + 1);
    let a = polyfeed(Path::new("."))
        .args(["man", "nosuch"])
        .assert()
        .code(2);
    assert!(output(&a).1.contains("`nosuch` is not a polyfeed command"));
}

/// `init` with these languages, then the whole first-steps path: zero findings everywhere.
#[track_caller]
fn first_steps(langs: &str) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let a = polyfeed(dir.path())
        .args(["init", "site", "--lang", langs])
        .assert()
        .success();
    assert!(
        output(&a).1.contains("cd site && polyfeed build"),
        "{langs}"
    );
    let n_langs = langs.split(',').count();
    let a = polyfeed(&site)
        .args(["check", "--now", "2026-01-01T00:00:00Z"])
        .assert()
        .success();
    let (stdout, stderr) = output(&a);
    assert_eq!(stdout, "", "{langs}: no finding");
    assert_eq!(
        stderr,
        format!(
            "checked {} items in {n_langs} file{}: 0 errors, 0 warnings\n",
            2 * n_langs,
            if n_langs == 1 { "" } else { "s" }
        )
    );
    let a = polyfeed(&site).arg("build").assert().success();
    assert_eq!(output(&a).0, "", "{langs}: the self-check found nothing");
    let a = polyfeed(&site)
        .args(["validate", "--strict", "--format", "json", "public"])
        .assert()
        .success();
    let (stdout, _) = output(&a);
    let mut feeds = 0;
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["diagnostics"], serde_json::json!([]), "{langs}: {line}");
        feeds += 1;
    }
    // 2 sections + all, 3 formats, per language; plus the whole-site report.
    assert_eq!(feeds, n_langs * 9 + 1, "{langs}");
}

#[test]
fn init_builds_at_once_with_zero_findings() {
    first_steps("en");
    first_steps("ru,en");
    // Right to left, and a language with examples of its own next to two without.
    first_steps("ar,fr,uk");
    // Fallback placeholders in a language written in another script (no UntranslatedItem),
    // and a region subtag that still finds the German texts.
    first_steps("ja,de-CH,es,hy");
}

#[test]
fn init_writes_localised_files_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    polyfeed(dir.path())
        .args([
            "init",
            "--lang",
            "ru,EN,ar",
            "--base-url",
            "https://news.example",
        ])
        .assert()
        .success();
    let toml = fs::read_to_string(dir.path().join("feeds/site.toml")).unwrap();
    assert!(
        toml.contains("languages = [\"ru\", \"en\", \"ar\"]"),
        "{toml}"
    );
    assert!(toml.contains("base_url = \"https://news.example/ar/\""));
    assert!(toml.contains("[language.ar]") && toml.contains("direction = \"rtl\""));
    assert_eq!(toml.matches("direction").count(), 1, "only ar has one");
    let ru = fs::read_to_string(dir.path().join("feeds/items/ru.jsonl")).unwrap();
    assert!(ru.contains("Добро пожаловать"), "{ru}");
    // A second init changes nothing and says which files are in the way.
    fs::write(dir.path().join("feeds/site.toml"), "# mine\n").unwrap();
    let a = polyfeed(dir.path())
        .args(["init", "--lang", "ru"])
        .assert()
        .code(2);
    let (_, stderr) = output(&a);
    assert!(
        stderr.contains("feeds/site.toml")
            && stderr.contains("nothing was written")
            && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("feeds/site.toml")).unwrap(),
        "# mine\n"
    );
    polyfeed(dir.path())
        .args(["init", "--lang", "ru", "--force"])
        .assert()
        .success();
    assert!(
        fs::read_to_string(dir.path().join("feeds/site.toml"))
            .unwrap()
            .contains("languages = [\"ru\"]")
    );
    // Bad tags and URLs: exit 2, the value named, nothing written.
    let empty = tempfile::tempdir().unwrap();
    for (args, says) in [
        (&["--lang", "en_US"][..], "`en_US`"),
        (&["--lang", "en,xq"], "`xq`"),
        (&["--lang", "en,EN"], "listed twice"),
        (&["--base-url", "ftp://example.org/"], "ftp://example.org/"),
        (&["--base-url", "example.org"], "example.org"),
    ] {
        let a = polyfeed(empty.path())
            .arg("init")
            .args(args)
            .assert()
            .code(2);
        assert!(output(&a).1.contains(says), "{args:?}: {}", output(&a).1);
    }
    assert_eq!(fs::read_dir(empty.path()).unwrap().count(), 0);
}

/// A feed with an error (a bad date) and a warning, for the report formats.
const BAD_FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>T</title><link>https://example.org/</link>
<description>D</description>
<item><title>A</title><link>https://example.org/a</link><pubDate>yesterday</pubDate></item>
</channel></rss>
"#;

fn has_escape(s: &[u8]) -> bool {
    s.contains(&0x1b)
}

#[test]
fn colour_only_on_request_and_only_in_human_formats() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bad.xml"), BAD_FEED).unwrap();
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = polyfeed(dir.path());
        c.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            c.env(k, v);
        }
        let a = c.args(args).assert().code(1);
        let o = a.get_output();
        (o.stdout.clone(), o.stderr.clone())
    };
    // Piped, default: no colour anywhere (tests run with stdout and stderr piped).
    for format in ["text", "concise", "json", "sarif", "github"] {
        let (o, e) = run(&["validate", "--format", format, "bad.xml"], &[]);
        assert!(!has_escape(&o) && !has_escape(&e), "{format}");
    }
    // --color always: the human formats are coloured, the machine formats never.
    for format in ["text", "concise"] {
        let (o, _) = run(
            &[
                "--color", "always", "validate", "--format", format, "bad.xml",
            ],
            &[],
        );
        assert!(has_escape(&o), "{format}");
        let plain = String::from_utf8_lossy(&o).into_owned();
        assert!(plain.contains("\x1b[1m\x1b[31merror\x1b[0m"), "{plain}");
    }
    for format in ["json", "sarif", "github"] {
        let (o, _) = run(
            &["validate", "--color=always", "--format", format, "bad.xml"],
            &[],
        );
        assert!(!has_escape(&o), "{format}");
    }
    // CLICOLOR_FORCE colours a pipe; NO_COLOR beats it; --color never beats both.
    let concise = ["validate", "--format", "concise", "bad.xml"];
    assert!(has_escape(&run(&concise, &[("CLICOLOR_FORCE", "1")]).0));
    assert!(!has_escape(
        &run(&concise, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).0
    ));
    let never = [
        "--color", "never", "validate", "--format", "concise", "bad.xml",
    ];
    assert!(!has_escape(&run(&never, &[("CLICOLOR_FORCE", "1")]).0));
    // An empty NO_COLOR does not count (no-color.org), so --color always is not needed.
    assert!(has_escape(
        &run(&concise, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")]).0
    ));
    // The flag is validated.
    polyfeed(dir.path())
        .args(["--color", "sometimes", "explain", "InvalidLanguage"])
        .assert()
        .code(2);
}

#[test]
fn piped_runs_have_no_escape_codes_nor_progress() {
    // A build, a check with findings, a folder validation and a diff, all piped, with the
    // environment of a CI job (no NO_COLOR): nothing but text on either stream.
    let dir = sample();
    let items = dir.path().join("feeds/items");
    let steps: Vec<Vec<&str>> = vec![
        vec!["build"],
        vec!["build", "--verbose"],
        vec!["validate", "public"],
        vec!["validate", "--verbose", "--format", "concise", "public"],
        vec!["diff", "public", "public"],
        vec!["check", "--now", "2025-12-07T00:00:00Z"],
        vec!["explain", "DuplicateItemId"],
    ];
    for (i, step) in steps.iter().enumerate() {
        if i == 5 {
            // A duplicate item: the check has something to report.
            let first = fs::read_to_string(items.join("en.jsonl")).unwrap();
            let line = first.lines().next().unwrap().to_string();
            fs::write(items.join("dup.jsonl"), format!("{line}\n")).unwrap();
        }
        let a = polyfeed(dir.path())
            .env_remove("NO_COLOR")
            .args(step)
            .assert();
        let o = a.get_output();
        assert!(
            !has_escape(&o.stdout) && !has_escape(&o.stderr),
            "{step:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            !o.stderr.contains(&b'\r'),
            "{step:?}: a progress bar redraws with CR"
        );
    }
}

#[test]
fn quiet_and_verbose() {
    let dir = sample();
    let a = polyfeed(dir.path())
        .args(["build", "--quiet"])
        .assert()
        .success();
    assert_eq!(output(&a), (String::new(), String::new()));
    // The global flag goes before the command too.
    let a = polyfeed(dir.path())
        .args(["-q", "validate", "public"])
        .assert()
        .success();
    assert_eq!(output(&a).1, "");
    // validate's own -q keeps working where it always was.
    let a = polyfeed(dir.path())
        .args(["validate", "-q", "public"])
        .assert()
        .success();
    assert_eq!(output(&a).1, "");
    let a = polyfeed(dir.path())
        .args(["build", "--verbose", "--out", "public2"])
        .assert()
        .success();
    let (_, stderr) = output(&a);
    for expected in [
        "site feeds/site.toml: 4 languages, 3 sections",
        "items feeds/items/en.jsonl (",
        "timing: select: ",
        "timing: write: ",
        "wrote public2/en/rss.xml",
        "built 48 feed files",
    ] {
        assert!(stderr.contains(expected), "{expected}: {stderr}");
    }
    let a = polyfeed(dir.path())
        .args(["validate", "-v", "public/en/rss.xml"])
        .assert()
        .success();
    assert!(
        output(&a)
            .1
            .contains("public/en/rss.xml: rss2.0 UTF-8, 0 errors, 0 warnings"),
        "{}",
        output(&a).1
    );
    // Errors are shown even with --quiet: they say why the exit status is 2.
    let a = polyfeed(dir.path())
        .args(["check", "-q", "--site", "nowhere/site.toml"])
        .assert()
        .code(2);
    let (_, stderr) = output(&a);
    assert!(
        stderr.starts_with("error: cannot read nowhere/site.toml"),
        "{stderr}"
    );
    assert!(!stderr.contains("hint:"), "{stderr}");
    polyfeed(dir.path())
        .args(["build", "-q", "-v"])
        .assert()
        .code(2);
}

#[test]
fn errors_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    // The first thing a new user meets: no site yet.
    let a = polyfeed(dir.path()).arg("build").assert().code(2);
    let (_, stderr) = output(&a);
    assert!(
        stderr.starts_with("error: cannot read feeds/site.toml: "),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint:") && stderr.contains("polyfeed init"),
        "{stderr}"
    );
    let a = polyfeed(dir.path())
        .args(["explain", "InvalidRFC2822Dat"])
        .assert()
        .code(2);
    let (_, stderr) = output(&a);
    assert!(
        stderr.contains("did you mean `InvalidRFC2822Date`?"),
        "{stderr}"
    );
}

#[test]
fn every_code_is_explained() {
    let a = polyfeed(Path::new("."))
        .args(["explain", "--list"])
        .assert()
        .success();
    let (list, _) = output(&a);
    let codes: Vec<&str> = list
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(codes.len() > 300, "{}", codes.len());
    for code in codes {
        let a = polyfeed(Path::new("."))
            .args(["explain", code])
            .assert()
            .success();
        let (text, _) = output(&a);
        let mut parts = text.split("\n\n");
        assert!(parts.next().unwrap().starts_with(code));
        let summary = parts.next().unwrap_or_default();
        let explanation = parts.next().unwrap_or_default();
        assert!(
            !summary.trim().is_empty() && !explanation.trim().is_empty(),
            "{code}: {text}"
        );
    }
}
