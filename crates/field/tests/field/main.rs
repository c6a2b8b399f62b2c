//! Integration tests of the field use-cases: the real questionnaire, the real encrypted store on
//! disk, the real locales.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod consent;
mod driver;
mod export;
mod identity;
mod interview;
mod office;
mod render;
mod scripts;

use std::path::Path;
use std::sync::Arc;

use lantern_field::{Directory, Field};
use lantern_i18n::{Locale, Localizer};
use lantern_store::{KdfParams, Passphrase, Store};

pub const PASSPHRASE: &str = "a long test passphrase";

/// The field device as the transports open it: [`Field::open`], which keeps identity apart.
pub fn open_field(dir: &Path, now: i64) -> Field {
    Field::open(
        unlock_or_create(dir),
        Arc::new(lantern_core::questionnaire::identification_v1()),
        Arc::new(Localizer::embedded().expect("locales")),
        Directory::example(),
        Locale::En,
        now,
    )
    .expect("open")
}

pub fn field(dir: &Path) -> Field {
    field_with(dir, lantern_core::questionnaire::identification_v1())
}

/// A field device running another questionnaire than the shipped one.
pub fn field_with(dir: &Path, questionnaire: lantern_core::questionnaire::Questionnaire) -> Field {
    Field::new(
        unlock_or_create(dir),
        Arc::new(questionnaire),
        Arc::new(Localizer::embedded().expect("locales")),
        Directory::example(),
        Locale::En,
    )
}

fn unlock_or_create(dir: &Path) -> Store {
    if dir.join(lantern_store::KEY_FILE).exists() {
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
    }
}

/// A registry entry for a test interpreter: `interp-ro-01` interprets `ro`.
pub fn interpreter_entry(id: &str) -> lantern_field::InterpreterEntry {
    let language = id
        .split('-')
        .nth(1)
        .filter(|l| l.len() >= 2 && l.chars().all(|c| c.is_ascii_alphabetic()))
        .unwrap_or("en")
        .to_owned();
    lantern_field::InterpreterEntry {
        id: id.to_owned(),
        display_name: format!("Interpreter {id}"),
        languages: vec![language],
        organisation: "Test interpreting service".to_owned(),
    }
}

/// Registers test interpreters (an interview names interpreters only by registry entry).
pub fn register_interpreters(f: &mut Field, ids: &[&str]) {
    for id in ids {
        f.register_interpreter(&interpreter_entry(id), 1).unwrap();
    }
}
