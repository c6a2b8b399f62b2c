//! An encrypted SQLCipher database with a wrapped data key, independent of any schema: a key
//! file (the data key wrapped under Argon2id-derived keys from the passphrase and from the
//! recovery key) beside a SQLCipher database (WAL, `synchronous = FULL`, `secure_delete`),
//! migrated from a caller-supplied list. The field profile ([`crate::Store`]) and the central
//! node's home (`lantern-central`) are both built on it, each with its own schema.

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, Transaction};

use crate::error::{Result, StoreError};
use crate::keys::{
    self, CHEAP_KDF_ALLOWED, DataKey, KdfParams, KeyFile, MIN_PASSPHRASE_CHARS, Passphrase,
    RecoveryKey,
};
use crate::migrations;
use crate::private_fs;
use crate::shares::{self, KeyShare, ShareError};

/// Database page size. SQLCipher's crypto cost is per byte, not per page, so larger pages did
/// not read faster but made every commit encrypt more (docs/performance.md, "Encrypted store").
/// Fixed for the life of a database: it must be the same at every open.
pub const PAGE_SIZE: u64 = 4096;
const SALT_LEN: usize = 16;

/// Where a vault keeps its two files inside its directory, and the schema it migrates to.
#[derive(Debug, Clone, Copy)]
pub struct VaultLayout {
    /// Name of the key file (JSON: wrapped data key, KDF parameters, database salt).
    pub key_file: &'static str,
    /// Name of the SQLCipher database file.
    pub database_file: &'static str,
    /// Migrations, in order; `PRAGMA user_version` counts how many have run.
    pub migrations: &'static [&'static str],
}

/// An unlocked vault: the open connection and the vault's id. Dropping it (or [`Vault::lock`])
/// closes the database; the data key was zeroized as soon as the connection had it.
#[derive(Debug)]
pub struct Vault {
    dir: PathBuf,
    conn: Connection,
    id: String,
    kdf: KdfParams,
}

/// What [`Vault::create`] hands back once: the recovery key is never stored in readable form.
#[derive(Debug)]
pub struct CreatedVault {
    pub vault: Vault,
    pub recovery_key: RecoveryKey,
}

