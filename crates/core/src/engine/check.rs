//! What is a valid answer to a question. Errors carry a stable code and the Fluent message id
//! of the validation message shown to the interviewer.

use crate::answers::{AnswerKey, AnswerValue, ApproxDate, UnknownReason, YesNo};
use crate::questionnaire::{AnswerType, Question};

/// Free text longer than this is refused unless the question sets `max_length`.
pub const DEFAULT_MAX_TEXT: u32 = 4000;

/// Why an answer (or another state change) was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("no question {question:?} in this questionnaire")]
    UnknownQuestion { question: String },
    #[error(
        "{key}: instance index does not fit the question (group questions need one, others none)"
    )]
    BadInstance { key: AnswerKey },
    #[error("{key}: the question does not apply with the answers given so far")]
    NotApplicable { key: AnswerKey },
    #[error("{question}: a {expected} answer is expected")]
    TypeMismatch {
        question: String,
        expected: &'static str,
    },
    #[error("{question}: no option {option:?}")]
    UnknownOption { question: String, option: String },
    #[error("{question}: option {option:?} given twice")]
    DuplicateOption { question: String, option: String },
    #[error("{question}: option {option:?} cannot be combined with others")]
    ExclusiveCombined { question: String, option: String },
    #[error("{question}: the answer is empty")]
    Empty { question: String },
    #[error("{question}: the text is longer than {max} characters")]
    TooLong { question: String, max: u32 },
    #[error("{question}: {value} is outside {min}..={max}")]
    OutOfRange {
        question: String,
        value: i64,
        min: i64,
        max: i64,
    },
    #[error("{question}: not a valid date")]
    BadDate { question: String },
    #[error("{question}: \"unsure\" is not an answer to this question")]
    UnsureNotAllowed { question: String },
    #[error(
        "{question}: the question is required and cannot be skipped (use don't know or declined)"
    )]
    SkipNotAllowed { question: String },
    #[error("{key}: there is no pre-filled answer to confirm")]
    NotPrefilled { key: AnswerKey },
    #[error("no repeatable group {group:?}")]
    UnknownGroup { group: String },
    #[error("group {group:?} already has the maximum of {max} instances")]
    GroupFull { group: String, max: u32 },
    #[error("the interview is stopped; resume it first")]
    Stopped,
}

impl AnswerError {
    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownQuestion { .. } => "answer.unknown_question",
            Self::BadInstance { .. } => "answer.bad_instance",
            Self::NotApplicable { .. } => "answer.not_applicable",
            Self::TypeMismatch { .. } => "answer.type_mismatch",
            Self::UnknownOption { .. } => "answer.unknown_option",
            Self::DuplicateOption { .. } => "answer.duplicate_option",
            Self::ExclusiveCombined { .. } => "answer.exclusive_combined",
            Self::Empty { .. } => "answer.empty",
            Self::TooLong { .. } => "answer.too_long",
            Self::OutOfRange { .. } => "answer.out_of_range",
            Self::BadDate { .. } => "answer.bad_date",
            Self::UnsureNotAllowed { .. } => "answer.unsure_not_allowed",
            Self::SkipNotAllowed { .. } => "answer.skip_not_allowed",
            Self::NotPrefilled { .. } => "answer.not_prefilled",
            Self::UnknownGroup { .. } => "answer.unknown_group",
            Self::GroupFull { .. } => "answer.group_full",
            Self::Stopped => "answer.stopped",
        }
    }

    /// Fluent message id of the validation message (locales/*/questionnaire.ftl).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::UnknownQuestion { .. } => "validation-unknown-question",
            Self::BadInstance { .. } => "validation-bad-instance",
            Self::NotApplicable { .. } => "validation-not-applicable",
            Self::TypeMismatch { .. } => "validation-type-mismatch",
            Self::UnknownOption { .. } => "validation-unknown-option",
            Self::DuplicateOption { .. } => "validation-duplicate-option",
            Self::ExclusiveCombined { .. } => "validation-exclusive-combined",
            Self::Empty { .. } => "validation-empty",
            Self::TooLong { .. } => "validation-too-long",
            Self::OutOfRange { .. } => "validation-out-of-range",
            Self::BadDate { .. } => "validation-bad-date",
            Self::UnsureNotAllowed { .. } => "validation-unsure-not-allowed",
            Self::SkipNotAllowed { .. } => "validation-skip-not-allowed",
            Self::NotPrefilled { .. } => "validation-not-prefilled",
            Self::UnknownGroup { .. } => "validation-unknown-group",
            Self::GroupFull { .. } => "validation-group-full",
            Self::Stopped => "validation-stopped",
        }
    }
}

