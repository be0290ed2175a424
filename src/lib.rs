//! Exodus: an explorer of the talent exodus from OpenAI.
//!
//! This crate is the app: the dataset compiled in ([`bundle`]) and the Yew
//! user interface ([`ui`]: in the browser, and natively in the prerenderer
//! that writes every page as HTML) that wires the pure core
//! ([`exodus_core`]: model, loading, search, facets, URL codec, formatting,
//! export, chart layouts) to the DOM.

pub mod bundle;
pub mod state;

pub mod ui;

// Talc instead of dlmalloc: several KB less wasm, and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