impl Vault {
    /// Creates a vault in `dir` (created if missing): a random data key and vault id, the
    /// database migrated to the latest schema, then `init` runs in one transaction with the new
    /// id (to write the schema's singleton rows), then the key file is written atomically.
    pub fn create(
        dir: &Path,
        layout: &VaultLayout,
        passphrase: &Passphrase,
        kdf: KdfParams,
        init: impl FnOnce(&Transaction<'_>, &str) -> Result<()>,
    ) -> Result<CreatedVault> {
        if passphrase.char_count() < MIN_PASSPHRASE_CHARS {
            return Err(StoreError::PassphraseTooShort {
                min: MIN_PASSPHRASE_CHARS,
            });
        }
        check_new_kdf(kdf, CHEAP_KDF_ALLOWED)?;
        private_fs::create_dir_private(dir).map_err(|e| io_error(dir, e))?;
        ensure_writable(dir)?;
        let key_path = dir.join(layout.key_file);
        let db_path = dir.join(layout.database_file);
        if key_path.exists() || db_path.exists() {
            return Err(StoreError::ProfileExists(dir.to_path_buf()));
        }
        // The folder is the vault's own from here on, even if it existed (empty) before.
        private_fs::restrict_existing(dir).map_err(|e| io_error(dir, e))?;
        // SQLite would create the database with the umask's mode and gives its -wal and -shm
        // files the database's mode: an empty 0600 file first makes all three private.
        private_fs::create_new_private(&db_path).map_err(|e| io_error(dir, e))?;

        let data_key = DataKey::generate()?;
        let id = keys::random_hex(16)?;
        let (mut key_file, recovery_key) = KeyFile::new(id.clone(), &data_key, passphrase, kdf)?;

        let mut conn = open_connection(&db_path, &data_key, true)?;
        migrations::run(&mut conn, layout.migrations)?;
        {
            let tx = conn.transaction()?;
            init(&tx, &id)?;
            tx.commit()?;
        }
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        key_file.database_salt = read_salt(&db_path)?;
        write_key_file(dir, layout, &key_file)?;
        Ok(CreatedVault {
            vault: Vault {
                dir: dir.to_path_buf(),
                conn,
                id,
                kdf,
            },
            recovery_key,
        })
    }

    /// Unlocks with the passphrase. A wrong passphrase is detected from the key file alone,
    /// before the database is touched; so is a key file below the KDF floor
    /// ([`StoreError::KdfTooWeak`], before any key derivation). The caller should check [`Vault::id`] against the id its
    /// schema stores, to tell a database swapped in from another vault.
    pub fn unlock(dir: &Path, layout: &VaultLayout, passphrase: &Passphrase) -> Result<Vault> {
        let key_file = read_key_file(dir, layout, CHEAP_KDF_ALLOWED)?;
        let data_key = key_file.unwrap_with_passphrase(passphrase)?;
        Self::open_with(dir, layout, &key_file, &data_key)
    }

    /// Unlocks with the recovery key (the supervisor's copy).
    pub fn unlock_with_recovery(
        dir: &Path,
        layout: &VaultLayout,
        recovery: &RecoveryKey,
    ) -> Result<Vault> {
        let key_file = read_key_file(dir, layout, CHEAP_KDF_ALLOWED)?;
        let data_key = key_file.unwrap_with_recovery(recovery)?;
        Self::open_with(dir, layout, &key_file, &data_key)
    }

    /// Changes the passphrase: rewraps the data key; the database is not touched.
    pub fn change_passphrase(
        dir: &Path,
        layout: &VaultLayout,
        old: &Passphrase,
        new: &Passphrase,
        kdf: KdfParams,
    ) -> Result<()> {
        // Refused before the old secret is even derived: nothing is read or written.
        check_new_kdf(kdf, CHEAP_KDF_ALLOWED)?;
        let mut key_file = read_key_file(dir, layout, CHEAP_KDF_ALLOWED)?;
        let data_key = key_file.unwrap_with_passphrase(old)?;
        set_passphrase(dir, layout, &mut key_file, &data_key, new, kdf)
    }

    /// Sets a new passphrase using the recovery key (forgotten passphrase).
    pub fn reset_passphrase(
        dir: &Path,
        layout: &VaultLayout,
        recovery: &RecoveryKey,
        new: &Passphrase,
        kdf: KdfParams,
    ) -> Result<()> {
        // Refused before the old secret is even derived: nothing is read or written.
        check_new_kdf(kdf, CHEAP_KDF_ALLOWED)?;
        let mut key_file = read_key_file(dir, layout, CHEAP_KDF_ALLOWED)?;
        let data_key = key_file.unwrap_with_recovery(recovery)?;
        set_passphrase(dir, layout, &mut key_file, &data_key, new, kdf)
    }

    /// Splits the data key into `total` shares, any `threshold` of which restore the vault
    /// ([`Vault::restore_from_shares`]) and fewer of which reveal nothing. Needs the passphrase:
    /// an open vault no longer holds its key.
    pub fn key_shares(
        dir: &Path,
        layout: &VaultLayout,
        passphrase: &Passphrase,
        threshold: u8,
        total: u8,
    ) -> std::result::Result<Vec<KeyShare>, ShareError> {
        let key_file = read_key_file(dir, layout, CHEAP_KDF_ALLOWED)?;
        let data_key = key_file.unwrap_with_passphrase(passphrase)?;
        shares::split(&data_key, &key_file.profile_id, threshold, total)
    }

    /// A new vault in `dir` from a copy of a lost vault's database (and its `-wal` file, if
    /// one lies beside it) and enough of its key shares: the key is restored, shown to open the
    /// copy, and wrapped anew under `passphrase` and a fresh recovery key. The lost vault's files
    /// are only read. Wrong or foreign shares leave nothing in `dir`.
    pub fn restore_from_shares(
        dir: &Path,
        layout: &VaultLayout,
        database: &Path,
        key_shares: &[KeyShare],
        passphrase: &Passphrase,
        kdf: KdfParams,
    ) -> std::result::Result<CreatedVault, ShareError> {
        if passphrase.char_count() < MIN_PASSPHRASE_CHARS {
            return Err(StoreError::PassphraseTooShort {
                min: MIN_PASSPHRASE_CHARS,
            }
            .into());
        }
        check_new_kdf(kdf, CHEAP_KDF_ALLOWED)?;
        let (data_key, id) = shares::combine(key_shares)?;
        if !database.is_file() {
            return Err(StoreError::DatabaseMissing(database.to_path_buf()).into());
        }
        private_fs::create_dir_private(dir).map_err(|e| io_error(dir, e))?;
        ensure_writable(dir)?;
        let key_path = dir.join(layout.key_file);
        let db_path = dir.join(layout.database_file);
        if key_path.exists() || db_path.exists() {
            return Err(StoreError::ProfileExists(dir.to_path_buf()).into());
        }
        private_fs::restrict_existing(dir).map_err(|e| io_error(dir, e))?;
        let wal = |p: &Path| {
            let mut name = p.as_os_str().to_owned();
            name.push("-wal");
            PathBuf::from(name)
        };
        let copy_private = |from: &Path, to: &Path| -> Result<()> {
            private_fs::create_new_private(to).map_err(|e| io_error(to, e))?;
            let mut src = File::open(from).map_err(|e| io_error(from, e))?;
            let mut dst = fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(to)
                .map_err(|e| io_error(to, e))?;
            std::io::copy(&mut src, &mut dst).map_err(|e| io_error(to, e))?;
            dst.sync_all().map_err(|e| io_error(to, e))
        };
        let remove_copies = || {
            let _ = fs::remove_file(&db_path);
            let _ = fs::remove_file(wal(&db_path));
            let mut shm = db_path.as_os_str().to_owned();
            shm.push("-shm");
            let _ = fs::remove_file(PathBuf::from(shm));
        };
        let copied = copy_private(database, &db_path).and_then(|()| {
            if wal(database).is_file() {
                copy_private(&wal(database), &wal(&db_path))
            } else {
                Ok(())
            }
        });
        if let Err(e) = copied {
            remove_copies();
            return Err(e.into());
        }
        let conn = match open_connection(&db_path, &data_key, false) {
            Ok(c) => c,
            Err(StoreError::DatabaseDamaged(_)) => {
                remove_copies();
                return Err(ShareError::DoNotOpen);
            }
            Err(e) => {
                remove_copies();
                return Err(e.into());
            }
        };
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .map_err(StoreError::from)?;
        conn.close().map_err(|(_, e)| StoreError::from(e))?;
        let (mut key_file, recovery_key) = KeyFile::new(id, &data_key, passphrase, kdf)?;
        key_file.database_salt = read_salt(&db_path)?;
        write_key_file(dir, layout, &key_file)?;
        let vault = Self::open_with(dir, layout, &key_file, &data_key)?;
        Ok(CreatedVault {
            vault,
            recovery_key,
        })
    }

    fn open_with(
        dir: &Path,
        layout: &VaultLayout,
        key_file: &KeyFile,
        data_key: &DataKey,
    ) -> Result<Vault> {
        let db_path = dir.join(layout.database_file);
        check_database_file(&db_path, &key_file.database_salt)?;
        restrict_vault_files(dir, layout);
        let mut conn = open_connection(&db_path, data_key, false)?;
        migrations::run(&mut conn, layout.migrations)?;
        crate::audit::rechain_unkeyed(&mut conn)?;
        Ok(Vault {
            dir: dir.to_path_buf(),
            conn,
            id: key_file.profile_id.clone(),
            kdf: key_file.kdf(),
        })
    }

    /// The unwrapped data key, for tests that grep files for the key bytes. Not for production
    /// use: nothing else ever needs the key outside this crate.
    #[doc(hidden)]
    pub fn data_key_for_leak_test(
        dir: &Path,
        layout: &VaultLayout,
        passphrase: &Passphrase,
    ) -> Result<[u8; 32]> {
        Ok(read_key_file(dir, layout, CHEAP_KDF_ALLOWED)?
            .unwrap_with_passphrase(passphrase)?
            .expose_for_leak_test())
    }

    /// Closes the database; the key material is zeroized (ours on drop, SQLCipher's on close).
    pub fn lock(self) -> Result<()> {
        let Vault { conn, .. } = self;
        conn.close().map_err(|(_, e)| StoreError::from(e))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn into_parts(self) -> (PathBuf, Connection, String, KdfParams) {
        (self.dir, self.conn, self.id, self.kdf)
    }

    /// The random id chosen at creation (bound into the key wrappings).
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// True unless the vault was created with the cheap test parameters.
    pub fn kdf_is_production_strength(&self) -> bool {
        self.kdf.is_production_strength()
    }

    /// `PRAGMA integrity_check` result: "ok" when the database is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// The schema as SQL (`sqlite_master`), for snapshot tests that catch edited migrations.
    pub fn schema_sql(&self) -> Result<String> {
        schema_sql(&self.conn)
    }
}

/// The schema of an open database as SQL (`sqlite_master`), in a stable order.
pub(crate) fn schema_sql(conn: &Connection) -> Result<String> {
    let mut stmt = conn
        .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type DESC, name")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = String::new();
    for r in rows {
        out.push_str(&r?);
        out.push_str(";\n");
    }
    Ok(out)
}

/// Parameters a new wrapping may use: valid for Argon2id, and at or above the floor unless
/// `allow_cheap`.
fn check_new_kdf(kdf: KdfParams, allow_cheap: bool) -> Result<()> {
    if kdf.m_kib < 8 || kdf.t == 0 || kdf.p == 0 {
        return Err(StoreError::WeakKdfParams);
    }
    keys::check_kdf_floor(kdf, allow_cheap)
}

fn set_passphrase(
    dir: &Path,
    layout: &VaultLayout,
    kf: &mut KeyFile,
    key: &DataKey,
    new: &Passphrase,
    kdf: KdfParams,
) -> Result<()> {
    if new.char_count() < MIN_PASSPHRASE_CHARS {
        return Err(StoreError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    ensure_writable(dir)?;
    kf.rewrap_passphrase(key, new, kdf)?;
    write_key_file(dir, layout, kf)
}

/// SQLite marks itself initialised before it runs SQLCipher's one-time set-up, so a second thread
/// opening its first database in that moment saw "An error occurred with PRAGMA key" (a CI
/// failure). The first open of the process runs the whole set-up while the others wait here.
fn initialise_sqlite_once() {
    static FIRST_OPEN: std::sync::Once = std::sync::Once::new();
    FIRST_OPEN.call_once(|| {
        // Any failure shows again, with its code, at the real open that follows.
        let _ = Connection::open_in_memory();
    });
}

/// Opens the SQLCipher connection: key first, then the pragmas that every connection needs.
fn open_connection(path: &Path, key: &DataKey, create: bool) -> Result<Connection> {
    initialise_sqlite_once();
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags).map_err(|e| match StoreError::from(e) {
        StoreError::DirectoryNotWritable(_) => StoreError::DirectoryNotWritable(path.to_path_buf()),
        other => other,
    })?;
    apply_key(&conn, key)?;
    crate::audit::register_mac(&conn, key.derive_subkey(crate::audit::KEY_INFO))?;
    // A wrong key shows itself only at the first real read.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|_| StoreError::DatabaseDamaged(path.to_path_buf()))?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA cache_size = -32768;
         PRAGMA busy_timeout = 5000;",
    )?;
    Ok(conn)
}

#[cfg(feature = "sqlcipher")]
fn apply_key(conn: &Connection, key: &DataKey) -> Result<()> {
    // SQLCipher logs decryption failures to stderr; they carry no secrets but are noise.
    let _ = conn.pragma_update(None, "cipher_log_level", "NONE");
    let value = key.sqlcipher_pragma_value();
    conn.execute_batch(&format!("PRAGMA key = \"{}\";", value.as_str()))?;
    conn.execute_batch(&format!("PRAGMA cipher_page_size = {PAGE_SIZE};"))?;
    // The per-page HMAC dominates SQLCipher's cost; HMAC-SHA256 (SHA extensions on current
    // x86 and ARM CPUs) measured about twice as fast as the default HMAC-SHA512 here; its
    // 256-bit tag is ample for page authentication. Like the page size, it must match at every
    // open.
    conn.execute_batch("PRAGMA cipher_hmac_algorithm = HMAC_SHA256;")?;
    Ok(())
}

/// Only for the plain-SQLite comparison benchmark: no encryption at all.
#[cfg(not(feature = "sqlcipher"))]
fn apply_key(conn: &Connection, _key: &DataKey) -> Result<()> {
    conn.execute_batch(&format!("PRAGMA page_size = {PAGE_SIZE};"))?;
    Ok(())
}

fn check_database_file(path: &Path, expected_salt: &[u8]) -> Result<()> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::DatabaseMissing(path.to_path_buf()));
        }
        Err(e) => return Err(io_error(path, e)),
    };
    if meta.len() < PAGE_SIZE || meta.len() % PAGE_SIZE != 0 {
        return Err(StoreError::DatabaseDamaged(path.to_path_buf()));
    }
    if cfg!(feature = "sqlcipher") && read_salt(path)? != expected_salt {
        return Err(StoreError::ForeignDatabase(path.to_path_buf()));
    }
    Ok(())
}

