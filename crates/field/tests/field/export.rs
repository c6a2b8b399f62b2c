//! What leaves the device: no interview record ever holds an identity answer; the identity
//! record travels only with her consent to assistance and sharing; a consent withdrawal travels
//! on its own, also after the interview was purged, until a receipt acknowledges it.

use std::path::Path;

use lantern_bundle::PurgePolicy;
use lantern_core::answers::AnswerValue;
use lantern_field::sync::{self, IdentityPlan, SyncError};
use lantern_field::{FieldError, consent};
use lantern_i18n::Locale;
use lantern_store::sync::{ConsentValue, consent_record_id};
use lantern_store::{
    AnswerRecord, AnswerState, ConsentPurpose, ConsentRecord, ConsentState, KdfParams, Passphrase,
    Store,
};
use proptest::prelude::*;

use crate::driver::{adult_policy, drive};
use crate::identity::{CONTACT, identity_ids};
use crate::office::Office;

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Every file under `dir` (profile folder, export folder).
fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn assert_nowhere_readable(root: &Path, marker: &str) {
    let all = files(root);
    assert!(all.iter().any(|f| f.ends_with("lantern.db")));
    for f in all {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !contains(&bytes, marker.as_bytes()),
            "{marker} in {}",
            f.display()
        );
    }
}

fn text_answer(q: &str, text: &str, at: i64) -> AnswerRecord {
    AnswerRecord {
        question_id: q.into(),
        instance: 0,
        value: Some(serde_json::json!({"value": {"kind": "text", "value": text}})),
        state: AnswerState::Present,
        asked_in_locale: "ro".into(),
        locale_fallback: false,
        interpreter_id: None,
        recorded_at: at,
    }
}

fn decision(purpose: ConsentPurpose, state: ConsentState, at: i64) -> ConsentRecord {
    ConsentRecord {
        purpose,
        state,
        locale: "ro".into(),
        recorded_at: at,
    }
}

fn new_store(dir: &Path, office: &Office) -> Store {
    let mut store = Store::create(
        dir,
        &Passphrase::new(crate::PASSPHRASE.into()),
        KdfParams::INSECURE_TEST,
        1_000,
    )
    .unwrap()
    .store;
    sync::enrol(&mut store, &office.enrolment, 1_000).unwrap();
    store
}

fn new_interview(store: &mut Store) -> String {
    store
        .create_interview(
            &lantern_store::NewInterview {
                questionnaire_id: "identification".into(),
                questionnaire_version: "1.0.0".into(),
                interface_locale: "en".into(),
                interview_locale: "ro".into(),
                earlier_interview_id: None,
            },
            None,
            1_000,
        )
        .unwrap()
}

