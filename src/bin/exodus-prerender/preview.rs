//! The preview image of a person's or company's page (its `og:image`).

use std::fs;
use std::path::Path;

use exodus_core::svg::preview;

/// Draws preview cards (`svg::preview`) to PNG with the shipped font.
pub(crate) struct Previews {
    options: resvg::usvg::Options<'static>,
}

impl Previews {
    pub(crate) fn new() -> Self {
        let mut fonts = resvg::usvg::fontdb::Database::new();
        fonts.load_font_data(include_bytes!("../../../assets/fonts/DejaVuSans.ttf").to_vec());
        fonts.load_font_data(include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf").to_vec());
        let options = resvg::usvg::Options {
            font_family: "DejaVu Sans".into(),
            fontdb: std::sync::Arc::new(fonts),
            ..Default::default()
        };
        Previews { options }
    }

    pub(crate) fn write(&self, text: &preview::PreviewText, file: &Path) -> Result<(), String> {
        let svg = preview::card(text);
        let tree = resvg::usvg::Tree::from_str(&svg, &self.options)
            .map_err(|e| format!("preview of {}: {e}", text.name))?;
        let mut pixmap = resvg::tiny_skia::Pixmap::new(preview::WIDTH, preview::HEIGHT)
            .ok_or("cannot allocate a preview image")?;
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::default(),
            &mut pixmap.as_mut(),
        );
        let png = pixmap
            .encode_png()
            .map_err(|e| format!("preview of {}: {e}", text.name))?;
        if let Some(dir) = file.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        fs::write(file, png).map_err(|e| format!("cannot write {}: {e}", file.display()))
    }
}
