//! A profile directory: `keys.json` (wrapped data key) and `lantern.db` (SQLCipher, WAL).
//! Create, unlock (passphrase or recovery key), change passphrase, lock.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Result, StoreError};
use crate::keys::{
    self, DataKey, KdfParams, KeyFile, MIN_PASSPHRASE_CHARS, Passphrase, RecoveryKey,
};
use crate::migrations;

pub const KEY_FILE: &str = "keys.json";
pub const DATABASE_FILE: &str = "lantern.db";
/// SQLCipher page size. Larger pages amortise the per-page HMAC on reads (docs/performance.md).
/// Fixed for the life of a database: it must be the same at every open.
pub const PAGE_SIZE: u64 = 16384;
const SALT_LEN: usize = 16;

/// An unlocked store. Dropping it (or [`Store::lock`]) closes the database and zeroizes the key.
#[derive(Debug)]
pub struct Store {
    pub(crate) dir: PathBuf,
    pub(crate) conn: Connection,
    pub(crate) profile_id: String,
    pub(crate) kdf: KdfParams,
}

/// What `create` hands back once: the recovery key is never stored in readable form.
#[derive(Debug)]
pub struct Created {
    pub store: Store,
    pub recovery_key: RecoveryKey,
}

impl Store {
    /// Creates a new profile in `dir` (created if missing). `now` is unix milliseconds.
    pub fn create(
        dir: &Path,
        passphrase: &Passphrase,
        kdf: KdfParams,
        now: i64,
    ) -> Result<Created> {
        if passphrase.char_count() < MIN_PASSPHRASE_CHARS {
            return Err(StoreError::PassphraseTooShort {
                min: MIN_PASSPHRASE_CHARS,
            });
        }
        if kdf.m_kib < 8 || kdf.t == 0 || kdf.p == 0 {
            return Err(StoreError::WeakKdfParams);
        }
        fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        ensure_writable(dir)?;
        let key_path = dir.join(KEY_FILE);
        let db_path = dir.join(DATABASE_FILE);
        if key_path.exists() || db_path.exists() {
            return Err(StoreError::ProfileExists(dir.to_path_buf()));
        }

        let data_key = DataKey::generate()?;
        let profile_id = keys::random_hex(16)?;
        let (mut key_file, recovery_key) =
            KeyFile::new(profile_id.clone(), &data_key, passphrase, kdf)?;

        let mut conn = open_connection(&db_path, &data_key, true)?;
        migrations::run(&mut conn)?;
        let device_id = format!("dev-{}", keys::random_hex(16)?);
        let mut seed = zeroize::Zeroizing::new([0u8; 32]);
        keys::random_fill(seed.as_mut())?;
        {
            let tx = conn.transaction()?;
            tx.execute(
                "INSERT INTO profile (singleton, profile_id, created_at) VALUES (1, ?1, ?2)",
                rusqlite::params![profile_id, now],
            )?;
            tx.execute(
                "INSERT INTO device (singleton, device_id, signing_seed, created_at) VALUES (1, ?1, ?2, ?3)",
                rusqlite::params![device_id, &seed[..], now],
            )?;
            tx.execute("INSERT INTO sync_state (singleton) VALUES (1)", [])?;
            crate::audit::append(&tx, now, "profile.created", &profile_id, "")?;
            tx.commit()?;
        }
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        key_file.database_salt = read_salt(&db_path)?;
        write_key_file(dir, &key_file)?;
        Ok(Created {
            store: Store {
                dir: dir.to_path_buf(),
                conn,
                profile_id,
                kdf,
            },
            recovery_key,
        })
    }

    /// Unlocks with the passphrase. A wrong passphrase is detected from the key file alone,
    /// before the database is touched.
    pub fn unlock(dir: &Path, passphrase: &Passphrase) -> Result<Store> {
        let key_file = read_key_file(dir)?;
        let data_key = key_file.unwrap_with_passphrase(passphrase)?;
        Self::open_with(dir, &key_file, &data_key)
    }

    /// Unlocks with the recovery key (the supervisor's copy).
    pub fn unlock_with_recovery(dir: &Path, recovery: &RecoveryKey) -> Result<Store> {
        let key_file = read_key_file(dir)?;
        let data_key = key_file.unwrap_with_recovery(recovery)?;
        Self::open_with(dir, &key_file, &data_key)
    }

