//! The device's side of sync: enrol with a central node, export the interviews changed since the
//! central node last acknowledged them as one sealed, signed bundle, and apply the central
//! node's signed receipt (mark acknowledged, then purge as the supervisor's policy says).
//!
//! The bundle is sealed to the central recipient from the enrolment file: the device cannot
//! decrypt its own bundle, so a lost USB stick or a copied export folder reveals nothing.

use std::fs;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use lantern_bundle::{
    BundleError, BundleWriter, DeviceId, DeviceSigningKey, Enrolment, Limits, PayloadHeader,
    PurgePolicy, read_enrolment, verify_receipt,
};
use lantern_store::sync::{
    Acknowledged, CONSENT_KIND, ConsentChangeExport, ConsentSummary, IDENTITY_KIND, INTERVIEW_KIND,
    OutboxKey,
};
use lantern_store::{Store, StoreError};
use serde::Serialize;

/// Sync errors, each with a stable code (`sync.*`, or the store's or the bundle format's).
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Bundle(#[from] BundleError),
    #[error("this device is not enrolled with a central node (lantern enrol FILE)")]
    NotEnrolled,
    #[error("this device is already enrolled with central node {0}")]
    AlreadyEnrolled(String),
    #[error("nothing has changed since the last acknowledged export")]
    NothingToExport,
    /// Not a receipt of the enrolled office, or a damaged one: said as a receipt, not as the
    /// bundle error the format reader gives (the file is not a bundle).
    #[error("not a receipt of this device's central office: {0}")]
    BadReceipt(#[source] BundleError),
    #[error("this receipt is for device {receipt}, not this device ({this})")]
    ReceiptForOtherDevice { receipt: String, this: String },
    #[error("the stored device id {0} is not in the expected form")]
    BadDeviceId(String),
    /// Enrolled with a file written before the office had an inbox: it names no certificate.
    #[error("the enrolment file names no inbox certificate; enrol again with a newer file")]
    NoInboxCertificate,
    #[error("{0} is not an inbox address (https://HOST:PORT)")]
    BadInboxUrl(String),
    #[error("the office at {url} cannot be reached: {reason}")]
    Offline { url: String, reason: String },
    /// The server's certificate is not the one the enrolment file pins: not the office.
    #[error("the server at {url} is not the office: its certificate is not the enrolled one")]
    CertificateMismatch { url: String },
    #[error("the office has not approved this device")]
    DeviceNotApproved,
    #[error("the office has revoked this device")]
    DeviceRevoked,
    #[error("the office refused the upload ({status} {code}): {message}")]
    InboxRefused {
        status: u16,
        code: String,
        message: String,
    },
    #[error("the connection to {url} was lost again and again: {reason}")]
    ConnectionLost { url: String, reason: String },
    #[error("cannot write the bundle to {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl SyncError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Store(e) => e.code(),
            Self::Bundle(e) => e.code(),
            Self::NotEnrolled => "sync.not_enrolled",
            Self::AlreadyEnrolled(_) => "sync.already_enrolled",
            Self::NothingToExport => "sync.nothing_to_export",
            Self::BadReceipt(_) => "sync.bad_receipt",
            Self::ReceiptForOtherDevice { .. } => "sync.receipt_for_other_device",
            Self::BadDeviceId(_) => "sync.bad_device_id",
            Self::NoInboxCertificate => "sync.no_inbox_certificate",
            Self::BadInboxUrl(_) => "sync.bad_inbox_url",
            Self::Offline { .. } => "sync.offline",
            Self::CertificateMismatch { .. } => "sync.certificate_mismatch",
            Self::DeviceNotApproved => "sync.device_not_approved",
            Self::DeviceRevoked => "sync.device_revoked",
            Self::InboxRefused { .. } => "sync.inbox_refused",
            Self::ConnectionLost { .. } => "sync.connection_lost",
            Self::Io { .. } => "sync.io",
        }
    }

    /// The Fluent message id that explains this error to a person.
    pub fn message_id(&self) -> String {
        format!("error-{}", self.code().replace(['.', '_'], "-"))
    }
}

pub type Result<T, E = SyncError> = std::result::Result<T, E>;

/// What a person compares at enrolment: this device's id and key, the central node's keys.
#[derive(Debug, Clone, Serialize)]
pub struct EnrolmentInfo {
    pub device_id: String,
    pub device_key: String,
    pub device_fingerprint: String,
    pub node_id: String,
    pub central_fingerprint: String,
    pub recipient_fingerprint: String,
    pub purge: PurgePolicy,
}

