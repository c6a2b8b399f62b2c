use lantern_i18n::{I18nError, Locale};

use super::Moment;

#[derive(Debug, thiserror::Error)]
pub enum InterviewError {
    #[error("time {at} is before the previous event at {last}")]
    TimeWentBackwards { last: Moment, at: Moment },
    #[error("time {at} is before the interview started at {start}")]
    BeforeStart { start: Moment, at: Moment },
    #[error("switch to {to} changes neither the language nor the interpreter")]
    NoChange { to: Locale },
    #[error("text was rendered in {rendered}, but the interview language at {at} is {expected}")]
    LanguageMismatch {
        at: Moment,
        expected: Locale,
        rendered: Locale,
    },
    #[error("language timeline record is inconsistent: {0}")]
    InconsistentTimeline(String),
    #[error(transparent)]
    Localisation(#[from] I18nError),
}

impl InterviewError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::TimeWentBackwards { .. } => "interview.time_went_backwards",
            Self::BeforeStart { .. } => "interview.before_start",
            Self::NoChange { .. } => "interview.no_change",
            Self::LanguageMismatch { .. } => "interview.language_mismatch",
            Self::InconsistentTimeline(_) => "interview.inconsistent_timeline",
            Self::Localisation(e) => e.code(),
        }
    }
}
