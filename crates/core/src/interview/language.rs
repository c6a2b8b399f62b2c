//! The language timeline of one interview.

use std::fmt;

use lantern_i18n::{Locale, Localized};
use serde::{Deserialize, Serialize};

use super::InterviewError;

/// A point in time on the caller's clock, in milliseconds (the apps pass unix milliseconds).
/// The timeline only requires that it never goes backwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Moment(pub i64);

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}ms", self.0)
    }
}

/// Id of an interpreter in the interpreter registry.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct InterpreterId(pub String);

/// One event: from `at` on, the interview is conducted in `to` with `interpreter` (or none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSwitch {
    pub at: Moment,
    pub from: Locale,
    pub to: Locale,
    pub interpreter: Option<InterpreterId>,
}

/// A stretch of the interview in one language with one interpreter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSegment {
    pub from: Moment,
    /// `None` for the current, open segment.
    pub until: Option<Moment>,
    pub language: Locale,
    pub interpreter: Option<InterpreterId>,
}

/// The interview language over time. Built with [`LanguageTimeline::start`] and
/// [`LanguageTimeline::switch`]; deserialising validates the same invariants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "TimelineRecord", into = "TimelineRecord")]
pub struct LanguageTimeline {
    start: Moment,
    initial: Locale,
    initial_interpreter: Option<InterpreterId>,
    switches: Vec<LanguageSwitch>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TimelineRecord {
    start: Moment,
    initial: Locale,
    initial_interpreter: Option<InterpreterId>,
    switches: Vec<LanguageSwitch>,
}

impl From<LanguageTimeline> for TimelineRecord {
    fn from(t: LanguageTimeline) -> Self {
        Self {
            start: t.start,
            initial: t.initial,
            initial_interpreter: t.initial_interpreter,
            switches: t.switches,
        }
    }
}

impl TryFrom<TimelineRecord> for LanguageTimeline {
    type Error = InterviewError;

    fn try_from(r: TimelineRecord) -> Result<Self, Self::Error> {
        let mut t = LanguageTimeline::start(r.start, r.initial, r.initial_interpreter);
        for s in r.switches {
            if s.from != t.current() {
                return Err(InterviewError::InconsistentTimeline(format!(
                    "switch at {} says from {}, but the language then was {}",
                    s.at,
                    s.from,
                    t.current()
                )));
            }
            t.switch(s.at, s.to, s.interpreter)?;
        }
        Ok(t)
    }
}

impl LanguageTimeline {
    /// The interview starts at `start` in `language`, with `interpreter` (or none).
    pub fn start(start: Moment, language: Locale, interpreter: Option<InterpreterId>) -> Self {
        Self {
            start,
            initial: language,
            initial_interpreter: interpreter,
            switches: Vec::new(),
        }
    }

    /// Records a switch at `at` to `to` with `interpreter`. A change of interpreter alone (same
    /// language) is recorded too; a switch that changes nothing is refused. `at` may equal the
    /// previous event's time but never precede it.
    pub fn switch(
        &mut self,
        at: Moment,
        to: Locale,
        interpreter: Option<InterpreterId>,
    ) -> Result<&LanguageSwitch, InterviewError> {
        let last = self.last_event();
        if at < last {
            return Err(if self.switches.is_empty() {
                InterviewError::BeforeStart {
                    start: self.start,
                    at,
                }
            } else {
                InterviewError::TimeWentBackwards { last, at }
            });
        }
        let from = self.current();
        if from == to && interpreter.as_ref() == self.current_interpreter() {
            return Err(InterviewError::NoChange { to });
        }
        self.switches.push(LanguageSwitch {
            at,
            from,
            to,
            interpreter,
        });
        Ok(self.switches.last().expect("just pushed"))
    }

    pub fn started_at(&self) -> Moment {
        self.start
    }

    pub fn initial_language(&self) -> Locale {
        self.initial
    }

    pub fn switches(&self) -> &[LanguageSwitch] {
        &self.switches
    }

