//! Integration tests of lantern-store against the real SQLCipher build and real files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod at_rest;
mod audit_log;
mod bad_input;
mod child;
mod crash;
mod first_open;
mod identity;
mod records;
mod schema;
mod withdrawal;

use std::path::Path;

use lantern_store::{KdfParams, NewInterview, Passphrase, Store};

pub const PASSPHRASE: &str = "a long test passphrase";

pub fn pass() -> Passphrase {
    Passphrase::new(PASSPHRASE.into())
}

pub fn create(dir: &Path) -> Store {
    Store::create(dir, &pass(), KdfParams::INSECURE_TEST, 1_700_000_000_000)
        .expect("create profile")
        .store
}

pub fn new_interview() -> NewInterview {
    NewInterview {
        questionnaire_id: "identification".into(),
        questionnaire_version: "1".into(),
        interface_locale: "en".into(),
        interview_locale: "ro".into(),
        earlier_interview_id: None,
    }
}

/// Entry point for the child processes of the crash and at-rest tests: this same test binary,
/// re-run with `LANTERN_STORE_TEST_CHILD` set. As an ordinary test it does nothing.
#[test]
fn child_entry() {
    if let Ok(mode) = std::env::var("LANTERN_STORE_TEST_CHILD") {
        child::run(&mode);
    }
}
