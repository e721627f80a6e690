//! The words of the per-language HTML page (`{lang}/index.html`, [`crate::generate::page`]):
//! its interface labels, the languages' own names and dates written out in words.
//!
//! A small built-in table covers ru, en, hy, kk, ar, he, fa, fr, de, es and zh. A tag is
//! looked up as written, then by its primary language subtag (`fr-CA` → `fr`); labels of a
//! language the table lacks are English, its name is its tag and its dates are ISO 8601
//! (`2025-12-05`). `site.toml` overrides any label per language (`[language.xx.labels]`,
//! keys: [`Label::key`]).
//!
//! Dates are Gregorian with Western digits in every language (CLDR's long date patterns
//! otherwise: `5 декабря 2025 г.`, `December 5, 2025`, `2025年12月5日`); the page also
//! carries each date in RFC 3339 (`<time datetime>`). Nothing here reads the clock.

use crate::model::Timestamp;
use crate::model::time::civil_from_days;
use std::collections::BTreeMap;

/// One label of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    /// Heading of the list of feeds.
    Feeds,
    /// The all-sections feed's section name.
    AllSections,
    /// Before a feed's format links.
    Subscribe,
    /// Before the feed URLs to copy.
    FeedAddress,
    /// Heading of the newest items.
    Latest,
    /// Heading of the links to the other languages' pages.
    OtherLanguages,
    /// Heading of the `<link rel="alternate">` snippet.
    ForTemplates,
    /// The sentence under that heading (plain text; `<head>` appears in it).
    ForTemplatesHelp,
    /// The link to the language's OPML subscription list.
    Opml,
    /// The language's own name, shown on the other languages' pages (default: the table's
    /// name, else the tag).
    LanguageName,
}

impl Label {
    /// Every label, in table order.
    pub const ALL: [Label; 10] = [
        Label::Feeds,
        Label::AllSections,
        Label::Subscribe,
        Label::FeedAddress,
        Label::Latest,
        Label::OtherLanguages,
        Label::ForTemplates,
        Label::ForTemplatesHelp,
        Label::Opml,
        Label::LanguageName,
    ];

