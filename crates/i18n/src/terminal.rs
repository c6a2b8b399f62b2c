//! Messages for the command-line tools: one locale, plain text (no isolation marks, which a
//! terminal shows as boxes), and no failure at the moment of printing. A message that cannot be
//! formatted shows its id instead: visible, greppable, and caught before release by the locale
//! lint and the CLIs' own tests, which require every id they use in every locale.

use crate::{
    I18nError, Isolation, Locale, Localizer, MessageArgs, UNKNOWN_ERROR_MESSAGE_ID,
    error_message_id,
};

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
