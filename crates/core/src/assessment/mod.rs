//! The indicator assessment: observations in, a three-valued screening result out, explaining
//! itself (which indicators, from which answers, under which rule and catalogue version).
//!
//! A screening, never a verdict: the results are "indicators met: refer for formal
//! identification", "insufficient information" and "combination not met on the information
//! given"; there is no "not a victim", and assistance never depends on the result. The rule is
//! specified in `SPEC.md` beside this file.

pub mod catalogue;
pub mod rules;

use std::collections::BTreeMap;

use serde::Serialize;

pub use catalogue::{
    Catalogue, CatalogueError, Dimension, Indicator, Origin, Profile, Tier, known_indicator_ids,
};
pub use rules::{Clause, RULE_VERSION, Reason, Status, TierCounts};

use crate::observations::{Observations, Presence};

/// The overall screening result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// "Indicators met: refer for formal identification".
    IndicatorsMet,
    /// "Insufficient information: offer assistance anyway".
    InsufficientInformation,
    /// "Combination not met on the information given: offer assistance anyway".
    NotMet,
}

impl Outcome {
    fn from_status(status: Status) -> Outcome {
        match status {
            Status::Positive => Outcome::IndicatorsMet,
            Status::Unresolved => Outcome::InsufficientInformation,
            Status::Negative => Outcome::NotMet,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::IndicatorsMet => "indicators_met",
            Outcome::InsufficientInformation => "insufficient_information",
            Outcome::NotMet => "not_met",
        }
    }

    /// Fluent message id of the text shown to the interviewer.
    pub fn message_id(self) -> &'static str {
        match self {
            Outcome::IndicatorsMet => "result-indicators-met",
            Outcome::InsufficientInformation => "result-insufficient-information",
            Outcome::NotMet => "result-not-met",
        }
    }
}

/// Why the child or adult profile was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileBasis {
    /// Stated or estimated age under 18.
    #[serde(rename = "age_under_18")]
    AgeUnder18,
    /// Age not under 18 or unknown, but she may be a minor: minority is presumed.
    MinorSuspected,
    /// An adult now, under 18 when it began: the child rule for what happened then.
    MinorAtStart,
    /// Stated or estimated age 18 or over, and no sign of minority.
    #[serde(rename = "age_18_or_over")]
    Age18OrOver,
    /// Age unknown and no sign of minority.
    #[serde(rename = "age_unknown")]
    AgeUnknownNoSignOfMinority,
}

impl ProfileBasis {
    pub fn message_id(self) -> &'static str {
        match self {
            ProfileBasis::AgeUnder18 => "profile-basis-age-under-18",
            ProfileBasis::MinorSuspected => "profile-basis-minor-suspected",
            ProfileBasis::MinorAtStart => "profile-basis-minor-at-start",
            ProfileBasis::Age18OrOver => "profile-basis-age-18-or-over",
            ProfileBasis::AgeUnknownNoSignOfMinority => "profile-basis-age-unknown",
        }
    }
}

/// An element of the definition that the overall result combines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Element {
    /// Adults: DR or CR or AVR.
    Recruitment,
    /// Adults: EXP.
    Exploitation,
    /// Adults: COD or AVD.
    ControlAtDestination,
    /// Children: someone recruited, moved, harboured or received her.
    Act,
    /// Children: commercial sex, or EXP.
    Purpose,
}

impl Element {
    pub fn message_id(self) -> &'static str {
        match self {
            Element::Recruitment => "element-recruitment",
            Element::Exploitation => "element-exploitation",
            Element::ControlAtDestination => "element-control-at-destination",
            Element::Act => "element-act",
            Element::Purpose => "element-purpose",
        }
    }
}

/// One element's status and what it was computed from (dimension codes, `act`,
/// `commercial_sex`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ElementFinding {
    pub element: Element,
    pub status: Status,
    pub from: Vec<&'static str>,
    pub message: &'static str,
}

/// One dimension's status and the counts behind it, for the explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DimensionFinding {
    pub dimension: Dimension,
    pub status: Status,
    pub reason: Reason,
    /// Present indicators by tier for the profile (indicators not in the profile's list excluded).
    pub present: TierCounts,
    /// Unknown (unanswered, declined, "don't know") indicators by tier.
    pub unknown: TierCounts,
    /// Indicators answered absent.
    pub absent: usize,
    /// Fluent message id of the dimension's name.
    pub message: &'static str,
}

/// An indicator found present, with the answers that evidenced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorFinding {
    pub id: String,
    pub dimension: Dimension,
    /// Tier for the profile; `None` when not in the profile's list (then it does not count).
    pub tier: Option<Tier>,
    pub counted: bool,
    /// Fluent message id of the indicator's label.
    pub label: String,
    /// Question ids whose answers evidenced it.
    pub evidence: Vec<String>,
    pub verified: bool,
}

