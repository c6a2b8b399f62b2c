//! Cross-crate scenarios over the real libraries, the real encrypted stores and real files:
//! field devices run scripted interviews, export sealed bundles, the central node imports them
//! (out of order, twice, with an older revision and a revision conflict), issues receipts, the
//! devices purge.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod identity;
mod online;
mod permissions;
mod sync;

use std::path::Path;
use std::sync::Arc;

use lantern_central::Central;
use lantern_field::{Directory, Field, Script};
use lantern_i18n::{Locale, Localizer};
use lantern_store::{KdfParams, Passphrase, Store};

pub const PASSPHRASE: &str = "a long scenario passphrase";
/// A fixed clock: every step passes time in.
pub const T0: i64 = 1_800_000_000_000;

pub fn pass() -> Passphrase {
    Passphrase::new(PASSPHRASE.into())
}

pub fn central(dir: &Path) -> (Central, Vec<u8>) {
    let created = Central::init(
        dir,
        &pass(),
        KdfParams::INSECURE_TEST,
        lantern_bundle::PurgePolicy::AfterReceipt,
        T0,
    )
    .expect("central init");
    (created.central, created.enrolment)
}

fn open_field(store: Store) -> Field {
    Field::new(
        store,
        Arc::new(lantern_core::questionnaire::identification_v1()),
        Arc::new(Localizer::embedded().expect("locales")),
        Directory::example(),
        Locale::En,
    )
}

/// A new field profile in `dir`.
pub fn new_device(dir: &Path) -> Field {
    open_field(
        Store::create(dir, &pass(), KdfParams::INSECURE_TEST, T0)
            .expect("create profile")
            .store,
    )
}

/// An existing field profile (e.g. one restored from a copy).
pub fn open_device(dir: &Path) -> Field {
    open_field(Store::unlock(dir, &pass()).expect("unlock profile"))
}

/// One of the example scripts, with every free-text answer replaced by `marker`.
pub fn script(name: &str, marker: &str) -> Script {
    serde_json::from_value(script_json(name, marker)).expect("script")
}

/// [`script`] as JSON, for a scenario that changes some answers first.
pub fn script_json(name: &str, marker: &str) -> serde_json::Value {
    let path = format!(
        "{}/../examples/scripts/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("example script");
    assert!(
        text.contains("\"free text\""),
        "{name} has free-text answers"
    );
    serde_json::from_str(&text.replace("\"free text\"", &format!("\"{marker}\""))).expect("script")
}

/// Every file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir") {
            let p = entry.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Files under `dir` that contain `needle` as bytes.
pub fn files_containing(dir: &Path, needle: &str) -> Vec<std::path::PathBuf> {
    files_under(dir)
        .into_iter()
        .filter(|f| contains(&std::fs::read(f).expect("read file"), needle))
        .collect()
}

/// Whether `haystack` holds `needle` as bytes.
pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}
