//! The interview engine: pure functions from a questionnaire and an [`InterviewState`] (answers
//! plus events) to what comes next, what is valid, progress, the effects of an edit, the partial
//! or complete record, and the facts the assessment reads ([`Observations`]).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::answers::{Answer, AnswerKey, AnswerValue, Origin, YesNo};
use crate::observations::{Observations, Presence};
use crate::questionnaire::{AnswerType, Question, Questionnaire, Tri};

mod check;
mod eval;
mod render;
mod state;

pub use check::{AnswerError, DEFAULT_MAX_TEXT, validate_answer};
pub use eval::Evaluation;
pub use render::{
    EmergencyItemView, EmergencyView, GateView, GroupView, OptionView, QuestionView, RepeatView,
    ScreenView, render_question, render_screen,
};
pub use state::{Event, InterviewState, StopReason};

/// How a question is put on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Ask,
    /// Pre-filled from an earlier record: confirm or change, do not ask again.
    ConfirmOrChange,
}

/// What the interviewer sees next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
pub enum Screen {
    Question {
        key: AnswerKey,
        mode: Mode,
    },
    /// Progress is blocked until the gate's requirement holds (edit the earlier answers).
    Gate {
        gate: String,
    },
    /// All instances of a repeatable group are answered: add another, or close the group.
    RepeatPrompt {
        group: String,
        instances: u32,
    },
    Stopped {
        reason: StopReason,
    },
    Complete,
}

/// Answered versus applicable question instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub answered: usize,
    pub applicable: usize,
}

/// What an edit changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EditEffects {
    /// Recorded answers whose question no longer applies: kept, marked not applicable, excluded
    /// from the assessment.
    pub now_not_applicable: Vec<AnswerKey>,
    /// Questions that now apply and were not applicable before.
    pub now_applicable: Vec<AnswerKey>,
    /// Flags whose value changes, with the new value.
    pub flags_changed: Vec<(String, bool)>,
}

/// How far the interview went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Completion {
    Complete,
    InProgress,
    Stopped { reason: StopReason },
}

/// The record of an interview at any point: complete, or partial with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InterviewRecord {
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub completion: Completion,
    /// Answers of applicable questions (pre-filled ones included, see `unconfirmed`).
    pub answers: BTreeMap<AnswerKey, Answer>,
    /// Recorded answers whose question no longer applies (kept, not assessed).
    pub not_applicable: Vec<AnswerKey>,
    /// Pre-filled answers not yet confirmed (not assessed).
    pub unconfirmed: Vec<AnswerKey>,
    /// Flags set (e.g. `child_pathway`).
    pub flags: Vec<String>,
    /// Emergency items whose triggers fired.
    pub emergency: Vec<String>,
    pub progress: Progress,
    pub observations: Observations,
}

/// The next screen. Walks the questionnaire in order; a gate is checked when the walk first meets
/// an applicable question at or after the gate's position.
pub fn next_screen(q: &Questionnaire, state: &InterviewState) -> Screen {
    next_screen_with(&Evaluation::new(q, state))
}

