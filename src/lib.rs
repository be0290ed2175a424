//! Exodus: an explorer of the talent exodus from OpenAI.
//!
//! The pure core (data model, loading and validation, the catalog index,
//! search, facets, sorting, the URL codec, formatting and the chart layouts)
//! has no web dependencies and is tested natively. The Yew user interface in
//! [`ui`] only wires that core to the DOM and is compiled for wasm32 alone.

pub mod bundle;
pub mod catalog;
pub mod charts;
pub mod data;
pub mod explore;
pub mod export;
pub mod format;
pub mod i18n;
pub mod ids;
pub mod json;
pub mod model;
pub mod order;
pub mod prefs;
pub mod search;
pub mod svg;
pub mod url;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod ui;

// Talc instead of dlmalloc: several KB less wasm, and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
