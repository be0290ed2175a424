//! Browser tests (wasm-bindgen-test in headless Chromium): real components
//! mounted into the DOM, asserted on and driven through DOM events.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use exodus::ui::{facet_panel, person_card, App, AppProps, FacetPanelProps, PersonCardProps};
use exodus_core::catalog::Catalog;
use exodus_core::explore::{run, Facet, Sort, Tab};
use exodus_core::search::Query;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{fixture_catalog, fresh_root, sleep, texts};

#[wasm_bindgen_test]
async fn person_card_shows_name_status_and_highlight() {
    let cat = fixture_catalog();
    let idx = cat.person_index("john-schulman").unwrap();

    #[derive(Properties, PartialEq)]
    struct HostProps {
        cat: Rc<Catalog>,
        idx: usize,
    }
    #[component]
    fn Host(props: &HostProps) -> Html {
        let handle = exodus::ui::CatalogHandle(props.cat.clone());
        person_card(
            exodus_core::format::Lang::En,
            &PersonCardProps {
                catalog: handle,
                person: props.idx,
                href: "#/people/john-schulman".into(),
                query: Rc::new(Query::parse("schul")),
                pinned: true,
                on_pin: Callback::noop(),
            },
        )
    }

    let root = fresh_root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { cat, idx }).render();
    yew::scheduler::flush().await;

    let article = root
        .query_selector("article")
        .unwrap()
        .expect("an <article> card");
    let heading = article.query_selector("h3").unwrap().unwrap();
    assert!(heading.text_content().unwrap().contains("John Schulman"));
    assert_eq!(texts(&root, "mark"), vec!["Schul".to_string()]);
    let link = heading.query_selector("a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#/people/john-schulman")
    );
    assert!(article.text_content().unwrap().contains("Anthropic"));
    let pin = article
        .query_selector("button.pin")
        .unwrap()
        .expect("a pin button");
    assert_eq!(pin.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        pin.get_attribute("aria-label").as_deref(),
        Some("Pin John Schulman")
    );
}

#[wasm_bindgen_test]
async fn facet_panel_reports_toggles() {
    let cat = fixture_catalog();
    let results = run(
        &cat,
        Tab::People,
        &Query::default(),
        &Default::default(),
        None,
        Sort::Newest,
    );
    let facets = results.facets;

    #[derive(Properties, PartialEq)]
    struct HostProps {
        facets: Rc<Vec<exodus_core::explore::FacetCounts>>,
    }
    #[component]
    fn Host(props: &HostProps) -> Html {
        let toggled = use_state(Vec::<String>::new);
        let on_toggle = {
            let toggled = toggled.clone();
            Callback::from(move |(f, v): (Facet, String)| {
                let mut next = (*toggled).clone();
                next.push(format!("{}={v}", f.key()));
                toggled.set(next);
            })
        };
        html! {
            <>
                { facet_panel(exodus_core::format::Lang::En, &FacetPanelProps {
                    facets: props.facets.clone(),
                    on_toggle,
                    expanded: Rc::new(Vec::new()),
                    on_expand: Callback::noop(),
                }) }
                <p id="toggled">{ toggled.join(";") }</p>
            </>
        }
    }

    let root = fresh_root();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { facets }).render();
    yew::scheduler::flush().await;

    let legends = texts(&root, "legend");
    assert!(
        legends.contains(&"Departure year".to_string()),
        "{legends:?}"
    );
    let cofounder: web_sys::HtmlElement = root
        .query_selector("input[data-facet=cofounder][data-value=yes]")
        .unwrap()
        .expect("a co-founder checkbox")
        .dyn_into()
        .unwrap();
    cofounder.click();
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, "#toggled"), vec!["cofounder=yes".to_string()]);
}