/// [`next_screen`] for an evaluation already computed.
pub fn next_screen_with(eval: &Evaluation<'_>) -> Screen {
    let (q, state) = (eval.q, eval.state);
    if let Some(reason) = state.stopped() {
        return Screen::Stopped { reason };
    }
    let mut gates: Vec<&crate::questionnaire::Gate> = q.gates.iter().collect();
    gates.sort_by_key(|g| g.position);
    let mut next_gate = 0;
    let mut visit = |p: usize, instance: Option<u32>| -> Option<Screen> {
        while next_gate < gates.len() && gates[next_gate].position <= p {
            let gate = gates[next_gate];
            let applies = gate
                .when
                .as_ref()
                .is_none_or(|c| eval.condition(c, false).is_true());
            if applies && !eval.condition(&gate.requires, false).is_true() {
                return Some(Screen::Gate {
                    gate: gate.id.clone(),
                });
            }
            next_gate += 1;
        }
        let key = AnswerKey {
            question: q.questions[p].id.clone(),
            instance,
        };
        match state.answers.get(&key) {
            None => Some(Screen::Question {
                key,
                mode: Mode::Ask,
            }),
            Some(a) if a.origin == Origin::Prefilled => Some(Screen::Question {
                key,
                mode: Mode::ConfirmOrChange,
            }),
            Some(_) => None,
        }
    };
    let mut p = 0;
    while p < q.questions.len() {
        match q.questions[p].group {
            None => {
                if eval.applicable[p][0]
                    && let Some(s) = visit(p, None)
                {
                    return s;
                }
                p += 1;
            }
            Some(g) => {
                let group = &q.groups[g];
                let mut active = false;
                for i in 0..eval.instances[g] {
                    for gp in group.first..group.end {
                        if eval.applicable[gp][i as usize] {
                            active = true;
                            if let Some(s) = visit(gp, Some(i)) {
                                return s;
                            }
                        }
                    }
                }
                if active
                    && !state.group_closed(&group.id)
                    && eval.instances[g] < group.max_instances
                {
                    return Screen::RepeatPrompt {
                        group: group.id.clone(),
                        instances: eval.instances[g],
                    };
                }
                p = group.end;
            }
        }
    }
    Screen::Complete
}

/// Answered (settled) versus applicable question instances.
pub fn progress(q: &Questionnaire, state: &InterviewState) -> Progress {
    progress_with(&Evaluation::new(q, state))
}

fn progress_with(eval: &Evaluation<'_>) -> Progress {
    let keys = eval.applicable_keys();
    let answered = keys
        .iter()
        .filter(|k| eval.state.answers.get(*k).is_some_and(Answer::is_settled))
        .count();
    Progress {
        answered,
        applicable: keys.len(),
    }
}

/// Recorded answers whose question does not apply with the current answers.
pub fn not_applicable(q: &Questionnaire, state: &InterviewState) -> Vec<AnswerKey> {
    let eval = Evaluation::new(q, state);
    state
        .answers
        .keys()
        .filter(|k| !eval.is_applicable(k))
        .cloned()
        .collect()
}

/// Record an answer after checking it (question exists, applies now, value fits the type).
/// Replaces an earlier or pre-filled answer.
pub fn answer(
    q: &Questionnaire,
    state: &mut InterviewState,
    key: AnswerKey,
    value: AnswerValue,
) -> Result<(), AnswerError> {
    check_key(q, state, &key)?;
    let question = q
        .question(&key.question)
        .ok_or_else(|| AnswerError::UnknownQuestion {
            question: key.question.clone(),
        })?;
    validate_answer(question, &value)?;
    state.answers.insert(key, Answer::new(value));
    Ok(())
}

fn check_key(
    q: &Questionnaire,
    state: &InterviewState,
    key: &AnswerKey,
) -> Result<(), AnswerError> {
    if state.stopped().is_some() {
        return Err(AnswerError::Stopped);
    }
    let question = q
        .question(&key.question)
        .ok_or_else(|| AnswerError::UnknownQuestion {
            question: key.question.clone(),
        })?;
    if question.group.is_some() != key.instance.is_some() {
        return Err(AnswerError::BadInstance { key: key.clone() });
    }
    if !Evaluation::new(q, state).is_applicable(key) {
        return Err(AnswerError::NotApplicable { key: key.clone() });
    }
    Ok(())
}

/// What would change if `key` were answered `value` (nothing is modified).
pub fn edit_effects(
    q: &Questionnaire,
    state: &InterviewState,
    key: &AnswerKey,
    value: &AnswerValue,
) -> EditEffects {
    let mut after = state.clone();
    after
        .answers
        .insert(key.clone(), Answer::new(value.clone()));
    let before_eval = Evaluation::new(q, state);
    let after_eval = Evaluation::new(q, &after);
    let before: BTreeSet<AnswerKey> = before_eval.applicable_keys().into_iter().collect();
    let now: BTreeSet<AnswerKey> = after_eval.applicable_keys().into_iter().collect();
    let now_not_applicable = after
        .answers
        .keys()
        .filter(|k| before.contains(*k) && !now.contains(*k))
        .cloned()
        .collect();
    let now_applicable = now.difference(&before).cloned().collect();
    let flags_changed = q
        .flags
        .iter()
        .filter(|f| before_eval.flag(&f.id) != after_eval.flag(&f.id))
        .map(|f| (f.id.clone(), after_eval.flag(&f.id)))
        .collect();
    EditEffects {
        now_not_applicable,
        now_applicable,
        flags_changed,
    }
}