#[test]
fn the_identity_travels_only_with_assistance_and_sharing_consent() {
    use ConsentPurpose::{Assistance, Sharing};
    use ConsentState::{Given, Refused, Revoked};
    let root = tempfile::tempdir().unwrap();
    let office = Office::new(PurgePolicy::AfterReceipt);
    let mut store = new_store(&root.path().join("p"), &office);
    type Case<'a> = (&'a str, &'a [(ConsentPurpose, ConsentState)], bool);
    let cases: [Case; 6] = [
        ("nothing-asked", &[], false),
        ("assistance-only", &[(Assistance, Given)], false),
        (
            "sharing-refused",
            &[(Assistance, Given), (Sharing, Refused)],
            false,
        ),
        (
            "assistance-refused",
            &[(Assistance, Refused), (Sharing, Given)],
            false,
        ),
        ("both-given", &[(Assistance, Given), (Sharing, Given)], true),
        (
            "sharing-revoked",
            &[(Assistance, Given), (Sharing, Given), (Sharing, Revoked)],
            false,
        ),
    ];
    let mut ids = Vec::new();
    for (name, decisions, _) in &cases {
        let id = new_interview(&mut store);
        store
            .save_identity_answer(&id, &text_answer("W6", &format!("MARKER-{name}"), 1_100))
            .unwrap();
        store
            .save_answer(&id, &text_answer("D1", "case answer", 1_200))
            .unwrap();
        for (i, (purpose, state)) in decisions.iter().enumerate() {
            store
                .record_consent(&id, &decision(*purpose, *state, 1_300 + i as i64))
                .unwrap();
        }
        ids.push(id);
    }
    let without = new_interview(&mut store);
    store
        .save_answer(&without, &text_answer("D1", "case answer", 1_200))
        .unwrap();

    let plan = sync::export_plan(&mut store, 2_000).unwrap();
    let expected_withheld: Vec<String> = cases
        .iter()
        .zip(&ids)
        .filter(|((_, _, travels), _)| !travels)
        .map(|(_, id)| id.clone())
        .collect();
    let mut withheld = plan.identity_withheld();
    withheld.sort();
    let mut expected_sorted = expected_withheld.clone();
    expected_sorted.sort();
    assert_eq!(withheld, expected_sorted);
    let planned = |id: &str| {
        plan.interviews
            .iter()
            .find(|p| p.interview_id == id)
            .unwrap()
    };
    assert_eq!(planned(&without).identity, IdentityPlan::NotRecorded);
    assert_eq!(planned(&ids[4]).identity, IdentityPlan::Travels);
    assert_eq!(planned(&ids[0]).consent.assistance, ConsentValue::Unknown);

    let out = root.path().join("out");
    let exported = sync::export(&mut store, &out, 3_000).unwrap();
    let mut reported = exported.identity_withheld.clone();
    reported.sort();
    assert_eq!(
        reported, expected_sorted,
        "the export says what the plan said"
    );
    let opened = office.open(&store, &exported.path);
    assert_eq!(opened.interviews.len(), cases.len() + 1);
    let sent: Vec<&str> = opened
        .identities
        .iter()
        .map(|i| i.interview_id.as_str())
        .collect();
    assert_eq!(sent, [ids[4].as_str()]);
    let identity = &opened.identities[0];
    assert_eq!(identity.answers[0].record.question_id, "W6");
    assert!(
        serde_json::to_string(identity)
            .unwrap()
            .contains("MARKER-both-given")
    );
    assert_eq!(
        identity.revision,
        opened
            .interviews
            .iter()
            .find(|i| i.interview_id == ids[4])
            .unwrap()
            .revision
    );
    for r in &opened.payload.records {
        if r.kind == lantern_store::sync::INTERVIEW_KIND {
            assert!(
                !contains(&r.body, b"MARKER-"),
                "identity text in interview {}",
                r.id
            );
        }
    }
    let bundle = std::fs::read(&exported.path).unwrap();
    assert!(
        !contains(&bundle, b"MARKER-"),
        "sealed: nothing readable in the file"
    );
}

