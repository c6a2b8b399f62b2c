//! Property tests of the engine on the shipped v1: random answers (including don't know,
//! declined, unsure), random edits of gate answers, random journey lengths.

use proptest::prelude::*;

use lantern_core::answers::{AnswerKey, AnswerValue, ApproxDate, UnknownReason, YesNo};
use lantern_core::engine::{self, Evaluation, InterviewState, Screen};
use lantern_core::questionnaire::{AnswerType, Question, Questionnaire, identification_v1};

/// A deterministic stream of choices from the proptest input.
struct Choices {
    bytes: Vec<u8>,
    at: usize,
}

impl Choices {
    fn next(&mut self, n: usize) -> usize {
        let b = self
            .bytes
            .get(self.at % self.bytes.len().max(1))
            .copied()
            .unwrap_or(0) as usize;
        self.at += 1;
        if n == 0 {
            0
        } else {
            (b + self.at / self.bytes.len().max(1)) % n
        }
    }
}

fn random_answer(q: &Question, c: &mut Choices) -> AnswerValue {
    // One time in four: an unknown answer (skipped only where optional).
    if c.next(4) == 0 {
        return AnswerValue::Unknown(match c.next(3) {
            0 => UnknownReason::DontKnow,
            1 => UnknownReason::Declined,
            _ if !q.required => UnknownReason::Skipped,
            _ => UnknownReason::DontKnow,
        });
    }
    let pick_option = |c: &mut Choices| q.options[c.next(q.options.len())].id.clone();
    match q.answer_type {
        AnswerType::YesNo => AnswerValue::YesNo(match c.next(if q.allow_unsure { 3 } else { 2 }) {
            0 => YesNo::Yes,
            1 => YesNo::No,
            _ => YesNo::Unsure,
        }),
        AnswerType::FreeText => AnswerValue::Text("words".to_owned()),
        AnswerType::Observation if q.options.is_empty() => AnswerValue::Text("note".to_owned()),
        AnswerType::Number => {
            let (min, max) = (
                q.min.unwrap_or(0),
                q.max.unwrap_or(100).min(q.min.unwrap_or(0) + 100),
            );
            AnswerValue::Number(
                min + i64::try_from(c.next(usize::try_from(max - min + 1).unwrap_or(1)))
                    .unwrap_or(0),
            )
        }
        AnswerType::ApproximateDate => AnswerValue::Date(ApproxDate {
            year: 1990 + i32::try_from(c.next(20)).unwrap_or(0),
            month: if c.next(2) == 0 {
                None
            } else {
                Some(1 + u8::try_from(c.next(12)).unwrap_or(0))
            },
            day: None,
        }),
        _ if q.is_multi() => {
            let mut picked: Vec<String> = Vec::new();
            for _ in 0..=c.next(3) {
                let o = pick_option(c);
                if !picked.contains(&o) {
                    picked.push(o);
                }
            }
            // An exclusive option stands alone.
            if let Some(ex) = picked
                .iter()
                .find(|id| q.option(id).is_some_and(|o| o.exclusive))
                .cloned()
            {
                picked = vec![ex];
            }
            AnswerValue::Choices(picked)
        }
        _ => AnswerValue::Choice(pick_option(c)),
    }
}

/// Resolve a gate the way an interviewer would: change the earlier answers it depends on.
fn open_gate(q: &Questionnaire, state: &mut InterviewState, gate: &str, c: &mut Choices) {
    let yes = || AnswerValue::YesNo(YesNo::Yes);
    let no = || AnswerValue::YesNo(YesNo::No);
    let edits: Vec<(&str, AnswerValue)> = match gate {
        "privacy" => vec![("P2", yes())],
        "interpreter_independence" => vec![("P4a", yes()), ("P4b", yes())],
        "consent" => vec![("S4", if c.next(2) == 0 { yes() } else { no() })],
        "interpreter_accepted" => vec![("L2", yes()), ("L2a", no())],
        "child_guardian" => vec![
            ("A6", AnswerValue::Text("guardian".to_owned())),
            ("A6a", yes()),
            ("A7", AnswerValue::Text("social worker".to_owned())),
        ],
        other => panic!("unknown gate {other}"),
    };
    for (id, value) in edits {
        engine::answer(q, state, AnswerKey::new(id), value)
            .unwrap_or_else(|e| panic!("opening {gate}: {e}"));
    }
}

