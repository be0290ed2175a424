//! Taking a page away: "Copy link" (the exact current view), the system
//! share sheet where the browser has one, "Cite" (short, long and BibTeX,
//! with the dataset version and the access day) and "Embed" (an `<iframe>`
//! snippet of the view in embed mode). Texts come from the core
//! (`exodus_core::cite`); this component only shows and copies them.

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use exodus_core::cite::{self, Citable};
use exodus_core::i18n::M;
use exodus_core::url::{encode, UrlState};

use super::env::absolute;

use super::context::use_lang;
use super::download::today_date;

#[derive(Properties, PartialEq)]
pub struct PageToolsProps {
    /// The page's heading: a record's name or a view's title.
    pub title: AttrValue,
    /// The record's id on a person's or company's page.
    pub record: Option<AttrValue>,
    pub state: Rc<UrlState>,
}

/// Copies `text`; `done` gets the message to announce.
fn copy(text: String, ok: String, failed: String, done: Callback<String>) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let promise = clipboard.write_text(&text);
    yew::platform::spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => done.emit(ok),
            Err(_) => done.emit(failed),
        }
    });
}

/// Whether the browser offers a share sheet (`navigator.share`); never on
/// the server.
pub(crate) fn can_share() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let navigator = gloo::utils::window().navigator();
        js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false)
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

#[component]
pub fn PageTools(props: &PageToolsProps) -> Html {
    let lang = use_lang();

    // What the last action did, announced politely.
    let status = use_state(String::new);
    let announce = {
        let status = status.clone();
        Callback::from(move |m: String| status.set(m))
    };
    let view = UrlState {
        embed: false,
        ..(*props.state).clone()
    };
    let url = absolute(&encode(&view));
    let embed_url = absolute(&encode(&UrlState {
        embed: true,
        ..view.clone()
    }));
    let accessed = today_date();
    let key = match (props.record.as_deref(), view.view) {
        (Some(id), _) => id,
        (None, exodus_core::explore::View::Cards) => view.tab.key(),
        (None, other) => other.key(),
    };
    let citable = Citable {
        title: &props.title,
        record: props.record.as_deref(),
        key,
        url: &url,
        version: crate::bundle::VERSION,
        accessed: &accessed,
    };
    // The panels' texts are built only while a panel is open, not on every
    // render of the page (a keystroke in the search re-renders it).
    let cite_open = use_state(|| false);
    let embed_open = use_state(|| false);
    let on_toggle = |open: &UseStateHandle<bool>| {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    let texts = cite_open.then(|| {
        [
            (M::CiteShort, cite::short(&citable, lang)),
            (M::CiteLong, cite::long(&citable, lang)),
            (M::CiteBibtex, cite::bibtex(&citable)),
        ]
    });
    let snippet = embed_open.then(|| format!(
        "<iframe src=\"{embed_url}\" title=\"{} (Exodus)\" width=\"100%\" height=\"640\" \
         style=\"border:0\" loading=\"lazy\"></iframe>\n<script>addEventListener(\"message\",function(e){{\
         var d=e.data;if(d&&d.type===\"exodus:height\")document.querySelectorAll(\"iframe\").forEach(function(f){{\
         if(f.contentWindow===e.source)f.style.height=d.height+\"px\"}})}})</script>",
        props.title.replace('"', "&quot;")
    ));

    let copy_button = |what: M, text: String| {
        let done = announce.clone();
        let label = M::CopyThe.fill(lang, &[&in_sentence(lang.tr(what))]);
        let ok = M::Copied.fill(lang, &[lang.tr(what)]);
        let failed = lang.tr(M::CopyFailed).to_owned();
        let onclick = Callback::from(move |_: MouseEvent| {
            copy(text.clone(), ok.clone(), failed.clone(), done.clone())
        });
        html! { <button type="button" class="copy" aria-label={label} {onclick}>{ lang.tr(M::Copy) }</button> }
    };

    let on_copy_link = {
        let done = announce.clone();
        let url = url.clone();
        let ok = M::LinkCopied.fill(lang, &[&url]);
        let failed = lang.tr(M::CopyFailed).to_owned();
        Callback::from(move |_: MouseEvent| {
            copy(url.clone(), ok.clone(), failed.clone(), done.clone())
        })
    };
    let on_share = {
        let url = url.clone();
        let title = props.title.to_string();
        Callback::from(move |_: MouseEvent| {
            let data = web_sys::ShareData::new();
            data.set_title(&title);
            data.set_url(&url);
            // A dismissed sheet rejects; nothing to report.
            let promise = gloo::utils::window().navigator().share_with_data(&data);
            yew::platform::spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        })
    };

    html! {
        <div class="page-tools" role="group" aria-label={lang.tr(M::PageTools)}>
            <div class="page-tools-row">
                <button type="button" class="copy-link" onclick={on_copy_link}>{ lang.tr(M::CopyLink) }</button>
                // Always there (hidden where the browser has no share
                // sheet), so the prerendered page and the app's first
                // render have the same elements.
                <button type="button" class="share" hidden={!can_share()} onclick={on_share}>{ lang.tr(M::ShareSheet) }</button>
                <details class="cite" open={*cite_open} ontoggle={on_toggle(&cite_open)}>
                    <summary>{ lang.tr(M::Cite) }</summary>
                    if let Some(texts) = texts {
                        <div class="tool-panel">
                            { for texts.into_iter().map(|(what, text)| html! {
                                <figure class="citation">
                                    <figcaption>{ lang.tr(what) }</figcaption>
                                    <pre data-kind={what_key(what)}>{ text.clone() }</pre>
                                    { copy_button(what, text) }
                                </figure>
                            }) }
                        </div>
                    }
                </details>
                <details class="embed" open={*embed_open} ontoggle={on_toggle(&embed_open)}>
                    <summary>{ lang.tr(M::Embed) }</summary>
                    if let Some(snippet) = snippet {
                        <div class="tool-panel">
                            <p>{ lang.tr(M::EmbedHelp) }</p>
                            <pre class="embed-code">{ snippet.clone() }</pre>
                            { copy_button(M::EmbedCode, snippet) }
                        </div>
                    }
                </details>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}

fn what_key(m: M) -> &'static str {
    match m {
        M::CiteShort => "short",
        M::CiteLong => "long",
        _ => "bibtex",
    }
}

/// In embed mode: reports the page's height to the embedding page after
/// every render and on resize, so its frame can fit the content.
#[hook]
pub fn use_embed_height(embed: bool) {
    use_effect(move || {
        let post = move || {
            let window = gloo::utils::window();
            let Some(parent) = window.parent().ok().flatten() else {
                return;
            };
            let height = gloo::utils::document()
                .document_element()
                .map_or(0, |e| e.scroll_height());
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"exodus:height".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, "*");
        };
        let listener = embed.then(|| {
            post();
            gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| post())
        });
        move || drop(listener)
    });
}

/// A label as it reads inside a sentence: "Short citation" becomes "short
/// citation"; a first word with other capitals ("BibTeX entry") and text
/// without case are kept.
fn in_sentence(label: &str) -> String {
    let first_word = label.split(' ').next().unwrap_or_default();
    match first_word.chars().next() {
        Some(c)
            if c.is_ascii_uppercase()
                && !first_word[1..].chars().any(|c| c.is_ascii_uppercase()) =>
        {
            let mut out = label.to_owned();
            out[..1].make_ascii_lowercase();
            out
        }
        _ => label.to_owned(),
    }
}
