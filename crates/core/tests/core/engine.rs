//! The engine on the shipped identification questionnaire v1.

use lantern_core::answers::{Answer, AnswerKey, AnswerValue, ApproxDate, UnknownReason, YesNo};
use lantern_core::engine::{
    self, Completion, InterviewState, Mode, Screen, StopReason, render_question, render_screen,
    validate_answer,
};
use lantern_core::observations::Presence;
use lantern_core::questionnaire::{AnswerType, Question, Questionnaire, identification_v1};

pub(crate) fn yes() -> AnswerValue {
    AnswerValue::YesNo(YesNo::Yes)
}
pub(crate) fn no() -> AnswerValue {
    AnswerValue::YesNo(YesNo::No)
}
fn choice(c: &str) -> AnswerValue {
    AnswerValue::Choice(c.to_owned())
}
fn choices(cs: &[&str]) -> AnswerValue {
    AnswerValue::Choices(cs.iter().map(|c| (*c).to_owned()).collect())
}
fn text(t: &str) -> AnswerValue {
    AnswerValue::Text(t.to_owned())
}
fn key(id: &str) -> AnswerKey {
    AnswerKey::new(id)
}

/// A plain, valid answer for any question: the first option, yes, the minimum, a year.
pub(crate) fn plain_answer(q: &Question) -> AnswerValue {
    match q.answer_type {
        AnswerType::YesNo => yes(),
        AnswerType::SingleChoice => choice(&q.options[0].id),
        AnswerType::MultipleChoice => choices(&[&q.options[0].id]),
        AnswerType::Observation if q.options.is_empty() => text("note"),
        AnswerType::Observation if q.multiple => choices(&[&q.options[0].id]),
        AnswerType::Observation => choice(&q.options[0].id),
        AnswerType::Number => {
            AnswerValue::Number(q.min.unwrap_or(0).max(20).min(q.max.unwrap_or(i64::MAX)))
        }
        AnswerType::ApproximateDate => AnswerValue::Date(ApproxDate {
            year: 2003,
            month: Some(4),
            day: None,
        }),
        AnswerType::FreeText => text("text"),
    }
}

/// Answer questions with `pick` (falling back to `plain_answer`) until `until` is offered, a
/// gate or a repeat prompt blocks, or the interview ends. Returns the screen it stopped at.
pub(crate) fn drive(
    q: &Questionnaire,
    state: &mut InterviewState,
    until: Option<&str>,
    pick: &dyn Fn(&Question) -> Option<AnswerValue>,
) -> Screen {
    for _ in 0..2000 {
        let screen = engine::next_screen(q, state);
        match &screen {
            Screen::Question {
                key,
                mode: Mode::Ask,
            } => {
                if until == Some(key.question.as_str()) {
                    return screen;
                }
                let question = q.question(&key.question).expect("offered question exists");
                let value = pick(question).unwrap_or_else(|| plain_answer(question));
                engine::answer(q, state, key.clone(), value)
                    .unwrap_or_else(|e| panic!("{key}: {e}"));
            }
            _ => return screen,
        }
    }
    panic!("the interview did not settle");
}

/// Answers that open every gate on the adult, full-interview path.
pub(crate) fn adult(q: &Question) -> Option<AnswerValue> {
    match q.id.as_str() {
        "P4" => Some(no()),
        "S2" => Some(no()),
        "A1" | "A3" => Some(AnswerValue::Number(24)),
        "A4" => Some(no()),
        "S3" => Some(choices(&["nothing"])),
        "H1" | "H4" | "H4n" | "K2" => Some(no()),
        _ => None,
    }
}

/// [`drive`], closing every repeatable group after its first instance.
pub(crate) fn drive_closing(
    q: &Questionnaire,
    state: &mut InterviewState,
    until: Option<&str>,
    pick: &dyn Fn(&Question) -> Option<AnswerValue>,
) -> Screen {
    loop {
        match drive(q, state, until, pick) {
            Screen::RepeatPrompt { group, .. } => {
                engine::close_group(q, state, &group).expect("close")
            }
            other => return other,
        }
    }
}

