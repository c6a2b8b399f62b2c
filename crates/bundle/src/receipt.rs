//! Signed receipts: the central node's acknowledgement of an imported bundle (SPEC.md §7).
//! A device that verifies a receipt with the enrolled central key may mark the listed record
//! revisions acknowledged (and purge them, if policy says so).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::envelope::BundleId;
use crate::error::BundleError;
use crate::keys::{CentralSigningKey, CentralVerifyingKey, DeviceId};
use crate::limits::Limits;
use crate::payload::RecordKey;

/// First 8 bytes of every receipt.
pub const RECEIPT_MAGIC: [u8; 8] = *b"LNTNRCPT";
/// The receipt format version this build writes and reads.
pub const RECEIPT_FORMAT_VERSION: u16 = 1;
const RECEIPT_HEADER_LEN: usize = 8 + 2 + 32;
const RECEIPT_DOMAIN: &[u8] = b"lantern receipt v1 signature\0";

/// What the central node accepted from one bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// The bundle this receipt answers.
    pub bundle_id: BundleId,
    /// The device that sent it.
    pub device_id: DeviceId,
    /// The bundle's per-device sequence number.
    pub seq: u64,
    /// When the central node stored it (unix ms, passed in).
    pub accepted_at: i64,
    /// Every record revision now held durably by the central node.
    pub records: Vec<RecordKey>,
}

fn transcript(header: &[u8], body: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(RECEIPT_DOMAIN.len() + header.len() + 32);
    m.extend_from_slice(RECEIPT_DOMAIN);
    m.extend_from_slice(header);
    m.extend_from_slice(&Sha256::digest(body));
    m
}

/// Encodes and signs a receipt: `magic ‖ version ‖ central key ‖ CBOR body ‖ signature`.
pub fn sign_receipt(receipt: &Receipt, key: &CentralSigningKey) -> Result<Vec<u8>, BundleError> {
    let mut out = Vec::with_capacity(RECEIPT_HEADER_LEN + 64 + 64 * receipt.records.len());
    out.extend_from_slice(&RECEIPT_MAGIC);
    out.extend_from_slice(&RECEIPT_FORMAT_VERSION.to_be_bytes());
    out.extend_from_slice(&key.verifying_key().to_bytes());
    let mut body = Vec::new();
    ciborium::into_writer(receipt, &mut body)
        .map_err(|e| BundleError::Io(std::io::Error::other(e.to_string())))?;
    let signature = key.sign(&transcript(&out, &body));
    out.extend_from_slice(&body);
    out.extend_from_slice(&signature);
    Ok(out)
}

/// Verifies a receipt against the central key from the enrolment file and decodes it.
pub fn verify_receipt(
    bytes: &[u8],
    key: &CentralVerifyingKey,
    limits: &Limits,
) -> Result<Receipt, BundleError> {
    if bytes.len() as u64 > limits.max_receipt_size {
        return Err(BundleError::TooLarge {
            what: "receipt",
            limit: limits.max_receipt_size,
        });
    }
    if bytes.len() < 8 {
        return Err(BundleError::Truncated("shorter than the receipt magic"));
    }
    if bytes[..8] != RECEIPT_MAGIC {
        return Err(BundleError::BadMagic);
    }
    if bytes.len() < RECEIPT_HEADER_LEN + 64 {
        return Err(BundleError::Truncated(
            "shorter than a receipt's header and signature",
        ));
    }
    let version = u16::from_be_bytes([bytes[8], bytes[9]]);
    if version != RECEIPT_FORMAT_VERSION {
        return Err(BundleError::UnsupportedVersion {
            found: version,
            supported: RECEIPT_FORMAT_VERSION,
        });
    }
    let (header, rest) = bytes.split_at(RECEIPT_HEADER_LEN);
    if header[10..] != key.to_bytes() {
        return Err(BundleError::SignerKeyMismatch {
            device_id: "central".into(),
            found: hex::encode(&header[10..]),
            expected: key.fingerprint().to_string(),
        });
    }
    let (body, sig) = rest.split_at(rest.len() - 64);
    let mut signature = [0u8; 64];
    signature.copy_from_slice(sig);
    key.verify(&transcript(header, body), &signature)?;
    // Authenticated from here on; still decoded with the bounded scanner (one item, no trailing bytes).
    let mut input = body;
    let item = match crate::cbor::read_item(
        &mut input,
        limits.max_receipt_size,
        limits.max_nesting_depth,
    )? {
        crate::cbor::Item::Bytes(b) => b,
        crate::cbor::Item::End => {
            return Err(BundleError::MalformedPayload("empty receipt".into()));
        }
    };
    if !input.is_empty() {
        return Err(BundleError::MalformedPayload(
            "trailing bytes after the receipt".into(),
        ));
    }
    ciborium::de::from_reader(&item[..])
        .map_err(|e| BundleError::MalformedPayload(format!("receipt: {e}")))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn sample() -> Receipt {
        Receipt {
            bundle_id: BundleId::from_bytes([3; 32]),
            device_id: DeviceId::from_bytes([4; 16]),
            seq: 7,
            accepted_at: 1_700_000_000_000,
            records: vec![RecordKey {
                kind: "interview".into(),
                id: "i-1".into(),
                revision: 2,
            }],
        }
    }

    #[test]
    fn round_trip_and_tamper() {
        let key = CentralSigningKey::from_secret_bytes(&[5; 32]);
        let bytes = sign_receipt(&sample(), &key).unwrap();
        let limits = Limits::default();
        assert_eq!(
            verify_receipt(&bytes, &key.verifying_key(), &limits).unwrap(),
            sample()
        );
        for i in 0..bytes.len() {
            let mut t = bytes.clone();
            t[i] ^= 0x01;
            let err = verify_receipt(&t, &key.verifying_key(), &limits).unwrap_err();
            let expected = match i {
                0..8 => "bundle.bad_magic",
                8..10 => "bundle.unsupported_version",
                10..42 => "bundle.signer_key_mismatch",
                _ => "bundle.bad_signature",
            };
            assert_eq!(err.code(), expected, "byte {i}");
        }
        let other = CentralSigningKey::from_secret_bytes(&[6; 32]);
        assert_eq!(
            verify_receipt(&bytes, &other.verifying_key(), &limits)
                .unwrap_err()
                .code(),
            "bundle.signer_key_mismatch"
        );
        for cut in [0, 5, 41, bytes.len() - 1] {
            let code = verify_receipt(&bytes[..cut], &key.verifying_key(), &limits)
                .unwrap_err()
                .code();
            assert!(
                matches!(code, "bundle.truncated" | "bundle.bad_signature"),
                "{cut}: {code}"
            );
        }
    }
}
