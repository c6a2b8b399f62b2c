//! Definition errors. Every variant names the file and the place (question, gate, flag, ...)
//! and has a stable machine code. The validator collects all of them, it never stops at the first.

use std::fmt;

/// One problem in a questionnaire definition.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DefinitionError {
    #[error("{file}: not a valid questionnaire file: {message}")]
    Parse { file: String, message: String },
    #[error("{file}: unsupported format version {found} (this build reads format 1)")]
    UnsupportedFormat { file: String, found: u32 },
    #[error("{file}: the questionnaire has no {what}")]
    Empty { file: String, what: &'static str },
    #[error("{file}: {at}: duplicate {kind} id {id:?}")]
    DuplicateId {
        file: String,
        at: Location,
        kind: &'static str,
        id: String,
    },
    #[error("{file}: {at}: bad id {id:?}: {reason}")]
    BadId {
        file: String,
        at: Location,
        id: String,
        reason: &'static str,
    },
    #[error("{file}: {at}: refers to unknown {target}")]
    DanglingReference {
        file: String,
        at: Location,
        target: String,
    },
    #[error(
        "{file}: {at}: refers to {target}, which is not answered before this point (cycle or forward reference)"
    )]
    Cycle {
        file: String,
        at: Location,
        target: String,
    },
    #[error("{file}: {at}: unknown indicator id {indicator:?}")]
    UnknownIndicator {
        file: String,
        at: Location,
        indicator: String,
    },
    #[error("{file}: {at}: {detail}")]
    BadOptions {
        file: String,
        at: Location,
        detail: String,
    },
    #[error("{file}: {at}: bad condition: {detail}")]
    BadCondition {
        file: String,
        at: Location,
        detail: String,
    },
    #[error("{file}: {at}: {detail}")]
    BadAttribute {
        file: String,
        at: Location,
        detail: String,
    },
    #[error("{file}: {at}: bad repeatable group: {detail}")]
    BadGroup {
        file: String,
        at: Location,
        detail: String,
    },
    #[error("{file}: {at}: {detail}")]
    SensitivityMismatch {
        file: String,
        at: Location,
        detail: String,
    },
    #[error(
        "{file}: {at}: consent purpose {purpose:?} is already asked by question {first}; each purpose is asked once"
    )]
    DuplicateConsent {
        file: String,
        at: Location,
        purpose: &'static str,
        /// The question that declared the purpose first.
        first: String,
    },
    #[error(
        "{file}: {at}: bad export variable {name:?} (expected ctdc:Name, htcds:Name or idi:Name)"
    )]
    BadExport {
        file: String,
        at: Location,
        name: String,
    },
}

impl DefinitionError {
    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Parse { .. } => "questionnaire.parse",
            Self::UnsupportedFormat { .. } => "questionnaire.unsupported_format",
            Self::Empty { .. } => "questionnaire.empty",
            Self::DuplicateId { .. } => "questionnaire.duplicate_id",
            Self::BadId { .. } => "questionnaire.bad_id",
            Self::DanglingReference { .. } => "questionnaire.dangling_reference",
            Self::Cycle { .. } => "questionnaire.cycle",
            Self::UnknownIndicator { .. } => "questionnaire.unknown_indicator",
            Self::BadOptions { .. } => "questionnaire.bad_options",
            Self::BadCondition { .. } => "questionnaire.bad_condition",
            Self::BadAttribute { .. } => "questionnaire.bad_attribute",
            Self::BadGroup { .. } => "questionnaire.bad_group",
            Self::SensitivityMismatch { .. } => "questionnaire.sensitivity_mismatch",
            Self::BadExport { .. } => "questionnaire.bad_export",
            Self::DuplicateConsent { .. } => "questionnaire.duplicate_consent",
        }
    }

    /// The place in the definition, if the error has one.
    pub fn location(&self) -> Option<&Location> {
        match self {
            Self::Parse { .. } | Self::UnsupportedFormat { .. } | Self::Empty { .. } => None,
            Self::DuplicateId { at, .. }
            | Self::BadId { at, .. }
            | Self::DanglingReference { at, .. }
            | Self::Cycle { at, .. }
            | Self::UnknownIndicator { at, .. }
            | Self::BadOptions { at, .. }
            | Self::BadCondition { at, .. }
            | Self::BadAttribute { at, .. }
            | Self::BadGroup { at, .. }
            | Self::SensitivityMismatch { at, .. }
            | Self::BadExport { at, .. }
            | Self::DuplicateConsent { at, .. } => Some(at),
        }
    }
}

/// Where in a definition a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Questionnaire,
    Module(String),
    Question(String),
    Group(String),
    Flag(String),
    Gate(String),
    Emergency,
    Observations(&'static str),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Questionnaire => f.write_str("questionnaire"),
            Self::Module(id) => write!(f, "module {id}"),
            Self::Question(id) => write!(f, "question {id}"),
            Self::Group(id) => write!(f, "group {id}"),
            Self::Flag(id) => write!(f, "flag {id}"),
            Self::Gate(id) => write!(f, "gate {id}"),
            Self::Emergency => f.write_str("emergency"),
            Self::Observations(field) => write!(f, "observations.{field}"),
        }
    }
}

/// Loading a definition failed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: cannot read: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
    #[error("{}", render_all(.0))]
    Invalid(Vec<DefinitionError>),
}

fn render_all(errors: &[DefinitionError]) -> String {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| format!("[{}] {e}", e.code()))
        .collect();
    lines.join("\n")
}

impl LoadError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Io { .. } => "questionnaire.io",
            Self::Invalid(_) => "questionnaire.invalid",
        }
    }

    /// Every definition problem found (empty for an IO error).
    pub fn problems(&self) -> &[DefinitionError] {
        match self {
            Self::Io { .. } => &[],
            Self::Invalid(errors) => errors,
        }
    }
}
