//! Whole interviews through the field use-cases.

use lantern_core::answers::AnswerKey;
use lantern_field::view::ScreenKind;
use lantern_i18n::Locale;

use crate::driver::{self, adult_policy, drive};

#[test]
fn complete_adult_interview_reaches_the_assessment() {
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field(&root.path().join("p"));
    let mut now = 10_000;
    let id = f.start_interview(Locale::Ro, None, now).unwrap();
    let run = drive(&mut f, &id, &adult_policy(), 2, &mut now);
    let last = run.last.unwrap();
    assert_eq!(
        last.kind,
        ScreenKind::Complete,
        "stopped at gates {:?} after {:?}",
        run.gates,
        run.asked.last()
    );
    eprintln!(
        "asked {} questions: {:?}",
        run.asked.len(),
        run.asked.iter().map(|k| k.to_string()).collect::<Vec<_>>()
    );
    let review = f.review(&id).unwrap();
    assert!(review.complete);
    let a = f.finish(&id, now).unwrap();
    eprintln!(
        "result {:?} dims {:?}",
        a.result,
        a.dimensions
            .iter()
            .map(|d| (&d.id, d.state))
            .collect::<Vec<_>>()
    );
    assert!(!a.rights.is_empty());
    let home = f.home().unwrap();
    assert!(home.drafts.is_empty());
    let card = &home.finished[0];
    assert_eq!(
        card.progress.answered,
        run.asked.len(),
        "every answer counted on the finished card"
    );
    assert_eq!(card.progress.answered, card.progress.applicable);
    assert!(a.catalogue_unverified_notice.is_some());
}

#[test]
fn child_pathway_is_blocked_until_guardian_and_social_worker_are_recorded() {
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field(&root.path().join("p"));
    let mut now = 10_000;
    let id = f.start_interview(Locale::Uk, None, now).unwrap();
    let mut policy = adult_policy();
    policy.insert("A1", lantern_core::answers::AnswerValue::Number(16));
    policy.insert("A6", driver::dont_know());
    policy.insert("A7", driver::dont_know());
    let run = drive(&mut f, &id, &policy, 1, &mut now);
    let blocked = run.last.unwrap();
    assert_eq!(blocked.kind, ScreenKind::Gate);
    assert_eq!(blocked.gate.as_ref().unwrap().id, "child_guardian");
    assert!(blocked.child_pathway);
    assert!(
        blocked.banners.is_empty(),
        "the child pathway is a flag with its own banner in the UI"
    );
    // No question of the recruitment module was asked while blocked.
    assert!(
        !run.asked
            .iter()
            .any(|k| k.question.starts_with('R') && !k.question.starts_with("RI"))
    );

    // Recording only the guardian is not enough.
    f.answer(
        &id,
        AnswerKey::new("A6"),
        lantern_core::answers::AnswerValue::Text("Guardian: Ana M., appointed".into()),
        now,
    )
    .unwrap();
    assert_eq!(f.screen(&id).unwrap().kind, ScreenKind::Gate);
    let after = f
        .answer(
            &id,
            AnswerKey::new("A7"),
            lantern_core::answers::AnswerValue::Text("Social worker: B. K., CSW".into()),
            now,
        )
        .unwrap();
    assert_eq!(after.kind, ScreenKind::Question);
    let run = drive(&mut f, &id, &policy, 1, &mut now);
    assert_eq!(run.last.unwrap().kind, ScreenKind::Complete);
    let a = f.finish(&id, now).unwrap();
    assert_eq!(a.profile, lantern_core::assessment::Profile::Child);
}

