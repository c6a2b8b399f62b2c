//! Unfinished uploads: `<home>/inbox/<device>/<bundle id>-<length>.part`, the whole chunks
//! received so far of one sealed bundle. Only whole chunks are appended; a failed write is cut
//! back to where it started. Files are private to the office's user and expire.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use lantern_bundle::{BundleId, DeviceId};
use lantern_store::private_fs;
use sha2::{Digest, Sha256};

use crate::error::{CentralError, Result};

const EXTENSION: &str = "part";

#[derive(Debug)]
pub(crate) struct Spool {
    dir: PathBuf,
    active: Mutex<HashSet<(DeviceId, BundleId)>>,
}

/// One request's hold on one upload: no other request appends to it meanwhile.
pub(crate) struct Active<'s> {
    spool: &'s Spool,
    key: (DeviceId, BundleId),
}

impl Drop for Active<'_> {
    fn drop(&mut self) {
        if let Ok(mut active) = self.spool.active.lock() {
            active.remove(&self.key);
        }
    }
}

impl Spool {
    pub(crate) fn open(dir: &Path) -> Result<Self> {
        private_fs::create_dir_private(dir).map_err(|e| CentralError::io(dir, e))?;
        Ok(Self {
            dir: dir.to_path_buf(),
            active: Mutex::new(HashSet::new()),
        })
    }

    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn begin(&self, device: &DeviceId, bundle: &BundleId) -> Option<Active<'_>> {
        let key = (*device, *bundle);
        let mut active = self.active.lock().ok()?;
        active.insert(key).then_some(Active { spool: self, key })
    }

    fn device_dir(&self, device: &DeviceId) -> PathBuf {
        self.dir.join(device.to_string())
    }

    pub(crate) fn partial_path(&self, device: &DeviceId, bundle: &BundleId, total: u64) -> PathBuf {
        self.device_dir(device)
            .join(format!("{bundle}-{total}.{EXTENSION}"))
    }

    /// Bytes held of this upload (0 if none).
    pub(crate) fn held(&self, device: &DeviceId, bundle: &BundleId, total: u64) -> io::Result<u64> {
        match fs::metadata(self.partial_path(device, bundle, total)) {
            Ok(m) => Ok(m.len()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(0),
            Err(e) => Err(e),
        }
    }

    /// Bytes held and the declared length of any upload of this bundle.
    pub(crate) fn held_any(
        &self,
        device: &DeviceId,
        bundle: &BundleId,
    ) -> io::Result<Option<(u64, u64)>> {
        let prefix = format!("{bundle}-");
        for entry in read_dir(&self.device_dir(device))? {
            let name = entry.file_name();
            let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
                continue;
            };
            if let Some(total) = rest
                .strip_suffix(&format!(".{EXTENSION}"))
                .and_then(|t| t.parse().ok())
            {
                return Ok(Some((entry.metadata()?.len(), total)));
            }
        }
        Ok(None)
    }

    /// Unfinished uploads of one device.
    pub(crate) fn partials(&self, device: &DeviceId) -> io::Result<usize> {
        Ok(read_dir(&self.device_dir(device))?.len())
    }

    /// Appends one whole chunk and returns the bytes now held. On failure (a full disk) the
    /// file is cut back to its length before, so no part of the chunk stays.
    pub(crate) fn append(
        &self,
        device: &DeviceId,
        bundle: &BundleId,
        total: u64,
        chunk: &[u8],
    ) -> io::Result<u64> {
        let dir = self.device_dir(device);
        private_fs::create_dir_private(&dir)?;
        let path = self.partial_path(device, bundle, total);
        let mut file = match fs::OpenOptions::new().append(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => private_fs::create_private(&path)?,
            Err(e) => return Err(e),
        };
        let before = file.metadata()?.len();
        let written = file.write_all(chunk).and_then(|()| file.sync_data());
        if let Err(e) = written {
            let _ = file.set_len(before);
            if before == 0 {
                drop(file);
                let _ = fs::remove_file(&path);
            }
            return Err(e);
        }
        Ok(before + chunk.len() as u64)
    }

    pub(crate) fn discard(&self, path: &Path) {
        let _ = fs::remove_file(path);
    }

    /// Deletes unfinished uploads untouched for `expiry`.
    pub(crate) fn sweep(&self, expiry: Duration) -> io::Result<()> {
        let now = SystemTime::now();
        for device in read_dir(&self.dir)? {
            if !device.file_type()?.is_dir() {
                continue;
            }
            for part in read_dir(&device.path())? {
                let age = part
                    .metadata()?
                    .modified()
                    .ok()
                    .and_then(|m| now.duration_since(m).ok())
                    .unwrap_or_default();
                if age > expiry {
                    let _ = fs::remove_file(part.path());
                }
            }
        }
        Ok(())
    }
}

fn read_dir(dir: &Path) -> io::Result<Vec<fs::DirEntry>> {
    match fs::read_dir(dir) {
        Ok(entries) => entries.collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// The bundle id of the bytes in a file (its SHA-256).
pub(crate) fn digest(path: &Path) -> io::Result<BundleId> {
    let mut file = fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(BundleId::from_bytes(hasher.finalize().into()))
}
