//! An interview saved under questionnaire 1.0.0 (consent asked right after S4, before her
//! rights) is opened, resumed, finished and exported by the current code (1.1.0, which migrates
//! from 1.0.0: crates/core/src/questionnaire/SPEC.md, Versions and migration), and the central
//! node assesses it. Its consent answers are kept, not asked again; its recorded version stays.

use std::collections::BTreeMap;

use lantern_core::answers::{Answer, AnswerKey, AnswerValue, YesNo};
use lantern_core::engine::{Event, StopReason};
use lantern_field::view::ScreenKind;
use lantern_field::{Field, Step, sync};
use lantern_store::{
    AnswerRecord, AnswerState, ConsentPurpose, ConsentRecord, ConsentState, InterviewStatus,
    NewInterview,
};

use crate::{T0, device, new_central, script};

const CONSENT: [&str; 4] = ["S5a", "S5b", "S5c", "S5d"];

/// The recorded adult answers (examples/scripts/adult-complete.json), by key.
fn recorded_answers() -> BTreeMap<AnswerKey, AnswerValue> {
    script("adult-complete")
        .steps
        .into_iter()
        .filter_map(|s| match s {
            Step::Answer { key, value } => Some((key, value)),
            _ => None,
        })
        .collect()
}

/// What the 1.0.0 code wrote: the interview row with its version, the answers in the 1.0.0
/// order up to the second right (consent S5a-S5d right after S4, police refused), the consent
/// records, and a stop.
fn saved_under(field: &mut Field, version: &str, now: i64) -> String {
    let answers = recorded_answers();
    let store = field.store_mut();
    let id = store
        .create_interview(
            &NewInterview {
                questionnaire_id: "identification".into(),
                questionnaire_version: version.into(),
                interface_locale: "en".into(),
                interview_locale: "ro".into(),
                earlier_interview_id: None,
            },
            Some("interp-ro-01"),
            now,
        )
        .unwrap();
    let old_order = [
        "P1", "P2", "P3", "P4", "P4a", "P4b", "P5", "P6", "P6a", "P7", "S1", "S2", "S3", "S4",
        "S5a", "S5b", "S5c", "S5d", "S6", "L1", "L2", "L2a", "L3", "L4", "RI1", "RI1u", "RI1q",
        "RI2",
    ];
    for (i, qid) in old_order.into_iter().enumerate() {
        let at = now + 1000 * (i as i64 + 1);
        let value = match qid {
            "S5c" => AnswerValue::YesNo(YesNo::No),
            _ => answers[&AnswerKey::new(qid)].clone(),
        };
        let refused = value == AnswerValue::YesNo(YesNo::No);
        store
            .save_answer(
                &id,
                &AnswerRecord {
                    question_id: qid.into(),
                    instance: 0,
                    value: Some(serde_json::to_value(Answer::new(value)).unwrap()),
                    state: AnswerState::Present,
                    asked_in_locale: "ro".into(),
                    locale_fallback: false,
                    interpreter_id: Some("interp-ro-01".into()),
                    recorded_at: at,
                },
            )
            .unwrap();
        let purpose = match qid {
            "S5a" => ConsentPurpose::Assistance,
            "S5b" => ConsentPurpose::Sharing,
            "S5c" => ConsentPurpose::Police,
            "S5d" => ConsentPurpose::Statistics,
            _ => continue,
        };
        store
            .record_consent(
                &id,
                &ConsentRecord {
                    purpose,
                    state: if refused {
                        ConsentState::Refused
                    } else {
                        ConsentState::Given
                    },
                    locale: "ro".into(),
                    recorded_at: at,
                },
            )
            .unwrap();
    }
    let stop = Event::Stopped {
        reason: StopReason::Interruption,
    };
    store
        .append_interview_event(
            &id,
            &serde_json::to_string(&stop).unwrap(),
            now + 100_000,
            Some((
                InterviewStatus::Stopped,
                Some(lantern_store::StopReason::Interruption),
            )),
        )
        .unwrap();
    id
}