/// Confirm a pre-filled answer unchanged.
pub fn confirm_prefilled(
    q: &Questionnaire,
    state: &mut InterviewState,
    key: &AnswerKey,
) -> Result<(), AnswerError> {
    check_key(q, state, key)?;
    match state.answers.get_mut(key) {
        Some(a) if a.origin == Origin::Prefilled => {
            a.origin = Origin::PrefillConfirmed;
            Ok(())
        }
        _ => Err(AnswerError::NotPrefilled { key: key.clone() }),
    }
}

/// Start an interview pre-filled from an earlier record of the same person: its applicable,
/// settled answers are copied as "confirm or change"; only gaps will be asked.
pub fn prefill(q: &Questionnaire, earlier: &InterviewState, source: &str) -> InterviewState {
    let eval = Evaluation::new(q, earlier);
    let answers = earlier
        .answers
        .iter()
        .filter(|(k, a)| a.is_settled() && eval.is_applicable(k))
        .map(|(k, a)| {
            (
                k.clone(),
                Answer {
                    value: a.value.clone(),
                    origin: Origin::Prefilled,
                },
            )
        })
        .collect();
    InterviewState {
        answers,
        events: vec![Event::Prefilled {
            source: source.to_owned(),
        }],
    }
}

/// STOP: the interview ends here for now; the record is partial with this reason.
/// Another interpreter joins: takes the answers to the questionnaire's `interpreter.reask`
/// questions out of the state (the interview asks them again, and its gates then hold for this
/// interpreter) and returns the event that keeps them. The caller decides that the interpreter
/// changed (a switch naming a different one than the current).
pub fn change_interpreter(
    q: &Questionnaire,
    state: &mut InterviewState,
    interpreter: &str,
) -> Event {
    let mut earlier = std::collections::BTreeMap::new();
    for id in &q.interpreter_reask {
        let key = AnswerKey::new(id);
        if let Some(a) = state.answers.remove(&key) {
            earlier.insert(key, a);
        }
    }
    let event = Event::InterpreterChanged {
        interpreter: interpreter.to_owned(),
        earlier,
    };
    state.events.push(event.clone());
    event
}

pub fn stop(state: &mut InterviewState, reason: StopReason) {
    state.events.push(Event::Stopped { reason });
}

/// Continue a stopped interview where it left off.
pub fn resume(state: &mut InterviewState) {
    if state.stopped().is_some() {
        state.events.push(Event::Resumed);
    }
}

/// Add an instance (another journey leg) to a repeatable group.
pub fn add_instance(
    q: &Questionnaire,
    state: &mut InterviewState,
    group: &str,
) -> Result<u32, AnswerError> {
    if state.stopped().is_some() {
        return Err(AnswerError::Stopped);
    }
    let gi =
        q.groups
            .iter()
            .position(|g| g.id == group)
            .ok_or_else(|| AnswerError::UnknownGroup {
                group: group.to_owned(),
            })?;
    let g = &q.groups[gi];
    let current = Evaluation::new(q, state).instances[gi];
    if current >= g.max_instances {
        return Err(AnswerError::GroupFull {
            group: group.to_owned(),
            max: g.max_instances,
        });
    }
    state.events.push(Event::InstanceAdded {
        group: group.to_owned(),
    });
    Ok(current)
}

/// No more instances of the group.
pub fn close_group(
    q: &Questionnaire,
    state: &mut InterviewState,
    group: &str,
) -> Result<(), AnswerError> {
    if q.group(group).is_none() {
        return Err(AnswerError::UnknownGroup {
            group: group.to_owned(),
        });
    }
    state.events.push(Event::GroupClosed {
        group: group.to_owned(),
    });
    Ok(())
}

/// Emergency items whose triggers fire with the current answers.
pub fn emergency_triggered(q: &Questionnaire, state: &InterviewState) -> Vec<String> {
    emergency_with(&Evaluation::new(q, state))
}

