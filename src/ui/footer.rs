//! The dataset's version and a link to the methods page, written into the
//! page's static footer (outside the app's root, so a portal), in the
//! interface language.

use yew::prelude::*;

use exodus_core::explore::View;
use exodus_core::format::{format_date, Lang};
use exodus_core::i18n::M;
use exodus_core::url::{encode, UrlState};

use super::context::use_lang;

/// The note: the dataset's version and day, and the methods page.
pub fn note(lang: Lang) -> Html {
    let version = crate::bundle::version();
    let mut methods = UrlState::chart(View::Methods);
    methods.lang = Some(lang);
    html! {
        <p class="data-version">
            { M::DatasetVersion.fill(lang, &[&version.version, &format_date(&version.date, lang)]) }
            {" · "}
            <a href={encode(&methods)}>{ lang.tr(M::Methods) }</a>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct NoteProps {
    pub lang: Lang,
}

/// The note alone, for the prerenderer to write into a page's footer (the
/// app removes that copy when it starts and renders its own).
#[component]
pub fn StaticNote(props: &NoteProps) -> Html {
    note(props.lang)
}

/// Renders into `footer.site-footer` when the page has one, else nowhere.
/// On the server it renders nothing (see [`StaticNote`]).
#[component]
pub fn FooterNote() -> Html {
    let lang = use_lang();
    // A portal cannot be hydrated: it comes with the first effect, which
    // also removes the prerendered copy of the note (both before the next
    // paint, so the footer does not change).
    let mounted = use_state(|| false);
    {
        let mounted = mounted.clone();
        use_effect_with((), move |_| {
            if let Ok(Some(note)) =
                gloo::utils::document().query_selector("footer.site-footer > .data-version")
            {
                note.remove();
            }
            // Now, not later: the note must not be missing for a frame.
            mounted.set(true);
        });
    }
    if !*mounted {
        return Html::default();
    }
    let Some(host) = gloo::utils::document()
        .query_selector("footer.site-footer")
        .ok()
        .flatten()
    else {
        return Html::default();
    };
    create_portal(note(lang), host)
}
