//! View-models: what the UI needs to draw a screen, with Fluent message ids instead of text (the
//! i18n layer turns them into strings in the interviewer's and the interviewee's language).

use serde::Serialize;

use crate::answers::{AnswerKey, AnswerValue};
use crate::questionnaire::{AnswerType, Questionnaire, Sensitivity};

use super::{
    Evaluation, Mode, Progress, Screen, StopReason, emergency_with, next_screen_with, progress_with,
};

#[derive(Debug, Clone, Serialize)]
pub struct OptionView {
    /// The value to send back (`yes`, an option id, `dont_know`, `declined`, `skipped`).
    pub id: String,
    pub label_id: String,
    pub exclusive: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub id: String,
    pub label_id: String,
    pub instance: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub key: AnswerKey,
    pub id: String,
    pub module_id: String,
    pub module_title_id: String,
    pub text_id: String,
    pub help_id: Option<String>,
    pub answer_type: AnswerType,
    /// Choice options, or yes / no (/ unsure) for yes_no.
    pub options: Vec<OptionView>,
    pub multiple: bool,
    /// Don't know, declined unless interviewer-only, skip when optional. Recorded as unknown.
    pub unknown_options: Vec<OptionView>,
    pub required: bool,
    /// Shown only in the interviewer's language, never read aloud.
    pub interviewer_only: bool,
    pub sensitivity: Sensitivity,
    pub mode: Mode,
    pub current: Option<AnswerValue>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub max_length: Option<u32>,
    pub group: Option<GroupView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GateView {
    pub id: String,
    pub message_id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RepeatView {
    pub group: String,
    pub add_id: String,
    pub instances: u32,
    pub max_instances: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct EmergencyItemView {
    pub id: String,
    pub label_id: String,
    /// An answer suggests this item is needed now.
    pub triggered: bool,
}

/// The emergency route: present on every screen.
#[derive(Debug, Clone, Serialize)]
pub struct EmergencyView {
    pub title_id: String,
    pub items: Vec<EmergencyItemView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScreenView {
    pub screen: Screen,
    pub question: Option<QuestionView>,
    pub gate: Option<GateView>,
    pub repeat: Option<RepeatView>,
    pub stop_reason: Option<StopReason>,
    pub progress: Progress,
    /// Flags set (e.g. `child_pathway`), for banners.
    pub flags: Vec<String>,
    pub emergency: EmergencyView,
}

fn opt(id: &str, label_id: &str) -> OptionView {
    OptionView {
        id: id.to_owned(),
        label_id: label_id.to_owned(),
        exclusive: false,
    }
}

/// The view-model of one question instance (`None` if the key names no question).
pub fn render_question(
    q: &Questionnaire,
    state: &super::InterviewState,
    key: &AnswerKey,
) -> Option<QuestionView> {
    let question = q.question(&key.question)?;
    let module = &q.modules[question.module];
    let current = state.answers.get(key);
    let options = match question.answer_type {
        AnswerType::YesNo => {
            let mut o = vec![opt("yes", "answer-yes"), opt("no", "answer-no")];
            if question.allow_unsure {
                o.push(opt("unsure", "answer-unsure"));
            }
            o
        }
        _ => question
            .options
            .iter()
            .map(|o| OptionView {
                id: o.id.clone(),
                label_id: o.label_id.clone(),
                exclusive: o.exclusive,
            })
            .collect(),
    };
    let mut unknown_options = vec![opt("dont_know", "answer-dont-know")];
    // "Prefers not to answer" is hers to say: a question the worker answers herself
    // (interviewer-only, observations) offers only "don't know".
    if !question.interviewer_only {
        unknown_options.push(opt("declined", "answer-declined"));
    }
    if !question.required {
        unknown_options.push(opt("skipped", "answer-skip"));
    }
    Some(QuestionView {
        key: key.clone(),
        id: question.id.clone(),
        module_id: module.id.clone(),
        module_title_id: module.title_id.clone(),
        text_id: question.text_id.clone(),
        help_id: question.help_id.clone(),
        answer_type: question.answer_type,
        options,
        multiple: question.is_multi(),
        unknown_options,
        required: question.required,
        interviewer_only: question.interviewer_only,
        sensitivity: question.sensitivity,
        mode: if current.is_some_and(|a| !a.is_settled()) {
            Mode::ConfirmOrChange
        } else {
            Mode::Ask
        },
        current: current.map(|a| a.value.clone()),
        min: question.min,
        max: question.max,
        max_length: question.max_length,
        group: question.group.map(|g| GroupView {
            id: q.groups[g].id.clone(),
            label_id: q.groups[g].label_id.clone(),
            instance: key.instance.unwrap_or(0),
        }),
    })
}

/// The view-model of the next screen, with progress, flags and the emergency route.
pub fn render_screen(q: &Questionnaire, state: &super::InterviewState) -> ScreenView {
    let eval = Evaluation::new(q, state);
    let screen = next_screen_with(&eval);
    let triggered = emergency_with(&eval);
    let emergency = EmergencyView {
        title_id: q.emergency.title_id.clone(),
        items: q
            .emergency
            .items
            .iter()
            .map(|i| EmergencyItemView {
                id: i.id.clone(),
                label_id: i.label_id.clone(),
                triggered: triggered.contains(&i.id),
            })
            .collect(),
    };
    let mut view = ScreenView {
        screen: screen.clone(),
        question: None,
        gate: None,
        repeat: None,
        stop_reason: None,
        progress: progress_with(&eval),
        flags: q
            .flags
            .iter()
            .filter(|f| eval.flag(&f.id))
            .map(|f| f.id.clone())
            .collect(),
        emergency,
    };
    match &screen {
        Screen::Question { key, .. } => view.question = render_question(q, state, key),
        Screen::Gate { gate } => {
            view.gate = q.gates.iter().find(|g| &g.id == gate).map(|g| GateView {
                id: g.id.clone(),
                message_id: g.message_id.clone(),
            });
        }
        Screen::RepeatPrompt { group, instances } => {
            view.repeat = q.group(group).map(|g| RepeatView {
                group: g.id.clone(),
                add_id: g.add_id.clone(),
                instances: *instances,
                max_instances: g.max_instances,
            });
        }
        Screen::Stopped { reason } => view.stop_reason = Some(*reason),
        Screen::Complete => {}
    }
    view
}
