//! Offline use: registers the service worker that the release build
//! generates (`sw.js`, see `scripts/service-worker.mjs`), and says so when a
//! new release has taken over from the one the reader had before.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Registers `sw.js` once, and returns whether a new release replaced the
/// one that served this reader before (a service worker already controlled
/// the page and another took over).
#[hook]
pub fn use_release_update() -> bool {
    let updated = use_state(|| false);
    {
        let updated = updated.clone();
        use_effect_with((), move |()| {
            let container = gloo::utils::window().navigator().service_worker();
            // Debug builds (`trunk serve`) have no sw.js; a failed
            // registration only means no offline copy.
            let registration = container.register("./sw.js");
            yew::platform::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
            });
            let had_controller = container.controller().is_some();
            let listener = gloo::events::EventListener::new(
                container.unchecked_ref(),
                "controllerchange",
                move |_| {
                    if had_controller {
                        updated.set(true);
                    }
                },
            );
            move || drop(listener)
        });
    }
    *updated
}
