//! The device registry: approve (a device id bound to its public key or to that key's
//! fingerprint), list, revoke.
//!
//! Device ids are public (they are in bundle file names), so an id alone proves nothing: a
//! bundle signed by anyone's key can name any id. Approval therefore binds the key the device
//! showed at enrolment (`lantern enrol` prints both): with the key, it is pinned at once; with
//! the fingerprint, the first bundle's key is pinned only if its fingerprint matches, and a
//! bundle under any other key is refused (`central.device_fingerprint_mismatch`) before anything
//! is decrypted or stored. A row approved by id alone under schema 2 accepts no bundle
//! (`central.device_not_bound`) until it is approved again with a key or fingerprint. A revoked
//! device stays revoked: its bundles are refused.

use std::str::FromStr;

use lantern_bundle::{DeviceId, DeviceVerifyingKey, Trust};
use lantern_store::audit;
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
    /// `lantern-device-pk1…`, once pinned.
    pub public_key: Option<String>,
    /// The pinned key's fingerprint, or before that the fingerprint it was approved with.
    pub fingerprint: Option<String>,
    pub approved_at: i64,
    pub key_pinned_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub bundles: i64,
    pub last_seq: Option<i64>,
    /// Sequence numbers below the highest one seen that never arrived.
    pub missing_seqs: Vec<i64>,
}

/// What an approval binds a device id to: its public key, or that key's fingerprint (what the
/// device printed at enrolment, `xxxx:xxxx:…`, 32 bytes in hex).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceBinding {
    Key(DeviceVerifyingKey),
    Fingerprint([u8; 32]),
}

impl DeviceBinding {
    /// Parses a fingerprint as the device prints it (case, colons and spaces do not matter).
    pub fn fingerprint(text: &str) -> Result<Self> {
        let digits: String = text
            .chars()
            .filter(|c| !matches!(c, ':' | ' ' | '-'))
            .collect::<String>()
            .to_ascii_lowercase();
        let bytes = hex::decode(&digits).map_err(|_| CentralError::BadFingerprint)?;
        let fp: [u8; 32] = bytes.try_into().map_err(|_| CentralError::BadFingerprint)?;
        Ok(Self::Fingerprint(fp))
    }

    fn fingerprint_bytes(&self) -> [u8; 32] {
        match self {
            Self::Key(k) => *k.fingerprint().as_bytes(),
            Self::Fingerprint(fp) => *fp,
        }
    }
}

/// How an import may treat a device, decided from the registry.
#[derive(Debug)]
pub(crate) enum Standing {
    Known(Trust),
    /// Approved with a fingerprint: the bundle's key is pinned if it has this fingerprint.
    AwaitingKey([u8; 32]),
    /// Approved by id alone (schema 2): no bundle is accepted until it is approved again.
    Unbound,
}

pub(crate) fn parse_device_id(text: &str) -> Result<DeviceId> {
    DeviceId::from_str(text).map_err(|_| CentralError::BadDeviceId(text.to_owned()))
}

