//! The interface's message catalog: every string the interface shows, in
//! English and in Traditional Chinese.
//!
//! Messages are variants of [`M`], declared once below with both texts side
//! by side, so a message without its translation does not compile (the
//! macro takes exactly two literals per message). Tests check that no text
//! is empty, that every Chinese text is written in Chinese, and that both
//! texts have the same `{}` placeholders. Placeholders are filled in order
//! by [`fill`]; a translation that needs another word order is phrased
//! around it.

use crate::format::Lang;

mod fields;
pub use fields::{field_has_zh, field_label};

macro_rules! messages {
    ($($name:ident => $en:literal, $zh:literal;)*) => {
        /// A message of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum M {
            $($name),*
        }

        impl M {
            /// Every message, in declaration order.
            pub const ALL: &'static [M] = &[$(M::$name),*];
        }

        const EN: &[&str] = &[$($en),*];
        const ZH: &[&str] = &[$($zh),*];
    };
}

messages! {
    // The page and its frame.
    SkipToContent => "Skip to content", "跳至主要內容";
    TitleHome => "Exodus: who left OpenAI, when, why and where they went", "Exodus：誰離開了 OpenAI、何時離開、為何離開、去了哪裡";
    TitleSuffix => "{} · Exodus", "{} · Exodus";
    Tagline => "Who left OpenAI, when, why and where they went, with every claim sourced.", "誰離開了 OpenAI、何時離開、為何離開、去了哪裡——每項說法皆附來源。";
    NavViews => "Views", "檢視";
    People => "People", "人物";
    Companies => "Companies", "公司";
    Timeline => "Timeline", "時間軸";
    Flow => "Flow", "流向";
    Founders => "Founders", "共同創辦人";
    Methods => "Methods", "方法說明";
    MethodsHeading => "How the data is made and counted", "資料如何蒐集與計算";
    MethodsLoading => "Loading the text of this page…", "正在載入本頁內容…";
    MethodsFailed => "The text of this page could not be loaded. Check the connection and try again.", "無法載入本頁內容。請檢查網路連線後再試一次。";
    TryAgain => "Try again", "再試一次";
    DatasetVersion => "Dataset version {}, released {}", "資料集版本 {}，發布於{}";
    SuggestCorrection => "Suggest a correction", "建議更正";
    SuggestCorrectionOf => "Suggest a correction to {} (opens a prefilled issue in a new tab)", "建議更正「{}」（在新分頁開啟預先填好的回報）";
    HeadingPeople => "People in the OpenAI exodus", "OpenAI 出走潮中的人物";
    HeadingCompanies => "Companies founded by ex-OpenAI people", "前 OpenAI 員工創辦的公司";
    Language => "Language", "語言（Language）";
    ThemeTitle => "Switch between the system, light and dark colour schemes", "在跟隨系統、淺色與深色配色之間切換";
    ThemeSystem => "Theme: system", "配色：跟隨系統";
    ThemeLight => "Theme: light", "配色：淺色";
    ThemeDark => "Theme: dark", "配色：深色";

    // Notices and error panels.
    DataErrorTitle => "Exodus could not load its data", "Exodus 無法載入資料";
    DataErrorBody => "The bundled dataset has {} problem(s), so nothing is shown rather than something wrong:", "內建資料集有 {} 個問題，為免顯示錯誤資訊，因此不顯示任何內容：";
    PanicTitle => "Something went wrong", "發生錯誤";
    PanicBody => "Exodus hit an internal error and stopped. Reloading the page usually helps; if it does not, please report the problem: the report carries the text below, the page address and the data version, and nothing about you.", "Exodus 發生內部錯誤而停止。重新載入頁面通常可以解決；若仍無法使用，請回報問題：回報內容包含下方文字、頁面網址與資料版本，不含任何個人資料。";
    Reload => "Reload the page", "重新載入頁面";
    Updated => "Exodus has been updated since your last visit: this page shows the latest release (dataset version {}).", "Exodus 自您上次造訪後已更新：本頁顯示的是最新版本（資料集 {} 版）。";
    ChartSourceLine => "Source: Exodus dataset, CC BY 4.0 · data version {}", "資料來源：Exodus 資料集，CC BY 4.0 · 資料版本 {}";
    NoFilters => "All records, no filters", "全部紀錄，未篩選";
    DownloadSvg => "Download SVG", "下載 SVG";
    DownloadPng => "Download PNG", "下載 PNG";
    OfThisChart => "{} of this chart", "{}（此圖表）";
    PageTools => "Share, cite or embed this page", "分享、引用或嵌入本頁";
    CopyLink => "Copy link", "複製連結";
    LinkCopied => "Link copied: {}", "已複製連結：{}";
    ShareSheet => "Share…", "分享…";
    Cite => "Cite", "引用";
    CiteShort => "Short citation", "簡短引用";
    CiteLong => "Full citation", "完整引用";
    CiteBibtex => "BibTeX entry", "BibTeX 格式";
    Copy => "Copy", "複製";
    CopyThe => "Copy the {}", "複製{}";
    Copied => "Copied: {}", "已複製：{}";
    CopyFailed => "Could not copy: select the text and copy it yourself.", "無法複製：請選取文字後自行複製。";
    Embed => "Embed", "嵌入";
    EmbedHelp => "Paste this into your page. The frame follows its content's height (the small script does that); light and dark follow the reader's settings.", "將這段程式碼貼到您的網頁。框架高度會隨內容調整（由這段小程式處理）；淺色與深色依讀者的設定顯示。";
    EmbedCode => "embed code", "嵌入程式碼";
    OpenFullView => "Exodus: open the full view", "Exodus：開啟完整頁面";
    ReportProblem => "Report this problem (opens a prefilled issue in a new tab)", "回報這個問題（在新分頁開啟預先填好的回報）";
    UrlNotice => "Part of this link could not be used and was ignored: {}.", "此連結有部分內容無法使用，已略過：{}。";
    ListSeparator => "; ", "；";
    NameSeparator => ", ", "、";
    UnknownView => "unknown view “{}”", "未知的檢視「{}」";
    UnknownParameter => "unknown parameter “{}”", "未知的參數「{}」";
    UnknownSort => "unknown sort order “{}”", "未知的排序方式「{}」";
    BadEncoding => "badly encoded text “{}”", "編碼錯誤的文字「{}」";
    UnknownValue => "unknown value “{}” for filter “{}”", "未知的值「{}」（篩選條件「{}」）";
    UnknownRecord => "no record with the id “{}”", "沒有 ID 為「{}」的紀錄";
    ThemeReset => "A stored colour-scheme preference (“{}”) could not be read and was reset.", "無法讀取已儲存的配色偏好（「{}」），已重設。";
    LangReset => "A stored language preference (“{}”) could not be read and was reset.", "無法讀取已儲存的語言偏好（「{}」），已重設。";
    PinsReset => "Stored pins could not be read and were discarded.", "無法讀取已儲存的釘選項目，已捨棄。";
    Dismiss => "Dismiss", "關閉";

    // The overview.
    Overview => "Overview", "概覽";
    WhatSourcesSay => "What the sources say", "各來源的說法";
    AboutFigure => "About this figure", "關於此數字";
    FigGone => "{} people in this dataset have left or were fired", "{} 人已離開或遭解僱（依本資料集）";
    FigGoneCaveat => "{} departures recorded in all, including people who later returned. The source article's count differs.", "共記錄 {} 次離職，包括後來回歸者。原文的統計與此不同。";
    FigSpinouts => "{} companies founded by ex-OpenAI people", "{} 家由前 OpenAI 員工創辦的公司";
    FigSpinoutsCaveat => "Only companies with sourced ex-OpenAI founders are listed; estimates elsewhere are higher.", "僅列出有來源證實創辦人出身 OpenAI 的公司；其他地方的估計數字較高。";
    OfTotal => "{} of {}", "{}／{}";
    FigFounders => "{} original founders at OpenAI today, per this dataset", "{} 位共同創辦人至今仍在 OpenAI（依本資料集）";
    FigFoundersCaveat => "In August 2024 the sources disagreed on how many remained:", "2024年8月時，各來源對仍留任的人數說法不一：";
    FigValuation => "{} combined latest valuation of {} spinouts", "{} {} 家衍生公司最新估值合計";
    FigValuationCaveat => "Latest reported figure per company; unverified figures and assets under management are left out. As-of dates differ", "每家公司取最新公布的數字；未經證實的數字及資產管理規模不計入。各數字的截至日期不同";
    DateRange => "{} to {}", "{}至{}";
    Colon => ": ", "：";
    Period => ".", "。";

    // Search, filters and the card lists.
    SearchFilterBrowse => "Search, filter and browse", "搜尋、篩選與瀏覽";
    Search => "Search", "搜尋";
    PlaceholderPeople => "Name, role, company…", "姓名、職位、公司…";
    PlaceholderCompanies => "Company, founder, sector…", "公司、創辦人、領域…";
    SearchHint => "Press / to search, Escape to clear. Matches English and Chinese names, roles, organisations and summaries.", "按 / 鍵搜尋，按 Esc 鍵清除。可比對中英文姓名、職位、機構與摘要。";
    SortBy => "Sort by", "排序方式";
    SortNewest => "Departure date, newest first", "離職日期（由新到舊）";
    SortOldest => "Departure date, oldest first", "離職日期（由舊到新）";
    SortName => "Name, A to Z", "名稱（A 到 Z）";
    SortValuation => "Latest valuation, highest first", "最新估值（由高到低）";
    SortFounded => "Founding date, newest first", "成立日期（由新到舊）";
    Filters => "Filters", "篩選";
    ActiveFilters => " ({} active)", "（已選 {} 項）";
    CountPerson => "{} person", "{} 人";
    CountPeople => "{} people", "{} 人";
    CountCompany => "{} company", "{} 家公司";
    CountCompanies => "{} companies", "{} 家公司";
    Showing => " (showing {})", "（顯示 {} 筆）";
    ClearAll => "Clear all filters", "清除所有篩選";
    NoPeopleMatch => "No people match", "找不到符合的人物";
    NoCompaniesMatch => "No companies match", "找不到符合的公司";
    Quoted => " “{}”", "「{}」";
    WithTheseFilters => " with these filters", "（已套用篩選條件）";
    EmptyHint => "Try fewer words, another spelling, or remove a filter. Names can be searched in English or in Chinese.", "請試著減少關鍵字、換個拼法或移除篩選條件。姓名可用中文或英文搜尋。";
    ClearSearchFilters => "Clear search and filters", "清除搜尋與篩選";
    ShowMore => "Show more ({} more)", "顯示更多（還有 {} 筆）";
    ShowFewer => "Show fewer", "顯示較少";
    ShowAll => "Show all {}", "顯示全部 {} 項";
    FacetYear => "Departure year", "離職年份";
    FacetDestination => "Went to", "去向";
    FacetReason => "Reason", "原因";
    FacetStatus => "Status", "狀態";
    FacetCofounder => "OpenAI co-founder", "OpenAI 共同創辦人";
    FacetSector => "Sector", "領域";
    FacetOrgStatus => "Company status", "公司狀態";
    FacetFounded => "Founded", "成立年份";
    Cofounder => "Co-founder", "共同創辦人";
    NotCofounder => "Not a co-founder", "非共同創辦人";
    PinnedOnly => "Pinned only ({})", "只看釘選（{}）";
    Pin => "Pin", "釘選";
    PinAria => "Pin {}", "釘選 {}";
    ExportCsv => "Export CSV", "匯出 CSV";
    ExportJson => "Export JSON", "匯出 JSON";
    ExportHint => "The {} records of this view, with their source addresses.", "此檢視的 {} 筆紀錄，附來源網址。";
    DownloadDataset => "Download the whole dataset (JSON, CC BY 4.0)", "下載完整資料集（JSON，CC BY 4.0）";

    // Record values.
    StatusLeft => "Left", "已離開";
    StatusFired => "Fired", "遭解僱";
    StatusOnLeave => "On leave", "休假中";
    StatusReturned => "Returned", "已回歸";
    StatusAtOpenAi => "At OpenAI", "仍在 OpenAI";
    NotRecorded => "Not recorded", "未記錄";
    ReasonSafety => "Safety concerns", "安全疑慮";
    ReasonFounding => "Founding a company", "創業";
    ReasonPersonal => "Personal", "個人因素";
    ReasonHiredAway => "Hired away", "被挖角";
    ReasonResearchFreedom => "Research freedom", "研究自由";
    ReasonNotStated => "Not stated", "未說明";
    OrgIndependent => "Independent", "獨立營運";
    OrgAcquiHire => "Acqui-hire / licensing deal", "人才收購／授權交易";
    OrgPaused => "Paused", "暫停運作";
    OrgNonProfit => "Non-profit", "非營利";
    OrgPublic => "Public", "上市公司";
    SectorFrontier => "Frontier models", "前沿模型";
    SectorAgents => "AI agents", "AI 代理";
    SectorEnterprise => "Enterprise AI", "企業 AI";
    SectorSearch => "Search", "搜尋引擎";
    SectorRobotics => "Robotics", "機器人";
    SectorManufacturing => "Manufacturing", "製造業";
    SectorScience => "Science", "科學";
    SectorEducation => "Education", "教育";
    SectorFinance => "Finance", "金融";
    SectorResearch => "Research and forecasting", "研究與預測";
    ClaimConfirmed => "Confirmed", "已證實";
    ClaimSingle => "Single source", "單一來源";
    ClaimConflicting => "Sources disagree", "來源說法不一";
    ClaimUnverified => "Unverified", "未經證實";
    KindJoined => "Joined OpenAI", "加入 OpenAI";
    KindLeft => "Left OpenAI", "離開 OpenAI";
    KindReturned => "Returned to OpenAI", "回歸 OpenAI";
    KindLeftAgain => "Left OpenAI again", "再度離開 OpenAI";
    ValPostMoney => "post-money", "投後估值";
    ValPreMoney => "pre-money", "投前估值";
    ValReported => "reported", "報導估值";
    ValTalks => "in talks", "洽談中";
    ValTarget => "target", "目標估值";
    ValAum => "assets under management", "資產管理規模";

    // Cards and detail pages.
    Status => "Status", "狀態";
    WentTo => "Went to", "去向";
    Reasons => "Reasons", "原因";
    OpenAiCofounder => "OpenAI co-founder", "OpenAI 共同創辦人";
    ExFounders => "Ex-OpenAI founders", "出身 OpenAI 的創辦人";
    Founded => "Founded", "成立";
    LatestValuation => "Latest valuation", "最新估值";
    AsOf => " as of ", "，截至";
    FiredOn => " (fired {})", "（{}遭解僱）";
    LeftOn => " (left {})", "（{}離開）";
    EnglishOnly => "English only", "僅有英文";
    CopyOf => "copy of {}", "轉載自 {}";
    CopyAt => "{} (copy at {})", "{}（轉載於 {}）";
    OriginPrimary => "primary", "第一手";
    OriginNews => "news", "新聞";
    OriginCopy => "copy", "轉載";
    OriginCounts => "Sources: {} primary, {} news, {} copies", "來源：第一手 {} 則、新聞 {} 則、轉載 {} 則";
    OpensNewTab => " (opens in a new tab)", "（在新分頁開啟）";
    NoAddress => " (no online address known)", "（無已知網址）";
    SourceLink => ": {} (source, opens in a new tab)", "：{}（來源，在新分頁開啟）";
    SourceOffline => ": {} (no online address)", "：{}（無網址）";
    BackPeople => "← Back to people", "← 返回人物列表";
    BackCompanies => "← Back to companies", "← 返回公司列表";
    EscapeHint => " (Escape)", "（Esc 鍵）";
    ClaimsHeading => "Claims and how well they are supported", "各項說法及其佐證程度";
    OtherSourcesSay => "Other sources say:", "其他來源的說法：";
    RelatedEvents => "Related events", "相關事件";
    Sources => "Sources", "來源";
    CiteThis => "Cite this", "引用本頁";
    RolesAtOpenAi => "Roles at OpenAI", "在 OpenAI 的職位";
    StatusOverTime => "Status over time", "狀態變化";
    WhereTheyWent => "Where they went", "去向";
    StatedReasons => "Stated reasons", "公開說明的原因";
    CompaniesFounded => "Companies founded", "創辦的公司";
    Period2 => " ({} – {})", "（{}–{}）";
    FromDate => " (from {})", "（自{}起）";
    UntilDate => " (until {})", "（至{}）";
    NoDate => "no date", "無日期";
    FromArticle => "figure from the source article", "原文中的數字";
    ValuationsOf => "Valuations of {}", "{}的估值";
    AsOfCol => "As of", "截至";
    Amount => "Amount", "金額";
    Kind => "Kind", "類型";
    Support => "Support", "佐證";
    Sector => "Sector", "領域";
    Headquarters => "Headquarters", "總部";
    Website => "Website", "網站";
    PeopleWentHere => "People from OpenAI who went here", "從 OpenAI 來到這裡的人";
    ValuationsOverTime => "Valuations over time", "歷年估值";

    // The charts.
    FacetKind => "What happened", "事件類型";
    TlDeparture => "Departure", "離職";
    TlReturn => "Return", "回歸";
    TlLeave => "Leave", "休假";
    TlFounded => "Company founded", "公司成立";
    TlFunding => "Funding or valuation", "融資／估值";
    TlLawsuit => "Lawsuit", "訴訟";
    TlGovernance => "Governance", "治理";
    TlOther => "Other", "其他";
    TimelineHeading => "The exodus over time", "出走潮時間軸";
    FlowHeading => "Where people went", "人才流向";
    FoundersHeading => "The original founders over time", "共同創辦人的去留";
    YearFrom => "From year", "起始年份";
    YearTo => "To year", "結束年份";
    AnyYear => "Any", "不限";
    TimelineSummary => "{} items, {} to {}", "共 {} 項（{}–{}年）";
    TimelineChart => "Timeline of {} items by kind and date. The list by year below holds the same items.", "依類型與日期排列的 {} 個項目。下方依年份排列的清單列出相同項目。";
    PrecisionLegend => "A dot is a known day; a bar spans the month or the year a source gives.", "圓點表示確切日期；橫條表示來源只提供到月份或年份。";
    ByYear => "Item by item, by year", "逐項列表（依年份）";
    NoItems => "Nothing matches these filters.", "沒有符合篩選條件的項目。";
    NoPins => "Nothing pinned here yet: use ☆ Pin on a card to keep it.", "這裡還沒有釘選的項目：在卡片上按「☆ 釘選」即可保留。";
    ClearFilters => "Clear filters", "清除篩選";
    AndMore => " and {} more", " 等另外 {} 人";
    YearByYear => "A long list: open a year to see its items.", "清單很長：請展開年份以查看該年的項目。";
    FlowChart => "Where {} people went from OpenAI, move by move. The table below gives the same counts.", "{} 人離開 OpenAI 後的去向（逐步）。下方表格列出相同數字。";
    FlowHint => "Focus or hover a band to list its people.", "將游標移到某條流向上，或以鍵盤聚焦，即可列出其中的人。";
    Move => "Move", "第幾步";
    MoveN => "Move {}", "第 {} 步";
    FromCol => "From", "從";
    ToCol => "To", "到";
    CountCol => "People", "人數";
    BandLabel => "{} → {}: {}", "{} → {}：{}";
    OtherPlaces => "{} other places", "其他 {} 個去處";
    OtherPlacesNote => "Places reached by few people are drawn together as “other places”; the table lists every move.", "人數較少的去處在圖中合併為「其他去處」；表格列出每一步的完整去向。";
    FoundersChart => "Each original founder's status from OpenAI's founding to today. The table below gives the same dates.", "每位共同創辦人自 OpenAI 創立至今的狀態。下方表格列出相同日期。";
    UncertainStart => "A lighter start: the change is known only to the month or the year.", "顏色較淺的起點：變化的時間只知道月份或年份。";
    HowManyRemain => "How many founders remain?", "還剩幾位共同創辦人？";
    Since => "since {}", "自{}起";
    Today => "today", "至今";
    ValuationChart => "Valuations of {} over time, on a log scale. The table below gives every figure with its sources.", "{}歷年估值（對數刻度）。下方表格列出每個數字及其來源。";
    LatestCompared => "Latest valuations compared", "最新估值比較";
    LogNote => "Log scale: equal distances are equal ratios (each labelled power of ten is ten times the one before). As-of dates differ, so the bars are not one moment in time.", "對數刻度：相同的間距代表相同的倍數（每個標示的 10 的次方是前一個的十倍）。各數字的截至日期不同，並非同一時點的比較。";
    ArticleMark => "◆ figure from the source article; ● other reporting", "◆ 原文中的數字；● 其他報導";
}

impl Lang {
    /// A message in this language: `lang.tr(M::Search)`.
    pub fn tr(self, m: M) -> &'static str {
        m.t(self)
    }
}

impl M {
    /// The message's text in a language.
    pub fn t(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => EN[self as usize],
            Lang::Zh => ZH[self as usize],
        }
    }

    /// The message with its `{}` placeholders filled in order.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        fill(self.t(lang), args)
    }
}

/// Replaces each `{}` of a template with the next argument (an argument
/// missing leaves the placeholder empty).
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut parts = template.split("{}");
    out.push_str(parts.next().unwrap_or_default());
    for (i, part) in parts.enumerate() {
        out.push_str(args.get(i).copied().unwrap_or_default());
        out.push_str(part);
    }
    out
}

/// A template split around its first `{}`, for a value with markup of its
/// own (a bold number inside a sentence).
pub fn around(template: &str) -> (&str, &str) {
    template.split_once("{}").unwrap_or((template, ""))
}

#[cfg(test)]
mod tests;
