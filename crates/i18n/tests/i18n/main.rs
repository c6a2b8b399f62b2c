//! Integration tests of lantern-i18n: lint rules on fixtures, plurals per CLDR, isolation marks,
//! negotiation and fallback, the sr-Latn derivation, and the real `locales/` directory.
#![allow(clippy::unwrap_used)]

mod fallback;
mod lint_rules;
mod plurals;
mod real_locales;
mod serbian;

use std::path::{Path, PathBuf};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/i18n/fixtures")
}

pub fn workspace_locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}
