//! Device identity and the profile summary.

use serde::Serialize;
use zeroize::Zeroizing;

use crate::error::Result;
use crate::profile::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoreStatus {
    pub device_id: String,
    pub profile_id: String,
    pub interviews: i64,
    pub drafts: i64,
    pub finished: i64,
    pub exported: i64,
    pub schema_version: i64,
    pub kdf_production_strength: bool,
}

impl Store {
    pub fn device_id(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("SELECT device_id FROM device", [], |r| r.get(0))?)
    }

    /// The device's Ed25519 signing key seed, for the bundle signer. Never leaves the process.
    pub fn device_signing_seed(&self) -> Result<Zeroizing<[u8; 32]>> {
        let v: Zeroizing<Vec<u8>> = Zeroizing::new(self.conn.query_row(
            "SELECT signing_seed FROM device",
            [],
            |r| r.get(0),
        )?);
        let mut out = Zeroizing::new([0u8; 32]);
        out.copy_from_slice(&v[..32]);
        Ok(out)
    }

    pub fn status(&self) -> Result<StoreStatus> {
        let (total, drafts, finished, exported): (i64, i64, i64, i64) = self.conn.query_row(
            "SELECT count(*),
                    coalesce(sum(status IN ('draft', 'stopped')), 0),
                    coalesce(sum(status = 'finished'), 0),
                    coalesce(sum(status IN ('exported', 'purged')), 0)
             FROM interview",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        Ok(StoreStatus {
            device_id: self.device_id()?,
            profile_id: self.profile_id.clone(),
            interviews: total,
            drafts,
            finished,
            exported,
            schema_version: self
                .conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))?,
            kdf_production_strength: self.kdf_is_production_strength(),
        })
    }
}