#[test]
fn privacy_gate_blocks_until_the_place_is_private() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive(&q, &mut state, None, &|x| match x.id.as_str() {
        "P2" => Some(no()),
        other => adult(x).or_else(|| (other == "P4").then(no)),
    });
    assert_eq!(
        screen,
        Screen::Gate {
            gate: "privacy".to_owned()
        }
    );
    let view = render_screen(&q, &state);
    assert_eq!(view.gate.expect("gate view").message_id, "gate-privacy");
    assert!(
        !view.emergency.items.is_empty(),
        "emergency route on a gate screen too"
    );
    // "Don't know" does not open it either.
    engine::answer(
        &q,
        &mut state,
        key("P2"),
        AnswerValue::Unknown(UnknownReason::DontKnow),
    )
    .expect("valid");
    assert_eq!(
        engine::next_screen(&q, &state),
        Screen::Gate {
            gate: "privacy".to_owned()
        }
    );
    engine::answer(&q, &mut state, key("P2"), yes()).expect("valid");
    assert_eq!(
        engine::next_screen(&q, &state),
        Screen::Question {
            key: key("S1"),
            mode: Mode::Ask
        }
    );
}

#[test]
fn interpreter_must_declare_independence_and_may_be_refused() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive(&q, &mut state, None, &|x| match x.id.as_str() {
        "P4" => Some(yes()),
        "P4a" => Some(no()),
        _ => adult(x),
    });
    assert_eq!(
        screen,
        Screen::Gate {
            gate: "interpreter_independence".to_owned()
        }
    );
    engine::answer(&q, &mut state, key("P4a"), yes()).expect("valid");
    let screen = drive(&q, &mut state, None, &|x| match x.id.as_str() {
        "L2" => Some(no()),
        "L2a" => Some(no()),
        _ => adult(x),
    });
    assert_eq!(
        screen,
        Screen::Gate {
            gate: "interpreter_accepted".to_owned()
        }
    );
}

#[test]
fn consent_no_goes_to_referral_information_and_closing_only() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive(&q, &mut state, None, &|x| {
        if x.id == "S4" { Some(no()) } else { adult(x) }
    });
    assert_eq!(screen, Screen::Complete);
    let record = engine::record(&q, &state);
    assert_eq!(record.completion, Completion::Complete);
    assert!(
        record.answers.contains_key(&key("W1")),
        "referral wishes asked"
    );
    assert!(
        !record.answers.contains_key(&key("A1")),
        "no interview questions without consent"
    );
    assert!(record.answers.contains_key(&key("Z2")), "closing reached");
    // Unclear consent blocks instead.
    engine::answer(
        &q,
        &mut state,
        key("S4"),
        AnswerValue::Unknown(UnknownReason::Declined),
    )
    .expect("valid");
    assert_eq!(
        engine::next_screen(&q, &state),
        Screen::Gate {
            gate: "consent".to_owned()
        }
    );
}

#[test]
fn not_safe_to_talk_goes_to_the_short_closing() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive(&q, &mut state, None, &|x| {
        if x.id == "S1" {
            Some(AnswerValue::YesNo(YesNo::Unsure))
        } else {
            adult(x)
        }
    });
    assert_eq!(screen, Screen::Complete);
    let record = engine::record(&q, &state);
    assert!(
        record.answers.contains_key(&key("Z1")),
        "safer time agreed is asked"
    );
    assert!(!record.answers.contains_key(&key("S4")));
    assert!(!record.answers.contains_key(&key("W1")));
}