/// One export.
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    pub path: PathBuf,
    pub seq: u64,
    pub bundle_id: String,
    pub records: usize,
    /// Interviews whose identity record stayed on the device (no consent to both assistance
    /// and sharing), as [`ExportPlan::identity_withheld`] announced.
    pub identity_withheld: Vec<String>,
    /// `consent` records (withdrawals) in the bundle.
    pub consent_changes: usize,
}

/// Whether an interview's identity record goes with the next export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityPlan {
    /// No identity answer was recorded: there is nothing to send.
    NotRecorded,
    /// She agreed to assistance and to sharing: the identity record goes, sealed.
    Travels,
    /// Consent to assistance or sharing is missing, unknown, refused or withdrawn: the identity
    /// stays on the device and the central office gets the case without it.
    Withheld,
}

/// One interview the next export carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedInterview {
    pub interview_id: String,
    pub revision: i64,
    pub identity: IdentityPlan,
    /// Her consent as it stands (what decided `identity`).
    pub consent: ConsentSummary,
}

/// One consent change the next export carries as a `consent` record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedConsentChange {
    /// [`lantern_store::sync::consent_record_id`].
    pub record_id: String,
    pub revision: i64,
    pub change: ConsentChangeExport,
}

/// What the next export will carry, to tell the interviewer before anything is written.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ExportPlan {
    pub interviews: Vec<PlannedInterview>,
    pub consent_changes: Vec<PlannedConsentChange>,
}

impl ExportPlan {
    pub fn is_empty(&self) -> bool {
        self.interviews.is_empty() && self.consent_changes.is_empty()
    }

    /// The interviews whose identity stays on the device.
    pub fn identity_withheld(&self) -> Vec<String> {
        self.interviews
            .iter()
            .filter(|i| i.identity == IdentityPlan::Withheld)
            .map(|i| i.interview_id.clone())
            .collect()
    }
}

/// What the next export will carry: per due interview whether its identity travels, and the
/// consent changes. First moves identity answers stored before identity was kept apart (of the
/// shipped questionnaire; idempotent), so that no interview record can carry one.
pub fn export_plan(store: &mut Store, now: i64) -> Result<ExportPlan> {
    let questionnaire = lantern_core::questionnaire::identification_v1();
    store.move_identity_answers(&crate::identity::identity_question_ids(&questionnaire), now)?;
    let due = store.due_for_export()?;
    let mut plan = ExportPlan::default();
    for (id, revision) in due.interviews {
        let consent = store.consent_summary(&id)?;
        let identity = if store.identity_answers(&id)?.is_empty() {
            IdentityPlan::NotRecorded
        } else if consent.identity_travels() {
            IdentityPlan::Travels
        } else {
            IdentityPlan::Withheld
        };
        plan.interviews.push(PlannedInterview {
            interview_id: id,
            revision,
            identity,
            consent,
        });
    }
    plan.consent_changes = due
        .consent_changes
        .into_iter()
        .map(|c| PlannedConsentChange {
            record_id: c.key.id,
            revision: c.key.revision,
            change: c.body,
        })
        .collect();
    Ok(plan)
}

/// One applied receipt.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptApplied {
    pub seq: u64,
    pub bundle_id: String,
    pub purge: PurgePolicy,
    #[serde(flatten)]
    pub result: Acknowledged,
}

fn device_id(store: &Store) -> Result<DeviceId> {
    let text = store.device_id()?;
    text.parse().map_err(|_| SyncError::BadDeviceId(text))
}

fn signing_key(store: &Store) -> Result<DeviceSigningKey> {
    let seed = store.device_signing_seed()?;
    Ok(DeviceSigningKey::from_secret_bytes(&seed))
}

/// The enrolment in force, re-verified from the stored file.
pub fn enrolment(store: &Store) -> Result<Enrolment> {
    let bytes = store.enrolment()?.ok_or(SyncError::NotEnrolled)?;
    Ok(read_enrolment(&bytes)?)
}

