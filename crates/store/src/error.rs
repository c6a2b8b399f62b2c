//! Store errors. Each variant has a stable code; the UI and CLI localise by code
//! (`error-<code with dots as dashes>`), never by message text.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the passphrase or recovery key is not correct")]
    WrongPassphrase,
    #[error("{0} is not a Lantern profile (no key file)")]
    NotAProfile(PathBuf),
    #[error("a profile already exists in {0}")]
    ProfileExists(PathBuf),
    #[error("the key file {path} is damaged: {detail}")]
    KeyFileDamaged { path: PathBuf, detail: String },
    #[error("the database file {0} is truncated or damaged")]
    DatabaseDamaged(PathBuf),
    #[error("the database file {0} belongs to another profile")]
    ForeignDatabase(PathBuf),
    #[error("the database file {0} is missing")]
    DatabaseMissing(PathBuf),
    /// The path is empty when SQLite refused a write after the open (it does not say where).
    #[error("cannot write to {}", folder_name(.0))]
    DirectoryNotWritable(PathBuf),
    #[error("the disk is full")]
    DiskFull,
    #[error("the passphrase is too short (at least {min} characters)")]
    PassphraseTooShort { min: usize },
    #[error("key derivation parameters are weaker than allowed")]
    WeakKdfParams,
    /// Argon2id parameters below the production floor: only a build with the
    /// `insecure-test-kdf` feature makes or opens such a key file.
    #[error("the key derivation parameters are below the production floor (a test-build profile)")]
    KdfTooWeak,
    #[error("the database schema version {found} is newer than this program understands ({known})")]
    SchemaTooNew { found: i64, known: i64 },
    #[error("the audit log chain is broken at entry {seq}")]
    AuditChainBroken { seq: i64 },
    #[error("not found: {0}")]
    NotFound(String),
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("input/output error: {0}")]
    Io(#[from] std::io::Error),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl StoreError {
    /// Stable machine code, also the suffix of the Fluent message id.
    pub fn code(&self) -> &'static str {
        match self {
            Self::WrongPassphrase => "store.wrong_passphrase",
            Self::NotAProfile(_) => "store.not_a_profile",
            Self::ProfileExists(_) => "store.profile_exists",
            Self::KeyFileDamaged { .. } => "store.key_file_damaged",
            Self::DatabaseDamaged(_) => "store.database_damaged",
            Self::ForeignDatabase(_) => "store.foreign_database",
            Self::DatabaseMissing(_) => "store.database_missing",
            Self::DirectoryNotWritable(_) => "store.directory_not_writable",
            Self::DiskFull => "store.disk_full",
            Self::PassphraseTooShort { .. } => "store.passphrase_too_short",
            Self::WeakKdfParams => "store.weak_kdf_params",
            Self::KdfTooWeak => "store.kdf_too_weak",
            Self::SchemaTooNew { .. } => "store.schema_too_new",
            Self::AuditChainBroken { .. } => "store.audit_chain_broken",
            Self::NotFound(_) => "store.not_found",
            Self::Invalid(_) => "store.invalid",
            Self::Io(_) => "store.io",
            Self::Sqlite(_) => "store.database",
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Self::DiskFull,
            Some(ErrorCode::ReadOnly)
            | Some(ErrorCode::CannotOpen)
            | Some(ErrorCode::PermissionDenied) => Self::DirectoryNotWritable(PathBuf::new()),
            _ => Self::Sqlite(err),
        }
    }
}

fn folder_name(path: &std::path::Path) -> String {
    if path.as_os_str().is_empty() {
        "the profile folder".to_owned()
    } else {
        path.display().to_string()
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_write_names_the_folder_or_says_which_one() {
        let later = StoreError::DirectoryNotWritable(PathBuf::new());
        assert_eq!(later.to_string(), "cannot write to the profile folder");
        let at_open = StoreError::DirectoryNotWritable(PathBuf::from("/media/usb/p"));
        assert_eq!(at_open.to_string(), "cannot write to /media/usb/p");
        assert_eq!(later.code(), "store.directory_not_writable");
    }
}
