//! `lantern audit verify` as a process, on a real profile: JSON on stdout, exit 0 on a sound
//! log; on a tampered one the first broken entry and the problem, a sentence on stderr and
//! `audit.log_broken`.

use lantern_store::audit::tamper;
use lantern_store::{KdfParams, NewInterview, Passphrase, Store};

use crate::{failed_with, lantern_in, stdout_of};

const PASS: &str = "a long test passphrase";

#[test]
fn audit_verify_reports_a_sound_log_then_the_deleted_entry() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut store = Store::create(
        &dir,
        &Passphrase::new(PASS.into()),
        KdfParams::INSECURE_TEST,
        1_000,
    )
    .unwrap()
    .store;
    for at in [2_000, 3_000, 4_000] {
        store
            .create_interview(
                &NewInterview {
                    questionnaire_id: "identification".into(),
                    questionnaire_version: "1".into(),
                    interface_locale: "en".into(),
                    interview_locale: "ro".into(),
                    earlier_interview_id: None,
                },
                None,
                at,
            )
            .unwrap();
    }
    store.lock().unwrap();

    let out = lantern_in(&dir, PASS, &[], &["audit", "verify"]);
    let report: serde_json::Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(report, serde_json::json!({"entries": 4, "ok": true}));

    let store = Store::unlock(&dir, &Passphrase::new(PASS.into())).unwrap();
    tamper::execute(
        store.conn_for_audit_tamper_test(),
        "DELETE FROM audit_log WHERE seq = 2;",
    )
    .unwrap();
    store.lock().unwrap();
    let out = lantern_in(&dir, PASS, &[], &["audit", "verify"]);
    failed_with(&out, "audit.log_broken");
    let report: serde_json::Value =
        serde_json::from_str(&String::from_utf8(out.stdout.clone()).unwrap()).unwrap();
    assert_eq!(
        report,
        serde_json::json!({"entries": 3, "ok": false, "first_broken": 2, "problem": "deleted"})
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("entry 2: an entry before it was deleted"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