/// Emergency items that fire now and whose route was not shown yet: what to show at once (and
/// record as shown) after an answer.
pub fn emergency_unshown(q: &Questionnaire, state: &InterviewState) -> Vec<String> {
    let shown = state.emergency_shown();
    emergency_triggered(q, state)
        .into_iter()
        .filter(|i| !shown.contains(i))
        .collect()
}

fn emergency_with(eval: &Evaluation<'_>) -> Vec<String> {
    eval.q
        .emergency
        .items
        .iter()
        .filter(|i| {
            i.triggers
                .iter()
                .any(|c| eval.condition(c, false).is_true())
        })
        .map(|i| i.id.clone())
        .collect()
}

/// Flags that are set.
pub fn flags(q: &Questionnaire, state: &InterviewState) -> Vec<String> {
    let eval = Evaluation::new(q, state);
    q.flags
        .iter()
        .filter(|f| eval.flag(&f.id))
        .map(|f| f.id.clone())
        .collect()
}

/// The record at this point (complete or partial).
pub fn record(q: &Questionnaire, state: &InterviewState) -> InterviewRecord {
    let eval = Evaluation::new(q, state);
    let screen = next_screen_with(&eval);
    let completion = match screen {
        Screen::Stopped { reason } => Completion::Stopped { reason },
        Screen::Complete => Completion::Complete,
        _ => Completion::InProgress,
    };
    let (answers, not_applicable): (Vec<_>, Vec<_>) = state
        .answers
        .iter()
        .partition(|(k, _)| eval.is_applicable(k));
    InterviewRecord {
        questionnaire_id: q.id.clone(),
        questionnaire_version: q.version.clone(),
        completion,
        unconfirmed: answers
            .iter()
            .filter(|(_, a)| !a.is_settled())
            .map(|(k, _)| (*k).clone())
            .collect(),
        answers: answers
            .into_iter()
            .map(|(k, a)| (k.clone(), a.clone()))
            .collect(),
        not_applicable: not_applicable.into_iter().map(|(k, _)| k.clone()).collect(),
        flags: q
            .flags
            .iter()
            .filter(|f| eval.flag(&f.id))
            .map(|f| f.id.clone())
            .collect(),
        emergency: emergency_with(&eval),
        progress: progress_with(&eval),
        observations: observations_with(&eval),
    }
}

/// Map the answers to what the assessment reads. Only applicable, settled answers count.
pub fn observations(q: &Questionnaire, state: &InterviewState) -> Observations {
    observations_with(&Evaluation::new(q, state))
}

fn tri_presence(t: Tri) -> Presence {
    match t {
        Tri::True => Presence::Present,
        Tri::False => Presence::Absent,
        Tri::Unknown => Presence::Unknown,
    }
}

fn observations_with(eval: &Evaluation<'_>) -> Observations {
    let q = eval.q;
    // indicator -> (presence, question id) sources
    let mut sources: BTreeMap<String, Vec<(Presence, String)>> = BTreeMap::new();
    for key in eval.applicable_keys() {
        let Some(answer) = eval.state.answers.get(&key) else {
            continue;
        };
        if !answer.is_settled() {
            continue;
        }
        let Some(question) = q.question(&key.question) else {
            continue;
        };
        for (indicator, presence) in question_evidence(eval, question, &key, &answer.value) {
            sources
                .entry(indicator)
                .or_default()
                .push((presence, question.id.clone()));
        }
    }
    let mut obs = Observations::default();
    for (indicator, list) in sources {
        // Present wins; otherwise any unknown keeps it open; absent only if every source says so.
        let presence = if list.iter().any(|(p, _)| *p == Presence::Present) {
            Presence::Present
        } else if list.iter().any(|(p, _)| *p == Presence::Unknown) {
            Presence::Unknown
        } else {
            Presence::Absent
        };
        let mut ids: Vec<String> = list
            .into_iter()
            .filter(|(p, _)| *p == presence)
            .map(|(_, id)| id)
            .collect();
        // One id per question, in interview order (a question in several journey legs, or
        // two questions of a split item, alternate in the list).
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(id.clone()));
        obs.indicators.insert(indicator.clone(), presence);
        obs.evidence.insert(indicator, ids);
    }
    let rules = &q.observations;
    obs.act = rules
        .act
        .as_ref()
        .map_or(Presence::Unknown, |c| tri_presence(eval.condition(c, true)));
    obs.commercial_sex = rules
        .commercial_sex
        .as_ref()
        .map_or(Presence::Unknown, |c| tri_presence(eval.condition(c, true)));
    obs.minor_suspected = rules
        .minor_suspected
        .as_ref()
        .is_some_and(|c| eval.condition(c, true).is_true());
    obs.minor_at_start = rules
        .minor_at_start
        .as_ref()
        .is_some_and(|c| eval.condition(c, true).is_true());
    obs.age_years = rules.age_years.as_ref().and_then(|id| {
        let key = AnswerKey::new(id);
        if !eval.is_applicable(&key) {
            return None;
        }
        match eval.state.answers.get(&key) {
            Some(Answer {
                value: AnswerValue::Number(n),
                origin,
            }) if *origin != Origin::Prefilled => u32::try_from(*n).ok(),
            _ => None,
        }
    });
    obs
}

