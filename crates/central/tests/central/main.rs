//! Integration tests of lantern-central: the real encrypted home, real bundles written by real
//! field profiles, the `lantern-central` binary as a process.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod audit_log;
mod bad_input;
mod cli;
mod format_attacks;
mod identity;
mod impersonation;
mod key_shares;
mod language;
mod migration;
mod permissions;
mod persons;
mod plaintext;
mod registry;
mod revisions;
mod schema;
mod statistics;
mod vectors;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use lantern_bundle::PurgePolicy;
use lantern_central::Central;
pub use lantern_central::DeviceBinding;
use lantern_field::{Directory, Field, Script, sync};
use lantern_i18n::{Locale, Localizer};
use lantern_store::{KdfParams, Passphrase, Store};

pub const PASSPHRASE: &str = "a long central test passphrase";
pub const T0: i64 = 1_800_000_000_000;

pub fn pass() -> Passphrase {
    Passphrase::new(PASSPHRASE.into())
}

pub fn new_central(dir: &Path) -> (Central, Vec<u8>) {
    let c = Central::init(
        dir,
        &pass(),
        KdfParams::INSECURE_TEST,
        PurgePolicy::AfterReceipt,
        T0,
    )
    .expect("init");
    (c.central, c.enrolment)
}

/// A field device with a profile in `dir`, enrolled with `enrolment`; returns its id too.
pub fn device(dir: &Path, enrolment: &[u8]) -> (Field, sync::EnrolmentInfo) {
    let store = Store::create(dir, &pass(), KdfParams::INSECURE_TEST, T0)
        .expect("profile")
        .store;
    let mut field = Field::new(
        store,
        Arc::new(lantern_core::questionnaire::identification_v1()),
        Arc::new(Localizer::embedded().expect("locales")),
        Directory::example(),
        Locale::En,
    );
    let info = sync::enrol(field.store_mut(), enrolment, T0).expect("enrol");
    (field, info)
}

/// Approval as a supervisor makes it from what `lantern enrol` printed: the key's fingerprint.
pub fn fingerprint_of(info: &sync::EnrolmentInfo) -> DeviceBinding {
    DeviceBinding::fingerprint(&info.device_fingerprint).expect("fingerprint")
}

pub fn script(name: &str) -> Script {
    let path = format!(
        "{}/../../examples/scripts/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("script")).expect("parse")
}

/// Runs a script on the device and exports; returns the bundle path.
pub fn interview_and_export(field: &mut Field, name: &str, out: &Path, now: i64) -> PathBuf {
    field.run_script(&script(name), now).expect("script");
    sync::export(field.store_mut(), out, now + 100_000)
        .expect("export")
        .path
}
