//! What every component may need and the App provides: the catalog, the
//! interface language and navigation, in one context behind small hooks
//! (as Yew's `contexts` example does), instead of props threaded by hand.

use yew::prelude::*;

use exodus_core::format::Lang;
use exodus_core::url::UrlState;

use super::common::CatalogHandle;
use super::routing::Nav;

/// The app-wide context. Equal when the catalog is the same one and the
/// language and navigation callback are unchanged, so a change of language
/// re-renders every consumer and nothing else does.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub catalog: CatalogHandle,
    pub lang: Lang,
    /// Moves to a new view state, pushing or replacing the history entry.
    pub navigate: Callback<(UrlState, Nav)>,
}

/// The app context. The App always provides it around the views, so its
/// absence is a programming error, not a state to handle.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("the App provides AppContext around every view")
}

/// The interface language.
#[hook]
pub fn use_lang() -> Lang {
    use_app().lang
}

/// The loaded catalog.
#[hook]
pub fn use_catalog() -> CatalogHandle {
    use_app().catalog
}

/// Navigation to a new view state.
#[hook]
pub fn use_navigate() -> Callback<(UrlState, Nav)> {
    use_app().navigate
}
