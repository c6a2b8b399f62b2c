//! The `lantern-central` binary as a process: the contract the acceptance checks use. The
//! device side runs through the same library calls the `lantern` binary makes.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

use crate::*;

const CENTRAL_PASS: &str = "a long central cli passphrase";

/// The binary as a user who chose no language runs it: English messages, whatever the machine
/// running the tests is set to; no home or passphrase from the environment. Tests of other
/// languages set `LANG` etc. on top.
pub fn central_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lantern-central"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env_remove("LANTERN_CENTRAL_HOME")
        .env_remove("LANTERN_CENTRAL_PASSPHRASE");
    command
}

/// `lantern-central --home HOME ARGS` with passphrase `pass` and the variables `env` on top of
/// [`central_command`]'s environment.
pub fn central_in(home: &Path, pass: &str, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = central_command();
    command
        .arg("--home")
        .arg(home)
        .args(args)
        .env("LANTERN_CENTRAL_PASSPHRASE", pass);
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("lantern-central runs")
}

/// The standard output of a run that succeeded.
pub fn stdout_of(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// A run that failed with one line on stderr ending in `[code]`.
pub fn failed_with(out: &Output, code: &str) {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.trim_end().ends_with(&format!("[{code}]")), "{err}");
}

fn central(home: &Path, args: &[&str]) -> Output {
    central_in(home, CENTRAL_PASS, &[], args)
}

#[test]
fn init_approve_import_receipts_review_as_processes() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let enrol_file = root.path().join("enrolment.lantern");
    let out = stdout_of(&central(
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
    stdout_of(&central(
        &home,
        &[
            "devices",
            "approve",
            &info.device_id,
            "--fingerprint",
            &info.device_fingerprint,
        ],
    ));
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
    let report: Value = serde_json::from_str(&stdout_of(&central(
        &home,
        &["import", bundles.to_str().unwrap()],
    )))
    .unwrap();
    assert_eq!(
        (report["imported"].clone(), report["duplicates"].clone()),
        (0.into(), 1.into())
    );

    let devices: Value =
        serde_json::from_str(&stdout_of(&central(&home, &["devices", "list", "--json"]))).unwrap();
    assert_eq!(devices[0]["device_id"], info.device_id.as_str());
    assert_eq!(devices[0]["fingerprint"], info.device_fingerprint.as_str());
    assert_eq!(devices[0]["status"], "approved");

    let receipts = root.path().join("receipts");
    let written = stdout_of(&central(
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
        serde_json::from_str(&stdout_of(&central(&home, &["review", "list", "--json"]))).unwrap();
    let id = list[0]["interview_id"].as_str().unwrap().to_owned();
    assert_eq!(list[0]["review_state"], "new");
    assert_eq!(list[0]["assessment"]["result"], "indicators_met");
    assert!(!list[0]["language_timeline"].as_array().unwrap().is_empty());
    stdout_of(&central(
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
        serde_json::from_str(&stdout_of(&central(&home, &["review", "list", "--json"]))).unwrap();
    assert_eq!(list[0]["review_state"], "reviewed");
    assert_eq!(list[0]["note"], "seen; referred");

    failed_with(
        &central(&home, &["review", "set", &id, "--state", "done"]),
        "central.bad_review_state",
    );
    failed_with(
        &central(
            &home,
            &[
                "devices",
                "approve",
                "laptop-7",
                "--fingerprint",
                &info.device_fingerprint,
            ],
        ),
        "central.bad_device_id",
    );
    failed_with(
        &central(
            &home,
            &["devices", "revoke", "dev-0123456789abcdef0123456789abcdef"],
        ),
        "central.unknown_device",
    );
    failed_with(
        &central_in(&home, "wrong passphrase here", &[], &["devices", "list"]),
        "store.wrong_passphrase",
    );
    stdout_of(&central(&home, &["devices", "revoke", &info.device_id]));
    let devices: Value =
        serde_json::from_str(&stdout_of(&central(&home, &["devices", "list", "--json"]))).unwrap();
    assert_eq!(devices[0]["status"], "revoked");
}

#[test]
fn a_passphrase_comes_from_the_variable_or_a_terminal() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    // No variable, and standard input is not a terminal: nothing to ask in.
    let out = central_command()
        .args(["--home", home.to_str().unwrap(), "info"])
        .output()
        .unwrap();
    failed_with(&out, "central.no_passphrase");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "lantern-central: No passphrase: set LANTERN_CENTRAL_PASSPHRASE or run the command in a \
         terminal. [central.no_passphrase]\n"
    );
}

#[test]
fn review_list_shows_a_stopped_interview_as_stopped_and_its_result_provisional() {
    // Issue 18: a stopped interview was listed with a result and no marker.
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let enrol_file = root.path().join("enrolment.lantern");
    stdout_of(&central(
        &home,
        &[
            "init",
            "--enrolment-out",
            enrol_file.to_str().unwrap(),
            "--insecure-test-kdf",
        ],
    ));
    let enrolment = std::fs::read(&enrol_file).unwrap();
    let (mut field, info) = device(&root.path().join("device"), &enrolment);
    stdout_of(&central(
        &home,
        &[
            "devices",
            "approve",
            &info.device_id,
            "--fingerprint",
            &info.device_fingerprint,
        ],
    ));
    let bundles = root.path().join("bundles");
    let stopped = interview_and_export(&mut field, "adult-stopped-for-safety", &bundles, T0);
    stdout_of(&central(&home, &["import", stopped.to_str().unwrap()]));
    let list = stdout_of(&central(&home, &["review", "list"]));
    let line = list.lines().next().expect("one interview listed");
    assert!(line.contains("Paused"), "{list}");
    assert!(line.contains("Provisional"), "{list}");
}
