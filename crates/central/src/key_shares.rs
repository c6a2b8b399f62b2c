//! The office's key, recoverable by M of N people: `key split` hands each of N people one share
//! of the central home's data key; `recover` rebuilds the home from a copy of its encrypted store
//! and any M shares. The key material stays in `lantern-store` ([`lantern_store::shares`]).
//! Without this, a lost office laptop (and a lost passphrase and recovery key) would lose every
//! bundle still in transit: they are sealed to keys that live only inside that store.

use std::path::Path;

use lantern_store::{KdfParams, KeyShare, Passphrase, RecoveryKey, Vault, audit};

use crate::error::Result;
use crate::home::{Central, LAYOUT};

/// A home rebuilt from shares: the new recovery key is shown once, like at `init`.
#[derive(Debug)]
pub struct Restored {
    pub central: Central,
    pub recovery_key: RecoveryKey,
}

impl Central {
    /// Splits the home's data key into `total` shares, any `threshold` of which restore it
    /// ([`Central::restore_from_shares`]). Needs the passphrase (the open home no longer holds
    /// the key); the split is recorded in the office's audit log (never the shares).
    pub fn split_key(
        dir: &Path,
        passphrase: &Passphrase,
        threshold: u8,
        total: u8,
        now: i64,
    ) -> Result<Vec<KeyShare>> {
        let mut central = Central::unlock(dir, passphrase)?;
        let shares = Vault::key_shares(dir, &LAYOUT, passphrase, threshold, total)?;
        let tx = central.vault.conn_mut().transaction()?;
        let node = central_node_id(&tx)?;
        audit::append(
            &tx,
            now,
            "key.split",
            &node,
            &format!("threshold {threshold} of {total}"),
        )?;
        tx.commit()?;
        central.lock()?;
        Ok(shares)
    }

    /// Rebuilds a home in `dir` from a copy of the lost home's store (`central.db`, or the lost
    /// home's folder) and enough shares, under a new passphrase and recovery key. The lost files
    /// are only read; wrong, foreign or too few shares leave nothing in `dir`.
    pub fn restore_from_shares(
        dir: &Path,
        store: &Path,
        shares: &[KeyShare],
        passphrase: &Passphrase,
        kdf: KdfParams,
        now: i64,
    ) -> Result<Restored> {
        let database = if store.is_dir() {
            store.join(crate::DATABASE_FILE)
        } else {
            store.to_path_buf()
        };
        let created = Vault::restore_from_shares(dir, &LAYOUT, &database, shares, passphrase, kdf)?;
        let mut central = Central::checked(created.vault)?;
        let tx = central.vault.conn_mut().transaction()?;
        let node = central_node_id(&tx)?;
        audit::append(
            &tx,
            now,
            "key.restored",
            &node,
            &format!("from {} shares", shares.len()),
        )?;
        tx.commit()?;
        Ok(Restored {
            central,
            recovery_key: created.recovery_key,
        })
    }
}

fn central_node_id(tx: &rusqlite::Transaction<'_>) -> Result<String> {
    Ok(tx.query_row("SELECT node_id FROM node", [], |r| r.get(0))?)
}
