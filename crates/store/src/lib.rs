//! Lantern's encrypted local store.
//!
//! One SQLCipher database per profile, opened with a random 256-bit data key that exists on
//! disk only wrapped under Argon2id-derived keys (passphrase, recovery key). WAL mode with
//! `synchronous = FULL`: every write has committed durably before the call returns.
//! Blocking API: callers on an async runtime use `spawn_blocking`.

pub mod audit;
mod device;
pub mod erase;
pub mod error;
mod interpreters;
mod interview;
pub mod keys;
mod migrations;
pub mod private_fs;
mod profile;
pub mod shares;
pub mod sync;
pub mod vault;

pub use audit::{AuditEntry, AuditHead, AuditProblem, AuditReport};
pub use device::StoreStatus;
pub use error::{Result, StoreError};
pub use interpreters::InterpreterEntry;
pub use interview::{
    AnswerRecord, AnswerState, ConsentPurpose, ConsentRecord, ConsentState, InterpreterChange,
    InterviewStatus, InterviewSummary, LanguageEvent, NewInterview, StopReason, StoredAnswer,
};
pub use keys::{CHEAP_KDF_ALLOWED, KdfParams, Passphrase, RecoveryKey, check_kdf_floor};
pub use migrations::LATEST as SCHEMA_VERSION;
pub use profile::{Created, DATABASE_FILE, KEY_FILE, PAGE_SIZE, Store, Synchronous};
pub use shares::{KeyShare, ShareError};
pub use vault::{CreatedVault, Vault, VaultLayout};

impl Store {
    /// The schema as SQL (`sqlite_master`), for the snapshot test that catches edited migrations.
    pub fn schema_sql(&self) -> Result<String> {
        vault::schema_sql(&self.conn)
    }
}
