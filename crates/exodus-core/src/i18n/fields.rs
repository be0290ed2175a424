//! Claim fields as words in both languages (the data names them in English
//! snake case).

use crate::format::Lang;

/// Claim fields in Chinese (the data names them in English snake case).
pub(super) const FIELDS_ZH: &[(&str, &str)] = &[
    ("age_at_departures", "離職時年齡"),
    ("career", "經歷"),
    ("cofounder", "共同創辦人"),
    ("criticism", "批評"),
    ("criticism_format", "批評方式"),
    ("current_title", "現任職稱"),
    ("departures_count", "離職人數"),
    ("destination", "去向"),
    ("destination_role", "新職位"),
    ("filing", "訴訟文件"),
    ("founded_company", "創辦的公司"),
    ("founders", "創辦人"),
    ("founders_remaining", "仍留任的創始成員"),
    ("founding_reason", "創業原因"),
    ("founding_team_size", "創始團隊人數"),
    ("joined_circumstances", "加入經過"),
    ("joined_date", "加入日期"),
    ("lead_investor", "領投方"),
    ("leave", "休假"),
    ("left", "離開"),
    ("left_date", "離職日期"),
    ("openai_role", "在 OpenAI 的角色"),
    ("openai_title", "在 OpenAI 的職稱"),
    ("original_founders", "最初的創始成員"),
    ("page_count", "頁數"),
    ("planned_date", "預定日期"),
    ("quote", "引述"),
    ("reaction", "反應"),
    ("reason", "原因"),
    ("relationship", "關係"),
    ("research", "研究"),
    ("role_after_may_2024", "2024年5月後的角色"),
    ("role_order", "職位順序"),
    ("spinouts_count", "衍生公司數量"),
    ("stated_reason", "公開說明的原因"),
    ("status", "狀態"),
    ("tenure", "任期"),
    ("timing", "時間點"),
    ("valuation", "估值"),
];

/// A claim's field as words: `openai_title` -> "OpenAI title" / "在 OpenAI
/// 的職稱". A field the table does not know is shown as English words.
/// Field names are ASCII; ASCII case mapping avoids Unicode case tables.
pub fn field_label(field: &str, lang: Lang) -> String {
    if lang == Lang::Zh {
        if let Some((_, zh)) = FIELDS_ZH.iter().find(|(f, _)| *f == field) {
            return (*zh).to_owned();
        }
    }
    let mut words = field.replace('_', " ").replace("openai", "OpenAI");
    if let Some(first) = words.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    words
}

/// Whether a claim field has a Chinese name (for the catalog test).
pub fn field_has_zh(field: &str) -> bool {
    FIELDS_ZH.iter().any(|(f, _)| *f == field)
}
