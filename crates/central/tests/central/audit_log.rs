//! `lantern-central audit verify` on a real home: the office's log is the same keyed chain as
//! the device's (lantern-store's tamper cases hold for it); here, a sound log and an edited one.

use lantern_field::sync;
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

#[test]
fn a_device_log_cut_back_after_an_export_is_flagged_at_the_next_import() {
    let root = tempfile::tempdir().unwrap();
    let (mut central, enrolment) = crate::new_central(&root.path().join("home"));
    let (mut field, info) = crate::device(&root.path().join("device"), &enrolment);
    central
        .approve_device(&info.device_id, crate::fingerprint_of(&info), crate::T0)
        .unwrap();
    let out = root.path().join("out");
    let first = crate::interview_and_export(&mut field, "adult-complete", &out, crate::T0);
    let anchored = field.store().audit_head().unwrap().entries - 1;
    let lantern_central::ImportOutcome::Imported(s) =
        central.import_file(&first, crate::T0 + 200_000).unwrap()
    else {
        panic!("imported")
    };
    assert_eq!(s.audit_regression, None);

    // Everything after the first few entries removed (the chain of what is left still holds),
    // then a withdrawal of consent exported.
    tamper::execute(
        field.store().conn_for_audit_tamper_test(),
        "DELETE FROM audit_log WHERE seq > 3;",
    )
    .unwrap();
    assert!(field.store().check_audit_log().unwrap().ok);
    let interview = field.store().interviews().unwrap()[0].interview_id.clone();
    lantern_field::consent::withdraw_consent(
        field.store_mut(),
        &interview,
        lantern_store::ConsentPurpose::Police,
        None,
        crate::T0 + 300_000,
    )
    .unwrap();
    let second = sync::export(field.store_mut(), &out, crate::T0 + 400_000)
        .unwrap()
        .path;
    let entries = field.store().audit_head().unwrap().entries - 1;
    assert!(entries < anchored, "{entries} < {anchored}");
    let lantern_central::ImportOutcome::Imported(s) =
        central.import_file(&second, crate::T0 + 500_000).unwrap()
    else {
        panic!("imported")
    };
    assert_eq!(
        s.audit_regression,
        Some(lantern_central::AuditRegression {
            anchored_seq: 1,
            anchored_entries: anchored,
            entries,
        })
    );
    let last = central.audit_entries().unwrap();
    assert!(
        last.iter()
            .any(|e| e.action == "device.audit_regression" && e.subject == info.device_id)
    );
    assert!(central.check_audit_log().unwrap().ok);
}
