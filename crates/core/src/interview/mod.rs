//! The interview's languages: the worker's **interface language** and the interviewee's
//! **interview language** are separate. Every change of interview language (or interpreter) is an
//! event on a timeline with the time passed in by the caller; each answer records the language
//! its question was shown in and whether a fallback was used; the interpreter view shows each
//! question in both languages. Deterministic: no clock is read here.

mod error;
mod interpreter_view;
mod language;

pub use error::InterviewError;
pub use interpreter_view::{
    Audience, BilingualText, InterpreterItem, InterpreterLabels, InterpreterView, TextRef, ViewItem,
};
pub use language::{
    AnswerLanguage, InterpreterId, InterviewLanguages, LanguageSegment, LanguageSwitch,
    LanguageTimeline, Moment,
};