    /// The language now (after the last event).
    pub fn current(&self) -> Locale {
        self.switches.last().map_or(self.initial, |s| s.to)
    }

    pub fn current_interpreter(&self) -> Option<&InterpreterId> {
        match self.switches.last() {
            Some(s) => s.interpreter.as_ref(),
            None => self.initial_interpreter.as_ref(),
        }
    }

    /// The interview language at `at`. A switch applies from its own time on (so at exactly
    /// the switch time the new language holds; of several switches at one time, the last).
    pub fn language_at(&self, at: Moment) -> Result<Locale, InterviewError> {
        Ok(self.segment_at(at)?.1)
    }

    /// The interpreter at `at`.
    pub fn interpreter_at(&self, at: Moment) -> Result<Option<&InterpreterId>, InterviewError> {
        Ok(self.segment_at(at)?.2)
    }

    fn segment_at(
        &self,
        at: Moment,
    ) -> Result<(Moment, Locale, Option<&InterpreterId>), InterviewError> {
        if at < self.start {
            return Err(InterviewError::BeforeStart {
                start: self.start,
                at,
            });
        }
        // Switches are sorted by time; the last one at or before `at` decides.
        let idx = self.switches.partition_point(|s| s.at <= at);
        Ok(match idx.checked_sub(1).map(|i| &self.switches[i]) {
            Some(s) => (s.at, s.to, s.interpreter.as_ref()),
            None => (self.start, self.initial, self.initial_interpreter.as_ref()),
        })
    }

    /// The whole timeline as segments (zero-length segments of simultaneous switches omitted).
    pub fn segments(&self) -> Vec<LanguageSegment> {
        let mut out = vec![LanguageSegment {
            from: self.start,
            until: None,
            language: self.initial,
            interpreter: self.initial_interpreter.clone(),
        }];
        for s in &self.switches {
            let last = out.last_mut().expect("never empty");
            if last.from == s.at {
                // A switch at the same moment replaces the segment that just began.
                last.language = s.to;
                last.interpreter = s.interpreter.clone();
                continue;
            }
            last.until = Some(s.at);
            out.push(LanguageSegment {
                from: s.at,
                until: None,
                language: s.to,
                interpreter: s.interpreter.clone(),
            });
        }
        out
    }

    fn last_event(&self) -> Moment {
        self.switches.last().map_or(self.start, |s| s.at)
    }
}

/// What an answer records about language: the language the question was requested in (the
/// interview language at that time), the one it was actually shown in, whether that was a
/// fallback, and who interpreted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerLanguage {
    pub at: Moment,
    pub requested: Locale,
    pub shown_in: Locale,
    pub fell_back: bool,
    pub interpreter: Option<InterpreterId>,
}

/// The two languages of an interview session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterviewLanguages {
    /// The worker's language: chrome, interviewer-only guidance. Changing it is not an interview
    /// event.
    pub interface: Locale,
    pub timeline: LanguageTimeline,
}

impl InterviewLanguages {
    pub fn new(interface: Locale, timeline: LanguageTimeline) -> Self {
        Self {
            interface,
            timeline,
        }
    }

    /// The record for an answer given at `at` to a question whose read-aloud text is `shown`.
    /// Refuses a text rendered for another language than the timeline's at `at`, so a stale
    /// screen cannot be recorded under the wrong language.
    pub fn answer_language(
        &self,
        at: Moment,
        shown: &Localized,
    ) -> Result<AnswerLanguage, InterviewError> {
        let expected = self.timeline.language_at(at)?;
        if shown.requested != expected {
            return Err(InterviewError::LanguageMismatch {
                at,
                expected,
                rendered: shown.requested,
            });
        }
        Ok(AnswerLanguage {
            at,
            requested: expected,
            shown_in: shown.locale_used,
            fell_back: shown.fell_back,
            interpreter: self.timeline.interpreter_at(at)?.cloned(),
        })
    }
}