#[test]
fn three_language_switches_are_read_back_from_the_encrypted_store() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut f = crate::field(&dir);
    crate::register_interpreters(
        &mut f,
        &["interp-ro", "interp-ru", "interp-uk", "interp-sr"],
    );
    let mut now = 10_000;
    let id = f
        .start_interview(Locale::Ro, Some("interp-ro"), now)
        .unwrap();
    let mut asked_in = Vec::new();
    let switches = [
        (12, Locale::Ru, "interp-ru"),
        (30, Locale::Uk, "interp-uk"),
        (60, Locale::SrCyrl, "interp-sr"),
    ];
    let policy = adult_policy();
    let mut step = 0;
    let mut screen = f.screen(&id).unwrap();
    let mut current = Locale::Ro;
    while screen.kind != ScreenKind::Complete {
        now += 1000;
        if let Some((_, to, interp)) = switches.iter().find(|(at, ..)| *at == step) {
            screen = f.switch_language(&id, *to, Some(interp), now).unwrap();
            current = *to;
            assert_eq!(screen.interview_locale, current);
        }
        match screen.kind {
            ScreenKind::Question => {
                let q = screen.question.clone().unwrap();
                if !q.interviewer_only {
                    // The interpreter view: the worker's text and the text to read aloud.
                    let read_aloud = q.text.interview.as_ref().expect("two-language view");
                    // A missing translation falls back visibly, and that is recorded on the answer.
                    assert!(
                        read_aloud.locale == current || read_aloud.fell_back,
                        "{} shown in {:?}",
                        q.key,
                        read_aloud.locale
                    );
                    asked_in.push((
                        q.key.clone(),
                        read_aloud.locale,
                        read_aloud.fell_back,
                        current,
                    ));
                }
                let v = policy
                    .get(q.key.question.as_str())
                    .cloned()
                    .unwrap_or_else(|| driver::default_answer(&q));
                screen = f.answer(&id, q.key, v, now).unwrap();
            }
            ScreenKind::RepeatPrompt => {
                let g = screen.repeat.clone().unwrap().group;
                screen = f.close_group(&id, &g, now).unwrap();
            }
            other => panic!("unexpected {other:?}"),
        }
        step += 1;
    }
    drop(f);

    // Read everything back from the encrypted store in a fresh unlock.
    let f = crate::field(&dir);
    let timeline = f.store().language_timeline(&id).unwrap();
    let tos: Vec<_> = timeline.iter().map(|e| e.to_locale.as_str()).collect();
    assert_eq!(tos, ["ro", "ru", "uk", "sr-Cyrl"]);
    assert_eq!(timeline[1].from_locale.as_deref(), Some("ro"));
    assert_eq!(timeline[3].interpreter_id.as_deref(), Some("interp-sr"));
    let stored = f.store().all_answers(&id).unwrap(); // identity answers keep their language too
    for (key, locale, fell_back, _) in &asked_in {
        let a = stored
            .iter()
            .find(|s| {
                s.record.question_id == key.question
                    && s.record.instance == key.instance.unwrap_or(0)
            })
            .unwrap();
        assert_eq!(a.record.asked_in_locale, locale.tag(), "{key}");
        assert_eq!(a.record.locale_fallback, *fell_back, "{key}");
    }
    let langs: std::collections::BTreeSet<_> = asked_in.iter().map(|(.., l)| *l).collect();
    assert_eq!(langs.len(), 4, "answers were given in all four languages");
    // Consent per purpose was recorded from the consent questions.
    assert_eq!(f.store().consents(&id).unwrap().len(), 4);
}

#[test]
fn stop_resume_go_back_and_reopen_after_restart() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut f = crate::field(&dir);
    let mut now = 10_000;
    let id = f.start_interview(Locale::En, None, now).unwrap();
    let mut policy = adult_policy();
    // Answer a few questions, then stop for safety.
    for _ in 0..12 {
        let s = f.screen(&id).unwrap();
        let q = s.question.unwrap();
        let v = policy
            .get(q.key.question.as_str())
            .cloned()
            .unwrap_or_else(|| driver::default_answer(&q));
        now += 1000;
        f.answer(&id, q.key, v, now).unwrap();
    }
    let before = f.screen(&id).unwrap().question.unwrap().key;
    let back = f.go_back(&id).unwrap();
    assert_ne!(back.question.as_ref().unwrap().key, before);
    assert!(
        back.question.as_ref().unwrap().current.is_some(),
        "going back shows the recorded answer"
    );
    let stopped = f
        .stop(&id, lantern_core::engine::StopReason::Safety, now)
        .unwrap();
    assert_eq!(stopped.kind, ScreenKind::Stopped);
    assert_eq!(
        f.store().interview(&id).unwrap().status,
        lantern_store::InterviewStatus::Stopped
    );
    drop(f);

    // After a restart (a killed app), the draft resumes exactly where it stopped.
    let mut f = crate::field(&dir);
    assert_eq!(f.home().unwrap().drafts.len(), 1);
    assert_eq!(f.screen(&id).unwrap().kind, ScreenKind::Stopped);
    let resumed = f.resume(&id, now).unwrap();
    assert_eq!(resumed.question.unwrap().key, before);
    policy.insert("P1", driver::no());
    let run = drive(&mut f, &id, &policy, 1, &mut now);
    assert_eq!(run.last.unwrap().kind, ScreenKind::Complete);
    assert_eq!(
        f.store().interview(&id).unwrap().status,
        lantern_store::InterviewStatus::Draft
    );
}

