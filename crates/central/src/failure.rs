//! Part of the `lantern-central` binary (declared in `main.rs`), not of the library: why a
//! command failed, kept as data (a stable code and a Fluent message with its arguments) so that
//! `main` explains it in the user's language: `lantern-central: <message> [<code>]`. Library
//! errors are converted by variant and code, never by their English text.

use std::fmt::Display;
use std::path::Path;

use lantern_central::CentralError;
use lantern_i18n::{Locale, MessageArgs, TerminalText, error_message_id};
use lantern_store::StoreError;

/// Codes of failures the binary itself detects. The `central.*` ones predate localisation and
/// stay as they were: scripts may rely on them.
pub mod code {
    pub const NO_HOME: &str = "central.no_home";
    pub const NO_PASSPHRASE: &str = "central.no_passphrase";
    pub const PASSPHRASE_MISMATCH: &str = "central.passphrase_mismatch";
    pub const IO: &str = "central.io";
    /// Reading from the terminal failed.
    pub const TERMINAL: &str = "cli.terminal";
    /// Printing a result failed (a defect, not bad input).
    pub const INTERNAL: &str = "cli.internal";
}

/// Boxed: it travels up every call as the `Err` of a `Result`, which should stay small.
#[derive(Debug)]
pub struct Failure(Box<Inner>);

#[derive(Debug)]
struct Inner {
    code: &'static str,
    message_id: String,
    args: MessageArgs,
    /// Technical detail from a library or the OS (English, untranslated), in parentheses.
    detail: Option<String>,
}

impl Failure {
    /// A failure explained by message `id` (in `cli.ftl`).
    pub fn new(code: &'static str, id: &str, args: MessageArgs) -> Self {
        Self(Box::new(Inner {
            code,
            message_id: id.to_owned(),
            args,
            detail: None,
        }))
    }

    /// A library error, explained by the same message as in the desktop app (`error-` + code).
    pub fn coded(code: &'static str, args: MessageArgs) -> Self {
        Self::new(code, &error_message_id(code), args)
    }

    /// `path` could not be read or written (message `cli-error-read` or `cli-error-write`).
    pub fn io(id: &str, path: &Path, err: impl Display) -> Self {
        Self::new(
            code::IO,
            id,
            MessageArgs::new().text("path", path.display().to_string()),
        )
        .with_detail(err)
    }

    pub fn internal(err: impl Display) -> Self {
        Self::new(code::INTERNAL, "cli-error-internal", MessageArgs::new()).with_detail(err)
    }

    pub fn with_detail(mut self, detail: impl Display) -> Self {
        self.0.detail = Some(detail.to_string());
        self
    }

    /// `<message> (<detail>) [<code>]`, one line.
    pub fn render(&self, text: &TerminalText) -> String {
        let mut line = text.error_with(self.0.code, &self.0.message_id, &self.0.args);
        if let Some(detail) = &self.0.detail {
            line.push_str(&format!(" ({detail})"));
        }
        line.push_str(&format!(" [{}]", self.0.code));
        line.replace(['\n', '\r'], " ")
    }
}

impl From<CentralError> for Failure {
    fn from(e: CentralError) -> Self {
        let args = match &e {
            CentralError::Store(StoreError::PassphraseTooShort { min }) => {
                MessageArgs::new().number("min", i64::try_from(*min).unwrap_or(i64::MAX))
            }
            _ => MessageArgs::new(),
        };
        Self::coded(e.code(), args)
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
