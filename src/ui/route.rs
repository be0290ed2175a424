//! The routes of the app and the one `switch` that renders each: the URL
//! state (decoded by the core's codec) names a route, and a route is a page.

use std::rc::Rc;

use yew::prelude::*;

use exodus_core::explore::{Tab, View};
use exodus_core::format::Lang;
use exodus_core::i18n::M;
use exodus_core::url::UrlState;

use super::charts::Charts;
use super::common::CatalogHandle;
use super::detail::{company_detail, person_detail, DetailProps};
use super::explorer::Explorer;
use super::header::Overview;
use super::methods::MethodsPage;

/// A page of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// A card list: People or Companies.
    List(Tab),
    /// A person's page, by index into the dataset's people.
    Person(usize),
    /// An organisation's page, by index into the dataset's organisations.
    Company(usize),
    /// A chart view: timeline, flow or founders.
    Chart(View),
    Methods,
}

impl Route {
    /// The route of a (sanitized) view state: a record the catalog does not
    /// know has already been dropped, so a record id always resolves.
    pub fn of(cat: &CatalogHandle, state: &UrlState) -> Route {
        match (state.view, &state.record, state.tab) {
            (View::Methods, _, _) => Route::Methods,
            (View::Cards, Some(id), Tab::People) => cat
                .person_index(id)
                .map_or(Route::List(Tab::People), Route::Person),
            (View::Cards, Some(id), Tab::Companies) => cat
                .org_index(id)
                .map_or(Route::List(Tab::Companies), Route::Company),
            (View::Cards, None, tab) => Route::List(tab),
            (chart, _, _) => Route::Chart(chart),
        }
    }

    /// The page's heading, used in the document title too.
    pub fn heading(self, cat: &CatalogHandle, lang: Lang) -> String {
        let name = |t: &exodus_core::model::Text| super::common::name_text(lang, t).to_owned();
        match self {
            Route::List(Tab::People) => lang.tr(M::HeadingPeople).to_owned(),
            Route::List(Tab::Companies) => lang.tr(M::HeadingCompanies).to_owned(),
            Route::Person(i) => name(&cat.data.people[i].name),
            Route::Company(i) => name(&cat.data.organisations[i].name),
            Route::Chart(view) => lang.tr(chart_heading(view)).to_owned(),
            Route::Methods => lang.tr(M::MethodsHeading).to_owned(),
        }
    }

    /// The document title: the home title on the People list, else the
    /// page's heading with the site's name.
    pub fn title(self, cat: &CatalogHandle, lang: Lang) -> String {
        match self {
            Route::List(Tab::People) => lang.tr(M::TitleHome).to_owned(),
            other => M::TitleSuffix.fill(lang, &[&other.heading(cat, lang)]),
        }
    }
}

pub fn chart_heading(view: View) -> M {
    match view {
        View::Timeline => M::TimelineHeading,
        View::Flow => M::FlowHeading,
        _ => M::FoundersHeading,
    }
}

/// What the pages need beyond the context: the view state and the reader's
/// pins, and the focus hand-over between a list and its records.
pub struct Outlet {
    pub catalog: CatalogHandle,
    pub lang: Lang,
    pub state: Rc<UrlState>,
    pub pins: Rc<Vec<String>>,
    pub on_pin: Callback<String>,
    pub search_ref: NodeRef,
    pub return_to: Option<AttrValue>,
    pub autofocus: bool,
}

/// Renders a route.
pub fn switch(route: Route, o: &Outlet) -> Html {
    let lang = o.lang;
    let detail = |index: usize, tab: Tab, id: &str| DetailProps {
        catalog: o.catalog.clone(),
        state: o.state.clone(),
        index,
        pinned: o.pins.contains(&exodus_core::prefs::pin_key(tab, id)),
        on_pin: o.on_pin.clone(),
    };
    match route {
        Route::Chart(_) => html! {
            <>
                <h1 id="view-heading">{ route.heading(&o.catalog, lang) }</h1>
                // Keyed: each chart view mounts afresh (see `Charts`).
                <Charts key={o.state.view.key()} state={o.state.clone()} />
            </>
        },
        Route::Person(i) => {
            let id = &o.catalog.data.people[i].id;
            person_detail(lang, &detail(i, Tab::People, id))
        }
        Route::Company(i) => {
            let id = &o.catalog.data.organisations[i].id;
            company_detail(lang, &detail(i, Tab::Companies, id))
        }
        Route::List(_) => html! {
            <>
                <h1 id="view-heading">{ route.heading(&o.catalog, lang) }</h1>
                <Overview />
                <Explorer state={o.state.clone()} search_ref={o.search_ref.clone()}
                    return_to={o.return_to.clone()} autofocus={o.autofocus}
                    pins={o.pins.clone()} on_pin={o.on_pin.clone()} />
            </>
        },
        Route::Methods => {
            let version = crate::bundle::version();
            let version_line = M::DatasetVersion.fill(
                lang,
                &[
                    &version.version,
                    &exodus_core::format::format_date(&version.date, lang),
                ],
            );
            html! {
                <MethodsPage {lang} heading={route.heading(&o.catalog, lang)}
                    version_line={version_line} />
            }
        }
    }
}
