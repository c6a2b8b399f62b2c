//! Identifying answers live in their own table, never in `answer`, and never in an interview
//! export; answers stored before that rule are moved, keeping their order and provenance.

use lantern_store::{AnswerRecord, AnswerState, Store};

const NAME: &str = "MARKER-store-identity-Ana-Popescu";

fn text(q: &str, value: &str, locale: &str, interpreter: Option<&str>, at: i64) -> AnswerRecord {
    AnswerRecord {
        question_id: q.into(),
        instance: 0,
        value: Some(serde_json::json!({"kind": "free_text", "value": value})),
        state: AnswerState::Present,
        asked_in_locale: locale.into(),
        locale_fallback: locale == "en",
        interpreter_id: interpreter.map(str::to_owned),
        recorded_at: at,
    }
}

fn question_ids(answers: &[lantern_store::StoredAnswer]) -> Vec<(&str, i64)> {
    answers
        .iter()
        .map(|a| (a.record.question_id.as_str(), a.seq))
        .collect()
}

fn mentions_marker(store: &Store, id: &str) -> bool {
    serde_json::to_string(&store.interview_export(id).unwrap())
        .unwrap()
        .contains(NAME)
}

#[test]
fn identity_answers_are_kept_apart_in_one_answer_order() {
    let root = tempfile::tempdir().unwrap();
    let mut s = crate::create(&root.path().join("p"));
    let id = s
        .create_interview(&crate::new_interview(), None, 100)
        .unwrap();
    s.save_answer(&id, &text("D1", "case text", "ro", None, 110))
        .unwrap();
    s.save_identity_answer(&id, &text("W6", NAME, "ro", Some("interp-1"), 120))
        .unwrap();
    s.save_answer(&id, &text("D2", "more case text", "ro", None, 130))
        .unwrap();

    assert_eq!(
        question_ids(&s.answers(&id).unwrap()),
        [("D1", 1), ("D2", 3)]
    );
    assert_eq!(question_ids(&s.identity_answers(&id).unwrap()), [("W6", 2)]);
    assert_eq!(
        question_ids(&s.all_answers(&id).unwrap()),
        [("D1", 1), ("W6", 2), ("D2", 3)]
    );
    assert_eq!(s.interview(&id).unwrap().answer_count, 3);
    assert!(!mentions_marker(&s, &id), "the case record has no identity");
    let identity = s.identity_export(&id).unwrap().expect("identity recorded");
    assert_eq!(identity.revision, s.interview(&id).unwrap().revision);
    assert_eq!(identity.updated_at, 120);
    assert_eq!(identity.answers.len(), 1);
    assert_eq!(
        identity.answers[0].record.interpreter_id.as_deref(),
        Some("interp-1")
    );
    assert!(serde_json::to_string(&identity).unwrap().contains(NAME));

    // An answer lives in one table: saving the same question the other way moves it.
    s.save_answer(&id, &text("W6", "now case", "ro", None, 140))
        .unwrap();
    assert!(s.identity_answers(&id).unwrap().is_empty());
    assert_eq!(s.identity_export(&id).unwrap(), None);
    s.save_identity_answer(&id, &text("W6", NAME, "ro", None, 150))
        .unwrap();
    assert_eq!(
        question_ids(&s.answers(&id).unwrap()),
        [("D1", 1), ("D2", 3)]
    );
    assert_eq!(question_ids(&s.identity_answers(&id).unwrap()), [("W6", 5)]);
}

#[test]
fn stored_identity_answers_move_once_keeping_order_language_and_interpreter() {
    let root = tempfile::tempdir().unwrap();
    let mut s = crate::create(&root.path().join("p"));
    let id = s
        .create_interview(&crate::new_interview(), None, 100)
        .unwrap();
    let other = s
        .create_interview(&crate::new_interview(), None, 100)
        .unwrap();
    // As every release before identity was kept apart stored them: in `answer`.
    s.save_answer(&id, &text("D1", "case text", "ro", None, 110))
        .unwrap();
    s.save_answer(&id, &text("A6", NAME, "en", Some("interp-7"), 120))
        .unwrap();
    s.save_answer(&id, &text("W6", NAME, "ru", None, 130))
        .unwrap();
    s.save_answer(&other, &text("D1", "case text", "ro", None, 110))
        .unwrap();
    assert!(
        mentions_marker(&s, &id),
        "the control: before the move, it leaks"
    );
    let before = s.interview(&id).unwrap();
    let other_before = s.interview(&other).unwrap();

    let moved = s
        .move_identity_answers(&["A2", "A6", "A7", "W6"], 200)
        .unwrap();
    assert_eq!(moved, std::slice::from_ref(&id));
    assert_eq!(question_ids(&s.answers(&id).unwrap()), [("D1", 1)]);
    let kept = s.identity_answers(&id).unwrap();
    assert_eq!(question_ids(&kept), [("A6", 2), ("W6", 3)]);
    assert_eq!(
        kept[0].record,
        text("A6", NAME, "en", Some("interp-7"), 120)
    );
    assert_eq!(kept[1].record, text("W6", NAME, "ru", None, 130));
    assert!(!mentions_marker(&s, &id));
    let after = s.interview(&id).unwrap();
    assert_eq!(
        after.revision,
        before.revision + 1,
        "the case record changed"
    );
    assert_eq!(after.updated_at, before.updated_at, "she said nothing new");
    assert_eq!(s.interview(&other).unwrap(), other_before);
    let audit = s.audit_entries().unwrap();
    let entry = audit.last().unwrap();
    assert_eq!(
        (
            entry.action.as_str(),
            entry.subject.as_str(),
            entry.detail.as_str()
        ),
        ("identity.kept_apart", id.as_str(), "2 answers")
    );

    // Idempotent: nothing left to move, nothing changes.
    assert!(
        s.move_identity_answers(&["A2", "A6", "A7", "W6"], 300)
            .unwrap()
            .is_empty()
    );
    assert_eq!(s.interview(&id).unwrap(), after);
    assert_eq!(s.audit_entries().unwrap().len(), audit.len());
    assert_eq!(s.verify_audit_log().unwrap(), audit.len() as i64);
}
