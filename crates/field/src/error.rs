//! Errors of the field use-cases, each with a stable code. The transports localise by code
//! (`error-` + the code with dots and underscores as dashes).

use lantern_core::engine::AnswerError;
use lantern_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum FieldError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Answer(#[from] AnswerError),
    #[error("unknown locale {0}")]
    UnknownLocale(String),
    #[error("interview {0} was made with questionnaire {1}, which this program does not have")]
    UnknownQuestionnaire(String, String),
    #[error("the referral directory is invalid: {0}")]
    Directory(String),
    #[error("the stored interview is damaged: {0}")]
    Damaged(String),
    #[error("the interview is not complete yet")]
    NotComplete,
    #[error("the assessment failed: {0}")]
    Assessment(String),
    #[error("the app is locked")]
    Locked,
    #[error("there is no interview {0} on this device")]
    UnknownInterview(String),
    #[error("interpreter {0} is not in this device's interpreter registry")]
    UnknownInterpreter(String),
    #[error("interpreter entry incomplete: {0}")]
    BadInterpreter(&'static str),
    #[error(transparent)]
    Sync(#[from] crate::sync::SyncError),
}

impl FieldError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Store(e) => e.code(),
            Self::Answer(e) => e.code(),
            Self::UnknownLocale(_) => "field.unknown_locale",
            Self::UnknownQuestionnaire(..) => "field.unknown_questionnaire",
            Self::Directory(_) => "field.directory_invalid",
            Self::Damaged(_) => "field.damaged",
            Self::NotComplete => "field.not_complete",
            Self::Assessment(_) => "field.assessment",
            Self::Locked => "field.locked",
            Self::UnknownInterview(_) => "field.unknown_interview",
            Self::UnknownInterpreter(_) => "field.unknown_interpreter",
            Self::BadInterpreter(_) => "field.bad_interpreter",
            Self::Sync(e) => e.code(),
        }
    }

    /// The arguments the error's message needs (numbers as numbers, for plural rules).
    pub fn message_args(&self) -> lantern_i18n::MessageArgs {
        let args = lantern_i18n::MessageArgs::new().text("code", self.code());
        match self {
            Self::Store(StoreError::PassphraseTooShort { min }) => args.number("min", *min as i64),
            Self::UnknownInterview(id) | Self::UnknownInterpreter(id) => {
                args.text("id", id.clone())
            }
            _ => args,
        }
    }

    /// The Fluent message id that explains this error to a person.
    pub fn message_id(&self) -> String {
        if let Self::Answer(e) = self {
            return e.message_id().to_owned();
        }
        format!("error-{}", self.code().replace(['.', '_'], "-"))
    }
}

pub type Result<T, E = FieldError> = std::result::Result<T, E>;
