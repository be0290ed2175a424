//! The root component: it resolves the view state (URL, language,
//! preferences), provides the app context, and renders the frame around the
//! current route: skip link, header, notices and the page.

use std::rc::Rc;

use yew::prelude::*;

use exodus_core::catalog::Catalog;
use exodus_core::format::Lang;
use exodus_core::i18n::M;
use exodus_core::url::{sanitize, UrlIssue, UrlState};
use exodus_core::validate::DataError;

use super::common::CatalogHandle;
use super::context::AppContext;
use super::focus::{focus_by_id, use_document_title, use_focus_return};
use super::footer::FooterNote;
use super::header::{site_header, SiteHeaderProps};
use super::keyboard::use_keyboard_shortcuts;
use super::notices::Notices;
use super::offline::use_release_update;
use super::prefs::{preferred_lang, store_lang, use_pins, use_theme};
use super::route::{switch, Outlet, Route};
use super::routing::{use_url_state, Nav};
use super::share::{use_embed_height, PageTools};

#[derive(Properties, Clone)]
pub struct AppProps {
    /// The loaded catalog, or every problem found in the data.
    pub catalog: Result<Rc<Catalog>, Vec<DataError>>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        match (&self.catalog, &other.catalog) {
            (Ok(a), Ok(b)) => Rc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.catalog {
        Ok(catalog) => html! { <Shell catalog={CatalogHandle(catalog.clone())} /> },
        Err(errors) => super::failure::data_errors(errors),
    }
}

#[derive(Properties, Clone, PartialEq)]
struct ShellProps {
    catalog: CatalogHandle,
}

/// The app over a loaded catalog.
#[component]
fn Shell(props: &ShellProps) -> Html {
    let cat = props.catalog.clone();
    let theme = use_theme();
    let pins = use_pins();
    let url = use_url_state();
    let search_ref = use_node_ref();
    let dismissed = use_state(|| false);
    // The language when the URL names none, and a stored value that could
    // not be read; settled once per visit.
    let preferred = use_state(preferred_lang);
    // Set once the reader picks a language on this page: from then on it
    // wins over the `lang` of entries reached by Back and Forward, which
    // would otherwise switch the interface back.
    let explicit = use_mut_ref(|| false);
    // Selects show the URL's value after Back and Forward too.
    use_effect(super::sync_selects);

    // The effective state: the URL minus whatever the catalog does not know,
    // in the language the reader sees.
    let (state, issues) = {
        let (s, mut more) = sanitize(&cat, &url.location.state);
        let mut all = url.location.issues.clone();
        all.append(&mut more);
        (s, all)
    };
    // Every URL the app shows names its language, so a shared link opens in
    // the sender's language; one without gets the reader's preference.
    let lang = match (*explicit.borrow(), state.lang) {
        (true, _) | (false, None) => preferred.0,
        (false, Some(l)) => l,
    };
    let state = Rc::new(UrlState {
        lang: Some(lang),
        ..state
    });

    // The notice about ignored URL parts belongs to the view it was raised
    // on (the URL is corrected in place); it goes when the user navigates on.
    let notice = use_state(|| (Vec::<UrlIssue>::new(), UrlState::default()));
    {
        let notice = notice.clone();
        let dismissed = dismissed.clone();
        let nav = url.navigate.clone();
        let state = state.clone();
        // An old hash link is rewritten as the page's path.
        let unnamed = url.location.state.lang != Some(lang) || url.location.legacy;
        use_effect_with((issues.clone(), unnamed), move |(issues, unnamed)| {
            if !issues.is_empty() {
                notice.set((issues.clone(), (*state).clone()));
                dismissed.set(false);
            }
            if !issues.is_empty() || *unnamed {
                nav.emit(((*state).clone(), Nav::Replace));
            }
        });
    }
    use_effect_with(lang, |lang| {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
    });
    let on_lang = {
        let nav = url.navigate.clone();
        let state = state.clone();
        let preferred = preferred.clone();
        let explicit = explicit.clone();
        Callback::from(move |lang: Lang| {
            store_lang(lang);
            *explicit.borrow_mut() = true;
            // Links without a language now open in this one (storage may be
            // unavailable, so the session keeps it too).
            preferred.set((lang, preferred.1.clone()));
            let s = UrlState {
                lang: Some(lang),
                ..(*state).clone()
            };
            nav.emit((s, Nav::Replace));
        })
    };

    let route = Route::of(&cat, &state);
    use_document_title(route.title(&cat, lang));
    let focus = use_focus_return(state.clone());
    let updated = use_release_update();
    use_keyboard_shortcuts(
        state.clone(),
        search_ref.clone(),
        focus.focus_search.clone(),
        url.location.from_list,
        url.navigate.clone(),
    );

    // Notices: ignored URL parts and stored preferences that were reset
    // (shown from the first effect on: see `Notices`).
    let url_notice: &[UrlIssue] = if notice.1 == *state { &notice.0 } else { &[] };
    let mut notices: Vec<String> = Vec::new();
    if !url_notice.is_empty() {
        let parts: Vec<String> = url_notice.iter().map(|i| i.message(lang)).collect();
        notices.push(M::UrlNotice.fill(lang, &[&parts.join(lang.tr(M::ListSeparator))]));
    }
    if let Some(bad) = &theme.reset_notice {
        notices.push(M::ThemeReset.fill(lang, &[bad]));
    }
    if let Some(bad) = &preferred.1 {
        notices.push(M::LangReset.fill(lang, &[bad]));
    }
    if pins.reset {
        notices.push(lang.tr(M::PinsReset).to_owned());
    }
    if updated {
        notices.push(M::Updated.fill(lang, &[crate::bundle::VERSION]));
    }
    let on_dismiss = {
        let dismissed = dismissed.clone();
        Callback::from(move |()| dismissed.set(true))
    };

    let heading = route.heading(&cat, lang);
    let record: Option<AttrValue> = match route {
        Route::Person(i) => Some(cat.data.people[i].id.clone().into()),
        Route::Company(i) => Some(cat.data.organisations[i].id.clone().into()),
        _ => None,
    };
    let embed = state.embed;
    use_embed_height(embed);
    use_effect_with(embed, |embed| {
        if let Some(html) = gloo::utils::document().document_element() {
            // `<html data-embed>`: the stylesheet hides the site footer.
            let _ = if *embed {
                html.set_attribute("data-embed", "")
            } else {
                html.remove_attribute("data-embed")
            };
        }
    });
    let page = switch(
        route,
        &Outlet {
            catalog: cat.clone(),
            lang,
            state: state.clone(),
            pins: pins.pins.clone(),
            on_pin: pins.toggle.clone(),
            search_ref,
            return_to: focus.return_to,
            autofocus: focus.autofocus,
        },
    );
    let context = AppContext {
        catalog: cat,
        lang,
        navigate: url.navigate.clone(),
    };
    let header = SiteHeaderProps {
        view: state.view,
        tab: state.tab,
        theme: theme.theme,
        on_theme: theme.toggle.clone(),
        on_lang,
    };
    if embed {
        // Inside another site's frame: the page alone, with a way back to
        // the full view.
        let full = UrlState {
            embed: false,
            ..(*state).clone()
        };
        return html! {
            <ContextProvider<AppContext> {context}>
                <p class="embed-credit">
                    <a href={exodus_core::url::encode(&full)} target="_blank" rel="noopener">{ lang.tr(M::OpenFullView) }</a>
                </p>
                <main id="main" tabindex="-1">{ page }</main>
            </ContextProvider<AppContext>>
        };
    }
    // The page's own address and the fragment: every page has a `<base
    // href>` (the site's root), against which a bare `#main` would lead to
    // the home page when scripts are off.
    let skip_href = format!("{}#main", exodus_core::url::encode(&state));
    html! {
        <ContextProvider<AppContext> {context}>
            <a class="skip-link" href={skip_href} onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); focus_by_id("main"); })}>{ lang.tr(M::SkipToContent) }</a>
            { site_header(lang, &header) }
            <Notices {notices} dismissed={*dismissed} {on_dismiss} />
            <main id="main" tabindex="-1">
                <PageTools title={heading} {record} state={state.clone()} />
                { page }
            </main>
            <FooterNote />
        </ContextProvider<AppContext>>
    }
}