#[wasm_bindgen_test]
async fn app_renders_cards_and_filters_as_the_user_types() {
    gloo::utils::window()
        .location()
        .set_hash("#/people")
        .unwrap();
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            catalog: Ok(fixture_catalog()),
        },
    )
    .render();
    yew::scheduler::flush().await;

    assert_eq!(
        root.query_selector_all("article.person-card")
            .unwrap()
            .length(),
        2
    );
    let input: HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .expect("a search box")
        .dyn_into()
        .unwrap();
    input.set_value("sutsk");
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;

    let names = texts(&root, "article.person-card h3");
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].contains("Ilya Sutskever"));
    assert_eq!(texts(&root, "#result-count"), vec!["1 person".to_string()]);
    // The search is in the page address's query (History API).
    assert!(gloo::utils::window()
        .location()
        .search()
        .unwrap()
        .contains("q=sutsk"));
}

#[wasm_bindgen_test]
async fn app_shows_data_errors_instead_of_a_blank_page() {
    let root = fresh_root();
    let err = exodus_core::validate::DataError::in_file(
        "data/people.json",
        "malformed JSON at line 1, column 2",
    );
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            catalog: Err(vec![err]),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("could not load its data"), "{text}");
    assert!(text.contains("data/people.json"), "{text}");
    let reload = root.query_selector("button.reload").unwrap();
    assert!(reload.is_some(), "a reload button");
    let report = report_link(&root);
    assert!(
        report.contains(&format!("Dataset version: {}", exodus::bundle::VERSION)),
        "{report}"
    );
    assert!(report.contains("malformed JSON at line 1"), "{report}");
}

/// The decoded address of the "Report this problem" link inside `root`,
/// checked to open a new bug report.
fn report_link(root: &Element) -> String {
    let href = root
        .query_selector("a.report")
        .unwrap()
        .expect("a report link")
        .get_attribute("href")
        .unwrap();
    assert!(href.contains("/issues/new?labels=bug&"), "{href}");
    String::from(js_sys::decode_uri_component(&href).unwrap())
}

// Keep this test last in the file: the panic aborts the wasm instance
// (panic = abort), and in Firefox no test after it runs in the same page.
// Tests that need the app after it go in a file of their own (web_flow.rs).
#[wasm_bindgen_test]
async fn a_real_panic_shows_the_panel_with_reload_and_report() {
    let doc = gloo::utils::document();
    let app = doc.create_element("div").unwrap();
    app.set_id("app");
    app.set_inner_html("<p>the app was here</p>");
    doc.body().unwrap().append_child(&app).unwrap();
    exodus::ui::install_panic_panel();
    // A real panic, in a task of its own (the wasm aborts after the hook has
    // run, which ends that task and not this test).
    let boom = wasm_bindgen::closure::Closure::once_into_js(|| -> () {
        panic!("forced for the test <b>not bold</b> & co")
    });
    gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0)
        .unwrap();
    sleep(50).await;

    let text = app.text_content().unwrap();
    assert!(!text.contains("the app was here"), "{text}");
    assert!(text.contains("Something went wrong"), "{text}");
    // The message is shown as text: its markup made no element.
    assert!(
        text.contains("forced for the test <b>not bold</b> & co"),
        "{text}"
    );
    assert!(app.query_selector("b").unwrap().is_none());
    assert_eq!(
        app.get_attribute("role"),
        None,
        "the panel inside #app carries the alert role"
    );
    assert!(app.query_selector("[role=alert] h1").unwrap().is_some());
    let report = report_link(&app);
    let page = gloo::utils::window().location().href().unwrap();
    for needle in [
        "forced for the test <b>not bold</b> & co".to_string(),
        format!("Page: {page}"),
        format!("Dataset version: {}", exodus::bundle::VERSION),
    ] {
        assert!(report.contains(&needle), "{needle:?} missing from {report}");
    }
    let button = app
        .query_selector("button.reload")
        .unwrap()
        .expect("a reload button");
    assert_eq!(button.text_content().unwrap(), "Reload the page");
    app.remove();
}
