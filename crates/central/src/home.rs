//! The central home directory: `central-keys.json` (the wrapped data key) and `central.db`
//! (SQLCipher), a [`Vault`] with the central schema. `init` creates the node's X25519 identity
//! and Ed25519 signing key inside it and returns the signed enrolment file for devices.

use std::path::Path;

use lantern_bundle::{
    CentralIdentity, CentralRecipient, CentralSigningKey, CentralVerifyingKey, Enrolment, Limits,
    PurgePolicy, sign_enrolment,
};
use lantern_store::{KdfParams, Passphrase, RecoveryKey, Vault, VaultLayout};
use rusqlite::params;
use serde::Serialize;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{CentralError, Result};

pub const KEY_FILE: &str = "central-keys.json";
pub const DATABASE_FILE: &str = "central.db";
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001-central.sql"),
    include_str!("migrations/0002-older-revision-review.sql"),
    include_str!("migrations/0003-identity-consent-audit.sql"),
    include_str!("migrations/0004-statistics-facts.sql"),
    include_str!("migrations/0005-persons.sql"),
    include_str!("migrations/0006-inbox.sql"),
];

pub(crate) const LAYOUT: VaultLayout = VaultLayout {
    key_file: KEY_FILE,
    database_file: DATABASE_FILE,
    migrations: MIGRATIONS,
};

/// An unlocked central node.
#[derive(Debug)]
pub struct Central {
    pub(crate) vault: Vault,
    pub(crate) limits: Limits,
}

/// What [`Central::init`] hands back once.
#[derive(Debug)]
pub struct Initialised {
    pub central: Central,
    /// Shown once, kept by the supervisor: it can unwrap the data key if the passphrase is lost.
    pub recovery_key: RecoveryKey,
    /// The signed enrolment file to give every device.
    pub enrolment: Vec<u8>,
}

/// The node's public identity, for people to compare with what a device shows at enrolment.
#[derive(Debug, Clone, Serialize)]
pub struct NodeInfo {
    pub node_id: String,
    pub central_key: String,
    pub central_fingerprint: String,
    pub recipient: String,
    pub recipient_fingerprint: String,
    pub purge: PurgePolicy,
    pub kdf_production_strength: bool,
    /// SHA-256 of the inbox's TLS certificate, as the enrolment file pins it (groups of four
    /// hex digits, like the key fingerprints).
    pub inbox_certificate_fingerprint: Option<String>,
}

impl Central {
    /// Creates the central home in `dir` with fresh keys. `now` is unix milliseconds.
    pub fn init(
        dir: &Path,
        passphrase: &Passphrase,
        kdf: KdfParams,
        purge: PurgePolicy,
        now: i64,
    ) -> Result<Initialised> {
        let identity = CentralIdentity::generate()?;
        let signing = CentralSigningKey::generate()?;
        Self::init_with_keys(dir, passphrase, kdf, purge, identity, signing, now)
    }

    /// [`Central::init`] with given keys instead of fresh ones. TEST-ONLY: it exists so the
    /// bundle crate's committed vectors (sealed to fixed, published keys) can be pushed through
    /// the real import path. A real node must never hold keys that existed before it.
    #[doc(hidden)]
    pub fn init_with_keys_for_tests(
        dir: &Path,
        passphrase: &Passphrase,
        kdf: KdfParams,
        purge: PurgePolicy,
        identity: CentralIdentity,
        signing: CentralSigningKey,
        now: i64,
    ) -> Result<Initialised> {
        Self::init_with_keys(dir, passphrase, kdf, purge, identity, signing, now)
    }

    fn init_with_keys(
        dir: &Path,
        passphrase: &Passphrase,
        kdf: KdfParams,
        purge: PurgePolicy,
        identity: CentralIdentity,
        signing: CentralSigningKey,
        now: i64,
    ) -> Result<Initialised> {
        let created = Vault::create(dir, &LAYOUT, passphrase, kdf, |tx, vault_id| {
            let id = format!("node-{vault_id}");
            tx.execute(
                "INSERT INTO node (singleton, node_id, identity_secret, signing_seed, purge_policy, created_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5)",
                params![
                    id,
                    &identity.to_secret_bytes()[..],
                    &signing.to_secret_bytes()[..],
                    purge.as_str(),
                    now
                ],
            )?;
            Ok(())
        })?;
        let mut central = Central {
            vault: created.vault,
            limits: Limits::default(),
        };
        central.inbox_certificate(now)?;
        let enrolment = central.enrolment_file(now)?;
        Ok(Initialised {
            central,
            recovery_key: created.recovery_key,
            enrolment,
        })
    }

