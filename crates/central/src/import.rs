//! Import of sync bundles: verify (signature and device standing, before anything is decrypted
//! or parsed), open, decode and validate every record, and apply them all in ONE transaction
//! with the bundle row and its signed receipt. Any error rolls everything back: a refused
//! bundle leaves the central store exactly as it was.
//!
//! Rules, per record revision `(kind, id, revision, body)`:
//! - the same revision with the same body already held → unchanged (a resend);
//! - the same revision with a different body → `conflict`: kept in the history, not applied,
//!   and a review-queue item is opened (reason `revision_conflict`; never last-writer-wins);
//! - a record first sent by another device → `conflict` (reason `foreign_device`), likewise;
//! - a newer revision → applied; the one it replaces stays in the history as `superseded`;
//! - an older revision (arriving after a newer one) → `stale`: kept in the history, not applied,
//!   and a review-queue item is opened (reason `older_revision`), so that no revision a device
//!   sent is set aside without a person seeing it.
//!
//! A revision body already held is `unchanged` whatever happened to it before, so a resend of
//! a conflicting or older revision (in any bundle) opens no second review item, even when the
//! first one was resolved: the supervisor has already seen exactly that content. Each received
//! body opens at most one item (the schema's unique index `review_item_revision`).
//!
//! Idempotent by bundle id (SHA-256 of the file): the same file twice is a duplicate and changes
//! nothing. A second bundle with an already-seen `(device, seq)` is imported by the rules above
//! (`resent_seq` is reported). Sequence gaps are reported per device. A `seq` above 2^63 − 1
//! (the format's u64 beyond the store's i64) is refused as `bundle.malformed_payload`.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::mpsc;