#[test]
fn an_invalid_answer_is_refused_and_nothing_is_saved() {
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field(&root.path().join("p"));
    let id = f.start_interview(Locale::En, None, 1).unwrap();
    let err = f
        .answer(
            &id,
            AnswerKey::new("P1"),
            lantern_core::answers::AnswerValue::Number(3),
            2,
        )
        .unwrap_err();
    assert!(err.code().starts_with("answer."), "{}", err.code());
    let err = f
        .answer(&id, AnswerKey::new("R3"), driver::choice("friend"), 2)
        .unwrap_err();
    assert_eq!(err.code(), "answer.not_applicable");
    assert!(f.store().answers(&id).unwrap().is_empty());
}

#[test]
fn free_text_answers_are_not_readable_in_the_profile_directory() {
    const MARKER: &str = "MARKER-field-9Qx-he-kept-my-papers";
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("p");
    let mut f = crate::field(&dir);
    let mut now = 1;
    let id = f.start_interview(Locale::Ru, None, now).unwrap();
    let mut screen = f.screen(&id).unwrap();
    let policy = adult_policy();
    let mut texts = 0;
    while screen.kind == ScreenKind::Question || screen.kind == ScreenKind::RepeatPrompt {
        now += 1;
        if screen.kind == ScreenKind::RepeatPrompt {
            let g = screen.repeat.clone().unwrap().group;
            screen = f.close_group(&id, &g, now).unwrap();
            continue;
        }
        let q = screen.question.clone().unwrap();
        let v = if q.answer_type == lantern_core::questionnaire::AnswerType::FreeText {
            texts += 1;
            lantern_core::answers::AnswerValue::Text(format!("{MARKER} {texts}"))
        } else {
            policy
                .get(q.key.question.as_str())
                .cloned()
                .unwrap_or_else(|| driver::default_answer(&q))
        };
        screen = f.answer(&id, q.key, v, now).unwrap();
    }
    assert!(texts > 5);
    f.into_store().lock().unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()));
    }
}

/// An answer that signals danger opens the emergency route at once, once per item; the
/// interview records that it was shown, and the result lists it first.
#[test]
fn a_danger_signal_opens_the_emergency_route_once_and_is_on_the_result() {
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field(&root.path().join("p"));
    let mut now = 10_000;
    let id = f.start_interview(Locale::En, None, now).unwrap();
    let mut policy = adult_policy();
    for (k, v) in [
        (
            "S3",
            lantern_core::answers::AnswerValue::Choices(vec!["nothing".into()]),
        ),
        ("H1", driver::no()),
        ("H4", driver::yes()),
        ("K2", driver::no()),
    ] {
        policy.insert(k, v);
    }
    let run = drive(&mut f, &id, &policy, 1, &mut now);
    assert_eq!(run.last.as_ref().unwrap().kind, ScreenKind::Complete);
    assert_eq!(
        run.alerts,
        [(AnswerKey::new("H4"), vec!["self_harm".to_owned()])],
        "shown at once after H4, and only then"
    );
    // Recorded in the interview's events, which travel with it to the central office.
    let events = f.store().interview_events(&id).unwrap();
    let shown: Vec<&String> = events
        .iter()
        .filter(|e| e.contains("emergency_shown"))
        .collect();
    assert_eq!(shown.len(), 1, "{events:?}");
    assert!(shown[0].contains("self_harm"));
    let export = f.store().interview_export(&id).unwrap();
    assert!(
        serde_json::to_string(&export)
            .unwrap()
            .contains("emergency_shown")
    );

    let result = f.finish(&id, now + 1).unwrap();
    let flags: Vec<(&str, bool)> = result
        .emergencies
        .iter()
        .map(|e| (e.id.as_str(), e.shown))
        .collect();
    assert_eq!(flags, [("self_harm", true)]);
    assert!(!result.emergencies[0].label.fell_back);
}