    /// Changes the passphrase: rewraps the data key; the database is not touched.
    pub fn change_passphrase(
        dir: &Path,
        old: &Passphrase,
        new: &Passphrase,
        kdf: KdfParams,
    ) -> Result<()> {
        let mut key_file = read_key_file(dir)?;
        let data_key = key_file.unwrap_with_passphrase(old)?;
        Self::set_passphrase(dir, &mut key_file, &data_key, new, kdf)
    }

    /// Sets a new passphrase using the recovery key (forgotten passphrase).
    pub fn reset_passphrase(
        dir: &Path,
        recovery: &RecoveryKey,
        new: &Passphrase,
        kdf: KdfParams,
    ) -> Result<()> {
        let mut key_file = read_key_file(dir)?;
        let data_key = key_file.unwrap_with_recovery(recovery)?;
        Self::set_passphrase(dir, &mut key_file, &data_key, new, kdf)
    }

    fn set_passphrase(
        dir: &Path,
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
        write_key_file(dir, kf)
    }

    fn open_with(dir: &Path, key_file: &KeyFile, data_key: &DataKey) -> Result<Store> {
        let db_path = dir.join(DATABASE_FILE);
        check_database_file(&db_path, &key_file.database_salt)?;
        let mut conn = open_connection(&db_path, data_key, false)?;
        migrations::run(&mut conn)?;
        let stored: String = conn
            .query_row("SELECT profile_id FROM profile", [], |r| r.get(0))
            .map_err(|_| StoreError::DatabaseDamaged(db_path.clone()))?;
        if stored != key_file.profile_id {
            return Err(StoreError::ForeignDatabase(db_path));
        }
        Ok(Store {
            dir: dir.to_path_buf(),
            conn,
            profile_id: key_file.profile_id.clone(),
            kdf: key_file.kdf(),
        })
    }

    /// The unwrapped data key, for the test that greps files for the key bytes. Not for
    /// production use: nothing else ever needs the key outside this crate.
    #[doc(hidden)]
    pub fn data_key_for_leak_test(dir: &Path, passphrase: &Passphrase) -> Result<[u8; 32]> {
        Ok(read_key_file(dir)?
            .unwrap_with_passphrase(passphrase)?
            .expose_for_leak_test())
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

    /// `PRAGMA integrity_check` result: "ok" when the database is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// Opens the SQLCipher connection: key first, then the pragmas that every connection needs.
fn open_connection(path: &Path, key: &DataKey, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags).map_err(|e| match StoreError::from(e) {
        StoreError::DirectoryNotWritable(_) => StoreError::DirectoryNotWritable(path.to_path_buf()),
        other => other,
    })?;
    apply_key(&conn, key)?;
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

fn read_key_file(dir: &Path) -> Result<KeyFile> {
    let path = dir.join(KEY_FILE);
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
    Ok(kf)
}

/// Atomic replace: write a temporary file, fsync, rename over, fsync the directory. A crash
/// leaves either the old or the new key file, never a torn one.
fn write_key_file(dir: &Path, kf: &KeyFile) -> Result<()> {
    let tmp = dir.join(format!("{KEY_FILE}.tmp"));
    let json = serde_json::to_vec_pretty(kf).map_err(|e| StoreError::Invalid(e.to_string()))?;
    {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)
            .map_err(|e| io_error(dir, e))?;
        f.write_all(&json).map_err(|e| io_error(dir, e))?;
        f.sync_all().map_err(|e| io_error(dir, e))?;
    }
    fs::rename(&tmp, dir.join(KEY_FILE)).map_err(|e| io_error(dir, e))?;
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io_error(dir, e))?;
    Ok(())
}

fn ensure_writable(dir: &Path) -> Result<()> {
    let probe = dir.join(".lantern-write-probe");
    match File::create(&probe) {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            Ok(())
        }
        Err(e) => Err(io_error(dir, e)),
    }
}

fn io_error(path: &Path, e: std::io::Error) -> StoreError {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem | ErrorKind::NotADirectory => {
            StoreError::DirectoryNotWritable(path.to_path_buf())
        }
        ErrorKind::StorageFull => StoreError::DiskFull,
        _ => StoreError::Io(e),
    }
}
