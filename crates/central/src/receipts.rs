//! Receipts: one signed receipt per imported bundle, made in the import transaction; written to
//! files for the devices on request.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use lantern_store::private_fs;
use rusqlite::params;
use serde::Serialize;

use crate::error::{CentralError, Result};
use crate::home::Central;

/// A receipt file written for a device.
#[derive(Debug, Clone, Serialize)]
pub struct WrittenReceipt {
    pub path: PathBuf,
    pub device_id: String,
    pub seq: i64,
    pub bundle_id: String,
}

/// File extension of receipt files.
pub const RECEIPT_EXTENSION: &str = "receipt";

impl Central {
    /// Writes receipts not yet written (with `all`, every receipt) into `out_dir`, one file per
    /// bundle, named `<device id>-<seq>-<first 12 hex of the bundle id>.receipt`, and marks them
    /// written. Each file is written to a temporary name and renamed, so a reader never sees a
    /// partial receipt.
    pub fn write_receipts(
        &mut self,
        out_dir: &Path,
        all: bool,
        now: i64,
    ) -> Result<Vec<WrittenReceipt>> {
        private_fs::create_dir_private(out_dir).map_err(|e| CentralError::io(out_dir, e))?;
        let pending: Vec<(Vec<u8>, String, i64, Vec<u8>)> = {
            let mut stmt = self.vault.conn().prepare(
                "SELECT bundle_id, device_id, seq, bytes FROM receipt
                 WHERE ?1 OR written_at IS NULL ORDER BY device_id, seq, bundle_id",
            )?;
            stmt.query_map([all], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut out = Vec::new();
        for (bundle_id, device_id, seq, bytes) in pending {
            let id = hex::encode(&bundle_id);
            let path = out_dir.join(format!(
                "{device_id}-{seq:06}-{}.{RECEIPT_EXTENSION}",
                &id[..12]
            ));
            let tmp = path.with_extension("tmp");
            {
                let mut f =
                    private_fs::create_private(&tmp).map_err(|e| CentralError::io(&tmp, e))?;
                f.write_all(&bytes).map_err(|e| CentralError::io(&tmp, e))?;
                f.sync_all().map_err(|e| CentralError::io(&tmp, e))?;
            }
            fs::rename(&tmp, &path).map_err(|e| CentralError::io(&path, e))?;
            self.vault.conn().execute(
                "UPDATE receipt SET written_at = coalesce(written_at, ?2) WHERE bundle_id = ?1",
                params![bundle_id, now],
            )?;
            out.push(WrittenReceipt {
                path,
                device_id,
                seq,
                bundle_id: id,
            });
        }
        Ok(out)
    }

    /// The signed receipt of one bundle (hex bundle id).
    pub fn receipt(&self, bundle_id_hex: &str) -> Result<Vec<u8>> {
        let id = hex::decode(bundle_id_hex)
            .map_err(|_| CentralError::NotFound(format!("bundle {bundle_id_hex}")))?;
        self.vault
            .conn()
            .query_row(
                "SELECT bytes FROM receipt WHERE bundle_id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(|_| CentralError::NotFound(format!("receipt of bundle {bundle_id_hex}")))
    }
}
