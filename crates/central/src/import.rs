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
//! Record kinds: `interview` and `consent` (a consent decision made after the interview, id
//! `<interview>/<purpose>`) follow the rules above. `identity` (her identifying answers) never
//! enters `record` / `record_revision`, where its body would stay in the history: it goes to the
//! `identity` table, one row per interview (the newest revision, from the device that sent the
//! first; anything else is discarded and audited). Every record, kept or not, is acknowledged in
//! the receipt, so the device does not send it again. At the end of the import, in the same
//! transaction, [`crate::consent`] derives each touched interview's consent and deletes any
//! identity it does not allow (assistance and sharing must both be yes); after the commit the
//! WAL is checkpointed when one was deleted.
//!
//! A device's key is pinned from its first bundle only when the key has the fingerprint the
//! supervisor approved ([`crate::devices`]): a device id alone is public.
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
    CONSENT_CHANGE_FORMAT, CONSENT_KIND, ConsentChangeExport, IDENTITY_EXPORT_FORMAT,
    IDENTITY_KIND, INTERVIEW_EXPORT_FORMAT, INTERVIEW_KIND, IdentityExport, InterviewExport,
    consent_record_id,
};
use lantern_store::{ConsentRecord, audit};
use rusqlite::{OptionalExtension, Statement, Transaction, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::consent::{self, Enforced};
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
    /// The device's key was pinned from this bundle (approved by fingerprint, first contact).
    pub key_pinned: bool,
    /// Identity records held after this import (kept apart, with consent to keep them).
    pub identity_kept: usize,
    /// Identity records of this bundle not kept: without consent (assistance and sharing),
    /// without their interview, from another device, or older than the one held.
    pub identity_discarded: usize,
    /// Identities held before that this bundle's consent changes deleted (a withdrawal).
    pub identity_deleted: usize,
    /// The device's audit log went back since an earlier bundle anchored its head: entries
    /// were cut from it (also audited here as `device.audit_regression`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit_regression: Option<AuditRegression>,
}

/// An anchored audit-log head earlier than one held for the device: the log was cut back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditRegression {
    /// The bundle whose anchor is held (the latest by `seq` before this one).
    pub anchored_seq: u64,
    pub anchored_entries: u64,
    pub entries: u64,
}

/// The audit entry that keeps each bundle's anchor: the office's own log is where it is held,
/// chained under the office's key. Detail: `seq S entries N head HEX`.
const ANCHOR_ACTION: &str = "device.audit_anchor";

struct HeldAnchor {
    seq: u64,
    entries: u64,
    head: String,
}

fn held_anchor(tx: &Transaction<'_>, device: &str) -> Result<Option<HeldAnchor>> {
    let detail: Option<String> = tx
        .query_row(
            "SELECT detail FROM audit_log WHERE action = ?1 AND subject = ?2 ORDER BY seq DESC LIMIT 1",
            params![ANCHOR_ACTION, device],
            |r| r.get(0),
        )
        .optional()?;
    Ok(detail.and_then(|d| {
        let parts: Vec<&str> = d.split(' ').collect();
        match parts.as_slice() {
            ["seq", s, "entries", n, "head", h] => Some(HeldAnchor {
                seq: s.parse().ok()?,
                entries: n.parse().ok()?,
                head: (*h).to_owned(),
            }),
            _ => None,
        }
    }))
}

