//! The questionnaire definition: versioned TOML data (format in `SPEC.md` beside this file),
//! loaded and checked by [`Questionnaire::from_toml_str`] / [`Questionnaire::load`], which report
//! every problem with the file and the question it concerns.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

mod condition;
mod error;
mod spec;
mod validate;
mod wording;

pub use condition::{AnswerTest, Condition, StateTest, Tri};
pub use error::{DefinitionError, LoadError, Location};
pub use wording::{WordingCheck, WordingProblem, lint_wording};

/// The only definition format this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// The shipped identification questionnaire, embedded at build time.
pub const IDENTIFICATION_V1_TOML: &str =
    include_str!("../../questionnaires/identification-v1.toml");

/// The shipped identification questionnaire v1 (embedded, validated).
///
/// # Panics
/// Never in a released build: the embedded file is validated by the test suite.
pub fn identification_v1() -> Questionnaire {
    Questionnaire::from_toml_str(
        "identification-v1.toml",
        IDENTIFICATION_V1_TOML,
        &crate::assessment::catalogue::known_indicator_ids(),
    )
    .expect("the embedded identification questionnaire is validated by the test suite")
}

/// The 67 indicator ids of the ILO/EC operational indicators (DR1-10, CR1-10, AVR1-16, EXP1-9,
/// COD1-15, AVD1-7). This is the validation hook's default until the assessment catalogue is the
/// single source; callers holding a catalogue pass its ids instead.
pub fn ilo_indicator_ids() -> BTreeSet<String> {
    [
        ("DR", 10),
        ("CR", 10),
        ("AVR", 16),
        ("EXP", 9),
        ("COD", 15),
        ("AVD", 7),
    ]
    .into_iter()
    .flat_map(|(dim, n)| (1..=n).map(move |i| format!("{dim}{i}")))
    .collect()
}

/// A checked questionnaire. Questions are kept in one flat list in interview order; modules and
/// groups are ranges of it.
#[derive(Debug, Clone, Serialize)]
pub struct Questionnaire {
    pub source: String,
    pub format: u32,
    pub id: String,
    pub version: String,
    /// Earlier versions of this questionnaire whose interviews this definition reads: their
    /// question ids and answer values mean the same here, so their answers carry over as they are.
    pub migrates_from: Vec<String>,
    pub title_id: String,
    pub modules: Vec<Module>,
    pub questions: Vec<Question>,
    pub groups: Vec<Group>,
    pub flags: Vec<Flag>,
    pub gates: Vec<Gate>,
    pub emergency: Emergency,
    pub observations: ObservationRules,
    /// Questions asked again when another interpreter joins mid-interview (her acceptance of
    /// the interpreter and the interpreter's declarations): their earlier answers were about
    /// someone else. Outside any repeatable group.
    pub interpreter_reask: Vec<String>,
    #[serde(skip)]
    index: HashMap<String, usize>,
}

impl Questionnaire {
    /// Parse and check a definition. `source` names the file in error messages; `known_indicators`
    /// is the set of indicator ids answers may evidence.
    pub fn from_toml_str(
        source: &str,
        text: &str,
        known_indicators: &BTreeSet<String>,
    ) -> Result<Self, LoadError> {
        validate::load(source, text, known_indicators).map_err(LoadError::Invalid)
    }

