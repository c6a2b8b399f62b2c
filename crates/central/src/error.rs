//! Central node errors, each with a stable machine code (`central.*`, or the code of the store or
//! bundle error underneath). Callers match on the variant or the code, never on the message.

use lantern_bundle::BundleError;
use lantern_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CentralError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// The central home's database failed underneath us.
    #[error("central database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("device {0} is not in the registry")]
    UnknownDevice(String),
    #[error("device {0} was revoked; a revoked device cannot be approved again")]
    DeviceRevoked(String),
    #[error("device {device_id} is registered with key {registered}, not {offered}")]
    DeviceKeyMismatch {
        device_id: String,
        registered: String,
        offered: String,
    },
    #[error("{0} is not a device id (expected dev- and 32 lowercase hex digits)")]
    BadDeviceId(String),
    /// The first bundle of a device approved by fingerprint is signed by a key with another
    /// fingerprint: someone else's bundle under this device's (public) id. Nothing was stored.
    #[error("the bundle from {0} is signed by a key whose fingerprint is not the approved one")]
    DeviceFingerprintMismatch(String),
    /// Approved by id alone (before approvals bound a key): no bundle is accepted until the
    /// device is approved again with its key or fingerprint.
    #[error(
        "device {0} was approved without its key; approve it again with --key or --fingerprint"
    )]
    DeviceNotBound(String),
    #[error("not a key fingerprint (expected 32 bytes in hex, as the device shows it)")]
    BadFingerprint,
    #[error("interview {0} is not held by this central office")]
    UnknownInterview(String),
    /// Seeing a person's identity needs a reason, for the audit log.
    #[error("a reason is required to see identifying data")]
    ReasonRequired,
    /// Seeing a person's identity needs the name of who looks, for the audit log.
    #[error("the name of the person viewing identifying data is required")]
    ViewerRequired,
    #[error("record kind {0} is not one this central node accepts")]
    UnknownRecordKind(String),
    #[error("record {kind} {id} revision {revision} is malformed: {detail}")]
    MalformedRecord {
        kind: String,
        id: String,
        revision: u64,
        detail: String,
    },
    #[error("not found: {0}")]
    NotFound(String),
    #[error("{0} is not a review state (new, reviewed, needs_follow_up)")]
    BadReviewState(String),
    #[error("the central home is damaged: {0}")]
    Damaged(String),
    #[error("{0} is not an export format (htcds, ctdc, stats-csv, stats-xlsx)")]
    UnknownExportFormat(String),
    #[error("{0} is not an export purpose (sharing, police)")]
    UnknownExportPurpose(String),
    #[error("{0} is not a statistics variable")]
    UnknownVariable(String),
    #[error("statistics variable {0} is named twice")]
    RepeatedVariable(String),
    #[error("a table counts by 1 to {max} variables, not {given}")]
    VariableCount { given: usize, max: usize },
    /// Suppression below the minimum k needs an explicit, audited override.
    #[error("k = {k} is below the minimum of {minimum}")]
    KBelowMinimum { k: u32, minimum: u32 },
    /// A k below the minimum needs a reason, for the audit log.
    #[error("a reason is required to suppress with k below the minimum")]
    OverrideReasonRequired,
    /// An audited action (an export, a k override) needs the name of who does it.
    #[error("the name of the person doing this is required for the audit log")]
    OperatorRequired,
    /// A plain (unencrypted) export needs the name of who it is for.
    #[error("a plain export needs the name of its recipient")]
    PlainRecipientRequired,
    #[error("not an age recipient (age1…): {0}")]
    BadExportRecipient(String),
    /// The export passphrase is empty.
    #[error("an export passphrase is required")]
    ExportPassphraseRequired,
    #[error("the export could not be encrypted: {0}")]
    ExportEncryption(String),
    #[error("the XLSX file could not be written: {0}")]
    Spreadsheet(String),
    /// `persons link A A`.
    #[error("interview {0} cannot be linked to itself")]
    SameInterview(String),
    #[error("interviews {0} and {1} are already linked")]
    AlreadyLinked(String, String),
    #[error("interviews {0} and {1} are not linked")]
    NotLinked(String, String),
    #[error(transparent)]
    Share(#[from] lantern_store::ShareError),
    #[error("{0} is not an https:// inbox address")]
    BadInboxUrl(String),
    #[error("input/output error on {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl CentralError {
    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Store(e) => e.code(),
            Self::Bundle(e) => e.code(),
            Self::Database(_) => "central.database",
            Self::UnknownDevice(_) => "central.unknown_device",
            Self::DeviceRevoked(_) => "central.device_revoked",
            Self::DeviceKeyMismatch { .. } => "central.device_key_mismatch",
            Self::BadDeviceId(_) => "central.bad_device_id",
            Self::DeviceFingerprintMismatch(_) => "central.device_fingerprint_mismatch",
            Self::DeviceNotBound(_) => "central.device_not_bound",
            Self::BadFingerprint => "central.bad_fingerprint",
            Self::UnknownInterview(_) => "central.unknown_interview",
            Self::ReasonRequired => "central.reason_required",
            Self::ViewerRequired => "central.viewer_required",
            Self::UnknownRecordKind(_) => "central.unknown_record_kind",
            Self::MalformedRecord { .. } => "central.malformed_record",
            Self::NotFound(_) => "central.not_found",
            Self::BadReviewState(_) => "central.bad_review_state",
            Self::Damaged(_) => "central.damaged",
            Self::UnknownExportFormat(_) => "central.unknown_export_format",
            Self::UnknownExportPurpose(_) => "central.unknown_export_purpose",
            Self::UnknownVariable(_) => "central.unknown_variable",
            Self::RepeatedVariable(_) => "central.repeated_variable",
            Self::VariableCount { .. } => "central.variable_count",
            Self::KBelowMinimum { .. } => "central.k_below_minimum",
            Self::OverrideReasonRequired => "central.override_reason_required",
            Self::OperatorRequired => "central.operator_required",
            Self::PlainRecipientRequired => "central.plain_recipient_required",
            Self::BadExportRecipient(_) => "central.bad_export_recipient",
            Self::ExportPassphraseRequired => "central.export_passphrase_required",
            Self::ExportEncryption(_) => "central.export_encryption",
            Self::Spreadsheet(_) => "central.spreadsheet",
            Self::SameInterview(_) => "central.same_interview",
            Self::AlreadyLinked(..) => "central.already_linked",
            Self::NotLinked(..) => "central.not_linked",
            Self::BadInboxUrl(_) => "central.bad_inbox_url",
            Self::Share(e) => e.code(),
            Self::Io { .. } => "central.io",
        }
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

pub type Result<T, E = CentralError> = std::result::Result<T, E>;