/// The emergency numbers without unlocking: the referral directory is not secret.
#[test]
fn the_emergency_panel_has_the_numbers_without_a_profile() {
    let localizer = lantern_i18n::Localizer::embedded().unwrap();
    let panel = lantern_field::locked_emergency(
        &lantern_core::questionnaire::identification_v1(),
        &localizer,
        &lantern_field::Directory::example(),
        Locale::Uk,
    );
    assert!(!panel.contacts.is_empty());
    assert!(panel.items.iter().all(|i| !i.triggered));
    assert_eq!(panel.title.locale, Locale::Uk);
}

/// Answers by `policy` (defaults otherwise) until the question `until` is on screen, a gate
/// blocks, or the interview ends.
fn answer_until(
    f: &mut lantern_field::Field,
    id: &str,
    policy: &driver::Policy,
    until: &str,
    now: &mut i64,
) -> lantern_field::view::ScreenDto {
    let mut screen = f.screen(id).unwrap();
    for _ in 0..400 {
        if screen.kind != ScreenKind::Question {
            return screen;
        }
        let q = screen.question.clone().unwrap();
        if q.key.question == until {
            return screen;
        }
        *now += 1000;
        let value = policy
            .get(q.key.question.as_str())
            .cloned()
            .unwrap_or_else(|| driver::default_answer(&q));
        screen = f.answer(id, q.key, value, *now).unwrap();
    }
    panic!("{until} never came");
}

