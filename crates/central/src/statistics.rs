//! Anonymous statistics at the central office: counts of interviews by up to three variables,
//! over the interviews whose statistics consent is yes ([`Central::interviews_with_consent`];
//! unknown is never yes, and a later withdrawal removes the case), with small-cell suppression
//! as the Counter Trafficking Data Collaborative publishes (k = 11). The method, the variables
//! and what each is derived from are in `docs/statistics.md`.
//!
//! - Every variable is derived from the interview record in force (answers by question id, the
//!   language timeline, the core assessment as the review list computes it), never from the
//!   identity table and never from free text. A variable no question asks (gender, citizenship)
//!   is `unknown` for every interview: nothing is invented.
//! - The derived values are kept in `stat_value` (schema 4) and rebuilt for an interview
//!   whenever its record in force or [`DERIVATION`] changes ([`Central::refresh_statistics`]).
//! - [`suppress`]: every cell below k is suppressed (zero included, so a published table never
//!   says that a combination does not occur); then, until nothing changes, every line of the
//!   table (a row or column of a 2-D table; in a 3-D table every line along each axis, so every
//!   2-D slice and every margin) that holds exactly one suppressed cell gets its smallest
//!   published cell suppressed too. A total below k is suppressed.
//! - A [`StatisticsTable`] holds only what may be published: no raw count leaves this module.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

use lantern_core::answers::{Answer, AnswerValue, YesNo};
use lantern_core::assessment::{Assessment, Dimension, Status};
use lantern_core::questionnaire::Questionnaire;
use lantern_store::sync::InterviewExport;
use lantern_store::{ConsentPurpose, audit};
use rusqlite::params;
use serde::Serialize;
use serde::ser::SerializeMap;

use crate::error::{CentralError, Result};
use crate::home::Central;

/// The smallest k a table is published with unless a person overrides it, with a reason that
/// goes into the audit log (CTDC publishes with k = 11).
pub const MINIMUM_K: u32 = 11;

/// Version of the derivation of variables from a record. Raising it rebuilds every
/// interview's values at the next [`Central::refresh_statistics`].
pub const DERIVATION: i64 = 1;

/// At most this many variables in one table.
pub const MAX_VARIABLES: usize = 3;

/// The questionnaire this build reads, parsed once per process.
pub(crate) fn questionnaire() -> &'static Questionnaire {
    static PARSED: std::sync::OnceLock<Questionnaire> = std::sync::OnceLock::new();
    PARSED.get_or_init(lantern_core::questionnaire::identification_v1)
}

/// The value of a variable that the record does not answer.
pub const UNKNOWN: &str = "unknown";

/// CTDC's broad age bands (`ageBroad`), lower bound and label; the last is open.
pub const AGE_BANDS: [(i64, &str); 9] = [
    (0, "0-8"),
    (9, "9-17"),
    (18, "18-20"),
    (21, "21-23"),
    (24, "24-26"),
    (27, "27-29"),
    (30, "30-38"),
    (39, "39-47"),
    (48, "48+"),
];

/// Country options of the questionnaire (R6, J1a, D2a): ISO 3166-1 alpha-2 in lower case, `xk`
/// for Kosovo, and `other_country`.
const COUNTRIES: [&str; 17] = [
    "al",
    "xk",
    "rs",
    "mk",
    "me",
    "ba",
    "hr",
    "bg",
    "ro",
    "md",
    "ua",
    "ru",
    "by",
    "gr",
    "it",
    "tr",
    "other_country",
];

/// Interview languages the app offers (locale codes as the device records them).
const LOCALES: [&str; 7] = ["en", "sq", "sr-Cyrl", "sr-Latn", "ro", "ru", "uk"];

