//! The TOML shape as written by authors (see SPEC.md). Deserialised as-is, then checked and
//! compiled into the model by `validate`, which can name the question of every problem.

use serde::Deserialize;

use super::ConsentPurpose;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FileSpec {
    pub format: u32,
    pub id: String,
    pub version: String,
    pub title: Option<String>,
    #[serde(default)]
    pub migrations: Vec<MigrationSpec>,
    #[serde(default)]
    pub emergency: Option<EmergencySpec>,
    #[serde(default)]
    pub flags: Vec<FlagSpec>,
    #[serde(default)]
    pub gates: Vec<GateSpec>,
    #[serde(default)]
    pub groups: Vec<GroupSpec>,
    #[serde(default)]
    pub observations: ObservationsSpec,
    #[serde(default)]
    pub modules: Vec<ModuleSpec>,
    #[serde(default)]
    pub interpreter: Option<InterpreterSpec>,
}

/// What an interpreter change asks again (see SPEC.md, Interpreter change).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct InterpreterSpec {
    pub reask: Vec<String>,
}

/// An earlier version whose interviews this definition reads (see SPEC.md, Versions).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MigrationSpec {
    pub from: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EmergencySpec {
    pub title: Option<String>,
    pub items: Vec<String>,
    #[serde(default)]
    pub triggers: Vec<TriggerSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TriggerSpec {
    pub item: String,
    pub when: RawCondition,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FlagSpec {
    pub id: String,
    pub when: RawCondition,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GateSpec {
    pub id: String,
    pub before: String,
    pub when: Option<RawCondition>,
    pub requires: RawCondition,
    pub message: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupSpec {
    pub id: String,
    #[serde(default = "default_max_instances")]
    pub max_instances: u32,
    pub label: Option<String>,
}

fn default_max_instances() -> u32 {
    20
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ObservationsSpec {
    pub act: Option<RawCondition>,
    pub commercial_sex: Option<RawCondition>,
    pub age_years: Option<String>,
    pub minor_suspected: Option<RawCondition>,
    pub minor_at_start: Option<RawCondition>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ModuleSpec {
    pub id: String,
    pub title: Option<String>,
    pub when: Option<RawCondition>,
    #[serde(default)]
    pub interviewer_only: bool,
    #[serde(default)]
    pub questions: Vec<QuestionSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionSpec {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default = "yes")]
    pub required: bool,
    pub interviewer_only: Option<bool>,
    pub sensitivity: Option<String>,
    pub text: Option<String>,
    pub help: Option<HelpSpec>,
    pub when: Option<RawCondition>,
    pub group: Option<String>,
    #[serde(default)]
    pub options: Vec<OptionSpec>,
    #[serde(default)]
    pub multiple: bool,
    #[serde(default)]
    pub each_option_asked: bool,
    #[serde(default)]
    pub allow_unsure: bool,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub max_length: Option<u32>,
    #[serde(default)]
    pub evidences: Vec<String>,
    #[serde(default)]
    pub absent_if_no: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<EvidenceSpec>,
    #[serde(default)]
    pub export: Vec<String>,
    /// An unknown purpose is a parse error (the enum lists the accepted names).
    pub consent: Option<ConsentPurpose>,
    #[serde(default)]
    pub replaced_by: Vec<String>,
    #[serde(default)]
    pub lint_allow: Vec<String>,
}

fn yes() -> bool {
    true
}

/// `help = true` uses the conventional id `<text id>-help`; a string names the message.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(crate) enum HelpSpec {
    Flag(bool),
    Id(String),
}

/// An option: a bare id, or a table with evidence and export names.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(crate) enum OptionSpec {
    Id(String),
    Full(OptionTable),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OptionTable {
    pub id: String,
    pub label: Option<String>,
    #[serde(default)]
    pub evidences: Vec<String>,
    #[serde(default)]
    pub export: Vec<String>,
    #[serde(default)]
    pub exclusive: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EvidenceSpec {
    pub when: RawCondition,
    pub indicators: Vec<String>,
    #[serde(default = "yes")]
    pub rules_out: bool,
}

/// A condition as written: exactly one of the operator keys must be used (checked later, so the
/// error can name the question).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCondition {
    pub all: Option<Vec<RawCondition>>,
    pub any: Option<Vec<RawCondition>>,
    pub not: Option<Box<RawCondition>>,
    pub flag: Option<String>,
    pub answer: Option<String>,
    pub equals: Option<RawScalar>,
    #[serde(rename = "in")]
    pub in_: Option<Vec<String>>,
    pub includes: Option<String>,
    pub less_than: Option<i64>,
    pub at_least: Option<i64>,
    pub is: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub(crate) enum RawScalar {
    Number(i64),
    Text(String),
}