#[test]
fn a_withdrawal_stops_the_identity_and_travels_after_the_purge_until_acknowledged() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let out = root.path().join("out");
    let office = Office::new(PurgePolicy::AfterReceipt);
    let mut f = crate::open_field(&dir, 1_000);
    sync::enrol(f.store_mut(), &office.enrolment, 1_000).unwrap();

    // A finished interview: she agreed to everything, her safe contact in W6.
    let mut now = 10_000;
    let id = f.start_interview(Locale::Ro, None, now).unwrap();
    let mut policy = adult_policy();
    policy.insert("W6", AnswerValue::Text(CONTACT.into()));
    assert_eq!(
        drive(&mut f, &id, &policy, 1, &mut now).last.unwrap().kind,
        lantern_field::view::ScreenKind::Complete
    );
    f.finish(&id, now).unwrap();
    // A draft in which she agreed too, whose sharing consent she then withdraws.
    let draft = f.start_interview(Locale::Ro, None, now).unwrap();
    for (purpose, at) in [
        (ConsentPurpose::Assistance, 1),
        (ConsentPurpose::Sharing, 2),
    ] {
        f.store_mut()
            .record_consent(&draft, &decision(purpose, ConsentState::Given, now + at))
            .unwrap();
    }
    f.store_mut()
        .save_identity_answer(&draft, &text_answer("W6", "MARKER-draft-contact", now + 3))
        .unwrap();
    assert_nowhere_readable(root.path(), CONTACT);

    let first = sync::export(f.store_mut(), &out, now + 10).unwrap();
    assert!(first.identity_withheld.is_empty());
    let opened = office.open(f.store(), &first.path);
    assert_eq!(opened.identities.len(), 2);
    assert!(
        serde_json::to_string(&opened.identities)
            .unwrap()
            .contains(CONTACT)
    );
    for i in &opened.interviews {
        let json = serde_json::to_string(i).unwrap();
        assert!(!json.contains(CONTACT) && !json.contains("MARKER-draft-contact"));
        assert!(
            i.answers
                .iter()
                .all(|a| !identity_ids().contains(&a.record.question_id))
        );
    }
    let applied = sync::apply_receipt(f.store_mut(), &office.receipt(&opened), now + 20).unwrap();
    assert_eq!(applied.result.purged, std::slice::from_ref(&id));
    assert!(f.store().identity_answers(&id).unwrap().is_empty());
    assert_nowhere_readable(root.path(), CONTACT);

    // She withdraws assistance from the purged interview, sharing from the draft.
    let w = consent::withdraw_consent(
        f.store_mut(),
        &id,
        ConsentPurpose::Assistance,
        None,
        now + 30,
    )
    .unwrap();
    assert!(w.recorded && !w.in_interview && !w.identity_travels);
    assert_eq!(w.locale, "ro", "the interview's language by default");
    let d = consent::withdraw_consent(
        f.store_mut(),
        &draft,
        ConsentPurpose::Sharing,
        Some(Locale::Uk),
        now + 31,
    )
    .unwrap();
    assert!(d.recorded && d.in_interview && !d.identity_travels);
    let status = f.store().sync_status().unwrap();
    assert_eq!((status.pending, status.pending_consent_changes), (2, 2));
    assert_eq!(
        sync::export_plan(f.store_mut(), now + 32)
            .unwrap()
            .identity_withheld(),
        std::slice::from_ref(&draft)
    );

    let second = sync::export(f.store_mut(), &out, now + 40).unwrap();
    assert_eq!(second.identity_withheld, std::slice::from_ref(&draft));
    assert_eq!(second.consent_changes, 2);
    let opened = office.open(f.store(), &second.path);
    assert!(
        opened.identities.is_empty(),
        "the identity no longer leaves the device"
    );
    assert_eq!(
        opened.interviews.len(),
        1,
        "the draft, with the revocation in its history"
    );
    let last = opened.interviews[0].consents.last().unwrap();
    assert_eq!(
        (last.purpose, last.state),
        (ConsentPurpose::Sharing, ConsentState::Revoked)
    );
    let mut changes: Vec<(String, u64, ConsentPurpose, ConsentState)> = opened
        .consent_changes
        .iter()
        .map(|(rid, rev, c)| (rid.clone(), *rev, c.purpose, c.state))
        .collect();
    changes.sort_by(|a, b| a.0.cmp(&b.0));
    let mut expected = vec![
        (
            consent_record_id(&id, ConsentPurpose::Assistance),
            1,
            ConsentPurpose::Assistance,
            ConsentState::Revoked,
        ),
        (
            consent_record_id(&draft, ConsentPurpose::Sharing),
            1,
            ConsentPurpose::Sharing,
            ConsentState::Revoked,
        ),
    ];
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(changes, expected);
    let tombstone = opened
        .consent_changes
        .iter()
        .find(|(_, _, c)| c.interview_id == id)
        .unwrap();
    assert_eq!(
        (tombstone.2.locale.as_str(), tombstone.2.recorded_at),
        ("ro", now + 30)
    );

    let applied = sync::apply_receipt(f.store_mut(), &office.receipt(&opened), now + 50).unwrap();
    assert_eq!(applied.result.acknowledged, 2 + 1);
    assert_eq!(f.store().sync_status().unwrap().pending, 0);
    assert!(matches!(
        sync::export(f.store_mut(), &out, now + 60),
        Err(SyncError::NothingToExport)
    ));
    // Kept on the device, encrypted, until the draft is finished and purged (see consent.rs).
    assert_eq!(f.store().identity_answers(&draft).unwrap().len(), 1);
    assert_nowhere_readable(root.path(), "MARKER-draft-contact");
    let audit = f.store().audit_entries().unwrap();
    let withdrawn: Vec<_> = audit
        .iter()
        .filter(|e| e.action == "consent.withdrawn")
        .collect();
    assert_eq!(withdrawn.len(), 2);
    assert!(
        audit
            .iter()
            .all(|e| !e.detail.contains("MARKER") && !e.detail.contains(CONTACT))
    );

    // Once "no", withdrawing again records nothing.
    let again = consent::withdraw_consent(
        f.store_mut(),
        &id,
        ConsentPurpose::Assistance,
        None,
        now + 70,
    )
    .unwrap();
    assert!(!again.recorded);
    assert_eq!(f.store().sync_status().unwrap().pending, 0);
}

