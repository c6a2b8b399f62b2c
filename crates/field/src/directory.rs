//! The referral directory: organisations, services, languages, phone numbers, area and the date
//! each entry was last verified. Editable data (TOML); the shipped one is an example and says so.

use serde::{Deserialize, Serialize};

use crate::error::{FieldError, Result};

pub const EXAMPLE_DIRECTORY: &str = include_str!("../data/referrals.example.toml");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    /// True for the shipped example: the app says the numbers are not real.
    #[serde(default)]
    pub example: bool,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub organisation: String,
    /// Service tags: shelter, medical, legal, counselling, return, child_protection, police,
    /// emergency, helpline.
    pub services: Vec<String>,
    /// Interview locales the organisation can serve in.
    pub languages: Vec<String>,
    pub phone: String,
    pub area: String,
    /// ISO date `YYYY-MM-DD`.
    pub last_verified: String,
    /// Police or peacekeeping units: left out when the conflict-of-interest flag is set.
    #[serde(default)]
    pub law_enforcement: bool,
    /// Shown on the emergency panel.
    #[serde(default)]
    pub emergency: bool,
}

impl Directory {
    pub fn example() -> Self {
        // The shipped file is checked by the tests; a broken one is a build error in practice.
        Self::parse(EXAMPLE_DIRECTORY).unwrap_or(Directory {
            example: true,
            entries: Vec::new(),
        })
    }

    pub fn parse(text: &str) -> Result<Self> {
        let d: Directory =
            toml::from_str(text).map_err(|e| FieldError::Directory(e.to_string()))?;
        for e in &d.entries {
            if days_from_iso(&e.last_verified).is_none() {
                return Err(FieldError::Directory(format!(
                    "{}: bad date {}",
                    e.organisation, e.last_verified
                )));
            }
            if let Some(tag) = e
                .services
                .iter()
                .find(|t| !crate::message_ids::SERVICE_TAGS.contains(&t.as_str()))
            {
                return Err(FieldError::Directory(format!(
                    "{}: unknown service {tag}",
                    e.organisation
                )));
            }
            if e.phone.trim().is_empty() {
                return Err(FieldError::Directory(format!(
                    "{}: no phone number",
                    e.organisation
                )));
            }
        }
        Ok(d)
    }
}

/// True when the entry was last verified more than a year before `now_ms`.
pub fn is_stale(entry: &Entry, now_ms: i64) -> bool {
    match days_from_iso(&entry.last_verified) {
        Some(d) => now_ms / 86_400_000 - d > 365,
        None => true,
    }
}

/// Days since 1970-01-01 of an ISO date (proleptic Gregorian).
fn days_from_iso(s: &str) -> Option<i64> {
    let mut it = s.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    if it.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn example_directory_parses_and_is_marked_example() {
        let d = Directory::parse(EXAMPLE_DIRECTORY).unwrap();
        assert!(d.example);
        assert!(d.entries.len() >= 5);
        assert!(d.entries.iter().any(|e| e.emergency));
    }

    #[test]
    fn dates_and_staleness() {
        assert_eq!(days_from_iso("1970-01-01"), Some(0));
        assert_eq!(days_from_iso("2000-03-01"), Some(11_017));
        assert_eq!(days_from_iso("2026-13-01"), None);
        let mut e = Directory::example().entries[0].clone();
        e.last_verified = "2025-01-01".into();
        let now = (days_from_iso("2026-11-28").unwrap()) * 86_400_000;
        assert!(is_stale(&e, now));
        e.last_verified = "2026-06-01".into();
        assert!(!is_stale(&e, now));
    }
}
