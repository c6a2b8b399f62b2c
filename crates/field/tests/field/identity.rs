//! Identifying answers (sensitivity `identity`: A2, A6, A7, W6 today) are kept apart from the
//! case answers on the device, and the engine still sees them.

use lantern_core::answers::{AnswerKey, AnswerValue, ApproxDate};
use lantern_field::view::ScreenKind;
use lantern_i18n::Locale;

use crate::driver::{adult_policy, drive};

pub const GUARDIAN: &str = "MARKER-field-guardian-Ana-Mirela";
pub const SOCIAL_WORKER: &str = "MARKER-field-social-worker-Bora";
pub const CONTACT: &str = "MARKER-field-contact-069-555-0142";

/// The identity question ids of the shipped questionnaire, from its definition.
pub fn identity_ids() -> Vec<String> {
    let q = lantern_core::questionnaire::identification_v1();
    lantern_field::identity::identity_question_ids(&q)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

fn child_policy() -> crate::driver::Policy {
    let mut policy = adult_policy();
    policy.insert("A1", AnswerValue::Number(16));
    policy.insert(
        "A2",
        AnswerValue::Date(ApproxDate {
            year: 2009,
            month: Some(4),
            day: None,
        }),
    );
    policy.insert("A6", AnswerValue::Text(GUARDIAN.into()));
    policy.insert("A7", AnswerValue::Text(SOCIAL_WORKER.into()));
    policy.insert("W6", AnswerValue::Text(CONTACT.into()));
    policy
}

#[test]
fn the_shipped_identity_questions_are_the_six_known_ones() {
    let mut ids = identity_ids();
    ids.sort();
    // Her birthday, guardian, social worker, safe contact, and (1.1.0) her given and family name.
    assert_eq!(ids, ["A2", "A6", "A7", "I1", "I2", "W6"]);
}

#[test]
fn identity_answers_never_reach_the_answer_table_and_the_engine_still_reads_them() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut f = crate::field(&dir);
    crate::register_interpreters(&mut f, &["interp-1"]);
    let mut now = 10_000;
    let id = f
        .start_interview(Locale::Ro, Some("interp-1"), now)
        .unwrap();
    let run = drive(&mut f, &id, &child_policy(), 1, &mut now);
    // The guardian gate opened: A6 and A7 were read back from the identity table.
    assert_eq!(
        run.last.unwrap().kind,
        ScreenKind::Complete,
        "{:?}",
        run.gates
    );
    for q in ["A2", "A6", "A7", "W6"] {
        assert!(run.asked.contains(&AnswerKey::new(q)), "{q} was asked");
    }

    let ids = identity_ids();
    let case = f.store().answers(&id).unwrap();
    assert!(!case.is_empty());
    for a in &case {
        assert!(
            !ids.contains(&a.record.question_id),
            "{} in answer",
            a.record.question_id
        );
        let json = serde_json::to_string(&a.record).unwrap();
        for marker in [GUARDIAN, SOCIAL_WORKER, CONTACT] {
            assert!(!json.contains(marker));
        }
    }
    let kept = f.store().identity_answers(&id).unwrap();
    let mut kept_ids: Vec<&str> = kept.iter().map(|a| a.record.question_id.as_str()).collect();
    kept_ids.sort();
    assert_eq!(kept_ids, ["A2", "A6", "A7", "I1", "I2", "W6"]);
    assert!(
        kept.iter()
            .all(|a| a.record.interpreter_id.as_deref() == Some("interp-1"))
    );
    assert!(
        kept.iter()
            .all(|a| a.record.asked_in_locale == "ro" || a.record.asked_in_locale == "en")
    );
    let export = serde_json::to_string(&f.store().interview_export(&id).unwrap()).unwrap();
    for marker in [GUARDIAN, SOCIAL_WORKER, CONTACT] {
        assert!(!export.contains(marker), "{marker} in the interview record");
    }

    // Review, resume and edit see them as before.
    let review = serde_json::to_string(&f.review(&id).unwrap()).unwrap();
    assert!(
        review.contains(GUARDIAN) && review.contains(CONTACT),
        "{review}"
    );
    drop(f);
    let mut f = crate::field(&dir);
    assert_eq!(f.screen(&id).unwrap().kind, ScreenKind::Complete);
    let editing = f.edit(&id, AnswerKey::new("A6")).unwrap();
    assert_eq!(editing.question.unwrap().key, AnswerKey::new("A6"));
    f.answer(
        &id,
        AnswerKey::new("A6"),
        AnswerValue::Text("Guardian: C.".into()),
        now + 1,
    )
    .unwrap();
    assert!(
        f.store()
            .answers(&id)
            .unwrap()
            .iter()
            .all(|a| a.record.question_id != "A6")
    );
    let home = f.home().unwrap();
    let card = home
        .drafts
        .iter()
        .chain(&home.finished)
        .find(|c| c.id == id)
        .unwrap();
    assert_eq!(
        card.progress.answered,
        run.asked.len(),
        "identity answers are counted"
    );
}

