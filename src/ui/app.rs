//! The root component: URL state, theme, notices, keyboard shortcuts, focus
//! management, and the choice between a list view and a detail page.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use exodus_core::catalog::Catalog;
use exodus_core::charts::TimelineKind;
use exodus_core::explore::{Facet, Tab, View};
use exodus_core::format::Lang;
use exodus_core::i18n::M;
use exodus_core::url::{UrlIssue, UrlState};
use exodus_core::validate::DataError;

use super::charts::Charts;
use super::common::{card_link_id, name_text, CatalogHandle};
use super::detail::{company_detail, person_detail, DetailProps};
use super::explorer::Explorer;
use super::header::{site_header, Overview, SiteHeaderProps};
use super::prefs::{preferred_lang, store_lang, use_pins, use_theme};
use super::routing::{use_url_state, Nav};
use super::{set_lang, tr};

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

/// Drops filter values and records the catalog does not know.
fn sanitize(cat: &Catalog, state: &UrlState) -> (UrlState, Vec<UrlIssue>) {
    let mut issues = Vec::new();
    let mut s = state.clone();
    if s.view != View::Cards {
        // A chart's filters: timeline kinds and reasons.
        s.filters.retain(|facet, v| {
            let known = match facet {
                Facet::Kind => TimelineKind::from_key(v).is_some(),
                Facet::Reason => exodus_core::model::ReasonCategory::from_key(v).is_some(),
                _ => false,
            };
            if !known {
                issues.push(UrlIssue::UnknownValue {
                    facet: facet.key().into(),
                    value: v.chars().take(40).collect(),
                });
            }
            known
        });
        // A range that ends before it starts keeps its start.
        if let (Some(from), Some(to)) = (s.from, s.to) {
            if from > to {
                issues.push(UrlIssue::UnknownValue {
                    facet: "to".into(),
                    value: to.to_string(),
                });
                s.to = None;
            }
        }
        return (s, issues);
    }
    let table = match s.tab {
        Tab::People => &cat.people_table,
        Tab::Companies => &cat.company_table,
    };
    let facets = Facet::for_tab(s.tab);
    s.filters.retain(|facet, v| {
        let col = facets.iter().position(|f| *f == facet);
        let known = col.is_some_and(|col| table.facet_values[col].iter().any(|fv| &*fv.key == v));
        if !known {
            issues.push(UrlIssue::UnknownValue {
                facet: facet.key().into(),
                value: v.chars().take(40).collect(),
            });
        }
        known
    });
    if let Some(id) = &s.record {
        let known = match s.tab {
            Tab::People => cat.person_index(id).is_some(),
            Tab::Companies => cat.org_index(id).is_some(),
        };
        if !known {
            issues.push(UrlIssue::UnknownRecord(id.chars().take(40).collect()));
            s.record = None;
        }
    }
    (s, issues)
}

fn chart_heading(view: View) -> M {
    match view {
        View::Timeline => M::TimelineHeading,
        View::Flow => M::FlowHeading,
        _ => M::FoundersHeading,
    }
}

fn is_typing_target(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false)
}