#[test]
fn child_pathway_requires_guardian_and_social_worker() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let child = |x: &Question| match x.id.as_str() {
        "A1" => Some(AnswerValue::Unknown(UnknownReason::DontKnow)),
        "A3" => Some(AnswerValue::Number(19)),
        "A4" => Some(no()),
        "A4a" => Some(choices(&["looks_young"])),
        "A7" => Some(AnswerValue::Unknown(UnknownReason::Declined)),
        _ => adult(x),
    };
    let screen = drive(&q, &mut state, None, &child);
    assert_eq!(
        screen,
        Screen::Gate {
            gate: "child_guardian".to_owned()
        }
    );
    assert!(engine::flags(&q, &state).contains(&"child_pathway".to_owned()));
    assert!(
        render_screen(&q, &state)
            .flags
            .contains(&"child_pathway".to_owned())
    );
    // Guardian alone is not enough: the social worker must be recorded too.
    assert!(state.answers.contains_key(&key("A6")));
    engine::answer(
        &q,
        &mut state,
        key("A7"),
        text("Social worker, Centre for Social Work"),
    )
    .expect("valid");
    let screen = drive(&q, &mut state, None, &child);
    assert!(matches!(screen, Screen::RepeatPrompt { .. }), "{screen:?}");
    assert!(
        !state.answers.contains_key(&key("R8")),
        "no question about what a child agreed to"
    );
    assert!(engine::observations(&q, &state).minor_suspected);
}

#[test]
fn each_sign_of_minority_sets_the_child_pathway() {
    let q = identification_v1();
    let cases: [(&str, AnswerValue); 4] = [
        ("A1", AnswerValue::Number(16)),
        ("A4", AnswerValue::YesNo(YesNo::Unsure)),
        // The interviewer cannot tell: minority is presumed.
        ("A4", AnswerValue::Unknown(UnknownReason::DontKnow)),
        ("A4a", choices(&["others_say_minor"])),
    ];
    for (id, value) in cases {
        let mut state = InterviewState::new();
        let v = value.clone();
        drive(&q, &mut state, Some("R1"), &move |x: &Question| {
            if x.id == id {
                Some(v.clone())
            } else if x.id == "A1" {
                Some(AnswerValue::Unknown(UnknownReason::DontKnow))
            } else if x.id == "A4a" {
                Some(choices(&["no_signs"]))
            } else {
                adult(x)
            }
        });
        assert!(
            engine::flags(&q, &state).contains(&"child_pathway".to_owned()),
            "{id} did not set it"
        );
    }
    let mut adult_state = InterviewState::new();
    drive(&q, &mut adult_state, Some("R1"), &adult);
    assert!(!engine::flags(&q, &adult_state).contains(&"child_pathway".to_owned()));
}

/// A woman of 24 who was 15 when it began: the adult pathway (no guardian gate), and the child
/// rule for the assessment, without an age conflict.
#[test]
fn adult_now_minor_then_takes_the_adult_pathway_with_the_child_rule() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive_closing(&q, &mut state, None, &|x| match x.id.as_str() {
        "A3" => Some(AnswerValue::Number(15)),
        _ => adult(x),
    });
    assert_eq!(screen, Screen::Complete, "no gate she cannot satisfy");
    let flags = engine::flags(&q, &state);
    assert!(flags.contains(&"minor_at_recruitment".to_owned()));
    assert!(!flags.contains(&"child_pathway".to_owned()));
    assert!(
        !state.answers.contains_key(&key("A6")),
        "no guardian asked of an adult"
    );
    let obs = engine::observations(&q, &state);
    assert!(obs.minor_at_start && !obs.minor_suspected);
    let a = lantern_core::assessment::assess_observations(&obs).expect("assess");
    assert_eq!(a.profile, lantern_core::assessment::Profile::Child);
    assert_eq!(
        a.profile_basis,
        lantern_core::assessment::ProfileBasis::MinorAtStart
    );
    assert!(a.conflicts.is_empty(), "{:?}", a.conflicts);
}

/// A girl who declines the interview (S4 = no) is still flagged from the interviewer's
/// impression, asked in the setup before anything is asked of her.
#[test]
fn a_girl_who_declines_the_interview_is_still_on_the_child_pathway() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive_closing(&q, &mut state, None, &|x| match x.id.as_str() {
        "A4" => Some(yes()),
        "S4" => Some(no()),
        _ => adult(x),
    });
    assert_eq!(screen, Screen::Complete);
    assert!(
        !state.answers.contains_key(&key("A1")),
        "no age question asked"
    );
    assert!(engine::flags(&q, &state).contains(&"child_pathway".to_owned()));
    let obs = engine::observations(&q, &state);
    let a = lantern_core::assessment::assess_observations(&obs).expect("assess");
    assert_eq!(a.profile, lantern_core::assessment::Profile::Child);
}

