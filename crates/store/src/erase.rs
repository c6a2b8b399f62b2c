//! Crypto-erase: a profile made unreadable at once, for a laptop about to be taken. The key
//! file goes first (overwritten with random bytes, synced, removed): without it the database is
//! random bytes to anyone, whatever happens next. Then the database and its WAL and shared-memory
//! files, and the outbox's sealed bundles, are overwritten with zeros and synced, and the
//! profile folder is removed.
//!
//! Overwriting reaches the blocks a file occupies on a file system that rewrites in place (ext4,
//! xfs without reflinks). A copy-on-write file system (btrfs, zfs), a snapshot or an SSD's
//! remapping may keep older blocks: there the key file's removal is what counts, and it holds
//! only the data key wrapped under Argon2id (docs/threat-model.md).

use std::fs::{self, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Result, StoreError};
use crate::profile::{DATABASE_FILE, KEY_FILE};

/// What an erase did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Erased {
    /// Files overwritten in place before removal.
    pub overwritten: usize,
    /// Bytes overwritten.
    pub bytes: u64,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |e| crate::vault::io_error(path, e)
}

/// Overwrites `path` in place (`random` bytes or zeros), syncs it, removes it.
fn overwrite_and_remove(path: &Path, random: bool) -> Result<u64> {
    let len = fs::metadata(path).map_err(io(path))?.len();
    {
        let mut f = OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(io(path))?;
        f.seek(SeekFrom::Start(0)).map_err(io(path))?;
        let mut left = len;
        let mut chunk = vec![0u8; 1 << 20];
        while left > 0 {
            let n = left.min(chunk.len() as u64) as usize;
            if random {
                crate::keys::random_fill(&mut chunk[..n])?;
            }
            f.write_all(&chunk[..n]).map_err(io(path))?;
            left -= n as u64;
        }
        f.sync_all().map_err(io(path))?;
    }
    fs::remove_file(path).map_err(io(path))?;
    Ok(len)
}

/// Erases the profile in `dir` (which must be one: a key file or a database in it). The profile
/// must not be open; the caller locks it first.
pub fn erase(dir: &Path) -> Result<Erased> {
    let key = dir.join(KEY_FILE);
    let db = dir.join(DATABASE_FILE);
    if !key.is_file() && !db.is_file() {
        return Err(StoreError::NotAProfile(dir.to_path_buf()));
    }
    let mut done = Erased {
        overwritten: 0,
        bytes: 0,
    };
    let mut step = |path: &Path, random: bool| -> Result<()> {
        if path.is_file() {
            done.bytes += overwrite_and_remove(path, random)?;
            done.overwritten += 1;
        }
        Ok(())
    };
    // The key first, and on disk before anything else is touched.
    step(&key, true)?;
    crate::private_fs::sync_dir(dir).map_err(io(dir))?;
    let with = |suffix: &str| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    for path in [db.clone(), with("-wal"), with("-shm"), with("-journal")] {
        step(&path, false)?;
    }
    let outbox = dir.join("outbox");
    if let Ok(entries) = fs::read_dir(&outbox) {
        for entry in entries.flatten() {
            step(&entry.path(), false)?;
        }
    }
    fs::remove_dir_all(dir).map_err(io(dir))?;
    if let Some(parent) = dir.parent() {
        let _ = crate::private_fs::sync_dir(parent);
    }
    Ok(done)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::{AnswerRecord, AnswerState, KdfParams, NewInterview, Passphrase, Store};

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    /// Hard links taken before the erase keep the files' inodes: what they show afterwards is
    /// what the erase left in those blocks.
    #[test]
    fn the_key_goes_first_and_every_file_is_overwritten_before_it_is_removed() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("profile");
        let pass = Passphrase::new("a long erase test passphrase".into());
        let mut store = Store::create(&dir, &pass, KdfParams::INSECURE_TEST, 1_000)
            .unwrap()
            .store;
        let id = store
            .create_interview(
                &NewInterview {
                    questionnaire_id: "identification".into(),
                    questionnaire_version: "1.1.0".into(),
                    interface_locale: "en".into(),
                    interview_locale: "ro".into(),
                    earlier_interview_id: None,
                },
                None,
                1_000,
            )
            .unwrap();
        store
            .save_answer(
                &id,
                &AnswerRecord {
                    question_id: "D1".into(),
                    instance: 0,
                    value: Some(
                        serde_json::json!({"value": {"kind": "text", "value": "ERASE-MARKER"}}),
                    ),
                    state: AnswerState::Present,
                    asked_in_locale: "ro".into(),
                    locale_fallback: false,
                    interpreter_id: None,
                    recorded_at: 1_100,
                },
            )
            .unwrap();
        let data_key = Store::data_key_for_leak_test(&dir, &pass).unwrap();
        store.lock().unwrap();
        let key_file = fs::read(dir.join(KEY_FILE)).unwrap();
        let links = root.path().join("links");
        fs::create_dir(&links).unwrap();
        fs::hard_link(dir.join(KEY_FILE), links.join("key")).unwrap();
        fs::hard_link(dir.join(DATABASE_FILE), links.join("db")).unwrap();
        let db_len = fs::metadata(dir.join(DATABASE_FILE)).unwrap().len();

        let erased = erase(&dir).unwrap();
        assert!(erased.overwritten >= 2, "{erased:?}");
        assert!(erased.bytes >= db_len);
        assert!(!dir.exists());
        assert_eq!(
            Store::unlock(&dir, &pass).unwrap_err().code(),
            "store.not_a_profile"
        );
        let key_after = fs::read(links.join("key")).unwrap();
        assert_eq!(key_after.len(), key_file.len());
        assert_ne!(key_after, key_file);
        // Not one 16-byte run of the old key file survives (its wrapped keys and salts).
        assert!(
            key_file
                .windows(16)
                .step_by(16)
                .all(|w| !contains(&key_after, w))
        );
        let db_after = fs::read(links.join("db")).unwrap();
        assert_eq!(db_after.len() as u64, db_len);
        assert!(db_after.iter().all(|&b| b == 0), "the database is zeros");
        for f in [key_after, db_after] {
            assert!(!contains(&f, &data_key));
            assert!(!contains(&f, b"ERASE-MARKER"));
        }
        assert_eq!(
            erase(&dir).unwrap_err().code(),
            "store.not_a_profile",
            "nothing to erase twice"
        );
    }
}
