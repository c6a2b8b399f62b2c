//! Consent withdrawn after the interview: kept apart from the interview so that it survives the
//! purge, due for export until the central node acknowledges it.

use lantern_store::sync::{
    CONSENT_KIND, ConsentValue, INTERVIEW_KIND, OutboxKey, consent_record_id,
};
use lantern_store::{ConsentPurpose, ConsentRecord, ConsentState, InterviewStatus, StoreError};

fn given(purpose: ConsentPurpose, at: i64) -> ConsentRecord {
    ConsentRecord {
        purpose,
        state: ConsentState::Given,
        locale: "ro".into(),
        recorded_at: at,
    }
}

#[test]
fn a_withdrawal_goes_into_the_interview_and_travels_on_its_own() {
    let root = tempfile::tempdir().unwrap();
    let mut s = crate::create(&root.path().join("p"));
    let id = s
        .create_interview(&crate::new_interview(), None, 100)
        .unwrap();
    s.record_consent(&id, &given(ConsentPurpose::Assistance, 110))
        .unwrap();
    s.record_consent(&id, &given(ConsentPurpose::Sharing, 120))
        .unwrap();
    assert!(s.consent_summary(&id).unwrap().identity_travels());
    let before = s.interview(&id).unwrap().revision;

    let w = s
        .withdraw_consent(&id, ConsentPurpose::Sharing, "uk", 500)
        .unwrap();
    assert!(w.recorded && w.in_interview && !w.identity_travels);
    assert_eq!(w.revision, Some(1));
    assert_eq!(s.interview(&id).unwrap().revision, before + 1);
    let last = s.consents(&id).unwrap().pop().unwrap();
    assert_eq!(
        (
            last.purpose,
            last.state,
            last.locale.as_str(),
            last.recorded_at
        ),
        (ConsentPurpose::Sharing, ConsentState::Revoked, "uk", 500)
    );
    let summary = s.consent_summary(&id).unwrap();
    assert_eq!(summary.sharing, ConsentValue::No);
    assert_eq!(summary.assistance, ConsentValue::Yes);

    let due = s.due_for_export().unwrap();
    assert_eq!(due.interviews, [(id.clone(), before + 1)]);
    assert_eq!(due.consent_changes.len(), 1);
    let change = &due.consent_changes[0];
    assert_eq!(
        change.key,
        OutboxKey {
            kind: CONSENT_KIND.into(),
            id: consent_record_id(&id, ConsentPurpose::Sharing),
            revision: 1
        }
    );
    assert_eq!(change.body.state, ConsentState::Revoked);
    assert_eq!(change.body.locale, "uk");
    let status = s.sync_status().unwrap();
    assert_eq!((status.pending, status.pending_consent_changes), (1, 1));

    // Already "no": nothing recorded, nothing new due.
    let again = s
        .withdraw_consent(&id, ConsentPurpose::Sharing, "uk", 600)
        .unwrap();
    assert!(!again.recorded && again.revision.is_none());
    assert_eq!(s.interview(&id).unwrap().revision, before + 1);
    assert_eq!(s.due_for_export().unwrap().consent_changes.len(), 1);
    let audit = s.audit_entries().unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "consent.withdrawn")
            .count(),
        1
    );
    // Never asked is unknown, not "no": withdrawing police is recorded.
    assert!(
        s.withdraw_consent(&id, ConsentPurpose::Police, "uk", 700)
            .unwrap()
            .recorded
    );

    assert_eq!(
        s.withdraw_consent("int-nope", ConsentPurpose::Police, "uk", 700)
            .unwrap_err()
            .code(),
        StoreError::NotFound(String::new()).code()
    );
}

#[test]
fn a_withdrawal_after_the_purge_is_due_until_acknowledged() {
    let root = tempfile::tempdir().unwrap();
    let mut s = crate::create(&root.path().join("p"));
    let id = s
        .create_interview(&crate::new_interview(), None, 100)
        .unwrap();
    s.record_consent(&id, &given(ConsentPurpose::Statistics, 110))
        .unwrap();
    s.set_interview_status(&id, InterviewStatus::Finished, None, 120)
        .unwrap();
    let revision = s.interview(&id).unwrap().revision;
    let interview_key = OutboxKey {
        kind: INTERVIEW_KIND.into(),
        id: id.clone(),
        revision,
    };
    s.record_export(1, std::slice::from_ref(&interview_key), 130)
        .unwrap();
    let acked = s.acknowledge(1, &[interview_key], true, 140).unwrap();
    assert_eq!(acked.purged, std::slice::from_ref(&id));
    assert!(s.due_for_export().unwrap().is_empty());
    assert!(s.consents(&id).unwrap().is_empty(), "the plaintext is gone");

    let w = s
        .withdraw_consent(&id, ConsentPurpose::Statistics, "ro", 500)
        .unwrap();
    assert!(w.recorded && !w.in_interview);
    let tombstone = s.interview(&id).unwrap();
    assert_eq!(tombstone.status, InterviewStatus::Purged);
    assert_eq!(
        tombstone.revision, revision,
        "a tombstone is never re-exported"
    );
    let due = s.due_for_export().unwrap();
    assert!(due.interviews.is_empty());
    assert_eq!(due.consent_changes.len(), 1);
    assert_eq!(s.sync_status().unwrap().pending, 1, "the tombstone is due");

    let key = due.consent_changes[0].key.clone();
    s.record_export(2, std::slice::from_ref(&key), 600).unwrap();
    assert_eq!(
        s.due_for_export().unwrap().consent_changes.len(),
        1,
        "sent is not acknowledged"
    );
    let acked = s.acknowledge(2, &[key], true, 700).unwrap();
    assert_eq!(acked.acknowledged, 1);
    assert!(s.due_for_export().unwrap().is_empty());
    assert_eq!(s.sync_status().unwrap().pending, 0);
    // The change is remembered: withdrawing again is a no-op.
    assert!(
        !s.withdraw_consent(&id, ConsentPurpose::Statistics, "ro", 800)
            .unwrap()
            .recorded
    );
}

/// A withdrawal is later than the decisions before it even when the clock says otherwise (a
/// laptop clock set back; a scripted interview stamped ahead of the wall clock): it wins, and
/// its time is moved to just after the latest decision.
#[test]
fn a_withdrawal_with_an_earlier_clock_still_comes_last() {
    let root = tempfile::tempdir().unwrap();
    let mut s = crate::create(&root.path().join("p"));
    let id = s
        .create_interview(&crate::new_interview(), None, 100)
        .unwrap();
    s.record_consent(&id, &given(ConsentPurpose::Assistance, 10_000))
        .unwrap();
    s.record_consent(&id, &given(ConsentPurpose::Sharing, 10_500))
        .unwrap();
    let w = s
        .withdraw_consent(&id, ConsentPurpose::Sharing, "ro", 5_000)
        .unwrap();
    assert!(w.recorded);
    assert_eq!(w.recorded_at, 10_501);
    let summary = s.consent_summary(&id).unwrap();
    assert_eq!(summary.sharing, ConsentValue::No);
    assert!(!summary.identity_travels());
    // A second withdrawal (another purpose) with the clock still behind comes after the first.
    let w = s
        .withdraw_consent(&id, ConsentPurpose::Assistance, "ro", 6_000)
        .unwrap();
    assert_eq!(w.recorded_at, 10_502);
    assert_eq!(s.consent_summary(&id).unwrap().assistance, ConsentValue::No);
}
