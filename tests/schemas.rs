//! `schemas/*.json` are generated from the Rust types; these tests fail when they are
//! stale. Run with `UPDATE_SCHEMAS=1` to rewrite them.

use crate::util::root;

#[track_caller]
fn check(file: &str, generated: String) {
    let path = root().join("schemas").join(file);
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    if on_disk != generated {
        let diff = similar_lines(&on_disk, &generated);
        panic!(
            "{file} is stale; run `UPDATE_SCHEMAS=1 cargo test schemas` to regenerate it\n{diff}"
        );
    }
}

fn similar_lines(a: &str, b: &str) -> String {
    a.lines()
        .zip(b.lines())
        .enumerate()
        .find(|(_, (x, y))| x != y)
        .map(|(i, (x, y))| format!("first difference at line {}:\n- {x}\n+ {y}", i + 1))
        .unwrap_or_else(|| "the files differ in length".into())
}

#[test]
fn item_schema_is_current() {
    check("item.schema.json", polyfeed::input::wire::item_schema());
}

#[test]
fn site_schema_is_current() {
    check("site.schema.json", polyfeed::site::site_schema());
}

#[test]
fn item_schema_lists_the_parser_fields() {
    let schema: serde_json::Value =
        serde_json::from_str(&polyfeed::input::wire::item_schema()).unwrap();
    let props: Vec<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut fields = polyfeed::input::FIELDS.to_vec();
    let mut props_sorted = props.clone();
    fields.sort();
    props_sorted.sort();
    assert_eq!(props_sorted, fields);
    let mut required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    required.sort();
    let mut expected = polyfeed::input::REQUIRED.to_vec();
    expected.sort();
    assert_eq!(required, expected);
}

#[test]
fn the_bench_site_config_is_accepted() {
    // The file `shared/bench/gen_items.py --site-out` writes, reproduced in shape.
    let text = r#"
timezone = "Europe/Moscow"
max_items = 50
default_language = "ru"
languages = ["ru", "ar"]
sections = ["news", "joint-staff"]
formats = ["rss", "atom", "json"]

[language.ru]
base_url = "https://bulletin.example.org/ru/"
title = "Вестник"
description = "Новости"
direction = "ltr"

[language.ru.section_titles]
"news" = "Новости"
"joint-staff" = "Объединённый штаб"

[language.ar]
base_url = "https://bulletin.example.org/ar/"
title = "نشرة"
description = "أخبار"
direction = "rtl"

[language.ar.section_titles]
"news" = "أخبار"
"joint-staff" = "هيئة الأركان المشتركة"
"#;
    let site = polyfeed::site::Site::parse(text, std::path::Path::new("site.toml")).unwrap();
    assert_eq!(site.languages.len(), 2);
    assert_eq!(site.tags.authority, "bulletin.example.org");
}
