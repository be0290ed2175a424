//! The methods page: how the dataset is made and how the app counts, in both
//! languages, side by side like the message catalog.
//!
//! The text describes rules that the validator and the catalog enforce
//! (statuses, precision, disputes, totals); when one of those rules changes,
//! its paragraph here changes with it.

use crate::format::Lang;
use crate::svg::esc;

/// The file a build publishes the text in, relative to the app, one per
/// language. The app loads it when it shows the page: the text is content,
/// not code, so it is not compiled into the app.
pub fn file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "methods.en.html",
        Lang::Zh => "methods.zh-Hant.html",
    }
}

/// The sections as HTML, as the prerendered page holds them and as the
/// published [`file`] does: a `<section>` each, labelled by its `<h2>`.
pub fn html(lang: Lang) -> String {
    let mut out = String::new();
    for s in SECTIONS {
        out.push_str(&format!(
            "<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2>",
            esc(s.heading(lang)),
            id = s.id
        ));
        for p in s.paragraphs(lang) {
            out.push_str(&format!("<p>{}</p>", esc(p)));
        }
        out.push_str("</section>");
    }
    out
}

/// One section of the methods page.
pub struct Section {
    /// Fragment id, so a section can be linked (`#methods-totals`).
    pub id: &'static str,
    pub heading: (&'static str, &'static str),
    /// Paragraphs as (English, Chinese).
    pub paragraphs: &'static [(&'static str, &'static str)],
}

impl Section {
    pub fn heading(&self, lang: Lang) -> &'static str {
        pick(self.heading, lang)
    }

    pub fn paragraphs(&self, lang: Lang) -> impl Iterator<Item = &'static str> + '_ {
        self.paragraphs.iter().map(move |&p| pick(p, lang))
    }
}

fn pick(pair: (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::En => pair.0,
        Lang::Zh => pair.1,
    }
}

