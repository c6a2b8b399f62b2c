//! Interviews, answers, the language timeline, consent, the audit chain, passphrase changes.

use lantern_store::{
    AnswerRecord, AnswerState, ConsentPurpose, ConsentRecord, ConsentState, InterviewStatus,
    KdfParams, Passphrase, RecoveryKey, StopReason, Store,
};

fn answer(
    q: &str,
    state: AnswerState,
    value: Option<serde_json::Value>,
    locale: &str,
    at: i64,
) -> AnswerRecord {
    AnswerRecord {
        question_id: q.into(),
        instance: 0,
        value,
        state,
        asked_in_locale: locale.into(),
        locale_fallback: false,
        interpreter_id: Some("interp-1".into()),
        recorded_at: at,
    }
}

#[test]
fn answers_timeline_and_consent_round_trip_through_the_encrypted_store() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut s = crate::create(&dir);
    let id = s
        .create_interview(&crate::new_interview(), Some("interp-1"), 100)
        .unwrap();
    s.save_answer(
        &id,
        &answer(
            "rec-01",
            AnswerState::Present,
            Some(serde_json::json!("friend")),
            "ro",
            110,
        ),
    )
    .unwrap();
    s.switch_interview_language(&id, "ru", Some("interp-2"), 120)
        .unwrap();
    s.save_answer(
        &id,
        &answer("rec-02", AnswerState::Declined, None, "ru", 130),
    )
    .unwrap();
    s.save_answer(
        &id,
        &answer("rec-03", AnswerState::Unknown, None, "ru", 140),
    )
    .unwrap();
    // Editing an answer keeps one row and moves it to the end of the order.
    s.save_answer(
        &id,
        &answer(
            "rec-01",
            AnswerState::Present,
            Some(serde_json::json!("agency")),
            "ru",
            150,
        ),
    )
    .unwrap();
    let mut leg = answer(
        "jny-01",
        AnswerState::Present,
        Some(serde_json::json!({"country": "RS"})),
        "ru",
        160,
    );
    leg.instance = 2;
    s.save_answer(&id, &leg).unwrap();
    s.record_consent(
        &id,
        &ConsentRecord {
            purpose: ConsentPurpose::Assistance,
            state: ConsentState::Given,
            locale: "ro".into(),
            recorded_at: 105,
        },
    )
    .unwrap();
    s.record_consent(
        &id,
        &ConsentRecord {
            purpose: ConsentPurpose::Police,
            state: ConsentState::Refused,
            locale: "ro".into(),
            recorded_at: 106,
        },
    )
    .unwrap();
    s.record_consent(
        &id,
        &ConsentRecord {
            purpose: ConsentPurpose::Assistance,
            state: ConsentState::Revoked,
            locale: "ru".into(),
            recorded_at: 170,
        },
    )
    .unwrap();
    s.lock().unwrap();

    let mut s = Store::unlock(&dir, &crate::pass()).unwrap();
    let answers = s.answers(&id).unwrap();
    let order: Vec<_> = answers
        .iter()
        .map(|a| (a.record.question_id.as_str(), a.record.instance))
        .collect();
    assert_eq!(
        order,
        [("rec-02", 0), ("rec-03", 0), ("rec-01", 0), ("jny-01", 2)]
    );
    assert_eq!(answers[2].record.value, Some(serde_json::json!("agency")));
    assert_eq!(answers[2].record.asked_in_locale, "ru");
    assert_eq!(answers[0].record.state, AnswerState::Declined);
    assert!(answers.windows(2).all(|w| w[0].seq < w[1].seq));

    let timeline = s.language_timeline(&id).unwrap();
    assert_eq!(timeline.len(), 2);
    assert_eq!(timeline[0].to_locale, "ro");
    assert_eq!(timeline[1].from_locale.as_deref(), Some("ro"));
    assert_eq!(timeline[1].to_locale, "ru");
    assert_eq!(timeline[1].interpreter_id.as_deref(), Some("interp-2"));

    let consents = s.consents(&id).unwrap();
    assert_eq!(consents.len(), 3);
    assert_eq!(consents.last().unwrap().state, ConsentState::Revoked);

    let summary = s.interview(&id).unwrap();
    assert_eq!(summary.interview_locale, "ru");
    assert_eq!(summary.answer_count, 4);
    assert!(summary.revision > 1);

    s.set_interview_status(&id, InterviewStatus::Stopped, Some(StopReason::Safety), 200)
        .unwrap();
    let summary = s.interview(&id).unwrap();
    assert_eq!(
        (summary.status, summary.stop_reason),
        (InterviewStatus::Stopped, Some(StopReason::Safety))
    );
    assert_eq!(s.status().unwrap().drafts, 1);
    assert!(s.verify_audit_log().unwrap() >= 10);

    // A present answer needs a value; an unknown interview is not found.
    assert_eq!(
        s.save_answer(&id, &answer("x", AnswerState::Present, None, "ru", 1))
            .unwrap_err()
            .code(),
        "store.invalid"
    );
    assert_eq!(
        s.save_answer(
            "int-nope",
            &answer("x", AnswerState::Unknown, None, "ru", 1)
        )
        .unwrap_err()
        .code(),
        "store.not_found"
    );
}

