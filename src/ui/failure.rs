//! When the app fails: a panic anywhere, or a bundled dataset that does not
//! load. Either way the reader gets a panel in words (never a blank page or
//! a raw panic) with a reload button and a "Report this problem" link that
//! opens a prefilled issue carrying the data version, the page address and
//! the message, and nothing about the reader.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use exodus_core::correction::{problem_report_url, REPOSITORY};
use exodus_core::format::Lang;
use exodus_core::i18n::M;
use exodus_core::validate::DataError;

use super::prefs::preferred_lang;

fn report_url(message: &str) -> String {
    let page = gloo::utils::window().location().href().unwrap_or_default();
    problem_report_url(REPOSITORY, crate::bundle::VERSION, &page, message)
}

/// Shows the failure panel if the app panics. Set through Yew, which would
/// otherwise replace it with its own console hook; the hook that was in
/// place before (the test runner's, in browser tests) still runs after it.
pub fn install_panic_panel() {
    let previous = std::panic::take_hook();
    yew::set_custom_panic_hook(Box::new(move |info| {
        show_panic_panel(&info.to_string());
        previous(info);
    }));
}

/// Replaces the app with the panic panel. Built with plain DOM calls, not
/// Yew, which may be what failed; text goes in as text, never as markup; and
/// the reload button calls `location.reload` bound in JavaScript, because
/// after a panic the wasm instance must not be entered again.
pub fn show_panic_panel(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The language the page was last rendered in (the App keeps
    // `<html lang>` current); a panic can happen outside any render.
    let lang = doc
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let Some(root) = doc
        .get_element_by_id("app")
        .or_else(|| doc.body().map(Into::into))
    else {
        return;
    };
    root.set_inner_html(
        "<div class=\"boot-panel failure\" role=\"alert\"><h1></h1><p></p><pre></pre>\
         <p class=\"failure-actions\"><button type=\"button\" class=\"reload\"></button> \
         <a class=\"report\" target=\"_blank\" rel=\"noopener noreferrer\"></a></p></div>",
    );
    let find = |selector: &str| root.query_selector(selector).ok().flatten();
    for (selector, text) in [
        ("h1", lang.tr(M::PanicTitle)),
        ("p", lang.tr(M::PanicBody)),
        ("pre", message),
        (".reload", lang.tr(M::Reload)),
        (".report", lang.tr(M::ReportProblem)),
    ] {
        if let Some(el) = find(selector) {
            el.set_text_content(Some(text));
        }
    }
    if let Some(link) = find(".report") {
        let _ = link.set_attribute("href", &report_url(message));
    }
    if let (Some(button), Some(reload)) = (find(".reload"), bound_reload()) {
        let _ = button.add_event_listener_with_callback("click", &reload);
    }
}

/// `location.reload` bound to `location`: a JavaScript function that reloads
/// the page without calling back into the wasm.
fn bound_reload() -> Option<js_sys::Function> {
    let location = gloo::utils::window().location();
    let reload = js_sys::Reflect::get(&location, &"reload".into()).ok()?;
    Some(reload.dyn_into::<js_sys::Function>().ok()?.bind0(&location))
}

/// The data did not load: every problem, in words, instead of a page that
/// shows something wrong, with a way to reload and to report it.
pub fn data_errors(errors: &[DataError]) -> Html {
    let (lang, _) = preferred_lang();
    let message: String = errors.iter().take(10).map(|e| format!("{e}\n")).collect();
    let reload = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().location().reload();
    });
    html! {
        <div class="boot-panel failure" role="alert">
            <h1>{ lang.tr(M::DataErrorTitle) }</h1>
            <p>{ M::DataErrorBody.fill(lang, &[&errors.len().to_string()]) }</p>
            <ul>{ for errors.iter().take(50).map(|e| html! { <li><code>{ e.to_string() }</code></li> }) }</ul>
            <p class="failure-actions">
                <button type="button" class="reload" onclick={reload}>{ lang.tr(M::Reload) }</button>
                { " " }
                <a class="report" href={report_url(&message)} target="_blank" rel="noopener noreferrer">
                    { lang.tr(M::ReportProblem) }
                </a>
            </p>
        </div>
    }
}