/// A variable a table can count by. Names (`Variable::name`, the CLI's `--by`) are in
/// `docs/statistics.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Variable {
    /// `YYYY-MM` of the interview's start (UTC).
    Month,
    /// `YYYY-Qn` of the interview's start (UTC).
    Quarter,
    /// `adult` or `child`: the assessment's profile (any sign of minority is the child pathway).
    Pathway,
    /// The assessment's result: `indicators_met`, `insufficient_information`, `not_met`.
    Result,
    /// One dimension's state: `positive`, `unresolved`, `negative`.
    Dimension(Dimension),
    /// Indicators found present (ILO ids such as `DR1`), or `none`. Multi-valued.
    Indicator,
    /// CTDC `ageBroad` band of the stated age (A1).
    AgeBand,
    /// No question asks it: always `unknown`.
    Gender,
    /// No question asks it: always `unknown`.
    Citizenship,
    /// D2a (CTDC `CountryOfExploitation`).
    CountryOfExploitation,
    /// D1 (HTCDS `vic_TypeOfSexExploitation`): what she was made to do. Multi-valued.
    ExploitationType,
    /// R3 (HTCDS `vic_MethodOfRecruitment`): how it began. Multi-valued.
    RecruitmentType,
    /// R4 (CTDC `RecruiterRelationship`): who the recruiter was to her.
    RecruiterRelation,
    /// The language the interview was started in.
    InterviewLocale,
    /// Every language the interview was held in (start and each change). Multi-valued.
    InterviewLanguage,
    /// P4: whether an interpreter was present (`yes`, `no`, `unknown`).
    InterpreterUsed,
    /// W1: what she would like to happen now. Multi-valued.
    ReferralWish,
}

impl Variable {
    /// Every variable, in the order the docs list them.
    pub fn all() -> Vec<Variable> {
        let mut out = vec![Self::Month, Self::Quarter, Self::Pathway, Self::Result];
        out.extend(Dimension::ALL.into_iter().map(Self::Dimension));
        out.extend([
            Self::Indicator,
            Self::AgeBand,
            Self::Gender,
            Self::Citizenship,
            Self::CountryOfExploitation,
            Self::ExploitationType,
            Self::RecruitmentType,
            Self::RecruiterRelation,
            Self::InterviewLocale,
            Self::InterviewLanguage,
            Self::InterpreterUsed,
            Self::ReferralWish,
        ]);
        out
    }

    /// The name scripts use (`--by`, JSON keys, CSV and XLSX headings).
    pub fn name(self) -> String {
        match self {
            Self::Dimension(d) => format!("dimension_{}", d.as_str()),
            other => other.plain_name().to_owned(),
        }
    }

    fn plain_name(self) -> &'static str {
        match self {
            Self::Month => "month",
            Self::Quarter => "quarter",
            Self::Pathway => "pathway",
            Self::Result => "result",
            Self::Dimension(_) => "dimension",
            Self::Indicator => "indicator",
            Self::AgeBand => "age_band",
            Self::Gender => "gender",
            Self::Citizenship => "citizenship",
            Self::CountryOfExploitation => "country_of_exploitation",
            Self::ExploitationType => "exploitation_type",
            Self::RecruitmentType => "recruitment_type",
            Self::RecruiterRelation => "recruiter_relation",
            Self::InterviewLocale => "interview_locale",
            Self::InterviewLanguage => "interview_language",
            Self::InterpreterUsed => "interpreter_used",
            Self::ReferralWish => "referral_wish",
        }
    }

    /// Whether one interview can count under several values (then a table's total is the
    /// number of interviews, not the sum of its cells).
    pub fn is_multi_valued(self) -> bool {
        matches!(
            self,
            Self::Indicator
                | Self::ExploitationType
                | Self::RecruitmentType
                | Self::InterviewLanguage
                | Self::ReferralWish
        )
    }

    /// Parses a comma-separated list (`pathway,result`): 1 to [`MAX_VARIABLES`] distinct names.
    pub fn parse_list(list: &str) -> Result<Vec<Variable>> {
        let mut out: Vec<Variable> = Vec::new();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let v: Variable = name.parse()?;
            if out.contains(&v) {
                return Err(CentralError::RepeatedVariable(name.to_owned()));
            }
            out.push(v);
        }
        check_variables(&out)?;
        Ok(out)
    }

    /// The values a table shows for this variable, in order, before the values observed in the
    /// counted interviews that are not among them. `None`: the observed values only (periods,
    /// as a continuous range).
    fn listed_values(self, q: &Questionnaire) -> Option<Vec<String>> {
        let with_unknown = |mut v: Vec<String>| {
            v.push(UNKNOWN.to_owned());
            v
        };
        let options = |question: &str| -> Vec<String> {
            q.question(question)
                .map(|qq| qq.options.iter().map(|o| o.id.clone()).collect())
                .unwrap_or_default()
        };
        Some(match self {
            Self::Month | Self::Quarter => return None,
            Self::Pathway => with_unknown(vec!["adult".into(), "child".into()]),
            Self::Result => with_unknown(vec![
                "indicators_met".into(),
                "insufficient_information".into(),
                "not_met".into(),
            ]),
            Self::Dimension(_) => with_unknown(vec![
                "positive".into(),
                "unresolved".into(),
                "negative".into(),
            ]),
            Self::Indicator => {
                let mut ids: Vec<String> = lantern_core::questionnaire::ilo_indicator_ids()
                    .into_iter()
                    .collect();
                // DR1, DR2, …, DR10 in number order, dimensions in catalogue order.
                ids.sort_by_key(|id| {
                    let split = id.find(|c: char| c.is_ascii_digit()).unwrap_or(id.len());
                    let dim = Dimension::ALL
                        .iter()
                        .position(|d| d.as_str() == &id[..split])
                        .unwrap_or(usize::MAX);
                    (dim, id[split..].parse::<u32>().unwrap_or(0))
                });
                ids.push("none".into());
                with_unknown(ids)
            }
            Self::AgeBand => with_unknown(AGE_BANDS.iter().map(|(_, b)| (*b).into()).collect()),
            Self::Gender => vec![UNKNOWN.into()],
            Self::Citizenship => with_unknown(options("A8")),
            Self::CountryOfExploitation => {
                with_unknown(COUNTRIES.iter().map(|c| (*c).into()).collect())
            }
            Self::ExploitationType => with_unknown(options("D1")),
            Self::RecruitmentType => with_unknown(options("R3")),
            Self::RecruiterRelation => with_unknown(options("R4")),
            Self::InterviewLocale | Self::InterviewLanguage => {
                with_unknown(LOCALES.iter().map(|l| (*l).into()).collect())
            }
            Self::InterpreterUsed => with_unknown(vec!["yes".into(), "no".into()]),
            Self::ReferralWish => with_unknown(options("W1")),
        })
    }
}