#[test]
fn open_moves_identity_answers_an_earlier_release_stored_with_the_case() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut f = crate::field(&dir);
    let mut now = 10_000;
    let id = f.start_interview(Locale::Ro, None, now).unwrap();
    let mut policy = child_policy();
    policy.insert("A6", crate::driver::dont_know());
    policy.insert("A7", crate::driver::dont_know());
    let run = drive(&mut f, &id, &policy, 1, &mut now);
    assert_eq!(run.gates, ["child_guardian"]);
    // What a release before identity was kept apart wrote: these answers in `answer`.
    let old = |q: &str, value: AnswerValue, at: i64| lantern_store::AnswerRecord {
        question_id: q.into(),
        instance: 0,
        value: Some(serde_json::to_value(lantern_core::answers::Answer::new(value)).unwrap()),
        state: lantern_store::AnswerState::Present,
        asked_in_locale: "en".into(),
        locale_fallback: false,
        interpreter_id: Some("interp-old".into()),
        recorded_at: at,
    };
    let store = f.store_mut();
    let a2 = old(
        "A2",
        AnswerValue::Date(ApproxDate {
            year: 2009,
            month: None,
            day: None,
        }),
        now + 1,
    );
    store.save_answer(&id, &a2).unwrap();
    store
        .save_answer(&id, &old("A6", AnswerValue::Text(GUARDIAN.into()), now + 2))
        .unwrap();
    store
        .save_answer(
            &id,
            &old("A7", AnswerValue::Text(SOCIAL_WORKER.into()), now + 3),
        )
        .unwrap();
    let before: Vec<(String, i64)> = store
        .answers(&id)
        .unwrap()
        .into_iter()
        .filter(|a| identity_ids().contains(&a.record.question_id))
        .map(|a| (a.record.question_id, a.seq))
        .collect();
    assert_eq!(before.len(), 3, "the control: the old rows are in `answer`");
    // (Her name, I1/I2, was given in this release's way: already apart.)
    let old_ids = ["A2", "A6", "A7"];
    let apart_before = |store: &lantern_store::Store| -> Vec<String> {
        store
            .identity_answers(&id)
            .unwrap()
            .into_iter()
            .map(|a| a.record.question_id)
            .collect()
    };
    let already_apart = apart_before(store);
    assert!(already_apart.iter().all(|q| !old_ids.contains(&q.as_str())));
    let revision = store.interview(&id).unwrap().revision;
    drop(f);

    let f = crate::open_field(&dir, now + 10);
    let ids = identity_ids();
    assert!(
        f.store()
            .answers(&id)
            .unwrap()
            .iter()
            .all(|a| !ids.contains(&a.record.question_id))
    );
    let moved: Vec<(String, i64)> = f
        .store()
        .identity_answers(&id)
        .unwrap()
        .into_iter()
        .filter(|a| !already_apart.contains(&a.record.question_id))
        .map(|a| {
            assert_eq!(a.record.interpreter_id.as_deref(), Some("interp-old"));
            assert_eq!(a.record.asked_in_locale, "en");
            (a.record.question_id, a.seq)
        })
        .collect();
    assert_eq!(moved, before, "same answers, same order");
    assert_eq!(f.store().interview(&id).unwrap().revision, revision + 1);
    // The engine reads them where they are now: the guardian gate is open.
    assert_eq!(f.screen(&id).unwrap().kind, ScreenKind::Question);
    drop(f);
    let f = crate::open_field(&dir, now + 20);
    assert_eq!(
        f.store().interview(&id).unwrap().revision,
        revision + 1,
        "idempotent"
    );
}
