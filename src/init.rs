//! `polyfeed init`: a new site that builds at once.
//!
//! [`scaffold`] computes the files of a new site (nothing on disk): `feeds/site.toml` with one
//! `[language.xx]` table per chosen language, and `feeds/items/{lang}.jsonl` with two example
//! items per language (one per section, linked across languages by `translation_key`).
//! [`write()`] writes them, refusing to replace an existing file unless asked to.
//!
//! The example texts are written in the language itself for the languages in [`LOCALISED`];
//! any other valid tag gets short English placeholders, short enough (under 40 letters per
//! item: [`crate::script::MIN_UNITS`]) that the script check (`UntranslatedItem`) never
//! mistakes them for an untranslated item in, say, a Japanese feed. Right-to-left languages get `direction = "rtl"` written out,
//! so the setting is visible in the file. Dates are fixed (no clock is read): the same
//! options always give the same bytes.

use crate::error::{Error, Result};
use crate::fsio;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What [`scaffold`] needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitOptions {
    /// Language tags (BCP 47), in site order; the first is the default language.
    /// Default (in the CLI): `en`.
    pub languages: Vec<String>,
    /// The site's base URL (absolute http(s)); each language's feeds live under
    /// `{base_url}{lang}/`. Default (in the CLI): `https://example.org/`.
    pub base_url: String,
}

/// One file of a new site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaffoldFile {
    /// Path relative to the site's folder, `/`-separated (`feeds/site.toml`).
    pub path: String,
    /// Contents (UTF-8).
    pub contents: String,
}

/// What [`write()`] did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InitReport {
    /// Files created or replaced, in scaffold order.
    pub written: Vec<PathBuf>,
}

/// The languages with example texts of their own (others get English placeholders).
pub const LOCALISED: &[&str] = &["ar", "de", "en", "es", "fr", "ru", "uk"];

/// The site's two sections (folder names).
const SECTIONS: [&str; 2] = ["news", "events"];