/// The sections in reading order.
pub const SECTIONS: &[Section] = &[
    Section {
        id: "methods-sources",
        heading: ("Where the data comes from", "資料從何而來"),
        paragraphs: &[
            (
                "The starting point is a Traditional Chinese article by 新火種AI published on 數英 DIGITALING in August 2024. Every person, company, figure and event it names is a record here, and each of its assertions is a claim that cites it. The article forbids reprinting, so it is cited and never reproduced: at most a short phrase is quoted per claim.",
                "起點是新火種AI於2024年8月刊於數英 DIGITALING 的一篇繁體中文文章。文中提到的每位人物、每家公司、每個數字與事件都在此建檔，文中每項說法都記為引用該文的一則說法。該文禁止轉載，因此只引用、不轉載：每則說法最多引用一小段文字。",
            ),
            (
                "Each claim of the article is checked against other public reporting, and departures, returns, companies, funding rounds and valuations reported after it are added from public reporting at the same standard. Every record lists the pages it relies on.",
                "文章的每項說法都以其他公開報導查核；文章之後才出現的離職、回任、新公司、募資與估值，也以同樣標準依公開報導補入。每筆紀錄都列出所依據的頁面。",
            ),
            (
                "Each source is marked by who published it: a primary source (the person's own post, a company announcement, a court filing, a paper by its authors), a news outlet, or a copy of another outlet's story. A copy is shown under the name of the outlet it copies, with the copy's site beside it, and is replaced by the original wherever the original page could be found. Sites known to publish fabricated or wrong facts are not used.",
                "每個來源都標明發布者：第一手來源（當事人自己的貼文、公司公告、法院文件、作者發表的論文）、新聞媒體，或轉載其他媒體報導的副本。副本以原始媒體的名稱顯示，並在旁註明副本所在網站；凡能找到原始頁面者，即改引原始報導。已知刊登捏造或錯誤內容的網站一概不採用。",
            ),
        ],
    },
    Section {
        id: "methods-departures",
        heading: ("What counts as a departure", "何謂離職"),
        paragraphs: &[
            (
                "A departure is a person who was part of OpenAI (a founder, executive, researcher or other staff) and left, resigned or was fired, on the record of at least one source cited on their page. Someone who left twice is one person with two departures; someone who came back is shown as returned, with both moves on the timeline.",
                "離職指曾是OpenAI一員（創辦人、高階主管、研究員或其他員工），且經其頁面所列至少一個來源紀錄其離開、辭職或遭解僱的人。離開兩次的人算一人、兩次離職；回任者標示為「已回任」，兩次異動都列在時間軸上。",
            ),
            (
                "A person's current status is the last status change on their record: left, fired, on leave, returned, or still at OpenAI. Where no status is recorded, the card says so rather than guessing.",
                "一個人目前的狀態取其紀錄中最後一次狀態變動：已離職、遭解僱、休假中、已回任或仍在OpenAI。若未記錄任何狀態，卡片會如實註明，而不加推測。",
            ),
        ],
    },
    Section {
        id: "methods-spinouts",
        heading: ("What counts as a spinout", "何謂衍生公司"),
        paragraphs: &[
            (
                "A spinout is an organisation founded or co-founded by at least one person who had left OpenAI: companies, but also funds and non-profits. Organisations people joined without any ex-OpenAI founder (Google, Meta) are destinations, shown in the flow but not counted as spinouts.",
                "衍生公司指至少有一位已離開OpenAI的人參與創辦的組織：包括公司，也包括基金與非營利組織。沒有前OpenAI成員參與創辦、只是有人加入的組織（如Google、Meta）屬於「去向」，會出現在流向圖中，但不算衍生公司。",
            ),
            (
                "Valuations are the figures the sources report, each with its as-of date, its kind (post-money, reported, in talks, target, assets under management) and its support status. Talks, targets and assets under management are never shown as a company's latest valuation.",
                "估值是來源報導的數字，每筆都註明截至日期、類型（投後估值、報導估值、洽談中、目標、管理資產）與查證狀態。洽談中、目標與管理資產的數字，一律不作為公司的最新估值。",
            ),
        ],
    },
    Section {
        id: "methods-statuses",
        heading: ("What the statuses mean", "查證狀態的意義"),
        paragraphs: &[
            (
                "Confirmed: two or more independent outlets agree, or an authoritative primary source says it. Two copies of one story count as one source.",
                "已證實：兩家以上彼此獨立的媒體說法一致，或有權威的第一手來源證實。同一篇報導的兩份副本只算一個來源。",
            ),
            (
                "Single source: only one outlet was found. Conflicting: sources disagree, and the claim names the claims it conflicts with. Unverified: nothing was found beyond the article itself; the app labels these and never shows them as fact.",
                "單一來源：只找到一家媒體。說法不一：來源之間互相矛盾，該說法會列出與之衝突的其他說法。未證實：除原文外找不到其他佐證；App 會加以標示，絕不當作事實呈現。",
            ),
        ],
    },
    Section {
        id: "methods-dates",
        heading: ("Dates and their precision", "日期與精確度"),
        paragraphs: &[
            (
                "A date is recorded only as precisely as the sources give it: a year (2020), a month (May 2024) or a day (14 May 2024), marked \"about\" where a source says about, early or late. The app never shows a date more precisely than it is known; charts draw a year- or month-precise date across its whole period.",
                "日期只記錄到來源所提供的精確度：年（2020年）、月（2024年5月）或日（2024年5月14日）；來源寫「大約」、「初」或「底」時標為「約」。App 顯示的日期絕不比已知的更精確；圖表將只知年份或月份的日期畫成整段期間。",
            ),
        ],
    },
    Section {
        id: "methods-disputes",
        heading: ("When sources disagree", "來源說法不一時"),
        paragraphs: &[
            (
                "Nothing is overwritten when a new source disagrees. Each version becomes its own claim with its sources, both are marked conflicting and each names the other, and a record's page shows them side by side under \"What the sources say\". A card or a chart that needs one value uses the record's own date or figure; the record's page lists the competing claims with their sources.",
                "新來源與既有說法不符時，不覆寫任何內容。每種說法各自成為一則附有來源的說法，兩者都標為「說法不一」並互相指明；紀錄頁在「各來源怎麼說」下並列呈現。卡片或圖表需要單一數值時，採用紀錄本身的日期或數字；紀錄頁則列出互相衝突的說法及其來源。",
            ),
        ],
    },
    Section {
        id: "methods-totals",
        heading: ("How totals are counted", "總數如何計算"),
        paragraphs: &[
            (
                "Departures: people with at least one departure (left, left again or fired) or whose current status is left, each person counted once. Spinouts: organisations recorded as spinouts. Founders remaining: the eleven original founders of the Financial Times' August 2024 count whose current status is at OpenAI, returned or on leave.",
                "離職人數：至少有一次離職（離開、再度離開或遭解僱）或目前狀態為已離職的人，每人只計一次。衍生公司：登記為衍生公司的組織。仍在職的創辦人：以英國《金融時報》2024年8月統計的11位最初創辦人為準，目前狀態為仍在OpenAI、已回任或休假中者。",
            ),
            (
                "The combined valuation adds each spinout's latest valuation in US dollars, leaving out unverified figures and assets under management, and shows the range of as-of dates it spans: it is a sum of figures from different dates, not a market value at one moment. Where the article's headline figures differ from these counts, both are shown.",
                "合計估值為各衍生公司以美元計的最新估值之和，不含未證實的數字與管理資產，並標示所涵蓋的截至日期範圍：這是不同日期數字的加總，而非某一時點的市值。文章的標題數字與這些計數不同時，兩者並列。",
            ),
        ],
    },
    Section {
        id: "methods-gaps",
        heading: ("Known gaps", "已知缺口"),
        paragraphs: &[
            (
                "The dataset covers people whose move was publicly reported; many departures of less visible staff are not. Many dates are known only to the month or the year. Valuations of private companies are reported figures, not audited ones. Some sources are copies whose original page could not be found; they are marked as copies.",
                "本資料集只涵蓋離職消息曾公開報導的人，許多較少曝光的員工離職並未收錄。許多日期只知道月份或年份。私人公司的估值是報導數字，並非經審計的數字。部分來源是找不到原始頁面的副本，均已標為副本。",
            ),
            (
                "Names are not translated: a Chinese name is shown only where the article itself writes one. Text that exists only in English is marked as such on Chinese pages.",
                "人名不翻譯：只有原文本身寫出中文名字時才顯示中文名。僅有英文的內容在中文頁面上會加以標示。",
            ),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_written_in_both_languages() {
        assert!(SECTIONS.len() >= 8);
        for s in SECTIONS {
            assert!(s.id.starts_with("methods-"), "{}", s.id);
            assert!(!s.paragraphs.is_empty(), "{} has no text", s.id);
            let pairs = std::iter::once(s.heading).chain(s.paragraphs.iter().copied());
            for (en, zh) in pairs {
                assert!(!en.trim().is_empty() && !zh.trim().is_empty(), "{}", s.id);
                assert_ne!(en, zh, "{}: untranslated text", s.id);
                assert!(
                    zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{}: Chinese text has no Chinese: {zh}",
                    s.id
                );
            }
        }
    }

    #[test]
    fn section_ids_are_unique() {
        let mut ids: Vec<&str> = SECTIONS.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), SECTIONS.len());
    }

    #[test]
    fn the_html_holds_every_section_in_its_language_escaped() {
        for lang in [Lang::En, Lang::Zh] {
            let html = html(lang);
            assert_eq!(html.matches("<section ").count(), SECTIONS.len());
            for s in SECTIONS {
                let heading = format!(
                    "<section aria-labelledby=\"{0}\"><h2 id=\"{0}\">{1}</h2>",
                    s.id,
                    esc(s.heading(lang))
                );
                assert!(html.contains(&heading), "{heading}");
                for p in s.paragraphs(lang) {
                    assert!(html.contains(&format!("<p>{}</p>", esc(p))), "{p}");
                }
            }
        }
        assert_ne!(file(Lang::En), file(Lang::Zh));
    }

    #[test]
    fn the_language_picks_the_text() {
        let s = &SECTIONS[0];
        assert_eq!(s.heading(Lang::En), "Where the data comes from");
        assert_eq!(s.heading(Lang::Zh), "資料從何而來");
        assert_eq!(
            s.paragraphs(Lang::Zh).next(),
            Some(s.paragraphs[0].1),
            "Chinese page shows the Chinese paragraph"
        );
    }
}