/// An inconsistency in the observations that the interviewer should review. Conflicts never
/// change the result; they are shown beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Conflict {
    /// Stated age 18 or over, but she may be a minor: minority is presumed.
    AgeStatedAdultButMinorSuspected,
    /// The act is answered absent, yet recruitment indicators (DR, CR, AVR) are present.
    ActAbsentButRecruitmentIndicatorsPresent,
}

impl Conflict {
    pub fn code(self) -> &'static str {
        match self {
            Conflict::AgeStatedAdultButMinorSuspected => "age_stated_adult_but_minor_suspected",
            Conflict::ActAbsentButRecruitmentIndicatorsPresent => {
                "act_absent_but_recruitment_indicators_present"
            }
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Conflict::AgeStatedAdultButMinorSuspected => "conflict-age-stated-adult-but-minor",
            Conflict::ActAbsentButRecruitmentIndicatorsPresent => {
                "conflict-act-absent-but-recruitment"
            }
        }
    }
}

/// Fluent message id of the notice shown while any catalogue row is unverified.
pub const NOTICE_CATALOGUE_NOT_VERIFIED: &str = "notice-catalogue-not-verified";
/// Fluent message id of the notice that this is a screening and assistance never depends on it.
pub const NOTICE_SCREENING_ONLY: &str = "notice-screening-only";

/// The result with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub profile: Profile,
    pub profile_basis: ProfileBasis,
    pub result: Outcome,
    /// Fluent message id of the result text.
    pub result_message: &'static str,
    /// Status per dimension, in catalogue order.
    pub dimensions: BTreeMap<Dimension, Status>,
    pub dimension_details: Vec<DimensionFinding>,
    /// The elements the result combines (adults: recruitment, exploitation, control at
    /// destination; children: act, purpose).
    pub elements: Vec<ElementFinding>,
    /// Indicators answered present, in catalogue order.
    pub indicators_found: Vec<IndicatorFinding>,
    pub conflicts: Vec<Conflict>,
    /// Fluent message ids of notices to show with the result.
    pub notices: Vec<&'static str>,
    pub rule_version: &'static str,
    pub catalogue_version: String,
    /// False while any ILO/EC catalogue row is unverified: the app then shows "catalogue not yet
    /// verified against the ILO publication".
    pub catalogue_verified: bool,
    /// How many ILO/EC rows are still unverified (`catalogue_unverified_ids.len()`).
    pub catalogue_unverified_rows: usize,
    /// Which ILO/EC rows are still unverified, in catalogue order: what the notice is about.
    pub catalogue_unverified_ids: Vec<String>,
}

/// Why observations could not be assessed. Each variant has a stable [`AssessmentError::code`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssessmentError {
    #[error("unknown indicator id(s) {}: the catalogue has DR1-DR10, CR1-CR10, AVR1-AVR16, EXP1-EXP9, COD1-COD15, AVD1-AVD7", .ids.join(", "))]
    UnknownIndicator { ids: Vec<String> },
    #[error("evidence given for unknown indicator id(s) {}", .ids.join(", "))]
    UnknownEvidenceIndicator { ids: Vec<String> },
}

impl AssessmentError {
    pub fn code(&self) -> &'static str {
        match self {
            AssessmentError::UnknownIndicator { .. } => "assessment.unknown_indicator",
            AssessmentError::UnknownEvidenceIndicator { .. } => {
                "assessment.unknown_evidence_indicator"
            }
        }
    }
}

/// Assess observations against the embedded catalogue: the single entry point for the CLI, the
/// questionnaire engine and the desktop app.
pub fn assess_observations(observations: &Observations) -> Result<Assessment, AssessmentError> {
    assess_with_catalogue(Catalogue::embedded(), observations)
}

