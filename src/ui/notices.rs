//! The notice area: ignored parts of the address and stored preferences
//! that could not be read, in words, with a Dismiss button.

use yew::prelude::*;

use exodus_core::i18n::M;

use super::context::use_lang;
use super::focus::focus_by_id;

#[derive(Properties, Clone, PartialEq)]
pub struct NoticesProps {
    /// The notices, already in the interface language; none hides the area.
    pub notices: Vec<String>,
    pub dismissed: bool,
    pub on_dismiss: Callback<()>,
}

/// Always mounted, so screen readers announce what appears in it.
///
/// Its notices show from the first effect on: the prerendered page has
/// none (the server knows no stored preferences), and a hydrating first
/// render must be that page's markup. Only this small component renders
/// again when they appear, not the page around it.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let lang = use_lang();
    let mounted = super::env::use_mounted();
    let onclick = props.on_dismiss.reform(|_: MouseEvent| {
        // The button goes away with the notice: keep focus on the page.
        focus_by_id("main");
    });
    html! {
        <div class="notices" role="status">
            if mounted && !props.notices.is_empty() && !props.dismissed {
                <div class="notice">
                    <p>{ props.notices.join(" ") }</p>
                    <button type="button" {onclick}>{ lang.tr(M::Dismiss) }</button>
                </div>
            }
        </div>
    }
}
