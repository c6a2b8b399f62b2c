//! A profile directory: `keys.json` (wrapped data key) and `lantern.db` (SQLCipher, WAL), a
//! [`Vault`] with the field schema. Create, unlock (passphrase or recovery key), change
//! passphrase, lock.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::error::{Result, StoreError};
use crate::keys::{self, KdfParams, Passphrase, RecoveryKey};
use crate::migrations;
use crate::vault::{Vault, VaultLayout};

pub use crate::vault::PAGE_SIZE;

pub const KEY_FILE: &str = "keys.json";
pub const DATABASE_FILE: &str = "lantern.db";

/// An unlocked store. Dropping it (or [`Store::lock`]) closes the database and zeroizes the key.
#[derive(Debug)]
pub struct Store {
    pub(crate) dir: PathBuf,
    pub(crate) conn: Connection,
    pub(crate) profile_id: String,
    pub(crate) kdf: KdfParams,
}

/// SQLite's `synchronous` setting in WAL mode: `Full` syncs the WAL at every commit (durable
/// when the call returns); `Normal` syncs only at checkpoints (a power cut can lose the last
/// commits, never corrupt the database).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Synchronous {
    Full,
    Normal,
}

/// What `create` hands back once: the recovery key is never stored in readable form.
#[derive(Debug)]
pub struct Created {
    pub store: Store,
    pub recovery_key: RecoveryKey,
}

/// The field profile's files and schema.
pub(crate) const LAYOUT: VaultLayout = VaultLayout {
    key_file: KEY_FILE,
    database_file: DATABASE_FILE,
    migrations: migrations::MIGRATIONS,
};

impl Store {
    /// Creates a new profile in `dir` (created if missing). `now` is unix milliseconds.
    pub fn create(
        dir: &Path,
        passphrase: &Passphrase,
        kdf: KdfParams,
        now: i64,
    ) -> Result<Created> {
        let device_id = format!("dev-{}", keys::random_hex(16)?);
        let mut seed = zeroize::Zeroizing::new([0u8; 32]);
        keys::random_fill(seed.as_mut())?;
        let created = Vault::create(dir, &LAYOUT, passphrase, kdf, |tx, profile_id| {
            tx.execute(
                "INSERT INTO profile (singleton, profile_id, created_at) VALUES (1, ?1, ?2)",
                rusqlite::params![profile_id, now],
            )?;
            tx.execute(
                "INSERT INTO device (singleton, device_id, signing_seed, created_at) VALUES (1, ?1, ?2, ?3)",
                rusqlite::params![device_id, &seed[..], now],
            )?;
            tx.execute("INSERT INTO sync_state (singleton) VALUES (1)", [])?;
            crate::audit::append(tx, now, "profile.created", profile_id, "")?;
            Ok(())
        })?;
        Ok(Created {
            store: Store::from_vault(created.vault),
            recovery_key: created.recovery_key,
        })
    }

    /// Unlocks with the passphrase. A wrong passphrase is detected from the key file alone,
    /// before the database is touched.
    pub fn unlock(dir: &Path, passphrase: &Passphrase) -> Result<Store> {
        Self::checked(Vault::unlock(dir, &LAYOUT, passphrase)?)
    }

    /// Unlocks with the recovery key (the supervisor's copy).
    pub fn unlock_with_recovery(dir: &Path, recovery: &RecoveryKey) -> Result<Store> {
        Self::checked(Vault::unlock_with_recovery(dir, &LAYOUT, recovery)?)
    }

    /// Changes the passphrase: rewraps the data key; the database is not touched.
    pub fn change_passphrase(
        dir: &Path,
        old: &Passphrase,
        new: &Passphrase,
        kdf: KdfParams,
    ) -> Result<()> {
        Vault::change_passphrase(dir, &LAYOUT, old, new, kdf)
    }

    /// Sets a new passphrase using the recovery key (forgotten passphrase).
    pub fn reset_passphrase(
        dir: &Path,
        recovery: &RecoveryKey,
        new: &Passphrase,
        kdf: KdfParams,
    ) -> Result<()> {
        Vault::reset_passphrase(dir, &LAYOUT, recovery, new, kdf)
    }

    /// The profile table must name the key file's profile: a database swapped in from another
    /// profile with the same data key is refused.
    fn checked(vault: Vault) -> Result<Store> {
        let db_path = vault.dir().join(DATABASE_FILE);
        let stored: String = vault
            .conn()
            .query_row("SELECT profile_id FROM profile", [], |r| r.get(0))
            .map_err(|_| StoreError::DatabaseDamaged(db_path.clone()))?;
        if stored != vault.id() {
            return Err(StoreError::ForeignDatabase(db_path));
        }
        Ok(Store::from_vault(vault))
    }

    fn from_vault(vault: Vault) -> Store {
        let (dir, conn, profile_id, kdf) = vault.into_parts();
        Store {
            dir,
            conn,
            profile_id,
            kdf,
        }
    }

    /// The unwrapped data key, for the test that greps files for the key bytes. Not for
    /// production use: nothing else ever needs the key outside this crate.
    #[doc(hidden)]
    pub fn data_key_for_leak_test(dir: &Path, passphrase: &Passphrase) -> Result<[u8; 32]> {
        Vault::data_key_for_leak_test(dir, &LAYOUT, passphrase)
    }

    /// Closes the database; the key material is zeroized (ours on drop, SQLCipher's on close).
    pub fn lock(self) -> Result<()> {
        let Store { conn, .. } = self;
        conn.close().map_err(|(_, e)| StoreError::from(e))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn profile_id(&self) -> &str {
        &self.profile_id
    }

    /// True when the profile was created with the cheap test parameters.
    pub fn kdf_is_production_strength(&self) -> bool {
        self.kdf.is_production_strength()
    }

    /// Changes `PRAGMA synchronous` on this connection. The product always runs with
    /// [`Synchronous::Full`] (set at every open); this exists only so the benchmark can show
    /// what `Normal` would buy (docs/performance.md).
    #[doc(hidden)]
    pub fn set_synchronous_for_benchmark(&self, mode: Synchronous) -> Result<()> {
        let value = match mode {
            Synchronous::Full => "FULL",
            Synchronous::Normal => "NORMAL",
        };
        self.conn.pragma_update(None, "synchronous", value)?;
        Ok(())
    }

    /// `PRAGMA integrity_check` result: "ok" when the database is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}
