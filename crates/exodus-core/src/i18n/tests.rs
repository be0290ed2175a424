//! Tests of the message catalog: no empty text, Chinese in Chinese, the same placeholders.

use super::fields::FIELDS_ZH;
use super::*;

fn has_cjk(s: &str) -> bool {
    s.chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c))
}

#[test]
fn every_message_has_both_texts() {
    assert_eq!(EN.len(), M::ALL.len());
    assert_eq!(ZH.len(), M::ALL.len());
    for &m in M::ALL {
        let (en, zh) = (m.t(Lang::En), m.t(Lang::Zh));
        assert!(!en.trim().is_empty(), "{m:?} has no English text");
        assert!(!zh.trim().is_empty(), "{m:?} has no Chinese text");
        assert_eq!(
            en.matches("{}").count(),
            zh.matches("{}").count(),
            "{m:?}: placeholders differ between “{en}” and “{zh}”"
        );
    }
}

#[test]
fn chinese_texts_are_chinese() {
    // Texts that are only punctuation or a product name may be shared.
    let shared = [
        M::BandLabel,
        M::TitleSuffix,
        M::ListSeparator,
        M::NameSeparator,
        M::Colon,
        M::Period,
        M::OfTotal,
        M::Period2,
        M::Quoted,
        M::DateRange,
    ];
    for &m in M::ALL {
        let zh = m.t(Lang::Zh);
        if shared.contains(&m) {
            continue;
        }
        assert!(has_cjk(zh), "{m:?}: “{zh}” is not Chinese");
        assert_ne!(zh, m.t(Lang::En), "{m:?} is not translated");
    }
}

#[test]
fn placeholders_fill_in_order() {
    assert_eq!(M::OfTotal.fill(Lang::En, &["3", "11"]), "3 of 11");
    assert_eq!(M::OfTotal.fill(Lang::Zh, &["3", "11"]), "3／11");
    assert_eq!(fill("{} and {}", &["a"]), "a and ");
    assert_eq!(fill("none", &["a"]), "none");
    assert_eq!(around("{} people"), ("", " people"));
    assert_eq!(around("本資料集中有 {} 人"), ("本資料集中有 ", " 人"));
}

#[test]
fn claim_fields_in_both_languages() {
    assert_eq!(field_label("openai_title", Lang::En), "OpenAI title");
    assert_eq!(field_label("openai_title", Lang::Zh), "在 OpenAI 的職稱");
    assert_eq!(field_label("not_a_field", Lang::Zh), "Not a field");
    let mut keys: Vec<&str> = FIELDS_ZH.iter().map(|(f, _)| *f).collect();
    let n = keys.len();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), n, "a field is listed twice");
}
