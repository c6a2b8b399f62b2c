//! The indicator catalogue: versioned data (`data/indicators-v1.toml`, format in `SPEC.md`), not
//! code, because its tiers are provisional and must be signed off row by row against the ILO
//! publication without touching the rules.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The catalogue shipped with this build.
pub const EMBEDDED_CATALOGUE: &str = include_str!("../../data/indicators-v1.toml");

/// Rows the ILO/EC catalogue has per dimension (10 + 10 + 16 + 9 + 15 + 7 = 67).
pub const EXPECTED_ROWS: usize = 67;

/// The six ILO/EC dimensions, in the order of the Palermo definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Dimension {
    /// Deceptive recruitment.
    DR,
    /// Coercive recruitment.
    CR,
    /// Recruitment by abuse of vulnerability.
    AVR,
    /// Exploitative conditions: the purpose element.
    EXP,
    /// Coercion at destination.
    COD,
    /// Abuse of vulnerability at destination.
    AVD,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::DR,
        Dimension::CR,
        Dimension::AVR,
        Dimension::EXP,
        Dimension::COD,
        Dimension::AVD,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::DR => "DR",
            Dimension::CR => "CR",
            Dimension::AVR => "AVR",
            Dimension::EXP => "EXP",
            Dimension::COD => "COD",
            Dimension::AVD => "AVD",
        }
    }

    pub fn parse(code: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.as_str() == code)
    }

    /// How many indicators the ILO/EC lists have in this dimension.
    pub fn expected_rows(self) -> usize {
        match self {
            Dimension::DR | Dimension::CR => 10,
            Dimension::AVR => 16,
            Dimension::EXP => 9,
            Dimension::COD => 15,
            Dimension::AVD => 7,
        }
    }

    /// Fluent message id of the dimension's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Dimension::DR => "dimension-DR",
            Dimension::CR => "dimension-CR",
            Dimension::AVR => "dimension-AVR",
            Dimension::EXP => "dimension-EXP",
            Dimension::COD => "dimension-COD",
            Dimension::AVD => "dimension-AVD",
        }
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Strength of an indicator within a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Strong,
    Medium,
    Weak,
}

impl Tier {
    /// Fluent message id of the tier name.
    pub fn message_id(self) -> &'static str {
        match self {
            Tier::Strong => "tier-strong",
            Tier::Medium => "tier-medium",
            Tier::Weak => "tier-weak",
        }
    }

    fn parse(value: &str) -> Option<Option<Tier>> {
        match value {
            "strong" => Some(Some(Tier::Strong)),
            "medium" => Some(Some(Tier::Medium)),
            "weak" => Some(Some(Tier::Weak)),
            // Some indicators are not in the child list at all: they never count for that profile.
            "not_listed" => Some(None),
            _ => None,
        }
    }
}

/// Which ILO/EC list applies: adult or child sexual exploitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    Adult,
    Child,
}

impl Profile {
    /// The key used in the catalogue file.
    pub fn catalogue_key(self) -> &'static str {
        match self {
            Profile::Adult => "adult_sexual",
            Profile::Child => "child_sexual",
        }
    }

    /// Fluent message id of the profile name.
    pub fn message_id(self) -> &'static str {
        match self {
            Profile::Adult => "profile-adult",
            Profile::Child => "profile-child",
        }
    }
}

/// Where a row comes from: the ILO/EC lists, or Lantern itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// An indicator of the ILO/EC "Operational indicators of trafficking in human beings" (2009).
    IloEc2009,
    /// Lantern's own addition: not in the ILO/EC lists, so never verified against them.
    Lantern,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::IloEc2009 => "ilo_ec_2009",
            Origin::Lantern => "lantern",
        }
    }

    fn parse(value: &str) -> Option<Origin> {
        [Origin::IloEc2009, Origin::Lantern]
            .into_iter()
            .find(|o| o.as_str() == value)
    }
}

/// Copies of the publication a row must have been compared with, and found to agree, before it
/// may be marked verified.
pub const MIN_AGREEING_COPIES: usize = 2;