#[test]
fn withdrawing_for_an_unknown_interview_is_a_clear_error() {
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::open_field(&root.path().join("p"), 1_000);
    let err = consent::withdraw_consent(
        f.store_mut(),
        "int-0000",
        ConsentPurpose::Police,
        None,
        2_000,
    )
    .unwrap_err();
    assert!(matches!(&err, FieldError::UnknownInterview(id) if id == "int-0000"));
    assert_eq!(err.code(), "field.unknown_interview");
    assert_eq!(err.message_id(), "error-field-unknown-interview");
}

/// One random answer: which question (by index into the questionnaire), its text, and whether it
/// was written the way an earlier release did (straight into `answer`) or the session's way.
fn answers() -> impl Strategy<Value = Vec<(usize, u32, bool)>> {
    prop::collection::vec((any::<usize>(), any::<u32>(), any::<bool>()), 0..30)
}

fn consent_state() -> impl Strategy<Value = Option<ConsentState>> {
    prop_oneof![
        Just(None),
        Just(Some(ConsentState::Given)),
        Just(Some(ConsentState::Refused)),
        Just(Some(ConsentState::Revoked)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever the answers (random texts to random questions, every identity question among
    /// them, stored either way), no exported interview record holds an identity question id or
    /// an identity answer's text, and the identity record goes exactly when consent allows it.
    #[test]
    fn no_exported_interview_record_holds_an_identity_answer(
        random in answers(),
        identity_old_way in prop::collection::vec(any::<bool>(), identity_ids().len()),
        assistance in consent_state(),
        sharing in consent_state(),
    ) {
        let q = lantern_core::questionnaire::identification_v1();
        let identity = identity_ids();
        let root = tempfile::tempdir().unwrap();
        let office = Office::new(PurgePolicy::Never);
        let mut store = new_store(&root.path().join("p"), &office);
        let id = new_interview(&mut store);
        let mut identity_texts = Vec::new();
        let mut save = |store: &mut Store, qid: &str, n: u32, old_way: bool, at: i64| {
            let is_identity = identity.iter().any(|i| i == qid);
            let text = if is_identity {
                let t = format!("IDENT-{qid}-{n}");
                identity_texts.push(t.clone());
                t
            } else {
                format!("CASE-{qid}-{n}")
            };
            let a = text_answer(qid, &text, at);
            if is_identity && !old_way {
                store.save_identity_answer(&id, &a).unwrap();
            } else {
                store.save_answer(&id, &a).unwrap();
            }
        };
        for (i, (pick, n, old_way)) in random.iter().enumerate() {
            let qid = q.questions[pick % q.questions.len()].id.clone();
            save(&mut store, &qid, *n, *old_way, 2_000 + i as i64);
        }
        for (i, qid) in identity.iter().enumerate() {
            save(&mut store, qid, i as u32, identity_old_way[i], 3_000 + i as i64);
        }
        for (purpose, state) in [(ConsentPurpose::Assistance, assistance), (ConsentPurpose::Sharing, sharing)] {
            if let Some(state) = state {
                store.record_consent(&id, &decision(purpose, state, 4_000)).unwrap();
            }
        }
        let travels = assistance == Some(ConsentState::Given) && sharing == Some(ConsentState::Given);

        let exported = sync::export(&mut store, &root.path().join("out"), 5_000).unwrap();
        let opened = office.open(&store, &exported.path);
        prop_assert_eq!(opened.interviews.len(), 1);
        for i in &opened.interviews {
            for a in &i.answers {
                prop_assert!(!identity.contains(&a.record.question_id), "{}", a.record.question_id);
            }
        }
        for r in opened.payload.records.iter().filter(|r| r.kind == lantern_store::sync::INTERVIEW_KIND) {
            prop_assert!(!contains(&r.body, b"IDENT-"));
        }
        prop_assert_eq!(opened.identities.len(), usize::from(travels));
        prop_assert_eq!(exported.identity_withheld.is_empty(), travels);
        if let Some(sent) = opened.identities.first() {
            let json = serde_json::to_string(sent).unwrap();
            // The last text saved for each identity question is the one sent.
            for qid in &identity {
                let last = identity_texts.iter().rev().find(|t| t.starts_with(&format!("IDENT-{qid}-"))).unwrap();
                prop_assert!(json.contains(last.as_str()), "{} missing", last);
            }
            prop_assert!(!json.contains("CASE-"));
        }
    }
}

/// The desktop's "central office" panel: nothing before enrolment; after it, what the next
/// sending carries (identity withheld counted apart, consent withdrawals), and nothing once the
/// receipt is back.
#[test]
fn the_office_view_says_what_waits_until_the_receipt() {
    let root = tempfile::tempdir().unwrap();
    let office = Office::new(PurgePolicy::AfterReceipt);
    let outbox = root.path().join("outbox");
    let mut store = Store::create(
        &root.path().join("p"),
        &Passphrase::new(crate::PASSPHRASE.into()),
        KdfParams::INSECURE_TEST,
        1_000,
    )
    .unwrap()
    .store;
    let before = sync::office(&mut store, &outbox, 1_000).unwrap();
    assert!(before.enrolment.is_none());
    assert!(!before.online);
    sync::enrol(&mut store, &office.enrolment, 1_000).unwrap();

    let with_identity = new_interview(&mut store);
    store
        .save_identity_answer(&with_identity, &text_answer("W6", "MARKER-w", 1_100))
        .unwrap();
    let plain = new_interview(&mut store);
    store
        .save_answer(&plain, &text_answer("D1", "case answer", 1_200))
        .unwrap();
    store
        .record_consent(
            &plain,
            &decision(ConsentPurpose::Statistics, ConsentState::Given, 1_250),
        )
        .unwrap();
    consent::withdraw_consent(&mut store, &plain, ConsentPurpose::Statistics, None, 1_300).unwrap();

    let view = sync::office(&mut store, &outbox, 2_000).unwrap();
    let enrolled = view.enrolment.as_ref().unwrap();
    assert_eq!(enrolled.node_id, "central-test");
    assert_eq!(enrolled.device_id, store.device_id().unwrap());
    assert_eq!(
        (view.due, view.identity_withheld, view.consent_changes),
        (2, 1, 1)
    );
    assert!(!view.online, "this enrolment pins no inbox certificate");
    assert_eq!(view.inbox_url, None);
    assert_eq!(view.waiting_bundles, 0);

    // Written to a stick, not yet acknowledged: it still waits (the next export sends it again).
    let exported = sync::export(&mut store, &root.path().join("usb"), 3_000).unwrap();
    assert_eq!(sync::office(&mut store, &outbox, 3_100).unwrap().due, 2);
    let opened = office.open(&store, &exported.path);
    let good = office.receipt(&opened);
    // A bundle picked by mistake, another office's receipt, a cut one: each is "not a receipt
    // of your office" (not a bundle error), and nothing changes.
    let other = Office::new(PurgePolicy::AfterReceipt).receipt(&opened);
    for wrong in [
        std::fs::read(&exported.path).unwrap(),
        other,
        good[..good.len() - 10].to_vec(),
    ] {
        assert_eq!(
            sync::apply_receipt(&mut store, &wrong, 3_500)
                .unwrap_err()
                .code(),
            "sync.bad_receipt"
        );
    }
    assert_eq!(sync::office(&mut store, &outbox, 3_600).unwrap().due, 2);
    sync::apply_receipt(&mut store, &good, 4_000).unwrap();
    let after = sync::office(&mut store, &outbox, 4_100).unwrap();
    assert_eq!(
        (after.due, after.identity_withheld, after.consent_changes),
        (0, 0, 0)
    );
}
