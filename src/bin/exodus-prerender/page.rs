//! A prerendered page: Trunk's page with the rendered body, its own `<head>`
//! (language, title, description, canonical and alternate links, preview
//! card tags) and the note for readers without scripts; also the 404 page
//! and the sitemap.

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use exodus_core::format::Lang;
use exodus_core::svg::preview;
use exodus_core::url::{encode, page_path, UrlState};

/// The parts of Trunk's (minified) page that each written page changes.
pub(crate) const APP_OPEN: &str = "<div id=app>";
pub(crate) const FOOTER_OPEN: &str = "<footer class=site-footer id=site-footer>";
pub(crate) const FOOTER_CLOSE: &str = "</footer>";
/// The target of the render-blocking `<link rel=expect>` (see index.html).
const RENDER_EXPECT: &str = "href=#site-footer";
/// The body's note for readers without scripts (the head has a <noscript>
/// of its own, the stylesheet that hides the controls).
const NOSCRIPT_NOTE: &str = "<noscript><p class=noscript-note>";

const NOSCRIPT_EN: &str = "Search, filters, exports, pins and page tools need JavaScript; everything else on this page reads without it.";
const NOSCRIPT_ZH: &str =
    "搜尋、篩選、匯出、釘選與頁面工具需要 JavaScript；本頁其餘內容不需 JavaScript 即可閱讀。";

/// What a page's `<head>` says about it.
pub(crate) struct Head<'a> {
    /// The record's preview image (path relative to the site's root) and
    /// what it shows, for its alt text.
    pub(crate) image: Option<(String, String)>,
    pub(crate) lang: Lang,
    pub(crate) title: String,
    pub(crate) description: String,
    /// The page's path relative to the site's root.
    pub(crate) path: &'a str,
    pub(crate) site: &'a str,
    pub(crate) state: &'a UrlState,
}

/// A page's address: absolute with a site address, else relative to the
/// page's `<base>` (the site's root), which names the same page.
fn address(site: &str, path: &str) -> String {
    match (site, path) {
        ("", "") => "./".to_owned(),
        (site, path) => format!("{site}{path}"),
    }
}

/// The path of the same page in `lang`.
fn path_in(state: &UrlState, lang: Lang) -> String {
    page_path(&UrlState {
        lang: Some(lang),
        ..state.clone()
    })
}

/// `./` at the root, else one `../` per directory level.
fn base_href(path: &str) -> String {
    match path.matches('/').count() {
        0 => "./".to_owned(),
        n => "../".repeat(n),
    }
}

fn head_tags(h: &Head) -> String {
    let mut out = format!("<base href=\"{}\">", base_href(h.path));
    let here = |path: &str| address(h.site, path);
    out.push_str(&format!(
        "<link rel=canonical href=\"{}\">",
        attr(&here(h.path))
    ));
    for lang in Lang::ALL {
        let other = path_in(h.state, lang);
        out.push_str(&format!(
            "<link rel=alternate hreflang={} href=\"{}\">",
            lang.tag(),
            attr(&here(&other))
        ));
        if lang == Lang::En {
            out.push_str(&format!(
                "<link rel=alternate hreflang=x-default href=\"{}\">",
                attr(&here(&other))
            ));
        }
    }
    let kind = if h.state.record.is_some() {
        "profile"
    } else {
        "website"
    };
    let locale = match h.lang {
        Lang::En => "en_US",
        Lang::Zh => "zh_TW",
    };
    out.push_str(&format!(
        "<meta property=og:type content={kind}><meta property=og:site_name content=Exodus><meta property=og:locale content={locale}><meta property=og:title content=\"{}\"><meta property=og:description content=\"{}\">",
        attr(&h.title),
        attr(&h.description)
    ));
    if !h.site.is_empty() {
        out.push_str(&format!(
            "<meta property=og:url content=\"{}\">",
            attr(&here(h.path))
        ));
    }
    let card = match &h.image {
        Some((image, name)) => {
            out.push_str(&format!(
                "<meta property=og:image content=\"{}\"><meta property=og:image:width content={}><meta property=og:image:height content={}><meta property=og:image:alt content=\"{}\">",
                attr(&here(image)),
                preview::WIDTH,
                preview::HEIGHT,
                attr(name)
            ));
            "summary_large_image"
        }
        None => "summary",
    };
    out.push_str(&format!(
        "<meta name=twitter:card content={card}><meta name=twitter:title content=\"{}\"><meta name=twitter:description content=\"{}\">",
        attr(&h.title),
        attr(&h.description)
    ));
    out
}

/// Replaces `from` (the first occurrence) up to and including `to`.
fn replace_between(html: &str, from: &str, to: &str, with: &str) -> String {
    let Some(start) = html.find(from) else {
        return html.to_owned();
    };
    let Some(len) = html[start..].find(to) else {
        return html.to_owned();
    };
    format!(
        "{}{with}{}",
        &html[..start],
        &html[start + len + to.len()..]
    )
}

