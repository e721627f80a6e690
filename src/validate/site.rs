//! Whole-site checks: `polyfeed validate` on a folder also checks the feeds as a set (a
//! build's output, or a downloaded copy of any site's feeds).
//!
//! - every feed has its own self link (`DuplicateSelfLink`), and no two feeds of the same
//!   format share a feed id (`DuplicateFeedId`; the RSS, Atom and JSON Feed versions of one
//!   feed may share theirs);
//! - language alternates (but `x-default`) are reciprocal (`OneWayHreflang`: F lists G as its `xx` version, G
//!   does not list F back) and right (`HreflangMismatch`: the `hreflang` F gives G is not the
//!   language G declares). Alternates pointing outside the folder are not judged;
//! - an item keeps its id across the feeds of its language: the same item (same link) under
//!   two ids is `InconsistentItemId`; one id on two different items is `SharedItemId`.
//!
//! Each finding is reported once, on the first file (in path order), and names the other
//! file. Feeds are matched by self link; an item by its link.

use crate::diagnostic::{Code, Diagnostic};
use crate::diff::read::Snapshot;
use std::collections::{BTreeMap, HashMap};

/// What the site checks need of one feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFeed {
    /// The file, as shown in reports.
    pub file: String,
    /// Its format name (`rss2.0`, `atom1.0`, `jsonfeed1.1`).
    pub format: String,
    /// Its self link.
    pub self_link: Option<String>,
    /// Its feed id.
    pub id: Option<String>,
    /// Its declared language (primary subtag compared case-insensitively).
    pub language: Option<String>,
    /// Other languages' versions: (`hreflang`, URL).
    pub alternates: Vec<(String, String)>,
    /// Items: (key, link).
    pub items: Vec<(String, Option<String>)>,
}

impl SiteFeed {
    /// The site view of a feed read by [`crate::diff::read`].
    pub fn of(file: String, snap: Snapshot) -> Self {
        SiteFeed {
            file,
            format: snap.format,
            self_link: snap.self_link,
            id: snap.id,
            language: snap.language,
            alternates: snap.alternates,
            items: snap.items.into_iter().map(|i| (i.key, i.link)).collect(),
        }
    }

    /// The format family: the three versions of one feed are one feed.
    fn family(&self) -> &str {
        self.format
            .split(|c: char| c.is_ascii_digit())
            .next()
            .unwrap_or(&self.format)
    }
}

fn finding(code: Code, file: &str, other: &str, message: String) -> Diagnostic {
    let mut d = Diagnostic::new(code, message);
    d.extra.push(("file", file.to_string()));
    d.extra.push(("other_file", other.to_string()));
    d
}