/// Imports an enrolment file (verifying its signature). Enrolling again with the same central
/// node is harmless (the newer file is kept); another central node is refused.
pub fn enrol(store: &mut Store, enrolment_file: &[u8], now: i64) -> Result<EnrolmentInfo> {
    let new = read_enrolment(enrolment_file)?;
    if let Some(old) = store.enrolment()? {
        let old = read_enrolment(&old)?;
        if old.central_key != new.central_key || old.recipient != new.recipient {
            return Err(SyncError::AlreadyEnrolled(old.node_id));
        }
    }
    store.set_enrolment(enrolment_file, &new.node_id, now)?;
    enrolment_info(store, new)
}

fn enrolment_info(store: &Store, enrolment: Enrolment) -> Result<EnrolmentInfo> {
    let key = signing_key(store)?.verifying_key();
    Ok(EnrolmentInfo {
        device_id: device_id(store)?.to_string(),
        device_key: key.to_string(),
        device_fingerprint: key.fingerprint().to_string(),
        node_id: enrolment.node_id,
        central_fingerprint: enrolment.central_key.fingerprint().to_string(),
        recipient_fingerprint: enrolment.recipient.fingerprint().to_string(),
        purge: enrolment.purge,
    })
}

/// This device and its central office, as the desktop's "central office" panel shows them.
#[derive(Debug, Clone, Serialize)]
pub struct OfficeDto {
    /// `None` until an enrolment file was read.
    pub enrolment: Option<EnrolmentInfo>,
    /// Whether the enrolment pins an inbox certificate (it can send online).
    pub online: bool,
    /// The inbox address the enrolment names, if any.
    pub inbox_url: Option<String>,
    /// Interviews the next export carries: every one the office has not acknowledged (an
    /// export sends again what waits for its receipt).
    pub due: usize,
    /// Of those, the ones whose identity record stays on this device.
    pub identity_withheld: usize,
    /// Consent withdrawals the next export carries.
    pub consent_changes: usize,
    /// Bundles in the outbox that a dropped connection left waiting.
    pub waiting_bundles: usize,
}

/// Where this device stands with the office: enrolment, what the next export carries, what
/// waits for a receipt. Like [`export_plan`] it first moves any identity answer stored before
/// identity was kept apart.
pub fn office(store: &mut Store, outbox: &Path, now: i64) -> Result<OfficeDto> {
    let plan = export_plan(store, now)?;
    let enrolled = match store.enrolment()? {
        Some(bytes) => Some(read_enrolment(&bytes)?),
        None => None,
    };
    let (online, inbox_url) = enrolled.as_ref().map_or((false, None), |e| {
        (e.inbox_certificate.is_some(), e.inbox_url.clone())
    });
    let due = plan.interviews.len();
    Ok(OfficeDto {
        enrolment: enrolled.map(|e| enrolment_info(store, e)).transpose()?,
        online,
        inbox_url,
        due,
        identity_withheld: plan.identity_withheld().len(),
        consent_changes: plan.consent_changes.len(),
        waiting_bundles: waiting(outbox)?.len(),
    })
}