    /// Read, parse and check a definition file.
    pub fn load(path: &Path, known_indicators: &BTreeSet<String>) -> Result<Self, LoadError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
            file: file.clone(),
            source,
        })?;
        Self::from_toml_str(&file, &text, known_indicators)
    }

    /// Whether an interview recorded under questionnaire `id` at `version` can be opened, resumed,
    /// assessed and exported with this definition: the same version, or one it migrates from.
    pub fn reads(&self, id: &str, version: &str) -> bool {
        id == self.id
            && (version == self.version || self.migrates_from.iter().any(|v| v == version))
    }

    /// Index of a question in [`Self::questions`].
    pub fn position(&self, question_id: &str) -> Option<usize> {
        self.index.get(question_id).copied()
    }

    pub fn question(&self, question_id: &str) -> Option<&Question> {
        self.position(question_id).map(|i| &self.questions[i])
    }

    /// The question that asks consent for `purpose`, if the questionnaire has one (at most one:
    /// validation rejects a purpose declared twice).
    pub fn consent_question(&self, purpose: ConsentPurpose) -> Option<&Question> {
        self.questions.iter().find(|q| q.consent == Some(purpose))
    }

    pub fn group(&self, group_id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == group_id)
    }

    /// Every message id the definition references (for the locale completeness check).
    pub fn message_ids(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        ids.insert(self.title_id.clone());
        for m in &self.modules {
            ids.insert(m.title_id.clone());
        }
        for q in &self.questions {
            ids.insert(q.text_id.clone());
            ids.extend(q.help_id.clone());
            ids.extend(q.options.iter().map(|o| o.label_id.clone()));
        }
        for g in &self.groups {
            ids.insert(g.label_id.clone());
            ids.insert(g.add_id.clone());
        }
        for g in &self.gates {
            ids.insert(g.message_id.clone());
        }
        ids.insert(self.emergency.title_id.clone());
        ids.extend(self.emergency.items.iter().map(|i| i.label_id.clone()));
        ids
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Module {
    pub id: String,
    pub title_id: String,
    pub when: Option<Condition>,
    pub interviewer_only: bool,
    /// Range of question indices `[first, end)`.
    pub first: usize,
    pub end: usize,
}

/// The answer types of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerType {
    YesNo,
    SingleChoice,
    MultipleChoice,
    Number,
    ApproximateDate,
    FreeText,
    /// Interviewer observation: choice(s) among options, or a note when it has none.
    Observation,
}

impl AnswerType {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::YesNo => "yes_no",
            Self::SingleChoice => "single_choice",
            Self::MultipleChoice => "multiple_choice",
            Self::Number => "number",
            Self::ApproximateDate => "approximate_date",
            Self::FreeText => "free_text",
            Self::Observation => "observation",
        }
    }
}

/// How sensitive an answer is; drives storage (identity apart from case) and exports (free text
/// and identity never go into statistics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sensitivity {
    Identity,
    Case,
    FreeText,
}

/// What a consent question asks permission for (WHO principle 6: separate, revocable consent per
/// purpose). Declared in the definition as `consent = "..."` on a yes_no question, so the field
/// device records consent from whichever question carries it, not from a question id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentPurpose {
    /// Use of what she says to arrange help for her.
    Assistance,
    /// Sharing with the organisations named to her.
    Sharing,
    /// Passing to the police.
    Police,
    /// Counting, without her name, in statistics.
    Statistics,
}

impl ConsentPurpose {
    pub const ALL: [Self; 4] = [
        Self::Assistance,
        Self::Sharing,
        Self::Police,
        Self::Statistics,
    ];

    /// The name used in definitions (`consent = "police"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Assistance => "assistance",
            Self::Sharing => "sharing",
            Self::Police => "police",
            Self::Statistics => "statistics",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub id: String,
    pub module: usize,
    pub group: Option<usize>,
    pub answer_type: AnswerType,
    pub required: bool,
    pub interviewer_only: bool,
    pub sensitivity: Sensitivity,
    pub text_id: String,
    pub help_id: Option<String>,
    pub when: Option<Condition>,
    pub options: Vec<ChoiceOption>,
    /// Observation with several options selectable.
    pub multiple: bool,
    /// Multiple choice whose every option is put to her (read out, one by one): an option left
    /// unticked then means "no". Otherwise unticked is unknown, unless she chose an exclusive
    /// option ("none of these").
    pub each_option_asked: bool,
    pub allow_unsure: bool,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub max_length: Option<u32>,
    /// Yes/no question: "yes" evidences these indicators, "no" rules them out.
    pub evidences: Vec<String>,
    /// Yes/no question: "no" rules these out; "yes" says nothing (a follow-up gives detail).
    pub absent_if_no: Vec<String>,
    pub evidence_rules: Vec<EvidenceRule>,
    pub export: Vec<String>,
    /// Yes/no question asking consent for this purpose: "yes" records it given, "no" refused
    /// (revoked if it was given before).
    pub consent: Option<ConsentPurpose>,
    /// Retired: no longer asked (its wording asked two things at once, or presupposed an
    /// answer); these questions ask it now. An earlier interview's answer to it still counts,
    /// so it applies exactly when it was answered.
    pub replaced_by: Vec<String>,
    /// Wording checks this text is exempt from, on purpose (`lantern questionnaire check`).
    pub lint_allow: Vec<WordingCheck>,
}

