//! Downloads made in the page: a text becomes a file the browser saves,
//! through a short-lived `blob:` address (no server, no inline script).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name` of type `mime`. Returns false when
/// the browser refused (the caller keeps working; nothing is lost).
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    try_download(name, mime, text).is_ok()
}

fn try_download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    try_download_blob(name, &blob)
}

/// Offers `blob` as a file named `name` (a drawing rendered to PNG).
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> bool {
    try_download_blob(name, blob).is_ok()
}

fn try_download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let doc = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Released once the browser has taken the file (an immediate revoke can
    // cancel the download in some browsers).
    let release = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000)?;
    Ok(())
}

/// Today in the reader's time zone, as a day (a citation's access day). The
/// dataset's release day stands in if the clock gives no valid date.
/// On the server (a prerendered page), the build's day in UTC.
pub fn today_date() -> exodus_core::model::PartialDate {
    #[cfg(target_arch = "wasm32")]
    let (y, m, d) = {
        let d = js_sys::Date::new_0();
        (d.get_full_year() as i32, d.get_month() + 1, d.get_date())
    };
    #[cfg(not(target_arch = "wasm32"))]
    let (y, m, d) = {
        use chrono::Datelike;
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let day = chrono::DateTime::from_timestamp(secs, 0).unwrap_or_default();
        (day.year(), day.month(), day.day())
    };
    exodus_core::model::PartialDate::ymd(y, m, d).unwrap_or_else(|| crate::bundle::version().date)
}

/// Today's local date as `YYYY-MM-DD`, for file names.
pub fn today() -> String {
    exodus_core::format::datetime_attr(&today_date())
}
