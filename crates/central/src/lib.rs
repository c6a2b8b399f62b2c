//! Lantern's central node: its encrypted home (a SQLCipher vault holding the node's X25519
//! identity and Ed25519 signing key), the device registry, the transactional and idempotent
//! import of sync bundles, signed receipts, and the supervisor's review. The `lantern-central`
//! binary is a thin transport over this library; so will the desktop's supervisor mode be.
//!
//! Import semantics are documented in [`import`]; what the office holds and prints (consent,
//! identity, device approval, the `records show` and `audit` JSON) in `SPEC.md`; the bundle
//! formats in `crates/bundle/SPEC.md`.

pub mod consent;
pub mod devices;
pub mod error;
pub mod exports;
pub mod home;
pub mod import;
pub mod inbox;
pub mod key_shares;
pub mod persons;
pub mod receipts;
pub mod records;
pub mod review;
pub mod statistics;

pub use consent::ConsentDecision;
pub use devices::{DeviceBinding, DeviceEntry, DeviceStatus};
pub use error::{CentralError, Result};
pub use exports::{
    CaseExportPurpose, CaseStandard, CaseTable, ExportFormat, ExportProtection, ExportRequest,
    WrittenExport,
};
pub use home::{Central, DATABASE_FILE, Initialised, KEY_FILE, NodeInfo};
pub use persons::{Candidate, Evidence, PersonLink, PersonRecord};

pub use import::{AuditRegression, ImportOutcome, ImportSummary};
pub use receipts::{RECEIPT_EXTENSION, WrittenReceipt};
pub use records::{CaseRecord, CaseReview};
pub use review::{ReviewEntry, ReviewItem, ReviewState, RevisionInfo};
pub use statistics::{
    CellCount, MINIMUM_K, StatisticsCell, StatisticsTable, SuppressionThreshold, Variable,
};
