//! Integration tests of the field use-cases: the real questionnaire, the real encrypted store on
//! disk, the real locales.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod consent;
mod driver;
mod interview;
mod render;
mod scripts;

use std::path::Path;
use std::sync::Arc;

use lantern_field::{Directory, Field};
use lantern_i18n::{Locale, Localizer};
use lantern_store::{KdfParams, Passphrase, Store};

pub const PASSPHRASE: &str = "a long test passphrase";

pub fn field(dir: &Path) -> Field {
    field_with(dir, lantern_core::questionnaire::identification_v1())
}

/// A field device running another questionnaire than the shipped one.
pub fn field_with(dir: &Path, questionnaire: lantern_core::questionnaire::Questionnaire) -> Field {
    let store = if dir.join(lantern_store::KEY_FILE).exists() {
        Store::unlock(dir, &Passphrase::new(PASSPHRASE.into())).expect("unlock")
    } else {
        Store::create(
            dir,
            &Passphrase::new(PASSPHRASE.into()),
            KdfParams::INSECURE_TEST,
            1_000,
        )
        .expect("create")
        .store
    };
    Field::new(
        store,
        Arc::new(questionnaire),
        Arc::new(Localizer::embedded().expect("locales")),
        Directory::example(),
        Locale::En,
    )
}
