//! Part of the `lantern-central` binary (declared in `main.rs`), not of the library: why a
//! command failed, a [`CommandFailure`] (a stable code and a Fluent message with its arguments,
//! explained by `main` in the user's language: `lantern-central: <message> [<code>]`), in a type
//! of this crate so that `?` converts the library's errors into it, by variant and code, never
//! by their English text.

use std::fmt::Display;
use std::path::Path;

use lantern_central::CentralError;
use lantern_i18n::{CommandFailure, MessageArgs};
use lantern_store::StoreError;

/// Codes of failures the binary itself detects. The `central.*` ones predate localisation and
/// stay as they were: scripts may rely on them.
pub mod code {
    pub const NO_HOME: &str = "central.no_home";
    pub const NO_PASSPHRASE: &str = "central.no_passphrase";
    pub const PASSPHRASE_MISMATCH: &str = "central.passphrase_mismatch";
    pub const IO: &str = "central.io";
    /// `devices approve` without --key or --fingerprint: a device id alone is public.
    pub const DEVICE_KEY_REQUIRED: &str = "central.device_key_required";
}

/// The `Err` of every command.
#[derive(Debug)]
pub struct Failure(pub CommandFailure);

impl From<CommandFailure> for Failure {
    fn from(f: CommandFailure) -> Self {
        Self(f)
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
        Self(CommandFailure::coded(e.code(), args))
    }
}

/// `path` could not be read or written (message `cli-error-read` or `cli-error-write`).
pub fn io(id: &str, path: &Path, err: impl Display) -> CommandFailure {
    CommandFailure::file(code::IO, id, path, err)
}

pub type Result<T, E = Failure> = std::result::Result<T, E>;