pub(crate) fn page(template: &str, h: &Head, body: &str, note: &str) -> String {
    let mut html = template.replacen(
        "<html lang=en>",
        &format!("<html lang={}>", h.lang.tag()),
        1,
    );
    html = replace_between(
        &html,
        "<title>",
        "</title>",
        &format!("{}<title>{}</title>", head_tags(h), text(&h.title)),
    );
    if let Some(end) = html.find(" name=description>") {
        if let Some(start) = html[..end].rfind("<meta ") {
            html.replace_range(
                start..end,
                &format!("<meta content=\"{}\"", attr(&h.description)),
            );
        }
    }
    // Without scripts: what needs them, and the page in the other language
    // (the language menu needs the app).
    let other = match h.lang {
        Lang::En => Lang::Zh,
        Lang::Zh => Lang::En,
    };
    let other_path = path_in(h.state, other);
    let (intro, label) = match h.lang {
        Lang::En => (NOSCRIPT_EN, "繁體中文版"),
        Lang::Zh => (NOSCRIPT_ZH, "English version"),
    };
    let noscript = format!(
        "<noscript><p class=noscript-note>{intro} <a href=\"{}\" hreflang={} lang={}>{label}</a></p></noscript>",
        attr(&address("", &other_path)),
        other.tag(),
        other.tag()
    );
    // The page comes first: no preloading of the app's JS and wasm, which
    // would compete with the page's own HTML and CSS for the first paint.
    // The start-up script fetches them when it runs; the page is readable
    // meanwhile.
    html = replace_between(&html, "<link crossorigin href=", ">", "");
    html = replace_between(&html, "<link as=fetch", ">", "");
    // The first paint waits for the page's content (index.html's render-
    // blocking `expect` link): a fragment link names this page only when
    // written from the `<base>`, the site's root, to its path.
    html = html.replacen(
        RENDER_EXPECT,
        &format!("href=\"{}#site-footer\"", attr(h.path)),
        1,
    );
    // Before the app's root, which holds the rendered page alone (as
    // hydration needs).
    html = replace_between(&html, NOSCRIPT_NOTE, "</noscript>", &noscript);
    // The boot panel gives way to the page itself. `data-page` names the
    // view rendered: the app hydrates the page when the address names the
    // same view.
    html = replace_between(
        &html,
        APP_OPEN,
        FOOTER_OPEN,
        &format!(
            "<div id=app data-page=\"{}\">{body}</div>{FOOTER_OPEN}",
            attr(&encode(h.state))
        ),
    );
    html.replacen(FOOTER_CLOSE, &format!("{note}{FOOTER_CLOSE}"), 1)
}

/// The 404 page's content, in both languages.
const NOT_FOUND_BODY: &str = "<main id=main class=not-found><h1>Page not found <span lang=zh-Hant>找不到頁面</span></h1>\
<p>This address is not a page of Exodus. It may be mistyped, or the record may have been renamed.</p>\
<p lang=zh-Hant>此網址不是 Exodus 的頁面：可能有輸入錯誤，或該筆紀錄已更名。</p>\
<form action=\"./\" method=get role=search><label for=nf-q>Search people <span lang=zh-Hant>搜尋人物</span></label> <input id=nf-q name=q type=search> <button type=submit>Search <span lang=zh-Hant>搜尋</span></button></form>\
<ul><li><a href=\"./\">People who left OpenAI</a></li><li><a href=\"companies/\">Companies founded by ex-OpenAI people</a></li>\
<li lang=zh-Hant><a href=\"zh-Hant/\">離開 OpenAI 的人</a></li><li lang=zh-Hant><a href=\"zh-Hant/companies/\">前 OpenAI 成員創辦的公司</a></li></ul></main>";

/// A static page for addresses the site does not have: it says so in both
/// languages and offers the lists and a search. It loads no wasm. A host
/// serves it at any depth, so its `<base>` is the site's address (or the
/// domain's root when none is configured).
pub(crate) fn not_found(template: &str, site: &str) -> String {
    let base = if site.is_empty() { "/" } else { site };
    let body = NOT_FOUND_BODY;
    let mut html = replace_between(
        template,
        "<title>",
        "</title>",
        &format!("<base href=\"{}\"><meta name=robots content=noindex><title>Page not found · Exodus</title>", attr(base)),
    );
    // No app: the page is complete as it is.
    html = replace_between(&html, "<script type=module>", "</script>", "");
    html = replace_between(&html, "<link crossorigin href=", ">", "");
    html = replace_between(&html, "<link as=fetch", ">", "");
    html = replace_between(&html, NOSCRIPT_NOTE, "</noscript>", "");
    // Served at any address, it could not name itself; it is short anyway.
    html = replace_between(&html, "<link blocking=render", ">", "");
    replace_between(
        &html,
        APP_OPEN,
        FOOTER_OPEN,
        &format!("{APP_OPEN}{body}</div>{FOOTER_OPEN}"),
    )
}

/// Every page in both languages, with its alternates.
pub(crate) fn sitemap(all: &[UrlState], site: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for state in all {
        out.push_str(&format!(
            "<url><loc>{}</loc>",
            text(&format!("{site}{}", page_path(state)))
        ));
        for lang in Lang::ALL {
            let other = path_in(state, lang);
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                lang.tag(),
                text(&format!("{site}{other}"))
            ));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}