    /// Unlocks the central home with its passphrase.
    pub fn unlock(dir: &Path, passphrase: &Passphrase) -> Result<Central> {
        Self::checked(Vault::unlock(dir, &LAYOUT, passphrase)?)
    }

    /// Unlocks with the recovery key.
    pub fn unlock_with_recovery(dir: &Path, recovery: &RecoveryKey) -> Result<Central> {
        Self::checked(Vault::unlock_with_recovery(dir, &LAYOUT, recovery)?)
    }

    /// Changes the passphrase (rewraps the data key).
    pub fn change_passphrase(
        dir: &Path,
        old: &Passphrase,
        new: &Passphrase,
        kdf: KdfParams,
    ) -> Result<()> {
        Ok(Vault::change_passphrase(dir, &LAYOUT, old, new, kdf)?)
    }

    pub(crate) fn checked(vault: Vault) -> Result<Central> {
        let node_id: String = vault
            .conn()
            .query_row("SELECT node_id FROM node", [], |r| r.get(0))
            .map_err(|_| CentralError::Damaged("no node row".into()))?;
        if node_id != format!("node-{}", vault.id()) {
            return Err(lantern_store::StoreError::ForeignDatabase(
                vault.dir().join(DATABASE_FILE),
            )
            .into());
        }
        Ok(Central {
            vault,
            limits: Limits::default(),
        })
    }

    /// Lowers (or raises) the decoding limits applied to imports.
    pub fn set_limits(&mut self, limits: Limits) {
        self.limits = limits;
    }

    /// Closes the database.
    pub fn lock(self) -> Result<()> {
        Ok(self.vault.lock()?)
    }

    pub fn dir(&self) -> &Path {
        self.vault.dir()
    }

    pub fn node_id(&self) -> Result<String> {
        Ok(self
            .vault
            .conn()
            .query_row("SELECT node_id FROM node", [], |r| r.get(0))?)
    }

    pub fn purge_policy(&self) -> Result<PurgePolicy> {
        let s: String = self
            .vault
            .conn()
            .query_row("SELECT purge_policy FROM node", [], |r| r.get(0))?;
        PurgePolicy::parse(&s).ok_or_else(|| CentralError::Damaged(format!("purge policy {s}")))
    }

    pub(crate) fn identity(&self) -> Result<CentralIdentity> {
        let secret = self.secret("identity_secret")?;
        Ok(CentralIdentity::from_secret_bytes(&secret))
    }

    pub(crate) fn signing_key(&self) -> Result<CentralSigningKey> {
        let seed = self.secret("signing_seed")?;
        Ok(CentralSigningKey::from_secret_bytes(&seed))
    }

    fn secret(&self, column: &str) -> Result<Zeroizing<[u8; 32]>> {
        let bytes: Zeroizing<Vec<u8>> = Zeroizing::new(self.vault.conn().query_row(
            &format!("SELECT {column} FROM node"),
            [],
            |r| r.get(0),
        )?);
        let mut out = Zeroizing::new([0u8; 32]);
        if bytes.len() != 32 {
            return Err(CentralError::Damaged(format!("{column} length")));
        }
        out.copy_from_slice(&bytes);
        Ok(out)
    }

    pub fn central_key(&self) -> Result<CentralVerifyingKey> {
        Ok(self.signing_key()?.verifying_key())
    }

    pub fn recipient(&self) -> Result<CentralRecipient> {
        Ok(self.identity()?.recipient())
    }

    /// A freshly signed enrolment file (the keys, the purge policy and the inbox certificate
    /// do not change, so any copy is as good as the one `init` wrote). A home made before the
    /// inbox existed names its certificate only once [`Central::inbox_certificate`] has made
    /// one (the CLI does so before writing the file).
    pub fn enrolment_file(&self, now: i64) -> Result<Vec<u8>> {
        self.enrolment_file_with_inbox(now, None)
    }

