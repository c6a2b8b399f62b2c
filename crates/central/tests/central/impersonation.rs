//! Device impersonation (attack review): device ids are public (they are in bundle file names),
//! so a bundle signed by an attacker's own key under a victim's device id must never get that
//! key pinned. Approval binds the key (`--key`) or its fingerprint (`--fingerprint`); a first
//! bundle whose key does not match the fingerprint is refused and stores nothing. Before the
//! fix, approval by id alone pinned whatever key the first bundle named, so this test's forged
//! bundle was imported and the real laptop locked out.

use std::io::Cursor;

use lantern_bundle::{CentralIdentity, DeviceSigningKey, Payload, PayloadHeader, Record, seal};
use lantern_central::ImportOutcome;
use lantern_store::{Vault, VaultLayout};

use crate::cli::{central_in, failed_with, stdout_of};
use crate::*;

/// A bundle sealed to `recipient` under `device_id`, signed by `key`, carrying one made-up
/// identity record.
fn bundle_under(
    recipient: &lantern_bundle::CentralRecipient,
    device_id: &str,
    key: &DeviceSigningKey,
) -> Vec<u8> {
    let payload = Payload {
        header: PayloadHeader {
            device_id: device_id.parse().unwrap(),
            seq: 1,
            created_at: T0,
        },
        records: vec![Record {
            kind: "identity".into(),
            id: "01forgedinterview".into(),
            revision: 1,
            body: serde_json::to_vec(&serde_json::json!({
                "format": 1, "interview_id": "01forgedinterview", "revision": 1,
                "answers": [], "updated_at": T0
            }))
            .unwrap(),
        }],
    };
    let mut bytes = Vec::new();
    seal(&payload, recipient, key, &mut bytes).unwrap();
    bytes
}

fn attacker() -> DeviceSigningKey {
    DeviceSigningKey::from_secret_bytes(&[0x5a; 32])
}

#[test]
fn a_forged_first_bundle_under_a_victims_id_gets_no_key_pinned() {
    let root = tempfile::tempdir().unwrap();
    let (mut central, enrolment) = new_central(&root.path().join("c"));
    let (mut field, info) = device(&root.path().join("d"), &enrolment);
    central
        .approve_device(&info.device_id, fingerprint_of(&info), T0)
        .unwrap();

    let before = central.content_digest().unwrap();
    let forged = bundle_under(&central.recipient().unwrap(), &info.device_id, &attacker());
    let refused = central
        .import_reader(Cursor::new(&forged), T0 + 1)
        .unwrap_err();
    assert_eq!(refused.code(), "central.device_fingerprint_mismatch");
    assert_eq!(central.content_digest().unwrap(), before, "nothing stored");
    assert_eq!(central.device(&info.device_id).unwrap().public_key, None);

    // The real laptop is not locked out: its first bundle pins its key.
    let out = root.path().join("out");
    let real = interview_and_export(&mut field, "adult-complete", &out, T0 + 1000);
    let ImportOutcome::Imported(summary) = central.import_file(&real, T0 + 2000).unwrap() else {
        panic!("duplicate")
    };
    assert!(summary.key_pinned);
    let entry = central.device(&info.device_id).unwrap();
    assert_eq!(entry.public_key.as_deref(), Some(info.device_key.as_str()));
    // And the forger stays out afterwards too.
    let again = bundle_under(&central.recipient().unwrap(), &info.device_id, &attacker());
    assert_eq!(
        central
            .import_reader(Cursor::new(&again), T0 + 3000)
            .unwrap_err()
            .code(),
        "bundle.signer_key_mismatch"
    );
}

#[test]
fn approval_binds_a_key_or_a_fingerprint_that_must_agree() {
    let root = tempfile::tempdir().unwrap();
    let (mut central, enrolment) = new_central(&root.path().join("c"));
    let (_field, info) = device(&root.path().join("d"), &enrolment);
    let other = attacker().verifying_key();
    for bad in ["", "00:11", "zz", &"ab".repeat(33)] {
        assert_eq!(
            DeviceBinding::fingerprint(bad).unwrap_err().code(),
            "central.bad_fingerprint"
        );
    }
    // Upper case and without colons: the same fingerprint.
    let loose = info.device_fingerprint.replace(':', "").to_uppercase();
    let e = central
        .approve_device(
            &info.device_id,
            DeviceBinding::fingerprint(&loose).unwrap(),
            T0,
        )
        .unwrap();
    assert_eq!(
        e.fingerprint.as_deref(),
        Some(info.device_fingerprint.as_str())
    );
    assert_eq!(e.public_key, None);
    // Another key, or another fingerprint, for the same id is refused; the right key pins.
    for wrong in [
        DeviceBinding::Key(other),
        DeviceBinding::fingerprint(&other.fingerprint().to_string()).unwrap(),
    ] {
        assert_eq!(
            central
                .approve_device(&info.device_id, wrong, T0)
                .unwrap_err()
                .code(),
            "central.device_key_mismatch"
        );
    }
    let key: lantern_bundle::DeviceVerifyingKey = info.device_key.parse().unwrap();
    let e = central
        .approve_device(&info.device_id, DeviceBinding::Key(key), T0 + 1)
        .unwrap();
    assert_eq!(e.public_key.as_deref(), Some(info.device_key.as_str()));
    assert_eq!(e.key_pinned_at, Some(T0 + 1));
    let actions: Vec<String> = central
        .audit_entries()
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["device.approved"]);
}

