//! The dataset's version and a link to the methods page, written into the
//! page's static footer (outside the app's root, so a portal), in the
//! interface language.

use yew::prelude::*;

use exodus_core::explore::View;
use exodus_core::format::format_date;
use exodus_core::i18n::M;
use exodus_core::url::{encode, UrlState};

use super::context::use_lang;

/// Renders into `footer.site-footer` when the page has one, else nowhere.
#[component]
pub fn FooterNote() -> Html {
    let lang = use_lang();
    let Some(host) = gloo::utils::document()
        .query_selector("footer.site-footer")
        .ok()
        .flatten()
    else {
        return Html::default();
    };
    let version = crate::bundle::version();
    let mut methods = UrlState::chart(View::Methods);
    methods.lang = Some(lang);
    let note = html! {
        <p class="data-version">
            { M::DatasetVersion.fill(lang, &[&version.version, &format_date(&version.date, lang)]) }
            {" · "}
            <a href={encode(&methods)}>{ lang.tr(M::Methods) }</a>
        </p>
    };
    create_portal(note, host)
}
