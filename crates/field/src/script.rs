//! Scripted interviews: a JSON file of steps (answers by question id, language switches, journey
//! legs, STOP/resume) run through exactly the same use-cases as the desktop app. Used by
//! `lantern interview run --script`, the docs and the cross-crate tests (`examples/scripts/`).

use lantern_core::answers::{AnswerKey, AnswerValue};
use lantern_core::engine::StopReason;
use lantern_i18n::Locale;
use serde::{Deserialize, Serialize};

use crate::error::{FieldError, Result};
use crate::session::Field;
use crate::view::ScreenKind;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    /// The interview language at the start.
    pub interview_locale: Locale,
    #[serde(default)]
    pub interpreter: Option<String>,
    /// Registry entries of the interpreters the script names, registered before it runs (an
    /// interview names interpreters only by registry entry).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpreters: Vec<lantern_store::InterpreterEntry>,
    pub steps: Vec<Step>,
    /// Mark the interview finished at the end (it must then be complete).
    #[serde(default)]
    pub finish: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Step {
    /// `{"answer": {"key": "R3", "value": {"kind": "choice", "value": "friend"}}}`; journey-leg
    /// questions are keyed `J2#0`, `J2#1`, ...
    Answer {
        key: AnswerKey,
        value: AnswerValue,
    },
    SwitchLanguage {
        to: Locale,
        #[serde(default)]
        interpreter: Option<String>,
    },
    AddInstance {
        group: String,
    },
    CloseGroup {
        group: String,
    },
    Stop {
        reason: StopReason,
    },
    Resume,
}

/// What a script run produced.
#[derive(Debug, Clone, Serialize)]
pub struct ScriptOutcome {
    pub interview_id: String,
    pub screen: ScreenKind,
    pub steps: usize,
}

/// A step that failed, with its position (1-based) so the script author can find it.
#[derive(Debug, thiserror::Error)]
#[error("step {step}: {source}")]
pub struct ScriptError {
    pub step: usize,
    #[source]
    pub source: FieldError,
}

impl ScriptError {
    pub fn code(&self) -> &'static str {
        self.source.code()
    }
}

impl Field {
    /// Runs a script as a new interview; `now` advances by one millisecond per step.
    pub fn run_script(
        &mut self,
        script: &Script,
        mut now: i64,
    ) -> std::result::Result<ScriptOutcome, ScriptError> {
        let at = |step: usize| move |source: FieldError| ScriptError { step, source };
        for entry in &script.interpreters {
            self.register_interpreter(entry, now).map_err(at(0))?;
        }
        let id = self
            .start_interview(script.interview_locale, script.interpreter.as_deref(), now)
            .map_err(at(0))?;
        for (i, step) in script.steps.iter().enumerate() {
            // A script runs now: its steps are stamped a millisecond apart (ordered, and never
            // far ahead of the clock, which the audit log's rollback check would take for a
            // clock set back when the next real action is recorded).
            now += 1;
            self.apply_step(&id, step, now).map_err(at(i + 1))?;
        }
        if script.finish {
            self.finish(&id, now).map_err(at(script.steps.len() + 1))?;
        }
        let screen = self.screen(&id).map_err(at(script.steps.len() + 1))?.kind;
        Ok(ScriptOutcome {
            interview_id: id,
            screen,
            steps: script.steps.len(),
        })
    }

    fn apply_step(&mut self, id: &str, step: &Step, now: i64) -> Result<()> {
        match step {
            Step::Answer { key, value } => {
                self.answer(id, key.clone(), value.clone(), now).map(drop)
            }
            Step::SwitchLanguage { to, interpreter } => self
                .switch_language(id, *to, interpreter.as_deref(), now)
                .map(drop),
            Step::AddInstance { group } => self.add_instance(id, group, now).map(drop),
            Step::CloseGroup { group } => self.close_group(id, group, now).map(drop),
            Step::Stop { reason } => self.stop(id, *reason, now).map(drop),
            Step::Resume => self.resume(id, now).map(drop),
        }
    }
}