/// Compares the bundle's anchor with the one held and keeps the newer (by `seq`); a bundle
/// older than the held anchor (delivered late) is not compared.
fn apply_anchor(
    tx: &Transaction<'_>,
    device: &str,
    seq: u64,
    anchor: &lantern_bundle::AuditAnchor,
    now: i64,
) -> Result<Option<AuditRegression>> {
    let head = hex::encode(anchor.head);
    let held = held_anchor(tx, device)?;
    if held.as_ref().is_some_and(|h| h.seq >= seq) {
        return Ok(None);
    }
    let regression = held.and_then(|h| {
        let back = anchor.entries < h.entries || (anchor.entries == h.entries && head != h.head);
        back.then_some(AuditRegression {
            anchored_seq: h.seq,
            anchored_entries: h.entries,
            entries: anchor.entries,
        })
    });
    if let Some(r) = &regression {
        audit::append(
            tx,
            now,
            "device.audit_regression",
            device,
            &format!(
                "seq {seq}: {} entries, {} anchored at seq {}",
                r.entries, r.anchored_entries, r.anchored_seq
            ),
        )?;
    }
    audit::append(
        tx,
        now,
        ANCHOR_ACTION,
        device,
        &format!("seq {seq} entries {} head {head}", anchor.entries),
    )?;
    Ok(regression)
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
        // A device id is public: the key a first bundle names is pinned only if it has the
        // fingerprint the supervisor approved; otherwise the bundle is someone else's.
        let (trust, pin_key) = match standing {
            Standing::Known(trust) => (trust, false),
            Standing::AwaitingKey(fingerprint) => {
                let key = header.signer_key()?;
                if key.fingerprint().as_bytes() != &fingerprint {
                    return Err(CentralError::DeviceFingerprintMismatch(device_text));
                }
                (Trust::Trusted(key), true)
            }
            Standing::Unbound => return Err(CentralError::DeviceNotBound(device_text)),
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
        let audit_anchor = records.audit_anchor();
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
            identity_kept: 0,
            identity_discarded: 0,
            identity_deleted: 0,
            audit_regression: None,
        };
        if let Some(anchor) = &audit_anchor {
            summary.audit_regression = apply_anchor(&tx, &device_text, payload.seq, anchor, now)?;
        }
        // Interviews whose consent this bundle may change, and identities it newly brought.
        let mut touched = std::collections::BTreeSet::new();
        let mut fresh_identities = std::collections::BTreeSet::new();
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
                let at = Source {
                    device: &device_text,
                    bundle_id: bundle_id.as_bytes(),
                    now,
                };
                let d = match &checked.parsed {
                    Parsed::Identity => {
                        touched.insert(checked.record.id.clone());
                        match apply_identity(&mut st, &checked, &at)? {
                            IdentityOutcome::Stored { fresh } => {
                                if fresh {
                                    fresh_identities.insert(checked.record.id.clone());
                                }
                                Disposition::Applied
                            }
                            IdentityOutcome::Unchanged => Disposition::Unchanged,
                            IdentityOutcome::Discarded(why) => {
                                audit::append(
                                    &tx,
                                    now,
                                    "identity.discarded",
                                    &checked.record.id,
                                    why,
                                )?;
                                summary.identity_discarded += 1;
                                Disposition::Unchanged
                            }
                        }
                    }
                    Parsed::Interview { consents } => {
                        touched.insert(checked.record.id.clone());
                        let d = apply(&mut st, &checked, &at)?;
                        if d == Disposition::Applied {
                            for (i, c) in consents.iter().enumerate() {
                                consent::insert_decision(
                                    &mut st.insert_decision,
                                    &checked.record.id,
                                    c,
                                    "interview",
                                    i as i64 + 1,
                                    &at,
                                )?;
                            }
                        }
                        d
                    }
                    Parsed::Consent(change) => {
                        touched.insert(change.interview_id.clone());
                        let d = apply(&mut st, &checked, &at)?;
                        // An older change arriving late still happened; a conflicting one waits
                        // in the review queue like any record.
                        if matches!(d, Disposition::Applied | Disposition::Stale) {
                            let decision = ConsentRecord {
                                purpose: change.purpose,
                                state: change.state,
                                locale: change.locale.clone(),
                                recorded_at: change.recorded_at,
                            };
                            consent::insert_decision(
                                &mut st.insert_decision,
                                &change.interview_id,
                                &decision,
                                "change",
                                i64::try_from(checked.record.revision).unwrap_or(i64::MAX),
                                &at,
                            )?;
                        }
                        d
                    }
                };
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
        // Consent is enforced inside the import's transaction: an identity without consent
        // never commits, and a withdrawal deletes in the same commit that records it.
        let Enforced {
            kept,
            discarded,
            deleted,
        } = consent::enforce(&tx, &touched, &fresh_identities, now)?;
        summary.identity_kept = kept;
        summary.identity_discarded += discarded;
        summary.identity_deleted = deleted;
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
        if summary.identity_discarded + summary.identity_deleted > 0 {
            // secure_delete zeroed the freed cells; fold the WAL back into the database so no
            // earlier copy of those pages stays in the -wal file.
            self.vault
                .conn()
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(ImportOutcome::Imported(summary))
    }
}

/// Records decoded ahead of the one being applied (interview bodies are some 40 KiB).
const RECORDS_IN_FLIGHT: usize = 64;

/// A record that passed [`validate`], with the SHA-256 of its body.
struct Checked {
    record: Record,
    sha: [u8; 32],
    parsed: Parsed,
}

/// What the import needs from a record's decoded body besides the envelope.
enum Parsed {
    Interview { consents: Vec<ConsentRecord> },
    Identity,
    Consent(ConsentChangeExport),
}