fn read_salt(path: &Path) -> Result<Vec<u8>> {
    let mut f = File::open(path).map_err(|e| io_error(path, e))?;
    let mut salt = vec![0u8; SALT_LEN];
    f.read_exact(&mut salt)
        .map_err(|_| StoreError::DatabaseDamaged(path.to_path_buf()))?;
    Ok(salt)
}

/// Reads and checks the key file; every unlock and rewrap starts here, so the KDF floor is
/// enforced in one place (`allow_cheap` is [`CHEAP_KDF_ALLOWED`] outside this module's tests).
fn read_key_file(dir: &Path, layout: &VaultLayout, allow_cheap: bool) -> Result<KeyFile> {
    let path = dir.join(layout.key_file);
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::NotAProfile(dir.to_path_buf()));
        }
        Err(e) => return Err(io_error(&path, e)),
    };
    let kf: KeyFile = serde_json::from_slice(&bytes).map_err(|e| StoreError::KeyFileDamaged {
        path: path.clone(),
        detail: e.to_string(),
    })?;
    if kf.format != keys::KEY_FILE_FORMAT || kf.version != 1 {
        return Err(StoreError::KeyFileDamaged {
            path,
            detail: "unknown format or version".into(),
        });
    }
    kf.check_floor(allow_cheap)?;
    Ok(kf)
}

