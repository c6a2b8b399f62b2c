//! Issue 10's scenario, across the real crates: an interview on a field device with an
//! identifying answer (her safe contact, W6) and statistics consent "no" is exported and
//! imported. Her identity is in no case record, no review list and nothing else the office can
//! write; a supervisor who asks for it with a reason sees it and leaves an audit entry. She later
//! withdraws consent to sharing on the device; the withdrawal travels in a second bundle and the
//! office drops her identity, so that neither the files of the central home nor its decrypted
//! tables hold it any more.

use lantern_central::{DeviceBinding, ImportOutcome, ImportSummary};
use lantern_field::{Script, consent::withdraw_consent, sync};
use lantern_store::ConsentPurpose;
use lantern_store::sync::ConsentValue;

use crate::*;

const CASE_MARKER: &str = "MARKER-case-5d2e-free-text";
const IDENTITY_MARKER: &str = "MARKER-identity-9f13-safe-contact-Ana";

/// The complete adult interview, with her safe contact (W6, sensitivity `identity`) set to
/// [`IDENTITY_MARKER`] and her statistics consent (S5d) "no".
fn interview_with_identity_and_no_statistics() -> Script {
    let mut value = script_json("adult-complete", CASE_MARKER);
    let mut changed = (false, false);
    for step in value["steps"].as_array_mut().unwrap() {
        // `get_mut`, not indexing: indexing would add `"answer": null` to the other steps.
        let Some(answer) = step.get_mut("answer") else {
            continue;
        };
        match answer["key"].as_str() {
            Some("W6") => {
                answer["value"]["value"] = IDENTITY_MARKER.into();
                changed.0 = true;
            }
            Some("S5d") => {
                answer["value"]["value"] = "no".into();
                changed.1 = true;
            }
            _ => {}
        }
    }
    assert_eq!(changed, (true, true), "the script answers W6 and S5d");
    serde_json::from_value(value).unwrap()
}

fn imported(outcome: ImportOutcome) -> ImportSummary {
    match outcome {
        ImportOutcome::Imported(s) => s,
        other => panic!("expected an import, got {other:?}"),
    }
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap()
}

