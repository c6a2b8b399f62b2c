//! Folders and files that only their owner can open: every folder Lantern creates is 0700 and
//! every file 0600, whatever the process umask. The modes are set explicitly here so that a
//! library caller that never set a umask is safe too; the binaries also set umask 077 at start
//! ([`restrict_umask`]) for whatever they write by other paths (SQLite's own files, a crash
//! report).
//!
//! SQLite creates the `-wal` and `-shm` files itself with the mode of the database file, so the
//! vault creates the (empty) database file 0600 before SQLite opens it.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Mode of every folder Lantern creates.
pub const DIR_MODE: u32 = 0o700;
/// Mode of every file Lantern writes.
pub const FILE_MODE: u32 = 0o600;

/// Sets the process umask to 077, so that nothing this process creates is readable by group or
/// others. Call first thing in `main`, before any thread starts or any file is written.
pub fn restrict_umask() {
    #[cfg(unix)]
    {
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    }
}

/// Creates `path` and any missing parents, each new folder 0700. Folders that already exist are
/// left as they are: they may be the person's own (a USB stick, a shared folder).
pub fn create_dir_private(path: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(DIR_MODE);
    builder.create(path)
}

/// Makes an existing folder or file private to its owner (0700 / 0600) if it is more open: for
/// the folders and files that are Lantern's own (a profile, a central home), including ones that
/// an earlier version created with the umask's 0755 / 0644.
pub fn restrict_existing(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let meta = fs::symlink_metadata(path)?;
        let want = if meta.is_dir() { DIR_MODE } else { FILE_MODE };
        if meta.permissions().mode() & 0o777 != want {
            fs::set_permissions(path, fs::Permissions::from_mode(want))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Opens `path` for writing, created 0600 or truncated; a file that was there is made 0600 too.
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    options.mode(FILE_MODE);
    let file = options.open(path)?;
    // `mode` applies only when the file is new.
    #[cfg(unix)]
    file.set_permissions(fs::Permissions::from_mode(FILE_MODE))?;
    Ok(file)
}

/// Creates `path` as a new, empty 0600 file; fails if it exists.
pub fn create_new_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(FILE_MODE);
    options.open(path)
}

/// Replaces `path` atomically with `bytes`, 0600: a temporary file beside it (`.<name>.tmp`) is
/// written, synced and renamed over, then the folder is synced. A crash leaves either the old or
/// the new file, never a torn one.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temporary_beside(path)?;
    let written = (|| {
        let mut f = create_private(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written?;
    sync_dir(path.parent().unwrap_or(Path::new(".")))
}

/// Makes a rename into `dir` durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    File::open(dir)?.sync_all()
}

fn temporary_beside(path: &Path) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let mut tmp = std::ffi::OsString::from(".");
    tmp.push(name);
    tmp.push(".tmp");
    Ok(path.with_file_name(tmp))
}

#[cfg(all(test, unix))]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_folders_are_0700_and_existing_ones_are_left_alone() {
        let root = tempfile::tempdir().unwrap();
        let theirs = root.path().join("usb");
        fs::create_dir(&theirs).unwrap();
        fs::set_permissions(&theirs, fs::Permissions::from_mode(0o755)).unwrap();
        create_dir_private(&theirs.join("a/b")).unwrap();
        assert_eq!(mode(&theirs), 0o755);
        assert_eq!(mode(&theirs.join("a")), 0o700);
        assert_eq!(mode(&theirs.join("a/b")), 0o700);
    }

    #[test]
    fn files_are_0600_new_truncated_or_replaced() {
        let root = tempfile::tempdir().unwrap();
        let old = root.path().join("old");
        fs::write(&old, b"before").unwrap();
        fs::set_permissions(&old, fs::Permissions::from_mode(0o644)).unwrap();
        create_private(&old).unwrap();
        assert_eq!(mode(&old), 0o600);
        assert_eq!(fs::read(&old).unwrap(), b"");

        let replaced = root.path().join("keys.json");
        fs::write(&replaced, b"v1").unwrap();
        fs::set_permissions(&replaced, fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&replaced, b"v2").unwrap();
        assert_eq!(mode(&replaced), 0o600);
        assert_eq!(fs::read(&replaced).unwrap(), b"v2");
        let mut left: Vec<_> = fs::read_dir(root.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        left.sort();
        assert_eq!(left, ["keys.json", "old"]);

        let fresh = root.path().join("new");
        create_new_private(&fresh).unwrap();
        assert_eq!(mode(&fresh), 0o600);
        assert!(create_new_private(&fresh).is_err());
    }

    #[test]
    fn restrict_existing_tightens_what_is_too_open() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("profile");
        fs::create_dir(&dir).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        let file = dir.join("lantern.db");
        fs::write(&file, b"").unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
        restrict_existing(&dir).unwrap();
        restrict_existing(&file).unwrap();
        assert_eq!((mode(&dir), mode(&file)), (0o700, 0o600));
    }
}
