//! `exodus-prerender <dist>`: writes every page of the site as HTML.
//!
//! Run natively by the release build's post-build hook (scripts/post-build.mjs)
//! over the finished `index.html`, which serves as the template. Each page
//! of [`exodus_core::pages::all`] (both languages) is rendered with the app's
//! own components by Yew's server renderer and written to
//! `<dist>/<path>index.html` with its own `<html lang>`, `<title>`, meta
//! description, `<base href>` (the site's root, relative, so one build works
//! under any sub-path), canonical and `hreflang` links, and OpenGraph and
//! Twitter card tags. The app hydrates the page when its wasm starts. Also written: `404.html` (a static page with
//! the lists and a search form), `sitemap.xml` and `robots.txt`.
//!
//! `EXODUS_SITE_URL` (e.g. `https://example.github.io/exodus/`) makes the
//! canonical, OpenGraph and sitemap addresses absolute; without it the
//! canonical link is relative, `og:url` is left out and no sitemap is
//! written (a sitemap needs absolute addresses).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

use exodus::ui::{document_title, env, App, AppProps, StaticNote};
use exodus_core::catalog::Catalog;
use exodus_core::format::Lang;
use exodus_core::pages;
use exodus_core::url::{encode, page_path};
use yew::LocalServerRenderer;

mod page;
mod preview;

use page::{not_found, page, sitemap, Head, APP_OPEN, FOOTER_CLOSE, FOOTER_OPEN};
use preview::Previews;

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: exodus-prerender <dist>");
        return ExitCode::FAILURE;
    };
    let started = std::time::Instant::now();
    match run(&dist) {
        Ok(n) => {
            println!(
                "exodus-prerender: wrote {n} pages, their preview images, 404.html and robots.txt to {} in {:.1} s",
                dist.display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("exodus-prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The configured site address, ending in `/`, or empty.
fn site_url() -> String {
    let url = std::env::var("EXODUS_SITE_URL").unwrap_or_default();
    let url = url.trim();
    if url.is_empty() || url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}

fn run(dist: &Path) -> Result<usize, String> {
    let template_path = dist.join("index.html");
    let template = fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    for marker in [
        APP_OPEN,
        FOOTER_OPEN,
        FOOTER_CLOSE,
        "<html lang=en>",
        "<title>",
    ] {
        if !template.contains(marker) {
            return Err(format!(
                "{} has no {marker} (has Trunk's minifier changed?)",
                template_path.display()
            ));
        }
    }
    if template.contains("<base href") {
        return Err(format!(
            "{} is already a prerendered page: run me on Trunk's fresh output",
            template_path.display()
        ));
    }
    let data = exodus::bundle::load_bundled().map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!("the bundled data is invalid:\n{}", lines.join("\n"))
    })?;
    let catalog = Rc::new(Catalog::new(data));
    let site = site_url();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the renderer: {e}"))?;
    let local = tokio::task::LocalSet::new();

    let all = pages::all(&catalog);
    let previews = Previews::new();
    for state in &all {
        let path = page_path(state);
        let lang = state.lang.unwrap_or_default();
        env::set_page(&site, &encode(state));
        let props = AppProps {
            catalog: Ok(catalog.clone()),
        };
        let body = local.block_on(
            &runtime,
            LocalServerRenderer::<App>::with_props(props)
                .hydratable(true)
                .render(),
        );
        let note = local.block_on(
            &runtime,
            LocalServerRenderer::<StaticNote>::with_props(exodus::ui::NoteProps { lang })
                .hydratable(false)
                .render(),
        );
        // One preview image per record, shared by both languages.
        let image = match (pages::preview(&catalog, state), pages::preview_path(state)) {
            (Some(text), Some(image)) => {
                if lang == Lang::En {
                    previews.write(&text, &dist.join(&image))?;
                }
                Some((image, text.name))
            }
            _ => None,
        };
        let head = Head {
            image,
            lang,
            title: document_title(&catalog, state),
            description: pages::description(&catalog, state),
            path: &path,
            site: &site,
            state,
        };
        let html = page(&template, &head, &body, &note);
        let file = dist.join(&path).join("index.html");
        if let Some(dir) = file.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        fs::write(&file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    fs::write(dist.join("404.html"), not_found(&template, &site))
        .map_err(|e| format!("cannot write 404.html: {e}"))?;
    let mut robots = String::from("User-agent: *\nAllow: /\n");
    if !site.is_empty() {
        fs::write(dist.join("sitemap.xml"), sitemap(&all, &site))
            .map_err(|e| format!("cannot write sitemap.xml: {e}"))?;
        robots.push_str(&format!("Sitemap: {site}sitemap.xml\n"));
    } else {
        println!("exodus-prerender: EXODUS_SITE_URL is not set: no sitemap.xml, relative canonical links");
    }
    fs::write(dist.join("robots.txt"), robots)
        .map_err(|e| format!("cannot write robots.txt: {e}"))?;
    Ok(all.len())
}