#[test]
fn audit_chain_detects_a_removed_entry() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut s = crate::create(&dir);
    let id = s
        .create_interview(&crate::new_interview(), None, 1)
        .unwrap();
    for i in 0..5 {
        s.save_answer(
            &id,
            &answer(&format!("q{i}"), AnswerState::Unknown, None, "en", 2 + i),
        )
        .unwrap();
    }
    let n = s.verify_audit_log().unwrap();
    assert_eq!(n, 7);
    assert!(
        s.audit_entries()
            .unwrap()
            .iter()
            .all(|e| !e.detail.contains("value"))
    );
    s.delete_audit_entry_for_test(4).unwrap();
    let err = s.verify_audit_log().unwrap_err();
    assert_eq!(err.code(), "store.audit_chain_broken");
}

#[test]
fn passphrase_change_and_recovery_key_rewrap_without_touching_the_database() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let created = Store::create(&dir, &crate::pass(), KdfParams::INSECURE_TEST, 0).unwrap();
    let recovery_text = created.recovery_key.display_text().to_string();
    let device = created.store.device_id().unwrap();
    created.store.lock().unwrap();
    let db_before = std::fs::read(dir.join(lantern_store::DATABASE_FILE)).unwrap();

    let new = Passphrase::new("the new passphrase".into());
    Store::change_passphrase(&dir, &crate::pass(), &new, KdfParams::INSECURE_TEST).unwrap();
    assert_eq!(
        std::fs::read(dir.join(lantern_store::DATABASE_FILE)).unwrap(),
        db_before
    );
    assert_eq!(
        Store::unlock(&dir, &crate::pass()).unwrap_err().code(),
        "store.wrong_passphrase"
    );
    assert_eq!(
        Store::unlock(&dir, &new).unwrap().device_id().unwrap(),
        device
    );

    // The recovery key still opens, and can set a passphrase when the current one is forgotten.
    let recovery = RecoveryKey::parse(&recovery_text).unwrap();
    assert_eq!(
        Store::unlock_with_recovery(&dir, &recovery)
            .unwrap()
            .device_id()
            .unwrap(),
        device
    );
    let third = Passphrase::new("third passphrase here".into());
    Store::reset_passphrase(&dir, &recovery, &third, KdfParams::INSECURE_TEST).unwrap();
    assert_eq!(
        Store::unlock(&dir, &third).unwrap().device_id().unwrap(),
        device
    );
    let wrong = RecoveryKey::parse("0000-0000-0000-0000-0000-0000-0000-0000").unwrap();
    assert_eq!(
        Store::unlock_with_recovery(&dir, &wrong)
            .unwrap_err()
            .code(),
        "store.wrong_passphrase"
    );
}