#[test]
fn hidden_answers_are_kept_but_not_applicable_and_not_assessed() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    drive_closing(&q, &mut state, Some("C5"), &|x| match x.id.as_str() {
        "C4h" => Some(yes()),
        "C4f" => Some(no()),
        "C4a" => Some(choices(&["owner"])),
        _ => adult(x),
    });
    assert_eq!(
        engine::observations(&q, &state).indicators.get("COD4"),
        Some(&Presence::Present)
    );
    let effects = engine::edit_effects(&q, &state, &key("C4h"), &no());
    assert_eq!(effects.now_not_applicable, vec![key("C4a")]);
    engine::answer(&q, &mut state, key("C4h"), no()).expect("valid");
    assert!(state.answers.contains_key(&key("C4a")), "kept");
    assert_eq!(engine::not_applicable(&q, &state), vec![key("C4a")]);
    let record = engine::record(&q, &state);
    assert_eq!(record.not_applicable, vec![key("C4a")]);
    assert_eq!(
        record.observations.indicators.get("COD4"),
        Some(&Presence::Absent)
    );
    // Editing back restores it.
    let effects = engine::edit_effects(&q, &state, &key("C4h"), &yes());
    assert_eq!(effects.now_applicable, vec![key("C4a")]);
}

/// A question retired in 1.1.0 (R14 asked three things at once) is never asked of a new
/// interview, its replacements are; an earlier interview's answer to it still counts, and then
/// its replacements are not asked again.
#[test]
fn a_retired_question_counts_when_answered_and_then_its_replacements_are_not_asked() {
    let q = identification_v1();
    let retired = q.question("R14").expect("R14");
    assert!(retired.is_retired());
    assert_eq!(retired.replaced_by, ["R14h", "R14t", "R14f"]);

    let mut fresh = InterviewState::new();
    drive_closing(&q, &mut fresh, Some("R15a"), &adult);
    assert!(!fresh.answers.contains_key(&key("R14")), "never asked");
    for id in ["R14h", "R14t", "R14f"] {
        assert!(fresh.answers.contains_key(&key(id)), "{id} asked");
    }

    // An interview saved under 1.0.0: R14 "yes" with the follow-up R14a.
    let mut old = InterviewState::new();
    drive_closing(&q, &mut old, Some("R14h"), &adult);
    old.answers.insert(key("R14"), Answer::new(yes()));
    old.answers
        .insert(key("R14a"), Answer::new(choices(&["threatened_her"])));
    drive_closing(&q, &mut old, Some("R15a"), &adult);
    for id in ["R14h", "R14t", "R14f"] {
        assert!(!old.answers.contains_key(&key(id)), "{id} not asked again");
    }
    let obs = engine::observations(&q, &old);
    assert_eq!(obs.indicators.get("CR2"), Some(&Presence::Present));
    assert_eq!(obs.evidence.get("CR2"), Some(&vec!["R14a".to_owned()]));
    assert!(engine::record(&q, &old).answers.contains_key(&key("R14")));
}

#[test]
fn edits_report_flag_changes() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    drive(&q, &mut state, Some("R1"), &adult);
    let effects = engine::edit_effects(&q, &state, &key("A1"), &AnswerValue::Number(16));
    assert_eq!(
        effects.flags_changed,
        vec![("child_pathway".to_owned(), true)]
    );
    assert!(effects.now_applicable.contains(&key("A6")));
}

