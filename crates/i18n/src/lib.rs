//! Fluent localisation for Lantern.
//!
//! - [`LocaleSources`]: the `.ftl` texts, from `locales/` or from the copy embedded at build time.
//! - [`Localizer`]: concurrent Fluent bundles; [`Localizer::localize`] returns a [`Localized`]
//!   that says which locale supplied the text and whether it fell back.
//! - [`Locale`], [`negotiate`]: the seven supported locales and the fallback chain `[requested, en]`;
//!   [`environment_locale`]: the language of a command-line tool's messages (`LC_ALL`, ...).
//! - [`terminal`]: what the command-line tools share: [`TerminalText`] (plain-text messages in
//!   one locale), [`Terminal`] (the language a command line asked for, failure lines on
//!   stderr), [`CommandFailure`], [`PassphrasePrompt`].
//! - [`Isolation`]: keep FSI/PDI marks for the webview, strip them for CSV, logs and the CLI.
//! - [`serbian`]: sr-Latn derived from sr-Cyrl by transliteration.
//! - [`LocaleStatusFile`]: draft / reviewed per locale.
//! - [`lint`]: structured findings over a set of locales.
//!
//! Layout and formats: `LOCALES.md` beside this crate.

mod error;
mod isolation;
pub mod lint;
mod locale;
mod localizer;
pub mod serbian;
mod sources;
mod status;
pub mod terminal;

pub use error::I18nError;
pub use isolation::{FSI, Isolation, PDI, strip_isolation_marks};
pub use lint::{Finding, FindingCode, LintOptions, LintReport, LocaleSummary, lint};
pub use locale::{
    Locale, MESSAGE_LOCALE_VARIABLES, environment_locale, negotiate, negotiate_environment,
    negotiate_preferences,
};
pub use localizer::{ArgValue, Localized, Localizer, MessageArgs};
pub use sources::{LocaleSources, STATUS_FILE};
pub use status::{LocaleStatusEntry, LocaleStatusFile, TranslationStatus};
pub use terminal::{CommandFailure, PassphrasePrompt, Terminal, TerminalText};

/// The Fluent message id (in `errors.ftl`) for a stable error code: `"error-"` followed by the
/// code with `.` and `_` replaced by `-` (`store.wrong_passphrase` → `error-store-wrong-passphrase`).
/// When a code has no message, show `error-unknown` with the code as `$code`.
pub fn error_message_id(code: &str) -> String {
    let mut id = String::from("error-");
    id.extend(
        code.chars()
            .map(|c| if c == '.' || c == '_' { '-' } else { c }),
    );
    id
}

/// Message id shown when an error code has no message of its own (argument `$code`).
pub const UNKNOWN_ERROR_MESSAGE_ID: &str = "error-unknown";
