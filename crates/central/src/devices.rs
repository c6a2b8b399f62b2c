//! The device registry: approve (by id, optionally with the device's public key), list, revoke.
//!
//! A device approved by id alone gets its key pinned from its first bundle whose signature
//! verifies under the key that bundle names (trust on first use). The supervisor compares the
//! fingerprint in `devices list` with the one the device showed at enrolment; approving with
//! `--key` pins it up front instead. A revoked device stays revoked: its bundles are refused.

use std::str::FromStr;

use lantern_bundle::{DeviceId, DeviceVerifyingKey, Trust};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::error::{CentralError, Result};
use crate::home::Central;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceStatus {
    Approved,
    Revoked,
}

/// One registry entry, with what has arrived from the device.
#[derive(Debug, Clone, Serialize)]
pub struct DeviceEntry {
    pub device_id: String,
    pub status: DeviceStatus,
    /// `lantern-device-pk1…`, once known.
    pub public_key: Option<String>,
    pub fingerprint: Option<String>,
    pub approved_at: i64,
    pub key_pinned_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub bundles: i64,
    pub last_seq: Option<i64>,
    /// Sequence numbers below the highest one seen that never arrived.
    pub missing_seqs: Vec<i64>,
}

/// How an import may treat a device, decided from the registry.
#[derive(Debug)]
pub(crate) enum Standing {
    Known(Trust),
    /// Approved by id; its key will be pinned from this bundle if the signature verifies.
    ApprovedWithoutKey,
}

pub(crate) fn parse_device_id(text: &str) -> Result<DeviceId> {
    DeviceId::from_str(text).map_err(|_| CentralError::BadDeviceId(text.to_owned()))
}

impl Central {
    /// Approves a device. Approving again is harmless; a key, if given, must match a pinned one.
    pub fn approve_device(
        &mut self,
        device_id: &str,
        key: Option<&DeviceVerifyingKey>,
        now: i64,
    ) -> Result<DeviceEntry> {
        parse_device_id(device_id)?;
        let tx = self.vault.conn_mut().transaction()?;
        let existing: Option<(String, Option<Vec<u8>>)> = tx
            .query_row(
                "SELECT status, public_key FROM device WHERE device_id = ?1",
                [device_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match existing {
            Some((status, _)) if status == "revoked" => {
                return Err(CentralError::DeviceRevoked(device_id.to_owned()));
            }
            Some((_, Some(pinned))) => {
                if let Some(key) = key
                    && pinned != key.to_bytes()
                {
                    return Err(CentralError::DeviceKeyMismatch {
                        device_id: device_id.to_owned(),
                        registered: key_text(&pinned),
                        offered: key.to_string(),
                    });
                }
            }
            Some((_, None)) => {
                if let Some(key) = key {
                    tx.execute(
                        "UPDATE device SET public_key = ?2, key_pinned_at = ?3 WHERE device_id = ?1",
                        params![device_id, &key.to_bytes()[..], now],
                    )?;
                }
            }
            None => {
                tx.execute(
                    "INSERT INTO device (device_id, public_key, status, approved_at, key_pinned_at)
                     VALUES (?1, ?2, 'approved', ?3, ?4)",
                    params![
                        device_id,
                        key.map(|k| k.to_bytes().to_vec()),
                        now,
                        key.map(|_| now)
                    ],
                )?;
            }
        }
        tx.commit()?;
        self.device(device_id)
    }

    /// Revokes a device: from now on its bundles are refused (`bundle.revoked_device`). What it
    /// sent before stays.
    pub fn revoke_device(&mut self, device_id: &str, now: i64) -> Result<DeviceEntry> {
        parse_device_id(device_id)?;
        let n = self.vault.conn().execute(
            "UPDATE device SET status = 'revoked', revoked_at = coalesce(revoked_at, ?2) WHERE device_id = ?1",
            params![device_id, now],
        )?;
        if n == 0 {
            return Err(CentralError::UnknownDevice(device_id.to_owned()));
        }
        self.device(device_id)
    }

    pub fn device(&self, device_id: &str) -> Result<DeviceEntry> {
        self.devices()?
            .into_iter()
            .find(|d| d.device_id == device_id)
            .ok_or_else(|| CentralError::UnknownDevice(device_id.to_owned()))
    }

    /// All devices, by id.
    pub fn devices(&self) -> Result<Vec<DeviceEntry>> {
        let conn = self.vault.conn();
        let mut stmt = conn.prepare(
            "SELECT d.device_id, d.status, d.public_key, d.approved_at, d.key_pinned_at, d.revoked_at,
                    (SELECT count(*) FROM bundle b WHERE b.device_id = d.device_id),
                    (SELECT max(seq) FROM bundle b WHERE b.device_id = d.device_id)
             FROM device d ORDER BY d.device_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<Vec<u8>>>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, Option<i64>>(4)?,
                r.get::<_, Option<i64>>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, Option<i64>>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (device_id, status, key, approved_at, key_pinned_at, revoked_at, bundles, last) =
                row?;
            let key = key.map(|k| verifying_key(&k)).transpose()?;
            let missing_seqs = self.missing_seqs(&device_id)?;
            out.push(DeviceEntry {
                status: if status == "revoked" {
                    DeviceStatus::Revoked
                } else {
                    DeviceStatus::Approved
                },
                public_key: key.map(|k| k.to_string()),
                fingerprint: key.map(|k| k.fingerprint().to_string()),
                device_id,
                approved_at,
                key_pinned_at,
                revoked_at,
                bundles,
                last_seq: last,
                missing_seqs,
            });
        }
        Ok(out)
    }

    /// Sequence numbers from 1 to the highest seen that no imported bundle carried.
    pub fn missing_seqs(&self, device_id: &str) -> Result<Vec<i64>> {
        let mut stmt = self
            .vault
            .conn()
            .prepare("SELECT DISTINCT seq FROM bundle WHERE device_id = ?1 ORDER BY seq")?;
        let seen: Vec<i64> = stmt
            .query_map([device_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut missing = Vec::new();
        let mut expected = 1;
        for s in seen {
            // Bounded by what a device could plausibly skip; a hostile seq cannot make us loop.
            while expected < s && missing.len() < 10_000 {
                missing.push(expected);
                expected += 1;
            }
            // A hostile device may send seq = i64::MAX.
            expected = s.saturating_add(1);
        }
        Ok(missing)
    }

    pub(crate) fn standing(&self, device_id: &DeviceId) -> Result<Standing> {
        let row: Option<(String, Option<Vec<u8>>)> = self
            .vault
            .conn()
            .query_row(
                "SELECT status, public_key FROM device WHERE device_id = ?1",
                [device_id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(match row {
            None => Standing::Known(Trust::Unknown),
            Some((status, _)) if status == "revoked" => Standing::Known(Trust::Revoked),
            Some((_, Some(key))) => Standing::Known(Trust::Trusted(verifying_key(&key)?)),
            Some((_, None)) => Standing::ApprovedWithoutKey,
        })
    }
}

fn verifying_key(bytes: &[u8]) -> Result<DeviceVerifyingKey> {
    let arr: [u8; 32] = bytes
        .try_into()
        .map_err(|_| CentralError::Damaged("device key length".into()))?;
    Ok(DeviceVerifyingKey::from_bytes(&arr)?)
}

fn key_text(bytes: &[u8]) -> String {
    verifying_key(bytes)
        .map(|k| k.to_string())
        .unwrap_or_else(|_| hex::encode(bytes))
}
