//! What the command-line tools (`lantern`, `lantern-central`) share in talking to the person
//! running them:
//!
//! - [`TerminalText`]: messages in one locale, plain text (no isolation marks, which a terminal
//!   shows as boxes), and no failure at the moment of printing. A message that cannot be
//!   formatted shows its id instead: visible, greppable, and caught before release by the locale
//!   lint and the tools' own tests, which require every id they use in every locale.
//! - [`Terminal`]: the language the command line asked for (`--lang`, else the environment),
//!   and failures as one line on stderr, `<program>: <message> [<code>]`.
//! - [`CommandFailure`]: why a command failed, as data, rendered in the user's language.
//! - [`PassphrasePrompt`]: a passphrase from a variable or typed without echo.
//! - [`help`] (feature `clap`): clap's `--help` in the user's language.
//!
//! Each tool keeps its own codes, its conversions of its libraries' errors and its messages.

mod failure;
#[cfg(feature = "clap")]
pub mod help;
mod passphrase;

use std::process::ExitCode;

pub use failure::CommandFailure;
pub use passphrase::PassphrasePrompt;

use crate::{
    I18nError, Isolation, Locale, Localizer, MessageArgs, UNKNOWN_ERROR_MESSAGE_ID,
    environment_locale, error_message_id,
};

/// Codes of failures every command-line tool may report (each tool has more of its own).
pub mod code {
    /// Reading from the terminal failed.
    pub const TERMINAL: &str = "cli.terminal";
    /// Printing a result failed (a defect, not bad input).
    pub const INTERNAL: &str = "cli.internal";
}

/// The Fluent message ids this module uses (in `cli.ftl`). A tool that checks its messages
/// (`lantern locales check`) requires these too.
pub const MESSAGE_IDS: &[&str] = &[
    id::ERROR_INTERNAL,
    id::ERROR_UNKNOWN_LANGUAGE,
    id::ERROR_TERMINAL,
    id::ERROR_NO_PASSPHRASE,
    id::ERROR_PASSPHRASE_MISMATCH,
    id::PROMPT_REPEAT_PASSPHRASE,
];

/// The ids of [`MESSAGE_IDS`], each written once, so that the list is what the code uses.
mod id {
    pub const ERROR_INTERNAL: &str = "cli-error-internal";
    pub const ERROR_UNKNOWN_LANGUAGE: &str = "cli-error-unknown-language";
    pub const ERROR_TERMINAL: &str = "cli-error-terminal";
    pub const ERROR_NO_PASSPHRASE: &str = "cli-error-no-passphrase";
    pub const ERROR_PASSPHRASE_MISMATCH: &str = "cli-error-passphrase-mismatch";
    pub const PROMPT_REPEAT_PASSPHRASE: &str = "cli-prompt-repeat-passphrase";
}

/// A command-line tool as the person running it sees it: its messages in the language the
/// command line asked for, and its failures as one line on stderr.
#[derive(Debug)]
pub struct Terminal {
    program: &'static str,
    text: TerminalText,
}

impl Terminal {
    /// The messages for `program` in the language of `--lang` (`lang`), else of the environment
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    ///
    /// `Err` is the exit code to return at once, the reason already on stderr: an unknown
    /// `--lang` (explained in the environment's language), or locales that do not load (only a
    /// broken build; there is no text to explain it with, so the library's English).
    pub fn start(program: &'static str, lang: Option<&str>) -> Result<Self, ExitCode> {
        let (locale, unknown) = requested_locale(lang, environment_locale());
        let text = match TerminalText::embedded(locale) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{program}: {e} [{}]", e.code());
                return Err(ExitCode::FAILURE);
            }
        };
        let terminal = Self { program, text };
        match unknown {
            Some(tag) => Err(terminal.fail(&CommandFailure::unknown_language(tag))),
            None => Ok(terminal),
        }
    }

    pub fn text(&self) -> &TerminalText {
        &self.text
    }

    /// `<program>: <message> [<code>]` (see [`CommandFailure::render`]).
    pub fn failure_line(&self, failure: &CommandFailure) -> String {
        format!("{}: {}", self.program, failure.render(&self.text))
    }

    /// Prints the failure line on stderr; returns the exit code for a failed command.
    pub fn fail(&self, failure: &CommandFailure) -> ExitCode {
        eprintln!("{}", self.failure_line(failure));
        ExitCode::FAILURE
    }
}

/// The locale a command line asked for: `--lang` (`flag`) when it names one of Lantern's
/// locales, else `environment`'s. An unknown `--lang` comes back too, to be refused in
/// `environment`'s language.
fn requested_locale(flag: Option<&str>, environment: Locale) -> (Locale, Option<&str>) {
    match flag.map(|tag| (tag, tag.parse::<Locale>())) {
        Some((_, Ok(locale))) => (locale, None),
        Some((tag, Err(_))) => (environment, Some(tag)),
        None => (environment, None),
    }
}

