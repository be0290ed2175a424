//! The methods page: how the dataset is made and counted
//! ([`exodus_core::methods`]) and the dataset's version; the changelog itself is
//! `data/CHANGELOG.md`, not yet shown in the app.

use yew::prelude::*;

use exodus_core::format::Lang;
use exodus_core::methods::SECTIONS;

#[derive(Clone, PartialEq, Properties)]
pub struct MethodsPageProps {
    pub lang: Lang,
    /// The page heading, in the interface language.
    pub heading: AttrValue,
    /// The version line, e.g. "Dataset version 1.1.0, 4 December 2026".
    pub version_line: AttrValue,
    /// Extra sections after the fixed text (the changelog).
    #[prop_or_default]
    pub children: Html,
}

/// The methods page. Each section carries an id (`methods-totals`...) for
/// print and for links once pages have real paths; with hash routing an
/// in-page `#fragment` link would replace the route, so there is no
/// contents list yet.
#[function_component]
pub fn MethodsPage(props: &MethodsPageProps) -> Html {
    let lang = props.lang;
    html! {
        <article class="methods">
            <h1 id="view-heading">{ props.heading.clone() }</h1>
            <p class="methods-version">{ props.version_line.clone() }</p>
            { for SECTIONS.iter().map(|s| html! {
                <section aria-labelledby={s.id}>
                    <h2 id={s.id}>{ s.heading(lang) }</h2>
                    { for s.paragraphs(lang).map(|p| html! { <p>{ p }</p> }) }
                </section>
            }) }
            { props.children.clone() }
        </article>
    }
}
