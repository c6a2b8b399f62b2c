//! The `lantern-central` binary as a process: the contract the acceptance checks use. The
//! device side runs through the same library calls the `lantern` binary makes.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

use crate::*;

const CENTRAL_PASS: &str = "a long central cli passphrase";

fn central(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lantern-central"))
        .arg("--home")
        .arg(home)
        .args(args)
        .env("LANTERN_CENTRAL_PASSPHRASE", CENTRAL_PASS)
        .env_remove("LANTERN_CENTRAL_HOME")
        .output()
        .expect("lantern-central runs")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn failed_with(out: &Output, code: &str) {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.trim_end().ends_with(&format!("[{code}]")), "{err}");
}

#[test]
fn init_approve_import_receipts_review_as_processes() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let enrol_file = root.path().join("enrolment.lantern");
    let out = ok(&central(
        &home,
        &[
            "init",
            "--enrolment-out",
            enrol_file.to_str().unwrap(),
            "--insecure-test-kdf",
        ],
    ));
    assert!(out.contains("Recovery key"), "{out}");

    let enrolment = std::fs::read(&enrol_file).unwrap();
    let (mut field, info) = device(&root.path().join("device"), &enrolment);
    ok(&central(&home, &["devices", "approve", &info.device_id]));
    let bundles = root.path().join("bundles");
    let good = interview_and_export(&mut field, "adult-complete", &bundles, T0);
    let bytes = std::fs::read(&good).unwrap();
    let cut = root.path().join("cut.bundle");
    std::fs::write(&cut, &bytes[..bytes.len() - 10]).unwrap();

    // One good, one truncated, the good one again: exit non-zero, a precise report.
    let run = central(
        &home,
        &[
            "import",
            good.to_str().unwrap(),
            cut.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
    );
    assert!(!run.status.success());
    let report: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(report["imported"], 1);
    assert_eq!(report["duplicates"], 1);
    assert_eq!(report["rejected"].as_array().unwrap().len(), 1);
    assert_eq!(report["rejected"][0]["code"], "bundle.truncated");
    assert_eq!(report["rejected"][0]["file"], cut.to_str().unwrap());
    // Nothing rejected: exit 0.
    let report: Value =
        serde_json::from_str(&ok(&central(&home, &["import", bundles.to_str().unwrap()]))).unwrap();
    assert_eq!(
        (report["imported"].clone(), report["duplicates"].clone()),
        (0.into(), 1.into())
    );

    let devices: Value =
        serde_json::from_str(&ok(&central(&home, &["devices", "list", "--json"]))).unwrap();
    assert_eq!(devices[0]["device_id"], info.device_id.as_str());
    assert_eq!(devices[0]["fingerprint"], info.device_fingerprint.as_str());
    assert_eq!(devices[0]["status"], "approved");

    let receipts = root.path().join("receipts");
    let written = ok(&central(
        &home,
        &["receipts", "--out", receipts.to_str().unwrap()],
    ));
    let receipt_path = written.lines().next().unwrap().to_owned();
    let applied = sync::apply_receipt(
        field.store_mut(),
        &std::fs::read(&receipt_path).unwrap(),
        T0 + 1,
    )
    .unwrap();
    assert_eq!(applied.result.purged.len(), 1);

    let list: Value =
        serde_json::from_str(&ok(&central(&home, &["review", "list", "--json"]))).unwrap();
    let id = list[0]["interview_id"].as_str().unwrap().to_owned();
    assert_eq!(list[0]["review_state"], "new");
    assert_eq!(list[0]["assessment"]["result"], "indicators_met");
    assert!(!list[0]["language_timeline"].as_array().unwrap().is_empty());
    ok(&central(
        &home,
        &[
            "review",
            "set",
            &id,
            "--state",
            "reviewed",
            "--note",
            "seen; referred",
        ],
    ));
    let list: Value =
        serde_json::from_str(&ok(&central(&home, &["review", "list", "--json"]))).unwrap();
    assert_eq!(list[0]["review_state"], "reviewed");
    assert_eq!(list[0]["note"], "seen; referred");

    failed_with(
        &central(&home, &["review", "set", &id, "--state", "done"]),
        "central.bad_review_state",
    );
    failed_with(
        &central(&home, &["devices", "approve", "laptop-7"]),
        "central.bad_device_id",
    );
    failed_with(
        &central(
            &home,
            &["devices", "revoke", "dev-0123456789abcdef0123456789abcdef"],
        ),
        "central.unknown_device",
    );
    let wrong = Command::new(env!("CARGO_BIN_EXE_lantern-central"))
        .args(["--home", home.to_str().unwrap(), "devices", "list"])
        .env("LANTERN_CENTRAL_PASSPHRASE", "wrong passphrase here")
        .output()
        .unwrap();
    failed_with(&wrong, "store.wrong_passphrase");
    ok(&central(&home, &["devices", "revoke", &info.device_id]));
    let devices: Value =
        serde_json::from_str(&ok(&central(&home, &["devices", "list", "--json"]))).unwrap();
    assert_eq!(devices[0]["status"], "revoked");
}
