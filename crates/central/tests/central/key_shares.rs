//! The office's key recoverable by M of N (issue 16): `key split` and `recover` as processes.
//! The office holds an imported interview and a bundle is still in transit when its laptop is
//! lost; any three of five holders rebuild the home from a copy of its store, and the bundle in
//! transit is imported there. Two shares, shares of two splits, or the right shares with another
//! office's store are refused and leave nothing behind.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use lantern_central::ImportOutcome;

use crate::cli::{central_in, failed_with, stdout_of};
use crate::*;

/// Before the processes' own clock (they stamp the audit log with the real time): the log's
/// times must not run backwards.
const T: i64 = 1_700_000_000_000;
const NEW_PASS: &str = "the restored office's new passphrase";

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn shares_of(out: &str) -> Vec<PathBuf> {
    out.lines().map(PathBuf::from).collect()
}

/// `key split --threshold 3 --shares 5 --out OUT` on `home`: the share files it printed.
fn split(home: &Path, out: &Path) -> Vec<PathBuf> {
    shares_of(&stdout_of(&central_in(
        home,
        PASSPHRASE,
        &[],
        &[
            "key",
            "split",
            "--threshold",
            "3",
            "--shares",
            "5",
            "--out",
            out.to_str().unwrap(),
        ],
    )))
}

fn recover(home: &Path, from: &Path, shares: &[&PathBuf]) -> std::process::Output {
    let mut args = vec![
        "recover".to_owned(),
        "--from".to_owned(),
        from.display().to_string(),
        "--insecure-test-kdf".to_owned(),
        "--shares".to_owned(),
    ];
    args.extend(shares.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    central_in(home, NEW_PASS, &[], &args)
}

#[test]
fn any_three_of_five_rebuild_the_office_and_fewer_or_foreign_are_refused() {
    let root = tempfile::tempdir().unwrap();
    let old = root.path().join("office");
    let (mut central, enrolment) = new_central(&old);
    let (mut field, info) = device(&root.path().join("field"), &enrolment);
    central
        .approve_device(&info.device_id, fingerprint_of(&info), T)
        .unwrap();
    let usb = root.path().join("usb");
    let first = interview_and_export(&mut field, "adult-complete", &usb.join("1"), T + 1_000);
    assert!(matches!(
        central.import_file(&first, T + 200_000).unwrap(),
        ImportOutcome::Imported(_)
    ));
    // Written for the office before it was lost, never imported: sealed to its key.
    let in_transit =
        interview_and_export(&mut field, "child-complete", &usb.join("2"), T + 300_000);
    let node = central.info().unwrap().node_id;
    central.lock().unwrap();

    let shares = split(&old, &root.path().join("shares"));
    assert_eq!(shares.len(), 5);
    for s in &shares {
        let mode = std::fs::metadata(s).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", s.display());
        let text = std::fs::read_to_string(s).unwrap();
        assert!(
            text.lines().any(|l| l.starts_with("lantern-share1")),
            "{text}"
        );
        assert!(text.starts_with("# "), "explained for its holder: {text}");
    }
    let store = old.join(lantern_central::DATABASE_FILE);

    // Two of five: refused, nothing made.
    let two = root.path().join("two");
    failed_with(
        &recover(&two, &store, &[&shares[0], &shares[3]]),
        "share.not_enough",
    );
    assert!(!two.join(lantern_central::KEY_FILE).exists());
    // Shares of two different splits do not combine.
    let again = split(&old, &root.path().join("again"));
    let mixed = root.path().join("mixed");
    failed_with(
        &recover(&mixed, &store, &[&shares[0], &shares[1], &again[2]]),
        "share.mixed",
    );
    // The right shares with another office's store: the key does not open it; nothing left.
    let other = root.path().join("other-office");
    new_central(&other).0.lock().unwrap();
    let wrong = root.path().join("wrong");
    failed_with(
        &recover(
            &wrong,
            &other.join(lantern_central::DATABASE_FILE),
            &[&shares[0], &shares[2], &shares[4]],
        ),
        "share.do_not_open",
    );
    assert!(!wrong.join(lantern_central::DATABASE_FILE).exists());
    assert!(!wrong.join(lantern_central::KEY_FILE).exists());

    // Any three: the home is back, under a new passphrase and a new recovery key.
    let new = root.path().join("restored");
    let said = stdout_of(&recover(
        &new,
        &store,
        &[&shares[4], &shares[1], &shares[2]],
    ));
    assert!(said.contains("Central office restored"), "{said}");
    assert!(said.contains(&node), "{said}");
    let mut restored = Central::unlock(&new, &Passphrase::new(NEW_PASS.into())).unwrap();
    assert_eq!(restored.info().unwrap().node_id, node);
    assert_eq!(
        restored.review_list().unwrap().len(),
        1,
        "what was imported is there"
    );
    assert!(
        matches!(
            restored.import_file(&in_transit, now()).unwrap(),
            ImportOutcome::Imported(_)
        ),
        "the bundle in transit opens at the restored office"
    );
    assert_eq!(restored.review_list().unwrap().len(), 2);
    let actions: Vec<String> = restored
        .audit_entries()
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(
        actions.iter().filter(|a| *a == "key.split").count() == 2,
        "{actions:?}"
    );
    assert!(actions.contains(&"key.restored".to_owned()), "{actions:?}");
    let report = restored.check_audit_log().unwrap();
    assert!(report.ok, "{report:?}");
    restored.lock().unwrap();
    // The lost home's files were only read: its passphrase still opens it.
    Central::unlock(&old, &pass()).unwrap().lock().unwrap();
}
