//! Why a command of a command-line tool failed, kept as data (a stable code and a Fluent message
//! with its arguments) so that it is explained in the user's language when it is printed:
//! `<subject>: <message> (<detail>) [<code>]`. Each tool converts its libraries' errors into it
//! by variant and code, never by their English text.

use std::fmt::Display;
use std::path::Path;

use crate::{Locale, MessageArgs, TerminalText, error_message_id};

use super::{code, id};

/// Boxed: it travels up every call as the `Err` of a `Result`, which should stay small.
#[derive(Debug)]
pub struct CommandFailure(Box<Inner>);

#[derive(Debug)]
struct Inner {
    code: &'static str,
    message_id: String,
    args: MessageArgs,
    /// What the failure is about (a file, a script step), shown before the message.
    subject: Option<Subject>,
    /// Technical detail a library or the OS gave in English (a parser position, an OS error),
    /// shown in parentheses: it helps whoever fixes the file and has no translation.
    detail: Option<String>,
}

#[derive(Debug)]
enum Subject {
    Path(String),
    Message(&'static str, MessageArgs),
}

impl CommandFailure {
    /// A failure explained by message `id` (a tool's own, in `cli.ftl`).
    pub fn new(code: &'static str, id: &str, args: MessageArgs) -> Self {
        Self(Box::new(Inner {
            code,
            message_id: id.to_owned(),
            args,
            subject: None,
            detail: None,
        }))
    }

    /// A library error, explained by the same message as in the desktop app (`error-` + code).
    pub fn coded(code: &'static str, args: MessageArgs) -> Self {
        Self::new(code, &error_message_id(code), args)
    }

    /// `path` could not be read or written: message `id` with `$path`, the OS error as detail.
    pub fn file(code: &'static str, id: &str, path: &Path, err: impl Display) -> Self {
        Self::new(
            code,
            id,
            MessageArgs::new().text("path", path.display().to_string()),
        )
        .with_detail(err)
    }

    /// Printing a result failed: a defect, not bad input, reported with its detail.
    pub fn internal(err: impl Display) -> Self {
        Self::new(code::INTERNAL, id::ERROR_INTERNAL, MessageArgs::new()).with_detail(err)
    }

    /// `--lang` named a language Lantern does not have (the code of
    /// [`crate::I18nError::UnknownLocale`]).
    pub fn unknown_language(tag: &str) -> Self {
        let available = Locale::ALL.map(Locale::tag).join(", ");
        Self::new(
            "i18n.unknown_locale",
            id::ERROR_UNKNOWN_LANGUAGE,
            MessageArgs::new()
                .text("lang", tag)
                .text("available", available),
        )
    }

    pub fn with_detail(mut self, detail: impl Display) -> Self {
        self.0.detail = Some(detail.to_string());
        self
    }

    /// The failure concerns file `path`, shown before the message.
    pub fn about_path(mut self, path: &Path) -> Self {
        self.0.subject = Some(Subject::Path(path.display().to_string()));
        self
    }

    /// The failure concerns what message `id` says (e.g. "step 3 of the script").
    pub fn about_message(mut self, id: &'static str, args: MessageArgs) -> Self {
        self.0.subject = Some(Subject::Message(id, args));
        self
    }

    pub fn code(&self) -> &'static str {
        self.0.code
    }

    /// `<subject>: <message> (<detail>) [<code>]`, one line.
    pub fn render(&self, text: &TerminalText) -> String {
        let mut line = String::new();
        match &self.0.subject {
            Some(Subject::Path(p)) => line.push_str(&format!("{p}: ")),
            Some(Subject::Message(id, args)) => {
                line.push_str(&format!("{}: ", text.message(id, Some(args))));
            }
            None => {}
        }
        line.push_str(&text.error_with(self.0.code, &self.0.message_id, &self.0.args));
        if let Some(detail) = &self.0.detail {
            line.push_str(&format!(" ({detail})"));
        }
        line.push_str(&format!(" [{}]", self.0.code));
        // One line, whatever a library's detail contained.
        line.replace(['\n', '\r'], " ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::I18nError;

    fn text(locale: Locale) -> TerminalText {
        TerminalText::embedded(locale).expect("embedded locales")
    }

    #[test]
    fn subject_and_detail_stay_on_one_line() {
        let path = Path::new("/x/y.json");
        let f = CommandFailure::file("cli.io", "cli-error-read", path, "line one\nline two")
            .about_path(path);
        let s = f.render(&text(Locale::En));
        assert_eq!(
            s,
            "/x/y.json: Cannot read /x/y.json. (line one line two) [cli.io]"
        );
    }

    #[test]
    fn a_message_subject_is_localised_with_its_arguments() {
        let f = CommandFailure::coded("store.wrong_passphrase", MessageArgs::new())
            .about_message("cli-script-step", MessageArgs::new().number("step", 2));
        assert_eq!(
            f.render(&text(Locale::En)),
            "Step 2 of the script: The passphrase is not correct. [store.wrong_passphrase]"
        );
    }

    #[test]
    fn an_unknown_language_lists_the_available_ones_with_the_libraries_code() {
        let f = CommandFailure::unknown_language("de");
        assert_eq!(
            f.code(),
            I18nError::UnknownLocale("de".into()).code(),
            "the same code as the library error"
        );
        assert_eq!(
            f.render(&text(Locale::En)),
            "\u{201c}de\u{201d} is not one of Lantern's languages. Available: en, sq, sr-Cyrl, \
             sr-Latn, ro, ru, uk. [i18n.unknown_locale]"
        );
    }

    #[test]
    fn an_internal_failure_has_its_code_and_detail() {
        let s = CommandFailure::internal("broken pipe").render(&text(Locale::En));
        assert!(s.ends_with(" (broken pipe) [cli.internal]"), "{s}");
    }
}