#[test]
fn identity_stays_apart_is_shown_only_on_an_audited_request_and_leaves_with_a_withdrawal() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let usb = root.path().join("usb-stick");
    let (mut central, enrolment) = central(&home);
    let mut device = new_device(&root.path().join("device"));
    let enrolled = sync::enrol(device.store_mut(), &enrolment, T0).unwrap();
    central
        .approve_device(
            &enrolled.device_id,
            DeviceBinding::Key(enrolled.device_key.parse().unwrap()),
            T0,
        )
        .unwrap();

    let t = T0 + 60_000;
    let id = device
        .run_script(&interview_with_identity_and_no_statistics(), t)
        .unwrap()
        .interview_id;

    // The interviewer is told before export that her identity travels (assistance and sharing
    // agreed); the bundle carries the interview and its identity record.
    let plan = sync::export_plan(device.store_mut(), t + 1).unwrap();
    assert_eq!(plan.interviews.len(), 1);
    assert_eq!(plan.interviews[0].identity, sync::IdentityPlan::Travels);
    let first = sync::export(device.store_mut(), &usb, t + 2).unwrap();
    assert_eq!((first.records, first.identity_withheld.len()), (2, 0));
    let bundle = std::fs::read(&first.path).unwrap();
    assert!(!contains(&bundle, IDENTITY_MARKER) && !contains(&bundle, CASE_MARKER));

    let s = imported(central.import_file(&first.path, t + 3).unwrap());
    assert_eq!((s.applied, s.identity_kept), (2, 1));
    assert!(central.holds_identity(&id).unwrap());

    // Statistics "no": the case never counts; the other purposes stand as she answered.
    let case = central.case_record(&id).unwrap();
    assert_eq!(
        (
            case.consent.assistance,
            case.consent.sharing,
            case.consent.police,
            case.consent.statistics
        ),
        (
            ConsentValue::Yes,
            ConsentValue::Yes,
            ConsentValue::Yes,
            ConsentValue::No
        )
    );
    assert!(
        central
            .interviews_with_consent(ConsentPurpose::Statistics)
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        central
            .interviews_with_consent(ConsentPurpose::Assistance)
            .unwrap(),
        std::slice::from_ref(&id)
    );

    // The danger her answers signalled is listed at the office: the device showed the emergency
    // route at once and recorded it.
    let listed = central.review_list().unwrap();
    assert_eq!(
        listed[0].emergencies,
        ["medical", "self_harm", "imminent_danger"]
    );
    assert!(json(&central.interview(&id).unwrap()).contains("emergency_shown"));

    // Her identity is in nothing the office shows or writes without asking: the case record
    // (which does carry the case's own answers), the stored interview, the review list and
    // queue, the revision history, the audit log, the receipts.
    let case_json = json(&case);
    assert!(case_json.contains("\"identity\":null"));
    assert!(
        case_json.contains(CASE_MARKER),
        "control: case answers are there"
    );
    assert!(!case_json.contains(IDENTITY_MARKER));
    let receipts = central
        .write_receipts(&root.path().join("receipts"), true, t + 4)
        .unwrap();
    assert_eq!(receipts.len(), 1);
    let everything_written = [
        json(&central.interview(&id).unwrap()),
        json(&central.review_list().unwrap()),
        json(&central.review_queue(true).unwrap()),
        json(&central.record_history("interview", &id).unwrap()),
        json(&central.audit_entries().unwrap()),
    ];
    for text in &everything_written {
        assert!(!text.contains(IDENTITY_MARKER), "identity in {text}");
    }
    assert!(files_containing(&root.path().join("receipts"), IDENTITY_MARKER).is_empty());

    // A supervisor asks for it, with a reason: she sees it, and the audit log says who, when,
    // why.
    let before = central.audit_entries().unwrap().len();
    let shown = central
        .case_record_with_identity(&id, "Mira (supervisor)", "referral to the shelter", t + 5)
        .unwrap();
    assert!(json(&shown.identity).contains(IDENTITY_MARKER));
    let audit = central.audit_entries().unwrap();
    assert_eq!(audit.len(), before + 1);
    let viewed = json(audit.last().unwrap());
    for expected in [
        "identity.viewed",
        id.as_str(),
        "Mira (supervisor)",
        "referral to the shelter",
    ] {
        assert!(viewed.contains(expected), "{expected} in {viewed}");
    }
    assert!(!viewed.contains(IDENTITY_MARKER));
    assert_eq!(
        central.verify_audit_log().unwrap(),
        i64::try_from(audit.len()).unwrap()
    );

    // Later she withdraws consent to sharing, on the device; it travels in the next bundle.
    let t = t + 1_000_000;
    let withdrawal =
        withdraw_consent(device.store_mut(), &id, ConsentPurpose::Sharing, None, t).unwrap();
    assert!(withdrawal.recorded);
    let plan = sync::export_plan(device.store_mut(), t + 1).unwrap();
    assert_eq!(plan.consent_changes.len(), 1);
    let second = sync::export(device.store_mut(), &usb, t + 2).unwrap();
    assert_eq!(second.consent_changes, 1);
    let s = imported(central.import_file(&second.path, t + 3).unwrap());
    assert_eq!(s.identity_deleted, 1);
    assert!(!central.holds_identity(&id).unwrap());
    assert_eq!(central.consent(&id).unwrap().sharing, ConsentValue::No);
    let history = central.consent_history(&id).unwrap();
    assert_eq!(
        history.last().map(|d| (d.purpose, d.source.as_str())),
        Some((ConsentPurpose::Sharing, "change"))
    );
    // Asking again shows no identity (and is audited like any request).
    let shown = central
        .case_record_with_identity(&id, "Mira (supervisor)", "follow-up call", t + 4)
        .unwrap();
    assert!(shown.identity.is_none());

    // Nothing readable remains: not in the decrypted tables, not in any file of the central
    // home once the WAL is checkpointed and the store closed.
    assert!(
        central
            .tables_containing_for_test(IDENTITY_MARKER.as_bytes())
            .unwrap()
            .is_empty()
    );
    central.lock().unwrap();
    assert!(files_containing(&home, IDENTITY_MARKER).is_empty());
    assert!(files_containing(&home, CASE_MARKER).is_empty());
    assert!(files_containing(&usb, IDENTITY_MARKER).is_empty());
}
