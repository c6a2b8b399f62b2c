//! Why a command failed, kept as data (a stable code and a Fluent message with its arguments) so
//! that `main` can explain it in the user's language: `lantern: <message> [<code>]`. Library
//! errors are converted by variant and code, never by their English text.

use std::fmt::Display;
use std::path::Path;

use lantern_core::assessment::{AssessmentError, CatalogueError};
use lantern_field::FieldError;
use lantern_field::script::ScriptError;
use lantern_field::sync::SyncError;
use lantern_i18n::{I18nError, Locale, MessageArgs, TerminalText, error_message_id};
use lantern_store::StoreError;

/// Codes of failures the CLI itself detects (library errors keep their own codes).
pub mod code {
    /// No `--profile` and no `LANTERN_PROFILE`.
    pub const NO_PROFILE: &str = "cli.no_profile";
    /// No passphrase variable and no terminal to ask in.
    pub const NO_PASSPHRASE: &str = "cli.no_passphrase";
    /// The passphrase and its repetition differ.
    pub const PASSPHRASE_MISMATCH: &str = "cli.passphrase_mismatch";
    /// Reading from the terminal failed.
    pub const TERMINAL: &str = "cli.terminal";
    /// A file given on the command line could not be read.
    pub const IO: &str = "cli.io";
    /// Printing a result failed (a defect, not bad input).
    pub const INTERNAL: &str = "cli.internal";
    /// `locales check` found problems.
    pub const LOCALE_FINDINGS: &str = "locale.findings";
}

/// Boxed: it travels up every call as the `Err` of a `Result`, which should stay small.
#[derive(Debug)]
pub struct Failure(Box<Inner>);

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

impl Failure {
    /// A failure explained by message `id` (in `cli.ftl`).
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

    /// A file that could not be read (`code` is the command's I/O code).
    pub fn unreadable(code: &'static str, path: &Path, err: impl Display) -> Self {
        Self::new(
            code,
            "cli-error-read",
            MessageArgs::new().text("path", path.display().to_string()),
        )
        .with_detail(err)
    }

    /// Printing the result failed: a defect, reported with its detail.
    pub fn internal(err: impl Display) -> Self {
        Self::new(code::INTERNAL, "cli-error-internal", MessageArgs::new()).with_detail(err)
    }

    pub fn with_detail(mut self, detail: impl Display) -> Self {
        self.0.detail = Some(detail.to_string());
        self
    }

    pub fn about_path(mut self, path: &Path) -> Self {
        self.0.subject = Some(Subject::Path(path.display().to_string()));
        self
    }

    fn about(mut self, id: &'static str, args: MessageArgs) -> Self {
        self.0.subject = Some(Subject::Message(id, args));
        self
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
        Self::coded(e.code(), store_args(&e))
    }
}

impl From<FieldError> for Failure {
    fn from(e: FieldError) -> Self {
        Self::new(e.code(), &e.message_id(), e.message_args())
    }
}

impl From<ScriptError> for Failure {
    /// The step number, so the script's author can find it; for a refused answer also the
    /// library's technical text, which names the question.
    fn from(e: ScriptError) -> Self {
        let detail = matches!(e.source, FieldError::Answer(_)).then(|| e.source.to_string());
        let step = i64::try_from(e.step).unwrap_or(i64::MAX);
        let failure = Failure::from(e.source)
            .about("cli-script-step", MessageArgs::new().number("step", step));
        match detail {
            Some(d) => failure.with_detail(d),
            None => failure,
        }
    }
}

impl From<SyncError> for Failure {
    fn from(e: SyncError) -> Self {
        match e {
            SyncError::Store(s) => s.into(),
            other => Self::coded(other.code(), MessageArgs::new()),
        }
    }
}

impl From<I18nError> for Failure {
    fn from(e: I18nError) -> Self {
        match &e {
            I18nError::UnknownLocale(tag) => unknown_language(tag),
            _ => Self::new(e.code(), "cli-error-locales", MessageArgs::new()).with_detail(&e),
        }
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
        Self::new(
            e.code(),
            id,
            MessageArgs::new()
                .number("count", count)
                .text("ids", ids.join(", ")),
        )
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
        Self::new(e.code(), id, MessageArgs::new()).with_detail(&e)
    }
}

/// `--lang` named a language Lantern does not have.
pub fn unknown_language(tag: &str) -> Failure {
    let available = Locale::ALL.map(Locale::tag).join(", ");
    Failure::new(
        "i18n.unknown_locale",
        "cli-error-unknown-language",
        MessageArgs::new()
            .text("lang", tag)
            .text("available", available),
    )
}

pub type Result<T, E = Failure> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    fn text(locale: Locale) -> TerminalText {
        TerminalText::embedded(locale).expect("embedded locales")
    }

    #[test]
    fn a_store_error_reads_like_the_desktop_and_keeps_its_code() {
        let f = Failure::from(StoreError::WrongPassphrase);
        assert_eq!(
            f.render(&text(Locale::En)),
            "The passphrase is not correct. [store.wrong_passphrase]"
        );
        let ro = f.render(&text(Locale::Ro));
        assert!(ro.ends_with(" [store.wrong_passphrase]"), "{ro}");
        assert!(!ro.contains("passphrase is not correct"), "{ro}");
    }

    #[test]
    fn subject_and_detail_stay_on_one_line() {
        let f = Failure::unreadable(code::IO, Path::new("/x/y.json"), "line one\nline two")
            .about_path(Path::new("/x/y.json"));
        let s = f.render(&text(Locale::En));
        assert_eq!(s.lines().count(), 1, "{s}");
        assert!(s.starts_with("/x/y.json: "), "{s}");
        assert!(s.ends_with("(line one line two) [cli.io]"), "{s}");
    }

    #[test]
    fn plural_arguments_are_numbers() {
        let one = Failure::from(AssessmentError::UnknownIndicator {
            ids: vec!["DR11".into()],
        })
        .render(&text(Locale::En));
        let two = Failure::from(AssessmentError::UnknownIndicator {
            ids: vec!["DR11".into(), "XX1".into()],
        })
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