/// Where a record came from, for the rows it writes.
pub(crate) struct Source<'a> {
    pub(crate) device: &'a str,
    pub(crate) bundle_id: &'a [u8; 32],
    pub(crate) now: i64,
}

fn check(record: Record) -> Result<Checked> {
    let parsed = validate(&record)?;
    let sha = Sha256::digest(&record.body).into();
    Ok(Checked {
        record,
        sha,
        parsed,
    })
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
fn validate(record: &Record) -> Result<Parsed> {
    let bad = |detail: String| CentralError::MalformedRecord {
        kind: record.kind.clone(),
        id: record.id.clone(),
        revision: record.revision,
        detail,
    };
    let same_revision = |revision: i64| u64::try_from(revision).ok() == Some(record.revision);
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
            if !same_revision(body.revision) {
                return Err(bad("the body carries another revision".into()));
            }
            Ok(Parsed::Interview {
                consents: body.consents,
            })
        }
        IDENTITY_KIND => {
            let body: IdentityExport =
                serde_json::from_slice(&record.body).map_err(|e| bad(e.to_string()))?;
            if body.format != IDENTITY_EXPORT_FORMAT {
                return Err(bad(format!("identity format {}", body.format)));
            }
            if body.interview_id != record.id {
                return Err(bad("the body names another interview".into()));
            }
            if !same_revision(body.revision) {
                return Err(bad("the body carries another revision".into()));
            }
            Ok(Parsed::Identity)
        }
        CONSENT_KIND => {
            let body: ConsentChangeExport =
                serde_json::from_slice(&record.body).map_err(|e| bad(e.to_string()))?;
            if body.format != CONSENT_CHANGE_FORMAT {
                return Err(bad(format!("consent format {}", body.format)));
            }
            if consent_record_id(&body.interview_id, body.purpose) != record.id {
                return Err(bad("the body names another interview or purpose".into()));
            }
            if record.revision == 0 || i64::try_from(record.revision).is_err() {
                return Err(bad("a consent change counts from revision 1".into()));
            }
            Ok(Parsed::Consent(body))
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
    identity_held: Statement<'t>,
    identity_upsert: Statement<'t>,
    insert_decision: Statement<'t>,
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
            identity_held: tx.prepare("SELECT revision, body_sha256, device_id FROM identity WHERE interview_id = ?1")?,
            identity_upsert: tx.prepare("INSERT INTO identity (interview_id, revision, body_sha256, body, device_id, bundle_id, received_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (interview_id) DO UPDATE SET revision = excluded.revision,
                   body_sha256 = excluded.body_sha256, body = excluded.body,
                   device_id = excluded.device_id, bundle_id = excluded.bundle_id,
                   received_at = excluded.received_at")?,
            insert_decision: consent::prepare_insert_decision(tx)?,
        })
    }
}

/// What became of an `identity` record.
enum IdentityOutcome {
    /// Held (for now: [`consent::enforce`] decides at the end of the import); `fresh` when no
    /// identity of this interview was held before.
    Stored { fresh: bool },
    /// The same revision and body is already held.
    Unchanged,
    /// Not stored; the reason goes into the audit log.
    Discarded(&'static str),
}

/// Identity records never enter `record` / `record_revision` (their bodies would stay in the
/// history): one row per interview, the newest revision from the device that sent the first.
fn apply_identity(
    st: &mut Statements<'_>,
    checked: &Checked,
    at: &Source<'_>,
) -> Result<IdentityOutcome> {
    let Checked { record, sha, .. } = checked;
    let revision = i64::try_from(record.revision).unwrap_or(i64::MAX);
    let held: Option<(i64, Vec<u8>, String)> = st
        .identity_held
        .query_row([&record.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let fresh = match held {
        None => true,
        Some((rev, body_sha, _)) if rev == revision && body_sha[..] == sha[..] => {
            return Ok(IdentityOutcome::Unchanged);
        }
        Some((_, _, device)) if device != at.device => {
            return Ok(IdentityOutcome::Discarded("sent by another device"));
        }
        Some((rev, _, _)) if rev >= revision => {
            return Ok(IdentityOutcome::Discarded("not newer than the one held"));
        }
        Some(_) => false,
    };
    st.identity_upsert.execute(params![
        record.id,
        revision,
        &sha[..],
        record.body,
        at.device,
        &at.bundle_id[..],
        at.now
    ])?;
    Ok(IdentityOutcome::Stored { fresh })
}

fn apply(st: &mut Statements<'_>, checked: &Checked, at: &Source<'_>) -> Result<Disposition> {
    let Source {
        device,
        bundle_id,
        now,
    } = *at;
    let Checked { record, sha, .. } = checked;
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