impl fmt::Display for Variable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

impl FromStr for Variable {
    type Err = CentralError;
    fn from_str(s: &str) -> Result<Self> {
        if let Some(code) = s.strip_prefix("dimension_") {
            return Dimension::ALL
                .into_iter()
                .find(|d| d.as_str().eq_ignore_ascii_case(code))
                .map(Self::Dimension)
                .ok_or_else(|| CentralError::UnknownVariable(s.to_owned()));
        }
        Self::all()
            .into_iter()
            .find(|v| !matches!(v, Self::Dimension(_)) && v.plain_name() == s)
            .ok_or_else(|| CentralError::UnknownVariable(s.to_owned()))
    }
}

impl Serialize for Variable {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.name())
    }
}

fn check_variables(variables: &[Variable]) -> Result<()> {
    if variables.is_empty() || variables.len() > MAX_VARIABLES {
        return Err(CentralError::VariableCount {
            given: variables.len(),
            max: MAX_VARIABLES,
        });
    }
    Ok(())
}

/// The k a table is suppressed with: at least [`MINIMUM_K`], or below it only with the name of
/// who overrides and why (the table then writes an audit entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuppressionThreshold {
    k: u32,
    below_minimum: Option<BelowMinimum>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct BelowMinimum {
    by: String,
    reason: String,
}

impl Default for SuppressionThreshold {
    fn default() -> Self {
        Self {
            k: MINIMUM_K,
            below_minimum: None,
        }
    }
}

impl SuppressionThreshold {
    /// k = `k`, which must be at least [`MINIMUM_K`].
    pub fn at_least_minimum(k: u32) -> Result<Self> {
        if k < MINIMUM_K {
            return Err(CentralError::KBelowMinimum {
                k,
                minimum: MINIMUM_K,
            });
        }
        Ok(Self {
            k,
            below_minimum: None,
        })
    }

    /// k = `k` below the minimum (at least 1), by `by` for `reason`; both are audited.
    pub fn below_minimum(k: u32, by: &str, reason: &str) -> Result<Self> {
        if k >= MINIMUM_K {
            return Self::at_least_minimum(k);
        }
        if k == 0 {
            return Err(CentralError::KBelowMinimum {
                k,
                minimum: MINIMUM_K,
            });
        }
        if reason.trim().is_empty() {
            return Err(CentralError::OverrideReasonRequired);
        }
        if by.trim().is_empty() {
            return Err(CentralError::OperatorRequired);
        }
        Ok(Self {
            k,
            below_minimum: Some(BelowMinimum {
                by: by.trim().to_owned(),
                reason: reason.trim().to_owned(),
            }),
        })
    }