use lantern_bundle::{
    BundleError, BundleId, Receipt, Record, RecordKey, Trust, inspect, sign_receipt,
};
use lantern_store::sync::{
    IDENTITY_KIND, INTERVIEW_EXPORT_FORMAT, INTERVIEW_KIND, IdentityExport, InterviewExport,
};
use rusqlite::{OptionalExtension, Statement, Transaction, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::devices::Standing;
use crate::error::{CentralError, Result};
use crate::home::Central;

/// What happened to one bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ImportOutcome {
    Imported(ImportSummary),
    /// Already imported (same bundle id): nothing changed.
    Duplicate {
        bundle_id: String,
        device_id: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub bundle_id: String,
    pub device_id: String,
    pub seq: u64,
    pub records: usize,
    pub applied: usize,
    pub unchanged: usize,
    pub stale: usize,
    pub conflicts: usize,
    /// Another bundle with this `(device, seq)` was imported before.
    pub resent_seq: bool,
    /// The device's key was pinned from this bundle (approved by id, first contact).
    pub key_pinned: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Disposition {
    Applied,
    Unchanged,
    Stale,
    Conflict,
}

impl Central {
    /// Imports one bundle file. `now` (unix ms) stamps the rows and the receipt.
    pub fn import_file(&mut self, path: &Path, now: i64) -> Result<ImportOutcome> {
        let file = File::open(path).map_err(|e| CentralError::Bundle(BundleError::Io(e)))?;
        self.import_reader(file, now)
    }

    /// Imports one bundle from any seekable reader (an inbox spool, a test buffer).
    ///
    /// The records are read, decrypted, hashed and decoded on a second thread while this one
    /// applies them, hence `R: Send`.
    pub fn import_reader<R: Read + Seek + Send>(
        &mut self,
        mut reader: R,
        now: i64,
    ) -> Result<ImportOutcome> {
        // Only the fixed header, to ask the registry; nothing in it is trusted yet.
        let header = inspect(&mut reader)?;
        let device = header.device_id();
        let device_text = device.to_string();
        let standing = self.standing(&device)?;
        // A resent file: one hash pass instead of verification's two. A file with the SHA-256
        // of a bundle already imported is that bundle, which verified then; from a device still
        // trusted with the same key (a pinned key never changes) it would verify again. Any
        // other standing goes through `verify`, which reports it as before.
        if let Standing::Known(Trust::Trusted(key)) = &standing
            && key.to_bytes() == *header.signer_key_bytes()
            && let Some(id) = file_id(&mut reader, self.limits.max_file_size)?
            && self.bundle_seen(&id)?
        {
            return Ok(ImportOutcome::Duplicate {
                bundle_id: id.to_string(),
                device_id: device_text,
            });
        }
        let (trust, pin_key) = match standing {
            Standing::Known(trust) => (trust, false),
            Standing::ApprovedWithoutKey => (Trust::Trusted(header.signer_key()?), true),
        };
        let verified = lantern_bundle::verify(reader, &self.limits, move |_| trust)?;
        let bundle_id = verified.bundle_id();
        if self.bundle_seen(&bundle_id)? {
            return Ok(ImportOutcome::Duplicate {
                bundle_id: bundle_id.to_string(),
                device_id: device_text,
            });
        }

        let identity = self.identity()?;
        let signing = self.signing_key()?;
        let records = verified.open(&identity)?;
        let payload = records.header().clone();
        // The format allows any u64; the store's INTEGER is an i64. Refused rather than wrapped
        // to a negative number (which would corrupt the gap report).
        let seq = i64::try_from(payload.seq).map_err(|_| {
            BundleError::MalformedPayload(format!(
                "sequence number {} is beyond 2^63 - 1, the largest the central node stores",
                payload.seq
            ))
        })?;
        let signer_key = header.signer_key_bytes().to_vec();

        let tx = self.vault.conn_mut().transaction()?;
        if pin_key {
            tx.execute(
                "UPDATE device SET public_key = ?2, key_pinned_at = ?3 WHERE device_id = ?1 AND public_key IS NULL",
                params![device_text, signer_key, now],
            )?;
        }
        let resent_seq: bool = tx
            .query_row(
                "SELECT 1 FROM bundle WHERE device_id = ?1 AND seq = ?2",
                params![device_text, seq],
                |_| Ok(true),
            )
            .optional()?
            .unwrap_or(false);
        tx.execute(
            "INSERT INTO bundle (bundle_id, device_id, seq, created_at, imported_at, record_count)
             VALUES (?1, ?2, ?3, ?4, ?5, 0)",
            params![
                &bundle_id.as_bytes()[..],
                device_text,
                seq,
                payload.created_at,
                now
            ],
        )?;
        let mut summary = ImportSummary {
            bundle_id: bundle_id.to_string(),
            device_id: device_text.clone(),
            seq: payload.seq,
            records: 0,
            applied: 0,
            unchanged: 0,
            stale: 0,
            conflicts: 0,
            resent_seq,
            key_pinned: pin_key,
        };
        let mut acknowledged: Vec<RecordKey> = Vec::new();
        // Decryption, CBOR, hashing and JSON decoding of the records run on a second thread,
        // in file order, while this one applies them: the two halves take comparable time.
        // The reading side stops at its first error and sends it; the iterator ends only after
        // the authenticated end of the payload. Any error returns here with `tx` dropped, which
        // rolls back; dropping the receiver stops the reading side.
        let mut st = Statements::prepare(&tx)?;
        std::thread::scope(|scope| -> Result<()> {
            let (send, receive) = mpsc::sync_channel::<Result<Checked>>(RECORDS_IN_FLIGHT);
            scope.spawn(move || {
                for record in records {
                    let checked = record.map_err(CentralError::from).and_then(check);
                    let failed = checked.is_err();
                    if send.send(checked).is_err() || failed {
                        return;
                    }
                }
            });
            for checked in receive {
                let checked = checked?;
                let d = apply(&mut st, &checked, &device_text, bundle_id.as_bytes(), now)?;
                summary.records += 1;
                match d {
                    Disposition::Applied => summary.applied += 1,
                    Disposition::Unchanged => summary.unchanged += 1,
                    Disposition::Stale => summary.stale += 1,
                    Disposition::Conflict => summary.conflicts += 1,
                }
                acknowledged.push(checked.record.key());
            }
            Ok(())
        })?;
        drop(st);
        acknowledged.sort();
        acknowledged.dedup();
        tx.execute(
            "UPDATE bundle SET record_count = ?2 WHERE bundle_id = ?1",
            params![&bundle_id.as_bytes()[..], summary.records as i64],
        )?;
        let receipt = Receipt {
            bundle_id,
            device_id: device,
            seq: payload.seq,
            accepted_at: now,
            records: acknowledged,
        };
        let bytes = sign_receipt(&receipt, &signing)?;
        tx.execute(
            "INSERT INTO receipt (bundle_id, device_id, seq, bytes, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                &bundle_id.as_bytes()[..],
                device_text,
                seq,
                bytes,
                now
            ],
        )?;
        tx.commit()?;
        Ok(ImportOutcome::Imported(summary))
    }
}

/// Records decoded ahead of the one being applied (interview bodies are some 40 KiB).
const RECORDS_IN_FLIGHT: usize = 64;

/// A record that passed [`validate`], with the SHA-256 of its body.
struct Checked {
    record: Record,
    sha: [u8; 32],
}

fn check(record: Record) -> Result<Checked> {
    validate(&record)?;
    let sha = Sha256::digest(&record.body).into();
    Ok(Checked { record, sha })
}

/// The bundle id (SHA-256 of everything) of a file no larger than `max_size`, else `None`.
fn file_id<R: Read + Seek>(reader: &mut R, max_size: u64) -> Result<Option<BundleId>> {
    let io = |e| CentralError::Bundle(BundleError::Io(e));
    let size = reader.seek(SeekFrom::End(0)).map_err(io)?;
    if size > max_size {
        return Ok(None);
    }
    reader.seek(SeekFrom::Start(0)).map_err(io)?;
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = reader.read(&mut buf).map_err(io)?;
        if n == 0 {
            break;
        }
        hash.update(&buf[..n]);
    }
    Ok(Some(BundleId::from_bytes(hash.finalize().into())))
}

