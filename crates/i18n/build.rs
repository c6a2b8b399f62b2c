//! Embeds every `locales/<locale>/*.ftl` file and `locales/status.toml` into the library, so the
//! binaries work without the source tree. A generated table (rather than hand-written
//! `include_str!` lines) picks up new files the moment another module adds one, and cargo reruns
//! this script whenever anything under `locales/` changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut files: Vec<(String, String, PathBuf)> = Vec::new();
    if let Ok(entries) = fs::read_dir(&locales) {
        for entry in entries.flatten() {
            let dir = entry.path();
            if !dir.is_dir() {
                continue;
            }
            let Some(locale) = dir.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            for file in fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = file.path();
                if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                    continue;
                }
                let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned)
                else {
                    continue;
                };
                files.push((locale.clone(), name, path));
            }
        }
    }
    // Deterministic order, so the generated file (and the binary) do not depend on readdir order.
    files.sort();

    let mut out = String::from("/// (locale directory, file name, contents), sorted.\n");
    out.push_str("pub(crate) static EMBEDDED_FILES: &[(&str, &str, &str)] = &[\n");
    for (locale, name, path) in &files {
        let _ = writeln!(
            out,
            "    ({locale:?}, {name:?}, include_str!({:?})),",
            absolute(path)
        );
    }
    out.push_str("];\n");
    let status = locales.join("status.toml");
    if status.is_file() {
        let _ = writeln!(
            out,
            "pub(crate) static EMBEDDED_STATUS: Option<&str> = Some(include_str!({:?}));",
            absolute(&status)
        );
    } else {
        out.push_str("pub(crate) static EMBEDDED_STATUS: Option<&str> = None;\n");
    }

    let dest =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_locales.rs");
    fs::write(dest, out).expect("write embedded_locales.rs into OUT_DIR");
}

fn absolute(path: &Path) -> String {
    fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}