    pub fn k(&self) -> u32 {
        self.k
    }

    pub fn is_below_minimum(&self) -> bool {
        self.below_minimum.is_some()
    }
}

/// A published count: the number, or "below k".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellCount {
    Shown(u64),
    Suppressed { below: u32 },
}

impl CellCount {
    /// `"<11"` for a suppressed count (k = 11).
    pub fn suppressed_text(below: u32) -> String {
        format!("<{below}")
    }

    pub fn shown(self) -> Option<u64> {
        match self {
            Self::Shown(n) => Some(n),
            Self::Suppressed { .. } => None,
        }
    }
}

impl fmt::Display for CellCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Shown(n) => write!(f, "{n}"),
            Self::Suppressed { below } => f.write_str(&Self::suppressed_text(*below)),
        }
    }
}

/// A JSON number, or the string `"<k"`.
impl Serialize for CellCount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::Shown(n) => s.serialize_u64(*n),
            Self::Suppressed { below } => s.serialize_str(&Self::suppressed_text(*below)),
        }
    }
}

/// One cell: a value per variable (in the table's variable order) and its published count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatisticsCell {
    pub values: Vec<String>,
    pub count: CellCount,
}

/// A published table. Serialises as `{"k": 11, "cells": [{"VAR": value, …, "count": N or
/// "<11"}], "total": N or "<11", "persons": N or "<11"}` (the CLI's `stats --json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatisticsTable {
    pub k: u32,
    pub variables: Vec<Variable>,
    /// Every combination of the variables' values, first variable slowest.
    pub cells: Vec<StatisticsCell>,
    /// Interviews counted (each once, also under multi-valued variables).
    pub total: CellCount,
    /// Persons among them: interviews the supervisor linked as one woman count once
    /// (`persons link`, src/persons.rs). Suppressed below k like the total.
    pub persons: CellCount,
}

impl StatisticsTable {
    /// Whether the total is not the sum of the cells (a multi-valued variable is in the table).
    pub fn total_is_not_a_sum(&self) -> bool {
        self.variables.iter().any(|v| v.is_multi_valued())
    }

    /// The shape of the table: how many values each variable has.
    pub fn shape(&self) -> Vec<usize> {
        (0..self.variables.len())
            .map(|i| {
                self.cells
                    .iter()
                    .map(|c| c.values[i].as_str())
                    .collect::<BTreeSet<&str>>()
                    .len()
            })
            .collect()
    }
}

impl Serialize for StatisticsTable {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        struct Cell<'a>(&'a StatisticsTable, &'a StatisticsCell);
        impl Serialize for Cell<'_> {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.variables.len() + 1))?;
                for (v, value) in self.0.variables.iter().zip(&self.1.values) {
                    m.serialize_entry(&v.name(), value)?;
                }
                m.serialize_entry("count", &self.1.count)?;
                m.end()
            }
        }
        let cells: Vec<Cell<'_>> = self.cells.iter().map(|c| Cell(self, c)).collect();
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("k", &self.k)?;
        m.serialize_entry("cells", &cells)?;
        m.serialize_entry("total", &self.total)?;
        m.serialize_entry("persons", &self.persons)?;
        m.end()
    }
}

/// Which cells of a table (dense, first axis slowest, `shape` the length of each axis) are
/// suppressed for `k`: primary suppression of every count below k (zero included), then
/// secondary suppression to a fixed point, so that no line along any axis holds exactly one
/// suppressed cell (its margin, published by a table of fewer variables, would give it away).
pub fn suppress(shape: &[usize], counts: &[u64], k: u64) -> Vec<bool> {
    let cells: usize = shape.iter().product();
    assert_eq!(cells, counts.len(), "counts match the shape");
    let mut hidden: Vec<bool> = counts.iter().map(|&n| n < k).collect();
    if cells == 0 {
        return hidden;
    }
    let strides = strides(shape);
    loop {
        let mut changed = false;
        for (axis, &len) in shape.iter().enumerate() {
            if len < 2 {
                continue;
            }
            for start in line_starts(shape, &strides, axis) {
                let line = (0..len).map(|i| start + i * strides[axis]);
                if line.clone().filter(|&c| hidden[c]).count() != 1 {
                    continue;
                }
                let next = line.filter(|&c| !hidden[c]).min_by_key(|&c| (counts[c], c));
                if let Some(c) = next {
                    hidden[c] = true;
                    changed = true;
                }
            }
        }
        if !changed {
            return hidden;
        }
    }
}

