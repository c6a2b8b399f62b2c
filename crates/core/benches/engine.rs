//! Engine benchmarks on the full identification questionnaire v1 with every question answered
//! (target: next-screen computation under 1 ms). Run: `cargo bench -p lantern-core --bench engine`.

use divan::{Bencher, black_box};
use lantern_core::answers::{AnswerValue, ApproxDate, YesNo};
use lantern_core::engine::{self, InterviewState, Screen};
use lantern_core::questionnaire::{AnswerType, Question, Questionnaire, identification_v1};

fn main() {
    divan::main();
}

/// A valid answer that keeps the full interview open (adult, no interpreter, safe, consent).
fn answer_for(q: &Question) -> AnswerValue {
    match q.id.as_str() {
        "P4" | "S2" | "A4" => return AnswerValue::YesNo(YesNo::No),
        "A1" | "A3" => return AnswerValue::Number(24),
        _ => {}
    }
    match q.answer_type {
        AnswerType::YesNo => AnswerValue::YesNo(YesNo::Yes),
        AnswerType::SingleChoice => AnswerValue::Choice(q.options[0].id.clone()),
        AnswerType::MultipleChoice => AnswerValue::Choices(vec![q.options[0].id.clone()]),
        AnswerType::Observation if q.options.is_empty() => AnswerValue::Text("note".to_owned()),
        AnswerType::Observation if q.multiple => {
            AnswerValue::Choices(vec![q.options[0].id.clone()])
        }
        AnswerType::Observation => AnswerValue::Choice(q.options[0].id.clone()),
        AnswerType::Number => {
            AnswerValue::Number(q.min.unwrap_or(0).max(10).min(q.max.unwrap_or(i64::MAX)))
        }
        AnswerType::ApproximateDate => AnswerValue::Date(ApproxDate {
            year: 2003,
            month: Some(5),
            day: None,
        }),
        AnswerType::FreeText => AnswerValue::Text("text".to_owned()),
    }
}

/// Every applicable question answered, three journey legs.
fn complete(q: &Questionnaire) -> InterviewState {
    let mut state = InterviewState::new();
    loop {
        match engine::next_screen(q, &state) {
            Screen::Question { key, .. } => {
                let question = q.question(&key.question).expect("offered question exists");
                engine::answer(q, &mut state, key, answer_for(question)).expect("valid answer");
            }
            Screen::RepeatPrompt { group, instances } if instances < 3 => {
                engine::add_instance(q, &mut state, &group).expect("room");
            }
            Screen::RepeatPrompt { group, .. } => {
                engine::close_group(q, &mut state, &group).expect("close")
            }
            Screen::Complete => return state,
            other => panic!("unexpected screen {other:?}"),
        }
    }
}

#[divan::bench]
fn next_screen_all_answered(bencher: Bencher) {
    let q = identification_v1();
    let state = complete(&q);
    assert_eq!(engine::next_screen(&q, &state), Screen::Complete);
    bencher.bench(|| engine::next_screen(black_box(&q), black_box(&state)));
}

#[divan::bench]
fn render_screen_all_answered(bencher: Bencher) {
    let q = identification_v1();
    let state = complete(&q);
    bencher.bench(|| engine::render_screen(black_box(&q), black_box(&state)));
}

#[divan::bench]
fn observations_all_answered(bencher: Bencher) {
    let q = identification_v1();
    let state = complete(&q);
    bencher.bench(|| engine::observations(black_box(&q), black_box(&state)));
}

#[divan::bench]
fn load_and_validate_v1() -> Questionnaire {
    identification_v1()
}