/// The texts of one language.
struct Texts {
    title: &'static str,
    description: &'static str,
    /// Section titles, in [`SECTIONS`] order.
    sections: [&'static str; 2],
    /// Per example item: title, summary, body paragraph (`content_html`: a JSON Feed item
    /// needs content).
    items: [[&'static str; 3]; 2],
}

fn texts(primary: &str) -> Texts {
    match primary {
        "en" => Texts {
            title: "Example News",
            description: "News of an example site, made by polyfeed init",
            sections: ["News", "Events"],
            items: [
                [
                    "Welcome to our news feed",
                    "This is the first example item. Replace it with your own news.",
                    "Edit the items in feeds/items/ and the site in feeds/site.toml, then run \
                     polyfeed build again.",
                ],
                [
                    "Our first event",
                    "An example item in the events section.",
                    "Each section gets feeds of its own, and the language feed lists every \
                     section.",
                ],
            ],
        },
        "ru" => Texts {
            title: "Пример новостей",
            description: "Новости примера сайта, созданного polyfeed init",
            sections: ["Новости", "События"],
            items: [
                [
                    "Добро пожаловать в нашу ленту новостей",
                    "Это первая новость-пример. Замените её своими новостями.",
                    "Отредактируйте новости в папке feeds/items/ и настройки сайта в \
                     feeds/site.toml, затем снова запустите polyfeed build.",
                ],
                [
                    "Наше первое событие",
                    "Пример новости в разделе событий.",
                    "У каждого раздела свои ленты, а лента языка содержит все разделы.",
                ],
            ],
        },
        "uk" => Texts {
            title: "Приклад новин",
            description: "Новини прикладу сайту, створеного polyfeed init",
            sections: ["Новини", "Події"],
            items: [
                [
                    "Ласкаво просимо до нашої стрічки новин",
                    "Це перша новина-приклад. Замініть її своїми новинами.",
                    "Відредагуйте новини в теці feeds/items/ і налаштування сайту у \
                     feeds/site.toml, потім знову запустіть polyfeed build.",
                ],
                [
                    "Наша перша подія",
                    "Приклад новини в розділі подій.",
                    "Кожен розділ має власні стрічки, а стрічка мови містить усі розділи.",
                ],
            ],
        },
        "de" => Texts {
            title: "Beispielnachrichten",
            description: "Nachrichten einer Beispielseite, erstellt mit polyfeed init",
            sections: ["Nachrichten", "Veranstaltungen"],
            items: [
                [
                    "Willkommen in unserem Newsfeed",
                    "Dies ist die erste Beispielmeldung. Ersetzen Sie sie durch Ihre eigenen \
                     Nachrichten.",
                    "Bearbeiten Sie die Meldungen in feeds/items/ und die Website in \
                     feeds/site.toml und führen Sie dann polyfeed build erneut aus.",
                ],
                [
                    "Unsere erste Veranstaltung",
                    "Eine Beispielmeldung in der Rubrik Veranstaltungen.",
                    "Jede Rubrik erhält eigene Feeds, und der Feed der Sprache enthält alle \
                     Rubriken.",
                ],
            ],
        },
        "fr" => Texts {
            title: "Actualités d’exemple",
            description: "Les actualités d’un site d’exemple créé par polyfeed init",
            sections: ["Actualités", "Événements"],
            items: [
                [
                    "Bienvenue dans notre fil d’actualités",
                    "Voici le premier article d’exemple. Remplacez-le par vos propres \
                     actualités.",
                    "Modifiez les articles dans feeds/items/ et le site dans feeds/site.toml, \
                     puis relancez polyfeed build.",
                ],
                [
                    "Notre premier événement",
                    "Un article d’exemple dans la rubrique des événements.",
                    "Chaque rubrique a ses propres flux, et le flux de la langue les réunit \
                     toutes.",
                ],
            ],
        },
        "es" => Texts {
            title: "Noticias de ejemplo",
            description: "Noticias de un sitio de ejemplo creado con polyfeed init",
            sections: ["Noticias", "Eventos"],
            items: [
                [
                    "Bienvenidos a nuestro canal de noticias",
                    "Esta es la primera noticia de ejemplo. Sustitúyala por sus propias \
                     noticias.",
                    "Edite las noticias en feeds/items/ y el sitio en feeds/site.toml, y vuelva \
                     a ejecutar polyfeed build.",
                ],
                [
                    "Nuestro primer evento",
                    "Una noticia de ejemplo en la sección de eventos.",
                    "Cada sección tiene sus propios canales, y el canal del idioma reúne todas \
                     las secciones.",
                ],
            ],
        },
        "ar" => Texts {
            title: "أخبار تجريبية",
            description: "أخبار موقع تجريبي أنشأه polyfeed init",
            sections: ["الأخبار", "الفعاليات"],
            items: [
                [
                    "مرحبا بكم في موجز أخبارنا",
                    "هذا هو الخبر التجريبي الأول. استبدله بأخبارك الخاصة.",
                    "عدّل الأخبار في المجلد feeds/items/ وإعدادات الموقع في feeds/site.toml ثم \
                     شغّل polyfeed build من جديد.",
                ],
                [
                    "فعاليتنا الأولى",
                    "خبر تجريبي في قسم الفعاليات.",
                    "لكل قسم موجزاته الخاصة، وموجز اللغة يضم جميع الأقسام.",
                ],
            ],
        },
        _ => Texts {
            title: "Example News",
            description: "An example site made by polyfeed init",
            sections: ["News", "Events"],
            // Under 40 letters per item (title, summary and body together): see the
            // module documentation.
            items: [
                ["Example", "Your text here.", "Your text here."],
                ["Event", "Your text here.", "Your text here."],
            ],
        },
    }
}

/// Fixed publication times of the two example items (no clock is read).
const PUBLISHED: [&str; 2] = ["2025-01-15T09:00:00Z", "2025-01-20T14:30:00Z"];
/// Stable keys shared by the language versions of each example item.
const KEYS: [&str; 2] = ["welcome", "first-event"];

/// Checks the options and computes the files of a new site. Language tags are checked
/// against BCP 47 and the IANA registry and written in canonical case; a tag given twice,
/// an empty list or a base URL that is not an absolute http(s) URL is an `Error::Usage`
/// naming the value.
pub fn scaffold(opts: &InitOptions) -> Result<Vec<ScaffoldFile>> {
    if opts.languages.is_empty() {
        return Err(Error::Usage(
            "no language given: list at least one BCP 47 tag (`en`, `ru,en`)".into(),
        ));
    }
    let mut tags: Vec<String> = Vec::new();
    for raw in &opts.languages {
        let tag = crate::lang::check_tag(raw.trim()).map_err(Error::Usage)?;
        if tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
            return Err(Error::Usage(format!("language `{tag}` is listed twice")));
        }
        tags.push(tag);
    }
    let base = base_url(&opts.base_url)?;
    let mut files = vec![ScaffoldFile {
        path: "feeds/site.toml".into(),
        contents: site_toml(&tags, &base),
    }];
    for tag in &tags {
        files.push(ScaffoldFile {
            path: format!("feeds/items/{tag}.jsonl"),
            contents: items_jsonl(tag, &format!("{base}{tag}/")),
        });
    }
    Ok(files)
}

/// The base URL, checked, with a trailing `/`.
fn base_url(s: &str) -> Result<String> {
    let bad = |why: &str| {
        Error::Usage(format!(
            "base URL `{s}` {why} (write it like `https://example.org/` or \
             `https://example.org/feeds/`)"
        ))
    };
    let u = url::Url::parse(s).map_err(|e| bad(&format!("is not a URL: {e}")))?;
    if !matches!(u.scheme(), "http" | "https") || u.host().is_none() {
        return Err(bad("is not an absolute http(s) URL"));
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(bad("must not have a query or a fragment"));
    }
    let mut out = u.to_string();
    if !out.ends_with('/') {
        out.push('/');
    }
    Ok(out)
}

/// The primary language subtag, lowercased (`pt-BR` → `pt`).
fn primary(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_ascii_lowercase()
}

fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn site_toml(tags: &[String], base: &str) -> String {
    let mut t = String::new();
    t.push_str(
        "# A new polyfeed site, made by `polyfeed init`. Build it with `polyfeed build` (feeds go\n\
         # to public/), check the items with `polyfeed check`. Every key is described in the\n\
         # README (\"Site configuration\") and in schemas/site.schema.json.\n\n",
    );
    t.push_str("# IANA timezone in which dates without an offset are read.\n");
    t.push_str("timezone = \"UTC\"\n");
    t.push_str("# Items per feed (the newest ones).\nmax_items = 50\n");
    let list = |v: &mut dyn Iterator<Item = String>| v.collect::<Vec<_>>().join(", ");
    let _ = writeln!(
        t,
        "# BCP 47 tags; the first is the default language.\nlanguages = [{}]",
        list(&mut tags.iter().map(|s| quote(s)))
    );
    let _ = writeln!(
        t,
        "# Section names (folder names: a-z, 0-9, `-`, `_`).\nsections = [{}]",
        list(&mut SECTIONS.iter().map(|s| quote(s)))
    );
    t.push_str("formats = [\"rss\", \"atom\", \"json\"]\n");
    t.push_str(
        "# The authority and date of the items' tag-URI ids: set it once, before the first\n\
         # publish, and never change it (a new value gives every item a new id). Default: the\n\
         # host of the default language's base_url, and 2000.\n\
         # id_authority = \"example.org,2025\"\n",
    );
    for tag in tags {
        let tx = texts(&primary(tag));
        t.push('\n');
        // Tags are letters, digits and `-`: bare TOML keys.
        let _ = writeln!(t, "[language.{tag}]");
        let _ = writeln!(t, "base_url = {}", quote(&format!("{base}{tag}/")));
        let _ = writeln!(t, "title = {}", quote(tx.title));
        let _ = writeln!(t, "description = {}", quote(tx.description));
        if crate::lang::is_rtl(tag) {
            t.push_str("direction = \"rtl\"\n");
        }
        let _ = writeln!(t, "\n[language.{tag}.section_titles]");
        for (s, title) in SECTIONS.iter().zip(tx.sections) {
            let _ = writeln!(t, "{s} = {}", quote(title));
        }
    }
    t
}

fn items_jsonl(tag: &str, lang_base: &str) -> String {
    let tx = texts(&primary(tag));
    let mut out = String::new();
    for (i, [title, summary, body]) in tx.items.iter().enumerate() {
        let mut item = serde_json::Map::new();
        let mut put = |k: &str, v: serde_json::Value| {
            item.insert(k.into(), v);
        };
        put("id", (i + 1).to_string().into());
        put("lang", tag.into());
        put("section", SECTIONS[i].into());
        put("title", (*title).into());
        put("summary", (*summary).into());
        put("content_html", format!("<p>{body}</p>").into());
        put(
            "url",
            format!("{lang_base}{}/{}/", SECTIONS[i], KEYS[i]).into(),
        );
        put("published", PUBLISHED[i].into());
        put("translation_key", KEYS[i].into());
        out.push_str(&serde_json::Value::Object(item).to_string());
        out.push('\n');
    }
    out
}

/// Writes a scaffold below `dir` (created when missing). Unless `force`, nothing is written
/// when any of the files exists (`Error::Exists` lists them); each file is written
/// atomically.
pub fn write(dir: &Path, files: &[ScaffoldFile], force: bool) -> Result<InitReport> {
    // `feeds/site.toml` rather than `./feeds/site.toml` in messages.
    let dir = if dir == Path::new(".") {
        Path::new("")
    } else {
        dir
    };
    let targets: Vec<PathBuf> = files
        .iter()
        .map(|f| f.path.split('/').fold(dir.to_path_buf(), |p, c| p.join(c)))
        .collect();
    if !force {
        let existing: Vec<PathBuf> = targets
            .iter()
            .filter(|p| p.symlink_metadata().is_ok())
            .cloned()
            .collect();
        if !existing.is_empty() {
            return Err(Error::Exists(existing));
        }
    }
    let mut report = InitReport::default();
    for (f, path) in files.iter().zip(targets) {
        fsio::write_if_changed(&path, f.contents.as_bytes())?;
        report.written.push(path);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(langs: &[&str]) -> InitOptions {
        InitOptions {
            languages: langs.iter().map(|s| s.to_string()).collect(),
            base_url: "https://example.org".into(),
        }
    }

    #[test]
    fn tags_are_checked_and_canonical() {
        let files = scaffold(&opts(&["EN-us", "ar"])).unwrap();
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "feeds/site.toml",
                "feeds/items/en-US.jsonl",
                "feeds/items/ar.jsonl"
            ]
        );
        let toml = &files[0].contents;
        assert!(toml.contains("languages = [\"en-US\", \"ar\"]"), "{toml}");
        assert!(toml.contains("base_url = \"https://example.org/ar/\""));
        // Only the right-to-left language has its direction written out.
        assert_eq!(toml.matches("direction = \"rtl\"").count(), 1);
        assert!(files[1].contents.contains("Welcome to our news feed"));
        assert!(files[2].contents.contains("مرحبا"));
        for bad in [&["en_US"][..], &["xx-zz-qq"], &["en", "EN"], &[]] {
            assert!(
                matches!(scaffold(&opts(bad)), Err(Error::Usage(_))),
                "{bad:?}"
            );
        }
        let mut o = opts(&["en"]);
        o.base_url = "ftp://example.org/".into();
        let e = scaffold(&o).unwrap_err().to_string();
        assert!(
            e.contains("ftp://example.org/") && e.contains("http"),
            "{e}"
        );
    }

    #[test]
    fn scaffold_is_deterministic_and_parses() {
        let a = scaffold(&opts(&["ru", "en", "ja"])).unwrap();
        assert_eq!(a, scaffold(&opts(&["ru", "en", "ja"])).unwrap());
        crate::site::Site::parse(&a[0].contents, Path::new("site.toml")).unwrap();
        for f in &a[1..] {
            for line in f.contents.lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                assert!(
                    v["url"]
                        .as_str()
                        .unwrap()
                        .starts_with("https://example.org/")
                );
            }
        }
    }
}
