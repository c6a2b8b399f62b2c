//! Two devices, three bundles each (plus one from a restored copy of a device), imported out of
//! order and twice; one older revision arriving after a newer one and one revision conflict,
//! both in the review queue; receipts; purge; and no answer text anywhere outside the encrypted
//! stores.

use lantern_central::{DeviceBinding, ImportOutcome, ReviewState};
use lantern_core::engine::StopReason;
use lantern_field::sync;
use lantern_i18n::Locale;
use lantern_store::InterviewStatus;

use crate::*;

const MARKER_A: &str = "MARKER-a7c1-free-text-device-A";
const MARKER_B: &str = "MARKER-b3e9-free-text-device-B";

fn imported(o: ImportOutcome) -> lantern_central::ImportSummary {
    match o {
        ImportOutcome::Imported(s) => s,
        other => panic!("expected an import, got {other:?}"),
    }
}

#[test]
fn two_devices_out_of_order_twice_with_an_older_revision_and_a_conflict_then_receipts_and_purge() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("central");
    let inbox = root.path().join("usb-stick");
    let receipts = root.path().join("receipts");
    let (mut central, enrolment) = central(&home);

    // Device A is approved with its key's fingerprint (the key is pinned from its first bundle
    // whose key has it); device B with its key up front.
    let dir_a = root.path().join("device-a");
    let dir_b = root.path().join("device-b");
    let mut a = new_device(&dir_a);
    let mut b = new_device(&dir_b);
    let enrol_a = sync::enrol(a.store_mut(), &enrolment, T0).unwrap();
    let enrol_b = sync::enrol(b.store_mut(), &enrolment, T0).unwrap();
    central
        .approve_device(
            &enrol_a.device_id,
            DeviceBinding::fingerprint(&enrol_a.device_fingerprint).unwrap(),
            T0,
        )
        .unwrap();
    central
        .approve_device(
            &enrol_b.device_id,
            DeviceBinding::Key(enrol_b.device_key.parse().unwrap()),
            T0,
        )
        .unwrap();

    // Device A: a1 = finished interview; a2 = + a stopped one; a3 = the stopped one resumed.
    let mut t = T0 + 60_000;
    let ia1 = a
        .run_script(&script("adult-complete", MARKER_A), t)
        .unwrap()
        .interview_id;
    let a1 = sync::export(a.store_mut(), &inbox, t + 500_000).unwrap();
    t += 1_000_000;
    let ia2 = a
        .run_script(&script("adult-stopped-for-safety", MARKER_A), t)
        .unwrap()
        .interview_id;
    let a2 = sync::export(a.store_mut(), &inbox, t + 500_000).unwrap();
    t += 1_000_000;
    a.resume(&ia2, t).unwrap();
    let a3 = sync::export(a.store_mut(), &inbox, t + 1).unwrap();
    assert_eq!((a1.seq, a2.seq, a3.seq), (1, 2, 3));
    // The finished interview's identity record goes with it (she agreed to assistance and
    // sharing); the stopped one has no identity answer yet.
    assert_eq!((a1.records, a2.records, a3.records), (2, 3, 3));

    // Device B: b1 = finished interview; b2 = + a stopped one; then the profile is copied (a
    // restored backup), and both copies change the stopped interview differently: b3 from the
    // device, b3' from the copy, same seq, same revision, different content.
    let ib1 = b
        .run_script(&script("adult-complete", MARKER_B), t)
        .unwrap()
        .interview_id;
    let b1 = sync::export(b.store_mut(), &inbox, t + 500_000).unwrap();
    t += 1_000_000;
    let ib2 = b
        .run_script(&script("adult-stopped-for-safety", MARKER_B), t)
        .unwrap()
        .interview_id;
    let b2 = sync::export(b.store_mut(), &inbox, t + 500_000).unwrap();
    t += 1_000_000;
    b.into_store().lock().unwrap();
    let dir_b_copy = root.path().join("device-b-restored");
    copy_dir(&dir_b, &dir_b_copy);
    let mut b = open_device(&dir_b);
    b.resume(&ib2, t).unwrap();
    let b3 = sync::export(b.store_mut(), &inbox, t + 1).unwrap();
    let conflict_inbox = root.path().join("other-stick");
    let mut b_copy = open_device(&dir_b_copy);
    b_copy.switch_language(&ib2, Locale::Uk, None, t).unwrap();
    let b3_copy = sync::export(b_copy.store_mut(), &conflict_inbox, t + 2).unwrap();
    assert_eq!((b1.seq, b2.seq, b3.seq, b3_copy.seq), (1, 2, 3, 3));
    let rev_b3 = b.store().interview(&ib2).unwrap().revision;
    assert_eq!(b_copy.store().interview(&ib2).unwrap().revision, rev_b3);
    b_copy.into_store().lock().unwrap();

    // The device cannot read its own bundle: it holds no X25519 identity at all, and the
    // ciphertext does not contain the answers.
    assert!(files_containing(&inbox, MARKER_A).is_empty());

    // Import out of order, and some twice.
    let now = t + 10_000_000;
    // Counts include the finished interviews' identity records.
    let s = imported(central.import_file(&a3.path, now).unwrap());
    assert_eq!((s.applied, s.stale, s.conflicts), (3, 0, 0));
    assert!(
        s.key_pinned,
        "device A's key is pinned from its first bundle"
    );
    assert_eq!(
        central.missing_seqs(&enrol_a.device_id).unwrap(),
        vec![1, 2]
    );
    let s = imported(central.import_file(&b2.path, now).unwrap());
    assert_eq!((s.applied, s.key_pinned), (3, false));
    let s = imported(central.import_file(&a1.path, now).unwrap());
    assert_eq!((s.applied, s.unchanged), (0, 2));
    let s = imported(central.import_file(&b3.path, now).unwrap());
    assert_eq!((s.applied, s.unchanged), (1, 2));
    let s = imported(central.import_file(&a2.path, now).unwrap());
    assert_eq!(
        (s.unchanged, s.stale, s.conflicts),
        (2, 1, 0),
        "a2's ia2 is older than a3's"
    );
    let s = imported(central.import_file(&b1.path, now).unwrap());
    assert_eq!(s.unchanged, 2);
    let s = imported(central.import_file(&b3_copy.path, now).unwrap());
    assert_eq!((s.unchanged, s.conflicts, s.resent_seq), (2, 1, true));
    let digest = central.content_digest().unwrap();
    for replay in [&a3.path, &b2.path, &a1.path, &b3_copy.path] {
        assert!(matches!(
            central.import_file(replay, now + 1).unwrap(),
            ImportOutcome::Duplicate { .. }
        ));
    }
    assert_eq!(
        central.content_digest().unwrap(),
        digest,
        "replays change nothing"
    );
    assert!(central.missing_seqs(&enrol_a.device_id).unwrap().is_empty());
    assert!(central.missing_seqs(&enrol_b.device_id).unwrap().is_empty());

    // The right records in force, with their history.
    assert_eq!(central.record_count("interview").unwrap(), 4);
    let rev_a2 = a.store().interview(&ia2).unwrap().revision;
    assert_eq!(central.interview(&ia2).unwrap().revision, rev_a2);
    assert_eq!(
        central.interview(&ia2).unwrap().status,
        InterviewStatus::Draft
    );
    let ib2_central = central.interview(&ib2).unwrap();
    assert_eq!(ib2_central.revision, rev_b3);
    assert_eq!(
        ib2_central.status,
        InterviewStatus::Draft,
        "b3 (resumed) is in force, not the copy's language switch"
    );
    let dispositions = |id: &str| -> Vec<(i64, String)> {
        central
            .record_history("interview", id)
            .unwrap()
            .into_iter()
            .map(|r| (r.revision, r.disposition))
            .collect()
    };
    let h = dispositions(&ia2);
    assert_eq!(h.len(), 2);
    assert_eq!(h[0].1, "stale");
    assert_eq!(h[1], (rev_a2, "current".into()));
    let rev_ia2_stale = h[0].0;
    assert!(rev_ia2_stale < rev_a2);
    let h = dispositions(&ib2);
    assert_eq!(h.len(), 3, "{h:?}");
    assert_eq!(h[0].1, "superseded");
    let mut last_two: Vec<_> = h[1..].iter().map(|(_, d)| d.as_str()).collect();
    last_two.sort();
    assert_eq!(last_two, ["conflict", "current"]);
    assert_eq!(dispositions(&ia1).len(), 1);

    // Exactly two review-queue items, in import order: a2's older revision of ia2 (it arrived
    // after a3's newer one), then the conflicting revision of ib2 from the restored copy. The
    // replays above opened none.
    let queue = central.review_queue(true).unwrap();
    let items: Vec<_> = queue
        .iter()
        .map(|i| {
            (
                i.record_id.as_str(),
                i.revision,
                i.reason.as_str(),
                i.device_id.as_str(),
                i.resolved_at,
            )
        })
        .collect();
    assert_eq!(
        items,
        vec![
            (
                ia2.as_str(),
                rev_ia2_stale,
                "older_revision",
                enrol_a.device_id.as_str(),
                None
            ),
            (
                ib2.as_str(),
                rev_b3,
                "revision_conflict",
                enrol_b.device_id.as_str(),
                None
            ),
        ]
    );
    assert_eq!(queue[0].bundle_id, a2.bundle_id);
    assert_eq!(queue[1].bundle_id, b3_copy.bundle_id);
    // Each reason has its supervisor text in every locale (the desktop looks it up by reason).
    let localizer = lantern_i18n::Localizer::embedded().unwrap();
    for item in &queue {
        let id = format!("ui-supervisor-conflict-{}", item.reason.replace('_', "-"));
        for locale in Locale::ALL {
            assert!(localizer.has_message(locale, &id), "{id} in {locale:?}");
        }
    }

    // The review list: assessments from the stored answers, timelines, states, notes.
    let list = central.review_list().unwrap();
    assert_eq!(list.len(), 4);
    let entry = |id: &str| list.iter().find(|e| e.interview_id == id).unwrap();
    let finished_a = entry(&ia1);
    assert_eq!(
        format!("{:?}", finished_a.assessment.as_ref().unwrap().result),
        "IndicatorsMet"
    );
    assert_eq!(finished_a.review_state, ReviewState::New);
    assert!(!finished_a.language_timeline.is_empty());
    assert_eq!(entry(&ia2).open_conflicts, queue[..1]);
    assert_eq!(entry(&ib2).open_conflicts, queue[1..]);
    assert!(entry(&ia1).open_conflicts.is_empty());
    assert!(entry(&ib1).open_conflicts.is_empty());
    central
        .set_review(
            &ia1,
            ReviewState::NeedsFollowUp,
            Some("call the shelter"),
            now,
        )
        .unwrap();
    let list = central.review_list().unwrap();
    let e = list.iter().find(|e| e.interview_id == ia1).unwrap();
    assert_eq!(
        (e.review_state, e.note.as_str()),
        (ReviewState::NeedsFollowUp, "call the shelter")
    );

    // The answers really are in the central store (so the grep below could fail).
    let text_answers = central
        .interview(&ia1)
        .unwrap()
        .answers
        .iter()
        .filter(|a| {
            a.record
                .value
                .as_ref()
                .is_some_and(|v| v.to_string().contains(MARKER_A))
        })
        .count();
    assert!(text_answers > 0);

    // Receipts back to the devices; the finished interviews are purged to tombstones.
    let written = central.write_receipts(&receipts, false, now).unwrap();
    assert_eq!(written.len(), 7);
    assert!(
        central
            .write_receipts(&receipts, false, now)
            .unwrap()
            .is_empty()
    );
    let mut purged_a = Vec::new();
    let mut purged_b = Vec::new();
    for r in &written {
        let bytes = std::fs::read(&r.path).unwrap();
        if r.device_id == enrol_a.device_id {
            purged_a.extend(
                sync::apply_receipt(a.store_mut(), &bytes, now)
                    .unwrap()
                    .result
                    .purged,
            );
        } else {
            purged_b.extend(
                sync::apply_receipt(b.store_mut(), &bytes, now)
                    .unwrap()
                    .result
                    .purged,
            );
            // A receipt is for one device only.
            assert_eq!(
                sync::apply_receipt(a.store_mut(), &bytes, now)
                    .unwrap_err()
                    .code(),
                "sync.receipt_for_other_device"
            );
        }
    }
    assert_eq!(purged_a, vec![ia1.clone()]);
    assert_eq!(purged_b, vec![ib1.clone()]);
    let tomb = a.store().interview(&ia1).unwrap();
    assert_eq!(tomb.status, InterviewStatus::Purged);
    assert_eq!(tomb.answer_count, 0);
    assert!(a.store().answers(&ia1).unwrap().is_empty());
    assert!(a.store().language_timeline(&ia1).unwrap().is_empty());
    assert!(a.store().consents(&ia1).unwrap().is_empty());
    assert_eq!(
        tomb.revision,
        central.interview(&ia1).unwrap().revision,
        "the tombstone keeps its revision"
    );
    // The stopped-then-resumed interview is acknowledged but unfinished: kept.
    assert!(!a.store().answers(&ia2).unwrap().is_empty());
    // Nothing changed since the acknowledgement: nothing to export.
    assert_eq!(
        sync::export(a.store_mut(), &inbox, now).unwrap_err().code(),
        "sync.nothing_to_export"
    );
    // A new change is due again, under the next sequence number.
    a.stop(&ia2, StopReason::Interruption, now + 1).unwrap();
    let a4 = sync::export(a.store_mut(), &inbox, now + 2).unwrap();
    assert_eq!((a4.seq, a4.records), (4, 1));

    // No answer text in any file outside the encrypted stores: bundles, receipts, enrolment,
    // and every file in the central home and the device profiles (databases included: they are
    // encrypted), WAL files included.
    std::fs::write(root.path().join("enrolment.lantern"), &enrolment).unwrap();
    central.lock().unwrap();
    a.into_store().lock().unwrap();
    b.into_store().lock().unwrap();
    for marker in [MARKER_A, MARKER_B] {
        let found = files_containing(root.path(), marker);
        assert!(found.is_empty(), "{marker} found in {found:?}");
    }
    assert!(files_under(&home).len() >= 2);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
}
