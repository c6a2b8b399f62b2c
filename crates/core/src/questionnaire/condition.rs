//! The condition language: a small declarative expression over earlier answers and flags,
//! evaluated with three-valued (Kleene) logic so that "unknown" never silently becomes "false"
//! where it matters (evidence), while skip logic shows a question only when its condition is
//! definitely true.

use serde::Serialize;

/// A checked condition (see SPEC.md §Conditions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Flag(String),
    Answer { question: String, test: AnswerTest },
}

/// The test applied to one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerTest {
    /// Yes/no value ("yes", "no", "unsure") or single option id.
    Equals(String),
    /// Equality on a number.
    EqualsNumber(i64),
    /// Yes/no value or single option id in the list; for multiple choice: any selected in it.
    In(Vec<String>),
    /// Multiple choice: this option is selected.
    Includes(String),
    LessThan(i64),
    AtLeast(i64),
    Is(StateTest),
}

/// Tests on the state of an answer rather than its value. These are never unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StateTest {
    /// Any answer recorded, including don't know / declined.
    Answered,
    Unanswered,
    /// Answered with a real value (not don't know / declined / skipped / unsure).
    Known,
    /// Don't know, declined, skipped, or "unsure".
    Unknown,
    DontKnow,
    Declined,
}

impl StateTest {
    pub(crate) fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "answered" => Self::Answered,
            "unanswered" => Self::Unanswered,
            "known" => Self::Known,
            "unknown" => Self::Unknown,
            "dont_know" => Self::DontKnow,
            "declined" => Self::Declined,
            _ => return None,
        })
    }
}

impl std::ops::Not for Tri {
    type Output = Tri;

    fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }
}

/// Three-valued truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    pub fn from_bool(b: bool) -> Self {
        if b { Self::True } else { Self::False }
    }

    pub fn is_true(self) -> bool {
        self == Self::True
    }

    /// Kleene OR over an iterator.
    pub fn any(items: impl IntoIterator<Item = Tri>) -> Self {
        let mut out = Self::False;
        for t in items {
            match t {
                Self::True => return Self::True,
                Self::Unknown => out = Self::Unknown,
                Self::False => {}
            }
        }
        out
    }

    /// Kleene AND over an iterator.
    pub fn all(items: impl IntoIterator<Item = Tri>) -> Self {
        let mut out = Self::True;
        for t in items {
            match t {
                Self::False => return Self::False,
                Self::Unknown => out = Self::Unknown,
                Self::True => {}
            }
        }
        out
    }
}

impl Condition {
    /// Every question id this condition reads, in order of appearance.
    pub fn questions(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.visit(&mut |c| {
            if let Condition::Answer { question, .. } = c {
                out.push(question.as_str());
            }
        });
        out
    }

    /// Every flag id this condition reads.
    pub fn flags(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.visit(&mut |c| {
            if let Condition::Flag(f) = c {
                out.push(f.as_str());
            }
        });
        out
    }

    fn visit<'a>(&'a self, f: &mut impl FnMut(&'a Condition)) {
        f(self);
        match self {
            Self::All(items) | Self::Any(items) => items.iter().for_each(|c| c.visit(f)),
            Self::Not(inner) => inner.visit(f),
            Self::Flag(_) | Self::Answer { .. } => {}
        }
    }
}
