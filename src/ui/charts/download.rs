//! "Download SVG" and "Download PNG" for every drawing: the chart leaves
//! the page whole, with its title, the active filters, the data version,
//! the source line and the page address (`exodus_core::svg::standalone`),
//! in the reader's language and the page's current colours. The PNG is
//! drawn at twice the size, for slides.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, HtmlImageElement};
use yew::prelude::*;

use exodus_core::i18n::M;
use exodus_core::model::ReasonCategory;
use exodus_core::svg::{filters_text, standalone, FileText, Palette};
use exodus_core::url::UrlState;

use crate::ui::download::{download, download_blob, today};
use exodus_core::format::Lang;

/// Presentation properties copied from the page's styles onto the file's
/// elements, so the drawing looks the same without the stylesheet.
const STYLED: &[&str] = &[
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-opacity",
    "opacity",
    "font-size",
    "font-weight",
    "font-family",
    "text-anchor",
    "dominant-baseline",
    "display",
];

/// What a drawing's file needs beyond the drawing itself.
pub struct ChartDownloadsProps {
    /// The chart's title in the file.
    pub title: AttrValue,
    /// Used in the file name: `exodus-<name>-<day>.svg`.
    pub name: AttrValue,
    /// The view whose filters the chart shows, when it has filters.
    pub state: Option<Rc<UrlState>>,
}

/// The drawing of the figure that holds `from`, with the page's computed
/// styles written onto every element, and its height at the common width
/// (from its `viewBox`).
fn styled_drawing(from: &Element) -> Option<(String, f64)> {
    let live = from.closest("figure").ok()??.query_selector("svg").ok()??;
    let view_box: Vec<f64> = live
        .get_attribute("viewBox")?
        .split(' ')
        .map(js_sys::Number::parse_float)
        .collect();
    let height = match view_box.as_slice() {
        [_, _, w, h] if *w > 0.0 && *h > 0.0 => h * exodus_core::svg::W / w,
        _ => return None,
    };
    let copy: Element = live.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let window = gloo::utils::window();
    let (a, b) = (
        live.query_selector_all("*").ok()?,
        copy.query_selector_all("*").ok()?,
    );
    for i in 0..a.length() {
        let (Some(l), Some(c)) = (a.item(i), b.item(i)) else {
            continue;
        };
        let (Ok(l), Ok(c)) = (l.dyn_into::<Element>(), c.dyn_into::<Element>()) else {
            continue;
        };
        let Ok(Some(style)) = window.get_computed_style(&l) else {
            continue;
        };
        for &p in STYLED {
            if let Ok(v) = style.get_property_value(p) {
                if !v.is_empty() {
                    let _ = c.set_attribute(p, &v);
                }
            }
        }
        // Links and focus hooks mean nothing in a file.
        for attr in ["tabindex", "href", "data-band"] {
            let _ = c.remove_attribute(attr);
        }
    }
    Some((copy.outer_html(), height))
}

fn palette_value(property: &str) -> String {
    let window = gloo::utils::window();
    gloo::utils::document()
        .body()
        .and_then(|b| window.get_computed_style(&b).ok().flatten())
        .and_then(|s| s.get_property_value(property).ok())
        .unwrap_or_default()
}

/// The two download buttons of a figure (they find the figure's drawing
/// from the clicked button when pressed).
pub fn chart_downloads(lang: Lang, props: ChartDownloadsProps) -> Html {
    let file = {
        let title = props.title.to_string();
        let state = props.state.clone();
        move |target: &Element| -> Option<String> {
            let (drawing, height) = styled_drawing(target)?;
            let filters = state.as_ref().map_or_else(String::new, |state| {
                filters_text(state, lang, &|v| {
                    ReasonCategory::from_key(v)
                        .map(|r| lang.tr(r.label()).to_owned())
                        .unwrap_or_else(|| v.to_owned())
                })
            });
            let address = gloo::utils::window().location().href().unwrap_or_default();
            let (background, text) = (palette_value("background-color"), palette_value("color"));
            Some(standalone(
                &drawing,
                height,
                &FileText {
                    title: &title,
                    filters: &filters,
                    version: crate::bundle::VERSION,
                    address: &address,
                },
                &Palette {
                    background: &background,
                    text: &text,
                    muted: &text,
                },
                lang,
            ))
        }
    };
    let name = format!("{}-{}", props.name, today());
    let on_svg = {
        let file = file.clone();
        let name = name.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(target) = e.target_dyn_into::<Element>() else {
                return;
            };
            if let Some(svg) = file(&target) {
                download(&format!("exodus-{name}.svg"), "image/svg+xml", &svg);
            }
        })
    };
    let on_png = Callback::from(move |e: MouseEvent| {
        let Some(target) = e.target_dyn_into::<Element>() else {
            return;
        };
        if let Some(svg) = file(&target) {
            let _ = render_png(&svg, format!("exodus-{name}.png"));
        }
    });
    html! {
        <p class="chart-downloads">
            <button type="button" class="download-svg" onclick={on_svg}
                aria-label={M::OfThisChart.fill(lang, &[lang.tr(M::DownloadSvg)])}>{ lang.tr(M::DownloadSvg) }</button>
            <button type="button" class="download-png" onclick={on_png}
                aria-label={M::OfThisChart.fill(lang, &[lang.tr(M::DownloadPng)])}>{ lang.tr(M::DownloadPng) }</button>
        </p>
    }
}

/// Draws the SVG file onto a canvas at twice its size and downloads it as
/// PNG. The image loads from a `blob:` address (allowed by the page's
/// `img-src`).
fn render_png(svg: &str, name: String) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = HtmlImageElement::new()?;
    let img = image.clone();
    let src = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = (|| -> Result<(), JsValue> {
            let (w, h) = (img.natural_width() * 2, img.natural_height() * 2);
            let canvas: HtmlCanvasElement = gloo::utils::document()
                .create_element("canvas")?
                .dyn_into()?;
            canvas.set_width(w);
            canvas.set_height(h);
            let ctx: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")?
                .ok_or("no 2d context")?
                .dyn_into()?;
            ctx.draw_image_with_html_image_element_and_dw_and_dh(
                &img,
                0.0,
                0.0,
                w.into(),
                h.into(),
            )?;
            let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                if let Some(blob) = blob {
                    download_blob(&name, &blob);
                }
            });
            canvas.to_blob(done.unchecked_ref())?;
            web_sys::Url::revoke_object_url(&src)
        })();
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
    Ok(())
}