/// The messages of one locale, formatted for a terminal or a log.
#[derive(Debug)]
pub struct TerminalText {
    localizer: Localizer,
    locale: Locale,
}

impl TerminalText {
    pub fn new(localizer: Localizer, locale: Locale) -> Self {
        Self { localizer, locale }
    }

    /// The locales compiled into the binary.
    pub fn embedded(locale: Locale) -> Result<Self, I18nError> {
        Ok(Self::new(Localizer::embedded()?, locale))
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    /// Message `id` (falling back to English like every lookup), or the id itself if it cannot
    /// be formatted.
    pub fn message(&self, id: &str, args: Option<&MessageArgs>) -> String {
        self.localizer
            .localize(self.locale, id, args, Isolation::Strip)
            .map(|l| l.text)
            .unwrap_or_else(|_| id.to_owned())
    }

    /// The explanation of error `code`: the same message the desktop app shows for it
    /// ([`error_message_id`]), else `error-unknown`, else the bare code. `$code` is always
    /// among the arguments.
    pub fn error(&self, code: &str, args: &MessageArgs) -> String {
        self.error_with(code, &error_message_id(code), args)
    }

    /// Like [`TerminalText::error`] with an explicit message id, for a failure whose wording
    /// differs from the desktop's (e.g. it names a command-line option).
    pub fn error_with(&self, code: &str, id: &str, args: &MessageArgs) -> String {
        let args = args.clone().text("code", code);
        [id, UNKNOWN_ERROR_MESSAGE_ID]
            .into_iter()
            .find_map(|id| {
                self.localizer
                    .localize(self.locale, id, Some(&args), Isolation::Strip)
                    .ok()
            })
            .map(|l| l.text)
            .unwrap_or_else(|| code.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(locale: Locale) -> TerminalText {
        TerminalText::embedded(locale).expect("the embedded locales load")
    }

    #[test]
    fn the_flag_wins_over_the_environment_and_an_unknown_one_is_kept_to_refuse() {
        assert_eq!(requested_locale(Some("uk"), Locale::Ro), (Locale::Uk, None));
        assert_eq!(
            requested_locale(Some("sr-Latn"), Locale::En),
            (Locale::SrLatn, None)
        );
        assert_eq!(requested_locale(None, Locale::Ro), (Locale::Ro, None));
        assert_eq!(
            requested_locale(Some("de"), Locale::Ru),
            (Locale::Ru, Some("de"))
        );
    }

    #[test]
    fn a_failure_line_starts_with_the_program() {
        let terminal = Terminal {
            program: "lantern-test",
            text: text(Locale::En),
        };
        assert_eq!(
            terminal.failure_line(&CommandFailure::coded(
                "store.wrong_passphrase",
                MessageArgs::new()
            )),
            "lantern-test: The passphrase is not correct. [store.wrong_passphrase]"
        );
    }

    #[test]
    fn the_message_list_is_what_the_code_uses() {
        // The code names its ids only through `id`: no other `"cli-` literal outside tests.
        for source in [
            include_str!("terminal/failure.rs"),
            include_str!("terminal/passphrase.rs"),
        ] {
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            assert!(!code.contains("\"cli-"), "a message id outside `id`");
        }
        let listed: std::collections::BTreeSet<&str> = MESSAGE_IDS.iter().copied().collect();
        assert_eq!(listed.len(), MESSAGE_IDS.len(), "no id listed twice");
        // That every locale has them: tests/i18n/real_locales.rs.
    }

    #[test]
    fn error_messages_by_code_in_the_chosen_locale() {
        let en = text(Locale::En).error("store.wrong_passphrase", &MessageArgs::new());
        let ro = text(Locale::Ro).error("store.wrong_passphrase", &MessageArgs::new());
        assert_eq!(en, "The passphrase is not correct.");
        assert!(!ro.is_empty());
        assert_ne!(ro, en, "Romanian has its own text");
    }

    #[test]
    fn numbers_reach_the_message_without_isolation_marks() {
        let t = text(Locale::En);
        let s = t.error(
            "store.passphrase_too_short",
            &MessageArgs::new().number("min", 12),
        );
        assert_eq!(s, "The passphrase must have at least 12 characters.");
    }

    #[test]
    fn unknown_code_and_unknown_id_degrade_visibly() {
        let t = text(Locale::En);
        let s = t.error("no.such_code", &MessageArgs::new());
        assert!(s.contains("no.such_code"), "{s}");
        assert!(!s.contains(['\u{2068}', '\u{2069}']), "{s:?}");
        assert_eq!(t.message("no-such-message-id", None), "no-such-message-id");
        // A message whose arguments are missing is not printed half-formatted.
        assert_eq!(
            t.message("error-store-passphrase-too-short", None),
            "error-store-passphrase-too-short"
        );
    }
}
