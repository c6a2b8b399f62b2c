//! The decision rule (research/domain.md §a.2, §a.5) as pure functions over counts and statuses.
//! Three-valued throughout: `Unknown` answers keep a dimension UNRESOLVED, never NEGATIVE.

use serde::{Deserialize, Serialize};

/// Version of the rule implemented here; bump when any rule below changes meaning.
pub const RULE_VERSION: &str = "lantern-assessment-rule-1";

/// Three-valued status of a dimension or of an element of the definition.
///
/// Ordered NEGATIVE < UNRESOLVED < POSITIVE so that OR is `max` and AND is `min`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Negative,
    Unresolved,
    Positive,
}

impl Status {
    /// Fluent message id of the status name.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Positive => "status-positive",
            Status::Unresolved => "status-unresolved",
            Status::Negative => "status-negative",
        }
    }
}

/// Three-valued OR: positive if any is positive, else unresolved if any is unresolved.
pub fn any_of(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses.into_iter().max().unwrap_or(Status::Negative)
}

/// Three-valued AND: negative if any is negative, else unresolved if any is unresolved.
pub fn all_of(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses.into_iter().min().unwrap_or(Status::Positive)
}

/// How many indicators of each tier.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TierCounts {
    pub strong: usize,
    pub medium: usize,
    pub weak: usize,
}

impl std::ops::Add for TierCounts {
    type Output = TierCounts;

    fn add(self, other: TierCounts) -> TierCounts {
        TierCounts {
            strong: self.strong + other.strong,
            medium: self.medium + other.medium,
            weak: self.weak + other.weak,
        }
    }
}

/// Which clause of the per-dimension rule a set of present indicators satisfies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clause {
    TwoStrong,
    StrongAndOther,
    ThreeMedium,
    TwoMediumOneWeak,
}

impl Clause {
    pub fn message_id(self) -> &'static str {
        match self {
            Clause::TwoStrong => "clause-two-strong",
            Clause::StrongAndOther => "clause-strong-and-other",
            Clause::ThreeMedium => "clause-three-medium",
            Clause::TwoMediumOneWeak => "clause-two-medium-one-weak",
        }
    }
}

/// The ILO/EC per-dimension rule: 2 strong; or 1 strong + 1 medium/weak; or 3 medium; or
/// 2 medium + 1 weak. Weak alone, and one strong alone, never count. Returns the first clause met.
pub fn satisfied_clause(c: TierCounts) -> Option<Clause> {
    if c.strong >= 2 {
        Some(Clause::TwoStrong)
    } else if c.strong >= 1 && c.medium + c.weak >= 1 {
        Some(Clause::StrongAndOther)
    } else if c.medium >= 3 {
        Some(Clause::ThreeMedium)
    } else if c.medium >= 2 && c.weak >= 1 {
        Some(Clause::TwoMediumOneWeak)
    } else {
        None
    }
}

/// Why a dimension has the status it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// The present indicators satisfy this clause.
    Met { clause: Clause },
    /// Not met on the present indicators, but this clause would be if enough unknown ones were
    /// present.
    CouldBeMet { clause: Clause },
    /// Not met even if every unknown indicator were present.
    CannotBeMet,
}

impl Reason {
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::Met { .. } => "reason-met",
            Reason::CouldBeMet { .. } => "reason-could-be-met",
            Reason::CannotBeMet => "reason-cannot-be-met",
        }
    }
}

/// Status of one dimension from the counts of its PRESENT indicators and of its UNKNOWN ones.
/// Absent indicators (and indicators not in the profile's list) are simply not counted.
pub fn dimension_status(present: TierCounts, unknown: TierCounts) -> (Status, Reason) {
    if let Some(clause) = satisfied_clause(present) {
        return (Status::Positive, Reason::Met { clause });
    }
    // The rule is monotone in every count, so "some unknowns present could make it positive" is
    // the same as "all unknowns present would make it positive".
    match satisfied_clause(present + unknown) {
        Some(clause) => (Status::Unresolved, Reason::CouldBeMet { clause }),
        None => (Status::Negative, Reason::CannotBeMet),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(strong: usize, medium: usize, weak: usize) -> TierCounts {
        TierCounts {
            strong,
            medium,
            weak,
        }
    }

    // Independent statement of the rule, written as the table reads, to check the cascade above.
    fn table(s: usize, m: usize, w: usize) -> bool {
        matches!(
            (s, m, w),
            (2.., _, _) | (1, 1.., _) | (1, _, 1..) | (0, 3.., _) | (0, 2, 1..)
        )
    }

    #[test]
    fn every_combination_of_counts_up_to_five_matches_the_table() {
        for s in 0..=5 {
            for m in 0..=5 {
                for w in 0..=5 {
                    let got = satisfied_clause(counts(s, m, w)).is_some();
                    assert_eq!(got, table(s, m, w), "s={s} m={m} w={w}");
                }
            }
        }
    }

    #[test]
    fn named_rows_of_the_rule_table() {
        let cases = [
            ((0, 0, 0), None),
            ((1, 0, 0), None),
            ((0, 0, 9), None),
            ((0, 1, 0), None),
            ((0, 2, 0), None),
            ((0, 1, 1), None),
            ((0, 1, 5), None),
            ((2, 0, 0), Some(Clause::TwoStrong)),
            ((1, 1, 0), Some(Clause::StrongAndOther)),
            ((1, 0, 1), Some(Clause::StrongAndOther)),
            ((0, 3, 0), Some(Clause::ThreeMedium)),
            ((0, 2, 1), Some(Clause::TwoMediumOneWeak)),
            ((0, 3, 1), Some(Clause::ThreeMedium)),
        ];
        for ((s, m, w), want) in cases {
            assert_eq!(satisfied_clause(counts(s, m, w)), want, "s={s} m={m} w={w}");
        }
    }

    #[test]
    fn status_is_positive_unresolved_or_negative_by_present_and_unknown_counts() {
        for s in 0..=3 {
            for m in 0..=3 {
                for w in 0..=3 {
                    for us in 0..=2 {
                        for um in 0..=3 {
                            for uw in 0..=2 {
                                let (status, reason) =
                                    dimension_status(counts(s, m, w), counts(us, um, uw));
                                let want = if table(s, m, w) {
                                    Status::Positive
                                } else if table(s + us, m + um, w + uw) {
                                    Status::Unresolved
                                } else {
                                    Status::Negative
                                };
                                assert_eq!(
                                    status, want,
                                    "present {s}/{m}/{w} unknown {us}/{um}/{uw}"
                                );
                                let reason_matches = matches!(
                                    (status, reason),
                                    (Status::Positive, Reason::Met { .. })
                                        | (Status::Unresolved, Reason::CouldBeMet { .. })
                                        | (Status::Negative, Reason::CannotBeMet)
                                );
                                assert!(reason_matches, "{status:?} with {reason:?}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn three_valued_or_and_and() {
        use Status::*;
        let all = [Negative, Unresolved, Positive];
        for a in all {
            for b in all {
                let or = any_of([a, b]);
                let and = all_of([a, b]);
                let want_or = if a == Positive || b == Positive {
                    Positive
                } else if a == Unresolved || b == Unresolved {
                    Unresolved
                } else {
                    Negative
                };
                let want_and = if a == Negative || b == Negative {
                    Negative
                } else if a == Unresolved || b == Unresolved {
                    Unresolved
                } else {
                    Positive
                };
                assert_eq!((or, and), (want_or, want_and), "{a:?} {b:?}");
            }
        }
    }
}