/// Schema 2, as shipped before approvals bound a key.
const SCHEMA_2: VaultLayout = VaultLayout {
    key_file: lantern_central::KEY_FILE,
    database_file: lantern_central::DATABASE_FILE,
    migrations: &[
        include_str!("../../src/migrations/0001-central.sql"),
        include_str!("../../src/migrations/0002-older-revision-review.sql"),
    ],
};

/// A device approved by id alone before the fix accepts no bundle, not even its own, until it
/// is approved again with its fingerprint.
#[test]
fn a_device_approved_by_id_alone_before_the_fix_accepts_nothing_until_bound() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("c");
    let device = "dev-0123456789abcdef0123456789abcdef";
    let identity_secret = [3u8; 32];
    Vault::create(
        &dir,
        &SCHEMA_2,
        &pass(),
        KdfParams::INSECURE_TEST,
        |tx, vault_id| {
            tx.execute_batch(&format!(
                "INSERT INTO node VALUES (1, 'node-{vault_id}', X'{id}', X'{seed}', 'after_receipt', {T0});
                 INSERT INTO device VALUES ('{device}', NULL, 'approved', {T0}, NULL, NULL);",
                id = hex::encode(identity_secret),
                seed = "04".repeat(32),
            ))?;
            Ok(())
        },
    )
    .unwrap()
    .vault
    .lock()
    .unwrap();
    let mut central = Central::unlock(&dir, &pass()).unwrap();
    let recipient = CentralIdentity::from_secret_bytes(&identity_secret).recipient();
    let own = DeviceSigningKey::from_secret_bytes(&[9; 32]);
    let before = central.content_digest().unwrap();
    for key in [&attacker(), &own] {
        let bytes = bundle_under(&recipient, device, key);
        assert_eq!(
            central
                .import_reader(Cursor::new(&bytes), T0 + 1)
                .unwrap_err()
                .code(),
            "central.device_not_bound"
        );
    }
    assert_eq!(central.content_digest().unwrap(), before);
    central
        .approve_device(
            device,
            DeviceBinding::fingerprint(&own.verifying_key().fingerprint().to_string()).unwrap(),
            T0 + 2,
        )
        .unwrap();
    let bytes = bundle_under(&recipient, device, &own);
    assert!(matches!(
        central.import_reader(Cursor::new(&bytes), T0 + 3).unwrap(),
        ImportOutcome::Imported(_)
    ));
}

/// `devices approve` as a process: without --key or --fingerprint it is refused with a code;
/// with the fingerprint the device printed, a forged bundle file is reported rejected.
#[test]
fn devices_approve_needs_a_key_or_fingerprint_as_a_process() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("c");
    let pass = "a long central cli passphrase";
    let enrol_file = root.path().join("office.enrol");
    stdout_of(&central_in(
        &home,
        pass,
        &[],
        &[
            "init",
            "--enrolment-out",
            enrol_file.to_str().unwrap(),
            "--insecure-test-kdf",
        ],
    ));
    let (_field, info) = device(&root.path().join("d"), &std::fs::read(&enrol_file).unwrap());
    let refused = central_in(&home, pass, &[], &["devices", "approve", &info.device_id]);
    failed_with(&refused, "central.device_key_required");
    let listed = stdout_of(&central_in(
        &home,
        pass,
        &[],
        &["devices", "list", "--json"],
    ));
    assert_eq!(listed.trim(), "[]", "nothing approved");
    failed_with(
        &central_in(
            &home,
            pass,
            &[],
            &[
                "devices",
                "approve",
                &info.device_id,
                "--fingerprint",
                "12:34",
            ],
        ),
        "central.bad_fingerprint",
    );
    stdout_of(&central_in(
        &home,
        pass,
        &[],
        &[
            "devices",
            "approve",
            &info.device_id,
            "--fingerprint",
            &info.device_fingerprint,
        ],
    ));
    let recipient = lantern_bundle::read_enrolment(&std::fs::read(&enrol_file).unwrap())
        .unwrap()
        .recipient;
    let forged = root.path().join("forged.bundle");
    std::fs::write(
        &forged,
        bundle_under(&recipient, &info.device_id, &attacker()),
    )
    .unwrap();
    let run = central_in(&home, pass, &[], &["import", forged.to_str().unwrap()]);
    assert!(!run.status.success());
    let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(report["imported"], 0);
    assert_eq!(
        report["rejected"][0]["code"],
        "central.device_fingerprint_mismatch"
    );
}