#[test]
fn an_interview_saved_under_1_0_0_opens_resumes_finishes_and_exports() {
    let root = tempfile::tempdir().unwrap();
    let (mut central, enrolment) = new_central(&root.path().join("c"));
    let (mut field, info) = device(&root.path().join("d"), &enrolment);
    central
        .approve_device(
            &info.device_id,
            lantern_central::DeviceBinding::Key(info.device_key.parse().unwrap()),
            T0,
        )
        .unwrap();
    let id = saved_under(&mut field, "1.0.0", T0 + 1000);
    let consents_before = field.store().consents(&id).unwrap();
    assert_eq!(consents_before.len(), 4);

    // Opened: the home screen lists it with its progress, and it shows as stopped.
    let home = field.home().unwrap();
    let card = home.drafts.iter().find(|c| c.id == id).expect("draft card");
    assert!(card.progress.applicable > card.progress.answered);
    assert_eq!(field.screen(&id).unwrap().kind, ScreenKind::Stopped);

    // Resumed where it stopped, then in 1.1.0's order; consent is not asked again.
    let mut now = T0 + 200_000;
    let mut screen = field.resume(&id, now).unwrap();
    assert_eq!(
        screen.question.as_ref().unwrap().key,
        AnswerKey::new("RI2u")
    );
    let answers = recorded_answers();
    let mut asked = 0;
    loop {
        now += 1000;
        screen = match screen.kind {
            ScreenKind::Question => {
                let key = screen.question.as_ref().unwrap().key.clone();
                assert!(
                    !CONSENT.contains(&key.question.as_str()),
                    "{key} asked again"
                );
                asked += 1;
                let value = answers
                    .get(&key)
                    .cloned()
                    .unwrap_or_else(|| panic!("{key}"));
                field.answer(&id, key, value, now).unwrap()
            }
            ScreenKind::RepeatPrompt => {
                let group = screen.repeat.as_ref().unwrap().group.clone();
                field.close_group(&id, &group, now).unwrap()
            }
            ScreenKind::Complete => break,
            other => panic!("unexpected screen {other:?}"),
        };
    }
    assert!(asked > 100, "the rest of the interview was asked ({asked})");
    let review = field.review(&id).unwrap();
    assert!(review.complete);
    let s5c = review
        .items
        .iter()
        .find(|i| i.key == AnswerKey::new("S5c"))
        .expect("S5c kept");
    assert!(!s5c.not_applicable);
    field.finish(&id, now).unwrap();
    // The consent history is what she said under 1.0.0, and the recorded version is kept.
    assert_eq!(field.store().consents(&id).unwrap(), consents_before);
    let summary = field.store().interview(&id).unwrap();
    assert_eq!(summary.questionnaire_version, "1.0.0");
    assert_eq!(summary.status, InterviewStatus::Finished);

    // Exported and assessed at the central node like any other.
    let bundle = sync::export(field.store_mut(), &root.path().join("out"), now + 1000)
        .unwrap()
        .path;
    central.import_file(&bundle, now + 2000).unwrap();
    let entry = central
        .review_list()
        .unwrap()
        .into_iter()
        .find(|e| e.interview_id == id)
        .expect("imported");
    assert_eq!(entry.questionnaire_version, "1.0.0");
    assert_eq!(entry.assessment_error, None);
    assert!(entry.assessment.is_some());
}

/// A version the questionnaire does not migrate from is still refused, with its code.
#[test]
fn an_interview_of_a_version_not_migrated_from_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let (_central, enrolment) = new_central(&root.path().join("c"));
    let (mut field, _) = device(&root.path().join("d"), &enrolment);
    let id = saved_under(&mut field, "0.9.0", T0 + 1000);
    for err in [
        field.screen(&id).unwrap_err(),
        field.resume(&id, T0 + 200_000).unwrap_err(),
    ] {
        assert_eq!(err.code(), "field.unknown_questionnaire");
    }
}