/// One row of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indicator {
    pub id: String,
    pub dimension: Dimension,
    /// Fluent message id of the indicator's label (e.g. `ind-DR1`).
    pub label: String,
    /// Tier for adults; `None` when the indicator is not in the adult list.
    pub adult_tier: Option<Tier>,
    /// Tier for children; `None` when the indicator is not in the child list.
    pub child_tier: Option<Tier>,
    pub adult_provenance: String,
    pub child_provenance: String,
    /// ILO/EC indicator or Lantern's own addition.
    pub origin: Origin,
    /// The copies of the publication this row was compared with (addresses), in the order read.
    pub checked_against: Vec<String>,
    /// What the comparison found (free text; the full table is `indicators-v1-comparison.md`).
    pub check_note: Option<String>,
    /// Checked against the ILO publication and signed off.
    pub verified: bool,
    /// Who signed the row off (required when `verified`).
    pub verified_by: Option<String>,
}

impl Indicator {
    pub fn tier(&self, profile: Profile) -> Option<Tier> {
        match profile {
            Profile::Adult => self.adult_tier,
            Profile::Child => self.child_tier,
        }
    }

    pub fn provenance(&self, profile: Profile) -> &str {
        match profile {
            Profile::Adult => &self.adult_provenance,
            Profile::Child => &self.child_provenance,
        }
    }
}

/// Why a catalogue was rejected. Each variant has a stable [`CatalogueError::code`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    #[error("cannot read the indicator catalogue {path}: {reason}")]
    Io { path: String, reason: String },
    #[error("the indicator catalogue is not valid TOML of the expected shape: {0}")]
    Parse(String),
    #[error("the indicator catalogue has no version")]
    MissingVersion,
    #[error("indicator row {row}: id is empty or not of the form <DIMENSION><number>: {id:?}")]
    BadId { row: usize, id: String },
    #[error(
        "indicator {id}: unknown dimension {dimension:?} (expected DR, CR, AVR, EXP, COD or AVD)"
    )]
    UnknownDimension { id: String, dimension: String },
    #[error("indicator {id}: its id does not start with its dimension {dimension}")]
    IdDimensionMismatch { id: String, dimension: Dimension },
    #[error("indicator {id} appears more than once")]
    DuplicateId { id: String },
    #[error("indicator {id}: no tier for profile {profile}")]
    MissingTier { id: String, profile: &'static str },
    #[error(
        "indicator {id}: unknown tier {tier:?} for profile {profile} (expected strong, medium, weak or not_listed)"
    )]
    UnknownTier {
        id: String,
        profile: &'static str,
        tier: String,
    },
    #[error("indicator {id}: no provenance for profile {profile}")]
    MissingProvenance { id: String, profile: &'static str },
    #[error("indicator {id}: empty label message id")]
    MissingLabel { id: String },
    #[error("indicator {id}: marked verified but nobody is named in verified_by")]
    UnsignedVerification { id: String },
    #[error("indicator {id}: unknown origin {origin:?} (expected ilo_ec_2009 or lantern)")]
    UnknownOrigin { id: String, origin: String },
    #[error(
        "indicator {id}: marked verified but checked_against lists {found} distinct copy(ies) of the publication; at least {expected} agreeing copies are required"
    )]
    UncheckedVerification {
        id: String,
        found: usize,
        expected: usize,
    },
    #[error("indicator {id}: a Lantern addition cannot be verified against the ILO publication")]
    VerifiedAddition { id: String },
    #[error("the indicator catalogue has {found} rows, expected {expected}")]
    RowCount { found: usize, expected: usize },
    #[error("dimension {dimension} has {found} indicators, expected {expected}")]
    DimensionCount {
        dimension: Dimension,
        found: usize,
        expected: usize,
    },
}

impl CatalogueError {
    pub fn code(&self) -> &'static str {
        match self {
            CatalogueError::Io { .. } => "catalogue.io",
            CatalogueError::Parse(_) => "catalogue.parse",
            CatalogueError::MissingVersion => "catalogue.missing_version",
            CatalogueError::BadId { .. } => "catalogue.bad_id",
            CatalogueError::UnknownDimension { .. } => "catalogue.unknown_dimension",
            CatalogueError::IdDimensionMismatch { .. } => "catalogue.id_dimension_mismatch",
            CatalogueError::DuplicateId { .. } => "catalogue.duplicate_id",
            CatalogueError::MissingTier { .. } => "catalogue.missing_tier",
            CatalogueError::UnknownTier { .. } => "catalogue.unknown_tier",
            CatalogueError::MissingProvenance { .. } => "catalogue.missing_provenance",
            CatalogueError::MissingLabel { .. } => "catalogue.missing_label",
            CatalogueError::UnsignedVerification { .. } => "catalogue.unsigned_verification",
            CatalogueError::UnknownOrigin { .. } => "catalogue.unknown_origin",
            CatalogueError::UncheckedVerification { .. } => "catalogue.unchecked_verification",
            CatalogueError::VerifiedAddition { .. } => "catalogue.verified_addition",
            CatalogueError::RowCount { .. } => "catalogue.row_count",
            CatalogueError::DimensionCount { .. } => "catalogue.dimension_count",
        }
    }
}

