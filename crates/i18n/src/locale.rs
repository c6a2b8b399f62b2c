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

/// The environment variables that choose the language of messages, in POSIX priority order.
pub const MESSAGE_LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The locale for a command-line tool's messages, from environment variables read through
/// `var` (a parameter so tests need not touch the process environment).
///
/// As in POSIX, the first of [`MESSAGE_LOCALE_VARIABLES`] that is set and non-empty decides, and
/// later ones are not consulted: `LC_ALL=C LANG=ro_RO.UTF-8` means English, because `C` is what
/// the user asked for. A value Lantern has no language for (`C`, `POSIX`, `de_DE.UTF-8`) gives
/// English. POSIX-style values are understood: `ro_RO.UTF-8` → ro, `sr_RS@latin` → sr-Latn,
/// `sr_RS` → sr-Cyrl, `uk_UA.UTF-8` → uk. GNU's `LANGUAGE` list is not consulted.
pub fn negotiate_environment(var: impl Fn(&str) -> Option<String>) -> Locale {
    MESSAGE_LOCALE_VARIABLES
        .iter()
        .find_map(|name| var(name).filter(|value| !value.is_empty()))
        .and_then(|value| negotiate(&value))
        .unwrap_or(Locale::FALLBACK)
}

/// [`negotiate_environment`] over this process's environment. A value that is not valid UTF-8
/// still counts as set (and so gives English).
pub fn environment_locale() -> Locale {
    negotiate_environment(|name| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_env(vars: &[(&str, &str)]) -> Locale {
        negotiate_environment(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn posix_locale_values() {
        assert_eq!(from_env(&[("LANG", "ro_RO.UTF-8")]), Locale::Ro);
        assert_eq!(from_env(&[("LANG", "sr_RS@latin")]), Locale::SrLatn);
        assert_eq!(from_env(&[("LANG", "sr_RS.UTF-8@latin")]), Locale::SrLatn);
        assert_eq!(from_env(&[("LANG", "sr_RS")]), Locale::SrCyrl);
        assert_eq!(from_env(&[("LANG", "sr_RS.UTF-8")]), Locale::SrCyrl);
        assert_eq!(from_env(&[("LANG", "sr_ME.UTF-8")]), Locale::SrLatn);
        assert_eq!(from_env(&[("LANG", "uk_UA.UTF-8")]), Locale::Uk);
        assert_eq!(from_env(&[("LANG", "ru_RU.KOI8-R")]), Locale::Ru);
        assert_eq!(from_env(&[("LANG", "sq_AL.UTF-8")]), Locale::Sq);
        assert_eq!(from_env(&[("LANG", "en_GB.UTF-8")]), Locale::En);
    }

    #[test]
    fn unsupported_or_c_gives_english() {
        assert_eq!(from_env(&[]), Locale::En);
        assert_eq!(from_env(&[("LANG", "C")]), Locale::En);
        assert_eq!(from_env(&[("LANG", "C.UTF-8")]), Locale::En);
        assert_eq!(from_env(&[("LANG", "POSIX")]), Locale::En);
        assert_eq!(from_env(&[("LANG", "de_DE.UTF-8")]), Locale::En);
        assert_eq!(from_env(&[("LANG", "not a locale at all")]), Locale::En);
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let all = [
            ("LC_ALL", "uk_UA.UTF-8"),
            ("LC_MESSAGES", "ru_RU.UTF-8"),
            ("LANG", "ro_RO.UTF-8"),
        ];
        assert_eq!(from_env(&all), Locale::Uk);
        assert_eq!(from_env(&all[1..]), Locale::Ru);
        assert_eq!(from_env(&all[2..]), Locale::Ro);
        // Empty counts as unset.
        assert_eq!(
            from_env(&[("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "sq_AL")]),
            Locale::Sq
        );
        // The first set variable decides even when Lantern lacks its language: the user chose
        // C (or German) for messages, and English is the nearest we have.
        assert_eq!(
            from_env(&[("LC_ALL", "C"), ("LANG", "ro_RO.UTF-8")]),
            Locale::En
        );
        assert_eq!(
            from_env(&[("LC_MESSAGES", "de_DE"), ("LANG", "ro_RO.UTF-8")]),
            Locale::En
        );
    }

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
