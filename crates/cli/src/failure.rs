//! Why a command failed: a [`CommandFailure`] (a stable code and a Fluent message with its
//! arguments, explained by `main` in the user's language: `lantern: <message> [<code>]`), in a
//! type of this crate so that `?` converts the libraries' errors into it, by variant and code,
//! never by their English text.

use std::fmt::Display;
use std::path::Path;

use lantern_core::assessment::{AssessmentError, CatalogueError};
use lantern_field::FieldError;
use lantern_field::script::ScriptError;
use lantern_field::sync::SyncError;
use lantern_i18n::{CommandFailure, I18nError, MessageArgs};
use lantern_store::StoreError;

/// Codes of failures the CLI itself detects (library errors keep their own codes).
pub mod code {
    /// No `--profile` and no `LANTERN_PROFILE`.
    pub const NO_PROFILE: &str = "cli.no_profile";
    /// No passphrase variable and no terminal to ask in.
    pub const NO_PASSPHRASE: &str = "cli.no_passphrase";
    /// The passphrase and its repetition differ.
    pub const PASSPHRASE_MISMATCH: &str = "cli.passphrase_mismatch";
    /// A file given on the command line could not be read.
    pub const IO: &str = "cli.io";
    /// `erase` without `--confirm`: nothing was touched.
    pub const ERASE_UNCONFIRMED: &str = "cli.erase_unconfirmed";
    /// `locales check` found problems.
    pub const LOCALE_FINDINGS: &str = "locale.findings";
}

/// The `Err` of every command.
#[derive(Debug)]
pub struct Failure(pub CommandFailure);

impl From<CommandFailure> for Failure {
    fn from(f: CommandFailure) -> Self {
        Self(f)
    }
}

/// A file given on the command line that could not be read (`code` is the command's I/O code).
pub fn unreadable(code: &'static str, path: &Path, err: impl Display) -> CommandFailure {
    CommandFailure::file(code, "cli-error-read", path, err)
}

/// The arguments a store error's message needs (numbers as numbers, for plural rules).
fn store_args(e: &StoreError) -> MessageArgs {
    match e {
        StoreError::PassphraseTooShort { min } => {
            MessageArgs::new().number("min", i64::try_from(*min).unwrap_or(i64::MAX))
        }
        _ => MessageArgs::new(),
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Self(CommandFailure::coded(e.code(), store_args(&e)))
    }
}

impl From<FieldError> for Failure {
    fn from(e: FieldError) -> Self {
        Self(CommandFailure::new(
            e.code(),
            &e.message_id(),
            e.message_args(),
        ))
    }
}

impl From<ScriptError> for Failure {
    /// The step number, so the script's author can find it; for a refused answer also the
    /// library's technical text, which names the question.
    fn from(e: ScriptError) -> Self {
        let detail = matches!(e.source, FieldError::Answer(_)).then(|| e.source.to_string());
        let step = i64::try_from(e.step).unwrap_or(i64::MAX);
        let failure = Failure::from(e.source)
            .0
            .about_message("cli-script-step", MessageArgs::new().number("step", step));
        Self(match detail {
            Some(d) => failure.with_detail(d),
            None => failure,
        })
    }
}

impl From<SyncError> for Failure {
    fn from(e: SyncError) -> Self {
        match e {
            SyncError::Store(s) => s.into(),
            other => Self(CommandFailure::coded(other.code(), MessageArgs::new())),
        }
    }
}

impl From<I18nError> for Failure {
    fn from(e: I18nError) -> Self {
        Self(match &e {
            I18nError::UnknownLocale(tag) => CommandFailure::unknown_language(tag),
            _ => CommandFailure::new(e.code(), "cli-error-locales", MessageArgs::new())
                .with_detail(&e),
        })
    }
}

impl From<AssessmentError> for Failure {
    fn from(e: AssessmentError) -> Self {
        let (id, ids) = match &e {
            AssessmentError::UnknownIndicator { ids } => ("cli-error-unknown-indicator", ids),
            AssessmentError::UnknownEvidenceIndicator { ids } => {
                ("cli-error-unknown-evidence-indicator", ids)
            }
        };
        let count = i64::try_from(ids.len()).unwrap_or(i64::MAX);
        Self(CommandFailure::new(
            e.code(),
            id,
            MessageArgs::new()
                .number("count", count)
                .text("ids", ids.join(", ")),
        ))
    }
}

impl From<CatalogueError> for Failure {
    /// Catalogue files are written by the project's maintainers: a translated headline, and
    /// the validator's own (English) description of the row at fault.
    fn from(e: CatalogueError) -> Self {
        let id = match e {
            CatalogueError::Io { .. } => "cli-error-catalogue-unreadable",
            _ => "cli-error-catalogue-invalid",
        };
        Self(CommandFailure::new(e.code(), id, MessageArgs::new()).with_detail(&e))
    }
}

pub type Result<T, E = Failure> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use lantern_i18n::{Locale, TerminalText};

    use super::*;

    fn text(locale: Locale) -> TerminalText {
        TerminalText::embedded(locale).expect("embedded locales")
    }

    #[test]
    fn a_store_error_reads_like_the_desktop_and_keeps_its_code() {
        let f = Failure::from(StoreError::WrongPassphrase).0;
        assert_eq!(
            f.render(&text(Locale::En)),
            "The passphrase is not correct. [store.wrong_passphrase]"
        );
        let ro = f.render(&text(Locale::Ro));
        assert!(ro.ends_with(" [store.wrong_passphrase]"), "{ro}");
        assert!(!ro.contains("passphrase is not correct"), "{ro}");
    }

    #[test]
    fn plural_arguments_are_numbers() {
        let one = Failure::from(AssessmentError::UnknownIndicator {
            ids: vec!["DR11".into()],
        })
        .0
        .render(&text(Locale::En));
        let two = Failure::from(AssessmentError::UnknownIndicator {
            ids: vec!["DR11".into(), "XX1".into()],
        })
        .0
        .render(&text(Locale::En));
        assert!(one.contains("DR11"), "{one}");
        assert!(two.contains("DR11, XX1"), "{two}");
        assert_ne!(
            one.replace("DR11", ""),
            two.replace("DR11, XX1", ""),
            "singular and plural differ"
        );
    }
}
