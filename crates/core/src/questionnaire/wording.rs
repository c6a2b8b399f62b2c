//! Wording checks on what an interpreter reads aloud: one question at a time, short sentences.
//!
//! The texts live in the locale files, so the check takes a lookup from message id to text (the
//! CLI passes the English source). Only what is read to her is checked: question texts of
//! questions that are not interviewer-only and not retired.
use serde::Serialize;

use super::Questionnaire;

/// Longest sentence, in words, that an interpreter is asked to read aloud (issue 11: what is
/// read in one breath is what she can follow and the interpreter can carry over faithfully).
pub const MAX_SENTENCE_WORDS: usize = 25;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WordingCheck {
    /// More than one question mark: two questions in one item, so one answer hides which.
    TwoQuestions,
    /// "and/or" joining two things she is asked about at once.
    AndOr,
    /// A sentence longer than [`MAX_SENTENCE_WORDS`].
    LongSentence,
}

impl WordingCheck {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "two_questions" => Self::TwoQuestions,
            "and_or" => Self::AndOr,
            "long_sentence" => Self::LongSentence,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::TwoQuestions => "two_questions",
            Self::AndOr => "and_or",
            Self::LongSentence => "long_sentence",
        }
    }

    /// Stable problem code, as the structural checks have.
    pub fn code(self) -> &'static str {
        match self {
            Self::TwoQuestions => "questionnaire.wording_two_questions",
            Self::AndOr => "questionnaire.wording_and_or",
            Self::LongSentence => "questionnaire.wording_long_sentence",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordingProblem {
    pub question: String,
    pub message_id: String,
    pub check: WordingCheck,
    /// What was found: the count of question marks, or the words in the longest sentence.
    pub found: usize,
}

/// Every wording problem in the read-aloud question texts. A text the lookup does not know is
/// skipped (missing messages are the locale check's business).
pub fn lint_wording(
    q: &Questionnaire,
    text: impl Fn(&str) -> Option<String>,
) -> Vec<WordingProblem> {
    let mut out = Vec::new();
    for question in &q.questions {
        if question.interviewer_only || question.is_retired() {
            continue;
        }
        let Some(t) = text(&question.text_id) else {
            continue;
        };
        let allowed = |c: WordingCheck| question.lint_allow.contains(&c);
        let mut push = |check: WordingCheck, found: usize| {
            if !allowed(check) {
                out.push(WordingProblem {
                    question: question.id.clone(),
                    message_id: question.text_id.clone(),
                    check,
                    found,
                });
            }
        };
        let marks = t.matches(['?', '¿']).count();
        if marks > 1 {
            push(WordingCheck::TwoQuestions, marks);
        }
        if t.to_lowercase().contains("and/or") {
            push(WordingCheck::AndOr, 1);
        }
        let longest = longest_sentence(&t);
        if longest > MAX_SENTENCE_WORDS {
            push(WordingCheck::LongSentence, longest);
        }
    }
    out
}

/// Words in the longest sentence (split at . ? ! ; and a colon followed by a space).
fn longest_sentence(text: &str) -> usize {
    text.split(['.', '?', '!', ';'])
        .flat_map(|s| s.split(": "))
        .map(|s| s.split_whitespace().count())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_counted_between_stops() {
        assert_eq!(longest_sentence("One two. Three four five?"), 3);
        assert_eq!(longest_sentence("You have: the right to a lawyer"), 5);
        assert_eq!(longest_sentence(""), 0);
    }
}