fn same_lang(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Checks a set of feeds; findings are in file order.
pub fn check_site(feeds: &[SiteFeed]) -> Vec<Diagnostic> {
    let mut order: Vec<&SiteFeed> = feeds.iter().collect();
    order.sort_by(|a, b| a.file.cmp(&b.file));
    let mut out = Vec::new();

    // Self links and feed ids.
    let mut by_self: BTreeMap<&str, &SiteFeed> = BTreeMap::new();
    let mut by_id: HashMap<(&str, &str), &SiteFeed> = HashMap::new();
    for f in &order {
        if let Some(s) = f.self_link.as_deref() {
            if let Some(first) = by_self.get(s) {
                out.push(finding(
                    Code::DuplicateSelfLink,
                    &first.file,
                    &f.file,
                    format!(
                        "`{}` and `{}` both say they are {s}: readers subscribed to one get the other",
                        first.file, f.file
                    ),
                ));
            } else {
                by_self.insert(s, f);
            }
        }
        if let Some(id) = f.id.as_deref() {
            match by_id.get(&(f.family(), id)) {
                Some(first) => out.push(finding(
                    Code::DuplicateFeedId,
                    &first.file,
                    &f.file,
                    format!(
                        "`{}` and `{}` share the feed id {id}: readers take them for one feed",
                        first.file, f.file
                    ),
                )),
                None => {
                    by_id.insert((f.family(), id), f);
                }
            }
        }
    }

    // Language alternates: reciprocal and right.
    for f in &order {
        let (Some(me), Some(my_lang)) = (f.self_link.as_deref(), f.language.as_deref()) else {
            continue;
        };
        for (lang, url) in &f.alternates {
            // `x-default` names the version for everyone else: no language, no way back.
            if lang == "x-default" {
                continue;
            }
            let Some(g) = by_self.get(url.as_str()) else {
                continue;
            };
            if let Some(g_lang) = g.language.as_deref()
                && !same_lang(lang, g_lang)
            {
                out.push(finding(
                    Code::HreflangMismatch,
                    &f.file,
                    &g.file,
                    format!(
                        "`{}` lists `{}` as its `{lang}` version, but that feed declares `{g_lang}`",
                        f.file, g.file
                    ),
                ));
                continue;
            }
            // A link back with the wrong hreflang is that feed's `HreflangMismatch`, not a
            // second finding here.
            let back = g.alternates.iter().any(|(_, u)| u == me);
            if !back {
                out.push(finding(
                    Code::OneWayHreflang,
                    &f.file,
                    &g.file,
                    format!(
                        "`{}` lists `{}` as its `{lang}` version, but that feed does not list `{}` back as its `{my_lang}` version",
                        f.file, g.file, f.file
                    ),
                ));
            }
        }
    }

    // Item ids across the feeds of one language (and format family).
    type Group<'a> = (&'a str, &'a str);
    let mut by_link: HashMap<(Group<'_>, &str), (&str, &SiteFeed)> = HashMap::new();
    let mut by_key: HashMap<(Group<'_>, &str), (&str, &SiteFeed)> = HashMap::new();
    for f in &order {
        let group = (f.language.as_deref().unwrap_or(""), f.family());
        for (key, link) in &f.items {
            let Some(link) = link.as_deref() else {
                continue;
            };
            match by_link.get(&(group, link)) {
                Some(&(k0, f0)) if k0 != key && f0.file != f.file => {
                    out.push(finding(
                        Code::InconsistentItemId,
                        &f0.file,
                        &f.file,
                        format!(
                            "the item {link} is `{k0}` in `{}` but `{key}` in `{}`: readers of both feeds see it twice",
                            f0.file, f.file
                        ),
                    ));
                }
                Some(_) => {}
                None => {
                    by_link.insert((group, link), (key, f));
                }
            }
            match by_key.get(&(group, key.as_str())) {
                Some(&(l0, f0)) if l0 != link && f0.file != f.file => {
                    out.push(finding(
                        Code::SharedItemId,
                        &f0.file,
                        &f.file,
                        format!(
                            "the id `{key}` is {l0} in `{}` but {link} in `{}`: readers keep only one of the two items",
                            f0.file, f.file
                        ),
                    ));
                }
                Some(_) => {}
                None => {
                    by_key.insert((group, key.as_str()), (link, f));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(
        file: &str,
        lang: &str,
        alternates: &[(&str, &str)],
        items: &[(&str, &str)],
    ) -> SiteFeed {
        SiteFeed {
            file: file.into(),
            format: "atom1.0".into(),
            self_link: Some(format!("https://ex.org/{file}")),
            id: Some(format!("tag:ex.org,2025:{file}")),
            language: Some(lang.into()),
            alternates: alternates
                .iter()
                .map(|(l, f)| (l.to_string(), format!("https://ex.org/{f}")))
                .collect(),
            items: items
                .iter()
                .map(|(k, l)| (k.to_string(), Some(format!("https://ex.org/{l}"))))
                .collect(),
        }
    }

    fn codes(feeds: &[SiteFeed]) -> Vec<&'static str> {
        check_site(feeds).iter().map(|d| d.code.name()).collect()
    }

    #[test]
    fn a_consistent_site_passes() {
        let site = [
            feed(
                "en/atom.xml",
                "en",
                &[("ru", "ru/atom.xml")],
                &[("e1", "en/1"), ("e2", "en/2")],
            ),
            feed(
                "en/news/atom.xml",
                "en",
                &[("ru", "ru/news/atom.xml")],
                &[("e1", "en/1")],
            ),
            feed(
                "ru/atom.xml",
                "ru",
                &[("en", "en/atom.xml")],
                &[("r1", "ru/1")],
            ),
            feed(
                "ru/news/atom.xml",
                "ru",
                &[("en", "en/news/atom.xml")],
                &[("r1", "ru/1")],
            ),
        ];
        assert!(codes(&site).is_empty(), "{:?}", check_site(&site));
    }

    #[test]
    fn each_planted_problem_once() {
        let mut dup_self = feed("ru/atom.xml", "ru", &[], &[]);
        dup_self.file = "ru/copy.xml".into();
        dup_self.id = Some("tag:ex.org,2025:other".into());
        let site = [
            // one-way: en lists ru, ru lists nobody
            feed(
                "en/atom.xml",
                "en",
                &[("ru", "ru/atom.xml"), ("hy", "hy/atom.xml")],
                &[("e1", "en/1"), ("e2", "en/2")],
            ),
            // the section feed calls en/1 e9: inconsistent; and e2 names another item: shared
            feed(
                "en/news/atom.xml",
                "en",
                &[],
                &[("e9", "en/1"), ("e2", "en/3")],
            ),
            feed("ru/atom.xml", "ru", &[], &[]),
            // declares kk while en calls it hy
            feed("hy/atom.xml", "kk", &[("en", "en/atom.xml")], &[]),
            dup_self,
        ];
        let mut got = codes(&site);
        got.sort_unstable();
        assert_eq!(
            got,
            [
                "DuplicateSelfLink",
                "HreflangMismatch",
                "InconsistentItemId",
                "OneWayHreflang",
                "SharedItemId"
            ]
        );
        let d = &check_site(&site)[0];
        assert!(d.extra.iter().any(|(k, _)| *k == "other_file"));
    }
}