impl Central {
    fn bundle_seen(&self, id: &BundleId) -> Result<bool> {
        Ok(self
            .vault
            .conn()
            .query_row(
                "SELECT 1 FROM bundle WHERE bundle_id = ?1",
                [&id.as_bytes()[..]],
                |_| Ok(true),
            )
            .optional()?
            .unwrap_or(false))
    }
}

/// Decodes the body by kind and checks it names the same record and revision as the envelope
/// around it. Unknown kinds are refused: the central node stores only what it understands.
fn validate(record: &Record) -> Result<()> {
    let bad = |detail: String| CentralError::MalformedRecord {
        kind: record.kind.clone(),
        id: record.id.clone(),
        revision: record.revision,
        detail,
    };
    match record.kind.as_str() {
        INTERVIEW_KIND => {
            let body: InterviewExport =
                serde_json::from_slice(&record.body).map_err(|e| bad(e.to_string()))?;
            if body.format != INTERVIEW_EXPORT_FORMAT {
                return Err(bad(format!("interview format {}", body.format)));
            }
            if body.interview_id != record.id {
                return Err(bad("the body names another interview".into()));
            }
            if u64::try_from(body.revision).ok() != Some(record.revision) {
                return Err(bad("the body carries another revision".into()));
            }
            Ok(())
        }
        IDENTITY_KIND => {
            let body: IdentityExport =
                serde_json::from_slice(&record.body).map_err(|e| bad(e.to_string()))?;
            if body.interview_id != record.id {
                return Err(bad("the body names another interview".into()));
            }
            Ok(())
        }
        other => Err(CentralError::UnknownRecordKind(other.to_owned())),
    }
}

/// The statements [`apply`] runs for every record, prepared once per bundle.
struct Statements<'t> {
    same: Statement<'t>,
    other_body: Statement<'t>,
    current: Statement<'t>,
    insert_revision: Statement<'t>,
    insert_review_item: Statement<'t>,
    supersede: Statement<'t>,
    upsert_record: Statement<'t>,
    review_new: Statement<'t>,
}

