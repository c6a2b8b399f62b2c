//! What the assessment reads: the facts established by an interview (or given directly, as in
//! `lantern assess --indicators`). The questionnaire maps answers to this; the assessment maps
//! this to a result. Shared by both so neither depends on the other's internals.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Three-valued presence: "don't know" and "declined" are `Unknown`, never `Absent`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Present,
    Absent,
    #[default]
    Unknown,
}

/// The input to the assessment. Missing fields and indicator ids are unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Observations {
    /// Stated or estimated age in years, if known.
    pub age_years: Option<u32>,
    /// Any sign that she may be under 18 (impression, age when it started, unknown age with signs).
    pub minor_suspected: bool,
    /// She is an adult now but was under 18 when it began (recruitment, the start of the
    /// exploitation): the child rule applies to what happened then; her interview follows the
    /// adult pathway.
    pub minor_at_start: bool,
    /// The Palermo act: someone recruited, moved, harboured or received her.
    pub act: Presence,
    /// Whether she was made to sell sex (meets the purpose element directly for a child).
    pub commercial_sex: Presence,
    /// Indicator id (e.g. "DR1") to its presence.
    pub indicators: BTreeMap<String, Presence>,
    /// Indicator id to the question ids whose answers evidenced it (for the explanation).
    pub evidence: BTreeMap<String, Vec<String>>,
}
