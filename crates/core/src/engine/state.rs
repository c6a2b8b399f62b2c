//! The interview state: the answers and the events, nothing else. There is no hidden cursor;
//! every screen is recomputed from this, so any saved state can be resumed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::answers::{Answer, AnswerKey};

/// Why an interview was stopped before the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// She asked to stop.
    Interviewee,
    /// The place or moment became unsafe.
    Safety,
    /// Outside interruption (time, transfer, another duty).
    Interruption,
}

impl StopReason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Interviewee => "interviewee",
            Self::Safety => "safety",
            Self::Interruption => "interruption",
        }
    }
}

/// Something that happened in the interview besides answering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    Stopped {
        reason: StopReason,
    },
    Resumed,
    /// Another instance of a repeatable group (another journey leg) was added.
    InstanceAdded {
        group: String,
    },
    /// No more instances of the group: the interview moves on.
    GroupClosed {
        group: String,
    },
    /// Answers were pre-filled from an earlier record (`source` names it).
    Prefilled {
        source: String,
    },
    /// An answer signalled danger: the emergency route was put in front of the interviewer at
    /// once for these emergency items (ids of the questionnaire's `[emergency]` items).
    EmergencyShown {
        items: Vec<String>,
    },
    /// Another interpreter joined mid-interview: the questionnaire's `interpreter.reask`
    /// questions are asked again (her acceptance, the interpreter's declarations); their earlier
    /// answers, about the previous interpreter, are kept here.
    InterpreterChanged {
        interpreter: String,
        #[serde(default)]
        earlier: BTreeMap<AnswerKey, Answer>,
    },
}

/// Answers plus events: the whole state of an interview.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewState {
    pub answers: BTreeMap<AnswerKey, Answer>,
    pub events: Vec<Event>,
}

impl InterviewState {
    pub fn new() -> Self {
        Self::default()
    }

    /// Emergency items whose route was already shown in this interview.
    pub fn emergency_shown(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for e in &self.events {
            if let Event::EmergencyShown { items } = e {
                for i in items {
                    if !out.contains(i) {
                        out.push(i.clone());
                    }
                }
            }
        }
        out
    }

    /// The stop reason if the last stop/resume event is a stop.
    pub fn stopped(&self) -> Option<StopReason> {
        self.events.iter().rev().find_map(|e| match e {
            Event::Stopped { reason } => Some(Some(*reason)),
            Event::Resumed => Some(None),
            _ => None,
        })?
    }

    /// Instances of a group: one, plus one per "add", and at least enough to hold every answer.
    pub fn instances(&self, group: &str, group_questions: impl Fn(&str) -> bool) -> u32 {
        let added = self
            .events
            .iter()
            .filter(|e| matches!(e, Event::InstanceAdded { group: g } if g == group))
            .count();
        let from_answers = self
            .answers
            .keys()
            .filter(|k| group_questions(&k.question))
            .filter_map(|k| k.instance)
            .map(|i| i + 1)
            .max()
            .unwrap_or(0);
        (1 + u32::try_from(added).unwrap_or(u32::MAX - 1)).max(from_answers)
    }

    /// True if the last add/close event for the group is a close.
    pub fn group_closed(&self, group: &str) -> bool {
        self.events
            .iter()
            .rev()
            .find_map(|e| match e {
                Event::GroupClosed { group: g } if g == group => Some(true),
                Event::InstanceAdded { group: g } if g == group => Some(false),
                _ => None,
            })
            .unwrap_or(false)
    }
}
