//! The pure core of Exodus, an explorer of the talent exodus from OpenAI.
//!
//! The data model, loading and validation, the catalog index, search, facets,
//! sorting, the URL codec, the message catalog, formatting, export and the
//! chart layouts and drawings. Nothing here depends on the web: the Yew app
//! (the `exodus` crate at the workspace root) wires it to the DOM, and
//! `build.rs` uses it to validate the data at compile time.

pub mod catalog;
pub mod charts;
pub mod cite;
pub mod correction;
pub mod data;
pub mod date;
pub mod explore;
pub mod export;
pub mod format;
pub mod i18n;
pub mod ids;
pub mod methods;
pub mod model;
pub mod order;
pub mod pages;
pub mod prefs;
pub mod publish;
pub mod search;
pub mod svg;
pub mod url;
pub mod validate;
pub mod version;
pub mod vocab;