impl Central {
    /// Approves a device, bound to its key or its key's fingerprint. Approving again is
    /// harmless; a binding that does not match the key or fingerprint already held is refused
    /// (`central.device_key_mismatch`). A row approved by id alone (schema 2) takes the binding.
    pub fn approve_device(
        &mut self,
        device_id: &str,
        binding: DeviceBinding,
        now: i64,
    ) -> Result<DeviceEntry> {
        parse_device_id(device_id)?;
        let tx = self.vault.conn_mut().transaction()?;
        type Row = (String, Option<Vec<u8>>, Option<Vec<u8>>);
        let existing: Option<Row> = tx
            .query_row(
                "SELECT status, public_key, key_fingerprint FROM device WHERE device_id = ?1",
                [device_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let offered_fp = binding.fingerprint_bytes();
        let mismatch = |registered: String| CentralError::DeviceKeyMismatch {
            device_id: device_id.to_owned(),
            registered,
            offered: match &binding {
                DeviceBinding::Key(k) => k.to_string(),
                DeviceBinding::Fingerprint(fp) => fingerprint_text(fp),
            },
        };
        let pin = match &binding {
            DeviceBinding::Key(k) => Some(k.to_bytes().to_vec()),
            DeviceBinding::Fingerprint(_) => None,
        };
        match existing {
            Some((status, _, _)) if status == "revoked" => {
                return Err(CentralError::DeviceRevoked(device_id.to_owned()));
            }
            Some((_, Some(pinned), _)) => {
                let pinned_key = verifying_key(&pinned)?;
                let same = match &binding {
                    DeviceBinding::Key(k) => k.to_bytes()[..] == pinned[..],
                    DeviceBinding::Fingerprint(fp) => pinned_key.fingerprint().as_bytes() == fp,
                };
                if !same {
                    return Err(mismatch(pinned_key.to_string()));
                }
            }
            Some((_, None, Some(expected))) => {
                if expected[..] != offered_fp[..] {
                    return Err(mismatch(fingerprint_text(&expected)));
                }
                if let Some(key) = &pin {
                    tx.execute(
                        "UPDATE device SET public_key = ?2, key_pinned_at = ?3 WHERE device_id = ?1",
                        params![device_id, key, now],
                    )?;
                }
            }
            Some((_, None, None)) => {
                tx.execute(
                    "UPDATE device SET public_key = ?2, key_pinned_at = ?3, key_fingerprint = ?4
                     WHERE device_id = ?1",
                    params![device_id, pin, pin.as_ref().map(|_| now), &offered_fp[..]],
                )?;
            }
            None => {
                tx.execute(
                    "INSERT INTO device (device_id, public_key, status, approved_at, key_pinned_at,
                                         key_fingerprint)
                     VALUES (?1, ?2, 'approved', ?3, ?4, ?5)",
                    params![
                        device_id,
                        pin,
                        now,
                        pin.as_ref().map(|_| now),
                        &offered_fp[..]
                    ],
                )?;
                audit::append(
                    &tx,
                    now,
                    "device.approved",
                    device_id,
                    &format!("fingerprint {}", fingerprint_text(&offered_fp)),
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
        let tx = self.vault.conn_mut().transaction()?;
        let n = tx.execute(
            "UPDATE device SET status = 'revoked', revoked_at = coalesce(revoked_at, ?2)
             WHERE device_id = ?1",
            params![device_id, now],
        )?;
        if n == 0 {
            return Err(CentralError::UnknownDevice(device_id.to_owned()));
        }
        audit::append(&tx, now, "device.revoked", device_id, "")?;
        tx.commit()?;
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
                    (SELECT max(seq) FROM bundle b WHERE b.device_id = d.device_id),
                    d.key_fingerprint
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
                r.get::<_, Option<Vec<u8>>>(8)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (device_id, status, key, approved_at, key_pinned_at, revoked_at, bundles, last, fp) =
                row?;
            let key = key.map(|k| verifying_key(&k)).transpose()?;
            let fingerprint = match (&key, fp) {
                (Some(k), _) => Some(k.fingerprint().to_string()),
                (None, Some(fp)) => Some(fingerprint_text(&fp)),
                (None, None) => None,
            };
            let missing_seqs = self.missing_seqs(&device_id)?;
            out.push(DeviceEntry {
                status: if status == "revoked" {
                    DeviceStatus::Revoked
                } else {
                    DeviceStatus::Approved
                },
                public_key: key.map(|k| k.to_string()),
                fingerprint,
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
        type Row = (String, Option<Vec<u8>>, Option<Vec<u8>>);
        let row: Option<Row> = self
            .vault
            .conn()
            .query_row(
                "SELECT status, public_key, key_fingerprint FROM device WHERE device_id = ?1",
                [device_id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        Ok(match row {
            None => Standing::Known(Trust::Unknown),
            Some((status, _, _)) if status == "revoked" => Standing::Known(Trust::Revoked),
            Some((_, Some(key), _)) => Standing::Known(Trust::Trusted(verifying_key(&key)?)),
            Some((_, None, Some(fp))) => Standing::AwaitingKey(
                fp.try_into()
                    .map_err(|_| CentralError::Damaged("device fingerprint length".into()))?,
            ),
            Some((_, None, None)) => Standing::Unbound,
        })
    }
}

fn verifying_key(bytes: &[u8]) -> Result<DeviceVerifyingKey> {
    let arr: [u8; 32] = bytes
        .try_into()
        .map_err(|_| CentralError::Damaged("device key length".into()))?;
    Ok(DeviceVerifyingKey::from_bytes(&arr)?)
}

/// A fingerprint written as the device shows it: hex in groups of four, colon-separated.
pub(crate) fn fingerprint_text(bytes: &[u8]) -> String {
    bytes
        .chunks(2)
        .map(hex::encode)
        .collect::<Vec<_>>()
        .join(":")
}