    /// The enrolment file, naming where the office's inbox listens (`https://host:port`); an
    /// address that is not `https://` is refused (`central.bad_inbox_url`).
    pub fn enrolment_file_with_inbox(&self, now: i64, inbox_url: Option<&str>) -> Result<Vec<u8>> {
        if let Some(url) = inbox_url
            && !lantern_bundle::valid_inbox_url(url)
        {
            return Err(CentralError::BadInboxUrl(url.to_owned()));
        }
        let key = self.signing_key()?;
        let enrolment = Enrolment {
            central_key: key.verifying_key(),
            recipient: self.recipient()?,
            node_id: self.node_id()?,
            purge: self.purge_policy()?,
            created_at: now,
            inbox_certificate: self.held_inbox_certificate()?.map(|c| c.digest()),
            inbox_url: inbox_url.map(str::to_owned),
        };
        Ok(sign_enrolment(&enrolment, &key)?)
    }

    pub fn info(&self) -> Result<NodeInfo> {
        let key = self.central_key()?;
        let recipient = self.recipient()?;
        Ok(NodeInfo {
            node_id: self.node_id()?,
            central_key: key.to_string(),
            central_fingerprint: key.fingerprint().to_string(),
            recipient: recipient.to_string(),
            recipient_fingerprint: recipient.fingerprint().to_string(),
            purge: self.purge_policy()?,
            kdf_production_strength: self.vault.kdf_is_production_strength(),
            inbox_certificate_fingerprint: self.held_inbox_certificate()?.map(|c| {
                c.digest()
                    .chunks(2)
                    .map(hex::encode)
                    .collect::<Vec<_>>()
                    .join(":")
            }),
        })
    }

    /// SHA-256 over every row of every table (type-tagged values, tables by name, rows by
    /// rowid): equal digests mean the stored content is equal. Tests use it to show that a
    /// refused import changed nothing.
    pub fn content_digest(&self) -> Result<String> {
        let conn = self.vault.conn();
        let mut tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        tables.sort();
        let mut h = Sha256::new();
        for table in tables {
            h.update(b"table\0");
            h.update(table.as_bytes());
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))?;
            let columns = stmt.column_count();
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                h.update(b"row");
                for i in 0..columns {
                    use rusqlite::types::ValueRef;
                    match row.get_ref(i)? {
                        ValueRef::Null => h.update(b"n"),
                        ValueRef::Integer(v) => {
                            h.update(b"i");
                            h.update(v.to_be_bytes());
                        }
                        ValueRef::Real(v) => {
                            h.update(b"r");
                            h.update(v.to_be_bytes());
                        }
                        ValueRef::Text(t) | ValueRef::Blob(t) => {
                            h.update(b"b");
                            h.update((t.len() as u64).to_be_bytes());
                            h.update(t);
                        }
                    }
                }
            }
        }
        Ok(hex::encode(h.finalize()))
    }

    /// The tables that hold `needle` anywhere in a text or blob value. TEST-ONLY: the tests of
    /// identity kept apart use it to show where (and that nowhere else) a marker is stored.
    #[doc(hidden)]
    pub fn tables_containing_for_test(&self, needle: &[u8]) -> Result<Vec<String>> {
        let conn = self.vault.conn();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for table in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\""))?;
            let columns = stmt.column_count();
            let mut rows = stmt.query([])?;
            let mut found = false;
            while let Some(row) = rows.next()? {
                for i in 0..columns {
                    use rusqlite::types::ValueRef;
                    if let ValueRef::Text(t) | ValueRef::Blob(t) = row.get_ref(i)?
                        && t.windows(needle.len()).any(|w| w == needle)
                    {
                        found = true;
                    }
                }
            }
            if found {
                out.push(table);
            }
        }
        Ok(out)
    }

    /// `PRAGMA integrity_check` of the central database.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.vault.integrity_check()?)
    }

    /// The central schema as SQL.
    pub fn schema_sql(&self) -> Result<String> {
        Ok(self.vault.schema_sql()?)
    }
}
