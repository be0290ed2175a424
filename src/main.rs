//! The app's entry point: everything lives in the library (see `lib.rs`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    exodus::ui::start();
}
