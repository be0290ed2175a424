//! The facet filters: one group of checkboxes per facet, with live counts.
//! Long facets (e.g. hundreds of destinations) show their most frequent
//! values and the selected ones, with a button to show all.

use std::rc::Rc;

use yew::prelude::*;

use exodus_core::format::Lang;

use exodus_core::catalog::FacetValue;
use exodus_core::explore::{Facet, FacetCounts};
use exodus_core::i18n::M;

/// Facets longer than this are shortened to their top [`SHORT`] values.
const LONG: usize = 12;
const SHORT: usize = 8;

#[derive(Clone, PartialEq)]
pub struct FacetPanelProps {
    pub facets: Rc<Vec<FacetCounts>>,
    /// A value was switched on or off.
    pub on_toggle: Callback<(Facet, String)>,
    /// Long facets the user chose to see in full.
    /// The keys of the facets shown in full.
    pub expanded: Rc<Vec<String>>,
    /// "Show all" or "Show fewer" was pressed for a facet.
    pub on_expand: Callback<Facet>,
}

/// The values to show: all of a short facet; otherwise the selected ones and
/// the most frequent, in the facet's own order.
fn visible(values: &[(FacetValue, usize, bool)], expanded: bool) -> Vec<usize> {
    if expanded || values.len() <= LONG {
        return (0..values.len()).collect();
    }
    let mut by_count: Vec<usize> = (0..values.len()).filter(|&i| values[i].1 > 0).collect();
    exodus_core::order::sort_by_key(&mut by_count, |&i| {
        exodus_core::order::Key::num(-(values[i].1 as i64))
    });
    by_count.truncate(SHORT);
    let mut shown: Vec<usize> = (0..values.len())
        .filter(|&i| values[i].2 || by_count.contains(&i))
        .collect();
    shown.dedup();
    shown
}

pub fn facet_panel(lang: Lang, props: &FacetPanelProps) -> Html {
    html! {
        <div class="facet-groups">
            { for props.facets.iter().map(|fc| {
                let facet = fc.facet;
                let is_expanded = props.expanded.iter().any(|k| k == facet.key());
                let shown = visible(&fc.values, is_expanded);
                let hidden = fc.values.len() - shown.len();
                let toggle_all = props.on_expand.reform(move |_: MouseEvent| facet);
                html! {
                    <fieldset class="facet" key={facet.key()}>
                        <legend>{ lang.tr(facet.label()) }</legend>
                        <ul>
                            { for shown.into_iter().map(|i| {
                                let (value, count, on) = &fc.values[i];
                                let key = value.key.clone();
                                let cb = props.on_toggle.clone();
                                let onchange = Callback::from(move |_: Event| cb.emit((facet, key.to_string())));
                                let id = format!("f-{}-{}", facet.key(), value.key);
                                let empty = *count == 0 && !*on;
                                html! {
                                    <li key={&*value.key} class={empty.then_some("facet-empty")}>
                                        <input type="checkbox" id={id.clone()} checked={*on} disabled={empty} {onchange}
                                            data-facet={facet.key()} data-value={value.key.clone()} />
                                        <label for={id}>
                                            // An English name standing in for a Chinese one.
                                            <span lang={(lang == exodus_core::format::Lang::Zh && value.label[0] == value.label[1]
                                                && value.key.bytes().any(|b| b.is_ascii_alphabetic())).then_some("en")}>
                                                { value.label(lang) }
                                            </span>
                                            <span class="count">
                                                <span class="visually-hidden">{": "}</span>{ *count }
                                            </span>
                                        </label>
                                    </li>
                                }
                            }) }
                        </ul>
                        if hidden > 0 || is_expanded {
                            <button type="button" class="link-button" aria-expanded={is_expanded.to_string()} onclick={toggle_all}>
                                { if is_expanded { lang.tr(M::ShowFewer).to_string() } else { M::ShowAll.fill(lang, &[&fc.values.len().to_string()]) } }
                            </button>
                        }
                    </fieldset>
                }
            }) }
        </div>
    }
}
