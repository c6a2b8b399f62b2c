//! Drives an interview to the end the way a worker would: reads each screen, answers by a
//! policy (overrides by question id, sensible defaults otherwise), and records what it saw.

use std::collections::BTreeMap;

use lantern_core::answers::{AnswerKey, AnswerValue, ApproxDate, UnknownReason, YesNo};
use lantern_field::Field;
use lantern_field::view::{QuestionDto, ScreenDto, ScreenKind};

pub type Policy = BTreeMap<&'static str, AnswerValue>;

pub fn yes() -> AnswerValue {
    AnswerValue::YesNo(YesNo::Yes)
}
pub fn no() -> AnswerValue {
    AnswerValue::YesNo(YesNo::No)
}
pub fn choice(s: &str) -> AnswerValue {
    AnswerValue::Choice(s.into())
}
pub fn dont_know() -> AnswerValue {
    AnswerValue::Unknown(UnknownReason::DontKnow)
}

/// The answers of a safe, consenting adult without an interpreter.
pub fn adult_policy() -> Policy {
    let mut p = Policy::new();
    for (k, v) in [
        ("P1", no()),
        ("P2", yes()),
        ("P3", choice("female_interviewer")),
        ("P4", no()),
        ("S1", yes()),
        ("S2", no()),
        ("S4", yes()),
        ("A1", AnswerValue::Number(24)),
        ("A3", AnswerValue::Number(22)),
        ("A4", no()),
        ("K5", no()),
    ] {
        p.insert(k, v);
    }
    p
}

/// [`adult_policy`] with an interpreter present, declared independent and accepted by her.
pub fn interpreter_policy() -> Policy {
    let mut p = adult_policy();
    for (k, v) in [
        ("P4", yes()),
        ("P4a", yes()),
        ("P4b", yes()),
        ("L2", yes()),
        ("L2a", no()),
    ] {
        p.insert(k, v);
    }
    p
}

pub fn default_answer(q: &QuestionDto) -> AnswerValue {
    use lantern_core::questionnaire::AnswerType::*;
    let first_option = || {
        q.options
            .iter()
            .find(|o| !o.exclusive)
            .or(q.options.first())
            .map(|o| o.id.clone())
    };
    match q.answer_type {
        YesNo => yes(),
        SingleChoice => first_option()
            .map(AnswerValue::Choice)
            .unwrap_or_else(dont_know),
        MultipleChoice => first_option()
            .map(|o| AnswerValue::Choices(vec![o]))
            .unwrap_or_else(dont_know),
        Observation if q.multiple => first_option()
            .map(|o| AnswerValue::Choices(vec![o]))
            .unwrap_or_else(dont_know),
        Observation => first_option()
            .map(AnswerValue::Choice)
            .unwrap_or_else(dont_know),
        Number => AnswerValue::Number(
            q.min
                .unwrap_or(0)
                .max(q.max.map(|m| m.min(20)).unwrap_or(20)),
        ),
        ApproximateDate => AnswerValue::Date(ApproxDate {
            year: 2025,
            month: Some(3),
            day: None,
        }),
        FreeText => AnswerValue::Text("free text".into()),
    }
}

#[derive(Debug, Default)]
pub struct Run {
    pub asked: Vec<AnswerKey>,
    /// The answers whose screen opened the emergency route, with the items it named.
    pub alerts: Vec<(AnswerKey, Vec<String>)>,
    pub gates: Vec<String>,
    pub last: Option<ScreenDto>,
}

/// Answers until the interview is complete, stopped, or blocked at a gate the policy cannot pass
/// (then returns with that gate screen). `legs` journey legs are added.
pub fn drive(field: &mut Field, id: &str, policy: &Policy, legs: u32, now: &mut i64) -> Run {
    let mut run = Run::default();
    let mut screen = field.screen(id).expect("screen");
    let mut added = 0;
    for _ in 0..2000 {
        *now += 1000;
        // The screen a write returns is computed from the engine's in-memory state; it must be
        // exactly what a fresh read of the encrypted store gives.
        // Only the one-off emergency alert of an answer is not part of the stored state.
        let fresh = field.screen(id).expect("fresh screen");
        let mut returned = serde_json::to_value(&screen).unwrap();
        returned["emergency_alert"] = serde_json::json!([]);
        assert_eq!(
            returned,
            serde_json::to_value(&fresh).unwrap(),
            "returned screen differs from the stored state"
        );
        match screen.kind {
            ScreenKind::Question => {
                let q = screen.question.clone().expect("question");
                let value = policy
                    .get(q.key.question.as_str())
                    .cloned()
                    .unwrap_or_else(|| default_answer(&q));
                run.asked.push(q.key.clone());
                screen = field
                    .answer(id, q.key.clone(), value, *now)
                    .unwrap_or_else(|e| panic!("answer {}: {e}", q.key));
                if !screen.emergency_alert.is_empty() {
                    run.alerts
                        .push((q.key.clone(), screen.emergency_alert.clone()));
                }
            }
            ScreenKind::RepeatPrompt => {
                let group = screen.repeat.clone().expect("repeat").group;
                if added + 1 < legs {
                    added += 1;
                    screen = field.add_instance(id, &group, *now).expect("add leg");
                } else {
                    screen = field.close_group(id, &group, *now).expect("close group");
                }
            }
            ScreenKind::Gate => {
                run.gates.push(screen.gate.clone().expect("gate").id);
                run.last = Some(screen);
                return run;
            }
            ScreenKind::Stopped | ScreenKind::Complete => {
                run.last = Some(screen);
                return run;
            }
        }
    }
    panic!("the interview did not end after 2000 steps");
}