/// Atomic replace, 0600: a crash leaves either the old or the new key file, never a torn one.
fn write_key_file(dir: &Path, layout: &VaultLayout, kf: &KeyFile) -> Result<()> {
    let json = serde_json::to_vec_pretty(kf).map_err(|e| StoreError::Invalid(e.to_string()))?;
    private_fs::write_private(&dir.join(layout.key_file), &json).map_err(|e| io_error(dir, e))
}

/// Vaults created before the modes were set explicitly have a 0755 folder and 0644 files: make
/// them private at unlock. Best effort: a read-only copy still opens.
fn restrict_vault_files(dir: &Path, layout: &VaultLayout) {
    let _ = private_fs::restrict_existing(dir);
    let db = layout.database_file;
    for name in [
        layout.key_file.to_owned(),
        db.to_owned(),
        format!("{db}-wal"),
        format!("{db}-shm"),
    ] {
        let path = dir.join(name);
        if path.exists() {
            let _ = private_fs::restrict_existing(&path);
        }
    }
}

fn ensure_writable(dir: &Path) -> Result<()> {
    let probe = dir.join(".lantern-write-probe");
    match private_fs::create_private(&probe) {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            Ok(())
        }
        Err(e) => Err(io_error(dir, e)),
    }
}

pub(crate) fn io_error(path: &Path, e: std::io::Error) -> StoreError {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem | ErrorKind::NotADirectory => {
            StoreError::DirectoryNotWritable(path.to_path_buf())
        }
        ErrorKind::StorageFull => StoreError::DiskFull,
        _ => StoreError::Io(e),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const LAYOUT: VaultLayout = VaultLayout {
        key_file: "keys.json",
        database_file: "vault.db",
        migrations: &[],
    };

    fn pass() -> Passphrase {
        Passphrase::new("a long test passphrase".into())
    }

    /// A vault with the cheap test parameters, as only a test build can write one.
    fn cheap_vault(dir: &Path) {
        Vault::create(dir, &LAYOUT, &pass(), KdfParams::INSECURE_TEST, |_, _| {
            Ok(())
        })
        .unwrap()
        .vault
        .lock()
        .unwrap();
    }

    /// Sets the KDF parameters of one wrapping in the key file's JSON (the wrapping then no
    /// longer unwraps, which the floor check does not need).
    fn set_params(dir: &Path, wrapping: &str, kdf: KdfParams) {
        let path = dir.join(LAYOUT.key_file);
        let mut json: serde_json::Value =
            serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
        json[wrapping]["kdf"] = serde_json::to_value(kdf).unwrap();
        fs::write(&path, serde_json::to_vec(&json).unwrap()).unwrap();
    }

    #[test]
    fn a_release_build_refuses_a_cheap_key_file_and_changes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        cheap_vault(&dir);
        let before = fs::read(dir.join(LAYOUT.key_file)).unwrap();

        assert!(matches!(
            read_key_file(&dir, &LAYOUT, false),
            Err(StoreError::KdfTooWeak)
        ));
        assert_eq!(fs::read(dir.join(LAYOUT.key_file)).unwrap(), before);
        // The same file opens where cheap parameters are allowed (this test build).
        read_key_file(&dir, &LAYOUT, true).unwrap();
    }

    #[test]
    fn the_floor_applies_to_each_wrapping() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        cheap_vault(&dir);
        set_params(&dir, "passphrase", KdfParams::PRODUCTION);
        set_params(&dir, "recovery", KdfParams::PRODUCTION);
        read_key_file(&dir, &LAYOUT, false).unwrap();

        for wrapping in ["passphrase", "recovery"] {
            set_params(&dir, wrapping, KdfParams::INSECURE_TEST);
            assert!(
                matches!(
                    read_key_file(&dir, &LAYOUT, false),
                    Err(StoreError::KdfTooWeak)
                ),
                "{wrapping} wrapping below the floor"
            );
            set_params(&dir, wrapping, KdfParams::PRODUCTION);
        }
    }

    #[test]
    fn a_release_build_cannot_wrap_with_cheap_parameters() {
        assert!(matches!(
            check_new_kdf(KdfParams::INSECURE_TEST, false),
            Err(StoreError::KdfTooWeak)
        ));
        check_new_kdf(KdfParams::INSECURE_TEST, true).unwrap();
        check_new_kdf(KdfParams::PRODUCTION, false).unwrap();
        // Parameters Argon2id cannot use stay an error of their own, even in a test build.
        let invalid = KdfParams {
            t: 0,
            ..KdfParams::INSECURE_TEST
        };
        assert!(matches!(
            check_new_kdf(invalid, true),
            Err(StoreError::WeakKdfParams)
        ));
    }

    #[test]
    fn public_entry_points_follow_the_build() {
        assert_eq!(CHEAP_KDF_ALLOWED, cfg!(feature = "insecure-test-kdf"));
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let created = Vault::create(&dir, &LAYOUT, &pass(), KdfParams::INSECURE_TEST, |_, _| {
            Ok(())
        });
        if CHEAP_KDF_ALLOWED {
            created.unwrap().vault.lock().unwrap();
            Vault::unlock(&dir, &LAYOUT, &pass())
                .unwrap()
                .lock()
                .unwrap();
        } else {
            assert!(matches!(created, Err(StoreError::KdfTooWeak)));
            assert!(!dir.join(LAYOUT.key_file).exists());
        }
    }
}
