//! Answer values and their states. "Don't know", "declined" and "skipped" are one family
//! (`Unknown`) so that nothing downstream can mistake them for "no".

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Which answer: a question id, plus the instance index for questions in a repeatable group
/// (journey legs). Serialised as `"R3"` or `"J2#1"` so it can key a JSON object.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct AnswerKey {
    pub question: String,
    pub instance: Option<u32>,
}

impl AnswerKey {
    /// Key of a question outside any repeatable group.
    pub fn new(question: impl Into<String>) -> Self {
        Self {
            question: question.into(),
            instance: None,
        }
    }

    /// Key of instance `instance` (0-based) of a question inside a repeatable group.
    pub fn instance(question: impl Into<String>, instance: u32) -> Self {
        Self {
            question: question.into(),
            instance: Some(instance),
        }
    }
}

impl fmt::Display for AnswerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.instance {
            None => f.write_str(&self.question),
            Some(i) => write!(f, "{}#{i}", self.question),
        }
    }
}

impl From<AnswerKey> for String {
    fn from(key: AnswerKey) -> Self {
        key.to_string()
    }
}

/// A malformed answer key string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed answer key {0:?}")]
pub struct AnswerKeyError(pub String);

impl AnswerKeyError {
    pub fn code(&self) -> &'static str {
        "answer.bad_key"
    }
}

impl FromStr for AnswerKey {
    type Err = AnswerKeyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || AnswerKeyError(s.to_owned());
        match s.split_once('#') {
            None if !s.is_empty() => Ok(Self::new(s)),
            None => Err(bad()),
            Some((q, i)) if !q.is_empty() => Ok(Self::instance(q, i.parse().map_err(|_| bad())?)),
            Some(_) => Err(bad()),
        }
    }
}

impl TryFrom<String> for AnswerKey {
    type Error = AnswerKeyError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// Yes / no, plus "unsure" where the question allows it (`allow_unsure`). "Unsure" counts as
/// unknown for the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    Yes,
    No,
    Unsure,
}

impl YesNo {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Unsure => "unsure",
        }
    }
}

/// Why an answer is unknown. All three are recorded as unknown, never as "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnknownReason {
    DontKnow,
    Declined,
    /// Only for optional questions: the interviewer moved on without asking.
    Skipped,
}

/// A date known to the year, the month or the day ("spring 2003" is `year=2003, month=None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ApproxDate {
    pub year: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

/// An answer value. Which variant is valid depends on the question's type (see the engine's
/// `validate_answer`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    YesNo(YesNo),
    /// One option id (single_choice; observation with options).
    Choice(String),
    /// Option ids (multiple_choice; observation with `multiple = true`).
    Choices(Vec<String>),
    Number(i64),
    Date(ApproxDate),
    Text(String),
    Unknown(UnknownReason),
}

impl AnswerValue {
    /// True for "don't know", "declined" and "skipped".
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

/// Where an answer came from. A pre-filled answer (from an earlier record of the same person)
/// must be confirmed or changed before it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    #[default]
    Interview,
    Prefilled,
    PrefillConfirmed,
}

/// One recorded answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub value: AnswerValue,
    #[serde(default)]
    pub origin: Origin,
}

impl Answer {
    pub fn new(value: AnswerValue) -> Self {
        Self {
            value,
            origin: Origin::Interview,
        }
    }

    /// False only for a pre-filled answer not yet confirmed.
    pub fn is_settled(&self) -> bool {
        self.origin != Origin::Prefilled
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_round_trips_through_string() {
        for s in ["R3", "J2#0", "J2#12"] {
            let key: AnswerKey = s.parse().expect("valid key");
            assert_eq!(key.to_string(), s);
        }
        assert!("".parse::<AnswerKey>().is_err());
        assert!("J2#x".parse::<AnswerKey>().is_err());
        assert!("#1".parse::<AnswerKey>().is_err());
    }
}