/// A validated catalogue. Only constructed through [`Catalogue::parse`] and friends, so every
/// instance has 67 rows with unique ids, known dimensions and tiers for both profiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Catalogue {
    version: String,
    source: String,
    indicators: Vec<Indicator>,
    index: BTreeMap<String, usize>,
}

// File shape. Everything optional or stringly so that validation, not serde, reports what is wrong
// with a stable code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogue {
    version: Option<String>,
    #[serde(default)]
    source: String,
    #[serde(default, rename = "indicator")]
    indicators: Vec<RawIndicator>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: String,
    dimension: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    tier: RawPerProfile,
    #[serde(default)]
    provenance: RawPerProfile,
    origin: Option<String>,
    #[serde(default)]
    checked_against: Vec<String>,
    check_note: Option<String>,
    verified: bool,
    verified_by: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerProfile {
    adult_sexual: Option<String>,
    child_sexual: Option<String>,
}

impl RawPerProfile {
    fn get(&self, profile: Profile) -> Option<&str> {
        match profile {
            Profile::Adult => self.adult_sexual.as_deref(),
            Profile::Child => self.child_sexual.as_deref(),
        }
    }
}

impl Catalogue {
    /// Parse and validate a catalogue from TOML text. Row-level problems are reported before
    /// counts, so the first error names the offending row.
    pub fn parse(text: &str) -> Result<Catalogue, CatalogueError> {
        let raw: RawCatalogue =
            toml::from_str(text).map_err(|e| CatalogueError::Parse(one_line(&e.to_string())))?;
        let version = raw
            .version
            .filter(|v| !v.trim().is_empty())
            .ok_or(CatalogueError::MissingVersion)?;

        let mut indicators = Vec::with_capacity(raw.indicators.len());
        let mut index = BTreeMap::new();
        for (row, r) in raw.indicators.into_iter().enumerate() {
            let indicator = validate_row(row + 1, r)?;
            if index
                .insert(indicator.id.clone(), indicators.len())
                .is_some()
            {
                return Err(CatalogueError::DuplicateId { id: indicator.id });
            }
            indicators.push(indicator);
        }

        if indicators.len() != EXPECTED_ROWS {
            return Err(CatalogueError::RowCount {
                found: indicators.len(),
                expected: EXPECTED_ROWS,
            });
        }
        for dimension in Dimension::ALL {
            let found = indicators
                .iter()
                .filter(|i| i.dimension == dimension)
                .count();
            if found != dimension.expected_rows() {
                return Err(CatalogueError::DimensionCount {
                    dimension,
                    found,
                    expected: dimension.expected_rows(),
                });
            }
        }
        Ok(Catalogue {
            version,
            source: raw.source,
            indicators,
            index,
        })
    }

