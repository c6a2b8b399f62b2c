//! The example interview scripts in `examples/scripts/` (used by the docs, the CLI and the
//! cross-crate tests) are recorded from a driven interview and must stay runnable: each is run
//! here and must end as stated. Regenerate with `LANTERN_WRITE_EXAMPLES=1` after a questionnaire
//! change, and review the diff.

use std::path::PathBuf;

use lantern_core::answers::AnswerValue;
use lantern_core::engine::StopReason;
use lantern_field::view::ScreenKind;
use lantern_field::{Script, Step};
use lantern_i18n::Locale;

use crate::driver::{self, Policy, adult_policy};

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/scripts")
}

/// Records a driven interview as a script. `switch_at` switches the interview language before
/// the given step numbers; `stop_at` stops there.
fn record(
    policy: &Policy,
    locale: Locale,
    interpreter: Option<&str>,
    legs: u32,
    switch_at: &[(usize, Locale, &str)],
    stop_at: Option<usize>,
) -> (Script, ScreenKind) {
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field(&root.path().join("p"));
    let mut now = 1_000;
    let mut named: Vec<&str> = interpreter.into_iter().collect();
    for (_, _, i) in switch_at {
        if !named.contains(i) {
            named.push(i);
        }
    }
    let interpreters: Vec<_> = named.iter().map(|i| crate::interpreter_entry(i)).collect();
    crate::register_interpreters(&mut f, &named);
    let id = f.start_interview(locale, interpreter, now).unwrap();
    let mut steps = Vec::new();
    let mut screen = f.screen(&id).unwrap();
    let mut added = 0;
    loop {
        now += 1000;
        if let Some((_, to, interp)) = switch_at.iter().find(|(n, ..)| *n == steps.len()) {
            steps.push(Step::SwitchLanguage {
                to: *to,
                interpreter: Some((*interp).to_owned()),
            });
            screen = f.switch_language(&id, *to, Some(interp), now).unwrap();
        }
        if stop_at == Some(steps.len()) {
            steps.push(Step::Stop {
                reason: StopReason::Safety,
            });
            screen = f.stop(&id, StopReason::Safety, now).unwrap();
        }
        let step = match screen.kind {
            ScreenKind::Question => {
                let q = screen.question.clone().unwrap();
                let value = policy
                    .get(q.key.question.as_str())
                    .cloned()
                    .unwrap_or_else(|| driver::default_answer(&q));
                Step::Answer { key: q.key, value }
            }
            ScreenKind::RepeatPrompt => {
                let group = screen.repeat.clone().unwrap().group;
                if added + 1 < legs {
                    added += 1;
                    Step::AddInstance { group }
                } else {
                    Step::CloseGroup { group }
                }
            }
            other => {
                let script = Script {
                    interview_locale: locale,
                    interpreter: interpreter.map(str::to_owned),
                    interpreters,
                    steps,
                    finish: other == ScreenKind::Complete,
                };
                return (script, other);
            }
        };
        screen = match &step {
            Step::Answer { key, value } => f.answer(&id, key.clone(), value.clone(), now).unwrap(),
            Step::AddInstance { group } => f.add_instance(&id, group, now).unwrap(),
            Step::CloseGroup { group } => f.close_group(&id, group, now).unwrap(),
            _ => unreachable!(),
        };
        steps.push(step);
    }
}

fn examples() -> Vec<(&'static str, Script, ScreenKind)> {
    let mut out = Vec::new();
    let with_interpreter = driver::interpreter_policy();
    let (s, end) = record(
        &with_interpreter,
        Locale::Ro,
        Some("interp-ro-01"),
        2,
        &[
            (21, Locale::Ru, "interp-ru-02"),
            (70, Locale::Ro, "interp-ro-01"),
        ],
        None,
    );
    out.push(("adult-complete", s, end));

    let mut child = adult_policy();
    child.insert("A1", AnswerValue::Number(16));
    let (s, end) = record(&child, Locale::Sq, None, 1, &[], None);
    out.push(("child-complete", s, end));

    let (s, end) = record(&adult_policy(), Locale::Uk, None, 1, &[], Some(31));
    out.push(("adult-stopped-for-safety", s, end));
    out
}

#[test]
fn example_scripts_are_current_and_run_to_their_stated_end() {
    let write = std::env::var("LANTERN_WRITE_EXAMPLES").as_deref() == Ok("1");
    for (name, script, end) in examples() {
        let path = examples_dir().join(format!("{name}.json"));
        let json = serde_json::to_string_pretty(&script).unwrap() + "\n";
        if write {
            std::fs::write(&path, &json).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "{} missing: run with LANTERN_WRITE_EXAMPLES=1",
                path.display()
            )
        });
        let parsed: Script = serde_json::from_str(&committed).unwrap();
        assert_eq!(
            parsed, script,
            "{name}: the committed script differs from a fresh recording"
        );

        // And it runs through the script runner to the same end.
        let root = tempfile::tempdir().unwrap();
        let mut f = crate::field(&root.path().join("p"));
        let outcome = f.run_script(&parsed, 5_000).unwrap();
        let expected = if parsed.finish {
            ScreenKind::Complete
        } else {
            end
        };
        assert_eq!(outcome.screen, expected, "{name}");
    }
}

#[test]
fn a_script_step_that_does_not_apply_is_reported_with_its_position() {
    let root = tempfile::tempdir().unwrap();
    let mut f = crate::field(&root.path().join("p"));
    let script: Script = serde_json::from_str(
        r#"{"interview_locale": "en", "steps": [
            {"answer": {"key": "P1", "value": {"kind": "yes_no", "value": "no"}}},
            {"answer": {"key": "R3", "value": {"kind": "choice", "value": "friend"}}}
        ]}"#,
    )
    .unwrap();
    let err = f.run_script(&script, 1).unwrap_err();
    assert_eq!(err.step, 2);
    assert_eq!(err.code(), "answer.not_applicable");
}
