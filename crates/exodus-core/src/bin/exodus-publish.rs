//! Writes the published dataset (see `exodus_core::publish`) next to a
//! build of the app, and the methods page's text that the app loads
//! (`exodus_core::methods::file`):
//!
//!   exodus-publish <data dir> <output dir>
//!
//! The data is loaded and validated first, as the app's build does; invalid
//! data writes nothing and fails with the validator's messages. The site
//! address for the records' `url` column comes from `EXODUS_SITE_URL`
//! (e.g. `https://example.org/exodus/`); without it the addresses are
//! relative to the app.

use std::path::Path;
use std::process::ExitCode;

use exodus_core::data::{load, DataTexts};
use exodus_core::format::Lang;
use exodus_core::methods;
use exodus_core::publish::files;
use exodus_core::version::{DatasetVersion, VERSION_FILE};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data_dir, out_dir] = args.as_slice() else {
        eprintln!("usage: exodus-publish <data dir> <output dir>");
        return ExitCode::from(2);
    };
    let (data_dir, out_dir) = (Path::new(data_dir), Path::new(out_dir));
    let texts = match DataTexts::read(data_dir) {
        Ok(t) => t,
        Err(missing) => {
            eprintln!("exodus-publish: cannot read {}", missing.join(", "));
            return ExitCode::FAILURE;
        }
    };
    let data = match load(&texts.files()) {
        Ok(d) => d,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!(
                "exodus-publish: the data in {} is invalid",
                data_dir.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let version = match std::fs::read_to_string(data_dir.join(VERSION_FILE))
        .map_err(|e| e.to_string())
        .and_then(|t| DatasetVersion::parse(&t).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => {
            eprintln!("exodus-publish: {VERSION_FILE}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let site = std::env::var("EXODUS_SITE_URL").unwrap_or_else(|_| "./".into());
    let files = match files(&data, &version, &site) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("exodus-publish: the records could not be written as JSON: {e}");
            return ExitCode::FAILURE;
        }
    };
    let methods = [Lang::En, Lang::Zh].map(|l| (methods::file(l).to_owned(), methods::html(l)));
    let all = files.into_iter().map(|f| (f.path, f.text)).chain(methods);
    for (path, text) in all {
        let path = out_dir.join(path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &text));
        if let Err(e) = written {
            eprintln!("exodus-publish: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!(
        "exodus-publish: dataset {} written to {}",
        version.version,
        out_dir.display()
    );
    ExitCode::SUCCESS
}
