//! The methods page: how the dataset is made and counted, and the dataset's
//! version. Its text ([`exodus_core::methods`]) is content, not code, so it
//! is not compiled into the app: the prerendered page holds it, and the app
//! adopts it when it takes that page over, or loads the file every build
//! publishes (`methods.en.html`, kept offline by the service worker) when it
//! shows the page itself.

use yew::prelude::*;

use exodus_core::format::Lang;

#[derive(Clone, PartialEq, Properties)]
pub struct MethodsPageProps {
    pub lang: Lang,
    /// The page heading, in the interface language.
    pub heading: AttrValue,
    /// The version line, e.g. "Dataset version 1.1.0, 4 December 2026".
    pub version_line: AttrValue,
}

/// The methods page. Each section carries an id (`methods-totals`...), so
/// a section can be linked (`methods/#methods-totals`).
#[component]
pub fn MethodsPage(props: &MethodsPageProps) -> Html {
    let lang = props.lang;
    let text = use_text(lang);
    html! {
        <article class="methods">
            <h1 id="view-heading">{ props.heading.clone() }</h1>
            <p class="methods-version">{ props.version_line.clone() }</p>
            { text }
        </article>
    }
}

/// The server writes the text into the page.
#[cfg(not(target_arch = "wasm32"))]
#[hook]
fn use_text(lang: Lang) -> Html {
    Html::from_html_unchecked(exodus_core::methods::html(lang).into())
}

/// The text in the browser: the prerendered page's own while hydrating it
/// (Yew adopts the nodes of raw HTML whatever its string), else the loaded
/// file (kept for the visit), with a line while it loads and a way to try
/// again when it cannot.
#[cfg(target_arch = "wasm32")]
#[hook]
fn use_text(lang: Lang) -> Html {
    use exodus_core::i18n::M;
    use wasm::{load, loaded, Text};
    let state = use_state(|| {
        let text = if super::env::hydrating() {
            Text::Adopted
        } else {
            loaded(lang).map_or(Text::Loading, Text::Loaded)
        };
        (lang, text)
    });
    // After a change of language, the other language's text.
    let text = if state.0 == lang {
        state.1.clone()
    } else {
        loaded(lang).map_or(Text::Loading, Text::Loaded)
    };
    let loading = text == Text::Loading;
    {
        let (state, text) = (state.clone(), text.clone());
        use_effect_with((lang, loading), move |&(lang, loading)| {
            // The adopted text went with the language it was in.
            if state.0 != lang {
                state.set((lang, text));
            }
            if loading {
                yew::platform::spawn_local(async move {
                    let text = load(lang).await.map_or(Text::Failed, Text::Loaded);
                    state.set((lang, text));
                });
            }
        });
    }
    match text {
        Text::Adopted => Html::from_html_unchecked(AttrValue::default()),
        Text::Loaded(html) => Html::from_html_unchecked(html),
        Text::Loading => html! {
            <p class="methods-status">{ lang.tr(M::MethodsLoading) }</p>
        },
        Text::Failed => {
            let onclick = Callback::from(move |_: MouseEvent| state.set((lang, Text::Loading)));
            html! {
                <p class="methods-status" role="alert">
                    { lang.tr(M::MethodsFailed) }{ " " }
                    <button type="button" {onclick}>{ lang.tr(M::TryAgain) }</button>
                </p>
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use std::cell::RefCell;

    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use yew::AttrValue;

    use exodus_core::format::Lang;
    use exodus_core::methods::file;

    #[derive(Clone, PartialEq)]
    pub enum Text {
        /// The prerendered page's text, taken over by hydration.
        Adopted,
        Loading,
        Loaded(AttrValue),
        Failed,
    }

    thread_local! {
        /// The text of each language, once loaded.
        static LOADED: RefCell<[Option<AttrValue>; 2]> = const { RefCell::new([None, None]) };
    }

    fn slot(lang: Lang) -> usize {
        match lang {
            Lang::En => 0,
            Lang::Zh => 1,
        }
    }

    pub fn loaded(lang: Lang) -> Option<AttrValue> {
        LOADED.with(|l| l.borrow()[slot(lang)].clone())
    }

    /// Fetches the published file (relative to the page's `<base>`, the
    /// site's root) and keeps it.
    pub async fn load(lang: Lang) -> Result<AttrValue, ()> {
        let response = JsFuture::from(gloo::utils::window().fetch_with_str(file(lang)))
            .await
            .map_err(drop)?
            .dyn_into::<web_sys::Response>()
            .map_err(drop)?;
        if !response.ok() {
            return Err(());
        }
        let text = JsFuture::from(response.text().map_err(drop)?)
            .await
            .map_err(drop)?
            .as_string()
            .ok_or(())?;
        let text = AttrValue::from(text);
        LOADED.with(|l| l.borrow_mut()[slot(lang)] = Some(text.clone()));
        Ok(text)
    }
}
