//! The facet filters: one group of checkboxes per facet, with live counts.

use std::rc::Rc;

use yew::prelude::*;

use crate::explore::{Facet, FacetCounts};

#[derive(Properties, Clone, PartialEq)]
pub struct FacetPanelProps {
    pub facets: Rc<Vec<FacetCounts>>,
    /// A value was switched on or off.
    pub on_toggle: Callback<(Facet, String)>,
}

#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    html! {
        <div class="facet-groups">
            { for props.facets.iter().map(|fc| {
                let facet = fc.facet;
                html! {
                    <fieldset class="facet" key={facet.key()}>
                        <legend>{ facet.label().en }</legend>
                        <ul>
                            { for fc.values.iter().map(|(value, count, on)| {
                                let key = value.key.clone();
                                let cb = props.on_toggle.clone();
                                let onchange = Callback::from(move |_: Event| cb.emit((facet, key.clone())));
                                let id = format!("f-{}-{}", facet.key(), value.key);
                                let empty = *count == 0 && !*on;
                                html! {
                                    <li key={value.key.clone()} class={empty.then_some("facet-empty")}>
                                        <input type="checkbox" id={id.clone()} checked={*on} {onchange}
                                            data-facet={facet.key()} data-value={value.key.clone()} />
                                        <label for={id}>
                                            { &value.label.en }
                                            <span class="count">
                                                <span class="visually-hidden">{": "}</span>{ *count }
                                            </span>
                                        </label>
                                    </li>
                                }
                            }) }
                        </ul>
                    </fieldset>
                }
            }) }
        </div>
    }
}
