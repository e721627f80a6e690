//! The sample's feeds read back with other crates (rss, atom_syndication, serde_json): the
//! same items, the same ids in every format, the documented order.

use crate::util::{polyfeed, sample};
use std::fs;

#[test]
fn every_format_carries_the_same_items_and_ids() {
    let dir = sample();
    polyfeed(dir.path()).arg("build").assert().success();
    let public = dir.path().join("public");
    let index: serde_json::Value =
        serde_json::from_slice(&fs::read(public.join("feeds.json")).unwrap()).unwrap();
    let feeds = index.as_array().unwrap();
    assert_eq!(feeds.len(), 48);
    for lang in ["ru", "en", "hy", "kk"] {
        for section in ["", "news/", "secretariat/", "joint-staff/"] {
            let base = public.join(lang).join(section);
            let channel =
                rss::Channel::read_from(&fs::read(base.join("rss.xml")).unwrap()[..]).unwrap();
            let feed =
                atom_syndication::Feed::read_from(&fs::read(base.join("atom.xml")).unwrap()[..])
                    .unwrap();
            let json: serde_json::Value =
                serde_json::from_slice(&fs::read(base.join("feed.json")).unwrap()).unwrap();
            let rss_ids: Vec<String> = channel
                .items()
                .iter()
                .map(|i| {
                    let g = i.guid().unwrap();
                    assert!(!g.is_permalink());
                    g.value().to_string()
                })
                .collect();
            let atom_ids: Vec<String> = feed.entries().iter().map(|e| e.id().to_string()).collect();
            let json_ids: Vec<String> = json["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap().to_string())
                .collect();
            assert_eq!(rss_ids, atom_ids, "{lang}/{section}");
            assert_eq!(rss_ids, json_ids, "{lang}/{section}");
            assert!(!rss_ids.is_empty());
            assert!(
                rss_ids
                    .iter()
                    .all(|id| id.starts_with(&format!("tag:csto.example.org,2025:{lang}/")))
            );
            assert_eq!(channel.language(), Some(lang));
            assert_eq!(feed.lang.as_deref(), Some(lang));
            assert_eq!(json["language"], lang);
            assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
            let self_link = format!("https://csto.example.org/{lang}/{section}atom.xml");
            assert!(
                feed.links()
                    .iter()
                    .any(|l| l.rel() == "self" && l.href() == self_link)
            );
        }
    }
}

#[test]
fn items_are_newest_first_with_ties_by_id_descending() {
    let dir = sample();
    polyfeed(dir.path()).arg("build").assert().success();
    let channel =
        rss::Channel::read_from(&fs::read(dir.path().join("public/en/rss.xml")).unwrap()[..])
            .unwrap();
    let ids: Vec<&str> = channel
        .items()
        .iter()
        .map(|i| i.guid().unwrap().value())
        .collect();
    // Three items share the date-only 2025-12-05 (midnight, Moscow): ids descending.
    assert_eq!(
        ids,
        [
            "tag:csto.example.org,2025:en/10303",
            "tag:csto.example.org,2025:en/10302",
            "tag:csto.example.org,2025:en/10301",
            "tag:csto.example.org,2025:en/9876",
        ]
    );
    assert_eq!(
        channel.items()[0].pub_date(),
        Some("Fri, 05 Dec 2025 00:00:00 +0300")
    );
}

#[test]
fn translations_link_each_other_both_ways() {
    let dir = sample();
    polyfeed(dir.path()).arg("build").assert().success();
    let public = dir.path().join("public");
    let mut links = Vec::new();
    for lang in ["ru", "en", "hy", "kk"] {
        let feed = atom_syndication::Feed::read_from(
            &fs::read(public.join(lang).join("atom.xml")).unwrap()[..],
        )
        .unwrap();
        for e in feed.entries() {
            let own = e
                .links()
                .iter()
                .find(|l| l.hreflang() == Some(lang))
                .unwrap()
                .href()
                .to_string();
            for l in e
                .links()
                .iter()
                .filter(|l| l.rel() == "alternate" && l.hreflang() != Some(lang))
            {
                links.push((own.clone(), l.href().to_string()));
            }
        }
    }
    assert_eq!(links.len(), 4 * 4 * 3);
    for (a, b) in &links {
        assert!(
            links.contains(&(b.clone(), a.clone())),
            "{a} -> {b} is one-way"
        );
    }
}

#[test]
fn site_relative_links_in_content_are_resolved() {
    let dir = sample();
    polyfeed(dir.path()).arg("build").assert().success();
    let text = fs::read_to_string(dir.path().join("public/en/secretariat/feed.json")).unwrap();
    assert!(
        text.contains(r#"<img src=\"https://csto.example.org/media/2025/06/osce-side-event.jpg\""#)
    );
    assert!(!text.contains(r#"src=\"/media"#));
    let rss = fs::read_to_string(dir.path().join("public/ru/joint-staff/rss.xml")).unwrap();
    assert!(rss.contains("&lt;a href=\"https://csto.example.org/ru/joint-staff/\"&gt;"));
    // HTML entities XML lacks survive as HTML, escaped once more for XML.
    assert!(rss.contains("&amp;laquo;"));
}