    /// The key in `site.toml`'s `[language.xx.labels]`.
    pub fn key(self) -> &'static str {
        match self {
            Label::Feeds => "feeds",
            Label::AllSections => "all_sections",
            Label::Subscribe => "subscribe",
            Label::FeedAddress => "feed_address",
            Label::Latest => "latest",
            Label::OtherLanguages => "other_languages",
            Label::ForTemplates => "for_templates",
            Label::ForTemplatesHelp => "for_templates_help",
            Label::Opml => "opml",
            Label::LanguageName => "language_name",
        }
    }

    /// The label with this `site.toml` key.
    pub fn from_key(key: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// One language of the built-in table: the labels of [`Label::ALL`] but the last, the
/// language's own name, and the month names as its long dates use them.
struct Locale {
    tag: &'static str,
    labels: [&'static str; 9],
    name: &'static str,
    months: [&'static str; 12],
}

const TABLE: &[Locale] = &[
    Locale {
        tag: "en",
        labels: [
            "Feeds",
            "All sections",
            "Subscribe",
            "Feed address",
            "Latest",
            "Other languages",
            "For page templates",
            "Copy these tags into the <head> of the site's pages so that browsers and feed readers find the feeds.",
            "All feeds (OPML)",
        ],
        name: "English",
        months: [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    },
    Locale {
        tag: "ru",
        labels: [
            "Ленты",
            "Все разделы",
            "Подписаться",
            "Адрес ленты",
            "Последние материалы",
            "Другие языки",
            "Для шаблонов страниц",
            "Скопируйте эти теги в <head> страниц сайта, чтобы браузеры и программы для чтения лент находили ленты.",
            "Все ленты (OPML)",
        ],
        name: "Русский",
        months: [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
    },
    Locale {
        tag: "hy",
        labels: [
            "Լրահոսեր",
            "Բոլոր բաժինները",
            "Բաժանորդագրվել",
            "Լրահոսի հասցեն",
            "Վերջին նյութերը",
            "Այլ լեզուներ",
            "Էջերի ձևանմուշների համար",
            "Պատճենեք այս պիտակները կայքի էջերի <head> բաժին, որպեսզի դիտարկիչներն ու լրահոսի ընթերցիչները գտնեն լրահոսերը։",
            "Բոլոր լրահոսերը (OPML)",
        ],
        name: "Հայերեն",
        months: [
            "հունվարի",
            "փետրվարի",
            "մարտի",
            "ապրիլի",
            "մայիսի",
            "հունիսի",
            "հուլիսի",
            "օգոստոսի",
            "սեպտեմբերի",
            "հոկտեմբերի",
            "նոյեմբերի",
            "դեկտեմբերի",
        ],
    },
    Locale {
        tag: "kk",
        labels: [
            "Арналар",
            "Барлық бөлімдер",
            "Жазылу",
            "Арна мекенжайы",
            "Соңғы материалдар",
            "Басқа тілдер",
            "Бет үлгілері үшін",
            "Браузерлер мен арна оқу бағдарламалары арналарды табуы үшін осы тегтерді сайт беттерінің <head> бөліміне көшіріңіз.",
            "Барлық арналар (OPML)",
        ],
        name: "Қазақ тілі",
        months: [
            "қаңтар",
            "ақпан",
            "наурыз",
            "сәуір",
            "мамыр",
            "маусым",
            "шілде",
            "тамыз",
            "қыркүйек",
            "қазан",
            "қараша",
            "желтоқсан",
        ],
    },
    Locale {
        tag: "ar",
        labels: [
            "الخلاصات",
            "جميع الأقسام",
            "اشترك",
            "عنوان الخلاصة",
            "الأحدث",
            "لغات أخرى",
            "لقوالب الصفحات",
            "انسخ هذه الوسوم إلى <head> في صفحات الموقع لكي تعثر المتصفحات وقارئات الخلاصات على الخلاصات.",
            "جميع الخلاصات (OPML)",
        ],
        name: "العربية",
        months: [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ],
    },
    Locale {
        tag: "he",
        labels: [
            "פידים",
            "כל המדורים",
            "הרשמה",
            "כתובת הפיד",
            "האחרונים",
            "שפות נוספות",
            "לתבניות עמודים",
            "העתיקו את התגיות האלה אל ה-<head> של עמודי האתר כדי שדפדפנים וקוראי פידים ימצאו את הפידים.",
            "כל הפידים (OPML)",
        ],
        name: "עברית",
        months: [
            "בינואר",
            "בפברואר",
            "במרץ",
            "באפריל",
            "במאי",
            "ביוני",
            "ביולי",
            "באוגוסט",
            "בספטמבר",
            "באוקטובר",
            "בנובמבר",
            "בדצמבר",
        ],
    },
    Locale {
        tag: "fa",
        labels: [
            "خوراک‌ها",
            "همهٔ بخش‌ها",
            "اشتراک",
            "نشانی خوراک",
            "تازه‌ترین‌ها",
            "زبان‌های دیگر",
            "برای قالب صفحه‌ها",
            "این برچسب‌ها را در <head> صفحه‌های سایت کپی کنید تا مرورگرها و خوراک‌خوان‌ها خوراک‌ها را پیدا کنند.",
            "همهٔ خوراک‌ها (OPML)",
        ],
        name: "فارسی",
        months: [
            "ژانویه",
            "فوریه",
            "مارس",
            "آوریل",
            "مه",
            "ژوئن",
            "ژوئیه",
            "اوت",
            "سپتامبر",
            "اکتبر",
            "نوامبر",
            "دسامبر",
        ],
    },
    Locale {
        tag: "fr",
        labels: [
            "Flux",
            "Toutes les rubriques",
            "S’abonner",
            "Adresse du flux",
            "Derniers articles",
            "Autres langues",
            "Pour les modèles de page",
            "Copiez ces balises dans le <head> des pages du site pour que les navigateurs et les lecteurs de flux trouvent les flux.",
            "Tous les flux (OPML)",
        ],
        name: "Français",
        months: [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
    },
    Locale {
        tag: "de",
        labels: [
            "Feeds",
            "Alle Rubriken",
            "Abonnieren",
            "Feed-Adresse",
            "Neueste Beiträge",
            "Andere Sprachen",
            "Für Seitenvorlagen",
            "Kopieren Sie diese Tags in den <head> der Seiten, damit Browser und Feedreader die Feeds finden.",
            "Alle Feeds (OPML)",
        ],
        name: "Deutsch",
        months: [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
    },
    Locale {
        tag: "es",
        labels: [
            "Canales",
            "Todas las secciones",
            "Suscribirse",
            "Dirección del canal",
            "Lo más reciente",
            "Otros idiomas",
            "Para las plantillas de página",
            "Copie estas etiquetas en el <head> de las páginas del sitio para que los navegadores y los lectores de canales encuentren los canales.",
            "Todos los canales (OPML)",
        ],
        name: "Español",
        months: [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
    },
    Locale {
        tag: "zh",
        labels: [
            "订阅源",
            "全部栏目",
            "订阅",
            "订阅源地址",
            "最新内容",
            "其他语言",
            "供页面模板使用",
            "将这些标签复制到网站页面的 <head> 中，以便浏览器和阅读器发现订阅源。",
            "全部订阅源（OPML）",
        ],
        name: "中文",
        // Unused: Chinese dates are numeric.
        months: ["", "", "", "", "", "", "", "", "", "", "", ""],
    },
];

/// The table entry for a tag: as written (case-insensitive), else its primary subtag.
fn locale(tag: &str) -> Option<&'static Locale> {
    let primary = tag.split('-').next().unwrap_or(tag);
    TABLE
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(tag))
        .or_else(|| TABLE.iter().find(|l| l.tag.eq_ignore_ascii_case(primary)))
}

/// True when the built-in table has this language (as written or by its primary subtag).
pub fn has_locale(tag: &str) -> bool {
    locale(tag).is_some()
}

/// The page's words for one language: built-in table, `site.toml` overrides, fallbacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strings {
    tag: String,
    labels: Vec<String>,
}

impl Strings {
    /// The words for `tag`, with `overrides` (keys of [`Label::key`]; unknown keys are
    /// ignored here: `site.toml` rejects them) taking precedence.
    pub fn new(tag: &str, overrides: &BTreeMap<String, String>) -> Strings {
        let table = locale(tag);
        let english = &TABLE[0];
        let labels = Label::ALL
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if let Some(v) = overrides.get(l.key()) {
                    return v.clone();
                }
                match (l, table) {
                    (Label::LanguageName, Some(t)) => t.name.to_string(),
                    (Label::LanguageName, None) => tag.to_string(),
                    (_, Some(t)) => t.labels[i].to_string(),
                    (_, None) => english.labels[i].to_string(),
                }
            })
            .collect();
        Strings {
            tag: tag.to_string(),
            labels,
        }
    }

    /// One label.
    pub fn get(&self, label: Label) -> &str {
        &self.labels[label as usize]
    }

    /// A date (the instant's own offset: the day the item says) in this language's long
    /// form.
    pub fn date(&self, t: &Timestamp) -> String {
        format_date(&self.tag, t)
    }
}

/// A date in a language's long form: the calendar day of `t` in its own offset, Gregorian,
/// Western digits; ISO 8601 (`2025-12-05`) for languages the table lacks.
pub fn format_date(tag: &str, t: &Timestamp) -> String {
    let local = t.unix + i64::from(t.offset);
    let (y, m, d) = civil_from_days(local.div_euclid(86_400));
    let Some(l) = locale(tag) else {
        return format!("{y:04}-{m:02}-{d:02}");
    };
    let month = l.months[m as usize - 1];
    match l.tag {
        "en" => format!("{month} {d}, {y}"),
        "ru" => format!("{d} {month} {y}\u{a0}г."),
        "hy" => format!("{d} {month}, {y}\u{a0}թ."),
        "kk" => format!("{y}\u{a0}ж. {d} {month}"),
        "de" => format!("{d}. {month} {y}"),
        "es" => format!("{d} de {month} de {y}"),
        "zh" => format!("{y}年{m}月{d}日"),
        // ar, he, fa, fr: day, month, year.
        _ => format!("{d} {month} {y}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rfc3339_day: (i64, u32, u32), offset: i32) -> Timestamp {
        let days = crate::model::time::days_from_civil(rfc3339_day.0, rfc3339_day.1, rfc3339_day.2);
        Timestamp {
            unix: days * 86_400 - i64::from(offset),
            nanos: 0,
            offset,
        }
    }

    #[test]
    fn dates_per_language() {
        let t = at((2025, 12, 5), 3 * 3600);
        let cases = [
            ("en", "December 5, 2025"),
            ("ru", "5 декабря 2025\u{a0}г."),
            ("hy", "5 դեկտեմբերի, 2025\u{a0}թ."),
            ("kk", "2025\u{a0}ж. 5 желтоқсан"),
            ("de", "5. Dezember 2025"),
            ("fr-CA", "5 décembre 2025"),
            ("es", "5 de diciembre de 2025"),
            ("zh-Hans", "2025年12月5日"),
            ("he", "5 בדצמבר 2025"),
            ("sw", "2025-12-05"),
        ];
        for (tag, want) in cases {
            assert_eq!(format_date(tag, &t), want, "{tag}");
        }
    }

    #[test]
    fn the_day_is_the_items_own_day() {
        // 00:30 on 5 December in Moscow is still 4 December in UTC: the page says the 5th.
        let t = at((2025, 12, 5), 3 * 3600);
        let t = Timestamp {
            unix: t.unix + 1800,
            ..t
        };
        assert_eq!(format_date("en", &t), "December 5, 2025");
        assert_eq!(
            format_date("en", &Timestamp { offset: 0, ..t }),
            "December 4, 2025"
        );
    }

    #[test]
    fn labels_fall_back_and_can_be_overridden() {
        let none = BTreeMap::new();
        assert_eq!(Strings::new("hy", &none).get(Label::Feeds), "Լրահոսեր");
        assert_eq!(Strings::new("pt-BR", &none).get(Label::Feeds), "Feeds");
        assert_eq!(
            Strings::new("pt-BR", &none).get(Label::LanguageName),
            "pt-BR"
        );
        assert_eq!(
            Strings::new("kk", &none).get(Label::LanguageName),
            "Қазақ тілі"
        );
        let mut o = BTreeMap::new();
        o.insert("feeds".to_string(), "Our feeds".to_string());
        let s = Strings::new("en", &o);
        assert_eq!(s.get(Label::Feeds), "Our feeds");
        assert_eq!(s.get(Label::Latest), "Latest");
        for l in Label::ALL {
            assert_eq!(Label::from_key(l.key()), Some(l));
        }
    }

    #[test]
    fn every_table_entry_is_complete() {
        for l in TABLE {
            assert!(l.labels.iter().all(|s| !s.trim().is_empty()), "{}", l.tag);
            assert!(!l.name.is_empty());
            if l.tag != "zh" {
                assert!(l.months.iter().all(|m| !m.is_empty()), "{}", l.tag);
            }
        }
    }
}
