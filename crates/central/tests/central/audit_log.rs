//! `lantern-central audit verify` on a real home: the office's log is the same keyed chain as
//! the device's (lantern-store's tamper cases hold for it); here, a sound log and an edited one.

use lantern_store::audit::tamper;

use crate::cli::{central_in, failed_with, stdout_of};

#[test]
fn central_audit_verify_reports_a_sound_log_then_the_edited_entry() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("home");
    let (mut central, enrolment) = crate::new_central(&home);
    let (_field, info) = crate::device(&root.path().join("device"), &enrolment);
    let id = info.device_id.to_string();
    central
        .approve_device(&id, crate::fingerprint_of(&info), crate::T0 + 1)
        .unwrap();
    central.revoke_device(&id, crate::T0 + 2).unwrap();
    let entries = central.check_audit_log().unwrap().entries;
    assert!(entries >= 2);
    central.lock().unwrap();

    let out = central_in(&home, crate::PASSPHRASE, &[], &["audit", "verify"]);
    let report: serde_json::Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(report, serde_json::json!({"entries": entries, "ok": true}));

    let central = lantern_central::Central::unlock(&home, &crate::pass()).unwrap();
    tamper::execute(
        central.conn_for_audit_tamper_test(),
        "UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 1;",
    )
    .unwrap();
    central.lock().unwrap();
    let out = central_in(&home, crate::PASSPHRASE, &[], &["audit", "verify"]);
    failed_with(&out, "audit.log_broken");
    let report: serde_json::Value =
        serde_json::from_str(&String::from_utf8(out.stdout.clone()).unwrap()).unwrap();
    assert_eq!(
        report,
        serde_json::json!({"entries": entries, "ok": false, "first_broken": 1, "problem": "edited"})
    );
}
