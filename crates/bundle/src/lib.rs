//! Lantern sync bundles: the format (see `SPEC.md` beside this crate), the keys, sealing,
//! signing, verification, streaming decryption with hard decoding limits, and receipts.
//!
//! The flow, device to central node:
//!
//! 1. Device: [`BundleWriter`] (or [`seal`]) writes `header ‖ age ciphertext ‖ signature ‖ end`,
//!    sealed to the [`CentralRecipient`] and signed with the [`DeviceSigningKey`]. The device
//!    never holds the [`CentralIdentity`], so it cannot read its own bundle back.
//! 2. Inbox: [`inspect`] reads the claimed signer from the fixed header; [`verify`] checks the
//!    device's standing ([`Trust`]) and the signature over the streamed ciphertext hash, and
//!    yields the [`BundleId`] (SHA-256 of the file, the import's idempotency key). Nothing is
//!    decrypted or parsed beyond the fixed header and trailer.
//! 3. Central: [`VerifiedBundle::open`] decrypts with the [`CentralIdentity`] and returns a
//!    [`BundleReader`] yielding records one at a time under the [`Limits`].
//! 4. Central: [`sign_receipt`]; device: [`verify_receipt`] and mark the records acknowledged.

mod cbor;
mod enrolment;
mod envelope;
mod error;
mod hashing;
mod keys;
mod limits;
mod payload;
mod receipt;

pub mod inbox;

pub use enrolment::{
    ENROLMENT_FORMAT_VERSION, ENROLMENT_MAGIC, Enrolment, MAX_ENROLMENT_SIZE, MAX_INBOX_URL_LEN,
    PurgePolicy, read_enrolment, sign_enrolment, valid_inbox_url,
};
pub use envelope::{
    BundleId, BundleReader, BundleWriter, END_MARKER, FORMAT_VERSION, HEADER_LEN, MAGIC,
    MAX_AGE_HEADER, OuterHeader, TRAILER_LEN, Trust, VerifiedBundle, inspect, open, seal, verify,
    verify_file,
};
pub use error::BundleError;
pub use keys::{
    CentralIdentity, CentralRecipient, CentralSigningKey, CentralVerifyingKey, DeviceId,
    DeviceSigningKey, DeviceVerifyingKey, Fingerprint,
};
pub use limits::Limits;
pub use payload::{AuditAnchor, PAYLOAD_FORMAT_VERSION, Payload, PayloadHeader, Record, RecordKey};
pub use receipt::{RECEIPT_FORMAT_VERSION, RECEIPT_MAGIC, Receipt, sign_receipt, verify_receipt};

/// Fuzzing entry points, compiled only with the `fuzzing` feature (used by `fuzz/`).
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    /// Runs the bounded CBOR item scanner over arbitrary bytes, then typed-decodes each item
    /// as a record.
    pub fn scan_payload(data: &[u8]) {
        let limits = crate::Limits {
            max_item_size: 1 << 20,
            ..crate::Limits::default()
        };
        let mut input = data;
        let mut first = true;
        while let Ok(crate::cbor::Item::Bytes(item)) =
            crate::cbor::read_item(&mut input, limits.max_item_size, limits.max_nesting_depth)
        {
            if first {
                let _ = crate::payload::decode_header(&item);
                first = false;
            } else {
                let _ = crate::payload::decode_record(&item, &limits);
            }
        }
    }
}