impl<'t> Statements<'t> {
    fn prepare(tx: &'t Transaction<'_>) -> Result<Self> {
        Ok(Statements {
            same: tx.prepare("SELECT 1 FROM record_revision
             WHERE kind = ?1 AND record_id = ?2 AND revision = ?3 AND body_sha256 = ?4")?,
            other_body: tx.prepare("SELECT 1 FROM record_revision WHERE kind = ?1 AND record_id = ?2 AND revision = ?3")?,
            current: tx.prepare("SELECT revision, device_id FROM record WHERE kind = ?1 AND record_id = ?2")?,
            insert_revision: tx.prepare("INSERT INTO record_revision (kind, record_id, revision, body_sha256, body, device_id, bundle_id, received_at, disposition)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?,
            insert_review_item: tx.prepare("INSERT INTO review_item (kind, record_id, revision, body_sha256, device_id, bundle_id, reason, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?,
            supersede: tx.prepare("UPDATE record_revision SET disposition = 'superseded'
                 WHERE kind = ?1 AND record_id = ?2 AND disposition = 'current'")?,
            upsert_record: tx.prepare("INSERT INTO record (kind, record_id, revision, body_sha256, device_id, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (kind, record_id) DO UPDATE SET revision = excluded.revision,
                   body_sha256 = excluded.body_sha256, device_id = excluded.device_id,
                   updated_at = excluded.updated_at")?,
            review_new: tx.prepare("INSERT INTO review (interview_id, state, note, updated_at) VALUES (?1, 'new', '', ?2)
                     ON CONFLICT (interview_id) DO UPDATE SET state = 'new', updated_at = excluded.updated_at")?,
        })
    }
}

fn apply(
    st: &mut Statements<'_>,
    checked: &Checked,
    device: &str,
    bundle_id: &[u8; 32],
    now: i64,
) -> Result<Disposition> {
    let Checked { record, sha } = checked;
    let revision = i64::try_from(record.revision).map_err(|_| CentralError::MalformedRecord {
        kind: record.kind.clone(),
        id: record.id.clone(),
        revision: record.revision,
        detail: "revision out of range".into(),
    })?;
    let key = params![record.kind, record.id, revision];
    let same: bool = st
        .same
        .query_row(params![record.kind, record.id, revision, &sha[..]], |_| {
            Ok(true)
        })
        .optional()?
        .unwrap_or(false);
    if same {
        return Ok(Disposition::Unchanged);
    }
    let other_body: bool = st
        .other_body
        .query_row(key, |_| Ok(true))
        .optional()?
        .unwrap_or(false);
    let current: Option<(i64, String)> = st
        .current
        .query_row(params![record.kind, record.id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    // Not applied: kept in the history with its disposition, and put in the review queue.
    let set_aside = if other_body {
        Some(("conflict", "revision_conflict", Disposition::Conflict))
    } else if current.as_ref().is_some_and(|(_, d)| d != device) {
        Some(("conflict", "foreign_device", Disposition::Conflict))
    } else if current.as_ref().is_some_and(|(cur, _)| *cur > revision) {
        Some(("stale", "older_revision", Disposition::Stale))
    } else {
        None
    };
    let mut insert = |disposition: &str| -> Result<()> {
        st.insert_revision.execute(params![
            record.kind,
            record.id,
            revision,
            &sha[..],
            record.body,
            device,
            &bundle_id[..],
            now,
            disposition
        ])?;
        Ok(())
    };
    match set_aside {
        Some((disposition, reason, outcome)) => {
            insert(disposition)?;
            st.insert_review_item.execute(params![
                record.kind,
                record.id,
                revision,
                &sha[..],
                device,
                &bundle_id[..],
                reason,
                now
            ])?;
            Ok(outcome)
        }
        None => {
            st.supersede.execute(params![record.kind, record.id])?;
            insert("current")?;
            st.upsert_record.execute(params![
                record.kind,
                record.id,
                revision,
                &sha[..],
                device,
                now
            ])?;
            if record.kind == INTERVIEW_KIND {
                // New content since the supervisor's review: back to `new`, the note stays.
                st.review_new.execute(params![record.id, now])?;
            }
            Ok(Disposition::Applied)
        }
    }
}
