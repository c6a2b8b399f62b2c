//! When consent per purpose is asked (questionnaire 1.1.0): after her rights, after she accepted
//! the interpreter, and for a child only once the guardian is recorded. And what becomes of a
//! 1.0.0 interview that answered consent in the old order (SPEC.md, Versions and migration).

use lantern_core::answers::{AnswerKey, AnswerValue, UnknownReason};
use lantern_core::engine::{self, Completion, InterviewState, Mode, Screen, StopReason};
use lantern_core::questionnaire::{Question, identification_v1};

use crate::engine::{adult, drive, drive_closing, no, yes};

const CONSENT: [&str; 4] = ["S5a", "S5b", "S5c", "S5d"];

fn key(id: &str) -> AnswerKey {
    AnswerKey::new(id)
}

fn ask(id: &str) -> Screen {
    Screen::Question {
        key: key(id),
        mode: Mode::Ask,
    }
}

fn gate(id: &str) -> Screen {
    Screen::Gate {
        gate: id.to_owned(),
    }
}

/// The adult path with an interpreter she has accepted.
fn with_interpreter(x: &Question) -> Option<AnswerValue> {
    match x.id.as_str() {
        "P4" | "P4a" | "P4b" | "L2" => Some(yes()),
        "L2a" => Some(no()),
        _ => adult(x),
    }
}

fn no_consent_answered(state: &InterviewState) -> bool {
    CONSENT
        .iter()
        .all(|id| !state.answers.contains_key(&key(id)))
}

#[test]
fn consent_comes_after_every_rights_item_and_the_interpreter() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive(&q, &mut state, Some("S5a"), &with_interpreter);
    assert_eq!(screen, ask("S5a"));
    for id in ["S4", "L2", "L2a"]
        .into_iter()
        .map(str::to_owned)
        .chain((1..=11).flat_map(|i| [format!("RI{i}"), format!("RI{i}u")]))
    {
        assert!(state.answers.contains_key(&key(&id)), "{id} before consent");
    }
    assert!(no_consent_answered(&state));
    // Then the four purposes, one after another, and the recruitment module.
    for (i, id) in CONSENT.iter().enumerate() {
        assert_eq!(engine::next_screen(&q, &state), ask(id));
        let v = if i == 2 { no() } else { yes() };
        engine::answer(&q, &mut state, key(id), v).expect("valid");
    }
    assert_eq!(engine::next_screen(&q, &state), ask("R1"));
}

#[test]
fn an_interpreter_she_refuses_stops_the_interview_before_any_consent() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive(&q, &mut state, None, &|x| match x.id.as_str() {
        "L2a" => Some(yes()),
        _ => with_interpreter(x),
    });
    assert_eq!(screen, gate("interpreter_accepted"));
    assert!(no_consent_answered(&state));
    assert!(!state.answers.contains_key(&key("RI1")));
}

#[test]
fn a_childs_consent_waits_for_the_guardian_and_social_worker() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let child = |x: &Question| match x.id.as_str() {
        "A1" => Some(AnswerValue::Number(16)),
        "A6" | "A7" => Some(AnswerValue::Unknown(UnknownReason::DontKnow)),
        _ => adult(x),
    };
    assert_eq!(drive(&q, &mut state, None, &child), gate("child_guardian"));
    assert!(engine::flags(&q, &state).contains(&"child_pathway".to_owned()));
    assert!(
        no_consent_answered(&state),
        "no consent asked of a child alone"
    );
    let text = |t: &str| AnswerValue::Text(t.to_owned());
    engine::answer(&q, &mut state, key("A6"), text("Aunt, present")).expect("valid");
    assert_eq!(engine::next_screen(&q, &state), gate("child_guardian"));
    engine::answer(&q, &mut state, key("A7"), text("Social worker on duty")).expect("valid");
    assert_eq!(engine::next_screen(&q, &state), ask("S5a"));
}

/// A 1.0.0 draft: consent answered right after S4 (the old order), stopped during the rights.
/// Under 1.1.0 it resumes where it stopped, its consent answers are kept and never asked again,
/// and it reaches the closing.
#[test]
fn a_1_0_0_draft_keeps_its_consent_answers_and_goes_on_in_the_new_order() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let old_order = [
        "P1", "P2", "P3", "P4", "P5", "P6", "P6a", "P7", "S1", "S2", "S3", "S4", "S5a", "S5b",
        "S5c", "S5d", "S6", "L1", "L3", "L4", "RI1", "RI1u", "RI1q", "RI2",
    ];
    for id in old_order {
        let question = q.question(id).expect("1.0.0 ids are 1.1.0 ids");
        let value = match id {
            "S5c" => no(),
            _ => adult(question).unwrap_or_else(|| crate::engine::plain_answer(question)),
        };
        engine::answer(&q, &mut state, key(id), value).expect("valid under 1.1.0");
    }
    engine::stop(&mut state, StopReason::Interruption);
    assert_eq!(
        engine::record(&q, &state).completion,
        Completion::Stopped {
            reason: StopReason::Interruption
        }
    );
    engine::resume(&mut state);
    assert_eq!(engine::next_screen(&q, &state), ask("RI2u"));
    let before: Vec<_> = CONSENT
        .iter()
        .map(|id| state.answers[&key(id)].clone())
        .collect();
    let screen = drive_closing(&q, &mut state, None, &|x| {
        assert!(!CONSENT.contains(&x.id.as_str()), "{} asked again", x.id);
        adult(x)
    });
    assert_eq!(screen, Screen::Complete);
    let after: Vec<_> = CONSENT
        .iter()
        .map(|id| state.answers[&key(id)].clone())
        .collect();
    assert_eq!(before, after, "consent answers kept as given");
    let record = engine::record(&q, &state);
    assert_eq!(record.completion, Completion::Complete);
    assert_eq!(record.answers[&key("S5c")].value, no());
}