/// The indicator evidence of one answer.
fn question_evidence(
    eval: &Evaluation<'_>,
    question: &Question,
    key: &AnswerKey,
    value: &AnswerValue,
) -> Vec<(String, Presence)> {
    let mut out = Vec::new();
    if !question.evidences.is_empty() {
        let p = match value {
            AnswerValue::YesNo(YesNo::Yes) => Presence::Present,
            AnswerValue::YesNo(YesNo::No) => Presence::Absent,
            _ => Presence::Unknown,
        };
        out.extend(question.evidences.iter().map(|i| (i.clone(), p)));
    }
    if !question.absent_if_no.is_empty() {
        let p = match value {
            AnswerValue::YesNo(YesNo::Yes) => None,
            AnswerValue::YesNo(YesNo::No) => Some(Presence::Absent),
            _ => Some(Presence::Unknown),
        };
        if let Some(p) = p {
            out.extend(question.absent_if_no.iter().map(|i| (i.clone(), p)));
        }
    }
    if question.options.iter().any(|o| !o.evidences.is_empty()) {
        let selected: Option<Vec<&str>> = match value {
            AnswerValue::Choice(c) => Some(vec![c.as_str()]),
            AnswerValue::Choices(cs) => Some(cs.iter().map(String::as_str).collect()),
            _ => None,
        };
        // Multiple choice: an option left unticked is "no" only if every option was put to her
        // or she said "none of these" (an exclusive option); otherwise nobody asked her, and
        // it stays unknown (R1a: "do not ask each one"). One choice among exclusive options
        // rules the others out.
        let unticked = if !question.is_multi()
            || question.each_option_asked
            || selected.as_ref().is_some_and(|s| {
                question
                    .options
                    .iter()
                    .any(|o| o.exclusive && s.contains(&o.id.as_str()))
            }) {
            Presence::Absent
        } else {
            Presence::Unknown
        };
        for o in &question.options {
            let p = match &selected {
                None => Presence::Unknown,
                Some(s) if s.contains(&o.id.as_str()) => Presence::Present,
                Some(_) => unticked,
            };
            out.extend(o.evidences.iter().map(|i| (i.clone(), p)));
        }
    }
    if !question.evidence_rules.is_empty() {
        let cache = std::cell::RefCell::new(std::collections::HashMap::new());
        let ctx = eval::Ctx {
            eval,
            group: question.group,
            instance: key.instance,
            settled: eval::Settled::Only,
            flag_cache: &cache,
        };
        for rule in &question.evidence_rules {
            let t = ctx.eval_condition(&rule.when);
            if t == Tri::False && !rule.rules_out {
                continue;
            }
            let p = tri_presence(t);
            out.extend(rule.indicators.iter().map(|i| (i.clone(), p)));
        }
    }
    // A question answered "unknown" keeps every indicator it could evidence open.
    if question.answer_type == AnswerType::YesNo && value.is_unknown() {
        for (_, p) in out.iter_mut() {
            *p = Presence::Unknown;
        }
    }
    out
}