/// Walk the interview with random answers; check invariants at every step. Returns the state.
fn walk(q: &Questionnaire, bytes: Vec<u8>) -> (InterviewState, bool) {
    let mut c = Choices { bytes, at: 0 };
    let mut state = InterviewState::new();
    let mut closing_offered = false;
    let closing = q.modules.last().expect("modules");
    for _ in 0..3000 {
        let eval = Evaluation::new(q, &state);
        match engine::next_screen_with(&eval) {
            Screen::Question { key, .. } => {
                let question = q.question(&key.question).expect("offered question exists");
                // Invariant: an offered question applies: its own and its module's conditions hold.
                assert!(eval.is_applicable(&key), "{key} offered but not applicable");
                if question.group.is_none() {
                    if let Some(cond) = &question.when {
                        assert!(
                            eval.condition(cond, false).is_true(),
                            "{key} offered with a false condition"
                        );
                    }
                    if let Some(cond) = &q.modules[question.module].when {
                        assert!(
                            eval.condition(cond, false).is_true(),
                            "{key} offered in a hidden module"
                        );
                    }
                }
                let p = q.position(&key.question).expect("position");
                if (closing.first..closing.end).contains(&p) {
                    closing_offered = true;
                }
                let value = random_answer(question, &mut c);
                engine::answer(q, &mut state, key.clone(), value)
                    .unwrap_or_else(|e| panic!("{key}: {e}"));
            }
            Screen::Gate { gate } => open_gate(q, &mut state, &gate, &mut c),
            Screen::RepeatPrompt { group, instances } => {
                if instances < 3 && c.next(2) == 0 {
                    engine::add_instance(q, &mut state, &group).expect("room for another leg");
                } else {
                    engine::close_group(q, &mut state, &group).expect("close");
                }
            }
            Screen::Complete => return (state, closing_offered),
            Screen::Stopped { .. } => panic!("nobody pressed stop"),
        }
    }
    panic!("the interview did not reach the end");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Every path, whatever the answers (unknown and declined included), reaches the closing
    /// module and completes; no question with a false condition is ever offered.
    #[test]
    fn every_path_reaches_the_closing_module(bytes in proptest::collection::vec(any::<u8>(), 1..64)) {
        let q = identification_v1();
        let (state, closing_offered) = walk(&q, bytes);
        prop_assert!(closing_offered);
        let record = engine::record(&q, &state);
        prop_assert_eq!(record.completion, engine::Completion::Complete);
        prop_assert_eq!(record.progress.answered, record.progress.applicable);
        // Unknown answers never become "absent".
        for (key, answer) in &record.answers {
            if answer.value.is_unknown() {
                let question = q.question(&key.question).expect("question");
                for indicator in question.evidences.iter() {
                    prop_assert_ne!(
                        record.observations.indicators.get(indicator),
                        Some(&lantern_core::observations::Presence::Absent),
                        "{} answered unknown made {} absent", key, indicator
                    );
                }
            }
        }
        // Evidence names only questions that exist and were answered applicably.
        for ids in record.observations.evidence.values() {
            for id in ids {
                prop_assert!(record.answers.keys().any(|k| &k.question == id));
            }
        }
    }

    /// Editing any answered question to a random value never leaves a hidden question offered and
    /// never loses an answer (hidden ones are kept as not applicable).
    #[test]
    fn edits_keep_answers_and_hide_consistently(bytes in proptest::collection::vec(any::<u8>(), 1..64), pick in any::<usize>()) {
        let q = identification_v1();
        let (mut state, _) = walk(&q, bytes.clone());
        let keys: Vec<AnswerKey> = state.answers.keys().cloned().collect();
        let key = keys[pick % keys.len()].clone();
        let question = q.question(&key.question).expect("question");
        let mut c = Choices { bytes, at: 7 };
        let value = random_answer(question, &mut c);
        let before = state.answers.len();
        let effects = engine::edit_effects(&q, &state, &key, &value);
        engine::answer(&q, &mut state, key, value).expect("valid edit");
        prop_assert_eq!(state.answers.len(), before);
        let hidden = engine::not_applicable(&q, &state);
        for k in &effects.now_not_applicable {
            prop_assert!(hidden.contains(k));
        }
        let record = engine::record(&q, &state);
        for k in &hidden {
            prop_assert!(!record.answers.contains_key(k));
        }
    }
}