/// Index steps per axis of a dense table, first axis slowest.
pub fn strides(shape: &[usize]) -> Vec<usize> {
    let mut strides = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * shape[i + 1];
    }
    strides
}

/// The first cell of every line along `axis` (all cells whose coordinate on `axis` is 0).
pub fn line_starts(shape: &[usize], strides: &[usize], axis: usize) -> Vec<usize> {
    let cells: usize = shape.iter().product();
    (0..cells)
        .filter(|&c| (c / strides[axis]).is_multiple_of(shape[axis]))
        .collect()
}

/// The variables of one interview, as derived from its record.
pub type Facts = BTreeMap<Variable, BTreeSet<String>>;

/// Derives every variable of one interview from its record. `assessment` is the one the review
/// list shows (`None` when it cannot be computed: then pathway, result, dimensions and
/// indicators are unknown). Free text and identity answers are never read.
pub fn derive_facts(export: &InterviewExport, assessment: Option<&Assessment>) -> Facts {
    let answers = first_answers(export);
    let mut facts = Facts::new();
    let mut put = |v: Variable, values: Vec<String>| {
        let mut set: BTreeSet<String> = values.into_iter().collect();
        if set.is_empty() {
            set.insert(UNKNOWN.to_owned());
        }
        facts.insert(v, set);
    };
    let (year, month) = year_month(export.started_at);
    put(Variable::Month, vec![format!("{year:04}-{month:02}")]);
    put(
        Variable::Quarter,
        vec![format!("{year:04}-Q{}", (month - 1) / 3 + 1)],
    );
    match assessment {
        Some(a) => {
            put(
                Variable::Pathway,
                vec![
                    match a.profile {
                        lantern_core::assessment::Profile::Adult => "adult",
                        lantern_core::assessment::Profile::Child => "child",
                    }
                    .into(),
                ],
            );
            put(Variable::Result, vec![a.result.as_str().into()]);
            for d in Dimension::ALL {
                let state = a.dimensions.get(&d).map(|s| match s {
                    Status::Positive => "positive",
                    Status::Unresolved => "unresolved",
                    Status::Negative => "negative",
                });
                put(
                    Variable::Dimension(d),
                    state.map(|s| vec![s.to_owned()]).unwrap_or_default(),
                );
            }
            let present: Vec<String> = a.indicators_found.iter().map(|i| i.id.clone()).collect();
            put(
                Variable::Indicator,
                if present.is_empty() {
                    vec!["none".into()]
                } else {
                    present
                },
            );
        }
        None => {
            put(Variable::Pathway, vec![]);
            put(Variable::Result, vec![]);
            for d in Dimension::ALL {
                put(Variable::Dimension(d), vec![]);
            }
            put(Variable::Indicator, vec![]);
        }
    }
    let age = match answers.get("A1") {
        Some(AnswerValue::Number(n)) => age_band(*n).map(|b| vec![b.to_owned()]),
        _ => None,
    };
    put(Variable::AgeBand, age.unwrap_or_default());
    put(Variable::Gender, vec![]);
    put(Variable::Citizenship, choices(answers.get("A8")));
    put(Variable::CountryOfExploitation, choices(answers.get("D2a")));
    put(Variable::ExploitationType, choices(answers.get("D1")));
    put(Variable::RecruitmentType, choices(answers.get("R3")));
    put(Variable::RecruiterRelation, choices(answers.get("R4")));
    let start = if export.interview_locale.is_empty() {
        vec![]
    } else {
        vec![export.interview_locale.clone()]
    };
    let mut languages = start.clone();
    languages.extend(export.language_timeline.iter().map(|e| e.to_locale.clone()));
    put(Variable::InterviewLocale, start);
    put(Variable::InterviewLanguage, languages);
    let interpreter = match answers.get("P4") {
        Some(AnswerValue::YesNo(YesNo::Yes)) => vec!["yes".to_owned()],
        Some(AnswerValue::YesNo(YesNo::No)) => vec!["no".to_owned()],
        _ => vec![],
    };
    put(Variable::InterpreterUsed, interpreter);
    put(Variable::ReferralWish, choices(answers.get("W1")));
    facts
}

