//! Errors of the localisation library. Each variant has a stable machine code; never match on the
//! display text.

use std::path::PathBuf;

use crate::Locale;

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("locales directory {0} does not exist or is not a directory")]
    NotADirectory(PathBuf),
    #[error("unknown or unsupported locale {0:?}")]
    UnknownLocale(String),
    #[error("the fallback locale {0} has no messages")]
    FallbackMissing(Locale),
    #[error("{locale}/{file}: Fluent syntax error: {detail}")]
    Syntax {
        locale: Locale,
        file: String,
        detail: String,
    },
    #[error("{locale}: message {id} is defined twice")]
    DuplicateMessage { locale: Locale, id: String },
    #[error("message {id} is missing in every locale of the chain")]
    MissingMessage { id: String },
    #[error("{locale}: message {id} could not be formatted: {detail}")]
    Format {
        locale: Locale,
        id: String,
        detail: String,
    },
    #[error("locale status file is invalid: {0}")]
    StatusInvalid(String),
}

impl I18nError {
    /// Stable machine code, e.g. for the UI's error mapping or a log line.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Io { .. } => "i18n.io",
            Self::NotADirectory(_) => "i18n.not_a_directory",
            Self::UnknownLocale(_) => "i18n.unknown_locale",
            Self::FallbackMissing(_) => "i18n.fallback_missing",
            Self::Syntax { .. } => "i18n.syntax",
            Self::DuplicateMessage { .. } => "i18n.duplicate_message",
            Self::MissingMessage { .. } => "i18n.missing_message",
            Self::Format { .. } => "i18n.format",
            Self::StatusInvalid(_) => "i18n.status_invalid",
        }
    }
}