/// Check a value against the question's type and attributes.
pub fn validate_answer(question: &Question, value: &AnswerValue) -> Result<(), AnswerError> {
    let qid = || question.id.clone();
    let expected = || AnswerError::TypeMismatch {
        question: qid(),
        expected: question.answer_type.as_str(),
    };
    match value {
        AnswerValue::Unknown(UnknownReason::Skipped) if question.required => {
            return Err(AnswerError::SkipNotAllowed { question: qid() });
        }
        AnswerValue::Unknown(_) => return Ok(()),
        _ => {}
    }
    match (question.answer_type, value) {
        (AnswerType::YesNo, AnswerValue::YesNo(YesNo::Unsure)) if !question.allow_unsure => {
            Err(AnswerError::UnsureNotAllowed { question: qid() })
        }
        (AnswerType::YesNo, AnswerValue::YesNo(_)) => Ok(()),
        (_, AnswerValue::Choice(c)) if question.is_single() => question
            .option(c)
            .map(|_| ())
            .ok_or_else(|| AnswerError::UnknownOption {
                question: qid(),
                option: c.clone(),
            }),
        (_, AnswerValue::Choices(cs)) if question.is_multi() => {
            if cs.is_empty() {
                return Err(AnswerError::Empty { question: qid() });
            }
            for (i, c) in cs.iter().enumerate() {
                let option = question
                    .option(c)
                    .ok_or_else(|| AnswerError::UnknownOption {
                        question: qid(),
                        option: c.clone(),
                    })?;
                if cs[..i].contains(c) {
                    return Err(AnswerError::DuplicateOption {
                        question: qid(),
                        option: c.clone(),
                    });
                }
                if option.exclusive && cs.len() > 1 {
                    return Err(AnswerError::ExclusiveCombined {
                        question: qid(),
                        option: c.clone(),
                    });
                }
            }
            Ok(())
        }
        (AnswerType::Number, AnswerValue::Number(n)) => {
            let (min, max) = (
                question.min.unwrap_or(i64::MIN),
                question.max.unwrap_or(i64::MAX),
            );
            if (min..=max).contains(n) {
                Ok(())
            } else {
                Err(AnswerError::OutOfRange {
                    question: qid(),
                    value: *n,
                    min,
                    max,
                })
            }
        }
        (AnswerType::ApproximateDate, AnswerValue::Date(d)) => {
            if valid_date(d) {
                Ok(())
            } else {
                Err(AnswerError::BadDate { question: qid() })
            }
        }
        (AnswerType::FreeText | AnswerType::Observation, AnswerValue::Text(t))
            if question.options.is_empty() =>
        {
            if t.trim().is_empty() {
                return Err(AnswerError::Empty { question: qid() });
            }
            let max = question.max_length.unwrap_or(DEFAULT_MAX_TEXT);
            if t.chars().count() > max as usize {
                return Err(AnswerError::TooLong {
                    question: qid(),
                    max,
                });
            }
            Ok(())
        }
        _ => Err(expected()),
    }
}

/// Year only, month and year, or a full date; years kept plausible (no clock is available here).
fn valid_date(d: &ApproxDate) -> bool {
    if !(1900..=2100).contains(&d.year) {
        return false;
    }
    match (d.month, d.day) {
        (None, None) => true,
        (None, Some(_)) => false,
        (Some(m), day) => {
            if !(1..=12).contains(&m) {
                return false;
            }
            let leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
            let days = match m {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            day.is_none_or(|x| (1..=days).contains(&x))
        }
    }
}