#[test]
fn stop_produces_a_partial_record_with_the_reason_and_resume_continues() {
    let q = identification_v1();
    for reason in [
        StopReason::Interviewee,
        StopReason::Safety,
        StopReason::Interruption,
    ] {
        let mut state = InterviewState::new();
        drive_closing(&q, &mut state, Some("C5"), &adult);
        engine::stop(&mut state, reason);
        assert_eq!(engine::next_screen(&q, &state), Screen::Stopped { reason });
        let record = engine::record(&q, &state);
        assert_eq!(record.completion, Completion::Stopped { reason });
        assert!(record.answers.contains_key(&key("C4h")));
        assert!(record.progress.answered < record.progress.applicable);
        let refused = engine::answer(&q, &mut state, key("C5"), yes()).expect_err("stopped");
        assert_eq!(refused.code(), "answer.stopped");
        // Resume from the saved state (answers + events only).
        let saved = serde_json::to_string(&state).expect("serialise");
        let mut resumed: InterviewState = serde_json::from_str(&saved).expect("deserialise");
        engine::resume(&mut resumed);
        assert_eq!(
            engine::next_screen(&q, &resumed),
            Screen::Question {
                key: key("C5"),
                mode: Mode::Ask
            }
        );
    }
}

#[test]
fn prefill_shows_confirm_or_change_and_asks_only_gaps() {
    let q = identification_v1();
    let mut earlier = InterviewState::new();
    drive(&q, &mut earlier, Some("R1"), &adult);
    let mut state = engine::prefill(&q, &earlier, "record-1");
    let first = engine::next_screen(&q, &state);
    assert_eq!(
        first,
        Screen::Question {
            key: key("P1"),
            mode: Mode::ConfirmOrChange
        }
    );
    let view = render_question(&q, &state, &key("P1")).expect("view");
    assert_eq!(view.mode, Mode::ConfirmOrChange);
    assert!(view.current.is_some());
    // Unconfirmed answers do not count for the assessment.
    assert_eq!(engine::observations(&q, &state).age_years, None);
    assert_eq!(engine::progress(&q, &state).answered, 0);
    for _ in 0..500 {
        match engine::next_screen(&q, &state) {
            Screen::Question {
                key,
                mode: Mode::ConfirmOrChange,
            } if key.question == "A1" => {
                engine::answer(&q, &mut state, key, AnswerValue::Number(25)).expect("change");
            }
            Screen::Question {
                key,
                mode: Mode::ConfirmOrChange,
            } => engine::confirm_prefilled(&q, &mut state, &key).expect("confirm"),
            Screen::Question {
                key,
                mode: Mode::Ask,
            } => {
                assert_eq!(key, self::key("R1"), "only the gap is asked");
                break;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(engine::observations(&q, &state).age_years, Some(25));
    let err = engine::confirm_prefilled(&q, &mut state, &key("A1")).expect_err("already changed");
    assert_eq!(err.code(), "answer.not_prefilled");
}

#[test]
fn journey_legs_repeat_with_answers_keyed_by_instance() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive(&q, &mut state, None, &|x| match x.id.as_str() {
        "J2" => Some(choices(&["transporter"])),
        _ => adult(x),
    });
    assert_eq!(
        screen,
        Screen::RepeatPrompt {
            group: "leg".to_owned(),
            instances: 1
        }
    );
    assert!(state.answers.contains_key(&AnswerKey::instance("J2", 0)));
    let view = render_screen(&q, &state);
    assert_eq!(view.repeat.expect("repeat view").add_id, "group-leg-add");
    assert_eq!(
        engine::add_instance(&q, &mut state, "leg").expect("room"),
        1
    );
    assert_eq!(
        engine::next_screen(&q, &state),
        Screen::Question {
            key: AnswerKey::instance("J1", 1),
            mode: Mode::Ask
        }
    );
    let view = render_screen(&q, &state).question.expect("question");
    assert_eq!(view.group.expect("group").instance, 1);
    // Instance 1: J5l locked in on the second leg only.
    let screen = drive(&q, &mut state, None, &|x| match x.id.as_str() {
        "J5l" => Some(yes()),
        _ => adult(x),
    });
    assert_eq!(
        screen,
        Screen::RepeatPrompt {
            group: "leg".to_owned(),
            instances: 2
        }
    );
    let bad = engine::answer(&q, &mut state, key("J5l"), yes()).expect_err("needs an instance");
    assert_eq!(bad.code(), "answer.bad_instance");
    engine::close_group(&q, &mut state, "leg").expect("close");
    assert_eq!(
        engine::next_screen(&q, &state),
        Screen::Question {
            key: key("D1t"),
            mode: Mode::Ask
        }
    );
    let obs = engine::observations(&q, &state);
    assert_eq!(obs.indicators.get("CR6"), Some(&Presence::Present));
    assert_eq!(
        obs.evidence.get("CR6"),
        Some(&vec!["J5l".to_owned(), "J5n".to_owned()])
    );
    assert_eq!(obs.act, Presence::Present);
}

#[test]
fn observations_map_answers_to_indicators_with_evidence() {
    let q = identification_v1();
    let mut state = InterviewState::new();
    let screen = drive(&q, &mut state, None, &|x| match x.id.as_str() {
        "R3" => Some(choices(&["boyfriend"])),
        "R5" => Some(choices(&["waitress"])),
        "R8" => Some(choice("no")),
        "D1" => Some(choices(&["sex_with_clients"])),
        "D1a" => Some(no()),
        "D3" => Some(AnswerValue::Number(14)),
        "D3a" => Some(AnswerValue::Number(6)),
        "D4n" => Some(no()),
        "C1" => Some(choice("others_kept_could_not_get")),
        "C4h" => Some(AnswerValue::Unknown(UnknownReason::Declined)),
        "C4f" => Some(no()),
        "C13" => Some(no()),
        _ => adult(x),
    });
    assert!(matches!(screen, Screen::RepeatPrompt { .. }));
    engine::close_group(&q, &mut state, "leg").expect("close");
    let screen = drive(&q, &mut state, None, &|x| match x.id.as_str() {
        "D1" => Some(choices(&["sex_with_clients"])),
        "D1a" => Some(no()),
        "D3" => Some(AnswerValue::Number(14)),
        "D3a" => Some(AnswerValue::Number(6)),
        "D4n" => Some(no()),
        "C1" => Some(choice("others_kept_could_not_get")),
        "C4h" => Some(AnswerValue::Unknown(UnknownReason::Declined)),
        "C4f" => Some(no()),
        "C13" => Some(no()),
        "H4" => Some(yes()),
        _ => adult(x),
    });
    assert_eq!(screen, Screen::Complete);
    let obs = engine::observations(&q, &state);
    let p = |id: &str| obs.indicators.get(id).copied();
    assert_eq!(p("DR1"), Some(Presence::Present));
    assert_eq!(p("DR2"), Some(Presence::Present));
    assert_eq!(p("EXP1"), Some(Presence::Present));
    assert_eq!(p("COD7"), Some(Presence::Present));
    assert_eq!(p("COD1"), Some(Presence::Present));
    assert_eq!(obs.evidence.get("COD1"), Some(&vec!["C1".to_owned()]));
    // Declined is unknown, never absent; "no" is absent.
    assert_eq!(p("COD4"), Some(Presence::Unknown));
    assert_eq!(p("COD14"), Some(Presence::Absent));
    assert_eq!(obs.commercial_sex, Presence::Present);
    assert_eq!(obs.act, Presence::Present);
    assert_eq!(obs.age_years, Some(24));
    assert!(!obs.minor_suspected);
    // The result is usable by the assessment.
    let record = engine::record(&q, &state);
    assert_eq!(record.completion, Completion::Complete);
    assert_eq!(record.emergency, vec!["self_harm".to_owned()]);
    assert_eq!(record.progress.answered, record.progress.applicable);
}

#[test]
fn answer_validation_has_stable_codes_and_message_ids() {
    let q = identification_v1();
    let a1 = q.question("A1").expect("A1");
    let r3 = q.question("R3").expect("R3");
    let s1 = q.question("S1").expect("S1");
    let p2 = q.question("P2").expect("P2");
    let a2 = q.question("A2").expect("A2");
    let r1 = q.question("R1").expect("R1");
    let cases: Vec<(&Question, AnswerValue, &str)> = vec![
        (a1, AnswerValue::Number(130), "answer.out_of_range"),
        (a1, text("twenty"), "answer.type_mismatch"),
        (
            r3,
            choices(&["friend", "friend"]),
            "answer.duplicate_option",
        ),
        (r3, choices(&["martian"]), "answer.unknown_option"),
        (r3, choices(&[]), "answer.empty"),
        (
            q.question("S3").expect("S3"),
            choices(&["water", "nothing"]),
            "answer.exclusive_combined",
        ),
        (
            p2,
            AnswerValue::YesNo(YesNo::Unsure),
            "answer.unsure_not_allowed",
        ),
        (
            p2,
            AnswerValue::Unknown(UnknownReason::Skipped),
            "answer.skip_not_allowed",
        ),
        (
            a2,
            AnswerValue::Date(ApproxDate {
                year: 2003,
                month: Some(2),
                day: Some(30),
            }),
            "answer.bad_date",
        ),
        (
            a2,
            AnswerValue::Date(ApproxDate {
                year: 2003,
                month: None,
                day: Some(3),
            }),
            "answer.bad_date",
        ),
        (r1, text("   "), "answer.empty"),
        (r1, text(&"x".repeat(5000)), "answer.too_long"),
    ];
    let ftl = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../locales/en/questionnaire.ftl"
    ))
    .expect("ftl");
    for (question, value, code) in cases {
        let err = validate_answer(question, &value).expect_err(code);
        assert_eq!(err.code(), code, "{}: {value:?}", question.id);
        assert!(
            ftl.contains(&format!("\n{} =", err.message_id())),
            "no text for {}",
            err.message_id()
        );
    }
    for ok in [
        (s1, AnswerValue::YesNo(YesNo::Unsure)),
        (
            a2,
            AnswerValue::Date(ApproxDate {
                year: 2003,
                month: None,
                day: None,
            }),
        ),
        (
            a2,
            AnswerValue::Date(ApproxDate {
                year: 2004,
                month: Some(2),
                day: Some(29),
            }),
        ),
        (a2, AnswerValue::Unknown(UnknownReason::Skipped)),
        (p2, AnswerValue::Unknown(UnknownReason::DontKnow)),
        (p2, AnswerValue::Unknown(UnknownReason::Declined)),
    ] {
        validate_answer(ok.0, &ok.1).unwrap_or_else(|e| panic!("{}: {e}", ok.0.id));
    }
    // Not applicable yet (S2 needs S1 = yes), and unknown question.
    let mut state = InterviewState::new();
    assert_eq!(
        engine::answer(&q, &mut state, key("S2"), yes())
            .expect_err("hidden")
            .code(),
        "answer.not_applicable"
    );
    assert_eq!(
        engine::answer(&q, &mut state, key("X9"), yes())
            .expect_err("unknown")
            .code(),
        "answer.unknown_question"
    );
}