/// Assess observations against a given catalogue (e.g. a newly signed-off version).
pub fn assess_with_catalogue(
    catalogue: &Catalogue,
    observations: &Observations,
) -> Result<Assessment, AssessmentError> {
    let unknown_ids = |ids: &mut dyn Iterator<Item = &String>| -> Vec<String> {
        ids.filter(|id| catalogue.get(id).is_none())
            .cloned()
            .collect()
    };
    let bad = unknown_ids(&mut observations.indicators.keys());
    if !bad.is_empty() {
        return Err(AssessmentError::UnknownIndicator { ids: bad });
    }
    let bad = unknown_ids(&mut observations.evidence.keys());
    if !bad.is_empty() {
        return Err(AssessmentError::UnknownEvidenceIndicator { ids: bad });
    }

    let (profile, profile_basis) = choose_profile(observations);
    let presence = |id: &str| {
        observations
            .indicators
            .get(id)
            .copied()
            .unwrap_or(Presence::Unknown)
    };

    let mut dimensions = BTreeMap::new();
    let mut dimension_details = Vec::with_capacity(Dimension::ALL.len());
    for dimension in Dimension::ALL {
        let mut present = TierCounts::default();
        let mut unknown = TierCounts::default();
        let mut absent = 0;
        for indicator in catalogue.in_dimension(dimension) {
            let answer = presence(&indicator.id);
            if answer == Presence::Absent {
                absent += 1;
            }
            let Some(tier) = indicator.tier(profile) else {
                continue;
            };
            let bucket = match answer {
                Presence::Present => &mut present,
                Presence::Unknown => &mut unknown,
                Presence::Absent => continue,
            };
            match tier {
                Tier::Strong => bucket.strong += 1,
                Tier::Medium => bucket.medium += 1,
                Tier::Weak => bucket.weak += 1,
            }
        }
        let (status, reason) = rules::dimension_status(present, unknown);
        dimensions.insert(dimension, status);
        dimension_details.push(DimensionFinding {
            dimension,
            status,
            reason,
            present,
            unknown,
            absent,
            message: dimension.message_id(),
        });
    }
    let d = |dimension: Dimension| dimensions[&dimension];

    let elements = match profile {
        Profile::Adult => vec![
            element(
                Element::Recruitment,
                rules::any_of([d(Dimension::DR), d(Dimension::CR), d(Dimension::AVR)]),
                vec!["DR", "CR", "AVR"],
            ),
            element(Element::Exploitation, d(Dimension::EXP), vec!["EXP"]),
            element(
                Element::ControlAtDestination,
                rules::any_of([d(Dimension::COD), d(Dimension::AVD)]),
                vec!["COD", "AVD"],
            ),
        ],
        Profile::Child => vec![
            element(Element::Act, presence_status(observations.act), vec!["act"]),
            // A child in commercial sex meets the purpose directly (Palermo 3(c)); otherwise the
            // EXP dimension decides. Three-valued OR, so an unknown commercial_sex keeps the
            // purpose unresolved rather than letting a negative EXP close it.
            element(
                Element::Purpose,
                rules::any_of([
                    presence_status(observations.commercial_sex),
                    d(Dimension::EXP),
                ]),
                vec!["commercial_sex", "EXP"],
            ),
        ],
    };
    let result = Outcome::from_status(rules::all_of(elements.iter().map(|e| e.status)));

    let indicators_found = catalogue
        .indicators()
        .iter()
        .filter(|i| presence(&i.id) == Presence::Present)
        .map(|i| {
            let tier = i.tier(profile);
            IndicatorFinding {
                id: i.id.clone(),
                dimension: i.dimension,
                tier,
                counted: tier.is_some(),
                label: i.label.clone(),
                evidence: observations
                    .evidence
                    .get(&i.id)
                    .cloned()
                    .unwrap_or_default(),
                verified: i.verified,
            }
        })
        .collect::<Vec<_>>();

    let mut conflicts = Vec::new();
    if observations.minor_suspected && observations.age_years.is_some_and(|age| age >= 18) {
        conflicts.push(Conflict::AgeStatedAdultButMinorSuspected);
    }
    let recruitment_present = indicators_found
        .iter()
        .any(|i| matches!(i.dimension, Dimension::DR | Dimension::CR | Dimension::AVR));
    if observations.act == Presence::Absent && recruitment_present {
        conflicts.push(Conflict::ActAbsentButRecruitmentIndicatorsPresent);
    }

    let catalogue_verified = catalogue.fully_verified();
    let mut notices = vec![NOTICE_SCREENING_ONLY];
    if !catalogue_verified {
        notices.push(NOTICE_CATALOGUE_NOT_VERIFIED);
    }

    Ok(Assessment {
        profile,
        profile_basis,
        result,
        result_message: result.message_id(),
        dimensions,
        dimension_details,
        elements,
        indicators_found,
        conflicts,
        notices,
        rule_version: RULE_VERSION,
        catalogue_version: catalogue.version().to_owned(),
        catalogue_verified,
        catalogue_unverified_rows: catalogue.unverified_count(),
        catalogue_unverified_ids: catalogue.unverified_ids().map(str::to_owned).collect(),
    })
}

/// Children's pathway when the stated age is under 18 or there is any sign she may be a minor:
/// minority is presumed until age is verified. The child rule also when she was under 18 when it
/// began: for a child, the means are not needed, and what was done to her then is judged so.
pub fn choose_profile(observations: &Observations) -> (Profile, ProfileBasis) {
    match (observations.age_years, observations.minor_suspected) {
        (Some(age), _) if age < 18 => (Profile::Child, ProfileBasis::AgeUnder18),
        (_, true) => (Profile::Child, ProfileBasis::MinorSuspected),
        _ if observations.minor_at_start => (Profile::Child, ProfileBasis::MinorAtStart),
        (Some(_), false) => (Profile::Adult, ProfileBasis::Age18OrOver),
        (None, false) => (Profile::Adult, ProfileBasis::AgeUnknownNoSignOfMinority),
    }
}

fn presence_status(presence: Presence) -> Status {
    match presence {
        Presence::Present => Status::Positive,
        Presence::Unknown => Status::Unresolved,
        Presence::Absent => Status::Negative,
    }
}

fn element(element: Element, status: Status, from: Vec<&'static str>) -> ElementFinding {
    ElementFinding {
        element,
        status,
        from,
        message: element.message_id(),
    }
}
