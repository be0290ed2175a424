//! The site's pages over the shipped data (`exodus_core::pages`): every
//! record has a page in both languages with a distinct path, and the meta
//! descriptions and preview cards say who and what, within their limits.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use exodus_core::catalog::Catalog;
use exodus_core::explore::Tab;
use exodus_core::format::Lang;
use exodus_core::pages::{all, description, preview, preview_path, DESCRIPTION_MAX};
use exodus_core::url::{decode, page_path, UrlState};

fn record(tab: Tab, id: &str, lang: Lang) -> UrlState {
    let mut s = UrlState::new(tab);
    s.record = Some(id.into());
    s.lang = Some(lang);
    s
}

#[test]
fn every_record_and_view_has_one_page_per_language() {
    let cat = Catalog::new(common::shipped());
    let pages = all(&cat);
    let per_lang = 2 + cat.data.people.len() + cat.data.organisations.len() + 4;
    assert_eq!(pages.len(), 2 * per_lang);
    let paths: BTreeSet<String> = pages.iter().map(page_path).collect();
    assert_eq!(paths.len(), pages.len(), "two pages share a path");
    assert!(paths.contains("") && paths.contains("zh-Hant/"));
    // Each path reads back as its page.
    for page in &pages {
        let (decoded, issues) = decode(&page_path(page));
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(&decoded, page);
    }
}

#[test]
fn descriptions_say_who_left_when_and_where_and_what_a_company_is_worth() {
    let cat = Catalog::new(common::shipped());
    let ilya = description(&cat, &record(Tab::People, "ilya-sutskever", Lang::En));
    assert!(ilya.starts_with("Ilya Sutskever (left "), "{ilya}");
    assert!(ilya.contains("→ Safe Superintelligence"), "{ilya}");
    assert_eq!(
        ilya.matches("Safe Superintelligence").count(),
        1,
        "destinations once: {ilya}"
    );
    let anthropic = description(&cat, &record(Tab::Companies, "anthropic", Lang::Zh));
    assert!(
        anthropic.starts_with("Anthropic。共同創辦人："),
        "{anthropic}"
    );
    assert!(
        anthropic.contains("最新估值：") && anthropic.contains("，截至"),
        "{anthropic}"
    );
    for page in all(&cat) {
        let d = description(&cat, &page);
        assert!(!d.is_empty() && d.chars().count() <= DESCRIPTION_MAX, "{d}");
    }
}

#[test]
fn each_record_has_a_preview_card_in_english_and_a_path() {
    let cat = Catalog::new(common::shipped());
    let p = record(Tab::People, "jan-leike", Lang::Zh);
    let card = preview(&cat, &p).expect("a person's card");
    assert_eq!(card.name, "Jan Leike");
    assert!(
        card.lines.iter().any(|l| l.starts_with("Left OpenAI ")),
        "{card:?}"
    );
    assert_eq!(
        preview_path(&p).as_deref(),
        Some("previews/people/jan-leike.png")
    );
    let c =
        preview(&cat, &record(Tab::Companies, "anthropic", Lang::En)).expect("a company's card");
    assert!(
        c.lines.iter().any(|l| l.starts_with("Founded by ")),
        "{c:?}"
    );
    assert!(
        c.lines
            .iter()
            .any(|l| l.starts_with("Latest valuation ") && l.contains(" as of ")),
        "{c:?}"
    );
    assert_eq!(preview(&cat, &UrlState::new(Tab::People)), None);
}