#[test]
fn render_exposes_message_ids_and_interviewer_only_items() {
    let q = identification_v1();
    let state = InterviewState::new();
    let view = render_screen(&q, &state);
    let question = view.question.expect("P1 first");
    assert_eq!(question.id, "P1");
    assert_eq!(question.text_id, "q-p1");
    assert_eq!(question.help_id.as_deref(), Some("q-p1-help"));
    assert!(question.interviewer_only);
    let ids: Vec<&str> = question
        .unknown_options
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    // The worker answers P1 herself: "prefers not to answer" is not hers to choose (issue 18).
    assert_eq!(ids, ["dont_know"]);
    let r3 = render_question(&q, &state, &key("R3")).expect("R3");
    let r3_unknowns: Vec<&str> = r3.unknown_options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(r3_unknowns, ["dont_know", "declined"]);
    assert_eq!(r3.options[0].label_id, "q-r3-opt-friend");
    assert!(!r3.interviewer_only);
    assert!(r3.multiple);
    let json = serde_json::to_value(&view.emergency).expect("serialise");
    assert_eq!(json["items"].as_array().map(Vec::len), Some(3));
}

/// Three multiple-choice questions over the same indicators: one whose options are not read to
/// her, one with "none of these", one whose every option is put to her.
const UNTICKED: &str = r#"
format = 1
id = "unticked"
version = "0.1.0"
title = "questionnaire-identification"