/// The CTDC broad age band of an age in years.
pub fn age_band(age: i64) -> Option<&'static str> {
    if age < 0 {
        return None;
    }
    AGE_BANDS
        .iter()
        .rev()
        .find(|(from, _)| age >= *from)
        .map(|(_, band)| *band)
}

/// Option ids of a choice answer (one or several); nothing for unknown or any other kind.
fn choices(value: Option<&AnswerValue>) -> Vec<String> {
    match value {
        Some(AnswerValue::Choice(c)) => vec![c.clone()],
        Some(AnswerValue::Choices(cs)) => cs.clone(),
        _ => vec![],
    }
}

/// Settled answers outside repeatable groups (instance 0), by question id. A pre-filled answer
/// not yet confirmed does not count.
pub(crate) fn first_answers(export: &InterviewExport) -> HashMap<String, AnswerValue> {
    let mut out = HashMap::new();
    for a in &export.answers {
        let r = &a.record;
        if r.instance != 0 {
            continue;
        }
        let Some(value) = &r.value else { continue };
        let Ok(answer) = serde_json::from_value::<Answer>(value.clone()) else {
            continue;
        };
        if answer.is_settled() {
            out.insert(r.question_id.clone(), answer.value);
        }
    }
    out
}

/// Year and month (1-12) of a Unix time in milliseconds, UTC (proleptic Gregorian).
pub fn year_month(unix_ms: i64) -> (i64, i64) {
    let days = unix_ms.div_euclid(86_400_000);
    // Days since 0000-03-01, in 400-year eras of 146 097 days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month)
}

/// The months (or quarters) from the first to the last observed, none left out.
fn period_range(variable: Variable, observed: &BTreeSet<String>) -> Vec<String> {
    let parse = |s: &str| -> Option<(i64, i64)> {
        let (y, rest) = s.split_once('-')?;
        let y = y.parse().ok()?;
        let n = match variable {
            Variable::Quarter => rest.strip_prefix('Q')?.parse().ok()?,
            _ => rest.parse().ok()?,
        };
        Some((y, n))
    };
    let per_year = if variable == Variable::Quarter { 4 } else { 12 };
    let points: Vec<i64> = observed
        .iter()
        .filter_map(|s| parse(s))
        .map(|(y, n)| y * per_year + (n - 1))
        .collect();
    let (Some(&first), Some(&last)) = (points.iter().min(), points.iter().max()) else {
        return observed.iter().cloned().collect();
    };
    let mut out: Vec<String> = (first..=last)
        .map(|p| {
            let (y, n) = (p.div_euclid(per_year), p.rem_euclid(per_year) + 1);
            if variable == Variable::Quarter {
                format!("{y:04}-Q{n}")
            } else {
                format!("{y:04}-{n:02}")
            }
        })
        .collect();
    // Anything that is not a period (never written by this derivation) goes last.
    out.extend(observed.iter().filter(|s| parse(s).is_none()).cloned());
    out
}

/// A cross-tabulation before suppression: the raw counts. Never leaves the crate.
pub(crate) struct RawTable {
    pub variables: Vec<Variable>,
    pub domains: Vec<Vec<String>>,
    pub counts: Vec<u64>,
    pub total: u64,
    pub persons: u64,
}

impl RawTable {
    fn publish(&self, k: u32) -> StatisticsTable {
        let shape: Vec<usize> = self.domains.iter().map(Vec::len).collect();
        let hidden = suppress(&shape, &self.counts, u64::from(k));
        let strides = strides(&shape);
        let cells = self
            .counts
            .iter()
            .enumerate()
            .map(|(c, &n)| StatisticsCell {
                values: (0..shape.len())
                    .map(|axis| self.domains[axis][(c / strides[axis]) % shape[axis]].clone())
                    .collect(),
                count: if hidden[c] {
                    CellCount::Suppressed { below: k }
                } else {
                    CellCount::Shown(n)
                },
            })
            .collect();
        StatisticsTable {
            k,
            variables: self.variables.clone(),
            cells,
            total: if self.total < u64::from(k) {
                CellCount::Suppressed { below: k }
            } else {
                CellCount::Shown(self.total)
            },
            persons: if self.persons < u64::from(k) {
                CellCount::Suppressed { below: k }
            } else {
                CellCount::Shown(self.persons)
            },
        }
    }
}

