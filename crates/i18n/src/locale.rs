//! The supported locales, negotiation from a user's preference, and the fallback chain.
//!
//! Fallback chain (documented decision): `[requested, en]`. English is the source language, so
//! every message exists there first. There is deliberately **no** `sr-Latn → sr-Cyrl` step:
//! sr-Latn is derived mechanically from sr-Cyrl (see [`crate::serbian`]) and the lint fails when
//! they differ, so the two never disagree in a checked build; and a reader who chose Latin script
//! may not read Cyrillic. A visible fallback to English, recorded on the answer, is the honest
//! outcome.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::I18nError;

/// A locale Lantern ships. The directory under `locales/` has the name [`Locale::tag`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "sq")]
    Sq,
    #[serde(rename = "sr-Cyrl")]
    SrCyrl,
    #[serde(rename = "sr-Latn")]
    SrLatn,
    #[serde(rename = "ro")]
    Ro,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "uk")]
    Uk,
}

impl Locale {
    pub const ALL: [Locale; 7] = [
        Locale::En,
        Locale::Sq,
        Locale::SrCyrl,
        Locale::SrLatn,
        Locale::Ro,
        Locale::Ru,
        Locale::Uk,
    ];

    /// The source language; the last link of every fallback chain.
    pub const FALLBACK: Locale = Locale::En;

    /// BCP 47 tag, also the directory name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Sq => "sq",
            Locale::SrCyrl => "sr-Cyrl",
            Locale::SrLatn => "sr-Latn",
            Locale::Ro => "ro",
            Locale::Ru => "ru",
            Locale::Uk => "uk",
        }
    }

    /// The language's name in itself, for the language switcher (never translated).
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Sq => "Shqip",
            Locale::SrCyrl => "Српски (ћирилица)",
            Locale::SrLatn => "Srpski (latinica)",
            Locale::Ro => "Română",
            Locale::Ru => "Русский",
            Locale::Uk => "Українська",
        }
    }

    /// Language identifier given to Fluent (selects the CLDR plural rules).
    pub fn langid(self) -> LanguageIdentifier {
        self.tag()
            .parse()
            .expect("every Locale::tag is a valid BCP 47 identifier")
    }

    /// `[self, en]`, without repeating `en`. See the module documentation.
    pub fn fallback_chain(self) -> Vec<Locale> {
        if self == Locale::FALLBACK {
            vec![self]
        } else {
            vec![self, Locale::FALLBACK]
        }
    }

    /// Exact tag (case-insensitive), as used for directory names and stored records.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Locale {
    type Err = I18nError;

    /// Exact tag first, then negotiation (`sr-RS` → sr-Cyrl, `ro-MD` → ro).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::from_tag(s)
            .or_else(|| negotiate(s))
            .ok_or_else(|| I18nError::UnknownLocale(s.to_owned()))
    }
}

/// Maps one requested language tag (BCP 47; `_` accepted for POSIX-style tags) to the best
/// supported locale, or `None` if Lantern has nothing in that language.
///
/// Serbian without a script follows CLDR's likely subtags: Cyrillic, except Montenegro (`sr-ME`),
/// where Latin is the default. `sh` (legacy Serbo-Croatian) maps to sr-Latn; `mo` (legacy
/// Moldovan) maps to ro.
pub fn negotiate(requested: &str) -> Option<Locale> {
    let cleaned = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    let id: LanguageIdentifier = cleaned.parse().ok()?;
    let script = id.script.as_ref().map(|s| s.as_str().to_ascii_lowercase());
    let region = id.region.as_ref().map(|r| r.as_str().to_ascii_uppercase());
    let is_latin_modifier = requested.contains("@latin");
    match id.language.as_str() {
        "en" => Some(Locale::En),
        "sq" => Some(Locale::Sq),
        "ro" | "mo" => Some(Locale::Ro),
        "ru" => Some(Locale::Ru),
        "uk" => Some(Locale::Uk),
        "sh" => Some(Locale::SrLatn),
        "sr" => match script.as_deref() {
            Some("latn") => Some(Locale::SrLatn),
            Some("cyrl") => Some(Locale::SrCyrl),
            _ if is_latin_modifier => Some(Locale::SrLatn),
            _ if region.as_deref() == Some("ME") => Some(Locale::SrLatn),
            _ => Some(Locale::SrCyrl),
        },
        _ => None,
    }
}

/// The first of the user's preferences that Lantern supports, else English.
pub fn negotiate_preferences<S: AsRef<str>>(preferences: &[S]) -> Locale {
    preferences
        .iter()
        .find_map(|p| negotiate(p.as_ref()))
        .unwrap_or(Locale::FALLBACK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serbian_script_defaults() {
        assert_eq!(negotiate("sr"), Some(Locale::SrCyrl));
        assert_eq!(negotiate("sr-RS"), Some(Locale::SrCyrl));
        assert_eq!(negotiate("sr-Latn-RS"), Some(Locale::SrLatn));
        assert_eq!(negotiate("sr_RS@latin"), Some(Locale::SrLatn));
        assert_eq!(negotiate("sr-ME"), Some(Locale::SrLatn));
        assert_eq!(negotiate("ro-MD"), Some(Locale::Ro));
        assert_eq!(negotiate("de-DE"), None);
        assert_eq!(negotiate_preferences(&["de", "uk-UA", "en"]), Locale::Uk);
        assert_eq!(negotiate_preferences::<&str>(&[]), Locale::En);
    }

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
            assert_eq!(l.tag().parse::<Locale>().expect("own tag parses"), l);
            let json = serde_json_like(l);
            assert_eq!(json, l.tag());
        }
    }

    // The serde representation must be the tag (records in the store carry it).
    fn serde_json_like(l: Locale) -> String {
        toml::Value::try_from(l)
            .expect("serialises")
            .as_str()
            .expect("a string")
            .to_owned()
    }
}