fn focus_by_id(id: &str) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
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
    let catalog = match &props.catalog {
        Ok(c) => Some(CatalogHandle(c.clone())),
        Err(_) => None,
    };

    // The effective state: the URL minus whatever the catalog does not know.
    let (state, issues) = match &catalog {
        Some(cat) => {
            let (s, mut more) = sanitize(cat, &url.location.state);
            let mut all = url.location.issues.clone();
            all.append(&mut more);
            (Rc::new(s), all)
        }
        None => (
            Rc::new(url.location.state.clone()),
            url.location.issues.clone(),
        ),
    };
    // Every URL the app shows names its language, so a shared link opens in
    // the sender's language; one without gets the reader's preference.
    let lang = match (*explicit.borrow(), state.lang) {
        (true, _) | (false, None) => preferred.0,
        (false, Some(l)) => l,
    };
    let state = if state.lang != Some(lang) {
        let mut s = (*state).clone();
        s.lang = Some(lang);
        Rc::new(s)
    } else {
        state
    };
    set_lang(lang);
    // The notice about ignored URL parts belongs to the view it was raised
    // on (the URL is corrected in place); it goes when the user navigates on.
    let notice = use_state(|| (Vec::<UrlIssue>::new(), UrlState::default()));
    {
        let notice = notice.clone();
        let dismissed = dismissed.clone();
        let nav = url.navigate.clone();
        let state = state.clone();
        let unnamed = url.location.state.lang != Some(lang);
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
    let url_notice: &[UrlIssue] = if notice.1 == *state { &notice.0 } else { &[] };
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
            let mut s = (*state).clone();
            s.lang = Some(lang);
            nav.emit((s, Nav::Replace));
        })
    };

    // The document title names the view or the record.
    let title = match (&catalog, &state.record) {
        (Some(cat), Some(id)) => {
            let name = match state.tab {
                Tab::People => cat
                    .person_index(id)
                    .map(|i| name_text(&cat.data.people[i].name).to_owned()),
                Tab::Companies => cat
                    .org_index(id)
                    .map(|i| name_text(&cat.data.organisations[i].name).to_owned()),
            };
            M::TitleSuffix.fill(lang, &[&name.unwrap_or_default()])
        }
        _ if state.view != View::Cards => {
            M::TitleSuffix.fill(lang, &[tr(chart_heading(state.view))])
        }
        (_, None) if state.tab == Tab::Companies => {
            M::TitleSuffix.fill(lang, &[tr(M::HeadingCompanies)])
        }
        _ => tr(M::TitleHome).to_owned(),
    };

    // One effect per view state: the title; focus into a detail page when it
    // opens and back to its card when it closes; and the keyboard: "/"
    // focuses the search, Escape closes an open record or clears the search
    // while typing in it.
    let previous = use_mut_ref(|| None::<String>);
    // "/" on a detail page goes to the list; the search is focused once it exists.
    let focus_search = use_mut_ref(|| false);
    // The record open before this render (the effect below updates it).
    let return_to = previous.borrow().clone().map(AttrValue::from);
    let autofocus = *focus_search.borrow();
    {
        let search_ref = search_ref.clone();
        let nav = url.navigate.clone();
        let from_list = url.location.from_list;
        use_effect_with(state.clone(), move |state| {
            gloo::utils::document().set_title(&title);
            // The Explorer has mounted with the request (and focuses the
            // search itself); clear it, and leave focus where it put it.
            let wants_search = focus_search.replace(false);
            let prev = previous.replace(state.record.clone());
            if prev != state.record {
                match (&state.record, prev) {
                    (Some(_), _) => {
                        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                        focus_by_id("detail-heading");
                    }
                    (None, Some(prev)) if !wants_search => focus_by_id(&card_link_id(&prev)),
                    (None, Some(_)) => {}
                    (None, None) => {}
                }
            }
            let state = state.clone();
            let focus_search = focus_search.clone();
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let search = search_ref.cast::<web_sys::HtmlInputElement>();
                    if e.key() == "/"
                        && !is_typing_target(e)
                        && !e.ctrl_key()
                        && !e.meta_key()
                        && !e.alt_key()
                    {
                        e.prevent_default();
                        match search {
                            Some(input) => {
                                let _ = input.focus();
                                input.select();
                            }
                            None => {
                                *focus_search.borrow_mut() = true;
                                let mut list = state.list();
                                if list.view != View::Cards {
                                    list = UrlState::new(Tab::People);
                                    list.lang = state.lang;
                                }
                                nav.emit((list, Nav::Push));
                            }
                        }
                    } else if e.key() == "Escape" && state.record.is_some() {
                        e.prevent_default();
                        // Back to the list the card was opened from when it
                        // is one entry back; otherwise a new entry for it.
                        match gloo::utils::window().history() {
                            Ok(h) if from_list => {
                                let _ = h.back();
                            }
                            _ => nav.emit((state.list(), Nav::Push)),
                        }
                    } else if e.key() == "Escape" && !state.query.is_empty() && is_typing_target(e)
                    {
                        e.prevent_default();
                        let mut s = state.list();
                        s.query.clear();
                        nav.emit((s, Nav::Replace));
                    }
                },
            );
            move || drop(listener)
        });
    }

    let Some(cat) = catalog else {
        let errors = props.catalog.as_ref().err().cloned().unwrap_or_default();
        return html! {
            <div class="boot-panel" role="alert">
                <h1>{ tr(M::DataErrorTitle) }</h1>
                <p>{ M::DataErrorBody.fill(lang, &[&errors.len().to_string()]) }</p>
                <ul>{ for errors.iter().take(50).map(|e| html! { <li><code>{ e.to_string() }</code></li> }) }</ul>
            </div>
        };
    };

    // Whether the open record is pinned.
    let pinned = state.record.as_ref().is_some_and(|id| {
        pins.pins
            .contains(&exodus_core::prefs::pin_key(state.tab, id))
    });
    let main = match (&state.record, state.tab) {
        _ if state.view != View::Cards => html! {
            <>
                <h1 id="view-heading">{ tr(chart_heading(state.view)) }</h1>
                <Charts catalog={cat.clone()} state={state.clone()} navigate={url.navigate.clone()} {lang} />
            </>
        },
        (Some(id), Tab::People) => match cat.person_index(id) {
            Some(i) => person_detail(&DetailProps {
                catalog: cat.clone(),
                state: state.clone(),
                index: i,
                pinned,
                on_pin: pins.toggle.clone(),
            }),
            None => Html::default(),
        },
        (Some(id), Tab::Companies) => match cat.org_index(id) {
            Some(i) => company_detail(&DetailProps {
                catalog: cat.clone(),
                state: state.clone(),
                index: i,
                pinned,
                on_pin: pins.toggle.clone(),
            }),
            None => Html::default(),
        },
        (None, tab) => html! {
            <>
                <h1 id="view-heading">{ tr(match tab {
                    Tab::People => M::HeadingPeople,
                    Tab::Companies => M::HeadingCompanies,
                }) }</h1>
                <Overview catalog={cat.clone()} {lang} />
                <Explorer catalog={cat.clone()} state={state.clone()} navigate={url.navigate.clone()} search_ref={search_ref.clone()}
                    return_to={return_to} {autofocus} pins={pins.pins.clone()} on_pin={pins.toggle.clone()} />
            </>
        },
    };
    let on_dismiss = {
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| {
            dismissed.set(true);
            // The button goes away with the notice: keep focus on the page.
            focus_by_id("main");
        })
    };
    // Notices: ignored URL parts and stored preferences that were reset.
    let mut notices: Vec<String> = Vec::new();
    if !url_notice.is_empty() {
        let parts: Vec<String> = url_notice.iter().map(|i| i.message(lang)).collect();
        notices.push(M::UrlNotice.fill(lang, &[&parts.join(tr(M::ListSeparator))]));
    }
    if let Some(bad) = &theme.reset_notice {
        notices.push(M::ThemeReset.fill(lang, &[bad]));
    }
    if let Some(bad) = &preferred.1 {
        notices.push(M::LangReset.fill(lang, &[bad]));
    }
    if pins.reset {
        notices.push(tr(M::PinsReset).to_owned());
    }
    html! {
        <>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); focus_by_id("main"); })}>{ tr(M::SkipToContent) }</a>
            { site_header(&SiteHeaderProps { view: state.view, tab: state.tab, theme: theme.theme, on_theme: theme.toggle.clone(), on_lang }) }
            // Always mounted, so screen readers announce what appears in it.
            <div class="notices" role="status">
                if !notices.is_empty() && !*dismissed {
                    <div class="notice">
                        <p>{ notices.join(" ") }</p>
                        <button type="button" onclick={on_dismiss}>{ tr(M::Dismiss) }</button>
                    </div>
                }
            </div>
            <main id="main" tabindex="-1">{ main }</main>
        </>
    }
}