impl Question {
    /// Retired questions are never asked; see [`Question::replaced_by`].
    pub fn is_retired(&self) -> bool {
        !self.replaced_by.is_empty()
    }

    pub fn option(&self, id: &str) -> Option<&ChoiceOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// True if the value is a set of option ids rather than one.
    pub fn is_multi(&self) -> bool {
        self.answer_type == AnswerType::MultipleChoice
            || (self.answer_type == AnswerType::Observation && self.multiple)
    }

    /// True if the question takes exactly one option id.
    pub fn is_single(&self) -> bool {
        self.answer_type == AnswerType::SingleChoice
            || (self.answer_type == AnswerType::Observation
                && !self.multiple
                && !self.options.is_empty())
    }

    /// Every indicator id this question can evidence.
    pub fn indicators(&self) -> BTreeSet<&str> {
        let mut out: BTreeSet<&str> = self
            .evidences
            .iter()
            .chain(&self.absent_if_no)
            .map(String::as_str)
            .collect();
        for o in &self.options {
            out.extend(o.evidences.iter().map(String::as_str));
        }
        for r in &self.evidence_rules {
            out.extend(r.indicators.iter().map(String::as_str));
        }
        out
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ChoiceOption {
    pub id: String,
    pub label_id: String,
    /// Selecting this option evidences these indicators.
    pub evidences: Vec<String>,
    pub export: Vec<String>,
    /// Cannot be combined with other options ("none of these").
    pub exclusive: bool,
}

/// Present when the condition is true, unknown when it is unknown; absent when it is false,
/// unless `rules_out` is off (a false condition then says nothing).
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRule {
    pub when: Condition,
    pub indicators: Vec<String>,
    pub rules_out: bool,
}

/// A repeatable group: a contiguous run of questions answered once per instance.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub id: String,
    pub label_id: String,
    /// "Add another" prompt.
    pub add_id: String,
    pub max_instances: u32,
    pub first: usize,
    pub end: usize,
}

/// A named condition over answers (e.g. `child_pathway`), usable in other conditions.
#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    pub id: String,
    pub when: Condition,
}

/// Blocks every applicable question from `position` on while `when` holds (always, if absent)
/// and `requires` is not definitely true.
#[derive(Debug, Clone, Serialize)]
pub struct Gate {
    pub id: String,
    pub position: usize,
    pub when: Option<Condition>,
    pub requires: Condition,
    pub message_id: String,
}

/// The questionnaire-level emergency route, available from every screen.
#[derive(Debug, Clone, Serialize)]
pub struct Emergency {
    pub title_id: String,
    pub items: Vec<EmergencyItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EmergencyItem {
    pub id: String,
    pub label_id: String,
    /// Answers that should bring the panel forward for this item.
    pub triggers: Vec<Condition>,
}

/// Which answers establish the non-indicator facts of `Observations`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ObservationRules {
    pub act: Option<Condition>,
    pub commercial_sex: Option<Condition>,
    pub age_years: Option<String>,
    pub minor_suspected: Option<Condition>,
    /// An adult now who was under 18 when it began (the child rule for the recruitment period).
    pub minor_at_start: Option<Condition>,
}