/// Issue 11: another interpreter mid-interview meets both gates again (independence and her
/// acceptance), recorded in the timeline; the earlier interpreter's answers are kept in the
/// event, and if she does not accept the new one the interview waits.
#[test]
fn an_interpreter_change_mid_interview_asks_both_gates_again() {
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field(&root.path().join("p"));
    // Only registered interpreters can be named.
    let refused = f
        .start_interview(Locale::Ro, Some("interp-ro-01"), 1)
        .unwrap_err();
    assert_eq!(refused.code(), "field.unknown_interpreter");
    let bad = f
        .register_interpreter(
            &lantern_field::InterpreterEntry {
                organisation: " ".into(),
                ..crate::interpreter_entry("interp-ro-01")
            },
            1,
        )
        .unwrap_err();
    assert_eq!(bad.code(), "field.bad_interpreter");
    crate::register_interpreters(&mut f, &["interp-ro-01", "interp-ru-02", "interp-ru-03"]);
    assert_eq!(f.interpreters().unwrap().len(), 3);
    assert_eq!(
        f.interpreters().unwrap()[0].organisation,
        "Test interpreting service"
    );
    let mut now = 10_000;
    let id = f
        .start_interview(Locale::Ro, Some("interp-ro-01"), now)
        .unwrap();
    let unknown = f
        .switch_language(&id, Locale::Ru, Some("somebody"), now)
        .unwrap_err();
    assert_eq!(unknown.code(), "field.unknown_interpreter");
    let policy = driver::interpreter_policy();
    let screen = answer_until(&mut f, &id, &policy, "R1", &mut now);
    assert_eq!(screen.question.unwrap().key.question, "R1");

    // The same interpreter again: nothing asked again.
    now += 1000;
    let same = f
        .switch_language(&id, Locale::Ru, Some("interp-ro-01"), now)
        .unwrap();
    assert_eq!(same.question.unwrap().key.question, "R1");

    // Another interpreter: P4, then the declarations, then her acceptance, then back to R1.
    now += 1000;
    let other = f
        .switch_language(&id, Locale::Ru, Some("interp-ru-02"), now)
        .unwrap();
    assert_eq!(other.question.as_ref().unwrap().key.question, "P4");
    let mut asked = Vec::new();
    let mut screen = other;
    while let Some(q) = screen.question.clone() {
        if q.key.question == "R1" {
            break;
        }
        asked.push(q.key.question.clone());
        now += 1000;
        let value = match q.key.question.as_str() {
            // She does not accept this interpreter.
            "L2" => driver::no(),
            k => policy
                .get(k)
                .cloned()
                .unwrap_or_else(|| driver::default_answer(&q)),
        };
        screen = f.answer(&id, q.key, value, now).unwrap();
    }
    assert_eq!(asked, ["P4", "P4a", "P4b", "L2", "L2a"]);
    assert_eq!(screen.kind, ScreenKind::Gate);
    assert_eq!(screen.gate.as_ref().unwrap().id, "interpreter_accepted");

    // The earlier interpreter's answers are in the event; the timeline names both.
    let state = f.state(&id).unwrap();
    let earlier = state
        .events
        .iter()
        .find_map(|e| match e {
            lantern_core::engine::Event::InterpreterChanged {
                interpreter,
                earlier,
            } if interpreter == "interp-ru-02" => Some(earlier.clone()),
            _ => None,
        })
        .expect("interpreter change recorded");
    assert_eq!(earlier.len(), 5);
    assert_eq!(
        earlier.get(&AnswerKey::new("L2")).map(|a| a.value.clone()),
        Some(driver::yes())
    );
    let timeline = f.store().language_timeline(&id).unwrap();
    let interpreters: Vec<_> = timeline.iter().map(|e| e.interpreter_id.clone()).collect();
    assert!(interpreters.contains(&Some("interp-ru-02".to_owned())));

    // She accepts a third interpreter: the interview goes on where it was.
    now += 1000;
    let third = f
        .switch_language(&id, Locale::Ru, Some("interp-ru-03"), now)
        .unwrap();
    assert_eq!(third.question.as_ref().unwrap().key.question, "P4");
    let screen = answer_until(&mut f, &id, &policy, "R1", &mut now);
    assert_eq!(screen.question.unwrap().key.question, "R1");
}

#[test]
fn the_review_is_in_both_languages_and_names_each_journey_leg() {
    // Issue 18: the review before finishing was in the interface language only, although it is
    // gone through with her, and two journey legs were interleaved without a label.
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field(&root.path().join("p"));
    let mut now = 10_000;
    let id = f.start_interview(Locale::Ro, None, now).unwrap();
    let run = drive(&mut f, &id, &adult_policy(), 2, &mut now);
    assert_eq!(run.last.unwrap().kind, ScreenKind::Complete);
    let review = f.review(&id).unwrap();
    let q = lantern_core::questionnaire::identification_v1();
    let mut legs = std::collections::BTreeSet::new();
    for item in &review.items {
        let question = q.question(&item.key.question).unwrap();
        assert_eq!(item.question.locale, Locale::En, "{}", item.key);
        if question.interviewer_only {
            assert!(item.question_interview.is_none(), "{}", item.key);
            assert!(item.answer_interview.is_none(), "{}", item.key);
        } else {
            let hers = item.question_interview.as_ref().expect("read-aloud side");
            assert_eq!(hers.locale, Locale::Ro, "{}", item.key);
            assert_ne!(hers.text, item.question.text, "{}", item.key);
            assert!(item.answer_interview.is_some(), "{}", item.key);
        }
        assert_eq!(
            item.group.is_some(),
            question.group.is_some(),
            "{}",
            item.key
        );
        if item.group.is_some() {
            legs.insert(item.key.instance.expect("a group item has an instance"));
        }
    }
    assert_eq!(legs.len(), 2, "two journey legs, each labelled: {legs:?}");
}