[[modules]]
id = "M1"
title = "module-m1"

[[modules.questions]]
id = "told"
type = "multiple_choice"
text = "q-r1a"
options = [{ id = "a", evidences = ["AVR9"] }, { id = "b", evidences = ["AVR10"] }]

[[modules.questions]]
id = "listed"
type = "multiple_choice"
text = "q-r1a"
options = [
  { id = "c", evidences = ["AVR3"] },
  { id = "d", evidences = ["AVR6"] },
  { id = "none", exclusive = true },
]

[[modules.questions]]
id = "asked"
type = "multiple_choice"
text = "q-j7"
each_option_asked = true
options = [{ id = "e", evidences = ["CR1"] }, { id = "f", evidences = ["CR2"] }]
"#;

fn unticked_questionnaire() -> Questionnaire {
    Questionnaire::from_toml_str(
        "unticked.toml",
        UNTICKED,
        &lantern_core::assessment::catalogue::known_indicator_ids(),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn an_unticked_option_is_unknown_unless_each_was_asked_or_she_said_none() {
    let q = unticked_questionnaire();
    let presence = |told: &[&str], listed: &[&str], asked: &[&str]| {
        let mut state = InterviewState::new();
        engine::answer(&q, &mut state, key("told"), choices(told)).expect("told");
        engine::answer(&q, &mut state, key("listed"), choices(listed)).expect("listed");
        engine::answer(&q, &mut state, key("asked"), choices(asked)).expect("asked");
        let obs = engine::observations(&q, &state);
        ["AVR9", "AVR10", "AVR3", "AVR6", "CR1", "CR2"].map(|i| obs.indicators[i])
    };
    use Presence::{Absent, Present, Unknown};
    // Ticked is present; unticked stays unknown where nobody asked; where every option was
    // asked, unticked is "no".
    assert_eq!(
        presence(&["a"], &["c"], &["e"]),
        [Present, Unknown, Present, Unknown, Present, Absent]
    );
    // "None of these" rules the listed options out.
    assert_eq!(
        presence(&["b"], &["none"], &["f"]),
        [Unknown, Present, Absent, Absent, Absent, Present]
    );
}

#[test]
fn r1a_unread_options_stay_unknown_in_the_shipped_questionnaire() {
    let q = identification_v1();
    let r1a = q.question("R1a").expect("R1a");
    assert!(!r1a.each_option_asked, "R1a: do not ask each one");
    assert!(q.question("J7").expect("J7").each_option_asked);
    let mut state = InterviewState::new();
    drive_closing(&q, &mut state, None, &|x| match x.id.as_str() {
        // She spoke of violence at home (AVR9, AVR13) and nothing else of her life before.
        "R1a" => Some(choices(&["violence_at_home"])),
        _ => adult(x),
    });
    let obs = engine::observations(&q, &state);
    assert_eq!(obs.indicators.get("AVR9"), Some(&Presence::Present));
    // AVR10 (single mother, war or displacement) was never asked: not ruled out by R1a.
    assert_ne!(obs.indicators.get("AVR10"), Some(&Presence::Absent));
}

/// One "yes" to R16 is one indicator, not three: it cannot make the abuse-of-vulnerability
/// dimension positive on its own.
#[test]
fn r16_alone_does_not_make_abuse_of_vulnerability_positive() {
    let q = identification_v1();
    let r16 = q.question("R16").expect("R16");
    assert_eq!(r16.evidences, ["AVR1"]);
    // Everything R16 evidences present, nothing else known.
    let mut obs = lantern_core::observations::Observations {
        age_years: Some(24),
        ..Default::default()
    };
    for id in &r16.evidences {
        obs.indicators.insert(id.clone(), Presence::Present);
    }
    let a = lantern_core::assessment::assess_observations(&obs).expect("assess");
    assert_ne!(
        a.dimensions.get(&lantern_core::assessment::Dimension::AVR),
        Some(&lantern_core::assessment::Status::Positive)
    );
}