    /// Load and validate a catalogue file (e.g. a newly signed-off version).
    pub fn load(path: &Path) -> Result<Catalogue, CatalogueError> {
        let text = std::fs::read_to_string(path).map_err(|e| CatalogueError::Io {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        Catalogue::parse(&text)
    }

    /// The catalogue compiled into this build.
    ///
    /// # Panics
    /// If the embedded data file is invalid: a build defect, which the integration test
    /// `assessment::catalogue_embedded_is_valid` rules out before anything ships.
    pub fn embedded() -> &'static Catalogue {
        static EMBEDDED: OnceLock<Catalogue> = OnceLock::new();
        EMBEDDED.get_or_init(|| match Catalogue::parse(EMBEDDED_CATALOGUE) {
            Ok(catalogue) => catalogue,
            Err(e) => panic!(
                "embedded indicator catalogue is invalid ({}): {e}",
                e.code()
            ),
        })
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.index.get(id).map(|&i| &self.indicators[i])
    }

    pub fn ids(&self) -> BTreeSet<String> {
        self.index.keys().cloned().collect()
    }

    /// True only when every ILO/EC row has been checked against the ILO publication. While
    /// false, the app must show "catalogue not yet verified against the ILO publication".
    /// Lantern's own additions are not in the publication and do not count here.
    pub fn fully_verified(&self) -> bool {
        self.unverified_count() == 0
    }

    /// ILO/EC rows not yet verified.
    pub fn unverified_count(&self) -> usize {
        self.unverified_ids().count()
    }

    /// Ids of the ILO/EC rows not yet verified, in catalogue order: what the "not yet verified"
    /// notice is about.
    pub fn unverified_ids(&self) -> impl Iterator<Item = &str> {
        self.indicators
            .iter()
            .filter(|i| i.origin == Origin::IloEc2009 && !i.verified)
            .map(|i| i.id.as_str())
    }

    /// Ids of Lantern's own additions (not in the ILO/EC lists), in catalogue order.
    pub fn lantern_additions(&self) -> impl Iterator<Item = &str> {
        self.indicators
            .iter()
            .filter(|i| i.origin == Origin::Lantern)
            .map(|i| i.id.as_str())
    }

    pub fn in_dimension(&self, dimension: Dimension) -> impl Iterator<Item = &Indicator> {
        self.indicators
            .iter()
            .filter(move |i| i.dimension == dimension)
    }
}

/// The ids of the embedded catalogue, for validators (e.g. questionnaire indicator mappings).
pub fn known_indicator_ids() -> BTreeSet<String> {
    Catalogue::embedded().ids()
}

fn validate_row(row: usize, r: RawIndicator) -> Result<Indicator, CatalogueError> {
    let prefix_len = r.id.bytes().take_while(u8::is_ascii_uppercase).count();
    let (prefix, number) = r.id.split_at(prefix_len);
    if prefix.is_empty()
        || number.is_empty()
        || !number.bytes().all(|b| b.is_ascii_digit())
        || number.starts_with('0')
    {
        return Err(CatalogueError::BadId { row, id: r.id });
    }
    let dimension =
        Dimension::parse(&r.dimension).ok_or_else(|| CatalogueError::UnknownDimension {
            id: r.id.clone(),
            dimension: r.dimension.clone(),
        })?;
    if prefix != dimension.as_str() {
        return Err(CatalogueError::IdDimensionMismatch {
            id: r.id,
            dimension,
        });
    }
    if r.label.trim().is_empty() {
        return Err(CatalogueError::MissingLabel { id: r.id });
    }
    let mut tiers = [None, None];
    let mut provenance = [String::new(), String::new()];
    for (slot, profile) in [Profile::Adult, Profile::Child].into_iter().enumerate() {
        let key = profile.catalogue_key();
        let value = r
            .tier
            .get(profile)
            .ok_or_else(|| CatalogueError::MissingTier {
                id: r.id.clone(),
                profile: key,
            })?;
        tiers[slot] = Tier::parse(value).ok_or_else(|| CatalogueError::UnknownTier {
            id: r.id.clone(),
            profile: key,
            tier: value.to_owned(),
        })?;
        provenance[slot] = r
            .provenance
            .get(profile)
            .filter(|p| !p.trim().is_empty())
            .ok_or_else(|| CatalogueError::MissingProvenance {
                id: r.id.clone(),
                profile: key,
            })?
            .to_owned();
    }
    let origin = match r.origin.as_deref() {
        None => Origin::IloEc2009,
        Some(value) => Origin::parse(value).ok_or_else(|| CatalogueError::UnknownOrigin {
            id: r.id.clone(),
            origin: value.to_owned(),
        })?,
    };
    let checked_against: Vec<String> = r
        .checked_against
        .into_iter()
        .filter(|c| !c.trim().is_empty())
        .collect();
    let verified_by = r.verified_by.filter(|v| !v.trim().is_empty());
    if r.verified {
        if origin == Origin::Lantern {
            return Err(CatalogueError::VerifiedAddition { id: r.id });
        }
        if verified_by.is_none() {
            return Err(CatalogueError::UnsignedVerification { id: r.id });
        }
        let distinct: BTreeSet<&str> = checked_against.iter().map(|c| c.trim()).collect();
        if distinct.len() < MIN_AGREEING_COPIES {
            return Err(CatalogueError::UncheckedVerification {
                id: r.id,
                found: distinct.len(),
                expected: MIN_AGREEING_COPIES,
            });
        }
    }
    let check_note = r.check_note.filter(|n| !n.trim().is_empty());
    let [adult_provenance, child_provenance] = provenance;
    Ok(Indicator {
        id: r.id,
        dimension,
        label: r.label,
        adult_tier: tiers[0],
        child_tier: tiers[1],
        adult_provenance,
        child_provenance,
        origin,
        checked_against,
        check_note,
        verified: r.verified,
        verified_by,
    })
}

// The toml crate's messages span several lines (with a source excerpt); errors here are one line.
fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}
