//! `locales/status.toml`: whether each locale is the source, a draft, or reviewed by a native
//! speaker. The app shows a discreet "draft translation" marker for anything not reviewed.
//!
//! ```toml
//! [locales.en]
//! status = "source"
//!
//! [locales.ru]
//! status = "draft"          # "source" | "draft" | "reviewed"
//! date = "2026-11-28"       # when the status was last set (YYYY-MM-DD)
//! # reviewer = "name"       # required when status = "reviewed"
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{I18nError, Locale};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    /// The language the messages are written in first (English).
    Source,
    /// Written by the team; not yet reviewed by a native speaker.
    Draft,
    /// Reviewed by the named native speaker.
    Reviewed,
}

impl TranslationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::Draft => "draft",
            Self::Reviewed => "reviewed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleStatusEntry {
    pub status: TranslationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// The parsed status file. Keys are locale tags as written (the lint reports unknown ones).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleStatusFile {
    #[serde(default)]
    pub locales: BTreeMap<String, LocaleStatusEntry>,
}

impl LocaleStatusFile {
    /// Parses and validates: dates are `YYYY-MM-DD`; a reviewed locale names its reviewer.
    pub fn parse(text: &str) -> Result<Self, I18nError> {
        let file: LocaleStatusFile =
            toml::from_str(text).map_err(|e| I18nError::StatusInvalid(e.to_string()))?;
        for (tag, entry) in &file.locales {
            if let Some(date) = &entry.date
                && !is_iso_date(date)
            {
                return Err(I18nError::StatusInvalid(format!(
                    "{tag}: date {date:?} is not YYYY-MM-DD"
                )));
            }
            if entry.status == TranslationStatus::Reviewed
                && entry
                    .reviewer
                    .as_deref()
                    .is_none_or(|r| r.trim().is_empty())
            {
                return Err(I18nError::StatusInvalid(format!(
                    "{tag}: status \"reviewed\" needs a reviewer"
                )));
            }
        }
        Ok(file)
    }

    pub fn entry(&self, locale: Locale) -> Option<&LocaleStatusEntry> {
        self.entry_by_tag(locale.tag())
    }

    pub fn entry_by_tag(&self, tag: &str) -> Option<&LocaleStatusEntry> {
        self.locales.get(tag)
    }

    pub fn status(&self, locale: Locale) -> Option<TranslationStatus> {
        self.entry(locale).map(|e| e.status)
    }

    /// True unless the file says the locale is the source or reviewed. A locale the file does not
    /// mention counts as a draft: the marker errs on the side of showing.
    pub fn is_draft(&self, locale: Locale) -> bool {
        !matches!(
            self.status(locale),
            Some(TranslationStatus::Source | TranslationStatus::Reviewed)
        )
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_validates() {
        let f = LocaleStatusFile::parse(
            "[locales.en]\nstatus = \"source\"\n[locales.ru]\nstatus = \"draft\"\ndate = \"2026-11-28\"\n",
        )
        .expect("valid file");
        assert!(!f.is_draft(Locale::En));
        assert!(f.is_draft(Locale::Ru));
        assert!(f.is_draft(Locale::Uk), "unlisted counts as draft");
        let bad_date =
            LocaleStatusFile::parse("[locales.ru]\nstatus = \"draft\"\ndate = \"28.11.2026\"\n");
        assert_eq!(
            bad_date.expect_err("bad date").code(),
            "i18n.status_invalid"
        );
        let no_reviewer = LocaleStatusFile::parse("[locales.ru]\nstatus = \"reviewed\"\n");
        assert_eq!(
            no_reviewer.expect_err("no reviewer").code(),
            "i18n.status_invalid"
        );
        let unknown_status = LocaleStatusFile::parse("[locales.ru]\nstatus = \"final\"\n");
        assert!(unknown_status.is_err());
    }
}