impl Central {
    /// Re-derives the statistical variables of every interview in force whose record (or the
    /// derivation) changed since they were last derived. Returns how many were derived.
    pub fn refresh_statistics(&mut self) -> Result<usize> {
        let q = questionnaire();
        let tx = self.vault.conn_mut().transaction()?;
        // Which records changed, without reading any body; then the bodies of those only.
        let changed: Vec<(String, Vec<u8>)> = {
            let mut stmt = tx.prepare(
                "SELECT r.record_id, r.body_sha256
                 FROM record r
                 LEFT JOIN stat_source s ON s.interview_id = r.record_id
                 WHERE r.kind = 'interview'
                   AND (s.interview_id IS NULL OR s.body_sha256 != r.body_sha256
                        OR s.derivation != ?1)",
            )?;
            let rows = stmt.query_map([DERIVATION], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if changed.is_empty() {
            return Ok(0);
        }
        let mut stale: Vec<(String, Vec<u8>, Vec<u8>)> = Vec::with_capacity(changed.len());
        {
            let mut body = tx.prepare(
                "SELECT v.body FROM record r
                 JOIN record_revision v ON v.kind = r.kind AND v.record_id = r.record_id
                      AND v.revision = r.revision AND v.body_sha256 = r.body_sha256
                 WHERE r.kind = 'interview' AND r.record_id = ?1",
            )?;
            for (id, sha) in changed {
                let b: Vec<u8> = body.query_row([&id], |r| r.get(0))?;
                stale.push((id, sha, b));
            }
        }
        {
            let mut clear = tx.prepare("DELETE FROM stat_value WHERE interview_id = ?1")?;
            let mut insert = tx.prepare(
                "INSERT OR IGNORE INTO stat_value (variable, interview_id, value) VALUES (?1, ?2, ?3)",
            )?;
            let mut source = tx.prepare(
                "INSERT INTO stat_source (interview_id, body_sha256, derivation) VALUES (?1, ?2, ?3)
                 ON CONFLICT (interview_id) DO UPDATE SET body_sha256 = excluded.body_sha256,
                   derivation = excluded.derivation",
            )?;
            for (id, sha, body) in &stale {
                let export = crate::review::decode(id, body)?;
                let assessment = crate::review::assess(q, &export).ok();
                clear.execute([id])?;
                for (variable, values) in derive_facts(&export, assessment.as_ref()) {
                    let name = variable.name();
                    for value in values {
                        insert.execute(params![name, id, value])?;
                    }
                }
                source.execute(params![id, sha, DERIVATION])?;
            }
        }
        // The office never deletes an interview record (`record` rows are superseded, not
        // removed), so no derived row can outlive its record.
        tx.commit()?;
        Ok(stale.len())
    }

    /// The published table of the interviews with statistics consent, by `variables` (1 to 3),
    /// suppressed with `threshold`. Refreshes the derived variables first. A threshold below
    /// the minimum is recorded in the audit log (who, why, which table) before anything is
    /// returned.
    pub fn statistics(
        &mut self,
        variables: &[Variable],
        threshold: &SuppressionThreshold,
        now: i64,
    ) -> Result<StatisticsTable> {
        check_variables(variables)?;
        self.refresh_statistics()?;
        let raw = self.cross_tabulate(variables)?;
        if let Some(o) = &threshold.below_minimum {
            let detail = serde_json::json!({
                "by": o.by,
                "reason": o.reason,
                "k": threshold.k,
                "variables": variables.iter().map(|v| v.name()).collect::<Vec<_>>(),
            });
            audit::append(
                self.vault.conn(),
                now,
                "statistics.k_below_minimum",
                "statistics",
                &detail.to_string(),
            )?;
        }
        Ok(raw.publish(threshold.k))
    }

    /// Raw counts over the interviews with statistics consent (the derived values must be
    /// fresh: [`Central::refresh_statistics`]).
    pub(crate) fn cross_tabulate(&self, variables: &[Variable]) -> Result<RawTable> {
        let q = questionnaire();
        let consented = self.interviews_with_consent(ConsentPurpose::Statistics)?;
        let index: HashMap<&str, usize> = consented
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        // Per variable: every consented interview's values.
        let mut values_of: Vec<Vec<Vec<String>>> = Vec::with_capacity(variables.len());
        let mut stmt = self
            .vault
            .conn()
            .prepare("SELECT interview_id, value FROM stat_value WHERE variable = ?1")?;
        for v in variables {
            let mut per: Vec<Vec<String>> = vec![Vec::new(); consented.len()];
            let mut rows = stmt.query([v.name()])?;
            while let Some(row) = rows.next()? {
                let id = row.get_ref(0)?.as_str().map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        0,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?;
                if let Some(&i) = index.get(id) {
                    per[i].push(row.get(1)?);
                }
            }
            for values in &mut per {
                if values.is_empty() {
                    values.push(UNKNOWN.to_owned());
                }
            }
            values_of.push(per);
        }
        // Domains: the listed values, then any observed in the counted interviews.
        let mut domains: Vec<Vec<String>> = Vec::with_capacity(variables.len());
        for (v, per) in variables.iter().zip(&values_of) {
            let observed: BTreeSet<String> = per.iter().flatten().cloned().collect();
            let domain = match v.listed_values(q) {
                None => period_range(*v, &observed),
                Some(mut listed) => {
                    let extra: Vec<String> = observed
                        .iter()
                        .filter(|o| !listed.contains(o))
                        .cloned()
                        .collect();
                    listed.extend(extra);
                    listed
                }
            };
            domains.push(domain);
        }
        let shape: Vec<usize> = domains.iter().map(Vec::len).collect();
        let strides = strides(&shape);
        let positions: Vec<HashMap<&str, usize>> = domains
            .iter()
            .map(|d| d.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect())
            .collect();
        let mut counts = vec![0u64; shape.iter().product()];
        let mut cell_indices: Vec<usize> = Vec::new();
        for i in 0..consented.len() {
            cell_indices.clear();
            cell_indices.push(0);
            for (axis, per) in values_of.iter().enumerate() {
                let mut next = Vec::with_capacity(cell_indices.len() * per[i].len());
                for base in &cell_indices {
                    for value in &per[i] {
                        let at = positions[axis]
                            .get(value.as_str())
                            .copied()
                            .ok_or_else(|| {
                                CentralError::Damaged(format!(
                                    "statistics value {value} not listed"
                                ))
                            })?;
                        next.push(base + at * strides[axis]);
                    }
                }
                cell_indices = next;
            }
            for &c in &cell_indices {
                counts[c] += 1;
            }
        }
        // Linked interviews are one person; an interview linked to none is its own.
        let person_of = self.persons()?;
        let persons: HashSet<&str> = consented
            .iter()
            .map(|id| person_of.get(id).map_or(id.as_str(), String::as_str))
            .collect();
        Ok(RawTable {
            variables: variables.to_vec(),
            domains,
            counts,
            total: consented.len() as u64,
            persons: persons.len() as u64,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_of_unix_times() {
        assert_eq!(year_month(0), (1970, 1));
        // 2027-01-15T08:00:00Z
        assert_eq!(year_month(1_800_000_000_000), (2027, 1));
        // 2000-02-29T12:00:00Z
        assert_eq!(year_month(951_825_600_000), (2000, 2));
        // 2024-12-31T23:59:59Z
        assert_eq!(year_month(1_735_689_599_000), (2024, 12));
    }

    #[test]
    fn ctdc_age_bands() {
        assert_eq!(age_band(0), Some("0-8"));
        assert_eq!(age_band(17), Some("9-17"));
        assert_eq!(age_band(18), Some("18-20"));
        assert_eq!(age_band(38), Some("30-38"));
        assert_eq!(age_band(48), Some("48+"));
        assert_eq!(age_band(-1), None);
    }

    #[test]
    fn variable_names_round_trip() {
        for v in Variable::all() {
            assert_eq!(v.name().parse::<Variable>().ok(), Some(v));
        }
        assert!("dimension_XX".parse::<Variable>().is_err());
        assert!(Variable::parse_list("pathway,pathway").is_err());
        assert!(Variable::parse_list("month,pathway,result,age_band").is_err());
    }

    #[test]
    fn a_lone_suppressed_cell_gets_a_partner_in_its_row_and_column() {
        // 2x3: [30, 5, 40 / 20, 25, 50]: 5 is primary; its row and column need a second.
        let hidden = suppress(&[2, 3], &[30, 5, 40, 20, 25, 50], 11);
        assert_eq!(hidden, [true, true, false, true, true, false]);
    }

    #[test]
    fn zero_is_suppressed_like_any_small_count() {
        let hidden = suppress(&[3], &[0, 40, 50], 11);
        assert_eq!(hidden, [true, true, false]);
    }
}