/// Writes one bundle with every interview changed since the central node last acknowledged it
/// and every unacknowledged consent change into `out_dir`, as `<device id>-<seq>.bundle`, as
/// [`export_plan`] says: an interview's identity record only where her consent lets it travel.
/// The file appears under its final name only when complete (written to a temporary name,
/// synced, renamed); only then is the export recorded in the store.
pub fn export(store: &mut Store, out_dir: &Path, now: i64) -> Result<Exported> {
    let enrolment = enrolment(store)?;
    let plan = export_plan(store, now)?;
    if plan.is_empty() {
        return Err(SyncError::NothingToExport);
    }
    let device = device_id(store)?;
    let signer = signing_key(store)?;
    let seq = store.next_bundle_seq()?;
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SyncError::Io { path, source }
    };
    lantern_store::private_fs::create_dir_private(out_dir).map_err(io(out_dir))?;
    let path = out_dir.join(format!("{device}-{seq:06}.bundle"));
    let tmp = out_dir.join(format!(".{device}-{seq:06}.bundle.tmp"));
    let file = lantern_store::private_fs::create_private(&tmp).map_err(io(&tmp))?;
    let header = PayloadHeader {
        device_id: device,
        seq: seq as u64,
        created_at: now,
    };
    let written = (|| -> Result<(lantern_bundle::BundleId, Vec<OutboxKey>)> {
        // The log's head before this export's own entry: the office keeps it to tell a log cut
        // back later.
        let head = store.audit_head()?;
        let anchor = lantern_bundle::AuditAnchor {
            entries: head.entries,
            head: head.mac,
        };
        let mut writer = BundleWriter::with_anchor(
            BufWriter::new(file),
            &enrolment.recipient,
            &signer,
            &header,
            Limits::default(),
            Some(anchor),
        )?;
        let mut records = Vec::new();
        for planned in &plan.interviews {
            let (id, revision) = (&planned.interview_id, planned.revision);
            let export = store.interview_export(id)?;
            let body = serde_json::to_vec(&export)
                .map_err(|e| StoreError::Invalid(format!("interview {id}: {e}")))?;
            writer.push(INTERVIEW_KIND, id, revision as u64, &body)?;
            records.push(OutboxKey {
                kind: INTERVIEW_KIND.into(),
                id: id.clone(),
                revision,
            });
            if planned.identity != IdentityPlan::Travels {
                continue;
            }
            if let Some(identity) = store.identity_export(id)? {
                let body = serde_json::to_vec(&identity)
                    .map_err(|e| StoreError::Invalid(format!("identity {id}: {e}")))?;
                writer.push(IDENTITY_KIND, id, revision as u64, &body)?;
                records.push(OutboxKey {
                    kind: IDENTITY_KIND.into(),
                    id: id.clone(),
                    revision,
                });
            }
        }
        for c in &plan.consent_changes {
            let body = serde_json::to_vec(&c.change)
                .map_err(|e| StoreError::Invalid(format!("consent {}: {e}", c.record_id)))?;
            writer.push(CONSENT_KIND, &c.record_id, c.revision as u64, &body)?;
            records.push(OutboxKey {
                kind: CONSENT_KIND.into(),
                id: c.record_id.clone(),
                revision: c.revision,
            });
        }
        let (bundle_id, out) = writer.finish()?;
        let file = out
            .into_inner()
            .map_err(|e| BundleError::Io(e.into_error()))?;
        file.sync_all().map_err(BundleError::Io)?;
        Ok((bundle_id, records))
    })();
    let (bundle_id, records) = match written {
        Ok(w) => w,
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
    };
    fs::rename(&tmp, &path).map_err(io(&path))?;
    if let Ok(dir) = fs::File::open(out_dir) {
        let _ = dir.sync_all();
    }
    store.record_export(seq, &records, now)?;
    Ok(Exported {
        path,
        seq: seq as u64,
        bundle_id: bundle_id.to_string(),
        records: records.len(),
        identity_withheld: plan.identity_withheld(),
        consent_changes: plan.consent_changes.len(),
    })
}

/// Verifies a receipt with the enrolled central key, marks the listed revisions acknowledged
/// and applies the purge policy from the enrolment file, all in one store transaction.
pub fn apply_receipt(store: &mut Store, receipt: &[u8], now: i64) -> Result<ReceiptApplied> {
    let enrolment = enrolment(store)?;
    let receipt = verify_receipt(receipt, &enrolment.central_key, &Limits::default())
        .map_err(SyncError::BadReceipt)?;
    let this = device_id(store)?;
    if receipt.device_id != this {
        return Err(SyncError::ReceiptForOtherDevice {
            receipt: receipt.device_id.to_string(),
            this: this.to_string(),
        });
    }
    let keys: Vec<OutboxKey> = receipt
        .records
        .iter()
        .filter_map(|k| {
            Some(OutboxKey {
                kind: k.kind.clone(),
                id: k.id.clone(),
                revision: i64::try_from(k.revision).ok()?,
            })
        })
        .collect();
    let result = store.acknowledge(
        receipt.seq as i64,
        &keys,
        enrolment.purge == PurgePolicy::AfterReceipt,
        now,
    )?;
    Ok(ReceiptApplied {
        seq: receipt.seq,
        bundle_id: receipt.bundle_id.to_string(),
        purge: enrolment.purge,
        result,
    })
}

/// Bundle files waiting for their receipt in the outbox.
pub const OUTBOX_EXTENSION: &str = "bundle";

/// The outbox of a profile: bundles written for online sync wait here for their receipt.
pub fn outbox_dir(profile_dir: &Path) -> PathBuf {
    profile_dir.join("outbox")
}

/// The bundles in the outbox, oldest first (the names carry the sequence number).
pub fn waiting(outbox: &Path) -> Result<Vec<PathBuf>> {
    let entries = match fs::read_dir(outbox) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(SyncError::Io {
                path: outbox.to_path_buf(),
                source,
            });
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == OUTBOX_EXTENSION))
        .collect();
    paths.sort();
    Ok(paths)
}
