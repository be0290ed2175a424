//! Rules over the workspace's sources. Every Rust source file outside a
//! `tests/` folder stays small enough to hold in one's head (at most 400
//! lines): a file that grows past it is split by what it does, as
//! `src/ui/detail/` (the page and its evidence) and
//! `src/bin/exodus-prerender/` (rendering, the page's head, preview images)
//! were. And every message of the interface's catalog is used.

use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;

/// Every `.rs` file under `dir`, skipping `tests/` folders and build output.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if name != "tests" && name != "target" {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("build.rs")];
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("crates"), &mut files);
    files
}

#[test]
fn no_source_file_outside_tests_is_over_400_lines() {
    let files = sources();
    // The walk found the workspace (both crates), not an empty folder.
    assert!(files.iter().any(|f| f.ends_with("src/ui/explorer.rs")));
    assert!(files.iter().any(|f| f.ends_with("exodus-core/src/lib.rs")));
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = fs::read_to_string(f).ok()?.lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these by what they do (at most {MAX_LINES} lines each):\n{}",
        long.join("\n")
    );
}

#[test]
fn the_walk_skips_test_folders_only() {
    let files = sources();
    assert!(files
        .iter()
        .all(|f| !f.components().any(|c| c.as_os_str() == "tests")));
    // In-source test modules (a `tests.rs` beside the code) are counted.
    assert!(files.iter().any(|f| f.ends_with("i18n/tests.rs")));
}

/// Every message of the catalog is shown somewhere: a message nothing uses
/// is still compiled into the app (the catalog is one table), so an unused
/// one is named here to be removed.
#[test]
fn every_message_of_the_catalog_is_used() {
    let catalog = Path::new("crates/exodus-core/src/i18n");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let code: String = sources()
        .into_iter()
        .filter(|p| !p.starts_with(root.join(catalog)))
        .map(|p| fs::read_to_string(&p).unwrap())
        .collect();
    // A whole word: `Copy` is not `CopyLink`. Messages are named as
    // `M::Name` or, in the vocabularies' tables, by their bare name.
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let used = |name: &str| {
        code.match_indices(name)
            .any(|(i, _)| !code[..i].ends_with(word) && !code[i + name.len()..].starts_with(word))
    };
    let unused: Vec<String> = exodus_core::i18n::M::ALL
        .iter()
        .map(|m| format!("{m:?}"))
        .filter(|name| !used(name))
        .collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}
